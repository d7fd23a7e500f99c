"""Snapshot lists from two downloads of one account count from the newest (T34A H1, M3).

A friends, followers or following list, a platform's declared interests, X's demographics and a profile's current
city are the state on their download's day: with an old and a new download of one person given together, the newest
download's list is "now", an older one's extra entries are gone since (not counted), and "the platform says" is the
newest download's. Downloads are ordered by era, then by the day each was made (X ``manifest.js``
``archiveInfo.generationDate``; the day in a Facebook download's name). One download alone is unchanged.

Inputs are invented values in the shapes of formats.md §1.4 (``friends`` / ``friends_v2``, ``deleted_friends_v2``,
``profile_v2.current_city``) and §2.1–2.4 (``manifest.js``, ``follower.js`` / ``following.js`` items
``{accountId, userLink}``, ``personalization.js`` ``p13nData``), as the T34A tester built them.
"""

from __future__ import annotations

import json
from pathlib import Path

from dataexam import api
from dataexam.inference.engine import Context

ACCOUNT, USER = "1234567890", "mara_k"
LINK = "https://twitter.com/intent/user?user_id="


def _js(path: Path, name: str, items: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"window.YTD.{name}.part0 = " + json.dumps(items, indent=2).replace('": ', '" : '),
                    encoding="utf-8")


def x_archive(root: Path, generated: str, followers: list[str], following: list[str],
              interests: tuple[str, ...], gender: str) -> Path:
    data = root / "data"
    _js(data / "account.js", "account", [{"account": {"email": "mara@example.com", "createdVia": "web",
                                                       "username": USER, "accountId": ACCOUNT,
                                                       "createdAt": "2012-03-01T10:00:00.000Z",
                                                       "accountDisplayName": "Mara"}}])
    _js(data / "follower.js", "follower", [{"follower": {"accountId": a, "userLink": LINK + a}} for a in followers])
    _js(data / "following.js", "following", [{"following": {"accountId": a, "userLink": LINK + a}} for a in following])
    _js(data / "personalization.js", "personalization", [{"p13nData": {
        "demographics": {"languages": [{"language": "English", "isDisabled": False}], "genderInfo": {"gender": gender}},
        "interests": {"interests": [{"name": n, "isDisabled": False} for n in interests], "partnerInterests": [],
                      "audienceAndAdvertisers": {"lookalikeAdvertisers": [], "advertisers": [],
                                                 "doNotReachAdvertisers": [], "catalogAudienceAdvertisers": [],
                                                 "numAudiences": "0"}, "shows": []},
        "locationHistory": [], "inferredAgeInfo": {"age": ["13-54"], "birthDate": ""}}}])
    manifest = {"userInfo": {"accountId": ACCOUNT, "userName": USER, "displayName": "Mara"},
                "archiveInfo": {"sizeBytes": "100000", "generationDate": generated, "isPartialArchive": False,
                                "maxPartSizeBytes": "53687091200"},
                "dataTypes": {k: {"files": [{"fileName": f"data/{k}.js", "globalName": f"YTD.{k}.part0",
                                             "count": str(n)}]}
                              for k, n in (("account", 1), ("follower", len(followers)),
                                           ("following", len(following)))}}
    (data / "manifest.js").write_text("window.__THAR_CONFIG = " + json.dumps(manifest, indent=2), encoding="utf-8")
    (root / "Your archive.html").write_text("<html></html>", encoding="utf-8")
    return root


OLD_F = [str(900000 + i) for i in range(50)]
OLD_G = [str(800000 + i) for i in range(40)]
NEW_F = OLD_F[:30] + [str(910000 + i) for i in range(10)]
NEW_G = OLD_G[:25] + [str(810000 + i) for i in range(10)]


def x_two(tmp: Path) -> tuple[Path, Path]:
    # the newer archive's folder sorts first: the order comes from the manifests' days, not the inputs' names
    new = x_archive(tmp / "archive-a", "2024-06-20T12:00:00.000Z", NEW_F, NEW_G, ("Running", "Walking", "Marathon"),
                    "female")
    old = x_archive(tmp / "archive-b", "2021-01-10T12:00:00.000Z", OLD_F, OLD_G,
                    ("Angling", "Poker", "Cryptocurrencies", "Walking"), "male")
    return old, new


def _findings(paths: list[Path]) -> dict[str, dict]:
    report = api.report(paths).to_dict()
    return {f["id"]: f for f in report["findings"]}


