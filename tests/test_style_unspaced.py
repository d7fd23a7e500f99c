"""Words per sentence for scripts written without spaces (the twenty-seventh pass's fresh tester T27B, M3).

A person writing 70 % Japanese was "About 2 words per sentence" at high: Japanese has no spaces between words, so a
run of its letters counted as one word, and "。" ends no sentence. Words per sentence is now counted on the texts in
spaced scripts only, and said so; where too few are, it is not measured. The texts here are invented.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from test_inference_synth import Stream

from dataexam.inference import infer
from dataexam.inference.text import unspaced
from dataexam.report.view import _h_style

NOW = datetime(2025, 6, 1, tzinfo=UTC)
JA = ["今日は猫と一緒に公園を散歩しました。とても楽しかったです。",
      "新しいカフェのケーキが美味しかった！また行きたい。",
      "仕事が終わったので、これから友達と晩ご飯を食べに行きます。"]
EN = ["Went to the new ramen place near the station with my sister today. It was really good.",
      "Our cat slept on my keyboard all morning. I got nothing done before lunch."]  # 17 and 14 words, 2 sentences each


def _tweets(ja_every: int, n: int = 300) -> list:
    s = Stream("twitter-2024")
    t0 = datetime(2023, 1, 2, 12, tzinfo=UTC)
    return [s.ev(t0 + timedelta(hours=29 * i), "twitter.tweet",
                 JA[i % 3] if ja_every and i % 10 < ja_every else EN[i % 2]) for i in range(n)]


def test_unspaced_scripts_are_told_apart():
    assert unspaced(JA[0]) and unspaced("วันนี้อากาศดีมาก") and unspaced("我今天很高兴。")
    assert not unspaced(EN[0]) and not unspaced("오늘 날씨가 정말 좋네요.")  # Korean writes spaces
    assert not unspaced("Tokyo 東京 trip was great, back home now")  # mostly Latin letters


def test_words_per_sentence_is_counted_on_the_spaced_texts_only():
    style = infer(_tweets(7), now=NOW).finding("writing_style")  # 70 % Japanese
    assert style.value["overall"]["words_per_sentence"] == 7.5  # was 4.54: (14 + 17 + 14) / 6 on the English texts
    assert style.value["unspaced_share"] == 0.7
    assert style.summary.startswith("7.5 words per sentence (counted on the 30% of your texts in spaced scripts)")
    assert any(c.startswith("70% of the texts are in scripts written without spaces") for c in style.caveats)
    # the glance line says it too (T27D L4: "About 8 words per sentence." alone)
    assert _h_style(style.value) == "You write about 8 words per sentence (counted on the 30% of your texts in spaced "\
                                    "scripts)."


def test_words_per_sentence_is_not_measured_without_spaced_texts():
    style = infer(_tweets(10), now=NOW).finding("writing_style")  # all Japanese: was 2.0
    assert style.value["overall"]["words_per_sentence"] is None
    assert style.summary.startswith("Words per sentence not measured: 100% of your texts are in scripts written "
                                    "without spaces between words")
    assert "words per sentence" not in _h_style(style.value)


def test_an_english_writer_is_unchanged():
    style = infer(_tweets(0), now=NOW).finding("writing_style")
    assert style.value["overall"]["words_per_sentence"] == 7.75
    assert style.value["unspaced_share"] == 0
    assert style.summary.startswith("7.75 words per sentence")
    assert not any("without spaces" in c for c in style.caveats)
    assert _h_style(style.value) == "You write about 8 words per sentence."
