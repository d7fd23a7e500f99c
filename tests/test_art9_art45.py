"""Art. 9, ART45 (T44's testers): a "not" after the verb of the Germanic languages, the strike's noun in Polish,
Swedish and Danish, a German service's hyphened strike, English people striking after "our", inflected worship,
strokes and infarcts by their other names, and the Heart Attack Grill (a dish or a laugh called a heart attack stays
health: T44 H2). Each case's
look-alikes stand beside it. Every text is invented."""

from __future__ import annotations

import pytest

from dataexam.categories import special_category

NEGATED_AFTER = [
    # the colleagues not striking, the "not" after the verb: Swedish, Norwegian, Danish, German, Dutch
    ("kollegorna strejkar inte", None), ("kollegorna strejkar inte.", None),
    ("kollegene streiker ikke", None), ("kollegerne strejker ikke", None),
    ("die Kollegen streiken nicht", None), ("die Kollegen streiken nicht!\n", None),
    ("die Kollegen streiken nicht! Gut so", "union"),
    # T44B H1, H2: a line break mid-sentence or a next sentence after the "not" — read as the strike
    ("die Kollegen streiken nicht\numsonst", "union"), ("die Kollegen streiken nicht\r\nzum ersten Mal", "union"),
    ("kollegorna strejkar inte\nför första gången", "union"), ("kollegene streiker ikke\nlenger", "union"),
    ("de collega's staken niet\nvoor niets", "union"), ("de collega's staken niet; ik wel", "union"),
    ("de collega's staken niet. Ik staak wel.", "union"), ("Die Kollegen streiken nicht? Doch, seit heute.", "union"),
    ("kollegorna strejkar inte? Jo, sedan idag.", "union"), ("jeg, som lærer, streiker", "union"),
    ("de collega's staken niet", None), ("mijn collega's staken niet", None),
    # T44 H1: anything after the "not" may say they strike all the same — read as the strike (withheld at worst)
    ("die Kollegen streiken nicht umsonst", "union"), ("die Kollegen streiken nicht ohne Grund", "union"),
    ("die Kollegen streiken nicht zum ersten Mal", "union"), ("die Kollegen streiken nicht, ich schon", "union"),
    ("meine Kollegen streiken nicht allein, ich bin dabei", "union"),
    ("kollegorna strejkar inte för första gången", "union"), ("kollegorna strejkar inte, men jag gör det", "union"),
    ("kollegene streiker ikke for første gang", "union"), ("kollegene streiker ikke uten grunn", "union"),
    ("kollegene streiker ikke lenger, de streiker fra mandag igjen", "union"),
    ("de collega's staken niet voor niets", "union"), ("de collega's staken niet, ik staak wel", "union"),
    ("de collega's staken niet maar ik wel", "union"), ("kollegorna strejkar inte idag", "union"),
    ("meine Kollegen streiken nicht mehr", "union"),
    # the person's own strike said against the others' "not" (T44's probes)
    ("the colleagues are not striking, but I am", "union"), ("our nurses are not striking alone, I'm joining", "union"),
    ("kollegene streiker ikke, men jeg gjør", "union"), ("the results are striking, but I am not convinced", None),
    ("my Echo is on strike but I am fine", None),
    # striking, the "not" elsewhere or "not only"
    ("kollegorna strejkar", "union"), ("kollegene streiker i morgen", "union"),
    ("kollegerne strejker", "union"), ("kollegerne strejker i morgen", "union"),
    ("die Kollegen streiken", "union"), ("die Kollegen streiken nicht nur heute", "union"),
    ("kollegorna strejkar inte bara idag", "union"), ("de collega's staken", "union"),
    ("mijn collega's staken morgen", "union"), ("meine Kollegen streiken morgen", "union"),
]

NOUNS = [
    # T44 H2: an airport's strike met as a traveller beside the person's own striking (Norwegian, Danish, Swedish)
    ("streik på flyplassen, jeg er flyger og streiker", "union"), ("jeg er flyger og streiker", "union"),
    ("strejke i lufthavnen, vi piloter strejker", "union"), ("strejk på flygplatsen, jag som pilot strejkar", "union"),
    # the strike's noun in the singular: Polish, Swedish, Norwegian, Danish, as German "Streik"
    ("jutro strajk w fabryce, idę", "union"), ("strajk generalny w piątek", "union"),
    ("strejk på jobbet imorgon, jag är med", "union"), ("strejken börjar på måndag", "union"),
    ("streik på jobben i morgen, jeg er med", "union"), ("strejke på arbejdet i morgen", "union"),
    ("vi strejkar från måndag", "union"), ("jeg strejker i morgen", "union"), ("strajkujemy od jutra", "union"),
    ("morgen Streik in der Fabrik, ich bin dabei", "union"),
    # their other senses: a hunger strike, a strike met as a traveller
    ("strajk głodowy w więzieniu", None), ("strajk na kolei, spóźnię się", None),
    ("strejk i tunnelbanan igen", None), ("streik på flyplassen i dag", None), ("strejke i S-toget igen", None),
    ("Hungerstrejk i fängelset", None),
    # Turkish others on strike
    ("işçiler grevde", "union"), ("öğretmenler grevdeydi", "union"),
]

