"""Art. 9, ART50 (T46C's probes): a stay in hospital and an operation (GDPR Recital 35) in Turkish, Hungarian,
Czech and Slovak, the first persons ART48's eleven languages lacked, a visit with a relative; Mass on a feast in
German, the Turkish rite, Czech's, Slovak's and Hungarian's Mass; "me in the union". Beside each, its look-alikes:
the hospital as a building or a workplace, its car park, "my surgery" (a GP's practice), a trade fair by its venue,
stand or hall and Leipzig's Easter fair, "messa in piega", an oil spill, a mine's cave-in, one's field of work,
rugby union, the Oxford Union, a marriage, a strike never struck. Every text is invented."""

from __future__ import annotations

import pytest

from dataexam import special_terms
from dataexam.categories import special_category

HEALTH = [
    # T46C: each read none
    ("hastanedeyim", "health"), ("hastanedeyiz", "health"), ("hastaneye yattım", "health"),
    ("hastaneye yattim", "health"), ("babam hastaneye kaldırıldı", "health"), ("ameliyat oldum", "health"),
    ("dün ameliyat oldum", "health"), ("ameliyat geçirdim", "health"), ("ameliyattan çıktım", "health"),
    ("ameliyattan ciktim", "health"), ("taburcu oldum", "health"),
    ("kórházban vagyok", "health"), ("korhazban vagyok", "health"), ("kórházban voltam egy hétig", "health"),
    ("megműtöttek", "health"), ("megmutottek", "health"), ("tegnap megoperáltak", "health"),
    ("műtétem után", "health"),
    ("jsem v nemocnici", "health"), ("byl jsem v nemocnici", "health"), ("máma je v nemocnici", "health"),
    ("ležím v nemocnici", "health"), ("lezim v nemocnici", "health"), ("operovali mě", "health"),
    ("operovali me vcera", "health"), ("byl jsem operován", "health"), ("jsem po operaci", "health"),
    ("som v nemocnici", "health"), ("operovali ma", "health"),
    # ART48's languages: the first persons they lacked
    ("I'm at the hospital", "health"), ("im at the hospital again", "health"), ("ich hatte eine OP", "health"),
    ("ich hatte eine Operation", "health"), ("ik werd opgenomen", "health"), ("estoy internado", "health"),
    ("przeszedłem operację", "health"), ("jag ska opereras", "health"), ("jag blev inlagd", "health"),
    ("jeg skal opereres", "health"), ("spent the night at the hospital", "health"),
    ("ich wurde eingeliefert", "health"),
    ("gestern wurde ich eingeliefert", "health"), ("Die Sendung wurde in der Filiale eingeliefert", None),
    ("je sors de l'hôpital", "health"), ("me dieron el alta", "health"),
    ("mi operano domani", "health"), ("jag ligger inne", "health"), ("jeg har vært innlagt", "health"),
    ("jeg har været indlagt", "health"), ("ameliyattayım", "health"), ("budu operován", "health"),
    ("me dieron de alta en Hacienda", None), ("I got admitted to Harvard", None),
    # a visit: the relative's health, as others' stays are read
    ("Long day at the hospital with mum", "health"), ("at the hospital with my dad all night", "health"),
    ("had my surgery today", "health"), ("my surgery went well", "health"), ("after my surgery", "health"),
    # the hospital as a building, a workplace, a car park; "my surgery" the GP's practice
    ("I work at the hospital", None), ("the hospital parking", None), ("I work in the hospital", None),
    ("she works in the hospital", None), ("I work in hospital", None), ("I'm in the hospital parking lot", None),
    ("I'm at the hospital car park", None), ("my surgery", None), ("ring my surgery for a repeat", None),
    ("hastane otoparkı", None), ("hastanede çalışıyorum", None), ("kórház épülete", None),
    ("pracuji v nemocnici", None), ("nová nemocnice", None), ("ameliyat masası", None),
    # a spill of oil, a cave-in in a mine
    ("sofreu um derrame de óleo", None), ("sufrió un derrame de petróleo", None), ("zawał w kopalni", None),
    ("zawał stropu", None), ("miał zawał w kopalni", "health"),
]

