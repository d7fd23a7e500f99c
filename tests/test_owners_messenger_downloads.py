"""Whose Messenger download is this, unpacked beside a whole Facebook download in one folder (T32B H1, Facebook half).

* messenger.com's secure-storage download of end-to-end-encrypted chats (2024→: ``<Name>_<n>.json`` per chat,
  ``participants`` and ``threadName`` as plain strings, ``messages[senderName, text, timestamp ms]``, one ``media/``
  folder for all; stepva/chatalysis#104, Yukaii/messenger-JSON-viewer#12) is a download of its own, never a folder
  of the DYI download: a partner's, unpacked beside the person's download (in its own folder or loose), was read as
  hers, his 456 messages and his friends hers. It is now its own export; its participants name its owner: his is a
  second account (refused; two under ``--per-account``), hers merges.
* A partner's DYI download of Messenger alone (``your_facebook_activity/messages/{inbox,e2ee_cutover}/…``,
  ``messages/autofill_information.json``) beside a whole download holding no chat shares no file name with it and
  was one export with it. Folders naming different owners (the profile's name; Messenger's ``autofill_information``
  ``FULL_NAME``, or the one participant every chat allows) are two exports.

Invented values in real structures (formats.md §1; the parser's ``_h_e2ee`` docstring).
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from dataexam import api
from dataexam.archive import open_input
from dataexam.errors import SeveralAccounts
from dataexam.registry import load_registry
from dataexam_parsers.facebook.parser import FacebookParser

REGISTRY = load_registry()
T = 1_735_000_000
ACT = "your_facebook_activity"
HERS = "facebook-janedoe-2025-11-01-AbCdEfGh"


def _fb(text: str) -> str:
    """Facebook's mojibake: each UTF-8 byte as its own character (formats.md §1.3)."""
    return text.encode("utf-8").decode("latin-1")


def _write(path: Path, obj: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(obj), encoding="utf-8")


def _thread(owner: str, others: list[str], folder: str, n: int, where: str = "inbox") -> dict[str, Any]:
    people = [*others, owner]
    return {"participants": [{"name": _fb(p)} for p in people],
            "messages": [{"sender_name": _fb(people[k % len(people)]), "timestamp_ms": (T + 60 * k) * 1000,
                          "content": f"{folder} {k}", "is_geoblocked_for_viewer": False} for k in reversed(range(n))],
            "title": _fb(others[0] if len(others) == 1 else "Pub quiz"), "is_still_participant": True,
            "thread_path": f"{where}/{folder}", "magic_words": []}


def _full(root: Path, name: str = "Jane Döe", username: str = "janedoe", chats: bool = True) -> None:
    """A whole 2024–25 download: the profile, a chat with Amy (6 messages) where ``chats``, three posts."""
    _write(root / "personal_information/profile_information/profile_information.json",
           {"profile_v2": {"name": {"full_name": _fb(name)}, "username": username,
                           "profile_uri": f"https://www.facebook.com/{username}", "registration_timestamp": T - 10**8}})
    if chats:
        _write(root / ACT / "messages/inbox/amylee_111/message_1.json", _thread(name, ["Amy Lee"], "amylee_111", 6))
    _write(root / ACT / "posts/your_posts__check_ins__photos_and_videos_1.json",
           [{"timestamp": T + k, "data": [{"post": f"post {k}"}], "title": _fb(f"{name} updated her status.")}
            for k in range(3)])


def _e2ee(root: Path, owner: str, friends: tuple[str, ...] = ("Amy Lee", "Bob Stone"), n: int = 5,
          flat: bool = False) -> None:
    """messenger.com's secure-storage download unpacked into ``root``: ``messages/<Name>_<n>.json`` per chat (n
    messages each; Meowwy/chat-archive's importer) or, ``flat``, the chats at its top (as T32B's tester had them),
    and the ``media/`` folder all chats share."""
    for i, friend in enumerate(friends, 1):
        _write(root / ("" if flat else "messages") / f"{friend.replace(' ', '_')}_{i}.json",
               {"participants": [owner, friend], "threadName": friend,
                "messages": [{"senderName": owner if k % 2 else friend, "text": "Pub later?", "type": "text",
                              "timestamp": (T + 3600 * k + i) * 1000, "reactions": [], "media": [],
                              "isUnsent": False} for k in range(n)]})
    (root / "media").mkdir(parents=True, exist_ok=True)
    (root / "media" / "1234567890.jpg").write_bytes(b"\xff\xd8\xff\xe0 invented")


