"""Look-alike blockers exactly as wide as their look-alikes (LOOKALIKE2), and terms broken across a line (T34B M11).

The previous pass took everyday phrases out of a text before reading its special categories (test_art9_lookalikes).
An independent tester then found real special texts read as none because a blocker was wider than its look-alike:
我是酷儿女性 ("I am a queer woman": the blocker of 很酷|儿女 "very cool, the children"), 本地产检 ("a local prenatal
check": the blocker of 房地产|检查 "a real-estate inspection"), 化疗法 ("a chemotherapy method": the blocker of a -化
word before 疗法), 老家教会 ("my home town's church": the blocker of 家教|会 "the tutor will"), "the church close to
home" (Church Close, a street), "the gay street parade" (Gay Street, Knoxville), an "Ascension parish" mass (a
Louisiana parish), "in die Kirche im Dorf" (the idiom "die Kirche im Dorf lassen"), "al pastor" (to the pastor; the
dish tacos al pastor) and a wedding "in a white church" in Ukrainian, Russian and Serbian (the towns Біла Церква,
Белая Церковь, Бела Црква). A Chinese straddle now blocks only where its split is the likelier reading of the
characters around it, a name only written as one, an idiom only with its verb, a dish only as food. Each look-alike
blocked before stays blocked. Every text is invented.
"""

from __future__ import annotations

import pytest

from dataexam import special_terms
from dataexam.categories import special_category

