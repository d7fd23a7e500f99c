"""The sensitive gate on what findings quote: no record text of a GDPR Art. 9 category without ``--include-sensitive``.

Findings that rest on *when* a person acted (time zone, sleep, social jetlag, late nights, routine, late-night
buying) quote no record text at all (:meth:`.model.EvidenceItem.pointer`), so this gate matters for the rest.
Findings that are themselves Art. 9 (``Finding.sensitive``: the sensitive-signal inventory, a pregnancy) are
withheld whole by :func:`dataexam.inference.infer`. This module guards the rest: any finding may quote a record
as an example (the time zone's first night-time order, the spending finding's first purchases, a sleep window's
earliest tweet), and the twenty-third pass's tester found a pregnancy test bought at 01:30, prenatal vitamins,
an antidepressant, condoms, a Bible and "Praying at church …" quoted verbatim as evidence of time zone, sleep,
spending and late-night buying, right under the banner "Sensitive findings … are off". :func:`gate` runs once
on every finding the report keeps, so no aggregator has to remember it:

- every evidence item whose text relates to a special category (``categories.special_category`` of the whole
  text, kept on the item as ``EvidenceItem.special``, or of its excerpt) keeps its pointer (export, file,
  record, kind) and its place in the counts, but its excerpt becomes :data:`WITHHELD_EXCERPT` and its ``time``
  loses its date (:func:`withheld_time`: "withheld Sun 10:27", as a night-time record's): one screen decides a
  record's text and its date alike, since the date of a special post or order tells as much as its words (ART9,
  T31B A1: "record 433, 2024-03-03 10:27 local — (text withheld …)"); a text the screen lets through is quoted
  and dated, its date then withheld only by the night rule below, which reads the hour, never the words;
- so does every record dict of that shape inside a finding's value (impulse buying's ad → order pairs, the
  trust score's per-factor evidence), which hold the items' dict form.

- every evidence item's member path (and every quoted record's) has its Messenger thread folder's name masked
  (:func:`mask_thread_folder`): Facebook names the folder after the thread's title or the other person
  (``messages/archived_threads/hivsupportzq_6800539491/``, a group "HIV support"), and a run-together,
  lower-cased title cannot be read word by word by the keyword gate, so every thread folder is masked, not only
  those a keyword would catch (T25B M4). The id after the last ``_`` stays, so the pointer still finds the folder.

The platforms' own declared interests in special categories are counted, not named, by
:mod:`.platform`, which knows which list they came from.

No date of night-time activity is given without ``--include-sensitive``, for anyone: a night awake in Ramadan tells
a religion (T27B M5). The findings that speak of nights write their texts and values undated themselves
(:class:`NightGate`, passed to the clock), and :func:`withhold_night_dates`, run once on the findings kept, only
withholds the ``time`` of night-time examples (whole fields, no phrase rewritten) and adds the note.
The twenty-seventh pass withheld the dates only where they followed Ramadan's calendar; that knew one faith, and
the dates missing for one person beside everyone else's told the practice themselves (T27D H1, T27E H1). "Night"
is :data:`NIGHT_FROM_H`–:data:`NIGHT_TO_H` local (:func:`is_night`). A check-in or geotag near a holy city
(Hajj, Umrah) names the nearest other town, as anyone's there would (``place._unholy``, GATE2); past its bound
:data:`HOLY_PLACE` still withholds the name (T27D L6).

Purchases in special categories are not counted at all without ``--include-sensitive``: :func:`withheld_purchase`
is the one test, applied once, where the timeline enters the inference (:func:`.engine.run`, in the main process
and in the inference worker alike), so no finding — spending, the home's shipping addresses, the time zone's timed
actions, interests, the inputs' counts — counts a purchase another leaves out. A number that differed between two
findings by the purchases one of them withheld would give their count (the twenty-sixth pass's tester, T26C H3:
"100 % of your 6 orders" beside spending's 1 order). ``scan`` and ``batch`` apply the same test to what they count
(docs/findings.md, "Purchases in special categories").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, tzinfo
from functools import cached_property
from typing import Any

from ..categories import PURCHASE_KINDS as _PURCHASE_KINDS
from ..categories import WITHHELD_EXCERPT, is_sensitive, special_excerpt, special_product
from ..events import Event, When
from ..wording import plural
from .engine import categories_of, special_text
from .model import EvidenceItem, Finding

# the keys of EvidenceItem.to_dict(): a dict holding all of them inside a value is a quoted record
_ITEM_KEYS = frozenset({"archive", "member", "index", "kind", "excerpt"})


#: what a Messenger thread folder's name becomes in a member path without --include-sensitive
THREAD_MASK = "<thread>"

# A Messenger thread folder: the segment after ``messages/`` (2018: ``messages/<title>_<id>/``) or after one of
# its sorting folders (``messages/inbox/<title>_<id>/`` since 2019, under ``your_activity_across_facebook/`` in
# 2022-23 and ``your_facebook_activity/`` since 2024; formats.md "Messenger"), followed by the thread's files
# (``message_N.json``) or media folders (``photos/``, ``files/`` …). A file directly under ``messages/`` or a
# sorting folder (``messages/autofill_information.json``) is no thread.
_SORTING = ("inbox", "archived_threads", "filtered_threads", "message_requests", "e2ee_cutover")
_THREAD_FOLDER = re.compile(r"(?:^|(?<=/))messages/(?:(?:" + "|".join(_SORTING) + r")/)?(?P<folder>[^/]+)/")
# Facebook's own folders beside the threads in the 2018 layout: not named after anyone
_NOT_THREADS = frozenset({*_SORTING, "stickers_used", "photos", "gifs", "videos", "audio", "files",
                          "message_requests", "secret_conversations"})
_THREAD_ID = re.compile(r"_(?P<id>[A-Za-z0-9-]*\d[A-Za-z0-9-]*)$")


#: the purchase records a report without ``--include-sensitive`` leaves out when their text is special
#: (:func:`withheld_purchase`; defined in :mod:`dataexam.categories`, which ``scan`` reads without importing the
#: inference package)
PURCHASE_KINDS = _PURCHASE_KINDS


def special_record(event: Event, screened: bool = False) -> bool:
    """Whether ``event``'s text matches a sensitive (Art. 9) category of the keyword map (:func:`.engine.categories_of`
    of the whole text, with the brands, compounds and other scripts of :mod:`dataexam.special_terms`), or Amazon's
    own classification of it says so (:func:`.categories.special_product`: an UNSPSC medical segment, a medical
    product type): the trust score's test at its door, and :func:`withheld_purchase`'s.

    ``screened``: a text not categorised yet is screened first (:func:`.engine.special_text`), for a caller that
    reads no category of its own (the trust score: a message received is categorised by nothing else); the answer
    is the same. :func:`withheld_purchase` asks first about purchases the spending findings categorise next: it
    categorises them at once."""
    return ((special_text(event.text) if screened else any(is_sensitive(c) for c in categories_of(event.text)))
            or bool(special_group(event))
            or special_product(event.kind, event.attrs) is not None)


def special_group(event: Event) -> tuple[str, ...]:
    """The sensitive (Art. 9) categories of the Facebook group a post or comment was written in (``attrs.group``: the
    group's name, from ``group_posts_v2``' "… posted in <group>." title or ``group_comments_v2[].data[].comment.group``,
    2020–2025 trees), or ``()``. Writing in "Narcotics Anonymous Köln" says what membership of it says, whatever the
    words ("Treffen am Dienstag?"), so such a record counts, and is withheld, as the group's name would be (T31A M1).
    An X direct message's ``group`` is a flag (``True``), not a name, and says nothing."""
    group = event.attrs.get("group") if event.kind.startswith("facebook.") else None
    if not isinstance(group, str) or not group:
        return ()
    return tuple(c for c in categories_of(group) if is_sensitive(c))


