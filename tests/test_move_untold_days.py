"""Far moves whose day a day of records fitting both clocks leaves open (MOVE47). Read by a far later clock's days
(clock.MOVE_DAYS_ON_LATER_H), a first day that told neither clock was taken for the earlier's last evening and the
move dated a day late at high: Auckland → London on Monday 8 Apr 2024 "since 9 Apr", Tuesday 9 Apr "since 10 Apr",
Monday 28 Oct (the day after London's clock went back) "since 29 Oct", Friday 16 Aug "since 17 Aug"; a day with a
record past the earlier clock's midnight (London's afternoon, Auckland's small hours) is the later clock's
(periods.date_clock_change). Where a Saturday fits both clocks three or four hours apart, the day cannot be told:
Dubai → London and Kolkata → Berlin on Saturday 13 Jul 2024, logins from the new country alone, were "since 14 Jul"
at high; the day is kept and the finding lowered to medium (ClockChange.told). People are invented:
test_inference_synth.person on each clock, a login a day from 09:00 to 21:00 from an address of the clock's
country."""

from __future__ import annotations

import random
from datetime import date, timedelta
from zoneinfo import ZoneInfo

import pytest
from test_inference_synth import Stream, local, person
from test_move_far_dates import IPS, NOW

from dataexam.inference import infer
from dataexam.report import view

COUNTRY = {"Pacific/Auckland": "NZ", "Europe/London": "GB", "Asia/Dubai": "AE", "Asia/Kolkata": "IN",
           "Europe/Berlin": "DE", "Asia/Bangkok": "TH", "America/Bogota": "CO", "Asia/Tokyo": "JP",
           "Pacific/Honolulu": "US", "America/Anchorage": "US", "Europe/Moscow": "RU", "America/New_York": "US",
           "America/Chicago": "US"}
ADDRESS = IPS | {"AE": "94.200.0.1", "TH": "1.46.0.1", "CO": "181.48.0.1", "RU": "95.24.0.1"}


def _moved(a: str, b: str, moved: date, seed: int = 0, earlier_logins: bool = True) -> list:
    """``a`` from 6 Mar 2023 to the day before ``moved``, ``b`` from it to 30 Mar 2025; a login a day at a random
    hour 09:00–21:00 on each side's clock (``earlier_logins`` False: on the later side only)."""
    start, end, s, rng = date(2023, 3, 6), date(2025, 3, 30), Stream("x.zip"), random.Random(7 + seed)
    ev = [*person(a, days=(moved - start).days, start=start, per_day=8, seed=11 + seed),
          *person(b, days=(end - moved).days + 1, start=moved, per_day=8, seed=12 + seed)]
    sides = ((a, start, moved - timedelta(days=1)),) if earlier_logins else ()
    for zone, x, y in (*sides, (b, moved, end)):
        d = x
        while d <= y:
            ev.append(s.ev(local(ZoneInfo(zone), d, rng.uniform(9, 21)), "twitter.login", None,
                           ip=ADDRESS[COUNTRY[zone]]))
            d += timedelta(days=1)
    return sorted(ev, key=lambda e: e.sort_key)


@pytest.mark.parametrize(("moved", "seed"), [
    (date(2024, 4, 8), 0),  # was "since 9 Apr 2024" (high)
    (date(2024, 4, 9), 0),  # was "since 10 Apr 2024" (high)
    (date(2024, 10, 28), 0),  # was "since 29 Oct 2024" (high)
    (date(2024, 8, 16), 3),  # was "since 17 Aug 2024" (high)
    (date(2024, 4, 8), 1), (date(2024, 4, 15), 0), (date(2024, 9, 30), 0)])
def test_a_far_move_west_whose_first_day_tells_little_is_dated_to_it(moved: date, seed: int) -> None:
    f = infer(_moved("Pacific/Auckland", "Europe/London", moved, seed), now=NOW).finding("timezone")
    said = view.headline(f.to_dict())
    assert said == (f"You live on London time (Europe/London, UTC+0 with summer time) since {moved.day} "
                    f"{moved:%b %Y}; before, on Auckland time (Pacific/Auckland)."), said
    assert f.confidence == "high"
    assert not any("fit both clocks" in c for c in f.caveats)


def test_the_earlier_clock_s_last_evening_alone_on_a_day_is_still_the_earlier_s() -> None:
    # Bangkok's Saturday evening is Bogotá's Saturday morning: the move on Sunday 21 Jul stays "since 21 Jul" (high)
    f = infer(_moved("Asia/Bangkok", "America/Bogota", date(2024, 7, 21)), now=NOW).finding("timezone")
    assert "since 21 Jul 2024; before, on Bangkok time (Asia/Bangkok)" in view.headline(f.to_dict())
    assert f.confidence == "high"


@pytest.mark.parametrize(("a", "b", "earlier", "likeliest"), [
    # was "since 14 Jul 2024" (high); MOVE53: no login from the United Arab Emirates, Kabul's clock (UTC+4:30) fits
    # the earlier year alike and the shift places it within EARLIER_SHIFT_TIE_H as near — both named; MOVE54: each
    # part read on its own local clock (London's summer days on UTC+1), Kabul's 0.5 h off: Dubai's alone
    ("Asia/Dubai", "Europe/London", "Dubai time (Asia/Dubai)", 14),
    # was "since 14 Jul 2024" (high); MOVE51: the earlier clock, no login before the move, was Karachi's (UTC+5) by
    # head count and the day 14 Jul the likeliest — now the later clock less the quarters' shift
    # (clock._earlier_by_shift): Kolkata's, and the move's own day the likeliest
    # MOVE53: Kathmandu's clock (UTC+5:45) alike, the shift (UTC+5:41) nearer it: both named, Kolkata's first;
    # MOVE54: the shift read on local clocks (Berlin's summer days on UTC+2) places Kolkata's alone
    ("Asia/Kolkata", "Europe/Berlin", "Kolkata time (Asia/Kolkata)", 13)])
def test_a_saturday_that_fits_both_clocks_leaves_the_day_open_and_the_finding_medium(a: str, b: str, earlier: str,
                                                                                      likeliest: int) -> None:
    f = infer(_moved(a, b, date(2024, 7, 13), earlier_logins=False), now=NOW).finding("timezone")
    said = view.headline(f.to_dict())
    assert said.endswith(f"since {likeliest} Jul 2024; before, on {earlier}."), said
    assert f.confidence == "medium", said
    # the days open named as the headline names them (MOVE47's "a day before or after 2024-07-14"; MOVE48)
    assert "The records of a day beside your move fit both clocks: it may have fallen on 13 Jul 2024 or 14 Jul " \
           f"2024; {likeliest} Jul 2024 is the likeliest." in f.caveats, f.caveats
    assert "a day beside the move fits both clocks" in f.confidence_basis
