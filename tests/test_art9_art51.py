"""Art. 9, ART51 (what ART50 left): Mass on a day said without "am" and Czech Mass typed without accents; a trade
union one is in beside the European Union or by a long name, and a strike met as a traveller then joined in Dutch,
German, French, Spanish, Portuguese and Italian; "got admitted" alone (as often to hospital as to a university:
withheld). Withheld texts the words say are everyday, freed: a GP's practice ("my surgery is closed"), a pharmacy
in the hospital, Dutch "opgenomen in de selectie", at the hospital for work. Beside each, its look-alikes both ways:
a fair's town, hall or stand, the laptop maker MSI, the State of the Union, a crypto "staking", admitted to Harvard
or to the bar, and the real stays that must stay withheld ("admitted to the university hospital", "my surgery is
tomorrow", "Lékárna je v nemocnici, kde leží táta", "at the hospital for my mum"). Every text is invented."""

from __future__ import annotations

import pytest

from dataexam.categories import special_category

#: read none before ART51, now their category (the gate withholds them)
SPECIAL = [
    # 1. Mass on Sunday or a feast without "am"; Czech and Slovak Mass typed without accents
    ("Sonntag zur Messe und danach Frühstück", "religion"), ("Heiligabend zur Messe, danach Bescherung", "religion"),
    ("Sonntag zur Messe", "religion"), ("Sonntagmorgen zur Messe mit Oma", "religion"),
    ("Pfingsten zur Messe", "religion"),
    ("jdu na msi", "religion"), ("jdeme na msi", "religion"), ("byli jsme na msi", "religion"),
    ("byl jsem na msi v nedeli", "religion"), ("ze mse domu", "religion"), ("pulnocni mse", "religion"),
    ("na omsu", "religion"),
    # 2. a trade union beside the European Union, by a long name, at work; a strike joined after a traveller's words
    ("I'm in the European Union and in the union at work", "union"), ("I'm in the choir and in the union", "union"),
    ("the union at my job is useless", "union"), ("I'm in the National Education Association union", "union"),
    ("I'm in the American Federation of Teachers union", "union"), ("I'm in the United Auto Workers union", "union"),
    ("I'm in the Royal College of Nursing union", "union"),
    ("member of the American Federation of Teachers union", "union"),
    ("de staking van de NS, ik doe mee", "union"), ("de staking bij de NS: ik doe ook mee", "union"),
    ("DE STAKING VAN DE NS, IK DOE MEE", "union"), ("een landelijke staking in het onderwijs, ik ben erbij", "union"),
    ("de NS-staking, wij doen mee", "union"), ("de stakingen bij de NS, wij doen mee", "union"),
    ("Ik doe mee: staking bij de NS", "union"),
    ("grève SNCF, j'y participe", "union"), ("huelga de metro, me apunto", "union"),
    ("greve do metrô, estou dentro", "union"), ("sciopero dei treni, ci sto", "union"),
    # 3. admitted said alone: to hospital as often as to a university
    ("I got admitted", "health"), ("I got admitted last night", "health"), ("I was admitted", "health"),
    ("mum was admitted this morning", "health"), ("she got admitted again", "health"),
    ("I've been admitted", "health"), ("got admitted, on a drip now", "health"),
]

#: read so before ART51 and still (the class's other languages and shapes, kept)
KEPT = [
    ("Sonntags in die Messe", "religion"), ("Ostern in die Messe", "religion"), ("jdu na mši", "religion"),
    ("ich streike mit", "union"), ("je fais grève", "union"), ("estoy en huelga", "union"),
    ("Streik bei der Bahn, ich streike mit", "union"), ("la grève de la SNCF, je fais grève", "union"),
    ("la huelga de Renfe, estoy en huelga", "union"), ("Streik am Flughafen: ich bin dabei", "union"),
    ("de staking bij de NS, ik staak mee", "union"), ("rail strike, count me in", "union"),
    ("Streik bei der Bahn, ich bin mit dabei", "union"),
    ("I got admitted to hospital", "health"), ("I'm in the union at work", "union"),
]

