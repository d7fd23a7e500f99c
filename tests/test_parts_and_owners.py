"""Two people's downloads in one folder, parts missing, HTML data pages (the thirty-first pass's first tester).

* H1: a partner's Messenger-only Facebook download (no profile; another account number in its zip name; he is the
  participant of every thread) beside the person's own parts was merged into "you": his messages counted as hers
  received. It is another account now: refused as two profiles are, numbered under ``per_account``; the person's
  own Messenger-only download beside her parts still merges.
* M2: HTML data pages inside a JSON Facebook export are an ``html-data-file`` issue naming them.
* M3: an X archive whose ``data/manifest.js`` lists data files with records that are not given: ``missing-part``.
* M4: parts named ``…-partN.zip`` with a gap (1 and 3): ``missing-part`` names part 2.
* L1: each Facebook event response cites its own position, not "record 0".
* L2: a 2025 refund payout repeated per return request is counted once by ``scan``.

Invented values in real structure (formats.md §1.4, §2.3; the testers' inputs under t31a-inputs/).
"""

from __future__ import annotations

import contextlib
import json
import zipfile
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from dataexam import api
from dataexam.errors import SeveralAccounts
from dataexam.registry import load_registry

REGISTRY = load_registry()
T = 1_700_000_000


def _fb(text: str) -> str:
    """Facebook's mojibake: each UTF-8 byte as its own character (formats.md §1.3)."""
    return text.encode("utf-8").decode("latin-1")


def _thread(owner: str, other: str, folder: str, n: int) -> dict[str, Any]:
    return {"participants": [{"name": _fb(other)}, {"name": _fb(owner)}],
            "messages": [{"sender_name": _fb(owner if k % 2 else other), "timestamp_ms": (T + 60 * k) * 1000,
                          "content": f"{folder} msg {k}", "is_geoblocked_for_viewer": False}
                         for k in reversed(range(n))],
            "title": _fb(other), "is_still_participant": True, "thread_path": f"inbox/{folder}", "magic_words": []}


def _her_parts(folder: Path) -> None:
    """Jane's 2023 download in two ``NofM-`` parts, account number 100012345678901 in their names: the profile and
    one chat in part 1, posts in part 2."""
    root = "your_activity_across_facebook"
    profile = {"profile_v2": {"name": {"full_name": _fb("Jane Døe")}, "registration_timestamp": T - 10**8}}
    name = "facebook-100012345678901-05_12_2023-AbCdEfGh.zip"
    with zipfile.ZipFile(folder / f"1of2-{name}", "w") as z:
        z.writestr("personal_information/profile_information/profile_information.json", json.dumps(profile))
        z.writestr(f"{root}/messages/inbox/friendone_333/message_1.json",
                   json.dumps(_thread("Jane Døe", "Friend Öne", "friendone_333", 7)))
    with zipfile.ZipFile(folder / f"2of2-{name}", "w") as z:
        z.writestr(f"{root}/posts/your_posts__check_ins__photos_and_videos_1.json",
                   json.dumps([{"timestamp": T + k, "data": [{"post": f"post {k}"}]} for k in range(3)]))


def _messenger_only(path: Path, owner: str) -> None:
    with zipfile.ZipFile(path, "w") as z:
        for other, folder, n in (("Anna", "anna_111", 20), ("Bob", "bob_222", 10)):
            z.writestr(f"your_activity_across_facebook/messages/inbox/{folder}/message_1.json",
                       json.dumps(_thread(owner, other, folder, n)))


@pytest.mark.parametrize("his_name", ["facebook-100099999999999-2023-06-01-JoHn.zip", "messages.zip"])
def test_a_partners_messenger_only_download_is_another_account(tmp_path: Path, his_name: str) -> None:
    """His zip beside her parts: refused as two accounts (by the number in its name, and without it by the
    Messenger owner), never one "you" with his 15 messages as hers received and his chats as her group chats."""
    downloads = tmp_path / "Downloads"
    downloads.mkdir()
    _her_parts(downloads)
    _messenger_only(downloads / his_name, "John Roe")
    with pytest.raises(SeveralAccounts) as refused:
        api.close_exports(api.open_exports([downloads], registry=REGISTRY))
    assert "2 different accounts" in str(refused.value)
    assert "John" not in str(refused.value) and "Jane" not in str(refused.value)
    exports = api.open_exports([downloads], registry=REGISTRY, per_account=True)
    try:
        assert len(exports) == 2
        his = next(e for e in exports if his_name in e.name)
        hers = next(e for e in exports if his_name not in e.name)
        assert len(hers.archive.inputs) == 2  # her two parts stay one export
        assert his.account == "John Roe" and hers.account == "Jane Døe"
        groups = dict(api.accounts_of(exports))
        assert len(groups) == 2
    finally:
        api.close_exports(exports)
    # read alone, his download is his: his 15 messages sent, 15 received
    alone = Counter(e.actor == "self" for e in api.timeline(downloads / his_name, registry=REGISTRY)
                    if e.kind == "facebook.message")
    assert alone == Counter({True: 15, False: 15})


