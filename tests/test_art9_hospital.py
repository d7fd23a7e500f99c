"""Art. 9, ART48 (T46's findings): a stay in hospital and an operation are health data (GDPR Recital 35: information
on the provision of health care services to the person) in English, German, Dutch, French, Spanish, Italian,
Portuguese, Polish, Swedish, Norwegian and Danish, in the persons, tenses and spellings people write them. As the
map's "in hospital" always has, a relative's stay reads health too ("my son is in the hospital", "visiting grandma in
the hospital": the relative's health). The hospital alone — a building, a workplace, a TV series — and an operation
that is no surgery stay none. Each class's look-alikes stand beside it. Every text is invented."""

from __future__ import annotations

import pytest

from dataexam.categories import special_category

ENGLISH = [
    # T46: "I am in the hospital", "I was admitted to hospital", "I had surgery yesterday" read none
    ("I am in the hospital", "health"), ("Im in the hospital", "health"), ("I'm in the hospital", "health"),
    ("I’m in the hospital again", "health"), ("I was in the hospital", "health"),
    ("I've been in the hospital all week", "health"), ("Ive been in the hospital", "health"),
    ("we were in the hospital till 3am", "health"), ("I'll be in the hospital on Monday", "health"),
    ("I was admitted to hospital", "health"), ("got admitted to the hospital last night", "health"),
    ("admitted into hospital with pneumonia", "health"), ("I was rushed to hospital", "health"),
    ("taken to A&E after the fall", "health"), ("discharged from hospital today!", "health"),
    ("finally home from the hospital", "health"), ("back from hospital", "health"),
    ("out of the hospital at last", "health"), ("a long hospital stay", "health"),
    ("I had surgery yesterday", "health"), ("I've had surgery on my knee", "health"),
    ("having surgery on Monday", "health"), ("recovering from surgery", "health"), ("I need surgery", "health"),
    ("I had an operation", "health"), ("had my operation today", "health"), ("I was operated on in May", "health"),
    ("knee surgery went well", "health"), ("post-op day 2", "health"),
    # others' stays, as "in hospital" reads them: the relative's health
    ("my son is in the hospital", "health"), ("my wife is in hospital", "health"), ("mum's in the hospital", "health"),
    ("visiting grandma in the hospital", "health"), ("dad had surgery", "health"),
    # the hospital as a building, a workplace, a series; an operation, surgery hours
    ("the hospital parking is awful", None), ("I work at the hospital", None), ("Hospital (the TV series)", None),
    ("the new hospital opened", None), ("surgery hours", None), ("operation Desert Storm", None),
    ("the trains operated on Sunday", None), ("the bot operated on Linux", None), ("it's not brain surgery", None),
    ("no hospital nearby", None), ("hospitality industry", None),
]

GERMAN = [
    # T46: "ich wurde operiert" read none ("ich bin im Krankenhaus" read health)
    ("ich bin im Krankenhaus", "health"), ("ich wurde operiert", "health"),
    ("ich wurde gestern am Knie operiert", "health"), ("ich bin frisch operiert", "health"),
    ("wir wurden beide operiert", "health"), ("nach meiner Operation", "health"), ("nach der OP", "health"),
    ("ich musste notoperiert werden", "health"),
    # acting in office, an operation of war, a firm operating
    ("ich wurde operativ tätig", None), ("Operation Walküre", None), ("die Firma operiert weltweit", None),
    ("die Bande operiert von Berlin aus", None),
]

DUTCH = [
    # T46: "ik lig in het ziekenhuis", "ik ben opgenomen in het ziekenhuis", "ik ben geopereerd" read none
    ("ik lig in het ziekenhuis", "health"), ("ik ben opgenomen in het ziekenhuis", "health"),
    ("ik ben geopereerd", "health"), ("ik lag in 't ziekenhuis", "health"), ("ik moet naar het ziekenhuis", "health"),
    ("gisteren uit het ziekenhuis ontslagen", "health"), ("een operatie gehad", "health"),
    ("na mijn operatie", "health"),
    ("ik werk bij het ziekenhuis", None), ("een militaire operatie", None), ("het nieuwe ziekenhuis", None),
]

FRENCH = [
    # T46: "je suis à l'hôpital" read none
    ("je suis à l'hôpital", "health"), ("je suis a l'hopital", "health"), ("je suis à l’hôpital", "health"),
    ("JE SUIS À L'HÔPITAL", "health"), ("j'ai été hospitalisé", "health"), ("elle est hospitalisée", "health"),
    ("je me suis fait opérer", "health"), ("j'ai été opérée du genou", "health"), ("j'ai ete opere", "health"),
    ("j'ai subi une opération", "health"), ("aux urgences depuis ce matin", "health"),
    ("opération séduction", None), ("le réseau est opéré par Keolis", None), ("l'hôpital ouvre en mai", None),
]

