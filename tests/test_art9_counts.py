"""No count of a default report, scan or batch from which a withheld Art. 9 purchase can be worked out (T26C H3).

Without ``--include-sensitive`` spending left a purchase in a special category out, but the home finding said "100 %
of your 6 orders", the time zone "6 timed own actions" and the inputs 6 order items beside spending's 5: 6 − 5 gave
the number withheld. Now such purchases are left out where the timeline enters the inference
(:func:`dataexam.inference.sensitive.withheld_purchase`, once, in :func:`dataexam.inference.engine.run`), so a
default report of an export with one special purchase is the very report of the same export without it — in every
format. Invented values in the legacy ``Retail.OrderHistory.1.csv`` shape (/work/shared/reference/formats.md §3.1).
"""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dataexam import api, parallel
from dataexam.cli import app

NA = "Not Available"
HOME = "Jane Doe 12 Elm Street SPRINGFIELD, IL 62701 United States"
HEADER = ["Website", "Order ID", "Order Date", "Purchase Order Number", "Currency", "Unit Price", "Unit Price Tax",
          "Shipping Charge", "Total Discounts", "Total Owed", "Shipment Item Subtotal", "Shipment Item Subtotal Tax",
          "ASIN", "Product Condition", "Quantity", "Payment Instrument Type", "Order Status", "Shipment Status",
          "Ship Date", "Shipping Option", "Shipping Address", "Billing Address", "Carrier Name & Tracking Number",
          "Product Name", "Gift Message", "Gift Sender Name", "Gift Recipient Contact Details"]
# (order day, hour UTC, product): five everyday orders, then one in a special category (health) — last in the file,
# so the others keep their record numbers, but dated in the middle and at another hour
ORDERS = [("2024-02-05", 15, "Garden hose 50 ft"), ("2024-03-05", 16, "Coffee mug"),
          ("2024-04-05", 17, "Board game for families"), ("2024-05-05", 18, "Running shoes"),
          ("2024-06-05", 19, "Notebook")]
SPECIAL = ("2024-01-20", 3, "Folding wheelchair, lightweight")


def _export(root: Path, orders: list[tuple[str, int, str]]) -> Path:
    out = root / "export"
    folder = out / "Retail.OrderHistory.1"
    folder.mkdir(parents=True)
    buf = io.StringIO()
    w = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    w.writerow(HEADER)
    for i, (day, hour, name) in enumerate(orders):
        w.writerow(["Amazon.com", f"111-00000{i:02d}-0000001", f"{day}T{hour:02d}:00:00Z", "Not Applicable", "USD",
                    "20.00", "0", "0", "0", "20.00", "20.00", "0", f"B0G00000{i:02d}", "New", "1", "Visa - 0001",
                    "Closed", "Shipped", f"{day}T{hour:02d}:30:00Z", "std", HOME, HOME, "UPS(1)", name, NA, NA, NA])
    (folder / "Retail.OrderHistory.1.csv").write_text(buf.getvalue(), encoding="utf-8-sig", newline="")
    return out


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Path, Path]:
    """(the export with the special purchase, the same export without it)."""
    return _export(tmp_path / "six", [*ORDERS, SPECIAL]), _export(tmp_path / "five", ORDERS)


