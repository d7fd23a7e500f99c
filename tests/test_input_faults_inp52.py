"""Parse issues and odd inputs (INP52). Each was wrong before:

1. an X zip whose member is STORED, cut inside ``window.YTD.like.part0 =`` (before the JSON starts), said "data/like.js
   is cut off: its reading stopped before its first record (expected an array at the top level, found no JSON value;
   nothing was read)" where the same zip DEFLATED said "data/like.js is cut off before its first record: none of its
   records could be read" → both say the latter (jsonstream.skip_js_prefix reads on to the cut);
2. a Facebook profile_information.json listing the same profile twice said "each of its 2 profiles was read … (two
   names, two birthdays …)" of one name → "the profile in it was read; it is listed 2 times, the same profile each
   time, read once";
3, 4. a cut inside a part zip of Facebook's zip of part zips said "…/your_posts_1.json is cut off …; the rest of it and
   every file after it in outer.zip are lost" (the outer zip, not the one cut), and a folder holding a cut zip "… in
   downloads are lost" → "outer.zip → facebook-inesvarga-part1.zip → posts/your_posts_1.json is cut off after N
   records …; every file after it in facebook-inesvarga-part1.zip are lost" (parser._zip_chain; Archive.part and
   Archive.merge keep the zips read in place);
5. a Messenger thread folder already tagged ("hakonbrakke (never replied)", a copy's "annab (1)") never answered was
   "hakonbrakke (never replied) (never replied)", "annab (1) (never replied)" → tagged once; two contacts listed under
   one name are told apart by their thread folder in the name's one parenthesis.

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


# -- 3, 4. a cut file named as the issue lines name it, through the zips it is in --------------------------------

def _fb_part_cut() -> bytes:
    """Facebook's part zip, cut 900 bytes into posts/your_posts_1.json (its last file)."""
    member = "posts/your_posts_1.json"
    return _cut_at(_zip(_last(_facebook_files()[0], member), zipfile.ZIP_DEFLATED), member, 900)


def _cut_issue(path: Path) -> tuple[str, str, str]:
    stats = api.RunStats()
    for _e in api.timeline(path, stats=stats):
        pass
    [cut] = [i for i in stats.issues if i.code == "truncated-zip"]
    assert cut.position is not None and cut.position.startswith("after ")
    return cut.member, cut.position, cut.message


def test_a_cut_inside_a_part_zip_names_the_zips_it_is_in(tmp_path: Path) -> None:
    """Facebook's download as a zip of part zips, the part cut: the line named the outer zip as the one cut."""
    z = tmp_path / "outer.zip"
    z.write_bytes(_zip({"facebook-inesvarga-part1.zip": _fb_part_cut()}, zipfile.ZIP_STORED))
    member, position, message = _cut_issue(z)
    assert member == "facebook-inesvarga-part1/posts/your_posts_1.json"
    assert message.endswith(
        f"22 complete file(s) were read, and posts/your_posts_1.json as far as it goes: the zip ends inside it; "
        f"outer.zip → facebook-inesvarga-part1.zip → posts/your_posts_1.json is cut off {position}: the records "
        "before the cut were kept; the rest of it and every file after it in facebook-inesvarga-part1.zip are lost")


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_folder_of_zips_names_the_cut_zip_not_the_folder(tmp_path: Path, jobs: int) -> None:
    """A folder holding the X zip cut and a zip of Facebook's part zips (one cut): each export read as if given alone,
    each cut named through its zips and the zip it is in named as lost (the outer zip was: "… in outer.zip")."""
    folder = tmp_path / "downloads"
    folder.mkdir()
    member = "data/like.js"
    (folder / X_NAME).write_bytes(_cut_at(_zip(_last(_x_two(), member), zipfile.ZIP_DEFLATED), member, 900))
    (folder / "outer.zip").write_bytes(_zip({"facebook-inesvarga-part1.zip": _fb_part_cut()}, zipfile.ZIP_STORED))
    report, _stderr = _report(folder, tmp_path / "r.json", jobs)
    cuts = sorted((n["message"].split("the zip ends inside it; ")[1]) for n in report["inputs"]["parse_issues"]["notes"]
                  if n["code"] == "truncated-zip")
    assert [c.split(" is cut off after")[0] for c in cuts] == [
        "data/like.js", "outer.zip → facebook-inesvarga-part1.zip → posts/your_posts_1.json"]
    assert [c.split("; ")[-1] for c in cuts] == [
        f"the rest of it and every file after it in {X_NAME} are lost",
        "the rest of it and every file after it in facebook-inesvarga-part1.zip are lost"]


