"""Streaming CSV for export files: rows by header name, sentinels as ``None``, money as ``Decimal``.

Amazon's "Request Your Data" export is almost all CSV, and its CSVs carry quirks a plain
``csv.DictReader`` trips over (formats.md §3–4):

* a UTF-8 BOM before the first (quoted) header, so the first column reads ``\\ufeff"Website"``;
  some users' re-saved files are cp1252 (PUB) — see *Encoding* below;
* every field double-quoted, ``""`` escapes, multi-line quoted fields (addresses);
* sentinels ``Not Available`` / ``Not Applicable`` / ``N/A`` / empty in any column, numeric ones
  included;
* money as ``'-0.68'`` (apostrophe-wrapped negative), ``$6.29 `` (symbol, trailing space),
  ``1,234.56``;
* a ``File Summary:`` footer block after the records (``Retail.OutboundNotifications.*``) and a
  documentation row as the 2nd line (``Retail.Reorder.DigitalDashButton.csv``);
* columns added, renamed and re-ordered between eras — so columns are looked up by normalised
  header name, never by position.

Rows are read with the :mod:`csv` module over an :class:`io.TextIOWrapper`, one at a time; memory
does not grow with file size. Faults (ragged rows, NUL bytes, undecodable bytes, csv errors) are
yielded as :class:`CsvProblem` values in the same stream and reading goes on.

Encoding
--------
The first 64 KiB are sniffed. A UTF-16 BOM selects UTF-16. Otherwise, if the head is valid UTF-8
(a multi-byte character cut at the end of the head does not count against it) the file is read as
``utf-8-sig``; if not, the whole file is read as cp1252. In the UTF-8 case the decoder never raises
mid-file either: a byte sequence that is not UTF-8 further down is decoded as cp1252 by a codec
error handler, and one ``bad-encoding`` problem is reported for the file. So a file is never
half-read because of one stray byte.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import re
import threading
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import IO, TYPE_CHECKING, NamedTuple

from .counts import whole_count
from .events import ParseIssue, TimeSource
from .issue_codes import CP1252_READ, REST_SKIPPED, IssueKind
from .timeparse import NO_TIME, TimeResult, as_utc, parse_with_formats

if TYPE_CHECKING:
    from .parser import MemberContext

__all__ = [
    "DATE_FORMATS",
    "SENTINELS",
    "CsvProblem",
    "CsvReader",
    "CsvRow",
    "Money",
    "clean_value",
    "columns_of",
    "is_notice",
    "member_rows",
    "money_text",
    "normalise_header",
    "parse_bool",
    "parse_date",
    "parse_money",
    "read_rows",
    "sniff_delimiter",
]

SNIFF_BYTES = 64 * 1024
#: Values that mean "no value" in Amazon CSVs (compared case-insensitively, after stripping).
SENTINELS = frozenset({"", "not available", "not applicable", "n/a", "na", "null", "none", "-", "--"})
_SENTINEL_MAX = max(len(x) for x in SENTINELS)
#: First-cell prefixes that start a footer block: everything from there on is not a record.
FOOTER_MARKERS = ("file summary",)
_MAX_PROBLEMS = 50  # per file; after that one summary problem, so a garbage file cannot flood the run

# -- date formats (formats.md §3–4) --------------------------------------------------------------
#: Named strptime format lists for Amazon's date columns; a column passes the list that fits it and
#: :func:`parse_date` falls back to the general parser after the list.
DATE_FORMATS: dict[str, tuple[str, ...]] = {
    # 2023+ Retail.OrderHistory, Order History.csv, RegionAuthority: ISO with or without millis
    "iso": ("%Y-%m-%dT%H:%M:%S.%fZ", "%Y-%m-%dT%H:%M:%SZ", "%Y-%m-%dT%H:%M:%S%z", "%Y-%m-%dT%H:%M:%S.%f%z"),
    # ≈2020–22 OrderHistory / CartItems / LightWeightInteractions / refunds: US month-first
    "us_datetime": ("%m/%d/%Y %H:%M:%S UTC", "%m/%d/%Y %H:%M:%S GMT", "%m/%d/%Y %H:%M:%S", "%m/%d/%Y %H:%M",
                    "%m/%d/%y %I:%M:%S %p UTC", "%m/%d/%y %I:%M:%S %p"),
    # Search data (GMT in the header), Audible (PRV), CustomerReturns: SQL timestamps
    "sql": ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M:%S.%f", "%Y-%m-%d"),
    # CustomerReturns: EEE, dd MMM yyyy HH:mm:ss z  and  EEE MMM dd HH:mm:ss z yyyy
    "rfc": ("%a, %d %b %Y %H:%M:%S UTC", "%a, %d %b %Y %H:%M:%S GMT", "%a, %d %b %Y %H:%M:%S %z",
            "%a %b %d %H:%M:%S UTC %Y", "%a %b %d %H:%M:%S GMT %Y"),
    # Audible (AMS): DD-Mon-YYYY
    "dmy_mon": ("%d-%b-%Y %H:%M:%S", "%d-%b-%Y", "%d-%b-%y"),
    # Italian seller feedback: day-first
    "dayfirst": ("%d/%m/%Y %H:%M:%S", "%d/%m/%Y %H:%M", "%d/%m/%Y"),
    # old "Order History Reports" (retired 2023): M/D/YYYY and MM/DD/YY
    "us_date": ("%m/%d/%Y", "%m/%d/%y"),
}
DATE_FORMATS["any"] = (DATE_FORMATS["iso"] + DATE_FORMATS["sql"] + DATE_FORMATS["us_datetime"]
                       + DATE_FORMATS["rfc"] + DATE_FORMATS["dmy_mon"] + DATE_FORMATS["us_date"])

# US zone abbreviations that appear in older Amazon timestamps (``M/d/yy h:mm:ss a z``, e.g. PST).
_US_ZONES = {"PST": -8, "PDT": -7, "MST": -7, "MDT": -6, "CST": -6, "CDT": -5, "EST": -5, "EDT": -4,
             "CET": 1, "CEST": 2, "BST": 1, "IST": 5.5, "JST": 9}
_ZONE_TAIL = re.compile(r"^(.*(?:\d|[AP]M))\s+([A-Z]{3,4})(\s+\d{4})?$")
_DOTTED = re.compile(r"^\d{1,2}\.\d{1,2}\.\d{2,4}(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?)?$")
_DOTTED_FORMATS = ("%d.%m.%Y %H:%M:%S", "%d.%m.%Y %H:%M", "%d.%m.%Y", "%d.%m.%y %H:%M:%S", "%d.%m.%y %H:%M",
                   "%d.%m.%y", "%d.%m.%Y, %H:%M:%S", "%d.%m.%Y, %H:%M", "%d.%m.%Y %I:%M:%S %p", "%d.%m.%Y %I:%M %p")


def parse_date(text: str | None, formats: Sequence[str] = DATE_FORMATS["any"], *,
               dayfirst: bool = False) -> TimeResult:
    """Parse one date cell with a per-column format list, falling back to the general parser.

    Sentinels give ``(None, TimeSource.NONE)``. A trailing US zone abbreviation (``PST``, ``EDT``…)
    is converted with its fixed offset (``local-converted``). Never raises.
    """
    value = clean_value(text)
    if value is None or is_notice(value):
        return NO_TIME
    if " and " in value:
        # 2025 Order History.csv: one cell, two instants ("2024-07-19T19:52:49Z and 2024-07-19T20:23:05+00:00",
        # seen by reteptilian/receipts-ai's tests): the first is the order's
        value = value.split(" and ", 1)[0].strip()
    # Fast path for ISO/SQL timestamps (the bulk of modern rows): ``Z`` and offsets are real UTC
    # statements, zone-less ones are assumed UTC. Bare dates go through the list (date-only).
    if len(value) > 10 and value[4:5] == "-" and value[:4].isdigit():
        try:
            dt = datetime.fromisoformat(value)
        except ValueError:
            pass
        else:
            return as_utc(dt)
    if _DOTTED.match(value):
        # "02.01.2019 06:39": the dotted day.month.year a spreadsheet in a German (or other central European)
        # locale writes when it saves the file again; never month-first (the twenty-second pass's third tester:
        # 68 of 203 orders read as 1 February for 2 January, while 13.01.2019 in the same column was day-first)
        return parse_with_formats(value, _DOTTED_FORMATS, dayfirst=True)
    m = _ZONE_TAIL.match(value)
    if m and m.group(2) in _US_ZONES:
        base = m.group(1) + (m.group(3) or "")
        dt, _ = parse_with_formats(base, formats, dayfirst=dayfirst)
        if dt is None:
            return NO_TIME
        local = dt.replace(tzinfo=None)
        try:
            return (local - timedelta(hours=_US_ZONES[m.group(2)])).replace(tzinfo=UTC), TimeSource.LOCAL_CONVERTED
        except OverflowError:  # 0001-01-01 00:00 PST: before year 1 in UTC
            return NO_TIME
    return parse_with_formats(value, formats, dayfirst=dayfirst)


# -- values --------------------------------------------------------------------------------------
#: Amazon's order-history notice, written into date and other cells of a row that is no record
#: ("Due to technical limitations, please refer to your Order History (available in your Amazon
#: account) for certain details about any orders placed prior to 2002"; reteptilian/receipts-ai)
NOTICE_PREFIX = "due to technical limitations"


def is_notice(text: str | None) -> bool:
    """Whether a cell holds Amazon's order-history notice (:data:`NOTICE_PREFIX`), not a value."""
    return text is not None and text.lstrip()[:len(NOTICE_PREFIX)].casefold() == NOTICE_PREFIX


