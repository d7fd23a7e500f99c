"""Orders at hours the person is otherwise never active: the Amazon account may be shared (inference.md §4).

An Amazon account is often a household's: the twenty-ninth … thirtieth pass's tester (T30B M6, household/) gave
Maria's X activity 07:00–22:00 all year and half her orders at 23:30–01:30 (her partner's games and graphics card);
"49 % ordered late at night", the trust score's "> 20 % of orders 23–04 → −0.10" and "≥ 10 gaming records → −0.15"
all counted them against her, and nothing said that the orders' hours contradict every other record of hers.
inference.md §4 asks to show such a contradiction.

The rule: the person's *own other* records (posts, tweets, messages, logins, searches … — every clock record but
the order items) give a local-hour profile (:meth:`.engine.Context.own_hours` of the clock's
:attr:`.engine.Context.own_bins`, on the chosen zone's clock). An hour holding at most :data:`QUIET_SHARE` of
them (of at least :data:`MIN_OWN_RECORDS`) is a *quiet hour*. When at least :data:`MIN_APART` timed order items,
and at least :data:`APART_SHARE` of them, fall in quiet hours, the orders' hours contradict the person's:
:func:`read` says so, and the night-order rules (impulse buying's late-night share, the trust score's late-night
and gaming rules) leave those orders out. A real night owl — own posts late at night too — has no quiet hours at
night, so nothing changes for them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from .engine import QUARTERS, Context

#: an hour holding at most this share of the person's own other records is one they are not active in
QUIET_SHARE = 0.005
#: own other records needed before any hour can be called quiet (a few tweets say nothing of someone's hours)
MIN_OWN_RECORDS = 200
#: orders in quiet hours needed, in number and as a share of the timed order items, to speak of a shared account
MIN_APART = 5
APART_SHARE = 0.2


def quiet_hours(own_hours: Sequence[int] | None) -> frozenset[int]:
    """Local hours (0–23) holding at most :data:`QUIET_SHARE` of ``own_hours`` (records per local hour); empty
    with fewer than :data:`MIN_OWN_RECORDS` records."""
    if not own_hours or len(own_hours) != 24:
        return frozenset()
    total = sum(own_hours)
    if total < MIN_OWN_RECORDS:
        return frozenset()
    return frozenset(h for h, n in enumerate(own_hours) if n <= QUIET_SHARE * total)


def read(ctx: Context, order_bins: Iterable[tuple[date, int, int]]) -> dict[str, Any] | None:
    """``{orders_apart, timed_orders, share, quiet_hours, own_records}`` when the timed order items ``order_bins``
    ((UTC day, UTC quarter-hour, count), :class:`.engine.DayBins` items) fall in the person's quiet hours often
    enough to contradict their own hours (module text), else None. Needs the zone (hours on the person's clock)."""
    if ctx.zone is None:
        return None
    own = ctx.own_hours()
    quiet = quiet_hours(own)
    if not quiet:
        return None
    apart = total = 0
    for d, q, c in order_bins:
        total += c
        if ctx.local_bin(d, q)[1] * 24 // QUARTERS in quiet:
            apart += c
    if apart < MIN_APART or apart < APART_SHARE * total:
        return None
    return {"orders_apart": apart, "timed_orders": total, "share": round(apart / total, 3),
            "quiet_hours": sorted(quiet), "own_records": sum(own or ())}


def is_apart(ctx: Context, shared: dict[str, Any] | None, day: date, quarter: int) -> bool:
    """Whether an order in UTC (``day``, ``quarter``) lies in the quiet hours of a :func:`read` that found them."""
    return bool(shared) and ctx.local_bin(day, quarter)[1] * 24 // QUARTERS in shared["quiet_hours"]  # type: ignore[index]


def hours_text(hours: Sequence[int]) -> str:
    """Quiet hours as runs: ``[0, 1, 2, 22, 23]`` → ``"22:00–03:00"`` (wrapping midnight), ``[3, 4, 10]`` →
    ``"03:00–05:00, 10:00–11:00"``."""
    hs = sorted(set(hours))
    if not hs:
        return ""
    runs: list[list[int]] = []
    for h in hs:
        if runs and h == runs[-1][1]:
            runs[-1][1] = h + 1
        else:
            runs.append([h, h + 1])
    if len(runs) > 1 and runs[0][0] == 0 and runs[-1][1] == 24:
        runs[0][0] = runs[-1][0]
        runs.pop()
    return ", ".join(f"{a:02d}:00–{b % 24:02d}:00" for a, b in runs)


def sentence(shared: dict[str, Any], clock: str) -> str:
    """The contradiction as the findings say it."""
    return (f"{shared['orders_apart']:,} of {shared['timed_orders']:,} timed order items "
            f"({shared['share']:.0%}) were placed at hours when your other records almost never are "
            f"({hours_text(shared['quiet_hours'])} {clock} time: each hour under {QUIET_SHARE:.1%} of your "
            f"{shared['own_records']:,} posts, messages, logins and searches): the Amazon account may be shared "
            "(someone else ordering on it). Those orders are left out of the late-night rules.")
