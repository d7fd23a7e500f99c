"""What a login's address and a located record's cell tell, for :mod:`.place` and :mod:`.moves`: the country an IP
address's block is registered to (``iptocc``: RIR allocation data shipped inside the package, nothing looked up
online), its network (an IPv4 /24 or IPv6 /48, as an integer code), a 0.01° cell (≈ 1 km) as an integer and the town
nearest it (GeoNames towns of ≥ 15,000 people, :mod:`.gazetteer`), and :class:`SlotCounts`, the per-hour table of
place codes the aggregator keeps. Cached per process; no state per record.
"""

from __future__ import annotations

import functools
import ipaddress
import itertools
import re
from array import array
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from datetime import date, timedelta
from functools import lru_cache

from . import gazetteer
from .sensitive import holy_town

#: the longest run of days without a located login that :func:`days_per_country` gives to the countries of the
#: login days on either side (a week: a traveller or a crew member home between layovers who logs in every few
#: days); a longer silence holds no country
HELD_GAP_DAYS = 7
#: the least share of the login days a country must hold for :func:`held_days` to give it the silent days between
#: stays in two other countries (one seen a day or two has no silence rate to speak of)
SILENT_HOME_MIN_SHARE = 0.1


def held_days(per_day: Mapping[date, Mapping[str, float]] | Iterable[tuple[tuple[date, str], float]],
              held: bool = True) -> dict[date, str]:
    """Day → the country holding it: each day with observations its commonest country (a tie: the one counted
    first); with ``held``, the days without one between two days with one (:data:`HELD_GAP_DAYS` at most) too — all
    the country of both sides where they agree, else shared between the two sides as often as each country's days
    go without a login (its silent days between two of its own login days, over those and its login days): a Dubai
    crew member logged in three times every day of a layover and every third day at home was at home on the silent
    days between a layover and a login at home. Halves where both go silent alike. The silent days between stays in
    two countries whose days go silent less often than those of the country that goes silent most (of those holding
    :data:`SILENT_HOME_MIN_SHARE` of the login days) are that country's: a crew's home between two layovers. A
    person is somewhere every day, not only on the days she logs in. ``per_day``: day → {country: observations}, or
    ``((day, country), observations)`` pairs (``zoneprior.PlaceEvidence.ip_days.items()``). O(days)."""
    units: Mapping[date, Mapping[str, float]]
    if isinstance(per_day, Mapping):
        units = per_day
    else:
        grouped: dict[date, Counter[str]] = {}
        for (unit, cc), n in per_day:
            grouped.setdefault(unit, Counter())[cc] += n
        units = grouped
    tops = {d: max(counts, key=counts.__getitem__) for d, counts in units.items() if counts}  # max: first of equals
    if not held:
        return tops
    gaps = [(a, b, (b - a).days - 1) for a, b in itertools.pairwise(sorted(tops))]
    gaps = [(a, b, n) for a, b, n in gaps if 0 < n <= HELD_GAP_DAYS]
    # how often each country's days go without a login: its silent days between two of its own login days, over
    # those and its login days (a layover logged in three times a day: none; a home logged in every third day: most),
    # with Laplace's one silent and one login day more (one silent day in a hundred is no reason to take a neighbour's)
    seen, silent = Counter(tops.values()), Counter()
    for a, b, n in gaps:
        if tops[a] == tops[b]:
            silent[tops[a]] += n
    quiet = {cc: (silent[cc] + 1) / (silent[cc] + seen[cc] + 2) for cc in seen}
    # the country whose days go silent most, of those holding a tenth of the login days or more: silent days
    # between stays in two countries whose days never do (a crew's layovers, logged in three times a day) were
    # spent there (at home, logged in every third day), not split between the layovers
    quietest = max((cc for cc in seen if seen[cc] >= SILENT_HOME_MIN_SHARE * len(tops)), key=quiet.__getitem__,
                   default=None)
    out = dict(tops)
    for a, b, n in gaps:
        ca, cb = tops[a], tops[b]
        if quietest is not None and ca != cb and quiet[quietest] > max(quiet[ca], quiet[cb]):
            ca = cb = quietest
        # the earlier side's share of the silent days between two countries: as likely as its days go silent
        # against the later side's (each side half where both go silent alike)
        wa = 1.0 if ca == cb else quiet[ca] / (quiet[ca] + quiet[cb])
        for k in range(1, n + 1):
            out[a + timedelta(days=k)] = ca if (k - 0.5) / n < wa else cb
    return out


