"""Art. 9, ART47 (T45B's findings, probes art9_art46.py and art9_more45.py): the person's own strike in the other
persons and tenses of Dutch, German and the Scandinavian languages, taking part in a Dutch strike, membership in a
union said without the apostrophe, in the past, with the union's trade between and in the Scandinavian languages,
the Polish declension of the infarct and the stroke, their Cyrillic, Czech and Slovene names, going to Mass in German
and to the Alevi cemevi in Turkish. Each class's look-alikes stand beside it. Every text is invented."""

from __future__ import annotations

import pytest

from dataexam.categories import special_category
from dataexam.special_terms import shapes

DUTCH_STRIKE = [
    # T45B: "wij staakten gisteren", "we staakten", "ik doe mee aan de staking", "op de stakingspost" read none
    ("wij staakten gisteren", "union"), ("we staakten", "union"), ("We staakten vorige week", "union"),
    ("WIJ STAAKTEN", "union"), ("wij staakten ook", "union"), ("gisteren staakten wij", "union"),
    ("ik staakte gisteren", "union"), ("wij hebben gestaakt", "union"), ("we gaan staken", "union"),
    ("ik doe mee aan de staking", "union"), ("we doen mee aan de staking", "union"),
    ("ik deed mee aan een staking", "union"), ("wij nemen deel aan de staking", "union"),
    ("op de stakingspost", "union"), ("ik sta morgen op de stakingspost", "union"),
    ("geld uit de stakingskas", "union"),
    # a negation ending the text, the others' strike, crypto's staking
    ("wij staakten niet", None), ("we staakten niet.", None), ("zij staakten gisteren", None),
    ("de piloten staakten gisteren", None), ("Ethereum staking yields", None), ("mijn rewards uit staking", None),
]

GERMAN_STRIKE = [
    # T45B: "wir streikten" read none
    ("wir streikten", "union"), ("wir streikten gestern", "union"), ("Wir streikten drei Tage", "union"),
    ("ich streikte", "union"), ("gestern streikten wir", "union"), ("wir haben gestreikt", "union"),
    ("wir werden streiken", "union"),
    # a negation ending the text, the others' strike, a thing's
    ("wir streikten nicht", None), ("die Piloten streikten", None), ("mein Drucker streikte", None),
]

SCANDINAVIAN_STRIKE = [
    # T45B: "jag har strejkat", "jeg har strejket" read none — the perfect and pluperfect, Swedish, Danish, Norwegian
    ("jag har strejkat", "union"), ("vi har strejkat", "union"), ("jag hade strejkat", "union"),
    ("igår har jag strejkat", "union"), ("vi strejkade", "union"), ("jeg har strejket", "union"),
    ("vi har strejket", "union"), ("jeg havde strejket", "union"), ("i går har vi strejket", "union"),
    ("jeg har streiket", "union"), ("vi hadde streiket", "union"), ("jeg har streika", "union"),
    # a negation between, a thing's strike
    ("jag har inte strejkat", None), ("vi har inte strejkat", None), ("jeg har ikke strejket", None),
    ("skrivaren har strejkat", None), ("printeren har strejket", None),
]

UNION_MEMBERSHIP = [
    # T45B: "Im in the union", "im in a union now", "I've been in the union for 10 years", "I'm in the teachers'
    # union" read none
    ("Im in the union", "union"), ("im in a union now", "union"), ("I've been in the union for 10 years", "union"),
    ("Ive been in the union", "union"), ("we have been in a union since 2019", "union"),
    ("I was in the union", "union"), ("we were in the union", "union"), ("I'll be in the union", "union"),
    ("I'm in the teachers' union", "union"),
    ("I’m in the Nurses’ Union", "union"), ("im in the nurses union now", "union"),
    ("we've been in the dockers union for years", "union"), ("I joined the teachers' union", "union"),
    ("a member of the nurses' union", "union"), ("I am a member of the union", "union"),
    # a federation, a marriage, a savings co-operative, a students' union, a place named after the Union
    ("I'm in the European Union", None), ("we are in a civil union", None), ("I'm in the credit union", None),
    ("I'm in the student union", None), ("I'm in the Students' Union bar", None),
    ("I'm in the Union Square Starbucks", None), ("I will be in the Union Station lobby", None),
    ("members of the Soviet Union", None), ("we were joined in holy union", None), ("State of the Union tonight", None),
]

SCANDINAVIAN_UNION = [
    # T45B: "jag är med i facket", "jeg er i fagforeningen" read none
    ("jag är med i facket", "union"), ("vi gick med i facket", "union"), ("mitt fackförbund", "union"),
    ("fackligt aktiv", "union"), ("jeg er i fagforeningen", "union"), ("jeg er med i fagforeningen", "union"),
    ("jeg meldte meg inn i fagforeningen", "union"), ("vi er medlemmer av Fagforbundet", "union"),
    # a compartment, a torch
    ("nycklarna ligger i facket", None), ("facklan brinner", None),
]

