"""Amazon parser: legacy, 2025 and old order-report fixture trees; keys, money, detection, memory."""

from __future__ import annotations

import json
import shutil
import tracemalloc
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest

from dataexam.archive import open_archive
from dataexam.events import Event, ParseIssue, TimeSource
from dataexam.registry import load_registry
from dataexam_parsers.amazon import AmazonParser, classify_report_header, search_terms
from dataexam_parsers.amazon_address import shipping_place
from helpers import FIXTURES, REPO, canonical, check_golden, zip_tree

AMAZON = FIXTURES / "amazon"
CASES = ["legacy", "2025", "order-report"]


def run(paths) -> list[Event | ParseIssue]:
    with open_archive(paths) as archive:
        return list(AmazonParser().events(archive))


def events_of(items) -> list[Event]:
    return [i for i in items if isinstance(i, Event)]


def issues_of(items) -> list[ParseIssue]:
    return [i for i in items if isinstance(i, ParseIssue)]


def counts(case: str) -> dict:
    return json.loads((AMAZON / case / "counts.json").read_text(encoding="utf-8"))


def category_zips(tree: Path, dest: Path) -> list[Path]:
    """Amazon's one-zip-per-category download: every top-level dataset folder zipped on its own
    (inside the optional `Your Orders/` wrapper for the 2025 layout)."""
    root = tree / "Your Orders" if (tree / "Your Orders").is_dir() else tree
    zips = []
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        zips.append(zip_tree(folder, dest / f"{folder.name}.zip", wrapper=folder.name))
    assert not [p for p in root.iterdir() if p.is_file()], "loose files would be lost in this form"
    return zips


def order_totals(events: list[Event]) -> dict[str, str]:
    totals: dict[str, Decimal] = {}
    for e in events:
        if e.kind == "amazon.order_item" and not e.attrs["cancelled"]:
            currency = e.attrs["currency"]
            totals[currency] = totals.get(currency, Decimal(0)) + Decimal(e.attrs["total"])
    return {c: str(v) for c, v in sorted(totals.items())}


# -- golden output and hand counts, folder and zip -----------------------------------------------
@pytest.mark.parametrize("case", CASES)
def test_golden(case: str, as_form, update_golden: bool) -> None:
    items = run(as_form(AMAZON / case / "archive"))
    check_golden(AMAZON / case / "expected.jsonl", canonical(items), update_golden)


@pytest.mark.parametrize("case", CASES)
def test_counts_per_kind(case: str, as_form) -> None:
    items = run(as_form(AMAZON / case / "archive"))
    expected = counts(case)
    assert issues_of(items) == []
    assert dict(Counter(e.kind for e in events_of(items))) == expected["events"]
    assert len(events_of(items)) == expected["total_events"]


@pytest.mark.parametrize("case", CASES)
def test_order_totals_per_currency_exclude_cancelled(case: str, as_form) -> None:
    events = events_of(run(as_form(AMAZON / case / "archive")))
    assert order_totals(events) == dict(sorted(counts(case)["order_totals_excluding_cancelled"].items()))
    # money is never a float: every amount attr is an exact decimal string
    for e in events:
        for name in ("unit_price", "total", "amount", "price", "tax"):
            value = e.attrs.get(name)
            assert value is None or (isinstance(value, str) and Decimal(value) == Decimal(value).quantize(
                Decimal("0.01"))), (e.kind, name, value)


@pytest.mark.parametrize("case", ["legacy", "2025"])
def test_category_zips_given_together(case: str, tmp_path: Path) -> None:
    tree = AMAZON / case / "archive"
    zips = category_zips(tree, tmp_path)
    assert len(zips) > 3
    split = canonical(run(zips))
    whole = canonical(run(tree))
    for row in whole:  # the 2025 wrapper folder is not part of per-category zips
        if "event" in row:
            row["event"]["origin"]["member"] = row["event"]["origin"]["member"].removeprefix("Your Orders/")
    assert split == whole
    with open_archive(zips) as archive:
        detection = AmazonParser().detect(archive)
    assert detection.confidence >= 0.9
    assert detection.variant == counts(case)["variant"]


