"""Art. 9, ART41: one strike policy and one negation policy in every language read, and four look-alikes mended
(the package docstring of dataexam.special_terms, "Strikes" and "Negation"). Every text is invented.

Before: the strike's noun alone read union in English ("strike") and Hindi but nothing in German, French, Spanish,
Italian, Portuguese, Arabic ("إضراب", "لا نزال في الإضراب": we are still on strike) and Hebrew; "אני שובת מחר" (I'm on
strike tomorrow) read nothing; a negated part read union in English ("I won't join the strike") and nothing in Arabic
and Hebrew; "Messe in Frankfurt am Dom um 10" and "Catholic University hoodie for my confirmation" read nothing;
"Jewish Community Center gym membership" and "goes to mass avenue du temple" read religion.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from test_inference_synth import Stream

from dataexam.categories import may_be_special, special_category
from dataexam.inference import infer

NOW = datetime(2025, 6, 1, tzinfo=UTC)
T0 = datetime(2024, 1, 1, 9, tzinfo=UTC)


def inventory_records(texts: list[str]) -> dict[str, int]:
    """The sensitive-signal inventory (--include-sensitive) of 40 tweets cycling through ``texts``: records per
    category, as the report's JSON value gives them."""
    s = Stream("x.zip")
    events = [s.ev(T0 + timedelta(days=i, hours=i % 7), "twitter.tweet", f"{texts[i % len(texts)]} {i}")
              for i in range(40)]
    f = infer(events, now=NOW, include_sensitive=True).finding("sensitive_signals")
    return {k: v["records"] for k, v in f.value.items()}


@pytest.mark.parametrize(("text", "category"), [
    # the strike's noun in the singular, alone, in each language read (as English "strike" always read)
    *((strike, "union") for strike in (
        "strike", "إضراب", "الإضراب مستمر", "لا نزال في الإضراب", "إضراب المعلمين غدا", "שביתה", "השביתה נמשכת",
        "Streik", "Morgen ist Streik", "Warnstreik heute", "grève générale jeudi", "je suis en grève",
        "huelga general", "estoy de huelga", "sciopero venerdì", "estou em greve", "grev başladı",
        "забастовка учителей", "страйк шахтарів", "штрајк просветара", "工人罢工", "ストライキ決行")),
    # the person striking, without the noun
    *((striking, "union") for striking in (
        "אני שובת מחר", "אנחנו שובתים מחר", "Wir streiken morgen", "ich streike", "nous faisons grève",
        "wij gaan in staking", "scioperiamo domani")),
    # no negation is read, in any language (as "I do not have cancer" is health)
    *((negated, "union") for negated in (
        "I won't join the strike", "I'm not going to the union meeting", "لن أشارك في الإضراب",
        "לא הצטרפתי לשביתה", "Ich streike nicht", "لن نضرب عن العمل")),
])
def test_the_strike_reads_union_in_every_language(text: str, category: str) -> None:
    assert special_category(text) == category, text
    assert may_be_special(text), text


@pytest.mark.parametrize("text", [
    # the plural alone is news of strikes, as English "strikes"
    "The strikes made me late again", "Streiks überall", "les grèves continuent", "إضرابات النقل مرة أخرى",
    "שביתות ברכבת שוב",
    # a commuter's or a customer's strike of transport or a service, in each language
    "Rail strike tomorrow", "Morgen Streik bei der Bahn", "Bahn-Streik heute", "grève SNCF demain",
    "grève des transports", "huelga de metro hoy", "sciopero dei treni", "greve do metrô", "إضراب النقل غدا",
    "שביתה ברכבת מחר", "שביתת הבנקים",
    # a hunger strike, a ceasefire, the word's other senses
    "Hunger strike for my exams", "Hunger-Streik", "grève de la faim", "huelga de hambre", "sciopero della fame",
    "greve de fome", "إضراب عن الطعام", "שביתת רעב ואני שובת", "שביתת נשק", "ハンガーストライキ", "штрајк глађу",
    "balade sur la grève", "Place de Grève", "huelga decir que no vino", "Ethereum staking yields", "strike a pose",
    "ストライク！", "страйкбол у неділю",
    # a negation that parts a shape's words leaves no shape
    "I'm not striking", "אני לא שובת",
])
def test_the_strike_look_alikes_read_nothing(text: str) -> None:
    assert special_category(text) is None, text


