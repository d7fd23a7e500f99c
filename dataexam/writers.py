"""Timeline writers: JSON Lines, CSV and SQLite, plus private, atomic output files.

Every file dataexam creates is readable by its owner only (0600) whatever the umask, and is
written under a temporary name beside its destination and renamed only on success, so an
interrupted run never leaves a half-written output behind. (Devices and pipes are written straight
through: see :mod:`dataexam.outputs`.)

Every timestamp written (JSON Lines, CSV, SQLite) has milliseconds, ``2019-01-01T17:07:36.000Z``,
so ``pandas.to_datetime`` and plain string sorting work without options (:func:`format_time_ms`).

SQLite: dataexam owns only its own objects in a database (:data:`OWNED_TABLES`, their indexes and
the full-text index); an existing database keeps everything else, see :func:`write_sqlite_rows`.
"""

from __future__ import annotations

import contextlib
import csv
import errno
import io
import itertools
import json
import os
import pickle
import sqlite3
import tempfile
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any, Literal

from . import __version__
from .appendcount import base_key, key_range, new_keys
from .errors import KeysChanged, OutputError, SeveralAccounts, no_room, no_room_reason
from .events import KEY_VERSIONS, SCHEMA_VERSION, THREADED_KINDS, Event, account_hash, json_default
from .janitor import Janitor
from .normalise import register_rekey
from .tempdirs import hold, memory_file_system, sweep_stale_parts

TimelineFormat = Literal["jsonl", "csv", "sqlite", "parquet"]  # parquet: dataexam.parquet_out

CSV_COLUMNS = ("time", "time_source", "source", "kind", "actor", "text", "attrs",
               "origin_archive", "origin_member", "origin_index", "key")

_SQLITE_BATCH = 5000
_SQLITE_PAGE_SIZE = 16384  # bytes; set on a new database only (an existing one keeps its own)


def format_time_ms(value: datetime | None) -> str | None:
    """ISO-8601 UTC with milliseconds and ``Z`` (``2019-01-01T17:07:36.000Z``); None stays None.

    The one time format of every timeline output: the same width for every value, so text order
    is time order and ``pandas.to_datetime`` reads a column without a format option.
    """
    if value is None:
        return None
    if value.tzinfo is not UTC:
        value = value.astimezone(UTC)
    # orjson writes a datetime as isoformat() does, ``"YYYY-MM-DDTHH:MM:SS[.ffffff]+00:00"`` with its
    # quotes, ~4x faster; the fixed layout is sliced (milliseconds truncated, as timespec="milliseconds"
    # does). Once per event of every timeline output.
    if _orjson is not None:
        quoted = _orjson.dumps(value)
        return (quoted[1:24] + b"Z").decode() if value.microsecond else (quoted[1:20] + b".000Z").decode()
    text = value.isoformat()
    return text[:23] + "Z" if value.microsecond else text[:19] + ".000Z"


def _event_dict(event: Event) -> dict[str, Any]:
    row = event.to_dict()
    row["time"] = format_time_ms(event.time)
    return row


def event_json(event: Event) -> str:
    """One JSON Lines row (schema 1) for ``event``."""
    return json.dumps(_event_dict(event), ensure_ascii=False, default=json_default)


def write_jsonl(events: Iterable[Event], out: IO[str]) -> int:
    """Write events as JSON Lines; return how many were written."""
    n = 0
    write = out.write
    dumps = json.dumps
    for event in events:
        write(dumps(_event_dict(event), ensure_ascii=False, default=json_default))
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
        "time": format_time_ms(event.time), "time_source": str(event.time_source), "source": event.source,
        "kind": event.kind, "actor": event.actor, "text": event.text,
        "attrs": event.attrs if type(event.attrs) is dict else dict(event.attrs),
        "origin": {"archive": origin.archive, "member": origin.member, "index": origin.index}, "key": event.key,
    }
    if _orjson is not None:
        # orjson: ~10x faster than the json module; the same JSON value (compact separators).
        # Dates inside attrs go through json_default as with json, never orjson's own format.
        # The newline is added here, not by OPT_APPEND_NEWLINE: orjson returns its growth buffer
        # (8 kB for a 700-byte row), and these rows sit in the sort buffer; the concatenation is an
        # exact-size copy, which cut the timeline's peak memory ~2x on Messenger-heavy exports.
        try:
            return _orjson.dumps(row, default=json_default, option=_ORJSON_OPTIONS) + b"\n"
        except TypeError:  # a lone surrogate, an int beyond 64 bits, a non-string key: the json module copes
            pass
    return (_dumps(row) + "\n").encode("utf-8", "replace")  # a lone surrogate from a broken \\ud83d escape → "?"


_dumps = json.JSONEncoder(ensure_ascii=False, default=json_default).encode
try:  # optional speed-up (a dependency of dataexam; everything works without it)
    import orjson as _orjson

    _ORJSON_OPTIONS = _orjson.OPT_PASSTHROUGH_DATETIME
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


def _jsonl_rekey(payload: bytes, old: str, new: str) -> bytes:
    """A :func:`jsonl_line` row with ``key`` ``new`` for ``old``: the key is the row's last field, so its last
    quoted occurrence is the one replaced (compact or spaced separators alike)."""
    quoted = json.dumps(old, ensure_ascii=False).encode("utf-8")
    at = payload.rfind(quoted)
    if at < 0:
        return payload
    return payload[:at] + json.dumps(new, ensure_ascii=False).encode("utf-8") + payload[at + len(quoted):]


def _sqlite_rekey(payload: bytes, old: str, new: str) -> bytes:
    """A :func:`sqlite_row` with key ``new`` (its last column)."""
    row = pickle.loads(payload)
    return pickle.dumps((*row[:-1], new), pickle.HIGHEST_PROTOCOL)


# the merge numbers distinct records sharing a key (a Messenger message of two threads): the rows say so too
register_rekey(jsonl_line, _jsonl_rekey)
register_rekey(sqlite_row, _sqlite_rekey)


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
        format_time_ms(event.time), str(event.time_source), event.source, event.kind, event.actor, event.text,
        _attrs_json(attrs if type(attrs) is dict else dict(attrs)),
        event.origin.archive, event.origin.member, event.origin.index, event.key,
    )


def write_csv(events: Iterable[Event], out: IO[str], *, excel: bool = False) -> int:
    """Write events as CSV (attrs as a JSON column); return how many were written."""
    return write_csv_rows(map(_flat_row, events), out, excel=excel)


#: characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"): = + - @,
#: and tab / carriage return, which some spreadsheets strip before looking
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def excel_safe(value: object) -> object:
    """A cell that a spreadsheet shows as text: a string starting with ``= + - @`` (or tab / CR)
    gets a leading apostrophe, which Excel and LibreOffice hide and treat as "this is text"."""
    if type(value) is str and value.startswith(FORMULA_START):
        return "'" + value
    return value


