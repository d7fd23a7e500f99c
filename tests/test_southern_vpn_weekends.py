"""A US VPN exit every weekend, the activity on home's clock, beside real trips to the US (T37 H4 and M1).

H4: a Sydney or Brisbane resident with a US exit every weekend (Friday evening to Sunday night, on Sydney's clock)
was "7 trips abroad: US …" (high), while a Tokyo resident with the same pattern was right. Sydney's and Brisbane's
switches are too quick for the distance (Australia to Hawaii ≥ 9 h), so each weekend was read on its own and had to
fit home's clock by 3 nats against some twenty US clocks, two days against a profile of weekdays; one weekend in
fifteen missed it. Now a run of an exit country is a stay only where it fits one of the country's own clocks. An
Auckland resident's (UTC+12, +13 in the southern summer) weekends were "54 trips" (the summer ones): Honolulu's clock,
22 h behind, keeps Auckland's hours of the day 1–2 h off, and the US was read "on its own clock", never an exit.
Clocks are now compared round the clock.

M1: a Berlin resident with a US exit at weekends and a New York holiday ending on a Friday: the exit's weekend
right after it, no German login between, was part of the holiday ("US 1–10 Mar" for 1–8 Mar). A stay's first and
last days on home's clock are now the exit's.

People are invented: records built directly as events (IPs per country invented, as in tests/test_border_nights).
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from functools import cache
from zoneinfo import ZoneInfo

import pytest
from test_inference_synth import Stream, local
from test_move_dates import _day

from dataexam.inference import infer
from dataexam.inference.clock_exits import _clock_apart_h

IPS = {"US": "73.10.0.5", "DE": "91.64.0.1", "AU": "1.128.0.1", "NZ": "49.224.0.1", "BR": "177.0.0.1",
       "CL": "200.27.0.1", "ZA": "102.132.0.1", "JP": "60.33.0.9"}
FIRST = date(2023, 1, 2)  # a Monday
DAYS = 730
NOW = datetime(2025, 1, 5, tzinfo=UTC)
SYDNEY, LOS_ANGELES, NEW_YORK, BERLIN = "Australia/Sydney", "America/Los_Angeles", "America/New_York", "Europe/Berlin"
HOMES = {SYDNEY: "AU", "Australia/Brisbane": "AU", "Pacific/Auckland": "NZ", "America/Santiago": "CL",
         "America/Sao_Paulo": "BR", "Africa/Johannesburg": "ZA", "Asia/Tokyo": "JP"}


def _logins(s: Stream, zone: str, d: date, cc: str, hours: tuple[float, ...]) -> list:
    z = ZoneInfo(zone)
    return [s.ev(local(z, d, h), "twitter.login", None, ip=IPS[cc]) for h in hours]


def _part(rng: random.Random, s: Stream, zone: str, d: date, lo: float, hi: float, n: int) -> list:
    z = ZoneInfo(zone)
    return [s.ev(local(z, d, rng.uniform(lo, hi)), "twitter.tweet", "Cooking pasta tonight and a bike ride tomorrow")
            for _ in range(n)]


def _home_day(rng: random.Random, s: Stream, zone: str, d: date, cc: str) -> list:
    """A day on ``zone``'s clock, logins from ``cc``: a VPN where not home's."""
    hours = (8.8, 14.2, 23.0) if d.weekday() < 5 else (10.0, 14.0, 19.0, 23.0)
    return _day(rng, s, zone, d) + _logins(s, zone, d, cc, hours)


@cache
def _report(zone: str, seed: int, trips: tuple[tuple[date, date], ...] = (), there: str = LOS_ANGELES,
            vpn: bool = True, back_days: int = 1, include_sensitive: bool = False):
    """Two years at ``zone``: a US exit from Friday evening to Sunday night (on home's clock) with ``vpn``, and the
    ``trips`` (first, last day) to ``there`` on its clock: out after a morning at home, the last day there to 19:00,
    home again ``back_days`` later (the flight; a day in the air across the Pacific)."""
    cc = HOMES.get(zone, "DE")
    rng, s, ev = random.Random(seed), Stream("x.zip"), []
    for i in range(DAYS):
        d = FIRST + timedelta(days=i)
        trip = next(((a, b) for a, b in trips if a <= d <= b + timedelta(days=back_days - 1)), None)
        if trip and d > trip[1]:
            continue  # in the air
        if trip and d == trip[0]:
            # a weekend morning at home behind the exit, then the flight
            ev += (_part(rng, s, zone, d, 7.0, 9.5, 2) + _logins(s, zone, d, "US" if vpn and d.weekday() >= 5 else cc,
                                                                  (7.5,))
                   + _part(rng, s, there, d, 16.0, 23.5, 5) + _logins(s, there, d, "US", (17.0, 22.0)))
        elif trip and d == trip[1]:
            ev += _part(rng, s, there, d, 8.0, 19.0, 7) + _logins(s, there, d, "US", (9.0, 13.0, 18.0))
        elif trip:
            ev += _home_day(rng, s, there, d, "US")
        elif vpn and d.weekday() == 4:
            ev += _day(rng, s, zone, d) + _logins(s, zone, d, cc, (8.8, 14.2)) + _logins(s, zone, d, "US", (19.0, 22.5))
        else:
            ev += _home_day(rng, s, zone, d, "US" if vpn and d.weekday() >= 5 else cc)
    return infer(sorted(ev, key=lambda e: e.sort_key), now=NOW, include_sensitive=include_sensitive)


def _trips(r) -> list[tuple[str, str, str]]:
    return [(t["country"], t["start"], t["end"]) for t in r.finding("trips").value or []]


def _exits(r) -> list[tuple[str, bool | None]]:
    return [(e["country"], e.get("keeps_home_clock")) for e in r.finding("home").value.get("proxy_exits") or []]


#: the holidays beside the exit: Tuesday–Thursday (the weekend after it at home behind the exit, a day in the air
#: between), Wednesday–Thursday, Wednesday–Saturday (4 days), Tuesday–Saturday
TRIPS = ((date(2023, 5, 9), date(2023, 5, 18)), (date(2023, 8, 2), date(2023, 8, 10)),
         (date(2024, 2, 14), date(2024, 2, 17)), (date(2024, 10, 8), date(2024, 10, 12)))
#: a Berlin resident's New York holidays: ending on a Thursday, a Saturday (the Sunday after behind the exit), a
#: Friday (the whole weekend after behind the exit), and begun on a Saturday and a Sunday (the Friday evening, and
#: the Saturday, behind the exit just before; the day's morning login at home through it)
NY_HOLIDAYS = ((date(2023, 5, 9), date(2023, 5, 18)), (date(2023, 9, 16), date(2023, 9, 23)),
               (date(2023, 11, 11), date(2023, 11, 19)), (date(2024, 3, 1), date(2024, 3, 8)),
               (date(2024, 6, 9), date(2024, 6, 18)))


@pytest.mark.parametrize(("zone", "cc"), [(SYDNEY, "AU"), ("Australia/Brisbane", "AU"), ("Pacific/Auckland", "NZ"),
                                          ("Africa/Johannesburg", "ZA"), ("Asia/Tokyo", "JP")])
def test_a_us_exit_every_weekend_on_home_s_clock_is_no_trip(zone: str, cc: str) -> None:
    # before (the tester's seeds.py, this seed): Sydney "7 trip(s) abroad: US 2023-04-14–2023-04-16, …" (high),
    # Brisbane 6, Auckland "54 trip(s) abroad" and "Your weekends in United States (104 of 104 weekends with a
    # record) are a second home"; Tokyo and Johannesburg (the controls) right before and after
    r = _report(zone, 8)
    home, trips = r.finding("home"), r.finding("trips")
    assert (r.finding("timezone").value["zone"], home.value["country"]) == (zone, cc)
    assert [e[0] for e in _exits(r)] == ["US"]
    assert home.value.get("weekend_home") is None
    assert (_trips(r), str(trips.confidence), trips.summary) == ([], "high", "No trips abroad seen.")


def test_another_sydney_resident_s_us_weekends_stay_at_home() -> None:
    # the tester's other seed, before: "2 trip(s) abroad: US 2023-04-21–2023-04-23, US 2024-05-17–2024-05-19"
    r = _report(SYDNEY, 9)
    assert (_trips(r), r.finding("trips").summary) == ([], "No trips abroad seen.")
    assert _exits(r) == [("US", None)]  # switching with Australia faster than travel allows


@pytest.mark.parametrize("vpn", [True, False])
def test_real_trips_from_sydney_to_los_angeles_stay_trips_beside_the_exit(vpn: bool) -> None:
    # before, with the exit: "US 2023-05-09–2023-05-21" (the weekend after the holiday behind the exit joined it),
    # "US 2023-08-02–2023-08-13", and two weekends at home behind it as trips (2023-09-15, 2024-05-17)
    r = _report(SYDNEY, 1, TRIPS, back_days=2, vpn=vpn)
    assert r.finding("home").value["country"] == "AU"
    assert _trips(r) == [("US", a.isoformat(), b.isoformat()) for a, b in TRIPS]
    assert str(r.finding("trips").confidence) == "high"
    assert [e[0] for e in _exits(r)] == (["US"] if vpn else [])


@pytest.mark.parametrize("vpn", [True, False])
def test_a_new_york_holiday_ends_and_begins_where_its_clock_does(vpn: bool) -> None:
    # T37 M1, before: "US 2023-09-15–2023-09-24", "US 2023-11-10–2023-11-19", "US 2024-03-01–2024-03-10" and
    # "US 2024-06-07–2024-06-18": the exit's days on Berlin's clock just before or after a holiday, no German login
    # between, were the holiday's
    r = _report(BERLIN, 1, NY_HOLIDAYS, there=NEW_YORK, vpn=vpn)
    home = r.finding("home")
    assert (r.finding("timezone").value["zone"], home.value["country"], home.value.get("weekend_home")) == \
        (BERLIN, "DE", None)
    assert _exits(r) == ([("US", True)] if vpn else [])
    assert _trips(r) == [("US", a.isoformat(), b.isoformat()) for a, b in NY_HOLIDAYS]
    assert str(r.finding("trips").confidence) == "high"


def test_clocks_are_apart_round_the_clock() -> None:
    # Honolulu (UTC−10) from Auckland (UTC+12; +13 in the southern summer) and from Chatham (UTC+13:45): 22, 23 and
    # 23.75 h behind are 2, 1 and 0.25 h of the day apart; New York from Sydney 14 h behind, 10 h apart
    assert [_clock_apart_h([s]) for s in (-22.0, -23.0, -23.75, -14.0, 6.0, 12.0)] == [2.0, 1.0, 0.25, 10.0, 6.0, 12.0]
    assert _clock_apart_h([-21.0, -16.0]) == 3.0
    assert _clock_apart_h([]) == 0.0
