"""A study's OUTDIR keeps to its key (the twenty-seventh pass's final tester, M3).

(a) ``batch wave2 -o o1 --events --key-file stduy.key`` (a typo) was refused (absent participants, exit 2) but made
stduy.key, and the same typo on the right input then passed the missing-key check (every events file redone);
(b) another study's existing key onto o1: exit 0, every participant pseudonymised anew, nothing said. Now a refused
run makes no key, the OUTDIR records the key's fingerprint (a keyed hash, ``study_key.json``) when it first writes
pseudonymised events, and a run with another key is refused naming the key file and the folder, nothing changed.
A folder made before fingerprints were kept is adopted by the key whose id its units' ``run.json`` carry.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dataexam.batch.pseudonym import key_fingerprint, read_key
from dataexam.cli import app
from helpers import FIXTURES, zip_tree

FB = FIXTURES / "facebook" / "2024-25" / "archive"


def _batch(inputs: Path, out: Path, key: Path, *more: str) -> object:
    return CliRunner().invoke(app, ["batch", str(inputs), "-o", str(out), "-j", "1", "--events", "--key-file",
                                    str(key), *more])


def _state(out: Path) -> dict[str, bytes]:
    """Every file of ``out`` but the lock, by relative path."""
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and not p.name.endswith(".lock")}


@pytest.fixture()
def study(tmp_path: Path) -> dict[str, Path]:
    """A study of one participant P1 (o1, study.key), a second wave of P99 alone, and another study (o2,
    other.key) of P7."""
    donations, wave2, others = tmp_path / "donations", tmp_path / "wave2", tmp_path / "others"
    zip_tree(FB, donations / "P1" / "facebook.zip")
    shutil.copytree(donations / "P1", wave2 / "P99")
    shutil.copytree(donations / "P1", others / "P7")
    paths = {"donations": donations, "wave2": wave2, "others": others, "o1": tmp_path / "o1", "o2": tmp_path / "o2",
             "key": tmp_path / "study.key", "typo": tmp_path / "stduy.key", "other_key": tmp_path / "other.key"}
    made = _batch(donations, paths["o1"], paths["key"])
    assert made.exit_code == 0, made.stderr
    made = _batch(others, paths["o2"], paths["other_key"])
    assert made.exit_code == 0, made.stderr
    return paths


def test_the_folder_records_the_keys_fingerprint_never_the_key(study: dict[str, Path]) -> None:
    key = read_key(study["key"])
    assert key is not None
    record = json.loads((study["o1"] / "study_key.json").read_text(encoding="utf-8"))
    assert record["fingerprint"] == key_fingerprint(key) and len(record["fingerprint"]) == 32
    text = (study["o1"] / "study_key.json").read_text(encoding="utf-8")
    assert key.hex() not in text and key.hex()[:16] not in text
    assert (study["o1"] / "study_key.json").stat().st_mode & 0o777 == 0o600


def test_a_refused_run_makes_no_key_and_the_typo_stays_refused(study: dict[str, Path]) -> None:
    before = _state(study["o1"])
    absent = _batch(study["wave2"], study["o1"], study["typo"])  # P1 absent from wave2: refused
    assert absent.exit_code == 2 and "not in" in absent.stderr
    assert not study["typo"].exists()  # was: made here
    typo = _batch(study["donations"], study["o1"], study["typo"])
    assert typo.exit_code == 2 and "does not exist" in typo.stderr
    assert not study["typo"].exists() and _state(study["o1"]) == before


@pytest.mark.parametrize("more", [(), ("--remove-absent",)])
def test_another_studys_key_is_refused_naming_key_and_folder(study: dict[str, Path], more: tuple[str, ...]) -> None:
    before = _state(study["o1"])
    other_before = study["other_key"].read_bytes()
    refused = _batch(study["donations"], study["o1"], study["other_key"], *more)
    said = " ".join(refused.stderr.split())
    assert refused.exit_code == 2
    assert f"--key-file {study['other_key']} is not the study key {study['o1']} was made with" in said
    assert "Nothing was done" in said
    assert _state(study["o1"]) == before and study["other_key"].read_bytes() == other_before
    # the study's own key goes on (units skipped, nothing redone)
    again = _batch(study["donations"], study["o1"], study["key"])
    assert again.exit_code == 0, again.stderr
    assert "0 done, 1 already done (skipped)" in " ".join(again.stderr.split())


def test_a_new_study_with_a_new_key_still_works(study: dict[str, Path], tmp_path: Path) -> None:
    new_key = tmp_path / "new.key"
    made = _batch(study["donations"], tmp_path / "o3", new_key)
    assert made.exit_code == 0, made.stderr
    key = read_key(new_key)
    assert key is not None and new_key.stat().st_mode & 0o777 == 0o600
    assert json.loads((tmp_path / "o3" / "study_key.json").read_text())["fingerprint"] == key_fingerprint(key)


def test_a_study_made_before_fingerprints_is_adopted_by_its_own_key_only(study: dict[str, Path]) -> None:
    """No ``study_key.json`` (an OUTDIR of an earlier dataexam): the units' ``options.key_id`` tell the key."""
    (study["o1"] / "study_key.json").unlink()
    before = _state(study["o1"])
    refused = _batch(study["donations"], study["o1"], study["other_key"])
    assert refused.exit_code == 2
    assert "the pseudonymised events of 1 participant(s) there were made with another key" in \
        " ".join(refused.stderr.split())
    assert _state(study["o1"]) == before and not (study["o1"] / "study_key.json").exists()
    adopted = _batch(study["donations"], study["o1"], study["key"])
    assert adopted.exit_code == 0, adopted.stderr
    assert "0 done, 1 already done (skipped)" in " ".join(adopted.stderr.split())
    key = read_key(study["key"])
    assert key is not None
    assert json.loads((study["o1"] / "study_key.json").read_text())["fingerprint"] == key_fingerprint(key)
    # from now on the fingerprint refuses the other key
    assert _batch(study["donations"], study["o1"], study["other_key"]).exit_code == 2


def test_a_new_key_onto_a_folder_that_recorded_one_is_refused(study: dict[str, Path], tmp_path: Path) -> None:
    """A folder whose events were all removed still belongs to its study: a new key (none at the path) is refused
    by the fingerprint, and not made."""
    shutil.rmtree(study["o1"] / "events")
    (study["o1"] / "events").mkdir()
    fresh = tmp_path / "fresh.key"
    refused = _batch(study["donations"], study["o1"], fresh)
    assert refused.exit_code == 2 and "is not the study key" in refused.stderr
    assert not fresh.exists()
