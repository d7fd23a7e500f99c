"""An Amazon order item whose unit price is "Not Available" (or blank) in one download and written in another is
one record (the twenty-sixth pass's closing note; old26/AMAZON_REPORT.md "risk to watch"): key version 3 keyed
such a row by its total, the other era's row by its unit price, so an item with a coupon, paid shipping or a
quantity above one was two records. From key version 4 the row's key takes the unit price its total implies; from
version 5, where the tax is written per shipment only, the shipment's subtotal when the shipment is the item alone.

``Unit Price`` "Not Available" is a real cell of ``Retail.OrderHistory`` (peer parsers read the column as text
for it); the rest is formats.md §3.2's real row (13.57, '-0.68', 12.89) with invented values.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_amazon_records import _csv, _item, _write, legacy_orders, new_orders, of, timeline

ORDER = "113-0000009-0000001"
AT = "2022-05-31T13:00:59Z"

# (what the row says besides its total, the total, the unit price the other era writes)
CASES = {
    "coupon": ({"Total Discounts": "'-0.68'"}, "12.89", "13.57"),
    "shipping": ({"Shipping Charge": "4.99"}, "29.99", "25.00"),
    "three units": ({"Quantity": "3"}, "29.97", "9.99"),
    "unit tax": ({"Quantity": "2", "Unit Price Tax": "0.80"}, "21.60", "10.00"),
}


def _row(case: str, *, new: bool, unit: str | None) -> dict:
    extra, total, price = CASES[case]
    row = _item(ORDER, AT, "B0NOPRICE1", total, new=new) | extra
    if new and "Quantity" in extra:  # the 2025 file's name of the column
        row["Original Quantity"] = row.pop("Quantity")
    row["Unit Price"] = price if unit is None else unit
    return row


@pytest.mark.parametrize("missing", ["Not Available", ""])
@pytest.mark.parametrize("case", sorted(CASES))
@pytest.mark.parametrize("priced_era", ["legacy", "2025"])
def test_an_item_priced_in_one_era_and_not_in_another_is_one(tmp_path: Path, case: str, priced_era: str,
                                                             missing: str) -> None:
    priced = _row(case, new=priced_era == "2025", unit=None)
    unpriced = _row(case, new=priced_era != "2025", unit=missing)
    write_priced = new_orders if priced_era == "2025" else legacy_orders
    write_unpriced = legacy_orders if priced_era == "2025" else new_orders
    a = write_priced(tmp_path / "a", [priced])
    b = write_unpriced(tmp_path / "b", [unpriced])
    items = of(timeline(a, b), "amazon.order_item")
    assert [(i.attrs["order_id"], i.attrs["total"]) for i in items] == [(ORDER, CASES[case][1])]
    # and alone, each download still has its item with its own total and (where written) unit price
    [alone] = of(timeline(b), "amazon.order_item")
    assert alone.attrs["total"] == CASES[case][1] and alone.attrs.get("unit_price") is None


def test_two_prices_of_one_asin_one_unpriced_stay_two(tmp_path: Path) -> None:
    # two sizes of one generic ASIN in one order, both without a unit price: their implied prices differ
    rows = [_item(ORDER, AT, "B0GENERIC2", "4.99", name="Small") | {"Unit Price": "Not Available"},
            _item(ORDER, AT, "B0GENERIC2", "7.99", name="Large") | {"Unit Price": "Not Available"}]
    items = of(timeline(legacy_orders(tmp_path / "a", rows)), "amazon.order_item")
    assert sorted(i.attrs["total"] for i in items) == ["4.99", "7.99"]
    priced = [_item(ORDER, AT, "B0GENERIC2", "4.99", name="Small", new=True),
              _item(ORDER, AT, "B0GENERIC2", "7.99", name="Large", new=True)]
    both = of(timeline(legacy_orders(tmp_path / "a", rows), new_orders(tmp_path / "b", priced)), "amazon.order_item")
    assert sorted(i.attrs["total"] for i in both) == ["4.99", "7.99"]


REPORT_HEADER = ("Order Date,Order ID,Title,Category,ASIN/ISBN,Website,Purchase Price Per Unit,Quantity,"
                 "Order Status,Item Subtotal,Item Subtotal Tax,Item Total,Currency").split(",")


def test_the_old_items_report_without_a_unit_price_meets_request_my_data(tmp_path: Path) -> None:
    # the retired items report: Item Total = Item Subtotal + Item Subtotal Tax, before promotions and shipping;
    # two units at 10.00 with 1.60 tax, "Purchase Price Per Unit" blank
    report = _write(tmp_path / "rep", "01-Jan-2022_to_31-Dec-2022.csv", _csv(REPORT_HEADER, [{
        "Order Date": "5/31/2022", "Order ID": ORDER, "Title": "Desk lamp part", "Category": "LAMP",
        "ASIN/ISBN": "B0NOPRICE1", "Website": "Amazon.com", "Purchase Price Per Unit": "", "Quantity": "2",
        "Order Status": "Shipped", "Item Subtotal": "$20.00 ", "Item Subtotal Tax": "$1.60 ", "Item Total": "$21.60 ",
        "Currency": "USD"}], quote_all=False, bom=False))
    rmd = legacy_orders(tmp_path / "rmd", [_row("unit tax", new=False, unit=None)])
    items = of(timeline(rmd, report), "amazon.order_item")
    assert [(i.attrs["order_id"], i.attrs["total"]) for i in items] == [(ORDER, "21.60")]


# -- tax written per shipment only (LEFT's limit; the twenty-eighth pass's LIMITS brief 2) ----------------------
# ``Unit Price`` and ``Unit Price Tax`` "Not Available", the tax in ``Shipment Item Subtotal Tax`` alone: the
# shipment's amounts cover every item shipped together. Total Owed = (unit + unit tax) × quantity + shipping +
# promotions (a peer parser's reading of a real order). Values invented, New York's 8.875 % for the rate.
def _shipment_rows(asin: str, unit: str, unit_tax: str, quantity: str, total: str, subtotal: str,
                   shipment_tax: str, *, name: str = "Desk lamp") -> tuple[dict, dict]:
    """(the 2025 row with its unit price and tax, the legacy row with neither, the shipment's tax only)."""
    priced = _item(ORDER, AT, asin, total, name=name, new=True) | {
        "Unit Price": unit, "Unit Price Tax": unit_tax, "Original Quantity": quantity,
        "Shipment Item Subtotal": subtotal, "Shipment Item Subtotal Tax": shipment_tax}
    unpriced = _item(ORDER, AT, asin, total, name=name) | {
        "Unit Price": "Not Available", "Unit Price Tax": "Not Available", "Quantity": quantity,
        "Shipment Item Subtotal": subtotal, "Shipment Item Subtotal Tax": shipment_tax}
    return priced, unpriced


@pytest.mark.parametrize(("unit", "unit_tax", "quantity", "total", "subtotal", "tax", "extra"), [
    # two units at 10.00, 0.80 tax each, shipped alone (was two records: the key held 10.80, the tax kept in)
    ("10.00", "0.80", "2", "21.60", "20.00", "1.60", {}),
    # with paid shipping and a coupon beside the row's total: 25.00 + 2.00 + 4.99 − 3.00
    ("25.00", "2.00", "1", "28.99", "25.00", "2.00", {"Shipping Charge": "4.99", "Total Discounts": "'-3.00'"}),
])
def test_an_item_alone_in_its_shipment_with_the_tax_per_shipment_is_one(
        tmp_path: Path, unit: str, unit_tax: str, quantity: str, total: str, subtotal: str, tax: str,
        extra: dict) -> None:
    priced, unpriced = _shipment_rows("B0SHIPTAX1", unit, unit_tax, quantity, total, subtotal, tax)
    a = new_orders(tmp_path / "a", [priced | extra])
    b = legacy_orders(tmp_path / "b", [unpriced | extra])
    items = of(timeline(a, b), "amazon.order_item")
    assert [(i.attrs["order_id"], i.attrs["total"]) for i in items] == [(ORDER, total)]
    assert of(timeline(b, a), "amazon.order_item")[0].key == items[0].key


def test_an_item_shipped_with_others_keeps_its_tax_in(tmp_path: Path) -> None:
    # the limit, said in the docstring: a shipment's tax cannot be shared out exactly among its items. A lamp
    # (25.00 + 2.22) and a bulb (10.00 + 0.89) in one shipment (subtotal 35.00, tax 3.11): each legacy row keeps
    # its tax in and meets no priced row (four records, as before); untaxed food beside a taxed lamp (subtotal
    # 35.00, tax 2.00) keeps meeting its priced row, which one rate for the shipment (2.00 / 35.00) would break
    lamp = _shipment_rows("B0SHIPTAX2", "25.00", "2.22", "1", "27.22", "35.00", "3.11")
    bulb = _shipment_rows("B0SHIPTAX3", "10.00", "0.89", "1", "10.89", "35.00", "3.11", name="Bulb")
    a = new_orders(tmp_path / "a", [lamp[0], bulb[0]])
    b = legacy_orders(tmp_path / "b", [lamp[1], bulb[1]])
    assert len(of(timeline(a, b), "amazon.order_item")) == 4
    food = _shipment_rows("B0SHIPTAX4", "10.00", "0", "1", "10.00", "35.00", "2.00", name="Oats")
    taxed = _shipment_rows("B0SHIPTAX5", "25.00", "2.00", "1", "27.00", "35.00", "2.00")
    c = new_orders(tmp_path / "c", [food[0], taxed[0]])
    d = legacy_orders(tmp_path / "d", [food[1], taxed[1]])
    assert sorted(i.attrs["asin"] for i in of(timeline(c, d), "amazon.order_item")) == [
        "B0SHIPTAX4", "B0SHIPTAX5", "B0SHIPTAX5"]


def test_a_row_written_before_shipping_keeps_its_tax_in(tmp_path: Path) -> None:
    # no shipment amounts yet ("Authorized", formats.md §3.2's real row): the total's tax stays in, as before
    before = _item(ORDER, AT, "B0SHIPTAX6", "10.89") | {
        "Unit Price": "Not Available", "Unit Price Tax": "Not Available", "Shipment Item Subtotal": "Not Available",
        "Shipment Item Subtotal Tax": "Not Available", "Order Status": "Authorized", "Shipment Status": "Not Available"}
    priced = _item(ORDER, AT, "B0SHIPTAX6", "10.89", new=True) | {"Unit Price": "10.00", "Unit Price Tax": "0.89"}
    assert len(of(timeline(legacy_orders(tmp_path / "c", [before]), new_orders(tmp_path / "d", [priced])),
                  "amazon.order_item")) == 2