#: may be special, so withheld: the real stays beside the freed look-alikes
WITHHELD = [
    ("I got admitted to the university hospital", "health"), ("I got admitted to Oxford's John Radcliffe", "health"),
    ("I got admitted to Yale New Haven", "health"), ("I got admitted to St Mary's", "health"),
    ("I got admitted to Duke", "health"), ("I got admitted to Stanford, hospital food is awful", "health"),
    ("my surgery is tomorrow", "health"), ("my surgery went well", "health"),
    ("my surgery is closed with staples", "health"), ("my surgery is on Monday", "health"),
    ("Lékárna je v nemocnici, kde leží táta", "health"), ("máma je v nemocnici", "health"),
    ("my mum is in the hospital", "health"),
    ("ik ben opgenomen", "health"), ("ik ben opgenomen in het ziekenhuis", "health"),
    ("ik ben opgenomen in de selectie van het ziekenhuis", "health"),
    ("I was at the hospital for my mum", "health"), ("I was at the hospital for a scan", "health"),
    ("I was at the hospital", "health"), ("I was at the hospital for work, then got admitted", "health"),
    ("I'm in the hospital for work injuries", "health"),
    ("I was at the hospital for a work-related accident", "health"),
    ("estoy en el hospital", "health"), ("jsem v nemocnici", "health"),
    ("I'm in the rugby union team and in the union", "union"), ("de staking van ETH, ik doe mee", "union"),
]

#: none: the look-alikes (before and after ART51), and the withheld everyday texts freed (4.)
NONE = [
    # a fair by its town, hall, stand or customers after the day; "auf die Messe"
    ("Sonntag zur Messe nach Köln", None), ("Am Sonntag zur Messe nach Köln", None),
    ("Sonntag zur Messe, Halle 3", None), ("Sonntag zur Messe am Stand", None), ("Sonntag zur Messe mit Kunden", None),
    ("Sonntag zur Messe in Frankfurt", None), ("Verkaufsoffener Sonntag zur Messe in Essen", None),
    ("Sonntag auf die Messe", None),
    # the laptop maker MSI
    ("MSI laptop", None), ("na MSI notebooku", None), ("byl jsem na MSI webu", None), ("jdu na MSI stránky", None),
    ("koupil jsem MSI", None), ("jsem na MSI eshopu", None),
    # the federation, the address, the sports, the society, the bank, the marriage; a strike not joined, crypto
    ("I'm in the European Union", None), ("we are in the European Union and in the Schengen area", None),
    ("I'm in the middle of the State of the Union", None), ("we're in the state of the union address", None),
    ("I'm in the Eurasian Economic Union", None), ("I'm in the US and in the Union Square area", None),
    ("I'm in the rugby union team", None), ("member of the Oxford Union", None), ("I'm in the credit union", None),
    ("we are in a civil union", None),
    ("de staking van de NS, ik doe niet mee", None), ("de staking van de NS", None), ("Ethereum staking, I'm in", None),
    ("de staking van ETH levert 4% op", None), ("de staking van de NS, ik doe mee aan de loterij", None),
    ("Streik bei der Bahn, ich bin nicht dabei", None), ("grève SNCF, je n'y participe pas", None),
    ("ik doe mee", None), ("me apunto", None), ("ci sto", None),
    # admitted to a university, a school, a programme, the bar, as a member, free; a confession; evidence
    ("I got admitted to Harvard", None), ("I got admitted to Harvard!", None), ("I got admitted to Oxford", None),
    ("I got admitted to grad school", None), ("I was admitted to the bar", None),
    ("I got admitted into the program", None), ("I was admitted as a member", None), ("we got admitted free", None),
    ("he admitted it", None), ("it was admitted that the plan failed", None), ("the evidence was admitted", None),
    # 4. withheld before ART51, everyday by their words: a GP's practice, a pharmacy in the hospital, a squad,
    # work at the hospital
    ("my surgery is closed", None), ("my surgery is closed on Saturdays", None), ("my surgery was shut again", None),
    ("my surgery is not taking new patients", None),
    ("Lékárna je v nemocnici", None), ("Lékárna je v nemocnici v přízemí", None), ("Bankomat je v nemocnici", None),
    ("the pharmacy is in the hospital", None), ("the pharmacy is in the hospital on the ground floor", None),
    ("ik ben opgenomen in de selectie", None), ("ik werd opgenomen in de selectie", None),
    ("ik ben opgenomen in het team", None),
    ("I was at the hospital for work", None), ("I'm at the hospital for my shift", None),
    ("I was at the hospital for a job interview", None),
    # T48D H3: "because of work" too in these languages ("Ležím v nemocnici kvůli práci" is a stay): withheld
    ("estoy en el hospital por trabajo", "health"), ("je suis à l'hôpital pour le boulot", "health"),
    ("sono in ospedale per lavoro", "health"), ("jsem v nemocnici kvůli práci", "health"),
]

#: each kind beside the others: (what it is, its cases)
KINDS = {"special": SPECIAL, "kept": KEPT, "withheld": WITHHELD, "none": NONE}


@pytest.mark.parametrize(("kind", "text", "expected"),
                         [(kind, text, expected) for kind, cases in KINDS.items() for text, expected in cases])
def test_each_text_reads_its_category_or_none(kind: str, text: str, expected: str | None) -> None:
    assert special_category(text) == expected, (kind, text)


