"""findings.parquet's list fields (T32B L8): one rule for every list of a finding's value.

The tables declared string columns for list fields (``value__seasons``, ``value__periods``, ``value__shift_periods``,
``value__shared_account__quiet_hours`` …) that ``flatten_value`` never filled: lists were not flattened, so the
columns were null in every study. Now a list is one string column holding its JSON text (what DuckDB's
``json_extract`` and pandas' ``json.loads`` read), named by its path; lists that name people or point at records
(``columns.UNTABLED_LISTS``: top contacts, evidence items, the platforms' declared names, products) are never
written, nor the keys of a list's items that quote the export (``columns.UNTABLED_KEYS``: a declared life event's
title). These tests run every finding over rich inputs (the demo persona with and without
``--include-sensitive``, two seasonal homes, a night nurse, a shared household account, two moves) and check each
row against its finding's value: every list is its JSON text in a declared string column or left out by name, every
column is declared and its values fit its type.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from typing import Any

import pyarrow as pa
import pytest
from test_baby_household import _household
from test_clock_shift_and_trips import nurse
from test_inference_synth import Stream
from test_moves_and_stays import CA_IP
from test_place_moves_checkins import DE_IP, PT_IP, _logins, _sorted
from test_travel_seasons import GB_IP, RO_IP, _season_person

from dataexam import api
from dataexam.batch.columns import declared_type, untabled
from dataexam.batch.tables import (
    _KEY,
    BASE_COLUMNS,
    MAX_DEPTH,
    _unquoted,
    finding_row,
    flatten_value,
    list_text,
    rows_to_table,
)
from dataexam.inference import infer


def _moves() -> list:
    s = Stream()
    midday = (12, 14, 16)
    events = _logins(s, date(2024, 1, 1), 150, PT_IP, hours=midday)
    events += _logins(s, date(2024, 5, 30), 150, DE_IP, hours=midday)
    events += _logins(s, date(2024, 10, 27), 150, CA_IP, hours=midday)
    return _sorted(events)


@pytest.fixture(scope="module")
def reports(tmp_path_factory: Any) -> dict[str, Any]:
    from report_data import demo_report

    demo, paths = demo_report(tmp_path_factory)
    seasons = _season_person({"RO": "Europe/Bucharest", "GB": "Europe/London"}, {"RO": RO_IP, "GB": GB_IP}, "RO", "GB")
    return {
        "demo": demo,
        "demo+S": api.report(paths, include_sensitive=True),
        "seasons": infer(seasons, now=datetime(2025, 1, 1, tzinfo=UTC)),
        "nurse+S": infer(nurse(), now=datetime(2025, 1, 1, tzinfo=UTC), include_sensitive=True),
        "household": infer(_household(7.0, 22.0), now=datetime(2024, 6, 1, tzinfo=UTC)),
        "moves": infer(_moves(), now=datetime(2025, 9, 1, tzinfo=UTC)),
    }


def _lists(value: Any, prefix: str = "value", depth: int = 0) -> dict[str, list[Any]]:
    """The list fields of a finding's value by column name, walked as flatten_value walks dicts."""
    if isinstance(value, list):
        return {prefix: value}
    found: dict[str, list[Any]] = {}
    if isinstance(value, dict) and depth < MAX_DEPTH:
        for key, item in value.items():
            if isinstance(key, str) and _KEY.match(key):
                found.update(_lists(item, f"{prefix}__{key}", depth + 1))
    return found


def _rows(reports: dict[str, Any]) -> list[tuple[str, dict[str, Any], dict[str, Any]]]:
    return [(name, f.to_dict(), finding_row("P1", f.to_dict())) for name, r in reports.items() for f in r.findings]


def test_every_list_field_is_its_json_text_in_a_declared_column_or_left_out(reports: dict[str, Any]) -> None:
    seen: set[str] = set()
    for name, finding, row in _rows(reports):
        for column, items in _lists(finding.get("value")).items():
            seen.add(column)
            if untabled(column):
                assert column not in row, (name, column)
                continue
            assert declared_type(column) == pa.string(), (name, finding["id"], column)
            assert row[column] == list_text(items), (name, column)
            assert json.loads(row[column]) == json.loads(json.dumps(_unquoted(items), default=str))
    # the lists the tester found declared and never filled are among them
    assert {"value__seasons", "value__periods", "value__shift_periods", "value__shared_account__quiet_hours",
            "value__moved__periods", "value__dates", "value__top_contacts"} <= seen


