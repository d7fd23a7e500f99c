"""The demo's at-a-glance lines read as sentences (WORD59, T56C 6): "Read 68% of your texts, the English ones: a low
spell in your writing: 18 Jul – 28 Aug 2022" (the finding first now, its scope after), "About 9 words per sentence, US
spelling and you reply after …" and "100 Facebook friends, 74 X followers, you follow 103 on X and you message …" (one
subject each), "767 of 350–950" ("on a scale of"), "pet purchases (dog (17) and pet (1))" (no brackets in brackets),
"nappy size 1 (size 1 fits …)" (one size said once), "Move around 2022-05." and "A new pet? around 2021-07." (months
in words, the guess hedged by "perhaps")."""

from __future__ import annotations

import pytest

from dataexam.inference import interests
from dataexam.report import view


# -- the glance lines -----------------------------------------------------------------------------------------
def test_the_mood_glance_says_the_finding_first_and_its_scope_after() -> None:
    low = [{"start": "2022-07-18", "end": "2022-08-28", "weeks": 6}]
    line = view._h_mood({"low_periods": low, "share_read": 0.68})
    assert line == (
        "A low spell in your writing: 18 Jul – 28 Aug 2022 (6 weeks). Only your English texts were "
        "read, 68% of all you wrote."
    )
    assert view._h_mood({"low_periods": [], "share_read": 0.5}) == (
        "No low period in the tone of your writing. Only your English texts were read, 50% of all you wrote."
    )
    assert view._h_mood({"low_periods": low}) == "A low spell in your writing: 18 Jul – 28 Aug 2022 (6 weeks)."


@pytest.mark.parametrize(
    ("value", "said"),
    [
        (
            {
                "overall": {"words_per_sentence": 9.2},
                "spelling": {"variant": "US"},
                "reply_latency_median_minutes": 1200,
            },
            "You write about 9 words per sentence in US spelling and reply after about 20 h (median).",
        ),
        ({"overall": {"words_per_sentence": 9.2}}, "You write about 9 words per sentence."),
        ({"spelling": {"variant": "UK"}}, "You write in UK spelling."),
        ({"reply_latency_median_minutes": 30}, "You reply after about 30 min (median)."),
        ({}, ""),
    ],
)
def test_the_style_glance_is_one_sentence(value: dict, said: str) -> None:
    assert view._h_style(value) == said


@pytest.mark.parametrize(
    ("value", "said"),
    [
        (
            {
                "facebook_friends": 100,
                "twitter_followers": 74,
                "twitter_following": 103,
                "top_contacts": [{"name": "Mia Becker", "messages": 1628}],
            },
            "You have 100 Facebook friends and 74 X followers, follow 103 accounts on X and message Mia Becker most "
            "(1,628 messages).",
        ),
        ({"facebook_friends": 1}, "You have 1 Facebook friend."),
        ({"twitter_following": 1}, "You follow 1 account on X."),
        ({"top_contacts": [{"name": "Al", "messages": 3}]}, "You message Al most (3 messages)."),
        ({}, ""),
    ],
)
def test_the_social_glance_is_one_sentence(value: dict, said: str) -> None:
    assert view._h_social(value) == said


def test_the_trust_glance_says_its_scale() -> None:
    line = view._h_trust({"score": 767, "range": [350, 950], "band": "excellent"})
    assert line == "A mock 'trust score' would put you at 767 on a scale of 350–950 (excellent)."


@pytest.mark.parametrize(
    ("pets", "said"),
    [
        ({"dog": 17, "pet": 1}, "Your orders include 18 pet purchases (17 for a dog)."),
        ({"dog": 3}, "Your orders include 3 pet purchases (all for a dog)."),
        ({"pet": 1}, "Your orders include 1 pet purchase."),
        ({"cat": 2, "dog": 5, "pet": 1}, "Your orders include 8 pet purchases (5 for a dog and 2 for a cat)."),
    ],
)
def test_the_pet_purchases_have_no_nested_brackets(pets: dict, said: str) -> None:
    assert interests.household_sentence({"pets": pets}) == said


def test_one_nappy_size_is_said_once() -> None:
    child = {"baby_items": 4, "first": "2023-01", "last": "2023-01", "diaper_sizes": [["2023-01", 1]]}
    said = interests.household_sentence({"child_signals": child})
    assert said == "Your orders include 4 baby purchases (Jan 2023), nappy size 1 (fits a child of about 0–2 months)."
    child["diaper_sizes"] = [["2023-01", 1], ["2023-05", 3]]
    assert "nappy sizes 1 → 3 (size 3 fits a child of about" in interests.household_sentence({"child_signals": child})


@pytest.mark.parametrize(
    ("event", "said"),
    [
        ({"type": "move", "month": "2022-05"}, "a move around May 2022"),
        ({"type": "new_pet", "month": "2021-07"}, "perhaps a new pet around Jul 2021"),
        (
            {"type": "new_baby", "month": "2024-03", "why": "nappy size 1 from Mar 2024"},
            "perhaps a new baby around Mar 2024 (nappy size 1 from Mar 2024)",
        ),
        ({"type": "wedding", "month": "2023-02", "basis": "posts only"}, "posts mention a wedding around Feb 2023"),
    ],
)
def test_life_events_say_their_month_in_words(event: dict, said: str) -> None:
    assert interests.life_events_sentence([event]) == said


def test_the_life_events_row_says_its_month_in_words() -> None:
    finding = {"id": "life_events", "value": [{"type": "move", "month": "2022-05", "basis": "purchases"}]}
    rows = dict(view.facts(finding))
    assert rows["From your records"] == "a move around May 2022 (purchases)"
    finding["value"] = [{"type": "new_pet", "month": "2021-07", "basis": "purchases or searches"}]
    assert dict(view.facts(finding))["From your records"] == "perhaps a new pet around Jul 2021 (purchases or searches)"
    assert view._month_of("2022-05") == "May 2022" and view._month_of("soon") == "soon"
