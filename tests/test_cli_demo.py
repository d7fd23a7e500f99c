"""`dataexam demo --out DIR` never deletes what dataexam did not create (issue 13)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dataexam import cli
from dataexam.errors import ExitCode, UsageProblem
from dataexam.persona import MARKER, prepare_out_dir

runner = CliRunner()
DEMO = ["demo", "--scale", "0.02", "--no-report", "-q"]


def tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("name", ["twitter-2024", "amazon-2025.zip", "facebook-2020", "truth.json", "notes.txt"])
def test_non_empty_folder_without_marker_is_refused_and_untouched(tmp_path: Path, name: str) -> None:
    out = tmp_path / "Downloads"
    out.mkdir()
    mine = out / name
    if name.endswith((".zip", ".json", ".txt")):
        mine.write_bytes(b"the user's own file")
    else:
        mine.mkdir()
        (mine / "tweets.js").write_text("the user's real export")
    before = tree(out)
    result = runner.invoke(cli.app, [*DEMO, "--out", str(out)])
    assert result.exit_code == ExitCode.USAGE
    assert "not empty" in result.stderr and "nothing was changed" in result.stderr
    assert tree(out) == before


def test_new_and_empty_folders_are_used_and_marked(tmp_path: Path) -> None:
    for out in (tmp_path / "new" / "deeper", tmp_path / "empty"):
        if out.name == "empty":
            out.mkdir()
        result = runner.invoke(cli.app, [*DEMO, "--out", str(out)])
        assert result.exit_code == 0, result.stderr
        marker = json.loads((out / MARKER).read_text())
        assert marker["tool"] == "dataexam" and "twitter-2024" in marker["created"]
        assert (out / "truth.json").is_file()
        assert {p.name for p in out.iterdir()} <= {MARKER, *marker["created"]}


def test_rerun_into_a_demo_folder_replaces_only_what_the_demo_created(tmp_path: Path) -> None:
    out = tmp_path / "demo"
    assert runner.invoke(cli.app, [*DEMO, "--out", str(out)]).exit_code == 0
    (out / "my-notes.txt").write_text("added by the user")  # not the demo's: must survive
    result = runner.invoke(cli.app, [*DEMO, "--out", str(out), "--zip", "--seed", "3"])
    assert result.exit_code == 0, result.stderr
    assert (out / "my-notes.txt").read_text() == "added by the user"
    assert (out / "twitter-2024.zip").is_file() and not (out / "twitter-2024").exists()  # the old folder went
    assert json.loads((out / "truth.json").read_text())["seed"] == 3


def test_a_forged_marker_cannot_point_outside_the_folder(tmp_path: Path) -> None:
    out = tmp_path / "demo"
    out.mkdir()
    victim = tmp_path / "precious"
    victim.mkdir()
    (victim / "a.txt").write_text("keep")
    (out / MARKER).write_text(json.dumps({"schema": "dataexam.demo-folder/1", "created": ["../precious", "/etc",
                                                                                           ".."]}))
    prepare_out_dir(out)
    assert (victim / "a.txt").read_text() == "keep"
    (out / MARKER).write_text(json.dumps({"schema": "dataexam.demo-folder/2", "tool": "dataexam", "entries": {
        "../precious": {"files": {"a.txt": [4, "x"]}, "dirs": [], "links": []}}}))
    prepare_out_dir(out)
    assert (victim / "a.txt").read_text() == "keep"


def test_a_file_as_out_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "file"
    path.write_text("x")
    with pytest.raises(UsageProblem):
        prepare_out_dir(path)
    assert path.read_text() == "x"


@pytest.mark.parametrize("zipped", [False, True])
def test_demo_files_are_0600_and_folders_0700(tmp_path: Path, zipped: bool) -> None:
    """Like every other output (TESTER22a's observation): files 0600, folders 0700, also under a loose
    umask and when a demo is written again over an earlier one."""
    import os
    import stat

    out = tmp_path / "new" / "demo"
    old = os.umask(0o022)
    try:
        for _ in range(2):
            result = runner.invoke(cli.app, [*DEMO, "--out", str(out), *(["--zip"] if zipped else [])])
            assert result.exit_code == 0, result.stderr
    finally:
        os.umask(old)
    entries = [out.parent, out, *out.rglob("*")]
    assert len(entries) > 10 and any(p.is_file() for p in entries) and any(p.is_dir() for p in entries[2:])
    modes = {p.relative_to(tmp_path).as_posix(): stat.S_IMODE(p.stat().st_mode) for p in entries}
    wrong = {k: oct(m) for k, m in modes.items() if m != (0o700 if (tmp_path / k).is_dir() else 0o600)}
    assert not wrong, wrong
    if zipped:
        import zipfile

        assert zipfile.ZipFile(out / "twitter-2024.zip").testzip() is None


@pytest.mark.parametrize("zipped", [False, True])
def test_a_second_demo_refuses_an_entry_the_user_changed_and_deletes_nothing(tmp_path: Path, zipped: bool) -> None:
    """T28B H1: files put inside a demo folder, or a real zip copied over a demo zip, were deleted by
    the next demo into the same folder; now an entry is replaced only while it holds what the demo wrote."""
    out = tmp_path / "demo"
    flags = ["--zip"] if zipped else []
    assert runner.invoke(cli.app, [*DEMO, "--out", str(out), *flags]).exit_code == 0
    if zipped:
        (out / "twitter-2024.zip").write_bytes(b"PK a real export copied here")
        expected = "twitter-2024.zip"
    else:
        (out / "twitter-2019" / "my-notes.txt").write_text("mine")
        (out / "facebook-2020" / "myphotos").mkdir()
        (out / "facebook-2020" / "myphotos" / "p.jpg").write_bytes(b"pic")
        expected = "facebook-2020/myphotos, twitter-2019/my-notes.txt"
    before = tree(out)
    result = runner.invoke(cli.app, [*DEMO, "--out", str(out), *flags])
    assert result.exit_code == ExitCode.USAGE
    assert f"{out}: {expected}: not as `dataexam demo` wrote it" in " ".join(result.stderr.split())
    assert "nothing was changed" in result.stderr
    assert tree(out) == before


def test_a_changed_demo_file_is_refused_and_an_untouched_demo_is_replaced(tmp_path: Path) -> None:
    out = tmp_path / "demo"
    assert runner.invoke(cli.app, [*DEMO, "--out", str(out)]).exit_code == 0
    truth = out / "truth.json"
    truth.write_text(truth.read_text() + " ")  # edited in place, same name
    result = runner.invoke(cli.app, [*DEMO, "--out", str(out)])
    assert result.exit_code == ExitCode.USAGE and "truth.json: not as `dataexam demo` wrote it" in result.stderr
    truth.unlink()  # the user removes it: the rest is still the demo's own, so the demo runs
    result = runner.invoke(cli.app, [*DEMO, "--out", str(out), "--seed", "2"])
    assert result.exit_code == 0, result.stderr
    assert json.loads(truth.read_text())["seed"] == 2
    marker = json.loads((out / MARKER).read_text())
    assert set(marker["entries"]) == {p.name for p in out.iterdir()} - {MARKER}
    assert marker["entries"]["truth.json"]["files"][""][0] == truth.stat().st_size


def test_an_interrupted_demo_leaves_only_its_staging_folder_which_the_next_removes(tmp_path: Path) -> None:
    from dataexam.persona import STAGING

    out = tmp_path / "demo"
    assert runner.invoke(cli.app, [*DEMO, "--out", str(out)]).exit_code == 0
    (out / STAGING / "twitter-2024").mkdir(parents=True)  # as a demo stopped mid-export leaves it
    (out / STAGING / "twitter-2024" / "half.js").write_text("cut")
    result = runner.invoke(cli.app, [*DEMO, "--out", str(out)])
    assert result.exit_code == 0, result.stderr
    assert not (out / STAGING).exists() and (out / "twitter-2024").is_dir()


def test_a_marker_of_an_older_dataexam_proves_nothing(tmp_path: Path) -> None:
    out = tmp_path / "demo"
    (out / "twitter-2019").mkdir(parents=True)
    (out / "twitter-2019" / "tweet.js").write_text("whatever it holds now")
    (out / MARKER).write_text(json.dumps({"schema": "dataexam.demo-folder/1", "tool": "dataexam",
                                          "created": ["twitter-2019"]}))
    before = tree(out)
    with pytest.raises(UsageProblem, match="twitter-2019: not as `dataexam demo` wrote it"):
        prepare_out_dir(out)
    assert tree(out) == before
