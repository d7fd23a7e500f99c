"""Special-category texts read per language, not per script, and the phrasings the lists missed or over-read (ART9F).

T32B M10: a Chinese writer's depression, pregnancy, chemotherapy, HIV-test, coming-out and church posts gave "No
record found … read for health, religion, politics and union only": the lists' Han terms were Japanese, and a
category counted as read in every language of a term's script. Now each language written in another script has its
own list (``special_terms.OTHER_SCRIPTS``: Chinese, Simplified and Traditional; Russian, Ukrainian and Serbian
beside the Japanese, Arabic, Hebrew and Hindi ones), Han terms match without spaces and the Chinese word sequences
that hide a term across a word break are everyday (教会我 "taught me", 柜台 "counter"). T32B L1: "Started blockers
today" (puberty blockers) was no special text; "ad blockers" and "blockers in the lineup" must stay everyday. T32B
L2: a kin word after a line addressed to people ("Thanks for coming everyone. Dad") was a saying's source. T32C:
"London Pride on tap tonight" (Fuller's ale) was withheld as Pride. Every text here is invented.
"""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime, timedelta

import pytest
from test_inference_synth import Stream

from dataexam import special_terms
from dataexam.categories import special_category
from dataexam.inference import infer
from dataexam.inference.textrules import own_words

# -- 1. every term of another script is one language's, and in that language's script --------------------------------


def _script(term: str) -> str | None:
    letter = next((ch for ch in term if ch.isalpha()), None)
    return unicodedata.name(letter, "").split(" ")[0] if letter is not None else None


def test_every_term_of_another_script_belongs_to_a_language_list():
    listed = {t for lists in special_terms.OTHER_SCRIPTS.values() for terms in lists.values() for t in terms}
    other = {t for terms in special_terms.TERMS.values() for t in terms if _script(t) not in (None, "LATIN")}
    assert other <= listed  # so categories_read can say which language reads it
    for language, lists in special_terms.OTHER_SCRIPTS.items():
        for category, terms in lists.items():
            assert set(terms) <= set(special_terms.TERMS[category]), (language, category)


@pytest.mark.parametrize(("language", "scripts"), [
    ("zh", {"CJK"}), ("ja", {"CJK", "HIRAGANA", "KATAKANA"}), ("ru", {"CYRILLIC"}), ("uk", {"CYRILLIC"}),
    ("sr", {"CYRILLIC"}), ("ar", {"ARABIC"}), ("he", {"HEBREW"}), ("hi", {"DEVANAGARI"})])
def test_a_language_list_is_written_in_its_script(language, scripts):
    for terms in special_terms.OTHER_SCRIPTS[language].values():
        for term in terms:
            # Chinese writes the acronym HIV against its words without a space ("HIV检测"): Han follows it
            assert {unicodedata.name(ch).split(" ")[0] for ch in term if ch.isalpha()} & scripts, term


# -- 2. Chinese: the tester's seven texts, their Traditional forms, and the everyday word sequences ------------------

CHINESE = [
    ("确诊抑郁症三个月了，每天吃药", "health"), ("我怀孕了！八周了", "health"), ("今天去参加同志骄傲游行", "sexuality"),
    ("化疗第三次了，好累", "health"), ("HIV检测结果出来了，等医生", "health"),
    ("我是同性恋，今天跟爸妈说了", "sexuality"),
    ("今天去教堂做礼拜", "religion"),
    # Traditional (Taiwan, Hong Kong)
    ("確診憂鬱症三個月了", "health"), ("我懷孕了！八週了", "health"), ("化療第三次了，好累", "health"),
    ("HIV檢測結果出來了", "health"), ("我是同性戀，今天跟爸媽說了", "sexuality"), ("今天去教會做禮拜", "religion"),
    ("台北同志大遊行好熱鬧", "sexuality"), ("終於跟家人出櫃了", "sexuality"),
    ("支持LGBT群体", "sexuality"),
    # the other categories
    ("今天正式加入工会了", "union"), ("我是工會會員", "union"), ("我是党员", "politics"), ("我投給民進黨", "politics"),
    ("妈妈教会了我很多，也常去教会", "religion"),  # the church beside the verb stays
]
CHINESE_EVERYDAY = [
    "妈妈教会我做饭", "老师教会了我很多", "下礼拜一见", "去柜台取票，出柜台右转", "把衣服拿出柜子", "享受洗澡的时光",
    "文化疗愈工作坊", "安全生产检查通过了", "他是我的精神父亲", "同志们好", "女同学都来了", "员工会议开到很晚",
    "我知道教练很严格", "自信主要来自练习", "其中共有三个人", "期待产品上市", "生产后要检查", "仿佛教科书一样",
    "今天加班到很晚", "周末去爬山了，天气很好", "重读了《基督山伯爵》", "新买了一本烘焙圣经", "强化疗效的新配方",
    "优化疗程安排",
]


@pytest.mark.parametrize(("text", "category"), CHINESE)
def test_chinese_special_texts_are_read(text, category):
    assert special_category(text) == category


@pytest.mark.parametrize("text", CHINESE_EVERYDAY)
def test_chinese_everyday_word_sequences_are_not_special(text):
    assert special_category(text) is None


