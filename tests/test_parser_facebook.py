"""The Facebook parser against synthetic export trees of every era (fixtures/facebook/<case>/).

Each case's ``counts.json`` was counted by hand from the fixture data (distinct records per kind);
``expected.jsonl`` is the golden output (``pytest --update-golden`` rewrites it).
"""

from __future__ import annotations

import io
import json
import shutil
import tracemalloc
import zipfile
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dataexam import jsonstream
from dataexam.archive import open_archive
from dataexam.events import Event, ParseIssue
from dataexam.registry import load_registry
from dataexam_parsers.facebook import FacebookParser
from dataexam_parsers.facebook.envelope import fields, iter_raw, label_values, string_map
from helpers import FIXTURES, REPO, canonical, check_golden, sort_canonical, zip_tree

FB = FIXTURES / "facebook"
ERAS = {"2018": "2018", "2019-20": "2019-20", "2021-22": "2021-22", "2023": "2023", "2024-25": "2024-25"}
CASES = [*ERAS, "accounts-center-2024", "messenger-e2ee"]
INSTAGRAM_FILES = {
    "ads_information/instagram_ads_and_businesses/advertisers_using_your_activity_or_information.json",
    "your_instagram_activity/likes/liked_posts.json",
    "your_instagram_activity/messages/inbox/majafan_787878/message_1.json",
}


def parse(path: Path | list[Path]) -> list[Event | ParseIssue]:
    with open_archive(path) as archive:
        return list(FacebookParser().events(archive))


def events_of(items: list[Event | ParseIssue], kind: str | None = None) -> list[Event]:
    return [e for e in items if isinstance(e, Event) and (kind is None or e.kind == kind)]


def issues_of(items: list[Event | ParseIssue]) -> list[ParseIssue]:
    return [i for i in items if isinstance(i, ParseIssue)]


def distinct_counts(items: list[Event | ParseIssue]) -> dict[str, int]:
    keys: dict[str, set[str]] = {}
    for e in events_of(items):
        keys.setdefault(e.kind, set()).add(e.key)
    return {kind: len(k) for kind, k in sorted(keys.items())}


# ---- per-era oracle, golden output, variant ----------------------------------------------------

@pytest.mark.parametrize("case", CASES)
def test_counts_per_kind_match_hand_count(case: str, as_form) -> None:
    items = parse(as_form(FB / case / "archive"))
    expected = json.loads((FB / case / "counts.json").read_text(encoding="utf-8"))
    assert distinct_counts(items) == expected


@pytest.mark.parametrize("case", CASES)
def test_golden_output(case: str, as_form, update_golden: bool) -> None:
    rows = sort_canonical(canonical(parse(as_form(FB / case / "archive"))))
    check_golden(FB / case / "expected.jsonl", rows, update_golden)


@pytest.mark.parametrize(("case", "variant"), [*ERAS.items(), ("accounts-center-2024", "2024-25"),
                                              ("messenger-e2ee", "messenger-e2ee")])
def test_variant_per_era(case: str, variant: str, as_form) -> None:
    with open_archive(as_form(FB / case / "archive")) as archive:
        detection = FacebookParser().detect(archive)
    assert detection.variant == variant
    assert detection.confidence >= 0.5


@pytest.mark.parametrize("case", list(ERAS))
def test_every_fixture_file_is_handled_or_ignored_on_purpose(case: str, as_form) -> None:
    items = parse(as_form(FB / case / "archive"))
    assert issues_of(items) == []
    parser = FacebookParser()
    for path in (p.relative_to(FB / case / "archive").as_posix() for p in (FB / case / "archive").rglob("*")
                 if p.is_file()):
        assert parser.classify(path) is not None, path


def test_accounts_center_instagram_files_are_left_unhandled(as_form) -> None:
    items = parse(as_form(FB / "accounts-center-2024" / "archive"))
    issues = issues_of(items)
    assert {i.code for i in issues} == {"unhandled-file"}
    assert {i.member for i in issues} == INSTAGRAM_FILES
    # the Instagram thread has the Messenger layout, yet none of its messages is read
    assert all("Fint bilde" not in (e.text or "") for e in events_of(items))
    assert [e.text for e in events_of(items, "facebook.message")] == ["God sommer! 🌞"]


def test_emitted_kinds_are_documented() -> None:
    documented = (REPO / "docs" / "kinds.md").read_text(encoding="utf-8")
    seen = set()
    for case in CASES:
        seen |= {e.kind for e in events_of(parse(FB / case / "archive"))}
    assert seen <= set(FacebookParser.kinds)
    for kind in FacebookParser.kinds:
        assert f"`{kind}`" in documented, kind


# ---- text: mojibake repaired, CJK / accents / emoji exact ------------------------------------------

def test_fixtures_are_encoded_like_real_exports() -> None:
    raw = (FB / "2024-25/archive/your_facebook_activity/messages/e2ee_cutover/wangxiaoming_343434/"
           "message_1.json").read_bytes()
    assert raw.isascii()
    assert b"\\u00e4\\u00bd\\u00a0" in raw  # 你 written byte by byte, as Facebook does


@pytest.mark.parametrize(("case", "kind", "text"), [
    ("2018", "facebook.message", "Hei! Skal vi gå på tur i morgen? 🏔️"),
    ("2018", "facebook.post", "Godt nytt år! Ønsker alle det beste 🎉"),
    ("2018", "facebook.friend", "王小明"),
    ("2019-20", "facebook.message", "Přijdeš?"),
    ("2019-20", "facebook.message", "¡Hola a todos! Mañana?"),
    ("2021-22", "facebook.message", "¿Qué tal, Maja? 😀"),
    ("2023", "facebook.off_facebook", "møbelhuset.example"),
    ("2024-25", "facebook.message", "你好！明天见 🙂"),
    ("2024-25", "facebook.post", "Flyttet til Oslo 🏙️ — nytt kapittel"),
    ("2024-25", "facebook.search", "leilighet grünerløkka"),
])
def test_text_round_trips_exactly(case: str, kind: str, text: str) -> None:
    assert text in [e.text for e in events_of(parse(FB / case / "archive"), kind)]


def test_mojibake_repaired_in_attrs_and_reactions() -> None:
    items = parse(FB / "2019-20" / "archive")
    msg = next(e for e in events_of(items, "facebook.message") if e.text == "Přijdeš?")
    assert msg.attrs["reactions"] == [{"reaction": "😢", "actor": "Maja Øvergård"}]
    reaction = events_of(items, "facebook.reaction")[0]
    assert reaction.attrs["target_owner"] == "王小明"
    assert reaction.attrs["target_type"] == "photo"


# ---- Messenger ------------------------------------------------------------------------------------

def test_split_thread_overlap_counts_once() -> None:
    items = parse(FB / "2019-20" / "archive")
    thread = [e for e in events_of(items, "facebook.message") if e.attrs["thread"] == "hakonbrakke_abc123"]
    assert len(thread) == 5  # 2 in message_1.json + 3 in message_2.json
    assert len({e.key for e in thread}) == 4  # the message in both files has one key
    twice = [e for e in thread if e.text == "Přijdeš?"]
    assert {e.origin.member.rsplit("/", 1)[-1] for e in twice} == {"message_1.json", "message_2.json"}
    assert twice[0].key == twice[1].key
    assert twice[0].time is not None and twice[0].time.microsecond == 349000  # timestamp_ms is ms


def test_message_attrs_and_owner_is_self() -> None:
    items = parse(FB / "2019-20" / "archive")
    messages = events_of(items, "facebook.message")
    own = [e for e in messages if e.attrs["sender"] == "Maja Øvergård"]
    assert own and all(e.actor == "self" for e in own)
    assert {e.actor for e in messages if e.attrs["sender"] != "Maja Øvergård"} == {"Håkon Brække", "José Núñez"}
    call = next(e for e in messages if e.attrs.get("type") == "Call")
    assert call.attrs["call_duration"] == 125
    share = next(e for e in messages if e.attrs.get("type") == "Share")
    assert share.attrs["share"] == "https://example.org/kart" and share.text is None
    unsent = next(e for e in messages if e.attrs.get("is_unsent"))
    assert unsent.text is None and unsent.attrs["thread_folder"] == "archived_threads"
    assert unsent.attrs["participants"] == 3  # read by the first pass, before `messages`


def test_owner_from_the_title_of_one_thread_without_profile(tmp_path: Path) -> None:
    # a 1:1 thread is titled with the *other* person's name: the remaining participant is the owner
    thread = FB / "2019-20/archive/messages/inbox/hakonbrakke_abc123"
    shutil.copytree(thread, tmp_path / "messages/inbox/hakonbrakke_abc123")
    messages = events_of(parse(tmp_path), "facebook.message")
    assert len(messages) == 5
    assert "Maja Øvergård" not in {e.actor for e in messages}
    assert {e.actor for e in messages} == {"self", "Håkon Brække"}
    assert all(e.actor == e.attrs["sender"] for e in messages if e.actor != "self")


