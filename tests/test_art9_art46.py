"""Art. 9, ART46 (T45's findings): the person's own strike in Dutch's first person (and German's and the Scandinavian
languages' other tenses and orders), membership said as being in the union, Norwegian's definite "streiken", an
infarct inside a compound and Polish "udar" alone, the Scandinavian languages' worship and Turkish's mosque in its
cases. Each class's look-alikes stand beside it. Every text is invented."""

from __future__ import annotations

import pytest

from dataexam.categories import special_category
from dataexam.special_terms import shapes

DUTCH_FIRST_PERSON = [
    # T45: "Ik staak.", "ik staak morgen" read none while "ich streike", "jeg streiker" read union
    ("Ik staak.", "union"), ("ik staak morgen", "union"), ("IK STAAK MORGEN", "union"), ("wij staken vandaag", "union"),
    ("ik, als leraar, staak morgen", "union"), ("ik als verpleegkundige staak ook", "union"),
    ("morgen staak ik", "union"), ("vandaag staak ik mee", "union"), ("ik staakte gisteren", "union"),
    ("ik ga morgen staken", "union"), ("ik ben aan het staken", "union"), ("ik heb gisteren gestaakt", "union"),
    ("heb ik ook gestaakt", "union"), ("ik staak het werk", "union"), ("ik staak de hele week", "union"),
    ("ik staak niet, ik ben ziek", "union"),  # a "not" with words after it: read as the strike (ART45)
    # a negation, a stake, ceasing something
    ("ik staak niet", None), ("Ik staak niet.", None), ("ik ga niet staken", None), ("ik heb nooit gestaakt", None),
    ("ik sla een staak in de grond", None), ("ik staak mijn pogingen", None), ("ik staak het roken", None),
    ("ik staak m'n abonnement", None),
]

OTHER_FIRST_PERSON = [
    # the same class in German and the Scandinavian languages: the past, the perfect, the future, the verb first
    ("ich streikte gestern", "union"), ("ich habe gestern gestreikt", "union"), ("gestern habe ich gestreikt", "union"),
    ("ich werde morgen streiken", "union"), ("morgen gehe ich streiken", "union"),
    ("jeg streiket i går", "union"), ("i morgen streiker jeg", "union"), ("imorgon strejkar jag", "union"),
    ("jag strejkade igår", "union"), ("jag ska strejka", "union"), ("i går strejkede vi", "union"),
    # a negation between or ending the text, a thing's strike, others' news
    ("ich streikte nicht", None), ("ich habe nicht gestreikt", None), ("ich werde nicht streiken", None),
    ("jag strejkade inte", None), ("jag ska inte strejka", None), ("mein Laptop hat gestreikt", None),
    ("die Piloten streiken", None),
]

UNION_MEMBERSHIP = [
    # T45 (backed out in ART45: the token path and the slow reference disagreed on a hyphen-joined phrase)
    ("I'm in the union now", "union"), ("I joined the union", "union"), ("we're in the union", "union"),
    ("I am in a union", "union"), ("I’m in the union now", "union"), ("frau-i'm in the union", "union"),
    ("frau-joined the union", "union"), ("I'm in the union since our wedding", "union"),
    ("I’m in the union since our wedding", "union"), ("vota trans frau-i'm in the union", "sexuality"),
    # a square, a federation, a marriage
    ("I'm in the Union Square Starbucks", None), ("I joined the Union Square gym", None),
    ("we are in the European Union", None), ("our union was blessed", None),
]

NORWEGIAN_STRIKE = [
    # T45: Norwegian's definite noun with a Norwegian word beside it
    ("streiken på fabrikken i morgen", "union"), ("streiken er over", "union"), ("streiken fortsetter", "union"),
    ("etter streiken fikk vi mer lønn", "union"), ("vi vant i streiken", "union"),
    ("işçiler grevde değil", "union"),  # withheld: the safe side
    # German's plural verb, a traveller's strike
    ("die Piloten streiken", None), ("die Piloten streiken morgen", None), ("streiken på flyplassen", None),
    ("streiken i kollektivtrafikken igjen", None),
]

HEALTH = [
    # T45: an infarct inside a compound, Polish "udar" alone
    ("Infarkt-Risiko", "health"), ("mein Infarktrisiko ist hoch", "health"), ("Lungeninfarkt", "health"),
    ("Infarktpatient seit Mai", "health"), ("Infarkt (Film, 2019)", "health"),  # a film's title: withheld
    ("udar", "health"), ("Udar", "health"), ("miałem udar", "health"), ("po udarze", "health"),
    ("Miałem Udar w zeszłym roku", "health"), ("dwa udary w rok", "health"),
    # a shock worker, a hammer drill, South Slavic blows
    ("udarnik", None), ("wiertarka udarowa", None), ("državni udar u Čileu", None), ("udar groma", None),
    ("jak udarnik w fabryce", None),
]

RELIGION = [
    # T45: the Scandinavian languages' worship, Turkish's mosque in its cases, Dutch's church
    ("andakt i kyrkan", "religion"), ("gudstjänst", "religion"), ("gudstjänsten börjar kl 11", "religion"),
    ("i kyrkan idag", "religion"), ("gudstjeneste i kirken", "religion"), ("andagt søndag", "religion"),
    ("nattvard på söndag", "religion"), ("camiye gittim", "religion"), ("camide namaz kıldık", "religion"),
    ("cuma namazı", "religion"), ("cuma namazına gittim", "religion"), ("kiliseye gittim", "religion"),
    ("naar de kerk", "religion"), ("vrijdag naar de moskee", "religion"), ("med andakt och i kyrkan", "religion"),
    # with rapt attention, a camisole, a town, a graveyard's street
    ("lyssnade med andakt", None), ("Lace cami top", None), ("Kirkenes", None), ("kerkhofstraat 12", None),
]

#: each class beside its look-alikes: (what it is, its cases)
CLASSES = {"Dutch first person": DUTCH_FIRST_PERSON, "German and Scandinavian first person": OTHER_FIRST_PERSON,
           "in the union": UNION_MEMBERSHIP, "Norwegian streiken": NORWEGIAN_STRIKE, "infarcts and udar": HEALTH,
           "worship": RELIGION}


@pytest.mark.parametrize(("kind", "text", "expected"),
                         [(kind, text, expected) for kind, cases in CLASSES.items() for text, expected in cases])
def test_each_class_reads_its_category_and_its_look_alikes_none(kind: str, text: str, expected: str | None) -> None:
    assert special_category(text) == expected, (kind, text)


def test_every_readings_stems_open_the_text() -> None:
    """The triggers are built from the readings' named stem sets (ART46): each set's stems are among them, and a text
    holding one finds it."""
    stem_sets = [value for name, value in vars(shapes).items()
                 if name.startswith("_") and name.endswith("_STEMS") and isinstance(value, frozenset)]
    stem_sets += [shapes._MASS_NAMED, shapes._MASS_LOWER]
    assert len(stem_sets) >= 14
    for stems in stem_sets:
        assert stems <= set(shapes._TRIGGERS)
        for stem in stems:
            assert stem in shapes._triggers(f"x {stem} y")
