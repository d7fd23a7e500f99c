"""Parse issues and their counts (INP51). Each was wrong before:

1. a zip stored (not deflated) and cut 3 bytes into X's like.js, inside its ``window.YTD.like.part0 =`` prefix, gave
   the zip's truncated-zip line and the file's bad-shape line (counted twice) → the zip's one line, naming the file and
   saying none of its records came before the cut; a batch's ``issues_total`` counts the cut once;
2. a zip cut 0-3 bytes into its central directory (every file's data whole) was headed as nothing read ("1 parse
   issue(s):") → "records before each fault were kept" (0-2 bytes: the directory or another file's header began
   there), and 3 bytes ("PK\\x01", the directory's own start) no fault in reading;
3. ``unhandled-file`` ("its records were not read") and a folder gone while it was listed ("its files were not read")
   had ``nothing_read`` false in the JSON and were not counted "before any record of their file" → true, and counted;
4. the report's header row "Parse issues 3 (unhandled-file (3))" → "3 (3 × unhandled-file)";
5. a Facebook profile's birthday or registration "still to come" was judged against the day the run was made, so a
   report changed with the day it was run → against the download's own day (its name's, else its request files');
6. a Facebook profile file holding a list of two profiles said "the profile in it was read" → "each of its 2 profiles
   was read, …".

X and Facebook zips built here from the fixtures, at --jobs 1 and 2. Values are invented."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from test_batch_input_entries import _runs, _said
from test_zip_cut import _facebook_files, _zip
from test_zip_cut_header import _report
from test_zip_cut_one_fault import _x_two
from typer.testing import CliRunner

from dataexam import api
from dataexam.cli import app
from dataexam.events import ParseIssue
from dataexam.issue_codes import NOTHING_READ, IssueKind, tally
from dataexam.report.view import _issue_counts

X_NAME = "twitter-2024-05-01-abc123.zip"
FB_NAME = "facebook-inesvarga.zip"


def _last(files: dict[str, bytes], member: str) -> dict[str, bytes]:
    return {**{k: v for k, v in files.items() if k != member}, member: files[member]}


def _cut_at(whole: bytes, member: str, into_data: int) -> bytes:
    info = zipfile.ZipFile(io.BytesIO(whole)).getinfo(member)
    name_len, extra_len = int.from_bytes(whole[info.header_offset + 26: info.header_offset + 28], "little"), \
        int.from_bytes(whole[info.header_offset + 28: info.header_offset + 30], "little")
    return whole[: info.header_offset + 30 + name_len + extra_len + into_data]


# -- 1. one cut, one issue ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.parametrize(("name", "member", "into"), [
    (X_NAME, "data/like.js", 3),  # inside "window.YTD.like.part0 = ": a bad-shape line beside the zip's
    (X_NAME, "data/like.js", 30),
    (FB_NAME, "posts/your_posts_1.json", 3),
], ids=["x-like-prefix-3", "x-like-30", "facebook-posts-3"])
def test_a_stored_zip_cut_before_a_file_s_first_record_is_one_issue(tmp_path: Path, name: str, member: str,
                                                                    into: int, jobs: int) -> None:
    files = _x_two() if name == X_NAME else _facebook_files()[0]
    z = tmp_path / name
    z.write_bytes(_cut_at(_zip(_last(files, member), zipfile.ZIP_STORED), member, into))
    report, stderr = _report(z, tmp_path / "r.json", jobs)
    issues = report["inputs"]["parse_issues"]
    assert issues["by_code"].get("truncated-zip") == 1
    assert "bad-shape" not in issues["by_code"] and "corrupt-member" not in issues["by_code"]
    assert sum(issues["by_code"].values()) == issues["total"]
    # the cut as the zip's reader met it, or as the file's reader did ("found no JSON value" in X's prefix)
    assert any(f"{member} is cut off{said}" in stderr for said in (
        " before its first record: none of its records could be read;", ": its reading stopped before its first "
        "record (expected an array at the top level, found no JSON value; nothing was read);"))
    assert f"the rest of it and every file after it in {name} are lost" in stderr
    [cut] = [n for n in issues["notes"] if n["code"] == "truncated-zip"]
    assert (cut["file"], cut["kind"], cut["nothing_read"]) == (member, "stops", True)
    if issues["total"] == 1:  # nothing else said: the header counts the one fault, none of its file read
        assert "warning: 1 parse issue(s): " in stderr and "records before each fault were kept" not in stderr


def test_a_batch_counts_a_cut_once(tmp_path: Path) -> None:
    """``issues_total`` in runs.parquet: the cut file's own line was a second issue (INP50 counted it once only in
    the stderr header)."""
    donations = tmp_path / "donations"
    donations.mkdir()
    member = "data/like.js"
    (donations / "P1.zip").write_bytes(_cut_at(_zip(_last(_x_two(), member), zipfile.ZIP_DEFLATED), member, 900))
    out = tmp_path / "out"
    run = CliRunner().invoke(app, ["batch", str(donations), "-o", str(out), "-j", "1"])
    assert run.exit_code == 0, _said(run)
    stats = api.RunStats()
    for _e in api.timeline(donations / "P1.zip", stats=stats):
        pass
    assert [i.code for i in stats.issues].count("truncated-zip") == 1
    assert not [i for i in stats.issues if i.member == member and i.code != "truncated-zip"]
    assert _runs(out)["P1"]["issues_total"] == stats.issue_count


# -- 2. a zip cut 0-3 bytes into its directory ----------------------------------------------------------------------

@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.parametrize("name", [X_NAME, FB_NAME])
@pytest.mark.parametrize("into", [0, 1, 2, 3, 4])
def test_a_zip_cut_just_into_its_directory_kept_its_records(tmp_path: Path, name: str, into: int, jobs: int) -> None:
    files = _x_two() if name == X_NAME else _facebook_files()[0]
    whole = _zip(files, zipfile.ZIP_DEFLATED)
    z = tmp_path / name
    z.write_bytes(whole[: zipfile.ZipFile(io.BytesIO(whole)).start_dir + into])
    report, stderr = _report(z, tmp_path / "r.json", jobs)
    [cut] = [n for n in report["inputs"]["parse_issues"]["notes"] if n["code"] == "truncated-zip"]
    assert cut["nothing_read"] is False and cut["file"] is None
    assert f"{len(files)} complete file(s) were read" in cut["message"]
    if into >= 3:  # "PK\x01": the directory's own start, every file whole
        assert cut["kind"] == "note"
        assert "only the zip's directory at its end is cut or damaged" in stderr
    else:
        assert cut["kind"] == "stops"
        assert ("every file before the cut was read whole: the zip ends just after the last one's data, where its "
                "directory or another file's header began") in stderr
        assert "came before any record" not in stderr
        if report["inputs"]["parse_issues"]["total"] == 1:
            assert "warning: 1 parse issue(s); records before each fault were kept:" in stderr


# -- 3. nothing read, as the message says ---------------------------------------------------------------------------

def test_an_unhandled_file_says_nothing_of_it_was_read(tmp_path: Path) -> None:
    files = _x_two()
    files["data/some-new-thing.js"] = b"window.YTD.some_new_thing.part0 = []"
    z = tmp_path / X_NAME
    z.write_bytes(_zip(files, zipfile.ZIP_DEFLATED))
    _report_json, stderr = _report(z, tmp_path / "r.json", 1)
    stats = api.RunStats()
    for _e in api.timeline(z, stats=stats):
        pass
    [unhandled] = [i for i in stats.issues if i.code == "unhandled-file"]
    assert "its records were not read" in unhandled.message
    assert unhandled.to_dict()["nothing_read"] is True and unhandled.kind is IssueKind.STOPS
    assert stats.issue_kinds[NOTHING_READ] >= 1
    assert "records before each fault were kept" not in stderr  # no fault had records before it


def test_a_folder_gone_while_listed_says_its_files_were_not_read(tmp_path: Path) -> None:
    from dataexam.archive import open_archive

    root = tmp_path / "facebook-inesvarga"
    for path, data in _facebook_files()[0].items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_bytes(data)
    gone = root / "posts"
    import os

    real_walk = os.walk

    def walk(top: object, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        onerror = kwargs.get("onerror")
        for dirpath, dirnames, filenames in real_walk(top, *args, **kwargs):  # type: ignore[arg-type]
            if "posts" in dirnames and onerror is not None:
                dirnames.remove("posts")
                onerror(FileNotFoundError(2, "No such file or directory", str(gone)))  # type: ignore[operator]
            yield dirpath, dirnames, filenames

    # (one MonkeyPatch, undone here: a second one's undo() left os.walk patched for every later test, dropping
    # "posts" folders — test_life_events_declared failed after this file in the full suite)
    patch = pytest.MonkeyPatch()
    patch.setattr(os, "walk", walk)
    try:
        with open_archive(root) as archive:
            [issue] = [i for i in archive.issues if i.code == "vanished"]
    finally:
        patch.undo()
    assert os.walk is real_walk
    assert "its files were not read" in issue.message
    assert issue.to_dict()["nothing_read"] is True
    assert tally([issue])[NOTHING_READ] == 1


@pytest.mark.parametrize(("code", "message"), [
    ("unhandled-file", "file not recognised by the parser; its records were not read"),
    ("html-data-file", "2 data page(s) of this download are in HTML format and are not read"),
])
def test_codes_of_files_not_read_default_to_nothing_read(code: str, message: str) -> None:
    issue = ParseIssue(archive="x.zip", member="a.json", code=code, message=message)
    assert issue.to_dict()["nothing_read"] is True and tally([issue])[NOTHING_READ] == 1


# -- 4. the report header's parse issues row ------------------------------------------------------------------------

@pytest.mark.parametrize(("issues", "row"), [
    ({"total": 3, "by_code": {"unhandled-file": 3}}, "3 (3 × unhandled-file)"),
    ({"total": 5, "by_code": {"truncated-zip": 1, "bad-date": 4}}, "5 (4 × bad-date, 1 × truncated-zip)"),
    ({"total": 2, "by_code": {}}, "2"),
])
def test_the_parse_issues_row_has_one_pair_of_parentheses(issues: dict, row: str) -> None:  # type: ignore[type-arg]
    assert _issue_counts(issues) == row
    assert "))" not in row and "( (" not in row


def test_the_text_report_s_parse_issues_row(tmp_path: Path) -> None:
    fixture = Path(__file__).parent.parent / "fixtures" / "facebook" / "accounts-center-2024" / "archive"
    out = tmp_path / "r.txt"
    run = CliRunner().invoke(app, ["report", str(fixture), "-f", "text", "-o", str(out), "--no-pager"])
    assert run.exit_code == 0, _said(run)
    text = out.read_text(encoding="utf-8")
    assert "3 (3 × unhandled-file)" in text and "unhandled-file (3))" not in text
