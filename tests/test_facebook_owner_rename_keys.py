"""One Facebook record is one record across downloads made before and after the owner's name change
(the twenty-seventh pass's second tester, H1; FBKEY brief), and across the ≈2020 → 2022 folder change.

Facebook writes the owner's name and pronoun of the download's day into titles ("Åsa Strøm updated her status."):
a download made before a name change at marriage and one made after it (the later profile listing the old name in
``previous_names``) gave every post and comment of the earlier download two keys (posts 3,977, right 2,717). Keys
now hold no name of the account's and one word for his/her/their. The older download here is written in the ≤2020
layout (``posts/``, ``comments/``, ``likes_and_reactions/posts_and_comments.json``, ``profile_information/``) or
the 2022 one (``your_activity_across_facebook/…``, ``personal_information/…``), every string with Facebook's
mojibake (formats.md §1.3). All names and words are invented.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from dataexam import api
from dataexam.events import Event
from dataexam.registry import load_registry
from dataexam_parsers.facebook.parser import OWNER_IN_KEY, owner_free, owner_names_pattern
from helpers import facebook_mojibake as _moji

OLD, NEW = "Åsa Strøm", "Åsa Lindgård"
T = 1_600_000_000  # September 2020


def _write(root: Path, rel: str, obj: Any) -> None:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(_moji(obj)), encoding="utf-8")


def _download(root: Path, era: str, name: str, pronoun: str, *, previous: list[str] = (), n_posts: int = 3) -> None:
    """One download of the account as ``name`` (``pronoun`` in its titles), in the ``era`` layout: ``n_posts``
    posts, two comments (one on the owner's own post), three reactions (one undated), one profile update."""
    posts = [{"timestamp": T + 3600 * i, "data": [{"post": f"Tur nummer {i} i fjellet"}],
              "title": f"{name} updated {pronoun} status."} for i in range(n_posts)]
    posts.append({"timestamp": T + 99, "title": f"{name} shared a memory."})  # title only
    comments = [
        {"timestamp": T + 10, "data": [{"comment": {"timestamp": T + 10, "comment": "Så fint!", "author": name}}],
         "title": f"{name} commented on Håkon Brække's post."},
        {"timestamp": T + 20, "data": [{"comment": {"timestamp": T + 20, "comment": "Takk!", "author": name}}],
         "title": f"{name} replied to {pronoun} own comment."},
    ]
    reactions = [
        {"timestamp": T + 30, "data": [{"reaction": {"reaction": "LIKE", "actor": name}}],
         "title": f"{name} likes Håkon Brække's post."},
        {"timestamp": T + 40, "data": [{"reaction": {"reaction": "LOVE", "actor": name}}],
         "title": f"{name} reacted to {pronoun} own photo."},
        {"data": [{"reaction": {"reaction": "HAHA", "actor": name}}],  # undated: the title is the key's
         "title": f"{name} likes Émilie Dubois's comment."},
    ]
    updates = [{"timestamp": T + 50, "title": f"{name} updated {pronoun} profile picture."}]
    profile = {"name": {"full_name": name}, "username": "asa.fjell", "registration_timestamp": 1300000000,
               "previous_names": [{"name": p, "timestamp": T + 7_000_000} for p in previous]}
    if era == "2020":
        _write(root, "posts/your_posts_1.json", posts)
        _write(root, "comments/comments.json", {"comments": comments})
        _write(root, "likes_and_reactions/posts_and_comments.json", {"reactions": reactions})
        _write(root, "profile_information/profile_information.json", {"profile": profile})
        _write(root, "profile_information/profile_update_history.json", {"profile_updates": updates})
    else:
        act, info = "your_activity_across_facebook", "personal_information/profile_information"
        _write(root, f"{act}/posts/your_posts_1.json", posts)
        _write(root, f"{act}/comments_and_reactions/comments.json", {"comments_v2": comments})
        _write(root, f"{act}/comments_and_reactions/likes_and_reactions_1.json", reactions)
        _write(root, f"{info}/profile_information.json", {"profile_v2": profile})
        _write(root, f"{info}/profile_update_history.json", {"profile_updates_v2": updates})


KINDS = ("facebook.post", "facebook.comment", "facebook.reaction", "facebook.profile_update")


def _records(*roots: Path) -> list[Event]:
    return [e for e in api.timeline(list(roots), registry=load_registry(entry_points=False)) if e.kind in KINDS]


def _counts(events: list[Event]) -> dict[str, int]:
    return dict(Counter(e.kind for e in events))


@pytest.mark.parametrize(("old_era", "new_era"), [("2022", "2022"), ("2020", "2022"), ("2020", "2020")])
def test_a_download_before_and_one_after_a_name_change_give_each_record_once(
        tmp_path: Path, old_era: str, new_era: str) -> None:
    a, b = tmp_path / "facebook-asastrom-2021", tmp_path / "facebook-asalindgard-2024"
    _download(a, old_era, OLD, "her", n_posts=3)
    _download(b, new_era, NEW, "their", previous=[OLD], n_posts=5)  # B ⊇ A, two posts more
    alone = _counts(_records(b))
    assert alone == {"facebook.post": 6, "facebook.comment": 2, "facebook.reaction": 3,
                     "facebook.profile_update": 1}
    both = _records(a, b)
    # was: posts 10, comments 4, reactions 4 (the undated one twice), profile updates 2
    assert _counts(both) == alone
    # the names read right in either era's mojibake (the title kept is one download's, as Facebook wrote it)
    titles = [e.attrs.get("title") or e.text or "" for e in both]
    assert not any("Ã" in t for t in titles)
    assert {e.attrs.get("target_owner") for e in both if e.kind == "facebook.reaction"} >= {"Håkon Brække",
                                                                                            "Émilie Dubois"}


def test_the_same_layout_and_name_in_two_eras_reads_each_reaction_once(tmp_path: Path) -> None:
    # note40's open item: reactions (and the names in them) across the 2020 → 2022 folder change
    a, b = tmp_path / "facebook-2020", tmp_path / "facebook-2022"
    _download(a, "2020", OLD, "her")
    _download(b, "2022", OLD, "her")
    reactions = [e for e in _records(a, b) if e.kind == "facebook.reaction"]
    assert sorted(e.attrs["reaction"] for e in reactions) == ["Haha", "Like", "Love"]
    assert {e.attrs["title"] for e in reactions} == {f"{OLD} likes Håkon Brække's post.",
                                                     f"{OLD} reacted to her own photo.",
                                                     f"{OLD} likes Émilie Dubois's comment."}


def test_records_that_differ_beside_the_owners_name_stay_apart(tmp_path: Path) -> None:
    # the owner's name leaves the key, the other person's does not: one text at one second on two people's posts
    # is two comments; a post whose title differs in its verb stays its own post
    root = tmp_path / "facebook-2022"
    _download(root, "2022", NEW, "her", previous=[OLD])
    act = "your_activity_across_facebook"
    same = {"comment": "Gratulerer!", "timestamp": T + 500, "author": NEW}
    _write(root, f"{act}/comments_and_reactions/comments.json", {"comments_v2": [
        {"timestamp": T + 500, "data": [{"comment": same}], "title": f"{NEW} commented on Ola Berg's post."},
        {"timestamp": T + 500, "data": [{"comment": same}], "title": f"{NEW} commented on Kari Sand's post."}]})
    _write(root, f"{act}/posts/your_posts_2.json", [
        {"timestamp": T + 600, "title": f"{NEW} shared a link."},
        {"timestamp": T + 600, "title": f"{NEW} shared a memory."}])
    counts = _counts(_records(root))
    assert counts["facebook.comment"] == 2 and counts["facebook.post"] == 6


def test_owner_free_takes_out_every_name_of_the_account_and_the_pronoun() -> None:
    owner = owner_names_pattern(["Anna Maria Weber", "Anna Maria", "Anna Schmidt", "anna.hh"])
    assert owner_free("Anna Maria Weber updated her status.", owner) == f"{OWNER_IN_KEY} updated their status."
    assert owner_free("Anna Schmidt replied to his own comment.", owner) == \
        f"{OWNER_IN_KEY} replied to their own comment."
    assert owner_free("anna.hh shared a link.", owner) == f"{OWNER_IN_KEY} shared a link."
    # another person's name stays, a name inside a longer word is no name, pronoun words only as whole words
    assert owner_free("Anna Schmidt likes Anna Schmidtke's post.", owner) == \
        f"{OWNER_IN_KEY} likes Anna Schmidtke's post."
    assert owner_free("Heather shared Theirry's photo.", None) == "Heather shared Theirry's photo."
    assert owner_free("Anna Weber updated HER status.", None) == "Anna Weber updated their status."
    assert owner_free(None, owner) is None and owner_names_pattern([" ", ""]) is None


def _db_counts(db: Path) -> dict[str, int]:
    import sqlite3

    with sqlite3.connect(db) as conn:
        return dict(conn.execute("select kind, count(*) from events group by kind").fetchall())


@pytest.mark.parametrize("link", ["previous_names", "username"])
def test_appending_the_renamed_accounts_download_in_either_order_equals_one_run(tmp_path: Path, link: str) -> None:
    """T27C H1: `timeline A -o db` then `timeline B -o db --append` (B made after the name change) was refused as
    "another account" in either order, and the advice it gave (--per-account) doubled every earlier post. The
    database now links the accounts by the names one run links them by (an earlier name, the username)."""
    from typer.testing import CliRunner

    from dataexam.cli import app
    from dataexam.errors import ExitCode

    def download(root: Path, name: str, previous: list[str], username: str | None, n_posts: int) -> Path:
        _download(root, "2022", name, "her", previous=previous, n_posts=n_posts)
        profile = root / "personal_information/profile_information/profile_information.json"
        data = json.loads(profile.read_text(encoding="utf-8"))
        data["profile_v2" if "profile_v2" in data else "profile"]["username"] = username
        profile.write_text(json.dumps(data), encoding="utf-8")
        return root

    # by name: the earlier download gives no username (nothing contradicts the earlier name; two different
    # usernames would be two accounts whatever the names say: T27E M1, test_facebook_namesakes.py)
    by_name = link == "previous_names"
    a = download(tmp_path / "facebook-a", OLD, [], "asa.fjell" if not by_name else None, 3)
    b = download(tmp_path / "facebook-b", NEW, [OLD] if by_name else [], "asa.fjell" if not by_name else "asa.new", 5)
    run = CliRunner().invoke
    one = tmp_path / "one.db"
    assert run(app, ["timeline", str(a), str(b), "-o", str(one)]).exit_code == 0
    for first, second in ((a, b), (b, a)):
        db = tmp_path / f"{first.name}-then-{second.name}.db"
        assert run(app, ["timeline", str(first), "-o", str(db)]).exit_code == 0
        appended = run(app, ["timeline", str(second), "--append", "-o", str(db)])
        assert appended.exit_code == 0, appended.stderr
        assert _db_counts(db) == _db_counts(one)
    # another person (no name or username in common) is still refused, the database untouched
    other = download(tmp_path / "facebook-c", "Kari Nordmann", [], "kari.n", 2)
    db = tmp_path / "facebook-a-then-facebook-b.db"
    before = db.read_bytes()
    refused = run(app, ["timeline", str(other), "--append", "-o", str(db)])
    assert refused.exit_code == ExitCode.USAGE and "another account" in refused.stderr
    assert db.read_bytes() == before
