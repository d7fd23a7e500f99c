"""A far country every weekend on home's clock, its clocks too near home's to tell: a VPN exit (T38 M3).

A São Paulo resident whose logins leave through a US exit from Friday evening to Sunday night, on São Paulo's clock,
was "Your weekends in United States (104 of 104 weekends with a record) are a second home", and a real 3–12 Oct
Miami holiday read "United States 3–15 Oct" (the weekend behind the exit right after it joined); a Johannesburg
resident's UK exit likewise. Each weekend's journey fits the gap between Friday afternoon at home and Friday evening
there (Brazil–US ≥ 4.2 h of travel), and the clocks are 1–2 h apart, too near for the quiet hours to tell whose
clock the weekends keep. A flight of hours there and back every week for months is read as the exit it most likely
is (``clock_exits.far_weekly``); a weekend home a short drive away (a Berliner's in Poland) stays a second home, and the
holiday, on its own clock, stays a trip with its own dates.

People are invented: records built directly as events (IPs per country invented, as in tests/test_border_nights).
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from functools import cache

import pytest
from test_inference_synth import Stream
from test_move_dates import _day
from test_southern_vpn_weekends import IPS, _logins, _part
from test_southern_vpn_weekends import _home_day as _whole_day

from dataexam.inference import infer
from dataexam.report import view

for _cc, _ip in (("GB", "81.2.69.142"), ("ZA", "102.132.0.1"), ("PL", "83.0.0.1")):
    IPS.setdefault(_cc, _ip)  # the shared builders' table (test_southern_vpn_weekends), with this module's countries
FIRST = date(2023, 1, 2)  # a Monday
DAYS = 364
NOW = datetime(2024, 1, 7, tzinfo=UTC)
HOLIDAY = (date(2023, 10, 3), date(2023, 10, 12))  # Tuesday to Thursday; a weekend behind the exit right after
#: home zone → (home country, exit country, the holiday's zone)
PEOPLE = {"America/Sao_Paulo": ("BR", "US", "America/New_York"),
          "Africa/Johannesburg": ("ZA", "GB", "Europe/London"),
          "Europe/Berlin": ("DE", "US", "America/New_York")}


@cache
def _report(zone: str, weekend_cc: str | None, holiday: tuple[date, date] | None = HOLIDAY,
            weekend_zone: str | None = None):
    """A year at ``zone``; from Friday evening to Sunday night the logins come from ``weekend_cc`` (None: home's),
    the days on ``weekend_zone``'s clock (home's where None: a VPN); ``holiday`` (first, last day) spent on the
    holiday zone's clock (out after a morning login at home, back the day after its last)."""
    cc, _exit, there = PEOPLE[zone]
    rng, s, ev = random.Random(5), Stream("x.zip"), []
    for i in range(DAYS):
        d = FIRST + timedelta(days=i)
        away = weekend_cc or cc
        weekend_at = weekend_zone or zone
        if holiday and d == holiday[0]:
            ev += (_part(rng, s, zone, d, 7.0, 9.5, 2) + _logins(s, zone, d, cc, (7.5,))
                   + _part(rng, s, there, d, 16.0, 23.5, 5) + _logins(s, there, d, _exit, (17.0, 22.0)))
        elif holiday and d == holiday[1]:
            ev += _part(rng, s, there, d, 8.0, 19.0, 7) + _logins(s, there, d, _exit, (9.0, 13.0, 18.0))
        elif holiday and holiday[0] < d < holiday[1]:
            ev += _whole_day(rng, s, there, d, _exit)
        elif d.weekday() == 4:
            ev += _day(rng, s, zone, d) + _logins(s, zone, d, cc, (8.8, 14.2)) + \
                _logins(s, weekend_at, d, away, (19.0, 22.5))
        else:
            ev += _whole_day(rng, s, weekend_at if d.weekday() >= 5 else zone, d, away if d.weekday() >= 5 else cc)
    return infer(sorted(ev, key=lambda e: e.sort_key), now=NOW)


def _trips(r) -> list[tuple[str, str, str]]:
    return [(t["country"], t["start"], t["end"]) for t in r.finding("trips").value or []]


