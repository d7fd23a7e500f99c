"""PERF29: the wake spells' Kadane scan (nightspells._positive_stretches) over day offsets gives the stretches the
per-calendar-day scan gave."""

import random
from datetime import date, timedelta

from dataexam.inference.nightspells import WAKE_SPELL_SCORE, WAKE_SPELL_SPARSE_SCORE, _positive_stretches


def _per_day(first, span_days, woken, score):
    """The definition, one calendar day at a time (the scan before PERF29)."""
    stretches = []
    run, best, run_from, best_at = 0.0, 0.0, first, None
    for i in range(span_days + 1):
        d = first + timedelta(days=i)
        if i < span_days:
            run += (d in woken) - score
            if run > 0 and run >= best:
                best, best_at = run, d
        if i == span_days or run <= 0:
            if best_at is not None:
                stretches.append((run_from, best_at))
            run, best, run_from, best_at = 0.0, 0.0, d + timedelta(days=1), None
    return stretches


def test_three_woken_nights_make_one_stretch():
    first = date(2024, 1, 1)
    woken = {date(2024, 1, 3), date(2024, 1, 4), date(2024, 1, 5)}
    # +0.5 ×3 then −0.5 ×3: the run is back at 0 on the 8th; its best day is the 5th
    assert _positive_stretches(first, 10, woken, 0.5) == [(date(2024, 1, 3), date(2024, 1, 5))]


def test_a_night_apart_each_its_own_stretch_and_days_outside_the_span_ignored():
    first = date(2024, 1, 1)
    woken = {date(2023, 12, 31), date(2024, 1, 1), date(2024, 1, 3), date(2024, 1, 20)}
    assert _positive_stretches(first, 5, woken, 0.5) == [(date(2024, 1, 1), date(2024, 1, 1)),
                                                        (date(2024, 1, 3), date(2024, 1, 3))]
    assert _positive_stretches(first, 0, woken, 0.5) == []


def test_same_as_the_per_day_scan_on_seeded_grids():
    rng = random.Random(29)
    for _ in range(400):
        first = date(2015, 1, 1) + timedelta(days=rng.randint(0, 3000))
        span = rng.randint(0, 400)
        woken = {first + timedelta(days=rng.randint(-10, span + 10)) for _ in range(int(rng.random() * span))}
        a = rng.randint(0, max(0, span - 1))
        woken |= {first + timedelta(days=a + k) for k in range(rng.randint(1, 40)) if rng.random() < 0.8}
        score = rng.choice([WAKE_SPELL_SCORE, WAKE_SPELL_SPARSE_SCORE, 1 / 3, 0.9])
        assert _positive_stretches(first, span, woken, score) == _per_day(first, span, woken, score)
