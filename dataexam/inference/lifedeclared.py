"""Life events the person declared to Facebook: the strongest evidence of a life event there is.

Three places of a Facebook export hold them (formats.md §1.4, §1 profile; WIF's 2023–25 donated structures):

* a post's ``attachments[].data[].life_event`` ``{title, start_date{year, month, day}}`` (2018–25: "Started New
  Job at Acme Robotics", "Moved to Bergen, Norway", "In a relationship with …") — ``facebook.post``
  ``attrs.life_event``;
* the same attachment on an entry of ``profile_update_history.json`` (2023–25), whose ``timestamp`` is when the
  person made the change — ``facebook.profile_update``;
* the profile's dated fields in ``profile_information.json``: ``work_experiences[].start_timestamp``,
  ``relationship.timestamp``, ``places_lived[].start_timestamp``, ``education_experiences[]`` start and end —
  ``facebook.profile`` facts with ``start`` / ``since``. ``current_city.timestamp`` (and a ``places_lived`` entry's
  ``timestamp`` without its own ``start_timestamp``) is when the person set the field — the day of sign-up or of
  a later profile edit — not the day of a move (a value's ``timestamp`` beside it is the field's last update
  throughout ``profile_v2``, formats.md §1 profile): it dates no move of its own, and only joins a move declared
  elsewhere (a "Moved to …" post) within :data:`SAME_EVENT_DAYS` (the twenty-seventh pass's second tester, L8:
  "You told Facebook: move <the first day of data> (Lives in Hamburg, Germany)" at high).

A title is typed by Facebook's own life-event categories (its composer's "Work", "Education", "Relationship",
"Home & living", "Family", "Health & wellness", 2018–25) with the words of the titles Facebook writes — English,
and the German, Spanish, French, Portuguese and Turkish of :mod:`.lifewords` ("Ehe geschlossen", "Se casó",
"S'est marié(e)", "Casou-se", "Evlendi" are relationship); a title in another language, or of a category without
a rule here, is kept as type ``other`` with its title. The title is the only field that says what the event was
(its ``start_date`` is the other); the profile's dated facts are typed by their field, in any language.
The same event told in two places (a "Started New Job at Acme" post on 2024-02-01 and the profile's job at Acme
from 2024-02-01) is one event, its places listed in ``declared_in``: same type, dates ≤ :data:`SAME_EVENT_DAYS`
apart.

GDPR Art. 9 (the decision of the twenty-fifth pass, T25A M1): a job, a move, a school, a relationship or a
family event is no special category in itself. What is: a health event (an illness overcome, surgery, quitting a
habit …, and "Expecting a baby": health, as the pregnancy keyword rule) — and a relationship that tells the
person's sexual orientation, i.e. a same-sex one. Facebook's export gives no partner's gender, so a relationship
is taken as same-sex only where the export itself says so: the profile's ``interested_in`` names the person's own
gender (``gender`` MALE beside "Men"), or the title matches the sexuality keywords (``categories``). Such events
are left out of the finding without ``--include-sensitive`` (whether one was found is itself Art. 9 data: only
the finding's standing caveat says sensitive findings are off). State: a few events per person (bounded by
:data:`CAP`).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from ..categories import special_category
from ..events import Event
from ..lazyrx import lazy_compile
from ..wording import iso_words
from .lifewords import FOREIGN_TYPE_WORDS
from .model import EvidenceItem
from .sensitive import NightGate, spoken_bound, window_month, withheld_near

CAP = 200  # declared candidates kept (a person declares a handful)
SAME_EVENT_DAYS = 45  # a post's start date and the profile's date of one job, move or relationship
DECLARED_KINDS = frozenset({"facebook.post", "facebook.profile_update", "facebook.profile"})

# Facebook's life-event categories, in the order tried (pregnancy before family: "Expecting a baby").
_TYPE_RULES: tuple[tuple[str, str], ...] = (
    ("health", r"overcame an? (?:illness|disease)|surgery|broken bone|broke (?:a|my|an?) (?:bone|arm|leg|wrist|ankle|"
               r"hip|rib|foot|hand|collarbone)|quit (?:smoking|drinking|a habit)|"
               r"weight loss|lost weight|new eating habits|\bsober\b|diagnos|\bbraces\b|new glasses|"
               r"contact lenses|hearing aid|blood donor|organ donor|recovered from"),
    ("pregnancy", r"\bexpecting\b|\bpregnan"),
    ("job", r"\bnew job\b|started (?:a )?(?:new )?job|started working|\bworks? at\b|\bpromot(?:ed|ion)\b|"
            r"new position|\bretire(?:d|ment)\b|left (?:a |my )?job|\bjoined\b.+\bas\b|\bnow working\b"),
    ("education", r"\bgraduated\b|started (?:school|university|college|studying)|new school|\bstudied\b|"
                  r"\bstudies at\b|\benrolled\b"),
    ("move", r"\bmoved\b|\brelocated\b|new home\b|bought a (?:new )?(?:home|house|flat|apartment)|"
             r"new roommate|\blives in\b"),
    ("relationship", r"in a relationship|\bengaged\b|\bmarried\b|\bwedding\b|new relationship|first met|"
                     r"civil union|domestic partnership|\bdivorced?\b|\bseparated\b|ended a relationship|"
                     r"end of (?:a )?relationship|\bsingle\b|it'?s complicated|open relationship"),
    ("family", r"new family member|new child|\bbaby\b|became an? (?:father|mother|parent|grand\w+|aunt|uncle)|"
               r"welcomed|\badopted\b (?:a )?(?:child|son|daughter)"),
    # Facebook's composer writes "Lost a Loved One" (Family & Relationships, 2012–: informit.com "What Is a Life
    # Event?"; the twenty-ninth pass's third tester, M8: it was `other`), older titles "Loss of a Loved One"
    ("loss", r"\blo(?:ss|st) (?:of )?a loved one|passed away|in memor|\bdeath of\b|\bbereave"),
    ("pet", r"new pet|adopted a (?:dog|cat|puppy|kitten|pet)|got a (?:dog|cat|puppy|kitten)"),
    ("travel", r"\btraveled\b|\btravelled\b|new (?:language|hobby)|first trip"),
)
# each category's English words, then its words in German, Spanish, French, Portuguese and Turkish (lifewords):
# one category order for every language, so "Erwartet ein Baby" is pregnancy before family's "baby"
_TYPES = tuple((name, lazy_compile(f"{rx}|{FOREIGN_TYPE_WORDS[name]}" if name in FOREIGN_TYPE_WORDS else rx,
                                 re.IGNORECASE)) for name, rx in _TYPE_RULES)
# the Art. 9 category of a declared type (health events; pregnancy as the keyword rule's SENSITIVE_LIFE_EVENTS)
SENSITIVE_TYPES = {"health": "health", "pregnancy": "health"}
# Titles that tell a belief, an opinion, a sexual orientation or a union membership, whatever their type (T29C H5:
# "Changed Religious Beliefs", "Changed Political Beliefs", "Came Out" were printed by default as type ``other``;
# the titles are the tester's, not verified on a real export: the rule reads the words, as the keyword gate does).
# A "changed beliefs" title naming no kind is a religious or philosophical belief (Art. 9 names them together).
SENSITIVE_TITLES: tuple[tuple[str, re.Pattern[str]], ...] = tuple((category, lazy_compile(rx, re.IGNORECASE)) for
                                                                 category, rx in (
    ("politics", r"\bpolitical (?:beliefs?|views?|party)\b|\bjoined (?:a |the )?(?:political )?party\b"),
    ("religion", r"\b(?:religious|spiritual) (?:beliefs?|views?)\b|\bchanged (?:my |their |his |her )?beliefs?\b|"
                 r"\bconverted\b|\bbapti[sz]ed\b|\bfirst communion\b|\bbar mitzvah\b|\bbat mitzvah\b"),
    ("sexuality", r"\bcame out\b|\bcoming out\b|\bout as (?:gay|lesbian|bi|trans|queer)"),
    ("union", r"\bjoined (?:a |the )?(?:trade |labou?r )?union\b"),
    # ART9B (T29D N4: "Started Treatment" printed as `other`): a treatment begun, a gender transition, a faith
    # changed, in English and as a localised export would write them (German, French, Spanish; unverified on a real
    # export, as above)
    ("health", r"\b(?:started|began|beginning|starting) (?:a |my )?(?:new )?treatment\b|\bbehandlung begonnen\b|"
               r"\bbehandlung (?:angefangen|gestartet)\b|\bcommencé (?:un |le |mon )?traitement\b|"
               r"\bcomenz[oó] (?:un |el |mi )?tratamiento\b|\bempez[oó] (?:un |el |mi )?tratamiento\b|"
               r"\bovercame an? (?:illness|disease)\b"),
    ("sexuality", r"\bgender transition\b|\btransitioned\b|\bgeschlechtsangleichung\b|\btransition de genre\b|"
                  r"\btransici[oó]n de g[eé]nero\b"),
    ("religion", r"\bglauben ge(?:ä|ae)ndert\b|\breligion ge(?:ä|ae)ndert\b|\bchang[eé] de (?:religion|croyances?)\b|"
                 r"\bcambi[oó] (?:de )?(?:religi[oó]n|creencias)\b"),
))


#: how a declared type is named where a low spell in the writing is said to follow it ("after the loss of a loved
#: one", only with --include-sensitive; "after a life event" otherwise: text.tie_low_periods)
DECLARED_NAMES = {"health": "health event", "pregnancy": "pregnancy", "job": "change of job",
                  "education": "change in studies", "move": "move", "relationship": "change in relationship",
                  "family": "new family member", "loss": "loss of a loved one", "pet": "new pet", "travel": "trip",
                  "other": "life event you declared"}


def special_title(title: str) -> str | None:
    """The Art. 9 category a declared life event's title tells (:data:`SENSITIVE_TITLES`, then the keyword gate's
    :func:`.categories.special_category`), or None."""
    for category, rx in SENSITIVE_TITLES:
        if rx.search(title):
            return category
    return special_category(title)
# the profile's dated facts → (type, how the title reads)
_PROFILE_FACTS = {"work": "job", "current_city": "move", "place_lived": "move", "relationship": "relationship",
                  "education": "education"}
# the profile's interested_in as the interface writes it (English, and the German, Spanish, French, Portuguese and
# Turkish of the same interface as lifewords; ``gender`` itself is structured: gender_option MALE/FEMALE)
_OWN_GENDER = {"male": ("men", "males", "man", "male", "männer", "hombres", "hommes", "homens", "erkekler"),
               "female": ("women", "females", "woman", "female", "frauen", "mujeres", "femmes", "mulheres",
                          "kadınlar")}
SOURCE_NAMES = {"facebook.post": "life-event post", "facebook.profile_update": "profile update history",
                "facebook.profile": "profile"}


def life_event_type(title: str) -> str:
    """Facebook's life-event category of a title: ``"Started New Job at Acme"`` → ``job``; ``other`` when none."""
    for name, rx in _TYPES:
        if rx.search(title):
            return name
    return "other"


