"""Sleep: the sleep windows (MCTQ's weekday and free-day sleep, chronotype, social jetlag), late nights, broken-night
spells, earlier sleep eras, night or shift work at home and rotating shifts — the sleep family of findings
(``sleep``, ``social_jetlag``, ``late_nights``) that :class:`~.clock.ClockAggregator` gives after the time zone.

Data shapes: the nights are read per local morning date, each a vector of 96 quarter-hour counts of the person's own
timed records from 12:00 the day before (``r`` domain, r 0 = 12:00; ``ClockAggregator._local_nights``), with the
record cited per (night, bin); a type's nights (weekday, weekend, a shift period) are pooled into per-bin counts of
nights active, whose quiet runs of 3–14 h give the window (:func:`sleep_window`). Sources: the records the clock
reads — the person's own timed actions of Facebook, X/Twitter and Amazon (``engine.ACTIVITY_KINDS``: posts, tweets,
DMs, comments, reactions, searches, logins, orders, viewing and reading; times from ``engine.CLOCK_SOURCES``), without
those the platform writes on its own (``engine.platform_written``) or a scheduling client queued
(``clients.scheduling_client``). The times are on the clock of the time-zone finding and its periods.

All functions take their data explicitly: :func:`sleep_family` gets the nights, the time zone's shift periods
(``shifted``) and the head-count zones from the aggregator, and :func:`reread_sleep` reads them again once the trips
are known (``tripnights.set_aside_trip_nights``). Moved out of ``clock.py`` by concern (thirty-first pass), unchanged.
The window's reading over a kind of nights lives in :mod:`.sleepwindow`, the spells (broken, later, a short wake) in
:mod:`.nightspells`, the rosters (duty and free nights, rotating shifts) in :mod:`.rosters` (thirty-fourth pass).
"""

from __future__ import annotations

import random
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from babel.lists import format_list

from ..wording import count_phrase, plural
from . import literature
from .engine import (
    BOOTSTRAP_RESAMPLES,
    BOOTSTRAP_SEED,
    QUARTERS,
    Context,
    PackedColumns,
    bootstrap_draws,
)
from .model import Confidence, Evidence, EvidenceItem, Finding, confidence_from_agreement
from .nightspells import (
    BROKEN_MIN_NIGHTS,
    BROKEN_MONTH_SHARE,
    LATER_SPELL_LABEL,
    WAKE_SPELL_LABEL,
    WAKE_SPELL_LABELS,
    WAKE_SPELL_SPARSE_LABEL,
    broken_spans,
    broken_spell,
    later_spell,
    sparse_wake,
    spell_days,
    wake_spells,
)
from .openclocks import (
    CANNOT_TELL,
    described,
    headline_zones,
    labels_on_clocks,
    open_zones_value,
    same_everywhere,
    windows_by_clock,
    windows_on_others,
)
from .rosters import ROSTER_NOTE, roster_days, roster_nights, rotating_family, rotating_shifts
from .sensitive import NightGate, month_count, over, weekday_counts, window_month, window_words
from .sleepwindow import (
    _NO_NIGHT,
    LATE_MARGIN_END,
    LATE_MARGIN_START,
    LONG_SLEEP_H,
    MAX_SLEEP_BINS,
    MIN_SLEEP_BINS,
    MIN_SLEEP_NIGHTS,
    QUIET_FRACTION,
    QUIET_NIGHT_SHARE,
    SHIFT_WORK_SHARE,
    SLEEP_LULL_MEAN_H,
    SLEEP_LULL_SD_H,
    NightMasks,
    _binomial_tail,
    _circ_h,
    _circ_median,
    _circular_gap,
    _clock_bins,
    _fmt_hours,
    _maximal_runs,
    choose_sleep_run,
    extend_over_late_nights,
    kinds_alike,
    median_active,
    pool_alike,
    quiet_flags,
    sleep_window,
)
from .zoneprior import zone_countries

LOW_SLEEP_NIGHTS = 30  # below: low at best (inference.md §5 #2)
NIGHT_MIN_EVENTS = 5
LATE_MIN_RECORDS = 2
# A night with a single record inside its window (one odd timestamp: not listed on its own) is listed when it lies in
# a run of awake nights: some ONE_RECORD_RUN_NIGHTS consecutive nights around it hold so many nights awake inside the
# window (listed, or with a single record) that the person's own rate of such nights would give that many with a
# binomial probability of at most ONE_RECORD_RUN_P (T28C L3: a student's exam weeks, awake to 04:00 on four nights
# a week with ~4 records a day, left 27 one-record nights counted but unlisted and both Feb 2023 exam periods out of
# the list). A one-record night alone, or beside a late night or two at the person's usual rate, stays unlisted.
ONE_RECORD_RUN_NIGHTS = 14
ONE_RECORD_RUN_P = 0.001
# How far before a trip's first and after its last day abroad its nights may still be travel: up to the nearest
# record at home, at most this many days (logins seen on 4 days in 10 put a 21-day trip at 10 days)
TRIP_NIGHTS_MARGIN_DAYS = 14
TRIP_REREAD_SHARE = 0.05  # nights on trips abroad from this share of all nights: the sleep windows are read without
# A habit of a few months (a new parent's night feeds, a season of night shifts) must not redefine the whole
# history's night: with nights of a type in at least MIN_PERIODS calendar quarters of MIN_PERIOD_NIGHTS nights or
# more, a bin's count of active nights is the median over those quarters of the share active in it (times the
# type's nights), so a pattern in under half of the quarters leaves the usual window whole; its nights are then
# inside the window and listed as late nights (the twenty-fourth pass's tester: four months of feeds in twenty
# left a 3 h window for the whole history, at high, and listed none of the ~100 broken nights)
MIN_PERIODS = 3
MIN_PERIOD_NIGHTS = 8
# An earlier era of other sleep (a student's 02:30–10:00 years before an office's 23:00–07:00 ones): the nights by
# calendar half-year (of at least ERA_HALF_NIGHTS nights), each half's window; where the last ERA_RECENT_HALVES or more
# halves keep within ERA_GAP_H of their median mid-sleep and at least ERA_MIN_EARLIER halves before them (two thirds
# of the halves before) lie ERA_GAP_H or more from it, the nights before are an earlier period: the windows are read
# on the present era, the earlier one said apart and its nights not checked against today's window (T30B era12: the
# student years made 280 "late nights" and a weekend window of 11:30–20:00)
ERA_HALF_NIGHTS = 30
# a group of nights whose per-bin share enters the quarters' median holds at least this many (night, bin) cells with a
# record: ~1.5 per waking bin (merge_sparse_periods; 200 let a new parent's feeds and a 5-a-day writer's late tenth move
# the window of the existing tests)
PERIOD_MIN_CELLS = 100
ERA_RECENT_HALVES = 4
ERA_MIN_EARLIER = 2
ERA_GAP_H = 2.0
# Where a rival run holds over 5 % of the candidates' likelihood, it could be the sleep: the window is medium at
# most; over 15 %, low (on the fourth tester's inputs, wrong choices held 65–84 %, right ones 53–100 %).
RIVAL_SHARE_MEDIUM = 0.95
RIVAL_SHARE_LOW = 0.85
DISJOINT_CAVEAT = ("Your weekday and weekend windows share no hour: either your free days move your sleep by "
                   "more than the usual 1–2 h (shift work), or the two are different pieces of one night broken at "
                   "the same hours (night feeds, a night-time look at the phone). The shift between them is not "
                   "to be trusted far.")
DAY_SLEEP_LABEL = "weekday day sleep (night or shift work)"
SHIFT_DAY_SLEEP_LABEL = "day sleep (night or shift work)"  # a shift period's window by day (sleep.shift_periods)
# a period on other hours whose every night keeps the free-day (weekend) window: free days throughout, as in a school
# holiday or time off, not shift work. MCTQ tells them apart by the days themselves: shift work alternates work and
# free days, each shift type with its own sleep (Juda, Vetter & Roenneberg 2013), while on free days throughout sleep
# keeps the free-day timing (Roenneberg et al. 2003, MCTQ's free days; the twenty-seventh pass's tester: a teenager's
# summers read "night or shift work" and their nights "broken nights")
HOLIDAY_LABEL = "free days throughout (a holiday or time off)"
#: a weekday day sleep (a night worker's) this far from the weekend's night sleep (mid-sleep to mid-sleep) makes
#: the person a day sleeper, her work and free nights read from her own nights (a nurse off a 19-07 shift, asleep
#: 08-15, and 01-09 on free nights: 6 h; her free Mondays inside the weekday window cut it to 07:00-12:15, 4.6 h)
DAY_SLEEP_MIN_GAP_H = 4.0
# A day sleeper's night moves from its calendar type to the other only where at least this share of the nights of its
# weekday and calendar type move so: her own week (the nurse's free Mondays, every one). A free Saturday awake at
# 04:00 with no record 07:30–14:00 looked like a work night (on shift, then asleep by day) and was not listed, though
# her Saturdays are free nights (1 in 60 moves); a rota on no fixed weekdays moves a third or more of every weekday.
OWN_TYPE_WEEKDAY_SHARE = 0.25
SHIFT_WORK_NOTE = ("You sleep by day on your work nights and at night on your free ones: night or shift work. Your "
                   "work and free nights are told apart by your own records, whichever weekday they fall on. MSW, MSF, "
                   "chronotype and social jetlag are MCTQ terms for day workers and are not defined for shift work "
                   "(MCTQ^Shift, Juda, Vetter & Roenneberg 2013, J Biol Rhythms 28:130), so none is given.")
HOLIDAY_MID_GAP_H = 1.0  # the period's mid-sleep within this of the free days' (MSF)
# caveats that stay first in their finding's list: a quiet-hours shift (timezone), a rival quiet stretch (sleep)
FIRST_CAVEATS = ("Your quiet hours shift", "Another quiet stretch", "Your weekday and weekend windows",
                 "Your nights were on other hours")
DEFAULT_FREE_DAYS = frozenset((5, 6))