def test_her_own_messenger_only_download_beside_her_parts_still_merges(tmp_path: Path) -> None:
    downloads = tmp_path / "Downloads"
    downloads.mkdir()
    _her_parts(downloads)
    _messenger_only(downloads / "facebook-100012345678901-2023-06-01-MsGr.zip", "Jane Døe")
    exports = api.open_exports([downloads], registry=REGISTRY)  # no refusal
    try:
        assert {e.account for e in exports} == {"Jane Døe"}
    finally:
        api.close_exports(exports)
    actors = Counter(e.actor == "self" for e in api.timeline(downloads, registry=REGISTRY)
                     if e.kind == "facebook.message")
    assert actors == Counter({True: 3 + 15, False: 4 + 15})


def _posts_only(path: Path, first: int, owner: str | None = "John Roe") -> None:
    """A per-category download of posts only: no profile, no Messenger thread; the posts' titles name ``owner``
    ("John Roe updated his status."), or nothing (``None``: untitled posts), so nothing in it names its owner."""
    title = {} if owner is None else {"title": _fb(f"{owner} updated his status.")}
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("your_activity_across_facebook/posts/your_posts__check_ins__photos_and_videos_1.json",
                   json.dumps([{"timestamp": T + 100 + k, "data": [{"post": f"his post {k}"}], **title}
                               for k in range(first, first + 4)]))


@pytest.mark.parametrize("titled", [True, False])
@pytest.mark.parametrize(("name", "refused"), [
    ("facebook-100099999999999-2023-06-01-PoSt.zip", True),  # his number: another account (T31C N1)
    ("facebook-100012345678901-2023-06-01-PoSt.zip", False),  # her own number: her posts, merged
])
def test_a_posts_only_download_is_the_account_its_number_names(tmp_path: Path, name: str, refused: bool,
                                                               titled: bool) -> None:
    """By the number in its name, whether its posts' titles name their owner (his name, or hers) or not."""
    downloads = tmp_path / "Downloads"
    downloads.mkdir()
    _her_parts(downloads)
    _posts_only(downloads / name, 10, ("John Roe" if refused else "Jane Døe") if titled else None)
    if refused:
        with pytest.raises(SeveralAccounts, match="2 different accounts"):
            api.close_exports(api.open_exports([downloads], registry=REGISTRY))
        return
    exports = api.open_exports([downloads], registry=REGISTRY)
    try:
        assert {e.account for e in exports} == {"Jane Døe"}
    finally:
        api.close_exports(exports)
    posts = [e for e in api.timeline(downloads, registry=REGISTRY) if e.kind == "facebook.post"]
    assert len(posts) == 3 + 4


def test_account_numbers_in_the_names_keep_two_downloads_apart(tmp_path: Path) -> None:
    """Two downloads that name no one (posts only, no profile, no chat) but carry two account numbers are not
    parts of one download: two exports, not one."""
    downloads = tmp_path / "Downloads"
    downloads.mkdir()
    for number, day in (("100012345678901", 1), ("100099999999999", 2)):
        with zipfile.ZipFile(downloads / f"facebook-{number}-2023-06-0{day}-AbC.zip", "w") as z:
            z.writestr(f"your_activity_across_facebook/posts/your_posts__check_ins__photos_and_videos_{day}.json",
                       json.dumps([{"timestamp": T + day, "data": [{"post": f"post {day}"}]}]))
    exports = api.open_exports([downloads], registry=REGISTRY, per_account=True)
    try:
        assert len(exports) == 2
    finally:
        api.close_exports(exports)


def _issues(paths: list[Path]) -> list[Any]:
    stats = api.RunStats()
    kinds = Counter(e.kind for e in api.timeline(paths, registry=REGISTRY, stats=stats))
    return [stats.issues, kinds]


