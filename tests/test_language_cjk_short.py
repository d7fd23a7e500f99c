"""Short posts in Chinese, Japanese or Korean are no short texts to the language count (the twenty-seventh pass's
final tester, T27D H3): a Facebook writer of 95 % posts of 11–15 Chinese characters read "You write in English
(100%)" at high, every Chinese post under the 20-character gate. A Han, kana or Hangul character now counts three
towards it. Invented texts."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from test_inference_synth import Stream, local

from dataexam.inference import infer
from dataexam.inference.text import LANG_MIN_CHARS, language_length

ZH = ["今天去夜市吃了蚵仔煎，好好吃。", "下雨天在家看書喝茶。", "週末和朋友去爬山，風景很美。",
      "這家咖啡店的拿鐵很好喝。",
      "晚上跟家人一起吃火鍋。", "捷運上人好多，好累。", "終於把報告寫完了！", "今天的夕陽特別漂亮。"]
EN = ["Finally finished the quarterly report for work today, time for a long weekend",
      "The night market was crowded but the oyster omelette was worth the queue"]


def test_a_short_chinese_post_is_long_enough_to_read() -> None:
    assert len(ZH[0]) < LANG_MIN_CHARS <= language_length(ZH[0])
    assert language_length("short english") == len("short english")
    assert language_length("Ça va très bien") == len("Ça va très bien")  # Latin letters with accents: as they are
    # T27E H2: Korean and Thai (and any script beyond Latin) weigh more too
    assert language_length("오늘 날씨 좋다") >= LANG_MIN_CHARS and language_length("สวัสดีครับวันนี้") >= LANG_MIN_CHARS


def test_a_writer_of_short_chinese_posts_writes_chinese() -> None:
    rng = random.Random(2)
    s = Stream("facebook-2024")
    events = []
    for i in range(400):
        day = date(2024, 1, 1) + timedelta(days=i // 2)
        # two short Chinese sentences a post: 56 distinct texts (the shares count each distinct text once, TEXTS3)
        text = rng.choice(EN) if i % 20 == 0 else "".join(rng.sample(ZH, 2))
        events.append(s.ev(local(ZoneInfo("Asia/Taipei"), day, rng.uniform(9, 22)), "facebook.post", text))
    langs = infer(sorted(events, key=lambda e: e.sort_key), now=datetime(2025, 1, 1, tzinfo=UTC)).finding(
        "languages")
    shares = langs.value["shares"]
    assert max(shares, key=shares.__getitem__).startswith("zh"), langs.summary
    assert sum(v for k, v in shares.items() if k.startswith("zh")) >= 0.7
    assert not langs.summary.startswith("You write in English")
