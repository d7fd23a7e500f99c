"""Research tables: findings flattened into typed columns, one row per participant × finding.

``findings.parquet`` columns: ``participant_id``, ``finding_id``, ``confidence``, ``sensitive``
(the Art. 9 category or null), ``n_support``, ``n_against`` (evidence counts), ``evidence_outside`` (the
windows about a night-time clock switch the gate undated whose records those counts leave out, "2026-06/2026-08",
two joined by ";"; null where the counts hold every record: the report's ``evidence.outside``, WINDOW64/65), then
one column per
scalar field of the finding's value, named by its path with ``__`` between levels
(``value__utc_offset_hours``, ``value__totals__EUR__2023``), down to :data:`MAX_DEPTH` levels; dict keys
that do not look like field names (spaces, non-ASCII: names of people used as keys) are skipped, but for the dicts
keyed by a clock's zone (``value__windows_by_clock``: :data:`.columns.KEYED_DICTS`), one column of their JSON text.

**A list is one column holding its JSON text** (:func:`list_text`: the list as the report's JSON holds it,
UTF-8, compact), named by its path like a scalar (``value__seasons`` = ``[{"zone":"Europe/London",…}]``),
typed string: DuckDB reads it with ``json_extract``/``from_json``, pandas with ``json.loads``. The lists were
never written (T32B L8: ``value__seasons``, ``value__periods``, ``value__shared_account__quiet_hours`` … declared
and always null). Lists that name people or point at records (contacts, evidence items with their archive
paths, the platforms' declared names, products) are never written (:func:`.columns.untabled`), nor the keys of a
written list's items that quote the export (a declared life event's ``title``: :data:`.columns.UNTABLED_KEYS`): the
table holds what was inferred, not whom, which words or which file.

A column's type is declared (:mod:`.columns`: the same in every study, nulls typed, T25B M5);
a column not declared there gets the narrowest type that holds every row's value: boolean, int64,
float64, else string (mixed values written as JSON text).
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from .columns import UNTABLED_KEYS, keyed_dict, untabled

MAX_DEPTH = 4
MAX_COLUMNS_PER_FINDING = 200
_KEY = re.compile(r"^[A-Za-z0-9_\-]{1,40}$")
BASE_COLUMNS = ("participant_id", "finding_id", "confidence", "sensitive", "n_support", "n_against",
                "evidence_outside")


def list_text(items: list[Any] | dict[str, Any]) -> str:
    """A list field's cell: its JSON text, UTF-8 (``ensure_ascii=False``), compact separators, the items in the
    value's order and their keys as the report writes them — but for the keys that quote the export's own words
    (:data:`.columns.UNTABLED_KEYS`: a declared life event's ``title`` "Changed Religious Beliefs"), left out."""
    return json.dumps(_unquoted(items), ensure_ascii=False, separators=(",", ":"), default=str)


def _unquoted(item: Any) -> Any:
    if isinstance(item, dict):
        return {k: _unquoted(v) for k, v in item.items() if k not in UNTABLED_KEYS}
    if isinstance(item, list | tuple):
        return [_unquoted(v) for v in item]
    return item


def flatten_value(value: Any, prefix: str = "value", depth: int = 0, out: dict[str, Any] | None = None
                  ) -> dict[str, Any]:
    """The fields of a finding's value as ``{column: scalar}``: scalars as they are, a list as its JSON text
    (:func:`list_text`) unless it names people or points at records (:func:`.columns.untabled`); see the
    module docstring."""
    out = {} if out is None else out
    if value is None or isinstance(value, bool | int | float | str):
        if len(out) < MAX_COLUMNS_PER_FINDING:
            out[prefix] = value
        return out
    if isinstance(value, list | tuple):
        if len(out) < MAX_COLUMNS_PER_FINDING and not untabled(prefix):
            out[prefix] = list_text(list(value))
        return out
    if isinstance(value, dict) and keyed_dict(prefix):
        # keys that are data no column name holds (a zone, America/Los_Angeles): the dict's JSON text (L3)
        if len(out) < MAX_COLUMNS_PER_FINDING:
            out[prefix] = list_text(value)  # type: ignore[arg-type]
        return out
    if isinstance(value, dict) and depth < MAX_DEPTH:
        for key, item in value.items():
            if isinstance(key, str) and _KEY.match(key):
                flatten_value(item, f"{prefix}__{key}", depth + 1, out)
    return out


def finding_row(participant_id: str, finding: dict[str, Any]) -> dict[str, Any]:
    """One findings-table row from a finding's JSON form (``Finding.to_dict()``)."""
    evidence = finding.get("evidence") or {}
    row: dict[str, Any] = {
        "participant_id": participant_id,
        "finding_id": finding.get("id"),
        "confidence": finding.get("confidence"),
        "sensitive": finding.get("sensitive"),
        "n_support": evidence.get("n_support"),
        "n_against": evidence.get("n_against"),
        # the windows the counts leave out (a count beside a withheld switch is said outside them: WINDOW65)
        "evidence_outside": ";".join(evidence["outside"]) if evidence.get("outside") else None,
    }
    row.update(flatten_value(finding.get("value")))
    return row


def _declared(values: list[Any], declared: pa.DataType) -> pa.Array | None:
    """``values`` as an array of the ``declared`` type, or None when one of them does not fit it."""
    present = [v for v in values if v is not None]
    if pa.types.is_boolean(declared):
        ok = all(isinstance(v, bool) for v in present)
    elif pa.types.is_integer(declared):
        ok = all((isinstance(v, int) and not isinstance(v, bool) and -(2**63) <= v < 2**63) or
                 (isinstance(v, float) and v.is_integer() and abs(v) < 2**53) for v in present)
        values = [None if v is None else int(v) for v in values] if ok else values
    elif pa.types.is_floating(declared):
        ok = all(isinstance(v, int | float) and not isinstance(v, bool) for v in present)
        values = [None if v is None else float(v) for v in values] if ok else values
    else:
        ok = True
        values = [None if v is None else v if isinstance(v, str) else json.dumps(v) for v in values]
    return pa.array(values, type=declared) if ok else None


def _column(values: list[Any], declared: pa.DataType | None = None) -> pa.Array:
    if declared is not None:
        array = _declared(values, declared)
        if array is not None:
            return array
    present = [v for v in values if v is not None]
    if present and all(isinstance(v, bool) for v in present):
        return pa.array(values, type=pa.bool_())
    if present and all(isinstance(v, int) and not isinstance(v, bool) for v in present):
        if all(-(2**63) <= v < 2**63 for v in present):
            return pa.array(values, type=pa.int64())
    if present and all(isinstance(v, int | float) and not isinstance(v, bool) for v in present):
        return pa.array([None if v is None else float(v) for v in values], type=pa.float64())
    return pa.array([None if v is None else v if isinstance(v, str) else json.dumps(v) for v in values],
                    type=pa.string())


def rows_to_table(rows: Sequence[dict[str, Any]], first: Sequence[str] = (),
                  types: Callable[[str], pa.DataType | None] | None = None) -> pa.Table:
    """A typed Arrow table from dict rows; ``first`` columns lead, the others follow sorted. ``types`` gives a
    column's declared type (:func:`.columns.declared_type` for the findings), None: the narrowest of its values."""
    names: dict[str, None] = dict.fromkeys(first)
    for row in rows:
        for name in row:
            names.setdefault(name, None)
    ordered = list(first) + sorted(n for n in names if n not in first)
    return pa.table({name: _column([row.get(name) for row in rows], types(name) if types else None)
                     for name in ordered})


def nullable_ints(table: pa.Table) -> pa.Table:
    """``table`` with pandas metadata that reads its integer columns as pandas' nullable ``Int64`` (a count
    where a participant has none of that kind is null, ``<NA>``). Arrow, DuckDB and Polars read ``int64`` either
    way; pandas turned an integer column holding a null into ``float64`` (``records__facebook_post`` 30.0,
    NaN: T27A L1). pyarrow's ``to_pandas`` restores a column's pandas extension type from this metadata."""
    columns = [{"name": f.name, "field_name": f.name, "pandas_type": "int64", "numpy_type": "Int64", "metadata": None}
               for f in table.schema if pa.types.is_integer(f.type)]
    if not columns:
        return table
    meta = {"index_columns": [], "column_indexes": [], "columns": columns,
            "creator": {"library": "dataexam"}, "pandas_version": "2.0.0"}
    return table.replace_schema_metadata({**(table.schema.metadata or {}), b"pandas": json.dumps(meta).encode()})


def stage_parquet_private(table: pa.Table, dest: Path) -> Path:
    """Write ``table`` to a private (0600) temporary file beside ``dest`` and return its path; the caller renames
    it to ``dest`` (``os.replace``) or removes it. The temporary is removed when the write fails."""
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.close(fd)
    try:
        pq.write_table(table, tmp)
        os.chmod(tmp, 0o600)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp


def write_parquet_private(table: pa.Table, dest: Path) -> None:
    """Write ``table`` to ``dest`` atomically (private temp file beside it, then rename), 0600."""
    tmp = stage_parquet_private(table, dest)
    try:
        os.replace(tmp, dest)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def stage_json_private(data: Any, dest: Path) -> Path:
    """Write ``data`` as JSON to a private (0600) temporary file beside ``dest`` and return its path (see
    :func:`stage_parquet_private`)."""
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=1, sort_keys=False, default=str)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp


