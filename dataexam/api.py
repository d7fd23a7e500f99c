"""The public Python API: open exports, iterate events, build the timeline, scan, report.

Everything the CLI does is one call here, so a notebook or a script over many exports can do
the same::

    from dataexam import api

    stats = api.RunStats()
    for event in api.timeline(["twitter-2024.zip", "facebook-jane.zip"], stats=stats):
        print(event.time, event.kind, event.text)
    print(stats.issue_count, "parse issues")

Inputs may be zips, folders or single export files, or folders and zips that hold several exports
(a Downloads folder, a zip of zips: see :mod:`dataexam.discover`). Exports that one parser
recognises and whose paths do not collide (a Facebook export in ``1of3-…`` part-zips, Amazon's
per-category zips) are read as one virtual export; overlapping exports of one account stay separate
and the timeline de-duplicates their records. Exports of two accounts of one source stop the run
(:class:`~dataexam.errors.SeveralAccounts`) unless ``per_account`` is given.
"""

from __future__ import annotations

import contextlib
import fnmatch
import os
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from .archive import (
    DEFAULT_LIMITS,
    Archive,
    ArchiveLimits,
    input_label,
    input_zip_name,
    no_room_to_unpack,
    open_input,
    printable_path,
    zip_chain,
)
from .discover import Found, discover
from .download_names import part_of
from .errors import (
    CorruptArchive,
    EncryptedArchive,
    HTMLExportError,
    NothingRecognised,
    SeveralAccounts,
    TempFolderUnusable,
    TempSpaceFull,
    no_room,
    no_room_reason,
)
from .events import Bounds, Detection, Event, ParseIssue, When, account_hash
from .foreign import instagram_download, instagram_reason
from .input_notes import INPUT_NOTE_CODES, MAX_INPUT_NOTES, MAX_INPUT_NOTES_PER_EXPORT
from .issue_codes import IssueKind, tally
from .memory import headroom
from .normalise import (
    MergeStats,
    chronological_encoded,
    held_decode,
    hold_event,
    portable_decode,
    portable_encode,
    spill_bytes_for,
)
from .parallel import (
    MAIN_PROCESS_BYTES,
    OpenSpec,
    ScanCounts,
    can_run,
    default_jobs,
    member_costs,
    parse_in_workers,
    read_bytes,
    span_union,
)
from .parser import RECORD_DAY_MARK, UNDATED_MARK, Parser, describe_error, issue_code
from .registry import Registry, load_registry
from .tempdirs import (
    DISK_TEMP,
    PrivateTempDir,
    compress_runs,
    default_folder,
    memory_file_system,
    named_by_user,
    size_words,
)

if TYPE_CHECKING:
    from .inference.offload import Offload

PathLike = str | os.PathLike[str]
MAX_KEPT_ISSUES = 1000


@dataclass
class Export:
    """One virtual export: its archive, the parser reading it and what detection said.

    ``locations`` says where it was found: ``(input, path inside the input)`` per part, the path
    ``""`` when the input given is the export itself. ``account`` is the account the export belongs
    to as its parser reads it (:meth:`~dataexam.parser.Parser.account`), or ``None``.
    """

    archive: Archive
    parser: Parser
    detection: Detection
    locations: list[tuple[str, str]] = field(default_factory=list)
    account: str | None = None
    #: the account's other names (:meth:`~dataexam.parser.Parser.account_aliases`: earlier names, username,
    #: profile URI) and the name it was read under: what links a renamed account's downloads, in one run and
    #: across ``--append`` runs (T27C H1)
    aliases: frozenset[str] = frozenset()
    #: kind → value of the identifiers among what names its account (:attr:`Owner.ids`: a Facebook username or
    #: profile URI from its profile file, an account number): two accounts where one kind differs
    ids: Mapping[str, str] = field(default_factory=dict)
    #: how a worker process opens this export again: (the open_exports arguments, index in its result)
    reopen: tuple[OpenSpec, int] | None = None
    #: the day its download was made, once read (:func:`_download_day`): whether its records were asked → the day
    #: (and "newest" → the day of its newest record, :func:`_newest_record`)
    day_read: dict[bool | str, str | None] = field(default_factory=dict, repr=False, compare=False)

    @property
    def name(self) -> str:
        return self.archive.name


@dataclass(frozen=True)
class NotAnExport:
    """A file or folder inside an input that holds no recognised export (a PDF in Downloads)."""

    input: str
    path: str
    files: int
    reason: str
    #: a zip that could not be read at all (password-protected, damaged): the run's parse issue for it, named
    #: ``<input>/<path>`` (its own file, as an export's issues are; never filed under another export)
    issue: ParseIssue | None = None
    #: recognised but not read (an export in HTML format: Facebook's 2010–2017 download or its 2018+ HTML one):
    #: ``reason`` is then the advice the run's warning gives (T33B L4: it was "not a recognised export")
    recognised: bool = False


@dataclass
class RunStats:
    """Counters filled while a timeline or report runs (issues, kinds, duplicates)."""

    exports: list[Export] = field(default_factory=list)
    issues: list[ParseIssue] = field(default_factory=list)
    issue_count: int = 0
    issue_summary: Counter[tuple[str, str]] = field(default_factory=Counter)  # (ParseIssue.place, code) → n
    #: every issue counted by kind as it is raised (:func:`~dataexam.issue_codes.tally`: kind → n, and the faults of
    #: which nothing was read), past ``MAX_KEPT_ISSUES``: the CLI header's counts (INP48)
    issue_kinds: Counter[str] = field(default_factory=Counter)
    #: the issues of ``INPUT_NOTE_CODES`` (at most ``MAX_INPUT_NOTES_PER_EXPORT`` of an export and
    #: ``MAX_INPUT_NOTES`` in all, one per wording and place), kept past ``MAX_KEPT_ISSUES``: a report's input notes
    notes: list[ParseIssue] = field(default_factory=list)
    #: the export (``ParseIssue.archive``) → of how many of its files the caps left notes out (a file counted once)
    notes_left_out: Counter[str] = field(default_factory=Counter)
    #: the (export, file) of each note left out, so a file whose issue comes again is counted once
    left_out_seen: set[tuple[str, str]] = field(default_factory=set)
    kinds: Counter[str] = field(default_factory=Counter)
    not_exports: list[NotAnExport] = field(default_factory=list)
    merge: MergeStats = field(default_factory=MergeStats)
    warnings: list[str] = field(default_factory=list)
    on_issue: Callable[[ParseIssue], None] | None = None
    on_event: Callable[[int], None] | None = None
    #: with --since/--until: the first and last time of the dated events the range was applied to (those of the
    #: kinds asked for, in or out of the range), for the warning of a range that lets nothing through
    time_span: tuple[datetime, datetime] | None = None
    #: the run's downloads (set when the timeline starts): (``origin.archive`` → how new its download is,
    #: :func:`download_order`, ``None`` for one export per source; ``origin.archive`` → the day it was made,
    #: :func:`download_dates`), for the findings that count a snapshot list from the newest download (T34A H1)
    downloads: tuple[dict[str, int] | None, dict[str, str]] | None = None

    def add_issue(self, issue: ParseIssue, *, note: bool = True) -> None:
        """Count ``issue``, keep it among the first ``MAX_KEPT_ISSUES``, and, with ``note``, among the input notes
        where its code is one (a worker process's notes come apart: :func:`~dataexam.parallel._fold`)."""
        self.issue_count += 1
        self.issue_summary[(issue.place, issue.code)] += 1
        self.issue_kinds.update(tally((issue,)))
        if len(self.issues) < MAX_KEPT_ISSUES:
            self.issues.append(issue)
        if note and issue.code in INPUT_NOTE_CODES:
            self.note(issue)
        if self.on_issue is not None:
            self.on_issue(issue)


    def note(self, issue: ParseIssue) -> None:
        """Keep ``issue`` among the input notes, unless one of the same export, place and wording is there; where its
        export's notes or the run's are full, count it in ``notes_left_out`` (T43B M1: a second export's cut file
        was in no note and nothing said notes were left out)."""
        if any(n.place == issue.place and n.message == issue.message and n.archive == issue.archive
               for n in self.notes):
            return
        if len(self.notes) < MAX_INPUT_NOTES and sum(
                n.archive == issue.archive for n in self.notes) < MAX_INPUT_NOTES_PER_EXPORT:
            self.notes.append(issue)
        else:
            self.leave_out(issue.archive, issue.place)

    def leave_out(self, archive: str, place: str) -> None:
        """Count a note of ``archive`` left out by the caps, of the file ``place`` (its member, or the archive); a
        file whose issue comes again (another wording, two processes' parts of one file) is counted once (T44B)."""
        key = (archive, place)
        if key not in self.left_out_seen:
            self.left_out_seen.add(key)
            self.notes_left_out[archive] += 1

    def add_left_out(self, seen: Iterable[tuple[str, str]]) -> None:
        """Add a part's or a process's left-out notes (their :attr:`left_out_seen`), each file counted once."""
        for archive, place in seen:
            self.leave_out(archive, place)


def _as_list(paths: PathLike | Iterable[PathLike]) -> list[PathLike]:
    if isinstance(paths, (str, os.PathLike)):
        return [paths]
    return list(paths)


def open_exports(paths: PathLike | Iterable[PathLike], *, source: str | None = None,
                 limits: ArchiveLimits = DEFAULT_LIMITS, registry: Registry | None = None,
                 not_exports: list[NotAnExport] | None = None, per_account: bool = False) -> list[Export]:
    """Open every input, find the exports inside each, group parts of one export together.

    An input may be one export (zip, folder, single file) or hold several: a folder or zip of
    exports is split into them (see :mod:`dataexam.discover`); what inside it is not an export is
    appended to ``not_exports`` and skipped. Parts of one export (Facebook's ``NofM-`` part-zips,
    Amazon's per-category zips), given on the command line or found inside an input, become one
    export. ``source`` names a parser to use for every input as given, overriding detection and
    discovery.

    Raises :class:`~dataexam.errors.NothingRecognised` for an input with no recognised export,
    :class:`~dataexam.errors.HTMLExportError` for an input that is an HTML-format export, and
    :class:`~dataexam.errors.SeveralAccounts` when exports of one source belong to different
    accounts (unless ``per_account``; then each export's ``account`` says whose it is). The caller
    closes the returned exports' archives (:func:`close_exports`).
    """
    registry_arg = registry
    registry = registry or load_registry()
    opened: list[tuple[Archive, Detection, list[tuple[str, str]]]] = []
    try:
        for path in _as_list(paths):
            archive = open_input(path, limits)
            display = printable_path(os.fspath(path))  # as the archive shows it: \xNN for bytes not UTF-8
            if source is not None:
                opened.append((archive, _detect(archive, registry, source), [(display, "")]))
                continue
            opened.extend(_discovered(archive, display, registry, not_exports))
    except BaseException:
        for archive, _, _ in opened:
            archive.close()
        raise
    # Parts of one export (Facebook's NofM- part-zips, Amazon's per-category zips) share a parser and
    # an era and never share a path; two exports of one account (taken months apart, or of different
    # eras) do share paths or differ in era, and stay separate exports whose records the timeline
    # de-duplicates. Facebook names its parts `1of3-<name>`, `2of3-<name>` …: parts named so, with one
    # name and count, are one export whatever era each part alone looks like.
    # Two people's downloads side by side in one folder (a partner's Messenger-only zip beside the person's parts)
    # share no path either: what each says of its owner (its account, the number in its name) keeps them apart
    # (T31A H1), as two profiles are kept apart.
    owners = _Owners(registry, limits)
    groups: dict[str, list[list[tuple[Archive, Detection, list[tuple[str, str]]]]]] = {}
    unowned: dict[int, int] = {}  # id(archive) of an export naming no account → the accounts beside it
    named_only: set[int] = set()  # id(archive) of such an export whose aliases meet one of them
    several = Counter(detection.parser for _, detection, _ in opened)
    for item in opened:
        archive, detection, _ = item
        slots = groups.setdefault(detection.parser, [])
        # a part naming no account (an X part without account.js) beside two accounts' exports is no one's part:
        # it joined whichever it met first (note45 "Accounts and parts"); it is an export of its own, said so
        # (one whose aliases meet one of them, a posts-only Facebook download whose titles name its owner, may join
        # only that account's exports)
        accounts, linked = _ownerless_among_accounts(item, opened, owners) if several[detection.parser] > 2 else (0, 0)
        if accounts and linked != 1:
            unowned[id(archive)] = accounts
            slots.append([item])
            continue
        if accounts:
            named_only.add(id(archive))
        for slot in slots:
            if any(id(a) in unowned for a, _, _ in slot):
                continue
            taken = {p for a, _, _ in slot for p in a.paths()}
            if taken.intersection(archive.paths()):
                continue
            # NofM- parts of one name are one download only where what each says of its owner agrees: another
            # person's download saved under a part's name (a copy "2of3-facebook-a-1.zip", "….zip.bak") was
            # merged into "you" by its name alone (T60A 1); a part saying nothing of its owner still joins
            # (a part's name is its siblings' name: the hint it carries says nothing there, "2of3-facebook-a.dat"
            # read as the username "a.dat", ZIP64's renamed part, is no other account)
            sibling = _same_parts(slot[0][0], archive)
            if not all(
                    _one_owner(_unhinted(owners.of(item), sibling), _unhinted(owners.of(other), sibling),
                               id(archive) in named_only or id(other[0]) in named_only) for other in slot):
                continue
            eras = {d.variant for _, d, _ in slot if d.variant}
            same_era = not detection.variant or not eras or eras == {detection.variant}
            # a part one of the others lists as its own missing files (X's manifest) is that download's part
            # whatever era it looks like alone (T41B L: data/'s contents zipped without the folder look like 2018)
            parser = owners.parser(detection.parser)
            listed = any(parser.completed_by(a, archive) or parser.completed_by(archive, a) for a, _, _ in slot)
            if same_era or _same_parts(slot[0][0], archive) or listed:
                slot.append(item)
                break
        else:
            slots.append([item])
    exports = []
    read: dict[int, Owner] = {}  # id(export) → its owner, where grouping read it (an export of one input)
    for name, slots in groups.items():
        for slot in slots:
            archive = slot[0][0] if len(slot) == 1 else Archive.merge(a for a, _, _ in slot)
            parser = registry.create(name, limits)
            detection = slot[0][1] if len(slot) == 1 else parser.detect(archive)
            export = Export(archive, parser, detection, [loc for _, _, locs in slot for loc in locs])
            known = owners.read(archive) if len(slot) == 1 else None
            if known is not None:
                read[id(export)] = known
            if id(archive) in unowned:
                archive.issues.append(_unowned_issue(export, unowned[id(archive)]))
            exports.append(export)
    _note_missing_parts(exports, not_exports or ())
    try:
        _check_accounts(exports, per_account, read)
        _note_two_customers(exports)
    except BaseException:
        close_exports(exports)
        raise
    spec = OpenSpec(tuple(os.fspath(p) for p in _as_list(paths)), source, limits, registry_arg, per_account)
    for index, export in enumerate(exports):
        export.reopen = (spec, index)
    return exports