def clean_value(text: str | None) -> str | None:
    """Strip a cell; sentinels (``Not Available``, ``Not Applicable``, ``N/A``, empty) become ``None``."""
    if text is None:
        return None
    value = text.strip()
    if value.lower() in SENTINELS:
        return None
    return value


@lru_cache(maxsize=4096)
def normalise_header(name: str) -> str:
    """A header name as a lookup key: BOM, quotes and outer whitespace stripped, case folded,
    inner whitespace collapsed (``'\\ufeff"Order ID" '`` → ``'order id'``)."""
    text = name.replace("\ufeff", "").replace("ï»¿", "").strip().strip("\"'").strip()
    return " ".join(text.split()).casefold()


_TRUE = frozenset({"yes", "y", "true", "1", "t"})
_FALSE = frozenset({"no", "n", "false", "0", "f"})


def parse_bool(text: str | None) -> bool | None:
    """``Yes``/``No``, ``Y``/``N``, ``true``/``false``, ``1``/``0`` → bool; anything else → ``None``."""
    value = clean_value(text)
    if value is None:
        return None
    low = value.casefold()
    if low in _TRUE:
        return True
    if low in _FALSE:
        return False
    return None


class Money(NamedTuple):
    """An exact amount and its ISO currency code (``None`` when the text does not say)."""

    amount: Decimal
    currency: str | None


