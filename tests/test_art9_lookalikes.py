"""Everyday look-alikes of special-category words: names, places, a longer Chinese word or two words across whose break
a term lies, figures of speech (LOOKALIKE; T33B M1).

T33B's Ukrainian, Serbian and Chinese everyday writers were read for religion and sexuality by the name Христина
(Khrystyna, ``христ*``), the towns Біла Церква / Бела Црква (Bila Tserkva, Bela Crkva: ``церкву``, ``цркви``), a
bakery's "Храм укуса", 基督城 (Christchurch, NZ: ``基督``), 经过一场大雨的洗礼 (the "baptism" of the rain), 设计师的圣经
("the designer's bible") and 这个玩具很酷儿子很喜欢 (很酷 "very cool" + 儿子 "son" read as 酷儿 "queer"). The same class
in the other languages the lists hold: Christ Church meadow, Falls Church, Church Street, Eric Church, Temple Meads,
Jefferson Parish, tacos al pastor, Tory Burch, Enola Gay, Federico Chiesa, "Prière de ne pas fumer", "ins Gebet
nehmen", 昨天主教练 (主教练 "head coach" read as 天主教), 禁煙席 (a non-smoking seat), تمر السكري (Sukkari dates).
Every one must read no special category; a special word beside one keeps the text special. Every text is invented.
"""

from __future__ import annotations

import random
import unicodedata
from datetime import UTC, datetime, timedelta

import pytest
from test_hot_path import overlapping
from test_inference_synth import Stream

from dataexam import special_terms
from dataexam.categories import special_category
from dataexam.inference import infer

