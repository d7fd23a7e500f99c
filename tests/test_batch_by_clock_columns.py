"""findings.parquet's by-clock fields (L3 of the thirty-fifth pass): the local-time findings give their times on every
clock the activity leaves open, in dicts keyed by the zone (``windows_by_clock``, ``chronotype_by_clock``,
``share_00_05_by_clock``). A zone (``America/Los_Angeles``) is no field name, so ``flatten_value`` skipped every key
and the declared columns were null in every study; each is now one string column of the dict's JSON text, beside
``open_zones`` (a list, its JSON text as before)."""

from __future__ import annotations

import json

import pyarrow as pa
import pytest
from test_zone_open_clocks import _report, country_only, early_sleeper

from dataexam.batch.columns import declared_type, keyed_dict
from dataexam.batch.tables import finding_row, flatten_value, rows_to_table


@pytest.fixture(scope="module")
def rows() -> dict[str, dict]:
    report = _report([*early_sleeper("America/Los_Angeles"), *country_only("US")])
    return {f.id: (finding_row("p1", f.to_dict()), f.to_dict()["value"]) for f in report.findings}


def test_sleep_windows_and_chronotype_by_clock_are_written(rows: dict) -> None:
    row, value = rows["sleep"]
    windows = json.loads(row["value__windows_by_clock"])
    assert list(windows) == ["America/Los_Angeles", "America/Denver", "America/Chicago", "America/New_York"]
    assert windows["America/Los_Angeles"] == {"weekday": {"start": "23:30", "end": "07:00"},
                                              "weekend": {"start": "23:30", "end": "07:00"}}
    assert windows["America/New_York"]["weekday"] == {"start": "02:30", "end": "10:00"}
    assert windows == value["windows_by_clock"]
    # west to east, the zone chosen (New York) in its place, as windows_by_clock and share_00_05_by_clock (T37: it
    # came first)
    assert list(json.loads(row["value__chronotype_by_clock"]).items()) == [
        ("America/Los_Angeles", "early type"), ("America/Denver", "intermediate type"),
        ("America/Chicago", "late type"), ("America/New_York", "late type")]
    assert [o["zone"] for o in json.loads(row["value__open_zones"])] == [
        "America/Los_Angeles", "America/Denver", "America/Chicago"]
    # no column per zone (a zone is no field name): the dict is one column
    assert not [c for c in row if c.startswith("value__windows_by_clock__")]


def test_chronotype_by_clock_is_written_where_every_clock_gives_one_type() -> None:
    """T37: a late sleeper late on every open clock had ``chronotype`` only and a null ``chronotype_by_clock``, so
    the column told "one type on every clock" and "no clock left open" alike; now it holds every clock, as for a
    type that flips, and ``chronotype`` says the type."""
    from test_inference_synth import person

    report = _report([*person("America/Los_Angeles", days=300), *country_only("US")])
    row = finding_row("p1", report.finding("sleep").to_dict())
    if not report.finding("timezone").value["open_zones"]:
        pytest.skip("the person's clock was pinned: no clock left open")
    assert row["value__chronotype"] == "late type"
    assert list(json.loads(row["value__chronotype_by_clock"]).items()) == [
        ("America/Los_Angeles", "late type"), ("America/Denver", "late type"), ("America/Chicago", "late type"),
        ("America/New_York", "late type")]


def test_late_nights_small_hours_by_clock_are_written(rows: dict) -> None:
    row, value = rows["late_nights"]
    shares = json.loads(row["value__share_00_05_by_clock"])
    assert shares == value["share_00_05_by_clock"]
    assert shares["America/Los_Angeles"] == 0.0 < shares["America/Denver"] < shares["America/Chicago"]


def test_by_clock_columns_are_typed_strings_in_the_table(rows: dict) -> None:
    table = rows_to_table([row for row, _value in rows.values()])
    for column in ("value__windows_by_clock", "value__chronotype_by_clock", "value__share_00_05_by_clock",
                   "value__open_zones"):
        assert keyed_dict(column) or column == "value__open_zones"
        assert table.schema.field(column).type == declared_type(column) == pa.string()
        assert sum(v is not None for v in table.column(column).to_pylist()) >= 1


def test_a_null_by_clock_field_stays_one_null_column() -> None:
    # a pinned clock: no open clocks, the field null
    assert flatten_value({"windows_by_clock": None, "chronotype_by_clock": None}) == {
        "value__windows_by_clock": None, "value__chronotype_by_clock": None}
    # a dict keyed by people's names elsewhere is still skipped key by key (names are never columns)
    assert flatten_value({"per_person": {"Kari Nordmann": 3}}) == {}
