"""Nights awake with a single record inside the sleep window (T28C L3).

A student awake to 04:00 on four nights a week in his exam weeks, with ~4 records a day, had 27 nights with one record
inside his weekday window counted (``nights_one_record``) but not listed, and both Feb 2023 exam periods missing from
the late nights. One record in the usual sleep window is evidence of being awake; a night resting on it is listed
where it lies in a run of such nights (``sleep.one_record_runs``), and a lone one — an odd timestamp — is not.

People are invented: records built directly as events in a known zone with a known schedule.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

import pytest
from test_clock_unusual_nights import sleeper

from dataexam.inference import infer
from dataexam.inference.sleep import one_record_runs

NOW = datetime(2025, 1, 1, tzinfo=UTC)
START = date(2023, 1, 2)  # a Monday
# two exam periods of three weeks: one record at 02:00 after each Monday–Thursday (mornings Tuesday–Friday)
EXAMS = ((date(2023, 6, 5), date(2023, 6, 25)), (date(2024, 1, 8), date(2024, 1, 28)))
EXAM_NIGHTS = frozenset(d + timedelta(days=1) for a, b in EXAMS for d in (a + timedelta(days=i)
                                                                         for i in range((b - a).days + 1))
                        if d.weekday() < 4)
# lone nights with one record at 03:00, six weeks apart, away from the exams: odd timestamps
LONE = frozenset(START + timedelta(days=20 + 42 * k) for k in range(12)) - {
    n for n in (START + timedelta(days=20 + 42 * k) for k in range(12))
    if any(a - timedelta(days=14) <= n <= b + timedelta(days=14) for a, b in EXAMS)}


def _extra(d: date, _rng: random.Random) -> list[float]:
    morning = d + timedelta(days=1)
    return [26.0] if morning in EXAM_NIGHTS else [27.0] if morning in LONE else []


@pytest.fixture(scope="module")
def student():
    return infer(sleeper(extra=_extra, days=600), now=NOW, include_sensitive=True)


def test_exam_nights_with_one_record_each_are_listed(student):
    late = student.finding("late_nights")
    listed = set(late.value["dates"])
    exam = {d.isoformat() for d in EXAM_NIGHTS}
    assert exam <= listed, sorted(exam - listed)  # every one of the 24 (none listed before: one record each)
    assert late.value["listed_one_record"] == len(EXAM_NIGHTS) == 24
    assert f"({len(EXAM_NIGHTS)} of them on a single record, in a run of such nights)" in late.summary


def test_a_lone_night_with_one_record_is_not_listed(student):
    late = student.finding("late_nights")
    listed = set(late.value["dates"])
    assert len(LONE) >= 8
    assert not listed & {d.isoformat() for d in LONE}
    assert late.value["nights_one_record"] >= len(LONE)  # counted, as before
    assert listed == {d.isoformat() for d in EXAM_NIGHTS}


def test_one_record_runs_needs_a_run_beyond_the_person_s_own_rate():
    nights = [date(2024, 1, 1) + timedelta(days=i) for i in range(300)]
    stray = {nights[100], nights[200]}
    # a stray two nights from a listed night, at a rate of 4 awake nights in 300: no run
    assert one_record_runs(nights, stray, {nights[102], nights[10]}) == set()
    # four awake nights in a week around it: a run
    assert one_record_runs(nights, stray, {nights[101], nights[103], nights[104], nights[10]}) == {nights[100]}
    # a person awake on a third of her nights: the same four nights in a week are her usual rate
    usual = {n for i, n in enumerate(nights) if i % 3 == 0 and n not in stray}
    assert one_record_runs(nights, {nights[200]}, usual) == set()
