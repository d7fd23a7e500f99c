"""Art. 9, ART53: the look-alikes that hold only to their clause's end (``EverydaySense.to_clause_end``: a GP's
practice, a shop in the hospital, a squad, work at the hospital, a confession) share one rule — the phrase, then only
the words its sense allows, then the text's end. A sentence of its own after the phrase no longer ends it ("Lékárna
je v nemocnici. Táta tam leží" is her father's stay; ART51 read it none). Every text is invented."""

from __future__ import annotations

import pytest

from dataexam import special_terms
from dataexam.categories import special_category

_CLAUSE_END_SENSES = ("confessions", "practices", "shops in the hospital", "squads", "work at the hospital")


def test_the_four_lookaheads_are_one_option_of_the_senses() -> None:
    """Each phrase of those senses is guarded by the shared clause end, not a lookahead of its own."""
    for name in _CLAUSE_END_SENSES:
        sense = special_terms.EVERYDAY_SENSES[name]
        assert sense.to_clause_end is not None, name
        guard = special_terms.everyday.clause_end_guard(sense.to_clause_end)
        for phrase in sense.phrases:
            assert special_terms.EVERYDAY_NOT_BEFORE[phrase].startswith(guard), phrase
    assert special_terms.EVERYDAY_SENSES["admissions"].to_clause_end is None


# a sentence of its own after the look-alike: health (withheld), the safe side — before ART53 none
@pytest.mark.parametrize("text", [
    "my surgery is closed. The wound is healing", "my surgery is closed on Saturdays. I'm in pain",
    "my surgery was shut again. Stitches out on Monday",
    "Lékárna je v nemocnici. Táta tam leží", "Bankomat je v nemocnici; máma tam leží",
    "the pharmacy is in the hospital. Mum is on the ward", "the cafe is in the hospital. Dad had surgery",
])
def test_a_sentence_after_the_lookalike_is_read(text: str) -> None:
    assert special_category(text) == "health"


# the look-alike alone, or with the words its sense allows, stays none
@pytest.mark.parametrize("text", [
    "my surgery is closed", "my surgery is closed on Saturdays.", "my surgery was shut again!",
    "Lékárna je v nemocnici", "Lékárna je v nemocnici v přízemí.",
    "the pharmacy is in the hospital on the ground floor",
    "ik ben opgenomen in de selectie", "I was at the hospital for work.", "he admitted that he lied",
    "she admitted that the plan failed. Everyone knew",
])
def test_the_lookalike_to_its_clause_end_stays_none(text: str) -> None:
    assert special_category(text) is None


# 1. withheld though everyday (T48D): a strike's taking part negated, the union at work negated, crypto staking in
# Dutch, the laptop maker's web site, a trade fair by its name, an admission to a museum, a club or a society, work
# at the hospital with its day
EVERYDAY = [
    # the taking part after a traveller's strike, with a negation before it (nl, de, fr part their words already)
    "huelga de metro, no me apunto", "huelga de Renfe, yo no me apunto", "huelga de metro, no participo",
    "huelga de metro, nunca me apunto", "sciopero dei treni, non ci sto", "sciopero dei treni, io non ci sto",
    "sciopero Trenitalia, non partecipo", "sciopero dei mezzi, non aderisco", "greve do metrô, não estou dentro",
    "greve do metro, eu não estou dentro", "rail strike, don't count me in", "tube strike, I won't join in",
    "de staking van de NS, ik doe niet mee", "Streik bei der Bahn, ich bin nicht dabei",
    "grève SNCF, je n'y participe pas",
    # the union at work, not one's own
    "I'm not in the union at work", "I am not in the union at my job", "she's never been in the union at work",
    "we're no longer in the union at our workplace", "I'm not even in the union at work lol",
    # crypto staking (Dutch "staking")
    "de staking van mijn ETH, ik doe mee", "de staking van m'n ETH, ik doe mee", "staking van mijn SOL, ik doe mee",
    "de staking van ethereum, ik doe mee", "Staking van mijn crypto: wij doen ook mee", "ETH staking, ik ben erbij",
    # MSI's web site (Czech, Slovak)
    "jdu na msi.com", "jdu na MSI.com", "jdu na msi.cz", "byl jsem na msi.com", "jdeme na msi.eu", "idem na msi.sk",
    # a trade fair by its name
    "Sonntag zur Messe: IFA", "Am Sonntag zur Messe – Gamescom", "Sonntag zur Messe (ITB)",
    "Heute zur Messe, Buchmesse Frankfurt", "Sonntag zur Messe: Grüne Woche", "am Sonntag zur Messe, Caravan Salon",
    # admitted to a place or a society
    "I got admitted to the museum", "I got admitted to the nightclub", "I got admitted to the Law Society",
    "we got admitted to the VIP area", "I was admitted to the Royal Society", "got admitted to the gig!",
    "I got admitted with honours", "I got admitted with a scholarship", "we got admitted with a friend",
    # at the hospital for work, with its day
    "I was at the hospital for work today", "I was at the hospital for work all day",
    "I'm at the hospital for my shift again", "I was at the hospital for work this morning",
    "at the hospital for a job interview on Monday", "I was at the hospital for work today lol",
]


@pytest.mark.parametrize("text", EVERYDAY)
def test_an_everyday_text_is_shown(text: str) -> None:
    assert special_category(text) is None


