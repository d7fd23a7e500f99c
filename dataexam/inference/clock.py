"""Activity clocks: time zone and weekly routine; the sleep family (sleep and chronotype, social jetlag, late nights,
broken-night spells, shift work, rotating shifts) is read in :mod:`.sleep` from the nights this aggregator holds.

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
import math
import random
from array import array
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, date, datetime, timedelta, tzinfo
from itertools import compress
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel.lists import format_list

from ..events import Event
from ..wording import count_phrase, day_text, plural, possessive
from . import gazetteer, literature, sharedaccount
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
from .gazetteer import country_cldr, country_display, country_in_text, country_names, fold_country
from .model import Confidence, Evidence, EvidenceItem, Finding, confidence_from_agreement, least_sure
from .moves import edge_stay
from .openclocks import (
    headline_zones,
    hours_on_others,
    in_stated_range,
    open_range,
    open_zones,
    open_zones_value,
    shift_hhmm,
)
from .periods import (
    PERIOD_LULL_SD_H,
    PERIOD_WORDS,
    SAME_PLACE_MIN_IPS,
    SAME_PLACE_SHARE,
    ClockChange,
    PeriodSplit,
    _dated_ips,
    _fit_periods,
    _fmt_utc,
    _fmt_utc_q,
    anchor_home_clock,
    border_nights,
    border_pair,
    clock_back_text,
    clock_runs,
    country_clocks,
    date_clock_change,
    days_away,
    dst_habit_reading,
    ip_home_country,
    ip_move,
    law_earlier,
    odd_season_stint,
    period_clock_text,
    period_zone,
    periods_at_stake,
    regime_seasons,
    rhythm_seasons,
    seasonal_ip_history,
    seasons_clocks_text,
    split_at_clock_runs,
    split_at_dst_habit,
    split_at_ip_moves,
    split_at_placed_step,
    split_at_seasons,
    split_at_shipping_moves,
    trips_anchor,
    two_country_nights,
    week_part,
)
from .proxies import COMMUTE_KM
from .sensitive import (
    NightGate,
    is_night_at,
    month_words,
    spoken_bound,
    spoken_span,
    window_month,
    window_words,
    withheld_near,
    withheld_time,
)
from .sleep import (
    DAY_SLEEP_LABEL,
    DEFAULT_FREE_DAYS,
    FIRST_CAVEATS,
    free_weekdays,
    reread_sleep,
    sleep_family,
)
from .sleepwindow import _fmt_hours, longest_run
from .timezone import (
    IMPLAUSIBLE_Z,
    LULL_BINS,
    LULL_MID_MEAN_H,
    LULL_MID_SD_H,
    MOVE_MIN_DAYS,
    MOVE_SHIFT_H,
    RIVAL_ACTIVITY_MARGIN,
    RIVAL_MIN_PEOPLE,
    SLEEP_PRIOR_SOURCE,
    MovedZone,
    answer_mass,
    circ_diff_hours,
    clock_back,
    day_offsets,
    fits_as_well_in_country,
    law_periods,
    lull_mid_hours,
    move_day,
    move_pairs_in_country,
    presence_hist,
    quiet_hours_shift,
    regimes,
    rivals_in_country,
    score_zones,
    zone_info,
)
from .zoneprior import (
    build_prior,
    clock_years,
    country_zones,
    describe_sources,
    offset_hours,
    zone_countries,
    zone_populations,
)

# A withheld record keeps its weekday ("withheld Tue 23:00"); any day said within this many days of it (either
# side) names which Tuesday it was (T57A 1), so such days are withheld beside it too.
WEEKDAY_PINS = 6


def _month_start(d: date, months: int) -> date:
    """The 1st of the month ``months`` months after ``d``'s (before it where negative)."""
    k = d.year * 12 + d.month - 1 + months
    return date(k // 12, k % 12 + 1, 1)


def month_window(anchor: date, days: Iterable[date] = ()) -> frozenset[date]:
    """The days withheld about a clock switch the night gate undated (WINDOW62): the whole month before the
    ``anchor``'s, its month and the month after — three calendar months, whatever the day of its month. The anchor
    is the switch's first local day on the later clock (the first record of the later period, read on its own
    clock); :meth:`MovedClock._said_periods`. Fixed per switch: a window whose reach depends on where the night lies
    in its month is a ruler (T58E 1: one that reached into August only for a night within six days of July's end,
    a record said "Aug 2026 (near a night-time move)" beside the switch "withheld Mon 23:00" pinned Mon 27 Jul;
    NEAR61's "1st of the month of night − 6 … last of the month of night + 6"), as was one of a fixed width in days
    (its first dated day, less seven, was the night: T58A 1). Three months always hold every day within
    :data:`WEEKDAY_PINS` of the anchor and of the day either side of it (the other clocks' days of the records
    beside the switch): a month has ≥ 28 days.

    ``days``: the local days of the records beside the switch (each on every clock it may be read on). Without a gap
    they lie within a day or two of the anchor, inside its three months with :data:`WEEKDAY_PINS` to spare; where a
    long gap in the records puts one in a month outside those three (a last record weeks before the first on the
    later clock), the window grows by whole months to hold that day's month — a width set by the months alone, the
    same for every day of them. It grew while the day ± :data:`WEEKDAY_PINS` fell outside (SWITCH62, T59D 4):
    Berlin's last evening on 3 Jun or on 20 Jun before a first Tokyo day in July gave "May–Aug" or "Jun–Aug", which
    placed the night within six days of its month's start. Its edges stay the months' edges, which the months said
    already say: the dated days before it end at its first day, wherever the night lies in it."""
    start, end = _month_start(anchor, -1), _month_start(anchor, 2)  # end: the 1st after the window
    for d in days:
        start, end = min(start, _month_start(d, 0)), max(end, _month_start(d, 1))
    return frozenset(start + timedelta(days=n) for n in range((end - start).days))

MIN_TZ_EVENTS = 100
#: said after "puts your nights at home at the same hour" where a pinned night settles the head count's own pick
OTHER_CLOCKS_DO_NOT = " (the country's other clocks do not)"
MIN_TZ_DAYS = 14
LOW_TZ_DAYS = 30  # fewer active days: the time zone is medium at most
MAX_DECLARED_ZONES = 20  # distinct time-zone values a platform's records may declare that are kept for platform_says
STRONG_PLACE = 5.0  # prior weight from which a place source can contradict the activity clock
# where a night worker's lull in records centres, local time (the day sleep 08:30-16:00 of the time-zone sweeps'
# night-shift workers, and their testers': lull centres 12:15-12:45)
DAY_SLEEP_LULL_MID_H = 12.5
#: routine: the active weekdays and free days a weekly pattern needs for high (a 3-week history was high; T26B's M5)
ROUTINE_HIGH_WEEKDAYS = 40
ROUTINE_HIGH_FREE_DAYS = 12
#: routine: a share of the active days under this on one kind of day (with the other's days plenty) is the pattern
#: itself: an account used only on weekdays (at work) or only at weekends
ONE_KIND_SHARE = 0.02
# A weekday quiet block at least half inside the weekday sleep window is that sleep, not work hours
SLEEP_BLOCK_SHARE = 0.5
# Evidence kept per UTC 15-minute bin: the first record of the first 16 days active in that bin.
# Findings cite at most 10 records each, the earliest that qualify; 16 days per bin leave room for
# days that do not qualify (a DST day whose local hour falls outside the window, a night that is not
# "late") while keeping the state at ≤ 1,536 items on any archive.
BIN_EVIDENCE_CAP = 16


#: the confidence basis's words for the one-level lowering where the place evidence and the activity clock disagree
#: (exit_caveats undoes it where the person's orders tell the login country a VPN exit)
DISAGREE_LOWERED = "; lowered one level because activity and place disagree"
#: … and where the level was already low: nothing lowered, nothing recorded (the value's ``lowering`` None)
DISAGREE_NOT_LOWERED = "; activity and place disagree (already low: not lowered)"
#: … where the one disagreement is the place's country keeping a clock the activity cannot tell from the answer's
#: (:func:`place_clocks_alike`): no clock of the two disagrees, which the caveat says, so neither does the basis
#: (TZX51: a Tokyo resident behind an always-on Australian exit, its basis "activity and place disagree" beside
#: "the activity cannot tell Asia/Tokyo from Australia/Perth"). Still lowered one level: the strongest place
#: evidence is of another country, and the answer is one of two readings the records cannot choose between
UNTOLD_LOWERED = ("; lowered one level because the place evidence points to another country, whose clock the "
                  "activity cannot tell from this one")
UNTOLD_NOT_LOWERED = ("; the place evidence points to another country, whose clock the activity cannot tell from "
                      "this one (already low: not lowered)")


class _Levels:
    """The time zone's confidence through its one-level lowerings and its caps (``now``), and beside it the one the
    same steps give without the lowering for a disagreement of activity and place (``unlowered``): the finding keeps
    both as data (its value's ``lowering``), so a later step that explains the disagreement recomputes the level
    instead of reading the basis's words (exit_caveats._explained_disagreement)."""

    def __init__(self, start: Confidence) -> None:
        self.now = self.unlowered = start

    def down(self, disagreement: bool = False) -> None:
        """One level lower (high → medium → low); the ``unlowered`` level too unless it is the disagreement's."""
        self.now = _ONE_DOWN.get(self.now, self.now)
        if not disagreement:
            self.unlowered = _ONE_DOWN.get(self.unlowered, self.unlowered)

    def cap(self, most: Confidence) -> None:
        """No surer than ``most``, with or without the disagreement's lowering."""
        self.now, self.unlowered = least_sure(self.now, most), least_sure(self.unlowered, most)


_ONE_DOWN = {Confidence.HIGH: Confidence.MEDIUM, Confidence.MEDIUM: Confidence.LOW}


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


#: the least shift of the quiet hours (h) read as a move where the logins name one country alone and it keeps clocks
#: that far apart: a move of two hours inside it (Chicago → Los Angeles, New York → Denver) is no new rhythm, and
#: one zone fitted to both sides was a zone of no country the logins name (T40B: "Ittoqqortoormiit time
#: (America/Scoresbysund)", medium — its own change of law in 2024 and an hour's habit step make two hours). DST
#: moves the quiet hours by an hour at most; 1.75, not 2, for the noise of the quarters' lulls. Only where the regimes
#: read one clock: a change of summer-time habit (Phoenix → New York) they cut and date to the day
MOVE_SHIFT_IN_COUNTRY_H = 1.75


#: the least shift of the quiet hours (h) said as "a move, a long stay elsewhere or a new rhythm" (the finding one
#: level lower) where the regimes cut the history at it though under :data:`~.timezone.MOVE_SHIFT_H`: a move 2.5 h
#: across a half-hour zone measures 2.4 h on the quarters (Kolkata → Singapore on Sat 13 Jul 2024, no login before
#: it: "Singapore time" all along at high; T54B 9, MOVE56). Twice DST's hour less a quarter-hour's noise
MOVE_SHIFT_CUT_H = 2.0


def _move_shift_h(ip_days: Any, first: date, last: date) -> float:
    """The least shift of the quiet hours read as a move: :data:`MOVE_SHIFT_IN_COUNTRY_H` where the logins name one
    home country (:func:`~.periods.ip_home_country`) whose clocks lie that far apart over ``first`` to ``last``,
    :data:`~.timezone.MOVE_SHIFT_H` otherwise."""
    cc = ip_home_country(ip_days)
    if cc is None:
        return MOVE_SHIFT_H
    offsets = [_offset_q(zone_info(z), last) for z in country_clocks(cc, clock_years(first, last))]
    return MOVE_SHIFT_IN_COUNTRY_H if offsets and (max(offsets) - min(offsets)) / 4 >= MOVE_SHIFT_IN_COUNTRY_H \
        else MOVE_SHIFT_H


def _move_cut(day_hists: Mapping[date, Sequence[int]], moved: tuple[date, date, date, date, float],
              zones: tuple[str, str] | None = None) -> tuple[date, tuple[date, date] | None]:
    """The first day of the later clock for a :func:`~.timezone.quiet_hours_shift` ``moved``, and None where the
    records tell that day, else the first and last day it may fall on (where :func:`~.periods.date_clock_change` read
    a day beside it that fits both clocks: :attr:`~.periods.ClockChange.unsure`; the first reading alone is told),
    each named on the later clock: the one dating of a
    move that both of :meth:`ClockAggregator._timezone`'s routes read (the quarters' shift of more than DST explains,
    the two hours between one country's clocks). :func:`~.timezone.move_day`'s change point of the parts' UTC
    profiles is a first reading; it is dated again as a change of summer-time habit is
    (:func:`~.periods.date_clock_change`: each record on its local day, a profile for each part of the week,
    :func:`~.periods.week_part`), on two clocks without summer time the shift apart, the earlier one's midnight at
    the middle of the earlier quiet hours (a day runs from one night's middle to the next,
    :func:`~.periods.personal_day`). Read by UTC days on one profile, a weekend's later hours fit the later clock
    (west of the earlier) better: the two-hour moves were dated to the Saturday before — 30 Dec for a move on 1 Jan
    2024, 27 Jan for 1 Feb (T41B). A second reading more than :data:`MOVE_REDATE_DAYS` from the first is noise and
    not taken. A move of :data:`~.timezone.MOVE_SHIFT_H` or more is dated again only once its two zones are known
    (``zones``: the earlier and the later one, IANA names), the shift theirs on the first reading's day — the quarters'
    shift is a year's mean (3.75 h for New York → Los Angeles, 2.875 h for Sydney → Perth, whose winter keeps 2 h):
    the first reading alone, by UTC days, dated New York → Los Angeles on Monday 15 Jan 2024 "since 13 Jan", Sydney →
    Perth on 1 Jun "since 31 May" (MOVE44). A day that tells neither clock beside the change is a day either way
    (MOVE47): Auckland → London on Monday 8 Apr 2024 was "since 9 Apr", Dubai → London on Saturday 13 Jul "since
    14 Jul", each at high; the day is kept, the finding lowered (:meth:`ClockAggregator._timezone`)."""
    first = move_day(day_hists, moved)
    a0, a1, _b0, b1, shift = moved
    if abs(shift) >= MOVE_SHIFT_H and zones is None:
        return first, None
    earlier_h = -round(lull_mid_hours(presence_hist(day_hists, [d for d in day_hists if a0 <= d <= a1])))
    earlier_h = (earlier_h + 12) % 24 - 12
    west_h = shift if zones is None else _offset_hours(zones[0], first) - _offset_hours(zones[1], first)
    # half an hour's shift rounded away from zero, as 3.5 h already was (round() takes half to even): St John's →
    # London between London's autumn change and St John's a week later is 2.5 h, read as 2 h, and a move on Fri
    # 1 Nov 2024 was "since 30 Oct", on Sun 27 Oct "since 28 Oct" (T54B 9, MOVE56)
    later_h = (earlier_h - int(math.copysign(math.floor(abs(west_h) + 0.5), west_h)) + 12) % 24 - 12
    if earlier_h == later_h:
        return first, None
    # the weeks around the first reading: a year's profile on a clock without summer time is an hour wider, and a
    # day's records an hour or two apart fit its sides alike (1 Feb was dated 31 Jan, a day that told neither)
    days = sorted(d for d in day_hists if a0 <= d <= b1 and abs((d - first).days) <= MOVE_REDATE_WINDOW_DAYS)
    # no day that tells neither is the move's (the habit reading's Saturday move): on clocks a whole shift apart
    # every day tells, and one that did not was a Friday's late night or a Sunday's early one on the weekday or weekend
    # profile (1 Jun 2024 was dated 31 May, a Monday's move the Sunday before): a profile for each part of the week
    days_on, on_later, east = None, False, False
    if zones is not None:
        # each fixed clock as its zone's own days name it: Honolulu's quiet hours' middle at 13:15 UTC is UTC−13's
        # midnight, UTC+11's a day ahead of Honolulu's calendar
        earlier_own, later_own = (own + (h - own + 12) % 24 - 12 for own, h in
                                  zip((_offset_hours(z, first) for z in zones), (earlier_h, later_h), strict=True))
        # read by the earlier clock's days, a day of a later clock far west of it fell on two of them, its evening
        # on the next, and that was the first day read on the later clock: Auckland → London on Monday 22 Apr 2024,
        # Bangkok → Bogotá on 19 Jun, Honolulu → New York on 1 Aug "since 23 Apr / 20 Jun / 2 Aug" (MOVE46). On
        # the later clock's days each of its days is whole
        # on the later clock's days, a day that tells neither is the earlier's last evening alone (first_tells;
        # on the earlier's, it was the move's Saturday as often: London → New York on Sat 8 Jun "since 9 Jun")
        on_later = earlier_own - later_own >= MOVE_DAYS_ON_LATER_H
        # … and a later clock far east of it (MOVE_DAYS_ON_LATER_EAST_H): its first waking day is whole on its own
        # days, the one that holds the earlier clock's last evening (its small hours on the later clock, sure of
        # the earlier) and then the later clock's first afternoon and evening (the earlier's small hours, sure of
        # the later): travel_first takes that day. Read by the earlier clock's days, the later's first day fell on
        # two of them, its morning on the earlier's day before and its evening on the day of its own name, and
        # which one the records chose followed the hours apart, the season and the weekday: New York → Tokyo in
        # New York's winter (14 h) was right on the day of its own name, Chicago → Tokyo in June (14 h) on the day
        # after; Honolulu → Tokyo (19 h) "since 16 Sep" for Tue 17 Sep 2024 at high (MOVE48, then named a day on
        # from 18 h east: MOVE_DAYS_AHEAD_H) — no hour told them apart (pass 47)
        east = later_own - earlier_own >= MOVE_DAYS_ON_LATER_EAST_H
        # … and nearer east, the clock halfway between the two: the night between the earlier's last evening and
        # the later's first morning is shorter by the hours east, and the later's first waking hours (07:00 on a
        # weekday) come within a quarter-hour of the earlier's midnight 3.5 h east, before it from 3.75 h east;
        # the earlier clock read on a year's nights is an hour late in summer too (St John's summer nights at
        # 06:00 UTC, its year's at 07:00), and St John's → London on Wed 10 Jul 2024 (UTC−2:30 → UTC+1), London's
        # first 07:45 on St John's Tuesday, was "since 9 Jul" at high (MOVE55). Halfway, each side keeps half the
        # night: 1.75 h either way for 3.5 h east, 1.25 h for New York → London's 5 h
        days_on = later_own if on_later or east \
            else (earlier_own + later_own) / 2 if later_own > earlier_own else earlier_own
    got = date_clock_change(day_hists, days, first, _fixed_clock(earlier_h), _fixed_clock(later_h), unsure_nats=0.0,
                            day_class=week_part, days_on=days_on, first_tells=on_later, travel_first=east)
    if got is None or abs((got.first_new - first).days) > MOVE_REDATE_DAYS:
        return first, None
    return got.first_new, got.unsure


#: how near (h) the earlier home's quiet hours read on a clock must come to the later part's read on the later clock
#: for :func:`_earlier_by_shift` to take it (MOVE53: a clock's mean offset against the later clock's less the
#: quarters' shift, the same where no part mixes summer and winter days): the centres are read in quarter-hours, and
#: clocks an hour apart differ by twice this
EARLIER_BY_SHIFT_H = 0.5


def _earlier_by_shift(day_hists: Mapping[date, Sequence[int]], cands: Sequence[Any], zone: str,
                      moved: tuple[date, date, date, date, float], prior: Any,
                      cut: date | None = None) -> tuple[Any, list[Any]] | None:
    """The earlier home's clock of a far move where no record picked it: of ``cands``
    (:func:`~.timezone.score_zones` over the days before the move with ``prior``, best first; its first 12), those
    on which the earlier part's days ``moved[0]``–``moved[1]`` keep their quiet hours' centre within
    :data:`EARLIER_BY_SHIFT_H` of the later part's days ``moved[2]``–``moved[3]`` on the later clock ``zone``
    (:func:`_local_lull`; the parts :func:`~.timezone.quiet_hours_shift` found ``moved[4]`` h apart in UTC): the later
    clock placed by its records, the earlier is the one the person's night keeps its local hours on.
    Where ``prior`` places the earlier days in a country of the best candidate's (its logins), only that country's
    clocks are taken. Of those the earlier days' activity fits within :data:`EARLIER_FITS_BETTER_NATS` of the best
    (``activity_score``, nats), the ones within :data:`EARLIER_SHIFT_TIE_H` as near the shift as the nearest: the
    first of them in ``cands``' order and the others on other clocks held by :data:`EARLIER_ALIKE_SHARE` of its
    posterior or more (named beside it), ``(pick, [others])``; None where none is.
    Clocks an hour apart fit a sleeper's nights alike: a Lima sleeper's year before Bangkok (logins from Thailand
    only) read "Caracas time" (UTC−4, by head count), and the move, 11 h east on those clocks, was dated on the
    earlier clock's days — Lima → Bangkok on Sun 17 Mar 2024 "since 16 Mar" at high (MOVE51)."""
    a0, a1, b0, b1, _shift = moved
    # each part on its own side of the move's first day ``cut``: a quarter that holds the move's last weeks on the
    # earlier clock read them on the later one — St John's → London on Sun 27 Oct 2024, the later quarter from
    # 23 Sep, put the later night 0.4 h off and named the earlier "Halifax time" (T54B 9, MOVE56)
    earlier = [d for d in day_hists if a0 <= d <= a1 and (cut is None or d < cut)]
    later = [d for d in day_hists if b0 <= d <= b1 and (cut is None or d >= cut)]
    if len(later) < MOVE_MIN_DAYS or len(earlier) < MOVE_MIN_DAYS:
        earlier = [d for d in day_hists if a0 <= d <= a1]
        later = [d for d in day_hists if b0 <= d <= b1]
    if not earlier or not later or not cands:
        return None
    # the later part's night on its own clock, each day on that day's offset: the quarters' shift between UTC
    # profiles plus the later clock's mean offset (MOVE53) put a part that mixes summer and winter days at the
    # middle of the two lulls, whatever the days' shares — Darwin (UTC+9:30) before London's summer measured at
    # UTC+9:54, Brisbane's UTC+10 nearer, and before Los Angeles' "Fiji time" (MOVE54)
    want = _local_lull(day_hists, later, zone)
    zc = zone_countries()
    own = {zc.get(z) for z in cands[0].zones if prior.evidences(zc.get(z))}

    def off_by(c: Any) -> float:  # hours between the earlier part's night on the clock and the later's on its own
        return abs(circ_diff_hours(_local_lull(day_hists, earlier, c.zones[0]), want))

    def near(c: Any) -> bool:
        return off_by(c) < EARLIER_BY_SHIFT_H \
            and (not own or any(zc.get(z) in own for z in c.zones))

    # of those, the one the earlier days' activity fits best (its own likelihood, no head count): clocks within
    # EARLIER_BY_SHIFT_H of the shift differ by half an hour or by summer time, which the records tell where the
    # head count cannot — a Lima sleeper's year before Bangkok in June (logins from Thailand only) read "New York
    # time", whose summer mean (−4.7 h) lay near the shift's −5 and nearer the head count's Caracas than Bogotá's
    # −5 (its activity 11.8 nats worse than Bogotá's); St John's (UTC−3:30 with summer time) before Kolkata read
    # "São Paulo time" (10.6 nats worse). MOVE51 took the one nearest the head count's pick
    near_ones = [c for c in cands[:12] if near(c)]
    if not near_ones:
        return None
    fits = max(near_ones, key=lambda c: c.activity_score)
    # the clocks the activity fits alike (within EARLIER_FITS_BETTER_NATS of the best) that the shift places as near as
    # the nearest of them (EARLIER_SHIFT_TIE_H), the head count's order: clocks half an hour or 45 minutes apart fit a
    # sleeper's nights alike, and the head count's pick among the near ones named a clock the shift missed — St John's
    # (UTC−3:30 with summer time, logins from Canada) before Kolkata "Halifax time" (0.42 h from the shift, St John's
    # 0.08 h), Kathmandu (UTC+5:45) before Berlin "Dhaka time", Adelaide (UTC+9:30 with summer time) before London
    # "Sydney time" (MOVE53): each named where the shift cannot tell it from the pick
    alike = [c for c in near_ones if fits.activity_score - c.activity_score < EARLIER_FITS_BETTER_NATS]
    nearest = min(off_by(c) for c in alike)
    # … and always the clock the activity fits best: the shift is measured between UTC profiles and a later clock
    # with summer time bends it (Darwin's UTC+9:30 before London's summer measured at UTC+9:54, Brisbane's UTC+10
    # nearer: "before, on Brisbane time" at high, Darwin's own activity the best fit — T52B 2)
    tied = [c for c in alike if off_by(c) < nearest + EARLIER_SHIFT_TIE_H or c is fits]
    pick = tied[0]
    # … each where people live on it in some number (EARLIER_ALIKE_SHARE): Tokyo's year before São Paulo read "Tokyo
    # time or Eucla time", Eucla's clock (UTC+8:45, a few hundred people) 0.016 of Tokyo's posterior
    # Not the pick's hours a day apart across the date line (Kiritimati's UTC+14 beside Honolulu's UTC−10: Honolulu →
    # Tokyo read "Honolulu time or Kiritimati time"): the move's own dating places the day
    return pick, [c for c in tied[1:] if (c.standard_q, c.observes_dst) != (pick.standard_q, pick.observes_dst)
                  and (c.standard_q - pick.standard_q) % QUARTERS != 0
                  and (c.posterior >= EARLIER_ALIKE_SHARE * pick.posterior or c is fits)]


def _local_lull(day_hists: Mapping[date, Sequence[int]], days: Sequence[date], zone: str) -> float:
    """The centre of ``days``' quiet hours (local hours, 0–24, :func:`~.timezone.lull_mid_hours`) read on ``zone``'s
    clock, each day's 96 UTC quarter-hours (``day_hists``) turned by that day's own offset at noon UTC (summer time
    included): a summer day and a winter day of one sleeper then lie on one local night."""
    tz = zone_info(zone)
    by_q: dict[int, list[date]] = {}
    for d in days:
        by_q.setdefault(_offset_q(tz, d), []).append(d)
    local = [0] * QUARTERS
    for q, ds in by_q.items():
        for i, n in enumerate(presence_hist(day_hists, ds)):
            local[(i + q) % QUARTERS] += n
    return lull_mid_hours(local)


#: how much better (nats) the earlier days' activity must fit another clock near the shift than the head count's
#: pick, itself near it, for :func:`_earlier_by_shift` to replace it: Adelaide (UTC+9:30 with summer time) beside
#: Sydney's UTC+10 and the like; under this the pick stands
EARLIER_FITS_BETTER_NATS = 1.0

#: how much nearer (h) the quarters' shift must place one of the clocks :func:`_earlier_by_shift` finds the earlier
#: days' activity fits alike than another for that other to go unnamed: the shift is a mean over quarter-hours and
#: misses the clocks by up to a quarter of an hour (Kathmandu's UTC+5:45 before Berlin measured at UTC+5:56, Dhaka's
#: UTC+6 nearer; Dubai's UTC+4 before London at UTC+4:11, Kabul's UTC+4:30 0.13 h further), so clocks nearer each
#: other than this are each named ("Dhaka time or Kathmandu time"); St John's and Halifax (0.34 h) are told apart
EARLIER_SHIFT_TIE_H = 0.2
#: the least share of the pick's posterior (head count and activity) another clock :func:`_earlier_by_shift` finds
#: alike must hold to be named beside it: Kathmandu's beside Dhaka's 0.22, Kabul's beside Dubai's 0.10, Eucla's
#: beside Tokyo's 0.016 (not named)
EARLIER_ALIKE_SHARE = 0.05


def _untold_caveat(span: tuple[date, date], since: str, moved_on: date) -> str:
    """The caveat of a far move whose day the records leave open: ``span`` the first and last day it may fall on
    (:func:`_move_cut`), ``since`` the move's day as the finding says it (an ISO day, or a withheld day's month:
    then no day is named). Days as the headline writes them ("14 Jul 2024"; MOVE47's caveat said "2024-07-14", and
    "a day before or after" where Moscow → London on Sun 31 Mar 2024 was dated two days late)."""
    lead = "The records of a day beside your move fit both clocks"
    if since != moved_on.isoformat():
        return f"{lead}: its day, {since}, may be a day or more off."
    lo, hi = (day_text(d) for d in span)
    if span[0] == span[1]:
        return f"{lead}: it may have fallen a day before or after {hi}."
    said = f"on {lo} or {hi}" if (span[1] - span[0]).days == 1 else f"on any day from {lo} to {hi}"
    return f"{lead}: it may have fallen {said}; {day_text(moved_on)} is the likeliest."


#: how far west of the earlier clock (h, each clock's midnight at the middle of its quiet hours) the later one lies
#: for :func:`_move_cut` to read the records by the later clock's days: from there on most of a later day's records
#: (its afternoon and evening, 16:00 on and later: the weekdays' mornings are at work) fall on the earlier clock's
#: next day. Nearer, by the earlier clock's days, as MOVE44 dated New York → Los Angeles on Monday 15 Jan 2024 and
#: Tokyo → Berlin to the day (by the later one's, 13 Jan: the weekend's days tell neither clock, and the profiles for
#: each part of the week, made from other days, tipped them)
MOVE_DAYS_ON_LATER_H = 8


#: how far east of the earlier clock (h, each clock's midnight at the middle of its quiet hours) the later one lies
#: for :func:`_move_cut` to read the records by the later clock's days, its first day the one that holds the
#: earlier's last evening and then the later's first waking hours (:func:`~.periods.date_clock_change`'s
#: ``travel_first``): from half a day east, the later clock's waking day (07:00–23:30) straddles the earlier's
#: midnight (the earlier's 00:00 is the later's 12:00 or later), and read on the earlier's days its first day fell on
#: either of two. This replaces MOVE48's naming a day on (MOVE_DAYS_AHEAD_H, 12 → 14 → 16 → 18 h in pass 47): read
#: on the earlier's days, every threshold from 12 to 17 h dated one class a day off at high — New York → Tokyo in
#: New York's winter (14 h) wanted the day of its own name, Chicago → Tokyo in June (14 h) the day after, Saturday
#: moves 16 h east went late. Nearer (New York → London, 5 h; Berlin → Tokyo, 7–8 h) a later day is whole on the
#: earlier's days but for its last hour or two, and those reads stay (MOVE44). From 11 h (MOVE52; MOVE50 took 12): the
#: later clock's 07:00 is the earlier's 20:00, its morning the earlier's last evening, and Bogotá → Dhaka on Sun 17
#: Mar 2024 (logins from Bangladesh only, or from both) was "since 16 Mar 2024" at high; Bogotá → Dhaka on each
#: weekday 11–16 Mar 2024 stays dated to the day
MOVE_DAYS_ON_LATER_EAST_H = 11


def _offset_hours(zone: str, day: date) -> float:
    """``zone``'s offset (hours east of UTC, summer time included) at noon UTC of ``day``."""
    return offset_hours(zone, datetime(day.year, day.month, day.day, 12, tzinfo=UTC))


def _day_switch(day_hists: Mapping[date, Sequence[int]], first: date, before: str, after: str) -> datetime:
    """The instant a move of :data:`~.timezone.MOVE_SHIFT_H` or more switches the clock from zone ``before`` to
    ``after`` (IANA names), ``first`` the later clock's first day (:func:`_move_cut`); UTC ``day_hists`` (96 bins a
    day). First, UTC midnight of ``first`` where the active 15-minute bins either side of it are by day
    (:func:`.sensitive.is_night_at`: 06:00–22:00), the earlier on ``before``'s clock, the later on ``after``'s; else,
    inside ``first`` on the later clock, between two bins so by day — the pair nearest its noon — unless a bin
    between UTC midnight and the later clock's first day is at night on the earlier one (a travel day's evening on
    the later clock, east of UTC midnight: Berlin → New York, read at 02:00–05:30 in Berlin); else UTC midnight.
    At UTC midnight, the switch lay between the last evening at the old home and the night after it on the new clock
    (São Paulo → Lisbon: 21:00 in São Paulo, 00:00 in Lisbon), and the night gate withheld a move's day by default
    for records by day on the clock the person kept (MOVE43, reverted, put it at the later clock's first morning
    record, which became the gate's record)."""
    za, zb = zone_info(before), zone_info(after)
    lo = datetime(first.year, first.month, first.day, tzinfo=zb).astimezone(UTC)
    hi, noon, midnight = lo + timedelta(days=1), lo + timedelta(hours=12), datetime(first.year, first.month,
                                                                                   first.day, tzinfo=UTC)
    bins: list[datetime] = []
    d = lo.date() - timedelta(days=2)
    while d <= hi.date():
        start = datetime(d.year, d.month, d.day, tzinfo=UTC)
        bins += [start + timedelta(minutes=15 * q) for q, c in enumerate(day_hists.get(d, ())) if c]
        d += timedelta(days=1)
    night = [(is_night_at(t, za), is_night_at(t, zb)) for t in bins]

    def by_day(k: int) -> bool:  # the cut at bins[k]: its neighbours each by day on the clock it is read on
        return 0 < k < len(bins) and not night[k - 1][0] and not night[k][1]

    k0 = bisect_left(bins, midnight)
    if k0 == len(bins) or by_day(k0):
        return midnight
    if any(midnight <= t < lo and on_a for t, (on_a, _on_b) in zip(bins, night, strict=True)):
        return midnight  # the later clock's evening before its first day: read on the earlier clock, at night
    cuts = [bins[k] for k in range(1, len(bins)) if lo <= bins[k - 1] and bins[k] < hi and by_day(k)]
    return min(cuts, key=lambda t: abs((t - noon).total_seconds()), default=midnight)


#: the most days :func:`_move_cut`'s second reading may lie from the first, and the days either side of the first
#: whose records it reads (six weeks: one season's clock, its profile sharp)
MOVE_REDATE_DAYS = 14
MOVE_REDATE_WINDOW_DAYS = 42


def _day_edges(earlier: Mapping[str, Any], later: Mapping[str, Any]) -> tuple[datetime | None, datetime | None]:
    """Where a switch's two said days end and begin, as UTC instants: the end of the earlier period's ``to`` day on
    its own clock (``earlier["zone"]``) and the start of the later one's ``from`` day on its own (``later["zone"]``);
    each None where the period's bound is no ISO day or its zone unknown (:meth:`ClockAggregator._said_periods`)."""
    out: list[datetime | None] = []
    for p, key, ahead in ((earlier, "to", 1), (later, "from", 0)):
        try:
            d = date.fromisoformat(str(p[key])[:10]) + timedelta(days=ahead)
            out.append(datetime(d.year, d.month, d.day, tzinfo=zone_info(str(p["zone"]))).astimezone(UTC))
        except (KeyError, ValueError, ZoneInfoNotFoundError):
            out.append(None)
    return out[0], out[1]


def _fixed_clock(hours: int) -> str:
    """The tz database's name of the clock ``hours`` east of UTC all year (its Etc zones' signs are POSIX's)."""
    return "Etc/UTC" if hours == 0 else f"Etc/GMT{-hours:+d}"


#: the months compared by :func:`_shift_year_round` (either hemisphere's winter and summer: both are asked)
_SOLSTICE_MONTHS = ((12, 1, 2), (6, 7, 8))
#: … and the days each side needs in such months for its lull to be read
_SEASON_MIN_DAYS = 14


def _shift_year_round(day_hists: Mapping[date, Sequence[int]], cut: date, shift_h: float,
                      same: bool = False) -> bool:
    """Whether the quiet hours (UTC) move by at least ``shift_h`` hours, less DST's hour of slack, across ``cut`` in
    both solstice seasons that both sides of it hold (:data:`_SOLSTICE_MONTHS`): a move between two clocks of one
    summer-time rule (Chicago → Los Angeles: two hours all year) does; one to a clock without summer time (Chicago →
    Phoenix: one hour in winter, two in summer) does not, and the two-hour reading dated it by the summer alone —
    30 Dec for 1 Jan, 6 Jan for 1 Mar (test_move_not_zone_rule_change) — where the summer-time habit's reading dates
    it to the day. A season one side lacks is not asked. ``same``: both seasons must be held, and the shift the same
    in both, within half an hour (a move the regimes cut, :func:`_one_move_regimes`: Phoenix → New York in April,
    two hours in winter and three in summer, is the change of summer-time habit they read)."""
    shifts: list[float] = []
    for months in _SOLSTICE_MONTHS:
        before = [d for d in day_hists if d < cut and d.month in months]
        after = [d for d in day_hists if d >= cut and d.month in months]
        if len(before) < _SEASON_MIN_DAYS or len(after) < _SEASON_MIN_DAYS:
            continue
        moved = circ_diff_hours(lull_mid_hours(presence_hist(day_hists, after)),
                                lull_mid_hours(presence_hist(day_hists, before)))
        if abs(moved) < shift_h - 0.5:
            return False
        shifts.append(moved)
    return not same or (len(shifts) == len(_SOLSTICE_MONTHS) and max(shifts) - min(shifts) < 0.5)


def _one_move_regimes(periods: Sequence[Any], cut: date) -> bool:
    """Whether the regimes (:func:`~.timezone.regimes`) read ``periods`` as one clock or as the one move
    :func:`_move_cut` dated ``cut``: two periods, the later one's first day within :data:`MOVE_REDATE_DAYS` of
    ``cut``, neither set apart by its logins' country nor a season. A two-hour move in one country made after the
    DST end (Chicago → Los Angeles on 10 Nov 2023: CST to PST, the quiet hours two hours later in UTC at once) is
    cut by the regimes, and its sides' quiet hours, under :data:`~.timezone.MOVE_SHIFT_H` apart, are both the
    home's clock (:func:`~.periods._fit_periods`): one clock for the history, "Phoenix time", high (T42). Made in
    summer, the regimes left it as one clock and it was read as a move."""
    if len(periods) < 2:
        return True
    return len(periods) == 2 and abs((periods[1].first - cut).days) <= MOVE_REDATE_DAYS \
        and all(getattr(r, "country", None) is None and getattr(r, "season", None) is None for r in periods)


def _standard_hours(zone: str, day: date) -> float:
    """``zone``'s standard offset (hours east of UTC) on ``day``: its offset at noon UTC less any summer time then."""
    at = datetime(day.year, day.month, day.day, 12, tzinfo=UTC).astimezone(zone_info(zone))
    return ((at.utcoffset() or timedelta(0)) - (at.dst() or timedelta(0))).total_seconds() / 3600


#: a clock differs from another only on days that say which one the person keeps where those days hold this many
#: active days (and :data:`TELLING_MIN_PRESENCES` presences): Israel's summer time starts two days before the EU's,
#: so a year's data holds two such days (the twenty-fifth pass's N5)
TELLING_MIN_DAYS = 14
TELLING_MIN_PRESENCES = 50


def _clock_kept_elsewhere(cands: Sequence[Any], best: Any, fit: Mapping[date, Sequence[int]]) -> bool:
    """Whether another country keeps ``best``'s answer (standard offset and DST) on a clock that differs from it only
    on days too few or too quiet to tell them apart (under :data:`TELLING_MIN_DAYS` active days or
    :data:`TELLING_MIN_PRESENCES` presences on the days their offsets differ). "A clock only one country keeps"
    names the zone by the activity; a Hebrew writer on Athens's clock was "Asia/Jerusalem", medium, though the
    clocks differ on two days a year (the twenty-fifth pass's N5)."""
    countries = {zone_countries().get(z) for z in best.zones}
    days = sorted(fit)
    own = day_offsets(best.segments, len(days))
    for c in cands:
        if c is best or (c.standard_q, c.observes_dst) != (best.standard_q, best.observes_dst):
            continue
        if not {zone_countries().get(z) for z in c.zones} - countries:
            continue
        other = day_offsets(c.segments, len(days))
        telling = [days[i] for i in range(len(days)) if own[i] != other[i]]
        presences = sum(1 for d in telling for x in fit[d] if x)
        if len(telling) < TELLING_MIN_DAYS or presences < TELLING_MIN_PRESENCES:
            return True
    return False


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


def open_offsets(cands: Sequence[Any], also: Any = None) -> list[dict[str, Any]]:
    """The answers (standard offset, summer-time rule) the activity alone fits about equally — their best candidate
    within :data:`~.timezone.RIVAL_ACTIVITY_MARGIN` of the best activity fit, whatever their people — west to east:
    ``[{utc_offset_hours, observes_dst, zone, posterior}]`` as :func:`fitting_offsets`. Where no record places the
    person, these are the clocks left open: a Phoenix sleeper's lull (no summer time) fits UTC−8 to UTC−4 within a
    nat, and the population's weight made her "UTC−4, most likely America/Santo_Domingo" with a caveat naming
    UTC−4, −6 and −5 "to within an hour or so" (T33A M6: 3 h off, her own offset unnamed). ``also``: a candidate
    (the answer) said among them though its activity fit lies outside the margin: a Honolulu sleeper's night fits
    UTC−11 to UTC−7 alike and the population's weight chose Mexico City's UTC−6, said as the one clock (T34 M3).

    West to east around the date line: the list starts after the widest gap between neighbouring clocks on the
    24-hour ring, so a range across it reads "UTC−11 to UTC−6", never "UTC−11 to UTC+14" (every clock between
    them). O(candidates)."""
    if not cands:
        return []
    top = max(c.activity_score for c in cands)
    mass: dict[tuple[int, bool], float] = {}
    first: dict[tuple[int, bool], Any] = {}
    for c in cands:  # sorted best first
        key = (c.standard_q, c.observes_dst)
        mass[key] = mass.get(key, 0.0) + c.posterior
        if top - c.activity_score < RIVAL_ACTIVITY_MARGIN or c is also:
            first.setdefault(key, c)
    keys = sorted(first)
    if len(keys) > 1:
        # the widest gap on the ring (quarters of an hour, 96 a day) is outside the range: start after it
        ring = [k[0] % 96 for k in keys]
        order = sorted(range(len(keys)), key=lambda i: (ring[i], keys[i]))
        gaps = [((ring[order[(j + 1) % len(order)]] - ring[order[j]]) % 96 or 96) if j + 1 == len(order)
                else ring[order[j + 1]] - ring[order[j]] for j in range(len(order))]
        start = (max(range(len(gaps)), key=lambda j: gaps[j]) + 1) % len(order)
        keys = [keys[order[(start + j) % len(order)]] for j in range(len(order))]
    return [{"utc_offset_hours": key[0] / 4, "observes_dst": key[1], "zone": first[key].zones[0],
             "posterior": round(mass[key], 4)} for key in keys]


def _inside_stated_range(cands: Sequence[Any], best: Any) -> Any:
    """``best``, or where its UTC offset lies outside the range of clocks the activity leaves open as it is said
    (:func:`open_offsets`: "from" its first "to" its last, :func:`~.openclocks.in_stated_range`; ``best`` itself
    24 h away from one of them, across the date line), the head count's pick among the clocks inside it: the answer
    more people keep (its posterior mass), its likeliest candidate — so "named only because more people live on it"
    holds of the range said. The activity tells wall hours, not the calendar: Pacific/Apia (UTC+13) and
    Pacific/Pago_Pago (UTC−11) keep the same hours a day apart, and the head count named an X-only Honolulu
    resident's clock "Apia time" after "one of the clocks from UTC−11 to UTC−7", so her Period ended a day late
    (BOUND57, T54B 3). O(candidates)."""
    said = open_offsets(cands, also=best)
    if len(said) < 2:
        return best
    west, east = said[0]["utc_offset_hours"], said[-1]["utc_offset_hours"]
    if in_stated_range(best.standard_q / 4, west, east):
        return best
    inside = [o for o in said if in_stated_range(o["utc_offset_hours"], west, east)]
    if not inside:
        return best
    top = max(inside, key=lambda o: o["posterior"])
    key = (round(top["utc_offset_hours"] * 4), top["observes_dst"])
    return next((c for c in cands if (c.standard_q, c.observes_dst) == key and c.zones[0] == top["zone"]), best)


def _clock_country(zone: str, where: str | None) -> str | None:
    """The country (ISO code) whose clock ``zone`` is: ``where`` (the nights' country of a border life, else the
    place evidence's top country; None) where ``zone`` is one of its zones (zone.tab), else the zone's own. The open
    clocks are said as a range "kept in" it, and a range is always one country's clocks: a Tokyo sleeper behind an
    always-on Australian exit with orders to New York read "one of the clocks kept in United States from Perth
    time … to Brisbane time" (T45 M7), a Chicago one behind a Canadian exit with orders to Madrid "kept in Spain
    from Edmonton time … to Halifax time"."""
    if not where or zone in country_zones().get(where, ()):
        return where  # (None where no record places the person: a language is no place evidence)
    return zone_countries().get(zone) or where


#: how many nats better the activity must fit a clock no record places the person on than the head count's pick
#: (:func:`_clock_the_activity_fits`). The activity's sleep prior moves 0.08 nats where the lull moves from 3:45 to
#: 4:45, 0.4 from 2:45 to 3:45: a Caracas sleeper (lull 03:45 on UTC−4, 04:45 on UTC−3) is no reason to leave
#: UTC−4, a Buenos Aires one (02:45 on UTC−4, 03:45 on UTC−3) is (TZX51)
PLAIN_FIT_MARGIN = 0.25


def _people_on(c: Any) -> int:
    """The people on candidate ``c``'s zones (:func:`~.zoneprior.zone_populations`, towns of ≥ 15,000)."""
    countries, people = zone_countries(), zone_populations()
    return sum(people.get(countries.get(z, ""), {}).get(z, 0) for z in c.zones)


def _clock_the_activity_fits(cands: Sequence[Any], best: Any, prior: Any) -> Any:
    """``best``, or where no record places the person in a country of ``best``'s zones, the candidate an hour away at
    most, also of no country a record names, that the activity fits :data:`PLAIN_FIT_MARGIN` nats or more better and
    more people keep (the best such fit). Among clocks no record places the person on, the prior's only say is
    "anywhere"'s (:func:`~.zoneprior.anywhere`: every country alike), which counts countries: a Buenos Aires or São
    Paulo sleeper behind an always-on US exit, no Argentine or Brazilian login, read "Caracas time" (UTC−4, the clock
    of twenty Caribbean countries), the activity's sleep 0.4 nats likelier on UTC−3. An hour at most, and only
    towards a clock the activity fits better: a people count weighed against the activity took Kolkata to Manila
    and Lima to São Paulo (TZX50, reverted)."""
    countries = zone_countries()

    def unplaced(c: Any) -> bool:
        return not any(prior.evidences(countries.get(z)) for z in c.zones)

    if not unplaced(best):
        return best
    here = _people_on(best)
    better = [c for c in cands if c is not best and unplaced(c) and abs(c.standard_q - best.standard_q) <= 4
              and c.activity_score - best.activity_score >= PLAIN_FIT_MARGIN and _people_on(c) > here]
    return max(better, key=lambda c: c.activity_score, default=best)


def _clock_of_exit_pair(ctx: Context, cands: Sequence[Any], best: Any, prior: Any) -> tuple[Any, list[Any]]:
    """``best``, or where the logins cannot tell the home from an always-on exit (``ctx.proxy_exits``' ``untold``,
    :mod:`.proxies`) and ``best``'s zone is of a country neither of them is and no place evidence names, the
    candidate the activity cannot tell from it (:data:`~.timezone.RIVAL_ACTIVITY_MARGIN`) that is a clock of one of
    them, the most populous such zone leading its candidate's zones; with the others of its country the activity
    cannot tell from it, each by its most populous zone (``[(candidate, zone)]``, said beside it as
    :func:`~.timezone.rivals_in_country`'s are).
    A São Paulo sleeper behind an always-on US exit, orders to Lisbon: the place evidence (US logins, Portuguese
    orders) fits none of the clocks the activity keeps, and the world's head count named Caracas (UTC−4), renamed
    "Manaus time" after (exit_caveats._zone_of_pair) — an hour off São Paulo's UTC−3, which the activity fits as
    well (T46). The Brazilian logins set aside are one reading of the home: its clocks are the candidates'."""
    exits = getattr(ctx, "proxy_exits", None)
    if exits is None or not exits.untold:
        return best, []
    countries, people = zone_countries(), zone_populations()
    readings = {exits.home, *exits.untold}
    here = countries.get(best.zones[0])
    if here in readings or prior.evidences(here):
        return best, []
    fitting = [(c.activity_score, people.get(countries[z], {}).get(z, 0), z, c) for c in cands
               if best.activity_score - c.activity_score < RIVAL_ACTIVITY_MARGIN
               for z in c.zones if countries.get(z) in readings]
    if not fitting:
        return best, []
    # by where more people live: the lull fits the clock an hour east of a sleeper's own about as well (a Manaus
    # sleeper's UTC−3, a São Paulo one's UTC−2), so the clocks the activity cannot tell from it are said beside it
    # (rivals_in_country, as for a person the logins place in the country)
    _fit, _n, zone, chosen = max(fitting, key=lambda t: (t[1], t[2]))
    chosen.zones.sort(key=lambda z: z != zone)
    cc = countries[zone]
    # only the country's clocks its activity fits about as well as its best (ActivityFits.near_best: an hour either
    # side, never the three hours Rio Branco to Noronha the margin leaves)
    fits = getattr(ctx, "activity_fits", None)
    near = {(round(off * 4), dst) for _z, off, dst in fits.near_best(cc)} if fits is not None else set()
    rivals: dict[tuple[int, bool], tuple[int, Any, str]] = {}
    for _f, n, z, c in fitting:
        key = (c.standard_q, c.observes_dst)
        if countries[z] == cc and c is not chosen and key in near and (key not in rivals or n > rivals[key][0]):
            rivals[key] = (n, c, z)
    return chosen, [(c, z) for _n, c, z in sorted(rivals.values(), key=lambda r: -r[0])]


#: what may follow a town's name in its country's name where the town stands for it ("Cayman Islands", "Norfolk Island",
#: "St. Kitts & Nevis", "Cocos (Keeling) Islands", "Macao SAR China")
_COUNTRY_NAME_TAILS = (" islands", " island", " and ", " (", " sar ")


def _place_key(name: str) -> str:
    """A town's or a country's name for comparing the two: :func:`.gazetteer.fold_country`, "&" as "and", "Saint"
    and "St." as "st", a leading "the" left out ("St. Lucia", "Saint Lucia", "St Lucia" → "st lucia")."""
    key = " ".join(fold_country(name).replace("&", " and ").replace("_", " ").split())
    key = key.removeprefix("the ")
    for saint in ("saint ", "st. ", "ste. ", "sainte "):
        if key.startswith(saint):
            key = "st " + key[len(saint):]
    return key


@functools.lru_cache(maxsize=512)
def named_after_country(zone: str) -> bool:
    """Whether an IANA zone's city is its country's name (America/Guatemala, Asia/Singapore, America/Puerto_Rico):
    naming the clock by it names a country. The zone's city as its name writes it and as CLDR's exemplar city does
    (babel: Atlantic/Faeroe's "Faroes", a link read as its canonical zone: Asia/Macao is Asia/Macau), against the
    country's names — as a sentence says it (:func:`.gazetteer.country_display`), as CLDR writes it, and each English
    name :func:`.gazetteer.country_names` knows (pycountry's, GeoNames') —, accents folded, "St." and "Saint" one
    (:func:`_place_key`); a name that is the town's followed by "Islands", "Island", "and …", "(…)" or "SAR …" is
    the town's too (:data:`_COUNTRY_NAME_TAILS`). Asia/Hong_Kong and Asia/Macau (CLDR's "Hong Kong SAR China", "Macao
    SAR China"), America/Curacao, Indian/Reunion, Europe/Vatican were not (WORD59's leftover); America/St_Lucia,
    Asia/Macao, America/Cayman, Atlantic/Faroe, Indian/Christmas, America/St_Kitts were not (WORD62, T58D)."""
    from babel import Locale
    from babel.core import get_global

    # a link's canonical zone ("Asia/Macao" is Asia/Macau); a legacy name without a city names what it names ("EST",
    # a link to America/Panama, no country; "Japan", "Cuba" theirs)
    canonical = get_global("zone_aliases").get(zone, zone) if "/" in zone else zone
    cc = zone_countries().get(zone) or zone_countries().get(canonical)
    if not cc:
        return False
    cities = {_place_key(z.rsplit("/", 1)[-1]) for z in (zone, canonical)}
    exemplar = Locale("en").time_zones.get(canonical, {}).get("city")
    if exemplar:
        cities.add(_place_key(exemplar))
    names = {_place_key(country_display(cc)), _place_key(country_cldr(cc)),
             *(_place_key(n) for n, code in country_names().items() if code == cc)}
    return any(n == c or any(n.startswith(c + tail) for tail in _COUNTRY_NAME_TAILS) for n in names for c in cities)


def _same_shared_clock(cands: Sequence[Any], home: Any, earlier: str, day: date) -> Any:
    """The candidate of ``home``'s country and ``home``'s summer-time rule whose clock on ``day`` (the middle of the
    season both sides share, :func:`~.periods.dst_habit_change`) is the earlier zone's, fitting the activity within
    :data:`~.timezone.RIVAL_ACTIVITY_MARGIN` of ``home``, its zones led by the country's most populous one on that
    clock; ``home`` where there is none. Phoenix's UTC−7 in a shared winter is Denver's; in a shared summer it is
    Los Angeles' (PDT), whose winter is UTC−8 (T34 M9: every move out of Phoenix was read on Denver's clock)."""
    country = zone_countries().get(home.zones[0])
    people = zone_populations().get(country or "", {})
    want = _offset_hours(earlier, day)
    for c in cands:
        same = [z for z in c.zones if zone_countries().get(z) == country and _offset_hours(z, day) == want]
        if same and c.observes_dst == home.observes_dst \
                and home.activity_score - c.activity_score < RIVAL_ACTIVITY_MARGIN:
            top = max(same, key=lambda z: people.get(z, 0))
            c.zones.sort(key=lambda z: z != top)
            return c
    return home


def offsets_range_text(offsets: Sequence[dict[str, Any]]) -> str:
    """``open_offsets`` as a range: "UTC−8 to UTC−4 (no summer time)", "UTC+0 to UTC+2 (with summer time)"."""
    west, east = offsets[0]["utc_offset_hours"], offsets[-1]["utc_offset_hours"]
    rules = {o["observes_dst"] for o in offsets}
    rule = "" if len(rules) > 1 else " (with summer time)" if rules == {True} else " (no summer time)"
    return f"{_fmt_utc(west)} to {_fmt_utc(east)}{rule}"


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


def _offset_q(tz: tzinfo, day: date) -> int:
    noon = datetime(day.year, day.month, day.day, 12, tzinfo=UTC)
    off = noon.astimezone(tz).utcoffset() or timedelta(0)
    return round(off.total_seconds() / 900)


def place_clocks_alike(cands: Sequence[Any], cc: str) -> list[tuple[Any, str]]:
    """The clocks of country ``cc`` (ISO code) the activity cannot tell from the best fit — their candidates' activity
    score (log likelihood, nats) within :data:`~.timezone.RIVAL_ACTIVITY_MARGIN` of the best of ``cands``
    (``ZoneCandidate`` s) — as ``(candidate, zone)`` west to east, each named by the most populous of ``cc``'s zones
    on it; those holding under :data:`~.timezone.RIVAL_MIN_PEOPLE` of the country's people left out where another is
    kept (Eucla's 200 beside Perth's). Empty where every clock of ``cc`` fits worse by the margin or more (then the
    activity fits another clock better). A Perth sleeper's flat nights: Perth, Eucla, Darwin and Brisbane all within
    0.3 nats of Tokyo's best fit."""
    if not cands:
        return []
    countries, here = zone_countries(), zone_populations().get(cc, {})
    everyone = sum(here.values()) or 1
    top = max(c.activity_score for c in cands)
    alike = []
    for c in sorted(cands, key=lambda c: (c.standard_q, c.observes_dst)):
        own = [z for z in c.zones if countries.get(z) == cc]
        if own and top - c.activity_score < RIVAL_ACTIVITY_MARGIN:
            alike.append((c, max(own, key=lambda z: (here.get(z, 0), z))))
    many = [(c, z) for c, z in alike if here.get(z, 0) / everyone >= RIVAL_MIN_PEOPLE]
    return many or alike


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


def _near_border_first(ranked: list[Any], near: Mapping[str, int]) -> tuple[list[Any], bool]:
    """``ranked`` (the night country's candidates, best first) with the candidate of the most people within a day's
    journey of the other country (``near``, :func:`~.gazetteer.border_zone_people`) first among those the activity
    cannot tell from the first (the same summer-time rule, within :data:`~.timezone.RIVAL_ACTIVITY_MARGIN`), its
    zones led by those people's; whether those people named it (False, ``ranked`` unchanged, where the first holds
    the most of them or none of the alike candidates holds any)."""
    if not ranked or not near:
        return ranked, False
    lead = ranked[0]
    alike = [c for c in ranked if c.observes_dst == lead.observes_dst
             and lead.activity_score - c.activity_score < RIVAL_ACTIVITY_MARGIN]
    top = max(alike, key=lambda c: sum(near.get(z, 0) for z in c.zones))
    if top is lead or not sum(near.get(z, 0) for z in top.zones):
        return ranked, False
    top.zones.sort(key=lambda z: -near.get(z, 0))
    return [top, *(c for c in ranked if c is not top)], True


class ClockAggregator(Aggregator):
    """Time zone, sleep, social jetlag, late nights and routine from own-action timestamps."""

    name = "clock"
    kinds = ACTIVITY_KINDS | {"facebook.location", "twitter.account"}
    #: the local days a withheld switch's records may be said on (:meth:`_said_periods`), none until it is read
    move_days_withheld: frozenset[date] = frozenset()

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
        # the local days of the records beside a switch the time zone undates (_said_periods; LIFE59)
        self.move_days_withheld: frozenset[date] = frozenset()

    def reads_others(self, kind: str) -> bool:
        """Of others' records, only the platforms' declared zones are read (:meth:`consume`: own actions else)."""
        return kind in ("facebook.location", "twitter.account")

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
                       "weighed by the days they hold, not by logins, "
                       "Amazon shipping regions and storefront, phone numbers via phonenumbers, declared city or "
                       "country, languages written by where their speakers live: CLDR territory data × population), "
                       "each weighted by its strength and mixed with 'anywhere', which names each clock by where its "
                       "people live (time zone → region, Mahmud et al.). The likeliest zones may be fitted with one "
                       "change of the person's clock by up to an hour where the best zone's law changes its offset "
                       "(so a new rhythm is not read as that zone); a move of more than summer time explains is dated "
                       "and each period read on its own zone; where a period's logins pin a clock (a country whose "
                       "people keep one), the home's clock among its country's is the one putting the home's lull at "
                       "the local hour of that period's (the same person's night). Confidence = posterior "
                       "probability of the answer's "
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
        ctx.zone_open = []
        ctx.offsets_open = []
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
        shift_h = MOVE_SHIFT_H  # MOVE_SHIFT_IN_COUNTRY_H where a two-hour move in one country is read below
        moved_on: date | None = None
        unsettled_before: date | None = None  # the later part is one clock, the earlier one is not (moved back)
        fit = self.days

        # the move's first day, one reading for both routes below (the quarters' shift of more than DST explains,
        # and the two hours between one country's clocks)
        move_cut = _move_cut(self.days, moved)[0] if moved is not None else None
        # a far move's first and last possible day where days fitting both clocks leave it open (_move_cut)
        day_untold: tuple[date, date] | None = None

        def as_move() -> None:
            nonlocal moved_on, unsettled_before, fit
            assert move_cut is not None
            cut = move_cut
            later = {d: h for d, h in self.days.items() if d >= cut}
            before_days = {d: h for d, h in self.days.items() if d < cut}
            if _enough(later) and _enough(before_days):
                # a move is one change: each side must keep one clock. A move and a move back (Berlin → New York
                # → Berlin) fitted the "before" side, both cities at once, with Antarctica/Troll, said at high (the
                # twenty-fourth pass's final tester): such a period gets the later side's zone only
                ends = [min(self.days), max(self.days)]
                if edge_stay(cut, ends[1], ends) or edge_stay(ends[0], cut - timedelta(days=1), ends):
                    # a stay abroad the records end or begin in (moves.edge_stay): the periods below read it as a
                    # stay, as the home finding does; a 7-month export's last 45 days in New York were "New York
                    # time since Nov 2024" beside a trip (T39)
                    pass
                elif not _settled(later):
                    pass  # the latest clock is not settled either: one zone for the whole period, as before
                elif _settled(before_days):
                    moved_on, fit = cut, later
                else:
                    unsettled_before, fit = cut, later

        if moved is not None and abs(moved[4]) >= shift_h:
            as_move()
        # several periods on different clocks (a stay abroad and back, a move and a move back): the history cut at
        # the changes of the daily clock (timezone.regimes), a zone fitted to each period, the home's to every period
        # on its clock, and each period read on its own zone (N1 of the twenty-fifth pass: a Berlin person's three
        # months in New York gave "Antarctica/Troll", its nights "late nights"). A single move the quarters found
        # (moved_on) keeps its own account below.
        ship_days = getattr(zone_place, "shipping_zone_days", None)
        # two seasonal homes (T31B S2): the regimes cut at each season's switch first, as the home finding reads
        # the logins (moved.seasonal), so each season is read on its own clock
        seasonal = seasonal_ip_history(getattr(zone_place, "ip_days", None))
        periods = split_at_shipping_moves(
            self.days, split_at_ip_moves(self.days, split_at_seasons(self.days, regimes(self.days), seasonal),
                                         getattr(zone_place, "ip_days", None),
                                         ip_hours=getattr(zone_place, "ip_hours", None)), ship_days)
        # … or, where the logins name no two countries, two seasonal homes on clocks an hour or two apart read from
        # the daily rhythm (SEASONS2: Chicago summers and Phoenix winters were one "Antarctica/Troll" clock)
        rhythm = rhythm_seasons(self.days, periods, ip_home_country(getattr(zone_place, "ip_days", None))) \
            if seasonal is None else None
        if rhythm is not None:
            periods = rhythm[0]
        # … or, where no login names a country at all, two seasonal homes on far clocks the regimes cut themselves
        # (SEASONS3: Hamburg's summers and Bangkok's winters were three "stays abroad" on Jakarta time)
        far = regime_seasons(periods) if seasonal is None and rhythm is None \
            and not getattr(zone_place, "ip_days", None) else None
        season_list = seasonal["seasonal"] if seasonal is not None else rhythm[1] if rhythm is not None else far
        # … or one season on a clock an hour from home's, the rest of the history on one clock (SEASONS3: a
        # Chicagoan's one winter in Phoenix was "New York time", no period)
        odd = odd_season_stint(self.days, periods) if season_list is None and seasonal is None else None
        if odd is not None:
            periods = odd
        if moved is not None and moved_on is None and unsettled_before is None \
                and move_cut is not None and _one_move_regimes(periods, move_cut) \
                and _move_shift_h(getattr(zone_place, "ip_days", None), days[0], days[-1]) <= abs(moved[4]) \
                and _shift_year_round(self.days, move_cut, MOVE_SHIFT_IN_COUNTRY_H, same=len(periods) > 1):
            # two hours between clocks of one summer-time rule in one country, which the regimes leave as one clock
            # (a change of summer-time habit, Phoenix → New York, they cut and date to the day), or cut as this one
            # move where it fell after the autumn change (_one_move_regimes), the shift the same in winter and summer
            shift_h = MOVE_SHIFT_IN_COUNTRY_H
            as_move()
        split = None
        if len(periods) >= 2 and not (len(periods) == 2 and moved_on is not None) \
                and all(_enough({d: self.days[d] for d in r.days}) for r in periods):
            split, self.shifted = _fit_periods(self.days, periods,
                                               lambda ranges, present: build_prior(zone_place, ctx, ranges,
                                                                                   present=present),
                                               lambda a, b: _dated_ips(zone_place, a, b),
                                               lambda a, b: period_zone(ship_days, a, b), season_list is not None,
                                               home_cc=ip_home_country(getattr(zone_place, "ip_days", None)))
        if split is not None:
            moved_on = unsettled_before = None
            if not split.seasonal:
                split.mark_move_stays(ip_move(getattr(zone_place, "ip_days", None)),
                                      lambda a, b: _dated_ips(zone_place, a, b))
            fit = split.home_days
            prior = split.home_prior
        elif fit is not self.days:
            # the place evidence dated in the period the zone is fitted to (login IPs from before a move are no
            # evidence of where one lives since; N4 of the twenty-fifth pass)
            prior = build_prior(zone_place, ctx, [(min(fit), days[-1])])  # type: ignore[arg-type]
        elif moved is None or abs(moved[4]) < shift_h:
            # a move the logins date on one clock (Toronto → Buffalo in April 2024: Canadian logins, then American):
            # the zone's country is the one lived in since, as the home finding says — read over the whole history,
            # the older logins outnumbered the newer, and the zone stayed "one of the clocks kept in Canada" (T36B)
            ips_moved = ip_move(getattr(zone_place, "ip_days", None))
            if ips_moved is not None and ips_moved[0] <= days[-1]:
                prior = build_prior(zone_place, ctx, [(ips_moved[0], days[-1])])  # type: ignore[arg-type]
        # trips too short for periods of their own that hold a tenth of the days or more (a crew's layovers): the
        # zone is fitted to the home's days, and the trips' nights on a clock their logins pin anchor the home's
        # clock among its country's, as a pinned period's do (T33B M7: Toronto crew → "Europe/London")
        trips_set_aside: tuple[int, dict[str, Any] | None] | None = None
        if split is None and moved_on is None and unsettled_before is None and fit is self.days:
            away = days_away(self.days, getattr(zone_place, "ip_days", None))
            home_only = {d: h for d, h in self.days.items() if d not in away[1]} if away is not None else {}
            if away is not None and _enough(home_only):
                fit = home_only
                trips_set_aside = (len(self.days) - len(home_only), None)
        cands = split.home_cands if split is not None else score_zones(fit, prior)
        if trips_set_aside is not None and away is not None:
            got = trips_anchor(self.days, away[2], cands, away[0])
            if got is not None:
                cands = [got[0], *(c for c in cands if set(c.zones) != set(got[0].zones))]
                trips_set_aside = (trips_set_aside[0], got[1])
        # two countries' logins week after week on one clock (a life across a border: T33A M2, Ciudad Juárez and El
        # Paso): only the clocks both countries keep are candidates — New York's, by the US head count, is kept by
        # no Mexican town
        border = None
        named_near: str | None = None  # the other country of a border life whose nearby people named the clock
        if split is None and moved_on is None and unsettled_before is None and trips_set_aside is None:
            border = border_pair(self.days, getattr(zone_place, "ip_days", None))
        # … unless the night logins are in one of the two: home is where the person sleeps, and its clocks are the
        # candidates (CLOCKSA M1: a Tui resident working in Valença was read on Lisbon's clock, the one both keep)
        sleeps_in = border_nights(self.days, border, getattr(zone_place, "ip_hours", None))
        border_zones: set[str] = ({z for z, cc in zone_countries().items() if cc == sleeps_in} if sleeps_in else
                                  {z for zs in border[2] for z in zs} if border is not None else set())
        if border_zones and sleeps_in is not None:
            # the night country's clocks ranked by the activity and where its people live (the logins' prior, the
            # other country's workdays in it, would rank the clock both keep first): its zones named first
            people = zone_populations().get(sleeps_in, {})
            total = sum(people.values()) or 1

            def at_home(c: Any) -> float:
                mass = sum(people.get(z, 0) for z in c.zones if zone_countries().get(z) == sleeps_in) / total
                return c.loglik + c.log_sleep + (math.log(mass) if mass > 0 else -1e9)

            ranked = sorted((c for c in cands if border_zones & set(c.zones)), key=at_home, reverse=True)
            if ranked:
                # the posterior among them, so that the country's clocks the activity cannot tell apart stay open
                # (rivals_in_country): Ciudad Juárez's nights fit Tijuana's, Juárez's and Matamoros' clocks alike
                top = at_home(ranked[0])
                weights = [math.exp(at_home(c) - top) for c in ranked]
                for c, w in zip(ranked, weights, strict=True):
                    c.posterior = w / sum(weights)
                    c.zones.sort(key=lambda z: zone_countries().get(z) != sleeps_in)
                # among the clocks the activity cannot tell apart, the one of the most people within a day's journey
                # of the other country is named (T36 M3: a San Diego resident working in Tijuana was "New York
                # time" by the US head count, a clock no one keeps who crosses into Mexico every day)
                across = border[1] if sleeps_in == border[0] else border[0]
                near = gazetteer.border_zone_people(sleeps_in, across, COMMUTE_KM)
                ranked, by_near = _near_border_first(ranked, near)
                named_near = across if by_near else None
                if near:
                    # and only those clocks stay open: a San Diego resident working in Tijuana was still "one of
                    # the clocks kept in United States from Los Angeles time … to New York time" (T37)
                    border_zones = {z for z in border_zones if near.get(z)}
                cands = [*ranked, *(c for c in cands if all(c is not r for r in ranked))]
                for c in cands[len(ranked):]:
                    c.posterior = 0.0
            else:
                border, border_zones, sleeps_in = None, set(), None
        elif border_zones:
            both = [c for c in cands if border_zones & set(c.zones)]
            if both:
                cands = [both[0], *(c for c in cands if c is not both[0])]
            else:
                border, border_zones = None, set()
        best = cands[0]
        # two countries of one clock (border_pair leaves them: nothing to tell by the clock), the nights in one, the
        # zone named by the other's: it is named by the nights' country's instead, the most people within a day's
        # journey of the other first (T36 M3: Konstanz with work in Kreuzlingen was "Zurich time", Johor Bahru with
        # work in Singapore "Singapore time"); where the nights' country names it already, nothing is said
        one_clock = None
        if border is None and split is None and moved_on is None and unsettled_before is None:
            one_clock = two_country_nights(self.days, getattr(zone_place, "ip_days", None),
                                           getattr(zone_place, "ip_hours", None))
            if one_clock is not None and {zone_countries().get(z) for z in best.zones} >= set(one_clock) \
                    and zone_countries().get(best.zones[0]) != one_clock[0]:
                near = gazetteer.border_zone_people(one_clock[0], one_clock[1], COMMUTE_KM)
                people = zone_populations().get(one_clock[0], {})
                best.zones.sort(key=lambda z: (zone_countries().get(z) != one_clock[0], -near.get(z, 0),
                                               -people.get(z, 0)))
            else:
                one_clock = None
        if split is None and moved_on is None and unsettled_before is None and best.habit_step is not None \
                and not best.law_not_followed:
            # a change of clock of an hour or two that the place evidence dates as a move (T32A M5): each side on
            # its own zone, as a split at the regimes would read it
            parts = split_at_placed_step(self.days, sorted(fit), sorted(fit)[best.habit_step[0]],
                                         zone_countries().get(best.zones[0]), lambda a, b: _dated_ips(zone_place, a, b))
            stepped = None if parts is None else _fit_periods(
                self.days, parts, lambda ranges, present: build_prior(zone_place, ctx, ranges, present=present),
                lambda a, b: _dated_ips(zone_place, a, b), lambda a, b: period_zone(ship_days, a, b))[0]
            home_best = stepped.home_cands[0] if stepped is not None else None
            # the later side on its country's clock, at a human night there (a VPN's exit far away is no move)
            if home_best is not None and zone_countries().get(home_best.zones[0]) == parts[1].country \
                    and abs(circ_diff_hours(home_best.lull_mid, LULL_MID_MEAN_H)) / LULL_MID_SD_H <= IMPLAUSIBLE_Z:
                split, fit, prior, cands = stepped, stepped.home_days, stepped.home_prior, stepped.home_cands
                best = cands[0]
        # a single move inside one country whose login IPs name only the country (T32B M3: New York → Los Angeles
        # was "America/Miquelon → America/New_York"): both sides on the country's clocks, the pair the step between
        # them allows (Eastern → Pacific for −3 h in the US); where several pairs fit alike, the head count picks one
        # and a caveat names the others
        pair: tuple[Any, str, list[tuple[str, str]]] | None = None
        if moved_on is not None and split is None:
            pair_found = self._move_pair(ctx, zone_place, cands, days, moved_on, prior)
            if pair_found is not None:
                before_c, after_c, zb, za, others = pair_found
                best, pair = after_c, (before_c, zb, others)
                best.zones.sort(key=lambda z: z != za)
        # (a zone whose own law ended or began summer time within the records — Mexico in Oct 2022 — fits both sides
        # already: its law periods say it)
        habit_pinned = False  # the home's clock fixed by the earlier side's shared season (_same_shared_clock)
        habit = dst_habit_reading(self.days, sorted(fit)) \
            if split is None and moved_on is None and unsettled_before is None and len(
                {p["observes_dst"] for p in law_periods(best.zones[0], min(fit), max(fit))}) < 2 else None
        # (the cut, and a day of the season both clocks share: the same day unless the change fell inside the other
        # season — Phoenix → Denver in July is cut then, its clock read on a winter's day)
        habit_cut, habit_day = habit if habit is not None else (None, None)
        # the logins place the person in one country, and a zone of another wins by its own change of law within the
        # records, which mimics a move (Chicago → Phoenix on 1 Jan 2024 was "America/Scoresbysund", whose UTC−1
        # became UTC−2 in 2024): the history is read on the country's own clocks, the move dated between them
        home_cc = ip_home_country(getattr(zone_place, "ip_days", None))
        mimicked = split is None and moved_on is None and unsettled_before is None and border is None \
            and one_clock is None and trips_set_aside is None and home_cc is not None \
            and zone_countries().get(best.zones[0]) != home_cc \
            and (best.habit_step is not None or len(law_periods(best.zones[0], min(fit), max(fit))) > 1)
        # … and so where the country's own clock wins with a change of the person's clock of an hour or two (Chicago →
        # Phoenix on 1 Mar 2024 was "New York time" whose hours moved in March): a move only where the sides keep
        # summer time differently (_habit_split), new working hours otherwise
        stepped_home = split is None and moved_on is None and unsettled_before is None and home_cc is not None \
            and zone_countries().get(best.zones[0]) == home_cc and best.habit_step is not None \
            and not best.law_not_followed
        runs_cut: date | None = None
        if (mimicked or stepped_home) and home_cc is not None:
            # the first change of the runs on the country's clocks is the first reading of the move's day (the season
            # blocks' reading cut a move on 1 Mar 2024 in July, and one on 1 Jan with a short last winter not at all)
            runs = clock_runs(self.days, sorted(fit), country_clocks(home_cc, clock_years(min(fit), max(fit))))
            if len(runs) >= 2:
                runs_cut = min(d for d in fit if d >= runs[1][0])
        habit_change: ClockChange | None = None  # the move dated by the days where the two clocks differ
        # the season blocks' cut first, then the runs' where that reads no move
        first_cut = habit_cut
        for habit_cut in dict.fromkeys(c for c in (first_cut, runs_cut) if c is not None):
            if split is not None:
                break
            runs_taken = self._runs_split(ctx, zone_place, ship_days, sorted(fit), best) \
                if habit_cut is not None else None
            if runs_taken is not None:
                # more than one change of clock (Phoenix → Chicago → Phoenix): each run on the clock it was lived on
                split, best = runs_taken
                fit, prior, cands = split.home_days, split.home_prior, split.home_cands
                habit_pinned, habit_cut = True, None
            if habit_cut is not None:
                habit_days = sorted(fit)
                taken = self._habit_split(ctx, zone_place, ship_days, habit_days, habit_cut, habit_day)
                if taken is not None:
                    # the cut was a first reading (the shared season's middle: "since 15 Jan 2024" for a move on 1 Jun
                    # 2024, T35 MOVEDATE (b)): the move is dated by the days where the two clocks differ, each side
                    # fitted again from there
                    # dated again where the later side refitted from that day reads another clock: the side cut in
                    # January holds Phoenix's spring, read as Denver's clock (an hour off Phoenix's in summer, not
                    # Chicago's two), and a Saturday move to Chicago on 1 Jun 2024 was dated on Denver's, "2 Jun" (T36B)
                    dated_on = None
                    for _round in range(2):
                        if taken[1].zones[0] == dated_on:
                            break
                        dated_on = taken[1].zones[0]
                        got = date_clock_change(self.days, habit_days, habit_cut, taken[0].answers[0].zones[0],
                                                dated_on)
                        if got is None:
                            break
                        habit_change = got
                        if got.first_new == habit_cut:
                            break
                        # from local noon of the first day on the later clock (a day on the earlier clock's calendar):
                        # the quarter-hour search near a cut moved a 1 Jun move to 3 Jun, and a switch at midnight lies
                        # between night-time records, its day withheld without --include-sensitive
                        first = habit_change.first_new
                        start = datetime(first.year, first.month, first.day, 12,
                                         tzinfo=zone_info(taken[0].answers[0].zones[0])).astimezone(UTC)
                        redone = self._habit_split(ctx, zone_place, ship_days, habit_days, first, habit_day, start)
                        if redone is None and first < taken[0].periods[1].first:
                            # the sides cut on the day so dated keep one clock: the first cut's "change of habit" was
                            # the move's half-season on either side (Chicago → Denver on 1 Mar 2023, two months into
                            # the records: Chicago's winter and Denver's summer one UTC night, "Los Angeles time since
                            # 13 Jul 2023; before, on Phoenix time"; T41B) — no such change
                            taken, habit_change = None, None
                            break
                        taken = redone or taken
                if taken is not None:
                    stepped, best = taken
                    split, fit, prior, cands = stepped, stepped.home_days, stepped.home_prior, stepped.home_cands
                    habit_pinned = True
        if mimicked and split is None:
            # the runs' one change read with a shared summer-time rule (Chicago → Denver): each run on its clock
            runs_taken = self._runs_split(ctx, zone_place, ship_days, sorted(fit), best, min_runs=2)
            if runs_taken is not None:
                split, best = runs_taken
                fit, prior, cands = split.home_days, split.home_prior, split.home_cands
                habit_pinned = True
        # … and where no reading on the country's clocks holds, still no zone of a country no login names: a change of
        # the person's clock that a foreign zone's change of law mimics (with an hour's habit step, two hours: a
        # Berliner whose hours moved by two was "Ittoqqortoormiit time (America/Scoresbysund)", medium, as T40B's
        # Chicago → Los Angeles was) is read on the country's clocks, lowered one level below. Only a change of law or
        # of habit: a foreign clock that fits all year unchanged is a VPN's home, which the activity decides
        set_aside: tuple[str, float] | None = None  # the foreign zone and how many nats better it fitted
        if mimicked and split is None:
            own = sorted((c for c in cands if any(zone_countries().get(z) == home_cc for z in c.zones)),
                         key=lambda c: -c.score)
            if own:
                set_aside = (best.zones[0], best.activity_score - own[0].activity_score)
                weights = [math.exp(c.score - own[0].score) for c in own]
                for c in cands:
                    c.posterior = 0.0
                for c, w in zip(own, weights, strict=True):
                    c.posterior = w / sum(weights)
                    c.zones.sort(key=lambda z: zone_countries().get(z) != home_cc)
                cands = [*own, *(c for c in cands if all(c is not o for o in own))]
                best = cands[0]
        if split is None and moved_on is None and not prior.located():
            # no record places the person: the clock is named by a zone not called after its country (T34 M3: a
            # Honolulu sleeper's head-count clock was "Guatemala time (America/Guatemala)", naming a country no
            # record placed her in); its people's head count still picks among the rest
            plain = [z for z in best.zones if not named_after_country(z)]
            if plain and plain[0] != best.zones[0]:
                best.zones.sort(key=lambda z: z != plain[0])
        world_pick = best.zones[0]  # the head count's zone, where the exit pair's clock replaces it (said below)
        exit_rivals: list[Any] = []
        if split is None and moved_on is None:
            best, exit_rivals = _clock_of_exit_pair(ctx, cands, best, prior)
        plain_pick: tuple[str, float] | None = None  # the head count's clock and how much better the activity's fits
        if split is None and moved_on is None and not exit_rivals and best.zones[0] == world_pick:
            pick = _clock_the_activity_fits(cands, best, prior)
            if pick is not best:
                plain_pick, best = (best.zones[0], pick.activity_score - best.activity_score), pick
        if split is None and moved_on is None and not exit_rivals and plain_pick is None and not prior.located():
            # the zone named for the range of clocks the activity leaves open lies inside the range said (BOUND57)
            best = _inside_stated_range(cands, best)
        ctx.zone_placed = prior.located()
        mass = answer_mass(cands, best)
        zone = best.zones[0]
        tz: tzinfo = zone_info(zone)
        earlier: dict[str, Any] | None = None
        earlier_at = 0  # the index in period_list of the earlier home's period the move is dated from
        period_list: list[dict[str, Any]] | None = None
        seasons: list[dict[str, Any]] | None = None
        if split is not None:
            tz = split.tzinfo(zone)
            period_list = split.describe(zone)
            if split.seasonal and season_list is not None:
                seasons = split.season_clocks(zone, season_list)
            olds = [p for p in period_list[:-1] if p["kind"] == "earlier home"]
            if period_list[-1]["kind"] == "home" and len({p["zone"] for p in olds}) == 1 \
                    and all(p["kind"] in ("earlier home", "stay") for p in period_list[:-1]):
                # one move, home last: the value a single move always had (earlier_zone), beside the periods — the
                # earlier home's stays too (a Chicagoan's London summers before her move to London, T34 M6: "You
                # live on London time; … on Chicago time — an earlier home?" thrice, no date of the move)
                first = olds[-1]
                earlier_at = max(k for k, p in enumerate(period_list) if p is first)
                earlier = {"zone": first["zone"], "utc_offset_hours": first["utc_offset_hours"],
                           "observes_dst": first["observes_dst"],
                           "until": first["to"]}  # the period's own last local day (T26B's L2: one last day)
        if moved_on is not None:
            # the earlier home's place evidence is what is dated in it (the undated describes the present), and its
            # night the person's own, as a period's (_fit_periods): under the population's night and an English
            # writer's language, Tokyo 2019–21 before Berlin read Asia/Manila, and without the language Shanghai
            before_prior = build_prior(zone_place, ctx, [(days[0], moved_on - timedelta(days=1))],  # type: ignore[arg-type]
                                       present=False)
            before_cands = [] if pair is not None else score_zones(
                {d: h for d, h in self.days.items() if d < moved_on}, before_prior, (best.lull_mid, PERIOD_LULL_SD_H))
            before = pair[0] if pair is not None else before_cands[0]
            before_alike: list[Any] = []  # other clocks the earlier days and the shift fit alike (_earlier_by_shift)
            if pair is None and moved is not None and abs(moved[4]) >= MOVE_SHIFT_H:
                by_shift = _earlier_by_shift(self.days, before_cands, zone, moved, before_prior, moved_on)
                if by_shift is not None:
                    before, before_alike = by_shift
            if pair is not None:
                before.zones.sort(key=lambda z: z != pair[1])
            if (before.standard_q, before.observes_dst) != (best.standard_q, best.observes_dst):
                at = datetime(moved_on.year, moved_on.month, moved_on.day, tzinfo=UTC)
                if moved is not None and abs(moved[4]) >= MOVE_SHIFT_H:
                    # a far move dated again on its two clocks (_move_cut), its switch by day on both (_day_switch)
                    moved_on, day_untold = _move_cut(self.days, moved, (before.zones[0], zone))
                    at = _day_switch(self.days, moved_on, before.zones[0], zone)
                tz = MovedZone(zone_info(before.zones[0]), tz, at)
                earlier = {"zone": before.zones[0], "utc_offset_hours": before.standard_q / 4,
                           "observes_dst": before.observes_dst, "until": (moved_on - timedelta(days=1)).isoformat()}
                period_list = [
                    {"from": days[0].isoformat(), "to": earlier["until"], "zone": before.zones[0],
                     "utc_offset_hours": before.standard_q / 4, "observes_dst": before.observes_dst,
                     "kind": "earlier home", "start": None},
                    {"from": moved_on.isoformat(), "to": days[-1].isoformat(), "zone": zone,
                     "utc_offset_hours": best.standard_q / 4, "observes_dst": best.observes_dst, "kind": "home",
                     "start": at.strftime("%Y-%m-%dT%H:%M:%SZ")}]
                if before_alike:
                    earlier["open_zones"] = [{"zone": c.zones[0], "utc_offset_hours": c.standard_q / 4}
                                             for c in before_alike]
                if pair is not None and pair[2]:
                    # the step fits other pairs of the country's clocks alike (T41: Denver → New York in July read
                    # "Chicago time since 1 Jul 2024; before, on Los Angeles time", both clocks wrong): the earlier
                    # side is said as each clock it could be, as the later one is (open_zones below)
                    earlier["open_zones"] = [
                        {"zone": pb, "utc_offset_hours": _standard_hours(pb, moved_on - timedelta(days=1))}
                        for pb in dict.fromkeys(pb for pb, _pa in pair[2]) if pb != before.zones[0]] or None
            else:
                moved_on = None  # the same clock on both sides: a new rhythm, not a move; one zone as before
        # the bounds as said: a switch whose neighbouring record is at night is undated without --include-sensitive
        # (GATE3: CLOCK4's leftover); the real ones stay in period_list, tz and ctx.zone for the rule's own use
        said_periods = self._said_periods(NightGate.of(ctx), tz, period_list)
        ctx.move_days_withheld = self.move_days_withheld
        if earlier is not None and said_periods:
            # the said bound of the earlier home's own last period, not the history's first: a Chicagoan's London
            # summers before her move there were said "London time since 1 Jun 2022", the first summer's start
            earlier = earlier | {"until": said_periods[earlier_at]["to"]}
        if earlier is not None and habit_change is not None and said_periods \
                and said_periods[earlier_at]["to"] == habit_change.first_new.isoformat():
            # a move dated to the day, read from that day's noon: the earlier clock's last day is the one before
            earlier = earlier | {"until": (habit_change.first_new - timedelta(days=1)).isoformat()}
        if earlier is not None and habit_change is not None and not habit_change.exact \
                and habit_change.last_old is not None and period_list is not None and len(period_list) > earlier_at + 1:
            # the move fell in a season both clocks keep alike, or in a gap of the records: only bracketed, from the
            # last day read on the earlier clock to the first on the later one (T35 MOVEDATE (b): a move Phoenix →
            # Denver in January was "since 15 Jan 2024", the shared winter's middle)
            earlier = earlier | {"moved_between": self._said_between(
                NightGate.of(ctx), tz, habit_change, str(earlier["zone"]), zone)}
        level = _Levels(confidence_from_agreement(mass))
        if plain_pick is not None:
            level.cap(Confidence.LOW)  # a clock chosen by the activity alone, against the head count's
        basis = (f"posterior probability {mass:.0%} for {_fmt_utc_q(best.standard_q)}"
                 f"{' with' if best.observes_dst else ' without'} DST, over {len(cands)} candidate zone groups; "
                 f"{self._active_bins_said()} on {count_phrase(len(days), 'day')}")
        if plain_pick is not None:
            basis += (f"; {zone} over {plain_pick[0]}: no record places you in a country of either clock, and the "
                      f"activity fits {zone} {plain_pick[1]:.1f} nats better, where more people live (not where more "
                      "countries keep the clock)")
        elif zone != world_pick:
            basis += (f"; {zone} over {world_pick} (a clock of {country_in_text(zone_countries().get(world_pick))}, "
                      f"where no reading of the logins places you): the activity cannot tell them apart, and {zone} "
                      f"is the clock of {country_in_text(zone_countries().get(zone))}, one of the countries your "
                      "logins cannot tell the exit from")
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
        # the summary's sentence where the place's country has a clock the activity fits as well (no clock disagrees)
        alike_said = ""
        # why the disagreement's one-level lowering was made, as data (exit_caveats drops a reason the orders explain)
        lowered_for: list[dict[str, str]] = []
        place_disagreement: dict[str, Any] | None = None
        z_lull = abs(circ_diff_hours(best.lull_mid, LULL_MID_MEAN_H)) / LULL_MID_SD_H
        if strong_cc and z_lull > IMPLAUSIBLE_Z and best.lull_spread_h <= 3:
            disagreements.append(
                f"in {zone} your least active hours centre on {_fmt_hours(best.lull_mid)}, not a usual sleeping "
                "time: the place evidence and the activity clock disagree (travel, shift work, a VPN, or "
                "records stamped by another clock)")
            lowered_for.append({"reason": "lull_not_night", "zone": zone})
        # a life across a border (border_pair) names both countries: the clock of the other one is no disagreement
        if strong_cc and zone_countries().get(zone) != strong_cc \
                and not (border is not None and {strong_cc, zone_countries().get(zone)} <= set(border[:2])) \
                and not (one_clock is not None and {strong_cc, zone_countries().get(zone)} <= set(one_clock)):
            named = [s.name for s in prior.sources if s.weight >= STRONG_PLACE and s.top_country == strong_cc]
            # a time-zone setting is often years old or a default nobody chose (zonesetting's docstring)
            why = "travel, shift work, a VPN or an old setting?" if "time zone setting" in named else \
                "travel, shift work or a VPN?"
            # a clock of that country the activity cannot tell from the best (RIVAL_ACTIVITY_MARGIN) is no clock the
            # activity contradicts (TZX49: a Perth resident behind an always-on Canadian exit, orders to Tokyo, was
            # told "the activity clock fits Asia/Tokyo better", Perth 0.04 nats behind): both clocks named instead
            alike = place_clocks_alike(cands, strong_cc)
            if not alike:
                disagreements.append(
                    f"the place evidence ({', '.join(named)}) points to {country_in_text(strong_cc)}, but the "
                    f"activity clock fits "
                    f"{zone} better ({why})")
            else:
                (c0, z0), (c1, z1) = alike[0], alike[-1]
                span = z0 if len(alike) == 1 else f"{z0} or {z1}" if len(alike) == 2 else f"one of {z0} to {z1}"
                utc = _fmt_utc_q(c0.standard_q) + ("" if c1 is c0 else f" to {_fmt_utc_q(c1.standard_q)}")
                alike_said = f". The activity fits a clock of {country_in_text(strong_cc)} as well."
                disagreements.append(
                    f"the place evidence ({', '.join(named)}) points to {country_in_text(strong_cc)}, and the "
                    f"activity cannot tell {zone} from {span} ({utc}), {'a clock' if len(alike) == 1 else 'clocks'} "
                    f"of {country_in_text(strong_cc)}: "
                    f"{zone}, or {span} if you live in {country_in_text(strong_cc)}")
            # the same disagreement as data (place.py's home reads it: a login country on a clock the activity
            # contradicts all year is a VPN exit; it matched the sentence above before)
            lowered_for.append({"reason": "place_disagrees", "country": strong_cc})
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
            # the one reason a clock of the place's country the activity fits as well: said as that, not as a
            # disagreement (the summary's alike_said below, the same rule)
            untold = bool(alike_said) and len(disagreements) == 1
            if level.now == Confidence.LOW:
                # nothing left to lower: no lowering to record or to undo (T47B: Buenos Aires, Bogotá, Johannesburg,
                # Istanbul behind an exit, orders elsewhere, carried lowering {from: low, to: low})
                lowered_for = []
                basis += UNTOLD_NOT_LOWERED if untold else DISAGREE_NOT_LOWERED
            else:
                level.down(disagreement=True)
                basis += UNTOLD_LOWERED if untold else DISAGREE_LOWERED
            caveats.extend(disagreements)
        if set_aside is not None and home_cc is not None:
            level.down()
            basis += (f"; {set_aside[0]}, a clock of no country your logins name, fitted the activity "
                      f"{set_aside[1]:.0f} nats better by its own change of law: set aside, lowered one level")
            caveats.insert(0, f"Your hours changed in a way {set_aside[0]}'s own change of law mimics, a clock of no "
                              f"country your logins name; the answer is read on "
                              f"{possessive(country_in_text(home_cc))} clocks and fits your records less "
                              "well: a move or new hours within the country.")
        setting = next((src for src in prior.sources if src.name == "time zone setting"), None)
        if setting is not None and not set(setting.zones) & set(best.zones) and not any(
                "time zone setting" in d for d in disagreements):
            # the other evidence agrees with the clock: the answer stands, but the account says otherwise (the fifth
            # tester: a London person's Tokyo setting was said nowhere)
            caveats.append(f"The account's time-zone setting says {', '.join(sorted(setting.zones))}, which this "
                           "clock is not: an old setting, or one never chosen?")
        anchored = split.anchored if split is not None else trips_set_aside[1] if trips_set_aside is not None else None
        season_anchor = split.season_anchor if split is not None else None
        # countries on this clock every active day, or on one the activity cannot tell from it (N5 below)
        shared = (len({zone_countries().get(z) for z in best.zones}) > 1
                  or _clock_kept_elsewhere(cands, best, fit))
        # the country's people choose among its clocks only where the country is named — by a record, or by a clock
        # no other country keeps (Chile's DST dates) — and nothing places the person within it; where nothing names
        # it, "Within RU, Asia/Kamchatka and Asia/Vladivostok … where more of the country's people live" spoke of a
        # country no record is of (T33A L1: Lord Howe activity without IPs), and the caveat on an answer no record
        # places says which clocks are open
        country_of_answer = zone_countries().get(zone, "")
        # the clock anchored by the person's night on a clock the logins pin is no head-count pick (T32B M7)
        unplaced = ((prior.evidences(country_of_answer) or not shared or zone != world_pick)
                    and not prior.placed.get(country_of_answer)
                    and anchored is None and not habit_pinned and season_anchor is None)
        found = (exit_rivals or rivals_in_country(cands, best)) if unplaced else []
        as_well = fits_as_well_in_country(cands, best) if unplaced else []
        # a clock of the country's fewer people that fits better is named too, whatever its posterior
        found += [(c, z) for c, z in as_well if all((c.standard_q, c.observes_dst) !=
                                                    (f.standard_q, f.observes_dst) for f, _z in found)]
        if pair is not None:
            # a move's step pinned the pair of clocks (T32B M3): only the other pairs' later clocks stay open — each
            # of them, whether or not the head count's rivals hold it (T41: Denver → New York in July left New York
            # out, and "Chicago time since 1 Jul 2024" stood alone, a wrong clock said as the answer)
            others_after = list(dict.fromkeys(pa for _pb, pa in pair[2] if pa not in best.zones))
            found = [next(((c, z) for c, z in found if z == pa),
                          next(((c, pa) for c in cands if pa in c.zones), None)) for pa in others_after]
            found = [f for f in found if f is not None]
        if border_zones:
            found = [(c, z) for c, z in found if border_zones & set(c.zones)]
        # the other clocks of the country the answer was chosen among by head count: the sleep finding reads its
        # times on the answer's clock, so it is no surer than that choice (_sleep_family)
        self.zone_by_head_count = [(z, _fmt_utc_q(rival.standard_q)) for rival, z in found]
        # the clocks the activity leaves open (T32B M12): every local-time finding says what holds on each of them,
        # not as fact what holds on the one the head count chose (openclocks)
        ctx.zone_open = [(z, (rival.standard_q - best.standard_q) / 4) for rival, z in found
                         if rival.observes_dst == best.observes_dst]
        if found:
            # the place evidence names the country, the population decides within it: the clock cannot tell
            # Sydney from Adelaide or Toronto from St John's (the time-zone sweep: Adelaide came out as Sydney,
            # high). Medium at most: the posterior is then the share of the country's people in each zone
            level.cap(Confidence.MEDIUM)
            country = zone_countries().get(zone)
            named = format_list([f"{rival_zone} ({rival.posterior:.0%})" for rival, rival_zone in found], locale="en")
            basis += (f"; within {country_in_text(country)} the activity cannot tell {zone} from {named}: where more "
                      "people live decides")
            if as_well:
                # the activity fits a minority zone better: the majority's city is a guess by head count
                if level.now != Confidence.LOW:
                    basis += f", and it fits {format_list([z for _c, z in as_well], locale='en')} better, so low"
                level.cap(Confidence.LOW)
            alike = format_list([zone, *(f"{z} ({_fmt_utc_q(rival.standard_q)})" for rival, z in found)], locale="en")
            whose = (f"of the country's people within a day's journey of {country_in_text(named_near)}"
                     if named_near else "of the country's people")
            caveats.append(f"Within {country_in_text(country)}, {alike} fit the activity about equally; the answer "
                           f"follows where more {whose} live. A city in the profile or a shipping address would "
                           "settle it.")
        if anchored is not None and anchored["zone"] == zone:
            h, m = divmod(round(anchored["lull_h"] * 4) * 15, 60)
            pinned = format_list([country_in_text(cc) for cc in anchored["pinned"]], locale="en")
            over = (f" over {anchored['instead_of']} (where more people live)" if anchored["instead_of"] else
                    " among its clocks")
            clocks = "clocks" if len(anchored["pinned"]) > 1 else "clock"
            caveats.append(f"Within {country_in_text(zone_countries().get(zone))}, {zone} is chosen{over} because "
                           f"your nights in {pinned}, whose {clocks} your logins there fix, centre on "
                           f"{h % 24:02d}:{m:02d} local time, and {zone} puts your nights at home at the same hour"
                           f"{'' if anchored['instead_of'] else OTHER_CLOCKS_DO_NOT}: one person "
                           "sleeps at much the same local hours in both places.")
            pins = ", ".join(anchored["pinned_zones"])
            basis += (f"; {zone}{' over ' + anchored['instead_of'] if anchored['instead_of'] else ''}: its lull "
                      f"falls at the local hour of the {self._pinned_days_said(anchored)} on a clock the logins pin "
                      f"({pins})")
        if season_anchor is not None and season_anchor["zone"] == zone:
            h, m = divmod(round(season_anchor["lull_h"] * 4) * 15, 60)
            # a spell on another of the country's clocks (periods.odd_season_stint), or the other home's seasons
            stint = bool(season_anchor.get("stint"))
            there = "the stint" if stint else "your other home's seasons"
            caveats.append(f"{zone} is chosen over {season_anchor['instead_of']} (where more people live) because "
                           f"your nights in {there}, on {season_anchor['by']}'s clock, centre on "
                           f"{h % 24:02d}:{m:02d} local time, and {zone} puts your nights "
                           f"{'at home' if stint else 'in this season'} at the same hour: one person sleeps at much "
                           f"the same local hours in both {'places' if stint else 'homes'}.")
            basis += (f"; {zone} over {season_anchor['instead_of']}: its lull falls at the local hour of "
                      f"{there.replace('your ', 'the ')} ({season_anchor['by']})")
        if border is not None and sleeps_in is not None:
            name = country_in_text  # "the Netherlands" in a sentence (WORD57)
            other = border[1] if sleeps_in == border[0] else border[0]
            caveats.append(f"Your logins come from {name(border[0])} and {name(border[1])} week after week, but those "
                           f"of your nights from {name(sleeps_in)}: you sleep there, so its clocks are home's "
                           f"({name(other)}: work, family or a VPN exit across the border).")
            basis += (f"; logins from {name(border[0])} and {name(border[1])} in most weeks, the nights' from "
                      f"{name(sleeps_in)}: only {possessive(name(sleeps_in))} clocks were candidates")
        elif one_clock is not None and zone_countries().get(zone) == one_clock[0]:
            name = country_in_text
            caveats.append(f"Your logins come from {name(one_clock[0])} and {name(one_clock[1])} week after week, on "
                           f"one clock, but those of your nights from {name(one_clock[0])}: you sleep there, so the "
                           f"clock is named by its zone ({name(one_clock[1])}: work, family or a VPN exit across the "
                           "border).")
            basis += f"; the nights' logins from {name(one_clock[0])}: the clock named by its zone"
        elif border is not None:
            name = country_in_text
            kept = format_list([" / ".join(zs[:1] + tuple(z for z in zs if zone_countries().get(z) == border[1])[:1])
                                for zs in border[2]], locale="en")
            which = ("the clocks both countries keep fit that ({kept}); the activity alone cannot tell which"
                     if len(border[2]) > 1 else "the clock both countries keep fits that ({kept})").format(kept=kept)
            caveats.append(f"Your logins come from {name(border[0])} and {name(border[1])} week after week, on one "
                           f"clock: a life across their border (home on one side, work or family on the other). Only "
                           f"{which}.")
            basis += (f"; logins from {name(border[0])} and {name(border[1])} in most weeks on one clock: only the "
                      "clocks both "
                      "keep were candidates")
            level.cap(Confidence.MEDIUM)
        if trips_set_aside is not None:
            basis += (f"; fitted to the {len(fit)} active days at home, the {trips_set_aside[0]} your logins place in "
                      "other countries set aside")
            caveats.append(f"Your logins place {count_phrase(trips_set_aside[0], 'active day')} of "
                           f"{len(days)} in other countries (trips): the zone is fitted to your days at home.")
        offsets_fitting = fitting_offsets(cands) if not prior.located() else None
        # every clock the activity fits about equally, whatever its people, where no record places the person: the
        # range said, so the caveat never calls a 3-hour doubt "an hour or so" (T33A M6)
        offsets_open = open_offsets(cands, also=best) if not prior.located() else None
        if offsets_open is not None and (len(offsets_open) < 2 or not any(
                o["utc_offset_hours"] == best.standard_q / 4 and o["observes_dst"] == best.observes_dst
                for o in offsets_open)):
            offsets_open = None
        if offsets_open is not None:
            # … and every other period's or season's clock is as open as the home's, by the same hours: each named by
            # that range, never by the one far city the head count gives (SEASONS3: Phoenix's winters "Mexico City
            # time", Tenerife's "Abidjan time", Bangkok's "Jakarta time", a London stay "Berlin time")
            for entry in (*(seasons or ()), *(said_periods or ())):
                if entry.get("kind") != "home" and entry.get("zone") != zone:
                    step = entry["utc_offset_hours"] - best.standard_q / 4
                    entry["offsets_open"] = [offsets_open[0]["utc_offset_hours"] + step,
                                             offsets_open[-1]["utc_offset_hours"] + step]
        if split is not None and period_list is not None:
            away = [p for p in period_list if p["kind"] != "home"]
            basis += (f"; fitted to the {self._fit_days_said(fit)} on this clock, {len(away)} other period"
                      f"{'s' if len(away) != 1 else ''} read on {'their' if len(away) != 1 else 'its'} own zone")
            stake = periods_at_stake(len(fit), len(days), period_list[-1]["kind"] != "home", bool(seasons))
            # said by the days outside the windows about an undated switch (T59D 1: "65% of the active days are on
            # another clock" was 68% for a night three weeks later): the level follows every day
            fit_out = [d for d in fit if d not in self.move_days_withheld]
            days_out = [d for d in days if d not in self.move_days_withheld]
            pinned = len(fit_out) != len(fit) or len(days_out) != len(days)
            if stake is not None:
                level.down()
                if pinned:
                    stake = periods_at_stake(len(fit_out), len(days_out), period_list[-1]["kind"] != "home",
                                             bool(seasons)) or "the other clocks' periods hold many active days"
                    stake += f" (outside {self._windows_said()})"
                basis += f", lowered one level because {stake}"
            else:
                n_fit, n_all = (len(fit_out), len(days_out)) if pinned else (len(fit), len(days))
                basis += (f" (their {n_all - n_fit} active days{f' outside {self._windows_said()}' if pinned else ''}"
                          f" are {1 - n_fit / n_all if n_all else 0:.0%} of the "
                          "history, and the home's clock holds the latest: not lowered)")
            said = "; ".join(f"{spoken_span(p['from'], p.get('from_month'), p['to'], p.get('to_month'))} on "
                             + (period_clock_text(p) if p.get("offsets_open") else
                                f"{_fmt_utc(p['utc_offset_hours'])}{' with summer time' if p['observes_dst'] else ''}"
                                f" ({p['zone']})") + f" — {PERIOD_WORDS[p['kind']]}"
                             for p in said_periods or () if p["kind"] != "home")
            if seasons:  # two seasonal homes (T31B S2): each home's clock by its months, not each season's dates
                shows = "daily rhythm shows" if rhythm is not None or far is not None else "logins show"
                caveats.insert(0, f"Your records follow two seasonal homes ({seasons_clocks_text(seasons)}, each "
                                  f"year, as your {shows}): the zone is the latest season's ({zone}), and the "
                                  "clock findings read each season on its own zone's clock.")
            else:
                caveats.insert(0, f"Your quiet hours were on another clock for part of the history: {said}"
                                  f"{'' if said.endswith('?') else '.'} The zone is fitted to the periods on "
                                  f"{zone}'s clock; the clock findings read each period on its own zone's clock.")
                between = (earlier or {}).get("moved_between")
                if isinstance(between, dict):
                    a = spoken_bound(between["from"], between.get("from_month"))
                    b = spoken_bound(between["to"], between.get("to_month"))
                    caveats.insert(1, f"Your move from {(earlier or {}).get('zone')} to {zone} fell between {a} "
                                      f"and {b}: the two clocks agree in between (or no record falls there), so the "
                                      "records cannot tell the day.")
        elif unsettled_before is not None:
            level.down()
            # the cut's day is said by the first record from it, undated where that record is at night (GATE4)
            cut_said = spoken_bound(self._said_bound(NightGate.of(ctx), tz, unsettled_before),
                                    unsettled_before.isoformat())
            basis += (f"; fitted to the {self._fit_days_said(fit)} since {cut_said}, lowered one level "
                      "because the quiet hours moved more than once before")
            caveats.insert(0, f"Your quiet hours moved more than once (a stay elsewhere and back, or several moves): "
                              f"the zone is fitted to your records since {cut_said}. Before "
                              "that, some periods were on another clock, and the clock findings read them on this "
                              "one.")
        elif earlier is not None and moved is not None:
            # first: the one caveat the text report shows at its default detail should be this one
            later_word = "later" if moved[4] > 0 else "earlier"
            said_from = (said_periods or [{}, {"from": moved_on.isoformat()}])[-1]
            # a switch undated with its window's months (WINDOW62: "2026-06/2026-08"): said by them, here too —
            # the move's own month beside the window placed the night at a month's edge where the two differed
            window = said_from.get("from_month") if "/" in str(said_from.get("from_month")) else None
            since = spoken_bound(said_from["from"], window or moved_on.isoformat())
            around = month_words(window) if window else f"{moved_on:%B %Y}"
            caveats.insert(0, f"Your quiet hours shift by {abs(moved[4]):.1f} h ({later_word} in UTC) around "
                              f"{around}: a move. Your records since {since} fit {zone}, "
                              f"those before them {earlier['zone']}; the clock findings read each period on its own "
                              "zone's clock.")
            basis += f"; fitted to the {self._fit_days_said(fit)} since the move ({since})"
            if pair is not None and pair[2]:
                level.cap(Confidence.LOW)
                said = format_list([f"{b} → {a}" for b, a in [(earlier["zone"], zone), *pair[2]]], locale="en")
                basis += f"; the move's clocks are one of {said}, which the activity cannot tell apart, so low"
                caveats.insert(1, f"Your logins name only {country_in_text(zone_countries().get(zone))}: the move "
                                  f"fits {said} alike (the same step between its clocks); {zone} is where more of "
                                  "the country's people live. A city in the profile or a shipping address would "
                                  "settle it.")
            elif day_untold:
                # a day beside the move fits both clocks (a Saturday's afternoon and evening, a Monday morning
                # that is the earlier clock's evening): the day said may be a day off, which at high is worse than
                # a lower confidence (MOVE47: Auckland → London on Mon 8 Apr 2024 "since 9 Apr", high)
                level.cap(Confidence.MEDIUM)
                basis += "; a day beside the move fits both clocks, so its day may be a day off: not high"
                caveats.insert(1, _untold_caveat(day_untold, since, moved_on))
        elif moved is not None and abs(moved[4]) >= shift_h and self.shifted:
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
        elif moved is not None and (abs(moved[4]) >= shift_h
                                    or (len(periods) >= 2 and abs(moved[4]) >= MOVE_SHIFT_CUT_H)):
            shift = moved[4]
            # the quarters' first and last active days, each undated where its record is at night (GATE4)
            a0, a1, b0, b1 = (spoken_bound(x, d.isoformat())
                              for x, d in zip(self._said_shift(NightGate.of(ctx), tz, moved), moved[:4], strict=True))
            level.down()
            basis += f"; lowered one level because the quiet hours shift by {shift:+.1f} h within the period"
            # first: the one caveat the text report shows at its default detail should be this one
            caveats.insert(0, f"Your quiet hours shift by {abs(shift):.1f} h ({'later' if shift > 0 else 'earlier'} "
                              f"in UTC) from {a0}–{a1} to {b0}–{b1}: "
                              "a move, a long stay elsewhere or a new rhythm. One zone is given for the whole period; "
                              "it cannot fit all of it.")
        if best.habit_step is not None:
            at, step, own_is_later = best.habit_step
            step_day = sorted(fit)[at]
            # the step's first day, undated where its first record is at night (GATE4); the month stays
            step_said = self._said_bound(NightGate.of(ctx), tz, step_day)
            # the person's activity moved earlier in UTC where the zone's offset had to grow after the change (or
            # shrink before it)
            earlier_word = "earlier" if (step > 0) != own_is_later else "later"
            if best.law_not_followed:
                # the zone's own change of law, which the person's hours did not follow (T26B's H5: Almaty's +6 →
                # +5 on 2024-03-01 read as a change of habits, and the zone handed to Aqtobe)
                law_tz = zone_info(zone)
                was, now = ((law_tz.utcoffset(datetime(d.year, d.month, d.day, 12)) or timedelta(0)).total_seconds()
                            / 3600 for d in (step_day - timedelta(days=1), step_day))
                on = "in" if step_said.startswith("withheld") else "on"  # a withheld day by its month
                text = (f"{zone}'s clock changed by law from {_fmt_utc(was)} to {_fmt_utc(now)} {on} "
                        f"{spoken_bound(step_said, step_day.isoformat())}; your hours "
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
        if len(days) < LOW_TZ_DAYS:
            if level.now == Confidence.HIGH:
                basis += f"; only {len(days)} active days (under {LOW_TZ_DAYS}), so medium at most"
            level.cap(Confidence.MEDIUM)
        if not prior.located() and shared:
            # the zone named is a guess at the country among those keeping this clock: "most likely America/Havana",
            # medium, for Spanish texts (the twenty-fourth pass's second tester). A clock only one country keeps
            # (Chile's DST dates) is named by the activity, not the language: medium at most, as before
            if level.now in (Confidence.HIGH, Confidence.MEDIUM):
                basis += ("; no place evidence but the language written, so low at most" if prior.sources else
                          "; no place evidence, so low at most") + (" (the lull alone fixes the offset only to about "
                                                                     "±1 h, and several countries keep this clock)")
            level.cap(Confidence.LOW)
        elif not prior.located():
            if level.now == Confidence.HIGH:
                basis += "; no place evidence, so medium at most (the lull alone fixes the offset only to about ±1 h)"
            level.cap(Confidence.MEDIUM)
        if not prior.located():
            # no record places the person: the lull fixes the offset to about an hour, and the zone named is where
            # most people on that clock live. The answers the activity leaves open are said with their posterior —
            # an offset, not a zone (a London writer of English read Berlin, low; a Nuuk person of 2023 CET, low)
            if offsets_open is not None:
                # the headlines of the clock findings give their times on each of these clocks (openclocks)
                # (on the answer's summer-time rule only, as ctx.zone_open: another rule's hours move twice a year)
                ctx.offsets_open = [(o["zone"], o["utc_offset_hours"] - best.standard_q / 4) for o in offsets_open
                                    if o["observes_dst"] == best.observes_dst
                                    and o["utc_offset_hours"] != best.standard_q / 4]
                likeliest = format_list([f"{_fmt_utc(o['utc_offset_hours'])}"
                                         f"{' with summer time' if o['observes_dst'] else ''} ({o['zone']}, "
                                         f"{o['posterior']:.0%})" for o in offsets_fitting or offsets_open[:3]],
                                        locale="en")
                caveats.append(f"No record places you, and the activity alone fits every clock from "
                               f"{offsets_range_text(offsets_open)} about equally (likeliest by where more people "
                               f"live: {likeliest}). Read the answer as one of these offsets, not a zone; a login IP, "
                               "a declared city or a shipping address would settle it.")
            elif len(offsets_fitting) > 1:
                said = format_list([f"{_fmt_utc(o['utc_offset_hours'])}"
                                    f"{' with summer time' if o['observes_dst'] else ''} ({o['zone']}, "
                                    f"{o['posterior']:.0%})" for o in offsets_fitting], locale="en")
                caveats.append(f"No record places you, and the activity alone leaves several clocks open: {said}. "
                               "Read the answer as an offset to within an hour or so, not a zone; a login IP, a "
                               "declared city or a shipping address would settle it.")
        ctx.zone, ctx.zone_name = tz, zone
        # the country's other clock the activity fits better (``fits_better``) is said, never read on: a lull alone
        # is a chronotype, not a place — a Beijing night owl read on Ürümqi's clock became "intermediate type", a
        # Jakarta early riser on Jayapura's "asleep 23:30–07:00" (T32B M1; SEASONS' reading clock of this pass taken
        # back); only place evidence (a declared city, a shipping address) moves the zone itself
        clock_change = None
        if best.habit_step is not None:
            at, step, own_is_later = best.habit_step
            # hours the person's own activity moved in UTC (negative: earlier), from that day on
            clock_change = {"on": self._said_bound(NightGate.of(ctx), tz, sorted(fit)[at]),
                            "utc_hours": (-step if not own_is_later else step) / 4}
            if best.law_not_followed:  # the zone's law moved, the person's hours stayed put in UTC
                clock_change.update(utc_hours=0.0, law_not_followed=True)
        offsets_seen = sorted({o / 4 for o, _first, _end in best.segments})
        # the zone's law changed within the home's days (Turkey 2016, Samoa 2011, Mexico 2022, Kazakhstan 2024):
        # each law with its dates, not today's offset alone (T28C L1)
        laws = law_periods(zone, min(fit), max(fit)) if fit and zone in zone_countries() else []
        law_changes = laws if len(laws) > 1 else None
        # a clock put back for a few weeks each year (Morocco's Ramadan hour, tzdb Africa/Casablanca since 2019): said
        # beside the offset as summer time is (T33A L2: "UTC+1" alone)
        back = clock_back(zone, min(fit), max(fit)) if fit and zone in zone_countries() else None
        night_share = sum(best.local[4:24]) / (sum(best.local) or 1)
        if any(d in self.move_days_withheld for d in fit):
            # the fit's profile reads a withheld window's records on the clock the night gives them: the share
            # from the presences outside the window alone, on the zone's clock (Context.hour_read, WINDOW65)
            try:
                ztz: tzinfo = ZoneInfo(zone)
            except (ZoneInfoNotFoundError, ValueError):
                ztz = UTC
            prof = [0] * QUARTERS
            for d, h in fit.items():
                if d not in self.move_days_withheld:
                    o = _offset_q(ztz, d)
                    for q in compress(range(QUARTERS), h):
                        prof[(q + o) % QUARTERS] += 1
            night_share = sum(prof[4:24]) / (sum(prof) or 1)
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
            "place_evidence": describe_sources(prior, self.move_days_withheld),
            # the country the nights are in where two countries' logins share the weeks (the open clocks are said
            # as "kept in" it: T36 M3's "one of the clocks kept in Mexico" for a San Diego sleeper)
            "place_country": _clock_country(zone, sleeps_in or (one_clock[0] if one_clock is not None else top_cc)),
            # the other country of a border life where the clock among those the activity leaves open was named by
            # the people within a day's journey of it, not by the whole country's (T36 M3)
            "named_near": named_near,
            "disagreement": disagreements or None,
            "place_disagreement": place_disagreement,
            # the reasons of the one-level lowering for a disagreement, and the confidence with and without it
            # (exit_caveats undoes it where the orders tell the disagreeing login country an exit)
            # (only where a level was lowered and still is: a later cap to the same level left nothing to undo)
            "lowered_for": lowered_for if lowered_for and level.unlowered != level.now else None,
            "lowering": ({"from": level.unlowered.value, "to": level.now.value}
                         if lowered_for and level.unlowered != level.now else None),
            # the parts' days, unless the shift is a spell of night work at home (self.shifted), whose dates are
            # night-time activity: then dated only with --include-sensitive (sensitive.NightGate), the field kept
            # each day undated where its record (the quarter's first/last) is at night (GATE4)
            "quiet_hours_shift": ({"from": self._said_shift(NightGate.of(ctx), tz, moved)[:2],
                                   "to": self._said_shift(NightGate.of(ctx), tz, moved)[2:],
                                   "utc_hours": round(moved[4], 2)}
                                  if NightGate.of(ctx).dated or not self.shifted else
                                  {"from": None, "to": None, "utc_hours": round(moved[4], 2)})
            if moved is not None and abs(moved[4]) >= shift_h else None,
            "alternatives": alternatives,
            "earlier_zone": earlier,
            "periods": said_periods,
            # two seasonal homes, each on its clock (T31B S2): [{country, from_month, until_month, zone, ...}]
            "seasons": seasons,
            "clock_change": clock_change,
            "law_periods": law_changes,
            "clock_back": back,
            "offsets_fitting": offsets_fitting if offsets_fitting and len(offsets_fitting) > 1 else None,
            # where no record places the person: every clock the activity fits about equally, west to east (T33A M6)
            "offsets_open": offsets_open,
            # the country's other clocks the activity fits better than the answer chosen by head count (T31B Z1:
            # Xinjiang's UTC+6, Asia/Urumqi, under "Shanghai time"): named in the sentence, not only in a caveat
            "fits_better": [{"zone": z, "utc_offset_hours": c.standard_q / 4, "observes_dst": c.observes_dst}
                            for c, z in as_well] or None,
            # the country's other clocks the activity fits about equally where the head count chose the zone
            # (T32B M12), with their hours from it: set below
            "open_zones": None,
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
        if any(d in self.move_days_withheld for d in fit):
            # the records of the days in a window about a switch the gate undated left out of the counts, which
            # otherwise follow the night one-for-one (WINDOW64, T59E 4: "2,170 records support it" was 2,004 for a
            # night three weeks later): the same for every night in the window, the window said beside them
            lull_bins = {(lull_lo + k) % QUARTERS for k in range(LULL_BINS)}
            ev.n_support = ev.n_against = 0
            for d in fit:
                if d in self.move_days_withheld:
                    continue
                o = _offset_q(tz, d)
                for q, x in enumerate(fit[d]):
                    if (q + o) % QUARTERS in lull_bins:
                        ev.n_against += x
                    else:
                        ev.n_support += x
            ev.outside = [window_month(w) for w in NightGate(dated=False, near_move=self.move_days_withheld)._windows]
        open_said = ""
        if ctx.zone_open:
            # the clocks the activity cannot tell apart, named as a range (T32B M12: "most likely America/New_York"
            # for a Los Angeles 23:30 sleeper read as a New York 02:30 one); the head count's pick said as such
            west, east = open_range([(zone, best.standard_q / 4), *((z, best.standard_q / 4 + h)
                                                                    for z, h in ctx.zone_open)])
            open_said = (f"one of the clocks kept in {country_in_text(zone_countries().get(zone))} from {west} to "
                         f"{east}, which the activity cannot tell apart; by where more people live ")
            value["open_zones"] = [{"zone": z, "utc_offset_hours": best.standard_q / 4 + h,
                                    "observes_dst": best.observes_dst, "hours_from_zone": h}
                                   for z, h in open_zones(ctx)]
        if offsets_open and not open_said:
            # the clocks the activity alone cannot tell apart where no record places the person (T33A M6)
            open_said = (f"one of the clocks from {offsets_range_text(offsets_open)}, which the activity alone cannot "
                         "tell apart with no record that places you; by where more people live ")
        summary = (_fmt_utc_q(best.standard_q) + (" with daylight saving" if best.observes_dst else "")
                   + (f", {clock_back_text(back)}" if back else "")
                   + (f" ({law_earlier(law_changes)})" if law_changes else "")
                   + f" — {open_said}most likely {zone}; your quietest hours centre on {_fmt_hours(best.lull_mid)} "
                   + "there" + "".join(f", {shift_hhmm(_fmt_hours(best.lull_mid), h)} on {z}"
                                       for z, h in headline_zones(ctx))
                   + (f"; place evidence: {', '.join(s.name for s in prior.sources)}" if prior.sources else
                      "; no place evidence")
                   + ((alike_said if alike_said and len(disagreements) == 1 else ". Activity and place disagree.")
                      if disagreements else ".")
                   + (f" Two seasonal homes, each on its own clock: {seasons_clocks_text(seasons)}, each year."
                      if seasons else "")
                   + "".join(f" Your activity fits {z} ({_fmt_utc_q(c.standard_q)}), the country's other clock, "
                             "better." for c, z in as_well[:1]))
        return Finding(value=value, confidence=level.now, confidence_basis=basis, evidence=ev, caveats=caveats,
                       summary=summary, **meta)

    def _runs_split(self, ctx: Context, zone_place: Any, ship_days: Any, days: list[date],
                    best: Any, min_runs: int = 3) -> tuple[PeriodSplit, Any] | None:
        """The history read as runs on the clocks of its country (:func:`~.periods.clock_runs`), where they are
        three or more — a move and a move back within one country's clocks, Phoenix → Chicago → Phoenix, which the
        change of summer-time habit (one change, two sides) read as "Los Angeles time since 17 Jul 2023; before,
        Phoenix" (T36B) — each run fitted on the clock it was read on: ``(split, home candidate)``, or None (two runs
        or fewer: :meth:`_habit_split` reads and dates a single change; ``min_runs`` 2 where a zone of another
        country than the logins' won by its own change of law)."""
        ips = _dated_ips(zone_place, days[0], days[-1])
        cc = ips.most_common(1)[0][0] if ips else zone_countries().get(best.zones[0])
        if cc is None:
            return None
        runs = clock_runs(self.days, days, country_clocks(cc, clock_years(days[0], days[-1])))
        if len(runs) < min_runs:
            return None
        parts = split_at_clock_runs(self.days, days, runs, lambda a, b: _dated_ips(zone_place, a, b))
        if parts is None:
            return None
        run_zone = {(r.first, r.last): r.zone for r in parts}
        stepped = _fit_periods(
            self.days, parts, lambda ranges, present: build_prior(zone_place, ctx, ranges, present=present),
            lambda a, b: _dated_ips(zone_place, a, b), lambda a, b: run_zone.get((a, b)))[0]
        if stepped is None:
            return None
        # each period named by its run's zone (the fit's candidate keeps that clock: ``zone_in``)
        for i, r in enumerate(parts):
            c = stepped.answers[i]
            if r.zone in c.zones:
                stepped.answers[i] = dataclasses.replace(c, zones=[r.zone, *(z for z in c.zones if z != r.zone)])
        home_zone = parts[stepped.home].zone
        home_c = next((c for c in stepped.home_cands if home_zone in c.zones), None)
        if home_c is None or any(home_zone not in stepped.answers[i].zones for i in range(len(parts))
                                 if stepped.at_home[i]):
            return None
        home_c.zones.sort(key=lambda z: z != home_zone)
        stepped.home_cands = [home_c, *(c for c in stepped.home_cands if c is not home_c)]
        return stepped, home_c

    def _habit_split(self, ctx: Context, zone_place: Any, ship_days: Any, days: list[date], cut: date,
                     habit_day: date | None, start: datetime | None = None) -> tuple[PeriodSplit, Any] | None:
        """The history cut at ``cut`` for a change of summer-time habit (:func:`~.periods.dst_habit_reading`; the
        later clock read from ``start`` where the day is known), each side fitted on its own (``apart``), and the
        home side's candidate: ``(split, home candidate)``, or None where the sides do not read as a move — the
        later side must keep summer time where the earlier does not (or the other way round), on other zones, and,
        where a season is shared (``habit_day``), on the earlier side's clock in it.

        The summers' quiet hours stay put in UTC before a day and move with summer time after it (or the other way
        round), the winters' the same: a move Phoenix → Denver (T33A M5), each side on its own zone."""
        parts = split_at_dst_habit(self.days, days, cut, lambda a, b: _dated_ips(zone_place, a, b), start)
        stepped = None if parts is None else _fit_periods(
            self.days, parts, lambda ranges, present: build_prior(zone_place, ctx, ranges, present=present),
            lambda a, b: _dated_ips(zone_place, a, b), lambda a, b: period_zone(ship_days, a, b), apart=True)[0]
        if stepped is None:
            return None
        # both sides keep one winter clock (the change's premise): where the home's zone is another (Denver's
        # records read on New York's clock by head count), Phoenix's year on its own clock (UTC−7) and the home's
        # on New York's (UTC−5) put the two sides' nights 2 h apart, and 19 nights were "late" in place of 14
        home_c = stepped.home_cands[0]
        earlier = stepped.answers[0].zones[0]
        # the home side on a clock of the country the logins name (CLK41's rule for one clock and a habit step): a
        # change read from a first cut in the middle of the earlier side's year (Phoenix → Chicago on 1 Jan 2024, cut
        # in July 2023) fitted the later side's half-year of Phoenix and year of Chicago with Nuuk's own change of
        # law, "Nuuk time (America/Nuuk, UTC−2 …) since Jul 2023" (T41B); its own clocks, or no such reading
        cc = ip_home_country(getattr(zone_place, "ip_days", None))
        # — where the activity keeps a night on them: logins from a far VPN exit after the change (Moscow → Berlin
        # with US logins only) put Berlin's night at 21:30 on New York's clock, no move to America
        # (test_a_far_exit_after_the_change_is_no_move_there)
        if cc is not None and zone_countries().get(home_c.zones[0]) != cc:
            own = [c for c in stepped.home_cands if any(zone_countries().get(z) == cc for z in c.zones)
                   and -1.0 <= (c.lull_mid + 12) % 24 - 12 <= 9.0]
            if own:
                home_c = own[0]
                home_c.zones.sort(key=lambda z: zone_countries().get(z) != cc)
            elif not any(zone_countries().get(z) == cc for c in stepped.home_cands for z in c.zones):
                return None

        def shared(c: Any) -> bool:  # the clock agrees with the earlier side's in the season both share (if any)
            return habit_day is None or _offset_hours(c.zones[0], habit_day) == _offset_hours(earlier, habit_day)

        if habit_day is None:
            # no season shared (Phoenix → Chicago): the country's clock that puts the home's night at the earlier
            # side's local hour, where it keeps the home's summer-time rule — one person sleeps at much the same
            # local hours before and after a move (the head count put a Chicago sleeper on New York's clock, her
            # night an hour late there, and dated the move by it; T35 MOVEDATE (c))
            mine = anchor_home_clock(stepped.home_cands, zone_countries().get(home_c.zones[0]),
                                     stepped.answers[0].lull_mid)
            if mine is not None and mine.observes_dst == home_c.observes_dst:
                home_c = mine
            # … and the earlier side the same way, on the home's night: its own fit took the head count's pick
            # among the country's clocks an hour apart — Chicago → Phoenix on Wed 19 Jun 2024 (US logins after
            # the move only) "before, on New York time", the night an hour late there (MOVE54)
            first = stepped.periods[0]
            cc_first = zone_countries().get(stepped.answers[0].zones[0])
            if cc_first is not None and cc_first == zone_countries().get(home_c.zones[0]):
                first_cands = score_zones({d: self.days[d] for d in first.days},
                                          build_prior(zone_place, ctx, [(first.first, first.last)], present=False),
                                          (home_c.lull_mid, PERIOD_LULL_SD_H))
                theirs = anchor_home_clock(first_cands, cc_first, home_c.lull_mid)
                if theirs is not None and theirs.observes_dst == stepped.answers[0].observes_dst:
                    stepped.answers[0] = theirs
                    earlier = theirs.zones[0]
        elif not shared(home_c):
            # where the home side's clock is a head-count pick among its country's clocks (Denver's records
            # with US logins only read on New York's), the country's clock on the earlier side's hours in the
            # season both share that fits the home alike is the home's: the change's premise fixes it (T33A M5
            # without a Mountain-time source: one New York clock and 15 late nights) — Denver's where the
            # winters agree, Los Angeles' where the summers do (T34 M9)
            assert habit_day is not None
            home_c = _same_shared_clock(stepped.home_cands, home_c, earlier, habit_day)
        if shared(home_c) and stepped.answers[0].observes_dst != home_c.observes_dst \
                and not set(stepped.answers[0].zones) & set(home_c.zones):
            # the periods describe the home's clock by its candidate: the one chosen here, not the head count's
            # (a Chicago home period carried New York's utc_offset_hours −5, a Los Angeles one −5 too; T36B)
            stepped.home_cands = [home_c, *(c for c in stepped.home_cands if set(c.zones) != set(home_c.zones))]
            stepped.answers = [home_c if stepped.at_home[i] else a for i, a in enumerate(stepped.answers)]
            return stepped, home_c
        return None

    def _move_pair(self, ctx: Context, zone_place: Any, cands: Sequence[Any], days: Sequence[date], moved_on: date,
                   prior: Any) -> tuple[Any, Any, str, str, list[tuple[str, str]]] | None:
        """The two sides of a single move (``moved_on``: the first day after it) on the clocks of the one country the
        login IPs dated on both sides name, where that country keeps several clocks and no record places the person
        within it (:func:`.timezone.move_pairs_in_country`): ``(before's candidate, after's, before's zone, after's
        zone, the other pairs fitting alike)``, the pair where more of the country's people live first; None
        otherwise (the sides' own fits stand)."""
        last_before = moved_on - timedelta(days=1)
        sides = [_dated_ips(zone_place, days[0], last_before), _dated_ips(zone_place, moved_on, days[-1])]
        countries = set()
        for ips in sides:
            n = sum(ips.values())
            if n < SAME_PLACE_MIN_IPS:
                return None
            cc, top = ips.most_common(1)[0]
            if top < SAME_PLACE_SHARE * n:
                return None
            countries.add(cc)
        if len(countries) != 1:
            return None
        cc = countries.pop()
        if prior.placed.get(cc) or len(country_zones().get(cc, ())) < 2:
            return None
        before_cands = score_zones({d: h for d, h in self.days.items() if d < moved_on},
                                   build_prior(zone_place, ctx, [(days[0], last_before)], present=False))
        pairs = move_pairs_in_country(before_cands, cands, cc)
        if not pairs:
            return None
        b, a, zb, za = pairs[0]
        return b, a, zb, za, [(pb, pa) for _b, _a, pb, pa in pairs[1:]]

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

    def _said_bound(self, gate: NightGate, tz: tzinfo, day: date, last: bool = False) -> str:
        """A UTC day the value states as a bound (``quiet_hours_shift``'s first/last active days of two quarters,
        ``clock_change.on``, the unsettled clock's cut) as the value gives it: ``day`` itself, or — without
        ``--include-sensitive`` — where the bound's own record (the first active 15-minute bin from ``day``'s
        start; for ``last`` the last one before its end) is at night on ``tz`` (the finding's own clock), that
        record's withheld form ("withheld Sat 01:30"), by the rule of the periods' bounds (:meth:`_said_periods`,
        :meth:`.sensitive.NightGate.night_clock`)."""
        midnight = datetime(day.year, day.month, day.day, tzinfo=UTC)
        t = self._bound_record(midnight + timedelta(days=1), False) if last else self._bound_record(midnight, True)
        if not gate.dated and t is not None and day in self.move_days_withheld:
            # a day of a switch the periods undate (LIFE59): withheld too, though its own record be by day — then
            # by its window's months and hour, not its weekday (which would pin the night's beside it: EXAMPLE60),
            # at night too (WINDOW62)
            return withheld_near(t.strftime("%Y-%m-%dT%H:%M:%SZ"), tz, self._window_gate())
        if gate.dated or t is None or gate.night_clock(t, [tz]) is None:
            return day.isoformat()
        return gate.day(t, tz) or day.isoformat()

    def _window_gate(self) -> NightGate:
        """A closed gate whose ``near_move`` is this clock's :attr:`move_days_withheld` (set by
        :meth:`_said_periods`), to say a record in one of its windows by the window's months
        (:meth:`.sensitive.NightGate.window`)."""
        return NightGate(dated=False, near_move=self.move_days_withheld)

    def _said_between(self, gate: NightGate, tz: tzinfo, change: ClockChange, before: str,
                      after: str) -> dict[str, Any]:
        """A move's bracket as the value gives it (``earlier_zone.moved_between``): ``from``, the local day (on
        ``before``'s clock) of the last record of ``change.last_old``, ``to`` the local day (on ``after``'s) of the
        first record from ``change.first_new`` on where the two clocks differ (both local days on ``before``'s
        clock); each withheld where its own record is at night and --include-sensitive is not given ("withheld Sat
        23:00", its month kept in ``from_month``/``to_month``), as the periods' bounds."""
        out: dict[str, Any] = {}
        zb, za = zone_info(before), zone_info(after)
        for key, day, last in (("from", change.last_old, True), ("to", change.first_new, False)):
            assert day is not None
            midnight = datetime(day.year, day.month, day.day, tzinfo=zb).astimezone(UTC)
            t = self._bound_record(midnight + timedelta(days=1), False) if last else self._bound_record(midnight, True)
            # the first record on the later clock where it differs from the earlier one (a move in the shared
            # season: Denver's clock going forward on 10 Mar at 02:00)
            while not last and t is not None and t < midnight + timedelta(days=2) \
                    and t.astimezone(zb).utcoffset() == t.astimezone(za).utcoffset():
                t = self._bound_record(t + timedelta(minutes=15), True)
            # the day's last daytime record where it has one: its last is mostly a night's (23:15), which would
            # withhold the day for the record that says it least
            while last and not gate.dated and t is not None and t >= midnight \
                    and gate.night_clock(t, [tz]) is not None:
                earlier_t = self._bound_record(t, False)
                if earlier_t is None or earlier_t < midnight:
                    break
                t = earlier_t
            out[key] = day.isoformat() if t is None else t.astimezone(zb if last else za).date().isoformat()
            if t is not None and not gate.dated \
                    and date.fromisoformat(out[key]) in self.move_days_withheld:
                # the day of a record beside a switch the periods undate (LIFE59: "between 2024-06-30 and …" beside
                # "to Jun 2024 (day withheld …)"): by its window's months and hour, at night too, never its own
                # month nor weekday (EXAMPLE60; WINDOW62)
                near = self._window_gate()
                span = near.window(date.fromisoformat(out[key]), None)
                out[f"{key}_month"] = window_month(span) if span is not None else out[key][:7]
                out[key] = withheld_near(t.strftime("%Y-%m-%dT%H:%M:%SZ"), zb if last else za, near)
            elif t is not None and not gate.dated and gate.night_clock(t, [tz]) is not None:
                out[key] = gate.day(t, tz) or out[key]
                out[f"{key}_month"] = f"{t.astimezone(tz):%Y-%m}"
        return out

    def _said_shift(self, gate: NightGate, tz: tzinfo, moved: tuple[date, date, date, date, float]) -> list[str]:
        """A :func:`~.timezone.quiet_hours_shift`'s four days (first and last active day of the earlier quarter,
        of the later one) as the value gives them (:meth:`_said_bound`: a first day by its first record, a last
        day by its last)."""
        return [self._said_bound(gate, tz, d, last=bool(i % 2)) for i, d in enumerate(moved[:4])]

    def _windows_said(self) -> str:
        """The windows about the switches the gate undated (:attr:`move_days_withheld`) by their months: "Jun–Aug
        2026", "Jun–Aug 2026 and Oct–Dec 2026"."""
        gate = NightGate(dated=False, near_move=self.move_days_withheld)
        return " and ".join(window_words(w) for w in gate._windows)

    def _active_bins_said(self) -> str:
        """"5947 active 15-minute bins" (UTC day × quarter-hour with a record) — or, where some lie in a window
        about a switch the gate undated (:attr:`move_days_withheld`), those outside every window alone, said so:
        "5210 active 15-minute bins outside Jun–Aug 2026" (WINDOW65: the two records beside the switch fell in a
        bin of their own or in one already active as the night moved, 5947 vs 5948)."""
        n = sum(1 for d, h in self.days.items() if d not in self.move_days_withheld for c in h if c)
        if not self.move_days_withheld:
            return f"{n} active 15-minute bins"
        return f"{n} active 15-minute bins outside {self._windows_said()}"

    def _pinned_days_said(self, anchored: Mapping[str, Any]) -> str:
        """The days whose nights anchor the home's clock (``PeriodSplit.anchored``: ``days``, ``day_list``) as
        :meth:`_fit_days_said` says them: "330 active days", or those outside a window about an undated switch,
        "active days (201 outside Jun–Aug 2026)" (WINDOW64, T59E 2: "the 330 active days on a clock the logins pin"
        was 346 for a night 16 days earlier)."""
        days = anchored.get("day_list")
        return self._fit_days_said(dict.fromkeys(days)) if days else f"{anchored['days']} active days"

    def _fit_days_said(self, fit: Mapping[date, Any]) -> str:
        """"261 active days" for the days the zone is fitted to (``fit``: UTC day → its histogram) — or, where some
        of them lie in a window about a switch the gate undated (:attr:`move_days_withheld`, set without
        --include-sensitive only), those outside every window alone, said so: "active days (201 outside Jun–Aug
        2026)". A count of the days since an undated switch is the night counted back from the last day (T59D 1:
        "fitted to the 261 active days since the move (Jun–Aug 2026 …)" with "Period … – 20 Mar 2027": 20 Mar 2027
        − 260 days was the night); the days outside the window are the same for every night inside it."""
        return NightGate(dated=False, near_move=self.move_days_withheld).count_days(fit, "active day")

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
        (the rule keeps the real bounds: ``tz``, ``ctx.zone``).

        Each local day of the two records beside a switch so undated (on either period's clock, on ``tz`` and in
        UTC) is kept in :attr:`move_days_withheld` (``Context.move_days_withheld``: LIFE59), which every other
        sentence dating the move reads: the home's days, the life events, the clock's own bracket."""
        self.move_days_withheld: frozenset[date] = frozenset()
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
        def night(t: datetime | None) -> bool:
            return t is not None and is_night_at(t, tz)

        def withhold(p: dict[str, Any], key: str, t: datetime) -> None:
            # the bound's month stays (``from_month``/``to_month``): a month is no night's date, and the
            # sentences say it (sensitive.spoken_bound; T33B L1)
            p[f"{key}_month"] = f"{t.astimezone(tz):%Y-%m}"  # the record's own month, on the clock it is said on
            p[key] = said(t)

        if first is not None and night(first):
            withhold(out[0], "from", first)
        if last is not None and night(last):
            withhold(out[-1], "to", last)
        for k in range(1, len(out)):
            start = out[k].get("start")
            if not isinstance(start, str):
                continue
            at = datetime.fromisoformat(start.replace("Z", "+00:00"))
            before, after = self._bound_record(at, False), self._bound_record(at, True)
            # … each on the clock it was lived on (SWITCH59, T56C 3): a record on the earlier clock where it lies
            # before the switch, or inside the earlier period's last day on that clock, or before the later
            # period's first day on its own; on the later one where it lies from the switch on, or past the
            # earlier's last day inside the later's first — both where they disagree: the switch on Berlin's last
            # record, Tue 23:00 (06:00 on Tokyo's clock, a cut by day on both clocks as _day_switch reads them),
            # London's last, Wed 01:30, after a switch at UTC midnight (Tue 20:30 on New York's clock), or before
            # the switch a record of the later clock's first day
            zones = (zone_info(str(periods[k - 1]["zone"])), zone_info(str(periods[k]["zone"])))
            earlier_end, later_start = _day_edges(periods[k - 1], periods[k])
            # each record's other clock, where it is read on one: (record, clock, said on it where at night there)
            others: list[tuple[datetime, tzinfo, bool]] = []
            if earlier_end is not None and later_start is not None:
                if before is not None and before >= max(later_start, earlier_end):
                    others.append((before, zones[1], True))
                if after is not None and after < max(earlier_end, later_start):
                    others.append((after, zones[0], after < earlier_end))
            night_other = [(t, z, said_there) for t, z, said_there in others if is_night_at(t, z)]
            # undated as a whole where either record is at night: a bound said by its day beside the other's
            # weekday would date the night record (the day before a "Wed 01:30" is a Tuesday). The sentences say
            # both by their month (T33B L1), the value keeps each record's weekday and hour — on the clock whose
            # bound day holds it where the switch reads it on the other ("withheld Tue 23:00", Berlin's last
            # evening, not Tokyo's "Wed 06:00"), else on the switch's (a record between the two days: São Paulo's
            # first, Mon 21:30, not Lisbon's "Tue 00:30")
            if night(before) or night(after) or (before is not None and is_night_at(before, zones[0])) \
                    or (after is not None and is_night_at(after, zones[1])) or night_other:
                # every local day of both records, on each clock it may be read on, is withheld everywhere else
                # the move is dated (LIFE59) — and the days of the week around them (T57A 1): the bound's value
                # keeps the record's weekday ("withheld Tue 23:00"), so a login day said within six days of it
                # ("until 2026-06-29", "since 2026-07-02") would leave one Tuesday between them, the night's
                # … by whole calendar months (NEAR61, T58A 1): a window a fixed distance wide is a ruler — the first
                # day dated after it, less seven, is the night — so it runs from the 1st of the month of the
                # earliest such day to the last of the month of the latest, edges the month already says
                # … and by three whole months fixed per switch (WINDOW62, T58E 1): the month before, the month and
                # the month after the switch's first local day on the later clock (``month_window``), wherever the
                # night lies in its month
                clocks = [tz, UTC, *zones]
                anchor_t = after if after is not None else before
                assert anchor_t is not None
                window = month_window(anchor_t.astimezone(zones[1]).date(),
                                      {t.astimezone(c).date() for t in (before, after) if t is not None
                                       for c in clocks})
                self.move_days_withheld |= window
                said_on = {t: z for t, z, said_there in night_other if said_there}
                near = NightGate(dated=False, near_move=window)
                for key, p, t in (("to", out[k - 1], before), ("from", out[k], after)):
                    if t is not None:
                        clock = said_on.get(t, tz)
                        # the bound's months: the window's ("2026-06/2026-08"), not the record's own month — at a
                        # month's edge the two bounds' own months differed ("to Jul 2026", "from Aug 2026"), and
                        # either beside the window placed the night at that edge (WINDOW62)
                        p[f"{key}_month"] = window_month((min(window), max(window)))
                        # … and the bound itself by the window, no weekday, no hour (WINDOW66): "withheld Fri 23:00"
                        # for a night on 3 Jul, "withheld Thu 23:00" for one on 9 Jul — the weekday told one night
                        # in seven in the JSON and batch rows (``start``, ``to``, ``from``, ``earlier_zone.until``)
                        p[key] = withheld_near(format_time(t) or "", clock, near)
                if after is not None:
                    out[k]["start"] = out[k]["from"]
        self._say_bounds_in_windows(out)
        return out

    def _say_bounds_in_windows(self, out: list[dict[str, Any]]) -> None:
        """Say every period bound still dated (``from``/``to``, an ISO local day) that lies in a window about a
        switch the gate undated (:attr:`move_days_withheld`) by that window, as the switch's own bounds are
        (SWITCH62, T59D 5): a second switch by day three weeks after a withheld night-time one — London → New York
        at night, New York → Berlin by day — kept "to 2026-08-19", "from 2026-08-20", and any day said inside the
        window narrows it (the night lay before it). The bound becomes "withheld (near a night-time move) Jun–Aug
        2026" (:func:`.sensitive.withheld_near` of the day: no hour, no weekday, no own month), its ``…_month`` the
        window's ("2026-06/2026-08"), and a later period's ``start`` its ``from`` (the instant dated the switch).
        In place; nothing where no window was set (the gate open, or no switch undated)."""
        if not self.move_days_withheld:
            return
        near = self._window_gate()
        for k, p in enumerate(out):
            for key in ("from", "to"):
                said = p.get(key)
                if not isinstance(said, str) or len(said) != 10:
                    continue
                try:
                    d = date.fromisoformat(said)
                except ValueError:
                    continue
                span = near.window(d, None)
                if span is None:
                    continue
                p[f"{key}_month"] = window_month(span)
                p[key] = withheld_near(said, None, near)
                if key == "from" and k > 0:
                    p["start"] = p["from"]

    # -- local conversion ----------------------------------------------------------------------------
    def _hour_days(self, ctx: Context) -> dict[date, array]:
        """:attr:`days` without the UTC days of a window about a switch the night gate undated
        (:meth:`.engine.Context.hour_read`, WINDOW65): what every reading by local hour bins — the sleep window,
        its late nights, the routine — so that the night's day within the window changes none of them."""
        return {d: h for d, h in self.days.items() if ctx.hour_read(d)}

    def _local_nights(self, ctx: Context) -> tuple[dict[date, list[int]], dict[tuple[date, int], EvidenceItem]]:
        """Histograms per *night date* (the morning's local date), bins r = local quarter + 48 mod 96,
        so r 0 is 12:00 the day before and r 48 is midnight; the records of a withheld window's days left out
        (:meth:`_hour_days`)."""
        nights: dict[date, list[int]] = {}
        ev: dict[tuple[date, int], EvidenceItem] = {}
        by_day = self._evidence_by_day()
        empty: dict[int, EvidenceItem] = {}
        for d, hist in self._hour_days(ctx).items():
            bins = by_day.get(d, empty)
            # s = local quarter counted from d's local midnight; the night (dated by its morning)
            # is d + (s + 48) // 96 and its bin r = (s + 48) % 96 (r 48 = local midnight)
            base = ctx.offset_quarters(d) + 48
            split = ctx.changes_within(d)  # the clock changes within this UTC day: each bin on its own period's
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


    def _own_bins(self) -> dict[date, array]:
        """The own records other than orders per UTC day and quarter (:attr:`.engine.Context.own_bins`: a day with
        orders is a copy)."""
        own = dict(self.days)
        for d, hist in self.orders.days.items():
            own[d] = array("I", (a - b for a, b in zip(self.days[d], hist, strict=True)))
        return own

    def _leave_out_apart(self, ctx: Context) -> int:
        """Take a shared account's other person's orders (:func:`.sharedaccount.read` on the zone just fitted: order
        items at hours the person is otherwise never active, goods of another life) out of the clock's days and its
        evidence; the number taken out (0: none, nothing changed). The SHARED3 leftover (T30C H6 re-read): the time
        zone's examples were the partner's night orders and the quiet hours' centre counted them."""
        ctx.own_bins = self._own_bins()
        shared = sharedaccount.read(ctx, self.orders.items())
        if not shared:
            return 0
        apart = [(d, q, c) for d, q, c in self.orders.items() if sharedaccount.is_apart(ctx, shared, d, q)]
        for d, q, c in apart:
            self.days[d][q] -= c
            self.orders.days[d][q] -= c
            if not any(self.days[d]):
                del self.days[d]
            if not any(self.orders.days[d]):
                del self.orders.days[d]
            item = self.bin_ev[q].get(d)
            if item is not None and item.kind == "amazon.order_item":
                del self.bin_ev[q][d]  # the bin's first record that day was the other person's order
        removed = sum(c for _, _, c in apart)
        self.total -= removed
        return removed

    def finish(self, ctx: Context) -> list[Finding]:
        tz_finding = self._timezone(ctx)
        if self.days and ctx.zone is not None and self._leave_out_apart(ctx):
            # the zone, its quiet hours' centre and its examples read again from the person's own records (the
            # other person's night orders are neither the lull's nor its evidence); every clock finding after it too
            tz_finding = self._timezone(ctx)
        out = [tz_finding]
        local = self._local_nights(ctx) if self.days else ({}, {})
        family = sleep_family(ctx, tz_finding, *local, self.shifted, getattr(self, "zone_by_head_count", None))
        out.extend(family)
        out.append(self._routine(ctx, tz_finding, family[0]))
        scheduled = scheduled_caveat(self.scheduled)
        said = [scheduled] if scheduled is not None else []
        if scheduled is not None:
            # every clock finding says it: each rests on the same records
            for finding in out:
                # after a caveat that must stay first (the text report shows one at its default detail)
                at = 1 if finding.caveats and finding.caveats[0].startswith(FIRST_CAVEATS) else 0
                finding.caveats = [*finding.caveats[:at], scheduled, *finding.caveats[at:]]
            if isinstance(tz_finding.value, dict):
                tz_finding.value["scheduled_left_out"] = {"records": sum(self.scheduled.values()),
                                                          "clients": dict(self.scheduled.most_common())}
        # once the trips are known, the windows may be read again without the nights abroad (set_aside_trip_nights):
        # what sleep_family reads besides the nights (the aggregator's state is released after this)
        ctx.sleep_reread = functools.partial(reread_sleep, ctx, tz_finding, self.shifted,
                                             getattr(self, "zone_by_head_count", None), local, said or None)
        # the own records other than orders, per UTC day and quarter (sharedaccount: orders at hours the person is
        # otherwise never active)
        ctx.own_bins = self._own_bins()
        self.orders = DayBins()
        # the findings hold what they need (values, copied evidence items): release the per-day state
        # before the later aggregators finish and load their own reference data
        self.days = {}
        self.bin_ev = [{} for _ in range(QUARTERS)]
        return out


    # -- routine -------------------------------------------------------------------------------------
    def _routine(self, ctx: Context, tz_finding: Finding, sleep: Finding) -> Finding:
        heat = [[0] * 24 for _ in range(7)]
        per_day: dict[date, list[int]] = {}
        for d, hist in self._hour_days(ctx).items():  # a withheld window's records: no hour (WINDOW65)
            o = ctx.offset_quarters(d)
            split = ctx.changes_within(d)
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
                       + (f"; hours {span}, {ctx.clock_label} time{hours_on_others(ctx, hours[0], hours[-1] + 1)}"
                          if span else "")
                       + "): an account used at work, or only on working days." if only == "weekdays" else
                       f"Active only at weekends ({len(wends)} {free_txt} {plural(len(wends), 'day')}, "
                       f"{count_phrase(len(wdays), 'weekday')}"
                       + (f"; hours {span}, {ctx.clock_label} time{hours_on_others(ctx, hours[0], hours[-1] + 1)}"
                          if span else "")
                       + "): an account for free days.")
            conf = Confidence.MEDIUM if tz_finding.confidence == Confidence.LOW else Confidence.HIGH
            top_day, top_hour = max(((d, h) for d in range(7) for h in range(24)), key=lambda x: heat[x[0]][x[1]])
            return Finding(value={"heatmap": heat, "working_hours": None, "quiet_block": None,
                                  "weekday_daytime_quiet": None, "label": f"{only} only", "active_hours": span,
                                  "peak": {"weekday": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][top_day],
                                           "hour": top_hour},
                                  "days": {"weekday": len(wdays), "weekend": len(wends)},
                                  "zone": ctx.clock_label, "open_zones": open_zones_value(ctx)},
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
                 "days": {"weekday": len(wdays), "weekend": len(wends)}, "zone": ctx.clock_label,
                 # the other clocks the activity leaves open: the headline gives the hours on each (T33B M2)
                 "open_zones": open_zones_value(ctx)}
        if run is None and peak_conf != Confidence.LOW:
            # without a block the peak is what the report says: its confidence is the peak's too
            conf = least_sure(conf, peak_conf)
        total = sum(sum(r) for r in heat)
        # for a quiet block: the weekday records inside it are against, every other record for; without one,
        # every record is for "no block stands out" (M6 of the twenty-fourth pass's tester)
        inside = sum(heat[d][h] for d in range(7) if d not in free for h in range(*run)) if run else 0
        ev = Evidence(n_support=total - inside, n_against=inside)
        summary = routine_block_summary(run, label, sleep, ctx.clock_label,
                                        hours_on_others(ctx, *run) if run else "")
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


def routine_block_summary(run: tuple[int, int] | None, label: str | None, sleep: Finding, clock: str,
                          others: str = "") -> str:
    """The routine summary's first sentence: the quiet weekday block and its label (the weekday sleep window's
    hours for a day sleep), or that none stands out. ``others``: the block's hours on the country's other clocks the
    activity leaves open (:func:`.openclocks.hours_on_others`), said after the clock's name."""
    if run is None:
        return "No quiet weekday working block stands out."
    if label == DAY_SLEEP_LABEL:
        wd = sleep.value["weekday"]  # type: ignore[index]
        return (f"Weekday daytime {run[0]:02d}–{run[1]:02d} ({clock} time{others}) is quiet while weekends are not: "
                f"it is your weekday sleep (≈{wd['start']}–{wd['end']}, see the sleep window), so night or shift work, "
                "not office hours.")
    return (f"Weekday daytime {run[0]:02d}–{run[1]:02d} ({clock} time{others}) is quiet while weekends are not "
            f"({label}).")


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
