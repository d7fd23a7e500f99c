"""VADER's scores in time linear in the text's length (issue 16).

vaderSentiment 3.3.2's ``SentimentIntensityAnalyzer.polarity_scores`` lower-cases the *whole* token list again in
``_negation_check`` (three calls per lexicon token) and ``_special_idioms_check`` (one call), and its ``_but_check``
finds each score's place with ``list.index`` and moves it with ``pop``/``insert``: time quadratic in the number of
tokens. One post of 2,000 emoji (each emoji character becomes its description, several tokens, one of them often a
lexicon word such as "joy") took 4–8 s of the report's time (T57D 3).

:class:`LinearAnalyzer` is VADER's own analyser with those three steps rewritten to read only what they use: the up to
three tokens before a lexicon token and the two after it (lower-cased one by one, ``str(token).lower()`` as VADER
does), and, for "but", the first index of a score's current value kept per value in a heap; its per-character emoji
loop is skipped for a text without an emoji character (it copies such a text unchanged). Every other step —
emoji descriptions, tokenising, boosters, negations, "least", capitals, punctuation emphasis, normalising and
rounding — is VADER's unchanged code, so ``polarity_scores`` returns the same dictionary (``neg``, ``neu``, ``pos``,
``compound``, the same floats) as VADER's on every text; ``tests/test_vader_linear_perf16.py`` compares the two on a
seeded grid of texts built from VADER's own lexicon, boosters, negations, idioms and emoji, and on the 2,000-emoji
post. There is no cap on a text's length. ``benchmarks/vader_long.py`` measures both on long texts.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence

from vaderSentiment.vaderSentiment import (
    BOOSTER_DICT,
    N_SCALAR,
    SPECIAL_CASES,
    SentimentIntensityAnalyzer,
    SentiText,
    negated,
)


def _lower(words: Sequence[str], j: int) -> str:
    """Token ``j`` lower-cased as VADER's list comprehensions do (``str(w).lower()``; ``j`` may be negative, as
    Python's indexing of VADER's lower-cased copy would read it)."""
    return str(words[j]).lower()


class LinearAnalyzer(SentimentIntensityAnalyzer):
    """:class:`vaderSentiment.vaderSentiment.SentimentIntensityAnalyzer` with its per-token steps that copied the
    whole token list rewritten to read only the tokens they use: identical scores, linear time (module docstring)."""

    def polarity_scores(self, text: str) -> dict[str, float]:
        """VADER's ``polarity_scores``, step for step, with its per-character emoji loop skipped for a text holding
        no emoji character of its lexicon (the loop copies such a text unchanged; its ``strip()`` is kept) and run
        on a list otherwise. Returns ``{"neg", "neu", "pos", "compound"}`` as VADER does."""
        if not isinstance(text, str):  # VADER's own path (SentiText encodes non-text)
            return super().polarity_scores(text)
        emojis = self.emojis
        if emojis.keys().isdisjoint(text):
            text = text.strip()
        else:
            # convert emojis to their textual descriptions: VADER's loop (a space before a description unless one
            # precedes it; none after it)
            parts: list[str] = []
            prev_space = True
            for ch in text:
                description = emojis.get(ch)
                if description is not None:
                    if not prev_space:
                        parts.append(" ")
                    parts.append(description)
                    prev_space = False
                else:
                    parts.append(ch)
                    prev_space = ch == " "
            text = "".join(parts).strip()
        sentitext = SentiText(text)
        sentiments: list[float] = []
        words_and_emoticons = sentitext.words_and_emoticons
        last = len(words_and_emoticons) - 1
        for i, item in enumerate(words_and_emoticons):
            valence = 0
            # check for vader_lexicon words that may be used as modifiers or negations
            lowered = item.lower()
            if lowered in BOOSTER_DICT:
                sentiments.append(valence)
                continue
            if i < last and lowered == "kind" and words_and_emoticons[i + 1].lower() == "of":
                sentiments.append(valence)
                continue
            sentiments = self.sentiment_valence(valence, sentitext, item, i, sentiments)
        sentiments = self._but_check(words_and_emoticons, sentiments)
        return self.score_valence(sentiments, text)

    @staticmethod
    def _negation_check(valence: float, words_and_emoticons: Sequence[str], start_i: int, i: int) -> float:
        """VADER's ``_negation_check`` (same rules, same order) reading only tokens ``i - 3`` … ``i - 1``."""
        w = words_and_emoticons
        if start_i == 0:
            if negated([_lower(w, i - (start_i + 1))]):  # 1 word preceding lexicon word (w/o stopwords)
                valence = valence * N_SCALAR
        if start_i == 1:
            before2, before1 = _lower(w, i - 2), _lower(w, i - 1)
            if before2 == "never" and (before1 == "so" or before1 == "this"):
                valence = valence * 1.25
            elif before2 == "without" and before1 == "doubt":
                valence = valence
            elif negated([_lower(w, i - (start_i + 1))]):  # 2 words preceding the lexicon word position
                valence = valence * N_SCALAR
        if start_i == 2:
            before3, before2, before1 = _lower(w, i - 3), _lower(w, i - 2), _lower(w, i - 1)
            # VADER's own precedence: "and" binds first, so "so"/"this" just before the word scales it alone
            if (before3 == "never" and before2 in ("so", "this")) or before1 in ("so", "this"):
                valence = valence * 1.25
            elif before3 == "without" and (before2 == "doubt" or before1 == "doubt"):
                valence = valence
            elif negated([_lower(w, i - (start_i + 1))]):  # 3 words preceding the lexicon word position
                valence = valence * N_SCALAR
        return valence

    @staticmethod
    def _special_idioms_check(valence: float, words_and_emoticons: Sequence[str], i: int) -> float:
        """VADER's ``_special_idioms_check`` (same n-grams, same order) reading only tokens ``i - 3`` … ``i + 2``."""
        w = words_and_emoticons
        n = len(w)
        m3, m2, m1, here = _lower(w, i - 3), _lower(w, i - 2), _lower(w, i - 1), _lower(w, i)
        onezero = f"{m1} {here}"
        twoonezero = f"{m2} {m1} {here}"
        twoone = f"{m2} {m1}"
        threetwoone = f"{m3} {m2} {m1}"
        threetwo = f"{m3} {m2}"
        for seq in (onezero, twoonezero, twoone, threetwoone, threetwo):
            if seq in SPECIAL_CASES:
                valence = SPECIAL_CASES[seq]
                break
        if n - 1 > i:
            zeroone = f"{here} {_lower(w, i + 1)}"
            if zeroone in SPECIAL_CASES:
                valence = SPECIAL_CASES[zeroone]
        if n - 1 > i + 1:
            zeroonetwo = f"{here} {_lower(w, i + 1)} {_lower(w, i + 2)}"
            if zeroonetwo in SPECIAL_CASES:
                valence = SPECIAL_CASES[zeroonetwo]
        # check for booster/dampener bi-grams such as 'sort of' or 'kind of'
        for n_gram in (threetwoone, threetwo, twoone):
            if n_gram in BOOSTER_DICT:
                valence = valence + BOOSTER_DICT[n_gram]
        return valence

    @staticmethod
    def _but_check(words_and_emoticons: Sequence[str], sentiments: list[float]) -> list[float]:
        """VADER's ``_but_check``, step for step: for each position ``k`` in order, the score ``v`` now there is
        looked up with ``sentiments.index(v)`` (the *first* position holding a score equal to ``v``, which may be an
        earlier one) and that position gets ``v * 0.5`` before the first "but", ``v * 1.5`` after it. VADER scans the
        list for each ``index`` and shifts it with ``pop``/``insert``; here a heap per value holds the positions that
        may hold it (stale ones dropped when met), so the same positions get the same products in O(n log n)."""
        lowered = [str(w).lower() for w in words_and_emoticons]
        if "but" not in lowered:
            return sentiments
        bi = lowered.index("but")
        heaps: dict[float, list[int]] = {}
        for position, score in enumerate(sentiments):
            heaps.setdefault(score, []).append(position)  # ascending positions: already a heap
        for k in range(len(sentiments)):
            score = sentiments[k]
            heap = heaps[score]
            while sentiments[heap[0]] != score:
                heapq.heappop(heap)  # that position's score has changed since it was pushed
            si = heap[0]
            if si < bi:
                new = score * 0.5
            elif si > bi:
                new = score * 1.5
            else:
                continue
            sentiments[si] = new
            if new != score:
                heapq.heappush(heaps.setdefault(new, []), si)
        return sentiments
