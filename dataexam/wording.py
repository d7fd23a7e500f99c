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

from .outputs import escaped_char


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
#: Czech, Dominican, Central African Republic); a registry's "EU" block (RIR data) as "the European Union" (T56D 9)
_THE_NAMES = ("Gambia", "Isle of Man", "Holy See", "European Union")


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
    holds no alt-variant names) are written as ISO 3166-1 names them in a sentence (:func:`running_name`): "the
    Democratic Republic of the Congo", "the Republic of the Congo"; so are its other list forms ("Hong Kong SAR
    China" → "Hong Kong", "Myanmar (Burma)" → "Myanmar", "Micronesia" → "the Federated States of Micronesia")."""
    name = running_name(name)
    head = re.split(r" & |, ", name, maxsplit=1)[0]
    if head.startswith(("United ", "Republic of ", "Democratic Republic of ", "Federated States of ")) \
            or head.endswith((*_PLURAL_NAMES, " Republic", " Kingdom", " Territory")) or head in _THE_NAMES:
        return f"{'The' if start else 'the'} {name}"
    return name


#: CLDR's menu disambiguator inside a territory name: "Congo - Kinshasa" (babel drops CLDR's alt="variant" names,
#: "Congo (DRC)", so no running-text form of CLDR's own is at hand)
_MENU_DASH = " - "
#: CLDR's list forms that do not read in a sentence (T56B 10): a menu's " - " ("Congo - Kinshasa"), a bracketed
#: second name ("Myanmar (Burma)") and a region's " SAR China" ("Hong Kong SAR China", "Macao SAR China"); a bracket
#: inside a name is its own ("Cocos (Keeling) Islands", ISO 3166-1's too) and stays
_LIST_FORM = re.compile(r" - | \([^()]*\)$| SAR China$")
#: CLDR short names that name a wider region as well, written as ISO 3166-1's official name of the state
#: ("Micronesia", the islands of the western Pacific, of which the Federated States of Micronesia are a part)
_REGION_NAMES = frozenset({"Micronesia"})


def running_name(name: str) -> str:
    """CLDR's English name of a territory as running text and its tables write it, without an article (that is
    :func:`in_text`'s): the name unchanged but for CLDR's list forms (T56B 10), which are written as ISO 3166-1
    (``pycountry``) names the territory — "Hong Kong SAR China" → "Hong Kong", "Macao SAR China" → "Macao",
    "Myanmar (Burma)" → "Myanmar", "Congo - Kinshasa" → "Democratic Republic of the Congo", "Congo - Brazzaville"
    → "Republic of the Congo", "Micronesia" → "Federated States of Micronesia"; "Côte d’Ivoire", "Curaçao",
    "Cocos (Keeling) Islands", "St. Martin" stay. Any name not found as a CLDR name stays as it is."""
    return _running_name(name)


@lru_cache(maxsize=512)
def _running_name(name: str) -> str:
    """:func:`running_name`. ISO 3166-1's name is taken where it reads in a sentence (its common name, else its
    name: "Hong Kong", "Myanmar"), else its official name ("Republic of the Congo", "Federated States of
    Micronesia"), else its short name turned round ("Congo, The Democratic Republic of the" → "Democratic Republic
    of the Congo"); else CLDR's name without the list form's tail."""
    if not _LIST_FORM.search(name) and name not in _REGION_NAMES:
        return name
    code = next((c for c, n in _english().territories.items() if n == name and len(c) == 2), None)
    if code is None:
        return name
    import pycountry

    iso = pycountry.countries.get(alpha_2=code)
    if iso is None:
        return name
    plain = [n for n in (getattr(iso, "common_name", None), iso.name) if n and not re.search(r"[(),]", n)]
    official = getattr(iso, "official_name", None)
    if name in _REGION_NAMES and official:
        text = official
    elif _MENU_DASH not in name and plain:
        text = plain[0]
    elif official and not re.search(r"[(),]", official):
        text = official
    elif ", " in iso.name and "(" not in iso.name:
        first, _, rest = iso.name.partition(", ")
        text = f"{rest} {first}"
    else:
        text = _LIST_FORM.sub("", name)
    text = re.sub(r"^(?:the|The) ", "", text)
    return text if not _LIST_FORM.search(text) else name


#: CLDR's units of a size, each 1,000 of the one before (SI, as ``df -H`` counts; T56C 4: no PB past TB)
_SIZE_UNITS = ("digital-byte", "digital-kilobyte", "digital-megabyte", "digital-gigabyte", "digital-terabyte",
               "digital-petabyte")


@lru_cache(maxsize=1)
def size_units() -> tuple[str, ...]:
    """The report's names of the size units, CLDR's English through babel (``babel.units``): ``("bytes", "kB",
    "MB", "GB", "TB", "PB")`` — bytes in full (CLDR's short "byte" reads as a typo after a count), the rest CLDR's
    short symbols ("kB", the digital kilobyte's; T56C 5: ``describe`` said "KB"). One table for every size the
    report, the notices and ``describe`` write (:func:`size_words`, ``describe.size_bucket``)."""
    from babel.units import format_unit

    names = [str(format_unit(2, _SIZE_UNITS[0], length="long", locale="en")).removeprefix("2 ")]
    names += [str(format_unit(2, u, length="short", locale="en")).removeprefix("2 ") for u in _SIZE_UNITS[1:]]
    return tuple(names)