def write_json_private(data: Any, dest: Path) -> None:
    """Write ``data`` as JSON to ``dest`` atomically, 0600."""
    tmp = stage_json_private(data, dest)
    try:
        os.replace(tmp, dest)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


#: Arrow schema of the pseudonymised events dataset. ``participant_id`` is a column of every file, not
#: only the folder's name: readers decode and type-guess folder names (see ``unit.events_dir``)
EVENT_SCHEMA = pa.schema([
    ("participant_id", pa.string()),
    ("time", pa.timestamp("ms", tz="UTC")),
    ("time_source", pa.string()),
    ("source", pa.string()),
    ("kind", pa.string()),
    ("actor", pa.string()),
    ("text", pa.string()),
    ("attrs", pa.string()),  # JSON object text (DuckDB: json_extract(attrs, '$.currency'))
    ("member", pa.string()),
    ("key", pa.string()),
])


class EventParquetWriter:
    """Streams pseudonymised event rows into one Parquet file in row groups (bounded memory)."""

    def __init__(self, path: Path, batch_rows: int = 20_000) -> None:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.close(fd)
        self.path = path
        self.batch_rows = batch_rows
        self._writer = pq.ParquetWriter(str(path), EVENT_SCHEMA)
        self._rows: list[dict[str, Any]] = []
        self.count = 0

    def add(self, row: dict[str, Any]) -> None:
        row = dict(row)
        row["attrs"] = json.dumps(row.get("attrs") or {}, ensure_ascii=False, sort_keys=True, default=str)
        self._rows.append(row)
        self.count += 1
        if len(self._rows) >= self.batch_rows:
            self._flush()

    def _flush(self) -> None:
        if self._rows:
            self._writer.write_table(pa.Table.from_pylist(self._rows, schema=EVENT_SCHEMA))
            self._rows = []

    def close(self) -> None:
        self._flush()
        self._writer.close()


def concat_rows(paths: Iterable[Path]) -> list[dict[str, Any]]:
    """Every row of the per-unit ``*.json`` row files (lists of dicts), in path order."""
    rows: list[dict[str, Any]] = []
    for path in paths:
        with path.open(encoding="utf-8") as fh:
            rows.extend(json.load(fh))  # our own small per-unit files, never export files
    return rows
