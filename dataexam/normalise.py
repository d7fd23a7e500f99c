"""Chronological, de-duplicated merge of events from every input, in bounded memory.

Parsers yield events in file order (tweets are not sorted even inside one file). The normaliser
sorts them with an external merge sort: events are pickled into an in-memory run; when the run
passes ``spill_bytes`` it is sorted and written to a private temporary folder, and at the end the
runs are merged with :func:`heapq.merge`. Memory is bounded by the run size, not the archive size.

De-duplication: two archives of one account taken months apart, the classic archive's
``tweets.csv`` beside its ``.js`` files, a Messenger message repeated across split files, and an
Amazon order in a legacy and a 2025 export all yield events with the same ``key``. In time order,
copies of one record sit within a short window of each other (an Amazon order report gives only
the day, the order file the second), so a key seen within ``dedup_window`` of an earlier event with
the same key is dropped; the first copy in time order is kept.

Undated events (X likes and follows, declared interests, profile facts) are kept, never dropped:
they follow all dated events, ordered by key, de-duplicated by key.
"""

from __future__ import annotations

import heapq
import os
import pickle
import shutil
import tempfile
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from typing import IO

from .events import Event

MiB = 1024 * 1024
DEFAULT_SPILL_BYTES = 48 * MiB
DEFAULT_DEDUP_WINDOW = timedelta(days=2)

_Entry = tuple[float, str, bytes]  # (timestamp, key, pickled event)
_UNDATED = float("inf")


class PrivateTempDir:
    """A temporary folder readable by the owner only, removed on close (and by ``with``)."""

    def __init__(self, parent: str | None = None) -> None:
        self.path = tempfile.mkdtemp(prefix="dataexam-", dir=parent)  # mkdtemp creates it 0700
        os.chmod(self.path, 0o700)
        self._count = 0

    def new_file(self, suffix: str = "") -> tuple[str, IO[bytes]]:
        """Create a new 0600 file inside the folder, opened for binary writing."""
        self._count += 1
        path = os.path.join(self.path, f"{self._count:05d}{suffix}")
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        return path, os.fdopen(fd, "wb")

    def close(self) -> None:
        shutil.rmtree(self.path, ignore_errors=True)

    def __enter__(self) -> PrivateTempDir:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@dataclass
class MergeStats:
    """What the normaliser did: events in and out, duplicates dropped, runs spilled."""

    events_in: int = 0
    events_out: int = 0
    duplicates: int = 0
    undated: int = 0
    runs_spilled: int = 0
    duplicate_kinds: dict[str, int] = field(default_factory=dict)


class _RunWriter:
    """Buffers pickled events; spills sorted runs to disk when the buffer grows too large."""

    def __init__(self, spill_bytes: int, tmp: PrivateTempDir | None, stats: MergeStats, name: str) -> None:
        self.spill_bytes = spill_bytes
        self.tmp = tmp
        self.stats = stats
        self.name = name
        self.buffer: list[_Entry] = []
        self.buffered = 0
        self.runs: list[str] = []

    def add(self, entry: _Entry) -> None:
        self.buffer.append(entry)
        self.buffered += len(entry[2]) + 120  # the tuple, key and float cost ~120 bytes more
        if self.buffered >= self.spill_bytes:
            self._spill()

    def _spill(self) -> None:
        if self.tmp is None:
            self.tmp = PrivateTempDir()
        self.buffer.sort(key=_entry_order)
        path, fh = self.tmp.new_file(f".{self.name}.run")
        with fh:
            dump = pickle.Pickler(fh, protocol=pickle.HIGHEST_PROTOCOL).dump
            for entry in self.buffer:
                dump(entry)
        self.runs.append(path)
        self.stats.runs_spilled += 1
        self.buffer = []
        self.buffered = 0

    def sorted_entries(self) -> Iterator[_Entry]:
        self.buffer.sort(key=_entry_order)
        if not self.runs:
            buffer, self.buffer = self.buffer, []
            yield from buffer
            return
        streams = [_read_run(path) for path in self.runs]
        buffer, self.buffer = self.buffer, []
        yield from heapq.merge(*streams, iter(buffer), key=_entry_order)


def _entry_order(entry: _Entry) -> tuple[float, str]:
    return entry[0], entry[1]


def _read_run(path: str) -> Iterator[_Entry]:
    with open(path, "rb", buffering=1024 * 1024) as fh:
        load = pickle.Unpickler(fh).load
        while True:
            try:
                yield load()
            except EOFError:
                break
    os.unlink(path)  # a consumed run is removed at once; the folder goes at close


def chronological(events: Iterable[Event], *, spill_bytes: int = DEFAULT_SPILL_BYTES,
                  dedup_window: timedelta = DEFAULT_DEDUP_WINDOW, tmp: PrivateTempDir | None = None,
                  stats: MergeStats | None = None) -> Iterator[Event]:
    """Yield ``events`` in time order, duplicates removed; undated events last (ordered by key).

    Memory stays near ``spill_bytes``; larger inputs spill sorted runs into ``tmp`` (a private
    temporary folder created on demand and removed when the generator finishes or is closed).
    """
    stats = stats if stats is not None else MergeStats()
    own_tmp = tmp is None
    dated = _RunWriter(spill_bytes, tmp, stats, "dated")
    undated = _RunWriter(spill_bytes, tmp, stats, "undated")
    dumps = pickle.dumps
    protocol = pickle.HIGHEST_PROTOCOL
    try:
        for event in events:
            stats.events_in += 1
            blob = dumps(event, protocol)
            if event.time is None:
                undated.add((_UNDATED, event.key, blob))
            else:
                dated.add((event.time.timestamp(), event.key, blob))
        if undated.tmp is None and dated.tmp is not None:
            undated.tmp = dated.tmp
        yield from _dedup_window(dated.sorted_entries(), dedup_window.total_seconds(), stats)
        last_key: str | None = None
        for _, key, blob in undated.sorted_entries():
            if key == last_key:
                _count_duplicate(stats, blob)
                continue
            last_key = key
            stats.undated += 1
            stats.events_out += 1
            yield pickle.loads(blob)
    finally:
        if own_tmp:
            for writer in (dated, undated):
                if writer.tmp is not None:
                    writer.tmp.close()


def _dedup_window(entries: Iterator[_Entry], window: float, stats: MergeStats) -> Iterator[Event]:
    recent: dict[str, float] = {}
    order: deque[tuple[float, str]] = deque()
    for ts, key, blob in entries:
        horizon = ts - window
        while order and order[0][0] < horizon:
            old_ts, old_key = order.popleft()
            if recent.get(old_key) == old_ts:
                del recent[old_key]
        if key in recent:
            _count_duplicate(stats, blob)
            continue
        recent[key] = ts
        order.append((ts, key))
        stats.events_out += 1
        yield pickle.loads(blob)


def _count_duplicate(stats: MergeStats, blob: bytes) -> None:
    stats.duplicates += 1
    kind = pickle.loads(blob).kind
    stats.duplicate_kinds[kind] = stats.duplicate_kinds.get(kind, 0) + 1
