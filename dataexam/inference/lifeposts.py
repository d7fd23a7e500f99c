"""Life events the person tells in their own posts, in the first person: graduation, a new job, retirement, an
engagement, a break-up or divorce, the birth of a child, the death of someone close.

The keyword sequences of :data:`..categories.LIFE_EVENT_RULES` read moves, pregnancies, pets and weddings from
purchases; these kinds leave no purchase trail but are told in posts ("Graduated today!", "First day at my new
job", "We got engaged tonight", "Mum passed away this morning") — the kinds Saha et al. (CHI 2021, "What Life
Events are Disclosed on Social Media, How, When, and By Whom?", 256 people's year of Facebook posts against their
self-reported life events) found disclosed on Facebook, positive and anticipated ones most often; the kinds are
those of Facebook's own life-event composer (Work & Education, Family & Relationships: "Loss of a Loved One",
"End of Relationship", "New Child": informit.com, "What Is a Life Event?", 2012).

Only the person's own event counts: each pattern names the first person ("I", "we", "my", "our", German "ich",
"wir", "mein", "unser") or is a sentence that starts with the event's verb, the subject left out as posts do
("Graduated today!", "Verlobt!"). A post that congratulates or condoles ("congrats on your new job!", "sorry for
your loss", "herzliches Beileid") is someone else's event and is skipped, and so is text in quotation marks
(lyrics, a quoted headline). English and German: the words are everyday phrasing of each event as posts write it,
written for this module (no corpus or labelled data: a phrasing not listed is not read), so an event read here is
said as what the post says, dated by the first such post, at medium at most.

Art. 9 is not decided here: a post whose words the special-category keyword map (:func:`..categories.
special_category`) reads as health, religion … is withheld without ``--include-sensitive`` like every other
record; bereavement and the other kinds are no special category in themselves. State: a few events per kind
(bounded by :data:`CAP`), each with at most :data:`TEXTS_READ` of its posts' texts.

Whose words a post holds is :mod:`.textrules`' rule, shared with mood, topics and interests: a retweet (the parser's
``is_retweet`` flag or an "RT @" text) is skipped, and quotations are left out by :func:`.textrules.own_words`.
"""

from __future__ import annotations

import re
from datetime import UTC, date, tzinfo
from typing import Any

from ..categories import special_category
from ..events import Event
from ..lazyrx import lazy_compile
from .model import EvidenceItem
from .sensitive import MOVE_WITHHELD, TIME_WITHHELD, NightGate, window_month, withheld_near
from .textrules import is_retweet, reading_of

CAP = 50  # events kept per kind (a person posts a handful)
SAME_EVENT_DAYS = 90  # posts of one kind this close are one event ("Mum passed away", then weeks of grief)
MAX_EVIDENCE = 3
#: the posts' texts per event read by the special-category check (:meth:`PostLife.events`): the first ones only, so
#: an event's row keeps no more than these however many posts follow it
TEXTS_READ = 20
POST_KINDS = frozenset({"facebook.post", "twitter.tweet"})

#: what each kind is called in the sentence, and the declared Facebook category it is one of (a declared event of
#: that type within :data:`..lifedeclared.SAME_EVENT_DAYS` is the same event)
KINDS: dict[str, tuple[str, str]] = {
    "graduation": ("graduation", "education"), "new_job": ("new job", "job"), "retirement": ("retirement", "job"),
    "engagement": ("engagement", "relationship"), "break_up": ("break-up or divorce", "relationship"),
    "birth": ("birth of a child", "family"), "bereavement": ("death of someone close", "loss"),
}

_REL_EN = (r"(?:mum|mom|mother|mummy|mommy|mam|dad|father|daddy|papa|mama|grandma|grandpa|grandmother|"
           r"grandfather|gran|granny|nan|nana|nanna|grandad|granddad|brother|sister|husband|wife|son|daughter|"
           r"uncle|aunt|auntie|best friend|partner|cousin)")