# Symbol → ISO code, only where the symbol is unambiguous on Amazon marketplaces. A bare ``$`` is
# USD on amazon.com but CAD/AUD/MXN elsewhere, so it maps to the caller's default currency.
_PREFIXED_SYMBOLS = (("US$", "USD"), ("CA$", "CAD"), ("C$", "CAD"), ("AU$", "AUD"), ("A$", "AUD"),
                     ("MX$", "MXN"), ("R$", "BRL"), ("S$", "SGD"), ("NZ$", "NZD"))
# "TL": the Turkish lira's abbreviation, which Turkish Excel's currency format writes ("1.299 TL")
_SYMBOLS = {"€": "EUR", "£": "GBP", "₹": "INR", "¥": "JPY", "￥": "JPY", "zł": "PLN", "₺": "TRY", "TL": "TRY",
            "kr": None, "$": None}
_CODE = re.compile(r"^([A-Z]{3})\s*(.*)$|^(.*?)\s*([A-Z]{3})$")
_PLAIN = re.compile(r"^-?\d+(\.\d+)?$")
_NUMBER = re.compile(r"^\d[\d,.\s\u00a0\u202f']*$|^[.,]\d+$")


def parse_money(text: str | None, currency: str | None = None, *, locale: str | None = None,
                machine: bool = False) -> Money | None:
    """Parse an amount cell to an exact :class:`Money`; sentinels give ``None``.

    Handles ``'-0.68'`` (apostrophe-wrapped, as Amazon writes negative discounts), ``$6.29 ``,
    ``-$1.00``, ``($1.00)``, ``1,234.56``, ``EUR 12,99``, ``12,99 €``, ``1.234,56``. With both
    ``,`` and ``.`` present, the last one is the decimal mark; a lone ``,`` followed by exactly
    one or two digits is a decimal comma, otherwise a thousands separator. ``currency`` is the code
    to use when the text has none or only an ambiguous ``$``. Raises :class:`ValueError` on text
    that is not an amount (the message never quotes it).

    One ``.`` or ``,`` followed by exactly three digits (``1.980``, ``R$ 1.234``, ``1.299 TL``, ``1,234``) is a
    thousands group or a decimal mark; the currency and ``locale`` (a CLDR locale such as ``pt_BR``, the
    marketplace's) decide (:func:`_three_digits`), and where neither does the amount is refused as ambiguous
    (ValueError) rather than guessed: yen had been read as ¥1.98 for ¥1,980 (the twenty-fourth pass's third tester).
    ``machine``: the text is a machine-written number (a JSON number of Amazon's JSON records), whose ``.`` is
    always the decimal mark.
    """
    value = clean_value(text)
    if value is None:
        return None
    # U+2212 MINUS SIGN: what a spreadsheet or a typographic locale (sv, fi, nb, de-CH…: CLDR's minusSign) writes
    # for "-" when it saves the file again; refused as "not a money amount" before (the twenty-fourth pass's tester)
    value = value.replace("\u2212", "-")
    # the common case in Retail.OrderHistory: "12.89"
    # (the sign aside: "-1.980" is the same three digits as "1.980"; the final tester found it read as a decimal)
    if _PLAIN.match(value) and (machine or not _THREE_DIGITS.match(value.removeprefix("-"))):
        return Money(_plausible(Decimal(value)), currency)
    value = value.strip("'\"`").strip()  # '-0.68' and stray quotes
    negative = False
    if value.startswith("(") and value.endswith(")"):
        negative, value = True, value[1:-1].strip()
    if value.startswith("-"):
        negative, value = True, value[1:].strip()
    elif value.endswith("-"):
        negative, value = True, value[:-1].strip()
    code: str | None = None
    found_symbol = False
    m = _CODE.match(value)
    if m:
        code = m.group(1) or m.group(4)
        value = (m.group(2) if m.group(1) else m.group(3)).strip()
    else:
        for symbol, iso in _PREFIXED_SYMBOLS:
            if value.startswith(symbol) or value.endswith(symbol):
                code, found_symbol = iso, True
                value = value.removeprefix(symbol).removesuffix(symbol).strip()
                break
        else:
            for symbol, iso in _SYMBOLS.items():
                if value.startswith(symbol) or value.endswith(symbol):
                    code, found_symbol = iso, True
                    value = value.removeprefix(symbol).removesuffix(symbol).strip()
                    break
    if value.startswith("-"):  # $-1.00
        negative, value = True, value[1:].strip()
    if not value or not _NUMBER.match(value):
        raise ValueError("not a money amount")
    m = _THREE_DIGITS.match(value)
    if _ZERO_DECIMAL.match(value):  # "0,855": no grouped number starts with a 0, so the mark is a decimal
        number = "0." + re.split(r"[.,]", value, maxsplit=1)[1]
    else:
        number = _three_digits(m, code or currency, locale) if m else _normalise_number(value)
    try:
        amount = Decimal(number)
    except InvalidOperation:
        raise ValueError("not a money amount") from None
    if negative:
        amount = -amount
    if code is None and (found_symbol or currency):
        code = currency
    return Money(_plausible(amount), code or currency)


