"""Moves, stays and trips: when the home changed country or town (the home finding's ``moved``: its
``from``/``to``/``until``/``since`` and ``periods``), the stays abroad away from it (the ``trips`` finding: runs of
days in another country, one still open at the export's end, silent gaps, one-day sightings the clock may confirm)
and the night-bound days a move is dated by — read by :class:`~.place.PlaceAggregator`, beside :mod:`.stays` (which
marks a period under a year between two periods in one other country as a stay abroad).

Data shapes: the aggregator's login/IP countries per packed UTC hour slot (``hourly_country``: a
:class:`.addresses.SlotCounts` of (``ordinal day × 24 + hour``, place id) → count; ``place_ids``/``place_keys`` map the
country codes), a slot's local (date, hour) on the person's clock (``_local``), the shipping towns (``shipping``:
:class:`.shipping.ShippingPlaces`, per town and quarter) and the active days; a move history is
``[{country, from, until}, …]`` with ISO days. Sources: logins and other IP-bearing records of Facebook and X
(countries by ``iptocc``), Facebook's own per-login place and its location records (check-ins and geotags are places
visited: they never date a move, but a trip's days count them, ``hourly_placed``), and the shipping and billing towns of
Amazon orders (``inference/shipping.py``).
Without ``include_sensitive`` a day whose own record is at night is said in its withheld form (``NightGate.day``:
"withheld Sat 01:00"), the months kept.

Pure rules are module functions (:func:`two_runs`, :func:`moves_and_back`, :func:`orders_before_move`,
:func:`orders_in_earlier_period`, :func:`say_open_stay`, :func:`clock_gap`, :func:`same_clock`,
:func:`add_trips_seen_by_clock`). :class:`MovesMixin` holds the rest as methods of the
aggregator: each reads several of its per-slot counters, its cached local-day view (``_local``, ``_there``,
``_countries``, ``_utc_day``), its commutes and its dated move (``_moved_dated``), which the home, trips and shipping
rules share — passing them
explicitly would hand over most of the aggregator. Moved out of ``place.py`` by concern (thirty-first pass),
unchanged.
"""

from __future__ import annotations

import functools
import itertools
import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Mapping, Sequence
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..events import format_time
from ..wording import and_list, count_phrase, day_text
from . import gazetteer, literature
from .engine import Context
from .model import Confidence, Evidence, EvidenceItem, Finding
from .proxies import slept_in, waking_day
from .sensitive import (  # night, defined once
    MOVE_WITHHELD,
    NIGHT_FROM_H,
    NIGHT_TO_H,
    TIME_WITHHELD,
    NightGate,
    is_night,
    spoken,
    spoken_bound,
    spoken_span,
    window_month,
    withheld_near,
)
from .shipping import ShipHome
from .stays import STAY_ABROAD_MAX_DAYS, mark_stays, seasonal_homes, stay_periods, stay_text
from .timezone import lull_mid_hours, presence_hist
from .zoneprior import country_zones, offset_hours, zone_countries

# Days in one foreign country with no home day seen between them are one stay up to this many days apart: someone
# who logs in once a week during six weeks abroad made six "trips" with the 3 days allowed before (the
# twenty-fourth pass's tester, N9). A home day seen between ends a stay (two visits, home between, are two trips).
STAY_GAP_DAYS = 14
# A move (:meth:`MovesMixin._move`): two runs of days, one country each, each on at least this many days and
# holding this share of its side's days; a later run shorter than MOVE_SHORT_DAYS (the records end) is low
MOVE_MIN_DAYS = 30
MOVE_MIN_SHARE = 0.8
MOVE_SHORT_DAYS = 90
# A run between two others (a move and a move back) is a period of its own only from four months on: a shorter one
# is a long trip (three months in New York were a "move" and the trips finding saw none: the final tester's N3);
# at half a year, four or five months abroad left the home "unclear" (two thirds of the logins: the last tester)
MOVE_BACK_MIN_DAYS = 120
# … and a run of sparse logins (one day in three, or a week) is as long as the calendar days it spans, from this many
# login days on (a majority of majority_runs' 15-day window): MOVE_MIN_DAYS counted login days, as if one logged in
# daily, so a Berlin/Tenerife life with weekly logins folded its seasons of 22–33 login days into one another
# (home "unclear … 59% of the days", SEASONS3) and one with logins every third day lost its last season (Nov–Dec:
# 18 login days) into the one before
MOVE_SPARSE_MIN_DAYS = 8
# A run at the archive's first or last day (the earlier home before a move, the later one after it) is a period of
# its own only from MOVE_SHORT_DAYS calendar days on or from EDGE_STAY_MAX_SHARE of the archive's span: a shorter one
# is a stay abroad the records begin or end in (its length unknown), a trip. A Berliner's last 35 days in New York
# were "United States since Dec 2024" (low), and with 30 days there at both edges the first was a trip and the last
# a move (T38B); a move four months before the end is a period of its own. Both edges alike
# (:func:`edge_stay`); a run between two others needs MOVE_BACK_MIN_DAYS.
EDGE_STAY_MAX_SHARE = 0.25
# A trip: seen on at least this many days, by at least this many kinds of record.
TRIP_MIN_DAYS = 2
TRIP_MIN_SOURCES = 2
TRIP_SINGLE_SOURCE_DAYS = 4  # a longer run seen by one kind of record only (logins) still counts
# A shorter run seen by logins alone is a stay (a trip) when its records abroad span at least TRIP_STAY_NIGHTS local
# midnights and no record at home falls between its first and last record abroad (the fortnightly Tue–Thu New York
# trip of a Berlin consultant, logins only: 52 such stays were "unconfirmed sightings" and the trips "unclear — too
# noisy", the pass-36 tester's TRAVEL). A VPN exit used at home is interleaved with the home's logins; a stay is not
TRIP_STAY_NIGHTS = 2
# Record-free gaps (T28C M3: a person silent 2–3 weeks three times a year on the same dates was "No trips abroad",
# high): a run of SILENT_MIN_DAYS–SILENT_MAX_DAYS days with no own record at all, between months with records on at
# least SILENT_ACTIVE_SHARE of their days (a sparse poster's gaps say nothing), "recurs" when another year has one whose
# middle is within SILENT_SAME_DATES_DAYS of its calendar date; with SILENT_MIN_RECURRING such gaps "no trips" is
# at most low (a trip without a record looks like this; so does a yearly break from the platforms).
SILENT_MIN_DAYS = 10
SILENT_MAX_DAYS = 45
SILENT_ACTIVE_SHARE = 0.5
SILENT_AROUND_DAYS = 30  # … of the days on each side of a gap
SILENT_SAME_DATES_DAYS = 15
SILENT_MIN_RECURRING = 2
# Days abroad placed by check-ins or geotags (LOCATED_SOURCES) at most this many days apart are one stay, even with
# home-country logins between them: EU mobile roaming is home-routed, so a German SIM in Mallorca logs in from a
# German address (the twenty-fourth pass's tester: a summer of check-ins in Palma read as "No trips abroad")
LOCATED_GAP_DAYS = 7
# A daily commute across a border (Lörrach → Basel, Johor Bahru → Singapore: T26B's H2, 80 and 24 "trips abroad" at
# high): a foreign country whose nearest clock is under TRIP_CLOCK_GAP_H hours from home's, seen on at least
# COMMUTE_MIN_DAYS days, in at least COMMUTE_MIN_WEEKS calendar weeks that
# also have a day at home, with at least COMMUTE_WORK_SHARE of its records on weekdays 06–20 on its own clock, is
# where the person works; its runs of days are trips only where records there fall outside those hours (an evening,
# a night, a weekend day) on at least COMMUTE_TRIP_OFF_DAYS of their days — one late evening at work is overtime
COMMUTE_MIN_DAYS = 10
COMMUTE_MIN_WEEKS = 4
COMMUTE_WORK_SHARE = 0.9
COMMUTE_TRIP_OFF_DAYS = 2
WORK_FROM_H, WORK_TO_H = 6, 20
# A day with a record in the home country from this local hour on ends at home, whatever else it saw: its night was
# spent at home, so it is no day of a trip (a commuter's day at work; the day one comes back)
EVENING_FROM_H = 18
# A foreign country seen on one day only by at least TRIP_MIN_SOURCES kinds of record, whose nearest clock is at least
# TRIP_CLOCK_GAP_H hours from the chosen zone's, is a trip when the person's own records on the nights into and out
# of that day and the next (none past a day seen at home) hold at least TRIP_CLOCK_RECORDS inside her usual sleep
# window (the clock's final reading, once the other trips' nights are left out of it): awake in the
# home night is the waking day on the other clock (T28C, CLOCK2: a flight attendant's 2-day stays with logins on one
# of the days, 26 "unconfirmed sightings"; their nights were then listed as late nights). A VPN exit used on a day
# without such records stays unconfirmed; a night worker's nights are read against her own (day) sleep.
TRIP_CLOCK_GAP_H = 3.0
TRIP_CLOCK_RECORDS = 2
# A country's records no more than this many hours apart are read on one of its clocks (MovesMixin._stay_clocks)
STAY_CLOCK_GAP_H = 48
# On a clock TRIP_CLOCK_GAP_H hours or less from home's (Dubai from Berlin, 2–3 h: CLOCK3's attendant, 6 of her stays
# missed) the night cannot tell a stay from a late evening at home, so the places themselves must: a sighting seen by
# TRIP_MIN_SOURCES kinds of record (or one and an own order shipped to that country within TRIP_NEAR_ORDER_DAYS days)
# is a trip unless records at home fall between its records or within TRIP_NEAR_CLEAR_H hours on both sides of them —
# a VPN exit used while awake at home is interleaved with the home's records of the same day and night, a stay
# abroad has the journey on at least one side (a flight of a few hours, and the night there).
TRIP_NEAR_CLEAR_H = 12
TRIP_NEAR_ORDER_DAYS = 2
# A short stay's records there and the records at home may share hours at its edges only: home's last evening and
# the first morning there, or its last evening and home's next morning, on clocks 12–19 h apart (a Honolulu
# resident's Tuesday-to-Thursday in Tokyo, home's Monday 23:00 09:00 UTC, Tokyo's Tuesday 08:48 23:48 UTC the day
# before; records dated on the wrong clock). Records at home within this many hours of the stay's first or last
# record there leave the stay between them (MovesMixin._clear_stay): a VPN exit is interleaved with home's records
# all through (T42: Honolulu → Germany / Japan, Los Angeles / Anchorage → Japan, Kamchatka → New York 3-day trips
# "No trips abroad seen", high).
TRIP_EDGE_OVERLAP_H = 12
# More than this many unconfirmed single foreign days per confirmed trip → the IP history is noise.
NOISE_SINGLES_PER_TRIP = 5
# the night a trip's records keep clear of on its own clock and fall into on home's (MovesMixin._clock_moved)
CLOCK_NIGHT_FROM_H = 0
CLOCK_NIGHT_TO_H = 6
# a crew-like pattern (a pilot's or flight attendant's layovers): at least CREW_MIN_TRIPS short stays, nine in ten of
# them CREW_MAX_DAYS days or fewer
CREW_MIN_TRIPS = 12
CREW_MAX_DAYS = 4
#: kinds of record that place the person with coordinates or a location record of their own (not an IP block's
#: registration): a Facebook check-in (a post's place), an X tweet's geotag, a Facebook location record. The trips
#: finding takes their country over an IP's on a day both are seen (mobile roaming keeps the home country's
#: addresses abroad) and lets their days abroad a week apart make one stay
CHECK_IN_SOURCE = "facebook.check_in"
GEOTAG_SOURCE = "twitter.geotag"
LOCATED_SOURCES = frozenset({CHECK_IN_SOURCE, GEOTAG_SOURCE, "facebook.location"})


@lru_cache(maxsize=512)
def country_tz(cc: str) -> tuple[ZoneInfo, ...]:
    """The zones of a country (tzdata's zone.tab), as zoneinfo objects; () for a code zone.tab lacks ("EU")."""
    out = []
    for name in country_zones().get(cc, ()):
        try:
            out.append(ZoneInfo(name))
        except (ZoneInfoNotFoundError, ValueError):  # a zone.tab newer than the zone files
            continue
    return tuple(out)


@lru_cache(maxsize=65536)  # (country, UTC hour slot): days × countries seen
def country_offsets(cc: str, slot: int) -> frozenset[int]:
    """The UTC offsets, in quarter-hours, of a country's clocks at the middle of UTC hour ``slot`` (day ordinal × 24
    + hour): one for most countries, several for the US, Russia, Brazil …; empty for a country with no zone.

    Read once a UTC day (:func:`_steady_offsets`): only on a day one of the country's clocks changes are its zones
    read at the hour itself (issue 16: a report on a US archive read the US's 29 zones afresh at every hour it asked
    about, 2 % of its CPU)."""
    day = slot // 24
    steady = _steady_offsets(cc, day)
    if steady is not None:
        return steady
    t = slot_instant(slot)
    return frozenset(round(offset_hours(z, t) * 4) for z in country_tz(cc))


@lru_cache(maxsize=16384)  # (country, UTC day): the days covered × the countries seen
def _steady_offsets(cc: str, day: int) -> frozenset[int] | None:
    """:func:`country_offsets` at every hour of the UTC day of ordinal ``day``, where each of ``cc``'s zones keeps
    one offset from the day's 00:30 to the next day's; None where one changes in between.

    A zone's offset is the same at every hour between two readings a day apart that agree, as tzdata has no zone that
    changes its clock twice within a day (zone.tab's 418 zones: the nearest two changes of one zone lie 4 days or
    more apart); ``tests/test_perf_country_offsets.py`` compares hours of every country with the direct reading."""
    # the readings are not kept per zone and day: a cache of them held 63,000 entries (8 MB) on a US archive
    t0, t1 = slot_instant(day * 24), slot_instant(day * 24 + 24)
    out = set()
    for z in country_tz(cc):
        off = round(offset_hours(z, t0) * 4)
        if off != round(offset_hours(z, t1) * 4):
            return None
        out.add(off)
    return frozenset(out)


