"""Everyday senses of special-category words (T29D L-d): titles, handbooks, house plants, party supplies, the zodiac,
"aids" as a plural, history and names, in every language the lists hold (``special_terms.EVERYDAY_SENSES``).

With ``--include-sensitive`` the tester found "Pride and Prejudice" and "Queer Eye DVD" counted as sexuality signals,
"The Python Bible" and "Prayer plant Maranta" as religion, "Green party supplies balloons" as politics and "Cancer
zodiac necklace" as health; by default each was withheld. Invented product titles in the shapes Amazon's order
history writes them.
"""

from __future__ import annotations

import re

import pytest

from dataexam import special_terms
from dataexam.categories import SENSITIVE_PREFIX, keyword_matches, special_category

# the tester's six, and the class in other languages and kinds
EVERYDAY = [
    "Pride and Prejudice", "Queer Eye DVD", "The Python Bible", "Prayer plant Maranta",
    "Green party supplies balloons", "Cancer zodiac necklace",
    "Pride & Prejudice (Penguin Classics)", "Eat Pray Love paperback", "Tropic of Cancer Henry Miller",
    "Lion King Pride Rock playset", "Temple Run 2 gift card", "The Wine Bible, 3rd edition", "The Cocktail Bible",
    "Weber's Grill-Bibel", "La bible du pain", "La biblia del vino", "Gebetspflanze Maranta leuconeura",
    "Maranta, la plante prière", "Rosary vine Ceropegia woodii", "Green party decorations and plates",
    "Collier signe du cancer", "Collar signo zodiaco cáncer plata", "Collar signo zodiaco cancer plata",
    "Visual aids for teachers", "Band-Aids assorted", "The Great Depression: a history", "Depression glass bowl",
    "Photos from the Depression era", "Depression-era glass vase",
    "Shirley Temple cocktail syrup", "Temple Bar Dublin guide", "Gay-Lussac's law poster", "Retail therapy mug",
]
# a special word beside an everyday phrase keeps the text special
STILL_SPECIAL = [
    ("Queer Eye fans at the Pride march", "sexuality"), ("The Baking Bible and a Quran", "religion"),
    ("Children's Bible", "religion"), ("Study Bible NIV", "religion"), ("Living with AIDS", "health"),
    ("Hearing aids batteries", "health"), ("Green Party canvassing tonight", "politics"),
    ("Cancer zodiac necklace for my chemo friend", "health"), ("Prayer plant and Friday prayer", "religion"),
    ("Tropic of Cancer; my cancer treatment starts Monday", "health"),
    # T30C C1: one's own low mood in today's slang, and a person's "great depression", are no history
    ("I am in my depression era again", "health"), ("Fell into a great depression after the breakup", "health"),
    ("my great depression era lol", "health"),
]


@pytest.mark.parametrize("text", EVERYDAY)
def test_an_everyday_sense_is_not_special(text: str) -> None:
    assert special_category(text) is None


@pytest.mark.parametrize(("text", "category"), STILL_SPECIAL)
def test_a_special_word_beside_an_everyday_phrase_stays_special(text: str, category: str) -> None:
    assert special_category(text) == category


@pytest.mark.parametrize("phrase", special_terms.EVERYDAY_PHRASES)
def test_each_phrase_is_needed_and_leaves_its_neighbours_special(phrase: str) -> None:
    """Each phrase holds words that are special alone (else it would be no exception: "cancer", "green party"), is
    everyday whole, and a religious text beside it stays special. A phrase that is everyday only as a name ("Gay
    Street", "Біла Церква": special_terms.NAMES_ONLY, STREETS_ONLY) is so written as one, and special in lower case
    ("the gay street parade", "в білій церкві": LOOKALIKE2; this test had them everyday in lower case)."""
    words = phrase.replace("-", " ").split()
    parts = [" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)
             if j - i < len(words)]
    if phrase in special_terms.EVERYDAY_SENSES["mass"].phrases:
        # a firm phrase is needed where a worship term reaches into it ("went to mass transit hearing"), its words
        # none alone (T37: "mass" alone is physics, transit, a game)
        assert special_category("went to mass") == "religion"
        assert special_category(f"went to {phrase}") is None, phrase
    elif phrase in special_terms.FIRM_PHRASES:
        # a name holding "union" in another sense: "my union" reaching into it is no membership (R2ART)
        mine = "mon" if phrase.startswith("syndicat") else "my"
        assert special_category(f"{mine} {phrase.split()[0]}") or special_category(f"{mine} union"), phrase
        assert special_category(f"{mine} {phrase}") is None, phrase
    else:
        # a glyph beside a word ("cancer♋") leaves the word special alone
        parts += re.findall(r"\w+", phrase) if re.search(r"[^\w\s-]", phrase) else []
        # a compound ("Gebetspflanze") is special by the terms' stem alone
        assert any(special_category(part) for part in parts) or special_terms.find(phrase), phrase
    if phrase in special_terms.NAMES_ONLY or phrase in special_terms.STREETS_ONLY:
        assert special_category(phrase) is not None, phrase
        phrase = phrase.title()
    assert special_category(phrase) is None, phrase
    # a look-alike that holds only to its clause's end (EverydaySense.to_clause_end: a shop in the hospital, a squad,
    # a GP's practice, work at the hospital) is no look-alike with the prayer after it, and its own words are read
    # beside the prayer's (ART53: a sentence of its own no longer ends it — "Lékárna je v nemocnici. Táta tam leží"
    # is her father's stay; ART51's test put the prayer in a sentence of its own after a shop, read religion alone)
    read = {c.removeprefix(SENSITIVE_PREFIX) for c, _ in keyword_matches(f"{phrase}, then Friday prayer at the mosque")}
    assert "religion" in read, phrase
    if phrase not in _TO_CLAUSE_END:
        assert special_category(f"{phrase}, then Friday prayer at the mosque") == "religion", phrase


_TO_CLAUSE_END = frozenset(p for sense in special_terms.EVERYDAY_SENSES.values() if sense.to_clause_end is not None
                           for p in sense.phrases)


def test_every_list_names_its_source() -> None:
    assert {"titles", "handbooks", "plants", "party supplies", "zodiac", "aids"} <= set(special_terms.EVERYDAY_SENSES)
    for name, sense in special_terms.EVERYDAY_SENSES.items():
        assert len(sense.reason) > 40 and sense.phrases, name
        assert all(p == p.lower() for p in sense.phrases), name


@pytest.mark.parametrize(("name", "category"), [
    ("Bärbel Bas", "politics"), ("Felix Banaszak", "politics"), ("Franziska Brantner", "politics"),
    ("Ines Schwerdtner", "politics"), ("Jan van Aken", "politics"), ("Christian Dürr", "politics"),
    ("Bruno Retailleau", "politics"), ("Zack Polanski", "politics"), ("Mallikarjun Kharge", "politics"),
    ("J.P. Nadda", "politics"), ("Kemi Badenoch", "politics"),
    ("Christian Dior Sauvage", None), ("Jan Bakker", None), ("Ken Martin", None)])
def test_party_leaders_of_2025(name: str, category: str | None) -> None:
    """The party leaders checked against the news of their parties' elections (special_terms' politics comment)."""
    assert special_category(name) == category
