"""Words and sentences of the scripts with combining marks (the thirty-second pass's fresh tester T32A, M3).

A Nepali writer's single sentences of 5–9 words were "14.1 words per sentence" at high and a Hindi writer's "11.68":
a word was a run of ``\\w`` letters, and the vowel signs and viramas of the Indic scripts (Unicode Mn/Mc) are not
``\\w``, so "आज बिहान रोटी" was cut into 7 pieces; the danda ("।") ended no sentence. A word is now a run of letters
with their combining marks, and the danda, double danda, Arabic question mark and Urdu full stop end sentences.
Chinese, Japanese and Thai stay withheld (test_style_unspaced). Every text is invented.
"""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime, timedelta

import pytest
from test_inference_synth import Stream

from dataexam.inference import infer
from dataexam.inference.text import _SENT, _WORD, MARKS, lower_words, unspaced, word_count

NOW = datetime(2025, 6, 1, tzinfo=UTC)


@pytest.mark.parametrize(("text", "words", "sentences"), [
    ("आज बिहान रोटी धेरै राम्रो बन्यो, खुसी लाग्यो।", 8, 1),  # Nepali, was 18 words
    ("डॉक्टर ने कहा सब ठीक है। कल फिर जाना होगा।", 10, 2),  # Hindi: the danda ends each sentence
    ("आज बहुत अच्छा दिन था॥", 5, 1),  # the double danda
    ("আজ সকালে রুটি খুব ভালো হয়েছে। খুব খুশি!", 8, 2),  # Bengali, was 15 words
    ("இன்று காலை ரொட்டி நன்றாக வந்தது.", 5, 1),  # Tamil, was 13
    ("ఈ రోజు చాలా బాగుంది.", 4, 1),  # Telugu
    ("ਅੱਜ ਮੌਸਮ ਬਹੁਤ ਵਧੀਆ ਹੈ।", 5, 1),  # Gurmukhi
    ("આજે હવામાન સરસ છે.", 4, 1),  # Gujarati
    ("ಇಂದು ಹವಾಮಾನ ಚೆನ್ನಾಗಿದೆ.", 3, 1),  # Kannada
    ("ഇന്ന് കാലാവസ്ഥ നല്ലതാണ്.", 3, 1),  # Malayalam
    ("අද කාලගුණය හොඳයි.", 3, 1),  # Sinhala
    ("کیا حال ہے؟ ٹھیک ہوں۔", 5, 2),  # Urdu: ؟ and ۔ end sentences
    ("كيف حالك؟ أنا بخير.", 4, 2),  # Arabic
    ("שלום, מה שלומך? הכל טוב.", 5, 2),  # Hebrew
    ("Привет, как дела? Всё хорошо.", 5, 2),
    ("Καλημέρα σε όλους. Τι κάνετε;", 5, 1),
    ("Cafe\u0301 au lait, s'il vous plai\u0302t.", 7, 1),  # accents typed apart: one word each
    ("Went to the market today. It was busy!", 8, 2),
])
def test_a_word_is_letters_with_their_marks_and_the_sentence_ends_are_every_scripts(text, words, sentences):
    assert word_count(text) == words
    assert len(_WORD.findall(text)) == words
    assert len(lower_words(text)) == words
    assert len(_SENT.findall(text)) == sentences


def test_the_mark_class_holds_every_combining_mark():
    assert MARKS  # the class is built from MARK_BLOCKS: every mark of this Python's Unicode lies inside them
    every = [chr(cp) for cp in range(0x110000) if unicodedata.category(chr(cp))[0] == "M"]
    assert all(_WORD.fullmatch("a" + ch) for ch in every)


def test_unspaced_scripts_stay_withheld():
    assert unspaced("วันนี้อากาศดีมาก") and unspaced("今日は猫と公園を散歩しました。")
    assert not unspaced("आज बहुत अच्छा दिन था।")


HINDI = ["आज बाजार से ताज़ी सब्ज़ियाँ लाए।", "शाम को दोस्तों के साथ खाना बनाया और फिल्म देखी।",
         "कल सुबह जल्दी उठना है। दफ्तर में बैठक है।"]  # 6, 10, and 5 + 4 words: 25 words, 4 sentences


def test_a_hindi_writers_words_per_sentence():
    s = Stream("twitter-2024")
    t0 = datetime(2023, 1, 2, 12, tzinfo=UTC)
    events = [s.ev(t0 + timedelta(hours=29 * i), "twitter.tweet", HINDI[i % 3]) for i in range(300)]
    style = infer(events, now=NOW).finding("writing_style")
    assert style.value["overall"]["words_per_sentence"] == 6.25  # was about twice: every vowel sign cut a word
    assert style.summary.startswith("6.25 words per sentence")
