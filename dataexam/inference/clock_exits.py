"""VPN and proxy exits told by the clock (T36 H2 onwards), split from :mod:`.proxies` (the exits told by distance and
by the hours of the day), which reads them last in :func:`~.proxies.find_exits`: a country whose login days keep home's
clock — the activity's quiet hours where they are on home's days — though its own clocks are hours away is an exit
the connection leaves by (:func:`read_clock_exits`), and a run of its days on its own clock is a stay there (a real
New York holiday keeps New York's nights). Home's clock (:class:`_HomeClock`) compares a day elsewhere with home's
days of its own kind (weekday, weekend, a night worker's day sleep); a far country used every week whose clocks are
too near home's to tell is read by the week (:func:`far_weekly`, T38 M3).

Shapes: as :mod:`.proxies` — login hours ``{(slot, country): logins}`` with ``slot`` = UTC day ordinal × 24 + UTC
hour; ``day_hists``: the clock aggregator's per-day UTC quarter-hour presences ``{date: [96 counts]}``. Clock shifts
and gaps are in hours; fits and gains in nats (natural-log likelihoods of the UTC profile,
:func:`~.timezone.utc_profile`).
"""

from __future__ import annotations

import bisect
import math
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from itertools import pairwise
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from .proxies import (
    EXIT_WITH_HOME_SHARE,
    ProxyExits,
    country_gap_km,
    slept_in,
    travel_hours,
    waking_day,
)
from .zoneprior import offset_hours

if TYPE_CHECKING:
    from .clock_home import ActivityFits

#: the days of activity a run needs before its clock is read, and how much better (nats) its presences must fit
#: home's own daily profile moved onto one of the country's clocks than that profile (:func:`runs_on_home_clock`)
RUN_CLOCK_MIN_DAYS = 2
RUN_CLOCK_NATS = 3.0


def _fit(hist: Sequence[int], logp: Sequence[float], move: int = 0) -> float:
    """The log-likelihood of the quarter-hour presences ``hist`` under the UTC profile ``logp`` moved by ``move``
    quarter-hours (a clock that many quarters ahead of the profile's: each local hour falls that much earlier in
    UTC)."""
    from .timezone import QUARTERS

    return sum(c * logp[(q + move) % QUARTERS] for q, c in enumerate(hist) if c)


def _home_clock_gains(days: Sequence[date], day_hists: Mapping[date, Sequence[int]], logp: Sequence[float],
                      move: int) -> list[float]:
    """How much better (nats) each of ``days``' activity fits home's profile (``logp``) than that profile moved by
    ``move`` quarter-hours (a stay's clock)."""
    hists = ([1 if c else 0 for c in day_hists[d]] for d in days)
    return [_fit(h, logp) - _fit(h, logp, move) for h in hists]


def _between_logins(own: Sequence[int], elsewhere: Sequence[int], run: Sequence[int]) -> tuple[float, float]:
    """The UTC hour slots between which a run's logins there are a stay's (exclusive): the last login elsewhere
    before its first login there and the first one after its last (``own``, ``elsewhere``: ascending login slots;
    ``run``: its UTC day ordinals); ±inf where there is none."""
    i = bisect.bisect_left(elsewhere, own[bisect.bisect_left(own, run[0] * 24)])
    j = bisect.bisect_right(elsewhere, own[bisect.bisect_left(own, run[-1] * 24 + 24) - 1])
    return (elsewhere[i - 1] if i else -math.inf), (elsewhere[j] if j < len(elsewhere) else math.inf)


#: how much better (nats, summed) a near clock's run of days off a weekly exit's weekend must fit the country's
#: clock than home's to be a trip's (:func:`_near_clock_gain`; TRIP51's grid: trips there 1–3 h from home's
#: −2.8 to −23, the exit left on those days, home's clock kept, −1.7 to +5.5)
NEAR_RUN_CLOCK_NATS = 2.0


def _near_clock_gain(clock: _HomeClock, cc: str, run: Sequence[int], logp: Sequence[float]) -> float:
    """How much better (nats, summed) a run's UTC ``days`` (ordinals) there fit home's profile ``logp`` than that
    profile moved onto the nearest of country ``cc``'s clocks other than home's own hour, within :data:`CLOCK_EXIT_H`
    (below 0: nearer that clock). +inf where no such clock or day: the activity can tell nothing."""
    days = [d for o in run if (d := date.fromordinal(o)) in clock.day_hists]
    moves = {round(x * 4) for x in _clock_shifts(clock.home, cc, days) if round(x * 4) % 96} if days else set()
    if not moves:
        return math.inf
    return min(sum(_home_clock_gains(days, clock.day_hists, logp, m)) for m in moves)


#: a silence of at least this many hours outside home's quiet hours (:data:`JOURNEY_QUIET_HALF_H` either side of
#: their centre) beside a near clock's run of days off a weekly exit's weekend is a journey's
#: (:func:`_journey_silence`):
#: a São Paulo resident's 9-hour flight to New York on the Monday after the US exit's weekend left 10 h without a
#: record (08:30–18:30 at home); home's own days, 8 records a day, have at most 5–6 h without one while awake
JOURNEY_SILENCE_H = 7.0
#: home's quiet hours for :data:`JOURNEY_SILENCE_H`: their centre (:attr:`_HomeClock.lull_utc_h`) ± this many hours
JOURNEY_QUIET_HALF_H = 4.5
#: the largest share of home's days silent over the same hours of the day for such a silence to be a journey's: an
#: office worker's silent working hours are every weekday's, no journey
JOURNEY_SILENCE_SHARE = 0.1
#: … and the most of home's quiet hours (hours) it may hold to be a journey's by itself: a night's sleep and a quiet
#: morning (02:30–15:00, 5 h of them) need another sign (:func:`_journey_silence`); the São Paulo resident's flight
#: to New York, 08:30–18:30 at home, held none
JOURNEY_NIGHT_H = 1.0