@pytest.mark.parametrize("day", ["Sonntag", "Heiligabend", "Weihnachten", "Ostersonntag", "Pfingsten", "Feiertag"])
def test_mass_on_a_day_without_am_is_religion_and_a_fair_town_after_it_none(day: str) -> None:
    """The day without "am" reads as with it (ART51); the fair's town after "Messe" stays the fair (T39B)."""
    assert special_category(f"{day} zur Messe und danach Kaffee") == "religion"
    assert special_category(f"Am {day} zur Messe und danach Kaffee") == "religion"
    assert special_category(f"{day} zur Messe nach Frankfurt") is None


@pytest.mark.parametrize("verb", ["jdu", "jdeme", "půjdu", "pujdu", "šel jsem", "sel jsem", "byla jsem", "chodime"])
def test_czech_mass_without_accents_after_a_verb_and_msi_the_brand_none(verb: str) -> None:
    assert special_category(f"{verb} na msi") == "religion"
    assert special_category(f"{verb} na MSI notebooku") is None


@pytest.mark.parametrize(("joined", "not_joined"), [
    ("de staking van de NS, ik doe mee", "de staking van de NS, ik doe niet mee"),
    ("grève SNCF, j'y participe", "grève SNCF, je n'y participe pas"),
    ("Streik bei der Bahn, ich bin mit dabei", "Streik bei der Bahn, ich bin nicht dabei"),
])
def test_a_travellers_strike_joined_is_union_and_not_joined_none(joined: str, not_joined: str) -> None:
    assert special_category(joined) == "union"
    assert special_category(not_joined) is None


@pytest.mark.parametrize("who", ["I", "she", "he", "we", "my dad", "grandma"])
def test_got_admitted_alone_is_withheld_and_to_a_university_none(who: str) -> None:
    assert special_category(f"{who} got admitted") == "health"
    assert special_category(f"{who} got admitted to Harvard") is None
    assert special_category(f"{who} got admitted to the university hospital") == "health"


# T48C H1: an everyday phrase freed by ART51 took the health clause after it along ("I was at the hospital for work
# and then for my surgery" read none; 6b3abd6 read health): the look-alike holds only where the text ends with it
# (a squad, work at the hospital) or no other clause follows (a GP's practice)
@pytest.mark.parametrize("text", [
    "I was at the hospital for work and then for my surgery",
    "I was at the hospital for work and they found a tumour",
    "I was at the hospital for work and then for my MRI",
    "I was at the hospital for work and for a scan",
    "I was at the hospital for work and got stitches",
    "I was at the hospital for a job interview and then for a scan",
    "sono in ospedale per lavoro e per la chemio",
    "jsem v nemocnici kvůli práci a kvůli operaci",
    "estoy en el hospital por trabajo y por mi madre",
    "my surgery is closed, the wound is healing",
    "my surgery is closed, the incision is healing",
    "my surgery is closed, my stitches itch",
    "my surgery is closed and I'm in pain",
    "ik ben opgenomen in de selectie en daarna in het UMC",
])
def test_a_freed_phrase_takes_no_health_clause_after_it(text: str) -> None:
    assert special_category(text) == "health"


@pytest.mark.parametrize("text", [
    "I was at the hospital for work", "I was at the hospital for work.", "I was at the hospital for my shift!",
    "my surgery is closed", "my surgery is closed on Saturdays",
    "my surgery was shut again", "ik ben opgenomen in de selectie",
])
def test_the_freed_phrase_alone_stays_none(text: str) -> None:
    assert special_category(text) is None


# T48D: what the mend above still let through — a GP's practice with a clause further on, an admission "that night",
# a stay "because of work" in other languages
@pytest.mark.parametrize("text", [
    "my surgery is closed again and I'm in pain", "my surgery was shut this morning and it hurts",
    "my surgery is closed now but it itches", "my surgery was closed today and the drain came out",
    "mum was admitted that night", "she was admitted that night with sepsis",
    "I got admitted early this morning with chest pains",
    "Skončil jsem v nemocnici kvůli práci", "Ležím v nemocnici kvůli práci", "Acabé en el hospital por trabajo",
    "sono finito in ospedale per lavoro", "Ik lig in het ziekenhuis voor mijn werk",
])
def test_health_said_further_on_or_because_of_work_is_withheld(text: str) -> None:
    assert special_category(text) == "health"


@pytest.mark.parametrize("text", ["he admitted that he lied", "she admitted that the plan failed",
                                  "I got admitted early decision", "my surgery was shut again"])
def test_a_confession_an_early_decision_and_a_closed_practice_stay_none(text: str) -> None:
    assert special_category(text) is None
