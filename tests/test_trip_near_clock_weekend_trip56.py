"""A trip on a clock near home's whose days run into the weekly exit's weekend on home's dates (TRIP56; T54B 10,
T54C 5).

People: test_weekly_exit_short_trips' ``_trip_report`` — a year in Auckland behind a US exit Friday evening to Sunday
on Auckland's clock, one Honolulu (Los Angeles) trip from its first to its last day on the trip's clock, a 9-hour
flight each way with no record. Honolulu's clock is 2 h behind Auckland's hours and a day behind on the calendar:
Honolulu's Thursday evening is Auckland's Friday afternoon, its Friday and Saturday Auckland's exit weekend.

Before:
- Thu 11 – Sun 14 May 2023 read "No trips abroad seen." at high: the run's days off the exit's weekdays (Honolulu's
  Thursday evening, its Sunday) were each kept as the stay's, the exit's days between them set aside, and each piece
  alone was too short for a trip. A short run's exit days between two of its stay days are now the stay's
  (clock_exits.runs_on_home_clock): "United States 11–14 May".
- Thu 11 – Fri 12, Thu 11 – Sat 13 and Fri 12 – Sat 13 read "No trips abroad seen." at high: their days, on
  Auckland's dates, are the exit's Friday to Sunday begun early. The same records are the exit left on early; the
  finding now says so at medium (moves._exit_off_weekend, before only for exits told by the week, ``weekly``: the US
  is far enough from Auckland to be told by the distance).
- Fri 12 – Mon 15 ("14–15 May"), Tue 9 – Sat 13 ("9–11 May") and the Los Angeles trip Tue 9 – Fri 12 ("9–11 May")
  were at medium already, with the days the records can tell and the exit's beside them said; they stay so.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_far_weekend_exit import _report
from test_weekly_exit_short_trips import _trip_report, _trips

from dataexam.report import view


def _finding(r):
    f = r.finding("trips")
    return _trips(r), str(f.confidence), " ".join(f.to_dict().get("caveats") or [])


def test_a_trip_thursday_to_sunday_is_one_trip() -> None:
    trips, conf, _said = _finding(_trip_report("Pacific/Auckland", date(2023, 5, 11), date(2023, 5, 14)))
    # before: [] at high
    assert trips == [("US", "2023-05-11", "2023-05-14")]
    assert conf == "high"
    r = _trip_report("Pacific/Auckland", date(2023, 5, 11), date(2023, 5, 14))
    assert view.headline(r.finding("trips").to_dict()) == "1 trip abroad: the United States 11–14 May 2023."


@pytest.mark.parametrize(("first", "last", "days"), [
    (11, 12, "Fri 12 – Sat 13 May 2023"),  # Honolulu's Thursday evening and Friday
    (11, 13, "Fri 12 – Sun 14 May 2023"),  # … to its Saturday
    (12, 13, "Sun 14 May 2023"),  # Friday and Saturday: Auckland's Saturday morning to Sunday
])
def test_a_trip_inside_the_exit_s_weekend_is_said_at_medium(first: int, last: int, days: str) -> None:
    trips, conf, said = _finding(_trip_report("Pacific/Auckland", date(2023, 5, first), date(2023, 5, last)))
    # before: "No trips abroad seen." at high; the records are the exit's weekend begun early as well
    assert trips == []
    assert conf == "medium"
    assert (f"Your VPN's exit in the United States was also in use on {days}, outside its usual weekend hours; on a "
            "clock this near yours those days may have been a trip.") in said


@pytest.mark.parametrize(("there", "first", "last", "told", "said"), [
    ("Pacific/Honolulu", 12, 15, ("2023-05-14", "2023-05-15"), "may have begun as early as 13 May 2023"),
    ("Pacific/Honolulu", 9, 13, ("2023-05-09", "2023-05-11"), "may have lasted to 14 May 2023"),
    ("America/Los_Angeles", 9, 12, ("2023-05-09", "2023-05-11"), "may have lasted to 14 May 2023"),
])
def test_a_trip_run_into_the_exit_s_weekend_keeps_both_readings_at_medium(there: str, first: int, last: int,
                                                                           told: tuple[str, str], said: str) -> None:
    from test_weekly_exit_short_trips import HOMES

    saved = HOMES["Pacific/Auckland"]
    HOMES["Pacific/Auckland"] = ("NZ", "US", there)
    try:
        # past the cache: its key holds no trip zone
        trips, conf, caveats = _finding(_trip_report.__wrapped__("Pacific/Auckland", date(2023, 5, first),
                                                                 date(2023, 5, last)))
    finally:
        HOMES["Pacific/Auckland"] = saved
    # unchanged: the days the records can tell, the exit's days beside them said, medium
    assert trips == [("US", *told)]
    assert conf == "medium"
    assert said in caveats


def test_the_exit_alone_is_no_trip_at_high() -> None:
    # the guard: the same exit every weekend, no trip, no day of it begun early: nothing to say
    r = _report("Pacific/Auckland", "US", None)
    f = r.finding("trips")
    assert _trips(r) == []
    assert str(f.confidence) == "high"
    assert not any("may have been a trip" in c for c in f.to_dict().get("caveats") or [])