def test_a_folder_holding_one_cut_zip_names_it(tmp_path: Path) -> None:
    """The folder given is the export, the zip in it read in place: the zip named, not the folder ("every file after
    it in downloads are lost")."""
    folder = tmp_path / "downloads"
    folder.mkdir()
    member = "data/like.js"
    (folder / X_NAME).write_bytes(_cut_at(_zip(_last(_x_two(), member), zipfile.ZIP_DEFLATED), member, 900))
    _member, position, message = _cut_issue(folder)
    assert message.endswith(f"the zip ends inside it; {X_NAME} → data/like.js is cut off {position}: the records "
                            f"before the cut were kept; the rest of it and every file after it in {X_NAME} are lost")


# -- 5. a never-answered thread's name is tagged once, and names listed twice are told apart ------------------------

def test_a_never_answered_thread_s_name_reads_as_one_name() -> None:
    from test_inference_synth import Stream
    from test_social_two_way import NOW, Y2023, Y2024, _monthly

    from dataexam.inference import infer

    s = Stream("out/facebook-paul-2024")
    events = _monthly(s, "benkoch_2000", "Ben Koch", Y2023 + Y2024)
    events += _monthly(s, "hakonbrakke (never replied)", "x", Y2023[:6], theirs=False)
    events += _monthly(s, "hakonbrakke_123", "x", Y2023[:4], theirs=False)
    events += _monthly(s, "annab (1)", "x", Y2023[:3], theirs=False)
    events += _monthly(s, "carlz_77", "x", Y2023[:2], theirs=False)
    social = infer(sorted(events, key=lambda e: e.sort_key), now=NOW).finding("social_circle")
    assert social.value["one_sided"]["never_replied"]["top"] == [
        {"name": 'hakonbrakke (never replied; thread folder "hakonbrakke (never replied)")', "messages": 6},
        {"name": 'hakonbrakke (never replied; thread folder "hakonbrakke_123")', "messages": 4},
        {"name": "annab (never replied)", "messages": 3},
        {"name": "carlz (never replied)", "messages": 2}]


# -- 1 (its class): X's manifest cut is the zip's one line, not a second "damaged" one ------------------------------

@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.parametrize("method", [zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED], ids=["stored", "deflated"])
@pytest.mark.parametrize("into", [5, 60])
def test_a_cut_manifest_is_one_issue(tmp_path: Path, into: int, method: int, jobs: int) -> None:
    """data/manifest.js cut: the zip's line and a corrupt-member line "zip member is damaged (bad CRC or truncated
    data): the files it lists …", two issues of one cut, the cut called damage."""
    member = "data/manifest.js"
    z = tmp_path / X_NAME
    z.write_bytes(_cut_at(_zip(_last(_x_two(), member), method), member, into))
    report, stderr = _report(z, tmp_path / "r.json", jobs)
    issues = report["inputs"]["parse_issues"]
    assert issues["by_code"] == {"truncated-zip": 1} and issues["total"] == 1
    [cut] = issues["notes"]
    assert (cut["file"], cut["kind"], cut["nothing_read"]) == (member, "stops", True)
    assert cut["message"] == (
        "the zip file is incomplete or its directory is damaged (was the download interrupted?); 39 complete file(s) "
        "were read, and data/manifest.js as far as it goes: the zip ends inside it; data/manifest.js is cut off: the "
        "files it lists and their counts were not read, so neither a part of the archive missing nor a file of another "
        f"download can be told; the rest of it and every file after it in {X_NAME} are lost")
    assert "damaged (bad CRC" not in stderr


# T50C (fresh tester on INP52): a year in a folder's name was stripped as a copy's number ("room (2019)_5" → "room
# (never replied)"), and a folder of nothing but the tag was tagged twice ("(never replied)_123")
@pytest.mark.parametrize(("folder", "name"), [
    ("room (2019)_5", "room (2019) (never replied)"), ("(never replied)_123", "(never replied)"),
    ("annab (1)_9", "annab (never replied)"), ("hakonbrakke (never replied)_8", "hakonbrakke (never replied)"),
    ("(1)_4", "(1) (never replied)"),
])
def test_a_never_answered_folder_s_own_parentheses(folder: str, name: str) -> None:
    from test_inference_synth import Stream
    from test_social_two_way import NOW, Y2023, Y2024, _monthly

    from dataexam.inference import infer

    s = Stream("out/facebook-paul-2024")
    events = _monthly(s, "benkoch_2000", "Ben Koch", Y2023 + Y2024) + _monthly(s, folder, "x", Y2023[:3], theirs=False)
    social = infer(sorted(events, key=lambda e: e.sort_key), now=NOW).finding("social_circle")
    assert social.value["one_sided"]["never_replied"]["top"] == [{"name": name, "messages": 3}]
