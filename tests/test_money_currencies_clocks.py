"""The twenty-fourth pass's money tester (T24C): money findings where currencies, clocks and order kinds meet.

Every stream is hand-made (invented values), each test's expected value is computed by hand in its comment:
H1 a move between currencies is no fall in prices; H2 the trust score's bands are euros at ECB rates; H4 a date
only is in no clock share; H6 digital orders and Audible charges are summed apart and named; M1 the late-night
headline names its clock; M2 stress reads payment plans and payment types, never titles; M3 a return is counted
once per order; M4 spending years are on the person's calendar; M5 a partly cancelled order's reversal is no
refund.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from test_inference_synth import Stream

from dataexam.events import TimeSource
from dataexam.inference import fx, infer
from dataexam.inference.engine import Context
from dataexam.inference.ledger import SpendLedger
from dataexam.inference.money import MoneyAggregator
from dataexam.inference.trust import TrustAggregator
from dataexam.report import view

NOW = datetime(2025, 6, 1, tzinfo=UTC)


def at(y: int, m: int, d: int, h: int = 12, minute: int = 0) -> datetime:
    return datetime(y, m, d, h, minute, tzinfo=UTC)


def _sorted(events):
    return sorted(events, key=lambda e: e.sort_key)


def _finish(agg, events, zone: str | None = None) -> dict:
    for e in _sorted(events):
        agg.consume(e)
    ctx = Context(include_sensitive=False, aggregators={agg.name: agg})
    ctx.sources = frozenset({"amazon"})
    if zone:
        ctx.zone, ctx.zone_name = ZoneInfo(zone), zone
    return {f.id: f for f in agg.finish(ctx)}


def _mover() -> list:
    """Tokyo 2022–23 (¥1,980 and ¥3,480, two a month), then New York 2024 ($14.99 and $24.50, two a month)."""
    s = Stream("amazon-legacy")
    out = []
    for year, cur, prices in ((2022, "JPY", ("1980", "3480")), (2023, "JPY", ("1980", "3480")),
                              (2024, "USD", ("14.99", "24.50"))):
        for month in range(1, 13):
            for k, price in enumerate(prices):
                out.append(s.ev(at(year, month, 5 + 10 * k), "amazon.order_item", f"Thing {year}-{month}-{k}",
                                currency=cur, total=price, order_id=f"{year}-{month}-{k}"))
    return out


def test_a_move_between_currencies_is_no_fall_in_prices():
    """H1: ¥1,980/¥3,480 then $14.99/$24.50 is the same kind of price (≈ $13–$25): no stress signal; the median
    unit price is said in the main currency (JPY: 48 of 72 records)."""
    found = _finish(MoneyAggregator(), _mover())
    stress = found["financial_stress"].value
    assert stress["flag"] is False and stress["signals"] == []
    assert stress["price_currency"] == "JPY"
    # the 2024 dollars converted at 2024's ECB rates (≈ ¥150–160 per $) land among the yen prices
    assert 1900 < stress["recent_median_price"] < 4000
    spending = found["spending"].value
    assert spending["median_unit_price_currency"] == "JPY"
    assert 1900 < spending["median_unit_price"] < 4000


def test_a_real_fall_within_one_currency_still_signals():
    """The rule still reads a real downshift: $40 a month for 12 months, then $10 for 6 months → 40 → 10."""
    s = Stream()
    out = [s.ev(at(2023, m, 3), "amazon.order_item", f"A {m} {k}", currency="USD", total="40.00",
                order_id=f"a{m}{k}") for m in range(1, 13) for k in range(2)]
    out += [s.ev(at(2024, m, 3), "amazon.order_item", f"B {m} {k}", currency="USD", total="10.00",
                 order_id=f"b{m}{k}") for m in range(1, 7) for k in range(2)]
    stress = _finish(MoneyAggregator(), out)["financial_stress"].value
    assert stress["flag"] is True and stress["signals"][0].startswith("median unit price fell from")
    assert stress["signals"][0].endswith("USD")


def test_trust_spend_bands_are_euros_at_ecb_rates():
    """H2: ₹499 + ₹799 a month for two years = ₹15,576 a year; at 2023–24 ECB rates (≈ ₹88–91 per €) that is
    ≈ €175: band .3 (< 500), not the top band (1.0) the nominal ₹15,576 fell into."""
    s = Stream()
    events = [s.ev(at(y, m, 7), "amazon.order_item", f"Item {y}{m}{k}", currency="INR", total=price,
                   order_id=f"{y}-{m}-{k}") for y in (2023, 2024) for m in range(1, 13)
              for k, price in enumerate(("499.00", "799.00"))]
    inputs = _finish(TrustAggregator(), events)["trust_score"].value["factors"]["fulfilment_capacity"]["inputs"]
    assert inputs["currency"] == "INR" and inputs["mean_yearly_spend"] == "15576.00"
    assert inputs["band_currency"] == "EUR"
    expected = sum((fx.convert_days({date(y, m, 7): Decimal("1298.00")}, "INR", "EUR").total
                    for y in (2023, 2024) for m in range(1, 13)), Decimal(0)) / 2
    assert inputs["mean_yearly_spend_band_currency"] == str(expected.quantize(Decimal("0.01")))
    assert Decimal(160) < expected < Decimal(190)
    assert inputs["spend_band_f"] == 0.3


def test_a_currency_without_a_rate_gets_the_neutral_band():
    """EGP (Amazon.eg) floats and has no ECB reference rate: no band, the currency named, and its half of the
    factor is the neutral .5 — a currency without a rate neither raises nor lowers the factor (the last tester's
    N12: the regularity alone had raised it)."""
    s = Stream()
    events = [s.ev(at(2024, m, 7), "amazon.order_item", f"Item {m}", currency="EGP", total="129.00",
                   order_id=f"eg-{m}") for m in range(1, 13)]
    fac = _finish(TrustAggregator(), events)["trust_score"].value["factors"]["fulfilment_capacity"]
    assert fac["inputs"]["spend_band_f"] is None and fac["inputs"]["currencies_without_ecb_rate"] == ["EGP"]
    assert fac["inputs"]["regularity"] == 1.0  # the same amount every month
    assert fac["f"] == pytest.approx(0.75, abs=1e-3)


def test_a_pegged_currency_has_a_band():
    """AED and SAR are fixed to the dollar (3.6725, 3.75 per USD) by their central banks: Amazon.ae's and
    Amazon.sa's spending has a euro value through the ECB's dollar rate (it had none: N12). 12 × AED 129 = AED 1,548
    ≈ $421.5 ≈ €390 in 2024: band .3."""
    s = Stream()
    events = [s.ev(at(2024, m, 7), "amazon.order_item", f"Item {m}", currency="AED", total="129.00",
                   order_id=f"ae-{m}") for m in range(1, 13)]
    inputs = _finish(TrustAggregator(), events)["trust_score"].value["factors"]["fulfilment_capacity"]["inputs"]
    assert inputs["currencies_without_ecb_rate"] == [] and inputs["spend_band_f"] == 0.3
    assert 370 < float(inputs["mean_yearly_spend_band_currency"]) < 410
    sar = fx.convert_days({date(2024, 5, 7): Decimal("375")}, "SAR", "USD")
    assert sar is not None and sar.total == Decimal(100)


def test_regularity_reads_every_currency_in_euros():
    """N12: ¥3,000 a month for a year, then $20 a month for a year (a move): as steady as one currency — the
    main currency's months alone had a year of zeros (CV ≈ 1, regularity ≈ 0)."""
    s = Stream()
    events = [s.ev(at(2022, m, 7), "amazon.order_item", f"Y {m}", currency="JPY", total="3000",
                   order_id=f"jp-{m}") for m in range(1, 13)]
    events += [s.ev(at(2023, m, 7), "amazon.order_item", f"D {m}", currency="USD", total="20.00",
                    order_id=f"us-{m}") for m in range(1, 13)]
    inputs = _finish(TrustAggregator(), events)["trust_score"].value["factors"]["fulfilment_capacity"]["inputs"]
    assert inputs["regularity"] > 0.8