HYPHENED_SERVICES = [
    # a service's hyphened "-streik" is met as a customer, as its one word is
    ("Paketdienst-Streik heute", None), ("DHL-Streik heute", None), ("Post-Streik, Brief kommt später", None),
    ("Kita-Streik morgen", None), ("Lieferstreik bei Amazon", None), ("Paketstreik heute", None),
    # the person taking part, or another trade's strike
    ("Paketdienst-Streik, ich bin dabei", "union"), ("DHL-Streik: wir Fahrer sind dabei", "union"),
    ("Lehrer-Streik heute", "union"), ("Verdi-Streik heute", "union"), ("Streik heute", "union"),
]

ENGLISH_STRIKING = [
    ("our nurses are striking today", "union"), ("my teachers are striking on Monday", "union"),
    ("our drivers will be striking next week", "union"), ("our nurses were striking all week", "union"),
    # a thing, a look, a negation
    ("our results are striking", None), ("my eyes are striking", None), ("our nurses are not striking", None),
    ("our nurses are striking a deal", None), ("the nurses are striking today", None),
]

WORSHIP = [
    ("worshipping at St Mary's on Sunday", "religion"), ("we worshipped at the cathedral", "religion"),
    ("worships every Friday", "religion"), ("they worshiped together for years", "religion"),
    ("worshiping with my family", "religion"), ("worshipped at the mosque", "religion"),
    # the idioms of devotion to a person
    ("he worshipped the ground she walked on", None), ("she worships the ground he walks on", None),
    ("hero worshipping my big brother", None), ("hero worshiped as a kid", None),
    ("worshipping the ground you walk on", None), ("Worship (the song) on repeat", None),
    ("Worship (the song) on repeat, then worship at church", "religion"),
]

HEALTH = [
    # T44 M1: recovering or dying from one, its rehab and clinic with a hyphen, Polish "po zawale"; beside them
    # "from a stroke of luck", "TIA-Portal v17", "the stroke-rate of rowers" stay none
    ("recovering from a stroke", "health"), ("he died from a stroke", "health"), ("Stroke-Reha in Bad X", "health"),
    ("TIA-Ambulanz morgen", "health"), ("po zawale", "health"), ("z zawałem serca", "health"),
    ("from a stroke of luck", None), ("TIA-Portal v17", None), ("the stroke-rate of rowers", None),
    ("mini-stroke last year", "health"), ("a ministroke in May", "health"), ("brain stroke", "health"),
    ("a small stroke", "health"), ("heartattack", "health"), ("Infarkt", "health"), ("Hirnschlag", "health"),
    ("apoplejía", "health"), ("apoplexy", "health"), ("had a TIA", "health"), ("my TIA last year", "health"),
    ("transient ischaemic attack", "health"), ("po moim udarze", "health"), ("udar mózgu u taty", "health"),
    ("zawał serca", "health"), ("efter min stroke", "health"), ("fick en stroke i fjol", "health"),
    ("hjerneslag", "health"), ("hjärtinfarkt", "health"),
    # a stroke's, an infarct's and "TIA"'s other senses
    ("stroke of luck", None), ("a small stroke of luck", None), ("brush stroke", None), ("breaststroke", None),
    ("H.264/AVC", None), ("TIA Portal", None), ("a TIA Portal license", None), ("TIA!", None),
    ("un partido de infarto", None), ("wiertarka udarowa", None),
]

EVERYDAY = [
    ("the heart attack grill", None), ("Schlaganfall-Risiko bei Katzen", None), ("Diabetes bei Katzen", None),
    # T44 H2: a dish or a laugh called a heart attack read none beside the person's own one — they stay health
    # (withheld only), and so do the texts that go on
    ("casi me da un infarto de la risa", "health"), ("this burger is a heart attack", "health"),
    ("this burger is a heart attack. I had a real one in May", "health"),
    ("this burger is a heart attack, just like the one my dad had last year", "health"),
    ("me dio un infarto de la risa... bueno, de verdad, estoy en la UCI", "health"),
    # a diagnosis beside them stays health
    ("it was a heart attack", "health"), ("that was a heart attack", "health"), ("me dio un infarto", "health"),
    ("mi padre tuvo un infarto", "health"), ("Schlaganfall bei meiner Mutter", "health"),
    ("Diabetes bei Kindern", "health"),
]


#: each class beside its look-alikes: (what it is, its cases)
CLASSES = {"a not after the verb": NEGATED_AFTER, "the strike's noun": NOUNS, "a hyphened service's strike":
           HYPHENED_SERVICES, "people striking after our": ENGLISH_STRIKING, "inflected worship": WORSHIP,
           "strokes and infarcts": HEALTH, "a grill, a dish and a laugh called heart attacks": EVERYDAY}


@pytest.mark.parametrize(("kind", "text", "expected"),
                         [(kind, text, expected) for kind, cases in CLASSES.items() for text, expected in cases])
def test_each_class_reads_its_category_and_its_look_alikes_none(kind: str, text: str, expected: str | None) -> None:
    assert special_category(text) == expected, (kind, text)