def test_x_followers_and_following_are_the_newest_archives(tmp_path: Path) -> None:
    old, new = x_two(tmp_path)
    f = _findings([old, new])
    social = f["social_circle"]["value"]
    assert (social["twitter_followers"], social["twitter_following"]) == (40, 35)  # the union was 60 / 50
    assert social["older_downloads_only"] == {
        "twitter_followers": {"count": 20, "download": "the download of Jan 2021"},
        "twitter_following": {"count": 15, "download": "the download of Jan 2021"}}
    assert "40 X followers; 35 following" in f["social_circle"]["summary"]
    assert f["trust_score"]["value"]["factors"]["relationships"]["inputs"]["friends_and_followers"] == 40


def test_x_says_what_the_newest_archive_says(tmp_path: Path) -> None:
    old, new = x_two(tmp_path)
    value = _findings([old, new])["platform_vs_derived"]["value"]
    assert [r["declared"] for r in value["platforms"]["twitter_interests"]["items"]] == ["Running", "Walking",
                                                                                          "Marathon"]
    genders = [d["value"] for d in value["demographics"] if d["type"] == "gender"]
    assert genders == ["female"]  # was male and female
    older = {e["list"]: e for e in value["older_downloads"]}
    assert older["twitter_interests"] == {"list": "twitter_interests", "download": "the download of Jan 2021",
                                          "values": ["Angling", "Poker", "Cryptocurrencies"]}
    assert older["twitter_demographics"]["values"] == [{"type": "gender", "value": "male"}]


def test_one_x_archive_alone_is_unchanged(tmp_path: Path) -> None:
    old, _new = x_two(tmp_path)
    f = _findings([old])
    social = f["social_circle"]["value"]
    assert (social["twitter_followers"], social["twitter_following"]) == (50, 40)
    assert social["older_downloads_only"] is None
    value = f["platform_vs_derived"]["value"]
    assert [d["value"] for d in value["demographics"] if d["type"] == "gender"] == ["male"]
    assert value["older_downloads"] is None


ME = "Ina Invent"
FRIENDS = [f"Friend Zoe Muller {i:02d}" for i in range(30)]
NEW_FRIENDS = [f"New Friend {i:02d}" for i in range(10)]


def _json(path: Path, obj: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(obj), encoding="utf-8")


def fb_two(tmp: Path, renamed: int = 0) -> tuple[Path, Path]:
    prof = {"name": {"full_name": ME, "first_name": "Ina", "last_name": "Invent"}, "username": "ina.invent.1",
            "profile_uri": "https://www.facebook.com/ina.invent.1", "registration_timestamp": 1262304000}
    old = tmp / "facebook-inainvent-2020-06-01"
    _json(old / "profile_information" / "profile_information.json",
          {"profile": dict(prof, current_city={"name": "Lyon, France", "timestamp": 1500000000})})
    friends = [{"name": n, "timestamp": 1420070400 + i * 5_000_000} for i, n in enumerate(FRIENDS)]
    _json(old / "friends" / "friends.json", {"friends": friends})
    new = tmp / "facebook-inainvent-2023-05-12"
    _json(new / "personal_information" / "profile_information" / "profile_information.json",
          {"profile_v2": dict(prof, current_city={"name": "Paris, France", "timestamp": 1640995200})})
    kept = [dict(f, name=f["name"].replace("Muller", "Blanc")) if i < renamed else f
            for i, f in enumerate(friends[:25])]
    added = [{"name": n, "timestamp": 1650000000 + i * 86400 * 9} for i, n in enumerate(NEW_FRIENDS)]
    _json(new / "connections" / "friends" / "your_friends.json", {"friends_v2": kept + added})
    _json(new / "connections" / "friends" / "removed_friends.json",
          {"deleted_friends_v2": [{"name": f["name"], "timestamp": 1625000000 + j * 86400}
                                  for j, f in enumerate(friends[25:])]})
    return old, new


def test_facebook_friends_are_the_newest_downloads_list(tmp_path: Path) -> None:
    old, new = fb_two(tmp_path)
    f = _findings([old, new])
    social = f["social_circle"]["value"]
    assert social["facebook_friends"] == 35  # was 40: the 5 removed since were counted from the 2020 list
    assert social["facebook_friend_statuses"] == {"friend": 35, "removed": 5}
    assert social["older_downloads_only"] == {"facebook_friends": {"count": 5, "download": "the download of Jun 2020"}}
    assert f["trust_score"]["value"]["factors"]["relationships"]["inputs"]["friends_and_followers"] == 35


