"""Time zone from the activity clock and place evidence: a small Bayesian model (issue 12).

Candidates are the real zones of tzdata's zone.tab (Antarctica's stations, where nobody lives, left out), each
with its own UTC offset on every day of the data (DST included, via zoneinfo). Zones whose offsets agree on every
active day are one candidate group. For a group, every UTC day's activity histogram is moved onto that group's
local clock with the offset of *that day*, giving one local 96-bin (15-minute) profile. Then

    log score(group) = log L(activity | group) + log π_sleep(lull mid-point) + log π_place(group)

- ``L`` is the likelihood of the person's local profile under a diurnal activity model: the
  multinomial likelihood of the local bins under the person's own smoothed profile (a circular
  Gaussian kernel of σ = 1 h, 5% floor). A rotation leaves it unchanged, so it does not care about
  the offset itself; it rewards the DST pattern that keeps the person's day sharp (someone who
  follows DST looks blurred by an hour on a zone without it, and vice versa).
- The lull is the person's own: the centres of their least active 6-hour stretches on that local
  clock (every stretch as quiet as the quietest within Poisson noise). ``π_sleep`` is a normal prior
  on where the centre falls in local time, averaged over those centres (:data:`LULL_MID_MEAN_H`,
  :data:`LULL_MID_SD_H`), from the MCTQ population figures (Roenneberg et al.; see
  :data:`SLEEP_PRIOR_SOURCE`), not a fixed 01–06 window.
- ``π_place`` is :func:`.zoneprior.build_prior`: IP countries, shipping regions, phone numbers,
  declared places and language, each weighted by strength, mixed with "anywhere".

Activity counts are *presences*: a (day, 15-minute bin) counts once however many records it holds,
so a burst of 20 order items or messages is one observation, not 20 (effective sample size).
The posterior mass of the chosen (standard offset, DST) answer is the confidence basis.
"""

from __future__ import annotations

import itertools
import math
import sys
from array import array
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo
from functools import lru_cache
from itertools import compress
from operator import add, mul, truth
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .zoneprior import ZonePrior, zone_countries, zone_info, zone_populations, zone_table

QUARTERS = 96
#: the array type codes of integers (a day's counts of any of them is packed by :func:`presence_hist`)
_INTEGER_CODES = frozenset("bBhHiIlLqQ")
SAMPLE_DAYS = 14  # offsets are sampled fortnightly; days between differing samples are checked one by one
KERNEL_SD_BINS = 4  # 1 h smoothing of the person's own profile
FLOOR = 0.05  # share of the profile spread evenly (nobody is never active at some hour)
LULL_BINS = 24  # the lull is located as the least active 6-hour stretch
# Where the middle of the nightly lull in records falls, local time. MCTQ: mid-sleep on free days
# (MSF) in the MCTQ database is near-normal, centred around 04:00–05:00 with most people between
# about 02:00 and 07:00, and workday mid-sleep (MSW) about an hour earlier (social jetlag ≈ 1 h)
# — Roenneberg et al. 2007, Sleep Med Rev 11:429; Roenneberg et al. 2019, Biology 8:54 (PMC6784249).
# Pooled over 5 workdays and 2 free days that is ≈ 04:00; records stop shortly before sleep but
# resume well after waking (mornings are sparse), which moves the lull's centre ≈ 30 min later.
LULL_MID_MEAN_H = 4.5
LULL_MID_SD_H = 1.75
SLEEP_PRIOR_SOURCE = ("Roenneberg et al. 2007 (Sleep Med Rev 11:429) and 2019 (Biology 8:54, "
                      "https://pmc.ncbi.nlm.nih.gov/articles/PMC6784249): MCTQ mid-sleep")
IMPLAUSIBLE_Z = 2.0  # a lull centred over 2 SD from the prior mean (before 01:00 or after 08:00)
# The share of people whose main sleep falls by day (permanent night workers): a few per cent of workers in the
# EU work nights regularly (Eurofound, sixth European Working Conditions Survey 2015: 19 % at least once a month,
# far fewer every night). Their lull may sit at any hour of the clock (:func:`sleep_log_prior`).
LULL_DAY_SLEEP_SHARE = 0.05
#: independent observations of the person's clock an active day is worth (:func:`activity_temper`)
DAY_OBSERVATIONS = 1.0


def _offset_q(tz: ZoneInfo, day: date) -> int:
    """The zone's UTC offset at local noon of ``day``, in quarter-hours (naive wall time: 4× faster
    than converting an instant; differs from the UTC-noon offset only on a transition day)."""
    off = tz.utcoffset(datetime(day.year, day.month, day.day, 12)) or timedelta(0)
    return round(off.total_seconds() / 900)


@lru_cache(maxsize=1)
def _kernel() -> tuple[float, ...]:
    w = [math.exp(-0.5 * (k / KERNEL_SD_BINS) ** 2) for k in range(-3 * KERNEL_SD_BINS, 3 * KERNEL_SD_BINS + 1)]
    s = sum(w)
    return tuple(x / s for x in w)


def smooth(hist: Sequence[float]) -> list[float]:
    """Circular Gaussian smoothing (σ = 1 h) of a 96-bin profile."""
    k = _kernel()
    width = len(k)
    half = width // 2
    n = len(hist)
    if n < half:  # the wrap-around pad below needs at least half a kernel of bins
        return [sum(k[j] * hist[(i + j - half) % n] for j in range(width)) for i in range(n)]
    # hist padded circularly, so ext[i + j] == hist[(i + j - half) % n]: the same products summed in
    # the same order as the modular form, at C speed (map/mul instead of a generator)
    ext = [*hist[n - half:], *hist, *hist[:half]]
    return [sum(map(mul, k, ext[i:i + width])) for i in range(n)]


def shape_loglik(hist: Sequence[float], sm: Sequence[float] | None = None) -> float:
    """Multinomial log-likelihood of ``hist`` under its own smoothed profile with a 5% floor (``sm``:
    :func:`smooth` of ``hist``, where the caller has it)."""
    total = sum(hist)
    if not total:
        return 0.0
    if sm is None:
        sm = smooth(hist)
    ll = 0.0
    for c, s in zip(hist, sm):
        if c:
            ll += c * math.log((1 - FLOOR) * s / total + FLOOR / QUARTERS)
    return ll


def lull_windows(hist: Sequence[float], sm: Sequence[float] | None = None) -> list[float]:
    """Centres (local hours) of every 6-hour stretch that is as quiet as the quietest one, within
    Poisson noise (its count + 2√count + 1). A clear nightly lull gives a narrow set; someone active
    only in the evening (Amazon orders at 18–01) gives a long one: the night could be anywhere in it.
    ``sm``: :func:`smooth` of ``hist``, where the caller has it."""
    n = len(hist)
    if sm is None:
        sm = smooth(hist)
    window = sum(sm[:LULL_BINS])
    sums = []
    for s in range(n):
        sums.append(window)
        window += sm[(s + LULL_BINS) % n] - sm[s]
    lo = min(sums)
    tol = lo + 2 * math.sqrt(max(lo, 0.0)) + 1
    return [((s + LULL_BINS / 2) / 4) % 24 for s, v in enumerate(sums) if v <= tol]


def lull_mid_hours(hist: Sequence[float]) -> float:
    """Centre (local hours) of the person's lull: the circular mean of :func:`lull_windows`."""
    return _circular_mean_hours(lull_windows(hist))


def _circular_mean_hours(centres: Sequence[float]) -> float:
    """The circular mean (hours, 0–24) of lull ``centres`` (:func:`lull_windows`): :func:`lull_mid_hours`."""
    x = sum(math.cos(c / 24 * 2 * math.pi) for c in centres)
    y = sum(math.sin(c / 24 * 2 * math.pi) for c in centres)
    return (math.atan2(y, x) / (2 * math.pi) * 24) % 24


def lull_depth(hist: Sequence[float]) -> float:
    """The quietest 6-hour stretch's activity as a share of an average 6-hour stretch's (smoothed profile):
    ≈0.01–0.2 for a nightly sleeper, ≈0.7 where day and night weeks alternate; 1.0 for an empty profile."""
    sm = smooth(hist)
    n = len(sm)
    total = sum(sm)
    if not n or total <= 0:
        return 1.0
    window = sum(sm[:LULL_BINS])
    lo = window
    for s in range(n):
        window += sm[(s + LULL_BINS) % n] - sm[s]
        lo = min(lo, window)
    return lo / (total * LULL_BINS / n)


def circ_diff_hours(a: float, b: float) -> float:
    d = (a - b) % 24
    return d - 24 if d > 12 else d


def sleep_log_prior(mid_h: float | Sequence[float], lull: tuple[float, float] | None = None) -> float:
    """Log of the prior at the lull's centre (relative to the normal's peak, so ≤ 0): the MCTQ-based normal, with a
    floor for the :data:`LULL_DAY_SLEEP_SHARE` who sleep by day, for whom any hour is alike; for a set of equally
    quiet centres, the log of its average over them (an ill-defined lull constrains the offset only weakly).
    The floor bounds what a lull far from the night costs (≈ 4.6 nats): a night worker's day sleep cost ≈ 11
    nats under the normal alone, more than three declared British places weigh, so a London night nurse was
    placed in America once the activity's summer-time dates stopped counting each presence apart. ``lull``:
    another (mean, SD) in local hours, the person's own lull where it is known (a stay abroad read by the home's)."""
    mean, sd = lull or (LULL_MID_MEAN_H, LULL_MID_SD_H)
    centres = [mid_h] if isinstance(mid_h, (int, float)) else list(mid_h)
    # the uniform's density over 24 h, in units of the normal's peak density 1 / (σ √(2π)); none where the person's
    # own night is known: the day sleepers' floor is for a person the population's night may not fit (with it, a
    # three-month stay in New York was read on Berlin's clock again, a lull at 09:45 costing no more than the floor)
    flat = 0.0 if lull is not None else LULL_DAY_SLEEP_SHARE * sd * math.sqrt(2 * math.pi) / 24
    # the larger of the two, not their sum: the normal where it dominates (within ≈ 3 h of its mean, unchanged), the
    # day sleepers' floor beyond
    dens = [max(math.exp(-0.5 * (circ_diff_hours(c, mean) / sd) ** 2), flat) for c in centres]
    return math.log(max(sum(dens) / len(dens), 1e-300))