def weekend_where(ctx: Any, country: str | None) -> str:
    """Whose weekend the free days are, for a caveat: "in Germany", "in the United Arab Emirates" (the country's
    name as running text writes it, :func:`~.gazetteer.country_in_text`; WORD58, T55B 9: "the weekend in DE" in
    every demo report); "in most countries" without a country; "where most
    people on this clock live" where no record places the person (``ctx.zone_placed``): the zone's country is the
    head count's, never named as hers (T34 M3: "the weekend in GT" for a Honolulu sleeper without IPs)."""
    if not getattr(ctx, "zone_placed", True):
        return "where most people on this clock live"
    if not country:
        return "in most countries"
    from .gazetteer import country_in_text

    return f"in {country_in_text(country)}"


@lru_cache(maxsize=64)
def free_weekdays(country: str | None) -> tuple[frozenset[int], str]:
    """The days of the week (0 = Monday) of ``country``'s weekend and their English names: CLDR's
    ``weekendStart``/``weekendEnd`` for the country's likeliest locale (babel: "und_IR" → fa_IR, Friday;
    "und_SA" → ar_SA, Friday–Saturday; "und_IN" → hi_IN, Sunday). Saturday and Sunday where the country is unknown
    (T26B's M2: an Iranian's Thursday–Friday lie-ins were read on Saturday and Sunday mornings)."""
    from babel import Locale, UnknownLocaleError
    from babel.dates import get_day_names

    days = DEFAULT_FREE_DAYS
    if country:
        try:
            loc = Locale.parse(f"und_{country}")
            first, last = loc.weekend_start, loc.weekend_end
            days = frozenset((first + i) % 7 for i in range((last - first) % 7 + 1))
        except (UnknownLocaleError, ValueError, TypeError):
            pass
    names = get_day_names("wide", locale="en")
    return days, format_list([names[d] for d in sorted(days, key=lambda d: (d - min(days)) % 7)], locale="en")


def night_period(night: date) -> tuple[int, int]:
    """The calendar quarter a night (dated by its morning) belongs to, as (year, 0–3)."""
    return night.year, (night.month - 1) // 3


def _at(night: date, r: int) -> tuple[date, int]:
    """Bin ``r`` of ``night``'s noon-to-noon vector, past its ends: the neighbouring night's bin."""
    shift, bin_ = divmod(r, QUARTERS)
    return (night + timedelta(days=shift) if shift else night), bin_


def merge_sparse_periods(groups: Sequence[list[date]], ext: Mapping[date, Sequence[int]]) -> list[list[date]]:
    """Consecutive calendar quarters of nights (``groups``, in time order) merged until each holds at least
    :data:`PERIOD_MIN_CELLS` (night, bin) cells with a record in the night's own bins; a short rest joins the last
    group. A sparse type (weekends at 1–3 records a night: ~36 cells a quarter) had a share of 0 in most bins of most
    quarters, so their median was 0 almost everywhere and the "quiet" run fell in the day (T30B era12's weekend
    11:30–20:00); a dense writer's quarters are left as they are."""
    out: list[list[date]] = []
    cur: list[date] = []
    cells = 0
    for g in groups:
        cur = [*cur, *g]
        cells += sum(1 for nd in g for c in ext[nd][:QUARTERS] if c)
        if cells >= PERIOD_MIN_CELLS:
            out.append(cur)
            cur, cells = [], 0
    if cur:
        if out:
            out[-1] = [*out[-1], *cur]
        else:
            out.append(cur)
    return out


