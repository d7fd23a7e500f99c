"""Streaming JSON for export files: ijson on its C backend, JavaScript prefixes skipped in-stream.

X archives wrap every array in ``window.YTD.<name>.partN = [ … ]`` (2018 → now), the classic
archive in ``Grailbird.data.tweets_YYYY_MM = [ … ]`` and ``var tweet_index = [ … ]``, and the
manifest in ``window.__THAR_CONFIG = { … }``. :func:`open_json` skips everything up to the first
``=`` before the JSON starts, without reading the file into memory, and tolerates a trailing ``;``.
"""

from __future__ import annotations

import io
import logging
import re
import sys
import warnings
from collections.abc import Iterator
from typing import IO, Any, NamedTuple, TypeVar

import ijson

from .surrogates import SurrogateRepairReader

log = logging.getLogger(__name__)

_T = TypeVar("_T")
_SCAN_LIMIT = 4096  # a JS prefix is a short line; past this the file is treated as plain JSON
_BOM = b"\xef\xbb\xbf"


class PureBackendWarning(UserWarning):
    """ijson's fast C backend (yajl2_c) is missing; parsing will be several times slower."""


def backend_name() -> str:
    """The ijson backend in use (``yajl2_c`` is the fast one)."""
    return str(getattr(ijson, "backend_name", getattr(ijson, "backend", "unknown")))


def check_backend() -> str | None:
    """Return a warning text when ijson runs on a slow pure-Python backend, else ``None``."""
    name = backend_name()
    if name != "yajl2_c":
        return (f"ijson is using its '{name}' backend, not the fast C backend 'yajl2_c'; "
                "reading will be several times slower (reinstall ijson from a wheel for your platform)")
    return None


def warn_if_slow_backend() -> None:
    message = check_backend()
    if message:
        warnings.warn(message, PureBackendWarning, stacklevel=2)


class PrefixedReader:
    """A read-only stream: some already-read bytes, then the rest of an underlying stream."""

    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        self._head = head
        self._rest = rest

    def peeked(self, size: int) -> bytes:
        """The first ``size`` bytes still to be read, where they were read ahead (``b""`` past them)."""
        return self._head[:size]

    def read(self, size: int = -1) -> bytes:
        if self._head:
            if size is None or size < 0:
                data, self._head = self._head + self._rest.read(), b""
                return data
            data, self._head = self._head[:size], self._head[size:]
            return data
        return self._rest.read(size)

    def close(self) -> None:
        self._rest.close()


def peek(stream: IO[bytes]) -> tuple[bytes, PrefixedReader]:
    """The first significant byte of a JSON stream (``b""`` when empty: only a BOM or white space)
    and a stream that still yields every byte from that one on."""
    head = b""
    while True:
        chunk = stream.read(256)
        if not chunk:
            return b"", PrefixedReader(b"", stream)
        head += chunk
        body = head[len(_BOM):] if head.startswith(_BOM) else head
        stripped = body.lstrip()
        if stripped:
            return stripped[:1], PrefixedReader(stripped, stream)


def _read_head(stream: IO[bytes]) -> bytes:
    """The stream's first bytes, up to ``_SCAN_LIMIT``: a short read that holds no ``=``, ``[`` or ``{`` is read on
    until the file's end, the limit, or the fault behind it (INP52).

    A file that ended inside its ``window.YTD.like.part0 =`` prefix meets its end on one more read; a zip member cut
    there hands its bytes over first and raises its cut on the next read (``archive.HandsOverFirst``): a stored
    member cut 3 bytes in was read as "found no JSON value" where a deflated one was the cut. Raises what the
    stream's ``read`` raises.
    """
    head = stream.read(_SCAN_LIMIT)
    while len(head) < _SCAN_LIMIT and b"=" not in head and b"[" not in head and b"{" not in head:
        more = stream.read(_SCAN_LIMIT - len(head))
        if not more:
            break
        head += more
    return head


def skip_js_prefix(stream: IO[bytes]) -> IO[bytes]:
    """Return a stream positioned at the JSON value, past any ``name =`` JavaScript prefix."""
    head = _read_head(stream)
    if head.startswith(_BOM):
        head = head[len(_BOM):]
    stripped = head.lstrip()
    if stripped[:1] in (b"[", b"{") or not stripped:
        return PrefixedReader(stripped, stream)  # type: ignore[return-value]
    if wide_encoding(head):
        # the "=" of a UTF-32 prefix is followed by NULs, which named no encoding (T44B: "found no JSON value"):
        # the file's own first bytes are what its issue names
        return PrefixedReader(head, stream)  # type: ignore[return-value]
    eq = head.find(b"=")
    start = min((i for i in (head.find(b"["), head.find(b"{")) if i >= 0), default=-1)
    if eq >= 0 and (start < 0 or eq < start):
        return PrefixedReader(head[eq + 1:], stream)  # type: ignore[return-value]
    return PrefixedReader(head, stream)  # type: ignore[return-value]


def is_trailing_garbage(exc: Exception) -> bool:
    """True for the error ijson raises on a trailing ``;`` after a complete JS array."""
    return "trailing garbage" in str(exc) or "Additional data" in str(exc)


def safe_json_error(exc: BaseException) -> str:
    """An error text for a JSON fault that never quotes the file's contents.

    yajl's verbose messages echo the bytes around the fault on later lines; keep the first line.
    Its UTF-8 errors carry the message as *bytes*, whose ``str()`` is one ``b'…\\n…'`` line with
    the echoed record inside: decode the argument first so the echo is on a line of its own.
    """
    arg = exc.args[0] if len(exc.args) == 1 else str(exc)
    text = arg.decode("utf-8", "replace") if isinstance(arg, (bytes, bytearray)) else str(arg)
    text = text.strip().splitlines()[0] if text.strip() else type(exc).__name__
    # keep only yajl's fixed vocabulary ("lexical error: invalid char in json text."); never data
    return re.sub(r"[^A-Za-z0-9 :;,.'()_-]", "", text)[:120]