@dataclass(frozen=True)
class Owner:
    """What an export says of its owner (:func:`owner_of`), read once per opened export: before its parts are
    grouped (:func:`open_exports`) and, for an export of one input, kept for the accounts' check after.

    ``account`` is the account as its parser names it (:meth:`~dataexam.parser.Parser.account`), or for a
    download naming no one the identifier or hint its file name carries; ``aliases`` every string that names it
    (the account, earlier names, identifiers, hints); ``ids`` kind → value of the identifiers among them
    (:meth:`~dataexam.parser.Parser.account_id_kind`: each names one account only). ``None``/empty where the
    parser could not read it."""

    account: str | None = None
    aliases: frozenset[str] = frozenset()
    ids: Mapping[str, str] = field(default_factory=dict)
    #: the account is only the hint the file name carries (no account, identifier or number read)
    hinted: bool = False


def owner_of(parser: Parser, archive: Archive) -> Owner:
    """The :class:`Owner` of ``archive`` as ``parser`` reads it: its account, aliases and identifiers, with the
    file name's hints (:meth:`~dataexam.parser.Parser.account_hints`: Facebook's ``facebook-<username>-…``).

    A download naming no one (a partner's posts-only Facebook download: no profile, no Messenger owner) is the
    account its name's number names (T31C N1), else the account its name's username names (T31D H1): beside
    another account's download it is a second account, not "you"; its other aliases (the name its titles start
    with) still link it. A hint is never an identifier: where the account is named otherwise it only links, and
    a download named by its hint is kept apart only from downloads nothing links it to (a person who changed the
    username between two downloads stays one, linked by the name). A parser's fault reading it is no owner,
    never the run's end."""
    try:
        account = parser.account(archive)
        aliases = parser.account_aliases(archive)
        hints = parser.account_hints(archive)
    except Exception:  # a parser's account look-up must not end the run
        return Owner()
    ids = _identifiers(parser, aliases)
    if account is None:
        named = sorted(a for a in aliases if parser.account_id_kind(a) is not None)
        found = named or sorted(hints)
        if not found:
            return Owner(None, frozenset(aliases), ids)
        return Owner(found[0], frozenset({*found, *aliases}), ids, hinted=not named)
    return Owner(account, frozenset({account, *aliases, *hints}), ids)


def _identifiers(parser: Parser, aliases: Iterable[str]) -> dict[str, str]:
    """Kind → value of the identifiers among ``aliases`` (the first of each kind in sorted order)."""
    found: dict[str, str] = {}
    for alias in sorted(aliases):
        kind = parser.account_id_kind(alias)
        if kind is not None:
            found.setdefault(kind, alias)
    return found


class _Owners:
    """Each opened export's :class:`Owner`, read when first asked for (only exports that could join another's
    slot, or whose owner decides whether they may, are asked)."""

    def __init__(self, registry: Registry, limits: ArchiveLimits) -> None:
        self._registry, self._limits = registry, limits
        self._parsers: dict[str, Parser] = {}
        self._known: dict[int, Owner] = {}

    def parser(self, name: str) -> Parser:
        """One parser of ``name`` for the grouping's questions (created when first asked for)."""
        parser = self._parsers.get(name)
        if parser is None:
            parser = self._parsers[name] = self._registry.create(name, self._limits)
        return parser

    def of(self, item: tuple[Archive, Detection, list[tuple[str, str]]]) -> Owner:
        known = self._known.get(id(item[0]))
        if known is not None:
            return known
        archive, detection, _ = item
        owner = self._known[id(archive)] = owner_of(self.parser(detection.parser), archive)
        return owner

    def read(self, archive: Archive) -> Owner | None:
        """The owner read for ``archive`` (an opened export's), or ``None`` when it was not asked for."""
        return self._known.get(id(archive))


def _unhinted(owner: Owner, sibling: bool) -> Owner:
    """``owner`` without an account that is only its file name's hint, for a part beside its siblings
    (``sibling``: :func:`_same_parts`); else as it is."""
    return Owner(None, owner.aliases - {owner.account}, owner.ids) if sibling and owner.hinted else owner


def _one_owner(mine: Owner, other: Owner, by_alias: bool = False) -> bool:
    """Whether two opened exports may be parts of one account's download: no identifier of one kind differs
    (:func:`ids_differ`: the account numbers in their names), and their accounts, where both are read, are
    equal or meet through an alias (with ``by_alias``, where one names no account beside two accounts' exports:
    only when their aliases meet)."""
    if ids_differ(mine.ids, other.ids):
        return False
    if by_alias:
        return bool(mine.aliases & other.aliases)
    return mine.account is None or other.account is None or mine.account == other.account or bool(
        mine.aliases & other.aliases)


def _ownerless_among_accounts(item: tuple[Archive, Detection, list[tuple[str, str]]],
                              items: Sequence[tuple[Archive, Detection, list[tuple[str, str]]]],
                              owners: _Owners) -> tuple[int, int]:
    """``(accounts, linked)`` where ``item`` names no account (an X part without ``account.js`` or a manifest,
    whose records name no id either; a Facebook download with no profile, chat or name number) and the other
    opened exports of its source hold two or more: how many accounts they hold, and of how many of them an
    export's aliases meet ``item``'s (the name a Facebook download's titles start with). Which one it is a part of
    is known only when that is one. ``(0, 0)`` otherwise (it names one, or one account or none is among the
    others, or it is an ``NofM-`` part of a download given beside it)."""
    others = [o for o in items if o is not item and o[1].parser == item[1].parser]
    if any(_same_parts(o[0], item[0]) for o in others) or owners.of(item).account is not None:
        return 0, 0
    named = [m for m in (owners.of(o) for o in others) if m.account is not None]
    links = [(i, j) for i in range(len(named)) for j in range(i + 1, len(named))
             if not ids_differ(named[i].ids, named[j].ids) and (
                 named[i].account == named[j].account or named[i].aliases & named[j].aliases)]
    components = _components(len(named), links)
    if len(components) < 2:
        return 0, 0
    mine = owners.of(item)
    linked = sum(1 for comp in components if any(mine.aliases & named[i].aliases and not ids_differ(
        mine.ids, named[i].ids) for i in comp))
    return len(components), linked


def _same_parts(first: Archive, other: Archive) -> bool:
    """Both are ``NofM-<name>`` parts of one download (same M and name, different N), their names read without
    what a browser or system added (:func:`~dataexam.download_names.part_of`: ``2of3-x.zip.crdownload``,
    ``2of3-x.zip (1)``; T59E 6: such a part was refused as a second account's)."""
    a = _input_part(first.inputs[0])
    b = _input_part(other.inputs[0])
    return bool(a and b and a[0] and a[0] == b[0] and a[1] == b[1] and a[2] != b[2])


def _part_names(export: Export) -> dict[tuple[int, str], set[int]]:
    """``(M, name) → {N}`` of the ``NofM-<name>`` parts in an export: as given or found inside an input, and zips
    read in place (a folder holding the part-zips), each name read by :func:`~dataexam.download_names.part_of`.
    Parts named ``<name>-partN`` come under ``(0, name)``: their count is not known."""
    seen: dict[tuple[int, str], set[int]] = {}
    parts = [part_of(_basename(shown)) if shown else _input_part(display) for display, shown in export.locations]
    parts += [part_of(_basename(zip_name)) for zip_name in export.archive.mounts.values()]
    for part in parts:
        if part is not None:
            seen.setdefault(part[:2], set()).add(part[2])
    return seen


def _note_missing_parts(exports: Sequence[Export], skipped: Sequence[NotAnExport] = ()) -> None:
    """One ``missing-part`` issue per ``NofM-<name>`` download of which some parts are among none of the inputs
    (Facebook splits a large download into parts named so; a part whose download failed left the report built on
    the rest with nothing said: the twenty-second pass's first tester). A part read in another export of the run
    (a copy saved again as "… (1).zip" beside the pair) is not missing. The message names the parts' numbers,
    never the name (Facebook's carries the account's user name). A part given but ``skipped`` as no export on its own
    (INP61: a part zip whose only data file could not be read, a warning naming it) is said so, not "not among the
    inputs"."""
    per_export = [_part_names(export) for export in exports]
    given_skipped: dict[tuple[int, str], set[int]] = {}
    for item in skipped:
        part = _input_part(item.path or item.input)
        if part is not None:
            given_skipped.setdefault(part[:2], set()).add(part[2])
    everywhere: dict[tuple[int, str], set[int]] = {}
    for seen in per_export:
        for key, numbers in seen.items():
            everywhere.setdefault(key, set()).update(numbers)
    for export, seen in zip(exports, per_export, strict=True):
        for key, numbers in seen.items():
            count = key[0]
            given_everywhere = everywhere[key]
            # a -partN name tells no count: only the parts between the lowest and highest given are known
            expected = range(1, count + 1) if count else range(min(given_everywhere), max(given_everywhere) + 1)
            missing = sorted(set(expected) - given_everywhere)
            if not missing:
                continue
            unread = sorted(set(missing) & given_skipped.get(key, set()))
            if unread:  # given, but no export on its own: its warning names it, and no line says it is not given
                one = len(unread) == 1
                export.archive.issues.append(ParseIssue(
                    archive=export.archive.name, member="", code="missing-part",
                    message=f"{'part' if one else 'parts'} {', '.join(str(n) for n in unread)} of the download "
                            f"{'is' if one else 'are'} among the inputs but {'was' if one else 'were'} not read: no "
                            f"export was recognised in {'it' if one else 'them'} on {'its' if one else 'their'} own "
                            "(a file of it damaged or not readable: see the issues naming it)",
                    source=export.parser.name, kind=IssueKind.STOPS, nothing_read=True))
                missing = [n for n in missing if n not in unread]
                if not missing:
                    continue
            shown = [str(n) for n in missing[:10]]
            listed = (shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " and " + shown[-1]) + (
                " …" if len(missing) > 10 else "")
            given = ", ".join(str(n) for n in sorted(numbers))
            one = len(missing) == 1
            of_count = f"the {count} parts" if count else "the parts"
            export.archive.issues.append(ParseIssue(
                archive=export.archive.name, member="", code="missing-part",
                message=f"{'part' if one else 'parts'} {listed} of {of_count} of the download whose part "
                        f"{given} {'is' if len(numbers) == 1 else 'are'} given {'is' if one else 'are'} not among "
                        f"the inputs: the records in {'it' if one else 'them'} are not read (give every part to "
                        "read them)",
                source=export.parser.name))


def _basename(display: str) -> str:
    return display.rstrip("/\\").replace("\\", "/").rsplit("/", 1)[-1]


def _input_part(path: str) -> tuple[int, str, int] | None:
    """:func:`~dataexam.download_names.part_of` of an input's base name, a folder's read without an extension (its
    dot a username's: ``2of3-facebook-john.doe/``, T60A 4)."""
    return part_of(_basename(path), folder=os.path.isdir(path))