@pytest.mark.parametrize(("text", "category"), [
    # German "Messe": going on Sunday stays the Mass whatever the verb (nothing tells the fair); the cathedral
    ("Wir fahren am Sonntag zur Messe", "religion"), ("Wir gehen am Sonntag zur Messe", "religion"),
    ("Messe in Frankfurt am Dom um 10", "religion"), ("Um 10 Messe im Kölner Dom", "religion"),
    ("im Dom zur Messe", "religion"),
    ("Wir fahren am Sonntag zur Messe nach Hannover", None), ("Messe in Frankfurt, Hotel am Dom", None),
    ("Messe in Frankfurt Hotel am Dom", None), ("Messe Frankfurt, Zimmer im Hotel Mondial am Dom", None),
    ("Messe, danach zum Dom", None), ("Messe im Hamburger Dom", None), ("Messe am Dom, Stand 4", None),
    ("Hotel am Dom", None),
    # confirmation, the rite, beside its faith's word (even in an institution's name) or by its own words
    ("Catholic University hoodie for my confirmation", "religion"),
    ("my daughter's confirmation at the Catholic University", "religion"), ("confirmation class tonight", "religion"),
    ("Catholic University hoodie", None), ("Catholic University hoodie, my confirmation email", None),
    ("my confirmation", None), ("booking confirmation for Friday", None),
    # a JCC's gym, pool or camp is open to all; the JCC alone or with its faith's words stays religion
    ("Jewish Community Center gym membership", None), ("pool at the Jewish Community Center", None),
    ("jewish community centre summer camp", None), ("Jewish Community Center", "religion"),
    ("Shabbat dinner at the Jewish Community Center", "religion"),
    # two street names overlapping: Mass Ave and the Avenue du Temple
    ("goes to mass avenue du temple", None), ("mass avenue du temple", None), ("Avenue du Temple", None),
    ("goes to mass", "religion"), ("went to the temple", "religion"),
])
def test_the_look_alikes_mended(text: str, category: str | None) -> None:
    assert special_category(text) == category, text
    if category is not None:
        assert may_be_special(text), text


def test_the_inventory_counts_each_case_as_the_gate_reads_it() -> None:
    """End to end (--include-sensitive): the strikes in Hebrew, Arabic and German and a refused one count as union,
    the cathedral's Mass and the confirmation as religion; the JCC's gym, the avenue and a commuter's strike count
    nothing."""
    texts = ["אני שובת מחר", "لا نزال في الإضراب", "Wir streiken morgen", "لن أشارك في الإضراب",
             "Catholic University hoodie for my confirmation", "Messe in Frankfurt am Dom um 10",
             "Jewish Community Center gym membership", "goes to mass avenue du temple", "grève SNCF demain",
             "Cooking pasta tonight"]
    assert inventory_records(texts) == {"religion": 8, "union": 16}


# FIXART2 (T40: "我的电脑罢工了", "Принтер объявил забастовку", "mi coche está en huelga", "ma voiture fait grève",
# "Streik bei der Lufthansa, Flug gestrichen" read union once the singular noun read alone): a device, a vehicle or a
# body part on strike, and a strike met as a traveller, read none; the person's own strike stays union
THINGS_ON_STRIKE = {
    "en": ("my laptop is on strike", "my printer went on strike", "my knee is on strike",
           "my car and I are on strike", "we're back on strike"),
    "de": ("Mein Laptop ist im Streik", "Mein Knie tritt in den Streik", "Wir streiken morgen",
           "Mein Knie ist im Streik, wir streiken trotzdem"),
    "fr": ("ma voiture fait grève ce matin lol", "mon ordi est en grève", "je suis en grève",
           "mon ordi est en grève, on fait grève aussi"),
    "es": ("mi coche está en huelga otra vez jaja", "mi rodilla está de huelga", "estoy de huelga",
           "estamos de huelga"),
    "it": ("la mia macchina è in sciopero", "il mio ginocchio è in sciopero", "sciopero venerdì", "siamo in sciopero"),
    "pt": ("o meu carro está em greve", "meu joelho entrou em greve", "estou em greve", "estamos em greve"),
    "tr": ("bilgisayarım grev yapıyor", "dizim greve çıktı bugün", "grevdeyiz", "greve çıktık"),
    "nl": ("mijn laptop is in staking", "mijn knie is in staking", "wij gaan in staking", "algemene staking"),
    "ru": ("Принтер объявил забастовку", "мой ноутбук устроил забастовку", "забастовка учителей",
           "мы объявили забастовку"),
    "uk": ("Мій ноутбук оголосив страйк", "Коліно оголосило страйк", "страйк шахтарів", "Ми на страйку"),
    "sr": ("Мој рачунар је у штрајку", "штрајк просветара", "Ми смо у штрајку"),
    "zh": ("我的电脑罢工了", "打印机又罢工了", "我的膝盖罢工了", "我们罢工了", "工人罢工"),
    "ja": ("パソコンがストライキ中", "私たちはストライキ中", "ストライキ決行"),
    "ar": ("سيارتي في إضراب", "هاتفي في إضراب اليوم", "أنا في إضراب", "الإضراب مستمر"),
    "he": ("המחשב שלי בשביתה", "הברך שלי בשביתה", "אני בשביתה", "השביתה נמשכת"),
}
THINGS_UNION = {"my car and I are on strike", "we're back on strike", "Wir streiken morgen",
                "Mein Knie ist im Streik, wir streiken trotzdem", "je suis en grève",
                "mon ordi est en grève, on fait grève aussi", "estoy de huelga", "estamos de huelga",
                "sciopero venerdì", "siamo in sciopero", "estou em greve", "estamos em greve", "grevdeyiz",
                "greve çıktık", "wij gaan in staking", "algemene staking", "забастовка учителей",
                "мы объявили забастовку", "страйк шахтарів", "Ми на страйку", "штрајк просветара",
                "Ми смо у штрајку", "我们罢工了", "工人罢工", "私たちはストライキ中", "ストライキ決行", "أنا في إضراب",
                "الإضراب مستمر", "אני בשביתה", "השביתה נמשכת"}