def _messenger_dyi(root: Path, owner: str, autofill: bool = True, inbox: bool = True) -> None:
    """A DYI download of Messenger alone: an ``e2ee_cutover/`` chat with Carl (4 messages), an inbox chat with Bob
    (4) where ``inbox``, and ``autofill_information.json`` naming the owner where ``autofill``."""
    msgs = root / ACT / "messages"
    _write(msgs / "e2ee_cutover/carlwu_333/message_1.json",
           _thread(owner, ["Carl Wu"], "carlwu_333", 4, "e2ee_cutover"))
    if inbox:
        _write(msgs / "inbox/bobstone_222/message_1.json", _thread(owner, ["Bob Stone"], "bobstone_222", 4))
    if autofill:
        _write(msgs / "autofill_information.json",
               {"autofill_information_v2": {"FULL_NAME": [_fb(owner)], "FIRST_NAME": [_fb(owner.split()[0])],
                                            "EMAIL": ["someone@example.invalid"]}})


def _refused_as_two(folder: Path, hers: str, his: str) -> None:
    with pytest.raises(SeveralAccounts, match="2 different accounts") as refused:
        api.close_exports(api.open_exports([folder], registry=REGISTRY))
    assert str(folder / hers).rstrip("/.") in str(refused.value)
    exports = api.open_exports([folder], registry=REGISTRY, per_account=True)
    try:
        assert sorted(e.account or "" for e in exports) == ["Jane Döe", "John Roe"]
        [john] = [e for e in exports if e.account == "John Roe"]
        assert Path(john.name) == (folder / his if his else folder)
    finally:
        api.close_exports(exports)


@pytest.mark.parametrize(("where", "flat"), [
    *((w, f) for w in ("folder", "loose", "her folder unnamed") for f in (False, True)), ("inside hers", False)])
def test_a_partners_e2ee_chat_download_beside_her_download_is_another_account(tmp_path: Path, where: str,
                                                                               flat: bool) -> None:
    """T32B H1: John's messenger.com download unpacked beside Jane's download — in its own folder, its files loose in
    the folder holding hers, beside her download unpacked into a folder not named by Facebook, or its messages/
    folder into her download's — was one export with hers (his 10 messages hers, exit 0). Now his own export:
    refused as two accounts, two with --per-account."""
    shared = tmp_path / "shared"
    hers = "jane" if where == "her folder unnamed" else HERS
    _full(shared / hers)
    his = {"loose": "", "inside hers": f"{HERS}/messages"}.get(where, "messenger-download")
    _e2ee(shared / hers if where == "inside hers" else shared / his if his else shared, "John Roe", flat=flat)
    _refused_as_two(shared, hers, his)


def test_a_partners_e2ee_download_of_one_chat_is_another_account(tmp_path: Path) -> None:
    """One chat names its owner by its title (the other person): Bob's chat of John's is John's."""
    _full(tmp_path / HERS)
    _e2ee(tmp_path / "messenger-download", "John Roe", friends=("Bob Stone",))
    _refused_as_two(tmp_path, HERS, "messenger-download")


@pytest.mark.parametrize("where", ["folder", "loose"])
@pytest.mark.parametrize("friends", [("Amy Lee", "Bob Stone"), ("Bob Stone",)])
def test_her_own_e2ee_chat_download_beside_her_download_merges(tmp_path: Path, where: str,
                                                                friends: tuple[str, ...]) -> None:
    """Her own secure-storage download beside her DYI download: one account, her 6 DYI + 5 per E2EE chat."""
    _full(tmp_path / HERS)
    _e2ee(tmp_path / "messenger-download" if where == "folder" else tmp_path, "Jane Döe", friends)
    exports = api.open_exports([tmp_path], registry=REGISTRY)  # no refusal
    try:
        assert {e.account for e in exports} == {"Jane Döe"}
        assert sorted(e.detection.variant or "" for e in exports) == ["2024-25", "messenger-e2ee"]
    finally:
        api.close_exports(exports)
    kinds = Counter(e.kind for e in api.timeline(tmp_path, registry=REGISTRY))
    assert kinds["facebook.message"] == 6 + 5 * len(friends)


@pytest.mark.parametrize("autofill", [True, False])
@pytest.mark.parametrize("his", ["john-messages", "facebook-johnroe-2025-10-15-QwErTyUi"])
def test_a_partners_messenger_only_download_beside_her_download_without_chats_is_another_account(
        tmp_path: Path, autofill: bool, his: str) -> None:
    """Her whole download holding no chat, his DYI download of Messenger alone (one e2ee_cutover chat): no file name
    in common, so one export (his Carl's chat hers). His autofill name, or his chat's title, names him."""
    _full(tmp_path / HERS, chats=False)
    _messenger_dyi(tmp_path / his, "John Roe", autofill=autofill, inbox=False)
    _refused_as_two(tmp_path, HERS, his)


