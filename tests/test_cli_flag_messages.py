"""CLI values that meant something else than the user typed, and errors that did not name their file (T28B)."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dataexam import cli
from dataexam.errors import ExitCode
from helpers import FIXTURES

runner = CliRunner()
X_CURRENT = FIXTURES / "twitter" / "current" / "archive"


@pytest.mark.parametrize("value", ["", ",", " , "])
def test_an_empty_kind_is_refused_not_read_as_every_kind(value: str) -> None:
    """T28B L3: `--kind "$KINDS"` with the variable unset gave every event, rc 0."""
    result = runner.invoke(cli.app, ["timeline", str(X_CURRENT), "--kind", value])
    assert result.exit_code == ExitCode.USAGE
    assert f"--kind {value!r}: names no kind; leave --kind out for every kind" in result.stderr
    assert result.stdout == ""


def test_an_empty_output_name_is_said_as_such(tmp_path: Path) -> None:
    """T28B L8: `-o ''` said "`.: is a folder; give a file name`"."""
    result = runner.invoke(cli.app, ["timeline", str(X_CURRENT), "-o", ""])
    assert result.exit_code == ExitCode.USAGE
    assert "dataexam: error: -o: an empty name; give a file name, or - for standard output" in result.stderr


def test_a_foreign_events_table_error_names_the_database(tmp_path: Path) -> None:
    """T28B L4: the only output error that did not start with the file's path."""
    db = tmp_path / "foreign.db"
    with sqlite3.connect(db) as conn:
        conn.execute("create table events(id integer primary key, x text)")
    before = db.read_bytes()
    result = runner.invoke(cli.app, ["timeline", str(X_CURRENT), "-o", str(db)])
    assert result.exit_code == ExitCode.ERROR
    assert f"{db}: has a table 'events' that dataexam did not write; refusing to change it" in result.stderr
    assert db.read_bytes() == before


