"""``MemberContext.each``: the per-record guard every handler builds its records through."""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

import pytest

from dataexam import jsonstream
from dataexam.archive import Archive, Member
from dataexam.events import Event, ParseIssue, TimeSource, id_key
from dataexam.parser import MemberContext, Parser, rules_table


class _Guarded(Parser):
    """Each record of ``r.json`` is an array of values; a value names what its build step does."""

    name = "guarded"
    kinds = {"guarded.value": "a value"}
    rules = rules_table([(r"^r\.json$", "_parse")])

    def _parse(self, f: MemberContext) -> Iterator[Event | ParseIssue]:
        yield from f.each(f.json_items("item"), lambda record: self._build(f, record))

    def _build(self, f: MemberContext, record: list[Any]) -> Iterator[Event | ParseIssue]:
        for value in record:
            if value == "raise":
                raise TypeError("odd value")
            if value == "json":
                raise jsonstream.UnexpectedShape("a stream fault, not a record's")
            if value == "skip":
                return
            yield f.event(kind="guarded.value", time=None, time_source=TimeSource.NONE, text=value,
                          key=id_key("guarded.value", value))


def _run(data: bytes) -> list[tuple]:
    archive = Archive(["t"], [Member("r.json", len(data), "t", lambda: io.BytesIO(data))], [])
    with archive:
        return [(i.text, i.origin.index) if isinstance(i, Event) else (i.code, i.position)
                for i in _Guarded().events(archive)]


def test_a_record_that_raises_keeps_what_it_built_and_the_file_goes_on() -> None:
    assert _run(b'[["a", "b", "raise", "lost"], ["c"], ["skip", "never"], ["d"]]') == [
        ("a", 0), ("b", 0), ("bad-record", "record 0"), ("c", 1), ("d", 3)]


def test_a_fault_of_the_stream_still_ends_the_file() -> None:
    items = _run(b'[["a"], ["json"], ["b"]]')
    assert items[0] == ("a", 0)
    assert items[1][0] == "bad-shape" and len(items) == 2


@pytest.mark.parametrize("data", [b'[["a"], ["b"]', b'[["a"], ["b"]] [["c"]]'])
def test_bad_json_after_good_records_is_the_file_fault(data: bytes) -> None:
    items = _run(data)
    assert items[:2] == [("a", 0), ("b", 1)]
    assert [code for code, _ in items[2:]] == ["bad-json"]
