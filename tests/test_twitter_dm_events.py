"""X DM conversation items that are not messages: ``twitter.dm_event`` (docs/kinds.md).

Shapes from alkihis/twitter-archive-reader ``ts/types/GDPRDMs.ts``: in ``direct-messages-group.js``
(2021 →) ``joinConversation {initiatingUserId, participantsSnapshot[], createdAt}``, ``participantsJoin
{initiatingUserId, userIds[], createdAt}``, ``participantsLeave {userIds[], createdAt}``,
``conversationNameUpdate {initiatingUserId, name, createdAt}`` sit between the ``messageCreate`` items;
2019–20 archives have sibling ``reactionCreate {senderId, reactionKey, eventId, createdAt}`` items
(eventId = the message reacted to). They were skipped without a word (shape sweep 2, §3–4).
"""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from dataexam import api
from dataexam.archive import Member, open_archive
from dataexam.cli import app
from dataexam.events import Event, ParseIssue
from dataexam.inference.engine import is_activity
from dataexam_parsers.twitter import TwitterParser
from helpers import FIXTURES, zip_tree

OWNER = "900000001"
GROUP = "1700000000000000001"


def _manifest(account_id: str = OWNER) -> str:
    return ("window.__THAR_CONFIG = " + json.dumps({
        "userInfo": {"accountId": account_id, "userName": "test_person", "displayName": "Test Person"},
        "archiveInfo": {"generationDate": "2025-03-01T10:00:00.000Z", "isPartialArchive": False}}) + "\n")


