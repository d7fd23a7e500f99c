"""Parallel parse (``--jobs N``): the exports are shared out among N processes, the main process merges.

Exports are independent until the merge. They are split into N shares of about equal bytes; the
main process reads the first share itself and ``N - 1`` spawned workers read the others. A worker
re-opens the run's inputs (discovery reads names only; the same inputs give the same exports in the
same order — an :class:`~dataexam.archive.Archive` holds open zip files and cannot be sent to
another process) and reads the exports it was given. Each export's events are encoded, sorted and
written as sorted runs into the run's private temporary folder (0700, files 0600;
:class:`~dataexam.normalise.PrivateTempDir`). The main process merges every share's runs with the
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
crosses members. The cost of a member is its size times the parser's
:attr:`~dataexam.parser.Parser.parse_cost`; members no handler reads (photos, videos) cost nothing.
"""

from __future__ import annotations

import os
import pickle
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from .archive import ArchiveLimits
from .errors import WorkerFailed
from .events import Event, ParseIssue
from .normalise import MergeStats, PrivateTempDir, merge_runs, sort_into_runs
from .workers import Worker

if TYPE_CHECKING:
    from .api import Export, RunStats
    from .registry import Registry

MIN_WORKER_SPILL = 4 * 1024 * 1024
#: below this estimated cost (bytes x parse_cost; about 0.2 s of parsing) a worker's start-up
#: (a new interpreter importing dataexam, ~0.3 s) costs more than it saves: one process reads all
MIN_PARALLEL_COST = 6_000_000

#: what :func:`dataexam.api.scan_counts` returns: records per kind, first and last time, undated
#: records, issues, issues per code
ScanCounts = tuple[dict[str, int], datetime | None, datetime | None, int, int, dict[str, int]]


def default_jobs() -> int:
    """Worker processes by default: the CPUs this process may run on (``os.sched_getaffinity``)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # not on Linux
        return max(1, os.cpu_count() or 1)


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
    #: how many members the export had when the run planned it (a worker checks it re-opened the same)
    member_count: int = -1


@dataclass
class _Result:
    dated: list[str]
    undated: list[str]
    issues: list[ParseIssue]
    issue_count: int
    issue_summary: Counter[tuple[str, str]]
    kinds_read: int
    merge: MergeStats = field(default_factory=MergeStats)


def can_run(exports: Sequence[Export], encode: Callable[[Event], bytes], jobs: int) -> bool:
    """Whether a parallel parse is possible and useful: several exports or one that its parser may
    split, each re-openable, enough work to repay a worker's start-up (:data:`MIN_PARALLEL_COST`),
    and an encoder another process can import (a module-level function)."""
    if jobs <= 1 or not exports or any(e.reopen is None for e in exports):
        return False
    if len(exports) < 2 and not (exports[0].parser.member_split and len(exports[0].archive.members()) > 1):
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


def _parse_many(tasks: list[_Task]) -> list[_Result]:
    """In a worker: open the run's inputs again and read the exports (or parts) of ``tasks`` in turn."""
    from . import api

    spec = tasks[0].spec
    exports = api.open_exports(list(spec.paths), source=spec.source, limits=spec.limits, registry=spec.registry,
                               not_exports=[], per_account=spec.per_account)
    try:
        results = []
        for task in tasks:
            if task.index >= len(exports) or exports[task.index].name != task.name or (
                    task.member_count >= 0 and len(exports[task.index].archive.members()) != task.member_count):
                raise WorkerFailed("the inputs changed while the run was reading them; run it again")
            results.append(_parse_export(exports[task.index], task))
    finally:
        api.close_exports(exports)
    return results


def _parse_export(export: Export, task: _Task) -> _Result:
    from . import api

    stats = api.RunStats()
    merge = MergeStats()
    first_member = min(task.members) if task.members else 0
    tmp = PrivateTempDir.within(task.tmp_path, f"w{task.index:04d}-{first_member:06d}")
    keep = None if task.members is None else _issue_filter(export, task.members, task.first)
    export.parser.only_members = task.members
    try:
        dated, undated = sort_into_runs(api._filtered([export], stats, task.kinds, task.since, task.until,
                                                      keep_issue=keep),
                                        task.encode, tmp, spill_bytes=task.spill_bytes, stats=merge)
    finally:
        export.parser.only_members = None
    return _Result(dated, undated, stats.issues, stats.issue_count, stats.issue_summary, merge.events_in, merge)


def _issue_filter(export: Export, members: frozenset[int], first: bool) -> Callable[[ParseIssue], bool]:
    """Whether a part keeps an issue: it names one of the part's members, or (first part only) no
    member of the export at all (an archive-level issue, a fault of the export as a whole)."""
    everything = export.archive.members()
    mine = {everything[i].path for i in members if i < len(everything)}
    others = {m.path for m in everything} - mine

    def keep(issue: ParseIssue) -> bool:
        return issue.member in mine or (first and issue.member not in others)

    return keep


