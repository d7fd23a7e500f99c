"""Logins through a VPN or proxy exit told from places lived in or visited, offline (CLOCKSA; the thirty-fourth pass's
tester, M1/M2): a login country that switches with the home country and back within hours, again and again, farther
apart than anyone travels in that time, is an exit the person's connection leaves by, not a place they are at.

A Berlin resident whose lunch-time logins left through a Japanese exit (home 08:50, Tokyo 12:30, home 14:10) was
"You live in Japan" or "Home unclear"; a Madrid resident's Portuguese exit, and a Tui (Spain) commuter's days at
work in Valença (Portugal), were read as "a life across a border" on the one clock both countries keep (Lisbon's).
Here the exit's logins are found and set aside before any place or clock is read from the logins
(:func:`set_aside_exits`), and the findings say so (:func:`exits_sentence`). Near countries (Spain and Portugal
share a border: travel between them in an hour is possible) are never set aside by distance: what tells a border
commuter's days from a VPN there is the nights (:func:`night_country`, read by the border rule,
:func:`~.periods.border_pair`): a night is where the last login before the quiet hours and the first after them
agree (:func:`slept_in`), and a near country seen only in the evenings of days begun and continued at home is an
exit too (T36 H1: a Toronto resident's US VPN at 19–22 made the US home and its clocks), and so is a far one whose
switches with home travel allows (T37: a London resident's German exit at 19–22 read "You most likely live in
Germany").

Shapes: login hours are ``{(slot, country): logins}`` with ``slot`` = UTC day ordinal × 24 + UTC hour
(``zoneprior.PlaceEvidence.ip_hours``). Distances are a lower bound between two countries' towns of ≥ 15,000
people (GeoNames, :mod:`.gazetteer`), from the 1° cells they lie in: never larger than the true nearest distance,
so a switch is called impossible only where it is.

The exits told by the clock (a country whose days keep home's quiet hours though its clocks are hours away) are read
in :mod:`.clock_exits`, last in :func:`find_exits`; the home the activity's clock names where the logins cannot, in
:mod:`.clock_home`; the findings' words (the caveats and hedges :func:`set_aside_exits`'s readings make), in
:mod:`.exit_caveats`.
"""

from __future__ import annotations

import bisect
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple
from zoneinfo import ZoneInfo

from ..wording import and_list, count_phrase, in_text, possessive
from . import gazetteer

if TYPE_CHECKING:  # the clock's home readers import this module at load; it imports them when a reading is made
    from .clock_home import ActivityFits, Clock

#: the farthest (km) two places may lie apart and still be a daily commute (Lörrach–Basel, Tui–Valença, Ciudad
#: Juárez–El Paso): switching between places this near within an hour is travel, never an exit
COMMUTE_KM = 100.0
#: the least time (hours) any journey farther than :data:`COMMUTE_KM` takes door to door beyond its flight (to and
#: from airports, boarding), and the fastest speed (km/h) of the flight itself: :func:`travel_hours`
TRAVEL_FIXED_H = 1.0
FLIGHT_KMH = 900.0
#: an exit must switch with home faster than travel allows on this many distinct days (one such switch is a
#: time stamp off by a few hours, or the edge of a real trip) …
EXIT_MIN_DAYS = 3
#: … and those switches' logins must be this share of its logins or more (a traveller's three trips to Japan each
#: begin with one such switch among a fortnight's logins there)
EXIT_MIN_SHARE = 0.25
#: the hours an exit's whole day between days at home would have to be spent there, besides the journeys there and
#: back, to be a stay (a VPN left on from morning to evening on a day with no login at home is no day in Tokyo)
EXIT_STAY_H = 24.0
#: the share of an exit's login days that have a login at home too (the two interleaved within days)
EXIT_WITH_HOME_SHARE = 0.5
#: the home country the exits switch with holds this share of the days with a login or more
HOME_MIN_DAY_SHARE = 0.5
def _rect_gap_km(lat0: float, lat_size: float, lon0: float, lon_size: float,
                 lat1: float, lat1_size: float, lon1: float, lon1_size: float) -> float:
    """A lower bound (km) on the distance between two latitude/longitude rectangles (south-west corner and size,
    degrees): the degrees between their nearest edges (longitude the shorter way round the globe), longitude
    scaled by the cosine of the latitude farthest from the equator either reaches."""
    dlat = max(0.0, lat1 - (lat0 + lat_size), lat0 - (lat1 + lat1_size))
    d = abs((lon0 + lon_size / 2) - (lon1 + lon1_size / 2)) % 360
    dlon = max(0.0, min(d, 360 - d) - lon_size / 2 - lon1_size / 2)
    far = min(90.0, max(abs(lat0), abs(lat0 + lat_size), abs(lat1), abs(lat1 + lat1_size)))
    return 111.2 * math.hypot(dlat, dlon * math.cos(math.radians(far)))


@lru_cache(maxsize=1)
def _country_cells() -> dict[str, frozenset[tuple[int, int]]]:
    # the coordinates-only table nearest() reads too (gazetteer.row_table): the 34,000 named cities were built here
    # (≈0.3 s and ≈16 MB kept for the process) for their coordinates and country alone
    return gazetteer.country_cells()


