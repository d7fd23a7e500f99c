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
  without --include-sensitive).
- T55A 4: Dubai → Kolkata on Wed 10 Jul 2024 with logins from India from 3 Jul while the activity was still on
  Dubai's clock read "since 3 Jul" at medium, no caveat: the login-bounded switch moved a week before the activity's
  own change. The activity's day is said (``periods._activity_change_day``), and, at medium, that the logins from
  the later country began on 3 Jul (the period's ``logins_from``)."""

from __future__ import annotations

import random
from array import array
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from test_inference_synth import Stream, local, person

from dataexam.inference import infer
from dataexam.inference.clock import ClockAggregator
from dataexam.inference.engine import QUARTERS
from dataexam.inference.sensitive import NightGate
from dataexam.inference.timezone import MovedZone
from dataexam.report import view

ADDR = {"US": "73.10.0.5", "GB": "81.2.69.142", "AE": "94.200.0.1", "IN": "49.204.0.1", "DE": "91.64.0.1",
        "JP": "133.242.0.1"}
LONDON = "London time (Europe/London, UTC+0 with summer time)"


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


def _lived(segs: list[tuple[str, date, date]], logins: list[tuple[str, str, date, date]], seed: int = 0) -> list:
    """T55A's mv.py: ``segs`` [(zone, first, last)] of activity, ``logins`` [(zone of the hour, country, first,
    last)], a login a day 09:00–21:00 on that zone's clock."""
    s, rng = Stream("x.zip"), random.Random(7 + seed)
    events = []
    for k, (zone, a, b) in enumerate(segs):
        events += person(zone, days=(b - a).days + 1, start=a, per_day=8, seed=11 + seed + k)
    for zone, cc, a, b in logins:
        d = a
        while d <= b:
            events.append(s.ev(local(ZoneInfo(zone), d, rng.uniform(9, 21)), "twitter.login", None, ip=ADDR[cc]))
            d += timedelta(days=1)
    return sorted(events, key=lambda e: e.sort_key)


DUBAI, KOLKATA = "Asia/Dubai", "Asia/Kolkata"
FIRST, LAST, MOVED = date(2023, 3, 6), date(2025, 3, 30), date(2024, 7, 10)


@pytest.mark.parametrize("early", [7, 0])
def test_logins_ahead_of_the_activity_s_change_date_the_move_by_the_activity(early: int) -> None:
    logins_from = MOVED - timedelta(days=early)
    events = _lived([(DUBAI, FIRST, MOVED - timedelta(days=1)), (KOLKATA, MOVED, LAST)],
                    [(DUBAI, "AE", FIRST, logins_from - timedelta(days=1)),
                     (DUBAI, "IN", logins_from, MOVED - timedelta(days=1)), (KOLKATA, "IN", MOVED, LAST)])
    tz = infer(events, now=datetime(2025, 4, 2, tzinfo=UTC), include_sensitive=True).finding("timezone")
    said = view.headline(tz.to_dict())
    # early 7 was "since 3 Jul 2024" (medium, no caveat)
    assert said == "You live on Kolkata time (Asia/Kolkata, UTC+5:30) since 10 Jul 2024; before, on Dubai time " \
                   "(Asia/Dubai).", said
    assert tz.confidence == "medium"
    later = tz.value["periods"][-1]
    told = [c for c in tz.caveats if c.startswith("Your logins came from")]
    if early:
        assert later["logins_from"] == "2024-07-03"
        assert told == ["Your logins came from India from 2024-07-03, before your activity moved to Asia/Kolkata's "
                        "clock (2024-07-10): the move is dated by the activity; the logins may have begun early (a "
                        "VPN, or a trip ahead of the move)."]
        assert "logins from India from 2024-07-03" in tz.confidence_basis
    else:
        assert "logins_from" not in later and not told
