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
"""

from __future__ import annotations

import bisect
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

from ..wording import and_list, count_phrase
from . import gazetteer

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
    #: hours contradict (:func:`_clock_home`)
    clock_over: str | None = None
    #: a day sleeper's waking-day exits (T36 M3): {country: (first, end) local hours on home's clock, 0–24, the end
    #: exclusive} they are used in, the sentence's "only in the hours 19–23" (a subset of ``evening``)
    hours: dict[str, tuple[int, int]] = field(default_factory=dict)
    #: exits told by the clock (T36 H2): {country: hours between its nearest clock and home's} where the activity
    #: of its days keeps home's clock
    clock: dict[str, float] = field(default_factory=dict)
    #: far exits told by the week (T38 M3, :func:`_far_weekly`): {country: (weeks with a login there, weeks from
    #: its first to its last)} where its days keep home's clock though its clocks are too near home's to tell
    weekly: dict[str, tuple[int, int]] = field(default_factory=dict)

    def as_value(self) -> list[dict[str, Any]]:
        """``[{"country", "logins", "days", "switches_with"}]``, the most logins first (JSON); an evening-only
        exit's with ``"evenings_only": true`` (a day sleeper's also ``"local_hours": [first, end]``), one seen only
        inside days at home with ``"inside_home_days": true``, a clock exit's with ``"keeps_home_clock": true`` and
        ``"clock_gap_hours"``, a far weekly one's with ``"keeps_home_clock": true`` and ``"weeks": [with, of]``."""
        return [{"country": cc, "logins": n, "days": self.days[cc], "switches_with": self.home}
                | ({"evenings_only": True} if cc in self.evening else {})
                | ({"local_hours": list(self.hours[cc])} if cc in self.hours else {})
                | ({"inside_home_days": True} if cc in self.inside else {})
                | ({"keeps_home_clock": True, "clock_gap_hours": self.clock[cc]} if cc in self.clock else {})
                | ({"keeps_home_clock": True, "weeks": list(self.weekly[cc])} if cc in self.weekly else {})
                for cc, n in sorted(self.logins.items(), key=lambda kv: (-kv[1], kv[0]))]


def find_exits(ip_hours: Mapping[tuple[int, str], int],
               towns: Mapping[tuple[int, str], tuple[float, float]] | None = None,
               lull_utc_h: float | None = None,
               day_hists: Mapping[date, Sequence[int]] | None = None,
               home: str | None = None) -> ProxyExits | None:
    """The VPN or proxy exits in the login hours (module docstring's shape), or None. The home is the country of
    most days with a login (:data:`HOME_MIN_DAY_SHARE` of them at least), or the one :func:`_clock_home` names by
    the activity's clock, or ``home`` where given; where another country holds :data:`HOME_MIN_DAY_SHARE` of the
    days too (an exit used every day), the first of them whose exits hold all the others is the home
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
    (``lull_utc_h``, UTC hours) is given and :data:`EVENING_EXIT_SHARE` of its logins lie in evenings of days begun
    and continued at home, on :data:`EVENING_EXIT_MIN_DAYS` days or more (:func:`_evening_between_home`): all its
    logins are set aside then (``ProxyExits.evening``); a commuter's working hours there are no evening. A far
    country that switches with home no faster than travel allows is read so too (London and Berlin's 19–22). A far
    country switching with home whose days' activity is on its own clock is no exit (:func:`_on_own_clock`). A day
    sleeper's (quiet hours centred between :data:`DAY_SLEEP_FROM_H` and :data:`DAY_SLEEP_TO_H` on home's clock)
    whole waking day counts as the evening (``ProxyExits.hours``: a night nurse's VPN at 19–22). Last, with the
    activity's per-day UTC quarter-hour presences ``day_hists`` (the clock aggregator's ``days``): a country of
    another clock (:data:`CLOCK_EXIT_H` or more from home's nearest) whose :data:`CLOCK_EXIT_MIN_DAYS` login days
    or more, most among days at home (:data:`CLOCK_EXIT_AROUND_DAYS`), keep home's clock
    (:func:`_clock_exits`) is an exit, its logins set aside but a stay's on its own clock (``ProxyExits.clock``):
    someone there posts on its hours. Where the home read by the clock (:func:`_clock_home`) finds no exit, they are
    read again with the country of most days as home (:func:`_rival_homes`; T37 H5: a Berlin night worker asleep
    08–15:30, a US exit Friday to Sunday, fits New York's night better than Berlin's, and with the US as home
    Germany's as many days were no exit of it: "104 trips abroad"). O(hours × countries)."""
    if not ip_hours:
        return None
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
            home = _clock_home(home, days_of, by_cc, lull_utc_h, day_hists, len(all_days))
        rivals = [cc for cc in sorted(days_of, key=lambda cc: (-len(days_of[cc]), cc))
                  if cc != home and len(days_of[cc]) >= HOME_MIN_DAY_SHARE * len(all_days)]
        if rivals or home != most_days:
            return _rival_homes([home, *rivals], most_days, ip_hours, towns, lull_utc_h, day_hists)
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
                whole = _day_sleeper(home, home_slots, lull_utc_h)
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
                    # Berliner's Austrian exit at lunch hid a night in Vienna every fourth Tuesday: "No trips")
                    keep = on_nights if into is inside and cc in between else set()
                    gone = [s for s in own if waking_day(s, lull_utc_h) in home_days and s not in keep]
                    found.logins[cc] = sum(ip_hours[(s, cc)] for s in gone)
                    # its days named by the quiet hours that follow, not UTC days: Toronto's 19–22 span two
                    found.days[cc] = len({waking_day(s, lull_utc_h) for s in gone})
                    kept.update((s, cc) for s in gone)
                    into.add(cc)
                    if whole and into is evening:
                        found.hours[cc] = _hour_span(home, own)
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
        # a home the clock named from its few days (:func:`_clock_home`): the country of most days, whose clocks the
        # activity contradicts, is the exit on all its days, no home login beside most of them (T37 M4: every login
        # through a US exit, a German login once a month)
        over = cc == found.clock_over and len(days_of[home]) < HOME_MIN_DAY_SHARE * len(all_days)
        if (over or (with_home and len(bad) + len(short) >= EXIT_MIN_SHARE * len(slots))) \
                and len(bad_days) >= EXIT_MIN_DAYS and not _on_own_clock(day_hists, home, cc, days_of, bad_days):
            bad += short
            if day_hists:
                # its other days, run by run: a run whose activity keeps home's clock is the exit too (a Berlin
                # resident's US exit all weekend, German logins at weekday lunches: 104 weekends "in the US"); a
                # run on the country's own clock is a stay there (a real New York holiday keeps New York's nights)
                bad += _runs_on_home_clock(sorted(set(slots) - set(bad)), home, cc, home_slots, day_hists)
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
        _clock_exits(found, kept, ip_hours, by_cc, days_of, day_hists, logins,
                     (lull_utc_h, nights) if nights is not None else None)
    if not found.logins:
        return None
    found.slots = frozenset(kept)
    found.evening = frozenset(evening)
    found.inside = frozenset(inside)
    found.between = frozenset(between & inside)
    return found


