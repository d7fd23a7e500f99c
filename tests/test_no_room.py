"""A disk (or quota, or file size limit) with no room left: a clear message and exit 1, never a half
output that looks whole, an "internal error" to report, or files left behind.

Room runs out in three places: the output named with ``-o``, standard output redirected to a file,
and the temporary folder where the timeline is sorted. A full disk is stood in for by ``/dev/full``
(every write fails with ENOSPC) and by a file size limit (``ulimit -f``: writes past it fail with
EFBIG; Python ignores the SIGXFSZ that comes with them), which needs no root and no mount.
"""

from __future__ import annotations

import errno
import os
import resource
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from dataexam import api, outputs
from dataexam.errors import OutputError, TempSpaceFull, no_room

ROOT = Path(__file__).resolve().parent.parent
X_ARCHIVE = ROOT / "fixtures" / "twitter" / "current" / "archive"
DEV_FULL = Path("/dev/full")
#: how EFBIG (a file size limit) is named in the messages
TOO_LARGE = "File too large: a file larger than the file system or a file size limit (ulimit -f) allows"


def _cli(args: list[str], *, stdout: object = subprocess.PIPE, file_limit: int | None = None,
         env: dict[str, str] | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    def limit() -> None:
        if file_limit is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (file_limit, file_limit))

    return subprocess.run([sys.executable, "-m", "dataexam", *args], stdout=stdout, stderr=subprocess.PIPE,
                          text=True, preexec_fn=limit, env={**os.environ, **(env or {})}, cwd=cwd, timeout=300)


