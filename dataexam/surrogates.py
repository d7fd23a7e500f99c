"""Repair of lone UTF-16 surrogate escapes in JSON bytes, streaming and same-length.

X (and Facebook, Amazon) JSON escapes characters outside the Basic Multilingual Plane as a UTF-16
surrogate pair: 😭 is ``\\ud83d\\ude2d``. A text cut in the middle of an emoji (a truncated DM
preview, a client bug; sferik/twitter-ruby#849 shows ``"Hello! \\ud83d\\ude2d\\ud83d..."``) keeps a
lone half. ijson's C backend (yajl) then either turns a lone *high* half silently into an ASCII
``?`` (indistinguishable from a real question mark), or, for a lone *low* half, produces invalid
UTF-8 and raises ``UnicodeDecodeError`` ("invalid continuation byte"), which ends the whole file.

:class:`SurrogateRepairReader` sits between the member stream and the JSON parser and rewrites each
lone half ``\\uD800``–``\\uDFFF`` escape into ``\\ufffd`` (U+FFFD REPLACEMENT CHARACTER, the Unicode
standard's substitute for ill-formed code units, "U+FFFD Substitution" in its chapter 3). Both escapes are six
bytes long, so byte offsets reported by later layers stay true. Valid pairs are left alone.

Cost on the hot path: per read, one ``bytes.rfind`` over the last 12 bytes, a ``memchr`` for a
backslash and, only when there is one, one C-speed regex scan for ``\\u[dD][89a-fA-F]``; the
replacing regex runs only on reads that hold a surrogate escape at all, and its Python callback
only on candidates for a *lone* half. Measured on generated exports (``benchmarks/gen.py``): 1.0
ms/MB on a mojibake-escaped Messenger export, 1.35 ms/MB on an X archive, against ~43 ms/MB of CPU
for ``dataexam timeline`` on the same bytes (``benchmarks/compare.py``: CPU ×0.98–0.99, noise level).
"""

from __future__ import annotations

import re
from typing import IO, Any

REPLACEMENT = b"\\ufffd"

# Candidates only, so valid pairs never reach Python code: a high-half escape not followed by a
# low-half escape, or a low-half escape not preceded by a high-half escape (whose backslash is not
# itself preceded by a backslash). The callback then checks backslash parity: in ``\\ud83d`` the
# backslashes are literal text and ``ud83d`` is no escape.
_HEX2 = rb"[0-9a-fA-F]{2}"
_LONE = re.compile(  # one literal prefix first, so the engine skips ahead with a fast search
    rb"\\u[dD](?:[89abAB]" + _HEX2 + rb"(?!\\u[dD][c-fC-F]" + _HEX2 + rb")"
    rb"|(?<!(?<!\\)\\u[dD][89abAB]" + _HEX2 + rb"\\u[dD])[c-fC-F]" + _HEX2 + rb")")
_ANY = re.compile(rb"\\u[dD][89a-fA-F]")  # any surrogate escape at all (the rare slow path's gate)
_HIGH = re.compile(rb"\\u[dD][89abAB][0-9a-fA-F]{2}")
_TAIL = 12  # a pair is 12 bytes: an escape starting in the last 12 bytes may still be undecided
_BACKSLASH = 0x5C


