"""Plural forms of the report's counted nouns ("1 item", "2 items"): one helper for every module that words a
count, library and report alike (T28A L7: "1 items (17%) ordered late at night").

The report is written in English only (``babel`` formats its numbers with ``locale="en"``), so the plural category
is CLDR's English rule, read from ``babel`` (``Locale.plural_form``: "one" for the integer 1 only, "other" for 0,
2, 1.5 …), not an ad-hoc ``n != 1``. A noun's plural is its regular English one ("item" → "items", "search" →
"searches", "country" → "countries") unless given.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from datetime import date
from functools import lru_cache

from babel import Locale
from babel.lists import format_list


@lru_cache(maxsize=1)
def _english() -> Locale:
    return Locale("en")


def _regular_plural(noun: str) -> str:
    if noun.endswith(("s", "x", "z", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "i", "o", "u"):
        return noun[:-1] + "ies"
    return noun + "s"


def plural(n: int | float, noun: str, many: str | None = None) -> str:
    """``noun`` or its plural, as CLDR's English plural rule has it for the count ``n``: ``plural(1, "item")`` →
    ``"item"``, ``plural(2, "item")`` → ``"items"``, ``plural(0, "person", "people")`` → ``"people"``."""
    if not isinstance(n, bool) and isinstance(n, (int, float)) and math.isfinite(n) \
            and _english().plural_form(n) == "one":
        return noun
    return many if many is not None else _regular_plural(noun)


def and_list(items: Sequence[str]) -> str:
    """Items joined as the report's sentences list them, CLDR's English list pattern without the serial comma
    (``babel.lists.format_list``, locale ``en_001``, "World English"): ``["Japan"]`` → ``"Japan"``, ``["Japan",
    "Brazil"]`` → ``"Japan and Brazil"``, ``["Japan", "Brazil", "Chile"]`` → ``"Japan, Brazil and Chile"`` (babel's
    plain ``en`` would write "Brazil, and Chile", which no sentence of the report has written)."""
    return format_list(list(items), locale="en_001")


#: country names that are plural in English (ISO 3166 short names ending in s that name several states or
#: islands); a singular name ending in s keeps "'s": "Belarus's", "Cyprus's", "Honduras's", "Laos's" (T43 L)
_PLURAL_NAMES = ("States", "Islands", "Netherlands", "Philippines", "Bahamas", "Maldives", "Seychelles", "Comoros",
                 "Emirates", "Grenadines", "Antilles", "Territories", "Lands", "Caicos", "Turks")


def possessive(name: str) -> str:
    """An English possessive of a name: "Germany's", "Belarus's", and the bare apostrophe after a plural name
    ("United States' clock", "Netherlands' clock", "Solomon Islands'"), as style guides write plural proper nouns
    (a tester read "United States's clock")."""
    return name + ("'" if name.endswith(_PLURAL_NAMES) else "'s")


#: short country names written with "the" in running text beyond the plural ones and those of "United …" (CLDR's
#: English names as ``gazetteer.country_display`` gives them: "the Gambia", "the Isle of Man"; "… Republic": the
#: Czech, Dominican, Central African Republic)
_THE_NAMES = ("Gambia", "Isle of Man", "Holy See")


def in_text(name: str, start: bool = False) -> str:
    """A country's English name as a sentence writes it, "the" before those that take it: ``"United States"`` →
    ``"the United States"``, ``"Netherlands"`` → ``"the Netherlands"``, ``"Philippines"``, ``"United Arab
    Emirates"``, ``"Czech Republic"``, ``"Gambia"`` likewise; ``"Germany"``, ``"Czechia"`` unchanged (style guides'
    usage: names of a union or federation of states, plural names, "… Republic"). ``start=True`` where the name
    begins a sentence: ``"The Netherlands"`` (WORD57). For running text only: data fields and JSON values keep the
    bare name, and a town's country after its name stays bare ("Leeds, United Kingdom").

    A name of two parts (CLDR's "St. Vincent & Grenadines", "Trinidad & Tobago", "St. Helena, Ascension & Tristan
    da Cunha") takes "the" as its first part does: "St. Vincent & Grenadines" (English: "Saint Vincent and the
    Grenadines", no article before it), "the Turks & Caicos Islands" (WORD58, T55B 10: "the St. Vincent &
    Grenadines"). CLDR's names told apart by a capital for menus ("Congo - Kinshasa", "Congo - Brazzaville": babel
    holds no alt-variant names) are written as ISO 3166-1 names them in a sentence (:func:`_running_name`): "the
    Democratic Republic of the Congo", "the Republic of the Congo"."""
    name = _running_name(name)
    head = re.split(r" & |, ", name, maxsplit=1)[0]
    if head.startswith(("United ", "Republic of ", "Democratic Republic of ")) \
            or head.endswith((*_PLURAL_NAMES, " Republic", " Kingdom", " Territory")) or head in _THE_NAMES:
        return f"{'The' if start else 'the'} {name}"
    return name


#: CLDR's menu disambiguator inside a territory name: "Congo - Kinshasa" (babel drops CLDR's alt="variant" names,
#: "Congo (DRC)", so no running-text form of CLDR's own is at hand)
_MENU_DASH = " - "


@lru_cache(maxsize=32)
def _running_name(name: str) -> str:
    """CLDR's English name of a territory as running text writes it: the name unchanged, but for the names CLDR
    tells apart by a capital after " - " (menus and lists; "Congo - Kinshasa", "Congo - Brazzaville"), which are
    written as ISO 3166-1 does (``pycountry``): its official name where it has one ("Republic of the Congo"), else
    its short name turned round ("Congo, The Democratic Republic of the" → "Democratic Republic of the Congo");
    the article is :func:`in_text`'s. Any name not found as a CLDR name stays as it is."""
    if _MENU_DASH not in name:
        return name
    from babel import Locale

    code = next((c for c, n in Locale("en").territories.items() if n == name and len(c) == 2), None)
    if code is None:
        return name
    import pycountry

    iso = pycountry.countries.get(alpha_2=code)
    if iso is None:
        return name
    official = getattr(iso, "official_name", None)
    if official:
        text = official
    else:
        first, _, rest = iso.name.partition(", ")
        text = f"{rest} {first}" if rest else first
    text = re.sub(r"^(?:the|The) ", "", text)
    return text if _MENU_DASH not in text else name


def count_phrase(n: int | float, noun: str, many: str | None = None) -> str:
    """The count with thousands separators and the noun in the form the count takes: ``count_phrase(1, "item")`` →
    ``"1 item"``, ``count_phrase(4047, "record")`` → ``"4,047 records"``."""
    if isinstance(n, bool) or not isinstance(n, (int, float)) or not math.isfinite(n):  # a missing value: as is
        return f"{n} {many if many is not None else _regular_plural(noun)}"
    shown = f"{n:,}" if isinstance(n, int) else f"{n:,.2f}".rstrip("0").rstrip(".")
    return f"{shown} {plural(n, noun, many)}"


__all__ = ["and_list", "count_phrase", "day_text", "in_text", "plural", "possessive"]


def day_text(d: date) -> str:
    """A day as the report's sentences say it, day of the month unpadded: ``date(2023, 5, 8)`` → ``"8 May 2023"``
    (English month abbreviations, ``%b`` in the C locale the CLI runs in). One writer for the clock, move and period
    sentences and the report's views."""
    return f"{d.day} {d:%b %Y}"
