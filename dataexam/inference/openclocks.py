"""The clocks of one country that a person's records leave open (T32B M12).

Login IPs name a country, not a place in it; where the country keeps several clocks (US, CA, AU, RU, BR, MX …) and
the activity fits them about equally (:func:`.timezone.rivals_in_country`), the zone named is the one where more of
the country's people live. Activity alone cannot tell a Los Angeles 23:30 sleeper from a New York 02:30 sleeper,
so a local-time finding says only what holds on every open clock: its times on the zone chosen *and* the range
they span on the others, and a label (early/late type, a late hour) only where it is the same on each.

The open clocks are kept on the context as ``ctx.zone_open``: ``[(zone, hours)]``, each other open zone of the
country with its offset from the zone chosen in hours (negative: its clock is behind, Los Angeles −3 from New
York), set by ``ClockAggregator._timezone``; empty where a record pins the clock (a declared city, a shipping
address, a time-zone setting) or the country keeps one clock.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from babel.lists import format_list

#: what every sentence that gives times on a head-count clock says of the other clocks
CANNOT_TELL = "the activity cannot tell these clocks apart"


def open_zones(ctx: Any) -> list[tuple[str, float]]:
    """The other clocks left open, ``[(zone, hours from the zone chosen)]``, most behind first; ``[]`` without."""
    return sorted(getattr(ctx, "zone_open", None) or (), key=lambda zh: zh[1])


def shift_hhmm(hhmm: str, hours: float) -> str:
    """``"HH:MM"`` moved by ``hours`` on a 24-hour dial: ``shift_hhmm("02:15", -3)`` → ``"23:15"``."""
    h, m = (int(x) for x in hhmm.split(":"))
    total = round(h * 60 + m + hours * 60) % (24 * 60)
    return f"{total // 60:02d}:{total % 60:02d}"


def windows_on_others(ctx: Any, windows: Sequence[tuple[str, str]]) -> str:
    """Several windows (``[(start, end)]`` on the zone chosen; a repeated one said once) as they read on each other
    open clock (:func:`headline_zones`), one clause: ``" (≈23:15–07:15 on America/Los_Angeles time and ≈01:15–09:15
    on America/Chicago time; the activity cannot tell these clocks apart)"``; ``""`` without open clocks."""
    others = headline_zones(ctx)
    if not others or not windows:
        return ""
    unique = list(dict.fromkeys(windows))
    said = format_list([" / ".join(f"≈{shift_hhmm(a, h)}–{shift_hhmm(b, h)}" for a, b in unique) + f" on {z} time"
                        for z, h in others], locale="en")
    return f" ({said}; {CANNOT_TELL})"


def hours_on_others(ctx: Any, lo: int, hi: int) -> str:
    """Whole local hours ``lo``–``hi`` (``hi`` exclusive, 0–24) on the zone chosen as they read on the other open
    clocks (:func:`headline_zones`), e.g. ``" (21–02 on America/Los_Angeles time; …)"``; ``""`` without open
    clocks."""
    others = headline_zones(ctx)
    if not others:
        return ""
    said = format_list([f"{round(lo + h) % 24:02d}–{round(hi + h) % 24:02d} on {z} time" for z, h in others],
                       locale="en")
    return f" ({said}; {CANNOT_TELL})"


def labels_on_clocks(ctx: Any, value_h: float, label: Any) -> dict[str, Any]:
    """``label(hours)`` of a local-time value read on the zone chosen (``ctx.zone_name``) and on each other open
    clock (:func:`headline_zones`; the value moved by each clock's offset, on a 24-hour dial): ``{zone: label}``,
    west to east, the zone chosen in its place among them (as :func:`windows_by_clock` and the late nights'
    ``share_00_05_by_clock`` key theirs; T37: the zone chosen came first)."""
    clocks = sorted([(ctx.zone_name or "UTC", 0.0), *headline_zones(ctx)], key=lambda zh: zh[1])
    return {z: label((value_h + h) % 24) for z, h in clocks}


def same_everywhere(labels: dict[str, Any]) -> bool:
    """Whether a label holds on every open clock."""
    return len(set(labels.values())) <= 1


def described(labels: dict[str, Any]) -> str:
    """``{zone: label}`` in words: ``"early type on America/Los_Angeles time, late type on America/New_York's"``."""
    return format_list([f"{lab} on {z} time" for z, lab in labels.items()], locale="en")


def headline_zones(ctx: Any) -> list[tuple[str, float]]:
    """The other clocks a local-time finding's headline gives its times on, most behind first: the country's clocks
    left open (:func:`open_zones`), else — no record placing the person — the offsets the activity alone fits
    about equally (``ctx.offsets_open``, T33A M6); ``[]`` without."""
    return open_zones(ctx) or sorted(getattr(ctx, "offsets_open", None) or (), key=lambda zh: zh[1])


def open_zones_value(ctx: Any) -> list[dict[str, Any]] | None:
    """The other open clocks as a local-time finding's value gives them (``open_zones``, M2 of T33B: the headline of
    every finding that states a clock time says it on each; :func:`headline_zones`): ``[{"zone",
    "hours_from_zone"}]``, most behind first; None where the clock is pinned or the country keeps one."""
    return [{"zone": z, "hours_from_zone": h} for z, h in headline_zones(ctx)] or None


def windows_by_clock(ctx: Any, windows: dict[str, dict[str, Any] | None]) -> dict[str, dict[str, Any]] | None:
    """The sleep windows (``{"weekday": {"start", "end", …} | None, "weekend": …}`` on the zone chosen) as they read
    on every open clock, the zone chosen included, west to east: ``{zone: {"weekday": {"start", "end"} | None,
    "weekend": …}}``; None without open clocks."""
    others = headline_zones(ctx)
    if not others:
        return None
    clocks = sorted([(ctx.zone_name or "UTC", 0.0), *others], key=lambda zh: zh[1])
    return {z: {k: ({"start": shift_hhmm(w["start"], h), "end": shift_hhmm(w["end"], h)} if w else None)
                for k, w in windows.items()} for z, h in clocks}


def open_range(zones: Sequence[tuple[str, float]]) -> tuple[str, str]:
    """The first and last zone of ``[(zone, standard UTC offset hours)]`` by offset (west to east)."""
    ordered = sorted(zones, key=lambda zh: zh[1])
    return ordered[0][0], ordered[-1][0]


def in_stated_range(offset: float, west: float, east: float) -> bool:
    """Whether a UTC offset (hours) lies inside the range stated "from ``west`` to ``east``", read eastward: a plain
    range (``west`` ≤ ``east``: UTC−11 to UTC−7) holds the offsets between them, one across the date line (``west``
    > ``east``: UTC+12 to UTC−8) those from ``west`` to UTC+14 and from UTC−12 to ``east``. Pacific/Apia (UTC+13)
    keeps the wall hours of UTC−11 but not its calendar: it is outside "UTC−11 to UTC−7" (BOUND57, T54B 3)."""
    if west <= east:
        return west <= offset <= east
    return offset >= west or offset <= east

