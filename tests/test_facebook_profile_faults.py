"""A Facebook profile_information.json that is a list, holds a raw NUL byte, or dates a birthday or a registration in
the future (INP49). Each lost or showed something without a true word:

* a list (a hand-edited or converted file) of the ``profile_v2`` envelope: the profile lost without an issue → read,
  and a bad-shape note naming the file "expected an object, found a list" (a list with no profile: a fault);
* a raw NUL byte in a string of a profile read by ijson's Python backend (a number of 1e400 or 10^30 in it): "record
  has an unexpected shape (JSONDecodeError)" → a bad-json saying what (a raw control character inside a string) and
  where ("before the first record"), as the C backend's files say it;
* a birthday in the year 3000, a registration in 2200: shown as they were → a bad-date each, the field left out, the
  rest of the profile kept.

Values are invented."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from dataexam import api
from dataexam.issue_codes import IssueKind

PROFILE = "personal_information/profile_information/profile_information.json"
LIST = "profile_information.json holds a list where Facebook writes one object (expected an object, found a list); "
NUL = ("invalid JSON (a raw control character such as a NUL byte inside a string, which JSON writes escaped); nothing "
       "was read")
# facebook-zoeq.zip names no day, and holds no download-request file: judged against the day of the run (INP51)
RUN_DAY = "the day of this run: the download names no day of its own"
FUTURE_BIRTHDAY = (f"profile birthday is a day still to come (after {RUN_DAY}); the birthday is left out, the rest of "
                   "the profile kept")
FUTURE_REGISTRATION = f"profile registration_timestamp is a time still to come (after {RUN_DAY}); kept without a time"


def _archive(tmp_path: Path, profile: bytes) -> Path:
    archive = tmp_path / "facebook-zoeq.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr(PROFILE, profile)
        z.writestr("your_activity_across_facebook/messages/inbox/bob_1/message_1.json", json.dumps({
            "participants": [{"name": "Bob"}, {"name": "Zoe Q"}],
            "messages": [{"sender_name": "Zoe Q", "timestamp_ms": 1700000000000, "content": "hi"}]}))
    return archive


def _read(tmp_path: Path, profile: bytes) -> tuple[list[tuple[str, str | None]], list[tuple[str, str | None, str]],
                                                    list[tuple[IssueKind, bool]]]:
    stats = api.RunStats()
    events = list(api.timeline([_archive(tmp_path, profile)], stats=stats))
    return (sorted((e.attrs.get("fact"), e.text) for e in events if e.kind == "facebook.profile"),
            [(i.code, i.position, i.message) for i in stats.issues],
            [(i.kind, bool(i.nothing_read)) for i in stats.issues])  # type: ignore[misc]


def _stderr(tmp_path: Path, profile: bytes) -> str:
    out = tmp_path / "r.json"
    run = [sys.executable, "-m", "dataexam", "report", str(_archive(tmp_path, profile)), "-f", "json", "-o", str(out),
           "--no-pager"]
    done = subprocess.run(run, capture_output=True, text=True, timeout=300, env={**os.environ, "NO_COLOR": "1"})
    assert done.returncode == 0, done.stderr
    return " ".join(done.stderr.split())


# -- a list ---------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    {"profile_v2": {"name": {"full_name": "Zoe Q"}, "username": "zoe.q"}},  # 2021+ envelope
    {"profile": {"name": "Zoe Q", "username": "zoe.q"}},  # 2019–20 envelope
    {"name": {"full_name": "Zoe Q"}, "username": "zoe.q"},  # the profile itself
])
def test_a_list_holding_the_profile_is_read_and_said(tmp_path: Path, body: dict) -> None:  # type: ignore[type-arg]
    facts, issues, kinds = _read(tmp_path, json.dumps([body]).encode())
    assert facts == [("name", "Zoe Q"), ("username", "zoe.q")]  # was [] for an envelope in a list
    assert issues == [("bad-shape", "the top level", LIST + "the profile in it was read")]
    assert kinds == [(IssueKind.NOTE, False)]


@pytest.mark.parametrize("body", [b"[]", b"[1, 2]", b'["Zoe Q"]', b'[{"profile_v2": "Zoe Q"}]', b"  [\n]"])
def test_a_list_without_a_profile_is_a_fault(tmp_path: Path, body: bytes) -> None:
    facts, issues, kinds = _read(tmp_path, body)
    assert facts == []  # nothing said before
    assert issues == [("bad-shape", "the top level", LIST + "no profile was read from it")]
    assert kinds == [(IssueKind.STOPS, True)]


def test_the_stderr_of_a_listed_profile(tmp_path: Path) -> None:
    stderr = _stderr(tmp_path, json.dumps([{"profile_v2": {"name": {"full_name": "Zoe Q"}}}]).encode())
    assert "warning: 1 parse issue(s), no fault in reading: every file given was read to its end: " in stderr
    assert (f"{PROFILE} (the top level): 1 × bad-shape — {LIST}the profile in it was read") in stderr
    stderr = _stderr(tmp_path, b"[]")
    assert "warning: 1 parse issue(s): " in stderr and "records before each fault were kept" not in stderr
    assert f"{PROFILE} (the top level): 1 × bad-shape — {LIST}no profile was read from it" in stderr


# -- a raw NUL byte --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("number", ["1e400", "-1e400", "1000000000000000000000000000000"])
@pytest.mark.parametrize("field", ['"username": "zoe\x00q"', '"name": {"full_name": "Zoe\x00 Q"}',
                                   '"gender": {"gender_option": "\x00"}'])
def test_a_nul_byte_read_by_the_python_backend_says_what_and_where(tmp_path: Path, number: str, field: str) -> None:
    profile = '{"profile_v2": {"registration_timestamp": ' + number + ", " + field + "}}"
    facts, issues, kinds = _read(tmp_path, profile.encode())
    assert facts == []
    assert issues == [("bad-json", "before the first record", NUL)]  # was bad-record "… shape (JSONDecodeError)"
    assert kinds == [(IssueKind.STOPS, True)]


def test_a_nul_byte_read_by_the_c_backend_is_said_as_before(tmp_path: Path) -> None:
    facts, issues, _kinds = _read(tmp_path, b'{"profile_v2": {"name": {"full_name": "Zoe Q"}, "username": "z\x00q"}}')
    assert facts == []
    assert issues == [("bad-json", "before the first record",
                       "invalid JSON (lexical error: invalid character inside string.)")]


def test_the_stderr_of_a_nul_byte(tmp_path: Path) -> None:
    stderr = _stderr(tmp_path, b'{"profile_v2": {"registration_timestamp": 1e400, "username": "z\x00q"}}')
    assert "warning: 1 parse issue(s): " in stderr
    assert f"{PROFILE} (before the first record): 1 × bad-json — {NUL}" in stderr
    assert "JSONDecodeError" not in stderr


# -- dates to come ---------------------------------------------------------------------------------------------------

_NEXT_YEAR = datetime.now(UTC).year + 1


@pytest.mark.parametrize("birthday", [{"year": 3000, "month": 3, "day": 2}, {"year": 2200, "month": 0, "day": 0},
                                      {"year": _NEXT_YEAR + 1, "month": 1, "day": 1},
                                      {"year": "3000", "month": "12", "day": "31"}])
def test_a_birthday_to_come_is_left_out(tmp_path: Path, birthday: dict) -> None:  # type: ignore[type-arg]
    profile = {"profile_v2": {"name": {"full_name": "Zoe Q"}, "username": "zoe.q", "birthday": birthday}}
    facts, issues, kinds = _read(tmp_path, json.dumps(profile).encode())
    assert facts == [("name", "Zoe Q"), ("username", "zoe.q")]  # was ("birthday", "3000-03-02") among them
    assert issues == [("bad-date", "field birthday", FUTURE_BIRTHDAY)]
    assert kinds == [(IssueKind.READ_ON, False)]


@pytest.mark.parametrize("stamp", [7258118400, 7258118400000, int(datetime(_NEXT_YEAR + 1, 6, 1,
                                                                           tzinfo=UTC).timestamp())])
def test_a_registration_to_come_is_kept_without_a_time(tmp_path: Path, stamp: int) -> None:
    profile = {"profile_v2": {"name": {"full_name": "Zoe Q"}, "registration_timestamp": stamp}}
    facts, issues, kinds = _read(tmp_path, json.dumps(profile).encode())
    assert facts == [("name", "Zoe Q"), ("registration", None)]  # was ("registration", "2200-01-01T00:00:00Z")
    assert issues == [("bad-date", "field registration_timestamp", FUTURE_REGISTRATION)]
    assert kinds == [(IssueKind.READ_ON, False)]


def test_days_gone_by_are_kept(tmp_path: Path) -> None:
    yesterday = datetime.now(UTC) - timedelta(days=1)
    profile = {"profile_v2": {"name": {"full_name": "Zoe Q"}, "registration_timestamp": int(yesterday.timestamp()),
                              "birthday": {"year": 1990, "month": 3, "day": 2}}}
    facts, issues, _kinds = _read(tmp_path, json.dumps(profile).encode())
    assert ("birthday", "1990-03-02") in facts and issues == []
    assert [text for fact, text in facts if fact == "registration"] == [yesterday.strftime("%Y-%m-%dT%H:%M:%SZ")]


def test_the_stderr_of_dates_to_come(tmp_path: Path) -> None:
    profile = {"profile_v2": {"name": {"full_name": "Zoe Q"}, "registration_timestamp": 7258118400,
                              "birthday": {"year": 3000, "month": 3, "day": 2}}}
    stderr = _stderr(tmp_path, json.dumps(profile).encode())
    assert "warning: 2 parse issue(s), every file given was read to its end: " in stderr
    assert f"{PROFILE} (field birthday): 1 × bad-date — {FUTURE_BIRTHDAY}" in stderr
    assert f"{PROFILE} (field registration_timestamp): 1 × bad-date — {FUTURE_REGISTRATION}" in stderr


@pytest.mark.parametrize("profile", [b"[]", b'[{"profile_v2": {"name": {"full_name": "Zoe Q"}}}]',
                                     b'{"profile_v2": {"registration_timestamp": 1e400, "username": "z\x00q"}}',
                                     b'{"profile_v2": {"name": {"full_name": "Zoe Q"}, "birthday": {"year": 3000}}}'])
def test_each_is_a_parse_issue_under_strict(tmp_path: Path, profile: bytes) -> None:
    """DESIGN.md's error contract: the report is written (what was read is kept), exit 4 under --strict."""
    from dataexam.errors import ExitCode

    out = tmp_path / "r.json"
    run = [sys.executable, "-m", "dataexam", "report", str(_archive(tmp_path, profile)), "-f", "json", "-o", str(out),
           "--no-pager", "--strict"]
    done = subprocess.run(run, capture_output=True, text=True, timeout=300, env={**os.environ, "NO_COLOR": "1"})
    assert done.returncode == ExitCode.PARSE_ISSUES == 4
    assert json.loads(out.read_text(encoding="utf-8"))["inputs"]["parse_issues"]["total"] == 1


def test_the_year_2100_registration_once_kept_is_to_come(tmp_path: Path) -> None:
    """tests/test_profile_bad_numbers.py kept 4102444800 (2100-01-01) as the upper edge of a registration since
    Facebook opened: no account is opened in the future."""
    profile = b'{"profile_v2": {"name": {"full_name": "Zoe Q"}, "registration_timestamp": 4102444800}}'
    facts, issues, _kinds = _read(tmp_path, profile)
    assert facts == [("name", "Zoe Q"), ("registration", None)]
    assert issues == [("bad-date", "field registration_timestamp", FUTURE_REGISTRATION)]
