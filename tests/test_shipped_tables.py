"""dataexam.shipped: the reference tables the package ships as JSON, else computed (PERF25, PERF26, PERF27)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dataexam import shipped
from dataexam.inference import gazetteer, zoneprior


def test_a_shipped_table_is_read_not_computed() -> None:
    def never() -> dict:
        raise AssertionError("computed though shipped")

    for name in (zoneprior.TERRITORY_NAMES_FILE, gazetteer.COUNTRY_NAMES_FILE):
        table = shipped.read(name, never)
        assert table == json.loads((shipped.DATA_DIR / name).read_text(encoding="utf-8"))
    assert shipped.read(zoneprior.TERRITORY_NAMES_FILE, never)["germany"] == ["DE"]
    assert shipped.read(gazetteer.COUNTRY_NAMES_FILE, never)["display"]["DE"] == "Germany"


def test_a_table_not_shipped_is_computed() -> None:
    assert shipped.read("no-such-table.json", lambda: {"georgia": ["GE"]}) == {"georgia": ["GE"]}


def test_both_readers_serve_the_shipped_tables() -> None:
    assert zoneprior._territory_names() == shipped.read(zoneprior.TERRITORY_NAMES_FILE, dict)
    gazetteer.shipped_country_names.cache_clear()
    assert gazetteer.shipped_country_names() == shipped.read(gazetteer.COUNTRY_NAMES_FILE, dict)


def test_write_gives_what_read_reads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shipped, "DATA_DIR", tmp_path)
    table = {"españa": ["ES"], "日本": ["JP"]}
    path = shipped.write("t.json", table)
    assert path == tmp_path / "t.json"
    assert path.read_text(encoding="utf-8") == '{"españa":["ES"],"日本":["JP"]}\n'
    assert json.loads(path.read_text(encoding="utf-8")) == table
