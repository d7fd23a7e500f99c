"""Parse issues and odd inputs (INP52). Each was wrong before:

1. an X zip whose member is STORED, cut inside ``window.YTD.like.part0 =`` (before the JSON starts), said "data/like.js
   is cut off: its reading stopped before its first record (expected an array at the top level, found no JSON value;
   nothing was read)" where the same zip DEFLATED said "data/like.js is cut off before its first record: none of its
   records could be read" → both say the latter (jsonstream.skip_js_prefix reads on to the cut);
2. a Facebook profile_information.json listing the same profile twice said "each of its 2 profiles was read … (two
   names, two birthdays …)" of one name → "the profile in it was read; it is listed 2 times, the same profile each
   time, read once".

Zips built here from the fixtures (synthetic data), read by the API and the CLI at --jobs 1 and 2."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from test_facebook_profile_day import LIST, _read
from test_issue_counts_inp51 import _cut_at, _last
from test_zip_cut import _amazon_files, _facebook_files, _zip
from test_zip_cut_header import _report
from test_zip_cut_one_fault import _x_two

from dataexam import api

X_NAME = "twitter-2024-05-01-abc123.zip"


def _cut_messages(z: Path) -> list[str]:
    stats = api.RunStats()
    for _e in api.timeline(z, stats=stats):
        pass
    return [i.message.split("; ", 1)[1] for i in stats.issues if i.code == "truncated-zip"]


# -- 1. a cut inside a file's first bytes says the same, stored or deflated -----------------------------------------

@pytest.mark.parametrize("method", [zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED], ids=["stored", "deflated"])
@pytest.mark.parametrize(("name", "files", "member", "count"), [
    (X_NAME, _x_two, "data/like.js", 39),
    (X_NAME, _x_two, "data/tweets.js", 39),
    ("facebook-inesvarga.zip", lambda: _facebook_files()[0], "posts/your_posts_1.json", 22),
    ("amazon.zip", lambda: _amazon_files()[0], "Retail.OrderHistory.1/Retail.OrderHistory.1.csv", 27),
], ids=["x-like", "x-tweets", "facebook-posts", "amazon-orders"])
@pytest.mark.parametrize("into", [1, 3, 10, 21, 23])  # X: inside "window.YTD.like.part0 =", up to its "="
def test_a_cut_before_the_first_record_reads_the_same_stored_or_deflated(tmp_path: Path, name: str, files,  # type: ignore[no-untyped-def]
                                                                          member: str, count: int, into: int,
                                                                          method: int) -> None:
    z = tmp_path / name
    z.write_bytes(_cut_at(_zip(_last(files(), member), method), member, into))
    assert _cut_messages(z) == [
        f"{count} complete file(s) were read, and {member} as far as it goes: the zip ends inside it; {member} is cut "
        f"off before its first record: none of its records could be read; the rest of it and every file after it in "
        f"{name} are lost"]


@pytest.mark.parametrize("jobs", [1, 2])
def test_the_cli_says_the_stored_prefix_cut_as_the_deflated(tmp_path: Path, jobs: int) -> None:
    said = []
    for method in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        z = tmp_path / X_NAME
        z.write_bytes(_cut_at(_zip(_last(_x_two(), "data/like.js"), method), "data/like.js", 3))
        report, stderr = _report(z, tmp_path / "r.json", jobs)
        [cut] = [n for n in report["inputs"]["parse_issues"]["notes"] if n["code"] == "truncated-zip"]
        assert (cut["file"], cut["nothing_read"]) == ("data/like.js", True)
        assert "found no JSON value" not in stderr
        said.append(cut["message"])
    assert said[0] == said[1]


def test_a_js_file_of_only_a_prefix_in_a_folder_is_still_said_as_before(tmp_path: Path) -> None:
    """Not a zip: the file ends inside its prefix (no cut to meet); reading on meets its end, as before."""
    from dataexam import jsonstream

    with pytest.raises(jsonstream.UnexpectedShape, match="found no JSON value"):
        list(jsonstream.iter_items(_OneByte(b"window.YTD.like.part0"), "item"))


class _OneByte:
    """A stream that hands over one byte per read (a short read is not the end)."""

    def __init__(self, data: bytes) -> None:
        self._data = data

    def read(self, size: int = -1) -> bytes:
        out, self._data = self._data[:1], self._data[1:]
        return out


def test_a_prefix_read_a_byte_at_a_time_is_found() -> None:
    from dataexam import jsonstream

    stream = _OneByte(b'window.YTD.like.part0 = [{"like": {"tweetId": "1"}}]')
    assert list(jsonstream.iter_items(stream, "item")) == [{"like": {"tweetId": "1"}}]  # type: ignore[arg-type]


# -- 2. a profile listed twice is one profile -----------------------------------------------------------------------

ZOE = {"profile_v2": {"name": {"full_name": "Zoe Q"}, "username": "zoeq"}}
ANN = {"profile_v2": {"name": {"full_name": "Ann B"}}}


@pytest.mark.parametrize(("profiles", "facts", "said"), [
    ([ZOE, ZOE], [("name", "Zoe Q"), ("username", "zoeq")],
     "the profile in it was read; it is listed 2 times, the same profile each time, read once"),
    ([ZOE, ZOE, ZOE["profile_v2"]], [("name", "Zoe Q"), ("username", "zoeq")],
     "the profile in it was read; it is listed 3 times, the same profile each time, read once"),
    ([ZOE, ANN, ZOE], [("name", "Ann B"), ("name", "Zoe Q"), ("username", "zoeq")],
     "each of its 2 profiles was read, their facts side by side as this download's one owner's (two names, two "
     "birthdays: the list may hold another person's profile); 1 more item is a profile listed before, read once"),
    ([ZOE, ZOE, 5], [("name", "Zoe Q"), ("username", "zoeq")],
     "the profile in it was read; it is listed 2 times, the same profile each time, read once; 1 item that is no "
     "profile was passed over"),
], ids=["twice", "three-times-one-bare", "two-and-a-repeat", "twice-and-a-number"])
def test_a_profile_listed_twice_is_one_profile(tmp_path: Path, profiles: list, facts: list,  # type: ignore[type-arg]
                                               said: str) -> None:
    got, issues = _read(tmp_path, "facebook-zoeq-2023-05-01-AbCd1234.zip", profiles)
    assert got == facts
    assert issues == [("bad-shape", "the top level", LIST + said)]


@pytest.mark.parametrize("jobs", [1, 2])
def test_the_report_says_a_profile_listed_twice_once(tmp_path: Path, jobs: int) -> None:
    files = _facebook_files()[0]
    profile = next(p for p in files if p.endswith("profile_information.json"))
    files[profile] = json.dumps([json.loads(files[profile])] * 2).encode()
    z = tmp_path / "facebook-inesvarga.zip"
    z.write_bytes(_zip(files, zipfile.ZIP_DEFLATED))
    report, stderr = _report(z, tmp_path / "r.json", jobs)
    [note] = [n for n in report["inputs"]["parse_issues"]["notes"] if n["code"] == "bad-shape"]
    assert note["message"].endswith("the profile in it was read; it is listed 2 times, the same profile each time, "
                                    "read once")
    assert "2 profiles" not in stderr