def _discovered(archive: Archive, display: str, registry: Registry,
                not_exports: list[NotAnExport] | None) -> list[tuple[Archive, Detection, list[tuple[str, str]]]]:
    """The exports found inside one opened input (see :mod:`dataexam.discover`)."""
    found, strays = discover(archive, registry)
    if not found:
        return [(archive, _detect(archive, registry, None), [(display, "")])]  # raises: nothing recognised
    if len(found) == 1 and not found[0].prefix:
        return [(archive, _detect(archive, registry, None), [(display, "")])]
    result: list[tuple[Archive, Detection, list[tuple[str, str]]]] = []
    skipped = [_not_an_export(display, archive.shown_path(s.path), s) for s in strays]
    release = archive.hold()  # skipping a part must not close the zips the next parts read from
    try:
        for f in found:
            shown = archive.shown_path(f.path) if f.path else ""
            part = archive.part(f.prefix, f.members, f"{display}/{shown}" if shown else display)
            detection = registry.best(part)
            if detection is None or detection.variant == "html-export":
                part.close()
                reason = "not an export (no parser recognises it on its own)"
                if detection is None and _x_page_only(part.paths()):
                    reason = _X_PAGE_ONLY
                if detection is not None:
                    help_text = _html_help(registry.parsers[detection.parser].cls, detection)
                    reason = (f"a {detection.parser} export in HTML format; dataexam needs the JSON format. "
                              f"{help_text}").strip()
                skipped.append(NotAnExport(display, shown, len(f.members), reason, recognised=detection is not None))
                continue
            result.append((part, detection, [(display, shown)]))
    except BaseException:
        for part, _, _ in result:
            part.close()
        raise
    finally:
        release()
    if not result:
        archive.close()
        if archive.not_unpacked:  # the zips it holds could not be unpacked: the temporary folder is full (T53 1)
            raise no_room_to_unpack(display, archive.not_unpacked,
                                    cut=any(i.code == "truncated-zip" for i in archive.issues))
        raise NothingRecognised(f"{display}: not a recognised export ({skipped[0].reason})")
    # issues of the input as a whole (a damaged nested zip, a truncated download) stay visible
    # (a part found but no export, INP61: its files' issues — a damaged header naming the file two ways — were
    # dropped with it, the part skipped with a warning and --strict exit 0: they stay the input's)
    exported = {part.inputs[0] for part, _d, _l in result}
    covered = tuple(f.prefix for f in found if f.prefix
                    and f"{display}/{archive.shown_path(f.path)}" in exported)
    zips = {archive.mounts[f.prefix[:-1]] for f in found if f.prefix[:-1] in archive.mounts}  # (Archive.part)
    dead = {s.prefix for s in strays if s.issue is not None}  # a zip read as nothing: its own item, issues and all
    # (the issues of the zips inside it too, said in its reason: :func:`~dataexam.discover._dead_zips`)
    inside_dead = tuple(point + "/" for point, full in archive.mounts.items() if full in dead)
    leftover = [i for i in archive.issues if not (covered and i.member.startswith(covered)) and i.member not in zips
                and i.member not in dead and not (inside_dead and i.member.startswith(inside_dead))]
    # (a skipped part's file named through its zip: "x.zip → facebook-a-part2.zip → posts/…", not by the folder it is
    # read in place under, "facebook-a-part2/posts/…")
    leftover = [replace(i, member=archive.shown_path(i.member)) if "/" in i.member else i for i in leftover]
    result[0][0].issues.extend(leftover)
    if not_exports is not None:
        not_exports.extend(skipped)
    return result


def _not_an_export(display: str, shown: str, found: Found) -> NotAnExport:
    """A stray of :func:`~dataexam.discover.discover` as the run lists it; a zip that could not be read carries
    its issue, re-named as a part's own issues are (``downloads/x.zip``, no member)."""
    issue = None
    if found.issue is not None:
        i = found.issue
        issue = ParseIssue(archive=f"{display}/{shown}", member="", code=i.code, message=found.reason,
                           position=i.position, source=i.source, kind=i.kind, nothing_read=i.nothing_read)
    reason = found.reason
    if issue is None and found.members and _x_page_only([m.path for m in found.members]):
        # one of X's several zips holding only its page, inside a zip of them (T53C 5: "a zip of 1 file(s) no parser
        # recognises" in the run's warning, as a part beside the exports)
        reason = _X_PAGE_ONLY
    return NotAnExport(display, shown, len(found.members), reason, issue)


def account_ids(export: Export) -> dict[str, str]:
    """Kind → value of ``export``'s identifiers (:attr:`Owner.ids`: a Facebook username or profile URI from its
    profile file, an account number), each of which names one account only; never a hint of its file name
    (:meth:`~dataexam.parser.Parser.account_hints`: a username a person may change)."""
    return dict(export.ids)


def ids_differ(mine: Mapping[str, str], other: Mapping[str, str]) -> bool:
    """Whether two exports' identifiers (:func:`account_ids`) say two accounts: one kind, two values."""
    return any(mine[kind] != other[kind] for kind in mine.keys() & other.keys())


def _link_accounts(exports: list[Export]) -> set[str]:
    """Exports of one source whose accounts or aliases (:meth:`~dataexam.parser.Parser.account_aliases`) meet,
    directly or through another export, are one account — unless their identifiers (:func:`account_ids`: a
    username, a profile URI) differ, which makes two accounts whatever the names say (T27E M1: another "Anna
    Schmidt", another username, was merged with a person whose earlier name is Anna Schmidt). Each account takes
    the account of the newest download among its exports (:data:`ERA_ORDER`; of one era, the one given last), so
    a person renamed between two downloads (Facebook names the account by the profile's current name) is one
    person, not two refused as a mix (the twenty-sixth pass's MSGKEY 3). Two accounts of one name (namesakes)
    keep apart under that name with their identifiers added (an opaque string, hashed wherever it is kept).

    A chain that would join exports whose identifiers differ (an export without any between two namesakes that
    carry them) joins only the exports that carry identifiers; each one without stays an account of its own.
    Returns the sources where names met but identifiers kept the accounts apart (for the refusal's reason)."""
    kept_apart: set[str] = set()
    for source in sorted({e.parser.name for e in exports}):
        group = [e for e in exports if e.parser.name == source]
        ids = [account_ids(e) for e in group]
        # a name or an identifier in common (identifiers are tagged, ``username:…``: they meet only their like)
        pairs = [(i, j) for i in range(len(group)) for j in range(i + 1, len(group))
                 if group[i].aliases & group[j].aliases or group[i].account == group[j].account]
        if any(ids_differ(ids[i], ids[j]) for i, j in pairs):
            kept_apart.add(source)
        components = _components(len(group), [(i, j) for i, j in pairs if not ids_differ(ids[i], ids[j])])
        final: list[list[int]] = []
        for comp in components:
            if not any(ids_differ(ids[i], ids[j]) for i in comp for j in comp if i < j):
                final.append(comp)
                continue
            with_ids = [i for i in comp if ids[i]]
            inner = [(i, j) for i, j in pairs if i in with_ids and j in with_ids and not ids_differ(ids[i], ids[j])]
            final.extend([with_ids[k] for k in c] for c in _components(len(with_ids), [
                (with_ids.index(i), with_ids.index(j)) for i, j in inner]))
            final.extend([i] for i in comp if not ids[i])
        position = {id(e): n for n, e in enumerate(group)}
        chosen: list[tuple[list[int], str]] = []
        for comp in final:
            members = [group[i] for i in comp]
            # a download read by a name before one known only by the account number in its file name (T31C N1)
            chosen.append((comp, max(members, key=lambda e: (e.parser.account_id_kind(e.account or "") is None,
                                                             _era_rank(e), position[id(e)])).account or ""))
        taken = Counter(account for _comp, account in chosen)
        for comp, account in chosen:
            if taken[account] > 1:  # namesakes: the same name, two accounts
                known = sorted({alias for i in comp for alias in ids[i].values()})
                account = account + "\x1f" + (" ".join(known) if known else f"#{min(comp)}")
            for i in comp:
                group[i].account = account
    return kept_apart


def _components(n: int, edges: list[tuple[int, int]]) -> list[list[int]]:
    """The connected components of nodes ``0 … n-1`` joined by ``edges``, each sorted, in order of their
    first node."""
    parent = list(range(n))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in edges:
        parent[root(j)] = root(i)
    found: dict[int, list[int]] = {}
    for i in range(n):
        found.setdefault(root(i), []).append(i)
    return sorted(found.values())


def _era_rank(e: Export) -> int:
    """How late ``e``'s export era is among its source's (:data:`ERA_ORDER`; 0 untold; a mixed variant such as
    ``legacy+2025`` counts as its latest part)."""
    order = ERA_ORDER.get(e.parser.name, ())
    parts = (e.detection.variant or "").split("+")
    return max((order.index(v) + 1 for v in parts if v in order), default=0)


def _adopt_by_alias(exports: Sequence[Export]) -> None:
    """An export naming no account whose aliases meet those of exactly one of its source's accounts, where the
    source holds two or more (a posts-only Facebook download whose titles name the partner, kept a separate export
    by a path its full download also holds), is that account's: under ``--per-account`` it is read with its
    owner's exports, not with the other sources'. With one account or none nothing changes."""
    for export in exports:
        if export.account is not None or not export.aliases:
            continue
        accounts: dict[str, list[Export]] = {}
        for e in exports:
            if e.parser.name == export.parser.name and e.account is not None:
                accounts.setdefault(e.account, []).append(e)
        if len(accounts) < 2:
            continue
        met = {a for a, group in accounts.items()
               if any(e.aliases & export.aliases and not ids_differ(e.ids, export.ids) for e in group)}
        if len(met) == 1:
            export.account = met.pop()


def _unowned_issue(export: Export, accounts: int) -> ParseIssue:
    """The ``owner-unknown`` issue of an export naming no account beside ``accounts`` accounts of its source."""
    return ParseIssue(
        archive=export.archive.name, member="", code="owner-unknown",
        message=f"this {export.parser.name} download names no account (no account file, and its records name "
                f"none), and the inputs hold {export.parser.name} exports of {accounts} different accounts: whose "
                "it is is not known, so it is read as an export of its own, not as a part of either (give it with "
                "its own account's download, or alone)",
        source=export.parser.name)


#: months two downloads naming no account must both cover, with no order in common, before they are said to be two
#: accounts' (a download's first and last months may hold orders the other's do not yet or no longer show)
TWO_CUSTOMERS_MONTHS = 2


def _note_two_customers(exports: Sequence[Export]) -> None:
    """One ``two-customers`` issue per pair of exports of one source that name no account (Amazon's files carry no
    customer id) whose orders of the months both cover (:meth:`~dataexam.parser.Parser.own_record_ids`, at least
    :data:`TWO_CUSTOMERS_MONTHS` of them) have none in common: a customer's downloads are cumulative, so one
    customer's two downloads (a year apart, overlapping) share the orders of their common months; two customers'
    share none, and their records would be read as one "you" (N4: two people's Amazon downloads in one folder
    merged silently). Said on the later export of the pair, naming both; the records are still read together."""
    by_source: dict[str, list[Export]] = {}
    for export in exports:
        if export.account is None:
            by_source.setdefault(export.parser.name, []).append(export)
    for group in by_source.values():
        if len(group) < 2:
            continue
        samples = [e.parser.own_record_ids(e.archive) for e in group]
        for j in range(1, len(group)):
            for i in range(j):
                common = samples[i].keys() & samples[j].keys()
                if len(common) < TWO_CUSTOMERS_MONTHS or any(samples[i][m] & samples[j][m] for m in common):
                    continue
                first, last = min(common), max(common)
                group[j].archive.issues.append(ParseIssue(
                    archive=group[j].archive.name, member="", code="two-customers",
                    message=f"this {group[j].parser.name} download and {group[i].archive.name} both hold orders of "
                            f"{len(common)} months ({first} to {last}) and have none of them in common: they are "
                            "probably two customers' downloads (one customer's downloads repeat the orders of the "
                            "months both cover), read here as one 'you'. Give one person's downloads per run",
                    source=group[j].parser.name))
                break


def _split_by_own_records(exports: Sequence[Export]) -> dict[str, str]:
    """Exports naming no account of a source whose own records tell accounts
    (:attr:`~dataexam.parser.Parser.own_records_tell_accounts`: X's classic ``tweets.csv`` archives, whose columns
    name no one) are given one account per person their records tell apart, so that two people's are refused as any
    two accounts are (M5: two people's tweets.csv archives merged silently into one timeline). Two are two people's
    when their own records dated where their times overlap have none in common (:func:`_records_apart`: one
    account's archives are cumulative, they repeat the tweets of the times both cover). Their handles (``handle:…``
    aliases) never tell them apart: a handle can change (T36). Exports telling nothing stay one account with the
    others (as before). Returns source → the refusal's reason, for the sources split."""
    by_source: dict[str, list[Export]] = {}
    for export in exports:
        if export.account is None and export.parser.own_records_tell_accounts:
            by_source.setdefault(export.parser.name, []).append(export)
    reasons: dict[str, str] = {}
    for source, group in by_source.items():
        if len(group) < 2:
            continue
        samples = [e.parser.own_record_ids(e.archive) for e in group]

        people: list[list[int]] = []
        why: list[str] = []
        for j in range(len(group)):
            for members in people:
                said = [r for i in members if (r := _records_apart(group[i], group[j], samples[i], samples[j]))]
                if not said:
                    members.append(j)
                    break
                why.extend(said[:1])
            else:
                people.append([j])
        for members in people:
            _note_handles_changed([group[i] for i in members])
        if len(people) < 2:
            continue
        for n, members in enumerate(people):
            for i in members:
                group[i].account = f"{source} download naming no account #{n + 1}"
        reasons[source] = (f" (these {source} downloads name no account — a classic tweets.csv has no column naming "
                           f"it — but {why[0]})")
    return reasons


