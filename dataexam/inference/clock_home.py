"""The home the activity's clock names where the logins cannot (split from :mod:`.proxies`, behaviour unchanged):
a country of most login days whose clocks only a day sleeper keeps gives way to one whose clock the quiet hours fit
(:func:`home_by_clock`; T37 M4, T38 M5: a Tokyo, Sydney or São Paulo resident behind an always-on US or German
exit, one home login a month), of two homes that are each the other's exit the one whose clock fits
(:func:`kept_by_clock`; T38 M6, T39), and a neighbour's few login days the clock cannot tell from the home's own
beside an exit (:func:`near_untold`; T39: a Mexico City resident behind a US exit). The zones the activity alone
fits are scored once per report (:class:`ActivityFits`) and read by each.

Shapes as in :mod:`.proxies`: login hours ``{(slot, country): logins}`` with ``slot`` = UTC day ordinal × 24 + UTC
hour; ``lull_utc_h``: the quiet hours' centre in UTC hours; ``day_hists``: ``{date: [96 quarter-hour presences]}``.
:mod:`.proxies` imports this module when a reading is made (one direction at load time, as :mod:`.clock_exits`).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import NamedTuple

from .proxies import (
    EXIT_WITH_HOME_SHARE,
    HOME_MIN_DAY_SHARE,
    UNTOLD_MAX_DAY_SHARE,
    ProxyExits,
    country_gap_km,
    travel_hours,
)

#: a country of most login days whose clocks all lie this many hours or more from another's (:func:`home_by_clock`) …
CLOCK_HOME_H = 3.0
#: … gives way to another of this many login days or more (its share of the days none: every login but one a month
#: through an always-on exit, T37 M4) …
CLOCK_HOME_MIN_DAYS = 10
#: … as the home the exits switch with where the quiet hours' centre fits the other's clock
#: better by this many nats of :func:`~.timezone.sleep_log_prior` (a Berlin sleeper's 03:00: ≈ 4 nats better than
#: New York's 21:00)
CLOCK_HOME_NATS = 2.0


#: how much better (nats) the quiet hours' centre must fit a later home's clock than the first's where each reading's
#: exits hold the other homes (:func:`kept_by_clock`): less than :data:`CLOCK_HOME_NATS`, which overrules the country
#: of most days against its logins; here the logins are even and only the clock tells (Tokyo's 03:00 lull against
#: Honolulu's 08:00: 1.6 nats)
CLOCK_TIE_NATS = 1.0


def kept_by_clock(held: Sequence[tuple[int, ProxyExits]], ip_hours: Mapping[tuple[int, str], int],
                  lull_utc_h: float | None, fits: ActivityFits | None = None
                  ) -> tuple[int, ProxyExits, frozenset[str]]:
    """Of readings (index in the homes tried, exits) each of whose exits hold all the other homes, the first, or a
    later one whose home's clock the quiet hours' centre (``lull_utc_h``, UTC) fits better by :data:`CLOCK_TIE_NATS`
    (:func:`_country_fit`, at the home's middle login). Each home then switches with the others faster than travel
    allows, so the logins cannot tell which is the exit; the activity's clock can (T38 M6: a Tokyo resident's US
    exit at 07–09 every morning and a 10-day Los Angeles holiday gave the US ten more login days than Japan, the US
    was read first and Japan's 2,158 logins "set aside": "Home unclear … United States (100 %)"). Before the lull, the
    whole activity (``fits``, :func:`_activity_fits`: its summer-time pattern too): where the clock of one home's
    country alone fits it, that reading is kept (T39: a Sydney resident's US exit every morning and a Los Angeles
    holiday, Sydney's 03:00 lull 06:00 on Honolulu's clock, 0.5 nats apart by the lull, but Sydney's summer time
    kept all year, which no US clock keeps: "Home unclear … United States"). With the reading kept, the other homes
    the clock cannot tell from its own: a clock of each fits the activity and the lull fits neither by
    :data:`CLOCK_TIE_NATS` (T40 H1: a Brisbane resident's, no summer time to tell, 03:00 against Honolulu's 07:00:
    "You most likely live in United States", high, on Honolulu time); empty where the clock told."""
    if fits is not None:
        fit, top = fits.read()
        alone = [(i, found) for i, found in held if fit.get(found.home, -math.inf) >= top]
        if len(alone) == 1:
            return (*alone[0], frozenset())
    else:
        fit, top = {}, -math.inf
    best, best_fit = held[0], None
    if lull_utc_h is None:
        return (*best, frozenset())
    fitted: dict[str, float] = {}
    for i, found in held:
        slots = sorted(s for s, cc in ip_hours if cc == found.home)
        fit_h = _country_fit(found.home, slots[len(slots) // 2], lull_utc_h) if slots else None
        if fit_h is None:
            continue
        fitted[found.home] = fit_h
        if best_fit is None:
            if i == held[0][0]:
                best_fit = fit_h
            continue
        if fit_h >= best_fit + CLOCK_TIE_NATS:
            best, best_fit = (i, found), fit_h
    kept = best[1].home
    if kept not in fitted or fits is None:
        return (*best, frozenset())
    untold = frozenset(h for h, f in fitted.items() if h != kept and f > fitted[kept] - CLOCK_TIE_NATS
                       and fit.get(h, -math.inf) >= top and fit.get(kept, -math.inf) >= top)
    return (*best, untold)


def _country_fit(cc: str, slot: int, lull_utc_h: float) -> float | None:
    """How well the quiet hours' centre (UTC) fits ``cc``'s best clock at ``slot``: :func:`~.timezone.sleep_log_prior`
    of its local hour; None for a country with no zone."""
    from .moves import country_offsets  # the zones' reading; moves imports nothing of this module at load
    from .timezone import sleep_log_prior

    offs = country_offsets(cc, slot)
    return max((sleep_log_prior((lull_utc_h + o / 4) % 24) for o in offs), default=None)


def home_by_clock(home: str, days_of: Mapping[str, set[int]], by_cc: Mapping[str, list[int]], lull_utc_h: float,
                fits: ActivityFits | None = None, all_days: int = 0) -> str:
    """The home the exits switch with: ``home`` (the country of most login days), or, where home's clocks put the
    quiet hours' centre where only a day sleeper's is (:func:`~.timezone.sleep_log_prior`'s floor), another country
    of :data:`CLOCK_HOME_MIN_DAYS` login days or more whose clocks all lie :data:`CLOCK_HOME_H` or more from home's
    and whose clock the centre fits better by :data:`CLOCK_HOME_NATS` (T37: a Berlin resident's US exit
    mornings and evenings on every day, German logins at weekday lunches, had "1,044 logins from Germany set aside
    … a VPN exit": the activity's own country called the exit; T37 M4: every login through a US exit but one from
    Germany a month had "23 logins from Germany set aside"). Where home's clocks are short of that floor, a country
    of few days (under :data:`HOME_MIN_DAY_SHARE`: the home logins beside an always-on exit) is the home where the
    activity (``fits``) fits one of its clocks and none of home's (:func:`_rare_clock_home`; T38 M5: a Tokyo
    resident's US exit, Honolulu's 08:45 no day sleeper's lull, read "Home unclear … United States"). A country of as
    many days as that or more keeps the floor: a late sleeper's 09:00 London lull beside a New York exit keeps London.
    :func:`~.proxies._rival_homes` keeps it only where the country of most days is its exit."""
    from .moves import country_offsets
    from .timezone import LULL_MID_MEAN_H, sleep_log_prior

    mid = sorted(by_cc[home])[len(by_cc[home]) // 2]
    ours = country_offsets(home, mid)
    fit_home = _country_fit(home, mid, lull_utc_h)
    if not ours or fit_home is None:
        return home

    def far(cc: str) -> bool:  # all its clocks CLOCK_HOME_H or more from home's
        theirs = country_offsets(cc, mid)
        return bool(theirs) and min(abs(a - b) for a in theirs for b in ours) / 4 >= CLOCK_HOME_H

    # only where home's clocks put the quiet hours where a day sleeper's alone are (the prior's floor: New York's
    # 21:00 for a Berlin 03:00): a late sleeper's 09:00 London lull beside a New York exit keeps London
    if fit_home > sleep_log_prior(LULL_MID_MEAN_H + 12) + 1e-9:
        rare = [cc for cc in sorted(days_of) if cc != home and CLOCK_HOME_MIN_DAYS <= len(days_of[cc])
                < HOME_MIN_DAY_SHARE * all_days and far(cc)]
        return _rare_clock_home(home, rare, fits) if rare and fits is not None else home
    best, best_fit = home, fit_home + CLOCK_HOME_NATS
    for cc in sorted(days_of):
        if cc == home or len(days_of[cc]) < CLOCK_HOME_MIN_DAYS:
            continue
        fit = _country_fit(cc, mid, lull_utc_h)
        if fit is None or not far(cc):
            continue
        if fit >= best_fit:
            best, best_fit = cc, fit
    return best


#: a country's clock the activity fits best: (zone, standard UTC offset in hours, whether it keeps summer time)
Clock = tuple[str, float, bool]


class UntoldHomes(NamedTuple):
    """The neighbours' few login days the clock cannot tell from the home's own (:func:`near_untold`;
    ``Context.untold_homes``)."""

    #: the country of most login days (ISO 3166-1 alpha-2)
    home: str
    #: {neighbour's country: its login days}
    login_days: dict[str, int]
    #: {country: the :data:`Clock` of it the activity fits best}, the home's and each neighbour's
    clocks: dict[str, Clock]
    #: the neighbours slept in (nights there: days across the border, no exit needed)
    stayed: frozenset[str]


def _activity_fits(day_hists: Mapping[date, Sequence[int]]
                   ) -> tuple[dict[str, float], float, dict[str, dict[Clock, tuple[float, int]]]]:
    """{country: its best zone's activity score} of the zones scored by the activity alone
    (:func:`~.timezone.score_zones`, no place prior: the lull's fit and the summer-time pattern), the least score
    that fits: within :data:`~.timezone.RIVAL_ACTIVITY_MARGIN` of the best zone's (the margin a country's own clocks
    are told apart by, :func:`~.timezone.rivals_in_country`), and {country: {the :data:`Clock` of each of its zones
    that fit: (its activity score, the zone's people)}} (:meth:`ActivityFits.clocks` picks); ``({}, inf, {})``
    without a zone."""
    from .timezone import RIVAL_ACTIVITY_MARGIN, score_zones
    from .zoneprior import ZonePrior, zone_countries, zone_populations

    cands = score_zones(dict(day_hists), ZonePrior(probs={}))
    if not cands:
        return {}, math.inf, {}
    countries = zone_countries()
    people = zone_populations()
    top = max(c.activity_score for c in cands) - RIVAL_ACTIVITY_MARGIN
    fit: dict[str, float] = {}
    clocks: dict[str, dict[Clock, tuple[float, int]]] = defaultdict(dict)
    for c in cands:
        for z in sorted(c.zones):
            cc = countries.get(z)
            if cc is None:
                continue
            fit[cc] = max(fit.get(cc, -math.inf), c.activity_score)
            if c.activity_score >= top:
                clocks[cc][(z, c.standard_q / 4, c.observes_dst)] = (c.activity_score, people.get(cc, {}).get(z, 0))
    return fit, top, dict(clocks)


class ActivityFits:
    """:func:`_activity_fits` of one report's per-day activity (``day_hists``), scored on first use and kept: the
    home the clock names from few days (:func:`_rare_clock_home`), the exits the clock cannot tell
    (:func:`~.proxies._untold_exits`, once per home tried) and a neighbour's few days (:func:`near_untold`) all ask it
    of the same days, and scoring every zone is the costly part."""

    __slots__ = ("_read", "day_hists")

    def __init__(self, day_hists: Mapping[date, Sequence[int]]) -> None:
        self.day_hists = day_hists
        self._read: tuple[dict[str, float], float, dict[str, dict[Clock, tuple[float, int]]]] | None = None

    def read(self) -> tuple[dict[str, float], float]:
        """{country: its best zone's activity score} and the least score that fits (:func:`_activity_fits`)."""
        if self._read is None:
            self._read = _activity_fits(self.day_hists)
        return self._read[0], self._read[1]

    def clocks(self, countries: Iterable[str]) -> dict[str, Clock]:
        """{country: the clock of it the activity fits best} for those of ``countries`` with a zone: one the others
        keep too where one fits as well as its most populous clock that fits or better (one person keeps one clock:
        T40, a Perth resident behind a Singapore exit was told "…or Brisbane time (UTC+10) if you live in Australia",
        a Denver one behind a Mexican exit "…or New York time"; the most populous fitting clock, two hours off, where
        Singapore's UTC+8 is Perth's own; not Hermosillo's beside Phoenix's for a Mexico City sleeper, it fits
        worse than Mexico City's), else the most populous that fits (the lull alone fixes a clock only to about an
        hour: Mexico City's, not Cancún's)."""
        if self._read is None:
            self._read = _activity_fits(self.day_hists)
        fitting = {cc: self._read[2][cc] for cc in sorted(set(countries)) if cc in self._read[2]}
        out: dict[str, Clock] = {}
        for cc, own in fitting.items():
            most = max(own, key=lambda k: own[k][1])
            kept = {(off, dst) for other, theirs in fitting.items() if other != cc for _z, off, dst in theirs}
            shared = [k for k, (score, _n) in own.items() if (k[1], k[2]) in kept and score >= own[most][0]]
            out[cc] = max(shared, key=lambda k: own[k]) if shared else most
        return out

    def near_best(self, cc: str, span: set[tuple[float, bool]] | None = None) -> list[Clock]:
        """The clocks of ``cc`` the activity cannot tell from the one of it it fits best (within
        :data:`NEAR_CLOCK_NATS`; with ``span``, the (offset, summer time) pairs another reading already left open, those
        of its fitting clocks among them where there are any), one per offset and summer-time rule (its most populous
        zone), by offset; ``[]`` where none of its clocks fits. The lull fits the clock an hour east of a sleeper's
        own about as well (a Vancouver sleeper's: Edmonton's 0.08 nats better, Winnipeg's two hours on 0.16 worse), so
        a country's best-fitting clock alone may be an hour off (T40B: "…Or Edmonton time if you live in Canada" for
        a Vancouver resident)."""
        if self._read is None:
            self._read = _activity_fits(self.day_hists)
        own = self._read[2].get(cc, {})
        if not own:
            return []
        best = max(score for score, _n in own.values())
        inside = {k for k in own if span is not None and (k[1], k[2]) in span}
        kept: dict[tuple[float, bool], Clock] = {}
        for k, (score, n) in own.items():
            if (k in inside) if inside else score >= best - NEAR_CLOCK_NATS:
                key = (k[1], k[2])
                if key not in kept or n > own[kept[key]][1]:
                    kept[key] = k
        return [kept[key] for key in sorted(kept)]


#: the activity score (nats) a country's clock may fall short of its best-fitting clock and still be one the activity
#: cannot tell from it (:meth:`ActivityFits.near_best`): a clock an hour on either side of a sleeper's own scores
#: 0.1 nats or less apart, two hours ≈ 0.16 or more
NEAR_CLOCK_NATS = 0.15


def _rare_clock_home(home: str, rare: Sequence[str], fits: ActivityFits) -> str:
    """``home``, or the one of ``rare`` (countries of few login days) whose clock the activity keeps where it keeps
    none of home's: the zones scored by the activity alone (:func:`~.timezone.score_zones`, no place prior: the
    lull's fit and the summer-time pattern), a country's clock fitting where one of its zones' activity score lies
    within :data:`~.timezone.RIVAL_ACTIVITY_MARGIN` of the best zone's (the margin a country's own clocks are told
    apart by, :func:`~.timezone.rivals_in_country`). A Tokyo resident's 03:45 lull is 08:45 on Honolulu's clock,
    the United States' nearest, ≈ 3 nats short; a US resident's monthly login from Japan, on a US clock, leaves the
    United States home (its clock fits), as does a New York exit beside Toronto's logins (the same clock)."""
    fit, top = fits.read()
    if fit.get(home, -math.inf) >= top:
        return home
    keeps = [cc for cc in rare if fit.get(cc, -math.inf) >= top]
    return max(keeps, key=lambda cc: fit[cc]) if keeps else home


#: a neighbour of few days (:func:`near_untold`) whose nights :func:`~.proxies.slept_in` places there on this share
#: of its login days or more was stayed in: nights across the border are days there, not an exit's (a Berliner's
#: Paris weekend, Friday evening to Sunday, two nights of three login days); a home's monthly noon login beside an
#: always-on exit places none
NEAR_STAY_NIGHT_SHARE = 0.25


def near_untold(ip_hours: Mapping[tuple[int, str], int], exits: ProxyExits | None, fits: ActivityFits,
                lull_utc_h: float | None = None) -> UntoldHomes | None:
    """(home, {country: login days}) for the countries next door to the home (no distance to tell a switch by) seen
    on few days (:data:`CLOCK_HOME_MIN_DAYS` or more, under :data:`UNTOLD_MAX_DAY_SHARE`), nearly all of them days
    with a home login too (:data:`EXIT_WITH_HOME_SHARE`), whose clock the activity keeps (:func:`_activity_fits`):
    a day across the border, or the home's own logins beside an always-on exit in the country of most days, and
    neither the logins nor the clock tell which (T39: a Mexico City resident's US exit, a Mexican login a month,
    "You most likely live in United States", high, on Phoenix time, Mexico City's UTC−6 US Central's in winter),
    {country: the clock of it the activity fits best} for the home and each of them, and those of them stayed in:
    nights slept there (:data:`NEAR_STAY_NIGHT_SHARE`, with the quiet hours' centre ``lull_utc_h``, UTC hours) are
    stays across the border, the reading that needs no exit, so the trips to them are no less sure than the home
    (a Berliner's Paris weekend every sixth week keeps "18 trips", high; T40: Denver behind a Mexican exit, no
    night in the United States, has them capped). None where there are none."""
    from .proxies import slept_in  # (the nights' reading; proxies imports this module only when reading)

    days_of: dict[str, set[int]] = defaultdict(set)
    for (slot, cc), n in ip_hours.items():
        if n > 0:
            days_of[cc].add(slot // 24)
    if len(days_of) < 2:
        return None
    all_days = len(set().union(*days_of.values()))
    home = exits.home if exits is not None else max(sorted(days_of), key=lambda cc: len(days_of[cc]))
    if len(days_of.get(home, ())) < HOME_MIN_DAY_SHARE * all_days:
        return None
    seen = exits.logins if exits is not None else {}
    rare = [cc for cc in sorted(days_of) if cc != home and cc not in seen
            and CLOCK_HOME_MIN_DAYS <= len(days_of[cc]) < UNTOLD_MAX_DAY_SHARE * all_days
            and len(days_of[cc] & days_of[home]) >= EXIT_WITH_HOME_SHARE * len(days_of[cc])
            and travel_hours(country_gap_km(home, cc) or 0.0) <= 0]
    if not rare:
        return None
    fit, top = fits.read()
    keeps = {cc: len(days_of[cc]) for cc in rare if fit.get(cc, -math.inf) >= top}
    if not keeps:
        return None
    nights = Counter(slept_in(ip_hours, lull_utc_h).values()) if lull_utc_h is not None else Counter()
    stays = frozenset(cc for cc, n in keeps.items() if nights[cc] >= NEAR_STAY_NIGHT_SHARE * n)
    return UntoldHomes(home, keeps, fits.clocks({home, *keeps}), stays)
