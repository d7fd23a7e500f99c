"""The parser interface every source implements (built-in and third-party alike).

A parser is a class with a ``name``, a ``version``, the ``kinds`` of event it emits, an ordered
``rules`` table mapping archive path patterns to handler methods (``None`` = ignored on purpose),
and two methods: :meth:`Parser.detect` and :meth:`Parser.events`. :class:`Parser` implements both
from the table; a source overrides :meth:`Parser.detect_variant` to name export eras and writes
one generator method per file type::

    class MyParser(Parser):
        name = "example"
        kinds = {"example.note": "a note the person wrote"}
        rules = rules_table([
            (r"(^|/)notes\\.json$", "_parse_notes"),
            (r"(^|/)media/", None),              # photos: nothing to read
        ])

        def _parse_notes(self, f: MemberContext) -> Iterator[Event | ParseIssue]:
            for record in f.json_items("item"):
                yield f.event(kind="example.note", time=..., text=record["text"], key=...)

Handlers never need try/except for safety: an exception escaping a handler becomes a
:class:`ParseIssue` naming the file and the last record reached, and everything yielded before
it is kept. Parsers import the core, never the reverse.
"""

from __future__ import annotations

import itertools
import json
import logging
import re
import zipfile
import zlib
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import IO, Any, ClassVar, NamedTuple, TypeVar

from . import jsonstream
from .archive import (
    DEFAULT_LIMITS,
    Archive,
    ArchiveLimits,
    CrcMismatch,
    Member,
    MemberChanged,
    MemberCutOff,
    zip_chain,
)
from .arrayslice import SliceReader, SliceReport
from .download_names import interrupted_words
from .errors import TempSpaceFull
from .events import Detection, Event, ParseIssue, TimeSource, make_event, make_origin
from .issue_codes import IssueKind
from .lazyrx import lazy_compile
from .rulefilter import required_text
from .surrogates import repair_message

log = logging.getLogger(__name__)

_JSON_MEMBER = re.compile(r"\.(?:json|js)$", re.IGNORECASE)
#: a day written in a download's name (``facebook-<username>-2023-05-12``, ``twitter-2024-06-20-<hash>``)
_NAME_DAY = re.compile(r"(?<!\d)((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?!\d)")

Handler = Callable[["MemberContext"], Iterator[Event | ParseIssue]]


@dataclass(frozen=True, slots=True)
class Rule:
    """One row of a parser's dispatch table: a path pattern and the handler method name.

    ``handler=None`` marks files ignored on purpose (media, HTML viewers, files without personal
    records); ``note`` says why, for ``dataexam scan`` and for readers of the table.
    """

    pattern: re.Pattern[str]
    handler: str | None
    note: str = ""


def rules_table(rows: Sequence[tuple[str, str | None] | tuple[str, str | None, str]]) -> tuple[Rule, ...]:
    """``(regex, handler_name_or_None[, note])`` rows as rules; the first matching row wins. Each pattern is compiled
    at its first search (:func:`.lazyrx.lazy_compile`): the three tables hold 210 patterns, ~60 ms of compiling that
    every run paid at import (issue 16), while :meth:`Parser.classify` searches only the rows whose literal text
    (:func:`.rulefilter.required_text`, read from the pattern's text) a path holds."""
    compiled: list[Rule] = []
    for row in rows:
        pattern, handler = row[0], row[1]
        note = row[2] if len(row) > 2 else ""  # type: ignore[misc]
        compiled.append(Rule(lazy_compile(pattern), handler, note))
    return tuple(compiled)


_T = TypeVar("_T")
#: what a handler's build step may return for one record (see :meth:`MemberContext.each`)
Built = Event | ParseIssue | Iterable[Event | ParseIssue] | None
#: what one malformed record raises while it is built: a value of another type than the format's, a
#: missing key, an unreadable number. Handlers catch these per record (:meth:`MemberContext.each`).
RECORD_ERRORS: tuple[type[BaseException], ...] = (KeyError, TypeError, ValueError, AttributeError, IndexError)