@pytest.mark.parametrize(("zone", "cc", "exit_", "said"), [
    ("America/Sao_Paulo", "BR", "US", "on Brazil's clock, though each week there and back would take 4 hours or more"),
    ("Africa/Johannesburg", "ZA", "GB", "on South Africa's clock, though each week there and back would take 10 hours"),
])
def test_a_far_exit_every_weekend_is_set_aside_and_the_holiday_keeps_its_dates(zone: str, cc: str, exit_: str,
                                                                                said: str) -> None:
    # before (t38_vpn.py saopaulo_us_weekend_miami, joburg_gb_weekend_london): "1 trip abroad: United States 3–15
    # Oct 2023. Your weekends in United States (104 of 104 weekends with a record) are a second home, not trips."
    r = _report(zone, exit_)
    home, trips = r.finding("home"), r.finding("trips")
    assert (r.finding("timezone").value["zone"], home.value["country"], home.value.get("weekend_home")) == \
        (zone, cc, None)
    exits = home.value["proxy_exits"]
    assert [(e["country"], e.get("keeps_home_clock"), e["weeks"][0] >= 50) for e in exits] == [(exit_, True, True)]
    assert "clock_gap_hours" not in exits[0]
    assert _trips(r) == [(exit_, "2023-10-03", "2023-10-12")]
    assert "second home" not in trips.summary and str(trips.confidence) == "high"
    headline = view.headline(trips.to_dict())
    assert headline.startswith("1 trip abroad: ") and "3–12 Oct 2023" in headline
    sentence = next(c for c in home.caveats if " set aside: " in c)
    assert said in sentence and sentence.endswith("(a VPN or proxy exit, not a second home or a place you were).")
    assert sentence in trips.caveats


@pytest.mark.parametrize("zone", ["America/Sao_Paulo", "Africa/Johannesburg"])
def test_without_the_exit_the_same_holiday_is_the_one_trip(zone: str) -> None:
    r = _report(zone, None)
    assert r.finding("home").value.get("proxy_exits") is None
    assert _trips(r) == [(PEOPLE[zone][1], "2023-10-03", "2023-10-12")]


def test_the_exit_without_a_holiday_leaves_no_trip() -> None:
    r = _report("America/Sao_Paulo", "US", holiday=None)
    assert r.finding("home").value["country"] == "BR"
    assert (_trips(r), r.finding("trips").summary) == ([], "No trips abroad seen.")


def test_a_berliner_s_weekend_home_in_poland_stays_a_second_home() -> None:
    # near (no journey to tell): every weekend in Poland, on Poland's clock (Berlin's), is a weekend home
    r = _report("Europe/Berlin", "PL", holiday=None, weekend_zone="Europe/Warsaw")
    home = r.finding("home")
    assert (home.value["country"], home.value.get("proxy_exits")) == ("DE", None)
    assert home.value["weekend_home"]["country"] == "PL"
    assert "are a second home, not trips" in r.finding("trips").summary


@pytest.mark.parametrize("days", [5, 6, 7, 8])
def test_a_berliner_s_short_new_york_holiday_beside_a_us_exit_at_weekends(days: int) -> None:
    # T38 M2 (t38_vpn.py berlin_us_weekend_trip5..7), before: "No trips abroad seen." for a Tuesday–Saturday, –Sunday
    # or –Monday holiday (8 days and more were found): after its first day it had fewer than three nights of each
    # kind (weekday, weekend), none compared with home's clock, and the run was the exit's
    first = date(2023, 5, 9)
    last = first + timedelta(days=days - 1)
    r = _report("Europe/Berlin", "US", holiday=(first, last))
    home, trips = r.finding("home"), r.finding("trips")
    assert (home.value["country"], home.value.get("weekend_home")) == ("DE", None)
    assert [(e["country"], e.get("keeps_home_clock"), e.get("clock_gap_hours")) for e in home.value["proxy_exits"]] \
        == [("US", True, 6.0)]
    assert _trips(r) == [("US", first.isoformat(), last.isoformat())]
    assert view.headline(trips.to_dict()) == f"1 trip abroad: the United States 9–{last.day} May 2023."