def _rival_homes(homes: Sequence[str], most_days: str, ip_hours: Mapping[tuple[int, str], int],
                 towns: Mapping[tuple[int, str], tuple[float, float]] | None, lull_utc_h: float | None,
                 day_hists: Mapping[date, Sequence[int]] | None) -> ProxyExits | None:
    """The exits read with each of ``homes`` as the home (:func:`find_exits`; the clock's or the most days' first,
    then the other countries of :data:`HOME_MIN_DAY_SHARE` of the days or more): the first reading whose exits hold
    all the others. An exit used every day has as many login days as home, and a few real trips to its country
    gave it more (T37 H3: a London resident's US exit every evening and two New York holidays, "Home unclear";
    a Toronto, Tokyo or Sydney resident's likewise). Else the first reading, where it holds ``most_days`` or is
    ``most_days``'s own; else ``most_days``'s (a home the clock named from its few days whose exits do not hold the
    country of most days is no home)."""
    first = None
    for i, h in enumerate(homes):
        found = find_exits(ip_hours, towns, lull_utc_h, day_hists, home=h)
        if found is not None and all(o in found.logins for o in homes if o != h):
            if i:
                found.clock_over = None  # the home named by its exits, not by the clock (a move's old country)
            return found
        if i == 0:
            first = found
    if homes[0] == most_days or (first is not None and most_days in first.logins):
        return first
    return find_exits(ip_hours, towns, lull_utc_h, day_hists, home=most_days)


def exits_sentence(exits: ProxyExits) -> str:
    """"12 logins from Japan set aside: they switch with Germany within hours, farther than travel allows (a VPN or
    proxy exit)." — one sentence for every exit (the home and time-zone findings' caveat)."""
    name = gazetteer.country_display

    def joined(ccs: list[str]) -> str:
        return and_list([f"{count_phrase(exits.logins[cc], 'login')} from {name(cc)}" for cc in
                         sorted(ccs, key=lambda cc: (-exits.logins[cc], cc))])

    def across(ccs: Iterable[str], what: str) -> str:
        # "or evenings across the border" only where one of them is next door (no journey to it): a London
        # resident's German exit at 19–22, set aside by the hours too, is no evening out across a border
        near = any(travel_hours(country_gap_km(exits.home, cc) or 0.0) <= 0 for cc in ccs)
        return f", or {what} across the border" if near else ""

    far = [cc for cc in exits.logins if cc not in exits.evening and cc not in exits.inside and cc not in exits.clock
           and cc not in exits.weekly]
    out = []
    if exits.clock:
        # another clock, kept at home's (T36 H2: a Berlin resident's US exit all weekend, posting on Berlin's hours)
        gaps = sorted({exits.clock[cc] for cc in exits.clock})
        gap = f"{gaps[0]:g} h" if len(gaps) == 1 else f"{gaps[0]:g}–{gaps[-1]:g} h"
        out.append(f"{joined(sorted(exits.clock))} set aside: your activity on their days keeps {name(exits.home)}'s "
                   f"clock, {gap} from theirs (a VPN or proxy exit, not a place you were).")
    for cc in sorted(exits.weekly, key=lambda cc: (-exits.logins[cc], cc)):
        # far, every week, home's clock (T38 M3: a São Paulo resident's US exit every weekend, "a second home")
        weeks, of = exits.weekly[cc]
        flight = math.floor(travel_hours(country_gap_km(exits.home, cc) or 0.0))
        out.append(f"{joined([cc])} set aside: they come in {weeks} of {of} weeks, your activity on their days on "
                   f"{name(exits.home)}'s clock, though each week there and back would take {flight} hours or more "
                   "of travel each way (a VPN or proxy exit, not a second home or a place you were).")
    if far:
        # the home named by the clock over the country of most days (T37: a Berlin resident's US exit every morning
        # and evening): why the country of most logins is the exit
        over = (f"; your activity keeps the clock of {name(exits.home)}, not of {name(exits.clock_over)}, though "
                "most of your login days are there" if exits.clock_over in far else "")
        out.append(f"{joined(far)} set aside: they switch with {name(exits.home)} within hours, farther than travel "
                   f"allows (a VPN or proxy exit, not a place you were{over}).")
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
#: a country of most login days whose clocks all lie this many hours or more from another's (:func:`_clock_home`) …
CLOCK_HOME_H = 3.0
#: … gives way to another of this many login days or more (its share of the days none: every login but one a month
#: through an always-on exit, T37 M4) …
CLOCK_HOME_MIN_DAYS = 10
#: … as the home the exits switch with where the quiet hours' centre fits the other's clock
#: better by this many nats of :func:`~.timezone.sleep_log_prior` (a Berlin sleeper's 03:00: ≈ 4 nats better than
#: New York's 21:00)
CLOCK_HOME_NATS = 2.0


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


def _country_fit(cc: str, slot: int, lull_utc_h: float) -> float | None:
    """How well the quiet hours' centre (UTC) fits ``cc``'s best clock at ``slot``: :func:`~.timezone.sleep_log_prior`
    of its local hour; None for a country with no zone."""
    from .moves import country_offsets  # the zones' reading; moves imports nothing of this module at load
    from .timezone import sleep_log_prior

    offs = country_offsets(cc, slot)
    return max((sleep_log_prior((lull_utc_h + o / 4) % 24) for o in offs), default=None)


def _clock_home(home: str, days_of: Mapping[str, set[int]], by_cc: Mapping[str, list[int]], lull_utc_h: float,
                day_hists: Mapping[date, Sequence[int]] | None = None, all_days: int = 0) -> str:
    """The home the exits switch with: ``home`` (the country of most login days), or, where home's clocks put the
    quiet hours' centre where only a day sleeper's is (:func:`~.timezone.sleep_log_prior`'s floor), another country
    of :data:`CLOCK_HOME_MIN_DAYS` login days or more whose clocks all lie :data:`CLOCK_HOME_H` or more from home's
    and whose clock the centre fits better by :data:`CLOCK_HOME_NATS` (T37: a Berlin resident's US exit
    mornings and evenings on every day, German logins at weekday lunches, had "1,044 logins from Germany set aside
    … a VPN exit": the activity's own country called the exit; T37 M4: every login through a US exit but one from
    Germany a month had "23 logins from Germany set aside"). Where home's clocks are short of that floor, a country
    of few days (under :data:`HOME_MIN_DAY_SHARE`: the home logins beside an always-on exit) is the home where the
    activity (``day_hists``) fits one of its clocks and none of home's (:func:`_rare_clock_home`; T38 M5: a Tokyo
    resident's US exit, Honolulu's 08:45 no day sleeper's lull, read "Home unclear … United States"). A country of as
    many days as that or more keeps the floor: a late sleeper's 09:00 London lull beside a New York exit keeps London.
    :func:`_rival_homes` keeps it only where the country of most days is its exit."""
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
        return _rare_clock_home(home, rare, day_hists) if rare and day_hists else home
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