@pytest.fixture(scope="module")
def persona(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    from dataexam.persona import export_paths, write_persona

    return [Path(p) for p in export_paths(write_persona(tmp_path_factory.mktemp("persona") / "p", seed=5,
                                                        scale=0.2))]


# -- standard output ----------------------------------------------------------------------------------------
class _ShortWrites:
    """os.write that takes at most ``step`` bytes a call, then (after ``then_fail`` calls) fails with ENOSPC."""

    def __init__(self, step: int, then_fail: int | None = None) -> None:
        self.step, self.then_fail, self.calls = step, then_fail, 0
        self.real = os.write

    def __call__(self, fd: int, data: bytes) -> int:
        self.calls += 1
        if self.then_fail is not None and self.calls > self.then_fail:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return self.real(fd, bytes(data[:self.step]))


def test_whole_writes_go_on_after_a_short_write(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fd = os.open(tmp_path / "out", os.O_WRONLY | os.O_CREAT, 0o600)
    short = _ShortWrites(step=1000)
    monkeypatch.setattr(os, "write", short)
    try:
        stream = outputs.whole_writes_text(fd)
        stream.write("é" * 10_000)  # 20,000 bytes: CPython's own writers kept only the first 1,000
        stream.flush()
    finally:
        monkeypatch.undo()
        os.close(fd)
    assert (tmp_path / "out").read_text(encoding="utf-8") == "é" * 10_000
    assert short.calls == 20


def test_whole_writes_raise_what_stops_them(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fd = os.open(tmp_path / "out", os.O_WRONLY | os.O_CREAT, 0o600)
    monkeypatch.setattr(os, "write", _ShortWrites(step=1000, then_fail=3))
    try:
        raw = outputs.WholeWrites(fd)
        with pytest.raises(OSError) as caught:
            raw.write(b"x" * 20_000)
    finally:
        monkeypatch.undo()
        os.close(fd)
    assert no_room(caught.value)
    assert (tmp_path / "out").stat().st_size == 3000


@pytest.mark.skipif(not DEV_FULL.exists(), reason="no /dev/full on this system")
@pytest.mark.parametrize("args", [
    ["timeline", str(X_ARCHIVE)],
    ["timeline", str(X_ARCHIVE), "-f", "csv"],
    ["report", str(X_ARCHIVE), "-f", "json"],
    ["report", str(X_ARCHIVE), "--no-pager"],
    ["scan", str(X_ARCHIVE)],
    ["timeline", str(X_ARCHIVE), "-o", "/dev/stdout"],  # a stream target, opened by dataexam
], ids=["jsonl", "csv", "report-json", "report-text", "scan", "dev-stdout"])
def test_stdout_on_a_full_disk_is_an_error(args: list[str]) -> None:
    with DEV_FULL.open("w") as full:
        run = _cli([*args, "-q"] if args[0] != "scan" else args, stdout=full)
    assert run.returncode == 1, run.stderr
    assert "no room left to write the output (No space left on device: the disk is full)" in run.stderr
    assert "Traceback" not in run.stderr and "internal error" not in run.stderr


def test_a_report_cut_short_on_a_nearly_full_disk_is_not_a_success(tmp_path: Path) -> None:
    # the defect: 176 KB of a 336 KB JSON report were written to a file on a nearly full disk, exit 0.
    # A file size limit below the report's size stands in for the disk here.
    full_size = len(_cli(["report", str(X_ARCHIVE), "-f", "json", "-q", "--jobs", "1"]).stdout.encode())
    out = tmp_path / "report.json"
    with out.open("w") as fh:
        run = _cli(["report", str(X_ARCHIVE), "-f", "json", "-q", "--jobs", "1"], stdout=fh,
                   file_limit=full_size // 2)
    assert run.returncode == 1, run.stderr
    assert "no room left to write the output (File too large: a file larger than" in run.stderr
    assert out.stat().st_size < full_size


# -- an output file (-o) -------------------------------------------------------------------------------------
def test_replacing_a_database_that_does_not_fit_leaves_it_as_it_was(tmp_path: Path, persona: list[Path]) -> None:
    db = tmp_path / "timeline.db"
    assert _cli(["timeline", str(X_ARCHIVE), "-o", str(db), "-q"]).returncode == 0
    original = db.read_bytes()
    run = _cli(["timeline", *map(str, persona), "-o", str(db), "-q", "--jobs", "1"], file_limit=len(original) + 16_384)
    assert run.returncode == 1, run.stderr
    assert "could not write it (SQLite: disk I/O error: a write the system refused" in run.stderr
    assert db.read_bytes() == original and sorted(p.name for p in tmp_path.iterdir()) == ["timeline.db"]


@pytest.mark.parametrize("fmt, name, words", [
    ("jsonl", "out.jsonl", f"no room to write it ({TOO_LARGE})"),
    ("sqlite", "out.db", "could not write it (SQLite: disk I/O error: a write the system refused — a file size "
                         "limit (ulimit -f), a full or failing disk)"),  # SQLite's words for EFBIG
    ("html", "out.html", f"no room to write it ({TOO_LARGE})"),
])
def test_an_output_file_that_does_not_fit_leaves_nothing(fmt: str, name: str, words: str, tmp_path: Path) -> None:
    command = "report" if fmt == "html" else "timeline"
    out = tmp_path / name
    run = _cli([command, str(X_ARCHIVE), "-f", fmt, "-o", str(out), "-q", "--jobs", "1"], file_limit=20_000,
               env={"TMPDIR": str(tmp_path)})
    assert run.returncode == 1, run.stderr
    assert f"{out}: {words}; nothing was written, the partial file was removed" in run.stderr
    assert list(tmp_path.iterdir()) == []  # no output, no .part file, no temporary folder


def test_an_append_that_does_not_fit_leaves_the_database_as_it_was(tmp_path: Path, persona: list[Path]) -> None:
    import sqlite3

    db = tmp_path / "timeline.db"
    assert _cli(["timeline", str(X_ARCHIVE), "-o", str(db), "-q"]).returncode == 0
    before = sqlite3.connect(db).execute("SELECT count(*) FROM events").fetchone()[0]
    original = db.read_bytes()
    run = _cli(["timeline", *map(str, persona), "-o", str(db), "--append", "-q", "--jobs", "1"],
               file_limit=db.stat().st_size + 16_384)
    assert run.returncode == 1, run.stderr
    assert "the database was left as it was (its transaction was rolled back)" in run.stderr
    # byte for byte, and no journal beside it (a copy of the file alone was corrupt: SQLite rolls a journal
    # back only when the database is next opened, so dataexam opens it again at once)
    assert db.read_bytes() == original and not Path(f"{db}-journal").exists()
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM events").fetchone()[0] == before
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_api_output_writers_raise_output_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from dataexam.writers import private_output

    def no_space(*_args: object) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    out = tmp_path / "x.txt"
    with pytest.raises(OutputError, match=r"no room to write it \(No space left on device"):
        with private_output(out) as fh:
            fh.write("x")
            monkeypatch.setattr(os, "write", no_space)
            fh.flush()
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    monkeypatch.undo()
    assert list(tmp_path.iterdir()) == []


# -- the temporary folder -------------------------------------------------------------------------------------
_SORT_SNIPPET = """
import sys
from dataexam import api
from dataexam.errors import TempSpaceFull
try:
    n = sum(1 for _ in api.timeline(sys.argv[3:], spill_bytes=20_000, tmp_parent=sys.argv[1], jobs=int(sys.argv[2])))
except TempSpaceFull as exc:
    print(exc)
    sys.exit(9)
print(n)
"""


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_full_temporary_folder_is_named(jobs: int, tmp_path: Path, persona: list[Path]) -> None:
    # sort runs of ~20 KB each spill into the temporary folder; a file size limit of 10 KB refuses them
    # (with --jobs 2, in the worker processes too: they inherit the limit)
    folder = tmp_path / "tmp"
    folder.mkdir()
    run = subprocess.run([sys.executable, "-c", _SORT_SNIPPET, str(folder), str(jobs), *map(str, persona)],
                         capture_output=True, text=True, timeout=300,
                         preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_FSIZE, (10_000, 10_000)))
    assert run.returncode == 9, (run.stdout, run.stderr)
    assert run.stdout.startswith(f"no room left in the temporary folder {folder} ({TOO_LARGE}) while sorting")
    assert "set TMPDIR to a folder with room" in run.stdout
    assert list(folder.iterdir()) == []  # the private folder and its runs are gone


def test_the_cli_says_the_temporary_folder_is_full(tmp_path: Path) -> None:
    # --jobs 2 on a persona big enough to be shared out: the parse processes write their sorted runs
    # into the temporary folder, which a file size limit of 10 KB refuses
    from dataexam.persona import export_paths, write_persona

    persona = export_paths(write_persona(tmp_path / "p", seed=5, scale=1.0))
    folder = tmp_path / "tmp"
    folder.mkdir()
    out = tmp_path / "timeline.jsonl"
    run = _cli(["timeline", *map(str, persona), "-o", str(out), "--jobs", "2", "-q"], file_limit=10_000,
               env={"TMPDIR": str(folder)})
    assert run.returncode == 1, run.stderr
    assert f"no room left in the temporary folder {folder} ({TOO_LARGE}) while sorting the timeline" in run.stderr
    assert not out.exists() and list(folder.iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p", "tmp"]  # no .part file beside the output


def test_temp_space_full_from_the_api(tmp_path: Path, persona: list[Path], monkeypatch: pytest.MonkeyPatch) -> None:
    from dataexam import normalise

    def no_space(*_args: object) -> None:
        raise OSError(errno.EDQUOT, os.strerror(errno.EDQUOT))

    monkeypatch.setattr(normalise, "_write_entries", no_space)
    with pytest.raises(TempSpaceFull, match=f"temporary folder {tmp_path} .Disk quota exceeded: your disk quota"):
        list(api.timeline(persona, spill_bytes=20_000, tmp_parent=str(tmp_path)))
    assert list(tmp_path.iterdir()) == []


# -- the other writers: demo, batch, a new study key -----------------------------------------------------------
def _one_participant(tmp_path: Path) -> Path:
    donations = tmp_path / "donations"
    (donations / "P001").mkdir(parents=True)
    import shutil

    shutil.copytree(X_ARCHIVE, donations / "P001" / "x")
    return donations


def test_a_new_study_key_that_does_not_fit_is_not_left_empty(tmp_path: Path) -> None:
    # an empty key file left behind made every later run refuse it as "not a dataexam study key"
    # the key is written once the run is known to go ahead, in an OUTDIR already made (T27E M3): here one a run
    # without --events made, so that the key is the first file too large for the limit
    key = tmp_path / "study.key"
    made = _cli(["batch", str(_one_participant(tmp_path)), "-o", str(tmp_path / "study"), "--jobs", "1", "-q"])
    assert made.returncode == 0, made.stderr
    run = _cli(["batch", str(tmp_path / "donations"), "-o", str(tmp_path / "study"), "--events",
                "--key-file", str(key), "--jobs", "1", "-q"], file_limit=10)
    assert run.returncode == 1, run.stderr
    assert f"{key}: no room to write the new study key (File too large" in run.stderr
    assert not key.exists()
    run = _cli(["batch", str(tmp_path / "donations"), "-o", str(tmp_path / "study2"), "--events",
                "--key-file", str(key), "--jobs", "1", "-q"])
    assert run.returncode == 0, run.stderr
    assert len(key.read_text().strip()) == 64


@pytest.mark.parametrize("command", ["demo", "batch"])
def test_demo_and_batch_name_the_folder_with_no_room(command: str, tmp_path: Path) -> None:
    out = tmp_path / "out"
    args = (["demo", "--out", str(out), "--no-report", "-q"] if command == "demo"
            else ["batch", str(_one_participant(tmp_path)), "-o", str(out), "--jobs", "1", "-q"])
    run = _cli(args, file_limit=1_000)
    assert run.returncode == 1, run.stderr
    assert f"{out}: no room left to write the {'demo exports' if command == 'demo' else 'batch'}" in run.stderr
    assert "File too large: a file larger than" in run.stderr and "Traceback" not in run.stderr


def test_a_demo_that_found_no_room_can_be_run_again(tmp_path: Path) -> None:
    # its marker was left empty on a full disk, and the next demo refused the folder as not its own
    out = tmp_path / "demo"
    run = _cli(["demo", "--out", str(out), "--no-report", "-q"], file_limit=0)
    assert run.returncode == 1, run.stderr
    assert not (out / ".dataexam-demo.json").exists() and not (out / ".dataexam-demo.json.part").exists()
    again = _cli(["demo", "--out", str(out), "--no-report", "-q", "--scale", "0.05"])
    assert again.returncode == 0, again.stderr


def test_an_output_that_cannot_be_replaced_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # an immutable file (chattr +i) refuses the rename over it: "internal error (PermissionError)" before
    from dataexam.writers import private_output

    out = tmp_path / "locked.jsonl"
    out.write_text("the user's own\n")

    def refuse(*_args: object) -> None:
        raise PermissionError(errno.EPERM, os.strerror(errno.EPERM))

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OutputError, match=r"locked.jsonl: cannot be replaced \(Operation not permitted\); nothing"):
        with private_output(out) as fh:
            fh.write("new\n")
    monkeypatch.undo()
    assert out.read_text() == "the user's own\n" and [p.name for p in tmp_path.iterdir()] == ["locked.jsonl"]


def test_a_batch_folder_that_cannot_be_made_is_named(tmp_path: Path) -> None:
    # a read-only disk or a path through a file: it was "internal error (OSError)" (a fresh tester)
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    run = _cli(["batch", str(_one_participant(tmp_path)), "-o", str(blocker / "study"), "--jobs", "1", "-q"])
    assert run.returncode == 1, run.stderr
    assert f"{blocker / 'study'}: cannot make or use the batch's output folder here (Not a directory)" in run.stderr
    assert "internal error" not in run.stderr


def test_a_batch_folder_that_cannot_be_looked_at_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # as another user, -o under a folder one cannot search: Path.exists raised PermissionError, an internal
    # error (a fresh tester, run as nobody; root is never refused, so the refusal is simulated here)
    from dataexam.batch import prepare_outdir
    from dataexam.errors import OutputError

    def refused(self: Path, *args: object, **kwargs: object) -> bool:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(self))

    monkeypatch.setattr(Path, "exists", refused)
    with pytest.raises(OutputError, match=r"cannot make or use the batch's output folder here \(Permission denied"):
        prepare_outdir(tmp_path / "study")


# -- which file system is full: a disk, or a tmpfs (memory) --------------------------------------------------------
def test_a_full_tmpfs_is_not_called_a_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from dataexam import tempdirs
    from dataexam.errors import no_room_reason

    full = OSError(errno.ENOSPC, "No space left on device", str(tmp_path / "out.json"))
    monkeypatch.setattr(tempdirs, "memory_file_system", lambda path: None)
    assert no_room_reason(full) == "No space left on device: the disk is full"
    seen: list[str] = []
    monkeypatch.setattr(tempdirs, "memory_file_system", lambda path: seen.append(path) or "tmpfs")
    assert no_room_reason(full) == ("No space left on device: the tmpfs it is on, which keeps its files in memory, "
                                    "is full (its size limit is reached)")
    assert seen == [str(tmp_path)]  # the file's folder (the file itself may not exist)
    assert no_room_reason(OSError(errno.ENOSPC, "x"), str(tmp_path)).endswith("is full (its size limit is reached)")
    assert seen[-1] == str(tmp_path)  # a folder is looked up as itself
    # a quota or a file size limit is no file system's fill
    assert no_room_reason(OSError(errno.EDQUOT, "x", str(tmp_path))).endswith("your disk quota is used up")
    assert no_room_reason(OSError(errno.ENOSPC, "x")) == "No space left on device: the disk is full"  # no path


def test_stdout_file_names_the_file_stdout_is_redirected_to(tmp_path: Path) -> None:
    script = "from dataexam import outputs; import sys; sys.stderr.write(repr(outputs.stdout_file()))"
    with (tmp_path / "out.json").open("w") as out:
        run = subprocess.run([sys.executable, "-c", script], stdout=out, stderr=subprocess.PIPE, text=True)
    assert run.stderr == repr(str(tmp_path / "out.json"))
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert run.stderr == "None"  # a pipe


@pytest.mark.skipif(shutil.which("unshare") is None or os.geteuid() != 0, reason="needs unshare and root (CI is root)")
def test_stdout_onto_a_full_tmpfs_says_so(tmp_path: Path) -> None:
    # `report -f json > /dev/shm/out.json` (a tmpfs) with too little room: the message says memory, not disk
    small = tmp_path / "small"
    small.mkdir()
    command = f"{sys.executable} -m dataexam report {X_ARCHIVE} -f json -q > {small}/out.json"
    mount_then_run = 'mount -t tmpfs -o size=64k tmpfs "$1" && exec sh -c "$2"'
    run = subprocess.run(["unshare", "--mount", "sh", "-c", mount_then_run, "sh", str(small), command],
                         capture_output=True, text=True, timeout=300)
    if run.returncode != 0 and "mount" in run.stderr:
        pytest.skip(f"this machine does not let a test mount a tmpfs: {run.stderr.strip()[:200]}")
    assert run.returncode == 1, run.stderr
    assert ("no room left to write the output (No space left on device: the tmpfs it is on, which keeps its files "
            "in memory, is full (its size limit is reached)); what was written is incomplete") in run.stderr


def test_a_full_sqlite_output_on_a_tmpfs_is_not_called_a_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sqlite3

    from dataexam import writers

    full = sqlite3.OperationalError("database or disk is full")
    full.sqlite_errorcode = sqlite3.SQLITE_FULL  # type: ignore[attr-defined]
    monkeypatch.setattr(writers, "memory_file_system", lambda path: "tmpfs" if path == str(tmp_path) else None)
    said = str(writers._sqlite_fault(tmp_path / "t.db", full, "nothing was written"))
    assert ("no room to write it (SQLite: database or disk is full: the tmpfs the output is on, which keeps its "
            "files in memory, or the temporary folder's (TMPDIR), where SQLite sorts while indexing)") in said
    monkeypatch.setattr(writers, "memory_file_system", lambda path: None)
    said = str(writers._sqlite_fault(tmp_path / "t.db", full, "nothing was written"))
    assert "database or disk is full: the output's disk, or the temporary folder's (TMPDIR), where" in said