def _dm(message_id: str, sender: str, text: str, created: str, recipient: str | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {"reactions": [], "urls": [], "text": text, "mediaUrls": [], "senderId": sender,
                            "id": message_id, "createdAt": created, "editHistory": []}
    if recipient is not None:
        body["recipientId"] = recipient
    return {"messageCreate": body}


def _group_items() -> list[Any]:
    # the shape sweep's fixture (findings/x-group-events), newest first as X writes them
    return [
        _dm("1800000000000000050", OWNER, "velkommen alle", "2025-01-05T12:00:00.000Z"),
        {"participantsLeave": {"userIds": ["900000004"], "createdAt": "2025-01-05T11:00:00.000Z"}},
        {"participantsJoin": {"initiatingUserId": OWNER, "userIds": ["900000004"],
                              "createdAt": "2025-01-05T10:00:00.000Z"}},
        {"conversationNameUpdate": {"initiatingUserId": OWNER, "name": "Hyttetur 2025",
                                    "createdAt": "2025-01-05T09:00:00.000Z"}},
        {"joinConversation": {"initiatingUserId": "900000003",
                              "participantsSnapshot": [OWNER, "900000002", "900000003"],
                              "createdAt": "2025-01-05T08:00:00.000Z"}},
    ]


_ALL = ["twitter.*", "twitter.dm_event"]  # every kind, the opt-in one named


def _write_group(root: Path, items: list[Any], *, account_id: str = OWNER) -> Path:
    data = root / "data"
    data.mkdir(parents=True, exist_ok=True)
    (data / "manifest.js").write_text(_manifest(account_id))
    (root / "Your archive.html").write_text("<html></html>")
    (data / "direct-messages-group.js").write_text("window.YTD.direct_messages_group.part0 = " + json.dumps(
        [{"dmConversation": {"conversationId": GROUP, "messages": items}}], indent=2))
    return root


def _parse(path: Path) -> list[Event | ParseIssue]:
    with open_archive(path) as archive:
        return list(TwitterParser().events(archive))


def _events(items: list[Event | ParseIssue], kind: str) -> list[Event]:
    return [i for i in items if isinstance(i, Event) and i.kind == kind]


def _issues(items: list[Event | ParseIssue]) -> list[ParseIssue]:
    return [i for i in items if isinstance(i, ParseIssue)]


def _by_event(items: list[Event | ParseIssue]) -> dict[str, Event]:
    got: dict[str, Event] = {}
    for e in _events(items, "twitter.dm_event"):
        assert e.attrs["event"] not in got
        got[e.attrs["event"]] = e
    return got


def test_each_group_item_is_one_event_with_its_values(tmp_path: Path) -> None:
    items = _parse(_write_group(tmp_path / "x", _group_items()))
    assert not _issues(items)
    [dm] = _events(items, "twitter.dm")
    assert (dm.text, dm.actor, dm.attrs["group"]) == ("velkommen alle", "self", True)
    got = _by_event(items)
    assert set(got) == {"join_conversation", "participants_join", "participants_leave", "conversation_name_update"}

    join = got["join_conversation"]
    assert join.attrs == {"event": "join_conversation", "conversation_id": GROUP, "group": True,
                          "initiating_user_id": "900000003", "user_ids": [OWNER, "900000002", "900000003"]}
    assert join.actor == "900000003"  # someone else added the owner
    assert join.time == datetime(2025, 1, 5, 8, tzinfo=UTC) and join.time_source.value == "utc"
    assert join.text is None
    assert (join.origin.member, join.origin.index) == ("data/direct-messages-group.js", 4)

    rename = got["conversation_name_update"]
    assert rename.attrs == {"event": "conversation_name_update", "conversation_id": GROUP, "group": True,
                            "initiating_user_id": OWNER, "name": "Hyttetur 2025"}
    assert rename.actor == "self" and rename.time == datetime(2025, 1, 5, 9, tzinfo=UTC)

    add = got["participants_join"]
    assert add.attrs == {"event": "participants_join", "conversation_id": GROUP, "group": True,
                         "initiating_user_id": OWNER, "user_ids": ["900000004"]}
    assert add.actor == "self" and add.time == datetime(2025, 1, 5, 10, tzinfo=UTC)

    leave = got["participants_leave"]
    assert leave.attrs == {"event": "participants_leave", "conversation_id": GROUP, "group": True,
                           "user_ids": ["900000004"]}
    assert leave.actor == "900000004" and leave.time == datetime(2025, 1, 5, 11, tzinfo=UTC)

    assert rename.key.startswith(f"twitter.dm_event:{GROUP}:conversation_name_update:2025-01-05T09:00:00Z:")
    assert len({e.key for e in got.values()}) == 4


def test_the_owner_or_another_person_is_the_actor(tmp_path: Path) -> None:
    items = [
        # the owner leaves, with someone else: the owner is the actor
        {"participantsLeave": {"userIds": ["900000005", OWNER], "createdAt": "2025-02-01T10:00:00.000Z"}},
        # someone else renames the group
        {"conversationNameUpdate": {"initiatingUserId": "900000002", "name": "Hytta",
                                    "createdAt": "2025-02-01T09:00:00.000Z"}},
        # the owner started the group (an add of the owner by the owner)
        {"joinConversation": {"initiatingUserId": OWNER, "participantsSnapshot": [OWNER, "900000002"],
                              "createdAt": "2025-02-01T08:00:00.000Z"}},
    ]
    got = _by_event(_parse(_write_group(tmp_path / "x", items)))
    assert got["participants_leave"].actor == "self"
    assert got["participants_leave"].attrs["user_ids"] == ["900000005", OWNER]
    assert got["conversation_name_update"].actor == "900000002"
    assert got["conversation_name_update"].attrs["name"] == "Hytta"
    assert got["join_conversation"].actor == "self"
    # the clock counts only the owner's own timed actions
    assert [is_activity(got[k]) for k in ("participants_leave", "conversation_name_update", "join_conversation")] \
        == [True, False, True]
    # another archive's owner: the same items are someone else's acts
    other = _by_event(_parse(_write_group(tmp_path / "y", items, account_id="900000002")))
    assert other["participants_leave"].actor == "900000005"  # the first one leaving
    assert other["conversation_name_update"].actor == "self"
    assert other["join_conversation"].actor == OWNER


def test_malformed_items_keep_the_conversation_s_dms(tmp_path: Path) -> None:
    items = [
        _dm("1800000000000000060", "900000002", "first", "2025-01-06T12:00:00.000Z"),
        42,                                                        # not an object
        {"participantsJoin": ["900000004"]},                       # body not an object
        {"conversationNameUpdate": {"initiatingUserId": OWNER, "name": "Ny", "createdAt": 5}},  # createdAt a number:
        # kept undated (the fifth tester: it was an issue saying only "AttributeError")
        {"somethingNew": {"createdAt": "2025-01-06T10:00:00.000Z"}},  # a type no source lists
        {"messageCreate": "oops"},                                 # a message that is not an object
        {"participantsLeave": {"userIds": ["900000004"]}},         # no createdAt: kept, undated
        {"participantsJoin": {"initiatingUserId": {"id": 1}, "userIds": "900000004",
                              "createdAt": "2025-01-06T09:00:00.000Z"}},  # odd ids: none kept
        {"joinConversation": {}},                                  # nothing in it: an issue, not an event
        _dm("1800000000000000061", OWNER, "last", "2025-01-06T08:00:00.000Z"),
    ]
    parsed = _parse(_write_group(tmp_path / "x", items))
    assert sorted(e.text for e in _events(parsed, "twitter.dm")) == ["first", "last"]
    # the number written as createdAt is a date not understood: said at its record (it was undated unsaid)
    assert [(i.code, i.position) for i in _issues(parsed) if i.code == "bad-date"] == [("bad-date", "record 3")]
    issues = [i for i in _issues(parsed) if i.code != "bad-date"]
    assert [(i.code, i.position) for i in issues] == [
        ("bad-record", "record 1"), ("bad-record", "record 2"),
        ("bad-record", "record 4"), ("bad-record", "record 5"), ("bad-record", "record 8")]
    assert all(i.member == "data/direct-messages-group.js" for i in issues)
    assert "not an object" in issues[0].message and "participantsJoin" in issues[1].message
    assert "no known type" in issues[2].message and "messageCreate" in issues[3].message
    assert issues[4].message == "an empty joinConversation item"
    got = _by_event(parsed)
    assert set(got) == {"participants_leave", "participants_join", "conversation_name_update"}
    renamed = got["conversation_name_update"]
    assert (renamed.time, renamed.actor, renamed.attrs["name"]) == (None, "self", "Ny")
    undated = got["participants_leave"]
    assert undated.time is None and undated.time_source.value == "none" and undated.actor == "900000004"
    assert undated.origin.index == 6
    odd = got["participants_join"]
    assert odd.attrs["initiating_user_id"] is None and odd.attrs["user_ids"] == [] and odd.actor == "unknown"


def _reaction_2019(root: Path) -> Path:
    # the 2019 root layout (findings/x-reaction-create-2019): account.js names the owner, the
    # reactionCreate comes before the message it reacts to
    root.mkdir(parents=True)
    (root / "account.js").write_text("window.YTD.account.part0 = " + json.dumps([{"account": {
        "username": "test_person", "accountId": OWNER, "createdAt": "2012-01-01T10:00:00.000Z"}}]))
    (root / "tweet.js").write_text("window.YTD.tweet.part0 = " + json.dumps([{
        "id_str": "1100000000000000099", "id": "1100000000000000099", "full_text": "Hello world",
        "created_at": "Sat Jun 01 11:00:00 +0000 2019", "entities": {"hashtags": [], "user_mentions": [], "urls": []},
        "source": "web", "favorite_count": "0", "retweet_count": "0", "lang": "en"}]))
    (root / "direct-message.js").write_text("window.YTD.direct_message.part0 = " + json.dumps([{"dmConversation": {
        "conversationId": f"{OWNER}-900000002", "messages": [
            {"reactionCreate": {"senderId": "900000002", "reactionKey": "like", "eventId": "1100000000000000001",
                                "createdAt": "2019-06-01T12:05:00.000Z"}},
            {"reactionCreate": {"senderId": OWNER, "reactionKey": "funny", "eventId": "1100000000000000002",
                                "createdAt": "2019-06-01T12:07:00.000Z"}},
            _dm("1100000000000000002", "900000002", "Noon is early", "2019-06-01T12:06:00.000Z", recipient=OWNER),
            _dm("1100000000000000001", OWNER, "See you at the station at noon", "2019-06-01T12:00:00.000Z",
                recipient="900000002")]}}], indent=1))
    return root


def test_a_2019_reaction_create_before_its_message(tmp_path: Path) -> None:
    parsed = _parse(_reaction_2019(tmp_path / "x2019"))
    assert not _issues(parsed)
    dms = {e.attrs["id"]: e for e in _events(parsed, "twitter.dm")}
    assert set(dms) == {"1100000000000000001", "1100000000000000002"}
    assert dms["1100000000000000001"].actor == "self" and dms["1100000000000000001"].attrs["reactions"] == []
    reactions = sorted(_events(parsed, "twitter.dm_event"), key=lambda e: e.origin.index)
    assert [(r.attrs, r.actor, r.time, r.origin.member, r.origin.index) for r in reactions] == [
        ({"event": "reaction", "conversation_id": f"{OWNER}-900000002", "group": False,
          "message_id": "1100000000000000001", "reaction": "like", "sender_id": "900000002"},
         "900000002", datetime(2019, 6, 1, 12, 5, tzinfo=UTC), "direct-message.js", 0),
        ({"event": "reaction", "conversation_id": f"{OWNER}-900000002", "group": False,
          "message_id": "1100000000000000002", "reaction": "funny", "sender_id": OWNER},
         "self", datetime(2019, 6, 1, 12, 7, tzinfo=UTC), "direct-message.js", 1),
    ]
    assert reactions[0].key.startswith(f"twitter.dm_event:{OWNER}-900000002:reaction:2019-06-01T12:05:00Z:")
    assert [is_activity(r) for r in reactions] == [False, True]


def _opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    original = Member.open

    def counting(self: Member, *args: object, **kwargs: object) -> object:
        seen.append(self.path.rsplit("/", 1)[-1])
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Member, "open", counting)
    return seen


