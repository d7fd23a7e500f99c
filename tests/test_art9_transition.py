"""ART9 (T31B A1, X1 LOW, §3 LOW): a gender transition's posts and orders, a vote for a party named by an everyday
word, and one screen for a record's text and its date.

T31B's ``transition`` input (/work/wt/t31b-inputs/transition/make.py, rebuilt here from invented values): "Started HRT
this week, testosterone day one" was quoted and dated as the language finding's example by the default JSON report
and at ``--detail full``; "Chest Binder for Trans FTM", "Testosterone gel applicator" and "Post top surgery
compression vest" were counted in spending (58 orders, 55 without them); only "Gender clinic" was special. A liked
"Vote Livre on Sunday, the only party for the climate" was no political text. And a withheld text kept its date
("record 433, 2024-03-03 10:27 local — (text withheld …)").
"""

from __future__ import annotations

import io
import re
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from test_inference_synth import Stream, local, person

from dataexam import report as report_module
from dataexam.categories import WITHHELD_EXCERPT, special_category, special_value
from dataexam.inference import infer, sensitive
from dataexam.inference.model import EvidenceItem

NOW = datetime(2025, 1, 1, tzinfo=UTC)
LONDON = ZoneInfo("Europe/London")
START = date(2023, 1, 2)

TRANSITION_POSTS = ("Came out as trans to my family today", "Started HRT this week, testosterone day one",
                    "Top surgery consult went well", "Gender clinic appointment finally",
                    "Six months on T, voice dropping")
TRANSITION_ORDERS = ("Chest Binder for Trans FTM Half Length", "Testosterone gel applicator pump bottle empty",
                     "Post top surgery compression vest")
POLITICS = ("Vote Livre on Sunday, the only party for the climate", "Vou votar no Chega, chega de corrupção")


@pytest.mark.parametrize(("text", "category"), [
    *((t, "health") for t in TRANSITION_POSTS[1:]), (TRANSITION_POSTS[0], "sexuality"),
    *((t, "health") for t in TRANSITION_ORDERS),
    ("Östrogen Gel 0,06 %", "health"), ("Testostérone en gel, 50 mg", "health"), ("Estradiol patches", "health"),
    ("Brustbinder für Transmänner", "health"), ("Packer FTM soft silicone", "health"),
    ("Tucking gaff underwear, nude", "health"), ("Terapia hormonal: primeiro mês", "health"),
    ("Disforia de género, dia difícil", "health"), ("Puberty blockers consultation", "health"),
    ("I'm a trans man and proud", "sexuality"), ("Sou um homem trans", "sexuality"),
    ("Nonbinary pride pin", "sexuality"), ("They keep deadnaming me at work", "sexuality"),
    ("Ich bin eine Transfrau", "sexuality"),
])
def test_transition_care_and_identity_are_special(text: str, category: str) -> None:
    assert special_category(text) == category


@pytest.mark.parametrize("text", [
    # the everyday look-alikes: a ring binder, the Green Bay Packers, a warehouse packer, a bed made, trans fats, the
    # Trans-Siberian, a phone network and T-shirts after "months on", Cordelia Fine's book
    "A4 ring binder, 2 pack", "Binder clips assorted", "Green Bay Packers jersey", "Warehouse packer job, nights",
    "Tucking in the kids", "Trans fat free crisps", "Trans-Siberian railway trip", "Six months on T-Mobile, fine",
    "Two years on T-shirts at the market", "Testosterone Rex: Unmaking the Myths of Our Gendered Minds",
    "My name is Sam now, he/him please", "Changed my name by deed poll today", "STP oil treatment",
])
def test_the_look_alikes_stay_everyday(text: str) -> None:
    assert special_category(text) is None


@pytest.mark.parametrize("text", [
    *POLITICS, "Votar no PS é votar no futuro", "Votem BE no domingo", "Votei na IL", "Votez RN dimanche",
    "Vota Podemos", "Grüne wählen!", "Stem op SP", "Vote Labour on Thursday", "André Ventura no debate",
    "Bloco de Esquerda em Lisboa", "Luís Montenegro fala hoje", "the only party for workers",
])
def test_a_vote_for_a_party_is_a_political_opinion(text: str) -> None:
    assert special_category(text) == "politics"


