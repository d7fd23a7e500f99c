"""A move's switch read on each side's own clock (SWITCH58, testers T55C 1 / T55A 4). People are invented:
test_inference_synth.person on each clock, a login a day 09:00–21:00 from an address of each clock's country; the
move day's records trimmed to a last one on the earlier clock on the eve (``last_h``, its local hour) and a first
on the later clock (``first_h``, a login from the later country).

- T55C 1: since MOVE56 the switch is the first login from the later country, and ``clock._said_periods`` withheld
  the switch "as a whole" where the record before it was at night: a Chicago → London mover whose last evening in
  Chicago ended at 23:30 and whose first London login was at 12:15 read "since Jun 2024 (day withheld: night-time;
  --include-sensitive)" while the home finding said 1 Jun. Each record is read on its own period's clock: a first
  record by day on the later clock keeps the switch's day; the earlier clock's last bound (its record at night) is
  withheld by its month alone — no weekday beside the switch's day to date that night. A first record at night on
  the later clock still withholds the switch as a whole (the sleep-privacy rule: no date of night-time activity
  without --include-sensitive)."""

from __future__ import annotations

import random
from array import array
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from test_inference_synth import Stream, local, person

from dataexam.inference.clock import ClockAggregator
from dataexam.inference.engine import QUARTERS
from dataexam.inference.sensitive import NightGate
from dataexam.inference.timezone import MovedZone
from dataexam.report import view

START, END, NOW = date(2023, 11, 6), date(2025, 2, 28), datetime(2025, 3, 2, tzinfo=UTC)
ADDR = {"US": "73.10.0.5", "GB": "81.2.69.142", "AE": "94.200.0.1", "IN": "49.204.0.1", "DE": "91.64.0.1",
        "JP": "133.242.0.1"}
LONDON = "London time (Europe/London, UTC+0 with summer time)"


def _mover(a: str, ca: str, b: str, cb: str, moved: date, last_h: float, first_h: float, *, early: int = 0,
           seed: int = 0) -> list:
    """``a`` until the eve of ``moved`` (its last record at ``last_h`` there), ``b`` from ``first_h`` on ``moved``
    (a login from ``cb``); a login a day, from ``cb`` already ``early`` days before the move (on ``a``'s clock)."""
    rng = random.Random(7 + seed)
    s = Stream("x.zip")
    dep, arr = local(ZoneInfo(a), moved - timedelta(days=1), last_h), local(ZoneInfo(b), moved, first_h)
    events = [e for e in person(a, days=(moved - START).days, start=START, per_day=8, seed=11 + seed)
              if e.time < dep]
    events += [e for e in person(b, days=(END - moved).days + 1, start=moved, per_day=8, seed=12 + seed)
               if e.time > arr]
    events += [s.ev(dep, "twitter.tweet", "last one here"), s.ev(arr, "twitter.login", None, ip=ADDR[cb])]
    d = START
    while d <= END:
        if d < moved:
            t = local(ZoneInfo(a), d, rng.uniform(9, 21))
            if t < dep:
                events.append(s.ev(t, "twitter.login", None, ip=ADDR[cb if d >= moved - timedelta(days=early)
                                                                 else ca]))
        elif d > moved:
            events.append(s.ev(local(ZoneInfo(b), d, rng.uniform(9, 21)), "twitter.login", None, ip=ADDR[cb]))
        d += timedelta(days=1)
    return sorted(events, key=lambda e: e.sort_key)


