"""Religious calendar periods, offline: the days of each Ramadan (GDPR Art. 9, religion), for the checks.

The twenty-seventh pass withheld a person's night dates when they followed Ramadan (T27B M5: 26 late nights, all
inside the Ramadans of 2022-2024, printed by a default report). That pattern test had two limits: it knew one
calendar only (not Lent, the Jewish holidays, Hajj), and the dates missing for one person beside others' told the
practice itself (T27D H1, T27E H1). The twenty-eighth pass replaced it by a mechanism: without
``--include-sensitive`` no report gives the date of night-time activity for anyone
(:func:`dataexam.inference.sensitive.withhold_night_dates`). Nothing in a report reads this module any more;
the tests use :func:`ramadans` to check that no date of a fasting person's nights reaches any format.

Ramadan's days come from ``hijridate`` (the Umm al-Qura calendar of Saudi Arabia, tabulated for 1343–1500 AH,
i.e. 1924-08-01 to 2077-11-16; outside that range no period is known). Countries that start the month on a local
sighting (Egypt, Pakistan, Morocco, Türkiye's own calculation …) begin it up to two days apart from Umm al-Qura,
so each Ramadan is widened by :data:`MARGIN_DAYS` at both ends.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from hijridate import Gregorian, Hijri

#: days added before and after each Ramadan of the Umm al-Qura calendar (local sighting differs by up to 2 days)
MARGIN_DAYS = 2

_FIRST, _LAST = date(1924, 8, 1), date(2077, 11, 16)  # hijridate's Umm al-Qura range


@dataclass(frozen=True)
class Period:
    """One occurrence of a religious calendar period: ``name`` ("Ramadan"), its calendar ``year`` (1445 AH) and
    its Gregorian days ``first``–``last`` inclusive, :data:`MARGIN_DAYS` included."""

    name: str
    year: int
    first: date
    last: date


def ramadans(first: date, last: date) -> list[Period]:
    """The Ramadans (Umm al-Qura, widened by :data:`MARGIN_DAYS`) that overlap ``first``–``last``, in order;
    ``[]`` outside the calendar's tabulated range."""
    lo, hi = max(first, _FIRST + timedelta(days=40)), min(last, _LAST - timedelta(days=400))
    if lo > hi:
        return []
    out = []
    for year in range(Gregorian.fromdate(lo).to_hijri().year - 1, Gregorian.fromdate(hi).to_hijri().year + 2):
        try:
            start = Hijri(year, 9, 1)
            g0 = start.to_gregorian()
        except (OverflowError, ValueError):  # outside the tabulated range
            continue
        g1 = g0 + timedelta(days=start.month_length() - 1)
        p = Period("Ramadan", year, date(g0.year, g0.month, g0.day) - timedelta(days=MARGIN_DAYS),
                   date(g1.year, g1.month, g1.day) + timedelta(days=MARGIN_DAYS))
        if p.last >= first and p.first <= last:
            out.append(p)
    return out


__all__ = ["MARGIN_DAYS", "Period", "ramadans"]
