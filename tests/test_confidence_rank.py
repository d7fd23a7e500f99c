"""Confidence labels compared by their rank, one table for every finding (five copies before, one of them in
moves.py the other way round: HIGH 0 … INSUFFICIENT 3, imported by place.py, where "a > b" meant "a is less sure")."""

from __future__ import annotations

import itertools

import pytest

from dataexam.inference.model import Confidence, least_sure

ORDER = [Confidence.INSUFFICIENT, Confidence.LOW, Confidence.MEDIUM, Confidence.HIGH]


def test_rank_orders_the_labels_by_sureness() -> None:
    assert [c.rank for c in ORDER] == [0, 1, 2, 3]
    assert sorted(Confidence, key=lambda c: c.rank) == ORDER


@pytest.mark.parametrize(("a", "b"), list(itertools.product(ORDER, repeat=2)))
def test_least_sure_is_the_lower_rank(a: Confidence, b: Confidence) -> None:
    assert least_sure(a, b) == ORDER[min(ORDER.index(a), ORDER.index(b))]
    assert least_sure(a, b, Confidence.HIGH) == least_sure(a, b)
    assert least_sure(a) == a
