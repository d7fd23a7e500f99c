"""A language langdetect is known to confuse, held by nothing but short texts (the twenty-seventh pass's fresh
tester T27B, M2).

A shared account (German bread posts, English gaming posts) was "German (46%), English (39%) and Afrikaans (15%)"
at medium: langdetect reads "late night elden ring session" as Afrikaans at 0.99999, and the basis claimed ≈1.7 %
of the counted texts expected misread. A short-text language that detection confuses with one the person writes
more, with no long text, tag or declared language of its own, is now set aside as unknown and said. Texts here
are invented.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from test_inference_synth import Stream

from dataexam.inference import Confidence, infer
from dataexam.inference.language import detect_language_sure

NOW = datetime(2025, 6, 1, tzinfo=UTC)
START = datetime(2023, 1, 2, 6, tzinfo=UTC)
DE = ("Frische Brötchen heute früh", "Sauerteig angesetzt", "Der Ofen läuft seit vier", "Roggenbrot für den Markt")
EN = ("late night elden ring session", "finally beat the boss", "streaming some apex tonight", "new gpu arrived")
AF_LONG = "Ons het vanaand saam met die familie by die huis geëet en daarna lank gesels oor die vakansie."


def _posts(extra: tuple[str, ...] = ()) -> list:
    rng, s = random.Random(3), Stream("facebook-2024")
    texts = [*DE, *EN, *extra]
    return [s.ev(START + timedelta(hours=7 * i), "facebook.post", rng.choice(texts)) for i in range(600)]


def test_short_english_read_as_afrikaans_is_set_aside():
    assert detect_language_sure("late night elden ring session") == "af"  # the confusion itself
    langs = infer(_posts(), now=NOW).finding("languages")
    assert set(langs.value["shares"]) == {"de", "en"}  # was de 46%, en 39%, af 15%
    assert langs.summary.startswith("You write in German (") and " and English (" in langs.summary
    assert "Afrikaans" not in langs.summary
    # distinct texts count (TEXTS3): the one Afrikaans-read line, of six readable distinct lines
    assert langs.value["texts_set_aside"] == {"af": 1}
    assert "short texts read as Afrikaans, which detection confuses with English and Dutch in short texts" \
        in langs.confidence_basis
    assert "17% of the texts: the expected misread share above" in langs.confidence_basis
    # detection visibly misread these texts (at most medium), and six distinct texts resample unsteadily: low
    assert langs.confidence == Confidence.LOW


def test_afrikaans_in_long_texts_is_kept():
    langs = infer(_posts((AF_LONG,)), now=NOW).finding("languages")
    assert langs.value["shares"].get("af", 0) >= 0.1  # someone who writes Afrikaans: long texts hold it
    assert langs.value["texts_set_aside"] == {}
    assert "Afrikaans" in langs.summary


# --- romanised texts of a language of another script (T32A L3: Hinglish read as "Hindi (77%) and Somali (23%)")
HINGLISH = ("aaj office mein bahut kaam tha yaar", "chai pe charcha with friends, maza aa gaya",
            "kal match dekhne chalenge sab log", "mummy ne aaj rajma chawal banaya hai",
            "bahut udaas hoon aaj, kuch accha nahi lag raha", "neend nahi aa rahi, dil bahut bhaari hai",
            "kisi se baat karne ka mann nahi karta ab", "sab bekaar lag raha hai, thak gaya hoon zindagi se",
            "akela mehsoos karta hoon har roz", "rona aa raha hai bina wajah ke")


def _hinglish(tag_every: int, *, devanagari_tags: bool = False) -> list:
    """600 tweets of romanised Hindi, every ``tag_every``-th one tagged "hi" by X (the rest "und"); with
    ``devanagari_tags`` the tagged ones are Hindi in its own script instead (no romanised tag)."""
    s = Stream("twitter-2024")
    out = []
    for i in range(600):
        tagged = i % tag_every == 0
        text = HINGLISH[i % len(HINGLISH)] if not (tagged and devanagari_tags) else "आज ऑफिस में बहुत काम था यार"
        out.append(s.ev(START + timedelta(hours=7 * i), "twitter.tweet", f"{text} {i}" if not tagged else text,
                        lang="hi" if tagged else "und"))
    return out


def test_romanised_hindi_read_as_somali_or_swahili_is_unknown():
    langs = infer(_hinglish(2), now=NOW).finding("languages")
    assert set(langs.value["shares"]) == {"hi"}, langs.value["shares"]
    assert langs.summary == "You write in Hindi (100%)."
    assert "in Latin letters read as" in langs.confidence_basis and "you write Hindi in Latin letters too" \
        in langs.confidence_basis
    assert langs.confidence != Confidence.HIGH


def test_hindi_tagged_in_its_own_script_keeps_the_detections():
    """The tags are Devanagari: nothing says this person writes Hindi in Latin letters, so the untagged texts keep
    what detection makes of them (the rule needs romanised tagged tweets)."""
    langs = infer(_hinglish(2, devanagari_tags=True), now=NOW).finding("languages")
    assert "in Latin letters read as" not in langs.confidence_basis
    assert set(langs.value["shares"]) - {"hi"}  # detection's own (wrong) reading stands: no rule to set it aside
