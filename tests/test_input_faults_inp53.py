"""INP53 (the fiftieth pass's third tester, T50C):

2. an outer zip cut inside its only file, a part zip, was refused "the zip ends inside its first file, …part1.zip,
   before any of its data" though 6,578 bytes of it were there → what is there is said, and why none of it is read
   (INP54: its files before the cut are read now, tests/test_zip_cut_inp54.py);
3. an X zip cut at or before the data of tweets.js / account.js (its "window.YTD…" header) gave two lines referring
   to each other — the zip's truncated-zip "… is cut off before any of its data could be read" and a missing-part
   "… (the zip was cut short, see its truncated-zip issue …)" → one line;
4. a Facebook profile listed twice, the second copy with one fact more, was "each of its 2 profiles was read … (two
   names, two birthdays …)" → the same person, listed twice, facts merged;
5. a profile ``full_name`` of "" (or blanks) was read as the person's name → no name.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from test_facebook_profile_day import _read
from test_issue_counts_inp51 import _cut_at, _last
from test_zip_cut import _zip
from test_zip_cut_header import _report
from test_zip_cut_one_fault import _x_two

from dataexam import api

X_NAME = "twitter-2024-05-01-abc123.zip"
CUT = ("the zip file is incomplete or its directory is damaged (was the download interrupted?); 39 complete file(s) "
       "were read")


# -- 2. an outer zip cut inside its only part zip: now read up to the cut (tests/test_zip_cut_inp54.py, INP54) --------

# -- 3. an X zip cut at or before tweets.js / account.js: one line --------------------------------------------------

def _cut_x(tmp_path: Path, member: str, into: int, method: int = zipfile.ZIP_DEFLATED) -> Path:
    """The X archive zipped with ``member`` last, cut ``into`` bytes into its data."""
    z = tmp_path / X_NAME
    z.write_bytes(_cut_at(_zip(_last(_x_two(), member), method), member, into))
    return z


def _one_line(member: str, count: int) -> str:
    return (f"{CUT}; {member} is cut off before any of its data could be read; data/manifest.js lists {member} "
            f"({count} record{'s' if count != 1 else ''}), which is not in the part read: its records are not read "
            "(they may be in the zip's lost end or in another zip of the archive; download it again and give every "
            "part)")


@pytest.mark.parametrize("method", [zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED], ids=["stored", "deflated"])
@pytest.mark.parametrize(("member", "count", "events"), [("data/tweets.js", 5, 442), ("data/account.js", 1, 841)],
                         ids=["tweets", "account"])
def test_an_x_zip_cut_before_a_listed_file_s_data_is_one_line(tmp_path: Path, member: str, count: int, events: int,
                                                              method: int) -> None:
    z = _cut_x(tmp_path, member, 0, method)
    stats = api.RunStats()
    assert sum(1 for _e in api.timeline(z, stats=stats)) == events
    assert [(i.code, i.member, i.message, i.nothing_read) for i in stats.issues if i.code != "count-mismatch"] == [
        ("truncated-zip", "", _one_line(member, count), True)]


@pytest.mark.parametrize("jobs", [1, 2])
def test_the_report_says_a_cut_before_tweets_js_once(tmp_path: Path, jobs: int) -> None:
    member = "data/tweets.js"
    z = _cut_x(tmp_path, member, 0)
    report, _stderr = _report(z, tmp_path / "r.json", jobs)
    notes = [(n["code"], n["message"]) for n in report["inputs"]["parse_issues"]["notes"]
             if n["code"] != "count-mismatch"]
    assert notes == [("truncated-zip", _one_line(member, 5))]


def test_a_cut_in_a_header_before_a_listed_file_is_one_line(tmp_path: Path) -> None:
    member = "data/tweets.js"
    whole = _zip(_last(_x_two(), member), zipfile.ZIP_DEFLATED)
    info = zipfile.ZipFile(io.BytesIO(whole)).getinfo(member)
    z = tmp_path / X_NAME
    z.write_bytes(whole[: info.header_offset + 10])  # inside its local header, before its name
    stats = api.RunStats()
    list(api.timeline(z, stats=stats))
    assert [(i.code, i.message) for i in stats.issues if i.code != "count-mismatch"] == [
        ("truncated-zip", f"{CUT}; the zip ends inside the header of the file after "
                          "data/tweets_media/1610000000000000004-Qm1ra0Ph.jpg; nothing of that "
                          "file was read; data/manifest.js lists data/tweets.js (5 records), which is not in the part "
                          "read: its records are not read (they may be in the zip's lost end or in another zip of the "
                          "archive; download it again and give every part)")]


# -- 4. the same person listed twice, one fact more in a copy -------------------------------------------------------

LIST = ("profile_information.json holds a list where Facebook writes one object (expected an object, found a list); ")
ZOE = {"profile_v2": {"name": {"full_name": "Zoe Q"}, "username": "zoeq"}}
ZOE_BDAY = {"profile_v2": {"name": {"full_name": "Zoe Q"}, "username": "zoeq",
                           "birthday": {"year": 1990, "month": 3, "day": 4}}}
ZOE_REG = {"profile_v2": {"name": {"full_name": "Zoe Q"}, "registration_timestamp": 1300000000}}
ZOE_REG_CITY = {"profile_v2": {"name": {"full_name": "Zoe Quinn"}, "registration_timestamp": 1300000000,
                               "current_city": {"name": "Graz"}}}
ZOE_OTHER = {"profile_v2": {"name": {"full_name": "Zoe Q"}, "username": "zoeq2"}}
MERGED = ("the profile in it was read; it is listed 2 times, the same person each time, their facts merged, each read "
          "once")


@pytest.mark.parametrize(("profiles", "facts", "said"), [
    ([ZOE, ZOE_BDAY], [("birthday", "1990-03-04"), ("name", "Zoe Q"), ("username", "zoeq")], MERGED),
    ([ZOE_BDAY, ZOE], [("birthday", "1990-03-04"), ("name", "Zoe Q"), ("username", "zoeq")],
     "the profile in it was read; it is listed 2 times, the same profile each time, read once"),
    # one registration second: one account, whatever its name then
    ([ZOE_REG, ZOE_REG_CITY], [("current_city", "Graz"), ("name", "Zoe Q"), ("name", "Zoe Quinn"),
                               ("registration", "2011-03-13T07:06:40Z")], MERGED),
    # two people of one name: two usernames
    ([ZOE, ZOE_OTHER], [("name", "Zoe Q"), ("username", "zoeq"), ("username", "zoeq2")],
     "each of its 2 profiles was read, their facts side by side as this download's one owner's (two names, two "
     "birthdays: the list may hold another person's profile)"),
], ids=["one-fact-more", "one-fact-less", "same-registration", "two-people-one-name"])
def test_the_same_person_listed_twice_is_one_profile(tmp_path: Path, profiles: list,  # type: ignore[type-arg]
                                                     facts: list, said: str) -> None:  # type: ignore[type-arg]
    got, issues = _read(tmp_path, "facebook-zoeq-2023-05-01-AbCd1234.zip", profiles)
    assert got == facts
    assert issues == [("bad-shape", "the top level", LIST + said)]


# -- 5. a name of "" or blanks is no name ---------------------------------------------------------------------------

@pytest.mark.parametrize("name", [{"full_name": ""}, {"full_name": "   "}, "", " \t", {"full_name": None}],
                         ids=["empty", "blanks", "string-empty", "string-blanks", "null"])
def test_an_empty_name_is_no_name(tmp_path: Path, name: object) -> None:
    got, issues = _read(tmp_path, "facebook-zoeq-2023-05-01-AbCd1234.zip",
                        {"profile_v2": {"name": name, "username": " ", "gender": {"gender_option": "FEMALE"}}})
    assert (got, issues) == ([("gender", "FEMALE")], [])


# -- 3, the same class: an X zip cut inside note-tweet.js (read up front, no handler) -------------------------------

@pytest.mark.parametrize("jobs", [1, 2])
def test_a_zip_cut_inside_note_tweet_js_is_one_line(tmp_path: Path, jobs: int) -> None:
    # was the zip's line and a second, corrupt-member "zip member is damaged (bad CRC or truncated data)"
    member = "data/note-tweet.js"
    z = _cut_x(tmp_path, member, 150)
    report, _stderr = _report(z, tmp_path / "r.json", jobs)
    notes = [(n["code"], n["message"]) for n in report["inputs"]["parse_issues"]["notes"]
             if n["code"] != "count-mismatch"]
    assert notes == [("truncated-zip", f"{CUT}, and {member} as far as it goes: the zip ends inside it; {member} is "
                                       "cut off: the long posts after the cut keep the first 280 characters their "
                                       f"tweets hold; the rest of it and every file after it in {X_NAME} are lost")]
