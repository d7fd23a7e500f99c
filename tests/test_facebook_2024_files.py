"""Every standard file of a 2023–25 Facebook export is read or ignored with a reason (issue 16, tenth
pass): ~250 names of donated exports' structure were `unhandled-file` issues, so `--strict` failed on
any untouched full export. And the four of them that hold records of kinds dataexam models are read.

Paths: fixtures/facebook/donated_structure_paths.txt (What-If Horizon's structure of donated exports;
paths only). Records below are invented, in the shapes that structure gives.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from dataexam.archive import open_archive
from dataexam.events import Event, ParseIssue
from dataexam_parsers.facebook import FacebookParser
from dataexam_parsers.facebook.parser import _INSTAGRAM
from helpers import FIXTURES

PATHS = [line for line in (FIXTURES / "facebook" / "donated_structure_paths.txt").read_text("utf-8").splitlines()
         if line and not line.startswith("#")]
PROFILE = {"profile_v2": {"name": {"full_name": "Alex Example"}}}


def parse(root: Path) -> list[Event | ParseIssue]:
    with open_archive(root) as archive:
        return list(FacebookParser().events(archive))


def write(root: Path, path: str, obj: object) -> None:
    target = root / path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(obj), encoding="utf-8")


# ---- every standard name has a rule ----------------------------------------------------------------

def test_the_structure_list_is_the_real_one() -> None:
    assert len(PATHS) > 400
    assert "your_facebook_activity/posts/posts_on_other_pages_and_profiles.json" in PATHS
    assert not any(_INSTAGRAM.search(p) or "$" in p for p in PATHS)


@pytest.mark.parametrize("path", PATHS)
def test_every_donated_export_file_is_read_or_ignored_with_a_reason(path: str) -> None:
    rule = FacebookParser().classify(path)
    assert rule is not None, f"{path} has no rule: an untouched export fails --strict"
    assert rule.handler or rule.note, path


@pytest.mark.parametrize("path", [
    "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json",
    "logged_information/search/your_search_history.json",
    "personal_information/profile_information/profile_information.json",
    "security_and_login_information/account_activity.json",
    "your_facebook_activity/comments_and_reactions/comments.json",
    "connections/friends/your_friends.json",
    "ads_information/advertisers_using_your_activity_or_information.json",
    "your_facebook_activity/messages/inbox/alex_123/message_1.json",
])
def test_the_broad_ignore_rules_hide_no_handled_file(path: str) -> None:
    rule = FacebookParser().classify(path)
    assert rule is not None and rule.handler, path


@pytest.mark.parametrize("path", [
    "your_facebook_activity/other_activity/a_file_facebook_adds_next_year.json",
    "your_facebook_activity/posts/something_new.json",
    "logged_information/brand_new_log.json",
])
def test_a_file_nobody_has_seen_is_still_unknown(path: str) -> None:
    assert FacebookParser().classify(path) is None


def test_an_untouched_full_export_passes_strict(tmp_path: Path) -> None:
    root = tmp_path / "facebook-alex"
    write(root, "personal_information/profile_information/profile_information.json", PROFILE)
    handled = ignored = 0
    for path in PATHS:
        if FacebookParser().classify(path).handler:  # type: ignore[union-attr]
            handled += 1
            continue
        write(root, path, {"anything": ["Facebook", "writes"]})  # ignored: never opened
        ignored += 1
    assert ignored > 300
    out = subprocess.run([sys.executable, "-m", "dataexam", "timeline", str(root), "--strict", "-q"],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    # and one file nobody named still fails it, with its name
    write(root, "your_facebook_activity/other_activity/a_file_facebook_adds_next_year.json", [])
    out = subprocess.run([sys.executable, "-m", "dataexam", "timeline", str(root), "--strict"],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 4
    assert "a_file_facebook_adds_next_year.json" in out.stderr


# ---- the four files read -------------------------------------------------------------------------

def test_posts_on_other_pages_and_profiles_are_posts_with_target_media_and_upload_ip(tmp_path: Path) -> None:
    root = tmp_path / "fb"
    write(root, "personal_information/profile_information/profile_information.json", PROFILE)
    write(root, "your_facebook_activity/posts/posts_on_other_pages_and_profiles.json", [
        {"timestamp": 1700000000, "media": [], "fbid": "101", "label_values": [
            {"label": "Message", "value": "Happy birthday, Sam!"},
            {"label": "Target", "value": "Sam Sample"},
            {"title": "Media", "media": [{
                "uri": "your_facebook_activity/posts/media/x/cake.jpg", "creation_timestamp": 1700000001,
                "media_metadata": {"photo_metadata": {"exif_data": [{"upload_ip": "203.0.113.9"}]}}}]}]},
        {"timestamp": 1700100000, "media": [], "fbid": "102", "label_values": [
            {"label": "Target", "value": "Corner Café"},
            {"title": "Media", "dict": [{"dict": [{"label": "Photo", "media": [
                {"uri": "your_facebook_activity/posts/media/y/latte.jpg", "creation_timestamp": 1700100001}]}]}]}]},
    ])
    items = parse(root)
    assert not [i for i in items if isinstance(i, ParseIssue)]
    posts = sorted((e for e in items if isinstance(e, Event) and e.kind == "facebook.post"),
                   key=lambda e: e.time)  # type: ignore[arg-type, return-value]
    assert [p.text for p in posts] == ["Happy birthday, Sam!", None]
    assert [p.attrs["target"] for p in posts] == ["Sam Sample", "Corner Café"]
    assert all(p.attrs["posted_on"] == "other_profile_or_page" for p in posts)
    assert posts[0].attrs["media"] == ["your_facebook_activity/posts/media/x/cake.jpg"]
    assert posts[1].attrs["media"] == ["your_facebook_activity/posts/media/y/latte.jpg"]
    assert posts[0].time is not None and posts[0].time.year == 2023
    ips = [e for e in items if isinstance(e, Event) and e.kind == "facebook.login"]
    assert [(e.attrs["log"], e.attrs["ip"]) for e in ips] == [("exif_upload", "203.0.113.9")]


def test_own_posts_gain_no_target(tmp_path: Path) -> None:
    root = tmp_path / "fb"
    write(root, "personal_information/profile_information/profile_information.json", PROFILE)
    write(root, "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json",
          [{"timestamp": 1700000000, "data": [{"post": "hello"}], "title": "Alex Example updated their status."}])
    posts = [e for e in parse(root) if isinstance(e, Event) and e.kind == "facebook.post"]
    assert len(posts) == 1 and "posted_on" not in posts[0].attrs and "target" not in posts[0].attrs


@pytest.mark.parametrize("folder", ["security_and_login_information",
                                    "personal_information/profile_information/security_and_login_information"])
@pytest.mark.parametrize("as_list", [True, False])
def test_device_login_cookies_are_dated_logins(tmp_path: Path, folder: str, as_list: bool) -> None:
    root = tmp_path / "fb"
    write(root, "personal_information/profile_information/profile_information.json", PROFILE)
    record = {"media": [], "fbid": "7", "ent_name": "Device login cookie", "label_values": [
        {"ent_field_name": "cookie", "label": "Cookie", "value": "AbC123"},
        {"ent_field_name": "created", "label": "Erstellt", "timestamp_value": 1690000000},
        {"ent_field_name": "last_used", "label": "Zuletzt verwendet", "timestamp_value": 1695000000}]}
    write(root, f"{folder}/device_login_cookies.json", [record] if as_list else record)
    items = parse(root)
    logins = [e for e in items if isinstance(e, Event) and e.kind == "facebook.login"]
    assert len(logins) == 1, items
    login = logins[0]
    assert login.attrs["log"] == "device_login_cookies" and login.attrs["action"] == "cookie"
    assert login.attrs["cookie"] == "AbC123"
    assert login.time is not None and int(login.time.timestamp()) == 1690000000  # the first labelled instant


def test_signup_details_are_the_registration_login(tmp_path: Path) -> None:
    root = tmp_path / "fb"
    write(root, "personal_information/profile_information/profile_information.json", PROFILE)
    write(root, "security_and_login_information/login_and_profile_creation/signup_details.json",
          {"account_history_registration_info": [{"title": "", "media_map_data": {}, "string_map_data": {
              "Username": {"href": "", "value": "alex.example", "timestamp": 0},
              "IP Address": {"href": "", "value": "198.51.100.7", "timestamp": 0},
              "Time": {"href": "", "value": "", "timestamp": 1500000000},
              "Email": {"href": "", "value": "alex@example.org", "timestamp": 0},
              "Device": {"href": "", "value": "iPhone", "timestamp": 0}}}]})
    logins = [e for e in parse(root) if isinstance(e, Event) and e.kind == "facebook.login"]
    assert len(logins) == 1
    attrs = logins[0].attrs
    assert (attrs["log"], attrs["action"], attrs["ip"], attrs["device"]) == (
        "registration", "registration", "198.51.100.7", "iPhone")
    assert logins[0].time is not None and int(logins[0].time.timestamp()) == 1500000000
    assert "alex@example.org" not in json.dumps(attrs)  # contact details are the profile's, not a login's


def test_profile_based_in_is_facebooks_inferred_city(tmp_path: Path) -> None:
    root = tmp_path / "fb"
    write(root, "personal_information/profile_information/profile_information.json", PROFILE)
    write(root, "personal_information/information_about_you/profile_based_in.json",
          {"inferred_data_primary_location": [{"title": "", "media_map_data": {}, "string_map_data": {
              "City Name": {"href": "", "value": "Porto, Portugal", "timestamp": 0}}}]})
    locations = [e for e in parse(root) if isinstance(e, Event) and e.kind == "facebook.location"]
    assert len(locations) == 1
    assert locations[0].attrs == {"list": "inferred_primary", "city": "Porto, Portugal"}
    assert locations[0].text == "Porto, Portugal"


def test_profile_based_in_is_a_declared_place_in_the_report(tmp_path: Path) -> None:
    root = tmp_path / "fb"
    write(root, "personal_information/profile_information/profile_information.json", PROFILE)
    write(root, "personal_information/information_about_you/profile_based_in.json",
          {"inferred_data_primary_location": [{"title": "", "string_map_data": {
              "City Name": {"href": "", "value": "Porto, Portugal", "timestamp": 0}}}]})
    out = subprocess.run([sys.executable, "-m", "dataexam", "report", str(root), "-f", "json", "-q"],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr

    def findings(node: object) -> list[dict]:
        if isinstance(node, dict):
            return ([node] if node.get("id") == "home" else []) + [f for v in node.values() for f in findings(v)]
        return [f for v in node for f in findings(v)] if isinstance(node, list) else []

    home = findings(json.loads(out.stdout))[0]
    assert home["platform_says"]["cities"] == {"Porto": 1}
    assert home["value"]["city"] == "Porto" and home["value"]["country"] == "PT"


# ---- from the fresh tester of this pass ------------------------------------------------------------

E2EE_CHAT = {"participants": ["Ana Lima", "Alex Example"], "threadName": "Family settings", "messages": [
    {"isUnsent": False, "media": [], "reactions": [], "senderName": "Ana Lima", "text": "dinner at 7?",
     "timestamp": 1717500000000, "type": "text"},
    {"isUnsent": False, "media": [], "reactions": [], "senderName": "Alex Example", "text": "yes",
     "timestamp": 1717500100000, "type": "text"}]}


@pytest.mark.parametrize("name", ["Family settings_1.json", "app notifications_2.json", "meal preferences_3.json",
                                  "parental permissions_4.json", "Anna consent_5.json", "dating/Ana Lima_2.json",
                                  "avatars/Ana Lima_6.json"])
def test_an_e2ee_chat_whose_name_looks_like_a_setting_is_read(tmp_path: Path, name: str) -> None:
    """The broad ignore rules (any name with "settings" …, any file of a `dating/` folder) took chat
    files of Messenger's E2EE download, read by the rule after them: whole chats were lost, exit 0."""
    root = tmp_path / "secure-chats"
    write(root, name, E2EE_CHAT)
    rule = FacebookParser().classify(name)
    assert rule is not None and rule.handler == "_h_e2ee"
    messages = [e for e in parse(root) if isinstance(e, Event) and e.kind == "facebook.message"]
    assert [m.text for m in messages] == ["dinner at 7?", "yes"]


