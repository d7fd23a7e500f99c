"""Children read from the sizes bought for them, one run per child (the thirty-second pass's tester T32B, M9).

A second baby's newborn nappies after the first child's size 5 (monthly "Pampers Baby-Dry Nappies Size N, 174
Nappies" Feb 2021 – May 2023, sizes 1 → 5, nothing for nine months, a newborn car seat, then "Pampers Premium
Protection Nappies Size 1/2" from March 2024) were one child "sizes 1 → 2 → 3 → 4 → 5 … about 46 months old by the
last purchase", and no life event. A size going back to a newborn's after a larger one starts a second child's run:
two children, each aged from its own run, and the second's birth "a new baby?" with its evidence. The same holds for
two children bought for in the same months, for formula stages and for baby clothes' age sizes. Rule:
``inference/household.py``. Every order is invented.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from test_inference_synth import Stream

from dataexam.inference import Confidence, infer
from dataexam.inference.household import Band, clothes_band, formula_stage, read_children
from dataexam.inference.interests import NAPPY_SIZE_MONTHS

NOW = datetime(2025, 1, 31, tzinfo=UTC)


def _orders(lines: list[tuple[date, str]]) -> list:
    s = Stream()
    novels = [(date(2021, 3, 5) + timedelta(days=45 * k), "Paperback novel") for k in range(28)]
    return sorted((s.ev(datetime(d.year, d.month, d.day, 10, tzinfo=UTC) + timedelta(minutes=i),
                        "amazon.order_item", name, currency="GBP", total="36.00", quantity=1, order_id=f"o{i}")
                   for i, (d, name) in enumerate([*lines, *novels])), key=lambda e: e.sort_key)


def _monthly(start: date, n: int, name) -> list[tuple[date, str]]:
    return [(start + timedelta(days=30 * k), name(k)) for k in range(n)]


SECOND_CHILD = [
    *_monthly(date(2021, 2, 3), 29, lambda k: f"Pampers Baby-Dry Nappies Size {min(5, 1 + k // 6)}, 174 Nappies"),
    (date(2024, 2, 20), "Baby car seat newborn group 0+"),
    *_monthly(date(2024, 3, 3), 10, lambda k: f"Pampers Premium Protection Nappies Size {1 if k < 4 else 2}, "
                                              "204 Nappies")]


def test_a_second_babys_newborn_nappies_after_size_5_are_a_second_child() -> None:
    report = infer(_orders(SECOND_CHILD), now=NOW)
    household = report.finding("household")
    child = household.value["child_signals"]
    kids = child["children"]
    assert [(c["first"], c["last"], c["sizes"]) for c in kids] == [
        ("2021-02", "2023-05", [1, 2, 3, 4, 5]), ("2024-03", "2024-11", [1, 2])]
    assert [c["approx_age_months_at_last"] for c in kids] == [27, 8]
    # was "about 46 months old by the last purchase": the last purchases are the baby's
    assert child["approx_age_months_at_last"] == 8
    assert "46 months" not in household.summary
    assert "for two children: nappy sizes 1 → 2 → 3 → 4 → 5, Feb 2021 – May 2023" in household.summary
    assert "a second child's nappy sizes 1 → 2, since Mar 2024" in household.summary
    assert "about 8 months old by the last purchase" in household.summary
    assert household.value["more_than_one_household"] is None and household.confidence == Confidence.MEDIUM
    life = report.finding("life_events")
    babies = [v for v in life.value if v["type"] == "new_baby"]
    assert babies == [{"type": "new_baby", "month": "2024-03", "start": "2024-03-03", "completed": "2024-03-03",
                       "sensitive": None, "basis": "purchases or searches",
                       "why": "nappy size 1 from Mar 2024, after size 5 until May 2023"}]
    assert life.summary == ("Your records hint at a new baby around Mar 2024 (nappy size 1 from Mar 2024, after size "
                            "5 until May 2023).")
    assert any(i.excerpt == "Pampers Premium Protection Nappies Size 1, 204 Nappies" for i in life.evidence.items)


def test_two_children_bought_for_in_the_same_months() -> None:
    # a toddler in size 5 all along; a baby born in March 2023, sizes 1 → 2 → 3 (its size-change months hold
    # three sizes: no shop's range)
    lines = [*_monthly(date(2022, 6, 2), 30, lambda k: "Pampers Baby-Dry Nappies Size 5, 144 Nappies"),
             *_monthly(date(2023, 3, 4), 20, lambda k: f"Pampers Premium Protection Nappies Size {1 + k // 5}, "
                                                       "204 Nappies"),
             (date(2023, 8, 6), "Pampers Premium Protection Nappies Size 2, 204 Nappies"),
             (date(2024, 1, 6), "Pampers Premium Protection Nappies Size 3, 204 Nappies")]
    report = infer(_orders(lines), now=NOW)
    household = report.finding("household")
    kids = household.value["child_signals"]["children"]
    assert [(c["first"], c["sizes"]) for c in kids] == [("2022-06", [5]), ("2023-03", [1, 2, 3, 4])]
    assert household.value["more_than_one_household"] is None
    assert "for two children" in household.summary
    babies = [v for v in report.finding("life_events").value if v["type"] == "new_baby"]
    assert [b["month"] for b in babies] == ["2023-03"]


def test_one_child_with_a_gap_and_a_size_back_is_one_child() -> None:
    # sizes 3 → 4, four months of nothing, size 4 again, one month back in size 3: one child, no new baby
    lines = [*_monthly(date(2022, 1, 5), 8, lambda k: f"Huggies nappies size {3 if k < 4 else 4}, 60 pack"),
             *_monthly(date(2023, 1, 5), 8, lambda k: f"Huggies nappies size {3 if k == 2 else 4}, 60 pack")]
    report = infer(_orders(lines), now=NOW)
    child = report.finding("household").value["child_signals"]
    assert len(child["children"]) == 1
    assert "children" not in report.finding("household").summary
    assert not [v for v in report.finding("life_events").value if v["type"] == "new_baby"]


def test_one_pack_for_a_friends_newborn_is_no_second_child() -> None:
    lines = [*_monthly(date(2022, 1, 5), 14, lambda k: "Pampers Baby-Dry Nappies Size 5, 144 Nappies"),
             (date(2022, 6, 20), "Pampers New Baby Nappies Size 1, 50 Nappies")]
    report = infer(_orders(lines), now=NOW)
    assert len(report.finding("household").value["child_signals"]["children"]) == 1
    assert not [v for v in report.finding("life_events").value if v["type"] == "new_baby"]


def test_formula_stage_1_after_stage_3_is_a_second_child() -> None:
    lines = [*_monthly(date(2021, 1, 5), 30, lambda k: ("Aptamil 1 First Infant Milk Formula 800g" if k < 6 else
                                                        "Cow & Gate 2 Follow On Milk 800g" if k < 12 else
                                                        "Kendamil 3 Growing Up Milk 800g")),
             *_monthly(date(2024, 2, 5), 6, lambda k: "Aptamil 1 First Infant Milk Formula 800g")]
    report = infer(_orders(lines), now=NOW)
    kids = report.finding("household").value["child_signals"]["children"]
    assert [(c["first"], c["stages"]) for c in kids] == [("2021-01", [1, 2, 3]), ("2024-02", [1])]
    assert "formula stages 1 → 2 → 3, Jan 2021 – " in report.finding("household").summary
    babies = [v for v in report.finding("life_events").value if v["type"] == "new_baby"]
    assert [(b["month"], b["why"]) for b in babies] == [
        ("2024-02", "formula stage 1 from Feb 2024, after stage 3 until May 2023")]


def test_newborn_clothes_after_toddler_sizes_are_a_second_child() -> None:
    lines = [*_monthly(date(2021, 1, 5), 24, lambda k: ["Baby Sleepsuits 0-3 Months 3 pack",
                                                        "Baby Sleepsuits 3-6 Months 3 pack",
                                                        "Baby Bodysuit 6-12 Months 5 pack",
                                                        "Baby Bodysuit 12-18 Months 5 pack"][min(k // 4, 3)]),
             *_monthly(date(2024, 4, 5), 4, lambda k: "Newborn Baby Sleepsuits 0-3 Months 3 pack")]
    report = infer(_orders(lines), now=NOW)
    kids = report.finding("household").value["child_signals"]["children"]
    assert [(c["first"], c["clothes"][0]) for c in kids] == [("2021-01", "0–3"), ("2024-04", "0–3")]
    babies = [v for v in report.finding("life_events").value if v["type"] == "new_baby"]
    assert [b["month"] for b in babies] == ["2024-04"]


def test_a_shops_range_stays_more_than_one_households_use() -> None:
    lines = [(date(2023, 1, 5) + timedelta(days=14 * i), f"Pampers Baby-Dry Nappies Size {k}, 44 count")
             for i in range(30) for k in range(1, 7)]
    household = infer(_orders(lines), now=NOW).finding("household")
    assert household.value["more_than_one_household"] is not None
    assert "children" not in household.value["child_signals"]
    assert household.value["child_signals"]["approx_age_months_at_last"] is None


def _nappy(month: str, size: int) -> Band:
    lo, hi = NAPPY_SIZE_MONTHS[size]
    return Band(month, "nappy", size, lo, hi if hi is not None else lo + 36)


def test_a_child_in_one_size_past_its_band_stays_one_child() -> None:
    # size 4 (10–36 months) for three years: one child, not a new one when the band's window runs out
    bands = [_nappy(f"{2021 + k // 12}-{k % 12 + 1:02d}", 4) for k in range(40)]
    kids, _ = read_children(bands)
    assert len(kids) == 1 and kids[0]["months"] == 40


@pytest.mark.parametrize(("text", "stage"), [
    ("Aptamil 1 First Infant Milk 800g", 1), ("Cow & Gate Follow On Milk 800g", 2),
    ("Kendamil Stage 3 Toddler Milk 800g", 3), ("HiPP Organic 2 Follow On Milk Formula", 2),
    ("Baby formula dispenser", None), ("Oat milk 1L", None)])
def test_a_formula_stage(text: str, stage: int | None) -> None:
    assert formula_stage(text) == stage


@pytest.mark.parametrize(("text", "band"), [
    ("Baby Sleepsuits 0-3 Months, pack of 3", (0, 3)), ("Baby Bodysuit 12-18 mths", (12, 18)),
    ("Toddler pyjamas 2-3 years", (24, 36)), ("Newborn baby vests 5 pack", (0, 1)),
    ("Baby rattle 3-6 months", None), ("Baby Sleepsuits", None)])
def test_a_garments_age_size(text: str, band: tuple[int, int] | None) -> None:
    assert clothes_band(text) == band


@pytest.mark.parametrize("newborn", ["Pampers New Baby Nappies Size 0 (<3kg), 24 Nappies",
                                     "Pampers Swaddlers Diapers Size N, 84 Count", "Huggies Newborn Nappies, 56"])
def test_a_newborns_nappies_named_without_a_number_begin_a_second_child(newborn: str) -> None:
    lines = [*_monthly(date(2021, 2, 3), 29, lambda k: f"Pampers Baby-Dry Nappies Size {min(5, 1 + k // 6)}, 174 "
                                                       "Nappies"),
             *_monthly(date(2024, 3, 3), 2, lambda k: newborn),
             *_monthly(date(2024, 5, 3), 6, lambda k: "Pampers Premium Protection Nappies Size 1, 204 Nappies")]
    report = infer(_orders(lines), now=NOW)
    kids = report.finding("household").value["child_signals"]["children"]
    assert [(c["first"], c["sizes"]) for c in kids] == [("2021-02", [1, 2, 3, 4, 5]), ("2024-03", [1])]
    assert [v["month"] for v in report.finding("life_events").value if v["type"] == "new_baby"] == ["2024-03"]