def test_message_media_uris_and_stickers() -> None:
    items = parse(FB / "2021-22" / "archive")
    media = {e.text: e.attrs.get("media") for e in events_of(items, "facebook.message")}
    assert media["¿Qué tal, Maja? 😀"] == ["messages/inbox/josenunez_777888/gifs/g1.gif"]
    assert media["Hei José!"] == ["messages/stickers_used/s1.png"]


def _write_big_thread(path: Path, count: int) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="ascii") as fh:
        fh.write('{"participants": [{"name": "Ola Nordmann"}, {"name": "Kari Nordmann"}],\n "messages": [\n')
        for i in range(count):
            sender = "Ola Nordmann" if i % 2 else "Kari Nordmann"
            sep = "," if i < count - 1 else ""
            fh.write(f'  {{"sender_name": "{sender}", "timestamp_ms": {1600000000000 + i * 1000}, '
                     f'"content": "Melding nummer {i} med litt tekst for \\u00c3\\u00a5 fylle", '
                     f'"is_geoblocked_for_viewer": false}}{sep}\n')
        fh.write(' ],\n "title": "Ola Nordmann", "thread_path": "inbox/olanordmann_1"}\n')


@pytest.mark.slow
def test_messenger_thread_is_streamed(tmp_path: Path) -> None:
    path = tmp_path / "export/messages/inbox/olanordmann_1/message_1.json"
    _write_big_thread(path, 50_000)  # ~9 MB; tracemalloc makes every allocation slow
    size = path.stat().st_size
    seen = 0
    with open_archive(tmp_path / "export") as archive:
        tracemalloc.start()
        try:
            for item in FacebookParser().events(archive):
                assert isinstance(item, Event)
                seen += 1
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert seen == 50_000
    assert peak < size / 10, f"peak {peak} bytes for a {size}-byte thread"


# ---- HTML export ----------------------------------------------------------------------------------

def test_html_export_is_detected(as_form) -> None:
    with open_archive(as_form(FB / "html-export" / "archive")) as archive:
        detection = FacebookParser().detect(archive)
        best = load_registry(entry_points=False).best(archive)
    assert detection.variant == "html-export"
    assert detection.confidence >= 0.5
    assert best is not None and best.parser == "facebook" and best.variant == "html-export"
    help_text = FacebookParser.html_export_help
    assert "JSON" in help_text and "Download your information" in help_text


def test_old_html_download_is_facebooks_with_its_own_help(tmp_path: Path) -> None:
    # T33A L6: the 2010–2017 download (index.htm, html/timeline.htm, html/messages.htm) was "not a recognised export"
    root = tmp_path / "facebook-jane.fict.5"
    (root / "html").mkdir(parents=True)
    (root / "index.htm").write_text("<html></html>", encoding="utf-8")
    for page in ("timeline", "messages", "friends", "photos"):
        (root / "html" / f"{page}.htm").write_text("<html></html>", encoding="utf-8")
    with open_archive(root) as archive:
        detection = FacebookParser().detect(archive)
        best = load_registry(entry_points=False).best(archive)
    assert detection.variant == "html-export" and detection.confidence >= 0.5
    assert best is not None and best.parser == "facebook" and best.variant == "html-export"
    help_text = FacebookParser.html_help(detection)
    assert "2010–2017" in help_text and "JSON" in help_text and "same years" in help_text
    with open_archive(FB / "html-export" / "archive") as archive:  # the 2018+ HTML download keeps its own help
        assert FacebookParser.html_help(FacebookParser().detect(archive)) == FacebookParser.html_export_help


@pytest.mark.parametrize("case", list(ERAS))
def test_json_exports_are_not_taken_for_html(case: str) -> None:
    with open_archive(FB / case / "archive") as archive:
        assert FacebookParser().detect(archive).variant != "html-export"