#: no amount in an export reaches this (a quadrillion; counts: dataexam.counts); one that does is
#: damage, and past ~10^26 the report's exact sums (28 significant digits) could not round it to cents
MAX_AMOUNT = Decimal(10) ** 15


def _plausible(amount: Decimal) -> Decimal:
    if not amount.is_finite() or amount.copy_abs() >= MAX_AMOUNT:  # (copy_abs: exact, abs() rounds)
        raise ValueError("an amount of a quadrillion or more: not a money amount")
    return amount


#: zeros alone, one separator, digits: always a decimal ("0,855" and "00,855" are 0.855, never 855: no grouped
#: number starts with a zero)
_ZERO_DECIMAL = re.compile(r"^0+[.,]\d+$")
#: one separator followed by exactly three digits, with one to three digits before it (not a leading 0)
_THREE_DIGITS = re.compile(r"^([1-9]\d{0,2})([.,])(\d{3})$")
#: a currency's usual locale, where one locale's separators are the currency's (the euro's countries differ)
_CURRENCY_LOCALE = {"USD": "en_US", "GBP": "en_GB", "INR": "en_IN", "BRL": "pt_BR", "TRY": "tr_TR", "MXN": "es_MX",
                    "AUD": "en_AU", "SGD": "en_SG", "PLN": "pl_PL", "SEK": "sv_SE", "ZAR": "en_ZA", "SAR": "ar_SA",
                    "AED": "ar_AE", "EGP": "ar_EG"}


def _three_digits(m: re.Match[str], currency: str | None, locale: str | None) -> str:
    """The number of an amount matched by :data:`_THREE_DIGITS` (``1.980``): a thousands group where the
    currency has no minor unit (ISO 4217 via babel: JPY, KRW…) or the locale (else the currency's usual locale)
    groups with that separator; a decimal where that locale's decimal mark is the separator and the currency
    keeps three decimals or more (BHD, KWD); otherwise ValueError (ambiguous). With neither a currency nor a
    locale the older reading stands (``,`` a group, ``.`` a decimal)."""
    from babel import UnknownLocaleError  # only for these rare amounts: babel's import stays off the fast path
    from babel.numbers import get_currency_precision, get_decimal_symbol, get_group_symbol

    head, sep, tail = m.groups()
    if currency is None and locale is None:
        return head + tail if sep == "," else f"{head}.{tail}"
    try:
        precision = get_currency_precision(currency.upper()) if currency else None
    except (KeyError, ValueError):
        precision = None
    if precision == 0:
        return head + tail
    where = locale or _CURRENCY_LOCALE.get((currency or "").upper())
    if where is not None:
        try:
            group = get_group_symbol(where, numbering_system="latn")
            decimal = get_decimal_symbol(where, numbering_system="latn")
        except (ValueError, LookupError, UnknownLocaleError):
            group = decimal = ""
        if sep == group:
            return head + tail
        if sep == decimal and precision is not None and precision >= 3:
            return f"{head}.{tail}"
    raise ValueError("an amount whose separator may be a thousands group or a decimal mark (three digits after "
                     "it): not read, ambiguous")


def _normalise_number(value: str) -> str:
    value = re.sub(r"[\s\u00a0\u202f']", "", value)
    if "," in value and "." in value:
        if value.rfind(",") > value.rfind("."):  # 1.234,56
            return value.replace(".", "").replace(",", ".")
        return value.replace(",", "")  # 1,234.56
    if "," in value:
        head, _, tail = value.rpartition(",")
        if len(tail) in (1, 2) and value.count(",") == 1:  # 12,99
            return f"{head}.{tail}"
        return value.replace(",", "")  # 1,234
    return value


@lru_cache(maxsize=64)
def currency_digits(currency: str | None) -> int:
    """A currency's minor units (ISO 4217 as CLDR gives them, via babel: ``JPY``, ``KRW``, ``CLP``, ``ISK``, ``VND``
    0; ``USD`` 2; ``KWD`` 3); 2 for a code babel does not know or none."""
    from babel.numbers import get_currency_precision

    if not currency:
        return 2
    try:
        return int(get_currency_precision(currency.upper()))
    except (KeyError, ValueError):
        return 2


#: Currencies whose home locale groups digits otherwise than English does, with the English locale of their
#: marketplace (CLDR via babel): the rupee in lakhs and crores, ``₹1,23,456.00``, as Amazon.in writes it and the
#: export holds it (the twenty-sixth pass's first tester, L3: ``₹123,456.00``). CLDR's ``en_PK`` groups Pakistan's
#: rupee in thousands, so only INR is here.
CURRENCY_LOCALES = {"INR": "en_IN"}


def grouped_amount(amount: Decimal, currency: str | None) -> str:
    """An amount with its thousands (or lakhs) grouped, in its currency's minor units (:func:`amount_text`), without a
    symbol: ``(1980, "JPY")`` → ``"1,980"``, ``(123456, "INR")`` → ``"1,23,456.00"``, ``(114.78, "EUR")`` →
    ``"114.78"`` — the findings' own sentences ("You spent JPY 1,980 …")."""
    from babel.numbers import format_decimal

    text = amount_text(amount, currency)
    places = len(text) - text.index(".") - 1 if "." in text else 0
    locale = CURRENCY_LOCALES.get((currency or "").upper(), "en")
    pattern = ("#,##,##0" if locale == "en_IN" else "#,##0") + ("." + "0" * places if places else "")
    return format_decimal(Decimal(text), format=pattern, locale=locale, decimal_quantization=False)