def _note_handles_changed(group: Sequence[Export]) -> None:
    """One ``handles-differ`` issue on each export of one person's downloads naming no account (X's classic
    tweets.csv: :func:`_split_by_own_records` kept them together) whose own links name handles none of the earlier
    ones name: a handle can change (T36: one person renamed between two downloads, her old tweets deleted, was
    refused as two), so they are read as one person, and the issue says what to do if they are two. The handles are
    not named (issues reach logs)."""
    seen: set[str] = set()
    for n, export in enumerate(group):
        handles = {a for a in export.aliases if a.startswith("handle:")}
        shared = any((c := export.parser.own_records_compared(e.archive, export.archive)) is not None and c.shared
                     for e in group[:n])
        if seen and handles and not handles & seen and not shared:
            export.archive.issues.append(ParseIssue(
                archive=export.archive.name, member="", code="handles-differ",
                message="this download's own posts' links name another handle than the earlier downloads' beside "
                        "it, and nothing else tells their owners apart (no tweet in common where their times "
                        "overlap, no account id): read as one person who changed handle. If they are two people's, "
                        "give them in separate runs", source=export.parser.name))
        seen |= handles


def _split_from_named(exports: Sequence[Export]) -> dict[str, str]:
    """An export naming no account whose own records tell accounts (X's classic ``tweets.csv``-only archive) beside
    exports of its source that name theirs (a current archive's account id) is given an account of its own where its
    own records of the :data:`TWO_CUSTOMERS_MONTHS` or more months it shares with every such export
    (:meth:`~dataexam.parser.Parser.own_records_of_months`) have none in common with theirs: one account's archives
    repeat its tweets, another person's share none, and the two were read together as one "you". Only where that
    evidence is clear (months in common, none of the classic archive's sampled tweets among them): a classic archive
    whose months the named archive does not cover (tweets deleted since, or a later account) stays with it, as
    before. Returns source → the refusal's reason, for the sources split."""
    reasons: dict[str, str] = {}
    for source in sorted({e.parser.name for e in exports if e.parser.own_records_tell_accounts}):
        named = [e for e in exports if e.parser.name == source and e.account is not None]
        if not named or len({e.account for e in named}) > 1:  # several accounts are refused anyway
            continue
        for export in (e for e in exports if e.parser.name == source and e.account is None):
            sample = export.parser.own_record_ids(export.archive)
            if len(sample) < TWO_CUSTOMERS_MONTHS:
                continue
            apart: list[tuple[Export, set[str]]] = []
            for other in named:
                theirs = other.parser.own_records_of_months(other.archive, sample.keys())
                common = {m for m in sample if theirs.get(m)}
                if len(common) < TWO_CUSTOMERS_MONTHS or any(sample[m] & theirs[m] for m in common):
                    apart = []
                    break
                apart.append((other, common))
            if not apart:
                continue
            other, common = apart[0]
            export.account = f"{source} download naming no account"
            reasons[source] = (f" ({export.name} names no account — a classic tweets.csv has no column naming it — "
                               f"but its posts of the {len(common)} months it shares with {other.name} "
                               f"({min(common)} to {max(common)}) have none in common with that account's, while "
                               "one account's archives repeat them)")
    return reasons


#: own records of two downloads naming no account, dated inside the other's span and not in it, with none in
#: common, that tell two people (:func:`_records_apart`): one person's own deletions one by one seldom leave this many
#: of the sampled tweets of the overlap out, and none shared
APART_MISSING = 4


def _records_apart(export_a: Export, export_b: Export, a: Mapping[str, frozenset[str]],
                   b: Mapping[str, frozenset[str]]) -> str | None:
    """Why two downloads naming no account are two people's (:func:`_split_by_own_records`), or ``None`` when nothing
    tells them apart. Where the parser compares their records where their times overlap
    (:meth:`~dataexam.parser.Parser.own_records_compared`: X's classic tweets.csv), none in common and at least
    :data:`APART_MISSING` of either's dated inside the other's span missing from it — however few months they share
    (T36: two people sharing one month were read as one); else by the months both cover (at least
    :data:`TWO_CUSTOMERS_MONTHS`, no record in common). Handles are no evidence (a handle can change: one person
    renamed between two downloads was refused as two, T36); ids are, through :meth:`~dataexam.parser.Parser.account`
    (a self-reply's ``in_reply_to_user_id``)."""
    compared = export_a.parser.own_records_compared(export_a.archive, export_b.archive)
    if compared is not None:
        if compared.shared or compared.missing < APART_MISSING or compared.start is None or compared.end is None:
            return None
        months = sorted(m for m in a.keys() & b.keys() if compared.start[:7] <= m <= compared.end[:7])
        first, last = compared.start[:7], compared.end[:7]
        said = (f"the {len(months)} months both cover ({first} to {last})" if len(months) > 1 else
                f"the month both cover ({first})" if first == last else f"the days both cover ({first} to {last})")
        return (f"their posts of {said} have none in common, while one account's archives repeat them")
    common = a.keys() & b.keys()
    if len(common) >= TWO_CUSTOMERS_MONTHS and not any(a[m] & b[m] for m in common):
        return (f"their posts of the {len(common)} months both cover ({min(common)} to {max(common)}) have none in "
                "common, while one account's archives repeat them")
    return None


def _check_accounts(exports: list[Export], per_account: bool, read: Mapping[int, Owner] | None = None) -> None:
    """Set each export's owner (:func:`owner_of`; ``read``: id(export) → the owner grouping already read, not read
    again); exports of one source from different accounts stop the run (:class:`~dataexam.errors.SeveralAccounts`)
    unless ``per_account``."""
    by_source: dict[str, dict[str, list[Export]]] = {}
    for export in exports:
        owner = (read or {}).get(id(export)) or owner_of(export.parser, export.archive)
        export.account, export.aliases, export.ids = owner.account, owner.aliases, dict(owner.ids)
    kept_apart = _link_accounts([e for e in exports if e.account is not None])
    _adopt_by_alias(exports)
    from_named = _split_from_named(exports)  # before the unnamed ones are told apart among themselves
    told_apart = {**from_named, **_split_by_own_records(exports)}
    for export in exports:
        if export.account is not None:
            by_source.setdefault(export.parser.name, {}).setdefault(export.account, []).append(export)
    if per_account:
        return
    numbers = _account_numbers(exports)
    for source, accounts in sorted(by_source.items()):
        if len(accounts) > 1:
            listing = "; ".join(f"account {numbers[id(group[0])]}: " + ", ".join(e.name for e in group)
                                for group in accounts.values())
            # names alone never say why (two namesakes, or one name among another's earlier ones): T27E M1
            why = (" (their names meet, but their usernames or profile addresses differ: two accounts whatever the "
                   "names say)" if source in kept_apart else told_apart.get(source, ""))
            error = SeveralAccounts(
                f"the inputs hold {source} exports of {len(accounts)} different accounts ({listing}){why}; "
                "dataexam reads one person at a time and would merge them into one 'you'. Give one "
                "person's exports per run, or add --per-account (with `report`: one report per account)")
            # the exports' names, each an input or a file inside one (a participant's folder holding
            # facebook-<username>-<date>.zip): outputs that name inputs by position replace them (batch, T27A H1)
            error.inner_names = tuple(dict.fromkeys(name for group in accounts.values() for e in group
                                                    for name in e.archive.inputs))
            raise error


def accounts_of(exports: Sequence[Export]) -> list[tuple[str, list[Export]]]:
    """Exports grouped by person for ``--per-account``: one group per account of each source with
    several accounts; every other export (sources with one account, or none readable) in one group.

    Returns ``(label, exports)`` pairs; the label names the source and the exports, never the
    account's name or id. Accounts are numbered as ``scan`` and the two-accounts error number them
    (:func:`_account_numbers`: per source, in the order of the inputs), and listed in that order: sorted
    by export name, "account 1" of ``--per-account`` was another person's than ``scan``'s "account 1"
    (the twenty-fourth pass's first tester).
    """
    counts: dict[str, set[str]] = {}
    for e in exports:
        if e.account is not None:
            counts.setdefault(e.parser.name, set()).add(e.account)
    split = {s for s, accounts in counts.items() if len(accounts) > 1}
    groups: dict[tuple[str, str], list[Export]] = {}
    shared: list[Export] = []
    for e in exports:
        if e.parser.name in split and e.account is not None:
            groups.setdefault((e.parser.name, e.account), []).append(e)
        else:
            shared.append(e)
    numbers = _account_numbers(exports)
    result = []
    for (source, _account), group in groups.items():  # in the order of the inputs
        result.append((f"{source} account {numbers[id(group[0])]}: " + ", ".join(e.name for e in group), group))
    if shared:
        result.append(("exports of one account per source: " + ", ".join(e.name for e in shared), shared))
    return result


def dedup_accounts(exports: Sequence[Export]) -> dict[str, str] | None:
    """What the timeline de-duplicates each export's records under, where ``exports`` hold several accounts
    of a source (``--per-account``): ``origin.archive`` (each input and part the exports' records name)
    → a hash of its export's account (:func:`~dataexam.events.account_hash`) for exports of such sources,
    ``""`` for the others (sources with one account, exports naming none: Amazon's). ``None`` when no
    source has several accounts: the timeline is then de-duplicated by key alone, as always.

    Keys name the record, not its owner (two people liking one tweet, declaring one interest, in one
    conversation give equal keys): see :mod:`dataexam.normalise`. An export whose account cannot be read
    gets ``""``: whose it is is unknown, so its records are kept beside either account's copies."""
    held: dict[str, set[str]] = {}
    for e in exports:
        if e.account is not None:
            held.setdefault(e.parser.name, set()).add(e.account)
    split = {source for source, accounts in held.items() if len(accounts) > 1}
    if not split:
        return None
    return _by_origin(exports, lambda e: account_hash(e.parser.name, e.account)
                      if e.parser.name in split and e.account is not None else "")


#: each source's export eras (:attr:`Detection.variant`), oldest layout first: a download in a later layout is
#: the newer download (formats.md §1: X's classic → GDPR 2018 → current archive; Facebook's eras; Amazon's order
#: reports and legacy Request-My-Data files before the 2025 layout)
ERA_ORDER: dict[str, tuple[str, ...]] = {
    "twitter": ("classic", "gdpr-2018", "current"),
    "facebook": ("html-export", "2018", "2019-20", "2021-22", "2023", "2024-25"),
    "amazon": ("order-report", "legacy", "2025"),
}


def download_places(exports: Sequence[Export]) -> dict[str, str] | None:
    """``origin.archive`` → the export (its position among ``exports``) for the archives of exports read from
    several inputs (a download split into part-zips, ``1of3-…``), so the merge counts the threads of all its
    parts as one download's (:func:`dataexam.normalise._dedup_window`); ``None`` when no export has several."""
    split = [n for n, e in enumerate(exports) if len(set(e.archive.inputs)) > 1]
    if not split:
        return None
    position = {id(exports[n]): str(n) for n in split}
    tags = _by_origin([exports[n] for n in split], lambda e: position[id(e)])
    return {name: f"export {tag}" for name, tag in tags.items() if tag}


def download_order(exports: Sequence[Export]) -> dict[str, int] | None:
    """``origin.archive`` → how recent its export's download is among the exports of its source (0 the oldest
    or untold, higher newer), for the merge's copy rank (:mod:`dataexam.normalise`): of the copies of one record
    the newest download's is kept, so a tweet edited since an older archive keeps its edited text (T25B); and for
    the findings that count a snapshot list (friends, followers, the platform's inferences: the state on the
    download's day) from the newest download only (:attr:`dataexam.inference.engine.Context.download_rank`, T34A H1).
    Recency is the export's era (:data:`ERA_ORDER`; a mixed variant such as ``legacy+2025`` counts as its latest
    part), then the day the download was made (:meth:`~dataexam.parser.Parser.download_date`: X's manifest
    ``generationDate``, the day in a download's name); two downloads of one era and no day keep the former order
    (input, member, record) and rank alike. ``None`` when no source has two exports: nothing to rank."""
    per_source: dict[str, int] = {}
    for e in exports:
        per_source[e.parser.name] = per_source.get(e.parser.name, 0) + 1
    if all(n < 2 for n in per_source.values()):
        return None

    def era(e: Export) -> int:
        order = ERA_ORDER.get(e.parser.name, ())
        parts = (e.detection.variant or "").split("+")
        return max((order.index(v) + 1 for v in parts if v in order), default=0)

    several = Counter(e.parser.name for e in exports)
    keys = {id(e): (era(e), _download_day(e, several[e.parser.name] > 1) or "") for e in exports}
    # Like with like: a download dated by its newest record (no day of its own) beside one of its source and era
    # dated by its name or manifest is compared with the other's newest record too — a download named for a day
    # whose own newest record is older than the other's was made before it, whatever its name says (a download
    # made later, dated by records only, ranked below an earlier one dated by name)
    dated_by_records = {(e.parser.name, keys[id(e)][0]) for e in exports if keys[id(e)][1].endswith(RECORD_DAY_MARK)}
    for e in exports:
        era_day = keys[id(e)]
        if (e.parser.name, era_day[0]) in dated_by_records and era_day[1] and not era_day[1].endswith(RECORD_DAY_MARK):
            newest = _newest_record(e)
            if newest:
                keys[id(e)] = (era_day[0], newest + RECORD_DAY_MARK)
    ranks = {key: n for n, key in enumerate(sorted(set(keys.values())))}
    tags = _by_origin(exports, lambda e: str(ranks[keys[id(e)]]))
    return {name: int(tag or 0) for name, tag in tags.items()}