def slot_instant(slot: int) -> datetime:
    """The middle of UTC hour ``slot`` (day ordinal × 24 + hour), aware."""
    d = date.fromordinal(slot // 24)
    return datetime(d.year, d.month, d.day, slot % 24, 30, tzinfo=UTC)


EVIDENCE_ITEMS_MAX = 10
#: the days between a stay's last day abroad and the last active day within which it is still open at the export's
#: end, and how many days before its start a new address there may first be ordered to (a parcel sent ahead)
OPEN_STAY_END_DAYS = 7
OPEN_STAY_ORDER_SLACK_DAYS = 7


def _trips_head(trips: list[dict[str, Any]]) -> str:
    """The trips summary's head: how many, the first five with their dates, each country named as a sentence names
    it ("Mexico", "the United States"; WORD58, T55B 9: "3 trip(s) abroad: MX …" — the value keeps the codes); a trip
    whose days lie near an undated switch (:func:`undate_trips_near_move`) by its months."""
    def days(t: dict[str, Any]) -> str:
        if str(t["start"]).startswith(TIME_WITHHELD) or str(t["end"]).startswith(TIME_WITHHELD):
            if t.get("start_month") and t.get("start_month") == t.get("end_month"):  # one month once
                return spoken_bound(t["start"], t["start_month"]).replace("(day withheld", "(days withheld", 1)
            return spoken_span(t["start"], t.get("start_month") or t["start"], t["end"],
                               t.get("end_month") or t["end"])
        return f"{t['start']}–{t['end']}"

    listed = ", ".join(f"{gazetteer.country_in_text(t['country'])} {days(t)}" for t in trips[:5])
    return f"{len(trips)} trip(s) abroad: {listed}"


def home_countries(home: Mapping[str, Any] | None) -> set[str]:
    """The home finding's countries either side of its moves (ISO 3166-1 alpha-2: ``country`` or ``untold_exit``,
    each ``moved.periods[].country``, ``moved.from``) — the countries whose records the trips reading leaves out on
    the days of a withheld window (WINDOW66)."""
    if not isinstance(home, Mapping):
        return set()
    moved = home.get("moved") if isinstance(home.get("moved"), Mapping) else None
    out = {str(home.get("untold_exit") or home.get("country") or "")}
    if moved:
        out |= {str(p["country"]) for p in moved.get("periods") or () if isinstance(p, Mapping) and p.get("country")}
        if moved.get("from"):
            out.add(str(moved["from"]))
    return out - {""}


def undate_trips_near_move(trips: Finding, gate: NightGate, left_out: Collection[str] = ()) -> None:
    """Without --include-sensitive, the trips (``trips``, in place, once every finding is done: the late nights and
    the clock have read their days) whose days lie near a clock switch the time-zone finding undated (``gate``'s
    :attr:`~.sensitive.NightGate.near_move`, its windows of three whole months, on either clock and UTC) say those
    days by the window's months: ``start``/``end`` "withheld (near a night-time move) Jun–Aug 2026" with
    ``start_month``/``end_month`` "2026-06/2026-08" (:func:`~.sensitive.window_month`; WINDOW62: every record in a
    window says the same months, never its own), the home days around it (``last_home_day_before``/
    ``first_home_day_after``) so too, and the summary's head by those months (EXAMPLE60: "South Korea 3–6 Jul 2026"
    two days after the switch "withheld Tue 23:00" told which Tuesday): "South Korea Jun–Aug 2026 (days withheld:
    near a night-time move; --include-sensitive)".

    A trip with a day of its own (``start`` to ``end``) in a window has all four days withheld, and neither
    ``days_observed`` nor ``observations`` (NEAR61, T58A 3; WINDOW62, T58E: with logins a day, either counts its
    days, and one end dated beside the other withheld gave it by subtraction — "South Korea from Jul 2026 (day
    withheld …) to 2026-08-04" with ``days_observed`` 8 said its first day, 28 Jul), nor the finding's dated
    evidence lines of its days (those after the window counted back from its end the same way). A trip wholly
    outside the windows stays dated; only its home day before or after that lies in one is withheld (T58E 4: a trip
    from the 1st of the month after a window was withheld whole because the day before it lay inside) — unless the
    trip's country is one of ``left_out`` (:func:`home_countries`: the trips reading left its days in the window
    out, so a trip beside a window may have begun or ended inside it — a summer stay in the United Kingdom whose
    switch the window holds began "2022-08-01", the window's first day after, and is withheld whole)."""
    if gate.dated or not gate.near_move or not isinstance(trips.value, list):
        return
    old_head = _trips_head(trips.value)
    changed = False
    own_keys, home_keys = ("start", "end"), ("last_home_day_before", "first_home_day_after")
    dropped: list[tuple[date, date]] = []  # the real days of the trips withheld: their dated evidence lines go
    for t in trips.value:
        days = {key: t[key] for key in (*own_keys, *home_keys) if isinstance(t.get(key), str) and len(t[key]) == 10}
        own = [date.fromisoformat(days[k]) for k in own_keys if k in days]
        inside = bool(own) and (any(gate.near(d, None) for d in own) or any(
            gate.near(min(own) + timedelta(days=n), None) for n in range((max(own) - min(own)).days + 1)) or (
            t.get("country") in left_out and (gate.near(min(own) - timedelta(days=1), None)
                                              or gate.near(max(own) + timedelta(days=1), None))))
        if not inside:
            for key in home_keys:  # a trip outside: dated; a home day beside it in a window by the window
                # … or across one: the day beside the trip in a window, whose home days are not read (WINDOW66:
                # the home's logins there are left out, so the nearest read lay before the window: "2026-05-31")
                beside = (min(own) - timedelta(days=1) if key == home_keys[0] else max(own) + timedelta(days=1)) \
                    if own else None
                if key in days and (gate.near(date.fromisoformat(days[key]), None)
                                    or (beside is not None and gate.near(beside, None))):
                    t[key] = withheld_near(days[key] if gate.near(date.fromisoformat(days[key]), None)
                                           else beside.isoformat() if beside is not None else days[key], None, gate)
                    changed = True
            continue
        for key, day in days.items():
            d = date.fromisoformat(day)
            step = -1 if key == own_keys[0] else 1 if key == own_keys[1] else 0
            if step and not gate.near(d, None) and gate.near(d + timedelta(days=step), None):
                day = (d + timedelta(days=step)).isoformat()  # a left-out country's trip beside a window: its end
            if key in own_keys:  # there is the window's (its days inside were not read), never its own month
                span = gate.window(date.fromisoformat(day), None)
                t[f"{key}_month"] = window_month(span) if span is not None else day[:7]
            t[key] = withheld_near(day, None, gate)
        t.pop("days_observed", None)  # its length from a dated end would give the other (T58A 3)
        t.pop("observations", None)  # … as would its records' count, with logins a day (WINDOW62)
        dropped.append((min(own) - timedelta(days=1), max(own) + timedelta(days=1)))
        changed = True
    if dropped:
        def dated_in_trip(item: EvidenceItem) -> bool:
            if not isinstance(item.time, str) or item.time.startswith(TIME_WITHHELD) or len(item.time) < 10:
                return False
            try:
                d = date.fromisoformat(item.time[:10])
            except ValueError:
                return False
            return any(a <= d <= b for a, b in dropped)

        trips.evidence.items = [i for i in trips.evidence.items if not dated_in_trip(i)]
    if changed:
        trips.summary = trips.summary.replace(old_head, _trips_head(trips.value), 1)


def add_trips_seen_by_clock(pending: list[tuple[dict[str, Any], list[date]]], trips: Finding,
                            awake: Mapping[date, int]) -> int:
    """Add to the trips finding (in place) the candidates of ``pending`` (one-day sightings that
    :meth:`MovesMixin._clock_checkable` let through, as trip items with their local days) whose nights into
    and out of their days hold ≥ :data:`TRIP_CLOCK_RECORDS` own records inside the sleep window (``awake``: night's
    morning date → records inside the window, the clock's final reading); the summary's head, basis and evidence
    follow. Returns how many were added."""
    added = []
    for cand, days in pending:
        # the nights into its days, out of them and after the next (a stay seen by logins on its first day of two),
        # not past the days seen at home around it (as sleep.trip_night_span bounds a trip's nights)
        before, after = cand.get("last_home_day_before"), cand.get("first_home_day_after")
        lo = date.fromisoformat(before) + timedelta(days=1) if before else date.min
        hi = date.fromisoformat(after) if after else date.max
        nights = {m for d in days for k in (0, 1, 2) if lo <= (m := d + timedelta(days=k)) <= hi}
        if sum(awake.get(nd, 0) for nd in nights) >= TRIP_CLOCK_RECORDS:
            added.append(cand)
    if not added or not isinstance(trips.value, list):
        return 0
    old_head = _trips_head(trips.value)
    for cand in added:
        trips.value.append(cand)
        trips.evidence.n_support += cand["observations"]
    trips.value.sort(key=lambda t: (t["start"], t["country"]))
    trips.summary = trips.summary.replace(old_head, _trips_head(trips.value), 1)
    basis = trips.confidence_basis
    m = re.search(r"; (\d+) unconfirmed foreign sighting\(s\) not listed", basis)
    said = (f"; {count_phrase(len(added), 'trip')} seen abroad on one day only, with your records on its nights "
            f"inside your usual sleep window ({TRIP_CLOCK_RECORDS} or more: waking hours on that country's clock)")
    if m:
        left = int(m.group(1)) - len(added)
        rest = f"; {left} unconfirmed foreign sighting(s) not listed" if left else ""
        basis = basis[:m.start()] + said + rest + basis[m.end():]
    else:
        basis += said
    trips.confidence_basis = basis
    return len(added)


def slot_time(slot: int) -> datetime:
    """The start of a packed UTC hour slot (``ordinal day × 24 + hour``) as a UTC instant."""
    return datetime.fromordinal(slot // 24).replace(hour=slot % 24, tzinfo=UTC)


def _meta(f: Finding) -> dict[str, Any]:
    """The descriptive fields of a finding, to build another version of it."""
    return {"id": f.id, "title": f.title, "method": f.method, "literature": f.literature,
            "platform_says": f.platform_says}


class _MaskNames(dict):
    """Bit mask → the kind names it stands for (computed once per mask)."""

    def __init__(self, bits: dict[str, int]) -> None:
        super().__init__()
        self.bits = bits

    def __missing__(self, mask: int) -> tuple[str, ...]:
        names = tuple(k for k, b in self.bits.items() if mask & b)
        self[mask] = names
        return names


def orders_in_earlier_period(moved: Any, ship: ShipHome) -> bool:
    """Whether every order to the shipping home's town falls in an earlier period of a move the logins saw
    (``moved['periods']`` before the last) whose country is that town's (HOME2's leftover: orders to Houston
    until a move to Germany the logins date counted against Germany, the home lowered a level), and no order
    ships to that country after the period: the earlier home's town, not a disagreement."""
    if not isinstance(moved, dict) or not moved.get("periods") or not ship.first or not ship.last:
        return False
    first, last = ship.first[:10], ship.last[:10]
    return any(p["country"] == ship.country and str(p["from"])[:10] <= first and last <= str(p["until"])[:10]
               for p in moved["periods"][:-1])


def orders_before_move(base: Finding, ship: ShipHome, value: dict[str, Any], town: str,
                        caveats: list[str]) -> Finding:
    """The logins' home after their move, its orders all shipped to a town of the earlier period's country
    while the person lived there (:func:`orders_in_earlier_period`): that town is named as the earlier home's
    (``moved.town_before``), nothing is counted against the home and its confidence is the logins'."""
    moved = dict(value["moved"])
    moved["town_before"] = town
    value["moved"] = moved
    value["disagreements"] = value.get("disagreements") or None
    until = date.fromisoformat(ship.last[:10])
    summary = (f"{base.summary} Your {count_phrase(ship.orders, 'order')} shipped to {town} until "
               f"{until.strftime('%b %Y')}, while the logins place you in "
               f"{gazetteer.country_in_text(ship.country)}: the earlier home's town, not a disagreement.")
    basis = (f"{base.confidence_basis}; the orders to {town} ({ship.basis.split(' (')[0]}) all fall in the "
             f"logins' period in {gazetteer.country_in_text(ship.country)}, before the move: they speak for that "
             "time, not against the home (the confidence is the logins')")
    return Finding(value=value, confidence=base.confidence, confidence_basis=basis, evidence=base.evidence,
                   summary=summary, caveats=caveats, **_meta(base))


#: the share of an edge run's days whose months of the year its country holds again on the other side of the cut
#: (by days of that country there) that makes the run a recurring season rather than a home of its own
SEASON_RECUR_SHARE = 0.5


#: the days of a month of the year ``cc`` must hold on the other side of the cut for that month to be in its season
#: (:func:`recurring_edge`: a weekend's visit in December makes no December season)
SEASON_MONTH_MIN_DAYS = 7


def recurring_edge(edge: list[date], edge_tops: list[str], cc: str, other: list[date], other_tops: list[str]) -> bool:
    """Whether the days of ``cc`` on one side of a cut (``edge``: the archive's start or end up to the cut) are a
    season the other side repeats: they span under a year, ``cc`` holds, on the other side, at least
    :data:`SEASON_RECUR_SHARE` as many days in the same months of the year — a Winnipeg resident's New Zealand
    winter at the archive's start (1 Jan – 28 Feb 2023) beside the two later ones (Dec–Feb each year) was read as an
    earlier home, "Canada since Mar 2023 (before: New Zealand)" (T33B L2); the later ones were trips — and fewer than
    :data:`MOVE_MIN_DAYS` of the run's days fall in months outside that season (those where ``cc`` holds
    :data:`SEASON_MONTH_MIN_DAYS` days or more on the other side). A run that lasts well past the season's usual
    end is a move: a Chicago resident's three London summers, then London from June to the archive's end in March
    (212 of its 304 days outside June–August) was read as one more summer (T34 M6)."""
    mine = [d for d, top in zip(edge, edge_tops, strict=True) if top == cc]
    if not mine or (mine[-1] - mine[0]).days >= 365:
        return False
    months = {d.month for d in mine}
    held = Counter(d.month for d, top in zip(other, other_tops, strict=True) if top == cc)
    again = sum(n for m, n in held.items() if m in months)
    season = {m for m, n in held.items() if n >= SEASON_MONTH_MIN_DAYS}
    past = sum(1 for d in mine if d.month not in season)
    return again >= SEASON_RECUR_SHARE * len(mine) and past < MOVE_MIN_DAYS


def majority_runs(tops: list[str]) -> list[list[Any]]:
    """Each observed day's country smoothed by the majority of the observed days i−7 … i+7, in runs
    ``[country, first index, last index]`` (O(days)): a VPN day or a trip of a few days inside a run is no run of its
    own."""
    n = len(tops)
    half = 7
    window: Counter[str] = Counter(tops[:half])
    runs: list[list[Any]] = []
    for i in range(n):
        if i + half < n:
            window[tops[i + half]] += 1
        if i - half - 1 >= 0:
            window[tops[i - half - 1]] -= 1
        cc = window.most_common(1)[0][0]
        if runs and runs[-1][0] == cc:
            runs[-1][2] = i
        else:
            runs.append([cc, i, i])
    return runs


def _stays_before(days: list[date], tops: list[str], cc: str) -> list[int]:
    """For each cut ``i`` (0 … len(days)), how many of the days before it whose country is ``cc`` lie in its short
    runs there (:func:`majority_runs` under :data:`MOVE_BACK_MIN_DAYS` calendar days, ended before the cut): stays
    in the country moved to later, which :func:`two_runs` does not count against the earlier home. A run from the
    archive's first day is none: the earlier home was not yet home, so its days there are no stay away from it (a
    Sydney resident's nine weeks at home, then ten days in Los Angeles: the nine weeks were "stays" in Australia, the
    ten days the earlier home, "Australia since Mar 2023 (before: United States)", the nine weeks a trip)."""
    ends = [0] * (len(days) + 1)
    for run_cc, i, j in majority_runs(tops):
        if run_cc == cc and i > 0 and (days[j] - days[i]).days + 1 < MOVE_BACK_MIN_DAYS:
            ends[j + 1] += sum(1 for top in tops[i:j + 1] if top == cc)
    return list(itertools.accumulate(ends))


def edge_stay(first: date, last: date, days: list[date]) -> bool:
    """Whether a run from ``first`` to ``last`` at an edge of the archive ``days`` (its first or last day in the
    run) is a stay abroad there, not a home period (:data:`EDGE_STAY_MAX_SHARE`)."""
    lasted, span = (last - first).days + 1, (days[-1] - days[0]).days + 1
    return lasted < MOVE_SHORT_DAYS and lasted < EDGE_STAY_MAX_SHARE * span


def two_runs(days: list[date], tops: list[str]) -> dict[str, Any] | None:
    """One country before a day and another after it (:meth:`_move`'s rule) over ``days`` and their countries
    ``tops``, or None. Stays in the later country before the move (its short runs, :func:`_stays_before`) are not
    counted against the earlier side, where the later run lasts :data:`MOVE_BACK_MIN_DAYS` calendar days or more
    with no return: a Chicagoan's three London summers (a quarter of her days) and then four months in London from
    1 Dec to the archive's end were "United States" and the four months a trip (T35 MOVEDATE (d)); the later run's
    months are still checked against the earlier seasons (:func:`recurring_edge`)."""
    total = len(days)
    ranked = [c for c, _ in Counter(tops).most_common(2)]
    if len(ranked) < 2:
        return None
    best: tuple[int, int, str, str] | None = None
    for a, b in ((ranked[0], ranked[1]), (ranked[1], ranked[0])):
        pa, pb = [0], [0]
        for top in tops:
            pa.append(pa[-1] + (top == a))
            pb.append(pb[-1] + (top == b))
        stays = _stays_before(days, tops, b)
        # each side's run lasts from its own country's days (the last day of ``a`` before the cut, the first of
        # ``b`` after it), not from the cut: a cut moved a few weeks into the home days, still ≥ MOVE_MIN_SHARE
        # abroad, stretched a Berliner's last 75–89 days in New York past MOVE_SHORT_DAYS, "United States since
        # Oct 2024" beside the clock's stay abroad, and 45 days of a 7-month export past its quarter (T39)
        last_a = list(itertools.accumulate((k if top == a else -1 for k, top in enumerate(tops)), max, initial=-1))
        first_b = [total] * (total + 1)
        for k in range(total - 1, -1, -1):
            first_b[k] = k if tops[k] == b else first_b[k + 1]
        for i in range(MOVE_MIN_DAYS, total - MOVE_MIN_DAYS + 1):
            before, after = pa[i], pb[total] - pb[i]
            if after < MOVE_MIN_SHARE * (total - i) or edge_stay(days[0], days[max(last_a[i], 0)], days) \
                    or edge_stay(days[min(first_b[i], total - 1)], days[-1], days):
                continue
            if before >= MOVE_MIN_SHARE * i or (
                    stays[i] and before >= MOVE_MIN_SHARE * (i - stays[i])
                    and (days[-1] - days[i]).days + 1 >= MOVE_BACK_MIN_DAYS):
                score = before + after
                if best is None or score > best[0]:
                    best = (score, i, a, b)
    if best is None:
        return None
    _, i, a, b = best
    until = max(days[j] for j in range(i) if tops[j] == a)
    since = min(days[j] for j in range(total) if tops[j] == b and days[j] > until)
    if recurring_edge(days[:i], tops[:i], a, days[i:], tops[i:]) \
            or recurring_edge(days[i:], tops[i:], b, days[:i], tops[:i]):
        return None  # a season at the archive's edge, the same as the other side's: a trip, not a move (T33B L2)
    return {"from": a, "to": b, "until": until.isoformat(), "since": since.isoformat(),
            "periods": [{"country": a, "from": days[0].isoformat(), "until": until.isoformat()},
                        {"country": b, "from": since.isoformat(), "until": days[-1].isoformat()}]}


def moves_and_back(days: list[date], tops: list[str]) -> dict[str, Any] | None:
    """Three or more runs of one country each (a move and a move back: DE, half a year US, DE), each on ≥
    MOVE_MIN_DAYS days and ≥ MOVE_MIN_SHARE of its own days (one between two others ≥ MOVE_BACK_MIN_DAYS
    calendar days: a shorter one is a trip), found by a majority over 15 observed days and
    shorter runs folded into their longer neighbour (O(days)). The latest switch is the move (``from``, ``to``,
    ``until``, ``since`` as for one move); ``periods`` lists every run. None where the days do not fall into
    such runs (VPN exits, roaming). Two runs one cut cannot separate are none either.

    Before, a move and a move back were "spread over 2 countries … VPN exits" (the twenty-fourth pass's
    tester, N10): no single cut has one country on each side."""
    def long(run: list[Any]) -> bool:
        # login days, or the calendar days a run of sparse logins spans (MOVE_SPARSE_MIN_DAYS)
        n = run[2] - run[1] + 1
        return n >= MOVE_MIN_DAYS or (n >= MOVE_SPARSE_MIN_DAYS
                                      and (days[run[2]] - days[run[1]]).days + 1 >= MOVE_MIN_DAYS)

    runs = majority_runs(tops)  # [country, first index, last index]
    while len(runs) > 1:  # fold the shortest short run into its longer neighbour, then join equal neighbours
        k = min((j for j in range(len(runs)) if not long(runs[j])), key=lambda j: runs[j][2] - runs[j][1],
                default=None)
        if k is None:
            break
        left = runs[k - 1] if k > 0 else None
        right = runs[k + 1] if k + 1 < len(runs) else None
        into = left if right is None or (left is not None and left[2] - left[1] >= right[2] - right[1]) else right
        assert into is not None
        into[1], into[2] = min(into[1], runs[k][1]), max(into[2], runs[k][2])
        del runs[k]
        joined: list[list[Any]] = []
        for run in runs:
            if joined and joined[-1][0] == run[0]:
                joined[-1][2] = run[2]
            else:
                joined.append(run)
        runs = joined
    if len(runs) < 3:
        return None
    periods = []
    for cc, i, j in runs:
        own = [d for d, top in zip(days[i:j + 1], tops[i:j + 1], strict=True) if top == cc]
        if not long([cc, i, j]) or len(own) < MOVE_MIN_SHARE * (j - i + 1):
            return None
        periods.append({"country": cc, "from": own[0].isoformat(), "until": own[-1].isoformat()})
    if any((date.fromisoformat(p["until"]) - date.fromisoformat(p["from"])).days + 1 < MOVE_BACK_MIN_DAYS
           for p in periods[1:-1]):
        return None  # a stay abroad between two homes: a trip, not a home of its own
    homes = {p["country"] for p in periods[1:-1]}
    if any(p["country"] not in homes and edge_stay(date.fromisoformat(p["from"]), date.fromisoformat(p["until"]),
                                                    days) for p in (periods[0], periods[-1])):
        # a stay abroad the records begin or end in: a trip from the home beside it (two_runs' cut); a short edge
        # run in a country that is a home between is that home's season (weekly logins' Tenerife winters)
        return None
    mark_stays(periods)  # under a year abroad and back: a stay abroad, not two moves (stays.py)
    seasons = seasonal_homes(periods)  # two homes by season: no stay abroad, no yearly moves (T31B S1)
    return {"from": periods[-2]["country"], "to": periods[-1]["country"], "until": periods[-2]["until"],
            "since": periods[-1]["from"], "periods": periods} | ({"seasonal": seasons} if seasons else {})


def kept_months(said: dict[str, Any], real: dict[str, Any], gate: NightGate | None = None) -> dict[str, Any]:
    """A move as the home's value gives it (``said``: a night-time bound withheld, "withheld Sun 23:00") with the
    month of each withheld bound beside it from ``real`` (the days as the rule reads them): ``until_month``/
    ``since_month``, and a period's ``from_month``/``until_month`` ("2024-11"), as the clock periods keep theirs —
    the report said "since Sun 23:00, date withheld (…)" where the finding's own sentence said "since Nov 2024"
    (T38B). The month is no night's date. A bound withheld near a night-time move (:data:`.sensitive.MOVE_WITHHELD`)
    keeps the months of its window instead ("2026-06/2026-08": ``gate``'s :meth:`~.sensitive.NightGate.window`;
    WINDOW62), never its own month."""
    def month(shown: Any, day: Any) -> str:
        span = None
        if gate is not None and str(shown).startswith(MOVE_WITHHELD):
            try:
                span = gate.window(date.fromisoformat(str(day)[:10]), None)
            except ValueError:
                span = None
        return window_month(span) if span is not None else str(day)[:7]

    def marks(shown: dict[str, Any], days: dict[str, Any], keys: tuple[str, ...]) -> dict[str, Any]:
        return shown | {f"{k}_month": month(shown.get(k), days[k]) for k in keys
                        if str(shown.get(k)).startswith(TIME_WITHHELD) and days.get(k)}

    out = marks(said, real, ("until", "since"))
    if len(said.get("periods") or ()) == len(real.get("periods") or ()):
        out["periods"] = [marks(p, q, ("from", "until")) for p, q in zip(said["periods"], real["periods"],
                                                                        strict=True)]
    return out


def say_open_stay(trip: dict[str, Any], conf: Confidence, home: Finding) -> tuple[Confidence, str]:
    """The trips finding's confidence capped at medium and the words for an open stay (:meth:`_open_stay`); the
    home finding capped at medium too, with the same words as a caveat: it names the home before the stay, which
    may be the earlier one already (T30B's M7: "live in Berlin" high beside a sofa bed sent to Madrid)."""
    where = gazetteer.country_in_text(trip["country"])
    n = trip["new_address_orders"]
    lasted = (date.fromisoformat(trip["end"]) - date.fromisoformat(trip["start"])).days + 1
    sign = f"with {count_phrase(n, 'order')} to a new address there" if n else f"{lasted} days long"
    said = (f"the stay in {where} from {spoken(trip['start'])} is still open when the records end (last seen "
            f"there {spoken(trip['end'])}, no day at home since), {sign}: a trip or a move — too recent to tell")
    if home.confidence == Confidence.HIGH:
        home.confidence = Confidence.MEDIUM
        home.confidence_basis += f"; lowered to medium: {said}"
    home.caveats.append(f"{said[0].upper()}{said[1:]}; the home named is the one before it.")
    return (Confidence.MEDIUM if conf == Confidence.HIGH else conf), said


def clock_gap(ctx: Context, cc: str, days: list[date]) -> tuple[float, float] | None:
    """How far, in hours, the nearest of country ``cc``'s clocks is from the chosen zone's on ``days`` (at most a
    hundred of them, evenly spread): (smallest, largest) over the days; None without a chosen zone (the time-zone
    finding insufficient), days, or zones of ``cc`` in zone.tab."""
    tz = ctx.findings.get("timezone")
    if ctx.zone is None or tz is None or tz.confidence == Confidence.INSUFFICIENT or not days \
            or not country_tz(cc):
        return None
    gaps = []
    for d in days[::max(1, len(days) // 100)]:
        home = ctx.offset_quarters(d)
        gaps.append(min(abs(o - home) for o in country_offsets(cc, d.toordinal() * 24 + 12)) / 4)
    return min(gaps), max(gaps)


def same_clock(ctx: Context, trip: dict[str, Any]) -> bool:
    """Whether each clock of a trip's country keeps the chosen zone's offset on every day of the trip (Basel
    from Lörrach; not New York, nor the US from anywhere but one of its clocks): its nights were then on the
    home clock, and a night awake there is a late night as any (:func:`.tripnights.set_aside_trip_nights`)."""
    d, end = date.fromisoformat(trip["start"]), date.fromisoformat(trip["end"])
    while d <= end:
        if country_offsets(trip["country"], d.toordinal() * 24 + 12) != {ctx.offset_quarters(d)}:
            return False
        d += timedelta(days=1)
    return True


#: the fewest days between a login move and the time zone's switch between the same two countries' clocks that the
#: home finding explains in a caveat (:meth:`MovesMixin._clock_move_apart`, T56A 9); a day or two is the travel
#: itself, or a first login on the new clock's evening
CLOCK_LOGINS_APART_DAYS = 3

#: a trip's first or last day this many days or fewer from logins set aside as a weekly exit in its country, no day
#: at home between, may have run on into them (:meth:`MovesMixin._beside_weekly_exit`): the exit's weekend after a
#: trip ended on a Friday, a day off where home's dates and the trip's differ
BESIDE_EXIT_DAYS = 3


def is_night_hour(hour: int) -> bool:
    """Whether a local ``hour`` (0–23) lies in the night gate's hours (:data:`~.sensitive.NIGHT_FROM_H`–
    :data:`~.sensitive.NIGHT_TO_H`)."""
    return hour >= NIGHT_FROM_H or hour < NIGHT_TO_H


def _medium_at_most(conf: Confidence, basis: str, caveats: list[str], said: list[str],
                    why: str) -> tuple[Confidence, str, list[str]]:
    """The trips finding's ``(confidence, basis, caveats)`` where some trips' days cannot be told apart from a
    weekly VPN exit's (``said``: the caveats that say so, one a trip or run; none: all three returned unchanged):
    high lowered to medium, ``why`` (the count and the reason, "2 trips beside …") added to the basis as
    "; {why}: medium at most", and ``said`` appended to ``caveats`` (a new list)."""
    if not said:
        return conf, basis, caveats
    return (Confidence.MEDIUM if conf == Confidence.HIGH else conf, f"{basis}; {why}: medium at most",
            [*caveats, *said])


class MovesMixin:
    """The move, stay, trip and night-bound methods of :class:`~.place.PlaceAggregator` (whose state they read: see
    the module docstring); no state of its own."""

    def _country_span(self, cc: str) -> tuple[date, date] | None:
        """(first, last) UTC day of the records placing the person in ``cc`` for the home (logins, IP-bearing
        records, location records: the per-hour country table; check-ins and geotags are places visited), or None."""
        pid = self.place_ids.get(cc)
        slots = [slot for slot, p, _n, _m in self.hourly_country.entries() if p == pid] if pid is not None else []
        if not slots:
            return None
        return self._utc_day(min(slots)), self._utc_day(max(slots))

    def _said_span(self, ctx: Context, cc: str) -> tuple[str | None, str | None]:
        """:meth:`_country_span`'s days as a finding's value gives them: each the UTC day of the first (last)
        record placing the person in ``cc``, withheld ("withheld Thu 23:00") where that record is at night and
        --include-sensitive is not given (``NightGate.day``, as the shipping bounds: GATE2; T29D N11 asked for the
        other dates a place finding states). (None, None) without a record there."""
        pid = self.place_ids.get(cc)
        slots = [slot for slot, p, _n, _m in self.hourly_country.entries() if p == pid] if pid is not None else []
        if not slots:
            return None, None
        # a day near an undated switch by its month and hour, by day too (the gate's near_move: EXAMPLE60)
        gate = NightGate.of(ctx)
        return tuple(gate.day(t, ctx.zone) for t in (slot_time(min(slots)), slot_time(max(slots))))  # type: ignore[return-value]

    def _said_day(self, ctx: Context, cc: str, day: str, last: bool) -> str:
        """A local day a login move states (``_move``: the last day in one country, the first in the next, a
        period's bounds) as its value gives it: ``day`` itself, or — without --include-sensitive, where the bound's
        own record (the first of that day placing the person in ``cc``; the last for ``last``) is at night — that
        record's withheld form ("withheld Sat 01:00"), as every night-time record's day is."""
        gate = NightGate.of(ctx)
        pid = self.place_ids.get(cc)
        if gate.dated or pid is None:
            return day
        d = date.fromisoformat(day[:10])
        slots = [slot for slot, p, _n, _m in self.hourly_country.entries()
                 if p == pid and self._local(ctx, slot)[0] == d]
        if not slots:
            return day
        t = slot_time(max(slots) if last else min(slots))
        # the record placed the person in ``cc``: night on a zone of ``cc`` the person's clock lives on in some
        # period is night too, though the clock of the record's instant may still be the earlier home's (T30C M1:
        # the first Canadian login at 02:50 Toronto, 08:50 on Berlin's clock, was dated; the clock's Toronto period
        # began a day later). A login country the clock never lives in (a VPN exit, night work) is read on the
        # person's clock alone.
        there = [z for z in getattr(ctx.zone, "zones", ()) if zone_countries().get(str(getattr(z, "key", ""))) == cc]
        night = gate.night_clock(t, [ctx.zone, *there])
        if d in ctx.move_days_withheld or gate.near(t, ctx.zone):
            # a day within a week of the clock's switch that the time zone undates (its record beside the switch at
            # night; LIFE59, T56C 2: "between 2024-06-30 and 2024-07-01" beside "Kolkata … to Jun 2024 (day
            # withheld …)"; T57A 1): a night-time login by its weekday and hour, one by day by its month and hour
            # (a weekday would pin the night's beside it: EXAMPLE60), the month kept (kept_months), as the clock
            # says it
            iso = format_time(t) or ""
            # … by the window's months and hour, at night too (WINDOW62, T58E 3: no weekday inside it)
            return withheld_near(iso, ctx.zone, gate)
        return day if night is None else gate.day(t, night) or day

    def _said_move(self, ctx: Context, moved: dict[str, Any] | None) -> dict[str, Any] | None:
        """A login move (:meth:`_move`) as the home's value gives it: every day through :meth:`_said_day` (the
        earlier country's last day, the next one's first, each period's first and last). Unchanged with the flag."""
        if not moved or NightGate.of(ctx).dated:
            return moved
        return kept_months(moved | {
            "until": self._said_day(ctx, moved["from"], moved["until"], True),
            "since": self._said_day(ctx, moved["to"], moved["since"], False),
            "periods": [p | {"from": self._said_day(ctx, p["country"], p["from"], False),
                             "until": self._said_day(ctx, p["country"], p["until"], True)}
                        for p in moved["periods"]]}, moved, NightGate.of(ctx))

    def _clock_move_apart(self, ctx: Context, moved: dict[str, Any], said_moved: dict[str, Any]) -> str | None:
        """The caveat where a login move (:meth:`_move`: ``moved`` its real days, ``said_moved`` as the value gives
        them) and the time-zone finding's switch between the same two countries' clocks fall
        :data:`CLOCK_LOGINS_APART_DAYS` or more apart (T56A 9: Chicago → London, logins from the United Kingdom a
        week before the activity kept London's hours, was "London time since 1 Jun 2024" at high beside "the United
        Kingdom since May 2024", unexplained): both days named with their sources, and what may lie between. Each
        day as its own finding says it, a withheld one by its month, and the count of days only where both are
        dated (a count from a dated day would date the withheld one). None otherwise (one switch and two periods
        each side only)."""
        tz = ctx.findings.get("timezone")
        value = getattr(tz, "value", None)
        switches = getattr(ctx.zone, "switches", ())
        if not isinstance(value, dict) or not isinstance(value.get("earlier_zone"), dict) or len(switches) != 1 \
                or len(value.get("periods") or ()) != 2 or len(moved.get("periods") or ()) != 2:
            return None
        earlier, later = value["periods"]
        zc = zone_countries()
        if zc.get(str(earlier.get("zone"))) != moved["from"] or zc.get(str(later.get("zone"))) != moved["to"]:
            return None
        clock_day = switches[0].replace(tzinfo=UTC).astimezone(ZoneInfo(str(later["zone"]))).date()
        logins_day = date.fromisoformat(str(moved["since"])[:10])
        gap = (clock_day - logins_day).days
        if abs(gap) < CLOCK_LOGINS_APART_DAYS:
            return None

        def said(text: Any, real: Any) -> str:
            shown = spoken_bound(text, real)
            return day_text(date.fromisoformat(shown)) if re.fullmatch(r"\d{4}-\d\d-\d\d", shown) else shown

        logins_said = said(said_moved.get("since"), said_moved.get("since_month") or moved["since"])
        clock_said = said(later.get("from"), later.get("from_month") or clock_day.isoformat())
        dated = not any(str(x).startswith(TIME_WITHHELD) for x in (said_moved.get("since"), later.get("from")))
        when = (f"{count_phrase(abs(gap), 'day')} {'before' if gap > 0 else 'after'}" if dated
                else "before" if gap > 0 else "after")
        city = str(later["zone"]).rsplit("/", 1)[-1].replace("_", " ")
        return (f"Your logins place you in {gazetteer.country_in_text(moved['to'])} from {logins_said}, {when} your "
                f"activity kept {city} time, which the time-zone finding dates from {clock_said}. The home follows "
                "the logins, the time zone your waking hours. "
                + ("Logins from there before your days keep its clock may be a trip ahead of the move, or a VPN"
                   if gap > 0 else "A clock kept before the logins come from there may be a move before your first "
                   "login there, or a change of habits")
                + "; the records cannot tell which.")

    def _orders_later(self, cc: str, ship: ShipHome) -> tuple[date, date] | None:
        """The login country ``cc``'s (first, last) day where the shipping home, in another country, is newer
        evidence: every order to its town after the last record placing the person in ``cc``, and the billing
        address on the orders in that town too (``agrees``/``decided``: the card's own address, not gifts sent
        there). None otherwise: the orders then speak against the login country, they do not replace it.

        The twenty-eighth pass's tester (T28A H1): Italian IPs 2019–21, then 2026 orders shipped and billed to
        Shibuya, was "Italy", the Tokyo orders its first evidence; evidence read without its time."""
        if not ship.first or ship.billing not in ("agrees", "decided"):
            return None
        span = self._country_span(cc)
        if span is None or date.fromisoformat(ship.first[:10]) <= span[1]:
            return None
        return span

    def _orders_earlier(self, cc: str, ship: ShipHome) -> tuple[date, date] | None:
        """The login country ``cc``'s (first, last) day where the shipping home, in another country, is older
        evidence: every order with a shipping address (to any town) before the first record placing the person in
        ``cc``, and the billing address, where the orders have one, in the orders' town (``agrees``/``decided``; no
        billing column: ``None``, old order reports). None otherwise.

        note42 ("Left alone"): orders to Japan 2015–18, then logins from Italy 2019–24, read as a disagreement that
        lowered "Italy" by a level, the orders counted against it — the reverse of T28A's H1, a move read the other
        way."""
        if not ship.first or not ship.last or ship.billing not in (None, "agrees", "decided"):
            return None
        span = self._country_span(cc)
        last_order = max(self.shipping.last.values(), default=None)
        if span is None or last_order is None or last_order >= span[0]:
            return None
        return span

    def _moved_before_logins(self, base: Finding, ship: ShipHome, value: dict[str, Any], span: tuple[date, date],
                             town: str, caveats: list[str], ctx: Context) -> Finding:
        """The home after a move out of the orders' town (:meth:`_orders_earlier`): the login country since its first
        record, the orders' town before (``moved``: from the orders' country to the login country, dated between the
        last order and the first login, ``seen_in`` "shipping addresses, then logins"). The confidence is the
        logins': the orders speak for the years before them, not against the home (one level lower before)."""
        cc = str(value["country"])
        first, last = span
        since = first.isoformat()
        # the first and last records placing the person in cc, as the value gives them (a night-time one withheld)
        said_first, said_last = self._said_span(ctx, cc)
        moved = {"from": ship.country, "to": cc, "until": ship.said_last, "since": said_first,
                 "periods": [{"country": ship.country, "from": ship.said_first, "until": ship.said_last},
                             {"country": cc, "from": said_first, "until": said_last}],
                 "seen_in": "shipping addresses, then logins", "town_before": town}
        # the orders' and logins' days as the rule reads them (the trips' periods), the value's as the report gives
        self._moved_dated = moved | {"until": ship.last, "since": since, "periods": [
            moved["periods"][0] | {"from": ship.first, "until": ship.last},
            moved["periods"][1] | {"from": since, "until": last.isoformat()}]}
        moved = kept_months(moved, self._moved_dated, NightGate.of(ctx))
        value.update(moved=moved)
        said = gazetteer.town_and_country(value["city"], cc) if value.get("city") else gazetteer.country_in_text(cc)
        until = date.fromisoformat(ship.last[:10])
        summary = (f"You most likely live in {said} since {first.strftime('%b %Y')} (before: {town}, where your "
                   f"{count_phrase(ship.votes, 'order')} shipped until {until.strftime('%b %Y')}). Every order comes "
                   f"before the first record placing you in {gazetteer.country_in_text(cc)} ({spoken(said_first)}): "
                   "a move between "
                   f"{until.strftime('%b %Y')} and {first.strftime('%b %Y')}, not a disagreement.")
        notes = value.get("disagreements")
        if notes:
            summary += " The evidence disagrees: " + "; ".join(notes) + "."
        basis = (f"{base.confidence_basis}; the orders to {town} ({ship.basis.split(' (')[0]}) all come before the "
                 f"first record placing you in {gazetteer.country_in_text(cc)} ({spoken(said_first)}): an earlier "
                 "home, so they speak for the time before "
                 "and the confidence is the logins'")
        return Finding(value=value, confidence=base.confidence, confidence_basis=basis, evidence=base.evidence,
                       summary=summary, caveats=caveats, **_meta(base))

    def _moved_by_orders(self, base: Finding, ship: ShipHome, value: dict[str, Any], span: tuple[date, date],
                         town: str, known: Any, orders_text: str, caveats: list[str], ctx: Context) -> Finding:
        """The home after a move the orders date (:meth:`_orders_later`): the shipping home since its first order,
        the login country before (``moved`` as a move in the logins gives it, ``seen_in`` "shipping addresses");
        at most medium (the orders alone say where the person lives now)."""
        cc = str(value["country"])
        first, last = span
        name = gazetteer.country_in_text  # "the Netherlands" in a sentence (WORD57)
        notes = list(value.get("disagreements") or [])
        if value.get("city"):  # a declared city in the earlier country: a profile not updated since?
            notes.append(f"the platform declares {value['city']}, in {gazetteer.country_in_text(cc)} (not updated "
                         "since the move?)")
        # a login move before: its days as the rule reads them (_moved_dated) and as the value gives them
        earlier, said_earlier = self._moved_dated, value.get("moved")
        said_first, said_last = self._said_span(ctx, cc)
        if isinstance(earlier, dict) and earlier.get("periods") and isinstance(said_earlier, dict):
            periods = [dict(p) for p in earlier["periods"]]
            shown = [dict(p) for p in said_earlier["periods"]]
        else:
            periods = [{"country": cc, "from": first.isoformat(), "until": last.isoformat()}]
            shown = [{"country": cc, "from": said_first, "until": said_last}]
        periods[-1]["until"] = last.isoformat()
        shown[-1]["until"] = said_last
        periods.append({"country": ship.country, "from": ship.first, "until": ship.last or ship.first})
        # the orders' days as the rule reads them (the trips' periods); the value gives them as the report does
        self._moved_dated = {"from": cc, "to": ship.country, "until": last.isoformat(), "since": ship.first,
                             "periods": periods, "seen_in": "shipping addresses"}
        shown.append({"country": ship.country, "from": ship.said_first, "until": ship.said_last or ship.said_first})
        moved = kept_months(self._moved_dated | {"until": said_last, "since": ship.said_first, "periods": shown},
                            self._moved_dated, NightGate.of(ctx))
        value.update(country=ship.country, city=ship.city, region=ship.region,
                     lat=known.lat if known else None, lon=known.lon if known else None,
                     city_checked=bool(known) if ship.city else None, moved=moved, disagreements=notes or None,
                     share=None, basis="shipping addresses")  # the logins' share of nights is the earlier home's
        conf = Confidence.MEDIUM if ship.confidence == Confidence.HIGH else ship.confidence
        since = date.fromisoformat(ship.first[:10])
        summary = (f"You most likely live in {town} since {since.strftime('%b %Y')} (before: {name(cc)}): "
                   f"{orders_text} ship to {town} and are billed there, all of them after the last record placing "
                   f"you in {gazetteer.country_in_text(cc)} ({spoken(said_last)}).")
        if notes:
            summary += " The evidence disagrees: " + "; ".join(notes) + "."
        basis = (f"{ship.basis}; a move: the orders to {town} (billed there) all come after the last of the "
                 f"records placing you in {gazetteer.country_in_text(cc)} ({last.isoformat()}), so those speak for "
                 "the time before (at most medium)")
        evidence = Evidence(items=list(ship.evidence)[:EVIDENCE_ITEMS_MAX], n_support=ship.orders,
                            n_against=ship.votes - ship.orders)
        return Finding(value=value, confidence=conf, confidence_basis=basis, evidence=evidence, summary=summary,
                       caveats=caveats, **_meta(base))

    def _move(self, ctx: Context) -> dict[str, Any] | None:
        """A move seen in the logins: the local days' countries (each day's most common) form two runs, one
        country before a day and another after it, each on ≥ MOVE_MIN_DAYS days and holding ≥ MOVE_MIN_SHARE of
        its side's days (trips and a VPN day or two allowed). ``{"from", "to", "until", "since"}`` (countries,
        the earlier country's last day and the later one's first, ISO dates), or None.

        Before, such a history was "spread over 2 countries … VPN exits" and the trips "unclear", or, after a
        recent move, home stayed the earlier country (the twenty-fourth pass's tester)."""
        per_day: dict[date, Counter[str]] = defaultdict(Counter)
        for slot, cc, n in self._countries():
            ld, _ = self._local(ctx, slot)
            per_day[ld][cc] += n
        days = sorted(per_day)
        total = len(days)
        if total < 2 * MOVE_MIN_DAYS:
            return None
        tops = [per_day[d].most_common(1)[0][0] for d in days]
        found = two_runs(days, tops) or moves_and_back(days, tops)
        if found is None:
            # weekends in a third country after the move (a weekend home: HOME2 left "no weekend home after a
            # move") keep the later run under MOVE_MIN_SHARE, and the history was "spread over 3 countries": a
            # move is where the weekdays (Monday to Friday) change country
            weekdays = [(d, top) for d, top in zip(days, tops, strict=True) if d.weekday() < 5]
            if len(weekdays) >= 2 * MOVE_MIN_DAYS:
                found = two_runs([d for d, _ in weekdays], [top for _, top in weekdays])
        return found

    def _stay_clocks(self, ctx: Context,
                     entries: list[tuple[int, int, int, int]]) -> dict[tuple[int, str], tuple[date, int]]:
        """(UTC hour slot, country) → (local date, local hour) on the one clock of a country with several (the US,
        Canada, Russia, Australia …) that the person's records there keep: within each run of the country's records
        (none more than :data:`STAY_CLOCK_GAP_H` hours apart) the clock with the fewest records in the night
        (:data:`CLOCK_NIGHT_FROM_H`–:data:`CLOCK_NIGHT_TO_H`), ties to the middle clock the days were read on before.
        A trip to Los Angeles ending on the export's last day (31 Dec) ended on 1 Jan: its days were read on the US's
        middle clock, where the evening in Los Angeles is past midnight (T38B). Where the chosen zone keeps one of the
        country's clocks (:meth:`_there` gives one reading), a run is read on another only where that one has
        :data:`TRIP_CLOCK_RECORDS` fewer records in the night: a Toronto (or Mexico City) resident's Los Angeles trip
        Monday to Wednesday, its 23:00 logins past midnight on Toronto's clock, read "United States 8–11 May"
        (TRIP47); a weekend in the US behind an exit at home keeps home's clock and dates. Slots whose country has one
        clock, or read on the chosen zone's, are not in the map."""
        by_cc: dict[str, set[int]] = defaultdict(set)
        for slot, pid, _n, _m in entries:
            cc = self.place_keys[pid]
            if len(self._there(ctx, slot, cc)) > 1 or len(country_offsets(cc, slot)) > 1:
                by_cc[cc].add(slot)
        out: dict[tuple[int, str], tuple[date, int]] = {}

        def reading(slot: int, off: int) -> tuple[date, int]:
            shift, lq = divmod(slot % 24 * 4 + off, 96)
            return self._utc_day(slot) + timedelta(days=shift), lq // 4

        def own(slot: int) -> int:
            return ctx.offset_quarters(self._utc_day(slot), slot % 24 * 4)

        for cc, slots in by_cc.items():
            ordered = sorted(slots)
            runs: list[list[int]] = []
            for slot in ordered:
                if runs and slot - runs[-1][-1] <= STAY_CLOCK_GAP_H:
                    runs[-1].append(slot)
                else:
                    runs.append([slot])
            for run in runs:
                offs = {slot: sorted(country_offsets(cc, slot)) for slot in run}
                first = offs[run[0]]
                middle = first[len(first) // 2]
                # each slot's clock nearest each candidate (a clock's offset changes with its summer time)
                near = {o: {slot: min(offs[slot], key=lambda x, o=o: (abs(x - o), x)) for slot in run}
                        for o in first}
                nights = {o: sum(CLOCK_NIGHT_FROM_H <= reading(slot, near[o][slot])[1] < CLOCK_NIGHT_TO_H
                                 for slot in run) for o in first}
                best = min(first, key=lambda o: (nights[o], abs(o - middle)))
                if own(run[0]) in first and nights[own(run[0])] - nights[best] < TRIP_CLOCK_RECORDS:
                    continue  # the chosen zone's clock (:meth:`_there`) keeps the run's nights as well
                for slot in run:
                    out[(slot, cc)] = reading(slot, near[best][slot])
        return out

    def _stays(self, ctx: Context) -> dict[date, str]:
        """Local day → the country of the stay it belongs to: a run of at least two observed days (each day's most
        common country, all hours) in one country, no day of another between. A login read on its country's own
        clock needs the person to have been there: a lone day between days of another country is a VPN exit as
        likely as a flight across the world and back, and stays on the chosen zone's clock (a VPN that switches
        exits day by day is no home on either clock)."""
        per_day: dict[date, Counter[str]] = defaultdict(Counter)
        for slot, cc, n in self._countries():
            per_day[self._local(ctx, slot)[0]][cc] += n
        out: dict[date, str] = {}
        run: list[date] = []
        top = None
        for d in [*sorted(per_day), None]:
            cc = per_day[d].most_common(1)[0][0] if d is not None else None
            if d is None or cc != top:
                if len(run) >= 2 and top is not None:
                    out.update(dict.fromkeys(run, top))
                run, top = [], cc
            if d is not None:
                run.append(d)
        return out

    def _trips(self, ctx: Context, home: Finding) -> Finding:
        meta = {
            "id": "trips", "title": "Trips abroad",
            "method": ("Each local day (each record's on the clock of where it was: the chosen zone's for the home "
                       "country and where it keeps the country's clock, else the country's own) takes the most "
                       "common country of its IP and location observations, the home country where a record at "
                       f"home from {EVENING_FROM_H}:00 on says the night was there; a "
                       "Facebook check-in, an X geotag or a location-history point without a country of its own "
                       "is placed in the country of the nearest GeoNames town of ≥ 15,000 people within "
                       f"{gazetteer.NEAR_KM:g} km (offline), and on a day with such a record its country is the "
                       "day's (roaming SIMs keep home-country IPs abroad). Runs of days in a country other than "
                       "home (after a move, the home of each period), merged when at most "
                       f"{STAY_GAP_DAYS} days apart with no home day between, or days placed by check-ins, geotags "
                       f"or location records at most {LOCATED_GAP_DAYS} days apart with only login-seen home days "
                       f"between, are candidate trips. A trip is listed only when it rests on ≥ "
                       f"{TRIP_MIN_DAYS} days and ≥ {TRIP_MIN_SOURCES} kinds of record (e.g. logins and location "
                       f"history), or on ≥ {TRIP_SINGLE_SOURCE_DAYS} days of one kind, or on records abroad spanning "
                       f"≥ {TRIP_STAY_NIGHTS} nights, or on a night bracketed there (the last record before the "
                       "quiet hours and the first after them both in that country), with no record at home between "
                       "them (a stay; a VPN exit is interleaved with home's records), or, on a clock "
                       f"{TRIP_CLOCK_GAP_H:g} h or less from home's, on one day by two kinds (or one and an order "
                       f"shipped there) with no record at home between them nor within {TRIP_NEAR_CLEAR_H} h on both "
                       "sides; when unconfirmed foreign "
                       f"sightings resting on IPs alone outnumber trips {NOISE_SINGLES_PER_TRIP} to 1, or the home "
                       "finding's IP evidence is unclear, the answer is 'unclear' rather than a list. A country "
                       f"commuted to (on a clock under {TRIP_CLOCK_GAP_H:g} h from home's, seen on ≥ "
                       f"{COMMUTE_MIN_DAYS} days in ≥ {COMMUTE_MIN_WEEKS} calendar weeks "
                       f"that also have a day at home, ≥ {COMMUTE_WORK_SHARE:.0%} of its records on weekdays "
                       f"{WORK_FROM_H:02d}–{WORK_TO_H:02d} on its own clock) gives trips only where a check-in or "
                       f"geotag, or records outside those hours on ≥ {COMMUTE_TRIP_OFF_DAYS} of the run's days, "
                       "show a stay; `same_clock` marks a trip whose country's every clock is the chosen zone's "
                       "(its nights are not set aside as travel). With no trip seen, the records at home support it; "
                       f"runs of {SILENT_MIN_DAYS}–{SILENT_MAX_DAYS} days with no record at all between busy months "
                       f"that recur on the same dates in another year (≥ {SILENT_MIN_RECURRING}) make it low at most "
                       "(trips without records look alike)."),
            "literature": literature.cards("trips"),
            "caveats": ["Dates are the first and last day a record was seen abroad, so a trip can be longer.",
                        "VPN exits abroad look like trips."],
        }
        if home.value is None and self._ip_evidence == "contradicted":  # no home: the logins are a VPN exit's?
            why = ("the logins come from a country whose clock your activity contradicts all year (a VPN exit, or "
                   "night work?), so they cannot tell where you live or travelled")
            return Finding(value=None, confidence=Confidence.INSUFFICIENT, confidence_basis=why,
                           summary=f"Trips abroad: unclear — {why}.", **meta)
        if home.value is None or not home.value.get("country"):
            return Finding(value=None, confidence=Confidence.INSUFFICIENT,
                           confidence_basis="no home country" + (f" ({home.confidence_basis})"
                                                                 if home.confidence_basis else ""),
                           summary="Trips need a home country.", **meta)
        # a home the orders told from the always-on exit the logins come from (place._home_by_orders): the exit's
        # logins are on every day at home, so the days are read with its country as home's (HOME44: a Madrid
        # resident's Portuguese exit read "1 trip abroad: Portugal 2 Jan 2023 – 31 Dec 2024", a stay still open)
        home_cc = home.value.get("untold_exit") or home.value["country"]
        moved = home.value.get("moved")
        said_moved = moved
        # a move dated by orders: its days as the rule reads them (the value may withhold a night-time order's)
        moved = getattr(self, "_moved_dated", None) or moved
        since = date.fromisoformat(moved["since"]) if moved else None

        periods = moved["periods"] if moved else []

        def home_on(d: date) -> str:
            """The home country on local day ``d``: before a move the earlier one (the twenty-fourth pass's tester:
            a move, judged against the latest home only, made the earlier years a string of 'trips'); after a move
            and a move back, the period's (N10)."""
            if since is None or d >= since:
                return home_cc
            for period in reversed(periods[:-1]):
                if d >= date.fromisoformat(period["from"]):
                    return str(period["country"])
            return str(periods[0]["country"]) if periods else moved["from"]

        if home.value.get("ip_evidence") == "none":  # a home from shipping addresses alone (Amazon only)
            return Finding(value=None, confidence=Confidence.INSUFFICIENT,
                           confidence_basis="no login IPs or location records (shipping addresses are not trips)",
                           summary="Trips abroad need login or location records; the inputs have none.", **meta)
        # logins spread over several countries leave the trips unclear, unless the foreign ones come in clean
        # blocks on whose clocks the activity moves (T31B P1, a pilot's layovers): tried below, else unclear
        spread = home.value.get("ip_evidence") == "unclear"
        if home.value.get("ip_evidence") in ("too few", "contradicted"):
            why = {"unclear": "the login IP history is too noisy to tell travel from VPN exits or mobile carriers",
                   "too few": "too few located logins",
                   "contradicted": "the logins come from a country whose clock your activity contradicts all year "
                                   "(a VPN exit), so they cannot tell where you travelled"}[home.value["ip_evidence"]]
            return Finding(value=None, confidence=Confidence.INSUFFICIENT, confidence_basis=why,
                           summary=f"Trips abroad: unclear — {why}.", **meta)
        # per local day (on the clock of where each record was made: a trip's days are its own, not the home
        # clock's — a London evening was the next morning's date in Adelaide), the records of each country
        per_day: dict[date, Counter[str]] = defaultdict(Counter)
        # the same, counting only records that place the person themselves (LOCATED_SOURCES): on a day with any,
        # their country is the day's (a check-in in Palma beside a German SIM's roaming login is a day in Spain)
        located_day: dict[date, Counter[str]] = defaultdict(Counter)
        day_sources: dict[tuple[date, str], set[str]] = defaultdict(set)
        first_ev: dict[tuple[date, str], EvidenceItem] = {}
        evening_home: set[date] = set()  # days with a record at home from EVENING_FROM_H on: the night at home
        # records abroad on weekdays 06–20 on their own clock and outside those hours, and the days of the latter
        work_hours: Counter[str] = Counter()
        off_hours: Counter[str] = Counter()
        off_days: dict[str, set[date]] = defaultdict(set)
        kind_names = _MaskNames(self.kind_bits)
        located_mask = 0
        for name, bit in self.kind_bits.items():
            if name in LOCATED_SOURCES or name in self.located_sources:
                located_mask |= bit
        home_slots: list[int] = []  # UTC hours with a record at home (a near sighting interleaved with them: a VPN)
        foreign_slots: dict[tuple[date, str], list[int]] = defaultdict(list)  # (local day, country) → UTC hours
        entries = [*self.hourly_country.entries(), *self.hourly_placed.entries()]
        stay_clock = self._stay_clocks(ctx, entries)
        # the records from a home's country (either side of a move) on the days of a window about a switch the night
        # gate undated (whole months: ``clock.month_window``) are left out, without --include-sensitive only, and
        # said so (``evidence.outside``: "… (outside Jun–Aug 2026)"): such a login was judged against the home of
        # the period the withheld night put its day in — at home on one side of the night, abroad on the other —
        # so the counts moved with the night (WINDOW66: London → New York, a night on 3 Jul vs 21 Jul: "1
        # unconfirmed foreign sighting(s)" and 748 vs 747 records at home). A third country's are abroad whatever
        # the night: a trip there keeps its days (said by the window: :func:`undate_trips_near_move`)
        withheld = NightGate.of(ctx).near_move
        homes = {home_cc, *(str(p["country"]) for p in periods if p.get("country")),
                 *([str(moved["from"])] if moved and moved.get("from") else [])}
        for slot, pid, n, mask in entries:
            cc = self.place_keys[pid]
            there = self._there(ctx, slot, cc)
            ld, lh = stay_clock.get((slot, cc)) or there[len(there) // 2]
            if ld in withheld and cc in homes:
                continue
            per_day[ld][cc] += n
            if mask & located_mask:
                located_day[ld][cc] += n
            if cc == home_on(ld):
                home_slots.append(slot)
            else:
                foreign_slots[(ld, cc)].append(slot)
            if cc == home_on(ld):
                if lh >= EVENING_FROM_H and not mask & located_mask:
                    evening_home.add(ld)
            elif all(d.weekday() < 5 and WORK_FROM_H <= h < WORK_TO_H for d, h in there):
                work_hours[cc] += n
            else:
                off_hours[cc] += n
                off_days[cc].add(ld)
            day_sources[(ld, cc)].update(kind_names[mask])
            item = self.day_country_ev.get(cc, {}).get(self._utc_day(slot))
            if item is not None and (ld, cc) not in first_ev:
                first_ev[(ld, cc)] = item

        home_slots.sort()
        nights = self._nights_slept(ctx, home_slots, foreign_slots)  # the nights the places bracket
        slept_after = self._days_before_nights(ctx, foreign_slots, nights)
        lulls: dict[float, dict[int, str]] = {}  # the nights placed around a quiet hours' centre moved abroad

        def day_country(d: date) -> str:
            if d in slept_after and d not in located_day:
                # its night slept abroad (its last record and the next morning's there): a day there however many
                # records at home came before it (T37 H1: a Berliner's Tuesday nights in Paris beside a German
                # login at noon were German days, "No trips abroad seen")
                return slept_after[d]
            if d in evening_home and d not in located_day:
                return home_on(d)  # the evening at home: the night too (a commuter's working day)
            return (located_day.get(d) or per_day[d]).most_common(1)[0][0]

        # the countries commuted to (COMMUTE_MIN_DAYS' comment): seen on many days in weeks with days at home, on
        # weekday working hours on their own clock
        home_weeks = {d.isocalendar()[:2] for d in per_day if day_country(d) == home_on(d)}
        foreign_days: dict[str, set[date]] = defaultdict(set)
        for d, c in per_day.items():
            for cc in c:
                if cc != home_on(d):
                    foreign_days[cc].add(d)
        self._commutes = {}
        for cc, days_there in foreign_days.items():
            weeks = {d.isocalendar()[:2] for d in days_there} & home_weeks
            recs = work_hours[cc] + off_hours[cc]
            # no one returns home daily across TRIP_CLOCK_GAP_H hours of clock (pass 36, TRAVEL: a Berliner's
            # Tue–Thu stays in Tokyo, logins 09–16 there only, were "a commute, not trips")
            gap = clock_gap(ctx, cc, sorted(days_there))
            if len(days_there) >= COMMUTE_MIN_DAYS and len(weeks) >= COMMUTE_MIN_WEEKS and recs \
                    and work_hours[cc] >= COMMUTE_WORK_SHARE * recs and (gap is None or gap[0] < TRIP_CLOCK_GAP_H):
                self._commutes[cc] = {"days": len(days_there), "weeks": len(weeks),
                                      "work_hours_share": round(work_hours[cc] / recs, 3)}

        candidates: list[dict[str, Any]] = []
        current: dict[str, Any] | None = None
        ip_home_between = False  # home days seen by logins only since the current candidate's last day
        for d in sorted(per_day):
            cc = day_country(d)
            located = d in located_day
            if cc == home_on(d):  # never a trip abroad to the home country
                if located or not (current and current["_located_end"]):
                    current = None
                ip_home_between = True
                continue
            gap = (d - date.fromisoformat(current["end"])).days if current else 0
            # a stay seen by check-ins or geotags days apart, home logins between (home-routed roaming), is one
            # stay when they are at most LOCATED_GAP_DAYS apart; otherwise STAY_GAP_DAYS with no home day between
            same_stay = current is not None and current["country"] == cc and (
                (located and current["_located_end"] and gap <= LOCATED_GAP_DAYS)
                or (not ip_home_between and gap <= STAY_GAP_DAYS))
            if same_stay:
                current["end"] = d.isoformat()
                current["days_observed"] += 1
                current["observations"] += per_day[d][cc]
                current["_days"].append(d)
            else:
                current = {"country": cc, "start": d.isoformat(), "end": d.isoformat(), "days_observed": 1,
                           "observations": per_day[d][cc], "_days": [d]}
                candidates.append(current)
            current["_located_end"] = located
            ip_home_between = False
            current.setdefault("_sources", set()).update(day_sources.get((d, cc), ()))
        located = LOCATED_SOURCES | self.located_sources
        trips = []
        unconfirmed = []
        commuted = []  # runs of working days in a country commuted to: no trips
        weekend_home = home.value.get("weekend_home") or {}
        weekend_cc = weekend_home.get("country") if weekend_home.get("seen_in") == "login countries" else None
        weekends = []  # runs of Fridays to Mondays in the weekend home's country: no trips
        early_weekends = 0  # … of them begun on a Thursday evening (_weekend_home_run): a trip reads the same
        pending = []  # seen on one day: a trip if the records in the home night say so (TRIP_CLOCK_GAP_H)
        near = []  # seen on one day, on a clock too near home's for the night to tell: TRIP_NEAR_CLEAR_H
        for c in candidates:
            sources = c.pop("_sources", set())
            c.pop("_located_end", None)
            c["sources"] = sorted(sources)
            slots_abroad = foreign_slots  # without the weekend home's weekend cut off a trip beside it
            if c["country"] == weekend_cc and _weekend_home_run(c["_days"], lambda d: per_day[d][home_on(d)] > 0):
                weekends.append(c)
                early_weekends += c["_days"][0].weekday() == 3
                continue
            if c["country"] == weekend_cc:
                own = _off_weekend_home(c["_days"], lambda d: per_day[d][home_on(d)] > 0)
                if own is not None:
                    weekends.append({"country": weekend_cc})  # counted with the weekends not listed
                    cut = {(d, weekend_cc) for d in c["_days"][:own[0]] + c["_days"][own[1]:]}
                    slots_abroad = {k: v for k, v in foreign_slots.items() if k not in cut}
                    c["_days"] = c["_days"][own[0]:own[1]]
                    c["start"], c["end"] = c["_days"][0].isoformat(), c["_days"][-1].isoformat()
                    c["days_observed"] = len(c["_days"])
                    c["observations"] = sum(per_day[d][weekend_cc] for d in c["_days"])
            if c["country"] in self._commutes and located.isdisjoint(sources) \
                    and len(off_days[c["country"]].intersection(c["_days"])) < COMMUTE_TRIP_OFF_DAYS:
                commuted.append(c)
            elif (c["days_observed"] >= TRIP_MIN_DAYS and len(sources) >= TRIP_MIN_SOURCES) \
                    or c["days_observed"] >= TRIP_SINGLE_SOURCE_DAYS:
                trips.append(c)
            elif self._clear_stay(c, home_slots, slots_abroad, nights) is not None or self._clear_stay(
                    c, home_slots, slots_abroad, self._nights_there(ctx, c, home_slots, slots_abroad, lulls)) \
                    is not None:
                # its days: the day out and the day back, and the morning after a night there, included
                trips.append(c)
                c["_days"] = c.pop("_stay_days", c["_days"])
                c["start"], c["end"] = c["_days"][0].isoformat(), c["_days"][-1].isoformat()
            elif self._near_trip(ctx, c, sources, home_slots, foreign_slots):
                trips.append(c)
                near.append(c)
            else:
                unconfirmed.append(c)
                if self._clock_checkable(ctx, c, sources):
                    pending.append((c, list(c["_days"])))
        # only sightings that rest on IP addresses alone are VPN-like noise; a check-in or a geotag abroad is not
        noisy = [c for c in unconfirmed if located.isdisjoint(c["sources"])]
        unsure: list[dict[str, Any]] = []  # with the logins spread: trips to countries no trip's clock confirmed
        if spread:
            # logins spread over countries (VPN exits look alike) give trips only as clean blocks (more trips than
            # stray sightings) in countries whose clock the activity moved to on at least one of them (T31B P1)
            clocked = {c["country"] for c in trips if self._clock_moved(ctx, c, foreign_slots)}
            if not clocked or len(noisy) > len(trips):
                why = "the login IP history is too noisy to tell travel from VPN exits or mobile carriers"
                return Finding(value=None, confidence=Confidence.INSUFFICIENT, confidence_basis=why,
                               summary=f"Trips abroad: unclear — {why}.", **meta)
            unsure = [c for c in trips if c["country"] not in clocked]
            trips = [c for c in trips if c["country"] in clocked]
            # one-day sightings there may still be confirmed by the nights once the sleep window is final
            pending = [(c, days) for c, days in pending if c["country"] in clocked]
        if len(noisy) > NOISE_SINGLES_PER_TRIP * max(1, len(trips)):
            n_cc = len({c["country"] for c in noisy})
            why = (f"{len(noisy)} short foreign sightings in {count_phrase(n_cc, 'country')} against "
                   f"{len(trips)} confirmed "
                   "trip(s): the IP history is too noisy (VPN exits, mobile carriers) to list trips")
            return Finding(value=None, confidence=Confidence.INSUFFICIENT, confidence_basis=why,
                           summary=f"Trips abroad: unclear — {why}.", **meta)
        ev = Evidence(outside=[window_month(w) for w in NightGate(dated=False, near_move=withheld)._windows]
                      if withheld else None)
        for trip in trips:
            # the first records of its first two days; without --include-sensitive, not a night-time one: a trip's
            # days are given (days seen abroad, not nights), and beside them an example "withheld Mon 22:28" would
            # be dated by the trip's start (GATE2); the first two days' daytime records are quoted instead
            quoted = 0
            for d in trip["_days"][:2] if ctx.include_sensitive else trip["_days"]:
                item = first_ev.get((d, trip["country"]))
                if item is None or (not ctx.include_sensitive and is_night(item.time, ctx.zone)):
                    continue
                if quoted == 2:
                    break
                quoted += 1
                if len(ev.items) < 10:
                    ev.items.append(item)
            ev.n_support += trip["observations"]
        # the nearest days seen at home around each trip: a trip seen on its first and last days abroad may be
        # longer, up to them (the late nights set its nights aside up to there: sleep.trip_night_span)
        # (a working day in a country commuted to ends at home too)
        home_days = sorted({d for d in per_day if day_country(d) == home_on(d)}
                           | {d for c in commuted for d in c["_days"]})
        for trip in trips + [c for c, _ in pending]:
            i = bisect_left(home_days, date.fromisoformat(trip["start"]))
            # (the morning after a night abroad ends the trip on a day that ends at home: that day is the first)
            j = bisect_left(home_days, date.fromisoformat(trip["end"]))
            trip["last_home_day_before"] = home_days[i - 1].isoformat() if i > 0 else None
            trip["first_home_day_after"] = home_days[j].isoformat() if j < len(home_days) else None
            trip["same_clock"] = same_clock(ctx, trip)
        for c in candidates:
            c.pop("_days", None)
        untold = self._beside_weekly_exit(ctx, trips)
        off_weekend = self._exit_off_weekend(ctx, set(home_days), trips)
        exit_like = self._exit_like_trips(ctx, trips)
        open_stay = self._open_stay(trips)
        at_home = sum(c[home_on(d)] for d, c in per_day.items())
        silent = self._silent_gaps() if not trips else None
        if trips:
            ev.n_against = at_home
        else:  # "no trips": the records at home support it, the foreign ones speak against it (T28C M4)
            ev.n_support = at_home
            ev.n_against = sum(n for d, c in per_day.items() for cc, n in c.items() if cc != home_on(d))
            for d in sorted(per_day):
                item = first_ev.get((d, home_on(d)))
                if item is not None and len(ev.items) < 5:
                    ev.items.append(item)
        if not trips and silent:
            conf = Confidence.LOW if home.confidence.rank >= Confidence.LOW.rank else home.confidence
            basis = (f"no confirmed trip abroad in the records, but {silent['gaps']} gaps of "
                     f"{silent['shortest']}–{silent['longest']} days with no record at all, {silent['recurring']} "
                     "of them on the same dates in another year (a trip without records looks like this): low at "
                     "most")
        elif not trips:
            conf, basis = home.confidence, "no confirmed trip abroad in the records; as confident as the home finding"
        else:
            conf = Confidence.MEDIUM if home.confidence != Confidence.HIGH else Confidence.HIGH
            basis = (f"every trip is seen on ≥ {TRIP_MIN_DAYS} days by ≥ {TRIP_MIN_SOURCES} kinds of record (or ≥ "
                     f"{TRIP_SINGLE_SOURCE_DAYS} days, or over ≥ {TRIP_STAY_NIGHTS} nights or a night slept there "
                     "with no record at home between its records abroad); capped by the home finding's confidence")
        if near:
            basis += (f"; {count_phrase(len(near), 'trip')} seen on one day only, on a clock {TRIP_CLOCK_GAP_H:g} h or "
                      "less from home's (its waking hours hardly reach home's night): by two kinds of record or an "
                      f"order shipped there, with no record at home between them nor within {TRIP_NEAR_CLEAR_H} h on "
                      "both sides (a VPN exit used at home is interleaved with home records)")
        # the days the records can tell, said as such (TRIP50: a trip beside a weekly exit there on a near clock)
        conf, basis, meta["caveats"] = _medium_at_most(
            conf, basis, meta["caveats"], untold,
            f"{count_phrase(len(untold), 'trip')} beside a weekly VPN exit's days in its country, no record at home "
            "between, on a clock too near home's to tell which days were the trip's")
        # the exit left on past its weekend, home's clock kept: on a near clock a trip there reads the same (TRIP51),
        # so no trip is named from those days, nor is "no trip" said at high
        conf, basis, meta["caveats"] = _medium_at_most(
            conf, basis, meta["caveats"], off_weekend,
            f"{count_phrase(len(off_weekend), 'run')} of days with logins only through a weekly VPN exit off its "
            "weekends, on a clock too near home's to tell them from a trip there")
        # a trip between days at home whose days keep home's clock, no journey beside them: the weekly exit switched
        # on midweek reads the same (TRIP53), so the trip is said, never at high
        conf, basis, meta["caveats"] = _medium_at_most(
            conf, basis, meta["caveats"], exit_like,
            f"{count_phrase(len(exit_like), 'trip')} seen only through logins from a weekly VPN exit's country on "
            "home's hours, with no journey in the records")
        # the weekend home's weekends begun on a Thursday evening: a trip there on those days reads the same (TRIP58),
        # so no trip is named from them, nor is "no trip" said at high; the weeks counted, no day named
        conf, basis, meta["caveats"] = _medium_at_most(
            conf, basis, meta["caveats"],
            [f"In {count_phrase(early_weekends, 'week')} your days in {gazetteer.country_in_text(weekend_cc)} began "
             "on the Thursday evening before the weekend: they are read with your weekends there, though those "
             "Thursdays and Fridays may have been trips."] if early_weekends and weekend_cc else [],
            f"{count_phrase(early_weekends, 'weekend')} in the weekend home's country begun on a Thursday evening, "
            "on a clock too near home's to tell them from a trip there")
        if unconfirmed:
            basis += f"; {len(unconfirmed)} unconfirmed foreign sighting(s) not listed"
        if commuted:
            where = ", ".join(gazetteer.country_in_text(cc) for cc in sorted({c["country"] for c in commuted}))
            basis += (f"; {len(commuted)} run(s) of working days in {where} not listed: weekdays 06–20 there between "
                      "days at home, a commute (see the work location)")
        if said_moved and not (said_moved.get("periods") or [{}, {}])[-2].get("stay_abroad"):
            basis += (f"; judged against the home of each period ({gazetteer.country_in_text(said_moved['from'])} "
                      f"until {spoken_bound(said_moved['until'], moved['until'])}, "
                      f"{gazetteer.country_in_text(home_cc)} from "
                      f"{spoken_bound(said_moved['since'], moved['since'])})")
        summary = _trips_head(trips) if trips else "No trips abroad seen."
        if spread:  # trips read from clean blocks although the logins are spread (T31B P1)
            lengths = sorted(c["days_observed"] for c in trips)
            crew = len(trips) >= CREW_MIN_TRIPS and lengths[len(lengths) * 9 // 10] <= CREW_MAX_DAYS
            names = ", ".join(gazetteer.country_in_text(cc) for cc in sorted({c["country"] for c in trips},
                                                                                  key=gazetteer.country_display))
            summary += (f". Short stays of {lengths[0]}–{lengths[-1]} days in {names}"
                        + (": a crew-like pattern of layovers" if crew else "")
                        + " (your logins are spread over several countries, but your activity moved to these "
                        "countries' clocks on those days)")
            basis += (f"; the logins are spread over several countries (VPN exits look alike), so only clean blocks "
                      f"in countries whose clock your activity moved to on at least one of them are listed (≥ "
                      f"{TRIP_CLOCK_RECORDS} records in home's {CLOCK_NIGHT_FROM_H:02d}–{CLOCK_NIGHT_TO_H:02d}, none "
                      "in the night there)")
            if unsure:
                where = ", ".join(gazetteer.country_in_text(cc) for cc in sorted({c["country"] for c in unsure}))
                basis += f"; {len(unsure)} block(s) in {where} not listed: their clock cannot be told from home's"
                others = ", ".join(gazetteer.country_in_text(cc) for cc in sorted({c["country"] for c in unsure},
                                                                                   key=gazetteer.country_display))
                summary += f"; {len(unsure)} more in {others} on a clock too near home's to tell"
            conf = Confidence.MEDIUM if conf == Confidence.HIGH else conf
        if open_stay is not None:
            conf, said = say_open_stay(open_stay, conf, home)
            basis += "; " + said
            summary += f". {said[0].upper()}{said[1:]}"
        # a stay abroad (stays.py) is a period of the home's history, not a trip: said here as the home says it
        stayed = [stay_text(p, gazetteer.country_display) for p in stay_periods(periods)]
        if stayed:
            joined = " and ".join(stayed)
            summary += (f" {joined[:1].upper()}{joined[1:]} {'is' if len(stayed) == 1 else 'are'} not counted as "
                        f"{'a trip' if len(stayed) == 1 else 'trips'} (see the home finding).")
            basis += f"; {joined} not listed (under {STAY_ABROAD_MAX_DAYS} days and back: a stay)"
        # the one-day sightings the clock may confirm once the sleep window is final (tripnights.set_aside_trip_nights)
        ctx.trips_by_clock = functools.partial(add_trips_seen_by_clock, pending) if trips and pending else None
        if silent:
            summary = (f"No trip abroad seen, but {silent['gaps']} gaps of {silent['shortest']}–{silent['longest']} "
                       f"days with no records at all ({silent['recurring']} on the same dates in another year): "
                       "trips without records, or breaks from the platforms — the records cannot tell.")
        # the days read as no trips, each said in a sentence of its own after the trips: the report's headline,
        # which lists the trips by itself, repeats them (report.view.not_trips_said; FIX2: "18 trips abroad: …"
        # said nothing of the weekends in Poland read as a second home)
        if commuted:
            where = and_list([gazetteer.country_in_text(cc) for cc in sorted({c["country"] for c in commuted},
                                                                              key=gazetteer.country_display)])
            summary += (f"{'' if summary.endswith('.') else '.'} Your days in {where} are working days "
                        "(weekdays 06–20 there, between days at home): a commute, not trips.")
        if weekends:
            basis += (f"; {len(weekends)} weekend(s) in {gazetteer.country_in_text(weekend_cc)} not listed: a "
                      f"weekend home there ({weekend_home['weekends']} of {weekend_home['of_weekends']} weekends; see "
                      "the home finding)")
            # at low (no login at night: T33A M2's Ciudad Juárez resident) the weekends are no trips either way, but
            # which side is home is not known: said so, not "a second home"
            what = ("a second home, not trips" if weekend_home.get("confidence") != str(Confidence.LOW) else
                    "not listed as trips: a home across the border, a second home or family there (see the home "
                    "finding)")
            summary += (f"{'' if summary.endswith('.') else '.'} Your weekends in "
                        f"{gazetteer.country_in_text(weekend_cc)} ({weekend_home['weekends']} of "
                        f"{weekend_home['of_weekends']} weekends with a record) are "
                        f"{what}.")
        if silent:
            spans = ", ".join(f"{a}–{b}" for a, b in silent["periods"][:8])
            meta["caveats"] = [*meta["caveats"], f"Days with no record at all: {spans}"
                               + (f" and {len(silent['periods']) - 8} more." if len(silent["periods"]) > 8 else ".")]
        return Finding(value=trips, confidence=conf, confidence_basis=basis, evidence=ev, summary=summary, **meta)

    def _beside_weekly_exit(self, ctx: Context, trips: list[dict[str, Any]]) -> list[str]:
        """A caveat (one sentence) per trip whose first or last day lies right beside days of logins set aside as a
        weekly exit in its country (``ctx.proxy_exits``' :attr:`~.proxies.ProxyExits.weekly`: every weekend, on a
        clock too near home's to tell), with no day at home between (its ``last_home_day_before`` /
        ``first_home_day_after``, ISO dates): the exit's logins and the trip's there read alike, so the trip shown
        holds the days the records can tell and may have run on into the exit's. An Auckland resident's Sydney trip
        Monday to Thursday right after the AU exit's weekend read "Australia 5–11 May" (high), a Johannesburg
        resident's London trip Wednesday to Friday before the UK exit's weekend "10–14 May" (TRIP50)."""
        from .clock_exits import NEVER_WEEKDAY_SHARE, near_clock  # clock_exits reads this module's clocks

        exits = getattr(ctx, "proxy_exits", None)
        if exits is None or not exits.slots or not trips:
            return []
        aside: dict[str, set[date]] = defaultdict(set)
        for slot, cc in exits.slots:
            aside[cc].add(self._local(ctx, slot)[0])
        out = []
        for trip in trips:
            days = aside.get(trip["country"])
            if not days:
                continue
            start, end = date.fromisoformat(trip["start"]), date.fromisoformat(trip["end"])
            before, after = trip.get("last_home_day_before"), trip.get("first_home_day_after")
            noon = start.toordinal() * 24 + 12  # a UTC hour slot, as the logins'
            if trip["country"] not in exits.weekly and not near_clock(exits.home, trip["country"], noon):
                # a clock apart tells the exit's days from the trip's, but not a day of the trip's sharing its
                # hours with home's next day: the exit's logins on a weekday it is otherwise never used, on that
                # next day at home or before it (a Tokyo resident's Los Angeles trip Friday to Sunday, beside a US
                # exit Friday evening to Sunday: its Sunday is Tokyo's Monday, "United States 12–13 May", high)
                weeks = Counter(d.weekday() for d in days)
                span = (max(days) - min(days)).days // 7 + 1
                hi = min(end + timedelta(days=2), date.fromisoformat(after) if after else date.max)
                if any(end < d <= hi and weeks[d.weekday()] < NEVER_WEEKDAY_SHARE * span for d in days):
                    out.append(f"Your trip to {gazetteer.country_in_text(trip['country'])} ({day_text(start)} to "
                               f"{day_text(end)}) is followed, before you are seen at home again, by logins there "
                               "on a weekday your VPN exit there is otherwise not used, in the hours of your next "
                               "day at home: the days shown are those the records can tell, and it may have lasted "
                               f"to {day_text(end + timedelta(days=1))}.")
                continue
            # the exit's days beside it, up to the nearest day at home and within BESIDE_EXIT_DAYS: home's dates
            # of the exit's logins may fall a day off the trip's (an Auckland resident's Honolulu Friday is
            # Auckland's Saturday)
            lo = max(start - timedelta(days=BESIDE_EXIT_DAYS),
                     date.fromisoformat(before) + timedelta(days=1) if before else date.min)
            hi = min(end + timedelta(days=BESIDE_EXIT_DAYS),
                     date.fromisoformat(after) - timedelta(days=1) if after else date.max)
            first = min((d for d in days if lo <= d < start), default=start)
            last = max((d for d in days if end < d <= hi), default=end)
            if first == start and last == end:
                continue
            name = gazetteer.country_in_text(trip["country"])
            sides = [f"begun as early as {day_text(first)}"] if first < start else []
            sides += [f"lasted to {day_text(last)}"] if last > end else []
            out.append(f"Your trip to {name} ({day_text(start)} to {day_text(end)}) lies beside the logins of "
                       f"your weekly VPN exit there, with no record at home between, on a clock too near yours to "
                       f"tell them apart: the days shown are those the records can tell, and it may have "
                       f"{' and '.join(sides)}.")
        return out

    def _exit_like_trips(self, ctx: Context, trips: list[dict[str, Any]]) -> list[str]:
        """A caveat (one sentence) per trip overlapping a run of its country's days that the clock exits read kept as
        a stay though its activity fits home's clock as well as the country's, no journey's silence beside it
        (``ctx.proxy_exits``' :attr:`~.proxies.ProxyExits.unsure`: UTC hour slots): a weekly VPN exit switched on
        midweek reads the same (TRIP53: the UK exit on a Johannesburg resident's Tuesday and Wednesday alone read
        "1 trip abroad: United Kingdom 9–10 May 2023." at high)."""
        exits = getattr(ctx, "proxy_exits", None)
        if exits is None or not getattr(exits, "unsure", None) or not trips:
            return []
        out = []
        for trip in trips:
            spans = exits.unsure.get(trip["country"])
            if not spans:
                continue
            start, end = date.fromisoformat(trip["start"]), date.fromisoformat(trip["end"])
            if not any(self._local(ctx, a)[0] <= end and start <= self._local(ctx, b)[0] for a, b in spans):
                continue
            out.append(f"Your trip to {gazetteer.country_in_text(trip['country'])} ({day_text(start)} to "
                       f"{day_text(end)}) is seen only through logins from there, in your usual hours on a clock "
                       "this near yours and with no journey in the records: it may have been your VPN's exit there "
                       "switched on outside its weekends.")
        return out

    def _exit_off_weekend(self, ctx: Context, home_days: set[date],
                          trips: Sequence[dict[str, Any]] = ()) -> list[str]:
        """A caveat (one sentence) per run of days whose logins all went through a weekly VPN exit
        (``ctx.proxy_exits``' :attr:`~.proxies.ProxyExits.weekly`) on days of the week it is otherwise not used
        (under :data:`~.clock_exits.NEVER_WEEKDAY_SHARE` of its weeks; a Friday joined where its logins there begin
        before the exit's usual evening), on a clock too near home's to tell (:func:`~.clock_exits.near_clock`), no
        day at home among them (``home_days``: home's local dates with a login at home): the exit left on, or a
        trip there whose activity keeps home's clock — the same records (TRIP51: a Johannesburg resident's UK exit
        left on Monday to Wednesday read "1 trip abroad: United Kingdom 8–10 May 2023"; a London trip Monday to
        Wednesday was "No trips abroad seen." at high). Runs of two days or more, or holding a day of its usual ones
        begun there two hours or more before its usual first login there (a Friday before the weekend: a London trip
        Friday to Sunday, "No trips abroad seen." at high); one other day is the exit's. An exit told by distance
        alone (not ``weekly``) on a near clock counts too, unless it is one of evenings or hours inside home's days
        (``evening``, ``inside``) or told by the clock (``clock``) (TRIP56). A run holding a day of a listed trip
        to its country (``trips``: the finding's, ISO ``start``/``end``) is the trip's, not said again (TRIP58: an
        Auckland resident's Honolulu trip 15–17 Aug 2023 beside "also in use on Wed 16 Aug 2023")."""
        from .clock_exits import NEVER_WEEKDAY_SHARE, journey_beside, near_clock  # it reads this module's clocks

        exits = getattr(ctx, "proxy_exits", None)
        if exits is None or not exits.slots:
            return []
        # an exit told by distance alone reads the same where its clock is near home's (TRIP56: an Auckland
        # resident's US exit Friday evening to Sunday, too far for the week's journeys, is not ``weekly``; a
        # Honolulu trip Thursday to Friday, Auckland's Friday afternoon to Sunday, was "No trips abroad seen." at
        # high); an exit of evenings or hours inside home's days is not a weekend's
        apart = exits.evening | exits.inside | exits.clock.keys()
        first_h: dict[str, dict[date, int]] = defaultdict(dict)  # the local hour of each day's first login there
        day_slots: dict[tuple[str, date], list[int]] = defaultdict(list)  # each local day's login slots there
        for slot, cc in sorted(exits.slots):
            if cc in exits.weekly or cc not in apart:
                d, h = self._local(ctx, slot)
                first_h[cc].setdefault(d, h)
                day_slots[(cc, d)].append(slot)
        out = []
        for cc in sorted(first_h):
            days = first_h[cc]
            mid = sorted(days)[len(days) // 2]
            if not near_clock(exits.home, cc, mid.toordinal() * 24 + 12):
                continue
            weeks = Counter(d.weekday() for d in days)
            span = (max(days) - min(days)).days // 7 + 1
            rare = {w for w in range(7) if weeks[w] < NEVER_WEEKDAY_SHARE * span}
            hours: dict[int, list[int]] = defaultdict(list)  # each weekday's first hours there, as usual
            for d, h in days.items():
                hours[d.weekday()].append(h)
            usual = {w: sorted(hs)[len(hs) // 2] for w, hs in hours.items()}
            runs: list[list[date]] = []
            early: set[date] = set()  # a day of its usual ones begun there hours before its usual first login
            for d in sorted(days):
                if d.weekday() not in rare and days[d] < usual[d.weekday()] - 2:
                    early.add(d)
                elif d.weekday() not in rare:
                    continue
                if d in home_days:
                    continue
                if runs and runs[-1][-1] == d - timedelta(days=1):
                    runs[-1].append(d)
                else:
                    runs.append([d])
            for run in runs:
                # one day alone is the exit's, unless an exit told by distance alone has a journey beside it (TRIP58:
                # an Auckland resident's Honolulu Saturday and Sunday, Auckland's Sunday afternoon and Monday, a
                # 9-hour flight each way, was "No trips abroad seen." at high: its Sunday is one of the exit's) and a
                # login there by day (the day said never dates a night-time record alone)
                if any(t["country"] == cc and t["start"] <= d.isoformat() <= t["end"] for t in trips for d in run):
                    continue
                if len(run) < 2 and not early & set(run) and (
                        cc in exits.weekly
                        or all(is_night_hour(self._local(ctx, s)[1]) for s in day_slots[(cc, run[0])])
                        or not journey_beside(exits.home_clock, cc, sorted(day_slots[(cc, run[0])]))):
                    continue
                # (TRIP57) an exit told by distance alone (TRIP56's reading) only with a journey beside the run — a
                # silence of a flight's length or the activity on the country's clock: an Auckland resident's US
                # exit left on from Thursday evening to Friday, home's clock kept and no silence, was said "may have
                # been a trip" each time, "No trips abroad seen." high → medium (T55A 5); a Honolulu trip has its
                # 9-hour flights beside it. A weekly one's runs are said as before (TRIP51: its days left on)
                if cc not in exits.weekly and not journey_beside(
                        exits.home_clock, cc, sorted(s for d in run for s in day_slots[(cc, d)])):
                    continue
                a, b = run[0], run[-1]
                when = f"{b:%a} {day_text(b)}" if a == b else (
                    f"{a:%a} {a.day}{f' {a:%b}' if a.month != b.month else ''}"
                    f"{f' {a:%Y}' if a.year != b.year else ''} – {b:%a} {day_text(b)}")
                # its hours, not its weekends: a run may hold one of its usual days begun early (T50B: "Tue 9 – Sat 13
                # May 2023, outside its weekends")
                out.append(f"Your VPN's exit in {gazetteer.country_in_text(cc)} was also in use on {when}, outside "
                           "its usual weekend hours; on a clock this near yours those days may have been a trip.")
        return out

    def _open_stay(self, trips: list[dict[str, Any]]) -> dict[str, Any] | None:
        """The latest trip when it is still open as the records end — no day at home after it, its last day within
        :data:`OPEN_STAY_END_DAYS` of the last active day — and an order of one's own ships to an address in its
        country first ordered to since it began (a new address), or it lasts :data:`MOVE_MIN_DAYS` days or more: a
        trip or a move, the records cannot yet tell (inference.md #15: a new address is a move's sign). Marks it
        ``open_at_end`` and ``new_address_orders`` (0 for none)."""
        days = self.active_days
        if not trips or not days:
            return None
        trip = trips[-1]
        start, end = date.fromisoformat(trip["start"]), date.fromisoformat(trip["end"])
        if trip.get("first_home_day_after") is not None or (date.fromordinal(days[-1]) - end).days > OPEN_STAY_END_DAYS:
            return None
        ship = self.shipping
        new = sum(ship.totals[pid] for pid, place in enumerate(ship.places)
                  if place[0] == trip["country"] and pid in ship.first
                  and ship.first[pid] >= start - timedelta(days=OPEN_STAY_ORDER_SLACK_DAYS))
        # without a new address, a stay of a move's length (MOVE_MIN_DAYS calendar days) the records end in is open
        # too: shorter than MOVE_SHORT_DAYS it is read as a trip (edge_stay), but a move just before the export was
        # made would look the same (a Berliner's last 35 days in New York: "Germany" high and a trip, no word of it)
        if not new and (end - start).days + 1 < MOVE_MIN_DAYS:
            return None
        trip["open_at_end"] = True
        trip["new_address_orders"] = new
        return trip

    def _silent_gaps(self) -> dict[str, Any] | None:
        """Record-free gaps that recur on the same dates (SILENT_MIN_DAYS' comment): ``{"gaps", "shortest",
        "longest", "recurring", "periods": [[first, last], …]}`` (ISO days with no record), or None when fewer than
        SILENT_MIN_RECURRING recur or the records are too sparse to tell a gap from a quiet week."""
        days = self.active_days
        around = SILENT_AROUND_DAYS

        def busy(lo: int, hi: int) -> bool:  # records on ≥ SILENT_ACTIVE_SHARE of the days lo … hi
            return bisect_right(days, hi) - bisect_left(days, lo) >= SILENT_ACTIVE_SHARE * (hi - lo + 1)

        # a gap counts only between busy months (an account created years before its use, a sparse poster: no)
        gaps = [(a + 1, b - 1) for a, b in itertools.pairwise(days)
                if SILENT_MIN_DAYS <= b - a - 1 <= SILENT_MAX_DAYS
                and busy(a - around + 1, a) and busy(b, b + around - 1)]
        if not gaps:
            return None

        def middle(g: tuple[int, int]) -> tuple[int, int]:
            d = date.fromordinal((g[0] + g[1]) // 2)
            return d.year, d.timetuple().tm_yday

        mids = [middle(g) for g in gaps]
        recurring = 0
        for i, (y, doy) in enumerate(mids):
            if any(y2 != y and min(abs(doy - d2), 365 - abs(doy - d2)) <= SILENT_SAME_DATES_DAYS
                   for j, (y2, d2) in enumerate(mids) if j != i):
                recurring += 1
        if recurring < SILENT_MIN_RECURRING:
            return None
        lengths = [b - a + 1 for a, b in gaps]
        return {"gaps": len(gaps), "shortest": min(lengths), "longest": max(lengths), "recurring": recurring,
                "periods": [[date.fromordinal(a).isoformat(), date.fromordinal(b).isoformat()] for a, b in gaps]}

    def _clock_moved(self, ctx: Context, cand: dict[str, Any],
                     foreign_slots: dict[tuple[date, str], list[int]]) -> bool:
        """Whether a candidate trip seen on ≥ :data:`TRIP_MIN_DAYS` days is confirmed by the clock (T31B P1: a
        pilot's 2–3-day layovers, logins alone): its country's clocks are all ≥ :data:`TRIP_CLOCK_GAP_H` h off the
        chosen zone's on its days, ≥ :data:`TRIP_CLOCK_RECORDS` of its records fall in the home night
        (:data:`CLOCK_NIGHT_FROM_H`–:data:`CLOCK_NIGHT_TO_H` on the chosen zone) and none in the night on every one
        of the country's own clocks: the activity moved to that clock. A VPN exit used at home keeps home's clock and
        never passes."""
        if cand["days_observed"] < TRIP_MIN_DAYS:
            return False
        gap = clock_gap(ctx, cand["country"], cand["_days"])
        if gap is None or gap[0] < TRIP_CLOCK_GAP_H:
            return False
        home_night = 0
        for d in cand["_days"]:
            for slot in foreign_slots.get((d, cand["country"]), ()):
                there = self._there(ctx, slot, cand["country"])
                if all(CLOCK_NIGHT_FROM_H <= h < CLOCK_NIGHT_TO_H for _, h in there):
                    return False
                if CLOCK_NIGHT_FROM_H <= self._local(ctx, slot)[1] < CLOCK_NIGHT_TO_H:
                    home_night += 1
        return home_night >= TRIP_CLOCK_RECORDS

    def _clock_checkable(self, ctx: Context, cand: dict[str, Any], sources: set[str]) -> bool:
        """Whether a candidate trip seen on fewer than :data:`TRIP_MIN_DAYS` days may be confirmed by the clock
        (:data:`TRIP_CLOCK_GAP_H`' comment): ≥ :data:`TRIP_MIN_SOURCES` kinds of record, none placing the person
        (check-ins and geotags have their own rules), and a country whose nearest clock is ≥
        :data:`TRIP_CLOCK_GAP_H` hours off the chosen zone's on its days."""
        if len(sources) < TRIP_MIN_SOURCES or not (LOCATED_SOURCES | self.located_sources).isdisjoint(sources):
            return False
        gap = clock_gap(ctx, cand["country"], cand["_days"])
        return gap is not None and gap[0] >= TRIP_CLOCK_GAP_H

    def _near_trip(self, ctx: Context, cand: dict[str, Any], sources: set[str], home_slots: list[int],
                   foreign_slots: Mapping[tuple[date, str], list[int]]) -> bool:
        """Whether a sighting too short for the usual rule, in a country whose nearest clock is at most
        :data:`TRIP_CLOCK_GAP_H` hours from the chosen zone's, is a trip (:data:`TRIP_NEAR_CLEAR_H`' comment: Dubai
        from Berlin, 2 h in summer; 3 h in winter, its 07–23 Berlin's 04–20, leaves home's night hardly a record):
        ≥ :data:`TRIP_MIN_SOURCES` kinds of record (none a check-in or geotag, which have their own rules) or one and
        an own order shipped to that country within :data:`TRIP_NEAR_ORDER_DAYS` days, and no record at home between
        its records nor within :data:`TRIP_NEAR_CLEAR_H` hours on both sides of them."""
        cc = cand["country"]
        days = cand["_days"]
        if not (LOCATED_SOURCES | self.located_sources).isdisjoint(sources):
            return False
        gap = clock_gap(ctx, cc, days)
        if gap is None or gap[0] > TRIP_CLOCK_GAP_H:
            return False
        if len(sources) < TRIP_MIN_SOURCES and not self._ordered_there(cc, days):
            return False
        slots = sorted(h for d in days for h in foreign_slots.get((d, cc), ()))
        if not slots:
            return False
        first, last = slots[0], slots[-1]
        i = bisect_left(home_slots, first - TRIP_NEAR_CLEAR_H)
        j = bisect_right(home_slots, last + TRIP_NEAR_CLEAR_H)
        around = home_slots[i:j]
        between = any(first <= h <= last for h in around)
        both_sides = any(h < first for h in around) and any(h > last for h in around)
        return not (between or both_sides)

    @staticmethod
    def _clear_stay(cand: dict[str, Any], home_slots: list[int], foreign_slots: Mapping[tuple[date, str], list[int]],
                    nights: Mapping[int, str], edge: bool = False) -> date | None:
        """The last local day abroad of a candidate trip too short for the usual rule that is a stay, else None
        (:data:`TRIP_STAY_NIGHTS`' comment). The day out and the day back, each a day at home by its records (a
        Friday's work, a Sunday evening home), hold the stay's first and last records there: counted (T36B: Friday
        evening to Sunday evening in Istanbul was one day, Saturday, "a short sighting"). Its days abroad (local, on
        the country's clock) span ≥ :data:`TRIP_STAY_NIGHTS` midnights, or a night slept there
        (:func:`~.proxies.slept_in`: the last login before the quiet hours and the first after them both in its
        country) follows one of them, and no record in the home country (``home_slots``: sorted UTC hour slots) falls
        between its first and last record abroad, the morning after such a night's included (``foreign_slots``:
        (local day, country) → UTC hour slots; ``nights``: :meth:`_nights_slept`) — a VPN exit switches with home's
        logins. A Berliner's Tuesday nights in Paris every other week (French logins that evening and the next
        morning, home's that night) were 52 "short foreign sightings" and the trips "unclear" (T36B). The stay's
        days with a record there are put on the candidate (``_stay_days``)."""
        cc = cand["country"]
        days = sorted(cand["_days"])
        out, back = days[0] - timedelta(days=1), days[-1] + timedelta(days=1)
        days = [d for d in (out,) if foreign_slots.get((d, cc))] + days + \
            [d for d in (back,) if foreign_slots.get((d, cc))]
        first, last = days[0], days[-1]
        if (last - first).days < TRIP_STAY_NIGHTS:
            if not any(nights.get(o) == cc for o in range(first.toordinal(), last.toordinal() + 2)):
                return None
            last += timedelta(days=1)  # the morning after the night there
        slots = sorted(h for o in range(first.toordinal(), last.toordinal() + 1)
                       for h in foreign_slots.get((date.fromordinal(o), cc), ()))
        if not slots:
            return None
        i = bisect_right(home_slots, slots[0])
        if i < len(home_slots) and home_slots[i] < slots[-1]:
            inner = _inner_slots(slots, home_slots[i:bisect_left(home_slots, slots[-1])])
            if inner is None or edge:
                return None
            # its records past home's at its edges left out, the rest read again (TRIP_EDGE_OVERLAP_H), spanning
            # two midnights itself: one night slept there beside a login at home hours away is a VPN's switching
            kept = set(inner)
            trimmed = {(d, k): [h for h in hs if h in kept] if k == cc else hs for (d, k), hs in foreign_slots.items()}
            held = {**cand, "_days": sorted({d for (d, k), hs in trimmed.items() if k == cc and hs
                                             and first <= d <= last})}
            if not held["_days"] or MovesMixin._clear_stay(held, home_slots, trimmed, {}, edge=True) is None:
                return None
            cand["_stay_days"] = held["_stay_days"]
            return cand["_stay_days"][-1]
        cand["_stay_days"] = [d for o in range(first.toordinal(), last.toordinal() + 1)
                              if foreign_slots.get((d := date.fromordinal(o), cc))]
        return cand["_stay_days"][-1]

    @staticmethod
    def _days_before_nights(ctx: Context, foreign_slots: Mapping[tuple[date, str], list[int]],
                            nights: Mapping[int, str]) -> dict[date, str]:
        """Local day → the country abroad of the night that ends it where :meth:`_nights_slept` places that night
        there (``nights``) and the day has a record there (``foreign_slots``: (local day, country) → UTC hour
        slots); the morning after such a night ends another night, at home or not."""
        lull = MovesMixin._night_lull(ctx)
        if lull is None or not nights:
            return {}
        return {d: cc for (d, cc), slots in foreign_slots.items()
                if any(nights.get(waking_day(s, lull) + 1) == cc for s in slots)}

    @staticmethod
    def _night_lull(ctx: Context) -> float | None:
        """The quiet hours' centre (UTC hours) of the clock's own records (:attr:`~.engine.Context.own_bins`)."""
        days = ctx.own_bins or {}
        return lull_mid_hours(presence_hist(days, list(days))) if days else None

    @staticmethod
    def _nights_slept(ctx: Context, home_slots: list[int],
                      foreign_slots: Mapping[tuple[date, str], list[int]]) -> dict[int, str]:
        """:func:`~.proxies.slept_in` on the records that place the person (``home_slots``: UTC hour slots at home;
        ``foreign_slots``: (local day, country) → UTC hour slots abroad), around the quiet hours' centre of the
        clock's own records (:attr:`~.engine.Context.own_bins`): ``{UTC day ordinal of that centre: country}``, the
        home's nights under the empty name."""
        lull = MovesMixin._night_lull(ctx)
        if lull is None:
            return {}
        hours: Counter[tuple[int, str]] = Counter((slot, "") for slot in home_slots)
        for (_d, cc), slots in foreign_slots.items():
            hours.update((slot, cc) for slot in slots)
        return slept_in(hours, lull)

    @staticmethod
    def _nights_there(ctx: Context, cand: dict[str, Any], home_slots: list[int],
                      foreign_slots: Mapping[tuple[date, str], list[int]],
                      cache: dict[float, dict[int, str]]) -> dict[int, str]:
        """:meth:`_nights_slept`'s nights around the quiet hours' centre moved onto each clock of a candidate trip's
        country :data:`TRIP_CLOCK_GAP_H` hours or more from the chosen zone's, those placed in its country: a night
        slept there on its own clock, quiet around its centre (:func:`~.clock_exits.quiet_around`; ``cache``: the
        nights by moved centre, UTC hours). Home's centre falls in the
        day there: a Mumbai resident's Monday evening to Tuesday evening in London, 22:00 and 09:00 there, 5.5 h
        either side of London's night, 0.75 and 10.25 h from Mumbai's, had no night placed and read "No trips
        abroad seen" beside a UK exit at weekends (T41B)."""
        from .clock_exits import quiet_around  # clock_exits reads this module's clocks when used

        lull = MovesMixin._night_lull(ctx)
        days = cand["_days"]
        if lull is None or not days:
            return {}
        cc, mid = cand["country"], days[len(days) // 2]
        home_q = ctx.offset_quarters(mid)
        out: dict[int, str] = {}
        for q in country_offsets(cc, mid.toordinal() * 24 + 12):
            if min((q - home_q) % 96, (home_q - q) % 96) < TRIP_CLOCK_GAP_H * 4:
                continue
            there = (lull - (q - home_q) / 4) % 24
            if there not in cache:
                hours: Counter[tuple[int, str]] = Counter((slot, "") for slot in home_slots)
                for (_d, k), slots in foreign_slots.items():
                    hours.update((slot, k) for slot in slots)
                cache[there] = {o: k for o, k in slept_in(hours, there).items()
                                if quiet_around(ctx.own_bins or {}, o * 24 + there)}
            out.update({o: k for o, k in cache[there].items() if k == cc})
        return out

    def _ordered_there(self, cc: str, days: list[date]) -> bool:
        """Whether an own order (gifts left out) shipped to a town in ``cc`` was placed within
        :data:`TRIP_NEAR_ORDER_DAYS` days (UTC) of ``days``."""
        sp = self.shipping
        towns = {pid for pid, place in enumerate(sp.places) if place[0] == cc}
        if not towns:
            return False
        lo = min(days).toordinal() - TRIP_NEAR_ORDER_DAYS
        hi = max(days).toordinal() + TRIP_NEAR_ORDER_DAYS
        return any(pid in towns and lo <= slot // 24 <= hi for pid, slot in sp.by_hour)


def _weekend_home_run(days: Sequence[date], home_that_day: Callable[[date], bool]) -> bool:
    """Whether a run of days in the weekend home's country (ascending local days, at most four) is one of its
    weekends: Fridays to Mondays, or begun on the Thursday before with a record at home too (the day at home, the
    evening there: the weekend begun that evening). TRIP58 (T56A 3): a London resident's German weekends (a second
    home, or the VPN exit they read as) and a New York resident's Canadian ones, the German / Canadian logins from
    Thursday evening and all Friday on four weeks of the year, read "4 trips abroad: Germany 9–10 Mar 2023, …" at
    high — the Thursday evening kept them from the weekends, the weekend cut left Thursday and Friday a trip; a
    Friday there before the weekend was the weekend's already."""
    if not days or len(days) > 4:
        return False
    rest = days
    if days[0].weekday() == 3 and home_that_day(days[0]) and days[1:2] == [days[0] + timedelta(days=1)]:
        # … into the weekend itself: a Thursday evening and Friday there alone, home by Saturday, is no weekend
        rest = days[1:] if any(d.weekday() in (5, 6) for d in days) else days
    return all(d.weekday() in (4, 5, 6, 0) for d in rest)


def _off_weekend_home(days: Sequence[date], home_that_day: Callable[[date], bool]) -> tuple[int, int] | None:
    """The indices ``(i, j)`` (``days[i:j]``) of a run of days in the weekend home's country (ascending local days,
    :func:`~.place.weekend_split`'s second home seen in the logins) without that home's weekend at its ends: its
    Saturdays and Sundays there, and a Friday beside them with a record at home too (``home_that_day``: the day at
    home, the evening there; a Friday there alone is the trip's); None where
    nothing is cut or no weekday (Monday to Thursday) would be left. A Lisbon resident's UK weekends (a second home,
    the UK's clock Lisbon's) beside a London trip Monday to Wednesday, no record at home between: one run, "1 trip
    abroad: United Kingdom 5–10 May 2023" for 8–10 (TRIP46); Madrid and Germany, Vancouver or Toronto and the US
    alike."""
    i, j = 0, len(days)
    if i < j and days[i].weekday() == 4 and home_that_day(days[i]):
        i += 1
    while i < j and days[i].weekday() in (5, 6):
        i += 1
    while j > i and days[j - 1].weekday() in (5, 6):
        j -= 1
    if j < len(days) and j > i and days[j - 1].weekday() == 4 and home_that_day(days[j - 1]):
        j -= 1
    if (i, j) == (0, len(days)) or not any(d.weekday() < 4 for d in days[i:j]):
        return None
    return i, j


def _inner_slots(slots: Sequence[int], between: Sequence[int]) -> list[int] | None:
    """A stay's UTC hour ``slots`` (ascending) less those at its edges that records at home (``between``, ascending,
    all inside the stay's span) come after or before: those records lie within :data:`TRIP_EDGE_OVERLAP_H` hours of
    its first or last slot, else None (interleaved all through, a VPN's)."""
    early = [h for h in between if h - slots[0] <= TRIP_EDGE_OVERLAP_H]
    late = [h for h in between if slots[-1] - h <= TRIP_EDGE_OVERLAP_H]
    if len(set(early) | set(late)) < len(between):
        return None
    lo = max(early, default=-1)
    hi = min(late, default=slots[-1] + 1)
    inner = [h for h in slots if lo < h < hi]
    return inner or None