def test_kind_dm_event_reads_the_dm_files_and_keeps_only_those(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    archive = FIXTURES / "twitter" / "current" / "archive"
    full = list(api.timeline(archive, kinds=["twitter.*", "twitter.dm_event"]))
    want = [e for e in full if e.kind == "twitter.dm_event"]
    assert [(e.attrs["event"], e.actor) for e in want] == [("join_conversation", "1500000003"),
                                                           ("participants_leave", "1500000004")]
    # opt-in (Parser.opt_in_kinds): not by default, not by a glob; the regression cases' exact kind counts of
    # a 2023 archive holding these two items list none
    assert not [e for e in api.timeline(archive) if e.kind == "twitter.dm_event"]
    assert not [e for e in api.timeline(archive, kinds=["twitter.*"]) if e.kind == "twitter.dm_event"]
    assert [e for e in api.timeline(archive) if e.kind != "twitter.dm_event"] == [
        e for e in full if e.kind != "twitter.dm_event"]
    opened = _opened(monkeypatch)
    assert list(api.timeline(archive, kinds=["twitter.dm_event"])) == want
    assert "direct-messages-group.js" in opened and "tweets.js" not in opened and "like.js" not in opened
    # twitter.dm alone: the same file is read for its messages, and no dm_event comes out
    dms = list(api.timeline(archive, kinds=["twitter.dm"]))
    assert dms == [e for e in full if e.kind == "twitter.dm"] and len(dms) == 4
    # a kind of another handler: the DM files are not opened
    opened.clear()
    assert list(api.timeline(archive, kinds=["twitter.like"]))
    assert "direct-messages-group.js" not in opened and "direct-messages.js" not in opened
    # the CLI's --kind selects them too
    result = CliRunner().invoke(app, ["timeline", str(archive), "--kind", "twitter.dm_event", "-f", "jsonl"])
    assert result.exit_code == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["kind"], r["attrs"]["event"], r["time"]) for r in rows] == [
        ("twitter.dm_event", "join_conversation", "2024-02-10T12:00:00.000Z"),
        ("twitter.dm_event", "participants_leave", "2024-03-01T08:00:00.000Z")]
    # scan counts them and says how to get them
    scanned = CliRunner().invoke(app, ["scan", "--json", str(archive)])
    [result_] = json.loads(scanned.stdout)
    # (the fixture's deleted-tweets.js is opt-in in a timeline too: twitter.deleted_tweet)
    assert result_["records"]["twitter.dm_event"] == 2 and "twitter.dm_event" in result_["opt_in_kinds"]
    assert set(result_["opt_in_kinds"]) <= {"twitter.dm_event", "twitter.deleted_tweet"}
    text = CliRunner().invoke(app, ["scan", str(archive)]).stdout
    assert "opt-in: name it in --kind" in text
    # a glob matching only the opt-in kind would give nothing: a usage error that says how (the fifth tester)
    only = CliRunner().invoke(app, ["timeline", str(archive), "--kind", "twitter.dm_*"])
    assert only.exit_code == 2 and "--kind twitter.dm_event" in only.stderr
    assert CliRunner().invoke(app, ["timeline", str(archive), "--kind", "twitter.dm*"]).exit_code == 0