# the tester's look-alikes (t33b-inputs make.py ART9 "look"), as written
TESTER = [
    "Христина приїде завтра зранку.", "Вітаю Христину з днем народження!", "Їду в Білу Церкву до бабусі.",
    "Христина долази сутра ујутру.", "Идемо за викенд у Белу Цркву на језеро.", "Летовање у Белој Цркви је било супер.",
    "Храм укуса, најбоља пекара у граду!", "下个月去新西兰基督城旅游。", "经过一场大雨的洗礼，城市很干净。",
    "这本书是设计师的圣经。", "这个玩具很酷儿子很喜欢。",
]
# the class: names, places, Han words across a break, figures of speech, in the lists' languages
CLASS = [
    # Ukrainian, Russian, Serbian names and places
    "Привіт, Христю!", "Христина приїхала до Христинівки.", "Христо дојде утре.", "Павле Христић је написао драму.",
    "Христофор Колумб открыл Америку.", "Христина приедет завтра.", "Поехали в Белую Церковь к бабушке.",
    "Мы живём в Белой Церкви.", "Живимо у Белој Цркви.", "Храм науки — наш университет.",
    "Храм мистецтва відкрився після ремонту.", "Сказки Ганса Христиана Андерсена", "Ганс Христиан Андерсен",
    # Chinese: a place, words across a break (the segmenter's word list), figures of speech
    "下个月去巴基斯坦伊斯兰堡出差。", "昨天主教练说我们踢得很好。", "这个很酷儿时的回忆。", "好酷儿童乐园！",
    "被爱滋润的女人最美。", "他是一名畜牧师。", "家教会来我家。", "财产检查下周进行。", "保障妇女权益。",
    "女性少数民族干部。", "他研究精神科学。", "这本书被奉为设计界的圣经。", "经过岁月的洗礼，老房子更有味道。",
    "經過歲月的洗禮，老房子更有味道。", "这是程序员的圣经。", "战火洗礼后的城市。", "同志们，辛苦了！",
    "老同志骄傲地讲起当年的故事。",
    # Japanese and Arabic
    "全席禁煙のお店です。", "禁煙席でお願いします。", "تمر السكري من القصيم لذيذ",
    # English
    "Punting past Christ Church meadow this afternoon.", "Moved to Falls Church, Virginia last spring.",
    "Our new flat is on Church Street, number 12.", "Meet me at 4 Church Road.", "Eric Church concert was amazing.",
    "Charlotte Church sang the anthem.", "Train arrives at Bristol Temple Meads at 9.",
    "Watching the Temple Grandin film tonight.", "Called to the bar at Inner Temple.",
    "Jefferson Parish schools closed for the storm.", "The praying mantis on my balcony is huge.",
    "Trekking in the Hindu Kush.", "Tory Burch sandals on sale.", "New Tory Lanez album dropped.",
    "Enola Gay exhibit at the museum.", "Weekend in Gay Head, Martha's Vineyard.", "Bought mixed greens and spinach.",
    "Collard greens with dinner.", "New ad campaign for the shop.", "Lightning strike near the house.",
    "Bike chain lubricant and a pump.", "Michael Parkinson interview was great.",
    "Parkinson's law: work expands to fill the time.", "Playing Burnout Paradise all night.",
    "Insomnia Cookies delivered at midnight.", "Tropical depression forming in the Gulf.",
    "Watching Call the Midwife with mum.", "Soil fertility test for the garden.", "Gabriel Jesus scored twice.",
    "Pooja Sharma joined the team.", "Puja Banerjee's new show.",
    # Spanish, Italian, French, German, Turkish
    "Tacos al pastor are the best.", "Mi pastor alemán se llama Rex.", "Federico Chiesa scored again.",
    "Prière de ne pas fumer.", "Bon, la messe est dite.", "C'est pas très catholique tout ça.",
    "Jean Chrétien was prime minister.", "Un chapelet de saucisses au marché.", "Man muss die Kirche im Dorf lassen.",
    "Der Chef hat ihn ins Gebet genommen.", "Das Festival wurde 2010 aus der Taufe gehoben.",
    "Oruç Reis gemisi limana girdi.",
    # the brief's examples the lists never read (kept so): one word, no term inside it as a whole word or stem
    "Kristina and Christina are coming over.", "Flying to Christchurch next week.", "Holiday in Santa Cruz was great.",
    "Gaylord Opryland hotel was huge.", "Marvin Gaye on the radio.", "Кристина приедет завтра.", "在读《基督山伯爵》。",
]
# the special texts beside them stay special
STILL_SPECIAL = [
    ("Христос воскрес!", "religion"), ("Неділя, йду до церкви на літургію.", "religion"),
    ("Недеља, идем у цркву на литургију.", "religion"), ("Храм Христа Спасителя очень красивый.", "religion"),
    ("Їду в Білу Церкву, а потім до церкви на службу.", "religion"),
    ("Христина ходить до церкви щонеділі.", "religion"), ("Вірю в Христа.", "religion"),
    ("我受洗了。", "religion"), ("在教堂接受洗礼。", "religion"), ("我每天读圣经。", "religion"),
    ("我的圣经丢了。", "religion"), ("我是酷儿。", "sexuality"), ("作为酷儿，我很骄傲。", "sexuality"),
    ("我是天主教徒。", "religion"), ("周日去天主教堂。", "religion"), ("化疗效果不错。", "health"),
    ("做了艾滋病检测，爱滋病阴性。", "health"), ("我是基督徒。", "religion"),
    ("下个月去基督城，顺便去教堂做礼拜。", "religion"), ("我是女权主义者。", "politics"),
    ("周六去同志骄傲大游行。", "sexuality"),
    ("禁煙して3ヶ月、体調がいい。", "health"), ("مرض السكري", "health"),
    ("Went to church on Church Street.", "religion"), ("Pastor Mike preached today.", "religion"),
    ("Tacos al pastor after church.", "religion"), ("Pooja at the temple tonight.", "religion"),
    ("Durga puja celebrations.", "religion"), ("Diagnosed with Parkinson's last year.", "health"),
    ("Union strike vote tomorrow, join the trade union.", "union"), ("Proud to be gay.", "sexuality"),
    ("Ich gehe jeden Sonntag in die Kirche.", "religion"), ("Il va à la messe le dimanche.", "religion"),
]


