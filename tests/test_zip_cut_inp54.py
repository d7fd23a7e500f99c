"""INP54: a cut zip says its cut once, and a zip cut inside a zip it holds is read up to the cut.

1. An X zip cut inside a file after ``data/manifest.js``, the files the manifest lists lost with the zip's end, gave
   two lines: the cut file's truncated-zip and a missing-part "… (the zip was cut short, see its truncated-zip issue
   …)" → the one truncated-zip line names the listed files lost with the cut (a file a handler reads, a photo no
   handler reads, a file the run's ``--kind`` leaves unread alike), with --jobs as without.
2. The long posts of ``note-tweet.js`` whose tweets were in that lost end: a bad-record "a long post that matches no
   tweet …" each → said once, in the cut's line.
3. A zip cut in the last bytes of ``data/manifest.js``'s data (T51 5): only a missing-part pointing at a truncated-zip
   issue that was not there → the cut's line, saying the manifest was read up to its files' list.
4. A zip of part zips cut inside a part zip: none of the part zip's files were read ("a zip cut inside a zip it holds
   is not read") → its files before the cut are read, one line says both zips' cut; a whole part zip in a cut zip of
   part zips, skipped ("nested zip inside a damaged zip was skipped"), is read.
"""

from __future__ import annotations

import hashlib
import io
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_issue_counts_inp51 import _cut_at, _last
from test_zip_cut import _amazon_files, _facebook_files, _zip
from test_zip_cut_header import _report
from test_zip_cut_one_fault import _x_two
from test_zip_stream_stored_inp53 import _zip_stream

from dataexam import api, parallel
from dataexam.events import ParseIssue

X_NAME = "twitter-2024-05-01-abc123.zip"
PREFIX = "the zip file is incomplete or its directory is damaged (was the download interrupted?); "
LOST = ("data/manifest.js lists data/tweets.js (5 records), data/tweets-part1.js (2 records), which are not in the "
        "part read: their records are not read (they may be in the zip's lost end or in another zip of the archive; "
        "download it again and give every part)")
NOTE_LOST = ("1 long post of data/note-tweet.js matches no tweet read: its tweet may be in the lost end (its full text "
             "is on no event)")
PHOTO = "data/tweets_media/1610000000000000004-Qm1ra0Ph.jpg"


def _issues(path: Path, jobs: int = 1, kinds: list[str] | None = None) -> tuple[int, list[ParseIssue]]:
    stats = api.RunStats()
    n = sum(1 for _e in api.timeline(path, stats=stats, jobs=jobs, kinds=kinds))
    return n, [i for i in stats.issues if i.code != "count-mismatch"]


def _x_photo_early() -> dict[str, bytes]:
    """The X archive with a photo of its tweets (no handler reads it) just before data/mute.js, after the manifest."""
    files = _x_two()
    photo = files.pop(PHOTO)
    out: dict[str, bytes] = {}
    for name, data in files.items():
        if name == "data/mute.js":  # (a photo's bytes do not deflate: 2,048 of them, a hash chain)
            out[PHOTO] = photo + b"".join(hashlib.sha256(bytes([i])).digest() for i in range(64))
        out[name] = data
    return out


