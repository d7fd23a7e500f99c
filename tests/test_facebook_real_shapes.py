"""Facebook shapes seen in real exports and bug reports (issue 11; shared cases 01, 03, 04, 06, 08, 17).

Each test covers a whole class: every handled file for empty members, every keyed kind for
distinct records, every era for the era label, both placements of the E2EE chat download.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from dataexam.archive import open_archive
from dataexam.errors import SeveralAccounts
from dataexam.events import Event, ParseIssue
from dataexam_parsers.facebook import FacebookParser
from dataexam_parsers.facebook.parser import _MAY_BE_EMPTY, _epoch
from helpers import FIXTURES

FB = FIXTURES / "facebook"
ERAS = ["2018", "2019-20", "2021-22", "2023", "2024-25"]
OWNER = "Maja Øvergård"


def parse(path: Path) -> list[Event | ParseIssue]:
    with open_archive(path) as archive:
        return list(FacebookParser().events(archive))


def events_of(items: list[Event | ParseIssue], kind: str | None = None) -> list[Event]:
    return [e for e in items if isinstance(e, Event) and (kind is None or e.kind == kind)]


def issues_of(items: list[Event | ParseIssue]) -> list[ParseIssue]:
    return [i for i in items if isinstance(i, ParseIssue)]


def write(root: Path, path: str, obj: object) -> None:
    target = root / path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(obj, ensure_ascii=False), encoding="utf-8")


def variant(root: Path) -> tuple[str | None, str]:
    with open_archive(root) as archive:
        detection = FacebookParser().detect(archive)
    return detection.variant, detection.reason


# ---- 1. zero-byte members: a bad-shape issue from every handler ------------------------------------

@pytest.mark.parametrize("era", ERAS)
def test_every_handled_json_file_emptied_is_a_bad_shape_issue(era: str, tmp_path: Path) -> None:
    root = tmp_path / era
    shutil.copytree(FB / era / "archive", root)
    parser = FacebookParser()
    emptied = set()
    for path in root.rglob("*.json"):
        rel = path.relative_to(root).as_posix()
        rule = parser.classify(rel)
        if rule is not None and rule.handler and path.name not in _MAY_BE_EMPTY:
            path.write_bytes(b"")
            emptied.add(rel)
    assert len(emptied) >= 15
    items = parse(root)
    issues = issues_of(items)
    assert {i.member for i in issues} == emptied
    assert {i.code for i in issues} == {"bad-shape"}
    assert all("empty" in i.message for i in issues)


@pytest.mark.parametrize(("path", "handler"), [
    ("messages/inbox/anna_1/message_1.json", "_h_messages"),
    ("posts/your_posts_1.json", "_h_posts"),
    ("comments_and_reactions/comments.json", "_h_comments"),
    ("messages/e2ee/Anna A_1.json", "_h_e2ee"),
])
def test_white_space_only_member_is_a_bad_shape_issue_and_empty_lists_are_silent(
        path: str, handler: str, tmp_path: Path) -> None:
    assert FacebookParser().classify(path).handler == handler
    target = tmp_path / "blank" / path
    target.parent.mkdir(parents=True)
    target.write_bytes(b"\xef\xbb\xbf \n\t")
    [issue] = issues_of(parse(tmp_path / "blank"))
    assert (issue.member, issue.code) == (path, "bad-shape")
    # a legitimately empty envelope is no issue
    target = tmp_path / "empty" / path
    target.parent.mkdir(parents=True)
    target.write_text("[]" if handler == "_h_posts" else
                      '{"comments_v2": []}' if handler == "_h_comments" else
                      '{"participants": [{"name": "A"}, {"name": "B"}], "messages": [], "title": "A"}',
                      encoding="ascii")
    assert issues_of(parse(tmp_path / "empty")) == []


# ---- 2. keys: every field that makes a record distinct ---------------------------------------------

def test_posts_differing_only_in_title_or_tags_are_distinct_and_repeats_merge(tmp_path: Path) -> None:
    write(tmp_path, "your_activity_across_facebook/posts/your_posts_1.json", [
        {"timestamp": 1405350127, "data": [], "title": "Irene recomienda El jardín de las horas lentas."},
        {"timestamp": 1405350127, "data": [], "title": "Irene recomienda Cartas desde el faro."},
        {"timestamp": 1406212800, "data": [{"post": "Primer baño 🌊"}]},
        {"timestamp": 1406212800, "data": [{"post": "Primer baño 🌊"}, {}]},
        {"timestamp": 1407000000, "data": [{"post": "Vuelta"}], "tags": [{"name": "Ana"}]},
        {"timestamp": 1407000000, "data": [{"post": "Vuelta"}], "tags": [{"name": "Eva"}]},
        {"timestamp": 1408000000, "data": [{"post": "Igual"}]},
        {"timestamp": 1408000000, "data": [{"post": "Igual"}]},
    ])
    posts = events_of(parse(tmp_path), "facebook.post")
    assert len({p.key for p in posts}) == 6  # 2 titles + 1 repeat pair + 2 tag sets + 1 exact pair


def test_comments_on_two_posts_in_one_second_are_two(tmp_path: Path) -> None:
    comment = {"timestamp": 1457387286, "data": [{"comment": {"timestamp": 1457387286, "comment": "fedt"}}]}
    write(tmp_path, "comments_and_reactions/comments.json", {"comments_v2": [
        {**comment, "title": "Jane commented on Tobias's post."},
        {**comment, "title": "Jane commented on Kari's photo."},
        {**comment, "title": "Jane commented on Kari's photo."}]})
    # told apart by the merge (key version 4: the title is in the UI's language, so out of the key; the merge numbers
    # the key by the titles of one download, as reactions by their targets)
    from dataexam import api
    from dataexam.registry import load_registry
    kept = [e for e in api.timeline([tmp_path], registry=load_registry(entry_points=False))
            if e.kind == "facebook.comment"]
    assert sorted(e.attrs["title"] for e in kept) == ["Jane commented on Kari's photo.",
                                                      "Jane commented on Tobias's post."]
    assert len({e.key for e in kept}) == 2


def test_reactions_with_one_title_on_two_urls_are_two(tmp_path: Path) -> None:
    def reaction(url: str) -> dict:
        return {"timestamp": 1728204035, "title": "Jane likes Kari's photo.",
                "data": [{"reaction": {"reaction": "LIKE", "actor": "Jane"}}],
                "label_values": [{"label": "URL", "value": url}]}
    write(tmp_path, "comments_and_reactions/likes_and_reactions_1.json",
          [reaction("https://example.org/p/1"), reaction("https://example.org/p/2"), reaction("https://example.org/p/2")])
    # told apart by the merge (key version 3: the key is the second and the reaction, the target numbers it)
    from dataexam import api
    from dataexam.registry import load_registry
    kept = [e for e in api.timeline([tmp_path], registry=load_registry(entry_points=False))
            if e.kind == "facebook.reaction"]
    assert sorted(e.attrs["url"] for e in kept) == ["https://example.org/p/1", "https://example.org/p/2"]


def test_logins_of_one_second_differing_in_port_are_two(tmp_path: Path) -> None:
    login = {"action": "Login", "timestamp": 1700000000, "ip_address": "192.0.2.1", "user_agent": "UA"}
    write(tmp_path, "security_and_login_information/account_activity.json", {"account_activity_v2": [
        {**login, "port": 50001}, {**login, "port": 50002}, {**login, "port": 50002}]})
    assert len({e.key for e in events_of(parse(tmp_path), "facebook.login")}) == 2


def test_text_less_messages_of_one_second_differ_by_their_media_and_share(tmp_path: Path) -> None:
    write(tmp_path, "messages/inbox/anna_1/message_1.json", {
        "participants": [{"name": "Anna A"}, {"name": OWNER}], "title": "Anna A", "messages": [
            {"sender_name": "Anna A", "timestamp_ms": 1600000000000, "photos": [{"uri": "p/1.jpg"}]},
            {"sender_name": "Anna A", "timestamp_ms": 1600000000000, "photos": [{"uri": "p/2.jpg"}]},
            {"sender_name": "Anna A", "timestamp_ms": 1600000000000, "share": {"link": "https://example.org"}},
            {"sender_name": "Anna A", "timestamp_ms": 1600000000000, "photos": [{"uri": "p/2.jpg"}]}]})
    assert len({m.key for m in events_of(parse(tmp_path), "facebook.message")}) == 3


# ---- 3. seconds or milliseconds, whatever the field is called --------------------------------------

@pytest.mark.parametrize("value", [1526400100, 1526400100000, "1526400100", 1526400100.0])
def test_epoch_unit_is_read_from_the_magnitude(value: object) -> None:
    when, source = _epoch(value)
    assert when is not None and when.isoformat() == "2018-05-15T16:01:40+00:00" and source.value == "utc"


def test_spring_2018_messages_with_timestamp_in_seconds_are_dated() -> None:
    messages = events_of(parse(FB / "2018" / "archive"), "facebook.message")
    assert len(messages) == 5 and all(m.time is not None for m in messages)
    oks = sorted(m.time.isoformat() for m in messages if m.text == "Ok")
    assert oks == ["2018-05-16T15:53:20+00:00", "2018-05-16T16:10:00+00:00"]
    [own] = [m for m in messages if m.actor == "self"]
    assert own.time.isoformat() == "2018-05-15T16:01:40+00:00"


def test_one_message_in_seconds_and_in_ms_shares_its_key(tmp_path: Path) -> None:
    for name, field, value in (("a", "timestamp", 1526400100), ("b", "timestamp_ms", 1526400100000)):
        write(tmp_path / name, "messages/anna_1/message.json", {
            "participants": ["Anna A", OWNER], "title": "Anna A",
            "messages": [{"sender_name": "Anna A", field: value, "content": "Hei"}]})
    [a] = events_of(parse(tmp_path / "a"))
    [b] = events_of(parse(tmp_path / "b"))
    assert a.key == b.key and a.time == b.time


def test_unreadable_message_times_are_reported_kept_and_not_merged(tmp_path: Path) -> None:
    """A damaged time field: each message is kept undated with an issue; two such messages with the
    same text stay two records (their key falls back to their place in the file)."""
    from dataexam.api import timeline

    write(tmp_path / "x", "messages/anna_1/message_1.json", {
        "participants": [{"name": "Anna A"}, {"name": OWNER}], "title": "Anna A",
        "messages": [{"sender_name": "Anna A", "timestamp_ms": "bogus", "content": "ok"},
                     {"sender_name": "Anna A", "timestamp_ms": "bogus", "content": "ok"},
                     {"sender_name": "Anna A", "timestamp_ms": 1526400100000, "content": "ok"}]})
    items = parse(tmp_path / "x")
    messages = events_of(items, "facebook.message")
    assert len(messages) == 3 and sum(1 for m in messages if m.time is None) == 2
    assert len({m.key for m in messages}) == 3
    problems = issues_of(items)
    assert len(problems) == 2 and all("not a readable number" in i.message for i in problems)
    assert len(list(timeline([tmp_path / "x"], kinds=["facebook.message"]))) == 3  # none dropped as a duplicate


# ---- 4. Messenger's end-to-end-encrypted chat download ---------------------------------------------

def test_e2ee_download_alone_is_a_facebook_variant_with_messages() -> None:
    root = FB / "messenger-e2ee" / "archive"
    kind, reason = variant(root)
    assert kind == "messenger-e2ee" and "end-to-end" in reason
    items = parse(root)
    assert issues_of(items) == []
    messages = events_of(items, "facebook.message")
    assert len(messages) == 6 and all(m.time_source.value == "utc" for m in messages)
    first = next(m for m in messages if m.text == "On se voit samedi ?")
    assert (first.actor, first.time.isoformat()) == ("Emilie Dubois", "2024-06-03T07:33:20+00:00")
    media = next(m for m in messages if m.time.isoformat() == "2024-06-03T07:34:20+00:00")
    assert media.actor == "self" and media.text is None and media.attrs["media"] == ["./media/2a9f0c.jpg"]
    assert media.attrs["reactions"] == [{"reaction": "❤", "actor": "Emilie Dubois"}]
    assert sum(1 for m in messages if m.attrs.get("is_unsent")) == 1
    assert {m.attrs["thread_folder"] for m in messages} == {"e2ee"}


def test_e2ee_download_in_a_wrapper_folder_and_inside_a_dyi_export(tmp_path: Path) -> None:
    wrapped = tmp_path / "wrapped" / "messenger-download"
    shutil.copytree(FB / "messenger-e2ee" / "archive", wrapped)
    assert variant(tmp_path / "wrapped")[0] == "messenger-e2ee"
    assert len(events_of(parse(tmp_path / "wrapped"), "facebook.message")) == 6
    dyi = tmp_path / "dyi"
    shutil.copytree(FB / "2024-25" / "archive", dyi)
    (dyi / "your_facebook_activity/messages/e2ee").mkdir()
    shutil.copy(FB / "messenger-e2ee" / "archive" / "Emilie Dubois_1.json",
                dyi / "your_facebook_activity/messages/e2ee/Emilie Dubois_1.json")
    items = parse(dyi)
    assert issues_of(items) == []
    assert variant(dyi)[0] == "2024-25"
    messages = events_of(items, "facebook.message")
    assert len(messages) == 6
    assert [m.actor for m in messages if m.text == "Ja, kl. 10 ☕"] == ["self"]


def _secure_storage(root: Path, photo: str = "ff8bfa0f-0000-4000-8000-000000000001", extra: tuple = (),
                    owner: str = "Kari Nordmann") -> Path:
    """Messenger's E2EE download as it unzips (Meowwy/chat-archive's importer, written against real
    downloads): ``messages/<Name>_<n>.json`` with ``threadName`` carrying the same index, beside a shared
    ``media/`` of files named by UUIDs minted per download; ``owner``'s chat with Ola; invented names and values."""
    msg = {"isUnsent": False, "media": [], "reactions": [], "type": "text"}
    write(root, "messages/Ola Hansen_3.json", {
        "participants": [owner, "Ola Hansen"], "threadName": "Ola Hansen_3", "messages": [
            {**msg, "senderName": "Ola Hansen", "text": "Hei, kommer du?", "timestamp": 1735000000000},
            {**msg, "senderName": owner, "text": "Ja!", "timestamp": 1735000060000},
            {**msg, "senderName": owner, "text": "", "timestamp": 1735000120000, "type": "media",
             "media": [{"uri": f"./media/{photo}.jpeg"}]},
            {**msg, "senderName": "Ola Hansen", "text": "Ola Hansen unsent a message", "timestamp": 1735000180000,
             "isUnsent": True, "type": "placeholder"},
            {**msg, "senderName": "Ola Hansen", "text": "", "timestamp": 1735000240000, "type": "media",
             "media": [{"uri": "Failed to download media"}]},
            *extra]})
    (root / "media").mkdir(exist_ok=True)
    (root / "media" / f"{photo}.jpeg").write_bytes(b"\xff\xd8\xff")
    return root