def test_unrelated_trees_are_not_claimed(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data/tweets.js").write_text("window.YTD.tweets.part0 = []", encoding="utf-8")
    (tmp_path / "Your archive.html").write_text("<html></html>", encoding="utf-8")
    with open_archive(tmp_path) as archive:
        assert FacebookParser().detect(archive).confidence == 0.0


# ---- part-zips ------------------------------------------------------------------------------------

def test_part_zips_give_the_same_events_as_one_tree(tmp_path: Path) -> None:
    tree = FB / "2023" / "archive"
    files = sorted(p for p in tree.rglob("*") if p.is_file())
    parts = [tmp_path / "1of2-facebook-majaovergard-05_12_2023-AbCdEfGh.zip",
             tmp_path / "2of2-facebook-majaovergard-05_12_2023-AbCdEfGh.zip"]
    # messages in part 1, the profile that names the owner in part 2
    with zipfile.ZipFile(parts[0], "w") as one, zipfile.ZipFile(parts[1], "w") as two:
        for i, path in enumerate(files):
            rel = path.relative_to(tree).as_posix()
            target = one if "messages/" in rel or (i % 2 and "profile_information" not in rel) else two
            target.write(path, rel)
    with zipfile.ZipFile(parts[0]) as one, zipfile.ZipFile(parts[1]) as two:
        assert one.namelist() and two.namelist()
        assert any("profile_information.json" in n for n in two.namelist())
    whole = sort_canonical(canonical(parse(tree)))
    split = sort_canonical(canonical(parse(parts)))
    assert split == whole
    assert any(e.actor == "self" for e in events_of(parse(parts), "facebook.message"))


def _write_parts(tmp_path: Path, count: int, numbers: list[int]) -> list[Path]:
    tree = FB / "2023" / "archive"
    files = sorted(p for p in tree.rglob("*") if p.is_file())
    parts = [tmp_path / f"{n}of{count}-facebook-majaovergard-05_12_2023-AbCdEfGh.zip" for n in range(1, count + 1)]
    zips = [zipfile.ZipFile(p, "w") for p in parts]
    for i, path in enumerate(files):
        zips[i % count].write(path, path.relative_to(tree).as_posix())
    for z in zips:
        z.close()
    for n in range(1, count + 1):
        if n not in numbers:
            parts[n - 1].unlink()
    return [parts[n - 1] for n in numbers]


@pytest.mark.parametrize("count,given,said", [
    (3, [1, 2], "part 3 of the 3 parts of the download whose part 1, 2 are given is not among the inputs"),
    (4, [2], "parts 1, 3 and 4 of the 4 parts of the download whose part 2 is given are not among the inputs"),
    (2, [1, 2], None)])
def test_a_part_missing_from_a_split_download_is_said(tmp_path: Path, count: int, given: list[int],
                                                      said: str | None) -> None:
    # the twenty-second pass's tester: 1of3 and 2of3 without 3of3 gave a report on two thirds of the data, at
    # confidence 1.00 and with no issue
    from dataexam import api
    parts = _write_parts(tmp_path, count, given)
    for inputs in (parts, [tmp_path]):  # the parts given, or the folder holding them
        exports = api.open_exports(inputs)
        try:
            (export,) = exports
            issues = [i for i in export.archive.issues if i.code == "missing-part"]
        finally:
            api.close_exports(exports)
        assert [i.message.split(":")[0] for i in issues] == ([said] if said else [])
        assert not any("majaovergard" in i.message for i in issues)  # the part names carry the user name


def test_a_part_saved_again_by_a_browser_is_no_missing_part(tmp_path: Path) -> None:
    # "1of2-… (1).zip" (a download saved again) beside "2of2-….zip": both read, and two missing-part issues had
    # said both absent (the twenty-second pass's third tester); a stale copy beside a whole pair is no gap either
    from dataexam import api
    one, two = _write_parts(tmp_path, 2, [1, 2])
    one.rename(one.with_name(one.stem + " (1).zip"))
    exports = api.open_exports([tmp_path])
    try:
        assert [i for e in exports for i in e.archive.issues if i.code == "missing-part"] == []
    finally:
        api.close_exports(exports)
    shutil.copy(two, two.with_name(two.stem + " (1).zip"))
    (tmp_path / "again").mkdir()
    for path in tmp_path.glob("*.zip"):
        shutil.copy(path, tmp_path / "again" / path.name)
    exports = api.open_exports([tmp_path / "again"])
    try:
        assert [i for e in exports for i in e.archive.issues if i.code == "missing-part"] == []
    finally:
        api.close_exports(exports)


# ---- robustness -----------------------------------------------------------------------------------

def test_empty_files_placeholders_and_zero_exif_times_raise_no_issue() -> None:
    items = parse(FB / "2018" / "archive")  # groups/your_groups.json is empty, about_you/no-data.txt
    assert issues_of(items) == []
    media = events_of(items, "facebook.media")[0]
    assert "taken" not in media.attrs  # taken_timestamp 0 = unknown
    upload = [e for e in events_of(items, "facebook.login") if e.attrs["log"] == "exif_upload"]
    assert [e.attrs["ip"] for e in upload] == ["192.0.2.30"]


def test_truncated_file_keeps_earlier_records(tmp_path: Path) -> None:
    folder = tmp_path / "connections/friends"
    folder.mkdir(parents=True)
    (folder / "your_friends.json").write_text(
        '{"friends_v2": [{"name": "A B", "timestamp": 1300000000}, {"name": "C D", "timestamp": 13', encoding="ascii")
    items = parse(tmp_path)
    assert [e.text for e in events_of(items)] == ["A B"]
    [issue] = issues_of(items)
    assert issue.code == "bad-json" and "A B" not in issue.message


def test_bad_record_is_reported_and_parsing_goes_on(tmp_path: Path) -> None:
    folder = tmp_path / "your_facebook_activity/posts"
    folder.mkdir(parents=True)
    (folder / "your_posts__check_ins__photos_and_videos_1.json").write_text(
        '[{"timestamp": 1700000000, "data": [{"post": "one"}]}, "not a post",'
        ' {"timestamp": 1700000100, "data": [{"post": "three"}]}]', encoding="ascii")
    items = parse(tmp_path)
    assert [e.text for e in events_of(items)] == ["one", "three"]
    [issue] = issues_of(items)
    assert issue.code == "bad-record" and issue.position == "record 1"


def test_login_events_carry_ip_and_user_agent_in_every_era() -> None:
    for case in ERAS:
        logins = events_of(parse(FB / case / "archive"), "facebook.login")
        assert logins, case
        assert all(e.attrs.get("log") for e in logins)
        assert any(e.attrs.get("ip") and e.attrs.get("user_agent") for e in logins), case


def test_post_place_life_event_and_tags() -> None:
    posts = events_of(parse(FB / "2019-20" / "archive"), "facebook.post")
    job = next(e for e in posts if e.text == "Ny jobb!")
    assert job.attrs["life_event"] == {"title": "Started New Job at Fjord Data AS", "start_date": "2019-09-01"}
    assert job.attrs["tags"] == ["Håkon Brække"]
    checkin = next(e for e in events_of(parse(FB / "2023" / "archive"), "facebook.post") if e.attrs.get("place"))
    assert checkin.attrs["place"]["latitude"] == pytest.approx(60.3929)
    assert checkin.attrs["place"]["name"] == "Kafé Østre"


def test_friend_statuses_and_profile_facts() -> None:
    friends = events_of(parse(FB / "2018" / "archive"), "facebook.friend")
    assert Counter(e.attrs["status"] for e in friends) == {"friend": 3, "removed": 1, "request-sent": 1}
    facts = {e.attrs["fact"]: e.text for e in events_of(parse(FB / "2018" / "archive"), "facebook.profile")}
    assert facts["birthday"] == "1991-03-14" and facts["hometown"] == "Tromsø, Norway"
    assert all(e.time is None for e in events_of(parse(FB / "2018" / "archive"), "facebook.profile"))


def test_advertiser_flags_and_declared_interest_lists() -> None:
    items = parse(FB / "2021-22" / "archive")
    garn = next(e for e in events_of(items, "facebook.advertiser") if e.text == "Garnbutikken")
    assert garn.attrs == {"list": "using_your_activity", "has_data_file_custom_audience": True,
                          "has_remarketing_custom_audience": False, "has_in_person_store_visit": False}
    lists = {e.attrs["list"] for e in events_of(parse(FB / "2023" / "archive"), "facebook.declared_interest")}
    assert lists == {"ads_interests", "other_categories", "recommended_topics"}


def test_declared_interests_keep_their_place_in_the_record(tmp_path: Path) -> None:
    # Undated records reach the report in their keys' order: (record index, `position` in the record) keeps
    # Facebook's order, whether each topic is a record (topics_v2) or one record lists them all (2024+ `vec`;
    # the twenty-third pass's tester: X's list came out in hash order).
    archive = tmp_path / "archive"
    shutil.copytree(FB / "2023" / "archive", archive)
    topics = ["Cycling", "Christianity", "Sourdough", "Pregnancy", "Abba"]
    (archive / "logged_information" / "other_logged_information" / "ads_interests.json").write_text(
        json.dumps({"topics_v2": topics}), encoding="utf-8")
    declared = [e for e in events_of(parse(archive), "facebook.declared_interest")
                if e.attrs["list"] == "ads_interests"]
    assert [e.text for e in sorted(declared, key=lambda e: (e.origin.index, e.attrs["position"]))] == topics
    # and `position` alone says it (T33A L5: every topic of a list-of-strings file had position 0)
    assert sorted((e.attrs["position"], e.text) for e in declared) == list(enumerate(topics))


@pytest.mark.parametrize(("path", "doc"), [
    ("ads/ads_interests.json", {"topics": ["Yoga", "Sailing", "Organic food", "Cycling"]}),  # 2018
    ("logged_information/other_logged_information/ads_interests.json",
     {"topics_v2": ["Yoga", "Sailing", "Organic food", "Cycling"]}),  # 2022
    ("logged_information/your_topics/your_topics.json",
     {"inferred_topics_v2": ["Yoga", "Sailing", "Organic food", "Cycling"]}),
    ("ads_information/other_categories_used_to_reach_you.json",  # 2024+: one record lists them all
     {"media": [], "fbid": "1", "label_values": [{"label": "Name", "ent_field_name": "Name", "vec": [
         {"value": "Yoga"}, {"value": "Sailing"}, {"value": "Organic food"}, {"value": "Cycling"}]}]}),
    ("ads_information/other_categories_used_to_reach_you.json",  # one label_values record per topic
     [{"media": [], "fbid": str(i), "label_values": [{"label": "Name", "value": name}]}
      for i, name in enumerate(["Yoga", "Sailing", "Organic food", "Cycling"])]),
])
def test_declared_interest_position_is_the_place_in_facebooks_list(tmp_path: Path, path: str, doc: object) -> None:
    archive = tmp_path / "facebook-someone"
    (archive / path).parent.mkdir(parents=True)
    (archive / path).write_text(json.dumps(doc), encoding="utf-8")
    declared = events_of(parse(archive), "facebook.declared_interest")
    assert {e.text: e.attrs["position"] for e in declared} == {"Yoga": 0, "Sailing": 1, "Organic food": 2,
                                                                "Cycling": 3}


# ---- envelope helpers -----------------------------------------------------------------------------

@pytest.mark.parametrize(("doc", "expected"), [
    (b"  []", []),
    (b"{}", []),
    (b'{"comments_v2": []}', []),
    (b'[{"a": 1}, "s"]', [(None, {"a": 1}), (None, "s")]),
    (b'{"x_v2": [{"a": 1}], "y": {"b": 2}, "z": "tz"}', [("x_v2", {"a": 1}), ("y", {"b": 2}), ("z", "tz")]),
    (b'{"media": [], "fbid": "1", "label_values": []}', [(None, {"media": [], "fbid": "1", "label_values": []})]),
])
def test_iter_raw_shapes(doc: bytes, expected: list) -> None:
    assert list(iter_raw(io.BytesIO(doc))) == expected


@pytest.mark.parametrize("doc", [b"", b"   \n", b"\xef\xbb\xbf"])
def test_iter_raw_refuses_a_file_without_json_value(doc: bytes) -> None:
    from dataexam.jsonstream import UnexpectedShape
    with pytest.raises(UnexpectedShape):
        list(iter_raw(io.BytesIO(doc)))
    assert list(iter_raw(io.BytesIO(doc), allow_empty=True)) == []


def test_label_values_and_string_map_flatten() -> None:
    flat = label_values([
        {"label": "Reaction", "value": "Like"},
        {"label": "Name", "vec": [{"value": "A"}, {"value": "B"}]},
        {"label": "When", "timestamp_value": 1700000000},
        {"title": "Group", "dict": [{"dict": [{"label": "Name", "value": "G"}]}]},
    ])
    assert flat == {"reaction": "Like", "name": ["A", "B"], "when": 1700000000, "group": [{"name": "G"}]}
    assert string_map({"IP Address": {"href": "", "value": "1.2.3.4", "timestamp": 0},
                       "Time": {"href": "", "value": "", "timestamp": 1700000000}}) == {
        "ip_address": "1.2.3.4", "time": 1700000000}
    assert fields({"session": {"ip_address": "1.2.3.4"}, "name": "x"}) == {
        "session": {"ip_address": "1.2.3.4"}, "name": "x", "ip_address": "1.2.3.4"}


def test_label_values_label_seen_again_adds_its_values() -> None:
    """A label repeated (two ``Name`` entries, each a ``vec``) adds items, never a nested list, which
    would read as one joined interest ``"A, B"``; a ``vec`` that is not a list is no list of values."""
    assert label_values([{"label": "Name", "vec": [{"value": "A"}, {"value": "B"}]},
                         {"label": "Name", "vec": [{"value": "C"}]}]) == {"name": ["A", "B", "C"]}
    assert label_values([{"label": "Name", "value": "A"}, {"label": "Name", "value": "B"},
                         {"label": "Name", "vec": [{"value": "C"}]}]) == {"name": ["A", "B", "C"]}
    assert label_values([{"label": "Name", "vec": 5}, {"label": "Name", "vec": [{"value": "C"}]}]) == {
        "name": [5, "C"]}
    assert label_values([{"label": "Name", "vec": None}]) == {"name": None}


def test_zip_with_wrapper_folder(tmp_path: Path) -> None:
    wrapped = zip_tree(FB / "2024-25" / "archive", tmp_path / "facebook-maja.zip",
                       wrapper="facebook-majaovergard-2024-06-01-XyZ12345")
    items = parse(wrapped)
    assert issues_of(items) == []
    assert distinct_counts(items) == json.loads((FB / "2024-25" / "counts.json").read_text(encoding="utf-8"))


# ---- more layouts and quirks from formats.md §1 ---------------------------------------------------

@pytest.mark.parametrize("case", list(ERAS))
def test_timeline_de_duplicates_to_the_hand_count(case: str) -> None:
    from dataexam import api

    stats = api.RunStats()
    events = list(api.timeline([FB / case / "archive"], registry=load_registry(entry_points=False), stats=stats))
    assert stats.issue_count == 0
    expected = json.loads((FB / case / "counts.json").read_text(encoding="utf-8"))
    assert dict(sorted(Counter(e.kind for e in events).items())) == expected


def test_same_records_in_two_eras_share_keys() -> None:
    # Håkon (friend since 1300000000) is in the 2018, 2019-20 and 2023 exports under three envelopes
    keys = set()
    for case in ("2018", "2019-20", "2023"):
        friend = next(e for e in events_of(parse(FB / case / "archive"), "facebook.friend")
                      if e.text == "Håkon Brække")
        keys.add(friend.key)
    assert len(keys) == 1


def test_sparse_post_from_formats_md(tmp_path: Path) -> None:
    # `{"timestamp", "attachments": [], "data": [{"update_timestamp"}]}`: no title, no text (formats.md §1.4)
    folder = tmp_path / "posts"
    folder.mkdir()
    (folder / "your_posts_1.json").write_text(
        '[{"timestamp": 1555664152, "attachments": [], "data": [{"update_timestamp": 1555664152}]},'
        ' {"timestamp": 1555664153}]', encoding="ascii")
    posts = events_of(parse(tmp_path), "facebook.post")
    assert [p.text for p in posts] == [None, None]
    assert posts[0].attrs == {"update_timestamp": "2019-04-19T08:55:52Z"}
    assert posts[0].key != posts[1].key


def test_participants_after_messages_are_not_required(tmp_path: Path) -> None:
    folder = tmp_path / "messages/inbox/kari_42"
    folder.mkdir(parents=True)
    (folder / "message_1.json").write_text(
        '{"messages": [{"sender_name": "Kari", "timestamp_ms": 1600000000000, "content": "hei"}],'
        ' "participants": [{"name": "Kari"}], "title": "Kari"}', encoding="ascii")
    [message] = parse(tmp_path)
    assert isinstance(message, Event)
    assert message.text == "hei" and "participants" not in message.attrs
    assert message.attrs["thread"] == "kari_42" and message.attrs["thread_folder"] == "inbox"


def test_instagram_only_export_is_not_claimed(tmp_path: Path) -> None:
    tree = FB / "accounts-center-2024" / "archive"
    for rel in INSTAGRAM_FILES:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(tree / rel, tmp_path / rel)
    with open_archive(tmp_path) as archive:
        assert FacebookParser().detect(archive).confidence == 0.0


def test_video_exif_upload_time_is_used() -> None:
    items = parse(FB / "2021-22" / "archive")
    [video] = events_of(items, "facebook.media")
    assert video.text == "Nordlys 🌌" and video.attrs["upload_ip"] == "192.0.2.50"
    upload = next(e for e in events_of(items, "facebook.login") if e.attrs["log"] == "exif_upload")
    assert upload.time is not None and int(upload.time.timestamp()) == 1632100005


def test_2024_label_values_records() -> None:
    items = parse(FB / "2024-25" / "archive")
    reactions = sorted(events_of(items, "facebook.reaction"), key=lambda e: e.attrs["reaction"])
    assert [(r.attrs["reaction"], r.attrs.get("group")) for r in reactions] == [
        ("Like", "Strikkeklubben"), ("Love", None)]
    advertisers = {(e.text, e.attrs["list"]) for e in events_of(items, "facebook.advertiser")}
    assert advertisers == {("Boligsiden Oslo", "using_your_activity"), ("Turbutikken Ø", "using_your_activity"),
                           ("Boligsiden Oslo", "ads_viewed")}
    [last_known] = events_of(items, "facebook.location")
    assert last_known.attrs["latitude"] == pytest.approx(59.91)


# -- one list under one key, read by ijson's C item builder (envelope.iter_raw's reopen) ------------

_VALUE = st.recursive(st.none() | st.booleans() | st.integers(-5, 5) | st.text(alphabet='ab"\\{}[],: é', max_size=6),
                      lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from("xyz"), inner,
                                                                                  max_size=2), max_leaves=6)
