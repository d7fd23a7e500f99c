"""-o targets: regular files atomically, devices / FIFOs / symlinks to them straight through, format from
the output name, the one-line summary on stderr, CSV --excel, millisecond timestamps (issue 13)."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import sqlite3
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dataexam import api, cli, outputs, writers
from dataexam.errors import ExitCode, OutputError, UsageProblem
from helpers import FIXTURES

runner = CliRunner()
X_CLASSIC = FIXTURES / "twitter" / "classic" / "archive"
MS = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$")
ENV = dict(os.environ, NO_COLOR="1", COLUMNS="120", PYTHONIOENCODING="utf-8")


def run(*args: str, **kw: object) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "dataexam", *args], capture_output=True, env=ENV, timeout=300,
                          check=False, **kw)  # type: ignore[call-overload]


# -- classification ----------------------------------------------------------------------------------

def test_classify_each_kind_of_target(tmp_path: Path) -> None:
    regular = tmp_path / "a.jsonl"
    regular.write_text("old")
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    link_to_fifo = tmp_path / "link-to-pipe"
    link_to_fifo.symlink_to(fifo)
    link_to_file = tmp_path / "link-to-file"
    link_to_file.symlink_to(regular)
    assert outputs.classify(None).kind == "stdout"
    assert outputs.classify("-").kind == "stdout"
    assert outputs.classify(tmp_path / "new.jsonl").kind == "file"
    assert outputs.classify(regular).kind == "file"
    assert outputs.classify(link_to_file).kind == "file"
    assert outputs.classify(fifo).kind == "stream"
    assert outputs.classify(link_to_fifo).kind == "stream"
    assert outputs.classify("/dev/null").kind == "stream"  # a character device
    with pytest.raises(OutputError):
        outputs.classify(tmp_path)  # a folder


def test_sqlite_target_must_be_a_regular_file(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    for value in (None, "-", "/dev/null", str(fifo)):
        with pytest.raises(UsageProblem):
            outputs.check_sqlite_target(outputs.classify(value))
    outputs.check_sqlite_target(outputs.classify(tmp_path / "me.db"))


# -- writing to each kind of target ------------------------------------------------------------------

def test_regular_file_is_replaced_atomically_and_private(tmp_path: Path) -> None:
    dest = tmp_path / "out.jsonl"
    dest.write_text("old contents\n")
    os.chmod(dest, 0o644)
    result = runner.invoke(cli.app, ["timeline", str(X_CLASSIC), "-o", str(dest)])
    assert result.exit_code == 0, result.stderr
    assert stat.S_IMODE(dest.stat().st_mode) == 0o600
    rows = [json.loads(line) for line in dest.read_text().splitlines()]
    assert rows and "old contents" not in dest.read_text()
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]  # no temp file left behind


def test_dev_null_stays_a_character_device() -> None:
    before = os.stat("/dev/null")
    assert stat.S_ISCHR(before.st_mode)
    result = runner.invoke(cli.app, ["timeline", str(X_CLASSIC), "-o", "/dev/null"])
    assert result.exit_code == 0, result.stderr
    after = os.stat("/dev/null")
    assert stat.S_ISCHR(after.st_mode) and after.st_rdev == before.st_rdev


def test_dev_null_as_report_target() -> None:
    result = runner.invoke(cli.app, ["report", str(X_CLASSIC), "-f", "json", "-o", "/dev/null"])
    assert result.exit_code == 0, result.stderr
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def _read_fifo(path: Path, into: list[bytes]) -> threading.Thread:
    def reader() -> None:
        with open(path, "rb") as fh:
            into.append(fh.read())

    thread = threading.Thread(target=reader, daemon=True)
    thread.start()
    return thread


@pytest.mark.parametrize("via_symlink", [False, True], ids=["fifo", "symlink-to-fifo"])
def test_fifo_is_written_straight_through(tmp_path: Path, via_symlink: bool) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    target = fifo
    if via_symlink:
        target = tmp_path / "link"
        target.symlink_to(fifo)
    got: list[bytes] = []
    thread = _read_fifo(fifo, got)
    proc = run("timeline", str(X_CLASSIC), "-o", str(target))
    thread.join(30)
    assert proc.returncode == 0, proc.stderr
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    if via_symlink:
        assert target.is_symlink()
    rows = [json.loads(line) for line in got[0].decode().splitlines()]
    assert len(rows) >= 3 and all(r["source"] == "twitter" for r in rows)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted({"pipe", target.name})


def test_dev_stdout_is_written_through_not_replaced() -> None:
    # /dev/stdout is a symlink to /proc/self/fd/1; as root a rename over it would replace it
    before = os.lstat("/dev/stdout")
    proc = run("timeline", str(X_CLASSIC), "-o", "/dev/stdout")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.count(b"\n") >= 3
    after = os.lstat("/dev/stdout")
    assert stat.S_ISLNK(after.st_mode) and after.st_ino == before.st_ino


def test_dash_means_stdout(tmp_path: Path) -> None:
    result = runner.invoke(cli.app, ["timeline", str(X_CLASSIC), "-o", "-"], catch_exceptions=False)
    assert result.exit_code == 0
    assert json.loads(result.stdout.splitlines()[0])["source"] == "twitter"
    assert not (Path.cwd() / "-").exists()


@pytest.mark.parametrize("target", ["-", "/dev/null", "fifo"])
def test_sqlite_to_a_stream_is_a_usage_error(tmp_path: Path, target: str) -> None:
    if target == "fifo":
        target = str(tmp_path / "pipe")
        os.mkfifo(target)
    result = runner.invoke(cli.app, ["timeline", str(X_CLASSIC), "-f", "sqlite", "-o", target])
    assert result.exit_code == ExitCode.USAGE
    assert "regular file" in result.stderr


def test_sqlite_without_output_is_a_usage_error() -> None:
    result = runner.invoke(cli.app, ["timeline", str(X_CLASSIC), "-f", "sqlite"])
    assert result.exit_code == ExitCode.USAGE


def test_folder_as_output_is_refused(tmp_path: Path) -> None:
    result = runner.invoke(cli.app, ["timeline", str(X_CLASSIC), "-o", str(tmp_path)])
    assert result.exit_code == ExitCode.ERROR
    assert "folder" in result.stderr


# -- format from the output name ---------------------------------------------------------------------

@pytest.mark.parametrize(("name", "fmt"), [
    ("t.jsonl", "jsonl"), ("t.ndjson", "jsonl"), ("t.csv", "csv"), ("t.CSV", "csv"), ("t.db", "sqlite"),
    ("t.sqlite", "sqlite"), ("t.sqlite3", "sqlite"), ("t.out", "jsonl"),
])
def test_timeline_format_follows_the_extension(tmp_path: Path, name: str, fmt: str) -> None:
    assert outputs.format_for(name, None, outputs.TIMELINE_SUFFIXES, "jsonl") == fmt
    dest = tmp_path / name
    result = runner.invoke(cli.app, ["timeline", str(X_CLASSIC), "-o", str(dest)])
    assert result.exit_code == 0, result.stderr
    head = dest.read_bytes()[:16]
    if fmt == "sqlite":
        assert head == writers.SQLITE_MAGIC
    elif fmt == "csv":
        assert head.startswith(b"time,time_source")
    else:
        assert head.startswith(b"{")


@pytest.mark.parametrize(("name", "fmt", "said"), [
    ("t.csv", "csv", "CSV"), ("t.db", "sqlite", "SQLite"), ("t.out", "jsonl", "JSON Lines")])
def test_the_summary_line_names_the_format_written(tmp_path: Path, name: str, fmt: str, said: str) -> None:
    dest = tmp_path / name
    result = runner.invoke(cli.app, ["timeline", str(X_CLASSIC), "-o", str(dest)])
    assert result.exit_code == 0, result.stderr
    assert f" event(s) as {said} to {dest} (" in result.stderr


# An output name of a format the command does not write was written as JSON Lines (timeline) or text (report)
# under that name, without a word (the twenty-fourth pass's first tester, O1): a usage error now, naming what to
# use instead, and nothing is written.
@pytest.mark.parametrize(("command", "name", "said"), [
    ("timeline", "t.feather", "cannot write .feather"), ("timeline", "t.json", "name it .jsonl"),
    ("timeline", "t.XLSX", "--excel"), ("timeline", "t.jsonl.gz", "does not compress"),
    ("timeline", "t.csv.zst", "does not compress"), ("timeline", "t.md", "dataexam report"),
    ("report", "r.pdf", "cannot write .pdf"), ("report", "r.csv", "dataexam timeline"),
    ("report", "r.json.gz", "does not compress"),
])
def test_an_output_name_of_a_format_not_written_is_a_usage_error(tmp_path: Path, command: str, name: str,
                                                                 said: str) -> None:
    dest = tmp_path / name
    result = runner.invoke(cli.app, [command, str(X_CLASSIC), "-o", str(dest)])
    assert result.exit_code == ExitCode.USAGE and said in result.stderr
    assert not dest.exists() and not list(tmp_path.iterdir())


def test_an_explicit_format_may_use_such_a_name_but_never_a_compressed_one(tmp_path: Path) -> None:
    dest = tmp_path / "t.json"
    result = runner.invoke(cli.app, ["timeline", str(X_CLASSIC), "-f", "jsonl", "-o", str(dest)])
    assert result.exit_code == 0 and dest.read_text().startswith("{") and "as JSON Lines" in result.stderr
    result = runner.invoke(cli.app, ["timeline", str(X_CLASSIC), "-f", "jsonl", "-o", str(tmp_path / "t.gz")])
    assert result.exit_code == ExitCode.USAGE and not (tmp_path / "t.gz").exists()


@pytest.mark.parametrize(("name", "fmt"), [
    ("r.json", "json"), ("r.md", "markdown"), ("r.markdown", "markdown"), ("r.html", "html"), ("r.htm", "html"),
    ("r.txt", "text"), ("r", "text"),
])
def test_report_format_follows_the_extension(name: str, fmt: str) -> None:
    assert outputs.format_for(name, None, outputs.REPORT_SUFFIXES, "text") == fmt


@pytest.mark.parametrize(("name", "start"), [("r.json", "{"), ("r.md", "#")])
def test_report_written_in_the_extensions_format(tmp_path: Path, name: str, start: str) -> None:
    dest = tmp_path / name
    result = runner.invoke(cli.app, ["report", str(X_CLASSIC), "-o", str(dest)])
    assert result.exit_code == 0, result.stderr
    assert dest.read_text().lstrip().startswith(start)
    assert "╭" not in dest.read_text()  # not the box-drawing terminal text


@pytest.mark.parametrize(("command", "args"), [
    ("timeline", ["-f", "csv", "-o", "me.db"]), ("timeline", ["-f", "jsonl", "-o", "me.csv"]),
    ("timeline", ["-f", "sqlite", "-o", "me.jsonl"]), ("report", ["-f", "text", "-o", "r.md"]),
    ("report", ["-f", "json", "-o", "r.html"]), ("report", ["-f", "markdown", "-o", "r.json"]),
])
def test_explicit_format_contradicting_the_extension_is_exit_2(tmp_path: Path, command: str,
                                                              args: list[str]) -> None:
    args = [a if not a.startswith(("me.", "r.")) else str(tmp_path / a) for a in args]
    result = runner.invoke(cli.app, [command, str(X_CLASSIC), *args])
    assert result.exit_code == ExitCode.USAGE
    assert "contradicts" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_explicit_format_agreeing_with_the_extension_is_fine(tmp_path: Path) -> None:
    result = runner.invoke(cli.app, ["timeline", str(X_CLASSIC), "-f", "csv", "-o", str(tmp_path / "t.csv")])
    assert result.exit_code == 0, result.stderr


# -- the summary line ----------------------------------------------------------------------------------

def test_one_stderr_line_says_what_was_written(tmp_path: Path) -> None:
    dest = tmp_path / "t.jsonl"
    result = runner.invoke(cli.app, ["timeline", str(X_CLASSIC), str(X_CLASSIC), "-o", str(dest)])
    assert result.exit_code == 0, result.stderr
    n = len(dest.read_text().splitlines())
    stats = api.RunStats()
    assert len(list(api.timeline([X_CLASSIC, X_CLASSIC], stats=stats))) == n
    assert stats.merge.duplicates >= n  # the second copy of each record at least
    lines = [line for line in result.stderr.splitlines() if line.startswith("dataexam: wrote")]
    assert lines == [f"dataexam: wrote {n:,} event(s) as JSON Lines to {dest} ({stats.merge.duplicates:,} "
                     "duplicate(s) dropped, 0 parse issue(s))"]


def test_no_summary_line_on_stdout_or_with_quiet(tmp_path: Path) -> None:
    result = runner.invoke(cli.app, ["timeline", str(X_CLASSIC)])
    assert "dataexam: wrote" not in result.stderr
    result = runner.invoke(cli.app, ["timeline", str(X_CLASSIC), "-q", "-o", str(tmp_path / "t.jsonl")])
    assert result.stderr == ""


def test_report_summary_line(tmp_path: Path) -> None:
    dest = tmp_path / "r.json"
    result = runner.invoke(cli.app, ["report", str(X_CLASSIC), "-o", str(dest)])
    assert result.exit_code == 0, result.stderr
    assert re.search(rf"dataexam: wrote the json report of [\d,]+ event\(s\) to {re.escape(str(dest))} \(",
                     result.stderr)


# -- CSV --excel ---------------------------------------------------------------------------------------

def test_excel_csv_has_bom_and_neutralised_formulas() -> None:
    rows = [("2020-01-01T00:00:00.000Z", "utc", "twitter", "twitter.tweet", "self", text, "{}", "a", "m", 1, "k")
            for text in ("=HYPERLINK(\"http://x\")", "+1 555", "-2", "@mention", "\tx", "plain", "")]
    plain, excel = io.StringIO(), io.StringIO()
    writers.write_csv_rows(rows, plain)
    writers.write_csv_rows(rows, excel, excel=True)
    assert not plain.getvalue().startswith("\ufeff")
    assert excel.getvalue().startswith("\ufeff")
    texts_plain = [r["text"] for r in csv.DictReader(io.StringIO(plain.getvalue()))]
    texts_excel = [r["text"] for r in csv.DictReader(io.StringIO(excel.getvalue()[1:]))]
    assert texts_plain == ["=HYPERLINK(\"http://x\")", "+1 555", "-2", "@mention", "\tx", "plain", ""]
    assert texts_excel == ["'=HYPERLINK(\"http://x\")", "'+1 555", "'-2", "'@mention", "'\tx", "plain", ""]
    # numbers (origin_index) stay numbers
    assert [r["origin_index"] for r in csv.DictReader(io.StringIO(excel.getvalue()[1:]))] == ["1"] * 7


def test_excel_option_from_the_cli(tmp_path: Path) -> None:
    dest = tmp_path / "t.csv"
    result = runner.invoke(cli.app, ["timeline", str(X_CLASSIC), "--excel", "-o", str(dest)])
    assert result.exit_code == 0, result.stderr
    assert dest.read_bytes().startswith(b"\xef\xbb\xbftime,")
    result = runner.invoke(cli.app, ["timeline", str(X_CLASSIC), "--excel"])
    assert result.exit_code == ExitCode.USAGE  # --excel is for CSV only


# -- millisecond timestamps in every timeline format ----------------------------------------------------

def test_every_timestamp_has_milliseconds_in_jsonl_csv_and_sqlite(tmp_path: Path) -> None:
    sources = [FIXTURES / "twitter" / "current" / "archive", FIXTURES / "facebook" / "2023" / "archive",
               FIXTURES / "amazon" / "2025" / "archive"]
    for source in sources:
        out = {fmt: tmp_path / f"{source.parent.name}.{fmt}" for fmt in ("jsonl", "csv", "db")}
        for dest in out.values():
            result = runner.invoke(cli.app, ["timeline", str(source), "-o", str(dest)])
            assert result.exit_code == 0, result.stderr
        times_jsonl = [json.loads(line)["time"] for line in out["jsonl"].read_text().splitlines()]
        times_csv = [r["time"] for r in csv.DictReader(out["csv"].open(newline=""))]
        with sqlite3.connect(out["db"]) as conn:
            times_db = [t for (t,) in conn.execute("select time from events order by id")]
        dated = [t for t in times_jsonl if t is not None]
        assert dated, source
        assert all(MS.match(t) for t in dated)
        assert [t or "" for t in times_jsonl] == times_csv
        assert times_jsonl == times_db
    assert writers.format_time_ms(None) is None


def test_format_time_ms_converts_to_utc() -> None:
    from datetime import UTC, datetime, timedelta, timezone

    assert writers.format_time_ms(datetime(2019, 1, 1, 17, 7, 36, tzinfo=UTC)) == "2019-01-01T17:07:36.000Z"
    assert writers.format_time_ms(datetime(2019, 1, 1, 18, 7, 36, 123456, tzinfo=timezone(timedelta(hours=1)))) \
        == "2019-01-01T17:07:36.123Z"


def test_dev_stdout_redirected_to_a_file_is_written_through(tmp_path: Path) -> None:
    # `dataexam timeline … -o /dev/stdout > out.jsonl`: /dev/stdout leads to a regular file, and is still
    # written through its descriptor (a rename would replace the /dev/stdout link as root)
    out = tmp_path / "out.jsonl"
    before = os.lstat("/dev/stdout")
    with open(out, "wb") as fh:
        proc = subprocess.run([sys.executable, "-m", "dataexam", "timeline", str(X_CLASSIC), "-o", "/dev/stdout"],
                              stdout=fh, stderr=subprocess.PIPE, env=ENV, timeout=300, check=False)
    assert proc.returncode == 0, proc.stderr
    assert os.lstat("/dev/stdout").st_ino == before.st_ino and stat.S_ISLNK(os.lstat("/dev/stdout").st_mode)
    assert len(out.read_text().splitlines()) >= 3
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]
    for name in ("/dev/stdout", "/dev/stderr", "/dev/fd/1", "/proc/self/fd/1"):
        assert outputs.classify(name).kind == "stream", name


def test_symlink_to_a_regular_file_stays_a_link(tmp_path: Path) -> None:
    real = tmp_path / "data" / "timeline.jsonl"
    real.parent.mkdir()
    real.write_text("old\n")
    link = tmp_path / "latest.jsonl"
    link.symlink_to(real)
    result = runner.invoke(cli.app, ["timeline", str(X_CLASSIC), "-o", str(link)])
    assert result.exit_code == 0, result.stderr
    assert link.is_symlink() and link.resolve() == real.resolve()
    assert real.read_text().startswith("{") and stat.S_IMODE(real.stat().st_mode) == 0o600
    assert f"to {link} (" in result.stderr  # the name as given
    db_link = tmp_path / "me.db"
    db_link.symlink_to(tmp_path / "data" / "real.db")
    result = runner.invoke(cli.app, ["timeline", str(X_CLASSIC), "-o", str(db_link)])
    assert result.exit_code == 0, result.stderr
    assert db_link.is_symlink() and (tmp_path / "data" / "real.db").read_bytes()[:16] == writers.SQLITE_MAGIC


# -- CSV: one kind of empty cell (the twenty-fourth pass's first tester, L3) ---------------------------------------

def test_csv_writes_an_empty_text_and_no_text_alike_json_lines_and_sqlite_keep_them_apart(tmp_path: Path) -> None:
    """Documented in the README: CSV has one empty cell for ``""`` and ``None`` (pandas and DuckDB read a quoted
    ``""`` as missing too); JSON Lines and SQLite keep an empty tweet and a like's missing text apart."""
    from datetime import UTC, datetime

    from dataexam.events import Event, Origin, TimeSource

    when = datetime(2023, 3, 26, 1, 0, tzinfo=UTC)
    events = [Event(time=when, time_source=TimeSource.UTC, source="twitter", kind="twitter.tweet", actor="self",
                    text=text, attrs={}, origin=Origin(archive="a.zip", member="m", index=i), key=f"k{i}")
              for i, text in enumerate(["", None])]
    out = io.StringIO()
    writers.write_csv(events, out)
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    text_at = writers.CSV_COLUMNS.index("text")
    assert rows[1][text_at] == rows[2][text_at] == ""
    assert out.getvalue().splitlines()[1].split(",")[text_at] == ""  # not quoted: the same cell as None's
    assert [json.loads(writers.jsonl_line(e))["text"] for e in events] == ["", None]
    writers.write_sqlite(events, tmp_path / "t.db")
    with sqlite3.connect(tmp_path / "t.db") as conn:
        assert [t for (t,) in conn.execute("select text from events order by key")] == ["", None]