def test_e2ee_download_with_its_messages_and_media_folders(tmp_path: Path) -> None:
    from dataexam.api import close_exports, open_exports

    root = _secure_storage(tmp_path / "secure")
    strays: list = []
    exports = open_exports([root], not_exports=strays)
    try:
        (export,) = exports  # one export at the download's root: its media/ folder is its own, not a stray
        assert export.detection.variant == "messenger-e2ee" and strays == []
        assert export.locations == [(str(root), "")]
    finally:
        close_exports(exports)
    items = parse(root)
    assert issues_of(items) == []
    by_text = {(m.time.isoformat()[11:19], m.actor): m for m in events_of(items, "facebook.message")}
    # the owner is the participant the 1:1 chat's threadName does not name, once Meta's index is dropped
    assert set(by_text) == {("00:26:40", "Ola Hansen"), ("00:27:40", "self"), ("00:28:40", "self"),
                            ("00:29:40", "Ola Hansen"), ("00:30:40", "Ola Hansen")}
    assert {m.attrs["title"] for m in by_text.values()} == {"Ola Hansen"}
    assert {m.attrs["thread"] for m in by_text.values()} == {"Ola Hansen_3"}
    unsent = by_text[("00:29:40", "Ola Hansen")]  # Messenger's narration of the gap is no one's text
    assert unsent.text is None and unsent.attrs["is_unsent"] is True
    failed = by_text[("00:30:40", "Ola Hansen")]
    assert failed.attrs["media_missing"] == 1 and "media" not in failed.attrs and failed.text is None


