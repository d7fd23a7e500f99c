"""Spending says outflow: a gift card bought and the orders paid from it are not both counted, refunds are shown.

The twenty-third pass's tester (T23A F-spend, input ``spend-cents``): a €50.00 "Geschenkgutschein" and a €30.00
order paid with ``Payment Instrument Type`` "Gift Certificate/Card" were both in "You spent €144.78", and a
€20.00 refund was nowhere. Outflow now counts the gift card when it is bought and keeps orders paid only from
the gift-card balance apart; refund payouts are summed beside the total. Every era the parser reads is built
here with the same invented orders: legacy ``Retail.OrderHistory.1.csv``, its JSON-records form, the 2025
``Your Amazon Orders/Order History.csv`` and the old "Order History Reports" (items, shipments, refunds).
"""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from test_inference_synth import Stream

from dataexam import api
from dataexam.inference import infer
from dataexam.inference.ledger import is_gift_card_product, payment_kind
from dataexam.inference.money import spending_sentence
from dataexam.report import view

NOW = datetime(2025, 6, 1, tzinfo=UTC)
ADDRESS = "Erika Muster Beispielstr. 5 10115 Berlin Deutschland"

# (order id, ISO order time, product, total, payment, status): the tester's orders, values invented
ORDERS = [
    ("302-1000000-0000001", "2023-01-10T18:00:00Z", "Bike bottle cage", "23.80", "Visa - 1234", "Closed"),
    ("302-1000000-0000002", "2023-02-03T18:00:00Z", "Running jacket", "50.00", "Visa - 1234", "Cancelled"),
    ("302-1000000-0000003", "2023-03-05T18:00:00Z", "Amazon.de Geschenkgutschein in Grußkartenhülle (Geburtstag)",
     "50.00", "Visa - 1234", "Closed"),
    ("302-1000000-0000004", "2023-04-07T18:00:00Z", "Kitchen spatula set", "30.00", "Gift Certificate/Card",
     "Closed"),
    ("302-1000000-0000005", "2023-05-09T18:00:00Z", "Inner tube 28 inch", "7.99", "Visa - 1234", "Closed"),
    ("302-1000000-0000005", "2023-05-09T18:00:00Z", "Tyre levers", "12.99", "Visa - 1234", "Closed"),
    ("302-1000000-0000006", "2023-06-11T18:00:00Z", "Cycling gloves", "20.00",
     "Gift Certificate/Card and Visa - 1234", "Closed"),
]
# (order id, ISO refund time, amount, status): one paid to the card, one back to the balance, one still pending,
# and the cancelled jacket's charge reversed (never in the totals: not money back from them, the final tester),
# dated before the order was placed (a pre-order's refund: the fourth tester)
REFUNDS = [("302-1000000-0000005", "2023-07-01T10:00:00Z", "20.00", "Completed"),
           ("302-1000000-0000004", "2023-07-02T10:00:00Z", "30.00", "Completed"),
           ("302-1000000-0000001", "2023-07-03T10:00:00Z", "5.00", "Pending"),
           ("302-1000000-0000002", "2023-02-01T10:00:00Z", "50.00", "Completed")]
# outflow: 23.80 + 50.00 (the gift card) + 20.98 + 20.00 (split: counted in full); not the cancelled jacket,
# not the 30.00 paid from the balance
OUTFLOW = "114.78"


def _csv(header: list[str], rows: list[list[str]], bom: bool = True) -> str:
    out = io.StringIO()
    w = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    return ("\ufeff" if bom else "") + out.getvalue()


def _legacy_rows() -> list[dict[str, str]]:
    return [{"Website": "Amazon.de", "Order ID": oid, "Order Date": when, "Currency": "EUR", "Unit Price": total,
             "Total Owed": total, "Quantity": "1", "Payment Instrument Type": pay, "Order Status": status,
             "Shipment Status": "Not Available" if status == "Cancelled" else "Shipped",
             "Shipping Address": ADDRESS, "Billing Address": ADDRESS, "Product Name": name,
             "ASIN": f"B00000000{i}"}
            for i, (oid, when, name, total, pay, status) in enumerate(ORDERS)]


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _legacy_refunds(root: Path) -> None:
    _write(root / "Retail.OrdersReturned.Payments.1" / "Retail.OrdersReturned.Payments.1.csv",
           _csv(["OrderID", "ReversalID", "RefundCompletionDate", "Currency", "AmountRefunded", "Status",
                 "DisbursementType"],
                [[oid, f"R-{i}", datetime.fromisoformat(when).strftime("%m/%d/%Y %H:%M:%S UTC"), "EUR", amount,
                  status, "Refund"] for i, (oid, when, amount, status) in enumerate(REFUNDS)]))


