"""Timeline writers: JSON Lines, CSV and SQLite, plus private, atomic output files.

Every file dataexam creates is readable by its owner only (0600) whatever the umask, and is
written under a temporary name beside its destination and renamed only on success, so an
interrupted run never leaves a half-written output behind.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import pickle
import sqlite3
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any, Literal

from .errors import OutputError
from .events import SCHEMA_VERSION, Event, format_time, json_default

TimelineFormat = Literal["jsonl", "csv", "sqlite"]

CSV_COLUMNS = ("time", "time_source", "source", "kind", "actor", "text", "attrs",
               "origin_archive", "origin_member", "origin_index", "key")

_SQLITE_BATCH = 5000


def event_json(event: Event) -> str:
    """One JSON Lines row (schema 1) for ``event``."""
    return json.dumps(event.to_dict(), ensure_ascii=False, default=json_default)


def write_jsonl(events: Iterable[Event], out: IO[str]) -> int:
    """Write events as JSON Lines; return how many were written."""
    n = 0
    write = out.write
    dumps = json.dumps
    for event in events:
        write(dumps(event.to_dict(), ensure_ascii=False, default=json_default))
        write("\n")
        n += 1
    return n


def jsonl_line(event: Event) -> bytes:
    """One JSON Lines row of ``event`` as UTF-8 bytes with its newline (what :func:`write_lines` writes).

    The same text as :func:`event_json`; built without the intermediate ``to_dict`` copies, for the
    timeline's hot path, where each event is encoded once as it is read and the encoded rows are
    what gets sorted (see :func:`dataexam.normalise.chronological_encoded`).
    """
    origin = event.origin
    row = {
        "time": format_time(event.time), "time_source": str(event.time_source), "source": event.source,
        "kind": event.kind, "actor": event.actor, "text": event.text,
        "attrs": event.attrs if type(event.attrs) is dict else dict(event.attrs),
        "origin": {"archive": origin.archive, "member": origin.member, "index": origin.index}, "key": event.key,
    }
    if _orjson is not None:
        # orjson: ~10x faster than the json module; the same JSON value (compact separators).
        # Dates inside attrs go through json_default as with json, never orjson's own format.
        try:
            return _orjson.dumps(row, default=json_default, option=_ORJSON_OPTIONS)
        except TypeError:  # a lone surrogate, an int beyond 64 bits, a non-string key: the json module copes
            pass
    return (_dumps(row) + "\n").encode("utf-8", "replace")  # a lone surrogate from a broken \\ud83d escape → "?"


_dumps = json.JSONEncoder(ensure_ascii=False, default=json_default).encode
try:  # optional speed-up (a dependency of dataexam; everything works without it)
    import orjson as _orjson

    _ORJSON_OPTIONS = _orjson.OPT_APPEND_NEWLINE | _orjson.OPT_PASSTHROUGH_DATETIME
    _ORJSON_SORTED = _orjson.OPT_SORT_KEYS | _orjson.OPT_PASSTHROUGH_DATETIME
except ImportError:  # pragma: no cover
    _orjson = None  # type: ignore[assignment]
    _ORJSON_OPTIONS = _ORJSON_SORTED = 0


def write_lines(lines: Iterable[bytes], out: IO[str] | IO[bytes]) -> int:
    """Write already-encoded rows (bytes, newline included); return how many were written.

    A text stream is written through its binary buffer when it has one (no decode/re-encode).
    """
    n = 0
    buffer = getattr(out, "buffer", None)
    if buffer is not None:
        out.flush()  # type: ignore[union-attr]
        write = buffer.write
    elif isinstance(out, io.TextIOBase):
        text_write = out.write

        def write(data: bytes) -> int:
            return text_write(data.decode("utf-8"))
    else:
        write = out.write  # type: ignore[assignment]
    chunk: list[bytes] = []
    for line in lines:
        chunk.append(line)
        n += 1
        if len(chunk) >= 256:  # one write call per 256 rows
            write(b"".join(chunk))
            chunk.clear()
    if chunk:
        write(b"".join(chunk))
    return n


def sqlite_row(event: Event) -> bytes:
    """The SQLite/CSV row of ``event``, pickled (what :func:`write_sqlite_rows` takes after unpickling)."""
    return pickle.dumps(_flat_row(event), pickle.HIGHEST_PROTOCOL)


def _attrs_json(attrs: Any) -> str:
    """``attrs`` as JSON text with sorted keys (the SQLite and CSV ``attrs`` column)."""
    if _orjson is not None:
        try:
            return _orjson.dumps(attrs, default=json_default, option=_ORJSON_SORTED).decode("utf-8")
        except TypeError:  # a lone surrogate, an int beyond 64 bits, a non-string key
            pass
    return json.dumps(dict(attrs), ensure_ascii=False, default=json_default, sort_keys=True)


def _flat_row(event: Event) -> tuple[object, ...]:
    attrs = event.attrs
    return (
        format_time(event.time), str(event.time_source), event.source, event.kind, event.actor, event.text,
        _attrs_json(attrs if type(attrs) is dict else dict(attrs)),
        event.origin.archive, event.origin.member, event.origin.index, event.key,
    )


def write_csv(events: Iterable[Event], out: IO[str]) -> int:
    """Write events as CSV (attrs as a JSON column); return how many were written."""
    return write_csv_rows(map(_flat_row, events), out)


def write_csv_rows(rows: Iterable[tuple[object, ...]], out: IO[str]) -> int:
    """:func:`write_csv` for rows already flattened (``CSV_COLUMNS`` order)."""
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    n = 0
    for row in rows:
        writer.writerow(row)
        n += 1
    return n


def _private_temp_beside(dest: Path) -> tuple[int, str]:
    """A new 0600 temporary file in ``dest``'s folder (same file system, so a rename is atomic)."""
    directory = dest.parent if str(dest.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".part", dir=directory)
    except OSError as exc:
        raise OutputError(f"{dest}: cannot write here ({exc.strerror or type(exc).__name__})") from None
    os.fchmod(fd, 0o600)  # whatever the umask
    return fd, tmp


