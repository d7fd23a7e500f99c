"""Clock periods: a history cut where the person's clock changed — at a move the login IPs or shipping addresses
date, at a placed step of an hour or two, at seasons spent in another home, at a stint on another of the country's
clocks, at each run of days on one of the country's clocks (:func:`clock_runs`: a move and a return, Phoenix → Chicago
→ Phoenix) — and each period read on its own zone (:class:`PeriodSplit`, :func:`_fit_periods`). Moved out of
``clock.py`` by concern (thirty-third pass), unchanged; state is per day, as the clock's.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import math
from array import array
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from itertools import pairwise
from typing import Any

from ..wording import day_text
from .addresses import days_per_country, held_days
from .moves import edge_stay, moves_and_back, two_runs
from .proxies import dominant, night_country
from .stays import seasonal_homes
from .timezone import (
    FLOOR,
    LULL_DEPTH_MAX,
    LULL_MID_MEAN_H,
    LULL_MID_SD_H,
    MOVE_SHIFT_H,
    QUARTERS,
    REGIME_CUT_NATS,
    REGIME_MIN_ACTIVE,
    REGIME_MIN_DAYS,
    RIVAL_ACTIVITY_MARGIN,
    MovedZone,
    Regime,
    _absorb_short,
    _day_fit,
    _shifted,
    _switch_instant,
    _viterbi,
    circ_diff_hours,
    fits_as_well_in_country,
    lull_depth,
    lull_mid_hours,
    presence_hist,
    rivals_in_country,
    score_zones,
    smooth,
    utc_profile,
    zone_info,
)
from .zoneprior import clock_years, country_zones, zone_clocks, zone_countries, zone_populations

#: the least calendar span of the period whose zone is the home when it is the latest (a shorter latest period is
#: a stay unless no period is that long): a quarter of a year
HOME_MIN_DAYS = 91
#: how far (SD, hours) a period's lull is expected from where it centres at home (the person's own night abroad:
#: jet lag and a new routine move it by an hour or so)
PERIOD_LULL_SD_H = 0.5
#: the least posterior of a clock the other home's season may be read on in place of the head count's pick, where it
#: puts the season's nights at the person's own hours at home (:func:`_fit_periods`): Tenerife's 0.22 beside Madrid's
SEASON_NEAR_MIN_POSTERIOR = 0.05
#: how a period other than the home is named, by where it lies against the home's clock: between two periods on
#: it, before every one of them, after the last
PERIOD_WORDS = {"stay": "a stay abroad?", "earlier home": "an earlier home?", "latest": "a stay abroad, or a move?",
                "season": "a season in your other home", "stint": "a stint on another of the country's clocks"}


def seasons_clocks_text(seasons: Sequence[dict[str, Any]]) -> str:
    """Two seasonal homes' clocks (:meth:`PeriodSplit.season_clocks`) in words: "Europe/Bucharest (UTC+2 with
    summer time) Nov–Apr and Europe/London (UTC+0 with summer time) May–Oct"."""
    def months(s: dict[str, Any]) -> str:
        return f"{date(2000, int(s['from_month']), 1):%b}–{date(2000, int(s['until_month']), 1):%b}"
    return " and ".join(f"{period_clock_text(s)} {months(s)}" for s in seasons)


def period_clock_text(p: dict[str, Any]) -> str:
    """A period's or a season's clock in words: "UTC+1 with summer time (Europe/Berlin)", or where no record places
    the person (its ``offsets_open``, the home's open range moved by the hours between the two clocks) "one of the
    clocks from UTC−1 to UTC+1": only the hours from home's are known then, not the city (SEASONS3)."""
    if p.get("offsets_open"):
        west, east = p["offsets_open"]
        return f"one of the clocks from {_fmt_utc(west)} to {_fmt_utc(east)}"
    return f"{p['zone']} ({_fmt_utc(p['utc_offset_hours'])}{' with summer time' if p['observes_dst'] else ''})"


def _fmt_utc_q(quarters: int) -> str:
    """An offset in quarter-hours as the summaries write it: ``-16`` → ``"UTC-4"``, ``22`` → ``"UTC+5:30"``,
    ``51`` → ``"UTC+12:45"`` (was "UTC+5.5", "UTC+12.75"; T26B's L1)."""
    h, m = divmod(abs(quarters) * 15, 60)
    return f"UTC{'+' if quarters >= 0 else '-'}{h}" + (f":{m:02d}" if m else "")


def law_earlier(periods: Sequence[dict[str, Any]]) -> str:
    """The laws before the latest of :func:`~.timezone.law_periods`' periods, as the summaries write them:
    ``"UTC+2 with summer time until 6 Sep 2016"``; several joined by "; "."""
    out = []
    for p in periods[:-1]:
        d = date.fromisoformat(p["until"])
        out.append(f"{_fmt_utc(p['utc_offset_hours'])}{' with summer time' if p['observes_dst'] else ''} until "
                   + day_text(d))
    return "; ".join(out)


def clock_back_text(back: dict[str, Any]) -> str:
    """A zone's clock put back for a few weeks each year (:func:`~.timezone.clock_back`) as the summaries say it
    after the offset: "UTC+0 during Ramadan" (tzdb Africa/Casablanca since 2019), else "UTC+0 for a few weeks
    each year"."""
    when = "during Ramadan" if back.get("ramadan") else "for a few weeks each year"
    return f"{_fmt_utc(back['utc_offset_hours'])} {when}"


def _fmt_utc(hours: float) -> str:
    """``-5.0`` → ``"UTC−5"``, ``5.5`` → ``"UTC+5:30"``."""
    h, m = divmod(round(abs(hours) * 60), 60)
    return f"UTC{'+' if hours >= 0 else '−'}{h}" + (f":{m:02d}" if m else "")


def first_day_on(start: datetime, zone: str, before: str, first: date) -> date:
    """The first local day on ``zone``'s clock of a period read from the instant ``start`` (the switch from
    ``before``'s clock, :func:`~.timezone._switch_instant`) whose first active UTC day is ``first``: the local day of
    ``start`` — but that UTC day itself where ``start`` is a UTC midnight (``first``'s: the day-level cut, no better
    instant found; or the one before the first morning on the later clock) and ``zone``'s clock is ahead of
    ``before``'s then: UTC midnight is the earlier clock's afternoon in the
    Americas, and a move Phoenix → New York on 15 Apr 2024 read "from 14 Apr", its last Phoenix evening on New
    York's clock (T36B). Moving west, UTC midnight is the later clock's evening of the day it was reached."""
    # any UTC midnight so read, not only the first active day's: a switch placed on the evening before the first
    # morning on the later clock (timezone._switch_in_sleep) may begin a UTC day the period's days, cut by whole
    # UTC days, do not (Phoenix → Chicago on 1 Apr 2023, its period's first UTC day 31 Mar: "from 31 Mar")
    if start.astimezone(UTC).time() == time(0) and (zone_info(zone).utcoffset(start) or timedelta(0)) > (
            zone_info(before).utcoffset(start) or timedelta(0)):
        return start.astimezone(UTC).date()
    return start.astimezone(zone_info(zone)).date()


class PeriodSplit:
    """The history cut into periods on different clocks (:func:`~.timezone.regimes`), a zone fitted to each.

    ``answers[i]``: the best candidate of period ``i`` alone; ``home``: the index of the period that names the
    home clock — the latest period spanning :data:`HOME_MIN_DAYS` calendar days or more (where one lives now; a
    shorter latest period is a stay, or a move too recent to tell), else the one with the most active days.
    Every period whose answer keeps the home's clock (standard offset and summer-time rule) is the home's: the
    home zone is fitted to all of their days together (``home_days``, ``home_cands``), with the place evidence
    dated in them (``home_prior``: :func:`~.zoneprior.build_prior` over their day ranges)."""

    def __init__(self, day_hists: Mapping[date, array], periods: Sequence[Any], answers: Sequence[Any],
                 home: int, home_cands: list[Any], home_prior: Any) -> None:
        self.periods, self.answers, self.home = list(periods), list(answers), home
        self.day_hists = day_hists
        key = self._clock(home)
        self.at_home = [self._clock(i) == key for i in range(len(periods))]
        self.home_days = {d: day_hists[d] for i, r in enumerate(periods) if self.at_home[i] for d in r.days}
        self.home_cands, self.home_prior = home_cands, home_prior
        #: the periods are two seasonal homes' seasons: every one off the home's clock is a "season"
        self.seasonal = False
        #: the home's clock chosen by the night of the periods on a clock their logins pin (:func:`anchor_home_clock`):
        #: ``{zone, instead_of, lull_h, pinned (countries), pinned_zones, days}``, else None
        self.anchored: dict[str, Any] | None = None
        #: the home's season's clock chosen by the other home's night, two seasonal homes read from the rhythm
        #: (:func:`_fit_periods`): ``{zone, instead_of (the head count's pick), by (the other home's zone), lull_h}``
        self.season_anchor: dict[str, Any] | None = None
        #: the periods on the home's clock before the logins' move (:func:`ip_move`) whose own logins are in the
        #: country moved to, where the home period is after the move: stays there, not the home (a Chicagoan's
        #: London summers before her move to London, T34 M6); :meth:`mark_move_stays`
        self.move_stays: frozenset[int] = frozenset()

    def _clock(self, i: int) -> tuple[int, bool]:
        return self.answers[i].standard_q, self.answers[i].observes_dst

    def _runs(self, zone: str) -> list[tuple[date, date, str, int, datetime | None]]:
        """(first day, last day, zone, answer's period index, instant it starts) of each run of periods on one
        zone, oldest first."""
        runs: list[tuple[date, date, str, int, datetime | None]] = []
        for i, r in enumerate(self.periods):
            name = zone if self.at_home[i] else self.answers[i].zones[0]
            if runs and runs[-1][2] == name:
                runs[-1] = (runs[-1][0], r.last, name, runs[-1][3], runs[-1][4])
            else:
                start = r.start or datetime(r.first.year, r.first.month, r.first.day, tzinfo=UTC)
                runs.append((r.first, r.last, name, i, start if runs else None))
        return runs

    def tzinfo(self, zone: str) -> tzinfo:
        """Each period's zone from the instant it starts (:meth:`MovedZone.of_periods`), named ``zone``."""
        runs = self._runs(zone)
        later = [(start, zone_info(name)) for _a, _b, name, _i, start in runs[1:] if start is not None]
        return MovedZone.of_periods(zone_info(runs[0][2]), later, key=zone)

    def season_clocks(self, zone: str, seasons: Sequence[dict[str, Any]]) -> list[dict[str, Any]] | None:
        """Two seasonal homes (``stays.seasonal_homes``: ``[{country, from_month, until_month}]``, the latest
        first) each with the clock its seasons were read on: ``[{country, from_month, until_month, zone,
        utc_offset_hours, observes_dst}]``; None where a home's seasons give no one clock or both give the same.
        Seasons read from the daily rhythm (:func:`rhythm_seasons`: ``clock`` set, ``country`` None) are matched to
        the periods by ``Regime.season``, not by country."""
        out = []
        for season in seasons:
            clocks = {zone if self.at_home[i] else self.answers[i].zones[0]:
                      self.home_cands[0] if self.at_home[i] else self.answers[i]
                      for i, r in enumerate(self.periods)
                      if (r.season == season["clock"] if season.get("clock") else r.country == season.get("country"))}
            if len(clocks) != 1:
                return None
            name, c = clocks.popitem()
            out.append({**season, "zone": name, "utc_offset_hours": c.standard_q / 4, "observes_dst": c.observes_dst})
        return out if len({s["zone"] for s in out}) == len(out) else None

    def mark_move_stays(self, move: tuple[date, str] | None, ips_in: Callable[[date, date], Counter[str]]) -> None:
        """Sets :attr:`move_stays` for the logins' move ``(since, to)`` (:func:`ip_move`), where the home period
        began after it (:data:`IP_MOVE_SLACK_DAYS` allowed): each earlier period on the home's clock, ended before
        ``since``, whose logins (``ips_in(first, last)``) are mostly in ``to``. An earlier home in another country
        on the same clock (Berlin before Paris) stays the home's clock."""
        if move is None or self.periods[self.home].first < move[0] - timedelta(days=IP_MOVE_SLACK_DAYS):
            return
        since, to = move
        stays = set()
        for i, r in enumerate(self.periods):
            ips = ips_in(r.first, r.last) if self.at_home[i] and r.last < since else Counter()
            if ips and ips.most_common(1)[0][0] == to:
                stays.add(i)
        self.move_stays = frozenset(stays)

    def describe(self, zone: str) -> list[dict[str, Any]]:
        """The JSON value's ``periods``: ``[{from, to, zone, utc_offset_hours, observes_dst, kind, start}]``, oldest
        first; ``from``/``to`` are the first and last day on the period's clock (local dates on its own zone where a
        switch bounds them, else the first or last active UTC day), ``start`` the instant (ISO, UTC) from
        which the period's clock is read (null for the first); ``kind`` is "home", "stay" (between periods on the
        home's clock; "stint" where its zone lies in the home zone's country, "season" for two seasonal homes),
        "earlier home" (before all of them) or "latest" (after the last) — "stay" where its zone is a stay's between
        periods at home (a recurring season at the archive's edge)."""
        runs = self._runs(zone)
        # the home's clock before the logins' move (its country's summers before moving there): stays, not home
        before = {k for k, run in enumerate(runs) if run[2] == zone and run[3] in self.move_stays}
        homes = [k for k, run in enumerate(runs) if run[2] == zone and k not in before]
        # the zones of the stays between two periods at home: a period at the archive's edge on one of them is a
        # stay like those (a Winnipeg resident's New Zealand winter at its start, before two more: T33B L2), not
        # an earlier home or a move
        between = {run[2] for k, run in enumerate(runs) if homes and homes[0] < k < homes[-1] and run[2] != zone}
        out = []
        for k, (a, b, name, i, start) in enumerate(runs):
            c = self.home_cands[0] if name == zone else self.answers[i]
            kind = ("stay" if k in before else "home" if name == zone else "season" if self.seasonal
                    else "earlier home" if k < homes[0] and name not in between
                    else "latest" if k > homes[-1] and name not in between
                    # between two periods at home on another clock of the home's own country: a stint there (T31B
                    # M8: three months on Pacific time between Eastern years), no stay abroad
                    else "stint" if zone_countries().get(name) in (zone_countries().get(zone) or "?",) else "stay")
            if kind in ("earlier home", "latest") and edge_stay(a, b, [runs[0][0], runs[-1][1]]):
                # a month or six weeks on another clock at the records' first or last days: a stay abroad, as the
                # home finding reads it (moves.edge_stay), not an earlier home dated "since 31 Jan 2023" (T38B)
                kind = "stay"
            # the days the clock is read on, as local days on each period's own clock: from the switch's day there
            # to the day before the next switch there (UTC days gave one move three last days: a period "to" the
            # UTC day of the switch, the earlier zone "until" the day before; T26B's L2)
            if start is not None:
                a = first_day_on(start, name, runs[k - 1][2], self.periods[i].first)
            elif any(self.day_hists.get(a, ())):
                # the first record's own local day (a UTC day: Tokyo's morning is the UTC day before)
                q = next(q for q, c in enumerate(self.day_hists[a]) if c)
                a = (datetime(a.year, a.month, a.day, tzinfo=UTC) + timedelta(minutes=15 * q)).astimezone(
                    zone_info(name)).date()
            if k + 1 == len(runs) and any(self.day_hists.get(b, ())):
                # the last record's own local day (its UTC day: an American evening is the next UTC day)
                q = max(q for q, c in enumerate(self.day_hists[b]) if c)
                b = (datetime(b.year, b.month, b.day, tzinfo=UTC) + timedelta(minutes=15 * q)).astimezone(
                    zone_info(name)).date()
            if k + 1 < len(runs) and (nxt := runs[k + 1][4]) is not None:
                # at the latest the day before the next period's first: the switch's day is the next period's (the
                # earlier period's last local day on its own clock ran "to" the switch's day where the next clock is
                # behind it, a day both periods held: a stay abroad "10 Jan – 2 Oct 2024" before a Chicago home
                # from 1 Oct; T36B)
                b = min((nxt - timedelta(microseconds=1)).astimezone(zone_info(name)).date(),
                        first_day_on(nxt, runs[k + 1][2], name, self.periods[runs[k + 1][3]].first)
                        - timedelta(days=1))
            out.append({"from": a.isoformat(), "to": b.isoformat(), "zone": name, "utc_offset_hours": c.standard_q / 4,
                        "observes_dst": c.observes_dst, "kind": kind,
                        "start": start.isoformat().replace("+00:00", "Z") if start is not None else None})
        return out


#: the share of the active days on other clocks from which the home's zone is lowered a level: a stay of weeks in
#: years (five weeks in four: 2 %) leaves it as it was; half a year in two (23 %, the tests of the twenty-fifth pass's
#: stays) and a history lived half elsewhere do not. A judgement call between those, not a fitted figure
AWAY_SHARE_LOWER = 0.1


def periods_at_stake(home_days: int, all_days: int, latest_away: bool, seasonal: bool = False) -> str | None:
    """Why the home's zone, fitted to ``home_days`` of ``all_days`` active days, is lowered a level for the periods
    on other clocks — or None where they put little at stake. Lowered where the latest period is on another clock
    (``latest_away``: a stay, or a move too recent to tell: the present's zone is in doubt), where the other periods
    hold :data:`AWAY_SHARE_LOWER` of the active days or more, or where the home's clock rests on under
    :data:`HOME_MIN_DAYS` active days. Each period was lowered alike, so a three-week stay in ten years cost a
    level (the twenty-fifth pass).

    ``seasonal``: the periods are two seasonal homes' seasons, each seen in two years or more: the latest on the
    other home's clock is that season come round again, neither a stay nor a move (SEASONS3: Berlin/Tenerife was
    lowered "because the latest period is on another clock (a stay, or a move too recent to tell)"); the other
    home's share of the days is said as its seasons."""
    away = 1 - home_days / all_days if all_days else 0.0
    if latest_away and not seasonal:
        return "the latest period is on another clock (a stay, or a move too recent to tell)"
    if away >= AWAY_SHARE_LOWER:
        return (f"{away:.0%} of the active days are in your other home's seasons, each read on its own clock"
                if seasonal else f"{away:.0%} of the active days are on another clock")
    if home_days < HOME_MIN_DAYS:
        return f"the home's clock rests on {home_days} active days (under {HOME_MIN_DAYS})"
    return None


