"""The report's clock, place and time-zone-prior aggregators keep bounded state (issue 16).

"Bounded" here: ten times more records over the same days must not add entries to an aggregator's
state beyond its caps, no Event object is retained, and reference data (the GeoNames table, babel's
locale data) is not kept after use. Sizes are deterministic counts of entries, never timings.
"""

from __future__ import annotations

import gc
import math
import random
from array import array
from collections.abc import Mapping
from datetime import UTC, date, datetime, timedelta

from test_inference_synth import Stream

from dataexam.events import Event
from dataexam.inference import gazetteer, zoneprior
from dataexam.inference.clock import BIN_EVIDENCE_CAP, ClockAggregator
from dataexam.inference.engine import QUARTERS
from dataexam.inference.model import EvidenceItem, Reservoir
from dataexam.inference.place import DAY_EVIDENCE_CAP, PlaceAggregator
from dataexam.inference.zoneprior import PlaceEvidence

START = date(2021, 3, 1)
IPS = ("81.2.69.160", "81.2.69.161", "2.16.1.1", "203.0.113.9", "8.8.8.8")  # GB, GB, DE/EU, doc, US
CELLS = ((52.52, 13.4), (48.86, 2.35), (52.52, 13.41))


def _entries(obj: object, seen: set[int] | None = None) -> int:
    """Entries reachable from an aggregator's state: items of every dict/list/tuple/set/array, plus
    evidence items. Fails on a retained Event (state must never hold records)."""
    seen = set() if seen is None else seen
    if id(obj) in seen or isinstance(obj, (str, bytes, int, float, bool, type(None), date)):
        return 0
    seen.add(id(obj))
    assert not isinstance(obj, Event), "an aggregator retained an Event"
    if isinstance(obj, Mapping):
        return len(obj) + sum(_entries(k, seen) + _entries(v, seen) for k, v in obj.items())
    if isinstance(obj, (list, tuple, set, frozenset)):
        return len(obj) + sum(_entries(v, seen) for v in obj)
    if isinstance(obj, array):
        return 1  # one fixed-size per-day histogram
    if isinstance(obj, EvidenceItem):
        return 1
    if isinstance(obj, Reservoir):
        return _entries(obj.items, seen)
    state = getattr(obj, "__dict__", None)
    if state is not None:
        return sum(_entries(v, seen) for k, v in state.items() if not k.startswith("__"))
    return 0


def _stream(days: int, per_day: int, seed: int = 3) -> list[Event]:
    """Tweets, logins (a small pool of addresses) and geotagged posts, ``per_day`` of each per day."""
    rng = random.Random(seed)
    s = Stream()
    out = []
    for i in range(days):
        d = START + timedelta(days=i)
        for _ in range(per_day):
            t = datetime(d.year, d.month, d.day, tzinfo=UTC) + timedelta(seconds=rng.randrange(86400))
            out.append(s.ev(t, "twitter.tweet", f"a tweet number {s.n} with some words"))
            out.append(s.ev(t, "twitter.login", None, ip=rng.choice(IPS), user_agent="Mozilla/5.0 (iPhone)"))
            lat, lon = rng.choice(CELLS)
            out.append(s.ev(t, "facebook.post", "a post", latitude=lat, longitude=lon))
    out.sort(key=lambda e: e.sort_key)
    return out


def _grid(days: int, repeat: int) -> list[Event]:
    """Every hour of every day: a login from each address and a post from each geotag cell, each
    ``repeat`` times (so ``repeat`` multiplies the records without adding places or hours)."""
    s = Stream()
    out = []
    for i in range(days):
        d = START + timedelta(days=i)
        for h in range(24):
            t = datetime(d.year, d.month, d.day, h, tzinfo=UTC)
            for k in range(repeat):
                tk = t + timedelta(seconds=k)
                for ip in IPS:
                    out.append(s.ev(tk, "twitter.login", None, ip=ip, user_agent="Mozilla/5.0 (iPhone)"))
                for lat, lon in CELLS:
                    out.append(s.ev(tk, "facebook.post", "a post", latitude=lat, longitude=lon))
    return out


def _fed(agg, events):
    for e in events:
        if agg.kinds is None or e.kind in agg.kinds:
            agg.consume(e)
    return agg


