"""Everyday senses of special words: listed phrases (:data:`EVERYDAY_SENSES`), their classes as regexes
(:data:`EVERYDAY_PATTERNS`) and where a phrase is or is not a look-alike (context, names, streets)."""

from __future__ import annotations

import re
from typing import NamedTuple

from ..lazyrx import lazy_compile
from .latin import ADMITTED_WHEN


class EverydaySense(NamedTuple):
    """Phrases in which a special category's word has another, everyday sense, and why (where the sense is from)."""

    reason: str
    phrases: tuple[str, ...]
    #: ART53: the look-alike holds only to its clause's end — a regex of what may stand between a phrase and the end
    #: of its text (closing punctuation aside: :func:`clause_end_guard`), "" for nothing; where anything else follows,
    #: another clause may be the stay or the operation the words were ("I was at the hospital for work and then for
    #: my surgery"), so there the text is read as written (withheld: the safe side). None: the look-alike holds
    #: wherever it stands.
    to_clause_end: str | None = None


def clause_end_guard(rest: str) -> str:
    """A phrase's :data:`EVERYDAY_NOT_BEFORE` for :attr:`EverydaySense.to_clause_end`: a regex over lower-cased text,
    matched right after the phrase, that turns it down unless ``rest`` (a regex), then closing punctuation
    (".", "!", "?", "…", ")"), ends the text."""
    return r"(?!" + rest + r"\s*[.!?…)]*\s*$)"


# subjects of the handbooks publishers title "The … Bible" ("The Baking Bible", "The Python Bible", "The Wine
# Bible", "The Cocktail Bible", "The Dog Bible"): a craft's reference book, no scripture
_HANDBOOK_SUBJECTS = (
    "python", "java", "javascript", "html", "css", "sql", "linux", "excel", "photoshop", "photography", "baking",
    "bread", "cake", "cookie", "pie and pastry", "pastry", "chocolate", "wine", "cocktail", "cocktails", "whisky",
    "whiskey", "beer", "cheese", "coffee", "sourdough", "vegan", "vegetarian", "keto", "slow cooker", "air fryer",
    "instant pot", "smoothie", "juicing", "soup", "salad", "curry", "grilling", "bbq", "barbecue", "grow",
    "gardening", "knitting", "crochet", "sewing", "quilting", "woodworking", "beekeeping", "fishing", "golf",
    "running", "marathon", "fitness", "bodybuilding", "makeup", "skincare", "dog", "puppy", "cat", "horse",
    "chicken", "guitar", "piano", "songwriter's", "screenwriter's", "writer's", "marketing", "copywriting",
    "investing", "trading", "poker", "chess")
_PARTY_ITEMS = ("supplies", "decorations", "decoration", "balloons", "plates", "favors", "favours", "cups",
                "napkins", "hats", "bags", "tableware", "banner", "streamers", "theme")

#: Phrases in which a word of :data:`TERMS` or of the keyword map has an everyday sense, by kind, each with where
#: the sense comes from (T29D L-d: "Pride and Prejudice" and "Queer Eye DVD" were sexuality, "The Python Bible" and
#: "Prayer plant Maranta" religion, "Green party supplies balloons" politics, "Cancer zodiac necklace" health, so
#: each was withheld by default and counted as an Art. 9 signal with ``--include-sensitive``). They are shared by
#: every language: the special categories of any text are read without the phrases it holds (whole words, any
#: case, a space also matching a hyphen, an accented letter also its plain one: "zodiaco cancer" as "zodiaco
#: cáncer"), so a text holding a special word besides them stays special ("Queer Eye fans at the Pride march").
#: A phrase that can be meant in the special sense is left out ("Jesus Christ Superstar", "Queer as Folk",
#: "hearing aids", "mobility aids", "children's bible", "study bible").
EVERYDAY_SENSES: dict[str, EverydaySense] = {
    "titles": EverydaySense(
        "titles of books, films, shows and games, as their publishers and studios write them",
        ("pride and prejudice", "pride & prejudice", "queer eye", "eat pray love", "tropic of cancer",
         "tropique du cancer", "trópico de cáncer", "pride rock", "pride lands", "temple of doom", "temple run")),
    "handbooks": EverydaySense(
        "a craft's reference book titled a bible: \"The Baking Bible\", Weber's \"Grill-Bibel\", \"La bible du "
        "pain\", \"La biblia del vino\" (publishers' titles)",
        (*(f"{subject} bible" for subject in _HANDBOOK_SUBJECTS),
            "grill bibel", "back bibel", "koch bibel", "brot bibel", "wein bibel", "garten bibel", "vegan bibel",
            "low carb bibel", "bible du pain", "bible du barbecue", "bible de la pâtisserie", "bible du chocolat",
            "bible du vin", "bible de la cuisine", "bible des cocktails", "bible du jardinage", "bible du tricot",
            "bible du bricolage", "bible de la photo", "biblia del vino", "biblia de la cocina", "biblia del pan",
            "biblia de la repostería", "biblia de la barbacoa", "biblia del café")),
    "plants": EverydaySense(
        "house plants' common names: Maranta leuconeura is the prayer plant (Gebetspflanze, plante prière, pianta "
        "della preghiera), Ceropegia woodii the rosary vine (the Royal Horticultural Society's plant finder)",
        ("prayer plant", "prayer plants", "gebetspflanze", "gebetspflanzen", "plante prière", "plantes prières",
         "plante de prière", "pianta della preghiera", "piante della preghiera", "rosary vine", "rosary vines")),
    "party supplies": EverydaySense(
        "party supplies by colour, as the shops' categories name them (a green party is a party in green)",
        tuple(f"green party {item}" for item in _PARTY_ITEMS)),
    "zodiac": EverydaySense(
        "the zodiac sign Cancer, as astrology jewellery and horoscopes name it (English, French, Spanish)",
        ("cancer zodiac", "zodiac cancer", "cancer zodiac sign", "cancer star sign", "cancer horoscope",
         "signe du cancer", "signe astrologique cancer", "zodiaque cancer", "horoscope cancer", "signo cáncer",
         "signo de cáncer", "signo zodiacal cáncer", "zodiaco cáncer", "horóscopo cáncer")),
    "aids": EverydaySense(
        "\"aids\" the plural of \"aid\" (HIV/AIDS is a health term): teaching and study aids, sticking plasters",
        ("teaching aids", "visual aids", "audio visual aids", "study aids", "learning aids", "training aids",
         "navigation aids", "kitchen aids", "memory aids", "swim aids", "swimming aids", "band aids")),
    "history": EverydaySense(
        "\"depression\" as the economic crisis of the 1930s and the glassware collected from it — only where the "
        "words say so (\"the Great Depression\", \"the Depression era\"): \"my depression era\" is today's slang for "
        "one's own low mood, and \"fell into a great depression\" is a person's (T30C C1: the bare two-word phrases "
        "read those as history)",
        ("depression glass", "depression era glass", "the great depression", "the depression era",
         "great depression of the 1930s", "great depression of 1929", "1930s great depression")),
    "names": EverydaySense(
        "names of places, people and things holding such a word (Temple Bar in Dublin, Temple University, the "
        "Shirley Temple drink, the band Stone Temple Pilots, the chemist Gay-Lussac) and the idiom retail therapy",
        ("temple bar", "temple university", "shirley temple", "stone temple pilots", "gay lussac",
         "retail therapy",
         # FIXART3 (T41 L: "Temple station, District line" read religion): London Underground's Temple station
         "temple station", "temple tube station", "temple underground station",
         # ART44 (T43: "Temple Owls football", "Temple Newsam" read religion): Temple University's teams, Leeds's
         # Temple Newsam house and park, London's Temple Fortune, Somerset's Temple Cloud, the film director Julien
         # Temple (the US cities: "temple as a place")
         "temple owls", "temple newsam", "temple fortune", "temple cloud", "julien temple")),
}
# ART9 (T31B A1): the look-alikes of the gender-transition terms (GENDER_TRANSITION)
EVERYDAY_SENSES["transition look-alikes"] = EverydaySense(
    "a book's title and the letter T in brands: Cordelia Fine's \"Testosterone Rex\" (2017) is on sex differences, "
    "no one's therapy; \"six months on T-Mobile\", \"a year on T-shirts\" are no months on testosterone",
    ("testosterone rex", *(f"{unit} on t-{thing}" for unit in ("day", "days", "week", "weeks", "month", "months",
                                                                 "year", "years")
                           for thing in ("mobile", "shirt", "shirts", "online", "bana"))))
# ART9E (note45: "Pride of Britain" and the Croatian broadcaster "HRT" were withheld as special): "pride" in its
# everyday senses and the names that hold it, HRT as Croatia's public broadcaster, "top surgery" as a ranking,
# "at the GIC" as an investment's rate
EVERYDAY_SENSES["pride"] = EverydaySense(
    "\"pride\" as self-respect, a lions' group and in names (Oxford's and Collins's idioms \"pride and joy\", "
    "\"pride of place\", \"swallow one's pride\", \"take pride in\", \"pride comes before a fall\"; the Daily "
    "Mirror's Pride of Britain Awards, broadcast by ITV since 1999; P&O Ferries' ships Pride of Kent, of Canterbury, "
    "of Hull, of Rotterdam, of Bruges, of York, of Burgundy; the film \"The Pride of the Yankees\" (1942); the NWSL "
    "club Orlando Pride); a Pride march, Pride month or \"so much pride at Pride\" stays special",
    ("pride of britain", "pride of britain awards", "pride of place", "pride and joy", "pride of lions",
     "pride of the yankees", "orlando pride", "national pride", "civic pride", "school pride", "wounded pride",
     "hurt pride", "sense of pride", "pride comes before a fall", "pride goes before a fall",
     "pride before a fall", "pride myself", "pride yourself", "pride himself", "pride herself", "pride ourselves",
     "pride themselves",
     *(f"{verb} {whose} pride" for verb in ("swallow", "swallowed", "swallowing", "hurt", "wounded")
       for whose in ("my", "your", "his", "her", "our", "their")),
     *(f"{verb} pride in" for verb in ("take", "takes", "took", "taking", "taken", "great", "real")),
     # T36 ("Pride in our team", "so much pride in my daughter's graduation" were sexuality): pride in someone or
     # something of one's own is the feeling ("Pride in London", "Pride in the Park" — the marches — stay)
     *(f"pride in {whose}" for whose in ("my", "your", "his", "her", "our", "their")),
     *(f"pride of {ship}" for ship in ("kent", "canterbury", "hull", "rotterdam", "bruges", "york", "burgundy",
                                        "dover", "calais", "bilbao", "portsmouth", "cherbourg", "le havre")),
     # T32B M5: Derby County's ground (Pride Park Stadium), a lions' group said the other way round, a nation's or a
     # city's pride, the former Japanese MMA promotion (Pride Fighting Championships), and Fuller's London Pride
     # ale with a beer word beside it ("on my way to London Pride" stays the march)
     "pride park", "pride park stadium", "lion pride", "lions pride", "pride of the nation", "pride of the city",
     "pride of the club", "pride of the team", "pride fc", "pride fighting championships",
     "london pride ale", "london pride beer", "fuller's london pride", "fullers london pride",
     *(f"{glass} of london pride" for glass in ("pint", "pints", "bottle", "bottles", "half", "glass", "can")),
     # ART9F (T32C: "London Pride on tap tonight" was withheld: the beer words above stood before the name or were
     # "ale"/"beer" after it, and a pub's way of serving it said none): the ale as the pub serves it, and a drink of
     # it had or ordered at a place ("Had a London Pride at the Red Lion"); "at London Pride" stays the march
     *(f"london pride on {serving}" for serving in ("tap", "draught", "draft", "cask", "handpump", "hand pump",
                                                     "the pumps", "the bar")),
     *(f"{verb} a london pride at" for verb in ("had", "having", "have", "ordered", "order", "grabbed", "grab",
                                               "drinking", "drank", "enjoying", "enjoyed"))))
EVERYDAY_SENSES["broadcaster"] = EverydaySense(
    "HRT, Hrvatska radiotelevizija, Croatia's public broadcaster: its channels HRT 1–HRT 4 (HRT1 … as one word is "
    "no term), its news (\"HRT vijesti\", \"Dnevnik HRT\"), \"gledam HRT\", \"watching HRT\"; a count after HRT "
    "(\"HRT 1 year today\") or HRT at work (\"watching HRT do its thing\") stays special (GENDER_TRANSITION)",
    ("hrt 1", "hrt 2", "hrt 3", "hrt 4", "hrt vijesti", "hrt dnevnik", "dnevnik hrt", "hrt radio",
     "hrt croatia", "croatian hrt", "gledam hrt", "watching hrt", "watch hrt", "watched hrt",
     "hrt eurovision", "hrt dora"))
EVERYDAY_SENSES["training"] = EverydaySense(
    "HRT as heart rate training, runners' and cyclists' shorthand (\"Zone 2 HRT run\"; T32B M5), with a sport's word "
    "beside it",
    ("zone 2 hrt", "zone two hrt", "hrt run", "hrt runs", "hrt ride", "hrt rides", "hrt workout", "hrt workouts"))
EVERYDAY_SENSES["rankings"] = EverydaySense(
    "\"top\" as the best: rankings of surgery departments, hospitals and residencies (\"Top surgery hospitals "
    "in India\", \"top surgery residency programs\"), not the chest surgery",
    tuple(f"top surgery {what}" for what in ("hospital", "hospitals", "department", "departments", "centre",
                                             "centres", "center", "centers", "program", "programs", "programme",
                                             "programmes", "residency", "residencies", "school", "schools",
                                             "journal", "journals", "ranking", "rankings", "colleges")))
# ART48: German "operiert" (operated on, health: latin.TERMS) is also a firm's or a force's operating ("Die Firma
# operiert weltweit", Duden's second sense of "operieren": to act, to proceed)
EVERYDAY_SENSES["operating firms"] = EverydaySense(
    "German \"operiert\" as a firm, a network or a force operates somewhere (Duden: operieren, \"in bestimmter "
    "Weise vorgehen\"): \"Die Firma operiert weltweit\", \"operiert von Berlin aus\"",
    tuple(f"operiert {where}" for where in ("weltweit", "international", "global", "europaweit", "bundesweit",
                                            "landesweit", "von", "aus", "im ausland", "vom")))
EVERYDAY_SENSES["investments"] = EverydaySense(
    "GIC, a Canadian bank's guaranteed investment certificate, at its rate (\"locked in at the GIC rate\")",
    ("at the gic rate", "at the gic rates"))
EVERYDAY_SENSES["han words"] = EverydaySense(
    "Chinese word sequences holding a term of OTHER_SCRIPTS[\"zh\"] across a word break (Han has no spaces: such a "
    "phrase is blanked wherever it stands; CC-CEDICT's senses): 教会 \"taught\" before whom was taught "
    "(妈妈教会我做饭), 神父 inside 精神父亲 (a spiritual father), 佛教 after 仿佛 (as if), 出柜 before 柜台/柜子 (a "
    "counter, a cupboard), 受洗 before a wash (享受洗澡 \"enjoy a bath\"), 化疗 inside 文化疗愈, 强化疗效, 优化疗程 "
    "(culture's healing, to strengthen an effect, to optimise a course), 产检 inside 生产检查 (a production check), "
    "保險套 inside 保險套餐 (an insurance package); 基督山伯爵 (The Count of Monte Cristo) and 烘焙圣经 (a baking "
    "handbook)",
    (*(f"{taught}{whom}" for taught in ("教会", "教會", "教会了", "教會了")
       for whom in ("我", "你", "他", "她", "孩子", "大家", "自己")),
     *(f"出{cupboard}" for cupboard in ("柜台", "櫃台", "櫃檯", "柜子", "櫃子")),
     *(f"受{wash}" for wash in ("洗澡", "洗车", "洗車", "洗衣", "洗碗", "洗头", "洗頭", "洗脸", "洗臉", "洗手")),
     "精神父", "仿佛教", "文化疗", "文化療", "强化疗", "強化療", "优化疗", "優化療", "生产检", "生產檢", "保險套餐",
     # titles: Dumas's "The Count of Monte Cristo" (基督山伯爵) and a craft's handbook titled a bible (烘焙圣经)
     "基督山", *(f"{craft}{bible}" for craft in ("烘焙", "咖啡", "葡萄酒", "摄影", "攝影", "健身", "投资", "投資",
                                                 "营销", "行銷", "烹饪", "烹飪") for bible in ("圣经", "聖經"))))
EVERYDAY_SENSES["lions"] = EverydaySense(
    "Russian and Ukrainian прайд as a lions' group (\"прайд львов\", \"левовий прайд\"), as English \"pride of lions\"",
    ("прайд львов", "львиный прайд", "прайд левів", "левовий прайд"))
# LOOKALIKE (T33B M1: a Ukrainian and a Serbian writer's "Христина приїде завтра", "Їду в Білу Церкву", "Храм
# укуса", a Chinese writer's 基督城 trip, 大雨的洗礼, 设计师的圣经 and 很酷儿子 were read as religion and sexuality):
# the words of the lists inside people's and places' names, inside a longer everyday Chinese word or across the
# break between two, and in figures of speech, in every language the lists hold. Han compounds and straddles were
# found by running every OTHER_SCRIPTS["zh"] term against the word list of the jieba segmenter (its dict.txt,
# 349,046 words with counts, built from the People's Daily corpus; looked at once while writing this, not shipped):
# each longer word holding a term and each pair of common words whose break a term crosses (酷|儿子 → 很酷儿子,
# 天|主教练 → 昨天主教练, 爱|滋润, 畜牧|师, 财产|检查, 妇女|权益, 女性|少数民族, 精神|科学), kept where the pair is
# said and never the special sense.
# the Louisiana parishes a church's parish is also named after (the feast of the Ascension, St Bernard, St Charles
# Borromeo), and what stands after the state's parish (its civil bodies, services and places; the state's own
# parish governments and school boards name themselves so: "Ascension Parish School Board")
_CHURCH_NAMED_PARISHES = ("ascension", "st bernard", "st charles", "st landry", "st. bernard", "st. charles",
                          "st. landry", "saint bernard", "saint charles", "saint landry")
# T36: houses of worship a street is named after, the street words after them (English), and the Romance
# languages' "street of the church" (Spanish calle/avenida/plaza, French rue/avenue/place, Italian via/piazza)
_HOUSES = ("mosque", "synagogue", "temple")  # (chapel, cathedral, abbey, minster are no term: "Abbey Road" reads none)
_STREET_WORDS = ("street", "st", "road", "rd", "lane", "ln", "avenue", "ave", "square", "place", "row")
_STREETS_OF = (*((street, of, house) for street in ("calle", "avenida", "plaza", "callejón")
                 for of, house in (("de la ", "iglesia"), ("", "iglesia"), ("de la ", "mezquita"),
                                   ("de la ", "sinagoga"))),
               # ART42 (T40B: "Boulevard du Temple" read religion): the other French thoroughfares of Paris's street
               # names (boulevard, quai, cours, passage, square, villa, cité), as "rue du Temple"
               *((street, of, house) for street in ("rue", "avenue", "place", "impasse", "chemin", "allée",
                                                    "boulevard", "bd", "quai", "cours", "passage", "square", "villa",
                                                    "cité")
                 for of, house in (("de l'", "église"), ("de la ", "mosquée"), ("de la ", "synagogue"),
                                   ("du ", "temple"))),
               *((street, of, house) for street in ("via", "piazza", "vicolo")
                 for of, house in (("della ", "chiesa"), ("", "chiesa"))))
_PARISH_CIVIL = tuple(f" {civil}" for civil in (
    "louisiana", "la", "school board", "schools", "public schools", "school district", "sheriff", "sheriff's office",
    "council", "government", "president", "assessor", "clerk of court", "courthouse", "library", "jail",
    "fire department", "emergency", "ems", "line", "residents", "voters", "flooding", "water", "sewer", "roads",
    "deputies", "deputy", "district attorney", "coroner", "tax", "taxes", "parks", "animal shelter", "jury",
    "economic development",
    # T36 ("Ascension Parish traffic" was religion): the parish's roads and weather, as a commute or a news item says
    "traffic", "road", "highway", "interstate", "exit", "bridge", "weather", "storm", "power outage", "crash",
    "accident", "detour", "commute"))
# the words before a parish that make it a place passed through (a road or a drive through Louisiana: T36)
_PARISH_PASSAGE = ("through", "thru", "across", "crossing", "entering", "leaving", "traversing",
                   # T36 ("Stuck on I-10 near Ascension Parish"): near, past or into it on a road, and the state's
                   # interstates and highways named before it ("I-10 Ascension Parish")
                   "near", "past", "into", "outside", "i-10", "i 10", "i10", "i-12", "i 12", "i-49", "i-55",
                   "interstate 10", "interstate 12", "la 30", "la 44", "la 42", "us 61", "airline highway",
                   "highway", "hwy")
# (LOOKALIKE2: with the instrumental, "під Білою Церквою", "под Белой Церковью", "са Белом Црквом"; a name only as
# written capitalised, NAMES_ONLY)
_UK_BILA_TSERKVA = ("біла церква", "білої церкви", "білій церкві", "білу церкву", "білою церквою")
_RU_BELAYA_TSERKOV = ("белая церковь", "белой церкви", "белую церковь", "белой церковью")
_SR_BELA_CRKVA = ("бела црква", "беле цркве", "белој цркви", "белу цркву", "белом црквом")
EVERYDAY_SENSES["given names"] = EverydaySense(
    "given names and surnames holding a term: the Ukrainian, Russian and Serbian women's name Христина (Khrystyna, "
    "Hristina) and the Ukrainian pet form Христя in every case (Slovnyk.ua's and Matica srpska's declensions), the "
    "men's names Христо (Serbian, Bulgarian) and Христофор (Christopher), the surnames Христенко and Христић, the "
    "Russian \"Ганс Христиан Андерсен\"; Eric Church and Charlotte Church (singers), Temple Grandin, Michael "
    "Parkinson, Federico Chiesa (footballer), Jean Chrétien (Canada's prime minister 1993–2003), Chrétien de "
    "Troyes, Gabriel Jesus and Jesús Navas (footballers), Tory Burch (a fashion brand) and Tory Lanez (a rapper), "
    "Roxane Gay, Gay Talese, the Enola Gay (the B-29), Oruç Reis (the admiral and the Turkish survey ship); Pooja / "
    "Puja, one of the commonest Indian women's names, with a surname after it (the commonest Indian surnames; "
    "\"Pooja\" alone stays the ritual)",
    (*(f"христин{end}" for end in ("а", "и", "і", "у", "ою", "о", "е", "ом", "ой", "ы", "ка", "ки", "ці", "ку",
                                    "кою", "онька", "оньки", "оньку")),
     "христя", "христі", "христю", "христею", "христо",
     *(f"христофор{end}" for end in ("", "а", "у", "ом", "е", "ові")),
     "христенко", "христенка", "христенку", "христић", "христића", "христићу",
     *(f"{hans} {christian}" for hans, christian in (
         ("ганс", "христиан"), ("ганса", "христиана"), ("гансу", "христиану"), ("гансом", "христианом"),
         ("христиан", "андерсен"), ("христиана", "андерсена"), ("христиану", "андерсену"),
         ("христианом", "андерсеном"))),
     "eric church", "charlotte church", "temple grandin", "michael parkinson", "federico chiesa",
     "enrico chiesa", "jean chrétien", "chrétien de troyes", "gabriel jesus", "jesús navas", "tory burch",
     "tory lanez", "roxane gay", "gay talese", "enola gay", "oruç reis",
     *(f"{name} {surname}" for name in ("pooja", "puja")
       for surname in ("sharma", "patel", "singh", "gupta", "kumar", "kumari", "shah", "mehta", "joshi", "verma",
                       "reddy", "jain", "agarwal", "yadav", "desai", "nair", "iyer", "rao", "banerjee", "chopra",
                       "kapoor", "malhotra", "hegde", "bhatt", "bedi", "mishra", "pandey", "das", "roy"))))
EVERYDAY_SENSES["places"] = EverydaySense(
    "places named with a term: Bila Tserkva (Біла Церква, a city of 200,000 south of Kyiv; Russian Белая Церковь) "
    "and Bela Crkva (Бела Црква, a lake town in Vojvodina) in every case, Khrystynivka (Христинівка, Cherkasy "
    "oblast); Christchurch, New Zealand (基督城) and Islamabad (伊斯兰堡); Falls Church (Virginia), Christ Church "
    "college and meadow (Oxford), the streets named Church Street/Road/Lane, Church Stretton, Bristol Temple Meads "
    "station, the Inner and Middle Temple (Inns of Court), Louisiana's parishes (its counties: Jefferson Parish), "
    "the Hindu Kush, Gay Head (Martha's Vineyard) and Knoxville's Gay Street (\"Gay St\"), Chiesa in Valmalenco; "
    "a Louisiana parish named after a feast or a saint where a road or a drive passes through it (\"I-10 through "
    "Ascension Parish\"); London's Whitechapel in Chinese (白教堂区, its station and road)",
    (*_UK_BILA_TSERKVA, *_RU_BELAYA_TSERKOV, *_SR_BELA_CRKVA,
     *(f"христинівк{end}" for end in ("а", "и", "і", "у", "ою")), "христинівці",
     "基督城", "伊斯兰堡", "伊斯蘭堡",
     "falls church", "christ church college", "christ church meadow", "christ church oxford",
     *(f"church {street}" for street in ("street", "st", "road", "rd", "lane", "ln", "avenue", "ave", "walk",
                                          "close", "stretton")),
     # T36 ("Mosque Road bus stop moved", "Calle de la Iglesia, Madrid", "Rue de l'Église à Paris", "Die
     # Evangelische Straße in Hamburg", 教会通り were religion): a street named after a house of worship is an
     # address, in each language's street words; "went to church on Church Street" stays (its other words)
     *(f"{house} {street}" for house in _HOUSES for street in _STREET_WORDS),
     *(f"{street} {of}{house}" for street, of, house in _STREETS_OF),
     *(f"{faith} {strasse}" for faith in ("evangelische", "katholische", "christliche", "jüdische", "kirchen",
                                           "synagogen", "moschee")
       for strasse in ("straße", "strasse", "gasse", "weg", "platz", "allee")),
     # ... and as German writes street names, one word (T36B: "Synagogenstraße 3", "Moscheestraße 1",
     # "Kirchenstraße 4" were religion; "Kirchstraße" was not, its stem being no term)
     *(f"{faith}{strasse}" for faith in ("kirchen", "synagogen", "moschee", "moscheen")
       for strasse in ("straße", "strasse", "gasse", "weg", "platz", "allee")),
     *(f"{house}{street}" for house in ("教会", "教會", "教堂", "清真寺", "モスク")
       for street in ("通り", "通", "前", "路", "街", "大街", "前通り")),
     "temple meads", "inner temple", "middle temple", "hindu kush", "gay head", "gay street",
     # T36 ("gay st near the market, Knoxville" was sexuality): the street abbreviated, "Gay St" / "gay st." — not
     # before a saint's name ("Gay St. Patrick's Day parade", "gay St. Louis": EVERYDAY_NOT_BEFORE)
     "gay st",
     *(f"gay street{city}" for city in (" knoxville", ", knoxville", " in knoxville", " downtown knoxville", " tn",
                                         ", tn", " tennessee", ", tennessee")),
     *(f"{parish} parish" for parish in ("jefferson", "orleans", "tammany", "east baton rouge", "baton rouge",
                                          "lafayette", "caddo", "calcasieu", "ouachita", "livingston", "tangipahoa",
                                          "rapides", "bossier", "terrebonne", "lafourche",
                                          "plaquemines", "iberia", "vermilion", "acadia", "cameron",
                                          "st tammany")),
     # LOOKALIKE2 (a Catholic "Ascension parish mass" was read as no religion): a parish named after a feast or a
     # saint is also a church's parish, so it is the Louisiana one only with its state or a civil body beside it
     *(f"{parish} parish{civil}" for parish in _CHURCH_NAMED_PARISHES for civil in _PARISH_CIVIL),
     *(f"{parish} parish, {state}" for parish in _CHURCH_NAMED_PARISHES for state in ("louisiana", "la")),
     *(f"louisiana's {parish} parish" for parish in _CHURCH_NAMED_PARISHES),
     # T36 ("I-10 through Ascension Parish" was religion): passed through or across, the parish is the place — a
     # church's parish is joined, served or prayed at, not driven through ("Ascension Parish mass", "Volunteering
     # at Ascension Parish" stay religion)
     *(f"{way} {parish} parish" for way in _PARISH_PASSAGE for parish in _CHURCH_NAMED_PARISHES),
     # T36 (白教堂区, Whitechapel, was religion): the London district, its station and its road by their Chinese
     # names; 白教堂 alone is a white church, and 做礼拜 beside the district stays religion
     *(f"白教堂{place}" for place in ("区", "區", "站", "路")),
     "chiesa in valmalenco"))
# the segmenter's word list's words ending in -化 ("-ise"), Simplified and Traditional, whose 化 can begin 化疗法
# (强化 and 优化 are phrases of the han words already: 强化疗, 优化疗)
_HUA_WORDS = ("个性", "個性", "人性", "多样", "多樣", "系统", "系統", "标准", "標準", "精准", "精準", "个体", "個體",
              "一体", "一體", "现代", "現代", "智能", "数字", "數字", "自动", "自動", "规范", "規範", "精细", "精細",
              "专业", "專業", "科学", "科學", "合理", "程序", "模式", "常规", "常規", "规模", "規模", "多元", "差异",
              "差異", "极端", "極端", "同质", "同質", "简", "簡", "深", "美", "净", "淨", "绿", "綠", "细", "細")
EVERYDAY_SENSES["han words"] = EverydaySense(
    EVERYDAY_SENSES["han words"].reason + "; and (LOOKALIKE, from the segmenter's word list) 主教练 \"head "
    "coach\" after a day (昨天主教练), 酷 \"cool\" before 儿子/儿童/儿时/儿歌 (很酷儿子), 爱 before "
    "滋润/滋味/滋养/滋生 (被爱滋润), 畜牧师 (a livestock technician), 家教/助教 before 会 \"will\", a property's or "
    "an asset's check (财产检查), 妇女权益 and 男女权利 (women's rights in law), 女性少数民族 (ethnic-minority "
    "women), 精神科学 (the humanities), 化疗法 after a -化 word (个性化疗法), 老同志 (a veteran comrade) before 骄傲 "
    "\"proud\"",
    (*EVERYDAY_SENSES["han words"].phrases,
     "天主教练", "天主教練",
     *(f"{cool}{word}" for cool in ("酷儿", "酷兒") for word in ("子", "童", "女", "媳", "孙", "孫", "时", "時", "歌",
                                                                  "科", "戏", "戲")),
     *(f"{love}{word}" for love in ("爱滋", "愛滋") for word in ("润", "潤", "味", "养", "養", "生")),
     "畜牧师", "畜牧師", "家教会", "家教會", "助教会", "助教會",
     *(f"{what}{check}" for what in ("财", "財", "资", "資", "矿", "礦", "水", "房", "地")
       for check in ("产检", "產檢")),
     "妇女权", "婦女權", "男女权", "男女權", "性少数民族", "性少數民族", "精神科学", "精神科學", "老同志骄傲",
     "老同志驕傲",
     # LOOKALIKE2 ("新的化疗法", a new chemotherapy method, was no health): 化疗法 is a -化 word before 疗法 only
     # after one of those words (个性化|疗法 "personalised therapy"); after anything else it is 化疗|法
     *(f"{word}{therapy}" for word in _HUA_WORDS for therapy in ("化疗法", "化療法"))))
_CHANGES = ("雨", "大雨", "暴雨", "风雨", "風雨", "暴风雨", "暴風雨", "岁月", "歲月", "时间", "時間", "时光",
            "時光", "战火", "戰火", "战争", "戰爭", "炮火", "市场", "市場", "实战", "實戰", "青春", "文化", "艺术",
            "藝術", "知识", "知識", "心灵", "心靈", "思想", "阳光", "陽光", "汗水", "历史", "歷史", "生活", "现实",
            "現實", "风霜", "風霜", "烈日", "海水")
_TRADES = ("设计师", "設計師", "程序员", "程式設計師", "厨师", "廚師", "摄影师", "攝影師", "投资者", "投資者",
           "投资人", "投資人", "创业者", "創業者", "营销人", "行銷人", "产品经理", "產品經理", "设计界", "設計界",
           "业界", "業界", "行业", "行業", "新手", "初学者", "初學者", "玩家", "吉他手", "跑者", "健身者", "设计",
           "設計", "编程", "程式")
# the forms of lassen the idiom "die Kirche im Dorf lassen" (not overdo it; Duden) is said with
_LASSEN = ("lassen", "lässt", "lasst", "lass", "lasse", "ließ", "ließen", "ließt", "gelassen", "zu lassen", "belassen")
# the dishes of the spit-roast pork (tacos al pastor, RAE's "al pastor"), Spanish and English, and the words after
# "al pastor" that make it the dish: its food and its trompo, and English words (an English text's "al pastor")
_PASTOR_DISHES = ("taco", "tacos", "carne", "trompo", "gringa", "gringas", "torta", "tortas", "pizza", "pollo",
                  "cerdo", "lomo", "costilla", "costillas", "quesadilla", "quesadillas", "burrito", "burritos",
                  "huarache", "huaraches", "sope", "sopes", "volcanes", "alambre", "orden", "pork", "chicken")