@pytest.mark.parametrize(("language", "text"), [(lang, t) for lang, ts in THINGS_ON_STRIKE.items() for t in ts])
def test_a_thing_on_strike_reads_none_the_persons_strike_union(language: str, text: str) -> None:
    assert special_category(text) == ("union" if text in THINGS_UNION else None), (language, text)


TRAVELLERS = {
    "en": ("strike at the airport, flight cancelled", "flight cancelled because of the strike",
           "we're on strike, flights cancelled"),
    "de": ("Streik bei der Lufthansa, Flug gestrichen", "Flug gestrichen wegen Streik", "Streik, Zug fällt aus",
           "Wir streiken, Flug gestrichen"),
    "fr": ("vol annulé à cause de la grève", "grève Air France, vol annulé", "je suis en grève, vol annulé"),
    "es": ("huelga, vuelo cancelado", "huelga de Iberia, vuelo cancelado", "estoy de huelga, vuelo cancelado"),
    "it": ("sciopero Ryanair, volo cancellato", "siamo in sciopero, volo cancellato"),
    "pt": ("greve da TAP, voo cancelado", "estou em greve, voo cancelado"),
    "tr": ("grev yüzünden uçuşum iptal", "THY grev, uçuş iptal"),
    "nl": ("staking bij KLM, vlucht geannuleerd",),
    "ru": ("забастовка в аэропорту, рейс отменили",),
    "uk": ("страйк в аеропорту, рейс скасовано",),
    "sr": ("штрајк, лет отказан",),
    "zh": ("航班取消了，因为罢工", "罢工导致航班取消"),
    "ja": ("ストライキでフライト欠航",),
    "ar": ("إضراب في المطار، رحلتي ألغيت",),
    "he": ("שביתה בנתב\"ג, הטיסה בוטלה",),
}
TRAVELLERS_UNION = {"we're on strike, flights cancelled", "Wir streiken, Flug gestrichen",
                    "je suis en grève, vol annulé", "estoy de huelga, vuelo cancelado",
                    "siamo in sciopero, volo cancellato", "estou em greve, voo cancelado"}


@pytest.mark.parametrize(("language", "text"), [(lang, t) for lang, ts in TRAVELLERS.items() for t in ts])
def test_a_strike_met_as_a_traveller_reads_none(language: str, text: str) -> None:
    assert special_category(text) == ("union" if text in TRAVELLERS_UNION else None), (language, text)


def test_things_and_travellers_strikes_count_nothing_in_the_inventory() -> None:
    """End to end (--include-sensitive): the laptop's, the car's and the airline's strikes count nothing; the
    person's own strikes count as union."""
    texts = ["我的电脑罢工了", "mi coche está en huelga otra vez jaja", "Streik bei der Lufthansa, Flug gestrichen",
             "my knee is on strike", "Wir streiken morgen", "Je suis en grève", "我们罢工了", "Cooking pasta tonight"]
    assert inventory_records(texts) == {"union": 15}
