"""The batch tells the truth about failures and odd folders (the thirtieth pass, BATCH2): an exit status a
researcher's script can act on (5: some participants failed), renamed export zips recognised by content, and the
twenty-ninth pass's fourth tester's LOWs (T29D L-a): a failed participant in the identical-inputs warning, a loose
service-named CSV taken as a participant id, an overlapping donation, a key written through a link into another
study's OUTDIR, hidden or OS-named folders holding exports skipped without a word, a self-link called missing."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pyarrow.parquet as pq
from test_batch_input_entries import FB, X, _runs, _said
from typer.testing import CliRunner

from dataexam.batch.participants import Skipped, discover
from dataexam.batch.unit import FILE_DIGEST_BYTES, contained_inputs
from dataexam.cli import app
from dataexam.cli_research import batch_exit_code
from dataexam.errors import ExitCode
from helpers import zip_tree


def _batch(*args: str) -> object:
    return CliRunner().invoke(app, ["batch", *args, "-j", "1"])


def test_some_participants_failed_is_exit_5_and_the_summary_says_where_why() -> None:
    assert int(ExitCode.SOME_FAILED) == 5  # a new code: none of 0-4, 130, 143 changed
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    assert "| 5 | `batch` only: some participants failed" in readme


def test_exit_status_of_a_study(tmp_path: Path) -> None:
    donations = tmp_path / "donations"
    zip_tree(FB, donations / "P1.zip")
    out = tmp_path / "out"
    whole = _batch(str(donations), "-o", str(out))
    assert whole.exit_code == 0, _said(whole)
    (donations / "P2.zip").write_bytes(b"PK\x03\x04" + bytes(40))  # a damaged zip
    partial = _batch(str(donations), "-o", str(out))
    # was 0: `dataexam batch … && analyse` went on over a study with a failed participant
    assert partial.exit_code == 5, _said(partial)
    assert ("2 participants: 0 done, 1 already done (skipped), 1 failed (why: the warnings above, and the reason "
            "column of runs.parquet)") in _said(partial)
    assert _runs(out)["P2"]["status"] == "error"
    assert len(pq.read_table(out / "findings.parquet").to_pylist()) > 5  # P1's tables are complete
    (donations / "P1.zip").unlink()
    none = _batch(str(donations), "-o", str(out), "--remove-absent")
    assert none.exit_code == 3, _said(none)  # every participant failed: unchanged


def test_strict_is_exit_4_on_parse_issues_as_in_the_other_commands(tmp_path: Path) -> None:
    donations = tmp_path / "donations"
    shutil.copytree(FB, donations / "P1")
    bad = next(p for p in sorted((donations / "P1").rglob("*.json")) if "your_posts" in p.as_posix())
    bad.write_text('[{"timestamp": 1700000000, "data": [', encoding="utf-8")  # cut JSON: a parse issue
    out = tmp_path / "out"
    plain = _batch(str(donations), "-o", str(out))
    assert plain.exit_code == 0, _said(plain)
    issues = _runs(out)["P1"]["issues_total"]
    assert issues >= 1
    strict = _batch(str(donations), "-o", str(out), "--strict")
    assert strict.exit_code == 4, _said(strict)
    (donations / "P2.zip").write_bytes(b"not a zip at all")
    failed = _batch(str(donations), "-o", str(out), "--strict")
    assert failed.exit_code == 5  # a failed participant outranks parse issues


def test_batch_exit_code_order() -> None:
    class S:
        def __init__(self, total: int, failed: int, skipped: list[Skipped], issues: int = 0) -> None:
            self.total, self.failed, self.skipped = total, failed, skipped
            self.records = [{"status": "ok", "issues": {"bad-json": issues}}]

    readme = Skipped("notes.txt", "not read: …")
    tar = Skipped("P5.tar.gz", "not read: …", donation=True)
    assert batch_exit_code(S(2, 0, [readme])) == ExitCode.SUCCESS  # a read-me beside the exports: no failure
    assert batch_exit_code(S(2, 0, [tar])) == ExitCode.SOME_FAILED  # a donation not read
    assert batch_exit_code(S(2, 1, [])) == ExitCode.SOME_FAILED
    assert batch_exit_code(S(2, 2, [tar])) == ExitCode.NOTHING_RECOGNISED
    assert batch_exit_code(S(2, 0, [], issues=3)) == ExitCode.SUCCESS
    assert batch_exit_code(S(2, 0, [], issues=3), strict=True) == ExitCode.PARSE_ISSUES


def test_renamed_export_zips_and_folders_are_recognised_by_content(tmp_path: Path) -> None:
    donations = tmp_path / "donations"
    zip_tree(FB, donations / "P10" / "facebook-jdoe-2024.zip")  # as the service named it
    zip_tree(FB, donations / "P11" / "download (3).zip")
    zip_tree(X, donations / "P12.zip")
    zip_tree(FB, donations / "P13" / "export.zip")
    shutil.copytree(X, donations / "P14" / "stuff")
    folders = sorted(p for p in FB.iterdir() if p.is_dir())
    (donations / "P15").mkdir()
    for n, chunk in ((1, folders[: len(folders) // 2]), (2, folders[len(folders) // 2:])):  # two parts, renamed
        with zipfile.ZipFile(donations / "P15" / f"download ({n}).zip", "w") as zf:
            for sub in chunk:
                for f in sorted(sub.rglob("*")):
                    if f.is_file():
                        zf.write(f, f.relative_to(FB).as_posix())
    out = tmp_path / "out"
    result = _batch(str(donations), "-o", str(out))
    said = _said(result)
    assert result.exit_code == 0, said
    runs = _runs(out)
    got = {pid: (r["status"], r["sources"], r["variants"], r["records_total"]) for pid, r in runs.items()}
    fb = ("ok", "facebook", "2024-25", runs["P10"]["records_total"])
    assert fb[3] > 20
    assert got == {"P10": fb, "P11": fb, "P12": ("ok", "twitter", "current", 50), "P13": fb,
                   "P14": ("ok", "twitter", "current", 50), "P15": fb}
    # the same zip under three names is one donation given three times (each file's content compared), and so are
    # the same files in two part-zips (P15): a zip is compared by its members (BATCH2's limit); the X export zipped
    # (P12) and unpacked (P14) is one donation too
    assert ("participants P10, P11, P13, P15 gave identical inputs (the same SHA-256 of each file): one donation "
            "counted 4 times") in said, said
    assert ("participants P12, P14 gave identical inputs (the same SHA-256 of each file): one donation counted "
            "2 times") in said, said
    assert runs["P11"]["same_inputs_as"] == "P10,P13,P15"


def test_a_failed_participant_is_not_named_among_identical_inputs(tmp_path: Path) -> None:
    donations = tmp_path / "donations"
    (donations / "P07").mkdir(parents=True)
    # a Prime Video watch history, recognised by its own name only: renamed, it is not, and fails
    watch = FB.parents[2] / "amazon" / "2025" / "archive" / "Your Orders" / "Additional Data" / \
        "PrimeVideo.WatchEvent.1" / "PrimeVideo.WatchEvent.1.csv"
    (donations / "P07" / watch.parent.name).mkdir()
    shutil.copy(watch, donations / "P06.csv")
    shutil.copy(watch, donations / "P07" / watch.parent.name / watch.name)  # the same bytes, read
    out = tmp_path / "out"
    result = _batch(str(donations), "-o", str(out))
    said = _said(result)
    assert result.exit_code == 5, said
    runs = _runs(out)
    assert (runs["P06"]["status"], runs["P07"]["status"]) == ("error", "ok")
    # was: "P06, P07 gave identical inputs … one donation counted 2 times", though P06 is counted nowhere
    assert "identical inputs" not in said
    assert (runs["P06"]["same_inputs_as"], runs["P07"]["same_inputs_as"]) == (None, None)


def test_a_donation_holding_another_participants_files_is_flagged(tmp_path: Path) -> None:
    donations = tmp_path / "donations"
    shutil.copytree(X, donations / "P07")
    zip_tree(FB, donations / "P09.zip")
    shutil.copytree(X, donations / "P50" / "twitter")  # P07's files, in a folder of their own
    shutil.copy(donations / "P09.zip", donations / "P50" / "facebook.zip")  # and P09's zip
    out = tmp_path / "out"
    result = _batch(str(donations), "-o", str(out))
    said = _said(result)
    assert result.exit_code == 0, said
    runs = _runs(out)
    assert {pid: r["status"] for pid, r in runs.items()} == {"P07": "ok", "P09": "ok", "P50": "ok"}
    # was: nothing said, one person's data counted twice
    assert ("participant P50's inputs hold every file of the inputs of P07 and P09 (the same SHA-256 of each file): "
            "their data counted twice unless these are different people; see runs.parquet's holds_inputs_of") in said
    assert [runs[p]["holds_inputs_of"] for p in ("P07", "P09", "P50")] == [None, None, "P07,P09"]
    assert [runs[p]["same_inputs_as"] for p in ("P07", "P09", "P50")] == [None, None, None]


def test_a_zip_of_another_participants_folder_is_the_same_files(tmp_path: Path) -> None:
    """BATCH2's limit: a zip was compared as one file, so a zip of another participant's unpacked folder (and a zip
    of it beside another export) was neither identical nor overlapping. A zip is compared by its members; Finder's
    __MACOSX and .DS_Store are no files of the export."""
    donations = tmp_path / "donations"
    shutil.copytree(X, donations / "P07")
    (donations / "P07" / ".DS_Store").write_bytes(b"\0\0\0\1Bud1")
    with zipfile.ZipFile(donations / "P08.zip", "w") as zf:  # P07's folder, zipped on a Mac
        for f in sorted(X.rglob("*")):
            if f.is_file():
                zf.write(f, "twitter/" + f.relative_to(X).as_posix())
        zf.writestr("__MACOSX/twitter/._Your archive.html", b"\0\5\26\7")
    zip_tree(FB, donations / "P60" / "facebook.zip")
    shutil.copy(donations / "P08.zip", donations / "P60" / "x.zip")  # P08's zip and a Facebook export
    out = tmp_path / "out"
    result = _batch(str(donations), "-o", str(out))
    said = _said(result)
    assert result.exit_code == 0, said
    runs = _runs(out)
    assert ("participants P07, P08 gave identical inputs (the same SHA-256 of each file): one donation counted "
            "2 times") in said
    assert (runs["P07"]["same_inputs_as"], runs["P08"]["same_inputs_as"]) == ("P08", "P07")
    assert runs["P60"]["holds_inputs_of"] == "P07,P08"


def test_contained_inputs_by_file_digests() -> None:
    def blob(*names: str) -> bytes:
        return b"".join(sorted(n.encode().ljust(FILE_DIGEST_BYTES, b"_") for n in names))

    common = "html"  # a file every X archive has (Your archive.html): it makes no one hold another
    contents = {"A": blob("a1", "a2", common), "B": blob("b1", common), "C": blob("a1", "a2", "b1", "c1", common),
                "D": blob("a1", "a2", common), "E": b""}
    # C holds A's and B's (and D's, the same files as A's: identical, not listed as holding each other)
    assert contained_inputs(contents) == {"C": ["A", "B", "D"]}


def test_a_key_written_through_a_link_into_another_studys_outdir_is_refused(tmp_path: Path) -> None:
    donations = tmp_path / "donations"
    zip_tree(FB, donations / "P1.zip")
    other = tmp_path / "other-study"
    assert _batch(str(donations), "-o", str(other)).exit_code == 0
    (tmp_path / "keys").symlink_to(other)  # "keys" looks like a folder of keys; it is the other study's outputs
    key = tmp_path / "keys" / "study.key"
    result = _batch(str(donations), "-o", str(tmp_path / "out"), "--events", "--key-file", str(key))
    assert result.exit_code == 2
    assert (f"--key-file {key} is inside {other}, the output folder of another dataexam batch (it carries "
            ".dataexam-batch): keep the key apart from every study's outputs") in _said(result)
    assert not (other / "study.key").exists() and not (tmp_path / "out").exists()


def test_hidden_and_os_named_folders_holding_exports_are_said_skipped(tmp_path: Path) -> None:
    donations = tmp_path / "donations"
    zip_tree(FB, donations / "P1.zip")
    for name in (".P17", "__MACOSX", "Thumbs.db"):
        zip_tree(FB, donations / name / "facebook.zip")
    zip_tree(FB, donations / ".P19.zip")
    (donations / ".DS_Store").write_bytes(b"\0\0\0\1Bud1")  # what macOS leaves: silent
    (donations / "._P1.zip").write_bytes(b"\0\5\26\7")  # an AppleDouble file beside the zip: silent
    (donations / ".cache").mkdir()
    (donations / ".cache" / "notes.txt").write_text("x")  # a hidden folder of no export: silent
    skipped: list[Skipped] = []
    assert [p.participant_id for p in discover(donations, skipped)] == ["P1"]
    assert skipped == [
        Skipped(".P17", "not read: a hidden folder (its name begins with '.') holds export files; if it is a "
                        "participant's, rename it without the dot", donation=True),
        Skipped(".P19.zip", "not read: a hidden file (its name begins with '.') is an export file; if it is a "
                            "participant's, rename it without the dot", donation=True),
        Skipped("Thumbs.db", "not read: Thumbs.db is a name the system gives its own files, yet this folder holds "
                             "export files; if it is a participant's, rename it", donation=True),
        Skipped("__MACOSX", "not read: __MACOSX is a name the system gives its own files, yet this folder holds "
                            "export files; if it is a participant's, rename it", donation=True)]
    out = tmp_path / "out"
    result = _batch(str(donations), "-o", str(out))
    said = _said(result)
    assert result.exit_code == 5, said  # donations in INPUT not read: not a whole study
    assert f"{donations}: .P17: not read: a hidden folder" in said
    assert "4 entries of INPUT holding a donation not read (the warnings above, and manifest.json's skipped)" in said
    assert [s["entry"] for s in json.loads((out / "manifest.json").read_text())["skipped"]] == [
        ".P17", ".P19.zip", "Thumbs.db", "__MACOSX"]
    # a __MACOSX of resource forks, as unzipping on a Mac leaves it: silent, exit 0
    for name in (".P17", "Thumbs.db", "__MACOSX"):
        shutil.rmtree(donations / name)
    (donations / ".P19.zip").unlink()
    (donations / "__MACOSX").mkdir()
    (donations / "__MACOSX" / "._P1.zip").write_bytes(b"\0\5\26\7")
    quiet = _batch(str(donations), "-o", str(out))
    assert quiet.exit_code == 0, _said(quiet)
    assert "not read" not in _said(quiet)
    assert json.loads((out / "manifest.json").read_text())["skipped"] == []


def test_a_usb_stick_or_nas_shares_system_folders_are_no_participants(tmp_path: Path) -> None:
    """T30C B2: $RECYCLE.BIN, System Volume Information, lost+found and Synology's @eaDir were participants that
    "failed" (exit 5, "9 participants: 3 done, 6 failed"); an Office lock file got a warning."""
    donations = tmp_path / "donations"
    zip_tree(FB, donations / "P1.zip")
    for name in ("$RECYCLE.BIN", "System Volume Information", "lost+found", "@eaDir", "#recycle"):
        (donations / name).mkdir()
    (donations / "System Volume Information" / "IndexerVolumeGuid").write_text("{0}")
    (donations / "@eaDir" / "P1.zip@SynoEAStream").write_bytes(b"\0")
    (donations / "~$notes.xlsx").write_bytes(b"\0lock")
    skipped: list[Skipped] = []
    assert [p.participant_id for p in discover(donations, skipped)] == ["P1"] and skipped == []
    out = tmp_path / "out"
    result = _batch(str(donations), "-o", str(out))
    assert result.exit_code == 0, _said(result)
    assert "1 participant: 1 done, 0 already done (skipped), 0 failed" in _said(result)
    # one that does hold an export is said, as __MACOSX is
    zip_tree(FB, donations / "$RECYCLE.BIN" / "facebook.zip")
    skipped = []
    assert [p.participant_id for p in discover(donations, skipped)] == ["P1"]
    assert [s.entry for s in skipped] == ["$RECYCLE.BIN"] and skipped[0].donation

def test_snapshot_and_chkdsk_folders_are_no_participants(tmp_path: Path) -> None:
    """T30C B2b: Synology's #snapshot and chkdsk's FOUND.000 were participants that "failed" ("input-1.folder: not a
    recognised export (it contains no files)"); so would be NetApp's ~snapshot, Android's LOST.DIR, FOUND.001. A
    participant named like them but not as they are (FOUND.0001, FOUNDATION) stays one."""
    donations = tmp_path / "donations"
    zip_tree(FB, donations / "P1.zip")
    for name in ("#snapshot", "FOUND.000", "found.001", "~snapshot", "LOST.DIR"):
        (donations / name).mkdir()
    (donations / "FOUND.000" / "FILE0000.CHK").write_bytes(b"\0" * 64)
    (donations / "autorun.inf").write_text("[autorun]\n")
    (donations / "Icon\r").write_bytes(b"")  # macOS Finder's custom folder icon (T31C)
    for name in ("FOUND.0001", "FOUNDATION"):
        zip_tree(FB, donations / name / "facebook.zip")
    skipped: list[Skipped] = []
    assert [p.participant_id for p in discover(donations, skipped)] == ["FOUND.0001", "FOUNDATION", "P1"]
    assert skipped == []
    # a snapshot of the share holds the participants' exports again: said, not read twice, and no donation left
    # unread (which would make every batch of such a share exit 5)
    zip_tree(FB, donations / "#snapshot" / "GMT+02_2024-07-01_0000" / "P1.zip")
    skipped = []
    discover(donations, skipped)
    assert skipped == [Skipped("#snapshot", "not read: #snapshot holds the share's snapshots, earlier copies of its "
                                            "folders", donation=False)]


def test_a_self_link_is_a_link_loop_not_a_missing_path(tmp_path: Path) -> None:
    donations = tmp_path / "donations"
    zip_tree(FB, donations / "P1.zip")
    (donations / "P18").symlink_to("P18")  # P18 -> P18
    out = tmp_path / "out"
    result = _batch(str(donations), "-o", str(out))
    assert result.exit_code == 5
    # was: "path does not exist: a link to something that is not there, such as a share not mounted"
    assert _runs(out)["P18"]["reason"] == ("input-1.file: cannot be read (a link loop: the link leads back to itself, "
                                           "so it names no file or folder)")
