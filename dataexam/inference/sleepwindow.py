"""The sleep window over a kind of nights: per bin the nights active, the quiet bins, the quiet runs of 3–14 h and
the one likeliest to be the sleep (its length and hour), grown back over a minority of late nights — the reading the
sleep family (:mod:`.sleep`), its spells (:mod:`.nightspells`) and its rosters (:mod:`.rosters`) share.

Data shapes: a night is a vector of 96 quarter-hour counts of the person's own timed records from 12:00 the day
before (``r`` domain, r 0 = 12:00), followed where a window may cross noon by the next night's 96; a kind of nights
is pooled into per-bin counts of nights active. Moved out of ``sleep.py`` by concern (thirty-fourth pass),
unchanged.
"""

from __future__ import annotations

import itertools
import math
import statistics
from collections.abc import Callable, Mapping, Sequence
from itertools import repeat
from operator import add, itemgetter, mul, truediv
from typing import NamedTuple

from .engine import QUARTERS
from .timezone import LULL_MID_MEAN_H, LULL_MID_SD_H, circ_diff_hours

MIN_SLEEP_NIGHTS = 14  # below: insufficient
QUIET_NIGHT_SHARE = 0.10  # a bin is quiet when at most 10% of the nights have a record in it …
QUIET_FRACTION = 0.15  # … or under 15% of the mean share of nights active per bin
# Two kinds of nights (weekdays and weekends, a roster's duty and free nights) are read apart per bin only where
# their shares of nights active in it differ (two-proportion z test, |z| above this: p < 0.05 two-sided); where
# they do not, both read the two kinds' pooled share (T33B M4: one tweet at a random hour 01:00–05:00 on 35 % of
# all nights, any weekday, gave 2.2 % of nights per bin against a quiet threshold of 3.3 %; the 253 weekend nights,
# ≈ 26 a calendar quarter, counted one woken night as 3.8 % of a quarter, so chance broke their lull into pieces:
# "weekends ≈03:45–07:15", 2.25 h of social jetlag, where the 630 weekday nights kept 23:15–07:15). The same habit
# on every day of the week gives the same window; a difference the nights show is kept (an office worker's lie-ins,
# a roster's early duties). Design choice: the usual 5 % level of a test, no published figure.
KINDS_DIFFER_Z = 1.96
LATE_MARGIN_START = 2  # quarter-hours kept clear after the window opens (bedtime is a sharp edge) …
LATE_MARGIN_END = 4  # … and before it closes (mornings are sparse, so waking is a soft edge)
# A stretch before the sleep window awake on a minority of nights (an occasional late night) is inside the usual
# night, not its edge: grown over where at most this share of nights have a record in it, its bins at most this
# share of a waking bin's nights (and the new edge's bins this share of its own), it lasts at most 3 h and the new
# edge opens on an hour of quiet bins
LATE_STRETCH_NIGHT_SHARE = 0.25
LATE_STRETCH_BIN_RATIO = 0.5
LATE_STRETCH_MAX_BINS = 12
LATE_EDGE_BINS = 4
MIN_SLEEP_BINS = 12  # a sleep window lasts at least 3 h …
SPLIT_WAKE_BINS = 6  # … and may hold up to 1.5 h awake between two quiet runs of 3 h (a parent up at night)
MAX_SLEEP_BINS = 56  # … and at most 14 h
# A short wake nearer one edge of the night leaves a quiet run under 3 h on that side: a record at 03:00–04:00 on 30 %
# of the nights of someone asleep 00:30–09:30 at weekends (one bin in 13 of a weekend quarter's nights: above the
# quiet threshold) cut the weekend window to 04:00–09:30 and its social jetlag to 3.75 h, where the weekdays'
# 23:00–03:00 and 04:00–07:00 joined (T34B M4, the tester's own person read weekdays 22:45–04:15 and 3 h 38 min).
# The quiet runs of an hour or more a short wake apart from a window's run are joined to it as candidates too; the
# sleep's length and hour (sleep_run_log_score) choose between the run alone and the joined night, so an ordinary
# night's sparse edge (a chance quiet hour after rising) does not grow it past the usual length. A design choice (no
# published figure): at 2 h, a flight attendant's home nights kept 00:15–07:00 where one busy quarter-hour cut an
# hour off 23:00 (tests/test_clock_shift_and_trips.py); an hour is LATE_EDGE_BINS, the quiet edge a late night needs.
SPLIT_PART_BINS = 4
# Choosing the sleep among a night's quiet runs (a night worker's break on shift, an evening out, an office
# worker's silence at work compete with the sleep itself). Adult sleep lasts about 7–8 h with a standard deviation
# near 1 h (MCTQ: Roenneberg et al. 2007, Sleep Med Rev 11:429; 1.1 million people in the Netherlands, UK and US:
# Kocevska et al. 2021, Nat Hum Behav 5:113); the lull in records adds the quiet before sleep and the sparse
# morning, so the lull's length is taken as 8 ± 1.5 h.
SLEEP_LULL_MEAN_H = 8.0
SLEEP_LULL_SD_H = 1.5
#: a window longer than this (mean + 1.5 SD of the length above) is a lull in the records that bounds the sleep,
#: not a sleep's length: the finding is medium at most, and says so
LONG_SLEEP_H = SLEEP_LULL_MEAN_H + 1.5 * SLEEP_LULL_SD_H
# About one worker in five works shifts (Eurofound, sixth European Working Conditions Survey 2015: 21 %): so much
# of the mid-sleep prior is spread evenly over the day, so a day sleep is unusual but never ruled out by its hour.
SHIFT_WORK_SHARE = 0.2