def legacy_csv(root: Path) -> Path:
    rows = _legacy_rows()
    _write(root / "Retail.OrderHistory.1" / "Retail.OrderHistory.1.csv",
           _csv(list(rows[0]), [list(r.values()) for r in rows]))
    _legacy_refunds(root)
    return root


def legacy_json(root: Path) -> Path:
    # from 2023-11 the legacy dataset may come as JSON records keyed by the CSV's column names
    _write(root / "Retail.OrderHistory.1" / "Retail.OrderHistory.1.json", json.dumps(_legacy_rows()))
    _legacy_refunds(root)
    return root


def export_2025(root: Path) -> Path:
    # 2025 layout: Total Owed → Total Amount, Payment Instrument Type → Payment Method Type
    header = ["ASIN", "Currency", "Order Date", "Order ID", "Order Status", "Original Quantity",
              "Payment Method Type", "Product Name", "Shipment Status", "Shipping Address", "Total Amount",
              "Unit Price", "Website"]
    rows = [[f"B00000000{i}", "EUR", when, oid, status, "1", pay, name,
             "Not Available" if status == "Cancelled" else "Shipped", ADDRESS, total, total, "Amazon.de"]
            for i, (oid, when, name, total, pay, status) in enumerate(ORDERS)]
    orders = root / "Your Orders" / "Your Amazon Orders" / "Order History.csv"
    _write(orders, _csv(header, rows))
    _write(root / "Your Orders" / "Your Returns & Refunds" / "Refund Details.csv",
           _csv(["Creation Date", "Currency", "Disbursement Type", "Order ID", "Payment Status", "Quantity",
                 "Refund Amount", "Refund Date", "Reversal Status", "Website"],
                [[when, "EUR", "Refund", oid, status, "1", amount, when, status, "Amazon.de"]
                 for oid, when, amount, status in REFUNDS], bom=False))
    return root


def _us(when: str) -> str:
    t = datetime.fromisoformat(when)
    return f"{t.month}/{t.day}/{t.year}"


def order_report(root: Path) -> Path:
    # the old "Order History Reports" (retired ≈2023-03): an Items and a Refunds report; and a Shipments report
    # of one more order (no item rows: counted from its Total Charged) paid from the gift-card balance
    items = _csv(["Order Date", "Order ID", "Title", "Category", "ASIN/ISBN", "Website", "Quantity",
                  "Payment Instrument Type", "Order Status", "Item Total", "Currency"],
                 [[_us(when), oid, name, "", f"B00000000{i}", "Amazon.de", "1", pay, status, f"€{total}", "EUR"]
                  for i, (oid, when, name, total, pay, status) in enumerate(ORDERS)], bom=False)
    _write(root / "01-Jan-2023_to_31-Dec-2023.csv", items)
    _write(root / "refunds-2023.csv",
           _csv(["Order ID", "Order Date", "Title", "Website", "Refund Date", "Refund Condition", "Refund Amount",
                 "Refund Tax Amount", "Currency"],
                [[oid, _us(when), "x", "Amazon.de", _us(when), status, f"€{amount}", "€0.00", "EUR"]
                 for oid, when, amount, status in REFUNDS], bom=False))
    _write(root / "shipments-2023.csv",
           _csv(["Order Date", "Order ID", "Payment Instrument Type", "Website", "Shipment Date", "Order Status",
                 "Subtotal", "Total Charged", "Currency"],
                [["8/1/2023", "302-1000000-0000009", "Gift Certificate/Card", "Amazon.de", "8/2/2023", "Shipped",
                  "€15.00", "€15.00", "EUR"]], bom=False))
    return root


def _spending(root: Path) -> dict[str, Any]:
    report = api.report([root])
    finding = next(f for f in report.findings if f.id == "spending")
    return finding.to_dict()


@pytest.mark.parametrize("build,balance,balance_orders", [
    (legacy_csv, "30.00", 1), (legacy_json, "30.00", 1), (export_2025, "30.00", 1),
    (order_report, "45.00", 2)])  # the report era adds a 15.00 shipment paid from the balance