_REL_DE = (r"(?:mama|mutter|mutti|papa|vater|vati|oma|opa|großmutter|großvater|bruder|schwester|mann|frau|sohn|"
           r"tochter|onkel|tante|cousin|cousine|bester? freund(?:in)?|partner(?:in)?)")
_START = r"(?:^|[.!?\n]\s*)"  # a sentence's start: "Graduated today!", "Mum passed away …"

_RULES: dict[str, tuple[str, ...]] = {
    "graduation": (
        r"\b(?:i|we)(?:'ve| have| just| finally| officially)* graduated\b",
        _START + r"(?:just |finally |officially )?graduated\b",
        r"\b(?:got|received|earned|finished|completed|passed|defended) my (?:degree|diploma|master'?s|bachelor'?s|"
        r"phd|doctorate|thesis|dissertation|final exams?)\b",
        r"\bmy graduation (?:day|ceremony)\b",
        # de
        r"\bich habe (?:mein(?:en|e)? )?(?:abschluss|studium|bachelor|master|diplom|abitur|promotion|ausbildung)\b"
        r"[^.!?]{0,30}\b(?:geschafft|bestanden|abgeschlossen|gemacht|beendet)\b",
        r"\bmein(?:en|e)? (?:abschluss|bachelor|master|diplom|abitur|doktor)\b[^.!?]{0,20}\b(?:geschafft|bestanden|"
        r"in der tasche)\b",
        _START + r"(?:endlich |offiziell )?(?:studium|abschluss|master|bachelor) (?:geschafft|bestanden)\b",
    ),
    "new_job": (
        r"\bfirst day (?:at|of|in) my new (?:job|position|role|workplace)\b",
        r"\b(?:i|we)(?:'ve| have| just| finally)* (?:started|start|got|landed|accepted|begin) (?:a |my |the )?new "
        r"(?:job|position|role)\b",
        r"\bi got the job\b", r"\bi(?:'ve| have)? accepted (?:an|the|a job) offer\b",
        _START + r"(?:just )?(?:started|starting) (?:a |my )?new (?:job|position|role)\b",
        _START + r"new job\b",
        # de
        r"\bmein(?:en)? erste[rn]? (?:arbeitstag|tag (?:im|beim|in meinem) neuen (?:job|büro|arbeit))\b",
        r"\berster arbeitstag\b",
        r"\bich (?:habe|hab|fange|beginne|starte) (?:einen |den |meinen )?neue[nr]? (?:job|stelle|arbeit)\b",
        r"\bich habe (?:die stelle|den job) (?:bekommen|zugesagt)\b",
    ),
    "retirement": (
        r"\bi(?:'m| am|'ve| have)? (?:now |officially |finally |just )*retired\b",
        _START + r"(?:now |officially |finally )?retired\b",
        r"\bmy (?:last day at work|retirement party|first day of retirement)\b",
        r"\bmy last day (?:at|of) work\b",
        # de
        r"\bich bin (?:jetzt |ab heute |endlich |offiziell )*(?:in rente|im ruhestand|rentner(?:in)?|"
        r"pensioniert|in pension)\b",
        r"\bmein letzter arbeitstag\b", r"\bmein erster tag (?:als rentner(?:in)?|im ruhestand)\b",
    ),
    "engagement": (
        r"\b(?:we|i)(?:'re| are|'m| am|'ve| have| just| finally| officially| got)+ engaged\b",
        _START + r"(?:just |finally |officially )?(?:got )?engaged\b",
        r"\bshe said yes\b", r"\bi said yes\b",
        # de
        r"\bwir haben uns (?:heute |gestern |endlich )*verlobt\b",
        r"\b(?:wir sind|ich bin|ich habe mich) (?:jetzt |seit heute |heute |endlich |offiziell )*verlobt\b",
        _START + r"verlobt\b", r"\bsie hat ja gesagt\b", r"\bich habe ja gesagt\b",
    ),
    "break_up": (
        r"\b(?:we|i)(?:'ve| have| just| finally| officially)* (?:broken|broke) up\b",
        r"\b(?:i|we)(?:'m| am|'re| are|'ve| have| got| just| now| finally| officially)+ (?:divorced|separated|"
        r"split up)\b",
        r"\bmy divorce (?:is|was) (?:final|finali[sz]ed|through)\b",
        r"\bi(?:'m| am) (?:single again|newly single)\b", r"\b(?:she|he) (?:left|dumped) me\b",
        r"\bmy marriage is over\b",
        # de
        r"\bwir haben uns getrennt\b",
        r"\b(?:wir sind|ich bin) (?:jetzt |wieder |offiziell )*(?:geschieden|getrennt)\b",
        r"\bich bin (?:jetzt )?wieder single\b", r"\bmeine scheidung ist (?:durch|rechtskräftig)\b",
        r"\b(?:sie|er) hat (?:mich verlassen|mit mir schluss gemacht)\b",
    ),
    "birth": (
        r"\b(?:our|my) (?:baby|son|daughter|little (?:one|girl|boy)|first ?born|twins)\b[^.!?]{0,30}\b(?:was|were|is|"
        r"are) (?:born|here)\b",
        r"\bwelcome(?:d)? (?:our|my) (?:baby|son|daughter|little (?:one|girl|boy)|first ?born|twins|new (?:baby|son|"
        r"daughter|arrival))\b",
        r"\b(?:i|we)(?:'ve| have| just| finally)* became (?:a )?(?:parents?|mum|mom|dad|father|mother)\b",
        r"\bi(?:'m| am) a (?:mum|mom|dad|father|mother) now\b", r"\bmeet our (?:baby|son|daughter|little)\b",
        # de
        r"\bunser(?:e)? (?:baby|sohn|tochter|kleine[rn]?|zwillinge)\b[^.!?]{0,30}\b(?:ist|sind) (?:endlich )?(?:da|"
        r"geboren|auf der welt)\b",
        r"\b(?:ich bin|wir sind) (?:jetzt |endlich )?(?:mama|papa|eltern|vater|mutter) geworden\b",
        r"\bwillkommen auf der welt\b",
    ),
    "bereavement": (
        rf"(?:{_START}|\bmy\s+|\bour\s+)(?:beloved |dear |dearest |lovely |wonderful |sweet )?{_REL_EN}\s+"
        r"(?:has |have |just |sadly |peacefully |suddenly |finally )*(?:passed away|passed on|died|left us)\b",
        rf"\b(?:i|we)(?:'ve| have| just| sadly)* lost (?:my|our) (?:beloved |dear |dearest )?{_REL_EN}\b",
        rf"\b(?:rip|rest in peace),? (?:my |our )?(?:beloved |dear |dearest )?{_REL_EN}\b",
        rf"\bmy {_REL_EN}'s funeral\b",
        # de
        rf"(?:{_START}|\bmeine?\s+|\bunsere?\s+)(?:geliebte[rn]? |liebe[rn]? )?{_REL_DE}\s+ist\s+"
        r"(?:heute |gestern |letzte nacht |heute nacht |plötzlich |friedlich |für immer )*(?:gestorben|verstorben|"
        r"von uns gegangen|eingeschlafen)\b",
        rf"\b(?:ich habe|wir haben) (?:meine?n?|unsere?n?) (?:geliebte[nr]? |liebe[nr]? )?{_REL_DE} verloren\b",
        rf"\bruhe in frieden,? (?:liebe[rs]? )?{_REL_DE}\b",
        rf"\b(?:die )?beerdigung (?:von )?(?:meine[rs]|unsere[rs]) {_REL_DE}\b",
    ),
}
_PATTERNS = {kind: lazy_compile("|".join(f"(?:{p})" for p in pats), re.IGNORECASE | re.MULTILINE)
             for kind, pats in _RULES.items()}