def test_clock_state_does_not_grow_with_records_per_day():
    days = 60
    small = _fed(ClockAggregator(), _stream(days, 12))
    big = _fed(ClockAggregator(), _stream(days, 120))
    assert big.total == 10 * small.total
    cap = days + QUARTERS * BIN_EVIDENCE_CAP  # a histogram per day + the evidence cap
    assert small.state_size() <= cap and big.state_size() <= cap
    assert sum(len(c) for c in big.bin_ev) <= QUARTERS * BIN_EVIDENCE_CAP
    # entries reachable from the whole object (and no retained Event): bounded by the same cap
    # (+ the per-bin dicts themselves and the declared-zone counter)
    assert _entries(big) <= 2 * cap + QUARTERS + 10


def test_clock_evidence_is_capped_however_long_the_history():
    agg = _fed(ClockAggregator(), _stream(400, 6))
    assert len(agg.days) == 400
    assert all(len(cell) <= BIN_EVIDENCE_CAP for cell in agg.bin_ev)
    assert agg.state_size() <= 400 + QUARTERS * BIN_EVIDENCE_CAP
    # the kept evidence is the earliest: each bin's days are its first active days
    for q, cell in enumerate(agg.bin_ev):
        active = sorted(d for d, h in agg.days.items() if h[q])
        assert sorted(cell) == active[:BIN_EVIDENCE_CAP]


def test_place_state_does_not_grow_with_records_per_day():
    days = 30
    small = _fed(PlaceAggregator(), _grid(days, 1))
    big = _fed(PlaceAggregator(), _grid(days, 10))
    assert sum(big.os_counts.values()) == 10 * sum(small.os_counts.values())
    assert sum(big.country_counts.values()) == 10 * sum(small.country_counts.values()) > 0
    # per (day, hour) slot the counters are keyed by a handful of countries, networks and cells:
    # more records in the same hours only raise the counts
    assert big.state_size() == small.state_size()
    assert _entries(big) == _entries(small)
    assert all(len(v) <= DAY_EVIDENCE_CAP for v in big.day_country_ev.values())
    # and the per-country day evidence stops at its cap on a long history
    long = _fed(PlaceAggregator(), _grid(3 * DAY_EVIDENCE_CAP, 1))
    assert all(len(v) == DAY_EVIDENCE_CAP for v in long.day_country_ev.values())


def test_zone_place_evidence_keeps_counters_only():
    small = _fed(PlaceEvidence(), _grid(10, 1))
    big = _fed(PlaceEvidence(), _grid(10, 10))
    assert sum(big.ip_countries.values()) == 10 * sum(small.ip_countries.values()) > 0
    # counters, plus the IP countries per UTC day (the place evidence of one period is weighed for the zone fitted
    # to it) and per UTC hour (a VPN exit switching with home within hours, the nights' country: CLOCKSA): grows
    # with the days and hours covered, never with the records
    assert _entries(big) == _entries(small) <= 2 * len(IPS) + 3 * 10 * len(IPS) + 3 * 24 * 10 * len(IPS)


def test_nearest_town_does_not_keep_the_gazetteer():
    gazetteer.cities.cache_clear()
    city, km = gazetteer.nearest(52.52, 13.40)
    assert city.country == "DE" and km < 5
    assert gazetteer.cities.cache_info().currsize == 0  # the 34,000-row table was never built
    lats, lons, starts = gazetteer._coordinates()  # what is kept: three arrays
    assert len(lats) == len(lons) == len(starts) > 30_000
    assert sum(a.itemsize * len(a) for a in (lats, lons, starts)) < 1_000_000


def test_nearest_town_is_the_whole_tables_nearest_in_file_order():
    """The coordinates-only search gives the parsed table's answer: the first of the nearest rows
    within 10° of latitude, or None (seeded points on land and sea, poles, the date line, and towns'
    own coordinates, where distance ties are likeliest)."""
    table = gazetteer.cities()
    try:
        rng = random.Random(16)
        points = [(rng.uniform(-90, 90), rng.uniform(-180, 180)) for _ in range(60)]
        points += [(90.0, 0.0), (-90.0, 0.0), (0.0, 180.0), (0.0, -180.0), (64.1, -21.9)]
        points += [(c.lat, c.lon) for c in rng.sample(table, 20)]
        for lat, lon in points:
            expected = None
            for c in table:
                if abs(c.lat - lat) <= 10:
                    d = gazetteer._km(lat, lon, c.lat, c.lon)
                    if expected is None or d < expected[1]:
                        expected = (c, d)
            assert gazetteer.nearest(lat, lon) == expected, (lat, lon)
    finally:
        gazetteer.cities.cache_clear()