#: a period on another clock whose days with a login dated inside it are at least this many, and this share of them in
#: the home zone's country, is the home clock kept at other hours (night shifts), not a stay elsewhere
SAME_PLACE_MIN_IPS = 3
SAME_PLACE_SHARE = 0.8
#: such a period whose own fit keeps another clock of the home's country, its quiet hours at most this many hours
#: (UTC) from home's, is a stint on that clock (T31B M8: Eastern → Pacific for three months, 3 h); one further off
#: stays the home's clock at other hours. Night work's day sleep lies 8–9 h off (the time-zone sweeps' night workers,
#: lull ≈ 12:30); a late shift's 2–4 h off in a country of several clocks reads as a stint on one of them (no record
#: tells the two apart when every login names the country only)
STINT_MAX_SHIFT_H = 4.0


def _dated_ips(place: Any, first: date, last: date) -> Counter[str]:
    """Login-IP countries of the records dated from ``first`` to ``last`` (UTC days, inclusive) of the time zone's
    place evidence (``zoneprior.PlaceEvidence.ip_days``), by the days they hold (one vote per UTC day with a login,
    :func:`~.addresses.days_per_country`, as the zone prior and the home weigh them: a day of three logins abroad is
    one day; T32B M4); empty without it."""
    return days_per_country(((day, cc), n) for (day, cc), n in (getattr(place, "ip_days", None) or {}).items()
                            if first <= day <= last)


#: login-IP days each side of a country change needs before it cuts a period (with :data:`SAME_PLACE_SHARE` of them
#: in that side's country)
IP_MOVE_MIN_DAYS = 7


def _same_clocks(a: str, b: str, years: tuple[int, ...]) -> bool:
    """Whether countries ``a`` and ``b`` keep the same set of clocks in ``years`` — the period's own, as a country's
    clocks change by law (Mexico ended summer time in 2022) — by :func:`~.zoneprior.zone_clocks`."""
    zones = country_zones()
    return set(zone_clocks(zones.get(a, ()), years)) == set(zone_clocks(zones.get(b, ()), years))


def _same_zone_clock(a: str, b: str, years: tuple[int, ...]) -> bool:
    """Whether zones ``a`` and ``b`` keep one clock in ``years`` (:func:`~.zoneprior.zone_clocks`)."""
    return len(zone_clocks((a, b), years)) == 1


def split_at_shipping_moves(day_hists: Mapping[date, Sequence[int]], periods: list[Any],
                            zone_days: Mapping[tuple[date, str], int] | None) -> list[Any]:
    """``periods`` with each one cut where the zone its orders ship to changes for good between two clocks
    (``zoneprior.PlaceEvidence.shipping_zone_days``: a US state, a Canadian province, an Australian state's town): a
    move New York → Los Angeles inside one country, its logins all "US", whose quiet hours in UTC did not move
    enough for the daily clock to cut it (T30B's H1). The rules of :func:`split_at_ip_moves` (orders on
    :data:`IP_MOVE_MIN_DAYS` days each side, :data:`SAME_PLACE_SHARE` of each side's in one zone); each part keeps
    its zone (``Regime.zone``). A cut also needs the activity's own clock to change with the orders
    (:func:`_clock_followed`): orders moving Tokyo → Sydney beside an always-on Australian exit, the person's quiet
    hours still on Tokyo's clock, were cut and read "Brisbane time since 3 Jan 2024" (T47B), a move the activity
    never made."""
    return split_at_ip_moves(day_hists, periods, zone_days, same=_same_zone_clock, attr="zone",
                             followed=_clock_followed)


def _clock_followed(day_hists: Mapping[date, Sequence[int]], early: Sequence[date], late: Sequence[date],
                    before: str, after: str) -> bool:
    """Whether the ``late`` days' activity (UTC dates) reads as a life on zone ``after``'s clock rather than still on
    ``before``'s, the ``early`` days' zone. Each lull is read with each day moved by that zone's own offset on it
    (:func:`_local_presences`, so summer time is no move). True where the late days' lull on ``after``'s clock lies
    nearer the early days' lull on ``before``'s than on ``before``'s own (a person who moved kept their hours), or
    where on ``before``'s clock it lies more than :data:`~.timezone.LULL_MID_SD_H` from the usual night
    (:data:`~.timezone.LULL_MID_MEAN_H`) and on ``after``'s nearer (their hours changed with the move: T30B's H1, a
    New Yorker awake three hours late keeping the UTC hours of an ordinary Angeleno, lull 06:37 on New York's clock,
    03:38 on Los Angeles'). False where the late days keep the early days' ordinary hours on the old clock: the
    orders went elsewhere, the person did not (T47B: a Tokyo resident's orders to Sydney, read "Brisbane time since
    3 Jan 2024"). An early sleeper (lull before 02:45) whose orders move east is still cut: one more reading of the
    same records, which only the person can tell."""
    ref = lull_mid_hours(_local_presences(day_hists, early, before))  # type: ignore[arg-type]
    on_after = lull_mid_hours(_local_presences(day_hists, late, after))  # type: ignore[arg-type]
    on_before = lull_mid_hours(_local_presences(day_hists, late, before))  # type: ignore[arg-type]
    kept = abs(circ_diff_hours(on_after, ref)) < abs(circ_diff_hours(on_before, ref))
    odd = abs(circ_diff_hours(on_before, LULL_MID_MEAN_H))
    return kept or (LULL_MID_SD_H < odd and abs(circ_diff_hours(on_after, LULL_MID_MEAN_H)) < odd)


def period_zone(zone_days: Mapping[tuple[date, str], int] | None, first: date, last: date) -> str | None:
    """The zone :data:`SAME_PLACE_SHARE` or more of the orders dated from ``first`` to ``last`` (UTC days,
    inclusive) ship to, where :data:`SAME_PLACE_MIN_IPS` or more do (``shipping_zone_days``); else None."""
    got: Counter[str] = Counter()
    for (day, zone), n in (zone_days or {}).items():
        if first <= day <= last:
            got[zone] += n
    return dominant(got, SAME_PLACE_MIN_IPS, SAME_PLACE_SHARE)


def split_at_ip_moves(day_hists: Mapping[date, Sequence[int]], periods: list[Any],
                      ip_days: Mapping[tuple[date, str], int] | None, depth: int = 0, *,
                      same: Callable[[str, str, tuple[int, ...]], bool] = _same_clocks,
                      attr: str = "country",
                      followed: Callable[[Mapping[date, Sequence[int]], Sequence[date], Sequence[date], str, str],
                                         bool] | None = None,
                      ip_hours: Mapping[tuple[int, str], int] | None = None) -> list[Any]:
    """``periods`` (:func:`~.timezone.regimes`) with each one cut where its dated login IPs change country for good
    between two countries whose zones keep different clocks: the regimes merge neighbours under 2.5 h apart (summer
    time, a new rhythm), so a move Mexico City → Bogotá (an hour) made no period and the 8 months in Mexico were read on
    Bogotá's clock, and a month in Bali (+8) merged with one in Bangkok (+7) was all "Bangkok time" (T26B's M6 and
    M1). A cut needs :data:`IP_MOVE_MIN_DAYS` days with logins on each side, :data:`SAME_PLACE_SHARE` of each side's
    in one country, and :data:`~.timezone.REGIME_MIN_DAYS` calendar days and :data:`~.timezone.REGIME_MIN_ACTIVE`
    active days each side; the cut (of those that agree with most login days) is the day after the last login in
    the earlier country. Each part keeps its country (``Regime.country``), so the home is fitted to the parts in its
    own. O(login days × countries) per period. With ``ip_hours`` (UTC hour slots, ``ZonePlaceAggregator``'s) the
    switch lies between the last login in the earlier country and the first in the later one
    (:func:`_switch_between_logins`)."""
    if not ip_days:
        return periods
    by_day: dict[date, Counter[str]] = {}
    for (day, cc), n in ip_days.items():
        by_day.setdefault(day, Counter())[cc] += n
    out: list[Any] = []
    for r in periods:
        seq = [(d, by_day[d].most_common(1)[0][0]) for d in sorted(by_day) if r.first <= d <= r.last]
        n = len(seq)
        best: tuple[int, int] | None = None
        if n >= 2 * IP_MOVE_MIN_DAYS:
            before: Counter[str] = Counter()
            after = Counter(cc for _d, cc in seq)
            for k in range(1, n):
                before[seq[k - 1][1]] += 1
                after[seq[k - 1][1]] -= 1
                if k < IP_MOVE_MIN_DAYS or n - k < IP_MOVE_MIN_DAYS:
                    continue
                a, na = before.most_common(1)[0]
                b, nb = after.most_common(1)[0]
                if a != b and na >= SAME_PLACE_SHARE * k and nb >= SAME_PLACE_SHARE * (n - k) \
                        and (best is None or na + nb > best[0]):
                    best = (na + nb, k)
        # from the day after the last login in the earlier country (the home finding's "until" + 1)
        cut = seq[best[1] - 1][0] + timedelta(days=1) if best is not None else None
        early = [d for d in r.days if cut is not None and d < cut]
        late = [d for d in r.days if cut is not None and d >= cut]
        a_cc, b_cc = (seq[best[1] - 1][1], seq[best[1]][1]) if best is not None else (None, None)
        if (cut is None or not early or not late or (early[-1] - early[0]).days + 1 < REGIME_MIN_DAYS
                or (late[-1] - late[0]).days + 1 < REGIME_MIN_DAYS
                or min(len(early), len(late)) < REGIME_MIN_ACTIVE
                or same(a_cc, b_cc, clock_years(r.first, r.last))  # type: ignore[arg-type]
                or (followed is not None and not followed(day_hists, early, late, a_cc, b_cc))):  # type: ignore[arg-type]
            out.append(r)
            continue
        a_cc = Counter(cc for d, cc in seq if d < cut).most_common(1)[0][0]
        b_cc = Counter(cc for d, cc in seq if d >= cut).most_common(1)[0][0]
        parts = [Regime(early[0], early[-1], early, lull_mid_hours(presence_hist(day_hists, early)), r.start,
                        r.country, r.zone),
                 Regime(late[0], late[-1], late, lull_mid_hours(presence_hist(day_hists, late)), None,
                        r.country, r.zone)]
        setattr(parts[0], attr, a_cc)
        setattr(parts[1], attr, b_cc)
        parts[1].start = _switch_instant(day_hists, parts[0], parts[1])
        if ip_hours is not None:
            parts[1].start = _switch_between_logins(
                day_hists, parts[1].start, ip_hours, a_cc, b_cc, cut,
                _near_clocks(abs(circ_diff_hours(parts[0].lull_utc, parts[1].lull_utc))))
        out.extend(split_at_ip_moves(day_hists, parts, ip_days, depth + 1, same=same, attr=attr, followed=followed,
                                     ip_hours=ip_hours)
                   if depth < 3 else parts)
    if depth == 0 and ip_hours is not None:
        # … and the changes the regimes cut themselves where the logins beside them change country
        for prev, cur in pairwise(out):
            if cur.start is not None and getattr(cur, attr) is None:
                got = _login_change_near(by_day, prev, cur, same)
                if got is not None:
                    cur.start = _switch_between_logins(
                        day_hists, cur.start, ip_hours, *got,
                        _near_clocks(abs(circ_diff_hours(prev.lull_utc, cur.lull_utc))))
    return out


def _login_change_near(by_day: Mapping[date, Counter[str]], prev: Any, cur: Any,
                       same: Callable[[str, str, tuple[int, ...]], bool]) -> tuple[str, str, date] | None:
    """Where the regimes' change from ``prev`` to ``cur`` (:class:`~.timezone.Regime`) lies between logins of two
    countries of other clocks: the :data:`SAME_PLACE_SHARE` country of ``prev``'s last and ``cur``'s first
    :data:`~.timezone.REGIME_MIN_DAYS` days' logins (UTC days ``by_day``), and the day after the last login of the
    earlier within :data:`IP_MOVE_MIN_DAYS` days of the change, as ``(earlier, later, that day)``; else None."""
    edge = timedelta(days=REGIME_MIN_DAYS)
    near = timedelta(days=IP_MOVE_MIN_DAYS)
    sides = []
    for lo, hi in ((cur.first - edge, cur.first - timedelta(days=1)), (cur.first, cur.first + edge)):
        got: Counter[str] = Counter()
        for d, ccs in by_day.items():
            if lo <= d <= hi:
                got.update(ccs)
        sides.append(dominant(got, SAME_PLACE_MIN_IPS, SAME_PLACE_SHARE))
    a, b = sides
    if a is None or b is None or a == b or same(a, b, clock_years(prev.first, cur.last)):
        return None
    last_a = max((d for d, ccs in by_day.items() if ccs.get(a) and abs(d - cur.first) <= near), default=None)
    return (a, b, last_a + timedelta(days=1)) if last_a is not None else None


#: the hours searched for a login either side of a login-dated cut (:func:`_switch_between_logins`)
SWITCH_LOGIN_SEARCH_H = 24 * 7
#: the most hours between the last login in one country and the first in the next that hold one night alone
SWITCH_ONE_NIGHT_H = 36
#: the quiet hours' centres (UTC h) of two periods under this apart are near clocks for :func:`_switch_between_logins`
SWITCH_NEAR_CLOCKS_H = 4.0
#: … and from this: an hour's move (Berlin → London on Sat 1 Jun 2024) keeps the activity's own switch, which the
#: first login from Britain moved to a withheld bound
SWITCH_APART_MIN_H = 1.25


def _near_clocks(apart_h: float) -> bool | None:
    """For :func:`_switch_between_logins`: None (the activity's switch kept) for clocks under
    :data:`SWITCH_APART_MIN_H` apart, else whether they lie under :data:`SWITCH_NEAR_CLOCKS_H`."""
    return None if apart_h < SWITCH_APART_MIN_H else apart_h < SWITCH_NEAR_CLOCKS_H