POLISH_HEALTH = [
    # T45B: "po infarkcie" read none — the whole declension of infarkt, zawał and udar
    ("po infarkcie", "health"), ("infarktu", "health"), ("infarktem", "health"), ("dwa infarkty", "health"),
    ("zawał", "health"), ("zawału", "health"), ("zawałowi", "health"), ("z zawałem", "health"),
    ("po zawale", "health"), ("zawały", "health"), ("zawałów", "health"), ("zawałom", "health"),
    ("zawałami", "health"), ("o zawałach", "health"), ("stan pozawałowy", "health"),
    ("udar", "health"), ("udaru", "health"), ("udarowi", "health"), ("udarem", "health"), ("po udarze", "health"),
    ("udary", "health"), ("udarów", "health"), ("zapobiegać udarom", "health"), ("udarami", "health"),
    ("po udarach", "health"), ("rehabilitacja poudarowa", "health"),
    # lightning, Croatian blows in their cases, a hammer drill, a shock worker
    ("udar pioruna", None), ("od udaru pioruna", None), ("udarem pioruna", None), ("udarom groma", None),
    ("udaru groma", None), ("državnim udarom", None), ("wiertarka udarowa", None), ("udarnik", None),
]

OTHER_HEALTH = [
    # T45B: "инсульт", "инфаркт" read none (and the Czech, Slovene and Serbian names)
    ("инсульт", "health"), ("после инсульта", "health"), ("инсультом", "health"), ("инфаркт", "health"),
    ("инфаркта", "health"), ("перенёс инфаркт миокарда", "health"), ("прединфарктное состояние", "health"),
    ("інсульт", "health"), ("після інсульту", "health"), ("інфаркт", "health"), ("инсулт", "health"),
    ("мождани удар", "health"), ("mozková mrtvice", "health"), ("mrtvice", "health"),
    ("možganska kap", "health"), ("po možganski kapi", "health"),
    # a kick, a drop; the infarct as a figure of speech (T45B: withheld once the infarct was read in a compound)
    ("удар по мячу", None), ("kap vode", None), ("Verkehrsinfarkt", None), ("Verkehrsinfarkt in der Stadt", None),
    ("Verkehrsinfarkts", None), ("Infarkt-Grill", None), ("Infarkt Grill", None), ("Heart Attack Grill menu", None),
    ("Verkehrsinfarkt und mein Herzinfarkt", "health"),
]

RELIGION = [
    # T45B: "zur Messe gegangen", "cemevine gittim" read none
    ("zur Messe gegangen", "religion"), ("Ich bin gestern zur Messe gegangen", "religion"),
    ("wir gehen heute zur Messe", "religion"), ("Ich gehe zur Messe", "religion"), ("zur Messe gehen", "religion"),
    ("wir gingen zur Messe", "religion"), ("Ich gehe morgen früh zur Messe", "religion"),
    ("Wir gehen zur Messe und dann essen", "religion"), ("zur Messe in der Pfarrkirche gegangen", "religion"),
    ("in die Messe", "religion"), ("Morgen in die Messe", "religion"), ("heilige Messe", "religion"),
    ("cemevine gittim", "religion"), ("cemevine gittik", "religion"), ("cemevinde cem töreni", "religion"),
    ("cemevlerine", "religion"), ("camiye gittim", "religion"),
    # the trade fair, its town, hall, stand, exhibitors; Cem going home
    ("auf der Messe in Frankfurt", None), ("Wir gehen zur Messe nach Frankfurt", None),
    ("Wir gehen zur Messe am Sonntag nach Frankfurt", None), ("zur Messe in Köln gegangen", None),
    ("zur Messe nach Frankfurt gegangen", None), ("in die Messe Frankfurt", None), ("Ich gehe auf die Messe", None),
    ("ich gehe morgen zur Messe, Stand 4", None), ("Heute zur Messe gegangen, viele Aussteller", None),
    ("Cem evine gitti", None),
]

#: each class beside its look-alikes: (what it is, its cases)
CLASSES = {"Dutch strike": DUTCH_STRIKE, "German strike": GERMAN_STRIKE, "Scandinavian perfect": SCANDINAVIAN_STRIKE,
           "in the union": UNION_MEMBERSHIP, "Scandinavian union": SCANDINAVIAN_UNION,
           "Polish infarct and stroke": POLISH_HEALTH, "other names of a stroke": OTHER_HEALTH, "worship": RELIGION}


@pytest.mark.parametrize(("kind", "text", "expected"),
                         [(kind, text, expected) for kind, cases in CLASSES.items() for text, expected in cases])
def test_each_class_reads_its_category_and_its_look_alikes_none(kind: str, text: str, expected: str | None) -> None:
    assert special_category(text) == expected, (kind, text)


@pytest.mark.parametrize("pronoun", ["I'm", "Im", "i’m", "I am", "we're", "We are", "I was", "we were", "I've been",
                                     "Ive been", "I have been", "we've been", "I'll be", "we will be"])
@pytest.mark.parametrize("union", ["the union", "a union", "the teachers' union", "the nurses union",
                                   "our transport workers union"])
def test_being_in_a_union_reads_union_in_every_person_and_tense(pronoun: str, union: str) -> None:
    """Every first person and tense of being in it, the union alone or with its trade between (ART47)."""
    assert special_category(f"{pronoun} in {union} now") == "union"
    assert special_category(f"{pronoun} in the European Union now") is None


def test_the_union_member_shape_reads_its_evidence() -> None:
    """The shape gives the evidence "union member", and the union's word opens it in any case (ART47)."""
    assert shapes.shaped("I'm in the TEACHERS' UNION") == (("union", ("union member",)),)
    assert shapes.shaped("I'm in the credit union") == ()
    assert shapes._UNION_STEMS <= set(shapes._TRIGGERS)