_ENVELOPE_KEYS = st.sampled_from(["comments_v2", "friends", "label_values", "media", "a.b", "x y", "data", "k"])


@settings(max_examples=400, deadline=None)
@given(members=st.lists(st.tuples(_ENVELOPE_KEYS, st.lists(_VALUE, max_size=4) | _VALUE), min_size=1, max_size=3),
       indent=st.sampled_from([None, 0, 2]))
def test_one_list_envelope_fast_path_reads_what_the_general_way_reads(members: list[tuple[str, object]],
                                                                     indent: int | None) -> None:
    # objects with one or several members (lists or not, record keys, keys ijson's prefix cannot name):
    # with reopen (the C item builder where it can) and without it, the same (key, record) pairs
    pairs = ", ".join(f"{json.dumps(k)}: {json.dumps(v, indent=indent)}" for k, v in members)
    raw = ("{" + ("\n  " if indent else "") + pairs + "}").encode()
    reopened = []

    def reopen() -> io.BytesIO:
        reopened.append(1)
        return io.BytesIO(raw)

    fast, general = list(iter_raw(io.BytesIO(raw), reopen=reopen)), list(iter_raw(io.BytesIO(raw)))
    keys = [k for k, _ in members]
    if len(set(keys)) == len(keys):
        assert fast == general
    else:  # a key written twice (never seen in an export): its lists' items come first, none lost
        assert sorted(map(repr, fast)) == sorted(map(repr, general))
    if len(members) == 1:
        assert not reopened  # one member: read once


def test_one_list_envelope_keeps_the_records_before_a_fault() -> None:
    raw = b'{"comments_v2": [{"timestamp": 1}, {"timestamp": 2}, {"timest'
    got = []
    with pytest.raises(jsonstream.JSONError):
        for pair in iter_raw(io.BytesIO(raw), reopen=lambda: io.BytesIO(raw)):
            got.append(pair)
    assert got == [("comments_v2", {"timestamp": 1}), ("comments_v2", {"timestamp": 2})]


@pytest.mark.parametrize("tail", [b"\x00" * 100, b"\n;junk", b" , 12"])  # (more JSON after it: see below)
def test_one_list_envelope_ignores_bytes_after_the_object_as_the_general_way_does(tail: bytes) -> None:
    raw = b'{"comments_v2": [{"timestamp": 1}, {"timestamp": 2}]}' + tail
    assert list(iter_raw(io.BytesIO(raw), reopen=lambda: io.BytesIO(raw))) == list(iter_raw(io.BytesIO(raw)))
    assert len(list(iter_raw(io.BytesIO(raw), reopen=lambda: io.BytesIO(raw)))) == 2


def test_one_list_envelope_truncated_in_a_later_member_keeps_its_records() -> None:
    # the fault comes after a second member: its records before the fault are kept, as the general way keeps them
    items = ", ".join(json.dumps({"timestamp": i}) for i in range(50))
    raw = f'{{"comments_v2": [{items}], "more_v2": [{items}]}}'.encode()[:-40]

    def read(**kw: object) -> tuple[list[object], str]:
        got: list[object] = []
        with pytest.raises(jsonstream.JSONError) as fault:
            for pair in iter_raw(io.BytesIO(raw), **kw):  # type: ignore[arg-type]
                got.append(pair)
        return got, type(fault.value).__name__

    fast, general = read(reopen=lambda: io.BytesIO(raw)), read()
    assert fast == general
    assert sum(1 for k, _ in fast[0] if k == "more_v2") > 40


def _read_all(raw: bytes, **kw: object) -> tuple[list[object], str | None]:
    got: list[object] = []
    try:
        for pair in iter_raw(io.BytesIO(raw), **kw):  # type: ignore[arg-type]
            got.append(pair)
    except (jsonstream.JSONError, jsonstream.UnexpectedShape) as exc:
        return got, type(exc).__name__
    return got, None


