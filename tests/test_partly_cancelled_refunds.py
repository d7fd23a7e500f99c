"""A partly cancelled Amazon order's refunds, matched by what the files say before their amounts (the twenty-sixth
pass's leftovers, fault 2).

Every order here has a £30.00 plant pot (ASIN B0POT00001) shipped and a £30.00 watering can (ASIN B0CAN00001)
cancelled: equal prices, so a £30.00 refund cannot be told by its amount. What tells it, per export era
(reference/formats.md §3.3):

* 2025 ``Refund Details.csv``: ``Reversal Action`` (Cancel, Return, Refund) and ``Reversal Reason``;
* legacy ``Retail.OrdersReturned.Payments.N``: no reason, but a ``ReversalID`` that the return request of
  ``Retail.OrdersReturned.N`` (with its ``ReversalReason``) shares;
* the old refunds report: ``ASIN/ISBN`` and ``Refund Reason``.

Only where none is given does the amount decide, a cancelled line's total up to 30 % above it (its tax and
shipping). Invented values; spending is 12 × £48.50 + £30.00 (the pot) = £612.00 in 2024.
"""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime
from pathlib import Path

import pytest
from test_inference_synth import Stream

from dataexam import api
from dataexam.inference.engine import Context
from dataexam.inference.ledger import reversal_kind
from dataexam.inference.money import MoneyAggregator

POT, CAN = "B0POT00001", "B0CAN00001"


def at(y: int, m: int, d: int, h: int = 12) -> datetime:
    return datetime(y, m, d, h, tzinfo=UTC)


def _orders(s: Stream) -> list:
    out = [s.ev(at(2024, m, 3), "amazon.order_item", f"Item {m}", currency="GBP", total="48.50",
                order_id=f"o{m}", asin=f"B0ITEM{m:04d}") for m in range(1, 13)]
    out.append(s.ev(at(2024, 4, 12), "amazon.order_item", "Plant pot", currency="GBP", total="30.00",
                    order_id="P", asin=POT))
    out.append(s.ev(at(2024, 4, 12), "amazon.order_item", "Watering can", currency="GBP", total="30.00",
                    order_id="P", asin=CAN, cancelled=True))
    return out


def _spending(events) -> dict:
    agg = MoneyAggregator()
    for e in sorted(events, key=lambda e: e.sort_key):
        agg.consume(e)
    ctx = Context(include_sensitive=False, aggregators={agg.name: agg})
    ctx.sources = frozenset({"amazon"})
    found = {f.id: f for f in agg.finish(ctx)}
    return {**found["spending"].value, "returned_orders": found["impulse_buying"].value["returned_orders"]}


def _refund(s: Stream, amount: str = "30.00", **attrs) -> object:
    return s.ev(at(2024, 5, 20), "amazon.refund", None, order_id="P", amount=amount, currency="GBP", **attrs)


@pytest.mark.parametrize(("attrs", "back", "reversed_"), [
    # 2025 Refund Details: the pot returned two months later — money back, though £30.00 is the can's price too
    ({"action": "Return", "reason": "Customer Return"}, "30.00", None),
    ({"action": "Refund", "reason": "Item not as described"}, "30.00", None),
    # …and the can's charge reversed
    ({"action": "Cancel", "reason": None}, None, "30.00"),
    # the old refunds report: the ASIN of the returned pot, or of the cancelled can
    ({"asin": POT}, "30.00", None),
    ({"asin": CAN}, None, "30.00"),
    # a reason naming a cancellation (T24C M5's shape)
    ({"reason": "Customer cancelled"}, None, "30.00"),
])
def test_what_the_refund_says_decides(attrs, back, reversed_) -> None:
    s = Stream("amazon-2025")
    v = _spending([*_orders(s), _refund(s, **attrs)])
    assert v["totals"] == {"GBP": {"2024": "612.00"}}
    assert v["refunds"] == ({"GBP": back} if back else {})
    assert v["refunds_of_cancelled_orders"] == ({"GBP": reversed_} if reversed_ else {})
    assert v["returned_orders"] == (1 if back else 0)


def test_a_legacy_payout_reads_its_return_requests_reason() -> None:
    """Legacy: the £30.00 payout (ReversalID R-POT) has no reason of its own; the return request R-POT of
    Retail.OrdersReturned says CR-DEFECTIVE: the pot came back, £30.00 is money back. A second order Q of the
    same shape whose payout R-CAN has a request saying it was cancelled is a reversal; a third one, R-NONE, with
    no request at all, falls back on the amount (a cancelled line's price): a reversal."""
    s = Stream("amazon-legacy")
    out = _orders(s)
    out += [s.ev(at(2024, 4, 13), "amazon.order_item", "Pot Q", currency="GBP", total="30.00", order_id="Q",
                 asin=POT),
            s.ev(at(2024, 4, 13), "amazon.order_item", "Can Q", currency="GBP", total="30.00", order_id="Q",
                 asin=CAN, cancelled=True),
            s.ev(at(2024, 4, 14), "amazon.order_item", "Pot R", currency="GBP", total="30.00", order_id="R",
                 asin=POT),
            s.ev(at(2024, 4, 14), "amazon.order_item", "Can R", currency="GBP", total="30.00", order_id="R",
                 asin=CAN, cancelled=True)]
    out += [s.ev(at(2024, 5, 18), "amazon.return", None, order_id="P", reversal_id="R-POT", reason="CR-DEFECTIVE"),
            s.ev(at(2024, 4, 13, 13), "amazon.return", None, order_id="Q", reversal_id="R-CAN",
                 reason="CR-CUSTOMER_CANCELLED"),
            _refund(s, reversal_id="R-POT"),
            s.ev(at(2024, 4, 15), "amazon.refund", None, order_id="Q", amount="30.00", currency="GBP",
                 reversal_id="R-CAN"),
            s.ev(at(2024, 4, 16), "amazon.refund", None, order_id="R", amount="30.00", currency="GBP",
                 reversal_id="R-NONE")]
    v = _spending(out)
    assert v["totals"] == {"GBP": {"2024": "672.00"}}  # 612.00 + the pots of Q and R
    assert v["refunds"] == {"GBP": "30.00"}
    assert v["refunds_of_cancelled_orders"] == {"GBP": "60.00"}
    assert v["returned_orders"] == 1  # P only: Q's request was a cancellation's, R's payout a reversal