@pytest.mark.parametrize("text", TESTER + CLASS)
def test_a_look_alike_is_no_special_text(text: str) -> None:
    assert special_category(text) is None


@pytest.mark.parametrize(("text", "category"), STILL_SPECIAL)
def test_a_special_text_beside_a_look_alike_stays_special(text: str, category: str) -> None:
    assert special_category(text) == category


def test_the_khrystyna_declension_is_whole() -> None:
    """Every case of the name in Ukrainian (Slovnyk.ua) and Serbian, and none of Christ's own forms."""
    for form in ("Христина", "Христини", "Христині", "Христину", "Христиною", "Христино", "Христине", "Христином",
                 "Христя", "Христі", "Христю", "Христею"):
        assert special_category(f"{form} сьогодні вдома.") is None, form
    for form in ("Христос", "Христа", "Христу", "Христом", "Христове", "христиан", "християни"):
        assert special_category(f"{form} сьогодні.") == "religion", form


def test_the_cut_phrase_regex_is_the_whole_one() -> None:
    """``everyday_rx`` (the phrases a text may hold) blanks exactly what EVERYDAY_RX blanks: every phrase as written,
    without its accents, in capitals lowered, glued to words and to other phrases, and random texts (issue 16)."""
    rng = random.Random(34)
    phrases = list(special_terms.EVERYDAY_PHRASES)
    texts = []
    for phrase in phrases:
        plain = "".join(c for c in unicodedata.normalize("NFKD", phrase) if not unicodedata.combining(c))
        texts += [phrase, f"x {phrase} y", f"{phrase}s", f"a{phrase}", plain, f"{phrase} {rng.choice(phrases)}",
                  phrase.replace(" ", "-"), f"({phrase})"]
    words = [w for p in phrases for w in p.split()] + ["the", "é", "-", "。", "church", "天", "教"]
    texts += ["".join(rng.choice(words) + rng.choice(" -,") for _ in range(rng.randint(1, 8))) for _ in range(3000)]
    for text in texts:
        text = text.lower()
        if any(p.rx.search(text) for p in special_terms.EVERYDAY_PATTERNS.values()):
            continue  # FIXART2: a class's regex (a strike beside an airline's word) blanks beside the phrases
        # ART41: phrases that overlap are each found ("mass avenue du temple"), blanked as one
        whole = [m.span() for m in overlapping(special_terms.EVERYDAY_RX, text)]
        assert special_terms.without_everyday(text) == special_terms.blanked(text, whole), text


NOW = datetime(2025, 6, 1, tzinfo=UTC)
T0 = datetime(2024, 1, 1, 1, tzinfo=UTC)
EVERYDAY = {"uk": ["Гарний день сьогодні, йдемо гуляти.", "Кава з друзями після роботи."],
            "sr": ["Леп дан данас, идемо у шетњу.", "Кафа са пријатељима после посла."],
            "zh": ["今天天气很好，我们去公园散步。", "下班回家做饭，吃了面条。"]}


@pytest.mark.parametrize("lang", ["uk", "sr", "zh"])
def test_a_writer_of_look_alikes_has_no_special_signal(lang: str) -> None:
    """The tester's writers end to end: a year of everyday posts with the look-alikes among them gives no
    sensitive-signal count (T33B: uk religion 18, sr religion 24, zh religion 18 and sexuality 6)."""
    s = Stream("x.zip")
    look = [t for t in TESTER + CLASS if special_terms._UNSPACED.search(t) or any(
        "\u0400" <= c <= "\u04ff" for c in t)]
    texts = [look[(i // 5) % len(look)] if i % 5 == 0 else EVERYDAY[lang][i % 2] for i in range(300)]
    events = [s.ev(T0 + timedelta(hours=5 * i), "twitter.tweet", f"{t} {i}", lang=lang) for i, t in enumerate(texts)]
    f = infer(events, now=NOW, include_sensitive=True).finding("sensitive_signals")
    assert not f.value, f.value
