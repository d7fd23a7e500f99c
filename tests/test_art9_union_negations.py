"""Art. 9, fix round of pass 38 (FIXC): a bank's strike met as a customer, in English and Hindi; the liturgy in lower
case where the sentence says a service; joining the workers' committee in Hebrew. Every text is invented.

Before: "बैंक हड़ताल की वजह से देर हुई" (late because of the bank strike) and "late because of the bank strike" read
union, while a bus or rail strike met as a traveller read nothing; "mass at 9 st mary's road, father tom's homily"
read nothing while its capitalised form read religion; "הצטרפתי לוועד העובדים" (I joined the workers' committee)
read nothing.

Negations ("Ich bin nicht in der Gewerkschaft") and another person's union ("my wife's union went on strike") are read
as every category's are ("I do not have cancer" is health, "my wife has cancer" health), in every language (ART41:
"لن أشارك في الإضراب" and "לא הצטרפתי לשביתה" read union, as "I won't join the strike" does; FIXART had read the
Arabic and Hebrew ones as nothing).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from test_inference_synth import Stream

from dataexam.categories import may_be_special, special_category
from dataexam.inference import infer

NOW = datetime(2025, 6, 1, tzinfo=UTC)
T0 = datetime(2024, 1, 1, 9, tzinfo=UTC)


@pytest.mark.parametrize(("text", "category"), [
    # a bank's strike joined, backed or beside the union stays the union
    ("joining the bank strike", "union"), ("we are on the bank strike with our union", "union"),
    ("हम बैंक हड़ताल में शामिल हुए", "union"), ("हम अपनी यूनियन के साथ हड़ताल पर हैं", "union"),
    # the liturgy in lower case, where the sentence says a service
    ("mass at 9 st mary's road, father tom's homily", "religion"), ("mass at 10, the priest was late", "religion"),
    ("mass at 9 st mary's road then the choir", "religion"),
    # joining the workers' committee (Hebrew)
    ("הצטרפתי לוועד העובדים", "union"), ("joining the rail strikes", "union"),
])
def test_the_special_reading(text: str, category: str) -> None:
    assert special_category(text) == category, text
    assert may_be_special(text), text


@pytest.mark.parametrize("text", [
    # a bank's strike met as a customer, as a bus's or a rail's
    "late because of the bank strike", "Bank strike, no cash today", "बैंक हड़ताल की वजह से देर हुई",
    "बैंक हड़ताल आज फिर", "Bus strike, late to work", "बस हड़ताल आज फिर",
    # lower case with no service's word, an address, a street holding "church", a bike ride
    "mass at 9 then brunch", "mass at 9 st mary's road", "mass at 9 st mary's road car boot sale",
    "mass at 9 church street office party", "critical mass at 9 then brunch",
    # a house committee (Hebrew)
    "ועד הבית אסף כסף",
    # a hunger strike: one person's refusal to eat, no stoppage of work (T38B: was union)
    "Hunger strike for my exams", "I'm on a hunger strike", "joining the hunger strikes",
])
def test_the_everyday_reading(text: str) -> None:
    assert special_category(text) is None, text


def _tweets(texts: list[str], n: int) -> list:
    s = Stream("x.zip")
    return [s.ev(T0 + timedelta(days=i, hours=i % 7), "twitter.tweet", f"{texts[i % len(texts)]} {i}")
            for i in range(n)]


def test_the_inventory_counts_the_service_and_not_the_bank_strike() -> None:
    """End to end (--include-sensitive): the lower-case service sentence counts as religion, the strike joined as
    union; the bank strikes met as a customer, English and Hindi, count nothing."""
    texts = ["mass at 9 st mary's road, father tom's homily", "joining the bank strike",
             "late because of the bank strike", "बैंक हड़ताल की वजह से देर हुई",
             "Cooking pasta tonight and planning a bike ride tomorrow"]
    f = infer(_tweets(texts, 30), now=NOW, include_sensitive=True).finding("sensitive_signals")
    assert {k: v["records"] for k, v in f.value.items()} == {"religion": 6, "union": 6}


# ART940 (T38, T38B). News of a union reads union in every language, as news of a hospital reads health and news of a
# church religion (special_terms, the union terms' comment): the gate reads words, not speakers, as it reads no
# negation. The testers asked for none; this fixes the decision so that a later change to one language is seen.
@pytest.mark.parametrize(("text", "category"), [
    *((news, "union") for news in (
        "The strike was called off by the union", "Der Streik wurde von der Gewerkschaft abgesagt",
        "La grève a été annulée par le syndicat", "La huelga fue desconvocada por el sindicato",
        "ألغت النقابة الإضراب", "النقابات العمالية أعلنت الإضراب", "ההסתדרות ביטלה את השביתה",
        "ההסתדרות הכריזה על שביתה כללית", "यूनियन ने हड़ताल वापस ले ली")),
    ("The hospital announced a new cancer ward", "health"), ("The church announced a new pastor", "religion"),
])
def test_news_reads_its_category_in_every_language(text: str, category: str) -> None:
    assert special_category(text) == category, text


@pytest.mark.parametrize(("text", "category"), [
    # the homily (T38: "Father Tom's homily was long" read nothing)
    ("Father Tom's homily was long", "religion"), ("Father Tom's homily was great", "religion"),
    ("La homilía del padre Juan", "religion"), ("L'homélie du curé", "religion"),
    # German "Messe" beside worship's words (T38: read nothing)
    ("Heilige Messe um 10", "religion"), ("Heilige Messe", "religion"), ("hl. Messe um 18 Uhr", "religion"),
    ("Messe um 10 in St. Marien", "religion"), ("Messe in Sankt Josef, danach Frühstück", "religion"),
    ("Sonntagsmesse mit Oma", "religion"), ("Vorabendmesse um 18 Uhr", "religion"),
    ("Critical Mass at 9, then Mass at 11", "religion"),
    # an Arabic and a Hebrew strike the person takes part in, singular or plural (T38: the plural read nothing)
    ("إضرابات المعلمين مستمرة ونحن مشاركون", "union"), ("نحن في إضراب", "union"), ("نحن في الإضرابات", "union"),
    ("انضممت إلى الإضراب", "union"), ("شاركنا في الإضرابات", "union"),
    ("שביתות של המורים, ואני שובת איתם", "union"), ("אנחנו בשביתה", "union"), ("השביתה שלנו נמשכת", "union"),
    ("שביתת המורים, הצטרפתי", "union"), ("הצטרפנו לשביתות", "union"),
    # the Hebrew general strike in the plural and with its article, as the singular
    ("שביתות כלליות במשק", "union"), ("השביתה הכללית בוטלה", "union"),
])
def test_the_religion_and_strikes_read(text: str, category: str) -> None:
    assert special_category(text) == category, text
    assert may_be_special(text), text


@pytest.mark.parametrize("text", [
    # German "Messe" as a trade fair, also in a town named after a saint
    "Messe in Frankfurt", "Buchmesse", "auf der Messe am Stand", "Messe um 10, Halle 4", "Messe in St. Gallen",
    # T39B: the fair's town, hall or customers after the day, as after the word (were religion)
    "Wir gehen zur Messe am Sonntag nach Frankfurt", "Wir gehen zur Messe am Sonntag in Köln",
    "Wir gehen zur Messe am Sonntag in die Messehallen",
    "Wir fahren am Sonntag zur Messe mit meinem Chef, Kunden treffen",
    "Messe St. Petersburg", "Messer schärfen", "Frankfurter Messe Buchmesse", "Messe in Hannover, booth 5",
    # Critical Mass, the cyclists' ride, and a critical mass of users (T38: "Critical Mass at 9" read religion)
    "Critical Mass at 9", "CRITICAL MASS AT 9", "Critical Mass @ 7pm", "critical mass at 9", "critical mass of users",
    "Critical Mass at 9 Church Street",
    # an Arabic or Hebrew strike alone is a report; a hunger strike and a ceasefire are no stoppage of work
    "إضرابات النقل مرة أخرى", "الإضرابات أخرت القطار", "نحن مضربون عن الطعام", "إضراب عن الطعام ونحن مشاركون",
    "שביתות ברכבת שוב", "שביתת רעב ואני שובת", "הפסקת אש ושביתת נשק, הצטרפתי", "The strikes made me late again",
])
def test_the_look_alikes_read_nothing(text: str) -> None:
    assert special_category(text) is None, text


def test_the_inventory_counts_the_homily_the_messe_and_the_strikes_joined() -> None:
    """End to end (--include-sensitive): the homily, the Heilige Messe and the Arabic and Hebrew strikes taken part in
    count as religion and union; the trade fair, Critical Mass and a commuter's strikes count nothing."""
    texts = ["Father Tom's homily was long", "Heilige Messe um 10", "إضرابات المعلمين مستمرة ونحن مشاركون",
             "שביתות של המורים, ואני שובת איתם", "auf der Messe am Stand", "Critical Mass at 9",
             "إضرابات النقل مرة أخرى", "שביתות ברכבת שוב"]
    f = infer(_tweets(texts, 40), now=NOW, include_sensitive=True).finding("sensitive_signals")
    assert {k: v["records"] for k, v in f.value.items()} == {"religion": 10, "union": 10}


