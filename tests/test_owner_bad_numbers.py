"""Facebook's owner found where the files naming it hold a number ijson's C backend cannot hold (T46C).

The passes that find an export's owner (``profile_information.json``'s name, Messenger's ``autofill_information.json``,
the name the owner's own post titles start with) read their files with ijson's C backend only: a birthday year, a
phone number or a post time of 1e400 or 10^30 (valid JSON of a damaged or hand-edited file) ended the pass, and the
owner was not found from that file — the owner's messages were then said as a stranger's ("Zoe Q", not "self"), and a
profile's username and earlier names linked no download. The main read already read on (INP46); the passes now read
on the same way. Values are invented."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from dataexam import api

PROFILE = "personal_information/profile_information/profile_information.json"
AUTOFILL = "your_activity_across_facebook/messages/autofill_information.json"
INBOX = "your_activity_across_facebook/messages/inbox/"
POSTS = "your_activity_across_facebook/posts/your_posts__check_ins__photos_and_videos_1.json"
HUGE = ["1e400", "-1e400", "1000000000000000000000000000000", "2.5e308"]


def _message(who: str, k: int) -> dict[str, object]:
    return {"sender_name": who, "timestamp_ms": 1_700_000_000_000 + k * 86_400_000, "content": f"hallo {k}"}


def _download(path: Path, files: dict[str, str]) -> Path:
    """A Facebook zip of ``files`` and one group chat of three (which names no owner by itself)."""
    with zipfile.ZipFile(path, "w") as z:
        for name, body in files.items():
            z.writestr(name, body)
        z.writestr(INBOX + "pals_1/message_1.json", json.dumps({
            "participants": [{"name": "Ann Berg"}, {"name": "Zoe Quist"}, {"name": "Cy Dorn"}],
            "messages": [_message("Zoe Quist", 0), _message("Ann Berg", 1)], "title": "Pals"}))
    return path


def _senders(archive: Path) -> list[tuple[str, str]]:
    """Each message's sender and actor ("self" for the owner's)."""
    events = list(api.timeline([archive], stats=api.RunStats()))
    return sorted((e.attrs["sender"], e.actor) for e in events if e.kind == "facebook.message")


OWNED = [("Ann Berg", "Ann Berg"), ("Zoe Quist", "self")]


@pytest.mark.parametrize("huge", HUGE)
@pytest.mark.parametrize("where", ["birthday", "before the name"])
def test_a_profile_with_a_huge_number_names_the_owner(tmp_path: Path, huge: str, where: str) -> None:
    body = ('{"profile_v2": {"name": {"full_name": "Zoe Quist"}, "username": "zoequist", "previous_names": '
            '[{"name": "Zoe Lind"}], "birthday": {"year": ' + huge + ', "month": 3, "day": 2}}}' if where == "birthday"
            else '{"profile_v2": {"registration_timestamp": ' + huge + ', "name": {"full_name": "Zoe Quist"}, '
                 '"username": "zoequist", "previous_names": [{"name": "Zoe Lind"}]}}')
    archive = _download(tmp_path / "facebook-zq.zip", {PROFILE: body})
    assert _senders(archive) == OWNED  # was ("Zoe Quist", "Zoe Quist"): the owner unknown
    exports = api.open_exports([archive])
    try:
        aliases = exports[0].parser.account_aliases(exports[0].archive)
    finally:
        api.close_exports(exports)
    assert {"username:zoequist", "Zoe Lind"} <= aliases  # was none: the profile not read


@pytest.mark.parametrize("huge", HUGE)
def test_messenger_s_autofill_with_a_huge_number_names_the_owner(tmp_path: Path, huge: str) -> None:
    archive = _download(tmp_path / "facebook-zq.zip", {
        AUTOFILL: '{"autofill_information_v2": {"PHONE": [' + huge + '], "FULL_NAME": ["Zoe Quist"]}}'})
    assert _senders(archive) == OWNED


@pytest.mark.parametrize("huge", HUGE)
def test_post_titles_after_a_huge_time_name_the_owner(tmp_path: Path, huge: str) -> None:
    """A download of posts only: the name its titles start with links it to the same person's other downloads."""
    posts = json.dumps([{"timestamp": 1_700_000_000 + k, "title": "Zoe Quist updated her status.",
                         "data": [{"post": f"note {k}"}]} for k in range(4)]).replace("1700000000", huge)
    archive = _download(tmp_path / "facebook-zq.zip", {POSTS: posts})
    exports = api.open_exports([archive])
    try:
        aliases = exports[0].parser.account_aliases(exports[0].archive)
    finally:
        api.close_exports(exports)
    assert "Zoe Quist" in aliases  # was none: the pass ended at the first post


def test_the_owner_is_found_as_before_without_huge_numbers(tmp_path: Path) -> None:
    archive = _download(tmp_path / "facebook-zq.zip", {
        PROFILE: '{"profile_v2": {"name": {"full_name": "Zoe Quist"}, "birthday": {"year": 1990, "month": 3, '
                 '"day": 2}}}'})
    assert _senders(archive) == OWNED


def test_a_damaged_profile_still_names_no_one(tmp_path: Path) -> None:
    """A fault that is no number (JSON cut short) ends the pass as before: the owner is not guessed."""
    archive = _download(tmp_path / "facebook-zq.zip", {PROFILE: '{"profile_v2": {"birthday": {"year": 19'})
    assert _senders(archive) == [("Ann Berg", "Ann Berg"), ("Zoe Quist", "Zoe Quist")]