def test_translated_labels_are_read_by_their_field_name(tmp_path: Path) -> None:
    root = tmp_path / "fb"
    write(root, "personal_information/profile_information/profile_information.json", PROFILE)
    write(root, "your_facebook_activity/posts/posts_on_other_pages_and_profiles.json", [
        {"timestamp": 1700000000, "media": [], "fbid": "1", "label_values": [
            {"ent_field_name": "message", "label": "Nachricht", "value": "Alles Gute"},
            {"ent_field_name": "target", "label": "Ziel", "value": "Sam Sample"}]}])
    [post] = [e for e in parse(root) if isinstance(e, Event) and e.kind == "facebook.post"]
    assert (post.text, post.attrs["target"]) == ("Alles Gute", "Sam Sample")


def test_a_cookie_time_of_zero_is_no_time(tmp_path: Path) -> None:
    root = tmp_path / "fb"
    write(root, "personal_information/profile_information/profile_information.json", PROFILE)
    write(root, "security_and_login_information/device_login_cookies.json", [{"media": [], "label_values": [
        {"label": "Created", "timestamp_value": 0}, {"label": "Last used", "timestamp_value": "1695000000"}]}])
    [login] = [e for e in parse(root) if isinstance(e, Event) and e.kind == "facebook.login"]
    assert login.time is not None and int(login.time.timestamp()) == 1695000000


