"""Orders shipped to other people are said as not the person's own spending (the twenty-ninth pass's third tester,
L3: a reseller's €37,637 of stock shipped straight to 60 buyers was "You spent" and the trust score's top band,
with no remark). The export keeps no recipient's name or street: other people are counted by their towns, from the
parser's ``ships_to_billing`` flag. Every order and town here is invented.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from test_inference_synth import Stream

from dataexam.inference import Confidence, infer

NOW = datetime(2025, 6, 1, tzinfo=UTC)
T0 = datetime(2024, 1, 8, 10, tzinfo=UTC)
TOWNS = ["Berlin", "Hamburg", "München", "Köln", "Leipzig", "Bremen", "Hannover", "Stuttgart"]


def _orders(stock: int, towns: int) -> list:
    s = Stream()
    own = [s.ev(T0 + timedelta(days=30 * i, hours=3), "amazon.order_item", "Espresso beans 1kg", currency="EUR",
                total="15.00", order_id=f"own{i}", shipping_city="Dresden", shipping_country="Germany",
                ships_to_billing=True) for i in range(10)]
    sold = [s.ev(T0 + timedelta(days=5 * i), "amazon.order_item", "LEGO Technic Porsche 911 42096", currency="EUR",
                 total="500.00", order_id=f"stock{i}", shipping_city=TOWNS[i % towns], shipping_country="Germany",
                 ships_to_billing=False) for i in range(stock)]
    return sorted(own + sold, key=lambda e: e.sort_key)


def test_most_orders_to_other_people_are_said_not_own_spending_in_spending_and_the_score() -> None:
    report = infer(_orders(60, 8), now=NOW)
    spending = report.finding("spending")
    assert spending.value["orders_for_others"] == {"orders": 70, "away_orders": 60, "away_towns": 8,
                                                   "amount": {"EUR": "30000.00"}}
    assert "Most orders (60 of 70, EUR 30,000.00) ship away from your billing address, to other people in at " \
           "least 8 towns: stock sold on or orders for others, not your own spending." in spending.summary
    assert spending.confidence == Confidence.MEDIUM  # exact sums, but not the person's own spending
    assert "not your own spending" in spending.caveats[0]
    score = report.finding("trust_score")
    inputs = score.value["factors"]["fulfilment_capacity"]["inputs"]
    assert inputs["orders_for_others"] == {"orders": 70, "away_orders": 60, "away_towns": 8}
    assert "ship to other people" in score.summary
    assert any("resale stock" in c for c in score.caveats)


def test_a_few_parcels_to_relatives_are_no_resale() -> None:
    report = infer(_orders(6, 2), now=NOW)
    assert report.finding("spending").value["orders_for_others"] is None
    assert report.finding("spending").confidence == Confidence.HIGH
    assert report.finding("trust_score").value["factors"]["fulfilment_capacity"]["inputs"]["orders_for_others"] is None
