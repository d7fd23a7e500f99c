"""Streaming writers for synthetic exports: JSON arrays element by element, CSV rows, folder or zip.

Nothing here holds a whole file in memory: a JSON array is framed by hand and each element is
serialised on its own, CSV rows go straight to the stream, and zip members are written through
``ZipFile.open(..., "w")`` (zip64 forced, so multi-GB members work). Zip entries carry a fixed
timestamp so the same seed gives the same bytes.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import IO, Any

_ZIP_TIME = (2025, 1, 10, 12, 0, 0)


def mojibake(text: str) -> str:
    """Meta's quirk (formats.md §1.3): each UTF-8 byte of the text becomes one code point U+00XX."""
    return text if text.isascii() else text.encode("utf-8").decode("latin-1")


def mojibake_tree(value: Any) -> Any:
    """Apply :func:`mojibake` to every string of a JSON value, keys included."""
    if isinstance(value, str):
        return mojibake(value)
    if isinstance(value, list):
        return [mojibake_tree(v) for v in value]
    if isinstance(value, dict):
        return {mojibake(k): mojibake_tree(v) for k, v in value.items()}
    return value


@lru_cache(maxsize=1)
def _sensitive_matchers() -> tuple[tuple[str, re.Pattern[str]], ...]:
    from dataexam.categories import _matchers, is_sensitive

    return tuple((c, rx) for c, rx in _matchers() if is_sensitive(c))


@lru_cache(maxsize=1)
def _any_sensitive() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{rx.pattern})" for _, rx in _sensitive_matchers()), re.IGNORECASE)


def _sensitive_categories(text: str) -> tuple[str, ...]:
    # one combined search first: almost no generated text has a sensitive keyword
    if not _any_sensitive().search(text):
        return ()
    return tuple(c for c, rx in _sensitive_matchers() if rx.search(text))


class Tally:
    """Truth counters: records per file per kind (before de-duplication) and unique records per kind.

    A writer calls :meth:`add` once per record; ``unique=False`` marks a record that is the same
    record as one counted elsewhere (a tweet present in both X archives, a repeated Messenger
    message), so it adds to ``files`` but not to ``counts``. Plain ints only.
    """

    def __init__(self) -> None:
        self.files: dict[str, Counter[str]] = {}
        self.counts: Counter[str] = Counter()
        self.contacts: Counter[str] = Counter()  # de-duplicated messages per contact (Messenger + X DMs)
        self.seen: dict[str, set[str]] = {}  # small value sets for records repeated across eras
        self.sensitive: Counter[str] = Counter()  # unique records whose text has sensitive keywords

    def add(self, file_key: str, kind: str, *, unique: bool = True, n: int = 1) -> None:
        self.files.setdefault(file_key, Counter())[kind] += n
        if unique:
            self.counts[kind] += n

    def note_text(self, text: str | None) -> None:
        """Count a unique record's text towards ``sensitive_planted`` (GDPR Art. 9 keyword hits)."""
        if text:
            for category in _sensitive_categories(text):
                self.sensitive[category] += 1

    def touch(self, file_key: str) -> None:
        """Register a file that holds no records (an empty array, a no-data placeholder)."""
        self.files.setdefault(file_key, Counter())


def private_dir(path: Path) -> None:
    """Make ``path`` and its missing parents as folders only the owner can open (0700), like every
    output of dataexam (``Path.mkdir(parents=True)`` gives the parents the default mode, 0755)."""
    missing = []
    while not path.is_dir():
        missing.append(path)
        path = path.parent
    for folder in reversed(missing):
        folder.mkdir(mode=0o700, exist_ok=True)


