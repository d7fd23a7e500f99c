"""The report says the issues that change what an export's records mean in words (``inputs.parse_issues.notes``),
in JSON, text, Markdown and HTML, not only counted: T42B L found an X archive's "data/like.js holds 69 records where
data/manifest.js lists 443: it may be from another download of the account" on stderr alone, the report saying
"Parse issues 2 (count-mismatch 2)". Redacted reports keep the code and the wording, not the names."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

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
    assert sorted(n["message"] for n in notes) == [FOLLOWING, LIKES]
    assert {n["code"] for n in notes} == {"count-mismatch"}
    assert {n["file"].rsplit("/", 1)[-1] for n in notes} == {"like.js", "following.js"}
    assert {n["export"] for n in notes} <= {"a.zip", "a-b.zip"}
    text = _report(paths, tmp_path / "r.txt", "-f", "text")
    assert "Input notes" in text and LIKES.split(":")[0] in " ".join(text.split())
    markdown = _report(paths, tmp_path / "r.md", "-f", "markdown")
    assert f"| Input notes | {FOLLOWING} |" in markdown or f"| Input notes | {LIKES} |" in markdown
    assert f"|  | {LIKES} |" in markdown or f"|  | {FOLLOWING} |" in markdown
    html = _report(paths, tmp_path / "r.html", "-f", "html")
    assert "Input notes" in html and "data/like.js holds 1 record where data/manifest.js lists 3" in html


def test_a_missing_part_is_said_and_a_whole_archive_says_nothing(tmp_path: Path) -> None:
    part = tmp_path / "twitter-2024-05-01-abc123-part1.zip"
    _x_archive(part, with_dms=False)
    data = json.loads(_report([part], tmp_path / "r.json", "-f", "json"))
    [note] = data["inputs"]["parse_issues"]["notes"]
    assert note == {"code": "missing-part", "export": part.name, "file": None, "message": (
        "data/manifest.js lists data/tweets-part1.js (4 records), data/direct-messages.js (1 record), which are not "
        "among the inputs: their records are not read (X delivers a large archive in several zips: give every "
        "part)")}
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
                                               "message": LIKES}]


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
        "cut were not read")}
    jsonschema.validate(data, SCHEMA)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_file_cut_short_is_an_input_note(tmp_path: Path, jobs: str) -> None:
    """T43 M: an X archive's like.js cut after 2 of its 3 likes was only counted ("bad-json (1)"): the note names
    the file and what was lost; redacted, a fixed wording."""
    import zipfile

    src = tmp_path / "src.zip"
    _counted_x_archive(src, 3, 2, split=False)
    cut = tmp_path / "twitter-cut.zip"
    with zipfile.ZipFile(src) as a, zipfile.ZipFile(cut, "w") as b:
        for name in a.namelist():
            body = a.read(name)
            b.writestr(name, body[: body.index(b"}}, {") + 3] if name.endswith("/like.js") else body)
    data = json.loads(_report([cut], tmp_path / "r.json", "-f", "json", "--jobs", jobs))
    [note] = [n for n in data["inputs"]["parse_issues"]["notes"] if n["code"] == "bad-json"]
    assert note["file"].endswith("data/like.js") and note["message"].startswith("JSON ends early (file truncated?)")
    text = " ".join(_report([cut], tmp_path / "r.txt", "-f", "text", "--jobs", jobs).split())
    assert "Input notes twitter-2024/data/like.js: JSON ends early (file truncated?)" in text
    data = json.loads(_report([cut], tmp_path / "x.json", "-f", "json", "--redact", "--jobs", jobs))
    [note] = [n for n in data["inputs"]["parse_issues"]["notes"] if n["code"] == "bad-json"]
    assert note["message"] == "a file's JSON is cut short or damaged: the records after the fault were not read"