class MemberContext:
    """What a handler gets: the member being read, helpers to stream it and to build events.

    It tracks the current record index, so a fault can be reported at the right position.
    """

    def __init__(self, parser: Parser, archive: Archive, member: Member,
                 part: tuple[int, int] | None = None) -> None:
        self.parser = parser
        self.archive = archive
        self.member = member
        self.path = member.path
        self.index = -1  # index of the last record reached; -1 before the first
        self.limits: ArchiveLimits = getattr(parser, "limits", DEFAULT_LIMITS)
        self._stream: IO[bytes] | None = None
        #: ``(k, m)``: only slice k of m of the member's top-level array is read (``--jobs``,
        #: :mod:`dataexam.arrayslice`); its report once the member is opened
        self.part = part
        self.slice_report: SliceReport | None = None
        #: ``bad-date`` issues of the current record (:meth:`bad_date`), yielded after it
        self.pending: list[ParseIssue] = []
        #: the items of the member's top-level array read, where a handler's record index counts something else
        #: (X's DM files: messages, the items being conversations); ``None``: ``index + 1``
        self.items: int | None = None

    # -- reading ---------------------------------------------------------------------------
    def open(self) -> IO[bytes]:
        """Open the member as a binary stream; closed automatically when the handler ends.

        JSON and JavaScript members come wrapped in :class:`~dataexam.jsonstream.LimitedReader`
        (:meth:`Parser.open_json`), which enforces ``limits.max_string_bytes``,
        ``limits.max_json_depth`` and Python's digit limit for whole numbers before ijson sees the
        bytes, whichever way the handler reads them.
        """
        if self._stream is None:
            if self.part is not None:  # one slice of a big array: the limits see the whole file's bytes
                sliced = SliceReader(self.parser.open_json(self.member), self.member.size,  # type: ignore[arg-type]
                                     *self.part)
                self._stream = sliced
                self.slice_report = sliced.prepare()
                # the slice's first item has this index in the whole file: positions stay the file's
                self.index = (self.slice_report.first_index or 0) - 1
                return sliced
            json_member = _JSON_MEMBER.search(self.path)
            self._stream = self.parser.open_json(self.member) if json_member else self.member.open()
        return self._stream

    def close(self) -> None:
        if self._stream is not None:
            try:
                self._stream.close()
            finally:
                self._stream = None

    def json_items(self, prefix: str = "item", *, js: bool = True) -> Iterator[Any]:
        """Stream JSON values at ``prefix`` (see :func:`dataexam.jsonstream.iter_items`), counting them.

        A number ijson's C backend cannot hold (10^30, 1e400: :func:`~dataexam.jsonstream.is_overflow`; valid JSON of
        a damaged or hand-edited file) ended the file as "invalid JSON (integer overflow)" (T45: an X tweet's
        ``created_at`` of 1e400): the file is read again by ijson's Python backend from the value after the last one
        read. A slice (``--jobs``) is not: its fault makes the parallel parse read the member whole, here."""
        read = 0
        try:
            for value in jsonstream.iter_items(self.open(), prefix, js=js):
                self.index += 1
                read += 1
                yield value
        except jsonstream.JSONError as exc:
            if not jsonstream.is_overflow(exc) or self.part is not None:
                raise
        else:
            return
        self.close()  # the stream read again counts the file's repaired escapes (escape_issue) from its start
        for value in itertools.islice(jsonstream.iter_items_again(self.open(), prefix, js=js), read, None):
            self.index += 1
            yield value

    def json_kvitems(self, prefix: str = "", *, js: bool = True) -> Iterator[tuple[str, Any]]:
        """Stream ``(key, value)`` pairs of the object at ``prefix``, counting them."""
        for pair in jsonstream.iter_kvitems(self.open(), prefix, js=js):
            self.index += 1
            yield pair

    def each(self, items: Iterable[_T], build: Callable[[_T], Built]) -> Iterator[Event | ParseIssue]:
        """Build every record of ``items`` with ``build``; a record that faults is one ``bad-record``.

        ``build`` takes one record and returns an event, an issue, ``None`` (nothing to say) or an
        iterable of events and issues (a record that holds several, such as X's ``p13nData``). When it
        raises one of :data:`RECORD_ERRORS` (a value of another type than the format's, a missing
        key), what it yielded before is kept, the record becomes a ``bad-record`` issue at its index,
        and the next record is read: one odd record never ends its file. Faults of the stream itself
        (bad JSON, a limit) come from ``items`` and end the file as before.
        """
        for item in items:
            try:
                built = build(item)
                if built is None:
                    continue
                if isinstance(built, (Event, ParseIssue)):
                    yield built
                else:
                    yield from built
            except jsonstream.JSONError:
                raise  # the stream's fault, not the record's (UnexpectedShape is a ValueError too)
            except RECORD_ERRORS as exc:
                yield self.issue("bad-record", describe_error(exc))
            if self.pending:
                yield from self.flush_pending()

    def next_index(self) -> int:
        """Advance and return the record index (for handlers that count records themselves)."""
        self.index += 1
        return self.index

    # -- building --------------------------------------------------------------------------
    def event(self, *, kind: str, time: datetime | None, time_source: TimeSource, key: str,
              actor: str = "self", text: str | None = None, attrs: Mapping[str, Any] | None = None,
              index: int | None = None) -> Event:
        """An event of this parser's source, with its origin pointing at the current record."""
        # make_event: once per record, so the frozen dataclass's keyword __init__ is skipped
        return make_event(time, time_source if time is not None else TimeSource.NONE, self.parser.name, kind,
                          actor, text, attrs if attrs is not None else {},
                          make_origin(self.member.input, self.path, self.index if index is None else index), key)

    def escape_issue(self) -> ParseIssue | None:
        """One ``bad-escape`` issue when lone UTF-16 surrogate escapes were replaced by U+FFFD in
        this member's JSON (see :mod:`dataexam.surrogates`); ``None`` otherwise."""
        reader = jsonstream.surrogate_repairer(self._stream)
        if reader is None or not reader.repairs:
            return None
        return self.issue("bad-escape", repair_message(reader.repairs),
                          position=f"byte {reader.first_repair_offset}")

    def bad_date(self, message: str = "date not understood; event kept without a time") -> None:
        """Note that the current record has a date field that is present but not understood (not one of the
        format's "no date" values), or that a record of a dated kind has none (``message`` says which): its event
        is kept undated, and one ``bad-date`` issue at the record's index follows it (:meth:`each` yields it after
        the record; a handler with its own loop yields :meth:`flush_pending`; the rest at the member's end). An
        undated event is never silently undated."""
        issue = self.issue("bad-date", message)
        if not self.pending or self.pending[-1].position != issue.position:  # one per record, however many events
            self.pending.append(issue)

    def flush_pending(self) -> list[ParseIssue]:
        """The queued :meth:`bad_date` issues, emptied."""
        out, self.pending = self.pending, []
        return out

    def issue(self, code: str, message: str, position: str | None = None, *, kind: IssueKind | None = None,
              nothing_read: bool | None = None) -> ParseIssue:
        """A parse issue for this member (``message`` must not quote record contents); ``kind`` and ``nothing_read``
        where they are not its code's (:class:`~dataexam.events.ParseIssue`)."""
        if position is None and self.index >= 0:
            position = f"record {self.index}"
        return ParseIssue(archive=self.member.input, member=self.member.shown or self.path, code=code, message=message,
                          position=position, source=self.parser.name, kind=kind, nothing_read=nothing_read)


#: issues about a member cut in slices as a whole, each reported by one slice's process (``--jobs``): the surrogate
#: escapes repaired in it (the last slice's, counted over every byte), its records against the number its export
#: lists (X's manifest: the slice reading the array's end numbers its items in the whole file)
WHOLE_FILE_CODES = frozenset({"bad-escape", "count-mismatch"})


# Exceptions a handler may raise on bad data; anything else is a bug, reported the same way
# (the run goes on) but with the exception type named so it can be reported upstream.
#: ends a download's day that is its newest record's (:meth:`Parser.newest_record_day`), not the day it was made:
#: the report names such a download by it ("the download whose newest record is of Mar 2024")
RECORD_DAY_MARK = "~records"
#: begins the "day" :func:`dataexam.api.download_dates` gives a download that says none — neither its name nor a
#: dated record — beside another of its source (``~undated:<n>``, one ``n`` per download): downloads so marked rank
#: alike and their snapshot lists are combined, which the report says (:meth:`dataexam.inference.engine.Context.
#: undated_downloads`)
UNDATED_MARK = "~undated"

DATA_ERRORS: tuple[type[BaseException], ...] = (
    jsonstream.JSONError, jsonstream.LimitExceeded, MemoryError,
    ValueError, KeyError, TypeError, AttributeError, IndexError,
    UnicodeDecodeError, zipfile.BadZipFile, zlib.error, EOFError, OSError, RecursionError,
)


