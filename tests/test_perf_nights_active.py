"""PERF29: sleep.nights_active counts, per bin, the nights with a record in it (a column count, as the generator per
night and bin did before)."""

import random
from datetime import date, timedelta

from dataexam.inference.engine import QUARTERS
from dataexam.inference.sleep import nights_active


def test_counts_nights_not_records():
    a, b, c = date(2024, 3, 4), date(2024, 3, 5), date(2024, 3, 6)
    ext = {a: [3] + [0] * (2 * QUARTERS - 1), b: [1, 2] + [0] * (2 * QUARTERS - 2), c: [0] * (2 * QUARTERS)}
    got = nights_active([a, b, c], ext)
    assert len(got) == 2 * QUARTERS
    assert got[:3] == [2, 1, 0]  # bin 0: two nights (3 records and 1); bin 1: one night (2 records)
    assert sum(got) == 3


def test_no_nights_every_bin_zero():
    assert nights_active([], {}) == [0] * (2 * QUARTERS)


def test_same_as_a_count_per_night_and_bin():
    rng = random.Random(29)
    for _ in range(200):
        days = [date(2023, 1, 1) + timedelta(days=i) for i in range(rng.randint(0, 60))]
        ext = {d: tuple(rng.choice([0, 0, 1, 4]) for _ in range(2 * QUARTERS)) for d in days}
        nds = rng.sample(days, rng.randint(0, len(days)))
        assert nights_active(nds, ext) == [sum(1 for nd in nds if ext[nd][r]) for r in range(2 * QUARTERS)]