@pytest.mark.parametrize("inbox", [True, False])
def test_her_own_messenger_only_download_beside_her_download_merges(tmp_path: Path, inbox: bool) -> None:
    _full(tmp_path / HERS, chats=False)
    _messenger_dyi(tmp_path / "jane-messages", "Jane Döe", inbox=inbox)
    exports = api.open_exports([tmp_path], registry=REGISTRY)  # no refusal
    try:
        assert {e.account for e in exports} == {"Jane Döe"}
    finally:
        api.close_exports(exports)
    kinds = Counter(e.kind for e in api.timeline(tmp_path, registry=REGISTRY))
    assert kinds["facebook.message"] == 4 + (4 if inbox else 0)


def test_parts_of_one_download_naming_no_one_still_merge(tmp_path: Path) -> None:
    """The owners' test keeps apart only folders naming different people: her download's profile in one folder,
    its posts (naming no one) in another, are one export as before."""
    _write(tmp_path / "part1/personal_information/profile_information/profile_information.json",
           {"profile_v2": {"name": {"full_name": _fb("Jane Döe")}, "registration_timestamp": T - 10**8}})
    _write(tmp_path / f"part1/{ACT}/messages/inbox/amylee_111/message_1.json",
           _thread("Jane Döe", ["Amy Lee"], "amylee_111", 6))
    _write(tmp_path / f"part2/{ACT}/posts/your_posts__check_ins__photos_and_videos_1.json",
           [{"timestamp": T + k, "data": [{"post": f"post {k}"}]} for k in range(3)])
    exports = api.open_exports([tmp_path], registry=REGISTRY)
    try:
        assert len(exports) == 1 and exports[0].account == "Jane Döe"
    finally:
        api.close_exports(exports)


@pytest.mark.parametrize(("autofill", "owner"), [(True, "John Roe"), (False, None)])
def test_autofill_information_names_the_owner_of_a_messenger_only_download(
        tmp_path: Path, autofill: bool, owner: str | None) -> None:
    """One group chat names no one in particular; Messenger's autofill_information.json FULL_NAME (mojibake
    repaired) names the download's owner."""
    root = tmp_path / "msgs"
    _write(root / ACT / "messages/inbox/pubquiz_444/message_1.json",
           _thread("John Roe", ["Amy Lee", "Bob Stone"], "pubquiz_444", 6))
    if autofill:
        _write(root / ACT / "messages/autofill_information.json",
               {"autofill_information_v2": {"FULL_NAME": [_fb("John Roe")], "PHONE": ["+440000000000"]}})
    with open_input(root) as archive:
        assert FacebookParser().account(archive) == owner


@pytest.mark.parametrize(("folder", "refused"), [("facebook-johnroe-2025-10-15-QwErTyUi", True),
                                                 ("facebook-janedoe-2025-10-15-QwErTyUi", False)])
def test_a_posts_only_download_in_a_folder_named_by_a_username_beside_a_download_holding_no_post(
        tmp_path: Path, folder: str, refused: bool) -> None:
    """A partial download (posts only, untitled) unpacked into its ``facebook-<username>-…`` folder beside a whole
    download holding no post shares no file name with it and was one export with it, whoever's: the username of its
    folder's name now keeps his apart (refused as two accounts), hers merges."""
    _write(tmp_path / HERS / "personal_information/profile_information/profile_information.json",
           {"profile_v2": {"name": {"full_name": _fb("Jane Döe")}, "username": "janedoe",
                           "registration_timestamp": T - 10**8}})
    _write(tmp_path / HERS / ACT / "messages/inbox/amylee_111/message_1.json",
           _thread("Jane Döe", ["Amy Lee"], "amylee_111", 6))
    _write(tmp_path / folder / ACT / "posts/your_posts__check_ins__photos_and_videos_1.json",
           [{"timestamp": T + 100 + k, "data": [{"post": f"post {k}"}]} for k in range(4)])
    if refused:
        with pytest.raises(SeveralAccounts, match="2 different accounts"):
            api.close_exports(api.open_exports([tmp_path], registry=REGISTRY))
        return
    exports = api.open_exports([tmp_path], registry=REGISTRY)
    try:
        assert {e.account for e in exports} == {"Jane Döe"}
    finally:
        api.close_exports(exports)
    assert Counter(e.kind for e in api.timeline(tmp_path, registry=REGISTRY))["facebook.post"] == 4