@pytest.mark.parametrize("text", [
    # Portuguese everyday senses of the parties' names, and "party"/"vote" as everyday words
    "Dia livre, vamos à praia", "Entrada livre no museu", "Chega de chuva!", "Ele chega amanhã às dez",
    "PS: bring snacks", "Export the PSD file", "Birthday party for the kids, the only party for miles",
    "Vote for your favourite cake", "Il pleut à Paris", "Podemos ir amanhã", "Sumar dos números",
    "Grüne Bohnen kaufen", "The party was great, best vote ever for the DJ",
])
def test_everyday_senses_of_party_names_stay_everyday(text: str) -> None:
    assert special_category(text) is None


def test_a_handle_is_not_read_for_the_new_phrases() -> None:
    # a run-together handle is squeezed against the terms: "days on t" must not read "@holidaysontheroad"
    assert special_value("Follower look-alikes: @holidaysontheroad") is None
    assert special_value("Follower look-alikes: @testosteronegel") == "health"


# -- the whole report --------------------------------------------------------------------------------------------
# the special records on days of their own, Tuesday 28 Feb to Sunday 5 Mar 2023, between two stretches of an
# everyday person (day 0–56 and 63–172), so a date of theirs in a report can only come from them (a Monday would be
# the mood finding's week too)
SPECIAL_DAYS = [START + timedelta(days=57 + i) for i in range(6)]


ORDERS_CSV = "Retail.OrderHistory.1/Retail.OrderHistory.1.csv"


def _events() -> list:
    x = Stream("twitter-sam")
    amazon = Stream("amazon-sam")
    events = person("Europe/London", days=57, start=START, text="Cooking pasta tonight and planning a bike ride")
    events += person("Europe/London", days=110, start=START + timedelta(days=63), seed=2,
                     text="Rode the bike along the river, then pasta with friends")
    for i in range(55):  # everyday orders every 3 days, at 19:00
        d = START + timedelta(days=3 * i + 1)
        events.append(amazon.ev(local(LONDON, d, 19.0), "amazon.order_item", ("Bike lights", "Coffee beans 1kg",
                                                                               "Notebook A5")[i % 3],
                                total="18.99", currency="GBP", order_id=f"e{i}",
                                member="Retail.OrderHistory.1/Retail.OrderHistory.1.csv"))
    texts = (*TRANSITION_POSTS, *POLITICS)
    for n, day in enumerate(SPECIAL_DAYS):  # 80 special posts a day, 10:00–19:52: a sixth of the texts, as in T31B's
        for k in range(80):
            events.append(x.ev(local(LONDON, day, 10 + k / 8), "twitter.tweet", texts[(n + k) % len(texts)],
                               member="data/tweets.js"))
    for i, name in enumerate(TRANSITION_ORDERS):
        events.append(amazon.ev(local(LONDON, SPECIAL_DAYS[2 * i], 13.1), "amazon.order_item", name, total="24.99",
                                currency="GBP", order_id=f"s{i}", member=ORDERS_CSV))
    return sorted(events, key=lambda e: e.sort_key)


@pytest.fixture(scope="module")
def reports() -> tuple[Any, Any]:
    events = _events()
    return infer(events, now=NOW), infer(events, include_sensitive=True, now=NOW)


def _render(rep: Any, fmt: str, detail: str) -> str:
    buf = io.StringIO()
    report_module.render(rep, fmt, buf, detail=detail)  # type: ignore[arg-type]
    return re.sub(r"<script\b.*?</script>", "", buf.getvalue(), flags=re.DOTALL)


# the records' own words (the methods name "transgender" and "politics" in general terms)
LEAKS = ("HRT", "estosterone", "Top surgery", "top surgery", "Came out", "Gender clinic", "Chest Binder", "months on T",
         "Livre", "Chega", "only party")


@pytest.mark.parametrize("fmt", ["text", "json", "markdown", "html"])
@pytest.mark.parametrize("detail", ["default", "full"])
def test_no_special_text_nor_its_date_in_any_format(reports: tuple[Any, Any], fmt: str, detail: str) -> None:
    out = _render(reports[0], fmt, detail)
    flat = " ".join(out.split())
    for word in LEAKS:
        assert word not in out, (fmt, detail, word)
    for day in SPECIAL_DAYS:  # neither as an ISO date nor as the renderers' "5 Mar 2023"
        assert day.isoformat() not in out and f"{day.day} {day:%b %Y}" not in flat, (fmt, detail, day)
    shown = _render(reports[1], fmt, detail)  # --include-sensitive: they show, as before
    if detail == "full":
        assert any(word in shown for word in LEAKS), (fmt, detail)


