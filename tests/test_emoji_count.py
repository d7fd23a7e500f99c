"""Emoji are counted as Unicode defines them (T27A L2).

The writing style counted every character of U+2600–27BF as an emoji: a participant ending 30 posts with "✓"
(U+2713, no emoji) got 22.73 emoji per 100 words. Now Emoji_Presentation characters, emoji presentation sequences
(a symbol + U+FE0F), flags and keycaps count, each ZWJ sequence once.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from test_inference_synth import Stream

from dataexam.inference import infer
from dataexam.inference.emoji import PRESENTATION, count_emoji

# Emoji_Presentation=Yes below U+1F000, from Unicode's emoji-data.txt (unchanged from Emoji 5.0 to 15.1)
BMP_PRESENTATION = {0x231A, 0x231B, 0x23E9, 0x23EA, 0x23EB, 0x23EC, 0x23F0, 0x23F3, 0x25FD, 0x25FE, 0x2614, 0x2615,
                    *range(0x2648, 0x2654), 0x267F, 0x2693, 0x26A1, 0x26AA, 0x26AB, 0x26BD, 0x26BE, 0x26C4, 0x26C5,
                    0x26CE, 0x26D4, 0x26EA, 0x26F2, 0x26F3, 0x26F5, 0x26FA, 0x26FD, 0x2705, 0x270A, 0x270B, 0x2728,
                    0x274C, 0x274E, 0x2753, 0x2754, 0x2755, 0x2757, 0x2795, 0x2796, 0x2797, 0x27B0, 0x27BF, 0x2B1B,
                    0x2B1C, 0x2B50, 0x2B55}
# Emoji=Yes but text by default (Emoji_Presentation=No) in U+1F300–1F3FF, from the same file
TEXT_DEFAULT_1F3 = {0x1F321, *range(0x1F324, 0x1F32D), 0x1F336, 0x1F37D, 0x1F396, 0x1F397, 0x1F399, 0x1F39A,
                    0x1F39B, 0x1F39E, 0x1F39F, 0x1F3CB, 0x1F3CC, 0x1F3CD, 0x1F3CE, *range(0x1F3D4, 0x1F3E0),
                    0x1F3F3, 0x1F3F5, 0x1F3F7}


def test_the_generated_table_matches_unicode_emoji_data():
    assert {cp for cp in PRESENTATION if cp < 0x1F000} == BMP_PRESENTATION
    assert not PRESENTATION & TEXT_DEFAULT_1F3
    assert {0x1F600, 0x1F44B, 0x1F9D1, 0x1F004, 0x1F0CF, 0x1F18E, 0x1F21A} <= PRESENTATION
    assert not {0x2713, 0x2714, 0x2764, 0x2605, 0x1F202, 0x1F210, 0x1F3FB} & PRESENTATION


@pytest.mark.parametrize(("text", "n"), [
    ("done ✓", 0), ("★ ☐ ✗ ✓", 0), ("I ❤ NY", 0), ("✔", 0),  # symbols shown as text
    ("hi 👋", 1), ("✅ ⭐", 2), ("❤️ you", 1), ("✔️", 1),  # emoji by default, or asked for with U+FE0F
    ("🇩🇪", 1), ("👩‍💻", 1), ("👍🏽", 1), ("1️⃣", 1), ("🏳️‍🌈", 1), ("😀😀", 2),
])
def test_count_emoji(text, n):
    assert count_emoji(text) == n


def test_writing_style_does_not_count_check_marks():
    """The tester's P01: 30 posts each ending in "✓", 20 messages with a 👋: 20 emoji, not 50."""
    s = Stream()
    t0 = datetime(2024, 1, 1, 9, tzinfo=UTC)
    events = [s.ev(t0 + timedelta(hours=5 * i), "facebook.post", "Finished the garden fence today ✓")
              for i in range(30)]
    events += [s.ev(t0 + timedelta(hours=5 * i + 1), "facebook.message", "see you soon 👋", thread="inbox/a_1",
                    sender="Me", participants=2) for i in range(20)]
    style = infer(sorted(events, key=lambda e: e.sort_key), now=datetime(2025, 1, 1, tzinfo=UTC))
    value = style.finding("writing_style").value
    words = 30 * 5 + 20 * 3
    assert value["overall"]["emoji_per_100_words"] == round(100 * 20 / words, 2)  # 9.52; with the ✓ 23.81


def test_writing_style_counts_words_per_script():
    """Emoji and CAPS per 100 words of a Chinese writer (LIVES' limit, the twenty-eighth pass's LIMITS 3): a run
    of Han characters was one "word", so 30 posts of "今天去夜市吃了蚵仔煎，好好吃 😂 OMG" gave 1 emoji per 3 "words"
    (33.33 per 100); each Han character is now a word (as ``language_length`` weighs it), 13 Han + 1 Latin a post."""
    from dataexam.inference.text import word_count

    assert word_count("今天去夜市吃了蚵仔煎，好好吃 😂 OMG") == 14
    assert word_count("すごい！今日はWi-Fiが遅い") == 3 + 3 + 2 + 1 + 2  # kana and kanji each one; "Wi", "Fi"
    assert word_count("สวัสดีครับ") == 4  # Thai: 10 letters, a word per three
    assert word_count("안녕하세요 친구 Привет") == 3 and word_count("I'm fine, really") == 4
    s = Stream()
    t0 = datetime(2024, 1, 1, 9, tzinfo=UTC)
    events = [s.ev(t0 + timedelta(hours=5 * i), "facebook.post", "今天去夜市吃了蚵仔煎，好好吃 😂 OMG")
              for i in range(30)]
    style = infer(events, now=datetime(2025, 1, 1, tzinfo=UTC))
    overall = style.finding("writing_style").value["overall"]
    assert overall["emoji_per_100_words"] == round(100 * 30 / (30 * 14), 2)  # 7.14; was 33.33
    assert overall["caps_per_100_words"] == round(100 * 30 / (30 * 14), 2)