class OwnRecordsCompared(NamedTuple):
    """Two exports' own records where their times overlap (:meth:`Parser.own_records_compared`): ``shared``, the
    records both hold; ``missing``, those of either dated strictly inside the other's span that the other does not
    hold (one account's downloads are cumulative: it would); ``start``/``end``, the overlap's first and last
    timestamp (``YYYY-MM-DD HH:MM:SS``, UTC), ``None`` where the spans do not meet."""

    shared: int
    missing: int
    start: str | None
    end: str | None


class Parser:
    """Base class for source parsers. Subclasses set the class attributes and write handlers."""

    name: ClassVar[str] = ""
    version: ClassVar[str] = "0"
    description: ClassVar[str] = ""
    kinds: ClassVar[Mapping[str, str]] = {}
    rules: ClassVar[Sequence[Rule]] = ()
    # Marker patterns: files whose presence says "this is my export". Each matching marker adds
    # confidence; see :meth:`detect`.
    markers: ClassVar[Sequence[str]] = ()
    # Pruning metadata (optional): the kinds each handler can emit, by handler name, and the kinds
    # that never carry a time. With ``--kind`` or ``--since/--until`` a member whose handler cannot
    # yield a wanted event is skipped before it is opened; a handler not listed is always read.
    handler_kinds: ClassVar[Mapping[str, Collection[str]]] = {}
    undated_kinds: ClassVar[Collection[str]] = frozenset()
    #: Kinds given only when asked for by name (``--kind twitter.dm_event``; not by a glob, not by default):
    #: records that are no part of the export's timeline as the person and the regression cases know it
    #: (an X group's membership changes sit between its messages; the cases' exact kind counts of a 2023
    #: archive holding two of them list none).
    opt_in_kinds: ClassVar[Collection[str]] = frozenset()
    #: Opt-in kinds that a report still reads (:func:`dataexam.api.report` asks for them by name): a timeline
    #: gives them only where ``--kind`` names them (X's deleted posts: no part of the person's live timeline).
    report_kinds: ClassVar[Collection[str]] = frozenset()
    #: set per run by :func:`dataexam.api.timeline` from ``--kind`` (``None`` = every kind) …
    wanted_kind: Callable[[str], bool] | None = None
    #: … and when ``--since/--until`` leave undated events out
    dated_only: bool = False
    #: variants that are a download of their own, never a folder or part of another download of this source
    #: (Facebook's ``messenger-e2ee``: messenger.com's secure-storage download of end-to-end-encrypted chats): unpacked
    #: beside another download of the source, discovery keeps it apart, and its owner says whose it is
    #: (:mod:`dataexam.discover`)
    own_download_variants: ClassVar[frozenset[str]] = frozenset()
    # Splitting one export between processes (``--jobs``, :mod:`dataexam.parallel`). A parser whose
    # members can be read independently once its per-export set-up has run (Facebook's owner, X's
    # account id and long posts) says so with ``member_split``; a worker then reads only the members
    # whose indices (in ``archive.members()`` order) are in ``only_members`` and drops the set-up's
    # issues that name other members. Off by default: a plugin must opt in.
    member_split: ClassVar[bool] = False
    #: relative CPU cost of one byte of this source's files (X tweets = 1.0), to share work evenly
    parse_cost: ClassVar[float] = 1.0
    #: the same per handler where it differs from ``parse_cost`` by much: one byte of a file of short
    #: records (logins, CSV rows) costs several times one of long ones (tweets). Measured with
    #: ``benchmarks/handler_costs.py``; a handler not named costs ``parse_cost``.
    handler_costs: ClassVar[Mapping[str, float]] = {}
    #: set per part by the parallel parse (``None`` = every member)
    only_members: frozenset[int] | None = None
    # One big file cut between processes (:mod:`dataexam.arrayslice`): handlers whose member is one
    # top-level JSON array read with ``f.json_items("item")``, one record per item, the record index
    # the item's, nothing carried from one item to the next. ``only_slices`` (member index → its
    # ``(k, m)`` slices) is set per part; ``slice_reports`` collects what each slice found.
    sliceable: ClassVar[frozenset[str]] = frozenset()
    only_slices: Mapping[int, tuple[tuple[int, int], ...]] | None = None
    slice_reports: list[SliceRead] | None = None

    def __init__(self, limits: ArchiveLimits = DEFAULT_LIMITS) -> None:
        self.limits = limits

    def wants(self, handler_name: str) -> bool:
        """Whether the member handled by ``handler_name`` can yield an event the run keeps.

        False only when the handler's kinds are declared (:attr:`handler_kinds`) and none of them
        is wanted (``wanted_kind``) or, with ``dated_only``, every one is in :attr:`undated_kinds`.
        """
        accept, dated_only = self.wanted_kind, self.dated_only
        if accept is None and not dated_only:
            return True
        kinds = self.handler_kinds.get(handler_name)
        if kinds is None:
            return True  # unknown: read it (never drop data silently)
        undated = self.undated_kinds
        return any((accept is None or accept(k)) and not (dated_only and k in undated) for k in kinds)

    # -- classification ---------------------------------------------------------------------
    def open_json(self, member: Member) -> IO[bytes]:
        """A side stream over a JSON member, read outside a handler (set-up, detection, the account
        id), under the same string, depth and number limits as every handler's read."""
        limits: ArchiveLimits = getattr(self, "limits", DEFAULT_LIMITS)
        return jsonstream.limited(member.open(), limits.max_string_bytes, limits.max_json_depth)

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls._classified = {}  # each parser class its own: path → the rule of its table that owns it
        cls._classified_rules = None  # the table those answers are of
        cls._rule_needs = ()  # per rule of that table: texts one of which a path must hold (rulefilter)

    #: paths whose rule is remembered per parser class; the table is emptied when full (memory bounded)
    CLASSIFIED_PATHS: ClassVar[int] = 65536
    _classified: ClassVar[dict[str, Rule | None]] = {}
    _classified_rules: ClassVar[Sequence[Rule] | None] = None
    _rule_needs: ClassVar[tuple[tuple[tuple[str, ...] | None, Rule], ...]] = ()

    def own_download_paths(self, paths: Iterable[str]) -> bool:
        """Whether files at these paths (relative to the folder they lie in) may be a download of one of
        :attr:`own_download_variants` — a cheap look at names only, which discovery confirms by detection. False
        unless the parser has such variants."""
        return False

    def classify(self, path: str) -> Rule | None:
        """The rule that owns ``path`` (handled or ignored on purpose), or ``None`` if unknown.

        The first matching row of :attr:`rules` (a class's fixed table, so the answer is remembered per
        class): detection, discovery, ``scan``'s counts and the run each ask about every member, ~19
        times a file in all, and a table has ~130 patterns — a Kindle library of 20,000 title files spent
        13.6 s of a 21 s ``scan`` matching them (issue 16, the nineteenth pass's tester)."""
        rules = self.rules
        cls = type(self)
        if rules is not cls.rules:  # a table set on the instance (a plugin's own): not remembered
            return next((rule for rule in rules if rule.pattern.search(path)), None)
        needs = cls.rule_needs()
        classified = cls._classified
        try:
            return classified[path]
        except KeyError:
            pass
        found = None
        for need, rule in needs:
            # a path without the text the pattern names cannot match it: ~50 ns instead of a 2-5 µs search
            # (a plain loop: a generator for any() cost more than the texts' tests)
            if need is not None:
                for text in need:
                    if text in path:
                        break
                else:
                    continue
            if rule.pattern.search(path):
                found = rule
                break
        if len(classified) >= self.CLASSIFIED_PATHS:
            classified.clear()
        classified[path] = found
        return found

    @classmethod
    def rule_needs(cls) -> tuple[tuple[tuple[str, ...] | None, Rule], ...]:
        """Per row of the class's :attr:`rules`: the texts of which a path must hold one for the row's pattern to
        match it (:func:`.rulefilter.required_text`; ``None``: no such texts), and the row. Made once per table (again
        for a table set on the class later, or a list grown in place, whose remembered answers are then forgotten)."""
        rules = cls.rules
        if cls._classified_rules is not rules or len(cls._rule_needs) != len(rules):
            cls._classified = {}
            cls._classified_rules = rules
            cls._rule_needs = tuple((required_text(rule.pattern), rule) for rule in rules)
        return cls._rule_needs

    def ignore_reason(self, path: str) -> str | None:
        """Why ``path`` is ignored on purpose: its rule's note (fixed text, no personal data), or
        ``None`` when a handler reads it, no rule names it, or the rule gives no reason."""
        rule = self.classify(path)
        return (rule.note or None) if rule is not None and rule.handler is None else None

    def file_status(self, member: Member) -> str:
        """What reading ``member`` does: ``"handled"`` (a rule with a handler), ``"ignored"`` (a rule
        without one: ignored on purpose) or ``"unknown"`` (no rule). Parsers whose rule depends on
        the content (Amazon's header-sniffed order reports) override it."""
        rule = self.classify(member.path)
        return "unknown" if rule is None else "handled" if rule.handler else "ignored"

    def detect_variant(self, archive: Archive) -> str | None:
        """Name the export era/layout (override in subclasses)."""
        return None

    def account(self, archive: Archive) -> str | None:
        """Whose export this is: an opaque string equal for two exports of one account (an account
        id, a profile name), or ``None`` when the export does not say cheaply.

        Used to stop a run that mixes two people's exports of one source. Override it to read one
        small file at most; never raise for bad data (return ``None``).
        """
        return None

    def download_date(self, archive: Archive) -> str | None:
        """The day the export was made (``YYYY-MM-DD``), or ``None`` when it does not say cheaply: the last
        ``YYYY-MM-DD`` in the export's name (the names the services give their downloads:
        ``facebook-<username>-2023-05-12``, ``twitter-2024-06-20-<hash>``; formats.md §1, §2). It orders two
        downloads of one account (:func:`dataexam.api.download_order`): lists that are a snapshot of the download's
        day (friends, followers, the platform's inferences) count from the newest. Never raises."""
        found = _NAME_DAY.findall(archive.name)
        return "-".join(found[-1]) if found else None

    def newest_record_day(self, archive: Archive) -> str | None:
        """The day (``YYYY-MM-DD``) of the newest dated record of a download that names no day of its own
        (:meth:`download_date` ``None``), read only where two downloads of the source are given: what orders them
        (:func:`dataexam.api.download_order`; its value is marked :data:`RECORD_DAY_MARK`). A download holds no
        record after the day it was made, and one account's later download holds the earlier's records and newer
        ones. Override it for a source whose downloads carry no date (Amazon's: its order dates, else any dated record;
        an X archive without ``manifest.js``: its newest tweet), reading the few files that say it
        (:meth:`_newest_event_day`); bounded work; never raises (``None``). Default: ``None``."""
        return None

    #: events read from one member for :meth:`_newest_event_day` (bounded work on a download's large files)
    NEWEST_EVENT_PROBE = 500_000

    def _newest_event_day(self, archive: Archive, members: Iterable[Member]) -> str | None:
        """The UTC day (``YYYY-MM-DD``) of the newest dated event this parser's own handlers read from ``members``
        (at most :data:`NEWEST_EVENT_PROBE` events of each; issues and undated events passed over), for
        :meth:`newest_record_day`: the handlers know which of a file's dates is its record's. A time after today
        (a clock or a file gone wrong) says nothing of the download's day and is passed over. ``None`` when no
        event is dated; never raises."""
        today = datetime.now(UTC).date().isoformat()
        newest: str | None = None
        for member in members:
            rule = self.classify(member.path)
            if rule is None or rule.handler is None:
                continue
            # parse_member turns a damaged file into an issue (the events pass reports it): passed over here
            for n, item in enumerate(self.parse_member(archive, member, rule.handler)):
                if n >= self.NEWEST_EVENT_PROBE:
                    break
                if isinstance(item, Event) and item.time is not None:
                    day = item.time.astimezone(UTC).date().isoformat()
                    if day <= today and (newest is None or day > newest):
                        newest = day
        return newest

    def own_records_of_months(self, archive: Archive, months: Collection[str]) -> Mapping[str, frozenset[str]]:
        """Month (``YYYY-MM``) → the ids of the account's own records of that month, for the ``months`` asked only,
        in the ids :meth:`own_record_ids` samples: what an export naming its account is compared on with an export
        of its source that names none (:func:`dataexam.api.open_exports`: X's classic ``tweets.csv`` beside a
        current archive). Default: ``{}`` (nothing to compare)."""
        return {}

    def account_aliases(self, archive: Archive) -> frozenset[str]:
        """Other strings that name this export's account, for exports of one account whose :meth:`account`
        differs (a profile name changed between two downloads): earlier names the export lists, a handle or a
        creation time no rename changes (tagged, so it meets only its like). Two exports of one source are one
        account when one's :meth:`account` or aliases meet the other's (:func:`dataexam.api.open_exports`).
        Default: none. Read one small file at most; never raise for bad data (return an empty set)."""
        return frozenset()

    def account_hints(self, archive: Archive) -> frozenset[str]:
        """What the download's file or folder name says of its account that the account may change (Facebook's
        ``facebook-<username>-<date>-<code>.zip``: the username of the download's day), written as
        :meth:`account_aliases` writes the like (``username:…``). A hint links two exports of one source as an
        alias does, and names the account of an export nothing else names (:meth:`account` ``None``, no identifier
        among its aliases), where it keeps that export apart from another account's; it never keeps apart two
        exports that something else links (a person who changed the username between two downloads: the profile
        name, a number, the Messenger owner link them; :func:`dataexam.api.owner_of`). Default: none. Read no
        file: names only."""
        return frozenset()

    #: whether two exports naming no account whose :meth:`own_record_ids` tell two accounts (months both cover
    #: with no record in common) are refused as two people's (X's classic tweets.csv archives: a tweet is one
    #: account's alone), rather than only said so (Amazon's ``two-customers`` note: :func:`dataexam.api.open_exports`)
    own_records_tell_accounts: ClassVar[bool] = False

    def own_record_ids(self, archive: Archive) -> Mapping[str, frozenset[str]]:
        """For a source whose exports name no account (Amazon's): month (``YYYY-MM``) → a sample of the ids of the
        account's own records made in it (Amazon's order ids), the same sample for the same records whichever
        export holds them. A source's downloads are cumulative: two downloads of one account share the records of
        the months both cover, two accounts' share none (:func:`dataexam.api.open_exports` says so). Bounded work
        and memory (a capped sample per month); never raise for bad data (return what was read). Default: none."""
        return {}

    def own_records_compared(self, archive: Archive, other: Archive) -> OwnRecordsCompared | None:
        """For a source whose exports name no account and whose own records tell accounts
        (:attr:`own_records_tell_accounts`): the two exports' own records compared where their times overlap
        (:class:`OwnRecordsCompared`), or ``None`` where the records cannot be compared so (then the months both
        cover are: :meth:`own_record_ids`). Bounded work (samples); never raise for bad data. Default: ``None``."""
        return None

    def completed_by(self, archive: Archive, other: Archive) -> bool:
        """Whether ``archive`` itself lists ``other``'s files as its own missing ones (X's ``data/manifest.js``):
        ``other`` is then a part of the same download whatever era it looks like alone, and
        :func:`dataexam.api.open_exports` joins them (owners permitting). Bounded work (a listing file's read);
        never raise for bad data. Default: ``False``."""
        return False

    def account_id_kind(self, alias: str) -> str | None:
        """Which kind of identifier ``alias`` (one of :meth:`account_aliases`) is, or ``None`` for a name.

        An identifier names one account only (a username, a profile address): two exports of one source that
        both carry an identifier of one kind, with different values, are two accounts whatever their names
        say, and their names do not link them (:func:`dataexam.api.open_exports`, ``--append``). Default: every
        alias is a name."""
        return None

    def detect(self, archive: Archive) -> Detection:
        """How sure this parser is that ``archive`` is its export, and which variant it is.

        Confidence blends the share of members the rules claim *for handling* with the
        presence of marker files; 0 means "not mine".
        """
        paths = archive.paths()
        if not paths:
            return Detection(self.name, 0.0, None, (), "empty")
        claimed: list[str] = []
        handled = 0
        # a file of a damaged zip whose two names differ is known by either (Member.alias, INP61: a part zip holding
        # only the posts, its directory's name of them flipped, was "not an export")
        aliases = {m.path: m.alias for m in archive.members() if m.alias is not None}
        for path in paths:
            rule = self.classify(path)
            if (rule is None or rule.handler is None) and path in aliases:
                other = self.classify(aliases[path])
                rule = other if other is not None and other.handler is not None else rule
            if rule is None:
                continue
            claimed.append(path)
            if rule.handler is not None:
                handled += 1
        if handled == 0:
            return Detection(self.name, 0.0, None, tuple(claimed), "no data file recognised")
        marker_hits = sum(1 for m in self.markers if any(re.search(m, p) for p in paths))
        share = len(claimed) / len(paths)
        confidence = min(1.0, 0.5 * share + (0.5 if marker_hits else 0.2 * min(handled, 3) / 3))
        reason = f"{len(claimed)} of {len(paths)} files recognised, {marker_hits} marker file(s)"
        return Detection(self.name, round(confidence, 3), self.detect_variant(archive), tuple(claimed), reason)

    # -- parsing ------------------------------------------------------------------------------
    def events(self, archive: Archive) -> Iterator[Event | ParseIssue]:
        """Every event of the archive, in file order, with issues in the same stream."""
        only, slices = self.only_members, self.only_slices
        for index, member in enumerate(archive.members()):
            parts = slices.get(index) if slices else None
            if only is not None and index not in only and not parts:
                continue  # another process reads it (--jobs)
            rule = self.classify(member.path)
            if (rule is None or rule.handler is None) and member.alias is not None:
                # a file whose names in a damaged zip differ (its directory's and its own header's): read under the
                # one this parser reads (INP61; archive._directory_fault)
                other = self.classify(member.alias)
                if other is not None and other.handler is not None:
                    rule, member = other, replace(member, path=member.alias)
            if rule is None:
                yield ParseIssue(archive=member.input, member=member.shown or member.path, code="unhandled-file",
                                 message="file not recognised by the parser; its records were not read",
                                 source=self.name)
                continue
            if rule.handler is None and member.damaged:
                # a photo or video no handler reads, found damaged where the part zip holding it failed its own
                # check (INP59: never said; archive._damaged_files)
                yield ParseIssue(archive=member.input, member=member.shown or member.path, code="damaged-media",
                                 message=DAMAGED_MEDIA, source=self.name)
            if rule.handler is None or not self.wants(rule.handler):
                continue
            cut = cut_issue(archive, member)
            merged = False
            if parts and (only is None or index not in only):
                for part in parts:  # another process reads the rest of it
                    for item in self._parse_slice(archive, member, rule.handler, index, part):
                        merged = merged or _is_cut_line(item, cut)
                        yield item
                # the zip's line of a cut it did not meet, once: by the process reading the member's last slice
                if cut is not None and not merged and any(k == m - 1 for k, m in parts):
                    yield cut
                continue
            for item in self.parse_member(archive, member, rule.handler):
                merged = merged or _is_cut_line(item, cut)
                yield item
            if cut is not None and not merged:  # its reading stopped before the cut: the zip's line as made
                yield cut

    def reads_cut(self, archive: Archive, issue: ParseIssue) -> bool:
        """Whether ``issue`` is the ``truncated-zip`` line of a zip cut inside the data of a member of ``archive``
        that this parser reads (:func:`cut_issue`): it gives that line when it reads the member (with how many of
        its records came before the cut), not :func:`dataexam.api.iter_events` with the archive's issues."""
        member = archive.get(issue.member) if issue.code == "truncated-zip" and issue.member else None
        if member is None or cut_issue(archive, member) is not issue:
            return False
        rule = self.classify(member.path)
        return rule is not None and rule.handler is not None and self.wants(rule.handler)

    def parse_member(self, archive: Archive, member: Member, handler_name: str) -> Iterator[Event | ParseIssue]:
        """Run one handler over one member, turning any exception into a ParseIssue."""
        yield from self._run_handler(MemberContext(self, archive, member), handler_name)

    def _run_handler(self, ctx: MemberContext, handler_name: str) -> Iterator[Event | ParseIssue]:
        handler: Handler = getattr(self, handler_name)
        log.info("reading %s", ctx.path)
        escapes: ParseIssue | None = None
        try:
            yield from handler(ctx)
        except TempSpaceFull:
            # the run's temporary folder is full (a parser's spill file: X long posts): the run's fault, not the
            # file's — "the rest of this file was skipped" would drop records quietly and go on
            raise
        except DATA_ERRORS as exc:
            code, message = issue_code(exc), describe_error(exc, ctx.path, none_kept=ctx.index < 0)
            damage = _damage(exc) if code == "corrupt-member" else (
                member_damage(ctx.member) if code in GARBLED_CODES else None)
            if damage is not None:
                # the bytes are damaged, not the JSON or CSV: say so, naming the member and its zip (a flipped
                # byte inside tweets.js was "invalid JSON (lexical error …)": ART9 fault 5)
                # a CRC-32 known bad only at the member's end, after every byte was parsed (HandsOverFirst): every
                # record was kept, not "the rest of the file is lost" (T27A M1)
                code, message = "corrupt-member", damaged_message(ctx.member, damage, archive=ctx.archive,
                                                                  all_read=isinstance(exc, CrcMismatch))
                if isinstance(exc, MemberCutOff):  # the zip ends inside it: cut, not damaged (T28B M1)
                    message = cut_message(ctx.member, ctx.index, archive=ctx.archive)
            # the reading of the file stopped here, whatever the code's own kind (a number of 4,300 digits is a
            # `limit` "after 6 records"; a handler's ValueError a `bad-record`): the records before it kept
            # a file the zip is cut inside: the zip's truncated-zip issue names it and counts the fault (INP50: the
            # header said "2 parse issue(s)" of the one cut); this line gives after which record
            cut = cut_issue(ctx.archive, ctx.member)
            if cut is not None:
                # the zip's line, once, with how far the file was read (INP51: two lines, one cut); a fault its
                # reading met at the cut's bytes in another form (X's like.js cut 3 bytes into its "window.YTD…"
                # prefix: "found no JSON value", a bad-shape line beside the zip's) is said in it too
                said = cut_message(ctx.member, ctx.index, alone=False, archive=ctx.archive,
                                   fault=None if isinstance(exc, MemberCutOff) else message)
                yield replace(cut, message=f"{cut.message}; {said}", position=_position(ctx),
                              nothing_read=ctx.index < 0)
            else:
                yield ctx.issue(code, message, _position(ctx), kind=IssueKind.STOPS, nothing_read=ctx.index < 0)
        except Exception as exc:  # a parser bug must not end the run or lose what was read
            yield ctx.issue("parser-error", f"unexpected {type(exc).__name__} in the parser; "
                            "the rest of this file was skipped", _position(ctx), kind=IssueKind.STOPS,
                            nothing_read=ctx.index < 0)
        finally:
            escapes = ctx.escape_issue()
            ctx.close()
        yield from ctx.flush_pending()
        if escapes is not None:
            yield escapes

    def _parse_slice(self, archive: Archive, member: Member, handler_name: str, index: int,
                     part: tuple[int, int]) -> Iterator[Event | ParseIssue]:
        """Slice ``part`` = ``(k, m)`` of one member; what it found goes to :attr:`slice_reports`.

        A slice is *clean* when its only issues are a single record's (:data:`~dataexam.issue_codes.IssueKind`
        ``READ_ON``: a bad record, a bad date) at a record index: any other fault
        (bad JSON, a limit: the rest of the file would have been skipped) makes the parallel parse
        read the member in one piece instead. Repaired surrogate escapes are counted for the whole
        file by the last slice's process, which reads every byte of it (skipping or parsing): only
        its ``bad-escape`` issue is kept, the very one a single process reports.
        """
        if handler_name not in self.sliceable:
            raise ValueError(f"{self.name}: {handler_name} does not read slices")
        ctx = MemberContext(self, archive, member, part)
        clean = True
        last = part[0] == part[1] - 1
        for item in self._run_handler(ctx, handler_name):
            if isinstance(item, ParseIssue):
                if item.code == "bad-escape" and not last:
                    continue  # this slice's reader saw only part of the file
                if item.code in WHOLE_FILE_CODES:
                    pass  # of the file as a whole, reported once (by the slice reading its array's end)
                elif item.kind is not IssueKind.READ_ON or not (item.position or "").startswith("record "):
                    clean = False
            yield item
        report = ctx.slice_report or SliceReport(*part, split=False)
        first = report.first_index or 0
        if self.slice_reports is not None:
            self.slice_reports.append(SliceRead(index, report, max(0, ctx.index + 1 - first), clean))