# Words one of each kind's patterns needs (whole words, lower case): a post holding none of a kind's is not searched
# for it. Nearly every post holds none, and the patterns are slow (100,000 posts took 84 s; a set of words ≈ 1 s)
_TRIGGERS: dict[str, frozenset[str]] = {k: frozenset(v.split()) for k, v in {
    "graduation": "graduated graduate graduation degree diploma master masters bachelor bachelors phd doctorate "
                  "thesis dissertation exam exams abschluss studium abitur promotion ausbildung diplom doktor "
                  "bestanden geschafft",
    "new_job": "job position role workplace offer arbeitstag stelle arbeit",
    "retirement": "retired retire retirement last ruhestand rente rentner rentnerin pensioniert pension arbeitstag",
    "engagement": "engaged yes verlobt",
    "break_up": "broke broken divorce divorced separated split single left dumped marriage getrennt geschieden "
                "scheidung verlassen schluss",
    "birth": "born here welcome welcomed became meet now baby son daughter little firstborn first twins geboren da "
             "welt geworden willkommen unser unsere",
    "bereavement": "passed died left lost rip rest funeral gestorben verstorben gegangen eingeschlafen verloren ruhe "
                   "beerdigung",
}.items()}
_WORD = re.compile(r"\w+")
# someone else's event: congratulations and condolences (English and German; "Congrats on your new job!")
_OTHERS = lazy_compile(
    r"\b(?:congrat\w*|happy for (?:you|you two|you both|them|him|her)|best wishes|well done|proud of you|"
    r"sorry for your loss|sorry to hear|my condolences|condolences|thinking of you|your (?:new job|graduation|"
    r"engagement|retirement|divorce|baby|loss)|gl[üu]ckw[üu]nsch\w*|gratulier\w*|beileid|mein mitgefühl|"
    r"(?:deine[mnrs]?|ihre[mnrs]?|eure[mnrs]?) (?:neuen job|abschluss|verlobung|ruhestand|baby|verlust))",
    re.IGNORECASE)


