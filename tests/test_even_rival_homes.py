"""Two homes each of whose readings makes the other its exit: the activity's clock decides (T38 M6).

A Tokyo resident whose logins leave through a US exit every morning 07:12–08:36 (Japanese logins at 08:00, 18:00 and
22:30) and who spent 3–12 Oct 2023 in Los Angeles was "Home unclear: your logins come from United States (100 % of the
days …)", "2,158 logins from Japan set aside": the US and Japan each held a login on every day, the holiday gave the
US ten more, so the US was read as home first, and with either country as home the other's switches are faster than
travel allows. Where both readings hold, the home is the one whose clock the quiet hours fit (Tokyo's 03:00 against
Honolulu's 08:00, the nearest US clock), and the holiday is a trip. Without the holiday Japan had been the home (the
country of most days), unchanged; a Berliner's morning US exit with a New York holiday stays Germany (Berlin's clock
fits, New York's does not). A Sydney resident's 03:00 is Honolulu's 06:00, the nearest US clock, as likely a night
by the lull alone, but Sydney's summer time (October to April) kept all year fits no US clock: the whole activity tells
(T39: "Home unclear … United States" → Australia and the holiday a trip).

People are invented: records built directly as events (test_move_dates._day: eight tweets a day on the zone's
clock), logins from country-level addresses (test_clock_exits_weekends.IPS).
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from functools import cache

import pytest
from test_clock_exits_weekends import DAYS, FIRST, IPS, NOW, _logins
from test_inference_synth import Stream
from test_move_dates import _day
from test_southern_vpn_weekends import _part

from dataexam.inference import infer
from dataexam.report import view

IPS.setdefault("AU", "1.128.0.1")
TRIP = (date(2023, 10, 3), date(2023, 10, 12))
EXIT_HOURS = (7.2, 7.9, 8.6)  # the exit every morning, on home's clock
HOME_HOURS = (8.0, 18.0, 22.5)


@cache
def _report(zone: str, home_cc: str, trip_zone: str | None):
    """Two years at ``zone``, logins from ``home_cc`` at HOME_HOURS and through a US exit at EXIT_HOURS every day;
    with ``trip_zone``, 3–12 Oct 2023 there (a US city): the day on its clock, US logins at 10:00 and 19:00, the
    last day's morning only (the flight home at noon), and the day after at home from 17:00 (the exit's morning
    logins then would be made while still there)."""
    rng, s, ev = random.Random(7), Stream("x.zip"), []
    for i in range(DAYS):
        d = FIRST + timedelta(days=i)
        if trip_zone and d == TRIP[1]:
            ev += _part(rng, s, trip_zone, d, 7.0, 11.5, 4) + _logins(s, trip_zone, d, "US", (10.0,))
            continue
        if trip_zone and TRIP[0] <= d < TRIP[1]:
            ev += _day(rng, s, trip_zone, d) + _logins(s, trip_zone, d, "US", (10.0, 19.0))
            continue
        if trip_zone and d == TRIP[1] + timedelta(days=1):
            ev += _part(rng, s, zone, d, 17.0, 23.5, 4) + _logins(s, zone, d, home_cc, HOME_HOURS[1:])
            continue
        ev += _day(rng, s, zone, d) + _logins(s, zone, d, home_cc, HOME_HOURS) + _logins(s, zone, d, "US", EXIT_HOURS)
    return infer(sorted(ev, key=lambda e: e.sort_key), now=NOW)


@pytest.mark.parametrize(("zone", "home_cc", "country", "trip_zone"), [
    ("Asia/Tokyo", "JP", "Japan", "America/Los_Angeles"),
    ("Europe/Berlin", "DE", "Germany", "America/New_York"),  # Germany before too
    ("Australia/Sydney", "AU", "Australia", "America/Los_Angeles"),
])
def test_a_morning_exit_and_a_holiday_in_its_country_leave_the_home_on_its_clock(
        zone: str, home_cc: str, country: str, trip_zone: str) -> None:
    report = _report(zone, home_cc, trip_zone)
    home, trips = report.finding("home"), report.finding("trips")
    assert view.headline(home.to_dict()) == f"You most likely live in {country}."
    assert home.value["country"] == home_cc
    (gone,) = home.value["proxy_exits"]
    assert (gone["country"], gone["switches_with"]) == ("US", home_cc)
    assert [(t["country"], t["start"], t["end"]) for t in trips.value] == [("US", "2023-10-03", "2023-10-12")]
    assert view.headline(trips.to_dict()) == "1 trip abroad: the United States 3–12 Oct 2023."
    assert report.finding("timezone").value["zone"] == zone


def test_without_the_holiday_the_home_was_and_stays_the_country_of_most_days() -> None:
    report = _report("Asia/Tokyo", "JP", None)
    home = report.finding("home")
    assert (home.value["country"], home.value["proxy_exits"][0]["country"]) == ("JP", "US")
    assert report.finding("trips").value == []
