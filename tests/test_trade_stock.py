"""A trade's bulk stock on a personal Amazon account is said apart from the person's own spending (the thirty-first
pass's tester, T31B M1: a candle maker's wax, jars and labels every ~10 days were "You spent €31,774.20 on Amazon
(241 orders)", high, and the mock trust score's top spending band, "excellent"). Rule: inference/stock.py. Every
order here is invented.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from test_inference_synth import Stream

from dataexam.inference import Confidence, infer
from dataexam.inference.stock import TradeStock

NOW = datetime(2025, 1, 31, tzinfo=UTC)
# (name, unit price, quantities in turn): three bulk supplies (median ≥ 3 a line) and jars at 2–3 a line (stock once
# the account buys trade stock)
SUPPLIES = [("Soy Wax Flakes 10kg", "50.00", (3, 5, 4)), ("Thermal Shipping Labels 500", "10.00", (10, 20, 15)),
            ("Kraft Mailer Boxes 100 Pack", "40.00", (4, 6, 3)),
            ("Amber Glass Candle Jars 48 Pack", "60.00", (2, 3, 2))]


def _shop(visits: int = 30, supplies: list = SUPPLIES) -> list:
    """Every 10 days from 2 Jan 2023 at 19:30 UTC: each supply (its quantities in turn); every third visit a
    paperback novel (12.00) — 10 novels, €120 of own spending."""
    s = Stream()
    out = []
    for i in range(visits):
        t = datetime(2023, 1, 2, 19, 30, tzinfo=UTC) + timedelta(days=10 * i)
        for j, (name, price, qtys) in enumerate(supplies):
            q = qtys[i % len(qtys)]
            out.append(s.ev(t, "amazon.order_item", name, currency="EUR", total=str(Decimal(price) * q), quantity=q,
                            order_id=f"o{i}", asin=f"B0{i:03d}{j}", shipping_city="Poznan",
                            shipping_country="Poland", ships_to_billing=True))
        if i % 3 == 0:
            out.append(s.ev(t + timedelta(minutes=5), "amazon.order_item", "Paperback novel", currency="EUR",
                            total="12.00", quantity=1, order_id=f"b{i}", shipping_city="Poznan",
                            shipping_country="Poland", ships_to_billing=True))
    return sorted(out, key=lambda e: e.sort_key)


def test_a_shops_bulk_supplies_are_said_as_stock_with_the_own_spending_apart() -> None:
    report = infer(_shop(), now=NOW)
    spending = report.finding("spending")
    stock = spending.value["trade_stock"]
    # per 3 visits: wax 12 × 50 = 600, labels 45 × 10 = 450, boxes 13 × 40 = 520, jars 7 × 60 = 420 → 1,990 × 10
    assert stock["amount"] == {"EUR": "19900.00"} and stock["apart"] == {"EUR": "120.00"}
    assert stock["products"] == 4 and stock["bulk_products"] == 3 and stock["lines"] == 120
    assert stock["every_days"] == 10 and stock["share"] == {"EUR": 0.994}
    assert ("Most of it (EUR 19,900.00, 99%) looks like trade stock, not your own spending: 4 products bought again "
            "and again in bulk (120 order lines, 100 of them with 3 or more units; about every 10 days). Your spending "
            "apart from it: EUR 120.00.") in spending.summary
    assert spending.confidence == Confidence.MEDIUM
    assert "Directive 2011/83/EU Art. 2(1)" in spending.caveats[0]
    ful = report.finding("trust_score").value["factors"]["fulfilment_capacity"]
    # the band reads the novels only: €120 in 2023, the one calendar year with purchases (band < 500: .3)
    assert ful["inputs"]["trade_stock"] == {"products": 4, "lines": 120, "amount": {"EUR": "19900.00"}}
    assert ful["inputs"]["spend_band_f"] == 0.3 and ful["inputs"]["mean_yearly_spend"] == "120.00"
    assert "look like a trade's stock" in ful["explanation"]


def test_a_households_repeat_orders_are_no_trade() -> None:
    # the same coffee, nappies and cat food every 10 days, one or two a time: no bulk supply, no stock
    household = [("Espresso beans 1kg", "15.00", (1, 2)), ("Pampers nappies size 3", "20.00", (1,)),
                 ("Cat food 12 pack", "9.00", (2, 1, 2))]
    spending = infer(_shop(supplies=household), now=NOW).finding("spending")
    assert spending.value["trade_stock"] is None
    assert spending.confidence == Confidence.HIGH


def test_one_bulk_consumable_is_no_trade() -> None:
    # a household buying one thing in bulk again and again (water, 6 a time) has no shop's supplies
    stock = TradeStock()
    for i in range(20):
        stock.add("Mineral water 1.5l", {"quantity": 6}, Decimal("6.00"), "EUR",
                  datetime(2024, 1, 1, 10, tzinfo=UTC) + timedelta(days=7 * i))
    assert stock.verdict({"EUR": Decimal("120.00")}) is None


def test_the_stock_days_are_on_the_persons_calendar() -> None:
    stock = TradeStock()
    for name in ("A wax", "B jars", "C labels"):
        for i in range(4):
            stock.add(name, {"quantity": 3}, Decimal("10"), "EUR", datetime(2024, 3, 1 + i, 23, 30, tzinfo=UTC))
    got = stock.verdict({"EUR": Decimal("150")}, lambda d, q: (d + timedelta(days=1), q))
    assert got is not None and got["amount"] == {"EUR": Decimal("120")} and got["apart"] == {"EUR": Decimal("30")}
    assert got["days"]["EUR"] == {date(2024, 3, 2 + i): Decimal("30") for i in range(4)}
    assert got["every_days"] == 1 and got["examples"] == ["A wax", "B jars", "C labels"]


# T31C N2: a family's Subscribe & Save (nappies ×6, wipes ×4, infant milk ×3, dishwasher tablets ×3 every month) and a
# cat household (food ×12, litter ×3) were "90 %" and "84 % trade stock"; N3: a big family's Christmas gifts (candles
# ×10, chocolates ×12, socks ×8 on 5–7 December four years running) were "trade stock … about every 1 days"
HOUSEHOLD = [("Pampers Baby-Dry Nappies Size 4, 44 count", "12.00", (6,)), ("WaterWipes Baby Wipes 60", "4.50", (4,)),
             ("Aptamil First Infant Milk 800g", "13.50", (3,)), ("Finish Dishwasher Tablets 90", "15.00", (3,))]
PETS = [("Felix cat food 40 pouches", "16.00", (12,)), ("Cat litter 10 l", "9.00", (3,)),
        ("Highland Spring water 6x1.5l", "3.00", (4,))]
GIFTS = [("Yankee Candle gift set", "19.99", (10,)), ("Wool socks 5 pairs", "12.00", (8,)),
         ("Scented soap box", "6.00", (12,))]


def _every(days: int, visits: int, supplies: list) -> list:
    s = Stream()
    return sorted((s.ev(datetime(2021, 12, 5, 19, tzinfo=UTC) + timedelta(days=days * i), "amazon.order_item", name,
                        currency="GBP", total=str(Decimal(price) * qtys[0]), quantity=qtys[0], order_id=f"o{i}-{j}")
                   for i in range(visits) for j, (name, price, qtys) in enumerate(supplies)),
                  key=lambda e: e.sort_key)


def test_a_households_monthly_consumables_are_no_trade_stock() -> None:
    for supplies in (HOUSEHOLD, PETS):
        assert infer(_every(30, 24, supplies), now=NOW).finding("spending").value["trade_stock"] is None


def test_yearly_gifts_in_bulk_are_no_trade_stock_but_the_same_lines_every_ten_days_are() -> None:
    assert infer(_every(365, 4, GIFTS), now=NOW).finding("spending").value["trade_stock"] is None
    stock = infer(_every(10, 8, GIFTS), now=NOW).finding("spending").value["trade_stock"]
    assert stock is not None and stock["products"] == 3


def test_gifts_bought_in_november_and_december_each_year_are_no_trade_stock() -> None:
    """T31D M1: gaps of 39 and 326 days in turn — a median of 39, a mean of five months."""
    s = Stream()
    events = sorted((s.ev(datetime(2021 + y, 11, 5, 19, tzinfo=UTC) + timedelta(days=39 * half), "amazon.order_item",
                          name, currency="GBP", total=str(Decimal(price) * qtys[0]), quantity=qtys[0],
                          order_id=f"o{y}-{half}-{j}")
                     for y in range(4) for half in range(2) for j, (name, price, qtys) in enumerate(GIFTS)),
                    key=lambda e: e.sort_key)
    assert infer(events, now=NOW).finding("spending").value["trade_stock"] is None
