"""``dataexam timeline`` as Parquet (the twenty-sixth pass's leftovers, 5): the event schema's columns with fixed
Arrow types, streamed in row groups, 0600, written beside the output and renamed; to a redirected stdout, a pipe or
a device front to back (T26C L3: ``-f parquet > c.parquet`` was refused), a terminal refused."""

from __future__ import annotations

import csv
import io
import os
import stat
from datetime import UTC, datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from dataexam import cli, parquet_out
from dataexam.errors import ExitCode
from helpers import FIXTURES

runner = CliRunner()
X_CURRENT = FIXTURES / "twitter" / "current" / "archive"


def test_the_parquet_timeline_holds_what_the_csv_holds(tmp_path: Path) -> None:
    dest = tmp_path / "me.parquet"
    result = runner.invoke(cli.app, ["timeline", str(X_CURRENT), "-o", str(dest)])
    assert result.exit_code == 0, result.stderr
    assert " event(s) as Parquet to " in result.stderr
    assert stat.S_IMODE(os.stat(dest).st_mode) == 0o600
    assert sorted(os.listdir(tmp_path)) == ["me.parquet"]  # no temporary file left beside it
    table = pq.read_table(dest)
    assert table.schema.field("time").type == pa.timestamp("ms", tz="UTC")
    assert table.schema.field("origin_index").type == pa.int64()
    assert table.schema.names == list(parquet_out.COLUMNS)
    assert table.schema.metadata[b"dataexam.schema_version"] == b"1"
    out = runner.invoke(cli.app, ["timeline", str(X_CURRENT), "-f", "csv"])
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    got = table.to_pylist()
    assert len(got) == len(rows) == 50
    for mine, theirs in zip(got, rows, strict=True):
        assert mine["key"] == theirs["key"] and mine["attrs"] == theirs["attrs"]
        assert mine["origin_index"] == int(theirs["origin_index"])
        when = mine["time"]
        assert (when.strftime("%Y-%m-%dT%H:%M:%S.") + f"{when.microsecond // 1000:03d}Z" if when else "") \
            == theirs["time"]


def test_rows_are_written_one_row_group_at_a_time(tmp_path: Path) -> None:
    rows = [(i * 1000 if i % 4 else None, "utc", "twitter", "twitter.tweet", "self", f"post {i}", "{}", "a.zip",
             "data/tweets.js", i, f"k{i}") for i in range(10)]
    n = parquet_out.write_parquet_rows(iter(rows), tmp_path / "t.parquet", row_group_rows=3)
    meta = pq.ParquetFile(tmp_path / "t.parquet").metadata
    assert (n, meta.num_rows, meta.num_row_groups) == (10, 10, 4)  # 3 + 3 + 3 + 1: never more than 3 held
    times = pq.read_table(tmp_path / "t.parquet").column("time").to_pylist()
    assert times[0] is None and times[1] == datetime(1970, 1, 1, 0, 0, 1, tzinfo=UTC)


def test_an_empty_timeline_is_a_file_of_the_same_schema(tmp_path: Path) -> None:
    assert parquet_out.write_parquet_rows(iter(()), tmp_path / "e.parquet") == 0
    table = pq.read_table(tmp_path / "e.parquet")
    assert table.num_rows == 0 and table.schema.names == list(parquet_out.COLUMNS)


def test_a_failed_write_leaves_the_old_file_and_nothing_else(tmp_path: Path) -> None:
    dest = tmp_path / "t.parquet"
    dest.write_bytes(b"the researcher's earlier file")

    def rows():
        yield (0, "utc", "twitter", "twitter.tweet", "self", "x", "{}", "a", "m", 0, "k0")
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        parquet_out.write_parquet_rows(rows(), dest, row_group_rows=1)
    assert dest.read_bytes() == b"the researcher's earlier file" and os.listdir(tmp_path) == ["t.parquet"]


@pytest.mark.parametrize("args", [["-f", "parquet"], ["-f", "parquet", "-o", "-"]])
def test_parquet_to_a_redirected_stdout_is_the_file_s_bytes(args: list[str], tmp_path: Path) -> None:
    # stdout is not a terminal here (a file or a pipe for the shell): written front to back, no seek needed
    dest = tmp_path / "t.parquet"
    assert runner.invoke(cli.app, ["timeline", str(X_CURRENT), "-o", str(dest)]).exit_code == 0
    result = runner.invoke(cli.app, ["timeline", str(X_CURRENT), *args])
    assert result.exit_code == 0, result.stderr
    assert result.stdout_bytes == dest.read_bytes()
    assert pq.read_table(io.BytesIO(result.stdout_bytes)).num_rows == pq.read_table(dest).num_rows > 0


