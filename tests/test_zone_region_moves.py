"""The thirtieth pass's T30B: a move inside one country seen by the shipping state (H1), and summer time read from
the zone's own ``dst()`` rather than a January/July difference (M1: Almaty's 2024 change of law read as summer
time)."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from test_inference_synth import Stream, local, person

from dataexam.inference import infer
from dataexam.inference.timezone import _dst_rule, law_periods
from dataexam.inference.zoneprior import shipping_zone
from dataexam.report.view import _h_timezone

NOW = datetime(2025, 7, 1, tzinfo=UTC)
US = {"shipping_country": "United States", "shipping_country_code": "US"}
KZ_IP = "2.72.115.204"


@pytest.mark.parametrize("zone,year,want", [
    ("Asia/Almaty", 2024, (20, False)),  # +6 → +5 on 2024-03-01 by law: no summer time since 2005
    ("Pacific/Apia", 2012, (52, True)),  # Samoa after skipping 30 Dec 2011: UTC+13 with summer time
    ("Europe/Moscow", 2014, (12, False)),  # +4 → +3 on 2014-10-26, the law at the year's end
    ("America/Mexico_City", 2022, (-24, True)),  # summer time until 30 Oct 2022
    ("America/Mexico_City", 2023, (-24, False)),
    ("Europe/Dublin", 2024, (0, True)),  # tzdata's negative winter "DST": GMT with summer time, as before
    ("Africa/Casablanca", 2024, (4, False)),  # Ramadan's hour back is no summer time
    ("America/Nuuk", 2023, (-12, True)),  # −3 → −2 in March 2023, kept as the summer time it looks like
])
def test_dst_rule_reads_the_zones_own_summer_time(zone: str, year: int, want: tuple[int, bool]) -> None:
    assert _dst_rule(zone, year, date(year, 12, 20)) == want


def test_almaty_2024_headline_agrees_with_its_law_periods() -> None:
    """T30B's M1: "UTC+5 with summer time; UTC+6 until 29 Feb 2024" (observes_dst true) for Almaty 2023–24."""
    s = Stream("twitter.zip")
    start = date(2023, 3, 6)
    extra = [s.ev(datetime(2023, 4, 1, tzinfo=UTC) + timedelta(days=5 * n, hours=6), "twitter.login", None, ip=KZ_IP)
             for n in range(120)]
    extra += [s.ev(None, "twitter.account", None, timezone="Almaty"),
              s.ev(None, "twitter.profile", None, location="Almaty")]
    events = sorted([*person("Asia/Almaty", days=650, start=start, per_day=8), *extra], key=lambda e: e.sort_key)
    tz = infer(events, now=NOW).finding("timezone")
    assert tz.value["zone"] == "Asia/Almaty"
    assert (tz.value["utc_offset_hours"], tz.value["observes_dst"]) == (5.0, False)
    laws = tz.value["law_periods"]
    assert [(p["utc_offset_hours"], p["observes_dst"]) for p in laws] == [(6.0, False), (5.0, False)]
    assert "summer time" not in tz.summary and "daylight" not in tz.summary
    assert law_periods("Asia/Almaty", date(2024, 1, 1), date(2024, 12, 20))[-1]["observes_dst"] is False


def test_shipping_zone_reads_the_state_or_the_town() -> None:
    assert shipping_zone("US", "CA", "Los Angeles") == "America/Los_Angeles"
    assert shipping_zone("US", "NY", "New York") == "America/New_York"
    assert shipping_zone("US", "TX", "El Paso") == "America/Denver"  # a state of two clocks: its town decides
    assert shipping_zone("US", "TX", None) is None
    assert shipping_zone("DE", None, "Berlin") == "Europe/Berlin"  # a country of one clock


def _orders(s: Stream, first: date, last: date, city: str, region: str) -> list:
    out, d, n = [], first, 0
    while d <= last:
        n += 1
        out.append(s.ev(datetime(d.year, d.month, d.day, 2, tzinfo=UTC), "amazon.order_item", "Coffee beans",
                        order_id=f"{city}{n}", shipping_city=city, shipping_region=region, **US))
        d += timedelta(days=7)
    return out


def test_a_move_new_york_to_los_angeles_with_the_same_utc_hours_is_seen_by_the_shipping_state() -> None:
    """T30B's H1 (era12): late hours in New York (awake to 02:30) keep the UTC hours of ordinary ones in Los Angeles,
    so the daily clock never changes; the logins say only "US". The orders ship to NY, then CA: an earlier home on
    New York's clock, Los Angeles since the move (it read New York throughout, the LA evenings' orders as night
    orders)."""
    s = Stream("amazon.zip")
    cut = date(2024, 1, 1)
    # the NY years: a Los Angeles day rhythm in UTC is a New Yorker awake three hours later
    before = person("America/Los_Angeles", days=(cut - date(2023, 1, 2)).days, start=date(2023, 1, 2), per_day=8)
    after = person("America/Los_Angeles", days=500, start=cut, seed=2, per_day=8)
    orders = [*_orders(s, date(2023, 1, 5), cut - timedelta(days=3), "New York", "NY"),
              *_orders(s, cut + timedelta(days=3), date(2025, 5, 1), "Los Angeles", "CA")]
    tz = infer(sorted([*before, *after, *orders], key=lambda e: e.sort_key), now=NOW).finding("timezone")
    assert tz.value["zone"] == "America/Los_Angeles"
    periods = tz.value["periods"]
    assert [p["zone"] for p in periods] == ["America/New_York", "America/Los_Angeles"]
    assert periods[0]["kind"] == "earlier home" and periods[1]["kind"] == "home"
    assert abs((date.fromisoformat(periods[1]["from"]) - cut).days) <= 7


