"""The weekly VPN exit left on past its weekend beside a real holiday, on a clock too near home's to tell (TRIP52).

People are invented: test_weekly_exit_short_trips' ``_trip_report`` year (a far weekly exit from Friday evening to
Sunday night on home's clock, a holiday spent there with a 9-hour flight each way), the exit also left on all day on
Monday 8 and Tuesday 9 May, right after its weekend.

TRIP51's rule (a near clock's run of days off the exit's weekend is a trip only where its days fit the country's
clock by 2 nats) read that Monday and Tuesday as the exit's, but also lost the 3–12 Oct holiday (its days fit either
clock: London an hour behind Johannesburg) and short midweek trips, and was reverted (7273a4d). Now only a run begun
or ended by the exit's own weekend days goes through it: the exit left on past its weekend is said in a caveat, and
a holiday between days at home stays the trip it is.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_weekly_exit_short_trips import _trip_report, _trips

from dataexam.report import view

LEFT_ON = (date(2023, 5, 8), date(2023, 5, 9))  # Monday and Tuesday after the exit's weekend


@pytest.mark.parametrize(("zone", "cc", "name", "in_text"), [
    ("Africa/Johannesburg", "GB", "United Kingdom", "the United Kingdom"),
    ("America/Sao_Paulo", "US", "United States", "the United States"),
])
def test_the_exit_left_on_past_its_weekend_is_said_and_the_holiday_kept(zone: str, cc: str, name: str,
                                                                        in_text: str) -> None:
    r = _trip_report(zone, date(2023, 10, 3), date(2023, 10, 12), LEFT_ON)
    trips = r.finding("trips")
    # before (main 072cb2d): "2 trips abroad: United Kingdom 8–9 May 2023, United Kingdom 3–12 Oct 2023." (medium);
    # TRIP51 (cf65ff2): the holiday lost as well
    assert _trips(r) == [(cc, "2023-10-03", "2023-10-12")]
    assert view.headline(trips.to_dict()) == f"1 trip abroad: {in_text} 3–12 Oct 2023."  # with its article (WORD57)
    assert str(trips.confidence) == "medium"
    said = [c for c in trips.caveats if c.startswith("Your VPN's exit")]
    assert said == [f"Your VPN's exit in {in_text} was also in use on Mon 8 – Tue 9 May 2023, outside its usual "
                    "weekend hours; on a clock this near yours those days may have been a trip."]