_PASTOR_AFTER = ("taco", "tacos", "burrito", "burritos", "bowl", "bowls", "pork", "chicken", "pizza",
                 "marinade", "seasoning", "sauce", "salsa", "recipe", "meat", "con piña", "con pina", "y suadero",
                 "y bistec", "y carnitas", "is", "was", "and", "with", "or", "tonight", "today", "please")
# the other fillings a taquería's menu lists beside it, after a space or a comma (T35 L1: "Cocina mexicana: al pastor,
# carnitas y barbacoa" was religion)
_PASTOR_FILLINGS = ("carnitas", "suadero", "bistec", "barbacoa", "birria", "chorizo", "longaniza", "cochinita",
                    "campechano", "tripa", "lengua", "cabeza", "asada", "carne asada")
_TEMPLES = ("науки", "искусства", "культуры", "знаний", "спорта", "музыки", "моды", "вкуса", "торговли", "книги",
            "мистецтва", "культури", "знань", "спорту", "музики", "моди", "смаку", "науке", "уметности",
            "културе", "знања", "музике", "укуса", "моде", "књиге")
EVERYDAY_SENSES["figures of speech"] = EverydaySense(
    "a term's word in a figure of speech or another trade's sense (CC-CEDICT, Oxford, Larousse, Duden, RAE): "
    "Chinese 洗礼 \"baptism\" of the rain, the years or war (经过大雨的洗礼) and 圣经 \"bible\" of a trade "
    "(设计师的圣经, 奉为圣经); Russian, Ukrainian and Serbian храм \"temple\" of science, art or taste "
    "(Храм укуса, a bakery); "
    "French \"prière de ne pas fumer\" (a notice's \"please\"), \"prière d'insérer\" (a blurb), \"la messe est "
    "dite\" (it is settled), \"pas très catholique\" (fishy), \"un chapelet de saucisses / d'îles\" (a string of); "
    "German \"die Kirche im Dorf lassen\" (not overdo it; with its verb only), \"ins Gebet nehmen\" (take to "
    "task), \"aus der Taufe heben\" (launch); Spanish tacos al pastor (the dish named, or a food word after it) and "
    "the shepherd dogs (pastor alemán, belga, australiano); English "
    "the praying mantis, a tropical depression (a weather system), soil fertility, a lightning strike, salad greens, "
    "an ad or a game's campaign, a chain's or a lock's lubricant, Parkinson's law; Japanese 禁煙席 and 全席禁煙 (a "
    "non-smoking seat, a no-smoking sign); Arabic تمر السكري (Sukkari dates, a date variety)",
    (*(f"{what}{de}{bath}" for what in _CHANGES for de in ("的", "") for bath in ("洗礼", "洗禮")),
     *(f"{who}的{bible}" for who in _TRADES for bible in ("圣经", "聖經")),
     *(f"{verb}{bible}" for verb in ("奉为", "奉為", "视为", "視為", "当作", "當作", "当成", "當成")
       for bible in ("圣经", "聖經")),
     *(f"храм {what}" for what in _TEMPLES),
     "prière de ne pas", "prière d'insérer", "prière de bien vouloir", "prière de fermer", "prière de laisser",
     "la messe est dite", "pas très catholique", "pas bien catholique", "chapelet de saucisses", "chapelet d'îles",
     "chapelet d'injures", "chapelet d'insultes",
     # LOOKALIKE2 ("Sonntags gehen wir in die Kirche im Dorf" was no religion): the idiom only with its verb
     *(f"kirche {where}im dorf {verb}" for where in ("", "mal ", "doch ", "bitte ") for verb in _LASSEN),
     *(f"{verb} {adverb}die kirche im dorf" for verb in _LASSEN for adverb in ("", "mal ", "doch ", "doch mal ",
                                                                                 "bitte ", "uns ", "wir ")),
     "ins gebet nehmen", "ins gebet genommen",
     "ins gebet nimmt", "ins gebet nahm", "aus der taufe gehoben", "aus der taufe heben", "aus der taufe hebt",
     "aus der taufe hob",
     # LOOKALIKE2 ("Le pedí consejo al pastor", to the pastor, was no religion): the dish as its food is named, or
     # "al pastor" followed by a food or an English word (in English "al pastor" is only ever the dish)
     *(f"{dish} {al} pastor" for dish in _PASTOR_DISHES for al in ("al", "de")),
     *(f"al pastor {what}" for what in _PASTOR_AFTER),
     *(f"al pastor{comma} {what}" for what in _PASTOR_FILLINGS for comma in ("", ",")),
     "pastor alemán", "pastor belga", "pastor australiano",
     "praying mantis", "praying mantises", "praying mantids", "tropical depression",
     "soil fertility", "soil fertility test", "lightning strike",
     *(f"{leaf} greens" for leaf in ("mixed", "salad", "collard", "mustard", "turnip", "leafy", "baby", "spring",
                                      "beet", "dandelion", "micro")),
     *(f"{kind} campaign" for kind in ("ad", "advertising", "marketing", "email", "kickstarter", "crowdfunding",
                                         "single player", "co-op", "story")
      ), "campaign mode",
     *(f"{thing} lubricant" for thing in ("chain", "bike", "lock", "gear", "hinge", "silicone")), "lubricant spray",
     "parkinson's law",
     "禁煙席", "全席禁煙", "店内禁煙", "館内禁煙", "車内禁煙", "禁煙ルーム", "禁煙車", "禁煙エリア", "禁煙室",
     "禁煙フロア",
     "تمر السكري", "تمور السكري", "رطب السكري"))
# FIXART4 (T42 L: "baptism of fire at St Andrews golf", "communion of minds at St John's College" read religion, the
# rite's word read alone): the rites' words in their idioms (Oxford's, Collins's, Larousse's, RAE's, Treccani's): a
# baptism of fire (a first hard trial; French "baptême du feu", Spanish "bautismo de fuego", Italian "battesimo del
# fuoco"), a first flight (French "baptême de l'air", Spanish "bautismo de vuelo", Italian "battesimo dell'aria / del
# volo"), a communion of minds or with nature (a meeting of minds); "my son's baptism", "first communion" stay
EVERYDAY_SENSES["rite idioms"] = EverydaySense(
    "a rite's word in its idioms (Oxford, Collins, Larousse, RAE, Treccani): a baptism of fire, a first flight's "
    "baptism (\"baptême de l'air\"), a communion of minds or with nature — a first trial, a flight, a meeting of "
    "minds, no rite",
    ("baptism of fire", "baptism by fire", "baptême du feu", "baptême de l'air", "bautismo de fuego",
     "bautismo de vuelo", "bautismo del aire", "battesimo del fuoco", "battesimo dell'aria", "battesimo del volo",
     "communion of minds", "communion with nature"))
# ART44 (T43: "worship the ground she walks on" read religion): worship in its idioms of a person's devotion to
# another (Oxford, Collins: to worship the ground someone walks on; hero worship) — no faith's worship
EVERYDAY_SENSES["worship idioms"] = EverydaySense(
    "worship in the idioms of one's devotion to a person (Oxford, Collins): to worship the ground someone walks "
    "on, hero worship — no faith's worship",
    # (ART45: the inflected forms are terms too, so their idioms are exceptions again)
    ("worship the ground", "hero worship", "worships the ground", "worshipped the ground", "worshiped the ground",
     "worshipping the ground", "worshiping the ground", "hero worshipped", "hero worshiped", "hero worshipping",
     "hero worshiping",
     # ART46: Swedish and Danish "med andakt" (with reverence, rapt attention: SAOL, Den Danske Ordbog), as one
     # listens to a story or eats a cake — the devotion's word is a term
     "med andakt", "med andagt"))
# ART46: Polish "udar" is a term (a stroke); in Croatian, Serbian and Bosnian it is a blow (Hrvatski jezični portal):
# a coup d'état, a lightning strike, a gust of wind, an electric shock
EVERYDAY_SENSES["blows"] = EverydaySense(
    "South Slavic \"udar\", a blow, in its phrases (Hrvatski jezični portal): državni udar (a coup), udar groma "
    "(lightning), udar vjetra / vetra (a gust), udar struje (an electric shock) — no stroke",
    ("državni udar", "drzavni udar", "udar groma", "udar vjetra", "udar vetra", "udar struje",
     # ART47: the blow's instrumental "udarom" (a term as Polish's dative plural of the stroke, "zapobiegać
     # udarom") and its locative "udaru" in the same phrases, and Polish "udar pioruna" (a lightning strike) in its
     # cases
     "državnim udarom", "drzavnim udarom", "udarom groma", "udarom struje", "udarom vjetra", "udarom vetra",
     "udaru groma", "državnom udaru", "drzavnom udaru", "udar pioruna", "udaru pioruna", "udarem pioruna",
     "udarze pioruna"))
# ART47 (T45B: "Verkehrsinfarkt", "Infarkt-Grill" withheld once the infarct was read inside a compound, ART46): the
# infarct as a figure of speech — German "Verkehrsinfarkt" (gridlock, Duden), and a grill or burger bar named for the
# heart attack its food would bring (the Heart Attack Grill of Las Vegas; "Infarkt-Grill")
EVERYDAY_SENSES["infarct figures"] = EverydaySense(
    "the infarct as a figure of speech: German \"Verkehrsinfarkt\" (a city's gridlock, Duden), a grill named for the "
    "heart attack its food would bring (the Heart Attack Grill, \"Infarkt-Grill\") — no one's heart",
    ("verkehrsinfarkt", "verkehrsinfarkts", "verkehrsinfarktes", "infarkt grill", "heart attack grill"))
EVERYDAY_SENSES["titles"] = EverydaySense(
    EVERYDAY_SENSES["titles"].reason + "; the game Burnout Paradise, the BBC's Call the Midwife, the bakery chain "
    "Insomnia Cookies",
    (*EVERYDAY_SENSES["titles"].phrases, "burnout paradise", "call the midwife", "insomnia cookies",
     # ART45 (T44: "Worship (the song) on repeat" read religion): a song's title said to be one
     "worship the song"))
# T36 (an Amazon history's "Church & Dwight Arm & Hammer Baking Soda" was religion and "Pride Mobility Go-Go
# scooter" sexuality, so both were set aside of every purchase figure): makers' names as product titles write them;
# the product itself is read as ever (a mobility scooter is a health aid; "Church's shoes" the Northampton maker)
EVERYDAY_SENSES["brands"] = EverydaySense(
    "makers' names as product titles write them: Church & Dwight (Arm & Hammer's maker), Pride Mobility (mobility "
    "scooters and power chairs: the product words read as ever), Church's (Northampton shoes); Christian Dior, "
    "kosher salt (a grain size) and Trinity hold no term",
    ("church & dwight", "church and dwight", "church dwight", "pride mobility", "pride mobility products",
     "church's shoes", "church's footwear"))
# T37 (a tester's look-alikes still read as special: "Cancer (zodiac) horoscope", "Cancer ♋", "Cancer season" health;
# "my dog's diabetes check at the vet" health; "HIV research funding doubled, says the news" health; "went to mass
# transit hearing" religion; "gay abandon", "a gay old time" sexuality; "Catholic University of America hoodie",
# "Catholic Health Initiatives scrubs" religion; "Mass transit strike" union). Each class in its senses below; a
# phrase's words may also stand in brackets ("Cancer (zodiac)": :func:`everyday_spans`), an animal's illness and a
# disease's research are classes read as regexes (:data:`EVERYDAY_PATTERNS`), and "mass" before a noun it makes a
# compound with takes its word from a worship term that reaches into it (:data:`FIRM_PHRASES`: "went to mass
# transit").
EVERYDAY_SENSES["zodiac"] = EverydaySense(
    EVERYDAY_SENSES["zodiac"].reason + "; its season, its glyph ♋ (Unicode's CANCER sign) and the planets and "
    "rising sign in it, as horoscope columns and astrology apps write them",
    (*EVERYDAY_SENSES["zodiac"].phrases, "cancer season", "cancer szn", "cancer sun", "cancer moon", "cancer rising",
     "cancer traits", "cancer personality", "cancer compatibility", "cancer horoscopes", "cancer ♋", "♋ cancer",
     "cancer♋", "♋cancer", "cancer zodiac♋",
     "cancer astrology", "cancer star sign traits",
     # the cusp of two signs (T37 M3: "Cancer/Leo cusp birthday" was health), a slash, hyphen or space between
     *(f"{a}{gap}{b} cusp" for x, y in (("cancer", "leo"), ("gemini", "cancer")) for a, b in ((x, y), (y, x))
       for gap in ("/", "-", " ")), "cancer cusp",
     *(f"{body} in cancer" for body in ("sun", "moon", "venus", "mars", "mercury", "jupiter", "saturn"))))
# the animals whose illness a pet owner writes of, and the health terms people write of a pet's
_ANIMALS = ("dog", "cat", "pet", "puppy", "pup", "kitten", "kitty", "horse", "pony", "rabbit", "bunny", "hamster",
            "guinea pig", "parrot", "budgie", "ferret", "tortoise", "gerbil")
_ANIMALS_PLURAL = ("dogs", "cats", "pets", "puppies", "pups", "kittens", "horses", "ponies", "rabbits", "bunnies",
                   "hamsters", "guinea pigs", "parrots", "budgies", "ferrets", "tortoises", "gerbils")
_PET_CONDITIONS = ("diabetes", "insulin", "insulin syringes", "cancer", "arthritis", "epilepsy", "chemo",
                   "chemotherapy", "dialysis", "thyroid", "incontinence", "glucose meter", "glucose monitor",
                   "blood glucose", "blood sugar", "allergy relief", "antidepressant", "prozac", "tumor", "tumour")
# R2ART: a pet medical supply's product title goes on after the animal's condition ("Feline diabetes test strips",
# "diabetic cat food test strips", "Dog insulin syringes U-40": Amazon's titles of veterinary supplies) — its
# supplies, counts and sizes, joined by spaces, hyphens, commas or "and"
_PET_SUPPLIES = ("test strips", "test strip", "strips", "syringes", "syringe", "pen needles", "needles", "lancets",
                 "lancet", "lancing device", "glucose meter", "glucose meters", "glucose monitor", "meter", "monitor",
                 "monitoring system", "kit", "starter kit", "food", "wet food", "dry food", "treats", "tablets",
                 "supplement", "supplements", "chews", "insulin", "insulin syringes", "pen", "pens", "sensor",
                 "sensors", "refills", "ketone strips", "urine test strips", "blood glucose", "care", "guide",
                 "u-40", "u-100", "u40", "u100", "#", "count", "ct", "pack", "kg", "g", "lb", "lbs", "oz", "ml")
# … and a title's supply "for" the animal, in the marketplaces' languages (.com/.co.uk, .de, .fr, .es, .it): its
# first word a condition's or a supply's (English, German, French, Spanish, Italian), then up to five of the title's
# words, then the animal ("Glucose meter for cats", "Blutzucker-Teststreifen für Hunde und Katzen", "tiras reactivas
# para perros"); not after "my", "I" … nor before "owners", "lovers" (a pet owner is a person: "cancer support for
# pet owners" stays health)
_PET_HEALTH_STEMS = ("diabet", "diabèt", "diabét", "insulin", "glucos", "glukos", "glycémi", "glucemi", "glicemi",
                     "blutzucker", "teststreifen", "strip", "strisce", "tiras", "bandelette", "lancet", "lanzett",
                     "syring", "seringue", "jeringa", "siring", "spritze", "needle", "nadel", "meter", "monitor",
                     "messgerät", "cancer", "krebs", "chemo", "arthritis", "arthrose", "epilep", "thyroid",
                     "schilddrüse", "incontinen", "inkontinenz", "dialys", "prozac", "antidepress", "tumor",
                     "tumour", "keton", "test",
                     # ART45 (T44: "Schlaganfall-Risiko bei Katzen" read health): a stroke's and an infarct's
                     "schlaganfall", "infarkt", "stroke")
_PET_FOR = ("for", "für", "pour", "para", "per", "bei")  # (ART45: German "bei Katzen", in cats)
_PET_WORDS = (*_ANIMALS, *_ANIMALS_PLURAL, "hund", "hunde", "hunden", "katze", "katzen", "haustier", "haustiere",
              "haustieren", "pferd", "pferde", "chien", "chiens", "chat", "chats", "animal", "animaux", "perro",
              "perros", "gato", "gatos", "mascota", "mascotas", "cane", "cani", "gatto", "gatti", "animali")
_PET_OWNERS = ("owner", "owners", "parent", "parents", "lover", "lovers", "people", "sitter", "sitters", "friendly",
               "walker", "walkers", "groomer", "groomers", "rescue", "shelter", "besitzer", "halter", "propriétaires",
               "dueños")
_NOT_OWN = (r"(?!(?:my|i|i'm|me|mine|myself|but|then|so|while|because|also|mein|meine|mon|ma|mes|mi|mis|il mio)"
            r"(?![\w-]))")
_DISEASES = ("hiv", "aids", "hiv/aids", "cancer", "diabetes", "dementia", "alzheimer's", "alzheimers",
             "parkinson's", "parkinsons", "autism", "hepatitis", "mental health", "depression", "insulin",
             *(f"{site} cancer" for site in ("breast", "lung", "skin", "bowel", "colon", "prostate", "ovarian",
                                             "cervical", "pancreatic", "childhood", "blood", "brain")))
_RESEARCH_AFTER = ("research", "researcher", "researchers", "research funding", "funding", "scientists",
                   "breakthrough", "breakthroughs", "statistics", "rates", "vaccine research", "drug research",
                   "charity", "charities", "policy", "study finds", "studies")
_RESEARCH_BEFORE = ("research into", "research on", "funding for", "news about", "study on", "studies on")


def _alternation(phrases: tuple[str, ...]) -> str:
    """Phrases as one regex group over lower-cased text, longest first, a space also a hyphen or more spaces."""
    ordered = sorted(phrases, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(p).replace(r"\ ", r"[\s-]+") for p in ordered) + ")"


class EverydayPattern(NamedTuple):
    """A class of everyday phrases too many to list (an animal × its illness, a disease × the research on it), as one
    regex over lower-cased text, and why; ``keys``: a text holds one of these strings where the regex can match."""

    reason: str
    rx: re.Pattern[str]
    keys: tuple[str, ...]
    #: where set, the regex is read only where this one also finds its words in the text (whole words, which a key
    #: cannot say: "wife" is inside "midwife")
    needs: re.Pattern[str] | None = None


#: Everyday phrases by class, as regexes (:class:`EverydayPattern`), read beside :data:`EVERYDAY_SENSES` by
#: :func:`everyday_spans` (a text's special categories are read without them alike). Kept out of
#: :data:`EVERYDAY_RX`: as listed phrases they were some 1,500 more alternatives, doubling this module's import.
EVERYDAY_PATTERNS: dict[str, EverydayPattern] = {
    "animals": EverydayPattern(
        "an animal's illness and care, not the person's (a vet's patient: Art. 9 and Art. 4(15) speak of natural "
        "persons): the condition after the animal or its kind (\"dog diabetes\", \"feline diabetes\", \"pet "
        "insulin\"; the pet-food makers' and vets' words), \"diabetic cat food\", and the words after an animal's "
        "possessive, up to three, to the first \"and\", \"but\", \"my\" … or punctuation (\"my dog's diabetes "
        "check\", \"the horses' arthritis\"; \"my dog's walk, then my insulin\" stays special)",
        lazy_compile(r"(?<![\w-])(?:" + _alternation((*_ANIMALS, *_ANIMALS_PLURAL, "feline", "canine", "equine",
                                                     "veterinary")) + r"[\s-]+" + _alternation(_PET_CONDITIONS)
                   + r"|diabetic[\s-]+" + _alternation((*_ANIMALS, *_ANIMALS_PLURAL))
                   + r"|(?:" + _alternation(_ANIMALS) + r"['’]s|" + _alternation(_ANIMALS_PLURAL) + r"['’])"
                   r"(?:\s+(?!(?:and|or|but|plus|while|then|so|my|i|i'm|me|mine)(?![\w-]))[\w-]+){1,3})"
                   r"(?![\w-])"
                   # R2ART: the rest of a supply's title after the animal's condition, and a supply for the animal
                   r"(?:(?:[\s,&+/-]+|[\s,]+and[\s-]+)" + _alternation(_PET_SUPPLIES).replace("\\#", r"\d+")
                   + r"(?![\w-]))*"
                   r"|(?<![\w-])(?<!my\s)(?<!me\s)(?<!i\s)(?<!mein\s)(?<!meine\s)(?<!mon\s)(?<!mes\s)(?<!mi\s)(?<!mis\s)"
                   r"(?=[\w-]*(?:" + "|".join(map(re.escape, _PET_HEALTH_STEMS)) + r"))"
                   r"[\w-]+(?:[\s-]+" + _NOT_OWN + r"[\w'’-]+){0,5}[\s-]+" + _alternation(_PET_FOR) + r"[\s-]+"
                   r"(?:(?:my|our|your|his|her|their|the|a|an|all|small|large|senior|diabetic|older|meine[nm]?|"
                   r"unsere[nm]?|ihre[nm]?|deine[nm]?|die|der|den|das|le|la|les|vos|votre|mes|mon|ma|el|los|las|tu|tus|mi|mis|il|"
                   r"i|gli|il mio|i miei)[\s-]+){0,2}" + _alternation(_PET_WORDS)
                   + r"(?:[\s-]+(?:and|&|und|et|y|e)[\s-]+" + _alternation(_PET_WORDS) + r")?(?![\w-])"
                   r"(?![\s-]+" + _alternation(_PET_OWNERS) + r"(?![\w-]))"
                   # T37 M3: the owner's sentence about the animal ("My dog has diabetes", "my dog is on insulin",
                   # "our cat was diagnosed with cancer"): the animal's condition, up to two words between
                   r"|(?<![\w-])(?:my|our|his|her|their|the|a)\s+" + _alternation(_ANIMALS) + r"\s+(?:has|had|is on|"
                   r"was on|is taking|takes|took|got|gets|needs|needed|was diagnosed with|has been diagnosed with|"
                   r"is diagnosed with|developed|started on|is being treated for|is getting)\s+(?:[\w'’-]+\s+){0,2}?"
                   + _alternation(_PET_CONDITIONS) + r"(?![\w-])"),
        ("'", "’", "feline", "canine", "equine", "veterinary", "diabetic ", "dog", "cat", "pet", "pup", "kitt",
         "horse", "pony", "rabbit", "bunn", "hamster", "guinea", "parrot", "budgie", "ferret", "tortoise", "gerbil",
         "hund", "katze", "haustier", "pferd", "chien", "chat", "animal", "perro", "gato", "mascota", "cane",
         "cani", "gatt")),
    "research and news": EverydayPattern(
        "a disease as the subject of research, funding or the news, not the person's own (\"HIV research funding "
        "doubled\", \"Cancer Research UK\", \"research into dementia\"): a special word beside it stays (\"cancer "
        "research funding cut, my chemo delayed\")",
        lazy_compile(r"(?<![\w-])(?:" + _alternation(_DISEASES) + r"[\s-]+" + _alternation(_RESEARCH_AFTER) + "|"
                   + _alternation(_RESEARCH_BEFORE) + r"[\s-]+" + _alternation(_DISEASES) + r")(?![\w-])"),
        ("research", "funding", "scientists", "breakthrough", "statistics", "rates", "charit", "policy", "stud",
         "news about")),
}
# R2ART: "our union" is also a marriage, as wedding speeches, cards and vows say it ("our union was blessed", "the
# union of two families"): in a text with a wedding's word it is the marriage; with none it stays a trade union (a
# word of membership read too widely is withheld, never the reverse), and a union word beside it stays ("our union
# called a strike on our wedding day")
_WEDDING_WORDS = ("wedding", "married", "marriage", "marry", "vows", "anniversary", "bride", "groom", "newlywed",
                  "honeymoon", "matrimony", "engaged", "engagement", "two families", "blessed", "bless")
# ART939: … or a spouse's word ("our union is strong, my husband says", "my wife and I, our union of 20 years"): the
# spouse the union is with; whole words only ("midwife", "husbandry", "housewives" hold the letters)
_SPOUSE_WORDS = ("husband", "husbands", "husband's", "wife", "wives", "wife's", "hubby", "wifey", "spouse",
                 "spouses", "spouse's")
_NOT_A_MEMBERS_UNION = "".join(f"(?<!{words} )" for words in (
    "member of", "members of", "joined", "join", "joins", "joining", "rejoined",
    *(f"{be} in" for be in ("is", "are", "was", "were", "am", "been", "be", "'s", "’s", "'re", "’re", "'m", "’m")),
    # ART66 (T59B 8: "Is your wife in the union? yes she is"): the question of someone being in it
    *(f"{who} in" for who in ("you", "he", "she", "they", "not", *_SPOUSE_WORDS))))
EVERYDAY_PATTERNS["marriage"] = EverydayPattern(
    "\"union\" as a marriage in a text holding a wedding's word or a spouse's (\"our union was blessed\", "
    "\"celebrating our union, ten years married\", \"the union of two families\", \"our union is strong, my husband "
    "says\"; Merriam-Webster's sense of union, a marriage)",
    # read only where the text holds a wedding's word (and what follows it: "weddings", "blessed") or a spouse's
    # (ART65, T58C 5: "My wife is a member of the union" read none, the spouse's word making it a marriage: not a
    # union someone is a member of, is in or joins — her membership, read by shapes.UNION_MEMBER)
    # (ART66, T59B 2: … unless a wedding's word follows in its line — "We joined our union at the wedding, my wife and
    # I", "She is in the union with my brother, married 2 years" read union)
    lazy_compile(r"(?<![\w-])(?:" + _NOT_A_MEMBERS_UNION + r"|(?=[^\n]{0,200}?(?<![\w-])(?:wedding|married|marriage|"
                 r"marry|vows|bride|groom|newlywed|honeymoon|matrimony|two\s+families)))"
                 r"(?:(?:our|my|their|your|a|the|this|holy)[\s-]+)+union"
               r"(?:[\s-]+of[\s-]+(?:two|our|the))?(?![\w-])"),
    (*_WEDDING_WORDS, "husband", "wife", "wives", "hubby", "spouse"),
    lazy_compile(r"(?<![\w-])(?:" + _alternation(_WEDDING_WORDS) + r"[\w'’]*|" + _alternation(_SPOUSE_WORDS)
               + r")(?![\w-])"))
EVERYDAY_SENSES["old senses"] = EverydaySense(
    "\"gay\" in its older sense, merry (the OED's and Merriam-Webster's idioms \"with gay abandon\", \"a gay old "
    "time\"; the Gay Nineties, the 1890s; \"don we now our gay apparel\", Deck the Halls; the film \"The Gay "
    "Divorcee\" (1934); the Gay Gordons, a Scottish country dance)",
    ("gay abandon", "with gay abandon", "gay old time", "a gay old time", "gay ol' time", "gay nineties",
     "gay 90s", "gay '90s", "gay paree", "gay apparel", "gay divorcee", "the gay divorcee", "gay gordons",
     "gay gordon"))
_JCC = ("jewish community center", "jewish community centre")
_JCC_USES = ("gym", "gym membership", "membership", "fitness center", "fitness centre", "pool", "fitness",
             "swimming pool", "swim team", "swim lessons", "swimming lessons", "preschool", "pre-school",
             "day camp", "summer camp", "basketball", "pickleball", "yoga", "spin class", "workout", "sauna",
             "tennis", "after-school", "daycare", "day care")
EVERYDAY_SENSES["institutions"] = EverydaySense(
    "universities' and health systems' own names holding a faith's word, as their merchandise and uniforms are "
    "titled (a hoodie of one's university, scrubs of one's employer): the Catholic University of America, "
    "Australian Catholic University, KU Leuven / UCLouvain (the Catholic University of Leuven/Louvain), "
    "Catholic Health Initiatives (now CommonSpirit Health), Catholic Health (Buffalo), Catholic Medical Center "
    "(Manchester, NH), Barnes-Jewish Hospital (St. Louis), the Jewish General Hospital (Montreal); worship there "
    "stays (\"mass at the Catholic University chapel\")",
    ("catholic university of america", "catholic university", "australian catholic university",
     "catholic university of leuven", "catholic university of louvain", "catholic health initiatives",
     "catholic health", "catholic medical center", "barnes-jewish hospital", "barnes jewish hospital",
     "barnes-jewish", "jewish general hospital",
     # ART41 ("Jewish Community Center gym membership" read religion): a JCC's gym, pool, camp or preschool, open to
     # members of any faith or none (as the YMCA's), as a university's hoodie; the JCC named alone, or with its
     # faith's own words ("Shabbat dinner at the JCC"), stays religion
     *(f"{jcc} {use}" for jcc in _JCC for use in _JCC_USES),
     *(f"{use} at the {jcc}" for jcc in _JCC for use in _JCC_USES[:6])))
#: the part right before a German "-streik" compound that makes it a hunger's or a service's strike (met as a
#: traveller or a customer): shapes._strike_compound for one word ("Bahnstreik"), EVERYDAY_SENSES["strikes"] hyphened
DE_SERVICE_STRIKES = (
    "hunger", "bahn", "s-bahn", "u-bahn", "gdl", "evg", "lokführer", "zug", "bus", "busfahrer", "nahverkehr",
    "nahverkehrs", "öpnv", "verkehr", "verkehrs", "luftverkehr", "luftverkehrs", "flughafen", "fluglotsen", "lotsen",
    "straßenbahn", "tram", "bvg", "mvg", "kvb", "hvv", "üstra", "kita", "kitas", "müll", "müllabfuhr", "post",
    "bank", "banken",
    # ART44 (T43: "Lieferstreik bei Amazon" read union): a delivery's strike, met as the parcel's customer
    "liefer", "lieferdienst", "lieferdienste", "lieferando", "paket", "pakete", "paketdienst", "zusteller", "dhl")
# what a transit strike is: the workers' (the transit workers' union's), met by a commuter; not the person's
# membership unless she joins it (EVERYDAY_NOT_AFTER)
_SERVICES = ("transit", "mass transit", "public transit", "public transport", "transport", "rail", "railway",
             "train", "tube", "underground", "bus", "subway", "metro", "tram", "airport", "airline",
             "air traffic control", "ferry", "port", "dock", "postal", "post office", "mail", "royal mail",
             "garbage", "bin", "refuse",
             # FIXC: a bank's strike, met at a closed counter ("late because of the bank strike")
             "bank", "banks")
EVERYDAY_SENSES["strikes"] = EverydaySense(
    "a strike of a transport or public service the person meets as a traveller or a customer (\"Tube strike "
    "again, walking\", \"Mass transit strike\"): the workers' action, no word of the person's membership (Art. "
    "9(1) \"trade union membership\" is the person's own); joining it, \"our\" strike (EVERYDAY_NOT_AFTER), or a "
    "union term beside it stays special (\"joining the rail strike\", \"rail strike, on the picket line\")",
    # "strikes" and "walkout" are no union term alone (only "strike" is): their phrases would block nothing
    tuple(f"{service} strike" for service in _SERVICES)
    # ART939: Hindi, a bus, rail, truck, auto-rickshaw, taxi, metro or transport strike, and a hunger strike (भूख
    # हड़ताल, a protest of one's own body, no union's), with and without the nukta
    # FIXC: … and a bank's (बैंक हड़ताल), as the English "bank strike"
    + tuple(f"{service} {strike}" for service in ("बस", "रेल", "ट्रक", "ऑटो", "टैक्सी", "मेट्रो", "परिवहन", "भूख",
                                                   "बैंक")
            for strike in ("हड़ताल", "हड़ताल"))
    # ART41: the same in German, French, Spanish, Italian and Portuguese, whose strike's noun now reads alone (the
    # package docstring, "Strikes"): the strike of the railway, the metro, the buses, the airport, the post, a bank
    + tuple(f"{strike} {service}" for strike, services in (
        ("streik", ("bei der bahn", "der bahn", "im nahverkehr", "im öpnv", "am flughafen", "der lokführer",
                    "bei der post", "der müllabfuhr")),
        ("grève", ("sncf", "ratp", "à la sncf", "de la sncf", "des transports", "des trains", "du métro", "des bus",
                   "à l'aéroport", "des contrôleurs aériens", "de la poste", "des éboueurs", "des banques")),
        ("huelga", ("de metro", "del metro", "de renfe", "en renfe", "de transporte", "del transporte",
                    "de autobuses", "de trenes", "de taxis", "en el aeropuerto", "de correos", "de bancos")),
        ("sciopero", ("dei treni", "dei trasporti", "dei mezzi", "trenitalia", "atm", "della metro", "dei taxi",
                      "aereo", "delle poste", "delle banche")),
        ("greve", ("do metrô", "do metro", "dos transportes", "de ônibus", "dos ônibus", "dos comboios", "da cp",
                   "dos correios", "dos bancos", "dos bancários")),
        # ART45: Polish, Swedish, Norwegian and Danish, whose strike's noun now reads alone
        ("strajk", ("na kolei", "kolejarzy", "w komunikacji miejskiej", "komunikacji miejskiej", "na lotnisku",
                    "kontrolerów lotów", "na poczcie", "w banku")),
        ("strejk", ("i tunnelbanan", "i kollektivtrafiken", "på sj", "på flygplatsen", "på posten",
                    "på pendeltågen")),
        ("streik", ("i kollektivtrafikken", "på flyplassen", "på vy", "på posten", "på toget")),
        ("streiken", ("i kollektivtrafikken", "på flyplassen", "på vy", "på posten", "på toget")),  # (ART46)
        ("strejke", ("i s-toget", "i den offentlige transport", "i lufthavnen", "hos dsb", "i postnord")))
            for service in services)
    # ART45 (T44: "Paketdienst-Streik heute" read union while "Lieferstreik bei Amazon" read none): a service's
    # German "-streik" compound written with its hyphen, for each service shapes._strike_compound takes as one word
    + tuple(f"{service} streik" for service in DE_SERVICE_STRIKES if service != "hunger"))
