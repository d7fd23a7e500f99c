"""Parallel parse (``--jobs N``): the exports are shared out among N processes, the main process merges.

Exports are independent until the merge. They are cut into parts (:func:`plan`), which the main
process and ``N - 1`` spawned workers claim costliest first, each reading every part it is the first
to claim (:func:`_parse_parts`), so no process idles while another still has a list of its own. A
worker re-opens the run's inputs (discovery reads names only; the same inputs give the same exports in the
same order — an :class:`~dataexam.archive.Archive` holds open zip files and cannot be sent to
another process) and reads the parts it claims. Each export's events are encoded, sorted and
written as sorted runs into the run's private temporary folder (0700, files 0600;
:class:`~dataexam.tempdirs.PrivateTempDir`). The main process merges every part's runs with the
same heap merge and de-duplication window as a single-process run
(:func:`~dataexam.normalise.merge_runs`), so ``--jobs 1`` and ``--jobs N`` give byte-identical
output: the sort entries and their total order do not depend on how they were split into runs.

Payloads must be self-contained bytes: a writer's own row (:func:`~dataexam.writers.jsonl_line`,
:func:`~dataexam.writers.sqlite_row`) or :func:`~dataexam.normalise.portable_encode` for events
(an :class:`~dataexam.normalise.EventCodec`'s name tables live in one process only).

Workers are new interpreters (:mod:`dataexam.workers`; never ``fork``: the parent holds open zip
files), in a session of their own and ignoring SIGINT (the main process handles Ctrl-C); they are
killed when the run ends early, before the temporary folder is removed.

Work is shared out by estimated cost, not by export: an export whose parser opts in
(:attr:`~dataexam.parser.Parser.member_split`) is cut into pieces of consecutive members, so one big
Facebook export (the common case: one person, one download) keeps every core busy. Each process
that reads part of an export runs the parser's per-export set-up itself (Facebook's owner from
all threads, X's account id and long posts; cheap, and the same in every process) and then only
its members (:attr:`~dataexam.parser.Parser.only_members`). Issues are kept by the part that
reads the member they name (issues naming no member of the export, by its first part), so each
is reported once. Amazon's key counters are per file, classic X CSV times per month: neither
crosses members. The cost of a member is its size times its handler's cost per byte
(:attr:`~dataexam.parser.Parser.handler_costs`, else :attr:`~dataexam.parser.Parser.parse_cost`);
members no handler reads (photos, videos) cost nothing. The costs decide how an export is cut and
the order of the parts; claiming evens out what they get wrong.

A member too big for one process whose handler reads one top-level array item by item
(:attr:`~dataexam.parser.Parser.sliceable`: X's tweets, likes, follows, logins) is itself cut into
slices between items (:mod:`dataexam.arrayslice`), as many as processes. Each slice reports where it
started and ended and how many items it read; unless they join up into the whole file
(:func:`slices_join_up`: no fault, matching cuts and item counts), every run file is dropped and the
parse is done again without cutting, so the output is always one process's.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import math
import os
import pickle
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from .archive import ArchiveLimits, shared_spills, use_shared_spills
from .errors import UsageProblem, WorkerFailed
from .events import Event, ParseIssue, When
from .issue_codes import tally
from .normalise import MergeStats, merge_runs, payload_rekey, sort_into_runs
from .parser import WHOLE_FILE_CODES, SliceRead
from .tempdirs import PrivateTempDir
from .workers import Worker

if TYPE_CHECKING:
    from .api import Export, RunStats
    from .registry import Registry

MIN_WORKER_SPILL = 4 * 1024 * 1024
#: below this estimated cost (bytes x parse_cost; about 0.2 s of parsing) a worker's start-up
#: (a new interpreter importing dataexam, ~0.3 s) costs more than it saves: one process reads all
MIN_PARALLEL_COST = 6_000_000

#: what :func:`dataexam.api.scan_counts` returns: distinct records per kind, first and last time, undated
#: records, issues, issues per code, the first issues by file, issues per input, copies read and dropped per kind; the
#: first and last records are events.When (a date-only record's said as its day: AMZ55)
ScanCounts = tuple[dict[str, int], When | None, When | None, int, int, dict[str, int], list[dict[str, str]],
                   dict[str, dict[str, int]], dict[str, int]]
#: per member index, the slices ``(k, m)`` of it a part reads (:mod:`dataexam.arrayslice`)
Slices = Mapping[int, tuple[tuple[int, int], ...]]
#: one part of an export: ``(export index, whole members or None for all, slices)``
PartSpec = tuple[int, frozenset[int] | None, Slices]


#: memory the main process of ``timeline`` or ``report`` may reach (measured peaks: ``timeline`` 50-72 MB,
#: ``report`` 113-131 MB with ``--jobs 1`` up to 2 GB of input; benchmarks/run.py, README "Performance")
MAIN_PROCESS_BYTES = 150_000_000
#: memory the one process of ``timeline`` or ``scan`` may reach (measured peaks 49-72 MB up to 2 GB of input)
ONE_TIMELINE_PROCESS_BYTES = 80_000_000
#: memory each further process may reach: a parse worker, or ``report``'s inference worker (the
#: ``--jobs 2`` process tree measured 84 MB for ``timeline``, 103-105 MB for ``report``: ~35 MB more)
WORKER_PROCESS_BYTES = 60_000_000


def default_jobs(main_bytes: int = MAIN_PROCESS_BYTES) -> int:
    """Processes by default (≥ 1): the CPUs this process may use, as :func:`loky.cpu_count` counts them
    — the fewest of the machine's CPUs, its CPU affinity (``taskset``, a SLURM allocation), its
    container's CPU quota (cgroup v2 ``cpu.max``, v1 ``cpu.cfs_quota_us``: Docker ``--cpus``, a
    Kubernetes CPU limit; 1.5 CPUs count 2) and ``LOKY_MAX_CPU_COUNT`` if set — and no more than the
    memory left holds (:func:`memory_jobs`, the main process counted at ``main_bytes``: a report's
    :data:`MAIN_PROCESS_BYTES` by default, a timeline's or scan's :data:`ONE_TIMELINE_PROCESS_BYTES`).
    Raises :class:`~dataexam.errors.UsageProblem` when that variable is not a whole number.

    The affinity alone (``os.sched_getaffinity``, used before) sees every CPU of the host in a
    container limited by a quota: ``batch`` in a 2-CPU container on a 64-core host started 64
    report workers (~150 MB each) and ``timeline`` up to 64 parse processes.
    """
    cpus = cpu_jobs()
    fit = memory_jobs(main_bytes)
    return cpus if fit is None else max(1, min(cpus, fit))


def cpu_jobs() -> int:
    """The CPUs this process may use (:func:`default_jobs`'s first figure)."""
    from loky import cpu_count  # imported here: ~15 ms, only when a run needs the count

    try:
        return max(1, cpu_count())
    except ValueError:  # loky reads LOKY_MAX_CPU_COUNT with int()
        value = os.environ.get("LOKY_MAX_CPU_COUNT", "")
        raise UsageProblem(f"the environment variable LOKY_MAX_CPU_COUNT={value[:40]!r} is not a whole number of "
                           "CPUs (it caps how many processes --jobs may start): set it to one, or unset it") from None


def memory_jobs(main_bytes: int = MAIN_PROCESS_BYTES, worker_bytes: int = WORKER_PROCESS_BYTES,
                main_works: bool = True, floor: int = 1) -> int | None:
    """How many processes the memory left holds (:func:`dataexam.memory.room_for_run`: the system's
    available memory and its container's limit, with what this process holds already), at least
    ``floor``, or ``None`` where it cannot be read: the main process takes ``main_bytes`` and each worker
    ``worker_bytes``; with ``main_works`` the main process counts as one of them (``timeline``, ``report``),
    else only the workers do (``batch``)."""
    from .memory import room_for_run

    room = room_for_run()
    if room is None:
        return None
    workers = max(0, room - main_bytes) // worker_bytes
    return max(floor, workers + 1 if main_works else workers)


@dataclass(frozen=True)
class OpenSpec:
    """How the exports of a run were opened (:func:`dataexam.api.open_exports`'s arguments), so a
    worker can open them again; ``registry`` ``None`` = the installed parsers."""

    paths: tuple[str, ...]
    source: str | None
    limits: ArchiveLimits
    registry: Registry | None
    per_account: bool


@dataclass
class _Task:
    spec: OpenSpec
    index: int
    name: str
    kinds: Sequence[str] | None
    since: datetime | None
    until: datetime | None
    encode: Callable[[Event], bytes]
    tmp_path: str
    spill_bytes: int
    #: the member indices this task reads (``None``: the whole export) and whether it is the
    #: export's first part (it then also keeps the issues that name no member of the export)
    members: frozenset[int] | None = None
    first: bool = True
    #: :func:`member_listing` of the export when the run planned it (a worker checks it re-opened the
    #: same files; ``""``: not checked)
    listing: str = ""
    #: slices of members too big for one process that this task reads (besides ``members``)
    slices: Slices = field(default_factory=dict)
    #: 1 when the run is read again without slices (its run files get names of their own)
    attempt: int = 0
    #: whether its runs are compressed (:attr:`~dataexam.tempdirs.PrivateTempDir.compress`)
    compress: bool = False
    #: the run's :func:`~dataexam.api.dedup_accounts` (``None``: one account per source); from the main
    #: process, not worked out again from the worker's exports: a ``report --per-account`` group is a
    #: subset of the inputs the worker re-opens
    accounts: Mapping[str, str] | None = None
    #: the run's :func:`~dataexam.api.download_order` (``None``: one export per source), from the main process
    recency: Mapping[str, int] | None = None
    #: the run's :func:`~dataexam.api.download_places` (``None``: no export of several parts), from the main process
    places: Mapping[str, str] | None = None


@dataclass
class _Result:
    dated: list[str]
    undated: list[str]
    issues: list[ParseIssue]
    issue_count: int
    issue_summary: Counter[tuple[str, str]]
    kinds_read: int
    merge: MergeStats = field(default_factory=MergeStats)
    slices: list[SliceRead] = field(default_factory=list)
    time_span: tuple[datetime, datetime] | None = None  # RunStats.time_span of the part (with --since/--until)
    #: the part's input notes (RunStats.notes: kept past its issue cap) and the notes its caps left out
    notes: list[ParseIssue] = field(default_factory=list)
    left_out_seen: set[tuple[str, str]] = field(default_factory=set)
    #: RunStats.issue_kinds of the part: all its issues by kind, past its cap
    issue_kinds: Counter[str] = field(default_factory=Counter)


def span_union(a: tuple[datetime, datetime] | None,
               b: tuple[datetime, datetime] | None) -> tuple[datetime, datetime] | None:
    """The span covering two ``(first, last)`` spans of event times (either may be None: no dated event)."""
    if a is None or b is None:
        return a or b
    return min(a[0], b[0]), max(a[1], b[1])


def can_run(exports: Sequence[Export], encode: Callable[[Event], bytes], jobs: int) -> bool:
    """Whether a parallel parse is possible and useful: several exports or one that its parser may
    split, each re-openable, enough work to repay a worker's start-up (:data:`MIN_PARALLEL_COST`),
    and an encoder another process can import (a module-level function)."""
    if jobs <= 1 or not exports or any(e.reopen is None for e in exports):
        return False
    if len(exports) < 2 and not exports[0].parser.member_split:
        return False
    if sum(sum(member_costs(e)) for e in exports) < MIN_PARALLEL_COST:
        return False
    if getattr(encode, "__module__", None) == "__main__":
        return False  # a worker (a fresh interpreter, not the caller's script) could not import it
    try:
        pickle.dumps((encode, exports[0].reopen))
    except Exception:  # a lambda, a bound method of a local codec, a registry of local classes
        return False
    return True


def _claim(task: _Task, n: int) -> bool:
    """Whether this process takes part ``n`` of the run (``task``): the first of the run's processes
    to create its claim file in the run's private folder does (``O_EXCL`` is atomic)."""
    try:
        fd = os.open(os.path.join(task.tmp_path, f"claim-{task.attempt}-{n:05d}"), os.O_CREAT | os.O_EXCL | os.O_WRONLY,
                     0o600)
    except FileExistsError:
        return False
    os.close(fd)
    return True


def _parse_many(tasks: list[_Task], shared: dict[tuple[Any, ...], int] | None = None) -> list[tuple[int, _Result]]:
    """In a worker: open the run's inputs again, then read each part of ``tasks`` (in their order)
    that no other process has claimed yet; ``(part number, result)`` of those read. ``shared``: the main
    process's inflated zips inside zips (:func:`dataexam.archive.shared_spills`), read rather than inflated again."""
    from . import api

    use_shared_spills(shared or {})
    spec = tasks[0].spec
    exports = api.open_exports(list(spec.paths), source=spec.source, limits=spec.limits, registry=spec.registry,
                               not_exports=[], per_account=spec.per_account)
    try:
        results = []
        checked: set[int] = set()
        for n, task in enumerate(tasks):
            if not _claim(task, n):
                continue
            if task.index not in checked:
                _check_same(exports, task.index, task.name, task.listing)
                checked.add(task.index)
            results.append((n, _parse_export(exports[task.index], task)))
    finally:
        api.close_exports(exports)
    return results


def member_listing(export: Export) -> str:
    """A digest of the export's member paths, sizes and stamps, in listing order.

    A worker re-opens the run's inputs and reads members by their index in the listing, so it must
    find the very files the main process planned with: a count is not enough, as a file renamed
    mid-run (``like.js`` → ``aaa.js``) shifts every later member's index, and a worker then read one
    file twice and another not at all, without an issue (the fourteenth pass's fresh tester). The
    members' stamps (:attr:`~dataexam.archive.Member.stamp`: inode, size and modification time, or a
    zip member's CRC) are in it too: a file replaced by another of the same size, or still being
    written, would otherwise be read in slices of two versions."""
    digest = hashlib.blake2b(digest_size=16)
    for member in export.archive.members():
        digest.update(member.path.encode("utf-8", "surrogatepass"))
        digest.update(b"\0%d %r\n" % (member.size, member.stamp))
    return digest.hexdigest()


def _check_same(exports: Sequence[Export], index: int, name: str, listing: str) -> None:
    """Raise :class:`WorkerFailed` unless the re-opened ``exports[index]`` is the export the main
    process planned with (its name and, when given, its :func:`member_listing`)."""
    if index >= len(exports) or exports[index].name != name:
        raise WorkerFailed(f"the inputs changed while the run was reading them ({name} is no longer where it "
                           "was found); run it again")
    if listing and member_listing(exports[index]) != listing:
        raise WorkerFailed(f"the inputs changed while the run was reading them (files of {name} were moved, "
                           "deleted, replaced or written to); run it again")


def _parse_export(export: Export, task: _Task) -> _Result:
    from . import api

    stats = api.RunStats()
    merge = MergeStats()
    first_member, first_slice = _part_key(task.members, task.slices)
    tmp = PrivateTempDir.within(task.tmp_path,
                                f"w{task.attempt}-{task.index:04d}-{first_member + 1:06d}-{first_slice + 1:03d}",
                                task.compress)
    whole = task.members is None and not task.slices
    keep = None if whole else _issue_filter(export, task.members or frozenset(), task.slices, task.first)
    parser = export.parser
    parser.only_members = None if whole else (task.members or frozenset())
    parser.only_slices = task.slices or None
    parser.slice_reports = reads = []
    try:
        dated, undated = sort_into_runs(api._filtered([export], stats, task.kinds, task.since, task.until,
                                                      keep_issue=keep),
                                        task.encode, tmp, spill_bytes=task.spill_bytes, stats=merge,
                                        accounts=task.accounts, recency=task.recency, places=task.places)
    finally:
        parser.only_members = parser.only_slices = parser.slice_reports = None
    return _Result(dated, undated, stats.issues, stats.issue_count, stats.issue_summary, merge.events_in, merge,
                   reads, stats.time_span, stats.notes, stats.left_out_seen, stats.issue_kinds)


def _part_key(members: frozenset[int] | None, slices: Slices) -> tuple[int, int]:
    """Where a part starts in its export: ``(member index, slice number or -1 for a whole member)``;
    ``(-1, -1)`` for the whole export. Parts of one export sort in file order by it."""
    if members is None and not slices:
        return -1, -1
    starts = [(i, -1) for i in members or ()] + [(i, k) for i, parts in slices.items() for k, _m in parts]
    return min(starts, default=(0, -1))


def _issue_filter(export: Export, members: frozenset[int], slices: Slices,
                  first: bool) -> Callable[[ParseIssue], bool]:
    """Whether a part keeps an issue: it names one of the part's members, or (first part only) no
    member of the export at all (an archive-level issue, a fault of the export as a whole). Of a
    member cut into slices, each part keeps the bad records its slices read (positioned by record);
    the part reading slice 0 also keeps the issues the per-export set-up reports about it."""
    everything = export.archive.members()
    mine = {everything[i].path for i in members if i < len(everything)}
    sliced = {everything[i].path: any(k == 0 for k, _m in parts) for i, parts in slices.items()
              if i < len(everything)}
    others = {m.path for m in everything} - mine - set(sliced)

    def keep(issue: ParseIssue) -> bool:
        if issue.member in sliced:  # a slice's bad records, the last slice's bad-escape count, set-up issues
            return (sliced[issue.member] or (issue.position or "").startswith("record ")
                    or issue.code in WHOLE_FILE_CODES)
        return issue.member in mine or (first and issue.member not in others)

    return keep


def slices_join_up(reads: Sequence[SliceRead]) -> bool:
    """Whether the slices of one member, as read by their parts, are that member read once: every
    slice clean and a top-level array, each starting at the cut where the one before it ended and
    numbering its first item where the one before it stopped counting, and no slice after a cut empty
    unless its two cuts are one comma. Otherwise the member is read again in one piece
    (:func:`parse_in_workers`)."""
    ordered = sorted(reads, key=lambda r: r.report.k)
    if not ordered or [r.report.k for r in ordered] != list(range(ordered[0].report.m)):
        return False
    expected, end, ended = 0, None, False
    for n, read in enumerate(ordered):
        report = read.report
        if not (read.clean and report.split):
            return False
        if report.first_index is None:  # the array ended before this slice's cut
            if n == 0 or (not ended and end is not None):
                return False
            ended = True
            continue
        if ended or report.first_index != expected or (n and report.start != end):
            return False
        if n and not read.items and report.end != report.start:
            # a cut comma followed by no item before the array's end: a trailing comma (`…}, ]`), which
            # one process reports as bad JSON, while the slices `[…]` and `[ ]` each parse (a fresh
            # tester's case); only two cuts at one comma make an empty slice legitimately
            return False
        expected += read.items
        end = report.end
        ended = end is None
    return True


def _issues_in_member_order(exports: Sequence[Export],
                            results: Mapping[tuple[int, int, int], _Result]) -> list[_Result]:
    """The parts' results, one per export, its parts' issues merged into the order a single process
    reports them (by the member they name, in ``archive.members()`` order; issues naming no member
    first; a member cut into slices by record index), so warnings, ``--strict`` and the kept first
    ``MAX_KEPT_ISSUES`` do not depend on ``--jobs``. Each part's issues are already in member order
    (it reads its members in that order) and capped the same way, so the first kept issues overall
    are among the parts' kept ones."""
    by_export: dict[int, list[_Result]] = {}
    for (e, _i, _k), result in sorted(results.items()):
        by_export.setdefault(e, []).append(result)
    out = []
    for e, parts in sorted(by_export.items()):
        if len(parts) == 1:
            out.append(parts[0])
            continue
        members = exports[e].archive.members()
        index = {m.path: i for i, m in enumerate(members)}
        sliced = {members[r.member].path for part in parts for r in part.slices if r.member < len(members)}
        # the export's own issues (its zip's: a damaged header, a name cleaned) first, in their order, as one process
        # says them before any file's reading (ZIP63, T58C: --jobs 2 put "damaged-header" of a file among the files'
        # issues by member, --jobs 1 before them all)
        own = _own_issues(exports[e])
        issues = sorted((((0, own[issue], 0, 0, 0) if issue in own else
                          (1, index.get(issue.member, -1), _record_in(issue, sliced), p, n)), issue)
                        for p, part in enumerate(parts) for n, issue in enumerate(part.issues))
        summary: Counter[tuple[str, str]] = Counter()
        for part in parts:
            summary.update(part.issue_summary)
        merge = MergeStats()
        merge.events_in = sum(p.merge.events_in for p in parts)
        merge.runs_spilled = sum(p.merge.runs_spilled for p in parts)
        merge.spilled_bytes = sum(p.merge.spilled_bytes for p in parts)
        merge.run_bytes = sum(p.merge.run_bytes for p in parts)
        notes = sorted((((0, own[note], 0, 0) if note in own else (1, index.get(note.member, -1), p, n)), note)
                       for p, part in enumerate(parts) for n, note in enumerate(part.notes))
        out.append(_Result([], [], [issue for _k, issue in issues], sum(p.issue_count for p in parts), summary,
                           sum(p.kinds_read for p in parts), merge,
                           time_span=functools.reduce(span_union, (p.time_span for p in parts), None),
                           notes=[note for _k, note in notes],
                           left_out_seen=set().union(*(p.left_out_seen for p in parts)),
                           issue_kinds=sum((p.issue_kinds for p in parts), Counter())))
    return out


def _own_issues(export: Export) -> dict[ParseIssue, int]:
    """The issues the export's opening found (``archive.issues``) that a single process says before reading its files
    (:func:`dataexam.api.iter_events`: all but a cut its parser says with that file's reading), each by its place
    among them."""
    own: dict[ParseIssue, int] = {}
    for issue in export.archive.issues:
        try:
            if not export.parser.reads_cut(export.archive, issue):
                own.setdefault(issue, len(own))
        except TypeError:  # (an issue not hashable: placed by its member, as before)
            continue
    return own


def _record_in(issue: ParseIssue, sliced: set[str]) -> int:
    """Where an issue of a member cut into slices goes among that member's issues, as one process
    reports them: by the record index it names; set-up issues first (-1), the member's ``bad-escape``
    count and then X's ``count-mismatch`` last (both are reported when the file has been read: the mismatch came
    before a post's bad-date at --jobs 2, after it at --jobs 1, T45). -1 for other members' issues."""
    if issue.member not in sliced:
        return -1
    position = issue.position or ""
    if position.startswith("record "):
        return int(position.split()[1])
    return _LAST_IN_FILE.get(issue.code, -1)


#: the issues a file gets once it has been read, in the order one process reports them (:func:`_record_in`)
_LAST_IN_FILE = {"bad-escape": sys.maxsize - 1, "count-mismatch": sys.maxsize}


def _fold(results: Sequence[_Result], stats: RunStats) -> None:
    """Add the exports' issues and counters to the run's ``stats``, in export order: the issues kept
    (and passed to ``on_issue``) are the first ``MAX_KEPT_ISSUES`` as in a single-process run; every
    issue is counted and summarised."""
    for result in results:
        for issue in result.issues:
            stats.add_issue(issue, note=False)
        for note in result.notes:  # a part's notes are kept past its issue cap, as in one process
            stats.note(note)
        stats.add_left_out(result.left_out_seen)
        hidden = result.issue_count - len(result.issues)
        if hidden:  # issues past the part's cap: counted and summarised, not kept
            stats.issue_count += hidden
            kept = Counter((i.place, i.code) for i in result.issues)
            stats.issue_summary.update(result.issue_summary - kept)
            stats.issue_kinds.update(result.issue_kinds - tally(result.issues))
        stats.time_span = span_union(stats.time_span, result.time_span)
        stats.merge.events_in += result.merge.events_in
        stats.merge.runs_spilled += result.merge.runs_spilled
        stats.merge.spilled_bytes += result.merge.spilled_bytes
        stats.merge.run_bytes += result.merge.run_bytes


def _shares(sizes: Sequence[float], n: int) -> list[list[int]]:
    """Indices in ``n`` shares of about equal cost (largest first onto the lightest share)."""
    shares: list[list[int]] = [[] for _ in range(n)]
    loads = [0.0] * n
    for i in sorted(range(len(sizes)), key=lambda i: (-sizes[i], i)):
        k = loads.index(min(loads))
        shares[k].append(i)
        loads[k] += sizes[i]
    return [sorted(s) for s in shares if s]


def member_costs(export: Export) -> list[float]:
    """The estimated cost of reading each member of ``export`` (``archive.members()`` order): its
    size times its handler's cost per byte (``Parser.handler_costs``, else the parser's
    ``parse_cost``; X tweets = 1.0); 0 for members no handler reads."""
    parser = export.parser
    per_handler, default = parser.handler_costs, parser.parse_cost
    costs = []
    for member in export.archive.members():
        rule = parser.classify(member.path)
        handler = rule.handler if rule is not None else None
        costs.append(0.0 if handler is None else member.size * per_handler.get(handler, default))
    return costs


def read_bytes(export: Export) -> int:
    """Bytes of the members of ``export`` that a handler reads (uncompressed: a zip member's file
    size), what the sort's runs are estimated from (:func:`dataexam.tempdirs.compress_runs`)."""
    parser = export.parser
    return sum(member.size for member in export.archive.members()
               if (rule := parser.classify(member.path)) is not None and rule.handler is not None)


def member_sliceable(export: Export) -> list[bool]:
    """Per member of ``export``: whether its handler reads slices of it (``Parser.sliceable``)."""
    parser = export.parser
    if not parser.member_split or not parser.sliceable:
        return [False] * len(export.archive.members())
    out = []
    for member in export.archive.members():
        rule = parser.classify(member.path)
        out.append(rule is not None and rule.handler in parser.sliceable)
    return out


#: an export is cut into pieces of at most this share of one process's work (finer = better balance)
PIECES_PER_SHARE = 4


def plan(costs: Sequence[Sequence[float]], splittable: Sequence[bool], jobs: int,
         sliceable: Sequence[Sequence[bool]] | None = None) -> list[PartSpec]:
    """The parts ``(export index, member indices, slices)`` a run's ``jobs`` processes read, costliest
    first: the order in which they claim them (:func:`_parse_parts`). ``member indices`` is ``None``
    for a whole export; ``slices`` the ``(k, m)`` slices of members cut between processes
    (:mod:`dataexam.arrayslice`), by member index.

    ``costs`` are :func:`member_costs` per export. With ``jobs`` > 1, an export that may be split and
    costs more than half of one process's work (the total ÷ ``jobs``) is cut into consecutive-member
    pieces of at most a :data:`PIECES_PER_SHARE`-th of it, and a member costing more than that whose
    handler reads slices (``sliceable``, per export and member) into ``m`` ≤ ``jobs`` slices (each
    slice's process scans the bytes before it). Other exports are one part each.
    """
    total = sum(sum(c) for c in costs)
    target = total / max(1, jobs)
    parts: list[PartSpec] = []
    part_cost: list[float] = []
    for e, member_cost in enumerate(costs):
        export_cost = sum(member_cost)
        slice_ok = sliceable[e] if sliceable is not None else [False] * len(member_cost)
        if not (jobs > 1 and splittable[e] and export_cost > target / 2
                and (len(member_cost) > 1 or any(slice_ok))):
            parts.append((e, None, {}))
            part_cost.append(export_cost)
            continue
        cap = target / PIECES_PER_SHARE
        pieces: list[tuple[list[int], float]] = []
        piece: list[int] = []
        load = 0.0
        for i, c in enumerate(member_cost):
            m = min(jobs, math.ceil(c / cap)) if slice_ok[i] and cap > 0 else 1
            if m >= 2:
                for k in range(m):
                    parts.append((e, frozenset(), {i: ((k, m),)}))
                    part_cost.append(c / m)
                continue
            if piece and load + c > cap:
                pieces.append((piece, load))
                piece, load = [], 0.0
            piece.append(i)
            load += c
        if piece:
            pieces.append((piece, load))
        for members, cost in pieces:  # one piece of every member: the whole export
            parts.append((e, None if len(members) == len(member_cost) else frozenset(members), {}))
            part_cost.append(cost)
    order = sorted(range(len(parts)), key=lambda n: (-part_cost[n], n))
    return [parts[n] for n in order]


def parse_in_workers(exports: Sequence[Export], encode: Callable[[Event], bytes], *, jobs: int,
                     kinds: Sequence[str] | None, since: datetime | None, until: datetime | None,
                     tmp: PrivateTempDir, spill_bytes: int, stats: RunStats,
                     accounts: Mapping[str, str] | None = None,
                     recency: Mapping[str, int] | None = None,
                     places: Mapping[str, str] | None = None) -> Iterator[tuple[str, str, bytes]]:
    """``(kind, key, payload)`` of the timeline, as :func:`dataexam.normalise.chronological_encoded`
    yields it, with each export parsed in one of ``jobs`` worker processes (``accounts``, ``recency``, ``places``:
    as there).

    Issues, their summary and the merge counters are added to ``stats`` in export order (the
    kept issues capped as in a single-process run); ``stats.on_event`` hears the events read as
    each export finishes. When the slices of a member cut between processes do not join up (a
    damaged file, see :func:`slices_join_up`), every part's runs are dropped and the parse is done
    again without cutting any member: the output is always that of one process.
    """
    costs = [member_costs(e) for e in exports]
    sliceable = [member_sliceable(e) for e in exports]
    results = _parse_parts(exports, encode, jobs, kinds, since, until, tmp, spill_bytes, stats, costs, sliceable,
                           accounts, recency, places)
    if not _all_slices_join_up(results):
        for result in results.values():
            for path in (*result.dated, *result.undated):
                with contextlib.suppress(OSError):
                    os.unlink(path)
        results = _parse_parts(exports, encode, jobs, kinds, since, until, tmp, spill_bytes, stats, costs, None,
                               accounts, recency, places)
    ordered = [results[k] for k in sorted(results)]  # export order, then member order within an export
    _fold(_issues_in_member_order(exports, results), stats)
    yield from merge_runs([p for r in ordered for p in r.dated], [p for r in ordered for p in r.undated],
                          stats=stats.merge, compress=tmp.compress, spill_bytes=spill_bytes,
                          by_account=accounts is not None, rekey=payload_rekey(encode))


def _all_slices_join_up(results: Mapping[tuple[int, int, int], _Result]) -> bool:
    by_member: dict[tuple[int, int], list[SliceRead]] = {}
    for (e, _i, _k), result in results.items():
        for read in result.slices:
            by_member.setdefault((e, read.member), []).append(read)
    return all(slices_join_up(reads) for reads in by_member.values())


def _parse_parts(exports: Sequence[Export], encode: Callable[[Event], bytes], jobs: int,
                 kinds: Sequence[str] | None, since: datetime | None, until: datetime | None,
                 tmp: PrivateTempDir, spill_bytes: int, stats: RunStats, costs: list[list[float]],
                 sliceable: list[list[bool]] | None,
                 accounts: Mapping[str, str] | None = None,
                 recency: Mapping[str, int] | None = None,
                 places: Mapping[str, str] | None = None) -> dict[tuple[int, int, int], _Result]:
    """Each part's result, by ``(export index, *part key)``.

    The parts (:func:`plan`, costliest first) are claimed, not dealt out: the main process and
    ``jobs - 1`` spawned workers each walk the same list and read every part they are the first to
    claim (:func:`_claim`). Estimated costs are only estimates (a byte of one era's or handler's files
    costs up to 3x another's, and a worker starts ~0.25 s after the main process), so a fixed share per
    process left one of them idle for up to a third of the parse (persona, 2 processes: 63 % of the
    parse on the main one); claiming keeps every process busy until the last parts, the smallest. Who
    reads a part does not change the output: parts are keyed by where they start, and merged in that
    order."""
    # never more processes than CPUs: `--jobs 64` on 2 cores would start 63 interpreters (~2 GB) to
    # run no faster
    # the parse's own main process is a timeline's (a report caps its jobs for its larger one first)
    cap = default_jobs(ONE_TIMELINE_PROCESS_BYTES)
    parts = plan(costs, [e.parser.member_split for e in exports], min(jobs, cap), sliceable)
    processes = min(jobs, cap, len(parts))
    # The sort budget is the run's, shared by its processes, halved: each extra process already costs
    # an interpreter (~35 MB), and smaller sorted runs only mean more of them to merge (at most
    # normalise.fan_in at once). With 2 processes: 4 MiB each (a 2 GB persona: tree peak 117 MB at 8 MiB).
    per_worker = max(spill_bytes // (2 * max(1, processes)), min(spill_bytes, MIN_WORKER_SPILL))
    starts: dict[int, list[tuple[int, int]]] = {}
    for e, members, slices in parts:
        starts.setdefault(e, []).append(_part_key(members, slices))
    listings = {e: member_listing(exports[e]) for e in starts}

    def task(e: int, members: frozenset[int] | None, slices: Slices) -> _Task:
        export = exports[e]
        assert export.reopen is not None
        spec, index = export.reopen
        # the export's first part (the one reading its first member or slice) keeps its archive-level issues
        first = _part_key(members, slices) == min(starts[e])
        return _Task(spec, index, export.name, kinds, since, until, encode, tmp.path, per_worker, members, first,
                     listings[e], slices, 0 if sliceable is not None else 1, tmp.compress, accounts, recency,
                     places)

    tasks = [task(*part) for part in parts]
    results: dict[tuple[int, int, int], _Result] = {}
    workers: list[Worker] = []
    finished = False
    try:
        # The main process reads parts itself (one interpreter fewer: less memory, no start-up wait);
        # ``processes - 1`` spawned workers read the others.
        # every process reads the main process's inflated part zips, none inflates them again (INP57)
        shared = shared_spills(e.archive for e in exports)
        workers.extend(Worker(_parse_many, (tasks, shared), tmp.path, f"worker{w}",
                              pass_fds=tuple(sorted(set(shared.values())))) for w in range(1, processes))
        read = 0
        for n, ((e, m, sl), one) in enumerate(zip(parts, tasks, strict=True)):
            if processes > 1 and not _claim(one, n):
                continue
            results[(e, *_part_key(m, sl))] = result = _parse_export(exports[e], one)
            read += result.kinds_read
            if stats.on_event is not None:
                stats.on_event(read)
        for worker in workers:
            for n, result in worker.result():
                e, m, sl = parts[n]
                results[(e, *_part_key(m, sl))] = result
                read += result.kinds_read
            if stats.on_event is not None:
                stats.on_event(read)
        finished = True
    finally:
        if not finished:  # Ctrl-C, SIGTERM or an error: no worker may go on writing into the folder
            for worker in workers:
                worker.kill()
    if len(results) != len(parts):  # a part nobody read: never, unless a worker's result lost one
        raise WorkerFailed("a worker process returned an incomplete result; run again, or with --jobs 1")
    return results


def _scan_many(spec: OpenSpec, indices: list[int], names: list[str], listings: list[str],
               include_sensitive: bool = False, shared: dict[tuple[Any, ...], int] | None = None) -> list[ScanCounts]:
    from . import api

    use_shared_spills(shared or {})  # the main process's inflated part zips (INP57)

    exports = api.open_exports(list(spec.paths), source=spec.source, limits=spec.limits, registry=spec.registry,
                               not_exports=[], per_account=spec.per_account)
    try:
        for i, name, listing in zip(indices, names, listings, strict=True):
            # a file gone before this process listed it would simply not be counted
            _check_same(exports, i, name, listing)
        return [api.scan_counts(exports[i], include_sensitive) for i in indices]
    finally:
        api.close_exports(exports)


def scan_in_workers(exports: Sequence[Export], jobs: int, include_sensitive: bool = False) -> list[ScanCounts]:
    """:func:`dataexam.api.scan_counts` of every export, in export order, counted in ``jobs`` processes
    (the main process counts one share itself)."""
    from . import api

    processes = min(jobs, default_jobs(ONE_TIMELINE_PROCESS_BYTES), len(exports))
    shares = _shares([sum(member_costs(e)) for e in exports], processes)
    by_index: dict[int, ScanCounts] = {}
    workers: list[tuple[list[int], Worker]] = []
    finished = False
    tmp = PrivateTempDir()
    shared = shared_spills(e.archive for e in exports)
    try:
        for n, share in enumerate(shares[1:], 1):
            reopen = [exports[i].reopen for i in share]
            spec = reopen[0][0]  # type: ignore[index]  # scan checked every export has one
            indices = [r[1] for r in reopen if r is not None]
            workers.append((share, Worker(_scan_many, (spec, indices, [exports[i].name for i in share],
                                                       [member_listing(exports[i]) for i in share],
                                                       include_sensitive, shared),
                                          tmp.path, f"scan{n}", pass_fds=tuple(sorted(set(shared.values()))))))
        for i in shares[0]:
            by_index[i] = api.scan_counts(exports[i], include_sensitive)
        for share, worker in workers:
            for i, counts in zip(share, worker.result(), strict=True):
                by_index[i] = counts
        finished = True
    finally:
        if not finished:
            for _share, worker in workers:
                worker.kill()
        tmp.close()
    return [by_index[i] for i in range(len(exports))]