def _rare_clock_home(home: str, rare: Sequence[str], day_hists: Mapping[date, Sequence[int]]) -> str:
    """``home``, or the one of ``rare`` (countries of few login days) whose clock the activity keeps where it keeps
    none of home's: the zones scored by the activity alone (:func:`~.timezone.score_zones`, no place prior: the
    lull's fit and the summer-time pattern), a country's clock fitting where one of its zones' activity score lies
    within :data:`~.timezone.RIVAL_ACTIVITY_MARGIN` of the best zone's (the margin a country's own clocks are told
    apart by, :func:`~.timezone.rivals_in_country`). A Tokyo resident's 03:45 lull is 08:45 on Honolulu's clock,
    the United States' nearest, ≈ 3 nats short; a US resident's monthly login from Japan, on a US clock, leaves the
    United States home (its clock fits), as does a New York exit beside Toronto's logins (the same clock)."""
    from .timezone import RIVAL_ACTIVITY_MARGIN, score_zones
    from .zoneprior import ZonePrior, zone_countries

    cands = score_zones(dict(day_hists), ZonePrior(probs={}))
    if not cands:
        return home
    countries = zone_countries()
    fit: dict[str, float] = {}
    for c in cands:
        for cc in {countries.get(z) for z in c.zones}:
            if cc is not None and c.activity_score > fit.get(cc, -math.inf):
                fit[cc] = c.activity_score
    top = max(c.activity_score for c in cands) - RIVAL_ACTIVITY_MARGIN
    if fit.get(home, -math.inf) >= top:
        return home
    keeps = [cc for cc in rare if fit.get(cc, -math.inf) >= top]
    return max(keeps, key=lambda cc: fit[cc]) if keeps else home


#: the days of activity a run needs before its clock is read, and how much better (nats) its presences must fit
#: home's own daily profile moved onto one of the country's clocks than that profile (:func:`_runs_on_home_clock`)
RUN_CLOCK_MIN_DAYS = 2
RUN_CLOCK_NATS = 3.0


def _fit(hist: Sequence[int], logp: Sequence[float], move: int = 0) -> float:
    """The log-likelihood of the quarter-hour presences ``hist`` under the UTC profile ``logp`` moved by ``move``
    quarter-hours (a clock that many quarters ahead of the profile's: each local hour falls that much earlier in
    UTC)."""
    from .timezone import QUARTERS

    return sum(c * logp[(q + move) % QUARTERS] for q, c in enumerate(hist) if c)


def _home_clock_gains(days: Sequence[date], day_hists: Mapping[date, Sequence[int]], logp: Sequence[float],
                      move: int) -> list[float]:
    """How much better (nats) each of ``days``' activity fits home's profile (``logp``) than that profile moved by
    ``move`` quarter-hours (a stay's clock)."""
    hists = ([1 if c else 0 for c in day_hists[d]] for d in days)
    return [_fit(h, logp) - _fit(h, logp, move) for h in hists]


def _stay_profile_gains(days: Sequence[date], day_hists: Mapping[date, Sequence[int]],
                        logp: Sequence[float]) -> list[float]:
    """:func:`_home_clock_gains` for a night worker's stay lived by day there (:meth:`_HomeClock.night_there`):
    home's profile moved by the clocks' gap is a day sleep there too, so each day is compared with the stay's own
    profile, read again without the days fitting home's better (the exit's weekend right after the holiday)."""
    from .timezone import utc_profile

    hists = [[1 if c else 0 for c in day_hists[d]] for d in days]
    there = list(days)
    gains: list[float] = []
    for _ in range(CLOCK_EXIT_ROUNDS):
        stay = utc_profile(day_hists, there)
        gains = [_fit(h, logp) - _fit(h, stay) for h in hists]
        kept = [d for d, g in zip(days, gains) if g <= 0]
        if not kept or kept == there:
            break
        there = kept
    return gains


def _edge_days_on_home_clock(days: Sequence[date], gains: Sequence[float]) -> set[date]:
    """Of a stay's ``days`` (ascending, each with activity), the first ones and the last ones whose activity fits
    home's clock better than the stay's (``gains``, :func:`_home_clock_gains`) by :data:`RUN_CLOCK_NATS` together:
    days at home behind the exit right before or after the stay, no home login between (T37 M1: a Berlin
    resident's US exit on the weekend right after a New York holiday ending on a Friday made the holiday "US 1–10
    Mar", for 1–8 Mar). Each cut is the likeliest one (the largest sum from that end); the stay keeps a day."""
    out: set[date] = set()
    best, total, cut = RUN_CLOCK_NATS, 0.0, len(days)
    for i in range(len(days) - 1, 0, -1):
        total += gains[i]
        if total >= best:
            best, cut = total, i
    out.update(days[cut:])
    best, total, head = RUN_CLOCK_NATS, 0.0, 0
    for i in range(cut - 1):
        total += gains[i]
        if total >= best:
            best, head = total, i + 1
    out.update(days[:head])
    return out