def test_two_copies_of_one_archive_give_each_event_once(tmp_path: Path) -> None:
    group = _write_group(tmp_path / "x", _group_items())
    copies = [group, zip_tree(group, tmp_path / "x.zip")]
    once = list(api.timeline(group, kinds=_ALL))
    twice = list(api.timeline(copies, kinds=_ALL))
    assert sorted(e.key for e in twice) == sorted(e.key for e in once)
    assert sorted(e.attrs.get("event", "dm") for e in twice) == [
        "conversation_name_update", "dm", "join_conversation", "participants_join", "participants_leave"]
    # the 2019 reactions as well, from a folder and its zip
    old = _reaction_2019(tmp_path / "x2019")
    both = list(api.timeline([old, zip_tree(old, tmp_path / "x2019.zip")], kinds=["twitter.dm_event"]))
    assert sorted((e.attrs["message_id"], e.attrs["reaction"]) for e in both) == [
        ("1100000000000000001", "like"), ("1100000000000000002", "funny")]


def test_two_items_of_one_instant_are_two_events(tmp_path: Path) -> None:
    # two people added by two members in the same millisecond: the key tells them apart
    items = [{"participantsJoin": {"initiatingUserId": OWNER, "userIds": ["900000004"],
                                   "createdAt": "2025-01-05T10:00:00.000Z"}},
             {"participantsJoin": {"initiatingUserId": "900000002", "userIds": ["900000005"],
                                   "createdAt": "2025-01-05T10:00:00.000Z"}}]
    root = _write_group(tmp_path / "x", items)
    got = list(api.timeline(root, kinds=["twitter.dm_event"]))
    assert sorted((e.actor, tuple(e.attrs["user_ids"])) for e in got) == [
        ("900000002", ("900000005",)), ("self", ("900000004",))]


