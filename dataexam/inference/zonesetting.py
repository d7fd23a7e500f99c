"""A platform's time-zone *setting* → the IANA zone of tzdata's zone.tab it names.

Where the values come from:

- X ``account-timezone.js`` (``{"accountTimezone": {"timeZone": "Arizona"}}``): the zone the person picked
  in X's settings, named as Ruby on Rails names zones (X was a Rails application): "Eastern Time (US &
  Canada)", "Hawaii", "Amsterdam". :data:`RAILS_ZONES` is ActiveSupport's ``TimeZone::MAPPING``
  (rails/rails ``activesupport/lib/active_support/values/time_zone.rb``), the union of its versions: older
  Rails maps "International Date Line West" to Pacific/Midway and "Astana" to Asia/Dhaka, newer ones to
  Etc/GMT+12 and Asia/Almaty; the newer value is kept. Some accounts carry an IANA name instead
  ("America/Toronto", seen among X followers' zones by ScraperWiki, 2013). The API's display form
  "(GMT-07:00) Arizona" is read too.
- Facebook ``logged_information/location/timezone.json`` (``{"timezone_v2": "…"}``) and Audible's
  ``Listening.csv`` column ``Local Timezone``: IANA names.

An IANA name that tzdata keeps only as a link (``Asia/Calcutta``, ``US/Eastern``, ``Europe/Kiev``; also
zones merged into another since 2022, such as ``Europe/Amsterdam`` → ``Europe/Brussels`` where zone.tab
does not list them) is followed to the zone.tab zone, using the ``L target link`` lines of tzdata's own
``tzdata.zi``. A setting that names no populated zone (UTC, Etc/GMT+12, an offset alone) gives ``None``.

How much a setting says: it is the person's own choice, but it can be years old, and it may be a value
nobody chose (in one count of 3.5 million active X accounts' zones, about a quarter had none set and Hawaii
held 3 %, far above its share of people: S. Parekh, sanjayparekh.com, undated). It is therefore weighed as
one source among the others (see ``zoneprior.SOURCE_WEIGHT``), never taken as the answer.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: Rails (ActiveSupport ``TimeZone::MAPPING``) name → IANA zone.
RAILS_ZONES: dict[str, str] = {
    "International Date Line West": "Etc/GMT+12", "Midway Island": "Pacific/Midway",
    "American Samoa": "Pacific/Pago_Pago", "Hawaii": "Pacific/Honolulu", "Alaska": "America/Juneau",
    "Pacific Time (US & Canada)": "America/Los_Angeles", "Tijuana": "America/Tijuana",
    "Mountain Time (US & Canada)": "America/Denver", "Arizona": "America/Phoenix",
    "Chihuahua": "America/Chihuahua", "Mazatlan": "America/Mazatlan",
    "Central Time (US & Canada)": "America/Chicago", "Saskatchewan": "America/Regina",
    "Guadalajara": "America/Mexico_City", "Mexico City": "America/Mexico_City", "Monterrey": "America/Monterrey",
    "Central America": "America/Guatemala", "Eastern Time (US & Canada)": "America/New_York",
    "Indiana (East)": "America/Indiana/Indianapolis", "Bogota": "America/Bogota", "Lima": "America/Lima",
    "Quito": "America/Lima", "Atlantic Time (Canada)": "America/Halifax", "Caracas": "America/Caracas",
    "La Paz": "America/La_Paz", "Santiago": "America/Santiago", "Asuncion": "America/Asuncion",
    "Newfoundland": "America/St_Johns", "Brasilia": "America/Sao_Paulo",
    "Buenos Aires": "America/Argentina/Buenos_Aires", "Montevideo": "America/Montevideo",
    "Georgetown": "America/Guyana", "Puerto Rico": "America/Puerto_Rico", "Greenland": "America/Godthab",
    "Mid-Atlantic": "Atlantic/South_Georgia", "Azores": "Atlantic/Azores", "Cape Verde Is.": "Atlantic/Cape_Verde",
    "Dublin": "Europe/Dublin", "Edinburgh": "Europe/London", "Lisbon": "Europe/Lisbon", "London": "Europe/London",
    "Casablanca": "Africa/Casablanca", "Monrovia": "Africa/Monrovia", "UTC": "Etc/UTC",
    "Belgrade": "Europe/Belgrade", "Bratislava": "Europe/Bratislava", "Budapest": "Europe/Budapest",
    "Ljubljana": "Europe/Ljubljana", "Prague": "Europe/Prague", "Sarajevo": "Europe/Sarajevo",
    "Skopje": "Europe/Skopje", "Warsaw": "Europe/Warsaw", "Zagreb": "Europe/Zagreb", "Brussels": "Europe/Brussels",
    "Copenhagen": "Europe/Copenhagen", "Madrid": "Europe/Madrid", "Paris": "Europe/Paris",
    "Amsterdam": "Europe/Amsterdam", "Berlin": "Europe/Berlin", "Bern": "Europe/Zurich", "Zurich": "Europe/Zurich",
    "Rome": "Europe/Rome", "Stockholm": "Europe/Stockholm", "Vienna": "Europe/Vienna",
    "West Central Africa": "Africa/Algiers", "Bucharest": "Europe/Bucharest", "Cairo": "Africa/Cairo",
    "Helsinki": "Europe/Helsinki", "Kyiv": "Europe/Kiev", "Kyev": "Europe/Kiev", "Riga": "Europe/Riga",
    "Sofia": "Europe/Sofia", "Tallinn": "Europe/Tallinn", "Vilnius": "Europe/Vilnius", "Athens": "Europe/Athens",
    "Istanbul": "Europe/Istanbul", "Minsk": "Europe/Minsk", "Jerusalem": "Asia/Jerusalem",
    "Harare": "Africa/Harare", "Pretoria": "Africa/Johannesburg", "Kaliningrad": "Europe/Kaliningrad",
    "Moscow": "Europe/Moscow", "St. Petersburg": "Europe/Moscow", "Volgograd": "Europe/Volgograd",
    "Samara": "Europe/Samara", "Kuwait": "Asia/Kuwait", "Riyadh": "Asia/Riyadh", "Nairobi": "Africa/Nairobi",
    "Baghdad": "Asia/Baghdad", "Tehran": "Asia/Tehran", "Abu Dhabi": "Asia/Muscat", "Muscat": "Asia/Muscat",
    "Baku": "Asia/Baku", "Tbilisi": "Asia/Tbilisi", "Yerevan": "Asia/Yerevan", "Kabul": "Asia/Kabul",
    "Ekaterinburg": "Asia/Yekaterinburg", "Islamabad": "Asia/Karachi", "Karachi": "Asia/Karachi",
    "Tashkent": "Asia/Tashkent", "Chennai": "Asia/Kolkata", "Kolkata": "Asia/Kolkata", "Mumbai": "Asia/Kolkata",
    "New Delhi": "Asia/Kolkata", "Kathmandu": "Asia/Kathmandu", "Astana": "Asia/Almaty", "Dhaka": "Asia/Dhaka",
    "Sri Jayawardenepura": "Asia/Colombo", "Almaty": "Asia/Almaty", "Novosibirsk": "Asia/Novosibirsk",
    "Rangoon": "Asia/Rangoon", "Bangkok": "Asia/Bangkok", "Hanoi": "Asia/Bangkok", "Jakarta": "Asia/Jakarta",
    "Krasnoyarsk": "Asia/Krasnoyarsk", "Beijing": "Asia/Shanghai", "Chongqing": "Asia/Chongqing",
    "Hong Kong": "Asia/Hong_Kong", "Urumqi": "Asia/Urumqi", "Kuala Lumpur": "Asia/Kuala_Lumpur",
    "Singapore": "Asia/Singapore", "Taipei": "Asia/Taipei", "Perth": "Australia/Perth", "Irkutsk": "Asia/Irkutsk",
    "Ulaanbaatar": "Asia/Ulaanbaatar", "Ulaan Bataar": "Asia/Ulaanbaatar", "Seoul": "Asia/Seoul",
    "Osaka": "Asia/Tokyo", "Sapporo": "Asia/Tokyo", "Tokyo": "Asia/Tokyo", "Yakutsk": "Asia/Yakutsk",
    "Darwin": "Australia/Darwin", "Adelaide": "Australia/Adelaide", "Canberra": "Australia/Melbourne",
    "Melbourne": "Australia/Melbourne", "Sydney": "Australia/Sydney", "Brisbane": "Australia/Brisbane",
    "Hobart": "Australia/Hobart", "Vladivostok": "Asia/Vladivostok", "Guam": "Pacific/Guam",
    "Port Moresby": "Pacific/Port_Moresby", "Magadan": "Asia/Magadan", "Srednekolymsk": "Asia/Srednekolymsk",
    "Solomon Is.": "Pacific/Guadalcanal", "New Caledonia": "Pacific/Noumea", "Fiji": "Pacific/Fiji",
    "Kamchatka": "Asia/Kamchatka", "Marshall Is.": "Pacific/Majuro", "Auckland": "Pacific/Auckland",
    "Wellington": "Pacific/Auckland", "Nuku'alofa": "Pacific/Tongatapu", "Tokelau Is.": "Pacific/Fakaofo",
    "Chatham Is.": "Pacific/Chatham", "Samoa": "Pacific/Apia",
}
_RAILS_FOLDED = {k.casefold(): v for k, v in RAILS_ZONES.items()}
# the display form of Rails' TimeZone#to_s, as X's API wrote it: "(GMT-07:00) Arizona"
_GMT_PREFIX = re.compile(r"^\((?:GMT|UTC)\s*[+\-\u2212]?\d{1,2}(?::?\d\d)?\)\s*")


@lru_cache(maxsize=1)
def _links() -> dict[str, str]:
    """Link name → target zone, from the ``L target link`` lines of tzdata's ``tzdata.zi``."""
    from .zoneprior import _read_tab

    out: dict[str, str] = {}
    for line in _read_tab("tzdata.zi").splitlines():
        if line.startswith("L "):
            parts = line.split()
            if len(parts) == 3:
                out[parts[2]] = parts[1]
    return out


