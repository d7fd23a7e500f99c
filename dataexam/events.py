"""The unified event model (schema version 1) and parse issues.

Every parser turns export records into :class:`Event` values; every fault it meets becomes a
:class:`ParseIssue` in the same stream. Both are frozen and typed, so they can be pickled into
sort runs, compared in tests and serialised the same way everywhere.

The JSON form of an event (one JSON Lines row, one CSV row, one SQLite row) is documented in the
README and as a JSON Schema shipped in ``dataexam/schemas/event.schema.json``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, tzinfo
from enum import StrEnum
from typing import Any

from .issue_codes import IssueKind, code_kind, default_nothing_read

SCHEMA_VERSION = 1


class TimeSource(StrEnum):
    """How an event's time was obtained."""

    UTC = "utc"  # the export states the instant in UTC (epoch numbers, ``Z`` or ``+0000`` strings)
    ASSUMED_UTC = "assumed-utc"  # a zone-less string (X ads, Amazon search data) read as UTC
    LOCAL_CONVERTED = "local-converted"  # a local time converted with a known zone
    DATE_ONLY = "date-only"  # only a calendar date; stored as midnight UTC of that date
    NONE = "none"  # the export gives no time (X likes, declared interests, profile facts)


@dataclass(frozen=True, slots=True)
class When:
    """A record's time as the bound of a span keeps it: ``t`` (timezone-aware UTC) and whether the record gives
    only a calendar date (``date_only``: :attr:`TimeSource.DATE_ONLY`, e.g. the old Amazon Order History Report's
    "Order Date" M/D/YYYY, stamped 00:00 UTC of its day: formats.md §3).

    The date-only fact belongs to the record, so it travels with its instant: an aggregator keeping a first / last
    record keeps a ``When`` (:meth:`of` the event; :func:`earlier` / :func:`later` pick the bound), and the report's
    writers (``sensitive.NightGate.instant`` / ``day``) read ``date_only`` off it — none has to remember to pass it
    (AMZ53 passed an ``untimed=`` flag from each caller; one forgotten gave "Sun 00:00, date withheld" for a day).
    """

    t: datetime
    date_only: bool = False

    @classmethod
    def of(cls, event: Event) -> When | None:
        """The event's time, or ``None`` for an undated record (no ``time``, or :attr:`TimeSource.NONE`)."""
        if event.time is None or event.time_source == TimeSource.NONE:
            return None
        return cls(event.time, event.time_source == TimeSource.DATE_ONLY)

    def day(self, zone: tzinfo | None = None) -> date:
        """The record's calendar day on the home's clock: a date-only record's own day (the day it writes, stamped
        00:00 UTC), a timed record's local date on ``zone`` (UTC where ``None``). A date-only "2 Jan" order and a
        post at 22:00 on 1 Jan in New York (2 Jan 03:00 UTC) are then 2 Jan and 1 Jan (AMZ55: the order's UTC
        midnight came first and it was the first record)."""
        if self.date_only:
            return self.t.astimezone(UTC).date()
        return (self.t.astimezone(zone) if zone is not None else self.t.astimezone(UTC)).date()


def _before(a: When, b: When, zone: tzinfo | None) -> bool:
    """Whether ``a`` is strictly before ``b``: two timed records by their instants, else by their days on the home's
    calendar (:meth:`When.day`) — a date-only record has no instant to compare within its day."""
    if not a.date_only and not b.date_only:
        return a.t < b.t
    return a.day(zone) < b.day(zone)


def _same_day_timed(kept: When, new: When, zone: tzinfo | None) -> bool:
    """Whether ``new`` should replace ``kept``, a record of the same day on the home's calendar (:meth:`When.day`):
    ``new`` timed and ``kept`` date-only — a timed record says more, and both give the Period the same home day (the
    report writes every bound's day on the home's calendar: ``inputs.first_day`` / ``last_day``; BOUND56 1). Before,
    the report wrote a timed bound's UTC day, and a Tokyo post at 08:00 on 1 Jan 2023 (31 Dec 2022 UTC) was kept
    only where its UTC day matched (T53 1)."""
    return new.date_only is False and kept.date_only is True and kept.day(zone) == new.day(zone)


