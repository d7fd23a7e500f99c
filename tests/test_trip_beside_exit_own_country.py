"""A trip to a weekly VPN exit's own country right before or after the exit's weekend (TRIP44). People are invented:
test_pacific_edge_short_trips' year at home, logins from Friday 19:00 to Sunday through an exit abroad on home's
clock, and one trip lived on the destination's clock with logins from there.

1. A Honolulu resident's German exit beside a Monday-to-Wednesday Berlin trip read "Germany 7–10 May" (the exit's
   Sunday glued on); a Los Angeles resident's, a Chicago resident's UK exit beside a London trip, a Kamchatka or
   Tokyo resident's US exit beside a New York one, a Berliner's US exit beside a New York one, lost the trip or
   glued the weekend at some seeds. The exit's days at a stay's ends on the weekdays it is alone on most weeks, not
   on the stay's clock, are the exit's (clock_exits._exit_days_at_edges).
2. A New York resident's German exit beside a Monday-to-Wednesday Berlin trip: "No trips abroad seen." at 2 of 4
   seeds: the run of days there alone, the exit's weekend and the trip, was read whole and kept home's clock; it is
   now read without the exit's days at its ends (clock_exits._off_exit_edges).
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from test_pacific_edge_short_trips import IPS, MAY_8, _person, _read

from dataexam.report import view
from dataexam.wording import in_text

IPS.setdefault("RU", "5.3.0.1")
NAMES = {"US": "United States", "DE": "Germany", "GB": "United Kingdom"}
#: (home zone, home country, the weekend exit's country, the trip's zone): each trip to the exit's own country
CASES = [("Pacific/Honolulu", "US", "DE", "Europe/Berlin"), ("America/New_York", "US", "DE", "Europe/Berlin"),
         ("America/Los_Angeles", "US", "DE", "Europe/Berlin"), ("America/Chicago", "US", "GB", "Europe/London"),
         ("Asia/Kamchatka", "RU", "US", "America/New_York"), ("Europe/Berlin", "DE", "US", "America/New_York")]


def _assert_trip(zone: str, home: str, exit_cc: str, there: str, first: date, last: date, seed: int) -> None:
    r = _person(seed, zone, home, exit_cc, (there, exit_cc, first, last))
    assert _read(r)[:3] == (home, [exit_cc], [(exit_cc, first.isoformat(), last.isoformat())])
    trips = r.finding("trips")
    assert view.headline(trips.to_dict()) == \
        f"1 trip abroad: {in_text(NAMES[exit_cc])} {first.day}–{last.day} May 2023."
    # the exit is still set aside, and said so
    assert any(f"logins from {in_text(NAMES[exit_cc])} set aside" in c for c in trips.caveats)


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
@pytest.mark.parametrize(("zone", "home", "exit_cc", "there"), CASES)
def test_a_monday_to_wednesday_trip_after_the_exit_s_weekend_keeps_its_own_days(zone: str, home: str, exit_cc: str,
                                                                              there: str, seed: int) -> None:
    # before: "1 trip abroad: Germany 7–10 May 2023." (Honolulu, all seeds), "No trips abroad seen." (New York,
    # Kamchatka, Chicago at some seeds)
    _assert_trip(zone, home, exit_cc, there, MAY_8, MAY_8 + timedelta(days=2), seed)


@pytest.mark.parametrize(("zone", "home", "exit_cc", "_there"), CASES)
def test_the_exit_alone_stays_no_trip(zone: str, home: str, exit_cc: str, _there: str) -> None:
    r = _person(1, zone, home, exit_cc, None)
    assert _read(r)[:3] == (home, [exit_cc], [])
    trips = r.finding("trips")
    assert view.headline(trips.to_dict()) == "No trips abroad seen."
    assert any(f"logins from {in_text(NAMES[exit_cc])} set aside" in c for c in trips.caveats)
