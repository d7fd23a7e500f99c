"""The Art. 9 inventory says what its lists cannot read (the thirty-second pass's fresh tester T32A, M2).

A Russian and Hindi writer whose tweets told of antidepressants, an HIV test, a pregnancy, Pride and a vote was told
"No records relate to special categories.": the special-category lists read Russian and Hindi for religion only, and
the inventory alone of the keyword findings said nothing of the language gap. ART9F (T32B M10): the categories read
are per language, not per script (Chinese was "read for health, religion, politics and union" by Japanese kanji);
Russian now has its own lists, Hindi and Hebrew religion and union (ART939), Korean and Nepali none. Every text here is
invented.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from test_inference_synth import Stream

from dataexam.inference import infer
from dataexam.special_terms import TERMS, categories_read

NOW = datetime(2025, 6, 1, tzinfo=UTC)
T0 = datetime(2024, 1, 1, 9, tzinfo=UTC)

RUSSIAN = ["Сегодня долго гуляли по парку, погода была просто замечательная",
           "Купила новые книги в магазине возле университета, очень довольна",
           "Вечером готовили ужин с друзьями и смотрели старый фильм",
           "Завтра экзамен по статистике, надо ещё повторить лекции",
           "Поехали на выходных за город, там очень красиво и тихо",
           "Психиатр увеличил дозу антидепрессантов, посмотрим что будет",
           "Результат теста на ВИЧ пришёл, теперь можно выдохнуть",
           "Я беременна! Мы так долго этого ждали"]
HINDI = ["आज बाजार से ताज़ी सब्ज़ियाँ लाए और शाम को दोस्तों के साथ खाना बनाया",
         "डॉक्टर ने कहा मुझे मधुमेह है, अब इंसुलिन लेना होगा",
         "कल रात बहुत अच्छी फिल्म देखी, सबको पसंद आई"]


def _tweets(texts: list[str], n: int = 60) -> list:
    s = Stream("x.zip")
    return [s.ev(T0 + timedelta(days=i, hours=i % 7), "twitter.tweet", f"{texts[i % len(texts)]} {i}")
            for i in range(n)]


@pytest.mark.parametrize(("language", "reads"), [
    # ART939: Hindi, Hebrew and Arabic read for union too (ट्रेड यूनियन, हड़ताल; ההסתדרות, ועד עובדים; نقابة)
    ("hi", ("religion", "union")), ("he", ("religion", "union")), ("ar", ("health", "religion", "union", "sexuality")),
    ("ru", tuple(TERMS)), ("uk", tuple(TERMS)), ("sr", tuple(TERMS)), ("zh", tuple(TERMS)),
    ("zh-Hant", tuple(TERMS)), ("zh-TW", tuple(TERMS)), ("ja", tuple(TERMS)),
    ("en", tuple(TERMS)), ("de", tuple(TERMS)), ("pt", tuple(TERMS)),
    ("nb", ()),  # a Latin-script language the lists are not written in
    ("ko", ()), ("hi-Latn", ()),  # Hindi in Latin letters: none of the Devanagari terms
    # a language of a script the lists hold, with no list of its own: per language, not per script (ART9F)
    ("ne", ()), ("mr", ()), ("be", ()), ("bg", ()), ("yue", ()), ("sr-Latn", ()), ("zh-Latn", ()),
])
def test_the_categories_the_lists_read_in_a_language(language, reads):
    assert categories_read(language) == reads


KOREAN = ["오늘 공원에서 오래 산책했어요 날씨가 정말 좋았어요", "친구들과 저녁을 만들고 영화를 봤어요",
          "내일 통계 시험이 있어서 강의를 다시 봐야 해요", "주말에 시골에 갔는데 아주 조용하고 예뻤어요",
          "우울증 약을 먹기 시작했어요", "임신했어요! 팔 주째예요"]


def test_a_korean_and_hindi_writer_is_not_told_none_bare():
    f = infer(_tweets(KOREAN * 3 + HINDI), now=NOW, include_sensitive=True).finding("sensitive_signals")
    assert f.value == {}
    assert "No records relate to special categories." != f.summary
    assert f.summary.startswith("No record found to relate to special categories in what the lists read; not read: "
                                "100% of your texts are in Korean (")
    assert "Korean (90%; not read)" in f.summary
    # what is read and what is not, by name
    assert "Hindi (10%; read for religion and union only, not for health, politics or sexuality)" in f.summary
    assert f.summary.endswith("which the special-category lists do not read for the categories said.")
    assert f.caveats[0].startswith("Not read: 100% of your texts are in Korean")
    # nothing of the texts themselves is said
    assert "우울증" not in f.summary and "임신" not in f.summary


def test_a_russian_writer_is_read_in_russian():
    """T32A M2's Russian writer: antidepressants, an HIV test and a pregnancy are health in Russian's own list
    (ART9F), and Russian is no longer said unread."""
    f = infer(_tweets(RUSSIAN * 3), now=NOW, include_sensitive=True).finding("sensitive_signals")
    assert set(f.value) == {"health"}
    assert not any(c.startswith("Not read") for c in f.caveats)
    assert "Russian" not in f.summary


def test_an_english_writer_keeps_the_plain_none():
    english = ["Went for a long walk along the river this morning", "Baked bread with the kids after school",
               "The new library downtown is lovely and quiet", "Cycling to work again now that spring is here"]
    f = infer(_tweets(english), now=NOW, include_sensitive=True).finding("sensitive_signals")
    assert f.summary == "No records relate to special categories."
    assert not any(c.startswith("Not read") for c in f.caveats)


def test_a_found_category_still_says_what_went_unread():
    texts = HINDI[::2] * 6 + ["आज मंदिर गए, बहुत शांति मिली"] * 2
    f = infer(_tweets(texts), now=NOW, include_sensitive=True).finding("sensitive_signals")
    assert "religion" in f.value
    assert ("Not read: 100% of your texts are in Hindi (100%; read for religion and union only, not for health"
            in f.summary)