# … beside each, what stays its category (withheld)
@pytest.mark.parametrize(("text", "category"), [
    ("huelga de metro, me apunto", "union"), ("sciopero dei treni, ci sto", "union"),
    ("greve do metrô, estou dentro", "union"), ("rail strike, count me in", "union"),
    ("huelga de metro: no, me apunto", "union"),
    ("I'm in the union at work", "union"), ("the union at my job is useless", "union"),
    ("I'm not in the union at work, but I joined the strike", "union"),
    ("de staking van ETH, ik doe mee", "union"), ("de staking van de NS, ik doe mee", "union"),
    ("de staking van onze ETH, wij doen mee", "union"),
    ("jdu na msi", "religion"), ("jdu na msi. Pak domů", "religion"), ("idem na msi", "religion"),
    ("Sonntag zur Messe und danach Kaffee", "religion"), ("Heiligabend zur Messe", "religion"),
    ("Sonntag zur Messe, schönes Ambiente", "religion"),  # (the atmosphere, not Frankfurt's Ambiente fair)
    ("I got admitted to the museum, then to A&E", "health"),
    ("I was at the hospital for work today and then for my surgery", "health"),
    ("I was at the hospital for work today, they found a tumour", "health"),
])
def test_its_neighbours_stay_withheld(text: str, category: str) -> None:
    assert special_category(text) == category


# 2. read none though health (T48D): an admission's stay named after it, admitted with or for what a stay is for
HEALTH = [
    "I got admitted to Stanford for surgery", "I got admitted to Harvard with chest pains",
    "I got admitted to Yale for observation", "I got admitted to Duke with sepsis",
    "I got admitted to the university hospital", "I got admitted to University Hospital",
    "admitted with sepsis", "admitted with chest pains", "mum was admitted with pneumonia",
    "Dad got admitted with a chest infection", "admitted for observation", "I was admitted for surgery",
    "Ich wurde mit Sepsis eingeliefert", "Papa wurde mit Lungenentzündung eingeliefert",
    "mit Brustschmerzen eingeliefert", "ingresé con neumonía", "ingresada con fiebre", "la ingresaron con sepsis",
    "opgenomen met longontsteking", "mijn vader is opgenomen met pijn op de borst",
]


@pytest.mark.parametrize("text", HEALTH)
def test_a_stay_is_read(text: str) -> None:
    assert special_category(text) == "health"


# 3. "Am Sonntag zur Messe nach Köln" stays none: "zur Messe nach <town>" is the trip to a trade fair (its town is
# the fair's own word, T39B, ART41), a fair's public days are its weekend, and Mass is not gone to by a town's name;
# the town written without its umlaut reads alike
@pytest.mark.parametrize("text", [
    "Am Sonntag zur Messe nach Köln", "Am Sonntag zur Messe nach Koeln", "Sonntag zur Messe nach Muenchen",
    "Am Sonntag zur Messe nach Duesseldorf", "Am Samstag zur Messe nach Nuernberg",
])
def test_mass_on_sunday_to_a_town_is_the_fair(text: str) -> None:
    assert special_category(text) is None


# T49 (TESTER49 H1): a fair named further on is another outing, not the Messe's name — Mass on Sunday, the fair on
# Monday stays religion (withheld); the fair's name right after the word still makes it the fair (FAIR above)
@pytest.mark.parametrize("text", [
    "Sonntag zur Messe, Montag zur Buchmesse", "Sonntag zur Messe mit Oma; Dienstag ITB",
    "Sonntag zur Messe, am Montag geht's zur IAA", "Sonntag zur Messe. Nächste Woche IFA in Berlin!",
    "Sonntag zur Messe, nachmittags Grüne Woche", "Sonntag zur Messe, dann Koffer für die CeBIT packen",
    "Heiligabend zur Messe, danach Geschenke; im Januar Grüne Woche",
    # T49C: after a comma or a dash the fair's name is the Messe's only where it ends the text
    "Sonntag zur Messe, IAA ist erst am Montag", "Ostern zur Messe, IFA im September",
    "Sonntag zur Messe, Gamescom verpasst", "Sonntag zur Messe - IFA erst im September",
    # T49D: an article, quote or "#" before a fair named as another outing, or a line between
    "Sonntag zur Messe (die IFA ist erst im September)", "Ostern zur Messe: die ITB fängt erst Dienstag an",
    "Sonntag zur Messe: die IAA hat die Straßen gesperrt, wir mussten laufen",
    'Sonntag zur Messe: "IFA" läuft erst ab Freitag', "Sonntag zur Messe (#IFA erst Montag)",
    "Sonntag zur Messe\nDie IFA beginnt am Freitag", "Am Sonntag zur Messe\nDas ITB Team grüßt",
])
def test_a_fair_named_further_on_leaves_the_mass(text: str) -> None:
    assert special_category(text) == "religion"


@pytest.mark.parametrize("text", [
    "Sonntag zur Messe IFA", "Sonntag zur Messe: IFA", "Sonntag zur Messe, Gamescom", "Sonntag zur Messe (ITB)",
    "Samstag zur Messe – Grüne Woche",
    # T49C: an article, a quote, "#" between ("Messe: die IFA" read religion after 104829e)
    "Sonntag zur Messe: die IFA", 'Messe "IFA"', "Sonntag zur Messe #IFA", "Sonntag zur Messe (die ITB)",
    "Heute zur Messe, Buchmesse Frankfurt",
])
def test_the_fairs_own_name_after_the_word_is_the_fair(text: str) -> None:
    assert special_category(text) is None


# T49 M7: admissions read none though health — to the emergency room or A and E, overnight, "w/" for "with", and
# Portuguese "internado com" without a verb before it
@pytest.mark.parametrize("text", [
    "admitted to the emergency room", "Dad was admitted to the emergency department", "admitted to A and E",
    "she got admitted to emergency last night", "admitted overnight for observation", "admitted overnight",
    "admitted w/ sepsis", "internado com pneumonia", "internada com covid",
])
def test_more_admissions_are_read(text: str) -> None:
    assert special_category(text) == "health"