# -- a folder that lets no file be created (L2) --------------------------------------------------------------------

@pytest.mark.parametrize(("error", "said"), [
    (FileNotFoundError(2, "No such file or directory"), "it does not allow creating a file (a system folder such as"),
    (PermissionError(13, "Permission denied"), "you have no permission to create files there"),
    (OSError(30, "Read-only file system"), "it is on a read-only file system"),
])
def test_a_folder_that_creates_no_file_is_said_to_be_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                        error: OSError, said: str) -> None:
    """``-o /proc/version`` said "cannot write here (No such file or directory)" of a file that exists: the
    temporary file beside it is what /proc refuses."""
    existing = tmp_path / "version"
    existing.write_text("old\n")

    def refuse(*args: object, **kw: object) -> tuple[int, str]:
        raise error

    monkeypatch.setattr(writers.tempfile, "mkstemp", refuse)
    with pytest.raises(OutputError) as caught:
        with writers.private_output(existing) as fh:
            fh.write("new\n")
    assert str(caught.value).startswith(f"{existing}: cannot create a file in the folder {tmp_path}: {said}")
    assert existing.read_text() == "old\n"


def test_a_missing_folder_and_proc_are_named_as_such(tmp_path: Path) -> None:
    result = runner.invoke(cli.app, ["timeline", str(X_CLASSIC), "-o", str(tmp_path / "nope" / "t.jsonl")])
    assert result.exit_code == ExitCode.ERROR and f"the folder {tmp_path / 'nope'} does not exist" in result.stderr
    if Path("/proc/version").is_file() and os.geteuid() == 0:  # Linux as root: /proc itself (as the tester ran)
        result = runner.invoke(cli.app, ["timeline", str(X_CLASSIC), "-o", "/proc/version"])
        assert result.exit_code == ExitCode.ERROR and "cannot create a file in the folder /proc" in result.stderr
