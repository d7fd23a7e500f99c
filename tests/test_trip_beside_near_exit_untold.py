"""Short trips right beside a weekly VPN exit's weekend on a clock too near home's to tell them apart (TRIP50, the
TESTER48C probe trip49_monday.py and TRIP50's grid). People are invented (tests/test_pacific_edge_short_trips's
builder): a year at home on its clock, the exit's logins Friday 19:00 and 22:30 and all weekend, one trip in May
lived on the destination's clock with logins from there, no login at home between the trip and the exit's weekend.

1. The exit's weekend before the trip glued on: an Auckland resident's Sydney trip Monday to Thursday beside an AU
   exit read "Australia 5–11 May 2023" (high); a Johannesburg resident's London trip Monday to Wednesday beside a UK
   exit "No trips abroad seen" (seed 1), its run of UTC days keeping home's clock as a near clock does.
2. The exit's weekend after it glued on: the Johannesburg resident's London trip Wednesday to Friday read "United
   Kingdom 10–14 May 2023" (high); an Auckland resident's Honolulu trip Wednesday to Friday beside a US exit (its
   Friday is Auckland's Saturday, the exit's) "United States 10–13 May 2023".
   The records cannot tell a trip's days from the exit's there: the trip now holds the days they can tell, and the
   trips finding, medium, says in a caveat that it may have begun or lasted into the exit's days.
3. The exit alone stays "No trips abroad seen." (high), and a trip on a clock apart keeps high with no such caveat.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from test_pacific_edge_short_trips import FIRST, IPS, NOW, Stream, _day, _person, _read

from dataexam.inference import infer
from dataexam.report import view
from dataexam.wording import in_text

IPS.update({"AU": "1.128.0.1", "NZ": "49.224.0.1", "ZA": "41.0.0.1", "GB": "81.2.69.142"})
NAMES = {"AU": "Australia", "GB": "United Kingdom", "US": "United States"}
AUCKLAND, JOBURG = "Pacific/Auckland", "Africa/Johannesburg"


def _exit_left_on(seed: int, zone: str, home: str, cc: str, left_on: set[date]):
    """``_person`` with no trip: a year at ``zone`` behind a weekly exit to ``cc`` (Friday 19:00 to Sunday), and on
    the days ``left_on`` every login through the exit, home's clock and hours kept (TESTER49B trip50_invent.py)."""
    rng, s, ev = random.Random(seed), Stream("x.zip"), []
    for i in range(364):
        d = FIRST + timedelta(days=i)
        wd = d.weekday()
        hours = (8.8, 14.2, 23.0) if wd < 5 else (10.0, 14.0, 19.0, 23.0)
        if d in left_on:
            ev += _day(rng, s, zone, d, [(h, cc) for h in hours])
        elif wd == 4:
            ev += _day(rng, s, zone, d, [(8.8, home), (14.2, home), (19.0, cc), (22.5, cc)])
        else:
            ev += _day(rng, s, zone, d, [(h, cc if wd >= 5 else home) for h in hours])
    return infer(sorted(ev, key=lambda e: e.sort_key), now=NOW)


def _may(d: int) -> date:
    return date(2023, 5, d)


def _caveat(cc: str, first: int, last: int, side: str) -> str:
    # "the United Kingdom", "the United States" in the sentence (TRIP51: "Your trip to United Kingdom")
    return (f"Your trip to {in_text(NAMES[cc])} ({first} May 2023 to {last} May 2023) lies beside the logins of "
            "your weekly VPN exit there, with no record at home between, on a clock too near yours to tell them "
            f"apart: the days shown are those the records can tell, and it may have {side}.")


def _assert_untold(r, home: str, cc: str, first: int, last: int, side: str) -> None:
    assert _read(r) == (home, [cc], [(cc, _may(first).isoformat(), _may(last).isoformat())], "medium")
    trips = r.finding("trips")
    assert view.headline(trips.to_dict()) == f"1 trip abroad: {in_text(NAMES[cc])} {first}–{last} May 2023."
    assert [c for c in trips.caveats if c.startswith("Your trip to")] == [_caveat(cc, first, last, side)]