def private_file(path: Path) -> int:
    """Create or truncate ``path`` as a file only the owner can read (0600); returns its open descriptor."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.fchmod(fd, 0o600)  # a file there already (a demo written again): its mode too
    return fd


class Sink:
    """Where one export's files go: a folder, or a zip written member by member."""

    def __init__(self, root: Path, key_prefix: str, *, zipped: bool) -> None:
        self.key_prefix = key_prefix
        self.zipped = zipped
        self.path = root.with_name(root.name + ".zip") if zipped else root
        self._zip: zipfile.ZipFile | None = None
        if zipped:
            private_dir(self.path.parent)
            fh = os.fdopen(private_file(self.path), "w+b")
            self._zip = zipfile.ZipFile(fh, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1)
            self._file: IO[bytes] | None = fh
        else:
            private_dir(self.path)
            self._file = None

    def key(self, member: str) -> str:
        return f"{self.key_prefix}/{member}"

    @contextmanager
    def open_binary(self, member: str) -> Iterator[IO[bytes]]:
        if self._zip is not None:
            info = zipfile.ZipInfo(member, date_time=_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            with self._zip.open(info, "w", force_zip64=True) as raw:
                buffered = io.BufferedWriter(raw, buffer_size=1 << 16)  # type: ignore[arg-type]
                yield buffered
                buffered.flush()
                buffered.detach()
        else:
            target = self.path / member
            private_dir(target.parent)
            with os.fdopen(private_file(target), "wb") as fh:
                yield fh

    @contextmanager
    def open_text(self, member: str, *, bom: bool = False, newline: str = "") -> Iterator[IO[str]]:
        with self.open_binary(member) as raw:
            text = io.TextIOWrapper(raw, encoding="utf-8-sig" if bom else "utf-8", newline=newline,
                                    write_through=False)
            yield text
            text.flush()
            text.detach()

    def write_bytes(self, member: str, data: bytes) -> None:
        with self.open_binary(member) as fh:
            fh.write(data)

    def close(self) -> None:
        if self._zip is not None:
            self._zip.close()
            self._zip = None
        if self._file is not None:  # ZipFile leaves a file object it was given open
            self._file.close()
            self._file = None


class JsonArray:
    """Write one JSON array element by element.

    ``style="meta"``: Facebook's 2-space indented, ASCII-only JSON with mojibake strings.
    ``style="x"``: X's ``" : "`` separators, ``[ {`` framing and raw UTF-8.
    ``style="plain"``: compact-ish standard JSON (Amazon's wishlist).
    """

    def __init__(self, out: IO[str], *, style: str, indent: int = 0) -> None:
        self.out = out
        self.style = style
        self.indent = indent
        self.count = 0

    def open(self) -> None:
        self.out.write("[")

    def add(self, value: Any) -> None:
        out = self.out
        if self.style == "x":
            # X writes empty arrays and objects as `[ ]` and `{ }`
            text = json.dumps(value, indent=2, separators=(",", " : "), ensure_ascii=False)
            text = text.replace(" : []", " : [ ]").replace(" : {}", " : { }")
            out.write(", " if self.count else " ")
            out.write(_reindent(text, self.indent))
        elif self.style == "meta":
            text = json.dumps(mojibake_tree(value), indent=2, ensure_ascii=True)
            pad = " " * (self.indent + 2)
            out.write(",\n" if self.count else "\n")
            out.write(pad + _reindent(text, self.indent + 2))
        else:
            text = json.dumps(value, ensure_ascii=False)
            out.write(", " if self.count else "")
            out.write(text)
        self.count += 1

    def close(self) -> None:
        if self.style == "x":
            self.out.write(" ]")
        elif self.style == "meta":
            self.out.write(("\n" + " " * self.indent + "]") if self.count else "]")
        else:
            self.out.write("]")


def _reindent(text: str, indent: int) -> str:
    if not indent:
        return text
    return text.replace("\n", "\n" + " " * indent)


def meta_scalar(value: Any) -> str:
    """One value in Meta's style (ASCII JSON with mojibake strings), for hand-framed objects."""
    return json.dumps(mojibake_tree(value), ensure_ascii=True)


def write_meta_list_file(sink: Sink, member: str, items: Iterator[Any], *, wrapper: str | None,
                         on_item: Callable[[Any], None] | None = None,
                         head: dict[str, Any] | None = None) -> int:
    """A Facebook JSON file: a bare list, or ``{"<wrapper>": [ … ]}`` (optionally after fixed keys)."""
    with sink.open_text(member) as out:
        indent = 0
        if wrapper is not None:
            out.write("{\n")
            for k, v in (head or {}).items():
                out.write(f"  {meta_scalar(k)}: {_reindent(json.dumps(mojibake_tree(v), indent=2), 2)},\n")
            out.write(f"  {meta_scalar(wrapper)}: ")
            indent = 2
        arr = JsonArray(out, style="meta", indent=indent)
        arr.open()
        for item in items:
            arr.add(item)
            if on_item is not None:
                on_item(item)
        arr.close()
        if wrapper is not None:
            out.write("\n}")
    return arr.count


def write_meta_object_file(sink: Sink, member: str, value: Any) -> None:
    """A small Facebook JSON object file (profile, location facts, declared categories)."""
    with sink.open_text(member) as out:
        out.write(json.dumps(mojibake_tree(value), indent=2, ensure_ascii=True))


def write_x_file(sink: Sink, member: str, global_name: str, items: Iterator[Any],
                 on_item: Callable[[Any], None] | None = None) -> int:
    """An X data file: ``window.YTD.<name>.partN = [ {…}, {…} ]`` (no trailing newline, as X writes it)."""
    with sink.open_text(member) as out:
        out.write(f"window.{global_name} = [")
        arr = JsonArray(out, style="x")
        arr.count = 0
        for item in items:
            arr.add(item)
            if on_item is not None:
                on_item(item)
        out.write(" ]")
    return arr.count


class CsvFile:
    """A CSV file written row by row (``quote_all`` = Amazon's legacy all-quoted style)."""

    def __init__(self, out: IO[str], header: list[str], *, quote_all: bool) -> None:
        self.header = header
        self.writer = csv.writer(out, quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL,
                                 lineterminator="\r\n" if quote_all else "\n")
        self.writer.writerow(header)
        self.count = 0

    def row(self, values: dict[str, str]) -> None:
        self.writer.writerow([values.get(h, "Not Available") for h in self.header])
        self.count += 1