def test_parquet_through_a_real_pipe_reads_whole(tmp_path: Path) -> None:
    import subprocess
    import sys

    code = ("import sys; from dataexam.cli import main; sys.argv = ['dataexam', 'timeline', sys.argv[1], '-f', "
            "'parquet', '-q']; main()")
    proc = subprocess.run([sys.executable, "-c", code, str(X_CURRENT)], capture_output=True, check=False)
    assert proc.returncode == 0, proc.stderr
    table = pq.read_table(io.BytesIO(proc.stdout))
    assert table.num_rows > 0 and table.schema.names == list(parquet_out.COLUMNS)


def test_parquet_to_a_terminal_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr("sys.stdout", Tty())
    with pytest.raises(cli.UsageProblem, match="binary and would only garble the terminal"):
        parquet_out.check_target("stdout")
    leader, follower = os.openpty()
    try:
        with pytest.raises(cli.UsageProblem, match="garble the terminal"):
            parquet_out.check_target("stream", os.ttyname(follower))
    finally:
        os.close(leader)
        os.close(follower)
    parquet_out.check_target("stream", os.devnull)  # a device that is no terminal: written


def test_a_stream_cut_by_a_failure_has_no_footer() -> None:
    # a pipe cannot be rolled back: without the footer a reader refuses it, never reads a smaller table as whole
    def rows():
        yield (0, "utc", "twitter", "twitter.tweet", "self", "x", "{}", "a", "m", 0, "k0")
        raise KeyboardInterrupt

    out = io.BytesIO()
    with pytest.raises(KeyboardInterrupt):
        parquet_out.write_parquet_to(rows(), out, row_group_rows=1)
    assert out.getvalue()[:4] == b"PAR1" and not out.getvalue().endswith(b"PAR1")
    with pytest.raises(pa.ArrowInvalid):
        pq.read_table(io.BytesIO(out.getvalue()))


def test_a_parquet_name_and_another_format_contradict(tmp_path: Path) -> None:
    result = runner.invoke(cli.app, ["timeline", str(X_CURRENT), "-f", "csv", "-o", str(tmp_path / "t.parquet")])
    assert result.exit_code == ExitCode.USAGE and "contradicts" in result.stderr
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize("mode", ["a", "r+"])
def test_parquet_to_a_stdout_file_that_holds_data_is_refused(mode: str, tmp_path: Path) -> None:
    """T27C H2: `-f parquet >> t.parquet` (and `1<> t.parquet`) exited 0 and left neither table readable. A
    standard output that is a regular file already holding bytes is refused, the file left as it was; `>` (a
    truncated file) is written."""
    import subprocess
    import sys

    dest = tmp_path / "t.parquet"
    assert runner.invoke(cli.app, ["timeline", str(X_CURRENT), "-o", str(dest)]).exit_code == 0
    before = dest.read_bytes()
    code = ("import sys; from dataexam.cli import main; sys.argv = ['dataexam', 'timeline', sys.argv[1], '-f', "
            "'parquet', '-q']; main()")
    with open(dest, mode + "b") as out:  # the shell's >> (O_APPEND) and 1<> (read-write, not truncated)
        proc = subprocess.run([sys.executable, "-c", code, str(X_CURRENT)], stdout=out, stderr=subprocess.PIPE,
                              check=False)
    assert proc.returncode == 2, proc.stderr
    assert b"already holds data" in proc.stderr
    assert dest.read_bytes() == before
    with open(dest, "wb") as out:  # the shell's >
        proc = subprocess.run([sys.executable, "-c", code, str(X_CURRENT)], stdout=out, stderr=subprocess.PIPE,
                              check=False)
    assert proc.returncode == 0, proc.stderr
    assert dest.read_bytes() == before


def test_o_dev_stdout_onto_a_file_opened_to_append_never_wipes_it(tmp_path: Path) -> None:
    """T27E M2: `-o /dev/stdout >> FILE` reopened the file with O_TRUNC and wiped it (JSONL, CSV, Parquet), exit 0.
    A descriptor path that reaches a regular file is appended to; Parquet, which cannot be, is refused."""
    import subprocess
    import sys

    def run(fmt: str, dest: Path) -> subprocess.CompletedProcess[bytes]:
        code = ("import sys; from dataexam.cli import main; sys.argv = ['dataexam', 'timeline', sys.argv[1], '-f', "
                f"'{fmt}', '-o', '/dev/stdout', '-q']; main()")
        with open(dest, "ab") as out:  # the shell's >>
            return subprocess.run([sys.executable, "-c", code, str(X_CURRENT)], stdout=out, stderr=subprocess.PIPE,
                                  check=False)

    log = tmp_path / "log.jsonl"
    log.write_bytes(b'{"earlier": "line"}\n')
    proc = run("jsonl", log)
    assert proc.returncode == 0, proc.stderr
    lines = log.read_bytes().splitlines()
    assert lines[0] == b'{"earlier": "line"}' and len(lines) > 1
    table = tmp_path / "t.parquet"
    assert runner.invoke(cli.app, ["timeline", str(X_CURRENT), "-o", str(table)]).exit_code == 0
    before = table.read_bytes()
    proc = run("parquet", table)
    assert proc.returncode == 2 and b"already holds data" in proc.stderr
    assert table.read_bytes() == before