# FIXART (T39), ART41. An Arabic or Hebrew strike reads union where the text says the person takes part. FIXART read
# a part under a negation as none; ART41 reads no negation in any language (the package docstring, "Negation"), as
# English "I won't join the strike" and every other category: the negated parts read union again.
@pytest.mark.parametrize(("text", "category"), [
    # Arabic, negated: won't / didn't / don't take part, not taking part, weren't taking part (no negation read)
    *((negated, "union") for negated in (
        "لن أشارك في الإضراب", "لن نشارك في الإضراب", "لم أشارك في الإضراب", "أنا لا أشارك في الإضراب",
        "إضرابات المعلمين مستمرة ونحن غير مشاركين", "ما شاركنا في الإضراب", "لم نكن مشاركين في الإضراب",
        "لا أشارك في الإضراب لكن أخي يشارك", "لن نضرب عن العمل")),
    # "we are not striking from work": the negation stands where the pronoun would, so no shape and no noun (as
    # "I'm not striking", "אני לא שובת")
    ("لسنا مضربين عن العمل", None),
    # Hebrew, negated: the past forms of joining and taking part (the strike's noun is there); "אני לא שובת" has no
    # noun and its negation parts the pronoun from the verb: no shape, as English "I'm not striking"
    ("לא הצטרפתי לשביתה", "union"), ("לא השתתפנו בשביתה", "union"), ("אני לא שובת", None),
    # the same without the negation, and a negated part beside a part taken
    ("أنا أشارك في الإضراب", "union"), ("نحن نشارك في الإضراب", "union"),
    ("إضرابات المعلمين مستمرة ونحن مشاركون", "union"), ("لن أشارك في الإضراب، لكننا مضربون عن العمل غدا", "union"),
    ("הצטרפתי לשביתה", "union"), ("אני משתתף בשביתה", "union"),
    # the person on strike from work, without the strike's noun (T39: read nothing); "still" is no negation
    ("أنا مضرب عن العمل اليوم", "union"), ("أنا مضربة عن الدوام", "union"), ("نحن مضربون عن العمل", "union"),
    ("أضربنا عن العمل أمس", "union"), ("ما زلنا مضربين عن العمل", "union"), ("لا نزال مضربين عن العمل", "union"),
    # a hunger strike, and others on strike, stay nothing
    ("أنا مضرب عن الطعام", None), ("العمال مضربون عن العمل", None),
    # English reads as before (no negation read there)
    ("I won't join the strike", "union"), ("I'm not on strike", "union"),
])
def test_a_strike_taken_part_in_and_not(text: str, category: str | None) -> None:
    assert special_category(text) == category, text
    assert may_be_special(text) is (category is not None), text


