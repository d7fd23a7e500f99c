"""A trip on a clock near home's run into the weekly exit's days after it: the journey home places its end (TRIP55 2).

People: test_weekly_exit_short_trips' ``_trip_report`` — a year at home behind a weekly exit Friday evening to Sunday
on home's clock, one trip from its first to its last day on the trip's clock, a 9-hour flight each way with no record,
home and trip never overlapping in time.

Before: an Auckland resident's Honolulu trip Tuesday 9 to Friday 12 May read "1 trip abroad: United States 9–11 May
2023.", Monday 8 to Friday 12 "8–11 May": no home login lies between the trip and the US exit's weekend, so one long
run, whose exit days at its end (``_exit_weekend_last``: the days alone on the exit's weekdays) were its last two
waking days — but Honolulu's Friday is Auckland's Saturday, a day of the exit on home's dates. The two clocks, 2 h
apart, fit that day and the exit's Sunday at home alike (−1.2 and +0.7 nats); the flight home, 14 h without a record
from Honolulu's Friday evening, ends on Auckland's Sunday, where the exit's days begin.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_weekly_exit_short_trips import _trip_report, _trips

from dataexam.report import view


@pytest.mark.parametrize(("first", "last"), [
    (9, 12),  # Tuesday to Friday: before "9–11 May"
    (8, 12),  # Monday to Friday: before "8–11 May"
    (8, 11),  # Monday to Thursday: home by Auckland's Saturday, right before too
    (10, 12),  # Wednesday to Friday (TRIP50), right before too
])
def test_an_auckland_resident_s_honolulu_trip_ends_with_the_flight_home(first: int, last: int) -> None:
    r = _trip_report("Pacific/Auckland", date(2023, 5, first), date(2023, 5, last))
    assert _trips(r) == [("US", f"2023-05-{first:02d}", f"2023-05-{last:02d}")]
    assert view.headline(r.finding("trips").to_dict()) == f"1 trip abroad: the United States {first}–{last} May 2023."