def days_per_country(per_day: Mapping[date, Mapping[str, float]] | Iterable[tuple[tuple[date, str], float]],
                     held: bool = False) -> Counter[str]:
    """Days each country holds (:func:`held_days`, ``held``: the days between login days too).

    The one count a share of login countries is taken from (the zone prior, the home country): a day with three
    logins abroad is one day abroad, as a day with one login at home is one at home. Counted by logins, a Dubai
    crew member logging in 0.3 times a day at home and 3 times a day on her layovers was "Australia/Perth" with no
    home (T32B M4; FASTING's N7: "the place evidence counts logins")."""
    return Counter(held_days(per_day, held).values())

_IP_CACHE_MAX = 8192  # distinct addresses remembered (a miss costs an iptocc bisect, well under 1 µs)
_V6 = 1 << 48  # flag bit of an IPv6 /48 in a network code (an IPv4 /24 is its 24 bits)
_LON_CELLS = 36001  # 0.01° longitude cells from -180.00 to 180.00


@functools.lru_cache(maxsize=16384)  # people check in and tweet from few 0.01° cells
def _cell_town(code: int) -> tuple[str, str] | None:
    """(town, country) of the town of ≥ 15,000 people nearest a 0.01° cell (:func:`cell_code`), when it is within
    ``gazetteer.NEAR_KM`` (GeoNames, offline); None at sea, far from towns or without the data. Near a border the
    nearest town can be across it."""
    lat, lon = cell_of(code)
    near = gazetteer.nearest(lat, lon)
    if near is None or near[1] > gazetteer.NEAR_KM:
        return None
    return near[0].name, near[0].country


@functools.lru_cache(maxsize=256)
def _cell_town_other(code: int) -> tuple[str, str] | None:
    """:func:`_cell_town` passing over the holy cities only Muslims may enter (:func:`.sensitive.holy_town`:
    Makkah, Madinah): the town a report without --include-sensitive names near such a cell, as it would for any
    visitor there (the nearest other town of ≥ 15,000 people within ``gazetteer.NEAR_KM``), or None."""
    lat, lon = cell_of(code)
    near = gazetteer.nearest_other(lat, lon, lambda c: holy_town(c.name, c.country))
    if near is None or near[1] > gazetteer.NEAR_KM:
        return None
    return near[0].name, near[0].country


#: holy-city sightings whose excerpt a report without --include-sensitive says otherwise, at most (past it the
#: sensitive gate's "near a place withheld" stands)
HOLY_ALT_MAX = 4096


def _placeless_ranges(cls: type[ipaddress.IPv4Address] | type[ipaddress.IPv6Address],
                      mapped: tuple[list[int], list[bool]] | None = None) -> tuple[list[int], list[bool]]:
    """The address space of ``cls`` as runs of integers, each run's start and whether its addresses are private or
    loopback (``is_private or is_loopback``), from the running Python's own tables (``cls._constants``: its private,
    reserved, link-local … networks, and the loopback address): each run lies inside or outside every one of those
    networks, so ipaddress's own answer for the run's first address holds for all of it. ``mapped`` (IPv6): the IPv4
    runs, also cut inside ``::ffff:0:0/96`` (the Pythons that answer there as for the IPv4 address it maps).
    Neighbouring runs alike are one."""
    bits = cls(0).max_prefixlen
    cuts = {0, 1, 2, 1 << bits}
    for value in vars(cls._constants).values():  # type: ignore[attr-defined]
        for net in value if isinstance(value, list | tuple) else (value,):
            if isinstance(net, ipaddress.IPv4Network | ipaddress.IPv6Network) and net.max_prefixlen == bits:
                cuts.update((int(net.network_address), int(net.broadcast_address) + 1))
            elif isinstance(net, ipaddress.IPv4Address | ipaddress.IPv6Address) and net.max_prefixlen == bits:
                cuts.update((int(net), int(net) + 1))
    if mapped is not None:
        cuts.update(0xFFFF << 32 | start for start in mapped[0])
        cuts.add(0x10000 << 32)
    starts: list[int] = []
    placeless: list[bool] = []
    for start in sorted(cuts - {1 << bits}):
        addr = cls(start)
        flag = addr.is_private or addr.is_loopback
        if not placeless or placeless[-1] != flag:
            starts.append(start)
            placeless.append(flag)
    return starts, placeless