def _day(text: Any) -> tuple[date | None, str | None]:
    """ISO text of any precision ("2024", "2024-05", "2024-05-14", "2024-05-14T…Z") → (the first day it can
    mean, the text at its own precision); (None, None) when no date."""
    if not isinstance(text, str) or not re.match(r"^\d{4}", text):
        return None, None
    parts = text[:10].split("-")
    try:
        y = int(parts[0])
        m = int(parts[1]) if len(parts) > 1 else 1
        d = int(parts[2]) if len(parts) > 2 else 1
        return date(y, m, d), "-".join(parts)
    except (ValueError, IndexError):
        return None, None


class DeclaredLife:
    """Collects the declared candidates of one run (bounded), then merges and gates them (:meth:`events`)."""

    def __init__(self) -> None:
        self.candidates: list[dict[str, Any]] = []
        self.gender: str | None = None
        self.interested_in: list[str] = []
        self.hometown: str | None = None

    def feed(self, event: Event) -> None:
        """Read one record of :data:`DECLARED_KINDS` (anything else, or a record that declares nothing, is
        ignored)."""
        kind = event.kind
        attrs = event.attrs or {}
        if kind == "facebook.profile":
            fact = attrs.get("fact")
            if fact == "gender" and isinstance(event.text, str):
                self.gender = event.text.lower()
            elif fact == "hometown" and isinstance(event.text, str):
                self.hometown = event.text
            elif fact == "interested_in":
                value = event.text if event.text is not None else attrs.get("value")
                words = value if isinstance(value, list) else [value]
                self.interested_in = [str(w).lower() for w in words if w][:10]
            elif fact in _PROFILE_FACTS:
                self._profile_fact(event, str(fact))
            return
        life = attrs.get("life_event")
        if not isinstance(life, dict):
            return
        title = str(life.get("title") or "").strip()
        start = life.get("start_date")
        when, shown = _day(start)
        if when is None and event.time is not None:  # no start date given: the post's or change's day
            when, shown = event.time.date(), event.time.date().isoformat()
        if when is None or not title:
            return
        self._add(life_event_type(title), when, shown, title, event)

    def _profile_fact(self, event: Event, fact: str) -> None:
        attrs = event.attrs or {}
        name = event.text or ""
        if fact == "education":
            graduated = attrs.get("graduated") and attrs.get("end")
            when, shown = _day(attrs.get("end") if graduated else attrs.get("start"))
            title = f"Graduated from {name}" if graduated else f"Started at {name}"
        elif fact == "work":
            when, shown = _day(attrs.get("start") or attrs.get("since"))
            role = attrs.get("title")
            title = f"Works at {name}" + (f" as {role}" if role else "")
        elif fact == "relationship":
            when, shown = _day(attrs.get("since"))
            partner = attrs.get("partner")
            title = name + (f" with {partner}" if partner else "")
        else:  # current_city, place_lived
            when, shown = _day(attrs.get("start") or attrs.get("since"))
            title = f"Lives in {name}"
            # the day the field was set, not a move's: it may only back a move declared elsewhere
            set_on_only = fact == "current_city" or not attrs.get("start")
            if when is not None and name:
                self._add("move", when, shown, title, event, city=name if fact == "current_city" else None,
                          joins_only=set_on_only)
            return
        if when is not None and name:
            self._add(_PROFILE_FACTS[fact], when, shown, title, event)

    def _add(self, kind: str, when: date, shown: str | None, title: str, event: Event,
             city: str | None = None, joins_only: bool = False) -> None:
        if len(self.candidates) < CAP:
            self.candidates.append({"type": kind, "day": when, "date": shown or when.isoformat(), "title": title,
                                    "source": SOURCE_NAMES.get(event.kind, event.kind),
                                    "evidence": EvidenceItem.of(event), "city": city, "joins_only": joins_only})

    def same_sex_declared(self) -> bool:
        """The export itself says the person is interested in their own gender (profile ``interested_in`` beside
        ``gender``): their relationship events then tell their sexual orientation (Art. 9)."""
        own = _OWN_GENDER.get(self.gender or "")
        return bool(own) and any(w in own for w in self.interested_in)

    def events(self, include_sensitive: bool,
               gate: NightGate | None = None) -> tuple[list[dict[str, Any]], int]:
        """The declared events, one per type and time (sources merged), earliest first, and how many were left
        out as Art. 9 without ``include_sensitive``. Each: {type, month, start, completed, sensitive, basis:
        "declared", title, declared_in[], _evidence[]}; the title is the most specific one (a life-event
        title before a profile field's).

        ``gate``: the report's (:meth:`.sensitive.NightGate.of` the context). A declared day (``start`` an ISO day)
        within its ``near_move`` — the calendar months about a clock switch the time zone undated — is said by its
        window's months (WINDOW62): ``start``/``completed`` "withheld (near a night-time move) Jun–Aug 2026",
        ``start_month`` and ``month`` "2026-06/2026-08"
        (NEAR61, T58A 2: "move 2 Jul 2026 (Moved to Tokyo, Japan)" beside the switch's "withheld Tue 23:00" told
        which Tuesday). A month or year the person gave is said as given."""
        merged: list[dict[str, Any]] = []
        # the profile's current city where the person is from (hometown) is no move: the date is when the field
        # was set (often at sign-up), not a move (profile facts come in any order: decided here)
        candidates = [c for c in self.candidates if not (c["city"] and c["city"] == self.hometown)]
        # the dated events first; a field's set-on day (joins_only) then backs one of them or is dropped
        for c in sorted(candidates, key=lambda c: (c["joins_only"], c["day"], c["source"] != "life-event post")):
            for m in merged:
                # an ``other`` row is one event only with its own title: two unread titles are two events (T29C H5:
                # "Changed Religious Beliefs" hid "Changed Political Beliefs" a month later)
                if m["type"] == c["type"] and abs((m["day"] - c["day"]).days) <= SAME_EVENT_DAYS and (
                        c["type"] != "other" or m["title"].casefold() == c["title"].casefold()):
                    if c["source"] not in m["declared_in"]:
                        m["declared_in"].append(c["source"])
                    if len(m["_evidence"]) < 5:
                        m["_evidence"].append(c["evidence"])
                    if m["source"] == "profile" and c["source"] != "profile":  # the declared life event's words
                        m.update(title=c["title"], date=c["date"], day=c["day"], source=c["source"])
                    break
            else:
                if not c["joins_only"]:
                    merged.append({**c, "declared_in": [c["source"]], "_evidence": [c["evidence"]]})
        same_sex = self.same_sex_declared()
        out: list[dict[str, Any]] = []
        withheld = 0
        # the withheld events' days and names (no title, not in the report): a low spell in the writing that follows
        # one is said by month (text.tie_low_periods), as lifeposts' withheld events are
        self.withheld_days: list[tuple[date, str]] = []
        for m in sorted(merged, key=lambda m: m["day"]):
            category = SENSITIVE_TYPES.get(m["type"]) or special_title(m["title"])
            if m["type"] == "relationship" and same_sex:
                category = "sexuality"
            if category and not include_sensitive:
                withheld += 1
                self.withheld_days.append((m["day"], DECLARED_NAMES.get(m["type"], DECLARED_NAMES["other"])))
                continue
            said: str = m["date"]
            near: dict[str, str] = {}
            month = m["day"].strftime("%Y-%m")
            span = gate.window(m["day"], None) if gate is not None and len(str(said)) >= 10 else None
            if span is not None:  # by the window's months, its own month too (WINDOW62)
                assert gate is not None
                said, month = withheld_near(str(said)[:10], None, gate), window_month(span)
                near = {"start_month": month}
            out.append({"type": m["type"], "month": month, "start": said,
                        "completed": said} | near | {"sensitive": category, "basis": "declared", "title": m["title"],
                        "declared_in": m["declared_in"], "_evidence": m["_evidence"], "_day": m["day"]})
        return out, withheld


def declared_sentence(events: list[dict[str, Any]]) -> str:
    """"You told Facebook: job 1 Feb 2024 (Started New Job at Acme Robotics); move May 2024 (Moved to Bergen,
    Norway)." (days and months as every sentence says them: :func:`~dataexam.wording.iso_words`; the value keeps the
    ISO ``start``) — ``""`` without any."""
    if not events:
        return ""
    # a day withheld near an undated switch by its month (NEAR61): "job Jul 2026 (day withheld: near a night-time
    # move; --include-sensitive)"
    parts = [f"{e['type']} {iso_words(spoken_bound(e['start'], e.get('start_month')))} ({e['title']})"
             for e in events]
    return "You told Facebook: " + "; ".join(parts) + "."
