"""Short trips beside a far weekly VPN exit to the same country whose clock lies near home's (T40). People are
invented: test_far_weekend_exit's year at home, a US exit from Friday evening to Sunday night on home's clock.

1. A São Paulo resident's New York trip Wednesday to Friday, Sunday to Thursday or Thursday to Monday, and an
   Auckland resident's Honolulu one, read "No trips abroad seen." (a Sydney resident's Los Angeles ones were found):
   their days with logins there alone, four or fewer with the exit's weekend beside them, were too few for a stay,
   and the clocks (an hour or two apart round the clock) cannot tell them. The weekdays the exit is alone on
   (Saturday, Sunday) do: a short run holding two days or more off them is a stay of those days
   (clock_exits._odd_days_stay, runs_on_home_clock ``weekly``).
2. A São Paulo night worker's New York holiday 3–12 Oct, lived by day, read "3–15 Oct": near clocks left the stay
   to run to the next home login, over the exit's Friday to Sunday; its activity hours off home's tells its edges.
3. T40B: a Tuesday-evening-to-Wednesday trip there (one day alone there, a night there) read "No trips abroad seen."
   for São Paulo, Buenos Aires and Johannesburg residents, and an Auckland resident's Honolulu Wednesday–Friday
   "10–11 May": Honolulu's Friday is Auckland's Saturday, a day of the exit on home's dates
   (clock_exits._stay_days). These people are built with home and trip apart in time (``_trip_report``).
5. T41B: a Tokyo resident's Tuesday–Thursday or Monday–Wednesday New York trip, whose last UTC day also holds
   Friday morning's login at home, and a Mumbai resident's two-day London trips (Monday–Tuesday to Thursday–Friday),
   whose London days fit either clock, beside such an exit, read "No trips abroad seen.": a day there is the
   stay's beside a night slept there on its clock, quiet around it (clock_exits._nights_beside, quiet_around;
   moves' _nights_there), while the exit left on whole Wednesdays stays no trip.
4. T41: a Berlin or Perth resident's Monday–Tuesday to Thursday–Friday New York (Los Angeles) trip, a Mumbai
   resident's Tuesday–Thursday London one, beside a weekend exit the clock tells, read "No trips abroad seen.":
   short runs of a clock apart were the exit's whole (clock_exits._gains_on_their_clock).
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from functools import cache
from zoneinfo import ZoneInfo

import pytest
from test_far_weekend_exit import PEOPLE, _report, _trips
from test_inference_synth import Stream, local
from test_nightshift_vpn import DAYS, FIRST, IPS, NOW, _login
from test_nightshift_vpn import _trips as _night_trips

from dataexam.inference import infer
from dataexam.report import view

PEOPLE.setdefault("Pacific/Auckland", ("NZ", "US", "Pacific/Honolulu"))  # the shared table, with this person
IPS.setdefault("BR", "177.0.0.1")  # test_southern_vpn_weekends' Brazilian address
SAO_PAULO, NEW_YORK = "America/Sao_Paulo", "America/New_York"


@pytest.mark.parametrize(("first", "last"), [
    (date(2023, 5, 10), date(2023, 5, 12)),  # Wednesday to Friday: the exit's weekend right after
    (date(2023, 5, 14), date(2023, 5, 18)),  # Sunday to Thursday: out on the exit's Sunday
    (date(2023, 5, 11), date(2023, 5, 15)),  # Thursday to Monday: over the exit's weekend
])
def test_a_short_trip_beside_the_weekly_exit_is_a_trip(first: date, last: date) -> None:
    r = _report(SAO_PAULO, "US", (first, last))
    assert r.finding("home").value["country"] == "BR"
    assert [e["country"] for e in r.finding("home").value["proxy_exits"]] == ["US"]
    # before: "No trips abroad seen."
    assert _trips(r) == [("US", first.isoformat(), last.isoformat())]
    head = view.headline(r.finding("trips").to_dict())
    assert head == f"1 trip abroad: the United States {first.day}–{last.day} May 2023."


@pytest.mark.parametrize(("first", "last"), [(date(2023, 5, 10), date(2023, 5, 12)),
                                             (date(2023, 5, 14), date(2023, 5, 18)),
                                             (date(2023, 5, 11), date(2023, 5, 15))])
def test_an_auckland_resident_s_short_honolulu_trip_is_a_trip(first: date, last: date) -> None:
    r = _report("Pacific/Auckland", "US", (first, last))
    assert r.finding("home").value["country"] == "NZ"
    assert [e["country"] for e in r.finding("home").value["proxy_exits"]] == ["US"]
    trips = _trips(r)
    # before: "No trips abroad seen." Honolulu's last day (Friday 18:00 is Saturday afternoon in Auckland) shares
    # its hours with the exit's Saturday, so the trip may end a day early
    assert len(trips) == 1 and trips[0][:2] == ("US", first.isoformat())
    assert trips[0][2] in (last.isoformat(), (last - timedelta(days=1)).isoformat())


@cache
def _night_worker(seed: int):
    """A São Paulo night worker (awake 16:00–07:30), a US exit Friday to Sunday, New York 3–12 Oct lived by day."""
    s, rng, ev = Stream("x.zip"), random.Random(seed), []
    for i in range(DAYS):
        d = FIRST + timedelta(days=i)
        if date(2023, 10, 3) <= d <= date(2023, 10, 12):
            ev += [s.ev(local(ZoneInfo(NEW_YORK), d, rng.uniform(7.0, 23.5)), "twitter.tweet",
                        "Walking around Manhattan today") for _ in range(8)]
            ev += [_login(s, NEW_YORK, d, h, "US") for h in (10.0, 15.0, 21.0)]
            continue
        cc = "US" if d.weekday() >= 4 else "BR"
        ev += [s.ev(local(ZoneInfo(SAO_PAULO), d, rng.uniform(16.0, 31.5)), "twitter.tweet",
                    "Long shift tonight at the depot, coffee time") for _ in range(8)]
        ev += [_login(s, SAO_PAULO, d, h, cc) for h in (16.5, 21.0, 26.0, 30.5)]
    return infer(sorted(ev, key=lambda e: e.sort_key), now=NOW)


def test_a_sao_paulo_night_worker_s_holiday_keeps_its_last_day() -> None:
    r = _night_worker(11)
    assert r.finding("home").value["country"] == "BR"
    trips, _conf, head = _night_trips(r)
    # before: "1 trip abroad: United States 3–15 Oct 2023." (the exit's Friday to Sunday after it joined)
    assert trips == [("US", "2023-10-03", "2023-10-12")]
    assert head == "1 trip abroad: the United States 3–12 Oct 2023."


#: the homes of T40B's near misses: (home country, the weekly exit's country, the trip's zone)
HOMES = {SAO_PAULO: ("BR", "US", NEW_YORK), "America/Argentina/Buenos_Aires": ("AR", "US", NEW_YORK),
         "Africa/Johannesburg": ("ZA", "GB", "Europe/London"), "Pacific/Auckland": ("NZ", "US", "Pacific/Honolulu")}
for _cc, _ip in (("AR", "181.0.0.1"), ("GB", "81.2.69.142"), ("ZA", "102.132.0.1"), ("NZ", "49.224.0.1")):
    IPS.setdefault(_cc, _ip)  # invented addresses, as test_far_weekend_exit's
#: T41's homes whose weekly exit the clock tells (its weekend's hours keep home's clock, the country's 4.5 h or more
#: from it)
APART = {"Europe/Berlin": ("DE", "US", NEW_YORK), "Australia/Perth": ("AU", "US", "America/Los_Angeles"),
         "Asia/Kolkata": ("IN", "GB", "Europe/London")}
APART["Asia/Tokyo"] = ("JP", "US", NEW_YORK)  # T41B
for _cc, _ip in (("DE", "85.214.0.1"), ("AU", "1.120.0.1"), ("IN", "117.192.0.1"), ("JP", "60.33.0.9")):
    IPS.setdefault(_cc, _ip)
FLIGHT = timedelta(hours=9)


@cache
def _trip_report(zone: str, first: date, last: date, holidays: tuple[date, ...] = ()):
    """A year at ``zone``, the weekly exit from Friday evening to Sunday night on home's clock, and one trip from
    ``first`` to ``last`` (dates on the trip's clock): there from 17:00 on its first day to 20:00 on its last, a
    9-hour flight each way, home's days in the air left out. Unlike ``_report`` (each day on its own zone's date),
    home and trip never overlap in time: Auckland's Saturday is spent in Honolulu's Friday. On ``holidays``
    (Mondays at home) the exit stays on all day."""
    cc, exit_, there = (HOMES | APART)[zone]
    home_z, there_z = ZoneInfo(zone), ZoneInfo(there)
    out = (local(there_z, first, 17.0) - FLIGHT).astimezone(home_z)
    back = (local(there_z, last, 20.0) + FLIGHT).astimezone(home_z)
    s, rng, ev = Stream("x.zip"), random.Random(5), []
    for i in range(364):
        d = date(2023, 1, 2) + timedelta(days=i)
        wd = d.weekday()
        hours = [(8.8, cc), (14.2, cc), (19.0, exit_), (22.5, exit_)] if wd == 4 else \
            [(8.8, cc), (14.2, cc), (23.0, cc)] if wd < 5 and d not in holidays else \
            [(h, exit_) for h in (10.0, 14.0, 19.0, 23.0)]
        lo, hi = 7.0, 23.5
        if d == out.date():
            hi = out.hour + out.minute / 60 - 0.5
        elif d == back.date():
            lo = back.hour + back.minute / 60 + 0.5
        elif out.date() < d < back.date():
            continue
        ev += [s.ev(local(home_z, d, rng.uniform(lo, hi)), "twitter.tweet", "Cooking pasta tonight")
               for _ in range(8 if hi - lo > 1 else 0)]
        ev += [_login(s, zone, d, h, c) for h, c in hours if lo - 1 <= h <= hi]
    d = first
    while d <= last:
        lo, hi = (17.5 if d == first else 8.0), (19.0 if d == last else 23.5)
        ev += [s.ev(local(there_z, d, rng.uniform(lo, hi)), "twitter.tweet", "Walking around town today")
               for _ in range(6)]
        ev += [_login(s, there, d, h, exit_) for h in (9.0, 13.0, 18.0, 22.0) if lo - 0.5 <= h <= hi]
        d += timedelta(days=1)
    return infer(sorted(ev, key=lambda e: e.sort_key), now=datetime(2024, 1, 7, tzinfo=UTC))


@pytest.mark.parametrize("zone", list(HOMES))
@pytest.mark.parametrize(("first", "last"), [
    (date(2023, 5, 9), date(2023, 5, 10)),  # Tuesday evening to Wednesday evening: one day there alone
    (date(2023, 5, 10), date(2023, 5, 11)),  # Wednesday to Thursday
])
def test_a_two_day_midweek_trip_beside_the_weekly_exit_is_a_trip(zone: str, first: date, last: date) -> None:
    # before (T40B, t40b_vpn.py *_tue_wed): "No trips abroad seen." (high) for the Tuesday–Wednesday trip of the
    # São Paulo, Buenos Aires and Johannesburg residents: one day with logins there alone, too few for a stay
    _assert_the_one_trip(zone, first, last)


def _assert_the_one_trip(zone: str, first: date, last: date) -> None:
    """``_trip_report``'s person: home and exit read right, the trip the one trip, its dates in the headline."""
    r = _trip_report(zone, first, last)
    cc, exit_, _there = (HOMES | APART)[zone]
    assert r.finding("home").value["country"] == cc
    assert [e["country"] for e in r.finding("home").value["proxy_exits"]] == [exit_]
    assert _trips(r) == [(exit_, first.isoformat(), last.isoformat())]
    name = "the United Kingdom" if exit_ == "GB" else "the United States"  # with its article (WORD57)
    assert view.headline(r.finding("trips").to_dict()) == f"1 trip abroad: {name} {first.day}–{last.day} May 2023."


