"""CLI contract tests against a small plugin-style parser (stdout = data, stderr = everything else)."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dataexam import cli
from dataexam.errors import ExitCode
from dataexam.registry import load_registry
from notes_parser import NotesParser

runner = CliRunner()


@pytest.fixture(autouse=True)
def notes_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli, "_load_registry", lambda: load_registry(entry_points=False, extra=[NotesParser]))


def notes_export(root: Path, records: list[dict], name: str = "a.json") -> Path:
    (root / "notes").mkdir(parents=True, exist_ok=True)
    (root / "notes-export.txt").write_text("x")
    (root / "notes" / name).write_text(json.dumps(records))
    return root


RECORDS = [
    {"id": "3", "at": "2021-03-01T10:00:00Z", "text": "third ✓"},
    {"id": "1", "at": "2021-01-01T10:00:00Z", "text": "first"},
    {"id": "2", "at": "2021-02-01T10:00:00Z", "text": "second"},
    {"id": "u", "text": "undated"},
]


def test_timeline_jsonl_is_chronological_data_only(tmp_path: Path) -> None:
    export = notes_export(tmp_path / "e", RECORDS)
    result = runner.invoke(cli.app, ["timeline", str(export)])
    assert result.exit_code == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["key"] for r in rows] == ["notes.note:1", "notes.note:2", "notes.note:3", "notes.note:u"]
    assert rows[0]["time"] == "2021-01-01T10:00:00.000Z" and rows[3]["time"] is None
    assert rows[2]["text"] == "third ✓"
    assert result.stderr == ""


def test_overlapping_exports_give_each_record_once(tmp_path: Path) -> None:
    a = notes_export(tmp_path / "a", RECORDS[:2])
    b = notes_export(tmp_path / "b", RECORDS)
    result = runner.invoke(cli.app, ["timeline", str(a), str(b)])
    assert len(result.stdout.splitlines()) == 4


def test_since_until_and_kind_filters(tmp_path: Path) -> None:
    export = notes_export(tmp_path / "e", RECORDS)
    result = runner.invoke(cli.app, ["timeline", str(export), "--since", "2021-01-15", "--until", "2021-03-01"])
    assert [json.loads(x)["key"] for x in result.stdout.splitlines()] == ["notes.note:2"]
    result = runner.invoke(cli.app, ["timeline", str(export), "--kind", "other.*"])
    assert result.stdout == ""
    result = runner.invoke(cli.app, ["timeline", str(export), "--kind", "notes.*"])
    assert len(result.stdout.splitlines()) == 4


def test_bad_since_is_usage_error(tmp_path: Path) -> None:
    export = notes_export(tmp_path / "e", RECORDS)
    result = runner.invoke(cli.app, ["timeline", str(export), "--since", "not a date"])
    assert result.exit_code == ExitCode.USAGE


def test_truncated_file_keeps_events_and_strict_exits_4(tmp_path: Path) -> None:
    export = notes_export(tmp_path / "e", RECORDS)
    good = (export / "notes" / "a.json").read_text()
    (export / "notes" / "b.json").write_text(good.replace('"1"', '"9"').replace('"2"', '"8"')[:-10])
    result = runner.invoke(cli.app, ["timeline", str(export)])
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == 6  # 4 + the two complete records of b.json
    assert "notes/b.json" in result.stderr and "truncated" in result.stderr
    assert "Traceback" not in result.stderr
    strict = runner.invoke(cli.app, ["timeline", str(export), "--strict"])
    assert strict.exit_code == ExitCode.PARSE_ISSUES
    assert len(strict.stdout.splitlines()) == 6


def test_unknown_file_is_reported_not_dropped(tmp_path: Path) -> None:
    export = notes_export(tmp_path / "e", RECORDS)
    (export / "mystery.bin").write_text("?")
    result = runner.invoke(cli.app, ["timeline", str(export)])
    assert "mystery.bin" in result.stderr and "unhandled-file" in result.stderr
    scan = runner.invoke(cli.app, ["scan", str(export), "--json"])
    data = json.loads(scan.stdout)
    assert data[0]["unknown_files"] == ["mystery.bin"]
    assert data[0]["records"] == {"notes.note": 4}
    assert data[0]["source"] == "notes" and data[0]["variant"] == "v1"
    # timed records: ISO instants, each flagged not date-only (AMZ55: the report's shape, NightGate.instant)
    assert data[0]["date_range"] == {"first": "2021-01-01T10:00:00Z", "last": "2021-03-01T10:00:00Z",
                                     "first_date_only": False, "last_date_only": False}


def test_nothing_recognised_exit_3(tmp_path: Path) -> None:
    other = tmp_path / "other"
    other.mkdir()
    (other / "readme.txt").write_text("hello")
    result = runner.invoke(cli.app, ["timeline", str(other)])
    assert result.exit_code == ExitCode.NOTHING_RECOGNISED
    assert result.stdout == ""
    assert "not a recognised export" in result.stderr and str(other) in result.stderr


def test_missing_path_and_pdf_are_one_line_errors(tmp_path: Path) -> None:
    result = runner.invoke(cli.app, ["timeline", str(tmp_path / "nope.zip")])
    assert result.exit_code == ExitCode.ERROR and "no such file" in result.stderr
    pdf = tmp_path / "export.zip"
    pdf.write_bytes(b"%PDF-1.4 ...")
    result = runner.invoke(cli.app, ["scan", str(pdf)])
    assert result.exit_code == ExitCode.ERROR
    assert result.stderr.count("\n") == 1 and "PDF" in result.stderr


def test_unknown_source_is_usage_error(tmp_path: Path) -> None:
    export = notes_export(tmp_path / "e", RECORDS)
    result = runner.invoke(cli.app, ["timeline", str(export), "--source", "myspace"])
    assert result.exit_code == ExitCode.USAGE and "myspace" in result.stderr


def test_sqlite_output_private_indexed_atomic(tmp_path: Path) -> None:
    export = notes_export(tmp_path / "e", RECORDS)
    db = tmp_path / "out.db"
    old = os.umask(0o022)
    try:
        result = runner.invoke(cli.app, ["timeline", str(export), "-f", "sqlite", "-o", str(db)])
    finally:
        os.umask(old)
    assert result.exit_code == 0, result.stderr
    assert oct(db.stat().st_mode & 0o777) == "0o600"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []
    conn = sqlite3.connect(db)
    assert conn.execute("select count(*) from events").fetchone() == (4,)
    indexes = {r[0] for r in conn.execute("select name from sqlite_master where type='index'")}
    assert {"idx_events_time", "idx_events_source", "idx_events_kind"} <= indexes
    assert conn.execute("select json_extract(attrs, '$') from events limit 1").fetchone()[0] == "{}"


def test_sqlite_without_output_is_usage_error(tmp_path: Path) -> None:
    export = notes_export(tmp_path / "e", RECORDS)
    assert runner.invoke(cli.app, ["timeline", str(export), "-f", "sqlite"]).exit_code == ExitCode.USAGE


def test_csv_output_file(tmp_path: Path) -> None:
    export = notes_export(tmp_path / "e", RECORDS)
    out = tmp_path / "t.csv"
    result = runner.invoke(cli.app, ["timeline", str(export), "-f", "csv", "-o", str(out)])
    assert result.exit_code == 0 and result.stdout == ""
    lines = out.read_text().splitlines()
    assert lines[0].startswith("time,time_source,source,kind") and len(lines) == 5
    assert oct(out.stat().st_mode & 0o777) == "0o600"


def test_parsers_lists_origin_and_version() -> None:
    result = runner.invoke(cli.app, ["parsers", "--json"])
    rows = [r for r in json.loads(result.stdout) if r["name"] == "notes"]
    assert rows == [{"name": "notes", "version": "9.9", "origin": "extra", "description": "test notes",
                     "kinds": ["notes.note"], "opt_in_kinds": []}]
    twitter = next(r for r in json.loads(result.stdout) if r["name"] == "twitter")
    assert twitter["opt_in_kinds"] == ["twitter.deleted_tweet", "twitter.dm_event"]
    assert "twitter.dm_event" in twitter["kinds"] and "twitter.deleted_tweet" in twitter["kinds"]


def test_no_network_during_a_run(tmp_path: Path, no_network: None) -> None:
    export = notes_export(tmp_path / "e", RECORDS)
    result = runner.invoke(cli.app, ["timeline", str(export)])
    assert result.exit_code == 0 and len(result.stdout.splitlines()) == 4


@pytest.mark.parametrize("command", ["timeline", "scan", "report", "parsers", "demo"])
def test_every_command_has_help_and_is_in_readme(command: str) -> None:
    result = runner.invoke(cli.app, [command, "--help"])
    assert result.exit_code == 0 and "Example:" in result.stdout
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text()
    assert f"dataexam {command}" in readme


def test_broken_plugin_is_a_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    from importlib import metadata

    class BadEP:
        name = "broken"
        dist = None

        def load(self) -> None:
            raise ImportError("nope")

    monkeypatch.setattr(metadata, "entry_points", lambda group: [BadEP()])
    registry = load_registry()
    assert any("broken" in w for w in registry.warnings)
    assert "broken" not in registry.parsers


def test_parts_of_one_export_merge_but_other_eras_stay_apart(tmp_path: Path) -> None:
    from dataexam import api

    class EraNotes(NotesParser):
        def detect_variant(self, archive) -> str | None:  # type: ignore[no-untyped-def]
            return "old" if any("old" in p for p in archive.paths()) else "new"

    registry = load_registry(entry_points=False, extra=[EraNotes])
    part1 = notes_export(tmp_path / "p1", RECORDS[:1], name="new-1.json")
    part2 = notes_export(tmp_path / "p2", RECORDS[1:2], name="new-2.json")
    (part2 / "notes-export.txt").unlink()
    old = notes_export(tmp_path / "o", RECORDS[2:], name="old-1.json")
    (old / "notes-export.txt").rename(old / "notes-export-old.txt")
    exports = api.open_exports([part1, part2, old], registry=registry)
    try:
        assert sorted(len(e.archive.inputs) for e in exports) == [1, 2]
        assert {e.detection.variant for e in exports} == {"new", "old"}
    finally:
        api.close_exports(exports)


def test_persona_exports_group_and_detect_as_planted(tmp_path: Path) -> None:
    """Each planted export is one export (part-zips merged, eras apart) with the planted source and variant."""
    from dataexam import api
    from dataexam.persona import write_persona

    truth_path = write_persona(tmp_path / "p", seed=2, scale=0.25)
    truth = json.loads(Path(truth_path).read_text(encoding="utf-8"))
    root = Path(truth_path).parent
    paths = [root / i for e in truth["exports"] for i in e["inputs"]]
    exports = api.open_exports(paths, registry=load_registry(entry_points=False))
    try:
        found = sorted((e.detection.parser, e.detection.variant, len(e.archive.inputs)) for e in exports)
    finally:
        api.close_exports(exports)
    assert found == sorted((e["source"], e["variant"], len(e["inputs"])) for e in truth["exports"])