@dataclass(frozen=True)
class SliceRead:
    """One slice as read: the member's index, the slice's :class:`~dataexam.arrayslice.SliceReport`,
    the items it read, and whether it was clean (see :meth:`Parser._parse_slice`)."""

    member: int
    report: SliceReport
    items: int
    clean: bool


def _position(ctx: MemberContext) -> str:
    """Where a fault came in a file, as the number of records read whole before it: "after 1 record", "after 42
    records" (a count, not the last record's 0-based ``origin.index``: "after record 0" was read as "nothing kept"
    where one record was; T39B)."""
    return "before the first record" if ctx.index < 0 else f"after {_records(ctx.index + 1)}"


def _records(n: int) -> str:
    return f"{n} record{'' if n == 1 else 's'}"


#: issue codes of an input that changed while the run read it (a folder's file moved, deleted,
#: replaced or rewritten; a sub-folder gone before it was listed): what was read is kept, and the
#: CLI ends with exit 1 as for a missing input (a batch unit is an error, to be run again)
INPUT_CHANGED = frozenset({"vanished", "changed"})


#: issue codes a damaged zip member gives when its garbage is read as data: such an issue is checked against the
#: member's own integrity (:func:`member_damage`) before it is reported
GARBLED_CODES = frozenset({"bad-json", "bad-encoding", "bad-shape", "bad-record"})