def test_e2ee_download_inside_a_folder_of_several_exports(tmp_path: Path) -> None:
    from dataexam.api import close_exports, open_exports, timeline

    downloads = tmp_path / "Downloads"
    _secure_storage(downloads / "messenger-secure-storage")
    shutil.copytree(FIXTURES / "twitter" / "current" / "archive", downloads / "twitter-2025")
    strays: list = []
    exports = open_exports([downloads], not_exports=strays)
    try:
        assert sorted((e.detection.parser, e.detection.variant) for e in exports) == [
            ("facebook", "messenger-e2ee"), ("twitter", "current")]
        assert strays == []
    finally:
        close_exports(exports)
    assert len(list(timeline([downloads], kinds=["facebook.message"]))) == 5
    # beside the same person's DYI export (its profile names Maja Øvergård, as her E2EE chat does): both are read
    shutil.rmtree(downloads / "twitter-2025")
    shutil.rmtree(downloads / "messenger-secure-storage")
    _secure_storage(downloads / "messenger-secure-storage", owner="Maja Øvergård")
    shutil.copytree(FB / "2024-25" / "archive", downloads / "facebook-2025")
    dyi = len(events_of(parse(FB / "2024-25" / "archive"), "facebook.message"))
    assert len(list(timeline([downloads], kinds=["facebook.message"]))) == dyi + 5
    # Kari's E2EE download beside Maja's DYI download is another person's (T32B H1: it was read as Maja's)
    shutil.rmtree(downloads / "messenger-secure-storage")
    _secure_storage(downloads / "messenger-secure-storage")
    with pytest.raises(SeveralAccounts, match="2 different accounts"):
        close_exports(open_exports([downloads]))