def _date_only(events):
    return [replace(e, time_source=TimeSource.DATE_ONLY) for e in events]


def test_date_only_orders_are_in_no_clock_share():
    """H4: twelve orders known by their date only (stored as 00:00 UTC) are not "100 % ordered 23–04": the
    impulse finding has no timed item (insufficient), the trust score counts no late order; the money is
    counted all the same ($10.00 × 12)."""
    s = Stream("reports")
    events = _date_only([s.ev(at(2022, m, 9, 0), "amazon.order_item", f"Item {m}", currency="USD", total="10.00",
                              order_id=f"r-{m}") for m in range(1, 13)])
    found = _finish(MoneyAggregator(), events)
    assert found["spending"].value["totals"] == {"USD": {"2022": "120.00"}}
    impulse = found["impulse_buying"]
    assert impulse.value is None and "12 more with a date only" in impulse.confidence_basis
    beh = _finish(TrustAggregator(), events)["trust_score"].value["factors"]["behaviour_preferences"]
    assert beh["inputs"]["timed_orders"] == 0 and beh["inputs"]["late_night_order_share"] == 0.0
    assert beh["rules_applied"] == []


def test_late_night_rule_and_headline_name_the_clock():
    """M1: twelve orders at 01:30 UTC (20:30 in New York). Without a zone the share is 100 % on UTC, said
    so in the headline, and the trust rule is not applied; with America/New_York it is 0 %."""
    s = Stream()
    events = [s.ev(at(2024, m, 10, 1, 30), "amazon.order_item", f"Item {m}", currency="USD", total="15.00",
                   order_id=f"ny-{m}") for m in range(1, 13)]
    impulse = _finish(MoneyAggregator(), events)["impulse_buying"]
    assert impulse.value["late_night_share"] == 1.0
    assert view.headline({"id": "impulse_buying", "value": impulse.value}) == (
        "12 items (100%) ordered late at night (23–04 UTC; no time zone was found).")
    trust = _finish(TrustAggregator(), events)["trust_score"].value["factors"]["behaviour_preferences"]
    assert trust["inputs"]["late_night_order_share"] == 1.0 and trust["rules_applied"] == []
    local = _finish(MoneyAggregator(), events, zone="America/New_York")["impulse_buying"]
    assert local.value["late_night_share"] == 0.0 and local.value["zone"] == "America/New_York"
    late = [e for e in events]  # the same orders at 04:30 UTC are 23:30/00:30 in New York: late on its clock
    late = [replace(e, time=e.time.replace(hour=4)) for e in late]
    trust_ny = _finish(TrustAggregator(), late, zone="America/New_York")["trust_score"].value
    rules = trust_ny["factors"]["behaviour_preferences"]["rules_applied"]
    assert [r["rule"] for r in rules] == ["> 20% of orders 23–04 (America/New_York time) → −0.10"]