def earlier(kept: When | None, new: When | None, zone: tzinfo | None = None) -> When | None:
    """The first of two bounds: ``new`` where it is earlier than ``kept`` — two timed records by their instants, a
    date-only record against any other by the days on the home's calendar (``zone``: the home's clock; UTC where
    ``None``: :meth:`When.day`) — or on the same day and the one to keep (:func:`_same_day_timed`: the timed
    record); else ``kept``. ``None`` is no bound. Which of a date-only and a timed record is
    first depends on ``zone``; an aggregator that does not know it yet keeps a :class:`Bounds`."""
    if new is None:
        return kept
    if kept is None or _before(new, kept, zone) or _same_day_timed(kept, new, zone):
        return new
    return kept


def later(kept: When | None, new: When | None, zone: tzinfo | None = None) -> When | None:
    """The last of two bounds (:func:`earlier`'s rule the other way: later, or the same day and timed)."""
    if new is None:
        return kept
    if kept is None or _before(kept, new, zone) or _same_day_timed(kept, new, zone):
        return new
    return kept


@dataclass(slots=True)
class Bounds:
    """The first and last records of a span, kept while the home's clock is not known yet (a stream's aggregators
    see every record before the zone is chosen): the first and last timed records (by instant) and the first and last
    date-only ones (by day), apart — which of a timed and a date-only record is first depends on the home's calendar
    (:func:`earlier`), so both are kept and :meth:`first` / :meth:`last` pick on the ``zone`` given then."""

    first_timed: When | None = None
    first_dated: When | None = None
    last_timed: When | None = None
    last_dated: When | None = None

    def add(self, when: When | None) -> None:
        """Count a record's time (``None``: an undated record, not counted)."""
        if when is None:
            return
        if when.date_only:
            self.first_dated, self.last_dated = earlier(self.first_dated, when), later(self.last_dated, when)
        else:
            self.first_timed, self.last_timed = earlier(self.first_timed, when), later(self.last_timed, when)

    def first(self, zone: tzinfo | None = None) -> When | None:
        """The first record on the home's calendar (``zone``; UTC where ``None``), or ``None`` for none dated."""
        return earlier(self.first_dated, self.first_timed, zone)

    def last(self, zone: tzinfo | None = None) -> When | None:
        """The last record on the home's calendar (``zone``; UTC where ``None``), or ``None`` for none dated."""
        return later(self.last_dated, self.last_timed, zone)

    def at(self, zone: tzinfo | None = None) -> tuple[When | None, When | None]:
        """(:meth:`first`, :meth:`last`) on the home's calendar (``zone``; UTC where ``None``): the span's bounds as
        the report, the trust score and ``scan`` read them, ``(None, None)`` for none dated."""
        return self.first(zone), self.last(zone)

    def merge(self, other: Bounds) -> None:
        """Count ``other``'s records too (the bounds of another part of the stream)."""
        for when in (other.first_timed, other.first_dated, other.last_timed, other.last_dated):
            self.add(when)


@dataclass(frozen=True, slots=True)
class Origin:
    """Where an event comes from: the input as given, the member path inside it, the record index."""

    archive: str
    member: str
    index: int

    def to_dict(self) -> dict[str, Any]:
        return {"archive": self.archive, "member": self.member, "index": self.index}


@dataclass(frozen=True, slots=True, kw_only=True)
class Event:
    """One record of a person's data, on the unified timeline.

    ``time`` is timezone-aware UTC or ``None``; ``key`` identifies the same record across
    overlapping exports (platform id where one exists, else a hash of stable fields).
    """

    time: datetime | None
    time_source: TimeSource
    source: str
    kind: str
    actor: str
    text: str | None
    attrs: Mapping[str, Any]
    origin: Origin
    key: str

    def __post_init__(self) -> None:
        time = self.time
        if time is not None and time.tzinfo is not UTC and time.utcoffset() is None:
            raise ValueError("Event.time must be timezone-aware (UTC)")

    @property
    def sort_key(self) -> tuple[float, str]:
        """Chronological order; undated events sort after every dated one."""
        if self.time is None:
            return (float("inf"), self.key)
        return (self.time.timestamp(), self.key)

    def to_dict(self) -> dict[str, Any]:
        """The schema-1 JSON shape of this event."""
        return {
            "time": format_time(self.time),
            "time_source": str(self.time_source),
            "source": self.source,
            "kind": self.kind,
            "actor": self.actor,
            "text": self.text,
            "attrs": dict(self.attrs),
            "origin": self.origin.to_dict(),
            "key": self.key,
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, default=_json_default)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Event:
        """Rebuild an event from its schema-1 JSON shape (the inverse of :meth:`to_dict`)."""
        origin = data["origin"]
        return cls(
            time=parse_time(data["time"]),
            time_source=TimeSource(data["time_source"]),
            source=data["source"],
            kind=data["kind"],
            actor=data["actor"],
            text=data.get("text"),
            attrs=data.get("attrs") or {},
            origin=Origin(origin["archive"], origin["member"], int(origin["index"])),
            key=data["key"],
        )


