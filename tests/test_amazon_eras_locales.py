"""Amazon records where eras, clocks and locales meet (the twenty-fourth pass's third tester: H3, H5, H7, L1–L3):
an old "Order History Reports" item and the Request-My-Data row of the same order are one record; slash dates are
read in the order their file settles; three digits after one separator follow the currency and the marketplace's
locale. Every value here is invented."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from test_amazon_records import _csv, _item, _write, legacy_orders, new_orders, of, timeline

from dataexam import api
from dataexam.csvstream import parse_money
from dataexam.events import Event, ParseIssue

REPORT_HEADER = ("Order Date,Order ID,Title,Category,ASIN/ISBN,Website,Purchase Price Per Unit,Quantity,"
                 "Shipping Address City,Shipping Address State,Order Status,Item Total,Currency").split(",")


def _report(root: Path, rows: list[tuple[str, str, str, str]]) -> Path:
    """The retired Items report: the person's local order date (M/D/YYYY), ``$6.29 `` money."""
    data = [{"Order Date": d, "Order ID": o, "Title": "Desk lamp part", "Category": "LAMP", "ASIN/ISBN": a,
             "Website": "Amazon.com", "Purchase Price Per Unit": f"${t} ", "Quantity": "1",
             "Shipping Address City": "OAKLAND", "Shipping Address State": "CA", "Order Status": "Shipped",
             "Item Total": f"${t} ", "Currency": "USD"} for d, o, a, t in rows]
    return _write(root, "01-Jan-2022_to_31-Dec-2022.csv", _csv(REPORT_HEADER, data, quote_all=False, bom=False))


@pytest.mark.parametrize("era", ["legacy", "2025"])
def test_an_evening_order_in_the_items_report_and_request_my_data_is_one_item(tmp_path: Path, era: str) -> None:
    # 21:40 PST on 9 March 2022 is 05:40 UTC on the 10th: the report says 3/9/2022, the export the 10th
    rows = [_item("113-0000001-0000001", "2022-03-10T05:40:00Z", "B0EVENING1", "12.99", new=era == "2025"),
            _item("113-0000002-0000001", "2022-03-04T17:15:00Z", "B0MORNING1", "6.29", new=era == "2025")]
    rmd = (legacy_orders if era == "legacy" else new_orders)(tmp_path / "rmd", rows)
    reports = _report(tmp_path / "reports", [("3/9/2022", "113-0000001-0000001", "B0EVENING1", "12.99"),
                                             ("3/4/2022", "113-0000002-0000001", "B0MORNING1", "6.29")])
    items = of(timeline(rmd, reports), "amazon.order_item")
    assert sorted((i.attrs["order_id"], i.attrs["total"]) for i in items) == [
        ("113-0000001-0000001", "12.99"), ("113-0000002-0000001", "6.29")]


@pytest.mark.parametrize("era", ["legacy", "2025"])
def test_an_item_with_a_coupon_or_shipping_in_the_items_report_and_request_my_data_is_one(tmp_path: Path,
                                                                                           era: str) -> None:
    # the report's Item Total is before promotions and shipping (13.57), Total Owed / Total Amount after them
    # (13.57 - 0.68 = 12.89; 25.00 + 4.99 shipping = 29.99): the twenty-sixth pass's first tester, H1
    coupon = _item("113-0000001-0000001", "2022-05-31T13:00:59.799Z", "B0COUPON01", "12.89", new=era == "2025")
    coupon |= {"Unit Price": "13.57", "Total Discounts": "'-0.68'"}
    shipped = _item("113-0000002-0000001", "2022-08-01T16:00:00Z", "B0SHIPPED1", "29.99", new=era == "2025")
    shipped |= {"Unit Price": "25.00", "Shipping Charge": "4.99"}
    plain = _item("113-0000003-0000001", "2022-07-05T03:30:00Z", "B0PLAIN001", "30.00", new=era == "2025")
    rmd = (legacy_orders if era == "legacy" else new_orders)(tmp_path / "rmd", [coupon, shipped, plain])
    reports = _report(tmp_path / "reports", [("5/31/2022", "113-0000001-0000001", "B0COUPON01", "13.57"),
                                             ("8/1/2022", "113-0000002-0000001", "B0SHIPPED1", "25.00"),
                                             ("7/4/2022", "113-0000003-0000001", "B0PLAIN001", "30.00")])
    items = of(timeline(rmd, reports), "amazon.order_item")
    # one record each; the newer era's amount (what was paid) is the one kept
    assert sorted((i.attrs["order_id"], i.attrs["total"]) for i in items) == [
        ("113-0000001-0000001", "12.89"), ("113-0000002-0000001", "29.99"), ("113-0000003-0000001", "30.00")]