_V4_PLACELESS = _placeless_ranges(ipaddress.IPv4Address)
_V6_PLACELESS = _placeless_ranges(ipaddress.IPv6Address, _V4_PLACELESS)
# what ipaddress reads as an IPv4 address: four decimal parts of 0-255 without leading zeros (ASCII digits only)
_OCTET = r"(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])"
_DOTTED_QUAD = re.compile(rf"{_OCTET}\.{_OCTET}\.{_OCTET}\.{_OCTET}")


def _placeless(ranges: tuple[list[int], list[bool]], n: int) -> bool:
    """Whether address ``n`` lies in a private or loopback run of ``ranges`` (:func:`_placeless_ranges`)."""
    return ranges[1][bisect_right(ranges[0], n) - 1]


@functools.lru_cache(maxsize=4096)  # one parse per distinct address for ip_prefix and ip_prefix_code alike
def _public_address(ip: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """The address ``ip`` names, or ``None`` when it is unreadable, private or loopback (no place): as ipaddress's
    ``is_private or is_loopback`` says, by a bisect in its tables' runs (:func:`_placeless_ranges`; issue 16:
    ipaddress tried each private network in turn, and parsed each dotted quad's parts in Python)."""
    ip = ip.strip()
    if _DOTTED_QUAD.fullmatch(ip):
        a, b, c, d = map(int, ip.split("."))
        n = a << 24 | b << 16 | c << 8 | d
        return None if _placeless(_V4_PLACELESS, n) else ipaddress.IPv4Address(n)
    try:
        addr = ipaddress.ip_address(ip)
    except ValueError:
        return None
    return None if _placeless(_V4_PLACELESS if addr.version == 4 else _V6_PLACELESS, int(addr)) else addr


@functools.lru_cache(maxsize=4096)  # logins repeat a few addresses; ipaddress parsing costs ~90 µs a call
def ip_prefix(ip: str) -> str | None:
    """The /24 (IPv4) or /48 (IPv6) network of an address: one home or office line, roughly."""
    addr = _public_address(ip)
    if addr is None:
        return None
    if addr.version == 4:  # the canonical dotted quad's first three parts: what ip_network(.../24) prints
        return str(addr).rsplit(".", 1)[0] + ".0/24"
    return str(ipaddress.ip_network(f"{addr}/48", strict=False))


@functools.lru_cache(maxsize=4096)
def ip_prefix_code(ip: str) -> int | None:
    """:func:`ip_prefix` as an integer (the /24's 24 bits, or the /48's 48 bits with a flag bit): what the
    per-hour table keeps, so that no string is held per network (:func:`prefix_text` spells it back)."""
    addr = _public_address(ip)
    if addr is None:
        return None
    if addr.version == 4:
        return int(addr) >> 8
    return _V6 | int(addr) >> 80


def prefix_text(code: int) -> str:
    """The network a :func:`ip_prefix_code` stands for, spelled as :func:`ip_prefix` spells it."""
    if code & _V6:
        return str(ipaddress.IPv6Network(((code ^ _V6) << 80, 48)))
    return f"{code >> 16}.{code >> 8 & 255}.{code & 255}.0/24"


def cell_code(cell: tuple[float, float]) -> int:
    """A 0.01° cell (latitude, longitude rounded to 2 places) as one integer (:func:`cell_of` reverses it)."""
    return (round(cell[0] * 100) + 9000) * _LON_CELLS + round(cell[1] * 100) + 18000


def cell_of(code: int) -> tuple[float, float]:
    """The cell of a :func:`cell_code`: the same floats ``round(x, 2)`` gives (n / 100 is the double nearest
    to n hundredths, as ``round`` returns)."""
    la, lo = divmod(code, _LON_CELLS)
    return (la - 9000) / 100, (lo - 18000) / 100


class SlotCounts:
    """Counts per (UTC hour slot, place code) of a chronological stream, as flat arrays.

    The timeline comes in time order, so the hour being filled is the only one that can still change:
    its counts are kept in a small dict and, when the hour moves on, appended to parallel arrays (slot,
    place, count, and optionally a bit mask of the kinds of record seen) — 16–24 bytes an entry instead
    of ~80 for an entry of a dict keyed by (place, hour), and no string or tuple per place. The entries
    are what a dict would hold, in the order it would have first seen them; should a record come out
    of order, its (slot, place) is simply appended again and summed when read (:meth:`entries`).
    """

    __slots__ = ("_masks_now", "_now", "_slot", "counts", "masks", "places", "slots")

    def __init__(self, masks: bool = False) -> None:
        self.slots = array("I")
        self.places = array("Q")
        self.counts = array("I")
        self.masks: array | None = array("Q") if masks else None
        self._slot = -1
        self._now: dict[int, int] = {}
        self._masks_now: dict[int, int] = {}

    def add(self, slot: int, place: int, mask: int = 0) -> None:
        if slot != self._slot:
            self._flush()
            self._slot = slot
        now = self._now
        now[place] = now.get(place, 0) + 1
        if mask:
            self._masks_now[place] = self._masks_now.get(place, 0) | mask

    def _flush(self) -> None:
        now = self._now
        if not now:
            return
        n = len(now)
        self.slots.extend(array("I", [self._slot]) * n)
        self.places.extend(now)
        self.counts.extend(now.values())
        if self.masks is not None:
            get = self._masks_now.get
            self.masks.extend(get(p, 0) for p in now)
            self._masks_now = {}
        self._now = {}

    def subtract(self, drop: Mapping[tuple[int, int], int]) -> None:
        """Takes ``drop``'s counts ((slot, place) → count) off the table, an entry left at zero or below removed
        (its kinds' mask with it): logins found to be a VPN's exit after the stream was read (:mod:`.proxies`).
        O(entries)."""
        self._flush()
        if not drop:
            return
        left = dict(drop)
        keep = array("I", [1]) * len(self.slots)
        counts = self.counts
        for i, (slot, place) in enumerate(zip(self.slots, self.places)):
            n = left.get((slot, place))
            if not n:
                continue
            take = min(n, counts[i])
            counts[i] -= take
            left[(slot, place)] = n - take
            if counts[i] == 0:
                keep[i] = 0
        if all(keep):
            return
        idx = [i for i, k in enumerate(keep) if k]
        self.slots = array("I", (self.slots[i] for i in idx))
        self.places = array("Q", (self.places[i] for i in idx))
        self.counts = array("I", (counts[i] for i in idx))
        if self.masks is not None:
            self.masks = array("Q", (self.masks[i] for i in idx))

    def entries(self) -> Iterator[tuple[int, int, int, int]]:
        """(slot, place, count, mask) of every entry (mask 0 without masks)."""
        self._flush()
        masks = self.masks if self.masks is not None else itertools.repeat(0)
        return zip(self.slots, self.places, self.counts, masks)

    def __len__(self) -> int:
        return len(self.slots) + len(self._now)


@lru_cache(maxsize=_IP_CACHE_MAX)
def ip_country(ip: str) -> str | None:
    """ISO 3166-1 alpha-2 country an IP address's block is registered to (RIR data shipped in
    ``iptocc``, offline), or None for a malformed, private or unallocated address. Cached per process."""
    import iptocc  # its tables load at import (≈0.01 s): only for exports that hold IP addresses

    try:
        return iptocc.country_code(ip.strip()) or None
    except Exception:  # iptocc raises on malformed input; a bad IP is just unknown
        return None
