"""Art. 9, FIXART5 (T43's fresh tester): a look-alike takes only its own words — the rest of the text is read as
usual, its shapes and its ellipses included — and unambiguous names of heart attacks and strokes read health in the
languages read. Every text is invented."""

from __future__ import annotations

import pytest

from dataexam.categories import special_category

MIXED = [
    # a look-alike beside the person's own strike, said again by ellipsis
    ("my Dyson is on strike and so am I", "union"),
    ("my Echo is on strike, like my whole union", "union"),
    ("my Garmin is on strike, my colleagues too", "union"),
    ("my laptop is on strike, me too", "union"),
    ("my kids are on strike at bedtime, and we are too", "union"),
    ("mein Dyson ist im Streik, ich auch", "union"), ("mein Dyson ist im Streik", None),
    ("ma voiture fait grève, moi aussi", "union"),
    ("mi coche está en huelga, yo también", "union"),
    # a service's strike the person takes part in
    ("Lieferstreik bei Amazon, wir Fahrer sind dabei", "union"),
    ("Lieferstreik bei Amazon: wir Fahrer legen die Arbeit nieder", "union"),
    ("Paketstreik, ich bin dabei", "union"),
    # worship's idiom beside the Lord worshipped
    ("worship the ground she walks on, and the Lord every Sunday", "religion"),
    ("worship the ground he walks on and God above all", "religion"),
    # shapes beside a look-alike (the liturgy with its time, the homily)
    ("my Echo is on strike; Mass at 9 tomorrow", "religion"),
    ("my Dyson is on strike; Mass at 9 tomorrow", "religion"),
    ("my kids are on strike at bedtime; Mass at 9 tomorrow", "religion"),
    ("sharp pain at the temple; Mass at 9 tomorrow", "religion"),
    ("the cat is on strike; Mass at 9", "religion"),
    ("worship the ground she walks on; Mass at 9 tomorrow", "religion"),
    ("my Echo is on strike; homily at St. Mary's was great, Father John", "religion"),
    ("my Echo is on strike; I'm striking too", "union"),
    # a health word beside a look-alike
    ("my Garmin is on strike and my heart arrhythmia is back", "health"),
    # the look-alikes alone stay none
    ("my Dyson is on strike", None), ("my Echo is on strike", None), ("my Garmin is on strike", None),
    ("my kids are on strike at bedtime", None), ("the cat is on strike", None),
    ("sharp pain at the temple", None), ("worship the ground she walks on", None),
    ("Lieferstreik bei Amazon", None), ("Lieferstreik bei Amazon, ich bin dabei umzubuchen", None),
    ("Hungerstreik, wir sind dabei", None),
    ("my laptop is on strike, so I'm working from the café", None),
    ("worship the ground she walks on, she is lovely", None),
]

HEALTH = [
    ("since my heart attack last year", "health"), ("after my stroke I can't walk", "health"),
    ("Dad's stroke was in May", "health"), ("she had a mild stroke", "health"), ("the stroke unit", "health"),
    ("mein Herzinfarkt letztes Jahr", "health"), ("nach meinem Schlaganfall kann ich nicht mehr laufen", "health"),
    ("tuve un ictus el año pasado", "health"), ("mi infarto el año pasado", "health"),
    ("mi epilepsia volvió", "health"), ("depuis mon AVC je ne marche plus", "health"),
    ("mon infarctus l'an dernier", "health"), ("dopo il mio ictus non cammino più", "health"),
    ("il mio infarto l'anno scorso", "health"), ("na mijn beroerte loop ik niet meer", "health"),
    ("após o meu AVC não ando", "health"), ("geçen yıl kalp krizi geçirdim", "health"),
    # "stroke" in its other senses, "AVC" the codec, "de infarto" heart-stopping
    ("a stroke of luck", None), ("his stroke of genius", None), ("working on my stroke technique", None),
    ("brush stroke", None), ("breast stroke lessons", None), ("at the stroke of midnight", None),
    ("Blu-ray H.264/AVC", None), ("AVC 1080p", None), ("avc", None),
    ("un partido de infarto", None), ("prezzi da infarto", None),
]


@pytest.mark.parametrize(("text", "want"), MIXED + HEALTH)
def test_category(text: str, want: str | None) -> None:
    assert special_category(text) == want