def _damage(exc: BaseException) -> str:
    """What a zip or zlib error says of a member's damage, in our words (never data)."""
    if isinstance(exc, zipfile.BadZipFile):
        return "bad CRC-32" if "CRC" in str(exc) else "a damaged zip entry"
    if isinstance(exc, EOFError):
        return "compressed data cut short"
    return "zlib cannot inflate its compressed data"


def member_damage(member: Member) -> str | None:
    """Why ``member`` is damaged, or None: its bytes are read once more, streamed and dropped, so that zipfile checks
    the CRC-32 at their end and zlib the compressed stream (a folder file has no check: None). Called only after a
    parse fault, once per member."""
    try:
        with member.open() as stream:
            while stream.read(1 << 20):
                pass
    except MemberCutOff:  # its bytes are sound up to the cut: a fault before it is the file's own
        return None
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        return _damage(exc)
    except Exception:  # another fault (gone, unreadable) is not damage to the zip's data: the first issue stands
        return None
    return None


def _member_in_zips(member: Member, archive: Archive | None) -> tuple[str, str]:
    """``member``'s path inside the zip holding it and that zip named through the zips it lies in, outermost first
    (``("posts/your_posts_1.json", "outer.zip → facebook-a-part1.zip")``; T53C 3: only the innermost was named);
    without ``archive``, the path and the input's name."""
    zip_name, names = _chain_names(member, archive)
    if len(names) < 2:
        return member.path, zip_name
    return names[-1], " → ".join(names[:-1])


