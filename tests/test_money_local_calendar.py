"""Money on the person's calendar (the twenty-sixth pass's leftovers, fault 1): every money figure that buckets
by day, month or year reads the time-zone finding's zone — a move's periods too — and a date-only order keeps its
date. Invented values; each expected value is worked out in the test's docstring.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from test_inference_synth import Stream, merge, person

from dataexam.events import TimeSource
from dataexam.inference import infer
from dataexam.inference.engine import Context
from dataexam.inference.money import MoneyAggregator
from dataexam.inference.timezone import MovedZone
from dataexam.inference.trust import TrustAggregator


def at(y: int, m: int, d: int, h: int = 12, minute: int = 0) -> datetime:
    return datetime(y, m, d, h, minute, tzinfo=UTC)


def _finish(agg, events, zone=None, name: str | None = None) -> dict:
    for e in sorted(events, key=lambda e: e.sort_key):
        agg.consume(e)
    ctx = Context(include_sensitive=False, aggregators={agg.name: agg})
    ctx.sources = frozenset({"amazon"})
    if zone is not None:
        ctx.zone = ZoneInfo(zone) if isinstance(zone, str) else zone
        ctx.zone_name = name or (zone if isinstance(zone, str) else None)
    return {f.id: f for f in agg.finish(ctx)}


def test_new_years_eve_in_new_york_is_the_old_year_through_the_whole_report():
    """An order at 23:30 on 31 December 2023 in New York (04:30 UTC on 1 January 2024) beside twelve $10.00 orders
    of 2023 and one $5.00 order of February 2024, with fourteen months of New York tweets: the time-zone finding
    reads America/New_York, and spending counts $219.00 in 2023 (12 × 10 + 99) and $5.00 in 2024."""
    tweets = person("America/New_York", days=420, start=date(2023, 1, 2))
    s = Stream("amazon")
    orders = [s.ev(at(2023, m, 10, 17), "amazon.order_item", f"Item {m}", currency="USD", total="10.00",
                   order_id=f"o{m}") for m in range(1, 13)]
    orders.append(s.ev(at(2024, 1, 1, 4, 30), "amazon.order_item", "Party", currency="USD", total="99.00",
                       order_id="nye"))
    orders.append(s.ev(at(2024, 2, 1, 17), "amazon.order_item", "Feb", currency="USD", total="5.00", order_id="feb"))
    report = infer(merge(tweets, orders), now=at(2025, 1, 1))
    assert report.finding("timezone").value["zone"] == "America/New_York"
    spending = report.finding("spending").value
    assert spending["totals"] == {"USD": {"2023": "219.00", "2024": "5.00"}}
    assert spending["years_clock"] == "America/New_York"


def test_months_of_financial_stress_are_local_months():
    """Tokyo (+09:00): one order on the 15th of each month from September 2023 to August 2024 (12 months), and
    one at 20:00 UTC on 31 August 2024 — 05:00 on 1 September in Tokyo. Local months: 2023-09 … 2024-09, so the
    last six are 2024-04 … 2024-09; in UTC they were 2024-03 … 2024-08. A date-only order dated 1 June keeps
    June whatever the clock."""
    s = Stream()
    out = [s.ev(at(2023 + (m > 12), (m - 1) % 12 + 1, 15), "amazon.order_item", f"Thing {m}", currency="JPY",
                total="1980", order_id=f"j{m}") for m in range(9, 21)]
    out.append(s.ev(at(2024, 8, 31, 20), "amazon.order_item", "Late", currency="JPY", total="1980", order_id="late"))
    out += [s.ev(at(2024, 5, 20 + k), "amazon.order_item", f"More {k}", currency="JPY", total="1980",
                 order_id=f"m{k}") for k in range(7)]
    out.append(replace(s.ev(at(2024, 6, 1, 0), "amazon.order_item", "Dated", currency="JPY", total="1980",
                            order_id="d"), time_source=TimeSource.DATE_ONLY))
    tokyo = _finish(MoneyAggregator(), out, "Asia/Tokyo")["financial_stress"].value
    assert tokyo["recent_months"] == ["2024-04", "2024-09"]
    utc = _finish(MoneyAggregator(), out)["financial_stress"].value
    assert utc["recent_months"] == ["2024-03", "2024-08"]
    # the same on a Pacific clock: the date-only order of 1 June (00:00 UTC, 17:00 on 31 May in Los Angeles)
    # stays a June order; the months are those of UTC here (no order near another month's edge but the last)
    agg = MoneyAggregator()
    _finish(agg, out, "America/Los_Angeles")
    assert agg.month_items["2024-06"] == 2 and agg.month_items["2024-05"] == 8  # with the 15th's


def test_order_days_are_local_days():
    """New York: orders at 12:00 on 1 March, 23:30 on 2 March (04:30 UTC on 3 March) and 12:00 on 3 March, then
    noon on 4 and 5 March: local order days 1–5 March, every gap 1 day; in UTC the days are 1, 3, 4, 5 (gaps 2, 1,
    1: median 1) — so a sixth order at 23:30 on 6 March (UTC 7 March) and a seventh at noon on 8 March make the
    UTC gaps 2, 1, 1, 2, 1 and local ones 1, 1, 1, 1, 1, 2: the median is 1 either way, the count of days differs:
    7 local order days, 6 UTC ones."""
    s = Stream()
    ny = ZoneInfo("America/New_York")

    def local(d: int, h: int, minute: int = 0) -> datetime:
        return datetime(2024, 3, d, h, minute, tzinfo=ny).astimezone(UTC)

    times = [local(1, 12), local(2, 23, 30), local(3, 12), local(4, 12), local(5, 12), local(6, 23, 30),
             local(8, 12)]
    out = [s.ev(t, "amazon.order_item", f"Item {i}", currency="USD", total="10.00", order_id=f"o{i}")
           for i, t in enumerate(times)]
    agg = MoneyAggregator()
    _finish(agg, out, "America/New_York")
    assert agg.order_days(None) == [date(2024, 3, d) for d in (1, 3, 4, 5, 7, 8)]
    ctx = Context(include_sensitive=False, aggregators={})
    ctx.zone = ny
    assert agg.order_days(ctx.local_bin) == [date(2024, 3, d) for d in (1, 2, 3, 4, 5, 6, 8)]


def test_trust_regularity_and_monthly_cv_follow_the_local_calendar():
    """Twelve €100.00 orders, one a month at noon on the 10th, except January's at 23:30 on 31 January in New
    York (04:30 UTC on 1 February): on New York's calendar every month of 2024 has €100.00 (CV 0, regularity 1);
    in UTC January has nothing and February €200.00."""
    s = Stream()
    out = [s.ev(at(2024, m, 10, 16), "amazon.order_item", f"Item {m}", currency="EUR", total="100.00",
                order_id=f"e{m}") for m in range(2, 13)]
    out.append(s.ev(at(2024, 2, 1, 4, 30), "amazon.order_item", "January", currency="EUR", total="100.00",
                    order_id="jan"))
    trust = _finish(TrustAggregator(), out, "America/New_York")["trust_score"].value
    assert trust["factors"]["fulfilment_capacity"]["inputs"]["regularity"] == 1.0
    assert _finish(MoneyAggregator(), out, "America/New_York")["spending"].value["monthly_cv"] == 0.0
    assert _finish(MoneyAggregator(), out)["spending"].value["monthly_cv"] > 0.2
    utc = _finish(TrustAggregator(), out)["trust_score"].value
    assert utc["factors"]["fulfilment_capacity"]["inputs"]["regularity"] < 0.8


def test_a_moves_periods_date_each_order_on_its_own_clock():
    """Berlin until 1 October 2023, New York from then on (a MovedZone, as the time-zone finding's periods give):
    an order at 00:30 on 1 July 2023 in Berlin (22:30 UTC on 30 June) is a July order, and one at 23:30 on 31
    December 2023 in New York (04:30 UTC on 1 January 2024) is a 2023 order. Totals: 2023 = €10.00 + €20.00 +
    €30.00 (March); 2024 = €40.00 (June)."""
    zone = MovedZone(ZoneInfo("Europe/Berlin"), ZoneInfo("America/New_York"), at(2023, 10, 1, 0))
    s = Stream()
    out = [s.ev(at(2023, 6, 30, 22, 30), "amazon.order_item", "Summer", currency="EUR", total="10.00", order_id="a"),
           s.ev(at(2024, 1, 1, 4, 30), "amazon.order_item", "Party", currency="EUR", total="20.00", order_id="b"),
           s.ev(at(2023, 3, 5), "amazon.order_item", "Spring", currency="EUR", total="30.00", order_id="c"),
           s.ev(at(2024, 6, 5), "amazon.order_item", "June", currency="EUR", total="40.00", order_id="d")]
    agg = MoneyAggregator()
    spending = _finish(agg, out, zone, "America/New_York")["spending"].value
    assert spending["totals"] == {"EUR": {"2023": "60.00", "2024": "40.00"}}
    assert dict(agg.month_items) == {"2023-03": 1, "2023-07": 1, "2023-12": 1, "2024-06": 1}