def download_dates(exports: Sequence[Export]) -> dict[str, str]:
    """``origin.archive`` → the day its export's download was made (``YYYY-MM-DD``,
    :meth:`~dataexam.parser.Parser.download_date`; beside another download of its source, else its newest record's,
    marked :data:`~dataexam.parser.RECORD_DAY_MARK`), for the exports that say: an older download's snapshot
    (a platform's inferences then) is labelled with it. A download beside another of its source that says no day
    is ``~undated:<n>`` (:data:`~dataexam.parser.UNDATED_MARK`, one ``n`` per download)."""
    several = Counter(e.parser.name for e in exports)
    undated = {id(e): f"{UNDATED_MARK}:{n}" for n, e in enumerate(exports)}

    def day(e: Export) -> str:
        among_several = several[e.parser.name] > 1
        # a download saying no day beside another of its source: marked apart, so the report can say that such
        # downloads' lists were combined (an Amazon download of audiences only: nothing in it is dated)
        return _download_day(e, among_several) or (undated[id(e)] if among_several else "")

    tags = _by_origin(exports, day)
    return {name: tag for name, tag in tags.items() if tag}


def _download_day(e: Export, among_several: bool = False) -> str | None:
    """The day ``e``'s download was made (:meth:`~dataexam.parser.Parser.download_date`: X's manifest, the day in
    the download's name), or, for a download saying neither beside another of its source (``among_several``), the
    day of its newest record (:meth:`~dataexam.parser.Parser.newest_record_day`: an Amazon download's latest order, a
    Facebook download's latest login or download request), marked :data:`~dataexam.parser.RECORD_DAY_MARK` (M12 of
    the thirty-fifth pass: two Amazon downloads, which carry no date, ranked alike and their audiences were
    unioned); ``None`` when nothing says. Read once per export."""
    if among_several not in e.day_read:
        day = e.day_read[False] if False in e.day_read else e.parser.download_date(e.archive)
        if day is None and among_several:
            newest = _newest_record(e)
            day = newest + RECORD_DAY_MARK if newest else None
        e.day_read[among_several] = day
    return e.day_read[among_several]


def _newest_record(e: Export) -> str | None:
    """The day of ``e``'s newest record (:meth:`~dataexam.parser.Parser.newest_record_day`), read once per export."""
    if "newest" not in e.day_read:
        e.day_read["newest"] = e.parser.newest_record_day(e.archive)
    return e.day_read["newest"]


def record_accounts(exports: Sequence[Export]) -> dict[str, str]:
    """``origin.archive`` → the hash of its export's account (:func:`~dataexam.events.account_hash`), for the
    exports whose account is known: whose each row is, where a SQLite database holds several accounts
    (:func:`dataexam.writers.write_sqlite_rows`)."""
    tags = _by_origin(exports, lambda e: account_hash(e.parser.name, e.account) if e.account is not None else "")
    return {name: tag for name, tag in tags.items() if tag}


def _by_origin(exports: Sequence[Export], tag_of: Callable[[Export], str]) -> dict[str, str]:
    """``origin.archive`` (each input and part the exports' records name) → ``tag_of`` its export; ``""`` for a
    name two exports with different tags share (not seen: parts are named apart; their records stay as before)."""
    tags: dict[str, str] = {}
    clashes: set[str] = set()
    for e in exports:
        tag = tag_of(e)
        for name in {*e.archive.inputs, *(m.input for m in e.archive.members())}:
            if tags.setdefault(name, tag) != tag:
                clashes.add(name)
    for name in clashes:
        tags[name] = ""
    return tags


def _a(word: str) -> str:
    """``word`` with its indefinite article (``an amazon``, ``a twitter``)."""
    return f"{'an' if word[:1].lower() in 'aeiou' else 'a'} {word}"


#: issue codes of a zip inside an input that could not be read at all (:mod:`dataexam.archive`)
_UNREADABLE_ZIP = frozenset({"encrypted-zip", "corrupt-zip", "unsupported-compression"})


#: what an X archive holds beside its data (formats.md: the current archive's ``Your archive.html``, ``assets/`` and
#: ``data/README.txt``): read alone, no X data was
_X_PAGE = re.compile(r"(^|/)Your archive\.html$", re.I)
#: an X archive's data file (``data/tweets.js``, ``data/tweets-part1.js``; ``data/manifest.js`` only lists them)
_X_DATA_FILE = re.compile(r"(^|/)data/(?!manifest\.js$)[^/]+\.js$", re.I)


_X_PAGE_ONLY = ("only the page of an X archive was found (Your archive.html), none of its data files (data/*.js), "
                "which are what dataexam reads: give the whole archive (X delivers a large one in several zips)")


def _x_page_only(paths: Sequence[str]) -> bool:
    """Whether ``paths`` (of an input, or a part of one, in which no export was recognised) are an X archive's page
    (``Your archive.html``) with none of its data files: the first files of a cut X zip, the one of X's several zips
    that holds no ``data/`` folder — also beside ``data/manifest.js`` (which lists the data files but holds no
    record) or a file of the person's own (a ``notes.txt`` put in the zip: T53C 5, "no file of a known … export")."""
    return any(_X_PAGE.search(p) for p in paths) and not any(_X_DATA_FILE.search(p) for p in paths)


def _detect(archive: Archive, registry: Registry, source: str | None) -> Detection:
    if source is not None:
        parser = registry.create(source)
        found = parser.detect(archive)
        if found.confidence <= 0:
            # not one data file of the forced parser's (an X archive with --source amazon): every file was an
            # unhandled-file issue, exit 0, an empty timeline and "records before each fault were kept" (the
            # twenty-fourth pass's first tester, S1). Nothing recognised is exit 3, saying what it looks like.
            try:
                best = registry.best(archive)
            finally:
                archive.close()
            looks = (f"it looks like {_a(best.parser)} export" if best is not None and best.parser != source
                     else "no file of a known export was found" if archive.paths() else "it contains no files")
            raise NothingRecognised(f"{archive.name}: nothing in it is {_a(source)} export ({looks})")
        return Detection(source, found.confidence, found.variant, found.claimed, "chosen with --source")
    detection = registry.best(archive)
    if detection is None:
        archive.close()
        if archive.not_unpacked:  # the zips it holds could not be unpacked: the temporary folder is full (T53 1)
            raise no_room_to_unpack(archive.name, archive.not_unpacked,
                                    cut=any(i.code == "truncated-zip" for i in archive.issues))
        hint = "no file of a known Facebook, Twitter/X or Amazon export was found"
        instagram = instagram_download(archive.paths())
        if instagram is not None:
            hint = instagram_reason(instagram)
        elif _x_page_only(archive.paths()):
            # an X archive's page read and none of its data (INP55: "no file of a known … export was found" for the
            # first files of a cut X zip, or the zip of X's several that holds no data/ folder)
            hint = _X_PAGE_ONLY
        if not archive.paths():
            hint = "it contains no files"
            if archive.issues:  # what it holds could not be read (a damaged zip inside): not "no files" (F9)
                # a zip past --max-nesting is why nothing was read, said first (T57B 5: a cut zip's "1 complete
                # file(s) were read; every file's data is whole (and 1 more)" hid that its one file was not read)
                first = next((i for i in archive.issues if i.code == "limit"), archive.issues[0])
                more = f" (and {len(archive.issues) - 1} more)" if len(archive.issues) > 1 else ""
                chain = _zips_to(archive, first.member) if first.member else []
                where = f"{' → '.join(chain)}: " if chain else ""
                if all(i.code in _UNREADABLE_ZIP for i in archive.issues):
                    # only zips that cannot be read (password-protected, damaged): exit 1 as for such a zip
                    # given alone, the zip named (the twenty-fourth pass's first tester: exit 3, "not a
                    # recognised export", no name)
                    locked = all(i.code == "encrypted-zip" for i in archive.issues)
                    error = (EncryptedArchive if locked else CorruptArchive)(
                        f"{archive.name}: nothing in it could be read: {where}{first.message}{more}")
                    error.inner_names = tuple(chain)
                    raise error
                hint = f"nothing in it could be read: {where}{first.message}{more}"
        elif archive.issues:  # a sub-folder that could not be listed may hold the export's files
            first = next((i for i in archive.issues if i.code == "limit"), archive.issues[0])
            itself = "the zip itself" if archive.name.lower().endswith(".zip") else "the folder itself"
            # named through every zip from the zip given (T57B 5: "e.g. b/facebook-a-part1.zip", not "d3.zip → b.zip →
            # facebook-a-part1.zip")
            named = " → ".join(_zips_to(archive, first.member)) if first.member else itself
            hint += f"; {len(archive.issues)} file(s) or folder(s) could not be read, e.g. {named}: {first.message}"
        unknown = NothingRecognised(f"{archive.name}: not a recognised export ({hint})")
        unknown.inner_names = tuple(i.member for i in archive.issues[:1] if i.member)
        if not archive.paths() and archive.issues and archive.issues[0].member:
            unknown.inner_names = tuple(_zips_to(archive, archive.issues[0].member))
        raise unknown
    if detection.variant == "html-export":
        archive.close()
        help_text = _html_help(registry.parsers[detection.parser].cls, detection)
        raise HTMLExportError(f"{archive.name}: this is a {detection.parser} export in HTML format; "
                              f"dataexam needs the JSON format. {help_text}".strip())
    return detection


def _zips_to(archive: Archive, member: str) -> list[str]:
    """``member`` (a path inside ``archive``) named through every zip it lies in, from the zip the user gave
    (``["d4.zip", "bundle3.zip", "bundle2.zip", "facebook-a-part1.zip"]``; a folder given is not named): the words
    "nothing in it could be read: …" name the whole chain, as an issue line does (INP59, T56A 10: the zip's path
    through its mount folders, "d4/bundle3/bundle2/facebook-a-part1.zip"; in a batch, "a zip inside it")."""
    base = archive.chain or input_zip_name(archive.inputs)
    names = zip_chain(member, archive.mounts, base)
    return names if names[: len(base)] == list(base) else [*base, *names]


def _html_help(cls: Any, detection: Detection) -> str:
    """What to do about an HTML export a parser detected: its ``html_help(detection)`` (Facebook tells its 2010–2017
    download from the 2018+ one, T33A L6) or its ``html_export_help``; ``""`` without either."""
    helper = getattr(cls, "html_help", None)
    return str(helper(detection)) if callable(helper) else str(getattr(cls, "html_export_help", ""))


def close_exports(exports: Iterable[Export]) -> None:
    for export in exports:
        export.archive.close()


def iter_events(exports: Sequence[Export], stats: RunStats | None = None) -> Iterator[Event | ParseIssue]:
    """Every event and issue of the exports, in file order (no sorting, no de-duplication)."""
    for export in exports:
        # a zip cut inside a file's data: its line comes with that file's reading, saying how far it was read (INP51)
        yield from (i for i in export.archive.issues if not export.parser.reads_cut(export.archive, i))
        try:
            yield from export.parser.events(export.archive)
        except TempSpaceFull:  # the run's temporary folder full (a parser's spill file): the run's fault
            raise
        except OSError as exc:  # outside a handler (a parser's set-up): a file moved, deleted or unreadable
            yield ParseIssue(archive=export.archive.name, member="", code=issue_code(exc),
                             message=f"{describe_error(exc)}; the rest of this export was skipped",
                             source=export.parser.name)
        except Exception as exc:  # a parser bug outside its handlers: keep what was read, go on
            yield ParseIssue(archive=export.archive.name, member="", code="parser-error",
                             message=f"unexpected {type(exc).__name__} in the {export.parser.name} parser; "
                                     "the rest of this export was skipped (please report it)",
                             source=export.parser.name)


def _kind_filter(kinds: Sequence[str] | None, opt_in: Collection[str] = frozenset()) -> Callable[[str], bool] | None:
    """The ``--kind`` test (``None``: no ``--kind``, every kind but the opt-in ones, which :func:`_filtered`
    leaves out by a set lookup). A kind in ``opt_in`` (:attr:`Parser.opt_in_kinds`) passes only where it is
    named exactly, never by a glob."""
    if not kinds:
        return None
    patterns = [k.strip() for spec in kinds for k in spec.split(",") if k.strip()]
    exact = {p for p in patterns if not any(c in p for c in "*?[")}
    globs = [p for p in patterns if p not in exact]

    def accept(kind: str) -> bool:
        return kind in exact or (kind not in opt_in and any(fnmatch.fnmatchcase(kind, g) for g in globs))

    return accept