def write_csv_rows(rows: Iterable[tuple[object, ...]], out: IO[str], *, excel: bool = False) -> int:
    """:func:`write_csv` for rows already flattened (``CSV_COLUMNS`` order).

    ``excel=True`` is for opening the file in a spreadsheet: a UTF-8 byte-order mark first (so
    Excel reads UTF-8, not the system code page) and every text cell that starts with ``=``, ``+``,
    ``-`` or ``@`` prefixed with ``'`` (:func:`excel_safe`), so a tweet saying ``=HYPERLINK(…)`` is
    shown, not run. The plain CSV (default) is the data unchanged, for scripts.
    """
    if excel:
        out.write("\ufeff")
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    n = 0
    for row in rows:
        writer.writerow(tuple(map(excel_safe, row)) if excel else row)
        n += 1
    return n


def _private_temp_beside(dest: Path) -> tuple[int, str]:
    """A new 0600 temporary file in ``dest``'s folder (same file system, so a rename is atomic), after
    the ones a power cut left for ``dest`` are removed (:func:`~dataexam.tempdirs.sweep_stale_parts`)."""
    directory = dest.parent if str(dest.parent) else Path(".")
    sweep_stale_parts(str(directory), dest.name)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".part", dir=directory)
    except OSError as exc:
        raise OutputError(cannot_create(dest, directory, exc)) from None
    os.fchmod(fd, 0o600)  # whatever the umask
    return fd, tmp


def cannot_create(dest: Path, directory: Path, exc: OSError) -> str:
    """Why no file could be created beside ``dest`` in ``directory`` (where its temporary file goes), said of the
    folder: ``-o /proc/version`` said "cannot write here (No such file or directory)" of a file that exists
    (the twenty-fourth pass's first tester): /proc lets no file be created in it."""
    reason = exc.strerror or type(exc).__name__
    if not directory.exists():
        return f"{dest}: cannot write it: the folder {directory} does not exist ({reason})"
    if not directory.is_dir():
        return f"{dest}: cannot write it: {directory} is not a folder ({reason})"
    if exc.errno in (errno.EACCES, errno.EPERM):
        why = "you have no permission to create files there"
    elif exc.errno == errno.EROFS:
        why = "it is on a read-only file system"
    else:  # ENOENT in an existing folder: a virtual file system (/proc, /sys) that creates no files
        why = "it does not allow creating a file (a system folder such as /proc or /sys)"
    return (f"{dest}: cannot create a file in the folder {directory}: {why} ({reason}); dataexam writes a new "
            "file beside the output and renames it, so the folder must allow creating one")


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
    block succeeds, removed when it fails (any exception, KeyboardInterrupt included), and by a
    :class:`~dataexam.janitor.Janitor` when this process is killed outright (it held the events
    written so far). Its name is ``mkstemp``'s own, so the janitor never meets another file there; it is
    locked while written (:func:`~dataexam.tempdirs.hold`), so a later run can tell one a power cut left."""
    fd, tmp = _private_temp_beside(dest)
    janitor = Janitor(tmp)
    lock = hold(tmp)
    try:
        yield fd, tmp
        try:
            os.replace(tmp, dest)
        except OSError as exc:  # an immutable (chattr +i) or otherwise locked file, a folder that turned read-only
            raise OutputError(f"{dest}: cannot be replaced ({exc.strerror or type(exc).__name__}); nothing was "
                              "written, the partial file was removed") from None
        os.chmod(dest, 0o600)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if no_room(exc):  # the disk or quota full while writing it: not a bug to report
            raise OutputError(f"{dest}: no room to write it ({no_room_reason(exc, str(dest))}); nothing was written, "
                              "the partial file was removed") from None
        raise
    finally:
        janitor.release()  # renamed or removed: nothing left for it
        if lock is not None:
            os.close(lock)  # after SQLite has closed the file (closing a descriptor drops its fcntl locks)


#: whose each row is, in a database that holds several accounts of a source (see :func:`write_sqlite_rows`)
ROW_ACCOUNTS_TABLE = "dataexam_row_accounts"
#: the tables dataexam owns in a database; everything else in it belongs to the user and is kept
OWNED_TABLES = ("events", "dataexam_meta", ROW_ACCOUNTS_TABLE)
#: the full-text index on events.text, named and declared as ``sqlite-utils enable-fts events text``
#: does (external content ``content=[events]``), which is how Datasette finds its search box
FTS_TABLE = "events_fts"
SQLITE_MAGIC = b"SQLite format 3\x00"

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
CREATE INDEX IF NOT EXISTS idx_events_time ON events(time);
CREATE INDEX IF NOT EXISTS idx_events_source ON events(source);
CREATE INDEX IF NOT EXISTS idx_events_kind ON events(kind);
CREATE INDEX IF NOT EXISTS idx_events_key ON events(key);
"""

_FTS_SQL = f"CREATE VIRTUAL TABLE [{FTS_TABLE}] USING FTS5 ([text], content=[events])"
_COLUMNS = ("time, time_source, source, kind, actor, text, attrs, origin_archive, origin_member, "
            "origin_index, key")
_INSERT = f"INSERT INTO events ({_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?)"
# --append: a row whose key is already in the table is the same record (docs/kinds.md keys)
_INSERT_NEW = (f"INSERT INTO events ({_COLUMNS}) SELECT ?,?,?,?,?,?,?,?,?,?,? "
               "WHERE NOT EXISTS (SELECT 1 FROM events WHERE key = ?)")
_ROW_ACCOUNTS_SQL = (f"CREATE TABLE IF NOT EXISTS [{ROW_ACCOUNTS_TABLE}] "
                     "(event_id INTEGER PRIMARY KEY, account TEXT NOT NULL)")


def _insert_of_account(recorded: bool) -> str:
    """--append where the database holds, or is to hold, several accounts of a source: a row is already there
    when a row with its key (?11) *of its account* is, among the rows there before this write (id ≤ ?12; this
    write's rows are de-duplicated already, by account). ?13: the offered row's account hash (``NULL``: its
    export names none, such as Amazon's: its key alone decides, as always); a row there is of the account
    :data:`ROW_ACCOUNTS_TABLE` records for it, else (?14) of its source's one account before this write, else
    of none known, which any key-equal row matches. ``recorded``: that table exists."""
    columns = ",".join(f"?{n}" for n in range(1, 12))
    owner = "r.account" if recorded else "NULL"
    join = f" LEFT JOIN [{ROW_ACCOUNTS_TABLE}] r ON r.event_id = e.id" if recorded else ""
    return (f"INSERT INTO events ({_COLUMNS}) SELECT {columns} WHERE NOT EXISTS (SELECT 1 FROM events e{join} "
            f"WHERE e.key = ?11 AND e.id <= ?12 AND (?13 IS NULL OR COALESCE({owner}, ?14) IS NULL "
            f"OR COALESCE({owner}, ?14) = ?13))")


