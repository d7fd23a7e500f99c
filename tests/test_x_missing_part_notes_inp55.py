"""An X archive delivered in several zips, one not given (none cut): its long posts whose tweets are in the missing
zip were one "a long post that matches no tweet …" line each; now one line with their count (INP55 4). A zip of X's
holding only its page (Your archive.html), or cut after it, was "no file of a known Facebook, Twitter/X or Amazon
export was found"; now it says what it is. Invented export from the zip-cut tests' builders
(tests.test_zip_cut_one_fault._x_two), three long posts added.
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from test_zip_cut import _zip
from test_zip_cut_one_fault import _x_two

from dataexam import api
from dataexam.errors import NothingRecognised


def _note(i: int) -> dict[str, object]:
    # long posts of seconds no tweet of the zip given has (their tweets in tweets-part1.js, not given)
    return {"noteTweet": {"noteTweetId": f"17000000000000001{i:02d}", "createdAt": f"2023-11-0{i + 1}T08:00:00.000Z",
                          "updatedAt": f"2023-11-0{i + 1}T08:00:00.000Z",
                          "core": {"text": f"A long post number {i} about tides and sediment. " * 8}}}


@pytest.mark.parametrize("jobs", [1, 2])
def test_long_posts_of_a_part_not_given_are_said_once(tmp_path: Path, jobs: int) -> None:
    files = {k: v for k, v in _x_two().items() if k != "data/tweets-part1.js"}
    files["data/note-tweet.js"] = ("window.YTD.note_tweet.part0 = " + json.dumps([_note(i) for i in range(3)])).encode()
    path = tmp_path / "twitter-2024-05-01-abc123.zip"
    path.write_bytes(_zip(files, zipfile.ZIP_DEFLATED))
    stats = api.RunStats()
    for _ in api.timeline(str(path), stats=stats, jobs=jobs):
        pass
    said = [(i.code, i.member, i.position, i.message) for i in stats.issues if i.code in ("bad-record", "missing-part")]
    assert said == [
        ("bad-record", "data/note-tweet.js", "record 0",
         "3 long posts of data/note-tweet.js match no tweet read: their tweets may be in the part of the archive not "
         "given (see its missing-part issue); their full text is on no event"),
        ("missing-part", "", None,
         "data/manifest.js lists data/tweets-part1.js (2 records), which is not among the inputs: its records are not "
         "read (X delivers a large archive in several zips: give every part)")]


_PAGE = b"<!DOCTYPE html><html><head><title>Your X data</title></head><body>" + b"x" * 3000 + b"</body></html>"
_PAGE_ONLY = ("only the page of an X archive was found (Your archive.html), none of its data files (data/*.js), which "
              "are what dataexam reads: give the whole archive (X delivers a large one in several zips)")


def _refusal(path: Path) -> str:
    with pytest.raises(NothingRecognised) as caught:
        for _ in api.timeline(str(path), stats=api.RunStats()):
            pass
    return str(caught.value)


def test_the_zip_of_x_s_several_holding_only_the_page_says_what_it_is(tmp_path: Path) -> None:
    path = tmp_path / "twitter-2024-05-01-abc123-part2.zip"
    path.write_bytes(_zip({"Your archive.html": _PAGE}, zipfile.ZIP_DEFLATED))
    assert _refusal(path) == f"{path}: not a recognised export ({_PAGE_ONLY})"


def test_an_x_zip_cut_after_its_page_says_what_it_is_and_the_cut(tmp_path: Path) -> None:
    whole = _zip({"Your archive.html": _PAGE, **_x_two()}, zipfile.ZIP_STORED)
    second = zipfile.ZipFile(io.BytesIO(whole)).infolist()[1]
    path = tmp_path / "twitter-2024-05-01-abc123.zip"
    path.write_bytes(whole[: second.header_offset + 40])
    assert _refusal(path) == (
        f"{path}: not a recognised export ({_PAGE_ONLY}; 1 file(s) or folder(s) could not be read, e.g. the zip "
        "itself: the zip file is incomplete or its directory is damaged (was the download interrupted?); 1 complete "
        "file(s) were read; the zip ends inside the header of the file after Your archive.html (its name cut off at "
        "'assets/js/'); nothing of that file was read)")