def test_html_data_pages_in_a_json_export_are_an_issue(tmp_path: Path) -> None:
    html = "<html><body><div>hello</div></body></html>"
    mixed = tmp_path / "facebook-janedoe-2024-02-01-MiXeD.zip"
    with zipfile.ZipFile(mixed, "w") as z:
        z.writestr("index.html", html)
        z.writestr("your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.html", html)
        z.writestr("your_facebook_activity/messages/inbox/friend_123/message_1.html", html)
        z.writestr("connections/friends/your_friends.json",
                   json.dumps({"friends_v2": [{"name": "A B", "timestamp": T}]}))
    issues, kinds = _issues([mixed])
    assert kinds == Counter({"facebook.friend": 1})
    [issue] = [i for i in issues if i.code == "html-data-file"]
    assert issue.message.startswith("2 data page(s) of this download are in HTML format and are not read: "
                                    "messages (1 page), posts (1 page)")
    assert "your_posts__check_ins__photos_and_videos_1.html" in issue.message
    assert "Format: JSON" in issue.message and "index.html" not in issue.message
    # an entry page alone beside JSON data is nothing to read, as before
    plain = tmp_path / "facebook-janedoe-2024-02-01-JsOn.zip"
    with zipfile.ZipFile(plain, "w") as z:
        z.writestr("index.html", html)
        z.writestr("connections/friends/your_friends.json",
                   json.dumps({"friends_v2": [{"name": "A B", "timestamp": T}]}))
    assert _issues([plain])[0] == []


def _x_archive(path: Path, *, with_dms: bool) -> None:
    def f(name: str, n: int) -> dict[str, str]:
        return {"fileName": f"data/{name}", "globalName": "x", "count": str(n)}

    manifest = {"userInfo": {"accountId": "111111111", "userName": "jane_x", "displayName": "Jane"},
                "archiveInfo": {"generationDate": "2024-05-01T12:00:00.000Z", "isPartialArchive": False},
                "dataTypes": {"account": {"files": [f("account.js", 1)]},
                              "tweets": {"files": [f("tweets.js", 1), f("tweets-part1.js", 4)]},
                              "directMessages": {"files": [f("direct-messages.js", 1)]},
                              "like": {"files": [f("like.js", 0)]}}}
    account = [{"account": {"accountId": "111111111", "username": "jane_x", "createdAt": "2015-01-01T10:00:00.000Z"}}]
    tweet = [{"tweet": {"id_str": "1760000000000000001", "id": "1760000000000000001", "full_text": "hello",
                        "created_at": "Mon Mar 04 10:15:00 +0000 2024", "entities": {}}}]
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("Your archive.html", "<html></html>")
        z.writestr("data/manifest.js", "window.__THAR_CONFIG = " + json.dumps(manifest, indent=2))
        z.writestr("data/account.js", "window.YTD.account.part0 = " + json.dumps(account))
        z.writestr("data/tweets.js", "window.YTD.tweets.part0 = " + json.dumps(tweet))
        if with_dms:
            z.writestr("data/tweets-part1.js", "window.YTD.tweets.part1 = []")
            z.writestr("data/direct-messages.js", "window.YTD.direct_messages.part0 = []")


def test_files_the_x_manifest_lists_but_the_inputs_lack_are_a_missing_part(tmp_path: Path) -> None:
    part = tmp_path / "twitter-2024-05-01-abc123-part1.zip"
    _x_archive(part, with_dms=False)
    issues, kinds = _issues([part])
    assert kinds["twitter.tweet"] == 1
    [issue] = [i for i in issues if i.code == "missing-part"]
    assert issue.message == ("data/manifest.js lists data/tweets-part1.js (4 records), data/direct-messages.js "
                             "(1 record), which are not among the inputs: their records are not read (X delivers a "
                             "large archive in several zips: give every part)")
    whole = tmp_path / "twitter-2024-05-01-abc123.zip"
    _x_archive(whole, with_dms=True)  # like.js listed with count 0 and absent: nothing missing
    assert [i for i in _issues([whole])[0] if i.code == "missing-part"] == []


