"""Art. 9, ART54: last pass's admission terms over-read ("the hotel admitted overnight guests", "admitted w/ a
ticket", "… emergency medicine residency", "internado com bolsa") and missed stays ("admitted to the ED", "kept in
overnight", "admitted to Stanford with sepsis"); the Czech Mass after a web site; a negated question answered; the
German, Spanish, Portuguese and French "not in the union"; each German "Messe" read with its own stretch of text;
linear time on long runs of blanks after "zur Messe". Every text is invented."""

from __future__ import annotations

import pytest

from dataexam.categories import special_category


# 1. look-alikes of last pass's terms: none
@pytest.mark.parametrize("text", [
    "the hotel admitted overnight guests", "the inn admitted overnight visitors", "he admitted overnight that he lied",
    "admitted w/ a ticket", "admitted w/ a scholarship", "I got admitted w/ a full ride",
    "I got admitted to emergency medicine residency", "got admitted to an emergency medicine residency",
    "I got admitted to internal medicine residency", "internado com bolsa", "colégio internado com bolsa de estudos",
    "kept in overnight storage", "kept in overnight at the office", "admitted to the ED program at Stanford",
])
def test_everyday_admissions_read_none(text: str) -> None:
    assert special_category(text) is None


# … while the stays beside them stay health
@pytest.mark.parametrize("text", [
    "admitted overnight", "mum was admitted overnight", "admitted w/ sepsis", "admitted w/ chest pains",
    "I got admitted to emergency at 3am", "internado com pneumonia", "he admitted overnight, they kept him on a drip",
    "admitted to Harvard with chest pains",
])
def test_stays_beside_them_stay_health(text: str) -> None:
    assert special_category(text) == "health"


# 2. stays missed before ART54: health
@pytest.mark.parametrize("text", [
    "admitted to the ED", "admitted to ED last night", "admitted to casualty", "mum was admitted to casualty",
    "admitted to the emergency ward", "admitted to the emergency unit", "admitted to the ward",
    "admitted to the A&E", "kept in overnight at the hospital", "they kept me in overnight",
    "dad was kept in overnight",
    "admitted last night w/ sepsis", "admitted last night with sepsis", "admitted this morning with chest pains",
    "admitted to Stanford with sepsis", "admitted to Yale with pneumonia", "admitted to Oxford with a fever",
])
def test_missed_stays_read_health(text: str) -> None:
    assert special_category(text) == "health"


# T50 (fresh tester on ART54): its new terms and shapes over-read — an admission at a time with anyone, a pass or
# research named like an illness, a programme or club between, a police cell's or a shop's night, a ward's staff or
# team, the laptop maker's shop after "a pak na msi": none; the stays beside them stay health
@pytest.mark.parametrize(("text", "expected"), [
    ("admitted last night with a fake ID", None), ("admitted last night with my girlfriend", None),
    ("admitted this morning with my new badge", None), ("admitted to the concert with a covid pass", None),
    ("admitted to the club with a stroke of genius", None), ("admitted to the residency for cardiac surgery", None),
    ("admitted to Johns Hopkins for kidney research", None), ("kept in overnight for questioning", None),
    ("kept in overnight by the police", None), ("kept in overnight at the station by police", None),
    ("kept in overnight detention", None), ("my phone was kept in overnight at the repair shop", None),
    ("they kept me in overnight for questioning", None),
    ("admitted to the ward as a new nurse", None), ("admitted into the ward's cricket team", None),
    ("admitted to casualty insurance course", None), ("admitted to the emergency ward team as a volunteer", None),
    ("jdu domů a pak na msi koupit grafiku", None), ("jdu si koupit notebook a pak na msi podpora", None),
    ("chodím do práce a taky na msi fórum", None),
    ("admitted to the ward as a patient", "health"), ("admitted to the ward with pneumonia", "health"),
    ("admitted to St Mary's for cardiac surgery", "health"), ("admitted with covid", "health"),
    ("they kept her in overnight for observation", "health"), ("jdu do práce a pak na msi v neděli", "religion"),
    ("jdu do práce a pak na msi.", "religion"),
])
def test_t50_over_reads_of_the_new_terms(text: str, expected: str | None) -> None:
    assert special_category(text) == expected


