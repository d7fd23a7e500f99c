"""The hours an order counts as "late at night" for impulse buying and the trust score's late-night rule.

The rule reads a fixed 23:00–04:00 on the time-zone finding's clock: the hour before a usual night's sleep and its
first hours (inference.md's late-night ordering: up late, against one's own rhythm). For someone whose sleep is
elsewhere — a night-shift baker asleep 07:00–16:00 — those hours are the middle of the waking day, and her 02:00
orders on a break were "100% ordered late at night" and fed the trust score (the thirty-second pass's fresh tester
T32A, M4). Where the sleep finding's usual window does not fit the fixed hours, the late hours are that window's
own: the hour before its onset and its first four hours, as the fixed window is for a sleep from midnight.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from .engine import Context
from .model import Confidence
from .openclocks import headline_zones

QUARTERS = 96
#: 23:00–04:00 in quarter-hours of the local day: the fixed window (start inclusive, end exclusive)
FIXED = (92, 16)
#: the own window around a sleep onset, in quarter-hours: from 1 h before it to 4 h after it (the fixed window's
#: place around a sleep from midnight)
BEFORE_ONSET, AFTER_ONSET = 4, 16
#: a sleep window fits the fixed hours where its own late hours share at least half of them
FIT_SHARE = 0.5


class LateHours(NamedTuple):
    """``quarters``: the local quarter-hours (0–95) that count as late; ``label``: them as hours ("23–04",
    "06–11", "23–04 and 06–11"); ``sleep``: the sleep finding's windows they were read on ("07:00–16:00"), None
    where the fixed hours fit (or there is no sleep finding)."""

    quarters: frozenset[int]
    label: str
    sleep: str | None


def _span(start: int, end: int) -> frozenset[int]:
    return frozenset(q % QUARTERS for q in range(start, end if end > start else end + QUARTERS))


def _hours(start: int, end: int) -> str:
    return f"{start // 4 % 24:02d}–{end // 4 % 24:02d}" if start % 4 == 0 and end % 4 == 0 else \
        f"{start // 4 % 24:02d}:{start % 4 * 15:02d}–{end // 4 % 24:02d}:{end % 4 * 15:02d}"


def _onset(window: Any) -> int | None:
    if not isinstance(window, dict) or not isinstance(window.get("start"), str):
        return None
    try:
        h, m = (int(x) for x in window["start"].split(":"))
    except ValueError:
        return None
    return (h * 4 + m // 15) % QUARTERS


def late_hours(ctx: Context) -> LateHours:
    """The late hours (:class:`LateHours`) for the person: :data:`FIXED` where the sleep finding (finished before
    money and trust) has no usual window at low confidence or better, or where each of its windows' own late hours
    (:data:`BEFORE_ONSET` before the onset to :data:`AFTER_ONSET` after it) share ≥ :data:`FIT_SHARE` of the fixed
    ones (never where the zone is one of the clocks the activity leaves open, ``ctx.zone_open`` or
    ``ctx.offsets_open`` (:func:`.openclocks.headline_zones`): the fixed hours fall elsewhere in the night on
    each); else the union of the own late hours of the windows that do not fit and the fixed hours for those that
    do."""
    fixed = _span(*FIXED)
    f = ctx.findings.get("sleep")
    if f is None or f.confidence == Confidence.INSUFFICIENT or not isinstance(f.value, dict):
        return LateHours(fixed, _hours(*FIXED), None)
    spans: list[tuple[int, int]] = []
    sleeps: list[str] = []
    for key in ("weekday", "weekend"):
        window = f.value.get(key)
        onset = _onset(window)
        if onset is None:
            continue
        own = ((onset - BEFORE_ONSET) % QUARTERS, (onset + AFTER_ONSET) % QUARTERS)
        # where the zone is a head-count pick among the country's clocks (ctx.zone_open, T32B M12), the fixed hours
        # fall at other hours of the person's night on each of them (23–04 New York time is 20–01 for a Los Angeles
        # person): the own window's late hours hold on every open clock, so they are read
        # (so too on the clocks the activity alone fits with no record placing the person: ctx.offsets_open, T36)
        span = own if headline_zones(ctx) or len(_span(*own) & fixed) < FIT_SHARE * len(fixed) else FIXED
        if span not in spans:
            spans.append(span)
        said = f"{window['start']}–{window['end']}"
        if span != FIXED and said not in sleeps:
            sleeps.append(said)
    if not sleeps:
        return LateHours(fixed, _hours(*FIXED), None)
    quarters = frozenset().union(*(_span(*s) for s in spans))
    return LateHours(quarters, " and ".join(_hours(*r) for r in _runs(quarters)), " and ".join(sleeps))


def _runs(quarters: frozenset[int]) -> list[tuple[int, int]]:
    """The quarter-hours as (start, end) runs around the clock (overlapping windows said once: 05:45–10:45 and
    06:00–11:00 are "05:45–11:00"), the fixed window's first where it is one."""
    starts = sorted(q for q in quarters if (q - 1) % QUARTERS not in quarters)
    runs = []
    for start in starts:
        end = start
        while (end + 1) % QUARTERS in quarters and (end + 1) % QUARTERS != start:
            end += 1
        runs.append((start, (end + 1) % QUARTERS))
    return sorted(runs, key=lambda r: (r != FIXED, r))
