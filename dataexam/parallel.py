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

Workers are started with ``spawn`` (never ``fork``: the parent holds open zip files), ignore
SIGINT (the main process handles Ctrl-C) and are terminated when the run ends early, before the
temporary folder is removed. Within one export parsers keep state across members (Facebook's
owner from all threads, X's manifest and long posts, classic CSV times, Amazon's key counters), so
one export is never split between workers.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import pickle
import signal
import threading
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from .archive import ArchiveLimits
from .events import Event, ParseIssue
from .normalise import MergeStats, PrivateTempDir, merge_runs, sort_into_runs

if TYPE_CHECKING:
    from .api import Export, RunStats
    from .registry import Registry

MIN_WORKER_SPILL = 4 * 1024 * 1024

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
    """Whether a parallel parse is possible and useful: several exports, each re-openable, and an
    encoder another process can import (a module-level function)."""
    if jobs <= 1 or len(exports) < 2 or any(e.reopen is None for e in exports):
        return False
    try:
        pickle.dumps((encode, exports[0].reopen))
    except Exception:  # a lambda, a bound method of a local codec, a registry of local classes
        return False
    return True


@contextlib.contextmanager
def _sigint_ignored_in_children() -> Iterator[None]:
    """Workers are started (on submit) with SIGINT ignored, inherited across exec: a Ctrl-C at the
    terminal reaches the whole process group, and only the main process must act on it (it ends the
    workers), even while a worker is still starting up."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _worker_init() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the main process handles Ctrl-C and ends the workers


def _parse_many(tasks: list[_Task]) -> list[_Result]:
    """In a worker: open the run's inputs again and read the exports of ``tasks`` one after another."""
    from . import api

    spec = tasks[0].spec
    exports = api.open_exports(list(spec.paths), source=spec.source, limits=spec.limits, registry=spec.registry,
                               not_exports=[], per_account=spec.per_account)
    try:
        results = []
        for task in tasks:
            if task.index >= len(exports) or exports[task.index].name != task.name:
                raise RuntimeError("the inputs changed while the run was reading them; run it again")
            results.append(_parse_export(exports[task.index], task))
    finally:
        api.close_exports(exports)
    return results


def _parse_export(export: Export, task: _Task) -> _Result:
    from . import api

    stats = api.RunStats()
    merge = MergeStats()
    tmp = PrivateTempDir.within(task.tmp_path, f"w{task.index:04d}")
    dated, undated = sort_into_runs(api._filtered([export], stats, task.kinds, task.since, task.until),
                                    task.encode, tmp, spill_bytes=task.spill_bytes, stats=merge)
    return _Result(dated, undated, stats.issues, stats.issue_count, stats.issue_summary, merge.events_in, merge)


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


def _shares(sizes: Sequence[int], n: int) -> list[list[int]]:
    """Export indices in ``n`` shares of about equal bytes (largest first onto the lightest share)."""
    shares: list[list[int]] = [[] for _ in range(n)]
    loads = [0] * n
    for i in sorted(range(len(sizes)), key=lambda i: (-sizes[i], i)):
        k = loads.index(min(loads))
        shares[k].append(i)
        loads[k] += sizes[i]
    return [sorted(s) for s in shares if s]


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
    shares = _shares([sum(m.size for m in e.archive.members()) for e in exports], min(jobs, len(exports)))
    per_worker = max(spill_bytes // len(shares), min(spill_bytes, MIN_WORKER_SPILL))
    tasks = []
    for export in exports:
        assert export.reopen is not None
        spec, index = export.reopen
        tasks.append(_Task(spec, index, export.name, kinds, since, until, encode, tmp.path, per_worker))
    by_index: dict[int, _Result] = {}
    # ProcessPoolExecutor, not multiprocessing.Pool: a worker that dies (killed for memory) raises
    # BrokenProcessPool here instead of leaving the run waiting for ever
    pool = ProcessPoolExecutor(len(shares) - 1, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_worker_init)
    finished = False
    try:
        with _sigint_ignored_in_children():
            pending = [(share, pool.submit(_parse_many, [tasks[i] for i in share])) for share in shares[1:]]
        read = 0
        for i in shares[0]:
            by_index[i] = result = _parse_export(exports[i], tasks[i])
            read += result.kinds_read
            if stats.on_event is not None:
                stats.on_event(read)
        for share, future in pending:
            for i, result in zip(share, future.result(), strict=True):
                by_index[i] = result
                read += result.kinds_read
            if stats.on_event is not None:
                stats.on_event(read)
        finished = True
    finally:
        if not finished:  # Ctrl-C, SIGTERM or an error: no worker may go on writing into the folder
            _terminate(pool)
        pool.shutdown(wait=True, cancel_futures=True)
    results = [by_index[i] for i in range(len(exports))]
    _fold(results, stats)
    yield from merge_runs([p for r in results for p in r.dated], [p for r in results for p in r.undated],
                          stats=stats.merge)


def _scan_many(spec: OpenSpec, indices: list[int], names: list[str]) -> list[ScanCounts]:
    from . import api

    exports = api.open_exports(list(spec.paths), source=spec.source, limits=spec.limits, registry=spec.registry,
                               not_exports=[], per_account=spec.per_account)
    try:
        if any(i >= len(exports) or exports[i].name != n for i, n in zip(indices, names, strict=True)):
            raise RuntimeError("the inputs changed while the run was reading them; run it again")
        return [api.scan_counts(exports[i]) for i in indices]
    finally:
        api.close_exports(exports)


def scan_in_workers(exports: Sequence[Export], jobs: int) -> list[ScanCounts]:
    """:func:`dataexam.api.scan_counts` of every export, in export order, counted in ``jobs`` processes
    (the main process counts one share itself)."""
    from . import api

    shares = _shares([sum(m.size for m in e.archive.members()) for e in exports], min(jobs, len(exports)))
    by_index: dict[int, ScanCounts] = {}
    pool = ProcessPoolExecutor(len(shares) - 1, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_worker_init)
    finished = False
    try:
        pending = []
        for share in shares[1:]:
            reopen = [exports[i].reopen for i in share]
            spec = reopen[0][0]  # type: ignore[index]  # scan checked every export has one
            indices = [r[1] for r in reopen if r is not None]
            with _sigint_ignored_in_children():
                pending.append((share, pool.submit(_scan_many, spec, indices, [exports[i].name for i in share])))
        for i in shares[0]:
            by_index[i] = api.scan_counts(exports[i])
        for share, future in pending:
            for i, counts in zip(share, future.result(), strict=True):
                by_index[i] = counts
        finished = True
    finally:
        if not finished:
            _terminate(pool)
        pool.shutdown(wait=True, cancel_futures=True)
    return [by_index[i] for i in range(len(exports))]


def _terminate(pool: ProcessPoolExecutor) -> None:
    """End the pool's workers at once (a run ended early: no worker may go on writing)."""
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        if process.is_alive():
            process.terminate()