# T50D (fresh tester on the mend above): its programme words, "as a" ward roles and its Czech allow-list lost real
# stays and Masses — a hospital named after a university, college or school, "admitted to the ward as a precaution",
# Mass for someone typed without accents: health / religion again; the laptop maker's service, shop, claims none
@pytest.mark.parametrize(("text", "expected"), [
    ("admitted to University Hospital Coventry with sepsis", "health"),
    ("admitted to King's College Hospital for surgery", "health"), ("admitted to uni hospital with covid", "health"),
    ("admitted to the Medical School hospital with sepsis", "health"),
    ("admitted to the college infirmary with a fever", "health"),
    ("admitted to the festival medical tent with dehydration", "health"),
    ("admitted to the ward as a precaution", "health"), ("admitted to the ward as a day case", "health"),
    ("admitted to the ER as a trauma case", "health"), ("admitted to casualty as a precaution", "health"),
    ("admitted to the emergency room as a walk-in", "health"),
    ("admitted to the ward as a new nurse", None), ("admitted to the ED as a junior doctor", None),
    ("jdu domu a pak na msi za zemrele", "religion"), ("jdu domu a pak na msi o vanocich", "religion"),
    ("jdu domu a pak na msi dopoledne", "religion"), ("jdu domu a pak taky na msi lol", "religion"),
    ("jdu domu a pak na msi k jakubovi", "religion"),
    ("jdu domu a pak na msi do servisu", None), ("jdu domu a pak na msi v eshopu", None),
    ("jdu domu a pak na msi s reklamaci", None), ("jdu domu a pak na msi a koupim grafiku", None),
])
def test_t50d_stays_and_masses_kept(text: str, expected: str | None) -> None:
    assert special_category(text) == expected


# 3. each Czech "na msi" read on its own: the web site none, the Mass after "a pak" religion
@pytest.mark.parametrize(("text", "expected"), [
    ("jdu na msi.com a pak na msi", "religion"), ("jdu na msi.com, potom na msi", "religion"),
    ("jdu na msi.com a pak jdu na msi", "religion"), ("jdu na msi.com", None), ("jdu na msi.com a pak na kafe", None),
    ("jdu na msi.cz a pak na msi notebooku", None), ("byl jsem na MSI webu", None),
    ("jdu do práce a pak na msi", "religion"), ("byl jsem na msi.com a pak na msi", "religion"),
    ("jdu na msi.com a pak na msi.cz", None),
    # "then at MSI" without a verb of going there: the laptop maker's (look at it, buy it there later)
    ("podívej se pak na msi", None), ("koupím to pak na msi", None), ("a pak na MSI koukám", None),
])
def test_each_na_msi_is_read_on_its_own(text: str, expected: str | None) -> None:
    assert special_category(text) == expected


# 4. a negated question answered is a membership; "not in the union" in German, Spanish, Portuguese, French none
@pytest.mark.parametrize(("text", "expected"), [
    # (T50 4: ART54 read the question as written whatever its answer, "… ? lol no" union: read as the "not" says, as
    # before ART54; ART55: the person's answer "yes I am" is her membership, shapes.UNION_ANSWERED)
    ("not in the union at work? lol yes I am", "union"), ("not in the union at work? lol no", None),
    ("you're not in the union at work? I am", "union"),
    ("I'm not in the union at work", None), ("I'm not in the union at work.", None),
    ("Ich bin nicht in der Gewerkschaft", None), ("Ich bin nicht in der Gewerkschaft.", None),
    ("Wir sind nicht in der Gewerkschaft", None), ("Ich war nie in der Gewerkschaft", None),
    ("Ich bin nicht mehr in der Gewerkschaft", None), ("no estoy en el sindicato", None),
    ("não estou no sindicato", None), ("je ne suis pas au syndicat", None),
    ("Ich bin in der Gewerkschaft", "union"), ("Ich bin nicht in der Gewerkschaft, aber meine Frau schon", "union"),
    ("Ich bin nicht in der Gewerkschaft? Doch, bin ich", "union"), ("estoy en el sindicato", "union"),
])
def test_union_negations(text: str, expected: str | None) -> None:
    assert special_category(text) == expected


