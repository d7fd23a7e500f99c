"""Nights read again once the trips and moves are known: a trip's nights on another clock set aside, a crew's
layovers lowering the sleep family's confidence and a roster's free days, late nights doubted after an unplaced
change of clock. Moved out of ``clock.py`` by concern (thirty-third pass), unchanged; each runs once per report
on the findings already made.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from .clock import reread_routine
from .engine import (
    Context,
)
from .model import Confidence, Evidence
from .sensitive import NightGate
from .sleep import (
    free_weekdays,
    set_late_nights,
    trip_night_span,
)
from .zoneprior import zone_countries


def crew_nights(ctx: Context, trips: Sequence[Any]) -> None:
    """A crew-like pattern of layovers (``moves.CREW_MIN_TRIPS`` short stays on other clocks, nine in ten of them
    ``moves.CREW_MAX_DAYS`` days or fewer: a pilot's or flight attendant's) makes the sleep window one level less
    sure, and the social jetlag and late nights with it: the nights at home between layovers are irregular by the
    job (jet lag, early reports), whatever the windows' bootstrap says of them (T31C N7: a Dubai crew's window and
    "0 late nights" at high). A caveat says so; in place, on ``ctx.findings``."""
    from .moves import CREW_MAX_DAYS, CREW_MIN_TRIPS  # moves reads the clock's zone: imported when used

    stays = sorted(int(t.get("days_observed") or 0) for t in trips if isinstance(t, dict) and not t.get("same_clock"))
    if len(stays) < CREW_MIN_TRIPS or stays[len(stays) * 9 // 10] > CREW_MAX_DAYS:
        return
    lower = {Confidence.HIGH: Confidence.MEDIUM, Confidence.MEDIUM: Confidence.LOW}
    said = (f"your trips abroad are a crew-like pattern of layovers ({len(stays)} short stays on other clocks): "
            "the nights at home between them are irregular by the job, so one level lower")
    for fid in ("sleep", "social_jetlag", "late_nights"):
        f = ctx.findings.get(fid)
        if f is None or f.value is None or f.confidence not in lower:
            continue
        f.confidence = lower[f.confidence]
        f.confidence_basis = f"{f.confidence_basis}; {said}"
        if fid == "sleep":
            f.caveats = [*f.caveats, "Your trips abroad are a crew-like pattern of layovers: the window is your "
                         "nights at home, which flights and time zones make irregular."]
    roster_free_days(ctx, trips)


#: a crew's layovers fall on the home's weekend days at least this share of the rate days of the week would give
#: them (2/7 for Saturday–Sunday): the days off follow a roster, not the week (a pilot's "weekend window" 03:00–07:30
#: pooled duty and free Saturdays; T31B/T31C). A Monday–Friday traveller's trips keep off the weekend.
ROSTER_WEEKEND_RATE = 0.5
#: … and where a window is shorter than a plausible night (sleep.SLEEP_LULL_MEAN_H − 1.5 × SLEEP_LULL_SD_H: 5 h 45 min,
#: as LONG_SLEEP_H is 1.5 SD above): the overlap of nights before an early duty and nights before a day off, pooled
#: by the calendar (the pilot's 03:00–07:30; a crew member who keeps one night's hours on every night at home, an
#: 8-hour window on weekdays and weekends alike, keeps it: T28C M2's attendant)
ROSTER_SHORT_WINDOW_H = 5.75


def roster_free_days(ctx: Context, trips: Sequence[Any]) -> None:
    """Where a crew's layovers (``trips``, the trips finding's value, a crew-like pattern already found) fall on the
    home country's weekend days about as often as on others (:data:`ROSTER_WEEKEND_RATE`) and a window is shorter
    than a plausible night (:data:`ROSTER_SHORT_WINDOW_H`: duty and free nights pooled), the weekend is no free
    day (MCTQ's free days are days without duty; Roenneberg et al. 2003; a roster's days off fall on any weekday):
    the weekend window, mid-sleep on free days and chronotype are withheld and the social jetlag not computed, each
    saying why; in place, on ``ctx.findings``. A day sleeper's own night types are left as they are."""
    sleep, sj = ctx.findings.get("sleep"), ctx.findings.get("social_jetlag")
    if sleep is None or not isinstance(sleep.value, dict) or not sleep.value.get("weekend") \
            or sleep.value.get("night_types"):
        return
    free, free_names = free_weekdays(zone_countries().get(ctx.zone_name or ""))
    days: list[date] = []
    for t in trips:
        if not isinstance(t, dict) or t.get("same_clock"):
            continue
        try:
            a, b = date.fromisoformat(str(t["start"])), date.fromisoformat(str(t["end"]))
        except (KeyError, ValueError):
            continue
        days += [a + timedelta(days=i) for i in range((b - a).days + 1)]
    if not days or sum(d.weekday() in free for d in days) < ROSTER_WEEKEND_RATE * len(free) / 7 * len(days):
        return
    if not any(isinstance(w := sleep.value.get(t), dict) and (w.get("duration_hours") or 0) < ROSTER_SHORT_WINDOW_H
               for t in ("weekday", "weekend")):
        return
    why = (f"your days off follow a roster, not the week: your layovers fall on {free_names} as on other days, so "
           f"{free_names} are no free days (MCTQ's free days are days without duty)")
    v = sleep.value
    v["weekend"] = v["msf_hours"] = v["chronotype"] = None
    summary = re.sub(r", weekends ≈\S+ —", " —", sleep.summary)
    summary = re.sub(r"; (early|intermediate|late) type", "", summary)
    sleep.summary = summary[:-1] + "; no weekend window: your days off follow a roster, not the week."
    sleep.confidence_basis += "; " + why
    sleep.caveats = [*sleep.caveats, "Your days off follow a roster, not the week (a crew-like pattern of layovers on "
                     f"{free_names} as on other days): no weekend window, mid-sleep on free days or chronotype is "
                     "given, and the weekday window pools your nights at home before a duty and before a day off."]
    if sj is not None and sj.value is not None:
        sj.value = None
        sj.confidence = Confidence.INSUFFICIENT
        sj.confidence_basis = why
        sj.evidence = Evidence()
        sj.summary = ("Not computed: your days off follow a roster, not the week, so the MCTQ's free days cannot "
                      "be read from weekends.")