# ART53 (T48D: "de staking van mijn ETH, ik doe mee" withheld): Dutch "staking" is a strike and a crypto coin's
# staking (the English word, as Dutch crypto sites write it); one's own coins staked, or a coin by a name no
# university or firm bears, are the crypto's ("de staking van ETH" alone may be ETH Zürich's strike: withheld)
_MY_COINS = ("mijn", "m'n", "me", "je", "jouw")
_COINS = ("eth", "ether", "ethereum", "crypto", "cryptos", "coins", "munten", "tokens", "sol", "solana", "ada",
          "cardano", "dot", "polkadot", "atom", "matic", "avax", "tezos", "xtz", "bnb", "near")
_NAMED_COINS = ("ethereum", "ether", "crypto", "solana", "cardano", "polkadot", "tezos")
EVERYDAY_SENSES["crypto staking"] = EverydaySense(
    "Dutch \"staking\" as a crypto coin's staking (\"de staking van mijn ETH\", \"staking van ethereum\"): locking "
    "coins for a reward, no strike",
    (*(f"staking van {my} {coin}" for my in _MY_COINS for coin in _COINS),
     *(f"staking van {coin}" for coin in _NAMED_COINS),
     *(f"{coin} staking" for coin in (*_NAMED_COINS, "eth", "sol", "ada", "dot", "atom"))))
# R2ART: the names holding "union" in another sense than a trade union, firm (FIRM_PHRASES) so "my union" or "union
# member" reaching into one is no membership ("my Union Station photos", "credit union member", "European Union member
# states")
_UNION_NAMES = ("credit union", "credit unions", "european union", "soviet union", "african union", "customs union",
                "monetary union", "banking union", "student union", "students union", "students' union",
                "union jack", "union flag", "union station", "union square", "union street", "union city",
                "union county", "union pacific", "union army", "union soldiers", "union berlin", "state of the union",
                "union fitting", "union fittings", "pipe union", "usb union",
                # ART66 (T59B 1: "I'm in the union government", "He is in the union cabinet of India" read union):
                # India's Union (its government, cabinet, budget, ministers, territories), the Union League clubs,
                # the Union navy, and federations and societies named "Union of …"
                "union government", "union govt", "union cabinet", "union budget", "union minister",
                "union ministers", "union ministry", "union territory", "union territories", "union league",
                "union navy", "union of south africa", "union of comoros", "union of myanmar", "union of burma",
                "union of south american nations", "union of concerned scientists", "union of soviet writers",
                "union of soviet socialist republics", "union of sets",
                # French: a building's co-owners, a tourist office, a water board, a grouping of communes
                "syndicat de copropriété", "syndicat des copropriétaires", "syndicat d'initiative",
                "syndicat intercommunal", "syndicat mixte", "syndicat des eaux",
                # ART65 (T58C: "¿No estás en el Sindicato de Estudiantes? No", "Estoy en el Sindicato de
                # Estudiantes" read union): a students' union in Spanish, Portuguese, French, Italian, German and
                # Dutch — students' representation, no trade union (English "students' union" above)
                "sindicato de estudiantes", "sindicato estudiantil", "sindicatos de estudiantes",
                "sindicato de estudantes", "sindicato estudantil", "syndicat étudiant", "syndicats étudiants",
                "syndicat d'étudiants", "syndicat des étudiants", "syndicat etudiant", "sindacato studentesco",
                "sindacato degli studenti", "sindacato studenti", "studentengewerkschaft", "studentenvakbond",
                "student unions", "students unions", "students' unions", "student's union", "student’s union",
                "students’ union", "studentenvakbonden",
                # ART939: Arabic, the registry of the Prophet's descendants (Egypt's نقابة الأشراف); Hebrew, the
                # Zionist Organisation and the Hadassah Medical Organisation (הסתדרות: "organisation")
                "نقابة الأشراف", "نقابة السادة الأشراف", "ההסתדרות הציונית", "ההסתדרות הציונית העולמית",
                "הסתדרות מדיצינית הדסה", "ההסתדרות המדיצינית הדסה")
# (ART54 read "not in the union at work?" as written, whatever the answer: "… ? lol no" union — T50 4; the question
# and its answer are read as the "not" says, none, as before ART54)
# ART56 (T51B: "Bist du nicht in der Gewerkschaft? Nein", "¿No estás en el sindicato? No" read union whatever the
# answer; "not in the union? yes I am, jk / … I quit last year" union): a negated question of being in the union
# answered by the person, per language — her yes after the question mark, as a regex over lower-cased text matched at
# the question's end. What may follow her yes is its row's (_GOES_ON: the text's or line's end, any punctuation, emoji
# or symbol, a word that only stresses it or goes on to the membership — "since 2019", "a proud member", "seit 2019",
# "desde 2019"; not "yes I am tired / going home / in a meeting / one step ahead", "Doch, nicht mehr", "Ja, bin ich
# nicht"), and no retraction after it (_RETRACTED: "…, jk", "… /s", "… I quit last year", "… no longer", "… not").
# German "doch", French "si" contradict the "not" alone; Spanish "sí" and Portuguese "sim" said alone do too
# (T51B 1: "yes I am 💪", "… — proud member", "… (since 2019)", "… too", "… still", "… for 10 years now" stay union)
# (a quote opens her answer after a space — 'not in the union? "yes I am"' — but one right after the "?" closes a
# question quoted: '"not in the union?" "yes I am" he said' is someone else's dialogue)
# (ART57, T52C: an answer after a dash — "…? — yes I am", "…? – Doch, bin ich" — read none in every language: a
# dash may stand between the mark and her answer, as a dialogue's line writes it)
_QUESTION_MARK = r"\s*[?？]+(?:\s*[—–-]+)?(?:\s+[\"'“”‘’*]*|\*+|(?=\w))"
# ART61 (T55B 12 again: "Você não é sindicalizado? Sou sim.\nNão mais" read union at medium, while "… Sou sim. Não
# mais" on one line reads none): her words that take her yes back are read on its line and at the next line's start
# (her next message, as a chat's export writes it: past marks, a bracket, a laugh), not further into that line
_NEXT_LINE_START = (r"[^\n]{0,60}?\n[\s,.!…;:()\[\]\-—–*~]*"
                    r"(?:(?:lol|haha\w*|jaja\w*|jeje\w*|mdr|ptdr|kk+|rs+|lmao|xd)[\s,.!…;:]*)?")
_RETRACTING = (r"(?:jk|j/k|jking|kidding|joking|/s|i\s+(?:quit|left)|no\s+longer|"
               r"not\s+anymore|sadly\s+not|used\s+to\s+be|broma|es\s+mentira|je\s+rigole|je\s+plaisante|blague|"
               r"brincadeira|zoeira|spa(?:ß|ss)|scherz|ausgetreten|me\s+(?:salí|sali|desafilié)|j['’]en\s+suis\s+sorti|"
               # ART60 (T55B 12: "Estou sim. Não mais" read union): Portuguese "no more" after her yes
               r"n[ãa]o\s+(?:estou\s+|sou\s+)?mais|"
               # ART61: Italian's and Dutch's "no more" and "a joke" (their yes: _YES_WORDS)
               r"non\s+(?:lo\s+sono\s+)?più|non\s+(?:lo\s+sono\s+)?piu|scherzo|scherzavo|niet\s+meer|grapje|geintje)"
               r"(?![\w'’-])")
_RETRACTED_WORDS = r"(?:" + _NEXT_LINE_START + r"|[^\n]{0,60}?)(?<![\w'’-])" + _RETRACTING
_RETRACTED = r"(?!" + _RETRACTED_WORDS + r")(?![\s.,!…]+not(?:\s+really)?[\s.!…]*$)"
# ART57 (T52C: "not in the union? yes I am 😴 tired" read union — after an emoji any word went on): in English,
# an emoji is her answer's end only where what follows it may follow her yes itself (the end, a line, a mark, her
# row's words: "yes I am 💪", "… 🙂 since 2019"; not "… 😴 tired", "… 😴 going home"); a mark of punctuation goes on
# as before ("yes I am — proud member", "… (since 2019)"). The emoji are taken whole (a possessive run) and are the
# pictographs' planes and the BMP's dingbats, with their joiners (one class per row: each phrase of "not in a union"
# holds the five rows, and wider classes cost seconds to compile over them)
_EMOJI = "[\U0001f000-\U0001faff\u2600-\u27bf\ufe0f\u200d]"
_GOES_ON_WORDS = {
    "en": r"too|still|indeed|also|already|now|actually|obviously|definitely|proudly|lol|haha|"
          r"lmao|tho|though|btw|ofc|xd|xx?|ffs|thanks?|as\s+well|and\s+(?:proud|i\s+pay|i\s+have|have\s+been)|"
          r"in\s+(?:it|the\s+union|one|fact)|one(?=\s*(?:$|\n|[^\w\s]))|one\s+of\s+(?:them|us)|for\s+(?:\d+|years|"
          r"ages|a\s+long)|since\s+(?:\d+|then|forever|last|the|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|"
          r"school|uni|college|i\s+started)|proud(?:\s+of\s+it)?|with\s+pride|solidarity|union\s+strong|"
          r"(?:a\s+)?(?:(?:proud|paid[\s-]+up|card[\s-]+carrying|full|long[\s-]+time|"
          r"union)\s+)*member(?![\s.…]+of(?![\w-]))|a\s+(?:shop\s+)?steward|(?:a|the)\s+(?:union\s+)?rep",
    "de": r"doch|schon|auch|seit|natürlich|klar|sogar|längst|lol|haha|mitglied|drin|dabei|bin\s+ich|ich\s+bin|"
          r"stolz|solidarität",
    "es": r"desde|hace|también|tambien|claro|sí|si|jaja\w*|jeje\w*|lol|afiliad[oa]s?|en\s+el\s+sindicato|dentro|estoy|"
          r"con\s+orgullo|orgullos[oa]|solidaridad",
    "fr": r"depuis|bien\s+sûr|évidemment|mdr|lol|syndiqu[ée]e?s?|au\s+syndicat|aussi|je\s+(?:le\s+)?suis|"
          r"fier|fière|fiere|solidarité",
    "pt": r"desde|há|faz|sim|claro|também|kk+|rs+|sindicalizad[oa]s?|no\s+sindicato|estou|sou|com\s+orgulho|"
          r"orgulhos[oa]|solidariedade|at[ée]\s+hoje",
    # ART61: Italian's and Dutch's (their rows below)
    "it": r"da|dal|dalla|dai|anche|ancora|certo|ovviamente|iscritt[oa]|tesserat[oa]|con\s+orgoglio|orgoglios[oa]|"
          r"fier[oa]|solidarietà|lol|ahah\w*|sì|si|lo\s+sono|sono|anni|anno|mesi|sempre",
    "nl": r"al|sinds|ook|nog|natuurlijk|zeker|lid|trots|solidariteit|haha\w*|lol|jawel|wel|hoor|ben\s+ik|ja|jaar|"
          r"jaren|maanden|altijd",
}
_GOES_ON = {language: r"(?:\s*" + _EMOJI + r")*+(?:\s*(?:$|\n|[^\w\s])|\s+(?:" + words + r")(?![\w-]))"
            for language, words in _GOES_ON_WORDS.items()}
_NO_AFTER = r"(?![\s,.!…-]*(?:nicht|nein|kein|nie|no|non|pas|plus|não|nao|not)(?![\w'’-]))"
_STRESS = {"en": r"lol|haha|lmao|well|actually|oh|um|erm|uh|yes|yeah|yep|yup|ya|sure|of\s+course",
           "de": r"lol|haha|oh|na|äh|ähm|ja|klar|natürlich|na\s+klar|aber",
           "es": r"jaja\w*|jeje\w*|lol|pues|claro|obvio|por\s+supuesto|bueno|eh",
           "fr": r"mdr|lol|ben|bah|eh\s+bien|mais|bien\s+sûr\s+que|oui|euh",
           "pt": r"kk+|rs+|lol|claro|ué|ue|uai|olha",
           "it": r"beh|be['’]|ma|eh|ah|allora|lol|ahah\w*|ovvio|ovviamente",
           "nl": r"nou|ach|eh|tja|haha\w*|lol"}
# ART57 (T52, T52C: "¿No estás en el sindicato? Sí, estoy. Mentira jaja", "Tu n'es pas au syndicat ? Si, je le suis,
# mdr non", "Você não está no sindicato? Estou sim, só que não", "Bist du nicht in der Gewerkschaft? Doch, bin ich.
# Nicht.", "not in the union? yes I am (not really)" read union): what takes her yes back said right after it — past
# marks, a bracket, a laugh — per language, in her answer's language. Her yes in the past tense to a question in
# the present ("Tu n'es pas au syndicat ? Si, j'étais", "Você não está no sindicato? Sim, estava", "Bist du nicht in
# der Gewerkschaft? Doch, war ich") says she was and is no longer: no yes to it, as "… I used to be" (_RETRACTED).
# Her yes is taken whole first (the rows' atomic group: "Estou sim, só que não" is not read again as "Estou" then
# "sim, …")
UNION_RETRACTIONS: dict[str, str] = {
    "en": r"not(?:\s+really|\s+anymore)?(?=[\s.!…)\]]*(?:$|\n))|not\s+really|nope|nah|i\s+was|i\s+used\s+to|"
          r"just\s+kidding|kidding|joking|lies?",
    "de": r"nicht(?=[\s.!…)\]]*(?:$|\n))|nicht\s+mehr|nein|nee|quatsch|scherz\w*|spa(?:ß|ss)|war\s+ich|ich\s+war|"
          r"waren\s+wir|wir\s+waren",
    # (and French "non", Portuguese "não" at the end: "si" alone is also French's yes, "Si. Non.")
    "es": r"mentira|n(?:o|on|ão|ao)(?=[\s.!…)\]]*(?:$|\n))|ya\s+no|es\s+broma|broma|qu[eé]\s+va|estaba|estuve|"
          r"era|lo\s+estaba|lo\s+era|est[aá]bamos",
    "fr": r"non(?=[\s.!…)\]]*(?:$|\n))|non\s+(?:plus|pas)|plus\s+maintenant|c['’]est\s+faux|je\s+rigole|"
          r"je\s+plaisante|j['’](?:y\s+|en\s+)?étais|je\s+l['’]étais|j['’]ai\s+été",
    "pt": r"s[óo]\s+que\s+n[ãa]o|mentira|n[ãa]o(?=[\s.!…)\]]*(?:$|\n))|brincadeira|zoeira|estava|estive|era|"
          r"fui|j[aá]\s+n[ãa]o|n[ãa]o\s+mais|n[ãa]o\s+estou\s+mais|n[ãa]o\s+sou\s+mais",
    "it": r"non(?=[\s.!…)\]]*(?:$|\n))|non\s+pi[uù]|non\s+lo\s+sono\s+pi[uù]|scherzo|scherzavo|ero|lo\s+ero|"
          r"mai\s+pi[uù]",
    "nl": r"niet(?=[\s.!…)\]]*(?:$|\n))|niet\s+meer|nee|grapje|geintje|was\s+ik|ik\s+was|vroeger",
}
_LAUGH = r"(?:lol|haha\w*|jaja\w*|jeje\w*|mdr|ptdr|kk+|rs+|lmao|xd)"
_RETRACTED_RIGHT_AFTER = {
    language: r"(?![\s,.!…;:()\[\]\-—–*~]*(?:" + _LAUGH + r"[\s,.!…;:]*)?(?:" + words + r")(?![\w'’-]))"
    for language, words in UNION_RETRACTIONS.items()}
#: her yes to a negated question of being in the union, per language (the table's rows: see above); over lower-cased
#: text, matched at the question's end (before its "?")
_YES_ROWS: dict[str, str] = {
        "en": r"(?:(?:i\s+am|i['’]?m\s+in)(?=" + _GOES_ON["en"] + r")"
              r"|i['’]?m\s+a\s+member(?![\s.…]+of(?![\w-]))|i\s+joined(?!\s+(?:the|a|an|my|another|some)\s+(?!union(?![\w-])))"
              r"|i\s+did(?!\s+(?:quit|leave|not|n['’]?t)))(?!\s+not(?![\w-]))",
        # (the longer yes first: the atomic group keeps the first that holds, and "doch" / "si" alone is no yes
        # before her "bin ich" / "je le suis" — "Doch, bin ich. Nicht." is read to "bin ich", where the no follows)
        "de": r"(?:(?:doch|ja)?[\s,.!\-—–]*(?:bin\s+ich|ich\s+bin"
              r"(?:\s+(?:drin|dabei|mitglied))?|sind\s+wir|wir\s+sind(?:\s+(?:drin|dabei))?)" + _NO_AFTER
              + r"(?=" + _GOES_ON["de"] + r")|doch(?![\s,.!\-—–]*(?:bin\s+ich|ich\s+bin|sind\s+wir|wir\s+sind))"
              + _NO_AFTER + r"(?=" + _GOES_ON["de"] + r"))",
        "es": r"(?:(?:sí|si)\s+que\s+|claro\s+que\s+|(?:sí|si)[\s,.!]+)?(?:lo\s+)?(?:estoy|estamos|soy\s+afiliad[oa])"
              + _NO_AFTER + r"(?=" + _GOES_ON["es"] + r")|(?:claro\s+que\s+)?(?:sí|si)(?=\s*(?:$|[!.¡]))",
        "fr": r"(?:(?:si|oui)?[\s,.!\-—–]*(?:je\s+(?:le\s+)?suis|"
              r"j['’]y\s+suis)" + _NO_AFTER + r"(?=" + _GOES_ON["fr"] + r")"
              r"|si(?![\s,.!\-—–]*(?:oui[\s,.!]*)?(?:je\s+(?:le\s+)?suis|j['’]y\s+suis))"
              + _NO_AFTER + r"(?=" + _GOES_ON["fr"] + r"))",
        # (ART62: "Claro que sim", "Com certeza" as "Claro que sí", "Certo che sì": T57B 8)
        "pt": r"(?:claro\s+que\s+sim|com\s+certeza|(?:claro\s+que\s+)?(?:estou|sou|tô|to)(?:\s+sim)?|"
              r"sim(?:[\s,.!]+(?:estou|sou|tô))?)" + _NO_AFTER
              + r"(?=" + _GOES_ON["pt"] + r")",
        # ART61: Italian's "sì (, lo sono)", "certo", "eccome" and Dutch's "jawel", "ja (hoor)", "ben ik wel"
        # (her "si" without its accent only before "lo sono": alone it is French's and Spanish's, their rows')
        "it": r"(?:(?:certo\s+che\s+)?(?:sì(?:[\s,.!]+(?:lo\s+sono|sono\s+iscritt[oa]))?|si[\s,.!]+(?:lo\s+sono|"
              r"sono\s+iscritt[oa]))|lo\s+sono|sono\s+iscritt[oa]|certo|eccome)" + _NO_AFTER
              + r"(?=" + _GOES_ON["it"] + r")",
        "nl": r"(?:(?:jawel|ja\s+hoor|ja|wel|zeker|natuurlijk|tuurlijk)(?:[\s,.!]+(?:ben|zit)\s+ik(?:\s+wel)?)?|"
              r"(?:ben|zit)\s+ik\s+wel)(?![\s,.!…-]*(?:niet|nee|nooit|geen)(?![\w'’-]))(?=" + _GOES_ON["nl"] + r")",
}
#: the question's mark, an "A:" and her stressing words (_STRESS), per language: where her answer begins
_ANSWER_STARTS = {language: _QUESTION_MARK + r"(?:a:\s*)?(?:(?:" + stress + r")[\s,.!¡\-—–\"'“”]*)*"
                  for language, stress in _STRESS.items()}
UNION_ANSWERS: dict[str, str] = {
    language: _ANSWER_STARTS[language] + r"(?>" + yes + r")(?![\w'’-])" + _RETRACTED
    + _RETRACTED_RIGHT_AFTER[language]
    for language, yes in _YES_ROWS.items()}
#: ART60: her answer's first words a yes (the rows' words alone, without what they read after them): where this
#: holds and UNION_ANSWERS does not, her yes went on or was taken back at once ("Doch, bin ich. Nicht mehr")
_BARE_YES = {"en": r"yes|yeah|yep|yup|ya(?![^\S\n]+no(?![\w'’-]))|i\s+am|i['’]?m\s+in|i\s+joined|i\s+did",
             "de": r"doch|ja|bin\s+ich|ich\s+bin|sind\s+wir|wir\s+sind",
             "es": r"s[íi]|claro|(?:lo\s+)?(?:estoy|estamos|soy)",
             "fr": r"si|oui|je\s+(?:le\s+)?suis|j['’]y\s+suis",
             "pt": r"sim|claro|estou|sou|tô",
             "it": r"sì|certo|lo\s+sono",
             "nl": r"jawel|ja|wel|zeker"}
_BARE_ANSWERS: dict[str, str] = {language: _ANSWER_STARTS[language] + r"(?:" + yes + r")(?![\w'’-])"
                                  for language, yes in _BARE_YES.items()}
#: ART55: the person's yes to a negated English question of being in the union (shapes.UNION_ANSWERED): the table's
#: English row
YES_I_AM = UNION_ANSWERS["en"]
# ART59 (T54, ART58 reverted: "not in the union? yes I am. nah I cancelled my membership", "Doch, bin ich. Hab aber
# gekündigt", "Sí, estoy. Lo dejé el año pasado", "Si, je le suis. J'ai quitté le syndicat l'an dernier", "Estou sim.
# Saí no ano passado" read union at high: UNION_ANSWERS reads her yes and the first word after it only; a reading of
# the rest either way traded one direction for the other). Her yes stays a yes (no none is made union, no union
# none); where more words follow it in the same text than her row's (_GOES_ON_WORDS, marks, emoji, numbers), the
# record's union reading is at most medium (inference.interests: "her answer goes on"), and where a word of the
# closed per-language table below follows it anywhere in the text, at most medium as words that may take it back.
# (Only "not anymore" and the like right after her yes take it back for certain: _RETRACTED_RIGHT_AFTER, none.)
_ANSWER_ENDS = {language: lazy_compile(r"(?:\s*+(?>" + _EMOJI + r"+|[^\w\s]|\d+(?![\w'’-])|(?:" + words
                                       + r")(?![\w'’-])))*+\s*+\Z")
                for language, words in _GOES_ON_WORDS.items()}
#: ART59: words after her yes that may take it back (a membership left, ended, cancelled, a joke, the past tense), per
#: language, over lower-cased text (a closed table: what is not here, and goes on, is only "goes on")
UNION_TAKEN_BACK: dict[str, str] = {
    "en": r"not\s+anymore|no\s+longer|not\s+since|not\s+really|used\s+to|i\s+was|or\s+was|well\s+was|quit|left|"
          r"cancel(?:l)?ed|resigned|until(?!\s+(?:today|now|i\s+die|the\s+end|death)(?![\w'’-]))|jk|j/k|kidding|"
          r"joking|nah|nope|lies?",
    "de": r"nicht\s+mehr|war\s+ich|ich\s+war|war|ausgetreten|gekündigt|raus|spa(?:ß|ss)|scherz\w*|quatsch|nee|nein|"
          r"bis\s+(?:letzt|vor)\w*",
    "es": r"ya\s+no|ahora\s+no|estaba|estuve|era|dej[ée]|lo\s+dej[ée]|me\s+sal[ií]|me\s+di\s+de\s+baja|desafili\w+|"
          r"hasta(?!\s+(?:hoy|ahora|siempre|la\s+victoria|la\s+muerte|el\s+final|el\s+fin)(?![\w'’-]))|broma|"
          r"mentira",
    "fr": r"plus\s+maintenant|plus\s+depuis|ne\s+le\s+suis\s+plus|j['’](?:y\s+|en\s+)?étais|je\s+l['’]étais|"
          r"j['’]ai\s+été|quitté|démissionné|résilié|sorti|parti|je\s+rigole|je\s+plaisante|c['’]est\s+faux",
    "pt": r"n[ãa]o\s+mais|n[ãa]o\s+estou\s+mais|j[áa]\s+n[ãa]o|estava|estive|era|fui|sa[ií]|desfiliei|cancelei|"
          r"deixei|at[ée](?!\s+(?:hoje|agora|sempre|o\s+fim|morrer)(?![\w'’-]))|brincadeira|zoeira|mentira",
    "it": r"non\s+pi[uù]|ero|ho\s+lasciato|lasciato|disdett[oa]|uscit[oa]|dimess[oa]|scherzo|scherzavo|"
          r"fino\s+a(?!\s+(?:oggi|ora|adesso|sempre)(?![\w'’-]))",
    "nl": r"niet\s+meer|was\s+ik|ik\s+was|opgezegd|gestopt|uitgeschreven|grapje|geintje|vroeger|"
          r"tot(?!\s+(?:nu|vandaag|altijd)(?![\w'’-]))",
}
_TAKEN_BACK_RX = {language: lazy_compile(r"(?<![\w'’-])(?:" + words + r")(?![\w'’-])")
                  for language, words in UNION_TAKEN_BACK.items()}
# ART60 (T55B 12: "Doch bin ich, war nie raus", "… je ne suis jamais sorti", "… never left" counted as words that may
# take her yes back): a word of the table said with a negation (up to one word between: "never quit", "nie
# ausgetreten", "war nie raus", "jamais sorti", "nunca lo dejé", "nunca saí") says she stayed — it goes on, no
# more. Per language, the negations that stand before a verb or its participle (English "no" and "not" start the
# table's own phrases: "no longer", "not anymore"; Spanish "no lo dejé" is hers: "no")
_NEVER = {"en": r"never|n['’]t|didnt|dont|wont|havent|not\s+once",
          "de": r"nie|niemals|nicht|noch\s+nie|nie\s+wieder",
          "es": r"nunca|jamás|jamas|no",
          "fr": r"jamais|pas|ne",
          "pt": r"nunca|jamais|n[ãa]o",
          "it": r"mai|non",
          "nl": r"nooit|niet|nog\s+nooit"}
_NEGATED_BEFORE = {language: lazy_compile(r"(?:(?<![\w'’-])|(?<=n['’]t))(?:" + words + r")(?:\s+[\w'’]+)?\s+\Z")
                   for language, words in _NEVER.items()}
# what goes before a taken-back word that is itself the verb of a negation ("war" of "war nie raus"): the table's
# word, then a negation after it
_NEGATED_AFTER = {language: lazy_compile(r"\s+(?:" + words + r")(?![\w'’-])") for language, words in _NEVER.items()}


def _taken_back(language: str, rest: str) -> bool:
    """ART60: whether a word of :data:`UNION_TAKEN_BACK` follows her yes in ``rest`` un-negated ("quit in May" does;
    "never quit", "war nie raus", "je ne suis jamais sorti" do not)."""
    for word in _TAKEN_BACK_RX[language].finditer(rest):
        if _NEGATED_BEFORE[language].search(rest, 0, word.start()):
            continue
        # (a word that is a negation itself — "no longer", "nicht mehr", "não mais", "nee", "nah": all begin with "n" —
        # is not undone by another after it: "no longer, never" takes her yes back)
        if _NEGATED_AFTER[language].match(rest, word.end()) and not word.group().startswith("n"):
            continue
        return True
    return False
_ANSWER_RX = {language: lazy_compile(rx) for language, rx in UNION_ANSWERS.items()}
_BARE_RX = {language: lazy_compile(rx) for language, rx in _BARE_ANSWERS.items()}
_SI_ALONE = lazy_compile(r"(?<![\w'’-])si\Z")
_RETRACTED_NOW_RX = {language: lazy_compile(r"(?<![\w'’-])(?:" + words + r")(?![\w'’-])")
                     for language, words in UNION_RETRACTIONS.items()}
# ART60 (T55B 3: "Bist du nicht in der IG Metall? Doch, bin ich. Hab aber gekündigt", "… nicht gewerkschaftlich
# organisiert?", "You're not in the Teamsters? yes I am. quit in May", "¿No estás en CCOO? …", "Você não é
# sindicalizado? Sou sim. Saí …" read union at high: the question's words were the bare union words only): the
# union's words in every form the lists read — its compounds and participles (unionized, gewerkschaftlich,
# Gewerkschaftsmitglied, sindicado, sindicalizada, afiliado al sindicato, syndiqué·e) and the major unions' names per
# language (UNION_NAMES_ASKED; the unions' own names: the Teamsters, UAW, SEIU, AFL-CIO, Unison, Unite, GMB, RMT;
# ver.di, IG Metall, IG BCE, GEW, DGB; CCOO, UGT, CNT; CGT, CFDT, FO, Force ouvrière; CUT, Força Sindical, CGTP).
# A name that is also a word ("unite", "unison", "cut") only caps a union reading some other word has made: this
# never makes one
UNION_NAMES_ASKED = (r"teamsters?|uaw|seiu|afl[\s-]*cio|unison|unite|gmb|rmt|ucu|cwu|ver\.?di|ig[\s-]+metall|"
                     r"ig[\s-]+bce|gew|dgb|ccoo|cc\.oo\.?|ugt|cnt|cgt|cfdt|fo|force\s+ouvri[eè]re|cut|"
                     r"for[çc]a\s+sindical|cgtp|cgil|cisl|uil")
#: ART59: a question of being in the union before its mark (the union's word in the language of each row, then up to
#: 80 more characters of the same sentence), where her answer is looked for (UNION_ANSWERS); ART60: its compounds and
#: the unions' names too
_UNION_ASKED = lazy_compile(r"(?<![\w'’-])(?:union(?:i[sz]ed)?|non[\s-]?union|\w*gewerkschaft\w*|sindica\w*|"
                            r"syndica\w*|sindacat\w*|vakbond\w*|fnv|syndiqu[ée]e?s?|"
                            + UNION_NAMES_ASKED + r")(?![\w'’-])[^.!?？\n]{0,80}?"
                            r"(?=\s*[?？])")
ANSWER_GOES_ON = "goes on"
ANSWER_TAKEN_BACK = "taken back"


def union_answer_goes_on(lowered: str) -> str | None:
    """ART59: what follows the person's yes to a negated question of being in the union (:data:`UNION_ANSWERS`) in
    ``lowered`` (lower-cased text): :data:`ANSWER_TAKEN_BACK` where a word of :data:`UNION_TAKEN_BACK` (her answer's
    language) follows it ("… ? Sí, estoy. Lo dejé el año pasado"), :data:`ANSWER_GOES_ON` where other words than her
    row's follow it ("… ? yes I am. Best decision ever"), None where her answer ends there ("… ? yes I am", "… ? yes I
    am, since 2019 💪") or there is no such answer. Read only to cap a union reading's confidence: it never makes
    one."""
    if "?" not in lowered and "？" not in lowered:
        return None
    found: str | None = None
    for asked in _UNION_ASKED.finditer(lowered):
        for language, answer in _ANSWER_RX.items():
            yes = answer.match(lowered, asked.end())
            if yes is None:
                continue
            rest = lowered[yes.end():]
            # (ART60: "si" alone is Spanish's yes and French's, read by the Spanish row first: "Tu n'es pas
            # syndiquée ? Si. Mais j'ai démissionné" is taken back by French words)
            if _taken_back(language, rest) or (language == "es" and _SI_ALONE.search(yes.group())
                                               and _taken_back("fr", rest)):
                return ANSWER_TAKEN_BACK
            if not _ANSWER_ENDS[language].match(rest):
                found = ANSWER_GOES_ON
            break
        else:
            # ART60 (T55B: "Bist du nicht in der IG Metall? Doch, bin ich. Nicht mehr / Bin letztes Jahr ausgetreten"
            # read union at high): no row reads her yes, as she took it back at once — the bare union word's
            # question then reads none by itself ("not in a union"); a name's or a compound's, read by its own
            # term, is capped as taken back. Only where her answer begins with a yes and a word that takes it back
            # follows: any other answer no row reads stays as it was ("Sí, estoy 💪 mañana huelga": the strike's)
            for language, bare_rx in _BARE_RX.items():
                bare = bare_rx.match(lowered, asked.end())
                if bare is not None and (_taken_back(language, lowered[bare.end():])
                                         or _RETRACTED_NOW_RX[language].search(lowered, bare.end())):
                    return ANSWER_TAKEN_BACK
    return found
# ART53 (T48D: "I'm not in the union at work" withheld, while "I'm not in the union" read none): the person's being in
# the union at work said with a "not" before it, as the membership's shape "I'm in the union" parted by a "not"
# (shapes.UNION_MEMBER): ART51's "the union at work" (latin.py) reads the union of one's work, not her membership
_WORKPLACES = ("work", "my work", "my job", "my workplace", "our work", "our workplace")
_NOT_IN = ("not in", "never in", "not been in", "never been in", "not even in", "no longer in")
EVERYDAY_SENSES["not in the union"] = EverydaySense(
    "being in the union at one's work said with a \"not\" (\"I'm not in the union at work\"), as \"I'm not in the "
    "union\" (shapes.UNION_MEMBER: a negation parts the membership's words) — no membership of the person's",
    tuple(f"{no} the union at {where}" for no in _NOT_IN for where in _WORKPLACES))