def test_every_era_counts_outflow_once_and_shows_refunds(build, balance, balance_orders, tmp_path: Path) -> None:
    finding = _spending(build(tmp_path / "amazon"))
    value = finding["value"]
    assert value["totals"] == {"EUR": {"2023": OUTFLOW}}
    assert value["paid_from_gift_card_balance"] == {"EUR": balance}
    assert value["orders_paid_from_balance"] == balance_orders
    assert value["gift_cards_bought"] == {"EUR": "50.00"}
    assert value["orders_split_with_gift_card"] == 1
    # the 20.00 to the card; the 30.00 of the balance-paid order went back to the balance; 5.00 is pending
    assert value["refunds"] == {"EUR": "20.00"}
    assert value["refunds_to_gift_card_balance"] == {"EUR": "30.00"}
    assert value["net_of_refunds"] == {"EUR": "94.78"}
    assert value["refunds_of_cancelled_orders"] == {"EUR": "50.00"}
    assert any(c.startswith("Refunds of cancelled orders (50.00 EUR) are left out") for c in finding["caveats"])
    gift = [c for c in value["categories"] if c["category"] == "gift_cards"]
    assert gift and gift[0]["amount"] == "50.00"
    assert not [c for c in value["categories"] if c["category"] == "cooking"]  # the spatula came from the balance
    more = f"{balance_orders} more order{'s' if balance_orders > 1 else ''} (EUR {balance})"
    assert finding["summary"] == (f"You spent EUR {OUTFLOW} on Amazon (4 orders, 2023) and got EUR 20.00 back in "
                                  f"refunds. {more} {'were' if balance_orders > 1 else 'was'} paid from gift-card "
                                  "balance.")
    assert "Gift Certificate/Card" in finding["method"] and "outflow" in finding["method"]
    assert any("gift-card balance" in c for c in finding["caveats"])


def test_report_formats_say_the_summary_s_sentence(tmp_path: Path) -> None:
    """Text, Markdown and HTML draw the headline from the value; it is the JSON summary with currency symbols."""
    finding = _spending(legacy_csv(tmp_path / "amazon"))
    said = view.headline(finding)
    assert said == ("You spent €114.78 on Amazon (4 orders, 2023) and got €20.00 back in refunds. "
                    "1 more order (€30.00) was paid from gift-card balance.")
    assert said.replace("€", "EUR ") == finding["summary"]
    facts = dict(view.facts(finding))
    assert facts["Refunded"] == "€20.00" and facts["From gift-card balance"] == "€30.00"


def test_trust_score_reads_the_same_outflow(tmp_path: Path) -> None:
    report = api.report([legacy_csv(tmp_path / "amazon")])
    trust = next(f for f in report.findings if f.id == "trust_score")
    assert trust.value["factors"]["fulfilment_capacity"]["inputs"]["mean_yearly_spend"] == OUTFLOW


@pytest.mark.parametrize("cell,kind", [
    ("Gift Certificate/Card", "balance"), ("Gift Certificate/Card and Visa - 1234", "split"),
    ("Visa - 1234 and Gift Certificate/Card", "split"), ("Visa - 1234", None), ("Not Available", None),
    ("", None), (None, None), ("Amazon.de Geschenkgutschein", "balance"), ("Mastercard - 0002", None)])
def test_payment_kind(cell, kind) -> None:
    assert payment_kind(cell) == kind


@pytest.mark.parametrize("name,gift", [
    ("Amazon.de Geschenkgutschein in Grußkartenhülle (Geburtstag)", True), ("Amazon.com eGift Card", True),
    ("Amazon.co.uk Gift Card - Print - Birthday", True), ("Carte cadeau Amazon.fr", True),
    ("Kitchen spatula set", False), ("Greeting card, birthday", False), (None, False)])
def test_gift_card_products(name, gift) -> None:
    assert is_gift_card_product(name) is gift


def test_no_gift_card_and_no_refund_says_what_it_did() -> None:
    s = Stream("amazon-legacy")
    events = [s.ev(datetime(2024, m, 3, 12, tzinfo=UTC), "amazon.order_item", f"Paperback novel {m}",
                   currency="USD", total="14.00", order_id=f"112-{m}", payment_type="Visa - 0001")
              for m in range(1, 7)]
    finding = infer(events, now=NOW).finding("spending")
    assert finding.summary == "You spent USD 84.00 on Amazon (6 orders, 2024)."
    assert finding.value["refunds"] == {} and finding.value["paid_from_gift_card_balance"] == {}


