"""Short trips abroad beside a weekly VPN exit (Friday 19:00 to Sunday at home), their last days (TRIP48, the
TESTER47B probes trip47_probe.py / trip47_weekend_own.py). People are invented (tests/test_pacific_edge_short_trips's
builder): a year at home on its clock, logins from home, the exit's logins Friday evening and all weekend, one trip in
May lived on the destination's clock with logins from there, each day on its own zone's date.

1. A far trip's own weekend: a Tokyo or Seoul resident's Los Angeles trip Wednesday (or Thursday) to Saturday read
   "United States 10–12 May 2023": the trip's Saturday falls on the US exit's days and was left to the exit, though
   it keeps Los Angeles' clock by 10 nats or more (the exit's Saturday at home keeps home's). A Friday-to-Sunday trip
   read "12–12 May" or nothing; its Sunday shares its UTC hours with home's Monday logins, so "12–13 May". A Los
   Angeles resident's London trip Thursday to Sunday beside a UK exit read "United Kingdom 11–12 May". (TRIP50: the
   Friday-to-Sunday trip's finding is medium, its caveat saying the Sunday may have been the trip's.)
2. The exit's weekend glued onto a trip: a Singapore resident's Los Angeles trip Wednesday to Friday (home by
   Saturday, behind the US exit to Sunday) was one run of five UTC days there alone, read as a long stay whose days
   mostly kept home's clock: "No trips abroad seen" (3 seeds of 4), and Wednesday to Saturday "10–14 May".
3. Trips into the exit's own country: a Singapore resident's London trip beside a UK exit, a Berlin resident's New
   York trip beside a US exit, Wednesday to Friday, "No trips abroad seen" (3 seeds of 4): the same five-day run; a
   Seoul resident's Berlin trip beside a German exit (an exit by distance: its Friday evenings follow Seoul's
   afternoon logins faster than a flight) likewise (2 seeds of 4), its run judged with the exit's weekend.
4. The exit alone stays set aside: "No trips abroad seen."
"""

from __future__ import annotations

from datetime import date

import pytest
from test_pacific_edge_short_trips import IPS, _person, _read

from dataexam.report import view
from dataexam.wording import in_text

IPS.update({"KR": "1.208.0.1", "SG": "175.156.0.1", "GB": "81.2.69.142"})
NAMES = {"US": "United States", "GB": "United Kingdom", "DE": "Germany"}
LA, NY, LONDON = "America/Los_Angeles", "America/New_York", "Europe/London"


def _may(d: int) -> date:
    return date(2023, 5, d)


def _assert_trip(r, home: str, exit_cc: str, cc: str, first: int, last: int) -> None:
    assert _read(r) == (home, [exit_cc], [(cc, _may(first).isoformat(), _may(last).isoformat())], "high")
    assert view.headline(r.finding("trips").to_dict()) == \
        f"1 trip abroad: {in_text(NAMES[cc])} {first}–{last} May 2023."


#: (home zone, home country, the trip's first and last day in May 2023, the days read)
OWN_WEEKEND = [("Asia/Tokyo", "JP", 10, 13, (10, 13)),   # Wednesday to Saturday
               ("Asia/Tokyo", "JP", 11, 13, (11, 13)),   # Thursday to Saturday
               ("Asia/Seoul", "KR", 10, 13, (10, 13))]


@pytest.mark.parametrize("seed", [1, 2, 4])
@pytest.mark.parametrize(("zone", "home", "first", "last", "read"), OWN_WEEKEND)
def test_a_far_trip_keeps_its_own_weekend_beside_a_us_exit(zone: str, home: str, first: int, last: int,
                                                          read: tuple[int, int], seed: int) -> None:
    # before: "United States 10–12 May 2023" (Wednesday to Saturday), "12–12 May" or "No trips abroad seen"
    # (Friday to Sunday)
    _assert_trip(_person(seed, zone, home, "US", (LA, "US", _may(first), _may(last))), home, "US", "US", *read)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_london_trip_keeps_its_weekend_beside_a_uk_exit(seed: int) -> None:
    # before: "United Kingdom 11–12 May 2023"
    _assert_trip(_person(seed, LA, "US", "GB", (LONDON, "GB", _may(11), _may(14))), "US", "GB", "GB", 11, 14)


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("last", [12, 13])  # Wednesday to Friday, to Saturday
def test_the_exit_weekend_after_a_trip_from_singapore_is_the_exit(last: int, seed: int) -> None:
    # before: "No trips abroad seen" (Wednesday to Friday, seeds 1–3), "United States 10–14 May 2023" (to Saturday)
    _assert_trip(_person(seed, "Asia/Singapore", "SG", "US", (LA, "US", _may(10), _may(last))), "SG", "US", "US",
                 10, last)


#: (home zone, home country, the exit's and the trip's country, the trip's zone)
INTO_EXIT = [("Asia/Singapore", "SG", "GB", LONDON), ("Europe/Berlin", "DE", "US", NY),
             ("Asia/Seoul", "KR", "DE", "Europe/Berlin")]


@pytest.mark.parametrize("seed", [2, 3, 4])
@pytest.mark.parametrize(("zone", "home", "cc", "there"), INTO_EXIT)
def test_a_trip_into_the_exit_country_is_a_trip(zone: str, home: str, cc: str, there: str, seed: int) -> None:
    # before: "No trips abroad seen" (seeds 2–4; Seoul: 2 and 4)
    _assert_trip(_person(seed, zone, home, cc, (there, cc, _may(10), _may(12))), home, cc, cc, 10, 12)


@pytest.mark.parametrize("seed", [1, 2])
@pytest.mark.parametrize(("zone", "home", "exit_cc"), [("Asia/Tokyo", "JP", "US"), ("Asia/Seoul", "KR", "US"),
                                                       ("Asia/Singapore", "SG", "US"),
                                                       ("Asia/Singapore", "SG", "GB"),
                                                       ("Europe/Berlin", "DE", "US"), ("Asia/Seoul", "KR", "DE")])
def test_the_weekly_exit_alone_is_no_trip(zone: str, home: str, exit_cc: str, seed: int) -> None:
    r = _person(seed, zone, home, exit_cc, None)
    assert _read(r) == (home, [exit_cc], [], "high")
    assert view.headline(r.finding("trips").to_dict()) == "No trips abroad seen."


@pytest.mark.parametrize("seed", [1, 2, 4])
def test_a_far_trip_friday_to_sunday_is_told_with_its_untold_sunday(seed: int) -> None:
    # its Sunday shares UTC hours with home's Monday logins, so "12–13 May"; before TRIP50 at high, the Sunday's
    # logins set aside with the exit's unsaid
    r = _person(seed, "Asia/Tokyo", "JP", "US", (LA, "US", _may(12), _may(14)))
    assert _read(r) == ("JP", ["US"], [("US", "2023-05-12", "2023-05-13")], "medium")
    assert view.headline(r.finding("trips").to_dict()) == "1 trip abroad: the United States 12–13 May 2023."
    assert [c for c in r.finding("trips").caveats if c.startswith("Your trip to")] == [
        "Your trip to the United States (12 May 2023 to 13 May 2023) is followed, before you are seen at home again, "
        "by logins there on a weekday your VPN exit there is otherwise not used, in the hours of your next day at "
        "home: the days shown are those the records can tell, and it may have lasted to 14 May 2023."]