def _said(records: list[datetime], switch: datetime, *, dated: bool = False) -> list[dict]:
    """``clock._said_periods`` of a Chicago (May) → London (June) history whose own records are ``records`` (UTC),
    switched at ``switch``."""
    agg = ClockAggregator()
    for t in records:
        agg.days.setdefault(t.date(), array("i", [0] * QUARTERS))[(t.hour * 60 + t.minute) // 15] += 1
    tz = MovedZone(ZoneInfo("America/Chicago"), ZoneInfo("Europe/London"), switch)
    periods = [{"from": "2024-05-01", "to": "2024-05-31", "zone": "America/Chicago", "start": None},
               {"from": "2024-06-01", "to": "2024-06-30", "zone": "Europe/London",
                "start": switch.strftime("%Y-%m-%dT%H:%M:%SZ")}]
    return agg._said_periods(NightGate(dated=dated), tz, periods)  # type: ignore[return-value]


#: daytime records at the history's ends (Wed 1 May 15:00 UTC = 10:00 in Chicago, Sun 30 Jun 12:00 in London)
ENDS = [datetime(2024, 5, 1, 15, tzinfo=UTC), datetime(2024, 6, 30, 11, tzinfo=UTC)]


def test_the_switch_s_bounds_are_each_read_on_their_own_clock() -> None:
    # the T55C 1 shape: Chicago's last evening at Fri 23:30 (night there), London's first login at Sat 12:15 (day),
    # the switch between them (11:00 UTC, the first login's hour). Was the switch withheld as a whole ("since Jun 2024
    # (day withheld …)"), the earlier bound "withheld Fri 23:30"
    last, first = datetime(2024, 6, 1, 4, 30, tzinfo=UTC), datetime(2024, 6, 1, 11, 15, tzinfo=UTC)
    said = _said([*ENDS, last, first], datetime(2024, 6, 1, 11, tzinfo=UTC))
    assert (said[1]["from"], said[1]["start"], said[1].get("from_month")) == (
        "2024-06-01", "2024-06-01T11:00:00Z", None)
    # the night's bound by its month alone: "withheld Fri 23:30" beside "2024-06-01" would date that night
    assert (said[0]["to"], said[0]["to_month"]) == ("withheld", "2024-05")
    assert view.bound_day(said[0]["to"], said[0]["to_month"]) == \
        "May 2024 (day withheld: night-time; --include-sensitive)"
    assert view.period_span(said[0]) == "1 May 2024 – May 2024 (day withheld: night-time; --include-sensitive)"
    # both records by day (Chicago's last at 18:00): nothing withheld
    said = _said([*ENDS, datetime(2024, 5, 31, 23, tzinfo=UTC), first], datetime(2024, 6, 1, 11, tzinfo=UTC))
    assert (said[0]["to"], said[1]["from"]) == ("2024-05-31", "2024-06-01")
    # with --include-sensitive, the periods as they are
    periods = _said([*ENDS, last, first], datetime(2024, 6, 1, 11, tzinfo=UTC), dated=True)
    assert (periods[0]["to"], periods[1]["from"]) == ("2024-05-31", "2024-06-01")


@pytest.mark.parametrize("last", [datetime(2024, 5, 31, 23, tzinfo=UTC), datetime(2024, 6, 1, 0, 30, tzinfo=UTC)])
def test_a_switch_at_night_on_the_later_clock_is_withheld_as_a_whole(last: datetime) -> None:
    # London's first record at Sat 03:00 (02:00 UTC; night there) after Chicago's last at Fri 18:00 or 19:30: the
    # switch's day is a night's date, and the earlier bound's day beside it would date it — both undated, by their
    # records' weekday and hour, as before (the sleep-privacy rule; grep "day withheld" tests/)
    first = datetime(2024, 6, 1, 2, tzinfo=UTC)
    said = _said([*ENDS, last, first], datetime(2024, 6, 1, 1, 45, tzinfo=UTC))
    assert (said[1]["from"], said[1]["start"], said[1]["from_month"]) == ("withheld Sat 03:00",) * 2 + ("2024-06",)
    assert said[0]["to"] == f"withheld Fri {last.astimezone(ZoneInfo('America/Chicago')):%H:%M}"
    assert said[0]["to_month"] == "2024-05"
    assert view.bound_day(said[1]["from"], said[1]["from_month"]) == \
        "Jun 2024 (day withheld: night-time; --include-sensitive)"
    # both records at night on their own clocks (Chicago's last at Fri 23:30, London's first at Sat 05:45)
    said = _said([*ENDS, datetime(2024, 6, 1, 4, 30, tzinfo=UTC), datetime(2024, 6, 1, 4, 45, tzinfo=UTC)],
                 datetime(2024, 6, 1, 4, 45, tzinfo=UTC))
    assert (said[0]["to"], said[1]["from"], said[1]["start"]) == ("withheld Fri 23:30", "withheld Sat 05:45",
                                                                  "withheld Sat 05:45")