@dataclass
class SqliteResult:
    """What :func:`write_sqlite_rows` did: rows written, rows skipped as already present (append)."""

    written: int = 0
    already_present: int = 0
    #: sources whose records the database held before it kept its accounts (written by an older dataexam): whose
    #: they are could not be checked against the inputs' (``accounts``)
    unchecked: list[str] = field(default_factory=list)
    #: the user's own indexes and triggers on ``events`` that a rewrite recreated (``"index my_idx"``)
    kept_objects: list[str] = field(default_factory=list)
    #: those that could not be recreated on the new table, with SQLite's reason (``"trigger t (no such column:
    #: mine)"``): they named a column the user had added to ``events``, which a rewrite does not keep
    dropped_objects: list[str] = field(default_factory=list)


def write_sqlite(events: Iterable[Event], path: str | os.PathLike[str], **options: Any) -> int:
    """Write events to a SQLite database at ``path``; see :func:`write_sqlite_rows`. Returns rows written."""
    return write_sqlite_rows(map(_flat_row, events), path, **options).written


def is_sqlite_file(path: Path) -> bool:
    """True for a SQLite 3 database file (by its 16-byte header) or an empty file (a valid empty database)."""
    with open(path, "rb") as fh:
        head = fh.read(len(SQLITE_MAGIC))
    return head == SQLITE_MAGIC or head == b""


#: what a run's accounts are, once its inputs are open: source → account ids (Export.account)
Accounts = Callable[[], Mapping[str, Collection[str]]]
#: whose the run's rows are, once its inputs are open: ``origin_archive`` → account hash
#: (:func:`dataexam.api.record_accounts`; rows of an input not listed name no account)
RowAccounts = Callable[[], Mapping[str, str]]
#: source → identifier kind (a Facebook ``username``, ``profile``) → the run's values of it
#: (:meth:`dataexam.parser.Parser.account_id_kind`)
AccountIds = Callable[[], Mapping[str, Mapping[str, Collection[str]]]]