# -- detection -----------------------------------------------------------------------------------
@pytest.mark.parametrize("case", CASES)
def test_detect_own_trees(case: str, as_form) -> None:
    with open_archive(as_form(AMAZON / case / "archive")) as archive:
        detection = AmazonParser().detect(archive)
        best = load_registry(entry_points=False).best(archive)
    assert detection.confidence >= 0.9
    assert detection.variant == counts(case)["variant"]
    assert best is not None and best.parser == "amazon"


def test_detect_combined_variant() -> None:
    with open_archive([AMAZON / "legacy" / "archive", AMAZON / "2025" / "archive",
                       AMAZON / "order-report" / "archive"]) as archive:
        assert AmazonParser().detect(archive).variant == "legacy+2025+order-report"


@pytest.mark.parametrize("tree", sorted(str(p.relative_to(FIXTURES)) for p in FIXTURES.glob("*/*/archive")
                                        if not p.is_relative_to(AMAZON)))
def test_detect_near_zero_on_other_sources(tree: str) -> None:
    with open_archive(FIXTURES / tree) as archive:
        assert AmazonParser().detect(archive).confidence < 0.1


def test_single_order_report_file_is_an_input() -> None:
    path = AMAZON / "order-report" / "archive" / "01-Jan-2022_to_31-Dec-2022.csv"
    with open_archive(path) as archive:
        detection = AmazonParser().detect(archive)
        items = list(AmazonParser().events(archive))
    assert (detection.variant, detection.confidence) == ("order-report", 1.0)
    assert issues_of(items) == []
    assert [e.attrs["order_id"] for e in events_of(items)] == [
        "113-0000003-0000001", "113-0000003-0000002", "113-0000003-0000003"]


def test_an_order_report_saved_again_with_semicolons_is_still_one(tmp_path: Path) -> None:
    src = AMAZON / "order-report" / "archive" / "01-Jan-2022_to_31-Dec-2022.csv"
    path = tmp_path / src.name
    path.write_bytes(_semicolons(src.read_bytes()))
    with open_archive(path) as archive:
        detection = AmazonParser().detect(archive)
        items = list(AmazonParser().events(archive))
    assert detection.variant == "order-report" and issues_of(items) == []
    assert [e.attrs["order_id"] for e in events_of(items)] == [
        "113-0000003-0000001", "113-0000003-0000002", "113-0000003-0000003"]


def test_report_header_classification() -> None:
    assert classify_report_header(["Order Date", "Order ID", "Title", "ASIN/ISBN", "Item Total"]) is not None
    assert classify_report_header(["Order ID", "Order Date", "Refund Date", "Refund Amount"]) is not None
    assert classify_report_header(["Order Date", "Order ID", "Shipment Date", "Total Charged"]) is not None
    assert classify_report_header(["id", "created_at", "text"]) is None


# -- keys and de-duplication ---------------------------------------------------------------------
def _nuts(case: str) -> Event:
    [event] = [e for e in events_of(run(AMAZON / case / "archive"))
               if e.kind == "amazon.order_item" and e.attrs["asin"] == "B0TESTNUT1"]
    return event


def test_same_order_item_same_key_across_legacy_and_2025() -> None:
    legacy, new = _nuts("legacy"), _nuts("2025")
    assert legacy.text != new.text  # Amazon re-worded the product name …
    assert legacy.time != new.time  # … and dropped the milliseconds …
    assert legacy.key == new.key  # … but it is the same purchase


def test_timeline_deduplicates_overlapping_exports() -> None:
    api = pytest.importorskip("dataexam.api")
    events = list(api.timeline([AMAZON / "legacy" / "archive", AMAZON / "2025" / "archive"],
                               registry=load_registry(entry_points=False)))
    nuts = [e for e in events if e.kind == "amazon.order_item" and e.attrs["asin"] == "B0TESTNUT1"]
    assert len(nuts) == 1
    # the 2025 refund repeated once per return request is one refund on the timeline
    refunds = [e for e in events if e.kind == "amazon.refund" and e.attrs["order_id"] == "114-0000009-0000001"]
    assert len(refunds) == 1
    # the coffee's two parcels are in both exports (other row order and product wording in 2025): two items
    coffee = [e for e in events if e.kind == "amazon.order_item" and e.attrs["asin"] == "B0TESTCOFF"]
    assert len(coffee) == 2
    # three records are in both exports (the 2025 refund's repeat is one event already in the parser: T31A L2)
    expected = counts("legacy")["total_events"] + counts("2025")["total_events"] - 3
    assert len(events) == expected