def canonical_zone(name: str) -> str | None:
    """An IANA name → the zone.tab zone it is or links to (``Asia/Calcutta`` → ``Asia/Kolkata``), else ``None``
    (unknown names, and zones no country lists: ``Etc/UTC``, ``Etc/GMT+12``)."""
    from .zoneprior import zone_countries

    known = zone_countries()
    seen = 0
    while name not in known and seen < 4:  # links point at zones; a link to a link is followed a few times
        target = _links().get(name)
        if target is None:
            return None
        name, seen = target, seen + 1
    return name if name in known else None


@lru_cache(maxsize=512)
def setting_zone(value: str) -> str | None:
    """A time-zone setting as a platform exported it (a Rails name, an IANA name, "(GMT+01:00) Amsterdam")
    → the zone.tab zone it names, or ``None`` when it names no populated zone or is not a zone at all."""
    if not isinstance(value, str):
        return None
    text = _GMT_PREFIX.sub("", value.strip())
    if not text or len(text) > 64:
        return None
    rails = _RAILS_FOLDED.get(text.casefold())
    if rails is not None:
        return canonical_zone(rails)
    return canonical_zone(text) or canonical_zone(_iana_folded().get(text.casefold(), ""))


@lru_cache(maxsize=1)
def _iana_folded() -> dict[str, str]:
    """Case-folded IANA name (zone.tab zones and tzdata's links) → the name as tzdata spells it
    ("america/new_york" → "America/New_York")."""
    from .zoneprior import zone_countries

    return {name.casefold(): name for name in (*zone_countries(), *_links())}


__all__ = ["RAILS_ZONES", "canonical_zone", "setting_zone"]
