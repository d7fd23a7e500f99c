"""The timeline as Parquet (``dataexam timeline -o me.parquet``, ``-f parquet``), streamed in row groups.

The columns are the event schema's (schema version 1, the CSV and SQLite columns), each with one fixed Arrow type
whatever the inputs hold, so two timelines pool without a type clash (pandas, DuckDB, Polars,
``pyarrow.dataset``): ``time`` ``timestamp[ms, tz=UTC]`` (null where the export gives no time; milliseconds
truncated, as every other timeline output writes them), ``origin_index`` ``int64``, ``attrs`` JSON text (sorted
keys, as in CSV and SQLite: its fields differ by kind), every other column ``string``. Rows are written
:data:`ROW_GROUP_ROWS` at a time, so memory holds one row group, never the timeline. The file is written the way
every dataexam file is (:func:`~dataexam.writers.private_output`'s way): a 0600 temporary file beside the output,
renamed onto it on success and removed on any failure, so nothing but the file asked for is ever replaced.

A Parquet file ends with its footer but is written front to back (pyarrow's writer never seeks), so it can also go
to a stdout redirected to a file or a pipe (``timeline -f parquet > me.parquet``, ``… | duckdb``) or to a device or
FIFO given with ``-o``: written straight through, as JSON Lines and CSV are there (:func:`write_parquet_to`). Only a
terminal is refused: binary rows on a screen are of no use to anyone (:func:`check_target`).
"""

from __future__ import annotations

import contextlib
import json
import os
import pickle
import stat
import sys
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from . import __version__
from .errors import UsageProblem
from .events import SCHEMA_VERSION, Event
from .writers import CSV_COLUMNS, _attrs_json, _replaced_on_success

__all__ = ["COLUMNS", "ROW_GROUP_ROWS", "check_target", "parquet_row", "schema", "write_parquet_rows",
           "write_parquet_to"]

#: the columns, in the CSV/SQLite order
COLUMNS = CSV_COLUMNS
#: rows per row group, held in memory until written: on a 22 MB demo persona (58,846 events) the run's peak RSS
#: was 266 MB at 50,000 rows, 200 MB at 10,000, 185 MB at 2,000 (CSV: 84 MB; importing pyarrow alone ~45 MB of
#: it); 10,000 keeps row groups large enough for DuckDB's and pandas' readers
ROW_GROUP_ROWS = 10_000
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MS = timedelta(milliseconds=1)


def schema() -> Any:
    """The Arrow schema of a timeline Parquet file (pyarrow imported on first use: only this format needs it)."""
    import pyarrow as pa

    text = pa.string()
    fields = [pa.field("time", pa.timestamp("ms", tz="UTC")), pa.field("time_source", text, nullable=False),
              pa.field("source", text, nullable=False), pa.field("kind", text, nullable=False),
              pa.field("actor", text), pa.field("text", text), pa.field("attrs", text, nullable=False),
              pa.field("origin_archive", text), pa.field("origin_member", text),
              pa.field("origin_index", pa.int64()), pa.field("key", text, nullable=False)]
    meta = {"dataexam.schema_version": str(SCHEMA_VERSION), "dataexam.version": __version__,
            "dataexam.attrs": "JSON text, sorted keys (docs/kinds.md lists each kind's fields)"}
    return pa.schema(fields, metadata={k: json.dumps(v) if not isinstance(v, str) else v for k, v in meta.items()})


def _millis(value: datetime | None) -> int | None:
    if value is None:
        return None
    return (value.astimezone(UTC) - _EPOCH) // _MS


def parquet_row(event: Event) -> bytes:
    """The Parquet row of ``event`` (``time`` as milliseconds since the epoch), pickled: what the timeline's sort
    carries and :func:`write_parquet_rows` takes after unpickling."""
    attrs = event.attrs
    return pickle.dumps((
        _millis(event.time), str(event.time_source), event.source, event.kind, event.actor, event.text,
        _attrs_json(attrs if type(attrs) is dict else dict(attrs)),
        event.origin.archive, event.origin.member, event.origin.index, event.key,
    ), pickle.HIGHEST_PROTOCOL)


_TERMINAL = ("Parquet is binary and would only garble the terminal: redirect stdout to a file or a pipe "
             "(> me.parquet, | duckdb …) or give -o FILE.parquet")


