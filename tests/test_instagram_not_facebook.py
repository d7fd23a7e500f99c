"""A standalone Instagram download is not a Facebook export (the thirtieth pass's first tester, H1/M1).

Instagram's DYI shares Messenger's thread files and Facebook's basenames; read as Facebook it gave Instagram DMs as
``facebook.message`` and, beside a Facebook folder, merged into one "Facebook" export. Each layout (2018–20 flat,
2021–23 top-level, 2024–25 ``your_instagram_activity/``; paths in :mod:`dataexam.foreign`), with invented values,
alone (folder and zip, under a neutral name) and beside the Facebook fixture, in a folder and as zips.
"""

from __future__ import annotations

import json
import shutil
from collections import Counter
from pathlib import Path

import pytest

from dataexam import api
from dataexam.errors import NothingRecognised
from dataexam.foreign import instagram_download
from dataexam.registry import load_registry
from helpers import FIXTURES, zip_tree

REGISTRY = load_registry(entry_points=False)
FB = FIXTURES / "facebook" / "2021-22" / "archive"
T = 1672000000
THREAD = {"participants": [{"name": "jonasweber"}, {"name": "anna.schmidt"}],
          "messages": [{"sender_name": "jonasweber", "timestamp_ms": (T + i) * 1000, "content": f"hi {i}"}
                       for i in range(4)], "title": "jonasweber", "is_still_participant": True,
          "thread_type": "Regular", "thread_path": "inbox/jonasweber_1234567890"}
LOGINS = {"account_history_login_history": [{"title": "2023", "string_map_data": {
    "IP Address": {"value": "192.0.2.55"}, "Time": {"timestamp": T}, "User Agent": {"value": "Instagram 300.0"}}}]}
TOPICS = {"topics_your_topics": [{"string_map_data": {"Name": {"value": "Coffee"}}}]}
FOLLOWERS = [{"title": "", "media_list_data": [], "string_list_data": [{"href": "https://www.instagram.com/f",
                                                                        "value": "f", "timestamp": T}]}]

LAYOUTS: dict[str, dict[str, object]] = {
    # 2021–23: Instagram's folders at the top of the download
    "2021-23": {"messages/inbox/jonasweber_1234567890/message_1.json": THREAD,
                "login_and_account_creation/login_activity.json": LOGINS,
                "your_topics/your_topics.json": TOPICS,
                "followers_and_following/followers_1.json": FOLLOWERS,
                "comments/post_comments.json": [],
                "personal_information/personal_information.json": {"profile_user": []}},
    # 2024–25 Accounts Center, Instagram account only
    "2024-25": {"your_instagram_activity/messages/inbox/jonasweber_17841400000000000/message_1.json": THREAD,
                "security_and_login_information/login_and_account_creation/login_activity.json": LOGINS,
                "preferences/your_topics/your_topics.json": TOPICS,
                "connections/followers_and_following/followers_1.json": FOLLOWERS,
                "personal_information/personal_information/personal_information.json": {"profile_user": []}},
    # 2018–20 flat files
    "2018-20": {"profile.json": {"username": "anna_schmidt"}, "media.json": {"photos": []},
                "comments.json": {"media_comments": [["2020-02-01T10:00:00+00:00", "toll", "jonasweber"]]},
                "connections.json": {"followers": {}}, "searches.json": [],
                "account_history.json": {"login_history": []}, "messages.json": []},
}


def build(root: Path, files: dict[str, object]) -> Path:
    for rel, obj in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(obj), encoding="utf-8")
    return root


def kinds(paths: object) -> Counter[str]:
    return Counter(e.kind for e in api.timeline(paths, registry=REGISTRY))  # type: ignore[arg-type]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("as_zip", [False, True])
def test_instagram_alone_is_not_a_recognised_export(tmp_path: Path, layout: str, as_zip: bool) -> None:
    tree = build(tmp_path / "anna.schmidt_20230501", LAYOUTS[layout])
    given = zip_tree(tree, tmp_path / "anna.schmidt_20230501.zip") if as_zip else tree
    with pytest.raises(NothingRecognised, match=r"an Instagram download \(.+\): Instagram is not read"):
        kinds(given)


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("as_zip", [False, True])
def test_instagram_beside_facebook_is_skipped_not_merged(tmp_path: Path, layout: str, as_zip: bool) -> None:
    downloads = tmp_path / "Downloads"
    shutil.copytree(FB, downloads / "facebook-annaschmidt")
    tree = build(tmp_path / "ig" / "anna.schmidt_20230501", LAYOUTS[layout])
    if as_zip:
        zip_tree(tree, downloads / "anna.schmidt_20230501.zip")
    else:
        shutil.copytree(tree, downloads / "anna.schmidt_20230501")
    expected = kinds(FB)
    assert kinds(downloads) == expected  # the Facebook export alone: no Instagram DM, login or topic in it
    skipped: list[api.NotAnExport] = []
    exports = api.open_exports([downloads], registry=REGISTRY, not_exports=skipped)
    try:
        assert [e.detection.parser for e in exports] == ["facebook"]
    finally:
        api.close_exports(exports)
    assert len(skipped) == 1 and "an Instagram download" in skipped[0].reason
    assert skipped[0].path.startswith("anna.schmidt_20230501")


def test_accounts_center_export_of_both_stays_facebook() -> None:
    """Facebook's own files make a download holding Instagram parts Facebook's (its Instagram parts are left
    alone by the Facebook parser, as before)."""
    paths = ["your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json",
             "your_instagram_activity/messages/inbox/a_1/message_1.json",
             "connections/followers_and_following/followers_1.json"]
    assert instagram_download(paths) is None
    assert instagram_download(paths[1:]) == "your_instagram_activity/"
    assert instagram_download(["messages/inbox/a_1/message_1.json", "posts/your_posts_1.json"]) is None
    # a Facebook download holding Instagram's followers folder beside its own friends (donated 2024 exports)
    assert instagram_download(["connections/followers_and_following/following.json",
                               "connections/friends/your_friends.json"]) is None