def test_renamed_friends_are_counted_once(tmp_path: Path) -> None:
    old, new = fb_two(tmp_path, renamed=3)
    social = _findings([old, new])["social_circle"]
    assert social["value"]["facebook_friends"] == 35  # was 43
    # L7 (thirty-fifth pass): the 3 renamed (the same friending second, a new surname) are no friends lost — they
    # were among the 8 "no longer current"; the 5 removed since still are
    assert social["value"]["older_downloads_only"] == {
        "facebook_friends": {"count": 5, "download": "the download of Jun 2020"}}
    assert social["value"]["renamed_in_lists"] == {
        "facebook_friends": {"count": 3, "download": "the download of Jun 2020"}}
    assert ("3 Facebook friends listed in the download of Jun 2020 under another name, renamed since (the same "
            "friending time; counted once, under the new name)") in social["summary"]
    assert "5 Facebook friends listed in the download of Jun 2020 but not in the newest" in social["summary"]


def test_a_friend_removed_and_another_added_at_another_time_is_no_rename(tmp_path: Path) -> None:
    """Only the same friending second makes a rename: a friend gone and a new friend of another time are two."""
    old, new = fb_two(tmp_path)
    value = _findings([old, new])["social_circle"]["value"]
    assert value["renamed_in_lists"] is None
    assert value["older_downloads_only"]["facebook_friends"]["count"] == 5


def test_facebook_says_the_newest_profiles_city(tmp_path: Path) -> None:
    old, new = fb_two(tmp_path)
    assert _findings([old, new])["home"]["platform_says"] == {"cities": {"Paris": 1}, "countries": {"FR": 1}}
    alone = _findings([old])
    assert alone["home"]["platform_says"]["cities"] == {"Lyon": 1}
    assert alone["social_circle"]["value"]["facebook_friends"] == 30


def order_and_days(paths: list[Path]) -> tuple[dict[str, int] | None, dict[str, str]]:
    """:func:`api.download_order` and :func:`api.download_dates` of the exports of ``paths``."""
    exports = api.open_exports(paths)
    try:
        return api.download_order(exports), api.download_dates(exports)
    finally:
        api.close_exports(exports)


def test_downloads_are_ordered_by_the_day_they_were_made(tmp_path: Path) -> None:
    old, new = x_two(tmp_path)
    order, days = order_and_days([new, old])
    assert order is not None
    assert order[str(new)] > order[str(old)]
    assert days == {str(new): "2024-06-20", str(old): "2021-01-10"}


def test_newest_only_without_downloads_keeps_every_archive() -> None:
    ctx = Context(include_sensitive=False, aggregators={})
    assert ctx.newest_only({"a": 3, "b": 2}) == ({"a", "b"}, set())
    ctx.download_rank = {"a": 1, "b": 0, "c": 1}
    assert ctx.newest_only({"a": 3, "b": 2, "c": 1}) == ({"a", "c"}, {"b"})
    ctx.download_day = {"b": "2021-01-10"}
    assert ctx.download_label({"b"}) == "the download of Jan 2021"
    assert ctx.download_label({"x"}) == "an older download"


def test_a_batch_participant_with_two_archives_counts_the_newest(tmp_path: Path, no_network: None) -> None:
    import pyarrow.parquet as pq

    from dataexam.batch import run_batch

    x_two(tmp_path / "donations" / "P1")
    out = tmp_path / "out"
    run_batch(tmp_path / "donations", out, workers=1)
    rows = {r["finding_id"]: r for r in pq.read_table(out / "findings.parquet").to_pylist()}
    social = rows["social_circle"]
    assert (social["value__twitter_followers"], social["value__twitter_following"]) == (40, 35)
    assert social["value__older_downloads_only__twitter_followers__count"] == 20
    assert "value__older_downloads" not in rows["platform_vs_derived"]  # older declared names are never written


def test_redact_withholds_an_older_downloads_values(tmp_path: Path) -> None:
    from dataexam.report.redact import redact

    old, new = x_two(tmp_path)
    data = redact(api.report([old, new]).to_dict())
    value = next(f for f in data["findings"] if f["id"] == "platform_vs_derived")["value"]
    text = json.dumps(value["older_downloads"])
    assert "Angling" not in text and "male" not in text
    assert [e["download"] for e in value["older_downloads"]] == ["the download of Jan 2021"] * 2