# -- T30B's M7: a stay still open when the export ends, with a new address there --------------------------------
DE_IP, ES_IP = "5.1.64.1", "80.58.61.250"
EU = {"de": {"shipping_country": "Germany", "shipping_country_code": "DE", "shipping_city": "Berlin"},
      "es": {"shipping_country": "Spain", "shipping_country_code": "ES", "shipping_city": "Madrid"}}


def _berlin_then_madrid(new_address: bool) -> list:
    """Berlin 2023-01-02 … 2024-11-24, Madrid (the same clock) from 2024-11-25 to the end (2024-12-20): logins DE then
    ES (08, 13, 20 UTC), orders to Berlin monthly, and (``new_address``) a sofa bed to Madrid on 2024-11-28."""
    s = Stream("facebook.zip")
    move, end = date(2024, 11, 25), date(2024, 12, 20)
    start = date(2023, 1, 2)
    events = person("Europe/Berlin", days=(end - start).days + 1, start=start, per_day=6)
    rng = random.Random(19)
    d = start
    while d <= end:
        if rng.random() < 0.5:  # a login on half the days, as T30B's recentmove
            events.append(s.ev(datetime(d.year, d.month, d.day, rng.choice((8, 13, 20)), tzinfo=UTC),
                               "facebook.login", None, ip=ES_IP if d >= move else DE_IP))
        d += timedelta(days=1)
    a = Stream("amazon.zip")
    for i in range(22):
        t = datetime(2023, 1, 10, 18, tzinfo=UTC) + timedelta(days=30 * i)
        events.append(a.ev(t, "amazon.order_item", "Buch", order_id=f"d{i}", **EU["de"]))
    if new_address:
        events.append(a.ev(datetime(2024, 11, 28, 18, tzinfo=UTC), "amazon.order_item", "Sofá cama", order_id="e1",
                           **EU["es"]))
    return sorted(events, key=lambda e: e.sort_key)


def test_an_open_stay_with_a_new_address_is_a_trip_or_a_move_at_medium() -> None:
    from dataexam.inference import Confidence

    report = infer(_berlin_then_madrid(new_address=True), now=NOW)
    trips, home = report.finding("trips"), report.finding("home")
    last = trips.value[-1]
    assert (last["country"], last["open_at_end"], last["new_address_orders"]) == ("ES", True, 1)
    assert "2024-11-25" <= last["start"] <= "2024-11-30"
    assert trips.confidence != Confidence.HIGH and home.confidence != Confidence.HIGH
    assert "a trip or a move" in trips.summary
    assert any("a trip or a move" in c for c in home.caveats)


def test_an_open_stay_without_a_new_address_stays_a_trip() -> None:
    trips = infer(_berlin_then_madrid(new_address=False), now=NOW).finding("trips")
    assert trips.value and trips.value[-1]["country"] == "ES"
    assert "open_at_end" not in trips.value[-1]
    assert "a trip or a move" not in trips.summary


# -- T31B M8: a stint on another clock inside one country ---------------------------------------------------------
def _stint(home: str, away: str, ip: str) -> list:
    """``home`` 2023-01-02 … 2024-06-30, three months on ``away``'s clock (Jul–Sep 2024), ``home`` again to
    2025-05-30; tweets on each period's clock (test_inference_synth.person) and a login at 12:30 local on 60 % of
    the days, every one from ``ip`` (one country: no record says where in it)."""
    s, rng, events = Stream("facebook.zip"), random.Random(5), []
    for k, (zone, a, b) in enumerate([(home, date(2023, 1, 2), date(2024, 6, 30)),
                                      (away, date(2024, 7, 1), date(2024, 9, 30)),
                                      (home, date(2024, 10, 1), date(2025, 5, 30))]):
        events += person(zone, days=(b - a).days + 1, start=a, per_day=8, seed=1 + k)
        d = a
        while d <= b:
            if rng.random() < 0.6:
                events.append(s.ev(local(ZoneInfo(zone), d, 12.5), "facebook.login", None, ip=ip))
            d += timedelta(days=1)
    return sorted(events, key=lambda e: e.sort_key)


@pytest.mark.parametrize("home,away,ip", [
    ("America/New_York", "America/Los_Angeles", "8.8.8.8"),  # before: night or shift work, 76 late nights
    ("Europe/Moscow", "Asia/Krasnoyarsk", "95.24.0.1"),  # Novosibirsk's +7 (before: 79 late nights)
])
def test_a_stint_on_another_clock_of_the_country_is_read_on_that_clock(home: str, away: str, ip: str) -> None:
    report = infer(_stint(home, away, ip), now=datetime(2025, 6, 1, tzinfo=UTC))
    tz = report.finding("timezone")
    assert [(p["zone"], p["kind"]) for p in tz.value["periods"]] == [(home, "home"), (away, "stint"), (home, "home")]
    assert "a stint on another of the country's clocks" in _h_timezone(tz.value)
    assert "stay abroad" not in _h_timezone(tz.value) and not any("stay abroad" in c for c in tz.caveats)
    sleep, late = report.finding("sleep"), report.finding("late_nights")
    assert not sleep.value.get("shift_periods") and "shift work" not in sleep.summary
    assert (sleep.value["weekday"]["start"], sleep.value["weekday"]["end"]) == ("23:30", "07:00")
    assert int(late.value.get("listed") or 0) == 0