def make_event(time: datetime | None, time_source: TimeSource, source: str, kind: str, actor: str,
               text: str | None, attrs: Mapping[str, Any], origin: Origin, key: str) -> Event:
    """The same :class:`Event` as ``Event(time=…, …)``, built ~2.5x faster (0.5 µs, not 1.4 µs).

    A frozen dataclass's ``__init__`` parses keywords and sets each field through
    ``object.__setattr__``; here the nine slots are set directly. For the per-record hot paths
    (a parser's :meth:`~dataexam.parser.MemberContext.event`, the sort runs' decoders), which run
    once per record of a multi-GB export. ``time`` is checked as :meth:`Event.__post_init__` does.

    Raises ``ValueError`` for a naive ``time``.
    """
    if time is not None and time.tzinfo is not UTC and time.utcoffset() is None:
        raise ValueError("Event.time must be timezone-aware (UTC)")
    event = _new(Event)
    _set_time(event, time)
    _set_time_source(event, time_source)
    _set_source(event, source)
    _set_kind(event, kind)
    _set_actor(event, actor)
    _set_text(event, text)
    _set_attrs(event, attrs)
    _set_origin(event, origin)
    _set_key(event, key)
    return event


def make_origin(archive: str, member: str, index: int) -> Origin:
    """``Origin(archive, member, index)``, built the way :func:`make_event` builds an event."""
    origin = _new(Origin)
    _set_archive(origin, archive)
    _set_member(origin, member)
    _set_index(origin, index)
    return origin


# the slots' own descriptors: setting through them is what a frozen dataclass's __init__ does in the end
_new = object.__new__
(_set_time, _set_time_source, _set_source, _set_kind, _set_actor, _set_text, _set_attrs, _set_origin,
 _set_key) = (getattr(Event, name).__set__ for name in ("time", "time_source", "source", "kind", "actor", "text",
                                                         "attrs", "origin", "key"))
_set_archive, _set_member, _set_index = (getattr(Origin, name).__set__ for name in ("archive", "member", "index"))


@dataclass(frozen=True, slots=True, kw_only=True)
class ParseIssue:
    """A fault met while reading an export. Parsing goes on; what was read before it is kept.

    ``message`` says what was wrong in words that never quote record contents (they are
    people's private data); ``position`` locates the fault (record index, line or byte offset).
    ``kind`` says what the issue is of the reading of its file (:class:`~dataexam.issue_codes.IssueKind`: the
    reading stopped at it, it was read on past it, or no fault in reading) and ``nothing_read`` whether nothing of
    its file was read; both are set where the issue is made, by default its code's
    (:data:`~dataexam.issue_codes.ISSUE_KINDS`, :func:`~dataexam.issue_codes.default_nothing_read`) — the CLI's
    stderr header counts the issues by them (it matched our own words in the messages before INP49).
    """

    archive: str
    member: str
    code: str
    message: str
    position: str | None = None
    source: str | None = None
    kind: IssueKind | None = None
    nothing_read: bool | None = None

    def __post_init__(self) -> None:
        if self.kind is None:
            object.__setattr__(self, "kind", code_kind(self.code))
        elif not isinstance(self.kind, IssueKind):
            object.__setattr__(self, "kind", IssueKind(self.kind))
        if self.nothing_read is None:
            object.__setattr__(self, "nothing_read", default_nothing_read(self.code))

    def to_dict(self) -> dict[str, Any]:
        """The issue as JSON: its fields, ``kind`` as its value and ``nothing_read`` (:meth:`kind_fields`)."""
        return {
            "archive": self.archive,
            "member": self.member,
            "code": self.code,
            "message": self.message,
            "position": self.position,
            "source": self.source,
            **self.kind_fields(),
        }

    def kind_fields(self) -> dict[str, Any]:
        """``{"kind": "stops" | "read-on" | "note", "nothing_read": bool}``: what every JSON issue object says of the
        reading of its file — the reading stopped at it, read on past it, or no fault; whether nothing of the file was
        read (INP50: a researcher reading ``report -f json`` or ``scan --json`` could not tell a stop from a read-on
        note). A zip cut inside a file's data is one issue, its ``truncated-zip`` (INP51: INP50's ``same_fault``
        marked the cut file's own second line)."""
        return {"kind": IssueKind(self.kind).value, "nothing_read": bool(self.nothing_read)}

    @property
    def place(self) -> str:
        """The file the issue is in: its member, or the archive itself for an issue of the whole archive (a
        truncated or password-protected zip found in a folder) — how a run's summary tells issues apart."""
        return self.member or self.archive

    def __str__(self) -> str:
        where = f"{self.member}" + (f" ({self.position})" if self.position else "")
        return f"{where}: {self.message}"