def test_pending_friend_requests_are_the_newest_downloads(tmp_path: Path) -> None:
    old, new = fb_two(tmp_path)
    sent = [{"name": f"Asked Person {i}", "timestamp": 1580000000 + i * 86400} for i in range(4)]
    _json(old / "friends" / "sent_friend_requests.json", {"sent_requests": sent})
    _json(new / "connections" / "friends" / "sent_friend_requests.json", {"sent_requests_v2": sent[:1]})
    social = _findings([old, new])["social_circle"]["value"]
    assert social["facebook_friend_statuses"]["request-sent"] == 1  # three were answered or withdrawn since
    assert social["older_downloads_only"]["facebook_requests_sent"] == {"count": 3,
                                                                        "download": "the download of Jun 2020"}
    assert _findings([old])["social_circle"]["value"]["facebook_friend_statuses"]["request-sent"] == 4


def test_a_list_entry_keeps_the_newest_downloads_copy_over_a_richer_older_one() -> None:
    from datetime import UTC, datetime

    from dataexam.events import Event, Origin, TimeSource
    from dataexam.normalise import chronological

    t = datetime(2019, 5, 1, tzinfo=UTC)

    def friend(archive: str, attrs: dict) -> Event:
        return Event(time=t, time_source=TimeSource.UTC, source="facebook", kind="facebook.friend", actor="self",
                     text="Friend A", attrs=attrs, origin=Origin(archive, "friends.json", 0),
                     key="facebook.friend:friend:Friend A:1556668800")

    events = [friend("old", {"status": "friend", "name": "Friend A", "extra": "2020 field"}),
              friend("new", {"status": "friend", "name": "Friend A"})]
    kept = chronological(events, recency={"old": 0, "new": 1})
    assert [e.origin.archive for e in kept] == ["new"]  # counted in the newest download's list
    assert [e.origin.archive for e in chronological(events)] == ["old"]  # one download's ranks: the richer copy


def fb_ranged(tmp: Path) -> tuple[Path, Path]:
    """A 2020 download of all time and a 2023 download of a date range (from 1 Jul 2021: its records begin there, so
    its friends list holds the friends made since); the newer download's removed_friends names one old friend."""
    prof = {"name": {"full_name": ME, "first_name": "Ina", "last_name": "Invent"}, "username": "ina.invent.1"}
    old = tmp / "facebook-inainvent-2020-06-01"
    _json(old / "profile_information" / "profile_information.json", {"profile": prof})
    friends = [{"name": n, "timestamp": 1420070400 + i * 5_000_000} for i, n in enumerate(FRIENDS)]  # 2015–2019
    _json(old / "friends" / "friends.json", {"friends": friends})
    new = tmp / "facebook-inainvent-2023-05-12"
    _json(new / "personal_information" / "profile_information" / "profile_information.json", {"profile_v2": prof})
    added = [{"name": n, "timestamp": 1625140800 + i * 86400 * 9} for i, n in enumerate(NEW_FRIENDS)]  # 2021-07 on
    _json(new / "connections" / "friends" / "your_friends.json", {"friends_v2": added})
    _json(new / "connections" / "friends" / "removed_friends.json",
          {"deleted_friends_v2": [{"name": FRIENDS[0], "timestamp": 1640000000}]})
    return old, new


def test_a_date_ranged_newest_download_keeps_the_older_friends(tmp_path: Path) -> None:
    """L9 (thirty-fifth pass): the demo's 2024 download is one of a date range; its friends list holds the friends
    made in the range, so the 68 made before were "no longer current" and the report said 32 friends for 100. An
    older download's entry dated before the newest download's first record is counted (unless removed since)."""
    old, new = fb_ranged(tmp_path)
    social = _findings([old, new])["social_circle"]
    value = social["value"]
    assert value["facebook_friends"] == 39  # 10 since the range began + 29 of before (1 removed); was 10
    assert value["before_newest_range"] == {"facebook_friends": {
        "count": 29, "download": "the download of Jun 2020", "newest_begins": "2021-07-01"}}
    assert value["older_downloads_only"] == {"facebook_friends": {"count": 1, "download": "the download of Jun 2020"}}
    said = ("29 Facebook friends listed in the download of Jun 2020 only are counted: dated before the newest "
            "download's first record (2021-07-01; a download of a date range holds nothing earlier)")
    assert said in social["summary"]


def test_an_all_time_newest_download_still_drops_the_removed(tmp_path: Path) -> None:
    """A newest download of all time begins with the account's oldest records: nothing older is before it."""
    old, new = fb_two(tmp_path)
    value = _findings([old, new])["social_circle"]["value"]
    assert value["before_newest_range"] is None
    assert value["facebook_friends"] == 35