# the tester's kinds of missed texts, rebuilt as sentences, and the same kind in the other forms and languages
REAL = [
    # Chinese: the word after or before the straddle makes the likelier split the special one
    ("我是酷儿女性，在上海工作。", "sexuality"), ("作为酷儿女生，我终于敢做自己了。", "sexuality"),
    ("她是一位酷兒女性藝術家。", "sexuality"), ("我的酷儿女友今天生日。", "sexuality"),
    ("她是一位酷儿歌手。", "sexuality"), ("关注了几个酷儿时尚博主。", "sexuality"), ("看了一部酷儿戏剧。", "sexuality"),
    ("今天在本地产检，一切正常。", "health"), ("回内地产检比香港便宜。", "health"),
    ("异地产检需要带什么材料？", "health"),
    ("在當地產檢很方便。", "health"),
    ("医生说这种化疗法副作用小。", "health"), ("新的化疗法效果不错。", "health"),
    ("這種化療法很辛苦。", "health"),
    ("我从小在老家教会长大。", "religion"), ("英国国家教会的历史很长。", "religion"),
    ("回老家教會過聖誕。", "religion"),
    # English
    ("We finally found a church close to home.", "religion"),
    ("The church close by has a lovely choir.", "religion"),
    ("Marching in the gay street parade today!", "sexuality"),
    ("Gay street parade this weekend, so excited", "sexuality"),
    ("Ascension parish mass tonight, then dinner.", "religion"),
    ("Volunteering at Ascension Parish after the Thursday vigil.", "religion"),
    ("St Charles parish youth group tonight.", "religion"),
    # German, Spanish
    ("Sonntags gehen wir in die Kirche im Dorf.", "religion"), ("Wir heiraten in der Kirche im Dorf.", "religion"),
    ("Le pedí consejo al pastor.", "religion"), ("Fuimos a saludar al pastor después del servicio.", "religion"),
    # Ukrainian, Russian, Serbian: a white church, not the town
    ("Ми вінчалися в білій церкві.", "religion"), ("Мы венчались в белой церкви.", "religion"),
    ("Венчали смо се у белој цркви.", "religion"), ("Біла церква на пагорбі, там ми вінчалися.", "religion"),
    ("Видели белую церковь на холме.", "religion"), ("Gay St. Patrick's Day parade!", "sexuality"),
    ("Our new gay head of year is lovely.", "sexuality"), ("Our Charlotte church hosts a food bank.", "religion"),
    ("St Landry parish mass at noon.", "religion"), ("记录我的爱滋生活。", "health"),
    # the church's other cases (the lists held four of each; the instrumental is the town's too: "під Білою Церквою")
    ("Зустрілися перед церквою.", "religion"), ("Встретились перед церковью.", "religion"),
    ("Нашли смо се пред црквом.", "religion"), ("Багато церков у місті.", "religion"),
    ("Много церквей в городе.", "religion"), ("Много цркава у граду.", "religion"),
    # T36: the special texts beside the new blockers (the parish passed through, Gay St, 白教堂区)
    ("Ascension Day mass at nine.", "religion"), ("Ascension mass, then lunch.", "religion"),
    ("Mass on Ascension Day with the kids.", "religion"), ("Christmas Eve mass was packed.", "religion"),
    ("gay pride on Gay St", "sexuality"), ("gay St. Louis bars are the best", "sexuality"),
    ("Gay St.Patrick's parade", "sexuality"), ("the gay st pete pride", "sexuality"),
    ("去白教堂做礼拜。", "religion"), ("去白教堂区做礼拜。", "religion"), ("那座白教堂很美。", "religion"),
    ("Driving through Ascension Parish to mass at Ascension parish church.", "religion"),
]
# the look-alikes each narrowed blocker was for (and more of their kind): still no special text
LOOK_ALIKES = [
    "这个玩具很酷儿子很喜欢。", "爸爸很酷儿女都喜欢他。", "好酷儿童乐园！", "这个很酷儿时的回忆。", "很酷儿歌也好听。",
    "房地产检查下周进行。", "财产检查下周进行。", "这家地产检查很严格。",
    "个性化疗法很受欢迎。", "多样化疗法适合不同的人。", "標準化療法", "强化疗效", "优化疗程",
    "家教会来我家。", "我的家教会说英语。", "新家教会教数学。", "老家教会了我勤劳。",
    "Our new flat is at 3 Church Close.", "Living on Church Close now.", "12 church close, Didcot",
    "Parking on Gay Street in Knoxville.", "Dinner at 400 gay street tonight", "Gay Street, Knoxville is busy",
    "brunch on gay street knoxville", "walking down gay street in knoxville",
    "Weekend in Gay Head, Martha's Vineyard.", "Charlotte Church sang the anthem.",
    "St. Landry Parish sheriff's office", "被爱滋生的情绪困扰。", "Живемо під Білою Церквою.",
    "Дача под Белой Церковью.",
    "Ascension Parish schools closed for the storm.", "Moved to Ascension Parish, Louisiana.",
    "Ascension Parish sheriff's deputies closed the road.", "St. Charles Parish council met on Tuesday.",
    "Jefferson Parish schools closed for the storm.", "Louisiana's Ascension Parish is growing fast.",
    "Man muss die Kirche im Dorf lassen.", "Lass mal die Kirche im Dorf.", "Wir sollten die Kirche im Dorf lassen.",
    "Er lässt die Kirche im Dorf.",
    "Tacos al pastor are the best.", "Un trompo de carne al pastor.", "Pedimos tacos de pastor y de suadero.",
    "Al pastor is the best taco.", "Al pastor tacos tonight!", "Gringas al pastor para llevar.",
    "Їду в Білу Церкву до бабусі.", "Поехали в Белую Церковь к бабушке.", "Идемо за викенд у Белу Цркву на језеро.",
    "Мы живём в Белой Церкви.", "БІЛА ЦЕРКВА, вулиця Гагаріна",
    # T36: a Louisiana parish driven through, Gay Street abbreviated, Whitechapel in Chinese
    "I-10 through Ascension Parish", "Traffic on I-10 through Ascension Parish this morning.",
    "Driving across St. Charles Parish now", "thru st landry parish on the way home",
    "gay st near the market, Knoxville", "Meet at gay st. near the market", "Coffee on Gay St.",
    "Gay St by the market", "Gay-St, Knoxville", "Gay St patio bar",
    "我住在白教堂区。", "白教堂區的咖啡館", "白教堂站见", "白教堂路上的市场",
    "Ascension Day: shops closed.", "Christmas Day service: trains run hourly.",
]