def test_country_names_release_babel_locale_data():
    from babel import localedata

    before = set(localedata._cache)
    zoneprior._country_names.cache_clear()
    try:
        assert zoneprior.country_code("Deutschland") == "DE"
        assert zoneprior.country_code("Espagne") == "ES"
        assert set(localedata._cache) <= before  # the ten locales loaded for their names are dropped again
    finally:
        gc.collect()


def _noise(days: int, per_hour: int, seed: int = 5) -> list[Event]:
    """Logins from a new /24 network and posts from a new 0.01° cell in every record (mobile carriers,
    scattered geotags): the number of distinct places grows with the records."""
    rng = random.Random(seed)
    s = Stream()
    out = []
    for i in range(days):
        d = START + timedelta(days=i)
        for h in range(24):
            for k in range(per_hour):
                t = datetime(d.year, d.month, d.day, h, tzinfo=UTC) + timedelta(seconds=k)
                ip = f"{rng.randrange(1, 200)}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
                out.append(s.ev(t, "twitter.login", None, ip=ip))
                out.append(s.ev(t, "facebook.post", "a post", latitude=rng.uniform(-60, 60),
                                longitude=rng.uniform(-170, 170)))
    return out


def _objects(*roots: object) -> int:
    """Python objects reachable from ``roots`` (an array is one object, whatever its length)."""
    seen: set[int] = set()
    stack: list[object] = list(roots)
    while stack:
        o = stack.pop()
        if id(o) in seen or isinstance(o, type):
            continue
        seen.add(id(o))
        stack.extend(gc.get_referents(o))
    return len(seen)


def test_place_keeps_no_object_per_network_or_cell():
    """Per (hour, network) and (hour, cell) the state is 16 bytes in flat arrays, with no string or tuple
    per network or cell: on the 2 GB persona the 47,000 distinct networks and cells and their
    193,000 (hour, network) entries held ~25 MB as dicts of packed keys and interned strings."""
    small = _fed(PlaceAggregator(), _noise(10, 1))
    big = _fed(PlaceAggregator(), _noise(10, 10))
    for agg, n in ((small, 240), (big, 2400)):
        for table in (agg.hourly_prefix, agg.hourly_coord):
            assert len(table) >= 0.95 * n  # nearly every record a new place
            arrays = (table.slots, table.places, table.counts)
            assert sum(a.itemsize * len(a) for a in arrays) + 16 * len(table._now) <= 16 * len(table)
    # ten times the places add no Python object to the per-hour tables (random addresses do add countries:
    # their counters and evidence are bounded by the ~250 countries and the evidence caps)
    def tables(agg: PlaceAggregator) -> int:
        parts = (agg.hourly_country, agg.hourly_prefix, agg.hourly_coord)
        for table in parts:
            table._flush()  # the hour still being filled keeps its places in a small dict until it ends
        return _objects(*parts)

    assert tables(big) == tables(small) < 50
    # only countries are interned: those of logins and those of geotags' nearest towns (trips only)
    assert set(big.country_counts) <= set(big.place_keys) and len(big.place_keys) < 250


def test_place_codes_spell_back_the_same_places():
    from dataexam.inference.addresses import cell_code, cell_of, ip_prefix, ip_prefix_code, prefix_text

    for ip in ("81.2.69.160", "8.8.8.8", "2001:db8:abcd:12::1", "2a00:1450:4001:82b::200e", " 1.2.3.4 ",
               "::ffff:81.2.69.160", "10.0.0.1", "not an ip", "fe80::1"):
        code = ip_prefix_code(ip)
        assert (prefix_text(code) if code is not None else None) == ip_prefix(ip)
    rng = random.Random(1)
    cells = [(round(rng.uniform(-90, 90), 2), round(rng.uniform(-180, 180), 2)) for _ in range(20000)]
    cells += [(-90.0, -180.0), (90.0, 180.0), (0.0, 0.0), (52.52, 13.4), (-33.87, 151.21)]
    assert all(cell_of(cell_code(c)) == c for c in cells)