def amount_text(amount: Decimal, currency: str | None) -> str:
    """An amount as the findings write it, in its currency's minor units: ``(Decimal("1980"), "JPY")`` →
    ``"1980"``, ``(Decimal("12.9"), "USD")`` → ``"12.90"``, ``(Decimal("1.5"), "KWD")`` → ``"1.500"``. A currency
    without minor units keeps two decimals only where the amount has a fraction (never rounded away). The parser's
    attributes write amounts the same way (the README: yen are written without decimals; the twenty-sixth pass's
    first tester, M4: the spending JSON said ``JPY 1,980.00`` beside ``¥1,980`` in the text)."""
    digits = currency_digits(currency)
    if digits == 0 and amount == amount.to_integral_value():
        return format(amount.quantize(Decimal(1)), "f")
    return format(amount.quantize(Decimal(1).scaleb(-max(digits, 2))), "f")


def money_text(amount: Decimal) -> str:
    """An exact decimal string for output and keys: at least two decimals (``12.9`` → ``"12.90"``),
    more only when the source had them; ``-0`` is written ``"0.00"``."""
    if amount == 0:
        return "0.00" if amount.as_tuple().exponent >= -2 else format(abs(amount), "f")  # type: ignore[operator]
    text = format(amount, "f")
    dot = text.find(".")
    if dot < 0:
        return text + ".00"
    return text + "0" if len(text) - dot == 2 else text


# -- rows ----------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class CsvProblem:
    """A fault in a CSV file; ``line`` is the 1-based physical line it was met on (0 = whole file)."""

    code: str
    message: str
    line: int
    #: what it is of the file's reading where that is not its code's (:class:`~dataexam.issue_codes.IssueKind`)
    kind: IssueKind | None = None


@dataclass(frozen=True, slots=True)
class CsvRow:
    """One data row. Look cells up by header name (any case/spacing); sentinels read as ``None``.

    ``index`` counts data rows from 0 (header, documentation row, blank and footer rows excluded);
    ``line`` is the 1-based physical line the row starts on (multi-line fields span more), 0 for a
    record of a JSON file (:mod:`dataexam.jsonrows`).
    """

    index: int
    line: int
    columns: Mapping[str, int]
    values: Sequence[str]

    def raw(self, name: str) -> str | None:
        """The cell as written (stripped), ``None`` if the column is absent."""
        columns = self.columns
        i = columns[name] if isinstance(columns, _Columns) else columns.get(normalise_header(name), -1)
        if i < 0 or i >= len(self.values):
            return None
        return self.values[i].strip()

    def get(self, *names: str) -> str | None:
        """The first of ``names`` that is present and not a sentinel, else ``None``."""
        # the hot path of every parser: clean_value() inlined, one dict hit per name
        columns, values = self.columns, self.values
        for name in names:
            try:
                i = columns[name]
            except KeyError:
                i = columns.get(normalise_header(name), -1)
            if 0 <= i < len(values):
                value = values[i].strip()
                if value and (len(value) > _SENTINEL_MAX or value.lower() not in SENTINELS):
                    return value
        return None

    @property
    def where(self) -> str:
        """Where the row is, for an issue: ``line N`` in a CSV file, ``record N`` for a JSON record."""
        return f"line {self.line}" if self.line else f"record {self.index}"

    def has(self, name: str) -> bool:
        return self.raw(name) is not None

    def money(self, *names: str, currency: str | None = None, locale: str | None = None,
              machine: bool = False) -> Money | None:
        """The first present amount among ``names`` (see :func:`parse_money`)."""
        text = self.get(*names)
        return None if text is None else parse_money(text, currency, locale=locale, machine=machine)

    def decimal(self, *names: str) -> Decimal | None:
        m = self.money(*names)
        return None if m is None else m.amount

    def integer(self, *names: str) -> int | None:
        """An integer cell (``1``, ``1.0``, ``'2'``); ``None`` for sentinels; ValueError otherwise."""
        text = self.get(*names)
        if text is None:
            return None
        return whole_count(_normalise_number(text.strip("'\"")))

    def flag(self, *names: str) -> bool | None:
        return parse_bool(self.get(*names))

    def time(self, *names: str, formats: Sequence[str] = DATE_FORMATS["any"],
             dayfirst: bool = False) -> TimeResult:
        """The first of ``names`` that parses as a date (see :func:`parse_date`)."""
        for name in names:
            result = parse_date(self.raw(name), formats, dayfirst=dayfirst)
            if result[0] is not None:
                return result
        return NO_TIME

    def as_dict(self) -> dict[str, str | None]:
        """Normalised header → cleaned value (for debugging and tests)."""
        names = self.columns.names if isinstance(self.columns, _Columns) else self.columns
        return {name: clean_value(self.values[i]) if i < len(self.values) else None for name, i in names.items()}


