"""A login move and the clock's move days apart are explained once, by the home finding (LIFE59, tester T56A 9).

Chicago → London, the activity on London's clock from 1 Jun 2024 and the logins from the United Kingdom a week
before, was "London time … since 1 Jun 2024" at high beside "You most likely live in the United Kingdom since May
2024", nothing saying why. The home finding now names both days and their sources in one caveat
(moves.MovesMixin._clock_move_apart): the count of days only where both are dated (without --include-sensitive a
night-time first login's day is withheld, and a count from the clock's dated day would date it). People are
invented: test_inference_synth.person on each clock, a login a day 09:00–21:00 on the clock of the day."""

from __future__ import annotations

import random
from datetime import date, timedelta
from zoneinfo import ZoneInfo

import pytest
from test_inference_synth import Stream, local, person
from test_move_far_dates import NOW
from test_move_untold_days import ADDRESS, COUNTRY

from dataexam.inference import infer

COUNTRY.setdefault("Asia/Tokyo", "JP")


def _events(a: str, b: str, moved: date, apart: int) -> list:
    """``a``'s clock to the day before ``moved``, ``b``'s from it; the logins from ``b``'s country from ``apart``
    days before ``moved`` (after it where negative)."""
    start, end, s, rng = date(2023, 3, 6), date(2025, 3, 30), Stream("x.zip"), random.Random(7)
    events = [*person(a, days=(moved - start).days, start=start, per_day=8, seed=11),
              *person(b, days=(end - moved).days + 1, start=moved, per_day=8, seed=12)]
    switch, d = moved - timedelta(days=apart), start
    while d <= end:
        cc = COUNTRY[a] if d < switch else COUNTRY[b]
        events.append(s.ev(local(ZoneInfo(a if d < moved else b), d, rng.uniform(9, 21)), "twitter.login", None,
                           ip=ADDRESS[cc]))
        d += timedelta(days=1)
    return sorted(events, key=lambda e: e.sort_key)


def _apart(report: object) -> list[str]:
    return [c for c in report.finding("home").caveats if c.startswith("Your logins place you in")]  # type: ignore[attr-defined]


@pytest.mark.parametrize(("a", "b", "moved", "apart", "said"), [
    # T56A 9: logins a week early (was: no word of it)
    ("America/Chicago", "Europe/London", date(2024, 6, 1), 7,
     "Your logins place you in the United Kingdom from 25 May 2024, 7 days before your activity kept London time, "
     "which the time-zone finding dates from 1 Jun 2024."),
    # a week late
    ("America/Chicago", "Europe/London", date(2024, 6, 1), -7,
     "Your logins place you in the United Kingdom from 8 Jun 2024, 7 days after your activity kept London time, "
     "which the time-zone finding dates from 1 Jun 2024."),
    # into a half-hour zone, mid-month
    ("Europe/Berlin", "Asia/Kolkata", date(2024, 7, 17), 5,
     "Your logins place you in India from 12 Jul 2024, 5 days before your activity kept Kolkata time, which the "
     "time-zone finding dates from 17 Jul 2024."),
    # east across many hours, the 1st of a month
    ("Europe/London", "Asia/Tokyo", date(2024, 10, 1), 4,
     "Your logins place you in Japan from 27 Sep 2024, 4 days before your activity kept Tokyo time, which the "
     "time-zone finding dates from 1 Oct 2024."),
])
def test_the_home_names_both_days_with_the_flag(a: str, b: str, moved: date, apart: int, said: str) -> None:
    report = infer(_events(a, b, moved, apart), now=NOW, include_sensitive=True)
    caveats = _apart(report)
    assert len(caveats) == 1 and caveats[0].startswith(said), caveats
    assert report.finding("home").value["moved"]["since"] == (moved - timedelta(days=apart)).isoformat()


@pytest.mark.parametrize("apart", [0, 1, -1])
def test_a_day_or_two_apart_is_the_travel_and_says_nothing(apart: int) -> None:
    report = infer(_events("America/Chicago", "Europe/London", date(2024, 6, 1), apart), now=NOW,
                   include_sensitive=True)
    assert not _apart(report), _apart(report)


def test_near_clocks_follow_the_logins_and_agree() -> None:
    # Kolkata → Dubai (1.5 h): the clock's switch is placed by the logins (periods._switch_between_logins), so the
    # two findings give one day and no caveat is needed
    report = infer(_events("Asia/Kolkata", "Asia/Dubai", date(2024, 7, 17), 5), now=NOW, include_sensitive=True)
    assert not _apart(report), _apart(report)
    tz = report.finding("timezone").value
    assert tz["periods"][-1]["from"] == report.finding("home").value["moved"]["since"] == "2024-07-12"


def test_without_the_flag_a_withheld_first_login_is_said_by_its_month_and_no_count() -> None:
    # the first login from the United Kingdom, Fri 24 May at 17:xx in Chicago, is the night in London: its day is
    # withheld, and "7 days before … 1 Jun 2024" would give it
    report = infer(_events("America/Chicago", "Europe/London", date(2024, 6, 1), 7), now=NOW)
    caveats = _apart(report)
    assert caveats == [
        "Your logins place you in the United Kingdom from May 2024 (day withheld: night-time; --include-sensitive), "
        "before your activity kept London time, which the time-zone finding dates from 1 Jun 2024. The home follows "
        "the logins, the time zone your waking hours. Logins from there before your days keep its clock may be a trip "
        "ahead of the move, or a VPN; the records cannot tell which."], caveats
    home = report.finding("home")
    assert home.value["moved"]["since"].startswith("withheld")
    assert "25 May" not in " ".join(caveats) and "2024-05-25" not in home.confidence_basis