@dataclass
class Candidate:
    """Zones with the same offset on every active day, scored."""

    zones: list[str]
    segments: list[tuple[int, int, int]] = field(default_factory=list)  # (offset, first day idx, end idx)
    local: list[int] = field(default_factory=list)
    loglik: float = 0.0
    lull_mid: float = 0.0
    lull_spread_h: float = 0.0  # hours over which equally quiet 6-h stretches can be centred
    log_sleep: float = 0.0
    log_place: float = 0.0
    standard_q: int = 0
    observes_dst: bool = False
    posterior: float = 0.0
    # (index of the first day after it, quarter-hours, whether the zone's own clock is the later one): the one
    # change of the person's own clock this zone was fitted with (:mod:`.habit_steps`), or None
    habit_step: tuple[int, int, bool] | None = None
    # whether that change is the zone's own change of law the person's hours did not follow (the same UTC hours
    # on both sides: an Almaty resident who kept the +6 clock's hours after 2024-03-01), :mod:`.habit_steps`
    law_not_followed: bool = False

    @property
    def score(self) -> float:
        return self.loglik + self.log_sleep + self.log_place

    @property
    def activity_score(self) -> float:
        return self.loglik + self.log_sleep


#: months of a year whose 15th must be on summer time (the zone's own ``dst()``) for the year to keep summer time:
#: summer time lasts four months or more wherever it is kept, while Morocco's Ramadan hour (a month, negative in
#: tzdata) touches one or two samples at most
DST_MIN_MONTHS = 3


@lru_cache(maxsize=4096)
def _dst_rule(zone: str, year: int, last: date | None = None) -> tuple[int, bool]:
    """(standard offset in quarters, observes DST) of ``zone`` in ``year``.

    Summer time is read from the zone's own ``dst()`` (zoneinfo, from tzdata's isdst flags) on the 15th of each
    month at 12:00 UTC: :data:`DST_MIN_MONTHS` such days or more. Comparing 15 January with 15 July read a change
    of law as summer time: Asia/Almaty moved from +6 to +5 on 2024-03-01 and 2024 was "UTC+5 with summer time"
    (the thirtieth pass's T30B, M1), which :func:`law_periods` (no summer time) contradicted. The standard offset is
    the lesser of January's and July's where summer time is kept (Europe/Dublin's negative winter "DST" gives 0, as
    before) or where July is ahead of January (America/Nuuk 2023: −3 → −2 in March, tzdata's new standard offset,
    kept as the summer time it looks like), else the offset on ``last`` (the last active day, in ``year``) or
    31 December: the law in force at the end, as :func:`law_periods` names it ("UTC+5; UTC+6 until 29 Feb 2024")."""
    tz = zone_info(zone)
    summer = 0
    for month in range(1, 13):
        t = datetime(year, month, 15, 12, tzinfo=UTC).astimezone(tz)
        if t.dst():
            summer += 1
    jan, jul = _offset_q(tz, date(year, 1, 15)), _offset_q(tz, date(year, 7, 15))
    # a step forward into the northern summer that tzdata files as a new standard offset is read as summer time, as
    # before: America/Nuuk went −3 → −2 on 2023-03-25 and stayed, its 2023 clock that of −3 with summer time
    if summer >= DST_MIN_MONTHS or jul > jan:
        return min(jan, jul), True
    end = last if last is not None and last.year == year else date(year, 12, 31)
    return _offset_q(tz, end), False


#: zone.tab countries nobody lives in: Antarctica's research stations (AQ) keep clocks of their own, and one fits a
#: history only as a blend of two clocks people live on — Antarctica/Troll's summer time of 2 h (UTC+0, +2 from
#: March to October) is Berlin's summers and Tenerife's winters, or Chicago's and Phoenix's shifted (SEASONS2: "You
#: live on Troll Station time", asleep 06:30–14:00); Antarctica/Vostok a move Berlin → New York (the twenty-fourth
#: pass). Their zones are never candidates: the clocks they blend are read apart (periods.rhythm_seasons, regimes)
UNINHABITED_COUNTRIES = frozenset({"AQ"})


#: the last :func:`candidates` call's days and its groups as (zones, runs) tuples: a report asks for the zone groups
#: of the same days more than once (the clock's time zone, then clock_home's activity-only fit: 2 × ≈0.07 s of CPU
#: on the demo), and one entry is bounded (a few hundred groups)
_Groups = tuple[tuple[tuple[str, ...], tuple[tuple[int, int, int], ...]], ...]
_LAST_CANDIDATES: list[tuple[tuple[date, ...], _Groups]] = []


def candidates(days: Sequence[date]) -> list[Candidate]:
    """Zone groups for sorted active ``days`` as fresh :class:`Candidate` objects (the callers score them in place):
    the groups of :func:`_candidates`, computed once for the same days in a row."""
    key = tuple(days)
    if _LAST_CANDIDATES and _LAST_CANDIDATES[0][0] == key:
        groups = _LAST_CANDIDATES[0][1]
    else:
        groups = tuple((tuple(c.zones), tuple(c.segments)) for c in _candidates(key))
        _LAST_CANDIDATES[:] = [(key, groups)]
    return [Candidate(zones=list(zones), segments=list(segments)) for zones, segments in groups]