class SurrogateRepairReader:
    """A read-only byte stream that replaces lone surrogate escapes by ``\\ufffd``.

    ``repairs`` counts the replacements, ``first_repair_offset`` is the byte offset (from the start
    of the stream, 0-based) of the first one, or ``None``. Bytes that could start an undecided escape
    at the end of a read are held back until the next read (at most a dozen bytes plus a backslash
    run), so an escape split across reads is handled exactly like one inside a read.

    A plain reader, not an ``io`` object: dropping it never closes the stream it wraps (callers of
    :func:`dataexam.jsonstream.iter_items` keep ownership of theirs); :meth:`close` does.
    """

    def __init__(self, raw: IO[bytes]) -> None:
        self._raw = raw
        self._carry = b""  # held back: undecided bytes at the end of the last raw read
        self._ready = b""  # decided bytes not yet returned (a read asked for fewer)
        self._eof = False
        self._offset = 0  # stream offset of the first byte of _carry
        self.repairs = 0
        self.first_repair_offset: int | None = None

    def readable(self) -> bool:
        return True

    def read(self, size: int | None = -1) -> bytes:
        if size is None or size < 0:
            parts = [self._ready]
            self._ready = b""
            while not self._eof:
                parts.append(self._fill(1 << 16))
            parts.append(self._ready)
            self._ready = b""
            return b"".join(parts)
        if size == 0:
            return b""
        while not self._ready and not self._eof:
            self._ready = self._fill(size)
        data, self._ready = self._ready[:size], self._ready[size:]
        return data

    def readinto(self, buffer: Any) -> int:
        data = self.read(len(buffer))
        n = len(data)
        buffer[:n] = data
        return n

    def close(self) -> None:
        self._raw.close()

    def __enter__(self) -> SurrogateRepairReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _fill(self, size: int) -> bytes:
        """Read once from the raw stream; return the bytes now decided (maybe ``b""``)."""
        chunk = self._raw.read(size)
        if not chunk:
            self._eof = True
            buf, self._carry = self._carry, b""
            return self._repair(buf)
        buf = self._carry + chunk if self._carry else chunk
        cut = _safe_cut(buf)
        decided, self._carry = (buf, b"") if cut == len(buf) else (buf[:cut], buf[cut:])
        return self._repair(decided)

    def _repair(self, data: bytes) -> bytes:
        start = self._offset
        self._offset += len(data)
        if b"\\" not in data or _ANY.search(data) is None:  # memchr, then one C-speed regex scan
            return data

        def fix(m: re.Match[bytes]) -> bytes:
            pos = m.start()
            if not _is_escape(data, pos):
                return m.group(0)  # literal backslashes followed by text
            if data[pos + 3] in b"cCdDeEfF" and pos >= 6 and _HIGH.match(data, pos - 6) \
                    and _is_escape(data, pos - 6):
                return m.group(0)  # a real pair whose high half follows an escaped backslash
            self._count(start + pos)
            return REPLACEMENT

        return _LONE.sub(fix, data)

    def _count(self, offset: int) -> None:
        self.repairs += 1
        if self.first_repair_offset is None:
            self.first_repair_offset = offset


def _is_escape(data: bytes, pos: int) -> bool:
    """True when the backslash at ``pos`` starts an escape (an odd run of backslashes ends there)."""
    run = 1
    while pos - run >= 0 and data[pos - run] == _BACKSLASH:
        run += 1
    return run % 2 == 1


def _safe_cut(buf: bytes) -> int:
    """Where to split ``buf`` so that every surrogate escape before the split can be decided.

    The split lies at the start of a backslash run (never inside an escape or a run) and never
    right after a high-half escape (whose low half may follow); ``len(buf)`` when the last 12
    bytes hold no backslash.
    """
    n = len(buf)
    i = buf.rfind(b"\\", max(0, n - _TAIL))
    if i < 0:
        return n
    cut = i
    while cut > 0 and buf[cut - 1] == _BACKSLASH:
        cut -= 1
    if cut >= 6 and _HIGH.match(buf, cut - 6):
        cut -= 6
        while cut > 0 and buf[cut - 1] == _BACKSLASH:
            cut -= 1
    return cut


def repair_message(repairs: int) -> str:
    """The ``bad-escape`` issue text for ``repairs`` replacements (never quotes the data)."""
    what = "a lone UTF-16 surrogate escape" if repairs == 1 else f"{repairs} lone UTF-16 surrogate escapes"
    return f"{what} (half of an emoji pair) read as U+FFFD; every record was kept"


def repairing(stream: IO[bytes]) -> IO[bytes]:
    """Wrap ``stream`` in a :class:`SurrogateRepairReader` (see there)."""
    return SurrogateRepairReader(stream)  # type: ignore[return-value]