def _switch_between_logins(day_hists: Mapping[date, Sequence[int]], start: datetime | None,
                           ip_hours: Mapping[tuple[int, str], int], before: str, after: str, cut: date,
                           near: bool | None = False) -> datetime | None:
    """``start`` (the switch :func:`~.timezone._switch_instant` read from the activity, UTC) kept where it lies
    after the last login hour in country ``before`` and by the first in ``after`` around ``cut`` (the first UTC day
    of ``after``'s logins); else the hour of that first login in ``after``. Clocks 1.5 h apart (Dubai → Kolkata) share
    most of their night, and the activity alone put the switch of a move on Wednesday 10 Jul 2024 two days early
    (T54B 9: "since 8 Jul"), though logins from the United Arab Emirates went on to 9 Jul. ``start`` unchanged
    where either login is missing within :data:`SWITCH_LOGIN_SEARCH_H` hours. ``near``: clocks under
    :data:`SWITCH_NEAR_CLOCKS_H` apart, whose nights' cores overlap (``timezone.SWITCH_NIGHT_H`` either side): where
    the logins leave one night (:data:`SWITCH_ONE_NIGHT_H`), the later login is taken over the activity's pick —
    Singapore → Kolkata on Sun 27 Oct 2024, the last login from Singapore at 09:00 on Saturday, was switched at
    10:30 that morning, "since 26 Oct"."""
    if start is None or near is None:
        return start
    base = cut.toordinal() * 24
    lo = max((s for (s, cc), n in ip_hours.items() if cc == before and n > 0
              and base - SWITCH_LOGIN_SEARCH_H <= s < base), default=None)
    hi = min((s for (s, cc), n in ip_hours.items() if cc == after and n > 0
              and base - 24 <= s < base + SWITCH_LOGIN_SEARCH_H and (lo is None or s > lo)), default=None)
    if lo is None or hi is None:
        return start

    def at(slot: int) -> datetime:
        return datetime.combine(date.fromordinal(slot // 24), time(slot % 24), tzinfo=UTC)

    lo_t, hi_t = at(lo + 1), at(hi)
    if lo_t <= start <= hi_t and not (near and hi_t - lo_t <= timedelta(hours=SWITCH_ONE_NIGHT_H)):
        return start
    # the first login from the later country: a daytime record on the later clock, so the day it names is said
    # without --include-sensitive (the middle of the night between the logins withheld Berlin → London's 1 Jan 2024)
    return hi_t


#: a country set apart by place evidence on one side of a change of clock only, the other side unplaced (ISO 3166's
#: user-assigned "unknown" code): :func:`split_at_placed_step`
UNPLACED = "ZZ"


def split_at_placed_step(day_hists: Mapping[date, Sequence[int]], days: Sequence[date], step_day: date,
                         zone_cc: str | None, ips_in: Callable[[date, date], Counter[str]]) -> list[Any] | None:
    """The history cut in two at ``step_day``, where the best zone was fitted with a change of the person's clock
    (``Candidate.habit_step``: up to an hour, "new working hours, or a move to a neighbouring zone"), when the place
    evidence settles it as a move: the login IPs dated from that day on are (≥ :data:`SAME_PLACE_MIN_IPS`, ≥
    :data:`SAME_PLACE_SHARE`) in one country that is not the zone's (``zone_cc``), and those dated before it are
    not in that country. T32A M5: a student's two years in Moscow and then Berlin (an hour or two apart: under the
    regimes' 2.5 h, and her only logins, X's last months, German) were "Moscow time" all along, with a 1 h change of
    habits, and her Berlin evenings 59 late nights at high. The later part keeps its country (``Regime.country``),
    the earlier one :data:`UNPLACED` (or its own logins' country), so :func:`_fit_periods` fits each on its own.
    None where the evidence does not settle it (both sides need :data:`~.timezone.REGIME_MIN_DAYS` calendar days and
    :data:`~.timezone.REGIME_MIN_ACTIVE` active days)."""
    early = [d for d in days if d < step_day]
    late = [d for d in days if d >= step_day]
    if not early or not late or min(len(early), len(late)) < REGIME_MIN_ACTIVE \
            or (early[-1] - early[0]).days + 1 < REGIME_MIN_DAYS or (late[-1] - late[0]).days + 1 < REGIME_MIN_DAYS:
        return None
    after = ips_in(step_day, late[-1])
    n = sum(after.values())
    if not n:
        return None
    cc, k = after.most_common(1)[0]
    if n < SAME_PLACE_MIN_IPS or k < SAME_PLACE_SHARE * n or cc == zone_cc:
        return None
    before = ips_in(early[0], step_day - timedelta(days=1))
    if before and before[cc] >= (1 - SAME_PLACE_SHARE) * sum(before.values()):
        return None  # logins in that country before the change as well: a new rhythm there, or a VPN, not a move
    parts = [Regime(early[0], early[-1], early, lull_mid_hours(presence_hist(day_hists, early)), None,
                    before.most_common(1)[0][0] if before else UNPLACED),
             Regime(late[0], late[-1], late, lull_mid_hours(presence_hist(day_hists, late)), None, cc)]
    parts[1].start = _switch_instant(day_hists, parts[0], parts[1])
    return parts


#: the months of each season block read for a change of summer-time habit (:func:`dst_habit_change`): the northern
#: summer and winter (a southern zone's are the same months the other way round)
HABIT_SEASONS = {6: "S", 7: "S", 8: "S", 12: "W", 1: "W", 2: "W"}
#: the least active days a season block needs for its quiet hours to be read
HABIT_MIN_DAYS = 30
#: the quiet hours (UTC) of two neighbouring season blocks move with summer time where they lie ≥ this apart …
HABIT_DST_H = 0.6
#: … and stay put where they lie ≤ this apart (summer time moves them by an hour; neither: no reading)
HABIT_FLAT_H = 0.35
#: each block's quiet hours are read again on this many interleaved shares of its days (every third active day):
#: their spread gives the block's own standard error, by which both bands above are widened for a pair of blocks
#: (a Phoenix winter whose thirds read 10:23, 10:53 and 10:38 UTC is no surer than ± 0.14 h)
HABIT_SPREAD_PARTS = 3


def dst_habit_change(day_hists: Mapping[date, Sequence[int]], days: Sequence[date]) -> date | None:
    """The day the history is cut at for a change of summer-time habit (:func:`dst_habit_reading`'s first), or
    None."""
    got = dst_habit_reading(day_hists, days)
    return got[0] if got is not None else None


def dst_habit_reading(day_hists: Mapping[date, Sequence[int]],
                      days: Sequence[date]) -> tuple[date, date | None] | None:
    """The day a person's clock changed its summer-time habit for good, same winter hours on both sides — a move
    America/Phoenix (UTC−7 all year) → America/Denver (UTC−7, −6 in summer): the UTC quiet hours stayed put through
    the summers before and move by an hour in those after (or the other way round); or None. T33A M5: such a
    history was one "New York" clock, and the Phoenix summer's 23:30 bedtimes 14 "late nights" at 02:30; the
    regimes (2.5 h) and the law-step search (a zone's own change of law) do not look for it.

    ``days`` (sorted active UTC days) are grouped in season blocks (:data:`HABIT_SEASONS`: Jun–Aug, Dec–Feb), each
    with ≥ :data:`HABIT_MIN_DAYS` active days, its quiet hours' centre read in UTC (:func:`~.timezone.lull_mid_hours`);
    each pair of neighbouring blocks is "summer time" (≥ :data:`HABIT_DST_H` apart) or "none" (≤
    :data:`HABIT_FLAT_H`). One change of that reading, every pair before it one way and every pair after it the
    other, is the change: the block both pairs share lies on the two clocks' common hours, and the day returned is
    its middle — where in that season the person changed clocks the records cannot tell (both clocks agree
    then), and a period split there reads every day on the right clock. Every block of that season must lie within
    :data:`HABIT_FLAT_H` of the others (the two clocks agree in it, before and after): a move to a clock an hour off
    in one season and two in the other is no change of habit (Phoenix → Chicago).

    Returns ``(cut, shared day)``: the day the history is cut at and a day of the season both clocks share, the
    same day where the change is read between blocks; where it falls inside a season the clocks do not share
    (:func:`_habit_change_inside`: Phoenix → Denver in July) the cut is its change point and the shared day the
    middle of the nearest block of the other season. The shared day is None where no season is alike on both sides
    but each side keeps one UTC night in each season (Phoenix → Chicago: an hour off in winter, two in summer): the
    cut is then a first reading only. Either cut is a first reading for :func:`date_clock_change`, which dates the
    move by the days where the two clocks differ."""
    blocks: list[tuple[str, int, list[date]]] = []
    for d in days:
        season = HABIT_SEASONS.get(d.month)
        if season is None:
            continue
        key = (season, d.year + (1 if d.month == 12 else 0))
        if blocks and blocks[-1][:2] == key:
            blocks[-1][2].append(d)
        else:
            blocks.append((key[0], key[1], [d]))
    kept = [b for b in blocks if len(b[2]) >= HABIT_MIN_DAYS]
    read = [(b[2], lull_mid_hours(presence_hist(day_hists, b[2]))) for b in kept]
    blocks_read = [b[0] for b in kept]
    errs = [_block_error(day_hists, b, m) for b, m in read]
    kinds = _habit_kinds([m for _d, m in read], errs)
    if None in kinds or len(set(kinds)) != 2:
        return _habit_change_inside(day_hists, read, blocks_read, errs)
    changes = [k for k in range(1, len(kinds)) if kinds[k] != kinds[k - 1]]
    if len(changes) != 1:
        return None
    # the premise: the shared block's season keeps the same UTC quiet hours on both sides (Phoenix → Denver: every
    # winter on UTC−7; Phoenix → Los Angeles: every summer). A move Phoenix → Chicago (an hour off in winter, two in
    # summer) also reads "none, then summer time", its last Phoenix winter the "shared" block, and was Denver's
    # clock since mid-January (T34 M9)
    season = blocks_read[changes[0]]
    same = [(k, m, e) for k, ((_d, m), b, e) in enumerate(zip(read, blocks_read, errs, strict=True)) if b == season]
    shared = read[changes[0]][0]
    if _flat([(m, e) for _k, m, e in same]):
        return shared[len(shared) // 2], shared[len(shared) // 2]
    # no season alike on both sides (Phoenix → Chicago: an hour off in winter, two in summer; before, no reading
    # at all and the move was "Phoenix time" or one Chicago/New York clock, T35 MOVEDATE (c)): a move all the same
    # where that season's blocks on each side of the change block keep one UTC night (the change block on either
    # side, or on neither: the move inside it, its reading between the two sides'); the middle of the change block
    # is a first cut only (date_clock_change dates the move), and no day is shared
    c = changes[0]
    for lo, hi in ((c + 1, c + 1), (c, c), (c, c + 1)):
        early = [(m, e) for k, m, e in same if k < lo]
        late = [(m, e) for k, m, e in same if k >= hi]
        if early and late and _flat(early) and _flat(late) and not _flat(early + late):
            return shared[len(shared) // 2], None
    return None


def _flat(reads: Sequence[tuple[float, float]]) -> bool:
    """Whether season blocks' quiet hours (``(centre, standard error)``, UTC hours) all lie within
    :data:`HABIT_FLAT_H` (widened by the pair's error) of the first's: one clock's UTC night."""
    return all(abs(circ_diff_hours(m, reads[0][0])) <= HABIT_FLAT_H + math.hypot(e, reads[0][1]) for m, e in reads[1:])


def _habit_kinds(mids: Sequence[float], errs: Sequence[float]) -> list[bool | None]:
    """Each pair of neighbouring blocks' reading (:func:`dst_habit_change`): True moving with summer time, False
    flat, None neither or both."""
    kinds: list[bool | None] = []
    for k in range(len(mids) - 1):
        gap = abs(circ_diff_hours(mids[k + 1], mids[k]))
        # both bands widened by the pair's own standard error (the blocks' readings are quantised to 7.5 min and
        # a season's thirds may read 0.5 h apart: a Phoenix winter and the Los Angeles summer after it, one UTC
        # clock, read 0.38 h apart); a gap in both bands so widened is no reading
        tol = math.hypot(errs[k], errs[k + 1])
        moving = HABIT_DST_H - tol <= gap < MOVE_SHIFT_H
        flat = gap <= HABIT_FLAT_H + tol
        kinds.append(None if moving == flat else moving)
    return kinds


def _habit_change_inside(day_hists: Mapping[date, Sequence[int]], read: Sequence[tuple[list[date], float]],
                         seasons: Sequence[str], errs: Sequence[float]) -> tuple[date, date | None] | None:
    """The change of summer-time habit made inside a season the two clocks do not share (Phoenix → Denver in July:
    that summer reads half on each clock, 0.5 h from both neighbours, and no pair reading held), dated by the
    change point: the one block whose best cut in two (:func:`_best_cut`) leaves every pair before the cut one
    reading and every pair after it the other, the cut itself a step of one hour (the clocks' difference in that
    season), and every block of the other season within the flat band of the others (the clocks share it). The
    first day after the cut and the middle day of the other season's block nearest it, or None."""
    first = _habit_kinds([m for _d, m in read], errs)
    for j, (days_j, _m) in enumerate(read):
        # only a block read between its neighbours (a pair beside it unread) may hold the change: a history of one
        # clock, every pair read, costs no cut
        if (j == 0 or first[j - 1] is not None) and (j == len(first) or first[j] is not None):
            continue
        cut = _best_cut(day_hists, days_j)
        if cut is None:
            continue
        k, m_a, m_b, e_a, e_b = cut
        mids = [m for _d, m in read[:j]] + [m_a, m_b] + [m for _d, m in read[j + 1:]]
        es = [*errs[:j], e_a, e_b, *errs[j + 1:]]
        kinds = _habit_kinds(mids, es)
        before, after = kinds[:j], kinds[j + 1:]
        if not before or not after or None in kinds or len(set(before)) != 1 or len(set(after)) != 1 \
                or before[0] == after[0]:
            continue
        step = abs(circ_diff_hours(m_b, m_a))
        band = HABIT_FLAT_H + math.hypot(e_a, e_b)
        other = [(i, d, m, e) for i, ((d, m), sn, e) in enumerate(zip(read, seasons, errs, strict=True))
                 if sn != seasons[j]]
        if len(other) >= 2 and abs(step - 1.0) <= band and _flat([(m, e) for _i, _d, m, e in other]):
            near = min((d for _i, d, _m, _e in other), key=lambda d: abs((d[len(d) // 2] - days_j[k]).days))
            return days_j[k], near[len(near) // 2]
        # the other season an hour or two off too, alike on each side of this block (Phoenix → Chicago in January:
        # an hour in winter, two in summer; T35 MOVEDATE (c)): a move with no season shared, cut here
        early = [(m, e) for i, _d, m, e in other if i < j]
        late = [(m, e) for i, _d, m, e in other if i > j]
        if early and late and _flat(early) and _flat(late) and not _flat(early + late) \
                and min(abs(step - 1.0), abs(step - 2.0)) <= band:
            return days_j[k], None
    return None


#: the least active days either side of a season block's cut (:func:`_best_cut`): each side a block of its own
#: (:data:`HABIT_MIN_DAYS`) — with 15, a fortnight of one clock's summer read an hour off by chance, and a Phoenix
#: life of one clock was cut in two
HABIT_CUT_MIN_DAYS = HABIT_MIN_DAYS


def _best_cut(day_hists: Mapping[date, Sequence[int]],
              days: Sequence[date]) -> tuple[int, float, float, float, float] | None:
    """The change point of a season block's ``days`` (≥ :data:`HABIT_CUT_MIN_DAYS` each side): the cut whose two
    sides' quiet hours lie farthest apart weighed by √(k(n−k))/n (a step in the mean: a cut near the block's edge
    reads its short side noisily), ``(index of the first day after it, mid before, mid after, error before, error
    after)`` (:func:`_block_error`), or None where the block is too short to cut. Read only where the season
    blocks gave no reading: O(days) running sums of the block's quarter-hour histograms."""
    best: tuple[float, int, float, float] | None = None
    n = len(days)
    total = presence_hist(day_hists, days)
    head = presence_hist(day_hists, days[:HABIT_CUT_MIN_DAYS - 1])
    for k in range(HABIT_CUT_MIN_DAYS, n - HABIT_CUT_MIN_DAYS + 1):
        for q, c in enumerate(day_hists[days[k - 1]]):  # the running sum of the days before the cut
            if c:
                head[q] += 1
        m_a = lull_mid_hours(head)
        m_b = lull_mid_hours([t - h for t, h in zip(total, head, strict=True)])
        score = abs(circ_diff_hours(m_b, m_a)) * math.sqrt(k * (n - k)) / n
        if best is None or score > best[0]:
            best = (score, k, m_a, m_b)
    if best is None:
        return None
    _g, k, m_a, m_b = best
    return (k, m_a, m_b, _block_error(day_hists, days[:k], m_a), _block_error(day_hists, days[k:], m_b))


def _block_error(day_hists: Mapping[date, Sequence[int]], days: Sequence[date], mid: float) -> float:
    """The standard error (hours) of a season block's quiet hours' centre ``mid``: the spread (root mean square
    about ``mid``, circular) of its :data:`HABIT_SPREAD_PARTS` interleaved shares' own readings, over the root of
    their number."""
    parts = [lull_mid_hours(presence_hist(day_hists, list(days[i::HABIT_SPREAD_PARTS])))
             for i in range(HABIT_SPREAD_PARTS)]
    sq = sum(circ_diff_hours(p, mid) ** 2 for p in parts) / (len(parts) - 1)
    return math.sqrt(sq / len(parts))


#: how much better (nats, summed over the days) the days of a season where the two clocks differ that lie before the
#: change point must fit the earlier clock than the later one for the point to date the move to the day: fewer or
#: weaker such days (the change point at that season's start, give or take a day of noise) leave the move bracketed
#: between the last day on the earlier clock in the season before and the first on the later one — the shared season
#: between them cannot tell which day. A judgement call: about 100 to 1
CLOCK_CHANGE_DATED_NATS = 4.6
#: a day on which the two clocks differ whose presences fit the later clock better or worse than the earlier by
#: under this (nats) tells neither: one such day right before the first day on the later clock is the move's
CLOCK_CHANGE_UNSURE_NATS = 2.0
#: the most calendar days between the last day read on the earlier clock and the first on the later one for the move
#: to be dated by the latter: a gap in the records longer than a week brackets it
CLOCK_CHANGE_GAP_DAYS = 7


def _noon_offset_q(tz: tzinfo, d: date) -> int:
    """The clock's UTC offset at local noon of day ``d``, in quarter-hours."""
    return round((tz.utcoffset(datetime(d.year, d.month, d.day, 12)) or timedelta(0)).total_seconds() / 900)


@dataclasses.dataclass(frozen=True)
class ClockChange:
    """A change of clock dated by the days where the two clocks differ (:func:`date_clock_change`): ``first_new``,
    the first active day read on the later clock; ``last_old``, the last one read on the earlier clock before it
    (None where none is), both local days on the earlier clock; ``exact``: the move falls on ``first_new`` (give or
    take the records' gap), else somewhere after ``last_old`` and by ``first_new`` — the days between lie in a season
    both clocks share, or hold no record; ``told``: False where a day beside the change tells neither clock (its
    records fit both within :data:`CLOCK_CHANGE_UNSURE_NATS`: the first day read on the later clock, or the day
    before it), so the change may lie a day either way."""

    first_new: date
    last_old: date | None
    exact: bool
    told: bool = dataclasses.field(default=True, compare=False)  # a note on the reading, not part of its answer
    #: where not ``told``, the first and last day (named as ``first_new``) the change may fall on: the run of days
    #: before ``first_new`` that tell neither clock, to the day after it where it tells neither itself
    unsure: tuple[date, date] | None = dataclasses.field(default=None, compare=False)


#: how far (nats) a crowded day's last records must lean to the later clock, after records sure of the earlier
#: (CLOCK_CHANGE_UNSURE_NATS), for :func:`date_clock_change` (``travel_first``) to take it for the later clock's first
#: day though the day as a whole is sure of the earlier: exactly 12 h apart the later clock's evening is the earlier's
#: morning, and a lean of this much is all its first evening shows (Bangkok's Saturday 8 Jun 2024 after Lima's Friday
#: evening: +1.5 nats; MOVE52). Half CLOCK_CHANGE_UNSURE_NATS
CLOCK_CHANGE_ENDS_LATER_NATS = 1.0
#: the most (nats) each record of a day right before the change may lean to the earlier clock for
#: :func:`date_clock_change` to say the day open though it leans so in all by :data:`CLOCK_CHANGE_UNSURE_NATS` or more
#: (under :data:`CLOCK_CHANGE_DATED_NATS`): a Saturday of a clock three or four hours from the other, awake on both
#: (Kolkata → Berlin on Sat 13 Jul 2024: seven records of 0.2–0.6 nats, MOVE53). An earlier day has records sure of
#: its clock (its small hours or the hours at work: 1.4–3.4 nats the days before)
CLOCK_CHANGE_FAINT_NATS = 1.0


#: a day before the first on the later clock holding this many times the median records of the
#: :data:`TRAVEL_CROWD_DAYS` days before it holds two days' (:func:`date_clock_change`'s ``travel_first``): read by a
#: later clock's days far east of the earlier, the earlier's last evening and the later's first day fall on one day
#: (Honolulu's Friday and Tokyo's Saturday: Honolulu → Tokyo on Sat 6 Apr 2024 was dated the Sunday; MOVE48). Still
#: needed beside the travel day (MOVE49): at 8 records a day, New York → Tokyo on Sat 20 Jan 2024 (logins from Japan
#: only) held 14 on its first day against a median 8, no travel day and 3.8 nats for New York — without it "since
#: 21 Jan". A busy day of one clock reaches 1.5 times the median too, so a day taken on it alone is said open
TRAVEL_CROWD_SHARE = 1.5
TRAVEL_CROWD_DAYS = 14

#: how many records (times the median of the :data:`TRAVEL_CROWD_DAYS` days before it) a day right before the first
#: read on the later clock must hold after its records sure of the earlier (:data:`CLOCK_CHANGE_UNSURE_NATS`), those
#: telling neither clock, for :func:`date_clock_change` (``travel_first``) to take it for the later clock's first day,
#: said open with the next: a whole waking day after the earlier's last evening. From 11 h east a Saturday of the later
#: clock is the earlier's Friday night and Saturday morning, awake on both, and New York → Bangkok on Sat 6 Apr 2024
#: (11 records: New York's Friday evening, -7.4 nats, then eight of Bangkok's Saturday, +1.9) was "since 7 Apr", on
#: Sat 9 Mar (12 h; two, -4.8, then nine, -0.5) "since 10 Mar", each at high (MOVE53). An earlier day read so holds
#: the earlier's evening and its next morning, at work on a weekday: fewer (New York's Friday before: six)
TRAVEL_WOKE_SHARE = 1.0


def weekend_or_not(d: date) -> int:
    """1 for a Saturday or Sunday, else 0: :func:`date_clock_change`'s two profiles."""
    return int(d.weekday() >= 5)


def week_part(d: date) -> int:
    """Monday–Thursday 0, Friday 1, Saturday 2, Sunday 3: a day from waking to bed, whose waking is the weekday's or
    the weekend's and whose bedtime the next day's (a Friday's late night, a Sunday's early one)."""
    return (0, 0, 0, 0, 1, 2, 3)[d.weekday()]


def date_clock_change(day_hists: Mapping[date, Sequence[int]], days: Sequence[date], cut: date, before: str,
                      after: str, unsure_nats: float = CLOCK_CHANGE_UNSURE_NATS,
                      day_class: Callable[[date], int] = weekend_or_not,
                      days_on: float | None = None, first_tells: bool = False,
                      travel_first: bool = False) -> ClockChange | None:
    """The day a person's clock changed from zone ``before`` to zone ``after`` (a move Phoenix → Denver, Phoenix →
    Chicago), read on the days where the two clocks differ: ``cut`` (a first reading — :func:`dst_habit_reading`'s
    middle of the season both keep alike, said "since 15 Jan 2024" for a move on 1 Jun 2024, T35 MOVEDATE) gives a
    local 96-bin profile (each day on its side's clock); each day of ``days`` (sorted active UTC days) then scores how
    much better its presences fit that profile on the later clock than on the earlier one (nothing where the clocks
    agree), and the change is the day from which on the sum of those scores is largest (the latest such day of a
    tie: the first day already on the later clock after a shared season); read twice, the profile re-made at the
    first answer. Dated to the day (``exact``) where the days of its differing season before it fit the earlier clock
    by :data:`CLOCK_CHANGE_DATED_NATS` or more and the last day read on that clock lies within
    :data:`CLOCK_CHANGE_GAP_DAYS` of it; else bracketed from the last day on the earlier clock in the differing
    season before. None where the clocks never differ or no day is on the later one. ``unsure_nats``: the day that
    tells neither (:data:`CLOCK_CHANGE_UNSURE_NATS`; 0 reads none such); ``day_class``: the days that share a profile
    (:func:`weekend_or_not`, :func:`week_part`); ``days_on``: the clock (hours east of UTC, all year, any number:
    the tz database's fixed clocks end at UTC−12) whose days the records are read by and the days returned are
    named on, ``before``'s unless given; ``first_tells``: a first day on the later clock that tells neither, between
    one sure on the earlier and one sure on the later, is the earlier's (late, never early); ``travel_first``: read
    by a later clock's days far east of the earlier (:func:`~.clock._move_cut`), the later's first day is the one
    that holds the earlier's last evening and then the later's first waking hours: a travel day (its records sure on
    the earlier clock and then on the later) or one holding two days' records (:data:`TRAVEL_CROWD_SHARE`) right
    before the first day read on the later clock is that day, a first day that is a travel day itself places the
    change there, and where both days hold both clocks' records the day is said open between them
    (``told`` False), as where the day before holds the earlier's last evening and then a whole waking day that tells
    neither (:data:`TRAVEL_WOKE_SHARE`; that day taken); each record's profile is its own clock's part of the week.
    O(days × 96)."""
    tz_a, tz_b = zone_info(before), zone_info(after)

    # each active quarter-hour by the local day it falls on, on the earlier clock (a UTC day of a Denver life holds
    # the evening before: read by UTC days, a move on 1 Jun was dated 2 or 3 Jun), with both clocks' offsets then
    bins: dict[date, list[tuple[int, int, int, int, int]]] = {}
    # the days (named on days_on's clock) holding a record past the earlier clock's midnight after them: read by a
    # later clock's days far west of the earlier, a day without one may be the earlier's last evening alone
    past_midnight: set[date] = set()
    for d in days:
        key = _noon_offset_q(tz_a, d) if days_on is None else round(days_on * 4)
        for q, c in enumerate(day_hists[d]):
            if c:
                at = datetime(d.year, d.month, d.day) + timedelta(minutes=15 * q)
                on = (at + timedelta(minutes=15 * key)).date()
                a_q, b_q = _noon_offset_q(tz_a, on), _noon_offset_q(tz_b, on)
                # the part of the week on each clock's own day (travel_first: the later clock's days far east of
                # the earlier's; else the day read on)
                own = [day_class((at + timedelta(minutes=15 * x)).date()) for x in (a_q, b_q)] if travel_first \
                    else [day_class(on)] * 2
                bins.setdefault(on, []).append((q, a_q, b_q, *own))
                if (at + timedelta(minutes=15 * _noon_offset_q(tz_a, on))).date() > on:
                    past_midnight.add(on)
    days = sorted(bins)
    offs = [(_noon_offset_q(tz_a, d), _noon_offset_q(tz_b, d)) for d in days]
    if all(a == b for a, b in offs):
        return None
    k = bisect_left(days, cut)
    gain: list[float] = []
    for _round in range(2):
        # a profile for weekends and one for weekdays: a weekend's later hours read on one weekday profile fit the
        # earlier clock better (an hour earlier on the clock), and a move on a Saturday was dated the Monday after
        profs = [[0] * QUARTERS for _ in range(4)]
        for i, d in enumerate(days):
            for q, a, b, ca, cb in bins[d]:
                profs[ca if i < k else cb][(q + (a if i < k else b)) % QUARTERS] += 1
        logps = [[math.log((1 - FLOOR) * x / (sum(prof) or 1) + FLOOR / QUARTERS) for x in smooth(prof)]
                 for prof in profs]
        gain = [sum(logps[cb][(q + b) % QUARTERS] - logps[ca][(q + a) % QUARTERS]
                    for q, a, b, ca, cb in bins[d] if a != b) for d in days]
        best_at, best, run = len(days), 0.0, 0.0
        for i in range(len(days) - 1, -1, -1):
            run += gain[i]
            if run > best:
                best_at, best = i, run
        if best_at == len(days):
            return None
        k = best_at

    def travel(i: int) -> bool:  # day i's records, in time order, on the earlier clock and then on the later one
        g = [logps[cb][(q + b) % QUARTERS] - logps[ca][(q + a) % QUARTERS] for q, a, b, ca, cb in bins[days[i]]]
        return any(sum(g[:j]) <= -CLOCK_CHANGE_UNSURE_NATS and sum(g[j:]) >= CLOCK_CHANGE_UNSURE_NATS
                   for j in range(1, len(g)))

    def ends_later(i: int) -> bool:  # day i's records on the earlier clock, then its last ones lean to the later
        g = [logps[cb][(q + b) % QUARTERS] - logps[ca][(q + a) % QUARTERS] for q, a, b, ca, cb in bins[days[i]]]
        return any(sum(g[:j]) <= -CLOCK_CHANGE_UNSURE_NATS and sum(g[j:]) >= CLOCK_CHANGE_ENDS_LATER_NATS
                   for j in range(1, len(g)))

    def crowded(i: int) -> bool:  # day i holds twice a day's records or more: two days' (the weeks before it)
        before = sorted(len(bins[d]) for d in days[max(0, i - TRAVEL_CROWD_DAYS):i])
        return bool(before) and len(bins[days[i]]) >= TRAVEL_CROWD_SHARE * before[len(before) // 2]

    def woke_after(i: int) -> bool:  # day i's records sure on the earlier clock, then a waking day's telling neither
        g = [logps[cb][(q + b) % QUARTERS] - logps[ca][(q + a) % QUARTERS] for q, a, b, ca, cb in bins[days[i]]]
        before = sorted(len(bins[d]) for d in days[max(0, i - TRAVEL_CROWD_DAYS):i])
        return bool(before) and any(
            sum(g[:j]) <= -CLOCK_CHANGE_UNSURE_NATS and sum(g[j:]) > -CLOCK_CHANGE_UNSURE_NATS
            and len(g) - j >= TRAVEL_WOKE_SHARE * before[len(before) // 2] for j in range(1, len(g)))

    # a day the records cannot tell (its presences fit both clocks within CLOCK_CHANGE_UNSURE_NATS: a Saturday's
    # afternoon and evening) right before the first day on the later clock, the clocks differing on it, is the move's
    # day: the last day sure on the earlier clock is the one before (a move Phoenix → Chicago on Saturday 1 Jun 2024,
    # its records 15:00–23:40 Chicago time, was dated 2 Jun; T36B)
    if k > 1 and (days[k] - days[k - 1]).days == 1 and offs[k - 1][0] != offs[k - 1][1] \
            and abs(gain[k - 1]) < unsure_nats and CLOCK_CHANGE_UNSURE_NATS <= -gain[k - 2]:
        k -= 1
    # … or, asked (first_tells), the later clock's: read by the later clock's days, the earlier's last evening
    # alone on a day (four records of Bangkok's Saturday, 0.09 nats for Bogotá's clock) dated Bangkok → Bogotá on
    # Sunday 21 Jul 2024 "since 20 Jul" at high (MOVE46)
    # Not a day with a record past the earlier clock's midnight: that is the later clock's afternoon (London's
    # 17:45, Auckland's 04:45), and Auckland → London on Monday 8 Apr 2024 was "since 9 Apr" at high (MOVE47)
    # A day that leans to the later clock but not surely (under CLOCK_CHANGE_DATED_NATS) is taken for the earlier's
    # last evening alike and the day said unsure (told): Tokyo's Saturday afternoon and evening, 3.1 nats for
    # London's, dated Tokyo → London on Sun 31 Mar 2024 "since 30 Mar" at high (MOVE48)
    leaned = False
    if first_tells and 0 < k < len(days) - 1 and (days[k + 1] - days[k - 1]).days == 2 \
            and -CLOCK_CHANGE_UNSURE_NATS < gain[k] < CLOCK_CHANGE_DATED_NATS \
            and CLOCK_CHANGE_UNSURE_NATS <= min(-gain[k - 1], gain[k + 1]) and days[k] not in past_midnight:
        leaned = gain[k] >= CLOCK_CHANGE_UNSURE_NATS
        k += 1
    # … or, asked (travel_first), a travel day right before it is the later clock's first: read by the earlier
    # clock's days across the date line eastward (Honolulu → Tokyo), Honolulu's Saturday and Tokyo's Sunday fall on
    # one of Honolulu's days, and Honolulu → Tokyo on Sun 22 Sep 2024 was dated by the Monday after (MOVE48)
    # Read by a far later clock's days eastward (MOVE49), the later clock's first day is the one day holding both
    # clocks' records; where the first day read on the later clock holds both too (a travel day, or two days'
    # records), the records leave the day open between the two: said with both, the first kept unless the day before
    # shows more signs (Los Angeles → Singapore on Sat 20 Jan 2024, the Friday a travel day by chance, was "since
    # 19 Jan" at high taking the travel day alone). A day before it
    # that holds two days' records but is no travel day is taken, said with both too
    # … and (travel_first) a first day read on the later clock that tells neither (its records within
    # CLOCK_CHANGE_UNSURE_NATS of both) right before a day holding both clocks' records (a travel day of two days'
    # records) is the earlier's last day: the later's days begin with the one holding the earlier's last evening.
    # Exactly 12 h apart the later clock's morning is the earlier's evening and a day's records lean little: São
    # Paulo → Seoul on Fri 19 Jan 2024 (logins from Korea only) was "since 18 Jan", that day 0.6 nats for Seoul and
    # 19 Jan a travel day of 12 records against a median 8 (MOVE50). The day is said open between the two
    if travel_first and 0 < k < len(days) - 1 and (days[k + 1] - days[k]).days == 1 \
            and abs(gain[k]) < CLOCK_CHANGE_UNSURE_NATS and not (travel(k) or crowded(k)) \
            and travel(k + 1) and crowded(k + 1):
        leaned = True
        k += 1
    opened: tuple[int, int] | None = None
    if travel_first and k > 0 and (days[k] - days[k - 1]).days == 1 and (travel(k - 1) or crowded(k - 1)):
        if travel(k) or crowded(k):
            opened = (k - 1, k)
            # the likelier the day with more signs of both (New York → Tokyo on Tue 12 Nov 2024, logins from Japan
            # only: 12 Nov a travel day of 12 records against a median 8, 13 Nov a travel day of 9)
            # On a tie, the day nearer both clocks (the smaller lean either way): exactly 12 h east a later day
            # starting with its morning reads as a travel day too, and São Paulo → Tokyo on Wed 16 Oct 2024 (logins
            # from Japan only; its 16 Oct -2.1 nats, 17 Oct +6.1) was "since 17 Oct" keeping the later (MOVE50)
            signs = [(travel(i) + crowded(i), -abs(gain[i])) for i in (k - 1, k)]
            k -= int(signs[0] > signs[1])
        else:
            opened = None if travel(k - 1) else (k - 1, k)
            # … but a day holding many records that fits the earlier clock surely (CLOCK_CHANGE_DATED_NATS) and is
            # no travel day is the earlier's busy day, not two days' records: exactly 12 h east, Lima's Saturday
            # (12 records against a median 8, -8.7 nats) before Bangkok's first day dated Lima → Bangkok on Sun 17
            # Mar 2024 "since 16 Mar" (MOVE51). Said open between the two, the later kept; MOVE49's New York →
            # Tokyo Saturday, 3.8 nats for New York, is still taken. Not where the day ends leaning to the later
            # clock (CLOCK_CHANGE_ENDS_LATER_NATS): the later clock's first day beginning with the earlier's last
            # evening, its own records few — Lima → Bangkok on Sat 8 Jun 2024 (seed 2, logins from Thailand only):
            # Bangkok's 8 Jun, 13 records, -5.8 nats in all, its first two Lima's Friday evening (-6.1), its last
            # five Bangkok's Saturday evening (+1.5), was "since 9 Jun" (MOVE52); Lima's busy Saturday before
            # Bangkok's Sun 17 Mar ends on Lima's clock (its last records -3.1)
            if opened is None or gain[k - 1] > -CLOCK_CHANGE_DATED_NATS or ends_later(k - 1):
                k -= 1
    # … or (travel_first) a day before a first day of the later clock's records alone that holds the earlier's last
    # evening and then a whole waking day telling neither (TRAVEL_WOKE_SHARE): the later's first day, its Saturday
    # on the earlier's Friday night; said open with the next
    elif travel_first and k > 0 and (days[k] - days[k - 1]).days == 1 and not (leaned or travel(k) or crowded(k)) \
            and woke_after(k - 1):
        opened = (k - 1, k)
        k -= 1

    # Asked (travel_first), a first day that holds both clocks' records (a travel day, or two days' records) places
    # the change on itself, whatever it or the day before tells alone, unless the day before holds both too
    # (opened): Honolulu → Tokyo on Sun 22 Sep 2024, read on Tokyo's days, its Saturday's nine records 1.8 nats for
    # Honolulu, and on Sat 16 Nov (logins from Japan only) the day's 14 records 1.1 nats for Tokyo (MOVE49)
    placed = travel_first and opened is None and (travel(k) or crowded(k))

    def faint(i: int) -> bool:  # day i leans to the earlier clock only by records each telling little
        g = [logps[cb][(q + b) % QUARTERS] - logps[ca][(q + a) % QUARTERS] for q, a, b, ca, cb in bins[days[i]]]
        return gain[i] > -CLOCK_CHANGE_DATED_NATS and all(x > -CLOCK_CHANGE_FAINT_NATS for x in g)

    def untold(i: int) -> bool:  # day i tells neither clock, and first_tells does not place it
        # … or, read on a clock's days near both (days_on, neither first_tells nor travel_first), the day before the
        # change leans to the earlier clock by faint records alone: Kolkata → Berlin on Sat 13 Jul 2024 (seed 2,
        # logins from India before): Berlin's Saturday, seven records each 0.2–0.6 nats for Kolkata, -3.0 in all, was
        # taken for Kolkata's and the move dated "since 14 Jul" at high (MOVE53)
        near = days_on is not None and not (first_tells or travel_first) and i == k - 1 and faint(i)
        return offs[i][0] != offs[i][1] and (abs(gain[i]) < CLOCK_CHANGE_UNSURE_NATS or near) \
            and not (first_tells and (days[i] in past_midnight) == (i == k)) and not travel(i) \
            and not (placed and i == k)

    # a day beside the change that tells neither clock (a Saturday's afternoon and evening on clocks three hours
    # apart): the change may lie a day either way (ClockChange.told) — not a travel day, its records sure on the
    # earlier clock and then on the later (São Paulo → Lisbon on Tue 20 Aug 2024: the Monday's evening in São Paulo,
    # then the night flight's small hours on Lisbon's clock, -1.1 nats in all); read by a far later clock's days
    # (first_tells), a first day with a record past the earlier's midnight is the later's, a day before without
    # one the earlier's last evening
    told = not (leaned or untold(k) or (k > 0 and (days[k] - days[k - 1]).days == 1 and untold(k - 1)
                                        and not placed))
    # the days the change may fall on where it is not told: Moscow → London on Sun 31 Mar 2024 (seed 8) was "since
    # 2 Apr" with "a day before or after", its 31 Mar and 1 Apr both telling neither (MOVE48)
    lo = k - 1 if leaned else k
    while not placed and lo > 0 and (days[lo] - days[lo - 1]).days == 1 and untold(lo - 1):
        lo -= 1
    hi = k + 1 if k + 1 < len(days) and (days[k + 1] - days[k]).days == 1 and untold(k) else k
    unsure = None if told else (days[lo], days[hi])
    if opened is not None:
        told, unsure = False, (days[min(lo, opened[0])], days[max(hi, opened[1])])
    # the differing days in stretches: a season where the two clocks differ, no calendar day between two of its days
    # on which they agree
    differ = [i for i in range(len(days)) if offs[i][0] != offs[i][1]]
    stretch: dict[int, int] = {}
    for n, i in enumerate(differ):
        if n:
            p = differ[n - 1]
            d = days[p] + timedelta(days=1)
            while d < days[i] and _noon_offset_q(tz_a, d) != _noon_offset_q(tz_b, d):
                d += timedelta(days=1)
            stretch[i] = stretch[p] + (d < days[i])
        else:
            stretch[i] = 0
    here = stretch[k] if k in stretch else stretch[min(i for i in differ if i > k)]
    lead = [i for i in differ if i < k and stretch[i] == here]
    trail = [i for i in differ if i >= k and stretch[i] == here]
    older = [i for i in differ if i < k]
    sure_old = bool(lead) and sum(gain[i] for i in lead) <= -CLOCK_CHANGE_DATED_NATS
    sure_new = sum(gain[i] for i in trail) >= CLOCK_CHANGE_DATED_NATS
    if sure_old and sure_new:  # inside a differing season, each side of it on its clock: dated to the day
        last_old = days[lead[-1]]
        return ClockChange(days[k], last_old, (days[k] - last_old).days <= CLOCK_CHANGE_GAP_DAYS, told, unsure)
    if sure_old:
        # at the stretch's end (a day or two of noise aside): the move fell in the shared season after it; from the
        # first day of the next differing season on (T35: Phoenix → Los Angeles on 15 Apr, dated 8 Mar)
        later = [i for i in differ if stretch[i] > here]
        return ClockChange(days[later[0]] if later else days[k], days[lead[-1]], False)
    # at the stretch's start: the move fell in the shared season before it, or in those days; bracketed from the last
    # day on the earlier clock before the stretch
    prev = [i for i in older if stretch[i] < here]
    return ClockChange(days[k], days[prev[-1]] if prev else None, False)


def personal_day(d: date, q: int, night_utc: float) -> date:
    """The day a record at quarter-hour ``q`` of UTC day ``d`` belongs to in the life of a person whose quiet hours
    centre at ``night_utc`` (UTC hours): days run from one night's middle to the next, so a Friday's last hour
    before bed (01:00 on Saturday) is Friday's, whatever the clock. Read by local calendar days on the earlier clock,
    a move Phoenix → Chicago on Saturday 1 Jun 2024 was dated 2 Jun: that day held Friday night's records on
    Phoenix's clock, which fit it better (T36B); read by UTC days, 2 or 3 Jun (T35)."""
    return (datetime(d.year, d.month, d.day) + timedelta(minutes=15 * q, hours=-night_utc)).date()


#: the most rounds of :func:`clock_runs`' alternation (profile from the runs, runs from the profile); the runs settle
#: in two or three
CLOCK_RUNS_ROUNDS = 5


def country_clocks(cc: str, years: tuple[int, ...]) -> list[str]:
    """One zone for each clock the country ``cc`` keeps over ``years`` (:func:`~.zoneprior.zone_clocks`): the one where
    most of its people live (the United States: Los Angeles, Phoenix, Denver, Chicago, New York … each once)."""
    people = zone_populations().get(cc, {})
    return [max(zs, key=lambda z: people.get(z, 0)) for zs in zone_clocks(country_zones().get(cc, ()), years).values()]


def clock_runs(day_hists: Mapping[date, Sequence[int]], days: Sequence[date],
               zones: Sequence[str]) -> list[tuple[date, date, str]]:
    """The history read as runs of days each lived on one of ``zones`` (one country's clocks: a move Phoenix →
    Chicago → Phoenix), ``[(first local day, last local day, zone)]``, oldest first: the days' presences are read on
    each clock against one personal profile of local hours (weekdays and weekends apart), and the runs are the
    assignment of days to clocks that fits best, :data:`~.timezone.REGIME_CUT_NATS` paid for each change (a Viterbi
    path), the profile re-made from the runs until they settle (:data:`CLOCK_RUNS_ROUNDS`). Started from every clock
    of ``zones`` read for the whole history, the best-fitting result is kept: a run may not be read on another clock
    an hour off all year without another run reading worse, since one person's night is at one local hour. A run
    shorter than :data:`~.timezone.REGIME_MIN_DAYS` calendar days is joined to its neighbour.

    ``days`` are sorted active UTC days; each quarter-hour is counted in the person's day it falls in
    (:func:`personal_day`). T36B: the season blocks of :func:`dst_habit_reading` read one change only, and a move
    Phoenix → Chicago → Phoenix was "Los Angeles time since 17 Jul 2023", a clock never lived on. O(days × zones ×
    rounds)."""
    tzs = [zone_info(z) for z in zones]

    # per day of the person's (personal_day): the quarter-hours' local bins on each clock
    local: dict[date, list[list[int]]] = {}
    night = lull_mid_hours(presence_hist(day_hists, days))
    offs: dict[date, list[int]] = {}
    for d in days:
        for q, c in enumerate(day_hists[d]):
            if c:
                p = personal_day(d, q, night)
                got = local.setdefault(p, [[] for _ in zones])
                if p not in offs:
                    offs[p] = [_noon_offset_q(tz, p) for tz in tzs]
                for k, o in enumerate(offs[p]):
                    got[k].append((q + o) % QUARTERS)
    order = sorted(local)
    weekend = [d.weekday() >= 5 for d in order]
    n, m = len(order), len(zones)
    if n == 0 or m == 0:
        return []

    def fit(assign: list[int]) -> tuple[float, list[int]]:
        for _round in range(CLOCK_RUNS_ROUNDS):
            profs = [[0] * QUARTERS, [0] * QUARTERS]
            for i, d in enumerate(order):
                for b in local[d][assign[i]]:
                    profs[weekend[i]][b] += 1
            logps = [[math.log((1 - FLOOR) * x / (sum(prof) or 1) + FLOOR / QUARTERS) for x in smooth(prof)]
                     for prof in profs]
            ll = [[sum(logps[weekend[i]][b] for b in local[d][k]) for k in range(m)] for i, d in enumerate(order)]
            # Viterbi: a change of clock costs REGIME_CUT_NATS
            score, back = list(ll[0]), []
            for i in range(1, n):
                top = max(range(m), key=lambda k: score[k])
                step, nxt = [], []
                for k in range(m):
                    stay, move = score[k], score[top] - REGIME_CUT_NATS
                    step.append(k if stay >= move else top)
                    nxt.append(max(stay, move) + ll[i][k])
                back.append(step)
                score = nxt
            k = max(range(m), key=lambda j: score[j])
            path = [k]
            for step in reversed(back):
                k = step[k]
                path.append(k)
            path.reverse()
            path = _join_short(order, path)
            total = sum(ll[i][path[i]] for i in range(n)) - REGIME_CUT_NATS * sum(
                1 for a, b in pairwise(path) if a != b)
            if path == assign:
                break
            assign = path
        return total, assign

    best = max((fit([k] * n) for k in range(m)), key=lambda got: got[0])[1]
    runs: list[tuple[date, date, str]] = []
    for d, k in zip(order, best, strict=True):
        if runs and runs[-1][2] == zones[k]:
            runs[-1] = (runs[-1][0], d, zones[k])
        else:
            runs.append((d, d, zones[k]))
    return runs


def split_at_clock_runs(day_hists: Mapping[date, Sequence[int]], days: Sequence[date],
                        runs: Sequence[tuple[date, date, str]],
                        ips_in: Callable[[date, date], Counter[str]]) -> list[Any] | None:
    """The history cut at :func:`clock_runs`' runs, one :class:`~.timezone.Regime` each (``zone``: the run's clock,
    ``start``: local midnight of its first day there), each keeping its own login-IP country (:data:`UNPLACED`
    without); None where a run holds under :data:`~.timezone.REGIME_MIN_ACTIVE` active days. A UTC day is the run's
    whose local days hold its noon on the run's clock."""
    parts: list[Any] = []
    for k, (a, b, zone) in enumerate(runs):
        tz = zone_info(zone)
        lo = datetime(a.year, a.month, a.day, tzinfo=tz).astimezone(UTC)
        hi = (datetime(b.year, b.month, b.day, tzinfo=tz) + timedelta(days=1)).astimezone(UTC)
        mine = [d for d in days if lo <= datetime(d.year, d.month, d.day, 12, tzinfo=UTC) < hi]
        if len(mine) < REGIME_MIN_ACTIVE:
            return None
        ips = ips_in(mine[0], mine[-1])
        parts.append(Regime(mine[0], mine[-1], mine, lull_mid_hours(presence_hist(day_hists, mine)), lo if k else None,
                            ips.most_common(1)[0][0] if ips else UNPLACED, zone))
    return parts


def _join_short(order: Sequence[date], path: list[int]) -> list[int]:
    """``path`` (a clock index per local day of ``order``) with each run shorter than
    :data:`~.timezone.REGIME_MIN_DAYS` calendar days given to the longer neighbour, shortest first."""
    path = list(path)
    while True:
        starts = [0, *(i for i in range(1, len(path)) if path[i] != path[i - 1])]
        ends = [*starts[1:], len(path)]
        spans = [((order[e - 1] - order[s]).days + 1, s, e) for s, e in zip(starts, ends, strict=True)]
        short = [sp for sp in spans if sp[0] < REGIME_MIN_DAYS]
        if not short or len(spans) == 1:
            return path
        _n, s, e = min(short)
        k = spans.index(next(sp for sp in spans if sp[1] == s))
        left = spans[k - 1] if k > 0 else None
        right = spans[k + 1] if k + 1 < len(spans) else None
        into = left if right is None or (left is not None and left[0] >= right[0]) else right
        assert into is not None
        fill = path[into[1]]
        for i in range(s, e):
            path[i] = fill


def split_at_dst_habit(day_hists: Mapping[date, Sequence[int]], days: Sequence[date], cut: date,
                       ips_in: Callable[[date, date], Counter[str]], start: datetime | None = None) -> list[Any] | None:
    """The history cut in two at ``cut`` (:func:`dst_habit_change`; ``start``, the instant the later clock is read
    from, where the day is known), each part keeping its own login-IP country
    (:data:`UNPLACED` without), for :func:`_fit_periods` to fit each on its own (``apart``); None where a part is
    under :data:`~.timezone.REGIME_MIN_DAYS` calendar days or :data:`~.timezone.REGIME_MIN_ACTIVE` active days."""
    early = [d for d in days if d < cut]
    late = [d for d in days if d >= cut]
    if not early or not late or min(len(early), len(late)) < REGIME_MIN_ACTIVE \
            or (early[-1] - early[0]).days + 1 < REGIME_MIN_DAYS or (late[-1] - late[0]).days + 1 < REGIME_MIN_DAYS:
        return None
    before, after = ips_in(early[0], early[-1]), ips_in(late[0], late[-1])
    parts = [Regime(early[0], early[-1], early, lull_mid_hours(presence_hist(day_hists, early)), None,
                    before.most_common(1)[0][0] if before else UNPLACED),
             Regime(late[0], late[-1], late, lull_mid_hours(presence_hist(day_hists, late)), None,
                    after.most_common(1)[0][0] if after else UNPLACED)]
    # the instant the later clock is read from: ``start`` where the move is dated to the day (date_clock_change: the
    # local midnight that begins it), else the quarter-hour that fits best near the cut
    parts[1].start = start or _switch_instant(day_hists, parts[0], parts[1])
    return parts


#: the share of the held login days (:func:`~.addresses.days_per_country`) a country needs, where the logins show
#: no move, for the clock periods' home to be chosen among its periods (:func:`ip_home_country`), and how many times
#: the runner-up's: a Toronto crew member logging in one home day in five holds 37 % of the days, 1.7 times Japan's
#: (her layovers' three countries share the rest); the home finding's own rule (40 %, 2×) reads her nights
IP_HOME_MIN_SHARE = 1 / 3
IP_HOME_MIN_RATIO = 1.5


def _day_countries(ip_days: Mapping[tuple[date, str], int]) -> tuple[list[date], list[str]]:
    """The login days in order and each day's most logged-in country, ``(days, countries)``."""
    by_day: dict[date, Counter[str]] = {}
    for (day, cc), n in ip_days.items():
        by_day.setdefault(day, Counter())[cc] += n
    days = sorted(by_day)
    return days, [by_day[d].most_common(1)[0][0] for d in days]


def _settled_day_countries(ip_days: Mapping[tuple[date, str], int]) -> tuple[list[date], list[str]] | None:
    """The login days in order and each day's most logged-in country, ``(days, countries)``; None where those
    countries form a move (:func:`~.moves.two_runs`) or moves and back (:func:`~.moves.moves_and_back`): the home
    and border readings hold only for a life that did not move.

    Read once for the same logins in a row (their items in order: a day's tie between countries goes to the first
    counted): the clock's time zone, its move shift and the days away ask it of one map 4 times, ≈0.025 s of CPU
    each on the demo; fresh lists each time."""
    key = tuple(ip_days.items())
    if _LAST_SETTLED and _LAST_SETTLED[0][0] == key:
        read = _LAST_SETTLED[0][1]
    else:
        days, tops = _day_countries(ip_days)
        read = None if two_runs(days, tops) is not None or moves_and_back(days, tops) is not None else (days, tops)
        _LAST_SETTLED[:] = [(key, read)]
    return None if read is None else (list(read[0]), list(read[1]))


#: the last :func:`_settled_day_countries` call's logins (items in order) and its reading: one entry, as bounded as
#: the map it was read from
_LAST_SETTLED: list[tuple[tuple[tuple[tuple[date, str], int], ...], tuple[list[date], list[str]] | None]] = []


def ip_home_country(ip_days: Mapping[tuple[date, str], int] | None) -> str | None:
    """The home country the login IPs name where they show no move (``zoneprior.PlaceEvidence.ip_days``): the country
    holding :data:`IP_HOME_MIN_SHARE` or more of the held days, as the home finding counts them, and
    :data:`IP_HOME_MIN_RATIO` times the runner-up's, where the days'
    countries form no move (:func:`~.moves.two_runs`) nor moves and back (:func:`~.moves.moves_and_back`: a stay of
    half a year or more, two seasonal homes); else None. :func:`_fit_periods` takes the home's clock from the
    periods in it: a Chicago resident's last British summer (92 days at the archive's end) was the "home" period,
    "You live on London time" beside "You most likely live in United States" (T33B M6)."""
    if not ip_days:
        return None
    if _settled_day_countries(ip_days) is None:
        return None
    held = days_per_country(ip_days.items(), held=True)
    if not held:
        return None
    ranked = held.most_common(2)
    cc, n = ranked[0]
    runner = ranked[1][1] if len(ranked) > 1 else 0
    return cc if n >= IP_HOME_MIN_SHARE * sum(held.values()) and n >= IP_HOME_MIN_RATIO * runner else None


#: how many days before the logins' move the home period may begin and still be the move's (:meth:`PeriodSplit.
#: mark_move_stays`): a period's first day is its clock's first active day, a day or two off the logins'
IP_MOVE_SLACK_DAYS = 14


def ip_move(ip_days: Mapping[tuple[date, str], int] | None) -> tuple[date, str] | None:
    """The first day in the later country of a move the login-IP countries show (``zoneprior.PlaceEvidence.ip_days``,
    each day's most logged-in country; :func:`~.moves.two_runs`: one country before, another after) and that
    country, ``(since, country)``; or None."""
    if not ip_days:
        return None
    found = two_runs(*_day_countries(ip_days))
    return (date.fromisoformat(found["since"]), str(found["to"])) if found is not None else None


def seasonal_ip_history(ip_days: Mapping[tuple[date, str], int] | None) -> dict[str, Any] | None:
    """The login-IP countries' history (``zoneprior.PlaceEvidence.ip_days``: the day's most frequent country) read
    as the home finding reads it (:func:`~.moves.moves_and_back`), where it is two seasonal homes
    (:func:`~.stays.seasonal_homes`: ``"seasonal"`` set); else None. ``periods``: ``[{country, from, until}]``."""
    if not ip_days:
        return None
    history = moves_and_back(*_day_countries(ip_days))
    return history if history is not None and history.get("seasonal") else None


def split_at_seasons(day_hists: Mapping[date, Sequence[int]], periods: list[Any],
                     history: dict[str, Any] | None) -> list[Any]:
    """``periods`` (:func:`~.timezone.regimes`) cut at every switch of two seasonal homes (``history``:
    :func:`seasonal_ip_history`), each part keeping its season's country (``Regime.country``). Iași (UTC+2) and
    London (UTC+0) lie under the 2.5 h the regimes merge, and no single cut of three years of alternating seasons
    leaves one country on each side (:func:`split_at_ip_moves`), so the London summers were read on Bucharest's
    clock (T31B S2). A cut is the day after the last login of the season before (the home finding's ``until`` + 1),
    placed at the quarter-hour between the two clocks' days that fits best (:func:`~.timezone._switch_instant`);
    one falling within :data:`~.timezone.REGIME_MIN_DAYS` of a period's ends, or leaving a part under
    :data:`~.timezone.REGIME_MIN_ACTIVE` active days, is not made."""
    if history is None:
        return periods
    seasons = history["periods"]
    cuts = [(date.fromisoformat(a["until"]) + timedelta(days=1), str(b["country"]))
            for a, b in pairwise(seasons)]
    first_cc = str(seasons[0]["country"])

    def country_on(day: date) -> str:
        cc = first_cc
        for at, nxt in cuts:
            if day >= at:
                cc = nxt
        return cc

    out: list[Any] = []
    for r in periods:
        bounds = [at for at, _cc in cuts if r.first + timedelta(days=REGIME_MIN_DAYS) <= at
                  and at <= r.last - timedelta(days=REGIME_MIN_DAYS)]
        parts: list[list[date]] = [[]]
        for d in r.days:
            while bounds and d >= bounds[0]:
                bounds.pop(0)
                if parts[-1]:
                    parts.append([])
            parts[-1].append(d)
        if len(parts) < 2 or any(len(p) < REGIME_MIN_ACTIVE for p in parts):
            # already one season (the regimes cut a switch between far clocks themselves): its country all the same
            if r.country is None:
                r.country = country_on(r.days[len(r.days) // 2])
            out.append(r)
            continue
        made: list[Any] = []
        for k, days in enumerate(parts):
            part = Regime(days[0], days[-1], days, lull_mid_hours(presence_hist(day_hists, days)),
                          r.start if k == 0 else None, country_on(days[len(days) // 2]), r.zone)
            if made:
                part.start = _switch_instant(day_hists, made[-1], part)
            made.append(part)
        out.extend(made)
    return out


#: the least gap (hours) between the summers' and the winters' quiet hours (UTC) read as two clocks by season from the
#: daily rhythm alone (:func:`rhythm_seasons`): summer time moves them by 1 h, so a gap of 2 h is a clock kept in one
#: season and another, an hour or two away, in the other (Chicago summers and Phoenix winters; Berlin's and
#: Tenerife's). A judgement call between the two, with the blocks' own spread (≈ 0.25 h) either side
RHYTHM_SEASON_MIN_H = 1.75
#: … where every summer block lies within this of the first summer's and every winter's of the first winter's
RHYTHM_SEASON_SPREAD_H = 0.75
#: cost of a switch (nats) in the Viterbi pass over the two seasons' profiles, under the regimes' 40: an hour's gap
#: read on 8 actions a day did not pay 40 for a switch (Phoenix's summers and Chicago's winters were one season);
#: the gap and the seasons' shape (:func:`~.stays.seasonal_homes`) are what must hold, not each switch's strength
RHYTHM_SEASON_CUT_NATS = 20.0
#: rounds of the two seasons' profiles refitted to the days the Viterbi pass gave them (as ``timezone.REGIME_ROUNDS``)
RHYTHM_SEASON_ROUNDS = 2


#: … or the winters at least this much earlier (UTC) than the summers, where the logins' one country keeps no clock with
#: summer time in the southern summer: Phoenix's summers (UTC−7) and Chicago's winters (UTC−6) read as one southern
#: zone's summer time, "Asunción time", asleep 02:30–10:00, with every login in the US (SEASONS2). Southern summer
#: time moves them the same way, so with no login country, or one keeping such a clock, this is none (Sydney)
RHYTHM_SEASON_REVERSED_H = HABIT_DST_H


#: … and where no login names a country, the winters read as two homes unless each switch falls within this many
#: days of a day a southern zone changes its clock (its own summer time: a person on Santiago's clock shifts on its
#: day; the records' switch is dated within a few days)
RHYTHM_SOUTHERN_SWITCH_DAYS = 7


@functools.cache
def _southern_switches(year: int) -> tuple[date, ...]:
    """The days of ``year`` (and the next year's first half, a southern summer's end) on which a zone keeping
    southern summer time (ahead in January of July) changes its clock."""
    out: set[date] = set()
    for zone in zone_countries():
        tz = zone_info(zone)
        if (tz.utcoffset(datetime(year, 1, 15, 12)) or timedelta(0)) <= (tz.utcoffset(datetime(year, 7, 15, 12))
                                                                         or timedelta(0)):
            continue
        d, prev = date(year, 1, 1), tz.utcoffset(datetime(year, 1, 1, 12))
        while d < date(year + 1, 7, 1):
            now = tz.utcoffset(datetime(d.year, d.month, d.day, 12))
            if now != prev:
                out.add(d)
            d, prev = d + timedelta(days=1), now
    return tuple(sorted(out))


def _southern_summer_time(country: str, year: int) -> bool:
    """Whether any zone of ``country`` (zone.tab) is ahead in January of where it is in July in ``year``."""
    def offset(zone: str, month: int) -> timedelta:
        return zone_info(zone).utcoffset(datetime(year, month, 15, 12)) or timedelta(0)
    return any(offset(z, 1) > offset(z, 7) for z in country_zones().get(country, ()))


#: the summer-time rules either season's clock may keep, tried each where no record names the clocks (SEASONS3): none,
#: the EU's (last Sunday of March to that of October), North America's (second Sunday of March to the first of
#: November) and southern Australia's (October to April). Each season's profile is read in its own months (Jun–Aug,
#: Dec–Feb); on the days between, a clock that keeps summer time lies an hour off that profile in UTC — Berlin's
#: November and late March, Tenerife's October, at UTC+1 the same as the other home's clock then — and read on the
#: fixed profiles they went to either season by chance: switches up to 4 weeks off the true ones, drawn to the
#: summer-time dates. The rule pair whose cut fits the days best is kept
RHYTHM_DST_RULES: tuple[str | None, ...] = (None, "Europe/Berlin", "America/New_York", "Australia/Sydney")


def _dst_shift(rule: str | None, ref_month: int) -> Callable[[date], int]:
    """Quarter-hours a clock keeping ``rule``'s summer time (a zone, None for none) lies later in UTC on a day than
    in the middle of ``ref_month`` of that day's year (the season its profile was read in)."""
    if rule is None:
        return lambda _d: 0
    tz = zone_info(rule)

    @functools.cache
    def shift(d: date) -> int:
        ref = tz.dst(datetime(d.year, ref_month, 15, 12)) or timedelta(0)
        now = tz.dst(datetime(d.year, d.month, d.day, 12)) or timedelta(0)
        return round((ref - now).total_seconds() / 900)
    return shift


def _season_labels(day_hists: Mapping[date, Sequence[int]], days: Sequence[date], members: Sequence[Sequence[date]],
                   shifts: Sequence[Callable[[date], int]]) -> tuple[float, list[int]] | None:
    """Each day's season (0 or 1) by the Viterbi pass of :func:`rhythm_seasons` with each season's profile moved by
    its clock's summer time (``shifts``, :func:`_dst_shift`), refitted :data:`RHYTHM_SEASON_ROUNDS` times on the days
    given to it (each read back into its season's frame); with the labels' log-likelihood less the switches' cost.
    None where one season takes every day."""
    def framed(j: int, ds: Sequence[date]) -> list[float]:
        # the days' presences moved back into season j's own frame (its reference months' UTC hours)
        own = {d: [*day_hists[d][shifts[j](d) % QUARTERS:], *day_hists[d][:shifts[j](d) % QUARTERS]] for d in ds}
        return utc_profile(own, ds)

    profiles = [framed(j, members[j]) for j in (0, 1)]
    labels: list[int] = []
    for _round in range(RHYTHM_SEASON_ROUNDS):
        labels = _absorb_short(day_hists, days, _viterbi(day_hists, days, profiles, RHYTHM_SEASON_CUT_NATS, shifts),
                               profiles, shifts)
        if len(set(labels)) < 2:
            return None
        profiles = [framed(j, [d for d, k in zip(days, labels, strict=True) if k == j]) for j in (0, 1)]
    score = sum(_day_fit(day_hists[d], framed_fit) for d, k in zip(days, labels, strict=True)
                for framed_fit in (_shifted(profiles[k], shifts[k](d)),))
    return score - RHYTHM_SEASON_CUT_NATS * sum(a != b for a, b in pairwise(labels)), labels


def _agreeing_blocks(blocks: Sequence[tuple[str, list[date], float]]
                     ) -> list[tuple[str, list[date], float]] | None:
    """The season blocks of one season (:func:`_season_blocks`) whose quiet hours agree within
    :data:`RHYTHM_SEASON_SPREAD_H` of one of them, where they are more than half of them (the most such blocks, the
    earliest first of a tie): the others lie off the pattern — a winter the person stayed at the summer home, the
    last December of a Chicago snowbird's history before she left for Phoenix (T37 M2: one December on Chicago's
    clock beside two Phoenix winters left no seasons, "New York time"). None where no such majority is; ``[]`` for
    no blocks. Which days keep which clock is the Viterbi pass's to say, the blocks only set the two profiles."""
    if not blocks:
        return []
    best = max(([b for b in blocks if abs(circ_diff_hours(b[2], ref[2])) <= RHYTHM_SEASON_SPREAD_H]
                for ref in blocks), key=len)
    return best if len(best) * 2 > len(blocks) else None


def rhythm_seasons(day_hists: Mapping[date, Sequence[int]], periods: list[Any], country: str | None = None
                   ) -> tuple[list[Any], list[dict[str, Any]]] | None:
    """Two seasonal homes on clocks an hour or two apart read from the daily rhythm alone, where no login IPs name two
    countries for them (no IPs, or one country's two clocks: Chicago summers and Phoenix winters, every login "US").
    Their quiet hours lie under the 2.5 h the regimes cut (``periods`` is one period then), and one zone fitted to the
    whole history was the clock that blends the two: Antarctica/Troll's 2 h of summer time, its nights at 06:30–14:00
    (SEASONS2); without Troll, one home's clock read the other's seasons an hour or two off.

    The season blocks (:data:`HABIT_SEASONS`: Jun–Aug, Dec–Feb, each ≥ :data:`HABIT_MIN_DAYS` active days, each with a
    nightly lull) give their quiet hours' centres in UTC; at least three blocks, both seasons, every summer within
    :data:`RHYTHM_SEASON_SPREAD_H` of the first summer's and every winter likewise, and the winters
    :data:`RHYTHM_SEASON_MIN_H` … :data:`~.timezone.MOVE_SHIFT_H` from the summers — or, where ``country`` (the
    logins' one country, :func:`ip_home_country`) keeps no southern summer time, at least
    :data:`RHYTHM_SEASON_REVERSED_H` earlier than them. Each day is then given to the
    summers' or the winters' UTC profile as ``timezone.regimes`` does (a Viterbi pass at
    :data:`RHYTHM_SEASON_CUT_NATS` a switch, runs under
    :data:`~.timezone.REGIME_MIN_DAYS` absorbed, :data:`RHYTHM_SEASON_ROUNDS` rounds), and the runs must read as two
    seasonal homes (:func:`~.stays.seasonal_homes`: alternating, each season 75–300 days, starting in about the same
    month each year) — a move, or one stay, is none.

    Returns ``(parts, seasons)``: the periods cut at each switch (``Regime.season`` "S" or "W", ``start`` the switch's
    quarter-hour) and ``[{clock, country: None, from_month, until_month}]`` (the latest season first, ``clock`` its
    label), or None."""
    got = _one_period_blocks(day_hists, periods)
    if got is None:
        return None
    days, blocks = got
    mids: dict[str, list[float]] = {"S": [], "W": []}
    members: dict[str, list[date]] = {"S": [], "W": []}
    for season in ("S", "W"):
        agree = _agreeing_blocks([b for b in blocks if b[0][0] == season])
        if agree is None:
            return None
        for _key, block, mid in agree:
            mids[season].append(mid)
            members[season].extend(block)
    if len(mids["S"]) + len(mids["W"]) < 3 or not mids["S"] or not mids["W"]:
        return None
    gap = circ_diff_hours(lull_mid_hours(presence_hist(day_hists, members["W"])),
                          lull_mid_hours(presence_hist(day_hists, members["S"])))
    reversed_ = -MOVE_SHIFT_H < gap <= -RHYTHM_SEASON_REVERSED_H and (
        country is None or not _southern_summer_time(country, days[-1].year))
    if not (RHYTHM_SEASON_MIN_H <= abs(gap) < MOVE_SHIFT_H or reversed_):
        return None
    names = ("S", "W")
    best: tuple[float, list[int]] | None = None
    for rules in itertools.product(RHYTHM_DST_RULES, repeat=2):
        shifts = [_dst_shift(rule, month) for rule, month in zip(rules, (7, 1), strict=True)]
        got = _season_labels(day_hists, days, [members[n] for n in names], shifts)
        if got is not None and (best is None or got[0] > best[0]):
            best = got
    if best is None:
        return None
    labels = best[1]
    runs: list[tuple[str, list[date]]] = []
    for d, k in zip(days, labels, strict=True):
        if runs and runs[-1][0] == names[k]:
            runs[-1][1].append(d)
        else:
            runs.append((names[k], [d]))
    # winters an hour earlier with no login country: one clock's southern summer time where each switch falls near
    # a day some southern zone changes its clock (Santiago's, Asunción's, Sydney's), else two homes (T37: Phoenix's
    # summers and Chicago's winters without logins were "Asunción time", or "Sydney time" asleep 16:45–00:00)
    if gap < 0 and country is None and all(
            any(abs((run[0] - t).days) <= RHYTHM_SOUTHERN_SWITCH_DAYS for t in _southern_switches(run[0].year))
            for _n, run in runs[1:]):
        return None
    # each switch's UTC day holds the evening before it on one clock and the day after on the other (Phoenix's
    # 31 March evening is 1 April in UTC): the months are read a day inside each switch ("Nov–Mar", not "Nov–Apr")
    seasons = seasonal_homes([{"country": n, "from": (run[0] + timedelta(days=k > 0)).isoformat(),
                               "until": (run[-1] - timedelta(days=k + 1 < len(runs))).isoformat()}
                              for k, (n, run) in enumerate(runs)])
    if seasons is None:
        return None
    parts = [Regime(run[0], run[-1], run, lull_mid_hours(presence_hist(day_hists, run)), season=n)
             for n, run in runs]
    parts[0].start = periods[0].start
    for prev, cur in pairwise(parts):
        cur.start = _switch_instant(day_hists, prev, cur)
    return parts, [{"clock": s["country"], "country": None, "from_month": s["from_month"],
                    "until_month": s["until_month"]} for s in seasons]


#: the least shift (hours, UTC) of one season block's quiet hours from the same season's other blocks, themselves
#: within :data:`RHYTHM_SEASON_SPREAD_H` of one another, read as a spell on another clock (:func:`odd_season_stint`):
#: an hour's step less the blocks' own spread (≈ 0.25 h)
ODD_SEASON_MIN_H = 0.75
#: the longest such spell (calendar days): longer is a move, the regimes' and the logins' to read
ODD_SEASON_MAX_DAYS = 300


def _season_blocks(day_hists: Mapping[date, Sequence[int]], days: Sequence[date]
                   ) -> list[tuple[str, list[date], float]] | None:
    """The season blocks of ``days`` (:data:`HABIT_SEASONS`, each of :data:`HABIT_MIN_DAYS` active days or more):
    ``[(season "S"/"W" + its year, days, quiet hours' centre UTC)]``; None where a block has no nightly lull."""
    blocks: list[tuple[str, list[date]]] = []
    for d in days:
        season = HABIT_SEASONS.get(d.month)
        if season is None:
            continue
        key = f"{season}{d.year + (1 if d.month == 12 else 0)}"
        if blocks and blocks[-1][0] == key:
            blocks[-1][1].append(d)
        else:
            blocks.append((key, [d]))
    out = []
    for key, block in blocks:
        if len(block) < HABIT_MIN_DAYS:
            continue
        hist = presence_hist(day_hists, block)
        if lull_depth(hist) > LULL_DEPTH_MAX:
            return None  # a block with no nightly lull (rotating shifts): no clock to read
        out.append((key, block, lull_mid_hours(hist)))
    return out


def _one_period_blocks(day_hists: Mapping[date, Sequence[int]], periods: list[Any]
                       ) -> tuple[list[date], list[tuple[str, list[date], float]]] | None:
    """The days of a history of one period (``periods``, the regimes') and their season blocks
    (:func:`_season_blocks`); None where the regimes cut it or a block has no nightly lull."""
    if len(periods) != 1:
        return None
    blocks = _season_blocks(day_hists, periods[0].days)
    return None if blocks is None else (periods[0].days, blocks)


def odd_season_stint(day_hists: Mapping[date, Sequence[int]], periods: list[Any]) -> list[Any] | None:
    """One season spent on a clock an hour or so from home's, in a history of one clock otherwise: a Chicagoan's one
    winter in Phoenix (Nov 2023 – Mar 2024, every login "US") lies an hour from her Chicago winters in UTC and the
    same as her summers, under the 2.5 h the regimes cut, and the whole history fitted about equally to every US
    clock: "New York time" by head count, no period (SEASONS3). One period (``periods``); among the season blocks
    (:func:`_season_blocks`) one season's blocks agree within :data:`RHYTHM_SEASON_SPREAD_H` but for one (or
    several, off the same way) lying :data:`ODD_SEASON_MIN_H` or more from them. The days are then given to the home's
    profile or the odd blocks' as :func:`rhythm_seasons` does (each clock's summer time tried), and each run of the odd
    clock between :data:`~.timezone.REGIME_MIN_DAYS` and :data:`ODD_SEASON_MAX_DAYS` calendar days holding an odd
    block is a period of its own (``Regime.season`` "X", the rest "H"), fitted on its own clock and anchoring the
    home's (:func:`_fit_periods`' ``season_anchor``). Returns the periods so cut, or None."""
    got = _one_period_blocks(day_hists, periods)
    if got is None:
        return None
    days, blocks = got
    odd: list[tuple[str, list[date], float]] = []
    for season in ("S", "W"):
        mine = [b for b in blocks if b[0][0] == season]
        if len(mine) < 3:
            continue
        for b in mine:
            rest = [m for k, _d, m in mine if k != b[0]]
            if len(rest) < 2 or any(abs(circ_diff_hours(m, rest[0])) > RHYTHM_SEASON_SPREAD_H for m in rest):
                continue
            centre = lull_mid_hours(presence_hist(day_hists, [d for k, ds, _m in mine if k != b[0] for d in ds]))
            if abs(circ_diff_hours(b[2], centre)) >= ODD_SEASON_MIN_H:
                odd.append(b)
    if not odd or len(odd) * 2 >= len(blocks):
        return None
    odd_days = {d for _k, ds, _m in odd for d in ds}
    home = [d for k, ds, _m in blocks if k not in {o[0] for o in odd} for d in ds]
    ref = 7 if odd[0][0][0] == "S" else 1
    best: tuple[float, list[int]] | None = None
    for rules in itertools.product(RHYTHM_DST_RULES, repeat=2):
        got = _season_labels(day_hists, days, [home, sorted(odd_days)], [_dst_shift(r, ref) for r in rules])
        if got is not None and (best is None or got[0] > best[0]):
            best = got
    if best is None:
        return None
    runs: list[tuple[str, list[date]]] = []
    for d, k in zip(days, best[1], strict=True):
        name = ("H", "X")[k]
        if runs and runs[-1][0] == name:
            runs[-1][1].append(d)
        else:
            runs.append((name, [d]))
    stints = [run for n, run in runs if n == "X"]
    if not stints or any(not REGIME_MIN_DAYS <= (run[-1] - run[0]).days + 1 <= ODD_SEASON_MAX_DAYS
                         or not odd_days & set(run) for run in stints) or runs[-1][0] == "X" or runs[0][0] == "X":
        return None
    parts = [Regime(run[0], run[-1], run, lull_mid_hours(presence_hist(day_hists, run)), season=n) for n, run in runs]
    parts[0].start = periods[0].start
    for prev, cur in pairwise(parts):
        cur.start = _switch_instant(day_hists, prev, cur)
    return parts


def regime_seasons(periods: list[Any]) -> list[dict[str, Any]] | None:
    """Two seasonal homes on far clocks read from the periods the regimes cut (their quiet hours
    :data:`~.timezone.MOVE_SHIFT_H` or more apart), where no login names a country: the periods alternate between
    two clocks and recur like seasons (:func:`~.stays.seasonal_homes`). Each period's ``Regime.season`` is set to its
    clock's label ("A": the first period's clock, "B" the other) and the seasons are returned as
    :func:`rhythm_seasons` gives them (``[{clock, country: None, from_month, until_month}]``, the latest first); else
    None and the periods are left as they were. Hamburg's summers and Bangkok's winters, no logins, were three
    "stays abroad" on Jakarta time beside the home's range (SEASONS3)."""
    if len(periods) < 4 or any(r.season is not None for r in periods):
        return None
    labels = ["A" if abs(circ_diff_hours(r.lull_utc, periods[0].lull_utc)) < MOVE_SHIFT_H else "B" for r in periods]
    seasons = seasonal_homes([{"country": k, "from": r.first.isoformat(), "until": r.last.isoformat()}
                              for k, r in zip(labels, periods, strict=True)])
    if seasons is None:
        return None
    for k, r in zip(labels, periods, strict=True):
        r.season = k
    return [{"clock": s["country"], "country": None, "from_month": s["from_month"], "until_month": s["until_month"]}
            for s in seasons]


#: the share of a country's people (its towns of ≥ 15,000, :func:`~.zoneprior.zone_populations`) on one clock from
#: which its logins pin that clock: New Zealand (Auckland; Chatham's ≈ 600 people hold no such town), Japan, the UK.
#: A country of several peopled clocks (the US, Canada, Australia) pins none
PINNED_PEOPLE_SHARE = 0.99
#: how far (hours) the pinned zone's lull may lie from the period's best fit and still be its answer: two of the
#: period's own-night SD (:data:`PERIOD_LULL_SD_H`) — Chatham's 45 minutes are within, so New Zealand's people decide
PINNED_FIT_H = 2 * PERIOD_LULL_SD_H


def pinned_zone(country: str | None, years: tuple[int, ...]) -> str | None:
    """The zone whose clock :data:`PINNED_PEOPLE_SHARE` of ``country``'s people keep in ``years`` (its most peopled
    zone), or None: a login in such a country pins the clock. One-clock countries pin it whatever the data says."""
    zones = country_zones().get(country or "", ())
    if not zones:
        return None
    clocks = zone_clocks(zones, years)
    people = zone_populations().get(country or "", {})
    if len(clocks) == 1:
        return max(zones, key=lambda z: people.get(z, 0))
    total = sum(people.values())
    if not total:
        return None
    for members in clocks.values():
        held = sum(people.get(z, 0) for z in members)
        if held >= PINNED_PEOPLE_SHARE * total:
            return max(members, key=lambda z: people.get(z, 0))
    return None


#: how far (hours) the nights of two pinned periods may lie apart and still be read as one night (two of the
#: period's own-night SD, :data:`PERIOD_LULL_SD_H`). A holiday abroad on which the person sleeps late (02:00–10:00
#: in Italy) is no such night: pooled with a Vancouver ski instructor's New Zealand seasons (asleep 23:30–07:00
#: there as at home), two four-week holidays a year moved the anchor from 03:45 to 04:45 and her home clock from
#: Vancouver's to Edmonton's, her sleep window an hour late with it (T34B M10). The pinned periods are read as
#: clusters of like nights and the one holding the most days anchors; the others are read apart (their own hours)
PINNED_AGREE_H = 2 * PERIOD_LULL_SD_H
# A holiday keeps no week: every day is a free day, and people sleep later on free days (MCTQ: Roenneberg, Wirz-Justice
# & Merrow 2003), so its nights lie later than the home's usual night however the clock is read. A pinned period is
# read apart as a holiday where the home's nights keep a week (their weekend lull lies HOLIDAY_HOME_WEEK_H or more
# from their weekday lull: social jetlag) and its own nights keep none (under half the home's shift), each side
# with WEEK_MIN_DAYS days of each kind. T34B M10: a Vancouver resident asleep 02:00–10:00 every night of two
# four-week holidays a year in Italy was put on Winnipeg's clock, her home nights "≈01:30–09:00". A person who
# keeps no week at home (a crew member, a shift worker) is not read so: her nights abroad anchor as before.
# Design choices (no published figure): an hour of social jetlag is common (Roenneberg et al. 2012, Curr Biol
# 22:939: about two thirds of people have one or more).
HOLIDAY_HOME_WEEK_H = 1.0
WEEK_MIN_DAYS = 6


def _week_shift(day_hists: Mapping[date, array], days: Sequence[date], off_h: float) -> float | None:
    """The shift (hours, later positive) of the lull of ``days``' weekend mornings (Saturday, Sunday) from their other
    mornings', each UTC day's morning dated on a clock ``off_h`` hours from UTC at the days' lull; None with fewer than
    :data:`WEEK_MIN_DAYS` days of either kind."""
    if not days:
        return None
    lull = lull_mid_hours(presence_hist(day_hists, days))
    free, work = [], []
    for d in days:
        morning = (datetime(d.year, d.month, d.day) + timedelta(hours=lull + off_h)).date()
        (free if morning.weekday() >= 5 else work).append(d)
    if len(free) < WEEK_MIN_DAYS or len(work) < WEEK_MIN_DAYS:
        return None
    return circ_diff_hours(lull_mid_hours(presence_hist(day_hists, free)), lull_mid_hours(presence_hist(day_hists,
                                                                                                        work)))


def _offset_h(zone: str, d: date) -> float:
    return (zone_info(zone).utcoffset(datetime(d.year, d.month, d.day, 12)) or timedelta(0)).total_seconds() / 3600


def _local_presences(day_hists: Mapping[date, array], days: Sequence[date], zone: str) -> list[int]:
    """:func:`~.timezone.presence_hist` of ``days`` on ``zone``'s clock, each day moved by that zone's own offset on
    it: a period across summer and winter read on its middle day's offset alone put the lull of a Berliner's 21 months
    (Jan 2023 – Sep 2024, the middle in winter) 40 minutes early, 03:07 for 03:45, and anchored a move to New York
    at the records' end on Chicago's clock, whose head-count night lies an hour earlier (T39)."""
    hist = [0] * QUARTERS
    for d in days:
        move = round(_offset_h(zone, d) * 4)
        for q, c in enumerate(day_hists[d]):
            if c:
                hist[(q + move) % QUARTERS] += 1
    return hist


def _pinned_lull(day_hists: Mapping[date, array], periods: Sequence[Any], pinned: Mapping[int, str],
                 home: tuple[Sequence[date], str] | None = None) -> tuple[float, int, frozenset[int]] | None:
    """The local hour the lull of the periods ``pinned`` (index → the zone their logins pin) centres on, each read on
    its pinned zone's clock (each day on that zone's offset that day, :func:`_local_presences`), their days
    weighing — over the periods whose lulls lie within :data:`PINNED_AGREE_H` of the one whose such neighbours hold
    the most days (a late-sleeping holiday's nights are read apart), and none that is a holiday
    (:data:`HOLIDAY_HOME_WEEK_H`; ``home``: the home's days and the zone its activity fits best); the days; and the
    indexes of the periods read. None without such periods."""
    home_week = None
    if home is not None and home[0]:
        home_week = _week_shift(day_hists, home[0], _offset_h(home[1], home[0][len(home[0]) // 2]))
    local: dict[int, tuple[float, int]] = {}
    for i, zone in pinned.items():
        r = periods[i]
        mid = r.days[len(r.days) // 2]
        if home_week is not None and abs(home_week) >= HOLIDAY_HOME_WEEK_H:
            week = _week_shift(day_hists, r.days, _offset_h(zone, mid))
            if week is not None and abs(week) < abs(home_week) / 2:
                continue  # a holiday: every day free, its own hours (HOLIDAY_HOME_WEEK_H)
        local[i] = (lull_mid_hours(_local_presences(day_hists, r.days, zone)), len(r.days))
    if not local:
        return None

    def near(i: int) -> list[int]:
        return [j for j, (h, _n) in local.items() if abs(circ_diff_hours(h, local[i][0])) <= PINNED_AGREE_H]

    # the cluster of like nights holding the most days (ties: the earlier period's)
    centre = max(sorted(local), key=lambda i: sum(local[j][1] for j in near(i)))
    kept = near(centre)
    x = sum(n * math.cos(h / 24 * 2 * math.pi) for h, n in (local[j] for j in kept))
    y = sum(n * math.sin(h / 24 * 2 * math.pi) for h, n in (local[j] for j in kept))
    return (math.atan2(y, x) / (2 * math.pi) * 24) % 24, sum(local[j][1] for j in kept), frozenset(kept)


#: the share of the active days that days held by other countries' logins must reach before the zone is fitted to
#: the home's days alone (:func:`days_away`): a fortnight's holiday in a year (4 %) leaves the fit as it was; a
#: crew's layovers (4 days in 9) or a season abroad every year do not. A judgement call, as :data:`AWAY_SHARE_LOWER`
AWAY_DAYS_SET_ASIDE = 0.1


def days_away(day_hists: Mapping[date, Any], ip_days: Mapping[tuple[date, str], int] | None
              ) -> tuple[str, dict[date, str], dict[date, str]] | None:
    """(the home country, {UTC day: country} of the active days held by another country, the same of the days with
    a login there — the ones certainly spent there: the held days between logins may be home's) where the login IPs
    name
    a home without a move (:func:`ip_home_country`) and the days other countries hold (:func:`~.addresses.held_days`:
    a layover's days, the silent ones between them) are :data:`AWAY_DAYS_SET_ASIDE` or more of the active days
    (``day_hists``' keys); else None. A Toronto crew member's layovers in London, Frankfurt and Tokyo (4 days in 9,
    her clock on each) pulled the one fit of every day to "Europe/London … Activity and place disagree", her home
    nights "free nights" of a roster (T33B M7): the home's clock is read on the home's days."""
    home_cc = ip_home_country(ip_days)
    if home_cc is None or not ip_days or not day_hists:
        return None
    held = held_days(ip_days.items(), held=True)
    away = {d: cc for d, cc in held.items() if cc != home_cc and d in day_hists}
    # only the countries whose days are on another clock than home's (their quiet hours, UTC, :data:`MOVE_SHIFT_H` or
    # more apart): a border commuter's weekends across the river are home's clock, nothing to set aside (T33A M2)
    home_days = [d for d in day_hists if d not in away]
    if len(home_days) < REGIME_MIN_ACTIVE:
        return None
    at_home = lull_mid_hours(presence_hist(day_hists, home_days))
    for cc in set(away.values()):
        days = sorted(d for d, c in away.items() if c == cc)
        if len(days) >= REGIME_MIN_ACTIVE and abs(season_gap(day_hists, days, home_days)) < MOVE_SHIFT_H \
                and abs(circ_diff_hours(lull_mid_hours(presence_hist(day_hists, days)), at_home)) < MOVE_SHIFT_H:
            away = {d: c for d, c in away.items() if c != cc}
    if len(away) < AWAY_DAYS_SET_ASIDE * len(day_hists):
        return None
    logged = held_days(ip_days.items(), held=False)
    return home_cc, away, {d: cc for d, cc in logged.items() if d in away and away[d] == cc}


#: the share of the held login days each of two countries needs for a life across their border (:func:`border_pair`)
BORDER_MIN_SHARE = 0.2
#: … and the share of the weeks with logins on two days or more that hold days of both
BORDER_WEEKS_SHARE = 0.5


def border_pair(day_hists: Mapping[date, Any], ip_days: Mapping[tuple[date, str], int] | None
                ) -> tuple[str, str, list[tuple[str, ...]]] | None:
    """(the country of most held days, the other one, the clocks both keep: each its zones of both countries, the
    first country's first) where the logins show a life across a border: two countries each holding
    :data:`BORDER_MIN_SHARE` or more of the held days (:func:`~.addresses.held_days`), both seen in
    :data:`BORDER_WEEKS_SHARE` or more of the weeks with logins on two days or more, their days' quiet hours (UTC)
    under :data:`~.timezone.MOVE_SHIFT_H` apart (one person's clock: weekends sleep later, a trip far away does not
    count), no move between them (:func:`ip_home_country`'s rules) and
    clocks both keep in the data's years (:func:`~.zoneprior.zone_clocks`), the two keeping different sets of clocks
    (else there is nothing to tell); else None. T33A M2: a Ciudad Juárez
    resident working in El Paso (US logins on weekdays, Mexican at weekends) was "New York time", one of the US
    clocks by head count — a clock no Mexican town keeps; Juárez/Denver, Matamoros/Chicago, Tijuana/Los Angeles and
    Hermosillo/Phoenix are the clocks both countries keep (the border towns follow US summer time)."""
    if not ip_days:
        return None
    held = held_days(ip_days.items(), held=True)
    counts = Counter(held.values()).most_common(2)
    if len(counts) < 2 or counts[1][1] < BORDER_MIN_SHARE * len(held):
        return None
    (a, _na), (b, _nb) = counts
    days_tops = _settled_day_countries(ip_days)
    if days_tops is None:
        return None
    days, tops = days_tops
    weeks: dict[date, set[str]] = {}
    seen: Counter[date] = Counter()
    for d, cc in zip(days, tops, strict=True):
        monday = d - timedelta(days=d.weekday())
        weeks.setdefault(monday, set()).add(cc)
        seen[monday] += 1
    busy = [w for w, k in seen.items() if k >= 2]
    if not busy or sum(1 for w in busy if {a, b} <= weeks[w]) < BORDER_WEEKS_SHARE * len(busy):
        return None
    da = [d for d, cc in held.items() if cc == a and d in day_hists]
    db = [d for d, cc in held.items() if cc == b and d in day_hists]
    if min(len(da), len(db)) < REGIME_MIN_ACTIVE or abs(circ_diff_hours(
            lull_mid_hours(presence_hist(day_hists, da)), lull_mid_hours(presence_hist(day_hists, db)))) \
            >= MOVE_SHIFT_H:
        return None
    years = clock_years(days[0], days[-1])
    zones = country_zones()
    ca, cb = zone_clocks(zones.get(a, ()), years), zone_clocks(zones.get(b, ()), years)
    both = [(*ca[k], *cb[k]) for k in ca if k in cb]
    # two countries of the same clocks (Germany and the Netherlands; a VPN's exit next door) leave nothing to tell
    return (a, b, both) if both and set(ca) != set(cb) else None


def border_nights(day_hists: Mapping[date, Any], border: tuple[str, str, list[tuple[str, ...]]] | None,
                  ip_hours: Mapping[tuple[int, str], int] | None) -> str | None:
    """The one of a border life's two countries (:func:`border_pair`) the night logins are in (``ip_hours``,
    ``zoneprior.PlaceEvidence.ip_hours``: the hours asleep or just before the quiet hours' centre of every active
    day, :func:`~.proxies.night_country`): where the person sleeps, home, whose clocks are then the candidates, not
    only the clocks both countries keep. None without a border life or where the nights name neither (a border
    life logged in only at midday: T33A M2's Ciudad Juárez). A Tui (Spain) resident working in Valença (Portugal),
    and a Madrid resident whose afternoons left through a Portuguese VPN, were read on Lisbon's clock, the one
    Spain (the Canaries) and Portugal share, though every night's login was Spanish (CLOCKSA, M1)."""
    if border is None or not ip_hours or not day_hists:
        return None
    return night_country(ip_hours, lull_mid_hours(presence_hist(day_hists, list(day_hists))), border[:2])


def two_country_nights(day_hists: Mapping[date, Any], ip_days: Mapping[tuple[date, str], int] | None,
                       ip_hours: Mapping[tuple[int, str], int] | None) -> tuple[str, str] | None:
    """(the country the person sleeps in, the other) where two countries each hold :data:`BORDER_MIN_SHARE` or more
    of the held login days (:func:`~.addresses.held_days`) and the nights name one of them
    (:func:`~.proxies.night_country`); else None. The countries of one clock that :func:`border_pair` leaves out
    ("nothing to tell") still name the zone by their country: a Konstanz resident working in Kreuzlingen was
    "Zurich time", a Johor Bahru one working in Singapore "Singapore time" (T36 M3)."""
    if not ip_days or not ip_hours or not day_hists:
        return None
    held = held_days(ip_days.items(), held=True)
    counts = Counter(held.values()).most_common(2)
    if len(counts) < 2 or counts[1][1] < BORDER_MIN_SHARE * len(held):
        return None
    pair = (counts[0][0], counts[1][0])
    cc = night_country(ip_hours, lull_mid_hours(presence_hist(day_hists, list(day_hists))), pair)
    return None if cc is None else (cc, pair[1] if cc == pair[0] else pair[0])


def trips_anchor(day_hists: Mapping[date, array], away: Mapping[date, str], home_cands: list[Any],
                 home_cc: str) -> tuple[Any, dict[str, Any]] | None:
    """The home's clock chosen by the night of the days spent in countries whose logins pin a clock (``away``: the
    days with a login there, :func:`days_away`; :func:`pinned_zone`), as :func:`_fit_periods` does with a pinned
    period, for trips too short to be periods of their own (a crew's layovers): the candidate
    :func:`anchor_home_clock` gives and the ``PeriodSplit.anchored`` record, or None. The days are grouped by
    pinned zone and that zone's offset on them, each group's lull read on its clock (:func:`_pinned_lull`)."""
    groups: dict[tuple[str, float], list[date]] = {}
    for d in sorted(away):
        zone = pinned_zone(away[d], clock_years(d, d))
        if zone is None or away[d] == home_cc:
            continue
        off = (zone_info(zone).utcoffset(datetime(d.year, d.month, d.day, 12)) or timedelta(0)).total_seconds()
        groups.setdefault((zone, off), []).append(d)
    keep = [(zone, ds) for (zone, _off), ds in groups.items() if len(ds) >= REGIME_MIN_ACTIVE]
    if not keep:
        return None
    parts = [dataclasses.make_dataclass("Days", ["days"])(ds) for _z, ds in keep]
    got = _pinned_lull(day_hists, parts, {k: zone for k, (zone, _ds) in enumerate(keep)},
                       (sorted(d for d in day_hists if d not in away), home_cands[0].zones[0]) if home_cands else None)
    if got is None:
        return None
    moved = anchor_home_clock(home_cands, home_cc, got[0])
    if moved is None and not pinned_settles(home_cands, home_cc, got[0]):
        return None
    zones = {zone for k, (zone, _ds) in enumerate(keep) if k in got[2]}
    return moved or home_cands[0], {
        "zone": (moved or home_cands[0]).zones[0], "instead_of": home_cands[0].zones[0] if moved else None,
        "lull_h": got[0], "pinned": sorted({zone_countries().get(z) or z for z in zones}),
        "pinned_zones": sorted(zones), "days": got[1],
        "day_list": sorted(d for k in got[2] for d in parts[k].days)}


def pinned_settles(home_cands: list[Any], home_cc: str | None, lull: float) -> bool:
    """Whether the night on a pinned clock (``lull``, local hours; :func:`anchor_home_clock`) settles the home's
    clock the activity chose among its country's by head count: the best puts the home's lull within
    :data:`PERIOD_LULL_SD_H` of it and no other of the country's clocks does. A Toronto crew member asleep at 03:00
    in London, Frankfurt and Tokyo is on Toronto's clock, not one of "Winnipeg to Halifax" the activity at home
    alone leaves open (HOMECLK, T33B M7)."""
    best = home_cands[0] if home_cands else None
    if not home_cc or best is None or zone_countries().get(best.zones[0]) != home_cc \
            or abs(circ_diff_hours(best.lull_mid, lull)) > PERIOD_LULL_SD_H:
        return False
    # the clocks the activity cannot tell from the best (the ones the head count chose among): none of them puts the
    # night at that hour. A clock the activity tells apart (Atikokan's, no summer time, its lull within the SD on
    # average over the seasons) is no rival
    rivals = [c for c, _z in (*rivals_in_country(home_cands, best), *fits_as_well_in_country(home_cands, best))]
    return bool(rivals) and not any(abs(circ_diff_hours(c.lull_mid, lull)) <= PERIOD_LULL_SD_H for c in rivals)


def anchor_home_clock(home_cands: list[Any], home_cc: str | None, lull: float) -> Any | None:
    """Among the home country's clocks the activity was fitted to (``home_cands``, best first), the one that puts
    the home's lull within :data:`PERIOD_LULL_SD_H` of ``lull`` — the local hour of the person's night on a clock the
    IPs pin (:func:`pinned_zone`) — the likeliest of those, where the best does not already: that candidate, its
    country's zones first; else None. The same person sleeps at the same local hours at home and away (the jet-lag
    SD the periods are read with), so a Vancouver ski instructor asleep 23:30–07:00 in Vancouver and in Queenstown is on
    Vancouver's clock, not Toronto's by head count with a lull at 06:15 (T32B M7)."""
    if not home_cc or not home_cands:
        return None
    best = home_cands[0]
    if abs(circ_diff_hours(best.lull_mid, lull)) <= PERIOD_LULL_SD_H:
        return None
    fits = [c for c in home_cands if any(zone_countries().get(z) == home_cc for z in c.zones)
            and abs(circ_diff_hours(c.lull_mid, lull)) <= PERIOD_LULL_SD_H]
    if not fits:
        return None
    # the likeliest of them (``home_cands`` is best first): the nearest lull alone picked Atikokan's clock (UTC−5
    # all year, ≈ 3,000 people, its winter days a poor fit) over Winnipeg's for a Winnipeg resident whose home
    # periods are mostly summer, both within the SD (HOMECLK: T33B's winnipeg_nz_winters)
    c = fits[0]
    mine_cc = [z for z in c.zones if zone_countries().get(z) == home_cc]
    return dataclasses.replace(c, zones=[*mine_cc, *(z for z in c.zones if z not in mine_cc)])


def _summer_half(d: date) -> bool:
    """Whether ``d`` falls in April–October: summer time in the north, none in the south — both sides of a
    comparison read in one half keep one season's clock."""
    return 4 <= d.month <= 10


def season_gap(day_hists: Mapping[date, Sequence[int]], days: Sequence[date], home: Sequence[date]) -> float:
    """The shift (UTC hours) of ``days``' quiet hours from ``home``'s, both read in the half of the year (April–
    October or November–March) most of ``days`` fall in, where each holds :data:`~.timezone.REGIME_MIN_ACTIVE`
    active days in it; else the whole of each.

    A period's whole centre mixes its summer-time and winter days: four summer months on Pacific time inside an
    Eastern history whose home period is mostly winter lie ≈ 2.1 h from it in UTC, under
    :data:`~.timezone.MOVE_SHIFT_H`, so the stint was read as the home's clock (T32B M6: the whole history then
    fitted America/Santiago's clock, between the two, "Activity and place disagree"); in one season it is 3 h."""
    def gap(mine: Sequence[date], theirs: Sequence[date]) -> float:
        return circ_diff_hours(lull_mid_hours(presence_hist(day_hists, mine)),
                               lull_mid_hours(presence_hist(day_hists, theirs)))

    half = sum(1 for d in days if _summer_half(d)) * 2 >= len(days)
    mine = [d for d in days if _summer_half(d) == half]
    theirs = [d for d in home if _summer_half(d) == half]
    if len(mine) < REGIME_MIN_ACTIVE or len(theirs) < REGIME_MIN_ACTIVE:
        return gap(days, home)
    said = gap(mine, theirs)
    # the other half too where both hold enough days there, the larger shift said: a year in Phoenix (UTC−7 all
    # year) before New York lies 2 h from it in winter, under MOVE_SHIFT_H, and 3 h in summer; read in its
    # mostly-winter half alone it was the home's clock, and the whole history America/Nuuk's, whose own law
    # changes mimic the move (T34 M9)
    mine = [d for d in days if _summer_half(d) != half]
    theirs = [d for d in home if _summer_half(d) != half]
    if len(mine) >= REGIME_MIN_ACTIVE and len(theirs) >= REGIME_MIN_ACTIVE:
        other = gap(mine, theirs)
        said = other if abs(other) > abs(said) else said
    return said


def _fit_periods(day_hists: Mapping[date, array], periods: Sequence[Any],
                 prior_for: Callable[[Sequence[tuple[date, date]], bool], Any],
                 ips_in: Callable[[date, date], Counter[str]] | None = None,
                 zone_in: Callable[[date, date], str | None] | None = None, seasonal: bool = False,
                 apart: bool = False, home_cc: str | None = None) -> tuple[PeriodSplit | None, list[tuple[date, date]]]:
    """A zone fitted to each period (:class:`PeriodSplit`), or None where every period gives the home's clock (a
    new rhythm, not another zone: one zone for the whole history, as before); and the (first, last) active days (UTC)
    of every period whose quiet hours lie :data:`~.timezone.MOVE_SHIFT_H` or more from the home's yet whose zone keeps
    the home's clock: the home clock at other hours (night shifts), oldest first.

    The home period is the latest spanning :data:`HOME_MIN_DAYS` or more (else the one with the most active days);
    the periods on its clock are those whose quiet hours (UTC) lie under :data:`~.timezone.MOVE_SHIFT_H` from its
    own (summer time moves them by an hour), and the home zone is fitted to all of them together, with the place
    evidence dated in them. Each other period is fitted with the person's own night — where the lull centres at
    home, local hours, SD :data:`PERIOD_LULL_SD_H` — in place of the population's: German IPs and a declared
    Germany during three months in New York made the stay "Europe/Berlin" with a lull at 09:45, and the
    population's night put a Tokyo half-year on Manila. Costs one zone search per period.

    ``ips_in(first, last)``: the login-IP countries of the records dated in those UTC days. A period whose own
    logins are (≥ :data:`SAME_PLACE_MIN_IPS`, ≥ :data:`SAME_PLACE_SHARE`) in the home zone's country is read on
    the home's clock — the place evidence decides, as for a change of habits: two months of night shifts in
    Germany, every daily login German, were "a stay abroad?" on Manila time and none of their nights was counted
    late (the twenty-fifth pass's final tester). A stay abroad whose every login is home-routed (a VPN, a roaming
    SIM) is read as night work at home then; logins from where the person is let it be a stay.

    ``seasonal``: the periods are two seasonal homes' seasons (:func:`split_at_seasons`): the other home's seasons
    are each a "season" (:meth:`PeriodSplit.describe`), never a stay abroad. The home is chosen as above (the latest
    season spanning 91 days or more): its zone fitted to the population's night, the other home's with the
    person's own (a Canadian winter read as the home: Toronto by head count, and the New Zealand summers, fitted
    to that, on Chatham's clock).

    ``home_cc``: the home country the logins name (:func:`ip_home_country`): where the period so chosen has its own
    logins in another country and some period's own logins are in that one, the home is chosen among those alone —
    a one-clock country's season at the archive's end (a Chicagoan's British summer) is never the home's clock then,
    only the night that anchors it (T33B M6)."""
    def country(i: int) -> str | None:
        r = periods[i]
        if r.country is not None and r.country != UNPLACED:
            return str(r.country)
        ips = ips_in(r.first, r.last) if ips_in is not None else Counter()
        n = sum(ips.values())
        if n < SAME_PLACE_MIN_IPS:
            return None
        cc, k = ips.most_common(1)[0]
        return cc if k >= SAME_PLACE_SHARE * n else None

    def pick(choice: list[int]) -> int:
        long_ = [i for i in choice if (periods[i].last - periods[i].first).days + 1 >= HOME_MIN_DAYS]
        return long_[-1] if long_ else max(choice, key=lambda i: len(periods[i].days))

    home = pick(list(range(len(periods))))
    # only where the pick's own logins name another country: logins dated in a stay alone (25 Japanese logins in a
    # Berlin history's Tokyo half-year) name no home for the periods without any
    if home_cc is not None and not seasonal and country(home) not in (None, home_cc):
        there = [i for i in range(len(periods)) if country(i) == home_cc]
        home = pick(there) if there else home
    zones = [zone_in(r.first, r.last) if zone_in is not None else None for r in periods]

    def other_zone(i: int) -> bool:
        # the orders of period i ship to a zone on another clock than the home period's (New York's student years
        # before Los Angeles, the same quiet hours in UTC: T30B's H1)
        a, b = zones[i], zones[home]
        return a is not None and b is not None and not _same_zone_clock(
            a, b, clock_years(min(periods[i].first, periods[home].first), max(periods[i].last, periods[home].last)))

    # on the home's clock: quiet hours under 2.5 h from its own, unless login IPs set the period apart in another
    # country (split_at_ip_moves) or its orders in a zone of another clock (split_at_shipping_moves)
    home_logins = country(home)

    def logins_apart(i: int) -> bool:
        # a period the regimes cut whose own logins name another country than the home period's, of other clocks:
        # a move 2.5 h across a half-hour zone (Kolkata → Singapore on Saturday 13 Jul 2024) measured 2.4 h apart
        # on the season's days and was read "Singapore time" all along, at high (T54B 9, MOVE56)
        mine_cc = country(i)
        return mine_cc is not None and home_logins is not None and mine_cc != home_logins \
            and not _same_clocks(mine_cc, home_logins, clock_years(periods[i].first, periods[home].last))

    mine = [i for i, r in enumerate(periods) if abs(season_gap(day_hists, r.days, periods[home].days)) < MOVE_SHIFT_H
            and (r.country is None or periods[home].country is None or r.country == periods[home].country)
            and not logins_apart(i)
            and not other_zone(i)
            # two seasonal homes read from the rhythm (rhythm_seasons): the other season's clock is fitted on its
            # own, though its quiet hours lie under 2.5 h from home's (Phoenix's winters, 2 h from Chicago's summers)
            and (r.season is None or r.season == periods[home].season)
            # a change of summer-time habit (split_at_dst_habit, ``apart``): the other part is fitted on its own,
            # though its quiet hours lie within an hour of home's and its logins are in the same country
            and not (apart and i != home)]
    home_prior = prior_for([(periods[i].first, periods[i].last) for i in mine], True)
    home_cands = score_zones({d: day_hists[d] for i in mine for d in periods[i].days}, home_prior)
    home_cc = zone_countries().get(home_cands[0].zones[0])
    # the periods whose logins pin a clock (one country, held by one clock's people: New Zealand's seasons) anchor
    # the person's own night: the home's clock is the one of its country's that puts the home's lull at that hour
    pinned: dict[int, str] = {}
    for i, r in enumerate(periods):
        ips = ips_in(r.first, r.last) if ips_in is not None and i not in mine else Counter()
        n = sum(ips.values())
        if n >= SAME_PLACE_MIN_IPS:
            cc, k = ips.most_common(1)[0]
            zone = pinned_zone(cc, clock_years(r.first, r.last)) if k >= SAME_PLACE_SHARE * n else None
            if zone is not None and cc != home_cc:
                pinned[i] = zone
    anchored: dict[str, Any] | None = None
    got = _pinned_lull(day_hists, periods, pinned, ([d for i in mine for d in periods[i].days], home_cands[0].zones[0]))
    # the pinned periods read apart (a holiday, or nights unlike the anchor's): on the clock their logins pin, their
    # hours their own
    read_apart = frozenset(pinned) - (got[2] if got is not None else frozenset())
    if got is not None:
        moved = anchor_home_clock(home_cands, home_cc, got[0])
        if moved is not None or pinned_settles(home_cands, home_cc, got[0]):
            # moved: the night chose another of the country's clocks; else it settles the one the head count chose
            anchored = {"zone": (moved or home_cands[0]).zones[0],
                        "instead_of": home_cands[0].zones[0] if moved is not None else None, "lull_h": got[0],
                        "pinned": sorted({zone_countries().get(z) or z for i, z in pinned.items() if i in got[2]}),
                        "pinned_zones": sorted({z for i, z in pinned.items() if i in got[2]}), "days": got[1],
                        # the days themselves (UTC days), counted outside a window about an undated switch (WINDOW64)
                        "day_list": sorted(d for i in got[2] for d in periods[i].days)}
        if moved is not None:
            home_cands = [moved, *(c for c in home_cands if set(c.zones) != set(moved.zones))]
    # the other periods fitted with the person's own night at home — but not the earlier side of a change of
    # summer-time habit: where the home's zone is one by head count (Denver's records read on New York's clock), its
    # night put 2 h late drew Phoenix's year to a UTC−5 clock of no US zone, read back on the home's
    own = (home_cands[0].lull_mid, PERIOD_LULL_SD_H) if not apart else None

    def at_home(i: int, r: Any) -> bool:
        ips = ips_in(r.first, r.last) if ips_in is not None else Counter()
        n = sum(ips.values())
        return bool(home_cc) and n >= SAME_PLACE_MIN_IPS and ips[home_cc] >= SAME_PLACE_SHARE * n \
            and not other_zone(i)

    # another period's place evidence is what is dated inside it (prior_for's False: the undated evidence, the
    # export's present, weighs on the home's periods alone)
    def placed(i: int, cands: list[Any]) -> Any:
        # a period whose orders all ship to one zone is on that zone's clock, whatever its hours (New York's student
        # years, awake 10:00–02:30: the person's own night at home put them on Anchorage's clock; T30B's H1) — the
        # place evidence decides, as the logins do for at_home
        z = zones[i]
        return next((c for c in cands if z in c.zones), cands[0]) if z is not None else cands[0]

    season_fits: dict[str, list[Any]] = {}

    def own_cands(i: int, r: Any) -> list[Any]:
        if r.season is None:
            return score_zones({d: day_hists[d] for d in r.days}, prior_for([(r.first, r.last)], False), own)
        # a season read from the rhythm (rhythm_seasons): the other home's seasons fitted together, one clock for all
        # of them (fitted one by one, two Tenerife winters were Abidjan's and the third London's)
        if r.season not in season_fits:
            group = [p for j, p in enumerate(periods) if p.season == r.season and j not in mine]
            season_fits[r.season] = score_zones({d: day_hists[d] for p in group for d in p.days},
                                                prior_for([(p.first, p.last) for p in group], False), own)
        return season_fits[r.season]

    def nearest_own(i: int, cands: list[Any]) -> list[Any]:
        # a season in the other home: of the clocks its logins' country keeps (any, where none is known), the one
        # that puts its nights at the person's own hours at home where the head count's pick is off them by
        # PERIOD_LULL_SD_H more — a person keeps their night in both homes (SEASONS2: Tenerife's winters, Spanish
        # logins, were Madrid's clock by head count, an hour late and Berlin's own, so no season was read at all)
        if not seasonal or own is None:
            return cands
        # … among the clocks its own days do not tell apart from the best fit (RIVAL_ACTIVITY_MARGIN): Phoenix's
        # winters, no summer time from 10 March, were read on Chicago's clock at the hours of the head count's New
        # York, 4 nats worse on those March days (T37 M2)
        cc, top = country(i), max(c.loglik for c in cands)
        fits = [c for c in cands if c.posterior >= SEASON_NEAR_MIN_POSTERIOR
                and c.loglik > top - RIVAL_ACTIVITY_MARGIN
                and (cc is None or any(zone_countries().get(z) == cc for z in c.zones))]
        near = min(fits, key=lambda c: abs(circ_diff_hours(c.lull_mid, own[0])), default=None)
        if near is None or abs(circ_diff_hours(near.lull_mid, own[0])) + PERIOD_LULL_SD_H \
                > abs(circ_diff_hours(cands[0].lull_mid, own[0])):
            return cands
        near = dataclasses.replace(near, zones=sorted(near.zones, key=lambda z: zone_countries().get(z) != cc))
        return [near, *(c for c in cands if set(c.zones) != set(near.zones))]

    def own_fit(i: int, r: Any) -> Any:
        cands = nearest_own(i, own_cands(i, r))
        if i in pinned and zones[i] is None:
            # the clock its logins pin, where the activity allows (its lull within PINNED_FIT_H of the best fit's):
            # New Zealand's seasons on Auckland's clock, not Chatham's 45 minutes off (T32B M7); a period read apart
            # from the anchor (a holiday) on that clock whatever its hours: they are its own, not the home's night
            # the fit assumes (T34B M10: a late-sleeping holiday in Italy was "Africa/Abidjan")
            fit = next((c for c in cands if pinned[i] in c.zones
                        and (i in read_apart or abs(circ_diff_hours(c.lull_mid, cands[0].lull_mid)) <= PINNED_FIT_H)),
                       None)
            if fit is not None:
                return dataclasses.replace(fit, zones=[pinned[i], *(z for z in fit.zones if z != pinned[i])])
        return placed(i, cands)

    def stint(i: int, c: Any) -> Any:
        # a stint on another clock of the home's own country (T31B M8: three months on Pacific time between Eastern
        # years, every login "US"; a term in Perth; Russia): the period's own fit keeps a zone of that country on
        # another clock, its quiet hours under STINT_MAX_SHIFT_H from home's — that zone first, else None (night
        # shifts at home: the home's clock at other hours, as before)
        if abs(circ_diff_hours(periods[i].lull_utc, periods[home].lull_utc)) > STINT_MAX_SHIFT_H:
            return None
        if (c.standard_q, c.observes_dst) == (home_cands[0].standard_q, home_cands[0].observes_dst):
            return None
        mine_cc = [z for z in c.zones if zone_countries().get(z) == home_cc]
        return dataclasses.replace(c, zones=[*mine_cc, *(z for z in c.zones if z not in mine_cc)]) if mine_cc \
            else None

    answers = []
    for i, r in enumerate(periods):
        if i in mine:
            answers.append(home_cands[0])
        elif at_home(i, r):
            answers.append(stint(i, own_fit(i, r)) or home_cands[0])
        else:
            answers.append(own_fit(i, r))
    season_anchor: dict[str, Any] | None = None
    others = [answers[i] for i, r in enumerate(periods) if r.season is not None and i not in mine]
    # a spell on another of the home country's clocks (odd_season_stint: Phoenix's, the one US clock without summer
    # time at UTC−7) anchors the home's clock the head count chose among the country's: one person's night
    stint = bool(others) and any(r.season == "X" for r in periods) and home_cc is not None \
        and zone_countries().get(others[0].zones[0]) == home_cc
    if others and (others[0].posterior > home_cands[0].posterior or stint):
        # two seasonal homes read from the rhythm: the home's season read on the clock that puts its nights at the
        # hours of the other home's, where that one's clock is the surer — Phoenix's winters (no summer time from
        # 10 March: the only such US clock) put Chicago's summers at their hours, not New York's by head count,
        # which read them an hour late and 3 h from Phoenix's in place of the 2 the rhythm shows (SEASONS2)
        fits = [c for c in home_cands if c.posterior >= SEASON_NEAR_MIN_POSTERIOR
                and (home_cc is None or any(zone_countries().get(z) == home_cc for z in c.zones))]
        near = min(fits, key=lambda c: abs(circ_diff_hours(c.lull_mid, others[0].lull_mid)), default=None)
        if near is not None and near is not home_cands[0] and abs(circ_diff_hours(near.lull_mid, others[0].lull_mid)) \
                + PERIOD_LULL_SD_H <= abs(circ_diff_hours(home_cands[0].lull_mid, others[0].lull_mid)):
            season_anchor = {"zone": near.zones[0], "instead_of": home_cands[0].zones[0], "by": others[0].zones[0],
                             "lull_h": others[0].lull_mid, "stint": stint}
            home_cands = [near, *(c for c in home_cands if c is not near)]
            answers = [home_cands[0] if i in mine else a for i, a in enumerate(answers)]
    key = (home_cands[0].standard_q, home_cands[0].observes_dst)
    # the periods off the home's quiet hours that are read on its clock all the same: the home clock kept at other
    # hours (night shifts, a season of night feeds), whose nights the sleep finding reads apart (MCTQ^Shift)
    shifted = [(r.first, r.last) for i, r in enumerate(periods)
               if i not in mine and (answers[i].standard_q, answers[i].observes_dst) == key]
    if len({(c.standard_q, c.observes_dst) for c in answers}) < 2:
        return None, shifted
    split = PeriodSplit(day_hists, periods, answers, home, home_cands, home_prior)
    split.seasonal = seasonal
    split.anchored = anchored
    split.season_anchor = season_anchor
    return split, shifted