def _candidates(days: Sequence[date]) -> list[Candidate]:
    """Zone groups for sorted active ``days``: zones whose offsets agree on every one of them (the zones of
    :data:`UNINHABITED_COUNTRIES` left out).

    Offsets are sampled every :data:`SAMPLE_DAYS` days, and single days are checked only between two
    samples that differ: a change that reverts between two samples (12 in tzdata from 1890 to 2045,
    e.g. America/Noronha in October 2000, each under 14 days) is not seen, and its zones stay in
    the group of their neighbours on those days."""
    first, last = days[0], days[-1]
    samples = [first + timedelta(days=i) for i in range(0, (last - first).days + 1, SAMPLE_DAYS)] + [last]
    groups: dict[tuple[int, ...], Candidate] = {}
    # as _offset_q on every sample, with the local-noon datetimes built once and each distinct
    # signature of raw offsets converted to quarter-hours once (most zones share one with others)
    noons = [datetime(s.year, s.month, s.day, 12) for s in samples]
    to_quarters: dict[tuple[timedelta | None, ...], tuple[int, ...]] = {}
    for cc, zone in zone_table():
        if cc in UNINHABITED_COUNTRIES:
            continue
        try:
            tz = zone_info(zone)
        except (ZoneInfoNotFoundError, ValueError):
            continue
        raw = tuple(map(tz.utcoffset, noons))
        sig = to_quarters.get(raw)
        if sig is None:
            sig = to_quarters[raw] = tuple(round((off or timedelta(0)).total_seconds() / 900) for off in raw)
        group = groups.get(sig)
        if group is None:
            group = groups[sig] = Candidate(zones=[])
        group.zones.append(zone)
    sample_idx = [(d - first).days // SAMPLE_DAYS for d in days]
    # A candidate keeps its offsets as runs (offset, first day index, end index), never one offset per
    # active day: offsets change at DST transitions only, so the runs are ~2 per year, while the days of
    # a long archive are tens of thousands and the candidates hundreds (per-day offset lists for an
    # 80-year span of 29,000 active days raised a report's memory by ~190 MB here; issue 16). Runs of
    # the same day count are equal exactly when the per-day offsets are, so candidates group as before.
    refined: dict[tuple[tuple[int, int, int], ...], Candidate] = {}
    for sig, group in groups.items():
        base = [sig[i] for i in sample_idx]
        if min(sig) == max(sig):
            subgroups = {(): (base, group)}
        else:
            # zones that agree on the samples may still switch on different days between them: check
            # one by one only the days between two differing samples, one stretch of the sorted
            # sample_idx each (the zones of this group differ from ``base`` only there, so those days'
            # offsets tell its subgroups apart)
            unstable = [k for i in range(len(sig) - 1) if sig[i] != sig[i + 1]
                        for k in range(bisect_left(sample_idx, i), bisect_right(sample_idx, i))]
            subgroups = {}
            for zone in group.zones:
                tz = zone_info(zone)
                at = tuple(_offset_q(tz, days[k]) for k in unstable)
                entry = subgroups.get(at)
                if entry is None:
                    offs = list(base)
                    for k, o in zip(unstable, at, strict=True):
                        offs[k] = o
                    entry = subgroups[at] = (offs, Candidate(zones=[]))
                entry[1].zones.append(zone)
        for offs, sub in subgroups.values():
            key = _runs(offs)
            if key in refined:
                refined[key].zones.extend(sub.zones)
                continue
            sub.segments = list(key)
            refined[key] = sub
    return list(refined.values())


def _runs(offsets: Sequence[int]) -> tuple[tuple[int, int, int], ...]:
    """``(offset, first index, end index)`` of each run of equal values in ``offsets``."""
    segs: list[tuple[int, int, int]] = []
    start = 0
    for idx in range(1, len(offsets) + 1):
        if idx == len(offsets) or offsets[idx] != offsets[start]:
            segs.append((offsets[start], start, idx))
            start = idx
    return tuple(segs)


def local_profile(prefix: Mapping[int, Sequence[int]], segments: Sequence[tuple[int, int, int]]) -> list[int]:
    """The local 96-bin profile: each run of days with one offset, summed (``prefix[i]``: the 96 bins'
    sums over the first ``i`` days, needed at every run's first and end index), rotated by that offset."""
    out = [0] * QUARTERS
    for o, s, e in segments:
        a, b = prefix[s], prefix[e]
        for q in range(QUARTERS):
            c = b[q] - a[q]
            if c:
                out[(q + o) % QUARTERS] += c
    return out


def score_zones(day_hists: dict[date, Sequence[int]], prior: ZonePrior,
                lull: tuple[float, float] | None = None) -> list[Candidate]:
    """Every candidate group scored and sorted best first, with posterior probabilities.

    ``day_hists``: UTC date → 96 counts of (day, 15-minute bin) presences. ``lull``: (mean, SD) in local hours of
    where the lull's centre is expected, in place of the population's (:func:`sleep_log_prior`)."""
    days = sorted(day_hists)
    year = days[-1].year
    cands = candidates(days)
    # prefix sums of active (day, bin) presences, kept only at the day indexes where some candidate's
    # run of one offset starts or ends (a few per year), not at every day
    bounds = {i for c in cands for _o, s, e in c.segments for i in (s, e)}
    prefix: dict[int, list[int]] = {}
    sums = [0] * QUARTERS
    if 0 in bounds:
        prefix[0] = sums
    for i, d in enumerate(days, 1):
        sums = list(map(add, sums, map(truth, day_hists[d])))  # a bin with a record adds 1 (in C: issue 16)
        if i in bounds:
            prefix[i] = sums
    temper = activity_temper(len(days), sum(prefix[len(days)]))
    for c in cands:
        _fit(c, local_profile(prefix, c.segments), temper, lull)
        mass = sum(prior.probs.get(z, 0.0) for z in c.zones)
        c.log_place = math.log(mass) if mass > 0 else -1e9
        c.zones.sort(key=lambda z: -prior.probs.get(z, 0.0))
        c.standard_q, c.observes_dst = _dst_rule(c.zones[0], year, days[-1])
    from .habit_steps import fit_habit_steps  # here: habit_steps imports this module at load time

    fit_habit_steps(cands, prefix, day_hists, days, temper, lull)
    best = max(c.score for c in cands)
    total = sum(math.exp(c.score - best) for c in cands)
    for c in cands:
        c.posterior = math.exp(c.score - best) / total
    cands.sort(key=lambda c: -c.score)
    return cands


def activity_temper(days: int, presences: int) -> float:
    """The factor (0–1] the activity log-likelihood is scaled by: :data:`DAY_OBSERVATIONS` × active ``days`` ÷
    ``presences`` (15-minute bins with a record), at most 1.

    :func:`shape_loglik` counts every (day, bin) presence as an independent draw from the person's profile, but a
    day's presences are not independent: the whole day moves with that day's clock and habits (a late evening, a
    month of late nights). Untempered, the 12 presences of a day spoke 12 times for the offset that day had, so a
    month of late nights across the EU's spring change gained Africa/Cairo (whose summer time starts four weeks
    later) ≈ 9 nats over Berlin: more than the place prior set between them (the twenty-fifth pass's N3: a Berlin
    person reported as "Africa/Cairo", medium). Scaled so, a day weighs as one observation (an effective sample size
    of the active days): a sparse shopper's one order a day is unchanged, a heavy poster's day counts once."""
    if presences <= 0:
        return 1.0
    return min(1.0, DAY_OBSERVATIONS * days / presences)


def _fit(c: Candidate, local: list[int], temper: float = 1.0, lull: tuple[float, float] | None = None) -> None:
    """Set ``c``'s local profile and the activity terms of its score from it (the log-likelihood scaled by
    ``temper``, :func:`activity_temper`; ``lull``: the expected lull, :func:`sleep_log_prior`)."""
    c.local = local
    sm = smooth(local)  # one smoothing for the three readings (issue 16: each smoothed the profile again)
    c.loglik = temper * shape_loglik(local, sm)
    centres = lull_windows(local, sm)
    c.lull_mid = _circular_mean_hours(centres)
    c.lull_spread_h = len(centres) / 4
    c.log_sleep = sleep_log_prior(centres, lull)


def day_offsets(segments: Sequence[tuple[int, int, int]], n: int) -> list[int]:
    """The offset (quarter-hours) of each of ``n`` active days from a candidate's runs ``(offset, first, end)``."""
    out = [0] * n
    for o, s, e in segments:
        out[s:e] = [o] * (e - s)
    return out


def local_profile_days(day_hists: Mapping[date, Sequence[int]], days: Sequence[date], offs: Sequence[int],
                       cut: int, early: int, late: int) -> list[int]:
    """The local 96-bin profile of presences with day ``i``'s offset ``offs[i]`` plus ``early`` before ``cut`` and
    ``late`` from it on."""
    prof = [0] * QUARTERS
    for i, d in enumerate(days):
        add = early if i < cut else late
        for q, x in enumerate(day_hists[d]):
            if x:
                prof[(q + offs[i] + add) % QUARTERS] += 1
    return prof


def answer_mass(cands: Sequence[Candidate], chosen: Candidate) -> float:
    """Posterior mass of every candidate giving the same standard offset and DST answer."""
    return sum(c.posterior for c in cands
               if c.standard_q == chosen.standard_q and c.observes_dst == chosen.observes_dst)


def zone_country(zone: str) -> str | None:
    return zone_countries().get(zone)


__all__ = ["LULL_MID_MEAN_H", "LULL_MID_SD_H", "Candidate", "MovedZone", "Regime", "answer_mass", "candidates",
           "lull_mid_hours", "lull_windows", "move_day", "regimes", "score_zones", "shape_loglik", "sleep_log_prior",
           "smooth"]


#: how many nats the activity must prefer the answer over a rival zone of the same country by for the
#: country's population not to be what decides (the sleep prior moves a 1.5-hour shift by ≤ 0.75)
RIVAL_ACTIVITY_MARGIN = 1.0
#: the least posterior a rival zone of the same country needs to count …
RIVAL_MIN_POSTERIOR = 0.02
#: … and the least share of the country's people living in it (the Chatham Islands' 600 are no rival to
#: Auckland, only the even share every zone of a country gets made them look like one)
RIVAL_MIN_PEOPLE = 0.02
#: … or, where the answer and the rival were both fitted with one change of the person's clock and the rival is one
#: step from the answer (a move inside the country: :func:`rivals_in_country`), this share: the gazetteer's towns
#: hold 0.3 % of Portugal's people on the Azores' clock (there, ≈ 2 %) and 1.5 % of Mexico's on Cancún's, both
#: clocks moved to; Fernando de Noronha's few thousand (Brazil's UTC−2) are still no rival
RIVAL_MIN_PEOPLE_MOVED = 0.002
#: … unless the activity keeps this much of the posterior on it all the same: the posterior already weighs the
#: zone's few people, so a clock holding a tenth of it is one the evidence leaves open (T33A M1: a Honolulu
#: sleeper with US IPs held 30 % on Pacific/Honolulu — 0.4 % of the country's people, fitted 0.36 nat better than
#: America/Phoenix — and was read on Phoenix's clock, 3 h off, with no word of Honolulu)
RIVAL_FEW_PEOPLE_POSTERIOR = 0.10
#: … or where the activity fits it within this many nats of the best-fitting clock of the country (a tie: the activity
#: alone cannot tell them, only the head count chose). An Anchorage sleeper with US IPs fits Anchorage's clock
#: 0.04–0.08 nat below Los Angeles' (4–5 % of the posterior, 0.2 % of the people) and was read on "Los Angeles
#: time … to Chicago time", Anchorage left out though Chicago, 0.8 nat worse, was open (HOME44 3: a Singapore
#: exit's gap said "13–15 h", not Anchorage's 16 h); a Los Angeles sleeper fits Anchorage's 0.4 nat worse than
#: Denver's, and a clock under RIVAL_MIN_POSTERIOR (Chatham's beside Auckland's) is no rival whatever its fit
RIVAL_FEW_PEOPLE_TIE = 0.2
#: … where the zone holds at least this share of the country's people: a town's clock, not an island's (the Chatham
#: Islands' 600, 0.001 % of New Zealand's, fit an Auckland sleeper as well as Auckland's; Anchorage and Juneau hold
#: 0.18 % of the United States')
RIVAL_TIE_MIN_PEOPLE = 0.001


def rivals_in_country(cands: Sequence[Candidate], best: Candidate) -> list[tuple[Candidate, str]]:
    """Every candidate with another answer (offset or DST) in the answer's own country that the activity
    does not tell apart from it (by :data:`RIVAL_ACTIVITY_MARGIN`), likeliest first, each with its zone in
    that country (the largest of them by people; one per answer): ``[]`` where there is none. A US clock
    may fit New York, Chicago and Los Angeles alike (the twenty-first pass's first tester: only Chicago was
    named, Los Angeles held 23 %). A zone of under :data:`RIVAL_MIN_PEOPLE` of the country's people counts where the
    activity fits it better by half the margin or it keeps :data:`RIVAL_FEW_PEOPLE_POSTERIOR` of the posterior
    (Honolulu beside Phoenix, T33A M1) or, holding :data:`RIVAL_TIE_MIN_PEOPLE`, fits within
    :data:`RIVAL_FEW_PEOPLE_TIE` of the country's best-fitting clock (Anchorage beside Los Angeles, HOME44), or
    where the answer and the zone were both fitted with one change of the person's clock (``habit_step``: a move
    inside the country, Lisbon → Azores), whatever its people or posterior."""
    countries = zone_countries()
    country = countries.get(best.zones[0])
    people = zone_populations().get(country or "", {})
    total = sum(people.values())
    found: list[tuple[Candidate, str]] = []
    seen = {(best.standard_q, best.observes_dst)}
    # the person's own clock changed once (the answer fitted with a habit step, not a change of law its hours did not
    # follow) and a rival fits that change alike: a move inside the country, which goes to any of its clocks — the few
    # people of the Azores or Cancún, which the posterior already weighs, are no reason to leave out the clock moved
    # to (T40B: Lisbon → Azores "Lisbon time", high; Mexico City → Cancún's hedge named Mazatlán, not Cancún)
    moved = best.habit_step is not None and not best.law_not_followed
    # the best fit of any of the country's clocks: a clock of few people tied with it is open (RIVAL_FEW_PEOPLE_TIE)
    top = max((c.activity_score for c in cands if any(countries.get(z) == country for z in c.zones)),
              default=best.activity_score)
    for c in cands[1:]:
        # … a clock one step from the answer's (the other side of that change); a clock two steps off (Rio Branco
        # beside São Paulo for a move to Manaus) is weighed as for anyone else
        stepped_too = moved and c.habit_step is not None and best.habit_step is not None \
            and abs(c.standard_q - best.standard_q) <= abs(best.habit_step[1])
        if c.posterior < RIVAL_MIN_POSTERIOR and not stepped_too:
            if moved:
                continue
            break  # sorted best first: every later one is less likely still
        if (c.standard_q, c.observes_dst) in seen:
            continue
        same = [z for z in c.zones if countries.get(z) == country] if country is not None else []
        # a zone of few people still counts where the activity fits it better than the answer by half the margin
        # (St. John's beside Toronto for a Newfoundlander with Canadian IPs; the twenty-fourth pass's second tester)
        share = sum(people.get(z, 0) for z in same) / total if total else 1.0
        if not same or (share < RIVAL_MIN_PEOPLE_MOVED if stepped_too else
                        share < RIVAL_MIN_PEOPLE and c.activity_score - best.activity_score < RIVAL_ACTIVITY_MARGIN / 2
                        and c.posterior < RIVAL_FEW_PEOPLE_POSTERIOR
                        and (top - c.activity_score > RIVAL_FEW_PEOPLE_TIE or share < RIVAL_TIE_MIN_PEOPLE)):
            continue
        if best.activity_score - c.activity_score < RIVAL_ACTIVITY_MARGIN:
            seen.add((c.standard_q, c.observes_dst))
            found.append((c, max(same, key=lambda z: people.get(z, 0))))
    return found


#: the longest winter (days) between the end of summer time and a new standard offset that is still the summer-time
#: law's own winter (:func:`law_periods`): half a year, a northern or southern winter at most
LAST_WINTER_DAYS = 183


def law_periods(zone: str, first: date, last: date) -> list[dict[str, Any]]:
    """The zone's law over ``first`` to ``last`` (the home clock's active days), oldest first:
    ``[{"from", "until" (ISO dates, inclusive), "utc_offset_hours" (standard), "observes_dst"}]``, one entry where
    the law did not change. A change is a new standard offset (Europe/Istanbul: UTC+2 until 6 Sep 2016, UTC+3 since;
    Pacific/Apia: UTC−11 until 29 Dec 2011; Asia/Almaty: UTC+6 until 29 Feb 2024) or the end or start of summer
    time (America/Mexico_City: summer time until 29 Oct 2022), read from the zone database (zoneinfo) at 12:00 UTC
    of each day (≤ 3,653 days: :data:`~.zoneprior.CLOCK_MAX_YEARS` years at most are fitted). The finding named such
    a zone by today's offset only (the twenty-eighth pass's third tester, L1)."""
    tz = zone_info(zone)
    if last < first or (last - first).days > 3653:
        first = max(first, last - timedelta(days=3653))
    days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    def law(d: date) -> tuple[int, bool]:  # (standard offset in minutes, summer time on that day)
        t = datetime(d.year, d.month, d.day, 12, tzinfo=UTC).astimezone(tz)
        own = t.dst() or timedelta(0)
        return int(((t.utcoffset() or timedelta(0)) - own).total_seconds() // 60), own != timedelta(0)

    std: list[int] = []
    dst: list[bool] = []
    for d in days:
        s_, x_ = law(d)
        std.append(s_)
        dst.append(x_)
    # summer time kept in a year, per standard offset: read over the whole calendar year, not the export's days in
    # it — an export ending in February (or starting in November) holds only winter days of its last (first) year,
    # which read as a year without summer time, a law change that never was (the twenty-eighth pass's last tester:
    # "UTC+1 with summer time until 26 Oct 2024" for Berlin)
    # A clock put back for a month or so (tzdb Africa/Casablanca since 2019: +01, +00 during Ramadan, filed as a
    # negative summer time of a +01 standard) is no summer-time law: 2019 read "UTC+1 with summer time", a law apart
    # from Oct-Dec 2018's "UTC+1" (T33A L2); :func:`clock_back` says that hour. A negative summer time kept half the
    # year (Europe/Dublin's winter) is summer time, as before
    kept: set[tuple[int, int]] = set()
    for year in sorted({d.year for d in days}):
        day = date(year, 1, 1)
        back: Counter[int] = Counter()
        while day.year == year:
            s_, x_ = law(day)
            if x_ and _offset_q(tz, day) * 15 > s_:
                kept.add((year, s_))
            elif x_:
                back[s_] += 1
            day += timedelta(days=1)
        kept.update((year, s_) for s_, n in back.items() if n >= SHORT_BACK_MAX_DAYS)
    keys = [(s, (d.year, s) in kept) for d, s in zip(days, std, strict=True)]
    out: list[dict[str, Any]] = []
    start = 0
    for i in range(1, len(days) + 1):
        if i < len(days) and keys[i] == keys[start]:
            continue
        end = i - 1
        if i < len(days) and keys[start][1] and not keys[i][1] and keys[i][0] == keys[start][0]:
            # summer time ended for good: the period ends on its last summer day, not on 31 December
            end = max(j for j in range(start, i) if dst[j])
        out.append({"from": days[start].isoformat(), "until": days[end].isoformat(),
                    "utc_offset_hours": keys[start][0] / 60, "observes_dst": keys[start][1]})
        if end < i - 1:
            out.append({"from": days[end + 1].isoformat(), "until": days[i - 1].isoformat(),
                        "utc_offset_hours": keys[start][0] / 60, "observes_dst": False})
        start = i
    merged: list[dict[str, Any]] = []
    for p in out:  # the days after summer time ended, joined to the next period on the same law
        if merged and (merged[-1]["utc_offset_hours"], merged[-1]["observes_dst"]) == (
                p["utc_offset_hours"], p["observes_dst"]):
            merged[-1]["until"] = p["until"]
        else:
            merged.append(p)
    # the last winter of a summer-time law that ended with a new standard offset is that law's winter, not a law of
    # its own (tzdb Europe/Moscow: UTC+3 with summer time until 27 Mar 2011, then UTC+4 all year — "UTC+3 until 26
    # Mar 2011" read as a fourth law between them, T33A L3); a winter after which the offset stays is the law's end
    # (America/Mexico_City since Oct 2022) and is kept
    for k in range(len(merged) - 2, 0, -1):
        before, p, after = merged[k - 1], merged[k], merged[k + 1]
        if (before["observes_dst"] and not p["observes_dst"]
                and before["utc_offset_hours"] == p["utc_offset_hours"] != after["utc_offset_hours"]
                and (date.fromisoformat(p["until"]) - date.fromisoformat(p["from"])).days < LAST_WINTER_DAYS):
            before["until"] = p["until"]
            del merged[k]
    return merged


#: the most days a year a zone's clock may be put back (a negative summer time, tzdb isdst with a lesser offset) for
#: that to be a clock put back for a while (:func:`clock_back`: Morocco's Ramadan hour, 29-37 days) and not the
#: winter of a law filed with its summer as standard time (Europe/Dublin: ~150 days)
SHORT_BACK_MAX_DAYS = 3 * 30
#: the least share of such days inside a Ramadan (:func:`dataexam.calendars.ramadans`, widened by 2 days) for the
#: hour to be said "during Ramadan": Morocco's starts the Sunday before and ends the Sunday after Eid al-Fitr
#: (2024-03-10 → 04-14 against Ramadan 03-11 → 04-09), 33 of 35 days inside
RAMADAN_SHARE = 0.75


def clock_back(zone: str, first: date, last: date) -> dict[str, Any] | None:
    """A clock the zone's law puts back for a short while each year over ``first`` to ``last``:
    ``{"utc_offset_hours": the offset then (hours east of UTC), "ramadan": whether those days fall in Ramadan}``,
    or None where there is no such hour. tzdb Africa/Casablanca (and Africa/El_Aaiun)
    since 2019: UTC+1 (permanent since 28 Oct 2018), put back to UTC+0 from the Sunday before Ramadan to the Sunday
    after it (2024: 10 Mar → 14 Apr); tzdata files that hour as a negative summer time of a +01 standard. Read from
    zoneinfo at 12:00 UTC of each day (≤ 3,653 days): days with a negative ``dst()``, in a year that has fewer than
    :data:`SHORT_BACK_MAX_DAYS` of them (Europe/Dublin's negative winter is summer time, not this). The finding
    said "UTC+1" with no word of the hour (T33A L2), as it says "with summer time" elsewhere."""
    from ..calendars import ramadans  # a leaf module; imported here as the clock finding alone needs it

    tz = zone_info(zone)
    if last < first:
        return None
    first = max(first, last - timedelta(days=3653))

    def back_minutes(x: date) -> int | None:  # the offset (minutes) where the clock is put back on day x, else None
        t = datetime(x.year, x.month, x.day, 12, tzinfo=UTC).astimezone(tz)
        return int((t.utcoffset() or timedelta(0)).total_seconds() // 60) if (t.dst() or timedelta(0)) < timedelta(
            0) else None

    back: list[date] = []
    offs: Counter[int] = Counter()
    for year in range(first.year, last.year + 1):
        # counted over the whole calendar year: an export ending in February holds only part of Dublin's winter
        marked = [(x, m) for x in _year_days(year) if (m := back_minutes(x)) is not None]
        if len(marked) >= SHORT_BACK_MAX_DAYS:
            continue
        for x, m in marked:
            if first <= x <= last:
                back.append(x)
                offs[m] += 1
    if not back:
        return None
    spans = ramadans(first, last)
    inside = sum(1 for x in back if any(p.first <= x <= p.last for p in spans))
    return {"utc_offset_hours": offs.most_common(1)[0][0] / 60, "ramadan": inside / len(back) >= RAMADAN_SHARE}


def _year_days(year: int) -> list[date]:
    start = date(year, 1, 1)
    return [start + timedelta(days=i) for i in range((date(year + 1, 1, 1) - start).days)]


#: natural-log points of activity fit by which another clock of the answer's country must fit better to lower the
#: answer (:func:`fits_as_well_in_country`). Clocks 45–90 min apart differ by 0.04–0.08 for a person on the
#: majority's own clock (invented ordinary sleepers in Toronto, Auckland, Sydney, 2022–24, ~4 records a day), by
#: 0.26 and 0.66 for a Chatham Islander and a Newfoundlander against Auckland and Toronto: "as well" taken
#: literally (0) lowered every such majority answer too (Auckland high → low), since the fit of neighbouring clocks
#: is a coin toss at this scale. 0.5, not 0.2: a late sleeper in Spain (case 19) fits the Canaries' clock 0.47
#: better, as most of Spain would — the country keeps Central European time an hour east of its sun, and its people
#: sleep late by it — so that fit is no sign of the Canaries; at 0.2 every late sleeper in Spain was low. The
#: Newfoundlander (0.66) is lowered; a Chatham Islander (0.26) without a declared town is not (with one, the town
#: names Chatham's own clock)
BETTER_FIT = 0.5


def fits_as_well_in_country(cands: Sequence[Candidate], best: Candidate) -> list[tuple[Candidate, str]]:
    """Every candidate on another clock (offset or DST) in the answer's own country whose activity fit is better
    than the answer's (by :data:`BETTER_FIT`), whatever its posterior, each with its zone in that
    country (the largest by people; one per clock), best fit first: ``[]`` where there is none. Only the country's
    people then put the answer on the majority's clock — St. John's (−3:30) fits a Newfoundlander's records better
    than Toronto, Chatham (+12:45) a Chatham Islander's better than Auckland, yet each held a posterior of 2–6 %
    (the twenty-eighth pass's third tester, H1: "Toronto time", medium, 1 h 30 min off)."""
    countries = zone_countries()
    country = countries.get(best.zones[0])
    if country is None:
        return []
    people = zone_populations().get(country, {})
    found: list[tuple[Candidate, str]] = []
    seen = {(best.standard_q, best.observes_dst)}
    for c in sorted(cands, key=lambda c: -c.activity_score):
        if c.activity_score < best.activity_score + BETTER_FIT:
            break
        if (c.standard_q, c.observes_dst) in seen:
            continue
        same = [z for z in c.zones if countries.get(z) == country]
        if same:
            seen.add((c.standard_q, c.observes_dst))
            found.append((c, max(same, key=lambda z: people.get(z, 0))))
    return found


#: a shift of the quiet hours (in UTC) between two parts of the period from which one zone fits neither:
#: DST moves them by an hour at most
MOVE_SHIFT_H = 2.5
#: the parts the period is cut into to look for such a shift, and the least active days a part needs
MOVE_PARTS = 4
MOVE_MIN_DAYS = 30
#: a part whose quietest 6-hour stretch holds more than this share of an average stretch's activity has no
#: nightly lull to compare: a rotating-shift worker's quarter of day weeks and night weeks (0.6–0.7 measured on the
#: twenty-third pass's tester's input), against 0.01–0.2 for a regular sleeper's quarter, a trip's quarter included
LULL_DEPTH_MAX = 0.4


# A day's presences (a bin with a record: 1, else 0) packed into one integer, a 16-bit field per quarter-hour
# (bin q at bits 16q…16q+15), so the presences of many days add up as integers, in C, with no carry between bins while
# fewer than 2¹⁶ days are summed: the clock asks for the presences of overlapping spans of the same days hundreds of
# times in a report (each regime, block, part, exit and move reading; issue 16, PERF27: 217 calls, ~4 % of the demo
# report's CPU time, 96 additions a day each). Keyed by the day's bytes (the clock's ``array("I")`` of 96 counts), so a
# day's packing is reused whatever mapping holds it and never outlives a change of its counts; emptied when full.
_PRESENCE_FIELD = "H"
_PRESENCE_DAYS_MAX = (1 << 16) - 1
_PRESENCE_CACHED = 8192  # ≈0.5 KB each: 22 years of distinct days
_presence: dict[bytes, int] = {}
_FIELD_BYTES = array(_PRESENCE_FIELD).itemsize


def _packed_presence(counts: array) -> int:
    """One day's 96 counts (an integer ``array`` of :data:`QUARTERS` items) as its presences packed into one integer
    (see above), cached by the array's bytes."""
    key = counts.tobytes()
    packed = _presence.get(key)
    if packed is None:
        if len(_presence) >= _PRESENCE_CACHED:
            _presence.clear()
        packed = _presence[key] = int.from_bytes(array(_PRESENCE_FIELD, map(truth, counts)).tobytes(), sys.byteorder)
    return packed


def presence_hist(day_hists: Mapping[date, Sequence[int]], days: Sequence[date]) -> list[int]:
    """The 96 UTC quarter-hours' presences over ``days``: how many of them had a record in each."""
    hists = [day_hists[d] for d in days]
    if len(hists) <= _PRESENCE_DAYS_MAX and all(
            type(h) is array and h.typecode in _INTEGER_CODES and len(h) == QUARTERS for h in hists):
        total = sum(map(_packed_presence, hists))  # type: ignore[arg-type]
        return array(_PRESENCE_FIELD, total.to_bytes(QUARTERS * _FIELD_BYTES, sys.byteorder)).tolist()
    hist = [0] * QUARTERS
    for h in hists:
        hist = list(map(add, hist, map(truth, h)))  # a bin with a record adds 1 (in C: issue 16)
    return hist


def quiet_hours_shift(day_hists: dict[date, Sequence[int]]) -> tuple[date, date, date, date, float] | None:
    """The largest shift of the quiet hours' centre (UTC hours, :func:`lull_mid_hours`) between two of
    :data:`MOVE_PARTS` consecutive parts of the active days holding :data:`MOVE_MIN_DAYS` days each, as
    ``(first part's first day, its last, second part's first day, its last, hours)``; ``None`` when the
    period is too short to cut. A move (Berlin to New York) shifts it by the zones' difference; one zone
    fitted to the whole period hid that (the time-zone sweep: Berlin, high, for a person in New York for
    the last five of twenty months)."""
    days = sorted(day_hists)
    size = len(days) // MOVE_PARTS
    if size < MOVE_MIN_DAYS:
        return None
    parts = []
    for k in range(MOVE_PARTS):
        chunk = days[k * size:(k + 1) * size] if k < MOVE_PARTS - 1 else days[k * size:]
        hist = presence_hist(day_hists, chunk)
        if lull_depth(hist) <= LULL_DEPTH_MAX:
            parts.append((chunk[0], chunk[-1], lull_mid_hours(hist)))
        # else no lull: a rotating shift's quarter flips between its two modes' centres on sampling noise, which
        # was said as "a move, a long stay elsewhere or a new rhythm" (the twenty-third pass's first tester)
    best: tuple[date, date, date, date, float] | None = None
    for i, (a0, a1, ma) in enumerate(parts):
        for b0, b1, mb in parts[i + 1:]:
            shift = circ_diff_hours(mb, ma)
            if best is None or abs(shift) > abs(best[4]):
                best = (a0, a1, b0, b1, shift)
    return best


def utc_profile(day_hists: Mapping[date, Sequence[int]], days: Sequence[date]) -> list[float]:
    """Log of the smoothed share of ``days``' presences in each UTC quarter-hour (with :data:`FLOOR`): a list of
    :data:`QUARTERS` floats (natural logs, each < 0), the clock regimes' profile that days are scored against (also
    read by :mod:`.proxies` for a stay's own profile and by :mod:`.periods`). ``days`` with no presences give the
    uniform share."""
    hist = presence_hist(day_hists, days)
    total = sum(hist) or 1
    return [math.log((1 - FLOOR) * s / total + FLOOR / QUARTERS) for s in smooth(hist)]


def move_day(day_hists: Mapping[date, Sequence[int]], moved: tuple[date, date, date, date, float]) -> date:
    """The first day of the later clock, for a :func:`quiet_hours_shift` ``moved``: the change point between the
    earlier part's UTC profile and the later part's. Each day from the earlier part's first to the later part's
    last scores how much better its presences fit the later profile than the earlier one; the move is the day from
    which on the sum of those scores is largest (a two-regime fit; the parts are quarters of the period, so the
    move can be anywhere between or inside them: the tester's move on 1 April was dated 14 February, the start
    of the last quarter, and six Berlin weeks were read on New York's clock)."""
    a0, a1, b0, b1, _shift = moved
    days = sorted(d for d in day_hists if a0 <= d <= b1)
    log_a = utc_profile(day_hists, [d for d in days if d <= a1])
    log_b = utc_profile(day_hists, [d for d in days if d >= b0])
    gain = [sum(lb - la for c, la, lb in zip(day_hists[d], log_a, log_b) if c) for d in days]
    best_at, best, run = len(days) - 1, -math.inf, 0.0
    for i in range(len(days) - 1, -1, -1):
        run += gain[i]
        if run > best:
            best_at, best = i, run
    return days[best_at] if days else b0


class MovedZone(tzinfo):
    """One person's clock across a move: ``before``'s offsets until ``switch`` (a UTC instant), ``after``'s from
    then on. ``key`` is the later zone's name (what the report names the clock by). A ``tzinfo``, so every
    finding that reads local times (sleep, late nights, routine, late-night buying) reads each period on the clock
    the person lived by then (the twenty-fourth pass's second tester: a Berlin → New York move gave one zone for
    both halves, Antarctica/Vostok, and twenty "late nights" that were New York evenings).

    Several periods (a stay abroad and back, two moves): :meth:`of_periods`, ``zones[i]`` from ``switches[i - 1]``
    on; ``before``/``after``/``switch`` are then the first zone, the last and the first switch."""

    def __init__(self, before: tzinfo, after: tzinfo, switch: datetime, *, more: Sequence[tuple[datetime, tzinfo]]
                 = (), key: str | None = None) -> None:
        self.zones: list[tzinfo] = [before, after, *(z for _s, z in more)]
        self.switches = [s.astimezone(UTC).replace(tzinfo=None) for s in (switch, *(s for s, _z in more))]  # naive UTC
        if any(b <= a for a, b in zip(self.switches, self.switches[1:])):
            raise ValueError("MovedZone: the switches must be in order")
        self.before, self.after = before, self.zones[-1]
        self.switch = self.switches[0]
        self.key = key or str(getattr(self.after, "key", self.after))

    @classmethod
    def of_periods(cls, first: tzinfo, later: Sequence[tuple[datetime, tzinfo]], key: str | None = None) -> tzinfo:
        """``first`` until the first ``(switch, zone)`` of ``later``, each ``zone`` from its ``switch`` (a UTC
        instant, in order) on; ``key``: the name the report calls the clock by (default: the last zone's). With
        no switch, ``first`` itself. Raises ``ValueError`` where the switches are out of order."""
        if not later:
            return first
        return cls(first, later[0][1], later[0][0], more=later[1:], key=key)

    def _periods_of(self, naive: datetime) -> list[int]:
        """The periods whose zone puts the wall time ``naive`` inside them: one, or two where a move west repeats
        the hours around the switch (none where a move east skips them)."""
        out = []
        for i, zone in enumerate(self.zones):
            utc = naive - (zone.utcoffset(naive) or timedelta(0))
            if (i == 0 or utc >= self.switches[i - 1]) and (i == len(self.switches) or utc < self.switches[i]):
                out.append(i)
        return out

    def _at_local(self, dt: datetime | None) -> tzinfo:
        if dt is None:
            return self.after
        naive = dt.replace(tzinfo=None)
        found = self._periods_of(naive)
        if found:
            # a repeated wall time: the earlier period's, or the later one's where fromutc set ``fold`` (as zoneinfo
            # does for the hour repeated when summer time ends)
            return self.zones[found[-1] if dt.fold and len(found) > 1 else found[0]]
        # a skipped wall time: the first period whose zone puts it before that period's end (as with one switch)
        for i, zone in enumerate(self.zones):
            utc = naive - (zone.utcoffset(naive) or timedelta(0))
            if i == len(self.switches) or utc < self.switches[i]:
                return zone
        return self.after  # pragma: no cover - the loop returns at the last zone

    def utcoffset(self, dt: datetime | None) -> timedelta | None:
        return self._at_local(dt).utcoffset(None if dt is None else dt.replace(tzinfo=None))

    def dst(self, dt: datetime | None) -> timedelta | None:
        return self._at_local(dt).dst(None if dt is None else dt.replace(tzinfo=None))

    def tzname(self, dt: datetime | None) -> str | None:
        return self._at_local(dt).tzname(None if dt is None else dt.replace(tzinfo=None))

    def fromutc(self, dt: datetime) -> datetime:
        naive = dt.replace(tzinfo=None)
        i = bisect_right(self.switches, naive)
        local = naive.replace(tzinfo=UTC).astimezone(self.zones[i]).replace(tzinfo=self)
        found = self._periods_of(local.replace(tzinfo=None, fold=0))
        if len(found) > 1 and found[-1] == i:
            local = local.replace(fold=1)  # the second time this wall time came round: the later period's
        return local

    def __repr__(self) -> str:
        if len(self.zones) == 2:
            return f"MovedZone({self.before!r} → {self.after!r} at {self.switch:%Y-%m-%d %H:%M} UTC)"
        steps = " ".join(f"→ {z!r} at {s:%Y-%m-%d}" for s, z in zip(self.switches, self.zones[1:]))
        return f"MovedZone({self.zones[0]!r} {steps} UTC)"


# -- regimes: the history cut where the daily clock changes (a stay abroad, a move, a move back) ----------------
#: the blocks the history is cut into to find the clocks lived by (days of the calendar, not active days)
REGIME_BLOCK_DAYS = 28
#: the least calendar span of a regime: a week's trip or a few late nights never make one (a month abroad does)
REGIME_MIN_DAYS = 28
#: … and the least active days it needs for a zone to be fitted to it alone
REGIME_MIN_ACTIVE = 14
#: cost of a cut (nats): a day or two that fit another clock better (a late night, a flight) do not pay for one
REGIME_CUT_NATS = 40.0
#: blocks whose quiet hours' centres (UTC) lie within this of a clock's are that clock's: summer time moves them by
#: an hour, a new working rhythm by up to one; a move between zones at least :data:`MOVE_SHIFT_H` apart is another
REGIME_JOIN_H = 1.5
REGIME_ROUNDS = 3
#: a wake of up to this many quarter-hours inside the night (as sleep.SPLIT_WAKE_BINS: 1.5 h) between two quiet
#: stretches of at least REGIME_BRIDGE_SIDE_BINS each leaves the night where it was: a month up for a meal at
#: 04:00 inside a 23:00-07:00 night moved the quietest 6 h to 22:00-04:00 and read it as a stay on UTC+2 (T31C N6)
REGIME_BRIDGE_BINS = 6
REGIME_BRIDGE_SIDE_BINS = 4
#: a quarter-hour is quiet for the bridged night where its presences are at most this share of the mean's
REGIME_QUIET_SHARE = 0.2


@dataclass
class Regime:
    """One period lived on one clock: its first and last active day (UTC dates, inclusive) and its days."""

    first: date
    last: date
    days: list[date]
    lull_utc: float = 0.0
    #: the instant (UTC, aware) from which on this period's clock is read: within its first active day or the
    #: previous period's last, between the quarter-hours that fit the earlier clock and those that fit this one
    #: (a flight home's last evening abroad falls on the next UTC day); None for the first period
    start: datetime | None = None
    #: the login-IP country that set this period apart from its neighbour on a clock under 2.5 h away (a move
    #: Mexico City → Bogotá, Bali → Bangkok: ``periods.split_at_ip_moves``), else None
    country: str | None = None
    #: the zone of the shipping addresses that set this period apart from its neighbour on one country's other
    #: clock (New York → Los Angeles: ``periods.split_at_shipping_moves``), else None
    zone: str | None = None
    #: the season of two seasonal homes read from the daily rhythm alone (``periods.rhythm_seasons``: "S" for the
    #: northern summers' clock, "W" for the winters'), else None: the logins name no two countries then (Chicago
    #: summers and Phoenix winters, every login "US"), so the season, not the country, tells the homes apart
    season: str | None = None


def _day_fit(hist: Sequence[int], logp: Sequence[float]) -> float:
    return sum(logp[q] for q in compress(range(QUARTERS), hist))


def bridged_night_mid(hist: Sequence[float], bridge: bool = True) -> float | None:
    """Centre (hours of ``hist``'s clock) of the longest quiet stretch of a 96-bin presence profile, quiet stretches
    of at least :data:`REGIME_BRIDGE_SIDE_BINS` bins joined across active gaps of at most
    :data:`REGIME_BRIDGE_BINS` (a short wake inside the night: the night's bedtime and rising stay where they
    were; not joined with ``bridge`` False); a bin is quiet at ≤ :data:`REGIME_QUIET_SHARE` of the mean bin. None
    without a quiet and an active bin, or where the stretch lasts under 3 h or over 14 h. One pass round the
    circle."""
    n = len(hist)
    total = sum(hist)
    if not n or total <= 0:
        return None
    thr = REGIME_QUIET_SHARE * total / n
    quiet = [c <= thr for c in hist]
    if all(quiet) or not any(quiet):
        return None
    first_active = quiet.index(False)
    runs: list[tuple[int, int]] = []  # (start, length) of the quiet runs, in circular order from an active bin
    i = 0
    while i < n:
        q = (first_active + i) % n
        if quiet[q]:
            j = i
            while j < n and quiet[(first_active + j) % n]:
                j += 1
            runs.append((q, j - i))
            i = j
        else:
            i += 1
    if not runs:
        return None
    best: tuple[int, int] = max(runs, key=lambda r: r[1])
    k = len(runs)
    for a in range(k if bridge else 0):  # join onward from each run while the gap is a short wake, both sides long
        start, end = runs[a][0], runs[a][0] + runs[a][1]
        if runs[a][1] < REGIME_BRIDGE_SIDE_BINS:
            continue
        for b in range(a + 1, a + k):
            s2, l2 = runs[b % k]
            s2 = s2 if s2 >= start else s2 + n
            while s2 < end:
                s2 += n
            if s2 - end > REGIME_BRIDGE_BINS or l2 < REGIME_BRIDGE_SIDE_BINS or s2 + l2 - start > MAX_NIGHT_BINS:
                break
            end = s2 + l2
        if end - start > best[1]:
            best = (start, end - start)
    if not 12 <= best[1] <= MAX_NIGHT_BINS:
        return None
    return ((best[0] + best[1] / 2) / 4) % 24


#: the longest night :func:`bridged_night_mid` reads (14 h, as the sleep window's longest)
MAX_NIGHT_BINS = 56


def _same_night_woken(a: Sequence[float], b: Sequence[float]) -> bool:
    """Whether one of two presence profiles is the other's night broken by a short wake (T31C N6): its night,
    joined across the wake (:func:`bridged_night_mid`), is centred where it was not joined (the wake moved the
    quietest stretch), and within :data:`REGIME_JOIN_H` of the other's night, not joined — bedtime and rising kept.
    A school year's nights beside its silent school hours joined are no wake: only the woken side is joined."""
    for woken, other in ((a, b), (b, a)):
        joined, plain = bridged_night_mid(woken), bridged_night_mid(woken, bridge=False)
        there = bridged_night_mid(other, bridge=False)
        if joined is not None and there is not None and (plain is None or abs(circ_diff_hours(joined, plain)) > 0.5) \
                and abs(circ_diff_hours(joined, there)) <= REGIME_JOIN_H:
            return True
    return False


def regimes(day_hists: Mapping[date, Sequence[int]]) -> list[Regime]:
    """The history cut into periods each lived on one clock, oldest first; one period where it never changed.

    1. The calendar is cut into blocks of :data:`REGIME_BLOCK_DAYS`; each block with a nightly lull
       (:func:`lull_depth` ≤ :data:`LULL_DEPTH_MAX`) and :data:`REGIME_MIN_ACTIVE` active days gives the centre of
       its quiet hours in UTC. Blocks within :data:`REGIME_JOIN_H` of a clock's centre are that clock (summer time
       moves the centre by an hour, so it is never a clock of its own).
    2. Each day is scored against each clock's UTC profile (:func:`utc_profile`: log share of presences per
       quarter-hour); a Viterbi pass over the days picks each day's clock at a cost of :data:`REGIME_CUT_NATS` per
       change, runs shorter than :data:`REGIME_MIN_DAYS` are given to the better-fitting neighbour, and the
       profiles are refitted to the days each clock got (:data:`REGIME_ROUNDS` rounds).
    3. Neighbouring periods whose quiet hours lie under :data:`MOVE_SHIFT_H` apart beside their change (the same
       season on both sides, :func:`_edge_mids`) are one.

    Cost: O(days × clocks) per round over the active bins of each day (a day's score is a sum over its active
    quarter-hours), plus one 96-bin profile per clock: ≈ 0.1 s for 10 years × 3 clocks. Never per record."""
    days = sorted(day_hists)
    if not days:
        return []
    whole = [Regime(days[0], days[-1], days)]
    if len(days) < 2 * REGIME_MIN_ACTIVE:
        return whole
    # 1. the clocks: quiet-hour centres of the blocks
    blocks: list[list[date]] = []
    for d in days:
        k = (d - days[0]).days // REGIME_BLOCK_DAYS
        while len(blocks) <= k:
            blocks.append([])
        blocks[k].append(d)
    clocks: list[tuple[float, list[date], list[int]]] = []  # (centre in UTC hours, the blocks' days, presences)
    for block in blocks:
        if len(block) < REGIME_MIN_ACTIVE:
            continue
        hist = presence_hist(day_hists, block)
        if lull_depth(hist) > LULL_DEPTH_MAX:
            continue  # no nightly lull (a rotating shift's month): says nothing of a clock
        mid = lull_mid_hours(hist)
        for i, (centre, members, sums) in enumerate(clocks):
            if abs(circ_diff_hours(mid, centre)) <= REGIME_JOIN_H:
                members.extend(block)
                sums = [a + b for a, b in zip(sums, hist)]
                clocks[i] = (lull_mid_hours(sums), members, sums)
                break
        else:
            clocks.append((mid, list(block), hist))
    if len(clocks) < 2:
        return whole
    profiles = [utc_profile(day_hists, members) for _c, members, _h in clocks]
    labels: list[int] = []
    for _round in range(REGIME_ROUNDS):
        labels = _viterbi(day_hists, days, profiles)
        labels = _absorb_short(day_hists, days, labels, profiles)
        used = sorted(set(labels))
        if len(used) < 2:
            return whole
        profiles = [utc_profile(day_hists, [d for d, k in zip(days, labels) if k == j]) for j in used]
        remap = {j: i for i, j in enumerate(used)}
        labels = [remap[k] for k in labels]
    # 3. runs of one clock → periods; neighbours closer than a move are one
    out: list[Regime] = []
    start = 0
    for i in range(1, len(days) + 1):
        if i == len(days) or labels[i] != labels[start]:
            run = days[start:i]
            run_hist = presence_hist(day_hists, run)
            mid = lull_mid_hours(run_hist)
            if out and (abs(circ_diff_hours(*_edge_mids(day_hists, out[-1].days, run))) < MOVE_SHIFT_H
                        or _same_night_woken(run_hist, presence_hist(day_hists, out[-1].days))):
                merged = out[-1].days + run
                out[-1] = Regime(merged[0], merged[-1], merged, lull_mid_hours(presence_hist(day_hists, merged)))
            else:
                out.append(Regime(run[0], run[-1], run, mid))
            start = i
    if len(out) < 2:
        return whole
    for prev, cur in itertools.pairwise(out):
        cur.start = _switch_instant(day_hists, prev, cur)
    return out


#: calendar days either side of a change of clock whose quiet hours are compared to tell a move from one clock: the
#: same season on both sides (T32B M6)
REGIME_EDGE_DAYS = 56


def _edge_mids(day_hists: Mapping[date, Sequence[int]], before: Sequence[date], after: Sequence[date]
               ) -> tuple[float, float]:
    """The quiet hours' centres (UTC) of the last :data:`REGIME_EDGE_DAYS` calendar days of ``before`` and the first
    of ``after`` (each the whole run where its edge holds under :data:`REGIME_MIN_ACTIVE` active days).

    Each run's whole centre mixes its summer-time and winter days: four summer months on Pacific time inside
    eighteen on Eastern time lie 3 h from New York's summers in UTC, but only ≈ 2.2 h from the whole New York
    history's centre (its winters an hour later), under :data:`MOVE_SHIFT_H` — so the stint was merged into one
    period and the whole history fitted America/Santiago's clock between the two (T32B M6). Beside the change, both
    sides keep the same season."""
    edge_b = [d for d in before if d > before[-1] - timedelta(days=REGIME_EDGE_DAYS)]
    edge_a = [d for d in after if d < after[0] + timedelta(days=REGIME_EDGE_DAYS)]
    edge_b = edge_b if len(edge_b) >= REGIME_MIN_ACTIVE else list(before)
    edge_a = edge_a if len(edge_a) >= REGIME_MIN_ACTIVE else list(after)
    return (lull_mid_hours(presence_hist(day_hists, edge_a)), lull_mid_hours(presence_hist(day_hists, edge_b)))


#: active days on each side of a day-level cut searched for the instant the clock changed: the days are UTC days,
#: and a flight home's last evenings abroad fall on the next ones (a Sunday evening in New York is Monday in UTC)
SWITCH_SEARCH_DAYS = 3
#: the core of a clock's night (hours either side of its quiet hours' centre): the quarter-hours that tell two clocks
#: apart around a switch. Wider, a weekend's last hour before bed (01:30 in Berlin) fell in it, fitted New York's
#: evening better, and moved a switch three days early
SWITCH_NIGHT_H = 2.0


def _switch_instant(day_hists: Mapping[date, Sequence[int]], prev: Regime, cur: Regime) -> datetime:
    """Where around the day-level cut between ``prev`` and ``cur`` the clock changes: of the quarter-hour cuts from
    :data:`SWITCH_SEARCH_DAYS` active days before the day-level cut to as many after, the one that reads the fewest
    presences inside the core of the night (:data:`SWITCH_NIGHT_H` either side of the quiet hours' centre, each
    side's from its days nearest the switch: summer time moves it) of the clock they are read on; among equals, the
    one nearest the day-level cut (≤ 576 cuts, O(1) each). Maximising the two UTC profiles' likelihood instead let a
    weekend's afternoons abroad (Berlin's evening hours in UTC) and its last hour before bed move the cut by days."""
    near_old, near_new = prev.days[-2 * REGIME_MIN_DAYS:], cur.days[:2 * REGIME_MIN_DAYS]
    mids = [lull_mid_hours(presence_hist(day_hists, near)) for near in (near_old, near_new)]
    core = [[abs(circ_diff_hours(q / 4, mid)) <= SWITCH_NIGHT_H for q in range(QUARTERS)] for mid in mids]
    window = [*prev.days[-SWITCH_SEARCH_DAYS:], *cur.days[:SWITCH_SEARCH_DAYS]]
    bins = [(d, q) for d in window for q in compress(range(QUARTERS), day_hists[d]) if core[0][q] or core[1][q]]

    def at(d: date, q: int) -> datetime:
        return datetime(d.year, d.month, d.day, tzinfo=UTC) + timedelta(minutes=15 * q)

    day_cut = at(cur.first, 0)
    # penalty(cut) = presences before it in the old clock's core night + those from it in the new one's; it holds
    # from each cut to the next core presence: ``spans`` [(penalty, from, until)]
    penalty = sum(core[1][q] for _d, q in bins)
    best = (penalty, abs((at(window[0], 0) - day_cut).total_seconds()), at(window[0], 0))
    for d, q in bins:
        penalty += core[0][q] - core[1][q]
        cut = at(d, q + 1)
        best = min(best, (penalty, abs((cut - day_cut).total_seconds()), cut))
    day_penalty = sum(core[0][q] if d < cur.first else core[1][q] for d, q in bins)
    best = min(best, (day_penalty, 0.0, day_cut))
    # the same penalty over the window and the active day after it (the night before that day's morning may be the
    # first on the new clock), held from each cut to the next core presence: the spans of the fewest
    wide = [*window, *cur.days[SWITCH_SEARCH_DAYS:SWITCH_SEARCH_DAYS + 1]]
    penalty = sum(core[1][q] for d in wide for q in compress(range(QUARTERS), day_hists[d]) if core[0][q] or core[1][q])
    spans = [[penalty, at(wide[0], 0), at(wide[-1], QUARTERS)]]
    for d in wide:
        for q in compress(range(QUARTERS), day_hists[d]):
            if core[0][q] or core[1][q]:
                penalty += core[0][q] - core[1][q]
                spans[-1][2] = at(d, q)
                spans.append([penalty, at(d, q + 1), at(wide[-1], QUARTERS)])
    least = min(p for p, _a, _b in spans)
    return _switch_in_sleep(day_hists, wide, [(a, b) for p, a, b in spans if p == least and a < b], core,
                            (near_old, near_new), mids, day_cut) or best[2]


#: the least hours without a record, over a core hour of either clock's night, read as a night's sleep where a
#: switch may fall (:func:`_switch_in_sleep`)
SWITCH_SLEEP_MIN_H = 4.0
#: hours before the middle of the night from which a record counts for the next day (:func:`_switch_in_sleep`): the
#: evening before a workday is the workday's, as its bedtime is
SWITCH_EVE_H = 6.0


def _switch_in_sleep(day_hists: Mapping[date, Sequence[int]], window: Sequence[date],
                     spans: Sequence[tuple[datetime, datetime]], core: Sequence[Sequence[bool]],
                     near: Sequence[Sequence[date]], mids: Sequence[float], day_cut: datetime) -> datetime | None:
    """Among the instants that read the fewest presences in a core night (``spans``), the switch in a night's sleep:
    of the stretches without records of :data:`SWITCH_SLEEP_MIN_H` or more over a core hour of either clock, the
    one whose records before it fit the earlier clock's UTC profile and those after it the later one's best (each
    from its days nearest the switch, ``near``), the nearest the day-level cut of a tie; the switch at the second
    record after it — the morning after the first night slept on the new clock, so the period's first day is the
    local day the activity first keeps it. Where no record tells the two clocks apart in the core of their nights
    (Chicago's and Phoenix's evenings fit either clock), every instant of days ties, and the one nearest the
    day-level cut was UTC midnight: a move Chicago → Phoenix on 1 Nov read "from 31 Oct", Berlin → New York on
    1 Sep "from 31 Aug" (T37 L1). Whole nights only: a cut inside a day let a weekend's afternoons abroad move it by
    days. None where no such night is."""
    recs = [(datetime(d.year, d.month, d.day, tzinfo=UTC) + timedelta(minutes=15 * q), q, c)
            for d in window for q, c in enumerate(day_hists[d]) if c]
    times = [t for t, _q, _c in recs]
    # each side's UTC profile of the hours before a free day and of the others apart (a workday's morning and the
    # evening before it tell the clocks apart best; a Sunday evening is a workday's eve): a record from six hours
    # before the middle of its side's night (``mids``, UTC hours) to eighteen after it counts for the day it ends on
    def free(t: datetime, k: int) -> bool:
        return (t + timedelta(hours=SWITCH_EVE_H - mids[k])).weekday() >= 5

    def profile(k: int, w: bool) -> list[float]:
        hist = [0] * QUARTERS
        for d in near[k]:
            for q, c in enumerate(day_hists[d]):
                if c and free(datetime(d.year, d.month, d.day, tzinfo=UTC) + timedelta(minutes=15 * q), k) == w:
                    hist[q] += c
        total = sum(hist) or 1
        return [math.log((1 - FLOOR) * x / total + FLOOR / QUARTERS) for x in smooth(hist)]

    logps = [[profile(k, w) for w in (False, True)] for k in (0, 1)]
    # fit(cut) = Σ before it on the earlier profile + Σ from it on the later one: the later's sum plus a running gain
    gain = list(itertools.accumulate((c * (logps[0][free(t, 0)][q] - logps[1][free(t, 1)][q]) for t, q, c in recs),
                                     initial=0.0))
    nights: list[tuple[float, float, datetime]] = []
    for k, (a, b) in enumerate(itertools.pairwise(times)):
        a += timedelta(minutes=15)
        for start, until in spans:
            lo, hi = max(a, start), min(b, until)
            if (hi - lo).total_seconds() < SWITCH_SLEEP_MIN_H * 3600:
                continue
            qs = {((lo - datetime(lo.year, lo.month, lo.day, tzinfo=UTC)).seconds // 900 + j) % QUARTERS
                  for j in range(int((hi - lo).total_seconds() // 900))}
            if not any(core[0][q] or core[1][q] for q in qs):
                continue
            # after the night's first record (its morning), before the next: a switch inside the night lies between
            # two night-time records (the last evening's, the morning's if early) and its day is withheld without
            # --include-sensitive (clock._said_periods); the first morning record is read on either clock alike
            j = next((i for i in range(k + 2, len(times)) if hi < times[i] <= until), k + 1)
            far = 0.0 if lo <= day_cut <= hi else min(abs((lo - day_cut).total_seconds()),
                                                      abs((hi - day_cut).total_seconds()))
            # scored with the morning on the new clock (its first record tells the clocks apart best)
            nights.append((-round(gain[k + 1], 6), far, times[j]))
    if not nights:
        return None
    cut = min(nights)[2]
    # moving east, the UTC midnight that begins the switch's UTC day where the records from it to the switch fit
    # either clock (the same span): the earlier clock's last evening, its bounds daytime records — a switch after
    # it lies between that evening's last record, past midnight on the later clock, and the morning's, and its day
    # was withheld as night-time; periods.first_day_on dates such a midnight by its own day (T36B)
    midnight = datetime(cut.year, cut.month, cut.day, tzinfo=UTC)
    if circ_diff_hours(mids[1], mids[0]) < 0 and any(a <= midnight and cut <= b for a, b in spans):
        return midnight
    return cut


#: a state's profile on one day, moved by that day's quarter-hours (:func:`_viterbi`'s ``shifts``)
Shifts = Sequence[Callable[[date], int]] | None


def _profile_on(profiles: Sequence[Sequence[float]], shifts: Shifts, j: int, d: date,
                cache: dict[tuple[int, int], Sequence[float]]) -> Sequence[float]:
    """State ``j``'s profile on day ``d``: moved ``shifts[j](d)`` quarter-hours later in UTC (a clock an hour behind
    its own reference season: summer time not kept that day)."""
    s = shifts[j](d) % QUARTERS if shifts is not None else 0
    if not s:
        return profiles[j]
    if (j, s) not in cache:
        cache[j, s] = _shifted(profiles[j], s)
    return cache[j, s]


def _shifted(profile: Sequence[float], s: int) -> Sequence[float]:
    """``profile`` moved ``s`` quarter-hours later (round the day)."""
    s %= QUARTERS
    return [*profile[-s:], *profile[:-s]] if s else profile


def _viterbi(day_hists: Mapping[date, Sequence[int]], days: Sequence[date],
             profiles: Sequence[Sequence[float]], cut_nats: float = REGIME_CUT_NATS, shifts: Shifts = None
             ) -> list[int]:
    """Each day's clock (index into ``profiles``): the most likely sequence with a cost of ``cut_nats`` per
    change. ``shifts[j](d)``: quarter-hours state ``j``'s profile lies later in UTC on day ``d`` (a clock's summer
    time, :func:`~.periods.rhythm_seasons`)."""
    k = len(profiles)
    score = [0.0] * k
    back: list[list[int]] = []
    cache: dict[tuple[int, int], Sequence[float]] = {}
    for d in days:
        hist = day_hists[d]
        best_prev = max(range(k), key=score.__getitem__)
        row = []
        new = []
        for j in range(k):
            stay, switch = score[j], score[best_prev] - cut_nats
            fit = _day_fit(hist, _profile_on(profiles, shifts, j, d, cache))
            if stay >= switch:
                row.append(j)
                new.append(stay + fit)
            else:
                row.append(best_prev)
                new.append(switch + fit)
        back.append(row)
        score = new
    j = max(range(k), key=score.__getitem__)
    labels = [0] * len(days)
    for i in range(len(days) - 1, -1, -1):
        labels[i] = j
        j = back[i][j]
    return labels


def _absorb_short(day_hists: Mapping[date, Sequence[int]], days: Sequence[date], labels: list[int],
                  profiles: Sequence[Sequence[float]], shifts: Shifts = None) -> list[int]:
    """``labels`` with every run spanning under :data:`REGIME_MIN_DAYS` calendar days (or holding under
    :data:`REGIME_MIN_ACTIVE` active days) given to the neighbouring run whose clock fits its days better,
    shortest run first."""
    labels = list(labels)
    while True:
        runs: list[tuple[int, int]] = []
        start = 0
        for i in range(1, len(days) + 1):
            if i == len(days) or labels[i] != labels[start]:
                runs.append((start, i))
                start = i
        if len(runs) < 2:
            return labels
        short = [(days[e - 1] - days[s]).days + 1 for s, e in runs]
        cand = [r for r, (s, e) in enumerate(runs) if short[r] < REGIME_MIN_DAYS or e - s < REGIME_MIN_ACTIVE]
        if not cand:
            return labels
        r = min(cand, key=lambda r: (runs[r][1] - runs[r][0], short[r]))
        s, e = runs[r]
        options = [labels[runs[n][0]] for n in (r - 1, r + 1) if 0 <= n < len(runs)]
        cache: dict[tuple[int, int], Sequence[float]] = {}
        best = max(options, key=lambda j: sum(_day_fit(day_hists[d], _profile_on(profiles, shifts, j, d, cache))
                                              for d in days[s:e]))
        for i in range(s, e):
            labels[i] = best


def move_pairs_in_country(before: Sequence[Candidate], after: Sequence[Candidate], country: str
                          ) -> list[tuple[Candidate, Candidate, str, str]]:
    """The pairs of the ``country``'s clocks that a move within it between two periods fits, where more of the
    country's people live first (after the first, only pairs whose clocks each hold ≥ :data:`RIVAL_MIN_PEOPLE` of
    them): ``[(before's candidate, after's, its zone, its zone)]`` — each
    side's activity fit plus the person's own night kept at the same local hours on both sides (normal, SD
    :data:`MOVE_PAIR_LULL_SD_H` on the two lulls' centres), every pair within
    :data:`RIVAL_ACTIVITY_MARGIN` of the best; ``[]`` where no clock of the country fits a side.

    Login IPs that name only the country leave each side's zone to the head count, and the step between them to
    whatever the offset fit gives: New York → Los Angeles for good (one US address throughout) was "a move from
    America/Miquelon to America/New_York" (T32B M3). Where the country's clocks allow one such pair (a −3 h step in
    the US: Eastern → Pacific) it is pinned; else the caller says the range."""
    countries = zone_countries()
    people = zone_populations().get(country, {})
    total = sum(people.values()) or 1

    def own(cands: Sequence[Candidate]) -> list[tuple[Candidate, str]]:
        out = []
        for c in cands:
            same = [z for z in c.zones if countries.get(z) == country]
            if same:
                out.append((c, max(same, key=lambda z: people.get(z, 0))))
        return out

    scored = []
    for b, zb in own(before):
        for a, za in own(after):
            same_night = -0.5 * (circ_diff_hours(a.lull_mid, b.lull_mid) / MOVE_PAIR_LULL_SD_H) ** 2
            scored.append((b.activity_score + a.activity_score + same_night, b, a, zb, za))
    if not scored:
        return []
    top = max(t[0] for t in scored)
    # where more of the country's people live first (the two sides' shares multiplied): the head count decides
    # among the pairs the activity cannot tell apart; a pair with a side of under RIVAL_MIN_PEOPLE of them (Alaska's
    # clock) is kept only where it is that choice
    def held(c: Candidate) -> int:
        return sum(people.get(z, 0) for z in c.zones)

    fitting = sorted(((b, a, zb, za) for sc, b, a, zb, za in scored if sc >= top - RIVAL_ACTIVITY_MARGIN),
                     key=lambda p: -held(p[0]) * held(p[1]))
    return [p for i, p in enumerate(fitting) if not i or min(held(p[0]), held(p[1])) / total >= RIVAL_MIN_PEOPLE]


#: how far apart (hours, SD) the person's night may fall in local time on the two sides of a move in one country
#: (the periods' own-night SD, :data:`~.periods.PERIOD_LULL_SD_H`)
MOVE_PAIR_LULL_SD_H = 0.5
