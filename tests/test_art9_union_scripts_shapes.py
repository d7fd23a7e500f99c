"""Art. 9 of pass 38 (ART939): the union in Arabic, Hebrew and Hindi; the liturgy at a house number where the sentence
says a service; strikes joined in the plural; "our union" beside a spouse's word. Every text is invented.

Before: an Arabic, Hebrew or Hindi writer's union ("عضو في النقابة", "אני חבר בהסתדרות", "ट्रेड यूनियन का सदस्य")
read nothing and the inventory said those languages were "not read for … union"; "Mass at 9 St Mary's Road, Father
Tom's homily" read nothing (the number taken for a house number); "joining the rail strikes" read nothing while
"joining the rail strike" was union; "Our union is strong, my wife said" was union, not a marriage.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from test_inference_synth import Stream

from dataexam.categories import may_be_special, special_category
from dataexam.inference import infer
from dataexam.special_terms import categories_read

NOW = datetime(2025, 6, 1, tzinfo=UTC)
T0 = datetime(2024, 1, 1, 9, tzinfo=UTC)

UNION = [
    # Arabic: a member of the union, the union's meeting, my union, a teachers' union
    "أنا عضو في النقابة منذ سنوات", "اجتماع النقابة غدا", "نقابتي تدافع عنا", "عضو نقابة المعلمين",
    # Hebrew: a member of the Histadrut, the works council decided, a trade union
    "אני חבר בהסתדרות", "ועד העובדים החליט לשבות", "הצטרפתי לאיגוד מקצועי",
    # Hindi: a trade union's member, we are on strike, joined the strike, a workers' union
    "मैं ट्रेड यूनियन का सदस्य हूँ", "हम हड़ताल पर हैं", "हड़ताल में शामिल हुए", "मज़दूर संघ की बैठक",
]
NOT_UNION = [
    # Arabic: the face veil (نقاب, "my veil"), the Prophet's descendants' registry
    "لبست نقابي اليوم", "نقاب أسود جميل", "نقابة الأشراف في القاهرة",
    # Hebrew: the Zionist Organisation, the Hadassah Medical Organisation, a house committee
    "ההסתדרות הציונית העולמית", "הסתדרות מדיצינית הדסה", "ועד הבית אסף כסף",
    # Hindi: a hunger strike, a commuter's bus strike, the European Union
    "भूख हड़ताल तीसरे दिन", "बस हड़ताल आज फिर", "यूरोपियन यूनियन",
]


@pytest.mark.parametrize("text", UNION)
def test_the_union_in_arabic_hebrew_and_hindi(text: str) -> None:
    assert special_category(text) == "union", text


@pytest.mark.parametrize("text", NOT_UNION)
def test_their_look_alikes_are_nothing_special(text: str) -> None:
    assert special_category(text) is None, text


def test_the_languages_are_read_for_union() -> None:
    assert categories_read("ar") == ("health", "religion", "union", "sexuality")
    assert categories_read("he") == ("religion", "union")
    assert categories_read("hi") == ("religion", "union")


def _tweets(texts: list[str], n: int = 40) -> list:
    s = Stream("x.zip")
    return [s.ev(T0 + timedelta(days=i, hours=i % 7), "twitter.tweet", f"{texts[i % len(texts)]} {i}")
            for i in range(n)]


HEBREW = ["טיילנו היום בפארק והיה מזג אוויר נהדר", "קניתי ספרים חדשים בחנות ליד האוניברסיטה",
          "בערב בישלנו ארוחה עם חברים וראינו סרט ישן", "מחר יש מבחן בסטטיסטיקה וצריך לחזור על ההרצאות"]


def test_a_hebrew_writer_s_union_is_in_the_inventory() -> None:
    """The inventory (--include-sensitive) counts the Histadrut tweets as union and no longer says Hebrew is unread
    for union (before: "No record found … not read: … Hebrew (…; read for religion only, not for health, politics,
    union or sexuality)")."""
    texts = HEBREW * 4 + ["אני חבר בהסתדרות כבר עשר שנים", "ועד העובדים נפגש היום"]
    f = infer(_tweets(texts, 36), now=NOW, include_sensitive=True).finding("sensitive_signals")
    assert set(f.value) == {"union"}
    assert f.value["union"]["records"] == 4
    assert "read for religion and union only, not for health, politics or sexuality" in f.summary
    assert "not for health, politics, union" not in f.summary


@pytest.mark.parametrize(("text", "category"), [
    # the liturgy at a house number, where the sentence says a service
    ("Mass at 9 St Mary's Road, Father Tom's homily", "religion"),
    ("Mass at 9 St Mary's Road then the choir sings", "religion"),
    ("Mass at 9 St Mary's Road, coffee after the service", "religion"),
    ("MASS AT 9 ST MARY'S ROAD - VIGIL", "religion"),
    # strikes joined or backed, in the plural
    ("joining the rail strikes", "union"), ("Joining the rail strikes today", "union"),
    ("we support the nurses' strikes", "union"), ("backing our strikes", "union"), ("joined the strikes", "union"),
    # "our union" with a union word beside the spouse's stays the union
    ("my husband joined the union, our union is strong", "union"), ("our union of animal husbandry workers", "union"),
    ("Proud of our union today", "union"),
])
def test_the_special_reading(text: str, category: str) -> None:
    assert special_category(text) == category, text
    assert may_be_special(text), text  # the messages' screen asks too (it missed "Mass at 9 then brunch")


@pytest.mark.parametrize("text", [
    # an address, and the street alone
    "Mass at 9 St Mary's Road", "St Mary's Road", "Mass at 9 Elm Street bus service",
    "Mass at 9 St Mary's Road, brunch",
    # a commuter's strikes, strikes in other senses
    "rail strikes again, late for work", "Royal Mail strikes delay parcel", "supporting the air strikes",
    "lightning strikes twice", "she strikes me as kind",
    # a marriage said with a spouse's word
    "our union, my husband", "Our union is strong, my wife said", "20 years of our union, love you hubby",
])
def test_the_everyday_reading(text: str) -> None:
    assert special_category(text) is None, text


def test_the_mass_and_strikes_tweets_are_withheld_and_counted() -> None:
    """End to end: with --include-sensitive, the inventory counts the service sentence as religion and the strikes
    joined as union; the address, the commuter and the marriage count nothing."""
    texts = ["Mass at 9 St Mary's Road, Father Tom's homily", "joining the rail strikes", "Mass at 9 St Mary's Road",
             "rail strikes again, late for work", "Our union is strong, my wife said",
             "Cooking pasta tonight and planning a bike ride tomorrow"]
    f = infer(_tweets(texts, 30), now=NOW, include_sensitive=True).finding("sensitive_signals")
    assert {k: v["records"] for k, v in f.value.items()} == {"religion": 5, "union": 5}