def test_keys_unique_within_each_export() -> None:
    for case in CASES:
        events = events_of(run(AMAZON / case / "archive"))
        keys = Counter(e.key for e in events)
        duplicated = {k for k, n in keys.items() if n > 1}
        # the 2025 refund payout written once per return request is one event (T31A L2: scan counted it twice)
        assert duplicated == set(), case


def test_order_key_ignores_product_name(tmp_path: Path) -> None:
    src = AMAZON / "legacy" / "archive" / "Retail.OrderHistory.1" / "Retail.OrderHistory.1.csv"
    renamed = tmp_path / "Retail.OrderHistory.1" / "Retail.OrderHistory.1.csv"
    renamed.parent.mkdir()
    renamed.write_bytes(src.read_bytes().replace(b"Ground Coffee, Medium Roast", b"Coffee (ground), medium"))
    before = {e.attrs["asin"]: e.key for e in events_of(run(src.parent.parent))
              if e.kind == "amazon.order_item" and e.origin.member == "Retail.OrderHistory.1/Retail.OrderHistory.1.csv"}
    after = {e.attrs["asin"]: e.key for e in events_of(run(tmp_path)) if e.kind == "amazon.order_item"}
    assert len(before) == 5 and before == after


def _order_history_as(tmp_path: Path, transform) -> Path:
    src = AMAZON / "legacy" / "archive" / "Retail.OrderHistory.1" / "Retail.OrderHistory.1.csv"
    out = tmp_path / "Retail.OrderHistory.1" / "Retail.OrderHistory.1.csv"
    out.parent.mkdir(parents=True)
    out.write_bytes(transform(src.read_bytes()))
    return tmp_path


def _semicolons(data: bytes) -> bytes:
    # what a spreadsheet in a German locale writes on "save as CSV": ";" between cells, quotes only where needed
    import csv
    import io
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    out = io.StringIO()
    csv.writer(out, delimiter=";", lineterminator="\r\n").writerows(rows)
    return b"\xef\xbb\xbf" + out.getvalue().encode()


def test_an_order_history_saved_again_with_semicolons_reads_the_same(tmp_path: Path) -> None:
    plain = events_of(run(_order_history_as(tmp_path / "a", lambda b: b)))
    resaved = run(_order_history_as(tmp_path / "b", _semicolons))
    assert issues_of(resaved) == []
    assert order_totals(events_of(resaved)) == order_totals(plain) != {}
    assert [e.key for e in events_of(resaved)] == [e.key for e in plain]


def test_a_header_of_no_known_column_is_one_issue_not_empty_orders(tmp_path: Path) -> None:
    # the twenty-second pass's tester: renamed columns gave one all-null "order" per row and no issue, and the
    # spending finding silently lost its euros
    def renamed(data: bytes) -> bytes:
        head, _, rest = data.partition(b"\n")
        return b",".join(b'"Spalte%d"' % i for i in range(head.count(b",") + 1)) + b"\r\n" + rest
    items = run(_order_history_as(tmp_path, renamed))
    assert [e for e in events_of(items) if e.kind == "amazon.order_item"] == []
    (issue,) = issues_of(items)  # one fault, one issue: "no 'Order Date' column" beside it told it twice
    assert (issue.code, issue.position, issue.member) == (
        "bad-shape", None, "Retail.OrderHistory.1/Retail.OrderHistory.1.csv")
    assert "header is not one Amazon writes" in issue.message


def test_a_separator_hint_followed_by_data_rows_is_one_issue(tmp_path: Path) -> None:
    # Excel's "sep=," line with the header deleted under it (the twenty-second pass's fourth tester): the first
    # order became the header; a missing-column and a bad-shape issue told the one fault twice
    def header_deleted(data: bytes) -> bytes:
        return b"sep=,\r\n" + data.partition(b"\n")[2]
    items = run(_order_history_as(tmp_path, header_deleted))
    assert [e for e in events_of(items) if e.kind == "amazon.order_item"] == []
    (issue,) = issues_of(items)
    assert (issue.code, issue.position) == ("bad-shape", None)