def test_e2ee_media_message_read_from_two_downloads_counts_once(tmp_path: Path) -> None:
    from dataexam.api import timeline

    later = {"isUnsent": False, "media": [], "reactions": [], "type": "text", "senderName": "Ola Hansen",
             "text": "Ny melding", "timestamp": 1748000000000}
    def two_photos(tag: str) -> tuple[dict, dict]:  # sent in one second: two messages, in every download
        return tuple({"isUnsent": False, "reactions": [], "type": "media", "senderName": "Ola Hansen", "text": "",
                      "timestamp": 1736000000000, "media": [{"uri": f"./media/{tag}-{n}.jpeg"}]} for n in (1, 2))

    first = _secure_storage(tmp_path / "2025-01", photo="1f0c5a9e-1111-4aaa-8bbb-000000000001",
                            extra=two_photos("aa"))
    second = _secure_storage(tmp_path / "2025-06", photo="7d2e9b40-2222-4ccc-9ddd-000000000002",
                             extra=(*two_photos("bb"), later))
    messages = list(timeline([first, second], kinds=["facebook.message"]))
    # seven in both downloads, one only in the later: each media message once, the two of one second two
    assert len(messages) == 8
    assert sum(1 for m in messages if m.attrs.get("media")) == 3


def test_e2ee_owner_when_threadname_comes_after_the_messages(tmp_path: Path) -> None:
    # a file whose keys a tool sorted (jq -S): threadName after messages (the fresh tester's finding)
    root = _secure_storage(tmp_path / "secure")
    chat = root / "messages" / "Ola Hansen_3.json"
    chat.write_text(json.dumps(json.loads(chat.read_text(encoding="utf-8")), sort_keys=True), encoding="utf-8")
    assert chat.read_text(encoding="utf-8").index('"threadName"') > chat.read_text(encoding="utf-8").index('"messages"')
    messages = events_of(parse(root), "facebook.message")
    assert sorted(m.actor for m in messages) == ["Ola Hansen"] * 3 + ["self"] * 2


