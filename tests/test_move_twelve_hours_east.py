"""Moves exactly 12 h east (MOVE50): São Paulo → Tokyo / Seoul (UTC−3 → UTC+9, Brazil keeps no summer time since
2019), New York → Manila / Singapore in New York's summer (UTC−4 → UTC+8). Half a day apart, the later clock's morning
is the earlier's evening, and its evening the earlier's morning: a day of the later clock starting with its morning
reads as a travel day (its first records sure of the earlier clock, the rest of the later), and a first day read on
the later clock may tell neither. Read on the earlier clock's days (a threshold of 12.5 h for
clock.MOVE_DAYS_ON_LATER_EAST_H), New York → Singapore on Sun 21 Jul 2024 was "since 20 Jul" at high, so 12 h stays
on the later clock's days; there São Paulo → Tokyo / Seoul on Wed 16 Oct 2024 (logins from the later country only)
were "since 17 Oct" at medium, the true day's travel day and the next (a spurious one) tied and the later kept
(6b3abd6: "since 16 Oct", high), and São Paulo → Seoul on Fri 19 Jan 2024 "since 18 Jan", a day that told neither
before the travel day. People are invented (test_move_untold_days._moved)."""

from __future__ import annotations

from datetime import date

import pytest
from test_move_far_dates import NOW
from test_move_untold_days import ADDRESS, COUNTRY, _moved

from dataexam.inference import infer
from dataexam.report import view

UNTOLD = "The records of a day beside your move fit both clocks: it may have fallen "
NAMES = {"Asia/Tokyo": "Tokyo time (Asia/Tokyo, UTC+9)", "Asia/Seoul": "Seoul time (Asia/Seoul, UTC+9)",
         "Asia/Manila": "Manila time (Asia/Manila, UTC+8)", "Asia/Singapore": "Singapore time (Asia/Singapore, UTC+8)"}


@pytest.fixture(autouse=True)
def _countries(monkeypatch: pytest.MonkeyPatch) -> None:
    for zone, cc in (("America/Sao_Paulo", "BR"), ("America/New_York", "US"), ("Asia/Tokyo", "JP"),
                     ("Asia/Seoul", "KR"), ("Asia/Manila", "PH"), ("Asia/Singapore", "SG")):
        monkeypatch.setitem(COUNTRY, zone, cc)
    for cc, ip in (("BR", "179.228.136.117"), ("US", "73.10.0.5"), ("JP", "133.242.0.1"), ("KR", "211.234.0.1"),
                   ("PH", "112.198.0.1"), ("SG", "119.56.0.1")):
        monkeypatch.setitem(ADDRESS, cc, ip)


def _said(a: str, b: str, moved: date, seed: int, earlier_logins: bool) -> tuple[str, str, list[str]]:
    f = infer(_moved(a, b, moved, seed, earlier_logins), now=NOW, include_sensitive=True).finding("timezone")
    return view.headline(f.to_dict()), str(f.confidence), list(f.caveats)


def _day(d: date) -> str:
    return f"{d.day} {d:%b %Y}"


@pytest.mark.parametrize(("a", "b", "moved", "seed", "earlier_logins", "other"), [
    # was "since 17 Oct 2024" (medium, "17 Oct 2024 is the likeliest")
    ("America/Sao_Paulo", "Asia/Tokyo", date(2024, 10, 16), 0, False, date(2024, 10, 17)),
    ("America/Sao_Paulo", "Asia/Seoul", date(2024, 10, 16), 0, False, date(2024, 10, 17)),
    # was "since 18 Jan 2024" (medium): 18 Jan told neither clock, 19 Jan a travel day of two days' records
    ("America/Sao_Paulo", "Asia/Seoul", date(2024, 1, 19), 5, False, date(2024, 1, 18)),
    # the earlier's crowded Saturday beside the travel Sunday: the day of the two nearer both clocks is the likelier
    ("America/New_York", "Asia/Manila", date(2024, 6, 23), 3, True, date(2024, 6, 22))])
def test_a_12h_move_whose_day_is_open_names_the_true_day_the_likeliest(a: str, b: str, moved: date, seed: int,
                                                                        earlier_logins: bool, other: date) -> None:
    said, level, caveats = _said(a, b, moved, seed, earlier_logins)
    assert f"You live on {NAMES[b]} since {_day(moved)}; before, on " in said, said
    assert level == "medium", said
    lo, hi = sorted((moved, other))
    assert f"{UNTOLD}on {_day(lo)} or {_day(hi)}; {_day(moved)} is the likeliest." in caveats, caveats


@pytest.mark.parametrize(("a", "b", "moved", "seed", "earlier_logins"), [
    # on the earlier clock's days (threshold 12.5 h) "since 20 Jul 2024" at high
    ("America/New_York", "Asia/Singapore", date(2024, 7, 21), 0, False),
    ("America/Sao_Paulo", "Asia/Tokyo", date(2024, 10, 17), 0, False),
    ("America/Sao_Paulo", "Asia/Tokyo", date(2024, 10, 18), 3, True),
    ("America/Sao_Paulo", "Asia/Seoul", date(2024, 1, 21), 3, True),
    ("America/New_York", "Asia/Manila", date(2024, 6, 21), 0, False),
    ("America/New_York", "Asia/Singapore", date(2024, 9, 9), 0, False)])
def test_a_12h_move_the_records_tell_is_dated_to_its_day_at_high(a: str, b: str, moved: date, seed: int,
                                                                  earlier_logins: bool) -> None:
    said, level, caveats = _said(a, b, moved, seed, earlier_logins)
    assert f"You live on {NAMES[b]} since {_day(moved)}; before, on " in said, said
    assert level == "high", said
    assert not any(c.startswith(UNTOLD) for c in caveats), caveats