@pytest.mark.parametrize("dropped,said", [
    (["Total Owed"], "its header has no 'Total Owed' column"),
    (["Order Date", "Total Owed"], "its header has no 'Order Date' and no 'Total Owed' column")])
def test_an_order_history_without_its_date_or_amount_column_says_so(tmp_path: Path, dropped: list[str],
                                                                     said: str) -> None:
    # the twenty-second pass's third tester: a column deleted in a spreadsheet left every order undated or without
    # its amount and the spending finding at high with €28,571 fewer, with no issue
    def without(data: bytes) -> bytes:
        import csv
        import io
        rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
        keep = [i for i, name in enumerate(rows[0]) if name not in dropped]
        out = io.StringIO()
        csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n").writerows([[r[i] for i in keep] for r in rows])
        return out.getvalue().encode()
    items = run(_order_history_as(tmp_path, without))
    (issue,) = issues_of(items)
    assert (issue.code, issue.position) == ("missing-column", None) and issue.message.startswith(said)
    assert len([e for e in events_of(items) if e.kind == "amazon.order_item"]) == 6  # the rows are still read


def test_a_row_of_nothing_is_no_order(tmp_path: Path) -> None:
    def with_blank_row(data: bytes) -> bytes:  # after the first record (a first row of prose is documentation)
        import csv
        import io
        rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
        rows.insert(2, ["Not Available"] * len(rows[0]))
        out = io.StringIO()
        csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n").writerows(rows)
        return out.getvalue().encode()
    plain = events_of(run(_order_history_as(tmp_path / "a", lambda b: b)))
    items = run(_order_history_as(tmp_path / "b", with_blank_row))
    assert len(events_of(items)) == len(plain)
    (issue,) = issues_of(items)
    assert issue.code == "bad-record" and issue.position is not None and issue.position.startswith("line ")
    assert issue.message.startswith("1 row(s) with no value in any column this file is read by were skipped")


# -- record details --------------------------------------------------------------------------------
def test_legacy_order_item_fields() -> None:
    nuts = _nuts("legacy")
    assert nuts.text == "Blue Almond Snack Nuts, Dark Chocolate, 40oz Bag"
    assert nuts.time is not None and nuts.time.isoformat() == "2023-05-31T13:00:59.799000+00:00"
    assert nuts.attrs == {
        "order_id": "114-0000001-0000001", "asin": "B0TESTNUT1", "quantity": 1, "unit_price": "13.57",
        "total": "12.89", "currency": "USD", "order_status": "Closed", "shipment_status": "Shipped",
        "payment_type": "Visa - 0001", "shipping_city": "Springfield", "shipping_region": "IL",
        "shipping_country": "United States", "shipping_country_code": "US", "shipping_country_basis": "country",
        "gift": False, "ships_to_billing": True,
        "website": "Amazon.com", "category": None, "cancelled": False,
    }
    # the street and the person's name never reach the event
    assert "Sample Street" not in json.dumps(nuts.to_dict())


def test_quirky_rows() -> None:
    events = events_of(run(AMAZON / "legacy" / "archive"))
    orders = {e.attrs["order_id"] + "/" + e.attrs["asin"]: e for e in events if e.kind == "amazon.order_item"}
    novel = orders["113-0000001-0000004/0000000001"]
    assert novel.text == 'Paperback Novel "The Quiet Harbour"'  # "" escapes
    assert novel.time_source is TimeSource.UTC  # MM/DD/YYYY HH:MM:SS UTC (≈2020 export)
    assert (novel.attrs["quantity"], novel.attrs["unit_price"], novel.attrs["total"]) == (2, "7.50", "15.00")
    assert orders["114-0000001-0000003/B0TESTPAN1"].attrs["cancelled"] is True
    tazza = orders["028-0000002-0000001/B0TESTTAZZ"]
    assert tazza.text == "Tazza da caffè espresso, set da 6"
    assert (tazza.attrs["currency"], tazza.attrs["shipping_city"], tazza.attrs["shipping_country"]) == (
        "EUR", "Milano", "Italia")
    # refund with `N/A` completion date: kept, undated
    refunds = {e.attrs["reversal_id"]: e for e in events if e.kind == "amazon.refund"}
    assert refunds["R-0000000002"].time is None and refunds["R-0000000002"].attrs["amount"] == "7.50"
    assert refunds["R-0000000001"].attrs["amount"] == "26.99"