def _filtered(exports: Sequence[Export], stats: RunStats, kinds: Sequence[str] | None,
              since: datetime | None, until: datetime | None, *,
              keep_issue: Callable[[ParseIssue], bool] | None = None) -> Iterator[Event]:
    opt_in = frozenset().union(*(export.parser.opt_in_kinds for export in exports))
    accept = _kind_filter(kinds, opt_in)
    hidden = frozenset() if kinds else opt_in  # without --kind: every kind but the opt-in ones
    bounded = since is not None or until is not None
    for export in exports:  # prune members whose handler cannot yield a wanted event (issue 16)
        export.parser.wanted_kind = accept
        export.parser.dated_only = bounded
    n = 0
    first = last = None  # the span of the dated events the range is applied to (RunStats.time_span)
    try:
        for item in iter_events(exports, stats):
            if isinstance(item, ParseIssue):
                if keep_issue is None or keep_issue(item):  # a part of a split export keeps its own (--jobs)
                    stats.add_issue(item)
                continue
            if item.kind in hidden or (accept is not None and not accept(item.kind)):
                continue
            if bounded:
                # undated events cannot fall inside a date range; with --since/--until they are left out
                time = item.time
                if time is None:
                    continue
                if first is None or time < first:
                    first = time
                if last is None or time > last:
                    last = time
                if (since is not None and time < since) or (until is not None and time >= until):
                    continue
            n += 1
            if stats.on_event is not None and n % 2000 == 0:
                stats.on_event(n)
            yield item
    finally:
        if first is not None and last is not None:
            stats.time_span = span_union(stats.time_span, (first, last))



def timeline(paths: PathLike | Iterable[PathLike], *, source: str | None = None,
             kinds: Sequence[str] | None = None, since: datetime | None = None, until: datetime | None = None,
             limits: ArchiveLimits = DEFAULT_LIMITS, registry: Registry | None = None,
             stats: RunStats | None = None, spill_bytes: int | None = None,
             tmp_parent: str | None = None, per_account: bool = False,
             exports: Sequence[Export] | None = None, jobs: int = 1, note_no_kind: bool = True) -> Iterator[Event]:
    """The unified timeline of every input: UTC, de-duplicated, chronological, undated last.

    ``kinds`` filters by kind (``twitter.tweet``, globs like ``facebook.*``, comma lists);
    ``since``/``until`` bound the time (``until`` exclusive; undated events are then left out).
    Parse issues go to ``stats`` (and its ``on_issue`` callback); nothing is raised for them.

    ``jobs`` > 1 reads the exports in that many processes (see :mod:`dataexam.parallel`; workers are
    fresh interpreters that never import the calling script).

    >>> events = list(timeline("twitter-archive.zip", kinds=["twitter.tweet"]))
    """
    # Self-contained payloads (no per-process name tables), whatever ``jobs`` is: copies of one record
    # that tie on time, key and kind are ordered by their payload bytes, so one encoding for every
    # ``jobs`` keeps the same copy and gives the same timeline.
    # Read in this process, the events are held as themselves while their sort stays in memory
    # (:class:`~dataexam.normalise.HeldEvent`: pickled only if spilled, sorted as their bytes would be).
    encode, decode = portable_encode, held_decode
    for key, payload in timeline_encoded(paths, encode, source=source, kinds=kinds, since=since,
                                         until=until, limits=limits, registry=registry, stats=stats,
                                         spill_bytes=spill_bytes, tmp_parent=tmp_parent, with_keys=True,
                                         per_account=per_account, exports=exports, jobs=jobs,
                                         note_no_kind=note_no_kind, hold=True):
        yield decode(payload, key)


def _note_runs(stats: RunStats, folder: str, compressed: str | None, every_run: bool = False) -> None:
    """A warning when the sort spilled runs into a temporary folder whose file system is memory
    (``tmpfs``; a ``TMPDIR`` set so, as the default is on disk, :mod:`dataexam.tempdirs`): they took
    memory after all, which flat memory is meant to avoid; and one when they were compressed for
    want of room (``compressed``: why, from :func:`~dataexam.tempdirs.compress_runs`), which is slower.
    ``every_run``: the exports were parsed in worker processes (``--jobs``), which write every run they sort into
    the folder, their last ones too (INP57: those took memory unsaid unless the records outgrew a sort's memory)."""
    # > 0: the records outgrew the sort's memory; with workers every run was written there
    spilled = stats.merge.run_bytes if every_run else stats.merge.spilled_bytes
    written = size_words(stats.merge.run_bytes)
    fs_type = memory_file_system(folder) if spilled else None
    if fs_type:
        on_disk = "" if memory_file_system(DISK_TEMP) else f" (e.g. TMPDIR={DISK_TEMP})"
        stats.warnings.append(
            f"the records were sorted through the temporary folder {folder}, which is in memory ({fs_type}): "
            f"its {written} of sorted runs{' (compressed)' if compressed else ''} took memory too; "
            f"for exports this large, set TMPDIR to a folder on disk{on_disk} to keep memory flat")
    elif spilled and compressed:
        stats.warnings.append(
            f"the temporary folder {folder} {compressed}: the records' sorted runs were compressed "
            f"({written}), which takes longer; set TMPDIR to a folder with more room")


def _note_zip_spills(stats: RunStats, exports: Sequence[Export]) -> None:
    """:func:`zip_spill_warnings` of ``exports`` added to the run's warnings."""
    stats.warnings.extend(zip_spill_warnings(e.archive for e in exports))


def zip_spill_warnings(archives: Iterable[Archive]) -> list[str]:
    """A warning, like the sort's (:func:`_note_runs`), when zips inside zips (Facebook's zip of part zips,
    Amazon's zip of category zips) were inflated into a temporary folder whose file system is memory
    (``tmpfs``): they took memory too, each counted once (T53C 1: the sort's runs were said, these were not).
    Every command that opens exports says it (INP57, T54B 7: ``scan`` did not): ``timeline``, ``report`` (through
    :func:`timeline_encoded`), ``scan`` and ``describe`` (their ``warnings``). Worker processes (``--jobs``) read the
    main process's inflated copies (:func:`dataexam.archive.shared_spills`), inflating none again: these are all."""
    archives = list(archives)
    spills = {id(s): s for a in archives for s in a.spills}.values()
    per_folder: dict[str, list[int]] = {}
    for spill in spills:
        per_folder.setdefault(spill.folder, []).append(spill.size)
    what = _spilled_what(archives)
    said = []
    for folder, sizes in per_folder.items():
        fs_type = memory_file_system(folder)
        if not fs_type:
            continue
        on_disk = "" if memory_file_system(DISK_TEMP) else f" (e.g. TMPDIR={DISK_TEMP})"
        many = len(sizes) > 1
        said.append(
            f"{f'{len(sizes)} zips inside zips' if many else 'a zip inside a zip'} ({what(many)}) "
            f"{'were' if many else 'was'} inflated into the temporary folder {printable_path(folder)}, which is in "
            f"memory ({fs_type}): {'their' if many else 'its'} {size_words(sum(sizes))} took memory too while "
            f"{'they were' if many else 'it was'} read; to keep memory flat, set TMPDIR to a folder on disk{on_disk}")
    return said


_PART_ZIP = re.compile(r"[-_ ]part[-_ ]?\d+\.zip$", re.IGNORECASE)


def _spilled_what(archives: list[Archive]) -> Callable[[bool], str]:
    """What the inflated zips inside zips of ``archives`` (exports) are, for :func:`zip_spill_warnings`, said by
    whether many were: an export read from several zips inside a zip, or from one named as a part
    (``…-part2.zip``), is "a zip of part zips" (Facebook's, X's, Amazon's category zips); exports each whole in one
    zip inside a zip are "whole exports zipped inside a zip" (INP58, T55B 11: a bundle of 7 single exports was
    "7 zips inside zips (a zip of part zips)"); both, both."""
    kinds = set()
    for archive in archives:
        if not archive.spills:
            continue
        parts = len(archive.inputs) > 1 or any(_PART_ZIP.search(i.rstrip("/\\")) for i in archive.inputs)
        kinds.add("parts" if parts else "whole")

    def what(many: bool) -> str:
        if kinds == {"whole"}:
            return "whole exports zipped inside a zip" if many else "a whole export zipped inside a zip"
        if kinds == {"parts", "whole"}:
            return "part zips and whole exports zipped inside a zip"
        return "a zip of part zips"

    return what


def _sort_folder(tmp_parent: str | None, exports: Sequence[Export],
                 stats: RunStats) -> tuple[PrivateTempDir | None, str | None]:
    """The sort's private folder (in ``tmp_parent``, else where :mod:`dataexam.tempdirs` puts it) and why
    its runs are compressed (``None``: plain; :func:`~dataexam.tempdirs.compress_runs`, from the bytes
    the exports' parsers read). ``(None, None)`` when no folder can be made and the caller named none (a
    read-only system): the run is read in one process, which makes one only should the records outgrow
    the sort's memory. Raises :class:`TempSpaceFull` (no room for it) and
    :class:`~dataexam.errors.TempFolderUnusable` (``tmp_parent`` cannot be written). A ``TMPDIR`` (or
    ``TEMP``, ``TMP``) that cannot be used is warned of: Python passes over it without a word."""
    named = named_by_user() if tmp_parent is None else None
    try:
        tmp = PrivateTempDir(tmp_parent)
    except TempFolderUnusable:
        if tmp_parent is not None:
            raise
        return None, None
    except OSError as exc:
        if no_room(exc):
            raise _temp_space_full(tmp_parent or default_folder(), exc) from None
        raise
    if named is not None and not named.usable:
        stats.warnings.append(f"{named.variable}={printable_path(named.folder)} cannot be used (not a folder you can "
                              f"write to, or it is full): the temporary folder {printable_path(tmp.parent)} was "
                              "used instead")
    reason = compress_runs(tmp.parent, sum(map(read_bytes, exports)))
    tmp.compress = reason is not None
    return tmp, reason


def _temp_space_full(folder: str, exc: OSError) -> TempSpaceFull:
    return TempSpaceFull(
        f"no room left in the temporary folder {folder} ({no_room_reason(exc, folder)}) while sorting the timeline: "
        "sorting needs free room up to about 2.5 times the size of the export files read (less where room is "
        "short: the runs are then compressed); free some, or set TMPDIR to a folder with room")


def note_not_exports(stats: RunStats) -> None:
    """One warning per input that holds files or folders that are not exports (they were skipped); a zip in it
    that could not be read at all (password-protected, damaged) is a parse issue of the run instead."""
    by_input: dict[str, list[NotAnExport]] = {}
    for item in stats.not_exports:
        if item.issue is not None:  # a zip that could not be read: a parse issue of its own (--strict: exit 4)
            stats.add_issue(item.issue)
            continue
        if item.reason == _X_PAGE_ONLY:  # what to do is said, as for a recognised one (T53C 5)
            stats.warnings.append(f"{item.input}: '{item.path}' was skipped: {item.reason}")
            continue
        if item.recognised:
            # recognised but not read (an HTML export): its own warning, with the advice `scan` and the run on it
            # alone give (T33B L4: a 2010–2017 Facebook download in a folder was "not a recognised export")
            stats.warnings.append(f"{item.input}: '{item.path}' was skipped: it is {item.reason}")
            continue
        by_input.setdefault(item.input, []).append(item)
    for name, items in by_input.items():
        # quoted as written: repr() doubled the backslash of a name's \xNN
        shown = ", ".join(f"'{i.path}'" for i in items[:3]) + (f" and {len(items) - 3} more" if len(items) > 3 else "")
        stats.warnings.append(f"{name}: {len(items)} item(s) inside are not a recognised export and were "
                              f"skipped: {shown} (see `dataexam scan`)")


def _note_no_kind(exports: Sequence[Export], stats: RunStats, kinds: Sequence[str], bounded: bool) -> None:
    """One warning when ``--kind`` let no event through: ``timeline --kind 'facebook.*'`` of an X archive
    ended with exit 0 and nothing written or said (the twenty-fourth pass's first tester, L1). Says whether
    no input's parser emits such a kind (the inputs are other services' exports) or the inputs hold none."""
    opt_in = frozenset().union(*(export.parser.opt_in_kinds for export in exports))
    accept = _kind_filter(kinds, opt_in)
    if accept is None:
        return
    shown = ", ".join(kinds)
    emitted = {kind for export in exports for kind in export.parser.kinds}
    if not any(accept(kind) for kind in emitted):
        sources = sorted({export.parser.name for export in exports})
        if sources:
            stats.warnings.append(f"--kind {shown}: no event matched: the inputs are {' and '.join(sources)} "
                                  "export(s), which hold no such records")
        return
    span = stats.time_span if bounded else None  # the wanted kinds' own span (they pass the kind filter first)
    if span is not None:  # as the range warning without --kind says it (T30A L6: the dates were left out)
        stats.warnings.append(f"--kind {shown}: no event matched: the inputs hold no such records in the time range "
                              f"given; their {shown} events run {span[0]:%Y-%m-%d} … {span[1]:%Y-%m-%d}")
        return
    if bounded:  # no dated record of the kinds: any there are are undated (X's like.js gives no time)
        stats.warnings.append(f"--kind {shown}: no event matched: the inputs hold no dated such records (undated "
                              "ones, such as X's likes, are left out by --since/--until)")
        return
    stats.warnings.append(f"--kind {shown}: no event matched: the inputs hold no such records")


