"""Messenger owner detection when an export carries no profile file."""

from __future__ import annotations

import json
from pathlib import Path

from dataexam.archive import open_archive
from dataexam.events import Event
from dataexam_parsers.facebook import FacebookParser


def thread(root: Path, folder: str, people: list[str], sender: str, title: str | None = None) -> None:
    d = root / "messages" / "inbox" / folder
    d.mkdir(parents=True)
    doc = {"participants": [{"name": p} for p in people],
           "messages": [{"sender_name": sender, "timestamp_ms": 1600000000000 + len(folder), "content": "hello"},
                        {"sender_name": "Ola Nordmann", "timestamp_ms": 1600000001000 + len(folder),
                         "content": "hi"}],
           "title": title or people[0], "is_still_participant": True, "thread_path": f"inbox/{folder}"}
    (d / "message_1.json").write_text(json.dumps(doc))


def test_owner_is_the_name_common_to_every_thread(tmp_path: Path, as_form) -> None:
    thread(tmp_path / "fb", "anna_1", ["Anna A", "Ola Nordmann"], "Anna A")
    thread(tmp_path / "fb", "bo_2", ["Bo B", "Ola Nordmann"], "Bo B")
    with open_archive(as_form(tmp_path / "fb")) as archive:
        events = [e for e in FacebookParser().events(archive) if isinstance(e, Event)]
    assert sorted(e.actor for e in events) == ["Anna A", "Bo B", "self", "self"]


def test_no_owner_is_assumed_from_a_single_group_thread(tmp_path: Path) -> None:
    # a group's title names the group, not a participant: one such thread settles nothing
    thread(tmp_path / "fb", "trip_1", ["Anna A", "Bo B", "Ola Nordmann"], "Anna A", title="Fjelltur 2020")
    with open_archive(tmp_path / "fb") as archive:
        events = [e for e in FacebookParser().events(archive) if isinstance(e, Event)]
    assert "self" not in {e.actor for e in events}


def test_owner_of_a_single_one_to_one_thread_is_the_one_the_title_does_not_name(tmp_path: Path) -> None:
    thread(tmp_path / "fb", "anna_1", ["Anna A", "Ola Nordmann"], "Anna A")
    with open_archive(tmp_path / "fb") as archive:
        events = [e for e in FacebookParser().events(archive) if isinstance(e, Event)]
    assert sorted(e.actor for e in events) == ["Anna A", "self"]


def test_title_and_common_name_disagree_gives_no_owner(tmp_path: Path) -> None:
    # two 1:1 threads whose titles leave different people: any doubt → no owner
    thread(tmp_path / "fb", "anna_1", ["Anna A", "Ola Nordmann"], "Anna A", title="Ola Nordmann")
    thread(tmp_path / "fb", "bo_2", ["Bo B", "Ola Nordmann"], "Bo B")
    with open_archive(tmp_path / "fb") as archive:
        events = [e for e in FacebookParser().events(archive) if isinstance(e, Event)]
    assert "self" not in {e.actor for e in events}
