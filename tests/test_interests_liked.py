"""A likes-only X account's interests (the thirty-first pass's tester, T31B X1: 40,000 liked tweets and no tweet of
his own; a quarter of the likes football — "What a goal! Benfica …", "Watching the Champions League final …" — and
the finding said "Your records point to cycling and cooking"). Liked tweets are other people's words, which the
person chose to like: the finding says "tweets you liked", and football's competitions and clubs are sports. Every
text here is invented.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from test_inference_synth import Stream

from dataexam.categories import interest_categories
from dataexam.inference import infer
from dataexam.inference.interests import interests_sentence

NOW = datetime(2025, 6, 1, tzinfo=UTC)
LIKED = ["What a goal! Benfica are flying tonight", "Watching the Champions League final with friends",
         "O Porto ganhou outra vez, que jogo incrível", "This recipe for bacalhau is perfect",
         "Cycling up the Serra da Estrela today", "New iPhone review is out"]


def _likes(n: int = 1200) -> list:
    """``n`` liked tweets (like.js keeps no time: undated), the texts above in turn."""
    s = Stream()
    return [s.ev(None, "twitter.like", LIKED[i % len(LIKED)]) for i in range(n)]


def test_a_likes_only_accounts_interests_are_tweets_it_liked_football_first() -> None:
    interests = infer(_likes(), now=NOW).finding("interests")
    rows = {r["category"]: r for r in interests.value}
    # 1,200 likes: 400 football in English (the Portuguese one is not read), 200 cooking, 200 cycling
    assert [r["category"] for r in interests.value] == ["sports", "cooking", "cycling"]
    assert rows["sports"]["records"] == 400 and rows["sports"]["signals"] == {"liked post": 400}
    assert set(rows["sports"]["terms"]) == {"what a goal", "benfica", "champions league"}
    assert interests.summary.startswith("Tweets you liked point to sports (liked post ×400)")
    assert interests_sentence(interests.value) == "Tweets you liked point to sports, cooking and cycling."
    assert interests.caveats[0].startswith("These rest mostly on tweets you liked: other people's words, which you "
                                           "chose to like")


def test_own_tweets_with_a_liked_interest_mark_that_row() -> None:
    s = Stream()
    own = [s.ev(datetime(2024, 3, 1 + i % 28, 10, tzinfo=UTC), "twitter.tweet", "Trying a new bread recipe",
                lang="en") for i in range(30)]
    liked = [s.ev(None, "twitter.like", "What a goal! Benfica are flying tonight") for _ in range(20)]
    interests = infer(own + liked, now=NOW).finding("interests")
    assert interests_sentence(interests.value) == "Your records point to cooking and sports (liked tweets)."
    assert interests.caveats[0].startswith("1 of 2 rest mostly on tweets you liked")


@pytest.mark.parametrize("text", ["Benfica 3-0, what a night", "Champions League draw today",
                                  "Premier League is back", "He scored a goal in the last minute",
                                  "FC Porto ganhou", "Atlético Madrid won the derby", "World Cup fever"])
def test_football_is_sports(text: str) -> None:
    assert "sports" in interest_categories(text)


@pytest.mark.parametrize("text", ["My goal this year is to read more", "Weekend in Porto with friends",
                                  "O Porto ganhou outra vez", "Sporting a new haircut"])
def test_everyday_goals_and_the_city_are_not_sports(text: str) -> None:
    assert "sports" not in interest_categories(text)


def test_liked_terms_past_the_cap_and_tallies_are_counted_record_by_record() -> None:
    # issue 16: a record whose categories all count under its one signal (likes) takes a loop of its own
    # (InterestAggregator._tally_plain): the same tallies and terms as record by record, the cap (MAX_TERMS distinct
    # terms per category, first seen first) and every count kept
    from collections import Counter

    from dataexam.categories import CATEGORIES, interest_matches
    from dataexam.inference.interests import MAX_TERMS, InterestAggregator

    words = [w for w in CATEGORIES["music"] if " " not in w and "-" not in w][:MAX_TERMS + 6]
    n = len(words)
    texts = [f"Tonight: {words[i % n]}, {words[(3 * i + 1) % n]} and the {words[(7 * i) % n]}" for i in range(240)]
    s = Stream()
    agg = InterestAggregator()
    for text in texts:
        agg.consume(s.ev(None, "twitter.like", text))
    expected: dict[str, Counter[str]] = {}
    tally: Counter[tuple[str, str, str, str, int]] = Counter()
    for text in texts:
        for c, terms in interest_matches(text):
            tally[c, "liked post", "twitter", "twitter.like", 0] += 1
            got = expected.setdefault(c, Counter())
            for t in terms:
                if t in got or len(got) < MAX_TERMS:
                    got[t] += 1
    assert agg.tally == tally and list(agg.tally) == list(tally)
    assert {c: list(v.items()) for c, v in agg.terms.items() if v} == {c: list(v.items()) for c, v in expected.items()}
    assert len(agg.terms["music"]) == MAX_TERMS
    rows = {r["category"]: r for r in infer([s.ev(None, "twitter.like", t) for t in texts], now=NOW)
            .finding("interests").value}
    assert rows["music"]["records"] == 240
    assert rows["music"]["terms"] == [t for t, _ in expected["music"].most_common(8)]