def _runs_on_home_clock(slots: Sequence[int], home: str, cc: str, home_slots: Sequence[int],
                        day_hists: Mapping[date, Sequence[int]]) -> list[int]:
    """Of an exit country's ``slots`` not yet set aside (ascending UTC hour slots), those of its runs (logins with no
    home login between) whose days' activity (UTC quarter-hour presences, ``day_hists``) does not fit the profile of
    the days with a home login moved by the hours between home's clock and one of the country's better by
    :data:`RUN_CLOCK_NATS` than that profile unmoved (a stay there lives on its clock): the country is an exit by
    the distance already, and a run on no clock of its own is the exit's too. A run once needed to fit home's clock
    by those nats to be the exit's, and a weekend's two days, compared with a profile of weekdays over some twenty
    of the country's clocks, missed it: 7 of a Sydney resident's 104 US-exit weekends were "trips abroad: US"
    (T37 H4). Only clocks :data:`CLOCK_EXIT_H` or more from home's round the clock are read (:func:`_clock_apart_h`);
    a run of more than :data:`CLOCK_STAY_MIN_NIGHTS` days in a country with a clock nearer than that (Honolulu's
    beside Auckland's) is a stay the clock cannot tell, left. A stay's edge days on home's clock are the exit's
    (:func:`_edge_days_on_home_clock`). The profile is the regimes' (:func:`~.timezone.utc_profile`: smoothed,
    5 % floor)."""
    from .moves import country_offsets
    from .timezone import presence_hist, utc_profile

    here = sorted({date.fromordinal(s // 24) for s in home_slots} & day_hists.keys())
    if len(here) < RUN_CLOCK_MIN_DAYS:
        return []
    logp = utc_profile(day_hists, here)
    out: list[int] = []
    run: list[int] = []

    def close() -> None:
        days = sorted({date.fromordinal(s // 24) for s in run} & day_hists.keys())
        if len(days) < RUN_CLOCK_MIN_DAYS:
            return
        mid = run[len(run) // 2]
        ours, theirs = country_offsets(home, mid), country_offsets(cc, mid)
        if not ours or not theirs:
            return
        moves = {o - h for o in theirs for h in ours}
        apart = sorted(m for m in moves if _clock_apart_h([m / 4]) >= CLOCK_EXIT_H)
        if len(apart) < len(moves) and len(days) > CLOCK_STAY_MIN_NIGHTS:
            return
        hist = presence_hist(day_hists, days)
        at_home = _fit(hist, logp)
        # on the country's clock o instead of home's h, each local hour falls (o − h) quarter-hours earlier in UTC
        stay, move = max(((_fit(hist, logp, m), m) for m in apart), default=(-math.inf, 0))
        if stay < at_home + RUN_CLOCK_NATS:
            out.extend(run)
            return
        edges = _edge_days_on_home_clock(days, _home_clock_gains(days, day_hists, logp, move))
        out.extend(s for s in run if date.fromordinal(s // 24) in edges)

    for s in slots:
        if run and bisect.bisect_right(home_slots, run[-1]) != bisect.bisect_right(home_slots, s):
            close()  # a home login between: a new run
            run = []
        run.append(s)
    if run:
        close()
    return out


#: a day sleeper's quiet hours are centred from this local hour (home's clock) to this one: a night nurse asleep
#: 07:00–15:30 (centre ≈ 11:15); a night sleeper's 03:15, a late riser's 06:00, never
DAY_SLEEP_FROM_H = 8.0
DAY_SLEEP_TO_H = 20.0
#: a login country whose clocks are all this many hours or more from home's …
CLOCK_EXIT_H = 3.0
#: … is an exit where the activity of this many of its login days or more …
CLOCK_EXIT_MIN_DAYS = 10
#: … has its quiet hours' centre this near home's days' of the same kind of night (hours; weekend nights with
#: home's weekend nights, :class:`_HomeClock`) and nearer them than where its own clock would put it: a stay there
#: moves the quiet hours by its clock's gap
CLOCK_KEEP_H = 2.0
#: … and most of its days (:data:`EXIT_WITH_HOME_SHARE`) have a home day this near before and after them
CLOCK_EXIT_AROUND_DAYS = 7
#: a stay there of more than this many days with logins there alone (no login elsewhere), its activity from the
#: second day on on the country's own clock, is a trip, never the exit's, however its other days keep home's (a
#: 10-day New York holiday of a US VPN's weekend user)
CLOCK_STAY_MIN_NIGHTS = 4
#: a country's days of a kind of night (weekday, weekend) count where they are this many or more (home's clock per
#: kind is read from :data:`CLOCK_EXIT_MIN_DAYS` days of the kind or more)
CLOCK_KIND_MIN_DAYS = 3
#: the most a weekend night's quiet hours are later than a weekday's (hours; the synth scripts' 2 h, 23:30–07:00
#: and 01:30–09:00), where home has too few days of one kind to read it by: the clock of every weekend spent behind
#: a VPN or away is read from the weekdays'
LIE_IN_MAX_H = 2.5
#: home's clock is read again with the exits found, this many times at most (:func:`_clock_exits`)
CLOCK_EXIT_ROUNDS = 3
#: a country with this many login days or more for each of home's is never a clock exit: a VPN switching exits day
#: by day (Germany one day, the US the next, at the same UTC hours) has no home to keep the clock of, and the clock
#: read on home's days is then read on the very logins judged (``test_alternating_countries_are_no_move``); a US
#: exit every weekend has 2 days for home's 5. Waking days, its stays on its own clock left out
#: (:func:`_clock_exit_slots`)
CLOCK_EXIT_MAX_DAYS_RATIO = 0.8
#: a far country (:func:`_far_weekly`): its distance from home takes this many hours of travel or more each way
#: (:func:`travel_hours`; beyond a flight of a few hours: Brazil–US 4.2, Germany–Türkiye 2.2, Germany–Poland 0) …
FAR_WEEKLY_TRAVEL_H = 3.5
#: … with a login there in this share or more of the weeks (Monday to Sunday) from its first such week to its last …
FAR_WEEKLY_SHARE = 0.8
#: … and in this many weeks or more (three months)
FAR_WEEKLY_MIN_WEEKS = 13


def _far_weekly(home: str, cc: str, days: Sequence[int]) -> tuple[int, int] | None:
    """(weeks with one of ``days``, weeks from the first such week to the last) where country ``cc`` lies
    :data:`FAR_WEEKLY_TRAVEL_H` of travel or more from ``home`` (:func:`country_gap_km`, :func:`travel_hours`) and
    ``days`` (UTC day ordinals of its logins) fall in :data:`FAR_WEEKLY_SHARE` or more of the weeks, in
    :data:`FAR_WEEKLY_MIN_WEEKS` or more; else None.

    Why (T38 M3): a São Paulo resident's US exit from Friday evening to Sunday night, a Johannesburg resident's UK
    one, on home's clock, was "Your weekends in United States (104 of 104) are a second home", and a real 3–12 Oct
    Miami holiday read 3–15 Oct (the weekend after it joined). Neither exit rule could tell: each weekend's journey
    fits the gap between Friday afternoon at home and Friday evening there (Brazil–US ≥ 4.2 h of travel), and the
    two countries' clocks are 1–2 h apart, too near for the activity's quiet hours to tell whose clock it keeps
    (:data:`CLOCK_EXIT_H`). A flight of four hours or more there and back every week for months is not impossible,
    but it is far less likely than a VPN, and a weekly life abroad would not keep home's hours; a weekend home within
    a short flight or a drive (a Berliner's in Poland, a Londoner's in Spain) stays a second home, and so does a far
    one of every other weekend (half the weeks: :data:`FAR_WEEKLY_SHARE`). :func:`_clock_exits` then reads such a
    country as a clock exit whose days need only keep home's clock (:meth:`_HomeClock.keeps` ``near``), its stays on
    its own clock (a 10-day Miami holiday) kept as trips."""
    gap = country_gap_km(home, cc)
    if not days or gap is None or travel_hours(gap) < FAR_WEEKLY_TRAVEL_H:
        return None
    # ordinal 1 (1 January of year 1) is a Monday: weeks Monday to Sunday
    weeks = {(o - 1) // 7 for o in days}
    of = max(weeks) - min(weeks) + 1
    return (len(weeks), of) if len(weeks) >= FAR_WEEKLY_MIN_WEEKS and len(weeks) >= FAR_WEEKLY_SHARE * of else None


def _home_offsets_h(home: str, slot: int) -> list[float]:
    """Home's clocks' UTC offsets (hours) at UTC hour ``slot``; [] for a country with no zone."""
    from .moves import country_offsets  # the zones' reading; moves imports nothing of this module at load

    return sorted(o / 4 for o in country_offsets(home, slot))


def _day_sleeper(home: str, home_slots: Sequence[int], lull_utc_h: float) -> bool:
    """Whether the quiet hours' centre (``lull_utc_h``, UTC) lies between :data:`DAY_SLEEP_FROM_H` and
    :data:`DAY_SLEEP_TO_H` on each of home's clocks (at the middle home login): a night worker asleep by day."""
    if not home_slots:
        return False
    offs = _home_offsets_h(home, home_slots[len(home_slots) // 2])
    return bool(offs) and all(DAY_SLEEP_FROM_H <= (lull_utc_h + o) % 24 < DAY_SLEEP_TO_H for o in offs)


def _hour_span(home: str, slots: Sequence[int]) -> tuple[int, int]:
    """The shortest run of local hours (home's first clock at each slot) holding every one of ``slots``:
    (first, end), the end exclusive, 0–24 (19–22 logins: (19, 23); across midnight, 23–01: (23, 2))."""
    hours = set()
    for s in slots:
        offs = _home_offsets_h(home, s)
        hours.add(int(s % 24 + (offs[0] if offs else 0.0)) % 24)
    ordered = sorted(hours)
    # the widest gap between two hours used (round the clock) is where the span is not
    gaps = [((ordered[(i + 1) % len(ordered)] - h) % 24 or 24, i) for i, h in enumerate(ordered)]
    _, i = max(gaps)
    first = ordered[(i + 1) % len(ordered)]
    end = (ordered[i] + 1) % 24
    return first, end or 24


def _clock_shifts(home: str, cc: str, days: Sequence[date]) -> list[float]:
    """The hours country ``cc``'s clocks are ahead of ``home``'s (ISO alpha-2; each pair) on the middle of ``days``:
    a stay there moves the quiet hours' UTC centre back by one of them. [] for a country with no zone."""
    from .moves import country_offsets

    mid = days[len(days) // 2].toordinal() * 24 + 12
    return sorted({(a - b) / 4 for a in country_offsets(cc, mid) for b in country_offsets(home, mid)})


def _clock_apart_h(shifts: Sequence[float]) -> float:
    """The hours of the day between home's clock and another country's nearest (``shifts``: its clocks ahead of
    home's, :func:`_clock_shifts`), round the clock: all a day's quiet hours can tell. A clock 22 h behind is 2 h
    ahead: Honolulu (UTC−10) keeps Auckland's (UTC+12, +13 in the southern summer) hours of the day 1–2 h off, and a
    US exit's days on Auckland's clock read "on the US's own clock", the US never set aside (T37 H4: 54 summer
    weekends "in the US"). 0 for none."""
    from .timezone import circ_diff_hours

    return min((abs(circ_diff_hours(s, 0.0)) for s in shifts), default=0.0)


def _hours_off(x: float, span: tuple[float, float]) -> float:
    """The hours (round the clock) from UTC hour ``x`` to the span ``(first, last)`` of UTC hours, 0 within it."""
    from .timezone import circ_diff_hours

    t = circ_diff_hours(x, span[0])
    if 0 <= t <= span[1] - span[0]:
        return 0.0
    return min(abs(t), abs(circ_diff_hours(x, span[1])))


@dataclass(slots=True)
class _HomeClock:
    """Home's clock: the quiet hours' UTC centre of home's days by the kind of night they are (:meth:`lie_in`), a
    day elsewhere compared with home's days of its own kind. Its weekend days were compared with home's weekdays
    once, and the weekend's later sleep and later waking cancelled a 3 h eastward shift: a London resident's
    every-other-weekend Istanbul stays kept "London's clock" (T36B). A kind home has too few days of (every
    weekend behind a VPN or away) is read from the other, within :data:`LIE_IN_MAX_H` of it."""

    day_hists: Mapping[date, Sequence[int]]
    home: str
    #: the quiet hours' centre of home's days, UTC hours
    lull_utc_h: float
    #: {weekend night: home's centre (UTC hours) for its kind of night, None with too few days}
    centres: dict[bool, float | None]
    #: the UTC hour slot of home's middle day's noon (its clock's offset for :meth:`fits_home`)
    mid_slot: int = 0
    #: home's days read (with activity), ascending: its daily profile for a stay's edges (:func:`_clock_exit_slots`)
    days: tuple[date, ...] = ()

    @classmethod
    def of(cls, day_hists: Mapping[date, Sequence[int]], home: str,
           home_days: Sequence[date]) -> _HomeClock | None:
        """Home's clock read from ``home_days`` with activity, or None for fewer than :data:`CLOCK_EXIT_MIN_DAYS`."""
        from .timezone import lull_mid_hours, presence_hist

        here = [d for d in home_days if d in day_hists]
        if len(here) < CLOCK_EXIT_MIN_DAYS:
            return None
        clock = cls(day_hists, home, lull_mid_hours(presence_hist(day_hists, here)), {},
                    here[len(here) // 2].toordinal() * 24 + 12, tuple(here))
        kinds: dict[bool, list[date]] = {False: [], True: []}
        for d in here:
            kinds[clock.lie_in(d)].append(d)
        clock.centres = {k: lull_mid_hours(presence_hist(day_hists, v)) if len(v) >= CLOCK_EXIT_MIN_DAYS else None
                         for k, v in kinds.items()}
        return clock if any(c is not None for c in clock.centres.values()) else None

    def lie_in(self, d: date) -> bool:
        """Whether the quiet hours of UTC day ``d`` (centred at :attr:`lull_utc_h`) are a weekend night on home's
        clock: the local date at their centre a Saturday or Sunday (after a Friday's or a Saturday's evening)."""
        offs = _home_offsets_h(self.home, d.toordinal() * 24 + int(self.lull_utc_h))
        local_h = self.lull_utc_h + (offs[len(offs) // 2] if offs else 0.0)
        return date.fromordinal(d.toordinal() + math.floor(local_h / 24)).weekday() >= 5

    def _span(self, weekend: bool) -> tuple[float, float]:
        """Home's centre for the kind of night (UTC hours) as a span: the other kind's, the lie-in added, without."""
        own, other = self.centres[weekend], self.centres[not weekend]
        if own is not None:
            return own, own
        assert other is not None
        return (other, other + LIE_IN_MAX_H) if weekend else (other - LIE_IN_MAX_H, other)

    def fits_home(self, shifts: Sequence[float]) -> bool:
        """Whether home's days' quiet hours lie within two SDs of a night's (:data:`~.timezone.LULL_MID_MEAN_H` ±
        :data:`~.timezone.LULL_MID_SD_H`, local) on home's clock, or nearer it than on the other country's
        (``shifts``: its clocks ahead of home's): else keeping home's clock is no exit's sign (a VPN switching exits
        day by day, Germany and the US, the logins on the US's night: either country could be home, the activity
        no German's). A day sleeper's (centred from :data:`DAY_SLEEP_FROM_H` to :data:`DAY_SLEEP_TO_H` on home's
        clock) fits too: a night worker's days elsewhere are compared with home's day sleep (T37 H5: a Berlin
        night worker's US exit Friday to Sunday, asleep 08–15:30 on Berlin's clock throughout, was 104 trips)."""
        from .timezone import LULL_MID_MEAN_H, LULL_MID_SD_H, circ_diff_hours

        offs = _home_offsets_h(self.home, self.mid_slot)
        local = self.lull_utc_h + (offs[len(offs) // 2] if offs else 0.0)
        off = abs(circ_diff_hours(local, LULL_MID_MEAN_H))
        return off <= 2 * LULL_MID_SD_H or DAY_SLEEP_FROM_H <= local % 24 < DAY_SLEEP_TO_H \
            or all(off < abs(circ_diff_hours(local + s, LULL_MID_MEAN_H)) for s in shifts)

    def night_there(self, days: Sequence[date], shifts: Sequence[float]) -> bool:
        """Whether home's days are a day sleeper's (:func:`_day_sleeper`'s band on home's clock) and ``days``' quiet
        hours' centre, read on one of the other country's clocks (``shifts``: ahead of home's), lies nearer a night's
        (:data:`~.timezone.LULL_MID_MEAN_H`) than home's centre: a night worker's holiday lived by day on the
        place's clock (a Berliner asleep 08–16 at home, 23:30–07 in New York, is 2 h off home's centre and on
        New York's night; T38 M1: the holiday was "No trips abroad seen" beside a US exit at weekends)."""
        from .timezone import LULL_MID_MEAN_H, circ_diff_hours, lull_mid_hours, presence_hist

        offs = _home_offsets_h(self.home, self.mid_slot)
        off = offs[len(offs) // 2] if offs else 0.0
        here = [d for d in days if d in self.day_hists]
        if not here or not shifts or not DAY_SLEEP_FROM_H <= (self.lull_utc_h + off) % 24 < DAY_SLEEP_TO_H:
            return False
        c = lull_mid_hours(presence_hist(self.day_hists, here))
        mid = here[len(here) // 2].toordinal() * 24 + 12
        local = c + (_home_offsets_h(self.home, mid) or [off])[0]
        night = min(abs(circ_diff_hours(local + s, LULL_MID_MEAN_H)) for s in shifts)
        return night < abs(circ_diff_hours(c, self.lull_utc_h))

    def keeps(self, days: Sequence[date], shifts: Sequence[float], min_days: int = CLOCK_EXIT_MIN_DAYS,
              near: bool = False, mixed: bool = False) -> bool | None:
        """Whether the activity on ``days`` keeps home's clock: its quiet hours' centre, per kind of night (of
        :data:`CLOCK_KIND_MIN_DAYS` days or more), within :data:`CLOCK_KEEP_H` of home's (weighted by days) and
        nearer it than moved back by any of ``shifts`` (the other country's clocks ahead of home's: a stay there
        read on its clock; with ``near``, clocks too near home's to tell, :func:`_far_weekly`, within is enough);
        None for fewer than ``min_days`` days with activity so compared. With ``mixed`` (a stay's days), where the
        kinds of :data:`CLOCK_KIND_MIN_DAYS` days or more hold fewer than ``min_days`` but all the days hold that
        many, all are read together against home's span from one kind's centre to the other's (T38 M2: a
        Berliner's Tuesday–Sunday New York holiday had two weekday and two weekend nights after its first day, none
        read, and vanished beside a US exit at weekends; Tuesday–Monday three weekday nights, fewer than a stay's
        four)."""
        from .timezone import circ_diff_hours, lull_mid_hours, presence_hist

        kinds: dict[bool, list[date]] = {False: [], True: []}
        for d in days:
            if d in self.day_hists:
                kinds[self.lie_in(d)].append(d)
        parts = [(len(v), lull_mid_hours(presence_hist(self.day_hists, v)), self._span(k))
                 for k, v in kinds.items() if len(v) >= CLOCK_KIND_MIN_DAYS]
        if mixed and sum(p[0] for p in parts) < min_days <= len(kinds[False]) + len(kinds[True]):
            ends = [*self._span(False), *self._span(True)]
            offs = [circ_diff_hours(x, ends[0]) for x in ends]
            both = kinds[False] + kinds[True]
            parts = [(len(both), lull_mid_hours(presence_hist(self.day_hists, both)),
                      (ends[0] + min(offs), ends[0] + max(offs)))]
        n = sum(p[0] for p in parts)
        if n < min_days or not shifts:
            return None
        kept = sum(k * _hours_off(c, span) for k, c, span in parts) / n
        moved = min(sum(k * _hours_off(c + s, span) for k, c, span in parts) / n for s in shifts)
        return kept <= CLOCK_KEEP_H and (near or kept < moved)


def clock_kept_gap(day_hists: Mapping[date, Sequence[int]] | None, home: str, cc: str, days: Sequence[date],
                   home_days: Sequence[date]) -> float | None:
    """The hours between country ``cc``'s nearest clock and ``home``'s (ISO alpha-2; on the middle of ``days``, its
    days) where they are :data:`CLOCK_EXIT_H` or more and the activity of ``days`` keeps ``home_days``' clock
    (:meth:`_HomeClock.keeps`, weekend nights with home's weekend nights; ``day_hists``: UTC day → 96 quarter-hour
    presences); else None. The weekend second home's gate (:func:`~.place.weekend_split`'s caller: T36 H2)."""
    if not day_hists or not days:
        return None
    shifts = _clock_shifts(home, cc, days)
    gap = min((abs(s) for s in shifts), default=0.0)
    clock = _HomeClock.of(day_hists, home, home_days) if _clock_apart_h(shifts) >= CLOCK_EXIT_H else None
    return gap if clock is not None and clock.keeps(days, shifts) else None


def _runs(days: Sequence[int], apart: set[int]) -> list[list[int]]:
    """``days`` (ascending ordinals) cut into runs whose neighbours are at most two days apart, no day of ``apart``
    between them (a day with no login in a stay does not end it; a day with one elsewhere does)."""
    runs: list[list[int]] = []
    for o in days:
        if runs and o - runs[-1][-1] <= 2 and not any(x in apart for x in range(runs[-1][-1] + 1, o)):
            runs[-1].append(o)
        else:
            runs.append([o])
    return runs


def _home_day_near(at_home: Sequence[int], day: int, side: int) -> bool:
    """Whether a day of ``at_home`` (ascending day ordinals) lies within :data:`CLOCK_EXIT_AROUND_DAYS` before
    (``side`` -1) or after (1) ``day``, or on it."""
    if side < 0:
        i = bisect.bisect_right(at_home, day)
        return i > 0 and day - at_home[i - 1] <= CLOCK_EXIT_AROUND_DAYS
    i = bisect.bisect_left(at_home, day)
    return i < len(at_home) and at_home[i] - day <= CLOCK_EXIT_AROUND_DAYS


def _clock_exits(found: ProxyExits, kept: set[tuple[int, str]], ip_hours: Mapping[tuple[int, str], int],
                 by_cc: Mapping[str, list[int]], days_of: Mapping[str, set[int]],
                 day_hists: Mapping[date, Sequence[int]],
                 logins: tuple[list[int], list[frozenset[str]]] | None = None,
                 read: tuple[float, dict[int, str]] | None = None) -> None:
    """Adds to ``found`` (and ``kept``, the slots set aside) the countries not yet exits whose clocks are all
    :data:`CLOCK_EXIT_H` or more from home's on the middle of their login days and whose days' activity keeps home's
    clock (:class:`_HomeClock`; home's days: those whose logins are all home's or an exit's, read again with each
    exit found, to :data:`CLOCK_EXIT_ROUNDS` times: every weekend behind a US exit or in Istanbul leaves home's
    weekend clock to the exit's days). A country's days are the nights :func:`slept_in` places there where
    :data:`CLOCK_EXIT_MIN_DAYS` are (a Friday's evening logins there follow a night at home), else its login days.
    Its stays on its own clock (:data:`CLOCK_STAY_MIN_NIGHTS`) are trips, kept out, with the logins from the last
    one elsewhere before the stay to the first one after it: a Berlin resident's US exit at weekends set two 10-day
    New York holidays aside (T36B). ``logins``: :func:`_sorted_logins` of ``ip_hours``, and ``read``: a quiet hours'
    centre and the nights :func:`slept_in` placed around it, where :func:`find_exits` has them (the same nights where
    home's clock has that centre)."""
    home = found.home
    at_home = sorted(days_of[home])
    # the countries other than home logged in each day (the distance rule's exits' slots left out)
    away: dict[int, set[str]] = defaultdict(set)
    for cc, slots in by_cc.items():
        for s in slots:
            if cc != home and (s, cc) not in kept:
                away[s // 24].add(cc)
    wanted: dict[str, tuple[list[float], float]] = {}
    weekly: dict[str, tuple[int, int]] = {}
    for cc in sorted(by_cc):
        if cc == home or cc in found.logins:
            continue
        own = sorted(days_of[cc])
        # among days at home: a home day within CLOCK_EXIT_AROUND_DAYS before and after most of its days (a move's
        # logins, the old country's in one run before the new one's, at the same UTC hours, are no exit)
        around = sum(1 for o in own if _home_day_near(at_home, o, -1) and _home_day_near(at_home, o, 1))
        shifts = _clock_shifts(home, cc, [date.fromordinal(o) for o in own])
        gap = min((abs(s) for s in shifts), default=0.0)
        if around >= EXIT_WITH_HOME_SHARE * len(own) and shifts and (
                _clock_apart_h(shifts) >= CLOCK_EXIT_H or (held := _far_weekly(home, cc, own)) is not None):
            wanted[cc] = (shifts, gap)
            if _clock_apart_h(shifts) < CLOCK_EXIT_H:
                weekly[cc] = held  # a clock too near to tell: the weeks do (T38 M3)
    exits: dict[str, list[int]] = {}
    nights: dict[int, str] | None = None
    for _ in range(CLOCK_EXIT_ROUNDS):
        clock = _HomeClock.of(day_hists, home, [date.fromordinal(o) for o in at_home if away[o] <= exits.keys()])
        if clock is None:
            break
        if nights is None:
            nights = read[1] if read is not None and read[0] == clock.lull_utc_h else \
                slept_in(ip_hours, clock.lull_utc_h, logins)
        found_now = {cc: slots for cc, (shifts, gap) in wanted.items()
                     if clock.fits_home(shifts)
                     and (slots := _clock_exit_slots(clock, cc, shifts, by_cc, nights, cc in weekly))}
        if found_now == exits:
            break
        exits = found_now
    for cc, slots in exits.items():
        found.logins[cc] = sum(ip_hours[(s, cc)] for s in slots)
        found.days[cc] = len({s // 24 for s in slots})
        if cc in weekly:
            found.weekly[cc] = weekly[cc]
        else:
            found.clock[cc] = wanted[cc][1]
        kept.update((s, cc) for s in slots)


def _on_own_clock(day_hists: Mapping[date, Sequence[int]] | None, home: str, cc: str,
                  days_of: Mapping[str, set[int]], days: set[int]) -> bool:
    """Whether the activity on ``days`` (day ordinals of country ``cc``'s logins switching with ``home``'s faster
    than travel allows) is on ``cc``'s clock, :data:`CLOCK_EXIT_H` or more from home's (home's clock read from its
    days with no login elsewhere; :meth:`_HomeClock.keeps` False): then ``cc`` is where the person is and home's
    logins the exit on them, and ``cc`` is never set aside (a Berlin resident moved to Tokyo, a German VPN each
    evening, was "You live in Germany", the Japanese logins set aside; the clock and the move now read them)."""
    if not day_hists:
        return False
    others = set().union(*(v for k, v in days_of.items() if k != home))
    dated = [date.fromordinal(o) for o in sorted(days)]
    shifts = _clock_shifts(home, cc, dated)
    if _clock_apart_h(shifts) < CLOCK_EXIT_H:
        return False  # a clock of cc keeps home's hours of the day (round the clock): the activity tells no cc
    clock = _HomeClock.of(day_hists, home, [date.fromordinal(o) for o in sorted(days_of[home] - others)])
    return clock is not None and clock.keeps(dated, shifts) is False


def _clock_exit_slots(clock: _HomeClock, cc: str, shifts: Sequence[float], by_cc: Mapping[str, list[int]],
                      nights: Mapping[int, str], near: bool = False) -> list[int]:
    """Country ``cc``'s login slots that are a clock exit (:func:`_clock_exits`), its stays on its own clock left
    out (from the journey there to the journey back: their first and last days on home's clock, behind the exit at
    home, are the exit's, :func:`_edge_days_on_home_clock`, :func:`_journey_start`); [] where its days do not keep
    home's clock (``near``: a far weekly country's clocks too near home's to tell, :func:`_far_weekly`; kept
    within :data:`CLOCK_KEEP_H` is enough)."""
    from .timezone import presence_hist, utc_profile

    stays: list[tuple[float, float]] = []  # UTC hour slots between which its logins are a stay's
    own = sorted(by_cc[cc])
    logp: list[float] | None = None
    elsewhere = sorted({s for k, ss in by_cc.items() if k != cc for s in ss})
    # days with logins there alone: a VPN's days hold home's logins too, a holiday's do not (its first day, the
    # journey's, is the last elsewhere's)
    apart = {s // 24 for s in elsewhere}
    seen = sorted(set(own) | set(elsewhere))
    for run in _runs(sorted({s // 24 for s in own} - apart), apart):
        # the run's first day's quiet hours come before its first login there: read from the next day on
        inside = [date.fromordinal(o) for o in run[1:]]
        if len(run) <= CLOCK_STAY_MIN_NIGHTS:
            continue
        # the country's clocks on the run's own dates: a summer stay read by a winter shift is off by the hour a
        # near clock's whole gap is (a Johannesburg resident's October in London, 1 h behind, read 2 h behind,
        # was as near home's clock as London's: T38 M3)
        here = _clock_shifts(clock.home, cc, inside) if inside else shifts
        held = clock.keeps(inside, here, CLOCK_STAY_MIN_NIGHTS, mixed=True)
        by_day = held is not False and clock.night_there(inside, here)
        if not by_day and held is not False:
            continue
        i = bisect.bisect_left(elsewhere, own[bisect.bisect_left(own, run[0] * 24)])
        j = bisect.bisect_right(elsewhere, own[bisect.bisect_left(own, run[-1] * 24 + 24) - 1])
        first: float = elsewhere[i - 1] if i else -math.inf
        last: float = elsewhere[j] if j < len(elsewhere) else math.inf
        # its first and last days on home's clock are the exit's (a US exit's weekend right after a New York
        # holiday, no German login between: T37 M1), the stay's clock the one of its own its days fit best; where its
        # first day keeps home's clock (begun at home: the journey's, behind the exit), its logins the day before are
        # not the stay's either (a Friday evening behind the exit before a holiday begun on the Saturday), nor those
        # the day after its last such day
        days = [date.fromordinal(o) for o in run if date.fromordinal(o) in clock.day_hists]
        if logp is None:
            logp = utc_profile(clock.day_hists, clock.days)
        hist = presence_hist(clock.day_hists, days)
        move = max((round(x * 4) for x in here), key=lambda m: _fit(hist, logp, m))
        gains = _stay_profile_gains(days, clock.day_hists, logp) if by_day else \
            _home_clock_gains(days, clock.day_hists, logp, move)
        edges = _edge_days_on_home_clock(days, gains)
        inner = [d.toordinal() for d in days if d not in edges]
        if inner[0] != days[0].toordinal():
            first = max(first, inner[0] * 24 - 1)
        elif gains[0] > 0:
            first = max(first, _journey_start(seen, first, run[0], travel_hours(country_gap_km(clock.home, cc) or 0.0)))
        if inner[-1] != days[-1].toordinal() or gains[-1] > 0:
            last = min(last, inner[-1] * 24 + 24 if inner[-1] != days[-1].toordinal() else run[-1] * 24 + 24)
        stays.append((first, last))
    rest = [o for o, c in nights.items() if c == cc and not any(a < o * 24 + clock.lull_utc_h < b for a, b in stays)]
    slots = [s for s in by_cc[cc] if not any(a < s < b for a, b in stays)]
    # its days outside its stays about as many as home's (CLOCK_EXIT_MAX_DAYS_RATIO): no exit. Waking days, as the
    # quiet hours end them (a night worker's day of logins spans two UTC dates: a US exit Friday to Sunday, 3 days
    # for home's 4, was 4 UTC days for 5), its stays left out (a 10-day New York holiday of that night worker's
    # put it over the ratio)
    if len({waking_day(s, clock.lull_utc_h) for s in slots}) >= CLOCK_EXIT_MAX_DAYS_RATIO * len(
            {waking_day(s, clock.lull_utc_h) for s in by_cc[clock.home]}):
        return []
    judged = rest if len(rest) >= CLOCK_EXIT_MIN_DAYS else sorted({s // 24 for s in slots})
    return slots if slots and clock.keeps([date.fromordinal(o) for o in judged], shifts, near=near) else []


def _journey_start(seen: Sequence[int], first: float, day: int, need: float) -> float:
    """Where a stay begun on UTC day ``day`` at home starts (a UTC hour slot, exclusive): after the last gap between
    two login hours (``seen``, ascending) long enough for the journey there (``need`` hours, :func:`travel_hours`)
    that begins at ``first`` (the last login elsewhere before the stay) or later, and on that day at the latest (the
    morning's login behind the exit at home, the flight, the evening there); else the day's start."""
    start = day * 24 - 1.0
    i = bisect.bisect_left(seen, first) if first > -math.inf else 0
    for p, q in zip(seen[i:], seen[i + 1:], strict=False):
        if p >= day * 24 + 24:
            break
        if q - p - 1 >= need:
            start = q - 0.5
    return start


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
    ``ctx.proxy_exits``; the clock aggregator's days on ``ctx.clock_days``. Runs once, before any finding is made
    (:func:`dataexam.inference.infer`)."""
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
    exits = find_exits(hours, getattr(zp, "ip_towns", None), _lull_utc(ctx), days) if hours else None
    ctx.proxy_exits = exits
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


def say_exits(ctx: Any) -> None:
    """Says the exits set aside (``ctx.proxy_exits``) in the time-zone, home and trips findings: a caveat
    (:func:`exits_sentence`), the value's ``proxy_exits`` (:meth:`ProxyExits.as_value`) where the value is a dict,
    and the confidence basis. Nothing without exits."""
    exits = getattr(ctx, "proxy_exits", None)
    if exits is None:
        return
    said = exits_sentence(exits)
    total = sum(exits.logins.values())
    for fid in ("timezone", "home", "trips"):
        f = ctx.findings.get(fid)
        if f is None:
            continue
        f.caveats = [*f.caveats, said]
        if isinstance(f.value, dict):
            f.value["proxy_exits"] = exits.as_value()
        f.confidence_basis += (f"; {count_phrase(total, 'login')} from "
                               f"{', '.join(sorted(exits.logins))} set aside as a VPN or proxy exit "
                               + (f"(switching with {exits.home} faster than travel allows)" if not exits.evening
                                  else f"(switching with {exits.home} faster than travel allows, or only in the "
                                  f"evenings of days at home: {', '.join(sorted(exits.evening))})")
                               + (f"; only inside days at home: {', '.join(sorted(exits.inside))}" if exits.inside
                                  else "")
                               + (f"; their days' activity keeps {exits.home}'s clock: "
                                  f"{', '.join(sorted(exits.clock))}" if exits.clock else "")
                               + (f"; far, every week, on {exits.home}'s clock: {', '.join(sorted(exits.weekly))}"
                                  if exits.weekly else ""))
