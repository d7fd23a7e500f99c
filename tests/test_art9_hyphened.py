"""A special word hyphened to a word that keeps its sense, German compounds of Krebs, Spanish sinagoga (T35 H3, M7).

The thirty-fifth pass's fresh tester found "HIV-positive since 2019", "cancer-free for 5 years", "chemo-session
today", "Bible-study group tonight" and "mosque-goer since childhood" read as no special category (a hyphened word is
one token; a one-word keyword inside it counts as none, so that "depression-era" and "pride-ful" stay everyday), and
"Meine Krebsdiagnose kam heute" and "Hoy fui a la sinagoga" likewise. Every text is invented.
"""

from __future__ import annotations

import pytest

from dataexam.categories import may_be_special, special_category

REAL = [
    ("HIV-positive since 2019, and doing well.", "health"), ("Cancer-free for 5 years today!", "health"),
    ("Partner's HIV-status unknown, so we got tested.", "health"), ("Long chemo-session today.", "health"),
    ("Mum is a cancer-survivor.", "health"), ("Another IVF-treatment cycle starts Monday.", "health"),
    ("My HIV-\npositive status is nobody's business.", "health"),
    ("Bible-study group tonight at Anna's.", "religion"), ("A mosque-goer since childhood.", "religion"),
    ("Church-going every Sunday with Gran.", "religion"), ("Prayer-meeting moved to Thursday.", "religion"),
    ("Meine Krebsdiagnose kam heute.", "health"), ("Meine Krebs-\ndiagnose kam heute.", "health"),
    ("Papa hat Darmkrebs.", "health"), ("Termin zur Krebsvorsorge morgen.", "health"),
    ("Hoy fui a la sinagoga con mi abuelo.", "religion"), ("Oggi siamo andati alle sinagoghe di Roma.", "religion"),
]

EVERYDAY = [
    "A depression-era recipe for bread.", "Such a pride-ful cat.", "Same-day delivery, great.",
    "Krebssuppe zum Abendessen.", "Heute Flusskrebs gegessen.", "Der Taschenkrebs am Strand.",
    "Mein Sternzeichen ist Krebs.", "The church-street market was busy",
]


@pytest.mark.parametrize(("text", "category"), REAL)
def test_a_hyphened_or_compound_special_word_is_read(text: str, category: str) -> None:
    assert special_category(text) == category
    assert may_be_special(text)  # the trust score's screen never rules it out


@pytest.mark.parametrize("text", EVERYDAY)
def test_an_everyday_hyphened_or_compound_word_stays_everyday(text: str) -> None:
    assert special_category(text) is None
