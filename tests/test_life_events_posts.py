"""Life events told in the person's own posts, in the first person (the twenty-ninth pass's third tester, M8:
"Graduated today!", "First day at my new job", "We got engaged tonight 💍", weeks of "Mum passed away …" gave
nothing and nothing said these kinds were unread; the declared "Lost a Loved One" was typed ``other``).

Inputs are invented values in the 2024–25 layout's real structure (formats.md §1.4 posts).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_life_events_declared import _export, _life
from test_life_events_languages import NOW

from dataexam import api
from dataexam.inference import infer
from dataexam.inference.lifedeclared import life_event_type
from dataexam.inference.lifeposts import post_life_kind
from dataexam.report import view

T0 = 1704067200  # 2024-01-01 UTC
DAY = 86400


@pytest.mark.parametrize(("text", "kind"), [
    ("Graduated today! Master's degree from TU Berlin done, so proud", "graduation"),
    ("I finally graduated 🎓", "graduation"),
    ("First day at my new job at Nordwind Logistics, exciting!", "new_job"),
    ("I got the job!!", "new_job"),
    ("She said yes! We got engaged tonight 💍", "engagement"),
    ("Mum passed away this morning. I can't stop crying.", "bereavement"),
    ("RIP Dad, I will miss you every day", "bereavement"),
    ("We lost our beloved grandma last night", "bereavement"),
    ("Officially retired after 40 years!", "retirement"),
    ("We broke up last week. Needed to say it.", "break_up"),
    ("Our daughter was born at 4am, 3.2 kg of joy", "birth"),
    # German
    ("Wir haben uns verlobt! 💍", "engagement"),
    ("Meine Mama ist heute Nacht gestorben.", "bereavement"),
    ("Ruhe in Frieden, Papa", "bereavement"),
    ("Mein erster Arbeitstag bei der Stadtwerke, aufgeregt", "new_job"),
    ("Ich habe meinen Master geschafft!", "graduation"),
    ("Ab heute bin ich im Ruhestand", None),  # word order not listed: not read (said as a limit)
    ("Ich bin jetzt im Ruhestand", "retirement"),
    ("Wir haben uns getrennt.", "break_up"),
    ("Unser Sohn ist da! Willkommen, kleiner Leo", "birth"),
])
def test_first_person_life_events_are_read_in_english_and_german(text: str, kind: str | None) -> None:
    assert post_life_kind(text) == kind


@pytest.mark.parametrize("text", [
    "Congrats on your new job!", "Congratulations on getting engaged, you two!",
    "So sorry for your loss, my condolences", "Herzlichen Glückwunsch zur Verlobung!",
    "Mein herzliches Beileid, deine Mama war wunderbar",
    "\"And I find it kind of funny, the dreams in which I'm dying\" on repeat",
    "\"I got the job\" is the best film line ever",  # quoted words are not the person's
    "Lovely sunny walk by the river with friends",
])
def test_others_events_and_quotes_are_not_the_persons(text: str) -> None:
    assert post_life_kind(text) is None


def test_declared_loss_of_a_loved_one_is_loss() -> None:
    assert life_event_type("Lost a Loved One") == "loss"
    assert life_event_type("Loss of a Loved One") == "loss"


def _post(day: int, text: str) -> dict:
    # at noon UTC: a post at midnight is a night-time record, whose day no report gives without
    # --include-sensitive (test_life_events_night_posts)
    return {"timestamp": T0 + day * DAY + DAY // 2, "data": [{"post": text}]}


def test_post_life_events_are_dated_by_the_first_post_and_merge_with_a_declared_loss(tmp_path: Path) -> None:
    more = [_post(20, "Graduated today! Master's degree done, so proud"),
            _post(25, "Congrats on your new job, Anna!"),  # someone else's: no new job on day 25
            _post(200, "First day at my new job at Nordwind Logistics, exciting!"),
            _post(250, "Mum passed away this morning. I can't stop crying."),
            _post(262, "RIP Mum, the house is so quiet"),
            {"timestamp": T0 + 253 * DAY, "attachments": [_life("Lost a Loved One", 2024, 9, 7)]},
            _post(320, "She said yes! We got engaged tonight 💍")]
    f = infer(api.timeline([_export(tmp_path / "fb", more_posts=more)]), now=NOW).finding("life_events")
    posts = {v["type"]: v for v in f.value if v["basis"] == "own posts (first person)"}
    assert {k: v["start"] for k, v in posts.items()} == {"graduation": "2024-01-21", "new_job": "2024-07-19",
                                                         "engagement": "2024-11-16"}
    # the declared job (2024-02-01) and a post about it within 45 days are one event
    assert "own posts" not in next(v for v in f.value if v["type"] == "job")["declared_in"]
    loss = [v for v in f.value if v["type"] == "loss"]
    assert len(loss) == 1 and loss[0]["basis"] == "declared" and "own posts" in loss[0]["declared_in"]
    assert "graduation 21 Jan 2024 (your post)" in f.summary and "new job 19 Jul 2024 (your post)" in f.summary
    assert any("first person" in c and "death of someone close" in c for c in f.caveats)
    rows = dict(view.facts(f.to_dict()))  # the text, Markdown and HTML reports' rows
    assert rows["From your records"].startswith("graduation 21 Jan 2024 (your post); new job 19 Jul 2024 (your post)")
    assert rows["Declared in"].endswith("loss 7 Sep 2024: life-event post and own posts")


def test_bereavement_from_posts_alone_is_one_event_at_the_first_post(tmp_path: Path) -> None:
    more = [_post(250 + 3 * i, "Mum passed away, I miss her so much") for i in range(8)]
    f = infer(api.timeline([_export(tmp_path / "fb", more_posts=more)]), now=NOW).finding("life_events")
    rows = [v for v in f.value if v["type"] == "bereavement"]
    assert [(r["start"], r["posts"]) for r in rows] == [("2024-09-07", 8)]
    assert "death of someone close 7 Sep 2024 (your post, 8 in all)" in f.summary
