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
the same key is dropped; the first copy in time order is kept, except that a copy with a time of day
replaces a date-only one (:func:`_dedup_window`). Of copies at one instant, the one with the most attributes
is kept, then the one from the newest download (``recency``: :func:`dataexam.api.download_order`, the
export's era): a tweet edited between a 2019 and a 2024 archive keeps its 2024 text (T25B), where the
input's name had decided (``twitter-2019`` sorts first).

Undated events (X likes and follows, declared interests, profile facts) are kept, never dropped:
they follow all dated events, ordered by key, de-duplicated by key.

Several accounts (``--per-account``): a key says *which* record, not *whose*. An X like is keyed by
the liked tweet's id, a follow by the followed account's, a declared interest, an ad interest or a
profile fact (gender, registration time) by its content, a Messenger or X DM message by its
conversation, sender, time and text, which both participants' exports hold alike. Two people who
liked one tweet, or who are both women, give equal keys, and one of the two records was dropped as
a duplicate. So in a run that holds several accounts of one source, the key each entry is sorted
and de-duplicated by is qualified by its export's account (``accounts``: ``origin.archive`` → a hash
of the account, :func:`~dataexam.events.account_hash`; exports that name none, such as Amazon's or
an X archive without ``account.js``, share the empty tag): copies within one account (a zip and its
unpacked copy, two downloads months apart) are still one record, two people's records never are.
A message both participants exported is kept twice, one copy under each account: each is a record
of that person's export (what could be learnt from *their* data, as each ``report --per-account``
counts it). The qualification never leaves the merge: the key yielded (and written) is the
record's own, as in a one-account run, so ``--append`` matches it against a database's keys the
same way (:mod:`dataexam.writers` keeps whose each row is where a database holds several accounts).
A run with one account per source (``accounts`` ``None``) sorts exactly the entries it did before.
"""

from __future__ import annotations

import heapq
import os
import pickle
import tempfile
import zlib
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import IO, Any

from .events import (
    FOLDER_THREADED_KINDS,
    SNAPSHOT_KINDS,
    THREAD_FIELDS,
    THREAD_STATE_FOLDERS,
    THREADED_KINDS,
    UNTITLED_THREAD,
    Event,
    TimeSource,
    make_event,
    make_origin,
)
from .tempdirs import PrivateTempDir

MiB = 1024 * 1024
DEFAULT_SPILL_BYTES = 16 * MiB  # 1.5-2.5x that in real memory (object and malloc overhead, measured)
#: the least sort buffer :func:`spill_bytes_for` gives where memory is tight
MIN_SPILL_BYTES = 2 * MiB
#: what a process takes besides its sort buffer (interpreter, imports, read buffers; ~40 MB measured)
PROCESS_BASE_BYTES = 40_000_000


def spill_bytes_for(room: int | None) -> int:
    """The sort buffer for a run with ``room`` bytes of memory left (:func:`dataexam.memory.headroom`;
    ``None``: unknown): :data:`DEFAULT_SPILL_BYTES`, less where the memory left past a process's own
    needs would not hold ~3× it (the buffer's real size), down to :data:`MIN_SPILL_BYTES`.

    Measured in a cgroup memory limit (`timeline --jobs 1` of the 100 MB persona): at 16 MiB the process
    peaked at 66 MB and a 50 MB limit killed it; at 4 MiB it peaked at 45 MB and finished, with the same
    output and no slower there (5.51-5.96 s against 5.82-6.00 s). Smaller runs mean more of them, and
    past the fan-in (:func:`fan_in`: 209 runs at 4 MiB) the merge takes one more pass, hence not the default.
    """
    if room is None:
        return DEFAULT_SPILL_BYTES
    return max(MIN_SPILL_BYTES, min(DEFAULT_SPILL_BYTES, (room - PROCESS_BASE_BYTES) // 3))
DEFAULT_DEDUP_WINDOW = timedelta(days=2)

# (timestamp, key, kind, copy rank, encoded event). Of the copies of one record at one instant the
# first in rank is kept: the one with the most attributes (a later export era often adds a field, such
# as X's login port; for a list entry of SNAPSHOT_KINDS the newest download's first, then the most attributes),
# then the one from the newest download (``recency``), then the one read from the input,
# member and record that sort first. It was their
# encoded bytes, so the copy kept changed with the encoding (JSON Lines, SQLite rows, the report's
# pickles): the API and the report could keep another copy than the CLI's timeline (issue 16).
_Entry = tuple[float, str, str, tuple[bool, int, int, str, str, int], "bytes | HeldEvent"]
_UNDATED = float("inf")
#: ``origin.archive`` → the tag (an account hash, or ``""``) of the account its records are de-duplicated
#: under, in a run holding several accounts of a source (:func:`dataexam.api.dedup_accounts`)
AccountTags = Mapping[str, str]
#: between a key and its account tag in a sort entry; the tag (hex digits or nothing) holds none, so the
#: last one ends the record's own key whatever that key holds
_ACCOUNT_MARK = "\x00"
#: ``origin.archive`` → how new its export's download is (higher newer; :func:`dataexam.api.download_order`)
Recency = Mapping[str, int]
#: ``origin.archive`` → the download it is part of (:func:`dataexam.api.download_places`): a split download's
#: part-zips are one place for :func:`_dedup_window`'s numbering; an archive not listed is a place of its own
Places = Mapping[str, str]
#: how a writer's payload is given another key: ``(payload, old key, new key) -> payload``
#: (:func:`register_rekey`; an encoding that keeps the key beside the payload needs none)
Rekey = Callable[[bytes, str, str], bytes]
_REKEYS: dict[Callable[[Event], bytes], Rekey] = {}
#: between a record's key and its ordinal among the distinct records sharing it (:func:`_dedup_window`)
ORDINAL_MARK = "#"


def register_rekey(encode: Callable[[Event], bytes], rekey: Rekey) -> None:
    """Say how a payload made by ``encode`` that holds the event's key (a JSON Lines row, a pickled SQLite
    row) is given another key: the merge gives the second and later distinct records of a threaded kind
    that share a key an ordinal (:func:`_dedup_window`), and the payload must say the key the merge yields."""
    _REKEYS[encode] = rekey


def payload_rekey(encode: Callable[[Event], bytes]) -> Rekey | None:
    """The :data:`Rekey` registered for ``encode``, or ``None`` (its payloads hold no key, or say the record's
    own key: an unregistered encoder's rows then keep the key without its ordinal, the yielded key has it)."""
    return _REKEYS.get(encode)


def _scopes(places: Places | None) -> Callable[[str, str, object], tuple[str, str, str]]:
    """``(download, *thread_scope)`` of a record read from an archive's member (the download: ``places``'
    name for the archive, else the archive), the same tuple object for a thread's records in a row (a thread
    file's messages come one after another): one object per thread file in a sort run's pickles."""
    last: list[Any] = [None, None, None, None]
    place_of = (places or {}).get

    def scope_of(archive: str, member: str, thread: object) -> tuple[str, str, str]:
        if member == last[1] and thread == last[2] and archive == last[0]:
            return last[3]  # type: ignore[no-any-return]
        last[:] = archive, member, thread, (place_of(archive, archive), *thread_scope(member, thread))
        return last[3]  # type: ignore[no-any-return]
    return scope_of


def _thread_of(event: Event) -> object:
    """The thread a record of a threaded kind was read in (:data:`~dataexam.events.THREAD_FIELDS`): a message's
    ``attrs.thread``, a reaction's title and URL (one text, those present); ``None`` when it names none."""
    attrs = event.attrs
    fields = THREAD_FIELDS.get(event.kind, ("thread",))
    if len(fields) == 1:
        if fields[0] == "text":  # a profile update's title is its text
            return event.text or UNTITLED_THREAD
        if event.kind in FOLDER_THREADED_KINDS:  # a post's or comment's title, else one thread per folder
            return attrs.get(fields[0]) or UNTITLED_THREAD
        return attrs.get(fields[0])
    return "\x1f".join(str(v) for name in fields if (v := attrs.get(name))) or None


def thread_scope(member: str, thread: object) -> tuple[str, str]:
    """Where a record of a :data:`~dataexam.events.THREADED_KINDS` kind was read, as the merge tells copies
    from distinct records by it: ``(the folder holding the thread, the thread)``.

    ``thread`` is the record's ``attrs.thread`` (a Messenger thread's folder name, or the file's stem where one
    file is the thread): ``messages/e2ee_cutover/olaberg_1/message_2.json`` →
    ``("messages/e2ee_cutover", "olaberg_1")`` (each ``message_N.json`` part of a long thread is one thread),
    ``messages/Ola Berg_1.json`` (an E2EE chat file) → ``("messages", "Ola Berg_1")``. The folders one download
    sorts its threads into by their state (:data:`~dataexam.events.THREAD_STATE_FOLDERS`) are one folder:
    ``messages/archived_threads/olaberg_1`` → ``("messages", "olaberg_1")``, as ``messages/inbox/olaberg_1`` (a
    chat the person archived is still a thread of the download beside the inbox's). Without a thread name the
    member's own name is the thread."""
    head, _, name = member.rpartition("/")
    if not (isinstance(thread, str) and thread):
        return head, name
    parent, _, last = head.rpartition("/")
    if last == thread:
        head = parent
        parent, _, last = head.rpartition("/")
    return (parent if last in THREAD_STATE_FOLDERS else head), thread


@dataclass
class MergeStats:
    """What the normaliser did: events in and out, duplicates dropped, runs spilled."""

    events_in: int = 0
    events_out: int = 0
    duplicates: int = 0
    undated: int = 0
    runs_spilled: int = 0
    #: bytes of the runs spilled because the input outgrew the sort's memory (not a worker's last run)
    spilled_bytes: int = 0
    #: bytes of every sorted run written (workers' last runs too): what the temporary folder held
    run_bytes: int = 0
    duplicate_kinds: dict[str, int] = field(default_factory=dict)


class _RunWriter:
    """Buffers encoded entries; spills sorted runs to disk when the buffer grows too large.

    An entry is ``(timestamp, key, kind, payload)``: plain tuples of a float, two strings and a
    bytes payload, so sorting compares them in C (no key function) and a run is written and read
    back with one pickle call per entry and no class lookups.
    """

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
        # the payload, plus the tuple, float, key string, bytes header and list slot (~300 bytes, measured
        # with tracemalloc on Messenger rows) and the copy rank (~60 bytes; its strings are shared); a
        # HeldEvent's length is its event's estimated size in memory
        self.buffered += len(entry[4]) + 360
        if self.buffered >= self.spill_bytes:
            self._spill()

    def spill_all(self) -> list[str]:
        """Write what is buffered as a last sorted run and return every run's path (for a parse
        worker: the main process merges the runs of every worker)."""
        if self.buffer:
            self._spill(counted=False)
        return self.runs

    def _spill(self, counted: bool = True) -> None:
        if self.tmp is None:
            self.tmp = PrivateTempDir()
        self.buffer.sort()
        path, fh = self.tmp.new_file(f".{self.name}.run")
        with fh:
            _write_entries(fh, map(_encoded_entry, self.buffer), self.tmp.compress)
            written = fh.tell()
        self.runs.append(path)
        self.stats.runs_spilled += counted
        self.stats.spilled_bytes += written if counted else 0
        self.stats.run_bytes += written
        self.buffer = []
        self.buffered = 0

    def sorted_entries(self) -> Iterator[_Entry]:
        if not self.runs:
            self.buffer.sort()
            buffer, self.buffer = self.buffer, []
            yield from buffer
            return
        if self.buffer:
            self._spill()  # merging then holds one small chunk per run, not a whole buffer as well
        yield from merge_run_files(self.runs, self.tmp.compress if self.tmp is not None else False, self.spill_bytes)


# A run file is a sequence of chunks: a 4-byte little-endian length word, then a pickle of _RUN_CHUNK
# entries — zlib-compressed when the length word's top bit is set. One Pickler (or Unpickler) over a
# whole run would keep a memo of every object it saw: memory growing with the run, and with the input
# while merging. Runs are compressed only where room is short or the folder is memory
# (:func:`dataexam.tempdirs.compress_runs`): zlib's level 1 packs the runs 3-6 times smaller at ~230 MB/s
# (decompressing ~420 MB/s; measured on X and persona runs), which costs a timeline ~20 % of its time.
_COMPRESSED = 1 << 31
_ZLIB_LEVEL = 1


def _write_entries(fh: IO[bytes], entries: Iterable[_Entry], compress: bool = False) -> None:
    chunk: list[_Entry] = []
    for entry in entries:
        chunk.append(entry)
        if len(chunk) >= _RUN_CHUNK:
            _write_chunk(fh, chunk, compress)
            chunk = []
    if chunk:
        _write_chunk(fh, chunk, compress)


def _write_chunk(fh: IO[bytes], chunk: list[_Entry], compress: bool) -> None:
    blob = _dumps(chunk, _PROTOCOL)
    if compress:
        blob = zlib.compress(blob, _ZLIB_LEVEL)
        fh.write((len(blob) | _COMPRESSED).to_bytes(4, "little"))
    else:
        fh.write(len(blob).to_bytes(4, "little"))
    fh.write(blob)


#: the fewest sorted runs read at once (where the sort's memory is smallest); more are first merged in
#: groups into longer runs (in the same private folder): one more pass over part of the data instead
#: of memory that grows with the input
MAX_FAN_IN = 64
#: memory one run takes while merging: its read buffer and one decoded chunk of :data:`_RUN_CHUNK`
#: entries (measured: 19.3 kB per run over 400 runs of Messenger-sized rows, 560-byte payloads; it was
#: 46.7 kB with a 16 KiB buffer and 32-entry chunks)
MERGE_RUN_BYTES = 20_000


def fan_in(spill_bytes: int) -> int:
    """How many sorted runs one merge reads at once: as many as the sort's own buffer (``spill_bytes``,
    already written out and released when the merge starts) holds at :data:`MERGE_RUN_BYTES` each —
    so merging never holds more than sorting did — at least :data:`MAX_FAN_IN`, and no more than half
    the open files allowed (``RLIMIT_NOFILE``) less 32 for the run's other files (inputs, output,
    pipes), down to 2 under a very low limit (``ulimit -n 70`` failed with "Too many open files" at 64).

    A 2 GB Messenger export spills 418 runs of 16 MiB: at a fan-in of 64 the merge first rewrote 384 of
    them (92 % of the data: 4.8 GB of runs written twice); at 16 MiB's 838 (480 where at most 1,024
    files may be open, Linux's usual soft limit) it reads them all at once (issue 16).
    """
    fit = max(MAX_FAN_IN, spill_bytes // MERGE_RUN_BYTES)
    soft = open_files_limit()
    return fit if soft is None else min(fit, max(2, soft // 2 - 32))


def open_files_limit() -> int | None:
    """This process's soft limit on open files (``RLIMIT_NOFILE``, what ``ulimit -n`` says), ``None`` where
    there is none or it cannot be read (Windows has no such limit to read)."""
    try:
        import resource

        soft, _hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    except (ImportError, OSError, ValueError):
        return None
    return None if soft == resource.RLIM_INFINITY else soft


def merge_run_files(paths: Sequence[str], compress: bool = False, spill_bytes: int = DEFAULT_SPILL_BYTES
                    ) -> Iterator[_Entry]:
    """The entries of the sorted run files ``paths``, merged in order (each file is removed once read).

    At most :func:`fan_in` (``spill_bytes``) runs are read at once. With more, groups of the smallest
    runs are first merged into one new run each (0600, beside them; compressed with ``compress``), as
    few as bring the count down to the fan-in, so the fewest entries are read twice: 100 runs at a
    fan-in of 64 take one merge of the 37 smallest (merging the first 64 read 64 twice).
    """
    width = fan_in(spill_bytes)
    pending = list(paths)
    if len(pending) > width:
        # the smallest runs first, as few as bring the count down (each merge of g runs removes g - 1);
        # a merged run goes back among the others by its size (a Huffman-style merge order)
        heap = [(_size(path), n, path) for n, path in enumerate(pending)]
        heapq.heapify(heap)
        n = len(heap)
        while len(heap) > width:
            group = [heapq.heappop(heap) for _ in range(min(width, len(heap) - width + 1))]
            fd, merged = tempfile.mkstemp(suffix=".merged.run", dir=os.path.dirname(group[0][2]) or None)  # 0600
            with os.fdopen(fd, "wb") as fh:
                _write_entries(fh, heapq.merge(*[_read_run(path) for _, _, path in group]), compress)
            heapq.heappush(heap, (sum(size for size, _, _ in group), n, merged))
            n += 1
        pending = [path for _, _, path in heap]
    return heapq.merge(*[_read_run(path) for path in pending])


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:  # gone: the merge's own read says so
        return 0


# Per run while merging: its read buffer and one decoded chunk (MERGE_RUN_BYTES). A buffer of 64 kB and
# chunks of 128 entries were ~9 MB at 64 runs, which showed as the timeline's growth from 100 MB (8 runs)
# to 2 GB (64 runs at once): 65 -> 76 MB (benchmarks/run.py, issue 16). A chunk (~10 kB) is longer than
# the buffer and read past it; the buffer serves the 4-byte length words.
_RUN_READ_BUFFER = 4 * 1024


_RUN_CHUNK = 16  # entries per pickle in a run file (~15 kB decoded per run while merging)


def _read_run(path: str) -> Iterator[_Entry]:
    with open(path, "rb", buffering=_RUN_READ_BUFFER) as fh:
        read = fh.read
        while True:
            head = read(4)
            if len(head) < 4:
                break
            size = int.from_bytes(head, "little")
            if size & _COMPRESSED:
                yield from _loads(zlib.decompress(read(size & ~_COMPRESSED)))
            else:
                yield from _loads(read(size))
    os.unlink(path)  # a consumed run is removed at once; the folder goes at close


def _encoded_entry(entry: _Entry) -> _Entry:
    """A sort entry as a run file holds it: a :class:`HeldEvent` payload as its :func:`portable_encode` bytes."""
    payload = entry[4]
    if type(payload) is HeldEvent:
        return (*entry[:4], payload.encoded())  # type: ignore[return-value]
    return entry


class HeldEvent:
    """An event held as itself in the sort's memory, pickled (:func:`portable_encode`) only if its run spills to
    disk: the report's in-process timeline (:func:`dataexam.api.timeline`) sorted every event's pickle and
    unpickled each one again (≈1.2 s of CPU on the 26 MB persona, 74,000 events; PERF31, issue 16).

    It sorts exactly as its :func:`portable_encode` bytes do (the last field of a sort entry, compared only
    where time, key, kind and copy rank tie), so the copy a merge keeps is the one ``jobs`` > 1 keeps.
    ``len()`` is what it is counted as in the sort buffer: half an estimate of the event's size in memory
    (measured with tracemalloc, beside the pickles' sizes: 1,215 against 353 bytes per event on the persona,
    908 against 223 on an X archive), so a run of held events may take up to twice the memory a run of pickles
    took (≈32 MB real at the default 16 MiB buffer, less where :func:`spill_bytes_for` gives less) before it
    spills: the demo export's 12,575 events then stay in memory (counted in full they would spill, and be pickled
    after all)."""

    __slots__ = ("_bytes", "event")

    def __init__(self, event: Event) -> None:
        self.event = event
        self._bytes: bytes | None = None

    def encoded(self) -> bytes:
        if self._bytes is None:
            self._bytes = portable_encode(self.event)
        return self._bytes

    def __len__(self) -> int:
        # an Event, its Origin, time and attrs dict ≈ 700 bytes, a text's characters (≥ 1 byte each, str
        # overhead aside), ~100 bytes per attribute (its value object and dict slot): 1,212 for a persona
        # Facebook record, 1,091 for an X record (measured 1,215 and 908 on average); counted at half
        event = self.event
        return (700 + len(event.text or "") * 2 + len(event.attrs) * 100) // 2

    def __lt__(self, other: object) -> bool:
        if type(other) is HeldEvent:
            return self.encoded() < other.encoded()
        return NotImplemented

    def __gt__(self, other: object) -> bool:
        if type(other) is HeldEvent:
            return self.encoded() > other.encoded()
        return NotImplemented


def hold_event(event: Event) -> HeldEvent:
    """The sort payload :class:`HeldEvent` of ``event`` (an encoder for :func:`chronological_encoded`): the event
    itself while its run stays in memory, :func:`portable_encode` bytes once spilled; :func:`held_decode` reads
    either back."""
    return HeldEvent(event)


def held_decode(payload: bytes | HeldEvent, key: str) -> Event:
    """The event of a payload :func:`hold_event` made: a held event as the one :func:`portable_decode` would give
    for its bytes (its time in UTC, its attributes a plain dict, the ``key`` the merge yields — a threaded kind's
    later copy is numbered), spilled bytes by :func:`portable_decode`."""
    if type(payload) is not HeldEvent:
        return portable_decode(payload, key)
    event = payload.event
    time = event.time
    attrs = event.attrs
    if (time is None or time.tzinfo is UTC) and type(attrs) is dict and event.key == key:
        return event
    if time is not None and time.tzinfo is not UTC:
        time = _from_micros(_micros(time))  # as a sort run gives it back: UTC
    return make_event(time, event.time_source, event.source, event.kind, event.actor, event.text,
                      attrs if type(attrs) is dict else dict(attrs), event.origin, key)


def portable_encode(event: Event) -> bytes:
    """An event as self-contained bytes (names spelled out, no per-process tables): what a parse
    worker sorts when the main process must decode the events (:func:`portable_decode`)."""
    origin = event.origin
    attrs = event.attrs
    return _dumps((_micros(event.time), _TIME_SOURCE_CODE[event.time_source], event.source, event.kind, event.actor,
                   event.text, attrs if type(attrs) is dict else dict(attrs), origin.archive, origin.member,
                   origin.index), _PROTOCOL)


def portable_decode(payload: bytes, key: str) -> Event:
    """The event :func:`portable_encode` encoded (``key`` travels beside the payload)."""
    micros, time_source, source, kind, actor, text, attrs, archive, member, index = _loads(payload)
    return make_event(_from_micros(micros),
                      _TIME_SOURCE_OF[time_source], source, kind, actor, text, attrs,
                      make_origin(archive, member, index), key)


# A time travels in a sort run as integer microseconds since 1970 UTC: pickling a datetime costs ~3x an
# int (its class is looked up by name on every dumps and loads), and the int → UTC datetime sum on
# the way back costs less than re-attaching a timezone (issue 16; the decode went from ~4.8 to ~3 µs).
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)


def _micros(time: datetime | None) -> int | None:
    return None if time is None else (time - _EPOCH) // _MICROSECOND


def _from_micros(micros: int | None) -> datetime | None:
    return None if micros is None else _EPOCH + timedelta(microseconds=micros)


class EventCodec:
    """Events to compact bytes and back, for the sort runs.

    An event is pickled as a plain tuple — no dataclass state, no enum — with its source, kind and
    origin (archive, member) replaced by small integers from tables kept here (a run of millions of
    events from a few hundred files repeats the same few strings); the key travels beside the
    payload in the sort entry and is not stored twice.
    """

    def __init__(self) -> None:
        self._names: dict[str, int] = {}
        self._name_list: list[str] = []
        self._origins: dict[tuple[str, str], int] = {}
        self._origin_list: list[tuple[str, str]] = []

    def _name(self, text: str) -> int:
        n = self._names.get(text)
        if n is None:
            n = self._names[text] = len(self._name_list)
            self._name_list.append(text)
        return n

    def encode(self, event: Event) -> bytes:
        origin = event.origin
        place = (origin.archive, origin.member)
        o = self._origins.get(place)
        if o is None:
            o = self._origins[place] = len(self._origin_list)
            self._origin_list.append(place)
        attrs = event.attrs
        return _dumps((_micros(event.time), _TIME_SOURCE_CODE[event.time_source], self._name(event.source),
                       self._name(event.kind), event.actor, event.text, attrs if type(attrs) is dict else dict(attrs),
                       o, origin.index), _PROTOCOL)

    def decode(self, payload: bytes, key: str) -> Event:
        micros, time_source, source, kind, actor, text, attrs, o, index = _loads(payload)
        archive, member = self._origin_list[o]
        names = self._name_list
        return make_event(_from_micros(micros),
                          _TIME_SOURCE_OF[time_source], names[source], names[kind], actor, text, attrs,
                          make_origin(archive, member, index), key)


_dumps = pickle.dumps
_loads = pickle.loads
_PROTOCOL = pickle.HIGHEST_PROTOCOL
# a time source as a small integer (its position in TimeSource), in both codecs
_TIME_SOURCE_OF = tuple(TimeSource)
_TIME_SOURCE_CODE = {t: n for n, t in enumerate(_TIME_SOURCE_OF)}
_DATE_ONLY = TimeSource.DATE_ONLY


def chronological(events: Iterable[Event], *, spill_bytes: int = DEFAULT_SPILL_BYTES,
                  dedup_window: timedelta = DEFAULT_DEDUP_WINDOW, tmp: PrivateTempDir | None = None,
                  stats: MergeStats | None = None, accounts: AccountTags | None = None,
                  recency: Recency | None = None, places: Places | None = None) -> Iterator[Event]:
    """Yield ``events`` in time order, duplicates removed; undated events last (ordered by key).

    Memory stays near ``spill_bytes``; larger inputs spill sorted runs into ``tmp`` (a private
    temporary folder created on demand and removed when the generator finishes or is closed).
    ``accounts``: records of different accounts are never one record (see the module's docstring);
    ``recency``: ``origin.archive`` → how new its download is (the newest's copy of a record is kept).
    """
    codec = EventCodec()
    decode = codec.decode
    for _kind, key, payload in chronological_encoded(events, codec.encode, spill_bytes=spill_bytes,
                                                     dedup_window=dedup_window, tmp=tmp, stats=stats,
                                                     accounts=accounts, recency=recency, places=places):
        yield decode(payload, key)


def chronological_encoded(events: Iterable[Event], encode: Callable[[Event], bytes], *,
                          spill_bytes: int = DEFAULT_SPILL_BYTES, dedup_window: timedelta = DEFAULT_DEDUP_WINDOW,
                          tmp: PrivateTempDir | None = None, stats: MergeStats | None = None,
                          accounts: AccountTags | None = None, recency: Recency | None = None,
                          places: Places | None = None) -> Iterator[tuple[str, str, bytes]]:
    """Like :func:`chronological`, but each event is encoded once as it is read and the timeline
    yields ``(kind, key, encode(event))``.

    A writer that needs bytes anyway (a JSON Lines row, a pickled SQLite row) sorts and merges
    its own output instead of events that must be pickled, unpickled and encoded again.
    ``accounts`` (``origin.archive`` → account tag, in a run holding several accounts of a source):
    records of different accounts are never one record.
    """
    stats = stats if stats is not None else MergeStats()
    own_tmp = tmp is None
    dated = _RunWriter(spill_bytes, tmp, stats, "dated")
    undated = _RunWriter(spill_bytes, tmp, stats, "undated")
    try:
        _fill(events, encode, dated, undated, stats, accounts, recency, places)
        if undated.tmp is None and dated.tmp is not None:
            undated.tmp = dated.tmp
        yield from _merged(dated.sorted_entries(), undated.sorted_entries(), dedup_window, stats,
                           accounts is not None, payload_rekey(encode))
    finally:
        if own_tmp:
            for writer in (dated, undated):
                if writer.tmp is not None:
                    writer.tmp.close()


def _fill(events: Iterable[Event], encode: Callable[[Event], bytes], dated: _RunWriter, undated: _RunWriter,
          stats: MergeStats, accounts: AccountTags | None = None, recency: Recency | None = None,
          places: Places | None = None) -> None:
    """Encode each event once into its sort entry, into the dated or the undated runs; with ``accounts``,
    each entry's key is qualified by its export's account (see the module's docstring)."""
    if accounts is not None:
        _fill_by_account(events, encode, dated, undated, stats, accounts, recency, places)
        return
    add_dated, add_undated = dated.add, undated.add
    newness = (recency or {}).get
    scope_of = _scopes(places)
    n = 0
    for event in events:
        n += 1
        time = event.time
        origin = event.origin
        rank = (event.time_source is _DATE_ONLY, -len(event.attrs), -newness(origin.archive, 0), origin.archive,
                origin.member, origin.index)
        if event.kind in SNAPSHOT_KINDS:  # the newest download's copy of a list entry first (SNAPSHOT_KINDS)
            rank = (event.time_source is _DATE_ONLY, -newness(origin.archive, 0), -len(event.attrs), origin.archive,
                    origin.member, origin.index)
        if event.kind in THREADED_KINDS:
            rank = (*rank, scope_of(origin.archive, origin.member, _thread_of(event)))
        if time is None:
            add_undated((_UNDATED, event.key, event.kind, rank, encode(event)))
        else:
            add_dated((time.timestamp(), event.key, event.kind, rank, encode(event)))
    stats.events_in += n


def _fill_by_account(events: Iterable[Event], encode: Callable[[Event], bytes], dated: _RunWriter,
                     undated: _RunWriter, stats: MergeStats, accounts: AccountTags,
                     recency: Recency | None = None, places: Places | None = None) -> None:
    """:func:`_fill` for a run holding several accounts of a source: every entry's key is the event's key,
    :data:`_ACCOUNT_MARK` and its export's account tag (``""`` for an export that names no account), so
    only copies under one account share a sort key; :func:`_merged` takes the tag off again. A loop of
    its own: the one-account loop, run over every record of multi-GB exports, stays as it was."""
    add_dated, add_undated = dated.add, undated.add
    tag_of = accounts.get
    newness = (recency or {}).get
    scope_of = _scopes(places)
    n = 0
    for event in events:
        n += 1
        time = event.time
        origin = event.origin
        rank = (event.time_source is _DATE_ONLY, -len(event.attrs), -newness(origin.archive, 0), origin.archive,
                origin.member, origin.index)
        if event.kind in SNAPSHOT_KINDS:  # the newest download's copy of a list entry first (SNAPSHOT_KINDS)
            rank = (event.time_source is _DATE_ONLY, -newness(origin.archive, 0), -len(event.attrs), origin.archive,
                    origin.member, origin.index)
        if event.kind in THREADED_KINDS:
            rank = (*rank, scope_of(origin.archive, origin.member, _thread_of(event)))
        key = f"{event.key}{_ACCOUNT_MARK}{tag_of(origin.archive, '')}"
        if time is None:
            add_undated((_UNDATED, key, event.kind, rank, encode(event)))
        else:
            add_dated((time.timestamp(), key, event.kind, rank, encode(event)))
    stats.events_in += n


def sort_into_runs(events: Iterable[Event], encode: Callable[[Event], bytes], tmp: PrivateTempDir, *,
                   spill_bytes: int = DEFAULT_SPILL_BYTES, stats: MergeStats | None = None,
                   accounts: AccountTags | None = None, recency: Recency | None = None,
                   places: Places | None = None) -> tuple[list[str], list[str]]:
    """The first half of :func:`chronological_encoded`, for a parse worker: encode and sort
    ``events`` into run files in ``tmp``; returns the paths of the dated and the undated runs
    (:func:`merge_runs` merges them, with those of other workers, given ``by_account`` when
    ``accounts`` is given here)."""
    stats = stats if stats is not None else MergeStats()
    dated = _RunWriter(spill_bytes, tmp, stats, "dated")
    undated = _RunWriter(spill_bytes, tmp, stats, "undated")
    _fill(events, encode, dated, undated, stats, accounts, recency, places)
    return dated.spill_all(), undated.spill_all()


def merge_runs(dated: Iterable[str], undated: Iterable[str], *, dedup_window: timedelta = DEFAULT_DEDUP_WINDOW,
               stats: MergeStats | None = None, compress: bool = False,
               spill_bytes: int = DEFAULT_SPILL_BYTES, by_account: bool = False,
               rekey: Rekey | None = None) -> Iterator[tuple[str, str, bytes]]:
    """The second half: merge run files (of any number of workers) into the timeline, as
    :func:`chronological_encoded` yields it — the same order and the same duplicates dropped, since
    the entries and their total order are the same however they were split into runs. Each run file
    is removed once read; runs merged in groups on the way are compressed with ``compress``; ``spill_bytes``,
    the run's sort memory, sets how many are read at once (:func:`fan_in`). ``by_account``: the runs
    were sorted with ``accounts`` (:func:`sort_into_runs`), their keys qualified by account. ``rekey``: how the
    payloads are given an ordinal key (:func:`payload_rekey` of the encoder the runs were sorted with)."""
    stats = stats if stats is not None else MergeStats()
    dated_entries = merge_run_files(list(dated), compress, spill_bytes)
    undated_entries = merge_run_files(list(undated), compress, spill_bytes)
    yield from _merged(dated_entries, undated_entries, dedup_window, stats, by_account, rekey)


def _merged(dated: Iterator[_Entry], undated: Iterator[_Entry], dedup_window: timedelta, stats: MergeStats,
            by_account: bool = False, rekey: Rekey | None = None) -> Iterator[tuple[str, str, bytes]]:
    """The timeline of the sorted entries, duplicates dropped; ``by_account``: the entries' keys carry an
    account tag (:func:`_fill_by_account`), compared with it and yielded without it."""
    merged = _merged_entries(dated, undated, dedup_window, stats, rekey)
    return _untagged(merged) if by_account else merged


def _untagged(entries: Iterator[tuple[str, str, bytes]]) -> Iterator[tuple[str, str, bytes]]:
    """The entries with their keys' account tags taken off (the record's own key)."""
    for kind, key, payload in entries:
        yield kind, key.rpartition(_ACCOUNT_MARK)[0], payload


def _merged_entries(dated: Iterator[_Entry], undated: Iterator[_Entry], dedup_window: timedelta,
                    stats: MergeStats, rekey: Rekey | None = None) -> Iterator[tuple[str, str, bytes]]:
    yield from _dedup_window(dated, dedup_window.total_seconds(), stats, rekey)
    last_key: str | None = None
    for _, key, kind, _rank, payload in undated:
        if key == last_key:
            _count_duplicate(stats, kind)
            continue
        last_key = key
        stats.undated += 1
        stats.events_out += 1
        yield kind, key, payload


def _dedup_window(entries: Iterator[_Entry], window: float, stats: MergeStats,
                  rekey: Rekey | None = None) -> Iterator[tuple[str, str, bytes]]:
    """The dated entries with every later copy of a key within ``window`` seconds dropped: the first copy in time
    order is kept — except that a copy with a time of day replaces a date-only one (its rank's first field).

    A date-only copy (an Amazon order report's day, stamped 00:00 UTC of the local date) sorts before the same
    order's exact instant from another download, and was kept: every order's hour was lost from the timeline and
    the clock findings (the twenty-fourth pass's final tester). So a date-only entry is held back for ``window``,
    and every entry after it with it (the output stays in time order); a timed copy of its key arriving within the
    window takes its place. Memory: the entries of one window behind a date-only one, never the archive.

    Threaded kinds (:data:`~dataexam.events.THREADED_KINDS`, whose rank carries :func:`thread_scope`): a key says
    what a message is (who the chat is with, the side, the second, the words) but not which thread of a download
    it was read from, and cannot: what would tell two chats apart changes between downloads (a friend's surname,
    the thread folder's id scheme), so two friends of one first name, or two groups, that got the same words at
    one second gave one key (the twenty-sixth pass's MSGKEY H1). Equal keys are therefore counted per *place*
    (the download — its input, or the download its part-zip is part of — and the folder holding the threads,
    :func:`thread_scope`): within a
    place, each thread holds as many records of the key as it holds distinct instants (one thread's copies at one
    millisecond are Facebook's repeat, at two milliseconds a double-sent message, in whichever ``message_N.json``
    part each is); the records of a key are as many as the place holding most of them holds — copies in
    other places are the same records again (another download, the zip beside its unpacked folder, a chat
    moved to ``archived_threads``). The first record keeps the key, the n-th is ``<key>#n`` (n ≥ 1, in time order;
    its payload rewritten by ``rekey``), as Amazon rows sharing a hash are numbered (docs/kinds.md): every
    record's key stays distinct, and the same record read again gets the same one."""
    recent: dict[str, float] = {}
    # key → [records kept, {(download, folder): {(thread, instant)}}] for threaded kinds' keys in the window
    counted: dict[str, list[Any]] = {}
    order: deque[tuple[float, str]] = deque()
    popleft, append = order.popleft, order.append
    held: deque[list[Any]] = deque()  # [ts, key, kind, payload, kept]: entries behind a date-only copy
    held_date_only: dict[str, list[Any]] = {}  # key → its held date-only copy
    out = 0
    try:
        for ts, key, kind, rank, payload in entries:
            while held and held[0][0] < ts - window:
                item = held.popleft()
                if held_date_only.get(item[1]) is item:
                    del held_date_only[item[1]]
                if item[4]:
                    out += 1
                    yield item[2], item[1], item[3]
            horizon = ts - window
            while order and order[0][0] < horizon:
                old_ts, old_key = popleft()
                if recent.get(old_key) == old_ts:
                    del recent[old_key]
                    counted.pop(old_key, None)
            if len(rank) > 6:  # a threaded kind's entry: (download, folder, thread) last
                download, folder, thread = rank[6]
                tally = counted.get(key)
                if tally is None:
                    counted[key] = [1, {(download, folder): {(thread, ts)}}]
                else:
                    spots = tally[1].setdefault((download, folder), set())
                    if (thread, ts) in spots or len(spots) + 1 <= tally[0]:
                        spots.add((thread, ts))
                        _count_duplicate(stats, kind)
                        continue
                    spots.add((thread, ts))
                    own, mark, tag = key.partition(_ACCOUNT_MARK)
                    numbered = f"{own}{ORDINAL_MARK}{tally[0]}"
                    tally[0] += 1
                    if rekey is not None:
                        payload = rekey(payload, own, numbered)
                    if held:
                        held.append([ts, f"{numbered}{mark}{tag}", kind, payload, True])
                        continue
                    out += 1
                    yield kind, f"{numbered}{mark}{tag}", payload
                    continue
            if key in recent:
                pending = held_date_only.pop(key, None) if not rank[0] else None
                if pending is None or not pending[4]:
                    _count_duplicate(stats, kind)
                    continue
                pending[4] = False  # the timed copy replaces the date-only one, at its own place in time
                _count_duplicate(stats, kind)
            recent[key] = ts
            append((ts, key))
            if rank[0] or held:
                item = [ts, key, kind, payload, True]
                held.append(item)
                if rank[0]:
                    held_date_only[key] = item
                continue
            out += 1
            yield kind, key, payload
        while held:
            item = held.popleft()
            if item[4]:
                out += 1
                yield item[2], item[1], item[3]
    finally:
        stats.events_out += out


def _count_duplicate(stats: MergeStats, kind: str) -> None:
    stats.duplicates += 1
    stats.duplicate_kinds[kind] = stats.duplicate_kinds.get(kind, 0) + 1
