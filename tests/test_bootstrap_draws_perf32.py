"""PERF32: the report's bootstraps without a Python step a draw — the same random stream, the same answers.

``engine.weighted_draws`` is ``random.choices`` with weights run in C; the language finding's bootstrap counts its
draws per language and reads the one-by-one float additions from running sums; the mood's bootstrap finds the low
periods once per count of weeks under the threshold. Each is compared with the code it replaced.
"""

from __future__ import annotations

import random
from collections import Counter
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dataexam.inference import text as text_mod
from dataexam.inference.engine import BOOTSTRAP_RESAMPLES, BOOTSTRAP_SEED, bootstrap_agreement, weighted_draws
from dataexam.inference.text import LANG_TAG_BOOTSTRAP, MOOD_BINS, TextAggregator, _read_weeks


@settings(max_examples=200, deadline=None)
@given(weights=st.lists(st.integers(0, 5000), min_size=1, max_size=12).filter(lambda w: sum(w) > 0),
       k=st.integers(0, 1500), seed=st.integers(0, 2**32), rounds=st.integers(1, 3))
def test_weighted_draws_are_choices_own_draws(weights: list[int], k: int, seed: int, rounds: int) -> None:
    """The very indexes ``choices(range(n), weights, k=k)`` gives (zero weights never drawn), round after round, and
    the generator left where ``choices`` leaves it."""
    from itertools import accumulate

    cum = list(accumulate(weights))
    a, b = random.Random(seed), random.Random(seed)
    for _ in range(rounds):
        got = weighted_draws(cum, k, a)
        assert got == b.choices(range(len(weights)), weights, k=k)
        assert all(weights[i] for i in got)
    assert a.getstate() == b.getstate()


def test_weighted_draws_exact_example() -> None:
    """Seed 20240601, weights 3 : 1 : 0 : 6 — the first ten draws choices gives, none of the weightless third."""
    rng = random.Random(20240601)
    want = random.Random(20240601).choices([0, 1, 2, 3], [3, 1, 0, 6], k=10)
    got = weighted_draws([3, 4, 4, 10], 10, rng)
    assert got == want
    assert 2 not in got and len(got) == 10


def _old_language_agreement(est: dict[str, Any], main: list[str]) -> float:
    """TextAggregator._language_agreement before PERF32 (draw by draw through ``choices``)."""
    rng = random.Random(BOOTSTRAP_SEED)
    tag_langs = list(est["tagged_texts"])
    tag_weights = [est["tagged_texts"][k] for k in tag_langs]
    n_tag = sum(tag_weights)
    k_tag = min(round(n_tag), LANG_TAG_BOOTSTRAP)
    labels = [lang for lang, _l, _r in est["labels"]]
    hits = 0
    for _ in range(BOOTSTRAP_RESAMPLES):
        counts: Counter[str] = Counter()
        if k_tag:
            for lang in rng.choices(tag_langs, tag_weights, k=k_tag):
                counts[lang] += n_tag / k_tag
        if labels:
            for lang in rng.choices(labels, k=len(labels)):
                if lang is not None:
                    counts[lang] += est["scale"]
        total = sum(counts.values())
        if not total:
            continue
        got = [k for k, v in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])) if v / total >= 0.1]
        hits += got == main
    return hits / BOOTSTRAP_RESAMPLES


def _estimate(rng: random.Random, langs: list[str], n_tagged: int, n_labels: int, scale: float) -> dict[str, Any]:
    tagged: dict[str, int] = {}
    for _ in range(n_tagged):
        lang = rng.choice(langs)
        tagged[lang] = tagged.get(lang, 0) + 1
    labels = [(rng.choice([*langs, None]), 0, 0) for _ in range(n_labels)]
    return {"tagged_texts": tagged, "labels": labels, "scale": scale}