def test_messenger_narrations_are_no_one_s_words(tmp_path: Path) -> None:
    # Messenger writes its own line for calls, attachments and group events; a 2025 thread marks group
    # events by nothing else (signalbackup-tools#331's schema dump). They fed language, style and mood as
    # the owner's writing (the second shape sweep: 3 → 10 texts of the language finding).
    def msg(sender: str, ms: int, content: str, **extra: object) -> dict:
        return {"sender_name": sender, "timestamp_ms": ms, "content": content, "is_geoblocked_for_viewer": False,
                **extra}

    lines = [
        msg("Maja", 1740000000000, "You called Ola Hansen.", call_duration=312),
        msg("Maja", 1740000100000, "Ola Hansen missed your call.", call_duration=0, missed=True),
        msg("Maja", 1740000200000, "You sent an attachment.", share={"link": "https://example.org/x"}),
        msg("Maja", 1740000300000, "You named the group Hyttetur 2025."),
        msg("Maja", 1740000400000, "You added Kari Nordmann to the group."),
        msg("Kari Nordmann", 1740000500000, "Kari Nordmann left the group."),
        msg("Maja", 1740000600000, "You set the nickname for Ola Hansen to Olla."),
        msg("Maja", 1740000700000, "You left the group chat early yesterday, ok?"),  # words: kept
        msg("Ola Hansen", 1740000800000, "Hei! Sees i morgen?"),
        # people's own sentences ending like a narration (the fresh tester's finding): kept as words
        msg("Maja", 1740000900000, "I sent an attachment."),
        msg("Maja", 1740001000000, "Sorry, I left the group."),
        msg("Ola Hansen", 1740001100000, "lol we created the group."),
        msg("Ola Hansen", 1740001200000, "Honestly I think Tom set his own nickname to Captain."),
    ]
    write(tmp_path, "your_facebook_activity/messages/inbox/hyttetur_1/message_1.json", {
        "participants": [{"name": "Maja"}, {"name": "Ola Hansen"}, {"name": "Kari Nordmann"}],
        "messages": lines, "title": "Hyttetur 2025", "thread_path": "inbox/hyttetur_1"})
    write(tmp_path, "personal_information/profile_information/profile_information.json",
          {"profile_v2": {"name": {"full_name": "Maja"}}})
    messages = {m.time.isoformat()[14:16]: m for m in events_of(parse(tmp_path), "facebook.message")}
    texts = {minute: (m.text, m.attrs.get("system_text")) for minute, m in messages.items()}
    assert [t for t, _ in texts.values() if t] == ["You left the group chat early yesterday, ok?",
                                                   "Hei! Sees i morgen?", "I sent an attachment.",
                                                   "Sorry, I left the group.", "lol we created the group.",
                                                   "Honestly I think Tom set his own nickname to Captain."]
    assert sorted(s for _, s in texts.values() if s) == sorted(line["content"] for line in lines[:7])
    # the same thread with its keys sorted (jq -S: participants after the messages), and a narration by a
    # sender missing from the participants (someone who left): still narrations (the third tester)
    lines.append(msg("Tom Hansen", 1740001300000, "Tom Hansen left the group."))
    path = tmp_path / "your_facebook_activity/messages/inbox/hyttetur_1/message_1.json"
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["messages"] = lines
    path.write_text(json.dumps(doc, sort_keys=True, ensure_ascii=False), encoding="utf-8")
    again = events_of(parse(tmp_path), "facebook.message")
    assert sorted(m.attrs["system_text"] for m in again if "system_text" in m.attrs) == sorted(
        [line["content"] for line in lines[:7]] + ["Tom Hansen left the group."])
    missed = next(m for m in messages.values() if m.attrs.get("missed"))
    assert missed.attrs["system_text"] == "Ola Hansen missed your call." and missed.attrs["call_duration"] == 0
    assert sum(1 for m in messages.values() if "missed" in m.attrs) == 1


def test_narrations_name_people_by_a_two_word_first_name(tmp_path: Path) -> None:
    # Messenger names people in its lines by first name, which may be two words ("Anne Marie" of "Anne Marie
    # Olsen"): they stayed text, the third tester's leftover. A word that only starts a name is not one.
    def msg(sender: str, ms: int, content: str) -> dict:
        return {"sender_name": sender, "timestamp_ms": ms, "content": content}

    lines = [msg("Anne Marie Olsen", 1740000000000, "Anne Marie left the group."),
             msg("Maja", 1740000100000, "Anne Marie Olsen missed your call."),
             msg("Maja", 1740000200000, "Jon Erik named the group Hytta."),
             msg("Maja", 1740000300000, "Anne Mari left the group."),  # not a name of this thread: words
             msg("Maja", 1740000400000, "Olsen left the group.")]  # a surname alone is not how Messenger names
    write(tmp_path, "your_facebook_activity/messages/inbox/hytta_1/message_1.json", {
        "participants": [{"name": "Maja"}, {"name": "Anne Marie Olsen"}, {"name": "Jon Erik Berg"}],
        "messages": lines, "title": "Hytta", "thread_path": "inbox/hytta_1"})
    write(tmp_path, "personal_information/profile_information/profile_information.json",
          {"profile_v2": {"name": {"full_name": "Maja"}}})
    messages = sorted(events_of(parse(tmp_path), "facebook.message"), key=lambda m: m.time)
    assert [m.attrs.get("system_text") for m in messages[:3]] == [line["content"] for line in lines[:3]]
    assert [m.text for m in messages[:3]] == [None] * 3
    assert [m.text for m in messages[3:]] == ["Anne Mari left the group.", "Olsen left the group."]