def iter_items(stream: IO[bytes], prefix: str = "item", *, js: bool = True) -> Iterator[Any]:
    """Stream the values at ``prefix`` (``item`` = each element of a top-level array).

    Numbers come back as ``int``/``Decimal`` (exact); ``js=True`` skips a JavaScript prefix.
    Lone UTF-16 surrogate escapes become U+FFFD (see :mod:`dataexam.surrogates`).
    A trailing ``;`` after the array is tolerated. A file whose top-level value cannot hold
    ``prefix`` (an object or a bare number where an array is expected, an empty file) raises
    :class:`UnexpectedShape` instead of silently yielding nothing.
    """
    under = stream
    stream = _repairing(stream)
    source = skip_js_prefix(stream) if js else _peekable(stream)
    first = source._head.lstrip()[:5]  # (before ijson reads the head; a literal's word: _check_shape)
    yield from _shape_checked(ijson.items(source, prefix), first, prefix, tail=(source, under))


def _shape_checked(values: Iterator[_T], first: bytes, prefix: str, container: bytes | None = None,
                   tail: tuple[IO[bytes], Any] | None = None) -> Iterator[_T]:
    """``values`` (read by ijson), a trailing ``;`` tolerated, and :class:`UnexpectedShape` for a
    file whose top-level value (beginning with the bytes ``first``, up to 5) cannot hold ``prefix``.

    ``tail``: ``(source, stream)``, what ijson read and the stream under it: when ijson stops at bytes
    after the top-level value, :func:`data_after_end` tells a trailing ``;``, NUL padding or other
    junk (tolerated) from more JSON (an error: those records would be lost without a word)."""
    n = 0
    try:
        for n, value in enumerate(values, 1):  # noqa: B007 - n counts values
            yield value
    except ijson.JSONError as exc:
        if not is_trailing_garbage(exc):
            # a wrong top-level value that is also cut off (a tweets.js of only `{"a":`: T37): both are said, and
            # where the file ends, as a cut array's "JSON ends early" says it
            _check_shape(first, prefix, container, ends_at=_cut_at(exc, tail))
            raise
        if tail is not None:
            check_nothing_after_end(*tail)
    if n == 0:
        _check_shape(first, prefix, container)


def is_overflow(exc: BaseException) -> bool:
    """Whether a JSON fault is yajl's on a number it cannot hold: a whole number past 64 bits ("integer overflow":
    ``1000000000000000000000000000000``, ``-9223372036854775809``) or one past a double's range ("numeric (floating
    point) overflow": ``1e400``, ``-1e400``). Valid JSON (RFC 8259 §6 sets no range) that ijson's C backend cannot
    read, and :func:`python_items` can."""
    text = safe_json_error(exc)
    return "integer overflow" in text or "floating point) overflow" in text


#: ijson's pure-Python backend: several times slower, read only where the C backend cannot (:func:`is_overflow`)
PYTHON_BACKEND = ijson.get_backend("python")
_INFINITIES = (float("inf"), float("-inf"))


def python_items(source: IO[bytes], prefix: str) -> Iterator[Any]:
    """The values at ``prefix`` of the JSON ``source`` (a JavaScript prefix already skipped), read by
    :data:`PYTHON_BACKEND`, for a file whose number the C backend cannot hold (:func:`is_overflow`).

    Numbers come as the C backend's ``use_float=True`` gives them — ``int`` for whole numbers (of any size here),
    ``float`` for the others — except one past a double's range (``1e400``: ``float`` would be infinite and the
    backend refuses it), which comes as its text (``"1E+400"``): no time, no count, and a report's JSON stays JSON."""
    return PYTHON_BACKEND.items(_floats(PYTHON_BACKEND.parse(source)), prefix)


def python_parse(source: IO[bytes]) -> Iterator[tuple[str, str, Any]]:
    """ijson's ``parse`` events ``(prefix, event, value)`` of ``source`` as :func:`python_items` reads it (numbers
    past a double's range as their text), for a file whose number the C backend cannot hold."""
    return _floats(PYTHON_BACKEND.parse(source))


def python_basic_parse(source: IO[bytes]) -> Iterator[tuple[str, Any]]:
    """ijson's ``basic_parse`` events ``(event, value)`` of ``source`` as :func:`python_items` reads it (numbers
    past a double's range as their text)."""
    for event, value in PYTHON_BACKEND.basic_parse(source):
        yield event, (_number(value) if event == "number" else value)


def _floats(events: Iterator[tuple[str, str, Any]]) -> Iterator[tuple[str, str, Any]]:
    """ijson ``parse`` events with each ``Decimal`` number (``use_float=False``) as ``float``, or its text where no
    ``float`` holds it (:func:`python_items`)."""
    for prefix, event, value in events:
        yield prefix, event, (_number(value) if event == "number" else value)


def _number(value: Any) -> Any:
    """A number of ijson's Python backend (``int``, ``Decimal``) as its C backend's ``use_float=True`` gives it, but
    for one past a double's range: its text (:func:`python_items`)."""
    if isinstance(value, int):
        return value
    number = float(value)
    return str(value) if number in _INFINITIES else number