@pytest.mark.parametrize("case", range(24))
def test_language_agreement_same_as_draw_by_draw(case: int) -> None:
    """Tagged texts only, sampled labels only, both, a language in both, scales that do not add exactly, more tagged
    texts than a resample draws (1,000): the share of agreeing resamples is the old one exactly, for answers that
    agree always, never or sometimes."""
    rng = random.Random(case)
    langs = ["en", "de", "fr", "es", "pt"][: 2 + case % 4]
    n_tagged = [0, 40, 1700][case % 3]
    n_labels = [0, 25, 300][(case // 3) % 3] or (0 if n_tagged else 30)
    est = _estimate(rng, langs, n_tagged, n_labels, [1.0, 0.1, 3.7, 7 / 3][case % 4])
    for main in (["en"], ["en", "de"], sorted(langs)[:2], ["de", "en"]):
        assert TextAggregator._language_agreement(None, est, main) == _old_language_agreement(est, main)  # type: ignore[arg-type]


def test_language_agreement_example() -> None:
    """60 English and 40 German tagged texts, 30 sampled labels (10 French, 5 unknown) at scale 2.5: English then
    German then French is the answer of the old code's share of resamples, strictly between 0 and 1."""
    est = {"tagged_texts": {"en": 60, "de": 40},
           "labels": [("en", 0, 0)] * 10 + [("fr", 0, 0)] * 10 + [(None, 0, 0)] * 5 + [("de", 0, 0)] * 5,
           "scale": 2.5}
    got = TextAggregator._language_agreement(None, est, ["en", "de", "fr"])  # type: ignore[arg-type]
    assert got == _old_language_agreement(est, ["en", "de", "fr"])
    assert 0 < got < 1


def _weeks(seed: int, n: int) -> tuple[dict[date, list[int]], list[date]]:
    rng = random.Random(seed)
    start = date(2022, 1, 3)
    hists: dict[date, list[int]] = {}
    weeks = []
    low = set(rng.sample(range(n), k=n // 4))
    for i in range(n):
        w = start + timedelta(days=7 * i)
        centre = 10 if i in low or (i - 1) in low else 28
        hist = [0] * MOOD_BINS
        for _ in range(rng.randint(3, 30)):
            hist[max(0, min(MOOD_BINS - 1, int(rng.gauss(centre, 6))))] += 1
        hists[w] = hist
        weeks.append(w)
    return hists, weeks


@pytest.mark.parametrize("seed", range(12))
def test_mood_agreement_same_without_the_count_cache(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """The weeks' agreement found once per count of weeks under a resample's threshold equals finding the low periods
    anew for every resample (the count look-up made unique each call: nothing shared)."""
    hists, weeks = _weeks(seed, 20 + 3 * seed)
    cached = _read_weeks(hists, weeks)
    calls = iter(range(10**9))
    monkeypatch.setattr(text_mod, "bisect_left", lambda _a, _x: next(calls))
    fresh = _read_weeks(hists, weeks)
    assert next(calls) > BOOTSTRAP_RESAMPLES - 1  # every resample went through the look-up
    assert cached == fresh
    assert 0 <= cached.agreement <= 1


def test_bootstrap_agreement_example() -> None:
    """bootstrap_agreement's resamples are choices' resamples: the share with a mean ≥ 5 of 0..9 is the old share."""
    units = list(range(10))
    rng = random.Random(BOOTSTRAP_SEED)
    old = sum(sum(units[i] for i in rng.choices(range(10), k=10)) / 10 >= 5 for _ in range(BOOTSTRAP_RESAMPLES))
    got = bootstrap_agreement(units, lambda s: sum(s) / len(s), lambda m: m >= 5)
    assert got == old / BOOTSTRAP_RESAMPLES
    assert 0 < got < 1


def _awake_bin_by_bin(row: list[int], core: range) -> bool | str:
    try:
        return any(row[r] for r in core)
    except IndexError:
        return "IndexError"


@settings(max_examples=300, deadline=None)
@given(row=st.lists(st.integers(0, 3), max_size=200), start=st.integers(-10, 210), stop=st.integers(-10, 210))
def test_roster_awake_in_is_the_bin_by_bin_any(row: list[int], start: int, stop: int) -> None:
    """rosters._awake_in: the slice's answer is the bin-by-bin one for every step-1 range, inside the row or not."""
    from dataexam.inference.rosters import _awake_in

    try:
        got: bool | str = _awake_in(row, range(start, stop))
    except IndexError:
        got = "IndexError"
    assert got == _awake_bin_by_bin(row, range(start, stop))


def test_roster_awake_in_example() -> None:
    """A night awake only at bin 40 (10:00 after noon): inside 30–45, not inside 41–90 nor 0–40."""
    from dataexam.inference.rosters import _awake_in

    row = [0] * 192
    row[40] = 1
    assert _awake_in(row, range(30, 45)) is True
    assert _awake_in(row, range(41, 90)) is False
    assert _awake_in(row, range(0, 40)) is False


def test_roster_awake_in_a_negative_stop_is_an_empty_range() -> None:
    """range(0, -1) holds no bin: not awake, though the slice row[0:-1] would hold all but the last (found by the
    property above under the suite: row [1, 0], start 0, stop -1 read True)."""
    from dataexam.inference.rosters import _awake_in

    assert _awake_in([1, 0], range(0, -1)) is False
    assert _awake_in([1, 1, 1], range(2, -1)) is False
    assert _awake_in([0, 1], range(-1, 2)) is True