@dataclass(frozen=True, slots=True)
class Detection:
    """What a parser makes of an archive: how sure it is, which export variant, which files."""

    parser: str
    confidence: float
    variant: str | None = None
    claimed: tuple[str, ...] = field(default=())
    reason: str = ""


def format_time(value: datetime | None) -> str | None:
    """ISO-8601 in UTC with a ``Z`` suffix (milliseconds only when present)."""
    if value is None:
        return None
    if value.tzinfo is not UTC:
        value = value.astimezone(UTC)
    # isoformat() without ``timespec`` is ~2x faster than with it, and ~6x faster than strftime;
    # its fixed layout is sliced: ``YYYY-MM-DDTHH:MM:SS[.ffffff]+00:00`` (milliseconds truncated,
    # as timespec="milliseconds" does)
    text = value.isoformat()
    return text[:23] + "Z" if value.microsecond else text[:19] + "Z"


def parse_time(value: str | None) -> datetime | None:
    if value is None:
        return None
    return datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(UTC)


#: The kinds whose key recipe changed since schema 1's keys were first written, each with the recipe's
#: version (every other kind: version 1). A database keeps the versions of the rows it holds
#: (``dataexam_meta.key_versions``), so ``--append`` never adds a record a second time under a new key.
#: ``facebook.message`` 2: who the thread is between, not the thread's folder (the twenty-third pass's second
#: tester: a chat moved from ``inbox/`` to ``archived_threads/``, or a thread folder of the 2020 id scheme
#: beside one of 2022's, counted every message twice); 3: the one-to-one chat is the other person the folder names,
#: a thread of two naming neither a group, the time by the second with a rank (a 2018 file in seconds beside a
#: later one in milliseconds, a group someone left: the same pass's third tester; 2 never landed, but a database
#: written in between is refused rather than doubled: its fourth tester); 4: a one-to-one chat's key holds the
#: other's first name only, its sender the side ("other"/"self"), and the owner is "self" in a group (Facebook
#: writes everyone's current name into every download: a new surname, the friend's or the owner's, between two
#: downloads doubled the chat, the twenty-fifth pass's first tester); 5: no rank in the hash — the merge numbers
#: the distinct records sharing a key, ``<key>#n`` (the same words sent at one second to two friends of one first
#: name, or to two groups, were one record; equal messages of one second split across ``message_1.json`` and
#: ``message_2.json`` were ranked per file: :data:`THREADED_KINDS`, the twenty-sixth pass's MSGKEY).
#: ``facebook.reaction`` 2: the second, the reaction word in one spelling and its rank at that second, not the
#: title or URL (the title form of ≤2024 and the label_values form of 2025 share neither: the same tester); 3: no
#: rank — the merge numbers the likes of one second by what each reacts to (:data:`THREADED_KINDS`), and an undated
#: reaction's title holds no name of the owner's (below).
#: ``amazon.order_item`` and ``amazon.refund`` 2: the order id without the record's UTC day (the old "Order History
#: Reports" date an order by the person's local calendar day, Request-My-Data by a UTC instant: an evening order in
#: the Americas was two records, the twenty-fourth pass's third tester); the amount always with two decimals.
#: ``amazon.order_item`` 3: the item's unit price, not its total (the old items report's ``Item Total`` is before
#: promotions and shipping, Request-My-Data's ``Total Owed`` after them: an item with a coupon or paid shipping
#: in both was two records, the twenty-sixth pass's first tester).
#: ``facebook.post``, ``facebook.comment``, ``facebook.profile_update`` 2 and ``facebook.reaction`` 3 (an undated
#: reaction's title): a title in the key holds none of the owner's names (profile name, ``previous_names``,
#: ``username``) and his/her/their as one word (Facebook writes the name and pronoun of the download's day into
#: "Anna Schmidt updated her status.": a download before and one after a name change at marriage doubled every
#: post and comment of the earlier one, the twenty-seventh pass's second tester, FBKEY).
#: ``amazon.order_item`` 4: where a row's ``Unit Price`` is "Not Available", the unit price its total implies (less
#: shipping and promotions, over the quantity), not the total: an item priced in one download and not in another
#: was two records (the twenty-sixth pass's closing note).
#: ``facebook.post``, ``facebook.comment``, ``facebook.profile_update`` 3 and ``facebook.reaction`` 4: a download
#: without ``profile_information.json`` takes out the name that leads the owner's own titles (version 2 kept it: such
#: a download beside a full one of the same person doubled every titled post and comment, the twenty-seventh pass's
#: FBKEY limit; the twenty-eighth pass's LIMITS).
#: ``amazon.order_item`` 5: a row without unit price or unit tax whose shipment (``Shipment Item Subtotal`` and
#: ``… Tax``) is the item alone takes the shipment's subtotal over the quantity, not the total with its tax (LEFT's
#: limit: such an item priced in one download and not in another was two records; the same pass's LIMITS).
#: ``facebook.post`` and ``facebook.comment`` 4: the title (in the UI's language) is in the key only for a record
#: that holds nothing else (no text, media, link, place …) or has no time; a dated one's key is numbered by the merge
#: per title within one download (:data:`THREADED_KINDS`): one account's downloads in two UI languages gave every
#: post and comment twice (the thirtieth pass's first tester, H3). ``facebook.group`` 2: the group, the second and
#: whether the file lists groups administered, not the action read from the (localised) title (same tester, H4).
#: ``facebook.profile_update`` 4: a dated update's key is its second and life event, not its title (in the UI's
#: language), numbered by the merge per title within one download (:data:`THREADED_KINDS`); ``facebook.reaction`` 5:
#: an undated reaction with a URL is keyed by the URL, not its title (the same tester's H3 leftovers, TEXTS3).
KEY_VERSIONS: Mapping[str, int] = {"facebook.message": 5, "facebook.reaction": 5, "facebook.post": 4,
                                   "facebook.comment": 4, "facebook.group": 2, "facebook.profile_update": 4,
                                   "amazon.order_item": 5, "amazon.refund": 2}


