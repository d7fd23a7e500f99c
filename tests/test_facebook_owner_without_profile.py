"""A Facebook download without ``profile_information.json`` (some categories only) keys its titled records as a
full download of the same person does (the twenty-seventh pass's FBKEY limit; LIMITS brief 1).

FBKEY took the owner's names out of the keys of posts, comments, undated reactions and profile updates by the
profile's names. A download without the profile file had none to take out: "Åsa Strøm updated her status." kept
the name in its key, and beside the full download of the same person — before or after a name change — every such
record was read twice. The owner's name is now the name that leads his or her own titles (the doer of every record
in these files is the owner); a title in a caseless script names no one and keeps the name. Names invented.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from test_facebook_owner_rename_keys import NEW, OLD, _counts, _download, _records, _write

from dataexam_parsers.facebook.parser import leading_name

ALONE = {"facebook.post": 6, "facebook.comment": 2, "facebook.reaction": 3, "facebook.profile_update": 1}


def _without_profile(root: Path) -> Path:
    for profile in root.rglob("profile_information.json"):
        profile.unlink()
    return root


@pytest.mark.parametrize("era", ["2020", "2022"])
@pytest.mark.parametrize(("old_name", "renamed"), [(OLD, False), (OLD, True)])
def test_a_download_without_profile_beside_a_full_one_gives_each_record_once(
        tmp_path: Path, era: str, old_name: str, renamed: bool) -> None:
    # A: the earlier download, some categories only (no profile file); B: the full later one (B ⊇ A)
    a, b = tmp_path / "facebook-a", tmp_path / "facebook-b"
    _download(a, era, old_name, "her", n_posts=3)
    _without_profile(a)
    if renamed:
        _download(b, "2022", NEW, "their", previous=[OLD], n_posts=5)
    else:
        _download(b, "2022", OLD, "her", n_posts=5)
    assert _counts(_records(b)) == ALONE
    # was: posts 10, comments 4, reactions 4, profile updates 2 (every titled record of A twice)
    assert _counts(_records(a, b)) == ALONE
    assert _counts(_records(b, a)) == ALONE


def test_two_downloads_without_profile_across_a_name_change_give_each_record_once(tmp_path: Path) -> None:
    a, b = tmp_path / "facebook-a", tmp_path / "facebook-b"
    _download(a, "2020", OLD, "her", n_posts=3)
    _download(b, "2022", NEW, "their", previous=[OLD], n_posts=5)
    _without_profile(a)
    _without_profile(b)
    assert _counts(_records(a, b)) == ALONE


def test_the_owner_is_the_name_leading_most_titles_not_another_persons(tmp_path: Path) -> None:
    # other people's posts on the timeline lead with their writer's name: not read; the owner's own titles
    # keep another person's name in the key (one comment text at one second on two people's posts is two)
    root = tmp_path / "facebook-2022"
    _download(root, "2022", OLD, "her")
    _without_profile(root)
    act = "your_activity_across_facebook"
    _write(root, f"{act}/posts/other_people's_posts_to_your_timeline.json", [
        {"timestamp": 1_600_000_000 + i, "title": f"Ola Berg wrote on {OLD}'s timeline."} for i in range(20)])
    same = {"comment": "Gratulerer!", "timestamp": 1_600_000_500, "author": OLD}
    _write(root, f"{act}/comments_and_reactions/comments.json", {"comments_v2": [
        {"timestamp": 1_600_000_500, "data": [{"comment": same}], "title": f"{OLD} commented on Ola Berg's post."},
        {"timestamp": 1_600_000_500, "data": [{"comment": same}], "title": f"{OLD} commented on Kari Sand's post."}]})
    full = tmp_path / "facebook-full"
    shutil.copytree(root, full)
    _download(full, "2022", OLD, "her")  # the same download with its profile file back
    _write(full, f"{act}/comments_and_reactions/comments.json", {"comments_v2": [
        {"timestamp": 1_600_000_500, "data": [{"comment": same}], "title": f"{OLD} commented on Ola Berg's post."},
        {"timestamp": 1_600_000_500, "data": [{"comment": same}], "title": f"{OLD} commented on Kari Sand's post."}]})
    keys = {e.key for e in _records(root) if e.kind != "facebook.post" or "Ola Berg wrote" not in e.attrs["title"]}
    assert keys == {e.key for e in _records(full)
                    if e.kind != "facebook.post" or "Ola Berg wrote" not in e.attrs["title"]}
    assert _counts(_records(root))["facebook.comment"] == 2


@pytest.mark.parametrize(("title", "name"), [
    ("Åsa Strøm updated her status.", "Åsa Strøm"),
    ("Anna Maria Weber commented on Ola Berg's post.", "Anna Maria Weber"),
    ("Ludwig van Beethoven shared a link.", "Ludwig van Beethoven"),
    ("Maria de la Cruz likes Ola Berg's photo.", "Maria de la Cruz"),
    ("Anna Schmidt hat ihren Status aktualisiert.", "Anna Schmidt"),
    ("Jean-Luc O'Neill a mis à jour son statut.", "Jean-Luc O'Neill"),
    ("Anna Schmidt is with Ola Berg.", "Anna Schmidt"),
    ("Anna de shared a link.", "Anna"),  # "de" joins only a capitalised word
    ("Happy New Year!", None),  # nothing after the capitalised words
    ("updated her status.", None),
    ("王小明更新了状态。", None),  # a caseless script names no one this way
    ("", None),
])
def test_leading_name(title: str, name: str | None) -> None:
    assert leading_name(title) == name
