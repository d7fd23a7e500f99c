"""The packed bootstrap sums (``engine.PackedColumns``) give exactly the weighted sums they replace."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from dataexam.inference.engine import PackedColumns, bootstrap_draws, bootstrap_weights


def _weighted(rows: list[list[int]], weights: list[int], width: int) -> list[int]:
    return [sum(w * row[c] for w, row in zip(weights, rows)) for c in range(width)]


@settings(max_examples=300, deadline=None)
@given(data=st.data(), width=st.integers(1, 30), n=st.integers(0, 40),
       top=st.sampled_from([1, 3, 255, 70_000, 2**31, 2**40, 2**70]), seed=st.integers(0, 2**32))
def test_packed_sums_equal_weighted_column_sums(data: st.DataObject, width: int, n: int, top: int,
                                                seed: int) -> None:
    """Over 0/1 rows, small counts and counts large enough to need 16-, 32-, 64-bit or wider fields."""
    rows = [data.draw(st.lists(st.integers(0, top), min_size=width, max_size=width)) for _ in range(n)]
    packed = PackedColumns(rows, width)
    a, b = random.Random(seed), random.Random(seed)
    for _ in range(3):
        draws = bootstrap_draws(n, a)
        assert packed.sums(draws) == _weighted(rows, bootstrap_weights(n, b), width)
    assert packed.sums([]) == [0] * width


def test_draws_are_the_draws_the_weights_count() -> None:
    """Same seed, same calls: the random stream (and so every report) is unchanged."""
    a, b = random.Random(7), random.Random(7)
    for n in (1, 5, 300):
        draws = bootstrap_draws(n, a)
        weights = bootstrap_weights(n, b)
        assert [draws.count(i) for i in range(n)] == weights


@settings(max_examples=200, deadline=None)
@given(n=st.integers(0, 3000), seed=st.integers(0, 2**32), rounds=st.integers(1, 3))
def test_draws_are_choices_own_draws(n: int, seed: int, rounds: int) -> None:
    """bootstrap_draws runs choices' loop in C: the very indexes ``rng.choices(range(n), k=n)`` gives, round after
    round, and the generator left where choices leaves it (the next resample, the next finding's draws alike)."""
    a, b = random.Random(seed), random.Random(seed)
    for _ in range(rounds):
        assert bootstrap_draws(n, a) == b.choices(range(n), k=n)
    assert a.getstate() == b.getstate()
