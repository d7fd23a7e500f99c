"""The clock-kept exit rule (T36 H2) against real weekend stays and holidays (T36B, pass 37).

(a) A London resident's every-other-weekend Istanbul stays (Friday evening to Sunday evening, Turkish logins, the
activity on Istanbul's clock, UTC+3) were a VPN exit, "No trips abroad seen": the weekend days were compared with
home's weekdays, and the weekend lie-in (later to bed, later up) cancelled the 3 h eastward shift. A Berlin
resident's weekend stays in Dubai likewise. (b) A Berlin resident with a US VPN at weekends (activity on Berlin's
clock) lost two real 10-day New York holidays (activity on New York's clock) with the whole country set aside.

People are invented: records built directly as events.
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
from dataexam.inference.proxies import find_exits

IPS = {"US": "73.10.0.5", "DE": "91.64.0.1", "GB": "81.2.69.142", "TR": "78.160.0.1", "AE": "5.160.0.1",
       "JP": "60.33.0.9", "FR": "90.0.0.1", "CA": "24.114.0.1"}
FIRST = date(2023, 1, 2)  # a Monday
DAYS = 730
NOW = datetime(2025, 1, 5, tzinfo=UTC)
LONDON, BERLIN = "Europe/London", "Europe/Berlin"
AWAY = {"TR": "Europe/Istanbul", "AE": "Asia/Dubai", "US": "America/New_York", "JP": "Asia/Tokyo",
        "FR": "Europe/Paris"}
#: (b)'s two 10-day New York holidays (Tuesday to Thursday of the next week; back on the Friday morning)
HOLIDAYS = ((date(2023, 5, 9), date(2023, 5, 18)), (date(2024, 8, 6), date(2024, 8, 15)))
#: the mix's one 10-day New York trip
MIX_TRIP = ((date(2023, 9, 12), date(2023, 9, 21)),)


def _part(rng: random.Random, s: Stream, zone: str, d: date, lo: float, hi: float, n: int) -> list:
    """``n`` tweets between local hours ``lo`` and ``hi`` of ``d`` at ``zone``."""
    z = ZoneInfo(zone)
    return [s.ev(local(z, d, rng.uniform(lo, hi)), "twitter.tweet", "Cooking pasta tonight and a bike ride tomorrow")
            for _ in range(n)]


def _logins(s: Stream, zone: str, d: date, cc: str, hours: tuple[float, ...]) -> list:
    z = ZoneInfo(zone)
    return [s.ev(local(z, d, h), "twitter.login", None, ip=IPS[cc]) for h in hours]


def _home_day(rng: random.Random, s: Stream, zone: str, d: date, cc: str) -> list:
    """A day at ``zone`` (the synth scripts' std_day), logins from ``cc`` on its clock: a VPN where not home's."""
    hours = (8.8, 14.2, 23.0) if d.weekday() < 5 else (10.0, 14.0, 19.0, 23.0)
    return _day(rng, s, zone, d) + _logins(s, zone, d, cc, hours)


def _weekend_away(rng: random.Random, s: Stream, home: tuple[str, str], cc: str, d: date) -> list:
    """Friday evening to Sunday evening in ``cc`` (on its clock and its logins), the rest of the days at home."""
    zone, there = home[0], AWAY[cc]
    wd = d.weekday()
    if wd == 4:  # out after work
        return (_part(rng, s, zone, d, 7.0, 15.0, 5) + _part(rng, s, there, d, 20.5, 25.5, 3)
                + _logins(s, zone, d, home[1], (8.8, 14.2)) + _logins(s, there, d, cc, (21.0, 23.0)))
    if wd == 5:
        return _day(rng, s, there, d) + _logins(s, there, d, cc, (10.0, 14.0, 19.0, 23.0))
    # Sunday: back in the evening
    return (_part(rng, s, there, d, 9.0, 16.0, 5) + _part(rng, s, zone, d, 20.0, 23.5, 3)
            + _logins(s, there, d, cc, (10.0, 14.0)) + _logins(s, zone, d, home[1], (21.0, 23.0)))


def _holiday(rng: random.Random, s: Stream, home: tuple[str, str], cc: str, d: date, first: date, last: date) -> list:
    """A stay in ``cc`` from ``first`` (out in the morning) to ``last`` (the night flight home), on its clock."""
    there = AWAY[cc]
    if d == first:
        return (_part(rng, s, home[0], d, 7.0, 9.5, 2) + _part(rng, s, there, d, 16.0, 23.5, 5)
                + _logins(s, home[0], d, home[1], (7.5,)) + _logins(s, there, d, cc, (17.0, 22.0)))
    if d == last:
        return _part(rng, s, there, d, 8.0, 19.0, 7) + _logins(s, there, d, cc, (9.0, 13.0, 18.0))
    return _home_day(rng, s, there, d, cc)


@cache
def _report(case: str, every: int = 2):
    """Two years of one invented person (``case``: istanbul, dubai, vpn_ny, mix, paris, paris_vpn; the weekends
    away every ``every``-th week)."""
    home = (LONDON, "GB") if case in ("istanbul", "mix") else (BERLIN, "DE")
    trips = HOLIDAYS if case == "vpn_ny" else MIX_TRIP if case == "mix" else ()
    away = {"istanbul": "TR", "dubai": "AE", "mix": "TR", "paris": "FR", "paris_vpn": "FR"}.get(case)
    vpn_weekends = case in ("vpn_ny", "mix", "paris_vpn")
    rng, s, ev = random.Random(37), Stream("x.zip"), []
    for i in range(DAYS):
        d = FIRST + timedelta(days=i)
        wd, on = d.weekday(), (i // 7) % every == 0
        trip = next(((a, b) for a, b in trips if a <= d <= b), None)
        if trip:
            ev += _holiday(rng, s, home, "US", d, *trip)
        elif away and on and wd >= 4:
            ev += _weekend_away(rng, s, home, away, d)
        elif vpn_weekends and wd >= 4 and not (away and on):
            # a US exit from Friday evening to Sunday night, the activity on home's clock throughout
            if wd == 4:
                ev += (_day(rng, s, home[0], d) + _logins(s, home[0], d, home[1], (8.8, 14.2))
                       + _logins(s, home[0], d, "US", (19.0, 22.5)))
            else:
                ev += _home_day(rng, s, home[0], d, "US")
        else:
            ev += _home_day(rng, s, home[0], d, home[1])
    return infer(sorted(ev, key=lambda e: e.sort_key), now=NOW)


def _weekends(cc: str, every: int = 2, but: tuple[tuple[date, date], ...] = ()) -> list[tuple[str, str, str]]:
    """(country, Friday, Sunday) of the weekend stays every ``every``-th week, those within ``but`` left out."""
    fridays = [FIRST + timedelta(days=7 * w + 4) for w in range(0, DAYS // 7, every)]
    return [(cc, f.isoformat(), (f + timedelta(days=2)).isoformat()) for f in fridays
            if not any(a <= f <= b for a, b in but)]


def _trips(r) -> list[tuple[str, str, str]]:
    return [(t["country"], t["start"], t["end"]) for t in r.finding("trips").value or []]


def test_istanbul_weekends_one_in_three_are_trips_not_an_exit() -> None:
    # before: "280 logins from Türkiye set aside: your activity on their days keeps United Kingdom's clock",
    # "No trips abroad seen" (every other weekend: 416 logins)
    r = _report("istanbul", 3)
    home, trips = r.finding("home"), r.finding("trips")
    assert (r.finding("timezone").value["zone"], home.value["country"]) == (LONDON, "GB")
    assert home.value.get("proxy_exits") is None and home.value.get("weekend_home") is None
    assert _trips(r) == _weekends("TR", 3)
    assert (str(trips.confidence), trips.summary.split(":")[0]) == ("high", "35 trip(s) abroad")
    assert not any("set aside" in c for c in trips.caveats)


def test_istanbul_every_other_weekend_is_a_place_not_an_exit() -> None:
    # half the weekends there: the weekend rule's second home (WEEKEND_MIN_SHARE), as before the clock rule; never
    # "set aside … a VPN or proxy exit"
    r = _report("istanbul")
    home, trips = r.finding("home"), r.finding("trips")
    assert home.value.get("proxy_exits") is None
    assert (home.value["weekend_home"]["country"], home.value["weekend_home"]["weekends"]) == ("TR", 52)
    assert "Your weekends in Türkiye (52 of 104 weekends with a record) are a second home" in trips.summary
    assert r.finding("timezone").value["zone"] == LONDON


def test_dubai_weekends_of_a_berlin_resident_are_trips() -> None:
    r = _report("dubai", 3)
    home, trips = r.finding("home"), r.finding("trips")
    assert (r.finding("timezone").value["zone"], home.value["country"]) == (BERLIN, "DE")
    assert home.value.get("proxy_exits") is None
    assert _trips(r) == _weekends("AE", 3)
    assert str(trips.confidence) == "high"
    assert _report("dubai").finding("home").value["weekend_home"]["country"] == "AE"  # every other: a second home


def test_new_york_holidays_are_kept_beside_a_us_exit_at_weekends() -> None:
    # before: "1,082 logins from United States set aside", "No trips abroad seen"
    r = _report("vpn_ny")
    tz, home, trips = r.finding("timezone"), r.finding("home"), r.finding("trips")
    assert (tz.value["zone"], home.value["country"], home.value.get("weekend_home")) == (BERLIN, "DE", None)
    assert home.value["proxy_exits"] == [{"country": "US", "logins": 1020, "days": 306, "switches_with": "DE",
                                          "keeps_home_clock": True, "clock_gap_hours": 6.0}]
    assert _trips(r) == [("US", a.isoformat(), b.isoformat()) for a, b in HOLIDAYS]
    assert str(trips.confidence) == "high"
    said = ("1,020 logins from the United States set aside: your activity on their days keeps Germany's clock, "
            "6 h from "
            "theirs (a VPN or proxy exit, not a place you were).")
    assert said in trips.caveats


def test_a_us_exit_at_weekends_a_new_york_trip_and_istanbul_weekends() -> None:
    # a London resident: a US exit on the weekends at home, Istanbul every other weekend (3 h east in winter), ten
    # days in New York. Before: both countries set aside, "No trips abroad seen"
    r = _report("mix")
    home, trips = r.finding("home"), r.finding("trips")
    assert (r.finding("timezone").value["zone"], home.value["country"]) == (LONDON, "GB")
    assert [(e["country"], e.get("keeps_home_clock")) for e in home.value["proxy_exits"]] == [("US", True)]
    assert home.value.get("weekend_home") is None
    want = sorted(_weekends("TR", 2, MIX_TRIP) + [("US", a.isoformat(), b.isoformat()) for a, b in MIX_TRIP],
                  key=lambda t: t[1])
    assert _trips(r) == want
    assert (str(trips.confidence), len(want)) == ("high", 52)


@pytest.mark.parametrize("case", ["paris", "paris_vpn"])
def test_near_weekend_trips_are_kept_beside_a_far_exit_on_the_other_weekends(case: str) -> None:
    # T37 H2: a Berlin resident in Paris every sixth weekend (on Berlin's clock: no clock to tell), a US VPN at home
    # on the other weekends. Before: the exit's weekends counted as none with a record, France "17 of 18 weekends"
    # a second home, and not one Paris weekend a trip; without the VPN (the control) every one a trip
    r = _report(case, 6)
    home, trips = r.finding("home"), r.finding("trips")
    assert (home.value["country"], home.value.get("weekend_home")) == ("DE", None)
    exits = [(e["country"], e.get("keeps_home_clock")) for e in home.value.get("proxy_exits") or []]
    assert exits == ([("US", True)] if case == "paris_vpn" else [])
    assert _trips(r) == _weekends("FR", 6)
    assert str(trips.confidence) == "high"
    assert "second home" not in trips.summary


def _asleep(lo_q: int, hi_q: int) -> list[int]:
    """A UTC day's 96 quarter-hour presences, asleep from quarter ``lo_q`` to ``hi_q`` (round midnight if lo > hi)."""
    return [0 if (lo_q <= q < hi_q if lo_q < hi_q else q >= lo_q or q < hi_q) else 1 for q in range(96)]


@pytest.mark.parametrize(("away", "every", "exit_"), [
    ("dubai", 2, False), ("dubai", 1, False), ("vpn", 2, True), ("vpn", 1, True)])
def test_weekend_days_are_compared_with_home_s_weekends(away: str, every: int, exit_: bool) -> None:
    # Berlin in winter (UTC+1): asleep 22–06 UTC before a weekday, 00–08 UTC at weekends (the lie-in). Weekends in
    # the UAE (UTC+4) on Dubai's clock, lie-in too, asleep 21–05 UTC: 1 h from Berlin's weekdays, 3 h from its
    # weekends; behind a VPN, asleep on Berlin's weekend hours. Every weekend away: home's weekends read from its
    # weekdays (LIE_IN_MAX_H)
    days = [date(2024, 1, 8) + timedelta(days=i) for i in range(70)]
    hists, ip = {}, {}
    for i, d in enumerate(days):
        there = d.weekday() >= 5 and (i // 7) % every == 0
        weekend = d.weekday() >= 5
        hists[d] = _asleep(84, 20) if there and away == "dubai" else _asleep(0, 32) if weekend else _asleep(88, 24)
        ip[(d.toordinal() * 24 + 14, "AE" if there else "DE")] = 1
    found = find_exits(ip, day_hists=hists)
    assert (found is not None and found.clock == {"AE": 3.0}) == exit_


def test_a_move_to_tokyo_with_a_german_vpn_each_evening_is_a_move() -> None:
    # Berlin in 2023, Tokyo from 2024 (activity on Tokyo's clock), Japanese logins by day and German ones each
    # evening. Before: "You most likely live in Germany … (high)", "732 logins from Japan set aside: they switch with
    # Germany within hours", the quiet hours "on 20:15" Berlin time (low). Since T37 H3 the German evening logins
    # of the Tokyo year are the exit they are (Japan home on their days, the move read all the same)
    rng, s, ev = random.Random(5), Stream("x.zip"), []
    for i in range(DAYS):
        d = FIRST + timedelta(days=i)
        if d.year == 2023:
            ev += _home_day(rng, s, BERLIN, d, "DE")
        else:
            ev += _day(rng, s, AWAY["JP"], d) + _logins(s, AWAY["JP"], d, "JP", (8.8, 14.2)) \
                + _logins(s, AWAY["JP"], d, "DE", (20.0, 22.5))
    r = infer(sorted(ev, key=lambda e: e.sort_key), now=NOW)
    tz, home = r.finding("timezone"), r.finding("home")
    assert (tz.value["zone"], str(tz.confidence)) == ("Asia/Tokyo", "high")
    # the move's night is withheld: its month said by the window around it (WINDOW62: the month before, its month,
    # the month after), "Jan 2024" before
    assert home.summary.startswith("You most likely live in Japan since Dec 2023–Feb 2024 (before: Germany)")
    assert [(e["country"], e["switches_with"], e["days"]) for e in home.value["proxy_exits"]] == [("DE", "JP", 367)]
    assert "though most of your login days are there" not in " ".join(home.caveats)
