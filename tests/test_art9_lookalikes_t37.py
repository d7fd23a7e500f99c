"""Art. 9 look-alikes of the thirty-seventh pass (T37), each mended as a class, and the liturgy written "Mass at 9".

A tester found these read as special, so each was withheld by default and set aside of every purchase figure:
"Cancer (zodiac) horoscope" (the bracket broke the zodiac phrase) and the sign's season and glyph; "my dog's diabetes
check at the vet" (an animal's illness); "HIV research funding doubled, says the news" (research on a disease);
"went to mass transit hearing" (the worship term "went to mass" reaching into "mass transit"); "gay abandon", "a gay
old time" (the old sense); "Catholic University of America hoodie", "Catholic Health Initiatives scrubs" (an
institution's name on merchandise); "Mass transit strike" (union: a strike by transit workers, met by a commuter, is
no word of the person's own membership — joining it, "our" strike or a picket line stays union). "Mass at 9 then
brunch" read nothing: capitalised Mass with a time is the liturgy. Every text is invented.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from test_inference_synth import Stream, local, person

from dataexam.categories import WITHHELD_EXCERPT, special_category
from dataexam.inference import infer

TESTER = [
    "Cancer (zodiac) horoscope", "my dog's diabetes check at the vet", "HIV research funding doubled, says the news",
    "went to mass transit hearing", "gay abandon", "a gay old time", "Catholic University of America hoodie",
    "Catholic Health Initiatives scrubs", "Mass transit strike",
]
# the same classes, other forms
CLASS = [
    # the zodiac sign: brackets, its glyph, its season, the planets in it
    "Cancer ♋ necklace", "♋ Cancer pendant", "Cancer season is here", "Cancer horoscope today",
    "Cancer (star sign) mug", "[Cancer] zodiac charm", "Moon in Cancer this week", "Cancer rising, Leo sun",
    # an animal's illness and care
    "our cat's cancer surgery went well", "Our pet's insulin is in the fridge", "my dogs' arthritis meds",
    "The horse's epilepsy is under control", "diabetic cat food 2kg", "Feline diabetes guide for owners",
    "Dog insulin syringes U-40",
    # a disease as the subject of research, funding, the news
    "Cancer Research UK donation", "Breast cancer research walk on Sunday", "New research into dementia published",
    "Diabetes statistics for 2024 are out", "Funding for HIV/AIDS cut again",
    # "mass" in its everyday senses before a worship term's reach
    "Went to mass transit authority meeting", "went to Mass Effect launch party", "Stuck on the Mass Pike",
    # the old sense of gay
    "Danced with gay abandon", "Deck the halls, don we now our gay apparel", "Learning the Gay Gordons for the ceilidh",
    # institutions on merchandise and uniforms
    "Australian Catholic University lanyard", "Barnes-Jewish Hospital badge reel", "Catholic Health scrubs, navy, M",
    # strikes met as a traveller or a customer
    "Tube strike again, walking to work", "Rail strike tomorrow, working from home", "Royal Mail strikes delay parcel",
]
# special texts of the same words: still special
STILL_SPECIAL = [
    ("Mass at 9 then brunch", "religion"), ("Mass at 10:30am with the family", "religion"),
    ("9am Mass, then coffee", "religion"), ("Mass @ noon today", "religion"), ("MASS AT 9 SUNDAY", "religion"),
    ("Went to Mass at St Paul's", "religion"), ("Sunday mass at 9", "religion"),
    ("went to mass, then the mass transit hearing", "religion"),
    ("mass at the Catholic University chapel", "religion"), ("Catholic University chaplaincy", "religion"),
    ("Lung cancer (zodiac) charm", "health"), ("Lung cancer zodiac charm", "health"),
    ("my dog's diabetes and my depression", "health"), ("my dog's walk, then my insulin", "health"),
    ("my dog's chemo made me so depressed", "health"), ("I have diabetes, my cat too", "health"),
    ("cancer research funding cut, my chemo delayed", "health"), ("my breast cancer", "health"),
    ("Diabetes awareness", "health"), ("Gay pride with gay abandon", "sexuality"), ("Proud to be gay", "sexuality"),
    ("Joining the rail strike today", "union"), ("our tube strike starts Monday", "union"),
    ("rail strike, on the picket line", "union"), ("Union strike vote tomorrow, join the trade union.", "union"),
    ("On strike with my union", "union"),
]
# not the liturgy: a number before "Mass" (an address), a compound after it, lower case "mass" with a weight
NOT_MASS = ["77 Mass Ave", "Meet at 10:30 Mass transit stop", "muscle mass at 9 weeks", "mass at 9 kg"]


@pytest.mark.parametrize("text", TESTER + CLASS)
def test_a_look_alike_is_no_special_text(text: str) -> None:
    assert special_category(text) is None


@pytest.mark.parametrize(("text", "category"), STILL_SPECIAL)
def test_a_special_text_stays_special(text: str, category: str) -> None:
    assert special_category(text) == category


@pytest.mark.parametrize("text", NOT_MASS)
def test_mass_without_the_liturgys_shape_is_none(text: str) -> None:
    assert special_category(text) is None


LONDON = ZoneInfo("Europe/London")
START = date(2024, 1, 1)
NOW = datetime(2024, 9, 1, tzinfo=UTC)
ORDERS = ["Catholic University of America hoodie", "Catholic Health Initiatives scrubs", "Cancer (zodiac) horoscope",
          "Diabetic cat food 2kg", "Dog insulin syringes U-40"]


def ordering(names: list[str]) -> list:
    """A London person's events with 30 Amazon orders of £20: the first ten of ``names`` in turn, then everyday
    items."""
    amazon = Stream("amazon.zip")
    events = person("Europe/London", days=120, start=START)
    for i in range(30):
        name = names[i % len(names)] if i < 10 else ("Bike lights", "Coffee beans 1kg", "Notebook A5")[i % 3]
        events.append(amazon.ev(local(LONDON, START + timedelta(days=3 * i + 1), 19.0), "amazon.order_item", name,
                                total="20.00", currency="GBP", order_id=f"o{i}",
                                member="Retail.OrderHistory.1/Retail.OrderHistory.1.csv"))
    return events


@pytest.fixture(scope="module")
def report() -> dict:
    """A London person's tweets and orders: the look-alikes among them, and one "Mass at 9 then brunch" tweet."""
    x = Stream("x.zip")
    events = ordering(ORDERS)
    for i, text in enumerate([*TESTER, "Mass at 9 then brunch"]):
        events.append(x.ev(local(LONDON, START + timedelta(days=2 * i + 1), 12.0), "twitter.tweet", text,
                           member="data/tweets.js"))
    return infer(sorted(events, key=lambda e: e.sort_key), now=NOW).to_dict()


