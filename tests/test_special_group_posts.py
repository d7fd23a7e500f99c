"""A post or comment written in a special-category Facebook group counts in that category (T31A M1).

T31A's tester joined four groups ("Narcotics Anonymous Köln", "Diabetes Typ 1 Austausch", "Muslim Community
Cologne", "CSD Köln – LGBTQ+ Orga") and wrote 4 posts and 12 comments in them, the words themselves not special
("Treffen am Dienstag?", "Danke euch allen"). With ``--include-sensitive`` the inventory said "2 records relate to
health" — the memberships only, though ``attrs.group`` names the group on every post and comment. Writing in a group
says what membership says: such records count under the group's category, signal "written in the group", and a
report without the flag treats them as the special records they are (``sensitive.special_record``). Invented values
in the 2022 ``your_activity_across_facebook/groups/`` shape (``group_posts_v2``, ``group_comments_v2``).
"""

from __future__ import annotations

import json
import zipfile
from datetime import UTC, datetime
from pathlib import Path

from dataexam import api
from dataexam.events import Event, Origin, TimeSource
from dataexam.inference.sensitive import special_group, special_record
from helpers import facebook_mojibake

ME = "Jane Doe"
A = "your_activity_across_facebook"
GROUPS = ["Narcotics Anonymous Köln", "Diabetes Typ 1 Austausch", "Hiking Cologne", "Muslim Community Cologne"]
T = 1650000000


def _export(tmp_path: Path) -> Path:
    files = {
        f"{A}/groups/your_posts_in_groups.json": {"group_posts_v2": [
            {"timestamp": T + 86400 * i, "data": [{"post": f"Treffen am Dienstag? ({i})"}],
             "title": f"{ME} posted in {g}.", "attachments": []} for i, g in enumerate(GROUPS)]},
        f"{A}/groups/your_comments_in_groups.json": {"group_comments_v2": [
            {"timestamp": T + 3600 * k, "data": [{"comment": {"timestamp": T + 3600 * k, "comment": f"Danke {k}",
                                                              "author": ME, "group": GROUPS[k % 4]}}],
             "title": f"{ME} commented on a post in {GROUPS[k % 4]}."} for k in range(12)]},
        f"{A}/groups/your_group_membership_activity.json": {"groups_joined_v2": [
            {"timestamp": T - 86400 * (30 + i), "title": f"You became a member of {g}.", "data": [{"name": g}]}
            for i, g in enumerate(GROUPS)]},
        "personal_information/profile_information/profile_information.json": {"profile_v2": {"name": {
            "full_name": ME}}},
    }
    dest = tmp_path / "facebook-janedoe-2022-06-01-ArT9.zip"
    with zipfile.ZipFile(dest, "w") as z:
        for p, o in files.items():
            z.writestr(p, json.dumps(facebook_mojibake(o), ensure_ascii=True))
    return dest


def _inventory(path: Path) -> dict:
    report = api.report([path], include_sensitive=True)
    (found,) = [f for f in report.findings if f.id == "sensitive_signals"]
    return found.value


def test_posts_and_comments_in_a_special_group_count_in_its_category(tmp_path: Path) -> None:
    value = _inventory(_export(tmp_path))
    # health: two groups joined + 2 posts + 6 comments written in them (comments k = 0,1,4,5,8,9)
    assert value["health"]["records"] == 10
    assert value["health"]["signals"] == {"written in the group": 8, "group": 2}
    # religion: one group joined + 1 post + 3 comments; the hiking group is no special category
    assert value["religion"]["records"] == 5
    assert value["religion"]["signals"] == {"written in the group": 4, "group": 1}
    assert set(value) == {"health", "religion"}


def _event(kind: str, group: object, text: str = "Danke") -> Event:
    return Event(time=datetime(2022, 4, 15, 12, tzinfo=UTC), time_source=TimeSource.UTC, kind=kind,
                 source=kind.split(".")[0], actor="self", text=text, attrs={"group": group},
                 origin=Origin("a.zip", "groups.json", 0), key=f"{kind}:1")


def test_special_group_reads_a_facebook_group_name_only() -> None:
    assert special_group(_event("facebook.comment", "Narcotics Anonymous Köln")) == ("sensitive:health",)
    assert special_group(_event("facebook.post", "Hiking Cologne")) == ()
    assert special_group(_event("facebook.post", None)) == ()
    # an X direct message's "group" is a flag, not a name
    assert special_group(_event("twitter.dm", True)) == ()
    # the record is special for every finding that asks (the trust score's door, withheld purchases)
    assert special_record(_event("facebook.comment", "Diabetes Typ 1 Austausch"))
    assert not special_record(_event("facebook.comment", "Hiking Cologne"))
