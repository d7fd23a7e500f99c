"""A Facebook profile judged against its download's own day, and a profile file holding several profiles (INP51).

* A birthday or registration "still to come" was judged against the day of the run (``datetime.now``): the same
  download's report changed with the day it was run → against the day in the download's name, else the newest time its
  download-request files name; the day of the run only where the download names none.
* A profile_information.json holding a list of two profiles said "the profile in it was read", their facts read as one
  person's → the note says each of its 2 profiles was read, side by side as one owner's; an item that is no profile is
  counted.

Values are invented."""

from __future__ import annotations

import json
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from dataexam import api

PROFILE = "personal_information/profile_information/profile_information.json"
LOGINS = "security_and_login_information/logins_and_logouts.json"
LIST = "profile_information.json holds a list where Facebook writes one object (expected an object, found a list); "


def _stamp(*day: int) -> int:
    return int(datetime(*day, tzinfo=UTC).timestamp())  # type: ignore[misc]


def _read(tmp_path: Path, name: str, profile: object, logins: int | None = None) -> tuple[list, list]:  # type: ignore[type-arg]
    archive = tmp_path / name
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr(PROFILE, json.dumps(profile))
        z.writestr("your_activity_across_facebook/messages/inbox/bob_1/message_1.json", json.dumps({
            "participants": [{"name": "Bob"}, {"name": "Zoe Q"}],
            "messages": [{"sender_name": "Zoe Q", "timestamp_ms": 1600000000000, "content": "hi"}]}))
        if logins is not None:
            z.writestr(LOGINS, json.dumps({"account_accesses_v2": [{"action": "Login", "timestamp": logins}]}))
    stats = api.RunStats()
    events = list(api.timeline([archive], stats=stats))
    return (sorted((e.attrs.get("fact"), e.text) for e in events if e.kind == "facebook.profile"),
            [(i.code, i.position, i.message) for i in stats.issues])


# -- dates to come, judged against the download's own day -----------------------------------------------------------

NAMED = "2023-05-01, the day this download was made"


@pytest.mark.parametrize("name", ["facebook-zoeq-2023-05-01-AbCd1234.zip", "facebook-zoeq-20230501.zip"])
def test_a_birthday_after_the_download_s_day_is_to_come_whatever_the_run_s_day(tmp_path: Path, name: str) -> None:
    if "20230501" in name:  # a name without a YYYY-MM-DD day: the run's day (no request file here)
        facts, issues = _read(tmp_path, name, {"profile_v2": {"name": {"full_name": "Zoe Q"},
                                                             "birthday": {"year": 2024, "month": 2, "day": 1}}})
        assert ("birthday", "2024-02-01") in facts and issues == []  # before today: no fault seen
        return
    facts, issues = _read(tmp_path, name, {"profile_v2": {"name": {"full_name": "Zoe Q"},
                                                         "birthday": {"year": 2024, "month": 2, "day": 1}}})
    assert facts == [("name", "Zoe Q")]  # was ("birthday", "2024-02-01") when run after that day
    assert issues == [("bad-date", "field birthday", f"profile birthday is a day still to come (after {NAMED}); the "
                       "birthday is left out, the rest of the profile kept")]


@pytest.mark.parametrize(("stamp", "to_come"), [(_stamp(2023, 6, 1), True), (_stamp(2023, 5, 3, 12), True),
                                               (_stamp(2023, 5, 2, 12), False), (_stamp(2021, 1, 5), False)])
def test_a_registration_is_judged_against_the_download_s_day(tmp_path: Path, stamp: int, to_come: bool) -> None:
    facts, issues = _read(tmp_path, "facebook-zoeq-2023-05-01-AbCd1234.zip",
                          {"profile_v2": {"name": {"full_name": "Zoe Q"}, "registration_timestamp": stamp}})
    registered = [text for fact, text in facts if fact == "registration"]
    if to_come:
        assert registered == [None]
        assert issues == [("bad-date", "field registration_timestamp", "profile registration_timestamp is a time "
                           f"still to come (after {NAMED}); kept without a time")]
    else:
        assert registered == [datetime.fromtimestamp(stamp, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")] and issues == []


def test_a_download_named_without_a_day_is_judged_against_its_request_files(tmp_path: Path) -> None:
    facts, issues = _read(tmp_path, "facebook-zoeq.zip",
                          {"profile_v2": {"name": {"full_name": "Zoe Q"}, "birthday": {"year": 2023, "month": 9}}},
                          logins=_stamp(2023, 5, 1, 9))
    assert ("birthday", "2023-09") not in facts
    assert issues == [("bad-date", "field birthday", "profile birthday is a day still to come (after 2023-05-01, the "
                       "newest day this download's request files name); the birthday is left out, the rest of the "
                       "profile kept")]


# -- a list of profiles ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("profiles", "facts", "said"), [
    ([{"profile_v2": {"name": {"full_name": "Zoe Q"}}}, {"profile_v2": {"name": {"full_name": "Ann B"},
                                                                         "username": "ann"}}],
     [("name", "Ann B"), ("name", "Zoe Q"), ("username", "ann")],
     "each of its 2 profiles was read, their facts side by side as this download's one owner's (two names, two "
     "birthdays: the list may hold another person's profile)"),
    ([{"name": {"full_name": "Zoe Q"}}, {"name": {"full_name": "Ann B"}}, {"name": {"full_name": "Cy D"}}],
     [("name", "Ann B"), ("name", "Cy D"), ("name", "Zoe Q")],
     "each of its 3 profiles was read, their facts side by side as this download's one owner's (two names, two "
     "birthdays: the list may hold another person's profile)"),
    ([{"profile_v2": {"name": {"full_name": "Zoe Q"}}}, 5],
     [("name", "Zoe Q")], "the profile in it was read; 1 item that is no profile was passed over"),
    ([{"profile_v2": {"name": {"full_name": "Zoe Q"}}}], [("name", "Zoe Q")], "the profile in it was read"),
], ids=["two", "three-bare", "one-and-a-number", "one"])
def test_a_list_of_profiles_says_how_many_were_read(tmp_path: Path, profiles: list, facts: list,  # type: ignore[type-arg]
                                                    said: str) -> None:
    got, issues = _read(tmp_path, "facebook-zoeq-2023-05-01-AbCd1234.zip", profiles)
    assert got == facts
    assert issues == [("bad-shape", "the top level", LIST + said)]
