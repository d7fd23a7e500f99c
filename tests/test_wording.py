"""Plural forms of counted nouns (T28A L7: "1 items (17%) ordered late at night"): one helper, CLDR's English rule."""

from __future__ import annotations

from dataexam.report import view
from dataexam.wording import count_phrase, plural


def test_cldr_english_plural_forms() -> None:
    assert count_phrase(1, "item") == "1 item"
    assert count_phrase(0, "item") == "0 items"
    assert count_phrase(2, "night") == "2 nights"
    assert count_phrase(4047, "record") == "4,047 records"
    assert count_phrase(1.5, "hour") == "1.5 hours"
    assert count_phrase(1, "country") == "1 country" and count_phrase(3, "country") == "3 countries"
    assert count_phrase(2, "search") == "2 searches" and count_phrase(2, "day") == "2 days"
    assert plural(2, "person", "people") == "people" and plural(1, "person", "people") == "person"
    assert count_phrase(None, "night") == "None nights"  # a missing value is shown as is, never a crash


def test_one_late_night_item_is_one_item() -> None:
    text = view.headline({"id": "impulse_buying", "value": {"late_night_items": 1, "late_night_share": 0.167,
                                                             "zone": "Europe/Rome", "ad_order_pairs": 1}})
    assert text == ("1 item (17%) ordered late at night (23–04 Europe/Rome time) and 1 order within a day of a "
                    "matching ad.")
    text = view.headline({"id": "impulse_buying", "value": {"late_night_items": 3, "late_night_share": 0.5,
                                                             "zone": "Europe/Rome"}})
    assert text.startswith("3 items (50%) ordered late at night")