def test_a_group_file_copied_into_the_fixture_is_read_with_its_dms(tmp_path: Path) -> None:
    # the fixture's own group file: a joinConversation before the messages and a participantsLeave after
    tree = tmp_path / "archive"
    shutil.copytree(FIXTURES / "twitter" / "current" / "archive", tree)
    parsed = _parse(tree)
    group = [e for e in parsed if isinstance(e, Event) and e.origin.member == "data/direct-messages-group.js"]
    assert [(e.kind, e.origin.index) for e in group] == [
        ("twitter.dm_event", 0), ("twitter.dm", 1), ("twitter.dm", 2), ("twitter.dm_event", 3)]
    join = group[0]
    assert join.attrs["user_ids"] == ["1500000001", "1500000003", "1500000004"]
    assert join.attrs["initiating_user_id"] == "1500000003" and join.actor == "1500000003"


def test_malformed_conversations_are_said_and_the_good_one_read(tmp_path: Path) -> None:
    # the twentieth tester's F5: conversations of another shape were dropped with no issue at all
    root = tmp_path / "x"
    _write_group(root, [])
    conversations = [
        {"dmConversation": "bad"},                                           # not an object
        {"dmConversation": {"conversationId": "x", "messages": "notalist"}},  # messages not a list
        {"dmConversation": {"conversationId": GROUP, "messages": [
            _dm("1800000000000000070", OWNER, "kept", "2025-01-07T12:00:00.000Z")]}},
        {"dmConversation": {"conversationId": "78"}},                        # no messages
        {"dmConversation": {"conversationId": "79", "messages": {"a": 1}}},  # messages an object, last
    ]
    (root / "data" / "direct-messages-group.js").write_text(
        "window.YTD.direct_messages_group.part0 = " + json.dumps(conversations, indent=1))
    parsed = _parse(root)
    assert [(e.text, e.attrs["conversation_id"]) for e in _events(parsed, "twitter.dm")] == [("kept", GROUP)]
    assert [(i.code, i.position, i.message) for i in _issues(parsed)] == [
        ("bad-record", "conversation 0", "a conversation that is not an object"),
        ("bad-record", "conversation 1", "a conversation whose messages are not a list"),
        ("bad-record", "conversation 3", "a conversation without its messages"),
        ("bad-record", "conversation 4", "a conversation whose messages are not a list")]