#: Kinds whose records are read from threads (a Messenger chat's files): their key says who the chat is with, the
#: side, the second and the words, never which thread of a download holds it (what tells two chats of one download
#: apart, a surname or a thread folder's id, changes between downloads). The merge numbers the distinct records that
#: share a key by where each was read (:func:`dataexam.normalise.thread_scope`, from ``attrs.thread``): equal keys
#: at distinct instants of one thread, or in two threads of one download's folder, are distinct records
#: (``<key>#n``), copies of them in other downloads are not (:func:`dataexam.normalise._dedup_window`).
#: kinds whose records are a list as it stood on the download's day (friends and pending requests, followers,
#: following, the platforms' declared interests, audiences, demographics and inferences): of the copies two downloads
#: give of one entry, the newest download's is kept before the one with more attributes (:mod:`dataexam.normalise`),
#: so the findings counting the newest download's list find every entry it holds there (T34A H1, M3)
SNAPSHOT_KINDS: frozenset[str] = frozenset({
    "facebook.friend", "facebook.follower", "facebook.following", "twitter.follower", "twitter.following",
    "facebook.declared_interest", "twitter.declared_interest", "twitter.declared_demographic",
    "amazon.declared_audience", "twitter.show", "twitter.lookalike_advertiser", "twitter.audience_advertiser",
    "twitter.audience_count", "twitter.block", "twitter.mute"})
THREADED_KINDS: frozenset[str] = frozenset({"facebook.message", "facebook.reaction", "facebook.post",
                                            "facebook.comment", "facebook.profile_update"})
#: the attrs a threaded kind's record names its thread by, the first present: a message its Messenger thread; a
#: reaction what it reacts to (its title and URL), so that the likes a download holds at one second are as many
#: as the things liked, in whichever ``likes_and_reactions_N.json`` part each is (two likes of one second split
#: across ``_1`` and ``_2`` were one record when each file ranked its own: the twenty-seventh pass's FBKEY). Only
#: compared within one download, so the owner's name in a title does no harm there.
#: A dated post's and comment's: its title ("… commented on Tobias's post." / "… on Kari's photo."), which is in the
#: UI's language and so out of the key (key version 4, the thirtieth pass's first tester, H3): the same words at one
#: second on two posts are two comments within one download, and the same comments in a download in another UI
#: language the same records. A record without a title is of :data:`UNTITLED_THREAD`, one for the whole folder (a
#: 2024–25 check-in, listed again as an untitled post beside it, stays one record).
#: A dated profile update's: its title, which is its text ("text": the same rule, key version 4).
THREAD_FIELDS: Mapping[str, tuple[str, ...]] = {"facebook.message": ("thread",),
                                                "facebook.reaction": ("title", "url"),
                                                "facebook.post": ("title",), "facebook.comment": ("title",),
                                                "facebook.profile_update": ("text",)}