def iter_items_again(stream: IO[bytes], prefix: str = "item", *, js: bool = True) -> Iterator[Any]:
    """:func:`iter_items` read by ijson's Python backend (:func:`python_items`): a file read again from its start
    where the C backend stopped at a number it cannot hold (:func:`is_overflow`)."""
    under = stream
    stream = _repairing(stream)
    source = skip_js_prefix(stream) if js else _peekable(stream)
    first = source._head.lstrip()[:5]
    yield from _shape_checked(python_items(source, prefix), first, prefix, tail=(source, under))


def is_cut_off(exc: BaseException) -> bool:
    """Whether a JSON fault is the end of the bytes inside a value (yajl's "premature EOF", ijson's "Incomplete
    JSON content"): the file is truncated."""
    text = safe_json_error(exc)
    return "premature EOF" in text or "Incomplete" in text


def _cut_at(exc: BaseException, tail: tuple[IO[bytes], Any] | None) -> int | None:
    """Where a cut-off file ends (its size in bytes, read to the end by the :class:`LimitedReader` under it), -1
    where it is cut off but no such reader counted its bytes; None where ``exc`` is no cut (:func:`is_cut_off`)."""
    if not is_cut_off(exc):
        return None
    if tail is None:
        return -1
    source, stream = tail
    limited = stream if isinstance(stream, LimitedReader) else getattr(stream, "limited", None)
    if not isinstance(limited, LimitedReader):
        return -1
    while source.read(_DRAIN):
        pass
    return limited.offset


_DRAIN = 64 * 1024


def data_after_end(source: IO[bytes], stream: Any) -> int | None:
    """Where more JSON follows the top-level value of ``stream`` (a byte offset: the start of the read
    that holds it), or ``None``: reads what is left of ``source`` (which reads ``stream``) so that the
    :class:`LimitedReader` under it has seen every byte. ``None`` also when no such reader is there.

    Real exports end a JavaScript array with a newline, sometimes a ``;``; a second value (``] [``) or
    an array closed early (``]\n,{…}``: a hand-edited or concatenated file) would lose what follows.
    """
    limited = stream if isinstance(stream, LimitedReader) else getattr(stream, "limited", None)
    if not isinstance(limited, LimitedReader):
        return None
    while limited.after_end is None and source.read(_DRAIN):
        pass
    return limited.after_end


def until_end(values: Iterator[_T], source: IO[bytes], stream: Any) -> Iterator[_T]:
    """``values`` (read by ijson from ``source``, which reads ``stream``) to the end of the top-level
    value, tolerating what real files carry after it (a ``;``, NUL padding, other junk), as
    :func:`iter_items` does; more JSON after it is a fault (:func:`check_nothing_after_end`)."""
    try:
        yield from values
    except ijson.JSONError as exc:
        if not is_trailing_garbage(exc):
            raise
        check_nothing_after_end(source, stream)


def check_nothing_after_end(source: IO[bytes], stream: Any) -> None:
    """Raise ``ijson.JSONError`` (a ``bad-json`` issue: the records before it are kept) when more JSON
    follows the top-level value (:func:`data_after_end`)."""
    after = data_after_end(source, stream)
    if after is not None:
        raise ijson.common.IncompleteJSONError(
            f"more JSON after the end of the top-level value (in the bytes from {after} on); it was not read")


def iter_items_marked(stream: IO[bytes], prefix: str, marker: re.Pattern[bytes], *,
                      js: bool = True) -> Iterator[tuple[Mark | None, Any]]:
    """Like :func:`iter_items`, and also the places where ``marker`` matches the bytes, in file order.

    Yields ``(None, value)`` for each value at ``prefix`` and ``(mark, None)`` for each match of
    ``marker``: a :class:`Mark`, the nesting depth the match starts at and its groups as the file's
    own bytes (``None`` for a group that did not take part). A match is yielded after every value
    that ends before it and before every value that ends after it (those after the last value at
    the end). This lets a handler learn a key that *precedes* a long array (X's ``conversationId``
    before a conversation's ``messages``) while ``ijson.items`` on its C backend still builds the
    array's items, with no Python step per JSON event (a Python filter over ``ijson.parse`` cost 45%
    of reading X DMs; issue 16).

    The marker is matched with every escape neutralised (a backslash and the byte after it read as
    two plain bytes, :func:`neutralise_escapes`), so a quote in it is a real quote: a pattern that
    starts with a quoted key (``rb'"conversationId"\\s*:'``) meets only keys, never text inside a
    string (whose quotes are escaped); the depth tells a key of the expected level from the same key
    deeper down. A match that runs to the end of the bytes read so far is taken once more is read, so
    a long value is whole (a key longer than ``_MARK_TAIL`` bytes would not be seen).

    Raises what :func:`iter_items` raises; values read before a fault are yielded first.
    """
    under = stream
    stream = _repairing(stream)
    source = skip_js_prefix(stream) if js else _peekable(stream)
    first = source._head.lstrip()[:5]
    reader = _MarkingReader(source, marker)
    marks = reader.marks
    for value in _shape_checked(ijson.items(reader, prefix), first, prefix, tail=(reader, under)):
        if marks:  # met while ijson read the bytes that finished this value: they come before it
            for mark in marks:
                yield mark, None
            marks.clear()
        yield None, value
    yield from ((mark, None) for mark in marks)  # after the last value (a conversation with no messages)


class Mark(NamedTuple):
    """A match of :func:`iter_items_marked`'s marker: the nesting depth it stands at (``1`` inside the
    top-level array or object, ``2`` inside one of its items, …) and its groups as the file's bytes."""

    depth: int
    groups: tuple[bytes | None, ...]


