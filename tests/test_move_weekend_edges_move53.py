"""Far moves east on a Saturday and the earlier clock's name (MOVE53). Read by the later clock's days far east of the
earlier (clock.MOVE_DAYS_ON_LATER_EAST_H), the move's own day holds the earlier clock's last evening and then the
later clock's first waking day, whose records (a Saturday's: Bangkok's Saturday is New York's Friday night and
Saturday morning) fit both clocks alike; the day after, wholly the later clock's, was taken for the first: New York
→ Bangkok on Sat 6 Apr 2024 (11 h) "since 7 Apr", on Sat 9 Mar (12 h) "since 10 Mar", each at high
(periods.TRAVEL_WOKE_SHARE); nearer, a Saturday before the change whose records each lean to the earlier clock
faintly was taken for the earlier's (periods.CLOCK_CHANGE_FAINT_NATS). The earlier clock where no login names it, of
the clocks the activity fits alike: the one the quarters' shift places nearest, each where it cannot tell them
(clock.EARLIER_SHIFT_TIE_H) — Kathmandu read "Dhaka time", Adelaide "Sydney time", St John's with Canadian logins
"Halifax time". People are invented: test_move_untold_days._moved (a login a day from the later country only, or
from both)."""

from __future__ import annotations

from datetime import date

import pytest
from test_move_far_dates import NOW
from test_move_untold_days import ADDRESS, COUNTRY, _moved

from dataexam.inference import infer
from dataexam.report import view

ZONES = {"Asia/Kathmandu": "NP", "Australia/Adelaide": "AU", "America/St_Johns": "CA", "America/Lima": "PE"}
IPS = {"NP": "27.34.0.1", "PE": "190.236.0.1"}


@pytest.fixture(autouse=True)
def _countries(monkeypatch: pytest.MonkeyPatch) -> None:
    for zone, cc in ZONES.items():
        monkeypatch.setitem(COUNTRY, zone, cc)
    for cc, ip in IPS.items():
        monkeypatch.setitem(ADDRESS, cc, ip)


def _said(a: str, b: str, moved: date, seed: int, earlier_logins: bool = False) -> tuple[str, str, list[str]]:
    f = infer(_moved(a, b, moved, seed, earlier_logins), now=NOW).finding("timezone")
    return view.headline(f.to_dict()), str(f.confidence), list(f.caveats)


@pytest.mark.parametrize(("moved", "seed"), [
    (date(2024, 4, 6), 1),  # 11 h east: was "since 7 Apr 2024" (high)
    (date(2024, 3, 9), 1)])  # 12 h east (New York's last winter week): was "since 10 Mar 2024" (high)
def test_a_saturday_move_far_east_whose_first_day_fits_both_clocks_is_dated_to_it_and_left_open(moved: date,
                                                                                              seed: int) -> None:
    said, level, caveats = _said("America/New_York", "Asia/Bangkok", moved, seed)
    assert said == (f"You live on Bangkok time (Asia/Bangkok, UTC+7) since {moved.day} {moved:%b %Y}; before, on "
                    "New York time (America/New_York)."), said
    assert level == "medium"
    nxt = date.fromordinal(moved.toordinal() + 1)
    assert ("The records of a day beside your move fit both clocks: it may have fallen on "
            f"{moved.day} {moved:%b %Y} or {nxt.day} {nxt:%b %Y}; {moved.day} {moved:%b %Y} is the likeliest.") \
        in caveats, caveats


#: the Bangkok switch as said: its day, or — SWITCH59 — withheld where a record of the switch's day the switch
#: cannot place on one clock is at night on either (10 Mar, seed 2: the first record, Sun 03:00 UTC, is 10:00 in
#: Bangkok but Sat 22:00 in New York, the clock it may still have been lived on)
WITHHELD_MAR = "Feb–Apr 2024 (day withheld: near a night-time move; --include-sensitive)"  # WINDOW62, WINDOW66


@pytest.mark.parametrize(("moved", "seed", "since"), [
    (date(2024, 3, 10), 2, WITHHELD_MAR),  # the Sunday moves MOVE52 mended: no longer dated (SWITCH59)
    (date(2024, 4, 7), 1, "7 Apr 2024"),  # … stay dated to the day at high
    (date(2024, 4, 5), 1, "5 Apr 2024")])  # … and a Friday's
def test_the_days_beside_a_far_east_saturday_stay_dated_at_high(moved: date, seed: int, since: str) -> None:
    said, level, _caveats = _said("America/New_York", "Asia/Bangkok", moved, seed)
    assert said == (f"You live on Bangkok time (Asia/Bangkok, UTC+7) since {since}; before, on "
                    "New York time (America/New_York)."), said
    if since != WITHHELD_MAR:
        assert level == "high"


@pytest.mark.parametrize(("a", "b", "moved", "logins", "before"), [
    # was "before, on Halifax time (America/Halifax)": the head count's Canadian clock, St John's activity 0.55 nats
    # better and the shift 0.08 h from it (Halifax 0.42 h)
    ("America/St_Johns", "Asia/Kolkata", date(2024, 7, 14), True, "St. John's time (America/St_Johns)"),
    ("America/St_Johns", "Asia/Kolkata", date(2024, 7, 14), False, "St. John's time (America/St_Johns)"),
    # was "Sydney time (Australia/Sydney)", then (MOVE53) "Sydney time … or Adelaide time …": the shift between UTC
    # profiles plus London's mean offset placed Sydney a sixth of an hour nearer; each part read on its own local
    # clock, Adelaide's alone (MOVE54)
    ("Australia/Adelaide", "Europe/London", date(2024, 7, 14), False, "Adelaide time (Australia/Adelaide)"),
    # was "Dhaka time (Asia/Dhaka)": no login from Nepal, the activity alike, the shift as near to both
    ("Asia/Kathmandu", "Europe/Berlin", date(2024, 7, 13), False,
     "Dhaka time (Asia/Dhaka) or Kathmandu time (Asia/Kathmandu)")])
def test_the_earlier_clock_is_the_one_the_shift_places_or_each_it_cannot_tell(a: str, b: str, moved: date,
                                                                             logins: bool, before: str) -> None:
    said, _level, _caveats = _said(a, b, moved, 0, logins)
    # St John's → Kolkata: the switch withheld since SWITCH59 (a record of its day night-time on one of the clocks
    # it may have been lived on); the earlier clock, this test's point, is said alike
    since = "Jun–Aug 2024 (day withheld: near a night-time move; --include-sensitive)" if a == "America/St_Johns" \
        else f"{moved.day} {moved:%b %Y}"
    assert said.endswith(f"since {since}; before, on {before}."), said


def test_a_day_before_the_move_leaning_to_the_earlier_clock_by_faint_records_alone_leaves_the_day_open() -> None:
    # Kolkata → Berlin on Sat 13 Jul 2024 (seed 2, logins from India before the move): was "since 14 Jul 2024" at
    # high — Berlin's Saturday, seven records each 0.2–0.6 nats for Kolkata's clock, taken for Kolkata's
    said, level, caveats = _said("Asia/Kolkata", "Europe/Berlin", date(2024, 7, 13), 2, True)
    assert said == ("You live on Berlin time (Europe/Berlin, UTC+1 with summer time) since 14 Jul 2024; before, on "
                    "Kolkata time (Asia/Kolkata)."), said
    assert level == "medium"
    assert ("The records of a day beside your move fit both clocks: it may have fallen on 13 Jul 2024 or 14 Jul "
            "2024; 14 Jul 2024 is the likeliest.") in caveats, caveats
