"""Religious calendar periods, offline: whether a finding's dates follow one (GDPR Art. 9, religion).

A list of dates says nothing by itself, but late nights that fall, year after year, inside Ramadan — a month
that moves about 11 days earlier each Gregorian year — tell the practice to anyone who holds the list beside a
calendar (the twenty-seventh pass's tester, T27B M5: 26 late nights, all inside the Ramadans of 2022, 2023 and
2024, printed by a report without ``--include-sensitive``). :func:`concentrated` is the test; the gate that acts
on it is :func:`dataexam.inference.sensitive.gate_dates`.

Ramadan's days come from ``hijridate`` (the Umm al-Qura calendar of Saudi Arabia, tabulated for 1343–1500 AH,
i.e. 1924-08-01 to 2077-11-16; outside that range no period is known and nothing is withheld). Countries that
start the month on a local sighting (Egypt, Pakistan, Morocco, Türkiye's own calculation …) begin it up to two
days apart from Umm al-Qura, so each Ramadan is widened by :data:`MARGIN_DAYS` at both ends (which also takes in
the night before the first fast, and the Eid night after the last).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from math import comb

from hijridate import Gregorian, Hijri

#: days added before and after each Ramadan of the Umm al-Qura calendar (local sighting differs by up to 2 days)
MARGIN_DAYS = 2
#: a finding's dates follow a religious period when at least this many items are dated ...
MIN_ITEMS = 3
#: ... at least this share of them falls inside the period ...
MIN_SHARE = 0.5
#: ... they fall inside it in at least this many distinct years of its calendar (one month-long cluster — exams,
#: a newborn, a project — lands in Ramadan by chance about one time in twelve; the same cluster moving with the
#: lunar year is the practice) ...
MIN_YEARS = 2
#: ... at least as many as a fixed window of the Gregorian year holds (:func:`_best_fixed_window`; a tie, dates
#: inside both, is withheld: the cost of a false alarm is a list of dates, the count stays) ...
#: ... and that many inside is unlikely by chance: the binomial tail of the count inside, where each item falls
#: inside with the share of the days between the first and the last item that are inside, is at most this.
MAX_P = 0.001

#: a span (shift nights) starting and ending this close to a Ramadan's first and last day is that Ramadan; the
#: spell's edges are found by whole nights, a day or two past the month's (T26B's ma_ramadan: 3 days)
ALIGN_DAYS = 4

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


def _inside(span: tuple[date, date], periods: list[Period]) -> Period | None:
    """The period holding at least half of ``span``'s days (a single day: that day), else None."""
    a, b = span
    days = (b - a).days + 1
    for p in periods:
        overlap = (min(b, p.last) - max(a, p.first)).days + 1
        if overlap > 0 and 2 * overlap >= days:
            return p
    return None


def _tail(k: int, n: int, p: float) -> float:
    """P(X ≥ k) for X ~ Binomial(n, p)."""
    return sum(comb(n, i) * p ** i * (1 - p) ** (n - i) for i in range(k, n + 1))


@dataclass(frozen=True)
class Concentration:
    """What :func:`concentrated` measured: ``items`` dated, ``inside`` a period, the distinct calendar ``years``
    they fall in, the chance ``p0`` that one item falls inside, the binomial tail ``p``, the most items one fixed
    Gregorian window of the period's length holds every year (``fixed``) and the verdict ``follows``."""

    items: int
    inside: int
    years: int
    p0: float
    p: float
    follows: bool
    fixed: int = 0


def concentrated(spans: Iterable[tuple[date, date]]) -> Concentration:
    """Whether dated items (each a ``(first, last)`` day span; a single date is ``(d, d)``) follow Ramadan: at
    least :data:`MIN_ITEMS` items, at least :data:`MIN_SHARE` of them inside a Ramadan (a span: half its days),
    in at least :data:`MIN_YEARS` distinct Hijri years, with a binomial tail of at most :data:`MAX_P` against the
    share of days inside a Ramadan between the first item and the last, and at least as many inside as one window
    of the same length at a fixed place of the Gregorian year holds (Ramadan fell in March–April in 2022–2024:
    a student's late nights before each April's exams must not read as Ramadan; the lunar month's drift of 11
    days a year is what tells the two apart). Or: at least :data:`MIN_YEARS` of the spans, and half of them,
    begin and end with a Ramadan (:func:`_aligned`: three spells of other hours that are the three months)."""
    items = sorted(spans)
    if not items:
        return Concentration(0, 0, 0, 0.0, 1.0, False)
    lo, hi = items[0][0], max(b for _a, b in items)
    periods = ramadans(lo, hi)
    hits = [p for span in items if (p := _inside(span, periods)) is not None]
    total = (hi - lo).days + 1
    covered = sum(max(0, (min(hi, p.last) - max(lo, p.first)).days + 1) for p in periods)
    p0 = min(1.0, max(covered / total, 1 / 12)) if total else 1.0  # never below a twelfth: a month of the year
    years = len({p.year for p in hits})
    tail = _tail(len(hits), len(items), p0) if hits else 1.0
    fixed = _best_fixed_window(items, max((p.last - p.first).days + 1 for p in periods) if periods else 34)
    follows = (len(items) >= MIN_ITEMS and len(hits) >= MIN_SHARE * len(items) and years >= MIN_YEARS
               and tail <= MAX_P and len(hits) >= fixed)
    # spans of weeks (shift nights) that begin and end with the month, in two years or more: Ramadan's shape
    aligned = {p.year for span in items if span[1] > span[0] and (p := _aligned(span, periods)) is not None}
    follows = follows or (len(aligned) >= MIN_YEARS and 2 * len(aligned) >= len(items))
    return Concentration(len(items), len(hits), years, round(p0, 4), tail, follows, fixed)


def _aligned(span: tuple[date, date], periods: list[Period]) -> Period | None:
    """The period whose first and last days (without the margin) ``span`` starts and ends within
    :data:`ALIGN_DAYS` of, else None: a spell of other hours that is the month itself (a span of a month falls
    so by chance with a probability of about (2·4 + 1)² / 365 / 30 ≈ 0.7 %, twice in two years ≈ 0.005 %)."""
    a, b = span
    for p in periods:
        first, last = p.first + timedelta(days=MARGIN_DAYS), p.last - timedelta(days=MARGIN_DAYS)
        if abs((a - first).days) <= ALIGN_DAYS and abs((b - last).days) <= ALIGN_DAYS:
            return p
    return None


def _best_fixed_window(items: list[tuple[date, date]], length: int) -> int:
    """The most items (by their middle day) that one window of ``length`` days at the same place in every
    Gregorian year holds (exams each April, a December rush): the calendar the religious period must beat."""
    days = sorted(min((a + (b - a) / 2).timetuple().tm_yday, 365) - 1 for a, b in items)
    doubled = days + [d + 365 for d in days]
    best, j = 0, 0
    for i in range(len(days)):
        j = max(j, i)
        while j < len(doubled) and doubled[j] < doubled[i] + length:
            j += 1
        best = max(best, j - i)
    return best


__all__ = ["ALIGN_DAYS", "MARGIN_DAYS", "MAX_P", "MIN_ITEMS", "MIN_SHARE", "MIN_YEARS", "Concentration", "Period",
           "concentrated", "ramadans"]