def test_the_look_alike_orders_count_in_spending(report: dict) -> None:
    """Every order counts in spending by default (before: the hoodie, the scrubs, the horoscope and the pet's
    orders were set aside as special purchases: 25 of 30)."""
    spending = next(f for f in report["findings"] if f["id"] == "spending")
    assert spending["evidence"]["n_support"] == 30


def test_the_signal_inventory_counts_the_mass_tweet_alone() -> None:
    """With --include-sensitive, the sensitive-signal inventory of the tester's tweets and "Mass at 9 then brunch":
    one record of religion (before: health 2, religion 3, sexuality 2, union 1 — and not the Mass tweet)."""
    x = Stream("x.zip")
    events = person("Europe/London", days=120, start=START)
    for i, text in enumerate([*TESTER, "Mass at 9 then brunch"]):
        events.append(x.ev(local(LONDON, START + timedelta(days=2 * i + 1), 12.0), "twitter.tweet", text,
                           member="data/tweets.js"))
    found = infer(sorted(events, key=lambda e: e.sort_key), now=NOW, include_sensitive=True).finding(
        "sensitive_signals")
    assert found.value == {"religion": {"records": 1, "services": {"twitter": 1},
                                        "signals": {"words in own posts": 1}}}
    assert found.summary == "1 record relates to religion"


def test_only_the_mass_tweet_is_withheld(report: dict) -> None:
    items = [i for f in report["findings"] for i in f["evidence"]["items"]]
    quoted = {i["excerpt"] for i in items}
    assert "Mass at 9 then brunch" not in quoted
    withheld = [i for i in items if i["excerpt"] == WITHHELD_EXCERPT]
    assert all(i["kind"] == "twitter.tweet" for i in withheld)
    # the look-alikes are quoted where a finding quotes them, never withheld
    assert not [i for i in items if i["excerpt"] in (*TESTER, *ORDERS) and i["excerpt"] == WITHHELD_EXCERPT]