RELIGION = [
    # T46C: each read none
    ("Heiligabend in der Messe", "religion"), ("Sonntag in der Messe", "religion"),
    ("Weihnachten in der Messe mit Oma", "religion"),
    ("jdu na mši", "religion"), ("byli jsme na mši", "religion"), ("ze mše domů", "religion"),
    ("pazar ayinine gittik", "religion"), ("ayine katıldım", "religion"), ("ayine katildim", "religion"),
    ("noel ayinine gittik", "religion"), ("na mszy świętej", "religion"), ("misére mentem", "religion"),
    ("na omšu", "religion"),
    # a trade fair by its venue, stand or hall; Leipzig's Easter fair; a hairdo; "mši" alone; a mirror
    ("Messe Frankfurt", None), ("heute in der Messe Frankfurt", None), ("bin heute in der Messe, Stand B12", None),
    ("heute in der Messe, Halle 3", None), ("Leipziger Ostermesse", None), ("zur Leipziger Ostermesse", None),
    ("Am Sonntag zur Messe nach Köln", None), ("mši", None), ("vado a messa in piega", None),
    ("sono andata a messa in piega dal parrucchiere", None), ("MSI laptop", None), ("ayine bak", None),
    ("ayın ilk günü", None), ("la misère", None),
]

UNION = [
    # T46C: "me in the union" read none; the Swedish person's own strike reads union
    ("me in the union", "union"), ("me in the union since 2015", "union"), ("jag är med i strejken", "union"),
    ("jag strejkar på flygplatsen", "union"),
    # Dutch "slag gehad" (got lucky), rugby, a debating society, a savings co-operative, a marriage, the flag,
    # one's field of work, a strike never struck
    ("slag gehad", None), ("I'm in the rugby union team", None), ("I joined the rugby union club", None),
    ("member of the Oxford Union", None), ("member of the Cambridge Union", None), ("credit union", None),
    ("I was in a union with him", None), ("me in the union jack dress", None), ("inom mitt fack", None),
    ("utanför mitt fack", None), ("wij staakten nooit", None), ("wir streikten nie", None),
    ("vi strejkade aldrig", None),
    # the person's union beside them stays
    ("I'm in the union, not the rugby union", "union"), ("mitt fack betalar", "union"),
    ("wij staakten gisteren", "union"), ("I was in a union with my colleagues", "union"),
]

#: each class beside its look-alikes: (what it is, its cases)
CLASSES = {"health": HEALTH, "religion": RELIGION, "union": UNION}


@pytest.mark.parametrize(("kind", "text", "expected"),
                         [(kind, text, expected) for kind, cases in CLASSES.items() for text, expected in cases])
def test_each_class_reads_its_category_and_its_look_alikes_none(kind: str, text: str, expected: str | None) -> None:
    assert special_category(text) == expected, (kind, text)


def test_dutch_slag_is_none_because_no_term_reads_it() -> None:
    """"slag gehad" (got lucky) is none because no term or look-alike holds "slag" — Dutch's strike is "staking" —
    not because a look-alike blanked a strike word (ART50)."""
    assert special_terms.find("slag gehad") == ()
    assert special_terms.shaped("slag gehad") == ()
    assert special_terms.everyday_spans("slag gehad") == []
    assert special_category("we gaan in staking, slag gehad") == "union"


@pytest.mark.parametrize("venue", ["Frankfurt", "München", "Düsseldorf", "Basel", "Wien", "Hannover"])
def test_a_fair_by_its_venue_is_none_and_mass_on_a_feast_stays_religion(venue: str) -> None:
    """"Messe <venue>" is the fair company's name in every city (ART50); Mass on a feast beside it stays."""
    assert special_category(f"heute in der Messe {venue}") is None
    assert special_category(f"heute in der Messe {venue}, Heiligabend in der Messe") == "religion"