def size_words(n: int) -> str:
    """A size in bytes as the run's messages say it, in a unit that shows it (T54B 7: a 3 KB part zip was "0.0 MB"):
    SI units (1 kB = 1,000 bytes), worded by CLDR through babel (``babel.units.format_unit``, English: the
    digital-kilobyte's short form is "kB"), kB → MB → GB → TB → PB (INP58, T55B 11: "2,147.5 MB" never went past MB;
    T56A 7: 2**40 bytes was "1,099.5 GB"; T56C 4: 10**16 bytes was "10,000.0 TB"): ``512`` → ``"512 bytes"``, ``1``
    → ``"1 byte"``, ``48_300`` → ``"48 kB"``, ``1_234_567`` → ``"1.2 MB"``, ``2_147_483_648`` → ``"2.1 GB"``,
    ``2**40`` → ``"1.1 TB"``, ``10**16`` → ``"10.0 PB"``. Never "0 kB" or "0.0 MB": a size below 1,000 bytes is
    counted in bytes; a unit is left where its rounding would reach 1,000 of it ("1,000 kB" is "1.0 MB")."""
    from babel.units import format_unit

    if n < 1000:
        return str(format_unit(n, _SIZE_UNITS[0], length="long", locale="en"))
    if n < 999_500:
        return str(format_unit(round(n / 1000), _SIZE_UNITS[1], length="short", locale="en"))
    step = 2
    while step < len(_SIZE_UNITS) - 1 and n >= 999_950 * 1000 ** (step - 1):
        step += 1
    return str(format_unit(n / 1000**step, _SIZE_UNITS[step], length="short", format="#,##0.0", locale="en"))


def count_phrase(n: int | float, noun: str, many: str | None = None) -> str:
    """The count with thousands separators and the noun in the form the count takes: ``count_phrase(1, "item")`` →
    ``"1 item"``, ``count_phrase(4047, "record")`` → ``"4,047 records"``."""
    if isinstance(n, bool) or not isinstance(n, (int, float)) or not math.isfinite(n):  # a missing value: as is
        return f"{n} {many if many is not None else _regular_plural(noun)}"
    shown = f"{n:,}" if isinstance(n, int) else f"{n:,.2f}".rstrip("0").rstrip(".")
    return f"{shown} {plural(n, noun, many)}"


_ISO_DAY = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2}))?")


def iso_words(text: str) -> str:
    """An ISO day or month as the report's sentences say it (:func:`day_text`): ``"2023-02-14"`` → ``"14 Feb 2023"``,
    ``"2024-05"`` → ``"May 2024"``; anything else (a year, a withheld day's words, a day with a time) unchanged
    (WORD59's leftover: the life events' "engagement 2023-02-14" beside every other sentence's "14 Feb 2023")."""
    found = _ISO_DAY.fullmatch(text.strip())
    if found is None:
        return text
    year, month, day = found.groups()
    try:
        when = date(int(year), int(month), int(day or 1))
    except ValueError:
        return text
    return day_text(when) if day else f"{when:%b %Y}"


#: the Unicode bidirectional formatting characters (UAX #9 §2): the marks U+200E, U+200F and U+061C, the embeddings and
#: overrides U+202A–U+202E and the isolates U+2066–U+2069; zero-width joiners (U+200C, U+200D: emoji sequences, Persian
#: and Indic words) are letters' business and stay
_BIDI_CONTROLS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def without_bidi(text: str) -> str:
    """``text`` as a sentence of the report may hold it: without Unicode's bidirectional formatting characters
    (:data:`_BIDI_CONTROLS`). An export's field that carries one — a U+202E RIGHT-TO-LEFT OVERRIDE typed into an
    address, a contact's name, a product title — reversed the rest of the report's line around it in a terminal,
    Markdown viewer or browser ("… your home (Lisbon, ‮lagutroP)" read backwards; T57D 6). The report's
    readers (text, Markdown, HTML) say text without them; the data outputs (JSON, timelines) keep it as written."""
    return _BIDI_CONTROLS.sub("", text) if _BIDI_CONTROLS.search(text) else text


#: the C0 controls but tab and line feed, DEL, the C1 controls (ECMA-48: ESC starts a terminal's escape sequence, CSI
#: U+009B one on its own, BEL rings, BS and CR overwrite what a line said) and Unicode's line and paragraph separators
#: (a line break in a terminal)
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")
#: the zero-width space: invisible, no letter's business (the joiners U+200C / U+200D are, and stay)
_ZERO_WIDTH_SPACE = "\u200b"


def readable_text(text: str) -> str:
    """``text`` as the report's readers (text, Markdown, HTML) may show it: without bidirectional controls
    (:func:`without_bidi`) and the zero-width space, each control character (:data:`_CONTROLS`) written as Python's
    ``repr`` writes it — ``\\x1b``, ``\\r``, ``\\u2028`` — the way ``outputs.shown`` writes a file's name (an
    export's contact name holding ``"\x1b[31m"`` coloured or, with other sequences, rewrote the reader's terminal, a
    BS or CR overwrote the line before it, U+2028 broke the text report's line; T58D 3). Tab and line feed stay. The
    data outputs (JSON, timelines) keep the text as written."""
    text = without_bidi(text)
    if _ZERO_WIDTH_SPACE in text:
        text = text.replace(_ZERO_WIDTH_SPACE, "")
    return _CONTROLS.sub(_visible, text) if _CONTROLS.search(text) else text


def _visible(match: re.Match[str]) -> str:
    """A control character as :func:`dataexam.outputs.escaped_char` writes it (one escape for names and text)."""
    return escaped_char(match.group())


__all__ = ["and_list", "count_phrase", "day_text", "in_text", "iso_words", "plural", "possessive", "readable_text",
           "running_name", "size_units", "size_words", "without_bidi"]


def day_text(d: date) -> str:
    """A day as the report's sentences say it, day of the month unpadded: ``date(2023, 5, 8)`` → ``"8 May 2023"``
    (English month abbreviations, ``%b`` in the C locale the CLI runs in). One writer for the clock, move and period
    sentences and the report's views."""
    return f"{d.day} {d:%b %Y}"