def _issues_in_member_order(exports: Sequence[Export], results: dict[tuple[int, int], _Result]) -> list[_Result]:
    """The parts' results, one per export, its parts' issues merged into the order a single process
    reports them (by the member they name, in ``archive.members()`` order; issues naming no member
    first), so warnings, ``--strict`` and the kept first ``MAX_KEPT_ISSUES`` do not depend on
    ``--jobs``. Each part's issues are already in member order (it reads its members in that order)
    and capped the same way, so the first kept issues overall are among the parts' kept ones."""
    by_export: dict[int, list[_Result]] = {}
    for (e, _first), result in sorted(results.items()):
        by_export.setdefault(e, []).append(result)
    out = []
    for e, parts in sorted(by_export.items()):
        if len(parts) == 1:
            out.append(parts[0])
            continue
        index = {m.path: i for i, m in enumerate(exports[e].archive.members())}
        issues = sorted(((index.get(issue.member, -1), p, n), issue)
                        for p, part in enumerate(parts) for n, issue in enumerate(part.issues))
        summary: Counter[tuple[str, str]] = Counter()
        for part in parts:
            summary.update(part.issue_summary)
        merge = MergeStats()
        merge.events_in = sum(p.merge.events_in for p in parts)
        merge.runs_spilled = sum(p.merge.runs_spilled for p in parts)
        out.append(_Result([], [], [issue for _k, issue in issues], sum(p.issue_count for p in parts), summary,
                           sum(p.kinds_read for p in parts), merge))
    return out


def _fold(results: Sequence[_Result], stats: RunStats) -> None:
    """Add the exports' issues and counters to the run's ``stats``, in export order: the issues kept
    (and passed to ``on_issue``) are the first ``MAX_KEPT_ISSUES`` as in a single-process run; every
    issue is counted and summarised."""
    for result in results:
        for issue in result.issues:
            stats.add_issue(issue)
        hidden = result.issue_count - len(result.issues)
        if hidden:  # issues past the share's cap: counted and summarised, not kept
            stats.issue_count += hidden
            kept = Counter((i.member, i.code) for i in result.issues)
            stats.issue_summary.update(result.issue_summary - kept)
        stats.merge.events_in += result.merge.events_in
        stats.merge.runs_spilled += result.merge.runs_spilled


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
    size times the parser's ``parse_cost``; 0 for members no handler reads."""
    parser = export.parser
    costs = []
    for member in export.archive.members():
        rule = parser.classify(member.path)
        costs.append(member.size * parser.parse_cost if rule is not None and rule.handler is not None else 0.0)
    return costs


#: an export is cut into pieces of at most this share of one process's work (finer = better balance)
PIECES_PER_SHARE = 4


def plan(costs: Sequence[Sequence[float]], splittable: Sequence[bool],
         jobs: int) -> list[list[tuple[int, frozenset[int] | None]]]:
    """Share the work of a run among ``jobs`` processes: per share, ``(export index, member indices)``
    in export order, the indices ``None`` for a whole export.

    ``costs`` are :func:`member_costs` per export. An export that may be split and costs more than
    half a share is cut into consecutive-member pieces of at most ``share / PIECES_PER_SHARE``
    (a member is never cut); pieces and whole exports go largest first onto the lightest share;
    the pieces of one export that land on one share are read together (one set-up pass).
    """
    total = sum(sum(c) for c in costs)
    target = total / max(1, jobs)
    units: list[tuple[int, list[int]]] = []
    unit_cost: list[float] = []
    for e, member_cost in enumerate(costs):
        export_cost = sum(member_cost)
        if jobs > 1 and splittable[e] and export_cost > target / 2 and len(member_cost) > 1:
            cap = target / PIECES_PER_SHARE
            piece: list[int] = []
            load = 0.0
            for i, c in enumerate(member_cost):
                if piece and load + c > cap:
                    units.append((e, piece))
                    unit_cost.append(load)
                    piece, load = [], 0.0
                piece.append(i)
                load += c
            if piece:
                units.append((e, piece))
                unit_cost.append(load)
        else:
            units.append((e, list(range(len(member_cost)))))
            unit_cost.append(export_cost)
    shares = _shares(unit_cost, min(jobs, len(units))) if units else []
    out: list[list[tuple[int, frozenset[int] | None]]] = []
    for share in shares:
        by_export: dict[int, set[int]] = {}
        for u in share:
            e, members = units[u]
            by_export.setdefault(e, set()).update(members)
        out.append([(e, None if len(m) == len(costs[e]) else frozenset(m)) for e, m in sorted(by_export.items())])
    return out


