"""Counts in export records — likes, retweets, quantities, port numbers — as whole numbers of a
plausible size.

A JSON number is read exactly (``Decimal``), so ``1e5000`` would become an int of 5,001 digits that
no writer can write (Python refuses to print ints past 4,300 digits: the timeline ended with an
internal error) and ``1e999`` a 1,000-digit "count". No export counts to a quadrillion: such a value
is damage, and the record holding it is reported as a ``bad-record``.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

__all__ = ["MAX_COUNT", "whole_count"]

#: no count in an export reaches this
MAX_COUNT = 10 ** 15


def whole_count(value: Any) -> int:
    """``value`` (an int, a ``Decimal``, a float or numeric text such as ``"12"``, ``"1.0"``) as an int.

    Raises ``ValueError`` (a record error: the record becomes a ``bad-record``) for anything that is not
    a whole number, or is one of a quadrillion or more; the message never quotes the value.
    """
    if isinstance(value, bool):
        raise ValueError("not a whole number")
    if isinstance(value, int):
        if -MAX_COUNT < value < MAX_COUNT:
            return value
        raise ValueError("a count of a quadrillion or more: not a count")
    if isinstance(value, str):
        value = value.strip()
        if len(value) < 16 and value.isascii() and value.isdigit():  # X's "4": once or twice per tweet
            return int(value)
    try:
        number = Decimal(value)
    except (InvalidOperation, TypeError, ValueError):
        raise ValueError("not a whole number") from None
    if not number.is_finite() or number.copy_abs() >= MAX_COUNT:  # (copy_abs: exact, abs() rounds)
        raise ValueError("a count of a quadrillion or more: not a count")
    if number != number.to_integral_value():
        raise ValueError("not a whole number")
    return int(number)
