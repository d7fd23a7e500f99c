"""ART9E (note45, T31D H2 leftovers): transition care in the words people post that the lists still missed ("seen at
the GIC", "Week 10 on E", "my first shot of T", "FFS consult"), each beside its everyday look-alikes ("FFS" the
expletive, Canada's GIC, T-Mobile and e-bikes after a count), and the everyday senses withheld as special ("Pride of
Britain", "pride and joy", Croatia's broadcaster HRT), with the special texts beside them kept special."""

from __future__ import annotations

import pytest

from dataexam import special_terms
from dataexam.categories import special_category, special_excerpt, special_value
from dataexam.inference.social import special_slug


@pytest.mark.parametrize(("text", "category"), [
    # the UK's gender identity clinics (GIC)
    ("Seen at the GIC today, finally", "health"), ("GIC appointment next week!!", "health"),
    ("Two years on the GIC waiting list", "health"), ("My GP sent the referral to the GIC", "health"),
    ("Leeds GIC discharged me lol", "health"), ("first appt at Charing Cross GIC", "health"),
    # a count with the number after the unit, in digits or words, on or of T/E
    ("Week 10 on E", "health"), ("week 3 on estrogen", "health"), ("Day one on T!", "health"),
    ("Month 6 of T and my voice cracked", "health"), ("year 2 on e, still glowing", "health"),
    ("Week 10 on E and three weeks on e-bikes", "health"),
    # shots and doses
    ("my first shot of T", "health"), ("Got my first shot of T today", "health"), ("T jab day again", "health"),
    ("missed my T dose", "health"), ("Two years of T today", "health"), ("E injections are weekly now", "health"),
    # surgery: top surgery, FFS in the words of its care
    ("Top surgery consult went well", "health"), ("FFS consult booked for March", "health"),
    ("my FFS recovery is going well", "health"), ("post FFS swelling is wild", "health"),
    ("Facial masculinisation surgery next year", "health"),
    # the endocrinologist, the anti-androgens' short names, progesterone and the hormone brands
    ("Endocrinologist says levels are good", "health"), ("on spiro and e since May", "health"),
    ("Utrogestan added to my HRT", "health"), ("Evorel patches out of stock again", "health"),
    ("Progesterone cream", "health"), ("AndroGel pump", "health"),
    # HRT counted after it, or at work beside "watching HRT"
    ("HRT 1 year today!", "health"), ("HRT 2 months in, mood better", "health"),
    ("watching HRT do its magic", "health"), ("on HRT for the menopause", "health"),
    # a dead name and the deed poll with transition words
    ("my dead name on the letter again", "sexuality"), ("Deed poll done, no more deadname", "sexuality"),
    ("Name change deed poll sent, 6 months on T", "health"),
])
def test_transition_care_as_people_post_it_is_special(text: str, category: str) -> None:
    assert special_category(text) == category


@pytest.mark.parametrize("text", [
    # "FFS" the expletive, FFM (Frankfurt am Main's abbreviation)
    "FFS what a day", "Oh ffs, the train again", "ffs my wifi is down", "FFS!!!", "Flight to FFM on Friday",
    # GIC: Canada's guaranteed investment certificate, Singapore's fund
    "GIC rates are up at the bank", "My GIC matured today", "5-year GIC at 4.5%", "locked in at the GIC rate",
    "GIC Private Limited invests in Europe",
    # a count before T-Mobile, T-shirts, T-Rex, e-bikes, e-mail; a shot of something else
    "Day 3 on T-Mobile, no signal", "Week 10 on e-bikes around Holland", "Three weeks on e-mail only",
    "a shot of T-Rex at the museum", "first shot of tequila", "Two years of T-shirts at the market",
    # "top" as the best
    "Top surgery hospitals in India", "top surgery residency programs 2025",
    # the deed poll without transition words (the existing look-alike)
    "Changed my name by deed poll today", "Name change deed poll after the wedding",
    # a dead person named
    "The dead were named by police today",
])
def test_the_look_alikes_stay_everyday(text: str) -> None:
    assert special_category(text) is None


@pytest.mark.parametrize("text", [
    "Pride of Britain awards tonight", "Pride of Britain Awards 2024 on ITV", "Pride and Prejudice",
    "pride and prejudice by jane austen", "my pride and joy", "swallowed my pride and called her",
    "Took pride in my work", "We take pride in our service", "a pride of lions on safari",
    "Pride of Kent ferry to Calais", "The Pride of the Yankees", "Orlando Pride won 2-0", "pride of place",
    "pride comes before a fall", "national pride", "watching HRT", "HRT 1 news at 7", "HRT2 tonight",
    "Gledam HRT 2", "HRT vijesti", "Dnevnik HRT u 19:00", "HRTi on the laptop",
])
def test_pride_s_and_hrt_s_everyday_senses_stay_everyday(text: str) -> None:
    assert special_category(text) is None


@pytest.mark.parametrize(("text", "category"), [
    ("Pride march in London today", "sexuality"), ("pride month", "sexuality"), ("so much pride today", "sexuality"),
    ("Pride of Britain awards, then Pride march", "sexuality"), ("Pride and Prejudice, then the Pride parade",
                                                                "sexuality"),
    ("watching HRT 1 at the Pride march", "sexuality"), ("Started HRT", "health"), ("HRT patches", "health"),
    ("HRT 1 year today", "health"),
])
def test_a_special_word_beside_them_stays_special(text: str, category: str) -> None:
    assert special_category(text) == category