class _MarkingReader:
    """The bytes of ``source``, each read stopping short of the next ``marker`` match; a match is
    noted in :attr:`marks`, with its depth, when the bytes handed out reach it.

    ``ijson.items`` (C backend) reads again only once it has handed out every value the bytes so far
    finished, so the marks noted by the time it hands out a value are exactly those before its end.
    """

    def __init__(self, source: IO[bytes], marker: re.Pattern[bytes]) -> None:
        self._source = source
        self._search = marker.search
        self.marks: list[Mark] = []
        self._raw = b""  # read from source, not yet handed out
        self._neutral = b""  # the same bytes with escapes neutralised (the same length)
        self._scan = 0  # where in them the next match may start (past the last one noted)
        self._escape = False
        self._eof = False
        self._fault: LimitExceeded | None = None  # the limit checker's, raised once its bytes are out
        # the nesting depth of the bytes handed out so far: the limit checker's C-speed structure scan
        self._structure = LimitedReader(io.BytesIO(), max_string_bytes=_UNLIMITED, max_depth=_UNLIMITED,
                                        max_number_digits=0)

    def read(self, size: int | None = -1) -> bytes:
        if size == 0:
            return b""  # ijson's probe: bytes or text?
        while True:
            # bytes where no match can start any more: all at the end, else all but the last _MARK_TAIL
            limit = len(self._raw) if self._eof else len(self._raw) - _MARK_TAIL
            match = self._search(self._neutral, self._scan)
            if match is not None and match.start() < limit:
                # a match that runs to the end of what was read may go on (a long value): read more first
                if match.start() == 0 and (self._eof or match.end() < len(self._raw)):
                    raw = self._raw  # the bytes to hand out start with it: note it, then go on
                    self.marks.append(Mark(self._structure.depth,
                                           tuple(None if a < 0 else raw[a:b] for a, b in match.regs[1:])))
                    self._scan = match.end()
                    continue
                limit = match.start()  # hand out what comes before it (nothing yet if it is in front)
            if limit > 0:
                if size is not None and 0 < size < limit:
                    limit = size
                out = self._raw[:limit]
                self._structure._check_neutral(self._neutral[:limit])  # (escapes neutralised once, above)
                self._raw, self._neutral = self._raw[limit:], self._neutral[limit:]
                self._scan = max(0, self._scan - limit)
                return out
            if self._eof:
                if self._fault is not None:
                    raise self._fault
                return b""
            try:
                data = self._source.read(_MARK_READ)
            except LimitExceeded as exc:
                # the limit checker handed out the bytes before the fault: hand out all of them (the
                # records before it), as at the end of the file, then raise
                self._fault = exc
                self._eof = True
                continue
            if not data:
                self._eof = True
                continue
            clean, self._escape = neutralise_escapes(data, self._escape)
            if self._escape:  # a backslash ends the read: it and the next read's first byte are "xx"
                clean = clean[:-1] + b"x"
            self._raw += data
            self._neutral += clean


_MARK_READ = 64 * 1024  # bytes per read of the source in iter_items_marked
_MARK_TAIL = 1024  # bytes kept back after each read, so a match starting there is seen whole
_UNLIMITED = 1 << 62


def iter_kvitems(stream: IO[bytes], prefix: str = "", *, js: bool = True) -> Iterator[tuple[str, Any]]:
    """Stream ``(key, value)`` pairs of the object at ``prefix`` (``""`` = the top-level object)."""
    under = stream
    stream = _repairing(stream)
    source = skip_js_prefix(stream) if js else _peekable(stream)
    first = source._head.lstrip()[:5]
    yield from _shape_checked(ijson.kvitems(source, prefix), first, prefix, container=b"{", tail=(source, under))


def _repairing(stream: IO[bytes]) -> IO[bytes]:
    """``stream`` itself when it already repairs surrogate escapes, else wrapped so it does."""
    if surrogate_repairer(stream) is not None:
        return stream
    return SurrogateRepairReader(stream)  # type: ignore[return-value]


def surrogate_repairer(stream: object) -> SurrogateRepairReader | None:
    """The :class:`~dataexam.surrogates.SurrogateRepairReader` inside ``stream``'s wrappers, if any."""
    for _ in range(4):
        if isinstance(stream, SurrogateRepairReader):
            return stream
        stream = getattr(stream, "_raw", None) or getattr(stream, "_rest", None)
        if stream is None:
            return None
    return None


def _peekable(stream: IO[bytes]) -> PrefixedReader:
    head = _read_head(stream)
    if head.startswith(_BOM):
        head = head[len(_BOM):]
    return PrefixedReader(head.lstrip(), stream)


_TYPE_NAMES = {b"{": "an object", b"[": "an array", b'"': "a string", b"": "nothing (the file is empty)"}
#: the JSON literals, named only where the whole word stands (random bytes beginning with an "n" are no null: T40)
_LITERALS = {b"true": "a boolean", b"false": "a boolean", b"null": "null"}


#: byte-order marks of the encodings a JSON file saved again by an editor may carry (Notepad's "Unicode" is
#: UTF-16 LE); the exports' files are UTF-8 (RFC 8259 §8.1 requires it of JSON exchanged between systems)
_WIDE_BOMS = ((b"\xff\xfe\x00\x00", "UTF-32"), (b"\x00\x00\xfe\xff", "UTF-32"), (b"\xff\xfe", "UTF-16"),
              (b"\xfe\xff", "UTF-16"))


#: UTF-16 / UTF-32 text of ASCII characters without a byte-order mark: a NUL after (LE) or before (BE) each of the
#: first two printable characters, three NULs after or before the first (binary bytes such as ``\x00\x01\x02`` are no
#: text; JSON in UTF-8 holds no NUL byte at all, RFC 8259 §7)
_UTF16_LE = re.compile(rb"[\x20-\x7e\t\r\n]\x00[\x20-\x7e\t\r\n]\x00")
_UTF16_BE = re.compile(rb"\x00[\x20-\x7e\t\r\n]\x00[\x20-\x7e\t\r\n]")
_UTF32_LE = re.compile(rb"[\x20-\x7e\t\r\n]\x00\x00\x00")
_UTF32_BE = re.compile(rb"\x00\x00\x00[\x20-\x7e\t\r\n]")


