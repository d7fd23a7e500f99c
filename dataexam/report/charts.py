"""Terminal pictures (plain Unicode lines, shared by the text and Markdown reports).

- :func:`routine_grid`: the 7×24 week as a shaded grid (weekday × local hour);
- :func:`mood_chart`: the weekly mood as a dated chart, low periods marked underneath;
- :func:`year_bars`: spending per year as bars;
- :func:`trip_timeline`: trips abroad on a year × month timeline.

Each returns a list of lines and never raises on a value of an unexpected shape (it returns ``[]``).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from . import view

BLOCKS = " ▏▎▍▌▋▊▉█"
SHADES = " ░▒▓█"
SPARK = "▁▂▃▄▅▆▇█"
MONTHS = "JFMAMJJASOND"


def hbar(value: float, maximum: float, width: int = 30) -> str:
    """A horizontal bar of eighth-blocks, ``value`` out of ``maximum`` over ``width`` cells."""
    if maximum <= 0 or value <= 0:
        return ""
    cells = min(value / maximum, 1.0) * width
    full = int(cells)
    part = int((cells - full) * 8)
    return "█" * full + (BLOCKS[part] if part else "")


def routine_grid(heatmap: Any) -> list[str]:
    """Weekday rows × 24 hour columns (two characters each), shaded by activity relative to the busiest hour."""
    try:
        rows = [[float(x) for x in row[:24]] for row in heatmap[:7]]
    except (TypeError, ValueError):
        return []
    if len(rows) != 7 or any(len(r) != 24 for r in rows):
        return []
    top = max(max(r) for r in rows) or 1.0
    lines = ["     " + "".join(f"{h:02d}" if h % 3 == 0 else "  " for h in range(24))]
    for name, row in zip(view.WEEKDAYS, rows):
        cells = []
        for x in row:
            level = 0 if x <= 0 else min(len(SHADES) - 1, 1 + int(x / top * (len(SHADES) - 1) - 1e-9))
            cells.append(SHADES[level] * 2)
        lines.append(f"{name}  " + "".join(cells) + " ")
    lines.append("     " + "  ".join(f"{s} {lbl}" for s, lbl in
                                     zip(SHADES[1:], ("a little", "some", "much", "most"))) + "   (local hours)")
    return lines


def mood_chart(value: Any, width: int = 72) -> list[str]:
    """Weekly mood medians, several weeks per column when needed; ``^`` marks the low periods; year axis."""
    if not isinstance(value, dict):
        return []
    series = view.mood_series(value)
    if len(series) < 2:
        return []
    first, last = series[0][0], series[-1][0]
    weeks = (last - first).days // 7 + 1
    per = max(1, -(-weeks // width))
    cols = -(-weeks // per)
    buckets: list[list[float]] = [[] for _ in range(cols)]
    for d, median, _ in series:
        buckets[((d - first).days // 7) // per].append(median)
    lows = []
    for p in value.get("low_periods") or []:
        try:
            lows.append((date.fromisoformat(str(p["start"])[:10]), date.fromisoformat(str(p["end"])[:10])))
        except (KeyError, TypeError, ValueError):
            continue
    spark, marks, axis = [], [], [" "] * cols
    for i, b in enumerate(buckets):
        start = date.fromordinal(first.toordinal() + i * per * 7)
        end = date.fromordinal(start.toordinal() + per * 7 - 1)
        if b:
            m = sum(b) / len(b)
            spark.append(SPARK[max(0, min(7, int((m + 1) / 2 * 8)))])
        else:
            spark.append(" ")
        marks.append("^" if any(a <= end and start <= z for a, z in lows) else " ")
        if i == 0 or start.year != date.fromordinal(start.toordinal() - per * 7).year:
            year = str(start.year)
            if all(c == " " for c in axis[i:i + 5]):
                axis[i:i + 4] = list(year)
    out = ["positive ┤" + "".join(spark), "         └" + "".join(marks).rstrip(),
           "          " + "".join(axis[:cols]).rstrip()]
    if any(m == "^" for m in marks):
        out.append("          ^ = low period" + (f"   (one column = {per} weeks)" if per > 1 else ""))
    return out


def year_bars(totals: list[tuple[str, Any, list[tuple[str, Any]]]], width: int = 36) -> list[str]:
    """Per currency, one bar per year with the amount in that currency's format."""
    lines = []
    several = len(totals) > 1
    for cur, _, rows in totals:
        if several:
            lines.append(f"  in {cur}:")
        top = max((float(a) for _, a in rows), default=0.0)
        for year, amount in rows:
            lines.append(f"  {year}  {hbar(float(amount), top, width):<{width + 1}} {view.money(amount, cur)}")
    return lines


def trip_timeline(trips: Any, first: str | None = None, last: str | None = None) -> list[str]:
    """Years × months; ``■`` marks a month with a trip abroad; each year's trips named on its right."""
    if not isinstance(trips, list) or not trips:
        return []
    spans = []
    said: dict[int, str] = {}  # a trip's days as said, where withheld (by their months: view.trip_span)
    for t in trips:
        try:
            # a day withheld near a night-time move by its month (``start_month``/``end_month``): a window's
            # ("2026-06/2026-08", WINDOW62) from its first month to its last, every month of it marked
            start, end = (f"{str(t[k + '_month']).split('/')[i][:7]}-01" if str(t.get(k)).startswith(view.TIME_WITHHELD)
                          else str(t[k])[:10] for i, k in ((0, "start"), (-1, "end")))
            spans.append((date.fromisoformat(start), date.fromisoformat(end), view.country(t.get("country"))))
        except (KeyError, TypeError, ValueError):
            continue
        if str(t.get("start")).startswith(view.TIME_WITHHELD) or str(t.get("end")).startswith(view.TIME_WITHHELD):
            said[len(spans) - 1] = view.trip_span(t)
    if not spans:
        return []
    years = [d.year for s, e, _ in spans for d in (s, e)]
    y0 = min(years + ([int(first[:4])] if first and first[:4].isdigit() else []))
    y1 = max(years + ([int(last[:4])] if last and last[:4].isdigit() else []))
    if y1 - y0 > 30:
        y0 = y1 - 30
    lines = ["        " + " ".join(MONTHS)]
    for year in range(y0, y1 + 1):
        cells = []
        names = []
        for month in range(1, 13):
            hit = [name for s, e, name in spans if (s.year, s.month) <= (year, month) <= (e.year, e.month)]
            cells.append("■" if hit else "·")
        for i, (s, e, name) in enumerate(spans):
            if s.year == year:
                names.append(f"{name} {said.get(i) or view.span(s.isoformat(), e.isoformat())}")
        lines.append(f"  {year}  " + " ".join(cells) + ("   " + ", ".join(names) if names else ""))
    return lines


def share_bars(shares: dict[str, float], names: Any = None, width: int = 30) -> list[str]:
    names = names or (lambda k: k)
    rows = [(names(k), float(s)) for k, s in shares.items() if view.finite(s) and s >= 0.01]
    pad = max((len(n) for n, _ in rows), default=0)
    return [f"  {n:<{pad}}  {hbar(s, 1.0, width):<{width + 1}} {s:.0%}" for n, s in rows]
