"""The batch runner's faults the twenty-ninth pass's second tester found (T29B): every INPUT entry a participant or
said to be skipped (H1), write failures named in plain words (M1, M2), the same columns in every study (M3), the
study key kept apart (M4), a donation given twice (L1), every refused id at once (L2), a changed donation (L3)."""

from __future__ import annotations

import errno
import json
import math
import os
import shutil
from concurrent.futures import Future
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

import dataexam.batch as batch
import dataexam.batch.unit as unit_module
from dataexam.batch import prepare_outdir
from dataexam.batch.columns import COLUMN_TYPES
from dataexam.batch.engines import _record_of
from dataexam.batch.participants import Participant
from dataexam.batch.unit import UnitOptions, run_unit
from dataexam.cli import app
from dataexam.errors import OutputError
from helpers import FIXTURES, zip_tree

FB = FIXTURES / "facebook" / "2024-25" / "archive"
X = FIXTURES / "twitter" / "current" / "archive"
AMAZON_CSV = FIXTURES / "amazon" / "legacy" / "archive" / "Retail.OrderHistory.1" / "Retail.OrderHistory.1.csv"


def _said(result) -> str:  # type: ignore[no-untyped-def]
    return " ".join(result.stderr.split())


def _runs(out: Path) -> dict[str, dict]:
    return {r["participant_id"]: r for r in pq.read_table(out / "runs.parquet").to_pylist()}


def _findings_of(out: Path, pid: str) -> list[dict]:
    """``pid``'s rows of findings.parquet, their null and NaN columns left out (a data-keyed column is in a table
    only when some participant had it; NaN is never equal to itself)."""
    rows = [{k: v for k, v in r.items() if v is not None and not (isinstance(v, float) and math.isnan(v))}
            for r in pq.read_table(out / "findings.parquet").to_pylist() if r["participant_id"] == pid]
    return sorted(rows, key=lambda r: r["finding_id"])


def _batch(*args: str) -> object:
    return CliRunner().invoke(app, ["batch", *args, "-j", "1"])


def test_every_entry_of_input_is_a_participant_or_said_skipped(tmp_path: Path) -> None:
    donations = tmp_path / "donations"
    zip_tree(FB, donations / "ok1.zip")
    (donations / "danglingP").symlink_to(tmp_path / "nonexistent")  # an unmounted share
    shutil.copy(AMAZON_CSV, donations / "P35.csv")  # an Amazon order history sent alone, renamed
    shutil.copy(AMAZON_CSV, donations / AMAZON_CSV.name)  # ... and under its own name
    (donations / "P36.tar.gz").write_bytes(b"\x1f\x8b\x08\x00" + bytes(20))  # a tarred export
    (donations / "notes.txt").write_text("who sent what\n")
    out = tmp_path / "out"
    result = _batch(str(donations), "-o", str(out))
    # a participant failed and a donation was not read: 5, not 0 (a script's `&& analyse` went on)
    assert result.exit_code == 5, result.stderr
    said = _said(result)
    runs = _runs(out)
    # was: ok1 alone, the other five unmentioned
    assert sorted(runs) == ["P35", "danglingP", "ok1"]
    assert runs["ok1"]["status"] == "ok"
    # the loose Retail.OrderHistory.1.csv was participant "Retail.OrderHistory.1" (T29D L-a): a service's file name
    # is no participant's id, so it is said skipped, with how to give it
    # Amazon's order history renamed after the participant is read by its header (BATCH2's limit: it was "not a
    # recognised export … recognised by its own name")
    assert (runs["P35"]["status"], runs["P35"]["sources"], runs["P35"]["records_total"]) == ("ok", "amazon", 6)
    assert runs["danglingP"]["status"] == "error"
    # T30C B2b: was "input-1.file: cannot be read (path does not exist: …)", a link to a folder named as a file
    assert runs["danglingP"]["reason"] == ("the link danglingP is broken: what it points to is not there, such as a "
                                           "folder on a share not mounted")
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["skipped"] == [
        {"entry": "P36.tar.gz", "reason": "not read: tar archives are not supported (unpack it into a folder named "
                                          "by the participant, or zip it)"},
        {"entry": "Retail.OrderHistory.1.csv",
         "reason": "not read: Retail.OrderHistory.1.csv is the name Amazon gives its export file, not a participant's "
                   "id: put it, under that name, in a folder named by the participant "
                   "(P035/Retail.OrderHistory.1.csv)"},
        {"entry": "notes.txt", "reason": "not read: not a folder, a zip or an export file (.csv, .json, .js)"}]
    assert f"{donations}: P36.tar.gz: not read: tar archives are not supported" in said
    assert f"{donations}: notes.txt: not read: not a folder, a zip or an export file" in said
    assert "participant danglingP: the link danglingP is broken: what it points to is not there" in said
    assert ("3 participants: 2 done, 0 already done (skipped), 1 failed (why: the warnings above, and the reason "
            "column of runs.parquet); 2 entries of INPUT holding a donation not read (the warnings above, and "
            "manifest.json's skipped)") in said