class _Columns(dict[str, int]):
    """Header name → column index, looked up by any spelling of the name (case, spaces, quotes).

    Each spelling a parser asks for is normalised once and remembered, so the per-cell lookup is
    a plain dict hit; an absent column maps to -1.
    """

    def __init__(self, names: dict[str, int]) -> None:
        super().__init__(names)
        self.names = dict(names)

    def __missing__(self, key: str) -> int:
        value = self.names.get(normalise_header(key), -1)
        self[key] = value
        return value


def columns_of(names: Sequence[str]) -> Mapping[str, int]:
    """Header names → their column index, looked up by any spelling of a name (see :class:`CsvRow`).
    Duplicate names (after normalising) keep the first; the others are numbered ``name#2``, …"""
    columns: dict[str, int] = {}
    for i, name in enumerate(normalise_header(c) for c in names):
        key = name
        n = 2
        while key in columns:
            key, n = f"{name}#{n}", n + 1
        columns[key] = i
    return _Columns(columns)


# The codec error handler below must know which reader it is decoding for; decoding happens
# synchronously inside ``next(csv_reader)``, so a thread-local "current reader" is exact.
_active = threading.local()


def _cp1252_fallback(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    bad = exc.object[exc.start:exc.end]
    reader = getattr(_active, "reader", None)
    if reader is not None:
        reader.fallback_bytes += len(bad)
    # cp1252 leaves five bytes undefined; read those as Latin-1 so nothing ever raises
    return "".join(bytes([b]).decode("cp1252", errors="strict") if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)
                   else chr(b) for b in bad), exc.end


codecs.register_error("dataexam.cp1252", _cp1252_fallback)


class _HeadThenRest(io.RawIOBase):
    """A raw stream replaying already-sniffed bytes, then the rest of the underlying stream."""

    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        self._head = memoryview(head)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._rest.read(len(buffer))
        n = len(data)
        buffer[:n] = data
        return n

    # close() is inherited and leaves the underlying stream open: the caller owns it