def test_the_language_finding_s_special_examples_are_undated(reports: tuple[Any, Any]) -> None:
    default = {f["id"]: f for f in reports[0].to_dict()["findings"]}
    full = {f["id"]: f for f in reports[1].to_dict()["findings"]}
    withheld = [i for f in default.values() for i in f["evidence"]["items"] if i["excerpt"] == WITHHELD_EXCERPT]
    assert withheld, "the special posts are examples somewhere (the language, the text findings)"
    # the weekday and the hour stay (the special posts and orders were made 10:00–19:45, London time)
    assert all(i["time"].startswith(sensitive.TIME_WITHHELD) for i in withheld)
    assert all(10 <= int(i["time"][-5:-3]) < 20 for i in withheld)
    # a text the screen lets through keeps its date; with the flag every special example is quoted and dated
    quoted = [i for f in default.values() for i in f["evidence"]["items"] if i["excerpt"] and i["time"]
              and i["excerpt"] != WITHHELD_EXCERPT]
    # (a night-time one's date is the night rule's: it reads the hour, never the words)
    hours = [int(i["time"][-5:-3]) for i in quoted if i["time"].startswith(sensitive.TIME_WITHHELD)]
    assert quoted and all(h >= sensitive.NIGHT_FROM_H or h < sensitive.NIGHT_TO_H for h in hours)
    flagged = [i for f in full.values() for i in f["evidence"]["items"] if i["excerpt"] in (*TRANSITION_POSTS,
                                                                                           *TRANSITION_ORDERS)]
    assert flagged and all(i["time"][:10] in {d.isoformat() for d in SPECIAL_DAYS} for i in flagged)


def test_the_three_orders_leave_spending(reports: tuple[Any, Any]) -> None:
    default = {f["id"]: f for f in reports[0].to_dict()["findings"]}
    full = {f["id"]: f for f in reports[1].to_dict()["findings"]}
    # 58 → 55 orders, as other special orders (T31B A1: "£1,109.42 … (58 orders)")
    assert default["spending"]["evidence"]["n_support"] == 55
    assert full["spending"]["evidence"]["n_support"] == 58


def test_a_withheld_record_quoted_in_a_value_loses_its_date() -> None:
    item = EvidenceItem(archive="a", member="m", index=1, time="2024-03-03T10:27:00Z", kind="twitter.tweet",
                        excerpt="Started HRT this week, testosterone day one")
    gated = sensitive.gate_item(item, LONDON)
    assert (gated.excerpt, gated.time) == (WITHHELD_EXCERPT, "withheld (special category) Sun 10:27")
    value = sensitive._gate_value({"examples": [item.to_dict()]}, LONDON)
    assert value["examples"][0]["time"] == "withheld (special category) Sun 10:27"
    assert value["examples"][0]["excerpt"] == WITHHELD_EXCERPT
    # an everyday record keeps its text and its date; the bereavement line is no special category (module text)
    plain = EvidenceItem(archive="a", member="m", index=2, time="2024-05-14T11:00:00Z", kind="twitter.tweet",
                         excerpt="My mam passed away last night. Heartbroken.")
    assert sensitive.gate_item(plain, LONDON) == plain


# -- the class: every finding that quotes a text ----------------------------------------------------------------
# A person whose every text is special (posts, tweets, messages, comments, searches, orders): any finding that
# quotes a record's words — languages, writing style, topics, mood, life events, social, the platform comparison,
# the trust score, spending — has only special ones to quote. Without the flag none is quoted and none dated, in any
# format at any detail; the pointers (export, file, record, kind) and the counts stay.
ALL_SPECIAL = ("Started HRT this week, testosterone day one, feeling great", "Vote Livre on Sunday, friends",
               "Top surgery consult went well, so happy today", "Gender clinic appointment finally, good news")