def test_japanese_is_still_read():
    assert special_category("糖尿病の検査に行った") == "health"
    assert special_category("日曜日は教会に行った") == "religion"
    assert special_category("労働組合の集会") == "union"


# -- 3. Cyrillic: Russian, Ukrainian and Serbian, each its own -------------------------------------------------------

CYRILLIC = [
    ("Психиатр увеличил дозу антидепрессантов", "health"), ("Результат теста на ВИЧ пришёл", "health"),
    ("Я беременна!", "health"), ("Вступила в профсоюз", "union"), ("Он гей и счастлив", "sexuality"),
    ("Голосую за КПРФ", "politics"),
    ("Вагітна вже два місяці", "health"), ("Зранку ходили до церкви", "religion"), ("Це наша церква", "religion"),
    ("Вступила до профспілки", "union"), ("Здала тест на ВІЛ", "health"), ("Ми геї", "sexuality"),
    ("Трудноћа иде добро", "health"), ("Јутрос смо били у цркви", "religion"), ("Члан сам синдиката", "union"),
    ("Парада поноса у Београду", "sexuality"), ("Петак у џамији", "religion"),
]
CYRILLIC_EVERYDAY = ["Трудный день на работе", "Гей, соколи!", "Прайд львов на охоте", "Віл тягне воза",
                     "Левовий прайд відпочиває"]


@pytest.mark.parametrize(("text", "category"), CYRILLIC)
def test_cyrillic_special_texts_are_read(text, category):
    assert special_category(text) == category


@pytest.mark.parametrize("text", CYRILLIC_EVERYDAY)
def test_cyrillic_everyday_words_are_not_special(text):
    assert special_category(text) is None


# -- 4. the tester's Chinese writer, end to end ----------------------------------------------------------------------

NOW = datetime(2025, 6, 1, tzinfo=UTC)
T0 = datetime(2024, 1, 1, 1, tzinfo=UTC)
ZH_OK = ["今天加班到很晚", "周末去爬山了，天气很好", "晚饭吃了火锅", "新买的书很好看", "地铁太挤了"]


def test_a_chinese_writer_is_read_in_chinese():
    s = Stream("x.zip")
    special = [t for t, _c in CHINESE[:7]]
    texts = [special[(i // 6) % 7] if i % 6 == 0 else ZH_OK[i % 5] for i in range(300)]
    events = [s.ev(T0 + timedelta(hours=5 * i), "twitter.tweet", f"{t} {i}", lang="zh")
              for i, t in enumerate(texts)]
    f = infer(events, now=NOW, include_sensitive=True).finding("sensitive_signals")
    assert set(f.value) == {"health", "religion", "sexuality"}
    assert f.value["health"]["records"] == sum(1 for t in texts if special_category(t) == "health")
    assert not any(c.startswith("Not read") for c in f.caveats) and "Not read" not in f.summary
    assert not any(t in f.summary for t in special)  # counted, never quoted in the summary


# -- 5. puberty blockers, not ad blockers (T32B L1) ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Started blockers today", "started blockers today, so nervous", "Three months on blockers now",
    "Blocker implant next week", "Finally prescribed blockers!", "I'm starting blockers in March",
    "Blockers appointment at 10", "Waiting for blockers for two years"])
def test_puberty_blockers_are_health(text):
    assert special_category(text) == "health"


@pytest.mark.parametrize("text", [
    "Started using ad blockers today", "Pop-up blockers are so annoying", "Two new blockers in the lineup tonight",
    "Who are the starting blockers?", "The starting blockers for tonight's match", "Installed a spam call blocker",
    "Ad blockers on every browser", "Our blockers were brilliant in the second set"])
def test_other_blockers_are_everyday(text):
    assert special_category(text) is None


# -- 6. Fuller's London Pride on tap (T32C) --------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "category"), [
    ("London Pride on tap tonight", None), ("London Pride on draught at the Red Lion", None),
    ("Had a London Pride at the Red Lion", None), ("Fuller's London Pride on cask", None),
    ("London Pride march today!", "sexuality"), ("At London Pride on the float tonight", "sexuality"),
    ("On my way to London Pride with the girls", "sexuality"),
    ("Pride march then London Pride on tap at the pub", "sexuality")])
def test_london_pride_the_ale_as_the_pub_serves_it(text, category):
    assert special_category(text) == category


# -- 7. a kin word or a name signing off a line addressed to people (T32B L2) ----------------------------------------

@pytest.mark.parametrize("text", [
    "Thanks for coming everyone. Dad", "Love you all — Mum", "Love you all, see you tomorrow x — Emma",
    "Merry Christmas to you all!! - Nan", "Night everyone x. Mum", "Thanks for a lovely evening everyone. Sarah",
    "Happy birthday to my best friend! Love, Tom"])
def test_a_sign_off_after_a_line_to_people_is_own_words(text):
    assert own_words(text) == (text, False)


@pytest.mark.parametrize("text", [
    "Be yourself; everyone else is already taken. — Oscar Wilde",  # "everyone" inside the saying: no address
    "Thank you for the days, those endless days — The Kinks",
    "All you need is love, love is all — The Beatles",
    "Be the change you wish to see in the world. Gandhi",
    "Never trust a man who does not like dogs. Mum"])
def test_a_saying_and_its_source_stay_quoted(text):
    assert own_words(text) == ("", True)
