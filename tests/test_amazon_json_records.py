"""Amazon datasets written as JSON records instead of CSV (:mod:`dataexam.jsonrows`).

From 2023-11 some "Request Your Data" exports held ``Retail.OrderHistory.1/Retail.OrderHistory.1.json``
where a ``.csv`` used to be: an array of objects keyed by the CSV's column names, amounts as JSON
numbers (jprouty/mint-amazon-tagger#159, hutauf/vine-prices-estimation#2). They were not read at all:
beside other Amazon files, every order was lost with exit 0 and no parse issue. Every value here is
invented.
"""

from __future__ import annotations

import json
import shutil
from decimal import Decimal
from pathlib import Path

import pytest

from dataexam import api
from dataexam.csvstream import CsvReader, CsvRow
from dataexam.events import Event, ParseIssue
from dataexam.jsonrows import cell_text
from dataexam_parsers.amazon import AmazonParser
from helpers import FIXTURES

LEGACY = FIXTURES / "amazon" / "legacy" / "archive"


def _as_json_records(csv_path: Path) -> Path:
    """The CSV's data rows as a JSON array of records keyed by its header, beside it, named like the
    dataset (``….json``); the CSV is removed."""
    with open(csv_path, "rb") as fh:
        reader = CsvReader(fh)
        rows = [dict(zip(reader.header, row.values, strict=False)) for row in reader if isinstance(row, CsvRow)]
        header = [h.lstrip("\ufeff") for h in reader.header]
    records = [{h.lstrip("\ufeff"): v for h, v in row.items()} for row in rows]
    assert all(list(r) == header for r in records)
    target = csv_path.with_suffix(".json")
    target.write_text(json.dumps(records, ensure_ascii=False, indent=1), encoding="utf-8")
    csv_path.unlink()
    return target


def _timeline(root: Path) -> list[Event | ParseIssue]:
    stats = api.RunStats()
    events = list(api.timeline([root], stats=stats, jobs=1))
    return [*events, *stats.issues]


def _comparable(items: list[Event | ParseIssue]) -> list[tuple]:
    return sorted((e.kind, e.time.isoformat() if e.time else "", str(e.time_source), e.actor, e.text or "",
                   json.dumps(e.attrs, sort_keys=True, default=str), e.origin.member.rsplit(".", 1)[0],
                   e.origin.index, e.key) for e in items if isinstance(e, Event))


def test_every_legacy_dataset_reads_the_same_from_json_records(tmp_path: Path) -> None:
    """Each legacy CSV the parser reads, rewritten as JSON records, gives the same events (kind, time,
    text, attributes, record index, key), the issues of neither more nor fewer."""
    as_csv = tmp_path / "csv"
    shutil.copytree(LEGACY, as_csv)
    as_json = tmp_path / "json"
    shutil.copytree(LEGACY, as_json)
    parser = AmazonParser()
    converted = []
    for path in sorted(as_json.rglob("*.csv")):
        rule = parser.classify(path.relative_to(as_json).as_posix())
        if rule is not None and rule.handler is not None and rule.handler != "_parse_other_csv":
            converted.append(_as_json_records(path).relative_to(as_json).as_posix())
    assert len(converted) >= 20  # every legacy dataset of the fixture with records
    with_csv, with_json = _timeline(as_csv), _timeline(as_json)
    assert _comparable(with_json) == _comparable(with_csv)  # (the member compared without its extension)
    assert len(_comparable(with_json)) >= 40
    assert [i for i in with_json if isinstance(i, ParseIssue)] == []


ORDER = {"Website": "Amazon.de", "Order ID": "302-0000000-0000001", "Order Date": "2023-10-05T09:12:30Z",
         "Purchase Order Number": "Not Applicable", "Currency": "EUR", "Unit Price": 19.99, "Unit Price Tax": 3.19,
         "Shipping Charge": 0, "Total Discounts": 0, "Total Owed": 19.99, "ASIN": "B0TESTJSN1", "Quantity": 1,
         "Payment Instrument Type": "Visa - 0001", "Order Status": "Closed", "Shipment Status": "Shipped",
         "Shipping Address": "Erika Muster Musterstrasse 1 10115 Berlin Deutschland",
         "Product Name": "Test Kaffeebecher", "Gift Message": "Not Available"}


def _export(root: Path, records: object, raw: str | None = None) -> Path:
    path = root / "Retail.OrderHistory.1" / "Retail.OrderHistory.1.json"
    path.parent.mkdir(parents=True)
    path.write_text(raw if raw is not None else json.dumps(records), encoding="utf-8")
    cart = root / "Retail.CartItems.1" / "Retail.CartItems.1.csv"
    shutil.copytree(LEGACY / "Retail.CartItems.1", cart.parent)
    return root


