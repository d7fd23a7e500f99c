"""A zip cut inside a file's data is one fault, said by one issue (INP51; INP50 counted two lines once): the zip's
truncated-zip line ("N complete file(s) were read, and data/like.js as far as it goes: the zip ends inside it") and the
cut file's own corrupt-member line ("cut off after 191 records") said the one cut twice — INP50 marked the second
``same_fault`` and the header and ``tally`` patched the count, while ``parse_issues.total`` / ``by_code`` and a
batch's ``issues_total`` still counted two. Now the zip's line, given when the cut file is read, names the file and
after which of its records the cut came; every count counts it once, and every JSON issue says its ``kind`` and
``nothing_read``.

X and Facebook zips (built here from the fixtures, the cut file made long), each cut into different files' data,
read by the CLI at --jobs 1 and 2. Synthetic data only."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from test_zip_cut import N, _cut, _facebook_files, _x_files, _zip
from test_zip_cut_header import _report

from dataexam import api
from dataexam.events import ParseIssue
from dataexam.issue_codes import NOTHING_READ, IssueKind, tally


def _x_two() -> dict[str, bytes]:
    files, _tweets = _x_files()
    likes = [{"like": {"tweetId": str(2000 + i), "fullText": f"liked post number {i:03d}",
                       "expandedUrl": f"https://twitter.com/i/web/status/{2000 + i}"}} for i in range(N)]
    files["data/like.js"] = ("window.YTD.like.part0 = " + json.dumps(likes, indent=1)).encode()
    return files


def _facebook_two() -> dict[str, bytes]:
    files, _posts = _facebook_files()
    comments = [{"timestamp": 1633000000 + 60 * i,
                 "data": [{"comment": {"timestamp": 1633000000 + 60 * i, "comment": f"comment number {i:03d}",
                                       "author": "Ines Varga"}}], "title": "Ines Varga commented on a post."}
                for i in range(N)]
    files["comments_and_reactions/comments.json"] = json.dumps({"comments_v2": comments}, indent=2).encode()
    return files


CASES = [
    (_x_two, "twitter-2024-05-01-abc123.zip", "data/tweets.js", "twitter.tweet"),
    (_x_two, "twitter-2024-05-01-abc123.zip", "data/like.js", "twitter.like"),
    (_facebook_two, "facebook-inesvarga.zip", "posts/your_posts_1.json", "facebook.post"),
    (_facebook_two, "facebook-inesvarga.zip", "comments_and_reactions/comments.json", "facebook.comment"),
]


@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.parametrize(("make", "name", "member", "kind"), CASES,
                         ids=["x-tweets", "x-likes", "facebook-posts", "facebook-comments"])
def test_a_zip_cut_inside_a_file_s_data_is_one_fault(tmp_path: Path, make: Callable[[], dict[str, bytes]],
                                                     name: str, member: str, kind: str, jobs: int) -> None:
    files = make()
    # the cut file first of the data files after the fixtures' own: every later file lost with the zip's end
    order = [k for k in files if k != member]
    files = {**{k: files[k] for k in order[: len(order) // 2]}, member: files[member],
             **{k: files[k] for k in order[len(order) // 2:]}}
    data, _present = _cut(_zip(files, zipfile.ZIP_DEFLATED), member, 0.5)
    z = tmp_path / name
    z.write_bytes(data)
    report, stderr = _report(z, tmp_path / "r.json", jobs)
    issues = report["inputs"]["parse_issues"]
    total = issues["total"]
    # one issue of the cut: no corrupt-member line beside the zip's, every count the same
    assert sum(issues["by_code"].values()) == total and "corrupt-member" not in issues["by_code"]
    assert issues["by_code"]["truncated-zip"] == 1
    assert f"warning: {total} parse issue(s); records before each fault were kept" in stderr
    assert "counted once" not in stderr
    assert f"duplicate(s) dropped, {total} parse issue(s))" in stderr  # the line saying where the report went
    before = list(files).index(member)
    stats = api.RunStats()
    kept = sum(1 for e in api.timeline(z, stats=stats) if e.kind == kind and e.origin.member.endswith(member))
    assert 0 < kept < N
    # the zip's line says how far the cut file was read, and that the rest and the files after it are lost
    assert (f"{before} complete file(s) were read, and {member} as far as it goes: the zip ends inside it; {member} "
            f"is cut off after {kept} records: the records before the cut were kept; the rest of it and every file "
            f"after it in {name} are lost" in stderr)
    [cut] = [i for i in stats.issues if i.code == "truncated-zip"]
    assert not [i for i in stats.issues if i.code == "corrupt-member"]
    assert (cut.member, cut.position, cut.kind, cut.nothing_read) == (member, f"after {kept} records",
                                                                      IssueKind.STOPS, False)
    assert sum(stats.issue_kinds[k.value] for k in IssueKind) == stats.issue_count
    notes = {n["code"]: n for n in issues["notes"]}
    assert {k: notes["truncated-zip"][k] for k in ("kind", "nothing_read", "file")} == \
        {"kind": "stops", "nothing_read": False, "file": member}
    assert "same_fault" not in notes["truncated-zip"]


def test_two_cut_zips_count_each_cut_once(tmp_path: Path) -> None:
    """Two downloads, each cut inside a different file: "2 cut files' own lines …", each fault counted once."""
    x = tmp_path / "twitter-2024-05-01-abc123.zip"
    x.write_bytes(_cut(_zip(_x_two(), zipfile.ZIP_DEFLATED), "data/like.js", 0.4)[0])
    fb = tmp_path / "facebook-inesvarga.zip"
    fb.write_bytes(_cut(_zip(_facebook_two(), zipfile.ZIP_DEFLATED), "comments_and_reactions/comments.json",
                        0.6)[0])
    stats = api.RunStats()
    for _e in api.timeline([x, fb], stats=stats):
        pass
    cuts = [i for i in stats.issues if i.code == "truncated-zip"]
    assert sorted(i.member.rsplit("/", 1)[-1] for i in cuts) == ["comments.json", "like.js"]
    assert all("is cut off after" in i.message for i in cuts)
    assert stats.issue_count == sum(stats.issue_kinds[k.value] for k in IssueKind)
    assert not [i for i in stats.issues if i.code == "corrupt-member"]


def _issue(code: str, message: str, member: str = "data/like.js", **given: object) -> ParseIssue:
    return ParseIssue(archive="x.zip", member=member, code=code, message=message, **given)  # type: ignore[arg-type]


@pytest.mark.parametrize(("issue", "said"), [
    (_issue("bad-date", "a time not understood", position="record 3"),
     {"kind": "read-on", "nothing_read": False}),
    (_issue("count-mismatch", "holds 2 records where data/manifest.js lists 3"),
     {"kind": "note", "nothing_read": False}),
    (_issue("encrypted-member", "password-protected: not read"),
     {"kind": "stops", "nothing_read": True}),
    (_issue("bad-record", "ended the file", position="after 2 records", kind=IssueKind.STOPS),
     {"kind": "stops", "nothing_read": False}),
    (_issue("truncated-zip", "directory cut", member="", kind=IssueKind.NOTE),
     {"kind": "note", "nothing_read": False}),
    (_issue("truncated-zip", "cut inside data/like.js before its first record", position="before the first record",
            nothing_read=True),
     {"kind": "stops", "nothing_read": True}),
], ids=["read-on", "note", "skipped-whole", "stop-of-another-code", "directory-cut", "cut-file"])
def test_every_json_issue_says_its_kind(issue: ParseIssue, said: dict[str, object]) -> None:
    out = issue.to_dict()
    assert {k: out[k] for k in said} == said
    assert json.loads(json.dumps(out)) == out
    assert "same_fault" not in out
    counts = tally([issue])
    assert counts[said["kind"]] == 1  # type: ignore[index]
    assert counts[NOTHING_READ] == (1 if said["nothing_read"] else 0)


def test_scan_and_a_redacted_report_say_each_issue_s_kind(tmp_path: Path) -> None:
    """``scan --json``'s issue_files and ``report --redact``'s notes keep kind and nothing_read (no file is named by
    them); the cut is one issue there too."""
    from dataexam.report.redact import redact

    z = tmp_path / "facebook-inesvarga.zip"
    z.write_bytes(_cut(_zip(_facebook_two(), zipfile.ZIP_DEFLATED), "comments_and_reactions/comments.json", 0.5)[0])
    [result] = [r for r in api.scan(z) if r.is_export]
    said = {f["code"]: (f["kind"], f["nothing_read"]) for f in result.issue_files}
    assert said == {"truncated-zip": ("stops", False)}
    stats = api.RunStats()
    for _e in api.timeline(z, stats=stats):
        pass
    redacted = redact({"inputs": {"parse_issues": api.run_facts(stats)["parse_issues"]}})
    notes = redacted["inputs"]["parse_issues"]["notes"]
    assert [(n["code"], n["file"], n["kind"], n["nothing_read"]) for n in notes] == [
        ("truncated-zip", None, "stops", False)]


@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.parametrize("member", ["comments_and_reactions/comments.json", "posts/your_posts_1.json"])
def test_a_zip_cut_before_the_cut_file_s_first_record_says_nothing_of_it_was_read(tmp_path: Path, member: str,
                                                                                  jobs: int) -> None:
    """T48C M1: a Facebook zip cut 3 bytes into its last file's data (none of its records read): the header said
    "1 parse issue(s) (… counted once); records before each fault were kept" → the one issue, the zip's, says none of
    the file's records could be read, and the header says nothing was kept."""
    files = _facebook_two()
    files = {**{k: v for k, v in files.items() if k != member}, member: files[member]}  # the cut file last
    whole = _zip(files, zipfile.ZIP_STORED)
    info = zipfile.ZipFile(io.BytesIO(whole)).getinfo(member)
    data, _present = _cut(whole, member, 3 / info.compress_size)
    z = tmp_path / "facebook-inesvarga.zip"
    z.write_bytes(data)
    report, stderr = _report(z, tmp_path / "r.json", jobs)
    assert "warning: 1 parse issue(s):" in stderr
    assert "records before each fault were kept" not in stderr
    assert f"{member} is cut off before its first record: none of its records could be read" in stderr
    assert report["inputs"]["parse_issues"]["by_code"] == {"truncated-zip": 1}
