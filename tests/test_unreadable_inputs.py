"""An input, output folder or key the user cannot read gets dataexam's own message and exit code.

Typer gives every ``Path`` parameter Click's ``readable=True`` check, which refused an unreadable
input (a chmod 000 folder of another user's) with Click's usage text and exit 2 before dataexam
could say anything; an unreadable batch folder or demo folder then ended in "internal error
(PermissionError)". Root reads anything, so the real permission checks run in a forked child that
first drops to the unprivileged uid/gid 65534 (nobody), as in ``test_hostile``.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from dataexam import cli
from dataexam.archive import open_input
from dataexam.batch.participants import discover
from dataexam.errors import ExitCode, NotAnArchive
from helpers import as_nobody

runner = CliRunner()
FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "twitter" / "current" / "archive"


def test_no_path_parameter_is_checked_by_click() -> None:
    """Every path a command takes is checked by dataexam itself (its message, its exit code), never by
    Click's ``readable`` check (usage text, exit 2) — for every command, present and future."""
    group = typer.main.get_command(cli.app)
    checked = []
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        for param in command.params:
            if hasattr(param.type, "readable"):  # click.Path (typer's own copy of Click in typer ≥ 0.26)
                checked.append(f"{name} {param.name}")
                assert param.type.readable is False, f"{name} {param.name}: Click would refuse an unreadable path"
                assert param.type.exists is False, f"{name} {param.name}: Click would refuse a missing path"
            elif type(param.type).__name__ == "FuncParamType":
                # timeline, report and scan take their paths through dataexam's own converter ("-" is said as
                # standard input, ./- as a file: T30C C4): Click checks nothing there either
                checked.append(f"{name} {param.name}")
    assert {"timeline paths", "report paths", "scan paths", "describe paths", "batch input_path",
            "batch outdir", "batch key_file", "demo out"} <= set(checked)


@pytest.fixture
def locked() -> Iterator[dict[str, Path]]:
    """A readable X export, a copy of it as a folder nobody may list, a file nobody may read, a batch
    folder with one readable and one unreadable participant, and a folder nobody may write into."""
    base = Path(tempfile.mkdtemp(prefix="dataexam-perm-"))  # not under pytest's root-only folder
    try:
        os.chmod(base, 0o777)
        shutil.copytree(FIXTURE, base / "ok")
        shutil.copytree(FIXTURE, base / "folder")
        shutil.copyfile(FIXTURE / "data" / "tweets.js", base / "tweets.js")
        for name in ("P1", "P2"):
            shutil.copytree(FIXTURE, base / "batch" / name)
        (base / "nowrite").mkdir()
        (base / "out").mkdir()
        for dirpath, dirnames, filenames in os.walk(base):
            for d in dirnames:
                os.chmod(Path(dirpath, d), 0o755)
            for f in filenames:
                os.chmod(Path(dirpath, f), 0o644)
        os.chmod(base / "out", 0o777)  # the unprivileged run writes here
        for p in (base / "folder", base / "tweets.js", base / "batch" / "P2"):
            os.chmod(p, 0)
        yield {"base": base, "ok": base / "ok", "folder": base / "folder", "file": base / "tweets.js",
               "batch": base / "batch", "out": base / "out", "nowrite": base / "nowrite"}
    finally:
        for dirpath, dirnames, _ in os.walk(base):
            for d in dirnames:
                os.chmod(Path(dirpath, d), 0o755)
        os.chmod(base / "tweets.js", 0o644)
        shutil.rmtree(base, ignore_errors=True)


def _warm_up(locked: dict[str, Path]) -> None:
    """Every command once on readable inputs before the fork (a module imported lazily by the child
    could not be read as nobody: the interpreter may live in root's home)."""
    ok, warm = str(locked["ok"]), locked["base"] / "warm"
    warm.mkdir()
    for command in (["timeline", ok], ["report", ok], ["scan", ok], ["describe", ok]):
        assert runner.invoke(cli.app, [*command, "-o", str(warm / command[0])] if command[0] in (
            "timeline", "report") else command).exit_code == 0
    os.chmod(locked["batch"] / "P2", 0o755)
    try:
        assert runner.invoke(cli.app, ["batch", str(locked["batch"]), "-o", str(warm / "b"), "--jobs", "1"]
                             ).exit_code == 0
    finally:
        os.chmod(locked["batch"] / "P2", 0)


def _invoke(*args: str) -> list[object]:
    result = runner.invoke(cli.app, list(args))
    return [result.exit_code, result.stderr]