def test_digital_orders_and_audible_are_summed_apart_and_named():
    """H6: 36 Kindle books at £4.99 (price + £0.00 tax) = £179.64 and 2 Audible charges of £7.99 = £15.98,
    beside 6 retail orders of £20.00 = £120.00; a free book and a subscription add nothing; a digital return of
    £4.99 is a digital refund."""
    s = Stream("amazon-2025")
    out = [s.ev(at(2024, m, 2), "amazon.order_item", f"Kettle {m}", currency="GBP", total="20.00",
                order_id=f"r{m}") for m in range(1, 7)]
    out += [s.ev(at(2024, 1 + i % 12, 3 + i // 12), "amazon.digital_order", f"Book {i}", currency="GBP",
                 price="4.99", tax="0.00", order_id=f"D{i}", asin=f"B{i}") for i in range(36)]
    out.append(s.ev(at(2024, 3, 20), "amazon.digital_order", "Free book", currency="GBP", price="0.00", tax="0.00",
                    order_id="Dfree"))
    out += [s.ev(at(2024, m, 1), "amazon.audible_billing", "Premium Plus", currency="GBP", total="7.99",
                 amount="6.66", tax="1.33") for m in (1, 2)]
    out.append(s.ev(at(2024, 5, 1), "amazon.digital_return", "Book 0", currency="GBP", amount="4.99",
                    order_id="D0"))
    out.append(s.ev(at(2024, 1, 1), "amazon.subscription", "Kindle Unlimited", currency="GBP",
                    next_bill_amount="9.49"))
    spending = _finish(MoneyAggregator(), out)["spending"]
    v = spending.value
    assert v["totals"] == {"GBP": {"2024": "120.00"}}  # retail only
    assert v["digital"] == {"Audible charges": {"GBP": {"records": 2, "amount": "15.98"}},
                            "digital orders (Kindle, apps, music, video)": {"GBP": {"records": 36,
                                                                                    "amount": "179.64"}}}
    assert v["digital_refunds"] == {"GBP": "4.99"} and v["subscriptions"] == 1
    assert spending.summary == ("You spent GBP 120.00 on Amazon (6 orders, 2024). Apart from that, you spent "
                                "GBP 15.98 on 2 Audible charges and GBP 179.64 on 36 digital orders (Kindle, apps, "
                                "music, video).")
    assert any("summed apart" in c and "1 subscription" in c for c in spending.caveats)
    assert "£179.64 on 36 digital orders" in view.headline({"id": "spending", "value": v})


def _steady(s: Stream, pay: str = "Visa - 1234", title: str = "Notebook") -> list:
    return [s.ev(at(y, m, 4), "amazon.order_item", f"{title} {y}-{m}", currency="EUR", total="25.00",
                 order_id=f"{y}-{m}", payment_type=pay) for y in (2023, 2024) for m in range(1, 13)]


def test_stress_reads_payments_and_plans_never_titles():
    """M2: two gift cards bought as presents in December (English title) are no signal; one order paid with
    `Gift Certificate/Card` in October and three instalment plans started in Aug–Oct are."""
    s = Stream()
    base = _steady(s)
    gifts = [s.ev(at(2024, 12, 10 + k), "amazon.order_item", "Amazon.com eGift Card", currency="EUR",
                  total="25.00", order_id=f"gc{k}", payment_type="Visa - 1234") for k in range(2)]
    assert _finish(MoneyAggregator(), base + gifts)["financial_stress"].value["flag"] is False
    paid = [s.ev(at(2024, 10, 20), "amazon.order_item", "Lamp", currency="EUR", total="25.00", order_id="gcp",
                 payment_type="Gift Certificate/Card")]
    stress = _finish(MoneyAggregator(), base + gifts + paid)["financial_stress"].value
    assert stress["signals"] == ["1 order paid by gift card or a pay-later method in the last 6 months"]
    plans = [s.ev(at(2024, m, 15), "amazon.payment_plan", None, currency="EUR", total="400.00",
                  instalment="80.00", instalments=5, order_id=f"pl{m}") for m in (8, 9, 10)]
    stress = _finish(MoneyAggregator(), base + plans)["financial_stress"].value
    assert stress["signals"] == ["3 instalment plans started in the last 6 months"]


def test_a_return_is_counted_once_per_order():
    """M3: ten orders; one jacket returned (a Retail.OrdersReturned request and its payout, same order): return
    rate 1/10 and 1 return in the trust score, not 2. A cancelled order's refund is no return: 1 cancelled item
    + 1 returned order = 2 problems of 11 items."""
    s = Stream("amazon-legacy")
    out = [s.ev(at(2024, m, 5), "amazon.order_item", f"Item {m}", currency="CAD", total="30.00",
                order_id=f"701-{m}") for m in range(1, 11)]
    out.append(s.ev(at(2024, 3, 20), "amazon.return", None, order_id="701-3", reversal_id="R1"))
    out.append(s.ev(at(2024, 3, 25), "amazon.refund", None, order_id="701-3", reversal_id="R1", amount="30.00",
                    currency="CAD"))
    impulse = _finish(MoneyAggregator(), out)["impulse_buying"].value
    assert impulse["returned_orders"] == 1 and impulse["return_rate"] == 0.1
    out.append(s.ev(at(2024, 11, 5), "amazon.order_item", "Cancelled", currency="CAD", total="40.00",
                    order_id="701-C", cancelled=True))
    out.append(s.ev(at(2024, 11, 6), "amazon.refund", None, order_id="701-C", amount="40.00", currency="CAD"))
    hist = _finish(TrustAggregator(), out)["trust_score"].value["factors"]["credit_history"]["inputs"]
    assert (hist["order_items"], hist["cancelled"], hist["returns_refunds"]) == (11, 1, 1)
    assert hist["problem_rate"] == round(2 / 11, 4)


def test_years_are_on_the_persons_calendar():
    """M4: ₹1,299 at 00:30 IST on 1 January 2024 (19:00 UTC on 31 December 2023) is a 2024 order in
    Asia/Kolkata; without a zone it stays in 2023 and a caveat says the years are UTC. A date-only order keeps
    its date in both."""
    s = Stream()
    out = [s.ev(at(2023, m, 10), "amazon.order_item", f"Item {m}", currency="INR", total="500.00",
                order_id=f"in-{m}") for m in range(1, 13)]
    out.append(s.ev(at(2023, 12, 31, 19), "amazon.order_item", "New Year", currency="INR", total="1299.00",
                    order_id="in-ny"))
    out += _date_only([s.ev(at(2024, 2, 1, 0), "amazon.order_item", "Dated", currency="INR", total="100.00",
                            order_id="in-d")])
    local = _finish(MoneyAggregator(), out, zone="Asia/Kolkata")["spending"]
    assert local.value["totals"] == {"INR": {"2023": "6000.00", "2024": "1399.00"}}
    assert not any("calendar years in UTC" in c for c in local.caveats)
    utc = _finish(MoneyAggregator(), out)["spending"]
    assert utc.value["totals"] == {"INR": {"2023": "7299.00", "2024": "100.00"}}
    assert any("calendar years in UTC" in c for c in utc.caveats)


def test_ledger_localise_follows_the_zone_and_is_exact():
    """The ledger's flat per-day stamps give back the exact sums: ¥1,980 at 15:30 UTC on 31 Dec is 1 January in
    Tokyo (+09:00); 0.0005 (finer than a thousandth) is kept exact."""
    s = Stream()
    ledger = SpendLedger()
    ledger.add(s.ev(at(2023, 12, 31, 15, 30), "amazon.order_item", "A", currency="JPY", total="1980",
                    order_id="j1"))
    ledger.add(s.ev(at(2023, 12, 31, 15, 40), "amazon.order_item", "B", currency="JPY", total="0.0005",
                    order_id="j2"))
    ctx = Context(include_sensitive=False, aggregators={})
    ctx.zone, ctx.zone_name = ZoneInfo("Asia/Tokyo"), "Asia/Tokyo"
    ledger.localise(ctx.local_bin)
    assert dict(ledger.years["JPY"]) == {2024: Decimal("1980.0005")}
    ledger.localise(None)
    assert dict(ledger.years["JPY"]) == {2023: Decimal("1980.0005")}


def test_a_partly_cancelled_orders_reversal_is_no_refund():
    """M5: order P has a £12.00 pot shipped and a £30.00 can cancelled; the £30.00 reversal is a cancelled
    item's charge, not money back: refunds £60.00 (a kettle returned), net £534.00 of £594.00."""
    s = Stream("amazon-2025")
    out = [s.ev(at(2024, m, 3), "amazon.order_item", f"Item {m}", currency="GBP", total="48.50",
                order_id=f"o{m}") for m in range(1, 13)]  # 12 × 48.50 = 582.00
    out.append(s.ev(at(2024, 4, 12), "amazon.order_item", "Plant pot", currency="GBP", total="12.00",
                    order_id="P"))
    out.append(s.ev(at(2024, 4, 12), "amazon.order_item", "Watering can", currency="GBP", total="30.00",
                    order_id="P", cancelled=True))
    out.append(s.ev(at(2024, 4, 13), "amazon.refund", None, order_id="P", amount="30.00", currency="GBP",
                    reason="Customer cancelled"))
    out.append(s.ev(at(2024, 6, 10), "amazon.refund", None, order_id="o5", amount="60.00", currency="GBP"))
    found = _finish(MoneyAggregator(), out)
    v = found["spending"].value
    assert v["totals"] == {"GBP": {"2024": "594.00"}}
    assert v["refunds"] == {"GBP": "60.00"} and v["net_of_refunds"] == {"GBP": "534.00"}
    assert v["refunds_of_cancelled_orders"] == {"GBP": "30.00"}
    assert found["impulse_buying"].value["returned_orders"] == 1


def test_the_whole_pipeline_delivers_digital_orders_and_plans():
    """Through infer (each aggregator's kinds): 6 retail orders of €20.00, 3 Kindle books of €4.99 + €0.50 tax
    (€16.47), one instalment plan in the last 6 months of a steady year."""
    s = Stream("amazon-2025")
    out = [s.ev(at(2024, m, 2), "amazon.order_item", f"Kettle {m}", currency="EUR", total="20.00",
                order_id=f"r{m}") for m in range(1, 13)]
    out += [s.ev(at(2024, 2, 3 + i), "amazon.digital_order", f"Book {i}", currency="EUR", price="4.99",
                 tax="0.50", order_id=f"D{i}") for i in range(3)]
    out.append(s.ev(at(2024, 10, 15), "amazon.payment_plan", None, currency="EUR", total="300.00", order_id="pl"))
    report = infer(_sorted(out), now=NOW)
    v = report.finding("spending").value
    assert v["digital"] == {"digital orders (Kindle, apps, music, video)": {"EUR": {"records": 3,
                                                                                    "amount": "16.47"}}}
    assert v["totals"] == {"EUR": {"2024": "240.00"}}


def test_two_prices_bought_equally_often_are_no_fall():
    """₹499 and ₹799 every month for two years (an even split: the median is between them) plus one ₹1,299
    order in the first year: the recent median is the middle of the two, not the lower one — no signal."""
    s = Stream()
    out = [s.ev(at(y, m, d), "amazon.order_item", f"Pack {y}{m}{d}", currency="INR", total=p,
                order_id=f"{y}-{m}-{d}") for y in (2023, 2024) for m in range(1, 13)
           for d, p in ((7, "499.00"), (21, "799.00"))]
    out.append(s.ev(at(2023, 12, 31, 19), "amazon.order_item", "Lamp", currency="INR", total="1299.00",
                    order_id="ny"))
    stress = _finish(MoneyAggregator(), out)["financial_stress"].value
    assert stress["flag"] is False
    assert 499 < stress["recent_median_price"] < 799


def test_date_only_items_beside_timed_ones_are_named_in_a_caveat():
    """Ten orders at 14:00 UTC and three date-only ones: the share is of the ten (0 %), three are named."""
    s = Stream()
    timed = [s.ev(at(2024, m, 3, 14), "amazon.order_item", f"T {m}", currency="USD", total="5.00",
                  order_id=f"t{m}") for m in range(1, 11)]
    dated = _date_only([s.ev(at(2024, m, 20, 0), "amazon.order_item", f"D {m}", currency="USD", total="5.00",
                             order_id=f"d{m}") for m in range(1, 4)])
    impulse = _finish(MoneyAggregator(), timed + dated)["impulse_buying"]
    assert (impulse.value["timed_items"], impulse.value["date_only_items"]) == (10, 3)
    assert impulse.value["late_night_share"] == 0.0
    assert "3 order items have a date only (no time of day): left out of the late-night share." in impulse.caveats


def test_yen_and_rupees_are_written_in_their_own_units_and_grouping() -> None:
    # the twenty-sixth pass's first tester: the spending JSON wrote "JPY 1,980.00" / "1980.00" beside "¥1,980" in the
    # text (M4; README: yen without decimals), and ₹1,23,456.00 was written ₹123,456.00 (L3)
    s = Stream("amazon-legacy")
    events = [s.ev(at(2024, m, 3), "amazon.order_item", f"Paperback novel {m}", currency="USD", total="14.00",
                   order_id=f"112-{m}") for m in range(1, 5)]
    events += [s.ev(at(2024, 3, 15), "amazon.order_item", "Notebook", currency="JPY", total="1980", order_id="503-1"),
               s.ev(at(2024, 3, 16), "amazon.order_item", "Kettle", currency="INR", total="123456", order_id="404-1")]
    finding = infer(_sorted(events), now=NOW).finding("spending")
    assert finding.value["totals"]["JPY"] == {"2024": "1980"}
    assert finding.value["totals"]["INR"] == {"2024": "123456.00"}
    assert finding.value["totals"]["USD"] == {"2024": "56.00"}
    assert "JPY 1,980 " in finding.summary and "INR 1,23,456.00" in finding.summary
    assert "1,980.00" not in finding.summary
    rows = {r["from"]: r for r in finding.value["in_main_currency"]["conversions"]}
    assert rows["JPY"]["amount"] == "1980"
    assert view.money("123456.00", "INR") == "₹1,23,456.00" and view.money("1980", "JPY") == "¥1,980"
    assert view.money("1049", "GBP") == "£1,049.00"


@pytest.mark.parametrize(("amount", "currency", "text"), [
    ("1980", "JPY", "1980"), ("1980.50", "JPY", "1980.50"), ("5000", "KRW", "5000"), ("12.9", "USD", "12.90"),
    ("1.5", "KWD", "1.500"), ("7", None, "7.00")])
def test_amount_text(amount: str, currency: str | None, text: str) -> None:
    from dataexam.csvstream import amount_text

    assert amount_text(Decimal(amount), currency) == text