def _fmt_hours(h: float) -> str:
    h %= 24
    total = round(h * 60)
    return f"{total // 60 % 24:02d}:{total % 60:02d}"


def longest_run(flags: Sequence[bool], offset: int = 0) -> tuple[int, int] | None:
    """The first longest run of true flags as ``(start, end)`` (end exclusive, plus ``offset``)."""
    best: tuple[int, int] | None = None
    start: int | None = None
    for i, flag in enumerate([*flags, False]):  # a closing False ends a run at the last position
        if flag and start is None:
            start = i
        elif not flag and start is not None:
            if best is None or i - start > best[1] - best[0]:
                best = (start, i)
            start = None
    return None if best is None else (best[0] + offset, best[1] + offset)


class SleepRun(NamedTuple):
    """The quiet run chosen as a night's sleep: bins ``start``–``end`` (r domain, end exclusive, past
    :data:`QUARTERS` into the next night's bins), its ``share`` of the candidates' likelihood (0–1), and the
    likeliest other candidate (``rival``, or None)."""

    start: int
    end: int
    share: float
    rival: tuple[int, int] | None


def _maximal_runs(flags: Sequence[bool]) -> list[tuple[int, int]]:
    """Every maximal run of true ``flags`` that starts after bin 0, as ``(start, end)`` (end exclusive)."""
    runs: list[tuple[int, int]] = []
    start: int | None = None
    for i, flag in enumerate([*flags, False]):
        if flag and start is None:
            start = i
        elif not flag and start is not None:
            if start >= 1:
                runs.append((start, i))
            start = None
    return runs


def quiet_runs(flags: Sequence[bool], n: int = QUARTERS) -> list[tuple[int, int]]:
    """Every maximal run of true ``flags`` as ``(start, end)`` (end exclusive) over a night's ``n`` bins (noon to
    noon) followed by the next night's (``len(flags)`` up to ``2 * n``), for the runs that start inside the night
    (bins 1 to ``n``; a run from bin 0 is the end of the night before's, found whole from that night's side). A
    day sleeper's lull crosses noon and runs on into the next night's first bins (the afternoon after that
    morning)."""
    return [r for r in _maximal_runs(flags) if r[0] <= n]