def test_returned_item_has_its_return_and_refund() -> None:
    events = events_of(run(AMAZON / "legacy" / "archive"))
    order = "114-0000001-0000002"
    kinds = Counter(e.kind for e in events if e.attrs.get("order_id") == order)
    assert kinds == {"amazon.order_item": 1, "amazon.return": 2, "amazon.refund": 1}


def test_seller_feedback_dates_are_day_first_on_amazon_it() -> None:
    events = [e for e in events_of(run(AMAZON / "legacy" / "archive")) if e.kind == "amazon.seller_feedback"]
    assert sorted(e.time.date().isoformat() for e in events if e.time) == ["2022-11-15", "2023-01-03"]
    assert {e.attrs["rating"] for e in events} == {3, 5}


def test_search_query_terms_ip_device() -> None:
    events = [e for e in events_of(run(AMAZON / "legacy" / "archive")) if e.kind == "amazon.search"]
    by_query = {e.text: e for e in events}
    assert set(by_query) == {"yoga mat thick", "cast iron skillet"}
    yoga = by_query["yoga mat thick"]
    assert (yoga.attrs["ip"], yoga.attrs["device"], yoga.attrs["os"]) == ("203.0.113.7", "iPhone", "iOS")
    assert yoga.time_source is TimeSource.UTC  # the header says (GMT)


@pytest.mark.parametrize(("query", "terms"), [
    ("/s?k=yoga+mat+thick&ref=nb_sb_noss", "yoga mat thick"),
    ("url=search-alias%3Daps&field-keywords=cast+iron+skillet", "cast iron skillet"),
    ("https://www.amazon.com/s?k=caf%C3%A9+beans", "café beans"),
    ("ref=nb_sb_noss", None),
    (None, None),
])
def test_search_terms(query: str | None, terms: str | None) -> None:
    assert search_terms(query) == terms


def test_declared_audiences_and_clicks() -> None:
    events = events_of(run(AMAZON / "legacy" / "archive"))
    audiences = sorted((e.attrs["list"], e.attrs["value"]) for e in events if e.kind == "amazon.declared_audience")
    assert audiences == [("advertiser", "Harbour Press"), ("amazon", "Home Cooking Fans"),
                         ("amazon", "Yoga Enthusiasts"), ("third-party", "Example Motors")]
    assert [e.attrs["advertiser"] for e in events if e.kind == "amazon.ad_click"] == ["Example Kitchenware Co"]


def test_footer_and_documentation_rows_are_not_records() -> None:
    events = events_of(run(AMAZON / "legacy" / "archive"))
    notes = [e for e in events if e.kind == "amazon.notification"]
    assert [e.attrs["type"] for e in notes] == ["SHIPMENT_CONFIRMATION", "DELIVERY_UPDATE"]
    [dash] = [e for e in events if e.kind == "amazon.dash_button"]
    assert dash.attrs["device_name"] == "Kitchen button"
    assert dash.origin.index == 0  # the documentation row is not counted as a record


def test_wishlist_items() -> None:
    events = [e for e in events_of(run(AMAZON / "legacy" / "archive")) if e.kind == "amazon.wishlist_item"]
    assert [(e.attrs["asin"], e.attrs["price"], e.attrs["deleted"], e.attrs["purchased"]) for e in events] == [
        ("B0TESTTENT", "129.99", False, False), ("B0TESTBOOT", "89.50", True, True)]
    assert all("example.com" not in json.dumps(e.to_dict()) for e in events)  # the [User] entry is skipped


def test_digital_content_orders_grouped() -> None:
    events = [e for e in events_of(run(AMAZON / "2025" / "archive")) if e.kind == "amazon.digital_order"]
    assert [(e.attrs["order_id"], e.attrs["price"], e.attrs["tax"]) for e in events] == [
        ("D01-0000009-0000001", "4.99", "0.35"), ("D01-0000009-0000002", "1.29", "0.10")]
    assert [e.origin.index for e in events] == [0, 3]