def test_files_a_cut_x_zip_lost_are_not_blamed_on_a_missing_part_alone(tmp_path: Path) -> None:
    """T40B L2: an interrupted download of a whole X archive (no second zip exists) said only "give every part";
    the files the manifest lists may be in the zip's lost end, which the issue now says."""
    whole = tmp_path / "twitter-2024-05-01-abc123.zip"
    _x_archive(whole, with_dms=True)
    with zipfile.ZipFile(whole) as z:
        cut_at = z.getinfo("data/tweets-part1.js").header_offset + 10
    cut = tmp_path / "twitter-2024-05-01-cut.zip"
    cut.write_bytes(whole.read_bytes()[:cut_at])
    issues, kinds = _issues([cut])
    assert kinds["twitter.tweet"] == 1  # what came before the cut is kept
    # one line, the zip's (INP53: it and a missing-part "… (the zip was cut short, see its truncated-zip issue …)"
    # referred to each other)
    assert [i.code for i in issues if i.code == "missing-part"] == []
    [issue] = [i for i in issues if i.code == "truncated-zip"]
    assert issue.message.endswith(
        "; data/manifest.js lists data/tweets-part1.js (4 records), data/direct-messages.js (1 record), which are not "
        "in the part read: their records are not read (they may be in the zip's lost end or in another zip of the "
        "archive; download it again and give every part)")


def test_files_the_x_manifest_lists_count_as_given_under_any_root(tmp_path: Path) -> None:
    """T41: an archive's two zips rooted apart (the first under ``twitter-2024/``, the second's ``data/`` at its top):
    the second's files are read, so the manifest's look-up must find them there too (it said "not read")."""
    whole = tmp_path / "whole.zip"
    _x_archive(whole, with_dms=True)
    folder = tmp_path / "split"
    folder.mkdir()
    second = ("data/tweets-part1.js", "data/direct-messages.js")
    with zipfile.ZipFile(whole) as z, zipfile.ZipFile(folder / "a.zip", "w") as a, \
            zipfile.ZipFile(folder / "b.zip", "w") as b:
        for name in z.namelist():
            if name in second:
                b.writestr(name, z.read(name))
            else:
                a.writestr("twitter-2024/" + name, z.read(name))
    issues, kinds = _issues([folder])
    assert kinds["twitter.tweet"] == 1
    assert [i for i in issues if i.code == "missing-part"] == []
    (folder / "b.zip").unlink()  # … and without the second zip its files are missing
    [issue] = [i for i in _issues([folder])[0] if i.code == "missing-part"]
    assert issue.message.startswith("data/manifest.js lists data/tweets-part1.js (4 records), data/direct-messages.js "
                                    "(1 record), which are not among the inputs")


def test_a_part_zipped_without_its_data_folder_joins_the_archive_whose_manifest_lists_it(tmp_path: Path) -> None:
    """T41B L: the second zip of an archive holding ``tweets-part1.js`` and ``direct-messages.js`` at its top (the
    data/ folder's contents zipped without the folder) looked like a 2018 archive (files at the top): it was read as
    a second, gdpr-2018 export and the first's manifest called its files "not read". The manifest's listing makes
    it the first's part, whichever order the zips are given in."""
    whole = tmp_path / "whole.zip"
    _x_archive(whole, with_dms=True)
    tweet = [{"tweet": {"id_str": "1760000000000000002", "id": "1760000000000000002", "full_text": "second part",
                        "created_at": "Tue Mar 05 10:15:00 +0000 2024", "entities": {}}}]
    folder = tmp_path / "split"
    folder.mkdir()
    with zipfile.ZipFile(whole) as z, zipfile.ZipFile(folder / "a.zip", "w") as a, \
            zipfile.ZipFile(folder / "b.zip", "w") as b:
        for name in z.namelist():
            if name == "data/tweets-part1.js":
                b.writestr("tweets-part1.js", "window.YTD.tweets.part1 = " + json.dumps(tweet))
            elif name == "data/direct-messages.js":
                b.writestr("direct-messages.js", z.read(name))
            else:
                a.writestr("twitter-2024/" + name, z.read(name))
    for order in ([folder / "a.zip", folder / "b.zip"], [folder / "b.zip", folder / "a.zip"]):
        exports = api.open_exports(order, registry=REGISTRY)
        try:
            assert [(e.detection.parser, e.detection.variant) for e in exports] == [("twitter", "current")]
        finally:
            api.close_exports(exports)
        issues, kinds = _issues(order)
        assert kinds["twitter.tweet"] == 2
        assert [i for i in issues if i.code == "missing-part"] == []
    # a 2018 archive of files the manifest does not list as missing stays an export of its own
    old = tmp_path / "old.zip"
    with zipfile.ZipFile(old, "w") as z:
        z.writestr("tweet.js", "window.YTD.tweet.part0 = " + json.dumps(tweet))
        z.writestr("direct-message.js", "window.YTD.direct_message.part0 = []")
    exports = api.open_exports([folder / "a.zip", old], registry=REGISTRY)
    try:
        assert sorted(str(e.detection.variant) for e in exports) == ["current", "gdpr-2018"]
    finally:
        api.close_exports(exports)