def test_an_auckland_resident_s_honolulu_friday_is_the_trip_s() -> None:
    # Honolulu's Friday is Auckland's Saturday, a day of the US exit on home's dates: before, "United States 10–11
    # May 2023" for 10–12 (T40B)
    r = _trip_report("Pacific/Auckland", date(2023, 5, 10), date(2023, 5, 12))
    assert _trips(r) == [("US", "2023-05-10", "2023-05-12")]
    assert view.headline(r.finding("trips").to_dict()) == "1 trip abroad: the United States 10–12 May 2023."


@pytest.mark.parametrize("zone", [SAO_PAULO, "Africa/Johannesburg"])
def test_the_exit_kept_on_to_a_holiday_monday_is_no_trip(zone: str) -> None:
    # a Monday alone behind the exit after its weekend, its night there too, in 3 weeks of 52: the exit's, not a
    # trip (a one-day stay needs a run of no other days); the October holiday stays the one trip
    r = _trip_report(zone, date(2023, 10, 3), date(2023, 10, 12),
                     (date(2023, 4, 10), date(2023, 6, 12), date(2023, 9, 4)))
    assert _trips(r) == [(HOMES[zone][1], "2023-10-03", "2023-10-12")]


def test_a_single_day_there_with_no_night_is_no_trip() -> None:
    # Wednesday 17:00 to 20:00 in New York: no night there, nothing a VPN's odd day would not show
    r = _trip_report(SAO_PAULO, date(2023, 5, 10), date(2023, 5, 10))
    assert _trips(r) == []