def _chain_names(member: Member, archive: Archive | None) -> tuple[str, tuple[str, ...]]:
    """The input's own name and ``member`` named through every zip it lies in, outermost first
    (``("outer.zip", ("outer.zip", "part1.zip", "posts/your_posts_1.json"))``); without ``archive`` no chain
    (``()``)."""
    input_name = re.split(r"[/\\]", member.input.rstrip("/\\"))[-1] or member.input
    if archive is None:
        return input_name, ()
    base = archive.chain or ((input_name,) if input_name.lower().endswith(".zip") else ())
    return input_name, tuple(zip_chain(member.path, archive.mounts, base))


def damaged_message(member: Member, damage: str, *, all_read: bool = False, archive: Archive | None = None) -> str:
    """"zip member data/tweets.js in twitter.zip is damaged (bad CRC-32) …": the member and its zip named — with
    ``archive``, through every zip it lies in ("… in outer.zip → part1.zip …", :func:`_member_in_zips`).
    ``all_read``: the fault was found only at the member's end (its CRC-32), after every byte was parsed (a last
    record the damage cut short is lost; the position says how many were kept)."""
    path, zip_name = _member_in_zips(member, archive)
    if all_read:
        return (f"zip member {path} in {zip_name} is damaged ({damage}): a broken download or disk; the check "
                "fails only at the end of the file, after its records were read: every record read was kept, and "
                "one of them may hold a damaged value")
    return (f"zip member {path} in {zip_name} is damaged ({damage}): a broken download or disk; the records "
            "before the damage were kept, the rest of the file is lost")


