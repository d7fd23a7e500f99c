"""Posts and messages read apart for mood (the twenty-seventh pass's tester T27B H4, M6).

A bereaved person's ~80 grief posts over six months ("Crying again tonight", "Heartbroken") beside four
routine messages a day ("love you", "haha yes") gave "No low period in the tone of your writing." at high: the
messages, three quarters of the texts, kept every weekly median at the baseline. Each kind of text is now read on its
own as well; a low period of one kind alone is said, "(in your posts)", at medium at most. Invented texts.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from test_inference_synth import Stream, local

from dataexam.inference import Confidence, infer
from dataexam.report import view

NOW = datetime(2024, 6, 1, tzinfo=UTC)
ZONE = ZoneInfo("Europe/London")
START, LOSS, HEALED = date(2022, 6, 6), date(2023, 3, 13), date(2023, 9, 17)
CHEERFUL = ["Lovely walk by the river today, so happy", "Great dinner with friends, such fun",
            "Beautiful sunny morning, feeling good", "Wonderful day at the park with the kids"]
GRIEF = ["Crying again tonight, I miss her terribly", "Heartbroken. Everything hurts without you",
         "Another awful lonely night, so sad", "Grief is terrible, I feel empty and lost"]
ROUTINE = ["love you", "haha yes, great", "ok thanks, good", "see you soon, love"]


def _life(messages: bool = True, seed: int = 4) -> list:
    rng = random.Random(seed)
    s = Stream("facebook-2024")
    out = []
    d = START
    while d < date(2024, 3, 1):
        grieving = LOSS <= d <= HEALED
        if rng.random() < 0.45:  # ~3 posts a week
            out.append(s.ev(local(ZONE, d, rng.uniform(9, 22)), "facebook.post",
                            rng.choice(GRIEF if grieving else CHEERFUL)))
        if messages:
            for _ in range(4):
                out.append(s.ev(local(ZONE, d, rng.uniform(8, 22)), "facebook.message", rng.choice(ROUTINE),
                                thread="inbox/sam_1"))
        d += timedelta(days=1)
    return sorted(out, key=lambda e: e.sort_key)


def test_grief_posts_under_routine_messages_are_a_low_period() -> None:
    mood = infer(_life(), now=NOW).finding("mood")
    lows = mood.value["low_periods"]
    assert lows, mood.summary
    assert all(p["source"] == "posts" for p in lows)
    assert date.fromisoformat(lows[0]["start"]) <= LOSS + timedelta(days=21)
    assert date.fromisoformat(lows[-1]["end"]) >= HEALED - timedelta(days=28)
    assert all(LOSS - timedelta(days=7) <= date.fromisoformat(p["start"]) for p in lows)
    assert "(in your posts)" in mood.summary
    assert mood.confidence in (Confidence.LOW, Confidence.MEDIUM)  # one kind of text against the other
    assert "read apart, your posts show low periods your messages do not" in mood.confidence_basis
    assert mood.evidence.items and all(i.special == "health" for i in mood.evidence.items)  # withheld unflagged


def test_posts_alone_are_read_as_before() -> None:
    """Without messages the one kind is the whole: the periods come from the whole, source "all"."""
    mood = infer(_life(messages=False), now=NOW).finding("mood")
    assert mood.value["low_periods"] and {p["source"] for p in mood.value["low_periods"]} == {"all"}
    assert "read apart" not in mood.confidence_basis


def test_at_a_glance_keeps_the_longest_and_counts_the_rest() -> None:
    lows = [{"start": f"2022-{m:02d}-01", "end": f"2022-{m:02d}-28", "weeks": 4, "source": "all"} for m in (1, 3, 5)]
    lows.append({"start": "2023-02-06", "end": "2023-06-11", "weeks": 18, "source": "posts"})
    said = view._h_mood({"low_periods": lows})
    assert "(18 weeks, in your posts)" in said and said.endswith("and 1 shorter one.")
