"""Interests, sensitive signals, life events and household, from what the person liked, searched,
bought and posted (categories.py keyword map; LIFE_EVENT_RULES for life events).

Counters per category and per service, capped evidence per category; life-event rule state is a
handful of records per rule. Nothing here grows with the number of records.
"""

from __future__ import annotations

import re
from array import array
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime
from functools import cache
from itertools import compress
from typing import Any, NamedTuple

from .. import special_terms
from ..categories import (
    IAB_CONTENT,
    LIFE_EVENT_RULES,
    SENSITIVE_LIFE_EVENTS,
    SENSITIVE_PREFIX,
    category_label,
    interest_matches,
    is_sensitive,
    life_event_label,
    special_fact,
)
from ..events import Event
from ..lazyrx import lazy_compile
from ..wording import and_list, count_phrase, iso_words
from . import gazetteer, household, literature, sharedaccount
from .engine import (
    CLOCK_SOURCES,
    QUARTERS,
    Aggregator,
    Context,
    DayBins,
    categories_of,
    is_subscription_order,
    quarter_of,
    turned_down,
)
from .language import language_name
from .ledger import is_cancelled
from .lifedeclared import DECLARED_KINDS, DECLARED_NAMES, DeclaredLife, declared_sentence
from .lifedeclared import SAME_EVENT_DAYS as DECLARED_SAME_DAYS
from .lifeposts import KINDS as POST_LIFE_KINDS
from .lifeposts import PostLife, kinds_read
from .model import Confidence, Evidence, EvidenceItem, Finding
from .sensitive import TIME_WITHHELD, NightGate, near_months, special_group, spoken, spoken_bound, window_month
from .sensitive import month_words as sensitive_month_words
from .sharedaccount import OwnExamples
from .shipping import OwnAddresses
from .stock import NAPPY, SIZES_AT_ONCE, HouseholdUse, nappy_size
from .text import KEYWORDS_OTHER_LANGUAGES_NOTE, keywords_language_gap, tie_low_periods, withhold_mood_near_move
from .text import MOOD_MIN_ENGLISH as MOST_ENGLISH
from .textrules import (
    DISTINCT_FOR_HIGH,
    RECENT_YEARS,
    DistinctTexts,
    YearMonths,
    distinct_cap,
    is_retweet,
    month_words,
    reading_of,
    recent_from,
    text_digest,
    year_span,
)

# Records that express a choice of the person (docs/kinds.md). Messages are left out on purpose:
# they are conversations with others and would mix in their interests.
# Each kind is one signal with a weight: deliberate choices (buying, searching, liking a page,
# following, tagging) weigh 3, consumption 2, words that merely occur in one's posts 1 — so everyday
# food words in posts never outrank a hobby with purchases, searches and hashtags.
SIGNALS: dict[str, tuple[str, float]] = {
    "amazon.order_item": ("purchase", 3.0), "amazon.digital_order": ("purchase", 3.0),
    "amazon.cart_add": ("cart or wish list", 2.0), "amazon.wishlist_item": ("cart or wish list", 2.0),
    "amazon.watchlist_item": ("cart or wish list", 2.0),
    "amazon.search": ("search", 3.0), "facebook.search": ("search", 3.0), "twitter.saved_search": ("search", 3.0),
    # a question the person put to X's Grok assistant is as deliberate as a search
    "twitter.grok_chat_item": ("question to an AI assistant", 3.0),
    "facebook.page_like": ("page like", 3.0), "facebook.group": ("group", 3.0),
    "facebook.follow": ("followed account", 3.0), "twitter.following": ("followed account", 3.0),
    "twitter.list": ("followed account", 3.0),
    "facebook.event_response": ("event", 2.0),
    "amazon.video_watch": ("watched or listened", 2.0), "amazon.audible_listen": ("watched or listened", 2.0),
    "amazon.kindle_reading": ("watched or listened", 2.0),
    "twitter.like": ("liked post", 1.0),
    "facebook.post": ("words in own posts", 1.0), "facebook.comment": ("words in own posts", 1.0),
    "twitter.tweet": ("words in own posts", 1.0),
}
HASHTAG = ("hashtag", 3.0)  # a tag the person chose, inside an otherwise incidental post
# A retweet's words (and its hashtags) are its author's, as a liked post's are: a passed-on post weighs 1, and a
# category is ranked by what the person did and wrote themselves first (T29C M2: 371 "RT @cryptoking: …" retweets
# were the top interest, "words in own posts ×306", over 86 own tweets on gardening)
RETWEET = ("retweeted post", 1.0)
#: ART59: the union's special category, whose records on an answer that goes on are counted (union_answers)
UNION = SENSITIVE_PREFIX + "union"
#: ART60 (T55B 6): why the union row of sensitive_signals is medium, said after its count in the summary ("10 records
#: relate to union (medium: …)"): her yes to a question of being in the union goes on after it
UNION_ROW_CAPPED = "your yes to a question of being in the union goes on after it"
# A religious or political view the person declared on their Facebook profile (categories.SPECIAL_PROFILE_FACTS):
# counted in the sensitive-signal inventory as the most deliberate signal there is, never as an interest.
PROFILE_VIEW = ("declared on the profile", 3.0)
# A post or comment written in a special-category Facebook group, its own words not special (sensitive.special_group:
# T31A M1): the group's category counts, weighing as the kind does
IN_GROUP = ("written in the group", 1.0)
# Where a hashtag is the person's own choice: what they wrote. A liked tweet's tags (and a retweet's) are its
# author's: they count as the record's own signal, a liked post weighing 1 (docs/findings.md; the twenty-fifth pass's
# tester, T25A M3: 30 liked tweets tagged #hiking made "hashtag ×31").
OWN_TAG_KINDS = frozenset({"facebook.post", "facebook.comment", "twitter.tweet"})
DELIBERATE_WEIGHT = 3.0
INTEREST_KINDS = frozenset(SIGNALS)
MAX_HELD_GROUPS = 5000  # Facebook group joins held to the end (and groups left remembered); beyond, counted at once
MAX_SUBSCRIPTIONS = 4096  # distinct Subscribe & Save products remembered (a digest each); beyond, each delivery counts
_SIGNAL_WEIGHT = {name: w for name, w in [*SIGNALS.values(), HASHTAG, PROFILE_VIEW, RETWEET, IN_GROUP]}
#: signals resting on someone else's words rather than the person's own doing: ranked after it
OTHERS_SIGNALS = frozenset({RETWEET[0]})
#: signals that are words in a text (not a deliberate act): their records count once per distinct text (T29C M3:
#: "Good coffee, good book, good day" ×111 made books and food & drink medium)
WORD_SIGNALS = frozenset({"words in own posts", "liked post", RETWEET[0], HASHTAG[0]})
MAX_TERMS = 40  # distinct vocabulary terms kept per category (evidence of which words matched)
# Life events are dated by purchases, searches and posts.
LIFE_KINDS = frozenset({"amazon.order_item", "amazon.search", "amazon.cart_add", "amazon.wishlist_item",
                        "facebook.post", "facebook.search"})
LIFE_WINDOW_DAYS = {"pregnancy": 300, "move": 120, "new_pet": 120, "wedding": 365}
POST_KINDS = frozenset({"facebook.post"})  # what the person wrote: whose event a post tells can be unclear
WRITTEN_KINDS = frozenset({"facebook.post", "facebook.search", "amazon.search"})  # the person's own words
_EVENT_WORDS = {"pregnancy": "a pregnancy", "move": "a move", "new_pet": "a new pet", "wedding": "a wedding"}
MIN_INTEREST_RECORDS = 5
# A nappy size's weight band as the ages (months) at which a child weighs its ends, at the WHO Child Growth
# Standards' median weight-for-age: inference.md #16 reads a child's age from the size progression. Its basis, as
# far as it was checked (SHARED3, with the search tool):
# - the medians: WHO's weight-for-age tables (tab_wfa_boys_p_0_5.txt, as public growth-chart code copies them:
#   boys 4.5 kg at 1 month, 5.6 at 2, 6.4 at 3, 7.9 at 6, 9.6 at 12, 10.3 at 15, 12.2 at 24, 14.3 at 36, 16.3 at
#   48); the girls' are a few hundred grams lighter (the mean of both was used; the girls' table was not re-read);
# - the bands (kg): 1 2–5, 2 4–8, 3 6–10, 4 9–14, 5 11–16, 6 13+, 7 15+ were BABY's reading of the UK guides of
#   Pampers and Huggies, which no stored page confirmed; other makers' charts differ widely (a generic UK chart
#   gives 2 3–6, 3 4–9, 4 7–18, 5 11–25: Kidadl's nappy size guide), and one child wears two sizes in the overlap.
# :data:`NAPPY_BASIS` holds both; a test holds the table to them (each age within two months of where the medians
# cross the band's ends). The finding says the ages are rough (:data:`NAPPY_CAVEAT`).
NAPPY_SIZE_MONTHS: dict[int, tuple[int, int | None]] = {1: (0, 2), 2: (1, 7), 3: (3, 15), 4: (10, 36),
                                                        5: (20, 48), 6: (30, None), 7: (40, None)}
#: the table's basis: (weight bands in kg per size, WHO boys' median weight-for-age in kg per month)
NAPPY_BASIS: tuple[dict[int, tuple[float, float | None]], dict[int, float]] = (
    {1: (2, 5), 2: (4, 8), 3: (6, 10), 4: (9, 14), 5: (11, 16), 6: (13, None), 7: (15, None)},
    {0: 3.3, 1: 4.5, 2: 5.6, 3: 6.4, 4: 7.0, 5: 7.5, 6: 7.9, 7: 8.3, 8: 8.6, 9: 8.9, 10: 9.2, 12: 9.6, 15: 10.3,
     18: 10.9, 20: 11.3, 24: 12.2, 30: 13.3, 36: 14.3, 40: 15.0, 48: 16.3, 60: 18.3})
NAPPY_CAVEAT = ("The ages read from nappy sizes are rough: makers' weight bands differ by brand and country, the "
                "ages are those at which a child of median weight (WHO growth standards) fits them, and children's "
                "weights spread widely around the median.")
# T30B M3: "Pampers nappies size 2" was never a size (only "diaper" was looked for)
#: distinct (month, size) of nappies, formula stages and clothes sizes kept (a size a month is a handful a year)
MAX_NAPPY_KEYS = 200
_HASHTAG_RX = re.compile(r"(?<![\w&])#(\w{2,60})")
_CAMEL_RX = re.compile(r"(?<=[a-z])(?=[A-Z])")


# -- posts about someone else's life event --------------------------------------------------------------------
# A guest's "What a beautiful wedding! Congratulations Anna and Tom" and "Helping my sister move flats … moving
# boxes" became the user's own wedding and move at medium confidence (the twenty-third pass's tester). A record
# that congratulates, or whose subject is a relative, a friend or a named person (their possessive before the
# event's word, "my sister is …", "helping my sister move"), neither starts nor advances a sequence. The partner
# ("my wife and I", "our wedding") and own children stay the person's own household.
_RELATIONS = ("sister", "sisters", "brother", "brothers", "sis", "bro", "sibling", "siblings", "mom", "mum",
              "mother", "dad", "father", "parents", "cousin", "cousins", "aunt", "uncle", "niece", "nephew",
              "grandma", "grandpa", "grandmother", "grandfather", "granny", "grandparents", "son", "daughter",
              "friend", "friends", "bestie", "bff", "colleague", "colleagues", "coworker", "co-worker", "boss",
              "neighbour", "neighbor", "neighbours", "neighbors", "roommate", "flatmate", "housemate", "in-laws",
              "sister-in-law", "brother-in-law", "godson", "goddaughter", "mate", "buddy")
_REL = "(?:" + "|".join(sorted(map(re.escape, _RELATIONS), key=len, reverse=True)) + ")"
_ADJ = r"(?:(?:best|dear|old|little|big|older|younger|baby|twin|good|close|oldest|youngest)\s+)*"
_CONGRATULATING = re.compile(
    r"\b(?:congrat\w*|happy for (?:you|you two|you both|both of you|them|the two of you|him|her)|best wishes|"
    r"félicitations|felicitations|felicidades|enhorabuena|gl[üu]ckw[üu]nsch\w*|gratulier\w*|auguri)\b",
    re.IGNORECASE)
_RELATIVE_SUBJECT = lazy_compile(
    rf"\b(?:my|our)\s+{_ADJ}{_REL}(?:['’]s\b|s['’]|\s+(?:is|are|was|were|has|have|had|got|gets|just|finally|"
    rf"will|and\s+(?:his|her|their)\b))|\bhelp(?:ing|ed|s)?\s+(?:my|our)\s+{_ADJ}{_REL}\b|"
    r"\b(?:he|she|they)['’](?:s|re)\b|\b(?:he|she|they)\s+(?:is|are|was|were|got|just)\b",
    re.IGNORECASE)
# "helping Anna move", "Anna and Tom's honeymoon", "Mom's new flat": a capitalised name's possessive
_NAMED_SUBJECT = lazy_compile(r"\b[Hh]elp(?:ing|ed|s)?\s+[A-Z][\w-]+\s+(?:move|moving|pack|packing)\b|"
                            r"\b[A-Z][a-z]+['’]s\b")
# possessives of someone else right before the event's word ("her new sofa", "their wedding")
_OTHERS_POSSESSIVE = lazy_compile(r"\b(?:his|her|their)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_NOT_POSSESSIVE = frozenset({"it's", "that's", "there's", "here's", "what's", "let's", "today's", "tonight's",
                             "who's", "where's", "how's", "one's"})


