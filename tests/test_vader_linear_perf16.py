"""VADER in linear time gives VADER's own scores (PERF16 1, issue 16; T57D 3: one post of 2,000 emoji cost 4–8 s).

:class:`dataexam.inference.vaderlinear.LinearAnalyzer` rewrites VADER's three steps that copied or scanned the whole
token list per token; these tests compare its ``polarity_scores`` dictionary (neg, neu, pos, compound) with
vaderSentiment's own analyser on a seeded grid of texts made of everything those steps read: lexicon words in both
signs, boosters and dampeners (also in capitals), negations, "no", "least", "never so", "without doubt", VADER's
special-case idioms and n-gram boosters, one or several "but", emoji, emoticons, "!" and "?" — and on the long posts
the report met (2,000 emoji, with and without "but"). Time is measured in benchmarks/vader_long.py, not here.
"""

from __future__ import annotations

import random
from functools import lru_cache

import pytest
from vaderSentiment.vaderSentiment import BOOSTER_DICT, NEGATE, SPECIAL_CASES, SentimentIntensityAnalyzer

from dataexam.inference import text as text_module
from dataexam.inference.text import vader_compound
from dataexam.inference.vaderlinear import LinearAnalyzer


@lru_cache(maxsize=1)
def _both() -> tuple[SentimentIntensityAnalyzer, LinearAnalyzer]:
    return SentimentIntensityAnalyzer(), LinearAnalyzer()


def _vocabulary(vader: SentimentIntensityAnalyzer, rng: random.Random) -> list[str]:
    """Tokens that reach every rule VADER has, with plain words between them."""
    lexicon = sorted(vader.lexicon)
    positive = [w for w in lexicon if vader.lexicon[w] > 1.5]
    negative = [w for w in lexicon if vader.lexicon[w] < -1.5]
    emoji = sorted(vader.emojis)
    words = (rng.sample(positive, 40) + rng.sample(negative, 40) + rng.sample(lexicon, 40)
             + sorted(BOOSTER_DICT) + list(NEGATE) + [k for k in SPECIAL_CASES]
             + ["no", "No", "NO", "or", "nor", "least", "at", "very", "never", "so", "this", "without", "doubt",
                "kind", "of", "but", "But", "BUT", "the", "a", "it", "is", "was", "and", "I", "you", "isn't",
                "good", "GOOD", "bad", "BAD", "great!", "awful?", "love", "hate", "lol", ":)", ":(", ":D", "<3",
                "!!", "?", "??", "!!!", "...", "sort of", "kind of", "just enough", "upper hand"]
             + rng.sample(emoji, 30) + ["😂", "🙂", "😢", "❤", "👍"])
    return words


def _texts(n: int, seed: int) -> list[str]:
    vader, _linear = _both()
    rng = random.Random(seed)
    vocabulary = _vocabulary(vader, rng)
    out = []
    for _ in range(n):
        length = rng.choice((1, 2, 3, 4, 6, 9, 14, 25, 60, 150))
        tokens = [rng.choice(vocabulary) for _ in range(length)]
        glue = rng.choice((" ", " ", "", "  ", ", ", "\n"))  # "": emoji glued to words (VADER's loop spaces them)
        edge = rng.choice(("", "", " ", "\t", "\n ", " 😂"))  # VADER strips the text once its emoji are words
        out.append(edge + glue.join(tokens) + edge[::-1])
    return out


@pytest.mark.parametrize("seed", range(6))
def test_same_scores_as_vader_on_a_grid_of_texts(seed):
    vader, linear = _both()
    for text in _texts(400, seed):
        assert linear.polarity_scores(text) == vader.polarity_scores(text), text


def test_but_repeated_scores_follow_vaders_first_index_rule():
    """VADER's "but" step scales the *first* position holding an equal score, so equal scores before and after
    "but" interact (a score after "but" can halve one before it); the heap keeps that."""
    vader, linear = _both()
    rows = [" good ", "\tgood", "", " ", "😂", " 😂 ", "a😂b", "😂a", "a 😂",
            "good good but good good", "good but good", "GOOD good but good GOOD bad bad but bad",
            "love hate love but hate love hate but love", "no good but not good", "good " * 30 + "but " + "good " * 30,
            "but good", "good but", "but", "😂 😂 but 😂 😂", "😂😂😂but😂😂😂", "happy sad happy but sad happy sad"]
    for text in rows:
        assert linear.polarity_scores(text) == vader.polarity_scores(text), text


@pytest.mark.parametrize("pre, unit, count", [
    ("I'm not in the UAW ", "😂", 2000),
    ("", "🙂 ", 600),
    ("I love it but ", "😂", 600),
    ("Not bad at all. ", "very good but kinda bad! ", 150),
])
def test_same_scores_on_long_posts(pre, unit, count):
    """The 2,000-emoji post (T57D 3) and long posts with "but", boosters and negations: VADER's own scores, no cap."""
    vader, linear = _both()
    text = pre + unit * count
    want = vader.polarity_scores(text)
    assert linear.polarity_scores(text) == want
    assert vader_compound(text) == want["compound"]


def test_report_uses_the_linear_analyser():
    text_module._vader.cache_clear()
    assert isinstance(text_module._vader(), LinearAnalyzer)
