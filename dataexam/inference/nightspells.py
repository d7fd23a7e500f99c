"""Spells in a history of nights read against the usual sleep windows: a spell of broken nights that shaped the
windows (:func:`broken_spell`) and the spans of broken nights among the late nights (:func:`broken_spans`), a spell
of later nights (:func:`later_spell`) and spells of a short wake at one hour, on every night or, held tightly, on
some (:func:`wake_spells`, the sparse reading in :func:`_sparse_wake_spells`). Each is said as a spell with no guess
at its reason (a month of meals before dawn may be a religious practice, GDPR Art. 9).

Data shapes as :mod:`.sleepwindow`'s: per night (its local morning date) its bins and the next night's (``ext``);
``checked`` maps each night to the window (bins, r domain) it is read against. Moved out of ``sleep.py`` by concern
(thirty-fourth pass), unchanged.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from typing import Any

from .sleepwindow import (
    LATE_MARGIN_END,
    LATE_MARGIN_START,
    MIN_SLEEP_NIGHTS,
    _binomial_tail,
    choose_sleep_run,
    median_active,
    quiet_flags,
    sleep_window,
)

# a run of months in which at least a quarter of the nights are late nights, holding at least 10 of them, is a span
# of broken nights (said as such; the twenty-fourth pass's tester's new parent: 80 % of nights for four months)
BROKEN_MONTH_SHARE = 0.25
BROKEN_MIN_NIGHTS = 10
# ... and where such a spell shaped the usual window itself (broken_spell: a new parent's feeds on
# 70 % of nights for five months in twelve, more than the calendar quarters' median can hold), the window is read on
# the other nights: months of at least this many nights of a type, at least this many months, and a window moved by
# more than this many bins (1 h) at an edge
SPELL_MONTH_MIN_NIGHTS = 4
SPELL_MIN_MONTHS = 6
SPELL_WINDOW_GAP = 4
# A spell of later nights on the home's clock, every night of a few weeks awake past the usual bedtime and asleep
# later (a month of night meals before dawn, exam weeks, a season of night events): read apart as a spell, its own
# window, not as that many irregular nights (T31B R1: a month of nights awake to 03:30 was "14 late nights … over 30
# days", high, under the health-adjacent caveat). Found on the nights read against the usual windows: the calendar
# stretch (Kadane's maximum sum of "awake inside the window's core" − LATER_SPELL_SCORE per day) of at least
# LATER_SPELL_MIN_DAYS days and at most LATER_SPELL_MAX_SHARE of the history, at least LATER_SPELL_NIGHT_SHARE of
# its days awake inside the window, the other nights at most LATER_SPELL_REST_RATIO of that rate, and its own window
# (sleep_window over its nights) whose middle lies at least LATER_SPELL_SHIFT_H later than the usual one's, both edges
# later: the sleep moved, it was not broken (a new parent's feeds leave no later window: broken_spell and the
# broken spans say them).
# Design choices (no published figure), set on the T31B month (≈ 47 % of its nights with a record in the core).
LATER_SPELL_LABEL = "later nights in a spell"
LATER_SPELL_MIN_DAYS = 14
LATER_SPELL_MAX_SHARE = 0.25
LATER_SPELL_NIGHT_SHARE = 0.35
LATER_SPELL_REST_RATIO = 0.25
LATER_SPELL_SCORE = 0.2
LATER_SPELL_SHIFT_H = 2.0
LATER_SPELL_END_BINS = 4  # … and its end at least 1 h later than the usual end
# A spell of woken nights on the home's clock: every night of a few weeks, a short wake at the same hour inside the
# usual window, asleep before it (and often after it), the other nights undisturbed (a meal before dawn through a
# month, a few weeks of an early duty, a pet's medicine at 04:00): read as one spell, not as that many late nights
# (T31C N6: an early riser up ≈03:30–04:30 every night of a month was "30 late nights" and "broken nights over 2
# months"). Found on the nights read against the usual windows and not in a later spell: each calendar stretch of
# positive sum of "a record inside the window's core" − WAKE_SPELL_SCORE per day (Kadane, each maximal stretch) of
# WAKE_SPELL_MIN_DAYS to WAKE_SPELL_MAX_DAYS days, at least WAKE_SPELL_NIGHT_SHARE of its days woken, the nights
# outside every such stretch at most LATER_SPELL_REST_RATIO of that rate; the wake's hours (from the 10th percentile
# of its nights' first record inside the window, edges kept clear, to the 90th of their last) span at most
# WAKE_SPELL_BAND_BINS, begin at least WAKE_SPELL_SLEEP_BEFORE_BINS after the window opens, and hold at least
# WAKE_SPELL_BAND_SHARE of the records inside the spell nights' cores. A new parent's feeds last months and wander
# over the small hours (broken nights: broken_spell, broken_spans); scattered late nights are no stretch at all.
# Design choices (no published figure): a few weeks (a month's fast is 29–30 days, a margin for sightings and for
# nights missed at its ends), on nine nights in ten at one hour, the stretch's score set to need over half the days.
WAKE_SPELL_LABEL = "a short wake each night in a spell"
# … and the label of a spell woken on some of its nights only (below: T32B's note, its JSON label said "each night")
WAKE_SPELL_SPARSE_LABEL = "a short wake on some nights of a spell"
WAKE_SPELL_LABELS = (WAKE_SPELL_LABEL, WAKE_SPELL_SPARSE_LABEL)
WAKE_SPELL_MIN_DAYS = 14
WAKE_SPELL_MAX_DAYS = 45
WAKE_SPELL_NIGHT_SHARE = 0.7
WAKE_SPELL_SCORE = 0.5
WAKE_SPELL_BAND_BINS = 10  # 2 h 30 min
WAKE_SPELL_SLEEP_BEFORE_BINS = 8  # 2 h asleep before the wake
WAKE_SPELL_BAND_SHARE = 0.8
# … and on fewer nights, at one hour held tightly (T32B M2: a sahur tweeter who posts on about half the nights of a
# month, one tweet at 03:45–04:30, was "broken nights in 2025-03 (11 nights, 35 %)" and 18 late nights — most people
# do not post every night they are up): per band of WAKE_SPELL_SPARSE_BAND_BINS inside the windows' cores, each
# calendar stretch of positive sum of "a record inside the band" − WAKE_SPELL_SPARSE_SCORE per day of
# WAKE_SPELL_MIN_DAYS to WAKE_SPELL_MAX_DAYS days with at least WAKE_SPELL_SPARSE_MIN_NIGHTS nights woken in the band,
# at least WAKE_SPELL_SPARSE_SHARE of its days; the nights outside the band's stretches woken in it at most
# LATER_SPELL_REST_RATIO of that rate, and the stretch's count no chance at that rate (binomial tail ≤
# WAKE_SPELL_SPARSE_P, the rate at least WAKE_SPELL_SPARSE_REST_FLOOR), the nights outside every such stretch woken
# at any hour at most LATER_SPELL_REST_RATIO of it too: the spell has a start and an end. Its wake
# (10th–90th percentile of the band's records) begins WAKE_SPELL_SLEEP_BEFORE_BINS after the window opens and holds
# WAKE_SPELL_BAND_SHARE of every record inside the cores of the stretch's nights, woken in the band or not: someone
# woken on one night in three at scattered hours has a quarter of them in any 90 minutes, no spell.
# Design choices (no published figure): the band as tight as a meal before dawn is held (≈ 45 min) with a margin;
# the floor and the tail set so that a year of scattered 1-in-3 wakes gives no spell in any band.
WAKE_SPELL_SPARSE_BAND_BINS = 6  # 1 h 30 min
WAKE_SPELL_SPARSE_SCORE = 0.2
WAKE_SPELL_SPARSE_SHARE = 0.3
WAKE_SPELL_SPARSE_MIN_NIGHTS = 7
WAKE_SPELL_SPARSE_P = 1e-7
WAKE_SPELL_SPARSE_REST_FLOOR = 0.02
# … and its woken nights on any day of the week (chi-square against the weekday, p ≥ this): a schedule's nights at
# one hour (a student's exam weeks, up at 02:00 after each Monday to Thursday: T28C L3) are late nights
WAKE_SPELL_SPARSE_WEEK_P = 0.01


def broken_spans(listed: Sequence[date], checked: Mapping[str, int]) -> list[dict]:
    """Runs of consecutive calendar months in which at least :data:`BROKEN_MONTH_SHARE` of the nights checked
    (``checked``: "YYYY-MM" → nights) are among the ``listed`` late nights, each run holding at least
    :data:`BROKEN_MIN_NIGHTS` of them: ``{"from", "to"}`` ("YYYY-MM"), ``nights`` (listed in the run) and ``share``
    (of the run's nights checked, 0–1, two decimals). The month before (after) a run joins it where the nights
    listed in its last (first) part make that share of the nights checked in the part, pro rata. Sorted by time."""
    per = Counter(d.strftime("%Y-%m") for d in listed)
    months = sorted(m for m, n in per.items() if checked.get(m) and n / checked[m] >= BROKEN_MONTH_SHARE)
    runs: list[list[str]] = []
    for m in months:
        y, mo = map(int, m.split("-"))
        if runs:
            py, pmo = map(int, runs[-1][-1].split("-"))
            if y * 12 + mo == py * 12 + pmo + 1:
                runs[-1].append(m)
                continue
        runs.append([m])
    by_month: dict[str, list[date]] = {}
    for d in sorted(listed):
        by_month.setdefault(d.strftime("%Y-%m"), []).append(d)

    def part_broken(m: str, before: bool) -> bool:
        # the month before a run (after it) joins it where its listed nights from one of them to the month's end
        # (from its start to one of them) are BROKEN_MONTH_SHARE of the nights checked in that part, pro rata: a
        # spell that starts on the 20th fills a third of its first month (MOOD5's "left": its span began a month
        # late); at least half BROKEN_MIN_NIGHTS nights (three nights into the next month are no more of the spell)
        days = by_month.get(m) or []
        if len(days) < BROKEN_MIN_NIGHTS / 2 or not checked.get(m):
            return False
        first = date.fromisoformat(f"{m}-01")
        length = ((first.replace(day=28) + timedelta(days=4)).replace(day=1) - first).days
        for i, d in enumerate(days if before else days[::-1]):
            part = length - d.day + 1 if before else d.day
            n = len(days) - i
            if n >= BROKEN_MIN_NIGHTS / 2 and n / (checked[m] * part / length) >= BROKEN_MONTH_SHARE:
                return True
        return False

    def step(m: str, k: int) -> str:
        y, mo = map(int, m.split("-"))
        i = y * 12 + mo - 1 + k
        return f"{i // 12:04d}-{i % 12 + 1:02d}"

    used = set(months)
    for run in runs:
        for before, m in ((True, step(run[0], -1)), (False, step(run[-1], 1))):
            if m not in used and part_broken(m, before):
                used.add(m)
                run.insert(0, m) if before else run.append(m)
    out = []
    for run in runs:
        n = sum(per[m] for m in run)
        if n >= BROKEN_MIN_NIGHTS:
            out.append({"from": run[0], "to": run[-1], "nights": n,
                        "share": round(n / sum(checked[m] for m in run), 2)})
    return out


def broken_spell(types: Mapping[str, Sequence[date]], ext: Mapping[date, Sequence[int]],
                  windows: Mapping[str, tuple[int, int] | None]) -> frozenset[date]:
    """The nights of a spell of broken nights that the usual windows ``windows`` were fitted to, to be left out of
    them; empty where there is none. Per type, the window over its nights by calendar month (per bin the median
    over months of the share of nights active, as :func:`median_active`: a spell in under half of the months
    does not shape it; months of ≥ :data:`SPELL_MONTH_MIN_NIGHTS` nights, at least :data:`SPELL_MIN_MONTHS` of
    them); a night is broken where it has a record inside that window's core (edges kept clear as the late
    nights keep them). A spell is a run of consecutive months in which at least :data:`BROKEN_MONTH_SHARE` of
    the nights are broken, holding at least :data:`BROKEN_MIN_NIGHTS` of them and under half of all nights, the
    other months under half that share. Its nights are returned only where a type's usual window differs from
    the monthly one by more than :data:`SPELL_WINDOW_GAP` bins at either edge (the spell made the window: a
    new parent's 02:00–04:30 feeds on 70 % of nights for five months in twelve gave "04:00–07:00" and "no late
    nights": T30B M2); a window the spell left whole (a month of Ramadan nights) stays as it is."""
    robust: dict[str, tuple[int, int]] = {}
    for t, nds in types.items():
        by_m: dict[tuple[int, int], list[date]] = {}
        for nd in nds:
            by_m.setdefault((nd.year, nd.month), []).append(nd)
        kept = [v for v in by_m.values() if len(v) >= SPELL_MONTH_MIN_NIGHTS]
        if len(kept) < SPELL_MIN_MONTHS:
            continue
        counts = [[len(col) - col.count(0) for col in zip(*(ext[nd] for nd in v))] for v in kept]
        flags = quiet_flags(median_active(counts, [len(v) for v in kept], len(nds)), len(nds))
        choice = None if flags is None else choose_sleep_run(flags)
        if choice is not None:
            robust[t] = (choice.start, choice.end)
    if not any(t in robust and (w is None or max(abs(w[0] - robust[t][0]), abs(w[1] - robust[t][1]))
                                > SPELL_WINDOW_GAP) for t, w in windows.items()):
        return frozenset()
    broken: dict[tuple[int, int], list[date]] = {}
    seen: Counter[tuple[int, int]] = Counter()
    for t, nds in types.items():
        if t not in robust:
            continue
        core = range(robust[t][0] + LATE_MARGIN_START, robust[t][1] - LATE_MARGIN_END)
        for nd in nds:
            seen[(nd.year, nd.month)] += 1
            if any(ext[nd][r] for r in core):
                broken.setdefault((nd.year, nd.month), []).append(nd)
    months = sorted(m for m, n in seen.items() if len(broken.get(m, ())) >= BROKEN_MONTH_SHARE * n)
    runs: list[list[tuple[int, int]]] = []
    for m in months:
        if runs and m[0] * 12 + m[1] == runs[-1][-1][0] * 12 + runs[-1][-1][1] + 1:
            runs[-1].append(m)
        else:
            runs.append([m])
    total = sum(seen.values())
    out: set[date] = set()
    for run in runs:
        nights = sum(seen[m] for m in run)
        n_broken = sum(len(broken.get(m, ())) for m in run)
        rest = [m for m in seen if m not in run]
        rest_share = sum(len(broken.get(m, ())) for m in rest) / max(1, sum(seen[m] for m in rest))
        if n_broken >= BROKEN_MIN_NIGHTS and nights < total / 2 and rest_share < BROKEN_MONTH_SHARE / 2:
            out |= {nd for t, nds in types.items() for nd in nds if (nd.year, nd.month) in run}
    return frozenset(out)


def later_spell(checked: Mapping[date, tuple[int, int]], ext: Mapping[date, Sequence[int]]
                ) -> tuple[list[date], tuple[int, int]] | None:
    """A spell of later nights (:data:`LATER_SPELL_LABEL`; the constants' comment gives the rule) among the nights
    ``checked`` (night → the usual window it is read against, bins as :func:`sleep_window` gives them; nights
    on shift, on a trip or of an earlier era left out) with their bins ``ext`` (the night's and the next's):
    ``(nights, window)`` — the spell's nights with a record, sorted, and its own window — or None. One pass over
    the calendar days from the first night to the last."""
    if len(checked) < 2 * MIN_SLEEP_NIGHTS:
        return None
    awake = {nd for nd, w in checked.items()
             if any(ext[nd][r] for r in range(w[0] + LATE_MARGIN_START, w[1] - LATE_MARGIN_END))}
    first, last = min(checked), max(checked)
    span_days = (last - first).days + 1
    best, best_at, run, run_from = 0.0, None, 0.0, first
    for i in range(span_days):
        d = first + timedelta(days=i)
        if run <= 0:
            run, run_from = 0.0, d
        run += (d in awake) - LATER_SPELL_SCORE
        if run > best:
            best, best_at = run, (run_from, d)
    if best_at is None:
        return None
    a, b = best_at
    days = (b - a).days + 1
    inside = [nd for nd in checked if a <= nd <= b]
    n_awake = sum(1 for nd in inside if nd in awake)
    rest_days = span_days - days
    rest_rate = (len(awake) - n_awake) / rest_days if rest_days else 0.0
    rate = n_awake / days
    if not (LATER_SPELL_MIN_DAYS <= days <= LATER_SPELL_MAX_SHARE * span_days and rate >= LATER_SPELL_NIGHT_SHARE
            and rest_rate <= LATER_SPELL_REST_RATIO * rate and len(inside) >= MIN_SLEEP_NIGHTS):
        return None
    nds = sorted(inside)
    win = sleep_window([len(col) - col.count(0) for col in zip(*(ext[nd] for nd in nds))], len(nds))
    if win is None:
        return None
    usual = Counter(checked[nd] for nd in nds).most_common(1)[0][0]
    # later by the middle (bins from noon: no wrap for a night sleep), and at both edges: a new parent's feeds at
    # 02:00-04:00 leave a "window" from 04:00 that ends at the usual hour (broken, not later)
    if (win[0] + win[1] - usual[0] - usual[1]) / 8 < LATER_SPELL_SHIFT_H or win[0] <= usual[0] \
            or win[1] - usual[1] < LATER_SPELL_END_BINS:
        return None
    return nds, win


def _positive_stretches(first: date, span_days: int, woken: set[date] | frozenset[date],
                        score: float) -> list[tuple[date, date]]:
    """Each maximal calendar stretch of positive sum of "night in ``woken``" − ``score`` per day over the
    ``span_days`` days from ``first``, cut at its best day (Kadane's scan, every stretch kept): ``(first, last)``.

    The days are scanned as offsets from ``first`` (``woken`` marked once in a bytearray), the same float additions
    in the same order as per calendar day (``1 - score`` on a woken night, ``-score`` on another: ``(d in woken) -
    score``); a date is made only for a stretch's ends (PERF29: a date and a set look-up per day, over every day of
    the nights' span, for each of the ~20 scans a report's wake spells make)."""
    start = first.toordinal()
    marks = bytearray(span_days)
    for d in woken:
        i = d.toordinal() - start
        if 0 <= i < span_days:
            marks[i] = 1
    gain, loss = True - score, False - score
    stretches: list[tuple[date, date]] = []
    run, best, run_from, best_at = 0.0, 0.0, 0, -1
    for i in range(span_days + 1):
        if i < span_days:
            run += gain if marks[i] else loss
            if run > 0 and run >= best:  # a tie reaches on to a woken night after one missed (the spell's last)
                best, best_at = run, i
        if i == span_days or run <= 0:
            if best_at >= 0:
                stretches.append((first + timedelta(days=run_from), first + timedelta(days=best_at)))
            run, best, run_from, best_at = 0.0, 0.0, i + 1, -1
    return stretches


def _wake_band(hit: Sequence[date], spans: Mapping[date, range], ext: Mapping[date, Sequence[int]]
               ) -> tuple[int, int]:
    """The wake's bins over the nights ``hit``: from the 10th percentile of their first record in ``spans`` (per
    night, the bins read) to the 90th of their last, end exclusive."""
    firsts, lasts = [], []
    for nd in hit:
        rs = [r for r in spans[nd] if ext[nd][r]]
        firsts.append(rs[0])
        lasts.append(rs[-1])
    firsts.sort()
    lasts.sort()
    return firsts[int(0.1 * (len(firsts) - 1))], lasts[round(0.9 * (len(lasts) - 1))] + 1


def wake_spells(checked: Mapping[date, tuple[int, int]], ext: Mapping[date, Sequence[int]]
                ) -> list[tuple[list[date], tuple[int, int]]]:
    """Spells of woken nights (:data:`WAKE_SPELL_LABEL`; the constants' comment gives the rule) among the nights
    ``checked`` (night → the usual window it is read against, bins as :func:`sleep_window` gives them; nights on
    shift, on a trip, of an earlier era or of a later spell left out) with their bins ``ext`` (the night's and the
    next's): per spell ``(nights, wake)`` — its nights with a record, sorted, and the wake's bins ``(first, end)``
    (end exclusive, the r domain of ``ext``) — sorted by time; ``[]`` where there is none. A spell woken on most
    nights (:data:`WAKE_SPELL_NIGHT_SHARE`) or, at one tightly held hour, on fewer (:func:`_sparse_wake_spells`:
    a person who posts on some nights only); where two overlap, the one with more woken nights. One pass over the
    calendar days from the first night to the last, one over each stretch's nights; the sparse reading one more
    per hour band."""
    if len(checked) < 2 * MIN_SLEEP_NIGHTS:
        return []
    cores = {nd: range(w[0] + LATE_MARGIN_START, w[1] - LATE_MARGIN_END) for nd, w in checked.items()}
    woken = {nd for nd, core in cores.items() if any(ext[nd][r] for r in core)}
    first, last = min(checked), max(checked)
    span_days = (last - first).days + 1
    stretches = _positive_stretches(first, span_days, woken, WAKE_SPELL_SCORE)
    kept = [(a, b) for a, b in stretches if WAKE_SPELL_MIN_DAYS <= (b - a).days + 1 <= WAKE_SPELL_MAX_DAYS]
    # the other nights' rate: outside every stretch of a spell's length (a single woken night is a stretch too)
    in_any = {nd for nd in woken if any(a <= nd <= b for a, b in kept)}
    rest_days = span_days - sum((b - a).days + 1 for a, b in kept)
    rest_rate = (len(woken) - len(in_any)) / rest_days if rest_days > 0 else 0.0
    found: list[tuple[int, list[date], tuple[int, int]]] = []  # (woken nights, nights, wake)
    for a, b in kept:
        days = (b - a).days + 1
        nds = sorted(nd for nd in checked if a <= nd <= b)
        hit = [nd for nd in nds if nd in woken]
        rate = len(hit) / days
        if rate < WAKE_SPELL_NIGHT_SHARE or rest_rate > LATER_SPELL_REST_RATIO * rate:
            continue
        # the wake's hours: its records inside the window, the bedtime edge kept clear, to the window's end (a
        # wake may run into the usual rising: an early riser up for good after it)
        lo, hi = _wake_band(hit, {nd: range(checked[nd][0] + LATE_MARGIN_START, checked[nd][1]) for nd in hit}, ext)
        usual = Counter(checked[nd] for nd in nds).most_common(1)[0][0]
        core_bins = [r for nd in hit for r in cores[nd] for _ in range(ext[nd][r])]
        if hi - lo > WAKE_SPELL_BAND_BINS or lo - usual[0] < WAKE_SPELL_SLEEP_BEFORE_BINS \
                or sum(lo <= r < hi for r in core_bins) < WAKE_SPELL_BAND_SHARE * len(core_bins):
            continue
        found.append((len(hit), nds, (lo, hi)))
    found += _sparse_wake_spells(checked, cores, ext, first, span_days)
    out: list[tuple[list[date], tuple[int, int]]] = []
    for _n, nds, band in sorted(found, key=lambda f: (-f[0], f[1][0])):
        if not any(nds[0] <= o[-1] and o[0] <= nds[-1] for o, _b in out):
            out.append((nds, band))
    return sorted(out, key=lambda s: s[0][0])


def _tied_to_week(nds: Sequence[date], hit: set[date]) -> bool:
    """Whether the nights ``hit`` among ``nds`` keep to some days of the week: a chi-square test of "woken" against
    the weekday over the nights (6 degrees of freedom, closed form) at p < :data:`WAKE_SPELL_SPARSE_WEEK_P`. A
    schedule's nights (a student's exams Monday–Thursday at 02:00, T28C L3's) are late nights, not a spell of
    early waking, whose nights fall on any day."""
    seen: Counter[int] = Counter(nd.weekday() for nd in nds)
    woken: Counter[int] = Counter(nd.weekday() for nd in nds if nd in hit)
    n, k = len(nds), len(hit & set(nds))
    if len(seen) < 7 or not 0 < k < n:
        return False
    x = 0.0
    for wd in range(7):
        for obs, exp in ((woken[wd], seen[wd] * k / n), (seen[wd] - woken[wd], seen[wd] * (n - k) / n)):
            x += (obs - exp) ** 2 / exp
    return math.exp(-x / 2) * (1 + x / 2 + (x / 2) ** 2 / 2) < WAKE_SPELL_SPARSE_WEEK_P


def _sparse_wake_spells(checked: Mapping[date, tuple[int, int]], cores: Mapping[date, range],
                        ext: Mapping[date, Sequence[int]], first: date, span_days: int
                        ) -> list[tuple[int, list[date], tuple[int, int]]]:
    """Spells of a short wake at one hour on only some of a few weeks' nights (:data:`WAKE_SPELL_SPARSE_SHARE`'s
    comment gives the rule): ``(woken nights, nights, wake)`` per spell, as :func:`wake_spells` reads them, possibly
    overlapping (it keeps the one with most woken nights). Per band of :data:`WAKE_SPELL_SPARSE_BAND_BINS` inside
    the windows' cores: one pass over the calendar days, one over each stretch's nights."""
    in_core = {nd: [r for r in core if ext[nd][r]] for nd, core in cores.items()}
    in_core = {nd: rs for nd, rs in in_core.items() if rs}
    if not in_core:
        return []
    lo_all = min(w[0] for w in checked.values()) + WAKE_SPELL_SLEEP_BEFORE_BINS
    hi_all = max(core.stop for core in cores.values())
    out = []
    for b0 in range(lo_all, hi_all - WAKE_SPELL_SPARSE_BAND_BINS + 1):
        b1 = b0 + WAKE_SPELL_SPARSE_BAND_BINS
        woken = {nd for nd, rs in in_core.items() if any(b0 <= r < b1 for r in rs)}
        if len(woken) < WAKE_SPELL_SPARSE_MIN_NIGHTS:
            continue
        kept = [(a, b) for a, b in _positive_stretches(first, span_days, woken, WAKE_SPELL_SPARSE_SCORE)
                if WAKE_SPELL_MIN_DAYS <= (b - a).days + 1 <= WAKE_SPELL_MAX_DAYS]
        if not kept:
            continue
        in_any = sum(1 for nd in woken if any(a <= nd <= b for a, b in kept))
        rest_days = span_days - sum((b - a).days + 1 for a, b in kept)
        rest_rate = (len(woken) - in_any) / rest_days if rest_days > 0 else 0.0
        for a, b in kept:
            days = (b - a).days + 1
            nds = sorted(nd for nd in checked if a <= nd <= b)
            hit = [nd for nd in nds if nd in woken]
            rate = len(hit) / days
            if len(hit) < WAKE_SPELL_SPARSE_MIN_NIGHTS or rate < WAKE_SPELL_SPARSE_SHARE \
                    or rest_rate > LATER_SPELL_REST_RATIO * rate or _tied_to_week(nds, set(hit)) \
                    or _binomial_tail(len(hit), days, max(rest_rate, WAKE_SPELL_SPARSE_REST_FLOOR)) \
                    > WAKE_SPELL_SPARSE_P:
                continue
            lo, hi = _wake_band(hit, {nd: range(b0, b1) for nd in hit}, ext)
            usual = Counter(checked[nd] for nd in nds).most_common(1)[0][0]
            # every record inside the cores of the stretch's nights, woken in the band or not: a wake at one hour,
            # not one hour's share of wakes scattered over the night
            core_bins = [r for nd in nds for r in in_core.get(nd, ()) for _ in range(ext[nd][r])]
            if lo - usual[0] < WAKE_SPELL_SLEEP_BEFORE_BINS \
                    or sum(lo <= r < hi for r in core_bins) < WAKE_SPELL_BAND_SHARE * len(core_bins):
                continue
            out.append((len(hit), nds, (lo, hi)))
    if not out:
        return []
    # the nights outside every such stretch woken at any hour at most LATER_SPELL_REST_RATIO of a spell's rate: a
    # person up at scattered hours on one night in five has an hour's cluster by chance, not a spell
    in_spells = {nds[0] + timedelta(days=i) for _n, nds, _b in out for i in range((nds[-1] - nds[0]).days + 1)}
    rest_days = span_days - len(in_spells)
    rest_any = sum(1 for nd in in_core if nd not in in_spells) / rest_days if rest_days > 0 else 0.0
    return [f for f in out if rest_any <= LATER_SPELL_REST_RATIO * f[0] / ((f[1][-1] - f[1][0]).days + 1)]


def sparse_wake(sp: Mapping[str, Any]) -> bool:
    """Whether a spell of woken nights (a ``shift_periods`` item of :data:`WAKE_SPELL_LABELS`) was woken on fewer
    than :data:`WAKE_SPELL_NIGHT_SHARE` of its days (:func:`_sparse_wake_spells`; its label
    :data:`WAKE_SPELL_SPARSE_LABEL`)."""
    return int(sp.get("woken") or 0) < WAKE_SPELL_NIGHT_SHARE * spell_days(sp)


def spell_days(sp: Mapping[str, Any]) -> int:
    """A ``shift_periods`` item's calendar days: ``days`` where given (undated), else from ``from`` to ``to``."""
    if sp.get("days"):
        return int(sp["days"])
    return (date.fromisoformat(sp["to"]) - date.fromisoformat(sp["from"])).days + 1
