"""The Twitter/X parser against hand-made archives of all three generations (formats.md §2).

Each fixture ``fixtures/twitter/<case>/archive`` is a readable tree; ``counts.json`` next to it is
the oracle, counted by hand from the files; ``expected.jsonl`` is the golden output
(``pytest --update-golden`` rewrites it).
"""

from __future__ import annotations

import io
import json
import re
import shutil
import sqlite3
import zipfile
from collections import Counter
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from dataexam import api
from dataexam.archive import open_archive
from dataexam.events import Event, ParseIssue, TimeSource, format_time
from dataexam.registry import MIN_CONFIDENCE, load_registry
from dataexam.writers import jsonl_line
from dataexam_parsers.twitter import TwitterParser
from helpers import FIXTURES, canonical, check_golden, zip_tree

TW = FIXTURES / "twitter"
CASES = ["classic", "gdpr-2018", "current"]
WRAPPER = "twitter-2025-01-10-4f1c2a"


# -- helpers -------------------------------------------------------------------------------------
def case_tree(case: str, tmp_path: Path) -> Path:
    """The fixture tree of ``case``; gdpr-2018 gets its 2019-style nested media zip built here."""
    tree = TW / case / "archive"
    if case != "gdpr-2018":
        return tree
    copy = tmp_path / "gdpr-2018-tree" / "archive"
    if not copy.exists():
        shutil.copytree(tree, copy)
        with zipfile.ZipFile(copy / "tweet_media.zip", "w") as zf:
            zf.writestr("1100000000000000003-Hx9.jpg", b"JFIF-synthetic-photo")
    return copy


def materialise(case: str, form: str, tmp_path: Path, wrapper: str | None = None) -> Path:
    """The case as a folder or a zip, optionally inside a wrapper folder (as re-zipped by users)."""
    tree = case_tree(case, tmp_path)
    if form == "zip":
        return zip_tree(tree, tmp_path / f"{case}-{wrapper or 'bare'}.zip", wrapper=wrapper)
    if wrapper:
        dest = tmp_path / f"{case}-wrapped" / wrapper
        if not dest.exists():
            shutil.copytree(tree, dest)
        return dest.parent
    return tree


def parse(path: Path) -> list[Event | ParseIssue]:
    with open_archive(path) as archive:
        return list(TwitterParser().events(archive))


def events_of(items: list[Event | ParseIssue]) -> list[Event]:
    return [i for i in items if isinstance(i, Event)]


def issues_of(items: list[Event | ParseIssue]) -> list[ParseIssue]:
    return [i for i in items if isinstance(i, ParseIssue)]


def by_kind(items: list[Event | ParseIssue], kind: str) -> list[Event]:
    return [e for e in events_of(items) if e.kind == kind]


def by_id(items: list[Event | ParseIssue], kind: str) -> dict[str, Event]:
    return {e.key.split(":", 1)[1]: e for e in by_kind(items, kind)}


@pytest.fixture(scope="module")
def current() -> list[Event | ParseIssue]:
    return parse(TW / "current" / "archive")


@pytest.fixture(scope="module")
def gdpr(tmp_path_factory: pytest.TempPathFactory) -> list[Event | ParseIssue]:
    return parse(case_tree("gdpr-2018", tmp_path_factory.mktemp("gdpr")))


# -- counts, keys, golden output, detection -------------------------------------------------------
@pytest.mark.parametrize("wrapper", [None, WRAPPER])
@pytest.mark.parametrize("case", CASES)
def test_counts_per_kind_match_hand_counts(case: str, form: str, wrapper: str | None, tmp_path: Path) -> None:
    items = parse(materialise(case, form, tmp_path, wrapper))
    expected = json.loads((TW / case / "counts.json").read_text(encoding="utf-8"))
    distinct = Counter(kind for kind, _ in {(e.kind, e.key) for e in events_of(items)})
    assert dict(distinct) == expected
    assert issues_of(items) == []


@pytest.mark.parametrize("case", ["gdpr-2018", "current"])
def test_keys_are_unique_per_archive(case: str, tmp_path: Path) -> None:
    keys = [e.key for e in events_of(parse(case_tree(case, tmp_path)))]
    assert len(keys) == len(set(keys))
    assert len(keys) == sum(json.loads((TW / case / "counts.json").read_text()).values())


def test_classic_csv_and_js_give_each_tweet_the_same_key() -> None:
    items = parse(TW / "classic" / "archive")
    csv_events = {e.key: e for e in events_of(items) if e.origin.member == "tweets.csv"}
    js_events = {e.key: e for e in events_of(items) if e.origin.member.startswith("data/js/tweets/")}
    assert len(csv_events) == len(js_events) == 3
    assert set(csv_events) == set(js_events)
    for key, from_csv in csv_events.items():
        from_js = js_events[key]
        assert (from_csv.time, from_csv.text) == (from_js.time, from_js.text)
        for name in ("id", "is_retweet", "urls", "mentions", "hashtags", "client", "in_reply_to_status_id"):
            assert from_csv.attrs.get(name) == from_js.attrs.get(name), name


@pytest.mark.parametrize("case", CASES)
def test_golden_output(case: str, form: str, tmp_path: Path, update_golden: bool) -> None:
    rows = canonical(parse(materialise(case, form, tmp_path)))
    check_golden(TW / case / "expected.jsonl", rows, update_golden)


@pytest.mark.parametrize("case", CASES)
def test_variant_detection(case: str, form: str, tmp_path: Path) -> None:
    with open_archive(materialise(case, form, tmp_path, WRAPPER)) as archive:
        detection = TwitterParser().detect(archive)
        best = load_registry(entry_points=False).best(archive)
    assert detection.variant == case
    assert detection.confidence >= 0.9
    assert best is not None and best.parser == "twitter"


def _tree(root: Path, files: list[str]) -> Path:
    for name in files:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("[]" if name.endswith(".json") else "x", encoding="utf-8")
    return root


@pytest.mark.parametrize("files", [
    # Facebook 2024 JSON export
    ["your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json",
     "personal_information/profile_information/profile_information.json",
     "your_facebook_activity/messages/inbox/ana_1/message_1.json",
     "your_facebook_activity/messages/inbox/ana_1/photos/1.jpg", "index.html"],
    # Amazon Privacy Central download
    ["Retail.OrderHistory.1/Retail.OrderHistory.1.csv", "Your Amazon Orders/Order History.csv",
     "Retail.CartItems.1/Retail.CartItems.1.csv", "Digital-Ordering.1/Digital Items.csv", "README.txt"],
])
def test_near_zero_confidence_on_other_exports(files: list[str], tmp_path: Path) -> None:
    with open_archive(_tree(tmp_path / "other", files)) as archive:
        detection = TwitterParser().detect(archive)
    assert detection.confidence < MIN_CONFIDENCE
    assert detection.confidence == 0.0


# -- files: handled, ignored on purpose, unknown, broken ------------------------------------------
REAL_2025_FILES = """account-creation-ip account-suspension account-timezone account ad-engagements ad-impressions
ad-mobile-conversions-attributed ad-mobile-conversions-unattributed ad-online-conversions-attributed
ad-online-conversions-unattributed ads-revenue-sharing ageinfo app article-metadata article
audio-video-calls-in-dm-recipient-sessions audio-video-calls-in-dm block branch-links catalog-item
commerce-catalog community-note-batsignal community-note-rating community-note-tombstone community-note
community-tweet connected-application contact deleted-note-tweet deleted-tweet-headers deleted-tweets
device-token direct-message-group-headers direct-message-headers direct-message-mute direct-messages-group
direct-messages email-address-change follower following grok-chat-item ip-audit key-registry like
lists-created lists-member lists-subscribed manifest moment mute ni-devices note-tweet
periscope-account-information periscope-ban-information periscope-broadcast-metadata
periscope-comments-made-by-user periscope-expired-broadcasts periscope-followers
periscope-profile-description personalization phone-number product-drop product-set professional-data
profile protected-history reply-prompt saved-search screen-name-change shop-module shopify-account
smartblock spaces-metadata sso tweet-headers tweetdeck tweets twitter-shop user-link-clicks verified""".split()


def test_every_file_of_a_real_2025_archive_is_handled_or_ignored_on_purpose() -> None:
    # the 80 data files of real 2024–25 archives (formats.md §2.3, WIF inventory) and the viewer files
    assert len(REAL_2025_FILES) == 80
    parser = TwitterParser()
    paths = [f"data/{stem}.js" for stem in REAL_2025_FILES] + [
        "data/tweets-part1.js", "data/direct-messages-part2.js", "data/like-part1.js", "data/follower-part1.js",
        "data/direct-message-part1.js", "data/tweet-part3.js", "Your archive.html", "assets/js/main.a1b2.js",
        "assets/images/favicon.ico", "data/README.txt", "data/tweets_media/1-a.jpg",
        "data/direct_messages_media/2-b.mp4", "data/direct_messages_group_media/3-c.jpg",
        "data/profile_media/1500000001-avatar.jpg", "data/community_tweet_media/4-d.jpg",
        "data/moments_media/5-e.jpg", "data/tweet_media/6-f.jpg",
    ]
    for path in paths:
        rule = parser.classify(path)
        assert rule is not None, path
        if rule.handler is None:
            assert rule.note, path


def test_unknown_file_yields_unhandled_file_issue(tmp_path: Path) -> None:
    tree = tmp_path / "archive"
    shutil.copytree(TW / "current" / "archive", tree)
    (tree / "data" / "hologram-call.js").write_text("window.YTD.hologram_call.part0 = [ ]", encoding="utf-8")
    issues = issues_of(parse(tree))
    assert [(i.code, i.member) for i in issues] == [("unhandled-file", "data/hologram-call.js")]