# ART62 (T57B 7–8 on ART61: "I'm not in the Teamsters. Are you?", "I'm not in the Teamsters 🙂", "Not in the
# Teamsters, sorry", "I'm not in the Teamsters. Never was.", "Ich bin nicht in der IG Metall 😂", "No estoy en CCOO.
# ¿Tú sí?", "Non sono nel sindacato. Mai stato.", "Ik zit niet bij de vakbond. Nooit gezeten." read union at high,
# while "… And you?" and "… lol" read none): what may follow the person's denial to its text's end without undoing
# it, in the seven languages — marks, emoji and emoticons, a laugh, a "sorry", her "never was", the question asked
# back ("are you?", "¿tú sí?", "und du?", "et toi ?", "e tu?", "en jij?", "why?"). A closed list: any other word
# after it ("I'm not in the Teamsters. I'm in the UAW.", "… 🙂 I'm in SEIU", "… ? no. my wife is though") reads as
# written (union, withheld). Taken whole, each word and mark once (a possessive run: no backtracking over the rest)
_EMOTICON = r"(?:[:;=][-'’^o]?[)(\]\[dpo/\\|*3]+|<3+|\^[_.-]?\^|\(:|xd+)(?![\w'’-])"
_DENIAL_TAIL_WORDS = (
    # a laugh, a filler, a "sorry"
    r"lol+|haha\w*|hehe\w*|ahah\w*|jaja\w*|jeje\w*|mdr|ptdr|kk+|(?:rs)+s*|lmao|lmfao|rofl|tbh|honestly|though|tho|"
    r"anyways|anyway|mate|bro|dude|hun|man|sorry\s+to\s+disappoint(?:\s+you)?|sorry|sry|soz|d[ée]sol[ée]e?|lo\s+siento|"
    r"perd[oó]n|scusa(?:te)?|mi\s+dispiace|desculp[ae]|leider|tut\s+mir\s+leid|helaas|sorry\s+hoor|"
    # her "never was" ("never have been", "war ich nie", "nunca lo estuve", "mai stato", "nooit gezeten", "jamais été")
    r"(?:and\s+)?never(?:\s+(?:was|were|have\s+been|has\s+been|have|has|been|will\s+be|will))?|not\s+ever|"
    r"(?:war|bin)\s+ich\s+(?:auch\s+)?(?:noch\s+)?nie(?:\s+gewesen)?|(?:noch\s+)?nie(?:\s+gewesen)?|"
    r"nunca(?:\s+(?:lo\s+)?(?:estuve|he\s+estado|fui|estive|he\s+sido|m[aá]s|mais))?|jam[áa]s|"
    r"(?:non\s+lo\s+sono\s+)?mai(?:\s+stat[oaie])?|(?:nog\s+)?nooit(?:\s+(?:gezeten|geweest|lid\s+geweest))?|"
    r"(?:je\s+ne\s+l['’]ai\s+)?jamais(?:\s+été)?|"
    # ART65 (T58C: "I'm not in the Teamsters, not anymore" read union): her "no more" after it
    r"not\s+(?:any\s*more|now|since\s+(?:19|20)\d\d)|no\s+(?:longer|more)|nicht\s+mehr|ya\s+no|"
    r"plus\s+maintenant|plus\s+depuis\s+(?:19|20)\d\d|non\s+pi[uù]|niet\s+meer|j[áa]\s+n[ãa]o|n[ãa]o\s+mais|"
    # the question asked back, and "why?" (the longer first: each is taken whole, the first that holds)
    r"(?:(?:y|o)\s+)?(?:tú|tu)\s+(?:sí|si)(?=\s*[?？])|(?:e\s+)?tu\s+sì(?=\s*[?？])|(?:e\s+)?(?:você|voce|vc)\s+"
    r"(?:é|e|está|esta)(?=\s*[?？])|(?:en\s+)?jij\s+wel(?=\s*[?？])|(?:und\s+)?du\s+schon(?=\s*[?？])|"
    r"(?:et\s+)?toi[\s,]+oui(?=\s*[?？])|"
    r"(?:(?:and|what\s+about|how\s+about|e|en|und|y|et|mais)\s+)?(?:you|u|tu|tú|jij|jullie|voi|lei|du|ihr|toi|vous|"
    r"você|voce|vc|usted|vos)(?:\s+(?:too|also|anche|ook|aussi|también|tambien|também|so))?|"
    r"(?:are|r)\s+(?:you|u|ya)|bist\s+du|sind\s+sie|es[\s-]+tu|êtes[\s-]+vous|ben\s+jij|zit\s+jij|sei\s+tu|"
    r"why(?:\s+do\s+you\s+ask)?|warum|wieso|pourquoi|por\s*qu[eéê]|porqu[eéê]|perch[eé]|waarom")
#: … to the text's end: marks, emoji, emoticons and the words above, each taken whole (a regex over lower-cased text)
_DENIAL_ITEM = (_EMOTICON + r"|" + _EMOJI + r"|[\s.,;:!?？…¿¡()\[\]\-—–~*\"'“”‘’]|(?<![\w'’-])(?:"
                + _DENIAL_TAIL_WORDS + r")(?![\w'’-])")
_DENIAL_TAIL = r"(?:" + _DENIAL_ITEM + r")*+"
# ART54 ("Ich bin nicht in der Gewerkschaft" read union by "*gewerkschaft*", while "I'm not in the union" reads none):
# the same "not in the union" in German, Spanish, Portuguese and French, to its clause's end ("…, aber meine Frau
# schon" is the wife's membership: read as written, withheld); a question ("…? Doch, bin ich") is no end
_NOT_IN_A_UNION = (
    *(f"{no} {in_} {art} gewerkschaft" for no in ("nicht", "nie", "nicht mehr", "noch nie", "niemals")
      for in_, art in (("in", "der"), ("in", "einer"), ("in", "keiner"), ("bei", "der"))),
    *(f"no {verb} en {art} sindicato" for verb in ("estoy", "estamos", "estuve", "soy") for art in ("el", "ningún")),
    *(f"não {verb} {art} sindicato" for verb in ("estou", "estamos", "sou") for art in ("no", "em nenhum")),
    *(f"ne suis pas {art} syndicat" for art in ("au", "dans un", "dans le")),
    *(f"ne suis plus {art} syndicat" for art in ("au", "dans un", "dans le")),
    # ART56: the same asked ("¿No estás en el sindicato?", "Você não está no sindicato?", "Tu n'es pas au syndicat ?":
    # German "Bist du nicht in der Gewerkschaft?" holds "nicht in der gewerkschaft"), read with its answer below
    *(f"no {verb} en {art} sindicato" for verb in ("estás", "estas", "está", "esta", "estáis", "están", "eres")
      for art in ("el", "ningún")),
    *(f"{no} {verb} {art} sindicato" for no in ("não", "nao") for verb in ("está", "esta", "estás", "estas", "é", "és")
      for art in ("no", "em nenhum")),
    *(f"{verb} {no} {art} syndicat" for verb in ("n'es", "n'êtes", "n'est", "t'es") for no in ("pas", "plus")
      for art in ("au", "dans un", "dans le")),
    # ART60 (T55B 3: "Bist du nicht in der IG Metall? Nein", "¿No estás sindicado? No", "Tu n'es pas à la CGT ? Non",
    # "Você não é sindicalizado? Não" read union at high): the same with a union's name or a compound, stated or asked
    *(f"{no} {where}" for no in ("nicht", "nie", "nicht mehr", "noch nie")
      for where in ("in der ig metall", "bei der ig metall", "in der ig bce", "bei ver.di",
                    "in ver.di", "im dgb", "gewerkschaftlich organisiert")),
    *(f"{no} gewerkschaftsmitglied" for no in ("kein", "keine", "nicht")),
    *(f"no {verb} {what}" for verb in ("estoy", "estás", "estas", "está", "esta", "soy", "eres")
      # (T56D: only the objects the union list reads — "en la ugt", "en la cnt", "sindicado", French "syndiqué",
      # "à la cgt", "à fo" are read no more, so their negations are no exception: test_everyday_senses)
      for what in ("en ccoo", "afiliado al sindicato", "afiliada al sindicato", "afiliado a ugt", "afiliada a ugt",
                   "sindicalizado", "sindicalizada")),
    *(f"{no} {verb} {what}" for no in ("não", "nao") for verb in ("sou", "estou", "é", "és", "está", "esta")
      for what in ("sindicalizado", "sindicalizada", "filiado ao sindicato", "filiada ao sindicato",
                   "filiado à cut", "filiada à cut", "na força sindical")))
# (the words that may stand between the phrase and its clause's end)
# (ART65: not the "no" of her "no longer", read as her tail: "… no longer", "… no more")
_NOT_IN_A_UNION_WORDS = (r"(?:\s+(?:mehr|hier|bei|uns|im|betrieb|auf|der|arbeit|seit|jahren|en|el|trabajo|aqu[ií]|"
                         r"no(?!\s+(?:longer|more)(?![\w-]))|"
                         r"trabalho|au|travail|lol|haha|\d+)(?![\w-]))*")
EVERYDAY_SENSES["not in a union (de, es, pt, fr)"] = EverydaySense(
    "being in no trade union said with a negation in German, Spanish, Portuguese or French (\"Ich bin nicht in der "
    "Gewerkschaft\"), as English \"I'm not in the union\" (shapes.UNION_MEMBER) — no membership of the person's",
    _NOT_IN_A_UNION,
    # (ART62: taken whole, an atomic group — the words, the question asked back and the tail are each read once: a
    # run of "lol"s or emoji after the phrase and a word that undoes it is no quadratic search)
    r"(?>" + _NOT_IN_A_UNION_WORDS
    # ART56: to its text's end, or to the same question asked back there ("Ich bin nicht in der Gewerkschaft. Und
    # du?", "… ¿Y tú?", "… Et toi ?", "… E você?", as English "I'm not in the union. And you?")
    + r"(?:[\s.!…,;¿]*(?:(?:und|aber|y|e|et|mais)\s+)?(?:du|ihr|sie|tú|tu|vos|usted|ustedes|você|voce|vc|vocês|toi|"
    r"vous)(?:\s+(?:so|también|tambien|aussi|também))?\s*[?？])?"
    # ART62: and past what may follow the denial without undoing it ("… 😂", "…, sorry", "… Nunca lo estuve.",
    # "… ¿Tú sí?", "… War ich nie.")
    + _DENIAL_TAIL + ")")
#: … and past its clause's end (:data:`EVERYDAY_NOT_BEFORE` below; not to the text's end, each phrase's lookahead then
#: read the rest of the text, PERF: "Ich bin nicht in der Gewerkschaft. " 2,000 times took 19 s):
_NOT_IN_A_UNION_PAST_END = (
    # ART55 ("Ich bin nicht in der Gewerkschaft.\nDu bist nicht in der Gewerkschaft." read union: the first "nicht"
    # held only at the text's end): to its sentence's end where the next sentence names the union itself, read on its
    # own ("… Du bist in der Gewerkschaft." stays union by its own words; "… Meine Frau schon." names none and is the
    # wife's membership, withheld)
    r"(?:\s*+[.!…]+\s*+|[^\S\n]*+\n\s*+)(?=[^.!?\n]*?(?:gewerkschaft|sindicato|syndicat))"
    # ART56 ("Bist du nicht in der Gewerkschaft? Nein", "¿No estás en el sindicato? No" read union: a question was no
    # end): to a question's mark answered no — ART63: as ART61's seven languages' patterns read it
    # (_NOT_IN_A_UNION_ASKED_END below), no longer any answer but her yes)
)
# ART61 (T55B 3, ART60's leftover: "You're not in the Teamsters? no", "Aren't you a union member? nope", "Non sei
# iscritto alla CGIL? No", "Ben je niet lid van de FNV? Nee", "Tu n'es pas adhérent à FO ? Non", "¿No estás afiliada
# a la CNT? No" read union at high — ART54–ART60's "not in a union" read German, Spanish, Portuguese and French with
# the names they listed then): a union's name or member word the lists read, said with a negation before it, in
# English, Italian and Dutch, and the French, Spanish, Portuguese and German names ART60 left out, as a pattern per
# language (EVERYDAY_PATTERNS: the names × the negations are too many to list). It is the person's "not in a union"
# as the phrases above are — to its text's end ("I'm not in the Teamsters", "… And you?"), to a sentence naming the
# union after it, or to a question's mark with nothing after it (asked of her in a message of its own), her answer no
# (_ANSWER_NO) or her yes taken back at once (_YES_TAKEN_BACK: "… ? yes I am. not anymore", "… ? Sì, lo sono. Non
# più", as "Doch, bin ich. Nicht mehr"). Anything else after it — her yes ("… ? yes", "… ? Jawel"), a yes that goes
# on, "I'm not in the Teamsters, I'm in the UAW", "… ? no, but my wife is" — reads as written (union, withheld).
# ART67 ("Are you in CCOO? no", "Aren't you in the CGIL? no", "¿Estás en la IG Metall? No" read union while "Are you in
# the Teamsters? no" read none: each language's forms took only its own list's names): every union name the seven
# lists read, in each language's forms of the question and the denial (the common words among them, "cut", "uso",
# "fo", only where their own language's list reads them)
ANY_UNION_NAME = (r"teamsters|uaw|seiu|afl[\s-]*cio|ccoo|cc\.\s*oo\.?|ugt|cgt|cnt(?:-ait)?|cgil|cisl|fnv|"
                  r"force\s+ouvri[eè]re|cgt-fo|cgtp(?:-in)?|for[çc]a\s+sindical|ig[\s-]+metall|ig[\s-]+bce|ver\.?di|dgb")
#: … the keys a text holds where one of them may stand (EverydayPattern.keys)
_ANY_UNION_KEYS = ("teamster", "uaw", "seiu", "afl", "ccoo", "cc.", "cc oo", "ugt", "cgt", "cnt", "cgil", "cisl", "fnv",
                   "ouvri", "cgtp", "sindical", "metall", "bce", "ver.di", "verdi", "dgb")
_U = "(?:" + ANY_UNION_NAME + ")"
_UNION_NAMES_EN = (r"(?:the\s+)?" + _U + r"|unite\s+the\s+union|the\s+gmb\s+union|"
                   r"(?:a|the)\s+labou?r\s+union")
_NEGATED_UNION_NAMES = {
    # (ART63, T57D 4: not a doubled "not" — "I'm not NOT in the Teamsters", emphatic, says she is)
    "en": r"(?<!not\s)(?<!n['’]t\s)(?:not|never|no\s+longer|(?:aren['’]?t|arent|ain['’]?t|aint)\s+(?:you|u|we|ya)|"
          r"(?:isn['’]?t|isnt)\s+"
          r"(?:he|she))(?:\s+(?:even|ever|been|really|still|currently))*\s+(?:in\s+(?:" + _UNION_NAMES_EN
          + r")|an?\s+(?:union|teamsters?|uaw|seiu|rmt|unison|gmb|ucu|neu|cwu)\s+member|(?:an?\s+)?member\s+of\s+"
          r"(?:" + _UNION_NAMES_EN + r"|(?:the|a|any)\s+(?:trade\s+|labou?r\s+)?union))",
    "it": r"non\s+(?:(?:sono|sei|è|siamo|siete|ero|eri|era|eravamo|mai|più|piu|stat[oaie]|ancora|neanche|nemmeno|"
          r"mica|io|tu)\s+)+(?:(?:iscritt[oaie]|tesserat[oaie])\s+(?:(?:alla|al|a|nella|nel|della|del)\s+|(?:a|ad)\s+"
          r"(?:un|nessun)\s+)?|(?:nella|nel|della|del|alla|al)\s+|in\s+(?:un|nessun)\s+)?(?:sindacat[oi]|"
          + ANY_UNION_NAME + r")",
    "nl": r"(?:(?:niet|geen|nooit)(?:\s+(?:meer|langer|eens|ooit))?\s+(?:(?:lid|aangesloten)(?:\s+geweest)?\s+"
          r"(?:van|bij)\s+(?:de\s+|een\s+)?(?:vakbond\w*|" + ANY_UNION_NAME
          + r")|bij\s+(?:de\s+|een\s+)?(?:vakbond\w*|" + ANY_UNION_NAME + r")|"
          r"fnv[\s-]+lid|vakbond\w*)"
          r"|bij\s+geen\s+vakbond\w*)",
    "fr": r"(?:pas|plus|jamais)\s+(?:(?:adh[ée]rent(?:e|s|es)?|membre|inscrit(?:e|s|es)?)\s+(?:à|a|de|chez)\s+"
          r"(?:(?:la|le|les)\s+|l['’])?(?:fo|" + ANY_UNION_NAME
          + r")|(?:à|a|chez|dans)\s+(?:(?:la|le|les)\s+|l['’])?" + _U + r"|"
          r"au\s+" + _U + r"|syndicalistes?)",
    # (ART66: and UGT, CGT, USO, her "cuota sindical", "afiliado sindical", which the lists read since — "No estoy en
    # la UGT", "No soy de la CGT", "No soy afiliado sindical")
    "es": r"(?:no\s+(?:estás|estas|está|esta|estoy|soy|eres|es|estamos|estáis|estuve|he\s+estado|has\s+estado|somos)\s+"
          r"(?:afiliad[oa]s?\s+(?:(?:a|en)\s+(?:(?:la|el|los)\s+)?(?:uso|cc\s*oo|" + ANY_UNION_NAME
          + r")|sindical(?:es)?)"
          r"|(?:en|de)\s+(?:(?:la|el|los)\s+)?" + _U + r"|(?:en|de)\s+la\s+uso)"
          r"|no\s+(?:pago|pagamos|pagas|paga)\s+(?:la\s+|las\s+)?cuotas?\s+sindical(?:es)?)",
    "pt": r"n[ãa]o\s+(?:sou|estou|é|és|está|esta|fui|era)\s+(?:filiad[oa]s?\s+(?:à|a|ao|na|no)\s+(?:cut|for[çc]a\s+"
          r"sindical|cgtp(?:-in)?|central\s+[úu]nica\s+dos\s+trabalhadores|" + ANY_UNION_NAME
          + r")|na\s+for[çc]a\s+sindical|"
          r"na\s+cgtp-in|n[ao]s?\s+" + _U + r")",
    "de": r"(?:nicht|kein|keine|nie)(?:\s+(?:mehr|mal))?\s+(?:gewerkschafts)?mitglied\s+(?:in\s+der|bei\s+der|"
          r"bei\s+den|bei\s+dem|beim|der|bei|im|in|den)\s+(?:gewerkschaft|" + ANY_UNION_NAME + r")",
}
#: … the keys a text holds where its language's pattern can match (EverydayPattern.keys)
_NEGATED_UNION_KEYS = {
    "en": ("teamster", "uaw", "seiu", "afl", "unite the union", "gmb", "labor union", "labour union", "member"),
    "it": ("cgil", "cisl", "sindacat"), "nl": ("fnv", "vakbond"), "fr": (" fo", "force ouvri", "syndica"),
    "es": ("ugt", "cnt", "ccoo", "cc.", "cc oo", "sindica", "cgt", "uso"),
    "pt": ("cut", "sindica", "cgtp", "trabalhadores"),
    "de": ("metall", "bce", "ver.di", "verdi", "dgb", "gewerkschaft"),
}
#: her answer no to the question, to its text's or line's end ("… ? no", "… ? nope, never was", "… ? not me", "… ?
#: Nee hoor", "… ? No, non lo sono", "… ? Nein, bin ich nicht"), in any of the seven languages, a word of no in it
#: (a laugh alone, "… ? lol", is none); anything more ("… ? no, but my wife is") reads as written
# (ART62, T57B 7: "no way", "no sir", "not a chance" as her no)
_NO_WORDS = (r"no(?:\s+(?:way|sir|ma['’]?am|chance))?|not\s+a\s+chance|certainly\s+not|absolutely\s+not|nope|nah|"
             r"naw|not\s+me|never(?:\s+(?:was|were|have\s+been|have|been))?|not\s+(?:anymore|"
             r"any\s+more|really|at\s+all|now|a\s+member|in\s+it)|no\s+longer|i['’]?m\s+not|i\s+am\s+not|"
             r"i\s+wasn['’]?t|i\s+was\s+not|i\s+never\s+was|hell\s+no|of\s+course\s+not|definitely\s+not|"
             r"(?:yes|yeah|yep|right|correct)(?=[\s,.!]*(?:i['’]?m\s+not|i\s+am\s+not|not\s+me)(?![\w'’-]))|"
             r"nein|nee|nö|nie|niemals|noch\s+nie(?:\s+gewesen)?|nie\s+gewesen|bin\s+ich\s+nicht|ich\s+bin\s+nicht|nicht\s+mehr|"
             r"war\s+ich\s+nie|leider\s+nicht|zum\s+glück\s+nicht|non|nan|jamais|pas\s+du\s+tout|plus\s+maintenant|"
             r"je\s+ne\s+le\s+suis\s+pas|je\s+le\s+suis\s+pas|pas\s+moi|non\s+plus|absolument\s+pas|nunca|jamás|"
             r"jamas|para\s+nada|ya\s+no|no\s+lo\s+estoy|no\s+lo\s+soy|qu[eé]\s+va|nop|não|nao|nunca\s+fui|"
             r"n[ãa]o\s+sou|n[ãa]o\s+estou|j[áa]\s+n[ãa]o|de\s+jeito\s+nenhum|nops|mai|macché|macche|per\s+niente|"
             r"non\s+lo\s+sono|non\s+più|non\s+piu|assolutamente\s+no|neen|nooit|niet\s+meer|ben\s+ik\s+niet|"
             r"zit\s+ik\s+niet|welnee|"
             # ART63 (ART56's "Você não está no sindicato? Não, saí" none, once any answer but her yes was): her "I
             # left" after it, in the seven languages
             r"(?:i\s+)?(?:quit|left)|(?:bin\s+)?ausgetreten|me\s+sal[ií]|lo\s+dej[eé]|j['’]ai\s+quitt[ée]|saí|"
             r"sono\s+uscit[oa]|ik\s+ben\s+gestopt|"
             # ART64 (T58C 3: "Bist du nicht in der Gewerkschaft? Ne", "¿No estás en el sindicato? Nel", "Você não está
             # no sindicato? Nem pensar", "Tu n'es pas au syndicat ? Non, je l'ai quitté" read union once ART63 read
             # the answer): each language's everyday no, unaccented too, her "I left", and "not since YEAR"
             r"ne+|nö+|nee+|nein+|auf\s+keinen\s+fall|keineswegs|(?:ich\s+)?bin\s+(?:da\s+)?raus|nel(?!\s+\d)|tampoco|"
             r"me\s+fui|n[ãa]o[\s,]+sai|nem\s+pensar|j[áa]\s+sa[ií]|je\s+l['’]ai\s+quitt[ée]|j['’]en\s+suis\s+sorti"
             r"e?|(?:not|plus|nicht\s+mehr|ya\s+no|j[áa]\s+n[ãa]o)\s+(?:since|depuis|seit|desde)\s+(?:19|20)\d\d|"
             # ART65 (T58C, ART63/64: "¿No estás en el sindicato? Ni de broma", "… Negativo", "… Nada", "Tu n'es pas
             # au syndicat ? Que nenni", "Non sei nel sindacato? niente" read union): the everyday no of EN ES PT DE
             # FR IT NL as people write it — its letters drawn out ("noo", "nooope", "nahh", "nonnn", "nãaao",
             # "neeein", "neee"), "negative", "nada", "ni de broma", "jamais", "niente"; repeats ("no no") are its
             # words again
             r"no+(?:pe+)?|na+h+|na+w+|nay|nuh[\s-]*uh|negative|no+\s+thanks|not\s+(?:a\s+)?(?:bit|once)|hell\s+nah|"
             r"ne+i+n+|nee+|nö+|nix|negativ|keinesfalls|ganz\s+sicher\s+nicht|bestimmt\s+nicht|"
             r"no+n+|na+n+|(?:que\s+)?nenni|n[ée]gatif|pas\s+question|certainement\s+pas|m[êe]me\s+pas|"
             r"ni\s+de\s+(?:broma|coña|cona|lejos)|ni\s+hablar|ni\s+loc[oa]|nada|negativo|de\s+ninguna\s+manera|"
             r"en\s+absoluto|n[ãa]+o+|nem\s+a\s+pau|nem\s+fodendo|nunca\s+mais|jamais|"
             r"niente|per\s+nulla|(?:neanche|nemmeno|neppure|manco)\s+per\s+(?:sogno|idea|niente)|"
             r"helemaal\s+niet|echt\s+niet|negatief|nope+s?|"
             # ART66 (T59B 7: "Non sei nel sindacato? Mai più" read union): her "never again" in each language
             r"mai\s+pi[uù]|never\s+again|nie\s+(?:mehr|wieder)|plus\s+jamais|jamais\s+plus|nooit\s+meer|"
             r"nunca\s+m[aá]s|nunca\s+mais")
_NO_FILLERS = (r"sadly|thankfully|hoor|lol|haha\w*|lmao|jaja\w*|mdr|kk+|rs+|ahah\w*|well|um|uh|pues|bueno|ben|beh|"
               r"nou|ach|"
               # ART64: thanks, "sadly", "well", and when she left ("… ? No, I left in 2019", "Não, saí em 2019")
               r"thanks|thank\s+you|danke|gracias|obrigad[oa]|merci|grazie|bedankt|leider|bah|"
               # (ART66, T59B 4: not after a "?" — "… ? No? Since 2019!" is her disbelief, then the year she joined)
               r"(?<![?？])(?<![?？]\s)(?<![?？]!\s)(?<![?？]!)(?<![?？]\s\s)"
               r"(?:in|em|en|depuis|desde|seit|since|nel|dal|sinds)\s+(?:19|20)\d\d|last\s+year|letztes\s+jahr|"
               r"el\s+a[ñn]o\s+pasado|(?:no\s+)?ano\s+passado|l['’]an\s+dernier|l['’]anno\s+scorso|vorig\s+jaar")
#: (ART63, PERF, issue 16: a run of her words of no read to each place a tail might begin, "… ? no" and "never"
#: 3,000 times then "x", was 6.4 s. ART65 (T58C: ART63 read the last 300 characters so and a longer run taken whole,
#: so "… ? no :p" read none, and union once ":p" stood 100 times: the possessive run took the ":" of ":p" as a mark):
#: her answer is now read one way whatever its length — her words of no, the fillers, the tail's words and marks, emoji
#: and emoticons as one run of items, each taken whole (the tail's longer forms first: "never will be", "nunca lo
#: estuve", "non lo sono mai stato"), to the text's end; a word no item reads there ("… ? no :p I'm in the UAW",
#: "… ? no https://…") reads as written, withheld. The same reading at 3 characters as at 3,000.


