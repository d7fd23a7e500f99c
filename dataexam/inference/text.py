"""The person's own words: languages, mood trend, topics, writing style and reply habits.

Language detection is slow (milliseconds per text), so it runs on a seeded reservoir sample of at
most :data:`LANG_SAMPLE` texts — bounded memory, deterministic result; langdetect's profiles are
loaded for that one batch and released right after it (:mod:`.language`). Mood keeps a 40-bin
histogram of VADER compound scores per ISO week, from a seeded sample of at most
:data:`MOOD_SAMPLE_PER_WEEK` texts a week; writing-style rates come from a seeded sample of at most
:data:`STYLE_SAMPLE_PER_WEEK` texts per service and week (counts of texts and of UK/US spellings stay
exact). State is per week or capped, never per text.
"""

from __future__ import annotations

import math
import random
import re
import statistics
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from itertools import accumulate, repeat
from typing import Any, NamedTuple

from babel.lists import format_list

from ..categories import category_label, is_sensitive
from ..events import Event
from ..wording import and_list, count_phrase
from . import literature
from .emoji import count_emoji
from .engine import (
    BOOTSTRAP_RESAMPLES,
    BOOTSTRAP_SEED,
    OWN_TEXT_KINDS,
    Aggregator,
    Context,
    bootstrap_agreement,
    bootstrap_draws,
    categories_of,
    iso_week_start,
    own_text,
    weighted_draws,
)
from .language import (
    LIST_SHARE,
    detect_language,
    detect_language_sure,
    language_name,
    platform_language,
    release_language_profiles,
)
from .model import (
    Confidence,
    Evidence,
    EvidenceItem,
    EvidenceRef,
    Finding,
    Reservoir,
    confidence_from_agreement,
    evidence_ref,
    least_sure,
)
from .textrules import (
    DISTINCT_FOR_HIGH,
    DISTINCT_FOR_MEDIUM,
    RECENT_YEARS,
    DistinctSketch,
    DistinctTexts,
    YearMonths,
    distinct_cap,
    reading_of,
    recent_from,
    text_digest,
    text_hash,
    year_span,
)

LANG_SAMPLE = 300
#: distinct texts remembered per platform language tag (textrules.DistinctSketch): exact counts up to this many
#: distinct tagged texts a language, an estimate within ≈3 % beyond
LANG_TAG_DISTINCT = 1024
LANG_MIN_CHARS = 20
LANG_MIN_TEXTS = 20
# An untagged text shorter than this is counted only where langdetect is sure of it (detect_language_sure).
# Measured (langdetect, seed 0, three trials, on word-boundary prefixes of the personas' English, German and
# Spanish phrases and the twenty-third pass's testers' sentences): right for 69% of 8–20-character texts,
# 89% at 20–30, 96% at 30–40, 99% at 40–50 and every one from 50 on.
LANG_SHORT_CHARS = 40
# Share of the counted detections expected to be wrong (same measurement): sure short ones 1.7%, longer 1%.
LANG_MISREAD = {"short": 0.017, "long": 0.01}
#: languages written in a script of their own, which people also write in Latin letters (Hinglish, Arabizi,
#: Greeklish, translit): langdetect's profiles hold their own script only (:meth:`TextAggregator._set_aside_romanised`)
NON_LATIN_LANGUAGES = frozenset({"hi", "ur", "bn", "pa", "gu", "mr", "ne", "ta", "te", "kn", "ml", "si", "ar", "fa",
                                 "ru", "uk", "bg", "sr", "mk", "el", "he", "th", "ka", "hy", "am"})
#: Latin-letter tweets a language of another script needs to be read as romanised by this person
ROMANISED_MIN = 5
#: langdetect's known confusions on short texts: each language → the languages its profile is taken for. Afrikaans
#: for English and Dutch ("late night elden ring session" → af 0.99999: the twenty-seventh pass's tester, T27B M2;
#: "viking river cruise" → af: shuyo/language-detection #8), Catalan for English and Spanish ("Excellent service as
#: usual" → ca 0.99999: Mimino666/langdetect #96), the Scandinavian languages for one another and for English ("Let's
#: talk somewhere else" → da: Abhijit-2592/spacy-langdetect #7)
LANG_CONFUSED = {"af": ("en", "nl"), "nl": ("af",), "ca": ("en", "es"), "da": ("en", "no", "sv"),
                 "sv": ("en", "no", "da"), "no": ("en", "da", "sv")}
LANG_TAG_BOOTSTRAP = 1000  # tagged texts drawn per bootstrap resample (their counts are exact, not sampled)
MOOD_MIN_ENGLISH = 0.5  # mood is read only where more than this share of the person's texts is English
# Mood's confidence follows the share of texts VADER read (T29C H8): with a language gap (keywords_language_gap: ≥
# KEYWORDS_OTHER_LANGUAGES_NOTE in other languages) medium at most, and low where under this share was English —
# a third of the texts unread can hold a whole low period
MOOD_READ_FOR_MEDIUM = 2 / 3
# ... and mood says the share it read, medium at most, from this share of texts in other languages on: eight weeks of
# grief written in the person's second language (13 % of the texts, Spanish) read "No sustained low-mood period" at
# high (T29D N10) — a low period needs only a few weeks of texts, so a smaller unread share than the keyword
# findings' note can hold one
MOOD_OTHER_LANGUAGES_NOTE = 0.05
# A low period in whose weeks at least this share of the texts quoted someone else (song lyrics, sayings) is low at
# most, its quoting named: the quotations are left out of the score, but the remarks around them ("- timeless",
# "love this song") stand in for the person's usual posts those weeks (T29C H7: six weeks of "#lyricoftheday" were a
# low period at high; with the lyrics left out, still at 0.61 against a baseline of 0.82)
MOOD_QUOTED_SHARE = 0.2
# A share of the person's texts in other languages from which the keyword findings (topics, interests) say that their
# keyword lists read English only (the twenty-fifth pass's tester, T25A M10: a person writing 140 Norwegian posts was
# told "Too little text for topics" and "No interest stands out").
KEYWORDS_OTHER_LANGUAGES_NOTE = 0.2
MOOD_BINS = 40
MOOD_MIN_TEXTS_WEEK = 3
MOOD_MIN_WEEKS = 12
MOOD_SD_FACTOR = 1.5
MOOD_MIN_RUN = 4
MOOD_SAMPLE_PER_WEEK = 30  # texts scored per week (seeded reservoir): VADER is the report's costliest step
# Posts to an audience and private messages are read apart as well as together (the twenty-seventh pass's tester,
# T27B H4): six months of grief posts beside four routine "love you" messages a day kept every weekly median of
# all texts at the baseline, "No low period" at high; a low period of either kind alone is said too.
MOOD_STREAMS = ("posts", "messages")
_MESSAGE_KINDS = frozenset({"facebook.message", "twitter.dm", "twitter.grok_chat_item"})
STYLE_SAMPLE_PER_WEEK = 30  # texts per service and week whose style features are measured (seeded reservoir)
MAX_THREADS = 20_000  # message threads whose last received message is remembered (reply latency)
MAX_DECLARED_LANGS = 50
SEED = 0

_URL = re.compile(r"https?://\S+|www\.\S+")
_MENTION = re.compile(r"[@#]\w+")
#: where Unicode's combining marks (categories Mn, Mc, Me) lie: every one of them (a test holds the ranges to
#: ``unicodedata``), scanned once at import (≈30 ms)
MARK_BLOCKS = ((0x0300, 0x1DFF), (0x20D0, 0x20FF), (0x2CEF, 0x2DFF), (0x302A, 0x309A), (0xA66F, 0xABFF),
               (0xFB1E, 0xFB1E), (0xFE00, 0xFE2F), (0x101FD, 0x11FFF), (0x16AF0, 0x16FFF), (0x1BC9D, 0x1BC9E),
               (0x1CF00, 0x1CFFF), (0x1D165, 0x1D244), (0x1DA00, 0x1DAAF), (0x1E000, 0x1E94A), (0xE0100, 0xE01EF))


def _mark_class() -> str:
    """The combining marks of :data:`MARK_BLOCKS` as the inside of a regex character class (ranges)."""
    import unicodedata

    marks = [cp for a, b in MARK_BLOCKS for cp in range(a, b + 1) if unicodedata.category(chr(cp))[0] == "M"]
    spans: list[list[int]] = []
    for cp in marks:
        if spans and spans[-1][1] == cp - 1:
            spans[-1][1] = cp
        else:
            spans.append([cp, cp])
    return "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in spans)


#: combining marks (vowel signs, viramas, nuktas, accents typed apart): none of them is ``\w``, so a word of an Indic
#: script was cut at each (T32A M3: "आज बिहान रोटी" read as 7 words); a word is a run of letters with their marks
MARKS = _mark_class()
#: a word: letters, each with its combining marks ("बिहान", "রুটি", "café" typed with U+0301)
_WORD = re.compile(rf"(?:[^\W\d_]+[{MARKS}]*)+")
#: the same for ASCII text, which holds no mark: twice as fast on the hot path (every text's English gate)
_ASCII_WORD = re.compile(r"[^\W\d_]+")


def _words(text: str) -> list[str]:
    """:data:`_WORD`'s words of ``text`` (:data:`_ASCII_WORD`'s for ASCII text: the same words)."""
    return (_ASCII_WORD if text.isascii() else _WORD).findall(text)
#: a sentence's end: the full stop, "!" and "?", the danda and double danda of the Indic scripts (।, ॥: Hindi,
#: Nepali, Marathi, Bengali …), the Arabic question mark (؟), the Urdu full stop (۔), the Armenian (։) and Ethiopic
#: (።) full stops (T32A M3: a two-sentence Hindi text was one). Chinese and Japanese "。" are not read here: their
#: words per sentence are withheld (:func:`unspaced`).
_SENT = re.compile(r"[.!?\u0964\u0965\u061f\u06d4\u0589\u1362]+(?:\s|$)")
#: letters of scripts written without spaces between words: Chinese characters, kana, Thai, Lao, Tibetan, Myanmar,
#: Khmer (Unicode blocks). ``_WORD`` reads a run of them as one "word" and their full stops ("。") are not ``_SENT``'s,
#: so a Japanese text is "2 words per sentence" (T27B M3); Korean writes spaces and is not here
_UNSPACED = re.compile(r"[\u0e00-\u0eff\u0f00-\u0fff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf"
                       r"\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]")
_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)
#: words per sentence is given only where at least this many (weighted) sampled texts are in spaced scripts
MIN_SPACED_TEXTS = 10


def unspaced(text: str) -> bool:
    """Whether ``text`` is written mostly (≥ half its letters) in a script without spaces between words
    (:data:`_UNSPACED`: Chinese, Japanese, Thai …), whose words and sentences ``_WORD`` and ``_SENT`` cannot count."""
    if text.isascii():  # no letter of those scripts: False without the two scans (every sampled text, issue 16)
        return False
    letters = len(_LETTER.findall(text))
    return letters > 0 and 2 * len(_UNSPACED.findall(text)) >= letters
FUNCTION_WORDS = frozenset("the a an and or but of to in on at for with is are was were be been it that this i you "
                           "he she we they me my your not no so if as by from just".split())
UK_US = {"colour": "color", "favourite": "favorite", "organise": "organize", "realise": "realize",
         "centre": "center", "theatre": "theater", "travelling": "traveling", "grey": "gray",
         "neighbour": "neighbor", "apologise": "apologize", "flavour": "flavor", "cheque": "check"}
_US_SET = frozenset(UK_US.values())
_UK_SET = frozenset(UK_US)
_US_ONLY = _US_SET - _UK_SET


# Han ideographs, kana and Hangul: one such character carries about what a word of three letters does, so a short
# Chinese post ("今天去夜市吃了蚵仔煎，好好吃。", 15 characters) is no short text to langdetect, whose n-gram
# profiles tell these scripts apart from a few characters (the twenty-seventh pass's final tester, T27D H3: a
# Facebook writer of 95 % such posts read "English (100%)" at high, every Chinese post under LANG_MIN_CHARS)
_CJK = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
CJK_CHAR_WEIGHT = 3