def test_only_balance_paid_orders_say_so() -> None:
    s = Stream("amazon-legacy")
    events = [s.ev(datetime(2024, m, 3, 12, tzinfo=UTC), "amazon.order_item", f"Paperback novel {m}",
                   currency="USD", total="10.00", order_id=f"112-{m}", payment_type="Gift Certificate/Card")
              for m in range(1, 4)]
    finding = infer(events, now=NOW).finding("spending")
    assert finding.value["totals"] == {}
    assert finding.summary == "You paid for 3 orders (USD 30.00) from gift-card balance only."


def test_sentence_lists_each_currency() -> None:
    value = {"totals": {"EUR": {"2023": "10.00"}, "USD": {"2023": "5.00"}}, "main_currency": "EUR", "orders": 3,
             "refunds": {"EUR": "1.00", "USD": "2.00"}}
    assert spending_sentence(value) == ("You spent EUR 10.00 and USD 5.00 on Amazon (3 orders, 2023) and got "
                                        "EUR 1.00 and USD 2.00 back in refunds.")


def test_spending_takes_the_record_s_own_category_and_lists_the_biggest_first(tmp_path: Path) -> None:
    # the twenty-sixth pass's first tester (M1, L1): the old items report's Category (TELEVISION, TOY, KITCHEN) was
    # ignored (97 % "uncategorised"), "Coffee mug" was food & drink, and the rows came by item count, not amount
    root = tmp_path / "reports"
    root.mkdir()
    head = ["Order Date", "Order ID", "Title", "Category", "ASIN/ISBN", "Website", "Purchase Price Per Unit",
            "Quantity", "Order Status", "Item Total", "Currency"]
    items = [("1/5/2022", "111-0000001-0000001", "55 inch 4K smart TV", "TELEVISION", "1299.99"),
             ("2/5/2022", "111-0000002-0000001", "Teddy bear, large", "TOY", "12.40"),
             ("2/6/2022", "111-0000003-0000001", "Party hats, 12 pack", "TOY", "8.00"),
             ("3/5/2022", "111-0000004-0000001", "Coffee mug", "", "9.99"),
             ("3/6/2022", "111-0000005-0000001", "Ground coffee, 500 g", "", "7.00"),
             ("4/5/2022", "111-0000006-0000001", "Mystery widget", "HEALTH_PERSONAL_CARE", "5.00")]
    rows = [[d, o, t, c, f"B0CAT{i:05d}", "Amazon.com", f"${a} ", "1", "Shipped", f"${a} ", "USD"]
            for i, (d, o, t, c, a) in enumerate(items)]
    (root / "01-Jan-2022_to_31-Dec-2022.csv").write_text(_csv(head, rows, bom=False), encoding="utf-8")
    cats = _spending(root)["value"]["categories"]
    assert [(c["category"], c["items"], c["amount"]) for c in cats] == [
        ("tech", 1, "1299.99"), ("toys", 2, "20.40"), ("home", 1, "9.99"), ("food_drink", 1, "7.00"),
        ("uncategorised", 1, "5.00")]


@pytest.mark.parametrize(("product_type", "category"), [
    ("ABIS_BOOK", "books"), ("KITCHEN", "home"), ("VIDEO_GAMES", "gaming"), ("ABIS_DVD", "movies"),
    ("PET_FOOD", "pets"), ("NOTEBOOK_COMPUTER", "tech"), ("GROCERY", "food_drink"), ("TOY", "toys"),
    ("HEALTH_PERSONAL_CARE", None), ("", None), (None, None)])
def test_product_type_category(product_type: str | None, category: str | None) -> None:
    from dataexam.categories import product_type_category

    assert product_type_category(product_type) == category


@pytest.mark.parametrize(("text", "category"), [
    ("Coffee mug", ["home"]), ("Tea towels, set of 3", ["home"]), ("Coffee table, oak", ["home"]),
    ("Green tea, 100 bags", ["food_drink"]), ("Coffee beans 1kg", ["food_drink"])])
def test_a_mug_is_not_food(text: str, category: list[str]) -> None:
    from dataexam.inference.engine import categories_of

    assert list(categories_of(text)) == category