def _counted_x_archive(path: Path, likes: int, following: int, *, split: bool, conversations: int = 1) -> None:
    """An X archive whose manifest lists 3 likes, 2 accounts followed and 1 DM conversation (of 2 messages),
    holding ``likes`` and ``following`` records; with ``split``, like.js and following.js are in a second zip
    ``path``-b.zip at its top (the data/ folder's contents zipped without the folder)."""
    def f(name: str, n: int) -> dict[str, str]:
        return {"fileName": f"data/{name}", "globalName": "x", "count": str(n)}

    manifest = {"userInfo": {"accountId": "111111111", "userName": "jane_x", "displayName": "Jane"},
                "archiveInfo": {"generationDate": "2024-05-01T12:00:00.000Z", "isPartialArchive": split},
                "dataTypes": {"like": {"files": [f("like.js", 3)]}, "following": {"files": [f("following.js", 2)]},
                              "directMessages": {"files": [f("direct-messages.js", conversations)]},
                              "tweets": {"files": [f("tweets.js", 1)]}}}
    tweet = [{"tweet": {"id_str": "1760000000000000001", "id": "1760000000000000001", "full_text": "hello",
                        "created_at": "Mon Mar 04 10:15:00 +0000 2024", "entities": {}}}]
    messages = [{"messageCreate": {"id": str(900 + n), "senderId": "111111111", "recipientId": "222222222",
                                   "text": "hi", "createdAt": f"2024-03-0{n + 1}T10:00:00.000Z"}} for n in range(2)]
    dms = [{"dmConversation": {"conversationId": "111111111-222222222", "messages": messages}}]
    like = [{"like": {"tweetId": str(1700000000000000000 + n)}} for n in range(likes)]
    follows = [{"following": {"accountId": str(300000000 + n)}} for n in range(following)]
    with zipfile.ZipFile(path, "w") as a:
        a.writestr("twitter-2024/Your archive.html", "<html></html>")
        a.writestr("twitter-2024/data/manifest.js", "window.__THAR_CONFIG = " + json.dumps(manifest))
        a.writestr("twitter-2024/data/tweets.js", "window.YTD.tweets.part0 = " + json.dumps(tweet))
        a.writestr("twitter-2024/data/direct-messages.js", "window.YTD.direct_messages.part0 = " + json.dumps(dms))
        with zipfile.ZipFile(path.with_name(path.stem + "-b.zip"), "w") if split else contextlib.nullcontext(
                a) as b:
            top = "" if split else "twitter-2024/data/"
            b.writestr(top + "like.js", "window.YTD.like.part0 = " + json.dumps(like))
            b.writestr(top + "following.js", "window.YTD.following.part0 = " + json.dumps(follows))


def test_a_dm_file_s_count_mismatch_names_conversations(tmp_path: Path) -> None:
    """T42B L: a DM file's manifest count is its conversations, and the issue said "holds 1 record" beside the
    messages the report counts: it names conversations."""
    _counted_x_archive(tmp_path / "a.zip", 3, 2, split=False, conversations=3)
    stats = api.RunStats()
    kinds = Counter(e.kind for e in api.timeline([tmp_path / "a.zip"], registry=REGISTRY, stats=stats))
    assert kinds["twitter.dm"] == 2
    assert [i.message for i in stats.issues if i.code == "count-mismatch"] == [
        "data/direct-messages.js holds 1 conversation where data/manifest.js lists 3: it may be from another "
        "download of the account"]


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_file_holding_other_than_the_manifests_count_is_an_issue(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                   jobs: int) -> None:
    """T42 3: like.js and following.js of an older download (69 and 51 records) zipped at a zip's top joined the
    archive whose manifest lists 443 likes and 103 accounts followed as missing (Parser.completed_by), and nothing
    said they were not its files. Every listed file read whole is compared with the manifest's count, joined part or
    not, with --jobs as without; a DM file's count is its conversations."""
    from dataexam import parallel

    monkeypatch.setattr(parallel, "MIN_PARALLEL_COST", 0)  # small inputs shared out all the same
    for split in (True, False):
        folder = tmp_path / f"split{split}"
        folder.mkdir()
        _counted_x_archive(folder / "a.zip", 1, 1, split=split)
        paths = sorted(folder.iterdir())
        stats = api.RunStats()
        kinds = Counter(e.kind for e in api.timeline(paths, registry=REGISTRY, stats=stats, jobs=jobs))
        assert kinds["twitter.like"] == 1 and kinds["twitter.dm"] == 2
        assert [i for i in stats.issues if i.code == "missing-part"] == []
        held = "" if split else "data/"  # split: the files sit at the second zip's top, named as held (T43B L)
        assert sorted(i.message for i in stats.issues if i.code == "count-mismatch") == [
            f"{held}following.js holds 1 record where data/manifest.js lists 2: it may be from another download of "
            "the account",
            f"{held}like.js holds 1 record where data/manifest.js lists 3: it may be from another download of the "
            "account"]
        # the files of the download the manifest lists: nothing to say
        whole = tmp_path / f"whole{split}"
        whole.mkdir()
        _counted_x_archive(whole / "a.zip", 3, 2, split=split)
        stats = api.RunStats()
        assert Counter(e.kind for e in api.timeline(sorted(whole.iterdir()), registry=REGISTRY, stats=stats,
                                                    jobs=jobs))["twitter.like"] == 3
        assert stats.issues == []