def withheld_purchase(event: Event) -> bool:
    """Whether a report without ``--include-sensitive`` leaves ``event`` out of everything it counts: a record of
    :data:`PURCHASE_KINDS` whose text is special (module text). The one predicate: :func:`dataexam.inference.infer`
    hands it to :func:`.engine.run`; ``scan`` and ``batch`` use it for their counts."""
    return event.kind in PURCHASE_KINDS and special_record(event)


def mask_thread_folder(member: str) -> str:
    """``member`` (an archive member path) with a Messenger thread folder's name replaced by :data:`THREAD_MASK`,
    keeping the id after its last ``_`` when that holds a digit (``…/inbox/hivsupportzq_6800539491/message_1.json``
    → ``…/inbox/<thread>_6800539491/message_1.json``); other paths unchanged."""
    match = _THREAD_FOLDER.search(member)
    if match is None or match["folder"] in _NOT_THREADS or match["folder"].startswith(THREAD_MASK):
        return member
    folder = match["folder"]
    tail = _THREAD_ID.search(folder)
    masked = THREAD_MASK + (f"_{tail['id']}" if tail else "")
    return member[:match.start("folder")] + masked + member[match.end("folder"):]


#: the holy cities a visit to which tells a religion (Hajj, Umrah: GDPR Art. 9), as the place finding names a town a
#: check-in, geotag or location record is near ("check-in near Makkah, SA": GeoNames 104515 Makkah and 109223
#: Madinah, the only such towns of >= 15,000 people it holds in Saudi Arabia; the English exonyms too). Only with the
#: country code SA: Medina, Ohio stays. Without --include-sensitive the town is withheld, the country and the trip
#: kept (T27D L6)
HOLY_PLACE = re.compile(r"\bnear (?:Makkah|Mecca|Madinah|Medina|Al Madinah|Al-Madinah|Sulţānah|Sultanah)(?=, SA\b)")
#: the same towns as names a person declares or ships to, in the forms a platform or an address gives them (folded:
#: :func:`holy_town`); and Sulţānah, a district of Madinah that GeoNames lists as a town of its own (946,697 people,
#: 4 km from Madinah's point): without it a Madinah geotag would read "near Sulţānah, SA" (GATE2)
_HOLY_TOWNS = frozenset({"makkah", "mecca", "mekka", "mekkah", "makkah al mukarramah", "mecca al mukarramah",
                         "madinah", "medina", "al madinah", "madinah al munawwarah", "al madinah al munawwarah",
                         "medina al munawwarah", "sultanah"})


def holy_town(name: str | None, country: str | None) -> bool:
    """Whether a town ``name`` in ``country`` (ISO 3166 alpha-2) is a holy city that only Muslims may enter, so that
    living there or visiting tells a religion (GDPR Art. 9): Makkah and Madinah in Saudi Arabia (Saudi law bars
    non-Muslims from Makkah and from Madinah's sanctuary), in the spellings of :data:`_HOLY_TOWNS`, case, accents
    and hyphens aside. Only with ``country`` "SA": Medina, Ohio is none. The country itself stays: Saudi Arabia's
    residents are of every faith (millions of foreign workers). Lourdes, Fátima, Varanasi, Jerusalem, Rome are
    open to everyone and lived in by people of every faith (and the first two are under the gazetteer's 15,000
    people, so no geotag names them): not withheld (README, "Special categories")."""
    if not name or (country or "").upper() != "SA":
        return False
    folded = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return " ".join(folded.casefold().replace("-", " ").replace("'", "").split()) in _HOLY_TOWNS


#: what such a town's name becomes
PLACE_WITHHELD = "near a place withheld (special category; --include-sensitive)"


def _holy(excerpt: str | None) -> str | None:
    """``excerpt`` with a holy city's name (:data:`HOLY_PLACE`) withheld, else itself."""
    return HOLY_PLACE.sub(PLACE_WITHHELD, excerpt) if excerpt and "near " in excerpt else excerpt


def _gate_member(item: EvidenceItem) -> EvidenceItem:
    if item.excerpt and (said := _holy(item.excerpt)) != item.excerpt:
        item = replace(item, excerpt=said)
    member = mask_thread_folder(item.member)
    return item if member == item.member else replace(item, member=member)


def withheld_item(item: EvidenceItem) -> bool:
    """True when ``item``'s excerpt must not be shown without ``--include-sensitive``."""
    return item.excerpt is not None and item.excerpt != WITHHELD_EXCERPT and bool(
        item.special or special_excerpt(item.excerpt))