def test_scan_and_describe_give_the_reasons_for_ignored_files(tmp_path: Path) -> None:
    root = tmp_path / "fb"
    write(root, "personal_information/profile_information/profile_information.json", PROFILE)
    write(root, "your_facebook_activity/other_activity/your_mentions_settings.json", {})
    write(root, "your_facebook_activity/facebook_gaming/instant_games.json", {})
    write(root, "your_facebook_activity/dating/your_dating_profile.json", {})
    scan = subprocess.run([sys.executable, "-m", "dataexam", "scan", str(root), "--json"],
                          capture_output=True, text=True, timeout=300)
    assert scan.returncode == 0, scan.stderr
    [result] = json.loads(scan.stdout)
    reasons = result["ignored_reasons"]
    assert sum(reasons.values()) == 3 and result["files"]["ignored"] == 3
    assert any("gaming, dating" in reason and n == 2 for reason, n in reasons.items())
    text = subprocess.run([sys.executable, "-m", "dataexam", "scan", str(root)], capture_output=True, text=True,
                          timeout=300, env={**os.environ, "COLUMNS": "300"})
    assert "ignored (2): gaming, dating" in text.stdout
    described = subprocess.run([sys.executable, "-m", "dataexam", "describe", str(root)], capture_output=True,
                               text=True, timeout=300)
    assert "your_mentions_settings.json" in described.stdout
    assert "[ignored: settings, consents and permissions" in described.stdout