def test_json_named_like_an_e2ee_chat_but_of_another_shape_is_not_claimed(tmp_path: Path) -> None:
    write(tmp_path, "data_1.json", {"rows": [1, 2, 3]})
    write(tmp_path, "notes/summary_2.json", [{"a": 1}])
    with open_archive(tmp_path) as archive:
        assert FacebookParser().detect(archive).confidence == 0.0


# ---- owner without profile: the participant every thread allows -----------------------------------

def test_owner_of_a_messages_only_download_with_one_thread(tmp_path: Path) -> None:
    # title after `messages`, as Facebook writes it (case 06)
    doc = ('{"participants": [{"name": "H\\u00c3\\u00a5kon"}, {"name": "Maja"}], "messages": ['
           '{"sender_name": "Maja", "timestamp_ms": 1680000000000, "content": "Kj\\u00c3\\u00b8p melk"},'
           '{"sender_name": "H\\u00c3\\u00a5kon", "timestamp_ms": 1680000001000, "content": "Ok"}],'
           ' "title": "H\\u00c3\\u00a5kon", "thread_path": "inbox/hakon_1"}')
    target = tmp_path / "your_activity_across_facebook/messages/inbox/hakon_1/message_1.json"
    target.parent.mkdir(parents=True)
    target.write_text(doc, encoding="ascii")
    messages = events_of(parse(tmp_path), "facebook.message")
    assert {m.text: m.actor for m in messages} == {"Kjøp melk": "self", "Ok": "Håkon"}


# ---- 5. 2024-25 standard files: kinds or ignored on purpose ------------------------------------------

@pytest.mark.parametrize(("path", "doc", "kind", "names"), [
    ("connections/followers/people_who_followed_you.json", {"followers_v3": [{"name": "A"}, {"name": "B"}]},
     "facebook.follower", ["A", "B"]),
    ("connections/followers/who_you've_followed.json", {"following_v3": [{"name": "C", "timestamp": 1712000000}]},
     "facebook.following", ["C"]),
    ("friends_and_followers/people_who_follow_you.json", {"followers_v2": [{"name": "A"}]}, "facebook.follower",
     ["A"]),
    ("friends_and_followers/who_you_follow.json", {"following_v2": [{"name": "D", "timestamp": 1600000000}]},
     "facebook.following", ["D"]),
    ("following_and_followers/followers.json", {"followers": [{"name": "E"}]}, "facebook.follower", ["E"]),
    ("following_and_followers/following.json", {"following": [{"name": "F", "timestamp": 1500000000}]},
     "facebook.following", ["F"]),
    ("your_activity_across_facebook/pages/pages_you_follow.json",
     {"pages_followed_v2": [{"timestamp": 1680000000, "data": [{"name": "Oslo Turvenner"}], "title": "x"}]},
     "facebook.following", ["Oslo Turvenner"]),
])
def test_followers_and_follows_of_every_era(path: str, doc: dict, kind: str, names: list[str],
                                             tmp_path: Path) -> None:
    write(tmp_path, path, doc)
    items = parse(tmp_path)
    assert issues_of(items) == []
    events = events_of(items, kind)
    assert [e.text for e in events] == names
    if kind == "facebook.follower":
        assert [e.actor for e in events] == names
    else:
        assert {e.actor for e in events} == {"self"}
        assert {e.attrs["target"] for e in events} == {"page" if "pages" in path else "profile"}


@pytest.mark.parametrize("path", [
    "connections/friends/people_you_may_know.json", "connections/friends/suggested_friends.json",
    "connections/followers/who_you've_unfollowed.json", "ads_information/ad_preferences.json",
    "your_facebook_activity/pages/pages_you've_unfollowed.json", "preferences/feed/feed.json",
    "logged_information/notifications/notifications.json", "logged_information/interactions/recently_viewed.json",
    "personal_information/other_personal_information/your_address_books.json",
    "your_facebook_activity/messages/secret_conversations.json",
    "your_facebook_activity/pages/pages_and_profiles_you've_unfollowed.json",
    "your_facebook_activity/pages/pages_and_profiles_you've_recommended.json",
    "apps_and_websites_off_of_facebook/connected_apps_and_websites.json",
])
def test_standard_files_without_a_kind_are_ignored_on_purpose_with_a_reason(path: str) -> None:
    rule = FacebookParser().classify(path)
    assert rule is not None and rule.handler is None and rule.note


# ---- 5b. 2023+ names of files read under their older names -----------------------------------------

