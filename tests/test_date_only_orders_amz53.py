"""Date-only orders are no night-time records (AMZ53). Addresses and orders are invented.

The old Order History Report (Amazon.com's items report, retired ≈2023) writes ``Order Date`` as ``M/D/YYYY`` with no
time (formats.md §3); the parser stamps it 00:00 UTC of its day with ``time_source`` ``date-only``. That midnight was
read as a night-time hour: the earlier town's row said "until Tue 00:00, date withheld (night-time;
--include-sensitive)", ``shipping.first`` / ``last`` "withheld Sun 00:00", the inputs' Period and the trust score's
``account_since`` alike. Such an order's day is given as it is, with no time and nothing withheld.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from test_amazon_town_state_zip import HEADER, NOW
from typer.testing import CliRunner

from dataexam import api, cli
from dataexam.inference import infer
from dataexam.inference.sensitive import NightGate


def _two_towns(tmp_path: Path) -> Path:
    """An old report of 12 date-only orders: six to Boston (Jan–Jun 2022), then six to Denver (Jul–Dec 2022)."""
    lines = [",".join(HEADER)]
    for i in range(12):
        city, state, zip_code = ("Boston", "MA", "02108") if i < 6 else ("Denver", "CO", "80202")
        lines.append(f"{i + 1}/{i + 2}/2022,113-000000{i:02d}-0000001,Socks,APPAREL,B00SOCK{i:02d},Amazon.com,"
                     f"$5.00 ,1,Jane Example,1 Main St,{city},{state},{zip_code},Shipped,$5.00 ,Jane Example,USD")
    (tmp_path / "01-Jan-2022_to_31-Dec-2022.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return tmp_path


def test_the_shipping_days_of_date_only_orders_are_their_days(tmp_path: Path) -> None:
    report = infer(api.timeline([_two_towns(tmp_path)]), now=NOW)
    ship = report.finding("home").to_dict()["value"]["shipping"]
    assert (ship["first"], ship["last"]) == ("2022-07-08", "2022-12-13")
    assert (ship["earlier"]["first"], ship["earlier"]["last"]) == ("2022-01-02", "2022-06-07")
    assert (report.inputs["first"], report.inputs["last"]) == ("2022-01-02", "2022-12-13")
    trust = report.finding("trust_score").to_dict()["value"]
    assert trust["factors"]["credit_history"]["inputs"]["account_since"] == "2022-01-02"
    assert trust["period"] == ["2022-01-02", "2022-12-13"]
    moves = [e for e in report.finding("life_events").to_dict()["value"] if e["type"] == "move"]
    assert [(m["start"], m["completed"]) for m in moves] == [("2022-06-07", "2022-07-08")]


def test_no_report_format_says_a_date_only_order_s_midnight(tmp_path: Path) -> None:
    folder = _two_towns(tmp_path)
    terminal = CliRunner().invoke(cli.app, ["report", str(folder), "-q"])
    assert terminal.exit_code == 0, terminal.output
    assert "Earlier orders to  Boston, MA, United States (until 7 Jun 2022)" in terminal.stdout
    assert "2 Jan 2022 – 13 Dec 2022" in terminal.stdout
    for fmt in ("json", "markdown", "html"):
        result = CliRunner().invoke(cli.app, ["report", str(folder), "-q", "--format", fmt])
        assert result.exit_code == 0, result.output
        assert "withheld Sun 00:00" not in result.stdout and "Tue 00:00" not in result.stdout, fmt
        assert "Sun 00:00, date withheld" not in result.stdout, fmt
    markdown = CliRunner().invoke(cli.app, ["report", str(folder), "-q", "--format", "markdown"]).stdout
    assert "| Earlier orders to | Boston, MA, United States (until 7 Jun 2022) |" in markdown


def test_a_date_only_bound_is_its_day_a_timed_night_one_stays_withheld() -> None:
    gate = NightGate(dated=False)
    midnight = datetime(2022, 1, 2, tzinfo=UTC)
    assert gate.instant(midnight, None, untimed=True) == "2022-01-02"
    assert gate.day(midnight, None, untimed=True) == "2022-01-02"
    assert gate.instant(midnight, None) == "withheld Sun 00:00"  # a real order at 00:00 UTC is at night