def test_two_prices_of_one_asin_in_one_order_stay_two_items(tmp_path: Path) -> None:
    # one generic ASIN at two prices (two sizes) in one order: the unit price keeps them apart in either era
    rows = [_item("113-0000004-0000001", "2022-09-01T10:00:00Z", "B0GENERIC1", "4.99", name="Small"),
            _item("113-0000004-0000001", "2022-09-01T10:00:00Z", "B0GENERIC1", "7.99", name="Large")]
    rmd = legacy_orders(tmp_path / "rmd", rows)
    reports = _report(tmp_path / "reports", [("9/1/2022", "113-0000004-0000001", "B0GENERIC1", "4.99"),
                                             ("9/1/2022", "113-0000004-0000001", "B0GENERIC1", "7.99")])
    items = of(timeline(rmd, reports), "amazon.order_item")
    assert sorted(i.attrs["total"] for i in items) == ["4.99", "7.99"]


def test_an_evening_refund_in_the_refunds_report_and_the_payments_file_is_one(tmp_path: Path) -> None:
    head = ["OrderID", "ReversalID", "RefundCompletionDate", "Currency", "AmountRefunded", "Status",
            "DisbursementType"]
    pay = _write(tmp_path / "rmd", "Retail.OrdersReturned.Payments.1/Retail.OrdersReturned.Payments.1.csv",
                 _csv(head, [{"OrderID": "113-0000001-0000001", "ReversalID": "R-1",
                              "RefundCompletionDate": "03/15/2022 04:10:00 UTC", "Currency": "USD",
                              "AmountRefunded": "12.99", "Status": "Completed", "DisbursementType": "Refund"}]))
    rhead = ["Order ID", "Order Date", "Title", "ASIN/ISBN", "Website", "Refund Date", "Refund Amount",
             "Refund Tax Amount", "Currency"]
    rep = _write(tmp_path / "rep", "refunds.csv", _csv(rhead, [{
        "Order ID": "113-0000001-0000001", "Order Date": "3/9/2022", "Title": "Desk lamp part",
        "ASIN/ISBN": "B0EVENING1", "Website": "Amazon.com", "Refund Date": "3/14/2022", "Refund Amount": "$12.99 ",
        "Refund Tax Amount": "$0.00 ", "Currency": "USD"}], quote_all=False, bom=False))
    assert len(of(timeline(pay, rep), "amazon.refund")) == 1


def _fr_excel(root: Path, dates: list[str], website: str = "Amazon.fr", currency: str = "EUR") -> Path:
    rows = [_item(f"403-{i:07d}-0000001", d, f"B0FR{i:06d}", "13,99") | {"Website": website, "Currency": currency}
            for i, d in enumerate(dates, 1)]
    return legacy_orders(root, rows)


def _times(root: Path) -> tuple[list[str], list[ParseIssue]]:
    stats = api.RunStats()
    events = [e for e in api.timeline([root], stats=stats) if isinstance(e, Event) and e.kind == "amazon.order_item"]
    return sorted(e.time.date().isoformat() for e in events if e.time), list(stats.issues)


def test_a_day_first_column_is_read_day_first_for_every_cell(tmp_path: Path) -> None:
    # French Excel's re-save: 03/01/2024 is 3 January because 31/12/2024 in the same column is day-first
    days, issues = _times(_fr_excel(tmp_path, ["03/01/2024 14:05", "03/02/2024 14:05", "31/12/2024 23:40"]))
    assert days == ["2024-01-03", "2024-02-03", "2024-12-31"] and not issues


def test_an_unsettled_column_takes_the_marketplace_order(tmp_path: Path) -> None:
    days, issues = _times(_fr_excel(tmp_path, ["03/01/2024 14:05", "04/02/2024 09:00"]))
    assert days == ["2024-01-03", "2024-02-04"] and not issues
    days, _ = _times(_fr_excel(tmp_path / "us", ["03/01/2024 14:05"], website="Amazon.com", currency="USD"))
    assert days == ["2024-03-01"]