def test_order_report_money_and_dates() -> None:
    events = events_of(run(AMAZON / "order-report" / "archive"))
    items = {e.attrs["order_id"]: e for e in events if e.kind == "amazon.order_item"}
    battery = items["113-0000003-0000001"]
    assert (battery.attrs["unit_price"], battery.attrs["total"], battery.attrs["category"]) == (
        "6.29", "6.29", "BATTERY")
    assert battery.time_source is TimeSource.DATE_ONLY
    assert items["113-0000003-0000002"].time.date().isoformat() == "2022-10-01"  # MM/DD/YY
    piano = items["113-0000003-0000003"]
    assert (piano.attrs["total"], piano.attrs["cancelled"]) == ("1249.00", True)  # "$1,249.00"


@pytest.mark.parametrize(("address", "place"), [
    ("Jane Example\n12 Sample Street\nSPRINGFIELD, IL 62704-0000\nUnited States",
     ("Springfield", "IL", "United States")),
    ("Giulia Esempio\nVia dei Campioni 5\n20121 Milano MI\nItalia", ("Milano", "MI", "Italia")),
    ("Max Beispiel\nBeispielstraße 1\n10115 Berlin\nDeutschland", ("Berlin", None, "Deutschland")),
    ("Jane Example 12 Sample Street SPRINGFIELD, IL 62704 United States", ("Springfield", "IL", "United States")),
    ("Not Available", (None, None, None)),
    ("REDACTED", (None, None, None)),
])
def test_address_place(address: str, place: tuple) -> None:
    assert shipping_place(address)[:3] == place


# -- faults ----------------------------------------------------------------------------------------
def _tree_with(tmp_path: Path, rel: str, data: bytes) -> Path:
    target = tmp_path / "export" / rel
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)
    return tmp_path / "export"


def test_bad_rows_become_issues_and_parsing_goes_on(tmp_path: Path) -> None:
    src = (AMAZON / "legacy" / "archive" / "Retail.OrderHistory.1" / "Retail.OrderHistory.1.csv").read_bytes()
    rows = src.split(b"\r\n")  # records end in CRLF; the addresses inside them break lines with LF
    # a non-numeric total in the first item's row, an unparseable date in the coffee row
    rows[1] = rows[1].replace(b'"12.89"', b'"twelve"')
    rows[2] = rows[2].replace(b'"2023-05-31T13:00:59.799Z"', b'"sometime in May"')
    broken = b"\r\n".join(rows)
    assert b"twelve" in broken and b"sometime" in broken
    items = run(_tree_with(tmp_path, "Retail.OrderHistory.1/Retail.OrderHistory.1.csv", broken))
    issues = issues_of(items)
    assert [i.code for i in issues] == ["bad-record", "bad-date"]
    assert all("twelve" not in str(i) and "May" not in str(i) for i in issues)  # never quote the data
    assert issues[0].position == "line 2"
    assert len(events_of(items)) == 5  # the bad-amount row is dropped, the undated row is kept
    undated = [e for e in events_of(items) if e.time is None]
    assert [e.attrs["asin"] for e in undated] == ["B0TESTCOFF"]


def test_unknown_csv_is_reported_not_dropped(tmp_path: Path) -> None:
    tree = tmp_path / "export"
    shutil.copytree(AMAZON / "legacy" / "archive" / "Retail.CartItems.1", tree / "Retail.CartItems.1")
    (tree / "Retail.Mystery.1").mkdir()
    (tree / "Retail.Mystery.1" / "Retail.Mystery.1.csv").write_text("A,B\n1,2\n", encoding="utf-8")
    items = run(tree)
    assert [(i.code, i.member) for i in issues_of(items)] == [
        ("unhandled-file", "Retail.Mystery.1/Retail.Mystery.1.csv")]
    assert len(events_of(items)) == 2


def test_kinds_are_documented() -> None:
    emitted = set()
    for case in CASES:
        emitted |= {e.kind for e in events_of(run(AMAZON / case / "archive"))}
    assert emitted <= set(AmazonParser.kinds)
    doc = (REPO / "docs" / "kinds.md").read_text(encoding="utf-8")
    missing = [k for k in AmazonParser.kinds if f"`{k}`" not in doc]
    assert missing == []


