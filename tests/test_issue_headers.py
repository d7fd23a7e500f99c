"""The CLI's stderr summary of parse issues (T45): a note that is no fault in reading (X's manifest lists a count
that is no number, or another count than the file holds) was headed "records before each fault were kept"; with two
flat X zips of different issues no line said which zip its like.js was in. Synthetic data only."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from test_bad_encodings import INBOX, _facebook, _message, _report, _thread
from test_input_notes import _cut_likes, _x_changed
from test_parts_and_owners import _counted_x_archive

from dataexam.errors import ExitCode
from dataexam.events import ParseIssue

BAD_COUNT = ("data/manifest.js lists data/like.js with a count that is no number of records: its records are not "
             "compared with it")
NO_FAULT = "parse issue(s), no fault in reading: every file given was read to its end:"


@pytest.mark.parametrize(("count", "code"), [(b'"abc"', "bad-count"), (b"null", "bad-count"),
                                             (b'"99999999999999999999999"', "bad-count"), (b'"0"', "count-mismatch"),
                                             (b'"7"', "count-mismatch")])
def test_a_count_note_is_headed_as_no_fault(tmp_path: Path, count: bytes, code: str) -> None:
    archive = _x_changed(tmp_path, "x", "/manifest.js", lambda b: b.replace(b'"count": "3"', b'"count": ' + count))
    data, stderr = _report([archive], tmp_path / "r.json")
    assert f"warning: 1 {NO_FAULT}" in stderr
    assert "records before each fault were kept" not in stderr
    assert [n["code"] for n in data["inputs"]["parse_issues"]["notes"]] == [code]
    assert f"twitter-2024/data/{'manifest' if code == 'bad-count' else 'like'}.js: 1 × {code} — " in stderr


def test_a_count_note_beside_a_cut_file_is_counted_apart(tmp_path: Path) -> None:
    """One cut like.js (records kept) and one unreadable count (no fault): the header says both."""
    archive = _x_changed(tmp_path, "x", "/like.js", _cut_likes)
    counted = _x_changed(tmp_path, "y", "/manifest.js", lambda b: b.replace(b'"count": "3"', b'"count": "abc"'))
    _data, stderr = _report([archive, counted], tmp_path / "r.json")
    assert ("2 parse issue(s); records before each fault were kept, and 1 of the issues is no fault in reading (the "
            "file was read to its end):") in stderr


def test_a_count_note_beside_a_file_nothing_was_read_of(tmp_path: Path) -> None:
    empty = _facebook(tmp_path / "facebook-inesvarga.zip", {"odobrandt_2/message_1.json": b""})
    counted = _x_changed(tmp_path, "x", "/manifest.js", lambda b: b.replace(b'"count": "3"', b'"count": null'))
    _data, stderr = _report([empty, counted], tmp_path / "r.json")
    assert "2 parse issue(s) (1 of them no fault in reading):" in stderr
    assert "records before each fault were kept" not in stderr


def test_a_fault_alone_keeps_its_header(tmp_path: Path) -> None:
    archive = _x_changed(tmp_path, "x", "/like.js", _cut_likes)
    _data, stderr = _report([archive], tmp_path / "r.json")
    # (the zip given named too since INP59, T56A 10: every issue line names the chain from the zip given)
    assert "1 parse issue(s); records before each fault were kept: x.zip → twitter-2024/data/like.js (after 1 " \
        "record)" in stderr


def test_two_flat_zips_of_different_issues_name_their_zips(tmp_path: Path) -> None:
    """Two downloads, each of two zips whose second holds like.js at its top: one like.js holds another count, the
    other is cut."""
    _counted_x_archive(tmp_path / "first.zip", 2, 2, split=True)
    _counted_x_archive(tmp_path / "second.zip", 3, 2, split=True)
    import zipfile

    second = tmp_path / "second-b.zip"
    with zipfile.ZipFile(second) as z:
        files = {name: z.read(name) for name in z.namelist()}
    files["like.js"] = _cut_likes(files["like.js"])
    with zipfile.ZipFile(second, "w") as z:
        for name, body in files.items():
            z.writestr(name, body)
    data, stderr = _report(sorted(tmp_path.glob("*.zip")), tmp_path / "r.json")
    assert ("first-b.zip → like.js: 1 × count-mismatch — like.js holds 2 records where data/manifest.js lists 3"
            in stderr)  # ('like.js in first-b.zip' before INP59: every line names the zip given as a chain)
    assert "second-b.zip → like.js (after 1 record): 1 × bad-json — " in stderr
    assert sorted((n["export"], n["file"], n["code"]) for n in data["inputs"]["parse_issues"]["notes"]) == [
        ("first-b.zip", "like.js", "count-mismatch"), ("second-b.zip", "like.js", "bad-json")]


def test_each_line_names_its_zip_where_several_are_read(tmp_path: Path) -> None:
    """A Facebook zip's empty thread beside an X zip's unreadable count: each line names its zip; one zip alone is
    named too since INP59 (T56A 10: every issue line names the chain from the zip given; it was left out)."""
    empty = _facebook(tmp_path / "facebook-inesvarga.zip", {"odobrandt_2/message_1.json": b""})
    counted = _x_changed(tmp_path, "x", "/manifest.js", lambda b: b.replace(b'"count": "3"', b'"count": null'))
    _data, stderr = _report([empty, counted], tmp_path / "r.json")
    assert (f"facebook-inesvarga.zip → {INBOX}odobrandt_2/message_1.json (before the first record): 1 × bad-shape "
            "— the file holds no JSON value (it is empty)") in stderr
    assert f"x.zip → twitter-2024/data/manifest.js: 1 × bad-count — {BAD_COUNT}" in stderr
    _data, alone = _report([empty], tmp_path / "r1.json")
    assert f"facebook-inesvarga.zip → {INBOX}odobrandt_2/message_1.json (before the first record): 1 × bad-shape" \
        in alone


def test_redact_names_no_zip(tmp_path: Path) -> None:
    """Under --redact a zip's name (facebook-inesvarga.zip) is the person's: no line names it."""
    fb = _facebook(tmp_path / "facebook-inesvarga.zip", {
        "odobrandt_2/message_1.json": json.dumps(_thread([_message(0)])).encode()[:40]})
    counted = _x_changed(tmp_path, "x", "/manifest.js", lambda b: b.replace(b'"count": "3"', b'"count": null'))
    _data, stderr = _report([fb, counted], tmp_path / "r.json", "--redact")
    assert "inesvarga" not in stderr and " in x.zip" not in stderr


# -- issues of single records, the file read on past them (T46 M1) ----------------------------------------------

def _undated_thread(tmp_path: Path, name: str) -> Path:
    from test_bad_numbers import _stamped

    body = _stamped([_message(k) for k in range(4)], 2, "timestamp_ms", "1e400")
    return _facebook(tmp_path / name, {"odobrandt_2/message_1.json": body})


def test_issues_of_single_records_are_headed_as_files_read_to_their_end(tmp_path: Path) -> None:
    """Two exports, each with one message time of 1e400 kept undated: both files were read to their end, and the
    header said "records before each fault were kept"."""
    first, second = _undated_thread(tmp_path, "facebook-inesvarga.zip"), _undated_thread(tmp_path, "facebook-b.zip")
    _data, stderr = _report([first, second], tmp_path / "r.json")
    assert "warning: 2 parse issue(s), every file given was read to its end:" in stderr
    assert "records before each fault were kept" not in stderr


def test_a_single_record_s_issue_beside_a_count_note_and_a_cut_file(tmp_path: Path) -> None:
    counted = _x_changed(tmp_path, "y", "/manifest.js", lambda b: b.replace(b'"count": "3"', b'"count": "abc"'))
    _data, stderr = _report([_undated_thread(tmp_path, "facebook-inesvarga.zip"), counted], tmp_path / "r.json")
    assert "warning: 2 parse issue(s), every file given was read to its end:" in stderr
    cut = _x_changed(tmp_path, "x", "/like.js", _cut_likes)
    _data, stderr = _report([_undated_thread(tmp_path, "facebook-b.zip"), cut], tmp_path / "s.json")
    assert ("2 parse issue(s); records before each fault were kept, and 1 of the issues is a single record's (the "
            "file was read on past it):") in stderr
    empty = _facebook(tmp_path / "facebook-c.zip", {"odobrandt_2/message_1.json": b""})
    _data, stderr = _report([_undated_thread(tmp_path, "facebook-d.zip"), empty], tmp_path / "t.json")
    assert "2 parse issue(s) (1 of them a single record's):" in stderr


# -- the kinds from one table (dataexam.issue_codes, T46C) ---------------------------------------------------------

def _cut_x(tmp_path: Path) -> Path:
    """An X zip cut short inside the header of data/following.js (an interrupted download): its manifest lists it."""
    _counted_x_archive(tmp_path / "whole.zip", 3, 2, split=False)
    raw = (tmp_path / "whole.zip").read_bytes()
    cut = tmp_path / "twitter-cut.zip"
    cut.write_bytes(raw[:raw.index(b"twitter-2024/data/following.js") - 20])
    (tmp_path / "whole.zip").unlink()
    return cut


def test_a_cut_zip_s_missing_part_is_a_fault(tmp_path: Path) -> None:
    """The files a cut zip's manifest lists and the zip lost were not read: the header counted their missing-part
    "no fault in reading (the file was read to its end)" though its own line said the zip was cut short."""
    cut = _cut_x(tmp_path)
    data, stderr = _report([cut], tmp_path / "r.json")
    # one line (INP53: the zip's truncated-zip and a missing-part "… (the zip was cut short, see its truncated-zip
    # issue …)" referred to each other): the zip's, with the files its manifest lists that were lost
    assert "1 × truncated-zip — the zip file is incomplete or its directory is damaged (was the download " \
           "interrupted?); 5 complete file(s) were read; the zip ends inside the header of the file after " \
           "twitter-2024/data/like.js; nothing of that file was read; data/manifest.js lists data/following.js (2 " \
           "records), which is not in the part read: its records are not read (they may be in the zip's lost end or " \
           "in another zip of the archive; download it again and give every part)" in stderr
    # a fault of the files the zip lost, nothing of which was read (INP48 counted the missing-part only, "records
    # before each fault were kept (1 of the faults came before any record of their file)")
    assert "1 parse issue(s): " in stderr
    assert "records before each fault were kept" not in stderr
    assert "no fault in reading" not in stderr  # was "… and 1 of the issues is no fault in reading …"
    assert [n["code"] for n in data["inputs"]["parse_issues"]["notes"]] == ["truncated-zip"]


def test_a_part_not_given_stays_a_note(tmp_path: Path) -> None:
    """The first of two zips given alone: the second's like.js and following.js are a part not given — every file
    given was read to its end."""
    _counted_x_archive(tmp_path / "first.zip", 3, 2, split=True)
    _data, stderr = _report([tmp_path / "first.zip"], tmp_path / "r.json")
    assert "1 × missing-part — data/manifest.js lists data/like.js (3 records), data/following.js (2 records)" in stderr
    assert f"warning: 1 {NO_FAULT}" in stderr


def test_a_csv_s_odd_rows_are_single_records(tmp_path: Path) -> None:
    """An Amazon order history with a ragged row and a row with a NUL byte, read on past both: the header said
    "records before each fault were kept" (their codes were in neither of the CLI's sets)."""
    import badinputs

    _data, stderr = _report(badinputs._amazon_ragged(tmp_path), tmp_path / "r.json")
    assert "2 parse issue(s), every file given was read to its end:" in stderr
    assert "× ragged-row — " in stderr and "× nul-byte — " in stderr
    assert "records before each fault were kept" not in stderr


def test_a_handler_s_fault_that_ended_its_file_is_a_fault(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A bad-record at "after N records" is a fault that ended its file (a parser's ValueError), not a single
    record's: the header says records before it were kept. The issue is made so by the parser (INP49: its kind was
    read from its position by the header)."""
    from dataexam import api, cli
    from dataexam.issue_codes import IssueKind
    from dataexam_parsers.twitter import TwitterParser

    def fails(self: TwitterParser, f: Any) -> Any:  # two likes read, then a ValueError in the handler
        f.index = 1
        raise ValueError("an odd like")
        yield

    monkeypatch.setattr(TwitterParser, "_parse_likes", fails)
    stats = api.RunStats()
    list(api.timeline(_x_changed(tmp_path, "x", "/like.js", lambda b: b), stats=stats))
    (issue,) = [i for i in stats.issues if i.member.endswith("like.js")]  # no count-mismatch: it was not read whole
    assert (issue.code, issue.position, issue.kind, issue.nothing_read) == ("bad-record", "after 2 records",
                                                                              IssueKind.STOPS, False)
    stats = api.RunStats()
    stats.add_issue(issue)
    assert cli._issues_claim(stats) == "; records before each fault were kept:"
    stats.add_issue(ParseIssue(archive="a.zip", member="data/tweets.js", code="bad-record", message="row skipped",
                               position="record 4"))
    assert cli._issues_claim(stats) == ("; records before each fault were kept, and 1 of the issues is a single "
                                        "record's (the file was read on past it):")


# -- INP48: more issues than the run keeps (MAX_KEPT_ISSUES, 1,000): the header counted the kinds of the kept ones

def _many_undated(tmp_path: Path, n: int, cut: bool = False) -> Path:
    """A Facebook zip of three threads holding ``n`` messages whose time is no number (each a single record's issue,
    the file read on past it) among good ones, and with ``cut`` a fourth thread, last in the zip, cut after two
    messages (a fault whose file's records before it were kept)."""
    files = {}
    for t in range(3):
        bad = n // 3 + (1 if t < n % 3 else 0)
        messages = [_message(k, timestamp_ms="abc") for k in range(bad)] + [_message(k) for k in range(bad, bad + 5)]
        files[f"pals_{t}/message_1.json"] = json.dumps(_thread(messages, f"Pal {t}")).encode()
    if cut:
        whole = json.dumps(_thread([_message(k) for k in range(4)], "Zed Cut")).encode()
        files["zz_cut_1/message_1.json"] = whole[:whole.index(b"hallo 2")]
    return _facebook(tmp_path / "facebook-inesvarga.zip", files)


def _strict(paths: list[Path], out: Path, jobs: int) -> tuple[int, dict[str, Any], str]:
    """The exit code, JSON report and stderr of a ``--strict`` report of ``paths`` at ``--jobs jobs``."""
    run = [sys.executable, "-m", "dataexam", "report", *map(str, paths), "-f", "json", "-o", str(out), "--no-pager",
           "--strict", "--jobs", str(jobs)]
    done = subprocess.run(run, capture_output=True, text=True, timeout=300, env={**os.environ, "NO_COLOR": "1"})
    return done.returncode, json.loads(out.read_text(encoding="utf-8")), " ".join(done.stderr.split())


@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.parametrize("n", [999, 1000, 1200, 5000])
def test_single_records_issues_past_the_kept_ones_are_headed_as_read_to_the_end(tmp_path: Path, n: int,
                                                                                 jobs: int) -> None:
    """1,200 message times that are no number, every file read to its end, were headed "1200 parse issue(s); records
    before each fault were kept, and 1000 of the issues are a single record's" (the kept 1,000 counted, the other 200
    taken for faults): every issue is counted by kind as it is raised, at any number and --jobs."""
    code, data, stderr = _strict([_many_undated(tmp_path, n)], tmp_path / "r.json", jobs)
    assert code == ExitCode.PARSE_ISSUES  # --strict: issues were found
    assert f"warning: {n} parse issue(s), every file given was read to its end: " in stderr
    assert "records before each fault were kept" not in stderr and "fault" not in stderr
    assert data["inputs"]["parse_issues"]["total"] == n
    assert data["inputs"]["parse_issues"]["by_code"] == {"bad-record": n}


@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.parametrize("n", [999, 1200, 5000])
def test_a_fault_past_the_kept_issues_is_counted(tmp_path: Path, n: int, jobs: int) -> None:
    """A file cut short after the kept issues (its thread is the zip's last): its fault is counted beside the single
    records' issues, however many, at --jobs 1 and 2."""
    code, data, stderr = _strict([_many_undated(tmp_path, n, cut=True)], tmp_path / "r.json", jobs)
    assert code == ExitCode.PARSE_ISSUES
    assert (f"warning: {n + 1} parse issue(s); records before each fault were kept, and {n} of the issues are a "
            "single record's (the file was read on past it): ") in stderr
    assert data["inputs"]["parse_issues"]["total"] == n + 1
    assert data["inputs"]["parse_issues"]["by_code"]["bad-record"] == n


# -- INP49: Amazon's row cap is a note: the file was read to its end, every row kept

@pytest.mark.parametrize(("cap", "orders"), [(4, 3), (2, 3), (5, 4), (3, 5)])
def test_amazon_s_row_cap_is_headed_as_read_to_the_end(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cap: int,
                                                       orders: int) -> None:
    """A Digital Content Orders file past the cap on the rows joined into orders (GROUP_ROWS_CAP, 50,000): every row
    is read and kept, an order's rows further apart are two records. It was a ``limit`` counted as the file's reading
    stopped: "1 parse issue(s); records before each fault were kept"."""
    from test_amazon_records import DIGITAL_HEADER, _csv, _digital_rows, _write

    from dataexam import api, cli
    from dataexam.issue_codes import IssueKind
    from dataexam_parsers import amazon as amazon_parser

    monkeypatch.setattr(amazon_parser, "GROUP_ROWS_CAP", cap)
    root = _write(tmp_path / "x", "Your Orders/Your Amazon Orders/Digital Content Orders.csv",
                  _csv(DIGITAL_HEADER, _digital_rows(orders), quote_all=False))
    stats = api.RunStats()
    read = [e for e in api.timeline([root], stats=stats) if e.kind == "amazon.digital_order"]
    (issue,) = stats.issues
    assert (issue.code, issue.kind, issue.nothing_read) == ("limit", IssueKind.NOTE, False)
    assert issue.message == (f"more than {cap:,} rows: every row was read, but an order's rows are joined within "
                             f"each {cap:,} rows only (one order's rows further apart may be read as two records)")
    assert cli._issues_claim(stats) == ", no fault in reading: every file given was read to its end:"
    # every row kept: the rows (each order's price, then every tax) joined within each ``cap`` rows, an order's two
    # rows in two records where a cap falls between them
    rows = [*range(orders), *range(orders)]
    assert len(read) == len({(k // cap, order) for k, order in enumerate(rows)})
    assert sorted({e.attrs["order_id"] for e in read}) == [f"D01-{i:07d}-0000001" for i in range(1, orders + 1)]
