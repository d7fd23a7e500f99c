"""Nights that follow a roster, not the calendar's week: a roster's duty and free nights on any weekday, read from
the nights' own records (:func:`roster_nights`), and rotating shift work, weeks taking turns between two sleep
patterns (:func:`rotating_shifts`, its findings :func:`rotating_family`). MCTQ's free days are the days without
work; for shift work sleep is read per kind of day, not per weekday (MCTQ^Shift: Juda, Vetter & Roenneberg 2013,
J Biol Rhythms 28:130).

Data shapes as :mod:`.sleepwindow`'s. Moved out of ``sleep.py`` by concern (thirty-fourth pass), unchanged.
"""

from __future__ import annotations

import itertools
import math
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from datetime import date, timedelta
from typing import Any

from babel.dates import get_day_names
from babel.lists import format_list

from ..wording import count_phrase
from . import literature
from .engine import QUARTERS
from .model import Confidence, Finding
from .sleepwindow import (
    _NO_NIGHT,
    LATE_MARGIN_END,
    LATE_MARGIN_START,
    MIN_SLEEP_BINS,
    MIN_SLEEP_NIGHTS,
    _binomial_tail,
    _circ_h,
    _circ_median,
    _fmt_hours,
    sleep_window,
)

# Rotating shifts (inference.md §5 #5, "phase drift → shift work"): where no one window holds the nights, the weeks
# are read one by one — each day's longest gap between records (3–14 h) by the clock hour of its middle, the week's
# median of them — and two clusters of weeks whose mid-sleep lies at least ROTATING_MIN_GAP_H apart, each at least
# ROTATING_MIN_SHARE of the weeks (and ROTATING_MIN_WEEKS), taking turns at least ROTATING_MIN_SWITCHES times, are
# rotating shift work (T30B M5: a nurse's alternate weeks 05:00–21:30 / 15:00–07:30, 3,098 records, read "No clear
# sleep window" and "activity spread over the week"). One switch is a change of life (a move, a new job), not a rota.
ROTATING_MIN_GAP_H = 4.0
ROTATING_CLUSTER_H = 3.0  # a week's mid-sleep within this of a cluster's belongs to it
ROTATING_MIN_SHARE = 0.2
ROTATING_MIN_WEEKS = 4
ROTATING_MIN_SWITCHES = 4
ROTATING_MIN_DAYS = 4  # days with a gap of 3–20 h for a week to count
# a day's longest gap is read up to 20 h: with four records a day over 16 h awake, the gap round the sleep is often
# longer than the 14 h a sleep window may last (it is its place that is read here, not its length)
ROTATING_MAX_GAP_BINS = 80
# a week counts where at least this share of its days' gaps lie within ROTATING_CLUSTER_H of the week's median, and
# a rota is said where such weeks, and the two patterns' weeks, are at least ROTATING_SETTLED_WEEKS of the weeks
# read (a uniform-random control made two chance clusters: tests/test_inference.py)
ROTATING_WEEK_AGREEMENT = 0.6
ROTATING_SETTLED_WEEKS = 0.6
# A roster's nights (T32B M8: a short-haul pilot home every night, a 10-day roster on any weekday — 5 early duties
# asleep 21:30–04:00, 5 days off asleep 23:30–08:30 — kept "weekends ≈23:15–05:00 … early type", the overlap of duty
# and free nights, and a social jetlag of 0.25 h: the crew rule (tripnights.roster_free_days) needs layovers). MCTQ's
# free days are the days without work (Roenneberg, Wirz-Justice & Merrow 2003, J Biol Rhythms 18:80); for shift work
# sleep is read per kind of day, not per weekday (MCTQ^Shift: Juda, Vetter & Roenneberg 2013, J Biol Rhythms
# 28:130). Read from the nights themselves (:func:`roster_nights`): split by each night's longest gap's middle
# (two means), then each night goes to the kind whose window it keeps (a record inside one window's core and none
# inside the other's; ROUNDS times at most), a night that shows neither taking its nearest classified neighbour's
# (a roster comes in blocks). A roster where the two windows' middles lie ROSTER_MIN_GAP_H apart or more, each kind
# holds ROSTER_MIN_SHARE of the nights read, every weekday holds each kind at ROSTER_WEEKDAY_RATIO of its overall
# share or more (not the week: an office worker's late nights fall on Friday and Saturday), the days come in blocks
# — each morning's rising (its first record after the duty window closes, early or late by two means) changes between
# consecutive days at most ROSTER_MAX_SWITCH_RATIO as often as independent days would (2·s·(1 − s) of the pairs, s
# the early share) and ROSTER_RUNS_Z standard deviations below it or further (a person whose bedtime wanders night by
# night has no roster) — and the nights read run ROSTER_MAX_MEAN_RUN long at most on average (a summer of later
# nights is a season, not a roster). The earlier-ending window is the duty nights' (an alarm). Read on the days, not
# on the nights read in order: a short cycle's nights are read on about half of its days (a 4-on/4-off nurse's night
# before a first duty keeps both windows' records, the one after a last duty neither), and those nights, in order
# across the gaps, changed kind no less often than a shuffle (T33B M5: 135 changes in 317 nights against a shuffle's
# 150, so her roster was not found and the calendar's pooled window, 00:15–05:45, was the two windows' overlap);
# nor on pairs of consecutive nights read, which share a day and so always agree (a wanderer read as a roster).
# A roster of short runs is read on its period instead (ROSTER_PERIOD_Z's comment).
# Design choices (no published figure), set so that a 10-day roster read from six records a day is found and an
# office worker, a person whose blocks follow the week and a night-by-night wanderer are not.
ROSTER_MIN_GAP_H = 1.5
# 15 %, not 20 %: a duty night is read from its own records more often than a free one (its morning after the
# early rising is long; the free night shows only in the last hours before bed), so a 6-on/3-off roster's free
# nights were 19 % of the nights read on two seeds in twelve (T34B M7)
ROSTER_MIN_SHARE = 0.15
ROSTER_WEEKDAY_RATIO = 0.5
ROSTER_WEEKDAY_MIN_NIGHTS = 4
# A weekday fails ROSTER_WEEKDAY_RATIO only where its share also differs from the overall one beyond chance (a
# binomial tail under this): a 6-on/3-off roster's nights read from their own records, about 25 a weekday, held 3
# free nights of 27 on one weekday (an overall share of 23 %, the ratio's floor 11.5 %), so the roster was not found
# and the two windows' overlap was said (T34B M7). A fixed week of days off on other days than the weekend (a
# 4-on/3-off worker off Tuesday to Thursday) fails the weekday test on every weekday: it is a roster too, its days off
# the same each week (``days_off`` in the stats), unless those days hold the home country's weekend (an office
# worker's lie-ins, duties Monday to Thursday: the week, read on the calendar)
ROSTER_WEEKDAY_P = 0.01
# A weekday is a fixed day off where its mornings rise late on at least this share of the weeks: a 4-3-3-4 roster
# (4 on, 3 off, 3 on, 4 off over a fortnight) keeps three days off every week and a fourth every other week, whose
# mornings rise late on about half the weeks — more than half by chance on most seeds, so it was listed among the
# days off every week (T36: "Monday, Tuesday, Wednesday and Thursday" for a roster off Tuesday to Thursday and every
# other Monday). A day off every week read from its mornings rose late on ≥ 0.9 of them on the seeds tried (a first
# record late on a duty morning, or early on a free one, misreads a few); half-way between the two
ROSTER_DAY_OFF_SHARE = 0.75
# 0.9, not 0.8: a 6-on/3-off roster's mornings, each read early or late from its first record, changed at 0.80–0.88
# of the independent rate on two seeds of six (the roster changes at half of it; a first record late on a duty
# morning reads it free); the runs test (ROSTER_RUNS_Z) still holds a wanderer out
ROSTER_MAX_SWITCH_RATIO = 0.9
ROSTER_RUNS_Z = -3.0
# A short-run roster is read on its period instead: a Panama (2-2-3) roster — DD FF DDD FF DD FFF over 14 days,
# police and nurses — changes kind on 6 days of 14, 0.86 of the independent rate at best, so its mornings read early
# or late (ROSTER_MAX_SWITCH_RATIO) passed neither test on any of 12 seeds; its days repeat every 14 (and every weekday
# holds each kind on half its weeks). The mornings' early share per phase of a period of 2 to ROSTER_MAX_PERIOD days
# against one share (a G-test, likelihood ratio; for a period of whole weeks, against the weekdays' shares: an office
# worker's week repeats every 14 days too), beyond ROSTER_PERIOD_Z (the chi-square's Wilson–Hilferty normal deviate;
# 26 periods tried, each at p < 1e-6) is a roster's period; a night-by-night wanderer has none
ROSTER_MAX_PERIOD = 28
ROSTER_PERIOD_Z = 5.0
ROSTER_MAX_MEAN_RUN = 12  # nights read per block on average: a roster's blocks are days, not a season's months
ROSTER_ROUNDS = 5
ROSTER_NOTE = ("Your nights fall in two windows, in blocks on any day of the week: duty nights and free nights of a "
               "roster, not the week's workdays and weekend. Each night's kind is read from its own records (a "
               "record inside one window and none inside the other), a night that shows neither takes its "
               "neighbours'; mid-sleep on free days (MSF), the chronotype and the social jetlag are your free "
               "nights' against your duty nights' (MCTQ's workdays and free days; MCTQ^Shift reads sleep per kind of "
               "day, Juda, Vetter & Roenneberg 2013).")