def _linked_share(tmp_path: Path) -> tuple[Path, Path, Path, Path]:
    """A batch INPUT ``sub`` holding P12.zip (Facebook) and P11, a link to an X export on a share; returns
    ``(share, sub, out, key)``: move ``share`` away to unmount it."""
    share = tmp_path / "share"
    shutil.copytree(X, share / "P11" / "twitter")
    sub = tmp_path / "sub"
    zip_tree(FB, sub / "P12.zip")
    (sub / "P11").symlink_to(share / "P11")
    return share, sub, tmp_path / "out", tmp_path / "study.key"


def test_a_broken_participant_link_is_unreadable_never_absent(tmp_path: Path) -> None:
    share, sub, out, key = _linked_share(tmp_path)
    assert _batch(str(sub), "-o", str(out), "--events", "--key-file", str(key)).exit_code == 0
    kept = {p: p.read_bytes() for p in sorted((out / "units" / "P11").iterdir())}
    kept_events = (out / "events" / "P11" / "part-0.parquet").read_bytes()
    findings_before = _findings_of(out, "P11")
    runs_before = _runs(out)["P11"]
    assert len(findings_before) > 5 and runs_before["records_total"] == 50
    shutil.move(share, tmp_path / "unmounted")  # the share is not mounted: the link points at nothing

    for extra in ([], ["--remove-absent"]):
        result = _batch(str(sub), "-o", str(out), "--events", "--key-file", str(key), *extra)
        said = _said(result)
        # was: exit 2 "not in sub: P11", and --remove-absent deleted events/P11 and units/P11; then exit 0
        assert result.exit_code == 5, said
        assert "removed the outputs" not in said and "not in" not in said
        assert ("participant P11: the link P11 is broken: what it points to is not there, such as a folder on a "
                "share not mounted; the outputs of its earlier run are kept (findings, events) "
                "until it can be read again") in said
        assert ("2 participants: 0 done, 1 already done (skipped), 1 failed (why: the warnings above, and the reason "
                "column of runs.parquet; 1 of them with their earlier run's findings kept, earlier_kept)") in said
        assert {p: p.read_bytes() for p in sorted((out / "units" / "P11").iterdir())} == kept
        assert (out / "events" / "P11" / "part-0.parquet").read_bytes() == kept_events
        row = _runs(out)["P11"]
        assert (row["status"], row["earlier_kept"]) == ("error", True)
        # its earlier findings stay in this run's findings.parquet (they vanished from it), and runs.parquet says
        # what they were made of
        assert _findings_of(out, "P11") == findings_before
        assert {k: row[k] for k in ("input_sha256", "sources", "records_total", "events_written")} == {
            k: runs_before[k] for k in ("input_sha256", "sources", "records_total", "events_written")}
        manifest = json.loads((out / "manifest.json").read_text())
        assert (manifest["ok"], manifest["error"]) == (1, 1)

    (sub / "P12.zip").unlink()  # P11 alone, unreadable: every participant failed
    alone = _batch(str(sub), "-o", str(out), "--events", "--key-file", str(key), "--remove-absent")
    assert alone.exit_code == 3
    assert "participant P11: the link P11 is broken" in _said(alone)
    assert {p: p.read_bytes() for p in sorted((out / "units" / "P11").iterdir())} == kept

    shutil.move(tmp_path / "unmounted", share)  # mounted again: resumed as it was, nothing kept-from-earlier
    back = _batch(str(sub), "-o", str(out), "--events", "--key-file", str(key))
    assert back.exit_code == 0, _said(back)
    row = _runs(out)["P11"]
    assert (row["status"], row["resumed"], row["earlier_kept"]) == ("ok", True, False)
    assert _findings_of(out, "P11") == findings_before


