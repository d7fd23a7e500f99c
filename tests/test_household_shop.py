"""A baby shop's or nursery's nappies are more than one household's use (the thirty-first pass's second fresh check,
T31D M2: a household's consumables are never trade stock, so a real baby shop's orders were "own spending" at high
and one child's age was read from the six sizes it stocks). Rule: ``stock.HouseholdUse``. Every order is invented.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from test_inference_synth import Stream

from dataexam.inference import Confidence, infer
from dataexam.inference.stock import BEYOND_HOUSEHOLD, CHILD_MONTH, MAX_MONTHS, HouseholdUse, nappies_on_line

NOW = datetime(2025, 1, 31, tzinfo=UTC)
# every two weeks: each size 1–6 by 12–20 packs of 44, wipes ×24 (a shop's shelf: ~12,700 nappies a month)
SHOP = [*((f"Pampers Baby-Dry Nappies Size {k}, 44 count", "12.00", (12, 20, 16)) for k in range(1, 7)),
        ("WaterWipes Baby Wipes 60", "4.50", (24,))]
# a family: one size-4 child's 6 packs of 44 a month (264), wipes, milk, dishwasher tablets
FAMILY = [("Pampers Baby-Dry Nappies Size 4, 44 count", "12.00", (6,)), ("WaterWipes Baby Wipes 60", "4.50", (4,)),
          ("Aptamil First Infant Milk 800g", "13.50", (3,)), ("Finish Dishwasher Tablets 90", "15.00", (3,))]
# twins in size 3 and a toddler in size 5: 2 sizes, 3 × 10 packs of 40 a month (1,200 nappies: under 5 newborns')
TWINS = [("Huggies nappies size 3, 40 pack", "11.00", (10,)), ("Huggies nappies size 3, 40 pack", "11.00", (10,)),
         ("Huggies nappies size 5, 40 pack", "11.00", (10,))]


def _every(days: int, visits: int, supplies: list) -> list:
    s = Stream()
    return sorted((s.ev(datetime(2021, 12, 5, 19, tzinfo=UTC) + timedelta(days=days * i, minutes=j),
                        "amazon.order_item", name, currency="GBP", total=str(Decimal(price) * q[i % len(q)]),
                        quantity=q[i % len(q)], order_id=f"o{i}-{j}")
                   for i in range(visits) for j, (name, price, q) in enumerate(supplies)), key=lambda e: e.sort_key)


def test_a_baby_shops_nappies_are_more_than_one_households_use() -> None:
    report = infer(_every(14, 48, SHOP), now=NOW)
    household = report.finding("household")
    # was medium, "nappy sizes 1 → 2 → 3 → 4 → 5 → 6 (size 6 fits a child of about 30 months or more)"
    assert household.confidence == Confidence.LOW
    beyond = household.value["more_than_one_household"]
    assert beyond["sizes_at_once"] == 6 and beyond["a_month"] > BEYOND_HOUSEHOLD * CHILD_MONTH
    assert household.value["child_signals"]["approx_age_months_at_last"] is None
    assert "nappy sizes 1, 2, 3, 4, 5, 6 — more than one household's use (" in household.summary
    assert "no child's age read" in household.summary and "fits a child" not in household.summary
    assert household.caveats[0].startswith("The nappies bought are more than one household's use (")
    assert "more than one household's use" in household.confidence_basis
    spending = report.finding("spending")
    # was high: "own spending"; the totals stay exact
    assert spending.confidence == Confidence.MEDIUM
    assert spending.caveats[0].startswith("The nappies bought are more than one household's use (")
    assert "6 sizes bought in one month" in spending.caveats[0]
    assert "more than one household's use of nappies" in spending.confidence_basis


@pytest.mark.parametrize("supplies", [FAMILY, TWINS])
def test_a_familys_nappies_are_one_households(supplies: list) -> None:
    report = infer(_every(30, 24, supplies), now=NOW)
    household = report.finding("household")
    assert household.value["more_than_one_household"] is None
    assert household.confidence == Confidence.MEDIUM and "fits a child of about" in household.summary
    spending = report.finding("spending")
    assert spending.confidence == Confidence.HIGH
    assert not any("household's use" in c for c in spending.caveats)


@pytest.mark.parametrize(("name", "quantity", "nappies"), [
    ("Pampers Baby-Dry Nappies Size 4, 44 count", 6, 264), ("Huggies nappies size 3, 2 x 44", 1, 88),
    ("Pampers Windeln Größe 3, 50 Stück", 2, 100), ("Couches bébé taille 2", 3, 60),
    ("Paperback novel, 44 pages", 1, 0), ("Cat food 40 pouches", 12, 0)])
def test_the_nappies_a_line_holds(name: str, quantity: int, nappies: int) -> None:
    assert nappies_on_line(name, quantity) == nappies


def test_many_sizes_month_after_month_are_more_than_one_child() -> None:
    use = HouseholdUse()
    for month in (3, 4):
        for k in (2, 4, 6):
            use.add(f"Pampers nappies size {k}, 30 pack", 1, datetime(2024, month, 2 + k, 10, tzinfo=UTC))
    got = use.verdict()
    assert got is not None and got["sizes_at_once"] == 3 and got["why"] == "3 sizes bought in one month"
    one = HouseholdUse()
    for k in (2, 3):  # one child between two sizes
        one.add(f"Pampers nappies size {k}, 30 pack", 1, datetime(2024, 3, 2 + k, 10, tzinfo=UTC))
    assert one.verdict() is None


def test_one_toddlers_month_of_a_size_change_swim_nappies_and_pants_is_one_household() -> None:
    """T32B M11: a family buying 198 nappies a month — in one month the size 4 and the size 5 (a size change),
    Little Swimmers size 5 for the holidays and a pack of pants — was "more than one household's use … no child's age
    read": three sizes in one month. Swim nappies and pants are no day size, and one month of three sizes is a size
    change, not a shop's range."""
    use = HouseholdUse()
    for month in range(1, 13):
        use.add("Pampers Baby-Dry Nappies Size 4, 66 count", 3, datetime(2024, month, 3, 19, tzinfo=UTC))
    use.add("Pampers Baby-Dry Nappies Size 5, 58 count", 1, datetime(2024, 7, 20, 19, tzinfo=UTC))
    use.add("Huggies Little Swimmers Swim Nappies Size 5-6, 11 pack", 1, datetime(2024, 7, 21, 19, tzinfo=UTC))
    use.add("Pampers Baby-Dry Nappy Pants Size 6, 48 count", 1, datetime(2024, 7, 22, 19, tzinfo=UTC))
    assert use.verdict() is None
    # and a month with three day sizes alone (a size change and a spare pack) is still one household
    use.add("Pampers Baby-Dry Nappies Size 3, 72 count", 1, datetime(2024, 7, 23, 19, tzinfo=UTC))
    assert use.verdict() is None


def test_the_state_is_per_month() -> None:
    use = HouseholdUse()
    for i in range(MAX_MONTHS + 50):
        use.add("Pampers nappies size 3, 40 pack", 5, datetime(1900, 1, 1, tzinfo=UTC) + timedelta(days=31 * i))
    assert len(use.nappies) == MAX_MONTHS and len(use.sizes) == MAX_MONTHS