def post_life_kind(text: str) -> str | None:
    """The kind of the person's own life event a post tells in the first person (a key of :data:`KINDS`), or
    None: ``"Graduated today!"`` → ``graduation``; ``"Congrats on your new job!"`` → None (someone else's);
    ``"Mum passed away this morning."`` → ``bereavement``; ``"Wir haben uns verlobt"`` → ``engagement``."""
    if not text:
        return None
    reading = reading_of(text)  # the text's one reading, shared with the text and interests readers (PERF17)
    words = set(_WORD.findall(reading.lowered))
    kinds = [k for k, needed in _TRIGGERS.items() if not needed.isdisjoint(words)]
    if not kinds or _OTHERS.search(text):
        return None
    # text in quotation marks is someone else's words (lyrics, a headline): left out before matching (textrules)
    own, _quoted = reading.own
    if not own:
        return None
    for kind in kinds:
        if _PATTERNS[kind].search(own):
            return kind
    return None


class PostLife:
    """Collects first-person life-event posts of one run (bounded), then groups them (:meth:`events`)."""

    def __init__(self) -> None:
        self.found: dict[str, list[dict[str, Any]]] = {}
        self.read = 0  # posts read (to say whether there were any)

    def feed(self, event: Event, text: str | None = None) -> None:
        """Read one own post or tweet (a retweet's words are its author's and are skipped: the parser's flag or an
        "RT @" text, :func:`.textrules.is_retweet`)."""
        if event.kind not in POST_KINDS or event.time is None or is_retweet(event):
            return
        text = event.text if text is None else text
        if not text:
            return
        self.read += 1
        kind = post_life_kind(text)
        if kind is None:
            return
        day = event.time.date()
        rows = self.found.setdefault(kind, [])
        if rows and (day - rows[-1]["last"]).days <= SAME_EVENT_DAYS:
            row = rows[-1]
            row["posts"] += 1
            row["last"] = day
            if len(row["_evidence"]) < MAX_EVIDENCE:
                row["_evidence"].append(EvidenceItem.of(event))
            if len(row["_texts"]) < TEXTS_READ:
                row["_texts"].append(text)
            return
        if len(rows) < CAP:
            # the first post's instant: its day is read on the person's clock once the zone is known (events)
            rows.append({"type": kind, "first": day, "last": day, "first_at": event.time, "posts": 1,
                         "_evidence": [EvidenceItem.of(event)], "_texts": [text]})

    def events(self, include_sensitive: bool, zone: tzinfo | None = None,
               gate: NightGate | None = None) -> tuple[list[dict[str, Any]], int]:
        """The events, earliest first, and how many were withheld as Art. 9 (a post the special-category keyword
        map reads) without ``include_sensitive``. Each: {type, month, start (the first post's day), completed
        (the same day), posts, sensitive, basis: "own posts (first person)", declared_type, _evidence, _day}.

        The first post's day is its local calendar day on ``zone`` (the chosen zone; UTC when None): a post made
        at 01:10 on 3 April in Berlin is 23:10 UTC on 2 April, and was dated 2 April (T29D N8). Without
        ``include_sensitive`` a post made at night (``sensitive.is_night``) gives no date: ``start`` and
        ``completed`` are the gate's "withheld Fri 23:40" (:meth:`.sensitive.NightGate.instant`), as a move's
        night-time bounds are (``interests.home_moves``), ``month`` ("2024-02") stays, as it does for a move;
        ``_day`` (ISO, private) is the day itself, which orders the events and matches a declared one.

        ``gate``: the report's (:meth:`.sensitive.NightGate.of` the context: its ``near_move``, the days of the
        calendar months about a clock switch the time zone undated), else one closed unless ``include_sensitive``.
        A post on such a day (its day on ``zone``'s clock or in UTC), by day or at night, is said by the window's
        months: ``start`` and ``completed`` "withheld (near a night-time move) Jun–Aug 2026", ``start_month`` and
        ``month`` "2026-06/2026-08" (NEAR61, T58A 2: "new job 3 Jul 2026 (your post)" beside the switch's "withheld
        Tue 23:00" told which Tuesday; WINDOW62: its own month, or a night-time post's weekday, narrowed it)."""
        gate = gate if gate is not None else NightGate(dated=include_sensitive)
        out: list[dict[str, Any]] = []
        withheld = 0
        # the withheld events' days and names (no text, not in the report): a low spell in the writing that
        # follows one is said by month (text.tie_low_periods), lest its start date the event
        self.withheld_days: list[tuple[date, str]] = []
        for rows in self.found.values():
            for r in rows:
                category = next((c for c in map(special_category, r["_texts"][:TEXTS_READ]) if c), None)
                first: date = r["first_at"].astimezone(zone or UTC).date()
                if category and not include_sensitive:
                    withheld += 1
                    self.withheld_days.append((first, KINDS[r["type"]][0]))  # for a low spell after it (mood)
                    continue
                said = gate.instant(r["first_at"], zone)
                near: dict[str, str] = {}
                month = first.strftime("%Y-%m")
                if said is not None and said.startswith(MOVE_WITHHELD):
                    # near an undated switch, by day or at night: by its window's months, its own month too
                    # (WINDOW62, T58E 1/3: a run of records each saying its month gave the month's edge)
                    span = gate.window(first, None) or gate.window(r["first_at"], zone)
                    said = withheld_near(first.isoformat(), None, gate)
                    month = window_month(span) if span is not None else month
                    near = {"start_month": month}
                shown = said if said is not None and said.startswith(TIME_WITHHELD) else first.isoformat()
                out.append({"type": r["type"], "month": month, "start": shown,
                            "completed": shown} | near | {"posts": r["posts"], "sensitive": category,
                            "basis": "own posts (first person)", "declared_type": KINDS[r["type"]][1],
                            "_evidence": r["_evidence"], "_day": first.isoformat()})
        out.sort(key=lambda e: e["_day"])
        return out, withheld


def kinds_read() -> str:
    """The kinds this module reads, for the finding's method: "graduation, new job, … death of someone close"."""
    return ", ".join(label for label, _ in KINDS.values())