#: a ``damaged-media`` issue's words: a file of the export no parser reads (a photo, a video) whose CRC-32 failed
DAMAGED_MEDIA = ("file is damaged (bad CRC-32, found when the zip holding it was unpacked): dataexam reads no records "
                 "from it (a photo, video or other attachment), so none were lost; the copy in your download is broken "
                 "— download it again to keep that file")

def cut_issue(archive: Archive, member: Member) -> ParseIssue | None:
    """The ``truncated-zip`` issue of a zip cut inside ``member``'s data (``dataexam/archive.py`` names the cut
    file as its member), or None: one issue says the cut and how far the file was read (INP51)."""
    return next((i for i in archive.issues if i.code == "truncated-zip" and i.member == member.path
                 and i.kind is not IssueKind.NOTE), None)


def _is_cut_line(item: Event | ParseIssue, cut: ParseIssue | None) -> bool:
    """Whether ``item`` is the zip's line ``cut`` as its member's reading gave it (with its records' count)."""
    return cut is not None and isinstance(item, ParseIssue) and item.code == cut.code and item.member == cut.member


def _zip_chain(member: Member, archive: Archive | None) -> tuple[str, str]:
    """The cut file named through the zips it is in, and the innermost of them: ``("data/like.js", "twitter.zip")``;
    a zip read in place inside the input (``Archive.mounts``: a part zip in Facebook's zip of part zips, a zip in the
    folder given) ``("outer.zip → part1.zip → posts/your_posts_1.json", "part1.zip")`` (INP52: "…/your_posts_1.json
    is cut off …; every file after it in outer.zip are lost" named the outer zip, not the one cut) — also where that
    part zip is an export of its own (``Archive.chain``; INP55: its cut line named no outer zip)."""
    input_name, names = _chain_names(member, archive)
    if len(names) < 2:
        return member.path, input_name
    return " → ".join(names), names[-2].rsplit("/", 1)[-1]


