"""Three-day trips abroad from the Pacific edge, with and without a weekend VPN exit (T42's last tester, TRIP43).
People are invented: a year at home on its clock (a night's sleep, a working day mostly quiet), logins from the home
country, one trip in May lived on the destination's clock with logins from there, each day on its own zone's date
(as a data export's local days fall): home's last evening and the first morning there, or the last evening there and
home's next morning, share hours in UTC where the clocks lie 12–19 h apart.

1. A Honolulu resident's Tuesday-to-Thursday in Tokyo or Berlin, a Los Angeles or Anchorage resident's in Tokyo, a
   Kamchatka resident's in New York and a Tokyo resident's in New York read "No trips abroad seen." (high); week-long
   trips were found. Three days seen by logins alone are a trip only as a stay (no record at home between its first
   and last record there), and home's last evening fell after the first morning there in UTC. Records at home within
   12 h of a stay's first or last record there now leave it a stay between them (moves.TRIP_EDGE_OVERLAP_H).
2. The same beside a weekend exit abroad: a Honolulu resident's German weekend exit and a real Berlin trip Tuesday
   to Thursday read "No trips abroad seen." (found before ebd87f0, T41B's nights on the stay's clock); a
   Kamchatka resident's US exit beside a New York trip, a Los Angeles resident's German exit beside a Tokyo trip.
   The exit alone stays set aside, "No trips abroad seen."
3. A run of logins abroad on home's clock with a login at home in its middle stays no trip: only records at its
   edges are let pass.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from functools import cache
from zoneinfo import ZoneInfo

import pytest
from test_inference_synth import Stream, local

from dataexam.inference import infer
from dataexam.inference.moves import MovesMixin
from dataexam.report import view
from dataexam.wording import in_text

IPS = {"US": "73.10.0.5", "DE": "91.64.0.1", "GB": "81.2.69.142", "RU": "5.3.0.1", "JP": "60.33.0.9"}
NAMES = {"US": "United States", "DE": "Germany", "JP": "Japan"}
FIRST = date(2023, 1, 2)  # a Monday
NOW = datetime(2024, 1, 7, tzinfo=UTC)
TEXT = "Cooking pasta tonight and planning a bike ride tomorrow"
MAY_8 = date(2023, 5, 8)  # a Monday


def _day(rng: random.Random, s: Stream, zone: str, d: date, logins: list[tuple[float, str]]) -> list:
    """A day at ``zone`` on its own date: 8 posts awake (07:00, 09:00 at weekends, to 23:30, past midnight before a
    free day), a working day's 09–17 mostly quiet; ``logins``: (local hour, country)."""
    z = ZoneInfo(zone)
    wake = 7.0 if d.weekday() < 5 else 9.0
    bed = 23.5 if (d + timedelta(days=1)).weekday() < 5 else 25.5
    ev: list = []
    while len(ev) < 8:
        h = rng.uniform(wake, bed)
        if d.weekday() < 5 and 9 <= h < 17 and rng.random() > 0.1:
            continue
        ev.append(s.ev(local(z, d, h), "twitter.tweet", TEXT))
    return ev + [s.ev(local(z, d, h), "twitter.login", None, ip=IPS[cc]) for h, cc in logins]


@cache
def _person(seed: int, zone: str, home: str, exit_cc: str | None, trip: tuple[str, str, date, date] | None,
            odd: tuple[date, date] | None = None):
    """A year at ``zone``; ``exit_cc``: logins from Friday 19:00 to Sunday through an exit there; ``trip``: (zone,
    country, first day, last day), its days on that zone's dates; ``odd``: days whose logins come from Japan, home's
    clock kept, a home login at noon on the middle one."""
    rng, s, ev = random.Random(seed), Stream("x.zip"), []
    for i in range(364):
        d = FIRST + timedelta(days=i)
        wd = d.weekday()
        hours = (8.8, 14.2, 23.0) if wd < 5 else (10.0, 14.0, 19.0, 23.0)
        if trip is not None and trip[2] <= d <= trip[3]:
            ev += _day(rng, s, trip[0], d, [(h, trip[1]) for h in hours])
        elif exit_cc and wd == 4:
            ev += _day(rng, s, zone, d, [(8.8, home), (14.2, home), (19.0, exit_cc), (22.5, exit_cc)])
        elif odd is not None and odd[0] <= d <= odd[1]:
            mid = d == odd[0] + (odd[1] - odd[0]) / 2
            ev += _day(rng, s, zone, d, [(h, "JP") for h in hours] + ([(12.5, home)] if mid else []))
        else:
            ev += _day(rng, s, zone, d, [(h, exit_cc if exit_cc and wd >= 5 else home) for h in hours])
    return infer(sorted(ev, key=lambda e: e.sort_key), now=NOW)


def _read(r) -> tuple[str, list[str], list[tuple[str, str, str]], str]:
    home, trips = r.finding("home"), r.finding("trips")
    return (home.value["country"], [e["country"] for e in home.value.get("proxy_exits", [])],
            [(t["country"], t["start"], t["end"]) for t in trips.value], str(trips.confidence))


#: (home zone, home country, the trip's zone, its country)
EDGE = [("Pacific/Honolulu", "US", "Asia/Tokyo", "JP"), ("Pacific/Honolulu", "US", "Europe/Berlin", "DE"),
        ("America/Los_Angeles", "US", "Asia/Tokyo", "JP"), ("America/Anchorage", "US", "Asia/Tokyo", "JP"),
        ("Asia/Kamchatka", "RU", "America/New_York", "US"), ("Asia/Tokyo", "JP", "America/New_York", "US")]