# T36: a fresh tester's look-alikes — makers' names in Amazon product titles, "pride in" one's own, streets named
# after a house of worship in six languages, a Louisiana parish on the road — each blocked exactly as wide as it is
T36_LOOK_ALIKES = [
    "Church & Dwight Arm & Hammer Baking Soda, 1 lb", "Church and Dwight baking soda",
    "Pride Mobility replacement battery",
    "Church's shoes, black Oxford", "Christian Dior Sauvage eau de toilette", "Diamond Crystal Kosher Salt, 3 lb",
    "Trinity Rolling Pin, beech",
    "Pride in our team", "So much pride in my daughter's graduation",
    "Mosque Road bus stop moved", "Synagogue Street bakery opened today", "Temple St night market",
    "Calle de la Iglesia, Madrid: mercado de domingo", "Rue de l'Église à Paris, marché le dimanche",
    "Die Evangelische Straße in Hamburg ist gesperrt", "Via della Chiesa 4, Firenze", "教会通りのカフェでランチ",
    "清真寺街的面馆很好吃",
    "Stuck on I-10 near Ascension Parish again", "Ascension Parish traffic is terrible", "I-10 Ascension Parish exit",
    "St. Bernard Parish weather: storms tonight",
    # German writes the street as one word (T36B: each was religion; a street-sign replica left out of spending)
    "Synagogenstraße 3, 2. OG", "Synagogengasse Wien", "Moscheestraße 1", "Kirchenstraße 4",
    "We walked down Synagogenstraße to the bakery", "Synagogenstraße Straßenschild Replik",
]
T36_REAL = [
    # a product whose own words are special keeps them beside the maker's name
    ("Pride Mobility Go-Go Elite Traveller mobility scooter", "health"),
    # pride as the march, and the marches named "Pride in …"
    ("Pride in London was amazing this year", "sexuality"), ("Pride in the Park tickets", "sexuality"),
    # worship on a street named after a house of worship: the other words find it
    ("Went to church on Church Street", "religion"), ("Pray at the mosque on Mosque Road", "religion"),
    ("Fui a misa en la iglesia de la Calle de la Iglesia", "religion"),
    ("Went to church St. Mary's this morning", "religion"), ("教会通りの教会で礼拝", "religion"),
    # a parish's church and its mass stay religion
    ("Mass at Ascension Parish church tonight", "religion"), ("Volunteering at Ascension Parish", "religion"),
    # the tester's misses
    ("私はゲイです", "sexuality"), ("僕はゲイの友達とゲイバーに行った", "sexuality"),
    ("Went to Mass at St. Paul's Cathedral this morning", "religion"), ("Am Sonntag zur Beichte gegangen", "religion"),
    ("Critical mass ride, then went to mass", "religion"),
    # ... worship at the house the street is named after
    ("Gebet in der Synagoge an der Synagogenstraße", "religion"), ("Freitagsgebet in der Moschee", "religion"),
]
# ゲイ's letters in everyday katakana words (gain, Gates, the Geisha coffee, Gary) and "mass" in its other senses
T36_KATAKANA_AND_MASS = ["ゲインを上げる", "ビル・ゲイツの本", "パナマ ゲイシャ コーヒー", "ゲイリーと会った",
                         "Mass Effect Legendary Edition (PS5)", "Critical mass bike ride Friday"]



@pytest.mark.parametrize(("text", "category"), REAL + T36_REAL)
def test_a_real_text_beside_a_look_alike_is_special(text: str, category: str) -> None:
    assert special_category(text) == category


@pytest.mark.parametrize("text", LOOK_ALIKES + T36_LOOK_ALIKES + T36_KATAKANA_AND_MASS)
def test_the_look_alike_stays_blocked(text: str) -> None:
    assert special_category(text) is None


def test_a_straddle_yields_to_the_likelier_word() -> None:
    """The characters a Chinese straddle is no look-alike after or before (special_terms.EVERYDAY_CONTEXT): each
    one makes the special reading (女|性 → 酷儿|女性), the phrase alone stays blocked."""
    for phrase, (before, after) in special_terms.EVERYDAY_CONTEXT.items():
        assert special_category(phrase) is None, phrase
        for char in before:
            assert special_category(f"{char}{phrase}") is not None, (char, phrase)
        for char in after:
            assert special_category(f"{phrase}{char}") is not None, (phrase, char)