def test_an_earlier_run_with_other_options_is_not_kept_for_a_broken_link(tmp_path: Path) -> None:
    """T30C B1: a run with --include-sensitive, then the share unmounted and a run without it: the kept earlier run
    brought its Art. 9 rows (sensitive_signals with counts) into the tables of a run that did not ask for them."""
    share, sub, out, key = _linked_share(tmp_path)
    events = ["--events", "--key-file", str(key)]
    assert _batch(str(sub), "-o", str(out), *events, "--include-sensitive", "--keep-text").exit_code == 0
    assert _findings_of(out, "P11") and (out / "events" / "P11" / "part-0.parquet").is_file()
    shutil.move(share, tmp_path / "unmounted")
    result = _batch(str(sub), "-o", str(out), *events)
    assert result.exit_code == 5, _said(result)
    assert ("its earlier run used other options, so its outputs (findings, events) were removed, as a readable "
            "participant's are replaced; they are made again once it can be read") in _said(result)
    assert _findings_of(out, "P11") == []
    # B1b: the events kept by --keep-text (texts, Art. 9 records) no longer sit under a run that asked for neither
    assert not (out / "events" / "P11").exists() and not (out / "units" / "P11").exists()
    row = _runs(out)["P11"]
    assert (row["status"], row["earlier_kept"]) == ("error", False)
    # the same options: kept, as above
    shutil.move(tmp_path / "unmounted", share)
    assert _batch(str(sub), "-o", str(out), *events).exit_code == 0
    shutil.move(share, tmp_path / "unmounted")
    again = _batch(str(sub), "-o", str(out), *events)
    assert again.exit_code == 5 and _runs(out)["P11"]["earlier_kept"] is True and _findings_of(out, "P11")
    assert (out / "events" / "P11" / "part-0.parquet").is_file()


def test_every_refused_id_is_named_in_one_error(tmp_path: Path) -> None:
    donations = tmp_path / "donations"
    zip_tree(FB, donations / "ok1.zip")
    for name in (b"bad\xff\xfe", b"esc\x1b[31mred", b"new\nline"):
        os.mkdir(os.path.join(os.fsencode(donations), name))
    result = _batch(str(donations), "-o", str(tmp_path / "out"))
    said = _said(result)
    assert result.exit_code == 2
    assert "3 participant ids are refused (nothing was done): (1) " in said  # was: the first alone, one per run
    assert "bad\\xff\\xfe" in said and "esc\\x1b[31mred" in said and "new\\nline" in said
    assert not (tmp_path / "out").exists()


def test_a_key_file_inside_the_outputs_or_inputs_is_refused(tmp_path: Path) -> None:
    donations = tmp_path / "donations"
    zip_tree(FB, donations / "P1.zip")
    out = tmp_path / "out"
    for key in (out / "study.key", donations / "study.key"):
        result = _batch(str(donations), "-o", str(out), "--events", "--key-file", str(key))
        assert result.exit_code == 2
        where = "the output folder" if key.parent == out else "the input folder"
        assert (f"--key-file {key} is inside {where} {key.parent}: keep it apart from the outputs and the inputs"
                in _said(result))
        assert not key.exists() and not out.exists()  # nothing made