def _run(*args: str) -> str:
    result = CliRunner().invoke(app, ["report", "--no-pager", "-q", *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def _same(text: str, root: Path) -> str:
    """``text`` without what differs between two runs whatever their records: the folder and the time of the run,
    and the HTML's embedded plotly code."""
    text = re.sub(r"<script\b.*?</script>", "", text.replace(str(root.parent), "ROOT"), flags=re.DOTALL)
    return re.sub(r"20\d\d-\d\d-\d\dT\d\d:\d\d:\d\d\.\d+Z", "TIME", text)


@pytest.mark.parametrize("fmt", ["text", "json", "markdown", "html"])
def test_a_default_report_is_that_of_the_export_without_the_special_purchase(pair: tuple[Path, Path],
                                                                              fmt: str) -> None:
    six, five = pair
    with_special = _same(_run("-f", fmt, "--detail", "full", str(six)), six)
    without = _same(_run("-f", fmt, "--detail", "full", str(five)), five)
    assert with_special == without


def test_with_the_flag_every_count_has_it(pair: tuple[Path, Path]) -> None:
    six, _five = pair
    default = json.loads(_run("-f", "json", str(six)))
    shown = json.loads(_run("-f", "json", "--include-sensitive", str(six)))
    for data, n in ((default, 5), (shown, 6)):
        by_id = {f["id"]: f for f in data["findings"]}
        assert data["inputs"]["by_kind"]["amazon.order_item"] == n
        assert by_id["spending"]["value"]["items"] == n
        assert by_id["home"]["value"]["shipping"]["orders"] == n
        assert f"of your {n} orders" in by_id["home"]["summary"]
        assert by_id["timezone"]["confidence_basis"].startswith(f"{n} timed own actions on {n} days")
        assert by_id["impulse_buying"]["value"]["timed_items"] == n
    # the default report says purchases in special categories are left out, never how many
    spending = next(f for f in default["findings"] if f["id"] == "spending")
    assert any("left out of every purchase figure" in c for c in spending["caveats"])
    assert "withheld" not in json.dumps(default["inputs"]) and "1 purchase" not in json.dumps(default)
    # the earliest record is January's special purchase only with the flag
    assert default["inputs"]["first"] == "2024-02-05T15:00:00Z"
    assert shown["inputs"]["first"] == "2024-01-20T03:00:00Z"


def test_scan_counts_as_the_report_does(pair: tuple[Path, Path]) -> None:
    six, five = pair
    for flag, n, first in (([], 5, "2024-02-05"), (["--include-sensitive"], 6, "2024-01-20")):
        result = CliRunner().invoke(app, ["scan", "--json", "-q", *flag, str(six)])
        assert result.exit_code == 0, result.output
        (entry,) = json.loads(result.stdout)
        assert entry["records"]["amazon.order_item"] == n, flag
        assert entry["date_range"]["first"].startswith(first), flag
    (plain,) = api.scan([five])
    (six_scan,) = api.scan([six])
    assert six_scan.kinds == plain.kinds and six_scan.first == plain.first


def test_the_inference_worker_leaves_them_out_too(pair: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    # interests consume in the worker (offload.OFFLOADED): its count of categorised records must not hold the
    # purchase the main process leaves out
    six, _five = pair
    one = api.report([six], jobs=1).to_dict()
    monkeypatch.setattr(api, "MIN_OFFLOAD_COST", 0)
    monkeypatch.setattr(parallel, "MIN_PARALLEL_COST", 0)
    monkeypatch.setattr(parallel, "default_jobs", lambda *_: 2)
    monkeypatch.setattr(api, "default_jobs", lambda *_: 2)
    two = api.report([six], jobs=2).to_dict()
    for data in (one, two):
        data.pop("generated_at")
    assert one == two
    interests = next(f for f in two["findings"] if f["id"] == "interests")
    assert "(4 categorised records)" not in interests["confidence_basis"]


def test_batch_counts_and_writes_no_special_purchase(pair: tuple[Path, Path], tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    from dataexam.batch import run_batch

    six, _five = pair
    donations = tmp_path / "donations"
    donations.mkdir()
    shutil.copytree(six, donations / "P1")
    key = tmp_path / "study.key"
    for flag, n in ((False, 5), (True, 6)):
        out = tmp_path / f"out-{flag}"
        run_batch(donations, out, workers=1, events=True, key_file=key, include_sensitive=flag)
        events = pq.read_table(next((out / "events").rglob("*.parquet"))).to_pylist()
        assert sum(e["kind"] == "amazon.order_item" for e in events) == n, flag
        rows = json.loads((out / "units" / "P1" / "run.json").read_text())
        assert rows["records"]["amazon.order_item"] == n, flag


def test_a_scan_of_an_export_without_purchases_does_not_import_the_inference_package() -> None:
    """MISC34 (T33B's note on scan's time): the purchase predicate lives in the inference package (~0.45 s CPU to
    import, a third of a classic X archive's scan); an export whose parser emits no purchase kind needs none."""
    import subprocess
    import sys

    x = Path(__file__).resolve().parent.parent / "fixtures" / "twitter" / "classic" / "archive"
    code = ("import sys; from dataexam import api; (r,) = api.scan([sys.argv[1]]); "
            "print(sum(r.kinds.values()), 'dataexam.inference' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code, str(x)], capture_output=True, text=True, check=True)
    n, imported = out.stdout.split()
    assert int(n) > 0 and imported == "False"
    from dataexam.categories import PURCHASE_KINDS
    from dataexam.inference.sensitive import PURCHASE_KINDS as SAME

    assert SAME is PURCHASE_KINDS


def test_the_default_text_report_says_purchases_are_left_out(pair: tuple[Path, Path]) -> None:
    """T36: the note was the spending finding's second caveat, and the text report at its default detail prints one:
    "You spent $76.98 (4 orders)" of 6, with no word of the 2 set aside. Now it is printed at every detail, the same
    whether or not any purchase was set aside (its number would tell that one was)."""
    six, five = pair
    with_special, without = _same(_run(str(six)), six), _same(_run(str(five)), five)
    assert with_special == without
    spending = with_special[with_special.index("Spending profile"):with_special.index("Impulse and late-night")]
    assert "Caveat: Purchases in special categories (GDPR Art. 9: health, religion, politics, sexuality, union " \
           "membership, ethnicity) are left out of every purchase figure here" in " ".join(spending.split())
    assert "Purchases in special categories" not in _run("--include-sensitive", str(six))


def test_scan_says_purchases_are_left_out_never_how_many(pair: tuple[Path, Path]) -> None:
    """T36: scan counted 4 order items of 6 and said nothing of the 2 set aside. It says so of every export that
    can hold purchases, whether or not any was (JSON ``special_purchases_left_out``), and nothing with the flag."""
    six, five = pair
    texts = []
    for export in (six, five):
        result = CliRunner().invoke(app, ["scan", "-q", str(export)])
        assert result.exit_code == 0, result.output
        texts.append(" ".join(result.stdout.replace(str(export), "EXPORT").split()))
        (entry,) = json.loads(CliRunner().invoke(app, ["scan", "--json", "-q", str(export)]).stdout)
        assert entry["special_purchases_left_out"] is True
    assert texts[0] == texts[1]
    note = ("note purchases in special categories (GDPR Art. 9: health, religion, politics, sexuality, union "
            "membership, ethnicity) are "
            "left out of these counts and dates, as report leaves them out; --include-sensitive counts them")
    assert note in texts[0]
    flagged = CliRunner().invoke(app, ["scan", "-q", "--include-sensitive", str(six)])
    assert "special categories" not in flagged.stdout
    (entry,) = json.loads(CliRunner().invoke(app, ["scan", "--json", "-q", "--include-sensitive", str(six)]).stdout)
    assert "special_purchases_left_out" not in entry and entry["records"]["amazon.order_item"] == 6