def test_a_name_is_a_look_alike_only_written_as_one() -> None:
    """Every form of the three towns, Gay Head and Charlotte Church read everyday capitalised and special in lower
    case (a white church, a gay head of year, a church in Charlotte); a street also after a house number."""
    for phrase in special_terms.NAMES_ONLY:
        assert special_category(phrase.title()) is None, phrase
        assert special_category(f"в {phrase}") in ("religion", "sexuality"), phrase
    for phrase in special_terms.STREETS_ONLY:
        assert special_category(phrase.title()) is None, phrase
        assert special_category(f"14 {phrase}") is None, phrase
        assert special_category(f"the {phrase} nearby") is not None, phrase
    # a dotted İ lower-cases to two characters: the text as written no longer lines up, the name reads special
    assert special_category("İzmir, then Gay Street") == "sexuality"


# T34B M11: a term broken across a line in a post, or its two words joined by a hyphen
BROKEN = [
    ("Finally legal: same-\nsex marriage!", "sexuality"), ("same-\r\nsex couples can adopt", "sexuality"),
    ("Joined the trade\nunion today", "union"), ("Joined the trade\tunion today", "union"),
    ("the trade-union movement", "union"), ("Voted for the Labour\nParty", "politics"),
    ("Voted for the Labour  Party", "politics"), ("I'm homo-\nsexual and proud", "sexuality"),
    ("我是酷\n儿。", "sexuality"), ("今天去教\n会。", "religion"), ("Sunday-\nservice at nine", "religion"),
]
UNBROKEN_EVERYDAY = [
    "I take pride-\nful care of my garden", "same-\nday delivery", "a pride-\nand-\njoy moment", "e-mail from work",
    "green-party supplies", "这个很酷\n儿子很喜欢。", "Trade\nfair next week", "Gay\nStreet, Knoxville",
]


@pytest.mark.parametrize(("text", "category"), BROKEN)
def test_a_broken_term_is_read_whole(text: str, category: str) -> None:
    assert special_category(text) == category


@pytest.mark.parametrize("text", UNBROKEN_EVERYDAY)
def test_a_broken_everyday_word_stays_everyday(text: str) -> None:
    assert special_category(text) is None


def test_the_blanked_text_keeps_the_names_as_written() -> None:
    """``without_everyday`` with the text as written blanks a name only as one; without it, every phrase."""
    text = "Gay street parade, then Gay Street"
    lowered = text.lower()
    assert special_terms.without_everyday(lowered, text) == "gay street parade, then  "
    assert special_terms.without_everyday(lowered) == "  parade, then  "


@pytest.mark.parametrize("text", ["We celebrated same sex marriage being legal at last.",
                                  "A same sex couple moved in next door.", "Same sex partners welcome at the ball.",
                                  "Ten years in a same sex relationship today."])
def test_same_sex_without_its_hyphen_is_sexuality(text: str) -> None:
    # LOOKALIKE2 noticed: "same-sex marriage" was read, "same sex marriage" (no hyphen) was nothing
    assert special_category(text) == "sexuality"


def test_same_sex_schools_stay_everyday() -> None:
    # single-sex education is no one's sexual orientation
    assert special_category("Same sex schools are rare round here.") is None


@pytest.mark.parametrize("text", ["Cocina mexicana: al pastor, carnitas y barbacoa.",
                                  "Tacos: al pastor, suadero, lengua", "Pedimos al pastor y carnitas para todos."])
def test_al_pastor_on_a_menu_of_fillings_stays_the_dish(text: str) -> None:
    # T35 L1: a menu's list of fillings after "al pastor" (a comma between) was religion
    assert special_category(text) is None


def test_to_the_pastor_beside_a_menu_word_elsewhere_stays_religion() -> None:
    assert special_category("Hablé al pastor de mi iglesia; luego comimos carnitas.") == "religion"