@settings(max_examples=300, deadline=None)
@given(members=st.lists(st.tuples(st.sampled_from(["comments_v2", "friends", "k"]), st.lists(_VALUE, max_size=4)),
                        min_size=1, max_size=3, unique_by=lambda m: m[0]),
       cut=st.floats(0, 1), tail=st.sampled_from([b"", b"\x00\x00", b"\n;junk", b", 1"]))
def test_one_list_envelope_cut_or_followed_by_bytes_reads_what_the_general_way_reads(
        members: list[tuple[str, object]], cut: float, tail: bytes) -> None:
    raw = ("{" + ", ".join(f"{json.dumps(k)}: {json.dumps(v)}" for k, v in members) + "}").encode() + tail
    raw = raw[:max(1, int(len(raw) * cut))] if cut < 1 else raw
    assert _read_all(raw, reopen=lambda: io.BytesIO(raw)) == _read_all(raw)


_ENVELOPES = [b'{"comments_v2": [{"a": 1}, {"a": 2}]}', b'{"comments_v2": [{"a": 1}], "more": [{"b": 2}]}',
              b'{"name": "x", "comments_v2": [{"a": 1}]}', b'[{"a": 1}, {"a": 2}]']


def _limited_bytes(raw: bytes) -> io.RawIOBase:
    return jsonstream.limited(io.BytesIO(raw), 1 << 20, 256)  # type: ignore[return-value]


@pytest.mark.parametrize("tail", [b"", b"\n", b";junk\n", b"\x00\x00\x00", b" \"text\" "])
@pytest.mark.parametrize("doc", _ENVELOPES, ids=["one-list", "more-members", "general", "bare-list"])
def test_junk_after_the_object_is_tolerated(doc: bytes, tail: bytes) -> None:
    raw = doc + tail
    got = list(iter_raw(_limited_bytes(raw), reopen=lambda: _limited_bytes(raw)))
    assert got == list(iter_raw(io.BytesIO(doc)))


@pytest.mark.parametrize("more", [b'\n{"comments_v2": [{"a": 3}]}', b" [1]", b';\n{"x": {}}', b" , {}"])
@pytest.mark.parametrize("doc", _ENVELOPES, ids=["one-list", "more-members", "general", "bare-list"])
def test_a_second_object_after_the_first_is_a_fault_not_a_silent_loss(doc: bytes, more: bytes) -> None:
    # a hand-edited or concatenated file: the records of the first object come out, then bad-json
    raw = doc + more
    got: list = []
    with pytest.raises(jsonstream.ijson.JSONError, match="after the end of the top-level value"):
        for pair in iter_raw(_limited_bytes(raw), reopen=lambda: _limited_bytes(raw)):
            got.append(pair)
    assert got == list(iter_raw(io.BytesIO(doc)))


# the files read by their own streams, not through iter_raw: a Messenger thread (2023 DYI), an E2EE
# chat, the streamed off-Facebook envelope, and a bare list (posts)
_OWN_STREAMS = [
    ("2023", "your_activity_across_facebook/messages/inbox/hakonbrakke_abc123/message_1.json"),
    ("messenger-e2ee", "Turgjengen_2.json"),
    ("2023", "apps_and_websites_off_of_facebook/your_activity_off_meta_technologies.json"),
    ("2023", "your_activity_across_facebook/posts/your_posts__check_ins__photos_and_videos_1.json"),
]


def _member_items(tmp_path: Path, era: str, member: str, tail: bytes) -> list[Event | ParseIssue]:
    tree = tmp_path / era
    if not tree.exists():
        shutil.copytree(FB / era / "archive", tree)
    path = tree / member
    path.write_bytes((FB / era / "archive" / member).read_bytes() + tail)
    return [i for i in parse(tree) if (i.member if isinstance(i, ParseIssue) else i.origin.member) == member]


@pytest.mark.parametrize("tail", [b"\x00" * 64, b";\n", b"\n;junk", b" \"x\" "])
@pytest.mark.parametrize(("era", "member"), _OWN_STREAMS, ids=["messenger", "e2ee", "off-facebook", "bare-list"])
def test_bytes_after_the_top_level_value_are_tolerated_in_every_reader(tmp_path: Path, era: str, member: str,
                                                                       tail: bytes) -> None:
    """NUL padding or a `;` after the file's value is no fault, as in the envelopes and X files (these
    readers reported it as bad-json); every record is read."""
    clean = _member_items(tmp_path / "clean", era, member, b"")
    padded = _member_items(tmp_path / "padded", era, member, tail)
    assert events_of(clean) and issues_of(padded) == issues_of(clean) == []
    assert [e.key for e in events_of(padded)] == [e.key for e in events_of(clean)]


@pytest.mark.parametrize(("era", "member"), _OWN_STREAMS, ids=["messenger", "e2ee", "off-facebook", "bare-list"])
def test_more_json_after_the_top_level_value_is_a_fault_in_every_reader(tmp_path: Path, era: str,
                                                                        member: str) -> None:
    clean = _member_items(tmp_path / "clean", era, member, b"")
    more = _member_items(tmp_path / "more", era, member, b'\n{"messages": [{"content": "lost"}]}')
    assert [e.key for e in events_of(more)] == [e.key for e in events_of(clean)]
    assert [(i.code, "after the end of the top-level value" in i.message) for i in issues_of(more)] == [
        ("bad-json", True)]


@pytest.mark.parametrize("parts,expected,bad", [
    ({"year": 2019, "month": 9, "day": 1}, "2019-09-01", False),
    ({"year": 2019, "month": 8, "day": 0}, "2019-08", False),
    ({"year": 1990, "month": 0, "day": 0}, "1990", False), ({"year": 1990}, "1990", False),
    ({"year": 0, "month": 3}, None, False), ({"year": 0, "month": 6, "day": 20}, None, False),  # the year hidden
    ({"year": 2019, "month": 0, "day": 12}, "2019", False),  # a day of an unknown month says nothing
    # no calendar's month or day: the valid part kept, and said (the twenty-third pass's final tester: dropped)
    ({"year": "2021", "month": "2", "day": "30"}, "2021-02", True),
    ({"year": 2019, "month": 13, "day": 0}, "2019", True),
    ({"year": 2019, "month": -1}, "2019", True), ({"year": "soon", "month": 1}, None, True)])
def test_a_life_event_date_keeps_the_precision_it_was_given(parts, expected, bad) -> None:
    # a month or day of 0 is unknown, not the 1st: "2019-08-01" invented a day (the twenty-third pass's
    # second tester)
    from dataexam_parsers.facebook.parser import _attachments

    record = {"attachments": [{"data": [{"life_event": {"title": "Moved to Bergen", "start_date": parts}}]}]}
    parts_out = _attachments(record)
    assert parts_out["life_event"].get("start_date") == expected
    assert parts_out.get("_bad_life_date", False) is bad


def test_a_life_event_date_no_calendar_has_is_a_bad_record_issue_and_the_post_is_kept(tmp_path: Path) -> None:
    posts = [{"timestamp": 1566000000 + i, "data": [{"post": f"news {i}"}],
              "attachments": [{"data": [{"life_event": {"title": "Moved to Bergen", "start_date": start}}]}]}
             for i, start in enumerate([{"year": 2019, "month": 8, "day": 14}, {"year": 2019, "month": 2, "day": 30},
                                        {"year": 0, "month": 6, "day": 20}])]
    comments = {"comments_v2": [{"timestamp": 1566001000, "data": [{"comment": {"comment": "congrats"}}],
                                 "attachments": [{"data": [{"life_event": {
                                     "title": "Got married", "start_date": {"year": 2019, "month": 13}}}]}],
                                 "title": "Ola commented on a post."}]}
    root = tmp_path / "facebook-ola"
    (root / "your_facebook_activity" / "posts").mkdir(parents=True)
    (root / "your_facebook_activity" / "comments_and_reactions").mkdir(parents=True)
    (root / "your_facebook_activity" / "posts" / "your_posts__check_ins__photos_and_videos_1.json").write_text(
        json.dumps(posts), encoding="utf-8")
    (root / "your_facebook_activity" / "comments_and_reactions" / "comments.json").write_text(
        json.dumps(comments), encoding="utf-8")
    items = parse(root)
    got = events_of(items, "facebook.post")
    assert [e.attrs["life_event"].get("start_date") for e in got] == ["2019-08-14", "2019-02", None]
    comment = events_of(items, "facebook.comment")
    assert [e.attrs["life_event"].get("start_date") for e in comment] == ["2019"]
    issues = issues_of(items)
    assert sorted((i.code, i.member.rsplit("/", 1)[-1]) for i in issues) == [
        ("bad-record", "comments.json"), ("bad-record", "your_posts__check_ins__photos_and_videos_1.json")]
    assert all("start_date" in i.message and "2019" not in i.message for i in issues)  # no personal value said