def _two_means_cut(values: Sequence[float]) -> float | None:
    """The cut between two groups of ``values`` (1-D two-means: the split of the sorted values with the least sum of
    squares within the groups), the midpoint between the groups' nearest members; None with fewer than 2 values."""
    xs = sorted(values)
    n = len(xs)
    if n < 2:
        return None
    pre = list(itertools.accumulate(xs, initial=0.0))
    pre2 = list(itertools.accumulate((x * x for x in xs), initial=0.0))

    def sse(i: int, j: int) -> float:
        return pre2[j] - pre2[i] - (pre[j] - pre[i]) ** 2 / (j - i)

    k = min(range(1, n), key=lambda i: sse(0, i) + sse(i, n))
    return (xs[k - 1] + xs[k]) / 2


def _weekday_off(k: int, n: int, share: float) -> bool:
    """Whether ``k`` nights of one kind among a weekday's ``n`` are too few for the kind's overall ``share`` of the
    nights: under :data:`ROSTER_WEEKDAY_RATIO` of it and beyond chance (:data:`ROSTER_WEEKDAY_P`)."""
    return k / n < ROSTER_WEEKDAY_RATIO * share and _binomial_tail(n - k, n, 1 - share) < ROSTER_WEEKDAY_P  # P(X ≤ k)