def test_every_fixture_file_is_handled_or_ignored_on_purpose() -> None:
    parser = AmazonParser()
    for case in CASES:
        with open_archive(AMAZON / case / "archive") as archive:
            for path in archive.paths():
                assert parser.classify(path) is not None, path


# -- memory --------------------------------------------------------------------------------------
@pytest.mark.slow
def test_memory_flat_on_200k_order_rows(tmp_path: Path) -> None:
    header = (AMAZON / "legacy" / "archive" / "Retail.OrderHistory.1" / "Retail.OrderHistory.1.csv").read_bytes()
    header = header.split(b"\r\n", 1)[0] + b"\r\n"
    target = tmp_path / "big" / "Retail.OrderHistory.1" / "Retail.OrderHistory.1.csv"
    target.parent.mkdir(parents=True)
    n = 200_000
    with target.open("wb") as fh:
        fh.write(header)
        for i in range(n):
            fh.write((f'"Amazon.com","114-{i:07d}-0000001","2023-05-{1 + i % 28:02d}T13:00:{i % 60:02d}Z",'
                      f'"Not Applicable","USD","13.57","0","0","\'-0.68\'","12.89","Not Available","Not Available",'
                      f'"B0{i:08d}","New","1","Visa - 0001","Closed","Shipped","2023-06-01T01:16:56Z","std-us",'
                      f'"Jane Example\n12 Sample Street\nSPRINGFIELD, IL 62704\nUnited States","Not Available",'
                      f'"AMZN_US(TBA{i:09d})","Synthetic product number {i}, blue","Not Available",'
                      f'"Not Available","Not Available"\r\n').encode())
    assert target.stat().st_size > 50 * 1024 * 1024  # bigger than the memory budget itself
    tracemalloc.start()
    try:
        seen = 0
        total = Decimal(0)
        with open_archive(tmp_path / "big") as archive:
            for item in AmazonParser().events(archive):
                assert isinstance(item, Event)
                seen += 1
                total += Decimal(item.attrs["total"])
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert seen == n
    assert total == Decimal("12.89") * n
    assert peak < 20 * 1024 * 1024, f"peak {peak / 1e6:.1f} MB"


# -- the persona generator's truth.json as an oracle ----------------------------------------------
@pytest.mark.parametrize("zipped", [False, True])
def test_persona_exports_match_truth(tmp_path: Path, zipped: bool) -> None:
    persona = pytest.importorskip("dataexam.persona")
    api = pytest.importorskip("dataexam.api")
    truth_path = persona.write_persona(tmp_path, seed=4, zipped=zipped)
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    exports = [e for e in truth["exports"] if e["source"] == "amazon"]
    assert {e["variant"] for e in exports} == {"legacy", "2025"}
    for export in exports:
        with open_archive([truth_path.parent / rel for rel in export["inputs"]]) as archive:
            assert AmazonParser().detect(archive).variant == export["variant"]
    stats = api.RunStats()
    inputs = [truth_path.parent / rel for e in exports for rel in e["inputs"]]
    events = list(api.timeline(inputs, registry=load_registry(entry_points=False), stats=stats))
    assert stats.issue_count == 0
    expected = {k: v for k, v in truth["counts"].items() if k.startswith("amazon.")}
    assert dict(Counter(e.kind for e in events)) == expected
    spending: dict[str, dict[str, Decimal]] = {}
    refunds: dict[str, dict[str, Decimal]] = {}
    for e in events:
        if e.kind == "amazon.order_item" and not e.attrs["cancelled"]:
            bucket = spending.setdefault(e.attrs["currency"], {})
            bucket[str(e.time.year)] = bucket.get(str(e.time.year), Decimal(0)) + Decimal(e.attrs["total"])
        if e.kind == "amazon.refund":
            bucket = refunds.setdefault(e.attrs["currency"], {})
            bucket[str(e.time.year)] = bucket.get(str(e.time.year), Decimal(0)) + Decimal(e.attrs["amount"])
    as_text = {c: {y: f"{v:.2f}" for y, v in sorted(years.items())} for c, years in sorted(spending.items())}
    assert as_text == truth["spending"]
    assert {c: {y: f"{v:.2f}" for y, v in sorted(ys.items())} for c, ys in refunds.items()} == truth["refunds"]


