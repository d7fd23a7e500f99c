"""A stay abroad: a period of the home's history that returns to the home it left within a year.

The home finding's move history (``moved.periods``, :meth:`dataexam.inference.moves.MovesMixin._move`) lists
runs of days in one country each. A run between two runs in the *same* country that lasts under
:data:`STAY_ABROAD_MAX_DAYS` is no change of home: the person went abroad for a semester or a secondment and came
back. The thirtieth pass's tester (T30B M4, a Madrid student's five months in Tokyo): the home read "Madrid since
Feb 2025 (before: Spain …; Japan …)", the life events "Move from JP to ES" without the move there, the trips "No
trips abroad seen" — three findings, three stories. Marked here once, every finding names it the same way: "a stay
abroad in Japan, Sep 2024 – Jan 2025 (5 months)".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from datetime import date
from itertools import pairwise
from typing import Any

from ..wording import in_text

# The UN's Recommendations on Statistics of International Migration, Rev. 1 (1998, ST/ESA/STAT/SER.M/58/Rev.1):
# the country of usual residence changes with a stay of at least 12 months (a "long-term migrant"); three to twelve
# months abroad is no change of usual residence (the UN Expert Group on Migration Statistics, 2021: "short-term
# migrant" is a misnomer). A semester (4–6 months) or a secondment under a year abroad between two periods in the same
# country is therefore a stay abroad; a year or more abroad and back is two moves.
STAY_ABROAD_MAX_DAYS = 365
# Two seasonal homes (T31B S1: Nov–Apr in Iași, May–Oct in Kent, three years): a history that alternates between
# two countries, each seen in at least SEASONAL_MIN_RUNS periods, every inner period a season (SEASON_MIN_DAYS …
# SEASON_MAX_DAYS) that starts in about the same month each year (within SEASON_START_SLACK months). A return home
# is then never a stay abroad, and the yearly switches are no moves.
SEASONAL_MIN_RUNS = 2
SEASON_MIN_DAYS = 75
SEASON_MAX_DAYS = 300
SEASON_START_SLACK = 1


def _months_apart(a: int, b: int) -> int:
    """Calendar months between two month numbers (1–12) round the year: 12 and 1 are 1 apart."""
    d = abs(a - b) % 12
    return min(d, 12 - d)


def seasonal_homes(periods: Sequence[dict[str, Any]]) -> list[dict[str, Any]] | None:
    """Two seasonal homes read from a move history (``[{country, from, until}, …]``, ISO days), or None:
    ``[{"country", "from_month", "until_month"}, …]`` (month numbers 1–12, the usual season of each, the latest
    home first). The rule: the periods alternate between exactly two countries, each in ≥ :data:`SEASONAL_MIN_RUNS`
    periods; every period but the first and the last (cut by the records' ends) lasts :data:`SEASON_MIN_DAYS` …
    :data:`SEASON_MAX_DAYS` days; and each country's inner periods start within :data:`SEASON_START_SLACK` months of
    one another in their years. Two semesters abroad in two years are a stay each unless they recur like that."""
    if len(periods) < 4:
        return None
    countries = [str(p.get("country")) for p in periods]
    if len(set(countries)) != 2 or any(a == b for a, b in pairwise(countries)):
        return None
    try:
        spans = [(date.fromisoformat(str(p["from"])[:10]), date.fromisoformat(str(p["until"])[:10])) for p in periods]
    except (KeyError, ValueError):
        return None
    inner = list(range(1, len(periods) - 1))
    if any(not SEASON_MIN_DAYS <= (spans[i][1] - spans[i][0]).days + 1 <= SEASON_MAX_DAYS for i in inner):
        return None
    out: list[dict[str, Any]] = []
    for cc in dict.fromkeys(reversed(countries)):  # the latest home first
        mine = [i for i in range(len(periods)) if countries[i] == cc]
        if len(mine) < SEASONAL_MIN_RUNS:
            return None
        full = [i for i in mine if i in inner] or mine
        starts = [spans[i][0].month for i in full]
        ends = [spans[i][1].month for i in full]
        if any(_months_apart(a, starts[0]) > SEASON_START_SLACK for a in starts):
            return None
        out.append({"country": cc, "from_month": Counter(starts).most_common(1)[0][0],
                    "until_month": Counter(ends).most_common(1)[0][0]})
    return out


def seasons_text(seasons: Sequence[dict[str, Any]], place: Callable[[dict[str, Any]], str]) -> str:
    """Two seasonal homes in words: "two seasonal homes: Iasi, Romania (Nov–Apr) and United Kingdom (May–Oct), each
    year"; ``place`` names one entry's home."""
    def months(s: dict[str, Any]) -> str:
        return (f"{date(2000, int(s['from_month']), 1).strftime('%b')}–"
                f"{date(2000, int(s['until_month']), 1).strftime('%b')}")
    return "two seasonal homes: " + " and ".join(f"{place(s)} ({months(s)})" for s in seasons) + ", each year"


def mark_stays(periods: Sequence[dict[str, Any]]) -> None:
    """Marks, in place, every period of a move history (``[{country, from, until}, …]``, ISO days as the rule reads
    them) that lies between two periods in one other country and lasts under :data:`STAY_ABROAD_MAX_DAYS` days:
    ``stay_abroad: {"from": "YYYY-MM", "until": "YYYY-MM", "months": n}`` (months, never a night-time record's day;
    ``months`` rounded, at least 1). Periods whose days do not parse are left unmarked; none where the history is
    two seasonal homes (:func:`seasonal_homes`: a return home is never a stay abroad)."""
    if seasonal_homes(periods):
        return
    for i in range(1, len(periods) - 1):
        p = periods[i]
        if periods[i - 1].get("country") != periods[i + 1].get("country") \
                or p.get("country") == periods[i + 1].get("country"):
            continue
        try:
            first, last = date.fromisoformat(str(p["from"])[:10]), date.fromisoformat(str(p["until"])[:10])
        except (KeyError, ValueError):
            continue
        days = (last - first).days + 1
        if days < STAY_ABROAD_MAX_DAYS:
            p["stay_abroad"] = {"from": first.isoformat()[:7], "until": last.isoformat()[:7],
                                "months": max(1, round(days / 30.44))}


def _month(ym: str) -> str:
    """``"2024-09"`` → ``"Sep 2024"``."""
    return date.fromisoformat(f"{ym}-01").strftime("%b %Y")


def stay_text(period: dict[str, Any], country_name: Callable[[str], str]) -> str:
    """A marked period in words: "a stay abroad in Japan, Sep 2024 – Jan 2025 (5 months)", "in the United States"
    (``country_name``: a code → its English name; "the" put before a name that takes it,
    :func:`~dataexam.wording.in_text`)."""
    s = period["stay_abroad"]
    where = in_text(country_name(str(period.get("country"))))
    return (f"a stay abroad in {where}, {_month(s['from'])} – {_month(s['until'])} "
            f"({s['months']} month{'s' if s['months'] != 1 else ''})")


def stay_periods(periods: Sequence[dict[str, Any]] | None) -> list[dict[str, Any]]:
    """The marked periods of a move history, oldest first (``[]`` without any)."""
    return [p for p in periods or () if isinstance(p, dict) and p.get("stay_abroad")]


def homes(periods: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The move history with every stay abroad folded into the home around it: ``[{country, from, until}, …]``,
    one entry per home (the stay's neighbours joined: the first one's ``from``, the second one's ``until``). Each
    switch between two entries is a move."""
    out: list[dict[str, Any]] = []
    skip = False
    for p in periods:
        if p.get("stay_abroad"):
            skip = True
            continue
        if skip and out and out[-1]["country"] == p.get("country"):
            out[-1]["until"] = p.get("until")
        else:
            out.append({"country": p.get("country"), "from": p.get("from"), "until": p.get("until")})
        skip = False
    return out


def history_text(where: str, periods: Sequence[dict[str, Any]], country_name: Callable[[str], str],
                 month: Callable[[str], str]) -> str:
    """The home and its history in words, a stay abroad named as one: "Madrid, Spain, with a stay abroad in Japan,
    Sep 2024 – Jan 2025 (5 months)"; after a move as well "Berlin, Germany since Mar 2025 (before: Spain Jan 2024 –
    Feb 2025), with a stay abroad …"; a country alone with "the" where it takes it ("before: the United Kingdom …",
    :func:`~dataexam.wording.in_text`; ``where`` as the caller words it). ``month`` gives a period's day as a month
    (the caller's, which may say a night-time record's day is withheld)."""
    hs = homes(periods)
    text = where
    if len(hs) > 1:
        text += (f" since {month(str(hs[-1]['from']))} (before: "
                 + "; ".join(f"{in_text(country_name(str(h['country'])))} {month(str(h['from']))} – "
                             f"{month(str(h['until']))}" for h in hs[:-1]) + ")")
    said = [stay_text(p, country_name) for p in stay_periods(periods)]
    return text + (", with " + " and ".join(said) if said else "")