def earlier_sleep_era(nights: Mapping[date, Sequence[int]],
                      window: Callable[[Sequence[float], int], tuple[int, int] | None]) -> date | None:
    """The first night (morning date) of the present sleep era, where an earlier era of other sleep precedes it
    (:data:`ERA_GAP_H`'s comment), else None. ``nights``: noon-to-noon bins per night (r domain); ``window``: the
    window over per-bin counts of nights active and their number (:func:`sleep_window`)."""
    halves: dict[tuple[int, int], list[date]] = {}
    for nd in nights:
        halves.setdefault((nd.year, (nd.month - 1) // 6), []).append(nd)
    mids: list[tuple[tuple[int, int], float]] = []
    for key in sorted(halves):
        nds = halves[key]
        if len(nds) < ERA_HALF_NIGHTS:
            continue
        active = [len(col) - col.count(0) for col in zip(*(nights[nd] for nd in nds), strict=True)]
        w = window(active, len(nds))
        if w is not None:
            mids.append((key, ((w[0] + w[1]) / 8 + 12) % 24))
    if len(mids) < ERA_RECENT_HALVES + ERA_MIN_EARLIER:
        return None
    ref = _circ_median([m for _, m in mids[-ERA_RECENT_HALVES:]])
    off = [_circ_h(m, ref) >= ERA_GAP_H for _, m in mids]
    last = max((i for i, o in enumerate(off) if o), default=None)
    if last is None or len(mids) - last - 1 < ERA_RECENT_HALVES:
        return None
    before = off[:last + 1]
    if sum(before) < ERA_MIN_EARLIER or sum(before) < 2 / 3 * len(before):
        return None
    year, half = mids[last + 1][0]
    return min(halves[(year, half)])


def trip_night_span(trip: dict) -> tuple[date | None, date | None]:
    """The nights (named by their morning's local date, as the late nights are) that may be spent on ``trip`` (an
    item of the trips finding's value: ``start``, ``end``, and ``last_home_day_before`` / ``first_home_day_after``
    when a record at home brackets it), as (first, last). The days away reach past the days seen abroad up to the
    nearest day seen at home, at most :data:`TRIP_NIGHTS_MARGIN_DAYS` days; the night into the day after the last
    of them began away (the flight home). (None, None) when the trip has no dates."""
    try:
        start, end = date.fromisoformat(str(trip["start"])), date.fromisoformat(str(trip["end"]))
    except (KeyError, ValueError):
        return None, None
    margin = timedelta(days=TRIP_NIGHTS_MARGIN_DAYS)
    lo, hi = start - margin, end + margin
    try:
        if trip.get("last_home_day_before"):
            lo = max(lo, date.fromisoformat(str(trip["last_home_day_before"])) + timedelta(days=1))
        if trip.get("first_home_day_after"):
            hi = min(hi, date.fromisoformat(str(trip["first_home_day_after"])) - timedelta(days=1))
    except ValueError:
        pass
    return min(lo, start), max(hi, end) + timedelta(days=1)


def one_record_runs(checked: Sequence[date], strays: set[date], awake: set[date],
                    span: int = ONE_RECORD_RUN_NIGHTS, alpha: float = ONE_RECORD_RUN_P) -> set[date]:
    """The nights of ``strays`` (one record inside the window) that lie in a run of awake nights: some ``span``
    consecutive calendar nights around the night whose checked nights (``checked``: the nights read against one
    window, sorted; nights of ``strays`` and ``awake`` not in it are ignored) hold k nights of ``awake`` ∪ ``strays``
    with P(X ≥ k) ≤ ``alpha`` for X ~ Binomial(n, p), n the run's checked nights and p the share of all checked
    nights that are awake or strays (the person's own rate: a frequent late sleeper needs a denser run). A stray
    needs at least one other awake night in the run. ``ONE_RECORD_RUN_NIGHTS``' comment gives the reason; one pass
    of sliding runs over the nights."""
    hits = [nd for nd in checked if nd in awake or nd in strays]
    strays = strays.intersection(checked)
    if not strays or not checked or len(hits) < 2:
        return set()
    p = len(hits) / len(checked)
    if p >= 0.5:
        return set()  # awake on most nights: no run stands out
    # every run of `span` calendar nights that starts on a hit: its checked nights and hits (two pointers)
    days = [nd.toordinal() for nd in checked]
    hit_days = [nd.toordinal() for nd in hits]
    out: set[date] = set()
    j = 0
    tails: dict[tuple[int, int], bool] = {}
    for i, start in enumerate(hit_days):
        while j < len(days) and days[j] < start:
            j += 1
        end = start + span  # exclusive
        k_end = bisect_left(hit_days, end, lo=i)
        n_end = bisect_left(days, end, lo=j)
        k, n = k_end - i, n_end - j
        if k < 2:
            continue
        key = (k, n)
        if key not in tails:
            tails[key] = _binomial_tail(k, n, p) <= alpha
        if tails[key]:
            out.update(hits[m] for m in range(i, k_end) if hits[m] in strays)
    return out


def set_late_nights(late: Finding, rows: dict[date, tuple[int, EvidenceItem | None]], travel: Sequence[date],
                    clock: str, checked_by_month: Mapping[str, int] | None = None,
                    gate: NightGate | None = None) -> None:
    """Fill the late-nights finding from ``rows`` (per local date: records inside the sleep window, the first
    one's evidence), the dates in ``travel`` set aside as nights on a trip: the evidence counts and items, the
    summary, a caveat and, in the value, ``broken_spans`` and — with ``gate.dated`` — ``dates`` (sorted, each
    once) and ``travel_dates``; in place. Without (:class:`.sensitive.NightGate`: no ``--include-sensitive``)
    ``dates`` and ``travel_dates`` are null and the value says ``listed`` (nights), ``travel_nights``,
    ``weekdays`` (``{"Mon": n, …}``), ``over_days`` (first to last night listed, inclusive; 0 without any), each
    ``broken_spans`` item ``{months, nights, share}``; the summary "over 2.3 years", "over 4 months". Without a
    ``gate``: dated."""
    gate = gate if gate is not None else NightGate(dated=True)
    value = late.value
    away = set(travel)
    kept = sorted(d for d in rows if d not in away)
    value["dates"] = [d.isoformat() for d in kept] if gate.dated else None
    value["travel_dates"] = sorted(d.isoformat() for d in away) if gate.dated else None
    # counted in nights, for what the finding says: the nights that fit the list (listed, or quiet inside the
    # window) for, the nights with a single record inside it against ("0 records for, 610 against" under "no late
    # nights" read as the data contradicting it 610 to 0: M6 of the twenty-fourth pass's tester)
    stray = value.get("nights_one_record", 0)
    ev = Evidence(unit="nights")
    ev.n_support = max(0, value["nights_checked"] - len(away) - stray)
    ev.n_against = stray
    ev.items = [item for d in kept if (item := rows[d][1]) is not None][:10]
    late.evidence = ev
    spans = broken_spans(kept, checked_by_month or {})
    # the run's length over the nights outside the windows about a switch the gate undated: from (or to) such a
    # switch it is the night counted from the archive's last (or first) day (WINDOW64, T59E 3: over_days 261 was 240
    # for a night three weeks later, "over 9 months" then "over 8 months"); said with the windows' months
    near = bool(kept) and not gate.dated and bool(gate.near_move)  # one wording whether or not a night is inside
    spanned = [d for d in kept if d not in gate.near_move] if near else kept
    over_days = (spanned[-1] - spanned[0]).days + 1 if spanned else 0
    outside = [window_month(w) for w in gate._windows] if near else None
    over_said = over(over_days) + (f" outside {' and '.join(window_words(w) for w in gate._windows)}" if near else "")
    if gate.dated:
        value["broken_spans"] = spans
    else:  # the same fields for everyone: counts, weekdays, the run's length and the spans' months, no dates
        value["broken_spans"] = [{"months": month_count(sp), "nights": sp["nights"], "share": sp["share"]}
                                 for sp in spans]
        value.update(listed=len(kept), travel_nights=len(away), weekdays=weekday_counts(kept), over_days=over_days)
        if outside:
            value["over_days_outside"] = outside
    late.caveats = [c for c in late.caveats if not c.startswith("Nights on a trip")]
    if away:
        late.caveats.insert(0, f"Nights on a trip abroad ({len(away)}) are set aside, not counted: they were "
                               f"spent on another clock than {clock} time.")
    n = len(kept)
    # the listed nights that rest on one record (in a run of awake nights: one_record_runs)
    one = value["listed_one_record"] = sum(1 for d in kept if rows[d][0] == 1)
    said = ([f"{one} of them on a single record, in a run of such nights"] if one else []) \
        + ([f"{len(away)} more on a trip abroad set aside"] if away else [])
    late.summary = (f"{n} {plural(n, 'night')} with activity inside your usual sleep window"
                    + (f" {over_said}" if kept and not gate.dated else "")
                    + (f" ({'; '.join(said)})" if said else "")
                    # the nights with one record inside the window, not listed: said, not left out (T33B M4: one tweet
                    # at a random hour on 35 % of nights read "0 nights with activity inside your usual sleep window")
                    + (f"; {stray:,} more {plural(stray, 'night')} with a single record inside it, not listed (a short "
                       "wake, or one odd timestamp)" if stray else "")
                    + ("; broken nights " + format_list([f"{gate.months(sp)} ({count_phrase(sp['nights'], 'night')}, "
                                                         f"{sp['share']:.0%} of them)" for sp in spans], locale="en")
                       if spans else "")
                    + f"; {value['share_00_05']:.1%} of activity falls 00–05 {clock} time"
                    + (" (" + format_list([f"{share:.1%} on {z} time" for z, share in by_clock.items()
                                           if z != value["zone"]], locale="en")
                       + f"; {CANNOT_TELL})" if (by_clock := value.get("share_00_05_by_clock")) else "") + ".")


def sleep_nights_phrase(value: dict) -> str:
    """What the sleep window rests on, in words every format uses (JSON summary, the text, Markdown and HTML
    facts): ``value["nights_used"]`` (every night with a record: the windows are computed over them) and
    ``value["nights"]`` (those with ≥ NIGHT_MIN_EVENTS records: the sample the confidence needs), e.g. "1,518
    weekday and 609 weekend nights with records (334 and 146 with ≥ 5)". Said once "from 1518 weekday and 609
    weekend nights" (JSON) and once "Rests on 334 weekday and 146 weekend nights" (text): two numbers under one
    wording (the twenty-third pass's tester)."""
    used = value.get("nights_used") or {}
    full = value.get("nights") or {}
    # a day sleeper's types are her work and free nights (value["night_types"]: {"work": type, "free": type})
    own = value.get("night_types") or {}
    a, b = ((own["work"], own["free"]) if own else ("weekday", "weekend"))
    wa, wb = ("duty", "free") if value.get("roster") else ("work", "free") if own else ("weekday", "weekend")
    return (f"{used.get(a, 0):,} {wa} and {used.get(b, 0):,} {wb} nights with records "
            f"({full.get(a, 0):,} and {full.get(b, 0):,} with ≥ {NIGHT_MIN_EVENTS} actions)")


def day_sleeper(windows: Mapping[str, tuple[int, int] | None]) -> str | None:
    """"weekday" where the weekday window is a day sleep (its middle between 08:00 and 20:00, as
    :func:`shift_windows` labels one) and the weekend window a night sleep at least :data:`DAY_SLEEP_MIN_GAP_H`
    from it: a night or shift worker back on a night's sleep on free days. None otherwise (both by night, both
    by day, a window missing, or a late sleeper's weekend by day: 04:00–13:00 is no work by night)."""
    wd, we = windows.get("weekday"), windows.get("weekend")
    if wd is None or we is None or _circular_gap(wd[0] + wd[1], we[0] + we[1], 2 * QUARTERS) / 8 \
            < DAY_SLEEP_MIN_GAP_H:
        return None
    mid_wd, mid_we = (((w[0] + w[1]) / 8 + 12) % 24 for w in (wd, we))
    return "weekday" if 8.0 <= mid_wd < 20.0 and not 8.0 <= mid_we < 20.0 else None


def own_night_types(types: Mapping[str, Sequence[date]], ext: Mapping[date, Sequence[int]],
                     windows: Mapping[str, tuple[int, int] | None]) -> dict[date, str]:
    """Each night of ``types`` (type → night dates, by the calendar) → its type, read from its records: the other
    type where the night has a record inside its own type's window and none inside the other's, each window's
    edges left clear as the late nights leave them (:data:`LATE_MARGIN_START`, :data:`LATE_MARGIN_END`);
    otherwise its calendar type (a quiet night, or one awake in both windows: a late night). For a day sleeper:
    her work nights are the nights she sleeps by day, her free nights those she sleeps at night, whichever weekday
    they fall on (MCTQ^Shift reads sleep per shift type, not per weekday: Juda, Vetter & Roenneberg 2013, J Biol
    Rhythms 28:130)."""
    cores = {t: range(w[0] + LATE_MARGIN_START, w[1] - LATE_MARGIN_END) for t, w in windows.items() if w}
    out: dict[date, str] = {}
    # per calendar type and weekday: its nights, and those whose records move them to the other type
    seen: Counter[tuple[str, int]] = Counter()
    moves: Counter[tuple[str, int]] = Counter()
    for t, nds in types.items():
        o = "weekend" if t == "weekday" else "weekday"
        for nd in nds:
            vec = ext[nd]
            moved = (t in cores and o in cores and any(vec[r] for r in cores[t])
                     and not any(vec[r] for r in cores[o]))
            out[nd] = o if moved else t
            seen[(t, nd.weekday())] += 1
            moves[(t, nd.weekday())] += moved
    # a move against her own week (OWN_TYPE_WEEKDAY_SHARE's comment) is a late night of its calendar type
    for t, nds in types.items():
        for nd in nds:
            if out[nd] != t and moves[(t, nd.weekday())] < OWN_TYPE_WEEKDAY_SHARE * seen[(t, nd.weekday())]:
                out[nd] = t
    return out


# -- sleep, social jetlag, late nights -----------------------------------------------------------
def _chronotype(msf: float) -> str:
    """The MCTQ chronotype band of a free-day mid-sleep (local hours): early < 03:30 ≤ intermediate < 05:00 ≤ late."""
    return "early type" if msf < 3.5 else "intermediate type" if msf < 5.0 else "late type"


def reread_sleep(ctx: Context, tz_finding: Finding, shifted: Sequence[tuple[date, date]],
                 zone_by_head_count: Sequence[tuple[str, str]] | None,
                 local: tuple[dict[date, list[int]], dict[tuple[date, int], EvidenceItem]] | None,
                 said: Sequence[str] | None, away: frozenset[date]) -> list[Finding] | None:
    """The sleep family read again with the nights in ``away`` left out of the windows (:func:`sleep_family`),
    with the caveats ``ClockAggregator.finish`` adds (``said``: the clock read on, the scheduled posts; ``shifted``,
    ``zone_by_head_count``: the
    aggregator's, as :func:`sleep_family` takes them; ``local``: ``(nights, ev_map)`` of the first reading); None
    where those nights are under :data:`TRIP_REREAD_SHARE` of the nights with records (a trip or two does not move a
    window read by quarters), or without nights. Where the first reading found a roster (:func:`roster_nights`),
    any night abroad is reason enough: a roster is read from the nights' own hours, and a trip's nights on another
    clock are no duty nights (T33B M7: a crew's layover nights were the "duty nights", her home nights "free")."""
    if not local or not local[0] or not away & local[0].keys():
        return None
    first = ctx.findings.get("sleep")
    rostered = first is not None and isinstance(first.value, dict) and isinstance(first.value.get("roster"), dict)
    if not rostered and len(away & local[0].keys()) < TRIP_REREAD_SHARE * len(local[0]):
        return None
    family = sleep_family(ctx, tz_finding, local[0], local[1], shifted, zone_by_head_count, away)
    for finding in family:
        at = 1 if finding.caveats and finding.caveats[0].startswith(FIRST_CAVEATS) else 0
        finding.caveats = [*finding.caveats[:at], *(said or ()), *finding.caveats[at:]]
    return family


def nights_active(nds: Sequence[date], ext: Mapping[date, Sequence[int]]) -> list[int]:
    """Per bin (``2 * QUARTERS``: a night's bins, then the next night's), how many of the nights ``nds`` have a record
    in it: ``ext`` per night its counts per bin, a bin active where its count is not 0. One C-level count per bin's
    column (PERF29: a generator step per night and bin was 3.6× slower on 700 nights)."""
    return [len(col) - col.count(0) for col in zip(*(ext[nd] for nd in nds))] or [0] * (2 * QUARTERS)


def sleep_family(ctx: Context, tz_finding: Finding, nights: dict[date, list[int]],
                 ev_map: dict[tuple[date, int], EvidenceItem], shifted: Sequence[tuple[date, date]],
                 zone_by_head_count: Sequence[tuple[str, str]] | None,
                 away: frozenset[date] = frozenset()) -> list[Finding]:
    """The sleep, social jetlag and late nights findings. ``away``: nights (morning dates) left out of the
    windows (nights on a trip abroad, on another clock: :func:`set_aside_trip_nights`); they are still checked
    for late nights, where the trips set them aside. ``nights``, ``ev_map``: ``ClockAggregator._local_nights``'
    result (per local morning date, the night's 96 bins from 12:00 the day before; per (night, bin), the record
    cited); ``shifted``: the time zone's periods on the home's clock at other hours (first, last UTC day);
    ``zone_by_head_count``: the zones the clock alone would name, with their UTC offsets
    (``ClockAggregator._timezone``)."""
    gate = NightGate.of(ctx)  # whether the texts and values may date the nights (--include-sensitive)
    # the nights of a period on the home's clock at other hours (night shifts at home; the time zone's periods)
    # are read apart, as MCTQ^Shift reads each shift type's sleep apart (Juda, Vetter & Roenneberg 2013): the
    # weekday and weekend windows, the chronotype and the social jetlag are the other nights', and the shift
    # period gets its own window (a day sleep). Pooled, two months of night shifts in nine ate the weekday
    # window and listed only 14 weekend nights late (the twenty-fifth pass's last tester); against the usual
    # window each night awake on shift is a late night, as the late-nights finding defines one
    on_shift = {nd: k for nd in nights for k, (a, b) in enumerate(shifted) if a < nd <= b + timedelta(days=1)}
    types = {"weekday": [], "weekend": []}
    # free days: the home country's weekend (CLDR), the night before one ending on its morning
    country = zone_countries().get(ctx.zone_name or "")
    free, free_names = free_weekdays(country)
    # an earlier era of other sleep (a student's late years before an office's): the windows are the present
    # era's, the earlier one is said apart and its nights are not read against today's window (T30B era12)
    era_start = earlier_sleep_era({nd: v for nd, v in nights.items() if nd not in on_shift and nd not in away},
                                  sleep_window)
    earlier = frozenset(nd for nd in nights if era_start is not None and nd < era_start
                        and nd not in on_shift and nd not in away)
    for nd, _vec in nights.items():
        if nd not in on_shift and nd not in away and nd not in earlier:
            types["weekend" if nd.weekday() in free else "weekday"].append(nd)
    # per type, the bins' columns over its nights (one tuple per bin, nights in the order of ``nds``)
    # each night's bins followed by the next night's: a day sleeper's lull runs on past noon into the
    # afternoon after that morning (the next night's first bins), not the one before it (the second tester)
    ext = {nd: (*vec, *(nights.get(nd + timedelta(days=1)) or _NO_NIGHT)) for nd, vec in nights.items()}

    def alike_bins(types: dict[str, list[date]]) -> list[bool] | None:
        # per bin, whether the two kinds' nights keep it alike (kinds_alike), from their counts of nights active
        raw = {t: nights_active(nds, ext) for t, nds in types.items()}
        return kinds_alike(raw, {t: len(nds) for t, nds in types.items()})

    def read_types(types: dict[str, list[date]], by_calendar: bool = True) -> tuple[Any, ...]:
        # the windows over the nights of each type (columns, counts, quarters, quiet flags, runs, masks, windows)
        columns = {t: list(zip(*(ext[nd] for nd in nds))) or [()] * (2 * QUARTERS) for t, nds in types.items()}
        agg = {t: [sum(col) for col in cols] for t, cols in columns.items()}
        # nights active per bin: the robust statistic the window rests on
        active: dict[str, Sequence[float]] = {t: [len(col) - col.count(0) for col in cols]
                                              for t, cols in columns.items()}
        # per type, its nights by calendar quarter (the quarters with enough nights), when there are enough of
        # them for a habit of a few months not to decide the window (MIN_PERIODS)
        periods: dict[str, list[list[date]]] = {}
        for t, nds in types.items():
            by_q: dict[tuple[int, int], list[date]] = {}
            for nd in sorted(nds):
                by_q.setdefault(night_period(nd), []).append(nd)
            kept_q = [v for v in by_q.values() if len(v) >= MIN_PERIOD_NIGHTS]
            kept_q = merge_sparse_periods(kept_q, ext)
            if len(kept_q) >= MIN_PERIODS:
                periods[t] = kept_q
                counts = [[len(col) - col.count(0) for col in zip(*(ext[nd] for nd in v))] for v in kept_q]
                active[t] = median_active(counts, [len(v) for v in kept_q], len(nds))
        # a bin the calendar's two kinds keep alike is judged quiet or not on both kinds' nights (KINDS_DIFFER_Z's
        # comment; the late-night stretch before the window is still weighed on the kind's own nights); kinds read
        # from the nights' own records (a roster's, a day sleeper's) differ by how they were read
        judged = pool_alike(active, {t: len(nds) for t, nds in types.items()}, alike_bins(types) if by_calendar
                            else None)
        flags = {t: quiet_flags(judged[t], len(types[t])) for t in types}
        choices = {t: None if f is None else choose_sleep_run(f) for t, f in flags.items()}
        # each type's nights as bit masks, by the groups its counts were taken over (quarters, or all as one)
        masks = {t: NightMasks([[ext[nd] for nd in g] for g in (periods.get(t) or [nds])])
                 for t, nds in types.items()}
        # a stretch awake on a minority of nights next to the quiet run (occasional late nights) is inside the night
        windows = {t: None if c is None else extend_over_late_nights((c.start, c.end), flags[t], active[t],  # type: ignore[arg-type]
                                                                     masks[t].share)
                   for t, c in choices.items()}
        return agg, periods, flags, choices, masks, windows

    calendar = (types, *read_types(types))
    agg, periods, flags, choices, masks, windows = calendar[1:]
    spell = broken_spell(types, ext, windows)
    if spell:
        # a spell of broken nights (a newborn's feeds) fitted as the window: read on the other nights; the
        # spell's nights are still checked against it below, and listed as broken nights (T30B M2)
        types = {t: [nd for nd in nds if nd not in spell] for t, nds in types.items()}
        calendar = (types, *read_types(types))
        agg, periods, flags, choices, masks, windows = calendar[1:]
    # a spell of a short wake each night at one hour (wake_spells; T31C N6: a month up at 04:00 inside a 23:00-07:00
    # night split a year's quarters, the bootstrap agreed 54 %): its nights are left out of the windows, as a spell
    # of broken nights' are; found again below against the windows read without them
    pre = {nd: w for t, nds in types.items() if (w := windows[t]) is not None for nd in nds}
    woken_first = {nd for nds, _band in wake_spells(pre, ext) for nd in nds}
    if woken_first:
        types = {t: [nd for nd in nds if nd not in woken_first] for t, nds in types.items()}
        calendar = (types, *read_types(types))
        agg, periods, flags, choices, masks, windows = calendar[1:]
    # a roster's duty and free nights on any weekday (ROSTER_NOTE; T32B M8): the two kinds read from the nights
    # themselves replace the calendar's weekday and weekend, as a day sleeper's own nights do below
    pooled = windows["weekday"] or windows["weekend"]
    roster = None if day_sleeper(windows) or pooled is None else roster_nights(
        sorted(nd for nds in types.values() for nd in nds), ext, pooled, free)
    if roster is not None:
        # each kind's window over the nights read as that kind from their own records: a night of neither kind (the
        # short night between a day off and an early duty keeps both windows' records) blurred the free window's
        # morning to the duty nights' rising (T33B M5: free nights ≈00:15–07:00 for a nurse asleep 00:30–09:30)
        r_types = {t: sorted(nd for nd, k in roster[0].items() if k == t and nd not in roster[2]) for t in types}
        r_read = read_types(r_types, by_calendar=False)
        if day_sleeper(r_read[-1]) is None and all(w is not None for w in r_read[-1].values()):
            types = r_types
            calendar = (types, *r_read)
            agg, periods, flags, choices, masks, windows = r_read
        else:
            roster = None
    # a night of no kind of its own (quiet in both windows, or awake in both: the short night between a day off and an
    # early duty) is checked for late nights where both kinds sleep, the windows' overlap (3 h at least)
    roster_mixed = roster[2] if roster is not None else frozenset()
    roster_overlap: tuple[int, int] | None = None
    if roster is not None and windows["weekday"] and windows["weekend"]:
        lo, hi = max(windows["weekday"][0], windows["weekend"][0]), min(windows["weekday"][1], windows["weekend"][1])
        roster_overlap = (lo, hi) if hi - lo >= MIN_SLEEP_BINS else None
    kind = {nd: t for t, nds in types.items() for nd in nds}
    if roster is not None:  # a night of neither kind: its neighbours' (roster_nights), for the spells below
        kind.update({nd: roster[0][nd] for nd in roster_mixed})
    day_sleep = day_sleeper(windows)
    if day_sleep:
        # a day sleeper (night or shift work) whose other nights are night sleeps: which nights are work nights
        # and which free is read from her own nights, not the calendar's weekend (T28C's H2: a night nurse's
        # free Monday mornings, up from 09:00 inside the Mon-Fri day-sleep window, were 46 "late nights").
        # Twice at most: against the calendar's windows, then against her own nights' (a free Monday quiet in
        # the first weekday window's short core fell to the work nights, and was awake in the second's)
        for _ in range(2):
            own = own_night_types(calendar[0], ext, windows)
            if own == kind:
                break
            kind = own
            types = {t: sorted(nd for nd, k in kind.items() if k == t) for t in types}
            agg, periods, flags, choices, masks, windows = read_types(types, by_calendar=False)
        day_sleep = day_sleeper(windows)
        if not day_sleep:  # her own nights no longer tell a day sleep from a night's: the calendar's reading
            types, agg, periods, flags, choices, masks, windows = calendar
            kind = {nd: t for t, nds in types.items() for nd in nds}
    for t, c in choices.items():
        o = "weekend" if t == "weekday" else "weekday"
        oc, of = choices[o], flags[o]
        if c is None or c.rival is None or c.share < RIVAL_SHARE_LOW or oc is None or of is None:
            continue  # a close contest (a nurse's ward hours against her day sleep) stays one
        # a rival run busy on the other days while those days sleep when this window does is the hours of
        # work or school (an office worker's silent 09-17 weekdays against the weekend's same night): no rival
        # for the sleep (the first tester of this pass: the demo person's sleep fell from high to medium)
        if _clock_bins((c.start, c.end)) & _clock_bins((oc.start, oc.end)):
            busy = sum(not of[r] for r in range(*c.rival) if r < len(of)) / (c.rival[1] - c.rival[0])
            if busy >= 0.5:
                choices[t] = c._replace(share=1.0, rival=None)
    full = {t: [nd for nd in nds if sum(nights[nd]) >= NIGHT_MIN_EVENTS] for t, nds in types.items()}
    n_full = sum(len(v) for v in full.values())
    sleep_meta = {
        "id": "sleep", "title": "Sleep window and chronotype",
        "method": ("Own timed actions are binned in 15-minute local bins per night (noon to noon, dated by the "
                   "morning; weekend = a morning of the home country's weekend (CLDR; Saturday and Sunday "
                   "where unknown), weekday = any other) on the clock of the chosen time zone. For each bin, the "
                   "number of nights of a type with at least one record in it is counted (so a few late nights "
                   "cannot fill the quiet bins) — with nights of the type in at least "
                   f"{MIN_PERIODS} calendar quarters of {MIN_PERIOD_NIGHTS} nights or more, the median over the "
                   "quarters of the share of nights active in the bin, so a habit of a few months (night feeds, "
                   "a season of night shifts) does not split the whole history's night; among the runs (3–14 h) "
                   "of bins active on at most "
                   f"{QUIET_NIGHT_SHARE:.0%} of nights (or under {QUIET_FRACTION:.0%} of the mean per-bin count), "
                   "capped at half that mean, the sleep window is the run whose length and hour are likeliest "
                   f"for sleep (length {SLEEP_LULL_MEAN_H:g} ± {SLEEP_LULL_SD_H:g} h; mid-point under the MCTQ "
                   f"prior, {SHIFT_WORK_SHARE:.0%} of it spread over the day for shift workers); it may cross "
                   "noon (a day sleeper's); "
                   "mid-sleep on free days (MSF) is its "
                   "midpoint (MCTQ definition, without sleep-debt correction). Weekday and weekend windows on "
                   "no common hour make the finding medium at most. Evidence: own records outside the windows "
                   "for, inside them against."),
        "literature": literature.cards("sleep"),
        "caveats": ["Activity stops before sleep starts and resumes after waking: the window is a lull in "
                    "records, not measured sleep.",
                    "Health-adjacent (sleep): not a medical measurement."],
    }
    tz_ok = tz_finding.confidence != Confidence.INSUFFICIENT
    if n_full < MIN_SLEEP_NIGHTS or not tz_ok or (windows["weekday"] is None and windows["weekend"] is None):
        # the longest quiet stretch of a day: over 14 h, the records stop and start around the sleep (an account
        # used only at work, 09-17: "no nightly lull" was said of a 16-h lull; T26B's M3)
        longest = max((e - b for f in flags.values() if f for b, e in _maximal_runs(f[:QUARTERS] * 2)),
                      default=0)
        why = (f"{count_phrase(n_full, 'night')} with ≥ {NIGHT_MIN_EVENTS} own actions (need {MIN_SLEEP_NIGHTS})"
               if n_full < MIN_SLEEP_NIGHTS else
               "no time zone could be placed" if not tz_ok else
               f"the records' daily quiet stretch lasts ≈{min(longest, QUARTERS) / 4:g} h, longer than any sleep "
               f"(3–{MAX_SLEEP_BINS / 4:g} h): the records stop and start around the sleep, which they bound "
               "but do not show" if longest > MAX_SLEEP_BINS else "no nightly lull of ≥ 3 h in the records")
        insuff = Confidence.INSUFFICIENT
        rota = rotating_shifts({nd: nights[nd] for nd in nights if nd not in away}) if tz_ok else None
        if rota is not None:
            return rotating_family(rota, sleep_meta, why, ctx.clock_label)
        return [
            Finding(value=None, confidence=insuff, confidence_basis=why, summary="No clear sleep window.",
                    **sleep_meta),
            Finding(id="social_jetlag", title="Social jetlag", value=None, confidence=insuff,
                    confidence_basis=why, method="|MSF − MSW| from the sleep finding.",
                    literature=literature.cards("social_jetlag"), summary="Not computed."),
            Finding(id="late_nights", title="Late or irregular nights", value=None, confidence=insuff,
                    confidence_basis=why, method="Nights with activity inside the usual sleep window.",
                    literature=literature.cards("late_nights"), summary="Not computed.",
                    caveats=["Health-adjacent."]),
        ]

    def describe(w: tuple[int, int] | None) -> dict | None:
        if w is None:
            return None
        mid = (w[0] + w[1]) / 2
        return {"start": _fmt_hours(w[0] / 4 + 12), "end": _fmt_hours(w[1] / 4 + 12),
                "duration_hours": (w[1] - w[0]) / 4, "mid_hours": round((mid / 4 + 12) % 24, 2)}

    wd, we = describe(windows["weekday"]), describe(windows["weekend"])
    msw = wd["mid_hours"] if wd else None
    msf = we["mid_hours"] if we else None
    if day_sleep:
        # MSW, MSF, the chronotype and social jetlag are the MCTQ's for day workers; for shift work they are not
        # defined (MCTQ^Shift: Juda, Vetter & Roenneberg 2013): said so, not printed as if they were (T28C's H2)
        msw = msf = None
    # asleep by day on workdays and free days alike (both windows' middles 10:00–18:00: a night baker's 07:00–16:00):
    # night or shift work, for which the MCTQ's chronotype is not defined — it was "late type" (T32A L4); a late
    # sleeper's 04:00–13:00 (middle 08:30) keeps its chronotype
    days_asleep = bool(wd and we) and all(10.0 <= w["mid_hours"] < 18.0 for w in (wd, we))  # type: ignore[index]
    if days_asleep:
        msw = msf = None
    chronotype = None
    chronotype_open: dict[str, str] | None = None
    if msf is not None:
        chronotype = _chronotype(msf)
        if headline_zones(ctx):
            # the zone was chosen among the country's clocks by head count (T32B M12), or among the clocks the
            # activity alone fits with no record placing the person (offsets_open, T36: a Denver sleeper without IPs
            # was "late type" on New York's clock): a label that flips between them (a Los Angeles 23:30 sleeper is
            # "late type" on New York's clock) is withheld, as the MCTQ's chronotype rests on the clock the
            # mid-sleep is read on
            # chronotype_by_clock keeps every clock's label, west to east, flipping or not: one column for everyone
            # whose clock is left open, as the late nights' share_00_05_by_clock (T37: it was absent where every
            # clock gave one type, so a batch column read alone could not tell "one type" from "no clock open")
            chronotype_open = labels_on_clocks(ctx, msf, _chronotype)
            if not same_everywhere(chronotype_open):
                chronotype = None
    # Seeded bootstrap over nights: recompute the aggregate windows from resampled nights.
    rng = random.Random(BOOTSTRAP_SEED)
    agreements = []
    # the bins the two kinds keep alike are read pooled in each resample as in the windows (pool_alike): each
    # kind's resampled counts first, then each resample's two kinds together
    alike = alike_bins(types) if roster is None and not day_sleep else None
    sizes = {t: len(nds) for t, nds in types.items()}
    resampled: dict[str, list[tuple[Sequence[float], list[list[int]]]]] = {}
    for t, nds in types.items():
        if not nds or (windows[t] is None and not (alike and any(
                windows[o] is not None for o in types if o != t))):
            continue
        # per night, its 0/1 activity per bin packed in one integer: a resample's count of active
        # nights per bin is one sum over its draws (the same integers as weighting each night)
        # a type judged by quarters is resampled within each quarter (its nights drawn from its own)
        groups = periods.get(t) or [nds]
        packs = [PackedColumns([[1 if v else 0 for v in ext[nd]] for nd in g], 2 * QUARTERS) for g in groups]
        resampled[t] = []
        for _ in range(BOOTSTRAP_RESAMPLES):
            draws = [bootstrap_draws(len(g), rng) for g in groups]
            sums = [pk.sums(d) for pk, d in zip(packs, draws, strict=True)]
            counts = median_active(sums, [len(g) for g in groups], len(nds)) if t in periods else sums[0]
            resampled[t].append((counts, draws))
    for t, nds in types.items():
        w0 = windows[t]
        if w0 is None or not nds:
            continue
        hits = 0
        for k in range(BOOTSTRAP_RESAMPLES):
            counts, draws = resampled[t][k]
            judged = pool_alike({o: resampled[o][k][0] for o in resampled}, sizes, alike)[t] \
                if alike is not None and len(resampled) == 2 else counts
            f1 = quiet_flags(judged, len(nds))
            c1 = None if f1 is None else choose_sleep_run(f1)
            w1 = None if c1 is None else extend_over_late_nights(
                (c1.start, c1.end), f1, counts,  # type: ignore[arg-type]
                lambda lo, hi, d=draws, m=masks[t]: m.share(lo, hi, d))
            if w1 is not None and _circular_gap(w1[0] + w1[1], w0[0] + w0[1], 2 * QUARTERS) <= 4:  # ≤ 30 min
                hits += 1
        agreements.append(hits / BOOTSTRAP_RESAMPLES)
    agreement = min(agreements) if agreements else 0.0
    conf = confidence_from_agreement(agreement)
    basis = (f"{agreement:.0%} of {BOOTSTRAP_RESAMPLES} seeded bootstrap resamples of nights put "
             f"mid-sleep within 30 min (weakest of {'duty/free nights' if roster is not None else 'weekday/weekend'}"
             f"); {count_phrase(n_full, 'night')} with ≥ "
             f"{NIGHT_MIN_EVENTS} actions")
    if n_full < LOW_SLEEP_NIGHTS:
        conf = Confidence.LOW
        basis += f" (fewer than {LOW_SLEEP_NIGHTS}, so low at best)"
    if tz_finding.confidence == Confidence.LOW and conf != Confidence.LOW:
        conf = Confidence.LOW
        basis += "; the time zone itself is uncertain"
    elif conf == Confidence.HIGH and zone_by_head_count:
        # the zone was chosen among the country's clocks by where more people live (T28C H1: "Toronto time",
        # medium, for a Newfoundlander, the sleep 1 h 30 min off at high): the times are read on a clock the
        # activity could not tell from another, so they are no surer than it
        conf = Confidence.MEDIUM
        rivals = format_list([f"{z} ({off})" for z, off in zone_by_head_count[:3]], locale="en")
        basis += (f"; the time zone was chosen from {rivals} by where more people live, and the times are "
                  "read on its clock: medium at most")
    # a second quiet run nearly as likely to be the sleep (a night worker's break on shift against the day
    # sleep, an office worker's silence at work against a short night): said, and the confidence capped
    sleep_caveats = list(sleep_meta.pop("caveats"))
    rivals: list[str] = []
    shares: list[str] = []
    for t, c in choices.items():
        if c is None or c.rival is None or c.share >= RIVAL_SHARE_MEDIUM:
            continue
        rw = describe(c.rival)
        rivals.append(f"{t}s {rw['start']}–{rw['end']}")  # type: ignore[index]
        shares.append(f"{c.share:.0%} on {t}s")
        cap = Confidence.LOW if c.share < RIVAL_SHARE_LOW else Confidence.MEDIUM
        if conf == Confidence.HIGH or (cap == Confidence.LOW and conf == Confidence.MEDIUM):
            conf = cap
    if rivals:
        basis += (f"; another quiet stretch ({'; '.join(rivals)}) could as well be the sleep: the window "
                  f"chosen holds {', '.join(shares)} of the quiet stretches' likelihood by length and hour")
        sleep_caveats.insert(0, "Another quiet stretch of your records could as well be your sleep ("
                             + "; ".join(rivals) + "): a break on a night shift, an evening out or hours at "
                             "work without your phone look like a short night. The window chosen is the one "
                             "whose length and hour are likelier for sleep.")
    # weekday and weekend windows on no common hour: a shift worker's free days, or two pieces of one night
    # broken at the same hours every night (a parent's feeds split it: 23:00-02:00 on weekdays, 04:30-08:00 at
    # weekends, social jetlag 5.75 h at high; the twenty-fourth pass's tester). Either way the shift between
    # them is no measure to trust at high: the sleep medium at most, the social jetlag low
    w_wd, w_we = windows["weekday"], windows["weekend"]
    disjoint = w_wd is not None and w_we is not None and not _clock_bins(w_wd) & _clock_bins(w_we)
    if disjoint:
        if conf == Confidence.HIGH:
            conf = Confidence.MEDIUM
        basis += "; the weekday and weekend windows share no hour, so medium at most"
        if not day_sleep:  # a day sleeper's two windows are her work and free nights' (SHIFT_WORK_NOTE says so)
            sleep_caveats.insert(0, DISJOINT_CAVEAT)
    long_types = [t for t, w in windows.items() if w is not None and (w[1] - w[0]) / 4 > LONG_SLEEP_H]
    if long_types:
        # a window longer than a plausible sleep: records that stop at night and start late (someone active only
        # 10-23 at weekends had an 11-h "sleep" at high; T26B's M4): the lull bounds the sleep, medium at most
        if conf == Confidence.HIGH:
            conf = Confidence.MEDIUM
        basis += f"; the {' and '.join(long_types)} window is longer than {LONG_SLEEP_H:g} h, so medium at most"
        sleep_caveats.insert(0, f"The quiet stretch on {' and '.join(t + 's' for t in long_types)} is longer "
                                f"than a plausible sleep (over {LONG_SLEEP_H:g} h; sleep lasts "
                                f"{SLEEP_LULL_MEAN_H:g} ± {SLEEP_LULL_SD_H:g} h): your records stop before and "
                                "start after it, so it bounds your sleep, it is not its length.")
    n_away = len(away & nights.keys())
    if n_away:
        # a flight attendant's 2 nights abroad in 7, on the home clock, made a 3 h 15 min weekday window (T28C M2)
        sleep_caveats.insert(0, f"Nights on a trip abroad ({n_away:,}) are left out of these windows: they were "
                                f"spent on another clock than {ctx.clock_label} time.")
    if roster is not None:
        sleep_caveats.insert(0, ROSTER_NOTE if not roster[1].get("days_off") else ROSTER_NOTE.replace(
            "in blocks on any day of the week", "in blocks on the same days each week, not the weekend's"))
    elif free != DEFAULT_FREE_DAYS:  # a weekend other than Saturday–Sunday: said where the windows are
        sleep_caveats.insert(0, f"Weekends here are {free_names} mornings, the weekend "
                                f"{weekend_where(ctx, country)} (CLDR); the other days are weekdays.")
    sleep_meta["caveats"] = sleep_caveats
    ev = Evidence()
    for t in types:
        w = windows[t]
        if w is None:
            continue
        # Last record before and first after the window, on the first nights of this type.
        for nd in sorted(full[t])[:5]:
            before = [_at(nd, r) for r in range(w[0] - 4, w[0]) if _at(nd, r) in ev_map]
            after = [_at(nd, r) for r in range(w[1], w[1] + 4) if _at(nd, r) in ev_map]
            if before:
                ev.items.append(ev_map[before[-1]])
            if after:
                ev.items.append(ev_map[after[0]])
    ev.items = ev.items[:10]
    inside = sum(agg[t][r] for t in types if windows[t] for r in range(*windows[t]))  # type: ignore[misc]
    ev.n_against = inside
    ev.n_support = sum(sum(v[:QUARTERS]) for v in agg.values()) - inside
    sleep_value = {"weekday": wd, "weekend": we, "msw_hours": msw, "msf_hours": msf, "chronotype": chronotype,
                   "nights": {t: len(full[t]) for t in types}}
    # the two types' names: for a day sleeper her work nights (by day) and free nights, read from her nights
    names = {"weekday": "weekdays", "weekend": "weekends"}
    if roster is not None:
        # a roster's duty and free nights, read from her own nights (ROSTER_NOTE): no weekend
        names = {"weekday": "duty nights", "weekend": "free nights"}
        sleep_value["night_types"] = {"work": "weekday", "free": "weekend"}
        sleep_value["roster"] = dict(roster[1])
    if day_sleep:
        other = "weekend" if day_sleep == "weekday" else "weekday"
        names = {day_sleep: "work nights (sleep by day)", other: "free nights"}
        sleep_value["night_types"] = {"work": day_sleep, "free": other}
    parts = []
    if wd:
        parts.append(f"{names['weekday']} ≈{wd['start']}–{wd['end']}")
    if we:
        parts.append(f"{names['weekend']} ≈{we['start']}–{we['end']}")
    sleep_value["zone"] = ctx.clock_label
    sleep_value["nights_used"] = {t: len(types[t]) for t in types}
    shift_periods = shift_windows(shifted, nights, ext, on_shift, describe, windows["weekend"])
    # a spell of later nights (a month awake past the usual bedtime, asleep later): read apart with its own window,
    # its nights checked against it, not listed as that many late nights (LATER_SPELL_LABEL; T31B R1)
    regular = {nd: w for nd in nights if nd not in on_shift and nd not in earlier and nd not in away
               and (w := windows["weekend" if ((kind[nd] == "weekend") if nd in kind else nd.weekday() in free)
                                 else "weekday"]) is not None}
    # spells of a short wake each night at one hour (T31C N6), read first: a wake with sleep before and after it
    # leaves a "later" window (asleep from after the wake) a later spell would take for its own
    wakes = [] if day_sleep else wake_spells(regular, ext)
    woken_band = {nd: band for nds, band in wakes for nd in nds}
    found = None if day_sleep else later_spell({nd: w for nd, w in regular.items() if nd not in woken_band}, ext)
    later_nights: frozenset[date] = frozenset(found[0]) if found else frozenset()
    later_window = found[1] if found else None
    if found:
        shift_periods.append({"from": found[0][0].isoformat(), "to": found[0][-1].isoformat(),
                              "nights": len(found[0]), "window": describe(later_window), "label": LATER_SPELL_LABEL})
    for nds, band in wakes:  # their wake's hours are no late night on those nights
        usual_w = Counter(regular[nd] for nd in nds).most_common(1)[0][0]
        item = {"from": nds[0].isoformat(), "to": nds[-1].isoformat(), "nights": len(nds), "window": describe(usual_w),
                "wake": {"start": _fmt_hours(band[0] / 4 + 12), "end": _fmt_hours(band[1] / 4 + 12)},
                # the nights woken at the wake's hours (a sparse spell's: some of its nights only)
                "woken": sum(1 for nd in nds if any(ext[nd][r] for r in range(*band)))}
        # the label says what holds: each night, or some nights of the spell (T32B's note: "each night" was said of
        # a spell woken on 15 of 28 nights)
        shift_periods.append({**item, "label": WAKE_SPELL_SPARSE_LABEL if sparse_wake(item) else WAKE_SPELL_LABEL})
    sleep_value["shift_periods"] = shift_periods or None
    # the windows as they read on the country's other clocks the activity fits about equally (T32B M12)
    on_others = windows_on_others(ctx, [(w["start"], w["end"]) for w in (wd, we) if w])
    sleep_value["chronotype_by_clock"] = chronotype_open
    # the windows on every open clock, the zone chosen's among them: the headline says them all (T33B M2)
    sleep_value["windows_by_clock"] = windows_by_clock(ctx, {"weekday": wd, "weekend": we})
    sleep_value["open_zones"] = open_zones_value(ctx)
    summary = (f"Asleep (no records, {ctx.clock_label} time) " + ", ".join(parts) + on_others
               + f" — from {sleep_nights_phrase(sleep_value)}" + (f"; {chronotype}" if chronotype else "")
               + (f"; no chronotype: {described(chronotype_open)}, clocks the activity cannot tell apart"
                  if chronotype_open and chronotype is None else "")
               + ("; asleep by day on every kind of day (night or shift work?): no chronotype" if days_asleep
                  else "")
               + (f"; your days off follow a roster{roster_days(roster[1])}, not the weekend" if roster is not None
                  else ""))
    wake_said = [sp for sp in shift_periods if sp["label"] in WAKE_SPELL_LABELS]
    dense = [sp for sp in wake_said if not sparse_wake(sp)]
    if dense:
        # one clause for every spell of woken nights (a month a year over years: one clause, not three)
        hours_of = {f"≈{sp['wake']['start']}–{sp['wake']['end']}" for sp in dense}
        one = len(hours_of) == 1
        summary += ("; a short wake " + (f"{next(iter(hours_of))} " if one else "at one hour ") + "each night "
                    + format_list([gate.spell(sp["from"], sp["to"])
                                   + ("" if one else f" (≈{sp['wake']['start']}–{sp['wake']['end']})")
                                   for sp in dense], locale="en"))
    if len(dense) < len(wake_said):
        # woken on some of a spell's nights only (a person who posts on some nights she is up: T32B M2): a spell of
        # early waking, said with its nights woken, not "each night"
        sparse = [sp for sp in wake_said if sparse_wake(sp)]
        hours_of = {f"≈{sp['wake']['start']}–{sp['wake']['end']}" for sp in sparse}
        one = len(hours_of) == 1
        summary += ("; early waking in a spell: a short wake " + (f"{next(iter(hours_of))} " if one else "at one hour ")
                    + format_list([f"on {sp['woken']} of {spell_days(sp)} nights {gate.spell(sp['from'], sp['to'])}"
                                   + ("" if one else f" (≈{sp['wake']['start']}–{sp['wake']['end']})")
                                   for sp in sparse], locale="en"))
    for sp in shift_periods:
        w = sp["window"]
        if sp["label"] in WAKE_SPELL_LABELS:
            continue
        said = {HOLIDAY_LABEL: "holiday", LATER_SPELL_LABEL: "later"}.get(sp["label"], "shift")
        summary += (f"; on the {said} nights "
                    f"{gate.spell(sp['from'], sp['to'])}, "
                    + (f"asleep ≈{w['start']}–{w['end']}" if w else "no quiet stretch of ≥ 3 h"))
    summary += "."
    def periods_said(sps: list[dict[str, Any]]) -> str:
        # "from A to B (12 nights, asleep ≈…); C to D (…)", or undated "in a spell of 29 days (…); a spell of …"
        return "; ".join(f"{gate.spell(sp['from'], sp['to'], lead='' if i else 'from')} "
                         f"({count_phrase(sp['nights'], 'night')}"
                         + (f", asleep ≈{sp['window']['start']}–{sp['window']['end']})" if sp["window"] else ")")
                         for i, sp in enumerate(sps))

    shifts = [sp for sp in shift_periods if sp["label"] not in (HOLIDAY_LABEL, LATER_SPELL_LABEL, *WAKE_SPELL_LABELS)]
    woken = [sp for sp in shift_periods if sp["label"] in WAKE_SPELL_LABELS]
    holidays = [sp for sp in shift_periods if sp["label"] == HOLIDAY_LABEL]
    laters = [sp for sp in shift_periods if sp["label"] == LATER_SPELL_LABEL]
    if laters:
        # said as a spell, not as irregular nights; its reason is not the data's to tell (a month of night meals
        # may be a religious practice, GDPR Art. 9): no guess is named, and undated without --include-sensitive
        sleep_meta["caveats"].insert(0, f"Your nights {periods_said(laters)} kept later hours night after night: "
                                     "a spell of a few weeks, not irregular nights. Those nights are read apart "
                                     "and checked for late nights against their own window; the usual windows "
                                     "are your other nights'.")
    if woken:
        # as the later spell: a spell, no guess at its reason (a meal before dawn may be a religious practice,
        # GDPR Art. 9), undated without --include-sensitive
        said_w = "; ".join(f"{gate.spell(sp['from'], sp['to'], lead='' if i else 'from')} "
                           f"({count_phrase(sp['nights'], 'night')}, awake ≈{sp['wake']['start']}–"
                           f"{sp['wake']['end']}" + (f" on {sp['woken']} of them" if sparse_wake(sp) else "") + ")"
                           for i, sp in enumerate(woken))
        how = ("night after night: a spell of a few weeks" if not any(sparse_wake(sp) for sp in woken) else
               "on many nights and not on the nights around them (you post on some of the nights you are up): a "
               "spell of early waking over a few weeks")
        sleep_meta["caveats"].insert(0, f"Your nights {said_w} were broken by a short wake at the same hour {how}, "
                                     "not irregular nights. That wake is "
                                     "not counted as a late night; the rest of those nights is checked against "
                                     "your usual window.")
    if holidays:
        sleep_meta["caveats"].insert(0, f"Your nights {periods_said(holidays)} kept your weekend hours "
                                     "every day of the week: free days throughout, as in a school holiday or "
                                     "time off, not shift work (which alternates work and free days). Those "
                                     "nights are read apart and checked for late nights against your weekend "
                                     "window.")
    if shifts:
        sleep_meta["caveats"].insert(0, f"Your nights were on other hours {periods_said(shifts)}, with your "
                                     "usual place: night or shift work. Those nights are read apart (MCTQ^Shift: "
                                     "sleep is assessed per shift type); the weekday and weekend windows, "
                                     "chronotype and social jetlag are your other nights', and the shift nights "
                                     "awake inside them are listed as late nights.")
    if day_sleep:
        # a permanent night or shift worker: her work nights are her shift nights, the whole history through
        work_nds = types[day_sleep]
        shift_periods.append({"from": work_nds[0].isoformat(), "to": work_nds[-1].isoformat(),
                              "nights": len(work_nds), "window": describe(windows[day_sleep]),
                              "label": SHIFT_DAY_SLEEP_LABEL})
        sleep_value["shift_periods"] = shift_periods
        summary = summary[:-1] + ": night or shift work throughout."
        sleep_meta["caveats"].insert(0, SHIFT_WORK_NOTE)
    earlier_window: tuple[int, int] | None = None  # the earlier era's own window (its nights' late nights)
    if earlier:
        e_nds = sorted(earlier)
        e_active = [len(col) - col.count(0) for col in zip(*(nights[nd] for nd in e_nds), strict=True)]
        earlier_window = sleep_window(e_active, len(e_nds))
        e_win = describe(earlier_window)
        # its late nights are read where its window and today's overlap (≥ 3 h), else in its own: the era is cut
        # by half-year, so its last weeks may already keep today's hours (T30B era12: June 2016's office mornings
        # at 07:00-09:00 fell inside the student window 02:30-10:00 and were listed as 9 late nights)
        today = windows["weekday"] or windows["weekend"]
        if earlier_window is not None and today is not None \
                and min(earlier_window[1], today[1]) - max(earlier_window[0], today[0]) >= MIN_SLEEP_BINS:
            earlier_window = (max(earlier_window[0], today[0]), min(earlier_window[1], today[1]))
        # by month, not by night: an era of years, whose bounds date no night (the gate withholds night dates)
        sleep_value["earlier_period"] = {"from": e_nds[0].strftime("%Y-%m"), "to": e_nds[-1].strftime("%Y-%m"),
                                         "nights": len(e_nds), "window": e_win}
        said_w = f"asleep ≈{e_win['start']}–{e_win['end']}" if e_win else "no one quiet stretch"
        span = f"from {e_nds[0]:%b %Y} to {e_nds[-1]:%b %Y}"
        summary = summary[:-1] + f"; before {era_start:%b %Y}, other hours ({said_w})."
        sleep_meta["caveats"].insert(0, f"Your nights {span} kept other hours ({said_w}): an earlier period "
                                     f"of your life ({count_phrase(len(e_nds), 'night')}). The windows are your "
                                     "nights since then; the earlier nights are checked for late nights against "
                                     "their own window (where it overlaps today's, the overlap)" + (
                                         ", not today's." if e_win else
                                                           " — none was found, so they are not checked."))
    if not gate.dated:
        # each spell by its length in days, not its dates (sensitive.NightGate); the nights on them in all
        sleep_value["shift_periods"] = [
            {"days": (date.fromisoformat(sp["to"]) - date.fromisoformat(sp["from"])).days + 1,
             **{k: w for k, w in sp.items() if k not in ("from", "to")}} for sp in shift_periods] or None
        sleep_value["shift_nights"] = sum(sp["nights"] for sp in shift_periods)
    sleep = Finding(value=sleep_value, confidence=conf, confidence_basis=basis, evidence=ev,
                    summary=summary, **sleep_meta)

    # Social jetlag ----------------------------------------------------------------------------
    if msw is not None and msf is not None:
        w1, w2 = windows["weekday"], windows["weekend"]
        sjl = _circular_gap(w2[0] + w2[1], w1[0] + w1[1], 2 * QUARTERS) / 8  # type: ignore[index]
        sj = Finding(id="social_jetlag", title="Social jetlag", value={"hours": sjl, "msf_hours": msf,
                                                                        "msw_hours": msw},
                     confidence=Confidence.LOW if disjoint else conf,
                     confidence_basis="as for the sleep finding: " + basis
                     + ("; low, as the two windows share no hour" if disjoint else ""),
                     method="|MSF − MSW|: the shift of mid-sleep between free days and workdays (MCTQ).",
                     evidence=Evidence(items=list(ev.items), n_support=ev.n_support, n_against=ev.n_against),
                     literature=literature.cards("social_jetlag"),
                     caveats=[*([DISJOINT_CAVEAT] if disjoint else []),
                              f"Your duty and free nights follow a roster{roster_days(roster[1])}, read from your "
                              "own nights: the free days taken are your days off, not the weekend."
                              if roster is not None else
                              f"Weekday/weekend stands in for workday/free day: the free days taken are "
                              f"{free_names}, the weekend {weekend_where(ctx, country)} (CLDR)."],
                     summary=f"Your mid-sleep shifts by {sjl:g} h between "
                             + ("your duty nights and your free nights (a roster)." if roster is not None
                                else "weekdays and weekends."))
        if roster is not None:
            sj.value["free_days"] = "roster"  # type: ignore[index]
    elif day_sleep or days_asleep:
        sj = Finding(id="social_jetlag", title="Social jetlag", value=None, confidence=Confidence.INSUFFICIENT,
                     confidence_basis="not defined for shift work: " + SHIFT_WORK_NOTE,
                     method="|MSF − MSW| (MCTQ).", literature=literature.cards("social_jetlag"),
                     summary="Not computed: your work nights are day sleeps (night or shift work), for which the "
                             "MCTQ's social jetlag is not defined.")
    else:
        sj = Finding(id="social_jetlag", title="Social jetlag", value=None, confidence=Confidence.INSUFFICIENT,
                     confidence_basis="needs both a weekday and a weekend sleep window",
                     method="|MSF − MSW| (MCTQ).", literature=literature.cards("social_jetlag"),
                     summary="Not computed.")

    # Late nights ------------------------------------------------------------------------------
    # per night, named by the local date of its sleep window's middle (the morning for a sleep across
    # midnight): (records inside, the first one's evidence). Named by the date of the first action, a night
    # awake at 23:00 and the next awake at 01:00 both read "2023-08-02" (the twenty-third pass's tester: a
    # date listed twice); one name per night, and nights that still share one are merged
    rows: dict[date, tuple[int, EvidenceItem | None]] = {}
    # nights with one record inside the window (not listed: one odd timestamp lists no night, yet the night
    # was not quiet) and the nights checked per calendar month (for the broken-nights spans)
    strays: list[date] = []
    months: Counter[str] = Counter()
    # the nights read against each window, in order (a run of one-record nights is judged against the rate of
    # its own type: a summer holiday's free nights against the free nights', not against every night's)
    checked: dict[str, list[date]] = {"weekday": [], "weekend": []}
    awake: set[date] = set()  # … those listed on ≥ LATE_MIN_RECORDS records
    stray_rows: dict[date, tuple[date, EvidenceItem | None]] = {}  # one-record nights: (local date, evidence)
    night_awake: dict[date, int] = {}  # records inside the window, nights with any (ctx.night_awake)
    # the nights of a period of free days throughout are free nights: read against the weekend window
    holiday = [(date.fromisoformat(sp["from"]), date.fromisoformat(sp["to"])) for sp in holidays]
    for nd in sorted(nights):
        if nd in earlier and earlier_window is None:  # an earlier era without a window of its own: not checked
            continue
        # a night's type as its window was read (a day sleeper's from her own nights), a shift night's by calendar
        off = ((kind[nd] == "weekend") if nd in kind else nd.weekday() in free) or (
            nd in on_shift and any(a <= nd <= b for a, b in holiday))
        # an earlier era's nights against its own window, not today's (SLEEP6's left: they were not checked)
        w = (earlier_window if nd in earlier else later_window if nd in later_nights
             else roster_overlap if nd in roster_mixed and roster_overlap
             else windows["weekend" if off else "weekday"])
        if w is None:
            continue
        months[nd.strftime("%Y-%m")] += 1
        checked["weekend" if off else "weekday"].append(nd)
        vec = ext[nd]  # a window past noon reads on into the next night's bins
        band = woken_band.get(nd, (0, 0))  # a spell's nightly wake (wake_spells): no late night
        core = [r for r in range(w[0] + LATE_MARGIN_START, w[1] - LATE_MARGIN_END)
                if vec[r] and not band[0] - 1 <= r < band[1] + 1]
        r0 = core[0] if core else 0
        when = nd + timedelta(days=((w[0] + w[1]) // 2 - 48) // QUARTERS)  # the window's middle: local date
        if core:
            night_awake[nd] = sum(vec[r] for r in core)
        if sum(vec[r] for r in core) < LATE_MIN_RECORDS:
            if core:
                strays.append(nd)
                stray_rows[nd] = (when, ev_map.get(_at(nd, r0)))
            continue
        awake.add(nd)
        n, item = rows.get(when, (0, None))
        rows[when] = (n + sum(vec[r] for r in core), item or ev_map.get(_at(nd, r0)))
    # one-record nights in a run of awake nights are listed too (ONE_RECORD_RUN_NIGHTS' comment)
    in_run = {nd for nds in checked.values() for nd in one_record_runs(nds, set(stray_rows), awake)}
    for nd in in_run:
        when, item = stray_rows.pop(nd)
        n, first = rows.get(when, (0, None))
        rows[when] = (n + 1, first or item)  # a count of 1: listed on one record (set_late_nights says so)
    strays = [nd for nd in strays if nd in stray_rows]
    total_local = sum(sum(v) for v in nights.values()) or 1
    small_hours = sum(sum(v[48:68]) for v in nights.values()) / total_local  # 00:00–05:00
    # the same hours on the country's other clocks the activity fits about equally (T32B M12: 11.7 % "00–05 New York
    # time" for a Los Angeles 23:30 sleeper, ≈ 0 on her own clock): each said, none as fact; so too on the clocks the
    # activity alone fits with no record placing the person (offsets_open: T36, 17.8 % "00–05 New York time" for a
    # Denver person without IPs)
    # Keyed as chronotype_by_clock and windows_by_clock: every clock, the zone chosen's among them, west to east (T36
    # L7: the chosen zone was left out of this one only, so a batch column read alone missed the named clock's share)
    others = headline_zones(ctx)
    small_open = {z: round(sum(sum(v[48 - round(4 * h):68 - round(4 * h)]) for v in nights.values()) / total_local, 4)
                  for z, h in sorted([(ctx.clock_label, 0.0), *others], key=lambda zh: zh[1])
                  if 0 <= 48 - round(4 * h) and 68 - round(4 * h) <= QUARTERS} if others else {}
    late = Finding(id="late_nights", title="Late or irregular nights",
                   value={"dates": [], "nights_checked": len(nights) - (len(earlier) if earlier_window is None else 0),
                          "share_00_05": round(small_hours, 4), "share_00_05_by_clock": small_open or None,
                          "zone": ctx.clock_label, "travel_dates": [], "nights_one_record": len(strays),
                          "broken_spans": []},
                   confidence=conf, confidence_basis="depends on the sleep window: " + basis,
                   method=(f"A night is listed when at least {LATE_MIN_RECORDS} own actions fall inside the "
                           "usual sleep window of its type, at least 30 min from either edge, or one action "
                           "where the night lies in a run of such nights (of "
                           f"{ONE_RECORD_RUN_NIGHTS} consecutive nights, the share awake inside the window has a "
                           f"binomial probability ≤ {ONE_RECORD_RUN_P:g} at your own rate of such nights; "
                           "listed_one_record counts them); a night is named by "
                           "the local calendar date of its window's middle (the morning, for a sleep across "
                           "midnight), on the chosen zone's clock, each night once. Nights on a trip abroad "
                           "the trips finding lists — from the day after the "
                           f"last record at home before it (at most {TRIP_NIGHTS_MARGIN_DAYS} days before "
                           "its first day abroad) to the day before the first record at home after it (at most "
                           f"{TRIP_NIGHTS_MARGIN_DAYS} days after its last) — are travel, on another clock: "
                           "they are set aside (travel_dates), not listed. A run of calendar months in which "
                           f"at least {BROKEN_MONTH_SHARE:.0%} of the nights checked are listed, holding at "
                           f"least {BROKEN_MIN_NIGHTS} of them, is a span of broken nights (broken_spans: a new "
                           "baby, an illness, a stretch of night work). Evidence counts nights: for = nights "
                           "that fit the list (listed, or without a record inside the window), against = nights "
                           "with a single record inside it (not listed, not quiet either)."),
                   evidence=Evidence(), literature=literature.cards("late_nights"),
                   caveats=["Health-adjacent: irregular nights are a signal insurers and employers could read.",
                            "Two records are required so that one odd timestamp does not list a night, unless "
                            "the night lies in a run of nights awake inside the window (then one suffices); a "
                            "short late night with a single record on its own is missed."],
                   summary="")
    ctx.late_night_rows = rows  # for set_aside_trip_nights, once the trips are known
    ctx.night_awake = night_awake  # for the trips seen on one day (set_aside_trip_nights)
    ctx.late_night_months = months
    set_late_nights(late, rows, [], ctx.clock_label, months, gate)
    spans = broken_spans(sorted(rows), months)  # as set_late_nights read them, with their months
    if spans:
        # the window is the rest of the history's: say where it did not hold (H2 of the twenty-fourth tester)
        sleep.caveats.append("Your nights were broken (records inside this window) on "
                             + format_list([f"{sp['share']:.0%} of the nights {gate.months(sp)}" for sp in spans],
                                           locale="en")
                             + ": the window is the one the rest of your history keeps; those nights are listed "
                               "under late nights.")
    return [sleep, sj, late]


def shift_windows(shifted: Sequence[tuple[date, date]], nights: Mapping[date, Sequence[int]],
                  ext: Mapping[date, Sequence[int]], on_shift: Mapping[date, int],
                  describe: Callable[[tuple[int, int] | None], dict | None],
                  free_window: tuple[int, int] | None = None) -> list[dict[str, Any]]:
    """Per period of :attr:`shifted` with nights, ``{from, to, nights, window, label}``: its first and last night
    (local morning dates), its nights with a record, and the sleep window over them alone (``describe``'s
    shape, or None under :data:`MIN_SLEEP_NIGHTS` nights or without a quiet run of 3–14 h), chosen as the usual
    windows are (:func:`sleep_window`) — MCTQ^Shift's sleep on the days of one shift type (Juda, Vetter & Roenneberg
    2013, J Biol Rhythms 28:130). ``label`` is :data:`SHIFT_DAY_SLEEP_LABEL` where the window's middle falls between
    08:00 and 20:00; :data:`HOLIDAY_LABEL` where it is a night sleep whose middle lies within
    :data:`HOLIDAY_MID_GAP_H` of ``free_window``'s (the usual weekend window, bins as :func:`sleep_window` gives them):
    every day kept the free days' hours. One pass over the period's nights."""
    out = []
    for k in range(len(shifted)):
        nds = sorted(nd for nd, j in on_shift.items() if j == k)
        if not nds:
            continue
        w = None
        if len(nds) >= MIN_SLEEP_NIGHTS:
            active = [len(col) - col.count(0) for col in zip(*(ext[nd] for nd in nds))]
            w = sleep_window(active, len(nds))
        desc = describe(w)
        by_day = desc is not None and 8.0 <= desc["mid_hours"] < 20.0
        free_days = (w is not None and free_window is not None and not by_day
                     and _circular_gap(w[0] + w[1], free_window[0] + free_window[1], 2 * QUARTERS) / 8
                     <= HOLIDAY_MID_GAP_H)
        out.append({"from": nds[0].isoformat(), "to": nds[-1].isoformat(), "nights": len(nds), "window": desc,
                    "label": SHIFT_DAY_SLEEP_LABEL if by_day else HOLIDAY_LABEL if free_days else None})
    return out