def _g_stat(early: Mapping[date, bool], key: Callable[[date], int]) -> tuple[float, int]:
    """The G statistic (2·Σ O·ln(O/E)) of the mornings ``early`` (date → early rising) grouped by ``key(date)``
    against one early share, and its degrees of freedom (groups − 1)."""
    groups: dict[int, list[int]] = {}
    for nd, e in early.items():
        groups.setdefault(key(nd), [0, 0])[e] += 1
    n = len(early)
    s = sum(early.values()) / n
    g = 0.0
    for late, on in groups.values():
        t = late + on
        for o, share in ((on, s), (late, 1 - s)):
            if o:
                g += 2 * o * math.log(o / (t * share))
    return g, len(groups) - 1


def roster_period(early: Mapping[date, bool]) -> int | None:
    """The shortest period in days (2 to :data:`ROSTER_MAX_PERIOD`) whose phase tells the mornings' early risings
    (``early``: date → bool) from late ones beyond chance (:data:`ROSTER_PERIOD_Z`; a period of whole weeks beyond
    the weekdays'), or None. Its multiples tell them as well: the shortest is the roster's cycle."""
    if not early or len(set(early.values())) < 2:
        return None
    week, week_df = _g_stat(early, lambda nd: nd.weekday())
    for p in range(2, ROSTER_MAX_PERIOD + 1):
        if p == 7:
            continue  # the week: the weekday test's
        g, df = _g_stat(early, lambda nd, p=p: nd.toordinal() % p)
        if p % 7 == 0:
            g, df = g - week, df - week_df
        if df <= 0 or g <= 0:
            continue
        z = ((g / df) ** (1 / 3) - (1 - 2 / (9 * df))) / math.sqrt(2 / (9 * df))  # Wilson–Hilferty
        if z >= ROSTER_PERIOD_Z:
            return p
    return None