# ---- a message read from two downloads is one record (the twenty-third pass's second tester) -----------

def _thread(root: Path, rel: str, participants: list[str] | None, messages: list[dict], *,
            title: str | None = None, strings: bool = False) -> None:
    """Write ``root/rel/message_1.json`` in the DYI thread shape (formats.md §1.4); ``strings``: the 2018
    shape, whose ``participants`` are plain names (only the others) and whose file is ``message.json``."""
    folder = root / rel
    folder.mkdir(parents=True, exist_ok=True)
    thread: dict = {}
    if participants is not None:
        thread["participants"] = participants if strings else [{"name": n} for n in participants]
    thread["messages"] = messages
    thread.update({"title": title or (participants or ["?"])[0], "is_still_participant": True,
                   "thread_path": rel.split("messages/", 1)[-1]})
    name = "message.json" if strings else "message_1.json"
    (folder / name).write_text(json.dumps(thread), encoding="utf-8")


def _profile(root: Path, name: str) -> None:
    folder = root / "personal_information/profile_information"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "profile_information.json").write_text(json.dumps({"profile_v2": {"name": {"full_name": name}}}),
                                                     encoding="utf-8")


_OLA = [{"sender_name": "Jane Roe", "timestamp_ms": 1650000000000, "content": "See you at the station"},
        {"sender_name": "Ola Berg", "timestamp_ms": 1650000060000, "content": "On my way"}]


def _message_keys(root: Path) -> dict[str | None, str]:
    return {e.text: e.key for e in events_of(parse(root), "facebook.message")}


@pytest.mark.parametrize(("before", "after"), [
    # the person archived the chat between the two downloads; a message request or a filtered chat accepted
    ("your_activity_across_facebook/messages/inbox/olaberg_4455667788",
     "your_facebook_activity/messages/archived_threads/olaberg_4455667788"),
    ("messages/message_requests/olaberg_4455667788", "your_facebook_activity/messages/inbox/olaberg_4455667788"),
    ("messages/filtered_threads/olaberg_4455667788", "your_facebook_activity/messages/inbox/olaberg_4455667788"),
    # the thread folder's id scheme: ≈2020 `<CamelName>_<10-char id>`, 2022 on `<lowername>_<numeric id>`
    ("messages/inbox/OlaBerg_Zs11Uy-bpw", "your_facebook_activity/messages/inbox/olaberg_10158812345678901"),
])
def test_a_chat_moved_or_renumbered_between_downloads_keeps_its_keys(tmp_path: Path, before: str,
                                                                     after: str) -> None:
    old, new = tmp_path / "2022", tmp_path / "2024"
    _thread(old, before, ["Ola Berg", "Jane Roe"], _OLA)
    _thread(new, after, ["Ola Berg", "Jane Roe"], _OLA)
    keys = _message_keys(old)
    assert len(keys) == 2 and keys == _message_keys(new)


def test_a_chat_read_from_two_downloads_counts_once_in_the_timeline(tmp_path: Path) -> None:
    # the tester's input: 4 facebook.message events (each message twice, inbox and archived_threads), and
    # "4 messages with Ola" in the social circle; 2 is right
    from dataexam import api

    old, new = tmp_path / "facebook-janeroe-2022", tmp_path / "facebook-janeroe-2024"
    for root, rel in ((old, "your_activity_across_facebook/messages/inbox/olaberg_4455667788"),
                      (new, "your_facebook_activity/messages/archived_threads/olaberg_4455667788")):
        _profile(root, "Jane Roe")
        _thread(root, rel, ["Ola Berg", "Jane Roe"], _OLA)
    events = [e for e in api.timeline([old, new], registry=load_registry(entry_points=False))
              if e.kind == "facebook.message"]
    assert sorted((e.actor, e.text) for e in events) == [("Ola Berg", "On my way"),
                                                         ("self", "See you at the station")]


def test_a_2018_chat_and_its_later_download_share_keys(tmp_path: Path) -> None:
    # 2018 files list only the others as plain names (messages/<id>/message.json); 2019 on, every participant
    # as {"name"}: with the owner known (the profile), one chat, one key per message
    old, new = tmp_path / "2018", tmp_path / "2020"
    for root in (old, new):
        _profile(root, "Jane Roe")
    _thread(old, "messages/olaberg_5f3e2a1b", ["Ola Berg"], _OLA, strings=True)
    _thread(new, "messages/inbox/OlaBerg_Zs11Uy-bpw", ["Ola Berg", "Jane Roe"], _OLA)
    assert _message_keys(old) == _message_keys(new)


def test_a_group_chat_whose_members_or_name_changed_keeps_its_keys(tmp_path: Path) -> None:
    # participants are the members at export time (formats.md §1.4) and a group is renamed at will: Kari
    # joined and the group was renamed between the downloads, its earlier messages are the same records
    said = [{"sender_name": "Ola Berg", "timestamp_ms": 1650000000000, "content": "Dinner Friday?"},
            {"sender_name": "Jane Roe", "timestamp_ms": 1650000090000, "content": "Yes!"}]
    old, new = tmp_path / "2022", tmp_path / "2024"
    _thread(old, "messages/inbox/dinnerclub_111", ["Ola Berg", "Per Lund", "Jane Roe"], said, title="Dinner club")
    _thread(new, "your_facebook_activity/messages/archived_threads/fridaydinners_111",
            ["Ola Berg", "Per Lund", "Kari Sand", "Jane Roe"], said, title="Friday dinners")
    keys = _message_keys(old)
    assert len(keys) == 2 and keys == _message_keys(new)


def test_one_message_forwarded_to_two_people_at_one_instant_is_two(tmp_path: Path) -> None:
    # the same sender, millisecond and text in two one-to-one chats: two messages (the chats' people differ),
    # and a one-to-one chat's message is not a group's
    same = [{"sender_name": "Jane Roe", "timestamp_ms": 1650000000000, "content": "https://example.org/party"}]
    _profile(tmp_path, "Jane Roe")
    _thread(tmp_path, "messages/inbox/olaberg_1", ["Ola Berg", "Jane Roe"], same)
    _thread(tmp_path, "messages/inbox/karisand_2", ["Kari Sand", "Jane Roe"], same)
    _thread(tmp_path, "messages/inbox/dinnerclub_3", ["Ola Berg", "Kari Sand", "Jane Roe"], same)
    messages = events_of(parse(tmp_path), "facebook.message")
    assert len(messages) == 3 and len({e.key for e in messages}) == 3


def test_two_friends_equal_words_at_one_second_stay_two(tmp_path: Path) -> None:
    # Anna and Mikkel each write "See you at the café later?" at one second (the tester's fb2020, one clock for
    # both threads): 6 of 192 messages were dropped while the key named no one; their first names differ
    said = {"timestamp_ms": 1549473732000, "content": "See you at the café later?"}
    _profile(tmp_path, "Søren Kierkegård")
    _thread(tmp_path, "messages/inbox/annahansen_ab12cd34ef", ["Anna Hansen", "Søren Kierkegård"],
            [{**said, "sender_name": "Anna Hansen"}, {**said, "sender_name": "Søren Kierkegård",
                                                      "timestamp_ms": 1549473000000}])
    _thread(tmp_path, "messages/inbox/mikkelnielsen_zz98yy76xx", ["Mikkel Nielsen", "Søren Kierkegård"],
            [{**said, "sender_name": "Mikkel Nielsen"}, {**said, "sender_name": "Søren Kierkegård",
                                                         "timestamp_ms": 1549473000000}])
    messages = events_of(parse(tmp_path), "facebook.message")
    assert len(messages) == 4 and len({e.key for e in messages}) == 4


# ---- a friend's or the owner's rename between two downloads (the twenty-fifth pass's first tester, H1) ---------

def _chat_with(name: str, owner: str, n: int) -> list[dict]:
    return [{"sender_name": owner if i % 2 else name, "timestamp_ms": 1640995200000 + i * 86_400_000 + i,
             "content": f"Message number {i}"} for i in range(n)][::-1]


@pytest.mark.parametrize(("old_rel", "new_rel"), [
    ("messages/inbox/karinordmann_1234567", "your_facebook_activity/messages/inbox/karismith_1234567"),
    ("messages/inbox/KariNordmann_Zs11Uy-bpw", "your_facebook_activity/messages/inbox/karismith_1234567"),
])
def test_a_friends_rename_between_two_downloads_keeps_the_chats_keys(tmp_path: Path, old_rel: str,
                                                                      new_rel: str) -> None:
    # Facebook writes the friend's current name into participants, title, folder and every sender_name: the
    # 100 messages both downloads hold were 200 records (two contacts of 100 and 120)
    from dataexam import api

    old, new = tmp_path / "facebook-jane-2022", tmp_path / "facebook-jane-2024"
    for root in (old, new):
        _profile(root, "Jane Roe")
    _thread(old, old_rel, ["Kari Nordmann", "Jane Roe"], _chat_with("Kari Nordmann", "Jane Roe", 100))
    _thread(new, new_rel, ["Kari Smith", "Jane Roe"], _chat_with("Kari Smith", "Jane Roe", 120))
    old_keys, new_keys = set(_message_keys(old).values()), set(_message_keys(new).values())
    assert len(old_keys) == 100 and len(new_keys) == 120 and old_keys < new_keys
    events = [e for e in api.timeline([old, new], registry=load_registry(entry_points=False))
              if e.kind == "facebook.message"]
    assert len(events) == 120 and sum(e.actor == "self" for e in events) == 60