def sleep_run_log_score(start: int, end: int) -> float:
    """Log-likelihood (nats, up to a constant) that the quiet run of bins ``start``–``end`` (r domain: r 0 is
    12:00, r 48 midnight) is the night's sleep: its length under :data:`SLEEP_LULL_MEAN_H` ± :data:`SLEEP_LULL_SD_H`
    plus its centre's place under the MCTQ mid-sleep prior (:data:`LULL_MID_MEAN_H` ± :data:`LULL_MID_SD_H`) mixed
    with a uniform day for the :data:`SHIFT_WORK_SHARE` who work shifts. Length outweighs position where the two
    disagree strongly (a night worker's 7.5 h day sleep beats a 3 h lull on shift), position decides between runs of
    like plausible length (an office worker's 10 h silence at work loses to a 5 h night)."""
    hours = (end - start) / 4
    mid = ((start + end) / 8 + 12) % 24
    z = circ_diff_hours(mid, LULL_MID_MEAN_H) / LULL_MID_SD_H
    place = ((1 - SHIFT_WORK_SHARE) * math.exp(-0.5 * z * z) / (LULL_MID_SD_H * math.sqrt(2 * math.pi))
             + SHIFT_WORK_SHARE / 24)
    return -0.5 * ((hours - SLEEP_LULL_MEAN_H) / SLEEP_LULL_SD_H) ** 2 + math.log(place)


def _clock_bins(run: tuple[int, int], n: int = QUARTERS) -> set[int]:
    return {b % n for b in range(*run)}


def choose_sleep_run(flags: Sequence[bool], n: int = QUARTERS) -> SleepRun | None:
    """The sleep window among :func:`quiet_runs` of 3–14 h and the unions of two such runs a short wake apart (at
    most :data:`SPLIT_WAKE_BINS`: a parent up at 03:00 every night): the candidate of highest
    :func:`sleep_run_log_score`, with the share of the candidates' likelihood held by it and the candidates on the
    same hours of the day (its parts, a union holding it), and the likeliest candidate on other hours (``rival``).
    None where no run lasts 3 h, or where the longest run lasts over 14 h (records too sparse to hold a night's
    lull)."""
    every = _maximal_runs(flags)
    runs = [r for r in every if r[0] <= n]
    lead = next((i for i, flag in enumerate(flags) if not flag), len(flags))  # the run from bin 0, never a candidate
    if not runs or max(lead, *(e - s for s, e in runs)) > MAX_SLEEP_BINS:
        return None
    # the same hours of the day are one candidate: a run across noon into the next night's afternoon and the same
    # afternoon's quiet seen from this night's first bins (the day before) are one stretch, found whole as the longer
    kept: list[tuple[int, int]] = []
    covered: set[int] = set()
    for r in sorted(runs, key=lambda r: r[0] - r[1]):
        hours = _clock_bins(r, n)
        if r[1] - r[0] >= MIN_SLEEP_BINS and not hours & covered:
            kept.append(r)
        covered |= hours
    # a night broken by a short wake: two runs at most SPLIT_WAKE_BINS apart are also one candidate (a
    # parent awake 03:00-04:00 every night got 23:00-03:00 on weekdays and 04:00-07:30 at weekends: a social jetlag
    # of 5 h that nobody has, the first tester of this pass)
    # (two runs of 3 h or more each: the sparse edges of an ordinary night are no wake)
    long_runs = [r for r in every if r[1] - r[0] >= MIN_SLEEP_BINS]
    unions = [(a[0], b[1]) for a, b in itertools.pairwise(long_runs)
              if a[0] <= n and (a in kept or b in kept) and b[0] - a[1] <= SPLIT_WAKE_BINS
              and b[1] - a[0] <= MAX_SLEEP_BINS]
    # a wake nearer one edge of the night: a kept run and the quiet runs of SPLIT_PART_BINS or more a short wake
    # apart from it on either side, chained (SPLIT_PART_BINS' comment)
    parts = [r for r in every if r[1] - r[0] >= SPLIT_PART_BINS]
    for i, r in enumerate(parts):
        if r not in kept:
            continue
        lo = hi = i
        while lo > 0 and parts[lo][0] - parts[lo - 1][1] <= SPLIT_WAKE_BINS \
                and r[1] - parts[lo - 1][0] <= MAX_SLEEP_BINS:
            lo -= 1
        while hi + 1 < len(parts) and parts[hi + 1][0] - parts[hi][1] <= SPLIT_WAKE_BINS \
                and parts[hi + 1][1] - r[0] <= MAX_SLEEP_BINS:
            hi += 1
        for a in range(lo, i + 1):
            for b in range(i, hi + 1):
                u = (parts[a][0], parts[b][1])
                if (a, b) != (i, i) and u[0] <= n and u[1] - u[0] <= MAX_SLEEP_BINS and u not in unions:
                    unions.append(u)
    candidates = kept + unions
    if not candidates:
        return None
    scored = sorted(((sleep_run_log_score(*r), r) for r in candidates), key=lambda x: -x[0])
    top, best = scored[0]
    hours = _clock_bins(best, n)
    same = sum(math.exp(sc - top) for sc, r in scored if _clock_bins(r, n) & hours)
    share = same / sum(math.exp(sc - top) for sc, _ in scored)
    rival = next((r for _, r in scored if not _clock_bins(r, n) & hours), None)
    return SleepRun(best[0], best[1], share, rival)


