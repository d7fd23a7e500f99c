"""Art. 9, fix round of pass 38 (FIXC): a bank's strike met as a customer, in English and Hindi; the liturgy in lower
case where the sentence says a service; joining the workers' committee in Hebrew. Every text is invented.

Before: "बैंक हड़ताल की वजह से देर हुई" (late because of the bank strike) and "late because of the bank strike" read
union, while a bus or rail strike met as a traveller read nothing; "mass at 9 st mary's road, father tom's homily"
read nothing while its capitalised form read religion; "הצטרפתי לוועד העובדים" (I joined the workers' committee)
read nothing.

Negations ("Ich bin nicht in der Gewerkschaft") and another person's union ("my wife's union went on strike") are read
as every category's are ("I do not have cancer" is health, "my wife has cancer" health): no test here fixes them.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from test_inference_synth import Stream

from dataexam.categories import may_be_special, special_category
from dataexam.inference import infer

NOW = datetime(2025, 6, 1, tzinfo=UTC)
T0 = datetime(2024, 1, 1, 9, tzinfo=UTC)


@pytest.mark.parametrize(("text", "category"), [
    # a bank's strike joined, backed or beside the union stays the union
    ("joining the bank strike", "union"), ("we are on the bank strike with our union", "union"),
    ("हम बैंक हड़ताल में शामिल हुए", "union"), ("हम अपनी यूनियन के साथ हड़ताल पर हैं", "union"),
    # the liturgy in lower case, where the sentence says a service
    ("mass at 9 st mary's road, father tom's homily", "religion"), ("mass at 10, the priest was late", "religion"),
    ("mass at 9 st mary's road then the choir", "religion"),
    # joining the workers' committee (Hebrew)
    ("הצטרפתי לוועד העובדים", "union"), ("joining the rail strikes", "union"),
])
def test_the_special_reading(text: str, category: str) -> None:
    assert special_category(text) == category, text
    assert may_be_special(text), text


@pytest.mark.parametrize("text", [
    # a bank's strike met as a customer, as a bus's or a rail's
    "late because of the bank strike", "Bank strike, no cash today", "बैंक हड़ताल की वजह से देर हुई",
    "बैंक हड़ताल आज फिर", "Bus strike, late to work", "बस हड़ताल आज फिर",
    # lower case with no service's word, an address, a street holding "church", a bike ride
    "mass at 9 then brunch", "mass at 9 st mary's road", "mass at 9 st mary's road car boot sale",
    "mass at 9 church street office party", "critical mass at 9 then brunch",
    # a house committee (Hebrew)
    "ועד הבית אסף כסף",
    # a hunger strike: one person's refusal to eat, no stoppage of work (T38B: was union)
    "Hunger strike for my exams", "I'm on a hunger strike", "joining the hunger strikes",
])
def test_the_everyday_reading(text: str) -> None:
    assert special_category(text) is None, text


def _tweets(texts: list[str], n: int) -> list:
    s = Stream("x.zip")
    return [s.ev(T0 + timedelta(days=i, hours=i % 7), "twitter.tweet", f"{texts[i % len(texts)]} {i}")
            for i in range(n)]


def test_the_inventory_counts_the_service_and_not_the_bank_strike() -> None:
    """End to end (--include-sensitive): the lower-case service sentence counts as religion, the strike joined as
    union; the bank strikes met as a customer, English and Hindi, count nothing."""
    texts = ["mass at 9 st mary's road, father tom's homily", "joining the bank strike",
             "late because of the bank strike", "बैंक हड़ताल की वजह से देर हुई",
             "Cooking pasta tonight and planning a bike ride tomorrow"]
    f = infer(_tweets(texts, 30), now=NOW, include_sensitive=True).finding("sensitive_signals")
    assert {k: v["records"] for k, v in f.value.items()} == {"religion": 6, "union": 6}