def test_the_owners_rename_between_two_downloads_keeps_the_keys(tmp_path: Path) -> None:
    # the owner married: her own messages carried her old name in one download, the new one in the next, in a
    # one-to-one chat and in a group
    old, new = tmp_path / "2022", tmp_path / "2024"
    _profile(old, "Jane Roe")
    _profile(new, "Jane Lund")
    _thread(old, "messages/inbox/olaberg_1", ["Ola Berg", "Jane Roe"], _chat_with("Ola Berg", "Jane Roe", 6))
    _thread(new, "messages/inbox/olaberg_1", ["Ola Berg", "Jane Lund"], _chat_with("Ola Berg", "Jane Lund", 6))
    group = [{"sender_name": "{me}", "timestamp_ms": 1650000000000, "content": "Dinner Friday?"},
             {"sender_name": "Per Lund", "timestamp_ms": 1650000050000, "content": "Yes"}]
    for root, me in ((old, "Jane Roe"), (new, "Jane Lund")):
        said = [{**m, "sender_name": m["sender_name"].replace("{me}", me)} for m in group]
        _thread(root, "messages/inbox/dinnerclub_9", ["Ola Berg", "Per Lund", me], said, title="Dinner club")
    keys = _message_keys(old)
    assert len(keys) == 8 and keys == _message_keys(new)


def test_two_different_friends_chats_stay_apart(tmp_path: Path) -> None:
    # a surname left the key, the chats' messages did not merge
    _profile(tmp_path, "Jane Roe")
    _thread(tmp_path, "messages/inbox/olaberg_1", ["Ola Berg", "Jane Roe"], _OLA)
    _thread(tmp_path, "messages/inbox/karisand_2", ["Kari Sand", "Jane Roe"],
            [{**m, "sender_name": m["sender_name"].replace("Ola Berg", "Kari Sand"),
              "timestamp_ms": m["timestamp_ms"] + 5000} for m in _OLA])
    messages = events_of(parse(tmp_path), "facebook.message")
    assert len(messages) == 4 and len({e.key for e in messages}) == 4


def test_undated_messages_of_two_group_chats_stay_apart(tmp_path: Path) -> None:
    # no instant: the record's place and the thread folder keep them apart (two groups share the identity)
    undated = [{"sender_name": "Ola Berg", "content": "ok"}]
    _thread(tmp_path, "messages/inbox/groupa_1", ["Ola Berg", "Per Lund", "Jane Roe"], undated)
    _thread(tmp_path, "messages/inbox/groupb_2", ["Ola Berg", "Per Lund", "Jane Roe"], undated)
    messages = events_of(parse(tmp_path), "facebook.message")
    assert len(messages) == 2 and len({e.key for e in messages}) == 2


# ---- a reaction read from a ≤2024 and a 2025 download is one record (the same tester's H2) -----------------

def _reactions_title_form(root: Path, items: list[tuple[int, str, str]]) -> None:
    folder = root / "your_activity_across_facebook/comments_and_reactions"
    folder.mkdir(parents=True)
    (folder / "likes_and_reactions_1.json").write_text(json.dumps([
        {"timestamp": ts, "data": [{"reaction": {"reaction": word, "actor": "Jane Roe"}}], "title": title}
        for ts, word, title in items]), encoding="utf-8")


def _reactions_label_form(root: Path, items: list[tuple[int, str, str]]) -> None:
    folder = root / "your_facebook_activity/comments_and_reactions"
    folder.mkdir(parents=True)
    (folder / "likes_and_reactions.json").write_text(json.dumps([
        {"timestamp": ts, "media": [], "fbid": str(n), "label_values": [
            {"label": "Reaction", "value": word}, {"label": "URL", "value": url, "href": url}]}
        for n, (ts, word, url) in enumerate(items)]), encoding="utf-8")


def test_a_reaction_in_the_title_and_the_label_values_form_is_one(tmp_path: Path) -> None:
    from dataexam import api

    old, new = tmp_path / "facebook-janeroe-2023", tmp_path / "facebook-janeroe-2025"
    _reactions_title_form(old, [(1680000000, "LIKE", "Jane Roe likes Ola Berg's post."),
                                (1680000500, "HAHA", "Jane Roe reacted to Kari Sand's comment.")])
    _reactions_label_form(new, [(1680000000, "Like", "https://www.facebook.com/ola.berg/posts/pfbid0abc"),
                                (1680000500, "Haha", "https://www.facebook.com/kari.sand/posts/pfbid0def?c=7"),
                                (1720000000, "Love", "https://www.facebook.com/photo/?fbid=55")])
    reactions = [e for e in api.timeline([old, new], registry=load_registry(entry_points=False))
                 if e.kind == "facebook.reaction"]
    assert [(int(e.time.timestamp()), e.attrs["reaction"]) for e in reactions if e.time] == [
        (1680000000, "Like"), (1680000500, "Haha"), (1720000000, "Love")]  # 5 before: each old one twice


def test_two_reactions_of_one_second_stay_two_in_either_form(tmp_path: Path) -> None:
    # two likes given within one second, to two posts: numbered apart by the merge in each form (key version 3),
    # so two (not one, not four) in the two downloads together; a record repeated in a file (same target) stays one
    from dataexam import api

    old, new = tmp_path / "2023", tmp_path / "2025"
    _reactions_title_form(old, [(1680000000, "LIKE", "Jane Roe likes Ola Berg's post."),
                                (1680000000, "LIKE", "Jane Roe likes Kari Sand's photo."),
                                (1680000000, "LIKE", "Jane Roe likes Ola Berg's post.")])
    _reactions_label_form(new, [(1680000000, "Like", "https://www.facebook.com/kari.sand/photos/1"),
                                (1680000000, "Like", "https://www.facebook.com/ola.berg/posts/2")])
    registry = load_registry(entry_points=False)

    def keys(*roots: Path) -> list[str]:
        return sorted(e.key for e in api.timeline(list(roots), registry=registry) if e.kind == "facebook.reaction")

    assert len(keys(old)) == 2 and keys(old) == keys(new) == keys(old, new)
    assert keys(old)[1] == keys(old)[0] + "#1"


def test_two_reactions_of_one_second_split_across_two_files_stay_two(tmp_path: Path) -> None:
    # FBKEY (note40's open item): Facebook splits the 2021–24 list into likes_and_reactions_1.json … _6.json; two
    # likes of one second, one in each part, were ranked per file (rank 0 twice) and read as one
    from dataexam import api

    split, whole = tmp_path / "facebook-2022", tmp_path / "facebook-2020"
    like = [{"timestamp": 1600000000, "data": [{"reaction": {"reaction": "LIKE", "actor": "Jane Roe"}}],
             "title": f"Jane Roe likes {who}'s post."} for who in ("Ola Berg", "Kari Sand")]
    folder = split / "your_activity_across_facebook/comments_and_reactions"
    folder.mkdir(parents=True)
    (folder / "likes_and_reactions_1.json").write_text(json.dumps([like[0]]), encoding="utf-8")
    (folder / "likes_and_reactions_2.json").write_text(json.dumps([like[1]]), encoding="utf-8")
    (whole / "likes_and_reactions").mkdir(parents=True)  # the ≤2020 layout: one file, under "reactions"
    (whole / "likes_and_reactions/posts_and_comments.json").write_text(json.dumps({"reactions": like}),
                                                                       encoding="utf-8")
    registry = load_registry(entry_points=False)
    for roots in ([split], [whole], [split, whole]):
        got = [e for e in api.timeline(roots, registry=registry) if e.kind == "facebook.reaction"]
        assert sorted(e.attrs["target_owner"] for e in got) == ["Kari Sand", "Ola Berg"]  # was 1 for [split]


def test_a_group_someone_left_between_two_downloads_keeps_its_keys(tmp_path: Path) -> None:
    # Per left the three-person group between the downloads: two participants remain, and the thread was read
    # as a one-to-one chat, every message counted twice (the twenty-third pass's final tester); its folder
    # names neither of them, so it is still a group
    said = [{"sender_name": "Ola Berg", "timestamp_ms": 1650000000000, "content": "Dinner Friday?"},
            {"sender_name": "Per Lund", "timestamp_ms": 1650000050000, "content": "I'm out"},
            {"sender_name": "Jane Roe", "timestamp_ms": 1650000090000, "content": "Yes!"}]
    old, new = tmp_path / "2022", tmp_path / "2024"
    for root in (old, new):
        _profile(root, "Jane Roe")
    _thread(old, "messages/inbox/dinnerclub_111", ["Ola Berg", "Per Lund", "Jane Roe"], said, title="Dinner club")
    _thread(new, "your_facebook_activity/messages/inbox/dinnerclub_111", ["Ola Berg", "Jane Roe"], said,
            title="Dinner club")
    keys = _message_keys(old)
    assert len(keys) == 3 and keys == _message_keys(new)


