"""A trip abroad in an export's first weeks is no move (pass 38, MOVE10).

A Sydney resident's ten days in Los Angeles (7–16 Mar 2023), in an export starting 2 Jan 2023, read "You most likely
live in Australia since Mar 2023 (before: United States)" and listed the nine weeks at home before it as a trip,
"AU 2023-01-02–2023-03-06"; a Berliner's New York trip the same, without any VPN. The move rule (moves.two_runs) does
not count stays in the later country against the earlier home, and the nine weeks at home from the export's start,
a short run of Australia, were such a "stay": the ten days in the US were all the earlier side had to hold. A run
from the export's first day is no stay away from an earlier home now. Trips of ten days in weeks 6, 10 and 15, and
of five or six weeks, were the same; week 1 and 3 and trips at the export's end were right before.

People are invented: tests/test_southern_vpn_weekends' two years at home, no VPN, a trip to Los Angeles or New York.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from test_southern_vpn_weekends import BERLIN, FIRST, NEW_YORK, SYDNEY, _report, _trips

HOME = {SYDNEY: ("AU", "Australia"), BERLIN: ("DE", "Germany")}


def _away(zone: str, first: date, last: date):
    # --include-sensitive: the trip's days are what these tests are about; a New York evening to 23:30 on the day out
    # is night on the clock the trip switches to, so without it the trip near that switch is said by its months
    # (EXAMPLE60, NEAR61 — tests/test_near_switch_trips_near61.py)
    if zone == SYDNEY:  # a day in the air across the Pacific
        return _report(SYDNEY, 1, ((first, last),), back_days=2, vpn=False, include_sensitive=True)
    return _report(BERLIN, 1, ((first, last),), there=NEW_YORK, vpn=False, include_sensitive=True)


def _week(n: int, days: int = 10) -> tuple[date, date]:
    """A trip out on the Tuesday of the export's week ``n``, ``days`` long."""
    first = FIRST + timedelta(weeks=n - 1, days=1)
    return first, first + timedelta(days=days - 1)


@pytest.mark.parametrize("zone", [SYDNEY, BERLIN])
@pytest.mark.parametrize(("first", "last"), [
    (date(2023, 3, 7), date(2023, 3, 16)),  # the tester's: week 10
    _week(1), _week(6), _week(15),
    _week(10, 36), _week(6, 43),  # five and six weeks away after five or nine weeks at home
    (date(2024, 12, 19), date(2024, 12, 28)),  # at the export's end (31 Dec 2024)
])
def test_a_trip_in_the_export_s_first_weeks_is_a_trip_not_a_move(zone: str, first: date, last: date) -> None:
    # before (week 10): "You most likely live in Australia since Mar 2023 (before: United States) …" and the trips
    # [("AU", "2023-01-02", "2023-03-06")]; the same for weeks 6 and 15 and the five and six weeks
    r = _away(zone, first, last)
    home = r.finding("home")
    cc, name = HOME[zone]
    assert (home.value["country"], home.value.get("moved")) == (cc, None)
    assert home.summary.startswith(f"You most likely live in {name} (")
    assert "before:" not in home.summary and "since" not in home.summary
    assert _trips(r) == [("US", first.isoformat(), last.isoformat())]