def sniff_encoding(head: bytes) -> str:
    """``utf-16``, ``utf-8-sig`` or ``cp1252`` for a file starting with ``head`` (see module docs)."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        # a multi-byte character cut by the sniff window is not evidence against UTF-8
        if not (len(head) >= SNIFF_BYTES and exc.start >= len(head) - 3 and exc.reason == "unexpected end of data"):
            return "cp1252"
    return "utf-8-sig"


#: the longest physical CSV line read (characters); real Amazon rows are a few KB
MAX_LINE_CHARS = 1024 * 1024
#: the most characters of one ragged row's lines kept to read them again (:class:`_RowLines`)
_REREAD_CHARS = 1024 * 1024


class _RowLines:
    """The physical lines csv.reader pulls, those of the current row kept (up to :data:`_REREAD_CHARS`).

    A quote left open (``,"unterminated`` at a line's end) makes csv read the next lines into the same row: one row of
    54 fields where the header has 27, skipped as ragged, and the order on the next line lost with it, while the
    issue said one row (the twenty-eighth pass's second tester, L7). Its lines after the first are handed to csv
    once more (:meth:`push_back`), so only the broken line's row is lost."""

    def __init__(self, lines: Iterator[str]) -> None:
        self._lines = lines
        self.taken: list[str] = []
        self.chars = 0

    def __iter__(self) -> _RowLines:
        return self

    def __next__(self) -> str:
        line = next(self._lines)
        self.chars += len(line)
        if self.chars <= _REREAD_CHARS:
            self.taken.append(line)
        return line

    def mark(self) -> None:
        """A new row starts: forget the lines of the last one."""
        self.taken.clear()
        self.chars = 0

    @property
    def whole(self) -> bool:
        """Every line of the current row is kept."""
        return self.chars <= _REREAD_CHARS

    def push_back(self, lines: list[str]) -> None:
        self._lines = itertools.chain(lines, self._lines)


class CsvReader:
    """Iterate a CSV byte stream as :class:`CsvRow` values and :class:`CsvProblem` faults.

    ``documentation_row``: ``True`` skips the first line after the header, ``False`` never does,
    ``None`` (default) skips it when it looks like prose describing the columns (every filled cell
    is words with spaces — digits only inside sentences of four or more words — in a file of two or
    more columns, at least half of them filled). A data row almost always has an id, date or amount
    cell without spaces, which rules it out. ``footer_markers``: first-cell
    prefixes (case-insensitive) that start a footer block; reading stops there. ``delimiter``: ``None``
    (default) takes the one the header line uses (:func:`sniff_delimiter`: a file opened and saved again
    in a spreadsheet set to a German or French locale is separated by ``;``), else the one given.

    Problems are listed one by one up to :data:`_MAX_PROBLEMS` per file; past that one ``more-problems``
    problem at the end counts the rest and the rows they skipped, so the counts stay true.
    """

    def __init__(self, stream: IO[bytes], *, documentation_row: bool | None = None,
                 footer_markers: Sequence[str] = FOOTER_MARKERS, delimiter: str | None = None,
                 encoding: str | None = None) -> None:
        self._stream = stream
        self.documentation_row = documentation_row
        self.footer_markers = tuple(m.casefold() for m in footer_markers)
        self.delimiter = delimiter
        self.encoding = encoding
        self.header: tuple[str, ...] = ()
        self.columns: Mapping[str, int] = {}
        self.fallback_bytes = 0
        self.rows_read = 0
        self.footer_line: int | None = None
        self.long_lines = 0

    def __iter__(self) -> Iterator[CsvRow | CsvProblem]:
        head = self._stream.read(SNIFF_BYTES)
        encoding = self.encoding or sniff_encoding(head)
        self.encoding = encoding
        errors = "dataexam.cp1252" if encoding.startswith("utf-8") else "replace"
        raw = _HeadThenRest(head, self._stream)
        text = io.TextIOWrapper(io.BufferedReader(raw, 64 * 1024), encoding=encoding, errors=errors, newline="")
        try:
            yield from self._rows(text)
        finally:
            text.detach()  # the caller owns (and closes) the underlying stream

    def _next(self, reader: Iterator[list[str]]) -> list[str] | None:
        _active.reader = self
        try:
            return next(reader)
        except StopIteration:
            return None
        finally:
            _active.reader = None

    def _capped_lines(self, text: io.TextIOWrapper) -> Iterator[str]:
        # csv.reader pulls whole physical lines: a hostile file with one endless line (no newline)
        # would be held in memory whole before csv's field limit applies. Read at most
        # MAX_LINE_CHARS of a line; skip the rest of an over-long line without keeping it.
        limit = MAX_LINE_CHARS
        readline = text.readline
        while True:
            line = readline(limit)
            if not line:
                return
            if len(line) >= limit and not line.endswith(("\n", "\r")):
                while True:
                    more = readline(limit)
                    if not more or more.endswith(("\n", "\r")):
                        break
                self.long_lines += 1
                yield "\n"  # stands in for the skipped line (a blank row, skipped below)
                continue
            yield line

    def _rows(self, text: io.TextIOWrapper) -> Iterator[CsvRow | CsvProblem]:
        lines = self._capped_lines(text)
        if self.delimiter is None:
            head: list[str] = []
            for line in lines:  # blank lines before the header are kept for csv to skip (line numbers)
                head.append(line)
                if line.strip():
                    break
            first = head[-1] if head else ""
            hint = _SEP_HINT.match(first)
            if hint:
                # Excel's separator hint before the header ("sep=;"): the delimiter it names; the line stands in as
                # a blank one (line numbers stay the file's) and the header is the next line
                self.delimiter = hint.group(1)
                head[-1] = "\n"
            else:
                self.delimiter = sniff_delimiter(first)
            lines = itertools.chain(head, lines)
        source = _RowLines(lines)
        reader = csv.reader(source, delimiter=self.delimiter)
        line_base = 0  # the physical line before the reader's first (lines read again after an open quote)
        long_reported = 0
        problems = 0
        skipped_unlisted = 0  # rows skipped by problems past the listed ones
        last_line = 0
        index = 0
        header_seen = False
        doc_checked = False
        fallback_reported = False
        while True:
            start = last_line + 1
            source.mark()
            try:
                cells = self._next(reader)
            except csv.Error as exc:
                last_line = line_base + reader.line_num
                problems += 1
                if problems <= _MAX_PROBLEMS:
                    yield CsvProblem("bad-csv", f"malformed CSV ({_csv_error_reason(exc)}); row skipped", start)
                else:
                    skipped_unlisted += 1
                if problems > 10 * _MAX_PROBLEMS:
                    yield from _unlisted(problems, skipped_unlisted, start)
                    yield CsvProblem("bad-csv", f"too many malformed rows; {REST_SKIPPED}", start, IssueKind.STOPS)
                    return
                continue
            if self.long_lines > long_reported:
                long_reported = self.long_lines
                yield CsvProblem("line-too-long", f"a line longer than {MAX_LINE_CHARS:,} characters was skipped",
                                 start)
            if self.fallback_bytes and not fallback_reported:
                fallback_reported = True
                yield CsvProblem("bad-encoding", f"some bytes are not valid UTF-8 and {CP1252_READ}", start,
                                 IssueKind.READ_ON)
            if cells is None:
                break
            last_line = line_base + reader.line_num
            joined = "".join(cells)  # one string for the cheap whole-row checks below
            if "\x00" in joined:
                problems += 1
                if problems <= _MAX_PROBLEMS:
                    yield CsvProblem("nul-byte", "NUL bytes in the row were removed", start)
                cells = [c.replace("\x00", "") for c in cells]
                joined = joined.replace("\x00", "")
            if not joined.strip():
                continue  # blank line
            if not header_seen:
                header_seen = True
                self._set_header(cells)
                continue
            first = cells[0].strip().strip("\"'").casefold()  # not normalise_header: its cache is for names
            if self.footer_markers and first.startswith(self.footer_markers):
                self.footer_line = start
                yield from _unlisted(problems, skipped_unlisted, start)
                return  # footer block: summary lines, not records
            if not doc_checked:
                doc_checked = True
                if self._is_documentation_row(cells):
                    continue
            if first == self._norm_header[0] and len(cells) == len(self.header) and tuple(
                    " ".join(c.strip().strip("\"'").split()).casefold() for c in cells) == self._norm_header:
                continue  # the header repeated (files concatenated by hand)
            if len(cells) != len(self.header):
                # trailing empty cells (a trailing comma) are harmless; anything else cannot be mapped
                # to columns without guessing, so the row is reported and skipped
                extra = cells[len(self.header):]
                if len(cells) > len(self.header) and not any(c.strip() for c in extra):
                    cells = cells[: len(self.header)]
                else:
                    problems += 1
                    spread = len(source.taken) - (1 if source.taken and not source.taken[-1].strip() else 0)
                    again = len(cells) > len(self.header) and spread > 1 and source.whole
                    if again:
                        # more fields than the header over several lines: a quote left open on the first line ran
                        # on into the next ones. Only the first line's row is skipped: the others are read again.
                        message = (f"row has {len(cells)} fields, the header has {len(self.header)}: a quote left "
                                   f"open on line {start} ran on to line {last_line}; the row of line {start} was "
                                   "skipped, the lines after it were read again")
                    elif last_line > start:
                        message = (f"row has {len(cells)} fields, the header has {len(self.header)}; lines "
                                   f"{start}–{last_line} skipped")
                    else:
                        message = f"row has {len(cells)} fields, the header has {len(self.header)}; row skipped"
                    if problems <= _MAX_PROBLEMS:
                        yield CsvProblem("ragged-row", message, start)
                    else:
                        skipped_unlisted += 1
                    index += 1
                    if again:
                        source.push_back(source.taken[1:])
                        reader = csv.reader(source, delimiter=self.delimiter)
                        line_base = last_line = start
                    continue
            self.rows_read += 1
            yield CsvRow(index, start, self.columns, cells)
            index += 1
        yield from _unlisted(problems, skipped_unlisted, last_line)
        if not header_seen:
            yield CsvProblem("empty-file", "file has no header row", 0)

    def _set_header(self, cells: list[str]) -> None:
        self.header = tuple(cells)
        self._norm_header = tuple(normalise_header(c) for c in cells)
        self.columns = columns_of(cells)

    def _is_documentation_row(self, cells: list[str]) -> bool:
        if self.documentation_row is not None:
            return self.documentation_row
        if len(self.header) < 2:
            return False
        filled = [c.strip() for c in cells if c.strip()]
        if len(filled) < max(2, len(self.header) // 2):
            return False
        # prose: words with spaces; a digit is allowed in a longer sentence ("ISO 8601 time of …")
        return all(" " in c and (len(c.split()) >= 4 or not any(ch.isdigit() for ch in c)) for c in filled)


def _unlisted(problems: int, skipped: int, line: int) -> Iterator[CsvProblem]:
    """The one problem that counts those past the :data:`_MAX_PROBLEMS` listed (none if there are none)."""
    if problems > _MAX_PROBLEMS:
        rows = f"; {skipped:,} more row(s) skipped" if skipped else ""
        yield CsvProblem("more-problems", f"{problems - _MAX_PROBLEMS:,} more problem(s) in this file are not "
                                          f"listed one by one{rows}", line)


#: delimiters a CSV header may use: Amazon writes ",", a spreadsheet saving again in a locale whose decimal
#: mark is the comma (German, French, …) writes ";", a tab-separated export "\t"
_DELIMITERS = (",", ";", "\t")
_QUOTED = re.compile(r'"[^"]*"')
_SEP_HINT = re.compile(r'^\ufeff?"?sep=([,;\t|])"?\s*$', re.IGNORECASE)


def sniff_delimiter(header: str) -> str:
    """The delimiter a header line uses: whichever of ``,`` ``;`` and tab occurs most often outside its
    quoted cells, ``,`` on a tie or where none does (a one-column file)."""
    bare = _QUOTED.sub("", header)
    counts = {d: bare.count(d) for d in _DELIMITERS}
    best = max(_DELIMITERS, key=lambda d: counts[d])  # the first of equals: "," wins ties
    return best if counts[best] > 0 else ","


def _csv_error_reason(exc: csv.Error) -> str:
    text = str(exc)
    if "field larger than field limit" in text:
        return "a field is larger than the CSV field limit"
    if "new-line character seen in unquoted field" in text:
        return "line break inside an unquoted field"
    return "unexpected quote or delimiter"


def read_rows(stream: IO[bytes], **options: object) -> Iterator[CsvRow | CsvProblem]:
    """Stream the rows of a CSV byte stream (options as for :class:`CsvReader`).

    >>> with open("Retail.OrderHistory.1.csv", "rb") as fh:
    ...     for row in read_rows(fh):
    ...         if isinstance(row, CsvRow):
    ...             print(row.get("Order ID"), row.money("Total Owed"))
    """
    return iter(CsvReader(stream, **options))  # type: ignore[arg-type]


def member_rows(ctx: MemberContext, **options: object) -> Iterator[CsvRow | ParseIssue]:
    """Stream a member's CSV rows inside a parser handler; faults become :class:`ParseIssue` values.

    The context's record index follows the data-row index, so events built with ``ctx.event()``
    point at the right record and an exception escaping the handler names the right place. A
    ``.json`` member is read as an array of records keyed by the same column names
    (:mod:`dataexam.jsonrows`: Amazon's JSON datasets); ``options`` are the CSV reader's.
    """
    if ctx.path.lower().endswith(".json"):
        from .jsonrows import record_rows

        yield from record_rows(ctx)
        return
    for item in CsvReader(ctx.open(), **options):  # type: ignore[arg-type]
        if isinstance(item, CsvProblem):
            yield ctx.issue(item.code, item.message, f"line {item.line}" if item.line else None, kind=item.kind)
        else:
            ctx.index = item.index
            yield item


def utc_day(value: datetime | None) -> str | None:
    """The UTC calendar day of a time, ``YYYY-MM-DD`` (for de-duplication keys)."""
    return None if value is None else value.astimezone(UTC).date().isoformat()