# letters of the scripts beyond Latin (Greek, Cyrillic, Hebrew, Arabic, Thai, Devanagari …): a few of them tell
# langdetect the script, and short texts count only where two detections agree (T27E H2: Thai posts got no weight)
_NON_LATIN_LETTER = re.compile(r"[^\W\d_\u0000-\u024f\u1e00-\u1eff]")


def language_length(text: str) -> int:
    """``text``'s length for the language gates (:data:`LANG_MIN_CHARS`): characters, each Han, kana or Hangul
    character counted :data:`CJK_CHAR_WEIGHT` times, each other letter of a script beyond Latin twice."""
    if text.isascii():
        return len(text)
    cjk = len(_CJK.findall(text))
    other = len(_NON_LATIN_LETTER.findall(text)) - cjk
    return len(text) + (CJK_CHAR_WEIGHT - 1) * cjk + max(other, 0)


# a word's parts by script: one Han or kana character; a run of another unspaced script's letters (Thai, Lao,
# Tibetan, Myanmar, Khmer); a run of letters of a spaced script (Latin, Cyrillic, Hangul …)
_KANJI_KANA = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f"
_OTHER_UNSPACED = "\u0e00-\u0eff\u0f00-\u0fff\u1000-\u109f\u1780-\u17ff"
_SCRIPT_RUN = re.compile(f"([{_KANJI_KANA}])|([{_OTHER_UNSPACED}]+)|((?:(?![{_KANJI_KANA}{_OTHER_UNSPACED}])"
                         rf"[^\W\d_][{MARKS}]*)+)")