def about_others(text: str, keyword: re.Pattern[str] | None = None, *, written: bool = True) -> bool:
    """Whether a record's text tells someone else's life event, not the person's own: it congratulates
    ("Congratulations Anna and Tom", a "Wedding Congratulations Card" bought), and, in what the person wrote
    (``written``: posts and searches; a product name says "Men's" and "for Her" of its buyers), its subject is a
    relative or friend ("Helping my sister move", "my brother's wedding", "she's moving"), a named person ("Anna
    and Tom's honeymoon", "helping Anna move"), or someone else's possessive stands right before the event's word
    (``keyword``: "Her new sofa"). English cues; the own partner and children ("my wife and I", "our wedding")
    are not others."""
    if _CONGRATULATING.search(text):
        return True
    if not written:
        return False
    if _RELATIVE_SUBJECT.search(text):
        return True
    for m in _NAMED_SUBJECT.finditer(text):
        if m.group(0).lower().replace("’", "'") not in _NOT_POSSESSIVE:
            return True
    if keyword is not None:
        for m in keyword.finditer(text):
            if _OTHERS_POSSESSIVE.search(text[max(0, m.start() - 40):m.start()]):
                return True
    return False


@cache
def _group_rx(words: tuple[str, ...]) -> re.Pattern[str]:
    alternation = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", re.IGNORECASE)


def special_language_gap(ctx: Context) -> dict[str, Any] | None:
    """What the special-category lists (the keyword map's ``sensitive:`` categories, English, and
    :data:`special_terms.TERMS`) cannot read of the person's texts, from the languages finding (finished before this
    one): ``{"unread_share": share of the counted texts in a language where some category goes unread (0–1),
    "languages": [{"language": CLDR English name, "share", "reads": [categories read in it]}] (largest first),
    "sentence": "100% of your texts are in Korean (80%; not read) and Hebrew (20%; read for religion only, not for
    health, politics, union or sexuality), which the special-category lists do not read for the categories said"}``,
    or None under KEYWORDS_OTHER_LANGUAGES_NOTE of such texts, or with fewer than LANG_MIN_TEXTS texts read (the rules
    of :func:`.text.keywords_language_gap`, which the other keyword findings say)."""
    gap = _language_gap(ctx)
    f = ctx.findings.get("languages")
    if gap is None or f is None or not isinstance(f.value, dict):
        return None
    every = set(special_terms.TERMS)
    rows = []
    for code, share in sorted((f.value.get("shares") or {}).items(), key=lambda kv: -float(kv[1])):
        reads = special_terms.categories_read(str(code))
        if str(code).split("-")[0] != "en" and set(reads) != every:
            rows.append({"language": language_name(code), "share": round(float(share), 3), "reads": list(reads)})
    unread = sum(r["share"] for r in rows)
    if unread < KEYWORDS_OTHER_LANGUAGES_NOTE:
        return None

    def reads(r: dict[str, Any]) -> str:
        # what is read and what is not, by name (ART9F, T32B M10: "read for … only" left the rest to be worked out)
        if not r["reads"]:
            return "not read"
        return (f"read for {and_list(r['reads'])} only, not for "
                + _names_or([c for c in special_terms.TERMS if c not in r["reads"]]))

    shown = rows[:3]
    sentence = (f"{unread:.0%} of your texts are in "
                + and_list([f"{r['language']} ({r['share']:.0%}; {reads(r)})" for r in shown])
                + (" and other languages" if len(rows) > len(shown) else "")
                + ", which the special-category lists do not read for "
                + ("any category" if not any(r["reads"] for r in shown) else "the categories said"))
    return {"unread_share": round(unread, 3), "languages": shown, "sentence": sentence}


