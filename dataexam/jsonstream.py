"""Streaming JSON for export files: ijson on its C backend, JavaScript prefixes skipped in-stream.

X archives wrap every array in ``window.YTD.<name>.partN = [ … ]`` (2018 → now), the classic
archive in ``Grailbird.data.tweets_YYYY_MM = [ … ]`` and ``var tweet_index = [ … ]``, and the
manifest in ``window.__THAR_CONFIG = { … }``. :func:`open_json` skips everything up to the first
``=`` before the JSON starts, without reading the file into memory, and tolerates a trailing ``;``.
"""

from __future__ import annotations

import logging
import warnings
from collections.abc import Iterator
from typing import IO, Any

import ijson

log = logging.getLogger(__name__)

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


class _PrefixedReader:
    """A read-only stream: some already-read bytes, then the rest of an underlying stream."""

    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        self._head = head
        self._rest = rest

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


def skip_js_prefix(stream: IO[bytes]) -> IO[bytes]:
    """Return a stream positioned at the JSON value, past any ``name =`` JavaScript prefix."""
    head = stream.read(_SCAN_LIMIT)
    if head.startswith(_BOM):
        head = head[len(_BOM):]
    stripped = head.lstrip()
    if stripped[:1] in (b"[", b"{") or not stripped:
        return _PrefixedReader(stripped, stream)  # type: ignore[return-value]
    eq = head.find(b"=")
    start = min((i for i in (head.find(b"["), head.find(b"{")) if i >= 0), default=-1)
    if eq >= 0 and (start < 0 or eq < start):
        return _PrefixedReader(head[eq + 1:], stream)  # type: ignore[return-value]
    return _PrefixedReader(head, stream)  # type: ignore[return-value]


def is_trailing_garbage(exc: Exception) -> bool:
    """True for the error ijson raises on a trailing ``;`` after a complete JS array."""
    return "trailing garbage" in str(exc) or "Additional data" in str(exc)


def safe_json_error(exc: BaseException) -> str:
    """An error text for a JSON fault that never quotes the file's contents.

    yajl's verbose messages echo the bytes around the fault on later lines; keep the first line.
    """
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:120]


def iter_items(stream: IO[bytes], prefix: str = "item", *, js: bool = True) -> Iterator[Any]:
    """Stream the values at ``prefix`` (``item`` = each element of a top-level array).

    Numbers come back as ``int``/``Decimal`` (exact); ``js=True`` skips a JavaScript prefix.
    A trailing ``;`` after the array is tolerated.
    """
    source = skip_js_prefix(stream) if js else stream
    items = ijson.items(source, prefix)
    try:
        yield from items
    except ijson.JSONError as exc:
        if is_trailing_garbage(exc):
            return
        raise


def iter_kvitems(stream: IO[bytes], prefix: str = "", *, js: bool = True) -> Iterator[tuple[str, Any]]:
    """Stream ``(key, value)`` pairs of the object at ``prefix`` (``""`` = the top-level object)."""
    source = skip_js_prefix(stream) if js else stream
    try:
        yield from ijson.kvitems(source, prefix)
    except ijson.JSONError as exc:
        if is_trailing_garbage(exc):
            return
        raise


JSONError = ijson.JSONError
IncompleteJSONError = ijson.IncompleteJSONError