def _awake_in(row: Sequence[int], core: range) -> bool:
    """Whether ``row`` has a record in one of the bins ``core`` (a step-1 range): ``any(row[r] for r in core)``,
    the bins inside the row read as one slice in C (PERF32: a Python step a bin was ≈0.3 s of a profiled demo
    report, every night of every round); bins outside it (never met: windows run from noon to noon) bin by bin."""
    if 0 <= core.start and 0 <= core.stop <= len(row):  # a negative stop is no slice end (range(0, -1) is empty)
        return any(row[core.start:core.stop])
    return any(row[r] for r in core)


def roster_nights(nds: Sequence[date], ext: Mapping[date, Sequence[int]], pooled: tuple[int, int],
                  weekend: frozenset[int] = frozenset({5, 6})
                  ) -> tuple[dict[date, str], dict[str, Any], frozenset[date]] | None:
    """The nights ``nds`` (with their bins ``ext``, the night's and the next's) read as a roster's duty and free
    nights (:data:`ROSTER_MIN_GAP_H`'s comment gives the rule), starting from ``pooled``, the window over all of
    them; ``weekend``: the home country's weekend mornings (0 = Monday), for a week of fixed days off
    (:data:`ROSTER_WEEKDAY_P`'s comment): ``(kind, stats)`` — per night "weekday" (a duty night) or "weekend" (a free
    night), and ``{duty_nights, free_nights, switches, days_off}`` (the nights read from their own records, the
    changes of kind between consecutive ones, and the mornings of the week off every week, 0 = Monday, or None on
    a roster on any day of the week), and the nights whose kind was taken from their neighbours (none of their own:
    quiet in both windows, or awake in both) — or None where the nights are no roster. A few passes over the
    nights."""
    # the first split: each night's first record after the pooled window's middle (its rising), two means
    mid = (pooled[0] + pooled[1]) // 2
    rise = {nd: r for nd in nds
            if (r := next((r for r in range(mid, min(mid + QUARTERS // 2, 2 * QUARTERS)) if ext[nd][r]), None))
            is not None}
    cut = _two_means_cut(list(rise.values()))
    if cut is None or len(rise) < 4 * MIN_SLEEP_NIGHTS:
        return None
    kind = {nd: "weekday" if r <= cut else "weekend" for nd, r in rise.items()}
    wins: dict[str, tuple[int, int]] = {}
    own: dict[date, str] = {}
    prev: dict[str, tuple[int, int]] = {}
    for _ in range(ROSTER_ROUNDS):
        for k in ("weekday", "weekend"):
            # after the first round, each window over the nights read as its kind from their own records after a
            # night read as the same kind, where there are enough (the night between a day off and a first duty,
            # a free evening before an early morning, blurred the duty window's bedtime to ≈22:45), else over every
            # night given the kind
            group = [nd for nd, v in own.items() if v == k and own.get(nd - timedelta(days=1)) == k]
            if len(group) < MIN_SLEEP_NIGHTS:
                group = [nd for nd, v in kind.items() if v == k]
            w = sleep_window([len(col) - col.count(0) for col in zip(*(ext[nd] for nd in group))], len(group)) \
                if len(group) >= MIN_SLEEP_NIGHTS else None
            if w is None:
                return None
            wins[k] = w
        if wins == prev:
            break  # the windows hold: the nights were read against them
        prev = dict(wins)
        cores = {k: range(w[0] + LATE_MARGIN_START, w[1] - LATE_MARGIN_END) for k, w in wins.items()}
        own = {}
        for nd in nds:
            inside = {k: _awake_in(ext[nd], core) for k, core in cores.items()}
            if inside["weekday"] != inside["weekend"]:
                own[nd] = "weekend" if inside["weekday"] else "weekday"  # awake in one window: the other's night
        # a night without evidence of its own keeps the kind it had for the next windows (as own_night_types keeps
        # the calendar's); the test and the output below rest on the nights read from their own records
        kind = {nd: own.get(nd) or kind[nd] for nd in {*own, *kind}}
    kind = own
    if set(kind.values()) != {"weekday", "weekend"}:
        return None
    duty, free = wins["weekday"], wins["weekend"]
    if duty[0] + duty[1] > free[0] + free[1]:  # the earlier window is the duty nights' (bins from noon: no wrap)
        kind = {nd: "weekend" if k == "weekday" else "weekday" for nd, k in kind.items()}
        duty, free = free, duty
    if (free[0] + free[1] - duty[0] - duty[1]) / 8 < ROSTER_MIN_GAP_H:
        return None
    n = len(kind)
    n_duty = sum(k == "weekday" for k in kind.values())
    share = n_duty / n
    if min(share, 1 - share) < ROSTER_MIN_SHARE:
        return None
    seen: Counter[int] = Counter(nd.weekday() for nd in kind)
    on_duty: Counter[int] = Counter(nd.weekday() for nd, k in kind.items() if k == "weekday")
    read = [wd for wd in range(7) if seen[wd] >= ROSTER_WEEKDAY_MIN_NIGHTS]
    # the kinds keep to weekdays: a week of fixed days off (a weekday of too few nights read is the same change of
    # kind every week, the night between a duty and a day off); its days off are read on the mornings below
    weekly = len(read) < 7 or any(_weekday_off(on_duty[wd], seen[wd], share)
                                  or _weekday_off(seen[wd] - on_duty[wd], seen[wd], 1 - share) for wd in read)
    if weekly and len(read) < 4:
        return None
    order = sorted(kind)
    switches = sum(kind[a] != kind[b] for a, b in itertools.pairwise(order))
    # blocks, read on the days (ROSTER_MAX_SWITCH_RATIO's comment): each morning's rising (its first record after
    # the duty window closes) early or late by two means; mornings on consecutive days change against a binomial's
    # mean and spread for independent days
    rise = {nd: r for nd in nds
            if (r := next((r for r in range(duty[1], min(duty[1] + QUARTERS // 3, 2 * QUARTERS)) if ext[nd][r]),
                          None)) is not None}
    cut = _two_means_cut(list(rise.values()))
    if cut is None:
        return None
    early = {nd: r <= cut for nd, r in rise.items()}
    days_off: list[int] | None = None
    if weekly:
        # a week of fixed days off: the weekdays whose mornings rise late on almost every week
        # (ROSTER_DAY_OFF_SHARE: a 4-3-3-4 roster's day off every other week is none), a roster only where they are
        # not the weekend's (an office worker's lie-ins; duties Monday to Thursday)
        mornings: Counter[int] = Counter(nd.weekday() for nd in early)
        late: Counter[int] = Counter(nd.weekday() for nd, e in early.items() if not e)
        days_off = [wd for wd in range(7) if mornings[wd] and late[wd] >= ROSTER_DAY_OFF_SHARE * mornings[wd]]
        if not days_off or len(days_off) == 7 or weekend <= set(days_off):
            return None
    pairs = [(nd, nd + timedelta(days=1)) for nd in sorted(early) if nd + timedelta(days=1) in early]
    s_early = sum(early.values()) / len(early)
    q = 2 * s_early * (1 - s_early)
    flips = sum(early[a] != early[b] for a, b in pairs)
    mean = len(pairs) * q
    sd = math.sqrt(mean * (1 - q))
    blocks = sd > 0 and flips <= ROSTER_MAX_SWITCH_RATIO * mean and (flips - mean) / sd <= ROSTER_RUNS_Z
    if n / (switches + 1) > ROSTER_MAX_MEAN_RUN or not (blocks or roster_period(early)):
        return None
    # a night that shows neither kind: its nearest classified neighbour's (the earlier on a tie)
    out: dict[date, str] = {}
    for nd in nds:
        if nd in kind:
            out[nd] = kind[nd]
            continue
        i = bisect_left(order, nd)
        before = order[i - 1] if i > 0 else None
        after = order[i] if i < len(order) else None
        near = before if after is None or (before is not None and (nd - before) <= (after - nd)) else after
        out[nd] = kind[near]  # type: ignore[index]
    return out, {"duty_nights": n_duty, "free_nights": n - n_duty, "switches": switches, "days_off": days_off}, \
        frozenset(nd for nd in nds if nd not in kind)


def roster_days(stats: Mapping[str, Any]) -> str:
    """How a roster's days off fall (:func:`roster_nights`' ``stats``): " on any day of the week", or on a week of
    fixed days off " with the same mornings off every week (Tuesday, Wednesday and Thursday)"."""
    off = stats.get("days_off")
    if not off:
        return " on any day of the week"
    names = format_list([get_day_names("wide", locale="en")[wd] for wd in off], locale="en")
    return f" with the same mornings off every week ({names})"


def rotating_shifts(nights: Mapping[date, Sequence[int]]) -> dict[str, Any] | None:
    """Two weekly sleep patterns taking turns (ROTATING_MIN_GAP_H's comment) in ``nights`` (morning date → bins
    r, r 0 = 12:00 the day before, as :meth:`ClockAggregator._local_nights`): ``{"patterns": [{"start", "end"
    ("HH:MM", the median last record before and first after the day's longest gap), "mid_hours", "weeks"}, …]
    (commonest first; start–end the window over the pattern's weeks' nights as the usual windows are read, else the
    median last record before and first after its days' longest gaps), "switches": times the weeks changed pattern,
    "weeks": weeks read}``, or None."""
    stamps = sorted({nd.toordinal() * QUARTERS - QUARTERS // 2 + r for nd, vec in nights.items()
                     for r in range(QUARTERS) if vec[r]})
    daily: dict[int, tuple[int, int]] = {}  # local day (ordinal) → its longest gap (first, last bin, absolute)
    for a, b in itertools.pairwise(stamps):
        if MIN_SLEEP_BINS <= b - a <= ROTATING_MAX_GAP_BINS:
            day = (a + b) // 2 // QUARTERS
            if day not in daily or b - a > daily[day][1] - daily[day][0]:
                daily[day] = (a, b)
    by_week: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for day, gap in daily.items():
        iso = date.fromordinal(day).isocalendar()
        by_week.setdefault((iso.year, iso.week), []).append(gap)

    def mid(gap: tuple[int, int]) -> float:
        return ((gap[0] + gap[1]) / 2 % QUARTERS) / 4

    weeks: dict[tuple[int, int], float] = {}
    read = 0
    for w, gs in sorted(by_week.items()):
        if len(gs) < ROTATING_MIN_DAYS:
            continue
        read += 1
        m = _circ_median([mid(g) for g in gs])
        # a week of one pattern: most of its days' gaps round the same hour (random activity has no such week)
        if sum(_circ_h(mid(g), m) <= ROTATING_CLUSTER_H for g in gs) >= ROTATING_WEEK_AGREEMENT * len(gs):
            weeks[w] = m
    if len(weeks) < 2 * ROTATING_MIN_WEEKS or len(weeks) < ROTATING_SETTLED_WEEKS * read:
        return None
    clusters: list[tuple[float, list[tuple[int, int]]]] = []
    left = dict(weeks)
    for _ in range(2):
        if not left:
            return None
        # the clock hour with the most weeks' mid-sleep within ROTATING_CLUSTER_H of it
        centre = max((h / 4 for h in range(QUARTERS)),
                     key=lambda c: sum(_circ_h(m, c) <= ROTATING_CLUSTER_H for m in left.values()))
        members = [w for w, m in left.items() if _circ_h(m, centre) <= ROTATING_CLUSTER_H]
        centre = _circ_median([left[w] for w in members], centre)
        clusters.append((centre, members))
        left = {w: m for w, m in left.items() if w not in members}
    (c1, a), (c2, b) = clusters
    need = max(ROTATING_MIN_WEEKS, ROTATING_MIN_SHARE * read)
    if len(a) < need or len(b) < need or _circ_h(c1, c2) < ROTATING_MIN_GAP_H \
            or len(a) + len(b) < ROTATING_SETTLED_WEEKS * read:
        return None
    label = {**{w: 0 for w in a}, **{w: 1 for w in b}}
    seq = [label[w] for w in sorted(label)]
    switches = sum(x != y for x, y in itertools.pairwise(seq))
    if switches < ROTATING_MIN_SWITCHES:
        return None
    patterns = []
    for centre, members in clusters:
        # the pattern's window as the usual ones are read (sleep_window) over its weeks' nights; where
        # none, the median last record before and first after its days' longest gaps
        chosen = set(members)
        nds = [nd for nd in nights if (nd.isocalendar().year, nd.isocalendar().week) in chosen]
        cols = zip(*((*nights[nd], *(nights.get(nd + timedelta(days=1)) or _NO_NIGHT)) for nd in nds))
        win = sleep_window([len(col) - col.count(0) for col in cols], len(nds)) if nds else None
        if win is not None and _circ_h(((win[0] + win[1]) / 8 + 12) % 24, centre) <= ROTATING_CLUSTER_H:
            start, end = win[0] / 4 + 12, win[1] / 4 + 12
        else:
            gaps = [g for w in members for g in by_week[w] if _circ_h(mid(g), centre) <= ROTATING_CLUSTER_H]
            start = _circ_median([(g[0] + 1) % QUARTERS / 4 for g in gaps], centre)
            end = _circ_median([g[1] % QUARTERS / 4 for g in gaps], centre)
        patterns.append({"start": _fmt_hours(start), "end": _fmt_hours(end), "mid_hours": round(centre, 2),
                         "weeks": len(members)})
    return {"patterns": patterns, "switches": switches, "weeks": len(weeks)}


def rotating_family(rota: dict[str, Any], sleep_meta: dict[str, Any], why: str, clock: str) -> list[Finding]:
    """The sleep, social jetlag and late nights findings of a rotating shift worker (:func:`rotating_shifts`'s
    ``rota``): no one window holds her nights, each pattern's is said; the MCTQ's chronotype and social jetlag
    are not defined for shift work (MCTQ^Shift: Juda, Vetter & Roenneberg 2013), nor is a night awake on a
    night shift a late night."""
    pats = rota["patterns"]
    said = format_list([f"≈{p['start']}–{p['end']} in {count_phrase(p['weeks'], 'week')}" for p in pats],
                       style="or", locale="en")
    summary = (f"Your weeks take turns between {len(pats)} sleep patterns ({clock} time): asleep (no records) "
               f"{said} — rotating shift work; no one sleep window holds all your nights.")
    meta = {**sleep_meta, "caveats": [
        *sleep_meta["caveats"],
        f"Read week by week: each day's longest gap between records (3–{ROTATING_MAX_GAP_BINS / 4:g} h), the "
        f"week's median of their middles; {rota['weeks']} weeks read, the pattern changed {rota['switches']} "
        "times. A rota with more than two patterns, or weeks of mixed shifts, is said as its two commonest."]}
    sleep = Finding(value={"weekday": None, "weekend": None, "msw_hours": None, "msf_hours": None,
                           "chronotype": None, "rotating_shifts": rota, "zone": clock},
                    confidence=Confidence.LOW,
                    confidence_basis=(f"{rota['weeks']} weeks read one by one, {rota['switches']} changes of "
                                      f"pattern; pooled, {why}: low (no labelled data, each pattern's hours "
                                      "from a few records a day)"),
                    summary=summary, **meta)
    why_not = ("rotating shift work (your weeks take turns between sleep patterns): the MCTQ's social jetlag "
               "is not defined for shift work (MCTQ^Shift)")
    sj = Finding(id="social_jetlag", title="Social jetlag", value=None, confidence=Confidence.INSUFFICIENT,
                 confidence_basis=why_not, method="|MSF − MSW| (MCTQ).",
                 literature=literature.cards("social_jetlag"),
                 summary="Not computed: your weeks take turns between shift patterns (rotating shift work), for "
                         "which the MCTQ's social jetlag is not defined.")
    late = Finding(id="late_nights", title="Late or irregular nights", value=None,
                   confidence=Confidence.INSUFFICIENT,
                   confidence_basis="no one usual sleep window to be awake inside: rotating shift work",
                   method="Nights with activity inside the usual sleep window.",
                   literature=literature.cards("late_nights"), caveats=["Health-adjacent."],
                   summary="Not computed: your weeks take turns between shift patterns (rotating shift work); a "
                           "night awake on a night shift is work, not a late night.")
    return [sleep, sj, late]