@pytest.mark.parametrize(("zone", "first", "last"), [
    ("Europe/Berlin", date(2023, 5, 9), date(2023, 5, 11)),  # Tuesday to Thursday
    ("Europe/Berlin", date(2023, 5, 8), date(2023, 5, 9)),  # Monday to Tuesday: one day there alone
    ("Europe/Berlin", date(2023, 5, 11), date(2023, 5, 12)),  # Thursday to Friday: the exit's weekend right after
    ("Australia/Perth", date(2023, 5, 10), date(2023, 5, 11)),
    ("Australia/Perth", date(2023, 5, 8), date(2023, 5, 10)),
    ("Asia/Kolkata", date(2023, 5, 9), date(2023, 5, 11)),  # London's day 08:00–19:00 fits Mumbai's clock too
])
def test_a_midweek_trip_beside_a_weekly_exit_the_clock_tells_is_a_trip(zone: str, first: date, last: date) -> None:
    # before (T41, t41_vpn.py berlin_us_weekend_ny_*, perth_us_weekend_la_*, mumbai_gb_weekend_london_tue_thu):
    # "No trips abroad seen." (high)
    _assert_the_one_trip(zone, first, last)


@pytest.mark.parametrize("zone", ["Europe/Berlin", "Asia/Kolkata", "Asia/Tokyo"])
def test_a_clock_told_exit_left_on_all_wednesday_is_no_trip(zone: str) -> None:
    # the exit on for three whole Wednesdays on home's clock, its night too: the exit's; the October holiday stays
    r = _trip_report(zone, date(2023, 10, 3), date(2023, 10, 12),
                     (date(2023, 4, 12), date(2023, 6, 14), date(2023, 9, 6)))
    assert _trips(r) == [(APART[zone][1], "2023-10-03", "2023-10-12")]


