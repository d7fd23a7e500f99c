"""A time no 64-bit integer or double holds, in a damaged or hand-edited file (T45): a Messenger ``timestamp_ms`` of
1e400 lost the rest of its thread as "invalid JSON (parse error: numeric (floating point) overflow)", one of -10^30
was kept undated without a word where +10^30 had a bad-record issue, and an X post's or a Facebook post's time of
10^30 or 1e400 ended its whole file. Each is now read on by ijson's Python backend: the record is kept undated and
said, the rest of the file read; ``--jobs 1`` and ``--jobs 2`` alike. Synthetic data only."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from test_bad_encodings import INBOX, PROFILE, _facebook, _message, _read, _report, _thread
from test_input_notes import _x_changed

from dataexam import api, jsonstream, parallel
from dataexam.writers import jsonl_line

UNDATED = "message time is not a readable number; the message is kept undated"
NOT_UNDERSTOOD = "date not understood; event kept without a time"
TEN30 = "1" + "0" * 30
#: numbers ijson's C backend cannot hold: whole ones past 64 bits, others past a double's range
TOO_BIG = ["1e400", "-1e400", "1E+400", "2.5e999", TEN30, "-" + TEN30, "-9223372036854775809"]


def _stamped(messages: list[dict[str, Any]], at: int, field: str, stamp: str) -> bytes:
    """The thread of ``messages`` whose message ``at`` has ``field`` written as the JSON number ``stamp``."""
    odd = {k: v for k, v in messages[at].items() if k != "timestamp_ms"} | {field: "STAMP"}
    return json.dumps(_thread([*messages[:at], odd, *messages[at + 1:]])).replace('"STAMP"', stamp).encode()


def _mine(events: list[Any], thread: str = "odobrandt_2") -> list[tuple[str | None, bool]]:
    return sorted((e.text, e.time is None) for e in events if e.kind == "facebook.message"
                  and e.attrs.get("thread") == thread)


# -- the Python backend's reading ------------------------------------------------------------------------------

@pytest.mark.parametrize(("number", "read"), [
    (b"1e400", "1E+400"), (b"-1e400", "-1E+400"), (TEN30.encode(), 10**30), (b"-9223372036854775809", -(2**63) - 1),
    (b"1.5", 1.5), (b"17", 17), (b"1.7e300", 1.7e300),
])
def test_a_number_the_c_backend_cannot_hold_is_read_as_python_holds_it(number: bytes, read: Any) -> None:
    """Whole numbers as int, others as float (the C backend's use_float=True), past a double's range as text."""
    body = b'{"messages": [{"t": ' + number + b"}]}"
    if number not in (b"1.5", b"17", b"1.7e300"):
        with pytest.raises(jsonstream.JSONError) as fault:
            list(jsonstream.ijson.items(io.BytesIO(body), "messages.item", use_float=True))
        assert jsonstream.is_overflow(fault.value)
    assert list(jsonstream.python_items(io.BytesIO(body), "messages.item")) == [{"t": read}]


# -- Messenger -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("field", ["timestamp_ms", "timestamp"])
@pytest.mark.parametrize("stamp", TOO_BIG)
def test_a_message_time_no_number_holds_keeps_the_thread(tmp_path: Path, field: str, stamp: str) -> None:
    body = _stamped([_message(k) for k in range(4)], 1, field, stamp)
    events, stats = _read([_facebook(tmp_path / "facebook-inesvarga.zip", {"odobrandt_2/message_1.json": body})])
    assert _mine(events) == [("hallo 0", False), ("hallo 1", True), ("hallo 2", False), ("hallo 3", False)]
    assert [(i.code, i.member, i.position, i.message) for i in stats.issues] == [
        ("bad-record", INBOX + "odobrandt_2/message_1.json", "record 1", UNDATED)]
    assert not stats.notes


@pytest.mark.parametrize("stamp", ["-1", "0", "-9223372036854775808", "-1700000000000"])
def test_facebook_s_own_no_time_stays_without_a_word(tmp_path: Path, stamp: str) -> None:
    """0 and negative numbers within 64 bits are Facebook's "no time" (EXIF times; formats.md §1): no issue."""
    body = _stamped([_message(k) for k in range(3)], 1, "timestamp_ms", stamp)
    events, stats = _read([_facebook(tmp_path / "facebook-inesvarga.zip", {"odobrandt_2/message_1.json": body})])
    assert _mine(events) == [("hallo 0", False), ("hallo 1", True), ("hallo 2", False)]
    assert not stats.issues


def test_two_such_times_in_one_thread_are_each_said(tmp_path: Path) -> None:
    messages = [_message(k) for k in range(5)]
    body = _stamped(messages, 1, "timestamp_ms", "1e400").replace(b"1700000000000,", b"-" + TEN30.encode() + b",")
    events, stats = _read([_facebook(tmp_path / "facebook-inesvarga.zip", {"odobrandt_2/message_1.json": body})])
    assert [t for t in _mine(events) if t[1]] == [("hallo 0", True), ("hallo 1", True)]
    assert len(_mine(events)) == 5
    assert [(i.position, i.message) for i in stats.issues] == [("record 0", UNDATED), ("record 1", UNDATED)]


def test_participants_after_the_messages_are_read_past_such_a_time(tmp_path: Path) -> None:
    """Keys sorted by a tool (jq -S): participants come after the messages, read past the 1e400 too."""
    thread = json.loads(_stamped([_message(k) for k in range(3)], 1, "timestamp_ms", "0").decode())
    thread["messages"][1]["timestamp_ms"] = "STAMP"
    body = json.dumps(thread, sort_keys=True).replace('"STAMP"', "1e400").encode()
    events, stats = _read([_facebook(tmp_path / "facebook-inesvarga.zip", {"odobrandt_2/message_1.json": body})])
    assert _mine(events) == [("hallo 0", False), ("hallo 1", True), ("hallo 2", False)]
    assert {e.attrs.get("partner") for e in events if e.attrs.get("thread") == "odobrandt_2"} >= {"Odo Brandt"}
    assert [i.message for i in stats.issues] == [UNDATED]


def test_the_report_and_stderr_say_the_undated_message(tmp_path: Path) -> None:
    body = _stamped([_message(k) for k in range(4)], 2, "timestamp_ms", "1e400")
    fb = _facebook(tmp_path / "facebook-inesvarga.zip", {"odobrandt_2/message_1.json": body})
    data, stderr = _report([fb], tmp_path / "r.json")
    issues = data["inputs"]["parse_issues"]
    assert issues["by_code"] == {"bad-record": 1} and issues["notes"] == []
    assert f"{INBOX}odobrandt_2/message_1.json (record 2): 1 × bad-record — {UNDATED}" in stderr
    assert "overflow" not in stderr and "invalid JSON" not in json.dumps(data)


# -- other files' numeric times --------------------------------------------------------------------------------

def _tweets(stamp: str) -> bytes:
    tweets = [{"tweet": {"id_str": str(1760000000000000001 + n), "id": str(1760000000000000001 + n),
                         "full_text": f"hello {n}", "entities": {},
                         "created_at": "STAMP" if n == 1 else f"Mon Mar 0{4 + n} 10:15:00 +0000 2024"}}
              for n in range(3)]
    return ("window.YTD.tweets.part0 = " + json.dumps(tweets)).replace('"STAMP"', stamp).encode()


@pytest.mark.parametrize("stamp", TOO_BIG)
def test_an_x_post_time_no_number_holds_keeps_the_file(tmp_path: Path, stamp: str) -> None:
    archive = _x_changed(tmp_path, "x", "/tweets.js", lambda _b: _tweets(stamp))
    events, stats = _read([archive])
    assert sorted((e.text, e.time is None) for e in events if e.kind == "twitter.tweet") == [
        ("hello 0", False), ("hello 1", True), ("hello 2", False)]
    assert [(i.code, i.member, i.position, i.message) for i in stats.issues if i.code != "count-mismatch"] == [
        ("bad-date", "twitter-2024/data/tweets.js", "record 1", NOT_UNDERSTOOD)]


@pytest.mark.parametrize("envelope", ["list", "object"])
@pytest.mark.parametrize("stamp", TOO_BIG)
def test_a_facebook_post_time_no_number_holds_keeps_the_file(tmp_path: Path, envelope: str, stamp: str) -> None:
    posts = [{"timestamp": "STAMP" if n == 1 else 1_700_000_000 + n * 86_400, "data": [{"post": f"post {n}"}]}
             for n in range(3)]
    body = json.dumps(posts if envelope == "list" else {"posts_v2": posts}).replace('"STAMP"', stamp)
    path = tmp_path / "facebook-inesvarga.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(PROFILE, json.dumps({"profile_v2": {"name": {"full_name": "Ines Varga"}}}))
        z.writestr("your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json", body)
    events, stats = _read([path])
    assert sorted((e.text, e.time is None) for e in events if e.kind == "facebook.post") == [
        ("post 0", False), ("post 1", True), ("post 2", False)]
    assert [(i.code, i.position, i.message) for i in stats.issues] == [("bad-date", "record 1", NOT_UNDERSTOOD)]


# -- --jobs 1 and --jobs 2 -------------------------------------------------------------------------------------

def _split_thread_zip(path: Path, stamp: str) -> Path:
    """A big thread in three files (Facebook splits one past 10,000 messages: message_1.json …), a time of
    ``stamp`` in the second file's fourth message, beside other threads: the files go to different workers."""
    files: dict[str, bytes] = {}
    for n in range(1, 4):
        messages = [_message(100 * n + k) for k in range(40)]
        files[f"odobrandt_2/message_{n}.json"] = (
            _stamped(messages, 3, "timestamp_ms", stamp) if n == 2 else json.dumps(_thread(messages)).encode())
    for friend in range(4):
        files[f"friend{friend}_3/message_1.json"] = json.dumps(_thread(
            [_message(1000 + k) for k in range(30)], f"Friend{friend} Zeta")).encode()
    return _facebook(path, files)


@pytest.mark.parametrize("stamp", ["1e400", "-" + TEN30, TEN30])
def test_jobs_1_and_2_read_a_split_thread_alike(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                stamp: str) -> None:
    monkeypatch.setattr(parallel, "MIN_PARALLEL_COST", 0)  # small inputs shared out all the same
    fb = _split_thread_zip(tmp_path / "facebook-inesvarga.zip", stamp)
    runs = []
    for jobs in (1, 2):
        stats = api.RunStats()
        rows = list(api.timeline_encoded([fb], jsonl_line, stats=stats, jobs=jobs))
        runs.append((rows, [(i.code, i.member, i.position, i.message) for i in stats.issues], stats.notes))
    (one, issues1, notes1), (two, issues2, notes2) = runs
    assert one == two and issues1 == issues2 and notes1 == notes2 == []
    assert len(one) == 1 + 4 + 120 + 4 * 30  # the profile, the good thread, the split one, the others
    assert issues1 == [("bad-record", INBOX + "odobrandt_2/message_2.json", "record 3", UNDATED)]


def test_jobs_1_and_2_say_the_same_on_stderr(tmp_path: Path) -> None:
    """The CLI in its own process (the real threshold): exit 0, the same lines and the same report notes."""
    fb = _split_thread_zip(tmp_path / "facebook-inesvarga.zip", "1e400")
    said = []
    for jobs in ("1", "2"):
        data, stderr = _report([fb], tmp_path / f"r{jobs}.json", "--jobs", jobs)
        said.append((stderr.replace(f"r{jobs}.json", "r.json"), data["inputs"]["parse_issues"]))
    assert said[0] == said[1]
    assert f"{INBOX}odobrandt_2/message_2.json (record 3): 1 × bad-record — {UNDATED}" in said[0][0]


@pytest.mark.parametrize("stamp", ["1e400", "-" + TEN30, '"someday"'])
def test_jobs_2_reads_an_x_post_time_no_number_holds_alike(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                           stamp: str) -> None:
    """X's tweets.js is read in slices by --jobs 2: a slice stopping at the number has the file read whole. The
    file's count-mismatch (its manifest lists 1 post) comes after the post's bad-date, as in one process (it came
    first at --jobs 2, also for a date of text)."""
    monkeypatch.setattr(parallel, "MIN_PARALLEL_COST", 0)
    archive = _x_changed(tmp_path, "x", "/tweets.js", lambda _b: _tweets(stamp))
    runs = []
    for jobs in (1, 2):
        stats = api.RunStats()
        rows = list(api.timeline_encoded([archive], jsonl_line, stats=stats, jobs=jobs))
        runs.append((rows, [(i.code, i.member, i.position, i.message) for i in stats.issues]))
    assert runs[0] == runs[1]
    assert len(runs[0][0]) == 10  # 3 posts, 3 likes, 2 follows, 2 messages
    assert [i[:3] for i in runs[0][1]] == [("bad-date", "twitter-2024/data/tweets.js", "record 1"),
                                           ("count-mismatch", "twitter-2024/data/tweets.js", None)]