def test_a_column_no_day_or_marketplace_settles_is_an_issue(tmp_path: Path) -> None:
    # Amazon's own shape (seconds) on a day-first marketplace: month-first, said
    days, issues = _times(_fr_excel(tmp_path, ["03/01/2024 14:05:00"]))
    assert days == ["2024-03-01"]
    assert [i.code for i in issues] == ["ambiguous-date"] and "Retail.OrderHistory.1.csv" in issues[0].member
    # written both ways in one column: said
    _, issues = _times(_fr_excel(tmp_path / "both", ["13/01/2024 14:05", "01/13/2024 14:05"]))
    assert "ambiguous-date" in [i.code for i in issues]


@pytest.mark.parametrize(("text", "currency", "locale", "want"), [
    ("1.980", "JPY", None, "1980"), ("1.980", "JPY", "ja_JP", "1980"), ("R$ 1.234", None, None, "1234"),
    ("1.234", "BRL", "pt_BR", "1234"), ("1.299 TL", None, None, "1299"), ("1.234", "EUR", "de_DE", "1234"),
    ("1,234", "USD", "en_US", "1234"), ("12.99", "EUR", "de_DE", "12.99"), ("0.125", "USD", None, "0.125"),
    ("1.234", None, None, "1.234"),  # neither currency nor locale: the older reading stands
    # the final tester's N8: the sign does not change how the three digits are read, a lone 0 is a decimal's
    ("-1.980", "JPY", "ja_JP", "-1980"), ("'-1.980'", "JPY", "ja_JP", "-1980"), ("-1.234", "BRL", "pt_BR", "-1234"),
    ("0,855", "EUR", "de_DE", "0.855"), ("0,855", "USD", "en_US", "0.855"), ("-0,5", "EUR", "de_DE", "-0.5"),
    # the last tester's leftovers: zeros before the mark are a decimal's; U+2212 (a typographic minus, CLDR's
    # minusSign for sv, fi, nb…) is a minus, not "not a money amount"
    ("00,855", "EUR", "de_DE", "0.855"), ("\u22121.980", "JPY", "ja_JP", "-1980"),
    ("\u221212,99 €", None, None, "-12.99"), ("\u2212$1.00", "USD", "en_US", "-1.00"),
    ("-1,00\u00a0kr", "SEK", "sv_SE", "-1.00"),
])
def test_three_digits_after_one_separator(text: str, currency: str | None, locale: str | None, want: str) -> None:
    money = parse_money(text, currency, locale=locale)
    assert money is not None and money.amount == Decimal(want)


@pytest.mark.parametrize(("text", "currency", "locale"), [("1.234", "USD", "en_US"), ("1,234", "EUR", "fr_FR"),
                                                          ("1.234", "EUR", None)])
def test_an_ambiguous_amount_is_refused(text: str, currency: str, locale: str | None) -> None:
    with pytest.raises(ValueError, match="ambiguous"):
        parse_money(text, currency, locale=locale)


def test_a_json_number_keeps_its_decimal_point() -> None:
    money = parse_money("5.490", "EUR", locale="de_DE", machine=True)
    assert money is not None and money.amount == Decimal("5.490")


def test_site_currencies_and_yen_without_decimals(tmp_path: Path) -> None:
    rows = [_item("171-0000001-0000001", "2024-05-01T10:00:00Z", "B0SA000001", "129.00") | {
                "Website": "Amazon.sa", "Currency": "Not Available"},
            _item("171-0000002-0000001", "2024-05-02T10:00:00Z", "B0ZA000001", "129.00") | {
                "Website": "Amazon.co.za", "Currency": "Not Available"},
            _item("503-0000003-0000001", "2024-05-03T10:00:00Z", "B0JP000001", "1.980") | {
                "Website": "Amazon.co.jp", "Currency": "JPY"}]
    items = of(timeline(legacy_orders(tmp_path, rows)), "amazon.order_item")
    got = sorted((i.attrs["website"], i.attrs["total"], i.attrs["currency"]) for i in items)
    assert got == [("Amazon.co.jp", "1980", "JPY"), ("Amazon.co.za", "129.00", "ZAR"), ("Amazon.sa", "129.00", "SAR")]