#: the months' abbreviations a withheld time near a night-time move begins with ("Jun–Aug 2026 07:30")
_MONTHS3 = frozenset("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split())


def _special_time(iso: str, zone: tzinfo | None, near: Any = None) -> str:
    """A special-category record's withheld ``time`` (:data:`SPECIAL_WITHHELD`): its weekday and hour — or, on a day
    ``near`` (a :class:`NightGate`) withholds as near an undated switch, by day or at night, its window's months and
    hour ("withheld (special category) Jun–Aug 2026 10:27": a weekday there would pin the night's beside it,
    EXAMPLE60; its own month a month's edge, WINDOW62)."""
    t = _local(iso, zone)
    span = near.window(iso, zone) if near is not None and t is not None else None
    if t is not None and span is not None:
        return f"{SPECIAL_WITHHELD} {window_words(span)} {t:%H:%M}"
    return withheld_time(iso, zone, special=True)


def _undated(item: EvidenceItem, zone: tzinfo | None, near: Any = None) -> EvidenceItem:
    """``item`` without the date of its ``time`` when its text is withheld (:func:`withheld_time`: weekday and hour
    kept; near an undated switch its month and hour, :func:`_special_time`): one screen decides a record's text and
    its date alike (module text)."""
    if item.excerpt == WITHHELD_EXCERPT and item.time and not item.time.startswith(TIME_WITHHELD):
        said = _special_time(item.time, zone, near)
        # in a window near a night-time move: no record number either (WINDOW62, T58E 2)
        return replace(item, time=said, index=None if said[len(SPECIAL_WITHHELD):][:5].strip()[:3] in _MONTHS3
                       else item.index)  # type: ignore[arg-type]
    return item


def gate_item(item: EvidenceItem, zone: tzinfo | None = None, near: Any = None) -> EvidenceItem:
    """``item`` with its excerpt and its date withheld when it relates to a special category (the weekday and the
    hour on ``zone``'s clock kept, UTC when None; ``near``: the report's :class:`NightGate`, whose days near an
    undated switch keep the month instead of the weekday) and its thread folder masked (:func:`mask_thread_folder`),
    else ``item`` itself."""
    return _gate_member(_undated(replace(item, excerpt=WITHHELD_EXCERPT) if withheld_item(item) else item, zone,
                                 near))


def _gate_value(node: Any, zone: tzinfo | None = None, near: Any = None) -> Any:
    """A finding's value with the excerpt and the date of every quoted record (a dict of an evidence item's keys)
    that relates to a special category withheld; other values unchanged (a new container only where one changed)."""
    if isinstance(node, dict):
        if _ITEM_KEYS <= node.keys():
            out = node
            if isinstance(node.get("excerpt"), str) and node["excerpt"] != WITHHELD_EXCERPT and \
                    special_excerpt(node["excerpt"]):
                out = {**out, "excerpt": WITHHELD_EXCERPT}
            if out.get("excerpt") == WITHHELD_EXCERPT and isinstance(out.get("time"), str) and \
                    not out["time"].startswith(TIME_WITHHELD):
                said = _special_time(out["time"], zone, near)
                out = {**out, "time": said} | ({"index": None} if said[len(SPECIAL_WITHHELD):][:5].strip()[:3]
                                                in _MONTHS3 else {})
            if isinstance(out.get("excerpt"), str) and _holy(out["excerpt"]) != out["excerpt"]:
                out = {**out, "excerpt": _holy(out["excerpt"])}
            if isinstance(node.get("member"), str) and mask_thread_folder(node["member"]) != node["member"]:
                out = {**out, "member": mask_thread_folder(node["member"])}
            return out
        out = {k: _gate_value(v, zone, near) for k, v in node.items()}
        return node if all(out[k] is v for k, v in node.items()) else out
    if isinstance(node, list):
        items = [_gate_value(v, zone, near) for v in node]
        return node if all(a is b for a, b in zip(items, node)) else items
    if isinstance(node, EvidenceItem):
        return gate_item(node, zone, near)
    return node


def gate(finding: Finding, zone: tzinfo | None = None, near: Any = None) -> int:
    """Withhold, in place, every excerpt of ``finding`` that relates to a special category (evidence items and
    records quoted inside its value), and the date of every record whose excerpt is withheld (ART9, T31B: "record
    433, 2024-03-03 10:27 local — (text withheld …)" dated a special post; the weekday and the hour on ``zone``'s
    clock stay, as for a night-time record — by day near an undated switch, its month: ``near``, the report's
    :class:`NightGate`); returns how many evidence items were withheld."""
    items = finding.evidence.items
    withheld = 0
    for i, item in enumerate(items):
        if withheld_item(item):
            item = replace(item, excerpt=WITHHELD_EXCERPT)
            withheld += 1
        items[i] = _gate_member(_undated(item, zone, near))
    finding.value = _gate_value(finding.value, zone, near)
    return withheld


#: what a night-time record's evidence ``time`` begins with without ``--include-sensitive``
#: (:func:`withhold_night_dates`): ``"withheld Tue 02:32"``, the weekday and the hour on the time-zone finding's
#: clock (UTC without one), not the date; not an ISO time: renderers say "Tue 02:32, date withheld (night-time;
#: --include-sensitive)"
TIME_WITHHELD = "withheld"

#: "night", once for every finding (:func:`is_night`): the local hours the home finding already called night (its
#: night logins and geotags, ``place``: 22:00–06:00), on the time-zone finding's clock (UTC without one); the late
#: nights' own records (inside the person's sleep window) are night whatever their hour
NIGHT_FROM_H, NIGHT_TO_H = 22, 6

#: the caveat of every ``late_nights`` and ``sleep`` finding without ``--include-sensitive``, the same for everyone
NIGHT_DATES_NOTE = (f"Dates of night-time activity ({NIGHT_FROM_H:02d}:00–{NIGHT_TO_H:02d}:00 local, and nights "
                    "awake inside your sleep window) are not listed without --include-sensitive, for anyone: a "
                    "night's date can tell a religious practice (special categories); their number, weekdays and "
                    "hours are.")

_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _day(iso: Any) -> date | None:
    try:
        return date.fromisoformat(str(iso)[:10])
    except ValueError:
        return None


def is_night(iso: Any, zone: tzinfo | None) -> bool:
    """Whether an evidence ``time`` (ISO-8601 UTC, ``…Z``) falls at night — local hour ≥ :data:`NIGHT_FROM_H` or
    < :data:`NIGHT_TO_H` on ``zone`` (a ``MovedZone`` reads each period on its own clock; UTC when None). A
    date-only record (``"2022-12-31"``) or an undated one has no hour: False."""
    t = _local(iso, zone)
    return t is not None and is_night_at(t, zone)


def is_night_at(t: datetime, zone: tzinfo | None) -> bool:
    """Whether the aware instant ``t`` falls at night on ``zone``'s clock (UTC when None), as :func:`is_night`
    reads an evidence time: for a reading that holds instants, not ISO text to parse again (MOVE48)."""
    hour = t.astimezone(zone or UTC).hour
    return hour >= NIGHT_FROM_H or hour < NIGHT_TO_H


def _local(iso: Any, zone: tzinfo | None) -> datetime | None:
    """An evidence time on ``zone``'s clock (UTC when None); None for a date-only, undated or withheld one."""
    if not isinstance(iso, str) or len(iso) <= 10 or iso.startswith(TIME_WITHHELD):
        return None
    try:
        t = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return None
    return (t if t.tzinfo is not None else t.replace(tzinfo=UTC)).astimezone(zone or UTC)


#: what a *special-category* record's withheld ``time`` begins with (:func:`gate`: its text is withheld, so its date
#: is too): "withheld (special category) Sun 10:27" — a night-time record's is :data:`TIME_WITHHELD` alone ("withheld
#: Tue 02:32"), so each is said with its own reason (T31C N8: a season's night-time end was said "date withheld
#: (special category …)")
SPECIAL_WITHHELD = TIME_WITHHELD + " (special category)"

#: what the withheld ``time`` of a record begins with where it lies in the window of three calendar months fixed
#: about a clock switch the gate undated (``clock.month_window``: the month before, the month and the month after the
#: switch's first local day on the later clock; ``Context.move_days_withheld``, :attr:`NightGate.near_move`;
#: EXAMPLE60, T57A 2, NEAR61, WINDOW62): "withheld (near a night-time move) Jun–Aug 2026 07:30", the window's months
#: and the record's hour, never its day, its own month, its weekday — a night-time record's neither — nor (the
#: evidence items') its record number. Beside the switch's own bound ("withheld Tue 23:00", Berlin's last evening) a
#: dated login the next morning ("2026-07-01 07:30") told which Tuesday; a weekday kept here would too (a week of
#: them counted back from the first dated one), and so did each record's own month at a month's edge (T58E 1)
MOVE_WITHHELD = TIME_WITHHELD + " (near a night-time move)"


def window_words(span: tuple[date, date]) -> str:
    """A withheld window's months (WINDOW62): "Jun–Aug 2026", "Dec 2026–Feb 2027" across a year's end, "Jul 2026"
    for one month."""
    a, b = span
    if (a.year, a.month) == (b.year, b.month):
        return f"{a:%b %Y}"
    return f"{a:%b}–{b:%b %Y}" if a.year == b.year else f"{a:%b %Y}–{b:%b %Y}"


def window_month(span: tuple[date, date]) -> str:
    """A withheld window's months as the JSON's ``…_month`` fields give them (WINDOW62): an ISO-8601 interval of
    months, "2026-06/2026-08" (one month: "2026-07"); :func:`month_words` says it "Jun–Aug 2026"."""
    a, b = f"{span[0]:%Y-%m}", f"{span[1]:%Y-%m}"
    return a if a == b else f"{a}/{b}"


_NEAR_MONTHS = re.compile(r"((?:[A-Z][a-z]{2}(?: \d{4})?–)?[A-Z][a-z]{2} \d{4})")


def near_months(said: Any) -> tuple[str, str] | None:
    """The months a record withheld near a night-time move says (:func:`withheld_near`): ("Jun–Aug 2026",
    "2026-06/2026-08") for "withheld (near a night-time move) Jun–Aug 2026 07:30" — the words and the ``…_month``
    field (:func:`window_month`); None for any other ``said``. The said form is the one source of the months every
    sentence about it says (WINDOW62: a real day's own month beside it narrowed the night)."""
    text = str(said)
    if not text.startswith(MOVE_WITHHELD):
        return None
    m = _NEAR_MONTHS.match(text[len(MOVE_WITHHELD):].strip())
    if m is None:
        return None
    words = m.group(1)
    first, _, last = words.partition("–")
    try:
        b = datetime.strptime(last or first, "%b %Y").date()
        a = datetime.strptime(first if " " in first else f"{first} {b.year}", "%b %Y").date()
    except ValueError:
        return None
    return words, window_month((a, b))


def withheld_near(iso: str, zone: tzinfo | None, gate: NightGate | None = None, *,
                  hour_zone: tzinfo | None = None) -> str:
    """A record's ``time`` (ISO-8601 ``…Z``, or a date-only record's ISO day) withheld as lying near a night-time
    move (:data:`MOVE_WITHHELD`): the months of the window it lies in (``gate``'s :meth:`NightGate.window`, on
    ``zone``'s clock or in UTC: "Jun–Aug 2026"; WINDOW62: every record in a window says the same months, never its
    own — a run of records each saying its month gave the month's edge): "withheld (near a night-time move) Jun–Aug
    2026", no hour (WINDOW65: a record in the window is on whichever clock the withheld night gives it, so its hour
    moved with the night's day — the first login from the later country "Jun–Aug 2026 07:00" for a night on 3 Jul,
    "… 08:00" for one on 24 Jul; :meth:`.engine.Context.hour_read`); the record's own month and, for a timed record,
    its hour on ``zone``'s clock (UTC when None) without a ``gate`` (or outside its windows): "… Jul 2026 07:30";
    just the marker when ``iso`` is neither. ``hour_zone``: the clock the record was lived on, where it is another
    than ``zone``'s reading at that instant (:func:`lived_clock`: a login from the later clock's country before the
    switch's day cut); it gives that hour, outside a window only (SWITCH62, T59D: the first US login of a Sydney →
    Los Angeles move, 02:30 in Los Angeles, was said "… May–Jul 2024 19:30", Sydney's hour)."""
    t = _local(iso, zone)
    d = t.date() if t is not None else _day(iso) if isinstance(iso, str) and len(iso) == 10 else None
    if d is None:
        return MOVE_WITHHELD
    span = gate.window(iso, zone) if gate is not None else None
    if span is not None:
        return f"{MOVE_WITHHELD} {window_words(span)}"
    if t is not None and hour_zone is not None:
        t = _local(iso, hour_zone) or t
    return f"{MOVE_WITHHELD} {d:%b %Y} {t:%H:%M}" if t is not None else f"{MOVE_WITHHELD} {d:%b %Y}"


def withheld_time(iso: str, zone: tzinfo | None, *, special: bool = False) -> str:
    """``iso``'s weekday and hour without its date: :data:`TIME_WITHHELD` + ``" Tue 02:32"`` (just the marker when
    ``iso`` is no instant); ``special``: withheld for its text's special category, :data:`SPECIAL_WITHHELD` +
    ``" Sun 10:27"``."""
    t = _local(iso, zone)
    return (SPECIAL_WITHHELD if special else TIME_WITHHELD) + (f" {_WEEKDAYS[t.weekday()]} {t:%H:%M}"
                                                              if t is not None else "")


#: how a sentence says a withheld day: "Mon 22:28, date withheld (night-time; --include-sensitive)" (a night-time
#: record's, :data:`TIME_WITHHELD`: the hour withholds it, never the words — :class:`NightGate`,
#: :func:`withhold_night_dates`), "Sun 10:27, date withheld (special category; --include-sensitive)" (a record whose
#: text relates to a special category, :data:`SPECIAL_WITHHELD`: :func:`gate`), as the renderers say an example's
#: withheld time (note45, T31C N8: a season's end or a shipping town's first order placed at night was said
#: "(special category …)")
NIGHT_DATE_WITHHELD = "date withheld (night-time; --include-sensitive)"
DATE_WITHHELD_SPECIAL = "date withheld (special category; --include-sensitive)"
DATE_WITHHELD_MOVE = "date withheld (near a night-time move; --include-sensitive)"


def withheld_reason(said: str) -> tuple[str, str]:
    """A withheld ``time``'s marker and the words of its reason: (:data:`SPECIAL_WITHHELD`,
    :data:`DATE_WITHHELD_SPECIAL`), (:data:`MOVE_WITHHELD`, :data:`DATE_WITHHELD_MOVE`), else the night-time
    record's (:data:`TIME_WITHHELD`, :data:`NIGHT_DATE_WITHHELD`)."""
    for marker, reason in ((SPECIAL_WITHHELD, DATE_WITHHELD_SPECIAL), (MOVE_WITHHELD, DATE_WITHHELD_MOVE)):
        if said.startswith(marker):
            return marker, reason
    return TIME_WITHHELD, NIGHT_DATE_WITHHELD


def withheld_words(said: str) -> str:
    """A withheld ``time`` (:data:`TIME_WITHHELD` or :data:`SPECIAL_WITHHELD` + " Mon 22:28") in words, its reason
    said: "Mon 22:28, date withheld (night-time; --include-sensitive)" / "…(special category; …)"."""
    marker, reason = withheld_reason(said)
    return ", ".join(x for x in (said[len(marker):].strip(), reason) if x)


def spoken(said: Any) -> str:
    """A day as a finding's sentence gives it: ``said`` itself ("2019-05-02"), or for a withheld one
    (:data:`TIME_WITHHELD`: "withheld Mon 22:28") "Mon 22:28, date withheld (night-time; --include-sensitive)"
    (:func:`withheld_words`)."""
    text = str(said)
    return withheld_words(text) if text.startswith(TIME_WITHHELD) else text


def spoken_bound(said: Any, real: Any) -> str:
    """A period's or a move's bound as a sentence gives it (T33B L1: "Your records from Sat 11:00, date withheld
    (night-time; --include-sensitive) on fit Australia/Sydney"): a bound is a day, so ``said`` itself where it is
    one ("2024-04-01"); where it is withheld (:data:`TIME_WITHHELD`: its own record is at night) its month, from
    ``real`` (the real ISO day, or a "2024-03" month), with the reason: "Mar 2024 (day withheld: night-time;
    --include-sensitive)" — a month is not a night's date (the move's month is said beside it). Without a usable
    ``real``, as :func:`spoken`."""
    text = str(said)
    if not text.startswith(TIME_WITHHELD):
        return text
    near = near_months(text)  # near a night-time move: the window's months it says, never ``real``'s (WINDOW62)
    month = near[0] if near is not None else month_words(real)
    if month is None:
        return spoken(said)
    reason = withheld_reason(text)[1]
    return f"{month} ({reason.replace('date withheld (', 'day withheld: ', 1)}"


def spoken_span(first: Any, first_real: Any, last: Any, last_real: Any) -> str:
    """A period "from A to B" (:func:`spoken_bound` each); both withheld alike: "from Sep 2023 to May 2024 (days
    withheld: night-time; --include-sensitive)", the reason said once."""
    a, b = spoken_bound(first, first_real), spoken_bound(last, last_real)
    ta, tb = str(first), str(last)
    if ta.startswith(TIME_WITHHELD) and tb.startswith(TIME_WITHHELD) and "(" in a and a[a.index("("):] == \
            b[b.index("(") if "(" in b else 0:]:
        reason = a[a.index("("):].replace("(day withheld", "(days withheld", 1)
        return f"from {a[:a.index('(')].strip()} to {b[:b.index('(')].strip()} {reason}"
    return f"from {a} to {b}"


def month_words(real: Any) -> str | None:
    """An ISO day or month ("2024-03-31", "2024-03") as "Mar 2024", an interval of months (a window near a night-time
    move, :func:`window_month`: "2026-06/2026-08") as "Jun–Aug 2026"; None for anything else (a withheld form)."""
    text = str(real)
    if "/" in text:
        a, _, b = text.partition("/")
        try:
            return window_words((date.fromisoformat(f"{a[:7]}-01"), date.fromisoformat(f"{b[:7]}-01")))
        except ValueError:
            return None
    try:
        d = date.fromisoformat(f"{text[:7]}-01")
    except ValueError:
        return None
    return f"{d:%b %Y}"


@dataclass(frozen=True)
class NightGate:
    """Whether the findings that speak of nights may give their calendar dates: ``dated`` is
    ``--include-sensitive`` (module text: no date of night-time activity without it, for anyone). Made once per
    report (:meth:`of` the inference context) and passed to the writers of night dates, which build their texts and
    values with it — the late nights (``sleep.set_late_nights``), the sleep finding's shift and holiday spells and
    its broken-nights caveat — so that no finished text is rewritten afterwards; :func:`withhold_night_dates` then
    only withholds the ``time`` field of night-time examples and adds :data:`NIGHT_DATES_NOTE`.

    Undated wording: a spell's length ("in a spell of 29 days", "… of 5 months", "… of 2.3 years"), a span of
    months by its count ("in one month", "over 4 months"), a run of nights by its length ("over 2 years").

    ``near_move``: the days of the windows about the clock switches the time-zone finding undated, three whole
    calendar months each, fixed per switch (``clock.month_window``: the month before, the month and the month after
    its first local day on the later clock; WINDOW62 — NEAR61's, ± ``clock.WEEKDAY_PINS`` days to the months' edges,
    reached a month further only for a night near its month's edge, a ruler), each said by its months
    (:meth:`window`, :func:`withheld_near`)
    (``Context.move_days_withheld``: each local day, on either clock beside the switch, on the finding's and in UTC,
    of the two records beside it); the one place every writer of a dated record asks (:meth:`near`,
    :meth:`instant`, :func:`withhold_night_dates`): without ``--include-sensitive`` a record on such a day is said
    by its window's months and hour (:func:`withheld_near`), by day and at night (EXAMPLE60, T57A 2: the switch
    "withheld Tue 23:00" beside the evidence line "login.json, record 1, 2026-07-01 07:30 local" told which
    Tuesday). Empty before the time-zone finding has read its switches, and where none is undated."""

    dated: bool
    near_move: frozenset[date] = frozenset()

    @classmethod
    def of(cls, ctx: Any) -> NightGate:
        """The gate of an inference context (``ctx.include_sensitive``; ``ctx.move_days_withheld``, the days near
        an undated switch, once the time-zone finding has set them)."""
        dated = bool(ctx.include_sensitive)
        return cls(dated=dated, near_move=frozenset() if dated else frozenset(getattr(ctx, "move_days_withheld", ())))

    def near(self, t: When | datetime | date | str | None, zone: tzinfo | None) -> bool:
        """Whether the gate withholds ``t`` as lying near an undated switch: closed, and ``t``'s day — on
        ``zone``'s clock or in UTC (the text says the one, the JSON the other) — one of :attr:`near_move`. ``t``: a
        kept bound (:class:`~dataexam.events.When`), a UTC instant, an evidence ``time`` (ISO-8601 ``…Z``, or a
        date-only record's ISO day) or a day (``date``: a day the value says, on whichever clock it is said)."""
        if self.dated or not self.near_move or t is None:
            return False
        if isinstance(t, When):
            if t.date_only:
                return t.t.astimezone(UTC).date() in self.near_move
            t = t.t
        if isinstance(t, str):
            local = _local(t, zone)
            if local is None:
                day = _day(t) if len(t) == 10 else None
                return day is not None and day in self.near_move
            t = local
        if isinstance(t, datetime):
            aware = t if t.tzinfo is not None else t.replace(tzinfo=UTC)
            return aware.astimezone(zone or UTC).date() in self.near_move \
                or aware.astimezone(UTC).date() in self.near_move
        return t in self.near_move

    @cached_property
    def _windows(self) -> list[tuple[date, date]]:
        """:attr:`near_move` as its runs of consecutive days, (first, last) each, in order: the windows (whole
        months each, ``clock.month_window``; two switches' windows that touch are one)."""
        runs: list[tuple[date, date]] = []
        for d in sorted(self.near_move):
            if runs and (d - runs[-1][1]).days == 1:
                runs[-1] = (runs[-1][0], d)
            else:
                runs.append((d, d))
        return runs

    def window(self, t: When | datetime | date | str | None, zone: tzinfo | None) -> tuple[date, date] | None:
        """The withheld window (first and last day, whole months: ``clock.month_window``) that ``t`` lies in, as
        :meth:`near` reads it (its day on ``zone``'s clock, else in UTC); None where :meth:`near` is false. Every
        record in one window is said by these months (:func:`withheld_near`, :func:`window_month`; WINDOW62)."""
        if not self.near(t, zone):
            return None
        days: list[date] = []
        if isinstance(t, When):
            if t.date_only:
                days.append(t.t.astimezone(UTC).date())
                t = None
            else:
                t = t.t
        if isinstance(t, str):
            local = _local(t, zone)
            if local is None:
                day = _day(t) if len(t) == 10 else None
                days += [day] if day is not None else []
            t = local
        if isinstance(t, datetime):
            aware = t if t.tzinfo is not None else t.replace(tzinfo=UTC)
            days += [aware.astimezone(zone or UTC).date(), aware.astimezone(UTC).date()]
        elif isinstance(t, date):
            days.append(t)
        for d in days:
            for a, b in self._windows:
                if a <= d <= b:
                    return a, b
        return None

    def count_days(self, days: Iterable[date], noun: str = "day") -> str:
        """A count of ``days`` (local or UTC days) as a report says it: "260 days" (``wording.count_phrase``); with
        the gate closed and some of them in a window about a switch the time-zone finding undated
        (:attr:`near_move`), those outside every window alone, said so — "days (201 outside Jun–Aug 2026)". A count
        of the days since (or until) an undated switch is the night counted back from the archive's last day (or
        on from its first): T59D 1, "bootstrap resamples of 260 days" beside "Period 1 Mar 2025 – 20 Mar 2027".
        The days outside the windows are the same for every night inside them (the windows' edges are months the
        report says already)."""
        from ..wording import count_phrase, plural

        days = list(days)
        inside = [d for d in days if not self.dated and d in self.near_move]
        if not inside:
            return count_phrase(len(days), noun)
        spans = sorted({w for d in inside if (w := self.window(d, None)) is not None})
        said = " and ".join(window_words(w) for w in spans)
        return f"{plural(2, noun)} ({len(days) - len(inside):,} outside {said})"

    def spell(self, first: str, last: str, *, lead: str = "from") -> str:
        """A spell of nights from ``first`` to ``last`` (ISO dates, inclusive): dated "from 2024-03-01 to
        2024-03-29" (``lead`` before it; "" for "2024-03-01 to 2024-03-29"), else "in a spell of 29 days" (with a
        lead) or "a spell of 29 days" (without)."""
        if self.dated:
            return f"{lead} {first} to {last}".lstrip()
        a, b = _day(first), _day(last)
        said = _spell((b - a).days + 1 if a and b else 0)
        return f"in {said}" if lead else said

    def instant(self, t: When | datetime | None, zone: tzinfo | None) -> str | None:
        """A record's instant as a report gives it (ISO-8601 UTC, ``…Z``: ``events.format_time``); undated
        (:func:`withheld_time`: "withheld Thu 22:32") when the gate is closed and the record is at night
        (:func:`is_night` on ``zone``). For the bounds of a period (the inputs' first and last records, the
        trust score's ``period``): T28D M2, where the one night-time record withheld in the examples was dated
        by the period it opened. ``t`` is a :class:`~dataexam.events.When` (a kept bound) or a bare UTC instant (a
        timed record's). A date-only record (``When.date_only``: ``TimeSource.DATE_ONLY``, an old Amazon report's
        order day stamped 00:00 UTC) is its ISO day alone (``"2022-01-02"``, as ``model.evidence_time`` gives it),
        never withheld: a day with no time is no night (AMZ53: "Sun 00:00, date withheld").

        One shape for every such bound in the JSON (T51 9: a plain date where a date-only order was the first or
        last record, an ISO datetime otherwise, with nothing saying which): the string as the record gives it —
        its ISO day for a date-only record (no 00:00 is written: that midnight is no record's hour, and a reader
        would take it for a night-time instant), ISO-8601 ``…Z`` for a timed one, the withheld form at night — and,
        beside it, a ``…_date_only`` flag (:meth:`date_only`) that is true exactly where the string is a day:
        ``inputs.first_date_only`` / ``last_date_only``, the trust score's ``period_date_only`` [first, last]. A
        reader parses the string by the flag, never by its length; the text, Markdown and HTML reports say
        either as its day ("2 Jan 2022")."""
        from ..events import format_time

        near = self.near(t, zone)  # near an undated switch: its month (and hour), by day too (EXAMPLE60)
        if isinstance(t, When):
            if t.date_only:
                day = t.t.astimezone(UTC).date().isoformat()
                return withheld_near(day, zone, self) if near else day
            t = t.t
        iso = format_time(t)
        if iso is None or self.dated:
            return iso
        if near:  # any record in the window by the window, a night-time one too (WINDOW62: no weekday there)
            return withheld_near(iso, zone, self)
        return withheld_time(iso, zone) if is_night(iso, zone) else iso

    @staticmethod
    def date_only(t: When | datetime | None) -> bool:
        """Whether :meth:`instant` says ``t`` as a day alone (a date-only record's bound): the JSON's ``…_date_only``
        flag beside it."""
        return isinstance(t, When) and t.date_only

    def day(self, t: When | datetime | None, zone: tzinfo | None) -> str | None:
        """A record's UTC date (``"2021-11-11"``), or :meth:`instant`'s withheld form for a night-time record when
        the gate is closed (a date-only record's never withheld)."""
        said = self.instant(t, zone)
        return said if said is None or said.startswith(TIME_WITHHELD) else said[:10]

    def home_day(self, t: When | None, zone: tzinfo | None) -> str | None:
        """A bound's ISO day on the home's calendar (:meth:`.When.day` on ``zone``, the time-zone finding's clock;
        UTC where ``None``): a date-only record's own day, a timed record's local date — a Los Angeles post at 20:00
        on 31 Dec 2021 (1 Jan 04:00 UTC) is ``"2021-12-31"``, a Manila post at 07:00 on 1 Jan 2023 (31 Dec 23:00
        UTC) ``"2023-01-01"`` (BOUND56: the Period wrote the UTC day, a day off the evidence lines' clock). ``None``
        without a bound, or where :meth:`instant` withholds it (a night-time record, the gate closed): the day of a
        night is no more given here than there."""
        if t is None:
            return None
        said = self.instant(t, zone)
        return None if said is None or said.startswith(TIME_WITHHELD) else t.day(zone).isoformat()

    def night_clock(self, t: datetime | str | None, clocks: Iterable[tzinfo | None]) -> tzinfo | None:
        """The first of ``clocks`` on whose wall time the record at ``t`` (a UTC instant, or an evidence ``time``:
        ISO-8601 ``…Z``) is at night (:func:`is_night`), or None — whatever the gate (callers ask it for a record
        they may withhold). One rule for "is this record at night on a clock other than the one the person's clock
        gives at that instant?": the person's clock first (``ctx.zone``; its withheld form is then said on it),
        then the candidates the caller knows of — the zones of the person's clock lying in the country a login
        placed the person in (a move's bound, :meth:`~.moves.MovesMixin._said_day`), or both clocks beside a
        switch within :data:`SWITCH_DOUBT_H` hours (:func:`switch_clocks`, an example; :func:`withhold_night_dates`).
        A switch is dated by the records the clock reads, a day late or early at times (T30C M1/N1: the first
        Canadian login, 02:50 in Toronto, was "08:50" on Berlin's clock, dated)."""
        from ..events import format_time

        iso = t if isinstance(t, str) or t is None else format_time(t)
        for zone in clocks:
            if is_night(iso, zone):
                return zone
        return None

    def months(self, span: dict[str, Any]) -> str:
        """A broken-nights span (``{"from": "YYYY-MM", "to": "YYYY-MM"}``) in words: dated "in 2024-03" / "from
        2024-03 to 2024-06", else "in one month" / "over 4 months"."""
        if self.dated:
            return f"in {span['from']}" if span["from"] == span["to"] else f"from {span['from']} to {span['to']}"
        n = month_count(span)
        return "in one month" if n == 1 else f"over {n} months"


def _spell(days: int) -> str:
    """A spell's length without its dates: "a spell of 29 days", "… of 5 months", "… of 2.3 years"."""
    if days < 62:
        return f"a spell of {days} {plural(days, 'day')}"
    if days < 730:
        months = round(days / 30.44)
        return f"a spell of {months} {plural(months, 'month')}"
    return f"a spell of {f'{days / 365.25:.1f}'.removesuffix('.0')} years"


def over(days: int) -> str:
    """A run of nights' length without its dates: "over 3 years" / "over 5 months" / "over 12 days" / "on one
    day" (``days``: first to last night, inclusive)."""
    return "on one day" if days <= 1 else "over " + _spell(days).removeprefix("a spell of ")


def month_count(span: dict[str, Any]) -> int:
    """The calendar months of a span ``{"from": "YYYY-MM", "to": "YYYY-MM"}``, both counted; 0 when unreadable."""
    try:
        y0, m0 = map(int, str(span["from"]).split("-")[:2])
        y1, m1 = map(int, str(span["to"]).split("-")[:2])
    except (KeyError, ValueError):
        return 0
    return (y1 - y0) * 12 + m1 - m0 + 1


def weekday_counts(days: list[date]) -> dict[str, int]:
    """How many of ``days`` fall on each weekday: ``{"Mon": n, …, "Sun": n}``, every weekday present."""
    out = {w: 0 for w in _WEEKDAYS}
    for d in days:
        out[_WEEKDAYS[d.weekday()]] += 1
    return out


#: an example within this many hours of a clock switch (a move) is read on both clocks beside the switch
SWITCH_DOUBT_H = 48


def switch_clocks(iso: Any, zone: tzinfo | None, country: str | None = None) -> list[tzinfo | None]:
    """The candidate clocks of an evidence ``time`` for :meth:`NightGate.night_clock`: ``zone`` (the person's
    clock) first, then — within :data:`SWITCH_DOUBT_H` hours of a switch of a moved clock (``MovedZone``:
    ``zones``, ``switches``) — the two clocks beside that switch. A record that places the person in ``country``
    (ISO code: a login's address) where one clock beside the switch lies in that country and the other does not
    was lived on that one: its clock alone (SWITCH59, T56C 3b: Sydney → Los Angeles, the first US login, Sun 12:00
    in Los Angeles, was withheld as "Mon 05:00", Sydney's night, a day before the switch)."""
    out: list[tzinfo | None] = [zone]
    switches, zones = getattr(zone, "switches", None), getattr(zone, "zones", None)
    t = _local(iso, UTC)
    if not switches or not zones or t is None:
        return out
    naive = t.replace(tzinfo=None)
    for i, switch in enumerate(switches):
        if abs((naive - switch).total_seconds()) <= SWITCH_DOUBT_H * 3600:
            pair = [zones[i], zones[i + 1]]
            own = [z for z in pair if country is not None and _zone_country(z) == country]
            if len(own) == 1:
                return own
            out += pair
    return out


def lived_clock(iso: Any, zone: tzinfo | None, country: str | None) -> tzinfo | None:
    """The clock a record beside a switch was lived on where the record itself tells it (:func:`switch_clocks`: a
    login from the country of one clock beside the switch and not of the other), else None — ``zone``'s reading
    stands (a post, a login from a third country: either clock)."""
    clocks = switch_clocks(iso, zone, country)
    return clocks[0] if len(clocks) == 1 and clocks[0] is not zone else None


def _zone_country(zone: tzinfo | None) -> str | None:
    """The country (ISO code) a named zone lies in (zone.tab), or None."""
    from .zoneprior import zone_countries

    return zone_countries().get(str(getattr(zone, "key", "")))


def _night_zone(iso: Any, zone: tzinfo | None, country: str | None = None) -> tzinfo | None:
    """The clock on which an example's ``time`` is at night, or None (:meth:`NightGate.night_clock` on
    :func:`switch_clocks`; ``country``: the one the record places the person in)."""
    return _GATE.night_clock(iso, switch_clocks(iso, zone, country))


#: the gate whose :meth:`NightGate.night_clock` the examples' withholding asks (called only without the flag)
_GATE = NightGate(dated=False)


def _undate_items(items: list[EvidenceItem], zone: tzinfo | None, every: bool,
                  near: NightGate = _GATE) -> list[EvidenceItem]:
    out = []
    for i in items:
        night = (zone if every else _night_zone(i.time, zone, i.country)) if i.time else None
        if i.time and near.near(i.time, zone):
            # near an undated switch (EXAMPLE60), by day or at night: by its window's months and hour, no weekday
            # (WINDOW62, T58E 3), and no record number — with daily logins, "record 17" counts the days (T58E 2);
            # the hour on the clock it was lived on (SWITCH62)
            out.append(replace(i, time=withheld_near(i.time, zone, near,  # type: ignore[arg-type]
                                                     hour_zone=lived_clock(i.time, zone, i.country)), index=None))
        elif i.time and (every or night is not None):
            out.append(replace(i, time=withheld_time(i.time, night)))
        else:
            out.append(i)
    return out


def _undate_quoted(node: Any, zone: tzinfo | None, near: NightGate = _GATE) -> Any:
    """A finding's value with the ``time`` of every quoted record (a dict of an evidence item's keys: impulse
    buying's ad → order pairs, the trust score's factors) at night withheld, and by day where ``near`` withholds it
    (:meth:`NightGate.near`: near an undated switch, by its month); other values unchanged."""
    if isinstance(node, dict):
        if _ITEM_KEYS <= node.keys():
            if isinstance(node.get("time"), str) and near.near(node["time"], zone):
                # by its window's months and hour, no weekday nor record number (WINDOW62, T58E 2/3)
                country = node.get("country") if isinstance(node.get("country"), str) else None
                return {**node, "time": withheld_near(node["time"], zone, near,
                                                      hour_zone=lived_clock(node["time"], zone, country)),
                        "index": None}
            night = _night_zone(node.get("time"), zone)
            if night is not None:
                return {**node, "time": withheld_time(node["time"], night)}
            return node
        out = {k: _undate_quoted(v, zone, near) for k, v in node.items()}
        return node if all(out[k] is v for k, v in node.items()) else out
    if isinstance(node, list):
        items = [_undate_quoted(v, zone, near) for v in node]
        return node if all(a is b for a, b in zip(items, node)) else items
    return node


def withhold_night_dates(findings: list[Finding], zone: tzinfo | None, gate: NightGate = _GATE) -> None:
    """Without ``--include-sensitive``, no finding gives the calendar date of night-time activity, for anyone
    (T27B M5, T27D H1/H2/H5, T27E H1: a date list tested against Ramadan withheld for one person only was itself
    the signal, and no calendar test covers every faith's). The findings that speak of nights have built their
    texts and values undated already (:class:`NightGate`: the late nights' ``listed``, ``weekdays``,
    ``over_days``, ``broken_spans`` as ``{months, nights, share}``; sleep's ``shift_periods`` as ``{days, nights,
    window, label}``, "in a spell of 29 days"); here, in place, only whole fields:

    - every finding's evidence items (and records quoted in a value) at night (:func:`is_night` on ``zone``) —
      every one of the late nights' — keep export, file, record and kind; their ``time`` is
      :data:`TIME_WITHHELD` with the weekday and the hour (:func:`withheld_time`: "withheld Tue 02:32");
    - every other evidence item and quoted record on a day near a clock switch the time-zone finding undated
      (``gate``'s :attr:`NightGate.near_move`, the report's gate: :meth:`NightGate.of` the context) keeps its
      month and hour (:func:`withheld_near`: "withheld (near a night-time move) Jul 2026 07:30"), by day too;
    - :data:`NIGHT_DATES_NOTE` is a caveat of every ``late_nights`` and ``sleep`` finding, found or not.
    The same fields and notes for every person: only the values differ."""
    for f in findings:
        if f.id in ("late_nights", "sleep"):
            f.caveats = [*f.caveats, NIGHT_DATES_NOTE]
        f.evidence.items = _undate_items(f.evidence.items, zone, every=f.id == "late_nights", near=gate)
        f.value = _undate_quoted(f.value, zone, gate)


__all__ = [
    "DATE_WITHHELD_MOVE",
    "DATE_WITHHELD_SPECIAL",
    "MOVE_WITHHELD",
    "NIGHT_DATES_NOTE",
    "NIGHT_DATE_WITHHELD",
    "NIGHT_FROM_H",
    "NIGHT_TO_H",
    "PURCHASE_KINDS",
    "SPECIAL_WITHHELD",
    "THREAD_MASK",
    "TIME_WITHHELD",
    "WITHHELD_EXCERPT",
    "NightGate",
    "gate",
    "gate_item",
    "holy_town",
    "is_night",
    "mask_thread_folder",
    "month_count",
    "over",
    "special_record",
    "spoken",
    "weekday_counts",
    "withheld_item",
    "withheld_near",
    "withheld_purchase",
    "withheld_reason",
    "withheld_time",
    "withheld_words",
    "withhold_night_dates",
]
