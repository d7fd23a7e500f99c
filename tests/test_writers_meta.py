"""``dataexam_meta`` JSON entries are read by one helper, ``writers._meta_json``: what the account checks of
``--append`` (``_meta_hashes``, ``_held_ids``) get from an entry that is absent, not JSON, or not an object."""

from __future__ import annotations

import json
import sqlite3

import pytest

from dataexam import writers


def _db(**entries: str) -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE dataexam_meta (name TEXT PRIMARY KEY, value TEXT)")
    conn.executemany("INSERT INTO dataexam_meta VALUES (?, ?)", entries.items())
    return conn


@pytest.mark.parametrize("value", [None, "", "not json {", "[1, 2]", '"text"', "3"])
def test_an_absent_or_unreadable_entry_reads_as_empty(value: str | None) -> None:
    conn = _db() if value is None else _db(accounts=value, account_ids=value)
    assert writers._meta_json(conn, "accounts") == {}
    assert writers._meta_hashes(conn, "accounts") == {}
    assert writers._held_ids(conn) == {}


def test_an_object_entry_gives_its_shape_and_drops_what_is_not() -> None:
    conn = _db(accounts=json.dumps({"twitter": ["h1", 2], "amazon": "not a list"}),
               account_ids=json.dumps({"facebook": {"username": ["u1"], "uri": "x"}, "twitter": ["no map"]}))
    assert writers._meta_json(conn, "accounts") == {"twitter": ["h1", 2], "amazon": "not a list"}
    assert writers._meta_hashes(conn, "accounts") == {"twitter": ["h1", "2"]}
    assert writers._held_ids(conn) == {"facebook": {"username": ["u1"]}}
