"""Art. 9, ART49 (T46's findings): union membership said with the verb in French, Spanish and Portuguese, a French
confederation one is in, Polish's trade union in its cases, the person's own strike in Hungarian, Czech, Slovak and
Dutch, going to the strike and its picket, the union been in, Swedish "mitt fack"; a stroke had in Portuguese,
Spanish and Turkish, Polish's mini-stroke, Czech's and Hungarian's names; going to Mass in Italian, Portuguese,
Dutch and German, Easter's Mass, the Alevi cem rite. Each language's look-alikes stand beside it: a text that may be
special never reads none, an everyday one stays none where it was. Every text is invented."""

from __future__ import annotations

import pytest

from dataexam.categories import special_category

UNION = [
    # T46: each read none
    ("je suis syndiqué", "union"), ("je suis syndiquée", "union"), ("Je suis syndique depuis 2010", "union"),
    ("nous sommes syndiqués", "union"), ("j'étais syndiquée à la CFDT", "union"), ("je suis à la CGT", "union"),
    ("Je suis à la CFDT depuis dix ans", "union"),
    ("jestem w związku zawodowym", "union"), ("należę do związku zawodowego", "union"),
    ("jestem związkowcem", "union"), ("jestem w zwiazku zawodowym", "union"),
    ("sou sindicalizado", "union"), ("sou sindicalizada há anos", "union"), ("estoy sindicado", "union"),
    ("estoy sindicada en CCOO", "union"), ("sono iscritto al sindacato", "union"),
    ("sztrájkolunk", "union"), ("sztrájkolok holnap", "union"), ("sztrajkolunk", "union"),
    ("stávkujeme", "union"), ("stávkuji", "union"), ("zítra stávkujeme", "union"), ("štrajkujeme", "union"),
    ("zij en ik staakten", "union"), ("mijn collega en ik staakten gisteren", "union"),
    ("ik ga naar de staking", "union"), ("we gaan naar de staking", "union"), ("stakingspiket", "union"),
    ("op het stakingspiket", "union"),
    ("been in the union 20 yrs", "union"), ("been in a union since 2015", "union"),
    ("mitt fack", "union"), ("mitt fack betalar", "union"), ("vårt fack strejkar", "union"),
    # a loan syndicated, the others' strike, crypto's staking, a compartment, a bond
    ("la CGT a appelé à la grève nationale", "union"), ("un prêt syndiqué de 2 milliards", None),
    ("un préstamo sindicado", None), ("zij staakten gisteren", None), ("Ethereum staking yields", None),
    ("fack", None), ("nycklarna ligger i facket", None), ("związek chemiczny", None),
    ("I'm in the European Union", None),
]

HEALTH = [
    # T46: each read none
    ("sofri um derrame", "health"), ("tive um derrame", "health"), ("minha mãe teve um derrame", "health"),
    ("tuvo un derrame", "health"), ("felç geçirdi", "health"), ("felç geçirdim", "health"),
    ("babam felç geçirmiş", "health"), ("felc gecirdi", "health"),
    ("mikroudar", "health"), ("po mikroudarze", "health"), ("mozková příhoda", "health"),
    ("po cévní mozkové příhodě", "health"), ("agyvérzés", "health"), ("agyvérzést kapott", "health"),
    ("agyverzes", "health"),
    # a spill of oil (Portuguese and Spanish "derrame" alone)
    ("derrame de petróleo", None), ("derrame de óleo", None), ("um derrame de óleo no mar", None),
]

RELIGION = [
    # T46: each read none (the German masses named by their time read religion already)
    ("sono andato a messa", "religion"), ("vado a messa", "religion"), ("domenica vado a messa", "religion"),
    ("la santa messa", "religion"), ("fui à missa", "religion"), ("vou à missa", "religion"),
    ("vou a missa domingo", "religion"), ("ik ga naar de mis", "religion"), ("naar de mis", "religion"),
    ("heute in der Messe", "religion"), ("wir waren in der Messe", "religion"),
    ("gestern Abend zur Messe", "religion"), ("Ostermesse", "religion"), ("zur Ostermesse", "religion"),
    ("Christmette", "religion"), ("Frühmesse", "religion"), ("Totenmesse", "religion"), ("Abendmesse", "religion"),
    ("cem ayini", "religion"), ("cem ayinine", "religion"), ("cem ayininde", "religion"),
    # the trade fair, a mess hall, missing someone or a train, a tuning, a hairdo, Swedish missing
    ("Messe Frankfurt", None), ("auf der Messe", None), ("Buchmesse", None), ("Fachmesse", None),
    ("Möbelmesse", None), ("auf der Messe in Frankfurt", None), ("ich gehe morgen zur Messe, Stand 4", None),
    ("the mess hall", None), ("mis je trein", None), ("ik mis je", None), ("de mis-match", None),
    ("messa a punto", None), ("messa in piega", None), ("missa inte tåget", None), ("Cem evine gitti", None),
]

#: each class beside its look-alikes: (what it is, its cases)
CLASSES = {"union": UNION, "health": HEALTH, "religion": RELIGION}


@pytest.mark.parametrize(("kind", "text", "expected"),
                         [(kind, text, expected) for kind, cases in CLASSES.items() for text, expected in cases])
def test_each_class_reads_its_category_and_its_look_alikes_none(kind: str, text: str, expected: str | None) -> None:
    assert special_category(text) == expected, (kind, text)


def test_paralysis_alone_is_only_withheld_never_none_for_a_stroke() -> None:
    """Turkish "felç" alone may be any paralysis: none or withheld, but the stroke had is health (ART49)."""
    assert special_category("felç") in (None, "health")
    assert special_category("annem felç geçirdi") == "health"
