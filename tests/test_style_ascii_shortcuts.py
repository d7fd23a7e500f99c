"""The writing-style counts of an ASCII text without the scans it cannot need (issue 16, PERF21).

A sampled text's style was read with five scans of it: its words (``_words``), its words again per script
(``word_count``), its letters and its unspaced-script letters (``unspaced``) and its emoji (``count_emoji``). An ASCII
text (9 in 10 of a generated X archive's texts) holds no letter of an unspaced script and no emoji (each needs a
character beyond ASCII, a keycap its U+20E3), and its words per script are its ``_ASCII_WORD`` words: the answers are
now given without those scans. Here every short-cut is held to the full scan it skips, on every ASCII character and on
invented texts, and the writing-style finding a user sees is the one the full scans give. The texts are invented.
"""

from __future__ import annotations

import random
import string
from collections import Counter
from datetime import UTC, datetime, timedelta

from test_inference_synth import Stream

from dataexam.inference import infer
from dataexam.inference.emoji import EMOJI, count_emoji
from dataexam.inference.text import (
    _LETTER,
    _SENT,
    _UNSPACED,
    _WORD,
    FUNCTION_WORDS,
    TextAggregator,
    _words,
    unspaced,
    word_count,
)

NOW = datetime(2025, 6, 1, tzinfo=UTC)
TEXTS = ["Went to the new ramen place near the station today. It was GREAT!!",
         "ok", "", "   ", "1234 5678", "#tbt @friend https://example.org/x?y=1", "WHY is the bus late AGAIN? :-( :)",
         "keycap look-alikes: #1 *2 3# and <3", "tabs\tand\nlines.  Two  spaces", "(c) (R) TM ^_^ ;-) x_x",
         "Café au lait 😀 ✔️ 1️⃣ 🇩🇪", "今天去夜市吃了蚵仔煎，好好吃。", "Tokyo 東京 trip was great",
         "İstanbul ſo Kelvin K", "© ® ‼ ™ ↔", "वाह! आज बिहान रोटी खाई।"]


def _random_ascii(rng: random.Random, n: int) -> list[str]:
    alphabet = string.printable
    return ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 80))) for _ in range(n)]


def _full_unspaced(text: str) -> bool:
    """``unspaced`` with both scans, as it read every text before."""
    letters = len(_LETTER.findall(text))
    return letters > 0 and 2 * len(_UNSPACED.findall(text)) >= letters


def _full_style(texts: list[tuple[str, float]]) -> Counter:
    """The style counts of ``texts`` (text, weight) with every scan (the code before the short-cuts)."""
    s: Counter = Counter()
    for text, weight in texts:
        words = _WORD.findall(text)  # on ASCII text the same words as _ASCII_WORD's
        s["sampled"] += weight
        s["words"] += weight * word_count(text)
        if _full_unspaced(text):
            s["unspaced"] += weight
        else:
            s["spaced"] += weight
            s["spaced_words"] += weight * len(words)
            s["sentences"] += weight * max(1, len(_SENT.findall(text)))
        s["function"] += weight * sum(map(FUNCTION_WORDS.__contains__, map(str.lower, words)))
        s["caps"] += weight * sum(1 for w in words if w.isupper() and len(w) > 1)
        s["emoji"] += weight * len(EMOJI.findall(text))
        s["exclaim"] += weight * text.count("!")
        s["question"] += weight * text.count("?")
        s["chars"] += weight * len(text)
    return s


def test_every_ascii_character_and_text_reads_no_emoji_and_no_unspaced_script():
    rng = random.Random(21)
    texts = [chr(c) for c in range(128)] + _random_ascii(rng, 3000) + [t for t in TEXTS if t.isascii()]
    for text in texts:
        assert count_emoji(text) == len(EMOJI.findall(text)) == 0, text
        assert unspaced(text) is _full_unspaced(text) is False, text
        assert word_count(text) == len(_words(text)) == len(_WORD.findall(text)), text


def test_texts_beyond_ascii_still_read_their_emoji_and_scripts():
    assert count_emoji("Café au lait 😀 ✔️ 1️⃣ 🇩🇪") == 4  # a face, a check with VS16, a keycap, a flag
    assert count_emoji("#\ufe0f\u20e3 ok") == 1 and count_emoji("#\u20e3") == 1  # a keycap's # is ASCII, U+20E3 not
    assert count_emoji("✓ done") == 0  # a text-default symbol (T27A L2)
    assert unspaced("今天去夜市吃了蚵仔煎，好好吃。") and not unspaced("Tokyo 東京 trip was great")
    for text in TEXTS:
        assert count_emoji(text) == len(EMOJI.findall(text)), text
        assert unspaced(text) is _full_unspaced(text), text


def test_style_counts_equal_the_full_scans():
    rng = random.Random(7)
    texts = [(t, 1 + (i % 5) / 3) for i, t in enumerate(TEXTS + _random_ascii(rng, 500))]
    texts += [(t + " 😀", 2.5) for t, _w in texts[:40]]
    agg = TextAggregator()
    for text, weight in texts:
        agg._style("twitter", text, weight)
    assert agg.style["twitter"] == _full_style(texts)


def _tweets(texts: list[str], n: int = 300) -> list:
    s = Stream("twitter-2024")
    t0 = datetime(2023, 1, 2, 12, tzinfo=UTC)
    return [s.ev(t0 + timedelta(hours=29 * i), "twitter.tweet", texts[i % len(texts)]) for i in range(n)]


def test_the_style_finding_of_an_ascii_writer_is_as_before():
    style = infer(_tweets(["Went to the new ramen place near the station with my sister today. It was really good.",
                           "Our cat slept on my keyboard all morning!! I got NOTHING done before lunch."]),
                  now=NOW).finding("writing_style")
    # the figures the full scans give (the commit before the short-cuts, the same texts)
    assert style.value["overall"] == {"words_per_sentence": 7.75, "function_word_share": 0.323,
                                      "emoji_per_100_words": 0.0, "caps_per_100_words": 3.23,
                                      "exclamations_per_text": 1.0, "questions_per_text": 0.0,
                                      "chars_per_text": 80.5}  # (17 + 14) words / 4 sentences; "NOTHING" 1 in 31
    assert style.value["unspaced_share"] == 0
    assert style.summary.startswith("7.75 words per sentence.")
