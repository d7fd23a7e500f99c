"""Art. 9, ART44 (T43): products on strike, children's strikes, German strike compounds, the part taken before a
traveller's strike, colleagues striking in more languages, Italian owners' people striking, the head's temple, Temple
as a name, worship's idioms and a stroke beside a pain. Every text is invented."""

from __future__ import annotations

import pytest

from dataexam.categories import special_category

CASES = [
    # products by name after one owner's possessive: devices, appliances, cars, apps, in every language read
    ("my Echo is on strike", None), ("my Dyson is on strike", None), ("my Nespresso is on strike", None),
    ("my Garmin is on strike", None), ("my Android is on strike", None), ("my Tesla is on strike again", None),
    ("my WhatsApp is on strike", None), ("mein Dyson streikt", None), ("mon Nespresso fait grève", None),
    ("my blender is on strike", None), ("il mio gatto sciopera", None),
    # … their makers' and the people's strikes stay union
    ("the Dyson strike", "union"), ("the Liverpool Echo strike", "union"), ("the Samsung strike", "union"),
    ("my colleagues and I are on strike", "union"), ("my daughter is on strike", "union"),
    # children refusing the home's routine
    ("my kids are on strike at bedtime", None), ("the toddler is on strike", None),
    ("our kids are on strike and refuse their vegetables", None), ("the cat is on strike", None),
    ("Sitzstreik meiner Tochter", None), ("Streik meiner Kinder", None),
    ("my kids are on strike at school", "union"), ("Sitzstreik im Werk", "union"),
    # German compounds: a delivery's strike met as a customer; the strike's noun as a first part
    ("Lieferstreik bei Amazon", None), ("Paketstreik", None),
    ("Streiktag", "union"), ("Streikrecht", "union"), ("morgen ist mein Streiktag", "union"),
    ("Streik-Aufruf", "union"), ("Lehrerstreiks in drei Ländern", None), ("mein Handy streikt", None),
    # the part taken said before a traveller's strike
    ("Ich bin dabei: Streik am Flughafen", "union"), ("count me in - rail strike tomorrow", "union"),
    ("Bin dabei! Verdi-Streik am Flughafen", "union"), ("Streik am Flughafen", None),
    ("Ich bin dabei, umzubuchen: Streik am Flughafen", None), ("Bin dabei! Hungerstreik", None),
    # colleagues striking in more languages, and laying down work
    ("koledzy strajkują", "union"), ("kollegorna strejkar", "union"), ("KOLLEGORNA STREJKAR", "union"),
    ("kollegaene streiker", "union"), ("collega's leggen het werk neer", "union"), ("mijn collega's staken", "union"),
    ("die Kollegen legen die Arbeit nieder", "union"), ("koledzy nie strajkują", None),
    # Italian owners' people striking
    ("i miei insegnanti scioperano", "union"), ("i nostri medici scioperano", "union"),
    # the head's temple, Temple as a name, worship's idioms
    ("sharp pain at the temple", None), ("temple massage", None), ("massaged her temples", None),
    ("moving to Temple Terrace", None), ("Temple Owls football", None), ("Temple Newsam", None),
    ("worship the ground she walks on", None), ("hero worship", None),
    ("Temple Terrace", "religion"), ("the temple terrace was lovely at dusk", "religion"),
    ("pain at the temple gate", "religion"), ("we worship at the temple", "religion"),
    ("Mass at St. Mary's", "religion"), ("at the temple on Saturday", "religion"),
    # a stroke beside a pain
    ("pain in my temple since the stroke", "health"), ("had a stroke, headache since", "health"),
    ("migraine in my temple", "health"), ("stroke of luck, my back pain is gone", None),
    ("swimming: back stroke hurts", None),
]


@pytest.mark.parametrize(("text", "category"), CASES)
def test_art44_readings(text: str, category: str | None) -> None:
    assert special_category(text) == category
