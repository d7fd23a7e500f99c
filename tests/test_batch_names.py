"""``dataexam batch`` names inputs only by position and kind in every output (README §Research at scale):
never a file name, which for Facebook's zips carries the username (T27A H1)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyarrow.parquet as pq
from typer.testing import CliRunner

from dataexam.batch.unit import by_position
from dataexam.cli import app
from helpers import FIXTURES, zip_tree

FB = FIXTURES / "facebook" / "2024-25" / "archive"


def _other_fb_profile(dest: Path) -> Path:
    shutil.copytree(FB, dest)
    f = dest / "personal_information" / "profile_information" / "profile_information.json"
    f.write_text(f.read_text(encoding="utf-8").replace("Maja", "Synthia"), encoding="utf-8")
    return dest


def test_two_accounts_in_a_participant_folder_named_by_position(tmp_path: Path) -> None:
    donations = tmp_path / "donations"
    zip_tree(FB, donations / "P18" / "facebook-annaberg1990-2024-03-01-Xk2.zip")
    zip_tree(_other_fb_profile(tmp_path / "other"), donations / "P18" / "facebook-tomberg.77-2024-03-02-Yz3.zip")
    zip_tree(FB, donations / "P19" / "facebook-annaberg1990-2024-03-01-Xk2.zip")  # one account: fine
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["batch", str(donations), "-o", str(out), "-j", "1"])
    assert result.exit_code == 5, result.stderr  # P18 failed, P19 done: some failed
    expected = ("the inputs hold facebook exports of 2 different accounts (account 1: input-1.folder/zip-1; "
                "account 2: input-1.folder/zip-2); dataexam reads one person at a time")
    record = json.loads((out / "units" / "P18" / "run.json").read_text(encoding="utf-8"))
    assert record["status"] == "error" and record["reason"].startswith(expected)
    assert record["reason"].endswith("Give one person's exports per run (one person per participant folder or "
                                     "manifest id)")  # not --per-account, which batch does not have
    runs = pq.read_table(out / "runs.parquet").to_pylist()
    assert [r["reason"] for r in runs if r["participant_id"] == "P18"] == [record["reason"]]
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert [r["reason"] for r in manifest["runs"] if r["participant_id"] == "P18"] == [record["reason"]]
    assert f"participant P18: {expected}" in " ".join(result.stderr.split())
    for secret in ("annaberg1990", "tomberg.77", "Xk2", "Yz3"):  # was: both zip names, usernames included
        assert secret not in result.stderr
        for f in out.rglob("*"):
            if f.is_file():
                assert secret.encode() not in f.read_bytes(), f


def test_by_position_names_every_inner_path(tmp_path: Path) -> None:
    folder = tmp_path / "P1"
    (folder / "facebook-anna").mkdir(parents=True)
    paths = (str(folder), str(tmp_path / "1"))
    # full paths and bare names of files inside an input, each numbered by its kind in the order it is said
    assert by_position(f"{folder}/facebook-tom.zip + {folder}/facebook-anna; also facebook-tom.zip",
                       paths, (f"{folder}/facebook-anna", f"{folder}/facebook-tom.zip")) == (
        "input-1.folder/zip-1 + input-1.folder/folder-1; also zip-1")
    # one name alone: "a zip inside it"; an input whose base name is 1 does not rewrite the label it wrote
    assert by_position(f"{folder}: nothing in it could be read: x.zip: locked", paths, ("x.zip",)) == (
        "input-1.folder: nothing in it could be read: a zip inside it: locked")
    assert by_position(f"{tmp_path / '1'}: damaged; see 1", paths) == "input-2.file: damaged; see input-2.file"
    # a path inside an input that nobody listed is never shown either
    assert by_position(f"{folder}/facebook-eva-2024.zip: damaged", paths) == "input-1.folder/a file inside it: damaged"


def test_a_relative_manifest_path_not_found_says_where_it_was_read_from(tmp_path: Path) -> None:
    zip_tree(FB, tmp_path / "study" / "donations" / "P02" / "facebook.zip")
    manifest = tmp_path / "elsewhere" / "m.json"
    manifest.parent.mkdir()
    # written relative to the study folder (where the researcher runs it), read from the manifest's folder
    manifest.write_text(json.dumps({"P02": ["donations/P02/facebook.zip"],
                                    "P03": [str(tmp_path / "study" / "donations" / "P03.zip")]}), encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["batch", str(manifest), "-o", str(out), "-j", "1", "-q"])
    assert result.exit_code == 3
    runs = {r["participant_id"]: r["reason"] for r in pq.read_table(out / "runs.parquet").to_pylist()}
    assert runs == {"P02": "input-1.zip: cannot be read (not found; a relative path in a manifest is read from the "
                           "manifest's own folder)",
                    "P03": "input-1.zip: cannot be read (not found)"}  # an absolute path: nothing to add
