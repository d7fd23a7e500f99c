"""Activity clocks: time zone, sleep and chronotype, social jetlag, late nights, weekly routine.

State: per UTC day, a 96-bin (15-minute) histogram of the person's own timed actions (an array of
96 small ints: a per-day summary that grows with the number of days covered, never with the number
of records), and for evidence, per UTC 15-minute bin of the day, the first record on each of the
first :data:`BIN_EVIDENCE_CAP` days active in that bin (at most 96 × 16 evidence items, however long
the history). Evidence is picked from the earliest qualifying records, so the first days of each bin
are the ones a finding cites; a qualifying record on a later day of an already full bin is counted
but not cited.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import math
import random
import statistics
from array import array
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, date, datetime, timedelta, tzinfo
from functools import lru_cache
from itertools import compress
from typing import Any, NamedTuple

from babel.lists import format_list

from ..events import Event
from ..wording import count_phrase, plural
from . import literature
from .clients import scheduling_client
from .engine import (
    ACTIVITY_KINDS,
    BOOTSTRAP_RESAMPLES,
    BOOTSTRAP_SEED,
    CLOCK_SOURCES,
    PLATFORM_WRITTEN_KINDS,
    QUARTERS,
    Aggregator,
    Context,
    DayBins,
    PackedColumns,
    bootstrap_draws,
    platform_written,
)
from .model import Confidence, Evidence, EvidenceItem, Finding, confidence_from_agreement
from .sensitive import NightGate, is_night, month_count, over, spoken, weekday_counts, withheld_time
from .timezone import (
    IMPLAUSIBLE_Z,
    LULL_BINS,
    LULL_MID_MEAN_H,
    LULL_MID_SD_H,
    MOVE_SHIFT_H,
    REGIME_MIN_ACTIVE,
    REGIME_MIN_DAYS,
    SLEEP_PRIOR_SOURCE,
    MovedZone,
    Regime,
    _switch_instant,
    answer_mass,
    circ_diff_hours,
    fits_as_well_in_country,
    law_periods,
    lull_mid_hours,
    move_day,
    presence_hist,
    quiet_hours_shift,
    regimes,
    rivals_in_country,
    score_zones,
    zone_info,
)
from .zoneprior import build_prior, clock_years, country_zones, describe_sources, zone_clocks, zone_countries

MIN_TZ_EVENTS = 100
MIN_TZ_DAYS = 14
LOW_TZ_DAYS = 30  # fewer active days: the time zone is medium at most
MAX_DECLARED_ZONES = 20  # distinct time-zone values a platform's records may declare that are kept for platform_says
STRONG_PLACE = 5.0  # prior weight from which a place source can contradict the activity clock
# where a night worker's lull in records centres, local time (the day sleep 08:30-16:00 of the time-zone sweeps'
# night-shift workers, and their testers': lull centres 12:15-12:45)
DAY_SLEEP_LULL_MID_H = 12.5
MIN_SLEEP_NIGHTS = 14  # below: insufficient
LOW_SLEEP_NIGHTS = 30  # below: low at best (inference.md §5 #2)
NIGHT_MIN_EVENTS = 5
QUIET_NIGHT_SHARE = 0.10  # a bin is quiet when at most 10% of the nights have a record in it …
QUIET_FRACTION = 0.15  # … or under 15% of the mean share of nights active per bin
LATE_MIN_RECORDS = 2
# A night with a single record inside its window (one odd timestamp: not listed on its own) is listed when it lies in
# a run of awake nights: some ONE_RECORD_RUN_NIGHTS consecutive nights around it hold so many nights awake inside the
# window (listed, or with a single record) that the person's own rate of such nights would give that many with a
# binomial probability of at most ONE_RECORD_RUN_P (T28C L3: a student's exam weeks, awake to 04:00 on four nights
# a week with ~4 records a day, left 27 one-record nights counted but unlisted and both Feb 2023 exam periods out of
# the list). A one-record night alone, or beside a late night or two at the person's usual rate, stays unlisted.
ONE_RECORD_RUN_NIGHTS = 14
ONE_RECORD_RUN_P = 0.001
# a run of months in which at least a quarter of the nights are late nights, holding at least 10 of them, is a span
# of broken nights (said as such; the twenty-fourth pass's tester's new parent: 80 % of nights for four months)
BROKEN_MONTH_SHARE = 0.25
BROKEN_MIN_NIGHTS = 10
# ... and where such a spell shaped the usual window itself (ClockAggregator._broken_spell: a new parent's feeds on
# 70 % of nights for five months in twelve, more than the calendar quarters' median can hold), the window is read on
# the other nights: months of at least this many nights of a type, at least this many months, and a window moved by
# more than this many bins (1 h) at an edge
SPELL_MONTH_MIN_NIGHTS = 4
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
SPELL_MIN_MONTHS = 6
SPELL_WINDOW_GAP = 4
# How far before a trip's first and after its last day abroad its nights may still be travel: up to the nearest
# record at home, at most this many days (logins seen on 4 days in 10 put a 21-day trip at 10 days)
TRIP_NIGHTS_MARGIN_DAYS = 14
TRIP_REREAD_SHARE = 0.05  # nights on trips abroad from this share of all nights: the sleep windows are read without
LATE_MARGIN_START = 2  # quarter-hours kept clear after the window opens (bedtime is a sharp edge) …
LATE_MARGIN_END = 4  # … and before it closes (mornings are sparse, so waking is a soft edge)
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
#: routine: the active weekdays and free days a weekly pattern needs for high (a 3-week history was high; T26B's M5)
ROUTINE_HIGH_WEEKDAYS = 40
ROUTINE_HIGH_FREE_DAYS = 12
#: routine: a share of the active days under this on one kind of day (with the other's days plenty) is the pattern
#: itself: an account used only on weekdays (at work) or only at weekends
ONE_KIND_SHARE = 0.02
# About one worker in five works shifts (Eurofound, sixth European Working Conditions Survey 2015: 21 %): so much
# of the mid-sleep prior is spread evenly over the day, so a day sleep is unusual but never ruled out by its hour.
SHIFT_WORK_SHARE = 0.2
# Where a rival run holds over 5 % of the candidates' likelihood, it could be the sleep: the window is medium at
# most; over 15 %, low (on the fourth tester's inputs, wrong choices held 65–84 %, right ones 53–100 %).
RIVAL_SHARE_MEDIUM = 0.95
RIVAL_SHARE_LOW = 0.85
DISJOINT_CAVEAT = ("Your weekday and weekend windows share no hour: either your free days move your sleep by "
                   "more than the usual 1–2 h (shift work), or the two are different pieces of one night broken at "
                   "the same hours (night feeds, a night-time look at the phone). The shift between them is not "
                   "to be trusted far.")
# A weekday quiet block at least half inside the weekday sleep window is that sleep, not work hours
SLEEP_BLOCK_SHARE = 0.5
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
# Evidence kept per UTC 15-minute bin: the first record of the first 16 days active in that bin.
# Findings cite at most 10 records each, the earliest that qualify; 16 days per bin leave room for
# days that do not qualify (a DST day whose local hour falls outside the window, a night that is not
# "late") while keeping the state at ≤ 1,536 items on any archive.
BIN_EVIDENCE_CAP = 16
# caveats that stay first in their finding's list: a quiet-hours shift (timezone), a rival quiet stretch (sleep)
FIRST_CAVEATS = ("Your quiet hours shift", "Another quiet stretch", "Your weekday and weekend windows",
                 "Your nights were on other hours")


def scheduled_caveat(counts: Counter[str]) -> str | None:
    """The caveat every clock finding carries when tweets sent by a scheduling client were left out, naming the
    clients (largest first) and the count; None when none were."""
    n = sum(counts.values())
    if not n:
        return None
    names = format_list([name for name, _ in counts.most_common(3)], locale="en")
    return (f"{n:,} tweet{'s' if n != 1 else ''} sent by a scheduling client ({names}) "
            f"{'are' if n != 1 else 'is'} left out: "
            "such a tweet shows when it was queued for, not when you were awake.")


DEFAULT_FREE_DAYS = frozenset((5, 6))


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


def _fmt_hours(h: float) -> str:
    h %= 24
    total = round(h * 60)
    return f"{total // 60 % 24:02d}:{total % 60:02d}"


def _fmt_span(hours: float) -> str:
    """``1.0`` → ``"1 h"``, ``0.5`` → ``"30 min"``, ``1.5`` → ``"1 h 30 min"``."""
    h, m = divmod(round(hours * 60), 60)
    return " ".join(part for part in (f"{h} h" if h else "", f"{m} min" if m else "") if part) or "0 min"


def _enough(day_hists: dict[date, array]) -> bool:
    """Whether ``day_hists`` hold enough activity to fit a zone to alone (the time zone's own minimum)."""
    return len(day_hists) >= MIN_TZ_DAYS and sum(1 for h in day_hists.values() for c in h if c) >= MIN_TZ_EVENTS


def _settled(day_hists: dict[date, array]) -> bool:
    """Whether ``day_hists`` keep one clock: no shift of the quiet hours beyond what DST explains between their
    quarters (:func:`~.timezone.quiet_hours_shift`; a period too short to cut counts as one clock)."""
    shift = quiet_hours_shift(day_hists)
    return shift is None or abs(shift[4]) < MOVE_SHIFT_H


#: a clock differs from another only on days that say which one the person keeps where those days hold this many
#: active days (and :data:`TELLING_MIN_PRESENCES` presences): Israel's summer time starts two days before the EU's,
#: so a year's data holds two such days (the twenty-fifth pass's N5)
TELLING_MIN_DAYS = 14
TELLING_MIN_PRESENCES = 50


def _day_offsets(segments: Sequence[tuple[int, int, int]], n: int) -> list[int]:
    """The offset (quarter-hours) of each of ``n`` active days from a candidate's runs ``(offset, first, end)``."""
    out = [0] * n
    for o, s, e in segments:
        out[s:e] = [o] * (e - s)
    return out


def _clock_kept_elsewhere(cands: Sequence[Any], best: Any, fit: Mapping[date, Sequence[int]]) -> bool:
    """Whether another country keeps ``best``'s answer (standard offset and DST) on a clock that differs from it only
    on days too few or too quiet to tell them apart (under :data:`TELLING_MIN_DAYS` active days or
    :data:`TELLING_MIN_PRESENCES` presences on the days their offsets differ). "A clock only one country keeps"
    names the zone by the activity; a Hebrew writer on Athens's clock was "Asia/Jerusalem", medium, though the
    clocks differ on two days a year (the twenty-fifth pass's N5)."""
    countries = {zone_countries().get(z) for z in best.zones}
    days = sorted(fit)
    own = _day_offsets(best.segments, len(days))
    for c in cands:
        if c is best or (c.standard_q, c.observes_dst) != (best.standard_q, best.observes_dst):
            continue
        if not {zone_countries().get(z) for z in c.zones} - countries:
            continue
        other = _day_offsets(c.segments, len(days))
        telling = [days[i] for i in range(len(days)) if own[i] != other[i]]
        presences = sum(1 for d in telling for x in fit[d] if x)
        if len(telling) < TELLING_MIN_DAYS or presences < TELLING_MIN_PRESENCES:
            return True
    return False


#: the least calendar span of the period whose zone is the home when it is the latest (a shorter latest period is
#: a stay unless no period is that long): a quarter of a year
HOME_MIN_DAYS = 91
#: how far (SD, hours) a period's lull is expected from where it centres at home (the person's own night abroad:
#: jet lag and a new routine move it by an hour or so)
PERIOD_LULL_SD_H = 0.5
#: how a period other than the home is named, by where it lies against the home's clock: between two periods on
#: it, before every one of them, after the last
PERIOD_WORDS = {"stay": "a stay abroad?", "earlier home": "an earlier home?", "latest": "a stay abroad, or a move?"}


def _fmt_utc_q(quarters: int) -> str:
    """An offset in quarter-hours as the summaries write it: ``-16`` → ``"UTC-4"``, ``22`` → ``"UTC+5:30"``,
    ``51`` → ``"UTC+12:45"`` (was "UTC+5.5", "UTC+12.75"; T26B's L1)."""
    h, m = divmod(abs(quarters) * 15, 60)
    return f"UTC{'+' if quarters >= 0 else '-'}{h}" + (f":{m:02d}" if m else "")


def law_earlier(periods: Sequence[dict[str, Any]]) -> str:
    """The laws before the latest of :func:`~.timezone.law_periods`' periods, as the summaries write them:
    ``"UTC+2 with summer time until 6 Sep 2016"``; several joined by "; "."""
    out = []
    for p in periods[:-1]:
        d = date.fromisoformat(p["until"])
        out.append(f"{_fmt_utc(p['utc_offset_hours'])}{' with summer time' if p['observes_dst'] else ''} until "
                   f"{d.day} {d:%b %Y}")
    return "; ".join(out)


def _fmt_utc(hours: float) -> str:
    """``-5.0`` → ``"UTC−5"``, ``5.5`` → ``"UTC+5:30"``."""
    h, m = divmod(round(abs(hours) * 60), 60)
    return f"UTC{'+' if hours >= 0 else '−'}{h}" + (f":{m:02d}" if m else "")


class PeriodSplit:
    """The history cut into periods on different clocks (:func:`~.timezone.regimes`), a zone fitted to each.

    ``answers[i]``: the best candidate of period ``i`` alone; ``home``: the index of the period that names the
    home clock — the latest period spanning :data:`HOME_MIN_DAYS` calendar days or more (where one lives now; a
    shorter latest period is a stay, or a move too recent to tell), else the one with the most active days.
    Every period whose answer keeps the home's clock (standard offset and summer-time rule) is the home's: the
    home zone is fitted to all of their days together (``home_days``, ``home_cands``), with the place evidence
    dated in them (``home_prior``: :func:`~.zoneprior.build_prior` over their day ranges)."""

    def __init__(self, day_hists: Mapping[date, array], periods: Sequence[Any], answers: Sequence[Any],
                 home: int, home_cands: list[Any], home_prior: Any) -> None:
        self.periods, self.answers, self.home = list(periods), list(answers), home
        key = self._clock(home)
        self.at_home = [self._clock(i) == key for i in range(len(periods))]
        self.home_days = {d: day_hists[d] for i, r in enumerate(periods) if self.at_home[i] for d in r.days}
        self.home_cands, self.home_prior = home_cands, home_prior

    def _clock(self, i: int) -> tuple[int, bool]:
        return self.answers[i].standard_q, self.answers[i].observes_dst

    def _runs(self, zone: str) -> list[tuple[date, date, str, int, datetime | None]]:
        """(first day, last day, zone, answer's period index, instant it starts) of each run of periods on one
        zone, oldest first."""
        runs: list[tuple[date, date, str, int, datetime | None]] = []
        for i, r in enumerate(self.periods):
            name = zone if self.at_home[i] else self.answers[i].zones[0]
            if runs and runs[-1][2] == name:
                runs[-1] = (runs[-1][0], r.last, name, runs[-1][3], runs[-1][4])
            else:
                start = r.start or datetime(r.first.year, r.first.month, r.first.day, tzinfo=UTC)
                runs.append((r.first, r.last, name, i, start if runs else None))
        return runs

    def tzinfo(self, zone: str) -> tzinfo:
        """Each period's zone from the instant it starts (:meth:`MovedZone.of_periods`), named ``zone``."""
        runs = self._runs(zone)
        later = [(start, zone_info(name)) for _a, _b, name, _i, start in runs[1:] if start is not None]
        return MovedZone.of_periods(zone_info(runs[0][2]), later, key=zone)

    def describe(self, zone: str) -> list[dict[str, Any]]:
        """The JSON value's ``periods``: ``[{from, to, zone, utc_offset_hours, observes_dst, kind, start}]``, oldest
        first; ``from``/``to`` are the first and last day on the period's clock (local dates on its own zone where a
        switch bounds them, else the first or last active UTC day), ``start`` the instant (ISO, UTC) from
        which the period's clock is read (null for the first); ``kind`` is "home", "stay" (between periods on the
        home's clock), "earlier home" (before all of them) or "latest" (after the last)."""
        runs = self._runs(zone)
        homes = [k for k, run in enumerate(runs) if run[2] == zone]
        out = []
        for k, (a, b, name, i, start) in enumerate(runs):
            c = self.home_cands[0] if name == zone else self.answers[i]
            kind = ("home" if name == zone else "earlier home" if k < homes[0] else "latest" if k > homes[-1]
                    else "stay")
            # the days the clock is read on, as local days on each period's own clock: from the switch's day there
            # to the day before the next switch there (UTC days gave one move three last days: a period "to" the
            # UTC day of the switch, the earlier zone "until" the day before; T26B's L2)
            if start is not None:
                a = start.astimezone(zone_info(name)).date()
            if k + 1 < len(runs) and (nxt := runs[k + 1][4]) is not None:
                b = (nxt - timedelta(microseconds=1)).astimezone(zone_info(name)).date()
            out.append({"from": a.isoformat(), "to": b.isoformat(), "zone": name, "utc_offset_hours": c.standard_q / 4,
                        "observes_dst": c.observes_dst, "kind": kind,
                        "start": start.isoformat().replace("+00:00", "Z") if start is not None else None})
        return out


#: the share of the active days on other clocks from which the home's zone is lowered a level: a stay of weeks in
#: years (five weeks in four: 2 %) leaves it as it was; half a year in two (23 %, the tests of the twenty-fifth pass's
#: stays) and a history lived half elsewhere do not. A judgement call between those, not a fitted figure
AWAY_SHARE_LOWER = 0.1


def periods_at_stake(home_days: int, all_days: int, latest_away: bool) -> str | None:
    """Why the home's zone, fitted to ``home_days`` of ``all_days`` active days, is lowered a level for the periods
    on other clocks — or None where they put little at stake. Lowered where the latest period is on another clock
    (``latest_away``: a stay, or a move too recent to tell: the present's zone is in doubt), where the other periods
    hold :data:`AWAY_SHARE_LOWER` of the active days or more, or where the home's clock rests on under
    :data:`HOME_MIN_DAYS` active days. Each period was lowered alike, so a three-week stay in ten years cost a
    level (the twenty-fifth pass)."""
    away = 1 - home_days / all_days if all_days else 0.0
    if latest_away:
        return "the latest period is on another clock (a stay, or a move too recent to tell)"
    if away >= AWAY_SHARE_LOWER:
        return f"{away:.0%} of the active days are on another clock"
    if home_days < HOME_MIN_DAYS:
        return f"the home's clock rests on {home_days} active days (under {HOME_MIN_DAYS})"
    return None


#: a period on another clock whose logins dated inside it are at least this many, and this share of them in the home
#: zone's country, is the home clock kept at other hours (night shifts), not a stay elsewhere
SAME_PLACE_MIN_IPS = 3
SAME_PLACE_SHARE = 0.8


def _dated_ips(place: Any, first: date, last: date) -> Counter[str]:
    """Login-IP countries of the records dated from ``first`` to ``last`` (UTC days, inclusive) of the time zone's
    place evidence (``zoneprior.PlaceEvidence.ip_days``); empty without it."""
    out: Counter[str] = Counter()
    for (day, cc), n in (getattr(place, "ip_days", None) or {}).items():
        if first <= day <= last:
            out[cc] += n
    return out


#: login-IP days each side of a country change needs before it cuts a period (with :data:`SAME_PLACE_SHARE` of them
#: in that side's country)
IP_MOVE_MIN_DAYS = 7


def _same_clocks(a: str, b: str, years: tuple[int, ...]) -> bool:
    """Whether countries ``a`` and ``b`` keep the same set of clocks in ``years`` — the period's own, as a country's
    clocks change by law (Mexico ended summer time in 2022) — by :func:`~.zoneprior.zone_clocks`."""
    zones = country_zones()
    return set(zone_clocks(zones.get(a, ()), years)) == set(zone_clocks(zones.get(b, ()), years))


def _same_zone_clock(a: str, b: str, years: tuple[int, ...]) -> bool:
    """Whether zones ``a`` and ``b`` keep one clock in ``years`` (:func:`~.zoneprior.zone_clocks`)."""
    return len(zone_clocks((a, b), years)) == 1


def split_at_shipping_moves(day_hists: Mapping[date, Sequence[int]], periods: list[Any],
                            zone_days: Mapping[tuple[date, str], int] | None) -> list[Any]:
    """``periods`` with each one cut where the zone its orders ship to changes for good between two clocks
    (``zoneprior.PlaceEvidence.shipping_zone_days``: a US state, a Canadian province, an Australian state's town): a
    move New York → Los Angeles inside one country, its logins all "US", whose quiet hours in UTC did not move
    enough for the daily clock to cut it (T30B's H1). The rules of :func:`split_at_ip_moves` (orders on
    :data:`IP_MOVE_MIN_DAYS` days each side, :data:`SAME_PLACE_SHARE` of each side's in one zone); each part keeps
    its zone (``Regime.zone``)."""
    return split_at_ip_moves(day_hists, periods, zone_days, same=_same_zone_clock, attr="zone")


def period_zone(zone_days: Mapping[tuple[date, str], int] | None, first: date, last: date) -> str | None:
    """The zone :data:`SAME_PLACE_SHARE` or more of the orders dated from ``first`` to ``last`` (UTC days,
    inclusive) ship to, where :data:`SAME_PLACE_MIN_IPS` or more do (``shipping_zone_days``); else None."""
    got: Counter[str] = Counter()
    for (day, zone), n in (zone_days or {}).items():
        if first <= day <= last:
            got[zone] += n
    total = sum(got.values())
    if total < SAME_PLACE_MIN_IPS:
        return None
    zone, n = got.most_common(1)[0]
    return zone if n >= SAME_PLACE_SHARE * total else None


def split_at_ip_moves(day_hists: Mapping[date, Sequence[int]], periods: list[Any],
                      ip_days: Mapping[tuple[date, str], int] | None, depth: int = 0, *,
                      same: Callable[[str, str, tuple[int, ...]], bool] = _same_clocks,
                      attr: str = "country") -> list[Any]:
    """``periods`` (:func:`~.timezone.regimes`) with each one cut where its dated login IPs change country for good
    between two countries whose zones keep different clocks: the regimes merge neighbours under 2.5 h apart (summer
    time, a new rhythm), so a move Mexico City → Bogotá (an hour) made no period and the 8 months in Mexico were read on
    Bogotá's clock, and a month in Bali (+8) merged with one in Bangkok (+7) was all "Bangkok time" (T26B's M6 and
    M1). A cut needs :data:`IP_MOVE_MIN_DAYS` days with logins on each side, :data:`SAME_PLACE_SHARE` of each side's
    in one country, and :data:`~.timezone.REGIME_MIN_DAYS` calendar days and :data:`~.timezone.REGIME_MIN_ACTIVE`
    active days each side; the cut (of those that agree with most login days) is the day after the last login in
    the earlier country. Each part keeps its country (``Regime.country``), so the home is fitted to the parts in its
    own. O(login days × countries) per period."""
    if not ip_days:
        return periods
    by_day: dict[date, Counter[str]] = {}
    for (day, cc), n in ip_days.items():
        by_day.setdefault(day, Counter())[cc] += n
    out: list[Any] = []
    for r in periods:
        seq = [(d, by_day[d].most_common(1)[0][0]) for d in sorted(by_day) if r.first <= d <= r.last]
        n = len(seq)
        best: tuple[int, int] | None = None
        if n >= 2 * IP_MOVE_MIN_DAYS:
            before: Counter[str] = Counter()
            after = Counter(cc for _d, cc in seq)
            for k in range(1, n):
                before[seq[k - 1][1]] += 1
                after[seq[k - 1][1]] -= 1
                if k < IP_MOVE_MIN_DAYS or n - k < IP_MOVE_MIN_DAYS:
                    continue
                a, na = before.most_common(1)[0]
                b, nb = after.most_common(1)[0]
                if a != b and na >= SAME_PLACE_SHARE * k and nb >= SAME_PLACE_SHARE * (n - k) \
                        and (best is None or na + nb > best[0]):
                    best = (na + nb, k)
        # from the day after the last login in the earlier country (the home finding's "until" + 1)
        cut = seq[best[1] - 1][0] + timedelta(days=1) if best is not None else None
        early = [d for d in r.days if cut is not None and d < cut]
        late = [d for d in r.days if cut is not None and d >= cut]
        a_cc, b_cc = (seq[best[1] - 1][1], seq[best[1]][1]) if best is not None else (None, None)
        if (cut is None or not early or not late or (early[-1] - early[0]).days + 1 < REGIME_MIN_DAYS
                or (late[-1] - late[0]).days + 1 < REGIME_MIN_DAYS
                or min(len(early), len(late)) < REGIME_MIN_ACTIVE
                or same(a_cc, b_cc, clock_years(r.first, r.last))):  # type: ignore[arg-type]
            out.append(r)
            continue
        a_cc = Counter(cc for d, cc in seq if d < cut).most_common(1)[0][0]
        b_cc = Counter(cc for d, cc in seq if d >= cut).most_common(1)[0][0]
        parts = [Regime(early[0], early[-1], early, lull_mid_hours(presence_hist(day_hists, early)), r.start,
                        r.country, r.zone),
                 Regime(late[0], late[-1], late, lull_mid_hours(presence_hist(day_hists, late)), None,
                        r.country, r.zone)]
        setattr(parts[0], attr, a_cc)
        setattr(parts[1], attr, b_cc)
        parts[1].start = _switch_instant(day_hists, parts[0], parts[1])
        out.extend(split_at_ip_moves(day_hists, parts, ip_days, depth + 1, same=same, attr=attr)
                   if depth < 3 else parts)
    return out


def _fit_periods(day_hists: Mapping[date, array], periods: Sequence[Any],
                 prior_for: Callable[[Sequence[tuple[date, date]], bool], Any],
                 ips_in: Callable[[date, date], Counter[str]] | None = None,
                 zone_in: Callable[[date, date], str | None] | None = None
                 ) -> tuple[PeriodSplit | None, list[tuple[date, date]]]:
    """A zone fitted to each period (:class:`PeriodSplit`), or None where every period gives the home's clock (a
    new rhythm, not another zone: one zone for the whole history, as before); and the (first, last) active days (UTC)
    of every period whose quiet hours lie :data:`~.timezone.MOVE_SHIFT_H` or more from the home's yet whose zone keeps
    the home's clock: the home clock at other hours (night shifts), oldest first.

    The home period is the latest spanning :data:`HOME_MIN_DAYS` or more (else the one with the most active days);
    the periods on its clock are those whose quiet hours (UTC) lie under :data:`~.timezone.MOVE_SHIFT_H` from its
    own (summer time moves them by an hour), and the home zone is fitted to all of them together, with the place
    evidence dated in them. Each other period is fitted with the person's own night — where the lull centres at
    home, local hours, SD :data:`PERIOD_LULL_SD_H` — in place of the population's: German IPs and a declared
    Germany during three months in New York made the stay "Europe/Berlin" with a lull at 09:45, and the
    population's night put a Tokyo half-year on Manila. Costs one zone search per period.

    ``ips_in(first, last)``: the login-IP countries of the records dated in those UTC days. A period whose own
    logins are (≥ :data:`SAME_PLACE_MIN_IPS`, ≥ :data:`SAME_PLACE_SHARE`) in the home zone's country is read on
    the home's clock — the place evidence decides, as for a change of habits: two months of night shifts in
    Germany, every daily login German, were "a stay abroad?" on Manila time and none of their nights was counted
    late (the twenty-fifth pass's final tester). A stay abroad whose every login is home-routed (a VPN, a roaming
    SIM) is read as night work at home then; logins from where the person is let it be a stay."""
    long_ = [i for i, r in enumerate(periods) if (r.last - r.first).days + 1 >= HOME_MIN_DAYS]
    home = long_[-1] if long_ else max(range(len(periods)), key=lambda i: len(periods[i].days))
    zones = [zone_in(r.first, r.last) if zone_in is not None else None for r in periods]

    def other_zone(i: int) -> bool:
        # the orders of period i ship to a zone on another clock than the home period's (New York's student years
        # before Los Angeles, the same quiet hours in UTC: T30B's H1)
        a, b = zones[i], zones[home]
        return a is not None and b is not None and not _same_zone_clock(
            a, b, clock_years(min(periods[i].first, periods[home].first), max(periods[i].last, periods[home].last)))

    # on the home's clock: quiet hours under 2.5 h from its own, unless login IPs set the period apart in another
    # country (split_at_ip_moves) or its orders in a zone of another clock (split_at_shipping_moves)
    mine = [i for i, r in enumerate(periods) if abs(circ_diff_hours(r.lull_utc, periods[home].lull_utc)) < MOVE_SHIFT_H
            and (r.country is None or periods[home].country is None or r.country == periods[home].country)
            and not other_zone(i)]
    home_prior = prior_for([(periods[i].first, periods[i].last) for i in mine], True)
    home_cands = score_zones({d: day_hists[d] for i in mine for d in periods[i].days}, home_prior)
    own = (home_cands[0].lull_mid, PERIOD_LULL_SD_H)
    home_cc = zone_countries().get(home_cands[0].zones[0])

    def at_home(i: int, r: Any) -> bool:
        ips = ips_in(r.first, r.last) if ips_in is not None else Counter()
        n = sum(ips.values())
        return bool(home_cc) and n >= SAME_PLACE_MIN_IPS and ips[home_cc] >= SAME_PLACE_SHARE * n \
            and not other_zone(i)

    # another period's place evidence is what is dated inside it (prior_for's False: the undated evidence, the
    # export's present, weighs on the home's periods alone)
    def placed(i: int, cands: list[Any]) -> Any:
        # a period whose orders all ship to one zone is on that zone's clock, whatever its hours (New York's student
        # years, awake 10:00–02:30: the person's own night at home put them on Anchorage's clock; T30B's H1) — the
        # place evidence decides, as the logins do for at_home
        z = zones[i]
        return next((c for c in cands if z in c.zones), cands[0]) if z is not None else cands[0]

    answers = [home_cands[0] if i in mine or at_home(i, r) else
               placed(i, score_zones({d: day_hists[d] for d in r.days}, prior_for([(r.first, r.last)], False), own))
               for i, r in enumerate(periods)]
    key = (home_cands[0].standard_q, home_cands[0].observes_dst)
    # the periods off the home's quiet hours that are read on its clock all the same: the home clock kept at other
    # hours (night shifts, a season of night feeds), whose nights the sleep finding reads apart (MCTQ^Shift)
    shifted = [(r.first, r.last) for i, r in enumerate(periods)
               if i not in mine and (answers[i].standard_q, answers[i].observes_dst) == key]
    if len({(c.standard_q, c.observes_dst) for c in answers}) < 2:
        return None, shifted
    return PeriodSplit(day_hists, periods, answers, home, home_cands, home_prior), shifted


#: the least posterior an answer (standard offset and summer-time rule) needs to be named among those the activity
#: leaves open where no record places the person (:func:`fitting_offsets`)
FITTING_MIN_POSTERIOR = 0.1


def fitting_offsets(cands: Sequence[Any]) -> list[dict[str, Any]]:
    """The answers (standard offset, summer-time rule) holding :data:`FITTING_MIN_POSTERIOR` of the posterior or
    more, likeliest first: ``[{utc_offset_hours, observes_dst, zone, posterior}]``, ``zone`` the likeliest candidate's
    first zone of that answer and ``posterior`` the answer's mass (:func:`~.timezone.answer_mass`). O(candidates)."""
    mass: dict[tuple[int, bool], float] = {}
    first: dict[tuple[int, bool], Any] = {}
    for c in cands:  # sorted best first
        key = (c.standard_q, c.observes_dst)
        mass[key] = mass.get(key, 0.0) + c.posterior
        first.setdefault(key, c)
    return [{"utc_offset_hours": key[0] / 4, "observes_dst": key[1], "zone": first[key].zones[0],
             "posterior": round(m, 4)}
            for key, m in sorted(mass.items(), key=lambda kv: -kv[1]) if m >= FITTING_MIN_POSTERIOR]


def _fmt_offset(quarters: int) -> str:
    sign = "+" if quarters >= 0 else "-"
    q = abs(quarters)
    return f"UTC{sign}{q // 4:02d}:{q % 4 * 15:02d}"


def _window_sum(cum: list[int], start: int, length: int) -> int:
    """Sum of a circular 96-bin histogram over [start, start+length), from its prefix sums."""
    start %= QUARTERS
    end = start + length
    if end <= QUARTERS:
        return cum[end] - cum[start]
    return cum[QUARTERS] - cum[start] + cum[end - QUARTERS]



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


def night_period(night: date) -> tuple[int, int]:
    """The calendar quarter a night (dated by its morning) belongs to, as (year, 0–3)."""
    return night.year, (night.month - 1) // 3


def median_active(period_counts: Sequence[Sequence[int]], sizes: Sequence[int], total: int) -> list[float]:
    """Per bin, the median over periods of the share of a period's nights active in it (``period_counts[p][b]`` of
    ``sizes[p]`` nights), scaled to ``total`` nights: a count of active nights per bin that a pattern confined to
    under half of the periods does not raise. Same length as each period's counts."""
    shares = [[c / n for c in counts] for counts, n in zip(period_counts, sizes, strict=True)]
    k, odd = divmod(len(shares), 2)
    out = []
    for col in zip(*shares, strict=True):  # statistics.median, without its overhead (200 resamples × 192 bins)
        ranked = sorted(col)
        out.append((ranked[k] if odd else (ranked[k - 1] + ranked[k]) / 2) * total)
    return out


def _at(night: date, r: int) -> tuple[date, int]:
    """Bin ``r`` of ``night``'s noon-to-noon vector, past its ends: the neighbouring night's bin."""
    shift, bin_ = divmod(r, QUARTERS)
    return (night + timedelta(days=shift) if shift else night), bin_


def _circular_gap(a: int, b: int, period: int) -> int:
    d = abs(a - b) % period
    return min(d, period - d)


def _offset_q(tz: tzinfo, day: date) -> int:
    noon = datetime(day.year, day.month, day.day, 12, tzinfo=UTC)
    off = noon.astimezone(tz).utcoffset() or timedelta(0)
    return round(off.total_seconds() / 900)


def _offset_gap_hours(tz: tzinfo, cc: str, days: Sequence[date]) -> list[float] | None:
    """How far, in hours, the nearest of country ``cc``'s clocks (tzdata's zone.tab) is from ``tz``'s at noon UTC on
    ``days`` (at most a hundred of them, evenly spread): ``[smallest, largest]`` over the days, e.g. ``[4.0, 5.0]``
    for the Netherlands against Buenos Aires (summer time in one, none in the other); None for a code zone.tab lacks
    or no days."""
    zones = [zone_info(z) for z in country_zones().get(cc, ())]
    if not zones or not days:
        return None
    gaps = []
    for d in days[::max(1, len(days) // 100)]:
        own = _offset_q(tz, d)
        gaps.append(min(abs(_offset_q(z, d) - own) for z in zones) / 4)
    return [min(gaps), max(gaps)]


_NO_NIGHT = (0,) * QUARTERS


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
    window over per-bin counts of nights active and their number (:meth:`ClockAggregator._window`)."""
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


class ClockAggregator(Aggregator):
    """Time zone, sleep, social jetlag, late nights and routine from own-action timestamps."""

    name = "clock"
    kinds = ACTIVITY_KINDS | {"facebook.location", "twitter.account"}

    def __init__(self) -> None:
        self.days: dict[date, array] = {}
        self.orders = DayBins()  # the order items among them (Context.own_bins: the other records)
        # per UTC quarter-hour bin: UTC day → first record that day in the bin (first BIN_EVIDENCE_CAP days)
        self.bin_ev: list[dict[date, EvidenceItem]] = [{} for _ in range(QUARTERS)]
        self.total = 0
        self.declared_zones: Counter[str] = Counter()
        # own tweets sent by a scheduling client, per client as written: left out of every clock (M1 of the
        # twenty-fourth pass's tester)
        self.scheduled: Counter[str] = Counter()
        # (first, last) UTC days of the periods on the home's clock at other hours (night shifts at home): set by the
        # time zone (_fit_periods), read by the sleep finding
        self.shifted: list[tuple[date, date]] = []

    def consume(self, event: Event) -> None:
        if event.kind in ("facebook.location", "twitter.account"):
            # timezone.json (FB) and account-timezone.js (X) declare a zone; it is the platform's word.
            for key in ("timezone", "time_zone", "timeZone"):
                self._declared(event.attrs.get(key))
            return
        if event.kind == "amazon.audible_listen" and event.actor == "self":
            self._declared(event.attrs.get("local_timezone"))  # Audible's "Local Timezone" of each session
        t = event.time
        # is_activity, inlined (this runs for every own action): a clock time on an own action
        if t is None or event.time_source not in CLOCK_SOURCES or event.kind not in ACTIVITY_KINDS \
                or event.actor != "self" \
                or (event.kind in PLATFORM_WRITTEN_KINDS and platform_written(event) is not None):
            return
        if event.kind == "twitter.tweet" and (client := scheduling_client(event)) is not None:
            self.scheduled[client] += 1
            return
        if t.tzinfo is not UTC:
            t = t.astimezone(UTC)
        d = t.date()
        q = t.hour * 4 + t.minute // 15
        hist = self.days.get(d)
        if hist is None:
            hist = self.days[d] = array("I", bytes(4 * QUARTERS))
        hist[q] += 1
        if event.kind == "amazon.order_item":
            self.orders.add(d, q)  # the own hours without the orders: sharedaccount
        self.total += 1
        cell = self.bin_ev[q]
        if len(cell) < BIN_EVIDENCE_CAP and d not in cell:
            # the time is the evidence: no record text (EvidenceItem.pointer)
            cell[d] = EvidenceItem.pointer(event)

    def _declared(self, value: object) -> None:
        """Count a platform's own zone value as written (at most :data:`MAX_DECLARED_ZONES` distinct ones, each
        at most 64 characters: anything longer is no zone's name)."""
        if isinstance(value, str) and (value := value.strip()) and len(value) <= 64 and value != "Not Available" \
                and (value in self.declared_zones or len(self.declared_zones) < MAX_DECLARED_ZONES):
            self.declared_zones[value] += 1

    def state_size(self) -> int:
        """Entries held (days with a histogram + evidence items kept): a deterministic size measure
        for the boundedness tests (grows with days covered, never with records per day)."""
        return len(self.days) + sum(len(cell) for cell in self.bin_ev)

    def _evidence_by_day(self) -> dict[date, dict[int, EvidenceItem]]:
        """The kept evidence as UTC day → {UTC quarter-hour bin: first record}."""
        out: dict[date, dict[int, EvidenceItem]] = {}
        for q, cell in enumerate(self.bin_ev):
            for d, item in cell.items():
                out.setdefault(d, {})[q] = item
        return out

    # -- time zone ---------------------------------------------------------------------------------
    def _timezone(self, ctx: Context) -> Finding:
        days = sorted(self.days)
        meta = {
            "id": "timezone", "title": "Time zone (UTC offset)",
            "method": ("Bayesian choice among the real IANA zones of tzdata's zone.tab (zones with the same offset on "
                       "every active day form one candidate; offsets per day via zoneinfo, so DST is handled). For "
                       "each candidate, the person's own timed actions (one count per day and 15-minute bin, so a "
                       "burst counts once) are moved to its local clock day by day; score = likelihood of that local "
                       "profile under the person's own smoothed diurnal profile (rewards the DST pattern that keeps "
                       "the day sharp) × a prior on where the centre of the person's least active 6 hours falls in "
                       "local time, averaged over every equally quiet stretch so that an evening-only shopper's "
                       f"long quiet day constrains little (normal, mean {_fmt_hours(LULL_MID_MEAN_H)}, "
                       f"SD {LULL_MID_SD_H:g} h; "
                       f"{SLEEP_PRIOR_SOURCE}) × a prior from place evidence (login/upload IP countries via iptocc, "
                       "Amazon shipping regions and storefront, phone numbers via phonenumbers, declared city or "
                       "country, languages written by where their speakers live: CLDR territory data × population), "
                       "each weighted by its strength and mixed with 'anywhere', which names each clock by where its "
                       "people live (time zone → region, Mahmud et al.). The likeliest zones may be fitted with one "
                       "change of the person's clock by up to an hour where the best zone's law changes its offset "
                       "(so a new rhythm is not read as that zone); a move of more than summer time explains is dated "
                       "and each period read on its own zone. Confidence = posterior probability of the answer's "
                       "standard offset and DST rule; low at most where no record places the person (only the "
                       "language written, or nothing) and several countries keep that clock. Tweets sent by a "
                       "scheduling client (X's `source`: Buffer, Hootsuite, IFTTT …) are left out: they show when "
                       "they were queued for; so are the records the platform writes without you acting (Facebook's "
                       "'Session updated', its device records, Amazon's subscription renewals). Evidence: own records "
                       "outside the 6 quietest hours for, inside them "
                       "against."),
            "literature": literature.cards("timezone"),
            "platform_says": dict(self.declared_zones) or None,
        }
        if self.total < MIN_TZ_EVENTS or len(days) < MIN_TZ_DAYS:
            ctx.zone, ctx.zone_name = None, None
            return Finding(value=None, confidence=Confidence.INSUFFICIENT,
                           confidence_basis=(f"{self.total} timed own actions on "
                                             f"{count_phrase(len(days), 'day')}; at least "
                                             f"{MIN_TZ_EVENTS} on {MIN_TZ_DAYS} days are needed"),
                           summary="Not enough timed activity to place a nightly lull; clock findings are in UTC.",
                           **meta)
        zone_place = ctx.aggregators.get("zone_place")
        prior = build_prior(zone_place, ctx)  # type: ignore[arg-type]
        # a move (the quiet hours shift by more than DST explains): the zone is the one lived in since, and the
        # period before it keeps its own (MovedZone); one zone fitted to both fitted neither (the twenty-fourth
        # pass's second tester: Berlin → New York gave Antarctica/Vostok and twenty New York evenings as "late
        # nights"). A person who moved back, or whose later part is too short to fit alone, keeps one zone.
        moved = quiet_hours_shift(self.days)
        moved_on: date | None = None
        unsettled_before: date | None = None  # the later part is one clock, the earlier one is not (moved back)
        fit = self.days
        if moved is not None and abs(moved[4]) >= MOVE_SHIFT_H:
            cut = move_day(self.days, moved)
            later = {d: h for d, h in self.days.items() if d >= cut}
            before_days = {d: h for d, h in self.days.items() if d < cut}
            if _enough(later) and _enough(before_days):
                # a move is one change: each side must keep one clock. A move and a move back (Berlin → New York
                # → Berlin) fitted the "before" side, both cities at once, with Antarctica/Troll, said at high (the
                # twenty-fourth pass's final tester): such a period gets the later side's zone only
                if not _settled(later):
                    pass  # the latest clock is not settled either: one zone for the whole period, as before
                elif _settled(before_days):
                    moved_on, fit = cut, later
                else:
                    unsettled_before, fit = cut, later
        # several periods on different clocks (a stay abroad and back, a move and a move back): the history cut at
        # the changes of the daily clock (timezone.regimes), a zone fitted to each period, the home's to every period
        # on its clock, and each period read on its own zone (N1 of the twenty-fifth pass: a Berlin person's three
        # months in New York gave "Antarctica/Troll", its nights "late nights"). A single move the quarters found
        # (moved_on) keeps its own account below.
        ship_days = getattr(zone_place, "shipping_zone_days", None)
        periods = split_at_shipping_moves(self.days, split_at_ip_moves(self.days, regimes(self.days),
                                                                       getattr(zone_place, "ip_days", None)),
                                          ship_days)
        split = None
        if len(periods) >= 2 and not (len(periods) == 2 and moved_on is not None) \
                and all(_enough({d: self.days[d] for d in r.days}) for r in periods):
            split, self.shifted = _fit_periods(self.days, periods,
                                               lambda ranges, present: build_prior(zone_place, ctx, ranges,
                                                                                   present=present),
                                               lambda a, b: _dated_ips(zone_place, a, b),
                                               lambda a, b: period_zone(ship_days, a, b))
        if split is not None:
            moved_on = unsettled_before = None
            fit = split.home_days
            prior = split.home_prior
        elif fit is not self.days:
            # the place evidence dated in the period the zone is fitted to (login IPs from before a move are no
            # evidence of where one lives since; N4 of the twenty-fifth pass)
            prior = build_prior(zone_place, ctx, [(min(fit), days[-1])])  # type: ignore[arg-type]
        cands = split.home_cands if split is not None else score_zones(fit, prior)
        best = cands[0]
        mass = answer_mass(cands, best)
        zone = best.zones[0]
        tz: tzinfo = zone_info(zone)
        earlier: dict[str, Any] | None = None
        period_list: list[dict[str, Any]] | None = None
        if split is not None:
            tz = split.tzinfo(zone)
            period_list = split.describe(zone)
            if len(period_list) == 2 and period_list[1]["kind"] == "home":
                # one move, home last: the value a single move always had (earlier_zone), beside the periods
                first = period_list[0]
                earlier = {"zone": first["zone"], "utc_offset_hours": first["utc_offset_hours"],
                           "observes_dst": first["observes_dst"],
                           "until": first["to"]}  # the period's own last local day (T26B's L2: one last day)
        if moved_on is not None:
            # the earlier home's place evidence is what is dated in it (the undated describes the present), and its
            # night the person's own, as a period's (_fit_periods): under the population's night and an English
            # writer's language, Tokyo 2019–21 before Berlin read Asia/Manila, and without the language Shanghai
            before = score_zones({d: h for d, h in self.days.items() if d < moved_on},
                                 build_prior(zone_place, ctx, [(days[0], moved_on - timedelta(days=1))],  # type: ignore[arg-type]
                                             present=False), (best.lull_mid, PERIOD_LULL_SD_H))[0]
            if (before.standard_q, before.observes_dst) != (best.standard_q, best.observes_dst):
                tz = MovedZone(zone_info(before.zones[0]), tz, datetime(moved_on.year, moved_on.month,
                                                                        moved_on.day, tzinfo=UTC))
                earlier = {"zone": before.zones[0], "utc_offset_hours": before.standard_q / 4,
                           "observes_dst": before.observes_dst, "until": (moved_on - timedelta(days=1)).isoformat()}
                period_list = [
                    {"from": days[0].isoformat(), "to": earlier["until"], "zone": before.zones[0],
                     "utc_offset_hours": before.standard_q / 4, "observes_dst": before.observes_dst,
                     "kind": "earlier home", "start": None},
                    {"from": moved_on.isoformat(), "to": days[-1].isoformat(), "zone": zone,
                     "utc_offset_hours": best.standard_q / 4, "observes_dst": best.observes_dst, "kind": "home",
                     "start": f"{moved_on.isoformat()}T00:00:00Z"}]
            else:
                moved_on = None  # the same clock on both sides: a new rhythm, not a move; one zone as before
        # the bounds as said: a switch whose neighbouring record is at night is undated without --include-sensitive
        # (GATE3: CLOCK4's leftover); the real ones stay in period_list, tz and ctx.zone for the rule's own use
        said_periods = self._said_periods(NightGate.of(ctx), tz, period_list)
        if earlier is not None and said_periods:
            earlier = earlier | {"until": said_periods[0]["to"]}
        conf = confidence_from_agreement(mass)
        basis = (f"posterior probability {mass:.0%} for {_fmt_utc_q(best.standard_q)}"
                 f"{' with' if best.observes_dst else ' without'} DST, over {len(cands)} candidate zone groups; "
                 f"{sum(1 for h in self.days.values() for c in h if c)} active 15-minute bins on "
                 f"{count_phrase(len(days), 'day')}")
        caveats = ["Gives a zone, not a place: many countries share an offset.",
                   "Shift workers and people who travel a lot have no single nightly lull."]
        for name, clocks in list(getattr(zone_place, "ambiguous", {}).items())[:3]:
            # a town's name alone, of towns on several clocks (zoneprior.bare_town_zone): said, not used
            caveats.append(f"The declared place \"{name}\" is the name of towns on several clocks "
                           f"({format_list(list(clocks[:4]), locale='en')}"
                           f"{' and more' if len(clocks) > 4 else ''}): not used to place you.")
        # Activity alone (no place prior): where would the lull put the person?
        act_best = max(cands, key=lambda c: c.activity_score + math.log(sum(
            1 / len(country_zones().get(zone_countries().get(z, ""), ("",))) for z in c.zones) or 1e-12))
        top_cc = prior.top_country()
        # only strong evidence (weight ≥ STRONG_PLACE) of where this person is can contradict the clock: never the
        # language written, which says where its speakers live (a Pole in London; the twenty-fourth pass)
        strong = Counter()
        for src in prior.sources:
            if src.weight >= STRONG_PLACE and src.top_country and src.name != "language":
                strong[src.top_country] += src.weight
        strong_cc = strong.most_common(1)[0][0] if strong else None
        disagreements = []
        place_disagreement: dict[str, Any] | None = None
        z_lull = abs(circ_diff_hours(best.lull_mid, LULL_MID_MEAN_H)) / LULL_MID_SD_H
        if strong_cc and z_lull > IMPLAUSIBLE_Z and best.lull_spread_h <= 3:
            disagreements.append(
                f"in {zone} your least active hours centre on {_fmt_hours(best.lull_mid)}, not a usual sleeping "
                "time: the place evidence and the activity clock disagree (travel, shift work, a VPN, or "
                "records stamped by another clock)")
        if strong_cc and zone_countries().get(zone) != strong_cc:
            named = [s.name for s in prior.sources if s.weight >= STRONG_PLACE and s.top_country == strong_cc]
            # a time-zone setting is often years old or a default nobody chose (zonesetting's docstring)
            why = "travel, shift work, a VPN or an old setting?" if "time zone setting" in named else \
                "travel, shift work or a VPN?"
            disagreements.append(
                f"the place evidence ({', '.join(named)}) points to {strong_cc}, but the activity clock fits "
                f"{zone} better ({why})")
            # the same disagreement as data (place.py's home reads it: a login country on a clock the activity
            # contradicts all year is a VPN exit; it matched the sentence above before)
            place_disagreement = {"country": strong_cc, "sources": named, "zone": zone,
                                  "offset_gap_hours": _offset_gap_hours(tz, strong_cc, sorted(fit))}
        if not strong:
            # the clock alone places the zone by assuming the quiet hours are the night: a night worker's day sleep
            # (lull ≈ 12:30, the time-zone sweeps' night workers) lands 7-9 h west, said nowhere (fb_night_noip:
            # America/Nassau for a London nurse). Where that person would be, if the lull were such a day sleep:
            day_h = round(best.standard_q / 4 + DAY_SLEEP_LULL_MID_H - best.lull_mid)
            day_h = (day_h + 12) % 24 - 12 or 0
            caveats.append("No strong place evidence (login IPs, a declared city, a shipping address, a time-zone "
                           "setting): the zone assumes your quietest hours are your night. If you work nights and "
                           f"sleep by day, the same records fit about UTC{day_h:+d}.")
        if disagreements:
            conf = {Confidence.HIGH: Confidence.MEDIUM, Confidence.MEDIUM: Confidence.LOW}.get(conf, conf)
            basis += "; lowered one level because activity and place disagree"
            caveats.extend(disagreements)
        setting = next((src for src in prior.sources if src.name == "time zone setting"), None)
        if setting is not None and not set(setting.zones) & set(best.zones) and not any(
                "time zone setting" in d for d in disagreements):
            # the other evidence agrees with the clock: the answer stands, but the account says otherwise (the fifth
            # tester: a London person's Tokyo setting was said nowhere)
            caveats.append(f"The account's time-zone setting says {', '.join(sorted(setting.zones))}, which this "
                           "clock is not: an old setting, or one never chosen?")
        unplaced = not prior.placed.get(zone_countries().get(zone, ""))
        found = rivals_in_country(cands, best) if unplaced else []
        as_well = fits_as_well_in_country(cands, best) if unplaced else []
        # a clock of the country's fewer people that fits better is named too, whatever its posterior
        found += [(c, z) for c, z in as_well if all((c.standard_q, c.observes_dst) !=
                                                    (f.standard_q, f.observes_dst) for f, _z in found)]
        # the other clocks of the country the answer was chosen among by head count: the sleep finding reads its
        # times on the answer's clock, so it is no surer than that choice (_sleep_family)
        self.zone_by_head_count = [(z, _fmt_utc_q(rival.standard_q)) for rival, z in found]
        if found:
            # the place evidence names the country, the population decides within it: the clock cannot tell
            # Sydney from Adelaide or Toronto from St John's (the time-zone sweep: Adelaide came out as Sydney,
            # high). Medium at most: the posterior is then the share of the country's people in each zone
            if conf == Confidence.HIGH:
                conf = Confidence.MEDIUM
            country = zone_countries().get(zone)
            named = format_list([f"{rival_zone} ({rival.posterior:.0%})" for rival, rival_zone in found], locale="en")
            basis += f"; within {country} the activity cannot tell {zone} from {named}: where more people live decides"
            if as_well and conf != Confidence.LOW:
                # the activity fits a minority zone better: the majority's city is a guess by head count
                conf = Confidence.LOW
                basis += f", and it fits {format_list([z for _c, z in as_well], locale='en')} better, so low"
            alike = format_list([zone, *(f"{z} ({_fmt_utc_q(rival.standard_q)})" for rival, z in found)], locale="en")
            caveats.append(f"Within {country}, {alike} fit the activity about equally; the answer follows where more "
                           "of the country's people live. A city in the profile or a shipping address would settle it.")
        if split is not None and period_list is not None:
            away = [p for p in period_list if p["kind"] != "home"]
            basis += (f"; fitted to the {len(fit)} active days on this clock, {len(away)} other period"
                      f"{'s' if len(away) != 1 else ''} read on {'their' if len(away) != 1 else 'its'} own zone")
            stake = periods_at_stake(len(fit), len(days), period_list[-1]["kind"] != "home")
            if stake is not None:
                conf = {Confidence.HIGH: Confidence.MEDIUM, Confidence.MEDIUM: Confidence.LOW}.get(conf, conf)
                basis += f", lowered one level because {stake}"
            else:
                basis += (f" (their {len(days) - len(fit)} active days are {1 - len(fit) / len(days):.0%} of the "
                          "history, and the home's clock holds the latest: not lowered)")
            said = "; ".join(f"from {spoken(p['from'])} to {spoken(p['to'])} on {_fmt_utc(p['utc_offset_hours'])}"
                             f"{' with summer time' if p['observes_dst'] else ''} ({p['zone']}) — "
                             f"{PERIOD_WORDS[p['kind']]}" for p in said_periods or () if p["kind"] != "home")
            caveats.insert(0, f"Your quiet hours were on another clock for part of the history: {said}"
                              f"{'' if said.endswith('?') else '.'} The zone is fitted to the periods on {zone}'s "
                              "clock; the clock findings read each period on its own zone's clock.")
        elif unsettled_before is not None:
            conf = {Confidence.HIGH: Confidence.MEDIUM, Confidence.MEDIUM: Confidence.LOW}.get(conf, conf)
            basis += (f"; fitted to the {len(fit)} active days since {unsettled_before.isoformat()}, lowered one level "
                      "because the quiet hours moved more than once before")
            caveats.insert(0, f"Your quiet hours moved more than once (a stay elsewhere and back, or several moves): "
                              f"the zone is fitted to your records from {unsettled_before.isoformat()} on. Before "
                              "that, some periods were on another clock, and the clock findings read them on this "
                              "one.")
        elif earlier is not None and moved is not None:
            # first: the one caveat the text report shows at its default detail should be this one
            later_word = "later" if moved[4] > 0 else "earlier"
            since = spoken((said_periods or [{}, {"from": moved_on.isoformat()}])[-1]["from"])
            caveats.insert(0, f"Your quiet hours shift by {abs(moved[4]):.1f} h ({later_word} in UTC) around "
                              f"{moved_on:%B %Y}: a move. Your records from {since} on fit {zone}, "
                              f"those before it {earlier['zone']}; the clock findings read each period on its own "
                              "zone's clock.")
            basis += f"; fitted to the {len(fit)} active days since the move ({since})"
        elif moved is not None and abs(moved[4]) >= MOVE_SHIFT_H and self.shifted:
            # the shift is a period on the home's clock at other hours (its own logins at home): night or shift work,
            # not a move; the zone fits it too (the twenty-fifth pass's last tester: "a move, a long stay elsewhere or
            # a new rhythm … cannot fit all of it", medium, beside two months of night shifts at home)
            # the spells are night-time activity: dated only with --include-sensitive, as the sleep finding's
            # ("from 2023-03-23 to 2023-04-20, …" or "in a spell of 29 days, …"; sensitive.NightGate)
            gate = NightGate.of(ctx)
            said = format_list([gate.spell(a.isoformat(), b.isoformat(), lead="" if i else "from")
                                for i, (a, b) in enumerate(self.shifted)], locale="en")
            basis += f"; the quiet hours shift by {moved[4]:+.1f} h {said}, with logins at home: not lowered"
            caveats.insert(0, f"Your quiet hours shift by {abs(moved[4]):.1f} h {said}, and your logins then are "
                              f"from {zone_countries().get(zone)} as before: night or shift work at home, on {zone}'s "
                              "clock. The sleep finding reads those nights apart; each one awake is a late night.")
        elif moved is not None and abs(moved[4]) >= MOVE_SHIFT_H:
            a0, a1, b0, b1, shift = moved
            conf = {Confidence.HIGH: Confidence.MEDIUM, Confidence.MEDIUM: Confidence.LOW}.get(conf, conf)
            basis += f"; lowered one level because the quiet hours shift by {shift:+.1f} h within the period"
            # first: the one caveat the text report shows at its default detail should be this one
            caveats.insert(0, f"Your quiet hours shift by {abs(shift):.1f} h ({'later' if shift > 0 else 'earlier'} "
                              f"in UTC) from {a0.isoformat()}–{a1.isoformat()} to {b0.isoformat()}–{b1.isoformat()}: "
                              "a move, a long stay elsewhere or a new rhythm. One zone is given for the whole period; "
                              "it cannot fit all of it.")
        if best.habit_step is not None:
            at, step, own_is_later = best.habit_step
            step_day = sorted(fit)[at]
            # the person's activity moved earlier in UTC where the zone's offset had to grow after the change (or
            # shrink before it)
            earlier_word = "earlier" if (step > 0) != own_is_later else "later"
            if best.law_not_followed:
                # the zone's own change of law, which the person's hours did not follow (T26B's H5: Almaty's +6 →
                # +5 on 2024-03-01 read as a change of habits, and the zone handed to Aqtobe)
                law_tz = zone_info(zone)
                was, now = ((law_tz.utcoffset(datetime(d.year, d.month, d.day, 12)) or timedelta(0)).total_seconds()
                            / 3600 for d in (step_day - timedelta(days=1), step_day))
                text = (f"{zone}'s clock changed by law from {_fmt_utc(was)} to {_fmt_utc(now)} on "
                        f"{step_day.isoformat()}; your hours "
                        f"did not follow it (the same hours in UTC on both sides, {_fmt_span(abs(step) / 4)} "
                        f"{'earlier' if now < was else 'later'} on the clock since). A zone that kept "
                        f"{_fmt_utc(now)} all along fits the activity as well, so the place evidence decides.")
            else:
                text = (f"Your clock moved {earlier_word} by {_fmt_span(abs(step) / 4)} "
                        f"around {step_day:%B %Y} (new working hours, or a move to a neighbouring zone); {zone} "
                        "is fitted with that change. A zone whose offset changed then fits such a change too, "
                        "so the place evidence decides.")
            # first (the text report shows one caveat at its default detail; the final tester's L1), after a move's
            caveats.insert(1 if caveats and caveats[0].startswith("Your quiet hours") else 0, text)
        if len(days) < LOW_TZ_DAYS and conf == Confidence.HIGH:
            conf = Confidence.MEDIUM
            basis += f"; only {len(days)} active days (under {LOW_TZ_DAYS}), so medium at most"
        # countries on this clock every active day, or on one the activity cannot tell from it (N5 below)
        shared = (len({zone_countries().get(z) for z in best.zones}) > 1
                  or _clock_kept_elsewhere(cands, best, fit))
        if not prior.located() and shared and conf in (Confidence.HIGH, Confidence.MEDIUM):
            # the zone named is a guess at the country among those keeping this clock: "most likely America/Havana",
            # medium, for Spanish texts (the twenty-fourth pass's second tester). A clock only one country keeps
            # (Chile's DST dates) is named by the activity, not the language: medium at most, as before
            conf = Confidence.LOW
            basis += ("; no place evidence but the language written, so low at most" if prior.sources else
                      "; no place evidence, so low at most") + (" (the lull alone fixes the offset only to about ±1 h, "
                                                                 "and several countries keep this clock)")
        elif not prior.located() and conf == Confidence.HIGH:
            conf = Confidence.MEDIUM
            basis += "; no place evidence, so medium at most (the lull alone fixes the offset only to about ±1 h)"
        offsets_fitting = None
        if not prior.located():
            # no record places the person: the lull fixes the offset to about an hour, and the zone named is where
            # most people on that clock live. The answers the activity leaves open are said with their posterior —
            # an offset, not a zone (a London writer of English read Berlin, low; a Nuuk person of 2023 CET, low)
            offsets_fitting = fitting_offsets(cands)
            if len(offsets_fitting) > 1:
                said = format_list([f"{_fmt_utc(o['utc_offset_hours'])}"
                                    f"{' with summer time' if o['observes_dst'] else ''} ({o['zone']}, "
                                    f"{o['posterior']:.0%})" for o in offsets_fitting], locale="en")
                caveats.append(f"No record places you, and the activity alone leaves several clocks open: {said}. "
                               "Read the answer as an offset to within an hour or so, not a zone; a login IP, a "
                               "declared city or a shipping address would settle it.")
        ctx.zone, ctx.zone_name = tz, zone
        clock_change = None
        if best.habit_step is not None:
            at, step, own_is_later = best.habit_step
            # hours the person's own activity moved in UTC (negative: earlier), from that day on
            clock_change = {"on": sorted(fit)[at].isoformat(),
                            "utc_hours": (-step if not own_is_later else step) / 4}
            if best.law_not_followed:  # the zone's law moved, the person's hours stayed put in UTC
                clock_change.update(utc_hours=0.0, law_not_followed=True)
        offsets_seen = sorted({o / 4 for o, _first, _end in best.segments})
        # the zone's law changed within the home's days (Turkey 2016, Samoa 2011, Mexico 2022, Kazakhstan 2024):
        # each law with its dates, not today's offset alone (T28C L1)
        laws = law_periods(zone, min(fit), max(fit)) if fit and zone in zone_countries() else []
        law_changes = laws if len(laws) > 1 else None
        night_share = sum(best.local[4:24]) / (sum(best.local) or 1)
        alternatives = []
        for c in cands[1:6]:
            alternatives.append({"zone": c.zones[0], "utc_offset_hours": c.standard_q / 4,
                                 "observes_dst": c.observes_dst, "posterior": round(c.posterior, 4)})
        value = {
            "utc_offset_hours": best.standard_q / 4,
            "observes_dst": best.observes_dst,
            "offsets_seen_hours": offsets_seen,
            "zone": zone,
            "candidate_zones": best.zones,
            "posterior": round(mass, 4),
            "lull_mid_local": _fmt_hours(best.lull_mid),
            "lull_spread_hours": best.lull_spread_h,
            "night_share": round(night_share, 4),
            "activity_only_utc_offset_hours": act_best.standard_q / 4,
            "place_evidence": describe_sources(prior),
            "place_country": top_cc,
            "disagreement": disagreements or None,
            "place_disagreement": place_disagreement,
            # the parts' days, unless the shift is a spell of night work at home (self.shifted), whose dates are
            # night-time activity: then dated only with --include-sensitive (sensitive.NightGate), the field kept
            "quiet_hours_shift": ({"from": [moved[0].isoformat(), moved[1].isoformat()],
                                   "to": [moved[2].isoformat(), moved[3].isoformat()],
                                   "utc_hours": round(moved[4], 2)}
                                  if NightGate.of(ctx).dated or not self.shifted else
                                  {"from": None, "to": None, "utc_hours": round(moved[4], 2)})
            if moved is not None and abs(moved[4]) >= MOVE_SHIFT_H else None,
            "alternatives": alternatives,
            "earlier_zone": earlier,
            "periods": said_periods,
            "clock_change": clock_change,
            "law_periods": law_changes,
            "offsets_fitting": offsets_fitting if offsets_fitting and len(offsets_fitting) > 1 else None,
        }
        ev = Evidence()
        by_day = self._evidence_by_day()
        for d in days:
            bins = by_day.get(d)
            if not bins:
                continue
            o = _offset_q(tz, d)
            for q, item in sorted(bins.items()):
                lq = (q + o) % QUARTERS
                if abs(circ_diff_hours(lq / 4, best.lull_mid)) <= 4 and len(ev.items) < 10:
                    ev.items.append(item)
            if len(ev.items) >= 10:
                break
        lull_lo = round((best.lull_mid - 3) * 4) % QUARTERS
        inside = sum(best.local[(lull_lo + k) % QUARTERS] for k in range(LULL_BINS))
        ev.n_against = inside
        ev.n_support = sum(best.local) - inside
        summary = (_fmt_utc_q(best.standard_q) + (" with daylight saving" if best.observes_dst else "")
                   + (f" ({law_earlier(law_changes)})" if law_changes else "")
                   + f" — most likely {zone}; your quietest hours centre on {_fmt_hours(best.lull_mid)} there"
                   + (f"; place evidence: {', '.join(s.name for s in prior.sources)}" if prior.sources else
                      "; no place evidence")
                   + (". Activity and place disagree." if disagreements else "."))
        return Finding(value=value, confidence=conf, confidence_basis=basis, evidence=ev, caveats=caveats,
                       summary=summary, **meta)

    def _bound_record(self, at: datetime, after: bool) -> datetime | None:
        """The own action nearest a period's bound: the first active 15-minute bin starting at or after ``at``
        (``after``), else the last one starting before it — as the UTC instant its bin starts; None without one."""
        days = sorted(self.days)
        day0 = at.astimezone(UTC).date()
        i = bisect_left(days, day0)
        order = days[i:] if after else reversed(days[:i + 1])
        for d in order:
            hist = self.days[d]
            midnight = datetime(d.year, d.month, d.day, tzinfo=UTC)
            for q in (range(QUARTERS) if after else range(QUARTERS - 1, -1, -1)):
                t = midnight + timedelta(minutes=15 * q)
                if hist[q] and (t >= at if after else t < at):
                    return t
        return None

    def _said_periods(self, gate: NightGate, tz: tzinfo,
                      periods: list[dict[str, Any]] | None) -> list[dict[str, Any]] | None:
        """``periods`` as the value gives them: with ``--include-sensitive`` (``gate.dated``) as they are; without,
        every bound whose own record is at night (:func:`.sensitive.is_night` on ``tz``, the finding's own clock)
        undated, as the other night-time bounds (GATE/GATE2/CLOCK4): "withheld Sat 01:30", the weekday and the
        quarter-hour of that record. The first period's ``from`` is the first record's, the last one's ``to`` the
        last record's; a switch (``start``) is undated as a whole — the earlier period's ``to``, the next one's
        ``from`` and ``start``, each said by its own record (the last before the switch, the first from it) —
        when either record is at night: the switch's day is one day in three fields, and the switch instant
        itself lies between night-time records (timezone._switch_instant). A new list; ``periods`` unchanged
        (the rule keeps the real bounds: ``tz``, ``ctx.zone``)."""
        if gate.dated or not periods:
            return periods
        from ..events import format_time

        def said(t: datetime | None) -> str | None:
            iso = format_time(t)
            return withheld_time(iso, tz) if iso is not None else None

        out = [dict(p) for p in periods]
        days = sorted(self.days)
        first = self._bound_record(datetime(days[0].year, days[0].month, days[0].day, tzinfo=UTC), True)
        last = self._bound_record(datetime(days[-1].year, days[-1].month, days[-1].day, tzinfo=UTC)
                                  + timedelta(days=1), False)
        if first is not None and is_night(format_time(first), tz):
            out[0]["from"] = said(first)
        if last is not None and is_night(format_time(last), tz):
            out[-1]["to"] = said(last)
        for k in range(1, len(out)):
            start = out[k].get("start")
            if not isinstance(start, str):
                continue
            at = datetime.fromisoformat(start.replace("Z", "+00:00"))
            before, after = self._bound_record(at, False), self._bound_record(at, True)
            if any(t is not None and is_night(format_time(t), tz) for t in (before, after)):
                if before is not None:
                    out[k - 1]["to"] = said(before)
                if after is not None:
                    out[k]["from"] = out[k]["start"] = said(after)
        return out

    # -- local conversion ----------------------------------------------------------------------------
    def _local_nights(self, ctx: Context) -> tuple[dict[date, list[int]], dict[tuple[date, int], EvidenceItem]]:
        """Histograms per *night date* (the morning's local date), bins r = local quarter + 48 mod 96,
        so r 0 is 12:00 the day before and r 48 is midnight."""
        nights: dict[date, list[int]] = {}
        ev: dict[tuple[date, int], EvidenceItem] = {}
        by_day = self._evidence_by_day()
        empty: dict[int, EvidenceItem] = {}
        switch_days = ctx.switch_days()
        for d, hist in self.days.items():
            bins = by_day.get(d, empty)
            # s = local quarter counted from d's local midnight; the night (dated by its morning)
            # is d + (s + 48) // 96 and its bin r = (s + 48) % 96 (r 48 = local midnight)
            base = ctx.offset_quarters(d) + 48
            split = d in switch_days  # the clock changes within this UTC day: each bin on its own period's
            shift_prev = None
            vec: list[int] = []
            nd = d
            for q in compress(range(QUARTERS), hist):
                if split:
                    base = ctx.offset_quarters(d, q) + 48
                shift, r = divmod(q + base, QUARTERS)
                if shift != shift_prev:
                    shift_prev = shift
                    nd = d + timedelta(days=shift)
                    vec = nights.get(nd)  # type: ignore[assignment]
                    if vec is None:
                        vec = nights[nd] = [0] * QUARTERS
                vec[r] += hist[q]
                item = bins.get(q)
                if item is not None and (nd, r) not in ev:
                    ev[(nd, r)] = item
        return nights, ev

    @staticmethod
    def _quiet_flags(hist: Sequence[float], nights: int) -> list[bool] | None:
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

    @classmethod
    def _window_choice(cls, hist: Sequence[float], nights: int) -> SleepRun | None:
        """The sleep window over a type's nights (:func:`choose_sleep_run` over :meth:`_quiet_flags`) → a
        :class:`SleepRun` in the r domain, or None if no quiet run lasts 3 h or the longest lasts over 14 h."""
        flags = cls._quiet_flags(hist, nights)
        # a day sleeper's lull (08:30–16:00) crosses the nights' noon boundary: searched on the line it was cut at
        # 12:00 and called high (the second time-zone sweep's night-shift workers); the longest run inside the
        # night's bins was taken before any across noon (a nurse's 4 h on the ward over her 6 h day sleep, the
        # fourth tester), and the innermost run over a longer one (a night worker's 3 h break, reverted 994be48)
        return None if flags is None else choose_sleep_run(flags)

    @classmethod
    def _window(cls, hist: Sequence[float], nights: int) -> tuple[int, int] | None:
        """:meth:`_window_choice`'s run as ``(start, end)``, or None."""
        choice = cls._window_choice(hist, nights)
        return None if choice is None else (choice.start, choice.end)

    @staticmethod
    def _day_sleeper(windows: Mapping[str, tuple[int, int] | None]) -> str | None:
        """"weekday" where the weekday window is a day sleep (its middle between 08:00 and 20:00, as
        :meth:`_shift_windows` labels one) and the weekend window a night sleep at least :data:`DAY_SLEEP_MIN_GAP_H`
        from it: a night or shift worker back on a night's sleep on free days. None otherwise (both by night, both
        by day, a window missing, or a late sleeper's weekend by day: 04:00–13:00 is no work by night)."""
        wd, we = windows.get("weekday"), windows.get("weekend")
        if wd is None or we is None or _circular_gap(wd[0] + wd[1], we[0] + we[1], 2 * QUARTERS) / 8 \
                < DAY_SLEEP_MIN_GAP_H:
            return None
        mid_wd, mid_we = (((w[0] + w[1]) / 8 + 12) % 24 for w in (wd, we))
        return "weekday" if 8.0 <= mid_wd < 20.0 and not 8.0 <= mid_we < 20.0 else None

    @staticmethod
    def _own_night_types(types: Mapping[str, Sequence[date]], ext: Mapping[date, Sequence[int]],
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

    @staticmethod
    def _rotating_family(rota: dict[str, Any], sleep_meta: dict[str, Any], why: str, clock: str) -> list[Finding]:
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

    @classmethod
    def _broken_spell(cls, types: Mapping[str, Sequence[date]], ext: Mapping[date, Sequence[int]],
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
            flags = cls._quiet_flags(median_active(counts, [len(v) for v in kept], len(nds)), len(nds))
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

    @staticmethod
    def _night_mid(vec: list[int]) -> float | None:
        """Mid-point (r units) of the longest gap of ≥ 2 h between own actions in one night."""
        active = [r for r, c in enumerate(vec) if c]
        best = None
        for a, b in itertools.pairwise(active):
            if b - a - 1 >= 8 and (best is None or b - a > best[1] - best[0]):
                best = (a, b)
        if best is None:
            return None
        return (best[0] + 1 + best[1]) / 2

    def finish(self, ctx: Context) -> list[Finding]:
        tz_finding = self._timezone(ctx)
        out = [tz_finding]
        family = self._sleep_family(ctx, tz_finding)
        out.extend(family)
        out.append(self._routine(ctx, tz_finding, family[0]))
        said = scheduled_caveat(self.scheduled)
        if said is not None:
            # every clock finding says it: each rests on the same records
            for finding in out:
                # after a caveat that must stay first (the text report shows one at its default detail)
                at = 1 if finding.caveats and finding.caveats[0].startswith(FIRST_CAVEATS) else 0
                finding.caveats = [*finding.caveats[:at], said, *finding.caveats[at:]]
            if isinstance(tz_finding.value, dict):
                tz_finding.value["scheduled_left_out"] = {"records": sum(self.scheduled.values()),
                                                          "clients": dict(self.scheduled.most_common())}
        # once the trips are known, the windows may be read again without the nights abroad (set_aside_trip_nights):
        # a shell holding what _sleep_family reads besides the nights (the aggregator's state is released after this)
        shell = ClockAggregator.__new__(ClockAggregator)
        shell.shifted = self.shifted
        shell.zone_by_head_count = getattr(self, "zone_by_head_count", None)
        ctx.sleep_reread = functools.partial(shell._reread_sleep, ctx, tz_finding, getattr(self, "_sleep_local", None),
                                             said)
        self._sleep_local = None
        # the own records other than orders, per UTC day and quarter (sharedaccount: orders at hours the person is
        # otherwise never active); a day with orders is a copy
        own = dict(self.days)
        for d, hist in self.orders.days.items():
            own[d] = array("I", (a - b for a, b in zip(self.days[d], hist, strict=True)))
        ctx.own_bins = own
        self.orders = DayBins()
        # the findings hold what they need (values, copied evidence items): release the per-day state
        # before the later aggregators finish and load their own reference data
        self.days = {}
        self.bin_ev = [{} for _ in range(QUARTERS)]
        return out

    # -- sleep, social jetlag, late nights -----------------------------------------------------------
    def _reread_sleep(self, ctx: Context, tz_finding: Finding,
                      local: tuple[dict[date, list[int]], dict[tuple[date, int], EvidenceItem]] | None,
                      said: str | None, away: frozenset[date]) -> list[Finding] | None:
        """The sleep family read again with the nights in ``away`` left out of the windows (:meth:`_sleep_family`),
        with the scheduled-posts caveat :meth:`finish` adds; None where those nights are under
        :data:`TRIP_REREAD_SHARE` of the nights with records (a trip or two does not move a window read by quarters),
        or without nights."""
        if not local or not local[0] or len(away & local[0].keys()) < TRIP_REREAD_SHARE * len(local[0]):
            return None
        family = self._sleep_family(ctx, tz_finding, away, local)
        if said is not None:
            for finding in family:
                at = 1 if finding.caveats and finding.caveats[0].startswith(FIRST_CAVEATS) else 0
                finding.caveats = [*finding.caveats[:at], said, *finding.caveats[at:]]
        return family

    def _sleep_family(self, ctx: Context, tz_finding: Finding, away: frozenset[date] = frozenset(),
                      local: tuple[dict[date, list[int]], dict[tuple[date, int], EvidenceItem]] | None = None,
                      ) -> list[Finding]:
        """The sleep, social jetlag and late nights findings. ``away``: nights (morning dates) left out of the
        windows (nights on a trip abroad, on another clock: :func:`set_aside_trip_nights`); they are still checked
        for late nights, where the trips set them aside. ``local``: :meth:`_local_nights`' result, when the per-day
        state is gone (a second reading once the trips are known)."""
        nights, ev_map = local if local is not None else self._local_nights(ctx) if self.days else ({}, {})
        self._sleep_local = (nights, ev_map)
        gate = NightGate.of(ctx)  # whether the texts and values may date the nights (--include-sensitive)
        # the nights of a period on the home's clock at other hours (night shifts at home; the time zone's periods)
        # are read apart, as MCTQ^Shift reads each shift type's sleep apart (Juda, Vetter & Roenneberg 2013): the
        # weekday and weekend windows, the chronotype and the social jetlag are the other nights', and the shift
        # period gets its own window (a day sleep). Pooled, two months of night shifts in nine ate the weekday
        # window and listed only 14 weekend nights late (the twenty-fifth pass's last tester); against the usual
        # window each night awake on shift is a late night, as the late-nights finding defines one
        on_shift = {nd: k for nd in nights for k, (a, b) in enumerate(self.shifted) if a < nd <= b + timedelta(days=1)}
        types = {"weekday": [], "weekend": []}
        # free days: the home country's weekend (CLDR), the night before one ending on its morning
        country = zone_countries().get(ctx.zone_name or "")
        free, free_names = free_weekdays(country)
        # an earlier era of other sleep (a student's late years before an office's): the windows are the present
        # era's, the earlier one is said apart and its nights are not read against today's window (T30B era12)
        era_start = earlier_sleep_era({nd: v for nd, v in nights.items() if nd not in on_shift and nd not in away},
                                      self._window)
        earlier = frozenset(nd for nd in nights if era_start is not None and nd < era_start
                            and nd not in on_shift and nd not in away)
        for nd, _vec in nights.items():
            if nd not in on_shift and nd not in away and nd not in earlier:
                types["weekend" if nd.weekday() in free else "weekday"].append(nd)
        # per type, the bins' columns over its nights (one tuple per bin, nights in the order of ``nds``)
        # each night's bins followed by the next night's: a day sleeper's lull runs on past noon into the
        # afternoon after that morning (the next night's first bins), not the one before it (the second tester)
        ext = {nd: (*vec, *(nights.get(nd + timedelta(days=1)) or _NO_NIGHT)) for nd, vec in nights.items()}

        def read_types(types: dict[str, list[date]]) -> tuple[Any, ...]:
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
            flags = {t: self._quiet_flags(active[t], len(types[t])) for t in types}
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
        spell = self._broken_spell(types, ext, windows)
        if spell:
            # a spell of broken nights (a newborn's feeds) fitted as the window: read on the other nights; the
            # spell's nights are still checked against it below, and listed as broken nights (T30B M2)
            types = {t: [nd for nd in nds if nd not in spell] for t, nds in types.items()}
            calendar = (types, *read_types(types))
            agg, periods, flags, choices, masks, windows = calendar[1:]
        kind = {nd: t for t, nds in types.items() for nd in nds}
        day_sleep = self._day_sleeper(windows)
        if day_sleep:
            # a day sleeper (night or shift work) whose other nights are night sleeps: which nights are work nights
            # and which free is read from her own nights, not the calendar's weekend (T28C's H2: a night nurse's
            # free Monday mornings, up from 09:00 inside the Mon-Fri day-sleep window, were 46 "late nights").
            # Twice at most: against the calendar's windows, then against her own nights' (a free Monday quiet in
            # the first weekday window's short core fell to the work nights, and was awake in the second's)
            for _ in range(2):
                own = self._own_night_types(calendar[0], ext, windows)
                if own == kind:
                    break
                kind = own
                types = {t: sorted(nd for nd, k in kind.items() if k == t) for t in types}
                agg, periods, flags, choices, masks, windows = read_types(types)
            day_sleep = self._day_sleeper(windows)
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
                return self._rotating_family(rota, sleep_meta, why, ctx.clock_label)
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
        chronotype = None
        if msf is not None:
            chronotype = ("early type" if msf < 3.5 else "intermediate type" if msf < 5.0 else "late type")
        # Seeded bootstrap over nights: recompute the aggregate windows from resampled nights.
        rng = random.Random(BOOTSTRAP_SEED)
        agreements = []
        for t, nds in types.items():
            w0 = windows[t]
            if w0 is None or not nds:
                continue
            # per night, its 0/1 activity per bin packed in one integer: a resample's count of active
            # nights per bin is one sum over its draws (the same integers as weighting each night)
            # a type judged by quarters is resampled within each quarter (its nights drawn from its own)
            groups = periods.get(t) or [nds]
            packs = [PackedColumns([[1 if v else 0 for v in ext[nd]] for nd in g], 2 * QUARTERS) for g in groups]
            hits = 0
            for _ in range(BOOTSTRAP_RESAMPLES):
                draws = [bootstrap_draws(len(g), rng) for g in groups]
                sums = [pk.sums(d) for pk, d in zip(packs, draws, strict=True)]
                counts = median_active(sums, [len(g) for g in groups], len(nds)) if t in periods else sums[0]
                f1 = self._quiet_flags(counts, len(nds))
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
                 f"mid-sleep within 30 min (weakest of weekday/weekend); {count_phrase(n_full, 'night')} with ≥ "
                 f"{NIGHT_MIN_EVENTS} actions")
        if n_full < LOW_SLEEP_NIGHTS:
            conf = Confidence.LOW
            basis += f" (fewer than {LOW_SLEEP_NIGHTS}, so low at best)"
        if tz_finding.confidence == Confidence.LOW and conf != Confidence.LOW:
            conf = Confidence.LOW
            basis += "; the time zone itself is uncertain"
        elif conf == Confidence.HIGH and getattr(self, "zone_by_head_count", None):
            # the zone was chosen among the country's clocks by where more people live (T28C H1: "Toronto time",
            # medium, for a Newfoundlander, the sleep 1 h 30 min off at high): the times are read on a clock the
            # activity could not tell from another, so they are no surer than it
            conf = Confidence.MEDIUM
            rivals = format_list([f"{z} ({off})" for z, off in self.zone_by_head_count[:3]], locale="en")
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
        if free != DEFAULT_FREE_DAYS:  # a weekend other than Saturday–Sunday: said where the windows are
            sleep_caveats.insert(0, f"Weekends here are {free_names} mornings, the weekend in {country} (CLDR); "
                                    "the other days are weekdays.")
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
        shift_periods = self._shift_windows(nights, ext, on_shift, describe, windows["weekend"])
        sleep_value["shift_periods"] = shift_periods or None
        summary = (f"Asleep (no records, {ctx.clock_label} time) " + ", ".join(parts)
                   + f" — from {sleep_nights_phrase(sleep_value)}" + (f"; {chronotype}" if chronotype else ""))
        for sp in shift_periods:
            w = sp["window"]
            summary += (f"; on the {'holiday' if sp['label'] == HOLIDAY_LABEL else 'shift'} nights "
                        f"{gate.spell(sp['from'], sp['to'])}, "
                        + (f"asleep ≈{w['start']}–{w['end']}" if w else "no quiet stretch of ≥ 3 h"))
        summary += "."
        def periods_said(sps: list[dict[str, Any]]) -> str:
            # "from A to B (12 nights, asleep ≈…); C to D (…)", or undated "in a spell of 29 days (…); a spell of …"
            return "; ".join(f"{gate.spell(sp['from'], sp['to'], lead='' if i else 'from')} "
                             f"({count_phrase(sp['nights'], 'night')}"
                             + (f", asleep ≈{sp['window']['start']}–{sp['window']['end']})" if sp["window"] else ")")
                             for i, sp in enumerate(sps))

        shifts = [sp for sp in shift_periods if sp["label"] != HOLIDAY_LABEL]
        holidays = [sp for sp in shift_periods if sp["label"] == HOLIDAY_LABEL]
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
        if earlier:
            e_nds = sorted(earlier)
            e_active = [len(col) - col.count(0) for col in zip(*(nights[nd] for nd in e_nds), strict=True)]
            e_win = describe(self._window(e_active, len(e_nds)))
            # by month, not by night: an era of years, whose bounds date no night (the gate withholds night dates)
            sleep_value["earlier_period"] = {"from": e_nds[0].strftime("%Y-%m"), "to": e_nds[-1].strftime("%Y-%m"),
                                             "nights": len(e_nds), "window": e_win}
            said_w = f"asleep ≈{e_win['start']}–{e_win['end']}" if e_win else "no one quiet stretch"
            span = f"from {e_nds[0]:%b %Y} to {e_nds[-1]:%b %Y}"
            summary = summary[:-1] + f"; before {era_start:%b %Y}, other hours ({said_w})."
            sleep_meta["caveats"].insert(0, f"Your nights {span} kept other hours ({said_w}): an earlier period "
                                         f"of your life ({count_phrase(len(e_nds), 'night')}). The windows are your "
                                         "nights since then, and the earlier nights are not checked for late nights "
                                         "against them.")
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
                                  f"Weekday/weekend stands in for workday/free day: the free days taken are "
                                  f"{free_names}, the weekend in {country or 'most countries'} (CLDR)."],
                         summary=f"Your mid-sleep shifts by {sjl:g} h between weekdays and weekends.")
        elif day_sleep:
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
            if nd in earlier:  # an earlier era's nights: its own sleep, not late nights inside today's window
                continue
            # a night's type as its window was read (a day sleeper's from her own nights), a shift night's by calendar
            off = ((kind[nd] == "weekend") if nd in kind else nd.weekday() in free) or (
                nd in on_shift and any(a <= nd <= b for a, b in holiday))
            w = windows["weekend" if off else "weekday"]
            if w is None:
                continue
            months[nd.strftime("%Y-%m")] += 1
            checked["weekend" if off else "weekday"].append(nd)
            vec = ext[nd]  # a window past noon reads on into the next night's bins
            core = [r for r in range(w[0] + LATE_MARGIN_START, w[1] - LATE_MARGIN_END) if vec[r]]
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
        late = Finding(id="late_nights", title="Late or irregular nights",
                       value={"dates": [], "nights_checked": len(nights) - len(earlier),
                              "share_00_05": round(small_hours, 4),
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


    def _shift_windows(self, nights: Mapping[date, Sequence[int]], ext: Mapping[date, Sequence[int]],
                       on_shift: Mapping[date, int],
                       describe: Callable[[tuple[int, int] | None], dict | None],
                       free_window: tuple[int, int] | None = None) -> list[dict[str, Any]]:
        """Per period of :attr:`shifted` with nights, ``{from, to, nights, window, label}``: its first and last night
        (local morning dates), its nights with a record, and the sleep window over them alone (``describe``'s
        shape, or None under :data:`MIN_SLEEP_NIGHTS` nights or without a quiet run of 3–14 h), chosen as the usual
        windows are (:meth:`_window`) — MCTQ^Shift's sleep on the days of one shift type (Juda, Vetter & Roenneberg
        2013, J Biol Rhythms 28:130). ``label`` is :data:`SHIFT_DAY_SLEEP_LABEL` where the window's middle falls between
        08:00 and 20:00; :data:`HOLIDAY_LABEL` where it is a night sleep whose middle lies within
        :data:`HOLIDAY_MID_GAP_H` of ``free_window``'s (the usual weekend window, bins as :meth:`_window` gives them):
        every day kept the free days' hours. One pass over the period's nights."""
        out = []
        for k in range(len(self.shifted)):
            nds = sorted(nd for nd, j in on_shift.items() if j == k)
            if not nds:
                continue
            w = None
            if len(nds) >= MIN_SLEEP_NIGHTS:
                active = [len(col) - col.count(0) for col in zip(*(ext[nd] for nd in nds))]
                w = self._window(active, len(nds))
            desc = describe(w)
            by_day = desc is not None and 8.0 <= desc["mid_hours"] < 20.0
            free_days = (w is not None and free_window is not None and not by_day
                         and _circular_gap(w[0] + w[1], free_window[0] + free_window[1], 2 * QUARTERS) / 8
                         <= HOLIDAY_MID_GAP_H)
            out.append({"from": nds[0].isoformat(), "to": nds[-1].isoformat(), "nights": len(nds), "window": desc,
                        "label": SHIFT_DAY_SLEEP_LABEL if by_day else HOLIDAY_LABEL if free_days else None})
        return out

    # -- routine -------------------------------------------------------------------------------------
    def _routine(self, ctx: Context, tz_finding: Finding, sleep: Finding) -> Finding:
        heat = [[0] * 24 for _ in range(7)]
        per_day: dict[date, list[int]] = {}
        switch_days = ctx.switch_days()
        for d, hist in self.days.items():
            o = ctx.offset_quarters(d)
            split = d in switch_days
            shift_prev = None
            vec: list[int] = []
            row: list[int] = []
            for q in compress(range(QUARTERS), hist):
                if split:
                    o = ctx.offset_quarters(d, q)
                shift, lq = divmod(q + o, QUARTERS)  # as Context.local_bin
                if shift != shift_prev:
                    shift_prev = shift
                    ld = d + timedelta(days=shift)
                    row = heat[ld.weekday()]
                    vec = per_day.get(ld)  # type: ignore[assignment]
                    if vec is None:
                        vec = per_day[ld] = [0] * 24
                c = hist[q]
                row[lq // 4] += c
                vec[lq // 4] += c
        free, _names = free_weekdays(zone_countries().get(ctx.zone_name or ""))  # the home country's weekend
        wdays = sorted(d for d in per_day if d.weekday() not in free)
        wends = sorted(d for d in per_day if d.weekday() in free)
        meta = {
            "id": "routine", "title": "Weekly routine and working hours",
            "method": ("7×24 heatmap of own timed actions on the chosen zone's clock. Working hours = the longest "
                       "run (≥ 6 h, within 07–20) of hours where the weekday rate per day is below 35% of the "
                       "weekend rate for the same hour (weekends active then), or below 20% of the weekday "
                       "evening (18–22) rate; a block whose weekend rate is below 20% of the weekend evening's is "
                       "quiet every day (a night worker's sleep), not work; a block at least "
                       f"{SLEEP_BLOCK_SHARE:.0%} inside the sleep finding's weekday window is that sleep (night or "
                       f"shift work: label '{DAY_SLEEP_LABEL}', no working hours), whatever the weekends do. "
                       "Evidence: weekday records inside the block against, all others for."),
            "literature": literature.cards("routine"),
            "caveats": ["A quiet weekday daytime suggests a job away from screens or a strict workplace, "
                        "not which job."],
        }
        n_all = len(wdays) + len(wends)
        only = ("weekdays" if len(wdays) >= ROUTINE_HIGH_WEEKDAYS and len(wends) <= ONE_KIND_SHARE * n_all else
                "weekends" if len(wends) >= ROUTINE_HIGH_FREE_DAYS and len(wdays) <= ONE_KIND_SHARE * n_all else None)
        if only is not None and tz_finding.confidence != Confidence.INSUFFICIENT:
            # the pattern is the finding (T26B's M3: posts only Mon–Fri 09–17 for two years, or only at weekends for
            # three, were "not enough days for a weekly pattern")
            total = sum(sum(r) for r in heat)
            hours = [h for h in range(24) if any(heat[d][h] for d in range(7))]
            span = f"{hours[0]:02d}–{hours[-1] + 1:02d}" if hours else None
            free_txt = "weekend" if free == DEFAULT_FREE_DAYS else f"free day ({_names})"
            summary = (f"Active only on weekdays ({count_phrase(len(wdays), 'day')}, {len(wends)} {free_txt} "
                       f"{plural(len(wends), 'day')}"
                       + (f"; hours {span}, {ctx.clock_label} time" if span else "")
                       + "): an account used at work, or only on working days." if only == "weekdays" else
                       f"Active only at weekends ({len(wends)} {free_txt} {plural(len(wends), 'day')}, "
                       f"{count_phrase(len(wdays), 'weekday')}"
                       + (f"; hours {span}, {ctx.clock_label} time" if span else "")
                       + "): an account for free days.")
            conf = Confidence.MEDIUM if tz_finding.confidence == Confidence.LOW else Confidence.HIGH
            top_day, top_hour = max(((d, h) for d in range(7) for h in range(24)), key=lambda x: heat[x[0]][x[1]])
            return Finding(value={"heatmap": heat, "working_hours": None, "quiet_block": None,
                                  "weekday_daytime_quiet": None, "label": f"{only} only", "active_hours": span,
                                  "peak": {"weekday": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][top_day],
                                           "hour": top_hour},
                                  "days": {"weekday": len(wdays), "weekend": len(wends)},
                                  "zone": ctx.clock_label},
                           confidence=conf,
                           confidence_basis=(f"{len(wdays)} active weekdays and {len(wends)} active {free_txt} "
                                             f"days: under {ONE_KIND_SHARE:.0%} of the active days are "
                                             f"{'free days' if only == 'weekdays' else 'weekdays'}"),
                           evidence=Evidence(n_support=total, n_against=0), summary=summary, **meta)
        if len(wdays) < 8 or len(wends) < 4 or tz_finding.confidence == Confidence.INSUFFICIENT:
            return Finding(value=None, confidence=Confidence.INSUFFICIENT,
                           confidence_basis=f"{len(wdays)} active weekdays and {len(wends)} weekend days "
                                            "(need 8 and 4) and a time zone",
                           summary="Not enough days for a weekly pattern.", **meta)

        def quiet_run(wd_rates: list[float], we_rates: list[float]) -> tuple[int, int] | None:
            evening = sum(wd_rates[18:22]) / 4
            we_evening = sum(we_rates[18:22]) / 4
            # a block quiet at weekends too is the sleep of a night worker (08:30-16:00), not a job's hours (the
            # fourth tester: "office hours … weekends are not", high, where weekends were just as empty); judged
            # over the block, not per hour, as a late weekend riser's 09:00 is quiet at weekends and at work
            best = longest_run([(we_rates[h] > 0 and wd_rates[h] < 0.35 * we_rates[h]) or wd_rates[h] < 0.2 * evening
                                for h in range(7, 21)], offset=7)
            if best and sum(we_rates[best[0]:best[1]]) / (best[1] - best[0]) < 0.2 * we_evening:
                return None  # as quiet at weekends: the block is everyday sleep, not a job's hours
            return best if best and best[1] - best[0] >= 6 else None

        def sparse_cols(ds: list[date]) -> list[tuple[list[int], list[int]]]:
            # per hour, (positions, counts) of the days active in it: a weighted sum then touches only
            # those days (the same integer sums as over every day, without the zero products)
            out = []
            for col in zip(*(per_day[d] for d in ds)):
                idx = list(compress(range(len(col)), col))
                out.append((idx, [col[i] for i in idx]))
            return out

        cols_wd, cols_we = sparse_cols(wdays), sparse_cols(wends)
        n_wd, n_we = len(wdays), len(wends)

        def rates(cols: list[tuple[list[int], list[int]]], n: int) -> list[float]:
            # only the hours quiet_run looks at (07–20); the rest stay 0
            return [sum(vals) / n if 7 <= h < 22 else 0.0 for h, (_, vals) in enumerate(cols)]

        def resampled_rates(packed: PackedColumns, n: int) -> list[float]:
            # a resample's hourly totals over its drawn days (n draws, so n is also the weights' sum)
            return [total / n if 7 <= h < 22 else 0.0
                    for h, total in enumerate(packed.sums(bootstrap_draws(n, rng)))]

        run = quiet_run(rates(cols_wd, n_wd), rates(cols_we, n_we))
        packed_wd = PackedColumns([per_day[d] for d in wdays], 24)
        packed_we = PackedColumns([per_day[d] for d in wends], 24)
        rng = random.Random(BOOTSTRAP_SEED)
        hits = 0
        for _ in range(BOOTSTRAP_RESAMPLES):
            r2 = quiet_run(resampled_rates(packed_wd, n_wd), resampled_rates(packed_we, n_we))
            if (r2 is None and run is None) or (r2 and run and abs(r2[0] - run[0]) <= 1 and abs(r2[1] - run[1]) <= 1):
                hits += 1
        agreement = hits / BOOTSTRAP_RESAMPLES
        conf = confidence_from_agreement(agreement)
        few = conf == Confidence.HIGH and (len(wdays) < ROUTINE_HIGH_WEEKDAYS or len(wends) < ROUTINE_HIGH_FREE_DAYS)
        if few:
            conf = Confidence.MEDIUM
        if tz_finding.confidence == Confidence.LOW:
            conf = Confidence.LOW
        label = routine_label(run, sleep)
        peak_day, peak_hour = max(((d, h) for d in range(7) for h in range(24)), key=lambda x: heat[x[0]][x[1]])
        # the peak's own stability (T27B M4: a retiree posting on the 3rd and 18th of each month was "most active on
        # Sun around 11:00" at high, the block's confidence, though Wednesday held the most records): the share of
        # resamples of days whose busiest weekday-hour cell is the same weekday within ±1 h
        peak_agreement = _peak_agreement(per_day, peak_day, peak_hour)
        peak_conf = confidence_from_agreement(peak_agreement)
        if tz_finding.confidence == Confidence.LOW:
            peak_conf = Confidence.LOW
        peak_name = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][peak_day]
        block = f"{run[0]:02d}-{run[1]:02d}" if run else None
        value = {"heatmap": heat, "working_hours": block if label != DAY_SLEEP_LABEL else None,
                 "quiet_block": block, "weekday_daytime_quiet": run is not None, "label": label,
                 "peak": {"weekday": peak_name, "hour": peak_hour, "agreement": round(peak_agreement, 3),
                          "confidence": peak_conf.value},
                 "days": {"weekday": len(wdays), "weekend": len(wends)}, "zone": ctx.clock_label}
        if run is None and peak_conf != Confidence.LOW:
            # without a block the peak is what the report says: its confidence is the peak's too
            conf = min(conf, peak_conf, key=_CONF_RANK.__getitem__)
        total = sum(sum(r) for r in heat)
        # for a quiet block: the weekday records inside it are against, every other record for; without one,
        # every record is for "no block stands out" (M6 of the twenty-fourth pass's tester)
        inside = sum(heat[d][h] for d in range(7) if d not in free for h in range(*run)) if run else 0
        ev = Evidence(n_support=total - inside, n_against=inside)
        summary = routine_block_summary(run, label, sleep, ctx.clock_label)
        rota = sleep.value.get("rotating_shifts") if isinstance(sleep.value, dict) else None
        if rota:
            # the sleep finding's rota (rotating_shifts): the week's pattern is the rota, not "spread over the
            # week" (T30B M5)
            value["rotating_shifts"] = {"patterns": len(rota["patterns"]), "switches": rota["switches"]}
            summary = (f"Your weeks take turns between {len(rota['patterns'])} shift patterns (rotating shift "
                       "work; see the sleep finding): no one weekly routine holds. " + summary)
        if run is None:
            summary += (f" You are most active on {peak_name} around {peak_hour:02d}:00." if peak_conf != Confidence.LOW
                        else " No busiest weekday and hour stands out either: it changes between resamples of your "
                             "days.")
        return Finding(value=value, confidence=conf,
                       confidence_basis=f"{agreement:.0%} of {BOOTSTRAP_RESAMPLES} seeded bootstrap resamples of "
                                        f"days give the same block (±1 h); {peak_agreement:.0%} keep the busiest "
                                        f"weekday-hour ({peak_name} {peak_hour:02d}:00, same weekday ±1 h)"
                                        + (f"; {len(wdays)} weekdays and {len(wends)} free days (high needs "
                                           f"{ROUTINE_HIGH_WEEKDAYS} and {ROUTINE_HIGH_FREE_DAYS}), so medium at most"
                                           if few else ""),
                       evidence=ev, summary=summary, **meta)


def routine_label(run: tuple[int, int] | None, sleep: Finding) -> str | None:
    """The routine's label for its quiet weekday block ``run`` (local hours [start, end)): :data:`DAY_SLEEP_LABEL`
    where at least :data:`SLEEP_BLOCK_SHARE` of it lies inside the sleep finding's weekday window, "office hours"
    for a block of 6–10 h starting 07–10, else "long or shifted work block"; None without a block."""
    if run is None:
        return None
    slept = sleep_share(run, sleep.value.get("weekday") if isinstance(sleep.value, dict) else None)
    if slept >= SLEEP_BLOCK_SHARE:
        # the quiet weekday block is the weekday sleep the sleep finding names: a night worker's day sleep,
        # with weekends back on a day rhythm (so the "quiet every day" rule does not catch it); "office hours"
        # at high beside it was H3 of the twenty-fourth pass's tester (a night nurse asleep 08:00-15:30)
        return DAY_SLEEP_LABEL
    return "office hours" if 7 <= run[0] <= 10 and 6 <= run[1] - run[0] <= 10 else "long or shifted work block"


def routine_block_summary(run: tuple[int, int] | None, label: str | None, sleep: Finding, clock: str) -> str:
    """The routine summary's first sentence: the quiet weekday block and its label (the weekday sleep window's
    hours for a day sleep), or that none stands out."""
    if run is None:
        return "No quiet weekday working block stands out."
    if label == DAY_SLEEP_LABEL:
        wd = sleep.value["weekday"]  # type: ignore[index]
        return (f"Weekday daytime {run[0]:02d}–{run[1]:02d} ({clock} time) is quiet while weekends are not: it is "
                f"your weekday sleep (≈{wd['start']}–{wd['end']}, see the sleep window), so night or shift work, not "
                "office hours.")
    return f"Weekday daytime {run[0]:02d}–{run[1]:02d} ({clock} time) is quiet while weekends are not ({label})."


def reread_routine(routine: Finding, sleep: Finding, clock: str) -> None:
    """The routine finding's label, working hours and first sentence read again against ``sleep`` (the sleep
    window read again without the nights abroad: :func:`set_aside_trip_nights`), in place; its block, peak and
    confidence rest on the days' records alone and stay."""
    value = routine.value
    if not isinstance(value, dict) or not value.get("quiet_block") or value.get("label") in (None, "weekdays only",
                                                                                              "weekends only"):
        return
    run = tuple(int(x) for x in value["quiet_block"].split("-"))
    label = routine_label(run, sleep)  # type: ignore[arg-type]
    if label == value["label"] != DAY_SLEEP_LABEL:
        return  # the same words (a day sleep's sentence names the window's hours: said again)
    # the first sentence as the first reading wrote it: a day sleep's ends "not office hours." (it named the first
    # window's hours), another's does not depend on the window
    ending = "not office hours."
    cut = (routine.summary.index(ending) + len(ending) if value["label"] == DAY_SLEEP_LABEL
           else len(routine_block_summary(run, value["label"], sleep, clock)))  # type: ignore[arg-type]
    value["label"] = label
    value["working_hours"] = value["quiet_block"] if label != DAY_SLEEP_LABEL else None
    routine.summary = routine_block_summary(run, label, sleep, clock) + routine.summary[cut:]  # type: ignore[arg-type]


_CONF_RANK = {Confidence.INSUFFICIENT: 0, Confidence.LOW: 1, Confidence.MEDIUM: 2, Confidence.HIGH: 3}


def _peak_agreement(per_day: Mapping[date, Sequence[int]], peak_day: int, peak_hour: int) -> float:
    """Share (0–1) of :data:`BOOTSTRAP_RESAMPLES` seeded resamples of the active days (``per_day``: local date → 24
    hourly counts) whose busiest weekday-hour cell is on weekday ``peak_day`` (0 = Monday) within ±1 h of
    ``peak_hour`` (ties: the first cell, Monday 00:00 onward, as the peak itself is chosen)."""
    days = sorted(per_day)
    if not days:
        return 0.0
    packed = PackedColumns([[0] * (24 * d.weekday()) + list(per_day[d]) + [0] * (24 * (6 - d.weekday()))
                            for d in days], 7 * 24)
    rng = random.Random(BOOTSTRAP_SEED + 1)  # apart from the block's draws, which stay as they were
    hits = 0
    for _ in range(BOOTSTRAP_RESAMPLES):
        cells = packed.sums(bootstrap_draws(len(days), rng))
        top = max(range(7 * 24), key=cells.__getitem__)
        day, hour = divmod(top, 24)
        hits += day == peak_day and min((hour - peak_hour) % 24, (peak_hour - hour) % 24) <= 1
    return hits / BOOTSTRAP_RESAMPLES


def sleep_share(block: tuple[int, int], window: dict | None) -> float:
    """Share (0–1) of the hours ``block`` (local hours, end exclusive) inside the sleep ``window`` (the sleep
    finding's ``weekday`` value: ``start`` "HH:MM" and ``duration_hours``, possibly across midnight or noon);
    0 without a window."""
    if not window or block[1] <= block[0]:
        return 0.0
    hh, mm = map(int, str(window["start"]).split(":"))
    start = hh + mm / 60
    length = float(window["duration_hours"])
    inside = 0.0
    for h in range(*block):
        lo = (h - start) % 24  # the hour's place after the window opens
        inside += min(lo + 1, length) - lo if lo < length else 0.0
        if lo > 23:  # the hour begins before the window opens and ends after: its tail is inside
            inside += min(lo + 1 - 24, length)
    return inside / (block[1] - block[0])


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
        # the pattern's window as the usual ones are read (ClockAggregator._window) over its weeks' nights; where
        # none, the median last record before and first after its days' longest gaps
        chosen = set(members)
        nds = [nd for nd in nights if (nd.isocalendar().year, nd.isocalendar().week) in chosen]
        cols = zip(*((*nights[nd], *(nights.get(nd + timedelta(days=1)) or _NO_NIGHT)) for nd in nds))
        win = ClockAggregator._window([len(col) - col.count(0) for col in cols], len(nds)) if nds else None
        if win is not None and _circ_h(((win[0] + win[1]) / 8 + 12) % 24, centre) <= ROTATING_CLUSTER_H:
            start, end = win[0] / 4 + 12, win[1] / 4 + 12
        else:
            gaps = [g for w in members for g in by_week[w] if _circ_h(mid(g), centre) <= ROTATING_CLUSTER_H]
            start = _circ_median([(g[0] + 1) % QUARTERS / 4 for g in gaps], centre)
            end = _circ_median([g[1] % QUARTERS / 4 for g in gaps], centre)
        patterns.append({"start": _fmt_hours(start), "end": _fmt_hours(end), "mid_hours": round(centre, 2),
                         "weeks": len(members)})
    return {"patterns": patterns, "switches": switches, "weeks": len(weeks)}


def broken_spans(listed: Sequence[date], checked: Mapping[str, int]) -> list[dict]:
    """Runs of consecutive calendar months in which at least :data:`BROKEN_MONTH_SHARE` of the nights checked
    (``checked``: "YYYY-MM" → nights) are among the ``listed`` late nights, each run holding at least
    :data:`BROKEN_MIN_NIGHTS` of them: ``{"from", "to"}`` ("YYYY-MM"), ``nights`` (listed in the run) and ``share``
    (of the run's nights checked, 0–1, two decimals). Sorted by time."""
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
    out = []
    for run in runs:
        n = sum(per[m] for m in run)
        if n >= BROKEN_MIN_NIGHTS:
            out.append({"from": run[0], "to": run[-1], "nights": n,
                        "share": round(n / sum(checked[m] for m in run), 2)})
    return out


def _binomial_tail(k: int, n: int, p: float) -> float:
    """P(X ≥ k) for X ~ Binomial(n, p)."""
    return sum(math.comb(n, i) * p ** i * (1 - p) ** (n - i) for i in range(k, n + 1))


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
    over_days = (kept[-1] - kept[0]).days + 1 if kept else 0
    if gate.dated:
        value["broken_spans"] = spans
    else:  # the same fields for everyone: counts, weekdays, the run's length and the spans' months, no dates
        value["broken_spans"] = [{"months": month_count(sp), "nights": sp["nights"], "share": sp["share"]}
                                 for sp in spans]
        value.update(listed=len(kept), travel_nights=len(away), weekdays=weekday_counts(kept), over_days=over_days)
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
                    + (f" {over(over_days)}" if kept and not gate.dated else "")
                    + (f" ({'; '.join(said)})" if said else "")
                    + ("; broken nights " + format_list([f"{gate.months(sp)} ({count_phrase(sp['nights'], 'night')}, "
                                                         f"{sp['share']:.0%} of them)" for sp in spans], locale="en")
                       if spans else "")
                    + f"; {value['share_00_05']:.1%} of activity falls 00–05 {clock} time.")


def set_aside_trip_nights(ctx: Context) -> None:
    """Once the trips finding exists (place finishes after clock: it needs clock's zone), take the nights on or
    around a listed trip abroad out of the late nights: awake at 01:00 Berlin time in New York is the evening
    there (the twenty-third pass's tester: all 8 "late nights" of a Berliner were on a trip to New York). A trip
    on the home clock (``same_clock``: Paris from Berlin) keeps its nights: awake at 01:00 there is a late night.
    Changes ``ctx.findings["late_nights"]`` in place, from ``ctx.late_night_rows`` (set by the clock)."""
    reread, ctx.sleep_reread = ctx.sleep_reread, None  # held until now: released here
    if ctx.findings.get("trips") is None or not ctx.findings["trips"].value:
        ctx.trips_by_clock = ctx.night_awake = None
    late = ctx.findings.get("late_nights")
    trips = ctx.findings.get("trips")
    if late is None or late.value is None or ctx.late_night_rows is None or trips is None or not trips.value:
        return
    # only nights on another clock (T26B's H2: a commuter's days in Basel set home nights aside "on another clock
    # than Europe/Berlin"): a trip the trips finding marks ``same_clock`` was on the home clock all along
    spans = [trip_night_span(t) for t in trips.value if isinstance(t, dict) and not t.get("same_clock")]
    away = frozenset(lo + timedelta(days=i) for lo, hi in spans if lo is not None and hi is not None
                     for i in range((hi - lo).days + 1))
    family = reread(away) if reread is not None and away else None
    if family is not None:
        # the windows read again without the nights abroad (T28C's M2: a flight attendant's nights in New York and
        # Tokyo, on the Berlin clock, made a 3 h 15 min weekday window): the findings replaced in place, as the
        # report's list holds them; the late nights' rows are the new reading's
        for new in family:
            old = ctx.findings.get(new.id)
            if old is not None:
                for fld in dataclasses.fields(old):
                    setattr(old, fld.name, getattr(new, fld.name))
        # the routine tells a day sleep from office hours by the weekday window: the final one (not the first reading)
        routine, sleep = ctx.findings.get("routine"), ctx.findings.get("sleep")
        if routine is not None and sleep is not None:
            reread_routine(routine, sleep, ctx.clock_label)
    # one-day sightings abroad with records inside the (final) home night are trips too (place.TRIP_CLOCK_GAP_H):
    # their nights are set aside as the others'
    by_clock, ctx.trips_by_clock = ctx.trips_by_clock, None
    awake, ctx.night_awake = ctx.night_awake, None  # released here
    if by_clock is not None and awake and by_clock(trips, awake):
        spans = [trip_night_span(t) for t in trips.value if isinstance(t, dict) and not t.get("same_clock")]
    late = ctx.findings.get("late_nights")
    rows = ctx.late_night_rows
    if late is None or late.value is None or rows is None:
        return
    travel = [d for d in rows if any(lo is not None and hi is not None and lo <= d <= hi for lo, hi in spans)]
    if travel:
        set_late_nights(late, rows, travel, ctx.clock_label, ctx.late_night_months, NightGate.of(ctx))


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
    wa, wb = ("work", "free") if own else ("weekday", "weekend")
    return (f"{used.get(a, 0):,} {wa} and {used.get(b, 0):,} {wb} nights with records "
            f"({full.get(a, 0):,} and {full.get(b, 0):,} with ≥ {NIGHT_MIN_EVENTS} actions)")