def test_an_outdir_that_cannot_be_written_is_named_at_the_start(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    prepare_outdir(out).release()  # an earlier batch's folder
    real_open = os.open

    def read_only(path, flags, *args):  # type: ignore[no-untyped-def]
        if flags & os.O_CREAT:  # the disk was remounted read-only (root ignores modes: simulated)
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", read_only)
    with pytest.raises(OutputError) as caught:
        prepare_outdir(out)
    # was: "internal error (OSError)" at the end, naming nothing
    assert str(caught.value) == f"{out}: cannot make or use the batch's output folder here (Read-only file system)"


def test_the_three_tables_are_replaced_together_or_not_at_all(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    donations = tmp_path / "donations"
    zip_tree(FB, donations / "P1.zip")
    out = tmp_path / "out"
    assert _batch(str(donations), "-o", str(out)).exit_code == 0
    before = {name: (out / name).read_bytes() for name in ("runs.parquet", "findings.parquet", "manifest.json")}
    shutil.copytree(X, donations / "P2" / "twitter")

    def full(data, dest):  # type: ignore[no-untyped-def]
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(dest))

    monkeypatch.setattr(batch, "stage_json_private", full)  # the disk fills at the manifest, the last one
    result = _batch(str(donations), "-o", str(out))
    assert result.exit_code == 1
    assert "no room left to write the batch's outputs" in _said(result)
    # was: a new runs.parquet (the failed run's) beside the old findings and no manifest
    assert {name: (out / name).read_bytes() for name in before} == before
    assert not [p.name for p in out.iterdir() if p.name.endswith(".tmp")]

    def read_only(table, dest):  # type: ignore[no-untyped-def]
        raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(dest))

    monkeypatch.setattr(batch, "stage_parquet_private", read_only)
    with pytest.raises(OutputError) as caught:
        batch._write_tables(out, [], [], False)
    assert str(caught.value).startswith(f"{out / 'runs.parquet'}: cannot be written (the file system is read-only)")


