"""Category words say what the records show, the same in JSON and the report formats (the twenty-third pass's
tester, T23A F-misc): "Tea and toast" made a Londoner "write most about food delivery" (JSON: "food_delivery");
a household finding resting on one shipping address said only "Household signals present.". Values invented.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from test_inference_synth import Stream

from dataexam.categories import CATEGORIES, IAB_CONTENT, categorise, category_label
from dataexam.inference import infer
from dataexam.report import view

NOW = datetime(2025, 6, 1, tzinfo=UTC)


def test_tea_and_pizza_are_food_and_drink_not_delivery() -> None:
    assert "food_delivery" not in CATEGORIES
    assert categorise("Tea and toast, perfect start.") == ["food_drink"]
    assert IAB_CONTENT["food_drink"] == ("210", "Food & Drink")
    assert category_label("food_drink") == "food & drink" and view.label("food_drink") == "food & drink"
    assert category_label("gift_cards") == "gift cards"


def test_summaries_say_the_words_the_report_formats_say() -> None:
    s = Stream("twitter-2024")
    start = datetime(2024, 1, 1, 9, tzinfo=UTC)
    events = [s.ev(start + timedelta(days=i), "twitter.tweet", "Tea and toast, perfect start.") for i in range(40)]
    report = infer(events, now=NOW)
    topics, interests = report.finding("topics"), report.finding("interests")
    assert topics.summary == "You write most about food & drink."
    assert topics.value[0]["category"] == "food_drink"  # the key stays a key
    assert view.headline(topics.to_dict()) == "You write most about food & drink."
    assert interests.summary.startswith("Your records point to food & drink (")


def test_household_of_one_address_says_what_it_found() -> None:
    s = Stream("amazon-legacy")
    events = [s.ev(datetime(2024, 1 + i, 3, 12, tzinfo=UTC), "amazon.order_item", f"Notebook {i}", total="5.00",
                   currency="EUR", order_id=f"302-{i}", shipping_city="Berlin", shipping_country="DE")
              for i in range(3)]
    household = infer(events, now=NOW).finding("household")
    assert household.summary == "No baby or pet purchases; your orders ship to 1 address of your own (gifts left out)."
    assert view.headline(household.to_dict()) == household.summary


def test_a_topic_from_one_line_repeated_is_low() -> None:
    """One line posted 365 times is one text on its topic (T27D L4: "books" at high from "Reading about rust
    lifetimes again." alone); five distinct lines make it high again."""
    s = Stream("twitter-2024")
    start = datetime(2022, 1, 1, 9, tzinfo=UTC)
    one = [s.ev(start + timedelta(days=i), "twitter.tweet", "Tea and toast, perfect start.") for i in range(365)]
    topics = infer(one, now=NOW).finding("topics")
    assert topics.value[0]["count"] == 365
    assert topics.confidence.value == "low"
    assert "only 1 distinct text" in topics.confidence_basis
    lines = [f"Tea and toast, perfect start to day {k}." for k in range(5)]
    five = [s.ev(start + timedelta(days=i), "twitter.tweet", lines[i % 5]) for i in range(365)]
    topics = infer(five, now=NOW).finding("topics")
    assert topics.value[0]["category"] == "food_drink" and topics.confidence.value == "high"