def wide_encoding(head: bytes) -> str | None:
    """``"UTF-16"`` or ``"UTF-32"`` where the bytes ``head`` (a file's first, 4 or more) are text in that encoding —
    a byte-order mark, or ASCII characters each beside NULs (Notepad's "Unicode" is UTF-16 LE, with or without a
    mark) — else ``None``. Export files are UTF-8 (RFC 8259 §8.1 requires it of JSON exchanged between systems)."""
    wide = next((name for bom, name in _WIDE_BOMS if head.startswith(bom)), None)
    if wide is None and len(head) >= 4:
        if _UTF32_LE.match(head) or _UTF32_BE.match(head):
            wide = "UTF-32"
        elif _UTF16_LE.match(head) or _UTF16_BE.match(head):
            wide = "UTF-16"
    return wide


#: how every encoding hint ends (a file in UTF-16 / UTF-32 / Latin-1 where the exports write UTF-8: :func:`wide_text`,
#: :data:`NOT_UTF8`), one wording for all of them
SAVED_AGAIN = "where the export writes UTF-8 (was the file saved again by an editor?)"


def wide_text(encoding: str) -> str:
    """How a file in ``encoding`` (``"UTF-16"``, ``"UTF-32"``: :func:`wide_encoding`) is named in an issue."""
    return f"{encoding} text {SAVED_AGAIN}"


#: what a JSON fault on bytes that are not UTF-8 adds (yajl's "invalid bytes in UTF8 string": a Messenger thread or
#: an X manifest saved again as Latin-1 / Windows-1252, T44B)
NOT_UTF8 = f"found bytes that are not UTF-8, e.g. Latin-1 or Windows-1252 text {SAVED_AGAIN}"


def not_utf8(exc: BaseException) -> bool:
    """Whether a JSON fault is yajl's on bytes that are not UTF-8 inside a string."""
    return "invalid bytes in UTF8" in safe_json_error(exc)


def value_name(head: bytes) -> str:
    """What the top-level value beginning with ``head`` (its first bytes, up to 5) is, in words; text in UTF-16 or
    UTF-32 (a byte-order mark, or ASCII characters each beside NULs: :func:`wide_encoding`) is named as such (T43B L:
    a manifest saved as UTF-16 was "no JSON value")."""
    wide = wide_encoding(head)
    if wide:
        return wide_text(wide)
    first = head[:1]
    if first in _TYPE_NAMES:
        return _TYPE_NAMES[first]
    if first in b"-0123456789":
        return "a number"
    word = next((name for lit, name in _LITERALS.items() if head.startswith(lit)), None)
    return word or "no JSON value"


def _check_shape(start: bytes, prefix: str, container: bytes | None = None, ends_at: int | None = None) -> None:
    """Raise :class:`UnexpectedShape` when the top-level value (its first bytes ``start``, up to 5) cannot contain
    ``prefix``; ``ends_at``: the file is also cut off inside that value, ending at that byte (-1: at a byte not
    counted), said too and kept on the exception (:attr:`UnexpectedShape.ends_at`)."""
    first = start[:1]
    head = prefix.split(".", 1)[0]
    if container is None:
        if not prefix:
            expected = None
        else:
            expected = b"[" if head == "item" else b"{"
    else:
        expected = (b"[" if head == "item" else b"{") if prefix else container
    if not first:
        raise UnexpectedShape("the file holds no JSON value (it is empty)")
    wide = wide_encoding(start)
    if (expected is None or first == expected) and wide is None:
        return
    found = value_name(start)
    # UTF-16 LE text of an object begins with its "{" (T44B: "invalid JSON (lexical error ...)" named no encoding)
    wanted = "a JSON value" if expected is None else "an array" if expected == b"[" else "an object"
    if ends_at is None:
        raise UnexpectedShape(f"expected {wanted} at the top level, found {found}; nothing was read")
    where = f" after {ends_at:,} byte{'s' if ends_at != 1 else ''}" if ends_at >= 0 else ""
    raise UnexpectedShape(f"expected {wanted} at the top level, found {found}, and {CUT_OFF}: it ends"
                          f"{where}, inside that {found.removeprefix('an ').removeprefix('a ')} (truncated?); nothing "
                          "was read", ends_at=ends_at)


# -- limits on one JSON document ----------------------------------------------------------------
# ijson (yajl) buffers a whole string token before handing it over, and its item builder slows down
# and grows badly with nesting (10k levels of `[` take ~250 MB; 100k exhaust memory). A hostile or
# broken file is therefore checked *before* yajl sees its bytes: :class:`LimitedReader` scans each
# chunk with C-speed regexes (strings stripped, brackets counted) and raises :class:`LimitExceeded`
# at the first string longer than ``max_string_bytes`` or nesting deeper than ``max_depth``.

class UnexpectedShape(ijson.JSONError, ValueError):
    """The JSON's top-level value has the wrong type for what the handler reads.

    A :data:`JSONError` (and a ``ValueError``), so code that already catches bad JSON catches it. ``ends_at``: the
    file is also cut off inside that value, at that byte (-1: not counted); None where it is whole.
    """

    def __init__(self, message: str, *, ends_at: int | None = None) -> None:
        super().__init__(message)
        self.ends_at = ends_at

    def named(self, name: str) -> str:
        """The message with the cut-off file named (``name``: its path in the export) where it is cut off."""
        text = str(self)
        return text.replace(CUT_OFF, f"{name} is cut off", 1) if self.ends_at is not None else text