def doubt_nights_after_clock_change(ctx: Context) -> None:
    """Once the home is known (place finishes after clock), the late nights are low at most where the time-zone
    finding names a change of the person's clock (``clock_change``) and its place evidence points to another
    country than the zone's (``place_disagreement``), that country being the home's: a move abroad whose only
    located evidence comes after it (X keeps logins for months only) leaves one zone for the whole history, and
    the evenings in the new country are "late nights" on the old clock (T32A M5: a student from Moscow in Berlin,
    "59 late nights … 1 spell of broken nights", high). The zone is not rebuilt here; the health-adjacent finding
    is no longer high beside the report's own clock change and place disagreement, and says why. In place."""
    tz, late, home = ctx.findings.get("timezone"), ctx.findings.get("late_nights"), ctx.findings.get("home")
    if tz is None or late is None or not isinstance(tz.value, dict) or late.value is None:
        return
    change, clash = tz.value.get("clock_change"), tz.value.get("place_disagreement")
    if not isinstance(change, dict) or change.get("law_not_followed") or not isinstance(clash, dict):
        return
    country = clash.get("country")
    from .gazetteer import country_in_text
    home_cc = home.value.get("country") if home is not None and isinstance(home.value, dict) else None
    if not country or (home_cc and home_cc != country):
        return
    if late.confidence in (Confidence.HIGH, Confidence.MEDIUM):
        late.confidence = Confidence.LOW
        late.confidence_basis = (f"{late.confidence_basis}; low at most: the clock moved and the place evidence "
                                 f"points to {country_in_text(country)}")

    hours = change.get("utc_hours")
    moved = f" by {abs(float(hours)):g} h" if isinstance(hours, (int, float)) and hours else ""
    late.caveats = [f"Your clock moved{moved} around {str(change.get('on') or '?')[:7]}, and the place evidence "
                    f"puts you in {country_in_text(country)}, on another clock than {tz.value.get('zone')}: if you "
                    "moved there, these nights are your evenings on its clock, not late nights (low).",
                    *late.caveats]


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
    if late is None or trips is None or not trips.value:
        return
    # only nights on another clock (T26B's H2: a commuter's days in Basel set home nights aside "on another clock
    # than Europe/Berlin"): a trip the trips finding marks ``same_clock`` was on the home clock all along
    spans = [trip_night_span(t) for t in trips.value if isinstance(t, dict) and not t.get("same_clock")]
    away = frozenset(lo + timedelta(days=i) for lo, hi in spans if lo is not None and hi is not None
                     for i in range((hi - lo).days + 1))
    # read again even where the first reading found no window (T31C N7: a Dubai crew's nights in Sydney, Los Angeles
    # and Auckland, 3 in 7 on Dubai's clock, left "no nightly lull" and the home nights were never read alone)
    family = reread(away) if reread is not None and away else None
    if family is None and (late.value is None or ctx.late_night_rows is None):
        return
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
    crew_nights(ctx, trips.value)
    # one-day sightings abroad with records inside the (final) home night are trips too (moves.TRIP_CLOCK_GAP_H):
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