class NightMasks:
    """Per group of nights (a type's calendar quarters, or all its nights as one group), each night's active bins
    as one integer (bit ``r`` set where the night has a record in bin ``r`` of its noon-to-noon vector followed by
    the next night's): the share of nights with any record in a stretch of bins is then one ``&`` per night."""

    def __init__(self, groups: Sequence[Sequence[Sequence[int]]]) -> None:
        self.groups = [[sum(1 << r for r, v in enumerate(vec) if v) for vec in g] for g in groups]

    def share(self, lo: int, hi: int, draws: Sequence[Sequence[int]] | None = None) -> float:
        """The median over groups of the share of a group's nights (or of its resampled ``draws``, indexes into
        the group) with a record in bins ``lo``–``hi`` (end exclusive): 0–1."""
        mask = ((1 << (hi - lo)) - 1) << lo
        shares = []
        for k, g in enumerate(self.groups):
            rows = g if draws is None else [g[i] for i in draws[k]]
            if rows:
                shares.append(sum(1 for m in rows if m & mask) / len(rows))
        if not shares:
            return 0.0
        shares.sort()
        half, odd = divmod(len(shares), 2)
        return shares[half] if odd else (shares[half - 1] + shares[half]) / 2


def extend_over_late_nights(run: tuple[int, int], flags: Sequence[bool], active: Sequence[float],
                            night_share: Callable[[int, int], float]) -> tuple[int, int]:
    """The sleep window ``run`` (r domain, end exclusive) grown back over a stretch of late nights before it: an
    earlier start ``s`` is taken where the bins ``s`` … ``s`` + :data:`LATE_EDGE_BINS` are quiet and follow a bin that
    is not, and the stretch between them and ``run`` (at most :data:`LATE_STRETCH_MAX_BINS`) is awake on a minority
    of nights — at most :data:`LATE_STRETCH_NIGHT_SHARE` of them (``night_share(lo, hi)``: the share of nights with a
    record in bins ``lo``–``hi``, per night, so a few nights' two records there count once each), its bins on average
    at most :data:`LATE_STRETCH_BIN_RATIO` of the typical waking bin's ``active`` count (the median over the day's
    bins that are not quiet), and the new edge's quiet bins quieter still (on average at most
    :data:`LATE_STRETCH_BIN_RATIO` of the stretch's). The earliest such start is taken, within :data:`MAX_SLEEP_BINS`.

    Per-bin counts set a sparse writer's quiet threshold low (half the mean bin): two posts at 01:00–03:00 on one
    night in ten then broke the night at 03:00 ("asleep 03:00–07:30" for someone asleep 23:30–07:30 on nine nights
    in ten; the twenty-seventh pass's last tester, M4). The sleep onset is the typical night's (MCTQ asks for the
    usual sleep onset, Roenneberg et al. 2003): the minority of nights awake later are late nights, listed as such,
    not the window's edge. Only the onset moves: mornings are sparse, so a quiet hour after a sparse one is chance
    there (a sparse writer's window grew to 10:30 in some resamples), and late nights delay sleep, not waking."""
    start, end = run
    n = len(flags)
    awake = sorted(active[r] for r in range(min(QUARTERS, n)) if not flags[r])
    if not awake:
        return run
    level = awake[len(awake) // 2]
    for s in range(max(0, start - LATE_STRETCH_MAX_BINS - LATE_EDGE_BINS), start - LATE_EDGE_BINS):
        lo = s + LATE_EDGE_BINS  # the stretch lo … start between the new edge's quiet bins and the window
        if end - s > MAX_SLEEP_BINS or not all(flags[s:lo]) or (s > 0 and flags[s - 1]) or all(flags[lo:start]):
            continue
        mean = sum(active[lo:start]) / (start - lo)
        if (mean <= LATE_STRETCH_BIN_RATIO * level
                and sum(active[s:lo]) / LATE_EDGE_BINS <= LATE_STRETCH_BIN_RATIO * mean
                and night_share(lo, start) <= LATE_STRETCH_NIGHT_SHARE):
            return s, end
    return run


def median_active(period_counts: Sequence[Sequence[int]], sizes: Sequence[int], total: int) -> list[float]:
    """Per bin, the median over periods of the share of a period's nights active in it (``period_counts[p][b]`` of
    ``sizes[p]`` nights), scaled to ``total`` nights: a count of active nights per bin that a pattern confined to
    under half of the periods does not raise. Same length as each period's counts."""
    # statistics.median without its overhead (200 resamples × 192 bins × each quarter of nights): the same float
    # operations in the same order as the per-bin loop ``sorted(col)``, ``ranked[k] * total`` (odd) or
    # ``(ranked[k - 1] + ranked[k]) / 2 * total`` (even), each step mapped in C (PERF58;
    # ``tests/test_perf_packed_columns_perf58.py`` compares with the loop float for float)
    shares = [[c / n for c in counts] for counts, n in zip(period_counts, sizes, strict=True)]
    k, odd = divmod(len(shares), 2)
    ranked = list(map(sorted, zip(*shares, strict=True)))
    if odd:
        return list(map(mul, map(itemgetter(k), ranked), repeat(total)))
    return list(map(mul, map(truediv, map(add, map(itemgetter(k - 1), ranked), map(itemgetter(k), ranked)),
                             repeat(2)), repeat(total)))


def _circular_gap(a: int, b: int, period: int) -> int:
    d = abs(a - b) % period
    return min(d, period - d)


_NO_NIGHT = (0,) * QUARTERS


def _circ_h(a: float, b: float) -> float:
    """Hours between clock times ``a`` and ``b`` (0–24) around the clock."""
    d = abs(a - b) % 24
    return min(d, 24 - d)


def _circ_median(hours: Sequence[float], around: float | None = None) -> float:
    """The median of clock times ``hours`` read as offsets from ``around`` (−12..12 h; by default their circular
    mean, so that the bulk lies far from the ±12 h seam), as a clock time."""
    if around is None:
        x = sum(math.cos(h * math.pi / 12) for h in hours)
        y = sum(math.sin(h * math.pi / 12) for h in hours)
        around = (math.atan2(y, x) * 12 / math.pi) % 24
    offs = sorted(((h - around + 12) % 24) - 12 for h in hours)
    return (around + statistics.median(offs)) % 24


def _binomial_tail(k: int, n: int, p: float) -> float:
    """P(X ≥ k) for X ~ Binomial(n, p)."""
    return sum(math.comb(n, i) * p ** i * (1 - p) ** (n - i) for i in range(k, n + 1))


def kinds_alike(raw: Mapping[str, Sequence[int]], sizes: Mapping[str, int]) -> list[bool] | None:
    """Per bin, whether two kinds of nights keep it alike (:data:`KINDS_DIFFER_Z`'s comment): ``raw`` per kind its
    count of nights active per bin (all its nights, not the quarters' median), ``sizes`` its nights; a bin active on
    no night or on every night of both is alike. None unless there are exactly two kinds, each with nights."""
    if len(raw) != 2 or any(sizes.get(t, 0) <= 0 for t in raw):
        return None
    (a, ka), (b, kb) = raw.items()
    na, nb = sizes[a], sizes[b]
    out = []
    for x, y in zip(ka, kb, strict=True):
        p = (x + y) / (na + nb)
        if p <= 0 or p >= 1:
            out.append(True)
            continue
        z = (x / na - y / nb) / math.sqrt(p * (1 - p) * (1 / na + 1 / nb))
        out.append(abs(z) <= KINDS_DIFFER_Z)
    return out


def pool_alike(active: Mapping[str, Sequence[float]], sizes: Mapping[str, int], alike: Sequence[bool] | None
               ) -> dict[str, Sequence[float]]:
    """``active`` (per kind, nights active per bin in that kind's nights) with each bin that ``alike`` marks read
    on the two kinds' pooled share (their counts summed over their nights summed), scaled to each kind's nights;
    the other bins as they are. ``active`` unchanged where ``alike`` is None."""
    if alike is None:
        return dict(active)
    total = sum(sizes[t] for t in active)
    pooled = list(map(truediv, map(sum, zip(*active.values(), strict=True)), repeat(total)))
    # pooled[r] · the kind's nights where bin r is alike, else the kind's own value (PERF58: one zip, no index)
    return {t: [p * n if same else v for p, v, same in zip(pooled, vals, alike, strict=True)]
            for t, vals in active.items() for n in (sizes[t],)}


def quiet_flags(hist: Sequence[float], nights: int) -> list[bool] | None:
    """Per bin of a type's nights (r domain, the next night's bins after :data:`QUARTERS`), whether it is
    quiet; None where the type has no records or nights.

    ``hist`` counts, per bin, the *nights* with at least one record in it (not records), so a
    handful of late nights cannot fill the quiet bins however many records they hold. A bin is
    quiet when at most 10% of the nights are active in it (or under 15% of the mean per-bin
    count), capped at half the mean so that a sparse or random writer's whole day is not "quiet"."""
    total = sum(hist[:QUARTERS])  # the night's own bins; past them, the next night's (quiet_runs)
    if not total or not nights:
        return None
    mean = total / QUARTERS
    thr = min(max(QUIET_NIGHT_SHARE * nights, QUIET_FRACTION * mean), 0.5 * mean)
    return [count <= thr for count in hist]


def window_choice(hist: Sequence[float], nights: int) -> SleepRun | None:
    """The sleep window over a type's nights (:func:`choose_sleep_run` over :func:`quiet_flags`) → a
    :class:`SleepRun` in the r domain, or None if no quiet run lasts 3 h or the longest lasts over 14 h."""
    flags = quiet_flags(hist, nights)
    # a day sleeper's lull (08:30–16:00) crosses the nights' noon boundary: searched on the line it was cut at
    # 12:00 and called high (the second time-zone sweep's night-shift workers); the longest run inside the
    # night's bins was taken before any across noon (a nurse's 4 h on the ward over her 6 h day sleep, the
    # fourth tester), and the innermost run over a longer one (a night worker's 3 h break, reverted 994be48)
    return None if flags is None else choose_sleep_run(flags)


def sleep_window(hist: Sequence[float], nights: int) -> tuple[int, int] | None:
    """:func:`window_choice`'s run as ``(start, end)``, or None."""
    choice = window_choice(hist, nights)
    return None if choice is None else (choice.start, choice.end)
