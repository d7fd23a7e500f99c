"""A VPN exit used every day beside real trips to its country, and an exit used for every login (T37 H3, M4).

H3: a London resident logging in from the UK at 08:00 and 13:00 and through a US exit at 19–22 every evening (London's
clock), with two 10-day New York holidays (on New York's clock, US logins alone), was "Berlin time", "Home unclear: your
logins come from United States (100% of the days with a login) … a VPN exit (then you live elsewhere), or night
work?" and trips "unclear", beside 1,460 UK logins. The holidays gave the US more login days than the UK (the home
the exits switch with was the country of most days), and their logins put the exit's impossible switches (19:00 alone,
6 h after 13:00, 5.2 h of travel) under a quarter of its logins. Toronto, Tokyo and Sydney residents likewise.
M4: every login through a US exit, activity on Berlin's clock, one German login a month: "Home unclear … United
States", "23 logins from Germany set aside … (a VPN or proxy exit, not a place you were)".

People are invented: records built directly as events (test_move_dates._day: eight tweets a day, awake 07:00–23:30
on weekdays, 09:00–01:30 at weekends), logins from country-level addresses.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

import pytest
from test_clock_exits_weekends import _logins, _part
from test_inference_synth import Stream
from test_move_dates import _day

from dataexam.inference import infer
from dataexam.report import view

FIRST = date(2023, 1, 2)  # a Monday
DAYS = 730
NOW = datetime(2025, 1, 5, tzinfo=UTC)
NEW_YORK = "America/New_York"
#: two 10-day New York holidays (Tuesday to Thursday of the next week; home again on the Friday)
HOLIDAYS = ((date(2023, 5, 9), date(2023, 5, 18)), (date(2024, 8, 6), date(2024, 8, 15)))


def _holiday_day(rng: random.Random, s: Stream, home: str, hcc: str, d: date, first: date, last: date) -> list:
    """A day of a New York holiday: the morning at home and the evening in New York on the first, New York's clock
    and US logins alone on the others."""
    if d == first:
        return (_part(rng, s, home, d, 7.0, 9.5, 2) + _part(rng, s, NEW_YORK, d, 16.0, 23.5, 5)
                + _logins(s, home, d, hcc, (7.5,)) + _logins(s, NEW_YORK, d, "US", (17.0, 22.0)))
    if d == last:
        return _part(rng, s, NEW_YORK, d, 8.0, 19.0, 7) + _logins(s, NEW_YORK, d, "US", (9.0, 13.0, 18.0))
    return _day(rng, s, NEW_YORK, d) + _logins(s, NEW_YORK, d, "US", (8.8, 14.2, 23.0))


def _evening_exit(home: str, hcc: str, holidays: tuple[tuple[date, date], ...]) -> list:
    """Two years at ``home``: logins from ``hcc`` at 08:00 and 13:00, through a US exit at 19–22 every evening (home's
    clock), ``holidays`` spent in New York."""
    rng, s, ev = random.Random(7), Stream("x.zip"), []
    for i in range(DAYS):
        d = FIRST + timedelta(days=i)
        hol = next(((a, b) for a, b in holidays if a <= d <= b), None)
        if hol:
            ev += _holiday_day(rng, s, home, hcc, d, *hol)
        else:
            ev += _day(rng, s, home, d) + _logins(s, home, d, hcc, (8.0, 13.0)) \
                + _logins(s, home, d, "US", (19.0, 20.0, 21.0, 22.0))
    return sorted(ev, key=lambda e: e.sort_key)


def _findings(events: list) -> tuple:
    r = infer(events, now=NOW)
    return r.finding("timezone"), r.finding("home"), r.finding("trips")


def _trip_spans(trips) -> list[tuple[str, date, date]]:
    return [(t["country"], date.fromisoformat(t["start"]), date.fromisoformat(t["end"])) for t in trips.value or []]


@pytest.mark.parametrize(("zone", "hcc", "holidays"), [
    ("Europe/London", "GB", HOLIDAYS), ("Europe/London", "GB", ()), ("Europe/Berlin", "DE", HOLIDAYS),
    ("America/Toronto", "CA", HOLIDAYS), ("Asia/Tokyo", "JP", HOLIDAYS)])
def test_an_evening_exit_every_day_stays_an_exit_beside_holidays_in_its_country(
        zone: str, hcc: str, holidays: tuple[tuple[date, date], ...]) -> None:
    tz, home, trips = _findings(_evening_exit(zone, hcc, holidays))
    assert tz.value["zone"] == zone
    assert home.value["country"] == hcc
    assert view.headline(home.to_dict()).startswith("You most likely live in")
    assert str(home.confidence) == "high"
    exits = {e["country"]: e["switches_with"] for e in home.value["proxy_exits"]}
    assert exits == {"US": hcc}
    # the holidays are the trips, each within a day of its dates (Toronto's first evening is one clock from home)
    spans = _trip_spans(trips)
    assert [cc for cc, _a, _b in spans] == ["US"] * len(holidays)
    for (_cc, a, b), (first, last) in zip(spans, holidays, strict=True):
        assert abs((a - first).days) <= 1 and abs((b - last).days) <= 1
    if not holidays:
        assert trips.summary == "No trips abroad seen."


def test_a_londoner_without_a_vpn_keeps_the_holidays_as_trips() -> None:
    # the control: the same London resident, every evening's logins from home
    rng, s, ev = random.Random(7), Stream("x.zip"), []
    for i in range(DAYS):
        d = FIRST + timedelta(days=i)
        hol = next(((a, b) for a, b in HOLIDAYS if a <= d <= b), None)
        ev += _holiday_day(rng, s, "Europe/London", "GB", d, *hol) if hol else \
            _day(rng, s, "Europe/London", d) + _logins(s, "Europe/London", d, "GB", (8.0, 13.0, 19.0, 22.0))
    tz, home, trips = _findings(sorted(ev, key=lambda e: e.sort_key))
    assert (tz.value["zone"], home.value["country"]) == ("Europe/London", "GB")
    assert home.value.get("proxy_exits") is None
    assert [(cc, a, b) for cc, a, b in _trip_spans(trips)] == [("US", *h) for h in HOLIDAYS]


def test_a_move_to_new_york_is_no_exit() -> None:
    # the control: Berlin in 2023, New York from 2024 (activity and logins on New York's clock), the US logins more
    # days than Germany's: a move, nothing set aside
    rng, s, ev = random.Random(3), Stream("x.zip"), []
    for i in range(DAYS):
        d = FIRST + timedelta(days=i)
        zone, cc = ("Europe/Berlin", "DE") if d.year == 2023 else (NEW_YORK, "US")
        ev += _day(rng, s, zone, d) + _logins(s, zone, d, cc, (8.0, 13.0, 19.0, 22.0))
    _tz, home, _trips = _findings(sorted(ev, key=lambda e: e.sort_key))
    assert home.value["country"] == "US"
    assert home.summary.startswith("You most likely live in the United States since Jan 2024 (before: Germany)")
    assert home.value.get("proxy_exits") is None


def test_every_login_through_an_exit_and_one_from_home_a_month() -> None:
    # M4: every login through a US exit, on Berlin's clock at all hours; a German login at noon on the first of each
    # month. Before: "Home unclear: your logins come from United States", "23 logins from Germany set aside … a VPN"
    rng, s, ev = random.Random(7), Stream("x.zip"), []
    for i in range(DAYS):
        d = FIRST + timedelta(days=i)
        ev += _day(rng, s, "Europe/Berlin", d) + _logins(s, "Europe/Berlin", d, "US", (8.8, 14.2, 23.0))
        if d.day == 1:
            ev += _logins(s, "Europe/Berlin", d, "DE", (12.0,))
    tz, home, trips = _findings(sorted(ev, key=lambda e: e.sort_key))
    assert (tz.value["zone"], str(tz.confidence)) == ("Europe/Berlin", "high")
    assert home.value["country"] == "DE"
    assert home.summary.startswith("You most likely live in Germany")
    # the German logins are few (24 days): low, the rule of few login days
    assert str(home.confidence) == "low"
    assert [(e["country"], e["switches_with"], e["days"]) for e in home.value["proxy_exits"]] == [("US", "DE", DAYS)]
    said = " ".join(home.caveats)
    assert "logins from the United States set aside" in said and "from Germany set aside" not in said
    assert trips.summary == "No trips abroad seen."
