"""Art. 9, FIXART3 (T41): the gate errs on union's side. After a possessive of one owner only a noun of a class the
package knows (a device or thing, a pet, a body part, a faculty) on strike reads nothing; a noun it does not know (a
brand, a workplace, a trade the lists lack) stays union, as missing a union text leaks it. People striking in the
verb's third person after a possessive read union in German, Dutch and Russian as in English; the person's own act
(a picket, "I'm on the … strike", walking out) stays union beside an airport or a game's word. Every text is invented.

Before (ART42): "my Starbucks is on strike", "my bin men are on strike", "my posties are on strike", "my bus is on
strike", "stuck at Heathrow, I'm on the BA strike picket", "strike three for management, we walk out Monday" read
nothing; "meine Kollegen streiken", "mijn collega's staken", "наши учителя бастуют" read nothing.
"""

from __future__ import annotations

import pytest
from test_art9_strike_policy import inventory_records

from dataexam.categories import special_category

UNKNOWN_AFTER_OWNER = (
    "my Starbucks is on strike", "my Amazon is on strike", "my McDonald's is on strike", "my Walmart is on strike",
    "my Tesco is on strike", "my bank is on strike", "my nursery is on strike", "my ISP is on strike",
    "my bin men are on strike", "my binmen are on strike", "my postie is on strike", "my posties are on strike",
    "my bus is on strike", "my trains are on strike", "my local Starbucks is on strike",
    "mon Carrefour est en grève", "mi Mercadona está en huelga", "mein Rewe ist im Streik",
)
# the classes the package knows, with words before or after the noun: none
KNOWN_CLASSES = (
    "my hair dryer is on strike", "my brain cell is on strike", "my old laptop is on strike",
    "my Kindle is on strike", "my Roomba is on strike", "my Starbucks app is on strike",
    "my cat is on strike", "my motivation is on strike", "my knee is on strike", "mein Staubsauger ist im Streik",
    "mein Handy streikt", "meine Katze streikt", "mijn laptop staakt", "мой кот бастует",
    "мой пылесос объявил забастовку",
    "我的吸尘器罢工了", "私のエアコンがストライキ中",
)
# people striking after a possessive, in the verb's third person; the person's own act beside a traveller's or a
# game's words
PEOPLE_STRIKING = (
    "meine Kollegen streiken", "meine Kollegen streiken morgen", "unsere Lehrer streiken", "mein Betrieb streikt",
    "unsere Kita streikt", "meine Firma streikt", "mijn collega's staken", "onze leraren staken morgen",
    "наши учителя бастуют", "мои коллеги бастуют",
    "stuck at Heathrow, I'm on the BA strike picket", "strike three for management, we walk out Monday",
    "flight cancelled, we're on the strike rota", "we're walking out tomorrow",
)
NOT_UNION = (
    "meine Kollegen werden nicht streiken", "we walked out of the cinema",
    # ART45 (T44): a "not" after the verb parts the shape as one before it does ("werden nicht streiken"); "ich
    # streike nicht" stays union by its term, "streike" (the package docstring, "Negation")
    "meine Kollegen streiken nicht",
    "stuck at Heathrow, BA strike", "white picket fence", "Die Piloten streiken morgen",
)


@pytest.mark.parametrize("text", UNKNOWN_AFTER_OWNER)
def test_a_noun_of_no_known_class_on_strike_stays_union(text: str) -> None:
    assert special_category(text) == "union", text


@pytest.mark.parametrize("text", KNOWN_CLASSES)
def test_a_thing_pet_faculty_or_body_part_on_strike_reads_none(text: str) -> None:
    assert special_category(text) is None, text


@pytest.mark.parametrize("text", PEOPLE_STRIKING)
def test_people_striking_and_the_persons_own_act_read_union(text: str) -> None:
    assert special_category(text) == "union", text


def test_the_inventory_counts_unknown_owners_nouns_and_people_striking_as_union() -> None:
    """End to end (--include-sensitive): the brand's, the bin men's, the colleagues' and the picket's strikes count
    as union; the hair dryer's and the cat's count nothing."""
    texts = ["my Starbucks is on strike", "my bin men are on strike", "meine Kollegen streiken",
             "наши учителя бастуют", "stuck at Heathrow, I'm on the BA strike picket", "my hair dryer is on strike",
             "мой кот бастует", "Cooking pasta tonight"]
    assert inventory_records(texts) == {"union": 25}


@pytest.mark.parametrize("text", NOT_UNION)
def test_negated_others_and_look_alikes_read_none(text: str) -> None:
    assert special_category(text) is None, text


@pytest.mark.parametrize(("text", "category"), [
    # T41 L: London Underground's Temple station is no temple; the Mass at a church named after its saint is worship
    ("Temple station, District line", None), ("meet at Temple tube station", None),
    ("prayed at the temple near the station", "religion"),
    ("Mass at St. Mary's on Sunday", "religion"), ("mass at St John's", "religion"), ("Mass at St Louis", None),
])
def test_temple_station_and_mass_at_a_saints_church(text: str, category: str | None) -> None:
    assert special_category(text) == category, text


@pytest.mark.parametrize(("text", "category"), [
    # T41B M1: devices by their products' names are things on strike; their makers' strikes are their workers'
    ("my Pixel is on strike", None), ("my MacBook is on strike again", None), ("my air fryer is on strike", None),
    ("my Instant Pot is on strike", None), ("my tomatoes are on strike this summer", None),
    ("mein Thermomix streikt", None), ("my Bluetooth is on strike", None),
    # (ART44, T43: "my Dyson is on strike" is the owner's vacuum, a maker's name after one owner's possessive —
    # everyday.PRODUCTS; the maker's own strike stays its workers')
    ("the Samsung strike", "union"), ("my Dyson is on strike", None), ("the Dyson strike", "union"),
    ("the Liverpool Echo strike", "union"),
    ("our plants are on strike", "union"),
])
def test_products_on_strike_read_none_and_their_makers_union(text: str, category: str | None) -> None:
    assert special_category(text) == category, text
