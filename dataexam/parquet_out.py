"""The timeline as Parquet (``dataexam timeline -o me.parquet``, ``-f parquet``), streamed in row groups.

The columns are the event schema's (schema version 1, the CSV and SQLite columns), each with one fixed Arrow type
whatever the inputs hold, so two timelines pool without a type clash (pandas, DuckDB, Polars,
``pyarrow.dataset``): ``time`` ``timestamp[ms, tz=UTC]`` (null where the export gives no time; milliseconds
truncated, as every other timeline output writes them), ``origin_index`` ``int64``, ``attrs`` JSON text (sorted
keys, as in CSV and SQLite: its fields differ by kind), every other column ``string``. Rows are written
:data:`ROW_GROUP_ROWS` at a time, so memory holds one row group, never the timeline. The file is written the way
every dataexam file is (:func:`~dataexam.writers.private_output`'s way): a 0600 temporary file beside the output,
renamed onto it on success and removed on any failure, so nothing but the file asked for is ever replaced. A
Parquet file ends with its footer, so it needs a regular file: stdout, a pipe or a device are refused
(:func:`check_target`).
"""

from __future__ import annotations

import json
import pickle
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from . import __version__
from .errors import UsageProblem
from .events import SCHEMA_VERSION, Event
from .writers import CSV_COLUMNS, _attrs_json, _replaced_on_success

__all__ = ["COLUMNS", "ROW_GROUP_ROWS", "check_target", "parquet_row", "schema", "write_parquet_rows"]

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


def check_target(kind: str) -> None:
    """Raise UsageProblem unless the output is a regular file (``OutputTarget.kind`` ``"file"``)."""
    if kind != "file":
        raise UsageProblem("Parquet output needs a regular file (it ends with its footer): give -o FILE.parquet")


def write_parquet_rows(rows: Iterable[tuple[Any, ...]], path: str | Path, *,
                       row_group_rows: int = ROW_GROUP_ROWS) -> int:
    """Write unpickled :func:`parquet_row` rows to ``path`` (via a private temporary file renamed on success);
    return how many were written. An empty timeline is a valid file of the same schema and no rows."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    sch = schema()
    n = 0
    with _replaced_on_success(Path(path)) as (fd, _tmp), open(fd, "wb", closefd=True) as fh:
        writer = pq.ParquetWriter(fh, sch, compression="zstd")
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
        finally:
            writer.close()
    return n


def _table(pa: Any, sch: Any, batch: list[tuple[Any, ...]]) -> Any:
    columns = list(zip(*batch, strict=True)) if batch else [()] * len(COLUMNS)
    return pa.Table.from_arrays([pa.array(col, type=field.type) for col, field in zip(columns, sch, strict=True)],
                                schema=sch)