@pytest.mark.parametrize(("old", "new", "data", "kind", "expected"), [
    # security_and_login_information/record_details.json holds the `admin_records_v2` list of
    # administrative_records.json (structure of a donated 2024 export, what-if-horizon/what-if-data-donation
    # FB_structure_facebook_takeout_dutch.json; peers' record_details_df / AdminRecordsModel read it so)
    ("security_and_login_information/administrative_records.json",
     "security_and_login_information/record_details.json",
     {"admin_records_v2": [{"event": "Password change", "session": {
         "created_timestamp": 1718000000, "ip_address": "198.51.100.23",
         "user_agent": "Mozilla/5.0 (X11; Linux x86_64) Firefox/126.0", "datr_cookie": "AbCdEfGhIjKlMnOp"}}]},
     "facebook.login", {"log": "admin_records", "action": "Password change", "ip": "198.51.100.23"}),
    # your_facebook_activity/pages/pages_and_profiles_you_follow.json (2024–25): `pages_followed_v2`
    ("your_facebook_activity/pages/pages_you_follow.json",
     "your_facebook_activity/pages/pages_and_profiles_you_follow.json",
     {"pages_followed_v2": [{"timestamp": 1717000000, "data": [{"name": "Stadsbibliotheek Voorbeeld"}],
                             "title": "Stadsbibliotheek Voorbeeld"}]},
     "facebook.following", {"name": "Stadsbibliotheek Voorbeeld", "target": "page"}),
])
def test_a_file_under_its_2023_name_reads_as_under_its_older_one(old: str, new: str, data: dict, kind: str,
                                                                 expected: dict, tmp_path: Path) -> None:
    """Both names give the same record (same kind, time, attributes and key); before, the new name was
    ignored on purpose (record_details: "not modelled") or unhandled: the person's logins and follows
    in a 2024 export were missing from the timeline and the report."""
    got = {}
    for name in (old, new):
        root = tmp_path / name.replace("/", "_")
        shutil.copytree(FB / "2024-25" / "archive", root)
        write(root, name, data)
        items = parse(root)
        assert not [i for i in issues_of(items) if i.member == name]
        mine = [e for e in events_of(items, kind) if e.origin.member == name]
        assert len(mine) == 1
        got[name] = mine[0]
    a, b = got[old], got[new]
    assert (a.time, a.attrs, a.key) == (b.time, b.attrs, b.key)
    assert a.time is not None and expected.items() <= a.attrs.items()


def test_instagrams_follows_in_an_accounts_center_export_are_not_blank_facebook_follows(tmp_path: Path) -> None:
    """``connections/followers_and_following/`` is Instagram's folder (``relationships_following`` of
    ``string_list_data``; what-if-horizon's structure of donated Facebook exports). Its following.json
    matched our follow rule and gave a ``facebook.following`` with no name and no time; it is now
    another service's file, reported as not read, like ``your_instagram_activity/``."""
    root = tmp_path / "fb"
    shutil.copytree(FB / "2024-25" / "archive", root)
    write(root, "connections/followers_and_following/following.json", {"relationships_following": [
        {"title": "", "media_list_data": [], "string_list_data": [
            {"href": "https://www.instagram.com/harbour.cafe", "value": "harbour.cafe", "timestamp": 1731000000}]}]})
    items = parse(root)
    assert not [e for e in events_of(items) if "followers_and_following" in e.origin.member]
    assert [(i.member, i.code) for i in issues_of(items)] == [
        ("connections/followers_and_following/following.json", "unhandled-file")]
    assert all(e.attrs.get("name") for e in events_of(items, "facebook.following"))


def test_a_groups_chat_is_read_as_messages(tmp_path: Path) -> None:
    """2024–25 ``your_facebook_activity/groups/your_group_messages/<chat>.json``: Messenger's thread shape
    with ``thread_name`` (what-if-horizon's structure of donated exports). It was an unhandled file."""
    root = tmp_path / "fb"
    shutil.copytree(FB / "2024-25" / "archive", root)
    path = "your_facebook_activity/groups/your_group_messages/Harbour Walkers.json"
    write(root, path, {"thread_name": "Harbour Walkers", "messages": [
        {"sender_name": "Alex Example", "timestamp_ms": 1733050000000, "content": "Walk on Saturday at 9?",
         "reactions": [{"reaction": "\u00f0\u009f\u0091\u008d", "actor": OWNER}], "is_geoblocked_for_viewer": False},
        {"sender_name": OWNER, "timestamp_ms": 1733050600000, "content": "Count me in", "is_unsent": False}]})
    items = parse(root)
    assert not [i for i in issues_of(items) if i.member == path]
    mine = [e for e in events_of(items, "facebook.message") if e.origin.member == path]
    assert [(e.actor, e.text, e.attrs["thread_folder"], e.attrs["title"]) for e in mine] == [
        ("Alex Example", "Walk on Saturday at 9?", "group_messages", "Harbour Walkers"),
        ("self", "Count me in", "group_messages", "Harbour Walkers")]
    assert mine[0].time is not None and mine[0].time.isoformat() == "2024-12-01T10:46:40+00:00"


# ---- 6. era labels, with the reason scan shows -------------------------------------------------------