def _all_special_events() -> list:
    events = []
    for n, text in enumerate(ALL_SPECIAL):
        events += person("Europe/London", days=45, start=START + timedelta(days=45 * n), seed=n + 3, text=text)
    s = Stream("facebook-sam")
    amazon = Stream("amazon-sam")
    for i in range(60):
        d = START + timedelta(days=3 * i)
        text = ALL_SPECIAL[i % len(ALL_SPECIAL)]
        events.append(s.ev(local(LONDON, d, 18.25), "facebook.post", text,
                           member="your_facebook_activity/posts/your_posts_1.json"))
        events.append(s.ev(local(LONDON, d, 18.5), "facebook.comment", text,
                           member="your_facebook_activity/comments_and_reactions/comments.json"))
        events.append(s.ev(local(LONDON, d, 18.75), "facebook.message", text,
                           member="messages/inbox/sam_1/message_1.json", thread="sam_1", recipients=["Alex Invent"]))
        events.append(s.ev(local(LONDON, d, 19.1), "facebook.search", "testosterone gel near me"))
        events.append(amazon.ev(local(LONDON, d + timedelta(days=1), 19.0), "amazon.order_item",
                                TRANSITION_ORDERS[i % 3], total="20.00", currency="GBP", order_id=f"a{i}",
                                member="Retail.OrderHistory.1/Retail.OrderHistory.1.csv"))
    return sorted(events, key=lambda e: e.sort_key)


@pytest.fixture(scope="module")
def all_special() -> tuple[Any, Any]:
    events = _all_special_events()
    return infer(events, now=NOW), infer(events, include_sensitive=True, now=NOW)


def _items(data: Any) -> list[dict[str, Any]]:
    """Every evidence item's dict form anywhere in a report dict (evidence and records quoted inside values)."""
    if isinstance(data, dict):
        own = [data] if {"archive", "member", "index", "kind", "excerpt"} <= data.keys() else []
        return [*own, *(x for v in data.values() for x in _items(v))]
    if isinstance(data, list):
        return [x for v in data for x in _items(v)]
    return []


@pytest.mark.parametrize("fmt", ["text", "json", "markdown", "html"])
@pytest.mark.parametrize("detail", ["default", "full"])
def test_no_finding_quotes_or_dates_a_special_text(all_special: tuple[Any, Any], fmt: str, detail: str) -> None:
    out = _render(all_special[0], fmt, detail)
    for word in ("HRT", "estosterone", "Livre", "Top surgery", "Gender clinic", "Chest Binder", "compression vest"):
        assert word not in out, (fmt, detail, word)
    # with the flag the same findings quote them (the test has findings that quote)
    if detail == "full":
        assert "Started HRT" in _render(all_special[1], fmt, detail), fmt


def test_every_quoted_record_of_a_special_text_is_undated(all_special: tuple[Any, Any]) -> None:
    default, full = all_special[0].to_dict(), all_special[1].to_dict()
    items = _items(default)
    withheld = [i for i in items if i["excerpt"] == WITHHELD_EXCERPT]
    assert withheld and all(not i["time"] or i["time"].startswith(sensitive.TIME_WITHHELD) for i in withheld)
    assert not any(i["excerpt"] and special_category(i["excerpt"]) for i in items)
    # the findings that quote them with the flag (the class the brief names) are the ones gated
    quoting = {f["id"] for f in full["findings"] for i in _items(f) if i["excerpt"] and special_category(i["excerpt"])}
    assert quoting - {"sensitive_signals", "life_events"}, quoting


@pytest.mark.parametrize(("text", "category"), [
    # T31C N5: the words of the same care the first lists missed
    ("First T shot today, so nervous", "health"), ("Ten weeks on E and feeling great", "health"),
    ("Picked up my Progynova refill", "health"), ("Zoladex implant next week", "health"),
    ("Happy transiversary to me", "sexuality"), ("Got my gender recognition certificate today", "sexuality"),
    ("Gender marker changed on my passport", "sexuality"), ("My GRC came in the post", "sexuality"),
    # T31D H2
    ("On T for a year now", "health"), ("Happy HRTversary to me", "health"), ("Started E today", "health"),
    ("Misgendered again at the shop", "sexuality"), ("Transitioning at work is hard", "sexuality"),
])
def test_more_words_of_transition_care_are_special(text: str, category: str) -> None:
    assert special_category(text) == category


@pytest.mark.parametrize("text", [
    "T Levels results day at college", "Great tee shot on the 9th", "A shot of espresso and the T-Mobile bill",
    "GRC panels for the new facade", "Just started T-Mobile plan", "I started t-shirt printing today",
])
def test_their_look_alikes_stay_everyday(text: str) -> None:
    assert special_category(text) is None