def test_a_2018_messages_only_download_without_its_owner_shares_keys_with_a_later_one(tmp_path: Path) -> None:
    # a messages-only 2018 download names no owner (no profile file): the one-to-one key is the other person,
    # whom the folder names, so it needs no owner (the final tester)
    old, new = tmp_path / "2018", tmp_path / "2020"
    _profile(new, "Jane Roe")
    _thread(old, "messages/olaberg_5f3e2a1b", ["Ola Berg"], _OLA, strings=True)
    _thread(new, "messages/inbox/OlaBerg_Zs11Uy-bpw", ["Ola Berg", "Jane Roe"], _OLA)
    assert _message_keys(old) == _message_keys(new)


def test_a_chat_of_an_early_2018_download_in_seconds_and_a_later_one_in_milliseconds_is_one(tmp_path: Path) -> None:
    # early-2018 files give `timestamp` in seconds, later ones real milliseconds (1526486000123): the keys held
    # the millisecond and never met (the final tester). A double-sent message of one second stays two where the
    # file tells the milliseconds apart; a file in seconds cannot (one record, as an exact repeat is), and the
    # later download then adds the second one
    old, new = tmp_path / "2018", tmp_path / "2022"
    _thread(old, "messages/KariSand_Zs11Uy-bpw", ["Kari Sand"],
            [{"sender_name": "Kari Sand", "timestamp": 1526486000, "content": "😂"},
             {"sender_name": "Kari Sand", "timestamp": 1526486000, "content": "😂"},
             {"sender_name": "Jane Roe", "timestamp": 1526485990, "content": "Look at this"}], strings=True)
    _thread(new, "messages/inbox/karisand_10158812345678901", ["Kari Sand", "Jane Roe"],
            [{"sender_name": "Kari Sand", "timestamp_ms": 1526486000456, "content": "😂"},
             {"sender_name": "Kari Sand", "timestamp_ms": 1526486000123, "content": "😂"},
             {"sender_name": "Jane Roe", "timestamp_ms": 1526485990877, "content": "Look at this"}])
    # the parser's key holds the second; the merge numbers equal keys of one thread at distinct milliseconds
    # (key version 5: dataexam.events.THREADED_KINDS), so the timeline's keys are compared
    from dataexam import api

    registry = load_registry(entry_points=False)
    old_keys = {e.key for e in api.timeline(old, registry=registry) if e.kind == "facebook.message"}
    new_keys = [e.key for e in api.timeline(new, registry=registry) if e.kind == "facebook.message"]
    assert len(old_keys) == 2 and len(set(new_keys)) == 3 and old_keys < set(new_keys)
    assert len([e for e in api.timeline([old, new], registry=registry) if e.kind == "facebook.message"]) == 3


def test_equal_messages_of_one_second_stay_apart_when_another_comes_between(tmp_path: Path) -> None:
    # Jane "ok", Kari "?", Jane "ok" within one second: three messages; the rank compared only with the message
    # just before, and the second "ok" was dropped (the twenty-third pass's fourth tester)
    _profile(tmp_path, "Jane Roe")
    _thread(tmp_path, "messages/inbox/karisand_1", ["Kari Sand", "Jane Roe"], [
        {"sender_name": "Jane Roe", "timestamp_ms": 1650000000900, "content": "ok"},
        {"sender_name": "Kari Sand", "timestamp_ms": 1650000000500, "content": "?"},
        {"sender_name": "Jane Roe", "timestamp_ms": 1650000000100, "content": "ok"}])
    from dataexam import api  # the merge numbers equal keys at distinct milliseconds (key version 5)

    messages = [e for e in api.timeline(tmp_path, registry=load_registry(entry_points=False))
                if e.kind == "facebook.message"]
    assert len(messages) == 3 and len({e.key for e in messages}) == 3


def test_a_2020_folder_id_holding_an_underscore_still_names_the_chat(tmp_path: Path) -> None:
    # ≈2020 ids may hold "_" ("KariSand_Zs1_Uy-bpw"): split at the last "_" the folder named nobody, the chat was
    # keyed as a group and counted twice beside the 2022 download (the fourth tester)
    old, new = tmp_path / "2020", tmp_path / "2022"
    for root in (old, new):
        _profile(root, "Jane Roe")
    _thread(old, "messages/inbox/KariSand_Zs1_Uy-bpw", ["Kari Sand", "Jane Roe"], _OLA)
    _thread(new, "messages/inbox/karisand_10158812345678901", ["Kari Sand", "Jane Roe"], _OLA)
    assert _message_keys(old) == _message_keys(new)
    # "Jane" and "Janet": the folder names the longer one
    other = tmp_path / "janet"
    _thread(other, "messages/inbox/janet_1", ["Janet Lee", "Jane"], _OLA)
    _thread(other, "messages/inbox/janetlee_2", ["Janet Lee", "Jane"], _OLA)
    assert len(set(_message_keys(other).values())) == 2


def test_a_2018_messages_only_download_marks_its_owner_self(tmp_path: Path) -> None:
    # early 2018: messages/<thread>/message.json, participants the others only (strings), no profile. The owner
    # is the one sender a one-to-one file does not list; her messages were a third person's in the timeline, and
    # languages/writing style said "too little own text" (the twenty-fifth pass's first tester, H3)
    me = "Åsa Lindqvist"
    _thread(tmp_path, "messages/annaberg_1a2b3c", ["Anna Berg"],
            [{"sender_name": me if i % 2 else "Anna Berg", "timestamp": 1483228800 + i * 3600,
              "content": f"meddelande {i}"} for i in range(6)][::-1], strings=True)
    _thread(tmp_path, "messages/bosvensson_4d5e6f", ["Bo Svensson"],
            [{"sender_name": me, "timestamp": 1483300000, "content": "Hallå Bo?"}], strings=True)
    _thread(tmp_path, "messages/klubben_7g8h9i", ["Anna Berg", "Carl Ek", "Dan Ås"],
            [{"sender_name": n, "timestamp": 1483400000 + i, "content": f"möte {i}"}
             for i, n in enumerate(["Carl Ek", "Dan Ås", me])][::-1], title="Klubben", strings=True)
    messages = events_of(parse(tmp_path), "facebook.message")
    assert sorted((e.actor, e.text) for e in messages if e.attrs["sender"] == me) == [
        ("self", "Hallå Bo?"), ("self", "meddelande 1"), ("self", "meddelande 3"), ("self", "meddelande 5"),
        ("self", "möte 2")]
    assert {e.actor for e in messages if e.attrs["sender"] != me} == {"Anna Berg", "Carl Ek", "Dan Ås"}
    # a 2018 download where a one-to-one file lists someone else as the unlisted sender: no owner, no guess
    other = tmp_path / "doubt"
    _thread(other, "messages/annaberg_1", ["Anna Berg"], [{"sender_name": me, "timestamp": 1483228800,
                                                           "content": "hej"}], strings=True)
    _thread(other, "messages/bosvensson_2", ["Bo Svensson"], [{"sender_name": "Eva Ek", "timestamp": 1483228900,
                                                               "content": "hej"}], strings=True)
    assert {e.actor for e in events_of(parse(other), "facebook.message")} == {me, "Eva Ek"}


def test_a_group_threads_first_message_carries_its_listed_members(tmp_path: Path) -> None:
    # the social circle counted only the members who wrote ("1 people in 1 group" for four: the twenty-fifth
    # pass's M7): the members the file lists, the owner left out, on the file's first message only
    _profile(tmp_path, "Jane Roe")
    said = [{"sender_name": "Freja Holm", "timestamp_ms": 1650000090000, "content": "Dinner Friday?"},
            {"sender_name": "Freja Holm", "timestamp_ms": 1650000000000, "content": "Hello all"}]
    _thread(tmp_path, "messages/inbox/familien_111", ["Freja Holm", "Ida Berg", "Anna Hansen", "Jane Roe"], said,
            title="Familien")
    _thread(tmp_path, "messages/inbox/olaberg_222", ["Ola Berg", "Jane Roe"], _OLA)
    messages = events_of(parse(tmp_path), "facebook.message")
    group = [e for e in messages if e.attrs["thread"] == "familien_111"]
    assert group[0].attrs["members"] == ["Anna Hansen", "Freja Holm", "Ida Berg"]
    assert "members" not in group[1].attrs
    assert not any("members" in e.attrs for e in messages if e.attrs["thread"] == "olaberg_222")