def timeline_encoded(paths: PathLike | Iterable[PathLike], encode: Callable[[Event], bytes], *,
                     source: str | None = None, kinds: Sequence[str] | None = None, since: datetime | None = None,
                     until: datetime | None = None, limits: ArchiveLimits = DEFAULT_LIMITS,
                     registry: Registry | None = None, stats: RunStats | None = None,
                     spill_bytes: int | None = None, tmp_parent: str | None = None,
                     with_keys: bool = False, per_account: bool = False,
                     exports: Sequence[Export] | None = None, jobs: int = 1,
                     note_no_kind: bool = True, hold: bool = False) -> Iterator[Any]:
    """:func:`timeline` for writers: each event is passed through ``encode`` once, as it is read,
    and the encoded bytes come out in timeline order (``(key, bytes)`` pairs with ``with_keys``).

    What is sorted and spilled is then the writer's own output (a JSON Lines row, a pickled SQLite
    row), not events that would have to be pickled, unpickled and encoded again.

    >>> from dataexam.writers import jsonl_line
    ``per_account`` lets exports of different accounts through (see :func:`open_exports`);
    ``exports`` gives exports already opened (``paths`` is then ignored); they are closed at the end.
    ``jobs`` > 1 parses the exports in worker processes (:mod:`dataexam.parallel`) when there are
    several and ``encode`` is a module-level function; the output is byte-identical to ``jobs=1``.
    ``spill_bytes`` is the sort's buffer before it writes a run (``None``: 16 MiB, less where memory is
    tight: :func:`~dataexam.normalise.spill_bytes_for`); it changes memory and time, never the output.
    ``hold`` (with ``encode`` :func:`~dataexam.normalise.portable_encode`): where the exports are read in this
    process, payloads are :class:`~dataexam.normalise.HeldEvent` (the events themselves unless their run
    spilled) for :func:`~dataexam.normalise.held_decode`, not bytes.

    >>> rows = timeline_encoded("twitter-archive.zip", jsonl_line)
    """
    stats = stats if stats is not None else RunStats()
    if spill_bytes is None:
        spill_bytes = spill_bytes_for(headroom())
    if exports is None:
        exports = open_exports(paths, source=source, limits=limits, registry=registry,
                               not_exports=stats.not_exports, per_account=per_account)
        note_not_exports(stats)
    stats.exports = list(exports)
    try:
        tmp, compress_reason = _sort_folder(tmp_parent, exports, stats)
    except BaseException:
        close_exports(exports)
        raise
    counts: Counter[str] = Counter()
    try:
        accounts = dedup_accounts(exports)  # None: one account per source, de-duplicated by key alone
        recency = download_order(exports)  # None: one export per source
        stats.downloads = (recency, download_dates(exports))
        places = download_places(exports)  # None: no export of several parts
        parallel = can_run(exports, encode, jobs)
        if tmp is not None and parallel:
            merged = parse_in_workers(exports, encode, jobs=jobs, kinds=kinds, since=since, until=until, tmp=tmp,
                                      spill_bytes=spill_bytes, stats=stats, accounts=accounts, recency=recency,
                                      places=places)
        else:
            if parallel:
                stats.warnings.append("no temporary folder can be written, which worker processes need: the "
                                      "exports were read in one process (set TMPDIR to a folder you can write to)")
            merged = chronological_encoded(_filtered(exports, stats, kinds, since, until),
                                           hold_event if hold and encode is portable_encode else encode,
                                           spill_bytes=spill_bytes, tmp=tmp, stats=stats.merge, accounts=accounts,
                                           recency=recency, places=places)
        if with_keys:
            for kind, key, payload in merged:
                counts[kind] += 1
                yield key, payload
        else:
            for kind, _key, payload in merged:
                counts[kind] += 1
                yield payload
        if kinds and not counts and note_no_kind:  # (a report's own kind list is no --kind: said nothing)
            _note_no_kind(exports, stats, kinds, since is not None or until is not None)
        if tmp is not None:
            _note_runs(stats, tmp.parent, compress_reason, every_run=parallel)
        _note_zip_spills(stats, exports)
    except TempFolderUnusable as exc:
        raise TempFolderUnusable(f"the records outgrew the sort's memory and it needs a temporary folder: {exc}") \
            from None
    except OSError as exc:
        # nothing here writes but the sort runs (this process's and the workers'): no room is TMPDIR's
        if no_room(exc):
            folder = tmp.parent if tmp is not None else default_folder()
            raise _temp_space_full(folder, exc) from None
        raise
    finally:
        stats.kinds.update(counts)
        if tmp is not None:
            tmp.close()
        close_exports(exports)


@dataclass
class ScanResult:
    """What ``dataexam scan`` reports for one export, or for one thing inside an input that is not
    an export (``is_export`` false, ``parser`` None, ``reason`` says what it is)."""

    inputs: list[str]
    parser: str | None
    variant: str | None
    confidence: float
    handled: list[str]
    ignored: list[str]
    unknown: list[str]
    kinds: dict[str, int]
    first: datetime | None
    last: datetime | None
    undated: int
    issues: int
    issue_summary: dict[str, int]
    locations: list[tuple[str, str]] = field(default_factory=list)
    is_export: bool = True
    #: why the parser and variant were chosen (:attr:`Detection.reason`), or why an item is not an export
    reason: str = ""
    account_group: int | None = None
    #: why the ignored files are ignored: the parser's reason → how many files it covers
    ignored_reasons: dict[str, int] = field(default_factory=dict)
    #: the first issues, each ``{"file", "code", "message", "kind", "nothing_read"}`` (:func:`scan_counts`;
    #: :meth:`ParseIssue.kind_fields`)
    issue_files: list[dict[str, str]] = field(default_factory=list)
    #: kinds among ``kinds`` that ``timeline`` gives only when asked for by name (:attr:`Parser.opt_in_kinds`)
    opt_in: list[str] = field(default_factory=list)
    #: per input of the export, its issues per code (every input named, ``{}`` for one without): an export of
    #: several part-zips says which zip each issue is in (its ``issue_files`` entries name their ``input`` too)
    issues_by_input: dict[str, dict[str, int]] = field(default_factory=dict)
    #: whether ``first`` / ``last`` is a date-only record's (the old Amazon Order History Report's "Order Date",
    #: stamped 00:00 UTC of its day): said as its ISO day with ``first_date_only`` / ``last_date_only`` beside it, as
    #: the report says its bounds (``NightGate.instant``; AMZ55: scan wrote "2022-01-02T00:00:00Z", no flag)
    first_date_only: bool = False
    last_date_only: bool = False
    #: per kind, the copies of its records read and dropped as the timeline drops them (the same record in two files
    #: of the export: a classic X archive's tweets.csv and data/js/tweets/; T33A L7); ``kinds`` counts each once
    copies: dict[str, int] = field(default_factory=dict)
    #: whether the counts leave out purchases in special categories (GDPR Art. 9): an export that can hold
    #: purchases, scanned without ``include_sensitive`` — said whether or not any was left out, never how many (a
    #: number above 0 would itself tell that some purchase is of a special category; trust.SET_ASIDE_NOTE)
    special_purchases_left_out: bool = False

    def to_dict(self) -> dict[str, Any]:

        return {
            "inputs": self.inputs, "source": self.parser, "variant": self.variant,
            "confidence": self.confidence,
            "export": self.is_export,
            "found_in": [{"input": i, "path": p} for i, p in self.locations],
            **({"reason": self.reason} if self.reason else {}),
            **({"account": self.account_group} if self.account_group is not None else {}),
            "files": {"handled": len(self.handled), "ignored": len(self.ignored), "unknown": len(self.unknown)},
            "ignored_reasons": dict(sorted(self.ignored_reasons.items(), key=lambda kv: (-kv[1], kv[0]))),
            "unknown_files": self.unknown,
            "records": dict(sorted(self.kinds.items())),
            "copies_dropped": dict(sorted(self.copies.items())),
            "opt_in_kinds": self.opt_in,
            "date_range": {"first": _bound(self.first, self.first_date_only),
                           "last": _bound(self.last, self.last_date_only),
                           "first_date_only": self.first_date_only, "last_date_only": self.last_date_only},
            "undated": self.undated,
            "issues": self.issues,
            "issue_summary": self.issue_summary,
            "issue_files": self.issue_files,
            **({"issues_by_input": self.issues_by_input} if len(self.inputs) > 1 else {}),
            **({"special_purchases_left_out": True} if self.special_purchases_left_out else {}),
        }


def _bound(t: datetime | None, date_only: bool) -> str | None:
    """A span's bound as the report says it (``sensitive.NightGate.instant``): a date-only record's ISO day
    (``"2022-01-02"``), else ISO-8601 UTC ``…Z``; None for no dated record."""
    from .events import format_time

    if t is not None and date_only:
        return t.astimezone(UTC).date().isoformat()
    return format_time(t)


def scan(paths: PathLike | Iterable[PathLike], *, source: str | None = None,
         limits: ArchiveLimits = DEFAULT_LIMITS, registry: Registry | None = None, jobs: int = 1,
         include_sensitive: bool = False, warnings: list[str] | None = None) -> list[ScanResult]:
    """Detect and count every export found in the inputs without writing a timeline (one streaming
    pass per export); what inside an input is not an export is listed too (``is_export`` false).

    Without ``include_sensitive`` the counts and dates leave purchases in special categories out, as a report's
    do (:func:`dataexam.inference.sensitive.withheld_purchase`; T26C H3: a scan's 6 order items beside a report's
    5 would count the one withheld), and say nothing of them.

    Exports of different accounts are scanned, not refused: each gets an ``account_group`` number
    (1, 2 … per source, when a source has several accounts) so the mix can be seen. ``jobs`` > 1
    counts the exports in that many processes (:mod:`dataexam.parallel`). ``warnings`` (a list) gets what the run
    says beside its results: zips inside zips inflated into a temporary folder in memory
    (:func:`zip_spill_warnings`; INP57, T54B 7: a timeline said it, a scan did not).
    """
    not_exports: list[NotAnExport] = []
    exports = open_exports(paths, source=source, limits=limits, registry=registry, not_exports=not_exports,
                           per_account=True)
    groups = _account_numbers(exports)
    results = []
    try:
        from .categories import PURCHASE_KINDS

        counted: list[ScanCounts] | None = None
        if jobs > 1 and len(exports) > 1 and all(e.reopen is not None for e in exports):
            from .parallel import scan_in_workers

            with contextlib.suppress(TempFolderUnusable):  # none can be written for the workers: one process
                counted = scan_in_workers(exports, jobs, include_sensitive)
        if counted is None:
            counted = [scan_counts(export, include_sensitive) for export in exports]
        for export, (kinds, first, last, undated, issues, summary, files, by_input, copies) in zip(
                exports, counted, strict=True):
            handled: list[str] = []
            ignored: list[str] = []
            unknown: list[str] = []
            lists = {"handled": handled, "ignored": ignored, "unknown": unknown}
            reasons: Counter[str] = Counter()
            for member in export.archive.members():
                status = export.parser.file_status(member)
                lists[status].append(member.path)
                if status == "ignored":
                    reasons[export.parser.ignore_reason(member.path) or "no reason given"] += 1
            results.append(ScanResult(list(export.archive.inputs), export.detection.parser,
                                      export.detection.variant, export.detection.confidence, handled, ignored,
                                      unknown, dict(kinds), first.t if first else None,
                                      last.t if last else None, undated, issues, dict(summary),
                                      list(export.locations), reason=export.detection.reason,
                                      account_group=groups.get(id(export)), ignored_reasons=dict(reasons),
                                      issue_files=files, issues_by_input=by_input, copies=dict(copies),
                                      opt_in=sorted(k for k in kinds if k in export.parser.opt_in_kinds),
                                      special_purchases_left_out=not include_sensitive and not
                                      PURCHASE_KINDS.isdisjoint(export.parser.kinds),
                                      first_date_only=bool(first and first.date_only),
                                      last_date_only=bool(last and last.date_only)))
    finally:
        close_exports(exports)
        if warnings is not None:
            warnings.extend(zip_spill_warnings(e.archive for e in exports))
    for item in not_exports:
        name = f"{item.input}/{item.path}" if item.path else item.input
        issue = item.issue
        results.append(ScanResult([name], None, None, 0.0, [], [], [], {}, None, None, 0, 1 if issue else 0,
                                  {issue.code: 1} if issue else {}, [(item.input, item.path)], is_export=False,
                                  reason=item.reason, issue_files=[{"file": name, "code": issue.code,
                                                                    "message": issue.message,
                                                                    **issue.kind_fields()}] if issue else []))
    return results


#: parse issues a scan names one by one, per export (the counts per code cover them all)
MAX_SCAN_ISSUE_FILES = 20