def test_a_unit_that_cannot_write_says_why_in_plain_words(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    failed: Future = Future()
    failed.set_exception(OSError(errno.ENOSPC, "No space left on device"))
    who = Participant("P03", (str(tmp_path / "x.zip"),))
    assert _record_of(failed, who)["reason"] == "worker failed (no room left on the device)"  # was "(OSError)"

    zip_tree(FB, tmp_path / "P03.zip")
    out = tmp_path / "out"
    prepare_outdir(out).release()
    real_mkdir = Path.mkdir

    def full(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        if self.name.startswith(".tmp-P03"):
            raise OSError(errno.ENOSPC, "No space left on device", str(self))
        return real_mkdir(self, *args, **kwargs)

    monkeypatch.setattr(Path, "mkdir", full)
    record = run_unit(Participant("P03", (str(tmp_path / "P03.zip"),)), UnitOptions(outdir=str(out)))
    assert (record["status"], record["reason"]) == ("error", "its outputs cannot be written (no room left on the "
                                                              "device)")
    monkeypatch.setattr(Path, "mkdir", real_mkdir)

    def events_full(path, *args, **kwargs):  # type: ignore[no-untyped-def]
        raise OSError(errno.EDQUOT, "Disk quota exceeded", str(path))

    monkeypatch.setattr(unit_module, "EventParquetWriter", events_full)
    record = run_unit(Participant("P03", (str(tmp_path / "P03.zip"),)),
                      UnitOptions(outdir=str(out), events=True, key_hex="00" * 32))
    assert (record["status"], record["reason"]) == ("error", "its outputs cannot be written (the disk quota is used "
                                                              "up)")
    assert not (out / "events" / "P03").exists()  # no partial events


def test_two_studies_with_different_participants_pool_without_losing_a_column(tmp_path: Path) -> None:
    import duckdb
    import pandas

    a, b = tmp_path / "a", tmp_path / "b"
    zip_tree(FB, a / "P1.zip")
    shutil.copytree(X, b / "P2" / "twitter")
    for donations in (a, b):
        assert _batch(str(donations), "-o", str(tmp_path / f"out-{donations.name}")).exit_code == 0
    tables = [pq.read_table(tmp_path / f"out-{s}" / "findings.parquet") for s in ("a", "b")]
    for table in tables:  # every declared column in every study, typed
        assert set(COLUMN_TYPES) <= set(table.column_names)
        assert str(table.schema.field("value__circle_change__after__from").type) == "string"
    declared = [n for n in tables[0].column_names if n in COLUMN_TYPES or not n.startswith("value")]
    assert declared == [n for n in tables[1].column_names if n in COLUMN_TYPES or not n.startswith("value")]
    pooled = pandas.concat([t.to_pandas() for t in tables])
    assert set(pooled.columns) == set(tables[0].column_names) | set(tables[1].column_names)
    assert len(pooled) == tables[0].num_rows + tables[1].num_rows
    files = [str(tmp_path / f"out-{s}" / "findings.parquet") for s in ("a", "b")]
    pooled_sql = f"select * from read_parquet({files}, union_by_name = true)"
    rows, columns = duckdb.sql(f"select count(*), (select count(*) from (describe {pooled_sql})) "
                               f"from ({pooled_sql})").fetchall()[0]
    assert (rows, columns) == (len(pooled), len(pooled.columns))


def test_a_donation_given_twice_and_a_changed_one_are_said(tmp_path: Path) -> None:
    donations = tmp_path / "donations"
    zip_tree(FB, donations / "P03.zip")
    shutil.copy(donations / "P03.zip", donations / "P28.zip")
    zip_tree(X, donations / "P25.zip")
    out = tmp_path / "out"
    first = _batch(str(donations), "-o", str(out))
    assert first.exit_code == 0
    said = _said(first)
    assert ("participants P03, P28 gave identical inputs (the same SHA-256 of each file): one donation counted 2 times "
            "unless they are different people") in said
    runs = _runs(out)
    assert (runs["P03"]["same_inputs_as"], runs["P28"]["same_inputs_as"], runs["P25"]["same_inputs_as"]) == \
        ("P28", "P03", None)
    assert not any(r["inputs_changed"] for r in runs.values()) and "inputs changed" not in said

    zip_tree(FB, donations / "P25.zip")  # P25's folder swapped for another export
    (donations / "P28.zip").unlink()
    again = _batch(str(donations), "-o", str(out), "--remove-absent")
    said = _said(again)
    assert "P25: inputs changed since the last run; redone (their earlier outputs replaced)" in said  # was: no word
    assert "2 participants: 1 done, 1 already done (skipped), 0 failed" in said
    runs = _runs(out)
    assert (runs["P25"]["inputs_changed"], runs["P03"]["inputs_changed"]) == (True, False)
    assert runs["P25"]["same_inputs_as"] == "P03"  # now the same bytes as P03's

    third = _batch(str(donations), "-o", str(out))
    assert "inputs changed" not in _said(third)
    assert _runs(out)["P25"]["inputs_changed"] is False


def test_a_broken_link_is_named_a_link(tmp_path: Path) -> None:
    """T30C B2b: a dangling link to a folder was "input-1.file … path does not exist". One whose name is not the
    participant's id (a manifest's path) is named by position and kind, ``input-2.link``; a link loop stays a loop."""
    (tmp_path / "elsewhere").symlink_to(tmp_path / "unmounted" / "facebook")
    zip_tree(FB, tmp_path / "fb.zip")
    record = run_unit(Participant("P40", (str(tmp_path / "fb.zip"), str(tmp_path / "elsewhere"))),
                      UnitOptions(outdir=str(tmp_path / "out")))
    assert (record["status"], record["reason"]) == (
        "error", "input-2.link, a link, is broken: what it points to is not there, such as a folder on a share not "
                 "mounted")
    assert [i["name"] for i in record["inputs"]] == ["input-1.zip", "input-2.link"]
    (tmp_path / "P41").symlink_to("P41")
    loop = run_unit(Participant("P41", (str(tmp_path / "P41"),)), UnitOptions(outdir=str(tmp_path / "out")))
    assert loop["reason"] == "input-1.file: cannot be read (a link loop: the link leads back to itself, so it names " \
                             "no file or folder)"