@pytest.mark.parametrize(("files", "era"), [
    # a 2020 posts-only download
    ({"posts/your_posts_1.json": [{"timestamp": 1590000000, "data": [{"post": "x"}]}]}, "2019-20"),
    ({"posts/your_posts_1.json": [{"timestamp": 1640000000, "data": [{"post": "x"}]}]}, "2021-22"),
    # a 2022 Messenger download
    ({"messages/inbox/anna_1/message_1.json": {"participants": [{"name": "A"}, {"name": "B"}],
                                               "messages": [{"sender_name": "A", "timestamp_ms": 1650000000000}],
                                               "title": "A"}}, "2021-22"),
    ({"messages/inbox/anna_1/message_1.json": {"participants": [{"name": "A"}, {"name": "B"}],
                                               "messages": [{"sender_name": "A", "timestamp_ms": 1570000000000}],
                                               "title": "A"}}, "2019-20"),
    # the 2024 friends layout
    ({"connections/friends/your_friends.json": {"friends_v2": [{"name": "A", "timestamp": 1715000000}]}},
     "2024-25"),
    ({"connections/friends/your_friends.json": {"friends_v2": [{"name": "A", "timestamp": 1685000000}]}}, "2023"),
    ({"connections/followers/people_who_followed_you.json": {"followers_v3": [{"name": "A"}]}}, "2024-25"),
    ({"friends/friends.json": {"friends": [{"name": "A", "timestamp": 1500000000}]}}, "2019-20"),
    ({"friends_and_followers/friends.json": {"friends_v2": [{"name": "A", "timestamp": 1500000000}]}}, "2021-22"),
])
def test_era_of_partial_downloads(files: dict, era: str, tmp_path: Path) -> None:
    for path, doc in files.items():
        write(tmp_path, path, doc)
    label, reason = variant(tmp_path)
    assert label == era, reason
    assert "era:" in reason


def test_scan_says_why_the_era_was_chosen() -> None:
    from dataexam import api
    from dataexam.registry import load_registry

    [result] = api.scan([FB / "2024-25" / "archive"], registry=load_registry(entry_points=False))
    assert result.variant == "2024-25"
    assert "your_facebook_activity/" in result.to_dict()["reason"]


def test_a_file_named_like_a_chat_beside_a_dyi_export_stays_an_unknown_file(tmp_path: Path) -> None:
    shutil.copytree(FB / "2021-22" / "archive", tmp_path / "fb")
    write(tmp_path / "fb", "posts/draft_notes_1.json", [{"a": 1}])
    items = parse(tmp_path / "fb")
    assert [(i.member, i.code) for i in issues_of(items)] == [("posts/draft_notes_1.json", "unhandled-file")]


# ---- off-Facebook activity: one app's events are streamed, never built whole --------------------------

def test_an_app_with_very_many_off_facebook_events_is_streamed(tmp_path: Path) -> None:
    import tracemalloc

    root = tmp_path / "fb"
    shutil.copytree(FB / "2024-25" / "archive", root)
    target = root / "apps_and_websites_off_of_facebook" / "your_activity_off_meta_technologies.json"
    n = 60_000
    with open(target, "w", encoding="utf-8") as out:
        out.write('{"off_facebook_activity_v2": [{"name": "first.example", "events": [')
        out.write(",".join(json.dumps({"id": 10**14 + i, "type": "PAGE_VIEW", "timestamp": 1700000000 + i})
                           for i in range(n)))
        out.write(']}, {"name": "m\\u00c3\\u00b8bel.example", "events": [{"id": 1, "type": "PURCHASE", '
                  '"timestamp": 1700000000}]}]}')
    parser = FacebookParser()
    with open_archive(root) as archive:
        member = next(m for m in archive.members() if m.path.endswith("your_activity_off_meta_technologies.json"))
        rule = parser.classify(member.path)
        assert rule is not None and rule.handler is not None
        tracemalloc.start()
        count, apps, positions = 0, set(), set()
        for item in parser.parse_member(archive, member, rule.handler):
            assert isinstance(item, Event), item
            count += 1
            apps.add(item.attrs["app"])
            positions.add(item.origin.index)
        _now, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert count == n + 1 and apps == {"first.example", "møbel.example"}  # names repaired (mojibake)
    assert positions == {0, 1}  # the record index is the app's, as before
    assert peak < 8 * 1024 * 1024  # building the first app whole took ~60 MB


def test_a_reaction_written_as_a_message_is_no_one_s_words(tmp_path: Path) -> None:
    # 2022+ threads also write a reaction as a message of the reactor's, "Reacted ❤ to your message " (in Meta's
    # mojibake), beside the reacted-to message's `reactions`: it fed the word and language findings as written
    # text (the twenty-third pass's second tester)
    write(tmp_path, "your_facebook_activity/messages/inbox/olaberg_1/message_1.json", {
        "participants": [{"name": "Ola Berg"}, {"name": "Maja"}], "title": "Ola Berg", "thread_path": "inbox/olaberg_1",
        "messages": [
            {"sender_name": "Ola Berg", "timestamp_ms": 1740000300000,
             "content": "Reacted \u00e2\u009d\u00a4 to your message "},
            {"sender_name": "Maja", "timestamp_ms": 1740000200000,
             "content": "Reacted \u00f0\u009f\u0098\u0086 to your message"},
            {"sender_name": "Ola Berg", "timestamp_ms": 1740000100000, "content": "Ha, you never change",
             "reactions": [{"reaction": "\u00f0\u009f\u0098\u0086", "actor": "Maja"}]},
            {"sender_name": "Maja", "timestamp_ms": 1740000000000, "content": "She reacted to your message, right?"}]})
    write(tmp_path, "personal_information/profile_information/profile_information.json",
          {"profile_v2": {"name": {"full_name": "Maja"}}})
    messages = sorted(events_of(parse(tmp_path), "facebook.message"), key=lambda m: m.time)
    assert [m.text for m in messages] == ["She reacted to your message, right?", "Ha, you never change", None, None]
    assert [m.attrs.get("system_text") for m in messages[2:]] == ["Reacted 😆 to your message",
                                                                  "Reacted ❤ to your message "]