SPANISH = [
    # T46: "estoy en el hospital" read none
    ("estoy en el hospital", "health"), ("estoy ingresada", "health"), ("esta ingresado", "health"),
    ("me operaron ayer", "health"), ("me van a operar", "health"), ("fui al hospital", "health"),
    ("estoy hospitalizado", "health"), ("mi cirugía salió bien", "health"),
    ("dinero ingresado", None), ("operado por Iberia", None), ("el parking del hospital", None),
]

ITALIAN = [
    # T46: "sono in ospedale" read none
    ("sono in ospedale", "health"), ("sono ricoverato", "health"), ("sono stata operata", "health"),
    ("mi hanno operato al ginocchio", "health"), ("all'ospedale da ieri", "health"),
    ("intervento chirurgico riuscito", "health"),
    ("ricovero attrezzi", None), ("a cinque minuti dall'ospedale", None), ("operazione simpatia", None),
]

PORTUGUESE = [
    # T46: "estou no hospital" read none
    ("estou no hospital", "health"), ("estao no hospital", "health"), ("fiquei internado", "health"),
    ("fui operada", "health"), ("fiz uma cirurgia", "health"), ("estou hospitalizado", "health"),
    ("no hospital nearby", None), ("o internado de Lisboa", None), ("operação policial", None),
]

POLISH = [
    # T46: "jestem w szpitalu" read none
    ("jestem w szpitalu", "health"), ("byłem w szpitalu", "health"), ("trafiłam do szpitala", "health"),
    ("wyszedłem ze szpitala", "health"), ("po operacji", "health"), ("miałam operację", "health"),
    ("mialem operacje", "health"), ("jestem operowany", "health"), ("hospitalizacja", "health"),
    ("operacja wojskowa", None), ("nowy szpital", None),
]

SCANDINAVIAN = [
    # T46: "jag ligger på sjukhus", "jeg er innlagt på sykehus", "jeg er indlagt på hospitalet" read none
    ("jag ligger på sjukhus", "health"), ("jag ligger på sjukhuset", "health"), ("jag blev opererad", "health"),
    ("pa sjukhuset igen", "health"), ("jeg er innlagt på sykehus", "health"), ("jeg ble operert", "health"),
    ("jeg er innlagt", "health"), ("jeg er indlagt på hospitalet", "health"), ("jeg er blevet opereret", "health"),
    ("jeg ligger på sygehuset", "health"),
    ("inlagd sill", None), ("innlagt strøm", None), ("indlagte sild", None), ("sjukhuset byggs om", None),
]

#: each class beside its look-alikes: (what it is, its cases)
CLASSES = {"English": ENGLISH, "German": GERMAN, "Dutch": DUTCH, "French": FRENCH, "Spanish": SPANISH,
           "Italian": ITALIAN, "Portuguese": PORTUGUESE, "Polish": POLISH, "Scandinavian": SCANDINAVIAN}


@pytest.mark.parametrize(("kind", "text", "expected"),
                         [(kind, text, expected) for kind, cases in CLASSES.items() for text, expected in cases])
def test_each_class_reads_health_and_its_look_alikes_none(kind: str, text: str, expected: str | None) -> None:
    assert special_category(text) == expected, (kind, text)


@pytest.mark.parametrize("person", ["I'm", "Im", "i’m", "I am", "I was", "I've been", "Ive been", "I have been",
                                    "we were", "I'll be", "my son is", "my wife was", "Dad's been"])
@pytest.mark.parametrize("place", ["in hospital", "in the hospital", "in the ICU", "in A&E"])
def test_a_stay_reads_health_in_every_person_and_tense(person: str, place: str) -> None:
    """Every person and tense of a stay, the hospital with or without its article (ART48)."""
    assert special_category(f"{person} {place} since Friday") == "health"
    assert special_category(f"{person} at the hospital car park since Friday") is None


@pytest.mark.parametrize("had", ["I had", "I've had", "I have", "I'm having", "I need", "I underwent", "waiting for"])
@pytest.mark.parametrize("operation", ["surgery", "an operation"])
def test_an_operation_reads_health_in_every_tense(had: str, operation: str) -> None:
    """Every tense of having surgery or an operation (ART48); the surgery's hours and a campaign stay none."""
    assert special_category(f"{had} {operation} last week") == "health"
    assert special_category(f"{had} a look at the surgery hours") is None
