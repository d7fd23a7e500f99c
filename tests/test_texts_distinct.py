"""Whose words and which language, TEXTS2's leftovers (TEXTS3, thirty-first pass). Invented texts in the exports'
shapes.

- note44 "Texts": a language found in one distinct text counted once, but a line detected right and posted many
  times still inflated its language: the languages finding now counts distinct texts.
"""

from __future__ import annotations

import itertools
import random
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from test_inference_synth import Stream, local, person

from dataexam.inference import Confidence, infer
from dataexam.inference.textrules import DistinctSketch, own_words, text_hash

ZONE = ZoneInfo("Europe/Madrid")
NOW = datetime(2025, 1, 1, tzinfo=UTC)

_ES = [f"{a} {b} {c}" for a, b, c in itertools.product(
    ("Esta mañana he", "Ayer por la tarde", "Después del trabajo"),
    ("paseado con el perro por el río", "cocinado una olla grande de lentejas", "leído otro capítulo del libro",
     "quedado con mi hermana para comer", "ido en bici hasta el mercado"),
    ("y ha sido precioso", "antes de que empezara a llover"))]
ENGLISH_LINE = "Good morning everyone, have a wonderful day ahead of you"


def _spanish_writer(kind: str = "facebook.post", **attrs_en: object) -> list:
    """30 distinct Spanish posts and one English line posted 200 times."""
    assert len(_ES) == 30
    rng = random.Random(5)
    s = Stream("facebook" if kind.startswith("facebook") else "x")
    out = []
    d = date(2024, 1, 1)
    for i, line in enumerate(_ES):
        out.append(s.ev(local(ZONE, d + timedelta(days=3 * i), rng.uniform(9, 21)), kind, line,
                        **({"lang": "es"} if attrs_en else {})))
    for i in range(200):
        out.append(s.ev(local(ZONE, d + timedelta(days=i // 2), rng.uniform(7, 8.5)), kind, ENGLISH_LINE,
                        **attrs_en))
    return sorted(out, key=lambda e: e.sort_key)


def test_a_line_detected_right_and_posted_200_times_is_one_text() -> None:
    langs = infer(_spanish_writer(), now=NOW).finding("languages")
    shares = langs.value["shares"]
    # 30 distinct Spanish texts; the English line, one text posted 200 times, is no language of theirs: unknown
    assert shares == {"es": 1.0}
    assert langs.value["primary"] == "es"
    assert langs.summary == "You write in Spanish (100%)."
    assert langs.value["texts_repeated"] == {"en": 199}
    # 230 eligible texts; read: the 30 Spanish ones (the English line is unknown, copies and all)
    assert langs.value["texts_sampled"] == 30 and langs.value["texts_eligible"] == 230
    assert langs.value["texts_detected"] == 30 and langs.value["texts_unsure"] == 1
    assert "199 copies of texts posted more than once left out (English 199)" in langs.confidence_basis
    assert "English read in one text only, posted 200 times among those sampled: left unknown" \
        in langs.confidence_basis


def test_a_repeated_line_of_a_language_written_elsewhere_too_is_one_text() -> None:
    """TEXTS2's rule counted a one-text language once; a line in a language the person also writes in other texts
    kept every copy: three other English posts made the 200 copies count, "English (87%) and Spanish (13%)"."""
    s = Stream("facebook")
    others = ["Finally finished reading that long novel about the sea",
              "Took the early train to the coast and walked for hours",
              "Cooked dinner for the neighbours, they loved the soup"]
    extra = [s.ev(local(ZONE, date(2024, 6, 1) + timedelta(days=i), 12), "facebook.post", t)
             for i, t in enumerate(others)]
    langs = infer(sorted([*_spanish_writer(), *extra], key=lambda e: e.sort_key), now=NOW).finding("languages")
    shares = langs.value["shares"]
    # 30 distinct Spanish texts, 4 distinct English ones
    assert shares == {"es": round(30 / 34, 3), "en": round(4 / 34, 3)}
    assert langs.summary == "You write in Spanish (88%) and English (12%)."
    assert langs.value["texts_repeated"] == {"en": 199}


def test_tagged_tweets_count_distinct_texts_too() -> None:
    """X's per-tweet tag counts each distinct tweet once: the same line tagged "en" 200 times is one English text."""
    langs = infer(_spanish_writer("twitter.tweet", lang="en"), now=NOW).finding("languages")
    assert langs.value["texts_tagged"] == 230
    assert langs.value["shares"] == {"es": round(30 / 31, 3), "en": round(1 / 31, 3)}
    assert langs.value["texts_repeated"] == {"en": 199}
    # what X says stays X's own count of tweets
    assert langs.platform_says["x_tweet_lang_tags"] == {"en": round(200 / 230, 3), "es": round(30 / 230, 3)}


def test_the_distinct_sketch_is_exact_up_to_k_and_close_beyond() -> None:
    sketch = DistinctSketch(300)
    for i in range(250):
        for _ in range(3):
            sketch.add(text_hash(f"text number {i}"))
    assert sketch.count() == 250  # copies counted once, exact under k
    big = DistinctSketch(300)
    results = [big.add(text_hash(f"another text {i % 20_000}")) for i in range(60_000)]
    assert abs(big.count() - 20_000) / 20_000 < 0.15  # ≈ 5.8 % standard error at k = 300
    assert len(big._kept) == 300 and sum(r[0] == "new" for r in results) < 20_000  # bounded


# -- 2. unmarked quotations: a dash or a bare name after them ---------------------------------------------------------
@pytest.mark.parametrize(("post", "own"), [
    ("Be the change you wish to see in the world. — Mahatma Gandhi", ""),  # em dash after the sentence
    ("Be the change you wish to see in the world —Gandhi", ""),  # em dash, no space, no full stop
    ("Be the change you wish to see in the world -- Gandhi", ""),  # "--" for the long dash
    ("The truth is rarely pure and never simple. ― Oscar Wilde, The Importance of Being Earnest", ""),  # Goodreads
    ("Be yourself; everyone else is already taken. - Oscar Wilde", ""),  # hyphen after a finished sentence
    ("Always wear clean socks in case of emergencies. - Mum", ""),  # a kin word as the source
    ("Always wear clean socks in case of emergencies.\n- my nan", ""),  # on the line below
    ("What you seek is seeking you. ~ Rumi", ""),  # tilde
    ("Always be kind to the people you meet. Mum", ""),  # a kin word after the quotation
    ("Be the change you wish to see.\nGandhi", ""),  # the bare name on the line below (Chicago)
    ("Be the change you wish to see. Gandhi", ""),  # … or on a saying's own line (ART9E: test_texts_signoffs)
    ("Everything hurts and nothing is fine. - Unknown #quotes", ""),
    ("Whatever you are, be a good one. — Abraham Lincoln 🙏", ""),
    ("My motto: Be the change you wish to see in the world. — Gandhi", "My motto"),  # the remark before a colon
    ("Love this \"Be the change you wish to see in the world\" — Gandhi", "Love this"),  # marks: the name goes too
])
def test_an_unmarked_quotation_with_its_attribution_is_not_own_words(post: str, own: str) -> None:
    assert own_words(post) == (own, True)


@pytest.mark.parametrize("post", [
    "I said - no way",  # a dash inside one's own sentence
    "Dinner with the family - Mum loved it",  # a name that goes on
    "Lunch in town - Leeds",  # a hyphen inside a sentence: no attribution
    "Road trip from Paris - London",
    "Such a long day at work. Exhausted",  # a word of feeling
    "Finished the marathon today. Knackered",
    "Couldn't sleep again. Insomnia",  # a noun summing up
    "Best holiday ever. Lisbon",  # a town
    "Amazing weekend away. Barcelona",
    # a bare name on one's own line after one's own words (a saying's is an attribution: test_texts_signoffs)
    "Thanks for a lovely evening everyone. Sarah",
    "Cannot wait for the weekend — Friday",  # a day
    "Great match tonight. Go Liverpool",
    "Happy birthday to you. Love you Mum",
    "Feeling rough today — Sick",
    "Wow. Sarah",  # too short to be a quotation
    "Spent the day with my sister - so much fun",
    "Had a lovely walk. Highly recommended",
    "Worst week of my life. Never again",
    "Thanks for a great night. Love, Sarah",
    "Such a fun night out. Thanks Sarah",
])
def test_look_alikes_of_attributions_stay_own_words(post: str) -> None:
    assert own_words(post) == (post, False)


def test_dash_attributed_quotations_are_read_neither_for_mood_nor_for_language() -> None:
    """A cheerful English writer who posts sad German sayings with their author: German is no language of theirs
    and the sayings are not their mood (T29C H7's shape, without quote marks or a quote tag)."""
    rng = random.Random(2)
    s = Stream("facebook")
    out = []
    sayings = [f"Das Leben ist schwer und traurig, {w}. — Franz Kafka" for w in
               ("jeden Tag", "jede Nacht", "immer wieder", "ohne Ende", "für uns alle")]
    happy = [f"{a} {b}" for a, b in itertools.product(
        ("Lovely walk with the dog", "Great coffee with friends", "Sunny afternoon in the garden",
         "Fun evening cooking together"), ("today", "this morning", "again", "at last", "with Sam"))]
    for i in range(40 * 7):
        day = date(2024, 1, 1) + timedelta(days=i)
        out.append(s.ev(local(ZONE, day, rng.uniform(9, 20)), "facebook.post", rng.choice(happy)))
        if 140 <= i < 182:  # six weeks of sayings, three a day
            for _ in range(3):
                out.append(s.ev(local(ZONE, day, rng.uniform(9, 20)), "facebook.post", rng.choice(sayings)))
    report = infer(sorted(out, key=lambda e: e.sort_key), now=NOW)
    assert set(report.finding("languages").value["shares"]) == {"en"}
    mood = report.finding("mood")
    assert mood.value["low_periods"] == []
    assert mood.value["quoted_left_out"] == 126


# -- 3. the test helper person(): one line tweeted all day is still read for its language ----------------------------
def test_a_person_tweeting_one_line_has_a_language_at_low() -> None:
    """``test_inference_synth.person()`` tweets one line (14 a day): its language is the person's, counted once,
    low for one distinct text (was "Too little own text" under TEXTS2's one-text rule for language tests built on
    it); the time-zone prior's language source has it."""
    report = infer(person("Europe/Berlin", days=60), now=NOW)
    langs = report.finding("languages")
    assert langs.value["shares"] == {"en": 1.0}
    assert langs.confidence == Confidence.LOW and "only 1 distinct text" in langs.confidence_basis
    assert langs.value["texts_sampled"] > 500
    language = [s for s in report.finding("timezone").value["place_evidence"] if s["source"] == "language"]
    assert language