#: what :class:`UnexpectedShape` says of a file also cut off (:meth:`UnexpectedShape.named` names the file there)
CUT_OFF = "the file is cut off"


class LimitExceeded(Exception):
    """A JSON string or nesting depth beyond the configured limit (a hostile or broken file).

    Not a ``ValueError``, so a parser's own ``except ValueError`` never mistakes it for a bad record.
    """

    def __init__(self, message: str, code: str = "limit") -> None:
        super().__init__(message)
        self.code = code


_KEEP_QUOTES_BRACKETS = bytes(b for b in range(256) if b not in b'"[]{}')
_KEEP_QUOTES_BRACKETS_COMMAS = bytes(b for b in range(256) if b not in b'"[]{},')
_PAIR = re.compile(rb"\{[^\[\]{}]*\}|\[[^\[\]{}]*\]")  # an innermost bracket pair, its commas inside
_BRACKET = re.compile(rb"[\[\]{}]")
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")
_STRING = re.compile(rb'"[^"]*"')  # a string once escapes are neutralised and other bytes dropped
_OPEN = frozenset(b"[{")


# Only the escapes that could be misread as a string's end or as another escape's start matter:
# \" and \\. Any other escape (\n, \u00e9) has a second byte that is neither a quote
# nor a backslash, so a scan from its backslash moves on in step; both bytes stay as they are.
# Facebook writes every non-ASCII character as \u00XX escapes (mojibake), ~16,000 per MiB of
# messages: rewriting only these two took the pass over a MiB from ~2.1 to ~0.5 ms (issue 16).
_ESCAPE = re.compile(rb'\\[\\"]')
# digits → 1, every other byte → 0: a run of n digits is then n bytes b"\x01" (C-speed search)
_DIGIT_MARKS = bytes(1 if 0x30 <= b <= 0x39 else 0 for b in range(256))
_DIGIT_BYTES = b"0123456789"


def neutralise_escapes(data: bytes, escape: bool) -> tuple[bytes, bool]:
    """``data`` with every escaped quote or backslash (``\\"``, ``\\\\``: the backslash and the byte after it)
    turned into two plain bytes, so the quotes left are the strings' own; and whether ``data`` ends
    in a lone backslash (its escaped byte starts the next read). ``escape``: the previous read ended
    in one. Other escapes (``\\n``, ``\\u00e9``) are left as they are: they hold no quote, and their
    backslash cannot pair with a later byte.

    One C-speed regex pass (measured 2x faster than two ``bytes.replace`` on X tweets, whose
    ``source`` field always holds ``\\"``); the byte count is unchanged, so offsets hold.
    """
    if escape and data:  # the previous read ended in a lone backslash: this first byte is escaped
        data = b"x" + data[1:]
    elif escape:
        return data, True
    if b"\\" not in data:
        return data, False
    data = _ESCAPE.sub(b"xx", data)
    return data, data.endswith(b"\\")


_NEAR_BYTE = re.compile(r"near byte \d+")
# what LimitedReader._check changes: restored when a read is handed out only up to a fault
_READER_STATE = ("_in_string", "_escape", "_string_len", "depth", "_digit_run", "_digit_run_at", "commas",
                 "after_end", "_top_open", "_top_closed")