def test_slot_counts_sum_like_a_dict_in_any_order():
    from dataexam.inference.addresses import SlotCounts

    rng = random.Random(2)
    adds = sorted((rng.randrange(50), rng.randrange(7), 1 << rng.randrange(3)) for _ in range(2000))
    adds += [(rng.randrange(50), rng.randrange(7), 1) for _ in range(200)]  # some out of order
    table = SlotCounts(masks=True)
    counts: dict[tuple[int, int], int] = {}
    masks: dict[tuple[int, int], int] = {}
    for slot, place, mask in adds:
        table.add(slot, place, mask)
        counts[(slot, place)] = counts.get((slot, place), 0) + 1
        masks[(slot, place)] = masks.get((slot, place), 0) | mask
    got: dict[tuple[int, int], int] = {}
    got_masks: dict[tuple[int, int], int] = {}
    for slot, place, n, mask in table.entries():
        got[(slot, place)] = got.get((slot, place), 0) + n
        got_masks[(slot, place)] = got_masks.get((slot, place), 0) | mask
    assert got == counts and got_masks == masks
    assert list(got) == list(counts)  # first seen in the same order as a dict


def test_one_scan_of_the_gazetteer_serves_nearest_zone_people_and_country_cells():
    """zone_populations and the proxies' country cells read the rows nearest() reads (gazetteer.row_table) once it is
    in memory, with the same answers as their own reads: the zone scan, the 34,000 named cities."""
    from collections import defaultdict

    gazetteer.row_table.cache_clear()
    zoneprior.zone_populations.cache_clear()
    try:
        assert gazetteer.row_table_if_read() is None
        own = zoneprior.zone_populations()  # its own scan: the table is not read for it
        assert gazetteer.row_table.cache_info().currsize == 0
        assert own["DE"] == {"Europe/Berlin": own["DE"]["Europe/Berlin"]} and own["DE"]["Europe/Berlin"] > 40_000_000
        assert set(own["US"]) >= {"America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles"}
        gazetteer.nearest(52.52, 13.40)
        assert gazetteer.row_table_if_read() is not None
        zoneprior.zone_populations.cache_clear()
        shared = zoneprior.zone_populations()
        assert list(shared.items()) == list(own.items())
        assert all(list(shared[cc].items()) == list(own[cc].items()) for cc in own)
        cells: dict[str, set[tuple[int, int]]] = defaultdict(set)
        for c in gazetteer.cities():
            cells[c.country].add((math.floor(c.lat), math.floor(c.lon)))
        assert gazetteer.country_cells() == {cc: frozenset(s) for cc, s in cells.items()}
        assert (52, 13) in gazetteer.country_cells()["DE"]
    finally:
        zoneprior.zone_populations.cache_clear()
        gazetteer.cities.cache_clear()


def test_shipped_country_names_are_babels():
    """PERF25: the report read 27 locales' CLDR data for their territory names (≈0.2 s of CPU per report); the package
    ships the names (dataexam/data/territory_names.json), and they are the installed babel's (else regenerate:
    ``python -m dataexam.inference.zoneprior``). The table country_code reads is the one built from babel itself."""
    shipped = zoneprior._territory_names()
    assert shipped == zoneprior.cldr_territory_names()
    from babel import Locale

    codes = set(zoneprior.country_zones())
    expected = {c.lower(): c for c in codes}
    for loc in zoneprior.CLDR_LOCALES:
        for code, name in Locale.parse(loc).territories.items():
            if code in codes:
                expected.setdefault(name.lower(), code)
    expected.update({"usa": "US", "u.s.a.": "US", "uk": "GB", "england": "GB", "scotland": "GB", "wales": "GB"})
    zoneprior._country_names.cache_clear()
    try:
        assert zoneprior._country_names() == expected
        named = {text: zoneprior.country_code(text) for text in
                 ("Deutschland", "Espagne", "アメリカ合衆国", "Schweiz", "Suisse", "Svizzera", "Georgia", "Turquía",
                  "UK", "Bayern", "Atlantis")}
        assert named == {"Deutschland": "DE", "Espagne": "ES", "アメリカ合衆国": "US", "Schweiz": "CH", "Suisse": "CH",
                         "Svizzera": "CH", "Georgia": "GE", "Turquía": "TR", "UK": "GB", "Bayern": None,
                         "Atlantis": None}
    finally:
        zoneprior._country_names.cache_clear()
