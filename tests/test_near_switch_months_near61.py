"""NEAR61 (T58A 1–3, privacy): the days withheld about a clock switch the night gate undated are whole calendar
months, and the life events and trips in them are said by their months.

EXAMPLE60 withheld every dated record within ``clock.WEEKDAY_PINS`` (6) days of the records beside a withheld switch
("withheld Tue 23:00"). T58A found three leaks left:

1. the window's edge was a ruler: the first dated record after it was always the night + 7..9 days, and the bound's
   weekday picked the night among the candidates. Now every day from the 1st of the month of (night − 6) to the last
   of the month of (night + 6) is withheld (``clock.month_window``), so the first dated day after it is the 1st of a
   month or later, the last before it the last of a month or earlier;
2. a life event on a day inside the window stayed dated: "new job 3 Jul 2026 (your post)", the declared "move 2 Jul
   2026 (Moved to Tokyo, Japan); job 3 Jul 2026" → "new job Jul 2026 (day withheld: near a night-time move;
   --include-sensitive)", ``start`` "withheld (near a night-time move) Jul 2026" with ``start_month``;
3. a trip crossing the window's edge gave its withheld first day by subtraction ("South Korea from Jul 2026 (day
   withheld …) to 2026-08-04", ``days_observed`` 8, ``first_home_day_after`` "2026-08-05") → both ends and both home
   days by their months, no ``days_observed``.

With --include-sensitive every day stays dated. People are invented (tests/test_switch_own_clock_switch59._moved)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import test_examples_near_switch_example60 as ex60
import test_switch_own_clock_switch59 as switch59

from dataexam.inference import infer
from dataexam.inference.clock import WEEKDAY_PINS, month_window

NOW = datetime(2027, 4, 2, tzinfo=UTC)
MOVED = date(2026, 7, 1)


def _month_bounds(anchor: date) -> tuple[date, date]:
    """The first and last day of the month before ``anchor``'s to the month after it, built here by hand (WINDOW62:
    the window is fixed per switch, three whole months about its first local day on the later clock)."""
    before = date(anchor.year - (anchor.month == 1), (anchor.month - 2) % 12 + 1, 1)
    after2 = date(anchor.year + (anchor.month >= 11), (anchor.month + 1) % 12 + 1, 1)
    return before, after2 - timedelta(days=1)


@pytest.mark.parametrize("day", [date(2026, 7, 1), date(2026, 1, 3), date(2026, 12, 29), date(2024, 2, 25),
                                 date(2026, 3, 16), date(2026, 6, 3), date(2026, 7, 31), date(2024, 2, 29),
                                 date(2026, 11, 30), date(2026, 1, 1), date(2026, 12, 31)])
def test_the_window_is_whole_calendar_months(day: date) -> None:
    """Across month, year and leap-day edges: the month before the anchor's, its month and the month after — the
    same three months wherever the day lies in its month (WINDOW62, T58E 1)."""
    window = month_window(day, {day - timedelta(days=1), day, day + timedelta(days=1)})
    first, last = _month_bounds(day)
    assert min(window) == first and max(window) == last, (day, min(window), max(window))
    assert len(window) == (last - first).days + 1
    # every day within WEEKDAY_PINS of the records' days lies inside
    assert all(day + timedelta(days=k) in window for k in range(-WEEKDAY_PINS - 1, WEEKDAY_PINS + 2))
    # the same window for every day of the anchor's month: no ruler
    first_of = day.replace(day=1)
    for k in range(31):
        other = first_of + timedelta(days=k)
        if other.month == day.month:
            assert month_window(other, {other - timedelta(days=1), other + timedelta(days=1)}) == window, other


def test_a_long_gap_grows_the_window_by_whole_months() -> None:
    """A record beside the switch weeks before the anchor (no records between) is held too, by whole months."""
    window = month_window(date(2026, 7, 15), {date(2026, 5, 20), date(2026, 7, 15)})
    assert min(window) == date(2026, 5, 1) and max(window) == date(2026, 8, 31)


#: (earlier clock, later clock, switch day): east and west, across the date line, a switch early and late in a month
EDGE_CASES = [("Europe/Berlin", "Asia/Tokyo", date(2026, 7, 1)), ("Europe/Berlin", "Asia/Tokyo", date(2026, 6, 3)),
              ("Pacific/Honolulu", "Pacific/Auckland", date(2026, 7, 1)),
              ("Europe/London", "America/New_York", date(2026, 6, 3))]


@pytest.mark.parametrize(("a", "b", "moved"), EDGE_CASES)
def test_no_day_is_dated_in_the_withheld_months(a: str, b: str, moved: date) -> None:
    """T58A 1: `python .probe/edge.py 0 1` gave the first dated day after the window always night + 7..9."""
    switch59.IPS.update(ex60.IPS)
    switch59.COUNTRY.update(ex60.COUNTRY)
    events, _last, first = switch59._moved(a, b, moved, 23.0, 19.0)
    events.sort(key=lambda e: e.sort_key)
    report = infer(events, now=NOW)
    assert str(report.finding("timezone").value["periods"][1]["from"]).startswith("withheld"), (a, b, moved)
    lo, hi = _month_bounds(first.astimezone(ZoneInfo(b)).date())
    outs = ex60._outputs(report)
    for name, out in outs.items():
        said = sorted(d for d, _ctx in ex60._said_days(out))
        inside = [(d, ctx) for d, ctx in ex60._said_days(out) if lo <= d <= hi]
        assert not inside, f"{a} → {b} {moved}, {name}: a day in the withheld months: {inside[:3]}"
        after = [d for d in said if d > hi]
        # the first dated day after the window is a month's first or later, no fixed distance from the night
        assert not after or after[0] >= hi + timedelta(days=1), (name, after[:1])
