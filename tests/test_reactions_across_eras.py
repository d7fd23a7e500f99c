"""One person's reactions and names read across Facebook's folder changes (the twenty-sixth pass's closing note,
"still open from earlier passes": reactions or names across the 2020→2022 folder change).

The eras (formats.md §1 table and §1.4 "Likes & reactions"; the 2021 ``reactions_v2`` key as peer parsers glob
it): ≤2020 ``likes_and_reactions/posts_and_comments.json`` ``{"reactions": […]}``; 2021
``comments_and_reactions/posts_and_comments.json`` ``{"reactions_v2": […]}``; late 2022–23
``your_activity_across_facebook/comments_and_reactions/likes_and_reactions_1.json`` (a list); 2024–25
``your_facebook_activity/comments_and_reactions/likes_and_reactions.json`` (label_values). Messenger threads
moved from ``messages/inbox/`` to ``your_activity_across_facebook/messages/inbox/`` and
``your_facebook_activity/messages/inbox/``. Every era writes text as Facebook's mojibake (formats.md §1.3).
Inputs are invented values in those real structures.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from dataexam import api
from helpers import facebook_mojibake as _moj

ME, FRIEND = "Jørgen Ødegård", "Håkon Brække"
AT = 1580000000  # 2020-01-26 UTC


def _write(root: Path, rel: str, obj: Any) -> None:
    p = root / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(json.dumps(_moj(obj), ensure_ascii=True), encoding="utf-8")


def _title_record() -> dict[str, Any]:
    return {"timestamp": AT, "data": [{"reaction": {"reaction": "LIKE", "actor": ME}}],
            "title": f"{ME} likes {FRIEND}'s post."}


def _reactions_in_four_eras(tmp_path: Path) -> dict[str, Path]:
    roots = {era: tmp_path / f"facebook-{era}" for era in ("2020", "2021", "2023", "2025")}
    _write(roots["2020"], "likes_and_reactions/posts_and_comments.json", {"reactions": [_title_record()]})
    _write(roots["2021"], "comments_and_reactions/posts_and_comments.json", {"reactions_v2": [_title_record()]})
    _write(roots["2023"], "your_activity_across_facebook/comments_and_reactions/likes_and_reactions_1.json",
           [_title_record()])
    url = "https://www.facebook.com/hakon.braekke/posts/pfbid0abc"
    _write(roots["2025"], "your_facebook_activity/comments_and_reactions/likes_and_reactions.json",
           [{"timestamp": AT, "media": [], "fbid": "1", "label_values": [
               {"label": "Reaction", "value": "Like"}, {"label": "URL", "value": url, "href": url},
               {"title": "Group", "dict": [{"dict": [{"label": "Name", "value": "Venner i Tromsø"}]}]}]}])
    return roots


def _reactions(roots: list[Path]) -> list[Any]:
    return [e for e in api.timeline(roots) if e.kind == "facebook.reaction"]


def test_one_reaction_in_every_era_is_read_once(tmp_path: Path) -> None:
    roots = _reactions_in_four_eras(tmp_path)
    each = {era: _reactions([root]) for era, root in roots.items()}
    assert {era: len(found) for era, found in each.items()} == {"2020": 1, "2021": 1, "2023": 1, "2025": 1}
    assert len({found[0].key for found in each.values()}) == 1  # one key in every era
    together = _reactions(list(roots.values()))
    assert [(int(e.time.timestamp()), e.attrs["reaction"]) for e in together] == [(AT, "Like")]


def test_reaction_names_are_mojibake_fixed_in_every_era(tmp_path: Path) -> None:
    roots = _reactions_in_four_eras(tmp_path)
    for era in ("2020", "2021", "2023"):
        [e] = _reactions([roots[era]])
        assert e.attrs["title"] == f"{ME} likes {FRIEND}'s post."
        assert e.attrs["target_owner"] == FRIEND and e.attrs["target_type"] == "post"
    [e] = _reactions([roots["2025"]])
    assert e.attrs["group"] == "Venner i Tromsø"


def test_a_message_reaction_across_the_messenger_folder_moves_is_one_with_fixed_names(tmp_path: Path) -> None:
    thread = {"participants": [{"name": FRIEND}, {"name": ME}], "title": FRIEND,
              "thread_path": "inbox/hakonbrkke_abc123",
              "messages": [{"sender_name": FRIEND, "timestamp_ms": 1587763611349, "content": "Skål på fredag?",
                            "reactions": [{"reaction": "😢", "actor": ME}]}]}
    folders = {"2020": "messages/inbox", "2022": "your_activity_across_facebook/messages/inbox",
               "2024": "your_facebook_activity/messages/inbox"}
    roots = []
    for era, folder in folders.items():
        roots.append(tmp_path / f"facebook-{era}")
        _write(roots[-1], f"{folder}/hakonbrkke_abc123/message_1.json", thread)
    messages = [e for e in api.timeline(roots) if e.kind == "facebook.message"]
    assert [(e.text, e.attrs["sender"], e.attrs["title"], e.attrs["reactions"]) for e in messages] == [
        ("Skål på fredag?", FRIEND, FRIEND, [{"reaction": "😢", "actor": ME}])]