@contextlib.contextmanager
def private_output(path: str | os.PathLike[str], mode: str = "w") -> Iterator[IO[str]]:
    """Open ``path`` for writing via a 0600 temporary file beside it, renamed on success.

    On any exception (including KeyboardInterrupt) the temporary file is removed and ``path`` is
    left untouched.
    """
    with _replaced_on_success(Path(path)) as (fd, _tmp), \
            os.fdopen(fd, mode, encoding="utf-8", newline="" if "b" not in mode else None) as fh:
        yield fh


@contextlib.contextmanager
def _replaced_on_success(dest: Path) -> Iterator[tuple[int, str]]:
    """A private temporary file beside ``dest`` (its fd and path); renamed onto ``dest`` when the
    block succeeds, removed when it fails (any exception, KeyboardInterrupt included)."""
    fd, tmp = _private_temp_beside(dest)
    try:
        yield fd, tmp
        os.replace(tmp, dest)
        os.chmod(dest, 0o600)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


_SCHEMA_SQL = """
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    time TEXT,
    time_source TEXT NOT NULL,
    source TEXT NOT NULL,
    kind TEXT NOT NULL,
    actor TEXT,
    text TEXT,
    attrs TEXT,
    origin_archive TEXT,
    origin_member TEXT,
    origin_index INTEGER,
    key TEXT NOT NULL
);
CREATE TABLE dataexam_meta (name TEXT PRIMARY KEY, value TEXT);
"""

_INDEX_SQL = """
CREATE INDEX idx_events_time ON events(time);
CREATE INDEX idx_events_source ON events(source);
CREATE INDEX idx_events_kind ON events(kind);
CREATE INDEX idx_events_key ON events(key);
"""


def write_sqlite(events: Iterable[Event], path: str | os.PathLike[str]) -> int:
    """Write events to a new SQLite database at ``path`` (replaced atomically on success).

    The table ``events`` has one row per event (attrs as JSON text, usable with SQLite's JSON
    functions) and indexes on time, source, kind and key; it opens as-is in sqlite-utils and
    Datasette. Returns the number of rows written.
    """
    return write_sqlite_rows(map(_flat_row, events), path)


def write_sqlite_rows(rows: Iterable[tuple[object, ...]], path: str | os.PathLike[str]) -> int:
    """:func:`write_sqlite` for rows already flattened (``CSV_COLUMNS`` order), e.g. unpickled
    :func:`sqlite_row` values from the encoded timeline."""
    n = 0
    with _replaced_on_success(Path(path)) as (fd, tmp):
        os.close(fd)  # sqlite opens the file by name
        conn = sqlite3.connect(tmp)
        try:
            conn.execute("PRAGMA journal_mode=OFF")
            conn.execute("PRAGMA synchronous=OFF")
            conn.executescript(_SCHEMA_SQL)
            insert = ("INSERT INTO events (time, time_source, source, kind, actor, text, attrs, origin_archive, "
                      "origin_member, origin_index, key) VALUES (?,?,?,?,?,?,?,?,?,?,?)")
            batch: list[tuple[object, ...]] = []
            conn.execute("BEGIN")
            for row in rows:
                batch.append(row)
                if len(batch) >= _SQLITE_BATCH:
                    conn.executemany(insert, batch)
                    n += len(batch)
                    batch.clear()
            if batch:
                conn.executemany(insert, batch)
                n += len(batch)
            conn.executemany("INSERT INTO dataexam_meta VALUES (?, ?)",
                             [("schema_version", str(SCHEMA_VERSION)), ("events", str(n))])
            conn.execute("COMMIT")
            conn.executescript(_INDEX_SQL)
        finally:
            conn.close()
    return n