@pytest.fixture
def shared_out(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(parallel, "MIN_PARALLEL_COST", 0)  # the small archive read by two processes at --jobs 2
    yield


# -- 1. a cut after the manifest: one line naming the listed files lost with it -------------------------------------

@pytest.mark.usefixtures("shared_out")
@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.parametrize("method", [zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED], ids=["stored", "deflated"])
@pytest.mark.parametrize(("make", "member", "into", "events", "said"), [
    (_x_two, "data/mute.js", 1, 423, "26 complete file(s) were read, and data/mute.js as far as it goes: the zip ends "
     "inside it; data/mute.js is cut off before its first record: none of its records could be read; the rest of it "
     f"and every file after it in {X_NAME} are lost"),
    (_x_photo_early, PHOTO, 30, 423, f"26 complete file(s) were read, and {PHOTO} as far as it goes: the zip ends "
     "inside it"),
], ids=["handler-reads-it", "no-handler"])
def test_a_cut_after_the_manifest_is_one_line_naming_the_files_lost(tmp_path: Path, make: object, member: str,
                                                                   into: int, events: int, said: str, method: int,
                                                                   jobs: int) -> None:
    z = tmp_path / X_NAME
    z.write_bytes(_cut_at(_zip(make(), method), member, into))  # type: ignore[operator]
    n, issues = _issues(z, jobs)
    assert n == events
    assert [(i.code, i.member, i.message) for i in issues] == [("truncated-zip", member, f"{PREFIX}{said}; {LOST}")]


def test_a_cut_file_the_run_s_kinds_leave_unread_names_the_files_lost(tmp_path: Path) -> None:
    z = tmp_path / X_NAME
    z.write_bytes(_cut_at(_zip(_x_two(), zipfile.ZIP_DEFLATED), "data/mute.js", 1))
    n, issues = _issues(z, kinds=["twitter.like"])
    assert n == 400
    assert [(i.code, i.member, i.message) for i in issues] == [
        ("truncated-zip", "data/mute.js", f"{PREFIX}26 complete file(s) were read, and data/mute.js as far as it goes: "
                                          f"the zip ends inside it; {LOST}")]


@pytest.mark.parametrize("jobs", [1, 2])
def test_the_report_says_a_cut_after_the_manifest_once(tmp_path: Path, jobs: int) -> None:
    z = tmp_path / X_NAME
    z.write_bytes(_cut_at(_zip(_x_two(), zipfile.ZIP_DEFLATED), "data/mute.js", 1))
    report, _stderr = _report(z, tmp_path / "r.json", jobs)
    issues = report["inputs"]["parse_issues"]
    assert [(n["code"], n["message"]) for n in issues["notes"] if n["code"] != "count-mismatch"] == [
        ("truncated-zip", f"{PREFIX}26 complete file(s) were read, and data/mute.js as far as it goes: the zip ends "
                          "inside it; data/mute.js is cut off before its first record: none of its records could be "
                          f"read; the rest of it and every file after it in {X_NAME} are lost; {LOST}")]


# -- 2. long posts whose tweets were lost with the cut: said once, in its line -------------------------------------

@pytest.mark.usefixtures("shared_out")
@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.parametrize(("member", "into", "said"), [
    # in the header of the file after note-tweet.js: the long post read whole, its tweet in the lost end
    ("data/periscope-account-information.js", 0, "28 complete file(s) were read; data/periscope-account-information.js "
     "is cut off before any of its data could be read"),
    ("data/mute.js", 1, "28 complete file(s) were read, and data/mute.js as far as it goes: the zip ends inside it; "
     "data/mute.js is cut off before its first record: none of its records could be read; the rest of it and every "
     f"file after it in {X_NAME} are lost"),
], ids=["header-after-it", "file-after-it"])
def test_long_posts_whose_tweets_were_lost_are_said_in_the_cut_s_line(tmp_path: Path, member: str, into: int,
                                                                    said: str, jobs: int) -> None:
    files = _x_two()
    if member == "data/mute.js":  # the long posts before the cut file
        files = {**{k: v for k, v in files.items() if k != "data/note-tweet.js" and k < "data/mute.js"},
                 "data/note-tweet.js": files["data/note-tweet.js"],
                 **{k: v for k, v in files.items() if k >= "data/mute.js" and k != "data/note-tweet.js"}}
    z = tmp_path / X_NAME
    z.write_bytes(_cut_at(_zip(files, zipfile.ZIP_DEFLATED), member, into))
    _n, issues = _issues(z, jobs)
    assert [(i.code, i.message) for i in issues] == [("truncated-zip", f"{PREFIX}{said}; {LOST}; {NOTE_LOST}")]


def test_a_long_post_matching_no_tweet_of_a_whole_zip_is_still_said(tmp_path: Path) -> None:
    files = _x_two()
    files["data/note-tweet.js"] = files["data/note-tweet.js"].replace(b"2023-10-08", b"2021-10-08")  # no tweet's
    z = tmp_path / X_NAME
    z.write_bytes(_zip(files, zipfile.ZIP_DEFLATED))
    _n, issues = _issues(z)
    assert [(i.code, i.member, i.message) for i in issues] == [
        ("bad-record", "data/note-tweet.js", "a long post that matches no tweet of the tweets files (none of its "
                                             "second begins with its text); its full text is on no event")]


# -- 3. a cut in the manifest's last bytes -------------------------------------------------------------------------

@pytest.mark.parametrize("method", [zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED], ids=["stored", "deflated"])
@pytest.mark.parametrize("back", [3, 2, 1])
def test_a_cut_in_the_manifest_s_last_bytes_is_the_cut_s_line(tmp_path: Path, back: int, method: int) -> None:
    whole = _zip_stream(_x_two(), method)  # a download server's zip: sizes after the data
    info = zipfile.ZipFile(io.BytesIO(whole)).getinfo("data/manifest.js")
    end = info.header_offset + 30 + len(info.filename) + info.compress_size
    z = tmp_path / X_NAME
    z.write_bytes(whole[: end - back])
    n, issues = _issues(z)
    assert n == 423
    assert [(i.code, i.member, i.message) for i in issues] == [
        ("truncated-zip", "data/manifest.js", f"{PREFIX}25 complete file(s) were read, and data/manifest.js as far as "
                                              "it goes: the zip ends inside it; data/manifest.js is cut off after the "
                                              "files it lists, which were read with their counts; the rest of it and "
                                              f"every file after it in {X_NAME} are lost; {LOST}")]


def test_a_cut_in_the_last_manifest_s_last_bytes_loses_no_listed_file(tmp_path: Path) -> None:
    whole = _zip_stream(_last(_x_two(), "data/manifest.js"), zipfile.ZIP_DEFLATED)
    info = zipfile.ZipFile(io.BytesIO(whole)).getinfo("data/manifest.js")
    z = tmp_path / X_NAME
    z.write_bytes(whole[: info.header_offset + 30 + len(info.filename) + info.compress_size - 2])
    _n, issues = _issues(z)
    assert [(i.code, i.message) for i in issues] == [
        ("truncated-zip", f"{PREFIX}39 complete file(s) were read, and data/manifest.js as far as it goes: the zip "
                          "ends inside it; data/manifest.js is cut off after the files it lists, which were read with "
                          f"their counts; the rest of it and every file after it in {X_NAME} are lost")]


# -- 4. a zip of part zips cut inside a part zip --------------------------------------------------------------------

def _outer(tmp_path: Path, inner: bytes, name: str, method: int, fraction: float, before: bytes = b"") -> Path:
    files = {"a-part0.zip": before} if before else {}
    whole = _zip({**files, name: inner}, method)
    outer = tmp_path / "outer.zip"
    outer.write_bytes(whole[: int(len(whole) * fraction)])
    return outer


FB_INNER = "facebook-inesvarga-part1.zip"


@pytest.mark.usefixtures("shared_out")
@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.parametrize(("method", "events", "said"), [
    (zipfile.ZIP_STORED, 246, "of its files, 22 complete file(s) were read, and posts/your_posts_1.json as far as it "
     "goes: the zip ends inside it; outer.zip → facebook-inesvarga-part1.zip → posts/your_posts_1.json is cut off "
     "after 214 records: the records before the cut were kept; the rest of it and every file after it in "
     "facebook-inesvarga-part1.zip are lost"),
    (zipfile.ZIP_DEFLATED, 31, "of its files, 20 complete file(s) were read, and "
     "security_and_login_information/recognized_devices.json as far as it goes: the zip ends inside it; outer.zip → "
     "facebook-inesvarga-part1.zip → security_and_login_information/recognized_devices.json is cut off before its "
     "first record: none of its records could be read; the rest of it and every file after it in "
     "facebook-inesvarga-part1.zip are lost"),
], ids=["stored", "deflated"])
def test_a_zip_cut_inside_its_part_zip_reads_the_part_up_to_the_cut(tmp_path: Path, method: int, events: int,
                                                                   said: str, jobs: int) -> None:
    inner = _zip(_last(_facebook_files()[0], "posts/your_posts_1.json"), zipfile.ZIP_DEFLATED)
    outer = _outer(tmp_path, inner, FB_INNER, method, 2 / 3)
    n, issues = _issues(outer, jobs)
    assert n == events
    assert [(i.code, i.message) for i in issues] == [
        ("truncated-zip", f"{PREFIX}the zip ends inside its first file, {FB_INNER}, a zip itself; {said}")]


def test_a_whole_part_zip_before_the_cut_one_is_read(tmp_path: Path) -> None:
    # (was "nested zip inside a damaged zip was skipped": the whole part zip's 432 records lost)
    inner = _zip(_last(_facebook_files()[0], "posts/your_posts_1.json"), zipfile.ZIP_DEFLATED)
    whole_n, _ = _issues(_outer(tmp_path, inner, FB_INNER, zipfile.ZIP_STORED, 1.0))
    outer = _outer(tmp_path, inner, FB_INNER, zipfile.ZIP_STORED, 0.85, before=inner)
    n, issues = _issues(outer)
    assert whole_n == 432 and n == 432  # the same records twice (two copies of one part): each kept once
    assert [(i.code, i.message) for i in issues] == [
        # (each part zip an export of its own: the file named through the zips it is in, INP55 — it was named
        # inside its part zip only, no outer zip)
        ("truncated-zip", f"{PREFIX}1 complete file(s) were read, and {FB_INNER}, a zip itself, as far as it goes: "
                          "the zip ends inside it; of its files, 22 complete file(s) were read, and "
                          "posts/your_posts_1.json as far as it goes: the zip ends inside it; outer.zip → "
                          f"{FB_INNER} → posts/your_posts_1.json is cut off after 280 records: the records before the "
                          "cut were kept; "
                          "the rest of it and every file after it in facebook-inesvarga-part1.zip are lost")]


@pytest.mark.parametrize(("method", "events", "said"), [
    (zipfile.ZIP_STORED, 252, "of its files, 19 complete file(s) were read, and "
     "Retail.OrderHistory.1/Retail.OrderHistory.1.csv as far as it goes: the zip ends inside it; outer.zip → Your "
     "Orders.zip → Retail.OrderHistory.1/Retail.OrderHistory.1.csv is cut off after 227 records: the records before "
     "the cut were kept; the rest of it and every file after it in Your Orders.zip are lost"),
    (zipfile.ZIP_DEFLATED, 24, "of its files, 18 complete file(s) were read, and "
     "Retail.LightWeightInteractions/datasets/LightWeightInteractions/LightWeightInteractions.csv as far as it goes: "
     "the zip ends inside it; outer.zip → Your Orders.zip → "
     "Retail.LightWeightInteractions/datasets/LightWeightInteractions/LightWeightInteractions.csv is cut off before "
     "its first record: none of its records could be read; the rest of it and every file after it in Your "
     "Orders.zip are lost"),
], ids=["stored", "deflated"])
def test_an_amazon_zip_cut_inside_the_zip_it_is_in_reads_it_up_to_the_cut(tmp_path: Path, method: int, events: int,
                                                                          said: str) -> None:
    inner = _zip(_amazon_files()[0], zipfile.ZIP_DEFLATED)
    whole_n, _ = _issues(_outer(tmp_path, inner, "Your Orders.zip", method, 1.0))
    outer = _outer(tmp_path, inner, "Your Orders.zip", method, 0.5)
    n, issues = _issues(outer)
    assert (whole_n, n) == (438, events)
    assert [(i.code, i.message) for i in issues] == [("truncated-zip", f"{PREFIX}the zip ends inside its first file, "
                                                                       f"Your Orders.zip, a zip itself; {said}")]


def test_a_zip_cut_before_its_part_zip_s_first_file_says_so(tmp_path: Path) -> None:
    inner = _zip(_last(_facebook_files()[0], "posts/your_posts_1.json"), zipfile.ZIP_DEFLATED)
    whole = _zip({FB_INNER: inner}, zipfile.ZIP_DEFLATED)
    outer = tmp_path / "outer.zip"
    outer.write_bytes(whole[: 30 + len(FB_INNER) + 20])  # 20 bytes of its deflate stream: nothing inflated yet
    with pytest.raises(Exception) as caught:
        list(api.timeline(outer))
    assert str(caught.value) == (
        f"{outer}: the zip file is damaged or incomplete (its directory is missing; was the download interrupted?); "
        f"the zip ends inside its first file, {FB_INNER}, a zip itself, of which 20 bytes are in this zip: none of its "
        "files were read (the zip ends before any of its bytes could be inflated); download it again")


def test_a_deflated_part_zip_s_bytes_leave_no_file_behind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # its bytes are inflated into a private temporary file with no name: nothing of it is left in the temporary folder
    import tempfile

    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", None)
    inner = _zip(_last(_facebook_files()[0], "posts/your_posts_1.json"), zipfile.ZIP_DEFLATED)
    outer = _outer(tmp_path, inner, FB_INNER, zipfile.ZIP_DEFLATED, 2 / 3)
    exports = api.open_exports([outer])
    try:
        assert list(temp.iterdir()) == []  # (open: its bytes inflated already)
    finally:
        api.close_exports(exports)
    assert sum(1 for _e in api.timeline(outer)) == 31
    assert list(temp.iterdir()) == []