# 5. each "Messe" with its own stretch: a second Messe's fair no longer frees the first
@pytest.mark.parametrize(("text", "expected"), [
    ("Sonntag zur Messe, Montag zur Messe (die IFA)", "religion"),
    ("Sonntag zur Messe, Montag zur Messe: IFA", "religion"),
    ("Sonntag zur Messe, Montag zur Messe, Halle 3", "religion"),
    ("Montag zur Messe (die IFA), Sonntag zur Messe", "religion"),
    ("Montag zur Messe nach Köln, Sonntag zur Messe", "religion"),
    ("Sonntag zur Messe (die IFA)", None), ("Sonntag zur Messe, IFA", None),
    ("Sonntag zur Messe nach Köln, Montag zur Messe nach Frankfurt", None), ("Messe (ITB), Messe (IFA)", None),
    ("Sonntag zur Messe, Stand B12, Montag zur Messe: IFA", None),
])
def test_each_messe_is_read_on_its_own(text: str, expected: str | None) -> None:
    assert special_category(text) == expected


# 6. long runs of blanks after "zur Messe" (11 s at 50,000 before ART54: a regex that split the run every way) are
# read right; how fast is measured by benchmarks/long_blanks.py, never by a timed test (the machine is shared)
@pytest.mark.parametrize("tail", ["x", "nach Köln", "IFA"])
@pytest.mark.parametrize("blanks", [5_000, 50_000])
def test_long_runs_of_blanks_are_read(tail: str, blanks: int) -> None:
    assert special_category("Sonntag zur Messe" + " " * blanks + tail) == ("religion" if tail == "x" else None)


# T50E (fresh tester on 2294a82): a club / gig / concert / party word on the way ("admitted after the gig last night
# with chest pains"), a ward's own room ("admitted to the ward's isolation room") read none; police cells and the
# maker's goods two words on ("… na msi mrknout na notebooky") read health / religion
@pytest.mark.parametrize(("text", "expected"), [
    ("admitted to the concert's medical tent with dehydration", "health"),
    ("admitted after the gig last night with chest pains", "health"),
    ("admitted after football club training with a fractured ankle", "health"),
    ("admitted to the academy hospital for an operation", "health"),
    ("got admitted to the ward's isolation room", "health"), ("admitted to the ward as a student with meningitis",
                                                              "health"),
    ("admitted last night with a fake ID", None), ("admitted last night with my girlfriend", None),
    ("admitted this morning with my new badge", None), ("got admitted last night with no ticket", None),
    ("admitted into the ward's cricket team", None), ("kept in overnight in a cell", None),
    ("kept in overnight in the cells", None), ("kept in overnight at the custody suite", None),
    ("admitted to the ward as a healthcare assistant", None), ("admitted to the ward as a midwife", None),
    ("jdu domu a pak na msi mrknout na notebooky", None), ("jdu do práce a pak na msi stáhnout drivery", None),
    ("jdu domu a pak na msi reklamovat desku", None), ("sli jsme na pivo a pak na msi na Kartouzskou", "religion"),
    ("jdu domu a pak na msi za zemrele", "religion"),
])
def test_t50e_stays_look_alikes_and_masses(text: str, expected: str | None) -> None:
    assert special_category(text) == expected
