"""The report says the issues that change what an export's records mean in words (``inputs.parse_issues.notes``),
in JSON, text, Markdown and HTML, not only counted: T42B L found an X archive's "data/like.js holds 69 records where
data/manifest.js lists 443: it may be from another download of the account" on stderr alone, the report saying
"Parse issues 2 (count-mismatch 2)". Redacted reports keep the code and the wording, not the names."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from test_parts_and_owners import _counted_x_archive, _x_archive

from dataexam import api
from dataexam.registry import load_registry

REGISTRY = load_registry()
SCHEMA = json.loads((Path(api.__file__).parent / "schemas" / "report.schema.json").read_text(encoding="utf-8"))
LIKES = ("data/like.js holds 1 record where data/manifest.js lists 3: it may be from another download of the "
         "account")
FOLLOWING = ("data/following.js holds 1 record where data/manifest.js lists 2: it may be from another download of "
             "the account")


def _x_changed(tmp_path: Path, name: str, member: str, change: Callable[[bytes], bytes]) -> Path:
    """``<name>.zip``: the archive of :func:`_counted_x_archive` (3 likes listed, 3 held) with the bytes of the
    member whose path ends in ``member`` changed by ``change``."""
    import zipfile

    src = tmp_path / f"src-{name}.zip"
    _counted_x_archive(src, 3, 2, split=False)
    out = tmp_path / f"{name}.zip"
    with zipfile.ZipFile(src) as a, zipfile.ZipFile(out, "w") as b:
        for path in a.namelist():
            body = a.read(path)
            b.writestr(path, change(body) if path.endswith(member) else body)
    src.unlink()
    return out


def _cut_likes(body: bytes) -> bytes:
    """like.js cut after 2 of its 3 likes."""
    return body[: body.index(b"}}, {") + 3]


def _report(paths: list[Path], out: Path, *extra: str) -> str:
    run = [sys.executable, "-m", "dataexam", "report", *map(str, paths), "-o", str(out), *extra]
    done = subprocess.run(run, capture_output=True, text=True, timeout=300, env={**os.environ, "NO_COLOR": "1"})
    assert done.returncode == 0, done.stderr
    return out.read_text(encoding="utf-8")


@pytest.mark.parametrize("split", [False, True])
def test_a_count_mismatch_is_said_in_every_report_format(tmp_path: Path, split: bool) -> None:
    _counted_x_archive(tmp_path / "a.zip", 1, 1, split=split)
    paths = sorted(p for p in tmp_path.iterdir() if p.suffix == ".zip")
    data = json.loads(_report(paths, tmp_path / "r.json", "-f", "json"))
    jsonschema.validate(data, SCHEMA)
    notes = data["inputs"]["parse_issues"]["notes"]
    # split: like.js and following.js sit at the second zip's top, and the note names them so (T43B L)
    assert sorted(n["message"] for n in notes) == ([f[len("data/"):] for f in (FOLLOWING, LIKES)] if split
                                                   else [FOLLOWING, LIKES])
    assert {n["code"] for n in notes} == {"count-mismatch"}
    assert {n["file"].rsplit("/", 1)[-1] for n in notes} == {"like.js", "following.js"}
    assert {n["export"] for n in notes} <= {"a.zip", "a-b.zip"}
    likes, following = (LIKES[len("data/"):], FOLLOWING[len("data/"):]) if split else (LIKES, FOLLOWING)
    text = _report(paths, tmp_path / "r.txt", "-f", "text")
    assert "Input notes" in text and likes.split(":")[0] in " ".join(text.split())
    markdown = _report(paths, tmp_path / "r.md", "-f", "markdown")
    assert f"| Input notes | {following} |" in markdown or f"| Input notes | {likes} |" in markdown
    assert f"|  | {likes} |" in markdown or f"|  | {following} |" in markdown
    html = _report(paths, tmp_path / "r.html", "-f", "html")
    assert "Input notes" in html and f"{likes.split(':')[0]}" in html


def test_a_missing_part_is_said_and_a_whole_archive_says_nothing(tmp_path: Path) -> None:
    part = tmp_path / "twitter-2024-05-01-abc123-part1.zip"
    _x_archive(part, with_dms=False)
    data = json.loads(_report([part], tmp_path / "r.json", "-f", "json"))
    [note] = data["inputs"]["parse_issues"]["notes"]
    assert note == {"code": "missing-part", "export": part.name, "file": None, "message": (
        "data/manifest.js lists data/tweets-part1.js (4 records), data/direct-messages.js (1 record), which are not "
        "among the inputs: their records are not read (X delivers a large archive in several zips: give every "
        "part)"), "kind": "note", "nothing_read": False}
    whole = tmp_path / "whole"
    whole.mkdir()
    _counted_x_archive(whole / "a.zip", 3, 2, split=False)
    data = json.loads(_report([whole / "a.zip"], tmp_path / "w.json", "-f", "json"))
    assert data["inputs"]["parse_issues"]["notes"] == []
    assert "Input notes" not in _report([whole / "a.zip"], tmp_path / "w.txt", "-f", "text")


def test_several_exports_name_the_note_s_export_and_redaction_keeps_the_wording_only(tmp_path: Path) -> None:
    from helpers import FIXTURES

    part = tmp_path / "twitter-2024-05-01-abc123-part1.zip"
    _x_archive(part, with_dms=False)
    markdown = _report([part, FIXTURES / "amazon" / "legacy"], tmp_path / "r.md", "-f", "markdown")
    assert (f"| Input notes | {part.name}: data/manifest.js lists data/tweets-part1.js (4 records), "
            "data/direct-messages.js (1 record), which are not among the inputs") in markdown
    data = json.loads(_report([part], tmp_path / "one.json", "-f", "json", "--redact"))
    assert data["redacted"] is True
    jsonschema.validate(data, SCHEMA)
    [note] = data["inputs"]["parse_issues"]["notes"]
    assert note["export"] is None and note["file"] is None and note["message"].startswith(
        "data/manifest.js lists data/tweets-part1.js (4 records)")
    assert part.name not in json.dumps(data)


def test_notes_are_kept_past_the_kept_issues_cap_and_said_once() -> None:
    from dataexam.events import ParseIssue

    stats = api.RunStats()
    for n in range(api.MAX_KEPT_ISSUES + 5):
        stats.add_issue(ParseIssue(archive="x.zip", member="data/tweets.js", code="bad-record", message="odd",
                                   position=f"record {n}"))
    for _ in range(2):
        stats.add_issue(ParseIssue(archive="x.zip", member="data/like.js", code="count-mismatch", message=LIKES))
    assert [n.message for n in stats.notes] == [LIKES]
    facts = api.run_facts(stats)
    assert facts["parse_issues"]["notes"] == [{"code": "count-mismatch", "export": "x.zip", "file": "data/like.js",
                                               "message": LIKES, "kind": "note", "nothing_read": False}]


def test_a_redacted_report_keeps_no_file_name_of_a_cut_zip(tmp_path: Path) -> None:
    """T43 H1: a Facebook zip cut inside a Messenger thread — the truncated-zip note named the thread's folder (a
    friend's name) in a --redact report; its redacted wording names no file."""
    import zipfile

    full = tmp_path / "full.zip"
    thread = "your_activity_across_facebook/messages/inbox/stefanlehner_4596859828/message_1.json"
    body = json.dumps({"participants": [{"name": "Stefan Lehner"}, {"name": "Jane Doe"}],
                       "messages": [{"sender_name": "Jane Doe", "timestamp_ms": 1700000000000 + n * 60000,
                                     "content": f"hello {n} " + "x" * 200} for n in range(400)]})
    with zipfile.ZipFile(full, "w", zipfile.ZIP_STORED) as z:
        z.writestr("personal_information/profile_information/profile_information.json",
                   json.dumps({"profile_v2": {"name": {"full_name": "Jane Doe"}}}))
        z.writestr(thread, body)
    cut = tmp_path / "facebook-jane 2024.zip"
    cut.write_bytes(full.read_bytes()[: len(full.read_bytes()) // 2])
    plain = json.loads(_report([cut], tmp_path / "plain.json", "-f", "json"))
    [note] = [n for n in plain["inputs"]["parse_issues"]["notes"] if n["code"] == "truncated-zip"]
    assert "stefanlehner" in note["message"]  # unredacted: the cut file is named
    for form in ("json", "markdown", "text", "html"):
        out = _report([cut], tmp_path / f"r.{form}", "-f", form, "--redact")
        assert "stefanlehner" not in out and "Stefan" not in out
    data = json.loads(_report([cut], tmp_path / "r2.json", "-f", "json", "--redact"))
    [note] = [n for n in data["inputs"]["parse_issues"]["notes"] if n["code"] == "truncated-zip"]
    assert note == {"code": "truncated-zip", "export": None, "file": None, "message": (
        "a zip file is incomplete or its directory is damaged (was the download interrupted?): the files after the "
        "cut were not read"), "kind": "stops", "nothing_read": False}
    jsonschema.validate(data, SCHEMA)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_file_cut_short_is_an_input_note(tmp_path: Path, jobs: str) -> None:
    """T43 M: an X archive's like.js cut after 2 of its 3 likes was only counted ("bad-json (1)"): the note names
    the file and what was lost; redacted, a fixed wording."""
    cut = _x_changed(tmp_path, "twitter-cut", "/like.js", _cut_likes)
    data = json.loads(_report([cut], tmp_path / "r.json", "-f", "json", "--jobs", jobs))
    [note] = [n for n in data["inputs"]["parse_issues"]["notes"] if n["code"] == "bad-json"]
    assert note["file"].endswith("data/like.js") and note["message"].startswith("JSON ends early (file truncated?)")
    text = " ".join(_report([cut], tmp_path / "r.txt", "-f", "text", "--jobs", jobs).split())
    assert "Input notes twitter-2024/data/like.js: JSON ends early (file truncated?)" in text
    data = json.loads(_report([cut], tmp_path / "x.json", "-f", "json", "--redact", "--jobs", jobs))
    [note] = [n for n in data["inputs"]["parse_issues"]["notes"] if n["code"] == "bad-json"]
    assert note["message"] == "a file's JSON is cut short or damaged: the records after the fault were not read"


def _cut_x_and_broken_facebook(tmp_path: Path, threads: int = 25) -> tuple[Path, Path]:
    """T43B M1: an X archive whose like.js is cut after 2 of its 3 likes beside a Facebook zip holding ``threads``
    Messenger threads replaced by empty files (each ``bad-shape``: nothing was read from it)."""
    import zipfile

    cut = _x_changed(tmp_path, "twitter-cut", "/like.js", _cut_likes)
    fb = tmp_path / "facebook-jane.zip"
    with zipfile.ZipFile(fb, "w") as z:
        z.writestr("personal_information/profile_information/profile_information.json",
                   json.dumps({"profile_v2": {"name": {"full_name": "Jane Doe"}}}))
        z.writestr("your_activity_across_facebook/messages/inbox/friend_1/message_1.json", json.dumps(
            {"participants": [{"name": "Friend"}, {"name": "Jane Doe"}],
             "messages": [{"sender_name": "Jane Doe", "timestamp_ms": 1700000000000, "content": "hi"}]}))
        for n in range(threads):
            z.writestr(f"your_activity_across_facebook/messages/inbox/katrinvoss{n}_{4500 + n}/message_1.json", "")
    return cut, fb


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_each_export_keeps_its_own_notes_and_the_rest_are_counted(tmp_path: Path, jobs: str) -> None:
    """T43B M1: 25 broken threads of a Facebook zip filled the 20 notes, the X archive's cut like.js beside it was in
    none and nothing said 7 were left out. Each export keeps its first 10; the rest are counted per export."""
    cut, fb = _cut_x_and_broken_facebook(tmp_path)
    data = json.loads(_report([fb, cut], tmp_path / "r.json", "-f", "json", "--jobs", jobs))
    jsonschema.validate(data, SCHEMA)
    notes = data["inputs"]["parse_issues"]["notes"]
    assert [n["code"] for n in notes if n["export"] == cut.name] == ["bad-json"]
    shaped = [n for n in notes if n["export"] == fb.name]
    assert len(shaped) == 10 and {n["code"] for n in shaped} == {"bad-shape"}
    assert all(n["file"].endswith("/message_1.json") for n in shaped)
    assert data["inputs"]["parse_issues"]["notes_left_out"] == [{"export": fb.name, "count": 15}]
    text = " ".join(_report([fb, cut], tmp_path / "r.txt", "-f", "text", "--jobs", jobs).split())
    assert f"15 more notes not shown (15 of {fb.name}): the parse issues above count them" in text
    assert f"{cut.name}: twitter-2024/data/like.js: JSON ends early (file truncated?)" in text
    redacted = _report([fb, cut], tmp_path / "x.json", "-f", "json", "--redact", "--jobs", jobs)
    assert "katrinvoss" not in redacted and fb.name not in redacted and cut.name not in redacted
    data = json.loads(redacted)
    jsonschema.validate(data, SCHEMA)
    assert data["inputs"]["parse_issues"]["notes_left_out"] == [{"export": None, "count": 15}]
    assert {n["message"] for n in data["inputs"]["parse_issues"]["notes"] if n["code"] == "bad-shape"} == {
        "a file is not of the shape its export writes: nothing was read from it"}
    for form in ("text", "markdown", "html"):
        out = _report([fb, cut], tmp_path / f"x.{form}", "-f", form, "--redact", "--jobs", jobs)
        assert "katrinvoss" not in out and fb.name not in out
        assert "15 more notes not shown" in " ".join(out.split())


def test_the_run_keeps_thirty_notes_and_one_export_ten() -> None:
    from dataexam.events import ParseIssue

    stats = api.RunStats()
    for e in range(4):
        for n in range(12):
            stats.add_issue(ParseIssue(archive=f"/in/e{e}.zip", member=f"f{n}.json", code="bad-json", message="cut"))
    assert [sum(n.archive == f"/in/e{e}.zip" for n in stats.notes) for e in range(4)] == [10, 10, 10, 0]
    assert stats.notes_left_out == {"/in/e0.zip": 2, "/in/e1.zip": 2, "/in/e2.zip": 2, "/in/e3.zip": 12}
    assert api.run_facts(stats)["parse_issues"]["notes_left_out"] == [
        {"export": "e0.zip", "count": 2}, {"export": "e1.zip", "count": 2}, {"export": "e2.zip", "count": 2},
        {"export": "e3.zip", "count": 12}]
    # a left-out file whose issue comes again, in the same or another wording, is counted once (T44B: it was 13, then
    # 14; "count files once"); a new file of that export is one more
    stats.add_issue(ParseIssue(archive="/in/e3.zip", member="f0.json", code="bad-json", message="cut"))
    stats.add_issue(ParseIssue(archive="/in/e3.zip", member="f0.json", code="bad-shape", message="empty"))
    assert stats.notes_left_out["/in/e3.zip"] == 12
    stats.add_issue(ParseIssue(archive="/in/e3.zip", member="f99.json", code="bad-json", message="cut"))
    assert stats.notes_left_out["/in/e3.zip"] == 13


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize(("change", "code", "message"), [
    (lambda b: b[: b.index(b'"dataTypes"') + 40], "bad-json",
     "JSON ends early (file truncated?): the files it lists and their counts were not read, so neither a part of the "
     "archive missing nor a file of another download can be told"),
    # T44B: a manifest unreadable from its first byte says its counts were not compared, as one cut later does
    (lambda b: b.decode().encode("utf-16"), "bad-shape",
     "expected an object at the top level, found UTF-16 text where the export writes UTF-8 (was the file saved again "
     "by an editor?): the files it lists and their counts were not read, so neither a part of the archive missing "
     "nor a file of another download can be told"),
    (lambda b: b.decode().encode("utf-16-le"), "bad-shape",
     "expected an object at the top level, found UTF-16 text where the export writes UTF-8 (was the file saved again "
     "by an editor?): the files it lists and their counts were not read, so neither a part of the archive missing "
     "nor a file of another download can be told"),
])
def test_a_manifest_that_cannot_be_read_whole_is_an_input_note(tmp_path: Path, change: Any, code: str, message: str,
                                                                jobs: str) -> None:
    """T43B L: a data/manifest.js cut mid-JSON raised no issue (its counts were silently not compared), and one saved
    as UTF-16 was "found no JSON value": each is a note naming the file and what was lost."""
    archive = _x_changed(tmp_path, "x", "/manifest.js", change)
    data = json.loads(_report([archive], tmp_path / "r.json", "-f", "json", "--jobs", jobs))
    assert data["inputs"]["parse_issues"]["notes"] == [
        {"code": code, "export": archive.name, "file": "twitter-2024/data/manifest.js", "message": message,
         "kind": "stops", "nothing_read": False}]


@pytest.mark.parametrize(("count", "issues"), [
    (b'"3"', []),
    (b'"abc"', ["data/manifest.js lists data/like.js with a count that is no number of records: its records are "
                "not compared with it"]),
    (b'"-1"', ["data/manifest.js lists data/like.js with a count that is no number of records: its records are "
               "not compared with it"]),
])
def test_a_manifest_count_that_is_no_number_is_said(tmp_path: Path, count: bytes, issues: list[str]) -> None:
    archive = _x_changed(tmp_path, "x", "/manifest.js", lambda b: b.replace(b'"count": "3"', b'"count": ' + count))
    stats = api.RunStats()
    list(api.timeline([archive], registry=REGISTRY, stats=stats))
    assert [i.message for i in stats.issues] == issues


@pytest.mark.parametrize(("body", "found"), [
    (json.dumps({"participants": [], "messages": []}).encode("utf-16"),
     "found UTF-16 text where the export writes UTF-8 (was the file saved again by an editor?)"),
    (b"[1, 2]", "found an array"),
])
def test_a_messenger_thread_not_an_object_says_what_it_holds(tmp_path: Path, body: bytes, found: str) -> None:
    """T44 M3: a Messenger thread saved as UTF-16 said "expected an object at the top level" only (the X parser named
    the encoding); the Facebook thread names it too."""
    import zipfile

    fb = tmp_path / "facebook-jane.zip"
    with zipfile.ZipFile(fb, "w") as z:
        z.writestr("personal_information/profile_information/profile_information.json",
                   json.dumps({"profile_v2": {"name": {"full_name": "Jane Doe"}}}))
        z.writestr("your_activity_across_facebook/messages/inbox/friend_1/message_1.json", body)
    stats = api.RunStats()
    list(api.timeline([fb], registry=REGISTRY, stats=stats))
    assert [(n.code, n.message) for n in stats.notes] == [
        ("bad-shape", f"expected an object at the top level, {found}; nothing was read")]