class LimitedReader(io.RawIOBase):
    """A read-only byte stream that refuses over-long JSON strings, over-deep nesting and numbers
    with more digits than Python reads as an int (``max_number_digits``, default its own limit).

    Per read, escapes are neutralised (``\\\\`` and ``\\"`` become two plain bytes), every byte but
    quotes and brackets is dropped and adjacent quote pairs removed (quote parity is unchanged), so
    what is left is tiny; complete strings are then removed and the brackets outside strings counted.
    Quote state, a pending escape and the length of an open string carry across reads, so string
    lengths and depth are exact; all of it runs in C (bytes methods and one small regex).
    """

    def __init__(self, raw: IO[bytes], *, max_string_bytes: int, max_depth: int,
                 max_number_digits: int | None = None) -> None:
        super().__init__()
        self._raw = raw
        self.max_string_bytes = max_string_bytes
        self.max_depth = max_depth
        self.depth = 0
        #: commas between the top-level array's items (at depth 1) so far, when counting them
        #: (:meth:`count_commas`; :mod:`dataexam.arrayslice` cuts a file there); ``None`` otherwise
        self.commas: int | None = None
        #: where the read that holds more JSON after the top-level value starts (``] [`` or ``],{``: a
        #: second value, or an array closed early), or ``None``; see :func:`data_after_end`
        self.after_end: int | None = None
        self._top_open = False  # the top-level value has started
        self._top_closed = False  # … and ended
        self._in_string = False
        self._escape = False
        self._string_len = 0
        self.offset = 0
        # Longest run of digits outside strings: by default Python's limit on reading digits as an int
        # (sys.get_int_max_str_digits, 4,300 unless changed). ijson's C backend builds a JSON integer
        # with PyLong_FromString, and past that limit the process ends with a segmentation fault
        # (ijson 3.6, yajl2_c): such a number must never reach it. 0: no limit, nothing to guard.
        self._max_digits = sys.get_int_max_str_digits() if max_number_digits is None else max_number_digits
        self._digit_needle = b"\x01" * (self._max_digits + 1)
        self._digit_run = 0  # digits outside strings at the end of the reads so far (a number going on)
        self._digit_run_at = 0  # … and the byte it starts at
        self._fault: LimitExceeded | None = None  # met in a read whose bytes before it were handed out

    def readable(self) -> bool:
        return True

    def read(self, size: int | None = -1) -> bytes:
        """The next bytes, checked. A read that holds a fault hands out the bytes before the token
        that breaks the limit (so the records before it, in this read too, are parsed and kept) and
        the next read raises :class:`LimitExceeded`; a fault at the read's first token raises at once."""
        if self._fault is not None:
            raise self._fault
        data = self._raw.read(-1 if size is None else size)
        if data:
            state = {k: getattr(self, k) for k in _READER_STATE}
            try:
                self._check(data)
            except LimitExceeded as exc:
                cut = self._before_fault(data, state["_in_string"], state["_escape"], state["_string_len"],
                                         state["depth"], state["_digit_run"])
                if cut <= 0:
                    raise
                for k, v in state.items():  # the state after the bytes handed out, not the faulty read
                    setattr(self, k, v)
                self._check(data[:cut])
                # the message's position, where the check could only name the read: the token's own
                self._fault = LimitExceeded(_NEAR_BYTE.sub(f"near byte {self.offset + cut}", str(exc), count=1),
                                            exc.code)
                data = data[:cut]
            self.offset += len(data)
        return data

    def _before_fault(self, data: bytes, in_string: bool, escape: bool, string_len: int, depth: int,
                      digit_run: int) -> int:
        """Where in ``data`` the token that breaks a limit starts (the string's opening quote, the
        bracket one level too deep, the first digit of the run), from the state the read started in;
        0 when it started in an earlier read. A plain byte walk: it runs once, on a faulty read."""
        string_start = -1 if in_string else 0
        run_start = -1 if digit_run else 0
        for i, b in enumerate(data):
            if in_string:
                if escape:
                    escape = False
                elif b == 0x5C:
                    escape = True
                elif b == 0x22:
                    in_string = False
                    continue
                string_len += 1
                if string_len > self.max_string_bytes:
                    return max(string_start, 0)
                continue
            if 0x30 <= b <= 0x39:
                if not digit_run:
                    run_start = i
                digit_run += 1
                if self._max_digits and digit_run > self._max_digits:
                    return max(run_start, 0)
                continue
            digit_run = 0
            if b == 0x22:
                in_string, string_len, string_start = True, 0, i
            elif b in _OPEN:
                depth += 1
                if depth > self.max_depth:
                    return i
            elif b in b"]}" and depth:
                depth -= 1
        return 0

    def readinto(self, buffer: Any) -> int:
        data = self.read(len(buffer))
        n = len(data)
        buffer[:n] = data
        return n

    def close(self) -> None:
        try:
            self._raw.close()
        finally:
            super().close()

    def _check(self, data: bytes) -> None:
        chunk, self._escape = neutralise_escapes(data, self._escape)
        in_string = self._in_string
        self._check_neutral(chunk)
        if self._max_digits:
            self._check_digits(chunk, in_string)

    def _check_digits(self, chunk: bytes, in_string: bool) -> None:
        """Refuse a run of more than :attr:`_max_digits` digits outside strings (see ``__init__``).

        ``chunk``: the read with escapes neutralised, so its quotes are the strings' own; ``in_string``:
        whether it starts inside a string. One translate and one substring search per read, in C;
        only a run that long (almost never) is placed inside or outside a string by counting quotes.
        """
        limit = self._max_digits
        if self._digit_run and not in_string:  # a number at the end of the last read goes on here
            lead = len(chunk) - len(chunk.lstrip(_DIGIT_BYTES))
            if self._digit_run + lead > limit:
                self._refuse_number(self._digit_run_at - self.offset)
        marks = chunk.translate(_DIGIT_MARKS)
        needle = self._digit_needle
        start = marks.find(needle)
        while start >= 0:
            # the run's own start: every digit of it is on one side of a quote
            run_start = len(marks[:start].rstrip(b"\x01"))
            if (in_string + chunk.count(b'"', 0, run_start)) % 2 == 0:
                self._refuse_number(run_start)
            run_end = marks.find(b"\x00", start)
            start = -1 if run_end < 0 else marks.find(needle, run_end)
        tail = len(chunk) - len(chunk.rstrip(_DIGIT_BYTES))
        if self._in_string or not tail:
            self._digit_run = 0
        elif tail == len(chunk) and self._digit_run and not in_string:
            self._digit_run += tail  # the whole read goes on with the number
        else:
            self._digit_run, self._digit_run_at = tail, self.offset + len(chunk) - tail

    def _check_neutral(self, chunk: bytes) -> None:
        # ``chunk``: the read with its escapes neutralised (the same length), see neutralise_escapes
        was_in_string = self._in_string
        if was_in_string:  # the string open at the end of the last read goes on (and may end) here
            close = chunk.find(b'"')
            if self._string_len + (len(chunk) if close < 0 else close) > self.max_string_bytes:
                self._refuse_string(len(chunk))
        if len(chunk) > self.max_string_bytes:  # a whole string may fit in this read: measure each one
            inside = chunk.split(b'"')[2 if was_in_string else 1::2]
            if max(map(len, inside), default=0) > self.max_string_bytes:
                self._refuse_string(len(chunk))
        counting = self.commas is not None
        filtered = chunk.translate(None, _KEEP_QUOTES_BRACKETS_COMMAS if counting else _KEEP_QUOTES_BRACKETS)
        filtered = filtered.replace(b'""', b"")
        if was_in_string:
            filtered = b'"' + filtered
        outside = _STRING.sub(b"", filtered) if b'"' in filtered else filtered
        quote = outside.find(b'"')
        self._in_string = quote >= 0
        if self._in_string:
            outside = outside[:quote]
            last = chunk.rfind(b'"')
            self._string_len = (self._string_len + len(chunk)) if last < 0 else len(chunk) - last - 1
            if self._string_len > self.max_string_bytes:
                self._refuse_string(len(chunk))
        if counting and outside:
            self._count_commas(outside)
        brackets = outside.translate(None, _NOT_BRACKETS) if outside else b""
        if not brackets:
            return
        opens = brackets.count(b"[") + brackets.count(b"{")
        # the top-level value may end in this read (a close can bring the depth to 0) or has ended
        watch = self.after_end is None and (self._top_closed or len(brackets) - opens >= self.depth)
        if not watch and len(brackets) - opens <= self.depth and self.depth + opens <= self.max_depth:
            self.depth += 2 * opens - len(brackets)  # no close can meet depth 0: the sum is the walk's
            return
        # A read of tweets holds hundreds of opening brackets: remove the empty pairs ("[]", "{}")
        # innermost first, in C. Each removed pair is an excursion that leaves the depth where it was
        # and never reaches 0 inside, so walking what is left ends at the same depth as walking it
        # all. A pass (two replaces) removes at most two levels, so the peak is at most the depth +
        # 2 x the passes + the openings left. Only a read that may really nest too deep is walked
        # bracket by bracket (that walk cost 0.16 s per 100 MB of tweets; a regex pass cost more).
        reduced, passes = brackets, 0
        while True:
            shorter = reduced.replace(b"[]", b"").replace(b"{}", b"")
            if len(shorter) == len(reduced):
                break
            reduced, passes = shorter, passes + 1
        if watch:
            # what is left is the closes of earlier opens, then new opens: the depth falls by the
            # leading closes at most (anything else, mismatched pairs, is walked)
            rest = reduced.lstrip(b"]}")
            if (self._top_closed or len(reduced) - len(rest) >= self.depth or b"]" in rest
                    or b"}" in rest):
                self._walk(brackets)  # once or twice per file: where the top-level value starts and ends
                return
        left_open = reduced.count(b"[") + reduced.count(b"{")
        if self.depth + 2 * passes + left_open <= self.max_depth:
            depth = self.depth
            for b in reduced:
                if b in _OPEN:
                    depth += 1
                elif depth:
                    depth -= 1
            self.depth = depth
            return
        self._walk(brackets)

    def _walk(self, brackets: bytes) -> None:
        """Walk a read's brackets one by one: the depth (a close at depth 0 ignored), the limit, and
        where the top-level value ends and whether more JSON follows it (:attr:`after_end`)."""
        depth = self.depth
        for b in brackets:
            if b in _OPEN:
                if self._top_closed and self.after_end is None:
                    self.after_end = self.offset
                depth += 1
                self._top_open = True
                if depth > self.max_depth:
                    raise LimitExceeded(
                        f"JSON nested deeper than {self.max_depth} levels (near byte {self.offset}); "
                        "the rest of this file was skipped (raise --max-json-depth to read it)", "too-deep")
            elif depth:
                depth -= 1
                if not depth and self._top_open:
                    self._top_closed = True
        self.depth = depth

    def count_commas(self, on: bool = True) -> None:
        """From the next read on, count the commas at depth 1 in :attr:`commas` (from 0), or stop
        counting (``on=False``; :attr:`commas` is then ``None``). Counting may start at any read: the
        nesting depth it needs is kept whether or not commas are counted."""
        self.commas = 0 if on else None

    def state(self) -> tuple[bool, bool, int]:
        """``(inside a string, the next byte is escaped, nesting depth)`` after the bytes read."""
        return self._in_string, self._escape, self.depth

    def _count_commas(self, outside: bytes) -> None:
        # ``outside``: this read's brackets and commas outside strings. Balanced pairs are removed
        # innermost first (one regex pass per nesting level, their commas with them); what is left
        # (the commas between items at the levels open before this read, and brackets left open)
        # is short and walked. A read that still holds the top-level array's own "[" is walked whole:
        # removing that pair would remove the very commas counted.
        depth = self.depth
        if depth:
            for _ in range(self.max_depth + 1):
                reduced = _PAIR.sub(b"", outside)
                if len(reduced) == len(outside):
                    break
                outside = reduced
            commas, pos = 0, 0
            for match in _BRACKET.finditer(outside):
                i = match.start()
                if depth == 1 and i > pos:
                    commas += outside.count(b",", pos, i)
                depth += 1 if outside[i] in _OPEN else -1
                pos = i + 1
            if depth == 1:
                commas += outside.count(b",", pos)
        else:
            commas = 0
            for b in outside:
                if b in _OPEN:
                    depth += 1
                elif b == 0x2C:
                    commas += depth == 1
                else:
                    depth -= 1
        assert self.commas is not None
        self.commas += commas

    def _refuse_number(self, at: int) -> None:
        raise LimitExceeded(
            f"a JSON number with more than {self._max_digits} digits in a row, Python's limit for reading a "
            f"whole number (near byte {self.offset + at}); the rest of this file was skipped")

    def _refuse_string(self, read_size: int) -> None:
        raise LimitExceeded(
            f"a JSON string is longer than the {self.max_string_bytes}-byte limit (near byte "
            f"{self.offset + read_size}); the rest of this file was skipped (raise --max-string-size to read it)")


def limited(stream: IO[bytes], max_string_bytes: int, max_depth: int) -> IO[bytes]:
    """Wrap ``stream`` in a :class:`LimitedReader` over a
    :class:`~dataexam.surrogates.SurrogateRepairReader` (lone surrogate escapes become U+FFFD;
    same length, so the limit checks and their byte offsets are unchanged)."""
    return LimitedReader(SurrogateRepairReader(stream), max_string_bytes=max_string_bytes,  # type: ignore[return-value]
                         max_depth=max_depth)


JSONError = ijson.JSONError
IncompleteJSONError = ijson.IncompleteJSONError