@lru_cache(maxsize=256)
def country_gap_km(a: str, b: str) -> float | None:
    """A lower bound (km) on the distance between the nearest towns of countries ``a`` and ``b`` (ISO alpha-2), 0 for
    the same country or neighbours; None where either has no town in the gazetteer (no data: nothing is called
    impossible). Cached per process; ≈ 10 ms for the largest pairs."""
    if a == b:
        return 0.0
    table = _country_cells()
    ca, cb = table.get(a), table.get(b)
    if not ca or not cb:
        return None
    if len(ca) > len(cb):
        ca, cb = cb, ca
    # the coarse pass first (10° blocks), the cells only of the blocks that could beat the best found
    blocks: dict[tuple[int, int], list[tuple[int, int]]] = defaultdict(list)
    for c in cb:
        blocks[(c[0] // 10, c[1] // 10)].append(c)
    best = math.inf
    for c in ca:
        ranked = sorted((_rect_gap_km(c[0], 1, c[1], 1, k[0] * 10, 10, k[1] * 10, 10), members)
                        for k, members in blocks.items())
        for bound, members in ranked:
            if bound >= best:
                break
            for m in members:
                best = min(best, _rect_gap_km(c[0], 1, c[1], 1, m[0], 1, m[1], 1))
        if best == 0:
            break
    return best


def _km_between(gap: float, towns: Mapping[tuple[int, str], tuple[float, float]] | None,
                a: tuple[int, str], b: tuple[int, str] | None) -> float:
    """The distance (km) to take between two logins: the countries' lower bound ``gap``, or the distance of their
    towns where both are placed and farther."""
    if not towns or b is None:
        return gap
    ta, tb = towns.get(a), towns.get(b)
    if ta is None or tb is None:
        return gap
    return max(gap, gazetteer.distance_km(ta[0], ta[1], tb[0], tb[1]))


def travel_hours(km: float) -> float:
    """The least hours a journey of ``km`` takes: none within :data:`COMMUTE_KM` (a commute, any time), else
    :data:`TRAVEL_FIXED_H` plus the flight at :data:`FLIGHT_KMH`."""
    return 0.0 if km <= COMMUTE_KM else TRAVEL_FIXED_H + km / FLIGHT_KMH


@dataclass(slots=True)
class ProxyExits:
    """The exits found: ``home`` (the country the exits switch with), ``logins`` {country: logins set aside},
    ``days`` {country: days with such a login}, ``slots`` the (slot, country) pairs set aside, ``evening`` the
    countries set aside as evening-only (:data:`EVENING_EXIT_SHARE`), not by distance (near ones, or far ones whose
    switches with home travel allows)."""

    home: str
    logins: dict[str, int] = field(default_factory=dict)
    days: dict[str, int] = field(default_factory=dict)
    slots: frozenset[tuple[int, str]] = frozenset()
    evening: frozenset[str] = frozenset()
    #: the near countries set aside as seen only inside days spent at home (their mornings, evenings or an hour
    #: between two home logins: :func:`_inside_home_day`), not only in the evenings
    inside: frozenset[str] = frozenset()
    #: those of ``inside`` seen mostly for an hour between two home logins (a lunch-time exit)
    between: frozenset[str] = frozenset()
    #: where the home is not the country of most days: the country of most days, whose clocks the activity's quiet
    #: hours contradict (:func:`~.clock_home.home_by_clock`)
    clock_over: str | None = None
    #: a day sleeper's waking-day exits (T36 M3): {country: (first, end) local hours on home's clock, 0–24, the end
    #: exclusive} they are used in, the sentence's "only in the hours 19–23" (a subset of ``evening``)
    hours: dict[str, tuple[int, int]] = field(default_factory=dict)
    #: exits told by the clock (T36 H2): {country: hours between its nearest clock and home's} where the activity
    #: of its days keeps home's clock
    clock: dict[str, float] = field(default_factory=dict)
    #: {country of :attr:`clock`: the UTC hour slot its gap was read at} (the middle of its days, noon): the gap from
    #: each of home's clocks the time zone finding leaves open is read there (:func:`exits_sentence`)
    clock_mid: dict[str, int] = field(default_factory=dict)
    #: far exits told by the week (T38 M3, :func:`~.clock_exits.far_weekly`): {country: (weeks with a login there, weeks
    #: from its first to its last)} where its days keep home's clock though its clocks are too near home's to tell
    weekly: dict[str, tuple[int, int]] = field(default_factory=dict)
    #: exits told by distance alone whose clock the activity keeps as well (:func:`_untold_exits`): a home beside an
    #: always-on exit there reads the same (T39: a Tokyo resident's Australian exit, a login from Japan a month)
    untold: frozenset[str] = frozenset()
    #: where :attr:`untold` holds any: {country: the clock of it the activity fits} for those of the home and each of
    #: them whose clock fits (:meth:`~.clock_home.ActivityFits.clocks`), the clocks the time zone cannot choose between
    untold_clocks: dict[str, Clock] = field(default_factory=dict)
    #: {country of :attr:`weekly` on a clock near home's: the (first, last) UTC hour slots of each run of its days
    #: between days at home kept as a stay though its activity fits home's clock as well as the country's, with no
    #: journey's silence beside it} (:func:`~.clock_exits._clock_exit_slots`, TRIP53): the exit switched on midweek
    #: reads the same, so no trip is said at high from them (an exit on Tuesday and Wednesday alone read "1 trip
    #: abroad: United Kingdom 9–10 May 2023." at high)
    unsure: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    #: home's clock as :func:`~.clock_exits.read_clock_exits` read it (a ``clock_exits._HomeClock``; None without
    #: activity to read): the trips finding asks it whether a journey's silence or a clock change lies beside the
    #: exit's days off its weekend (:func:`~.clock_exits.journey_beside`, TRIP57)
    home_clock: Any = None

    def as_value(self) -> list[dict[str, Any]]:
        """``[{"country", "logins", "days", "switches_with"}]``, the most logins first (JSON); an evening-only
        exit's with ``"evenings_only": true`` (a day sleeper's also ``"local_hours": [first, end]``), one seen only
        inside days at home with ``"inside_home_days": true``, a clock exit's with ``"keeps_home_clock": true`` and
        ``"clock_gap_hours"``, a far weekly one's with ``"keeps_home_clock": true`` and ``"weeks": [with, of]``, an
        untold one's (:attr:`untold`) with ``"clock_cannot_tell": true``."""
        return [{"country": cc, "logins": n, "days": self.days[cc], "switches_with": self.home}
                | ({"evenings_only": True} if cc in self.evening else {})
                | ({"local_hours": list(self.hours[cc])} if cc in self.hours else {})
                | ({"inside_home_days": True} if cc in self.inside else {})
                | ({"keeps_home_clock": True, "clock_gap_hours": self.clock[cc]} if cc in self.clock else {})
                | ({"keeps_home_clock": True, "weeks": list(self.weekly[cc])} if cc in self.weekly else {})
                | ({"clock_cannot_tell": True} if cc in self.untold else {})
                for cc, n in sorted(self.logins.items(), key=lambda kv: (-kv[1], kv[0]))]


def find_exits(ip_hours: Mapping[tuple[int, str], int],
               towns: Mapping[tuple[int, str], tuple[float, float]] | None = None,
               lull_utc_h: float | None = None,
               day_hists: Mapping[date, Sequence[int]] | None = None,
               home: str | None = None, fits: ActivityFits | None = None) -> ProxyExits | None:
    """The VPN or proxy exits in the login hours (module docstring's shape), or None. The home is the country of
    most days with a login (:data:`HOME_MIN_DAY_SHARE` of them at least), or the one :func:`~.clock_home.home_by_clock`
    names by the activity's clock, or ``home`` where given; where another country holds :data:`HOME_MIN_DAY_SHARE` of
    the days too (an exit used every day), the first of them whose exits hold all the others is the home
    (:func:`_rival_homes`). A login hour in another country whose
    nearest home login before or after it is fewer hours away than :func:`travel_hours` of the two countries'
    distance could not have been made there: :func:`country_gap_km`, or where ``towns`` places both logins
    (``{(slot, country): (lat, lon)}``, the town Facebook writes beside the login, ``PlaceEvidence.ip_towns``)
    the towns' distance if larger (Madrid and Lisbon, 500 km, in a country pair of no distance). A country with
    such hours on :data:`EXIT_MIN_DAYS` days or more, :data:`EXIT_MIN_SHARE` of its login hours at least, and home
    logins on :data:`EXIT_WITH_HOME_SHARE` of its days, is an exit; those hours are set aside, and so are its
    hours between two home logins too close for the journeys there and back and :data:`EXIT_STAY_H` (a day on the
    exit between days at home); a trip's logins stay. Before the first home login or after the last (the export's
    edges) only the one side is read: the country's logins there are set aside where the span from its first login
    to the journey home (from the journey there to its last login) is shorter than :data:`EXIT_STAY_H`.
    A near country (no distance to tell, none placed by towns) is an exit only where the quiet hours' centre
    (``lull_utc_h``, UTC hours) is given and :data:`EVENING_EXIT_SHARE` of its logins lie in evenings of days begun and
    continued at home, on :data:`EVENING_EXIT_MIN_DAYS` days or more (:func:`_evening_between_home`): all its logins are
    set aside then (``ProxyExits.evening``); a commuter's working hours there are no evening. A far country that
    switches with home no faster than travel allows is read so too (London and Berlin's 19–22). A far country switching
    with home whose days' activity is on its own clock is no exit (:func:`~.clock_exits.on_own_clock`). A day sleeper's
    (quiet hours centred between :data:`~.clock_exits.DAY_SLEEP_FROM_H` and :data:`~.clock_exits.DAY_SLEEP_TO_H` on
    home's clock) whole waking day counts as the evening (``ProxyExits.hours``: a night nurse's VPN at 19–22). Last,
    with the activity's per-day UTC quarter-hour presences ``day_hists`` (the clock aggregator's ``days``): a country of
    another clock (:data:`~.clock_exits.CLOCK_EXIT_H` or more from home's nearest) whose
    :data:`~.clock_exits.CLOCK_EXIT_MIN_DAYS` login days or more, most among days at home
    (:data:`~.clock_exits.CLOCK_EXIT_AROUND_DAYS`), keep home's clock (:func:`~.clock_exits.read_clock_exits`) is an
    exit, its logins set aside but a stay's on its own clock (``ProxyExits.clock``): someone there posts on its hours.
    Where the home read by the clock (:func:`~.clock_home.home_by_clock`) finds no exit, they are read again with the
    country of most days as home (:func:`_rival_homes`; T37 H5: a Berlin night worker asleep 08–15:30, a US exit Friday
    to Sunday, fits New York's night better than Berlin's, and with the US as home Germany's as many days were no exit
    of it: "104 trips abroad"). ``fits``: the activity's zone fits of ``day_hists`` where the caller holds them (read
    once per report, :class:`~.clock_home.ActivityFits`). O(hours × countries)."""
    # read lazily: clock_exits and clock_home import this module's distances and ProxyExits at their load
    from .clock_exits import (
        day_sleeper,
        days_on_own_clock,
        exit_weekdays,
        hour_span,
        on_own_clock,
        read_clock_exits,
        runs_on_home_clock,
    )
    from .clock_home import ActivityFits, home_by_clock

    if not ip_hours:
        return None
    if fits is None and day_hists:
        fits = ActivityFits(day_hists)
    days_of: dict[str, set[int]] = defaultdict(set)
    by_cc: dict[str, list[int]] = defaultdict(list)
    for (slot, cc), n in ip_hours.items():
        if n > 0:
            days_of[cc].add(slot // 24)
            by_cc[cc].append(slot)
    all_days = set().union(*days_of.values()) if days_of else set()
    if len(days_of) < 2 or not all_days:
        return None
    most_days = max(sorted(days_of), key=lambda cc: len(days_of[cc]))
    if len(days_of[most_days]) < HOME_MIN_DAY_SHARE * len(all_days):
        return None
    if home is None:
        home = most_days
        if lull_utc_h is not None:
            home = home_by_clock(home, days_of, by_cc, lull_utc_h, fits, len(all_days))
        rivals = [cc for cc in sorted(days_of, key=lambda cc: (-len(days_of[cc]), cc))
                  if cc != home and len(days_of[cc]) >= HOME_MIN_DAY_SHARE * len(all_days)]
        if rivals or home != most_days:
            return _rival_homes([home, *rivals], most_days, ip_hours, towns, lull_utc_h, day_hists, fits)
    home_slots = sorted(by_cc[home])
    found = ProxyExits(home, clock_over=most_days if home != most_days else None)
    kept: set[tuple[int, str]] = set()
    evening: set[str] = set()
    inside: set[str] = set()
    between: set[str] = set()
    logins = _sorted_logins(ip_hours)  # sorted once for every reading below (slept_in, _whole_days, _on_nights_in)
    whole_home = _whole_days(home, ip_hours, lull_utc_h, logins) if lull_utc_h is not None else 0
    nights: dict[int, str] | None = None  # slept_in's, read once where a near country asks
    home_days = {waking_day(s, lull_utc_h) for s in home_slots} if lull_utc_h is not None else set()
    order = sorted(by_cc)
    # far countries whose switches with home the distance allows, read again as a near one (below, appended to order)
    unswitched: set[str] = set()
    for cc in order:
        if cc == home:
            continue
        gap = country_gap_km(home, cc) or 0.0
        placed = bool(towns) and any(k[1] == cc for k in towns or ())
        if (travel_hours(gap) <= 0 and not placed) or cc in unswitched:
            if lull_utc_h is not None:
                own = sorted(by_cc[cc])
                whole = day_sleeper(home, home_slots, lull_utc_h)
                late = [s for s in own if _evening_between_home(s, home_slots, own, lull_utc_h, whole)]
                # the mornings and evenings of days whose middle is at home, and an hour between two home logins
                # (T37: a Toronto resident's US exit mornings and evenings on 2 days in 3 placed the few nights it
                # bracketed, "United States, 100 % of the nights"), only where home holds whole days of its own (a
                # commuter sleeping across the border is home at both ends of every working day, never whole there)
                late_set = set(late)
                kinds = {s: "evening" if s in late_set else _inside_home_day(s, home_slots, lull_utc_h) for s in own} \
                    if whole_home >= max(EVENING_EXIT_MIN_DAYS, INSIDE_WHOLE_SHARE * len(
                        {waking_day(s, lull_utc_h) for s in own})) else {}
                within = [s for s in own if kinds.get(s)] if kinds else late
                if sum(1 for k in kinds.values() if k == "between") * 2 > len(within):
                    between.add(cc)  # most of them an hour between two home logins: said so
                if nights is None:
                    nights = slept_in(ip_hours, lull_utc_h, logins)
                # its logins nearly all on nights slept there (the evening before and the morning after): stays, not
                # edges of days at home (T37 H1: a Berliner's Tuesday nights in Paris every other week, German logins
                # at weekday noon, were "210 logins from France set aside … a VPN"); a VPN at the edges of days
                # leaves most of them unbracketed by a night there
                on_nights = _on_nights_in(cc, nights, logins, lull_utc_h) & set(own)
                stays = len(on_nights) >= STAY_NIGHTS_SHARE * len(own)
                for took, into in ((late, evening),) + (() if stays else ((within, inside),)):
                    if len(took) < EVENING_EXIT_SHARE * len(own) or len({s // 24 for s in took}) < \
                            EVENING_EXIT_MIN_DAYS:
                        continue
                    # the logins of its waking days that have a home login: a whole day there (a trip) stays; so do
                    # the nights slept there beside an exit used between two home logins, which brackets none (a
                    # Berliner's Austrian exit at lunch hid a night in Vienna every fourth Tuesday: "No trips"), and
                    # beside an evening exit, whose days go on at home (VPNC: a Toronto resident's US exit at 19–22
                    # hid a night in Buffalo every fourth Tuesday, "No trips abroad seen")
                    keep = on_nights if into is evening or cc in between else set()
                    gone = [s for s in own if waking_day(s, lull_utc_h) in home_days and s not in keep]
                    found.logins[cc] = sum(ip_hours[(s, cc)] for s in gone)
                    # its days named by the quiet hours that follow, not UTC days: Toronto's 19–22 span two
                    found.days[cc] = len({waking_day(s, lull_utc_h) for s in gone})
                    kept.update((s, cc) for s in gone)
                    into.add(cc)
                    if whole and into is evening:
                        found.hours[cc] = hour_span(home, own)
                    break
            continue
        slots = sorted(by_cc[cc])
        bad: list[int] = []
        short: list[int] = []
        for s in slots:
            i = bisect.bisect_left(home_slots, s)
            # hour slots: a login at 12:59 and one at 13:00 are one slot apart, so a slot's difference less one
            # is the least time between them (never an impossibility by rounding)
            p, q = (home_slots[i - 1] if i > 0 else None), (home_slots[i] if i < len(home_slots) else None)
            before = s - p if p is not None else math.inf
            after = q - s if q is not None else math.inf
            need_b = travel_hours(_km_between(gap, towns, (s, cc), (p, home) if p is not None else None))
            need_a = travel_hours(_km_between(gap, towns, (s, cc), (q, home) if q is not None else None))
            if before - 1 < need_b or after - 1 < need_a:
                bad.append(s)
            elif p is not None and q is not None:
                if before + after - 2 < need_b + need_a + EXIT_STAY_H and need_b + need_a > 0:
                    short.append(s)  # a day there between days at home: two journeys and a day's stay do not fit
            elif q is not None:
                # the export's first days, before any home login: the stay there is read by its one side, from
                # the country's first login to the journey home (a day's VPN on day one was kept as a place)
                if q - slots[0] - 1 < need_a + EXIT_STAY_H and need_a > 0:
                    short.append(s)
            elif p is not None and slots[-1] - p - 1 < need_b + EXIT_STAY_H and need_b > 0:
                short.append(s)  # the export's last days, after the last home login: likewise from that side
        bad_days = {s // 24 for s in bad}
        # interleaved with home: home logins on most of its days (a VPN switching exits day by day, one day in
        # Germany and the next in the US, has no home to switch with: both are exits, or either home)
        with_home = len(days_of[cc] & days_of[home]) >= EXIT_WITH_HOME_SHARE * len(days_of[cc])
        # the logins of a day there between days at home (short) count with the impossible ones: a London resident's
        # US exit at 19–22 every evening is impossible at 19:00 alone (6 h after a 13:00 login at home, 5.2 h of
        # travel), and two New York holidays' logins put those under a quarter of its logins (T37 H3: "Home unclear:
        # your logins come from United States")
        # a home the clock named from its few days (:func:`~.clock_home.home_by_clock`): the country of most days, whose
        # clocks the activity contradicts, is the exit on all its days, no home login beside most of them (T37 M4: every
        # login through a US exit, a German login once a month)
        over = cc == found.clock_over and len(days_of[home]) < HOME_MIN_DAY_SHARE * len(all_days)
        if (over or (with_home and len(bad) + len(short) >= EXIT_MIN_SHARE * len(slots))) \
                and len(bad_days) >= EXIT_MIN_DAYS and not on_own_clock(day_hists, home, cc, days_of, bad_days, fits):
            impossible = set(bad)
            bad += short
            if day_hists:
                # its other days, run by run: a run whose activity keeps home's clock is the exit too (a Berlin
                # resident's US exit all weekend, German logins at weekday lunches: 104 weekends "in the US"); a
                # run on the country's own clock is a stay there (a real New York holiday keeps New York's nights)
                if lull_utc_h is not None and nights is None:
                    nights = slept_in(ip_hours, lull_utc_h, logins)
                weekly = exit_weekdays(slots, home_slots, lull_utc_h, nights) if lull_utc_h is not None else None
                bad += runs_on_home_clock(sorted(set(slots) - set(bad)), home, cc, home_slots, day_hists,
                                          near_stays=not over, weekly=weekly, aside=tuple(bad))
                # a stay's first or last day beside a home login too near for the journey: the stay's (_stay_ends)
                stay = sorted(set(slots) - set(bad))
                ends = {s for s in bad if _stay_ends(s, stay, home_slots, impossible)}
                ends = days_on_own_clock(ends, home, cc, home_slots, day_hists) if ends else ends
                bad = [s for s in bad if s not in ends]
            bad_days |= {s // 24 for s in bad}
            found.logins[cc] = sum(ip_hours[(s, cc)] for s in bad)
            found.days[cc] = len(bad_days)
            kept.update((s, cc) for s in bad)
        elif lull_utc_h is not None:
            # no switch too fast to travel (London–Berlin, a short flight): the hours tell, as for a country next
            # door: one seen only in the evenings (or at the edges) of days begun and continued at home is an exit at
            # any distance (T37: a London resident's German exit every evening 19–22 read "Berlin time", "You most
            # likely live in Germany"); a weekend there and one-night stays are kept by the same rule's checks
            unswitched.add(cc)
            order.append(cc)
    if day_hists:
        read_clock_exits(found, kept, ip_hours, by_cc, days_of, day_hists, logins,
                         (lull_utc_h, nights) if nights is not None else None, fits)
    if not found.logins:
        return None
    found.slots = frozenset(kept)
    found.evening = frozenset(evening)
    found.inside = frozenset(inside)
    found.between = frozenset(between & inside)
    if fits is not None and home == most_days:
        found.untold = _untold_exits(found, days_of, len(all_days), fits)
        if found.untold:
            found.untold_clocks = fits.clocks({home, *found.untold})
    return found


#: how near (hours) a login too close to home's for the journey must lie to a stay's kept logins, no home login
#: between, to be the stay's own (:func:`_stay_ends`): a day's records
STAY_END_H = 24


def _stay_ends(slot: int, kept: Sequence[int], home_slots: Sequence[int], impossible: set[int]) -> bool:
    """Whether ``slot``, one of ``impossible`` (a login too close to home's for the journey between), lies within
    :data:`STAY_END_H` of a login ``kept`` as a stay on its own clock (ascending) with no home login between them
    (``home_slots``, ascending): the stay's first or last day, the journey missing from the records (or a home login
    made by someone else) rather than an exit, where its day's activity keeps the country's clock
    (:func:`~.clock_exits.days_on_own_clock`; an exit's Sunday right after a holiday keeps home's). A Sydney
    resident's Los Angeles holiday ending on a Sunday, the Friday-to-Sunday US exit's day, a Sydney login on the
    Monday morning: its Sunday was set aside, "9–13 May" for 9–14 (T39). Logins after that home login stay the
    exit's."""
    if slot not in impossible or not kept:
        return False
    run = bisect.bisect_right(home_slots, slot)
    i = bisect.bisect_left(kept, slot)
    return any(abs(k - slot) <= STAY_END_H and bisect.bisect_right(home_slots, k) == run
               for k in kept[max(i - 1, 0):i + 1])


#: the most login days (share of all) an exit told by distance alone may hold and still be a home's own logins beside
#: an always-on exit (:func:`_untold_exits`): a login a month, or a week; a Madrid resident's Lisbon exit at lunch on
#: half the days is no home's few logins
UNTOLD_MAX_DAY_SHARE = 0.2


def _untold_exits(found: ProxyExits, days_of: Mapping[str, set[int]], all_days: int,
                  fits: ActivityFits) -> frozenset[str]:
    """The exits of ``found`` set aside by distance alone (no evening, inside-day, clock or weekly reading) on few
    days (under :data:`UNTOLD_MAX_DAY_SHARE`) whose clock the activity keeps (:func:`~.clock_home._activity_fits`): the
    logins say only that one of the two countries is an exit, and the clock cannot say which, so neither can the home's
    confidence (T39: a Tokyo resident's always-on Australian exit and a Japanese login a month read "You most likely
    live in Australia", high, Perth's clock an hour from Tokyo's; a Berliner's Japanese lunch-time exit is told, no
    Japanese clock fitting Berlin's day)."""
    told = found.evening | found.inside | found.clock.keys() | found.weekly.keys()
    rare = [cc for cc in found.logins if cc not in told and len(days_of.get(cc, ())) < UNTOLD_MAX_DAY_SHARE * all_days]
    if not rare:
        return frozenset()
    fit, top = fits.read()
    return frozenset(cc for cc in rare if fit.get(cc, -math.inf) >= top)


def _rival_homes(homes: Sequence[str], most_days: str, ip_hours: Mapping[tuple[int, str], int],
                 towns: Mapping[tuple[int, str], tuple[float, float]] | None, lull_utc_h: float | None,
                 day_hists: Mapping[date, Sequence[int]] | None,
                 fits: ActivityFits | None = None) -> ProxyExits | None:
    """The exits read with each of ``homes`` as the home (:func:`find_exits`; the clock's or the most days' first,
    then the other countries of :data:`HOME_MIN_DAY_SHARE` of the days or more): the first reading whose exits hold
    all the others. An exit used every day has as many login days as home, and a few real trips to its country
    gave it more (T37 H3: a London resident's US exit every evening and two New York holidays, "Home unclear";
    a Toronto, Tokyo or Sydney resident's likewise). Else the first reading, where it holds ``most_days`` or is
    ``most_days``'s own; else ``most_days``'s (a home the clock named from its few days whose exits do not hold the
    country of most days is no home)."""
    from .clock_home import kept_by_clock  # (read lazily, as in find_exits)

    first = None
    held: list[tuple[int, ProxyExits]] = []
    for i, h in enumerate(homes):
        found = find_exits(ip_hours, towns, lull_utc_h, day_hists, home=h, fits=fits)
        if found is not None and all(o in found.logins for o in homes if o != h):
            held.append((i, found))
        if i == 0:
            first = found
    if held:
        i, found, untold = (*held[0], frozenset()) if len(held) == 1 else \
            kept_by_clock(held, ip_hours, lull_utc_h, fits)
        if i:
            found.clock_over = None  # the home named by its exits, not by the clock (a move's old country)
        # the other homes the clock cannot tell from this one are exits of either (T40 H1: Brisbane beside Honolulu)
        untold = untold - found.evening - found.inside - found.clock.keys() - found.weekly.keys()
        if untold and fits is not None:
            found.untold = found.untold | untold
            found.untold_clocks = fits.clocks({found.home, *found.untold})
        return found
    if homes[0] == most_days or (first is not None and most_days in first.logins):
        return first
    return find_exits(ip_hours, towns, lull_utc_h, day_hists, home=most_days, fits=fits)


def _clock_gaps(exits: ProxyExits, home_zones: Sequence[str]) -> list[float]:
    """The hours between each clock exit's (:attr:`ProxyExits.clock`) nearest clock and each of ``home_zones`` (IANA
    names: home's clocks the activity cannot tell apart, the time zone finding's), at the slot its gap was read
    (:attr:`ProxyExits.clock_mid`); without ``home_zones``, the gaps read from home's fitted clock; ascending,
    distinct."""
    from .moves import country_offsets

    # home's fitted clock's gap where the finding names none of home's clocks, or the slot was not kept
    gaps = {g for cc, g in exits.clock.items() if not home_zones or cc not in exits.clock_mid}
    for cc, slot in exits.clock_mid.items():
        if cc not in exits.clock:
            continue
        d = date.fromordinal(slot // 24)
        t = datetime(d.year, d.month, d.day, slot % 24, 30, tzinfo=UTC)
        theirs = country_offsets(cc, slot)
        for name in home_zones:
            own = (t.astimezone(ZoneInfo(name)).utcoffset() or timedelta(0)).total_seconds() / 3600
            if theirs:
                gaps.add(min(abs(q / 4 - own) for q in theirs))
    return sorted(gaps)


def exits_sentence(exits: ProxyExits, home_zones: Sequence[str] = ()) -> str:
    """"12 logins from Japan set aside: they switch with Germany within hours, farther than travel allows (a VPN or
    proxy exit)." — one sentence for every exit (the home and time-zone findings' caveat). ``home_zones``: the
    clocks of home's country the time zone finding leaves open (IANA names): a clock exit's gap is said over them
    all ("6–9 h" for a US home the activity cannot place between Los Angeles's clock and New York's, EXIT43)."""
    def name(cc: str) -> str:  # running text: "the United States", "the Netherlands" (T53B)
        return in_text(gazetteer.country_display(cc))

    def joined(ccs: list[str]) -> str:
        return and_list([f"{count_phrase(exits.logins[cc], 'login')} from {name(cc)}" for cc in
                         sorted(ccs, key=lambda cc: (-exits.logins[cc], cc))])

    def across(ccs: Iterable[str], what: str) -> str:
        # "or evenings across the border" only where one of them is next door (no journey to it): a London
        # resident's German exit at 19–22, set aside by the hours too, is no evening out across a border
        near = any(travel_hours(country_gap_km(exits.home, cc) or 0.0) <= 0 for cc in ccs)
        return f", or {what} across the border" if near else ""

    from .clock_exits import FAR_WEEKLY_TRAVEL_H  # (read lazily: clock_exits imports this module at load)

    far = [cc for cc in exits.logins if cc not in exits.evening and cc not in exits.inside and cc not in exits.clock
           and cc not in exits.weekly and cc not in exits.untold]
    out = []
    if exits.clock:
        # another clock, kept at home's (T36 H2: a Berlin resident's US exit all weekend, posting on Berlin's hours)
        gaps = _clock_gaps(exits, home_zones)
        gap = f"{gaps[0]:g} h" if len(gaps) == 1 else f"{gaps[0]:g}–{gaps[-1]:g} h"
        out.append(f"{joined(sorted(exits.clock))} set aside: your activity on their days keeps "
                   f"{possessive(name(exits.home))} clock, {gap} from theirs (a VPN or proxy exit, not a place you "
                   "were).")
    for cc in sorted(exits.weekly, key=lambda cc: (-exits.logins[cc], cc)):
        # far, every week, home's clock (T38 M3: a São Paulo resident's US exit every weekend, "a second home")
        weeks, of = exits.weekly[cc]
        hours = travel_hours(country_gap_km(exits.home, cc) or 0.0)
        flight = math.floor(hours)
        if hours < FAR_WEEKLY_TRAVEL_H:
            # near, every weekend, its nights on home's clock (EXIT43: a Moscow resident's German exit, "a second
            # home, not trips"): what was compared is said — the weekend nights against the weekdays' — not the
            # home country's clock, which may be the exit's too (Vladivostok + JP: Russia's Yakutsk clock is Japan's)
            out.append(f"{joined([cc])} set aside: they come in {weeks} of {of} weeks, always at the weekend, and "
                       f"your nights on their days keep your weekdays' clock, not {possessive(name(cc))} (a VPN or "
                       "proxy exit, not a second home or a place you were).")
            continue
        out.append(f"{joined([cc])} set aside: they come in {weeks} of {of} weeks, your activity on their days on "
                   f"{possessive(name(exits.home))} clock, though each week there and back would take {flight} hours "
                   "or more of travel each way (a VPN or proxy exit, not a second home or a place you were).")
    if far:
        # the home named by the clock over the country of most days (T37: a Berlin resident's US exit every morning
        # and evening): why the country of most logins is the exit
        over = (f"; your activity keeps the clock of {name(exits.home)}, not of {name(exits.clock_over)}, though "
                "most of your login days are there" if exits.clock_over in far else "")
        out.append(f"{joined(far)} set aside: they switch with {name(exits.home)} within hours, farther than travel "
                   f"allows (a VPN or proxy exit, not a place you were{over}).")
    for cc in sorted(exits.untold, key=lambda cc: (-exits.logins[cc], cc)):
        # their clock is home's too (T39: Tokyo's beside Perth's and Sydney's): the logins cannot tell which is
        # the exit, a home behind an always-on exit reads the same
        out.append(f"{joined([cc])} set aside: they switch with {name(exits.home)} within hours, farther than "
                   f"travel allows, so one of the two is a VPN or proxy exit; your activity keeps a clock of both "
                   f"countries and cannot tell which: if you live in {name(cc)}, the logins from "
                   f"{name(exits.home)} are the exit.")
    edges = sorted(exits.inside - exits.between)
    if edges:
        # a country next door at the edges of days whose middle is at home (T37)
        out.append(f"{joined(edges)} set aside: only in the mornings and evenings of days whose middle is spent in "
                   f"{name(exits.home)}, never a day of their own (a VPN or proxy exit{across(edges, 'visits')}; "
                   "not where you live).")
    if exits.between:
        # … or for an hour between two home logins (T37: a lunch-time exit was "You most likely work in NL")
        out.append(f"{joined(sorted(exits.between))} set aside: only for an hour or so between two logins from "
                   f"{name(exits.home)} on the same day, never a day of their own (a VPN or proxy "
                   f"exit{across(exits.between, 'lunch')}; not a place you work or live).")
    evening = [cc for cc in exits.evening if cc not in exits.hours]
    if evening:
        # a country next door: no distance tells, the hours do (T36 H1)
        out.append(f"{joined(sorted(evening))} set aside: only in the evenings of days begun and continued in "
                   f"{name(exits.home)}, never placing a night (a VPN or proxy exit{across(evening, 'evenings')}; "
                   "not where you sleep).")
    for cc in sorted(exits.hours, key=lambda cc: (-exits.logins[cc], cc)):
        # a day sleeper's: worded by the hours it is used, never "evenings" (T36 L3: a night nurse's 03–07)
        a, b = exits.hours[cc]
        out.append(f"{joined([cc])} set aside: only in the hours {a:02d}–{b:02d} of days begun and continued in "
                   f"{name(exits.home)}, never placing a night (a VPN or proxy exit; not where you sleep).")
    return " ".join(out)


#: a night is placed by the last login before the quiet hours' centre and the first after it, each within this many
#: hours of it, where both are in one country (:func:`slept_in`): a sleeper's 22:30 and 07:30 logins (5 h and 4 h
#: from a 03:15 centre, a late weekend's 09:30 6 h), never the midday logins of a border life logged in at noon
SLEEP_EDGE_H = 8.0
#: nights so placed needed before they name where the person sleeps, and the share one country must hold
NIGHT_MIN_NIGHTS = 10
NIGHT_MIN_SHARE = 0.8
#: … and the share of the nights read (a login each side of the centre within :data:`SLEEP_EDGE_H`) that must be
#: placed, the others begun in one country and woken in another (the home finding's medium: ``place``)
NIGHT_PLACED_SHARE = 0.5
#: an evening: from this many hours before the quiet hours' centre to it (18:15–03:15 for a 03:15 centre)
EVENING_BEFORE_H = 9.0
#: a near country (no distance to tell: :func:`travel_hours` 0) is an evening-only exit where this share of its
#: logins or more fall in evenings of days begun and continued at home (:func:`_evening_between_home`), on
#: :data:`EVENING_EXIT_MIN_DAYS` days or more: a VPN to the country next door for its streaming most evenings,
#: never placing a night (T36 H1: a Toronto resident's US exit at 19–22 on 3 days in 4 made the US home)
EVENING_EXIT_SHARE = 0.8
EVENING_EXIT_MIN_DAYS = 10


def dominant(counts: Mapping[str, int], min_total: int, share: float) -> str | None:
    """The key of ``counts`` holding ``share`` or more of its total where that total is ``min_total`` or more;
    else None (ties: the first counted). The one reading of "one side dominates" for the nights' country
    (:func:`night_country`) and the orders' zone (:func:`~.periods.period_zone`)."""
    total = sum(counts.values())
    if total < min_total or total <= 0:
        return None
    key, n = Counter(counts).most_common(1)[0]
    return key if n >= share * total else None


def _sorted_logins(ip_hours: Mapping[tuple[int, str], int]) -> tuple[list[int], list[frozenset[str]]]:
    """The UTC hour slots with a login, ascending, and the countries logged in each."""
    by_slot: dict[int, set[str]] = defaultdict(set)
    for (slot, cc), n in ip_hours.items():
        if n > 0:
            by_slot[slot].add(cc)
    slots = sorted(by_slot)
    return slots, [frozenset(by_slot[s]) for s in slots]


def slept_in(ip_hours: Mapping[tuple[int, str], int] | None, lull_utc_h: float,
             logins: tuple[list[int], list[frozenset[str]]] | None = None) -> dict[int, str]:
    """``{UTC day ordinal of the quiet hours' centre: country}`` for the nights whose last login before that centre
    (``lull_utc_h``, UTC hours, on each day) and first login after it, each within :data:`SLEEP_EDGE_H` of it, are
    in one country and one only (a slot of two countries tells no order: the night unplaced). A night that begins
    behind an evening VPN exit and wakes at home is placed nowhere: the person sleeps where the day before ended
    and the next begins, and an exit used in the evenings of days begun and continued at home is neither (T36
    H1). ``logins``: :func:`_sorted_logins` of ``ip_hours`` where the caller has them. O(login hours × log)."""
    return {day: next(iter(a)) for day, a, b in _night_edges(ip_hours, lull_utc_h, logins) if len(a) == 1 and a == b}


def _night_edges(ip_hours: Mapping[tuple[int, str], int] | None, lull_utc_h: float,
                 logins: tuple[list[int], list[frozenset[str]]] | None = None
                 ) -> Iterator[tuple[int, frozenset[str], frozenset[str]]]:
    """(UTC day ordinal of the quiet hours' centre, the countries of the last login hour before it, of the first
    after it) for every night with a login each side within :data:`SLEEP_EDGE_H` of the centre (``lull_utc_h``);
    ``logins``: :func:`_sorted_logins` of ``ip_hours`` where the caller has them."""
    if not ip_hours:
        return
    slots, ccs = _sorted_logins(ip_hours) if logins is None else logins
    if not slots:
        return
    # a login at hh:mm sits in slot hh: its time is taken as the slot's middle (as the night window's reading)
    for day in range(slots[0] // 24 - 1, slots[-1] // 24 + 2):
        centre = day * 24 + lull_utc_h - 0.5
        i = bisect.bisect_right(slots, centre)
        if i == 0 or i >= len(slots):
            continue
        before, after = slots[i - 1], slots[i]
        if centre - before > SLEEP_EDGE_H or after - centre > SLEEP_EDGE_H:
            continue
        yield day, ccs[i - 1], ccs[i]


def night_country(ip_hours: Mapping[tuple[int, str], int] | None, lull_utc_h: float,
                  countries: Iterable[str]) -> str | None:
    """The one of ``countries`` the person sleeps in: of the nights :func:`slept_in` places (the last login before
    the quiet hours' centre, ``lull_utc_h`` in UTC hours, and the first after it in one country), the country of
    :data:`NIGHT_MIN_SHARE` of them where :data:`NIGHT_MIN_NIGHTS` or more are placed in ``countries`` and those are
    :data:`NIGHT_PLACED_SHARE` or more of the nights with a login in them each side of the centre; else None
    (a border life logged in only at midday says nothing of where it sleeps). The logins of a window from 6 h before
    the centre to 2 h after it were read before: an evening VPN exit filled it, and a Toronto resident streaming
    through a US exit at 19–22 "slept in the United States" (T36 H1)."""
    wanted = set(countries)
    nights: Counter[str] = Counter()
    read = 0
    for _day, a, b in _night_edges(ip_hours, lull_utc_h):
        if a & wanted or b & wanted:
            read += 1
            if len(a) == 1 and a == b:
                nights[next(iter(a))] += 1
    # the nights begun in one country and woken in another are read too: a few placed ones do not decide alone (T37:
    # a Toronto resident's US exit mornings and evenings on 2 days in 3 placed one night in 3, all "in the US")
    if sum(nights[cc] for cc in wanted) < NIGHT_PLACED_SHARE * read:
        return None
    return dominant(Counter({cc: n for cc, n in nights.items() if cc in wanted}), NIGHT_MIN_NIGHTS, NIGHT_MIN_SHARE)


def _evening_between_home(s: int, home_slots: Sequence[int], other_slots: Sequence[int], lull_utc_h: float,
                          whole_day: bool = False) -> bool:
    """Whether the login in UTC hour slot ``s`` lies in an evening (from :data:`EVENING_BEFORE_H` before the quiet
    hours' centre ``lull_utc_h`` to it; with ``whole_day``, a day sleeper's, anywhere in the waking day since the
    last centre) of a day begun at home (a home login since the last quiet hours' centre, before ``s``) and
    continued at home (the first login after the centre is a home login, within :data:`SLEEP_EDGE_H` of it;
    ``other_slots``: the country's own, ascending)."""
    centre = (s + 0.5 - lull_utc_h) // 24 * 24 + 24 + lull_utc_h - 0.5  # the next centre after s
    if centre - s > EVENING_BEFORE_H and not whole_day:
        return False
    i = bisect.bisect_left(home_slots, s)
    if i == 0 or home_slots[i - 1] <= centre - 24:
        return False  # no home login earlier that day
    j = bisect.bisect_right(home_slots, centre)
    if j >= len(home_slots) or home_slots[j] - centre > SLEEP_EDGE_H:
        return False  # the morning after is not seen at home
    k = bisect.bisect_right(other_slots, centre)
    return not (k < len(other_slots) and other_slots[k] <= home_slots[j])  # nor there first


#: a login inside a day at home: that day (:func:`waking_day`) has a home login in its middle, from this many hours
#: after the quiet hours' centre to this many (10:15–18:15 for a 03:15 centre) …
MIDDAY_FROM_H = 7.0
MIDDAY_TO_H = 15.0
#: … and the login is before the day's first home login, after its last, or between two this many hours apart or
#: fewer (a lunch-time exit between home logins at 10 and 15; a commuter's day at work spans more)
INSIDE_SPAN_H = 5
#: a near country whose login hours lie on nights :func:`slept_in` places there (:func:`_on_nights_in`) this share or
#: more is visited, never an exit inside days at home: one-night stays (a VPN at the edges of days brackets few nights)
STAY_NIGHTS_SHARE = 0.9
#: home's whole days (first and last login of the day at home) needed, as a share of the country's days, before
#: its logins inside days at home are an exit: someone who sleeps across the border and works at "home" every day
#: has none
INSIDE_WHOLE_SHARE = 0.2
def waking_day(slot: int, lull_utc_h: float) -> int:
    """The waking day of UTC hour ``slot``: the UTC day ordinal of the quiet hours' centre that begins it (the night
    that ends it is the next ordinal's, :func:`slept_in`'s key)."""
    return int((slot + 0.5 - lull_utc_h) // 24)


def _whole_days(home: str, ip_hours: Mapping[tuple[int, str], int], lull_utc_h: float,
                logins: tuple[list[int], list[frozenset[str]]] | None = None) -> int:
    """The waking days (:func:`waking_day`) whose first and last login hours are ``home``'s alone (``logins``:
    :func:`_sorted_logins` of ``ip_hours`` where the caller has them)."""
    slots, ccs = _sorted_logins(ip_hours) if logins is None else logins
    first: dict[int, frozenset[str]] = {}
    last: dict[int, frozenset[str]] = {}
    for slot, cc in zip(slots, ccs, strict=True):
        w = waking_day(slot, lull_utc_h)
        first.setdefault(w, cc)
        last[w] = cc
    only = frozenset({home})
    return sum(1 for w, cc in first.items() if cc == only and last[w] == only)


def _on_nights_in(cc: str, nights: Mapping[int, str], logins: tuple[list[int], list[frozenset[str]]],
                  lull_utc_h: float) -> set[int]:
    """The UTC hour slots of ``cc``'s logins on the nights :func:`slept_in` places in ``cc`` (``nights``): the run of
    login hours of ``cc`` alone that ends the waking day before each such night's centre and the run that begins the
    day after it (a stay's 20:00 and 22:30 logins, and 07:00 and 08:30 the next morning), within a day of it.
    ``logins``: :func:`_sorted_logins` of the login hours (the caller's, sorted once for every country)."""
    slots, ccs = logins
    only = frozenset({cc})
    out: set[int] = set()
    for day, where in nights.items():
        if where != cc:
            continue
        centre = day * 24 + lull_utc_h - 0.5
        i = bisect.bisect_right(slots, centre)
        j = i - 1
        while j >= 0 and ccs[j] == only and slots[j] > centre - 24:
            out.add(slots[j])
            j -= 1
        j = i
        while j < len(slots) and ccs[j] == only and slots[j] < centre + 24:
            out.add(slots[j])
            j += 1
    return out


def _inside_home_day(s: int, home_slots: Sequence[int], lull_utc_h: float) -> str | None:
    """Whether the login in UTC hour slot ``s`` lies inside a day at home: its waking day has a home login from
    :data:`MIDDAY_FROM_H` to :data:`MIDDAY_TO_H` after the quiet hours' centre that begins it, and ``s`` is before
    that day's first home login or after its last (``"edge"``), or between two :data:`INSIDE_SPAN_H` or fewer hours
    apart or in the hour of one (``"between"``); None where it is not."""
    start = waking_day(s, lull_utc_h) * 24 + lull_utc_h - 0.5  # the centre that begins the day (slot units)
    lo, hi = bisect.bisect_right(home_slots, start), bisect.bisect_right(home_slots, start + 24)
    if not any(start + MIDDAY_FROM_H <= h <= start + MIDDAY_TO_H for h in home_slots[lo:hi]):
        return None
    i = bisect.bisect_left(home_slots, s, lo, hi)
    if i < hi and home_slots[i] == s:
        return "between"  # home in the same hour
    if i == lo or i == hi:
        return "edge"
    return "between" if home_slots[i] - home_slots[i - 1] <= INSIDE_SPAN_H else None


def _lull_utc(ctx: Any) -> float | None:
    """The quiet hours' centre (UTC hours) of the clock aggregator's active days, or None without them."""
    from .timezone import lull_mid_hours, presence_hist  # the clock's reading; timezone imports no place module

    days = getattr(ctx.aggregators.get("clock"), "days", None)
    return lull_mid_hours(presence_hist(days, list(days))) if days else None


def set_aside_exits(ctx: Any) -> ProxyExits | None:
    """Finds the exits in the login hours the ``zone_place`` aggregator kept (:func:`find_exits`) and takes their
    hours out of what the clock and home read: ``zone_place``'s ``ip_hours``, ``ip_days`` and ``ip_countries``
    (its ``fb_placed_hours`` read and taken with them: the Facebook logins placed only by Facebook's own place),
    the ``place`` aggregator's per-hour country table (:meth:`~.place.PlaceAggregator.drop_slots`). Kept on
    ``ctx.proxy_exits``; the clock aggregator's days on ``ctx.clock_days`` and the zones they fit on
    ``ctx.activity_fits``. Runs once, before any finding is made (:func:`dataexam.inference.infer`)."""
    from .clock_home import ActivityFits, near_untold  # (read lazily, as in find_exits)

    zp = ctx.aggregators.get("zone_place")
    ip_hours = getattr(zp, "ip_hours", None)
    # the Facebook logins placed only by Facebook's own place (no address a registry places) switch with home as
    # the others do: read with them, though ip_days and ip_countries never counted them
    fb_hours = getattr(zp, "fb_placed_hours", None) or {}
    hours = ip_hours + fb_hours if ip_hours is not None and fb_hours else ip_hours or fb_hours
    days = getattr(ctx.aggregators.get("clock"), "days", None)
    # kept for the weekend second home's clock gate (place finishes after the clock aggregator is released);
    # dropped once place has finished (:func:`dataexam.inference.infer`)
    ctx.clock_days = days
    # the zones the activity alone fits, scored once for every reader below (each asks it of the same days)
    fits = ActivityFits(days) if days else None
    exits = find_exits(hours, getattr(zp, "ip_towns", None), _lull_utc(ctx), days, fits=fits) if hours else None
    ctx.proxy_exits = exits
    ctx.activity_fits = fits  # the other reading's clocks (exit_caveats._say_zone_untold); dropped after place
    lull = _lull_utc(ctx)
    ctx.untold_homes = near_untold(hours, exits, fits, lull) if hours and fits is not None else None
    edges = _day_edges(hours, lull) if hours and lull is not None else None
    # a pair the exits already tell apart (a Berliner's US exit at both ends of the day: the clock) is no doubt
    ctx.day_edges = edges._replace(clocks=fits.clocks({edges.end, edges.mid}) if fits is not None else {}) \
        if edges is not None and not (exits is not None and {edges.end, edges.mid} & set(exits.logins)) else None
    if exits is None:
        return None
    taken: dict[tuple[int, str], int] = {}
    for slot, cc in exits.slots:
        placed = fb_hours.pop((slot, cc), 0) if fb_hours else 0
        n = ip_hours.pop((slot, cc), 0) if ip_hours is not None else 0
        taken[(slot, cc)] = n + placed  # the place aggregator counted both
        if n <= 0:
            continue
        day = date.fromordinal(slot // 24)
        left = zp.ip_days[(day, cc)] - n
        if left > 0:
            zp.ip_days[(day, cc)] = left
        else:
            zp.ip_days.pop((day, cc), None)
        zp.ip_countries[cc] -= n
        if zp.ip_countries[cc] <= 0:
            del zp.ip_countries[cc]
    place = ctx.aggregators.get("place")
    if place is not None and hasattr(place, "drop_slots"):
        place.drop_slots(taken)
    return exits


#: a country at both ends of the waking day and another between them on this share of the days with three login
#: hours or more, and this many days at least, make a home neither the logins nor the nights can tell
#: (:func:`_day_edges`): weekends too, which a commuter's five working days a week (71 %) never reach
EDGE_DAY_SHARE = 0.8
EDGE_MIN_DAYS = 30


class DayEdges(NamedTuple):
    """A home the logins cannot tell from an exit at either end of the day or at midday, or from one used for part
    of each day (:func:`_day_edges`; ``Context.day_edges``)."""

    #: the country at both ends of the days (ISO 3166-1 alpha-2); with :attr:`turns`, one of the two in turn
    end: str
    #: the country between; with :attr:`turns`, the other
    mid: str
    #: the waking days read so
    days: int
    #: the waking days with three login hours or more
    read: int
    #: whether the two countries are in turn through the day instead (:func:`_back_and_forth`)
    turns: bool
    #: {country: the clock of it the activity fits} (:meth:`~.clock_home.ActivityFits.clocks`), the two's
    clocks: dict[str, Clock] = {}


def _day_edges(ip_hours: Mapping[tuple[int, str], int], lull_utc_h: float) -> DayEdges | None:
    """:class:`DayEdges` (country at the ends, country between, days so, days read, False) where on
    :data:`EDGE_DAY_SHARE` of the waking days (:func:`waking_day`) with three login hours or more, and
    :data:`EDGE_MIN_DAYS` at least, the first and last login hours are one country's alone and another's lie between
    (T37 VPND: a Toronto resident's US exit at 07–08 and 19–22 every day, Canadian logins at 12:30 and 13:30 only, read
    "You most likely live in United States", high, "100 % of the nights": the nights are the exit's); else (the two
    countries, days so, days read, True) where on as many days the logins of those two countries alone switch from one
    to the other and back (:func:`_back_and_forth`; T40B: the same exit at 09:30–10:00 and 23:00–23:30, Canadian logins
    at 08:00, 18:00 and 22:30, read "United States", high, with no word of an exit); else None."""
    slots, ccs = _sorted_logins(ip_hours)
    by_day: dict[int, list[frozenset[str]]] = defaultdict(list)
    for slot, cc in zip(slots, ccs, strict=True):
        by_day[waking_day(slot, lull_utc_h)].append(cc)
    read = [seq for seq in by_day.values() if len(seq) >= 3]
    pairs: Counter[tuple[str, str]] = Counter()
    turns: Counter[tuple[str, str]] = Counter()
    for seq in read:
        both = _back_and_forth(seq)
        if both is not None:
            turns[both] += 1
        # one edge hour one country's alone, the other edge hour that country's too: the home's own login in the
        # exit's last hour still leaves the exit at both ends (T40: a Toronto resident's US exit at 07–08 and 19–22
        # with Canadian logins at 08:00 and 22:30 read "You most likely live in United States", high)
        ends = [e for e in (seq[0], seq[-1]) if len(e) == 1]
        if not ends or not ends[0] <= seq[0] & seq[-1]:
            continue
        (end,) = ends[0]
        mid = set().union(*seq) - {end}
        if len(mid) == 1 and any(mid <= hour for hour in seq[1:-1]):
            pairs[(end, *mid)] += 1
    least = max(EDGE_MIN_DAYS, EDGE_DAY_SHARE * len(read))
    if pairs:
        (end, mid), n = pairs.most_common(1)[0]
        if n >= least:
            return DayEdges(end, mid, n, len(read), False)
    if turns:
        (a, b), n = turns.most_common(1)[0]
        if n >= least:
            return DayEdges(a, b, n, len(read), True)
    return None


def _back_and_forth(seq: Sequence[frozenset[str]]) -> tuple[str, str] | None:
    """The two countries (in order) of a waking day's login hours (``seq``, each hour's countries) where they are
    those two alone and the hours of one country alone switch to the other and back at least once (Canada, the
    United States, Canada; an hour of both tells no order and is passed over); else None. A trip's day (one switch)
    and a day at home are neither."""
    if len(set().union(*seq)) != 2:
        return None
    runs: list[str] = []
    for hour in seq:
        if len(hour) == 1:
            (cc,) = hour
            if not runs or runs[-1] != cc:
                runs.append(cc)
    return (min(runs), max(runs)) if len(runs) >= 3 else None