def test_truncated_tweets_file_keeps_tweets_before_the_fault(tmp_path: Path) -> None:
    tree = tmp_path / "archive"
    shutil.copytree(TW / "current" / "archive", tree)
    path = tree / "data" / "tweets.js"
    data = path.read_bytes()
    cut = data.index(b'"id_str" : "1610000000000000003"')  # inside the third tweet
    path.write_bytes(data[:cut])
    items = parse(tree)
    from_file = [e for e in events_of(items) if e.origin.member == "data/tweets.js"]
    assert [e.attrs["id"] for e in from_file] == ["1610000000000000001", "1610000000000000002"]
    issues = issues_of(items)
    assert len(issues) == 1
    issue = issues[0]
    assert issue.member == "data/tweets.js" and issue.code == "bad-json"
    assert issue.position == "after 2 records"
    assert "truncated" in issue.message
    assert "1610000000000000003" not in str(issue)  # messages never quote record contents
    # the other files are read as usual
    assert len(by_kind(items, "twitter.tweet")) == 2 + 2
    assert len(by_kind(items, "twitter.dm")) == 4


@pytest.mark.parametrize("kinds", [None, "twitter.dm"])
def test_a_truncated_account_js_is_one_issue(kinds: str | None, tmp_path: Path) -> None:
    # 2018–19 archives name the account only in account.js, which the set-up reads for the account id
    # before its own handler reads it again: one fault, said once (it was two bad-json issues) —
    # also when --kind prunes the handler and only the set-up reads it
    tree = tmp_path / "archive"
    shutil.copytree(case_tree("gdpr-2018", tmp_path), tree)
    (tree / "account.js").write_bytes(b'window.YTD.account.part0 = [ {"account": {"accountId": ')
    with open_archive(tree) as archive:
        parser = TwitterParser()
        if kinds:
            parser.wanted_kind = kinds.__eq__
        items = list(parser.events(archive))
    issues = issues_of(items)
    assert [(i.member, i.code) for i in issues] == [("account.js", "bad-json")]
    assert by_kind(items, "twitter.dm")  # the rest is read


def test_truncated_dm_file_keeps_messages_before_the_fault(tmp_path: Path) -> None:
    tree = tmp_path / "archive"
    shutil.copytree(TW / "current" / "archive", tree)
    path = tree / "data" / "direct-messages.js"
    data = path.read_bytes()
    path.write_bytes(data[: data.index(b'"id" : "1710000000000000002"')])
    items = parse(tree)
    assert [e.attrs["id"] for e in by_kind(items, "twitter.dm") if e.origin.member == "data/direct-messages.js"] \
        == ["1710000000000000001"]
    assert [(i.member, i.code) for i in issues_of(items)] == [("data/direct-messages.js", "bad-json")]


def test_empty_array_file_and_trailing_semicolon(current: list[Event | ParseIssue]) -> None:
    assert not [e for e in events_of(current) if e.origin.member in ("data/block.js", "data/lists-subscribed.js")]
    mutes = by_kind(current, "twitter.mute")  # mute.js ends with "];"
    assert [m.attrs["account_id"] for m in mutes] == ["1500000009"]


def test_bad_record_is_reported_and_the_rest_kept(tmp_path: Path) -> None:
    tree = tmp_path / "archive"
    shutil.copytree(TW / "gdpr-2018" / "archive", tree)
    (tree / "tweet.js").write_text(
        'window.YTD.tweet.part0 = [ { "full_text" : "no id here", "created_at" : "Sat Mar 02 09:30:00 +0000 2019" },'
        ' { "id_str" : "1100000000000000009", "full_text" : "fine",'
        ' "created_at" : "Sat Mar 02 09:31:00 +0000 2019" } ]',
        encoding="utf-8")
    items = parse(tree)
    assert list(by_id(items, "twitter.tweet")) == ["1100000000000000009"]
    assert [(i.member, i.code, i.position) for i in issues_of(items)] == [("tweet.js", "bad-record", "record 0")]


@pytest.mark.parametrize(("member", "odd", "good", "kind"), [
    ("data/like.js", '{"like": [1]}', '{"like": {"tweetId": "7", "fullText": "ok"}}', "twitter.like"),
    ("data/like.js", '{"like": {"tweetId": "6", "fullText": {"x": 1}}}', '{"like": {"tweetId": "7"}}',
     "twitter.like"),
    ("data/follower.js", '[]', '{"follower": {"accountId": "7"}}', "twitter.follower"),
    ("data/saved-search.js", '{"savedSearch": 5}', '{"savedSearch": {"savedSearchId": "7", "query": "q"}}',
     "twitter.saved_search"),
    ("data/screen-name-change.js", '{"screenNameChange": "x"}',
     '{"screenNameChange": {"accountId": "7", "screenNameChange": {"changedAt": "2020-01-01T00:00:00.000Z",'
     ' "changedFrom": "a", "changedTo": "b"}}}', "twitter.screen_name_change"),
    ("data/profile.js", 'null', '{"profile": {"description": {"bio": "b"}}}', "twitter.profile"),
    ("data/account-creation-ip.js", '{"accountCreationIp": [1]}',
     '{"accountCreationIp": {"accountId": "7", "userCreationIp": "192.0.2.1"}}', "twitter.account"),
    ("data/lists-created.js", '{"userListInfo": {"url": 5}}',
     '{"userListInfo": {"url": "https://twitter.com/a/lists/b"}}', "twitter.list"),
    # a record without its file's wrapper object: an issue, not an event of nulls (a fresh tester)
    ("data/profile.js", '{"x": {"y": [{"z": 1}]}}', '{"profile": {"description": {"bio": "b"}}}', "twitter.profile"),
    ("data/account.js", '{"acount": {"accountId": "7"}}', '{"account": {"accountId": "7", "username": "u"}}',
     "twitter.account"),
    ("data/account-creation-ip.js", '{"accountCreationIP": {}}',
     '{"accountCreationIp": {"accountId": "7", "userCreationIp": "192.0.2.1"}}', "twitter.account"),
    ("data/screen-name-change.js", '{"x": 1}',
     '{"screenNameChange": {"accountId": "7", "screenNameChange": {"changedAt": "2020-01-01T00:00:00.000Z",'
     ' "changedFrom": "a", "changedTo": "b"}}}', "twitter.screen_name_change"),
])
def test_one_odd_record_costs_that_record_in_every_handler(tmp_path: Path, member: str, odd: str, good: str,
                                                          kind: str) -> None:
    """Likes, follows, saved searches, screen-name changes, profile, account facts and lists: a record
    whose values have another type is one ``bad-record`` at its index, and the next record is read
    (before, such a record ended the file)."""
    tree = tmp_path / "archive"
    shutil.copytree(TW / "current" / "archive", tree)
    stem = Path(member).stem
    (tree / member).write_text(f"window.YTD.{stem}.part0 = [ {odd}, {good} ]", encoding="utf-8")
    items = [i for i in parse(tree) if (i.member if isinstance(i, ParseIssue) else i.origin.member) == member]
    # (a file of two records where the fixture's manifest lists one is also a count-mismatch: not this test's)
    assert [(i.code, i.position) for i in issues_of(items) if i.code != "count-mismatch"] == [
        ("bad-record", "record 0")]
    assert [e.origin.index for e in events_of(items) if e.kind == kind] == [1]


def test_one_odd_personalization_section_costs_that_section(tmp_path: Path) -> None:
    """p13nData is one record of sections, each built on its own: odd values (a language whose name is
    a list, shows that are not a list) cost nothing else; the interests, gender and age are read."""
    tree = tmp_path / "archive"
    shutil.copytree(TW / "current" / "archive", tree)
    (tree / "data" / "personalization.js").write_text(
        'window.YTD.personalization.part0 = [ {"p13nData": {"demographics": {'
        '"languages": [{"language": "English"}, {"language": ["x"]}], "genderInfo": {"gender": "female"}},'
        '"interests": {"interests": [{"name": "Cats"}, {"name": "Dogs", "isDisabled": false}],'
        '"shows": "not a list", "audienceAndAdvertisers": {"lookalikeAdvertisers": ["@shop"]}},'
        '"inferredAgeInfo": {"age": ["13-54"]}}} ]', encoding="utf-8")
    items = [i for i in parse(tree)
             if (i.member if isinstance(i, ParseIssue) else i.origin.member) == "data/personalization.js"]
    assert issues_of(items) == []
    assert sorted(e.text for e in events_of(items)) == ["13-54", "@shop", "Cats", "Dogs", "English", "female"]


# -- tweets -----------------------------------------------------------------------------------------
def test_tweet_text_html_unescaped_and_links_expanded(current: list[Event | ParseIssue]) -> None:
    tweets = by_id(current, "twitter.tweet")
    reply = tweets["1610000000000000001"]
    assert reply.text == "@tbrandt_ex levels < 2m & falling <3 see https://example.org/rhine-levels #hydrology #Rhine"
    assert reply.attrs["urls"] == ["https://example.org/rhine-levels"]
    photo = tweets["1610000000000000004"]
    assert "t.co" not in photo.text
    assert photo.text.endswith("https://twitter.com/mira_okafor/status/1610000000000000004/photo/1")
    assert photo.attrs["media"] == [{"type": "photo", "url": "https://pbs.twimg.com/media/Qm1ra0Ph.jpg"}]


def test_reply_retweet_quote_mentions_hashtags(current: list[Event | ParseIssue]) -> None:
    tweets = by_id(current, "twitter.tweet")
    reply = tweets["1610000000000000001"].attrs
    assert (reply["in_reply_to_status_id"], reply["in_reply_to_user_id"], reply["in_reply_to_screen_name"]) == (
        "1609999999999999999", "1500000002", "tbrandt_ex")
    assert reply["mentions"] == ["tbrandt_ex"]
    assert reply["hashtags"] == ["hydrology", "Rhine"]
    assert reply["is_retweet"] is False
    retweet = tweets["1610000000000000002"].attrs
    assert retweet["is_retweet"] is True and retweet["retweeted_screen_name"] == "aiko_t"
    quote = tweets["1610000000000000003"].attrs
    assert quote["quoted_status_id"] == "1609000000000000005"
    assert quote["quoted_screen_name"] == "lucia_fe"
    assert quote["quoted_url"] == "https://twitter.com/lucia_fe/status/1609000000000000005"
    assert "quoted_status_id" not in tweets["1700000000000000007"].attrs  # i/web/status link is not a quote