def parse_in_workers(exports: Sequence[Export], encode: Callable[[Event], bytes], *, jobs: int,
                     kinds: Sequence[str] | None, since: datetime | None, until: datetime | None,
                     tmp: PrivateTempDir, spill_bytes: int, stats: RunStats) -> Iterator[tuple[str, str, bytes]]:
    """``(kind, key, payload)`` of the timeline, as :func:`dataexam.normalise.chronological_encoded`
    yields it, with each export parsed in one of ``jobs`` worker processes.

    Issues, their summary and the merge counters are added to ``stats`` in export order (the
    kept issues capped as in a single-process run); ``stats.on_event`` hears the events read as
    each export finishes.
    """
    # The main process reads one share itself (one interpreter fewer: less memory, no start-up wait);
    # ``jobs - 1`` spawned workers read the others.
    costs = [member_costs(e) for e in exports]
    # never more processes than CPUs: `--jobs 64` on 2 cores would start 63 interpreters (~2 GB) to
    # run no faster
    shares = plan(costs, [e.parser.member_split for e in exports], min(jobs, default_jobs()))
    # The sort budget is the run's, shared by its processes, halved: each extra process already costs
    # an interpreter (~35 MB), and smaller sorted runs only mean more of them to merge (at most
    # MAX_FAN_IN at once). With 2 processes: 4 MiB each (a 2 GB persona: tree peak 117 MB at 8 MiB).
    per_worker = max(spill_bytes // (2 * max(1, len(shares))), min(spill_bytes, MIN_WORKER_SPILL))
    parts: dict[int, list[frozenset[int] | None]] = {}
    for share in shares:
        for e, members in share:
            parts.setdefault(e, []).append(members)

    def task(e: int, members: frozenset[int] | None) -> _Task:
        export = exports[e]
        assert export.reopen is not None
        spec, index = export.reopen
        # the export's first part (the one reading its lowest member) keeps its archive-level issues
        first = members is None or min(members, default=0) == min(min(m, default=0) for m in parts[e] if m)
        return _Task(spec, index, export.name, kinds, since, until, encode, tmp.path, per_worker, members, first,
                     len(costs[e]))

    def order(e: int, members: frozenset[int] | None) -> tuple[int, int]:
        return e, min(members, default=0) if members else 0

    results: dict[tuple[int, int], _Result] = {}
    workers: list[tuple[list[tuple[int, frozenset[int] | None]], Worker]] = []
    finished = False
    try:
        for n, share in enumerate(shares[1:], 1):
            workers.append((share, Worker(_parse_many, ([task(e, m) for e, m in share],), tmp.path, f"worker{n}")))
        read = 0
        for e, m in (shares[0] if shares else []):  # with a single share, no worker was started
            results[order(e, m)] = result = _parse_export(exports[e], task(e, m))
            read += result.kinds_read
            if stats.on_event is not None:
                stats.on_event(read)
        for share, worker in workers:
            for (e, m), result in zip(share, worker.result(), strict=True):
                results[order(e, m)] = result
                read += result.kinds_read
            if stats.on_event is not None:
                stats.on_event(read)
        finished = True
    finally:
        if not finished:  # Ctrl-C, SIGTERM or an error: no worker may go on writing into the folder
            for _share, worker in workers:
                worker.kill()
    ordered = [results[k] for k in sorted(results)]  # export order, then member order within an export
    _fold(_issues_in_member_order(exports, results), stats)
    yield from merge_runs([p for r in ordered for p in r.dated], [p for r in ordered for p in r.undated],
                          stats=stats.merge)


def _scan_many(spec: OpenSpec, indices: list[int], names: list[str]) -> list[ScanCounts]:
    from . import api

    exports = api.open_exports(list(spec.paths), source=spec.source, limits=spec.limits, registry=spec.registry,
                               not_exports=[], per_account=spec.per_account)
    try:
        if any(i >= len(exports) or exports[i].name != n for i, n in zip(indices, names, strict=True)):
            raise WorkerFailed("the inputs changed while the run was reading them; run it again")
        return [api.scan_counts(exports[i]) for i in indices]
    finally:
        api.close_exports(exports)


def scan_in_workers(exports: Sequence[Export], jobs: int) -> list[ScanCounts]:
    """:func:`dataexam.api.scan_counts` of every export, in export order, counted in ``jobs`` processes
    (the main process counts one share itself)."""
    from . import api

    shares = _shares([sum(member_costs(e)) for e in exports], min(jobs, default_jobs(), len(exports)))
    by_index: dict[int, ScanCounts] = {}
    workers: list[tuple[list[int], Worker]] = []
    finished = False
    tmp = PrivateTempDir()
    try:
        for n, share in enumerate(shares[1:], 1):
            reopen = [exports[i].reopen for i in share]
            spec = reopen[0][0]  # type: ignore[index]  # scan checked every export has one
            indices = [r[1] for r in reopen if r is not None]
            workers.append((share, Worker(_scan_many, (spec, indices, [exports[i].name for i in share]),
                                          tmp.path, f"scan{n}")))
        for i in shares[0]:
            by_index[i] = api.scan_counts(exports[i])
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