def test_category_zip_with_csv_at_its_root_is_legacy(tmp_path: Path) -> None:
    # some per-category zips hold the CSV itself, without the dataset folder
    folder = AMAZON / "legacy" / "archive" / "Retail.OrderHistory.1"
    bare = zip_tree(folder, tmp_path / "Retail.OrderHistory.1.zip")
    with open_archive(bare) as archive:
        assert archive.paths() == ["Retail.OrderHistory.1.csv"]
        detection = AmazonParser().detect(archive)
        items = list(AmazonParser().events(archive))
    assert (detection.variant, detection.confidence >= 0.9) == ("legacy", True)
    assert len(events_of(items)) == 6 and issues_of(items) == []


def test_wishlist_bad_price_keeps_the_item(tmp_path: Path) -> None:
    data = json.dumps([
        {"L [List]": [{"listName": "L"}]},
        {"L [Item 1]": [{"asin": "B0A"}, {"amount": {"value": "twelve", "currencyUnit": "EUR"}}]},
        {"L [Item 2]": [{"asin": "B0B"}, {"amount": {"value": 3.5, "currencyUnit": "EUR"}}]},
        ["not", "an", "entry"],
    ]).encode()
    items = run(_tree_with(tmp_path, "Amazon.Lists.Wishlist.1.1/Amazon.Lists.Wishlist.json", data))
    assert [(e.attrs["asin"], e.attrs["price"]) for e in events_of(items)] == [("B0A", None), ("B0B", "3.50")]
    assert [i.code for i in issues_of(items)] == ["bad-record", "bad-record"]
    assert all("twelve" not in str(i) for i in issues_of(items))


def test_truncated_order_history_keeps_rows_read_before_the_fault(tmp_path: Path) -> None:
    src = (AMAZON / "legacy" / "archive" / "Retail.OrderHistory.1" / "Retail.OrderHistory.1.csv").read_bytes()
    cut = src[: src.index(b'"Amazon.com","114-0000001-0000003"') + 40]  # mid-row, as an interrupted copy
    items = run(_tree_with(tmp_path, "Retail.OrderHistory.1/Retail.OrderHistory.1.csv", cut))
    assert [e.attrs["asin"] for e in events_of(items)] == ["B0TESTNUT1", "B0TESTCOFF", "B0TESTCOFF", "B0TESTYOGA"]
    assert [i.code for i in issues_of(items)] == ["ragged-row"]


def test_damaged_zip_member_is_an_issue_not_a_crash(tmp_path: Path) -> None:
    import zipfile

    good = (AMAZON / "legacy" / "archive" / "Retail.OrderHistory.1" / "Retail.OrderHistory.1.csv").read_bytes()
    report = (AMAZON / "order-report" / "archive" / "01-Jan-2022_to_31-Dec-2022.csv").read_bytes() * 20
    path = tmp_path / "export.zip"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("Retail.OrderHistory.1/Retail.OrderHistory.1.csv", good)
        zf.writestr("report.csv", report)
    raw = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo("report.csv")
    start = info.header_offset + 30 + len(info.filename) + 40  # inside the deflated data
    raw[start:start + 64] = b"\xff" * 64
    path.write_bytes(bytes(raw))
    with open_archive(path) as archive:
        detection = AmazonParser().detect(archive)
        items = list(AmazonParser().events(archive))
    assert detection.variant == "legacy"
    assert len([e for e in events_of(items) if e.origin.member.startswith("Retail.")]) == 6
    assert [(i.member, i.code) for i in issues_of(items)] == [("report.csv", "corrupt-member")]


def test_order_report_saved_as_cp1252(tmp_path: Path) -> None:
    # a report opened and re-saved in Excel on Windows: cp1252, no BOM
    text = (AMAZON / "order-report" / "archive" / "01-Jan-2022_to_31-Dec-2022.csv").read_text(encoding="utf-8")
    text = text.replace("Running Socks, 6 Pairs", "Chaussettes de course, 6 paires – café")
    path = tmp_path / "my orders.csv"
    path.write_bytes(text.encode("cp1252"))
    items = run(path)
    assert issues_of(items) == []
    assert events_of(items)[1].text == "Chaussettes de course, 6 paires – café"