def test_tweet_client_counts_lang_coordinates(current: list[Event | ParseIssue]) -> None:
    tweets = by_id(current, "twitter.tweet")
    first = tweets["1610000000000000001"]
    assert first.attrs["client"] == "Twitter Web App"
    assert (first.attrs["favorite_count"], first.attrs["retweet_count"]) == (4, 1)
    assert first.time is not None and first.time.isoformat() == "2023-03-04T10:15:00+00:00"
    assert first.time_source == TimeSource.UTC and first.actor == "self"
    tokyo = tweets["1700000000000000006"]
    assert tokyo.attrs["lang"] == "ja"
    assert tokyo.attrs["coordinates"] == {"lat": 35.6895, "lon": 139.6917}


def test_bogus_year_tweet_is_kept_and_flagged(current: list[Event | ParseIssue]) -> None:
    tweets = by_id(current, "twitter.tweet")
    bogus = tweets["1610000000000000005"]
    assert bogus.time is not None and bogus.time.year == 1997
    assert bogus.attrs["suspect_time"] is True
    assert not any(t.attrs.get("suspect_time") for k, t in tweets.items() if k != "1610000000000000005")


def test_note_tweet_gives_a_long_post_its_full_text(current: list[Event | ParseIssue]) -> None:
    long_post = by_id(current, "twitter.tweet")["1700000000000000007"]
    assert long_post.attrs["note_tweet_id"] == "1700000000000000099"
    assert long_post.text is not None
    assert long_post.text.endswith("where the 1953 flood still shapes every conversation & every budget.")
    assert long_post.origin.member == "data/tweets-part1.js"
    assert not [e for e in events_of(current) if e.origin.member == "data/note-tweet.js"]


def test_text_round_trips(current: list[Event | ParseIssue], gdpr: list[Event | ParseIssue]) -> None:
    tweets = {**by_id(current, "twitter.tweet"), **by_id(gdpr, "twitter.tweet")}
    assert tweets["1610000000000000002"].text == "RT @aiko_t: 川の音が好き 🌊"
    assert tweets["1700000000000000006"].text == "東京の雨、静かでいい。"
    assert tweets["1610000000000000004"].text.startswith("Café by the Waal ☕️ — déjà vu ")
    assert tweets["1100000000000000002"].text == "@nadia_h Merci, c'était très bien !"
    assert tweets["1100000000000000003"].text.startswith("Lake day 🏊\u200d♂️🌞 ")
    assert tweets["1100000000000000001"].attrs["hashtags"] == ["Bärlauch"]
    for event in events_of(current) + events_of(gdpr):
        assert Event.from_dict(json.loads(event.to_json())) == event


def test_ids_stay_strings(current: list[Event | ParseIssue]) -> None:
    for event in events_of(current):
        for name, value in event.attrs.items():
            if name == "id" or name.endswith("_id"):
                assert isinstance(value, str), (event.kind, name)


def test_gdpr_2018_bare_tweet_objects(gdpr: list[Event | ParseIssue]) -> None:
    tweets = by_id(gdpr, "twitter.tweet")
    assert sorted(tweets) == ["1100000000000000001", "1100000000000000002", "1100000000000000003"]
    assert tweets["1100000000000000001"].text == "Spring walk > gym. Found wild #Bärlauch"
    assert tweets["1100000000000000002"].attrs["in_reply_to_screen_name"] == "nadia_h"


CSV_9_COLUMNS = (
    '"tweet_id","in_reply_to_status_id","in_reply_to_user_id","retweeted_status_id","retweeted_status_user_id",'
    '"timestamp","source","text","expanded_urls"\n'
    '"300000000000000002","299000000000000001","16000002","","","2013-01-05 18:22:10 +0000",'
    '"<a href=""http://twitter.com"" rel=""nofollow"">Twitter Web Client</a>",'
    '"@old_pal agreed &gt; see https://t.co/Old0000001","http://example.net/agree"\n'
    '"280000000000000001","","","279000000000000009","16000003","2012-12-19 14:29:39 +0000","web",'
    '"RT @news_desk: Snow day!",""\n'
)


def test_classic_9_column_csv_is_mapped_by_header(tmp_path: Path) -> None:
    (tmp_path / "old").mkdir()
    (tmp_path / "old" / "tweets.csv").write_text(CSV_9_COLUMNS, encoding="utf-8")
    items = parse(tmp_path / "old")
    assert issues_of(items) == []
    tweets = by_id(items, "twitter.tweet")
    reply = tweets["300000000000000002"]
    assert reply.text == "@old_pal agreed > see http://example.net/agree"
    assert reply.time is not None and reply.time.isoformat() == "2013-01-05T18:22:10+00:00"
    assert reply.attrs["in_reply_to_status_id"] == "299000000000000001"
    assert reply.attrs["in_reply_to_user_id"] == "16000002"
    assert reply.attrs["client"] == "Twitter Web Client"
    assert reply.attrs["mentions"] == ["old_pal"]
    retweet = tweets["280000000000000001"].attrs
    assert retweet["is_retweet"] is True
    assert retweet["retweeted_status_id"] == "279000000000000009"
    assert retweet["retweeted_screen_name"] == "news_desk"
    assert retweet["client"] == "web"


# -- likes, relations, DMs, logins --------------------------------------------------------------------
def test_likes_have_no_time_and_may_lack_text(current: list[Event | ParseIssue]) -> None:
    likes = by_id(current, "twitter.like")
    assert all(like.time is None and like.time_source == TimeSource.NONE for like in likes.values())
    assert likes["1605000000000000001"].text == "Flood maps for 2050 are out & they are sobering https://t.co/FloodMap1"
    assert likes["1605000000000000003"].text is None
    assert likes["1605000000000000003"].attrs["url"] == "https://twitter.com/i/web/status/1605000000000000003"


Items = list[Event | ParseIssue]


def test_followers_across_parts_and_relations(current: Items, gdpr: Items) -> None:
    followers = by_id(current, "twitter.follower")
    assert sorted(followers) == ["1500000002", "1500000003", "1500000004"]
    assert followers["1500000004"].origin.member == "data/follower-part1.js"
    assert followers["1500000004"].actor == "1500000004"
    assert all(e.actor == "self" for e in by_kind(current, "twitter.following"))
    # 2019: accountId only, no userLink
    assert by_kind(gdpr, "twitter.block")[0].attrs == {"account_id": "990000666"}


def test_one_to_one_dm_with_reaction_link_and_media(current: list[Event | ParseIssue]) -> None:
    dms = by_id(current, "twitter.dm")
    mine = dms["1710000000000000001"]
    assert mine.actor == "self"  # senderId is the manifest's accountId
    assert mine.text == "Dike tour on Saturday? https://example.org/dike-tour"
    assert mine.attrs["conversation_id"] == "1500000001-1500000002"
    assert mine.attrs["recipient_id"] == "1500000002" and "group" not in mine.attrs
    assert mine.attrs["reactions"] == [
        {"sender_id": "1500000002", "reaction": "funny", "time": "2023-11-02T09:15:40.120Z"}]
    assert mine.attrs["urls"] == ["https://example.org/dike-tour"]
    theirs = dms["1710000000000000002"]
    assert theirs.actor == "1500000002"
    media = "https://ton.twitter.com/dm/1710000000000000002/1710000000000000003/Dm0Ph0to.jpg"
    assert theirs.attrs["media"] == [media]
    assert theirs.text == f"Ja! Ik neem koffie mee ☕ {media}"


def test_group_dm_messages_only(current: list[Event | ParseIssue]) -> None:
    group = [e for e in by_kind(current, "twitter.dm") if e.origin.member == "data/direct-messages-group.js"]
    assert [e.attrs["id"] for e in group] == ["1720000000000000001", "1720000000000000002"]  # no join/leave
    assert all(e.attrs["group"] is True and "recipient_id" not in e.attrs for e in group)
    assert [e.actor for e in group] == ["1500000003", "self"]
    assert [r["reaction"] for r in group[0].attrs["reactions"]] == ["like", "excited"]
    assert group[1].text == "I'm in & I'll bring the maps"
    assert group[0].time_source == TimeSource.UTC


def test_gdpr_dm_self_comes_from_account_js(gdpr: list[Event | ParseIssue]) -> None:
    dms = by_id(gdpr, "twitter.dm")
    assert dms["1101000000000000002"].actor == "self"
    assert dms["1101000000000000001"].actor == "990000002"


def test_logins_with_and_without_port(current: list[Event | ParseIssue], gdpr: list[Event | ParseIssue]) -> None:
    logins = sorted(by_kind(current, "twitter.login"), key=lambda e: e.attrs["ip"])
    assert [(e.attrs["ip"], e.attrs.get("port")) for e in logins] == [
        ("198.51.100.23", None), ("2001:db8::2a", 443), ("203.0.113.7", 51234)]
    assert all(e.attrs["account_id"] == "1500000001" for e in logins)
    assert all("port" not in e.attrs for e in by_kind(gdpr, "twitter.login"))


# -- ads and what X infers --------------------------------------------------------------------------
def test_ad_impressions_keep_every_targeting_criterion(current: list[Event | ParseIssue]) -> None:
    impressions = sorted(by_kind(current, "twitter.ad_impression"), key=lambda e: e.sort_key)
    boots, trend = impressions
    assert boots.actor == "@OutdoorGearCo"
    assert boots.attrs["advertiser_name"] == "Outdoor Gear Co"
    assert boots.attrs["display_location"] == "TimelineHome" and boots.attrs["device_os"] == "Ios"
    assert boots.attrs["promoted_tweet_id"] == "1860000000000000001"
    assert boots.text == "Waterproof boots, 30% off & free returns"
    assert boots.attrs["targeting"] == [
        {"type": "Follower look-alikes", "value": "@RiverTrainsNL"}, {"type": "Locations", "value": "Netherlands"},
        {"type": "Age", "value": "25 to 49"}, {"type": "Platforms", "value": "iOS"}]
    assert boots.time_source == TimeSource.ASSUMED_UTC
    assert boots.time is not None and boots.time.isoformat() == "2024-12-15T20:54:45+00:00"
    assert trend.attrs["promoted_trend"] == {"id": "88001", "name": "#WinterSale", "description": "Deals all week"}
    assert "promoted_tweet_id" not in trend.attrs
    assert trend.attrs["targeting"][1] == {"type": "Retargeting campaign engager"}  # no value given