def _fb_part(path: Path, n: int) -> None:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(f"your_activity_across_facebook/posts/your_posts__check_ins__photos_and_videos_{n}.json",
                   json.dumps([{"timestamp": T + n, "data": [{"post": f"post {n}"}]}]))


def test_a_gap_among_part_n_zips_is_a_missing_part(tmp_path: Path) -> None:
    names = [tmp_path / f"facebook-janedoe-2024-01-01-part{n}.zip" for n in (1, 2, 3)]
    for n, path in enumerate(names, 1):
        _fb_part(path, n)
    issues, kinds = _issues([names[0], names[2]])
    assert kinds["facebook.post"] == 2
    [issue] = [i for i in issues if i.code == "missing-part"]
    assert issue.message.startswith("part 2 of the parts of the download whose part 1, 3 are given is not among "
                                    "the inputs")
    assert [i for i in _issues(names)[0] if i.code == "missing-part"] == []
    # the parts at either end are unknown without a count: parts 2 and 3 alone say nothing
    assert [i for i in _issues(names[1:])[0] if i.code == "missing-part"] == []


def test_each_event_response_cites_its_own_position(tmp_path: Path) -> None:
    responses = {"event_responses_v2": {
        "events_joined": [{"name": f"Joined {k}", "start_timestamp": T + k} for k in range(3)],
        "events_declined": [{"name": "Declined 0", "start_timestamp": T + 9}]}}
    path = tmp_path / "facebook-janedoe-2022-06-01-EvT.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("your_activity_across_facebook/events/your_event_responses.json", json.dumps(responses))
    cited = {e.text: (e.origin.index, e.attrs["response"]) for e in api.timeline(path, registry=REGISTRY)
             if e.kind == "facebook.event_response"}
    assert cited == {"Joined 0": (0, "joined"), "Joined 1": (1, "joined"), "Joined 2": (2, "joined"),
                     "Declined 0": (3, "declined")}


def test_scan_counts_a_refund_payout_repeated_per_return_request_once(tmp_path: Path) -> None:
    root = tmp_path / "Your Orders"
    refunds = root / "Your Returns & Refunds" / "Refund Details.csv"
    refunds.parent.mkdir(parents=True)
    header = ("Creation Date,Currency,Direct Debit,Disbursement Type,Order ID,Payment Status,Quantity,Refund Amount,"
              "Refund Date,Reversal Action,Reversal Reason,Reversal Status,Website")
    row = ("{created},USD,Not Applicable,Refund,111-0000001-0000001,Completed,1,89.99,2025-03-20T10:00:00Z,Return,"
           "{reason},Completed,Amazon.com")
    refunds.write_text("\n".join([header, row.format(created="2025-03-10T10:00:00Z", reason="Customer Return"),
                                  row.format(created="2025-03-12T09:00:00Z", reason="Defective")]) + "\n",
                       encoding="utf-8")
    [result] = [r for r in api.scan([root], registry=REGISTRY) if r.is_export]
    assert result.kinds["amazon.refund"] == 1
    assert sum(e.kind == "amazon.refund" for e in api.timeline(root, registry=REGISTRY)) == 1
