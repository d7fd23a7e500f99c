"""Far moves 12–17 h east dated on the later clock's calendar (MOVE49). Read by the earlier clock's days, the later
clock's first waking day fell on two of them, its morning on the earlier's day before and its evening on the day of
its own name, and no hour threshold for naming a day on told the classes apart (pass 47: New York → Tokyo in New
York's winter, 14 h, wanted the day of its own name, Chicago → Tokyo in June, 14 h, the day after; Saturday moves
16 h east went late). Now the records are read by the later clock's days (clock.MOVE_DAYS_ON_LATER_EAST_H), where
the later's first day is the one holding the earlier's last evening and then the later's first afternoon and
evening (periods.date_clock_change's travel_first); where the day before holds both clocks' records too, the day is
said at medium with both days. People are invented (test_move_untold_days._moved: the earlier clock's days to the
day before the move, the later's from it)."""

from __future__ import annotations

from datetime import date

import pytest
from test_move_far_dates import NOW
from test_move_untold_days import ADDRESS, COUNTRY, _moved

from dataexam.inference import infer
from dataexam.report import view

UNTOLD = "The records of a day beside your move fit both clocks: it may have fallen "
NAMES = {"Asia/Tokyo": "Tokyo time (Asia/Tokyo, UTC+9)", "Asia/Singapore": "Singapore time (Asia/Singapore, UTC+8)",
         "Pacific/Auckland": "Auckland time (Pacific/Auckland, UTC+12 with summer time)"}


@pytest.fixture(autouse=True)
def _countries(monkeypatch: pytest.MonkeyPatch) -> None:
    for zone, cc in (("America/Chicago", "US"), ("America/Los_Angeles", "US"), ("America/Denver", "US"),
                     ("America/New_York", "US"), ("Asia/Tokyo", "JP"), ("Asia/Singapore", "SG"),
                     ("Pacific/Auckland", "NZ")):
        monkeypatch.setitem(COUNTRY, zone, cc)
    for cc, ip in (("US", "73.10.0.5"), ("JP", "133.242.0.1"), ("SG", "119.56.0.1"), ("NZ", "203.97.0.1")):
        monkeypatch.setitem(ADDRESS, cc, ip)


def _said(a: str, b: str, moved: date, seed: int, earlier_logins: bool = True) -> tuple[str, str, list[str]]:
    f = infer(_moved(a, b, moved, seed, earlier_logins), now=NOW, include_sensitive=True).finding("timezone")
    return view.headline(f.to_dict()), str(f.confidence), list(f.caveats)


@pytest.mark.parametrize(("a", "b", "moved", "seed", "earlier_logins"), [
    ("America/Chicago", "Asia/Tokyo", date(2024, 6, 19), 13, True),  # 14 h, June: the day after at 15–17 h
    ("America/Chicago", "Asia/Tokyo", date(2024, 1, 17), 13, True),  # 15 h, January: was "since 16 Jan" (high)
    ("America/Los_Angeles", "Asia/Tokyo", date(2024, 6, 17), 8, True),  # 16 h: was "since 16 Jun" (high)
    ("America/Los_Angeles", "Asia/Tokyo", date(2024, 6, 18), 3, False),  # was "since 17 Jun" (high)
    ("America/Los_Angeles", "Asia/Tokyo", date(2024, 1, 15), 8, True),  # 17 h: was "since 14 Jan" (high)
    ("America/New_York", "Pacific/Auckland", date(2024, 6, 17), 8, True),  # 16 h: was "since 16 Jun" (high)
    ("America/New_York", "Pacific/Auckland", date(2024, 4, 13), 5, True),  # Saturday: was "since 12 Apr" (high)
    ("America/Los_Angeles", "Asia/Singapore", date(2024, 1, 16), 3, True),
    ("America/Denver", "Asia/Tokyo", date(2024, 6, 19), 0, True)])
def test_a_move_far_east_is_dated_to_its_day_at_high(a: str, b: str, moved: date, seed: int,
                                                     earlier_logins: bool) -> None:
    said, confidence, caveats = _said(a, b, moved, seed, earlier_logins)
    assert said.startswith(f"You live on {NAMES[b]} since {moved.day} {moved:%b %Y}; before, on "), said
    assert confidence == "high", said
    assert not any(c.startswith(UNTOLD) for c in caveats), caveats


def test_a_first_day_whose_day_before_holds_both_clocks_too_is_said_with_both_days() -> None:
    # logins from Japan only: New York's Friday evening and Tokyo's Saturday on 20 Jan (Tokyo's days), 14 records
    # against a median 8 but 3.8 nats for New York, and 21 Jan read on Tokyo's clock: the day is open between them
    # (read on New York's days, "since 20 Jan 2024" at high; without the crowd rule, "since 21 Jan")
    said, confidence, caveats = _said("America/New_York", "Asia/Tokyo", date(2024, 1, 20), 3, False)
    assert said.startswith(f"You live on {NAMES['Asia/Tokyo']} since 20 Jan 2024; before, on New York time"), said
    assert confidence == "medium", said
    assert f"{UNTOLD}on 20 Jan 2024 or 21 Jan 2024; 20 Jan 2024 is the likeliest." in caveats, caveats


@pytest.mark.parametrize(("a", "b", "moved", "seed"), [
    # logins from the later country only; each day before the first read on the later clock holds both clocks'
    # records too (a travel day by the records' chance, or the day's many records): the day is said open
    ("America/New_York", "Asia/Tokyo", date(2024, 11, 12), 0),  # 12 Nov the likelier: 'since 13 Nov' when kept
    ("America/Los_Angeles", "Asia/Singapore", date(2024, 1, 20), 3)])  # taken alone, Friday's 'since 19 Jan' (high)
def test_two_days_that_hold_both_clocks_leave_the_day_open_at_medium(a: str, b: str, moved: date, seed: int) -> None:
    said, confidence, caveats = _said(a, b, moved, seed, False)
    assert said.startswith(f"You live on {NAMES[b]} since {moved.day} {moved:%b %Y}; before, on "), said
    assert confidence == "medium", said
    assert any(c.startswith(UNTOLD) and f"{moved.day} {moved:%b %Y} is the likeliest." in c for c in caveats), caveats