def test_ad_engagements_types_and_times(current: list[Event | ParseIssue]) -> None:
    engagements = sorted(by_kind(current, "twitter.ad_engagement"), key=lambda e: e.sort_key)
    train, bread = engagements
    assert train.attrs["engagements"] == [
        {"type": "VideoContentPlaybackStart", "time": "2024-12-15T20:54:49Z"},
        {"type": "VideoContent6secView", "time": "2024-12-15T20:54:55Z"}]
    assert [c["type"] for c in train.attrs["targeting"]] == ["Locations", "Keywords", "Conversation topics"]
    assert train.attrs["promoted_media_urls"] == ["https://t.co/TrainAd01"]
    assert bread.attrs["advertiser_name"] == "Crumb &amp; Co"  # names are kept as given
    assert [e["type"] for e in bread.attrs["engagements"]] == ["ChargeableImpression", "Mute"]
    # same instant and advertiser as an impression, but a different kind: keys differ
    impression_keys = {e.key for e in by_kind(current, "twitter.ad_impression")}
    assert not impression_keys & {e.key for e in engagements}


def test_personalization_and_ageinfo(current: list[Event | ParseIssue]) -> None:
    interests = {e.text: e.attrs for e in by_kind(current, "twitter.declared_interest")}
    assert set(interests) == {"Hiking", "Climate change", "Sourdough baking"}
    assert interests["Sourdough baking"]["is_disabled"] is True
    demographics = sorted((e.attrs["type"], e.attrs["value"]) for e in by_kind(current, "twitter.declared_demographic"))
    assert demographics == [("age", "25-34"), ("gender", "female"), ("inferred_age", "13-54"),
                            ("language", "Dutch"), ("language", "English")]
    assert sorted(e.text for e in by_kind(current, "twitter.lookalike_advertiser")) == ["@OutdoorGearCo",
                                                                                        "@RiverTrainsNL"]
    assert sorted(e.text for e in by_kind(current, "twitter.show")) == ["Planet Earth II",
                                                                        "The Great British Bake Off"]
    assert all(e.time is None for e in by_kind(current, "twitter.declared_interest"))
    # every entry is one record (p13nData): `position` keeps X's order, which the keys' order does not
    assert sorted((e.attrs["position"], e.text) for e in by_kind(current, "twitter.declared_interest")) == [
        (0, "Hiking"), (1, "Climate change"), (2, "Sourdough baking")]


def test_account_profile_and_history(current: list[Event | ParseIssue]) -> None:
    facts = {e.attrs["fact"]: e for e in by_kind(current, "twitter.account")}
    assert set(facts) == {"account", "time_zone", "creation_ip", "phone_number", "email_change"}
    assert facts["account"].attrs["username"] == "mira_okafor"
    assert facts["account"].time is not None and facts["account"].time.year == 2012
    assert facts["time_zone"].attrs["time_zone"] == "Amsterdam"
    assert facts["creation_ip"].attrs["ip"] == "198.51.100.23"
    assert facts["email_change"].time is not None and facts["email_change"].time.year == 2019
    profile = by_kind(current, "twitter.profile")[0]
    assert profile.text == "Hydrologist. Rivers, maps &amp; bread. Views my own."
    assert profile.attrs["location"] == "Utrecht"
    change = by_kind(current, "twitter.screen_name_change")[0]
    assert (change.attrs["changed_from"], change.attrs["changed_to"]) == ("mira_rivers", "mira_okafor")
    lists = {e.attrs["relation"]: e.attrs for e in by_kind(current, "twitter.list")}
    assert lists["created"]["slug"] == "water-people" and lists["member"]["owner"] == "aiko_t"
    searches = by_id(current, "twitter.saved_search")
    assert searches["900000000000000002"].text == "from:aiko_t 東京"


# -- agreement with a peer tool -----------------------------------------------------------------------
def _t2s_rows(tmp_path: Path, source: Path, as_name: str, table: str) -> list[dict]:
    """Import one file with ``twitter-to-sqlite import`` under the name it expects; return the rows."""
    cli = pytest.importorskip("twitter_to_sqlite.cli")
    from click.testing import CliRunner

    work = tmp_path / f"t2s-{source.parent.name}-{source.name}"
    work.mkdir()
    shutil.copy(source, work / as_name)
    db = work / "t2s.db"
    result = CliRunner().invoke(cli.cli, ["import", str(db), str(work / as_name)])
    assert result.exit_code == 0, result.output
    if not db.exists():
        return []
    with sqlite3.connect(db) as conn:
        conn.row_factory = sqlite3.Row
        return [dict(r) for r in conn.execute(f"select * from [{table}]")]


# our file name pattern → (the single name twitter-to-sqlite knows, its table, what one of our records is)
T2S = {
    "twitter.tweet": (r"^tweets?(-part\d+)?\.js$", "tweet.js", "archive_tweet"),
    "twitter.like": (r"^like(-part\d+)?\.js$", "like.js", "archive_like"),
    "twitter.follower": (r"^follower(-part\d+)?\.js$", "follower.js", "archive_follower"),
    "twitter.following": (r"^following(-part\d+)?\.js$", "following.js", "archive_following"),
    "twitter.login": (r"^ip-audit(-part\d+)?\.js$", "ip-audit.js", "archive_ip_audit"),
    "twitter.dm": (r"^direct-messages?(-group)?(-part\d+)?\.js$", "direct-messages.js", "archive_direct_messages"),
}


@pytest.mark.parametrize("case", ["gdpr-2018", "current"])
def test_counts_agree_with_twitter_to_sqlite(case: str, tmp_path: Path, no_network: None) -> None:
    # twitter-to-sqlite 0.22 knows each file by one fixed name (tweet.js, direct-messages.js …), skips
    # tweets.js / -partN / direct-message.js, and drops a table when a second file feeds it — so each
    # of our files is imported on its own under the name it expects, and the rows are summed.
    pytest.importorskip("twitter_to_sqlite.cli")
    tree = TW / case / "archive"
    data = tree / "data" if (tree / "data").is_dir() else tree
    ours = Counter(e.kind for e in events_of(parse(tree)))
    for kind, (pattern, as_name, table) in T2S.items():
        total = 0
        for source in sorted(p for p in data.iterdir() if re.match(pattern, p.name)):
            rows = _t2s_rows(tmp_path, source, as_name, table)
            if kind == "twitter.dm":  # one row per conversation; count its messageCreate items
                total += sum(1 for r in rows for m in json.loads(r["messages"]) if "messageCreate" in m)
            else:
                total += len(rows)
        assert total == ours[kind], kind
        assert total > 0, kind


def test_twitter_to_sqlite_reads_zip_like_we_do(tmp_path: Path, no_network: None) -> None:
    cli = pytest.importorskip("twitter_to_sqlite.cli")
    from click.testing import CliRunner

    archive = zip_tree(TW / "gdpr-2018" / "archive", tmp_path / "gdpr.zip")
    db = tmp_path / "whole.db"
    result = CliRunner().invoke(cli.cli, ["import", str(db), str(archive)])
    assert result.exit_code == 0, result.output
    with sqlite3.connect(db) as conn:
        counts = {t: conn.execute(f"select count(*) from [{t}]").fetchone()[0]
                  for t in ("archive_tweet", "archive_like", "archive_follower", "archive_following",
                            "archive_ip_audit")}
    ours = Counter(e.kind for e in events_of(parse(archive)))
    assert counts == {"archive_tweet": ours["twitter.tweet"], "archive_like": ours["twitter.like"],
                      "archive_follower": ours["twitter.follower"], "archive_following": ours["twitter.following"],
                      "archive_ip_audit": ours["twitter.login"]}


