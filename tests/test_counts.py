"""Counts in export records as whole numbers of a plausible size (:mod:`dataexam.counts`)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dataexam.counts import MAX_COUNT, whole_count


@pytest.mark.parametrize(("value", "count"), [(5, 5), ("12", 12), (" 7 ", 7), ("1.0", 1), ("1e3", 1000),
                                              (Decimal("-0"), 0), (Decimal("4"), 4), (MAX_COUNT - 1, MAX_COUNT - 1)])
def test_whole_numbers_are_counts(value: object, count: int) -> None:
    assert whole_count(value) == count


@pytest.mark.parametrize("value", [Decimal("1E+5000"), Decimal("1E+999"), 10 ** 20, MAX_COUNT, -MAX_COUNT, "1e30",
                                   True, "abc", 1.5, "1.5", None, [], Decimal("NaN"), "Infinity"])
def test_anything_else_is_a_value_error_that_never_quotes_the_value(value: object) -> None:
    with pytest.raises(ValueError) as caught:
        whole_count(value)
    assert str(caught.value) in ("not a whole number", "a count of a quadrillion or more: not a count")