def test_a_rewrite_onto_a_locked_database_says_it_is_in_use(tmp_path: Path) -> None:
    """T28B L9: a database another program held locked was "not a readable SQLite database"."""
    db = tmp_path / "lk.db"
    assert runner.invoke(cli.app, ["timeline", str(X_CURRENT), "-o", str(db)]).exit_code == 0
    before = db.read_bytes()
    holder = subprocess.Popen([sys.executable, "-c", "import sqlite3, sys, time\n"
                               f"c = sqlite3.connect({str(db)!r}, isolation_level=None)\n"
                               "c.execute('begin exclusive'); print('locked', flush=True); time.sleep(30)"],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        started = time.monotonic()
        result = runner.invoke(cli.app, ["timeline", str(X_CURRENT), "-o", str(db)])
        assert time.monotonic() - started < 25
    finally:
        holder.kill()
        holder.wait()
    assert result.exit_code == ExitCode.ERROR
    assert f"{db}: is in use by another program (SQLite: database is locked); close it there" in result.stderr
    assert "not a readable SQLite database" not in result.stderr
    assert db.read_bytes() == before


@pytest.mark.parametrize(("args", "named"), [
    (["-o", "a.jsonl", "-o", "b.jsonl"], "-o/--output"),
    (["-oa.jsonl", "--output=b.jsonl"], "-o/--output"),
    (["--since", "2020", "--since=2024"], "--since"),
    (["--until", "2020", "--until", "2024"], "--until"),
    (["--source", "twitter", "--source", "amazon"], "--source"),
])
def test_a_repeated_single_value_option_is_named(args: list[str], named: str) -> None:
    """T28B L10: the last value won silently (`-o a -o b` wrote only b)."""
    assert cli._repeated_option(["timeline", "x.zip", *args]) == named


@pytest.mark.parametrize("args", [
    ["--kind", "twitter.tweet", "--kind", "twitter.like"],  # --kind takes several on purpose
    ["-q", "-q", "--since", "2020"],
    ["--since", "-o", "-o", "x"],  # "-o" as --since's value
    ["--", "-o", "-o"],  # inputs named like options
])
def test_repeatable_options_and_values_are_not_taken_for_a_repeat(args: list[str]) -> None:
    assert cli._repeated_option(["timeline", "x.zip", *args]) is None


def test_a_repeated_output_exits_2_writing_nothing(tmp_path: Path) -> None:
    run = subprocess.run([sys.executable, "-c", "from dataexam.cli import main; main()", "timeline", str(X_CURRENT),
                          "-o", "a.jsonl", "-o", "b.jsonl"], cwd=tmp_path, capture_output=True, text=True,
                         timeout=120)
    assert run.returncode == ExitCode.USAGE
    assert "dataexam: error: -o/--output given twice; give it once (nothing was read or written)" in run.stderr
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(("args", "said"), [
    (["--since", "9999"], "--since 9999 (9999-01-01 00:00 UTC): no event matched"),
    (["--until", "0001"], "--until 0001 (0001-01-01 00:00 UTC): no event matched"),
    (["--since", "2020", "--until", "2021"],
     "--since 2020 (2020-01-01 00:00 UTC) and --until 2021 (2021-01-01 00:00 UTC): no event matched"),
])
def test_a_time_range_that_lets_nothing_through_is_said(tmp_path: Path, args: list[str], said: str) -> None:
    """T28B L2: a --kind that matched nothing was warned about, a time range that matched nothing was not."""
    out = tmp_path / "e.jsonl"
    result = runner.invoke(cli.app, ["timeline", str(X_CURRENT), *args, "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert f"dataexam: warning: {said}: the inputs' events run {X_CURRENT_SPAN}" in result.stderr
    assert out.read_text() == ""


#: the first and last dates (UTC) of the fixture's dated events (of the kinds a timeline writes by default)
X_CURRENT_SPAN = "1997-03-05 … 2024-12-30"


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_the_empty_range_warning_gives_the_inputs_own_dates(tmp_path: Path, jobs: str,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """The warning says where the inputs' events are (dates only, never a time of day), from the worker
    processes' parts too; the span is that of the same run without a range."""
    from dataexam import api, parallel

    monkeypatch.setattr(parallel, "MIN_PARALLEL_COST", 0)  # the small fixture in worker processes at --jobs 2
    in_workers = []
    real = api.parse_in_workers
    monkeypatch.setattr(api, "parse_in_workers", lambda *a, **k: in_workers.append(1) or real(*a, **k))
    whole = runner.invoke(cli.app, ["timeline", str(X_CURRENT), "-o", str(tmp_path / "all.jsonl")])
    times = sorted(t for t in (json.loads(line)["time"] for line in (tmp_path / "all.jsonl").open()) if t)
    assert whole.exit_code == 0 and f"{times[0][:10]} … {times[-1][:10]}" == X_CURRENT_SPAN
    result = runner.invoke(cli.app, ["timeline", str(X_CURRENT), "--since", "2030", "--jobs", jobs,
                                     "-o", str(tmp_path / "e.jsonl")])
    assert result.exit_code == 0, result.stderr
    warning = [line for line in result.stderr.splitlines() if "no event matched" in line]
    assert warning == ["dataexam: warning: --since 2030 (2030-01-01 00:00 UTC): no event matched: the inputs' "
                       f"events run {X_CURRENT_SPAN}"], result.stderr
    assert in_workers or jobs == "1"


def test_a_time_range_that_matches_says_no_such_warning(tmp_path: Path) -> None:
    result = runner.invoke(cli.app, ["timeline", str(X_CURRENT), "--since", "2024", "-o", str(tmp_path / "e.jsonl")])
    assert result.exit_code == 0 and "no event matched" not in result.stderr


# -- T30A L4–L6: the everyday spellings of a format, stdin, a kind's empty range ---------------------------------------
@pytest.mark.parametrize(("args", "first_line"), [
    (["report", "-f", "md"], "# dataexam report"),
    (["report", "-f", "markdown"], "# dataexam report"),
    (["report", "-f", "htm"], "<!DOCTYPE html>"),
])
def test_a_format_named_by_its_file_suffix_is_that_format(args: list[str], first_line: str) -> None:
    """T30A L4: `report -f md` was refused ("'md' is not one of …") while `-o r.md` wrote Markdown."""
    result = runner.invoke(cli.app, [args[0], str(X_CURRENT), *args[1:], "--no-pager"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.lstrip().splitlines()[0].startswith(first_line)


@pytest.mark.parametrize(("name", "check"), [("ndjson", "jsonl"), ("db", "sqlite"), ("pq", "parquet")])
def test_a_timeline_format_named_by_its_suffix_is_that_format(tmp_path: Path, name: str, check: str) -> None:
    out = tmp_path / f"t.{check}"  # the canonical suffix: `-f db -o t.sqlite` is no contradiction
    result = runner.invoke(cli.app, ["timeline", str(X_CURRENT), "-f", name, "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    if check == "sqlite":
        assert sqlite3.connect(out).execute("select count(*) from events").fetchone()[0] > 0
    elif check == "parquet":
        assert out.read_bytes()[:4] == b"PAR1"
    else:
        assert json.loads(out.read_text(encoding="utf-8").splitlines()[0])["source"] == "twitter"
    contradiction = runner.invoke(cli.app, ["timeline", str(X_CURRENT), "-f", "db", "-o", str(tmp_path / "t.csv")])
    assert contradiction.exit_code == ExitCode.USAGE and "-f sqlite contradicts" in contradiction.stderr


def test_a_dash_input_says_stdin_is_not_read() -> None:
    """T30A L5: `dataexam timeline - < export.zip` said "-: no such file or folder"."""
    result = runner.invoke(cli.app, ["timeline", "-"], input=b"PK\x03\x04")
    assert result.exit_code == ExitCode.ERROR
    assert "-: reading an export from standard input is not supported" in result.stderr


def test_an_undated_kind_in_a_range_says_it_is_undated() -> None:
    """T30A L6: `--kind twitter.like --since …` said nothing of why: X's likes carry no time."""
    result = runner.invoke(cli.app, ["timeline", str(X_CURRENT), "--kind", "twitter.like", "--since", "2001-01-01"])
    assert result.exit_code == 0 and result.stdout == ""
    assert "--kind twitter.like: no event matched: the inputs hold no dated such records (undated ones, such as " \
        "X's likes, are left out by --since/--until)" in result.stderr


@pytest.mark.parametrize("form", ["./-", "././-"])
def test_a_missing_file_named_dash_is_said_missing(form: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """T30C C4: `scan ./-` (no such file) said standard input is not read and that a file named '-' is ./-, the form
    given. `-` alone still says standard input is not read."""
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(cli.app, ["scan", form])
    assert result.exit_code == ExitCode.ERROR
    assert f"{tmp_path / '-'}: no such file or folder" in result.stderr
    assert "standard input" not in result.stderr
    (tmp_path / "-").write_text("x")
    found = runner.invoke(cli.app, ["scan", form])
    assert found.exit_code == ExitCode.NOTHING_RECOGNISED and "not a recognised export" in found.stderr


@pytest.mark.parametrize(("command", "given"), [("report", "MD"), ("report", "Json"), ("timeline", "CSV"),
                                                ("timeline", "JSONL")])
def test_a_format_name_in_any_case_is_accepted(command: str, given: str) -> None:
    """T30C C4: `-f MD` was refused ("'MD' is not one of …")."""
    result = runner.invoke(cli.app, [command, str(X_CURRENT), "-f", given, "-q"])
    assert result.exit_code == 0, result.stderr
    if given == "MD":
        assert result.stdout.startswith("#")
    elif given == "Json":
        assert json.loads(result.stdout)
    elif given == "CSV":
        assert result.stdout.splitlines()[0].startswith("time,time_source,source,kind")
    else:
        assert json.loads(result.stdout.splitlines()[0])["source"] == "twitter"


@pytest.mark.parametrize("append", [False, True])
def test_a_damaged_database_is_refused_in_plain_words(tmp_path: Path, append: bool) -> None:
    """T32A L6: a database whose header reads but whose first page is damaged ("database disk image is malformed")
    was an "internal error … report it"; now refused as the unreadable header is, the file left byte for byte."""
    db = tmp_path / "enc.db"
    with sqlite3.connect(db) as conn:
        conn.execute("create table t(a)")
        conn.executemany("insert into t values (?)", [(i,) for i in range(1000)])
    damaged = bytearray(db.read_bytes())
    damaged[100:108] = b"\xff" * 8  # the first page's b-tree header, past the 100-byte file header
    db.write_bytes(bytes(damaged))
    result = runner.invoke(cli.app, ["timeline", str(X_CURRENT), "-o", str(db), *(["--append"] if append else [])])
    assert result.exit_code == ExitCode.ERROR
    assert (f"{db}: a damaged SQLite database (SQLite: database disk image is malformed); refusing to write into "
            "it") in result.stderr
    assert "internal error" not in result.stderr
    assert db.read_bytes() == bytes(damaged)