def _assert_trip(r, home: str, exits: list[str], cc: str, first: date, last: date) -> None:
    assert _read(r) == (home, exits, [(cc, first.isoformat(), last.isoformat())], "high")
    assert view.headline(r.finding("trips").to_dict()) == \
        f"1 trip abroad: {in_text(NAMES[cc])} {first.day}–{last.day} May 2023."


@pytest.mark.parametrize("seed", [1, 2])
@pytest.mark.parametrize("start", [1, 2])  # Tuesday to Thursday, Wednesday to Friday
@pytest.mark.parametrize(("zone", "home", "there", "cc"), EDGE)
def test_a_three_day_trip_from_the_pacific_edge_is_a_trip(zone: str, home: str, there: str, cc: str, start: int,
                                                          seed: int) -> None:
    first = MAY_8 + timedelta(days=start)
    last = first + timedelta(days=2)
    # before: "No trips abroad seen." (high)
    _assert_trip(_person(seed, zone, home, None, (there, cc, first, last)), home, [], cc, first, last)


#: (home zone, home country, the weekend exit's country, the trip's zone, its country, the trip's first weekday)
BESIDE = [("Pacific/Honolulu", "US", "DE", "Europe/Berlin", "DE", 1),
          ("Pacific/Honolulu", "US", "DE", "Asia/Tokyo", "JP", 2),
          ("Asia/Kamchatka", "RU", "US", "America/New_York", "US", 1),
          ("America/Los_Angeles", "US", "DE", "Asia/Tokyo", "JP", 2),
          ("Pacific/Honolulu", "US", "GB", "Europe/Berlin", "DE", 0)]


@pytest.mark.parametrize("seed", [1, 2])
@pytest.mark.parametrize(("zone", "home", "exit_cc", "there", "cc", "start"), BESIDE)
def test_a_three_day_trip_beside_a_weekend_exit_from_the_pacific_edge(zone: str, home: str, exit_cc: str, there: str,
                                                                      cc: str, start: int, seed: int) -> None:
    first = MAY_8 + timedelta(days=start)
    last = first + timedelta(days=2)
    # before: "No trips abroad seen." (high) from Tuesday and Wednesday on Honolulu's, Los Angeles' exits; the
    # Kamchatka resident's and the Monday one (home's Sunday evening behind the exit, no record at home) were found
    _assert_trip(_person(seed, zone, home, exit_cc, (there, cc, first, last)), home, [exit_cc], cc, first, last)


@pytest.mark.parametrize("seed", [1, 2])
@pytest.mark.parametrize(("zone", "home", "exit_cc"), sorted({b[:3] for b in BESIDE}))
def test_the_weekend_exit_alone_stays_no_trip(zone: str, home: str, exit_cc: str, seed: int) -> None:
    r = _person(seed, zone, home, exit_cc, None)
    assert _read(r) == (home, [exit_cc], [], "high")
    assert view.headline(r.finding("trips").to_dict()) == "No trips abroad seen."
    # running text names a country with its article (TRIP55, wording.in_text): "from the United States"
    gone = in_text("Germany" if exit_cc == "DE" else NAMES.get(exit_cc, "United Kingdom"))
    assert any(f"logins from {gone} set aside" in c for c in r.finding("trips").caveats)


@pytest.mark.parametrize("zone", ["Pacific/Honolulu", "America/Los_Angeles"])
def test_logins_abroad_with_one_at_home_in_their_middle_stay_no_trip(zone: str) -> None:
    # Tuesday to Thursday with Japanese logins on home's clock and a home login Wednesday noon: no stay
    r = _person(1, zone, "US", None, None, (MAY_8 + timedelta(days=1), MAY_8 + timedelta(days=3)))
    assert _read(r)[0] == "US" and _read(r)[2] == []


def test_a_stay_s_edges_may_share_hours_with_home_s_records() -> None:
    # _clear_stay on UTC hour slots: three days there (01:00 and 13:00 UTC each), home's records before and after
    tue = date(2024, 1, 9)
    days = [tue + timedelta(days=k) for k in range(3)]
    h0 = tue.toordinal() * 24
    foreign = {(d, "JP"): [h0 + 24 * k + 1, h0 + 24 * k + 13] for k, d in enumerate(days)}
    cand = {"country": "JP", "_days": days}
    # home's last evening 9 h after the first record there (Honolulu's Monday 23:00, Tokyo's Tuesday 08:48): a stay
    assert MovesMixin._clear_stay(cand, [h0 - 20, h0 + 10, h0 + 100], foreign, {}) == days[-1]
    assert cand["_stay_days"] == days
    # … and home's next morning 3 h before the last record there (Kamchatka's Friday 08:48, New York's Thursday 23:00)
    assert MovesMixin._clear_stay(dict(cand), [h0 - 20, h0 + 58, h0 + 100], foreign, {}) == days[-1]
    # a record at home in its middle, 23 h from its first and 37 h from its last: a VPN's, no stay
    assert MovesMixin._clear_stay(dict(cand), [h0 - 20, h0 + 24, h0 + 100], foreign, {}) is None
    # left two days by its edge, one night slept there is not enough
    assert MovesMixin._clear_stay({"country": "JP", "_days": days[:2]}, [h0 - 20, h0 + 10, h0 + 100],
                                  {k: v for k, v in foreign.items() if k[0] in days[:2]},
                                  {days[1].toordinal(): "JP"}) is None