# FIXART (T39): the homily beside worship's words (T39: "My boss gave us a homily about saving paper" read religion);
# going to Mass on Sunday in German (T39: "Wir gehen zur Messe am Sonntag" read nothing), the trade fair not.
@pytest.mark.parametrize(("text", "category"), [
    ("My boss gave us a homily about saving paper lol", None), ("my dad gave a homily on taxes", None),
    ("A real homily from my father about grades", None), ("Homily", None), ("Omelette for breakfast", None),
    ("The homily at Sunday Mass was about forgiveness", "religion"), ("The homily at Mass was short", "religion"),
    ("Fr. John gave a great homily", "religion"), ("the priest's homily", "religion"), ("HOMILY AT CHURCH", "religion"),
    ("l'omelia in chiesa", "religion"),
    ("Wir gehen zur Messe am Sonntag", "religion"), ("Am Sonntag gehen wir zur Messe", "religion"),
    ("sonntags in die Messe", "religion"), ("zur Messe an Heiligabend", "religion"),
    ("Wir fahren zur Messe nach Frankfurt", None), ("zur Messe am Stand", None),
    ("Am Sonntag zur Messe nach Köln", None),
    ("Wir gehen zur Messe am Sonntag, Halle 3", None), ("Auf der Messe am Sonntag am Stand 4", None),
])
def test_the_homily_and_the_messe_beside_worship(text: str, category: str | None) -> None:
    assert special_category(text) == category, text
    assert may_be_special(text) is (category is not None), text


def test_the_inventory_counts_the_strike_taken_part_in_and_the_one_refused() -> None:
    """End to end (--include-sensitive): the Arabic strike from work, the strike refused (no negation is read: ART41)
    and Sunday Mass in German count; a hunger strike and the homily as a boss's lecture count nothing."""
    texts = ["أنا مضرب عن العمل اليوم", "Wir gehen zur Messe am Sonntag", "لن أشارك في الإضراب",
             "أنا مضرب عن الطعام", "My boss gave us a homily about saving paper"]
    f = infer(_tweets(texts, 30), now=NOW, include_sensitive=True).finding("sensitive_signals")
    assert {k: v["records"] for k, v in f.value.items()} == {"religion": 6, "union": 12}
