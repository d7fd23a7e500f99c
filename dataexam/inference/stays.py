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

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

# The UN's Recommendations on Statistics of International Migration, Rev. 1 (1998, ST/ESA/STAT/SER.M/58/Rev.1):
# the country of usual residence changes with a stay of at least 12 months (a "long-term migrant"); three to twelve
# months abroad is no change of usual residence (the UN Expert Group on Migration Statistics, 2021: "short-term
# migrant" is a misnomer). A semester (4–6 months) or a secondment under a year abroad between two periods in the same
# country is therefore a stay abroad; a year or more abroad and back is two moves.
STAY_ABROAD_MAX_DAYS = 365


def mark_stays(periods: Sequence[dict[str, Any]]) -> None:
    """Marks, in place, every period of a move history (``[{country, from, until}, …]``, ISO days as the rule reads
    them) that lies between two periods in one other country and lasts under :data:`STAY_ABROAD_MAX_DAYS` days:
    ``stay_abroad: {"from": "YYYY-MM", "until": "YYYY-MM", "months": n}`` (months, never a night-time record's day;
    ``months`` rounded, at least 1). Periods whose days do not parse are left unmarked."""
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
    """A marked period in words: "a stay abroad in Japan, Sep 2024 – Jan 2025 (5 months)"."""
    s = period["stay_abroad"]
    return (f"a stay abroad in {country_name(str(period.get('country')))}, {_month(s['from'])} – {_month(s['until'])} "
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
    Feb 2025), with a stay abroad …". ``month`` gives a period's day as a month (the caller's, which may say a
    night-time record's day is withheld)."""
    hs = homes(periods)
    text = where
    if len(hs) > 1:
        text += (f" since {month(str(hs[-1]['from']))} (before: "
                 + "; ".join(f"{country_name(str(h['country']))} {month(str(h['from']))} – {month(str(h['until']))}"
                             for h in hs[:-1]) + ")")
    said = [stay_text(p, country_name) for p in stay_periods(periods)]
    return text + (", with " + " and ".join(said) if said else "")