def check_target(kind: str, path: str | Path | None = None) -> None:
    """Raise UsageProblem when the output (an ``OutputTarget``'s ``kind`` and ``path``) is a terminal: stdout not
    redirected, or ``-o /dev/tty``. A regular file, a redirected stdout, a pipe or a device are written."""
    if kind == "stdout":
        if sys.stdout.isatty():
            raise UsageProblem(_TERMINAL)
        _check_stdout_file()
        return
    if kind == "stream" and path is not None:
        with contextlib.suppress(OSError):
            st = os.stat(path)
            if stat.S_ISREG(st.st_mode) and st.st_size > 0:  # `-o /dev/stdout >> t.parquet` (T27E M2)
                raise UsageProblem(f"{path} reaches a file that already holds data: a Parquet file cannot be "
                                   "appended to; write it with -o FILE.parquet (the file is left as it was)")
        try:
            fd = os.open(path, os.O_WRONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
        except OSError:
            return  # a FIFO with no reader yet (ENXIO) or the like: what opening it to write says, later
        try:
            if os.isatty(fd):
                raise UsageProblem(f"{path}: {_TERMINAL}")
        finally:
            os.close(fd)


def _check_stdout_file() -> None:
    """Refuse a standard output that is a regular file already holding bytes: `>> t.parquet` (O_APPEND) or
    `1<> t.parquet` (read-write, not truncated). A Parquet file is one table with its footer at the end: written
    after or over an existing one, neither the old table nor the new one can be read, and the run said nothing
    (T27C H2). `> t.parquet` truncates the file first and is written."""
    try:
        fd = sys.stdout.fileno()
        st = os.fstat(fd)
    except (AttributeError, OSError, ValueError):
        return  # no file descriptor (a captured stdout): nothing to check
    if stat.S_ISREG(st.st_mode) and st.st_size > 0:
        raise UsageProblem("standard output is a file that already holds data (opened with >> or 1<>): a Parquet "
                           "file cannot be appended to or written over in place, and neither table would be "
                           "readable; write it with > FILE.parquet or -o FILE.parquet (the file is left as it was)")


def write_parquet_rows(rows: Iterable[tuple[Any, ...]], path: str | Path, *,
                       row_group_rows: int = ROW_GROUP_ROWS) -> int:
    """Write unpickled :func:`parquet_row` rows to ``path`` (via a private temporary file renamed on success);
    return how many were written. An empty timeline is a valid file of the same schema and no rows."""
    with _replaced_on_success(Path(path)) as (fd, _tmp), open(fd, "wb", closefd=True) as fh:
        return write_parquet_to(rows, fh, row_group_rows=row_group_rows)


def write_parquet_to(rows: Iterable[tuple[Any, ...]], fh: Any, *, row_group_rows: int = ROW_GROUP_ROWS) -> int:
    """Write unpickled :func:`parquet_row` rows to the binary stream ``fh`` (a file, stdout's buffer, a pipe: it
    is written front to back and never sought, closed by the caller); return how many were written. A run that
    fails leaves the stream without its footer: not a readable file, as a cut JSON Lines stream is not whole."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    sch = schema()
    n = 0
    gate = _Gate(fh)
    writer = pq.ParquetWriter(gate, sch, compression="zstd")
    try:
        batch: list[tuple[Any, ...]] = []
        for row in rows:
            batch.append(row)
            if len(batch) >= row_group_rows:
                writer.write_table(_table(pa, sch, batch), row_group_size=row_group_rows)
                n += len(batch)
                batch = []
        if batch or not n:
            writer.write_table(_table(pa, sch, batch), row_group_size=row_group_rows)
            n += len(batch)
    except BaseException:
        gate.shut = True  # no footer after a failure: a stream cut short must not read as a whole, smaller table
        raise
    finally:
        writer.close()
    return n


class _Gate:
    """``fh`` for pyarrow's writer, until ``shut``: then what the writer still writes (the footer ``close``
    adds) goes nowhere."""

    def __init__(self, fh: Any) -> None:
        self.fh = fh
        self.shut = False
        self.closed = False

    def write(self, data: Any) -> int:
        if not self.shut:
            self.fh.write(data)
        return len(data)

    def flush(self) -> None:
        if not self.shut:
            self.fh.flush()


def _table(pa: Any, sch: Any, batch: list[tuple[Any, ...]]) -> Any:
    columns = list(zip(*batch, strict=True)) if batch else [()] * len(COLUMNS)
    return pa.Table.from_arrays([pa.array(col, type=field.type) for col, field in zip(columns, sch, strict=True)],
                                schema=sch)