def test_no_undeclared_column_and_every_value_fits_its_type(reports: dict[str, Any]) -> None:
    rows = [row for _name, _finding, row in _rows(reports)]
    assert sorted({c for row in rows for c in row if declared_type(c) is None}) == []
    table = rows_to_table(rows, BASE_COLUMNS, types=declared_type)
    assert {n: table.schema.field(n).type for n in table.schema.names} == {
        n: declared_type(n) for n in table.schema.names}


def test_the_tables_lists_read_back_as_the_findings_values(reports: dict[str, Any]) -> None:
    """The columns T32B L8 named, each filled in its finding's row and read back (pyarrow, then JSON) as the value."""
    def cell(report: str, finding: str, column: str) -> Any:
        row = finding_row("P1", reports[report].finding(finding).to_dict())
        table = rows_to_table([row], BASE_COLUMNS, types=declared_type)
        return json.loads(table.column(column)[0].as_py())

    tz = reports["seasons"].finding("timezone").value
    assert cell("seasons", "timezone", "value__seasons") == tz["seasons"]
    assert [s["zone"] for s in cell("seasons", "timezone", "value__seasons")] == ["Europe/Bucharest", "Europe/London"]
    assert cell("seasons", "timezone", "value__periods") == json.loads(json.dumps(tz["periods"]))
    sleep = reports["nurse+S"].finding("sleep").value
    assert cell("nurse+S", "sleep", "value__shift_periods") == json.loads(json.dumps(sleep["shift_periods"]))
    shared = reports["household"].finding("impulse_buying").value["shared_account"]
    assert cell("household", "impulse_buying", "value__shared_account__quiet_hours") == shared["quiet_hours"]
    moved = reports["moves"].finding("home").value["moved"]
    assert [p["country"] for p in cell("moves", "home", "value__moved__periods")] == ["PT", "DE", "CA"]
    assert cell("moves", "home", "value__moved__periods") == json.loads(json.dumps(moved["periods"]))


def test_no_cell_names_the_people_or_points_at_records(reports: dict[str, Any]) -> None:
    """The lists left out hold the people written with and the records (with the export's path on the participant's
    machine); no list written holds a record pointer."""
    for _name, finding, row in _rows(reports):
        for column, cell in row.items():
            if isinstance(cell, str) and cell.startswith("["):
                assert '"archive":' not in cell and '"member":' not in cell, (finding["id"], column)
    social = reports["demo"].finding("social_circle").to_dict()
    assert social["value"]["top_contacts"]
    assert "value__top_contacts" not in finding_row("P1", social)
    # T33B H2: a one-sided thread's person by name and the platforms' declared demographics were written
    one_sided = {**social, "value": {"one_sided": {"unanswered": {"people": 1, "messages": 4,
                                                                  "top": [{"name": "Zorabel Quintanilla"}]}}}}
    row = finding_row("P1", one_sided)
    assert row["value__one_sided__unanswered__people"] == 1 and "value__one_sided__unanswered__top" not in row
    declared = {"id": "platform_vs_derived", "value": {"demographics": [{"type": "age", "value": "25-34"}],
                                                       "demographic_remarks": ["X's inferred age range 45-54 …"]}}
    assert not {"value__demographics", "value__demographic_remarks"} & set(finding_row("P1", declared))


def test_flatten_value_writes_lists_as_json_text_and_skips_name_keys() -> None:
    flat = flatten_value({"a": 1, "b": {"c": "x", "Jane Doe": 3}, "seasons": [{"zone": "Europe/Łódź", "n": 2}],
                          "hours": [], "top_contacts": [{"name": "Jane"}], "EUR": {"2023": "1.0"}, "none": None})
    assert flat == {"value__a": 1, "value__b__c": "x", "value__seasons": '[{"zone":"Europe/Łódź","n":2}]',
                    "value__hours": "[]", "value__EUR__2023": "1.0", "value__none": None}
    assert flatten_value([{"country": "TH"}]) == {"value": '[{"country":"TH"}]'}  # a value that is a list (trips)
    # a declared life event's title is the export's words (tests/test_art9_terms.py): left out of the list's text
    assert flatten_value([{"type": "other", "sensitive": "religion", "title": "Changed Religious Beliefs"}]) == {
        "value": '[{"type":"other","sensitive":"religion"}]'}
    # the platforms' declared names and products are never written
    assert flatten_value({"platforms": {"facebook_interests": {"items": [{"declared": "Social democracy"}],
                                                               "agreeing": 0}},
                          "trade_stock": {"examples": ["Accu-Chek test strips"]}}) == {
        "value__platforms__facebook_interests__agreeing": 0}