PEOPLE.setdefault("Asia/Tokyo", ("JP", "US", NEW_YORK))


@pytest.mark.parametrize(("first", "last"), [(date(2023, 5, 9), date(2023, 5, 11)),  # Tuesday to Thursday
                                             (date(2023, 5, 8), date(2023, 5, 10))])  # Monday to Wednesday
def test_a_tokyo_resident_s_new_york_trip_keeps_its_day_beside_home_s_morning(first: date, last: date) -> None:
    # before (T41B, t41b_seeds2.py tokyo_us_weekend_ny_tue_thu / _mon_wed): "No trips abroad seen." (high): New
    # York's last day (13:00–23:00 UTC) shares its UTC day with Tokyo's next morning at home (23:48 UTC), so only the
    # days before it were the stay's, too few for a trip
    r = _report("Asia/Tokyo", "US", (first, last))
    assert r.finding("home").value["country"] == "JP"
    assert [e["country"] for e in r.finding("home").value["proxy_exits"]] == ["US"]
    assert _trips(r) == [("US", first.isoformat(), last.isoformat())]
    head = view.headline(r.finding("trips").to_dict())
    assert head == f"1 trip abroad: the United States {first.day}–{last.day} May 2023."


@pytest.mark.parametrize(("first", "last"), [
    (date(2023, 5, 8), date(2023, 5, 9)),  # Monday to Tuesday
    (date(2023, 5, 10), date(2023, 5, 11)),  # Wednesday to Thursday
    (date(2023, 5, 11), date(2023, 5, 12)),  # Thursday to Friday: the exit's weekend right after
])
def test_a_mumbai_resident_s_two_day_london_trip_is_a_trip(first: date, last: date) -> None:
    # before (T41B, t41b_seeds.py mumbai_gb_weekend_london_*): "No trips abroad seen." (high): London's day
    # 08:00–19:00 fits Mumbai's clock too, and the night between, 22:00 to 09:00 in London, lies 0.75 h and 10.25 h
    # from Mumbai's quiet hours' centre: no night placed
    _assert_the_one_trip("Asia/Kolkata", first, last)


def test_a_perth_resident_s_holiday_ends_after_its_last_night_there() -> None:
    # before (T41B): "1 trip abroad: United States 3–13 Oct 2023." beside the exit left on three whole Wednesdays:
    # the exit's Friday login at 22:30, back home, fell on Los Angeles' Friday, after no night slept there
    r = _trip_report("Australia/Perth", date(2023, 10, 3), date(2023, 10, 12),
                     (date(2023, 4, 12), date(2023, 6, 14), date(2023, 9, 6)))
    assert _trips(r) == [("US", "2023-10-03", "2023-10-12")]
    assert view.headline(r.finding("trips").to_dict()) == "1 trip abroad: the United States 3–12 Oct 2023."


def test_a_trip_left_on_sunday_ends_on_its_last_day_there() -> None:
    # before (T41B): "United States 14–19 May" for a Sunday-to-Thursday Los Angeles trip of a Perth resident
    _assert_the_one_trip("Australia/Perth", date(2023, 5, 14), date(2023, 5, 18))
