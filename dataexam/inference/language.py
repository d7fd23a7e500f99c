"""Language detection: langdetect's answers, from a sparse profile table.

langdetect (Nakatani Shuyo's language-detection, ported to Python; 55 bundled profiles of 1- to
3-gram frequencies) samples a text's n-grams at random and multiplies each language's probability
by the n-gram's frequency in that language until one language passes 0.99999. It is one of the
report's costliest finishing steps: ~1–3 ms per text with three trials, plus ~0.17 s to load the
profiles, for a sample of at most 300 texts per report (:data:`dataexam.inference.text.LANG_SAMPLE`). The
sampling runs in our own loop (:func:`_trials`: langdetect's floats, a trial left out only where it cannot
change the answer).
:class:`_SparseProfiles` keeps only the (language, probability) pairs an n-gram has (about 2 of 55),
≈17 MB instead of langdetect's dense ≈57 MB; tests compare its detections with langdetect's own.

The profiles are loaded by the first detection of a report and released right after the report's
batch (:func:`release_language_profiles`), as they were the largest single item at the report's
peak. A batch over many participants keeps them in its worker processes between participants
(:func:`keep_language_profiles`): the peak is the same, and each participant saves the load.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

LANG_TRIALS = 3  # langdetect's default is 7; three give the same answer on texts this long, ~3× faster

_FACTORY: Any = None  # langdetect.DetectorFactory with sparse profiles, while loaded
_KEEP = False  # keep_language_profiles(True): release_language_profiles keeps the profiles


class _SparseProfiles:
    """langdetect's n-gram → per-language probability table, stored sparse and filled on demand.

    langdetect keeps a dense row of 55 floats per n-gram (87,598 n-grams, ≈57 MB of Python objects
    traced); an n-gram occurs in about two of the 55 profiles. Here the profiles stay as loaded (one
    n-gram → count mapping per language, langdetect's order) beside the set of every n-gram; an n-gram's
    (language index, probability, …) pairs are made at its first look-up, with langdetect's own expression
    (``1.0 * count / n_words[len - 1]``, 1- to 3-grams only, as ``DetectorFactory.add_profile`` does), and kept
    for the report. A report reads a few thousand distinct n-grams: building all 87,598 rows up front was ~0.2 s
    of CPU per report, more than detecting a persona's sample (PERF7). :class:`langdetect.detector.Detector`
    reads the table only through ``in`` and ``[]``, which builds the dense row from the same floats (recent rows
    cached): detection gives exactly langdetect's answers."""

    def __init__(self, profiles: list[tuple[dict[str, int], list[int]]], size: int,
                 words: dict[str, str] | None = None) -> None:
        self._profiles = profiles  # (n-gram → count, n_words per length) per language, langdetect's order
        # every n-gram (as keys): the profiles' own string objects where the loader shared them (_language_factory)
        self._words: dict[str, str] | frozenset[str] = (
            words if words is not None else frozenset().union(*(freq for freq, _n in profiles)))
        self._pairs: dict[str, tuple[int | float, ...]] = {}
        self._size = size
        self._cached: Any = lru_cache(maxsize=2048)(self._dense)

    def __contains__(self, word: object) -> bool:
        return word in self._words

    def __len__(self) -> int:
        return len(self._words)

    def __iter__(self) -> Any:
        return iter(self._words)

    def __getitem__(self, word: str) -> list[float]:
        return self._cached(word)  # Detector only reads the row

    def pairs(self, word: str) -> tuple[int | float, ...]:
        """``word``'s flat ``(language index, probability, …)`` pairs; KeyError where no profile has it."""
        found = self._pairs.get(word)
        if found is None:
            if word not in self._words:
                raise KeyError(word)
            length = len(word)
            found = ()
            if 1 <= length <= 3:
                found = tuple(x for index, (freq, n_words) in enumerate(self._profiles) if word in freq
                              for x in (index, 1.0 * freq[word] / n_words[length - 1]))
            self._pairs[word] = found
        return found

    def release(self) -> None:
        """Empty the table and drop its row cache (which refers back to it), so it is freed at once."""
        self._cached = None
        self._profiles = []
        self._words = {}
        self._pairs = {}

    def _dense(self, word: str) -> list[float]:
        row = [0.0] * self._size
        pairs = self.pairs(word)
        for k in range(0, len(pairs), 2):
            row[pairs[k]] = pairs[k + 1]  # type: ignore[index]  # even places hold the language index
        return row


def _language_factory() -> Any:
    """A langdetect DetectorFactory holding every bundled profile, loaded as langdetect's own
    ``DetectorFactory.load_profile`` does (same files, same order, same probabilities) into a
    :class:`_SparseProfiles` table. Profiles are read one file at a time."""
    global _FACTORY
    if _FACTORY is not None:
        return _FACTORY
    import os

    from langdetect import DetectorFactory
    from langdetect.detector_factory import PROFILES_DIRECTORY

    try:
        from orjson import loads
    except ImportError:  # orjson is optional at import (writers.py); the json module reads the same values
        from json import loads
    names = [n for n in os.listdir(PROFILES_DIRECTORY)  # langdetect's order: the directory's
             if not n.startswith(".") and os.path.isfile(os.path.join(PROFILES_DIRECTORY, n))]
    size = len(os.listdir(PROFILES_DIRECTORY))  # langdetect sizes its rows by the directory listing
    profiles: list[tuple[dict[str, int], list[int]]] = []
    langlist: list[str] = []
    # One object per n-gram and per count for all the profiles: 184,129 n-gram keys are 87,598 distinct strings, and
    # their 134,989 counts above 256 (each its own int) 33,539 distinct numbers; the copies were 7.6 MB of the report's
    # peak (PERF7's +10 MB), for ≈40 ms of CPU a load (maps in C). The n-grams' dict is the table's set of them all.
    shared: dict[str, str] = {}
    share = shared.setdefault
    share_count = {}.setdefault
    for name in names:
        with open(os.path.join(PROFILES_DIRECTORY, name), "rb") as f:
            profile = loads(f.read())  # langdetect's own bundled profile (package data, ≤ 310 kB), never an export
        langlist.append(profile["name"])
        freq = profile["freq"]
        counts = freq.values()
        profiles.append((dict(zip(map(share, freq, freq), map(share_count, counts, counts))), profile["n_words"]))
        del profile, freq, counts
    factory = DetectorFactory()
    factory.langlist = langlist
    factory.word_lang_prob_map = _SparseProfiles(profiles, size, shared)
    factory.seed = 0
    _FACTORY = factory
    return factory


def _detector(text: str) -> Any:
    """A langdetect Detector over ``text`` (cleaned as langdetect cleans it), with the text's n-grams as
    ``Detector._detect_block`` reads them (``detector.ngrams``) and their rows (``detector.rows``: n-gram → the
    55 languages' probabilities); LangDetectException where the text has none."""
    from langdetect.lang_detect_exception import ErrorCode, LangDetectException

    factory = _language_factory()
    detector = factory.create()
    detector.n_trial = LANG_TRIALS
    detector.append(text)
    detector.cleaning_text()
    detector.ngrams = _ngrams(detector.text, factory.word_lang_prob_map._words)
    if not detector.ngrams:
        raise LangDetectException(ErrorCode.CantDetectError, "No features in text.")
    table = factory.word_lang_prob_map
    detector.rows = {word: table[word] for word in set(detector.ngrams)}
    return detector


# NGram.normalize of each character met (a pure function of the character: its Unicode block and langdetect's fixed
# tables), at most _NORMALISED_MAX remembered
_NORMALISED: dict[str, str] = {}
_NORMALISED_MAX = 4096


def _ngrams(text: str, words: Any) -> list[str]:
    """langdetect's ``Detector._extract_ngrams`` of a cleaned ``text``: its 1- to 3-grams found in the profiles
    (``words``: every profile n-gram), in langdetect's order, as ``NGram.add_char`` builds them character by
    character. The same steps inline, each character's ``NGram.normalize`` looked up once (issue 16: a method call,
    a block look-up by bisection and a profile-table call per character were ~1.7 ms of a 300-character message;
    ``tests/test_inference_bounded.py`` compares with langdetect's own on every script)."""
    from langdetect.utils.ngram import NGram

    normalise = NGram.normalize
    known = _NORMALISED
    out: list[str] = []
    grams = " "
    capital = False
    for ch in text:
        c = known.get(ch)
        if c is None:
            if len(known) >= _NORMALISED_MAX:
                known.clear()
            c = known[ch] = normalise(ch)
        last = grams[-1]
        if last == " ":
            grams = " "
            capital = False
            if c == " ":
                continue  # add_char returns: the buffer is " ", which gives no n-gram
        elif len(grams) >= 3:  # NGram.N_GRAM
            grams = grams[1:]
        grams += c
        if c.isupper():
            if last.isupper():
                capital = True
        else:
            capital = False
        if capital:
            continue
        # n = 1, 2, 3 while the buffer is that long; " " alone is no n-gram (longer ones holding a space are)
        if c != " " and c in words:
            out.append(c)
        n = len(grams)
        if n >= 2:
            w = grams[-2:]
            if w in words:
                out.append(w)
            if n >= 3 and grams in words:
                out.append(grams)
    return out


def _trials(detector: Any, seed: int) -> Iterator[float]:
    """langdetect's ``Detector._detect_block`` with ``seed``, one trial at a time: after each trial
    ``detector.langprob`` holds the trials so far (each language's probability ÷ :data:`LANG_TRIALS`, summed), and
    this yields the share the trials still to come can add to any one language (``1/3``, ``0``, …); once they are
    all done, ``detector.langprob`` is exactly langdetect's own floats.

    The same random draws in the same order (one ``gauss`` a trial, one ``choice`` of the n-grams an update) and
    the same float operations on each language's probability (``p * (weight + row[i])``; every fifth update
    ``sum`` then ``p / sum``; the trial ends once the largest passes 0.99999 or after 1,000 updates): only the
    loop is ours, inline instead of a method call per update and per normalisation (PERF9: ≈25 % less CPU), and the
    five updates between two normalisations are one pass over the languages, each language's five products taken
    in langdetect's order after the normalisation before them, ``((((p/sum)·f₁)·f₂)·f₃)·f₄)·f₅`` (PERF14: a sixth of the
    Python loop's steps, ≈35 % less CPU).
    ``tests/test_inference_bounded.py`` compares every trial's sums with langdetect's bit for bit."""
    rows = detector.rows
    ngrams = detector.ngrams
    trials = detector.n_trial
    size = len(detector.langlist)
    places = range(size)
    random = detector.random
    random.seed(seed)
    choice = random.choice
    conv, limit = detector.CONV_THRESHOLD, detector.ITERATION_LIMIT
    langprob = detector.langprob = [0.0] * size
    for t in range(trials):
        prob = [1.0 / size] * size  # Detector._init_probability without a prior map
        alpha = detector.alpha + random.gauss(0.0, 1.0) * detector.ALPHA_WIDTH
        w = alpha / detector.BASE_FREQ
        # update 0, then updates 1–5, 6–10, …: langdetect normalises after updates 0, 5, 10, … (i % 5 == 0)
        prob = [p * (w + a) for p, a in zip(prob, rows[choice(ngrams)])]
        i = 0
        while True:
            total = sum(prob)
            # the largest after normalising is the largest before it, divided (rounding is monotonic)
            if max(prob) / total > conv or i >= limit:
                prob = [p / total for p in prob]
                break
            r1, r2, r3, r4, r5 = (rows[choice(ngrams)], rows[choice(ngrams)], rows[choice(ngrams)],
                                  rows[choice(ngrams)], rows[choice(ngrams)])  # drawn in langdetect's order
            # normalised, then five updates: one pass
            prob = [p / total * (w + a) * (w + b) * (w + c) * (w + d) * (w + e) for p, a, b, c, d, e in
                    zip(prob, r1, r2, r3, r4, r5)]
            i += 5
        for k in places:
            langprob[k] += prob[k] / trials
        yield (trials - 1 - t) / trials


# Above any rounding of the trials' sums: a lead or a shortfall must pass this too before trials are left out.
_SETTLED = 1e-9


def _settled(langprob: list[float], rest: float) -> bool:
    """True when the trials to come cannot change the language on top: its lead over the next passes what
    they can still add (``rest``: their probabilities sum to 1 a trial, so one language gains at most ``rest`` on
    another), and it is named (langdetect names none under 0.1)."""
    top, second = sorted(langprob)[-2:][::-1] if len(langprob) > 1 else (langprob[0], 0.0)
    return top - second > rest + _SETTLED and top > 0.1 + _SETTLED


@lru_cache(maxsize=4096)
def detect_language(text: str) -> str | None:
    """langdetect with seed 0 (deterministic): an ISO 639-1 code (``"en"``; ``"zh-cn"``/``"zh-tw"``
    for Chinese), or None when it cannot tell.

    The first call loads langdetect's 55 language profiles (≈0.17 s, ≈17 MB as a sparse table); call
    :func:`release_language_profiles` once detection is done."""
    from langdetect.lang_detect_exception import LangDetectException

    try:
        detector = _detector(text)
    except LangDetectException:
        return None
    for rest in _trials(detector, 0):
        if rest and _settled(detector.langprob, rest):  # the last trial(s) cannot change the answer: left out
            break
    return detector.detect()


# X's `lang` values that name no language (X's search operators; the twenty-third pass's first tester):
# und undetermined, zxx media or card only, qme media links, qht hashtags only, qam mentions only, qct cashtags
# only, qst very short text; "art" appears in third-party lists of X's codes.
NO_LANGUAGE_TAGS = frozenset({"und", "zxx", "qme", "qht", "qam", "qct", "qst", "art"})
# X's older tags use ISO 639's withdrawn codes (lang:in Indonesian, lang:iw Hebrew): the current ones, as
# langdetect and CLDR spell them.
_OLD_CODES = {"in": "id", "iw": "he", "ji": "yi"}
#: the least share of a language a summary names: above the misreads detection leaves (≈1–2% of texts,
#: measured: :func:`detect_language_sure`), so noise never names a language; the report's headline uses it too
LIST_SHARE = 0.05
SURE_PROBABILITY = 0.9  # a short text's two detections must each give its language at least this


def platform_language(tag: object) -> str | None:
    """A record's own language tag (X tweets' ``lang``: ``"en"``, ``"es"``, ``"in"``) as a language code, or None
    where the record has none or the tag names no language (:data:`NO_LANGUAGE_TAGS`)."""
    if not isinstance(tag, str):
        return None
    code = tag.strip().lower().replace("_", "-")
    if not code or code in NO_LANGUAGE_TAGS or not code[:2].isalpha():
        return None
    return _OLD_CODES.get(code, code)


@lru_cache(maxsize=4096)
def detect_language_sure(text: str) -> str | None:
    """langdetect's answer for a short text only where it is sure, else None.

    Two runs of three trials each (seeds 0 and 1) must name the same language, each with probability ≥
    :data:`SURE_PROBABILITY`. Measured on 620 word-boundary prefixes of 20–40 characters of English, German and
    Spanish sentences (the personas' phrases and the twenty-third pass's testers' inputs): one run's answer was
    right for 92%; the answers this keeps (85% of them) were right for 98.3%. langdetect's own probability is no
    guide on its own at this length: 82% of 8–20-character prefixes got ≥ 0.9999, of which a quarter were wrong
    ("Made pasta for dinner." → Norwegian)."""
    from langdetect.lang_detect_exception import LangDetectException

    answer: str | None = None
    try:
        detector = _detector(text)  # the text's n-grams, read once for both runs
    except LangDetectException:
        return None
    for seed in (0, 1):
        for rest in _trials(detector, seed):
            if max(detector.langprob) + rest < SURE_PROBABILITY - _SETTLED:  # no language can reach it: not sure
                return None
        probabilities = detector.get_probabilities()
        if not probabilities or probabilities[0].prob < SURE_PROBABILITY:
            return None
        if answer is not None and probabilities[0].lang != answer:
            return None
        answer = probabilities[0].lang
    return answer


def language_name(code: object) -> str:
    """``"de"`` → ``"German"``; langdetect's ``zh-cn`` → ``"Chinese (China)"`` (CLDR English names via babel);
    anything unknown unchanged."""
    if not isinstance(code, str):
        return str(code)
    from babel import Locale

    try:
        return Locale.parse(code.replace("-", "_")).get_display_name("en") or code
    except Exception:  # babel raises several error types for unknown tags
        return Locale("en").languages.get(code, code)


def language_profiles_loaded() -> bool:
    """True while langdetect's profiles are held in memory (tests; memory accounting)."""
    mod = sys.modules.get("langdetect.detector_factory")
    return _FACTORY is not None or (mod is not None and getattr(mod, "_factory", None) is not None)


def release_language_profiles() -> None:
    """End a report's detection: drop the detection cache (the texts it holds) and the loaded
    language profiles, unless :func:`keep_language_profiles` keeps them.

    Held in a module global they would stay for the life of the process; they were the largest
    single item at the report's peak. A later :func:`detect_language` loads them again."""
    detect_language.cache_clear()
    detect_language_sure.cache_clear()
    if not _KEEP:
        _drop_profiles()


def keep_language_profiles(keep: bool) -> None:
    """Keep the profiles loaded from one report to the next (``True``: a batch worker, which
    reports on participant after participant and would otherwise load them ~0.17 s each time; its
    peak memory is the same), or stop keeping them and release them now (``False``). The detection
    cache, which holds a participant's texts, is still dropped after every report."""
    global _KEEP
    _KEEP = keep
    if not keep:
        _drop_profiles()


def _drop_profiles() -> None:
    global _FACTORY
    if _FACTORY is not None:
        _FACTORY.word_lang_prob_map.release()
    _FACTORY = None
    mod = sys.modules.get("langdetect.detector_factory")
    if mod is not None:
        mod._factory = None  # type: ignore[attr-defined]  # langdetect's own, should anything have loaded it