def _journey_silence(clock: _HomeClock, off: Sequence[int], gain: float = 0.0) -> bool:
    """Whether a silence (no record at all in ``clock.day_hists``' quarter-hours) of :data:`JOURNEY_SILENCE_H` hours
    or more outside home's quiet hours touches the UTC days ``off`` (ordinals, ascending: a run's days off a weekly
    exit's weekend) or the half days around them, over hours of the day that under :data:`JOURNEY_SILENCE_SHARE` of
    home's days (``clock.days``) are as silent: a flight there or back, no exit left on (TRIP53: a São Paulo
    resident's New York trip Monday to Wednesday flown right after the US exit's weekend read "No trips abroad
    seen."). The silence alone is a night's sleep and a quiet morning as well (TRIP54: a Lisbon resident's Spanish
    exit left on Monday and Tuesday, 12 h without a record from Sunday night to Monday noon, read "1 trip abroad:
    Spain 8–9 May" at medium), so another sign must stand beside it: no night slept inside it (at most
    :data:`JOURNEY_NIGHT_H` of home's quiet hours: the São Paulo resident's flight, 08:30–18:30 at home), the days
    off fit the country's clock better than home's at all (``gain``, :func:`_near_clock_gain`, below 0: a clock
    changed across the silence, however little). A login at home before the silence and the country's after it is
    no sign: the exit switched on reads the same (the Lisbon resident's exit left on Thursday and Friday, home's
    login on Wednesday night)."""
    from .timezone import QUARTERS

    lo, hi = off[0] * QUARTERS - QUARTERS // 2, (off[-1] + 1) * QUARTERS + QUARTERS // 2

    def busy(q: int) -> bool:
        h = clock.day_hists.get(date.fromordinal(q // QUARTERS))
        return bool(h and h[q % QUARTERS])

    marks = [q for q in range(lo - QUARTERS, hi + QUARTERS) if busy(q)]
    for a, b in pairwise(marks):
        if b - a - 1 < JOURNEY_SILENCE_H * 4 or b <= lo or a >= hi:
            continue
        awake = sum(1 for q in range(a + 1, b)
                    if abs((q % QUARTERS / 4 - clock.lull_utc_h + 12) % 24 - 12) > JOURNEY_QUIET_HALF_H)
        if awake < JOURNEY_SILENCE_H * 4:
            continue
        start, length = (a + 1) % QUARTERS, b - a - 1
        quiet = sum(1 for d in clock.days
                    if not any(busy(d.toordinal() * QUARTERS + start + k) for k in range(length)))
        # the other sign: no night slept inside it (JOURNEY_NIGHT_H at most of home's quiet hours), or the days
        # fit the country's clock better at all
        if quiet < JOURNEY_SILENCE_SHARE * len(clock.days) and (length - awake <= JOURNEY_NIGHT_H * 4 or gain < 0):
            return True
    return False


#: a silence beside an exit's run of days off its weekend is a night slept on the country's clock (TRIP58,
#: :func:`_night_on_their_clock`) where it is at least this long (hours; the Auckland resident's night in Honolulu,
#: 23:30–08:00 there, left 8.5 h without a record) …
THEIR_NIGHT_MIN_H = 6.0
#: … at least this share of home's days are as silent over its hours moved onto that clock (a night there as home
#: sleeps one) …
THEIR_NIGHT_SHARE = 0.2


def _night_on_their_clock(clock: _HomeClock, cc: str, off: Sequence[int]) -> bool:
    """Whether a silence (no record in ``clock.day_hists``) of :data:`THEIR_NIGHT_MIN_H` hours or more touching the UTC
    days ``off`` (ordinals, ascending) or the half days around them is a night home sleeps on one of country ``cc``'s
    clocks other than home's own hour and not on home's: at least :data:`THEIR_NIGHT_SHARE` of home's days
    (``clock.days``) are as silent over its hours moved onto that clock, under :data:`JOURNEY_SILENCE_SHARE` of them
    over its own hours (TRIP58, T56A 4: an Auckland resident's Honolulu trip Thursday 11 to Friday 12 May, a 3-hour
    flight each way with in-flight Wi-Fi, slept 23:30–08:00 on Honolulu's clock, 21:30–06:00 on Auckland's, where
    home always has a record before midnight: no flight's silence and too few records for the clock's fit,
    :func:`_near_clock_gain`). An exit left on at home sleeps home's nights: its silences are home's own."""
    from .timezone import QUARTERS

    days = [d for o in off if (d := date.fromordinal(o)) in clock.day_hists]
    if not days or not clock.days:
        return False
    moves = {round(x * 4) % QUARTERS for x in _clock_shifts(clock.home, cc, days) if _clock_apart_h([x]) >= 1.0}
    if not moves:
        return False
    lo, hi = off[0] * QUARTERS - QUARTERS // 2, (off[-1] + 1) * QUARTERS + QUARTERS // 2

    def busy(q: int) -> bool:
        h = clock.day_hists.get(date.fromordinal(q // QUARTERS))
        return bool(h and h[q % QUARTERS])

    def silent_share(start: int, length: int) -> float:
        """The share of home's days with no record over ``length`` quarter-hours from UTC quarter ``start``."""
        return sum(
            1 for d in clock.days if not any(busy(d.toordinal() * QUARTERS + start + k) for k in range(length))
        ) / len(clock.days)

    marks = [q for q in range(lo - QUARTERS, hi + QUARTERS) if busy(q)]
    for a, b in pairwise(marks):
        length = b - a - 1
        if length < THEIR_NIGHT_MIN_H * 4 or b <= lo or a >= hi:
            continue
        start = (a + 1) % QUARTERS
        if silent_share(start, length) >= JOURNEY_SILENCE_SHARE:
            continue
        # a clock m quarters ahead of home's: its hours fall m quarters earlier in UTC, home's same hours later
        if any(silent_share((start + m) % QUARTERS, length) >= THEIR_NIGHT_SHARE for m in moves):
            return True
    return False


def journey_beside(clock: _HomeClock | None, cc: str, slots: Sequence[int]) -> bool:
    """Whether a run of an exit's logins there (``slots``: ascending UTC hour slots) has a journey beside it — a
    journey's silence (:func:`_journey_silence`) or its days' activity on a clock of country ``cc``'s other than home's
    better than on home's by :data:`NEAR_RUN_CLOCK_NATS` (:func:`_near_clock_gain`) — so that it may have been a trip
    on a clock too near home's to tell (TRIP57, T55A 5: an Auckland resident's US exit left on from Thursday evening
    to Friday, home's clock every day and no silence, was said four times "those days may have been a trip", "No trips
    abroad seen." high → medium; a Honolulu trip on those days has its 9-hour flights beside it). False without
    home's clock (nothing to read)."""
    if clock is None or not slots:
        return False
    from .timezone import utc_profile

    off = sorted({s // 24 for s in slots})
    off = list(range(off[0], off[-1] + 1))
    gain = _near_clock_gain(clock, cc, off, utc_profile(clock.day_hists, clock.days))
    return gain <= -NEAR_RUN_CLOCK_NATS or _journey_silence(clock, off, gain) or _night_on_their_clock(clock, cc, off)


def _stay_profile_gains(days: Sequence[date], day_hists: Mapping[date, Sequence[int]],
                        logp: Sequence[float]) -> list[float]:
    """:func:`_home_clock_gains` for a night worker's stay lived by day there (:meth:`_HomeClock.night_there`):
    home's profile moved by the clocks' gap is a day sleep there too, so each day is compared with the stay's own
    profile, read again without the days fitting home's better (the exit's weekend right after the holiday)."""
    from .timezone import utc_profile

    hists = [[1 if c else 0 for c in day_hists[d]] for d in days]
    there = list(days)
    gains: list[float] = []
    for _ in range(CLOCK_EXIT_ROUNDS):
        stay = utc_profile(day_hists, there)
        gains = [_fit(h, logp) - _fit(h, stay) for h in hists]
        kept = [d for d, g in zip(days, gains) if g <= 0]
        if not kept or kept == there:
            break
        there = kept
    return gains


def _edge_days_on_home_clock(days: Sequence[date], gains: Sequence[float]) -> set[date]:
    """Of a stay's ``days`` (ascending, each with activity), the first ones and the last ones whose activity fits
    home's clock better than the stay's (``gains``, :func:`_home_clock_gains`) by :data:`RUN_CLOCK_NATS` together:
    days at home behind the exit right before or after the stay, no home login between (T37 M1: a Berlin
    resident's US exit on the weekend right after a New York holiday ending on a Friday made the holiday "US 1–10
    Mar", for 1–8 Mar). Each cut is the likeliest one (the largest sum from that end); the stay keeps a day."""
    out: set[date] = set()
    best, total, cut = RUN_CLOCK_NATS, 0.0, len(days)
    for i in range(len(days) - 1, 0, -1):
        total += gains[i]
        if total >= best:
            best, cut = total, i
    out.update(days[cut:])
    best, total, head = RUN_CLOCK_NATS, 0.0, 0
    for i in range(cut - 1):
        total += gains[i]
        if total >= best:
            best, head = total, i + 1
    out.update(days[:head])
    return out


def runs_on_home_clock(slots: Sequence[int], home: str, cc: str, home_slots: Sequence[int],
                        day_hists: Mapping[date, Sequence[int]], near_stays: bool = True,
                        weekly: ExitWeek | None = None, aside: Sequence[int] = ()) -> list[int]:
    """Of an exit country's ``slots`` not yet set aside (ascending UTC hour slots), those of its runs (logins with no
    home login between) whose days' activity (UTC quarter-hour presences, ``day_hists``) does not fit the profile of
    the days with a home login moved by the hours between home's clock and one of the country's better by
    :data:`RUN_CLOCK_NATS` than that profile unmoved (a stay there lives on its clock): the country is an exit by
    the distance already, and a run on no clock of its own is the exit's too. A run once needed to fit home's clock
    by those nats to be the exit's, and a weekend's two days, compared with a profile of weekdays over some twenty
    of the country's clocks, missed it: 7 of a Sydney resident's 104 US-exit weekends were "trips abroad: US"
    (T37 H4). Only clocks :data:`CLOCK_EXIT_H` or more from home's round the clock are read (:func:`_clock_apart_h`);
    a run of more than :data:`CLOCK_STAY_MIN_NIGHTS` days in a country with a clock nearer than that (Honolulu's
    beside Auckland's) is a stay the clock cannot tell, left, unless ``near_stays`` is false: the home was named by
    the activity's clock over the country's, whose clocks the activity keeps none of
    (:func:`~.clock_home.home_by_clock`; T39: an Auckland resident's always-on US exit, a login from New Zealand a
    month, had its month-long runs between them left as stays, "Home unclear … United States … night work?"). A stay's
    edge days on home's clock are the exit's (:func:`_edge_days_on_home_clock`). ``weekly``: the weekdays of the
    waking days (:func:`~.proxies.waking_day`, begun at the quiet hours' centre, UTC, its second) on which the
    country is logged in alone in most weeks (:func:`exit_weekdays`): a run of the near clock too short for a stay
    holding two days or more off them is a stay of those days (T40: an Auckland resident's Wednesday-to-Friday
    Honolulu trip beside a US exit Friday evening to Sunday was "No trips abroad seen"), and so is one such day alone
    there beside a night there, on a weekday the exit never uses (:func:`_stay_days`). The profile is the regimes'
    (:func:`~.timezone.utc_profile`: smoothed, 5 % floor) of the days with a home login and of those with the
    country's logins already set aside (``aside``, the distance's: days at home behind the exit, so a weekend exit's
    weekends are compared with weekends too; against weekdays alone, a São Paulo resident's German exit had one of
    104 weekends fit Germany's clock by chance, "1 trip: DE 28–30 Sep", T41B)."""
    from .moves import country_offsets
    from .timezone import presence_hist, utc_profile

    here = sorted({date.fromordinal(s // 24) for s in (*home_slots, *aside)} & day_hists.keys())
    if len(here) < RUN_CLOCK_MIN_DAYS:
        return []
    logp = utc_profile(day_hists, here)
    home_days = {waking_day(s, weekly.lull_utc_h) for s in home_slots} if weekly is not None else set()
    out: list[int] = []
    run: list[int] = []

    def close() -> None:
        days = sorted({date.fromordinal(s // 24) for s in run} & day_hists.keys())
        if len(days) < RUN_CLOCK_MIN_DAYS:
            return
        run_days = sorted({waking_day(s, weekly.lull_utc_h) for s in run}) if weekly is not None else []
        mid = run[len(run) // 2]
        ours, theirs = country_offsets(home, mid), country_offsets(cc, mid)
        if not ours or not theirs:
            return
        moves = {o - h for o in theirs for h in ours}
        apart = sorted(m for m in moves if _clock_apart_h([m / 4]) >= CLOCK_EXIT_H)
        if len(apart) < len(moves) and near_stays:
            if len(days) > CLOCK_STAY_MIN_NIGHTS:
                if weekly is not None:
                    # a long run begun by the exit's own weekend is a stay of its other days (TRIP45)
                    # … and one ended by it likewise (TRIP50: an Auckland resident's Honolulu trip Wednesday to
                    # Friday, the US exit's Saturday and Sunday after it, "United States 10–13 May")
                    lead = _exit_weekend_first(run_days, set(run_days) - home_days, weekly)
                    trail = _exit_weekend_last(run_days, set(run_days) - home_days, weekly)
                    if trail is not None:
                        # … only those of its days that keep home's clock (TRIP55: an Auckland resident's Honolulu
                        # trip Tuesday to Friday read "United States 9–11 May": Honolulu's Friday is Auckland's
                        # Saturday, a day of the exit on home's dates, lived on Honolulu's clock)
                        trail = _back_after_silence(trail, run_days[-1], day_hists, weekly.lull_utc_h, here)
                    out.extend(s for s in run if (lead is not None and waking_day(s, weekly.lull_utc_h) <= lead)
                               or (trail is not None and waking_day(s, weekly.lull_utc_h) >= trail))
                return
            # a shorter run holding days of the week the exit never fills alone is a stay of those days (T40: an
            # Auckland resident's Wednesday-to-Friday Honolulu trip beside a US exit alone on Saturdays, UTC)
            stay, since, until = _stay_days(run_days, set(run_days) - home_days, home, cc, weekly,
                                            weekly.lull_utc_h + 12) if weekly is not None else (set(), 0.0, 0.0)
            if stay:
                # the exit's days between two of the stay's, no home login between, are the stay's too: the trip
                # does not break off for a weekend at home unseen (TRIP56: an Auckland resident's Honolulu trip
                # Thursday to Sunday, its Friday and Saturday Auckland's exit weekend, kept its Thursday evening and
                # its Sunday apart, each too short for a trip: "No trips abroad seen.", high)
                stay |= {o for o in run_days if min(stay) < o < max(stay)}
                out.extend(s for s in run
                           if waking_day(s, weekly.lull_utc_h) not in stay or not since <= s + 0.5 < until)
                return
        ours_run = run
        if weekly is not None and weekly.usual and apart:
            # the weekly exit's own days at home right after the journey back, on home's clock, are the exit's,
            # the run judged without them: a Seoul resident's Berlin trip Wednesday to Friday, home by Saturday
            # behind the German exit to Sunday, no home login between, was one run whose five days together kept
            # home's clock as well, "No trips abroad seen" (TRIP48)
            tail = _exit_days_at_end(run, day_hists, logp, [m / 4 for m in apart], weekly)
            kept = [s for s in run if tail is None or waking_day(s, weekly.lull_utc_h) < tail]
            if tail is not None and len({s // 24 for s in kept}) >= RUN_CLOCK_MIN_DAYS:
                out.extend(s for s in run if waking_day(s, weekly.lull_utc_h) >= tail)
                ours_run = kept
                days = sorted({date.fromordinal(s // 24) for s in kept} & day_hists.keys())
        hist = presence_hist(day_hists, days)
        at_home = _fit(hist, logp)
        # on the country's clock o instead of home's h, each local hour falls (o − h) quarter-hours earlier in UTC
        stay, move = max(((_fit(hist, logp, m), m) for m in apart), default=(-math.inf, 0))
        if stay < at_home + RUN_CLOCK_NATS:
            out.extend(ours_run)
            return
        edges = _edge_days_on_home_clock(days, _home_clock_gains(days, day_hists, logp, move))
        out.extend(s for s in ours_run if date.fromordinal(s // 24) in edges)

    for s in slots:
        if run and bisect.bisect_right(home_slots, run[-1]) != bisect.bisect_right(home_slots, s):
            close()  # a home login between: a new run
            run = []
        run.append(s)
    if run:
        close()
    return out


def _exit_weekend_first(days: Sequence[int], alone: set[int], week: ExitWeek) -> int | None:
    """Of a long run's ``days`` in a country with a clock near home's (ascending waking-day ordinals,
    :func:`~.proxies.waking_day`; ``alone``: those with no home login), the exit's own days at its first end: the
    days alone on the weekdays the exit is alone on most weeks (``week.usual``) before its first other day alone,
    with a day begun at home right before them (a Friday's evening behind the exit), where two days or more alone
    off those weekdays (:data:`RUN_CLOCK_MIN_DAYS`) follow. Returns the last such day (None: none); its last end is
    left as it was (a holiday ended on the exit's Sunday keeps its weekend: test_trip_edge_days). An Auckland
    resident's US exit Friday evening to Sunday, a Los Angeles trip Monday to Wednesday right after it, no home
    login between: one run of six days, left whole as a stay the near clocks (Honolulu's) cannot tell, "United
    States 5–10 May" for 8–10; a São Paulo resident's New York trip likewise (TRIP45). A trip begun on the exit's
    Sunday after a morning at home keeps that Sunday (not alone); a weekend inside the run is the stay's."""
    usual = week.usual
    odd = [o for o in days if o in alone and date.fromordinal(o).weekday() not in usual]
    if len(odd) < RUN_CLOCK_MIN_DAYS:
        return None
    lead = [o for o in days if o < odd[0]]
    # the day begun at home before the weekend (a Friday) goes with it
    weekend = lead[1:] if lead and lead[0] not in alone else lead
    return lead[-1] if weekend and all(o in alone and date.fromordinal(o).weekday() in usual for o in weekend) \
        else None


def _exit_weekend_last(days: Sequence[int], alone: set[int], week: ExitWeek) -> int | None:
    """The first of the exit's own days at a long run's last end (as :func:`_exit_weekend_first` reads its first):
    days alone on the weekdays the exit is alone on most weeks after two days or more alone off them
    (:data:`RUN_CLOCK_MIN_DAYS`), to the run's end. None: none. On a near clock they cannot be told from the trip's
    own weekend, so the trip keeps the days the records can tell and its finding says so
    (:meth:`~.moves.MovesMixin._beside_weekly_exit`): a Johannesburg resident's London trip Wednesday to Friday, the
    UK exit Friday evening to Sunday after it, no home login between, read "United Kingdom 10–14 May" (TRIP50)."""
    odd = [o for o in days if o in alone and date.fromordinal(o).weekday() not in week.usual]
    if len(odd) < RUN_CLOCK_MIN_DAYS:
        return None
    trail = [o for o in days if o > odd[-1]]
    return trail[0] if trail and all(o in alone and date.fromordinal(o).weekday() in week.usual for o in trail) \
        else None


#: the hours of a silence (no record at all) outside home's quiet hours (:data:`JOURNEY_QUIET_HALF_H` either side of
#: their centre) that place the journey home after a trip on a clock near home's (:func:`_back_after_silence`): an
#: Auckland resident's 9-hour flight from Honolulu left 5.6 h of them, a night slept in Honolulu about 1 h
BACK_SILENCE_AWAKE_H = 3.0


def _back_after_silence(trail: int, last: int, day_hists: Mapping[date, Sequence[int]], lull_utc_h: float,
                        here: Sequence[date]) -> int:
    """The first waking day (:func:`~.proxies.waking_day` ordinal, quiet hours centred at ``lull_utc_h`` UTC) of a
    long run's exit days at its last end (``trail`` to ``last``, :func:`_exit_weekend_last`), moved past the journey
    home: the last silence (no record in ``day_hists``' quarter-hours) of :data:`JOURNEY_SILENCE_H` hours or more,
    :data:`BACK_SILENCE_AWAKE_H` of them outside home's quiet hours, over hours of the day fewer than
    :data:`JOURNEY_SILENCE_SHARE` of home's days (``here``) are as silent, ending on one of those days. ``trail``
    where there is none. An Auckland resident's Honolulu trip Tuesday to Friday read "United States 9–11 May":
    Honolulu's Friday is Auckland's Saturday, a day of the exit on home's dates, and the two clocks, 2 h apart, fit
    its day and the exit's Sunday at home alike (−1.2 and +0.7 nats); the flight home, 14 h without a record from
    Honolulu's Friday evening, ends on the Sunday (TRIP55)."""
    from .timezone import QUARTERS

    def busy(q: int) -> bool:
        h = day_hists.get(date.fromordinal(q // QUARTERS))
        return bool(h and h[q % QUARTERS])

    lo = math.floor((trail * 24 + lull_utc_h) * 4) - QUARTERS
    hi = math.ceil(((last + 1) * 24 + lull_utc_h) * 4)
    marks = [q for q in range(lo, hi) if busy(q)]
    back = trail
    for a, b in pairwise(marks):
        length = b - a - 1
        if length < JOURNEY_SILENCE_H * 4 or not trail < waking_day(b // 4, lull_utc_h) <= last:
            continue
        awake = sum(1 for q in range(a + 1, b)
                    if abs((q % QUARTERS / 4 - lull_utc_h + 12) % 24 - 12) > JOURNEY_QUIET_HALF_H)
        start = (a + 1) % QUARTERS
        quiet = sum(1 for d in here
                    if not any(busy(d.toordinal() * QUARTERS + start + k) for k in range(length)))
        if awake >= BACK_SILENCE_AWAKE_H * 4 and quiet < JOURNEY_SILENCE_SHARE * len(here):
            back = waking_day(b // 4, lull_utc_h)
    return back


def days_on_own_clock(slots: set[int], home: str, cc: str, home_slots: Sequence[int],
                      day_hists: Mapping[date, Sequence[int]]) -> set[int]:
    """Of country ``cc``'s login ``slots``, those whose UTC day's activity fits the profile of the days with a home
    login moved onto one of ``cc``'s clocks :data:`CLOCK_EXIT_H` or more from home's better by :data:`RUN_CLOCK_NATS`
    than that profile unmoved (:func:`runs_on_home_clock`'s test, for one day): a stay's day there, not home's."""
    from .moves import country_offsets
    from .timezone import utc_profile

    here = sorted({date.fromordinal(s // 24) for s in home_slots} & day_hists.keys())
    if len(here) < RUN_CLOCK_MIN_DAYS:
        return set()
    logp = utc_profile(day_hists, here)
    out: set[int] = set()
    for s in slots:
        d = date.fromordinal(s // 24)
        if d not in day_hists:
            continue
        hist = [1 if c else 0 for c in day_hists[d]]
        moves = {o - h for o in country_offsets(cc, s) for h in country_offsets(home, s)}
        apart = [m for m in moves if _clock_apart_h([m / 4]) >= CLOCK_EXIT_H]
        if apart and max(_fit(hist, logp, m) for m in apart) >= _fit(hist, logp) + RUN_CLOCK_NATS:
            out.add(s)
    return out


#: a day sleeper's quiet hours are centred from this local hour (home's clock) to this one: a night nurse asleep
#: 07:00–15:30 (centre ≈ 11:15); a night sleeper's 03:15, a late riser's 06:00, never
DAY_SLEEP_FROM_H = 8.0
DAY_SLEEP_TO_H = 20.0
#: a login country whose clocks are all this many hours or more from home's …
CLOCK_EXIT_H = 3.0
#: … is an exit where the activity of this many of its login days or more …
CLOCK_EXIT_MIN_DAYS = 10
#: … has its quiet hours' centre this near home's days' of the same kind of night (hours; weekend nights with
#: home's weekend nights, :class:`_HomeClock`) and nearer them than where its own clock would put it: a stay there
#: moves the quiet hours by its clock's gap
CLOCK_KEEP_H = 2.0
#: … and most of its days (:data:`~.proxies.EXIT_WITH_HOME_SHARE`) have a home day this near before and after them
CLOCK_EXIT_AROUND_DAYS = 7
#: a stay there of more than this many days with logins there alone (no login elsewhere), its activity from the
#: second day on on the country's own clock, is a trip, never the exit's, however its other days keep home's (a
#: 10-day New York holiday of a US VPN's weekend user)
CLOCK_STAY_MIN_NIGHTS = 4
#: a country's days of a kind of night (weekday, weekend) count where they are this many or more (home's clock per
#: kind is read from :data:`CLOCK_EXIT_MIN_DAYS` days of the kind or more)
CLOCK_KIND_MIN_DAYS = 3
#: the most a weekend night's quiet hours are later than a weekday's (hours; the synth scripts' 2 h, 23:30–07:00
#: and 01:30–09:00), where home has too few days of one kind to read it by: the clock of every weekend spent behind
#: a VPN or away is read from the weekdays'
LIE_IN_MAX_H = 2.5
#: a usual weekend night's quiet hours' centre past the weekdays' (hours, UTC days' reading: the synth scripts' 2 h
#: lie-in, 23:30–07:00 and 01:30–09:00, reads 1.4–1.5 h over Saturdays' and Sundays' UTC days, Friday's evening and
#: Sunday's early night mixed in); :func:`_keeps_weekend_nights` reads a near weekly country's nights by it
LIE_IN_USUAL_H = 1.5
#: home's clock is read again with the exits found, this many times at most (:func:`read_clock_exits`)
CLOCK_EXIT_ROUNDS = 3
#: a country with this many login days or more for each of home's is never a clock exit: a VPN switching exits day
#: by day (Germany one day, the US the next, at the same UTC hours) has no home to keep the clock of, and the clock
#: read on home's days is then read on the very logins judged (``test_alternating_countries_are_no_move``); a US
#: exit every weekend has 2 days for home's 5. Waking days, its stays on its own clock left out
#: (:func:`_clock_exit_slots`)
CLOCK_EXIT_MAX_DAYS_RATIO = 0.8
#: a far country (:func:`far_weekly`): its distance from home takes this many hours of travel or more each way
#: (:func:`~.proxies.travel_hours`; beyond a flight of a few hours: Brazil–US 4.2, Germany–Türkiye 2.2,
#: Germany–Poland 0) …
FAR_WEEKLY_TRAVEL_H = 3.5
#: … with a login there in this share or more of the weeks (Monday to Sunday) from its first such week to its last …
FAR_WEEKLY_SHARE = 0.8
#: … and in this many weeks or more (three months)
FAR_WEEKLY_MIN_WEEKS = 13


def far_weekly(home: str, cc: str, days: Sequence[int]) -> tuple[int, int] | None:
    """(weeks with one of ``days``, weeks from the first such week to the last) where country ``cc`` lies
    :data:`FAR_WEEKLY_TRAVEL_H` of travel or more from ``home`` (:func:`~.proxies.country_gap_km`,
    :func:`~.proxies.travel_hours`) and ``days`` (UTC day ordinals of its logins) fall in :data:`FAR_WEEKLY_SHARE` or
    more of the weeks, in
    :data:`FAR_WEEKLY_MIN_WEEKS` or more; else None.

    Why (T38 M3): a São Paulo resident's US exit from Friday evening to Sunday night, a Johannesburg resident's UK
    one, on home's clock, was "Your weekends in United States (104 of 104) are a second home", and a real 3–12 Oct
    Miami holiday read 3–15 Oct (the weekend after it joined). Neither exit rule could tell: each weekend's journey
    fits the gap between Friday afternoon at home and Friday evening there (Brazil–US ≥ 4.2 h of travel), and the
    two countries' clocks are 1–2 h apart, too near for the activity's quiet hours to tell whose clock it keeps
    (:data:`CLOCK_EXIT_H`). A flight of four hours or more there and back every week for months is not impossible,
    but it is far less likely than a VPN, and a weekly life abroad would not keep home's hours; a weekend home within
    a short flight or a drive (a Berliner's in Poland, a Londoner's in Spain) stays a second home, and so does a far
    one of every other weekend (half the weeks: :data:`FAR_WEEKLY_SHARE`). :func:`read_clock_exits` then reads such a
    country as a clock exit whose days need only keep home's clock (:meth:`_HomeClock.keeps` ``near``), its stays on
    its own clock (a 10-day Miami holiday) kept as trips."""
    gap = country_gap_km(home, cc)
    if not days or gap is None or travel_hours(gap) < FAR_WEEKLY_TRAVEL_H:
        return None
    # ordinal 1 (1 January of year 1) is a Monday: weeks Monday to Sunday
    weeks = {(o - 1) // 7 for o in days}
    of = max(weeks) - min(weeks) + 1
    return (len(weeks), of) if len(weeks) >= FAR_WEEKLY_MIN_WEEKS and len(weeks) >= FAR_WEEKLY_SHARE * of else None


#: a near country (:func:`near_weekly`, a flight or a drive away) read by the week: its clocks at least this many
#: hours from home's (nearer, the activity tells nothing: a Berliner's Paris weekends) …
NEAR_WEEKLY_MIN_GAP_H = 1.0
#: … with a login there in this share or more of the weeks from its first to its last (every weekend, not most) …
NEAR_WEEKLY_SHARE = 0.9
#: … this share or more of its login days a Friday, Saturday or Sunday (always the weekend) …
NEAR_WEEKLY_WEEKEND_SHARE = 0.9
#: … and in this many weeks or more (half a year: a season's weekends in the mountains is no exit's pattern)
NEAR_WEEKLY_MIN_WEEKS = 26


#: … where a clock of the country nearer home's than :data:`NEAR_WEEKLY_MIN_GAP_H` is one of a place a weekend
#: reaches: one of the country's towns on that clock (GeoNames, >= 15,000 people, by each town's own zone) within this
#: distance of home's zone's principal place (zone.tab) — a drive of a few hours. Beyond it that clock is left out
#: (:func:`weekend_shifts`). Nearest towns on home's clock in May: Shenzhen 29 km from Hong Kong, Brownsville 8 km from
#: Matamoros, Poland 83 km from Berlin, Germany 218 km from Vienna, Brazil's Chuí 304 km from Montevideo, France 385 km
#: from Madrid — weekend homes (T52B 1: by the zones' principal places alone, Shanghai 1,231 km from Hong Kong, those
#: read VPN exits at high); Chuí 483 km from Buenos Aires (T52C 1: its weekly Brazilian exit read a second home at
#: 600 km), US Mountain 598 km from Edmonton, Spain's Canaries 1,149 km from Lisbon, US Mountain 1,531 km from Mexico
#: City — exits
NEAR_WEEKLY_SAME_CLOCK_KM = 400.0


def weekend_shifts(home: str, cc: str, zone: ZoneInfo | None, own_h: float, shifts: Sequence[float],
                   slot: int) -> list[float]:
    """``shifts`` (hours country ``cc``'s clocks are ahead of home's, whose UTC offset is ``own_h`` hours at UTC hour
    ``slot``) without those under :data:`NEAR_WEEKLY_MIN_GAP_H` from home's whose zones of ``cc`` all lie farther
    than :data:`NEAR_WEEKLY_SAME_CLOCK_KM` from home's zone (``zone``; None: each of ``home``'s zones on ``own_h``),
    by zone.tab's principal places; ``shifts`` unchanged where a place is unknown.

    Why (TRIP53): a Lisbon resident's Spanish exit, a Mexico City resident's US one, every weekend on home's clock
    read "a second home, not trips" and the exit left on past its weekend a trip at high: Spain's Canary clock is
    Lisbon's, US Central Mexico City's, so :func:`near_weekly` found the activity unable to tell. A weekend home
    every week lies within a drive; those clocks are the islands' and Chicago's, a flight away, while a Berliner's
    Polish weekends (Warsaw 520 km) stay a second home."""
    from .gazetteer import distance_km
    from .moves import country_tz, slot_instant
    from .zoneprior import zone_places

    places = zone_places()
    if zone is not None:
        homes = [zone]
    else:
        homes = [z for z in country_tz(home) if abs(_zone_offset_h(z, slot) - own_h) < 1e-6]
    here = [places[z.key] for z in homes if z.key in places]
    if not here:
        return list(shifts)
    t = slot_instant(slot)
    towns = _towns_by_zone(cc)
    out = []
    for x in shifts:
        if abs(x) < NEAR_WEEKLY_MIN_GAP_H:
            theirs = [z for z in country_tz(cc) if abs(offset_hours(z, t) - own_h - x) < 1e-6]
            if not theirs or (towns is None and any(z.key not in places for z in theirs)):
                return list(shifts)
            if towns is not None:  # the country's towns on that clock, each by its own zone
                spots = [p for name, at in towns.items() if abs(offset_hours(ZoneInfo(name), t) - own_h - x) < 1e-6
                         for p in at]
            else:
                spots = [places[z.key] for z in theirs]
            if all(min(distance_km(*s, *p) for p in here) > NEAR_WEEKLY_SAME_CLOCK_KM for s in spots):
                continue
        out.append(x)
    return out


def _towns_by_zone(cc: str) -> dict[str, tuple[tuple[float, float], ...]] | None:
    """Country ``cc``'s gazetteer towns (>= 15,000 people) as {IANA zone the row names: ((latitude, longitude), …)}
    (:func:`~.gazetteer.zone_towns`); None where the gazetteer is missing (then zone.tab's principal places stand
    in)."""
    from .gazetteer import zone_towns

    towns = zone_towns(cc)
    if towns is None:
        return None
    # a zone name tzdata lacks (an old GeoNames alias) cannot be read: left out
    return {z: at for z, at in towns.items() if _known_zone(z)}


def _known_zone(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (KeyError, ValueError, OSError):
        return False
    return True


def near_weekly(home: str, cc: str, days: Sequence[int], shifts: Sequence[float],
                own_h: float = 0.0) -> tuple[int, int] | None:
    """(weeks with one of ``days``, weeks from the first such week to the last) where country ``cc`` lies less than
    :data:`FAR_WEEKLY_TRAVEL_H` of travel from ``home`` (the :func:`far_weekly` countries' complement), its clocks
    (``shifts``: ahead of home's) :data:`NEAR_WEEKLY_MIN_GAP_H` to :data:`CLOCK_EXIT_H` from home's, and ``days``
    (UTC day ordinals of its logins) Friday to Sunday (:data:`NEAR_WEEKLY_WEEKEND_SHARE`) in
    :data:`NEAR_WEEKLY_SHARE` or more of the weeks, in :data:`NEAR_WEEKLY_MIN_WEEKS` or more; else None.

    Why (EXIT43): a Moscow resident's German exit, a Madrid resident's Turkish one, every weekend for a year with the
    activity on home's clock, read "Your weekends in Germany (52 of 52) are a second home, not trips": the clocks
    are 1–2 h apart, under :data:`CLOCK_EXIT_H`, and the journey short enough for a weekend. Such a country is only a
    candidate: :func:`read_clock_exits` sets it aside where its days' quiet hours keep home's clock strictly, nearer
    it than the country's own (:meth:`_HomeClock.keeps` without ``near``); a real weekend home there, slept in on its
    clock, moves them by the gap and stays a second home."""
    gap = country_gap_km(home, cc)
    if not days or not shifts or gap is None or travel_hours(gap) >= FAR_WEEKLY_TRAVEL_H:
        return None
    if min(abs(s) for s in shifts) < NEAR_WEEKLY_MIN_GAP_H or _clock_apart_h(shifts) >= CLOCK_EXIT_H:
        return None
    # the weekend on home's dates (``own_h``: home's UTC offset, hours): west of UTC its Sunday evening is UTC's
    # Monday, east of it its Friday's small hours UTC's Thursday (TRIP53: a Mexico City resident's US exit Friday
    # 19:00 to Sunday 23:00 fell on UTC Saturday to Monday, a third of its days off the weekend)
    edge = 0 if own_h < 0 else 3 if own_h > 0 else 4
    if sum(1 for o in days if (w := date.fromordinal(o).weekday()) >= 4 or w == edge) < (
            NEAR_WEEKLY_WEEKEND_SHARE * len(days)):
        return None
    weeks = {(o - 1) // 7 for o in days}
    of = max(weeks) - min(weeks) + 1
    return (len(weeks), of) if len(weeks) >= NEAR_WEEKLY_MIN_WEEKS and len(weeks) >= NEAR_WEEKLY_SHARE * of else None


def _keeps_weekend_nights(clock: _HomeClock | None, days: Sequence[int], shifts: Sequence[float],
                          every_week: bool) -> bool:
    """Whether the weekend nights of ``days`` (UTC day ordinals of a :func:`near_weekly` country's logins) keep
    home's clock (``clock``: read on home's days with no login elsewhere, never on the exit's own): their quiet
    hours' centre within :data:`CLOCK_KEEP_H` of home's weekend span (:meth:`_HomeClock._span`) and nearer it than
    moved back by any of ``shifts`` (its clocks ahead of home's); or, as near, where ``every_week`` (a login there in
    each week from its first to its last) and the lie-in home's clock leaves is nearer :data:`LIE_IN_USUAL_H` than
    the one any of the country's clocks leaves. Every weekend away, home's weekend is read from its weekdays with a
    lie-in of up to :data:`LIE_IN_MAX_H`, and a clock 1–2 h off falls inside that span either way: a Londoner's
    Paris weekends slept on Paris's clock leave a 0.5 h lie-in on London's (1.5 h on Paris's), a London VPN user's
    German weekends 1.5 h on London's (2.5 h on Berlin's). Friday's weekday night is left out: its evening there
    moves the UTC day's quiet hours."""
    from .timezone import circ_diff_hours, lull_mid_hours, presence_hist

    if clock is None:
        return False
    nights = [d for o in days if (d := date.fromordinal(o)) in clock.day_hists and clock.lie_in(d)]
    if len(nights) < CLOCK_EXIT_MIN_DAYS or not shifts:
        return False
    c, span = lull_mid_hours(presence_hist(clock.day_hists, nights)), clock._span(True)
    kept, moved = _hours_off(c, span), min(_hours_off(c + s, span) for s in shifts)
    if kept > CLOCK_KEEP_H or kept > moved:
        return False
    if kept < moved:
        return True
    weekday = clock.centres[False]
    if not every_week or weekday is None:
        return False
    # a tie: both readings put the nights within home's weekend span; the lie-in each leaves (weekend centre past
    # the weekdays', on home's clock and on the country's) decides, the one nearer a usual lie-in
    lie = circ_diff_hours(c, weekday)
    return abs(lie - LIE_IN_USUAL_H) < min(abs(lie + s - LIE_IN_USUAL_H) for s in shifts)


def _home_offsets_h(home: str, slot: int) -> list[float]:
    """Home's clocks' UTC offsets (hours) at UTC hour ``slot``; [] for a country with no zone."""
    from .moves import country_offsets  # the zones' reading; moves imports nothing of this module at load

    return sorted(o / 4 for o in country_offsets(home, slot))


def day_sleeper(home: str, home_slots: Sequence[int], lull_utc_h: float) -> bool:
    """Whether the quiet hours' centre (``lull_utc_h``, UTC) lies between :data:`DAY_SLEEP_FROM_H` and
    :data:`DAY_SLEEP_TO_H` on each of home's clocks (at the middle home login): a night worker asleep by day."""
    if not home_slots:
        return False
    offs = _home_offsets_h(home, home_slots[len(home_slots) // 2])
    return bool(offs) and all(DAY_SLEEP_FROM_H <= (lull_utc_h + o) % 24 < DAY_SLEEP_TO_H for o in offs)


def hour_span(home: str, slots: Sequence[int]) -> tuple[int, int]:
    """The shortest run of local hours (home's first clock at each slot) holding every one of ``slots``:
    (first, end), the end exclusive, 0–24 (19–22 logins: (19, 23); across midnight, 23–01: (23, 2))."""
    hours = set()
    for s in slots:
        offs = _home_offsets_h(home, s)
        hours.add(int(s % 24 + (offs[0] if offs else 0.0)) % 24)
    ordered = sorted(hours)
    # the widest gap between two hours used (round the clock) is where the span is not
    gaps = [((ordered[(i + 1) % len(ordered)] - h) % 24 or 24, i) for i, h in enumerate(ordered)]
    _, i = max(gaps)
    first = ordered[(i + 1) % len(ordered)]
    end = (ordered[i] + 1) % 24
    return first, end or 24


def _zone_offset_h(zone: ZoneInfo, slot: int) -> float:
    """Zone ``zone``'s UTC offset (hours) at the middle of UTC hour ``slot``."""
    from .moves import slot_instant

    return offset_hours(zone, slot_instant(slot))


def _clock_shifts(home: str, cc: str, days: Sequence[date]) -> list[float]:
    """The hours country ``cc``'s clocks are ahead of ``home``'s (ISO alpha-2; each pair) on the middle of ``days``:
    a stay there moves the quiet hours' UTC centre back by one of them. [] for a country with no zone."""
    from .moves import country_offsets

    mid = days[len(days) // 2].toordinal() * 24 + 12
    return sorted({(a - b) / 4 for a in country_offsets(cc, mid) for b in country_offsets(home, mid)})


def _clock_apart_h(shifts: Sequence[float]) -> float:
    """The hours of the day between home's clock and another country's nearest (``shifts``: its clocks ahead of
    home's, :func:`_clock_shifts`), round the clock: all a day's quiet hours can tell. A clock 22 h behind is 2 h
    ahead: Honolulu (UTC−10) keeps Auckland's (UTC+12, +13 in the southern summer) hours of the day 1–2 h off, and a
    US exit's days on Auckland's clock read "on the US's own clock", the US never set aside (T37 H4: 54 summer
    weekends "in the US"). 0 for none."""
    from .timezone import circ_diff_hours

    return min((abs(circ_diff_hours(s, 0.0)) for s in shifts), default=0.0)


def _hours_off(x: float, span: tuple[float, float]) -> float:
    """The hours (round the clock) from UTC hour ``x`` to the span ``(first, last)`` of UTC hours, 0 within it."""
    from .timezone import circ_diff_hours

    t = circ_diff_hours(x, span[0])
    if 0 <= t <= span[1] - span[0]:
        return 0.0
    return min(abs(t), abs(circ_diff_hours(x, span[1])))


@dataclass(slots=True)
class _HomeClock:
    """Home's clock: the quiet hours' UTC centre of home's days by the kind of night they are (:meth:`lie_in`), a
    day elsewhere compared with home's days of its own kind. Its weekend days were compared with home's weekdays
    once, and the weekend's later sleep and later waking cancelled a 3 h eastward shift: a London resident's
    every-other-weekend Istanbul stays kept "London's clock" (T36B). A kind home has too few days of (every
    weekend behind a VPN or away) is read from the other, within :data:`LIE_IN_MAX_H` of it."""

    day_hists: Mapping[date, Sequence[int]]
    home: str
    #: the quiet hours' centre of home's days, UTC hours
    lull_utc_h: float
    #: {weekend night: home's centre (UTC hours) for its kind of night, None with too few days}
    centres: dict[bool, float | None]
    #: the UTC hour slot of home's middle day's noon (its clock's offset for :meth:`fits_home`)
    mid_slot: int = 0
    #: home's days read (with activity), ascending: its daily profile for a stay's edges (:func:`_clock_exit_slots`)
    days: tuple[date, ...] = ()
    #: the zone of home's country whose clock fits home's quiet hours (:meth:`_fitted_zone`); None: its middle clock
    zone: ZoneInfo | None = None

    @classmethod
    def of(cls, day_hists: Mapping[date, Sequence[int]], home: str,
           home_days: Sequence[date], fits: ActivityFits | None = None) -> _HomeClock | None:
        """Home's clock read from ``home_days`` with activity, or None for fewer than :data:`CLOCK_EXIT_MIN_DAYS`
        (``fits``: the activity's zone fits, whose clock of home's country the time zone finding names first,
        :meth:`_fitted_zone`)."""
        from .timezone import lull_mid_hours, presence_hist

        here = [d for d in home_days if d in day_hists]
        if len(here) < CLOCK_EXIT_MIN_DAYS:
            return None
        clock = cls(day_hists, home, lull_mid_hours(presence_hist(day_hists, here)), {},
                    here[len(here) // 2].toordinal() * 24 + 12, tuple(here))
        clock.zone = clock._fitted_zone(fits)
        kinds: dict[bool, list[date]] = {False: [], True: []}
        for d in here:
            kinds[clock.lie_in(d)].append(d)
        clock.centres = {k: lull_mid_hours(presence_hist(day_hists, v)) if len(v) >= CLOCK_EXIT_MIN_DAYS else None
                         for k, v in kinds.items()}
        return clock if any(c is not None for c in clock.centres.values()) else None

    def _fitted_zone(self, fits: ActivityFits | None = None) -> ZoneInfo | None:
        """The zone of home's country whose clock home's quiet hours (at :attr:`mid_slot`) fit — within two SDs of a
        night's there (:data:`~.timezone.LULL_MID_MEAN_H` ± :data:`~.timezone.LULL_MID_SD_H`) or in a day sleeper's
        band: the one the activity fits best of the country's (``fits``, :meth:`~.clock_home.ActivityFits.clocks`,
        the clock the time zone finding names); else its middle clock; else the clock putting them nearest a
        night's, within two SDs; else the one nearest the middle putting them in the band. Russia's clocks span
        UTC+2 to UTC+12: its middle one (Krasnoyarsk's) put a Vladivostok sleeper's 03:15 at 00:15, and every
        reading of home's clock there (the kind of night, the other country's clocks' gap) was hours off (T42 H1: a
        German exit every weekend was "a second home, not trips")."""
        from .moves import country_tz
        from .timezone import LULL_MID_MEAN_H, LULL_MID_SD_H, circ_diff_hours

        zones = country_tz(self.home)
        if len(zones) <= 1:
            return zones[0] if zones else None
        named = fits.clocks([self.home]).get(self.home) if fits is not None else None
        offs = {z: _zone_offset_h(z, self.mid_slot) for z in zones}
        ranked = sorted(set(offs.values()))
        middle = ranked[len(ranked) // 2]

        def night(z: ZoneInfo) -> float:
            return abs(circ_diff_hours(self.lull_utc_h + offs[z], LULL_MID_MEAN_H))

        def by_day(z: ZoneInfo) -> bool:
            return DAY_SLEEP_FROM_H <= (self.lull_utc_h + offs[z]) % 24 < DAY_SLEEP_TO_H

        fitting = [z for z in zones if night(z) <= 2 * LULL_MID_SD_H or by_day(z)]
        if not fitting:
            return None
        at_named = [z for z in fitting if named is not None and z.key == named[0]]
        at_middle = [z for z in fitting if offs[z] == middle]
        if at_named or at_middle:
            return (at_named or at_middle)[0]
        nights = [z for z in fitting if night(z) <= 2 * LULL_MID_SD_H]
        if nights:
            return min(nights, key=night)
        return min(fitting, key=lambda z: abs(offs[z] - middle))

    def offset_h(self, slot: int) -> float:
        """Home's clock's UTC offset (hours) at UTC hour ``slot``: its fitted zone's (:attr:`zone`), else the middle
        one of its country's (0 for none)."""
        if self.zone is not None:
            return _zone_offset_h(self.zone, slot)
        offs = _home_offsets_h(self.home, slot)
        return offs[len(offs) // 2] if offs else 0.0

    def shifts(self, cc: str, days: Sequence[date]) -> list[float]:
        """The hours country ``cc``'s clocks are ahead of home's (:meth:`offset_h`) on the middle of ``days``:
        :func:`_clock_shifts` from the clock home keeps, not from every clock of its country (Kaliningrad's beside
        Germany's made a Vladivostok resident's German exit "too near home's clock to tell")."""
        from .moves import country_offsets

        mid = days[len(days) // 2].toordinal() * 24 + 12
        own = self.offset_h(mid)
        return sorted({a / 4 - own for a in country_offsets(cc, mid)})

    def lie_in(self, d: date) -> bool:
        """Whether the quiet hours of UTC day ``d`` (centred at :attr:`lull_utc_h`) are a weekend night on home's
        clock: the local date at their centre a Saturday or Sunday (after a Friday's or a Saturday's evening)."""
        local_h = self.lull_utc_h + self.offset_h(d.toordinal() * 24 + int(self.lull_utc_h))
        return date.fromordinal(d.toordinal() + math.floor(local_h / 24)).weekday() >= 5

    def _span(self, weekend: bool) -> tuple[float, float]:
        """Home's centre for the kind of night (UTC hours) as a span: the other kind's, the lie-in added, without."""
        own, other = self.centres[weekend], self.centres[not weekend]
        if own is not None:
            return own, own
        assert other is not None
        return (other, other + LIE_IN_MAX_H) if weekend else (other - LIE_IN_MAX_H, other)

    def fits_home(self, shifts: Sequence[float]) -> bool:
        """Whether home's days' quiet hours lie within two SDs of a night's (:data:`~.timezone.LULL_MID_MEAN_H` ±
        :data:`~.timezone.LULL_MID_SD_H`, local) on home's clock, or nearer it than on the other country's
        (``shifts``: its clocks ahead of home's): else keeping home's clock is no exit's sign (a VPN switching exits
        day by day, Germany and the US, the logins on the US's night: either country could be home, the activity
        no German's). A day sleeper's (centred from :data:`DAY_SLEEP_FROM_H` to :data:`DAY_SLEEP_TO_H` on home's
        clock) fits too: a night worker's days elsewhere are compared with home's day sleep (T37 H5: a Berlin
        night worker's US exit Friday to Sunday, asleep 08–15:30 on Berlin's clock throughout, was 104 trips). Home's
        clock is any one of its country's: the middle one alone put a New York sleeper's 02:50 lull at 00:50 on
        Denver's clock, just past two SDs, and a German or British exit every weekend was "104 trips" (T41B H1)."""
        from .timezone import LULL_MID_MEAN_H, LULL_MID_SD_H, circ_diff_hours

        offs = _home_offsets_h(self.home, self.mid_slot)
        middle = self.lull_utc_h + self.offset_h(self.mid_slot)
        for local in [self.lull_utc_h + o for o in offs] or [middle]:
            if abs(circ_diff_hours(local, LULL_MID_MEAN_H)) <= 2 * LULL_MID_SD_H \
                    or DAY_SLEEP_FROM_H <= local % 24 < DAY_SLEEP_TO_H:
                return True
        off = abs(circ_diff_hours(middle, LULL_MID_MEAN_H))
        return all(off < abs(circ_diff_hours(middle + s, LULL_MID_MEAN_H)) for s in shifts)

    def night_there(self, days: Sequence[date], shifts: Sequence[float]) -> bool:
        """Whether home's days are a day sleeper's (:func:`day_sleeper`'s band on home's clock) and ``days``' quiet
        hours' centre, read on one of the other country's clocks (``shifts``: ahead of home's), lies nearer a night's
        (:data:`~.timezone.LULL_MID_MEAN_H`) than home's centre: a night worker's holiday lived by day on the
        place's clock (a Berliner asleep 08–16 at home, 23:30–07 in New York, is 2 h off home's centre and on
        New York's night; T38 M1: the holiday was "No trips abroad seen" beside a US exit at weekends)."""
        from .timezone import LULL_MID_MEAN_H, circ_diff_hours, lull_mid_hours, presence_hist

        off = self.offset_h(self.mid_slot)
        here = [d for d in days if d in self.day_hists]
        if not here or not shifts or not DAY_SLEEP_FROM_H <= (self.lull_utc_h + off) % 24 < DAY_SLEEP_TO_H:
            return False
        c = lull_mid_hours(presence_hist(self.day_hists, here))
        local = c + self.offset_h(here[len(here) // 2].toordinal() * 24 + 12)
        night = min(abs(circ_diff_hours(local + s, LULL_MID_MEAN_H)) for s in shifts)
        return night < abs(circ_diff_hours(c, self.lull_utc_h))

    def keeps(self, days: Sequence[date], shifts: Sequence[float], min_days: int = CLOCK_EXIT_MIN_DAYS,
              near: bool = False, mixed: bool = False) -> bool | None:
        """Whether the activity on ``days`` keeps home's clock: its quiet hours' centre, per kind of night (of
        :data:`CLOCK_KIND_MIN_DAYS` days or more), within :data:`CLOCK_KEEP_H` of home's (weighted by days) and
        nearer it than moved back by any of ``shifts`` (the other country's clocks ahead of home's: a stay there
        read on its clock; with ``near``, clocks too near home's to tell, :func:`far_weekly`, within is enough);
        None for fewer than ``min_days`` days with activity so compared. With ``mixed`` (a stay's days), where the
        kinds of :data:`CLOCK_KIND_MIN_DAYS` days or more hold fewer than ``min_days`` but all the days hold that
        many, all are read together against home's span from one kind's centre to the other's (T38 M2: a
        Berliner's Tuesday–Sunday New York holiday had two weekday and two weekend nights after its first day, none
        read, and vanished beside a US exit at weekends; Tuesday–Monday three weekday nights, fewer than a stay's
        four)."""
        from .timezone import circ_diff_hours, lull_mid_hours, presence_hist

        kinds: dict[bool, list[date]] = {False: [], True: []}
        for d in days:
            if d in self.day_hists:
                kinds[self.lie_in(d)].append(d)
        parts = [(len(v), lull_mid_hours(presence_hist(self.day_hists, v)), self._span(k))
                 for k, v in kinds.items() if len(v) >= CLOCK_KIND_MIN_DAYS]
        if mixed and sum(p[0] for p in parts) < min_days <= len(kinds[False]) + len(kinds[True]):
            ends = [*self._span(False), *self._span(True)]
            offs = [circ_diff_hours(x, ends[0]) for x in ends]
            both = kinds[False] + kinds[True]
            parts = [(len(both), lull_mid_hours(presence_hist(self.day_hists, both)),
                      (ends[0] + min(offs), ends[0] + max(offs)))]
        n = sum(p[0] for p in parts)
        if n < min_days or not shifts:
            return None
        kept = sum(k * _hours_off(c, span) for k, c, span in parts) / n
        moved = min(sum(k * _hours_off(c + s, span) for k, c, span in parts) / n for s in shifts)
        return kept <= CLOCK_KEEP_H and (near or kept < moved)


def clock_kept_gap(day_hists: Mapping[date, Sequence[int]] | None, home: str, cc: str, days: Sequence[date],
                   home_days: Sequence[date], fits: ActivityFits | None = None) -> float | None:
    """The hours between country ``cc``'s nearest clock and ``home``'s (ISO alpha-2; on the middle of ``days``, its
    days) where they are :data:`CLOCK_EXIT_H` or more and the activity of ``days`` keeps ``home_days``' clock
    (:meth:`_HomeClock.keeps`, weekend nights with home's weekend nights; ``day_hists``: UTC day → 96 quarter-hour
    presences); else None. The weekend second home's gate (:func:`~.place.weekend_split`'s caller: T36 H2)."""
    if not day_hists or not days:
        return None
    # the gap from the clock home keeps, not from every clock of its country (T42 H1: Russia's)
    clock = _HomeClock.of(day_hists, home, home_days, fits)
    if clock is None:
        return None
    shifts = clock.shifts(cc, days)
    gap = min((abs(s) for s in shifts), default=0.0)
    return gap if _clock_apart_h(shifts) >= CLOCK_EXIT_H and clock.keeps(days, shifts) else None


def _runs(days: Sequence[int], apart: set[int]) -> list[list[int]]:
    """``days`` (ascending ordinals) cut into runs whose neighbours are at most two days apart, no day of ``apart``
    between them (a day with no login in a stay does not end it; a day with one elsewhere does)."""
    runs: list[list[int]] = []
    for o in days:
        if runs and o - runs[-1][-1] <= 2 and not any(x in apart for x in range(runs[-1][-1] + 1, o)):
            runs[-1].append(o)
        else:
            runs.append([o])
    return runs


def _waking_gains(run: Sequence[int], day_hists: Mapping[date, Sequence[int]], logp: Sequence[float],
                  shifts: Sequence[float], week: ExitWeek) -> dict[int, float]:
    """{waking day (:func:`~.proxies.waking_day` ordinal, ``week``'s quiet hours) of the login slots ``run`` with
    activity: how much better (nats) it fits home's profile ``logp`` than that profile moved onto the one of
    ``shifts`` (hours from home's) the run's waking days fit best} (:func:`_home_clock_gains`); {} for fewer than
    two such days."""
    from .timezone import presence_hist

    lull = week.lull_utc_h
    if not run:
        return {}
    wake = _waking_hists(day_hists, sorted({s // 24 for s in run}), lull)
    seen = sorted({waking_day(s, lull) for s in run} & {d.toordinal() for d in wake})
    if len(seen) < 2:
        return {}
    hist = presence_hist(wake, list(wake))
    move = max((round(x * 4) for x in shifts), key=lambda m: _fit(hist, logp, m))
    return dict(zip(seen, _home_clock_gains([date.fromordinal(o) for o in seen], wake, logp, move), strict=True))


def _exit_days_at_edges(run: Sequence[int], day_hists: Mapping[date, Sequence[int]], logp: Sequence[float],
                        shifts: Sequence[float], week: ExitWeek) -> int | None:
    """Of a stay's login slots ``run`` (ascending UTC hour slots, no login elsewhere between), the waking days
    (:func:`~.proxies.waking_day` ordinals, on ``week``'s quiet hours) at its first end that fall on the weekdays
    the weekly exit is alone on most weeks (``week.usual``, read on waking days) and do not fit the stay's clock
    (home's profile ``logp`` moved onto the one of the country's clocks, ``shifts`` hours from home's, the run fits
    best) better than home's by :data:`EVEN_DAY_NATS`, with the days before them fitting home's by
    :data:`RUN_CLOCK_NATS`: the exit's days at home before the journey. Returns the last such day (None: none); the
    run's last end is left as it was. A Honolulu resident's German exit Friday evening to Sunday beside a
    Monday-to-Wednesday Berlin trip read
    "Germany 7–10 May" (a Thursday–Friday one "11–14 May"): the exit's Sunday fits Berlin's clock about as well as
    home's weekday profile, and its UTC days, Honolulu's Saturday evening and Sunday morning, joined the stay's
    (TRIP44)."""
    gains = _waking_gains(run, day_hists, logp, shifts, week) if week.usual else {}
    seen = sorted(gains)
    end = None
    for i, o in enumerate(seen[:-1]):  # the stay keeps a day
        # its Friday, begun at home (the run's first day alone), passed over on home's clock by RUN_CLOCK_NATS, cut
        # only with its weekend (a night worker's holiday begun on a Tuesday has its first days on neither)
        usual = date.fromordinal(o).weekday() in week.usual
        if not ((usual and gains[o] > -EVEN_DAY_NATS) or (i == 0 and gains[o] >= RUN_CLOCK_NATS)):
            break
        end = o if usual else end
    # its last end is left as it was: a trip's short last day there, 08–19 in New York, fits a Berliner's weekend
    # clock as well as the exit's Saturday does (test_far_weekend_exit's 9–13 May holiday)
    return end


def _exit_days_at_end(run: Sequence[int], day_hists: Mapping[date, Sequence[int]], logp: Sequence[float],
                      shifts: Sequence[float], week: ExitWeek) -> int | None:
    """Of a short stay's login slots ``run`` (ascending UTC hour slots, no login elsewhere between) on a clock apart
    from home's, the first of the waking days (:func:`~.proxies.waking_day` ordinals, ``week``'s quiet hours) at its
    last end that fall on the weekdays the weekly exit is alone on most weeks (``week.usual``) and fit home's clock
    better than the stay's (home's profile ``logp`` moved onto the one of ``shifts`` the run fits best) by
    :data:`RUN_CLOCK_NATS` each: the exit's days at home after the journey back (None: none; the stay keeps a day).
    A Honolulu resident's Berlin trip Wednesday to Friday, home by Saturday and behind the German exit at 10:00, read
    "Germany 10–14 May": the exit's Saturday shared its UTC day with Berlin's Friday night, slept there (TRIP46)."""
    gains = _waking_gains(run, day_hists, logp, shifts, week) if week.usual else {}
    end = None
    for o in sorted(gains)[:0:-1]:
        if date.fromordinal(o).weekday() not in week.usual or gains[o] < RUN_CLOCK_NATS:
            break
        end = o
    return end


def _off_exit_edges(run: Sequence[int], own: Sequence[int], clock: _HomeClock, logp: Sequence[float],
                    shifts: Sequence[float], week: ExitWeek) -> list[int]:
    """A run's UTC days (ascending ordinals; ``own``: the country's login slots) without those lying mostly (12 h or
    more) within the weekly exit's own days at its first end (:func:`_exit_days_at_edges`)."""
    lead = _exit_days_at_edges([s for s in own if run[0] * 24 <= s < run[-1] * 24 + 24], clock.day_hists, logp,
                               shifts, week)
    if lead is None:
        return list(run)
    start = (lead + 1) * 24 + clock.lull_utc_h
    return [o for o in run if start - o * 24 < 12] or list(run)


def _off_exit_tail(run: Sequence[int], cc: str, clock: _HomeClock, logp: Sequence[float], week: ExitWeek) -> list[int]:
    """A run's UTC days (ascending ordinals) there, in country ``cc``, without those at its last end that fall on the
    weekdays the weekly exit is alone on most weeks (``week.usual``, on UTC days) and do not fit the stay's clock
    better than home's by :data:`EVEN_DAY_NATS` (:func:`_gains_on_their_clock`): the exit's days at home after the
    journey back. A Singapore resident's Los Angeles trip Wednesday to Friday, home by Saturday behind the US exit
    to Sunday, was one run of five UTC days alone there, read as a long stay whose days mostly kept home's clock, "No
    trips abroad seen", and a Wednesday-to-Saturday one "10–14 May" (TRIP48): without the exit's weekend each is the
    short stay it was. Only a run so left short (:data:`CLOCK_STAY_MIN_NIGHTS` days or fewer) is cut: a night
    worker's 10-day New York holiday lived by day keeps its days (test_vpn_weekend_regressions)."""
    gains, _ = _gains_on_their_clock(clock, cc, run, logp)
    out = list(run)
    while len(out) > 1 and date.fromordinal(out[-1]).weekday() in week.usual \
            and gains.get(out[-1], 0.0) > -EVEN_DAY_NATS:
        out.pop()
    return out if len(out) <= CLOCK_STAY_MIN_NIGHTS else list(run)


def _off_exit_weekend(stay: tuple[float, float], own: Sequence[int], elsewhere: Sequence[int],
                      week: ExitWeek) -> tuple[float, float]:
    """A near clock's long stay (UTC hour slots between which its logins are the stay's, exclusive; ``own``: the
    country's login slots, ``elsewhere``: the others', ascending) without the exit's weekend at its first end
    (:func:`_exit_weekend_first` on waking days, ``week``'s quiet hours): a São Paulo resident's New York trip
    Monday to Wednesday right after the US exit's weekend, no home login between, read "5–10 May" (TRIP45)."""
    a, b = stay
    lull = week.lull_utc_h
    inside = [s for s in own if a < s < b]
    if not inside:
        return stay
    days = sorted({waking_day(s, lull) for s in inside})
    home = {waking_day(s, lull) for s in elsewhere[bisect.bisect_left(elsewhere, inside[0] - 24):
                                                    bisect.bisect_right(elsewhere, inside[-1] + 24)]}
    lead = _exit_weekend_first(days, set(days) - home, week)
    if lead is not None:
        a = max(a, (lead + 1) * 24 + lull - 0.5 - 1e-6)
    trail = _exit_weekend_last(days, set(days) - home, week)
    if trail is not None:
        b = min(b, trail * 24 + lull - 0.5)
    return a, b


def _off_exit_weekend_after(stay: tuple[float, float], home: str, cc: str, week: ExitWeek) -> tuple[float, float]:
    """A near clock's short stay (UTC hour slots, exclusive) ended with home's last day before the exit's weekend
    after it (``week``: the exit's days alone on home's waking days, :func:`waking_day`): the stay's logins end with
    that date on the near clock. Its UTC days end half a day off home's: a Sydney resident's Auckland trip
    Wednesday to Friday, the NZ exit Friday evening to Sunday, took the exit's Saturday (Auckland's Sunday by its
    UTC midday) and its Friday 22:30 (Auckland's Saturday 00:30), "New Zealand 10–14 May"; an Auckland resident's
    Sydney trip beside an AU exit "10–13 May" (TRIP49). A trip's own days on the exit's weekend keep the exit's
    clock within a near clock's gap: the data cannot tell them from the exit's, the days it can are kept."""
    a, b = stay
    lull = week.lull_utc_h
    w = last = waking_day(math.ceil(b) - 1, lull)
    while date.fromordinal(w).weekday() in week.usual and w * 24 + lull > a + 24:
        w -= 1
    if w == last:
        return stay
    slot = w * 24 + lull + 12  # home's afternoon of its last day before the exit's weekend
    ends = [(math.floor(slot / 24 + q / 96) - lag + 1) * 24 - q / 4 for lag, q in _near_dates(home, cc, slot)]
    return (a, min(b, math.ceil(max(ends) - 0.5))) if ends else stay


def _home_day_near(at_home: Sequence[int], day: int, side: int) -> bool:
    """Whether a day of ``at_home`` (ascending day ordinals) lies within :data:`CLOCK_EXIT_AROUND_DAYS` before
    (``side`` -1) or after (1) ``day``, or on it."""
    if side < 0:
        i = bisect.bisect_right(at_home, day)
        return i > 0 and day - at_home[i - 1] <= CLOCK_EXIT_AROUND_DAYS
    i = bisect.bisect_left(at_home, day)
    return i < len(at_home) and at_home[i] - day <= CLOCK_EXIT_AROUND_DAYS


def read_clock_exits(found: ProxyExits, kept: set[tuple[int, str]], ip_hours: Mapping[tuple[int, str], int],
                 by_cc: Mapping[str, list[int]], days_of: Mapping[str, set[int]],
                 day_hists: Mapping[date, Sequence[int]],
                 logins: tuple[list[int], list[frozenset[str]]] | None = None,
                 read: tuple[float, dict[int, str]] | None = None, fits: ActivityFits | None = None) -> None:
    """Adds to ``found`` (and ``kept``, the slots set aside) the countries not yet exits whose clocks are all
    :data:`CLOCK_EXIT_H` or more from home's on the middle of their login days and whose days' activity keeps home's
    clock (:class:`_HomeClock`; home's days: those whose logins are all home's or an exit's, read again with each
    exit found, to :data:`CLOCK_EXIT_ROUNDS` times: every weekend behind a US exit or in Istanbul leaves home's
    weekend clock to the exit's days). A country's days are the nights :func:`~.proxies.slept_in` places there where
    :data:`CLOCK_EXIT_MIN_DAYS` are (a Friday's evening logins there follow a night at home), else its login days.
    Its stays on its own clock (:data:`CLOCK_STAY_MIN_NIGHTS`) are trips, kept out, with the logins from the last
    one elsewhere before the stay to the first one after it: a Berlin resident's US exit at weekends set two 10-day
    New York holidays aside (T36B). ``logins``: :func:`~.proxies._sorted_logins` of ``ip_hours``, and ``read``: a quiet
    hours' centre and the nights :func:`~.proxies.slept_in` placed around it, where :func:`~.proxies.find_exits` has
    them (the same nights where home's clock has that centre); ``fits``: the activity's zone fits, for the clock of
    home's country home keeps (:meth:`_HomeClock._fitted_zone`)."""
    home = found.home
    at_home = sorted(days_of[home])
    # the countries other than home logged in each day (the distance rule's exits' slots left out)
    away: dict[int, set[str]] = defaultdict(set)
    for cc, slots in by_cc.items():
        for s in slots:
            if cc != home and (s, cc) not in kept:
                away[s // 24].add(cc)
    wanted: dict[str, tuple[list[float], float]] = {}
    weekly: dict[str, tuple[int, int]] = {}
    strict: set[str] = set()
    # the other clocks' gaps from the one home keeps (its days with no login elsewhere), not from every clock of its
    # country: Kaliningrad's (UTC+2) beside Germany's made a Vladivostok resident's German exit "too near to tell"
    clock0 = _HomeClock.of(day_hists, home, [date.fromordinal(o) for o in at_home if not away.get(o)], fits)
    found.home_clock = clock0
    for cc in sorted(by_cc):
        if cc == home or cc in found.logins:
            continue
        own = sorted(days_of[cc])
        # among days at home: a home day within CLOCK_EXIT_AROUND_DAYS before and after most of its days (a move's
        # logins, the old country's in one run before the new one's, at the same UTC hours, are no exit)
        around = sum(1 for o in own if _home_day_near(at_home, o, -1) and _home_day_near(at_home, o, 1))
        dated = [date.fromordinal(o) for o in own]
        shifts = clock0.shifts(cc, dated) if clock0 is not None else _clock_shifts(home, cc, dated)
        gap = min((abs(s) for s in shifts), default=0.0)
        # a near country's clocks a weekend can reach (TRIP53: Spain's Canary clock, Lisbon's, is an island's)
        reach, held, own_h = shifts, None, 0.0
        if shifts and _clock_apart_h(shifts) < CLOCK_EXIT_H:
            mid = dated[len(dated) // 2].toordinal() * 24 + 12
            offs = _home_offsets_h(home, mid) or [0.0]
            own_h = clock0.offset_h(mid) if clock0 is not None else offs[len(offs) // 2]
            reach = weekend_shifts(home, cc, clock0.zone if clock0 is not None else None, own_h, shifts, mid)
        if around >= EXIT_WITH_HOME_SHARE * len(own) and shifts and (
                _clock_apart_h(shifts) >= CLOCK_EXIT_H or (held := far_weekly(home, cc, own)) is not None
                or (held := near_weekly(home, cc, own, reach, own_h)) is not None):
            if held is not None and far_weekly(home, cc, own) is None:
                shifts = reach  # read by the clocks a weekend there can reach
                gap = min((abs(s) for s in shifts), default=0.0)
            wanted[cc] = (shifts, gap)
            if _clock_apart_h(shifts) < CLOCK_EXIT_H:
                weekly[cc] = held  # a clock too near to tell: the weeks do (T38 M3)
                if far_weekly(home, cc, own) is None:
                    strict.add(cc)  # near: its days must keep home's clock, not merely be near it (EXIT43)
    exits: dict[str, list[int]] = {}
    unsure: dict[str, list[tuple[int, int]]] = {}
    nights: dict[int, str] | None = None
    for _ in range(CLOCK_EXIT_ROUNDS):
        clock = _HomeClock.of(day_hists, home, [date.fromordinal(o) for o in at_home if away[o] <= exits.keys()],
                              fits)
        if clock is None:
            break
        if nights is None:
            nights = read[1] if read is not None and read[0] == clock.lull_utc_h else \
                slept_in(ip_hours, clock.lull_utc_h, logins)
        unsure_now: dict[str, list[tuple[int, int]]] = defaultdict(list)
        found_now = {cc: slots for cc, (shifts, gap) in wanted.items()
                     if clock.fits_home(shifts)
                     and (cc not in strict or _keeps_weekend_nights(clock0, sorted(days_of[cc]), shifts,
                                                                    weekly[cc][0] == weekly[cc][1]))
                     and (slots := _clock_exit_slots(clock, cc, shifts, by_cc, nights, cc in weekly,
                                                     unsure_now[cc]))}
        if found_now == exits:
            break
        exits, unsure = found_now, unsure_now
    for cc, slots in exits.items():
        found.logins[cc] = sum(ip_hours[(s, cc)] for s in slots)
        found.days[cc] = len({s // 24 for s in slots})
        if cc in weekly:
            found.weekly[cc] = weekly[cc]
            if unsure.get(cc):
                found.unsure[cc] = unsure[cc]
        else:
            found.clock[cc] = wanted[cc][1]
            own = sorted(days_of[cc])
            found.clock_mid[cc] = own[len(own) // 2] * 24 + 12  # where _HomeClock.shifts read the gap
        kept.update((s, cc) for s in slots)


def on_own_clock(day_hists: Mapping[date, Sequence[int]] | None, home: str, cc: str,
                  days_of: Mapping[str, set[int]], days: set[int], fits: ActivityFits | None = None) -> bool:
    """Whether the activity on ``days`` (day ordinals of country ``cc``'s logins switching with ``home``'s faster
    than travel allows) is on ``cc``'s clock, :data:`CLOCK_EXIT_H` or more from home's (home's clock read from its
    days with no login elsewhere; :meth:`_HomeClock.keeps` False): then ``cc`` is where the person is and home's
    logins the exit on them, and ``cc`` is never set aside (a Berlin resident moved to Tokyo, a German VPN each
    evening, was "You live in Germany", the Japanese logins set aside; the clock and the move now read them)."""
    if not day_hists:
        return False
    others = set().union(*(v for k, v in days_of.items() if k != home))
    dated = [date.fromordinal(o) for o in sorted(days)]
    clock = _HomeClock.of(day_hists, home, [date.fromordinal(o) for o in sorted(days_of[home] - others)], fits)
    if clock is None:
        return False
    shifts = clock.shifts(cc, dated)
    if _clock_apart_h(shifts) < CLOCK_EXIT_H:
        return False  # a clock of cc keeps home's hours of the day (round the clock): the activity tells no cc
    return clock.keeps(dated, shifts) is False


def _clock_exit_slots(clock: _HomeClock, cc: str, shifts: Sequence[float], by_cc: Mapping[str, list[int]],
                      nights: Mapping[int, str], near: bool = False,
                      unsure: list[tuple[int, int]] | None = None) -> list[int]:
    """Country ``cc``'s login slots that are a clock exit (:func:`read_clock_exits`), its stays on its own clock left
    out (from the journey there to the journey back: their first and last days on home's clock, behind the exit at
    home, are the exit's, :func:`_edge_days_on_home_clock`, :func:`_journey_start`); [] where its days do not keep
    home's clock (``near``: a far weekly country's clocks too near home's to tell, :func:`far_weekly`; kept
    within :data:`CLOCK_KEEP_H` is enough). ``unsure`` gets the (first, last) UTC hour slots of each run between
    days at home read as before TRIP51 whose days fit home's clock as well, no journey's silence beside them
    (:attr:`~.proxies.ProxyExits.unsure`)."""
    from .timezone import utc_profile

    stays: list[tuple[float, float]] = []  # UTC hour slots between which its logins are a stay's
    own = sorted(by_cc[cc])
    logp: list[float] | None = None
    elsewhere = sorted({s for k, ss in by_cc.items() if k != cc for s in ss})
    # days with logins there alone: a VPN's days hold home's logins too, a holiday's do not (its first day, the
    # journey's, is the last elsewhere's)
    apart = {s // 24 for s in elsewhere}
    seen = sorted(set(own) | set(elsewhere))
    alone = sorted({s // 24 for s in own} - apart)
    week = ExitWeek.of(alone, clock.lull_utc_h, nights)
    # the same on waking days (home's dates, as the quiet hours end them): a Honolulu resident's exit Friday evening
    # to Sunday is alone on Saturday and Sunday there, on UTC Sunday alone
    wweek = ExitWeek.of(sorted({waking_day(s, clock.lull_utc_h) for s in own}
                               - {waking_day(s, clock.lull_utc_h) for s in elsewhere}), clock.lull_utc_h, nights)
    their: tuple[float, dict[int, str]] | None = None  # the nights slept_in places on a stay's own clock

    def trim(stay: tuple[float, float], here: Sequence[float]) -> tuple[float, float]:
        """A stay's bounds (UTC hour slots, exclusive) with the weekly exit's days at its first end left out
        (:func:`_exit_days_at_edges`): a Honolulu resident's Berlin trip from Monday had the German exit's Sunday
        before it, "7–10 May" for 8–10 (TRIP44)."""
        a, b = stay
        lead = _exit_days_at_edges([s for s in own if a < s < b], clock.day_hists, logp or [0.0] * 96, here, wweek)
        if lead is not None:
            a = max(a, (lead + 1) * 24 + clock.lull_utc_h - 0.5 - 1e-6)
        return a, b

    for run in _runs(alone, apart):
        if not near and len(run) > CLOCK_STAY_MIN_NIGHTS and wweek.usual:
            # a long run begun or ended by the weekly exit's own days on home's clock is read without them: a New
            # York resident's Monday-to-Wednesday Berlin trip after the German exit's weekend, its UTC days read
            # together, kept home's clock, "No trips abroad seen" (TRIP44)
            if logp is None:
                logp = utc_profile(clock.day_hists, clock.days)
            run = _off_exit_edges(run, own, clock, logp, _clock_shifts(clock.home, cc, [date.fromordinal(o)
                                                                                     for o in run]), wweek)
            run = _off_exit_tail(run, cc, clock, logp, week)
        # the run's first day's quiet hours come before its first login there: read from the next day on
        inside = [date.fromordinal(o) for o in run[1:]]
        # a far weekly exit's clock too near home's to tell (T40): a short run holding days of the week the exit
        # never fills alone (a São Paulo resident's Wednesday-to-Friday New York trip, the US exit's days alone
        # Saturday and Sunday) is a stay of those days, the exit's usual days at its ends left to the exit
        told = False
        if near:
            # on a near clock a run's days off the exit's weekend are a trip's only where its activity there fits
            # the country's clock better than home's (TRIP51): else they are the exit's, left on past its weekend
            # with home's clock kept, and a trip there lived on home's hours reads the same — no stay, said by the
            # trips finding (:meth:`~.moves.MovesMixin._exit_off_weekend`). A Johannesburg resident's UK exit left
            # on Monday to Wednesday read "1 trip abroad: United Kingdom 8–10 May 2023" (medium); a London trip
            # Monday to Wednesday, its days an hour behind, "No trips abroad seen." (high)
            if logp is None:
                logp = utc_profile(clock.day_hists, clock.days)
            off = [o for o in run if date.fromordinal(o).weekday() not in week.usual]
            # (TRIP52) only a run begun or ended by one of the exit's usual days is the exit left on past its
            # weekend: a run between days at home (a São Paulo resident's New York trip Tuesday to Wednesday, a
            # Johannesburg resident's London holiday Tuesday to the Thursday week after, the weekend inside) is
            # read as before TRIP51, its days' clock a trip's or not alike (1 h apart, their fit −2 to +5 nats)
            if not {date.fromordinal(run[0]).weekday(), date.fromordinal(run[-1]).weekday()} & week.usual:
                # (TRIP53) still a trip, but where its days fit home's clock as well and no journey's silence lies
                # beside them the exit switched on midweek reads the same: said, never a trip at high (the UK exit
                # on Tuesday and Wednesday alone read "1 trip abroad: United Kingdom 9–10 May 2023." at high)
                if unsure is not None and off and (gain := _near_clock_gain(clock, cc, off, logp)) > \
                        -NEAR_RUN_CLOCK_NATS and not _journey_silence(clock, off, gain):
                    unsure.append((run[0] * 24, run[-1] * 24 + 23))
                off = []
            if off and (gain := _near_clock_gain(clock, cc, off, logp)) > -NEAR_RUN_CLOCK_NATS:
                # (TRIP53) unless a journey's silence lies beside those days: the trip is then read as before
                # TRIP51 (a São Paulo resident's New York trip Monday to Wednesday flown after the US exit's
                # weekend, 10 h without a record, its days 1 h off home's clock alike: "No trips abroad seen.")
                if not _journey_silence(clock, off, gain):
                    continue
                off = []
            told = bool(off)
        if len(run) <= CLOCK_STAY_MIN_NIGHTS:
            if not near:
                # a clock apart from home's (T41: a Berliner's Tuesday-to-Thursday New York trip beside a US exit
                # Friday evening to Sunday, "No trips abroad seen"): its days off the exit's weekdays not on home's
                # clock are a stay of those days as a near clock's are (:func:`_stay_days`), where they fit the
                # country's clock by RUN_CLOCK_NATS together or a night there was slept on its clock (EVEN_DAY_NATS)
                if logp is None:
                    logp = utc_profile(clock.day_hists, clock.days)
                gains, lull = _gains_on_their_clock(clock, cc, run, logp)
                maybe = [o for o in run if o in gains and date.fromordinal(o).weekday() not in week.usual]
                if maybe:
                    if their is None or their[0] != lull:
                        their = (lull, {n: k for n, k in slept_in({(s, k): 1 for k, ss in by_cc.items()
                                                                   for s in ss}, lull).items()
                                        if quiet_around(clock.day_hists, n * 24 + lull)})
                    # a day there alone beside a night slept there on its clock is the stay's however it fits
                    # home's: a London day 08:00–19:00 fits a Mumbai resident's clock by 2 to 6 nats, as the UK
                    # exit's weekend days do (T41B: Monday–Tuesday to Thursday–Friday trips "No trips abroad seen")
                    odd = [o for o in maybe if gains[o] < EVEN_DAY_NATS
                           or cc in (their[1].get(o), their[1].get(o + 1))]
                    # the trip's own days after them on the exit's weekdays, on its clock (_own_days_after): a
                    # Friday-to-Sunday trip has one such day and its Saturday
                    ahead = _own_days_after(odd, run, gains) if odd else []
                    told = bool(odd) and (sum(gains[o] for o in ahead) <= -RUN_CLOCK_NATS or any(
                        cc in (their[1].get(o), their[1].get(o + 1)) for o in odd))
                    if told and (len(ahead) > len(odd) or _stay_days(odd, set(odd), clock.home, cc,
                                                                     replace(week, nights=their[1]), 12.0)[0]):
                        odd = _nights_beside(odd, own, elsewhere, cc, replace(week, nights=their[1]), lull)
                        odd = _own_days_after(odd, run, gains)
                        here = _clock_shifts(clock.home, cc, [date.fromordinal(o) for o in run])
                        a, b = trim(_odd_days_stay(odd, own, elsewhere, lull), here)
                        if their[1].get(odd[-1] + 1) != cc:
                            # its last night not slept there (no quiet night there): the stay ends as that night's
                            # quiet hours begin, the exit's logins in them (home's evening) the exit's (TRIP47: a
                            # Tokyo resident's Los Angeles trip Wednesday to Friday took the US exit's Saturday
                            # 19:00 at home, Los Angeles' 03:00, "United States 10–13 May")
                            b = min(b, math.ceil(odd[-1] * 24 + 24 + lull - NIGHT_QUIET_H - 0.5))
                        # the exit's own days right after it, on home's clock, stay the exit's (TRIP46)
                        tail = _exit_days_at_end([s for s in own if a < s < b], clock.day_hists, logp, here, wweek)
                        stays.append((a, b if tail is None else min(b, tail * 24 + clock.lull_utc_h)))
                continue
            odd, since, until = _stay_days(run, set(run), clock.home, cc, week, 12.0, wweek.usual)
            if not odd and told:
                # its days off the exit's weekend too few for _stay_days, but on the country's clock: the run is
                # the stay, from the last login elsewhere to the next (TRIP51: an Auckland resident's Sydney trip
                # Friday to Sunday, the AU exit's weekend its own, "No trips abroad seen")
                stays.append(_between_logins(own, elsewhere, run))
            elif odd:
                a, b = _odd_days_stay(sorted(odd), own, elsewhere, clock.lull_utc_h)
                # a day joined on the near clock's dates holds the stay's logins to that date's end there; the
                # exit's own weekend right before it, on home's waking days, stays the exit's (TRIP46: a Sydney
                # resident's NZ exit Sunday joined an Auckland trip Monday to Wednesday as New Zealand's Sunday,
                # "7–10 May")
                stay = _off_exit_weekend((a if since == -math.inf else max(a, math.ceil(since - 0.5) - 1),
                                          b if until == math.inf else min(b, math.ceil(until - 0.5))),
                                         own, elsewhere, wweek)
                stays.append(_off_exit_weekend_after(stay, clock.home, cc, wweek))
            continue
        # the country's clocks on the run's own dates: a summer stay read by a winter shift is off by the hour a
        # near clock's whole gap is (a Johannesburg resident's October in London, 1 h behind, read 2 h behind,
        # was as near home's clock as London's: T38 M3)
        here = _clock_shifts(clock.home, cc, inside) if inside else shifts
        held = clock.keeps(inside, here, CLOCK_STAY_MIN_NIGHTS, mixed=True)
        by_day = held is not False and clock.night_there(inside, here)
        i = bisect.bisect_left(elsewhere, own[bisect.bisect_left(own, run[0] * 24)])
        j = bisect.bisect_right(elsewhere, own[bisect.bisect_left(own, run[-1] * 24 + 24) - 1])
        first: float = elsewhere[i - 1] if i else -math.inf
        last: float = elsewhere[j] if j < len(elsewhere) else math.inf
        if not by_day and held is not False:
            # on a near clock home's clock kept tells nothing: a run of two days or more alone off the exit's
            # weekdays beside its weekend is a stay of those days (TRIP50: a Johannesburg resident's London trip
            # Monday to Wednesday right after the UK exit's weekend, no home login between, "No trips abroad seen");
            # not where the run's days are enough to tell and keep home's clock (held: T49B, the exit left on a
            # whole week, home's hours kept, read "1 trip abroad: Australia 8–12 May 2023")
            # (TRIP51: or where its days off the exit's weekend are on the country's clock, told above — a
            # Johannesburg resident's London trip Monday to Wednesday, its run keeping home's clock as a whole)
            if near and (held is None or told) and (
                    (cut := _off_exit_weekend((first, last), own, elsewhere, wweek)) != (first, last) or told):
                stays.append(cut)
            continue
        # its first and last days on home's clock are the exit's (a US exit's weekend right after a New York
        # holiday, no German login between: T37 M1), the stay's clock the one of its own its days fit best; where its
        # first day keeps home's clock (begun at home: the journey's, behind the exit), its logins the day before are
        # not the stay's either (a Friday evening behind the exit before a holiday begun on the Saturday), nor those
        # the day after its last such day
        if near and not by_day and clock.keeps(inside, here, CLOCK_STAY_MIN_NIGHTS, near=True, mixed=True) is False:
            # its activity hours off home's, more than the near clock's gap (a São Paulo night worker's New York
            # holiday lived by day): its edge days are told by the stay's own profile (T40: the US exit's Friday to
            # Sunday after it, no home login between, joined it, "3–15 Oct" for 3–12)
            by_day = True
        elif near and not by_day:
            # clocks too near home's to tell (a São Paulo resident's New York, an hour apart): a day's activity
            # cannot say which side of the journey it was on, so the stay runs from the last login elsewhere to the
            # next (T39: a holiday's Tuesday and Wednesday, never days of the Friday-to-Sunday exit, were cut as days
            # on home's clock, "10–14 May" for 9–14)
            stays.append(_off_exit_weekend((first, last), own, elsewhere, wweek))
            continue
        days = [date.fromordinal(o) for o in run if date.fromordinal(o) in clock.day_hists]
        if logp is None:
            logp = utc_profile(clock.day_hists, clock.days)
        gains = _edge_gains(clock.day_hists, days, here, logp, by_day)
        inner = [d.toordinal() for d in days if d not in _edge_days_on_home_clock(days, gains)]
        if inner[0] != days[0].toordinal():
            first = max(first, inner[0] * 24 - 1)
        elif gains[0] > 0:
            first = max(first, _journey_start(seen, first, run[0], travel_hours(country_gap_km(clock.home, cc) or 0.0)))
        # its last days as home's quiet hours end them (waking days, :func:`waking_day`): UTC days split a night
        # worker's Friday behind the exit from the holiday's last New York evening only at midnight UTC, and that
        # Friday's logins joined the holiday (T38 M1: "3–13 Oct" for 3–12). Its first days stay UTC days: the
        # journey's day (a morning at home, the evening there) is one waking day, read by _journey_start above
        lull = clock.lull_utc_h
        wake = _waking_hists(clock.day_hists, run, lull)
        wdays = sorted(wake)
        wgains = _edge_gains(wake, wdays, here, logp, by_day) if wdays else []
        tail = [d.toordinal() for d in wdays if d not in _edge_days_on_home_clock(wdays, wgains)]
        if tail and tail[-1] != wdays[-1].toordinal():
            last = min(last, math.ceil(tail[-1] * 24 + 24 + lull - 0.5))
        elif tail and wgains[-1] > 0:
            last = min(last, run[-1] * 24 + 24)
        if not near and not by_day:
            first, last = trim((first, last), here)
        if not near and not by_day:
            last = min(last, _after_last_night(clock, cc, here, days, logp, by_cc, (first, last)))
        if near:
            # read by the stay's own profile, the exit's weekend alone before it on a near clock is no different
            # from the stay's first days: an Auckland resident's Sydney trip Monday to Thursday right after the AU
            # exit's weekend, no home login between, read "Australia 5–11 May" (TRIP50)
            first, last = _off_exit_weekend((first, last), own, elsewhere, wweek)
        stays.append((first, last))
    rest = [o for o, c in nights.items() if c == cc and not any(a < o * 24 + clock.lull_utc_h < b for a, b in stays)]
    slots = [s for s in by_cc[cc] if not any(a < s < b for a, b in stays)]
    # its days outside its stays about as many as home's (CLOCK_EXIT_MAX_DAYS_RATIO): no exit. Waking days, as the
    # quiet hours end them (a night worker's day of logins spans two UTC dates: a US exit Friday to Sunday, 3 days
    # for home's 4, was 4 UTC days for 5), its stays left out (a 10-day New York holiday of that night worker's
    # put it over the ratio)
    if len({waking_day(s, clock.lull_utc_h) for s in slots}) >= CLOCK_EXIT_MAX_DAYS_RATIO * len(
            {waking_day(s, clock.lull_utc_h) for s in by_cc[clock.home]}):
        return []
    judged = rest if len(rest) >= CLOCK_EXIT_MIN_DAYS else sorted({s // 24 for s in slots})
    return slots if slots and clock.keeps([date.fromordinal(o) for o in judged], shifts, near=near) else []


#: a short run's day there that fits home's clock better than the country's by less than this (nats) is no day
#: behind the exit at home (:func:`_gains_on_their_clock`): a London day 08:00–19:00 fits Mumbai's as well (about
#: 0), a Perth resident's Friday back home, the exit's evening after it, fits home's by 2.5
EVEN_DAY_NATS = 1.0
#: a night placed there on a stay's clock (:func:`quiet_around`) has no activity this many hours either side of
#: its centre: a sleeper's 23:30–07:00 is quiet 3.75 h either side of 03:15
NIGHT_QUIET_H = 3.0
#: a weekday is a far weekly exit's own (:func:`_usual_weekdays`) where its days alone fall on it in this share of
#: the weeks or more
USUAL_WEEKDAY_SHARE = 0.5
#: … and one it never uses where they fall on it in fewer than this share of the weeks: a single day alone there on
#: it, beside a night slept there, is a stay (:func:`_stay_days`; a real trip or two on a Wednesday is no habit)
NEVER_WEEKDAY_SHARE = 0.1


def quiet_around(day_hists: Mapping[date, Sequence[int]], centre: float, half_h: float = NIGHT_QUIET_H) -> bool:
    """Whether the activity (``day_hists``: UTC day → 96 quarter-hour presences) has none within ``half_h`` hours of
    ``centre`` (UTC hours from day ordinal 0): a night slept around a moved quiet hours' centre is quiet there. A
    login before it and one after it in one country (:func:`~.proxies.slept_in`) are no night where the day goes on
    between: a Berlin resident's US exit left on all Wednesday brackets New York's night, Berlin's morning
    (09:15), with its 08:48 and 14:12 logins (T41B)."""
    from .timezone import QUARTERS

    lo, hi = math.floor((centre - half_h) * 4), math.ceil((centre + half_h) * 4)
    for q in range(lo, hi):
        hist = day_hists.get(date.fromordinal(q // QUARTERS))
        if hist is not None and hist[q % QUARTERS]:
            return False
    return True


def _usual_weekdays(days: Sequence[int], share: float = USUAL_WEEKDAY_SHARE) -> set[int]:
    """The weekdays (0 Monday) of day ordinals ``days`` (a far weekly exit's days with logins there alone,
    ascending) that hold ``share`` of the weeks from the first to the last or more: a US exit from Friday evening to
    Sunday night is alone on Saturday and Sunday (Friday holds home's logins too)."""
    if not days:
        return set()
    weeks = (days[-1] - days[0]) // 7 + 1
    count: dict[int, int] = defaultdict(int)
    for o in days:
        count[date.fromordinal(o).weekday()] += 1
    return {wd for wd, n in count.items() if n >= share * weeks}


@dataclass(frozen=True, slots=True)
class ExitWeek:
    """A far weekly exit's week (:func:`far_weekly`), read on the day ordinals its days alone were counted on (the
    waking days, :func:`~.proxies.waking_day`, or UTC days): the weekdays it is alone on in most weeks
    (:data:`USUAL_WEEKDAY_SHARE`), those it is alone on at all (:data:`NEVER_WEEKDAY_SHARE`), the quiet hours'
    centre (UTC hours) and the nights :func:`~.proxies.slept_in` placed around it."""

    usual: frozenset[int]
    used: frozenset[int]
    lull_utc_h: float
    nights: Mapping[int, str]

    @classmethod
    def of(cls, alone: Sequence[int], lull_utc_h: float, nights: Mapping[int, str] | None) -> ExitWeek:
        """The week of an exit whose days alone are ``alone`` (ascending ordinals)."""
        return cls(frozenset(_usual_weekdays(alone)), frozenset(_usual_weekdays(alone, NEVER_WEEKDAY_SHARE)),
                   lull_utc_h, nights or {})


def exit_weekdays(slots: Sequence[int], home_slots: Sequence[int], lull_utc_h: float,
                  nights: Mapping[int, str] | None = None) -> ExitWeek:
    """The :class:`ExitWeek` of the waking days (:func:`~.proxies.waking_day`, begun at ``lull_utc_h``) holding
    one of a country's login ``slots`` and none of home's (``home_slots``); ``nights``: :func:`~.proxies.slept_in`'s
    at that centre."""
    at_home = {waking_day(s, lull_utc_h) for s in home_slots}
    return ExitWeek.of(sorted({waking_day(s, lull_utc_h) for s in slots} - at_home), lull_utc_h, nights)


def _near_dates(home: str, cc: str, slot: float) -> list[tuple[int, int]]:
    """(the days, −1 to 1, by which the date on one of country ``cc``'s clocks near home's, within
    :data:`CLOCK_EXIT_H` round the clock, runs ahead of the date on one of ``home``'s, that clock's UTC offset in
    quarter-hours) at UTC hour ``slot``, each pair: Honolulu's Friday afternoon is Auckland's Saturday (−1), New
    York's day São Paulo's (0)."""
    from .moves import country_offsets

    ours, theirs = country_offsets(home, int(slot)), country_offsets(cc, int(slot))
    return [(math.floor(slot / 24 + o / 96) - math.floor(slot / 24 + h / 96), o) for o in theirs for h in ours
            if _clock_apart_h([(o - h) / 4]) < CLOCK_EXIT_H]


def near_clock(home: str, cc: str, slot: float) -> bool:
    """Whether one of country ``cc``'s clocks lies within :data:`CLOCK_EXIT_H` of one of ``home``'s round the clock
    at UTC hour ``slot`` (:func:`_near_dates`): Honolulu's beside Auckland's (22 h, 2 h round the clock), London's
    beside Johannesburg's; a weekly exit's days there cannot be told from a trip's by the clock."""
    return bool(_near_dates(home, cc, slot))


def _stay_days(days: Sequence[int], alone: set[int], home: str, cc: str, week: ExitWeek,
               mid_h: float, local_usual: frozenset[int] | None = None) -> tuple[set[int], float, float]:
    """Of a short run's ``days`` there (ascending ordinals on the exit's calendar, :class:`ExitWeek`; ``alone``: those
    with no home login), the stay's (none: an empty set), and the UTC hours from which and before which its logins
    are the stay's. Its days on weekdays the exit does not use most weeks (``odd``) are a stay where they are two or
    more (T40), or where the run holds no other and one of them, alone, falls on a weekday the exit never uses and a
    night beside it was slept there (:func:`~.proxies.slept_in`; the exit kept on to a holiday Monday is no trip): a
    São Paulo resident's New York trip Tuesday evening to Wednesday evening, beside a US exit Friday to Sunday, had
    one day alone there and was "No trips abroad seen" (T40B). Beside those
    days, the run's next ones are the stay's too while they fall on weekdays the exit does not use most weeks on the
    dates of the country's clocks near home's (:func:`_near_dates`; ``mid_h``: the hours from a day's ordinal × 24
    to its middle, UTC) and the night between was slept there: they are lived there, to the end of that date on
    that clock. An Auckland resident's Honolulu trip Wednesday to Friday ended on Thursday (T40B), its Friday being
    Saturday, a day of the exit, on Auckland's dates; the exit's own weekend (no odd day) is never a stay so read,
    nor is a short trip's weekend on the stay's dates, nor a day there after a night with no login near.
    ``local_usual``: the exit's usual weekdays counted on home's own days (waking days, :func:`waking_day`), where
    given the day's date on the near clock is read on them (the waking day holding that date's midday): counted on
    UTC days, a Sydney resident's NZ exit Friday evening to Sunday is alone on Saturday only, and UTC Saturday,
    Sunday on Auckland's date at its middle, was joined to an Auckland trip Wednesday to Friday, "New Zealand 10–14
    May" (TRIP49)."""
    odd = [o for o in days if date.fromordinal(o).weekday() not in week.usual]
    sure = len(odd) >= RUN_CLOCK_MIN_DAYS or (len(odd) == len(days) and any(
        o in alone and date.fromordinal(o).weekday() not in week.used
        and cc in (week.nights.get(o), week.nights.get(o + 1)) for o in odd))
    if not sure:
        return set(), -math.inf, math.inf
    out = set(odd)
    since, until = -math.inf, math.inf

    def lived_there(o: int, night: int) -> list[float] | None:
        """The UTC hours at which day ``o``'s date begins and ends on the near clocks, where it is lived there."""
        slot = o * 24 + mid_h
        near = _near_dates(home, cc, slot)
        if week.nights.get(night) != cc or not near or any(
                (date.fromordinal(o).weekday() + lag) % 7 in week.usual for lag, _ in near) or (
                local_usual is not None and any(date.fromordinal(waking_day(
                    math.floor(slot / 24 + q / 96) * 24 + 12 - q / 4, week.lull_utc_h)).weekday() in local_usual
                                                for _, q in near)):
            return None
        return [(math.floor(slot / 24 + q / 96) + k) * 24 - q / 4 for _, q in near for k in (0, 1)]

    i, j = days.index(odd[0]), days.index(odd[-1])
    while i > 0 and days[i - 1] == days[i] - 1 and (bounds := lived_there(days[i - 1], days[i])):
        i -= 1
        out.add(days[i])
        since = max(bounds[::2])
    while j < len(days) - 1 and days[j + 1] == days[j] + 1 and (bounds := lived_there(days[j + 1], days[j + 1])):
        j += 1
        out.add(days[j])
        until = min(bounds[1::2])
    return out, since, until


def _gains_on_their_clock(clock: _HomeClock, cc: str, run: Sequence[int],
                          logp: Sequence[float]) -> tuple[dict[int, float], float]:
    """How much better (nats) each of a short run's UTC ``days`` (ordinals, those with activity) there fits home's
    profile ``logp`` than that profile moved onto the one of country ``cc``'s clocks :data:`CLOCK_EXIT_H` or more
    from home's the run fits best (:func:`_home_clock_gains`; below 0: nearer that clock), and home's quiet hours'
    centre (UTC hours) moved onto that clock: the stay's nights there end its days. A London day 08:00–19:00 is
    12:30–23:30 in Mumbai, a day either clock holds (about 0)."""
    from .timezone import presence_hist

    days = [d for o in run if (d := date.fromordinal(o)) in clock.day_hists]
    shifts = [x for x in _clock_shifts(clock.home, cc, days) if _clock_apart_h([x]) >= CLOCK_EXIT_H] if days else []
    if not shifts:
        return {}, clock.lull_utc_h
    hist = presence_hist(clock.day_hists, days)
    move = max((round(x * 4) for x in shifts), key=lambda m: _fit(hist, logp, m))
    gains = _home_clock_gains(days, clock.day_hists, logp, move)
    return {d.toordinal(): g for d, g in zip(days, gains, strict=True)}, (clock.lull_utc_h - move / 4) % 24


def _after_last_night(clock: _HomeClock, cc: str, shifts: Sequence[float], days: Sequence[date],
                      logp: Sequence[float], by_cc: Mapping[str, list[int]], span: tuple[float, float]) -> float:
    """Where a stay on country ``cc``'s own clock (``span``: the UTC hour slots between which its logins are the
    stay's; ``days``: its run's) ends at the latest: the quiet hours' centre, moved onto the one of its clocks apart
    from home's (``shifts``) the days inside the span fit best (``logp``: home's profile), after the day that
    follows its last night slept there (:func:`~.proxies.slept_in`; the stay's clock is told already).
    A Perth resident's Los Angeles holiday 3–12 Oct, home by Friday evening and behind the US exit at 22:30, read
    "3–13 Oct" where the exit's whole Wednesdays moved home's profile (T41B): the exit's login after the flight home
    fell on Los Angeles' Friday, after a night not slept there. +inf where no night there is placed."""
    from .timezone import presence_hist

    inside = [d for d in days if span[0] < d.toordinal() * 24 + 12 < span[1]]
    moves = [round(x * 4) for x in shifts if _clock_apart_h([x]) >= CLOCK_EXIT_H]
    if not inside or not moves:
        return math.inf
    hist = presence_hist(clock.day_hists, inside)
    move = max(moves, key=lambda m: _fit(hist, logp, m))
    lull = (clock.lull_utc_h - move / 4) % 24
    placed = [n for n, k in slept_in({(s, k): 1 for k, ss in by_cc.items() for s in ss}, lull).items()
              if k == cc and span[0] < n * 24 + lull < span[1]]
    return (max(placed) + 1) * 24 + lull if placed else math.inf


def _own_days_after(odd: Sequence[int], run: Sequence[int], gains: Mapping[int, float]) -> list[int]:
    """A told short stay's days (``odd``, ascending UTC day ordinals) with the run's next days joined while each
    fits the stay's clock better than home's by :data:`RUN_CLOCK_NATS` or more (``gains``,
    :func:`_gains_on_their_clock`), whatever their weekday: the trip's own weekend. A day behind the exit at home
    keeps home's clock (gains above 0); a Tokyo resident's Los Angeles trip Wednesday to Saturday (UTC−7, 16 h
    behind) has its Saturday 10:00–23:00 on UTC Saturday 17:00 to Sunday 06:00, a day of the US exit's, 10–17 nats
    nearer Los Angeles' clock; left to the exit, the trip read "United States 10–12 May" (TRIP48)."""
    out = list(odd)
    while (o := out[-1] + 1) in run and gains.get(o, 0.0) <= -RUN_CLOCK_NATS:
        out.append(o)
    return out


def _nights_beside(odd: Sequence[int], own: Sequence[int], elsewhere: Sequence[int], cc: str, week: ExitWeek,
                   lull_utc_h: float) -> list[int]:
    """A told short stay's days (``odd``, ascending UTC day ordinals) with the days right before and after it joined
    while they fall on weekdays the exit does not use most weeks (:attr:`ExitWeek.usual`, the UTC days its rule was
    learned on), the night between was slept there (``week.nights``, :func:`~.proxies.slept_in` at the quiet hours'
    centre on the stay's clock, ``lull_utc_h``) and the country (``own``: its login slots) is logged in on the day
    on that night's side before any login elsewhere (``elsewhere``) comes between: home is not back yet. A Tokyo
    resident's Thursday in New York shares its UTC day with Friday morning's login at home and holds home's logins,
    a Mumbai resident's London Thursday fits either clock (T41B: both trips were "No trips abroad seen")."""
    out = list(odd)

    def there(a: float, b: float) -> bool:
        """Whether the country has a login in (a, b) with no login elsewhere from ``a`` to it."""
        i = bisect.bisect_right(own, a)
        if i >= len(own) or own[i] >= b:
            return False
        j = bisect.bisect_right(elsewhere, a)
        return j >= len(elsewhere) or elsewhere[j] > own[i]

    def off(o: int) -> bool:
        return date.fromordinal(o).weekday() not in week.usual

    while off(o := out[-1] + 1) and week.nights.get(o) == cc and there(o * 24 + lull_utc_h, o * 24 + 24 + lull_utc_h):
        out.append(o)
    while off(o := out[0] - 1) and week.nights.get(o + 1) == cc and _there_before(
            own, elsewhere, o * 24 - 24 + lull_utc_h, o * 24 + 24 + lull_utc_h):
        out.insert(0, o)
    return out


def _there_before(own: Sequence[int], elsewhere: Sequence[int], a: float, b: float) -> bool:
    """Whether the last login in (a, b) of ``own`` and ``elsewhere`` together is ``own``'s (ascending slots): the
    day before a night slept there ends there."""
    i, j = bisect.bisect_left(own, b) - 1, bisect.bisect_left(elsewhere, b) - 1
    return i >= 0 and own[i] > a and (j < 0 or elsewhere[j] < own[i])


def _odd_days_stay(odd: Sequence[int], own: Sequence[int], elsewhere: Sequence[int],
                   lull_utc_h: float) -> tuple[float, float]:
    """The UTC hour slots between which a short run's logins are a stay (:func:`_clock_exit_slots`): from the last
    login elsewhere before its first day off the exit's weekdays (``odd``, ascending ordinals; ``own``: the
    country's login slots, ``elsewhere``: the others', ascending) to the first one after its last such day, cut at
    home's quiet hours (``lull_utc_h``) after that day: the exit's usual days beside it stay the exit's."""
    i = bisect.bisect_left(elsewhere, own[bisect.bisect_left(own, odd[0] * 24)])
    first: float = elsewhere[i - 1] if i else -math.inf
    first = max(first, odd[0] * 24 - 24 + lull_utc_h)
    j = bisect.bisect_right(elsewhere, own[bisect.bisect_left(own, odd[-1] * 24 + 24) - 1])
    last: float = elsewhere[j] if j < len(elsewhere) else math.inf
    return first, min(last, math.ceil(odd[-1] * 24 + 24 + lull_utc_h - 0.5))


def _edge_gains(hists: Mapping[date, Sequence[int]], days: Sequence[date], shifts: Sequence[float],
                logp: Sequence[float], by_day: bool) -> list[float]:
    """Per day of a stay (``days``, their presences in ``hists``), how much better home's profile ``logp`` fits it
    than the stay's: its own profile for a night worker's stay lived by day (:func:`_stay_profile_gains`), else
    home's moved onto the one of the country's clocks (``shifts``, hours from home's) its days fit best
    (:func:`_home_clock_gains`)."""
    from .timezone import presence_hist

    if by_day:
        return _stay_profile_gains(days, hists, logp)
    hist = presence_hist(hists, days)
    move = max((round(x * 4) for x in shifts), key=lambda m: _fit(hist, logp, m))
    return _home_clock_gains(days, hists, logp, move)


def _waking_hists(day_hists: Mapping[date, Sequence[int]], run: Sequence[int],
                  lull_utc_h: float) -> dict[date, list[int]]:
    """The UTC quarter-hour presences of the waking days (:func:`waking_day`, begun by the quiet hours centred at
    ``lull_utc_h``) that hold the UTC days ``run`` (ordinals), keyed by each waking day's date: bin ``q`` the
    presence in UTC quarter ``q`` of the day the waking day then spans. Waking days without presences are left out."""
    from .timezone import QUARTERS

    cut = round(lull_utc_h * 4) % QUARTERS
    out: dict[date, list[int]] = {}
    for w in range(run[0] - 1, run[-1] + 1):
        today, tomorrow = day_hists.get(date.fromordinal(w)), day_hists.get(date.fromordinal(w + 1))
        hist = [0] * QUARTERS
        for q in range(QUARTERS):
            src = today if q >= cut else tomorrow
            hist[q] = 1 if src is not None and src[q] else 0
        # a waking day that ends before the run's first UTC day or begins after its last holds none of it
        if any(hist) and (w + 1) * 24 + lull_utc_h > run[0] * 24 and w * 24 + lull_utc_h < run[-1] * 24 + 24:
            out[date.fromordinal(w)] = hist
    return out


def _journey_start(seen: Sequence[int], first: float, day: int, need: float) -> float:
    """Where a stay begun on UTC day ``day`` at home starts (a UTC hour slot, exclusive): after the last gap between
    two login hours (``seen``, ascending) long enough for the journey there (``need`` hours,
    :func:`~.proxies.travel_hours`) that begins at ``first`` (the last login elsewhere before the stay) or later, and on
    that day at the latest (the
    morning's login behind the exit at home, the flight, the evening there); else the day's start."""
    start = day * 24 - 1.0
    i = bisect.bisect_left(seen, first) if first > -math.inf else 0
    for p, q in zip(seen[i:], seen[i + 1:], strict=False):
        if p >= day * 24 + 24:
            break
        if q - p - 1 >= need:
            start = q - 0.5
    return start