def scan_counts(export: Export, include_sensitive: bool = False) -> ScanCounts:
    """One streaming pass over an export for :func:`scan`: distinct records per kind, first and last time,
    undated records, issues, issues per code, the first :data:`MAX_SCAN_ISSUE_FILES` issues as
    ``{"file", "code", "message"}``, issues per input, and per kind the copies read and dropped. Without
    ``include_sensitive``, purchases in special categories are not counted (:func:`scan`).

    The records are counted as the timeline writes them: through its merge (:func:`~dataexam.normalise.
    chronological_encoded`, bounded memory, sorted runs spilled to a temporary folder past its buffer), so a record
    the export holds twice (a classic X archive's tweets in ``tweets.csv`` and again in ``data/js/tweets/``) is
    counted once and its copies are said apart (T33A L7: "twitter.tweet 2,556" for 1,278 tweets)."""
    from .categories import PURCHASE_KINDS

    withhold = None
    if not include_sensitive and (not export.parser.kinds or not PURCHASE_KINDS.isdisjoint(export.parser.kinds)):
        # only an export that can hold purchases needs the predicate (and the inference package it lives in:
        # ~0.45 s CPU to import, a third of a classic X archive's whole scan)
        from .inference.sensitive import withheld_purchase

        withhold = withheld_purchase
    kinds: Counter[str] = Counter()
    first = last = None
    undated = issues = 0
    summary: Counter[str] = Counter()
    files: list[dict[str, str]] = []
    archive = export.archive
    # an export of several inputs (part-zips): each issue is its own input's, named (ART9 fault 4: the parts'
    # issues were listed under the export as one, with no word of which zip held the file)
    several = len(archive.inputs) > 1
    by_input: dict[str, Counter[str]] = {name: Counter() for name in archive.inputs}
    read: Counter[str] = Counter()
    # the first / last records as the report picks them (events.Bounds; a date-only order against a timed record by
    # their days: no zone is chosen in a scan, so on the UTC calendar)
    bounds = Bounds()

    def records() -> Iterator[Event]:
        nonlocal issues
        for item in iter_events([export]):
            if isinstance(item, ParseIssue):
                issues += 1
                summary[item.code] += 1
                member = archive.get(item.member) if item.member else None
                where = member.input if member is not None else item.archive
                by_input.setdefault(where, Counter())[item.code] += 1
                if len(files) < MAX_SCAN_ISSUE_FILES:
                    # the file (or folder: one gone or unlisted while the input was listed) each names; an
                    # issue of the input as a whole is listed with its first export, so say which file
                    files.append({"file": item.member or item.archive, "code": item.code, "message": item.message,
                                  **item.kind_fields(),
                                  **({"position": item.position} if item.position else {}),
                                  **({"input": where} if several else {})})
                continue
            if withhold is not None and withhold(item):
                continue
            read[item.kind] += 1
            if item.time is not None:
                bounds.add(When.of(item))
            yield item

    exports = [export]
    # the sort's buffer as a timeline's, smaller where memory is tight (its runs spill to a temporary folder)
    for kind, _key, payload in chronological_encoded(records(), _scan_payload, stats=MergeStats(),
                                                     spill_bytes=spill_bytes_for(headroom()),
                                                     accounts=dedup_accounts(exports),
                                                     recency=download_order(exports),
                                                     places=download_places(exports)):
        kinds[kind] += 1
        undated += payload == b"u"
    first, last = bounds.at()
    copies = {k: n - kinds.get(k, 0) for k, n in read.items() if n > kinds.get(k, 0)}
    return (dict(kinds), first, last, undated, issues, dict(summary), files,
            {k: dict(v) for k, v in by_input.items()}, copies)


def _scan_payload(event: Event) -> bytes:
    """What :func:`scan_counts` sorts of a record: whether it is dated (the merge keeps its kind and key)."""
    return b"d" if event.time is not None else b"u"


def _account_numbers(exports: Sequence[Export]) -> dict[int, int]:
    """``id(export) → n`` for exports of sources that hold several accounts: n counts per source, in the order
    the exports are given (the inputs' order, then the order found inside each). The one numbering of
    ``scan``, the two-accounts error and ``--per-account`` (:func:`accounts_of`)."""
    numbers: dict[int, int] = {}
    by_source: dict[str, dict[str, int]] = {}
    for e in exports:
        if e.account is not None:
            by_source.setdefault(e.parser.name, {}).setdefault(e.account, len(by_source.get(e.parser.name, {})) + 1)
    for e in exports:
        accounts = by_source.get(e.parser.name, {})
        if len(accounts) > 1 and e.account is not None:
            numbers[id(e)] = accounts[e.account]
    return numbers


def report(paths: PathLike | Iterable[PathLike], *, include_sensitive: bool = False, source: str | None = None,
           limits: ArchiveLimits = DEFAULT_LIMITS, registry: Registry | None = None,
           stats: RunStats | None = None, jobs: int = 1) -> Any:
    """Infer what the inputs reveal, in one streaming pass over the timeline; returns a ``Report``.

    Art. 9 (sensitive) findings are left out unless ``include_sensitive`` is true. Exports of two
    accounts of one source raise :class:`~dataexam.errors.SeveralAccounts` (see
    :func:`report_per_account`).

    >>> result = report(["twitter.zip", "amazon/"])
    """
    stats = stats if stats is not None else RunStats()
    exports = open_exports(paths, source=source, limits=limits, registry=registry, not_exports=stats.not_exports)
    note_not_exports(stats)
    return _report_of(exports, stats, include_sensitive, jobs)


#: below this estimated parsing cost (bytes x parse_cost, ~1.5 s of parsing) the report's consuming
#: pass is too short to repay an inference worker's start-up (:mod:`dataexam.inference.offload`)
MIN_OFFLOAD_COST = 48_000_000


def report_kinds(exports: Sequence[Export]) -> list[str] | None:
    """The kinds a report reads: every kind but the opt-in ones, and the opt-in ones a parser names in
    :attr:`~dataexam.parser.Parser.report_kinds` (X's deleted posts: counted by the report, never in a timeline
    unless ``--kind`` names them); ``None`` (every kind a timeline gives) when no parser names any."""
    revealed = {k for e in exports for k in e.parser.report_kinds}
    if not revealed:
        return None
    return sorted({k for e in exports for k in e.parser.kinds if k not in e.parser.opt_in_kinds} | revealed)


def _report_of(exports: Sequence[Export], stats: RunStats, include_sensitive: bool, jobs: int) -> Any:
    """The report of ``exports`` (closed when read). With ``jobs`` > 1 and enough work, the costliest
    aggregators consume in a worker process (:mod:`dataexam.inference.offload`)."""
    from .inference import _aggregators, infer
    from .inference.offload import Offload

    offload: Offload | None = None
    folder: PrivateTempDir | None = None
    if jobs > 1:  # a report's main process holds more than a timeline's: fewer may fit beside it
        jobs = min(jobs, default_jobs(MAIN_PROCESS_BYTES))
    if jobs > 1 and sum(sum(member_costs(e)) for e in exports) >= MIN_OFFLOAD_COST:
        with contextlib.suppress(TempFolderUnusable):  # none can be written: the report is made in one process
            folder = PrivateTempDir()
            offload = Offload(_aggregators(), folder.path)
    kinds = report_kinds(exports)
    try:
        if offload is None:
            events: Iterator[Event] = timeline((), stats=stats, exports=exports, jobs=jobs, kinds=kinds,
                                               note_no_kind=False)
        else:
            events = _forwarding(timeline_encoded((), portable_encode, stats=stats, exports=exports, jobs=jobs,
                                                  with_keys=True, kinds=kinds, note_no_kind=False), offload)
        result = infer(events, include_sensitive=include_sensitive, offload=offload, downloads=lambda: stats.downloads)
    finally:
        if offload is not None:
            offload.close()  # a run that ended early: the worker may not go on
        if folder is not None:
            folder.close()
        close_exports(exports)  # already closed once read; not if the run ended before reading
    result.inputs.update(run_facts(stats, result.inputs.get("duplicates_skipped", 0)))
    return result


def _forwarding(entries: Iterable[tuple[str, bytes]], offload: Offload) -> Iterator[Event]:
    """The timeline's events, each one an offloaded aggregator wants also sent to its worker (as the
    very bytes it was decoded from), with its text's keyword matches where aggregators on both sides
    categorise that kind (this process works them out anyway; the worker is the busier one on
    archives of likes and DMs, where categorising is its costliest step), and for the kinds only the
    worker categorises while it lags behind (:attr:`~dataexam.inference.offload.Offload.lagging`).
    Who works a text's matches out never changes them, so the report is the same either way."""
    from .categories import keyword_matches

    wants, send, decode = offload.wants, offload.send, portable_decode
    both, there = offload.categorised_on_both, offload.categorised_there_only
    for key, payload in entries:
        event = decode(payload, key)
        if wants(event.kind):
            text = event.text
            # texts only the worker categorises (likes: a third of its work on an archive of likes)
            # are categorised here too while it lags behind, instead of waiting for it
            send(key, payload, keyword_matches(text) if text and (
                event.kind in both or (offload.lagging and event.kind in there)) else None)
        yield event


def run_facts(stats: RunStats, guarded: int = 0) -> dict[str, Any]:
    """What a report says about its run: the exports (base names, source, variant, detection confidence),
    the parse-issue summary (total, per code, per file, and ``notes``: the issues of ``INPUT_NOTE_CODES`` in
    words, ``[{"code", "export" (the input's base name), "file" (the member, or None for the whole export),
    "message", "kind", "nothing_read" (:meth:`ParseIssue.kind_fields`)}]``, and ``notes_left_out``:
    ``[{"export", "count"}]``, the notes the caps left out) and the duplicates the merge dropped (plus
    ``guarded``, those the inference pass skipped itself)."""
    by_code: Counter[str] = Counter()
    by_file: Counter[str] = Counter()
    for (member, code), n in stats.issue_summary.items():
        by_code[code] += n
        by_file[member] += n
    exports = [{"name": " + ".join(os.path.basename(os.fspath(p).rstrip("/\\")) or str(p) for p in e.archive.inputs),
                "label": label, "source": e.detection.parser, "variant": e.detection.variant,
                "confidence": round(float(e.detection.confidence), 3)}
               for e, label in zip(stats.exports, input_labels(stats.exports))]
    return {"exports": exports, "duplicates_skipped": stats.merge.duplicates + guarded,
            "parse_issues": {"total": stats.issue_count, "by_code": dict(sorted(by_code.items())),
                             "by_file": dict(by_file.most_common(20)),
                             "notes": [{"code": n.code, "export": _base_name(n.archive), "file": n.member or None,
                                        "message": n.message, **n.kind_fields()} for n in stats.notes],
                             "notes_left_out": [{"export": _base_name(archive), "count": n}
                                                for archive, n in sorted(stats.notes_left_out.items())]}}


def _base_name(path: str) -> str:
    """An input's base name (``/home/jane/twitter-2024.zip`` → ``twitter-2024.zip``), never its path."""
    return os.path.basename(path.rstrip("/\\")) or path


def input_labels(exports: Sequence[Export]) -> list[str]:
    """Each export named by the inputs it came from, by position and kind as ``dataexam batch`` names
    them (``input-1.zip + input-2.zip``; :func:`~dataexam.archive.input_label`): what ``report --redact``
    shows instead of the file names (Facebook's carry the username). Positions are those of the inputs
    as given to the run (an export found inside a folder input is named by that folder's)."""
    order: list[str] = []
    for e in exports:
        if e.reopen is not None:
            order = [printable_path(p) for p in e.reopen[0].paths]
            break
    labels = []
    for n, e in enumerate(exports, 1):
        given = list(dict.fromkeys(g for g, _inside in e.locations))
        for g in given:
            if g not in order:
                order.append(g)
        labels.append(" + ".join(input_label(order.index(g) + 1, g) for g in given) or f"export-{n}")
    return labels


def report_per_account(paths: PathLike | Iterable[PathLike], *, include_sensitive: bool = False,
                       source: str | None = None, limits: ArchiveLimits = DEFAULT_LIMITS,
                       registry: Registry | None = None, stats: RunStats | None = None,
                       jobs: int = 1) -> list[tuple[str, Any]]:
    """One ``(label, Report)`` per person: each account of a source that holds several accounts
    gets a report of its own exports; the exports of every other source (one account, or none
    readable: Amazon exports do not name the account) share one report, since nothing in them says
    whose they are. With one account per source this is one report, the same as :func:`report`.
    """

    stats = stats if stats is not None else RunStats()
    exports = open_exports(paths, source=source, limits=limits, registry=registry,
                           not_exports=stats.not_exports, per_account=True)
    note_not_exports(stats)
    groups = accounts_of(exports)
    results: list[tuple[str, Any]] = []
    all_exports: list[Export] = []
    try:
        for label, group in groups:
            # each account's report states its own exports, issues and duplicates; the caller's stats
            # add up the whole run (the CLI's issue summary)
            own = RunStats(on_issue=stats.on_issue, on_event=stats.on_event)
            results.append((label, _report_of(group, own, include_sensitive, jobs)))  # closes the group's exports
            all_exports.extend(own.exports)
            _add_stats(stats, own)
    finally:
        close_exports(e for _, group in groups for e in group)
    stats.exports = all_exports
    return results


def _add_stats(total: RunStats, part: RunStats) -> None:
    """Add one part's counters (issues, kinds, merge figures) into the run's."""
    total.issue_count += part.issue_count
    total.issue_summary.update(part.issue_summary)
    total.issue_kinds.update(part.issue_kinds)
    total.issues.extend(part.issues[:max(0, MAX_KEPT_ISSUES - len(total.issues))])
    for issue in part.notes:
        total.note(issue)
    total.add_left_out(part.left_out_seen)
    total.kinds.update(part.kinds)
    total.warnings.extend(part.warnings)
    for name in ("events_in", "events_out", "duplicates", "undated", "runs_spilled", "spilled_bytes", "run_bytes"):
        setattr(total.merge, name, getattr(total.merge, name) + getattr(part.merge, name))
    for kind, n in part.merge.duplicate_kinds.items():
        total.merge.duplicate_kinds[kind] = total.merge.duplicate_kinds.get(kind, 0) + n
