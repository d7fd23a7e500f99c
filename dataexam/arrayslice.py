"""One big JSON array file read by several processes: slice ``k`` of ``m`` of its top-level items.

X's ``tweets.js``, ``like.js``, ``follower.js`` and ``following.js`` are each one JavaScript-prefixed
array (``window.YTD.tweets.part0 = [ {…}, {…} ]``); a heavy user's ``tweets.js`` alone is hundreds of
megabytes, so splitting an export by file leaves one process doing most of the work. Items of those
arrays are independent, so a file can be cut between items. Where exactly is decided from the
bytes alone, the same way in every process, without parsing:

* the nominal cut points ``c_j`` split the file's uncompressed ``size`` so each slice costs about
  the same, skipping included (:func:`cut_points`);
* cut ``j`` is the first comma **between two top-level items** (outside strings, at nesting depth
  1) at or after byte ``c_j``; none (the array ends first) means there is no cut ``j``;
* slice ``k`` is the items between cut ``k`` and cut ``k + 1`` (slice 0 from the file's start, the
  last slice to the file's end, trailing ``;`` included); equal cuts make an empty slice.

:class:`SliceReader` presents slice ``k`` as a stream holding a JSON array of just those items:
slice 0 is the file's own bytes up to cut 1 followed by ``]``; later slices are ``[`` + the bytes
after their cut (+ ``]`` unless last). To find cut ``k``, the reader inflates and scans the bytes
before it without handing them to the JSON parser, counting the depth-1 commas on the way — so
the first item of the slice knows its index in the whole file (``first_index``), and every event
and issue position is the one a single process gives.

The scan is the one the member's :class:`~dataexam.jsonstream.LimitedReader` already makes to
enforce the JSON limits (escapes neutralised, every byte but quotes, brackets and commas dropped,
strings removed — all C-speed bytes methods and regexes), told to count the commas at depth 1 too
(balanced bracket pairs removed innermost first, one regex pass per nesting level; only what is
left is walked in Python). So every byte is scanned once, and the limits hold over the bytes
skipped as over the bytes parsed. Only the read that holds a cut is walked byte by byte, from its
start to the comma (at most ~64 KiB of Python per slice).

A file that is not a top-level array (after a JavaScript prefix) is not cut: slice 0 is the
whole file, the others are empty. Nothing here judges the JSON: a damaged or hostile file is the
JSON parser's and the limits' business (:mod:`dataexam.jsonstream`), and the parallel parse
re-reads any cut file in one piece when a slice reports a fault or the slices' item counts do
not join up (:mod:`dataexam.parallel`).
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .closing import ClosesRaw
from .jsonstream import LimitedReader

_CHUNK = 64 * 1024
_HEAD = 4096  # a JS prefix is a short line (as in dataexam.jsonstream.skip_js_prefix)
_BOM = b"\xef\xbb\xbf"
_STRUCTURE = frozenset(b'"[]{}')


@dataclass
class SliceReport:
    """What reading one slice found, checked by the parallel parse before the slices are trusted.

    ``start``/``end``: byte offsets of the slice's cuts (``None``: the file's start / end);
    ``first_index``: the index of the slice's first item in the whole file (``None``: the slice
    is empty because the array ended before its cut); ``split``: the file could be cut (a top-level
    array after a prefix without JSON punctuation).
    """

    k: int
    m: int
    split: bool = True
    start: int | None = None
    end: int | None = None
    first_index: int | None = None


#: the cost of skipping a byte (inflating and scanning it to reach a later slice) against parsing it;
#: measured on X tweets (benchmarks/run.py's 100 MB peer archive): 0.32 s to skip 57 MB, 1.10 s to parse them
SKIP_COST = 0.29


#: what a worker process's start-up (a new interpreter, its imports, the inputs opened again: ~0.12 s)
#: is worth in bytes of tweets parsed (~50 MB/s per process); the main process reads slice 0 meanwhile
START_BYTES = 6_000_000


def cut_points(size: int, m: int) -> list[int]:
    """The nominal cut offsets ``c_0 = 0 ≤ c_1 ≤ … ≤ c_m = size`` of a ``size``-byte file in ``m``
    slices: later slices are shorter, as their process starts later and first skips the bytes before
    them.

    Slice 0 (read by the main process) costs its bytes; slice ``j ≥ 1`` its bytes, plus
    :data:`SKIP_COST` × the bytes before it, plus ``S`` for its process's start-up. Equal costs ``C``
    give ``c_1 = C`` and ``c_{j+1} = q·c_j + C − S`` (``q = 1 − SKIP_COST``), so
    ``c_j = (C·(1 − q^j) − S·(1 − q^(j−1))) / (1 − q)``, ``C`` from ``c_m = size``. ``S`` is
    :data:`START_BYTES`, at most an eighth of the file: a fixed ~0.12 s would leave a small file's
    later slices empty, and its worker only skipping, where a shorter share still finishes first. For a
    100 MB ``tweets.js`` and ``m = 2``: 62 % / 38 % (58 % / 42 % without ``S``), which took the X
    archive's ``timeline --jobs 2`` from 1.70 to 1.60 s.
    """
    q = 1.0 - SKIP_COST
    start = min(START_BYTES, size / 8)
    c = (size * (1 - q) + start * (1 - q ** (m - 1))) / (1 - q ** m)
    cuts = [int((c * (1 - q ** j) - start * (1 - q ** (j - 1))) / (1 - q)) for j in range(1, m)]
    return [0, *(min(max(x, 0), size) for x in cuts), size]


def _find_comma(data: bytes, state: tuple[bool, bool, int], start: int) -> tuple[int, int]:
    """Walk ``data`` byte by byte from ``state`` (its structure state before ``data[0]``:
    :meth:`~dataexam.jsonstream.LimitedReader.state`); return the index of the first comma at depth
    1 at or after ``start`` and how many depth-1 commas come before it in ``data``, or ``(-1, 0)``.
    Used on the one read that holds a cut, so at most ~64 KiB of Python per slice."""
    in_string, escape, depth = state
    commas = 0
    for i, b in enumerate(data):
        if in_string:
            if escape:
                escape = False
            elif b == 0x5C:  # backslash
                escape = True
            elif b == 0x22:  # quote
                in_string = False
        elif b == 0x22:
            in_string = True
        elif b == 0x5B or b == 0x7B:  # [ {
            depth += 1
        elif b == 0x5D or b == 0x7D:  # ] }
            depth -= 1
        elif b == 0x2C and depth == 1:  # ,
            if i >= start:
                return i, commas
            commas += 1
    return -1, 0


def json_start(head: bytes) -> int | None:
    """The offset in ``head`` (a file's first bytes) where its JSON value starts, past a BOM, white
    space and a ``name =`` JavaScript prefix — the rule of :func:`dataexam.jsonstream.skip_js_prefix`;
    ``None`` when ``head`` holds no value."""
    offset = len(_BOM) if head.startswith(_BOM) else 0
    body = head[offset:]
    stripped = body.lstrip()
    if not stripped:
        return None
    if stripped[:1] in (b"[", b"{"):
        return offset + len(body) - len(stripped)
    eq = head.find(b"=")
    starts = [i for i in (head.find(b"["), head.find(b"{")) if i >= 0]
    start = min(starts) if starts else -1
    if eq >= 0 and (start < 0 or eq < start):
        rest = head[eq + 1:]
        value = rest.lstrip()
        return eq + 1 + len(rest) - len(value) if value else None
    return offset + len(body) - len(stripped)


class SliceReader(ClosesRaw, io.RawIOBase):
    """Slice ``k`` of ``m`` of the top-level array in ``limited`` (a file of ``size`` bytes), as a
    JSON array stream (see the module text).

    ``limited`` is the member's :class:`~dataexam.jsonstream.LimitedReader`: every byte of the file
    up to the slice's end passes its limit checks, and its structure scan (with depth-1 commas
    counted) is the one this reader relies on, so the bytes are scanned once. :meth:`prepare` finds
    the slice's start (reading the bytes before it) and fills :attr:`report`; reading calls it first
    if needed. A limit exceeded before the slice (:class:`~dataexam.jsonstream.LimitExceeded`) is
    raised from there, as from any read.
    """

    def __init__(self, limited: LimitedReader, size: int, k: int, m: int) -> None:
        super().__init__()
        if not 0 <= k < m:
            raise ValueError(f"slice {k} of {m}")
        self._raw = limited
        self._cuts = cut_points(size, m)
        self.report = SliceReport(k, m)
        self._pieces: Iterator[bytes] | None = None
        self._buffer = b""

    def readable(self) -> bool:
        return True

    @property
    def limited(self) -> LimitedReader:
        """The member's reader under this slice (:func:`dataexam.jsonstream.data_after_end` asks it)."""
        return self._raw

    def prepare(self) -> SliceReport:
        """Find where the slice starts; its :class:`SliceReport` (``first_index`` is then known)."""
        if self._pieces is None:
            pieces = self._slice()
            self._buffer = next(pieces, b"")  # the generator stops just past the slice's start
            self._pieces = pieces
        return self.report

    def read(self, size: int | None = -1) -> bytes:
        self.prepare()
        assert self._pieces is not None
        if size is None or size < 0:
            data, self._buffer = self._buffer + b"".join(self._pieces), b""
            return data
        if not self._buffer:
            self._buffer = next(self._pieces, b"")
            while not self._buffer:  # skip empty pieces; b"" from next() only at the end
                piece = next(self._pieces, None)
                if piece is None:
                    return b""
                self._buffer = piece
        if len(self._buffer) <= size:
            data, self._buffer = self._buffer, b""
            return data
        data, self._buffer = self._buffer[:size], self._buffer[size:]
        return data

    def readinto(self, buffer: Any) -> int:
        data = self.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)

    # -- the slice ------------------------------------------------------------------------------
    def _slice(self) -> Iterator[bytes]:
        """The slice's bytes. The first piece yielded is all that is known once the slice's start
        is found (``b""`` or ``b"["``…), so :meth:`prepare` can stop there."""
        report, k, m = self.report, self.report.k, self.report.m
        raw = self._raw
        emitting = k == 0
        target = self._cuts[k + 1] if emitting else self._cuts[k]
        # Depth-1 commas are counted only where they are needed: before the slice's start (they number
        # its first item) and in a read that may hold the cut being looked for. Counting the rest (the
        # whole of slice 0 up to its end, a last slice after its start) cost ~0.1 s per 50 MB of tweets.
        if not emitting or _HEAD > target:
            raw.count_commas()
        head = raw.read(_HEAD)
        start = json_start(head)
        if start is None or head[start:start + 1] != b"[" or _STRUCTURE.intersection(head[:start]):
            report.split = False  # not a top-level array (or a prefix the scan would misread)
            yield b""
            if k == 0:
                yield head
                while chunk := raw.read(_CHUNK):
                    yield chunk
            else:
                yield b"[]"
            return
        if emitting:
            report.first_index = 0
            yield b""
        base, data = 0, head
        state: tuple[bool, bool, int] = (False, False, 0)  # before the file's first byte
        commas_before = 0
        while data:
            out = 0 if emitting else len(data)
            seg = 0
            while base + len(data) > target:  # the cut is in this read or later
                if (raw.commas or 0) == commas_before:
                    break  # no comma between items in (the rest of) this read: no walk through a huge item
                i, before = _find_comma(data, state, max(seg, target - base))
                if i < 0:
                    break
                if not emitting:  # cut k: the slice starts after this comma
                    report.start = base + i
                    report.first_index = commas_before + before + 1
                    emitting = True
                    yield b"["
                    out = seg = i + 1
                    if k == m - 1:  # the last slice: everything from here on
                        raw.count_commas(False)
                        yield data[out:]
                        while chunk := raw.read(_CHUNK):
                            yield chunk
                        return
                    if self._cuts[k + 1] <= base + i:  # cut k + 1 is this same comma: an empty slice
                        report.end = base + i
                        yield b"]"
                        return
                    target = self._cuts[k + 1]
                    # the walk goes on from just past this comma: the state there is known
                    state, commas_before, base, data = (False, False, 1), report.first_index, base + out, data[out:]
                    out = seg = 0
                    continue
                report.end = base + i  # cut k + 1: the slice ends before this comma
                yield data[out:i]
                yield b"]"
                return
            if emitting and out < len(data):
                yield data[out:]
            state = raw.state()
            base += len(data)
            counting = not emitting or base + _CHUNK > target  # (a read is at most _CHUNK bytes)
            if counting != (raw.commas is not None):
                raw.count_commas(counting)
            commas_before = raw.commas or 0
            data = raw.read(_CHUNK)
        if not emitting:  # the array ended before cut k: nothing is left for this slice
            report.first_index = None
            yield b""
            yield b"[]"


