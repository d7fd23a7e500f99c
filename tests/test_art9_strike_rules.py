"""Art. 9, ART42 (T40B's FIXART2 near misses): the thing on strike by a rule, the traveller's airport, the person's own
striking in the first person with words between, the game's strike, and two religion look-alikes. Every text is
invented.

Before: "wifi on strike", "my cat is on strike", "my motivation is on strike", "mi móvil se ha puesto en huelga" and
"stuck at Heathrow, BA strike" read union; "Als Lehrerin streike ich morgen", "Wir Piloten streiken morgen" and "we
teachers are striking tomorrow" read nothing; "bowled a strike", "strike three" read union; "my confirmation at St.
Mary's" read nothing and "Boulevard du Temple" religion.
"""

from __future__ import annotations

import pytest
from test_art9_strike_policy import inventory_records

from dataexam.categories import special_category

# after a possessive of one owner, a noun that names no people (a thing, a pet, a body part, a faculty) on strike,
# in each language the strike is read in; a thing of the lists opening a sentence, or after "the"
OWNERS_THINGS = {
    "en": ("my cat is on strike", "my dog's been on strike all week", "my motivation is on strike",
           "my willpower is on strike", "my wifi is on strike", "my phone has gone on strike again",
           "my vacuum cleaner is on strike", "wifi on strike, working from the cafe",
           "the cat is on strike and won't eat", "Motivation on strike today"),
    "de": ("Meine Katze ist im Streik", "Meine Motivation ist im Streik", "mein Staubsauger ist im Streik"),
    "fr": ("mon chat fait grève", "ma motivation est en grève", "ma patience est en grève", "le chien fait grève"),
    "es": ("mi móvil se ha puesto en huelga", "mi gato está en huelga", "mi paciencia está en huelga",
           "el perro está en huelga"),
    "it": ("il mio gatto è in sciopero", "la mia pazienza è in sciopero"),
    "pt": ("o meu gato está em greve", "a minha paciência está em greve"),
    "nl": ("mijn kat is in staking", "mijn motivatie is in staking"),
    "tr": ("kedim greve çıktı",),
    "ru": ("мой кот объявил забастовку", "моя мотивация объявила забастовку", "мой пылесос объявил забастовку"),
    "uk": ("мій пилосос оголосив страйк",),
    "zh": ("我的猫罢工了", "我的耐心罢工了", "我的吸尘器罢工了"),
    "ja": ("うちの猫がストライキ中", "私のエアコンがストライキ中"),
    "ar": ("قطتي في إضراب",),
    "he": ("החתול שלי בשביתה",),
}
# … but people (kin, colleagues, a workplace, a trade, a noun of persons by its suffix), a plural owner, a person's
# pronoun, or no idiom of being on strike: the union's strike stays
PEOPLE_ON_STRIKE = ("my colleagues are on strike", "my husband is on strike", "my school is on strike",
                    "my union is on strike", "my fellow teachers are on strike", "my coworkers are on strike",
                    "our office is on strike", "my car and I are on strike", "Teachers on strike",
                    "my train was late because of the strike", "mes collègues font grève", "mes profs sont en grève",
                    "mis compañeros están en huelga", "meine Kolleginnen sind im Streik", "meine Lehrer sind im Streik",
                    "mein Lehrer ist im Streik", "мои коллеги объявили забастовку",
                    "мой муж объявил забастовку", "我的同事罢工了", "我的同事们又罢工了", "うちの会社がストライキ",
                    "the nurses are on strike", "my job is on strike", "my nan's care home is on strike",
                    "my husband's on strike", "mon boulot est en grève", "my GP is on strike", "my city is on strike",
                    "my Amazon warehouse is on strike")


@pytest.mark.parametrize(("language", "text"), [(lang, t) for lang, ts in OWNERS_THINGS.items() for t in ts])
def test_an_owners_thing_on_strike_reads_none(language: str, text: str) -> None:
    assert special_category(text) is None, (language, text)


@pytest.mark.parametrize("text", PEOPLE_ON_STRIKE)
def test_people_on_strike_stay_union(text: str) -> None:
    assert special_category(text) == "union", text


@pytest.mark.parametrize(("text", "category"), [
    # a traveller names the airport, or is stranded; the person's own strike there stays union
    ("stuck at Heathrow, BA strike", None), ("stranded in Lisbon because of the strike", None),
    ("Streik in Schiphol, gestrandet", None), ("BA strike", "union"), ("we're on strike at Heathrow", "union"),
    ("Heathrow workers strike, I'm on the picket line", "union"),
    # the person striking in the first person, the verb before the pronoun or the trade between them
    ("Als Lehrerin streike ich morgen", "union"), ("Als Flugbegleiterin streike ich morgen", "union"),
    ("Morgen streike ich", "union"), ("Heute streiken wir", "union"), ("Wir Piloten streiken morgen", "union"),
    ("Wir Flugbegleiter streiken ab Montag", "union"), ("we teachers are striking tomorrow", "union"),
    ("we nurses will be striking on Monday", "union"), ("as a nurse I will be striking", "union"),
    ("wij leraren staken morgen", "union"), ("en tant qu'enseignante je fais grève demain", "union"),
    ("como profesora hago huelga mañana", "union"), ("noi insegnanti scioperiamo domani", "union"),
    # … not a negation parting them, nor another's striking, nor a striking look
    ("we are not striking", None), ("wir werden nicht streiken", None), ("Die Piloten streiken morgen", None),
    ("the teachers are striking tomorrow", None), ("Mein Handy streikt", None), ("I think it's striking", None),
    # bowling's and baseball's strike; workers "on strike" beside the game stay union
    ("bowled a strike", None), ("got a strike in the last frame", None), ("strike three, you're out", None),
    ("a strike on the first pitch", None), ("three strikes in a row", None), ("struck out twice", None),
    ("the bowling alley staff are on strike", "union"), ("the 1994 baseball strike", "union"),
    ("strike vote after the inning", "union"),
    # the sacrament at a church named after its saint; a Paris boulevard named after the Temple
    ("my confirmation at St. Mary's", "religion"), ("got confirmed at St Joseph's", "religion"),
    ("booking confirmation at St Pancras", None), ("Boulevard du Temple", None),
    ("we live on Boulevard du Temple", None), ("I pray at the temple on boulevard du Temple", "religion"),
])
def test_travellers_strikers_games_and_look_alikes(text: str, category: str | None) -> None:
    assert special_category(text) == category, text


def test_the_inventory_counts_the_cases_as_the_gate_reads_them() -> None:
    """End to end (--include-sensitive): the cat's, the motivation's, the wifi's, the traveller's and the bowler's
    strikes and the boulevard count nothing; the teacher striking and the confirmation count."""
    texts = ["my cat is on strike", "my motivation is on strike", "wifi on strike, working from the cafe",
             "stuck at Heathrow, BA strike", "bowled a strike", "Boulevard du Temple",
             "Als Lehrerin streike ich morgen", "we teachers are striking tomorrow", "my confirmation at St. Mary's",
             "Cooking pasta tonight"]
    assert inventory_records(texts) == {"religion": 4, "union": 8}