def write_sqlite_rows(rows: Iterable[tuple[object, ...]], path: str | os.PathLike[str], *, append: bool = False,
                      inputs: Iterable[str] = (), accounts: Accounts | None = None,
                      several_accounts: bool = False, row_accounts: RowAccounts | None = None,
                      window: tuple[datetime | None, datetime | None] = (None, None),
                      account_aliases: Accounts | None = None, account_ids: AccountIds | None = None) -> SqliteResult:
    """Write flattened rows (``CSV_COLUMNS`` order) into the SQLite database at ``path``.

    Tables: ``events`` (one row per event, attrs as JSON text usable with SQLite's JSON functions,
    indexes on time, source, kind and key), the FTS5 index ``events_fts`` on ``text`` (Datasette's
    search box, ``select * from events where id in (select rowid from events_fts where events_fts
    match 'word')``), and ``dataexam_meta`` (name/value: ``schema_version``, ``tool``,
    ``tool_version``, ``inputs`` as a JSON list of input base names, ``created_at``, ``updated_at``,
    ``events``, ``accounts``: per source, a hash of each account whose records it holds, never the id;
    ``key_versions``: the key recipe's version of its rows of the kinds whose recipe changed, see
    :func:`_key_versions`).
    It opens as-is in sqlite-utils and Datasette.

    * A new path: written under a private temporary name and renamed on success.
    * An existing SQLite database: only dataexam's own objects change, in one transaction (an
      interruption leaves the database as it was). Without ``append`` they are replaced; with
      ``append`` rows are added unless a row with the same ``key`` is already there. Every other
      table, view and index of the database is kept; the user's own indexes and triggers on ``events``
      are recreated on a rewritten table (``SqliteResult.kept_objects``; those that cannot be, naming a
      column the user added, in ``dropped_objects``). A rewrite numbers ``events.id`` anew. ``append``
      onto a database of a newer dataexam (schema or tool version) raises :class:`KeysChanged`.

    ``accounts`` (called once the rows are read) gives the run's accounts. Appending another account's
    records of a source to a database holding that source's records of one account would merge two people
    into one "you", as one run refuses to (:class:`~dataexam.errors.SeveralAccounts`, the database left as
    it was), unless ``several_accounts`` (``--per-account``). ``account_aliases`` (source → every name the
    run's accounts go by: earlier names, username, profile URI) links a renamed account's download to the
    one the database holds, as one run links them (``dataexam_meta.account_aliases``: their hashes; T27C H1),
    unless ``account_ids`` (source → kind → the run's identifiers: a username, a profile URI) differ from those
    the database recorded (``dataexam_meta.account_ids``: kind → hashes): then it is another account whatever
    the names say, refused as above, also where the names are equal (namesakes; T27E M1).
    Appending rows of a kind the database holds under an older key recipe raises
    :class:`~dataexam.errors.KeysChanged` (the database left as it was).

    Several accounts of a source in one database (``--per-account``): keys name a record, not its owner
    (two people who liked one tweet hold equal keys, :mod:`dataexam.normalise`), so the key alone cannot
    say a record is already there. Such a database keeps whose each row is in the table
    ``dataexam_row_accounts`` (``event_id`` → the account's hash as in ``dataexam_meta.accounts``, never
    the id; ``row_accounts``, called at the first row, gives the run's); a row it does not list is of its
    source's one account where the database held one (rows written before it held two), else of none
    known. Appending to a database that holds it, or with ``several_accounts``, a row is already there when
    a row with its key of its account (or of no known account) is; a row whose export names no account
    (Amazon's) is there when its key is, as in every other database. A database of one account per source
    gets no such table and compares keys alone, as before.

    Records of a threaded kind (:data:`~dataexam.events.THREADED_KINDS`: Messenger messages, numbered
    ``<key>#n`` per run by the merge) are appended by count, not by key: per key without its ordinal and
    account, the run's records inside its ``window`` (``(since, until)``, the run's ``--since``/``--until``;
    ``None`` open) the database lacks — those at an instant no row of the database holds, as many as the
    run holds more than the database in that window — are added, under the run's key where free, else the
    lowest free ordinal (:mod:`dataexam.appendcount`). So a window that cuts the second of two equal
    messages, or a download lacking one of them, neither loses nor doubles one.

    Raises :class:`OutputError` for an existing file that is not a SQLite database (it is never
    overwritten) and for a database whose ``events`` table dataexam did not create.
    """
    dest = Path(path)
    inputs = list(inputs)
    if not dest.exists():
        with _replaced_on_success(dest) as (fd, tmp):
            os.close(fd)  # sqlite opens the file by name
            conn = sqlite3.connect(tmp, isolation_level=None)
            try:
                # a new private file renamed only on success: no journal needed for atomicity
                conn.execute("PRAGMA journal_mode=OFF")
                conn.execute("PRAGMA synchronous=OFF")
                # 16 KiB pages: inserting, indexing and the full-text build of 66,000 tweets took 0.39 s
                # instead of 0.49 s with 4 KiB ones (a bigger page cache gained nothing; issue 16)
                conn.execute(f"PRAGMA page_size={_SQLITE_PAGE_SIZE}")
                with _sqlite_refusals(dest, "nothing was written, the partial file was removed"):
                    return _fill(conn, rows, append=False, fresh=True, inputs=inputs, accounts=accounts,
                                 several_accounts=several_accounts, row_accounts=row_accounts, window=window,
                         account_aliases=account_aliases, account_ids=account_ids)
            finally:
                conn.close()
    if not dest.is_file() or not is_sqlite_file(dest):
        raise OutputError(f"{dest}: exists and is not a SQLite database; refusing to overwrite it "
                          "(choose another name or remove it yourself)")
    try:
        conn = sqlite3.connect(dest, isolation_level=None)
    except sqlite3.Error as exc:
        raise OutputError(f"{dest}: cannot open as a SQLite database ({exc})") from None
    try:
        try:
            conn.execute("PRAGMA schema_version").fetchone()  # fails on a damaged header
        except sqlite3.DatabaseError as exc:
            if (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
                # another program holds it locked: not damaged (T28B L9; --append said so already)
                raise OutputError(f"{dest}: is in use by another program (SQLite: database is locked); close it "
                                  "there and run again; the database was left as it was") from None
            raise OutputError(f"{dest}: exists and is not a readable SQLite database; refusing to "
                              "overwrite it") from None
        with _sqlite_refusals(dest, "the database was left as it was (its transaction was rolled back)", conn):
            return _fill(conn, rows, append=append, fresh=False, inputs=inputs, accounts=accounts,
                         several_accounts=several_accounts, row_accounts=row_accounts, window=window,
                         account_aliases=account_aliases, account_ids=account_ids)
    finally:
        conn.close()


@contextlib.contextmanager
def _sqlite_refusals(dest: Path, kept: str, existing: sqlite3.Connection | None = None) -> Iterator[None]:
    """A write SQLite refuses (:func:`_sqlite_fault`) becomes an :class:`OutputError`; ``kept``: what
    became of the file. ``existing``: the connection to a database that was there before, which is
    closed and the database opened again, so SQLite rolls back now what its journal holds (a write
    refused mid-transaction can leave the file grown and half-written, the old pages in
    ``<name>-journal``, until the next open: a copy of the file alone was corrupt)."""
    try:
        yield
    except sqlite3.OperationalError as exc:
        if _sqlite_fault(dest, exc, kept) is None:
            raise
        if existing is not None and not _rolled_back(dest, existing):
            kept = (f"the database is as it was once SQLite rolls back {dest.name}-journal, the next time it is "
                    "opened: keep the two files together until then")
        raise _sqlite_fault(dest, exc, kept) from None
    except sqlite3.IntegrityError as exc:
        # a unique index or constraint the user added to a table of ours that the new rows break (a unique index
        # on `key` and --append --per-account, where two accounts' rows share a key: the final testers' N7 was an
        # "internal error … report it"); SQLite's message names the index's columns, never a value
        if existing is not None and not _rolled_back(dest, existing):
            kept = (f"the database is as it was once SQLite rolls back {dest.name}-journal, the next time it is "
                    "opened: keep the two files together until then")
        raise OutputError(f"{dest}: the database refuses the new rows (SQLite: {exc}): a unique index or "
                          f"constraint of your own on it? {kept[:1].upper()}{kept[1:]}.") from None
    except sqlite3.DatabaseError as exc:
        # a damaged database whose header still reads (T32A L6: byte 100 overwritten, "database disk image is
        # malformed" on the first look at its tables, was "internal error (DatabaseError) … report it"): the
        # file's fault, said as the other refusals are; nothing was written
        if (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF not in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
            raise
        if existing is not None:
            _rolled_back(dest, existing)
        raise OutputError(f"{dest}: a damaged SQLite database (SQLite: {exc}); refusing to write into it; "
                          f"{kept}") from None


def _rolled_back(dest: Path, conn: sqlite3.Connection) -> bool:
    """Close ``conn`` and open ``dest`` again, which makes SQLite roll a hot journal back; whether no
    journal is left."""
    conn.close()
    with contextlib.suppress(sqlite3.Error):
        again = sqlite3.connect(dest)
        try:
            again.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            again.close()
    return not os.path.exists(f"{dest}-journal")


def _sqlite_fault(dest: Path, exc: sqlite3.OperationalError, kept: str) -> OutputError | None:
    """The :class:`OutputError` of a write SQLite refused (``kept``: what became of the file), or
    ``None`` for any other error (a bug). SQLite's primary result codes of a database that cannot be
    written (https://www.sqlite.org/rescode.html) are the output's fault, said in SQLite's own words
    (never data)."""
    primary = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
    if primary == sqlite3.SQLITE_FULL:
        # SQLite also sorts in temporary files of its own, in TMPDIR, while it builds the indexes
        fs_type = memory_file_system(os.path.dirname(os.path.abspath(dest)))
        where = f"the {fs_type} the output is on, which keeps its files in memory," if fs_type else "the output's disk,"
        why = (f"no room to write it (SQLite: database or disk is full: {where} or the temporary folder's "
               "(TMPDIR), where SQLite sorts while indexing)")
    elif primary == sqlite3.SQLITE_IOERR:  # a write the OS refused: a file size limit (ulimit -f), a failing disk
        why = (f"could not write it (SQLite: {exc}: a write the system refused — a file size limit "
               "(ulimit -f), a full or failing disk)")
    elif primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        why = "is in use by another program (SQLite: database is locked); close it there and run again"
    elif primary == sqlite3.SQLITE_READONLY:
        why = f"cannot be written (SQLite: {exc})"
    else:
        return None
    return OutputError(f"{dest}: {why}; {kept}")


def _objects(conn: sqlite3.Connection) -> set[str]:
    return {name for (name,) in conn.execute("SELECT name FROM sqlite_master")}


#: dataexam_meta.accounts' entry for a source whose records a database held before its accounts were kept
_UNKNOWN_ACCOUNT = "unknown"


_account_hash = account_hash  # a stable stand-in for an account in ``dataexam_meta`` (never the id itself)


def _held_accounts(conn: sqlite3.Connection) -> dict[str, list[str]]:
    """``dataexam_meta.accounts`` as it is (source → hashes; ``{}`` when absent or unreadable)."""
    return _meta_hashes(conn, "accounts")


def _meta_json(conn: sqlite3.Connection, name: str) -> dict[Any, Any]:
    """A ``dataexam_meta`` entry that holds a JSON object, parsed (``{}`` when absent, not JSON or not an
    object: a database written before the entry existed, or edited by hand)."""
    with contextlib.suppress(ValueError):
        loaded = json.loads(_meta(conn, name) or "{}")
        if isinstance(loaded, dict):
            return loaded
    return {}


def _meta_hashes(conn: sqlite3.Connection, name: str) -> dict[str, list[str]]:
    """A ``dataexam_meta`` entry holding source → hashes as JSON (``{}`` when absent or unreadable)."""
    return {str(k): [str(h) for h in v] for k, v in _meta_json(conn, name).items() if isinstance(v, list)}


def _one_account(held: Mapping[str, Collection[str]]) -> dict[str, str]:
    """Source → its account's hash, for the sources of which ``held`` names exactly one known account."""
    return {source: next(iter(hashes)) for source, hashes in held.items()
            if len(hashes) == 1 and _UNKNOWN_ACCOUNT not in hashes}


def _record_row_accounts(conn: sqlite3.Connection, held: Mapping[str, Collection[str]],
                         implied: Mapping[str, str], origins: Callable[[], Mapping[str, str]], before: int) -> None:
    """Keep whose each row is (:data:`ROW_ACCOUNTS_TABLE`) once the database holds several accounts of a source
    (``held``, after this write): the rows there before it (``id`` ≤ ``before``) of a source that then had one
    account (``implied``) are that account's; this write's rows are their input's (``origins``, called only
    here)."""
    several = sorted(source for source, hashes in held.items()
                     if len({h for h in hashes if h != _UNKNOWN_ACCOUNT}) > 1)
    if not several and ROW_ACCOUNTS_TABLE not in _objects(conn):
        return
    conn.execute(_ROW_ACCOUNTS_SQL)
    for source in several:
        if source in implied:
            conn.execute(f"INSERT OR IGNORE INTO [{ROW_ACCOUNTS_TABLE}] (event_id, account) "
                         "SELECT id, ? FROM events WHERE id <= ? AND source = ?", (implied[source], before, source))
    for origin, owner in sorted(origins().items()):
        conn.execute(f"INSERT OR IGNORE INTO [{ROW_ACCOUNTS_TABLE}] (event_id, account) "
                     "SELECT id, ? FROM events WHERE id > ? AND origin_archive = ?", (owner, before, origin))


def _merged_accounts(conn: sqlite3.Connection, keep_rows: bool, accounts: Accounts | None,
                     several_accounts: bool, result: SqliteResult, last_old_id: int,
                     account_aliases: Accounts | None = None, account_ids: AccountIds | None = None) -> str:
    """``dataexam_meta.accounts`` after this write (JSON: source → sorted hashes); raises
    :class:`SeveralAccounts` where appending would add another account to a source's one.

    A database written before dataexam kept its accounts holds records of unknown accounts: those sources are
    listed in ``result.unchecked`` and get no hashes (recording the newcomer's would make it the owner and refuse
    the real one: the twenty-second pass's third tester)."""
    before: dict[str, list[str]] = {}
    held_unknown: set[str] = set()
    if keep_rows:
        raw = _meta(conn, "accounts")
        before = _held_accounts(conn)
        if raw is None:  # an older database: its sources' accounts are not known
            held_unknown = {source for (source,) in conn.execute(
                "SELECT DISTINCT source FROM events WHERE id <= ? AND source IS NOT NULL", (last_old_id,))}
        held_unknown |= {source for source, hashes in before.items() if _UNKNOWN_ACCOUNT in hashes}
    now = {source: {_account_hash(source, a) for a in ids} for source, ids in (accounts() if accounts else {}).items()}
    result.unchecked = sorted(held_unknown & set(now))
    for source in held_unknown:  # stays unknown, for later appends too
        now.pop(source, None)
        before[source] = [_UNKNOWN_ACCOUNT]
    # every name the run's accounts go by, hashed as the accounts are; and those the database has met
    called = {source: {_account_hash(source, a) for a in names}
              for source, names in (account_aliases() if account_aliases else {}).items()}
    known = _held_aliases(conn) if keep_rows else {}
    ids_now = {source: {kind: {_account_hash(source, v) for v in values} for kind, values in kinds.items()}
               for source, kinds in (account_ids() if account_ids else {}).items()}
    for source in now:  # a source whose accounts carry no identifier is recorded too (as having none)
        ids_now.setdefault(source, {})
    ids_known = _held_ids(conn) if keep_rows else {}
    if not several_accounts:
        for source, hashes in sorted(now.items()):
            held = set(before.get(source, ()))
            mine = ids_now.get(source, {})
            if held and _UNKNOWN_ACCOUNT not in held and source in ids_known and \
                    any(kind in ids_known[source] and not values & set(ids_known[source][kind])
                        for kind, values in mine.items()):
                # the database's account went by another username or profile URI: another account, even of the
                # same name (a namesake) or of a name its account once had (T27E M1)
                raise SeveralAccounts(
                    f"the database holds {source} records of another account than these inputs (their names may "
                    "meet, but their usernames or profile addresses differ: two accounts whatever the names say); "
                    "appending would merge two people into one 'you'. Write to another file, or add --per-account "
                    "to keep several accounts in one database")
            # a database that recorded no identifiers (written before they were kept) links a run that has some
            # only through one of them, never through a name alone
            linking = called.get(source, set())
            if mine and source not in ids_known:
                linking = set().union(*mine.values())
            if held and not hashes <= held and _UNKNOWN_ACCOUNT not in held and \
                    linking & (held | set(known.get(source, ()))):
                # a download made after (or before) a name change: one of its names is one the database's
                # account went by (an earlier name, its username, its profile URI), as one run links them
                # (api._link_accounts): the same account, kept under the database's hash
                now[source] = hashes & held or held
                continue
            if held and not hashes <= held:
                raise SeveralAccounts(
                    f"the database holds {source} records of another account than these inputs; appending "
                    "would merge two people into one 'you'. Write to another file, or add --per-account to keep "
                    "several accounts in one database")
    merged = {source: sorted(set(before.get(source, ())) | now.get(source, set())) for source in {*before, *now}}
    aliases = {source: sorted(set(known.get(source, ())) | called.get(source, set())) for source in {*known, *called}}
    if aliases:
        conn.execute("INSERT OR REPLACE INTO dataexam_meta (name, value) VALUES ('account_aliases', ?)",
                     (json.dumps(dict(sorted(aliases.items()))),))
    ids: dict[str, dict[str, list[str]]] = {}
    for source in sorted({*ids_known, *ids_now}):
        kinds = {*ids_known.get(source, {}), *ids_now.get(source, {})}
        held_ids, run_ids = ids_known.get(source, {}), ids_now.get(source, {})
        ids[source] = {kind: sorted(set(held_ids.get(kind, ())) | run_ids.get(kind, set())) for kind in sorted(kinds)}
    if ids:
        conn.execute("INSERT OR REPLACE INTO dataexam_meta (name, value) VALUES ('account_ids', ?)",
                     (json.dumps(ids),))
    return json.dumps(dict(sorted(merged.items())))


def _held_ids(conn: sqlite3.Connection) -> dict[str, dict[str, list[str]]]:
    """``dataexam_meta.account_ids`` (source → identifier kind → hashes of the values its accounts had; ``{}``
    when absent or unreadable: a database written before identifiers were kept)."""
    return {str(source): {str(kind): [str(h) for h in hashes] for kind, hashes in kinds.items()
                          if isinstance(hashes, list)}
            for source, kinds in _meta_json(conn, "account_ids").items() if isinstance(kinds, dict)}


def _held_aliases(conn: sqlite3.Connection) -> dict[str, list[str]]:
    """``dataexam_meta.account_aliases`` (source → hashes of every name its account went by; ``{}`` when absent:
    a database written before it was kept)."""
    return _meta_hashes(conn, "account_aliases")


def _key_versions(conn: sqlite3.Connection, keep_rows: bool, offered: Collection[object], last_old_id: int) -> str:
    """``dataexam_meta.key_versions`` after this write (JSON: kind → the version of the key recipe its rows
    carry, for the kinds of :data:`~dataexam.events.KEY_VERSIONS`); raises :class:`KeysChanged` where an
    append offers rows of a kind the database holds under an older recipe.

    ``--append`` recognises a record already there by its key only: rows written with an older recipe (a
    database without the entry was written before it existed: every kind at version 1) would not match the
    same records read now, and each would be added again (facebook.message 1 → 2: the twenty-third pass's
    second tester's chats read from two downloads). The old rows cannot be keyed anew from what the table
    keeps (a message's key now holds its thread's participants, which no column stores), so such an append is
    refused, the database left as it was; one that adds no row of such a kind goes on, the entry keeping
    the old version for the rows still there. An entry for a kind this version does not version (a newer
    dataexam's: this one keys that kind by version 1) is kept as it is, and refuses an append offering rows
    of that kind the same way."""
    stored: dict[str, int] = {}
    if keep_rows:
        with contextlib.suppress(ValueError, TypeError):
            loaded = json.loads(_meta(conn, "key_versions") or "{}")
            if isinstance(loaded, dict):
                stored = {str(k): int(v) for k, v in loaded.items()}
    versions: dict[str, int] = {}
    stale: list[tuple[str, int, int]] = []
    # a kind the database versions and this dataexam does not (its recipe is version 1 here): a newer one
    # changed its key. Its entry is kept whatever happens (dropping it hid the change from the newer one too:
    # the twenty-fourth pass's first tester), and rows of it offered would not match those there
    for kind, held in sorted(stored.items()):
        if kind in KEY_VERSIONS:
            continue
        versions[kind] = held
        if held != 1 and kind in offered and conn.execute(
                "SELECT 1 FROM events WHERE kind = ? AND id <= ? LIMIT 1", (kind, last_old_id)).fetchone():
            stale.append((kind, held, 1))
    for kind, version in sorted(KEY_VERSIONS.items()):
        held = stored.get(kind, 1)
        if keep_rows and held != version and conn.execute(
                "SELECT 1 FROM events WHERE kind = ? AND id <= ? LIMIT 1", (kind, last_old_id)).fetchone():
            if kind in offered:
                stale.append((kind, held, version))
            versions[kind] = held  # the rows there keep their keys
        else:
            versions[kind] = version
    if stale:
        which = ", ".join(f"{kind} (key version {held} there, {version} here)" for kind, held, version in stale)
        raise KeysChanged(
            f"the database holds records keyed as another dataexam version keys them: {which}; appending would "
            "add those records a second time. Write the database anew from all the exports (without --append), "
            "or write these inputs to another file")
    return json.dumps(dict(sorted(versions.items())))


#: indexes dataexam makes on ``events`` (:data:`_INDEX_SQL`); every other index or trigger on it is the user's
_OWN_INDEXES = frozenset(("idx_events_time", "idx_events_source", "idx_events_kind", "idx_events_key"))


def _user_objects_on_events(conn: sqlite3.Connection) -> list[tuple[str, str, str]]:
    """The user's own indexes and triggers on ``events`` (``(type, name, sql)``, in the order SQLite keeps
    them), which ``DROP TABLE events`` takes with it: a rewrite recreates them (:func:`_recreate`).

    The twenty-fourth pass's first tester indexed ``events(actor)`` and added an audit trigger for Datasette;
    the next rewrite dropped both without a word while the README said every other index is kept. SQLite's
    own automatic indexes (no ``sql``) and dataexam's (:data:`_OWN_INDEXES`) are not listed."""
    return [(kind, name, sql) for kind, name, sql in conn.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'events' AND type IN ('index', 'trigger') "
        "AND sql IS NOT NULL ORDER BY rowid") if name not in _OWN_INDEXES]


def _recreate(conn: sqlite3.Connection, objects: list[tuple[str, str, str]]) -> tuple[list[str], list[str]]:
    """Run each object's ``CREATE`` statement again on the new ``events`` table, after its rows are in (so a
    trigger does not fire for the rewrite's own rows, as it does for the rows an append adds); returns what
    was recreated and what could not be, with SQLite's reason (a column the user had added to ``events``)."""
    kept: list[str] = []
    dropped: list[str] = []
    for kind, name, sql in objects:
        try:
            conn.execute("SAVEPOINT dataexam_recreate")
            conn.execute(sql)
            conn.execute("RELEASE dataexam_recreate")
            kept.append(f"{kind} {name}")
        except (sqlite3.OperationalError, sqlite3.IntegrityError) as exc:
            # OperationalError: a column the user had added; IntegrityError: a unique index the new rows repeat
            # (two accounts' rows may share a key with --per-account: the final tester's N7 ended the write)
            conn.execute("ROLLBACK TO dataexam_recreate")
            conn.execute("RELEASE dataexam_recreate")
            dropped.append(f"{kind} {name} ({exc})")
    return kept, dropped


def _version_tuple(text: str | None) -> tuple[int, ...]:
    """``"0.3.0"`` → ``(0, 3, 0)``; the leading digits of each dot-separated part (``"1.2rc1"`` → ``(1, 2)``);
    ``()`` for none."""
    parts: list[int] = []
    for part in (text or "").split("."):
        digits = "".join(itertools.takewhile(str.isdigit, part))
        if not digits:
            break
        parts.append(int(digits))
    return tuple(parts)


def _check_meta(conn: sqlite3.Connection) -> None:
    """Refuse (:class:`KeysChanged`, the database left as it was) an append onto a database whose
    ``dataexam_meta`` cannot be read: no ``name``/``value`` columns, no ``schema_version`` or one that is no
    version, or a ``key_versions`` or ``accounts`` entry that is not the JSON object dataexam writes. What is
    already there could not be told from what is added (its key recipes), nor whose it is (its accounts); the
    last pass's tester saw a damaged table end in "internal error (OperationalError)" and unreadable entries
    accepted without a word. Nothing of the table is quoted."""
    columns = {row[1] for row in conn.execute("PRAGMA table_info(dataexam_meta)")}
    damaged: list[str] = []
    if not {"name", "value"} <= columns:
        damaged.append("the table has no name and value columns")
    else:
        if not _version_tuple(_meta(conn, "schema_version")):
            damaged.append("schema_version is missing or no version number")
        for name, check in (("key_versions", lambda v: all(isinstance(n, int) for n in v.values())),
                            ("accounts", lambda v: all(isinstance(h, list) for h in v.values()))):
            raw = _meta(conn, name)
            if raw is None:
                continue
            try:
                loaded = json.loads(raw)
            except ValueError:
                loaded = None
            if not isinstance(loaded, dict) or not check(loaded):
                damaged.append(f"{name} is not the JSON object dataexam writes")
    if damaged:
        raise KeysChanged(
            f"the database's dataexam_meta is damaged ({'; '.join(damaged)}): appending could add records a "
            "second time or merge another account's into them. Write the database anew from all the exports "
            "(without --append), or write these inputs to another file")


def _check_not_newer(conn: sqlite3.Connection) -> None:
    """Refuse (:class:`KeysChanged`, the database left as it was) an append onto a database a newer dataexam
    wrote: its ``schema_version`` or ``tool_version`` is above this one's. A newer version may key records
    otherwise (a ``key_versions`` entry this version cannot read: the twenty-fourth pass's first tester's
    ``twitter.tweet: 2`` was accepted, every tweet added twice and the entry erased), or lay the tables out
    otherwise; what it wrote is left for it to extend."""
    schema = _meta(conn, "schema_version")
    tool = _meta(conn, "tool_version")
    newer = []
    if _version_tuple(schema) > _version_tuple(str(SCHEMA_VERSION)):
        newer.append(f"schema version {schema}, this one writes {SCHEMA_VERSION}")
    if _version_tuple(tool) > _version_tuple(__version__):
        newer.append(f"dataexam {tool}, this is {__version__}")
    if newer:
        raise KeysChanged(
            f"the database was written by a newer dataexam ({'; '.join(newer)}); appending with this older one "
            "could add its records a second time and overwrite what the newer one recorded. Append with the "
            "newer dataexam, or write these inputs to another file")


def _text(value: object) -> str | None:
    return None if value is None else str(value)


#: the key an append checks for a threaded row already found new (:class:`_Counted`): no row holds it
_NO_KEY = "\x00"


class _Counted:
    """``--append`` of threaded kinds' rows by count (:mod:`dataexam.appendcount`): per second, which of the
    run's rows of each key (without its ordinal) and account the database lacks, and under which key.

    ``before``: the last row id there before this write; ``recorded``: the database keeps whose each row is
    (:data:`ROW_ACCOUNTS_TABLE`); ``implied``: source → its one account before this write; ``window``: the
    run's ``(since, until)``."""

    def __init__(self, conn: sqlite3.Connection, before: int, recorded: bool, implied: Mapping[str, str],
                 window: tuple[datetime | None, datetime | None]) -> None:
        self._conn, self._before, self._implied = conn, before, implied
        self._since, self._until = (format_time_ms(bound) for bound in window)
        owner = "r.account" if recorded else "NULL"
        join = f" LEFT JOIN [{ROW_ACCOUNTS_TABLE}] r ON r.event_id = e.id" if recorded else ""
        self._sql = (f"SELECT e.key, e.time, e.actor, e.source, {owner} FROM events e{join} WHERE e.id <= ? "
                     "AND (e.key = ? OR (e.key >= ? AND e.key < ?))")
        # The common case needs no count: a run's one record of a key without an ordinal, whose key no numbered
        # row shares and whose second no window bound cuts, is there exactly when its key is (the database holds
        # at most that one row of it, inside the window): the key rule decides it, without a query per message
        # (an append of 60,000 messages took 12.1 s counting each, 8.1 s by key)
        kinds = sorted(THREADED_KINDS)
        self._numbered = {base_key(key) for (key,) in conn.execute(
            f"SELECT key FROM events WHERE id <= ? AND kind IN ({','.join('?' * len(kinds))}) "
            "AND instr(key, '#') > 0", (before, *kinds))}
        self._edges = {bound[:19] for bound in (self._since, self._until) if bound is not None}

    def decide(self, rows: list[tuple[object, ...]], origins: Mapping[str, str] | None
               ) -> Iterator[tuple[tuple[object, ...], str | None]]:
        """``(row, key)`` for each of ``rows`` (one second's, in order): ``key`` ``None`` for a row of
        another kind, or one the key rule decides alike (appended by its key as always), ``""`` for a threaded
        row already there, else the key it is added with."""
        groups: dict[tuple[str, str | None], list[int]] = {}
        for i, row in enumerate(rows):
            if row[3] in THREADED_KINDS:
                owner = origins.get(str(row[7])) if origins is not None else None
                groups.setdefault((base_key(str(row[-1])), owner), []).append(i)
        keys: list[str | None] = [None] * len(rows)
        for (base, owner), members in groups.items():
            if (len(members) == 1 and rows[members[0]][-1] == base and base not in self._numbered
                    and str(rows[members[0]][0])[:19] not in self._edges):
                continue  # keys[i] stays None: appended by its key
            held: list[tuple[str, str | None, str | None]] = []
            used: set[str] = set()
            found = self._conn.execute(self._sql, (self._before, base, *key_range(base)))
            for key, time, actor, source, account in found:
                account = account if account is not None else self._implied.get(source)
                if owner is None or account is None or account == owner:  # as _insert_of_account matches
                    held.append((key, time, actor))
                    used.add(key)
            run = [(str(rows[i][0]), str(rows[i][-1]), _text(rows[i][4])) for i in members]
            for i, key in zip(members, new_keys(run, held, used, self._since, self._until), strict=True):
                keys[i] = key or ""
        return zip(rows, keys, strict=True)


def _fill(conn: sqlite3.Connection, rows: Iterable[tuple[object, ...]], *, append: bool, fresh: bool,
          inputs: list[str], accounts: Accounts | None = None, several_accounts: bool = False,
          row_accounts: RowAccounts | None = None,
          window: tuple[datetime | None, datetime | None] = (None, None),
          account_aliases: Accounts | None = None, account_ids: AccountIds | None = None) -> SqliteResult:
    result = SqliteResult()
    now = format_time_ms(datetime.now(UTC))
    conn.execute("BEGIN IMMEDIATE")
    try:
        existing = _objects(conn)
        if "events" in existing and "dataexam_meta" not in existing:
            # named by its path, like every other output error (T28B L4)
            where = next((row[2] for row in conn.execute("PRAGMA database_list") if row[1] == "main"), "")
            raise OutputError(f"{where or 'the database'}: has a table 'events' that dataexam did not write; "
                              "refusing to change it (write to another file)")
        created_at = now
        keep_rows = append and "events" in existing
        if keep_rows:
            _check_meta(conn)
            _check_not_newer(conn)
        if keep_rows:  # (checked above: the table is dataexam's)
            found = conn.execute("SELECT value FROM dataexam_meta WHERE name = 'created_at'").fetchone()
            if found:
                created_at = found[0]
        users = [] if keep_rows else _user_objects_on_events(conn)
        if not keep_rows:
            # replace dataexam's own objects only (the FTS table takes its shadow tables with it)
            for name in (FTS_TABLE, *OWNED_TABLES):
                if name in existing:
                    conn.execute(f"DROP TABLE [{name}]")
            for statement in filter(str.strip, _SCHEMA_SQL.split(";")):
                conn.execute(statement)
            conn.execute(_FTS_SQL)
        elif FTS_TABLE not in existing:
            conn.execute(_FTS_SQL)
        before = conn.execute("SELECT max(id) FROM events").fetchone()[0] or 0
        batch: list[tuple[object, ...]] = []
        recorded = keep_rows and ROW_ACCOUNTS_TABLE in existing
        implied = _one_account(_held_accounts(conn)) if keep_rows else {}
        # whose a row is matters where the database holds several accounts of a source or may come to
        by_account = keep_rows and (recorded or several_accounts)
        sql = _insert_of_account(recorded) if by_account else _INSERT_NEW if keep_rows else _INSERT
        offered = 0
        origins: Mapping[str, str] | None = None
        kinds: set[object] = set()  # the kinds of the rows offered (_key_versions)
        # appending: the rows of one second that holds a threaded kind's row, held until the second ends, so
        # all the run's records of a key (its second is in the key) are counted at once (_counted)
        pending: list[tuple[object, ...]] = []
        second: object = None
        counted = _Counted(conn, before, recorded, implied, window) if keep_rows else None

        def offer(row: tuple[object, ...], decided: bool = False) -> None:
            """Batch ``row``; ``decided``: a threaded row _Counted found new, inserted whatever its key."""
            nonlocal origins
            if by_account:
                if origins is None:  # the inputs are open once the first row is read
                    origins = row_accounts() if row_accounts is not None else {}
                owner = origins.get(str(row[7]))  # the row's origin_archive
                batch.append((*row, 0 if decided else before, owner, implied.get(str(row[2]))))
            else:
                batch.append((*row, _NO_KEY if decided else row[-1]) if keep_rows else row)

        def release() -> None:
            nonlocal origins, offered
            assert counted is not None
            if origins is None and by_account:
                origins = row_accounts() if row_accounts is not None else {}
            for row, key in counted.decide(pending, origins if by_account else None):
                if key is None:
                    offer(row)
                elif key:
                    offer((*row[:-1], key), decided=True)
                else:  # already there
                    offered += 1
            pending.clear()

        for row in rows:
            kinds.add(row[3])
            if counted is not None:
                at = row[0][:19] if isinstance(row[0], str) else None  # the second
                if pending and at != second:
                    release()
                if pending or (at is not None and row[3] in THREADED_KINDS):
                    second = at
                    pending.append(row)
                else:
                    offer(row)
            else:
                offer(row)
            if len(batch) >= _SQLITE_BATCH:
                conn.executemany(sql, batch)
                offered += len(batch)
                batch.clear()
        if pending:
            release()
        if batch:
            conn.executemany(sql, batch)
            offered += len(batch)
        total = conn.execute("SELECT count(*) FROM events").fetchone()[0]
        added = conn.execute("SELECT count(*) FROM events WHERE id > ?", (before,)).fetchone()[0]
        result.written, result.already_present = added, offered - added
        for statement in filter(str.strip, _INDEX_SQL.split(";")):
            conn.execute(statement)
        if keep_rows:  # index only the new rows (an external-content index is updated by hand)
            conn.execute(f"INSERT INTO [{FTS_TABLE}](rowid, [text]) SELECT id, text FROM events WHERE id > ?",
                         (before,))
        else:
            conn.execute(f"INSERT INTO [{FTS_TABLE}]([{FTS_TABLE}]) VALUES ('rebuild')")
        # before anything is committed; the rows there before this write are those up to `before`
        versions = _key_versions(conn, keep_rows, kinds, before)
        held = _merged_accounts(conn, keep_rows, accounts, several_accounts, result, before, account_aliases,
                                account_ids)
        _record_row_accounts(conn, json.loads(held), implied, lambda: origins if origins is not None else
                             row_accounts() if row_accounts is not None and offered else {}, before)
        previous = json.loads(_meta(conn, "inputs") or "[]") if keep_rows else []
        meta = {"schema_version": str(SCHEMA_VERSION), "tool": "dataexam", "tool_version": __version__,
                "inputs": json.dumps(list(dict.fromkeys([*previous, *inputs])), ensure_ascii=False),
                "created_at": created_at, "updated_at": now, "events": str(total), "accounts": held,
                "key_versions": versions}
        conn.executemany("INSERT OR REPLACE INTO dataexam_meta (name, value) VALUES (?, ?)", meta.items())
        result.kept_objects, result.dropped_objects = _recreate(conn, users)
        conn.execute("COMMIT")
    except BaseException:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")
        raise
    return result


def _meta(conn: sqlite3.Connection, name: str) -> str | None:
    found = conn.execute("SELECT value FROM dataexam_meta WHERE name = ?", (name,)).fetchone()
    return found[0] if found else None