#: the kinds whose records without a thread field are all of one thread per folder (:data:`THREAD_FIELDS`)
FOLDER_THREADED_KINDS: frozenset[str] = frozenset({"facebook.post", "facebook.comment", "facebook.profile_update"})
UNTITLED_THREAD = "\x00untitled"
#: Folders a download sorts its threads into by their state, which hold each thread once: Messenger's ``inbox``,
#: ``archived_threads``, ``filtered_threads`` and ``message_requests`` (formats.md §1.4; a chat moves between them
#: when archived or accepted). Two threads in them are two threads of one place
#: (:func:`dataexam.normalise.thread_scope`); ``e2ee_cutover/`` and the E2EE chat files stay places of their
#: own, since whether they repeat a chat of ``inbox/`` is not known (their copies then count once).
THREAD_STATE_FOLDERS: frozenset[str] = frozenset({"inbox", "archived_threads", "filtered_threads", "message_requests"})


def stable_key(kind: str, *fields: object) -> str:
    """A de-duplication key from stable fields, for records with no platform id.

    The hash is over the fields' JSON text, so the same record read from two exports (or two
    eras of one export) gets the same key as long as the fields agree.
    """
    data = None
    if _orjson is not None and (_FLAT.issuperset(map(type, fields)) or all(map(_plain, fields))):
        # the common case (strings and ints, and lists or string-keyed objects of them): orjson writes
        # the very same bytes as the json call below, ~6x faster; anything else (floats, whose
        # exponents orjson spells otherwise, dates, other types) keeps the json text exactly
        try:
            data = _orjson.dumps(fields)
        except TypeError:  # an int beyond 64 bits, a lone surrogate
            data = None
    if data is None:
        # surrogatepass: a lone surrogate (which the JSON readers already replace) gives a key, not a crash
        data = json.dumps(fields, ensure_ascii=False, default=str, separators=(",", ":")).encode("utf-8",
                                                                                              "surrogatepass")
    digest = hashlib.blake2b(data, digest_size=12).hexdigest()
    return f"{kind}:{digest}"


_FLAT = frozenset({str, int, bool, type(None)})


def _plain(value: object, depth: int = 0) -> bool:
    """True for a value both JSON writers spell alike: a str, int, bool or None, or up to three
    levels of lists, tuples and str-keyed dicts of them (Facebook keys hold ``[name, value]`` pairs)."""
    kind = type(value)
    if kind in _FLAT:
        return True
    if depth >= 3:
        return False
    if kind is list or kind is tuple:
        return all(_plain(item, depth + 1) for item in value)  # type: ignore[attr-defined]
    if kind is dict:
        return all(type(k) is str and _plain(v, depth + 1) for k, v in value.items())  # type: ignore[attr-defined]
    return False
try:  # optional speed-up (a dependency of dataexam; everything works without it)
    import orjson as _orjson
except ImportError:  # pragma: no cover - exercised by the fallback test
    _orjson = None  # type: ignore[assignment]


def account_hash(source: str, account: str) -> str:
    """A stable stand-in for an account (:meth:`~dataexam.parser.Parser.account`) of ``source``: what
    ``dataexam_meta.accounts`` and ``dataexam_row_accounts`` keep, and what tells two accounts' records
    apart in a ``--per-account`` de-duplication. The account id itself stays out of every output."""
    return hashlib.sha256(f"dataexam account\x00{source}\x00{account}".encode()).hexdigest()[:16]


def id_key(kind: str, platform_id: str | int) -> str:
    """A de-duplication key from a platform's own id (ids stay strings)."""
    return f"{kind}:{platform_id}"


def _json_default(value: object) -> object:
    # Decimal (ijson numbers, Amazon money) and datetimes inside attrs.
    from decimal import Decimal

    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime):
        return format_time(value)
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


json_default = _json_default
