"""A date written but not understood is said, at its record, in every service.

The fourth tester of the twentieth pass: an X item whose ``createdAt`` was no date became an undated event with no
issue (as DMs always did), so its place on the timeline was lost unsaid. Amazon's CSVs said so already
(``bad-date``); X and Facebook now do too: the event is kept undated and one ``bad-date`` issue follows it at
the record's index. A format's own "no time" values (Facebook's ``0`` and negative EXIF times, an absent field)
are no fault. Values are invented.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from test_parser_facebook import FB
from test_parser_facebook import parse as parse_facebook
from test_parser_twitter import TW, by_kind, issues_of, parse

POSTS = "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json"


def _x_archive(tmp_path: Path, member: str, variable: str, items: list) -> Path:
    tree = tmp_path / "archive"
    shutil.copytree(TW / "current" / "archive", tree)
    (tree / member).write_text(f"window.YTD.{variable}.part0 = " + json.dumps(items, indent=2))
    return tree


def _tweet(tweet_id: str, created_at: object) -> dict:
    return {"tweet": {"id_str": tweet_id, "id": tweet_id, "full_text": f"tweet {tweet_id}", "created_at": created_at,
                      "entities": {"urls": [], "media": []}, "favorite_count": "0", "retweet_count": "0"}}


def test_x_tweets_with_a_time_not_understood_are_kept_and_said(tmp_path: Path) -> None:
    items = [_tweet("1800000000000000001", "Sat Jun 06 13:02:35 +0000 2020"),
             _tweet("1800000000000000002", "sometime in June"),
             _tweet("1800000000000000003", "Sat Jun 06 13:02:36 +0000 2020"),
             _tweet("1800000000000000004", ""),  # nothing written: undated without a fault
             _tweet("1800000000000000005", "Mon Feb 30 10:00:00 +0000 2020")]  # no such day
    parsed = parse(_x_archive(tmp_path, "data/tweets.js", "tweets.part0", items))
    tweets = {e.attrs["id"]: e for e in by_kind(parsed, "twitter.tweet") if e.origin.member == "data/tweets.js"}
    assert len(tweets) == 5
    assert tweets["1800000000000000002"].time is None and tweets["1800000000000000001"].time is not None
    bad = [(i.member, i.position) for i in issues_of(parsed) if i.code == "bad-date"]
    assert bad == [("data/tweets.js", "record 1"), ("data/tweets.js", "record 4")]
    assert all("June" not in i.message for i in issues_of(parsed))  # the value itself is never quoted


def test_x_logins_and_dms_with_a_time_not_understood_are_said(tmp_path: Path) -> None:
    logins = [{"ipAudit": {"accountId": "1500000001", "createdAt": "2024-01-02T10:00:00.000Z", "loginIp": "8.8.8.8"}},
              {"ipAudit": {"accountId": "1500000001", "createdAt": "yesterday-ish", "loginIp": "8.8.4.4"}}]
    tree = _x_archive(tmp_path, "data/ip-audit.js", "ip_audit.part0", logins)
    dms = [{"dmConversation": {"conversationId": "1500000001-1500000002", "messages": [
        {"messageCreate": {"id": "1", "senderId": "1500000001", "recipientId": "1500000002", "text": "a",
                           "createdAt": 1735725600, "reactions": [], "urls": [], "mediaUrls": []}},
        {"messageCreate": {"id": "2", "senderId": "1500000002", "recipientId": "1500000001", "text": "b",
                           "createdAt": "2025-01-01T10:00:00.000Z", "reactions": [], "urls": [],
                           "mediaUrls": []}}]}}]
    (tree / "data/direct-messages.js").write_text("window.YTD.direct_messages.part0 = " + json.dumps(dms))
    parsed = parse(tree)
    mine = [e for e in by_kind(parsed, "twitter.dm") if e.origin.member == "data/direct-messages.js"]
    assert len(by_kind(parsed, "twitter.login")) == 2 and len(mine) == 2
    bad = sorted((i.member, i.position) for i in issues_of(parsed) if i.code == "bad-date")
    assert bad == [("data/direct-messages.js", "record 0"), ("data/ip-audit.js", "record 1")]


def test_facebook_times_not_understood_are_said_and_its_no_time_values_are_not(tmp_path: Path) -> None:
    tree = tmp_path / "fb"
    shutil.copytree(FB / "2024-25" / "archive", tree)
    posts = [{"timestamp": 1712000000, "data": [{"post": "fine"}], "title": ""},
             {"timestamp": "the day after", "data": [{"post": "text for a time"}], "title": ""},
             {"timestamp": 0, "data": [{"post": "zero: Facebook's no time"}], "title": ""},
             {"timestamp": 10 ** 16, "data": [{"post": "past the year 9999"}], "title": ""},
             {"timestamp": {"value": 1}, "data": [{"post": "an object"}], "title": ""},
             {"data": [{"post": "no timestamp at all"}], "title": ""}]
    (tree / POSTS).write_text(json.dumps(posts))
    parsed = parse_facebook(tree)
    texts = {e.text: e for e in parsed if getattr(e, "kind", None) == "facebook.post"}
    assert {"text for a time", "zero: Facebook's no time", "past the year 9999", "an object"} <= set(texts)
    assert texts["text for a time"].time is None
    bad = [i.position for i in parsed if getattr(i, "code", None) == "bad-date" and i.member == POSTS]
    assert bad == ["record 1", "record 3", "record 4"]
