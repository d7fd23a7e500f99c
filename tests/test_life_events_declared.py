"""Life events the person declared to Facebook (the twenty-fifth pass's tester, T25A M1): read from life-event
posts, ``profile_update_history.json`` and the profile's dated fields, reported as declared beside the keyword
sequences, Art. 9 ones (health; a relationship the export shows to be same-sex) only with --include-sensitive.

Inputs are invented values in the 2024–25 layout's real structure (formats.md §1.4 posts, §1 profile; WIF's
donated structures for ``profile_update_history.json`` ``profile_updates_v2[]`` and ``places_lived``).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from dataexam import api
from dataexam.inference import infer
from dataexam.inference.lifedeclared import life_event_type
from helpers import facebook_mojibake as _moj

NOW = datetime(2025, 1, 1, tzinfo=UTC)
T0 = 1704067200  # 2024-01-01 UTC
DAY = 86400
ME = "Jørgen Ødegård"


def _life(title: str, y: int, m: int, d: int) -> dict:
    return {"data": [{"life_event": {"title": title, "start_date": {"year": y, "month": m, "day": d}}}]}


def _export(root: Path, *, profile_extra: dict | None = None, more_posts: list | None = None,
            updates: list | None = None) -> Path:
    def w(rel: str, obj: Any) -> None:
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(json.dumps(_moj(obj), ensure_ascii=True))

    posts = [{"timestamp": T0 + i * 5 * DAY, "data": [{"post": "Lovely evening by the fjord"}]} for i in range(10)]
    posts += [
        {"timestamp": T0 + 40 * DAY, "attachments": [_life("Started New Job at Acme Robotics", 2024, 2, 1)],
         "data": [{"post": "Excited to start at Acme Robotics!"}], "title": f"{ME} started a new job."},
        {"timestamp": T0 + 150 * DAY, "attachments": [_life("Moved to Bergen, Norway", 2024, 5, 0)],
         "title": f"{ME} moved to Bergen, Norway."},
        {"timestamp": T0 + 200 * DAY, "attachments": [_life("In a relationship with Lars Dahl", 2024, 7, 20)],
         "title": f"{ME} is in a relationship with Lars Dahl."},
        *(more_posts or [])]
    w("your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json", posts)
    profile = {"name": {"full_name": ME, "first_name": "Jørgen", "last_name": "Ødegård"},
               "gender": {"gender_option": "MALE", "pronoun": "HE"},
               "current_city": {"name": "Bergen, Norway", "timestamp": T0 + 150 * DAY},
               "hometown": {"name": "Tromsø, Norway", "timestamp": T0 - 900 * DAY},
               "relationship": {"status": "In a relationship", "partner": "Lars Dahl", "timestamp": T0 + 199 * DAY},
               "work_experiences": [{"employer": "Acme Robotics", "title": "Software engineer",
                                     "start_timestamp": T0 + 31 * DAY}],
               "education_experiences": [{"name": "NTNU", "start_timestamp": T0 - 1900 * DAY,
                                          "end_timestamp": T0 - 200 * DAY, "graduated": True}],
               "places_lived": [{"place": "Trondheim, Norway", "start_timestamp": T0 - 1900 * DAY,
                                 "timestamp": T0 - 1800 * DAY}],
               **(profile_extra or {})}
    w("personal_information/profile_information/profile_information.json", {"profile_v2": profile})
    if updates is not None:
        w("personal_information/profile_information/profile_update_history.json", {"profile_updates_v2": updates})
    return root


def _life_finding(root: Path, include_sensitive: bool = False) -> Any:
    return infer(api.timeline([root]), include_sensitive=include_sensitive, now=NOW).finding("life_events")


def test_declared_life_events_are_read_with_dates_and_where_declared(tmp_path: Path) -> None:
    f = _life_finding(_export(tmp_path / "fb"))
    rows = [(v["type"], v["start"], v["title"], v["declared_in"], v["basis"]) for v in f.value]
    assert rows == [
        ("move", "2018-10-19", "Lives in Trondheim, Norway", ["profile"], "declared"),
        ("education", "2023-06-15", "Graduated from NTNU", ["profile"], "declared"),
        ("job", "2024-02-01", "Started New Job at Acme Robotics", ["life-event post", "profile"], "declared"),
        ("move", "2024-05", "Moved to Bergen, Norway", ["life-event post", "profile"], "declared"),
        ("relationship", "2024-07-20", "In a relationship with Lars Dahl", ["profile", "life-event post"],
         "declared"),
    ]
    assert f.confidence == "high"
    # days in words, as every other sentence says them (WORD61); the value keeps the ISO ``start``
    assert f.summary.startswith("You told Facebook: move 19 Oct 2018 (Lives in Trondheim, Norway); education "
                                "15 Jun 2023 (Graduated from NTNU); job 1 Feb 2024 (Started New Job at Acme Robotics)")
    assert "No life-event sequence found" not in f.summary


def test_profile_update_history_is_read_and_merged(tmp_path: Path) -> None:
    updates = [
        {"timestamp": T0 + 31 * DAY, "title": f"{ME} started a new job.",
         "attachments": [_life("Started New Job at Acme Robotics", 2024, 2, 1)]},
        {"timestamp": T0 + 100 * DAY, "title": f"{ME} updated his profile picture.",
         "attachments": [{"data": [{"media": {"uri": "photos/1.jpg", "creation_timestamp": T0 + 100 * DAY}}]}]},
        {"timestamp": T0 + 300 * DAY, "title": f"{ME} got a new pet.", "attachments": [_life("New Pet", 2024, 10, 1)],
         "data": [{"backdated_timestamp": T0 + 270 * DAY}]},
    ]
    root = _export(tmp_path / "fb", updates=updates)
    stats = api.RunStats()
    items = list(api.timeline([root], stats=stats, kinds=["facebook.profile_update"]))
    assert [(e.time.date().isoformat(), e.text, e.attrs.get("life_event")) for e in items] == [
        ("2024-02-01", f"{ME} started a new job.", {"title": "Started New Job at Acme Robotics",
                                                    "start_date": "2024-02-01"}),
        ("2024-04-10", f"{ME} updated his profile picture.", None),
        ("2024-10-27", f"{ME} got a new pet.", {"title": "New Pet", "start_date": "2024-10-01"})]
    assert items[2].attrs["backdated_timestamp"] == "2024-09-27T00:00:00Z"
    f = _life_finding(root)
    by_type = {v["type"]: v for v in f.value}
    assert by_type["job"]["declared_in"] == ["life-event post", "profile update history", "profile"]
    assert by_type["pet"]["start"] == "2024-10-01" and by_type["pet"]["declared_in"] == ["profile update history"]


def test_same_sex_relationship_is_art9_withheld_by_default(tmp_path: Path) -> None:
    # the export itself says so: gender MALE, interested in Men — the relationship tells his sexual orientation
    root = _export(tmp_path / "fb", profile_extra={"interested_in": ["Men"]})
    default = _life_finding(root)
    assert default is not None and default.sensitive is None  # the finding stays; the one event is left out
    assert [v["type"] for v in default.value] == ["move", "education", "job", "move"]
    assert "Lars" not in json.dumps(default.to_dict())
    shown = _life_finding(root, include_sensitive=True)
    [rel] = [v for v in shown.value if v["type"] == "relationship"]
    assert rel["sensitive"] == "sexuality" and rel["title"] == "In a relationship with Lars Dahl"


def test_a_relationship_alone_is_no_special_category(tmp_path: Path) -> None:
    # no interested_in: Facebook gives no partner's gender, so the relationship is shown as declared
    f = _life_finding(_export(tmp_path / "fb"))
    assert [v["sensitive"] for v in f.value if v["type"] == "relationship"] == [None]


def test_health_life_events_are_withheld_by_default(tmp_path: Path) -> None:
    more = [{"timestamp": T0 + 250 * DAY, "attachments": [_life("Overcame an Illness", 2024, 9, 1)],
             "title": f"{ME} overcame an illness."},
            {"timestamp": T0 + 260 * DAY, "attachments": [_life("Expecting a Baby", 2024, 9, 15)],
             "title": f"{ME} is expecting a baby."}]
    root = _export(tmp_path / "fb", more_posts=more)
    default = _life_finding(root)
    assert {v["type"] for v in default.value} == {"move", "education", "job", "relationship"}
    assert "Illness" not in default.summary and "Baby" not in default.summary
    shown = _life_finding(root, include_sensitive=True)
    assert {(v["type"], v["sensitive"]) for v in shown.value if v["sensitive"]} == {("health", "health"),
                                                                                    ("pregnancy", "health")}


def test_life_event_types_follow_facebooks_categories() -> None:
    assert life_event_type("Started New Job at Acme Robotics") == "job"
    assert life_event_type("Moved to Bergen, Norway") == "move"
    assert life_event_type("In a relationship with Lise Dahl") == "relationship"
    assert life_event_type("Got Engaged to Kari") == "relationship"
    assert life_event_type("Graduated from NTNU") == "education"
    assert life_event_type("Expecting a Baby") == "pregnancy"
    assert life_event_type("New Family Member") == "family"
    assert life_event_type("Quit Smoking") == "health"
    assert life_event_type("Begynte i ny jobb hos Acme") == "other"  # another interface language: kept, untyped


def test_a_current_city_that_is_the_hometown_is_no_move(tmp_path: Path) -> None:
    # the profile's current_city timestamp is when the field was set (often at sign-up): living where one is from
    # is no move; a current city elsewhere is one (its date the field's)
    home = _export(tmp_path / "home", profile_extra={
        "current_city": {"name": "Tromsø, Norway", "timestamp": T0 + 150 * DAY}})
    moves = [v for v in _life_finding(home).value if v["type"] == "move"]
    assert [(v["start"], v["declared_in"]) for v in moves] == [("2018-10-19", ["profile"]),
                                                              ("2024-05", ["life-event post"])]


def test_the_current_city_s_set_on_day_is_no_move(tmp_path: Path) -> None:
    # the twenty-seventh pass's second tester (L8): "You told Facebook: move <the first day of data> (Lives in
    # Hamburg, Germany)" at high — current_city.timestamp is when the field was set, not a move; a places_lived
    # entry without its own start_timestamp likewise. Either still backs a move declared elsewhere (see above).
    root = _export(tmp_path / "fb", profile_extra={
        "current_city": {"name": "Hamburg, Germany", "timestamp": T0 + 2 * DAY},
        "places_lived": [{"place": "Kiel, Germany", "timestamp": T0 + 3 * DAY}]})
    f = _life_finding(root)
    moves = [(v["start"], v["title"], v["declared_in"]) for v in f.value if v["type"] == "move"]
    assert moves == [("2024-05", "Moved to Bergen, Norway", ["life-event post"])]  # was also 2024-01-03, 2024-01-04
    assert "Lives in" not in f.summary