def _top_alternatives(rx: str) -> list[str]:
    """The alternatives of ``rx`` (a regex) at its top level: split at each "|" outside groups, classes and escapes."""
    out, depth, in_class, escaped, start = [], 0, False, False, 0
    for i, ch in enumerate(rx):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]" or rx[i - 1] == "["
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(rx[start:i])
            start = i + 1
    return [*out, rx[start:]]


def _required(rx: str) -> str:
    """``rx`` without its optional groups ("(…)?", "(…)*"): what it matches in every match (roughly: for ordering)."""
    out, i = [], 0
    while i < len(rx):
        if rx[i] == "\\":
            out.append(rx[i:i + 2])
            i += 2
        elif rx[i] == "(":
            depth, j = 0, i
            while j < len(rx):
                depth += {"(": 1, ")": -1}.get(rx[j], 0) if rx[j - 1:j] != "\\" else 0
                if depth == 0:
                    break
                j += 1
            if rx[j + 1:j + 2] in ("?", "*"):
                i = j + 2
            else:
                out.append(rx[i:j + 1])
                i = j + 1
        else:
            out.append(rx[i])
            i += 1
    return "".join(out)


def _longest_first(*rxs: str) -> str:
    """The alternatives of ``rxs`` (regexes of words) as one alternation: those that always span more than one word
    first ("non lo sono" before "non", "no lo estoy" before "no", "leider nicht" before "leider", "tú sí" before
    "tú"), then those that may ("never" with its "will be"), then one word; the lists' order kept otherwise (the
    tail's "never will be" before her "never"): a run of items taken whole, the first that holds at a place, then
    takes the longest (ART65)."""
    alternatives = [a for rx in rxs for a in _top_alternatives(rx)]
    return "|".join(sorted(alternatives, key=lambda a: (2 if "\\s" not in a else 0 if "\\s" in _required(a) else 1)))


_ANSWER_ITEM = (_EMOTICON + r"|" + _EMOJI + r"|(?<![\w'’-])(?:" + _longest_first(_DENIAL_TAIL_WORDS, _NO_WORDS,
                                                                                  _NO_FILLERS)
                + r")(?![\w'’-])|[\s.,;:!?？…¿¡()\[\]\-—–~*\"'“”‘’]")
_ANSWER_NO = (r"(?=[^\n]*?(?<![\w'’-])(?:" + _NO_WORDS + r")(?![\w'’-]))"
              # ART62 (T57B 7: "Aren't you in the UAW? no. you?", "… no, why?" read union): and past what may follow
              # a denial without undoing it (_DENIAL_TAIL_WORDS: "… no. And you?", "… Nee. En jij?", "… no 😂")
              r"(?:" + _ANSWER_ITEM + r")*+(?:$|\n)")
#: her yes to it taken back at once ("… ? yes I am. not anymore", "… ? Sì, lo sono. Non più", "… ? Jawel.\nNiet
#: meer", "… ? Doch, bin ich. Nicht mehr"): her yes's words, then a word of UNION_RETRACTIONS right after them (any
#: of the rows, or of _RETRACTED's, past marks, emoji and a laugh, on the next line too); not further on ("… ? yes I
#: am, I quit smoking though" reads as written, union, at medium: words that may take it back)
# (ART65: not Spanish "ya no", her "no more" — read as her answer no, so what follows it is read: "Ya no, pero mi
# mujer sí" read none as a yes taken back)
_YES_WORDS = (r"yes|yeah|yep|yup|ya(?![^\S\n]+no(?![\w'’-]))|yea|sure|of\s+course|i\s+am|"
              r"i['’]?m\s+in|i['’]?m\s+a\s+member|doch|ja|bin\s+ich|"
              r"ich\s+bin|s[íi]|claro|lo\s+estoy|estoy|soy|oui|je\s+le\s+suis|je\s+suis|sim|sou|estou|sì|certo|"
              r"lo\s+sono|jawel|wel|ben\s+ik\s+wel")
_RETRACTED_ANY = "|".join((*UNION_RETRACTIONS.values(), r"non\s+(?:lo\s+sono\s+)?pi[uù]|niet\s+meer|nee|grapje"))
_YES_RUN = r"(?:(?:" + _YES_WORDS + r")(?![\w'’-])[\s,.!¡\-—–\"'“”]*)+"
_TAKEN_BACK_AFTER = (r"(?:[\s,.!…;:()\[\]\-—–*~]|" + _EMOJI + r")*(?:" + _LAUGH + r"[\s,.!…;:]*)?(?:" + _RETRACTED_ANY
                     + r"|" + _RETRACTING + r")(?![\w'’-])")
_YES_TAKEN_BACK = _YES_RUN + r"(?=" + _TAKEN_BACK_AFTER + r")"
#: what may stand between the name and its clause's end, and "and you?" asked back after it (not "yet": "I'm not in
#: the Teamsters yet", "… ? not yet" say she means to join, read as written)
_NEGATED_UNION_WORDS = (r"(?:\s+(?:anymore|any\s+more|either|now|still|lol|haha|lmao|though|tho|at\s+work|here|"
                        r"mate|bro|then|più|piu|ancora|neanche|meer|hoor|nog|ook|mehr|non\s+plus|tampoco|mais|"
                        r"\d+)(?![\w'’-]))*")
_ASKED_BACK = (r"(?:[\s.!…,;¿]*(?:(?:and|what\s+about|how\s+about|e|en|und|y|et)\s+)?(?:you|u|tu|tú|te|jij|je|"
               r"jullie|voi|lei|du|toi|vous|você|voce|vc|usted)(?:\s+(?:too|also|anche|ook|aussi|también|tambien|também))?"
               r"\s*[?？])?")
#: ART63 (ART57: "Bist du nicht in der Gewerkschaft? Nein. " 400 times none): her answer no to its sentence's end,
#: where the next sentence names the union itself, read on its own (as the statement's sentence, below)
_ANSWERED_NO_THEN_UNION = (r"\s*+[?？]++\s*+(?:(?:" + _NO_WORDS + r")(?![\w'’-])[\s,]*)++(?:[.!…]+\s*|(?<=\n))"
                           r"(?=[^.!?\n]*?(?:union|teamsters|gewerkschaft|sindacat|vakbond|sindica|syndica|"
                           r"(?<![\w'’-])(?:uaw|seiu|gmb|unison|rmt|ig\s+metall|ver\.?di|dgb|cgil|cisl|fnv|ccoo|ugt|"
                           r"cnt|cut|cgtp|fo|force\s+ouvri[eè]re)(?![\w'’-])))")
#: … to its text's end, to a sentence naming the union after it, or to a question's mark with nothing after it, her
#: answer no or her yes taken back at once
_NEGATED_UNION_END = (
    # (ART62: its words taken whole, an atomic group — PERF: a run of "lol"s before a word that undoes it)
    r"(?=(?>" + _NEGATED_UNION_WORDS + r")(?:" + _ASKED_BACK + _DENIAL_TAIL + r"$"
    r"|(?:\s*+[.!…]+\s*+|[^\S\n]*+\n\s*+)(?=[^.!?\n]*?(?:union|teamsters|gewerkschaft|sindacat|vakbond|sindicato|syndicat))"
    r"|\s*+[?？]++(?:\s*+[—–-]+)?\s*+(?:a:\s*+)?(?:$|" + _ANSWER_NO + r"|" + _YES_TAKEN_BACK + r")|"
    + _ANSWERED_NO_THEN_UNION + "))")
# … and the question asked without a negation ("Are you in the Teamsters? no", "Bist du in der IG Metall? Nein", "Sei
# iscritto alla CGIL? No", "Ben je lid van de FNV? Nee"): none only where her answer is no, or her yes taken back at
# once; asked alone, or answered anything else, it reads as written (a question of someone's union: withheld)
_ASKED_UNION_NAMES = {
    "en": r"(?:are|r)\s+(?:you|u|ya)\s+(?:(?:still|even|currently|ever)\s+)*(?:in\s+(?:" + _UNION_NAMES_EN
          + r")|an?\s+(?:union|teamsters?|uaw|seiu|rmt|unison|gmb|ucu|neu|cwu)\s+member|(?:an?\s+)?member\s+of\s+"
          r"(?:" + _UNION_NAMES_EN + r"|(?:the|a|any)\s+(?:trade\s+|labou?r\s+)?union))",
    "de": r"(?:bist\s+du|sind\s+sie|seid\s+ihr)\s+(?:(?:noch|auch|eigentlich|schon)\s+)*(?:(?:in|bei)\s+(?:der\s+|"
          r"den\s+|dem\s+)?(?:gewerkschaft|" + ANY_UNION_NAME + r")|im\s+" + _U + r"|"
          r"(?:gewerkschafts)?mitglied(?:\s+(?:in\s+der|bei\s+der|bei\s+den|der|bei|im|in)\s+(?:gewerkschaft|"
          r"" + ANY_UNION_NAME + r"))?|gewerkschaftlich\s+organisiert)",
    "fr": r"(?:es[\s-]+tu|êtes[\s-]+vous|t['’]es|tu\s+es|vous\s+êtes)\s+(?:(?:encore|toujours)\s+)*(?:au\s+syndicat|"
          r"dans\s+un\s+syndicat|syndicalistes?|adh[ée]rente?s?\s+(?:à|a|au|aux)\s+(?:(?:la|le|les)\s+|l['’])?(?:fo|"
          r"un\s+syndicat|" + ANY_UNION_NAME + r")|(?:à|a|au|aux|dans)\s+(?:(?:la|le|les)\s+|l['’])?" + _U + r")",
    "es": r"(?:estás|estas|eres|está|esta|es)\s+(?:(?:todavía|todavia|aún|aun|tú|tu)\s+)*(?:en\s+(?:el\s+sindicato|"
          r"un\s+sindicato|(?:(?:la|el|los)\s+)?" + _U + r")|de\s+(?:(?:la|el|los)\s+)?" + _U + r"|"
          r"afiliad[oa]\s+(?:(?:a|en)\s+(?:(?:la|el|los)\s+)?" + _U + r"|al\s+sindicato|a\s+un\s+sindicato)|"
          r"sindicalizad[oa])",
    "pt": r"(?:você|voce|vc|tu)\s+(?:ainda\s+)?(?:é|és|está|esta|estás|tá|ta)\s+(?:ainda\s+)?(?:no\s+sindicato|"
          r"sindicalizad[oa]|filiad[oa]\s+(?:ao\s+sindicato|(?:à|a)\s+cut|(?:à|a|ao|aos)\s+" + _U + r")|"
          r"n[ao]s?\s+" + _U + r")",
    "it": r"(?:sei|è|siete)\s+(?:(?:ancora|tu)\s+)*(?:iscritt[oaie]\s+(?:(?:alla|al|ai|agli|a|ad)\s+" + _U + r"|"
          r"al\s+sindacato|a\s+un\s+sindacato)|nel\s+sindacato|(?:nella|nel|nei|negli)\s+" + _U + r"|"
          r"tesserat[oaie]\s+(?:(?:della|del|dei)\s+)?" + _U + r")",
    "nl": r"(?:ben|zit|bent|zijn)\s+(?:je|jij|u|jullie)\s+(?:(?:nog|al|eigenlijk|ook)\s+)*(?:lid\s+van\s+(?:de\s+)?"
          r"(?:vakbond\w*|" + ANY_UNION_NAME + r")|bij\s+(?:de\s+)?(?:vakbond\w*|" + ANY_UNION_NAME
          + r")|fnv[\s-]+lid|vakbondslid)",
}
# (not the same words after a negation: "¿No estás en el sindicato?" is the negated question's, above)
_NOT_AFTER_A_NEGATION = r"(?<!no\s)(?<!não\s)(?<!nao\s)(?<!non\s)(?<!ne\s)(?<!not\s)"
_ASKED_UNION_END = (r"(?=" + _NEGATED_UNION_WORDS + r"\s*+[?？]++(?:\s*+[—–-]+)?\s*+(?:a:\s*+)?(?:" + _ANSWER_NO + r"|"
                    + _YES_TAKEN_BACK + r"))")
#: ART68 (an Art. 9 miss: "She is in the union\nAre you in the Teamsters? no." read none,
#: "Mi mujer está en el sindicato\nSei iscritto alla CGIL? No" too): an everyday answer is its own question's, never a
#: statement's before it. The phrases and patterns above read the question's answer by a lookahead, so their span ended
#: at the question's words and blanking it (categories._without_exceptions) left its "? no" behind the statement before
#: it, read then as her answer to that ("she is in the union\n ? no": shapes.UNION_MEMBER's third person; "mi mujer
#: está en el sindicato\n ? no": Spanish and Italian "¿Está en el sindicato? No", "È iscritta al sindacato? No" asked
#: of someone). OWN_ANSWER is what an everyday span takes with it where it stands right after the span
#: (special_terms.everyday_spans): the words that may end the question (_NEGATED_UNION_WORDS), its mark, and her answer
#: no to the text's end (_ANSWER_NO), her no to its sentence's end (_ANSWERED_NO_THEN_UNION's), her yes taken back at
#: once with the words that take it back (_YES_TAKEN_BACK), or nothing more (the mark ends the text). Over lower-cased
#: text; matched at a span's end only.
OWN_ANSWER = lazy_compile(
    r"(?>" + _NEGATED_UNION_WORDS + r")\s*+[?？]++(?:\s*+[—–-]+)?\s*+(?:a:\s*+)?(?:" + _ANSWER_NO + r"|" + _YES_RUN
    + _TAKEN_BACK_AFTER + r"|(?:(?:" + _NO_WORDS + r")(?![\w'’-])[\s,]*)++(?:[.!…]+|(?<=\n)|$)|\s*$)")
# (ART67, PERF: with every name in each language's forms, a text naming a union read all seven patterns; one whose
# words of the negation or the question stand nowhere in the text cannot match, as whole words)
# ART68 (issue 16: the first text naming a union compiled the English, Spanish and Dutch patterns whatever its words,
# some 0.3 s of a run's first such text — "I'm in the Teamsters" holds no word of any language's negation or
# question): English, Spanish and Dutch too — each pattern compiled at the first text holding its own words
_UNION_FORM_WORDS = {
    language: lazy_compile(r"(?<![\w'’-])(?:" + words + r")(?![\w'’])") for language, words in (
        ("it", r"non|sei|è|siete"), ("fr", r"pas|plus|jamais|es|êtes|t['’]es"), ("pt", r"não|nao|você|voce|vc|tu"),
        ("de", r"nicht|kein|keine|nie|bist|sind|seid"),
        # (_NEGATED_UNION_NAMES' first words, then _ASKED_UNION_NAMES')
        ("en", r"not|never|no\s+longer|aren['’]?t|arent|ain['’]?t|aint|isn['’]?t|isnt|are|r"),
        ("es", r"no\s+(?:estás|estas|está|esta|estoy|soy|eres|es|estamos|estáis|estuve|he|has|somos|pago|pagamos|"
               r"pagas|paga)|estás|estas|eres|está|esta|es"),
        ("nl", r"niet|geen|nooit|ben|zit|bent|zijn"))}
for _language, _negated in _NEGATED_UNION_NAMES.items():
    EVERYDAY_PATTERNS[f"not in a union by its name ({_language})"] = EverydayPattern(
        "a trade union's name or member word the lists read (the Teamsters, UAW, SEIU, AFL-CIO, Unite the Union, the "
        "GMB union, a union / RMT / Unison member; CGIL, CISL, il sindacato; de FNV, de vakbond; FO, Force ouvrière, "
        "syndicaliste; UGT, CNT, CCOO; CUT, Força Sindical, CGTP; IG Metall, ver.di, DGB) said with a negation "
        "before it (\"I'm not in the Teamsters\", \"Non sei iscritto alla CGIL? No\", \"Ben je niet lid van de FNV? "
        "Nee\"), to its clause's end or a question answered no or not at all, and the question asked plainly answered "
        "no (\"Are you in the Teamsters? no\"): no membership of the person's, as \"I'm not in the union\" "
        "(shapes.UNION_MEMBER)",
        lazy_compile(r"(?<![\w'’-])(?:" + _negated + r"(?![\w'’-])" + _NEGATED_UNION_END + r"|"
                     + _NOT_AFTER_A_NEGATION + _ASKED_UNION_NAMES[_language] + r"(?![\w'’-])" + _ASKED_UNION_END
                     + ")"),
        (*_NEGATED_UNION_KEYS[_language], *_ANY_UNION_KEYS), _UNION_FORM_WORDS.get(_language))
# ART67 ("I'm in the union hall", "I'm in the union of A and B", "I'm in the union? lol no", "I'm in the union? … no
# more" read union: the terms' "i'm in the union" holds at its own end, past which the union's other senses and her
# answer no were never read): her "I'm in the union" (the terms' first persons) before the union's place or body
# (shapes._UNION_NOT_A_MEMBERSHIP's words: "hall", "office", "government"), before "of" and no trade's people ("the
# union of two families", not "the union of teachers"), or said as a question she answers no to its end (everyday
# answer no, or "no more" / "no longer" alone), or taken back at once ("I'm in the union no more", "… lol jk"), as
# a third person's is (test_union_art66) — the rest reads as written ("I'm in the union? yes", "… hall for my union
# meeting")
_FIRST_IN_THE_UNION = (r"(?:i['’]?m|i\s+am|we['’]re|we\s+are|i\s+was|we\s+were|i['’]?ve\s+been|i\s+have\s+been|"
                       r"we['’]?ve\s+been|we\s+have\s+been)\s+in\s+(?:the|a)\s+union")
_UNION_PLACES = (r"hall|halls|office|offices|building|bar|headquarters|hq|government|govt|cabinet|budget|ministers?|"
                 r"ministry|territory|territories|league|navy")
_UNION_TRADES = (r"\w*workers|employees|staff|teachers|nurses|journalists|drivers|miners|dockers|labou?r|trades?|"
                 r"professionals|technicians|engineers|clerks|farmworkers|musicians|actors|artists|firefighters|"
                 r"educators|seafarers|railway\w*")
EVERYDAY_PATTERNS["in the union, no membership"] = EverydayPattern(
    "the person's \"I'm in the union\" that is no membership: the union's building or body after it (\"I'm in the "
    "union hall\", \"… office\", \"… government\"), a union of things or people (\"I'm in the union of two "
    "families\"), or asked back and answered no (\"I'm in the union? lol no\", \"… ? no more\")",
    lazy_compile(r"(?<![\w'’-])" + _FIRST_IN_THE_UNION + r"(?:\s+(?:" + _UNION_PLACES + r")(?![\w'’-])"
                 r"|(?=\s+of\s+(?!(?:[\w'’.-]+\s+){0,3}?(?:" + _UNION_TRADES + r")(?![\w-])))"
                 # (her question's mark right after its words: a space or a line before it may be a blanked phrase's
                 # or the next message's — "I'm in the union\nAre you in the Teamsters? no" is her membership)
                 r"|(?=(?>" + _NEGATED_UNION_WORDS + r")[?？]++\s*+(?:" + _ANSWER_NO
                 + r"|[\s.,!…]*(?:lol\s+)?no\s+(?:more|longer)[\s.!…]*$))"
                 # … or taken back at once, as a third person's (shapes._UNION_NOT_A_MEMBERSHIP: "… no more", "jk")
                 r"|(?=[^\S\n]*+[,.!…;:]*+[^\S\n]*+(?<=[\s,.!…;:])(?:no\s+(?:more|longer)|not\s+(?:any\s*more|now)|"
                 r"any\s*more|lol\s+jk|jk|j/k|just\s+(?:kidding|joking)|kidding|joking)(?![\w'’-])))"),
    ("union",))
EVERYDAY_SENSES["union names"] = EverydaySense(
    "\"union\" as a federation of states (the European Union, the Soviet Union, the African Union, a customs or "
    "monetary union), a savings co-operative (a credit union), a university's students' union, the flag (the Union "
    "Jack), places named after the Union of the American Civil War (Union Station, Union Square, Union City, its "
    "army), 1. FC Union Berlin, a plumber's union fitting; French \"syndicat\" as a building's co-owners' "
    "association (syndicat de copropriété, loi du 10 juillet 1965), a tourist office (syndicat d'initiative), a "
    "grouping of communes or a water board: no word of the person's trade union",
    _UNION_NAMES)
# "strike" in its other senses (T37 M3: "strike a pose", "lucky strike", "bowling strike" were union)
EVERYDAY_SENSES["strike senses"] = EverydaySense(
    "\"strike\" as a hit, a find, an attack or a pose, not a stoppage of work: bowling's and baseball's strike, a "
    "military or drone strike, striking a pose, a deal, a balance, a chord or a match, a strike price, Lucky Strike "
    "cigarettes, Counter-Strike the game, strikethrough text, a hunger strike (one person's refusal to eat, no "
    "stoppage of work: T38B, \"Hunger strike for my exams\" was union)",
    ("strike a pose", "strike a deal", "strike a balance", "strike a chord", "strike a match", "strike gold",
     "strike it rich", "strike out", "strike zone", "strike price", "strike force", "strike team", "strike back",
     "lucky strike", "bowling strike", "first strike", "air strike", "drone strike", "missile strike",
     "military strike", "preemptive strike", "pre-emptive strike", "nuclear strike", "bird strike", "counter strike",
     "counter-strike", "strike through", "strike while the iron is hot", "hunger strike",
     # ART41: the hunger strike in the languages whose strike's noun reads alone, the strike's idioms and other
     # senses there: Spanish "huelga decir" (needless to say: "huelga" of holgar), French "grève" the shore ("sur la
     # grève", the Place de Grève), German "Hunger-Streik" written with its hyphen (the compound is no term)
     "hunger streik", "strajk głodowy", "głodowy strajk", "grève de la faim", "huelga de hambre",
     "sciopero della fame", "greve de fome",
     "huelga decir", "huelga añadir", "huelga señalar", "huelga mencionar", "huelga recordar", "huelga aclarar",
     "sur la grève", "place de grève", "place de la grève",
     "ハンガーストライキ", "штрајк глађу",
     # ART42 (T40B: "strike three", "bowled a strike" read union): the umpire's count, the bowler's strike, the
     # batter's strike rate (the strike beside a game's other words: EVERYDAY_PATTERNS["sports' strikes"])
     "strike one", "strike two", "strike three", "strike rate", "bowled a strike", "bowl a strike", "rolled a strike",
     "roll a strike", "threw a strike", "throw a strike", "throws a strike", "swinging strike", "called strike",
     "strike looking", "strike swinging"))
# "mass" before a noun it makes a compound with (the everyday senses of "mass"): firm, so a worship term ending in
# "mass" that reaches into it ("went to mass transit hearing") is no worship
_MASS_COMPOUNDS = ("transit", "transportation", "transport", "media", "market", "marketing", "production",
                   "produced", "shooting", "shootings", "layoffs", "layoff", "email", "emails", "mailing", "effect",
                   "spectrometry", "spectrometer", "gainer", "timber", "appeal", "extinction", "hysteria",
                   "murder", "grave", "graves", "destruction", "balance", "number", "flow", "storage", "adoption",
                   "tourism", "surveillance", "casualty", "casualties", "ave", "avenue", "pike", "transit authority",
                   "transit hearing")
# FIXART5: Spanish and Italian "de infarto" / "da infarto", heart-stopping (RAE: "de infarto", loc. adj. coloq.
# "que produce una fuerte impresión"): "un partido de infarto", "prezzi da infarto" — no heart attack
EVERYDAY_SENSES["heart-stopping"] = EverydaySense(
    "\"de infarto\" / \"da infarto\" as heart-stopping (RAE; Treccani): a match, a price, an ending — no heart "
    "attack",
    # (not "infarto de la risa": "me dio un infarto de la risa... bueno, de verdad, estoy en la UCI" read none, T44 H2)
    ("de infarto", "da infarto"))
# T44 H2: a dish called a heart attack ("this burger is a heart attack", ART45) read none beside the person's own
# ("… I had a real one in May", "… just like the one my dad had"): only the Heart Attack Grill, a restaurant's name,
# is everyday; a dish so called stays health (withheld only)
EVERYDAY_SENSES["heart attack grill"] = EverydaySense(
    "the Heart Attack Grill, a Las Vegas restaurant — no illness of anyone's", ("heart attack grill",))
EVERYDAY_SENSES["mass"] = EverydaySense(
    "\"mass\" as an adjective or a noun of quantity or physics before the noun it qualifies (mass transit, mass "
    "media, mass production, Mass Effect, mass spectrometry; Mass Ave and the Mass Pike, Massachusetts's avenue and "
    "turnpike): no liturgy",
    tuple(f"mass {noun}" for noun in _MASS_COMPOUNDS))
# ART50 (T46C's probes): the everyday texts a term of ART48–ART50 took — the hospital as one's workplace or its car
# park ("I work in the hospital", "I'm in the hospital parking lot": the stay's term lies inside them), a trade fair
# by its venue's name or its stand and hall ("heute in der Messe Frankfurt", "bin heute in der Messe, Stand B12"),
# Leipzig's Easter fair (the Leipziger Ostermesse, a trade fair since the Middle Ages), Italian "messa" as a setting
# or putting (Treccani: "messa in piega", a hairdo; "messa in onda", a broadcast), a spill of oil or ink
# (Portuguese and Spanish "derrame"), a mine's cave-in (Polish "zawał" in mining: "zawał w kopalni", "zawał
# stropu"), one's field of work (Swedish "inom mitt fack", SAOL) and a marriage or a partnership ("in a union with
# him")
_MESSE_VENUES = ("frankfurt", "düsseldorf", "dusseldorf", "münchen", "munchen", "berlin", "hannover", "leipzig",
                 "stuttgart", "köln", "koln", "essen", "nürnberg", "nurnberg", "dortmund", "karlsruhe",
                 "friedrichshafen", "augsburg", "freiburg", "bremen", "hamburg", "dresden", "erfurt", "offenburg",
                 "basel", "zürich", "zurich", "luzern", "wien", "graz", "innsbruck", "klagenfurt", "wels", "salzburg",
                 "dornbirn", "westfalenhallen")
_ITALIAN_MESSA = ("messa in piega", "messa a punto", "messa in onda", "messa in scena", "messa in opera",
                  "messa in sicurezza", "messa in moto", "messa in vendita", "messa a terra", "messa a fuoco",
                  "messa in regola", "messa in servizio", "messa in funzione", "messa in posa", "messa in mora",
                  "messa in liquidazione", "messa in prova", "messa a dimora", "messa in discussione", "messa in luce",
                  "messa in evidenza", "messa in atto", "messa in commercio", "messa in rete", "messa in bolla",
                  "messa a norma", "messa a disposizione", "messa al bando", "messa a nudo", "messa a regime")
_SPILLS = ("derrame de óleo", "derrame de petróleo", "derrame de tinta", "derrame de combustível",
           "derrame de crude", "derrame de crudo", "derrame de aceite", "derrame de combustible",
           "derrame de gasolina", "derrame de diesel", "derrame de químicos", "derrame de produtos químicos",
           "derrame de productos químicos")
_PARTNERS = ("in a union with him", "in a union with her", "in a union with them")
# ART51: Czech "na MSI …", on or at the laptop maker's (its notebook, site, shop, card), which "jdu na msi" (Mass
# typed without accents, latin.py) reaches into
_AT_MSI = tuple(f"na msi {what}" for what in (
    "notebooku", "notebook", "notebooky", "noteboocích", "laptopu", "laptop", "webu", "web", "stránkách", "stránky",
    "eshopu", "e-shopu", "e shopu", "grafice", "grafiku", "kartě", "kartu", "desce", "desku", "monitoru", "monitor",
    "pc", "počítači", "herní", "podporu", "podpoře", "servis", "servisu", "reklamaci", "akci", "prodejnu",
    "prodejně", "stánek", "stánku", "routeru", "myš", "klávesnici", "afterburner", "center", "dragon")) + tuple(
    # ART53 (T48D: "jdu na msi.com" withheld): its web site by its domain
    f"na msi.{domain}" for domain in ("com", "cz", "sk", "eu", "de", "pl", "net", "org"))
# (firm: "I'm at the hospital car park" holds the stay's "i'm at the hospital", which reaches into it)
_HOSPITAL_CAR_PARKS = tuple(f"{where} the hospital {park}" for where in ("in", "at")
                            for park in ("parking", "car park", "carpark", "garage"))
EVERYDAY_SENSES["workplaces and fairs"] = EverydaySense(
    "the hospital as a workplace or its car park, a trade fair by its venue (Messe Frankfurt, Messe München …: the "
    "fair companies' names), its stand or hall, the Leipziger Ostermesse (Leipzig's Easter fair), Italian \"messa\" "
    "as a setting (Treccani: \"messa in piega\", a hairdo), an oil or ink spill (\"derrame de óleo\"), a mine's "
    "cave-in (Polish \"zawał w kopalni\", \"zawał stropu\"), one's field of work (Swedish \"inom mitt fack\", SAOL), "
    "a marriage (\"in a union with him\"), Czech \"na MSI notebooku\" (the laptop maker's) — no one's stay, Mass, "
    "illness or trade union",
    (*(f"{verb} in the hospital" for verb in ("work", "works", "worked", "working", "job", "shift", "shifts")),
     *(f"{verb} in hospital" for verb in ("work", "works", "worked", "working", "job", "shift", "shifts")),
     *_HOSPITAL_CAR_PARKS,
     *(f"messe {venue}" for venue in _MESSE_VENUES), "messe, stand", "messe am stand", "messe, halle",
     "messe in halle", "leipziger ostermesse", "leipziger ostermessen",
     *_ITALIAN_MESSA, *_SPILLS,
     "zawał w kopalni", "zawał stropu", "zawał skał", "zawał chodnika", "zawał górotworu", "zawał ziemi",
     "inom mitt fack", "inom vårt fack", "utanför mitt fack", "utanför vårt fack",
     *_PARTNERS, *_AT_MSI))
# ART51 (T46C's withheld everyday texts, and the admission ART51 reads): admitted to a university, a school, a
# programme, the bar, as a member or free ("I got admitted to Harvard": "got admitted" alone reads health, latin.py);
# a GP's practice closed or open (British English "my surgery is closed": "my surgery is" reads an operation); a
# shop or a service that is in the hospital (Czech "Lékárna je v nemocnici", the pharmacy is in the hospital: "je v
# nemocnici" reads a stay); Dutch "opgenomen in de selectie" (picked for the squad: "ik ben opgenomen" reads a
# stay); at the hospital for one's work ("I was at the hospital for work")
_ADMITTED_TO = ("harvard", "oxford", "cambridge", "princeton", "yale", "stanford", "mit", "caltech", "berkeley",
                "college", "uni", "university", "the university", "my university", "my uni", "my college",
                "grad school", "law school", "business school", "med school", "school", "my school", "the program",
                "the programme", "a program", "my program", "the phd", "a phd", "the masters", "the bar", "the club",
                "the academy", "the course", "my first choice", "my dream school", "the country", "the us",
                "the uk",
                # ART53 (T48D: "I got admitted to the museum / the nightclub / the Law Society" withheld): a place
                # one is let into, a society one is made a member of
                "the museum", "a museum", "the gallery", "the exhibition", "the zoo", "the nightclub", "a nightclub",
                "the venue", "the gig", "the concert", "the show", "the party", "the event", "the festival",
                "the stadium", "the game", "the match", "the lounge", "the vip area", "the vip section",
                "the vip lounge", "the pub", "the casino", "the law society", "the society", "the royal society",
                "the guild", "the association", "the roll", "the fellowship", "the hall of fame", "the honor society",
                "the honour society",
                # ART54: an education programme written "ED" ("the ED" alone is the emergency department: latin.py)
                "the ed program", "the ed programme", "ed program", "ed programme")
# ART54 ("I got admitted to emergency medicine residency" read health by "admitted to emergency"): a medical
# specialty's residency, fellowship or programme one is admitted to is a doctor's training, no one's stay
_TRAINING_FIELDS = ("emergency medicine", "internal medicine", "family medicine", "general surgery", "surgery",
                    "surgical", "psychiatry", "pediatrics", "paediatrics", "anesthesia", "anaesthesia",
                    "anesthesiology", "radiology", "neurology", "cardiology", "emergency", "medical", "nursing",
                    "medicine", "icu nursing", "critical care")
_TRAINING_KINDS = ("residency", "residency program", "residency programme", "fellowship", "training program",
                   "training programme")
_TRAINING = tuple(f"{a}{field} {what}" for a in ("", "an ", "the ", "a ") for field in _TRAINING_FIELDS
                  for what in _TRAINING_KINDS)
# ART54 ("the hotel admitted overnight guests" read health by "admitted overnight"): guests let in for the night
_GUESTS = ("guests", "guest", "visitors", "visitor", "campers", "stays", "travellers", "travelers", "residents",
           "hikers")
_OVERNIGHT_GUESTS = tuple(f"admitted overnight {who}" for who in _GUESTS)
# T50 (3: "admitted to the ward as a new nurse", "admitted into the ward's cricket team", "admitted to casualty
# insurance course" read health by ART54's ward / casualty terms): a ward's staff, team or a course's name
_WARD_PLACES = ("the ward", "a ward", "the emergency ward", "the emergency unit", "casualty", "the ed", "the er",
                "the emergency room")
_WARD_ROLE_WORDS = ("team", "staff", "insurance", "nursing", "rotation", "program", "programme", "course",
                                 "rota",
                                 # a role, not "as a" alone ("admitted to the ward as a precaution / as a day case"
                                 # are stays, T50D; "as a student with meningitis" a stay, T50E)
                                 "as a nurse", "as a new nurse", "as a student nurse", "as a doctor",
                                 "as a junior doctor", "as a new doctor", "as a medic", "as a volunteer",
                                 "as a trainee", "as an intern", "as a paramedic", "as a porter", "as a locum",
                                 "as a registrar",
                                 "as a healthcare assistant", "as an hca", "as a midwife", "as a physio",
                                 # ART56 ("admitted to the ward as a student / as a sister" read health): a student
                                 # on placement, the ward's sister (its senior nurse); "as a student with meningitis"
                                 # is a stay (_ROLE_THEN_ILLNESS)
                                 "as a student", "as a medical student", "as a nursing student", "as a student midwife",
                                 "as a sister", "as a ward sister", "as a charge nurse", "as a matron",
                                 "as a consultant", "as a surgeon", "as a pharmacist", "as a cleaner", "as a chaplain")
# the ward's own team, not its rooms ("admitted to the ward's isolation room" a stay, T50E)
_WARD_TEAMS = ("team", "cricket team", "football team", "quiz team", "staff", "christmas party")
_WARD_ROLES = (*(f"{place} {role}" for place in _WARD_PLACES for role in _WARD_ROLE_WORDS),
               *(f"the ward's {team}" for team in _WARD_TEAMS))
_ADMITTED_AS = ("a member", "a solicitor", "an attorney", "a lawyer", "a student", "a fellow", "a partner",
                "a barrister", "an advocate")
_ADMITTED_HOW = ("free", "for free", "early decision", "off the waitlist", "off the wait list")
# what one is admitted with that is no stay ("admitted with honours / a scholarship / a friend / a ticket")
_ADMITTED_WITH = (
    "honours", "honors", "distinction", "a scholarship", "scholarship", "a full scholarship", "full funding", "funding",
    "a full ride", "advanced standing", "a conditional offer", "my friend", "my friends", "a friend", "friends",
    "a ticket", "my ticket", "a wristband", "a pass", "a guest", "my guest", "a fake id", "my girlfriend",
    "my boyfriend", "my wife", "my husband", "my mates", "my badge", "my new badge", "a badge", "no ticket",
    "a covid pass", "a vip pass", "a press pass",
    # ART55 (the time terms back: "he admitted last night with tears that he lied", "she admitted this morning with a
    # smile that she was wrong" read health): the manner of a confession
    "tears", "a smile", "a grin", "a laugh", "a sigh", "a shrug", "a wink", "a straight face", "regret",
    "embarrassment", "some embarrassment", "shame", "pride", "a heavy heart", "reluctance", "hesitation",
    # ART55 ("admitted with a stroke of luck" read health by "admitted with"): luck's stroke
    "a stroke of luck", "a stroke of genius", "a bit of luck", "some luck", "luck")
_ADMISSIONS = (*(f"admitted {to} {where}" for to in ("to", "into")
                 for where in (*_ADMITTED_TO, *_TRAINING, *_WARD_ROLES)),
               *_OVERNIGHT_GUESTS,
               *(f"admitted as {what}" for what in _ADMITTED_AS),
               *(f"admitted {how}" for how in _ADMITTED_HOW),
               # ART53: "admitted with" reads a stay ("admitted with sepsis": latin.py), not with an honour, a grant
               # or a friend
               # ART54 ("admitted w/ a ticket" read health by "admitted w/"): "w/" is written for "with"
               # (T50 / T50E: and admitted at a time with them — latin.ADMITTED_WHEN: "admitted last night with a fake
               # ID", "… with my girlfriend", "… this morning with my new badge", "… with no ticket")
               *(f"admitted {when}{with_} {what}" for when in ("", *(f"{w} " for w in ADMITTED_WHEN))
                 for with_ in ("with", "w/") for what in _ADMITTED_WITH),
               # ART54 ("internado com bolsa", a boarding school's pupil with a scholarship, read health by
               # "internado com": latin.py)
               *(f"{boarder} com {grant}" for boarder in ("internado", "internada", "internados", "internadas")
                 for grant in ("bolsa", "bolsa de estudos", "bolsa integral", "bolsa parcial")))
_GP_PRACTICES = tuple(f"surgery {verb} {state}" for verb in ("is", "was", "'s", "is still", "has")
                      for state in ("closed", "shut", "open", "fully booked", "not taking new patients",
                                    "not answering", "closing", "moving", "moved"))
_IN_HOSPITAL_PLACES = ("lékárna", "kavárna", "bufet", "bankomat", "parkoviště", "trafika", "prodejna", "kantýna",
                       "jídelna", "ordinace", "pošta", "kaple", "recepce", "vrátnice", "knihovna", "kadeřnictví")
_SHOPS_IN_HOSPITAL = (*(f"{place} je v nemocnici" for place in _IN_HOSPITAL_PLACES),
                      # (keyed by the place's word, not by "the": a phrase is looked for where its first word is)
                      *(f"{place} is in the hospital" for place in (
                          "pharmacy", "chemist", "cafe", "café", "canteen", "atm", "cash machine", "gift shop",
                          "chapel", "library", "car park", "parking")))
_SQUADS = tuple(f"opgenomen in {group}" for group in (
    "de selectie", "de wedstrijdselectie", "de a-selectie", "de jeugdselectie", "de voorselectie", "de kern",
    "de a-kern", "het team", "het eerste", "de ploeg", "de nationale ploeg", "het nationale team", "de lijst",
    "het register", "de database", "het programma", "het bestuur", "de raad", "de club", "de vereniging",
    "het orkest", "het koor", "de groep", "de hall of fame", "de top", "de catalogus", "de collectie", "het boek"))
# (from the hospital's word on: "i was at the hospital" reaches into them, and they are looked for only in a text
# holding that word)
# (T48D H3: only English's "at the hospital for work": "in the hospital for work", Spanish "por trabajo", Czech "kvůli
# práci", Italian "per lavoro", French "pour le travail", Dutch "voor mijn werk", Polish "służbowo" each say "because
# of work" too — "Ležím v nemocnici kvůli práci", "Acabé en el hospital por trabajo", "sono finito in ospedale per
# lavoro" are stays — so they stay read as written)
_AT_HOSPITAL_FOR_WORK = tuple(f"at the hospital for {what}" for what in (
    "work", "my work", "work stuff", "my job", "my shift", "a shift", "the night shift", "a work meeting",
    "a business meeting", "a sales meeting", "a sales call", "a job interview", "a conference", "business"))
# what may follow a GP's practice, a shop in the hospital or work there before its text ends (the look-alike holding
# only to its clause's end: EverydaySense.to_clause_end) — the day or the time ("my surgery is closed on Saturdays",
# "… shut again", "I was at the hospital for work today"); a GP's practice any words but a wound's ("my surgery is
# closed with staples") and no other clause ("… closed again and I'm in pain", T48D H1); a shop where in the
# building it is ("Lékárna je v nemocnici v přízemí", "the pharmacy is in the hospital on the ground floor")
_WHEN_WORDS = ("today", "tonight", "yesterday", "tomorrow", "again", "now", "still", "all", "day", "days", "this",
               "that", "last", "next", "every", "morning", "mornings", "afternoon", "afternoons", "evening",
               "evenings", "night", "nights", "week", "weekend", "on", "at", "from", "until", "till", "the", "a",
               "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "early", "late",
               "lol", "haha", "as", "usual", "once", "twice", "too", "\\d+\\w*")
_WHEN_AFTER = r"(?:\s+(?:" + "|".join(_WHEN_WORDS) + r")(?![\w-]))*"
_NO_WOUND_NOR_CLAUSE = (r"(?!\s+(?:with|by|up|after|following)(?![\w-]))"
                        r"(?:\s+(?!(?:and|but|so|as)(?![\w-]))[\w'’-]+)*")
_WHERE_IN_IT = (r"(?:\s+(?:na|v|ve|u|vedle|naproti|přízemí|prvním|druhém|třetím|patře|budově|areálu|hned|"
                r"on|at|next|to|opposite|near|by|in|inside|downstairs|upstairs|the|floor|ground|first|second|third|"
                r"building|lobby|foyer|entrance|main|\d+\w*)(?![\w-]))*")
# T48D H2: "admitted that" is a confession, not "admitted that night / that morning" (a stay: "mum was admitted that
# night"): its clause (what was confessed) opens with no time of day ("admitted early" left out for "I got admitted
# early this morning with chest pains")
_CONFESSED = r"(?!\s+(?:night|day|morning|evening|afternoon|week|weekend|same|very)(?![\w-]))(?s:.*)"
EVERYDAY_SENSES["admissions"] = EverydaySense(
    "admitted to a university, a school, a programme, the bar, as a member or free (\"I got admitted to Harvard\") — "
    "no one's stay",
    _ADMISSIONS)
_KEPT_WHOM = ("me", "him", "her", "us", "them", "you", "mum", "mom", "dad", "baby")
_KEPT_WHERE = ("storage", "parking", "lockers", "a locker", "custody", "police custody", "the cells", "a cell",
               "at work", "at the office", "at school",
               # T50 (2: "kept in overnight for questioning", "… by the police", "… at the station" read health): a
               # police cell's night, a shop's
               "for questioning", "by police", "by the police", "by cops", "by the cops", "in detention", "in a cell",
               "in the cells", "in police cells", "in a holding cell", "in the holding cell", "at the custody suite",
               "in the custody suite", "in custody", "detention", "at the station", "at the police station",
               "in jail", "in a police cell", "at the shop", "at the repair shop", "at the garage", "after school",
               "for detention")
# ART54 ("kept in overnight" reads a stay, latin.py): goods or a car kept overnight, a person kept in a police cell
EVERYDAY_SENSES["kept in overnight storage"] = EverydaySense(
    "a thing kept in overnight storage, parking or a locker, a person kept in overnight custody or at work — no "
    "one's stay",
    tuple(f"kept {whom}in overnight {where}" for whom in ("", *(f"{w} " for w in _KEPT_WHOM))
          for where in _KEPT_WHERE))
# ART55 ("the bread was kept in overnight" read health by "kept in overnight"): a thing kept in overnight — food
# left to rise or chill, a car or a parcel at the garage or the depot — is no one's stay
# (the thing's word first, "the" / "my" left out: a phrase is looked for where its first word is)
_KEPT_THINGS = ("bread", "dough", "cake", "food", "milk", "meat", "fish", "cheese", "car", "van", "bike", "parcel",
                "package", "bags", "laptop", "phone", "washing", "laundry")
EVERYDAY_SENSES["kept in overnight things"] = EverydaySense(
    "a thing kept in overnight (\"the bread was kept in overnight\", \"the car was kept in overnight at the "
    "garage\") — no one's stay",
    tuple(f"{thing} {be} kept in overnight" for thing in _KEPT_THINGS
          for be in ("was", "were", "is", "are", "gets", "got", "has been", "had been", "will be")))
EVERYDAY_SENSES["confessions"] = EverydaySense(
    "\"admitted that\" as owning up to something (\"he admitted that he lied\") — no one's stay",
    # ART54 ("he admitted overnight that he lied" read health by "admitted overnight")
    ("admitted that", "admitted overnight that"), _CONFESSED)
# T48C H1 (health texts read none): a squad, a GP's practice or work at the hospital is a look-alike only to its
# clause's end ("I was at the hospital for work.", "my surgery is closed", "ik ben opgenomen in de selectie"):
# anything after it may be the stay or the operation the words were ("I was at the hospital for work and then for my
# surgery", "… and they found a tumour", "my surgery is closed, the wound is healing", "ik ben opgenomen in de
# selectie en daarna in het UMC" were read none)
EVERYDAY_SENSES["practices"] = EverydaySense(
    "a GP's practice (British English \"my surgery is closed\") — no one's operation",
    _GP_PRACTICES, _NO_WOUND_NOR_CLAUSE)
EVERYDAY_SENSES["shops in the hospital"] = EverydaySense(
    "a pharmacy, a café or a cash machine in the hospital (Czech \"Lékárna je v nemocnici\"; \"Lékárna je v "
    "nemocnici, kde leží táta\" is her father's stay) — no one's stay",
    _SHOPS_IN_HOSPITAL, _WHERE_IN_IT)
EVERYDAY_SENSES["squads"] = EverydaySense(
    "picked for a squad, a team, a list (Dutch \"opgenomen in de selectie\") — no one's stay",
    _SQUADS, "")
EVERYDAY_SENSES["work at the hospital"] = EverydaySense(
    "at the hospital for one's work, a shift, a meeting or an interview (\"I was at the hospital for work\") — no "
    "one's stay",
    _AT_HOSPITAL_FOR_WORK, _WHEN_AFTER)
#: ART51's senses of admissions and practices: a term reaching into them takes none of their words (FIRM_PHRASES)
ADMISSIONS_AND_PRACTICES = ("admissions", "confessions", "practices", "shops in the hospital", "squads",
                            "work at the hospital")
FIRM_PHRASES: frozenset[str] = frozenset((*EVERYDAY_SENSES["mass"].phrases, *_UNION_NAMES,
                                         # ART50: a term reaching into these ("heute in der messe frankfurt", "sofreu
                                         # um derrame de óleo", "vado a messa in piega", "i was in a union with
                                         # him") takes none of their words
                                         *(f"messe {venue}" for venue in _MESSE_VENUES), "messe, stand",
                                         "messe am stand", "messe, halle", "messe in halle", *_ITALIAN_MESSA,
                                         *_SPILLS, *_PARTNERS, *_HOSPITAL_CAR_PARKS, *_AT_MSI,
                                         # ART51: "i got admitted", "my surgery is", "je v nemocnici", "ik ben
                                         # opgenomen", "i was at the hospital" reach into these
                                         *(p for sense in ADMISSIONS_AND_PRACTICES
                                           for p in EVERYDAY_SENSES[sense].phrases),
                                         # ART53: "de staking" (shapes.NL_STRIKE_THEN_PART) reaches into these
                                         *EVERYDAY_SENSES["crypto staking"].phrases))
EVERYDAY_PHRASES: tuple[str, ...] = tuple(p for sense in EVERYDAY_SENSES.values() for p in sense.phrases)

# LOOKALIKE2 (an independent tester's 19 special texts read as none: 我是酷儿女性 "I am a queer woman", 本地产检 "a
# local prenatal check", 老家教会 "the church of my home town", "the church close to home", "the gay street parade",
# "в білій церкві" …): a look-alike is blocked exactly where it is one, no wider.
#
# A Chinese phrase across a word break is everyday only where its split is the likelier reading of the characters
# around it (the segmenter's word list: a character before or after that makes a commoner word with the phrase's
# edge takes that edge from it): 酷|儿女 "cool, the children" but 酷儿|女性 "queer woman" (女性, 女生, 女孩 … are
# words), 酷|儿时 but 酷儿|时尚 "queer fashion", 酷|儿歌 but 酷儿|歌手 "queer singer", 酷|儿科 but 酷儿|科幻 "queer
# sci-fi", 酷|儿戏 but 酷儿|戏剧 "queer theatre"; 房|地产|检查 but 本地|产检, 外地|产检, 当地|产检, 异地|产检, 内地|产检
# (a prenatal check here, elsewhere, on the mainland); 的|家教|会 "the tutor will" but 老家|教会 "the home town's
# church" and 国家|教会 "a state church"; 爱|滋生 "love breeds" but 爱滋|生活 "life with AIDS". Each as (the
# characters it is no look-alike after, … before), matched in the phrase's regex (:func:`_phrase_pattern`), so a
# phrase alone stays everyday.
_GIRL_WORDS = "性生孩人友权權同士子儿兒神朋王星演作主"
EVERYDAY_CONTEXT: dict[str, tuple[str, str]] = {
    **{f"{cool}女": ("", _GIRL_WORDS) for cool in ("酷儿", "酷兒")},
    **{f"{cool}{time}": ("", "尚代期刻") for cool in ("酷儿", "酷兒") for time in ("时", "時")},
    **{f"{cool}歌": ("", "手曲剧劇") for cool in ("酷儿", "酷兒")},
    **{f"{cool}科": ("", "幻技") for cool in ("酷儿", "酷兒")},
    **{f"{cool}{play}": ("", "剧劇曲") for cool in ("酷儿", "酷兒") for play in ("戏", "戲")},
    **{f"{love}生": ("", "活") for love in ("爱滋", "愛滋")},  # 爱|滋生 "love breeds" but 爱滋|生活 "life with AIDS"
    **{f"地{check}": ("本外当當异異内內两兩各该該此", "") for check in ("产检", "產檢")},
    **{f"家{church}": ("老国國", "") for church in ("教会", "教會")},
}
#: What a phrase is no look-alike before, as a regex over lower-cased text: "gay st" is Gay Street, but "st"
#: before a saint's or a saint-named city's name is "Saint" ("Gay St. Patrick's Day parade", "gay St. Louis bars",
#: "the gay St Pete pride"; T36), so there the text reads as written. Matched in the phrase's regex
#: (:func:`_phrase_pattern`) as :data:`EVERYDAY_CONTEXT`'s characters are.
_SAINTS = ("patrick", "paddy", "pat", "pete", "petersburg", "louis", "paul", "john", "johns", "george", "andrew",
           "andrews", "david", "valentine", "kitts", "lucia", "martin", "maarten", "thomas", "kilda", "ives",
           "albans", "helens", "augustine", "moritz", "tropez", "mary", "marys", "michael", "vincent", "lawrence",
           "croix", "joseph", "james", "anne", "clair", "cloud", "charles", "catharines", "albert", "barts",
           "nicholas", "stephen", "francis", "anthony", "bernard", "jude", "luke", "mark", "matthew", "peter")
EVERYDAY_NOT_BEFORE: dict[str, str] = {
    "gay st": r"(?:\.\s*|\s+)(?:" + "|".join(_SAINTS) + r")(?:['’]?s)?(?!\w)",
}
# T36: a house of worship's "St" before a saint's name is "Saint" too ("went to church St. Mary's", "the chapel St
# John's"), not a street
EVERYDAY_NOT_BEFORE.update({f"{house} st": EVERYDAY_NOT_BEFORE["gay st"] for house in ("church", *_HOUSES)})
# ART43 (T41B: "Verdi-Streik am Flughafen: ich bin dabei" read nothing): the person's taking part said after a strike
# met as a traveller ("… : ich bin dabei", "…, count me in", "… — j'en suis") makes it her strike: the traveller's and
# the transport's strike is no look-alike before it (EVERYDAY_NOT_BEFORE, "travellers' strikes"); each at a clause's
# end ("I'm in Terminal 5", "ich bin dabei umzubuchen" are no part taken)
# FIXART5: "wir Fahrer sind dabei", "wir Fahrer legen die Arbeit nieder" — the pronoun with its people's noun
# ART53 (T48D: "huelga de metro, no me apunto", "sciopero dei treni, non ci sto" read union): nor after a negation
# ("no me apunto", "io non ci sto", "não estou dentro", "don't count me in"), as "ik doe niet mee", "ich bin nicht
# dabei", "je n'y participe pas" say no part taken (their negation parts the words)
_NOT_NEGATED = "".join(f"(?<!(?<![\\w'’-]){no}\\s)"
                       for no in ("no", "non", "não", "nao", "not", "never", "nunca", "mai"))
_NOT_NEGATED += "".join(f"(?<!n{apostrophe}t\\s)" for apostrophe in "'’")
TAKING_PART_CORE = (r"(?<![\w'’-])" + _NOT_NEGATED
                    + r"(?:(?:ich|wir)\s+(?:[\w'’-]+\s+)?(?:bin|sind)\s+(?:auch\s+)?dabei"
                r"|(?:bin|sind)\s+(?:auch\s+)?dabei"
                r"|(?:ich|wir)\s+(?:[\w'’-]+\s+)?(?:lege|legen)\s+(?:auch\s+)?(?:die|unsere)\s+arbeit\s+nieder"
                r"|(?:ich|wir)\s+(?:mache|machen)\s+(?:auch\s+)?mit|(?:i['’]m|i\s+am|we['’]re|we\s+are)\s+in"
                r"|count\s+(?:me|us)\s+in|(?:i['’]m|i\s+am|we['’]re|we\s+are)\s+joining(?:\s+(?:it|them|in))?"
                r"|(?:i|we)(?:['’]ll|\s+will)\s+join(?:\s+(?:it|them|in))?|j['’]en\s+suis|je\s+participe"
                r"|nous\s+participons|me\s+sumo|me\s+uno|nos\s+sumamos|participo|partecipo|aderisco"
                r"|ci\s+sono\s+anch['’]io"
                # ART51 (T46C: "de staking van de NS, ik doe mee" read none): Dutch's taking part ("ik doe mee",
                # "wij doen ook mee", "ik ben erbij", "ik sluit me aan"), German "ich bin mit dabei", French "j'y
                # participe", Spanish "me apunto", Portuguese "estou dentro", Italian "ci sto"
                r"|(?:ik|wij|we)\s+(?:doe|doen)\s+(?:ook\s+)?mee|(?:ik\s+ben|wij\s+zijn|we\s+zijn)\s+er\s*(?:ook\s+)?bij"
                r"|(?:ik\s+sluit\s+me|wij\s+sluiten\s+ons|we\s+sluiten\s+ons)\s+aan|tel\s+(?:mij|ons)\s+maar\s+mee"
                r"|(?:ich|wir)\s+(?:bin|sind)\s+(?:auch\s+)?mit\s+dabei|j['’]y\s+participe|nous\s+y\s+participons"
                r"|j['’]en\s+serai|(?:yo\s+)?me\s+apunto|nos\s+apuntamos|(?:eu\s+)?(?:estou|tô|to)\s+dentro"
                r"|(?:io\s+)?ci\s+sto)(?![\w'’-])")
_TAKING_PART = TAKING_PART_CORE + r"(?!\s+\w)"
_TAKING_PART_AFTER = r"[^\n]*?" + _TAKING_PART
#: What a phrase is no look-alike after, as the words (with the space after them) before it in lower-cased text: a
#: strike the person joins or calls hers is her action (T37: "joining the rail strike", "our tube strike")
_JOINING = ("join the ", "joins the ", "joined the ", "joining the ", "our ", "we're on ", "we are on ",
            "i'm on ", "i am on ", "support the ", "supporting the ", "picket line for the ", "vote for the ",
            "voted for the ", "balloted for the ")
EVERYDAY_NOT_AFTER: dict[str, tuple[str, ...]] = {p: _JOINING for p in EVERYDAY_SENSES["strikes"].phrases}
EVERYDAY_NOT_BEFORE.update({p: _TAKING_PART_AFTER for p in EVERYDAY_SENSES["strikes"].phrases})
# … and an institution's name is no look-alike before its place of worship or ministry ("Catholic University chapel")
# … nor in a text that says the faith's rite of the person ("Catholic University hoodie for my confirmation": ART41,
# "confirmation" alone is a booking's, so it is read only with the faith's word, here the institution's)
_CONFIRMATION = (r"|.*?(?<![\w-])(?:my|our|his|her|their|your|[\w]+['’]s)\s+confirmation(?![\w-])(?!\s+(?:email|e-mail|"
                 r"mail|number|code|no|letter|page|link|message|text|sms|receipt|screen|pending)(?![\w-]))")
EVERYDAY_NOT_BEFORE.update({p: r"\s+(?:chapel|chapels|campus ministry|ministry|basilica|shrine|church|parish|mass)"
                                r"(?![\w-])" + _CONFIRMATION for p in EVERYDAY_SENSES["institutions"].phrases})
EVERYDAY_NOT_AFTER.update({p: ("confirmation at the ", "confirmation at ", "confirmation in the ")
                           for p in EVERYDAY_SENSES["institutions"].phrases})
# ART51: an admission, a squad, a shop in the hospital or work there is no look-alike where its clause names a
# hospital, a ward or a stay after it ("admitted to the university hospital", "admitted to Oxford's John Radcliffe",
# "admitted to Yale New Haven"); a GP's practice none where a wound is closed ("my surgery is closed with staples");
# a shop in the hospital only at its clause's end or before where in the building it is ("Lékárna je v nemocnici,
# kde leží táta" stays health)
# (word beginnings, not whole words: each phrase holds this lookahead, and a text's cut regex is compiled per set of
# its phrases' first words — PERF: a longer one cost 40–150 ms a compile)
_HOSPITAL_WORDS = (r"(?:hosp|clinic|ward|icu|a&e|\ser(?![\w-])|emergenc|medic|health|infirm|ambulan|"
                   r"psych|patient|presbyt|langone|radcliffe|addenbrook|haven|memorial|ziekenh|nemocn|spital"
                   # ART53 ("I got admitted to Stanford for surgery", "… to Harvard with chest pains" read none): what
                   # the stay is for, at a word's beginning
                   r"|(?<![\w-])(?:surg|operat|seps|septic|pains?(?![\w-])|treatment|observation|chemo|cancer|tumo|"
                   r"stroke|infect|fever|pneumon|covid|fractur|injur|overdos|bleed|seizure|appendi|cardiac|chest|"
                   r"dialys|transfus|biops|contraction|stitches|a\s+drip))")
# ART55 ("admitted with a ticket admitted into the emergency ward as a doctor" read none by the token path and health
# by its regex reference: the first look-alike was turned down by the ward of the second, which the token path blanks
# and reads the text again): the hospital's words are looked for up to another admission only — its words are its
# own, a look-alike's or a term's, and both paths read the text alike
_HOSPITAL_AFTER = r"['’]s|(?:(?!(?<![\w-])admitted(?![\w-]))[^.!?;\n])*?" + _HOSPITAL_WORDS
EVERYDAY_NOT_BEFORE.update({p: _HOSPITAL_AFTER for p in (*_ADMISSIONS, "admitted that", "admitted overnight that")})


def _words_rx(phrase: str) -> str:
    """A phrase's words as :func:`.special_terms._phrase_pattern` matches them (a space also spaces or hyphens, ' also
    ’), for the phrases of ASCII letters the admissions' pattern is built of."""
    return re.escape(phrase).replace(r"\ ", r"[\s-]+").replace("'", "['’]")


def _one_of(phrases: tuple[str, ...]) -> str:
    """``phrases`` as one group of :func:`_words_rx`, longest first (as :data:`EVERYDAY_RX` orders its phrases)."""
    return "(?:" + "|".join(_words_rx(p) for p in sorted(set(phrases), key=len, reverse=True)) + ")"


# ART55 (PERF: the first text holding "admitted" compiled the cut of EVERYDAY_RX of its 2,580 admission phrases, 0.5–1.6
# s, and where one was turned down the cut with each one's hospital lookahead inside, 1.3 M characters, 5–15 s — in
# every CLI run reading a text with it): the admission phrases that begin with "admitted" are read by one pattern,
# their parts as groups (to / into a place, a training or a ward's role; at a time with what is no stay), their
# lookahead once. The phrases stay listed (:data:`EVERYDAY_PHRASES`, FIRM_PHRASES: the spans are theirs, each a whole
# phrase), but out of :data:`EVERYDAY_RX` (:data:`PATTERNED`). Of the phrases matching at one place the longest one not
# turned down wins, as in EVERYDAY_RX (the ones sharing a start share their lookahead, so a longer one turned down
# turns down the shorter).
PATTERNED: frozenset[str] = frozenset((*(p for p in _ADMISSIONS if p.startswith("admitted ")),
                                       *EVERYDAY_SENSES["kept in overnight storage"].phrases))
# ART56: a ward's role followed by "with" and what is not the company one works with is a stay ("admitted to the ward
# as a student with meningitis", "… as a sister with sepsis"; not "… as a student with my mentor")
_ROLE_THEN_ILLNESS = (r"(?![\w-])(?!\s*,?\s*(?:with|w/)[\s-]+(?!(?:(?:my|our|the|a|an|his|her|their)[\s-]+)?"
                      r"(?:mentor|tutor|supervisor|preceptor|team|colleagues?|class|classmates|group|friends?|mates?|"
                      r"cohort)(?![\w-])))")
# ART56 ("admitted to university for surgery", "… to King's College for surgery", "… to the college for cardiac surgery
# training" read health: "surg" after a school is the hospital's word of "admitted to Stanford for surgery"): a
# school's generic name (or a name then one), then "for" and the field one studies, is a student's admission
_SCHOOLS = (r"(?:(?:the|my|a)[\s-]+)?(?:[\w'’]+[\s-]+)?(?:college|university|uni|academy|school|med[\s-]+school|"
            r"medical[\s-]+school|grad[\s-]+school)")
_STUDIED = (r"(?:(?:cardiac|cardiothoracic|general|vascular|plastic|orthopaedic|orthopedic|dental|veterinary|"
            r"paediatric|pediatric|heart|brain)[\s-]+)?(?:surgery|neurosurgery|medicine|nursing|emergency[\s-]+"
            r"medicine|anaesthesia|anesthesia|radiology|cardiology|psychiatry|pharmacy|midwifery|dentistry|"
            r"physiotherapy|paramedic[\s-]+science)(?:[\s-]+(?:training|studies|course|degree|programme|program|"
            r"residency|fellowship|school))?")
_TO_WHERE = (_one_of(_ADMITTED_TO)
             + "|(?:(?:an|the|a)[\\s-]+)?" + _one_of(_TRAINING_FIELDS) + "[\\s-]+" + _one_of(_TRAINING_KINDS)
             + "|" + _one_of(_WARD_PLACES) + "[\\s-]+(?:"
             + _one_of(tuple(w for w in _WARD_ROLE_WORDS if not w.startswith("as ")))
             + "|" + _one_of(tuple(w for w in _WARD_ROLE_WORDS if w.startswith("as "))) + _ROLE_THEN_ILLNESS + ")"
             + "|the[\\s-]+ward['’]s[\\s-]+" + _one_of(_WARD_TEAMS)
             + "|" + _SCHOOLS + r"[\s-]+for[\s-]+" + _STUDIED)
# ART56 ("admitted last night with a VIP ticket / a free pass / a student card / no ID / a plus one / a hangover / a
# broken heart", "… with some reluctance" read health: the list held "a ticket", "a pass", "reluctance" only): what
# follows "with" as a class — a ticket, a pass, an ID or a card (after words saying which: "a VIP / season / backstage
# / student", "my brother's"), the company one comes with ("my best mates", "a plus one"), or a feeling or the manner
# of a confession ("a hangover", "a broken heart", "great reluctance", "a nervous laugh") — the last word of its noun
# (not "a heart attack", "a broken heart valve", "a card for my mum in hospital": the hospital's words after it turn
# an admission down, _HOSPITAL_AFTER) and no illness said after it in its clause ("… with a hangover and
# dehydration", "… with a ticket and chest pains": _ILLNESS_AFTER). "admitted last night with a broken hip / a UTI /
# chest pain" name none of these and stay health.
_ENTRY_WORDS = ("vip", "backstage", "free", "student", "season", "press", "fake", "valid", "guest", "all-access",
                "all access", "access", "day", "weekend", "festival", "gig", "concert", "staff", "member", "members",
                "membership", "media", "complimentary", "comp", "paper", "printed", "mobile", "digital", "golden",
                "early-bird", "early bird", "general admission", "photo", "expired", "borrowed", "spare", "extra",
                "school", "uni", "university", "library", "gym", "entry", "new", "old", "proper", "real", "id",
                "national", "residents", "resident", "visitor", "visitors", "annual", "family", "group", "e", "qr")
_ENTRY = ("ticket", "tickets", "e-ticket", "e-tickets", "eticket", "pass", "passes", "wristband", "wristbands",
          "badge", "badges", "card", "cards", "id", "ids", "i.d", "passport", "passports", "invite", "invites",
          "invitation", "invitations", "voucher", "vouchers", "stamp", "lanyard", "accreditation", "credentials",
          "guest list spot", "guest list place", "guestlist spot", "code", "booking", "reservation", "permit")
_COMPANY_WORDS = ("best", "whole", "new", "old", "two", "three", "uni", "school", "work", "little", "older", "younger",
                  "entire", "college", "footie", "footy", "five-a-side", "pub", "quiz")
_COMPANY = ("mate", "mates", "friend", "friends", "pal", "pals", "bestie", "besties", "bff", "girlfriend",
            "boyfriend", "gf", "bf", "partner", "fiance", "fiancé", "fiancée", "date", "plus one", "plus-one", "+1",
            "colleagues", "coworkers", "co-workers", "workmates", "team", "crew", "gang", "squad",
            "classmates", "guests", "guest", "friend group", "lads", "girls", "boys", "entourage", "cousins",
            # (not "a group" nor "a band": "admitted with group A strep", "… with a gastric band")
            "flatmates", "roommates", "housemates")
_FEELING_WORDS = ("some", "great", "much", "deep", "real", "obvious", "visible", "genuine", "little", "no", "zero",
                  "considerable", "nervous", "sheepish", "wry", "rueful", "sad", "guilty", "shy", "sly", "knowing",
                  "bitter", "slight", "awful", "terrible", "massive", "huge", "bad", "a bit of", "a touch of",
                  "a hint of", "a lot of", "a little")
# (a heart and a face only as a feeling's or a manner's: "a weak / bad heart", "a swollen face" are the body's)
_HEART_AND_FACE = ("broken heart", "heavy heart", "full heart", "grateful heart", "happy heart", "sad heart",
                   "open heart", "straight face", "poker face", "brave face", "red face", "sheepish face")
_FEELING = ("hangover", "reluctance", "regret", "regrets", "tears", "smile", "grin", "laugh", "sigh",
            "shrug", "wink", "embarrassment", "shame", "pride", "hesitation", "relief", "blush", "nod",
            "chuckle", "giggle", "smirk", "honesty", "candour", "candor", "frown", "guilt", "remorse", "sadness",
            "sorrow", "humility", "grace", "humour", "humor", "reservations", "misgivings", "sarcasm", "glee")
_WITH_DETERMINER = (r"(?:(?:a|an|my|our|his|her|their|your|the|no|some|one|two|three|\d+)[\s-]+)?"
                    r"(?:\w+['’]s[\s-]+)?")
# a heart's own illness: "a broken heart valve", "a weak heart"'s words after "heart"
_NOT_THE_ORGAN = r"(?![\s-]+(?:attack|attacks|condition|problem|problems|failure|defect|murmur|issue|issues|disease|" \
                 r"valve|surgery|op|operation|transplant|rhythm|rate|scan|block|infection|bypass)(?![\w-]))"
# ART57 (T50E: "admitted with a cancer research grant" read health): a grant, a scholarship or an award the admission
# is made with, after up to three words saying which (a university's, as _ADMITTED_WITH's "a scholarship")
_AWARDS = ("grant", "grants", "scholarship", "scholarships", "bursary", "bursaries", "studentship", "studentships",
           "award", "awards", "prize", "stipend", "fellowship", "funding")
_WITH_CLASS = (_WITH_DETERMINER + r"(?:[\w'’-]+[\s-]+){0,3}?" + _one_of(_AWARDS) + "|"
               + _WITH_DETERMINER + r"(?:" + _one_of(_ENTRY_WORDS) + r"[\s-]+){0,3}" + _one_of(_ENTRY)
               + "|" + _WITH_DETERMINER + r"(?:" + _one_of(_COMPANY_WORDS) + r"[\s-]+){0,2}" + _one_of(_COMPANY)
               + "|" + _WITH_DETERMINER + r"(?:" + _one_of(_FEELING_WORDS) + r"[\s-]+){0,2}" + _one_of(_FEELING)
               + "|" + _WITH_DETERMINER + _one_of(_HEART_AND_FACE) + _NOT_THE_ORGAN)
# an illness said after the class in its clause (the stay's, as shapes.ADMITTED_FOR_ILLNESS reads it)
# ART57 (T52: "admitted last night with a hangover and pancreatitis / a broken finger / stomach cramps / hypothermia
# / vomiting / an irregular heartbeat", "… with my mates and a stab wound", "… with a sigh and a sprained ankle" read
# none: the list after the class was closed, 24 words): ILLNESS_WORDS, a stay's illness as one vocabulary — the
# diseases by their medical endings (-itis, -osis, -aemia, a tumour's -oma, -pathy), the injuries (a broken,
# fractured, sprained, dislocated or torn part of the body; a stab or gunshot wound; a crash), the symptoms and the
# conditions a stay is for (vomiting, cramps, hypothermia, an irregular heartbeat, a bleed, an overdose …), each at a
# word's start — read anywhere after the class in its clause (through "and", commas, a bracket), as the keyword
# map's own health terms are read there by the text's reading without the look-alike
_BODY_PARTS = ("finger", "fingers", "toe", "toes", "thumb", "hand", "hands", "wrist", "wrists", "arm", "arms", "elbow",
               "shoulder", "collarbone", "collar bone", "rib", "ribs", "hip", "hips", "pelvis", "leg", "legs", "knee",
               "kneecap", "ankle", "ankles", "foot", "feet", "heel", "shin", "femur", "tibia", "fibula", "neck",
               "back", "spine", "vertebra", "vertebrae", "skull", "jaw", "nose", "cheekbone", "eye socket", "tooth",
               "teeth", "ligament", "ligaments", "tendon", "achilles", "acl", "cartilage", "bone", "bones")
_HURT = ("broken", "fractured", "sprained", "dislocated", "torn", "cracked", "shattered", "snapped", "twisted",
         "ruptured", "busted", "smashed", "crushed", "bruised")
#: a stay's illness, injury or symptom (each alternative read at a word's start; lower-cased text): what
#: :data:`_ILLNESS_AFTER` reads after a "with" look-alike of an admission
ILLNESS_WORDS = (
    r"(?:dehydrat|breathing|asthma|kidney|liver|heart\s+attack|burns?(?![\w-])|poison|uti(?![\w-])|pains?(?![\w-])|"
    r"(?:head|back|stomach|tummy|belly|ear|tooth|chest)?aches?(?![\w-])|migraine|clot|concussion|collapse|unconscious|blood|seps|septic|pneumon|fever|"
    r"stroke(?!\s+of\s+(?:luck|genius|fortune|inspiration))|infect|covid|fractur|injur|overdos|bleed|seizure|"
    r"appendi|cardiac|contraction|chemo|tumou?r|"
    # the diseases by their endings ("pancreatitis", "appendicitis", "thrombosis", "leukaemia", "melanoma")
    r"\w+itis(?![\w-])|(?!(?:hypn|osm|symbi|metamorph|apothe)osis)\w+osis(?![\w-])|(?!(?:acad|boh)emia)\w+emia(?![\w-])|"
    r"(?:carcin|melan|lymph|sarc|myel|glaub|haemat|hemat|aden|mening|gli|neurobl)omas?(?![\w-])|"
    r"(?!(?:em|sym|a|anti|tele)pathy)\w+pathy(?![\w-])|"
    # the injuries: a hurt part of the body, a wound, a crash
    r"(?:" + "|".join(_HURT) + r")(?:[\s-]+[\w'’-]+)?[\s-]+(?:" + "|".join(_BODY_PARTS) + r")(?![\w-])|"
    r"sprain|dislocat|whiplash|(?:stab|gunshot|knife|bullet|head|deep)[\s-]+wounds?|stabb(?:ed|ing)|"
    r"gunshot|laceration|(?:car|road|traffic|bike|cycling|motorbike|motorcycle|scooter|ski|skiing)[\s-]+"
    r"(?:crash|accident|collision)|"
    # the symptoms and the conditions a stay is for
    r"vomit|nausea|diarrh|cramps?(?![\w-])|hypotherm|hypertherm|hypoglyc|hyperglyc|frostbite|heat\s*stroke|sunstroke|"
    r"(?:irregular|racing|rapid|abnormal|slow|erratic)[\s-]+(?:heart\s*beat|pulse|heart\s+rhythm)|arrhythm|"
    r"palpitation|nosebleed|haemorrhag|hemorrhag|dizz|faint(?:ed|ing)|blacked\s+out|swelling|anaphyla|"
    r"allergic\s+reaction|hernia|ulcer|gallstone|kidney\s+stone|psychos|panic\s+attack|flu(?![\w-])|"
    r"stomach\s+pump|chest\s+infection|diabet|epilep|cancer|lumps?(?![\w-])(?!\s+sums?(?![\w-]))|miscarr|bronch)")
#: … not an illness's word where it names a pass, a piece of research or a grant, luck, a project or a figure of
#: speech (T50: "admitted to the concert with a covid pass", "… with a stroke of genius", "… for kidney research";
#: T50E, ART57: "admitted with a cancer research grant", "… the PhD programme with a cancer biology project", "… the
#: team with a fractured reputation", "… the party with a fever dream outfit"): read after the illness's word
#: (shapes.ADMITTED_FOR_ILLNESS too)
ILLNESS_NOT_BEFORE = (r"(?![\w-]*\s+(?:pass(?:es|port)?|cert\w*|tests?\s+results?|research|studies|study|program\w*|"
                      r"course|of\s+(?:genius|luck|fortune|inspiration)|insurance|grants?|scholarships?|bursar\w*|"
                      r"charity|awareness|fundrais\w*|appeal|biology|project|projects|reputation|ego|pride|dream|"
                      r"dreams)(?![\w-]))")
_ILLNESS_AFTER = (r"(?:(?!(?<![\w-])admitted(?![\w-]))[^.!?;\n])*?(?<![\w-])" + ILLNESS_WORDS
                  + ILLNESS_NOT_BEFORE)
EVERYDAY_PATTERNS["admissions"] = EverydayPattern(
    EVERYDAY_SENSES["admissions"].reason,
    lazy_compile(r"(?<![\w-])admitted[\s-]+(?:(?:to|into)[\s-]+(?:" + _TO_WHERE + ")"
                 + r"|overnight[\s-]+" + _one_of(_GUESTS) + r"|as[\s-]+" + _one_of(_ADMITTED_AS)
                 + "|" + _one_of(_ADMITTED_HOW)
                 + r"|(?:" + _one_of(ADMITTED_WHEN) + r"(?:[\s-]+|\s*,\s*))?(?:with|w/)[\s-]+(?:(?:"
                 + _one_of(_ADMITTED_WITH) + "|" + _WITH_CLASS + r")(?![\w-])(?!" + _ILLNESS_AFTER + ")"
                 + r"))(?![\w-])(?!" + _HOSPITAL_AFTER + ")"),
    ("admitted",))
# … and so are the 385 of things and people kept in overnight at a shop, a police station, work (0.2 s a compile)
EVERYDAY_PATTERNS["kept in overnight storage"] = EverydayPattern(
    EVERYDAY_SENSES["kept in overnight storage"].reason,
    lazy_compile(r"(?<![\w-])kept[\s-]+(?:" + _one_of(_KEPT_WHOM) + r"[\s-]+)?in[\s-]+overnight[\s-]+"
                 + _one_of(_KEPT_WHERE) + r"(?![\w-])"),
    ("kept",))
# ART55: … unless the person answers it yes ("you're not in the union at work? yes I am", "… ? I am, joined in May":
# shapes.YES_I_AM), her membership
EVERYDAY_NOT_BEFORE.update({p: YES_I_AM for p in EVERYDAY_SENSES["not in the union"].phrases})
# ART53: the look-alikes that hold only to their clause's end (EverydaySense.to_clause_end), beside the words they
# are none before
for _sense in EVERYDAY_SENSES.values():
    if _sense.to_clause_end is not None:
        for _phrase in _sense.phrases:
            EVERYDAY_NOT_BEFORE[_phrase] = "|".join((clause_end_guard(_sense.to_clause_end),
                                                     *filter(None, (EVERYDAY_NOT_BEFORE.get(_phrase),))))
# ART63 (the answer to the negated question ART54–ART60 listed in German, Spanish, Portuguese and French was read
# none unless it was her yes: "Bist du nicht in der Gewerkschaft? Seit 2019", "¿No estás en el sindicato? No, pero
# desde 2019 estoy en UGT", "Você não está no sindicato? Não, estou na CUT" read none): as _NEGATED_UNION_END reads it
# in the seven languages — none where the question's mark ends the text, her answer is no to its end (_ANSWER_NO:
# "…? Nein", "…? No, nunca lo estuve. ¿Y tú?") or her yes is taken back at once (_YES_TAKEN_BACK: "…? Doch, bin
# ich. Nicht mehr"); anything else after it ("…? Nein, aber meine Frau schon", "…? Seit 2019") reads as written.
# Her yes is read as before (ART56–ART60: none where it is not UNION_ANSWERS' yes — taken back, "Doch, bin ich – bin
# aber letztes Jahr ausgetreten" — or goes on past its row's words; and answered in English, as T52 3)
_ASKED_LANGUAGES = ("de", "es", "fr", "pt", "en")
_NOT_IN_A_UNION_ASKED_END = (r"\s*+[?？]++(?:\s*+[—–-]+)?\s*+(?:a:\s*+)?(?:$|" + _ANSWER_NO + r"|" + _YES_TAKEN_BACK
                             + r")|" + _ANSWERED_NO_THEN_UNION
                             + r"|(?=" + "|".join(_BARE_ANSWERS[language] for language in _ASKED_LANGUAGES)
                             + r")(?!" + "|".join(UNION_ANSWERS[language] for language in _ASKED_LANGUAGES)
                             + r")\s*[?？]")
for _phrase in EVERYDAY_SENSES["not in a union (de, es, pt, fr)"].phrases:
    EVERYDAY_NOT_BEFORE[_phrase] += ("(?!" + _NOT_IN_A_UNION_WORDS + "(?:" + _NOT_IN_A_UNION_PAST_END + "|"
                                     + _NOT_IN_A_UNION_ASKED_END + "))")
# ART63 (T57D 4: "Ich bin nicht nicht in der Gewerkschaft", a doubled "nicht", says she is): the German phrases of "not
# in a union" after another "nicht" are none of it (Spanish "No, no estoy …" and Portuguese "Não, não sou …" repeat
# the no: still one)
for _phrase in EVERYDAY_SENSES["not in a union (de, es, pt, fr)"].phrases:
    if _phrase.startswith(("nicht ", "nie ", "kein")):
        EVERYDAY_NOT_AFTER[_phrase] = (*EVERYDAY_NOT_AFTER.get(_phrase, ()), "nicht ")
# ART50: a heart attack had in the mine is no cave-in ("miał zawał w kopalni", "dostałem zawał w kopalni")
EVERYDAY_NOT_AFTER.update({p: tuple(f"{verb} " for verb in ("miał", "miała", "miałem", "miałam", "mial", "miala",
                                                             "dostał", "dostała", "dostałem", "dostałam", "doznał",
                                                             "doznała", "przeszedł", "przeszła", "przeszedłem",
                                                             "przeszłam", "ma", "mam", "mój", "jego", "jej"))
                           for p in ("zawał w kopalni",)})
#: Phrases that are a look-alike only as a name: each word capitalised in the text as written ("Gay Street",
#: "Church Close", "Біла Церква" — the street, the close, the city) or, for a street, after a house number ("400 gay
#: street"); written in lower case ("the gay street parade", "the church close to home", "вінчалися в білій церкві"
#: — married in a white church) they are the special words they hold. :func:`everyday_spans` reads them from the
#: text as written; :data:`EVERYDAY_RX` alone (lower-cased text) takes them as names.
NAMES_ONLY: frozenset[str] = frozenset((*_UK_BILA_TSERKVA, *_RU_BELAYA_TSERKOV, *_SR_BELA_CRKVA,
                                       "gay head", "charlotte church"))  # "my gay head of year", "our Charlotte church"
STREETS_ONLY: frozenset[str] = frozenset(("gay street", "church close", "church walk"))

# FIXART2 (T40: "我的电脑罢工了", "Принтер объявил забастовку", "mi coche está en huelga", "ma voiture fait grève",
# "Streik bei der Lufthansa, Flug gestrichen" read union once the singular strike noun read alone, ART41): the strike
# noun in each language it is read in (the package docstring, "Strikes"), as a regex over lower-cased text
_STRIKE_NOUN = (r"(?:strike|streik|grève|huelga|sciopero|greve|grev\w*|staking|strajk\w*|strejk\w*|забастовк\w*|"
                r"страйк\w*|штрајк\w*|"
                r"(?:[وفبل]|وال|فال|بال|لل|ال|وب|ول)?[إاأ]ضراب(?:نا|ي|هم)?|[והבלמש]{0,2}שבית(?:ה|ת))(?![\w-])")
_STRIKE_CJK = r"(?:罢工|罷工|ストライキ)"
_STRIKE_KEYS = ("strike", "streik", "grève", "huelga", "sciopero", "grev", "staking", "strajk", "strejk", "забастовк",
                "страйк", "штрајк",
                "ضراب", "שבית", "罢工", "罷工", "ストライキ")
# a thing "on strike": a device, a vehicle or a body part as the strike's subject, a joke of it not working; after a
# determiner or possessive in the Latin-script languages ("my back is on strike", not "we're back on strike"), the
# possessive suffix in Turkish and Arabic ("bilgisayarım", "سيارتي"), with or without one in Cyrillic, Hebrew, Chinese
# and Japanese. Up to three words between, none a person's pronoun ("my car and I are on strike" stays union).
_THINGS_EN = ("laptop", "computer", "pc", "mac", "printer", "scanner", "phone", "iphone", "smartphone", "tablet",
              "ipad", "tv", "telly", "router", "wifi", "wi-fi", "internet", "modem", "fridge", "freezer", "oven",
              "microwave", "dishwasher", "washing machine", "dryer", "boiler", "heater", "heating", "kettle",
              "toaster", "coffee machine", "coffee maker", "vacuum", "vacuum cleaner", "hoover", "car", "bike",
              "scooter", "engine", "battery", "keyboard", "kindle", "fitbit", "roomba", "airpods",
              # FIXART3: a device's or a kitchen's thing more ("my Starbucks app", "my hair dryer")
              "app", "apps", "sourdough starter", "alarm clock", "hair dryer", "hairdryer", "tumble dryer",
              "lawnmower", "lawn mower",
              # T41B M1 (FIXART3's union default read "my Pixel is on strike" union): devices by their products'
              # names, not their makers' ("the Samsung strike" is its workers'; nor "Echo", a newspaper's name, nor
              # "plants", a factory's), a garden's and a body's more
              "pixel", "macbook", "chromebook", "thinkpad", "switch", "alexa", "siri", "nest",
              "thermomix", "air fryer", "airfryer", "instant pot", "gps", "bluetooth", "smartwatch", "apple watch",
              "tomatoes", "ovaries", "uterus",
              "bladder", "neck", "shoulder", "hips",
              "mouse", "camera", "console", "xbox", "playstation", "ps5", "headphones", "earbuds", "alarm", "watch",
              "brain", "body", "knee", "knees", "back", "stomach", "legs", "feet", "liver", "eyes", "voice",
              "immune system", "brain cells",
              # ART42: pets and faculties ("the cat is on strike and won't eat", "motivation on strike")
              "cat", "cats", "kitty", "kitten", "dog", "dogs", "puppy", "hamster", "rabbit", "bunny", "parrot",
              "budgie", "goldfish", "hens", "chickens", "horse", "pony", "tortoise", "motivation", "willpower",
              "patience", "creativity", "concentration", "focus", "memory", "energy", "metabolism", "sleep",
              "appetite", "inspiration",
              # ART44 (T43: the classes FIXART3's table began, by their common names: appliances, vehicles, apps)
              "blender", "juicer", "food processor", "slow cooker", "rice cooker", "bread maker", "cooker", "hob",
              "stove", "air con", "aircon", "air conditioning", "thermostat", "heat pump", "doorbell", "smoke alarm",
              "garage door", "van", "motorbike", "motorcycle", "campervan", "caravan", "tractor", "sat nav",
              "satnav", "browser", "autocorrect", "spellcheck")
_THINGS = {
    "en": (r"(?:my|our|the|his|her|your|their|this|that)", _THINGS_EN),
    "de": (r"(?:mein\w*|unser\w*|dein\w*|sein\w*|ihr\w*|der|die|das)",
           ("laptop", "computer", "rechner", "pc", "drucker", "scanner", "handy", "smartphone", "telefon", "tablet",
            "fernseher", "router", "wlan", "internet", "kühlschrank", "ofen", "backofen", "mikrowelle",
            "spülmaschine", "waschmaschine", "trockner", "heizung", "therme", "wasserkocher", "kaffeemaschine",
            "thermomix", "auto", "wagen", "fahrrad", "rad", "motor", "akku", "staubsauger", "föhn", "fön",
            "saugroboter",
            "batterie", "tastatur", "maus", "kamera",
            "gehirn", "hirn", "kopf", "körper", "knie", "rücken", "magen", "kreislauf", "beine", "füße", "stimme",
            "katze", "kater", "hund", "welpe", "hamster", "kaninchen", "hühner", "pferd", "motivation",
            "willenskraft", "geduld", "konzentration", "kreativität", "gedächtnis", "energie", "appetit")),
    "fr": (r"(?:mon|ma|mes|notre|nos|ton|ta|son|sa|le|la|les|l['’])",
           ("ordi", "ordinateur", "pc", "portable", "imprimante", "téléphone", "tel", "smartphone", "tablette",
            "télé", "box", "wifi", "internet", "frigo", "four", "micro-ondes", "lave-vaisselle", "lave-linge",
            "machine à laver", "chaudière", "chauffage", "bouilloire", "cafetière", "voiture", "bagnole", "caisse",
            "vélo", "scooter", "moteur", "batterie", "clavier", "souris", "cerveau", "corps", "genou", "genoux",
            "dos", "estomac", "jambes", "pieds", "voix",
            "chat", "chatte", "chaton", "chien", "chienne", "chiot", "lapin", "hamster", "poules", "cheval",
            "motivation", "volonté", "patience", "concentration", "créativité", "mémoire", "énergie", "appétit")),
    "es": (r"(?:mi|mis|tu|su|nuestr[oa]s?|el|la|los|las)",
           ("ordenador", "computadora", "compu", "portátil", "laptop", "pc", "impresora", "móvil", "celular",
            "teléfono", "tablet", "tele", "televisor", "router", "wifi", "internet", "nevera", "heladera", "horno",
            "microondas", "lavavajillas", "lavadora", "secadora", "caldera", "calefacción", "cafetera", "coche",
            "carro", "auto", "moto", "bici", "motor", "batería", "teclado", "ratón", "cámara", "cerebro", "cuerpo",
            "rodilla", "rodillas", "espalda", "estómago", "piernas", "pies", "voz",
            "gato", "gata", "gatito", "perro", "perra", "perrito", "conejo", "hámster", "gallinas", "caballo",
            "motivación", "voluntad", "paciencia", "concentración", "creatividad", "memoria", "energía",
            "apetito")),
    "it": (r"(?:il mio|la mia|i miei|le mie|il|la|lo|l['’]|mio|mia|miei|mie)",
           ("computer", "pc", "portatile", "stampante", "telefono", "cellulare", "smartphone", "tablet", "tv",
            "televisore", "router", "wifi", "internet", "frigo", "forno", "microonde", "lavastoviglie",
            "lavatrice", "caldaia", "riscaldamento", "macchinetta", "moka", "macchina", "auto", "motorino", "bici",
            "motore", "batteria", "tastiera", "mouse", "cervello", "corpo", "ginocchio", "ginocchia", "schiena",
            "stomaco", "gambe", "piedi", "voce",
            "gatto", "gatta", "gattino", "cane", "cagnolino", "coniglio", "criceto", "galline", "cavallo",
            "motivazione", "volontà", "pazienza", "concentrazione", "creatività", "memoria", "energia",
            "appetito")),
    "pt": (r"(?:meu|minha|meus|minhas|nosso|nossa|o|a|os|as)",
           ("computador", "pc", "notebook", "portátil", "impressora", "telemóvel", "celular", "telefone", "tablet",
            "tv", "televisão", "router", "roteador", "wifi", "internet", "frigorífico", "geladeira", "forno",
            "micro-ondas", "máquina de lavar", "esquentador", "aquecimento", "cafeteira", "carro", "mota", "moto",
            "bicicleta", "motor", "bateria", "teclado", "rato", "mouse", "cérebro", "corpo", "joelho", "joelhos",
            "costas", "estômago", "pernas", "pés", "voz",
            "gato", "gata", "gatinho", "cão", "cachorro", "cadela", "coelho", "hamster", "galinhas", "cavalo",
            "motivação", "vontade", "paciência", "concentração", "criatividade", "memória", "energia",
            "apetite")),
    "nl": (r"(?:mijn|onze|ons|de|het|je|jouw)",
           ("laptop", "computer", "pc", "printer", "telefoon", "mobiel", "tablet", "tv", "router", "wifi",
            "internet", "koelkast", "oven", "magnetron", "vaatwasser", "wasmachine", "cv-ketel", "ketel",
            "koffiezetapparaat", "auto", "fiets", "scooter", "motor", "accu", "batterij", "toetsenbord", "muis",
            "brein", "hersenen", "lichaam", "knie", "knieën", "rug", "maag", "benen", "voeten", "stem",
            "kat", "poes", "hond", "puppy", "konijn", "hamster", "kippen", "paard", "motivatie", "wilskracht",
            "geduld", "concentratie", "creativiteit", "geheugen", "energie")),
}
# Turkish (the possessive suffix: "bilgisayarım grev yapıyor"), Cyrillic, Arabic (the possessive suffix: "سيارتي"),
# Hebrew (with the article: "המחשב שלי בשביתה"), Chinese and Japanese
_THINGS_TR = (r"(?:bilgisayar|laptop|telefon|yazıc|televizyon|modem|buzdolab|fırın|çamaşır makine|araba|bisiklet|"
              r"motor|batarya|klavye|beyn|vücud|diz|bel|mide|bacaklar|"
              # ART42: pets and faculties ("kedim greve çıktı", "motivasyonum grevde")
              r"kedi|köpeğ|köpek|tavşan|kuş|motivasyon|sabr|irade|enerji|hafıza)(?:ım|im|um|üm|m)(?:ız|iz|uz|üz)?")
_THINGS_CYRILLIC = (r"(?:(?:мой|моя|моё|мое|мои|наш\w*|мій|моя|моє|мої|наш|мој|моја|моје)\s+)?"
                    r"(?:компьютер\w*|комп|пылесос\w*|пилосос\w*|ноутбук\w*|принтер\w*|телефон\w*|смартфон\w*|планшет\w*|телевизор\w*|"
                    r"роутер\w*|холодильник\w*|машин\w*|автомобил\w*|велосипед\w*|мотор\w*|двигател\w*|"
                    r"аккумулятор\w*|клавиатур\w*|мозг\w*|организм\w*|тело|колен\w*|спин\w*|желуд\w*|ноги|"
                    r"комп'ютер\w*|ноутбук|телевізор\w*|холодильник|автівк\w*|мозок|коліно|спина|шлунок|"
                    r"рачунар\w*|лаптоп\w*|штампач\w*|телефон|аутомобил\w*|ауто|кола|мозак|колено|леђа|стомак|"
                    # ART42: pets and faculties ("мой кот объявил забастовку", "моя мотивация бастует")
                    r"кот|кошк\w*|котик\w*|собак\w*|пёс|пес|щен\w*|хомяк\w*|кролик\w*|попуга\w*|мотиваци\w*|"
                    r"терпени\w*|сил\w* воли|памят\w*|енерги\w*|энерги\w*|кіт|кішк\w*|пас|мачк\w*|мотивациј\w*|"
                    r"мотивації|мотивація|стрпљењ\w*)")
_THINGS_AR = (r"(?:سيارتي|سيارتنا|هاتفي|جوالي|موبايلي|حاسوبي|كمبيوتري|الكمبيوتر|لابتوبي|اللابتوب|طابعتي|الطابعة|"
              r"ثلاجتي|الثلاجة|غسالتي|الغسالة|دراجتي|عقلي|دماغي|جسمي|جسدي|ركبتي|ظهري|معدتي|رجلي|"
              # ART42: pets and faculties ("قطتي في إضراب", "صبري في إضراب")
              r"قطتي|القطة|كلبي|الكلب|صبري|حماسي|تركيزي|ذاكرتي|طاقتي)")
_THINGS_HE = (r"ה?(?:מחשב|לפטופ|מדפסת|טלפון|פלאפון|סלולרי|טלוויזיה|ראוטר|מקרר|תנור|מכונת כביסה|מדיח|רכב|אוטו|מכונית|"
              r"אופניים|מנוע|מצבר|מקלדת|מוח|גוף|ברך|גב|בטן|קיבה|רגליים|"
              # ART42: pets and faculties ("החתול שלי בשביתה", "המוטיבציה שלי בשביתה")
              r"חתול|חתולה|כלב|כלבה|גור|ארנב|תוכי|מוטיבציה|סבלנות|ריכוז|זיכרון|אנרגיה)(?:\s+שלי|\s+שלנו)?")
_THINGS_CJK = (r"(?:电脑|電腦|吸尘器|吸塵器|空调|空調|エアコン|掃除機|"
               r"笔记本|筆記本|打印机|打印機|印表机|印表機|手机|手機|电视|電視|路由器|冰箱|洗衣机|洗衣機|"
               r"车|車|汽车|汽車|自行车|自行車|电池|電池|键盘|鍵盤|脑子|腦子|大脑|大腦|身体|身體|膝盖|膝蓋|腰|胃|腿|"
               r"パソコン|pc|プリンター|プリンタ|スマホ|携帯|テレビ|ルーター|冷蔵庫|洗濯機|車|自転車|バッテリー|"
               r"キーボード|脳|頭|体|膝|腰|胃|足|"
               # ART42: pets and faculties ("我的猫罢工了", "我的耐心罢工了", "うちの猫がストライキ中")
               r"猫|猫咪|狗|狗狗|兔子|仓鼠|倉鼠|鹦鹉|鸚鵡|耐心|动力|動力|意志力|记忆力|記憶力|注意力|食欲|精力|"
               r"犬|うさぎ|ハムスター|やる気|集中力|根気|記憶|食欲)")
# (French "on" is "we" only before its verb: "on fait grève", but "my laptop is on strike")
_PERSONS = (r"(?:i|i'm|we|we're|ich|wir|je|nous|on\s+(?:fait|est|était|va|se|s['’]est)|yo|nosotros|nosotras|io|noi|"
            r"eu|nós|ik|wij|ben|biz|я|мы|ми|أنا|انا|نحن|אני|אנחנו|אנו|and|und|et|y|e)")
_BETWEEN = r"(?:\s+(?!" + _PERSONS + r"(?![\w'’-]))[\w'’-]+){0,3}\s+"
# per language, each read only where the text holds its strike noun (a key): one regex of them all, tried at each
# letter of every text with a strike, cost some 18 µs a text
_NOUNS = {"en": "strike", "de": "streik", "fr": "grève", "es": "huelga", "it": "sciopero", "pt": "greve",
          "nl": "staking"}
for _language, (_determiner, _things) in _THINGS.items():
    EVERYDAY_PATTERNS[f"things on strike ({_language})"] = EverydayPattern(
        "a device, a vehicle or a body part \"on strike\" (\"my laptop is on strike\", \"ma voiture fait grève\", "
        "\"mi coche está en huelga\", \"my knee is on strike\"): a thing that does not work, no stoppage of work by "
        "a union's members",
        lazy_compile(r"(?<![\w-])" + _determiner + r"\s+" + _alternation(_things) + r"(?:['’]s)?" + _BETWEEN
                   + r"(?:" + _NOUNS[_language] + r")(?![\w-])"), (_NOUNS[_language],))
EVERYDAY_PATTERNS["things on strike (tr, ru, uk, sr, ar, he)"] = EverydayPattern(
    "the same in Turkish, Russian, Ukrainian, Serbian, Arabic and Hebrew (\"bilgisayarım grev yapıyor\", \"Принтер "
    "объявил забастовку\", \"سيارتي في إضراب\", \"המחשב שלי בשביתה\")",
    lazy_compile(r"(?<![\w-])(?:" + "|".join((_THINGS_TR, _THINGS_CYRILLIC, _THINGS_AR, _THINGS_HE)) + r")(?![\w-])"
               + _BETWEEN + _STRIKE_NOUN), ("grev", "забастовк", "страйк", "штрајк", "ضراب", "שבית"))
EVERYDAY_PATTERNS["things on strike (zh, ja)"] = EverydayPattern(
    "the same in Chinese and Japanese (\"我的电脑罢工了\", \"打印机又罢工了\", \"パソコンがストライキ中\")",
    lazy_compile(_THINGS_CJK + r"[^\s,.!?，。！？、]{0,4}?" + _STRIKE_CJK),
    ("罢工", "罷工", "ストライキ"))
# ART42 (T40B: "wifi on strike", "my cat is on strike", "my motivation is on strike", "mi móvil se ha puesto en
# huelga" read union): the thing on strike by a rule, not a list per case. After a possessive of one owner ("my",
# "mein", "mon", "mi", "il mio", "meu", "mijn"; "мой", "我的", "私の": the zh, ja and Cyrillic patterns above) a
# noun of the known classes is what the owner has — a device, a pet, a body part, a faculty ("my motivation", "ma
# patience": _THINGS, _THINGS_TOO). FIXART3 (T41: "my Starbucks / bank / nursery is on strike", "my bin men are on
# strike" read nothing under ART42's rule, any noun naming no people): a noun of no known class stays union, the
# gate's safe side; words around the thing may not name people: kin, colleagues, a workplace, a group, a trade
# (_PEOPLE), or, in the Latin-script languages, a noun of persons by its suffix (an agent noun: "my coworkers", "mes
# collègues", "mis compañeros", "meine Kolleginnen"; a thing of the lists that looks like one, "my printer", "il mio
# motore", stays a thing). Turkish, Arabic and Hebrew,
# whose possessive is a suffix or follows the noun, keep their lists (pets and faculties added). Read only with the
# idiom of being on strike right after the owner's words ("is on strike", "est en grève", "fait grève", "está en
# huelga", "ist im Streik", "è in sciopero", "está em greve", "is in staking"), so "my train was late because of the
# strike" stays union, and not over a plural owner ("our union is on strike", "our school"), nor across a person's
# pronoun or "and" ("my car and I are on strike").
_OWNER = {
    "en": r"(?:my|your|his|her)",
    "de": r"(?:mein|meine|meinem|meinen|meiner|dein|deine|deinem|deinen|deiner|sein|seine|seinem|seinen|seiner)",
    "fr": r"(?:mon|ma|mes|ton|ta|tes|son|sa|ses)",
    "es": r"(?:mi|mis|tu|tus|su|sus)",
    "it": r"(?:mio|mia|miei|mie|tuo|tua|tuoi|tue|suo|sua|suoi|sue)",
    "pt": r"(?:meu|minha|meus|minhas|teu|tua|teus|tuas|seu|sua|seus|suas)",
    "nl": r"(?:mijn|m['’]n|jouw)",
}
_ON_STRIKE = {
    "en": r"on\s+strike",
    "de": r"(?:im|in\s+den|in)\s+streik",
    "fr": r"(?:en|fait|font|faire|fera|faisait)\s+grève",
    "es": r"(?:en|de|hace|hacen|hizo|hacer)\s+huelga",
    "it": r"(?:in|fa|fanno|fatto|fare)\s+sciopero",
    "pt": r"(?:em|de|faz|fazem|fez|fazer)\s+greve",
    "nl": r"in\s+staking",
}
# people and their groups, per language: kin, friends, work, workplaces and unions, the trades most often on strike
# (what an agent suffix does not tell)
_PEOPLE = {
    "en": ("husband", "wife", "partner", "boyfriend", "girlfriend", "fiancé", "fiancée", "spouse", "mum", "mom",
           "mother", "dad", "father", "parents", "son", "daughter", "kid", "kids", "child", "children", "brother",
           "sister", "siblings", "family", "friend", "friends", "mate", "mates", "flatmate", "roommate", "cousin",
           "uncle", "aunt", "grandma", "grandpa", "colleague", "colleagues", "coworker", "co-worker", "boss",
           "team", "staff", "crew", "union", "branch", "department", "school", "college", "uni", "university",
           "hospital", "office", "factory", "plant", "company", "firm", "workplace", "class", "students", "pupils",
           "nurse", "nurses", "pilot", "pilots", "doctor", "teacher", "lecturer", "midwife", "midwives", "guard",
           "guards", "driver", "worker", "manager", "supervisor", "employer", "tutor", "professor", "cleaner",
           "cook", "chef", "medic", "medics", "postman", "postmen", "police", "people", "everyone", "everybody",
           "local", "shift", "ward", "depot", "store", "shop", "sector", "nan", "gran", "granny", "grandad",
           "comrades", "guys", "lads", "folks", "peers", "classmates", "job", "work", "industry", "profession",
           "trade", "warehouse", "site", "mine", "yard", "station", "airline", "railway", "council", "trust",
           "nhs", "practice", "clinic", "lab", "newsroom", "restaurant", "hotel", "bakery", "kitchen", "gp", "gps",
           "vet", "surgeon", "consultant", "paramedic", "barista", "baristas", "city", "town", "country", "village",
           "region", "county", "state", "province"),
    "de": ("mann", "frau", "partner", "partnerin", "freund", "freundin", "freunde", "mutter", "mama", "vater",
           "papa", "eltern", "sohn", "tochter", "kind", "kinder", "bruder", "schwester", "familie", "kollege",
           "kollegen", "kollegin", "chef", "chefin", "team", "belegschaft", "gewerkschaft", "betrieb", "firma",
           "schule", "kita", "uni", "klinik", "krankenhaus", "abteilung", "pilot", "piloten", "arzt", "ärzte",
           "ärztin", "leute", "branche", "lehrer", "lehrerin", "erzieher", "erzieherin", "fahrer", "fahrerin",
           "lokführer", "arbeiter", "arbeiterin", "genossen", "arbeit", "job", "stelle", "werk", "lager", "laden",
           "praxis", "station", "filiale", "stadt", "land", "hausarzt", "hausärztin"),
    "fr": ("mari", "femme", "copain", "copine", "ami", "amie", "amis", "mère", "maman", "père", "papa", "parents",
           "fils", "fille", "enfant", "enfants", "frère", "sœur", "soeur", "famille", "collègue", "collègues",
           "patron", "patronne", "équipe", "syndicat", "boîte", "entreprise", "école", "lycée", "fac", "hôpital",
           "service", "usine", "bureau", "prof", "profs", "pilote", "pilotes", "médecin", "médecins", "gens",
           "camarades", "travail", "boulot", "taf", "job", "magasin", "entrepôt", "mairie", "ville", "pays", "région"),
    "es": ("marido", "esposo", "esposa", "mujer", "novio", "novia", "pareja", "amigo", "amiga", "amigos", "madre",
           "mamá", "padre", "papá", "padres", "hijo", "hija", "hijos", "hermano", "hermana", "familia", "compañero",
           "compañera", "compañeros", "colega", "colegas", "jefe", "jefa", "equipo", "plantilla", "sindicato",
           "empresa", "escuela", "colegio", "instituto", "uni", "hospital", "oficina", "fábrica", "profe", "profes",
           "piloto", "pilotos", "médico", "médicos", "gente", "camaradas", "trabajo", "curro", "chamba", "tienda",
           "almacén", "obra", "ciudad", "país", "pueblo"),
    "it": ("marito", "moglie", "ragazzo", "ragazza", "compagno", "compagna", "amico", "amica", "amici", "madre",
           "mamma", "padre", "papà", "genitori", "figlio", "figlia", "figli", "fratello", "sorella", "famiglia",
           "collega", "colleghi", "capo", "squadra", "sindacato", "azienda", "ditta", "scuola", "università",
           "ospedale", "ufficio", "fabbrica", "prof", "pilota", "piloti", "medico", "medici", "gente", "compagni",
           "lavoro", "negozio", "magazzino", "città", "paese"),
    "pt": ("marido", "esposa", "mulher", "namorado", "namorada", "amigo", "amiga", "amigos", "mãe", "pai", "pais",
           "filho", "filha", "filhos", "irmão", "irmã", "família", "colega", "colegas", "chefe", "equipe", "equipa",
           "sindicato", "empresa", "escola", "faculdade", "hospital", "escritório", "fábrica", "piloto", "pilotos",
           "médico", "médicos", "gente", "camaradas", "trabalho", "emprego", "loja", "armazém", "cidade",
           "país"),
    "nl": ("man", "vrouw", "vriend", "vriendin", "vrienden", "moeder", "mama", "vader", "papa", "ouders", "zoon",
           "dochter", "kinderen", "broer", "zus", "familie", "collega", "collega's", "baas", "team", "vakbond",
           "bedrijf", "school", "ziekenhuis", "fabriek", "piloot", "piloten", "arts", "artsen", "mensen", "werk",
           "baan", "winkel", "magazijn", "stad", "land", "huisarts"),
}
# nouns of persons by their suffix (the agent nouns and their plurals): English -ers, -ors, -ists, -ians, -ees, -ants,
# -ents; German -erin, -innen, -ler (-er: below); French -eur(s), -euse(s), -iste(s), -ien(ne)(s), -ier(s), -ière(s);
# Spanish -or(es), -ora(s), -ista(s), -ero(s), -era(s); Italian -ore/-ori, -rice/-rici, -ista/-isti/-iste, -iere/-ieri;
# Portuguese -or(es), -ora(s), -ista(s), -eiro(s), -eira(s); Dutch -er(s), -aar(s), -ist(en), -ier(s). The owner's word
# by singular and plural; a word after it, which may be an adverb or an adjective ("wieder", "never"), by the plural
# only. German "-er" is also a device's ("mein Staubsauger", "mein Drucker"): a person's only after the plural owner
# ("meine Lehrer", _PLURAL_AGENT).
_AGENT = {
    "en": (r"(?:ers|ors|ists?|ians?|ees|ants|ents)", r"(?:ers|ors|ists|ians|ees|ants|ents)"),
    "de": (r"(?:erin|innen|ler)", r"(?:innen)"),
    "fr": (r"(?:eurs?|euses?|istes?|iens?|iennes?|iers?|ières?)", r"(?:eurs|euses|istes|iens|iennes|iers|ières)"),
    "es": (r"(?:or|ores|oras?|istas?|eros?|eras?)", r"(?:ores|oras|istas|eros|eras)"),
    "it": (r"(?:ore|ori|rice|rici|ista|isti|iste|iere|ieri)", r"(?:ori|rici|isti|iste|ieri)"),
    "pt": (r"(?:or|ores|oras?|istas?|eiros?|eiras?)", r"(?:ores|oras|istas|eiros|eiras)"),
    "nl": (r"(?:ers?|aars?|isten|ist|iers?)", r"(?:ers|aars|isten|iers)"),
}
_PLURAL_AGENT = {"de": r"(?!(?<=ne\s)[\w'’-]*er(?![\w'’-]))"}
# what is no owner's thing (the person, "and"), as :data:`_PERSONS`; and the things a suffix would take for people
_THINGS_TOO = {"en": ("motivation", "willpower", "patience", "brain", "liver", "heart", "computer", "printer",
                      "scanner", "router", "heater", "boiler", "dryer", "freezer", "toaster", "controller",
                      "monitor", "speaker", "speakers", "charger", "shower", "water", "hamster", "budgie", "parrot"),
               "de": ("computer", "rechner", "drucker", "körper", "trockner", "wasserkocher", "hamster", "kater",
                      "fernseher", "laptop", "akku"),
               "fr": ("ordinateur", "moteur", "chauffe-eau", "congélateur", "aspirateur", "radiateur", "cœur", "coeur",
                      "cafetière", "chaudière", "imprimante", "lave-vaisselle"),
               "es": ("ordenador", "computadora", "televisor", "motor", "nevera", "cafetera", "caldera", "secadora",
                      "lavadora", "impresora", "espalda", "cabeza"),
               "it": ("motore", "televisore", "cuore", "computer", "router", "stampante", "mente"),
               "pt": ("computador", "motor", "roteador", "geladeira", "cafeteira", "cadeira", "mente", "cabeça"),
               "nl": ("computer", "printer", "router", "koffiezetapparaat", "hamster", "kater", "lichaam")}
# ART44 (T43: "my Echo / Dyson / Nespresso / Garmin / Android is on strike" read union, as a name the lists did not
# know): products by their names or their makers' where the name, after one owner's possessive, says the thing —
# devices, appliances, cars, apps — in every language read (a name is no word of one language: "mein Dyson streikt",
# "mon Nespresso fait grève"). Only after a possessive of one owner: "the Samsung strike", "the Liverpool Echo
# strike", "Tesla strike in Sweden" are their workers' and stay union (no names opening a sentence, as "wifi").
# (No name of a service whose workers are people one meets: Uber, Deliveroo; no maker of much besides: Amazon, Bosch.)
PRODUCTS: dict[str, tuple[str, ...]] = {
    "devices": ("echo", "echo dot", "google home", "sonos", "roku", "fire stick", "firestick", "chromecast",
                "apple tv", "kobo", "garmin", "oura", "android", "galaxy", "oneplus", "surface", "ipod", "imac",
                "gopro", "nintendo", "steam deck", "wii", "tamagotchi", "ring doorbell", "hue"),
    "appliances": ("dyson", "nespresso", "tassimo", "dolce gusto", "keurig", "vitamix", "nutribullet", "kitchenaid",
                   "sodastream", "smeg", "miele", "delonghi", "de'longhi", "breville", "moulinex", "vorwerk",
                   "kobold", "bimby", "senseo", "aeropress", "thermomix", "roomba", "instant pot"),
    "cars": ("tesla", "golf", "polo", "passat", "corsa", "astra", "fiesta", "clio", "twingo", "punto", "yaris",
             "prius", "corolla", "civic", "mini", "beetle", "land rover", "range rover", "jeep", "volvo", "audi",
             "bmw", "beemer", "merc", "mercedes", "skoda", "vw", "volkswagen", "fiat", "renault", "peugeot", "citroen",
             "citroën", "opel", "vauxhall", "toyota", "honda", "nissan", "kia", "hyundai", "mazda", "seat", "dacia"),
    "apps": ("whatsapp", "instagram", "insta", "facebook", "spotify", "netflix", "youtube", "tiktok", "snapchat",
             "gmail", "outlook", "excel", "duolingo", "google maps", "chrome", "firefox", "windows", "ios", "siri",
             "alexa", "banking app"),
}
_PRODUCT_NAMES = tuple(name for names in PRODUCTS.values() for name in names)
for _language, _owner in _OWNER.items():
    _not_people = (r"(?!(?:" + _PERSONS[3:-1] + "|" + "|".join(map(re.escape, _PEOPLE[_language]))
                   + r")(?:['’]s)?(?![\w'’-]))")
    _known = _alternation(_THINGS[_language][1] + _THINGS_TOO[_language]) + r"(?:['’]s)?(?![\w'’-])"
    _owned = (_alternation(_THINGS[_language][1] + _THINGS_TOO[_language] + _PRODUCT_NAMES)
              + r"(?:['’]s)?(?![\w'’-])")
    # FIXART3: the owner's word is a thing the lists know, up to two words before it ("my hair dryer", "my old
    # laptop") and five after it up to the idiom, none naming people; a word the lists do not know stays union
    _before, _after = (r"(?:" + _known + "|" + _not_people + _PLURAL_AGENT.get(_language, "") + r"(?![\w'’-]*"
                       + agent + r"(?:['’]s)?(?![\w'’-]))[\w'’-]+)"
                       for agent in _AGENT[_language])
    _first = r"(?:" + _before + r"\s+){0,2}?" + _owned
    EVERYDAY_PATTERNS[f"owner's things on strike ({_language})"] = EverydayPattern(
        "after a possessive of one owner, a noun that names no people \"on strike\" (\"my cat is on strike\", \"my "
        "motivation is on strike\", \"mi móvil se ha puesto en huelga\", \"ma patience est en grève\"), or a thing "
        "opening a sentence (\"wifi on strike\"): the owner's thing, pet, body part or faculty not working, no "
        "stoppage of work",
        # … or a thing of the lists opening a sentence, without its article ("wifi on strike, working from the cafe")
        # (ART65, PERF: a sentence's start after its mark or a newline, then blanks, not newlines — each newline is a
        # start of its own: "\s*" read each of 4,000 newlines to the run's end, 3.7 s)
        lazy_compile(r"(?:(?<![\w'’-])" + _owner + r"\s+" + _first + r"|(?:^|(?<=[.!?;:,(\n]))[^\S\n]*+" + _known
                     + r")(?:\s+"
                   + _after + r"){0,5}\s+" + _ON_STRIKE[_language] + r"(?![\w-])"), (_NOUNS[_language],),
        # read only where the text holds the idiom (most strikes' texts do not: "Tube strike again")
        lazy_compile(r"(?<![\w-])" + _ON_STRIKE[_language] + r"(?![\w-])"))
# ART44 (T43: "my kids are on strike at bedtime", "Streik meiner Tochter" read union): a child's strike — children
# refusing bed, food, a bath or homework: a child's word on strike in a sentence with the home's routine (bedtime,
# dinner, vegetables, homework, the bath; "my kids are on strike at school", a school strike, stays union), the
# toddler or the baby by the word alone; German a strike's noun or compound with a child's genitive after it
# ("Sitzstreik meiner Tochter": shapes.DE_CHILD_AFTER). A grown child's ("my daughter is on strike", a nurse) stays.
_CHILDREN = ("kids", "kid", "children", "child", "son", "daughter", "boy", "boys", "girl", "girls", "twins",
             "little one", "little ones", "youngest", "eldest", "toddler", "toddlers", "baby", "babies", "newborn",
             "infant", "preschooler", "teen", "teenager", "teenagers", "stepson", "stepdaughter")
_YOUNG = ("toddler", "toddlers", "baby", "babies", "newborn", "infant", "preschooler", "little one", "little ones")
_HOME_ROUTINE = ("bedtime", "bed time", "bed", "nap", "naps", "naptime", "nap time", "sleep", "sleeping", "dinner",
                 "dinnertime", "lunch", "breakfast", "tea time", "teatime", "food", "eating", "veggies", "vegetables",
                 "broccoli", "homework", "chores", "tidying", "tidy up", "bath", "bathtime", "bath time", "shower",
                 "potty", "teeth", "toothbrushing", "getting dressed", "shoes", "screen time", "nappy", "nappies",
                 "diaper", "diapers", "bottle", "breastfeeding", "the buggy", "the pram", "the car seat")
_CHILD_ON_STRIKE = (r"(?<![\w'’-])(?:my|our|the|your|his|her)\s+(?:[\w'’-]+\s+){0,2}?(?:" + _alternation(_CHILDREN)
                    + r")(?:['’]s)?\s+(?:is|are|was|were|has\s+gone|have\s+gone|went|just\s+went|seems?|'s|'re|’s|"
                    r"’re)?\s*(?:\w+\s+)?on\s+(?:a\s+)?(?:[\w-]+\s+)?strike(?![\w-])")
EVERYDAY_PATTERNS["children's strikes"] = EverydayPattern(
    "a child on strike against the home's routine (\"my kids are on strike at bedtime\", \"the toddler is on "
    "strike\", \"Streik meiner Tochter\"): a child refusing bed, food or the bath, no stoppage of work",
    lazy_compile(
        r"(?<![\w'’-])(?:my|our|the|your|his|her)\s+(?:[\w'’-]+\s+)?" + _alternation(_YOUNG)
        + r"(?:['’]s)?\s+(?:\w+\s+){0,2}?on\s+(?:a\s+)?(?:[\w-]+\s+)?strike(?![\w-])"
        + r"|" + _CHILD_ON_STRIKE + r"(?=[^.!?\n]{0,60}?(?<![\w-])" + _alternation(_HOME_ROUTINE) + r"(?![\w-]))"
        + r"|(?<![\w-])" + _alternation(_HOME_ROUTINE) + r"(?![\w-])[^.!?\n]{0,60}?" + _CHILD_ON_STRIKE
        + r"|(?<![\w-])streik(?=\s+(?:meiner|meines|unserer|unseres|deiner|deines|der|des)\s+(?:tochter|töchter|"
        r"sohnes|sohns|söhne|kinder|kleinen|kids|zwillinge|babys|enkel|enkelin|enkelkinder)(?![\w-]))"),
    ("strike", "streik"))
# a strike met as a traveller: an airline's, or a strike in a text of a flight or train cancelled ("Streik bei der
# Lufthansa, Flug gestrichen", "strike at the airport, flight cancelled", "vol annulé à cause de la grève"): the
# strike noun and the airline or the cancelled journey in one sentence, in either order — not after the person's own
# part ("je suis en grève, vol annulé", "our strike", "joining the strike": _JOINING and the person's "on strike")
_AIRLINES = ("lufthansa", "eurowings", "air france", "klm", "transavia", "iberia", "vueling", "ryanair", "easyjet",
             "british airways", "alitalia", "ita airways", "tap air portugal", "brussels airlines", "finnair",
             "turkish airlines", "aeroflot", "el al", "emirates", "qatar airways", "wizz air", "air canada",
             "american airlines", "latam", "aerolíneas argentinas", "aeroméxico", "air india")
# ART42 (T40B: "stuck at Heathrow, BA strike" read union): the airports a traveller names instead of "airport", the
# busiest of the marketplaces' countries by their names as travellers write them, or by their code where it is no word
# (JFK, CDG, SFO, BCN; not LAX, MAD, BER: lax, mad, a bear), and a stranded or rebooked traveller's words
_AIRPORTS = ("heathrow", "gatwick", "stansted", "luton", "manchester airport", "jfk", "laguardia", "la guardia",
             "o'hare", "o’hare", "newark airport", "dulles", "logan airport", "sfo", "schiphol", "orly",
             "roissy", "charles de gaulle", "cdg", "fiumicino", "malpensa", "linate", "barajas", "el prat", "bcn",
             "frankfurt airport", "flughafen frankfurt", "münchner flughafen", "flughafen münchen", "dublin airport",
             "zaventem", "changi", "dubai airport", "narita", "haneda", "pearson airport", "toronto pearson")
_STRANDED = ("stranded", "rebooked", "rebooking", "layover", "boarding pass", "umgebucht", "gestrandet",
             "bloqué à l'aéroport", "bloquée à l'aéroport", "varado", "varada", "bloccato in aeroporto",
             "bloccata in aeroporto")
# (no airline whose name is a word: TAP, BA, United, Delta, Swiss, Norwegian, IndiGo, THY — their flight's words read)
_TRAVEL = (r"(?:flights?|airlines?|fl[üu]ge?|flughafen|vols?\s+annulés?|vols?\s+annulé|aéroport|compagnie\s+aérienne|"
           r"vuelos?|aerol[íi]neas?|aeropuerto|voli?|volo|aeroporto|compagnia\s+aerea|voos?|companhia\s+aérea|"
           r"uçuş\w*|havayol\w*|havaliman\w*|vlucht\w*|luchtvaartmaatschappij|рейс\w*|авиакомпани\w*|аэропорт\w*|"
           r"авіакомпані\w*|аеропорт\w*|лет\s+(?:је\s+)?отказан|летови\s+(?:су\s+)?отказани|аеродром\w*|رحل[ةتي]\w*|الرحلة|طيران|مطار\w*|טיס\w*|נתב\"ג|"
           r"trains?\s+(?:\w+\s+){0,2}cancell?ed|cancell?ed\s+trains?|zug\s+f[äa]llt\s+aus|züge\s+fallen\s+aus|"
           r"trains?\s+annulés?|trenes?\s+cancelados?|tren\s+cancelado|tren\w*\s+cancellat\w|trem\s+cancelado|"
           r"comboios?\s+cancelados?|" + _alternation(_AIRLINES + _AIRPORTS + _STRANDED) + r")")
_TRAVEL_CJK = r"(?:航班|机场|機場|飞机|飛機|フライト|欠航|航空|空港|列车|列車|运休|運休)"
_OWN_STRIKE = ("i'm on ", "i am on ", "we're on ", "we are on ", "am on ", "are on ", "on ", "je suis en ",
               "nous sommes en ", "on est en ", "on fait ", "je fais ", "nous faisons ", "en ", "de ", "estoy de ",
               "estamos de ", "estoy en ", "estamos en ", "sono in ", "siamo in ", "in ", "estou em ",
               "estamos em ", "em ", "im ", "in den ", "ich bin im ", "wir sind im ", "unser ", "unseren ",
               "notre ", "nuestra ", "nostro ", "nosso ", "nossa ", "my ", "mon ", "ma ", "mi ", "mein ", "meinen ",
               "na ", "у ")
# each a whole word ("wegen Streik" is not after "en ")
_NOT_OWN_STRIKE = "".join(f"(?<!(?<![\\w-]){re.escape(p)})" for p in sorted({*_OWN_STRIKE, *_JOINING}))
# FIXART3 (T41: "stuck at Heathrow, I'm on the BA strike picket" read nothing): nor across the person's own act
# between them — "I'm on the … strike", a picket, walking out
_OWN_ACT = r"(?:(?<![\w'’-])(?:i['’]m|i\s+am|we['’]re|we\s+are)\s+on\s+the\s|picket|walk(?:ing)?\s+out)"
_UNTIL_TRAVEL = r"(?:(?!" + _OWN_ACT + r")[^.;!?\n]){0,60}?"
# (ART43: the strike noun also as a hyphened compound's last part, "Verdi-Streik am Flughafen", as it reads union:
# shapes.DE_STRIKE_COMPOUND)
_COMPOUND_END = r"(?:(?<![\w-])|(?<=\w-))"
_TRAVELLERS_STRIKE = (_COMPOUND_END + _NOT_OWN_STRIKE + _STRIKE_NOUN + _UNTIL_TRAVEL + r"(?<![\w-])" + _TRAVEL
                      + r"(?![\w-])(?!" + _TAKING_PART_AFTER + r")|(?<![\w-])" + _TRAVEL + r"(?![\w-])"
                      + _UNTIL_TRAVEL + _COMPOUND_END + _NOT_OWN_STRIKE + _STRIKE_NOUN + r"(?!\s+pickets?(?![\w-]))"
                      + r"(?!" + _TAKING_PART_AFTER + ")"
                      + r"|" + _STRIKE_CJK + r"[^。！？.!?\n]{0,20}?" + _TRAVEL_CJK
                      + r"|" + _TRAVEL_CJK + r"[^。！？.!?\n]{0,20}?" + _STRIKE_CJK)
EVERYDAY_PATTERNS["travellers' strikes"] = EverydayPattern(
    "a strike met as a traveller: an airline's, or in a sentence with a flight or a train cancelled (\"Streik bei "
    "der Lufthansa, Flug gestrichen\", \"strike at the airport, flight cancelled\", \"vol annulé à cause de la "
    "grève\", \"huelga, vuelo cancelado\"), as the transport strikes of EVERYDAY_SENSES[\"strikes\"]; the person's "
    "own strike before it stays union (\"je suis en grève, vol annulé\", \"we're on strike, flights cancelled\")",
    lazy_compile(_TRAVELLERS_STRIKE), _STRIKE_KEYS,
    # read only where the text holds a traveller's word (most strikes' texts hold none)
    lazy_compile(r"(?<![\w-])" + _TRAVEL + r"(?![\w-])|" + _TRAVEL_CJK))
# ART42 (T40B: "got a strike in the last frame", "a strike on the first pitch" read union): a strike in a sentence
# with bowling's or baseball's words of play (the frame, the pins, a spare; the pitch, the batter, the inning, the
# umpire), the strike of the game; not the game's names alone ("the 1994 baseball strike" is the players' union's),
# nor a strike the sentence calls a stoppage ("the bowling alley staff are on strike", "strike vote")
_GAME_WORDS = ("bowled", "frame", "frames", "pins", "spare", "spares", "gutter", "pitch", "pitches",
               "pitched", "pitcher", "pitchers", "pitching", "batter", "batters", "inning", "innings", "umpire", "ump",
               "strikeout", "strikeouts", "struck out", "at-bat", "at bat", "swung", "foul ball", "ball four",
               "full count", "home plate", "dugout", "mound")
_STOPPAGE_AFTER = ("vote", "votes", "action", "pay", "ballot", "fund", "committee", "notice", "day", "days")
_GAME = r"(?<![\w-])" + _alternation(_GAME_WORDS) + r"(?![\w-])"
_GAME_STRIKE = (r"(?<![\w-])(?<!on )(?<!our )strikes?(?![\w-])(?!\s+" + _alternation(_STOPPAGE_AFTER) + r"(?![\w-]))")
EVERYDAY_PATTERNS["sports' strikes"] = EverydayPattern(
    "bowling's and baseball's strike in a sentence with the game's words of play (\"got a strike in the last "
    "frame\", \"a strike on the first pitch\"): a hit or a missed swing, no stoppage of work",
    lazy_compile(_GAME_STRIKE + r"(?=[^.;!?\n]{0,60}?" + _GAME + r")|" + _GAME + r"[^.;!?\n]{0,60}?" + _GAME_STRIKE),
    # (the game's words as plain strings, a filter the regex's bounds then hold to: 1.9 → 1.2 µs a strike's text)
    ("strike",), lazy_compile("|".join(map(re.escape, sorted(_GAME_WORDS, key=len, reverse=True)))))
# ART43 (T41B: "change at Temple for the District line", "Temple, Texas" read religion): Temple as a place's name —
# London Underground's Temple station (District and Circle lines, between Embankment and Blackfriars) where the text
# changes or alights there, names its lines or its neighbouring stops, without an article ("change at the temple"
# stays worship); the towns named Temple (Temple, Texas; Temple, Oklahoma, Georgia, Pennsylvania, New Hampshire,
# Maine: the US Census Bureau's places) after a comma or beside Texas's "TX". Temple Bar, Temple Meads, Inner and
# Middle Temple are listed (EVERYDAY_SENSES "names", "streets"); "at the temple on Saturday", "temple service" stay.
_TEMPLE_NEIGHBOURS = ("embankment", "blackfriars", "westminster", "monument", "mansion house", "cannon street",
                      "st james's park", "victoria", "tower hill", "holborn", "aldwych", "charing cross")
_LINES = r"(?:district|circle)(?:\s+(?:and|&)\s+circle)?(?:\s+lines?)?"
_TEMPLE_PLACE = (
    r"(?<![\w-])(?:(?:change|changed|changing|alight|alighted|alighting|get\s+off|got\s+off|getting\s+off)\s+at"
    r"|(?:" + _alternation(_TEMPLE_NEIGHBOURS) + r")\s+(?:to|and|or|-|–|→))\s+temple(?![\w-])"
    r"|(?<![\w-])(?<!the\s)temple\s*(?:,|\(|\s(?:for|on)\s+the|\s)\s*" + _LINES + r"(?![\w-])"
    r"|(?<![\w-])(?<!the\s)temple\s+(?:to|and|or|-|–|→)\s+" + _alternation(_TEMPLE_NEIGHBOURS) + r"(?![\w-])"
    r"|(?<![\w-])temple(?:\s*,\s*(?:texas|tx|oklahoma|georgia|pennsylvania|new\s+hampshire|maine)|\s+tx)(?![\w-])"
    # FIXART4 (T42 L: "Temple Terrace, Florida" read religion): the US places named Temple and a place's word (the
    # Census Bureau's Temple Terrace, Florida; Temple City, California; Temple Hills, Maryland) before their state,
    # by its name or its postal code and a ZIP code ("Temple Hills, MD 20748"); "the temple city of Madurai" stays
    # ART44 (T43: "moving to Temple Terrace" read religion): … or after a word of moving, living or coming there, no
    # article between ("moving to Temple Terrace", "we live in Temple City"); "Temple Terrace" alone stays worship
    r"|(?<![\w-])(?:mov(?:e|es|ed|ing)\s+to|relocat(?:e|ed|ing)\s+to|(?:live|lives|lived|living|based|settled)\s+in"
    r"|from|near)\s+temple\s+(?:terrace|city|hills)(?![\w-])"
    r"|(?<![\w-])(?<!the\s)temple\s+(?:terrace|city|hills)\s*,?\s*(?:florida|california|maryland|"
    r"(?:fl|ca|md)(?:\s+\d{5}|\s*$))(?![\w-])")
EVERYDAY_PATTERNS["temple as a place"] = EverydayPattern(
    "Temple as a place's name: London Underground's Temple station by its lines, its neighbouring stops or a change "
    "there (\"change at Temple for the District line\", Transport for London's map), and the US towns named Temple "
    "(\"Temple, Texas\", \"Temple, TX\": the Census Bureau's places); \"at the temple\", \"temple service\" stay "
    "worship",
    lazy_compile(_TEMPLE_PLACE), ("temple",))
# FIXART4 (T42 L: "my temples hurt", "headache in my temple", "pain in the temple" read religion): the temple of the
# head (the side of the forehead, Oxford's first sense) — the plural after one person's possessive ("my temples",
# "rub her temples": a congregation's temples are "our", "their"), a side ("my left temple", "both temples"), a pain
# or its words beside it ("headache in my temple", "pain in the temple", "temples throbbing", "temple pain"), hair
# greying at the temples, a gun held to one's temple; the singular "my temple" alone stays worship (a synagogue's
# congregant's word), as "pray at the temple", "temple service"
_TEMPLE_PAINS = ("pain", "pains", "painful", "ache", "aches", "aching", "ached", "headache", "headaches", "migraine",
                 "migraines", "hurt", "hurts", "hurting", "sore", "soreness", "throbbing", "throbs", "throb",
                 "pounding", "pressure", "tension", "bruise", "bruised", "bruising", "bump", "swollen", "swelling",
                 "tender", "twitch", "twitching", "stabbing", "tingling", "numbness", "cramp", "cramps")
_PAIN = _alternation(_TEMPLE_PAINS)
_HEAD_SIDE = r"(?:(?:left|right|both|each)\s+)"
_ONES = r"(?:my|your|his|her)"
# (a pain beside "the temple" ends the sentence or its clause there: "pressure on the temple authorities", "tension
# around the temple complex" are the place's — a religion text read as none would leak; lead, after FIXART4)
_TEMPLE_ENDS = (r"(?=\s*(?:$|[.,;:!?)]|(?:and|again|today|tonight|too|now|since|all|every|when|after|area|region)"
                r"(?![\w-])))")
_TEMPLE_BODY = (
    r"(?<![\w-])(?:" + _ONES + r"\s+" + _HEAD_SIDE + r"?temples|(?:my|your|his|her|the|a)\s+(?:left|right)\s+temples?"
    r"|both\s+temples)(?![\w-])"
    # a pain beside the temple: the temple's words are read as the head's, the pain word stays to be read (T42B:
    # "migraine on the left temple", "migraine in my temple, took sumatriptan" health → none, the migraine blanked
    # with the temple); with "the", the clause ends at "temple" ("pressure on the temple authorities" is the place's)
    r"|(?:" + "|".join(f"(?<={re.escape(pain)}\\s)" for pain in _TEMPLE_PAINS) + r")"
    r"(?:in|on|at|behind|around|across|through|near|to)\s+(?:" + _ONES + r"\s+" + _HEAD_SIDE + r"?temples?(?![\w-])"
    r"|(?:(?:the|one)\s+)?" + _HEAD_SIDE + r"?temples?" + _TEMPLE_ENDS + ")"
    r"|(?<![\w-])temples?(?=\s+(?:(?:is|are|was|were|keeps?|kept|started|starts|still|really|so)\s+){0,2}" + _PAIN
    + r"(?![\w-]))"
    # ART44 (T43: "temple massage", "sharp pain at the temple" read religion): the head's temple massaged or
    # rubbed ("temple massage", "massaged her temple", "rubbing the temple."; with "the", the clause ends there)
    r"|(?<![\w-])temples?\s+(?:massage|massages|massager|massaging|rub|rubs|rubbing|acupressure|pressure\s+points?)"
    r"(?![\w-])"
    r"|(?<![\w-])(?:massag\w*|rub|rubs|rubbed|rubbing|press|pressed|pressing|touch|touched|touching)\s+(?:"
    + _ONES + r"\s+" + _HEAD_SIDE + r"?temples?(?![\w-])|(?:the|one['’]s)\s+" + _HEAD_SIDE + r"?temples?"
    + _TEMPLE_ENDS + ")"
    r"|(?<![\w-])(?:grey|gray|greying|graying|grayed|greyed|silver|silvering|thinning|receding)\s+at\s+the\s+temples"
    r"(?![\w-])"
    r"|(?<![\w-])(?:gun|pistol|revolver|barrel|finger|fingers|fingertips)\s+(?:pressed\s+)?(?:to|at|against)\s+"
    + _ONES + r"\s+temples?(?![\w-])")
EVERYDAY_PATTERNS["temple of the head"] = EverydayPattern(
    "the temple of the head, the side of the forehead (Oxford's first sense): \"my temples hurt\", \"headache in "
    "my temple\", \"pain in the temple\", \"greying at the temples\"; \"my temple\" alone and \"at the temple\" stay "
    "worship",
    lazy_compile(_TEMPLE_BODY), ("temple",))
# ART43 (T41B: "I will be striking a pose" read union by the first person's "I will be striking"): the verb in its
# other senses (EVERYDAY_SENSES "strike senses": "strike a pose", "strike a deal"), as the person's own "striking"
# writes it — striking a pose, a balance, a deal, a match, a chord, gold, up a conversation (Oxford's and Collins's
# senses of "strike": to hit, to reach, to light, to assume) — with the person's words before it, so the first
# person's terms and shape ("I'm striking", "we are striking", shapes.STRIKING_FIRST_PERSON) lie inside it; a determiner
# and one word may stand between ("striking a fine balance"); "we're striking for a better deal" stays union
_STRIKING_OBJECTS = ("pose", "poses", "balance", "deal", "deals", "bargain", "chord", "chords", "match", "matches",
                     "note", "tone", "blow", "blows", "compromise", "agreement", "pact", "gold", "oil", "it rich",
                     "conversation", "friendship", "fear", "resemblance", "contrast", "figure", "look", "lucky")
EVERYDAY_PATTERNS["striking senses"] = EverydayPattern(
    "\"striking\" as hitting, reaching or assuming (\"I will be striking a pose\", \"we're striking a deal\", "
    "\"striking a balance\"), no stoppage of work: the strike senses' verbs as the person's first person writes them",
    lazy_compile(r"(?:(?<![\w'’-])(?:i['’]m|we['’]re|i\s+am|we\s+are|(?:i|we)(?:\s+will|['’]ll)\s+be)\s+)?"
                 r"(?<![\w'’-])striking\s+(?:up\s+)?(?:(?:a|an|the|that|this|some|such\s+a|my|our|your|her|his|their)"
                 r"\s+)?(?:[\w'’-]+\s+)?" + _alternation(_STRIKING_OBJECTS) + r"(?![\w'’-])"), ("striking",))
# FIXART5 (T43's fresh tester: "my Dyson is on strike and so am I", "my Echo is on strike, like my whole union", "my
# Garmin is on strike, my colleagues too", "worship the ground she walks on, and the Lord every Sunday" read none): a
# look-alike takes its own words away, and the rest of the text may say its special word again without writing it —
# the person or her colleagues "too", "so am I", the union; the Lord worshipped. Where a category's terms lay only in
# the look-alike's words and the rest of the text holds its ellipsis (each a whole clause's words, in the languages
# read: "so am I", "me too", "ich auch", "moi aussi", "yo también", "anch'io", "eu também", "ik ook", "ben de"), the
# text keeps that category (categories._without_exceptions). Read over the blanked lower-case text.
_ME_TOO = (r"so\s+(?:am\s+i|are\s+we|is\s+my\s+[\w'’-]+|are\s+my\s+[\w'’-]+)|(?:me|us|i\s+am|i['’]m|we\s+are|we['’]re)"
           r"\s+(?:too|as\s+well)|(?:and|as)\s+(?:i\s+am|we\s+are)(?:\s+too)?|ich\s+auch|wir\s+auch|moi\s+aussi|"
           r"nous\s+aussi|yo\s+también|nosotros\s+también|anch['’]io|anche\s+noi|eu\s+também|nós\s+também|"
           r"ik\s+ook|wij\s+ook|ben\s+de|biz\s+de|"
           # T43B H1: "my Echo is on strike, same here / likewise / as am I / we all are / so is everyone at work"
           r"same\s+here|likewise|as\s+am\s+i|we\s+all\s+are|so\s+is\s+everyone(?:\s+at\s+work)?|anche\s+io|"
           # T44B (T44's probes: "the colleagues are not striking, but I am", "… not striking alone, I'm joining"):
           # the person's own strike said against the others' "not"
           r"but\s+(?:i\s+am|i['’]m|we\s+are|we['’]re)(?=\s*(?:[.!?,;]|$))|(?:i\s+am|i['’]m|we\s+are|we['’]re)\s+joining|"
           r"(?:aber\s+)?ich\s+schon|(?:maar\s+)?ik\s+wel|men\s+jag\s+gör\s+det|men\s+jeg\s+gjør(?:\s+det)?")
_COLLEAGUES = (r"(?:my|our|the)\s+(?:whole\s+)?(?:union|colleagues|co-?workers|workmates|coworkers|team|crew|shift|"
               r"branch|local)\s+(?:too|as\s+well)|(?:my|our|the)\s+whole\s+(?:union|branch|local)|"
               r"(?:meine|unsere|die)\s+(?:kolleg(?:en|innen)|gewerkschaft)\s+auch|(?:mes|nos)\s+collègues\s+aussi|"
               r"(?:mis|nuestros)\s+compañeros\s+también|(?:i\s+)?miei\s+colleghi\s+anche|"
               r"(?:meus|nossos)\s+colegas\s+também|(?:mijn|onze)\s+collega['’]s\s+ook")
ELLIPSES: dict[str, re.Pattern[str]] = {
    "union": lazy_compile(r"(?<![\w'’-])(?:" + _ME_TOO + "|" + _COLLEAGUES + r")(?![\w'’-])"),
    # the Lord, God, Christ or Allah as worship's object after the idiom's words ("…, and the Lord every Sunday")
    "religion": lazy_compile(r"(?<![\w'’-])(?:the\s+lord|our\s+lord|god|jesus|christ|allah|the\s+almighty|"
                             r"den\s+herrn|gott|le\s+seigneur|dieu|al\s+señor|dios|il\s+signore|dio|o\s+senhor|deus)"
                             r"(?![\w'’-])"),
}
