"""Art. 9 look-alikes left by the thirty-seventh pass (R2ART), each mended as a class.

(a) "rail strike, proud of my union" read nothing once a commuter's strike was no union word: the person's own union
("my union", "our union", "union dues", "joined the union", "meine Gewerkschaft", "mon syndicat", "mi sindicato",
Dutch "vakbond", Turkish "sendika") is union; "union" in another sense (the European Union, a credit union, Union
Station, the union jack, a students' union, a USB union fitting, the Soviet Union, a marriage) is none, also where a
member's word reaches into it ("credit union member"), and English "syndicated" is no French "syndicat". "Our union"
in a text with a wedding's word is the marriage; with none it stays union (withhold rather too much than too little).
(b) a pet medical supply's product title ("Feline diabetes test strips", "glucose meter for cats") read health; a
person's own test strips stay health. (c) "Cancer season" (any zodiac sign's season) made a TV/movies interest.
(d) "Mass at 9 Elm Street" (a house number, not a time) read religion. Every text is invented.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from test_art9_lookalikes_t37 import LONDON, NOW, START, ordering
from test_inference_synth import Stream, local, person

from dataexam.categories import interest_categories, special_category
from dataexam.inference import infer

OWN_UNION = [
    "rail strike, proud of my union", "Proud of our union today", "Paid my union dues", "Joined the union at work",
    "Union members vote tomorrow", "Asked my union rep about the rota", "Joining a union was the best move",
    "meine Gewerkschaft streikt", "Mein Gewerkschaftsbeitrag steigt", "mon syndicat appelle à la grève",
    "je suis au syndicat", "mi sindicato convoca huelga", "il mio sindacato", "o meu sindicato", "mijn vakbond",
    "lid van de vakbond FNV", "lid van de FNV", "sendika üyesiyim", "our union called a strike on our wedding day",
    "my union dues went up after the wedding",
]
OTHER_UNIONS = [
    "European Union", "European Union member states", "credit union", "Credit union member perks",
    "Union Station at 6", "my Union Station photos", "union jack bunting", "our union jack cushion",
    "Union Square farmers market", "student union bar", "Students' union member card", "USB union fitting",
    "my union fitting leaks again", "the Soviet Union", "State of the Union address", "my Union Berlin shirt",
    "a union of two families", "our union was blessed", "celebrating our union, ten years married",
    "syndicated column", "syndication rights", "syndicat de copropriété, assemblée générale",
    "syndicat d'initiative de Dinan", "FNV mods all weekend",
]
PET_SUPPLIES = [
    "Feline diabetes test strips", "diabetic cat food test strips", "dog insulin syringes", "glucose meter for cats",
    "Dog insulin syringes U-40, 100 count", "Feline Diabetes Test Strips, 50 ct", "Glucose Meter for Cats and Dogs",
    "AlphaTRAK 2 Blood Glucose Test Strips 50 Count for Dogs and Cats", "Canine insulin pen needles",
    "Blutzucker-Teststreifen für Hunde und Katzen", "tiras reactivas para perros", "Insulin for my cat",
]
OWN_HEALTH = [
    "my test strips", "Test strips 50 count", "Contour Next test strips", "my insulin and glucose meter for cats",
    "Feline diabetes strips, my insulin", "meine Teststreifen für die Katze", "cancer support for pet owners",
]


@pytest.mark.parametrize("text", OWN_UNION)
def test_the_persons_own_union_is_union(text: str) -> None:
    assert special_category(text) == "union"


@pytest.mark.parametrize("text", OTHER_UNIONS)
def test_union_in_another_sense_is_none(text: str) -> None:
    assert special_category(text) is None


@pytest.mark.parametrize("text", PET_SUPPLIES)
def test_a_pet_supplys_title_is_no_health(text: str) -> None:
    assert special_category(text) is None


@pytest.mark.parametrize("text", OWN_HEALTH)
def test_the_persons_own_supplies_stay_health(text: str) -> None:
    assert special_category(text) == "health"


SIGNS = ("Aries", "Taurus", "Gemini", "Cancer", "Leo", "Virgo", "Libra", "Scorpio", "Sagittarius", "Capricorn",
         "Aquarius", "Pisces")


@pytest.mark.parametrize("sign", SIGNS)
def test_a_zodiac_season_is_no_tv_interest(sign: str) -> None:
    assert interest_categories(f"{sign} season is here") == []
    assert interest_categories(f"{sign} season") == []


@pytest.mark.parametrize("text", ["New season of The Bear tonight", "Cancer season, so binging the new season",
                                  "season finale!"])
def test_a_shows_season_stays_movies(text: str) -> None:
    assert interest_categories(text) == ["movies"]


@pytest.mark.parametrize(("text", "category"), [
    ("Mass at 9 Elm Street", None), ("MASS AT 12 N. Main St", None), ("Mass at 9 W 4th St", None),
    ("Mass at 9 St Mary's Road", None), ("Mass at 9 then brunch", "religion"), ("9am Mass", "religion"),
    ("Mass @ noon", "religion"), ("Mass at 9am, Elm Street church", "religion"), ("Mass at 9 St Paul's", "religion"),
    ("Mass at 10:30 Elm Street", "religion"), ("Went to Mass at 9 Elm Street", "religion"),
])
def test_a_house_number_after_mass_at_is_an_address(text: str, category: str | None) -> None:
    assert special_category(text) == category


TWEETS = ["rail strike, proud of my union", "Credit union member perks", "our union was blessed",
          "Mass at 9 Elm Street", "Feline diabetes test strips", "my test strips ran out"]


def test_the_signal_inventory() -> None:
    """With --include-sensitive, the sensitive-signal inventory of the tweets above: union 1 (the proud member) and
    health 1 (the person's own strips). Before: health 2 (the cat's strips too), religion 1 (the address) and union 1
    — the credit union member's perks, the proud member's tweet reading nothing."""
    x = Stream("x.zip")
    events = person("Europe/London", days=120, start=START)
    for i, text in enumerate(TWEETS):
        events.append(x.ev(local(LONDON, START + timedelta(days=2 * i + 1), 12.0), "twitter.tweet", text,
                           member="data/tweets.js"))
    found = infer(sorted(events, key=lambda e: e.sort_key), now=NOW, include_sensitive=True).finding(
        "sensitive_signals")
    one = {"records": 1, "services": {"twitter": 1}, "signals": {"words in own posts": 1}}
    assert found.value == {"health": one, "union": one}


ORDERS = ["Feline diabetes test strips", "Diabetic cat food test strips", "Dog insulin syringes",
          "Glucose meter for cats", "Contour Next test strips"]


def test_pet_supplies_count_in_spending() -> None:
    """Every order but the person's own test strips counts in spending: 28 of 30 (before: 22 — the cat's strips, the
    diabetic cat food strips and the cats' glucose meter were set aside as special purchases too)."""
    events = ordering(ORDERS)
    report = infer(sorted(events, key=lambda e: e.sort_key), now=NOW).to_dict()
    spending = next(f for f in report["findings"] if f["id"] == "spending")
    assert spending["evidence"]["n_support"] == 28


def test_zodiac_seasons_make_no_interest() -> None:
    """A person tweeting the zodiac's seasons and cooking: the interests finding names cooking alone (before: movies
    first, from "… season")."""
    x = Stream("x.zip")
    texts = [f"{sign} season is here" for sign in SIGNS] + ["Trying a new bread recipe"] * 6
    events = [x.ev(datetime(2024, 3, 1 + i % 28, 10, tzinfo=UTC), "twitter.tweet", t, lang="en")
              for i, t in enumerate(texts * 3)]
    interests = infer(events, now=NOW).finding("interests")
    assert [r["category"] for r in interests.value] == ["cooking"]
