"""A JSON array of records read as CSV rows: the same columns, by the same header names.

Amazon wrote some "Request Your Data" datasets as JSON instead of CSV for a while:
``Retail.OrderHistory.1/Retail.OrderHistory.1.json`` in place of ``….csv`` (reported from
2023-11-01: jprouty/mint-amazon-tagger#159, hutauf/vine-prices-estimation#2). The file is one
array of objects whose keys are the CSV's column names (``"Order ID"``, ``"Order Date"``,
``"Unit Price"``…) and whose values are strings or JSON numbers. Each object becomes a
:class:`~dataexam.csvstream.CsvRow`, so every CSV handler reads it unchanged: cells are looked up by
normalised header name, sentinels (``"Not Available"``) read as missing, money stays exact.

A value becomes the text a CSV cell would hold: a number as written (``19.99``; read as ``Decimal``
by ijson, never a float), ``null`` as an empty cell, ``true``/``false`` as those words, a nested
list or object as its JSON text. Records are streamed (ijson, under the member's JSON limits);
a record that is not an object is a ``bad-record`` issue and the file goes on; a file that is not an
array is ``bad-shape``; bad JSON ends the file with the records before it kept (as for every JSON
member).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from .csvstream import CsvRow, columns_of
from .events import ParseIssue

if TYPE_CHECKING:
    from .parser import MemberContext

__all__ = ["cell_text", "record_rows"]

#: distinct key sets whose column maps are kept (a file has one, or a few across eras); past this
#: a map is built per record, so a file of ever-different keys cannot grow memory
_MAX_SHAPES = 64
#: a number whose exponent is beyond this is kept in its exponent form (``1E+999999`` written out
#: in full would be a million digits)
_MAX_PLAIN_EXPONENT = 40


def record_rows(ctx: MemberContext) -> Iterator[CsvRow | ParseIssue]:
    """The member's top-level array of objects as :class:`CsvRow` values (``line`` 0: records have
    no line; :attr:`CsvRow.where` says ``record N``), and ``bad-record`` issues for items that are
    not objects. The context's record index follows the item index."""
    shapes: dict[tuple[str, ...], Mapping[str, int]] = {}
    for record in ctx.json_items("item"):
        if not isinstance(record, dict):
            yield ctx.issue("bad-record", f"record skipped: a JSON {_json_type(record)}, not an object of columns")
            continue
        keys = tuple(record)
        columns = shapes.get(keys)
        if columns is None:
            columns = columns_of(keys)
            if len(shapes) < _MAX_SHAPES:
                shapes[keys] = columns
        yield CsvRow(ctx.index, 0, columns, [cell_text(value) for value in record.values()])


def cell_text(value: Any) -> str:
    """A JSON value as the text of a CSV cell (see the module text)."""
    if isinstance(value, str):
        return value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, Decimal):
        if value.is_finite() and abs(value.adjusted()) <= _MAX_PLAIN_EXPONENT:
            return format(value, "f")  # 1E+2 → "100", 19.990 → "19.990", as written
        return str(value)
    if isinstance(value, float):
        return repr(value)
    return json.dumps(value, ensure_ascii=False, default=str)


def _json_type(value: Any) -> str:
    if isinstance(value, list):
        return "list"
    if isinstance(value, str):
        return "string"
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    return "number"
