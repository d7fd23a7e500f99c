"""Habit steps: one change of the person's own clock, fitted to the time-zone candidates (:mod:`.timezone`).

A *habit step* is a single lasting shift of a person's hours by half an hour or an hour on one day — new working
hours, or a move between neighbouring clocks (London → Berlin, Chicago → Denver) — that a zone is allowed to be
fitted with, at a cost (:data:`HABIT_STEP_LOG_PRIOR`): the zone's own clock for one side of that day, the person's
clock shifted by the step for the other. ``Candidate.habit_step`` holds it as (index of the first day after it,
quarter-hours, whether the zone's own clock is the later one).

The data quirk it exists for: tzdata holds zones whose *law* changed by an hour once within a few years of any
export (America/Nuuk's UTC−3 → −2 on 2023-10-28, America/Ojinaga in 2022, Antarctica/Vostok in 2023,
America/Scoresbysund in 2024, Kazakhstan's +6 → +5 on 2024-03-01). A person whose hours moved by an hour near such
a date is fitted best by that zone — the activity likelihood rewards the offsets that keep the person's day sharp —
and with thousands of records that gain outweighed every place source ("You live on Nuuk time" against German IPs,
the twenty-fourth pass). Letting the other likely zones take the same step removes the lead a change of law gives,
so the place evidence decides again; the step, dated by the data (:func:`_date_habit_step`), is also what the
report says as the person's own change of clock. The reverse case — a zone's change of law the person's hours did
not follow (an Almaty resident who kept the +6 clock's hours) — is a step too, at the lower cost
:data:`LAW_NOT_FOLLOWED_LOG_PRIOR`.

:func:`fit_habit_steps` is the entry :func:`.timezone.score_zones` calls; this module imports :mod:`.timezone`
at load time and :mod:`.timezone` imports it only inside that function, so the import runs one way.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, timedelta

from .timezone import (
    QUARTERS,
    Candidate,
    _fit,
    _offset_q,
    day_offsets,
    local_profile,
    local_profile_days,
    shape_loglik,
    zone_info,
)


def fit_habit_steps(cands: Sequence[Candidate], prefix: Mapping[int, Sequence[int]],
                    day_hists: Mapping[date, Sequence[int]], days: Sequence[date], temper: float = 1.0,
                    lull: tuple[float, float] | None = None) -> None:
    """Fit the likeliest zones of ``cands`` with one habit step each where it raises their activity score
    (:func:`_allow_habit_step`), then date those steps by the data (:func:`_date_habit_steps`). In place."""
    _allow_habit_step(cands, prefix, days, temper, lull)
    _date_habit_steps(cands, day_hists, days, temper, lull)


#: the changes of a person's own clock a zone may be fitted with (quarter-hours, later or earlier): a new job's
#: hours, a move between neighbouring zones (London → Berlin), half an hour or an hour
HABIT_STEPS_Q = (-4, -2, 2, 4)
#: log prior of such a change at one of the few dates tried (nats): a zone that needs none is preferred where the
#: two fit alike
HABIT_STEP_LOG_PRIOR = -6.0
#: the preference (nats) for a zone whose own clock is the person's *later* one, where the change fits either way
#: (London → Berlin: Berlin with the London months shifted, or London with the Berlin ones): the zone lived in now
HABIT_STEP_LATER_BONUS = 0.5
#: the candidates (likeliest by score, and as many by place evidence) that may be fitted with one
HABIT_STEP_CANDIDATES = 5
#: log prior (nats) of a step that undoes the zone's own lasting change of law on its date: the person kept the
#: same UTC hours when the law moved the clock (Kazakhstan's +6 → +5 on 2024-03-01, T26B's H5). Far likelier than
#: a change of habits on an arbitrary law date (:data:`HABIT_STEP_LOG_PRIOR`): solar habits through a change of law
#: are common, so the place evidence (the declared city, the setting) decides between the zone and one that kept
#: that offset all along, where before the step's cost alone handed it to the other (Asia/Aqtobe, medium)
LAW_NOT_FOLLOWED_LOG_PRIOR = -2.0


def _stepped(segments: Sequence[tuple[int, int, int]], at: int, step: int,
             before: bool = False) -> list[tuple[int, int, int]]:
    """``segments`` (runs of one offset) with ``step`` quarter-hours added to the offset of every day from index
    ``at`` on (``before``: of every day before it); a run that holds ``at`` is cut there."""
    out: list[tuple[int, int, int]] = []
    for o, s, e in segments:
        early, late = (o + step, o) if before else (o, o + step)
        if e <= at:
            out.append((early, s, e))
        elif s >= at:
            out.append((late, s, e))
        else:
            out.extend(((early, s, at), (late, at, e)))
    return out


def _lasting_change(zone: str, rival: str, day: date, before: date) -> bool:
    """Whether the offset difference between ``zone`` and ``rival`` changes from ``before`` (the last active day
    before) to ``day`` and stays changed: ten days on it differs from the same date a year before. A change of
    law (America/Nuuk's UTC−3 → −2 in 2023, Mexico's end of summer time in 2022) does; the two zones' summer-time
    switches on different dates, or one zone's summer time against another's none, do not (a step there would let
    a zone without summer time pass for one with it: a London night worker of eight months, fitted to
    America/Antigua "with a change in March", was the first try's fault)."""
    tz, other = zone_info(zone), zone_info(rival)

    def diff(d: date) -> int:
        return _offset_q(tz, d) - _offset_q(other, d)

    if diff(day) == diff(before):
        return False
    later = day + timedelta(days=10)
    return diff(later) != diff(later - timedelta(days=365))


def _law_not_followed(zone: str, days: Sequence[date], at: int, step: int, before: bool) -> bool:
    """Whether a step of ``step`` quarter-hours at day index ``at`` (to the days before it with ``before``, else
    from it on) undoes ``zone``'s own lasting change of law there (:func:`_lasting_change` against UTC), so the
    person's hours stay where they were in UTC."""
    if not 0 < at < len(days) or not _lasting_change(zone, "UTC", days[at], days[at - 1]):
        return False
    tz = zone_info(zone)
    change = _offset_q(tz, days[at]) - _offset_q(tz, days[at - 1])
    return step == (change if before else -change)


def _allow_habit_step(cands: Sequence[Candidate], prefix: Mapping[int, Sequence[int]],
                      days: Sequence[date], temper: float = 1.0, lull: tuple[float, float] | None = None) -> None:
    """Let the likeliest zones be fitted with one change of the person's own clock, on the dates where one of
    them changes its offset.

    The activity likelihood rewards the zone whose offsets keep the person's day sharp. A person whose hours
    move by an hour once — a new job, a move from London to Berlin — is fitted best by a zone whose *law*
    changed by an hour near that date: America/Nuuk (UTC−3 → −2 on 2023-10-28), America/Ojinaga (2022),
    Antarctica/Vostok (2023), and with thousands of records that gain outweighed every place source (the
    twenty-fourth pass's second tester: "You live on Nuuk time", posterior 100 %, against German IPs, a
    declared Berlin and Amazon orders to Berlin). Whatever such a zone gains from its own change, a zone
    whose offsets differ from it by a constant on each side of that date gains as well once the person's
    clock may change there (the profile's likelihood does not depend on a rotation). So every other zone of the
    pool — the :data:`HABIT_STEP_CANDIDATES` likeliest by score and as many by place evidence — is fitted with a
    step of :data:`HABIT_STEPS_Q` at each date where the best zone's offset moves against its own for good
    (:func:`_lasting_change`: a change of law, not summer time), at a cost of :data:`HABIT_STEP_LOG_PRIOR`, and
    keeps the best step where it raises its activity score. The place evidence then decides between zones the
    activity no longer tells apart: a resident of Nuuk (Greenlandic IPs) keeps Nuuk; without place evidence the
    zone that needs no step wins.
    ``prefix`` holds the profile's running sums at every candidate's run boundaries (the only dates tried)."""
    n_days = len(days)
    if len(cands) < 2:
        return
    by_score = sorted(cands, key=lambda c: -c.score)[:HABIT_STEP_CANDIDATES]
    best = by_score[0]
    by_place = sorted((c for c in cands if c.log_place > -1e8), key=lambda c: -c.log_place)[:HABIT_STEP_CANDIDATES]
    pool = [c for c in {id(c): c for c in (*by_score, *by_place)}.values() if c is not best]
    tried: list[tuple[Candidate, list[int]]] = []
    for c in pool:
        # where the best zone's offset moves against this one's for good: the only dates its lead can come from
        tried.append((c, sorted(at for at in {s for _o, s, _e in (*c.segments, *best.segments) if 0 < s < n_days}
                                if _lasting_change(c.zones[0], best.zones[0], days[at], days[at - 1]))))
    # the best zone too, at the same dates: where it leads without a step (its place evidence outweighs a rival's gain
    # from its change of law), the person's own change is still found and said (a Berlin person whose hours moved
    # on the date Mexico's border towns changed their law: Berlin either way, and the change said)
    tried.append((best, sorted({at for _c, dates in tried for at in dates})))
    for c, dates in tried:
        if not dates:
            continue
        plain = (c.local, c.loglik, c.lull_mid, c.lull_spread_h, c.log_sleep)
        score = c.activity_score
        kept: tuple[tuple[int, int, bool], tuple[list[int], float, float, float, float]] | None = None
        for at in dates:
            for step in HABIT_STEPS_Q:
                # the zone's own clock for the period after the change (the person's clock before it differed)
                # or before it; the same profile up to a rotation, so the shape fits alike and only where the lull
                # falls on the clock differs. The zone lived in now is preferred (the later period's own clock).
                for before in (True, False):
                    local = local_profile(prefix, _stepped(c.segments, at, step, before))
                    law = _law_not_followed(c.zones[0], days, at, step, before)
                    ll = (temper * shape_loglik(local) + (LAW_NOT_FOLLOWED_LOG_PRIOR if law else HABIT_STEP_LOG_PRIOR)
                          + (HABIT_STEP_LATER_BONUS if before else 0.0))
                    if ll <= plain[1]:
                        continue
                    _fit(c, local, temper, lull)
                    c.loglik = ll
                    if c.activity_score > score:
                        score = c.activity_score
                        kept = ((at, step, before), (c.local, c.loglik, c.lull_mid, c.lull_spread_h, c.log_sleep))
        c.local, c.loglik, c.lull_mid, c.lull_spread_h, c.log_sleep = kept[1] if kept else plain
        c.habit_step = kept[0] if kept else None
        c.law_not_followed = kept is not None and _law_not_followed(c.zones[0], days, *kept[0])


#: the most cut days :func:`_date_habit_step` scores in its first sweep (then every day around the best of them)
STEP_DATE_SWEEP = 1500


def _date_habit_step(c: Candidate, day_hists: Mapping[date, Sequence[int]], days: Sequence[date],
                     temper: float, lull: tuple[float, float] | None = None) -> None:
    """Date ``c``'s change of the person's own clock (``c.habit_step``) by the person's data: the step was tried only
    where some zone's law changed (:func:`_allow_habit_step`), so it was said "around" a rival zone's law date, not
    when it happened (the twenty-fifth pass's N13: a change on 2023-10-30 said as "30 min around March 2024"). Every
    active day is tried as the first of the later clock (a sweep of at most :data:`STEP_DATE_SWEEP` days, then each
    day around the best), the step's size and direction kept; the best cut's fit replaces the law date's. In place."""
    at, step, before = c.habit_step  # type: ignore[misc]
    if c.law_not_followed:  # dated by the law: the person's UTC hours did not move at all
        return
    n = len(days)
    offs = day_offsets(c.segments, n)
    early, late = (step, 0) if before else (0, step)
    prof = [0] * QUARTERS  # every day on the later clock: the cut before the first day
    for i, d in enumerate(days):
        for q, x in enumerate(day_hists[d]):
            if x:
                prof[(q + offs[i] + late) % QUARTERS] += 1

    def moved(i: int) -> None:  # day i from the later clock to the earlier one
        for q, x in enumerate(day_hists[days[i]]):
            if x:
                prof[(q + offs[i] + late) % QUARTERS] -= 1
                prof[(q + offs[i] + early) % QUARTERS] += 1

    stride = max(1, n // STEP_DATE_SWEEP)
    scores: dict[int, float] = {}
    for k in range(1, n):
        moved(k - 1)
        if k % stride == 0 or k == at:
            scores[k] = shape_loglik(prof)
    coarse = max(scores, key=scores.__getitem__)
    if stride > 1:  # each day around the sweep's best
        prof = [0] * QUARTERS
        lo = max(1, coarse - stride)
        for i, d in enumerate(days):
            for q, x in enumerate(day_hists[d]):
                if x:
                    prof[(q + offs[i] + (early if i < lo - 1 else late)) % QUARTERS] += 1
        for k in range(lo, min(n, coarse + stride + 1)):
            moved(k - 1)
            scores[k] = shape_loglik(prof)
    best = max(scores, key=lambda k: (scores[k], k == at))
    if best == at:
        return
    local = local_profile_days(day_hists, days, offs, best, early, late)
    _fit(c, local, temper, lull)
    c.loglik = temper * scores[best] + HABIT_STEP_LOG_PRIOR + (HABIT_STEP_LATER_BONUS if before else 0.0)
    c.habit_step = (best, step, before)


def _date_habit_steps(cands: Sequence[Candidate], day_hists: Mapping[date, Sequence[int]], days: Sequence[date],
                      temper: float, lull: tuple[float, float] | None = None) -> None:
    """Date the change of the person's own clock (:func:`_date_habit_step`) for every zone of
    :func:`_allow_habit_step`'s pool fitted with one, not the lead's alone; then fit the lead's dated change to each
    other zone of the pool that keeps the lead's clock up to a constant (one country's clocks, Chicago's and
    Denver's); where the lead needs no change and its own law changed within the records, fit each zone of the pool
    with the change the data date best on its clock (:func:`_best_cut`). Each zone keeps a change only where it
    raises its activity score. In place.

    A person's clock moved by an hour once (a move Chicago → Denver on 1 Jun 2024): the steps are first tried on the
    dates of some zone's change of law (America/Scoresbysund's in March 2024). Dated by the data, the lead gained
    the months between those dates, ≈ 20 nats, and its rivals, stepped at the law date only, lost them: "New York
    time", high, where every US clock fits alike by a rotation (CLK40). Where the lead wins by its own change of law
    near the person's (Scoresbysund for a move on 1 Jan 2024), the rivals dated by the data win it back."""
    by_score = sorted(cands, key=lambda c: -c.score)[:HABIT_STEP_CANDIDATES]
    by_place = sorted((c for c in cands if c.log_place > -1e8), key=lambda c: -c.log_place)[:HABIT_STEP_CANDIDATES]
    pool = list({id(c): c for c in (*by_score, *by_place)}.values())
    for c in pool:
        if c.habit_step is not None:
            _date_habit_step(c, day_hists, days, temper, lull)
    lead = max(cands, key=lambda c: c.score)
    n = len(days)

    def rule(c: Candidate) -> tuple[int, ...]:  # the zone's clock up to a constant
        offs = day_offsets(c.segments, n)
        return tuple(o - offs[0] for o in offs)

    if lead.habit_step is not None:
        if lead.law_not_followed:
            return
        found = {rule(lead): [lead.habit_step]}
    elif any(_lasting_change(lead.zones[0], "UTC", days[s], days[s - 1]) for _o, s, _e in lead.segments if 0 < s < n):
        found = {}  # the lead's own change of law may stand for the person's: each rival's step found in the data
    else:
        return
    for c in pool:
        if c is lead or c.law_not_followed:
            continue
        key = rule(c)
        if key not in found:
            if lead.habit_step is not None:
                continue  # another summer-time rule: its own dating stands
            # one sweep per step for every zone of that clock (the earlier days stepped back: the zone's own clock
            # the later one, as preferred)
            found[key] = [(_best_cut(day_hists, days, key, step), -step, True) for step in HABIT_STEPS_Q]
        offs = day_offsets(c.segments, n)
        plain = (c.local, c.loglik, c.lull_mid, c.lull_spread_h, c.log_sleep, c.habit_step)
        score, kept = c.activity_score, plain
        for at, step, before in found[key]:
            early, late = (step, 0) if before else (0, step)
            local = local_profile_days(day_hists, days, offs, at, early, late)
            _fit(c, local, temper, lull)
            c.loglik = (temper * shape_loglik(local) + HABIT_STEP_LOG_PRIOR
                        + (HABIT_STEP_LATER_BONUS if before else 0.0))
            if c.activity_score > score:
                score, kept = c.activity_score, (c.local, c.loglik, c.lull_mid, c.lull_spread_h, c.log_sleep,
                                                 (at, step, before))
        c.local, c.loglik, c.lull_mid, c.lull_spread_h, c.log_sleep, c.habit_step = kept


#: the stride (days) of :func:`_best_cut`'s first sweep
CUT_SWEEP_STRIDE = 7


def _best_cut(day_hists: Mapping[date, Sequence[int]], days: Sequence[date], offs: Sequence[int], step: int) -> int:
    """The index of the first day after a change of ``step`` quarter-hours of the person's own clock that fits the
    data best, the days read with offsets ``offs`` (the later days' ``step`` added): every
    :data:`CUT_SWEEP_STRIDE`-th day first, then each day around the best of them. O(days × 96)."""
    n = len(days)

    def sweep(lo: int, hi: int, stride: int) -> dict[int, float]:
        prof = local_profile_days(day_hists, days, offs, lo - 1, 0, step)  # days from lo - 1 on the later clock
        out: dict[int, float] = {}
        for k in range(lo, hi):
            for q, x in enumerate(day_hists[days[k - 1]]):  # day k - 1 back to the earlier clock
                if x:
                    prof[(q + offs[k - 1] + step) % QUARTERS] -= 1
                    prof[(q + offs[k - 1]) % QUARTERS] += 1
            if (k - lo) % stride == 0:
                out[k] = shape_loglik(prof)
        return out

    coarse = sweep(1, n, CUT_SWEEP_STRIDE)
    if not coarse:
        return 1
    mid = max(coarse, key=coarse.__getitem__)
    fine = sweep(max(1, mid - CUT_SWEEP_STRIDE), min(n, mid + CUT_SWEEP_STRIDE + 1), 1)
    return max(fine, key=fine.__getitem__)