def test_parser_reads_members_as_streams(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # no handler may read a whole member at once: every read asks for a bounded number of bytes
    sizes: list[int] = []
    real_open = io.open

    class Spy(io.BufferedReader):
        def read(self, size: int | None = -1) -> bytes:  # type: ignore[override]
            sizes.append(-1 if size is None else size)
            return super().read(size)

    def spy_open(file, mode="r", *args, **kwargs):
        handle = real_open(file, mode, *args, **kwargs)
        if mode == "rb" and str(file).endswith(".js"):
            return Spy(handle.detach() if hasattr(handle, "detach") else handle)
        return handle

    monkeypatch.setattr(io, "open", spy_open)
    events = events_of(parse(TW / "current" / "archive"))
    assert events and sizes
    assert all(0 < s <= 1 << 20 for s in sizes), sorted(set(sizes))


# -- through the public API ------------------------------------------------------------------------
def test_timeline_keeps_one_copy_of_each_classic_tweet_and_of_overlapping_exports(tmp_path: Path) -> None:
    from dataexam.api import timeline

    classic = list(timeline(TW / "classic" / "archive"))
    assert [e.kind for e in classic] == ["twitter.tweet"] * 3
    assert [e.attrs["id"] for e in classic] == ["905000000000000001", "912000000000000002", "912000000000000003"]
    # the same archive given as a folder and as a zip: every record once
    once = list(timeline(TW / "current" / "archive"))
    twice = list(timeline([TW / "current" / "archive", zip_tree(TW / "current" / "archive", tmp_path / "c.zip")]))
    assert sorted(e.key for e in twice) == sorted(e.key for e in once)
    expected = json.loads((TW / "current" / "counts.json").read_text())  # what the parser yields
    opt_in = TwitterParser.opt_in_kinds  # the timeline gives these only when named in --kind
    assert Counter(e.kind for e in twice) == Counter({k: n for k, n in expected.items() if k not in opt_in})


# -- issue 11: classic midnight times, Community and Circle posts, standard files, blank values ---
CLASSIC_2013 = TW / "classic-2013" / "archive"
CURRENT_2023 = TW / "current-2023" / "archive"


class TestClassicMidnightTimes:
    """Classic archives (~2013) show older tweets at 00:00:00 in tweets.csv *and* data/js; the real
    time is in data/csv/YYYY_MM.csv; a midnight no file corrects is ``date-only``."""

    REAL = {"1410000001": ("2009-03-31T22:10:05Z", "utc"), "7400000003": ("2010-01-05T08:00:00Z", "utc"),
            "1430000002": ("2009-04-01T00:00:00Z", "date-only"),
            "301000000000000004": ("2013-02-10T19:20:31Z", "utc")}

    def test_every_copy_gets_the_real_time_from_data_csv(self) -> None:
        items = parse(CLASSIC_2013)
        assert issues_of(items) == []
        tweets = by_kind(items, "twitter.tweet")
        # tweets.csv and data/js both hold the old tweets: every copy is repaired, not just one
        assert Counter(e.origin.member.split("/")[0] for e in tweets) == {"tweets.csv": 4, "data": 3}
        for event in tweets:
            assert (format_time(event.time), str(event.time_source)) == self.REAL[event.attrs["id"]]

    def test_timeline_has_no_midnight_utc_and_no_unknown_file(self) -> None:
        events = list(api.timeline([CLASSIC_2013]))
        assert {e.attrs["id"]: (format_time(e.time), str(e.time_source)) for e in events} == self.REAL
        assert not [e for e in events if e.time_source == TimeSource.UTC and e.time.hour == e.time.minute == 0
                    and e.time.second == 0]
        [result] = api.scan([CLASSIC_2013])
        assert result.unknown == [] and result.issues == 0
        # T33A L7: scan counted tweets.csv's and data/js's copies of each tweet (2,556 for 1,278): it counts what the
        # timeline writes, and says the copies apart
        assert result.kinds["twitter.tweet"] == len(events) == 4
        assert result.copies == {"twitter.tweet": 3} and result.to_dict()["copies_dropped"] == {"twitter.tweet": 3}
        assert result.undated == 0
        rule = TwitterParser().classify("data/csv/2009_03.csv")
        assert rule is not None and rule.handler is None and "00:00:00" in rule.note

    @pytest.mark.parametrize("form", ["zip", "wrapped-zip"])
    def test_inside_zips_and_wrapper_folders(self, form: str, tmp_path: Path) -> None:
        path = zip_tree(CLASSIC_2013, tmp_path / "c.zip", wrapper="twitter-2013" if form == "wrapped-zip" else None)
        times = {e.attrs["id"]: format_time(e.time) for e in by_kind(parse(path), "twitter.tweet")}
        assert times["1410000001"] == "2009-03-31T22:10:05Z" and times["7400000003"] == "2010-01-05T08:00:00Z"

    def test_without_data_csv_midnights_are_date_only(self, tmp_path: Path) -> None:
        tree = tmp_path / "a"
        shutil.copytree(CLASSIC_2013, tree)
        shutil.rmtree(tree / "data" / "csv")
        for event in by_kind(parse(tree), "twitter.tweet"):
            expected = "utc" if event.attrs["id"] == "301000000000000004" else "date-only"
            assert event.time_source == expected

    def test_neighbour_month_and_damaged_file(self, tmp_path: Path) -> None:
        tree = tmp_path / "a"
        shutil.copytree(CLASSIC_2013, tree)
        # the April tweet's real time sits in the March file (a date cut in another zone)
        with (tree / "data/csv/2009_03.csv").open("a") as fh:
            fh.write('"1430000002","","","","","2009-03-31 23:59:58 +0000","web","x"\n')
        (tree / "data/csv/2010_01.csv").write_bytes(b'"tweet_id","timestamp"\n"7400000003","garbage"\n')
        times = {e.attrs["id"]: (format_time(e.time), str(e.time_source))
                 for e in by_kind(parse(tree), "twitter.tweet")}
        assert times["1430000002"] == ("2009-03-31T23:59:58Z", "utc")
        assert times["7400000003"] == ("2010-01-05T00:00:00Z", "date-only")

    def test_month_cache_stays_bounded(self) -> None:
        from dataexam_parsers.twitter_classic import _CACHED_MONTHS, MonthTimes

        with open_archive(CLASSIC_2013) as archive:
            months = MonthTimes(archive)
            midnight = datetime(2009, 3, 31, tzinfo=UTC)
            for year in range(2001, 2012):
                months.repair("tweets.csv", "1", midnight.replace(year=year), TimeSource.UTC)
            assert len(months._cache) <= _CACHED_MONTHS

    def test_later_eras_keep_midnight_tweets_as_utc(self, tmp_path: Path) -> None:
        # only the classic files are truncated; a current tweets.js tweet at 00:00:00 is a real time
        out = tmp_path / "x.zip"
        with zipfile.ZipFile(out, "w") as zf:
            zf.writestr("data/manifest.js", 'window.__THAR_CONFIG = {"userInfo": {"accountId": "1"}}')
            zf.writestr("data/tweets.js", 'window.YTD.tweets.part0 = [{"tweet": {"id_str": "5", "full_text": "x", '
                                          '"created_at": "Sat Jun 06 00:00:00 +0000 2020"}}]')
        [tweet] = by_kind(parse(out), "twitter.tweet")
        assert tweet.time_source == TimeSource.UTC


class TestCommunityAndCirclePosts:
    def test_community_posts_are_tweets(self) -> None:
        tweets = by_id(parse(CURRENT_2023), "twitter.tweet")
        for tweet_id, when in (("1680000000000000001", "2023-07-03T06:30:12Z"),
                               ("1695000000000000002", "2023-08-29T17:45:40Z")):
            event = tweets[tweet_id]
            assert (format_time(event.time), event.actor, event.attrs["community_id"]) == (
                when, "self", "1670000000000000009")
            assert event.origin.member == "data/community-tweet.js"
        assert tweets["1680000000000000001"].text == "Community question: best tide app for the west coast?"

    def test_circle_posts_are_tweets_and_dedupe_with_tweets_js(self) -> None:
        events = [e for e in api.timeline([CURRENT_2023]) if e.kind == "twitter.tweet"]
        ids = [e.attrs["id"] for e in events]
        assert len(ids) == len(set(ids)) == 5
        circle = {e.attrs["id"] for e in events if e.attrs.get("audience") == "circle"}
        assert "1701000000000000004" in circle

    @pytest.mark.parametrize("name", ["community-tweet.js", "community-tweet-part1.js", "community_tweet.js",
                                      "twitter-circle-tweet.js"])
    def test_every_spelling_is_handled(self, name: str) -> None:
        rule = TwitterParser().classify(f"data/{name}")
        assert rule is not None and rule.handler == "_parse_tweets"


# Data files of X archives 2020 → 2025, as listed by archive READMEs and by peer tools' manifests of
# real archives (d3i data-donation "known_files" lists of 2022 and 2024–25, the 2023 tree of a
# published archive): each must be handled or ignored on purpose, never "unknown".
STANDARD_X_FILES = """
manifest account-creation-ip account-label account-suspension account-timezone account ad-engagements
ad-free-article-visits ad-impressions ad-mobile-conversions-attributed ad-mobile-conversions-unattributed
ad-online-conversions-attributed ad-online-conversions-unattributed ads-revenue-sharing ageinfo app article
article-metadata audio-video-calls-in-dm audio-video-calls-in-dm-recipient-sessions birdwatch-note
birdwatch-note-rating birdwatch-note-tombstone block branch-links catalog-item commerce-catalog community-note
community-note-batsignal community-note-rating community-note-tombstone community-tweet connected-application
contact deleted-note-tweet deleted-tweet deleted-tweet-headers deleted-tweets device-token
direct-message-group-headers direct-message-headers direct-message-mute direct-messages-group direct-messages
email-address-change expanded-profile follower following grok-chat-item ip-audit key-registry like
lists-created lists-member lists-subscribed message-event moment mute ni-devices note-tweet
periscope-account-information periscope-ban-information periscope-broadcast-metadata
periscope-comments-made-by-user periscope-expired-broadcasts periscope-followers periscope-profile-description
personalization phone-number product-drop product-set professional-data profile protected-history
reply-prompt saved-search screen-name-change shop-module shopify-account smartblock spaces-metadata sso tweet
tweet-headers tweetdeck tweets twitter-article twitter-article-metadata twitter-circle twitter-circle-member
twitter-circle-tweet twitter-shop user-link-clicks verified verified-organization
""".split()


@pytest.mark.parametrize("stem", STANDARD_X_FILES)
@pytest.mark.parametrize("form", ["data/{}.js", "data/{}-part1.js"])
def test_every_standard_x_file_is_handled_or_ignored_on_purpose(stem: str, form: str) -> None:
    rule = TwitterParser().classify(form.format(stem))
    assert rule is not None, f"{stem}.js would be reported as an unknown file"
    assert rule.handler is not None or rule.note


def test_standard_empty_files_raise_no_issue() -> None:
    items = parse(CURRENT_2023)
    assert issues_of(items) == []
    [result] = api.scan([CURRENT_2023])
    assert result.unknown == [] and "unhandled-file" not in result.issue_summary


class TestBlankDeclaredValues:
    """Owner-blanked values ("", [""], null, {}) are no statement by X: no event, in every field."""

    def test_fixture_with_every_field_blanked(self) -> None:
        items = parse(CURRENT_2023)
        demographics = {(e.attrs["type"], e.attrs["value"]) for e in by_kind(items, "twitter.declared_demographic")}
        assert demographics == {("language", "Swedish"), ("age", "25-34")}
        assert [e.text for e in by_kind(items, "twitter.declared_interest")] == ["Sailing"]
        assert [e.text for e in by_kind(items, "twitter.lookalike_advertiser")] == ["@ExampleBoatsSE"]
        assert [e.text for e in by_kind(items, "twitter.show")] == ["Coastal Kitchen"]

    @pytest.mark.parametrize("blank", [{"age": [""], "birthDate": ""}, {"age": [], "birthDate": None}, {},
                                       None, {"age": [" "]}, {"age": "", "birthDate": "  "}, []])
    @pytest.mark.parametrize(("file", "wrap"), [
        ("personalization", lambda v: {"p13nData": {"inferredAgeInfo": v}}),
        ("ageinfo", lambda v: {"ageMeta": {"ageInfo": v, "inferredAgeInfo": v}}),
    ])
    def test_blank_age_yields_no_event(self, tmp_path: Path, blank: object, file: str, wrap: Any) -> None:
        out = tmp_path / "x.zip"
        with zipfile.ZipFile(out, "w") as zf:
            zf.writestr(f"data/{file}.js", f"window.YTD.{file}.part0 = " + json.dumps([wrap(blank)]))
        items = parse(out)
        assert issues_of(items) == [] and by_kind(items, "twitter.declared_demographic") == []

    def test_location_history_is_x_statement_of_places(self, tmp_path: Path) -> None:
        """`p13nData.locationHistory` (formats.md: strings) was never read: each place is a
        `location_history` demographic, blanks and non-text values give none, in file order."""
        out = tmp_path / "x.zip"
        with zipfile.ZipFile(out, "w") as zf:
            zf.writestr("data/personalization.js", "window.YTD.personalization.part0 = " + json.dumps(
                [{"p13nData": {"locationHistory": ["Porto, Portugal", "", " ", None, ["x"], {"location": "Vigo"},
                                                   5, True, -0.0, {"location": {"a": 1}}, {"name": 7},
                                                   "Lisboa, Portugal"],
                               "demographics": {"languages": [{"language": "Portuguese"}]}}}]))
        items = parse(out)
        assert issues_of(items) == []
        places = [(e.attrs["type"], e.text) for e in by_kind(items, "twitter.declared_demographic")
                  if e.attrs["type"] == "location_history"]
        assert places == [("location_history", "Porto, Portugal"), ("location_history", "Vigo"),
                          ("location_history", "Lisboa, Portugal")]

    @pytest.mark.parametrize("history", [[], None, "", "Porto", {"a": 1}])
    def test_odd_location_history_costs_nothing_else(self, tmp_path: Path, history: object) -> None:
        out = tmp_path / "x.zip"
        with zipfile.ZipFile(out, "w") as zf:
            zf.writestr("data/personalization.js", "window.YTD.personalization.part0 = " + json.dumps(
                [{"p13nData": {"locationHistory": history, "demographics": {"languages": ["German"]}}}]))
        items = parse(out)
        kinds = sorted((e.attrs["type"], e.text) for e in by_kind(items, "twitter.declared_demographic"))
        assert ("language", "German") in kinds
        assert [k for k in kinds if k[0] == "location_history"] == []  # X writes a list; nothing else is one

    def test_birth_date_alone_still_counts(self, tmp_path: Path) -> None:
        out = tmp_path / "x.zip"
        with zipfile.ZipFile(out, "w") as zf:
            zf.writestr("data/personalization.js", "window.YTD.personalization.part0 = " + json.dumps(
                [{"p13nData": {"inferredAgeInfo": {"age": [""], "birthDate": "1990-01-01"},
                               "demographics": {"languages": [{"language": None}, "German"]}}}]))
        attrs = sorted((e.attrs["type"], e.attrs["value"], e.attrs.get("birth_date"))
                       for e in by_kind(parse(out), "twitter.declared_demographic"))
        assert attrs == [("inferred_age", None, "1990-01-01"), ("language", "German", None)]


@pytest.mark.parametrize("folder", ["tweets_media", "tweet_media", "community_tweet_media", "deleted_tweets_media",
                                    "direct_messages_media", "direct_messages_group_media", "moments_media",
                                    "moments_tweets_media", "profile_media", "spaces_media",
                                    "periscope_broadcast_media", "twitter_article_media",
                                    "twitter_circle_tweet_media"])
def test_standard_media_folders_are_ignored_on_purpose(folder: str) -> None:
    rule = TwitterParser().classify(f"data/{folder}/1600000000000000001-AbCd.jpg")
    assert rule is not None and rule.handler is None


def test_dm_conversation_ids_come_from_the_keys_before_the_messages(tmp_path: Path) -> None:
    # conversationId is picked out of the bytes as they stream by (jsonstream.iter_items_marked):
    # a text quoting the key does not switch conversations, a conversation without an id gets none
    # (not its predecessor's), a numeric id reads as a string, and a big conversation spans many reads.
    tree = tmp_path / "archive"
    shutil.copytree(TW / "current" / "archive", tree)

    def message(n: int, text: str) -> dict[str, Any]:
        return {"messageCreate": {"recipientId": "1500000002", "reactions": [], "urls": [], "text": text,
                                  "mediaUrls": [], "senderId": "1500000001", "id": f"17900000000000{n:05d}",
                                  "createdAt": "2024-01-02T03:04:05.678Z"}}

    trick = 'see "conversationId" : "666" and "dmConversation" : {'
    conversations = [
        {"dmConversation": {"conversationId": "1500000001-1500000002",
                            "messages": [message(1, trick)] + [message(n, "x" * 50) for n in range(2, 3000)]}},
        {"dmConversation": {"messages": [message(3000, "no id here")]}},
        {"dmConversation": {"conversationId": 777, "messages": [message(3001, "numeric id")]}},
        # found by the fresh verifier: a 5,000-character id, ids that are not integers or strings, and
        # keys of the same names deeper down (the conversation's own are at their own depth)
        {"dmConversation": {"conversationId": "L-" + "y" * 5000, "messages": [message(3002, "long id " * 9000)]}},
        {"dmConversation": {"conversationId": 1.5, "messages": [message(3003, "one and a half")]}},
        {"dmConversation": {"conversationId": True, "messages": [message(3004, "true")]}},
        {"dmConversation": {"meta": {"conversationId": "META"}, "messages": [
            {"messageCreate": {**message(3005, "nested")["messageCreate"], "conversationId": "INNER"}},
            {"messageCreate": {**message(3006, "after nested")["messageCreate"], "dmConversation": 1}},
            message(3007, "last")]}},
    ]
    (tree / "data" / "direct-messages.js").write_text(
        "window.YTD.direct_messages.part0 = " + json.dumps(conversations, indent=2) + ";\n")
    items = parse(tree)
    dms = [e for e in by_kind(items, "twitter.dm") if e.origin.member == "data/direct-messages.js"]
    ids = Counter(e.attrs["conversation_id"] for e in dms)
    assert ids == {"1500000001-1500000002": 2999, None: 4, "777": 1, "L-" + "y" * 5000: 1, "1.5": 1, "True": 1}
    by_text = {e.text: e for e in dms}
    assert by_text[trick].attrs["conversation_id"] == "1500000001-1500000002"
    assert by_text["no id here"].attrs["conversation_id"] is None
    assert [by_text[t].attrs["conversation_id"] for t in ("nested", "after nested", "last")] == [None] * 3
    assert [e.origin.index for e in dms][-7:] == list(range(3000, 3007))
    assert not [i for i in issues_of(items) if i.member == "data/direct-messages.js"]


def test_a_business_account_s_welcome_message_is_a_dm(tmp_path: Path) -> None:
    # the automatic first DM a business or support account sends: `welcomeMessageCreate`, a messageCreate's
    # fields under its own name (hestiaAI Argonodes' key-path inventory of a real archive lists it in
    # direct-messages.js; alkihis/twitter-archive-reader reads it as a message). It was skipped unsaid.
    tree = tmp_path / "archive"
    shutil.copytree(TW / "current" / "archive", tree)
    own = {"recipientId": "1500000777", "reactions": [], "urls": [], "text": "Hi, my parcel has not arrived",
           "mediaUrls": [], "senderId": "1500000001", "id": "1790000000000000003",
           "createdAt": "2024-05-02T08:01:10.000Z", "editHistory": []}
    welcome = {"recipientId": "1500000001", "urls": [], "text": "Welcome to Example Shop support! Your order number?",
               "mediaUrls": [], "senderId": "1500000777", "id": "1790000000000000002",
               "createdAt": "2024-05-02T08:00:05.000Z"}
    conversations = [{"dmConversation": {"conversationId": "1500000001-1500000777", "messages": [
        {"messageCreate": own}, {"welcomeMessageCreate": welcome}, {"joinConversation": {"initiatingUserId": "1"}}]}}]
    (tree / "data" / "direct-messages.js").write_text(
        "window.YTD.direct_messages.part0 = " + json.dumps(conversations, indent=2) + ";\n")
    items = parse(tree)
    dms = {e.attrs["id"]: e for e in by_kind(items, "twitter.dm") if e.origin.member == "data/direct-messages.js"}
    assert set(dms) == {"1790000000000000002", "1790000000000000003"}
    got = dms["1790000000000000002"]
    assert (got.actor, got.text, got.time.isoformat()) == (
        "1500000777", "Welcome to Example Shop support! Your order number?", "2024-05-02T08:00:05+00:00")
    assert got.attrs["welcome_message"] is True and got.attrs["recipient_id"] == "1500000001"
    assert got.key == "twitter.dm:1790000000000000002"
    assert "welcome_message" not in dms["1790000000000000003"].attrs and dms["1790000000000000003"].actor == "self"
    assert not [i for i in issues_of(items) if i.member == "data/direct-messages.js"]


def test_an_edited_dm_keeps_every_version(tmp_path: Path) -> None:
    # 2025 DM edits (that-in-rust/tweet-scrolls' schema of real archives): only `edited: true` was kept, every
    # editedText and its time dropped; which version `text` holds no source says, so all are kept
    tree = tmp_path / "archive"
    shutil.copytree(TW / "current" / "archive", tree)
    dm = {"recipientId": "1500000002", "reactions": [], "urls": [], "text": "Vi sees kl 14 &amp; da", "mediaUrls": [],
          "senderId": "1500000001", "id": "1790000000000000009", "createdAt": "2025-02-11T10:00:00.000Z",
          "editHistory": [{"createdAtSec": "1739268060", "editedText": "Vi sees kl 15 &amp; da"},
                          {"createdAtSec": "1739268120", "editedText": "Vi sees kl 16"}, {"editedText": None}]}
    (tree / "data" / "direct-messages.js").write_text("window.YTD.direct_messages.part0 = " + json.dumps(
        [{"dmConversation": {"conversationId": "1500000001-1500000002", "messages": [{"messageCreate": dm}]}}]))
    [got] = [e for e in by_kind(parse(tree), "twitter.dm") if e.origin.member == "data/direct-messages.js"]
    assert got.text == "Vi sees kl 14 & da" and got.attrs["edited"] is True
    assert got.attrs["edits"] == [{"time": "2025-02-11T10:01:00Z", "text": "Vi sees kl 15 & da"},
                                  {"time": "2025-02-11T10:02:00Z", "text": "Vi sees kl 16"}]
    # another shape than a list (the fresh tester's finding: a number dropped the whole DM)
    for odd in (7, {"x": 1}, "edited"):
        (tree / "data" / "direct-messages.js").write_text("window.YTD.direct_messages.part0 = " + json.dumps(
            [{"dmConversation": {"conversationId": "c", "messages": [{"messageCreate": {**dm, "editHistory": odd}}]}}]))
        [kept] = [e for e in by_kind(parse(tree), "twitter.dm") if e.origin.member == "data/direct-messages.js"]
        assert kept.attrs["edited"] is True and "edits" not in kept.attrs


def test_more_json_after_the_long_posts_array_is_reported(tmp_path: Path) -> None:
    # note-tweet.js is read before the tweets (a side read): it gets the same limits and end-of-value
    # check as every handler's read, so an array closed early is a bad-json issue, not a lost long post
    root = Path(shutil.copytree(FIXTURES / "twitter" / "current" / "archive", tmp_path / "x"))
    notes = root / "data" / "note-tweet.js"
    raw = notes.read_text(encoding="utf-8")
    start = raw.index("[") + 1
    notes.write_text(raw[:start] + " ],\n" + raw[start:], encoding="utf-8")
    stats = api.RunStats()
    tweets = [e for e in api.timeline([root], stats=stats) if e.kind == "twitter.tweet"]
    assert ("data/note-tweet.js", "bad-json") in stats.issue_summary
    assert "note_tweet_id" not in next(t for t in tweets if t.attrs["id"] == "1700000000000000007").attrs


@pytest.mark.parametrize("account_id", ["1e5000", "1e999999", "[1]", "{}", "1.5"])
def test_an_odd_account_id_never_drops_the_export(tmp_path: Path, account_id: str) -> None:
    """The manifest's accountId written as a huge exponent ended the whole export with a parser-error
    (int-to-text limit) after seconds of work (a fresh tester): an id keeps its written form, quickly."""
    tree = tmp_path / "archive"
    shutil.copytree(TW / "current" / "archive", tree)
    manifest = tree / "data" / "manifest.js"
    text = manifest.read_text(encoding="utf-8")
    assert '"accountId" : "1500000001"' in text
    manifest.write_text(text.replace('"accountId" : "1500000001"', f'"accountId" : {account_id}'), encoding="utf-8")
    items = parse(tree)
    assert not [i for i in issues_of(items) if i.code == "parser-error"]
    assert len(events_of(items)) == len(events_of(parse(TW / "current" / "archive")))


def test_ids_written_as_numbers_keep_their_digits_or_their_written_form() -> None:
    from dataexam_parsers.twitter import _str

    assert _str(Decimal("1e3")) == "1000" and _str(Decimal("1.5")) == "1.5"
    assert _str(Decimal("1234567890123456789")) == "1234567890123456789"
    assert _str(Decimal("1e5000")) == "1E+5000"


def test_the_versions_of_an_edited_post_are_linked(tmp_path: Path) -> None:
    """An edited post (2022+) is one tweets.js item per version: the first carries
    ``edit_info.initial.editTweetIds``, a later one ``edit_info.edit.initialTweetId`` (steipete/birdclaw's
    importer reads both). They were two unrelated tweets; a later version now names the first
    (``edit_of``), so a reader can count the post once."""
    root = tmp_path / "x"
    shutil.copytree(TW / "current" / "archive", root)
    ids = ["1870000000000000001", "1870000000000000002"]

    def tweet(i: int, text: str, edit: dict[str, Any]) -> dict[str, Any]:
        return {"tweet": {"id": ids[i], "id_str": ids[i], "full_text": text, "lang": "en",
                          "created_at": f"Fri Dec 20 10:0{4 * i}:00 +0000 2024", "entities": {}, "edit_info": edit}}

    items = [tweet(0, "Harbour walk at 9 tmrw", {"initial": {"editTweetIds": ids, "editsRemaining": "4"}}),
             tweet(1, "Harbour walk at 9 tomorrow",
                   {"edit": {"initialTweetId": ids[0], "editControlInitial": {"editTweetIds": ids}}}),
             tweet(1, "odd", {"edit": "not an object"}) | {"tweet": {"id_str": "5", "id": "5", "entities": {},
                                                                   "edit_info": ["x"], "full_text": "list"}}]
    (root / "data" / "tweets.js").write_text("window.YTD.tweets.part0 = " + json.dumps(items), encoding="utf-8")
    with open_archive(root) as archive:
        got = {e.attrs["id"]: e for e in TwitterParser().events(archive)
               if isinstance(e, Event) and e.kind == "twitter.tweet" and e.origin.member.endswith("tweets.js")}
    assert "edit_of" not in got[ids[0]].attrs and "edit_of" not in got["5"].attrs
    assert got[ids[1]].attrs["edit_of"] == ids[0]


@pytest.mark.parametrize(("initial", "edit_of"), [("1870000000000000001", "1870000000000000001"),
                                                  (1870000000000000001, "1870000000000000001"),
                                                  (["a"], None), ({}, None), (True, None), (-5, None),
                                                  (" 12 ", None), ("", None), (None, None)])
def test_edit_of_is_a_tweet_id_or_nothing(initial: object, edit_of: str | None) -> None:
    """Anything but a tweet id (digits) links nothing: ``["a"]`` became the text "['a']" (a fresh tester's)."""
    from dataexam_parsers.twitter import _edit_of

    assert _edit_of({"edit_info": {"edit": {"initialTweetId": initial}}}, "9") == edit_of


@pytest.mark.parametrize(("file", "find", "replace"), [
    ("tweets.js", '"favorite_count" : "4"', '"favorite_count" : 1e5000'),
    ("tweets.js", '"favorite_count" : "4"', '"favorite_count" : 1e999'),
    ("tweets.js", '"favorite_count" : "4"', '"favorite_count" : "1e30"'),
])
def test_an_absurd_count_is_a_bad_record_not_a_crash(file: str, find: str, replace: str, tmp_path: Path) -> None:
    """A like count of 1e5000 (a JSON number, read exactly) became an int of 5,001 digits that no writer
    can write: the whole timeline ended with an internal error (a fresh tester's); 1e999 was kept as a
    1,000-digit count. No count reaches a quadrillion (dataexam.counts): the tweet is a bad-record."""
    root = tmp_path / "x"
    shutil.copytree(TW / "current" / "archive", root)
    path = root / "data" / file
    text = path.read_text(encoding="utf-8")
    assert find in text
    path.write_text(text.replace(find, replace, 1), encoding="utf-8")
    stats = api.RunStats()
    before = sum(1 for e in api.timeline([TW / "current" / "archive"]) if e.kind == "twitter.tweet")
    rows = list(api.timeline_encoded([root], jsonl_line, stats=stats))  # written: no crash
    assert sum(1 for r in rows if b'"twitter.tweet"' in r) == before - 1
    assert [i.code for i in stats.issues] == ["bad-record"]


# ---- long posts that are replies; a note that matches no tweet (the twenty-third pass's second tester) ----

_BODY = ("I have been thinking about the harbour redevelopment for weeks now and here is where I landed after "
         "reading every council document, talking to the fishermen, the cafe owners, and the people who live "
         "right on the quay. First, the plan underestimates how much the tides matter. Second, nobody asked "
         "the ferry crews.")


def _long_post_archive(root: Path, tweets: list[dict], notes: list[dict], deleted: list[dict] = ()) -> Path:
    """A current-layout X archive of ``tweets`` ({"tweet": …} items), ``notes`` (noteTweet objects) and
    ``deleted`` (deleted-tweets.js items), under ``root``."""
    data = root / "data"
    data.mkdir(parents=True)
    (data / "manifest.js").write_text('window.__THAR_CONFIG = {"userInfo": {"accountId": "1500000001"}}',
                                      encoding="utf-8")
    for name, var, items in (("tweets", "tweets", [{"tweet": t} for t in tweets]),
                             ("note-tweet", "note_tweet", [{"noteTweet": n} for n in notes]),
                             ("deleted-tweets", "deleted_tweets", [{"tweet": t} for t in deleted])):
        (data / f"{name}.js").write_text(f"window.YTD.{var}.part0 = " + json.dumps(items), encoding="utf-8")
    return root


def _reply(tweet_id: str, second: str) -> dict:
    """A long post that is a reply, as tweets.js holds it: X's leading @handle (outside display_text_range),
    the first 280 characters, "…" and the t.co link to the whole post."""
    shown = "@friend_a " + _BODY[:250] + "… https://t.co/Abc123"
    return {"id_str": tweet_id, "created_at": f"Mon Apr 15 10:00:{second} +0000 2024", "full_text": shown,
            "in_reply_to_status_id_str": "1779999999999999999", "in_reply_to_screen_name": "friend_a",
            "display_text_range": ["10", str(len(shown))],
            "entities": {"user_mentions": [{"screen_name": "friend_a", "indices": ["0", "9"]}],
                         "urls": [{"url": "https://t.co/Abc123",
                                   "expanded_url": f"https://twitter.com/i/web/status/{tweet_id}"}]}}


def _note(note_id: str, second: str, text: str = _BODY) -> dict:
    return {"noteTweetId": note_id, "createdAt": f"2024-04-15T10:00:{second}.120Z",
            "core": {"text": text, "urls": [], "mentions": []}}


def test_a_long_post_that_is_a_reply_gets_its_full_text(tmp_path: Path) -> None:
    # the note's body lacks the reply's leading "@friend_a ": the tweet kept its 280 characters and the link
    root = _long_post_archive(tmp_path / "x", [_reply("1780000000000000001", "05")], [_note("100", "05")])
    items = parse(root)
    [tweet] = events_of(items)
    assert tweet.attrs["note_tweet_id"] == "100"
    assert tweet.text == "@friend_a " + _BODY  # the mention as X shows it, then the whole post
    assert issues_of(items) == []


def test_a_note_already_holding_the_mention_is_not_given_it_twice(tmp_path: Path) -> None:
    root = _long_post_archive(tmp_path / "x", [_reply("1780000000000000001", "05")],
                              [_note("100", "05", "@friend_a " + _BODY)])
    [tweet] = events_of(parse(root))
    assert tweet.text == "@friend_a " + _BODY


def test_two_long_posts_of_one_second_each_get_their_own_note(tmp_path: Path) -> None:
    other = "Another long thought, " + _BODY
    second = dict(_reply("1780000000000000002", "05"), full_text="@friend_a " + other[:260] + "… https://t.co/Def456")
    root = _long_post_archive(tmp_path / "x", [_reply("1780000000000000001", "05"), second],
                              [_note("201", "05", other), _note("200", "05")])
    tweets = by_id(parse(root), "twitter.tweet")
    assert tweets["1780000000000000001"].attrs["note_tweet_id"] == "200"
    assert tweets["1780000000000000002"].attrs["note_tweet_id"] == "201"
    assert tweets["1780000000000000002"].text == "@friend_a " + other


def test_a_note_that_matches_no_tweet_is_an_issue(tmp_path: Path) -> None:
    # it was dropped unsaid; now a bad-record issue of note-tweet.js at its record, never quoting its text
    root = _long_post_archive(tmp_path / "x", [_reply("1780000000000000001", "05")],
                              [_note("100", "05"), _note("300", "40", "A post whose tweet is not here at all.")])
    items = parse(root)
    [issue] = issues_of(items)
    assert (issue.member, issue.code, issue.position) == ("data/note-tweet.js", "bad-record", "record 1")
    assert "matches no tweet" in issue.message and "whose tweet" not in issue.message
    assert by_id(items, "twitter.tweet")["1780000000000000001"].attrs["note_tweet_id"] == "100"


def test_a_note_of_a_deleted_tweet_is_no_issue(tmp_path: Path) -> None:
    # the deleted tweet is a twitter.deleted_tweet (T25A M9): its long post's note gives it its whole text
    root = _long_post_archive(tmp_path / "x", [], [_note("100", "05")], deleted=[_reply("1780000000000000001", "05")])
    items = parse(root)
    [deleted] = events_of(items)
    assert deleted.kind == "twitter.deleted_tweet" and deleted.text == "@friend_a " + _BODY
    assert issues_of(items) == []


def test_deleted_tweets_are_their_own_kind_with_deleted_at(tmp_path: Path) -> None:
    # T25A M9: deleted-tweets.js was "ignored on purpose"; these are posts X still keeps after the person deleted
    # them: their own kind (never counted as live tweets), with the deletion time the item gives
    live = {"id_str": "1780000000000000001", "created_at": "Mon Apr 15 10:00:05 +0000 2024", "full_text": "Live one"}
    gone = [{"id_str": "1780000000000000002", "created_at": "Tue Apr 16 08:00:00 +0000 2024",
             "full_text": "Deleted angry tweet about the bus &amp; the rain", "deleted_at": "2024-04-17T09:30:00.000Z"},
            {"id_str": "1780000000000000003", "created_at": "Wed Apr 17 08:00:00 +0000 2024", "full_text": "Second",
             "deleted_at": "Thu Apr 18 12:00:00 +0000 2024"},
            {"id_str": "1780000000000000004", "created_at": "Thu Apr 18 08:00:00 +0000 2024", "full_text": "Third"}]
    items = parse(_long_post_archive(tmp_path / "x", [live], [], deleted=gone))
    assert [e.text for e in by_kind(items, "twitter.tweet")] == ["Live one"]
    deleted = by_id(items, "twitter.deleted_tweet")
    assert sorted(deleted) == ["1780000000000000002", "1780000000000000003", "1780000000000000004"]
    first = deleted["1780000000000000002"]
    assert first.text == "Deleted angry tweet about the bus & the rain" and first.actor == "self"
    assert first.key == "twitter.deleted_tweet:1780000000000000002"
    assert first.attrs["deleted_at"] == "2024-04-17T09:30:00Z"
    assert deleted["1780000000000000003"].attrs["deleted_at"] == "2024-04-18T12:00:00Z"
    assert "deleted_at" not in deleted["1780000000000000004"].attrs
    assert issues_of(items) == []


def test_personalization_audiences_advertisers_and_count(tmp_path: Path) -> None:
    # T25A M5: audienceAndAdvertisers.advertisers and numAudiences were not parsed (formats.md §2.4)
    data = tmp_path / "x" / "data"
    data.mkdir(parents=True)
    (data / "manifest.js").write_text('window.__THAR_CONFIG = {"userInfo": {"accountId": "1500000001"}}')
    p13n = {"p13nData": {"interests": {"interests": [], "shows": ["Skam", "Exit"], "audienceAndAdvertisers": {
        "lookalikeAdvertisers": ["@OutdoorShop"], "advertisers": ["@flourco", "@bakery"],
        "doNotReachAdvertisers": ["@casino"], "catalogAudienceAdvertisers": [], "numAudiences": "12"}}}}
    (data / "personalization.js").write_text("window.YTD.personalization.part0 = " + json.dumps([p13n]))
    items = parse(tmp_path / "x")
    advertisers = by_kind(items, "twitter.audience_advertiser")
    assert [(e.text, e.attrs["list"]) for e in sorted(advertisers, key=lambda e: e.attrs["position"])] == [
        ("@flourco", "advertisers"), ("@bakery", "advertisers"), ("@casino", "do_not_reach")]
    [count] = by_kind(items, "twitter.audience_count")
    assert count.attrs["count"] == 12
    assert sorted((e.text, e.attrs["position"]) for e in by_kind(items, "twitter.show")) == [("Exit", 1), ("Skam", 0)]
    assert issues_of(items) == []


def test_long_posts_are_paired_alike_whatever_the_jobs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the pairing is made in the set-up, over every tweets file: each process pairs alike (--jobs), tweets.js
    # cut between two processes or not
    from dataexam import parallel

    monkeypatch.setattr(parallel, "MIN_PARALLEL_COST", 0)  # small inputs shared out all the same
    tweets = [_reply(str(1780000000000000001 + n), f"{n:02d}") for n in range(40)]
    notes = [_note(str(500 + n), f"{n:02d}") for n in range(0, 40, 3)] + [_note("999", "59", "Unmatched.")]
    root = _long_post_archive(tmp_path / "x", tweets, notes)
    runs = []
    for jobs in (1, 2):
        stats = api.RunStats()
        lines = [e.to_json() for e in api.timeline([root], jobs=jobs, stats=stats)]
        runs.append((lines, [i.to_dict() for i in stats.issues]))
    assert runs[0] == runs[1]
    assert sum('"note_tweet_id"' in line for line in runs[0][0]) == 14
    assert [i["position"] for i in runs[0][1]] == ["record 14"]


def test_a_mentions_account_id_is_kept_beside_its_handle(tmp_path: Path) -> None:
    # user_mentions give id_str → screen_name: kept as mention_ids, in the order of mentions ("" where a mention
    # has no id), so a DM partner known by id only can be shown by handle (the twenty-fifth pass's M11)
    tweet = {"id_str": "1780000000000000009", "created_at": "Mon Apr 15 10:00:05 +0000 2024",
             "full_text": "@kari_n and @ola with you", "in_reply_to_user_id_str": "2222222222",
             "in_reply_to_screen_name": "kari_n",
             "entities": {"user_mentions": [{"screen_name": "kari_n", "id_str": "2222222222", "id": "2222222222"},
                                            {"screen_name": "ola"}]}}
    plain = {"id_str": "1780000000000000010", "created_at": "Mon Apr 15 11:00:05 +0000 2024",
             "full_text": "@per hi", "entities": {"user_mentions": [{"screen_name": "per"}]}}
    tweets = by_id(parse(_long_post_archive(tmp_path / "x", [tweet, plain], [])), "twitter.tweet")
    first = tweets["1780000000000000009"].attrs
    assert (first["mentions"], first["mention_ids"]) == (["kari_n", "ola"], ["2222222222", ""])
    assert first["in_reply_to_user_id"] == "2222222222" and first["in_reply_to_screen_name"] == "kari_n"
    assert "mention_ids" not in tweets["1780000000000000010"].attrs


def test_scan_table_counts_a_classic_archives_tweets_once_and_says_the_copies() -> None:
    # T33A L7: "twitter.tweet 2,556" for 1,278 tweets, the timeline writing 1,278
    from typer.testing import CliRunner

    from dataexam import cli

    result = CliRunner().invoke(cli.app, ["scan", str(FIXTURES / "twitter" / "classic-2013" / "archive")])
    assert result.exit_code == 0, result.output
    line = " ".join(result.stdout.split())
    assert "twitter.tweet 4 (3 more copies of them in the export, kept once as in the timeline)" in line