def word_count(text: str) -> int:
    """How many words ``text`` holds, counted per script as :func:`language_length` weighs them: a run of letters
    of a spaced script is a word; each Han or kana character is one (it carries what a word of
    :data:`CJK_CHAR_WEIGHT` letters does); a run of another unspaced script's letters (Thai, Khmer …) is a word
    per :data:`CJK_CHAR_WEIGHT` letters, rounded up. ``"今天去夜市吃了蚵仔煎"`` is 10 words, not 1: a per-word rate
    (emoji, CAPS, function words per 100 words) of a Chinese or Japanese writer was read against a text's runs
    of characters, each counted as one word (the twenty-seventh pass's LIVES limit)."""
    if text.isascii():
        return len(_ASCII_WORD.findall(text))
    n = 0
    for _han, other, _spaced in _SCRIPT_RUN.findall(text):
        n += -(-len(other) // CJK_CHAR_WEIGHT) if other else 1
    return n


def mood_stream(kind: str) -> str:
    """The :data:`MOOD_STREAMS` member of an own text's kind: ``"messages"`` for private messages (Facebook
    Messenger, X DMs, Grok chats), else ``"posts"`` (posts, tweets, comments)."""
    return "messages" if kind in _MESSAGE_KINDS else "posts"


def _keep_lowest(week_low: dict[date, tuple[float, EvidenceItem]], week: date,
                 low: tuple[float, Event] | None) -> None:
    """Keep the week's lowest-scoring text as its evidence (health-category: see :meth:`_flush_week`)."""
    old = week_low.get(week)
    if low is not None and (old is None or low[0] < old[0]):
        week_low[week] = (low[0], replace(EvidenceItem.of(low[1]), special="health"))


@lru_cache(maxsize=1)
def _vader():
    """VADER's analyser, its quadratic steps made linear with identical scores (:mod:`.vaderlinear`)."""
    from .vaderlinear import LinearAnalyzer

    return LinearAnalyzer()


def vader_compound(text: str) -> float:
    """VADER's ``compound`` score of ``text`` (-1 … 1), as ``polarity_scores(text)["compound"]`` gives it, without
    scoring a text VADER finds no word of its lexicon in: its compound is 0.0. VADER gives a word a valence only where
    its token (``text.split()``, a word's leading and trailing punctuation stripped: ``SentiText``), lower-cased, is in
    the lexicon, after replacing each emoji character by its description; boosters, negations, "but" and punctuation
    only scale a valence found, and ``normalize(0)`` is 0.0. So a text with no emoji character and no such token scores
    0.0 (issue 16: ~40 % of a realistic archive's sampled English messages, ~40 µs of VADER each)."""
    from vaderSentiment.vaderSentiment import SentiText

    analyser = _vader()
    if analyser.emojis.keys().isdisjoint(text):
        lexicon = analyser.lexicon
        if not any(token.lower() in lexicon for token in map(SentiText._strip_punc_if_word, text.split())):
            return 0.0
    return analyser.polarity_scores(text)["compound"]


# Function words that tell English from the other languages people commonly write in; a cheap
# per-text gate (langdetect on every text would dominate the report's run time).
_EN_WORDS = frozenset("the and is are was were you i it to of in that this with for have not but my so be at "
                      "on just what we they me".split())
_OTHER_WORDS = frozenset("der die das und ist nicht ich ein eine mit auf für wir sie es war den dem "
                         "auch noch schon sehr aber oder "
                         "el la los las y es en que un una por con para pero muy está "
                         "qué se mi te tu del al sin más ya como nada todo otra otro vez hoy "
                         "le les et est une dans pour pas je il nous avec sur "
                         "il lo di che non per sono una gli della "
                         "o os as um uma não com para mas eu".split()) - _EN_WORDS


def lower_words(text: str) -> list[str]:
    """The text's words (runs of letters), lower-cased: tokenised once per text for every word test."""
    return _words(text.lower())


def looks_english(text: str, words: list[str] | None = None) -> bool:
    """False when German, Spanish, French, Italian or Portuguese function words outnumber English ones.

    ``words``: :func:`lower_words` of ``text`` when the caller has them already."""
    if words is None:
        words = lower_words(text)
    other = sum(map(_OTHER_WORDS.__contains__, words))  # the two sets are disjoint
    return other == 0 or sum(map(_EN_WORDS.__contains__, words)) > other


# English function words that are no common word of Spanish, French or Italian: "me" alone is no English evidence
# in a short text ("Me siento fatal" passed the word gate; the twenty-third pass's first tester)
_EN_SHORT_WORDS = _EN_WORDS - {"me"}


def looks_english_short(text: str, words: list[str] | None = None) -> bool:
    """The stricter gate for a short text (under LANG_SHORT_CHARS) with no language tag: no letter outside ASCII
    and no ¡/¿, no other language's function word, and either an English one (:data:`_EN_SHORT_WORDS`) or none
    listed at all. "¡Qué horror de tráfico!" and "Día terrible." passed :func:`looks_english` for want of any
    listed word, and VADER read "horror" and "terrible" as English (the twenty-third pass's first tester).
    Requiring an English function word as well lost a fifth of short English texts ("Train delayed. Again.")
    and, on 700 short English posts a year, made spurious low periods in 4 of 6 seeded draws (0 of 6 without).
    English words with accents (café) are lost."""
    if any(c in "¡¿" or (ord(c) > 127 and c.isalpha()) for c in text):
        return False
    if words is None:
        words = lower_words(text)
    if any(map(_OTHER_WORDS.__contains__, words)):
        return False
    return any(map(_EN_SHORT_WORDS.__contains__, words)) or not any(map(_EN_WORDS.__contains__, words))


def clean_for_language(text: str) -> str:
    if "http" not in text and "www." not in text and "@" not in text and "#" not in text:
        return " ".join(text.split())  # nothing for the two patterns to remove (the common case)
    return " ".join(_MENTION.sub(" ", _URL.sub(" ", text)).split())


def _mood_bin(compound: float) -> int:
    return min(MOOD_BINS - 1, max(0, int((compound + 1) / 2 * MOOD_BINS)))


def _hist_median(hist: list[int]) -> float:
    n = sum(hist)
    half = n / 2
    acc = 0
    for i, c in enumerate(hist):
        if acc + c >= half and c:
            frac = (half - acc) / c
            return -1 + (i + frac) * 2 / MOOD_BINS
        acc += c
    return 0.0


# A low period of one kind of text alone must be clearer than one of the whole (three readings, not one, make a
# chance run likelier: the control persona's messages gave a 4-week run at a median of −0.054): at least this many
# weeks, and a median in VADER's own negative band (compound ≤ −0.05: Hutto & Gilbert 2014, the lexicon's README).
MOOD_STREAM_MIN_RUN = MOOD_MIN_RUN + 2
MOOD_STREAM_NEGATIVE = -0.05


# A run of low weeks is a low period only where the writing itself is low, not only lower than the person's own
# usual: its weeks' median below VADER's positive band (compound < 0.05; Hutto & Gilbert 2014, ICWSM, and the
# lexicon's README: ≥ 0.05 positive, ≤ −0.05 negative), or at least this share of its texts in the negative band.
# The 1.5-SD rule alone fired on the sampling noise of an all-positive, low-variance writer (T30B H3: six cheerful
# texts, weekly medians 0.32–0.35 against 0.38, SD 0.043, "a low spell" at high with no negative text at all).
MOOD_POSITIVE = 0.05
# A low period goes on through up to MOOD_BRIDGE_WEEKS weeks that are not low by the 1.5-SD rule yet still under the
# person's usual by MOOD_BRIDGE_SD SD, where low weeks follow them: a spell of grief with a lighter week in it is one
# spell (T31B B1: posts of mourning on ~60 % of days for 14 weeks gave "20 May – 30 Jun (6 weeks)", the chart still
# low through mid-August). Design choices (no published figure): one or two lighter weeks, half an SD.
MOOD_BRIDGE_WEEKS = 2
MOOD_BRIDGE_SD = 0.5
MOOD_LOW_NEGATIVE_SHARE = 0.25
_NEGATIVE_BINS = int((1 + MOOD_STREAM_NEGATIVE) / 2 * MOOD_BINS)  # bins below it: compound < −0.05


def _absolutely_low(run: list[date], hists: dict[date, list[int]], medians: dict[date, float]) -> bool:
    """Whether the weeks of ``run`` are low in absolute terms (MOOD_POSITIVE, MOOD_LOW_NEGATIVE_SHARE' comment):
    their median weekly median under 0.05, or ≥ 25 % of their scored texts at compound < −0.05."""
    if statistics.median(medians[w] for w in run) < MOOD_POSITIVE:
        return True
    texts = sum(sum(hists[w]) for w in run)
    negative = sum(sum(hists[w][:_NEGATIVE_BINS]) for w in run)
    return bool(texts) and negative / texts >= MOOD_LOW_NEGATIVE_SHARE


def _clearly_low(run: list[date], medians: dict[date, float]) -> bool:
    """Whether a run of low weeks of one kind of text is long and negative enough to be said on its own."""
    weeks = (run[-1] - run[0]).days // 7 + 1
    return weeks >= MOOD_STREAM_MIN_RUN and statistics.median(medians[w] for w in run) <= MOOD_STREAM_NEGATIVE


def read_from(read: float) -> str:
    """The mood finding's scope where only its English texts were read: ``0.68`` → ``"Only your English texts were
    read, 68% of all you wrote."`` (said after the finding, in its summary and the report's headline alike)."""
    return f"Only your English texts were read, {read:.0%} of all you wrote."

class _WeeksRead(NamedTuple):
    """One reading of weekly mood histograms (:func:`_read_weeks`)."""

    medians: dict[date, float]
    baseline: float
    sd: float
    cut: float
    low: list[date]  # weeks below the cut
    runs: list[list[date]]  # runs of ≥ MOOD_MIN_RUN low weeks (weeks without data do not break one)
    agreement: float  # share of bootstrap resamples of weeks giving the same runs (±1 week)


def pstdev_of(values: Sequence[float]) -> Callable[[Sequence[float]], float]:
    """A function giving :func:`statistics.pstdev` of any resample of ``values`` (finite floats), the very float: the
    sums of the values' exact ratios over one common power-of-two denominator, in integers, and the correctly
    rounded square root of their ratio (``statistics._float_sqrt_of_frac``, as ``pstdev`` takes it). The mood
    bootstrap asks it of 200 resamples of a few hundred weekly medians per reading; ``pstdev`` made each value a
    ratio and summed Fractions per call (≈0.2 s of CPU in the demo's 600 resamples). ``statistics.pstdev`` itself
    where a value is not a finite float or the square root is not there to call (another Python)."""
    root = getattr(statistics, "_float_sqrt_of_frac", None)
    if root is None or not all(type(v) is float and math.isfinite(v) for v in values):
        return statistics.pstdev
    ratios = {v: v.as_integer_ratio() for v in values}
    scale = max((d for _n, d in ratios.values()), default=1)  # powers of two: each divides the largest
    scaled = {v: n * (scale // d) for v, (n, d) in ratios.items()}
    scale2 = scale * scale

    def pstdev(sample: Sequence[float]) -> float:
        if not sample:
            raise statistics.StatisticsError("pstdev requires at least one data point")
        ints = [scaled[v] for v in sample]
        k = len(ints)
        sx = sum(ints)
        # the population variance (k·Σx² − (Σx)²) / (k² · scale²), exactly
        return root(k * sum(i * i for i in ints) - sx * sx, k * k * scale2)

    return pstdev


def _read_weeks(hists: dict[date, list[int]], weeks: list[date]) -> _WeeksRead:
    """Low weeks and low periods of the weekly histograms ``hists`` over ``weeks`` (sorted, each with ≥
    MOOD_MIN_TEXTS_WEEK scores): a week is low when its median is below the median of weekly medians by
    MOOD_SD_FACTOR SD of them (SD at least 0.05); a run of ≥ MOOD_MIN_RUN low weeks is a low period where its weeks
    are also low in absolute terms (:func:`_absolutely_low`: median under VADER's positive band, 0.05, or a quarter
    of its texts negative — Hutto & Gilbert 2014)."""
    medians = {w: _hist_median(hists[w]) for w in weeks}
    values = list(medians.values())
    baseline = statistics.median(values)
    sd = max(statistics.pstdev(values), 0.05)
    cut = baseline - MOOD_SD_FACTOR * sd

    dim = baseline - MOOD_BRIDGE_SD * sd

    def runs(threshold: float) -> list[list[date]]:
        out: list[list[date]] = []
        run: list[date] = []
        gap: list[date] = []  # weeks after the run still under the person's usual, not (yet) low: a bridge
        piece: list[date] = []  # the run's latest stretch of low weeks without a bridge
        whole = False  # whether one such stretch is a low period on its own: a bridge extends a spell, never makes one
        for w in [*weeks, None]:
            if w is not None and medians[w] < threshold:
                if gap:
                    piece = []
                run.extend([*gap, w])
                piece.append(w)
                whole = whole or (piece[-1] - piece[0]).days // 7 + 1 >= MOOD_MIN_RUN
                gap = []
                continue
            if w is not None and run and medians[w] < dim and len(gap) < MOOD_BRIDGE_WEEKS:
                gap.append(w)
                continue
            if run and whole and _absolutely_low(run, hists, medians):
                out.append(run)
            run, gap, piece, whole = [], [], [], False
        return out

    point = runs(cut)

    def same_periods(threshold: float) -> bool:
        other = runs(threshold)
        return len(other) == len(point) and all(abs((a[0] - b[0]).days) <= 7 and abs((a[-1] - b[-1]).days) <= 7
                                                for a, b in zip(other, point))

    # runs(threshold) reads the threshold only through which weeks' medians lie under it, i.e. through how many of
    # the sorted medians do (bisect_left: the count of values < threshold; a NaN threshold puts none under it, as
    # `<` does): each resample's answer is looked up by that count, the runs found once a count (PERF32: 600
    # resamples walked every week twice; a few dozen distinct counts)
    ranked = sorted(values)
    answers: dict[int, bool] = {}

    def same_periods_at(threshold: float) -> bool:
        under = bisect_left(ranked, threshold)
        got = answers.get(under)
        if got is None:
            got = answers[under] = same_periods(threshold)
        return got

    # Bootstrap over weeks: resampled baseline and spread give the same low periods (±1 week)?
    spread = pstdev_of(values)
    agreement = bootstrap_agreement(
        values, lambda sample: statistics.median(sample) - MOOD_SD_FACTOR * max(spread(sample), 0.05),
        same_periods_at if all(map(math.isfinite, values)) else same_periods)
    return _WeeksRead(medians, baseline, sd, cut, [w for w in weeks if medians[w] < cut], point, agreement)


# A low period beginning within this many days after a life event is said to follow it (T31B B1: a bereavement on
# 14 May, the low spell from 20 May, not tied to it); where the event's date is withheld (a night-time post, an Art. 9
# event), the period is said by month and the weeks from the event's month to the period's first month leave the
# weekly series, so that its start does not date the event to the week. 14 days: a design choice (no published
# figure), the week after the event and the next.
MOOD_AFTER_EVENT_DAYS = 14


def tie_low_periods(mood: Finding | None, events: Sequence[tuple[date, str, bool]], *, named: bool) -> None:
    """Tie the mood finding's low periods to a life event ``events`` (day, what it is called, whether its date is
    shown) on or up to :data:`MOOD_AFTER_EVENT_DAYS` days before a period's start: the period gets ``follows`` —
    the event's name where ``named`` (``--include-sensitive``), else "a life event". Where the event's date is not
    shown, the period's ``start``/``end`` become months ("2024-05"), ``dates`` "by month (…)", the weekly series
    loses the weeks from the event's month to the end of the period's first month (``weeks_withheld``: how many),
    the sparkline and summary follow, and evidence items dated in those weeks are dropped. In place; no-op without
    low periods."""
    if mood is None or not isinstance(mood.value, dict) or not mood.value.get("low_periods"):
        return
    value = mood.value
    hidden: list[tuple[date, date]] = []  # withheld ranges (first day, last day)
    for p in value["low_periods"]:
        try:
            start = date.fromisoformat(str(p["start"])[:10])
        except ValueError:
            continue
        near = [e for e in events if timedelta(0) <= start - e[0] <= timedelta(days=MOOD_AFTER_EVENT_DAYS)]
        if not near:
            continue
        day, name, shown = max(near, key=lambda e: e[0])
        p["follows"] = f"the {name}" if named else "a life event"  # "after the death of someone close"
        if shown:
            continue
        end = date.fromisoformat(str(p["end"])[:10])
        p["start"], p["end"] = start.strftime("%Y-%m"), end.strftime("%Y-%m")
        p["dates"] = "by month (a life event's date it would give is withheld)"
        first_month_end = (start.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
        hidden.append((day.replace(day=1), first_month_end))
    if any(p.get("follows") for p in value["low_periods"]):  # the summary says what a period follows, dated or not
        _low_summary(mood)
    if not hidden:
        return
    def withheld(d: date) -> bool:
        return any(a <= d <= b for a, b in hidden)
    weekly = value.get("weekly") or []
    kept = [w for w in weekly if not withheld(date.fromisoformat(w["week"][:10]))]
    value["weeks_withheld"] = len(weekly) - len(kept)
    value["weekly"] = kept
    value["sparkline"] = sparkline([None if withheld(date.fromisoformat(w["week"][:10])) else w["median"]
                                    for w in weekly])
    def dated_in(t: str | None) -> bool:
        try:
            return t is not None and withheld(date.fromisoformat(str(t)[:10]))
        except ValueError:  # a night-time item is already undated ("withheld Wed 22:15")
            return False
    if mood.evidence is not None:
        mood.evidence.items = [it for it in mood.evidence.items if not dated_in(it.time)]


def withhold_mood_near_move(mood: Finding | None, gate: Any) -> None:
    """The mood finding said without the weeks of a window about a switch the time-zone finding undated
    (``NightGate.near_move``, whole months: WINDOW62): the weekly rows touching a window leave ``weekly`` (counted
    in ``weeks_withheld``) and the sparkline; a low period with a bound inside a window is said by months, that
    bound by its window ("2026-06/2026-08", ``window_month``), its length in weeks withheld (``weeks`` None), and
    its evidence items dated there dropped. A week's count of texts inside the window told the move's week (T59D 2:
    "2026-07-13" n 29, the other weeks 30), a spell's end inside it the night's weeks ("13 Jul – 6 Sep 2026 (8
    weeks)" beside "since Jun–Aug 2026"). In place; a no-op with the gate open (--include-sensitive) or no
    window."""
    from .sensitive import window_month

    if mood is None or not isinstance(mood.value, dict) or gate.dated or not gate.near_move:
        return
    value = mood.value
    near = gate.near_move

    def touches(first: date, last: date) -> bool:
        return any(first + timedelta(days=k) in near for k in range((last - first).days + 1))

    weekly = value.get("weekly") or []
    hit = [touches(w0 := date.fromisoformat(w["week"][:10]), w0 + timedelta(days=6)) for w in weekly]
    if any(hit):
        value["weekly"] = [w for w, h in zip(weekly, hit, strict=True) if not h]
        value["weeks_withheld"] = int(value.get("weeks_withheld") or 0) + sum(hit)
        value["sparkline"] = sparkline([None if h else w["median"] for w, h in zip(weekly, hit, strict=True)])
    changed = False
    for p in value.get("low_periods") or []:
        try:
            a, b = date.fromisoformat(str(p["start"])[:10]), date.fromisoformat(str(p["end"])[:10])
        except ValueError:
            continue  # by month already
        wa, wb = gate.window(a, None), gate.window(b, None)
        if wa is None and wb is None:
            continue
        p["start"] = window_month(wa) if wa is not None else a.strftime("%Y-%m")
        p["end"] = window_month(wb) if wb is not None else b.strftime("%Y-%m")
        p["weeks"] = None
        p["dates"] = "by month (a bound lies near a night-time move, whose date it would give; --include-sensitive)"
        changed = True
    if changed:
        _low_summary(mood)
        if mood.evidence is not None:
            mood.evidence.items = [it for it in mood.evidence.items if not gate.near(it.time, None)]


def _low_summary(mood: Finding) -> None:
    """The mood finding's summary from its low periods, each with what it follows: "1 low period(s): 2024-05 →
    2024-08, after a life event"."""
    periods = mood.value["low_periods"]
    mood.summary = f"{len(periods)} low period(s): " + "; ".join(
        f"{p['start']} → {p['end']}" + (f", after {p['follows']}" if p.get("follows") else "")
        + (f" (in your {p['source']})" if p.get("source") != "all" else "") for p in periods)


def latin_letters(text: str) -> bool:
    """Whether ``text``'s letters are mostly (≥ 90 %) Latin ones (Basic Latin to Latin Extended-B, U+024F), and it
    has at least three."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and sum(c <= "\u024f" for c in letters) >= 0.9 * len(letters)


def sparkline(values: list[float | None], width: int = 60) -> str:
    """Unicode block sparkline, resampled to ``width`` characters (gaps as spaces)."""
    blocks = "▁▂▃▄▅▆▇█"
    if not values:
        return ""
    if len(values) > width:
        step = len(values) / width
        chunks = [values[int(i * step): int((i + 1) * step)] for i in range(width)]
        values = [statistics.median(v) if (v := [x for x in c if x is not None]) else None for c in chunks]
    present = [v for v in values if v is not None]
    if not present:
        return ""
    lo, hi = min(present), max(present)
    span = (hi - lo) or 1
    return "".join(" " if v is None else blocks[min(7, int((v - lo) / span * 8))] for v in values)


def keywords_language_gap(shares: dict[str, float], counted: int,
                          threshold: float = KEYWORDS_OTHER_LANGUAGES_NOTE) -> dict[str, Any] | None:
    """What the English keyword lists (categories.py) cannot read of the person's own texts: ``{"other_share": share
    of the counted texts in languages other than English (0–1), "main": the commonest of them (CLDR English name),
    "main_share": its share, "english_share", "sentence": "93% of your texts are in other languages than English
    (mostly Norwegian), and dataexam's keyword lists read English only"}``, or None when fewer than LANG_MIN_TEXTS
    texts were read or under ``threshold`` (KEYWORDS_OTHER_LANGUAGES_NOTE; mood: MOOD_OTHER_LANGUAGES_NOTE) are in
    other languages. ``shares``, ``counted``: the languages finding's (:meth:`TextAggregator.language_shares`)."""
    if counted < LANG_MIN_TEXTS or not shares:
        return None
    english = sum(v for k, v in shares.items() if k.split("-")[0] == "en")
    other = {k: v for k, v in shares.items() if k.split("-")[0] != "en"}
    other_share = 1.0 - english if other else 0.0
    if other_share < threshold:
        return None
    main = max(other, key=other.__getitem__)
    sentence = (f"{other_share:.0%} of your texts are in languages other than English (mostly "
                f"{language_name(main)}), and dataexam's keyword lists read English only")
    return {"other_share": round(other_share, 3), "main": language_name(main), "main_share": round(other[main], 3),
            "english_share": round(english, 3), "sentence": sentence}


class TextAggregator(Aggregator):
    """Languages, mood, topics and writing style of own texts."""

    name = "text"
    kinds = frozenset({"twitter.tweet", "twitter.dm", "facebook.post", "facebook.comment", "facebook.message",
                       "twitter.grok_chat_item", "twitter.declared_demographic"})
    categorised_kinds = OWN_TEXT_KINDS  # topics

    def __init__(self) -> None:
        self._rng = random.Random(SEED)
        self.lang_seen = 0  # untagged own texts of >= LANG_MIN_CHARS, copies included
        # The languages finding counts distinct texts: one line posted 200 times is one text in its language, not
        # 200 (a correctly read repeated line made its language the person's main one). Untagged texts: a uniform
        # sample of the distinct ones (the LANG_SAMPLE smallest digests: textrules.DistinctSketch), its texts and
        # records by digest; ``lang_sample`` is built from it for detection (language_estimate).
        self.lang_sample: list[tuple[str, EvidenceRef]] = []  # (cleaned text, record), ≤ LANG_SAMPLE
        self._lang_distinct = DistinctSketch(LANG_SAMPLE)
        self._lang_kept: dict[int, list[Any]] = {}  # digest → [arrival, cleaned text, record, copies], ≤ LANG_SAMPLE
        self.tweet_lang: Counter[str] = Counter()  # X's own per-tweet tags, every own tweet (platform_says)
        self.tagged: Counter[str] = Counter()  # own texts whose record carries its language (X tweets' `lang`)
        self._tagged_distinct: dict[str, DistinctSketch] = {}  # per tag, its distinct texts (LANG_TAG_DISTINCT)
        # per tag of a language written in another script, its texts written in Latin letters (romanised: X tags
        # Hinglish "hi"; :meth:`_set_aside_romanised`)
        self.tagged_latin: Counter[str] = Counter()
        self.untagged_short = 0  # untagged own texts under LANG_MIN_CHARS after cleaning: never detected
        self._lang_estimate: dict[str, Any] | None = None  # language_estimate(), once computed
        self.declared_langs: list[str] = []
        self.switched_off_langs: list[str] = []
        self.weeks: dict[date, list[int]] = {}
        # the same scores split by kind of text (MOOD_STREAMS): posts to an audience and private messages
        self.stream_weeks: dict[str, dict[date, list[int]]] = {k: {} for k in MOOD_STREAMS}
        self.week_low: dict[date, tuple[float, EvidenceItem]] = {}
        self.stream_week_low: dict[str, dict[date, tuple[float, EvidenceItem]]] = {k: {} for k in MOOD_STREAMS}
        self.mood_texts = 0
        self.mood_quoted = 0  # own texts whose quoted words were left out of the score (textrules.own_words)
        # per ISO week: own texts offered to mood, and those quoting someone (a low period among quoting weeks may
        # follow the quoting still: the remarks around the quotations; MOOD_QUOTED_SHARE)
        self.mood_week_texts: Counter[date] = Counter()
        self.mood_week_quoted: Counter[date] = Counter()
        self._mood_rng = random.Random(SEED + 1)
        self._week: date | None = None  # the ISO week whose samples are being filled
        self._mood_seen = 0  # English texts of the current week
        self._mood_sample: list[tuple[str, Event]] = []  # ≤ MOOD_SAMPLE_PER_WEEK, emptied every week
        self._style_rng = random.Random(SEED + 2)
        self._style_seen: Counter[str] = Counter()  # texts of the current week, per service
        self._style_sample: dict[str, list[str]] = {}  # per service, ≤ STYLE_SAMPLE_PER_WEEK, emptied weekly
        self.topic_counts: Counter[str] = Counter()
        self.topic_texts = 0  # own texts with at least one (non-sensitive) topic: one text counted once
        self.topic_years: dict[str, Counter[int]] = defaultdict(Counter)
        self.topic_ev: dict[str, Reservoir] = defaultdict(Reservoir)
        # topics are read from the recent years (textrules.RECENT_YEARS) where the texts reach further back, as
        # interests are: per year, own texts and those with a topic; per (topic, year), the evidence of the recent
        # years only (older years' reservoirs dropped as the latest year moves on)
        self.year_texts: Counter[int] = Counter()
        self.text_months = YearMonths()  # first and last month with a text per year (T32A L2)
        self.year_topic_texts: Counter[int] = Counter()
        self.topic_year_ev: dict[tuple[str, int], Reservoir] = {}
        self.text_last_year = 0  # the latest year of a dated own text
        self.topic_quoted = 0  # texts with a topic whose quotations were left out (textrules.own_words)
        self._topic_ev_since = 0  # the first year topic_year_ev keeps
        # per topic, the distinct texts behind it (textrules.DistinctTexts, shared with interests): one line posted
        # 365 times is one text on the topic, not 365 (T27D L4: "books" at high from "Reading about rust lifetimes")
        self.topic_distinct = DistinctTexts()
        self.n_texts = 0
        self.style: dict[str, Counter[str]] = defaultdict(Counter)
        self.thread_last_in: dict[str, datetime] = {}  # ≤ MAX_THREADS
        self.latency_bins: Counter[int] = Counter()  # log2 minutes

    def consume(self, event: Event) -> None:
        if event.kind == "twitter.declared_demographic":
            t = str(event.attrs.get("type") or "")
            if "lang" in t.lower() and event.text:
                # a language the person switched off in X's settings (personalization.js `isDisabled`) is kept by X
                # but is no longer X's statement about them: listed apart (T28A L6: "X: English and German")
                off = event.attrs.get("is_disabled") is True
                langs = self.switched_off_langs if off else self.declared_langs
                if len(langs) < MAX_DECLARED_LANGS:
                    langs.append(event.text)
            return
        self._latency(event)
        text = own_text(event)
        if text is None:
            return
        self.n_texts += 1
        if event.time is not None:
            year = event.time.year
            self.year_texts[year] += 1
            self.text_months.add(year, event.time.month)
            if year > self.text_last_year:
                self.text_last_year = year
        # someone else's words quoted in the text (textrules.own_words): mood and topics read the person's own
        reading = reading_of(text)  # one reading of the text for every reader of it (PERF17)
        own, quoted = reading.own
        # The record's own language tag where it has one: of the own-text kinds only X tweets carry one (`lang`,
        # X's classifier over the whole tweet; tweets.js and deleted-tweets.js; formats.md §2.4). Facebook posts,
        # comments and messages, X DMs and Grok prompts carry none (Facebook's language is the account's, not a
        # post's). A tagged text is counted by its tag whatever its length: langdetect read short English tweets
        # X tagged "en" as Norwegian, Danish and Welsh (the twenty-third pass's first tester).
        tag = platform_language(event.attrs.get("lang")) if "lang" in event.attrs else None
        if tag is not None and event.kind == "twitter.tweet":
            self.tweet_lang[tag] += 1  # X's own tags, every tweet as X tagged it (platform_says)
        if own:  # quoted words are not the person's language either (a quotation alone: not counted)
            self._language(event, own, tag)
        words = _words(reading.lowered)  # lower_words(text)
        if event.time is not None:
            # The timeline is chronological, so a week's texts arrive together: the weekly samples are
            # measured when the week ends.
            week = iso_week_start(event.time.date())
            if week != self._week:
                self._flush_week()
                self._week = week
            self._mood(event, text, words, own, quoted, tag)
            self._sample_style(event.source, text)
        else:
            self._style(event.source, text)  # undated texts (rare) are measured as they come
        self._spelling(event.source, words)
        if own:
            self._topics(event, own, quoted)

    def _language(self, event: Event, text: str, tag: str | None) -> None:
        """Count one own text for the languages finding: by its record's language ``tag`` (each distinct text once:
        :data:`LANG_TAG_DISTINCT`), else offered to detection (:meth:`_sample_untagged`)."""
        if tag is not None:
            self.tagged[tag] += 1
            if tag in NON_LATIN_LANGUAGES and latin_letters(text):
                self.tagged_latin[tag] += 1
            sketch = self._tagged_distinct.get(tag)
            if sketch is None:
                sketch = self._tagged_distinct[tag] = DistinctSketch(LANG_TAG_DISTINCT)
            sketch.add(text_hash(text))
        else:
            self._sample_untagged(event, text)

    def _sample_untagged(self, event: Event, text: str) -> None:
        """Offer an untagged text of ≥ LANG_MIN_CHARS (after removing links, mentions and hashtags) to the sample
        of distinct texts that langdetect reads at the end (a copy of a sampled text is counted, not kept); count
        the shorter ones."""
        cleaned = clean_for_language(text) if language_length(text) >= LANG_MIN_CHARS else text  # never lengthens
        if language_length(cleaned) < LANG_MIN_CHARS:
            self.untagged_short += 1
            return
        self.lang_seen += 1
        h = text_hash(cleaned)
        got, evicted = self._lang_distinct.add(h)
        if got == "copy":
            self._lang_kept[h][3] += 1
        elif got == "new":
            if evicted is not None:
                del self._lang_kept[evicted]
            self._lang_kept[h] = [self.lang_seen, cleaned, evidence_ref(event), 0]

    def _latency(self, event: Event) -> None:
        if event.kind not in ("facebook.message", "twitter.dm") or event.time is None:
            return
        thread = str(event.attrs.get("thread") or event.attrs.get("conversation_id") or event.attrs.get(
            "conversation") or "")
        if not thread:
            return
        if event.actor != "self":
            if len(self.thread_last_in) < MAX_THREADS or thread in self.thread_last_in:
                self.thread_last_in[thread] = event.time
            return
        last = self.thread_last_in.pop(thread, None)
        if last is not None:
            minutes = (event.time - last).total_seconds() / 60
            if 0 <= minutes <= 24 * 60:
                self.latency_bins[int(math.log2(max(minutes, 0.5)) * 2)] += 1

    def _mood(self, event: Event, text: str, words: list[str], own: str, quoted: bool,
              tag: str | None = None) -> None:
        # Someone else's words quoted in the text (song lyrics in quote marks, "#lyricoftheday …") are left out of
        # the score; the person's own words around them count (``own``, ``quoted``: textrules.own_words; T29C H7)
        week = self._week
        if week is not None:
            self.mood_week_texts[week] += 1
        if quoted:
            self.mood_quoted += 1
            if week is not None:
                self.mood_week_quoted[week] += 1
            if not own:
                return
            text, words = own, lower_words(own)
        # VADER's lexicon is English: only English texts are scored. The record's own tag decides where it has one
        # (X tweets; "Día terrible." tagged "es" is left out); an untagged text by its function words (German
        # "die"/"war" would read as strongly negative), a short one by the stricter gate. Whether the person writes
        # mostly English at all is decided at the end from the languages read (MOOD_MIN_ENGLISH).
        if tag is not None:
            if tag.split("-")[0] != "en":
                return
        elif len(text) < LANG_SHORT_CHARS:
            if not looks_english_short(text, words):
                return
        elif not looks_english(text, words):
            return
        # A seeded reservoir of at most MOOD_SAMPLE_PER_WEEK English texts, scored when the week ends (a
        # weekly median needs no more; scoring every text made VADER the report's costliest step).
        self._mood_seen += 1
        if len(self._mood_sample) < MOOD_SAMPLE_PER_WEEK:
            self._mood_sample.append((text, event))
        else:
            j = self._mood_rng.randrange(self._mood_seen)
            if j < MOOD_SAMPLE_PER_WEEK:
                self._mood_sample[j] = (text, event)

    def _sample_style(self, service: str, text: str) -> None:
        # Style rates are ratios over texts: a seeded reservoir of STYLE_SAMPLE_PER_WEEK texts per service
        # and week estimates them with work bounded by weeks, not by the number of texts.
        seen = self._style_seen[service] = self._style_seen[service] + 1
        sample = self._style_sample.get(service)
        if sample is None:
            sample = self._style_sample[service] = []
        if len(sample) < STYLE_SAMPLE_PER_WEEK:
            sample.append(text)
        else:
            j = self._style_rng.randrange(seen)
            if j < STYLE_SAMPLE_PER_WEEK:
                sample[j] = text

    def _flush_week(self) -> None:
        """Measure the ended week's samples (mood scores, style features) and empty them."""
        week, sample = self._week, self._mood_sample
        self._mood_sample, self._mood_seen = [], 0
        styles, self._style_sample = self._style_sample, {}
        seen, self._style_seen = self._style_seen, Counter()
        for service in sorted(styles):
            texts = styles[service]
            weight = seen[service] / len(texts)  # each sampled text stands for this many of the week's texts
            for text in texts:
                self._style(service, text, weight)
        if week is None or not sample:
            return
        low: tuple[float, Event] | None = None
        stream_low: dict[str, tuple[float, Event]] = {}
        for text, event in sample:
            compound = vader_compound(text)
            if compound == 0.0:
                continue  # no lexicon word: says nothing about mood
            self.mood_texts += 1
            hist = self.weeks.get(week)
            if hist is None:
                hist = self.weeks[week] = [0] * MOOD_BINS
            hist[_mood_bin(compound)] += 1
            stream = mood_stream(event.kind)
            by_week = self.stream_weeks[stream]
            shist = by_week.get(week)
            if shist is None:
                shist = by_week[week] = [0] * MOOD_BINS
            shist[_mood_bin(compound)] += 1
            if low is None or compound < low[0]:
                low = (compound, event)
            if stream not in stream_low or compound < stream_low[stream][0]:
                stream_low[stream] = (compound, event)
        # A low-mood week's saddest text is the likeliest record of all to be health data (Art. 9: "suicidal",
        # "self-harm", a diagnosis in any language or wording), and a word list always misses some (the
        # twenty-fifth pass's tester: "Feeling suicidal again …" quoted 14 times by default). So the mood
        # finding's excerpts are health-category whatever their words: withheld without --include-sensitive
        # (sensitive.gate), the pointer kept, shown with it.
        _keep_lowest(self.week_low, week, low)
        for stream, lowest in stream_low.items():
            _keep_lowest(self.stream_week_low[stream], week, lowest)

    def _topics(self, event: Event, text: str, quoted: bool = False) -> None:
        """Count one text's topics: ``text`` is the person's own words of it (``quoted``: quotations left out)."""
        cats = [c for c in categories_of(text) if not is_sensitive(c)]
        if not cats:
            return
        self.topic_quoted += quoted
        digest: bytes | None = None  # made only while a (topic, year) of the text still takes one (below)
        self.topic_texts += 1
        year = event.time.year if event.time is not None else 0
        if year:
            self.year_topic_texts[year] += 1
        since = recent_from(self.text_last_year) if self.text_last_year else 0
        if since > self._topic_ev_since:  # the window moved on: older years' evidence is no longer the recent's
            self._topic_ev_since = since
            self.topic_year_ev = {k: r for k, r in self.topic_year_ev.items() if not k[0] or k[0] >= since}
        filled = self.topic_distinct.filled  # the (topic, year) keys that take no more digests
        for c in cats:
            self.topic_counts[c] += 1
            # a key holding DISTINCT_FOR_HIGH digests keeps no more (DistinctTexts.add): the text is digested only
            # while one of its keys still takes it, as the interests aggregator does (digesting every own text
            # whatever its topics' keys held was per-record work for nothing once they are full, issue 16)
            distinct_key = f"{c}\x00{year}"
            if distinct_key not in filled:
                if digest is None:
                    digest = text_digest(text)
                self.topic_distinct.add(distinct_key, digest)
            if year:
                self.topic_years[c][year] += 1
            self.topic_ev[c].offer(event)
            if not year or year >= since:
                key = (year, c)
                res = self.topic_year_ev.get(key)
                if res is None:
                    res = self.topic_year_ev[key] = Reservoir(3)
                res.offer(event)

    def _style(self, service: str, text: str, weight: float = 1) -> None:
        """Add one text's style features, weighted by how many texts of its week it stands for."""
        s = self.style[service]
        ascii_text = text.isascii()
        words = _words(text)
        s["sampled"] += weight
        # per script: a Chinese run is not one word (LIVES' limit); an ASCII text's words are _words' own, which
        # word_count would find again with the same _ASCII_WORD (one tokenising of the text, issue 16)
        s["words"] += weight * (len(words) if ascii_text else word_count(text))
        if unspaced(text):  # words per sentence is counted on the spaced texts only
            s["unspaced"] += weight
        else:
            s["spaced"] += weight
            s["spaced_words"] += weight * len(words)
            s["sentences"] += weight * max(1, len(_SENT.findall(text)))
        s["function"] += weight * sum(map(FUNCTION_WORDS.__contains__, map(str.lower, words)))
        s["caps"] += weight * sum(1 for w in words if w.isupper() and len(w) > 1)
        s["emoji"] += weight * count_emoji(text)  # Unicode's emoji, not every symbol (T27A L2: ✓)
        s["exclaim"] += weight * text.count("!")
        s["question"] += weight * text.count("?")
        s["chars"] += weight * len(text)

    def _spelling(self, service: str, words: list[str]) -> None:
        """Exact counts over every text: texts, and UK / US spellings (from the text's lower-cased words)."""
        s = self.style[service]
        s["texts"] += 1
        # a word spelt alike in both lists counts as UK (as the original per-word if/elif did)
        uk = sum(map(_UK_SET.__contains__, words))
        if uk:
            s["uk"] += uk
        us = sum(map(_US_ONLY.__contains__, words))
        if us:
            s["us"] += us

    def finish(self, ctx: Context) -> list[Finding]:
        self._flush_week()
        out = [self._languages(), self._mood_finding(), self._topics_finding(), self._style_finding()]
        _vader.cache_clear()
        return out

    # -- languages ------------------------------------------------------------------------------------
    def language_estimate(self) -> dict[str, Any]:
        """The person's languages, read once (the languages finding, the mood gate and the time-zone prior share it).

        Shape: ``{"counts": {code: texts}, "n": texts counted, "tagged": texts counted by the record's own tag,
        "detected": sampled untagged texts langdetect read, "unsure": sampled untagged texts under
        LANG_SHORT_CHARS it was not sure of, "sampled": untagged texts sampled, "scale": untagged texts each
        sampled one stands for, "misread": expected share of the counted texts misread, "labels": per sampled
        untagged text (code or None, "short" | "long", its record), "set_aside": {code: short texts set aside},
        "repeated": {code: copies of texts posted more than once, left out}, "one_text": {code: times posted} for a
        language resting on one text, "tagged_texts": {code: distinct tagged texts}}``.

        Every count is of distinct texts (whitespace and case folded: :func:`.textrules.text_digest`): a line
        posted 200 times is one text in its language (a person writing 30 distinct Spanish posts and one English
        line 200 times was "mostly English"). Tagged texts count exactly up to :data:`LANG_TAG_DISTINCT` distinct
        ones a language (estimated beyond); the untagged sample is a uniform sample of the distinct untagged texts
        of ≥ LANG_MIN_CHARS (:class:`.textrules.DistinctSketch`), its counts scaled to all of them. langdetect's
        profiles are loaded for this one batch and released right after it."""
        if self._lang_estimate is not None:
            return self._lang_estimate
        kept = sorted(self._lang_kept.values(), key=lambda row: row[0])  # in the order they came
        self.lang_sample = [(row[1], row[2]) for row in kept]
        copies = [row[3] for row in kept]
        labels: list[tuple[str | None, str, EvidenceRef]] = []
        try:
            for text, ref in self.lang_sample:
                if len(text) < LANG_SHORT_CHARS:
                    labels.append((detect_language_sure(text), "short", ref))
                else:
                    labels.append((detect_language(text), "long", ref))
        finally:
            release_language_profiles()  # once the report's largest single item: not kept past this batch
        # each sampled distinct text stands for this many distinct untagged texts (all of them, up to LANG_SAMPLE)
        scale = self._lang_distinct.count() / len(labels) if labels else 0.0
        tagged = {tag: sketch.count() for tag, sketch in self._tagged_distinct.items()}
        set_aside = self._set_aside_confusions(labels, scale, tagged)
        romanised, romanised_as = self._set_aside_romanised(labels, tagged)
        one_text = self._one_text_languages(labels, copies)
        repeated: Counter[str] = Counter({tag: round(self.tagged[tag] - k) for tag, k in tagged.items()
                                          if round(self.tagged[tag] - k) > 0})
        for (lang, _l, _r), k in zip(labels, copies):
            if lang is not None and k:
                repeated[lang] += k
        # one line posted again and again is no language of theirs where they write another in several texts (a
        # person who writes nothing but that line writes its language: counted once, and low by distinct_cap)
        held: Counter[str] = Counter({tag: round(k) for tag, k in tagged.items()})
        for lang, _l, _r in labels:
            if lang is not None:
                held[lang] += 1
        if any(k >= DISTINCT_FOR_MEDIUM for lang, k in held.items() if lang not in one_text):
            for i, (lang, length, ref) in enumerate(labels):
                if lang in one_text and not tagged.get(lang):
                    labels[i] = (None, length, ref)
        counts: Counter[str] = Counter(tagged)
        misread = 0.0
        detected = detected_copies = 0
        distinct: Counter[str] = Counter({tag: round(k) for tag, k in tagged.items()})
        for (lang, length, _ref), k in zip(labels, copies):
            if lang is None:
                continue
            detected += 1
            detected_copies += k
            distinct[lang] += 1
            counts[lang] += scale
            misread += scale * LANG_MISREAD[length]
        n = sum(counts.values())
        self._lang_estimate = {
            "counts": dict(counts), "n": n, "tagged": sum(self.tagged.values()), "detected": detected,
            "read": sum(self.tagged.values()) + detected + detected_copies, "distinct": dict(distinct),
            "unsure": sum(1 for lang, _l, _r in labels if lang is None), "sampled": len(labels), "scale": scale,
            "misread": misread / n if n else 0.0, "labels": labels, "set_aside": set_aside,
            "romanised": romanised, "romanised_as": romanised_as,
            "repeated": dict(sorted(repeated.items())), "one_text": one_text, "tagged_texts": tagged}
        return self._lang_estimate

    @staticmethod
    def _one_text_languages(labels: list[tuple[str | None, str, EvidenceRef]], copies: list[int]) -> dict[str, int]:
        """{language: times its one text was posted among those sampled} for each language detection read in one
        distinct sampled text only, posted more than once: that text counts once, as every text does (the sample
        holds each distinct text once; its copies are counted apart, :meth:`language_estimate`'s ``repeated``). One
        line posted 111 times ("Good coffee, good book, good day") was detected as Somali and counted 111 times, 21 %
        of the person's languages (the twenty-ninth pass, TEXTS); a line detected right and posted 200 times made
        its language the main one of a person writing 30 distinct posts in another (the thirtieth pass, TEXTS2's
        leftover). Bounded: per sampled text (≤ :data:`LANG_SAMPLE`)."""
        texts: Counter[str] = Counter()
        posted: dict[str, int] = {}
        for (lang, _length, _ref), k in zip(labels, copies):
            if lang is not None:
                texts[lang] += 1
                posted[lang] = k + 1
        return {lang: posted[lang] for lang in sorted(texts) if texts[lang] == 1 and posted[lang] > 1}

    def _set_aside_confusions(self, labels: list[tuple[str | None, str, EvidenceRef]], scale: float,
                              tagged: dict[str, float]) -> dict[str, int]:
        """Drop (to unknown, in place) the short-text labels of a language langdetect is known to confuse with one
        the person writes more (:data:`LANG_CONFUSED`) where nothing else holds it: no long text read as it, no
        platform tag, not among the person's declared languages. A person whose short English gaming phrases read
        as Afrikaans was "German (46%), English (39%) and Afrikaans (15%)" at medium (T27B M2). Returns {language:
        short texts set aside}. Someone who writes the language has long texts, tags or a declared language in it."""
        short: Counter[str] = Counter()
        long: Counter[str] = Counter()
        for lang, length, _ref in labels:
            if lang is not None:
                (short if length == "short" else long)[lang] += 1
        weight = {k: tagged.get(k, 0) + scale * (short[k] + long[k]) for k in {*short, *long, *tagged}}
        declared = " ".join([*self.declared_langs, *self.switched_off_langs]).casefold()
        doubtful = {lang for lang in short
                    if lang in LANG_CONFUSED and not long[lang] and not tagged.get(lang)
                    and lang not in declared.replace(",", " ").split()
                    and language_name(lang).casefold() not in declared
                    and any(weight.get(other, 0) > weight[lang] for other in LANG_CONFUSED[lang])}
        set_aside: Counter[str] = Counter()
        for i, (lang, length, ref) in enumerate(labels):
            if lang in doubtful and length == "short":
                labels[i] = (None, length, ref)
                set_aside[lang] += 1
        return dict(set_aside)

    def _set_aside_romanised(self, labels: list[tuple[str | None, str, EvidenceRef]], tagged: dict[str, float]
                             ) -> tuple[dict[str, int], list[str]]:
        """Where the person writes a language of another script in Latin letters — X tags at least
        :data:`ROMANISED_MIN` of their Latin-letter tweets with it, and at least half of that tag's tweets are so
        (Hinglish tagged "hi") — drop (to unknown, in place) the labels of their untagged Latin-letter texts that
        name a language no tag or declared language backs: langdetect has no profile for romanised Hindi, Urdu,
        Arabic or Russian and reads them as Somali, Swahili, Indonesian, Tagalog (T32A L3: "Hindi (77%) and Somali
        (23%)", medium). Returns ({language: texts set aside}, [the romanised languages])."""
        spelled = sorted(tag for tag, k in self.tagged_latin.items()
                         if k >= ROMANISED_MIN and k >= self.tagged[tag] / 2)
        if not spelled:
            return {}, []
        declared = " ".join([*self.declared_langs, *self.switched_off_langs]).casefold()
        out: Counter[str] = Counter()
        for i, ((lang, length, ref), (text, _ref)) in enumerate(zip(labels, self.lang_sample, strict=True)):
            if lang is None or tagged.get(lang) or lang in declared.replace(",", " ").split() \
                    or language_name(lang).casefold() in declared or not latin_letters(text):
                continue
            labels[i] = (None, length, ref)
            out[lang] += 1
        return dict(out), spelled

    def language_shares(self) -> tuple[dict[str, float], int]:
        """({code: share of the counted distinct texts}, texts read) from :meth:`language_estimate`, largest first;
        the texts read are the tagged texts plus the sampled untagged texts langdetect read, copies included (whether
        there is enough text to tell; the shares count each distinct text once)."""
        est = self.language_estimate()
        n = est["n"]
        if not n:
            return {}, 0
        shares = {k: v / n for k, v in sorted(est["counts"].items(), key=lambda kv: (-kv[1], kv[0]))}
        return shares, est["read"]

    def _languages(self) -> Finding:
        platform: dict[str, Any] = {}
        if self.tweet_lang:
            total = sum(self.tweet_lang.values())
            platform["x_tweet_lang_tags"] = {k: round(v / total, 3) for k, v in self.tweet_lang.most_common(8)}
        if self.declared_langs:
            platform["x_declared_languages"] = sorted(set(self.declared_langs))
        if self.switched_off_langs:
            platform["x_switched_off_languages"] = sorted(set(self.switched_off_langs))
        meta = {
            "id": "languages", "title": "Languages you write in",
            "method": ("The record's own language tag where it has one (X tweets' `lang`; und, zxx, qme, qht, qam, "
                       "qct and qst name no language); langdetect (DetectorFactory.seed = 0) on untagged own texts of "
                       f"≥ {LANG_MIN_CHARS} characters after removing links, mentions and hashtags (a seeded reservoir "
                       f"sample of at most {LANG_SAMPLE} when there are more). An untagged text under "
                       f"{LANG_SHORT_CHARS} characters counts only when two detections (seeds 0 and 1) agree with "
                       "probability ≥ 0.9; the others count as unknown, in no language. Languages under "
                       f"{LIST_SHARE:.0%} are not named."),
            "literature": literature.cards("languages"),
            "platform_says": platform or None,
            "caveats": ["Short texts and mixed-language texts are often misread; a short untagged text counts only "
                        "where detection is sure of it.",
                        "A platform's tag is its own classifier's reading, taken as given."],
        }
        est = self.language_estimate()
        counted = est["read"]  # copies included: enough text to read (the shares count each distinct text once)
        if counted < LANG_MIN_TEXTS:
            return Finding(value=None, confidence=Confidence.INSUFFICIENT,
                           confidence_basis=f"{count_phrase(counted, 'text')} with a language tag or of ≥ "
                                            f"{LANG_MIN_CHARS} characters "
                                            f"read with certainty (need {LANG_MIN_TEXTS})",
                           summary="Too little own text.", **meta)
        shares_exact, _ = self.language_shares()
        shares = {k: round(v, 3) for k, v in shares_exact.items()}
        main = [k for k, v in shares_exact.items() if v >= 0.1]
        agreement = self._language_agreement(est, main)
        ev = Evidence(n_support=counted, n_against=est["unsure"])
        ev_by_lang: dict[str, list[EvidenceItem]] = defaultdict(list)
        for lang, _length, ref in est["labels"]:
            if lang is not None and len(ev_by_lang[lang]) < 3:
                ev_by_lang[lang].append(EvidenceItem.from_ref(ref))
        for lang in main:
            ev.items.extend(ev_by_lang[lang])
        ev.items = ev.items[:10]
        # Detection doubt, beside the bootstrap's sampling stability: texts detection was not sure of, and the
        # share of counted detections expected to be wrong (LANG_MISREAD, measured). Tags count as read.
        unsure_share = est["scale"] * est["unsure"] / (est["n"] + est["scale"] * est["unsure"]) if est["n"] else 0.0
        doubt = Confidence.HIGH if est["misread"] < 0.02 and unsure_share < 0.2 else \
            Confidence.MEDIUM if est["misread"] < 0.05 and unsure_share < 0.4 else Confidence.LOW
        # detection visibly misread this person's texts (a confusion set aside): the measured misread rate, from
        # other people's texts, does not hold for them; not high
        aside_share = est["scale"] * (sum(est["set_aside"].values()) + sum(est["romanised"].values())) / (
            est["n"] + est["scale"] * est["unsure"]) \
            if est["n"] else 0.0
        if aside_share >= LIST_SHARE and doubt == Confidence.HIGH:
            doubt = Confidence.MEDIUM
        conf = least_sure(confidence_from_agreement(agreement), doubt)
        # as sure as the distinct texts behind the main language, not as their copies (textrules.distinct_cap)
        conf, few = distinct_cap(conf, est["distinct"].get(main[0], 0) if main else 0)
        named = [f"{language_name(k)} ({v:.0%})" for k, v in shares_exact.items() if v >= LIST_SHARE][:4]
        summary = "You write in " + (and_list(named) if named else "no one language above 5%") + "."
        basis = (f"{agreement:.0%} of {BOOTSTRAP_RESAMPLES} seeded bootstrap resamples of texts give the same "
                 f"languages at ≥ 10% in the same order; {count_phrase(est['tagged'], 'text')} read by the "
                 f"platform's own tag, "
                 f"{est['detected']} of {est['sampled']} sampled untagged texts by langdetect "
                 f"(≈{est['misread']:.1%} of the counted texts expected misread), {est['unsure']} short ones it was "
                 f"not sure of left unknown ({unsure_share:.0%} of the texts)")
        if est["set_aside"]:  # they are among the unknown ones: a confusion langdetect is known for, seen here
            basis += "; of those, " + ", ".join(
                f"{k} short texts read as {language_name(lang)}, which detection confuses with "
                f"{' and '.join(language_name(o) for o in LANG_CONFUSED[lang])} in short texts and nothing else here "
                "backs" for lang, k in est["set_aside"].items()) + (
                f" ({aside_share:.0%} of the texts: the expected misread share above, measured on other texts, may "
                "not hold for these; at most medium)")
        if est["romanised"]:  # romanised texts of a language of another script: detection has no profile for them
            spelled = format_list([language_name(x) for x in est["romanised_as"]], locale="en")
            basis += (f"; {count_phrase(sum(est['romanised'].values()), 'sampled text')} in Latin letters read as "
                      + format_list([language_name(x) for x in est["romanised"]], locale="en")
                      + f" left unknown: you write {spelled} in Latin letters too (X tags such tweets so), which "
                      "detection has no profile for")
        if est["repeated"]:  # a line posted again and again is one text in its language, however often posted
            basis += ("; each distinct text counted once, so " + count_phrase(sum(est["repeated"].values()), "copy")
                      + " of texts posted more than once left out (" + ", ".join(
                          f"{language_name(lang)} {k}" for lang, k in est["repeated"].items()) + ")")
        if est["one_text"]:  # all a language rests on is one line, posted many times
            basis += "; " + ", ".join(
                f"{language_name(lang)} read in one text only, posted {k} times among those sampled: left unknown"
                for lang, k in est["one_text"].items())
        basis += few
        return Finding(value={"shares": shares, "primary": main[0] if main else None, "texts_sampled": counted,
                              "texts_repeated": est["repeated"],
                              "texts_tagged": est["tagged"], "texts_detected": est["detected"],
                              "texts_unsure": est["unsure"], "texts_eligible": self.lang_seen,
                              "texts_set_aside": est["set_aside"],
                              "texts_too_short": self.untagged_short},
                       confidence=conf, confidence_basis=basis, evidence=ev, summary=summary, **meta)

    def _language_agreement(self, est: dict[str, Any], main: list[str]) -> float:
        """Share of seeded bootstrap resamples giving the same languages at ≥ 10% in the same order: the untagged
        sample's labels (unknown ones included) resampled with replacement and scaled as in
        :meth:`language_estimate`; the tagged texts drawn from their exact counts, at most LANG_TAG_BOOTSTRAP a
        resample (more than their real sampling noise once there are more tagged texts: conservative)."""
        rng = random.Random(BOOTSTRAP_SEED)
        tag_langs = list(est["tagged_texts"])  # distinct tagged texts per language
        tag_weights = [est["tagged_texts"][k] for k in tag_langs]
        n_tag = sum(tag_weights)
        k_tag = min(round(n_tag), LANG_TAG_BOOTSTRAP)
        labels = [lang for lang, _l, _r in est["labels"]]
        scale = est["scale"]
        # PERF32: the draws are those of rng.choices(tag_langs, tag_weights, k=k_tag) then rng.choices(labels,
        # k=len(labels)) (engine.weighted_draws / bootstrap_draws: the same random() calls, in C), counted per
        # language; a language's share is the float the draws' one-by-one additions made (+ n_tag / k_tag a tagged
        # draw, then + scale a label), read from the running sums below, and the languages keep the order of their
        # first draw — the same floats, summed in the same order, as adding draw by draw
        cum_tags = list(accumulate(tag_weights))
        tag_sums = list(accumulate(repeat(n_tag / k_tag, k_tag), initial=0)) if k_tag else [0]
        label_sums = list(accumulate(repeat(scale, len(labels)), initial=0))
        pick = labels.__getitem__
        hits = 0
        for _ in range(BOOTSTRAP_RESAMPLES):
            counts: dict[str, float] = {}
            if k_tag:
                for i, times in Counter(weighted_draws(cum_tags, k_tag, rng)).items():
                    counts[tag_langs[i]] = tag_sums[times]
            if labels:
                for lang, times in Counter(map(pick, bootstrap_draws(len(labels), rng))).items():
                    if lang is None:
                        continue
                    got_so_far = counts.get(lang)
                    if got_so_far is None:
                        counts[lang] = label_sums[times]
                        continue
                    for _t in repeat(None, times):
                        got_so_far += scale
                    counts[lang] = got_so_far
            total = sum(counts.values())
            if not total:
                continue
            got = [k for k, v in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])) if v / total >= 0.1]
            hits += got == main
        return hits / BOOTSTRAP_RESAMPLES

    # -- mood -----------------------------------------------------------------------------------------
    def _mood_finding(self) -> Finding:
        meta = {
            "id": "mood", "title": "Mood trend (lexicon)",
            "method": ("Only where more than half of your texts are English (languages finding). VADER compound "
                       "score per own English text (by the record's own language tag where it has one, else by "
                       f"function words, stricter under {LANG_SHORT_CHARS} characters; a seeded sample of at most "
                       f"{MOOD_SAMPLE_PER_WEEK} per week; texts without lexicon words skipped), weekly median "
                       f"from a {MOOD_BINS}-bin histogram; weeks with ≥ {MOOD_MIN_TEXTS_WEEK} texts count. A week is "
                       f"low when its median is below your own baseline (median of weekly medians) by "
                       f"{MOOD_SD_FACTOR} SD of the weekly medians; ≥ {MOOD_MIN_RUN} consecutive low weeks (weeks "
                       "without data do not break a run) make a low period where those weeks are low in "
                       f"themselves too: their median below VADER's positive band ({MOOD_POSITIVE}) or at least "
                       f"{MOOD_LOW_NEGATIVE_SHARE:.0%} of their texts negative (compound < {MOOD_STREAM_NEGATIVE}; "
                       "Hutto & Gilbert 2014), so that a cheerful writer's dip from very to fairly positive is no "
                       "low period. Posts (posts, tweets, comments) and "
                       "private messages are also read apart, each on its own baseline: a low period of one kind "
                       f"alone (≥ {MOOD_STREAM_MIN_RUN} weeks, median ≤ {MOOD_STREAM_NEGATIVE}) is said as such "
                       "(`source`), medium at most. Words quoted from others (in quote marks, or a text under a "
                       "quote tag such as #lyricoftheday) and retweets are not scored. Confidence follows the share of "
                       f"your texts the lexicon could read: under {1 - KEYWORDS_OTHER_LANGUAGES_NOTE:.0%} English "
                       f"medium at most, under {MOOD_READ_FOR_MEDIUM:.0%} low (the keyword findings' language "
                       "gap)."),
            "literature": literature.cards("mood"),
            "caveats": ["Health-adjacent (Art. 9 territory): this is word sentiment, never a diagnosis.",
                        "VADER's lexicon is English: texts that read as another language are left out, and the "
                        "finding is withheld unless most of your texts are English.",
                        "Sarcasm fools lexicons; quotations are left out only where quote marks or a quote tag "
                        "(#lyricoftheday, #nowplaying, #quote) mark them."],
        }
        if self.mood_quoted:  # whose words were read: the quoted ones are someone else's (T29C H7)
            meta["caveats"] = [*meta["caveats"], f"{count_phrase(self.mood_quoted, 'text')} of yours quote someone "
                               "else's words (song lyrics, sayings: in quote marks or under a quote tag): the quoted "
                               "words were left out of the score, your own words around them counted."]
        # The person must write mostly English for an English lexicon to read their mood: a Spanish writer's short
        # exclamations that passed the word gate made a "No low period" at high confidence while the planted
        # low weeks, gated out, became gaps (the twenty-third pass's first tester).
        shares, counted = self.language_shares()
        if counted >= LANG_MIN_TEXTS:
            english = sum(v for k, v in shares.items() if k.split("-")[0] == "en")
            if english <= MOOD_MIN_ENGLISH:
                main = max(shares, key=shares.__getitem__)
                mostly = (f"only {english:.0%} of your texts are English" if main.split("-")[0] == "en" else
                          f"your texts are mostly {language_name(main)}")
                return Finding(value=None, confidence=Confidence.INSUFFICIENT,
                               confidence_basis=f"{english:.0%} of {count_phrase(counted, 'text')} read as "
                                                f"English (need more than "
                                                f"{MOOD_MIN_ENGLISH:.0%}); {shares[main]:.0%} {language_name(main)}",
                               summary=f"Insufficient: {mostly}; the lexicon reads English only.", **meta)
        weeks = sorted(w for w, h in self.weeks.items() if sum(h) >= MOOD_MIN_TEXTS_WEEK)
        if len(weeks) < MOOD_MIN_WEEKS:
            return Finding(value=None, confidence=Confidence.INSUFFICIENT,
                           confidence_basis=f"{count_phrase(len(weeks), 'week')} with ≥ {MOOD_MIN_TEXTS_WEEK} "
                                            f"scored texts "
                                            f"(need {MOOD_MIN_WEEKS})",
                           summary="Too few scored weeks for a trend.", **meta)
        whole = _read_weeks(self.weeks, weeks)
        # each kind of text on its own, where both kinds were written (else the one kind is the whole)
        extra: list[tuple[str, list[date], _WeeksRead]] = []
        stream_weeks = {k: sorted(w for w, h in hists.items() if sum(h) >= MOOD_MIN_TEXTS_WEEK)
                        for k, hists in self.stream_weeks.items()}
        if all(stream_weeks.values()):
            for stream in MOOD_STREAMS:
                if len(stream_weeks[stream]) < MOOD_MIN_WEEKS:
                    continue
                alone = _read_weeks(self.stream_weeks[stream], stream_weeks[stream])
                extra += [(stream, run, alone) for run in alone.runs if _clearly_low(run, alone.medians) and not any(
                    run[0] <= other[-1] and other[0] <= run[-1] for other in whole.runs)
                    and not any(run[0] <= x[-1] and x[0] <= run[-1] for _s, x, _r in extra)]
        periods = [{**self._period(r, whole.medians), "source": "all"} for r in whole.runs]
        periods += [{**self._period(run, alone.medians), "source": stream} for stream, run, alone in extra]
        periods.sort(key=lambda p: p["start"])
        low_weeks = set(whole.low) | {w for _s, run, _r in extra for w in run}
        ev = Evidence(n_support=sum(sum(self.weeks[w]) for w in weeks if w in low_weeks),
                      n_against=sum(sum(self.weeks[w]) for w in weeks if w not in low_weeks))
        for p in periods:
            source = p["source"]
            lows = self.week_low if source == "all" else self.stream_week_low[source]
            for w in p.pop("_weeks"):
                if w in lows and len(ev.items) < 10:
                    ev.items.append(lows[w][1])
        series = [{"week": w.isoformat(), "median": round(whole.medians[w], 3), "n": sum(self.weeks[w])}
                  for w in weeks]
        value = {"baseline": round(whole.baseline, 3), "sd": round(whole.sd, 3), "threshold": round(whole.cut, 3),
                 "low_periods": periods, "weekly": series,
                 "sparkline": sparkline(self._dense_series(weeks, whole.medians))}
        if periods:
            summary = f"{len(periods)} low period(s): " + "; ".join(
                f"{p['start']} → {p['end']}" + (f" (in your {p['source']})" if p["source"] != "all" else "")
                for p in periods)
        else:
            summary = "No sustained low-mood period in your wording."
        confidence = confidence_from_agreement(whole.agreement)
        basis = (f"{whole.agreement:.0%} of {BOOTSTRAP_RESAMPLES} seeded bootstrap resamples of weeks give the same "
                 "low periods (±1 week)")
        if extra:
            # a low spell of one kind of text that the whole hides: as sure as that kind's own reading, and no more
            # than medium (the other kind says otherwise)
            weakest = min(alone.agreement for _s, _run, alone in extra)
            confidence = least_sure(confidence_from_agreement(weakest), Confidence.MEDIUM)
            kinds = sorted({stream for stream, _run, _r in extra})
            other = {"posts": "messages", "messages": "posts"}
            basis += (f"; read apart, your {' and '.join(kinds)} show low periods your "
                      f"{' and '.join(other[k] for k in kinds)} do not ({weakest:.0%} of resamples of those weeks "
                      "agree; medium at most)")
        gap = keywords_language_gap(shares, counted, MOOD_OTHER_LANGUAGES_NOTE)
        if gap is not None:
            # the lexicon read only the English texts: what the others say is unknown, so a "no low period" (or a
            # period's bounds) holds for the share read only (T29C H8: 48 % Arabic texts holding eight weeks of
            # grief, "No sustained low-mood period" at high). The keyword findings' language gap, reused.
            read = gap["english_share"]
            cap = Confidence.MEDIUM if read >= MOOD_READ_FOR_MEDIUM else Confidence.LOW
            if confidence.rank > cap.rank:
                confidence = cap
            value["share_read"] = round(read, 3)
            basis += (f"; read {read:.0%} of your texts, the English ones ({gap['other_share']:.0%} are in other "
                      f"languages, mostly {gap['main']}: {cap.value} at most)")
            # the finding first, what it was read from after it (T56C 6: "Read 68% of your texts, the English
            # ones: a low spell …" read garbled)
            summary = f"{summary.rstrip('.')}. {read_from(read)}"
        quoting = []
        for p in periods:
            first, last = date.fromisoformat(p["start"]), date.fromisoformat(p["end"])
            texts = sum(n for w, n in self.mood_week_texts.items() if first <= w <= last)
            quoted = sum(n for w, n in self.mood_week_quoted.items() if first <= w <= last)
            if texts and quoted / texts >= MOOD_QUOTED_SHARE:
                p["quoted_share"] = round(quoted / texts, 3)
                span = f"{p['start']} → {p['end']}"
                summary = summary.replace(span, f"{span} ({quoted / texts:.0%} of those weeks' texts quote someone "
                                                "else: left out, the dip may follow them)", 1)
                quoting.append(f"{p['start']} → {p['end']}: {quoted / texts:.0%} of your texts quote someone else")
        if self.mood_quoted:
            # whose words were scored: the quotations left out are said in the finding's own text, not only in a
            # caveat (T29D L-e)
            value["quoted_left_out"] = self.mood_quoted
            summary += (f" Quoted words in {count_phrase(self.mood_quoted, 'text')} (lyrics, sayings) were left out; "
                        "your own words around them were read.")
        if quoting:
            confidence = Confidence.LOW
            basis += f"; {'; '.join(quoting)} (≥ {MOOD_QUOTED_SHARE:.0%}: low at most)"
            meta["caveats"] = [*meta["caveats"], "In your low period's weeks many texts quote someone else's words ("
                               + "; ".join(quoting) + "): the quotations were left out of the score, but the dip may "
                               "still follow the quoting (your remarks about a song are not your usual posts)."]
        return Finding(value=value, confidence=confidence, confidence_basis=basis,
                       evidence=ev, summary=summary, sensitive=None, **meta)

    @staticmethod
    def _dense_series(weeks: list[date], medians: dict[date, float]) -> list[float | None]:
        out: list[float | None] = []
        w = weeks[0]
        while w <= weeks[-1]:
            out.append(medians.get(w))
            w += timedelta(days=7)
        return out

    @staticmethod
    def _period(run: list[date], medians: dict[date, float]) -> dict[str, Any]:
        return {"start": run[0].isoformat(), "end": (run[-1] + timedelta(days=6)).isoformat(),
                "weeks": (run[-1] - run[0]).days // 7 + 1,
                "median": round(statistics.median(medians[w] for w in run), 3), "_weeks": list(run)}

    # -- topics ---------------------------------------------------------------------------------------
    def _topics_finding(self) -> Finding:
        meta = {
            "id": "topics", "title": "Topics you write about",
            "method": ("dataexam's keyword→category map (categories.py, whole words) over own posts, tweets, comments "
                       "and sent messages; rate per 1,000 texts and per year. Sensitive categories are reported only "
                       "in sensitive_signals."),
            "literature": literature.cards("topics"),
            "caveats": ["Keyword matching misses paraphrase and misreads irony."],
        }
        gap = keywords_language_gap(*self.language_shares())
        if gap is not None:  # the lists read English only: say so, and how much of the text they cannot read
            meta["caveats"] = [*meta["caveats"], f"{gap['sentence'][0].upper()}{gap['sentence'][1:]}: topics "
                               "written in them are not counted."]
        # Today's topics are read from the recent years (textrules.RECENT_YEARS) where the texts reach further back,
        # as interests and the trust score are (T29C M4; undated texts count as recent, as there)
        since = recent_from(self.text_last_year) if self.text_last_year else 0
        first_year = min((y for y in self.year_texts if y), default=0)
        counts, n_texts, topic_texts, years = self.topic_counts, self.n_texts, self.topic_texts, None
        windowed = bool(since) and 0 < first_year < since
        older_only = False
        if windowed:
            dated = sum(self.year_texts.values())
            recent = Counter({c: self.topic_counts[c] - sum(ys.values()) + sum(k for y, k in ys.items() if y >= since)
                              for c, ys in self.topic_years.items()})
            for c, n in self.topic_counts.items():  # topics of undated texts only
                recent.setdefault(c, n)
            recent = +recent
            n_recent = self.n_texts - dated + sum(k for y, k in self.year_texts.items() if y >= since)
            if recent and n_recent >= 20:
                counts, n_texts = recent, n_recent
                topic_texts = self.topic_texts - sum(self.year_topic_texts.values()) + sum(
                    k for y, k in self.year_topic_texts.items() if y >= since)
                years = year_span(since, self.text_last_year)
                meta["method"] += (f" Where your texts reach back more than the last {RECENT_YEARS} calendar years, "
                                   "the topics are read from those years.")
            else:
                older_only = True
        if n_texts < 20 or not counts:
            matches = sum(counts.values())
            if gap is not None and n_texts >= 20 and gap["english_share"] <= MOOD_MIN_ENGLISH:
                return Finding(value=None, confidence=Confidence.INSUFFICIENT,
                               confidence_basis=f"{n_texts} own texts, {matches} topic matches; "
                                                f"{gap['other_share']:.0%} of the texts read are not English "
                                                f"({gap['main_share']:.0%} {gap['main']})",
                               summary=f"Topics not read: {gap['sentence']}.", **meta)
            return Finding(value=None, confidence=Confidence.INSUFFICIENT,
                           confidence_basis=f"{n_texts} own texts, {matches} topic "
                                            "matches (need 20 texts and one match)",
                           summary="Too little text for topics.", **meta)
        top = counts.most_common(10)
        since_said, since_month = self.text_months.since(since) if years else ("", None)
        value = [{"category": c, "count": n, "per_1000_texts": round(1000 * n / n_texts, 1),
                  "by_year": {y: k for y, k in sorted(self.topic_years[c].items()) if years is None or y >= since},
                  **({"years": years, "since": since} if years else {}),
                  **({"since_month": since_month} if years and since_month else {})} for c, n in top]
        # support: the texts with a topic (each once, though it may hold several); against: those with none — never all
        # the texts, the supporting ones among them (T29A M2: "120 records support it, 121 speak against it")
        ev = Evidence(n_support=topic_texts, n_against=n_texts - topic_texts)
        for c, _ in top[:3]:
            if years:
                # the recent years' earliest, year by year (undated last)
                kept = sorted(((y or 1 << 30, r) for (y, c2), r in self.topic_year_ev.items() if c2 == c),
                              key=lambda yr: yr[0])
                ev.items.extend([i for _y, r in kept for i in r.items][:3])
            else:
                ev.items.extend(self.topic_ev[c].items[:3])
        total_top = top[0][1]
        conf = Confidence.HIGH if total_top >= 30 else Confidence.MEDIUM if total_top >= 10 else Confidence.LOW
        basis = f"the top topic rests on {count_phrase(total_top, 'text')} (≥ 30 high, ≥ 10 medium)"
        # the same few lines over and over: as sure as that many texts, not as their copies (textrules.distinct_cap)
        conf, note = distinct_cap(conf, self._topic_distinct(top[0][0], since if years else None))
        basis += note
        summary = "You write most about " + ", ".join(category_label(c) for c, _ in top[:3]) + "."
        if years:
            basis += f"; read from {years} (the last {RECENT_YEARS} calendar years of your texts)"
            summary = (f"Since {since_said}, you write most about " + ", ".join(category_label(c) for c, _ in top[:3])
                       + ".")
        elif older_only:
            conf = least_sure(conf, Confidence.LOW)
            basis += (f"; too little text with a topic in {year_span(since, self.text_last_year)} (the last "
                      f"{RECENT_YEARS} calendar years), so every year was read (low at most)")
        if self.topic_quoted:
            basis += (f"; {count_phrase(self.topic_quoted, 'text')} quoting someone else read for your own words "
                      "only")
        pause = self.text_months.gap()
        if pause:  # a long stretch without any text (deleted posts, a pause): named once, here (T32A L2)
            meta["caveats"] = [*meta["caveats"], f"Your texts pause for years: {pause} (deleted, or not "
                               "written); the topics are read from the texts there are."]
        return Finding(value=value, confidence=conf,
                       confidence_basis=basis,
                       evidence=ev,
                       summary=summary,
                       **meta)

    def _topic_distinct(self, category: str, since: int | None) -> int:
        """Distinct texts behind ``category`` in the years from ``since`` (every year: None; undated texts count as
        recent), up to :data:`.textrules.DISTINCT_FOR_HIGH`."""
        seen: set[bytes] = set()
        for key, digests in self.topic_distinct.seen.items():
            c, _, year = key.partition("\x00")
            if c == category and (since is None or not int(year) or int(year) >= since):
                seen |= digests
        return min(len(seen), DISTINCT_FOR_HIGH)

    # -- style ----------------------------------------------------------------------------------------
    def _style_finding(self) -> Finding:
        total: Counter[str] = Counter()
        for s in self.style.values():
            total.update(s)
        meta = {
            "id": "writing_style", "title": "Writing fingerprint and reply habits",
            "method": ("Rates per own text: words per sentence (on texts in scripts written with spaces between "
                       "words only), function-word share, emoji and CAPS per 100 words, "
                       "'!' and '?' per text, measured on a seeded sample of at most "
                       f"{STYLE_SAMPLE_PER_WEEK} texts per service and week (all texts in quieter weeks), each "
                       "weighted by the texts of its week it stands for; UK vs US "
                       "spellings counted in every text; per-service profiles compared by cosine "
                       "similarity; reply latency = time from a received message to your next message in the same "
                       "thread (≤ 24 h), median from a log-scale histogram."),
            "literature": literature.cards("writing_style"),
            "caveats": ["Exports hold no keystroke timings; typing rhythm cannot be measured here.",
                        "Stylometry needs many texts to tell authors apart."],
        }
        if total["texts"] < 20:
            return Finding(value=None, confidence=Confidence.INSUFFICIENT,
                           confidence_basis=f"{total['texts']} own texts (need 20)", summary="Too little text.",
                           **meta)

        def profile(s: Counter[str]) -> dict[str, float]:
            # rates from the sampled texts, each weighted by the texts of its week it stands for (every text
            # where a service has ≤ STYLE_SAMPLE_PER_WEEK a week): a ratio estimate of the rate over all texts
            words = s["words"] or 1
            texts = s["sampled"] or 1
            # words per sentence on the texts in spaced scripts only; not measured without enough of them
            wps = round(s["spaced_words"] / (s["sentences"] or 1), 2) if s["spaced"] >= MIN_SPACED_TEXTS else None
            return {"words_per_sentence": wps,
                    "function_word_share": round(s["function"] / words, 3),
                    "emoji_per_100_words": round(100 * s["emoji"] / words, 2),
                    "caps_per_100_words": round(100 * s["caps"] / words, 2),
                    "exclamations_per_text": round(s["exclaim"] / texts, 3),
                    "questions_per_text": round(s["question"] / texts, 3),
                    "chars_per_text": round(s["chars"] / texts, 1)}

        per_service = {k: profile(v) for k, v in self.style.items() if v["texts"] >= 10}
        similarity = None
        if len(per_service) >= 2:
            keys = [k for k in next(iter(per_service.values()))  # a rate not measured on one service is left out
                    if all(p[k] is not None for p in per_service.values())]
            vecs = [[p[k] for k in keys] for p in per_service.values()]
            # scale each feature by its mean so no unit dominates
            means = [statistics.mean(abs(v[i]) for v in vecs) or 1 for i in range(len(keys))]
            scaled = [[v[i] / means[i] for i in range(len(keys))] for v in vecs]
            a, b = scaled[0], scaled[1]
            dot = sum(x * y for x, y in zip(a, b))
            na, nb = math.sqrt(sum(x * x for x in a)), math.sqrt(sum(y * y for y in b))
            similarity = round(dot / (na * nb), 3) if na and nb else None
        spelling = None
        if total["uk"] + total["us"]:
            spelling = "UK" if total["uk"] > total["us"] else "US" if total["us"] > total["uk"] else "mixed"
        n_lat = sum(self.latency_bins.values())
        median_latency = None
        if n_lat:
            acc = 0
            for b in sorted(self.latency_bins):
                acc += self.latency_bins[b]
                if acc >= n_lat / 2:
                    median_latency = round(2 ** ((b + 0.5) / 2), 1)
                    break
        overall = profile(total)
        unspaced_share = total["unspaced"] / (total["sampled"] or 1)
        wps = overall["words_per_sentence"]
        if wps is None:
            wps_text = (f"Words per sentence not measured: {unspaced_share:.0%} of your texts are in scripts written "
                        "without spaces between words (Chinese, Japanese, Thai …)")
        elif unspaced_share >= 0.005:
            wps_text = (f"{wps} words per sentence (counted on the {1 - unspaced_share:.0%} of your texts in spaced "
                        "scripts)")
        else:
            wps_text = f"{wps} words per sentence"
        if unspaced_share >= 0.005:
            meta["caveats"] = [*meta["caveats"], f"{unspaced_share:.0%} of the texts are in scripts written without "
                               "spaces between words (Chinese, Japanese, Thai …): words per sentence is counted on "
                               "the other texts only, and words per 100 rates read a run of such letters as one word."]
        value = {"overall": overall, "per_service": per_service, "cross_service_similarity": similarity,
                 "unspaced_share": round(unspaced_share, 3),
                 "spelling": {"uk": total["uk"], "us": total["us"], "variant": spelling},
                 "reply_latency_median_minutes": median_latency, "reply_samples": n_lat}
        conf = Confidence.HIGH if total["texts"] >= 200 else Confidence.MEDIUM if total["texts"] >= 50 else \
            Confidence.LOW
        return Finding(value=value, confidence=conf,
                       confidence_basis=f"{total['texts']} own texts (≥ 200 high, ≥ 50 medium)",
                       evidence=Evidence(n_support=total["texts"]),
                       summary=wps_text
                               + (f", {spelling} spelling" if spelling else "")
                               + (f", median reply after {median_latency} min" if median_latency else "") + ".",
                       **meta)