def cut_message(member: Member, last: int, *, alone: bool = True, fault: str | None = None,
                archive: Archive | None = None) -> str:
    """"zip member data/tweets.js in twitter.zip is cut off after 205 records …": a member the zip file ends inside
    (an interrupted download, salvaged: :class:`~dataexam.archive.MemberCutOff`), ``last`` the index of the last
    record read whole (-1: none). The same file cut in a folder says "JSON ends early … records before this point
    were kept"; here the zip and the member are named, as for a damaged one. ``alone=False``: the words added to the
    zip's own truncated-zip line, which names the zip and the cut ("data/like.js is cut off after 187 records: the
    records before the cut were kept; the rest of it and every file after it in twitter.zip are lost"); ``fault``: the
    words of the fault its reading stopped at, where it was not the cut itself as the zip's reader met it."""
    zip_name = re.split(r"[/\\]", member.input.rstrip("/\\"))[-1] or member.input
    if not alone:  # the zip named, as the file's own line named it (tests/badinputs.py: "truncated.zip")
        shown, zip_name = _zip_chain(member, archive)
        lost = f"the rest of it and every file after it in {zip_name} are lost"
        if fault is not None:
            where = "before its first record" if last < 0 else f"after {_records(last + 1)}"
            return f"{shown} is cut off: its reading stopped {where} ({fault}); {lost}"
        if last < 0:
            return f"{shown} is cut off before its first record: none of its records could be read; {lost}"
        return f"{shown} is cut off after {_records(last + 1)}: the records before the cut were kept; {lost}"
    path, zip_name = _member_in_zips(member, archive)
    # (an input named as a browser names a download under way: "the download of x.zip.crdownload looks unfinished")
    why = interrupted_words(re.split(r"[/\\]", member.input.rstrip("/\\"))[-1])
    if last < 0:
        return (f"zip member {path} in {zip_name} is cut off before its first record: the zip file ends "
                f"inside it ({why}); none of its records could be read")
    return (f"zip member {path} in {zip_name} is cut off after {_records(last + 1)}: the zip file ends inside "
            f"it ({why}); the records before the cut were kept, the rest of the file is missing")


def issue_code(exc: BaseException) -> str:
    """The :class:`~dataexam.events.ParseIssue` code of a data fault (one of :data:`DATA_ERRORS`):
    ``vanished`` for a file listed when the run began and gone when it was read, ``changed`` for one
    that is another file by then (:class:`~dataexam.archive.MemberChanged`), ``unreadable`` for
    another OS error, ``bad-json``, ``too-large`` …"""
    if isinstance(exc, jsonstream.LimitExceeded):
        return exc.code
    if isinstance(exc, jsonstream.UnexpectedShape):
        return "bad-shape"
    if isinstance(exc, MemoryError):
        return "too-large"
    if isinstance(exc, (jsonstream.JSONError, json.JSONDecodeError)):
        return "bad-json"
    if isinstance(exc, UnicodeDecodeError):
        return "bad-encoding"
    if isinstance(exc, (zipfile.BadZipFile, zlib.error, EOFError)):
        return "corrupt-member"
    if isinstance(exc, FileNotFoundError):
        return "vanished"  # a folder export's file moved or deleted during the run
    if isinstance(exc, MemberChanged):
        return "changed"  # … or replaced, rewritten, still being written
    if isinstance(exc, OSError):
        return "unreadable"
    if isinstance(exc, RecursionError):
        return "too-deep"
    return "bad-record"


#: the json module's words of a fault inside a string (``json.JSONDecodeError.msg`` up to " at") → ours
_STRING_FAULTS = {
    "Invalid control character": ("a raw control character such as a NUL byte inside a string, which JSON writes "
                                  "escaped"),
    "Invalid \\escape": "a backslash escape JSON has not, inside a string",
    "Invalid \\uXXXX escape": "a \\u escape without four hex digits, inside a string",
    "Unterminated string": "a string not closed before the end of the file",
}


def describe_error(exc: BaseException, path: str | None = None, none_kept: bool = False) -> str:
    """A one-line description of a data fault that never quotes record contents; ``path``: the file's path in the
    export, named where a file of the wrong shape is also cut off (T37: "… found an object, and data/tweets.js is
    cut off: it ends after 5 bytes …"); ``none_kept``: the fault came before the file's first record (a file cut
    there keeps nothing, and its message does not say records were kept: T40)."""
    if isinstance(exc, jsonstream.UnexpectedShape):
        return exc.named(path) if path else str(exc)  # our own words, never data
    if isinstance(exc, jsonstream.LimitExceeded):
        return str(exc)  # our own words, never data
    if isinstance(exc, MemoryError):
        return "not enough memory to read this file; the rest of it was skipped"
    if isinstance(exc, jsonstream.JSONError):
        text = jsonstream.safe_json_error(exc)
        if jsonstream.is_cut_off(exc):
            if none_kept:
                return "JSON ends early (file truncated?), before its first record; nothing was read"
            return "JSON ends early (file truncated?); records before this point were kept"
        if jsonstream.not_utf8(exc):
            # a file saved again as Latin-1 / Windows-1252 (T44B: "invalid bytes in UTF8 string" and no hint)
            return (f"invalid JSON ({text}), {jsonstream.NOT_UTF8}; "
                    + ("nothing was read" if none_kept else "records before this point were kept"))
        return f"invalid JSON ({text})"
    if isinstance(exc, json.JSONDecodeError):
        # a string ijson's Python backend (a file with a number of 1e400 or 10^30) decodes with the json module: a
        # raw NUL byte in it was "record has an unexpected shape (JSONDecodeError)" (INP49); the json module's own
        # fixed words, never the string's
        said = exc.msg.split(" at")[0].split(" starting")[0]
        what = _STRING_FAULTS.get(said, f"{said.lower()} inside a string")
        return (f"invalid JSON ({what}); "
                + ("nothing was read" if none_kept else "records before this point were kept"))
    if isinstance(exc, UnicodeDecodeError):
        return f"invalid {exc.encoding} text at byte {exc.start}"
    if isinstance(exc, zipfile.BadZipFile):
        return "zip member is damaged (bad CRC or truncated data)"
    if isinstance(exc, (zlib.error, EOFError)):
        return "zip member data is truncated or damaged"
    if isinstance(exc, PermissionError):
        return "file cannot be read (permission denied)"
    if isinstance(exc, FileNotFoundError):
        return "file is gone: moved or deleted while the run was reading the input"
    if isinstance(exc, MemberChanged):
        return ("file changed while the run was reading the input (replaced, rewritten or still being "
                "written since it was listed); it was not read")
    if isinstance(exc, OSError):
        return f"file cannot be read ({exc.strerror or type(exc).__name__})"
    if isinstance(exc, KeyError):
        return "record lacks an expected field"
    if isinstance(exc, RecursionError):
        return "data nested too deeply"
    # ValueError, TypeError …: their text may contain data values, so name the type only
    return f"record has an unexpected shape ({type(exc).__name__})"