@pytest.mark.parametrize(("amount", "back", "reversed_"), [
    ("30.00", None, "30.00"),   # the can's price
    ("36.00", None, "36.00"),   # with 20 % VAT: still the can's charge reversed
    ("45.00", "45.00", None),   # half again its price: not the can's
])
def test_the_amount_is_the_last_resort_and_allows_tax_and_shipping(amount, back, reversed_) -> None:
    s = Stream("amazon-legacy")
    v = _spending([*_orders(s), _refund(s, amount=amount)])
    assert v["refunds"] == ({"GBP": back} if back else {})
    assert v["refunds_of_cancelled_orders"] == ({"GBP": reversed_} if reversed_ else {})


def test_two_refunds_of_equal_price_lines_each_go_their_way() -> None:
    """The can's £30.00 reversed (Cancel) and the pot's £30.00 returned (Return): one of each, in either order."""
    for order in ((("Cancel", at(2024, 4, 13)), ("Return", at(2024, 5, 20))),
                  (("Return", at(2024, 4, 13)), ("Cancel", at(2024, 5, 20)))):
        s = Stream("amazon-2025")
        refunds = [s.ev(t, "amazon.refund", None, order_id="P", amount="30.00", currency="GBP", action=action)
                   for action, t in order]
        v = _spending([*_orders(s), *refunds])
        assert v["refunds"] == {"GBP": "30.00"} and v["refunds_of_cancelled_orders"] == {"GBP": "30.00"}


@pytest.mark.parametrize(("action", "reason", "kind"), [
    ("Cancel", None, "cancel"), ("Return", "Customer Return", "return"), ("Refund", None, "return"),
    (None, "CR-DEFECTIVE", "return"), (None, "Commande annulée", "cancel"), ("", "", None), (None, None, None),
])
def test_reversal_kind(action, reason, kind) -> None:
    assert reversal_kind(action, reason) == kind


def _csv(header: list[str], rows: list[list[str]]) -> str:
    out = io.StringIO()
    w = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    return "\ufeff" + out.getvalue()


def test_the_2025_export_end_to_end(tmp_path: Path) -> None:
    """Through the parser: the 2025 Order History's pot (shipped) and can (Cancelled) of one order, £30.00 each,
    and a Refund Details row 'Return' of £30.00 six weeks later: £30.00 back in refunds (it was a reversal by
    amount before), and the parser keeps the Reversal Action as ``action``."""
    root = tmp_path / "Your Orders"
    header = ["ASIN", "Currency", "Order Date", "Order ID", "Order Status", "Original Quantity",
              "Payment Method Type", "Product Name", "Shipment Status", "Shipping Address", "Total Amount",
              "Unit Price", "Website"]
    rows = [[f"B0ITEM{m:04d}", "GBP", f"2024-{m:02d}-03T12:00:00Z", f"203-{m:07d}-0000001", "Closed", "1",
             "Visa - 1234", f"Item {m}", "Shipped", "A Person 1 High St London", "48.50", "48.50", "Amazon.co.uk"]
            for m in range(1, 13)]
    rows += [[POT, "GBP", "2024-04-12T12:00:00Z", "203-0000099-0000001", "Closed", "1", "Visa - 1234", "Plant pot",
              "Shipped", "A Person 1 High St London", "30.00", "30.00", "Amazon.co.uk"],
             [CAN, "GBP", "2024-04-12T12:00:00Z", "203-0000099-0000001", "Cancelled", "1", "Visa - 1234",
              "Watering can", "Not Available", "A Person 1 High St London", "30.00", "30.00", "Amazon.co.uk"]]
    orders = root / "Your Amazon Orders" / "Order History.csv"
    orders.parent.mkdir(parents=True)
    orders.write_text(_csv(header, rows), encoding="utf-8")
    refunds = root / "Your Returns & Refunds" / "Refund Details.csv"
    refunds.parent.mkdir(parents=True)
    refunds.write_text(_csv(
        ["Creation Date", "Currency", "Direct Debit", "Disbursement Type", "Order ID", "Payment Status", "Quantity",
         "Refund Amount", "Refund Date", "Reversal Action", "Reversal Reason", "Reversal Status", "Website"],
        [["2024-05-18T10:00:00Z", "GBP", "Not Applicable", "Refund", "203-0000099-0000001", "Completed", "1",
          "30.00", "2024-05-20T10:00:00Z", "Return", "Customer Return", "Completed", "Amazon.co.uk"]]),
        encoding="utf-8")
    (refund,) = list(api.timeline([root], kinds=["amazon.refund"]))
    assert refund.attrs["action"] == "Return"
    report = api.report([root])
    v = report.finding("spending").value
    assert v["totals"] == {"GBP": {"2024": "612.00"}}
    assert v["refunds"] == {"GBP": "30.00"} and v["refunds_of_cancelled_orders"] == {}