@pytest.mark.parametrize("single", [False, True])
def test_check_ins_are_posts_with_their_place(tmp_path: Path, single: bool) -> None:
    # 2024–25 your_facebook_activity/posts/check-ins.json was an unknown file: every check-in's time and place
    # lost, and --strict failed on an untouched export (the twenty-third pass's second tester). Shape:
    # timelinize's importer (processCheckins): a list, or one check-in as a bare object
    root = tmp_path / "fb"
    write(root, "personal_information/profile_information/profile_information.json", PROFILE)
    first = {"timestamp": 1710000000, "media": [], "fbid": "301", "label_values": [
        {"label": "Message", "value": "Kaffe p\u00c3\u00a5 hj\u00c3\u00b8rnet \u00e2\u0098\u0095"},
        {"label": "Place tags", "dict": [{"label": "Coordinates", "value": "(59.92322 , 10.75591)"},
                                         {"label": "Address", "value": "Testgata 1, Oslo"},
                                         {"label": "Name", "value": "Hj\u00c3\u00b8rnekaf\u00c3\u00a9"}]}]}
    second = {"timestamp": 1710500000, "media": [], "fbid": "302", "label_values": [
        {"label": "Place tags", "dict": [{"label": "Coordinates", "value": "(-33.8688 , 151.2093)"},
                                         {"label": "Address", "value": ""}, {"label": "Name", "value": "Kaia"}]}]}
    write(root, "your_facebook_activity/posts/check-ins.json", first if single else [first, second])
    assert FacebookParser().classify("your_facebook_activity/posts/check-ins.json").handler == "_h_check_ins"
    items = parse(root)
    assert not [i for i in items if isinstance(i, ParseIssue)]
    posts = sorted((e for e in items if isinstance(e, Event) and e.kind == "facebook.post"),
                   key=lambda e: e.time)  # type: ignore[arg-type, return-value]
    expected = [("Kaffe på hjørnet ☕", {"name": "Hjørnekafé", "address": "Testgata 1, Oslo", "latitude": 59.92322,
                                        "longitude": 10.75591})]
    if not single:
        expected.append((None, {"name": "Kaia", "latitude": -33.8688, "longitude": 151.2093}))
    assert [(p.text, p.attrs["place"]) for p in posts] == expected
    assert all(p.attrs["check_in"] is True for p in posts)
    assert posts[0].time is not None and posts[0].time.isoformat() == "2024-03-09T16:00:00+00:00"


