"""Spending categories net of refunds, over every currency, and a main currency one small order cannot flip (the
twenty-ninth pass's third tester, L1: fully refunded headphones were "music" 60 %; categories covered only the
main currency's items; one more €3 order flipped the main currency USD → EUR and the trust score's shown yearly
spend 165.24 USD → 96.49 EUR). Every order here is invented.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from test_inference_synth import Stream

from dataexam.inference import fx, infer

NOW = datetime(2025, 6, 1, tzinfo=UTC)


def at(m: int, d: int) -> datetime:
    return datetime(2024, m, d, 14, tzinfo=UTC)


def _orders(extra: bool = False) -> list:
    s = Stream()
    rows = [(2, 3, "EUR", "20.00", "Paperback novel"), (3, 5, "EUR", "35.50", "Camping stove"),
            (4, 7, "EUR", "12.99", "Paperback novel, volume 2"), (7, 13, "EUR", "25.00", "Cycling gloves"),
            (3, 15, "USD", "40.00", "Hiking backpack"), (4, 17, "USD", "15.25", "Coffee beans"),
            (5, 19, "USD", "99.99", "Noise cancelling headphones"), (6, 21, "USD", "10.00", "Tennis balls"),
            (6, 25, "USD", "20.00", "Hiking poles")]
    if extra:
        rows += [(8, 20, "EUR", "3.00", "Pencil set"), (8, 22, "EUR", "3.00", "Pencil sharpener")]
    out = [s.ev(at(m, d), "amazon.order_item", name, currency=cur, total=total, order_id=f"o{i}")
           for i, (m, d, cur, total, name) in enumerate(rows)]
    # the headphones refunded in full; the payout row written twice is one refund
    out += [s.ev(at(6, 1), "amazon.refund", None, order_id="o6", amount="99.99", currency="USD") for _ in range(2)]
    return sorted(out, key=lambda e: e.sort_key)


def test_a_fully_refunded_item_is_no_category_and_every_currency_is_converted() -> None:
    v = infer(_orders(), now=NOW).finding("spending").value
    cats = {c["category"]: c for c in v["categories"]}
    assert "music" not in cats  # the headphones came back in full
    assert v["main_currency"] == "USD"  # USD 185.24 ≈ €171 > EUR 93.49, though EUR has as many orders
    # the EUR books (20.00 + 12.99) are in, converted at each order day's ECB rate into USD
    want = (fx.convert_days({at(2, 3).date(): Decimal("20.00")}, "EUR", "USD").total
            + fx.convert_days({at(4, 7).date(): Decimal("12.99")}, "EUR", "USD").total)
    assert cats["books"]["amount"] == str(want.quantize(Decimal("0.01")))
    assert cats["books"]["items"] == 2
    hiking = Decimal(cats["hiking"]["amount"])  # USD 60.00 and the EUR 35.50 stove
    assert hiking > Decimal("90")
    assert v["categories"][0]["category"] == "hiking"
    assert abs(sum(c["share"] for c in v["categories"]) - 1) < 0.01
    assert "net of refunds" in v["categories_basis"]


def test_small_orders_more_do_not_flip_the_main_currency_or_the_scores_spend() -> None:
    before, after = infer(_orders(), now=NOW), infer(_orders(extra=True), now=NOW)
    assert before.finding("spending").value["main_currency"] == "USD"
    assert after.finding("spending").value["main_currency"] == "USD"  # EUR now has more orders than USD
    fb = before.finding("trust_score").value["factors"]["fulfilment_capacity"]["inputs"]
    fa = after.finding("trust_score").value["factors"]["fulfilment_capacity"]["inputs"]
    assert (fb["currency"], fb["mean_yearly_spend"]) == (fa["currency"], fa["mean_yearly_spend"]) == ("USD", "185.24")
    assert "spent most in" in " ".join(after.finding("spending").caveats)