@pytest.mark.parametrize("seed", [1, 4, 5])
def test_a_sydney_trip_from_monday_leaves_the_au_exit_weekend_before_it(seed: int) -> None:
    # before: "Australia 5–11 May 2023" (high)
    r = _person(seed, AUCKLAND, "NZ", "AU", ("Australia/Sydney", "AU", _may(8), _may(11)))
    _assert_untold(r, "NZ", "AU", 8, 11, "begun as early as 6 May 2023")


#: (the trip's first and last day in May 2023, what the caveat says it may have done)
LONDON = [(8, 10, "begun as early as 6 May 2023"),   # Monday to Wednesday: seed 1 "No trips abroad seen"
          (8, 11, "begun as early as 6 May 2023"),   # Monday to Thursday
          (10, 12, "lasted to 14 May 2023")]        # Wednesday to Friday: "United Kingdom 10–14 May 2023"


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize(("first", "last", "side"), LONDON)
def test_a_london_trip_beside_the_uk_exit_weekend_from_johannesburg(first: int, last: int, side: str,
                                                                    seed: int) -> None:
    # Monday to Wednesday seed 1, Wednesday to Friday seed 3 "No trips abroad seen." (high) on ec4b042: the run kept
    # home's clock as a whole; its days off the exit's weekend fit London's clock (TRIP51)
    r = _person(seed, JOBURG, "ZA", "GB", ("Europe/London", "GB", _may(first), _may(last)))
    _assert_untold(r, "ZA", "GB", first, last, side)


@pytest.mark.parametrize("seed", [1, 2])
def test_a_honolulu_trip_to_friday_leaves_the_us_exit_weekend_after_it(seed: int) -> None:
    # before: "United States 10–13 May 2023" (high); Honolulu's Friday is Auckland's Saturday, the exit's
    r = _person(seed, AUCKLAND, "NZ", "US", ("Pacific/Honolulu", "US", _may(10), _may(12)))
    _assert_untold(r, "NZ", "US", 10, 11, "lasted to 14 May 2023")


@pytest.mark.parametrize(("zone", "home", "cc"), [(AUCKLAND, "NZ", "AU"), (AUCKLAND, "NZ", "US"),
                                                  (JOBURG, "ZA", "GB")])
def test_the_near_weekly_exit_alone_is_still_no_trip(zone: str, home: str, cc: str) -> None:
    r = _person(1, zone, home, cc, None)
    assert _read(r) == (home, [cc], [], "high")
    trips = r.finding("trips")
    assert view.headline(trips.to_dict()) == "No trips abroad seen."
    assert not any(c.startswith("Your trip to") for c in trips.caveats)


def test_a_trip_on_a_clock_apart_keeps_high_without_the_caveat() -> None:
    # a Tokyo resident's Los Angeles trip Wednesday to Friday, home by Saturday behind the US exit: the clock tells
    r = _person(1, "Asia/Tokyo", "JP", "US", ("America/Los_Angeles", "US", _may(10), _may(12)))
    assert _read(r) == ("JP", ["US"], [("US", "2023-05-10", "2023-05-12")], "high")
    assert not any(c.startswith("Your trip to") for c in r.finding("trips").caveats)


#: the exit's logins on home's clock on days off its weekend (TESTER49B trip50_invent.py): no trip, but not at high
#: either — on a clock this near a trip there lived on home's hours reads the same; the days said (TRIP51)
@pytest.mark.parametrize("seed", [1, 2])
@pytest.mark.parametrize(("zone", "home", "cc"), [(AUCKLAND, "NZ", "AU"), ("Australia/Sydney", "AU", "NZ"),
                                                  (JOBURG, "ZA", "GB"), ("Asia/Tokyo", "JP", "AU")])
def test_the_exit_left_on_a_whole_week_is_no_trip(zone: str, home: str, cc: str, seed: int) -> None:
    r = _exit_left_on(seed, zone, home, cc, {_may(8 + k) for k in range(7)})
    assert _read(r) == (home, [cc], [], "medium")
    trips = r.finding("trips")
    assert view.headline(trips.to_dict()) == "No trips abroad seen."
    name = in_text({"NZ": "New Zealand"}.get(cc) or NAMES[cc])
    assert [c for c in trips.caveats if c.startswith("Your VPN's exit")] == [
        f"Your VPN's exit in {name} was also in use on Mon 8 – Fri 12 May 2023, outside its usual weekend hours; "
        "on a clock this near yours those days may have been a trip."]