def test_off_meta_activity_of_the_label_values_form_names_its_app_and_time(tmp_path: Path) -> None:
    # 2024–25: a list of {"title": <app>, "label_values": [{"label": "Events", "vec": [{"dict": [ID, Type,
    # "Received on"]}]}]}: the app (the record's title) was never read, so every event had no app and no text
    # (the twenty-third pass's second tester); the older {"off_facebook_activity_v2": [{"name", "events"}]}
    # form of the same event gives the same record
    root = tmp_path / "fb"
    write(root, "personal_information/profile_information/profile_information.json", PROFILE)
    write(root, "apps_and_websites_off_of_facebook/your_activity_off_meta_technologies.json", [
        {"title": "shop.example", "media": [], "fbid": "9001", "label_values": [{"label": "Events", "vec": [
            {"dict": [{"label": "ID", "value": "123456"}, {"label": "Type", "value": "PURCHASE"},
                      {"label": "Received on", "timestamp_value": 1700000000}]}]}]}])
    old = tmp_path / "fb-old"
    write(old, "personal_information/profile_information/profile_information.json", PROFILE)
    write(old, "apps_and_websites_off_of_facebook/your_activity_off_meta_technologies.json", {
        "off_facebook_activity_v2": [{"name": "shop.example", "events": [
            {"id": 123456, "type": "PURCHASE", "timestamp": 1700000000}]}]})
    (new_event,) = [e for e in parse(root) if isinstance(e, Event) and e.kind == "facebook.off_facebook"]
    (old_event,) = [e for e in parse(old) if isinstance(e, Event) and e.kind == "facebook.off_facebook"]
    assert (new_event.text, new_event.attrs) == ("shop.example", {"app": "shop.example", "event_type": "PURCHASE",
                                                                 "event_id": "123456"})
    assert new_event.time is not None and new_event.time.isoformat() == "2023-11-14T22:13:20+00:00"
    assert new_event.key == old_event.key