def test_unreadable_inputs_get_dataexam_s_own_message(locked: dict[str, Path]) -> None:
    folder, file, ok, out = (str(locked[k]) for k in ("folder", "file", "ok", "out"))
    commands = [
        ["timeline", folder, "--jobs", "1", "-o", os.devnull],
        ["timeline", ok, folder, "--jobs", "1", "-o", os.devnull],  # several inputs: the run stops, says which
        ["timeline", file, "--jobs", "1", "-o", os.devnull],
        ["report", folder, "--jobs", "1", "-o", os.devnull],
        ["scan", folder, "--jobs", "1"],
        ["describe", folder],
        ["describe", file],
        ["batch", folder, "-o", f"{out}/b1", "--jobs", "1"],
        ["batch", file, "-o", f"{out}/b2", "--jobs", "1"],
    ]
    _warm_up(locked)
    got = as_nobody(lambda: [_invoke(*command) for command in commands])
    for command, (code, stderr) in zip(commands, got, strict=True):
        what = command[2] if command[1] == ok else command[1]
        assert code == ExitCode.ERROR, (command, stderr)
        assert f"dataexam: error: {what}: cannot be read (Permission denied)" in str(stderr), (command, stderr)
        assert "Usage:" not in str(stderr) and "internal error" not in str(stderr)


def test_an_unreadable_key_file_and_sub_folder(locked: dict[str, Path]) -> None:
    """The fresh tester's findings: a --key-file the run cannot read exited 2 (a usage problem) instead of
    1; ``describe`` left out a folder inside an export it could not list without a word."""
    key = locked["out"] / "study.key"
    key.write_text("ab" * 32 + "\n")
    os.chmod(key, 0)
    inner = locked["base"] / "inner"
    shutil.copytree(FIXTURE, inner)
    os.chmod(inner, 0o755)
    os.chmod(inner / "data", 0)
    _warm_up(locked)
    runner.invoke(cli.app, ["describe", str(locked["ok"]), "--json"])
    try:
        (key_run, text, as_json) = as_nobody(lambda: [
            _invoke("batch", str(locked["batch"]), "-o", str(locked["out"] / "bk"), "--events", "--key-file", str(key)),
            [*_invoke("describe", str(inner))[:1], runner.invoke(cli.app, ["describe", str(inner)]).stdout],
            [0, runner.invoke(cli.app, ["describe", str(inner), "--json"]).stdout]])
    finally:
        os.chmod(inner / "data", 0o755)
    assert key_run[0] == ExitCode.ERROR, key_run
    assert f"--key-file {key}: cannot be read or created (Permission denied)" in str(key_run[1])
    assert text[0] == ExitCode.SUCCESS
    assert "data  ? [unreadable] — folder cannot be listed (Permission denied); its files were not read" in str(text[1])
    (described,) = json.loads(str(as_json[1]))
    assert {"path": "data", "size": "?", "format": "", "status": "unreadable", "problem":
            "folder cannot be listed (Permission denied); its files were not read"} in described["files"]


def test_keep_going_skips_an_unreadable_folder_and_reads_the_rest(locked: dict[str, Path]) -> None:
    ok, folder = str(locked["ok"]), str(locked["folder"])
    out = locked["out"] / "t.jsonl"
    _warm_up(locked)
    ((code, stderr),) = as_nobody(lambda: [_invoke("timeline", "--keep-going", ok, folder, "--jobs", "1",
                                                    "-o", str(out))])
    assert code == ExitCode.SUCCESS, stderr
    assert f"dataexam: warning: skipped {folder}: cannot be read (Permission denied)" in str(stderr)
    assert out.read_text().count("\n") > 0  # the readable export is written


def test_a_batch_participant_that_cannot_be_read_fails_alone(locked: dict[str, Path]) -> None:
    batch, out = str(locked["batch"]), locked["out"] / "b"
    _warm_up(locked)
    ((code, stderr),) = as_nobody(lambda: [_invoke("batch", batch, "-o", str(out), "--jobs", "1")])
    assert code == ExitCode.SOME_FAILED, stderr  # one participant failed, the other done
    assert "participant P2: input-1.folder: cannot be read (Permission denied)" in str(stderr)
    assert "1 done, 0 already done (skipped), 1 failed" in str(stderr)
    assert (out / "runs.parquet").exists()


def test_demo_into_a_folder_it_cannot_write_says_so(locked: dict[str, Path]) -> None:
    target = locked["nowrite"] / "demo"
    os.chmod(locked["nowrite"], 0o555)
    _warm_up(locked)
    ((code, stderr),) = as_nobody(lambda: [_invoke("demo", "--out", str(target), "--no-report")])
    assert code == ExitCode.ERROR, stderr
    assert f"dataexam: error: {target}: cannot write the demo exports here (Permission denied)" in str(stderr)
    assert not target.exists()


def test_a_folder_that_cannot_be_listed_is_not_an_archive(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The library's own error, whoever runs it (the walk's error on the input folder itself, as
    ``scandir`` gives it on a folder without read permission)."""
    shutil.copytree(FIXTURE, tmp_path / "x")

    def walk(root, *args, onerror=None, **kwargs):  # type: ignore[no-untyped-def]
        onerror(PermissionError(13, "Permission denied", os.fspath(root)))
        return iter(())

    monkeypatch.setattr(os, "walk", walk)
    with pytest.raises(NotAnArchive, match=r"x: cannot be read \(Permission denied\)$"):
        open_input(tmp_path / "x")


def test_a_batch_folder_that_cannot_be_listed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def iterdir(self: Path) -> Iterator[Path]:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "iterdir", iterdir)
    with pytest.raises(NotAnArchive, match=r"cannot be read \(Permission denied\)$"):
        discover(tmp_path)
