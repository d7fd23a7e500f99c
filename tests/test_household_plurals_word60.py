"""WORD60 (T57B L2): the household sentence's counts take the noun's form their number takes.

``household_sentence({'child_signals': {'baby_items': 1, 'first': '2023-01'}})`` said "1 baby purchases"; the nappies a
month, the sizes in one month, a child's age in months and a run of one size ("nappy sizes 3") did the same. A grid
over the counts 1, 2, 21 and 1,000 of each.
"""

from __future__ import annotations

import re

import pytest

from dataexam.inference import household
from dataexam.inference.interests import household_sentence

COUNTS = [1, 2, 21, 1000]
ONE_WITH_PLURAL = re.compile(r"(?<![\d,.–])1 (purchases|nappies|sizes|months|items|stages)\b")
MANY_WITH_SINGULAR = re.compile(r"(?<![–\d])(?:[02-9]|\d{2,}|\d{1,3},\d{3}) (purchase|nappy|size|month)\b(?! \d)")


def _check(text: str) -> None:
    assert not ONE_WITH_PLURAL.search(text), text
    assert not MANY_WITH_SINGULAR.search(text), text


@pytest.mark.parametrize("n", COUNTS)
def test_baby_and_pet_purchases(n: int) -> None:
    said = household_sentence({"child_signals": {"baby_items": n, "first": "2023-01"}, "pets": {"dog": n}})
    _check(said)
    assert f"{n:,} baby purchase{'' if n == 1 else 's'} (Jan 2023)" in said
    assert f"{n:,} pet purchase{'' if n == 1 else 's'} (all for a dog)" in said


@pytest.mark.parametrize("n", COUNTS)
@pytest.mark.parametrize("age", [1, 2, 14])
def test_newborn_age_and_shop_counts(n: int, age: int) -> None:
    child = {"baby_items": n, "first": "2023-01", "last": "2023-04", "diaper_sizes": [["2023-01", 1], ["2023-04", 2]],
             "approx_age_months_at_last": age}
    said = household_sentence({"child_signals": child})
    _check(said)
    assert f"about {age} month{'' if age == 1 else 's'} old by the last purchase" in said
    shop = household_sentence({"child_signals": child, "more_than_one_household": {"a_month": n, "sizes_at_once": 3}})
    _check(shop)
    assert f"({n:,} {'nappy' if n == 1 else 'nappies'} a month, 3 sizes in one month)" in shop


@pytest.mark.parametrize("sizes", [[3], [1, 4]])
def test_a_run_of_one_size_is_one_size(sizes: list[int]) -> None:
    assert household.run_words({"sizes": sizes}) == ("nappy size 3" if len(sizes) == 1 else "nappy sizes 1 → 4")
    assert household.run_words({"stages": sizes}) == ("formula stage 3" if len(sizes) == 1 else
                                                      "formula stages 1 → 4")