def test_a_number_is_no_phrase_s_first_word_and_matches_digits_or_words() -> None:
    terms = [t for ts in special_terms.TERMS.values() for t in ts if "#" in t]
    assert terms and all(not t.startswith("#") for t in terms)
    assert special_terms._same(["week", "10", "on", "e"], ("week", special_terms._NUMBER, "on", "e"))
    assert special_terms._same(["week", "ten", "on", "e"], ("week", special_terms._NUMBER, "on", "e"))
    assert not special_terms._same(["week", "tenth", "on", "e"], ("week", special_terms._NUMBER, "on", "e"))
    assert not special_terms._same(["week", "on", "e"], ("week", special_terms._NUMBER, "on", "e"))
    assert dict(special_terms.find("Week 10 on E")) == {"health": ("week # on e",)}


def test_a_run_together_name_is_not_read_for_a_phrase() -> None:
    # a thread folder's name squeezes words together: "days on t" is inside "holidays on the road"
    assert not special_slug("holidaysontheroad") and not special_slug("weekendsonthecoast")
    assert special_slug("mindfultherapyberlin") and special_slug("genderclinicleeds")
    assert special_value("@holidaysontheroad") is None


def test_a_cut_excerpt_still_withholds_unless_the_cut_is_inside_an_everyday_phrase() -> None:
    # a cut through a special word still says it (never the reverse)
    assert special_excerpt("Seen at the GIC, week 10 on E, so happy with the resul…") == "health"
    # a title cut in its last word is the title ("Pride and Prej…" was withheld)
    assert special_excerpt("Pride and Prej…") is None and special_excerpt("Reading Pride and Prejud…") is None
    assert special_excerpt("Pride of Brit…") is None
    # … but not a cut that leaves the phrase open, nor one beside a special word
    assert special_excerpt("Pride and…") == "sexuality"
    assert special_excerpt("Pride march, then Pride and Prej…") == "sexuality"


# -- the PT/BR/NL/TR party lists, checked against each parliament (special_terms' module text) ----------------------
@pytest.mark.parametrize("text", [
    # Portugal 2025: the new party and IL's new leader
    "Juntos pelo Povo elegeu um deputado", "Mariana Leitão no debate", "Vou votar no JPP",
    # Brazil 2022: the largest parties, in a vote's shape where their name is an everyday word
    "Vou votar no PL", "Votei no MDB", "União Brasil fecha aliança", "Bolsonarista raiz", "Fernando Haddad fala hoje",
    # the Netherlands 2025
    "Rob Jetten wint", "Stem op Volt", "Stem op FvD", "Nieuw Sociaal Contract verdwijnt", "Dilan Yeşilgöz",
    # Turkey 2023
    "CHP'ye oy verdim", "CHP lideri konuştu", "Cumhuriyet Halk Partisi", "DEM Parti", "İYİ Parti kongresi",
    "Devlet Bahçeli açıkladı", "AK Parti", "Erdoğan konuştu",
])
def test_the_parties_in_each_parliament_are_political(text: str) -> None:
    assert special_category(text) == "politics"


@pytest.mark.parametrize("text", [
    # "CHP" alone was wrong: combined heat and power, the California Highway Patrol
    "CHP boiler installed today", "California CHP pulled me over", "Combined heat and power (CHP) plant",
    # the parties' everyday words outside a vote
    "PL table: top four", "Novo Banco abriu", "Volt charger for the car", "Denk aan mij", "Bugün çok iyi",
    "Rede de wifi em casa", "Avante, pessoal!",
])
def test_their_everyday_words_stay_everyday(text: str) -> None:
    assert special_category(text) is None


def test_the_gate_quotes_the_look_alikes_and_withholds_the_care() -> None:
    from dataexam.categories import WITHHELD_EXCERPT
    from dataexam.inference import sensitive
    from dataexam.inference.model import EvidenceItem

    def gated(text: str) -> EvidenceItem:
        return sensitive.gate_item(EvidenceItem(archive="a", member="m", index=1, time="2024-03-03T10:27:00Z",
                                                kind="twitter.tweet", excerpt=text), None)

    for everyday in ("FFS what a day", "My GIC matured today", "Pride of Britain awards tonight", "watching HRT",
                     "Day 3 on T-Mobile, no signal", "CHP boiler installed today"):
        assert (gated(everyday).excerpt, gated(everyday).time) == (everyday, "2024-03-03T10:27:00Z"), everyday
    for care in ("Seen at the GIC today", "Week 10 on E", "my first shot of T", "FFS consult booked"):
        # the withheld time carries its reason (the merged marker: sensitive.SPECIAL_WITHHELD)
        assert (gated(care).excerpt, gated(care).time) == (WITHHELD_EXCERPT, "withheld (special category) Sun 10:27"), \
            care


# -- T32B M5: more everyday "pride" and HRT as heart rate training -------------------------------------------------
@pytest.mark.parametrize("text", [
    "Pride Park tonight, come on Derby!", "Derby County at Pride Park, 2-1 win",
    "Fuller's London Pride is my favourite ale", "Pint of London Pride at the pub",
    "The pride of the nation, what a goal", "Pride FC lost again", "Lion pride spotted in the Serengeti",
    "Watched a lion pride hunt at dawn", "Zone 2 HRT run this morning, heart rate training is paying off",
])
def test_a_ground_an_ale_a_nation_and_a_training_zone_stay_everyday(text: str) -> None:
    assert special_category(text) is None


@pytest.mark.parametrize(("text", "category"), [
    ("On my way to London Pride with the girls", "sexuality"),  # the march: no beer word beside it
    ("First pint at Pride, so happy", "sexuality"), ("Pride parade in Derby", "sexuality"),
    ("HRT 1 year today", "health"), ("Started HRT, zone 2 HRT run later", "health"),
])
def test_the_march_and_the_hormones_stay_special(text: str, category: str) -> None:
    assert special_category(text) == category