def test_order_history_json_with_numbers_is_read_exactly(tmp_path: Path) -> None:
    """The reported file: amounts as JSON numbers, ISO dates; money stays exact (never a float)."""
    second = {**ORDER, "Order ID": "302-0000000-0000002", "Unit Price": "PRICE", "Total Owed": "PRICE",
              "Order Date": "2023-10-20T18:40:02Z"}
    # 5.490 as written (a float would print 5.49): exact decimals, trailing zero kept as in a CSV cell
    raw = json.dumps([ORDER, second]).replace('"PRICE"', "5.490")
    root = _export(tmp_path / "x", None, raw)
    items = _timeline(root)
    orders = [e for e in items if isinstance(e, Event) and e.kind == "amazon.order_item"]
    assert [(o.attrs["order_id"], o.attrs["total"], o.attrs["currency"], o.attrs["quantity"]) for o in orders] == [
        ("302-0000000-0000001", "19.99", "EUR", 1), ("302-0000000-0000002", "5.490", "EUR", 1)]
    assert orders[0].time is not None and orders[0].time.isoformat() == "2023-10-05T09:12:30+00:00"
    assert orders[0].attrs["shipping_country_code"] == "DE"
    assert not [i for i in items if isinstance(i, ParseIssue)]
    report = api.report([root])
    spending = next(f for f in report.findings if f.id == "spending")
    assert "25.48" in json.dumps(spending.value, default=str)  # 19.99 + 5.490


def test_a_bad_record_is_an_issue_and_the_file_goes_on(tmp_path: Path) -> None:
    root = _export(tmp_path / "x", [ORDER, "a string", [1, 2], {**ORDER, "Order ID": "302-0000000-0000009"}])
    items = _timeline(root)
    # the timeline orders records of one time by key: sorted here by their place in the file
    orders = sorted((e for e in items if isinstance(e, Event) and e.kind == "amazon.order_item"),
                    key=lambda o: o.origin.index)
    assert [o.attrs["order_id"] for o in orders] == ["302-0000000-0000001", "302-0000000-0000009"]
    assert [o.origin.index for o in orders] == [0, 3]
    issues = [i for i in items if isinstance(i, ParseIssue)]
    assert [(i.code, i.position) for i in issues] == [("bad-record", "record 1"), ("bad-record", "record 2")]


@pytest.mark.parametrize(("raw", "code"), [
    ('{"Order ID": "1"}', "bad-shape"),  # an object, not an array of records
    ("", "bad-shape"),
    (json.dumps([ORDER])[:-40], "bad-json"),  # truncated inside the second record... of one: nothing complete
])
def test_a_file_of_another_shape_is_reported_never_silent(raw: str, code: str, tmp_path: Path) -> None:
    items = _timeline(_export(tmp_path / "x", None, raw))
    issues = [i for i in items if isinstance(i, ParseIssue)]
    assert [i.code for i in issues] == [code]
    assert issues[0].member.endswith("Retail.OrderHistory.1.json")


def test_a_truncated_file_keeps_the_records_before_the_fault(tmp_path: Path) -> None:
    text = json.dumps([ORDER, {**ORDER, "Order ID": "302-0000000-0000002"}])
    items = _timeline(_export(tmp_path / "x", None, text[: len(text) - 30]))
    assert [e.attrs["order_id"] for e in items if isinstance(e, Event) and e.kind == "amazon.order_item"] == [
        "302-0000000-0000001"]
    assert [i.code for i in items if isinstance(i, ParseIssue)] == ["bad-json"]


@pytest.mark.parametrize(("value", "text"), [
    ("12.50", "12.50"), (Decimal("12.50"), "12.50"), (Decimal("1E+2"), "100"), (7, "7"), (None, ""),
    (True, "true"), ([1, "a"], '[1, "a"]'), ({"k": "v"}, '{"k": "v"}'), (Decimal("1E+999999"), "1E+999999"),
])
def test_cell_text_is_what_a_csv_cell_would_hold(value: object, text: str) -> None:
    assert cell_text(value) == text


@pytest.mark.parametrize(("field", "value"), [("Quantity", "1e5000"), ("Quantity", "1e999"),
                                              ("Unit Price", "123456789012345678901234567890.123456789"),
                                              ("Total Owed", "99999999999999999999999999.12")])
def test_an_absurd_number_is_a_bad_record_not_a_crash(field: str, value: str, tmp_path: Path) -> None:
    """A quantity of 10^5000 crashed the timeline (exit 1: its digits could not be written) and an amount
    of 10^26 the report (the spending sum could not round it to cents); 10^999 was kept as a 1000-digit
    quantity. Such a number (a fresh tester's, as CSV text or a JSON number) is damage: the row is a
    bad-record, the others are read, and the report is written."""
    raw = json.dumps([ORDER, {**ORDER, "Order ID": "302-0000000-0000005", field: "NUMBER"}]).replace(
        '"NUMBER"', value)
    root = _export(tmp_path / "x", None, raw)
    items = _timeline(root)
    orders = [e for e in items if isinstance(e, Event) and e.kind == "amazon.order_item"]
    assert [o.attrs["order_id"] for o in orders] == ["302-0000000-0000001"]
    assert [(i.code, i.position) for i in items if isinstance(i, ParseIssue)] == [("bad-record", "record 1")]
    report = api.report([root])
    assert report.inputs["parse_issues"]["total"] == 1


def test_a_dataset_ignored_on_purpose_is_ignored_as_json_too() -> None:
    """Digital Orders(.csv) hold no records of their own (their items are in Digital Items); the JSON
    form was an unknown file (unhandled-file, --strict 4) in an export written all as JSON."""
    rule = AmazonParser().classify("Digital-Ordering.1/Digital Orders.json")
    assert rule is not None and rule.handler is None and rule.note