def test_a_last_conversation_without_messages_is_said(tmp_path: Path) -> None:
    root = tmp_path / "x"
    _write_group(root, [_dm("1800000000000000071", OWNER, "hello", "2025-01-07T12:00:00.000Z")])
    path = root / "data" / "direct-messages-group.js"
    text = path.read_text().rstrip()
    assert text.endswith("]")
    path.write_text(text[:-1] + ', {"dmConversation": {"conversationId": "80"}}]')
    parsed = _parse(root)
    assert [e.text for e in _events(parsed, "twitter.dm")] == ["hello"]
    assert [(i.position, i.message) for i in _issues(parsed)] == [
        ("conversation 1", "a conversation without its messages")]


def test_the_issue_summary_says_each_wording_with_its_own_count(tmp_path: Path) -> None:
    # the twenty-second pass's tester: "6 × bad-record — a conversation that is not an object", wrong for 2 of the
    # 6; and scan --json gave no position
    root = tmp_path / "x"
    _write_group(root, [])
    conversations = [{"dmConversation": "bad"}, {"dmConversation": 5}, {"dmConversation": None},
                     {"dmConversation": {"conversationId": "x", "messages": "notalist"}}]
    (root / "data" / "direct-messages-group.js").write_text(
        "window.YTD.direct_messages_group.part0 = " + json.dumps(conversations))
    result = CliRunner().invoke(app, ["timeline", str(root)])
    assert result.exit_code == 0, result.stderr
    lines = [line.strip() for line in result.stderr.splitlines() if "×" in line]
    where = "data/direct-messages-group.js"
    assert lines == [
        f"{where} (first at conversation 0): 3 × bad-record — a conversation that is not an object",
        f"{where} (conversation 3): 1 × bad-record — a conversation whose messages are not a list"]
    scan = CliRunner().invoke(app, ["scan", "--json", str(root)])
    files = json.loads(scan.stdout)[0]["issue_files"]
    assert [f.get("position") for f in files] == [f"conversation {n}" for n in range(4)]


def test_a_group_conversations_first_message_carries_the_members_the_file_lists(tmp_path: Path) -> None:
    # joinConversation's participantsSnapshot and participantsJoin's userIds come after the messages (oldest
    # last): a byte scan reads them first, so the social circle counts the listed members, not only those who
    # wrote (the twenty-fifth pass's first tester, M7). Only the conversation's first message carries them.
    items = [_dm("1800000000000000051", "900000002", "hei", "2025-01-05T12:30:00.000Z"), *_group_items()]
    parsed = _parse(_write_group(tmp_path / "x", items))
    assert not _issues(parsed)
    first, second = _events(parsed, "twitter.dm")
    assert first.attrs["members"] == [OWNER, "900000002", "900000003", "900000004"]
    assert "members" not in second.attrs
    report = api.report([tmp_path / "x"])
    assert report.finding("social_circle").value["group_chats"]["people"] == 3