def _names_or(names: Sequence[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]


def _language_gap(ctx: Context) -> dict[str, Any] | None:
    """:func:`.text.keywords_language_gap` of the languages finding (finished before this one), or None."""
    f = ctx.findings.get("languages")
    if f is None or not isinstance(f.value, dict):
        return None
    shares = f.value.get("shares") or {}
    return keywords_language_gap(dict(shares), int(f.value.get("texts_sampled") or 0))


#: the life-events summary's words where the person's posts are in a language the first-person phrases do not read
#: (report.view.glance lists the finding under "Not read" by them)
LIFE_UNREAD_MARK = "the life-event phrases read English and German only"
_LIFE_PHRASE_LANGUAGES = ("en", "de")  # lifeposts.py's first-person phrases


def _posts_unread(ctx: Context) -> str | None:
    """The main language (CLDR English name) of the person's texts where at most half of them are in a language the
    life-event phrases read (English, German: :data:`_LIFE_PHRASE_LANGUAGES`), from the languages finding; else None
    (or without enough texts: :func:`.text.keywords_language_gap`'s LANG_MIN_TEXTS)."""
    gap = _language_gap(ctx)
    f = ctx.findings.get("languages")
    if gap is None or f is None or not isinstance(f.value, dict):
        return None
    shares = f.value.get("shares") or {}
    read = sum(float(v) for k, v in shares.items() if str(k).split("-")[0] in _LIFE_PHRASE_LANGUAGES)
    return None if read > MOST_ENGLISH else str(gap["main"])


def _hashtags(event: Event) -> list[str]:
    tags = event.attrs.get("hashtags") if event.attrs else None
    out = [str(t).lstrip("#") for t in tags if t] if isinstance(tags, (list, tuple)) else []
    if not out and event.text and "#" in event.text:
        out = _HASHTAG_RX.findall(event.text)
    return out


def _split_tag(tag: str) -> str:
    """'#VinylCollector' → 'Vinyl Collector', 'techno_music' → 'techno music' (so tags match whole words)."""
    return _CAMEL_RX.sub(" ", tag.replace("_", " "))


def _interest_text(event: Event, tags: list[str] | None = None, words: str | None = None) -> str | None:
    """The record's text (``words``: the part of it read, when not all of it) with its hashtags (``tags``:
    :func:`_hashtags` of it, when known)."""
    text = (event.text or "") if words is None else words
    if tags is None:
        tags = _hashtags(event)
    if tags:
        text = f"{text} {' '.join(tags)}"
    return text or None


#: a keyword or declared move this many days from the home finding's move is the same move (not listed twice)
SAME_MOVE_DAYS = 183


def home_moves(home: Any, days: Mapping[str, str | None] | None = None) -> list[dict[str, Any]]:
    """The move the home finding describes, as a life event (the twenty-sixth pass's first tester, M6: "No
    life-event sequence found" beside a home finding naming a move): from the shipping addresses (``shipping.earlier``:
    the old town's last order to the new town's first) or from login countries (``moved``: the old country's last day
    to the new one's first). ``{type: "move", month, start, completed, sensitive: None, basis: "home finding", from,
    to, seen_in}``; ``[]`` without a home or a move in it. ``start``/``completed`` are the home's as it gives them
    (a night-time order's day withheld without --include-sensitive: "withheld Mon 22:28"); ``days``
    (``Context.home_days``) holds the days themselves, which give ``month`` and, where ``completed`` is withheld,
    a private ``_day`` (ISO) the life-events finding reads to tell one move from another."""
    from .shipping import place_text

    days = days or {}
    value = getattr(home, "value", None)
    if not isinstance(value, dict):
        return []
    out: list[dict[str, Any]] = []
    moved = value.get("moved")
    periods = [p for p in moved.get("periods") or () if isinstance(p, dict)] if isinstance(moved, dict) else []
    if len(periods) > 2:
        # every switch between the home's periods is a move (T30B M4: Lisbon → Berlin → Toronto gave only the
        # last), a stay abroad (stays.py: under a year, back to the same country) one event, not two moves
        out = _period_events(moved, periods, days)
    # the rule reads the days themselves (``days``), the value may hold a withheld night-time day
    elif isinstance(moved, dict) and moved.get("since") and moved.get("until") \
            and str(days.get("moved.until") or moved["until"]) <= str(days.get("moved.since") or moved["since"]):
        day = str(days.get("moved.since") or moved["since"])
        out.append({"type": "move", "month": day[:7], "start": moved["until"],
                    "completed": moved["since"], "sensitive": None, "basis": "home finding",
                    "from": moved.get("from"), "to": moved.get("to"),
                    # a move seen in orders shipped and billed abroad after the logins' country (moves._moved_by_orders)
                    "seen_in": moved.get("seen_in") or "login countries"}
                   | ({"_day": day} if day != str(moved["since"]) else {})
                   | _start_month(moved["until"], days.get("moved.until")))
    ship = value.get("shipping")
    earlier = ship.get("earlier") if isinstance(ship, dict) else None
    if isinstance(earlier, dict) and earlier.get("last") and ship.get("first") and not earlier.get("interleaved") \
            and str(days.get("earlier.last") or earlier["last"]) <= str(days.get("shipping.first") or ship["first"]):
        # interleaved addresses (the old town's last order after the new one's first) date no move: a move
        # "between 2024-07-13 and 2024-07-02" was listed (T29C M7); an end never precedes its start
        start, completed = str(earlier["last"]), str(ship["first"])
        day = str(days.get("shipping.first") or completed)
        if not any(abs((date.fromisoformat(str(m.get("_day", m["completed"]))[:10]) - date.fromisoformat(day)).days)
                   <= SAME_MOVE_DAYS for m in out if m["type"] == "move"):
            out.append({"type": "move", "month": day[:7], "start": start, "completed": completed,
                        "sensitive": None, "basis": "home finding",
                        "from": place_text((earlier.get("country"), earlier.get("region"), earlier.get("city"))),
                        "to": place_text((ship.get("country"), ship.get("region"), ship.get("city"))),
                        "seen_in": "shipping addresses"} | ({"_day": day} if day != completed else {})
                       | _start_month(start, days.get("earlier.last")))
    return [_near_window(e) for e in out]


def _near_window(event: dict[str, Any]) -> dict[str, Any]:
    """A home move whose ``start`` or ``completed`` is withheld near a night-time move (``sensitive.near_months``:
    "withheld (near a night-time move) Jun–Aug 2026 17:00") with its ``month`` and ``start_month`` the window's
    ("2026-06/2026-08"), never the day's own month (WINDOW62: "a move between Jul 2026 (day withheld: near …) and
    Jul 2026" beside the window said the night's month finer than the window); other events unchanged."""
    start, done = near_months(event.get("start")), near_months(event.get("completed"))
    if start is None and done is None:
        return event
    window = (done or start)[1]  # type: ignore[index]
    return event | {"month": window} | ({"start_month": start[1]} if start is not None else {})


def _period_events(moved: dict[str, Any], periods: list[dict[str, Any]],
                   days: Mapping[str, str | None]) -> list[dict[str, Any]]:
    """The moves and stays abroad of a home's history of three or more periods, oldest first: a move per switch
    between two periods (from the earlier one's last day to the next one's first, as the home gives them; the days
    themselves from ``days``' ``period.<i>.from``/``until``), except the switches into and out of a stay abroad,
    which are one ``{type: "stay_abroad", month, start, completed (months), country, months, from (the home)}``."""
    out: list[dict[str, Any]] = []
    if moved.get("seasonal"):
        return out  # two homes by season (T31B S1): the yearly switches between them are no life events
    seen_in = moved.get("seen_in") or "login countries"
    for i, p in enumerate(periods):
        if p.get("stay_abroad"):
            stay = p["stay_abroad"]
            out.append({"type": "stay_abroad", "month": stay["from"], "start": stay["from"],
                        "completed": stay["until"], "sensitive": None, "basis": "home finding",
                        "country": p.get("country"), "months": stay.get("months"),
                        "from": periods[i - 1].get("country"), "seen_in": seen_in,
                        "_day": str(days.get(f"period.{i}.from") or f"{stay['from']}-01")})
            continue
        if i == 0 or periods[i - 1].get("stay_abroad"):
            continue
        before = periods[i - 1]
        until = str(days.get(f"period.{i - 1}.until") or before.get("until"))
        day = str(days.get(f"period.{i}.from") or p.get("from"))
        if until > day:
            continue  # an end never precedes its start (T29C M7)
        out.append({"type": "move", "month": day[:7], "start": before.get("until"), "completed": p.get("from"),
                    "sensitive": None, "basis": "home finding", "from": before.get("country"),
                    "to": p.get("country"), "seen_in": seen_in}
                   | ({"_day": day} if day != str(p.get("from")) else {})
                   | _start_month(before.get("until"), until))
    return out


def _start_month(said: Any, real: Any) -> dict[str, str]:
    """``{"start_month": "2024-01"}`` where a move's ``start`` is withheld (its record at night, without
    --include-sensitive) and its real day ``real`` is known, else ``{}``: the sentence says the month (T33B L1;
    the ``month`` field is the completed day's)."""
    if not str(said).startswith(TIME_WITHHELD) or not isinstance(real, str) or len(real) < 7:
        return {}
    return {"start_month": real[:7]}


def _first_day(event: dict[str, Any]) -> date:
    """The first day a listed event's ``start`` can mean ("2024" → 2024-01-01, "2024-05" → 2024-05-01)."""
    said = event.get("start")
    if str(said).startswith(TIME_WITHHELD):  # a withheld day: its month (NEAR61), the event's where none is kept
        said = event.get("start_month") or event.get("month")
    # a window's months ("2026-06/2026-08", WINDOW62): its first
    parts = [int(p) for p in str(said or event.get("month")).partition("/")[0][:10].split("-")]
    return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def _near(event: dict[str, Any], when: date) -> bool:
    """Whether a listed life event (its ``start`` day or month) lies within :data:`SAME_MOVE_DAYS` of ``when``."""
    text = str(event.get("start") or event.get("month") or "")
    try:
        day = date.fromisoformat(text[:10]) if len(text) >= 10 else date.fromisoformat(text[:7] + "-01")
    except ValueError:
        return False
    return abs((day - when).days) <= SAME_MOVE_DAYS


POSTS_FIRST_PERSON = "own posts (first person)"  # lifeposts' basis


def life_events_sentence(value: list[dict[str, Any]]) -> str:
    """The life-events finding's sentence: "a move around Mar 2023" for an event with purchases or searches on its
    trail, "posts mention a wedding around May 2023" for one resting on posts alone (whose it is is unclear)."""
    return "; ".join(part for _, part in _life_parts(value))


#: the subject and verb each inferred event's phrase takes as a sentence of its own (:func:`life_events_said`)
_LIFE_LEADS = {"records": "Your records point to", "guess": "Your records hint at", "own": "Your own posts tell of",
               "posts": "Your posts mention"}


def life_events_said(value: list[dict[str, Any]]) -> str:
    """The inferred life events as whole sentences, for the finding's summary and the at-a-glance line (WORD60,
    T57B: "A move around May 2022." and "Perhaps a new pet around May 2021." had no verb): "Your records point to a
    move around May 2022.", "Your records hint at a new pet around May 2021." (a guess), "Your own posts tell of
    graduation 21 Jan 2024 (your post).", "Your posts mention a wedding around Feb 2023." (posts alone, whose event
    it is unclear); the events of one lead in one sentence, in their order; ``""`` without any."""
    groups: dict[str, list[str]] = {}
    for lead, part in _life_parts(value):
        if lead == "posts":
            part = part.removeprefix("posts mention ")
        elif part.startswith("perhaps "):
            lead, part = "guess", part.removeprefix("perhaps ")
        elif part.startswith(("stay abroad ", "move from ")):  # the home finding's: a noun without its article
            part = f"a {part}"
        groups.setdefault(lead, []).append(part)
    said = []
    for lead, parts in groups.items():
        # two joined by "and", unless one holds an "and" of its own ("between May 2024 and Jun 2024"): then by ";"
        plain = len(parts) == 2 and not any(" and " in p for p in parts)
        said.append(f"{_LIFE_LEADS[lead]} {and_list(parts) if plain else '; '.join(parts)}.")
    return " ".join(said)


def _life_parts(value: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """Each inferred event as :func:`life_events_sentence` says it, in the value's order, with what it rests on
    (:data:`_LIFE_LEADS`' key: "own" a post of the person's own, "posts" posts alone, else "records")."""
    parts = []
    for v in value:
        if v.get("type") == "stay_abroad":  # a semester or secondment abroad (stays.py), as the home names it
            months = v.get("months") or 1
            parts.append(("records", f"stay abroad in {_place(v.get('country'))}, {_month(v['start'])} – "
                          f"{_month(v['completed'])} ({months} month{'s' if months != 1 else ''}; the home finding: "
                          f"{v.get('seen_in')})"))
        elif v.get("basis") == "home finding":  # a move the home finding describes (T26A M6)
            # a withheld bound by its month (T33B L1: "between Sun 23:30, date withheld (…) and Wed 23:30, …")
            parts.append(("records", f"move from {_place(v.get('from'))} to {_place(v.get('to'))} between "
                          f"{iso_words(spoken_bound(v.get('start'), v.get('start_month')))} and "
                          f"{iso_words(spoken_bound(v.get('completed'), v.get('month')))} (the home finding: "
                          f"{v.get('seen_in')})"))
        elif v.get("basis") == POSTS_FIRST_PERSON:
            # a night-time post's day withheld without --include-sensitive: "graduation Fri 23:40, date withheld …"
            # … one near an undated switch by its month (``start_month``: NEAR61)
            day = spoken_bound(v["start"], v["start_month"]) if v.get("start_month") else spoken(v["start"])
            parts.append(("own", f"{POST_LIFE_KINDS[v['type']][0]} {iso_words(day)} (your post"
                          + (f", {v['posts']} in all)" if v.get("posts", 1) > 1 else ")")))
        elif v.get("basis") == "posts only":
            parts.append(("posts",
                          f"posts mention {_EVENT_WORDS.get(v['type'], v['type'])} around {_month(v['month'])}"))
        else:  # "a new pet", never "new_pet"; a new baby's reading said ("nappy size 1 from Mar 2024, after …")
            parts.append(("records", f"{event_words(v['type'])} around {_month(v['month'])}"
                          + (f" ({v['why']})" if v.get("why") else "")))
    return parts


def event_words(kind: Any) -> str:
    """An inferred event's kind as a sentence says it before "around May 2022" (T56C 6: "Move around 2022-05.", "A
    new pet? around 2021-07." at a glance): a guess ("a new pet?", :func:`~dataexam.categories.life_event_label`)
    as "perhaps a new pet", a bare noun with its article ("move" → "a move")."""
    label = life_event_label(kind)
    if label.endswith("?"):
        return f"perhaps {label[:-1]}"
    return label if label.startswith(("a ", "an ")) else f"{'an' if label[:1] in 'aeiou' else 'a'} {label}"


def _place(where: Any) -> str:
    """A login country's code as the home finding names it in a sentence ("PT" → "Portugal", "NL" → "the
    Netherlands": :func:`~.gazetteer.country_in_text`, WORD57); a town ("Berlin, Germany") as it is."""
    text = str(where)
    return gazetteer.country_in_text(text) if len(text) == 2 and text.isupper() else text


def _month(ym: str) -> str:
    """``"2023-01"`` → ``"Jan 2023"``, a window near a night-time move ``"2026-06/2026-08"`` → ``"Jun–Aug 2026"``
    (WINDOW62; anything else unchanged)."""
    if "/" in str(ym):
        return sensitive_month_words(ym) or str(ym)
    try:
        return datetime.strptime(str(ym)[:7], "%Y-%m").strftime("%b %Y")
    except ValueError:
        return str(ym)


def _window_months(gate: NightGate) -> Any:
    """A function saying a household run's months (``child_signals``, a child's run: ``first``, ``last``,
    ``born_from``, ``born_to``, ``diaper_sizes``' months; ISO "YYYY-MM") by the window about a switch the gate
    undated where they lie in it, "2026-06/2026-08" (WINDOW65, T59D 7: "46 baby purchases (Jul 2026 – Mar 2027)"
    beside "moved … Jun–Aug 2026": the first nappies bought two weeks after the move, their month moved with the
    night); an age read from such a month (``approx_age_months_at_last``) is not said. A new dict; unchanged
    where nothing lies in a window (or with --include-sensitive)."""

    def said(month: Any) -> Any:
        if not isinstance(month, str) or len(month) != 7:
            return month
        try:
            w = gate.window(date.fromisoformat(f"{month}-01"), None)
        except ValueError:
            return month
        return month if w is None else window_month(w)

    def apply(run: dict[str, Any]) -> dict[str, Any]:
        out = dict(run)
        moved = False
        for key in ("first", "last", "born_from", "born_to"):
            if key in out and said(out[key]) != out[key]:
                out[key], moved = said(out[key]), True
        if out.get("diaper_sizes"):
            rows = [[said(m), z] for m, z in out["diaper_sizes"]]
            moved = moved or rows != out["diaper_sizes"]
            out["diaper_sizes"] = [list(r) for r in dict.fromkeys(tuple(r) for r in rows)]
        if moved and "approx_age_months_at_last" in out:
            out["approx_age_months_at_last"] = None
        return out

    return apply


def household_sentence(value: dict[str, Any], month: Any = _month) -> str:
    """The household finding's sentence, one wording in JSON and every renderer (they pass their own ``month``
    formatter): "Your orders include 4 baby purchases (Jan 2023 – Mar 2024) and 3 pet purchases (all for a dog)."
    The JSON said "baby purchases over 0 months" where the renderers said "(Jan 2023)" (the twenty-fifth pass's
    second tester, L2); ``""`` when there is neither."""
    parts = []
    child = value.get("child_signals")
    if isinstance(child, dict) and child.get("baby_items"):
        when = month(f"{child['first']}-01") if child.get("first") else ""
        if child.get("last") and child.get("last") != child.get("first"):
            when += f" – {month(str(child['last']) + '-01')}"
        n = child["baby_items"]
        said = count_phrase(n, "baby purchase")  # "1 baby purchase" (WORD60, T57B L2: "1 baby purchases")
        parts.append(f"{said} ({when})" if when else said)
        sizes = [int(s[1]) for s in child.get("diaper_sizes") or [] if isinstance(s, (list, tuple)) and len(s) == 2]
        beyond = value.get("more_than_one_household")
        if sizes and isinstance(beyond, dict):
            # a shop's stock (T31D M2): the sizes are its range, no child's progression
            steps = list(dict.fromkeys(sorted(sizes)))
            parts[-1] += (f", nappy size{'s' if len(steps) > 1 else ''} {', '.join(map(str, steps))} — more than "
                          f"one household's use ("
                          f"{count_phrase(int(beyond.get('a_month') or 0), 'nappy', 'nappies')} a month"
                          + (f", {count_phrase(beyond['sizes_at_once'], 'size')} in one month" if
                             int(beyond.get("sizes_at_once") or 0) >= SIZES_AT_ONCE else "")
                          + "), no child's age read")
            sizes = []
        kids = child.get("children") or []
        if len(kids) > 1 and not isinstance(beyond, dict):
            # one run per child (household.py; T32B M9): each with its own sizes, months and age
            parts[-1] += f" for {_COUNT_WORDS.get(len(kids), str(len(kids)))} children: " + _children_words(kids, month)
            sizes = []
        if sizes:
            steps = list(dict.fromkeys(sorted(sizes)))
            last = steps[-1]
            lo, hi = NAPPY_SIZE_MONTHS.get(last, (0, None))
            ages = f"{lo}–{hi} months" if hi is not None else f"{count_phrase(lo, 'month')} or more"
            # one size is said once (T56C 6: "nappy size 1 (size 1 fits a child of about 0–2 months)")
            parts[-1] += (f", nappy sizes {' → '.join(map(str, steps))} (size {last} fits a child of about {ages}"
                          if len(steps) > 1 else f", nappy size {last} (fits a child of about {ages}")
            if steps[0] == 1 and (child.get("approx_age_months_at_last") or 0) >= 1:
                # size 1 is a newborn's: the first baby purchase dates the birth within a month or two
                parts[-1] += (f"; about {count_phrase(child['approx_age_months_at_last'], 'month')} old by the last "
                              "purchase")
            parts[-1] += ")"
    pets = value.get("pets")
    if isinstance(pets, dict) and pets:
        parts.append(_pet_words(pets))
    if not parts:
        return ""
    return "Your orders include " + (", ".join(parts[:-1]) + f" and {parts[-1]}" if len(parts) > 1 else parts[0]) + "."


def _pet_words(pets: dict[str, Any]) -> str:
    """The pet purchases as the household sentence says them, by animal where the product names one
    (``{"dog": 17, "pet": 1}`` → ``"18 pet purchases (17 for a dog)"``; T56C 6: "pet purchases (dog (17) and pet
    (1))" nested brackets and called a pet's kind "pet")."""
    total = sum(int(n) for n in pets.values() if isinstance(n, (int, float)))
    animals = {k: n for k, n in pets.items() if k != "pet" and isinstance(n, (int, float)) and n}
    said = f"{total:,} pet {'purchase' if total == 1 else 'purchases'}"
    if not animals:
        return said
    if len(animals) == 1 and next(iter(animals.values())) == total:
        return f"{said} (all for a {next(iter(animals))})"
    return said + " (" + " and ".join(f"{int(n):,} for a {k}" for k, n in
                                      sorted(animals.items(), key=lambda kv: (-kv[1], kv[0]))) + ")"


_COUNT_WORDS = {2: "two", 3: "three", 4: "four"}
_ORDINALS = {1: "a second", 2: "a third", 3: "a fourth"}


def _fits(child: dict[str, Any]) -> str:
    """The age a child's last purchase fits: "size 5 fits a child of about 20–48 months" (a nappy size), "about 6–12
    months" (a formula stage's or a garment's band); ``""`` without one."""
    band = child.get("last_band")
    if child.get("sizes") and "nappy" in (child.get("lines") or ()):
        last = int(child["sizes"][-1]) if child["sizes"] else None
        lo, hi = NAPPY_SIZE_MONTHS.get(last, (0, None)) if last is not None else (0, None)
        ages = f"{lo}–{hi} months" if hi is not None else f"{count_phrase(lo, 'month')} or more"
        return f"size {last} fits a child of about {ages}"
    if isinstance(band, (list, tuple)) and len(band) == 2:
        return f"about {band[0]}–{band[1]} months"
    return ""


def _children_words(kids: list[dict[str, Any]], month: Any = _month) -> str:
    """Two or more children's runs (:func:`.household.read_children`) as the household sentence says them: "sizes
    1 → 5, Feb 2021 – May 2023 (size 5 fits a child of about 20–48 months; about 27 months old by its last
    purchase), and a second child's sizes 1 → 2 since Mar 2024 (…; about 8 months old by the last purchase)"."""
    last_month = max(str(c.get("last")) for c in kids)
    said = []
    for i, c in enumerate(kids):
        youngest = i == len(kids) - 1
        when = (f"since {month(str(c['first']) + '-01')}" if youngest and c.get("last") == last_month
                and c.get("first") != c.get("last") else
                f"{month(str(c['first']) + '-01')} – {month(str(c['last']) + '-01')}")
        details = [d for d in (_fits(c),) if d]
        age = c.get("approx_age_months_at_last")
        if isinstance(age, int):
            details.append(f"about {count_phrase(age, 'month')} old by "
                           f"{'the' if c.get('last') == last_month else 'its'} last purchase")
        what = household.run_words(c)
        lead = what if i == 0 else f"{_ORDINALS.get(i, 'another')} child's {what}"
        said.append(f"{lead}, {when}" + (f" ({'; '.join(details)})" if details else ""))
    return ", ".join(said[:-1]) + f" and {said[-1]}"


def _names(labels: list[str], detail: bool) -> str:
    if detail or len(labels) < 2:
        return "; ".join(labels)
    return ", ".join(labels[:-1]) + f" and {labels[-1]}"


def _era_years(rows: list[dict[str, Any]]) -> str:
    """The span of the rows' ``years`` ("2012–2014"), or ``""``."""
    spans = [str(r.get("years") or "") for r in rows if r.get("years")]
    years = [int(y) for span in spans for y in span.split("–")]
    return year_span(min(years), max(years)) if years else ""


#: the signal of a liked tweet (X's like.js): someone else's words the person chose to like
LIKED = SIGNALS["twitter.like"][0]


def _main_signal(row: dict[str, Any]) -> str | None:
    """The signal an interests row rests on most (its ``signals``' largest), or None."""
    sig = row.get("signals")
    return max(sig, key=sig.__getitem__) if isinstance(sig, dict) and sig else None


def interests_sentence(rows: list[dict[str, Any]], detail: bool = False) -> str:
    """The interests finding's sentence from its rows, one wording in JSON and every renderer: "Your records point to
    running, work and home."; where the records reach back before the recent years (rows' ``era``: T29C M4) "Since
    2022, your records point to running. Earlier, 2012–2014: gaming and music."; with nothing recent, "Your records
    point to gaming and music, in 2012–2014; nothing since 2022 stands out." ``detail``: each category with the two
    signals it rests most on ("gardening (words in own posts ×59); finance (retweeted post ×306)"); ``""`` without
    rows. Categories resting mostly on liked tweets are said so once: "tweets you liked point to music, hiking and
    gaming" where all the named ones do, "your records point to music and cooking, and tweets you liked to fashion
    and outdoors" where two or more do (WORD61: seed 4's "music (liked tweets), hiking (liked tweets), gaming (liked
    tweets), movies and books (liked tweets)"), one alone with its bracket ("cooking and sports (liked tweets)")."""
    rows = [r for r in rows if isinstance(r, dict) and r.get("category")]

    def named(r: dict[str, Any], liked_said: bool) -> str:
        sig = r.get("signals")
        if not detail:  # a category resting mostly on retweets says so: their words are their authors' (T29C M2)
            main = _main_signal(r)
            return category_label(r["category"]) + (" (retweets)" if main == RETWEET[0] else
                                                    " (liked tweets)" if main == LIKED and not liked_said else "")
        what = ", ".join(f"{s_} ×{k}" for s_, k in list(sig.items())[:2]) if isinstance(sig, dict) else ""
        return f"{category_label(r['category'])} ({what})" if what else category_label(r["category"])

    def pointed(group: list[dict[str, Any]]) -> str:
        # rows resting mostly on liked tweets are others' words the person chose to like, not "your records" (T31B X1:
        # 40,000 likes and no tweet: "Your records point to cycling and cooking")
        liked = [r for r in group if _main_signal(r) == LIKED]
        if liked and len(liked) == len(group):
            return f"tweets you liked point to {_names([named(r, True) for r in group], detail)}"
        if len(liked) < 2 or detail:
            return f"your records point to {_names([named(r, False) for r in group], detail)}"
        own = [named(r, False) for r in group if _main_signal(r) != LIKED]
        return (f"your records point to {_names(own, detail)}, and tweets you liked to "
                f"{_names([named(r, True) for r in liked], detail)}")

    def earlier(group: list[dict[str, Any]]) -> str:
        # the earlier era's categories with their liked tweets said as the recent ones' are (WORD62, T58D: "Earlier,
        # 2012–2014: gaming and books." where only liked tweets pointed to them)
        if detail:  # the earlier era by its categories alone, each resting on others' words said so
            return ": " + _names([category_label(r["category"]) + (
                " (retweets)" if _main_signal(r) == RETWEET[0] else " (liked tweets)" if _main_signal(r) == LIKED
                else "") for r in group], False)
        said = pointed(group)
        mine = "your records point to "
        return f": {said[len(mine):]}" if said.startswith(mine) else f", {said}"

    now = [r for r in rows if r.get("era") != "earlier"][:5]
    before = [r for r in rows if r.get("era") == "earlier"][:3]
    if not now and not before:
        return ""
    first = next((r for r in rows if r.get("since")), None)
    # the month the recent records really begin where it is not January of the window's first year (T32A L2)
    since = month_words(first.get("since_month"), first["since"]) if first is not None else None
    if not now:
        later = f"; nothing since {since} stands out" if since else ""
        said = pointed(before)
        return f"{said[:1].upper()}{said[1:]}, in {_era_years(before)}{later}."
    said = f"{pointed(now)}."
    if not before:
        return f"Since {since}, {said}" if since else f"{said[:1].upper()}{said[1:]}"
    return f"Since {since}, {said} Earlier, {_era_years(before)}{earlier(before)}."


def _event_day(e: dict[str, Any]) -> date | None:
    """A keyword rule's event's first day (``_day`` or an ISO ``start``), or None where it is withheld or absent."""
    try:
        return date.fromisoformat(str(e.get("_day") or e.get("start"))[:10])
    except ValueError:
        return None


class _Tallies(NamedTuple):
    """:class:`InterestAggregator`'s per-category counters (over the records of some years)."""

    counts: Counter[str]
    scores: Counter[str]
    own_scores: Counter[str]  # the score without OTHERS_SIGNALS (retweets): ranked first
    signals: dict[str, Counter[str]]
    services: dict[str, Counter[str]]
    kinds_seen: dict[str, Counter[str]]
    years: dict[str, Counter[int]]  # records per calendar year (0: undated)


#: records a life-event rule keeps to read again once a shared account's orders are known (the records matching one
#: of its groups only, a few per UTC day and reading); past it the rule's first reading stands
#: (:meth:`_LifeRule.replay`)
LIFE_LOG_CAP = 20_000


_YOUNG_PET = re.compile(r"\b(?:kittens?|pupp(?:y|ies)|junior|welpen?|chaton|cachorro)\b", re.IGNORECASE)
_DOG = re.compile(r"\b(?:dogs?|pupp(?:y|ies)|canine|hunde?|chien|perro)\b", re.IGNORECASE)
_CAT = re.compile(r"\b(?:cats?|kittens?|feline|katzen?|chat|chaton|gato)\b", re.IGNORECASE)


def pet_food(text: str) -> tuple[str, bool] | None:
    """(animal, young) of a pet's food as the new-pet rule's first group reads it: ("cat", False) for "Felix Cat
    Food Pouches", ("cat", True) for "kitten food", ("dog", True) for "puppy food"; None where no animal is named."""
    animal = "dog" if _DOG.search(text) else "cat" if _CAT.search(text) else None
    return None if animal is None else (animal, _YOUNG_PET.search(text) is not None)


class _LifeRule:
    """Progress of one LIFE_EVENT_RULES sequence: group 1, then later groups in order, in a window.

    Each record matching a group is also logged (up to :data:`LIFE_LOG_CAP`) with what the groups said of it, so that
    :meth:`replay` can read the sequence again without a shared account's orders (:mod:`.sharedaccount`, known only
    at the end). Of records alike — one UTC day, post or not, order bin (UTC quarter-hour), and the same groups read —
    only as many are logged as can change the reading: one per group read, and two more when the first group is among
    them (the first group's trail holds three); the log grows with the days covered, never with the records in them.
    The log starts at the first timed order item a group reads (the reading up to it is the same either way: its state
    then is kept as :attr:`before`); a rule no order item reached logs nothing."""

    __slots__ = ("alike", "before", "done", "groups", "kinds", "last", "log", "name", "pets", "stage", "start", "trail",
                 "unsure", "window")

    def __init__(self, name: str, groups: tuple[tuple[str, ...], ...]) -> None:
        self.name = name
        self.groups = [_group_rx(g) for g in groups]
        self.window = LIFE_WINDOW_DAYS.get(name, 365)
        self.log: list[tuple[Any, ...]] | None = []
        self.alike: Counter[tuple[Any, ...]] = Counter()
        # (stage, start, trail, kinds, done, last, pets, unsure) at the first order logged
        self.before: tuple[Any, ...] | None = None
        self._reset()
        self.done: list[dict[str, Any]] = []
        self.last: datetime | None = None  # the last record a group read as the person's own (a refill's time)
        # new_pet: the (animal, young) whose food began or refilled an event (T32B L5: at most 2 × 2), and why the
        # event in progress is unsure (kitten food after adult cat food)
        self.pets: set[tuple[str, bool]] = set()
        self.unsure: str | None = None

    def _reset(self) -> None:
        self.stage = 0
        self.start: datetime | None = None
        self.trail: list[EvidenceItem] = []
        self.kinds: set[str] = set()  # the kinds of record on the trail (posts only: whose event is unclear)

    def feed(self, event: Event, text: str) -> None:
        t = event.time
        if t is None:
            return
        hits = [g.search(text) is not None for g in self.groups]
        if not any(hits):
            return  # a record no group reads changes nothing (a window past is seen by the next one read)
        written = event.kind in WRITTEN_KINDS
        # someone else's event ("Anna and Tom's honeymoon", "Her new sofa", a guest's congratulations)
        others = tuple(h and about_others(text, g, written=written) for h, g in zip(hits, self.groups, strict=True))
        pet = pet_food(text) if self.name == "new_pet" and hits[0] else None
        step = (t, event.kind, tuple(hits), others, EvidenceItem.of(event), sharedaccount.order_bin(event), pet)
        if self.before is None and step[5] is not None:
            self.before = (self.stage, self.start, list(self.trail), set(self.kinds), list(self.done), self.last,
                           set(self.pets), self.unsure)
        if self.log is not None and self.before is not None:
            sig = (t.astimezone(UTC).date(), event.kind in POST_KINDS, step[2], others, step[5])
            if self.alike[sig] < sum(hits) + 2 * hits[0]:
                self.alike[sig] += 1
                self.log.append(step)
                if len(self.log) > LIFE_LOG_CAP:
                    self.log, self.alike = None, Counter()
        self._step(step)

    def _step(self, step: tuple[Any, ...]) -> None:
        t, kind, hits, others, item, _when, pet = step
        # N9 (T31C): an event's purchases go on after it (a cat's food every month, a baby's nappies): a record of
        # the rule within its window of the last one is a refill of the same event, never a new one; a new event of
        # the kind needs its first group's purchase after a quiet window (first food after none for a long time)
        quiet = self.last is None or (t - self.last).days > self.window
        if any(h and not o for h, o in zip(hits, others, strict=True)):
            self.last = t
        if self.start is not None and (t - self.start).days > self.window:
            self._reset()
        if self.stage > 0 and self.stage < len(self.groups) and hits[self.stage]:
            if others[self.stage]:
                return
            self.trail.append(item)
            self.kinds.add(kind)
            self.stage += 1
            if self.stage == len(self.groups):
                self.done.append({"type": self.name, "month": self.start.strftime("%Y-%m"),  # type: ignore[union-attr]
                                  "start": self.start.date().isoformat(),  # type: ignore[union-attr]
                                  "completed": t.date().isoformat(), "_evidence": list(self.trail),
                                  "_kinds": frozenset(self.kinds)}
                                 | ({"why": self.unsure, "unsure": True} if self.unsure else {}))
                self._reset()
            return
        if self.stage == 0 and hits[0]:
            if others[0]:
                return
            unsure = None
            if pet is not None and self.done:
                # T32B L5: a pet's food again after a gap (bought elsewhere meanwhile) is the same pet's refill; only
                # another animal's food starts a new pet, gap or not, and a young one's food after the same
                # animal's adult food may (a kitten, or the cat's food changed: unsure)
                animal = pet[0]
                if pet in self.pets or (animal, True) in self.pets:
                    return
                if (animal, False) in self.pets:
                    unsure = (f"{'kitten' if animal == 'cat' else 'puppy'} food after adult {animal} food: a new "
                              f"{'kitten' if animal == 'cat' else 'puppy'}, or the same {animal}'s food changed")
            elif self.done and not quiet:
                return  # still the same event (more prenatal vitamins after the baby items, the cat's next food)
            if pet is not None:
                self.pets.add(pet)
            self.unsure = unsure
            self.stage, self.start, self.trail, self.kinds = 1, t, [item], {kind}
        elif self.stage == 1 and hits[0] and len(self.trail) < 3:
            if others[0]:
                return
            self.trail.append(item)
            self.kinds.add(kind)

    def replay(self, ctx: Context, shared: dict[str, Any] | None) -> int:
        """Read the logged records again without a shared account's apart orders; the number left out (0, and the
        first reading kept, when none was or the log overflowed)."""
        if not shared or self.log is None or self.before is None:
            return 0
        keep = [s for s in self.log if s[5] is None or not sharedaccount.is_apart(ctx, shared, *s[5])]
        if len(keep) == len(self.log):
            return 0
        stage, start, trail, kinds, done, last, pets, unsure = self.before
        self.stage, self.start, self.trail, self.kinds, self.done = stage, start, list(trail), set(kinds), list(done)
        self.last, self.pets, self.unsure = last, set(pets), unsure
        for step in keep:
            self._step(step)
        return len(self.log) - len(keep)


class InterestAggregator(Aggregator):
    """Interests, sensitive-signal inventory, life events and household signals."""

    name = "interests"
    kinds = INTEREST_KINDS | LIFE_KINDS | DECLARED_KINDS
    categorised_kinds = INTEREST_KINDS

    def __init__(self) -> None:
        # records per (category, signal, service, kind, year), in the order first seen: one count per record and
        # category, from which the per-category counters below are derived when read (issue 16: five
        # counters updated per record and category were a tenth of a report on an archive of X likes); the year
        # (0: undated) lets today's interests read the recent years (textrules.RECENT_YEARS; T29C M4)
        self.tally: Counter[tuple[str, str, str, str, int]] = Counter()
        self._derived: dict[tuple[int, int | None, int | None], _Tallies] = {}
        self.last_year = 0  # the latest year of a dated interest record
        self.months = YearMonths()  # first and last month of a categorised record per year (T32A L2)
        # distinct texts per (category, year): a word signal's text, any other record itself (textrules)
        self.distinct = DistinctTexts()
        self.seen_kinds = 0  # records of an interest kind at all (to tell "none" from "not in the inputs")
        self.terms: dict[str, Counter[str]] = defaultdict(Counter)
        # a timed order's terms and digests by its UTC time, so that a shared account's orders leave them at the end
        # (SHARED3's leftover: the other person's words were among the terms): per (category, term, year, summer
        # half: April–October) the orders that counted it per UTC quarter-hour — one fixed array per key, read on
        # the half's middle day (15 July, 15 January: a DST change's own weeks may be read an hour off) — and per
        # (category, year) the UTC (day, quarter) of each order digest kept (at most DISTINCT_FOR_HIGH, as the
        # digests)
        self.order_terms: dict[tuple[str, str, int, bool], array] = {}
        self.order_digests: dict[str, dict[bytes, tuple[date, int]]] = {}
        # the first few examples per category, a shared account's orders set apart at the end (sharedaccount)
        self.ev: dict[str, OwnExamples] = defaultdict(OwnExamples)
        self.records = 0
        self.rules = [_LifeRule(name, groups) for name, groups in LIFE_EVENT_RULES.items()]
        self.declared = DeclaredLife()  # life events the person declared to Facebook (lifedeclared)
        self.post_life = PostLife()  # life events told in the first person in own posts (lifeposts)
        # household signals: baby purchases ("baby"), nappy sizes (("nappy", month, size)) and pet purchases
        # (("pet", animal)), counted so that a shared account's orders leave them at the end (sharedaccount: the
        # partner's night orders were her baby and pet purchases; T30C H6)
        self.house = sharedaccount.OrderCounts()
        self.nappy_keys = 0  # distinct (month, size) keys of nappies, formula and clothes, at most MAX_NAPPY_KEYS
        self.size_ev: dict[tuple[Any, ...], EvidenceItem] = {}  # each such key's first purchase (a child's evidence)
        self.children: list[dict[str, Any]] = []  # household.read_children at the end (finish)
        self.children_months: set[str] = set()  # the months whose sizes the children explain
        self.use = HouseholdUse()  # nappies per month: more than one household's use? (a shop's: T31D M2)
        self.pet_ev = OwnExamples(5)
        self.baby_ev = OwnExamples(5)
        self.shared: dict[str, Any] | None = None  # sharedaccount.read at the end
        self.life_apart = 0  # records the life-event rules read again without (the shared account's)
        self.addresses = OwnAddresses()
        # a shared account (sharedaccount, T30B M6): the timed order items per UTC day and quarter-hour, and those
        # counted under each tally key, so that the orders at hours the person is otherwise never active — known
        # only at the end, on the final zone's clock — leave the counts (bins per day, never a list per order)
        self.order_bins = DayBins()
        self.categorised_orders = DayBins()  # the timed order items with a category (``records``)
        self.order_tally: dict[tuple[str, str, str, str, int], DayBins] = {}
        self.orders_apart = 0  # order items at the person's quiet hours, left out at the end (finish)
        self.quoted = 0  # own posts with a category whose quoted words were left out (textrules.own_words)
        # ART59: union records resting on the person's yes to a question of being in the union whose answer goes on
        # after it (special_terms.union_answer_goes_on: "goes on", "taken back"), the union reading medium at most
        self.union_answers: Counter[str] = Counter()
        # Facebook group joins, counted at the end unless the group was left after (left_groups: name digest → the
        # latest time it was left, None undated)
        self.held_groups: list[Event] = []
        self.left_groups: dict[bytes, datetime | None] = {}
        # per group (name digest, ≤ MAX_HELD_GROUPS): whether its records so far, in time order, leave the person in
        # it — what a record whose action no wording read says (_group_turn)
        self.group_in: dict[bytes, bool] = {}
        self._replay = False
        self._undone = False
        self.subscriptions: set[bytes] = set()  # Subscribe & Save subscriptions counted once (≤ MAX_SUBSCRIPTIONS)

    def reads_others(self, kind: str) -> bool:
        """Of others' records, only likes are read (:meth:`consume`)."""
        return kind == "twitter.like"

    def consume(self, event: Event) -> None:
        kind = event.kind
        if kind != "twitter.like" and event.actor != "self":
            return
        if kind in ("facebook.post", "twitter.tweet"):
            self.post_life.feed(event)
        if event.kind in DECLARED_KINDS:
            self.declared.feed(event)
            if event.kind != "facebook.post":
                # profile facts and profile updates declare; they are no interest signal, but a declared religious
                # or political view, or whom the person is interested in, is a special-category signal (Art. 9)
                special = special_fact(kind, event.attrs)
                if special is not None and event.text:
                    self._profile_view(event, SENSITIVE_PREFIX + special)
                return
        tags = _hashtags(event)
        # someone else's words quoted in an own post (lyrics, a saying: textrules.own_words) are theirs, as topics and
        # mood read them; the person's own words around them, and the tags they chose, count
        words, quoted = (reading_of(event.text).own if kind in OWN_TAG_KINDS and event.text and not is_retweet(event)
                         else (None, False))
        text = _interest_text(event, tags, words)
        if not text:
            return
        if kind in LIFE_KINDS:
            for rule in self.rules:
                rule.feed(event, text)
        if kind not in INTEREST_KINDS:
            return
        self.seen_kinds += 1
        # a group left, an event declined, an account unfollowed: no choice for the topic (T34A M2); a group joined
        # and left later is no current interest either: the joins are held (bounded) and counted at the end, those
        # of a group left after them only for a special category (the membership still says it: Art. 9)
        down = (self._group_turn(event) if kind == "facebook.group" and not self._replay
                else turned_down(event)) or self._undone
        if kind == "facebook.group" and not self._replay:
            if down:
                if event.text and (len(self.left_groups) < MAX_HELD_GROUPS
                                   or text_digest(event.text) in self.left_groups):
                    name = text_digest(event.text)
                    when = self.left_groups.get(name)
                    if event.time is None or when is None or event.time > when:
                        self.left_groups[name] = event.time
            elif len(self.held_groups) < MAX_HELD_GROUPS:
                self.seen_kinds -= 1  # counted when replayed
                self.held_groups.append(event)
                return
        # a Subscribe & Save subscription is one choice, however many deliveries Amazon places on its schedule
        # (T34A M1: one snack subscription was "purchase ×24"): its later deliveries count no signal (their money
        # and the household's use still count); the subscriptions seen, by a hash of ASIN or product name, bounded
        repeat = False
        subscription = is_subscription_order(event)
        if subscription:
            sub = text_digest(str(event.attrs.get("asin") or "").strip().casefold() or text.casefold())
            if sub in self.subscriptions:
                repeat = True
            elif len(self.subscriptions) < MAX_SUBSCRIPTIONS:
                self.subscriptions.add(sub)
        retweet = is_retweet(event)
        signal, weight = RETWEET if retweet else SIGNALS[kind]
        cats: tuple[str, ...] | list[str] = categories_of(event.text if words is None else words)
        # a post or comment in a special-category group (Narcotics Anonymous, a diabetes group) counts under that
        # category whatever its words, as the membership does (sensitive.special_group: T31A M1)
        in_group = [c for c in special_group(event) if c not in cats]
        if in_group:
            cats = [*cats, *in_group]
        if down:
            cats = [c for c in cats if is_sensitive(c)]
        tag_cats: set[str] = set()
        if tags:
            tag_cats = set(categories_of(" ".join(_split_tag(t) for t in tags)))
            cats = list(dict.fromkeys([*cats, *sorted(tag_cats)]))
        # the order's hour, for a shared account's orders (read at the end: sharedaccount); a cancelled item is no
        # order placed, and a date only says nothing of the hour (as spending's late-night share reads them)
        # a Subscribe & Save delivery's hour is Amazon's schedule, not the person's (engine.platform_written)
        timed_order = (kind == "amazon.order_item" and event.time is not None and event.time_source in CLOCK_SOURCES
                       and not is_cancelled(event.attrs) and not subscription)
        if timed_order:
            u = event.time.astimezone(UTC)  # type: ignore[union-attr]
            day, quarter = u.date(), quarter_of(u)
            self.order_bins.add(day, quarter)
            if cats:
                self.categorised_orders.add(day, quarter)
        if cats and not repeat:
            self.records += 1
            self.quoted += quoted
            if UNION in cats:  # ART59: her yes to "not in the union?" that goes on after it
                said = special_terms.union_answer_goes_on((event.text if words is None else words).lower())
                if said is not None:
                    self.union_answers[said] += 1
            # the keywords each category matched in the text with its tags, idioms left out (one look-up for all
            # categories); a hashtag weighs as one only in the person's own posts (a liked tweet's tags: T25A M3)
            found = dict(interest_matches(text))
            own_tags = kind in OWN_TAG_KINDS and not retweet
            source = event.source
            tally = self.tally
            year = event.time.year if event.time is not None else 0
            if year > self.last_year:
                self.last_year = year
            if year:
                self.months.add(year, event.time.month)  # type: ignore[union-attr]
            digests: dict[bool, bytes] = {}  # the text's digest (word signals) or the record's (others)
            filled = self.distinct.filled  # the (category, year) keys that take no more digests
            OwnExamples.offer_each([self.ev[c] for c in cats], event)  # the examples: one call a record (PERF9)
            # every category under the record's one signal, no order's hour (a like, a search, most posts): the loop
            # below without its per-category branches, the tally counted in C (issue 16: the loop was a fifth of the
            # interests' time on an archive of likes)
            plain = not timed_order and not in_group and not (own_tags and tag_cats and weight < HASHTAG[1])
            if plain:
                self._tally_plain(cats, signal, source, kind, year, text, event, found)
            for c in () if plain else cats:
                sig = (IN_GROUP[0] if c in in_group
                       else HASHTAG[0] if own_tags and c in tag_cats and weight < HASHTAG[1] else signal)
                tally[c, sig, source, kind, year] += 1
                if timed_order:
                    bins = self.order_tally.get((c, sig, source, kind, year))
                    if bins is None:
                        bins = self.order_tally[c, sig, source, kind, year] = DayBins()
                    bins.add(day, quarter)
                # one line posted 111 times is one text; a purchase, search or like is a record of its own (its
                # time tells a monthly repeat order from a copy)
                # the digest is made only while the (category, year) still takes one, once per text and kind of
                # signal: digesting every like's text for each of its categories was ~9 % of a likes/DMs archive's
                # report (PERF7's profile)
                key = f"{c}\x00{year}"
                if key not in filled:
                    word = sig in WORD_SIGNALS
                    digest = digests.get(word)
                    if digest is None:
                        digest = digests[word] = text_digest(text if word else f"{text}\x00{event.time}")
                    self.distinct.add(key, digest)
                    if timed_order and digest in self.distinct.seen[key]:
                        self.order_digests.setdefault(key, {})[digest] = (day, quarter)
                terms = self.terms[c]
                for term in found.get(c, ()):
                    if term in terms or len(terms) < MAX_TERMS:
                        terms[term] += 1
                        if timed_order:
                            tkey = (c, term, day.year, 4 <= day.month <= 10)
                            by_q = self.order_terms.get(tkey)
                            if by_q is None:
                                by_q = self.order_terms[tkey] = array("I", bytes(4 * QUARTERS))
                            by_q[quarter] += 1
        if kind == "amazon.order_item":
            self._household(event, text, cats)

    def _profile_view(self, event: Event, category: str) -> None:
        """Count a view declared on the profile (``facebook.profile``, fact ``religious_view``, ``political_view``
        or ``interested_in``) under its ``sensitive:`` category, signal :data:`PROFILE_VIEW`."""
        self.records += 1
        self.tally[category, PROFILE_VIEW[0], event.source, event.kind, 0] += 1
        self.ev[category].offer(event)

    def _tallies(self, since: int | None = None, before: int | None = None) -> _Tallies:
        """The per-category counters of :attr:`tally` (records, weighted score, and records per signal,
        service, kind and year, each in the order first seen), worked out once per state and window: the records of
        years ``since`` ≤ year < ``before`` (either None: open; an undated record counts as recent, never as
        before), every record without either."""
        key = (self.records, since, before)
        got = self._derived.get(key)
        if got is not None:
            return got
        out = _Tallies(Counter(), Counter(), Counter(), defaultdict(Counter), defaultdict(Counter),
                       defaultdict(Counter), defaultdict(Counter))
        for (c, sig, source, kind, year), n in self.tally.items():
            if since is not None and year and year < since:
                continue
            if before is not None and (not year or year >= before):
                continue
            out.counts[c] += n
            # a hashtag, a profile view or a retweet weighs what HASHTAG, PROFILE_VIEW or RETWEET says, any other
            # signal its kind's weight (integers: sums are exact)
            weight = n * (_SIGNAL_WEIGHT[sig] if sig in (HASHTAG[0], PROFILE_VIEW[0], RETWEET[0])
                          else SIGNALS[kind][1])
            out.scores[c] += weight
            if sig not in OTHERS_SIGNALS:
                out.own_scores[c] += weight
            out.signals[c][sig] += n
            out.services[c][source] += n
            out.kinds_seen[c][kind] += n
            out.years[c][year] += n
        self._derived = {k: v for k, v in self._derived.items() if k[0] == self.records}
        self._derived[key] = out
        return out

    def distinct_texts(self, category: str, since: int | None = None) -> int:
        """Distinct texts behind ``category`` in the years from ``since`` (every year: None), up to
        :data:`.textrules.DISTINCT_FOR_HIGH`."""
        seen: set[bytes] = set()
        for key, digests in self.distinct.seen.items():
            c, _, year = key.partition("\x00")
            if c == category and (since is None or not int(year) or int(year) >= since):
                seen |= digests
        return min(len(seen), DISTINCT_FOR_HIGH)

    @property
    def counts(self) -> Counter[str]:
        """Records per category."""
        return self._tallies().counts

    @property
    def scores(self) -> Counter[str]:
        """Weighted score per category (:data:`SIGNALS` weights, hashtags :data:`HASHTAG`)."""
        return self._tallies().scores

    @property
    def signals(self) -> dict[str, Counter[str]]:
        """Records per category and signal name."""
        return self._tallies().signals

    @property
    def services(self) -> dict[str, Counter[str]]:
        """Records per category and service."""
        return self._tallies().services

    @property
    def kinds_seen(self) -> dict[str, Counter[str]]:
        """Records per category and kind."""
        return self._tallies().kinds_seen

    def _tally_plain(self, cats: Sequence[str], signal: str, source: str, kind: str, year: int, text: str,
                     event: Event, found: Mapping[str, Sequence[str]]) -> None:
        """:meth:`consume`'s loop over a record's categories where each counts under ``signal`` and the record is no
        timed order: the same counts, distinct-text digests and terms, in the same order."""
        self.tally.update([(c, signal, source, kind, year) for c in cats])
        filled = self.distinct.filled
        suffix = f"\x00{year}"
        digest: bytes | None = None
        all_terms = self.terms
        for c in cats:
            key = c + suffix
            if key not in filled:
                if digest is None:
                    digest = text_digest(text if signal in WORD_SIGNALS else f"{text}\x00{event.time}")
                self.distinct.add(key, digest)
            terms = all_terms[c]
            got = found.get(c)
            if got:
                if len(terms) + len(got) <= MAX_TERMS:  # every term is taken (MAX_TERMS' test below passes for each)
                    terms.update(got)
                else:
                    for term in got:
                        if term in terms or len(terms) < MAX_TERMS:
                            terms[term] += 1

    def _household(self, event: Event, text: str, cats: Sequence[str]) -> None:
        self.addresses.add(event.attrs, event.time.date() if event.time else None)  # gifts left out
        t = event.time
        if "baby" in cats and t is not None:
            self.house.add("baby", event)
            self.baby_ev.offer(event)
            if not is_cancelled(event.attrs):
                self.use.add(text, event.attrs.get("quantity"), t)
            # a sized purchase says the child's age then (household.py: one run per child, T32B M9): a nappy's
            # size, a formula's stage, a baby garment's age size
            month = t.strftime("%Y-%m")
            size = nappy_size(text)
            if size is not None and NAPPY.search(text):
                self._sized(("nappy", month, size), event)
            stage = household.formula_stage(text)
            if stage is not None:
                self._sized(("formula", month, stage), event)
            band = household.clothes_band(text)
            if band is not None:
                self._sized(("clothes", month, *band), event)
        if "pets" in cats:
            low = text.lower()
            animal = "dog" if ("dog" in low or "puppy" in low) else "cat" if ("cat" in low or "kitten" in low
                                                                              or "litter" in low) else "pet"
            self.house.add(("pet", animal), event)
            self.pet_ev.offer(event)

    def _sized(self, key: tuple[Any, ...], event: Event) -> None:
        """Count a sized baby purchase under ``key`` (("nappy", month, size), ("formula", month, stage), ("clothes",
        month, lo, hi)) while fewer than :data:`MAX_NAPPY_KEYS` keys are held, keeping its first purchase."""
        house = self.house
        known = key in house.bins or key in house.plain
        if not known and self.nappy_keys >= MAX_NAPPY_KEYS:
            return
        if not known:
            self.nappy_keys += 1
            self.size_ev[key] = EvidenceItem.of(event)
        house.add(key, event)

    def _bands(self, ctx: Context) -> list[household.Band]:
        """The sized baby purchases left after a shared account's apart orders, as :class:`household.Band`s."""
        out = []
        for k in self.house.keys():
            if not (isinstance(k, tuple) and k and k[0] in ("nappy", "formula", "clothes")):
                continue
            if not self.house.count(ctx, self.shared, k):
                continue
            if k[0] == "nappy":
                lo, hi = NAPPY_SIZE_MONTHS.get(k[2], (0, None))
                out.append(household.Band(k[1], "nappy", k[2], lo,
                                          hi if hi is not None else lo + household.OPEN_BAND_MONTHS))
            elif k[0] == "formula":
                lo, hi = household.FORMULA_STAGE_MONTHS[k[2]]
                out.append(household.Band(k[1], "formula", k[2], lo, hi))
            else:
                out.append(household.Band(k[1], "clothes", k[2], k[2], k[3]))
        return out

    def _read_children(self, ctx: Context) -> None:
        """:attr:`children` and :attr:`children_months` from the sized purchases (:mod:`.household`)."""
        self.children, self.children_months = household.read_children(self._bands(ctx))

    def _leave_out_apart(self, ctx: Context) -> None:
        """Take the order items placed at hours the person is otherwise never active (:func:`.sharedaccount.read`
        of the timed order items, on the final zone's clock) out of the counts and the evidence: someone else
        ordering on a shared account (T30B M6: the partner's games ranked "gaming" among her interests). Sets
        :attr:`orders_apart`; nothing changes where the orders' hours are the person's (a night owl)."""
        shared = self.shared = sharedaccount.read(ctx, self.order_bins.items())
        # the examples and the life-event rules: apart orders leave them (each keeps the first few of the rest)
        for examples in (*self.ev.values(), self.baby_ev, self.pet_ev):
            examples.settle(ctx, shared)
        self.life_apart = sum(rule.replay(ctx, shared) for rule in self.rules)
        if not shared:
            return
        self.orders_apart = shared["orders_apart"]

        def apart(bins: DayBins) -> int:
            return sum(c for d, q, c in bins.items() if sharedaccount.is_apart(ctx, shared, d, q))

        for key, bins in self.order_tally.items():
            n = apart(bins)
            if n:
                left = self.tally[key] - n
                if left > 0:
                    self.tally[key] = left
                else:
                    del self.tally[key]
        self.records -= apart(self.categorised_orders)
        # the other person's words leave the terms, their orders the distinct records behind a category
        for (c, term, year, summer), by_q in self.order_terms.items():
            mid = date(year, 7, 15) if summer else date(year, 1, 15)
            n = sum(by_q[q] for q in compress(range(QUARTERS), by_q) if sharedaccount.is_apart(ctx, shared, mid, q))
            if n and term in self.terms.get(c, {}):
                self.terms[c][term] -= n
                if self.terms[c][term] <= 0:
                    del self.terms[c][term]
        for key, bins_of in self.order_digests.items():
            seen = self.distinct.seen.get(key)
            if seen:
                seen.difference_update(g for g, (d, q) in bins_of.items() if sharedaccount.is_apart(ctx, shared, d, q))
        self._derived = {}

    def _apart_caveat(self) -> list[str]:
        """The caveat of a finding that left a shared account's orders out (:meth:`_leave_out_apart`), else none."""
        if not self.orders_apart:
            return []
        return [f"{count_phrase(self.orders_apart, 'order')} at hours you are otherwise never active were left out: "
                "the account may be shared (someone else ordering on it)."]

    def _group_turn(self, event: Event) -> bool:
        """Whether a Facebook group record is a leave: its action where one was read (English or another UI
        language's verb, :func:`~.engine.turned_down`), else by turns — a group's records in time order are joined,
        left, joined … (Facebook's membership activity lists each join and each leave), so a record whose title is in
        a wording no rule reads is a leave where the records before it left the person in the group (M13 of the
        thirty-fifth pass: a leave in another UI language counted as a membership). Records naming no group are
        read by their action alone."""
        action = event.attrs.get("action")
        read = isinstance(action, str) and bool(action.strip())
        name = text_digest(event.text) if event.text else None
        if name is None:
            return turned_down(event)
        down = turned_down(event) if read else self.group_in.get(name, False)
        if name in self.group_in or len(self.group_in) < MAX_HELD_GROUPS:
            self.group_in[name] = not down
        return down

    def settle_groups(self) -> None:
        """Count the held Facebook group joins: a join of a group left after it (or on an undated leave) counts only
        for special categories, as the leave does (T34A M2). Idempotent: every reader of the counts calls it."""
        if not self.held_groups:
            return
        self._replay = True
        try:
            for event in self.held_groups:
                name = text_digest(event.text) if event.text else None
                left = name is not None and name in self.left_groups
                when = self.left_groups.get(name) if left and name is not None else None
                self._undone = left and (when is None or event.time is None or when >= event.time)
                self.consume(event)
        finally:
            self._replay = self._undone = False
            self.held_groups = []
            self._derived = {}

    def finish(self, ctx: Context) -> list[Finding]:
        self.settle_groups()
        self._leave_out_apart(ctx)
        self._read_children(ctx)
        out = [self._interests(ctx)]
        sens = self._sensitive(ctx)
        if sens is not None:
            out.append(sens)
        out.append(self._life(ctx))
        out.append(self._household_finding(ctx))
        return out

    def _ranked(self, tallies: _Tallies | None = None) -> list[tuple[str, int]]:
        """(category, records) of non-sensitive categories, by the weighted score of the person's own doing
        (retweets left out: :data:`OTHERS_SIGNALS`), then the whole weighted score, then records, then name;
        ``tallies``: over some years only (:meth:`_tallies`), else every record."""
        t = tallies if tallies is not None else self._tallies()
        cats = [c for c in t.counts if not is_sensitive(c)]
        cats.sort(key=lambda c: (-t.own_scores[c], -t.scores[c], -t.counts[c], c))
        return [(c, t.counts[c]) for c in cats]

    def derived_interests(self) -> list[str]:
        """Non-sensitive categories with ≥ MIN_INTEREST_RECORDS records, highest weighted score first."""
        return [c for c, n in self._ranked() if n >= MIN_INTEREST_RECORDS]

    def compared_interests(self) -> tuple[list[str], str | None]:
        """(the derived interests the interests finding gives as today's, the years of records they are read from:
        ``"2022–2024"``; None where the records carry no year). Today's are the recent years' (textrules.RECENT_YEARS)
        where the records reach further back, else, when nothing recent reaches MIN_INTEREST_RECORDS, the older
        records' — the finding's own choice, so that the platform comparison (:mod:`.platform`) sets the platforms'
        lists against what the report calls your interests, and says which years that is."""
        self.settle_groups()
        years = sorted({y for (_c, _s, _src, _k, y) in self.tally if y})
        if not years:
            return self.derived_interests(), None
        since = recent_from(self.last_year)
        if years[0] >= since:
            return self.derived_interests(), year_span(years[0], self.last_year)
        recent = [c for c, n in self._ranked(self._tallies(since=since)) if n >= MIN_INTEREST_RECORDS]
        if recent:
            return recent, year_span(since, self.last_year)
        older = [c for c, n in self._ranked(self._tallies(before=since)) if n >= MIN_INTEREST_RECORDS]
        return older, year_span(years[0], max(y for y in years if y < since))

    def _interests(self, ctx: Context) -> Finding:
        # Today's interests are read from the recent years (textrules.RECENT_YEARS) where the records reach further
        # back; older ones are said as their era (T29C M4: 2012–14 teen tweets were a 2024 adult's interests)
        since = recent_from(self.last_year) if self.last_year else None
        all_years = self._tallies()
        first_year = min((y for ys in all_years.years.values() for y in ys if y), default=0)
        windowed = since is not None and 0 < first_year < since
        tallies = self._tallies(since=since) if windowed else all_years
        ranked = self._ranked(tallies)
        meta = {
            "id": "interests", "title": "Interests",
            "method": ("Page likes, follows, searches, purchases, wish lists, hashtags, X likes, posts and tweets "
                       "are matched to dataexam's keyword→category map (whole words; each category carries its "
                       "hobby's own vocabulary — genres, labels, instruments, brands — and its IAB Content "
                       "Taxonomy 3.1 node); each record counts once per category, weighted by how deliberate the "
                       "signal is (purchase, search, page like, follow, a hashtag in your own post 3; wish list, "
                       "watching, event 2; words in own posts, liked and retweeted posts, their hashtags included, 1; "
                       "a retweet's words are its author's, so categories are ranked by your own doing first). A "
                       "word signal counts once per distinct text for confidence: under 5 distinct texts medium at "
                       "most, under 2 low (as topics). Where your records reach back more than the last "
                       "3 calendar years, today's interests are read from those years and the older ones named "
                       "with their era. Idioms "
                       "are no signal ('running late', 'hot dog', 'in stock'). Messages are not read: words in chat "
                       f"are conversation, not interest. Categories with ≥ {MIN_INTEREST_RECORDS} records are ranked "
                       "by weighted score; each row says which signals it rests on and which terms matched."),
            "literature": literature.cards("interests"),
            "caveats": ["Gifts, shared accounts and one-off searches look like interests.",
                        "A trained model on Likes would infer far more than these categories (see literature)."],
        }
        # a shared account's orders, left out (_leave_out_apart; T30B M6)
        meta["caveats"] = [*self._apart_caveat(), *meta["caveats"]]
        kept = [(c, n) for c, n in ranked if n >= MIN_INTEREST_RECORDS]
        was: list[tuple[str, int]] = []  # the older records' interests, said beside today's with their years
        older = all_years
        _said, since_month = self.months.since(since) if windowed else ("", None)
        if windowed:
            older = self._tallies(before=since)
            was = [(c, n) for c, n in self._ranked(older) if n >= MIN_INTEREST_RECORDS][:3]
            if not kept:  # nothing recent stands out: the older records' interests are all there is, said as such
                tallies = older
                kept = [(c, n) for c, n in self._ranked(older) if n >= MIN_INTEREST_RECORDS]
        gap = _language_gap(ctx)
        if gap is not None:  # the keyword lists read English only: say how much of the text they cannot read
            meta["caveats"] = [*meta["caveats"], f"{gap['sentence'][0].upper()}{gap['sentence'][1:]}: words in "
                               "them are not matched (purchases, pages and searches in English still are)."]
        if not kept:
            if gap is not None and self.seen_kinds and gap["english_share"] <= MOST_ENGLISH:
                return Finding(value=None, confidence=Confidence.INSUFFICIENT,
                               confidence_basis=f"no category reaches {MIN_INTEREST_RECORDS} records "
                                                f"({self.records} categorised records); {gap['other_share']:.0%} of "
                                                f"your texts are not English ({gap['main_share']:.0%} {gap['main']})",
                               summary=f"No interest could be read: {gap['sentence']}.", **meta)
            if not self.seen_kinds:
                return Finding(value=None, confidence=Confidence.INSUFFICIENT,
                               confidence_basis="no likes, follows, searches, purchases, posts or tweets in the inputs",
                               summary="Not in the inputs: no likes, follows, searches, purchases or posts.", **meta)
            return Finding(value=None, confidence=Confidence.INSUFFICIENT,
                           confidence_basis=f"no category reaches {MIN_INTEREST_RECORDS} records "
                                            f"({self.records} categorised records)",
                           summary="No interest stands out.", **meta)
        recent = windowed and tallies is not older
        value = []
        for c, n in kept[:15] if recent or not windowed else []:
            sig = tallies.signals[c]
            deliberate = sum(k for s_, k in sig.items() if _SIGNAL_WEIGHT.get(s_, 1.0) >= DELIBERATE_WEIGHT)
            iab = IAB_CONTENT.get(c)
            years = [y for y, k in tallies.years[c].items() if y and k]
            value.append({"category": c, "records": n, "score": round(tallies.scores[c], 1),
                          "signals": dict(sig.most_common()), "deliberate_share": round(deliberate / n, 3),
                          "terms": [t for t, _ in self.terms[c].most_common(8)],
                          "iab": {"id": iab[0], "name": iab[1]} if iab else None,
                          "services": dict(tallies.services[c].most_common()),
                          "kinds": dict(tallies.kinds_seen[c].most_common()),
                          "years": year_span(min(years), max(years)) if years else None,
                          "distinct_texts": self.distinct_texts(c, since if recent else None),
                          "era": "recent" if recent else None, "since": since if recent else None}
                         | ({"since_month": since_month} if recent and since_month else {}))
        for c, n in was:  # T29C M4: the older era, its rows marked (charts and sentences tell them apart)
            years = [y for y, k in older.years[c].items() if y and k]
            value.append({"category": c, "records": n, "score": round(older.scores[c], 1),
                          "signals": dict(older.signals[c].most_common()), "deliberate_share": None,
                          "terms": [t for t, _ in self.terms[c].most_common(8)], "iab": None,
                          "services": dict(older.services[c].most_common()),
                          "kinds": dict(older.kinds_seen[c].most_common()),
                          "years": year_span(min(years), max(years)) if years else None,
                          "distinct_texts": self.distinct_texts(c), "era": "earlier", "since": since}
                         | ({"since_month": since_month} if since_month else {}))
        ev = Evidence(n_support=sum(n for _, n in kept), n_against=0)
        for c, _ in kept[:5]:
            ev.items.extend(self.ev[c].items[:2])
        ev.items = ev.items[:10]
        top = kept[0][1]
        second = kept[1][1] if len(kept) > 1 else 0
        rows: dict[str, dict[str, Any]] = {}
        for r in value:  # a category of today's and of the older era: today's row
            rows.setdefault(r["category"], r)
        conf = Confidence.HIGH if top >= 20 and len({s for c, _ in kept[:3] for s in tallies.services[c]}) >= 2 \
            else Confidence.MEDIUM if top >= 10 else Confidence.LOW
        basis = (f"the top interest rests on {count_phrase(top, 'record')} (next {second}); ≥ 20 records from ≥ "
                 f"2 services → high, "
                 "≥ 10 → medium")
        # one line repeated is one text (textrules.distinct_cap, the rule topics uses: T29C M3)
        conf, note = distinct_cap(conf, rows[kept[0][0]]["distinct_texts"])
        basis += note
        if self.quoted:  # words quoted from others (lyrics, sayings) left out, as topics says (textrules.own_words)
            basis += (f"; {count_phrase(self.quoted, 'post')} quoting someone else read for your own words only "
                      "(the quotation left out)")
        if self.orders_apart:
            basis += (f"; {count_phrase(self.orders_apart, 'order')} at hours you are otherwise never active left out "
                      "(the account may be shared)")
        if recent:
            basis += f"; read from {year_span(since, self.last_year)} (the last {RECENT_YEARS} calendar years)"
        elif windowed:
            # nothing in the recent years stands out: the interests are the older records', at most low
            conf = Confidence.LOW if conf != Confidence.INSUFFICIENT else conf
            basis += (f"; nothing in {year_span(since, self.last_year)} (the last {RECENT_YEARS} calendar years) "
                      f"reaches {MIN_INTEREST_RECORDS} records, so these are older records' interests (low at most)")
        liked = [r for r in value if _main_signal(r) == LIKED]
        if liked:  # others' words the person chose to like (T31B X1)
            meta["caveats"] = [f"{'These rest' if len(liked) == len(value) else f'{len(liked)} of {len(value)} rest'}"
                               " mostly on tweets you liked: other people's words, which you chose to like — what you "
                               "read and approve of, not what you wrote. A liked tweet's language is not in the "
                               "export and the keyword lists read English: likes in other languages are not "
                               "matched.", *meta["caveats"]]
        return Finding(value=value, confidence=conf, confidence_basis=basis, evidence=ev,
                       summary=interests_sentence(value, detail=True), **meta)

    def _sensitive(self, ctx: Context) -> Finding | None:
        sens = {c: n for c, n in self.counts.items() if is_sensitive(c)}
        if not ctx.include_sensitive:
            return None
        meta = {
            "id": "sensitive_signals", "title": "Sensitive-signal inventory (GDPR Art. 9)",
            "method": ("Counts of records matching the sensitive: categories of the keyword map (health, "
                       "religion, politics, sexuality, union, ethnicity), and of the religious and political views "
                       "declared on the Facebook profile (profile_information.json). Signals present, never "
                       "labels about you."),
            "literature": literature.cards("sensitive_signals"),
            "caveats": ["A record relating to a topic says nothing about your beliefs, health or identity; "
                        "an unrestricted scorer would still read it.",
                        "Excluded from the trust score (Art. 9, Art. 22(4))."],
            "sensitive": "special categories (Art. 9)",
        }
        value = {c.split(":", 1)[1]: {"records": n, "services": dict(self.services[c]),
                                      "signals": dict(self.signals[c].most_common())} for c, n in sorted(sens.items())}
        ev = Evidence(n_support=sum(sens.values()))
        for c in sorted(sens):
            ev.items.extend(self.ev[c].items[:3])
        ev.items = ev.items[:10]
        def said(k: str, v: dict[str, Any]) -> str:
            declared = v["signals"].get(PROFILE_VIEW[0], 0)
            n = v["records"]
            # the profile's "interested in" is no view: it says whom the person is interested in
            return f"{n} record{'s' if n != 1 else ''} relate{'s' if n == 1 else ''} to {k}" + (
                "" if not declared else " (your profile says whom you are interested in)" if k == "sexuality"
                else " (your profile declares a view)") + (
                f" ({v['confidence']}: {UNION_ROW_CAPPED})" if "confidence" in v else "")

        conf = Confidence.HIGH if value else Confidence.LOW
        basis = "exact counts of keyword matches (the count is certain; what it means is not)"
        going_on = sum(self.union_answers.values()) if "union" in value else 0
        if going_on:
            # ART59 (T54, ART58 reverted: "not in the union? yes I am. nah I cancelled my membership", "Sí, estoy. Lo
            # dejé el año pasado" read union at high): her yes to a question of being in the union followed by more
            # words than it reads (special_terms.union_answer_goes_on) is still read, at medium at most; the caveat
            # says so without quoting the words.
            # ART60 (T55B 6: one such answer lowered the whole finding, the health row beside it too): the union row
            # alone is medium (its ``confidence``, said in the summary); the finding's confidence is its other rows'
            back = self.union_answers[special_terms.ANSWER_TAKEN_BACK]
            value["union"]["answer_goes_on"] = going_on
            value["union"]["answer_taken_back"] = back
            value["union"]["confidence"] = Confidence.MEDIUM.value
            if len(value) == 1:
                conf = Confidence.MEDIUM
            basis += (f"; {count_phrase(going_on, 'union record')} rest{'s' if going_on == 1 else ''} on your yes to "
                      "a question of being in the union that your answer goes on after → medium at most (the union "
                      "row alone)")
            meta["caveats"] = [
                f"{count_phrase(going_on, 'union record')} rest{'s' if going_on == 1 else ''} on your yes to a "
                "question of being in the union, and your answer goes on after it"
                + (f" ({back} with words that may take it back: a membership left or ended, the past, a joke)"
                   if back else "")
                + ": what follows may qualify or withdraw the yes, so the union reading is medium at most.",
                *meta["caveats"]]
        summary = ("; ".join(said(k, v) for k, v in value.items())
                   if value else "No records relate to special categories.")
        unread = special_language_gap(ctx)
        if unread is not None:  # texts in languages the lists do not read (T32A M2): never a bare "none"
            meta["caveats"] = [f"Not read: {unread['sentence']}.", *meta["caveats"]]
            summary = (f"{summary}. Not read: {unread['sentence']}" if value else
                       f"No record found to relate to special categories in what the lists read; not read: "
                       f"{unread['sentence']}") + "."
        return Finding(value=value, confidence=conf, confidence_basis=basis, evidence=ev, summary=summary, **meta)

    def _new_babies(self) -> list[dict[str, Any]]:
        """A child's run begun at a newborn's band after an earlier child's (:attr:`children`; T32B M9: a second
        baby's newborn nappies after the first child's size 5) as a keyword rule's event: ``new_baby``, dated by the
        run's first purchase (its evidence), ``why`` in words ("nappy size 1 from Mar 2024, after size 5 until May
        2023"). A first child is none: the orders may begin after its birth."""
        out = []
        for i, c in enumerate(self.children[1:], 1):
            if not c.get("newborn"):
                continue
            first = min(c["bands"], key=lambda b: (b.month, b.lo))
            key = ("clothes", first.month, first.lo, first.hi) if first.line == "clothes" else (
                first.line, first.month, first.step)
            item = self.size_ev.get(key)
            day = (item.time or "")[:10] if item is not None else ""
            try:
                start = date.fromisoformat(day)
            except ValueError:
                start = date.fromisoformat(f"{first.month}-01")
            before = self.children[i - 1]
            what = {"nappy": f"nappy size {first.step}", "formula": f"formula stage {first.step}",
                    "clothes": f"clothes {first.lo}–{first.hi} months"}[first.line]
            was = household.last_words(before)
            out.append({"type": "new_baby", "month": first.month, "start": start.isoformat(),
                        "completed": start.isoformat(), "_day": start.isoformat(),
                        "why": f"{what} from {_month(first.month)}, after {was} until {_month(before['last'])}",
                        "_evidence": [item] if item is not None else [], "_kinds": frozenset({"amazon.order_item"})})
        return out

    def _life(self, ctx: Context) -> Finding:
        events = [e for r in self.rules for e in r.done] + self._new_babies()
        withheld = [e for e in events if e["type"] in SENSITIVE_LIFE_EVENTS and not ctx.include_sensitive]
        shown = [e for e in events if e not in withheld]
        # the report's gate: a day within the calendar months about a switch the time zone undated is said by its
        # month (NEAR61, T58A 2), as the home's move is (LIFE59)
        gate = NightGate.of(ctx)
        declared, _ = self.declared.events(ctx.include_sensitive, gate)
        ev = Evidence(n_support=sum(len(e["_evidence"]) for e in shown) + sum(len(e["_evidence"]) for e in declared))
        value = []
        for e in declared:  # what the person told Facebook: first, the strongest evidence there is
            ev.items.extend(e["_evidence"][:2])
            value.append({k: v for k, v in e.items() if not k.startswith("_")})
        # first-person posts (lifeposts): one the person also declared (same Facebook category, within
        # lifedeclared.SAME_EVENT_DAYS) is that event, its posts named among where it was told
        told_in_posts, _ = self.post_life.events(ctx.include_sensitive, ctx.zone, gate)
        for e in told_in_posts:
            day = date.fromisoformat(e["_day"])  # ``start`` may be a night-time post's withheld day
            same = next((d for d in value if d["type"] == e["declared_type"]
                         and abs((_first_day(d) - day).days) <= DECLARED_SAME_DAYS), None)
            if same is not None:
                if "own posts" not in same["declared_in"]:
                    same["declared_in"].append("own posts")
                continue
            ev.items.extend(e["_evidence"][:2])
            ev.n_support += e["posts"]
            value.append({k: v for k, v in e.items() if not k.startswith("_")})
        for e in sorted(shown, key=lambda x: x["start"]):
            ev.items.extend(e["_evidence"][:5])
            # only posts on the trail: whose event it is stays unclear (a guest's wedding, a friend's move)
            posts_only = not (e["_kinds"] - POST_KINDS)
            value.append({"type": e["type"], "month": e["month"], "start": e["start"], "completed": e["completed"],
                          "sensitive": SENSITIVE_LIFE_EVENTS.get(e["type"]),
                          "basis": "posts only" if posts_only else "purchases or searches"}
                         | ({"why": e["why"]} if e.get("why") else {}) | ({"unsure": True} if e.get("unsure") else {}))
        # the move the home finding describes (shipping addresses, login countries), unless a declared or keyword
        # move lies within half a year of it (one move, already listed)
        # a low spell in the writing that begins just after a life event follows it; dated by month where the
        # event's own date is withheld (a night-time post, an Art. 9 one), lest the spell date it (T31B B1)
        # … and so does one after an event the person declared to Facebook (its date is the one they gave; a
        # month-only date is read as the month's first day)
        tie_low_periods(ctx.findings.get("mood"), [
            *((e["_day"], DECLARED_NAMES.get(e["type"], DECLARED_NAMES["other"]),
               not str(e["start"]).startswith(TIME_WITHHELD)) for e in declared),
            *((d, name, False) for d, name in getattr(self.declared, "withheld_days", ())),
            *((date.fromisoformat(e["_day"]), POST_LIFE_KINDS[e["type"]][0], not str(e["start"]).startswith("withheld"))
              for e in told_in_posts),
            *((d, name, False) for d, name in getattr(self.post_life, "withheld_days", ())),
            *((day, e["type"].replace("_", " "), e not in withheld) for e in events
              if (day := _event_day(e)) is not None)], named=ctx.include_sensitive)
        # … and its weeks near a night-time move said by the move's window (T59D 2)
        withhold_mood_near_move(ctx.findings.get("mood"), NightGate.of(ctx))
        home = ctx.findings.get("home")
        for m in home_moves(home, ctx.home_days):
            when = date.fromisoformat(str(m.pop("_day", m["completed"]))[:10])
            # only another source's move: the home's own moves may lie months apart (Lisbon, Berlin, Toronto)
            if m["type"] == "move" and any(v["type"] == "move" and v.get("basis") != "home finding"
                                           and _near(v, when) for v in value):
                continue
            value.append(m)
            ev.items.extend(home.evidence.items[:2])  # type: ignore[union-attr]
            ev.n_support += 1
        ev.items = ev.items[:10]
        caveats = ["Declared events are what you told Facebook: their dates are the ones you gave (a life event "
                   "can be backdated), and relationship and family events name other people."] if declared else []
        # the keyword sequences read again without a shared account's orders (_LifeRule.replay)
        caveats += self._apart_caveat() if self.life_apart else []
        caveats += [f"Your own posts and tweets are read for these kinds, told in the first person in English or "
                    f"German: {kinds_read()}; other kinds (an illness, a new home bought …) and other languages are "
                    "not read from posts. Posts that congratulate or condole, and words in quotation marks, are "
                    "left out.",
                    "Gifts for others follow the same sequences.",
                   "Posts that congratulate or tell a relative's, a friend's or a named person's event are left "
                   "out; other posts about someone else's wedding or move can still read as yours.",
                   "Target reportedly used about 25 products; these rules use a handful of keywords."]
        if not ctx.include_sensitive:
            # Say only that sensitive findings are off: whether one was found is itself Art. 9 data (issue 14).
            caveats.append("Sensitive findings are off (--include-sensitive turns them on).")
        sensitive = next((v["sensitive"] for v in value if v["sensitive"]), None)
        inferred = [v for v in value if v["basis"] != "declared"]
        from_home = [v for v in value if v["basis"] == "home finding"]
        if declared:
            conf = Confidence.HIGH
            basis = (f"{len(declared)} life event{'s' if len(declared) != 1 else ''} the person declared to Facebook "
                     "(life-event posts, profile update history, dated profile fields)"
                     + (f"; {len(inferred)} more from your own posts, keyword sequences or the home finding (no "
                        "labelled data)" if inferred else ""))
        elif not value:
            conf, basis = Confidence.LOW, "no rule sequence completed" + (
                "" if ctx.include_sensitive else " (sensitive categories not checked)")
        elif all(v["basis"] == "home finding" for v in value):
            # only the home finding's move: as sure as that finding, at most medium (a second home looks alike)
            conf = Confidence.MEDIUM if home is not None and home.confidence in (
                Confidence.HIGH, Confidence.MEDIUM) else Confidence.LOW
            what = ("stay abroad" if all(v["type"] == "stay_abroad" for v in from_home)
                    else "move" if len(from_home) == 1 else "moves and stays abroad")
            basis = (f"the home finding's {what} ({from_home[0]['seen_in']}), {home.confidence.value if home else '?'}"
                     " there; no keyword sequence completed")
        elif any(v["basis"] == POSTS_FIRST_PERSON for v in value):
            # the person's own first-person words ("We got engaged tonight"): whose event it is is said, but a
            # phrase list is no labelled model (irony, a quote not in quotation marks): medium at most
            conf = Confidence.MEDIUM
            n_posts = sum(1 for v in value if v["basis"] == POSTS_FIRST_PERSON)
            basis = (f"{n_posts} event{'s' if n_posts != 1 else ''} told in the first person in your own posts "
                     "(English and German phrases, no labelled data)"
                     + ("; others from keyword sequences or the home finding"
                        if len(value) > n_posts else ""))
        elif all(v["basis"] == "posts only" for v in value):
            conf = Confidence.LOW
            basis = ("each event is a completed keyword sequence (ordered, within its window) of posts only: whose "
                     "event it is cannot be told; no labelled data")
        elif all(v.get("unsure") for v in value):
            # a young animal's food after the same animal's adult food (T32B L5): a new pet, or the food changed
            conf = Confidence.LOW
            basis = ("each event is a completed keyword sequence (ordered, within its window) that may be the same "
                     "pet's food changed; no labelled data")
        else:
            conf = Confidence.MEDIUM
            basis = "each event is a completed keyword sequence (ordered, within its window); no labelled data"
        told, found = declared_sentence(declared), life_events_sentence(inferred)
        summary = (f"{told} From your records: {found}." if told and found
                   else told or life_events_said(inferred) or "No life-event sequence found.")
        unread = _posts_unread(ctx)
        if not value and unread is not None:
            # the posts are in a language the phrases do not read (「結婚しました」, «تخرجت»): unread, as mood, topics
            # and interests are said unread, not "not enough data" (T30B L1); the at-a-glance block's "Not read" line
            # picks it up by LIFE_UNREAD_MARK
            summary = (f"Not read from your posts: they are mostly {unread}, and {LIFE_UNREAD_MARK}; no "
                       "life-event sequence in your other records.")
            basis += f"; your posts are mostly {unread}, unread"
        return Finding(id="life_events", title="Life events", value=value, confidence=conf, confidence_basis=basis,
                       method=("Ordered keyword rule sets (categories.LIFE_EVENT_RULES) over purchases, searches and "
                               "posts: the first record of group 1 followed, within a window (pregnancy 300 days, "
                               "move and pet 120, wedding 365), by records of each later group dates the event. A "
                               "record that congratulates, or whose subject is a relative, a friend or a named "
                               "person ('Helping my sister move', 'Anna and Tom's honeymoon', 'her new sofa'), "
                               "neither starts nor advances a sequence. An event resting on posts alone is said as "
                               "'posts mention …' (basis 'posts only', low): whose event it is cannot be told. "
                               "Life events the person declared to Facebook (life-event posts, profile update "
                               "history, the profile's dated job, city, places lived, school and relationship) come "
                               "first, as declared (basis 'declared', with their dates and where they were "
                               "declared); a health event, and a relationship the export shows to be same-sex, "
                               "are Art. 9 and shown only with --include-sensitive. Own posts and tweets are read "
                               f"for events told in the first person ({kinds_read()}; English and German phrases: "
                               "'Graduated today!', 'First day at my new job', 'We got engaged', 'Mum passed "
                               "away', 'Wir haben uns verlobt'), dated by the first such post (basis 'own posts "
                               "(first person)', medium at most); one the person also declared to Facebook is "
                               "that event. Every switch between the home finding's periods is a move; a period "
                               "abroad under 12 months between two periods in one country is one stay abroad (the "
                               "UN's 1998 migration statistics: usual residence changes after a year). A post the "
                               "special-category keyword map reads is withheld without --include-sensitive."),
                       evidence=ev, caveats=caveats, literature=literature.cards("life_events"), sensitive=sensitive,
                       summary=summary)

    def _household_finding(self, ctx: Context) -> Finding:
        # the baby and pet purchases, a shared account's apart orders left out (sharedaccount.OrderCounts)
        shared, house = self.shared, self.house
        baby_items = house.count(ctx, shared, "baby")
        baby_first, baby_last = house.span(ctx, shared, "baby")
        pets = {k[1]: n for k in house.keys() if isinstance(k, tuple) and k[0] == "pet"
                and (n := house.count(ctx, shared, k))}
        value: dict[str, Any] = {"child_signals": None, "pets": pets or None,
                                 "shipping_addresses": len(self.addresses) or None}
        ev = Evidence()
        if baby_items >= 3 and baby_first and baby_last:
            span = (baby_last - baby_first).days // 30
            sizes = sorted((k[1], k[2]) for k in house.keys() if isinstance(k, tuple) and k[0] == "nappy"
                           and house.count(ctx, shared, k))
            value["child_signals"] = {"baby_items": baby_items, "first": baby_first.strftime("%Y-%m"),
                                      "last": baby_last.strftime("%Y-%m"),
                                      "approx_age_months_at_last": span, "diaper_sizes": [list(s) for s in sizes]}
            ev.items.extend(self.baby_ev.items[:5])
            ev.n_support += baby_items
        # a shop's or nursery's nappies (T31D M2): more than one household's use, and sizes bought together are
        # no one child's progression (no age read from them)
        # (two children's sizes in one month are no shop's range: T32B M9)
        beyond = self.use.verdict(self.children_months) if value["child_signals"] is not None else None
        in_window = _window_months(NightGate.of(ctx))
        value["more_than_one_household"] = None if beyond is None else {k: beyond[k] for k in (
            "months", "a_month", "most_in_a_month", "month", "child_months", "sizes_at_once")}
        if beyond is not None:
            value["child_signals"]["approx_age_months_at_last"] = None
        elif value["child_signals"] is not None and self.children:
            # one run of sizes per child (household.py; T32B M9: a second baby's size 1 after the first one's size 5
            # was one child "about 46 months old"): each child's age from its own run, the last purchase's the
            # youngest's
            kids = [in_window({k: v for k, v in c.items() if k not in ("bands", "first_band")})
                    for c in self.children]
            value["child_signals"]["children"] = kids
            if len(kids) > 1:
                value["child_signals"]["approx_age_months_at_last"] = kids[-1]["approx_age_months_at_last"]
        if value["child_signals"] is not None:
            value["child_signals"] = in_window(value["child_signals"])
        ev.items.extend(self.pet_ev.items[:5])
        ev.n_support += sum(pets.values())
        if value["child_signals"] is None and not pets and not self.addresses:
            return Finding(id="household", title="Household composition", value=None,
                           confidence=Confidence.INSUFFICIENT,
                           confidence_basis="no baby, pet or address signals in purchases",
                           method="Baby and pet purchases, diaper sizes, distinct shipping addresses.",
                           literature=literature.cards("household"), summary="No household signals.")
        sentence = household_sentence(value)
        conf = Confidence.MEDIUM if ev.n_support >= 10 else Confidence.LOW
        basis = f"{count_phrase(ev.n_support, 'purchase')} (≥ 10 → medium); no labelled data"
        beyond_caveat = []
        if beyond is not None:
            conf = Confidence.LOW
            basis += f"; {beyond['reason']}: low"
            beyond_caveat = [f"The nappies bought are more than one household's use ({beyond['why']}): a shop's, a "
                             "nursery's or a childminder's stock, or buying for others — no one child's age is read "
                             "from them."]
        return Finding(id="household", title="Household composition", value=value, confidence=conf,
                       confidence_basis=basis,
                       method=("Baby items (first to last purchase ≈ child's age in months, diaper sizes over time) "
                               "and pet items in Amazon orders; distinct shipping addresses counted as hashes."),
                       evidence=ev, literature=literature.cards("household"),
                       caveats=[*beyond_caveat, *self._apart_caveat(),
                                *([NAPPY_CAVEAT] if value["child_signals"] and value["child_signals"]["diaper_sizes"]
                                  else []),
                                "Gifts and purchases for relatives look the same.",
                                "Signals about other people in the household: shown as counts only."],
                       # only shipping addresses: say what was found, not "Household signals present." (which said
                       # nothing and read like a hidden finding: the twenty-third pass's tester)
                       summary=sentence or (
                           "No baby or pet purchases; your orders ship to "
                           f"{len(self.addresses)} address{'es' if len(self.addresses) != 1 else ''} of your own "
                           "(gifts left out)."))
