"""Date and time parsing for export formats, with fast paths for the formats that dominate.

Every function returns ``(datetime | None, TimeSource)``: an aware UTC datetime and how it was
obtained. Nothing raises on bad input: an unparseable value, or one whose UTC instant falls outside
years 1–9999 (``0001-01-01T00:00:00+01:00``), gives ``(None, TimeSource.NONE)`` so the caller can
report it as a :class:`~dataexam.events.ParseIssue`.

Formats seen (formats.md §4): epoch seconds (Facebook) and milliseconds (Messenger); X's
``Sat Jun 06 13:02:35 +0000 2020``, ISO ``…T13:31:42.908Z``, zone-less ``2023-06-05 17:00:52`` (ads,
read as UTC) and ``2012-12-19 14:29:39 +0000`` (classic archive); Amazon's ISO with or without
milliseconds, ``MM/DD/YYYY HH:MM:SS[ UTC]``, ``M/D/YY``, ``DD-Mon-YYYY``, day-first ``DD/MM/YYYY``.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal

from dateutil import parser as du_parser

from .events import TimeSource
from .lazyrx import lazy_compile

TimeResult = tuple[datetime | None, TimeSource]
NO_TIME: TimeResult = (None, TimeSource.NONE)

_from_timestamp = datetime.fromtimestamp
_MONTHS = {m: i for i, m in enumerate(
    ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), 1)}
_MONTH_NUMBERS = {m: f"{i:02d}" for m, i in _MONTHS.items()}
_from_iso = datetime.fromisoformat
_ZONE_WORDS = {"UTC": 0, "GMT": 0, "Z": 0}
# a four-digit number 0000–0099 on its own (not an offset "+0030" nor a clock "00:30"): a year no export holds
_EARLY_YEAR = re.compile(r"(?<![\d+\-:.])00\d\d(?![\d:])")
_TWITTER_NUMBERS = re.compile(r"[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2} [+-][0-9]{4} [0-9]{4}")  # created_at from "06 "


def from_epoch(value: object, *, millis: bool = False) -> TimeResult:
    """Unix time in seconds (or milliseconds) to UTC. Zero and negative values give no time.

    Facebook writes ``0`` or negative numbers for unknown EXIF times; they are not real instants.
    """
    try:
        number = float(value) if not isinstance(value, (int, float, Decimal)) else value
        if isinstance(number, bool) or number <= 0:
            return NO_TIME
        seconds = float(number) / 1000.0 if millis else float(number)
    except (TypeError, ValueError, OverflowError):  # OverflowError: an int past float's range (10**400)
        return NO_TIME
    try:
        # fromtimestamp: ~3x faster than _EPOCH + timedelta(seconds=…) (once per Messenger message) and
        # the same instant (both round to the microsecond half-to-even; checked on 1.3M random values)
        return _from_timestamp(seconds, UTC), TimeSource.UTC
    except (OverflowError, OSError, ValueError):  # beyond the year 9999 or the platform's time_t
        return NO_TIME


def from_twitter(text: str | None) -> TimeResult:
    """X's ``created_at``: ``Sat Jun 06 13:02:35 +0000 2020`` (fast paths, then general parse); anything but
    text (a number, a list: a damaged file) is no time."""
    if not text or not isinstance(text, str):
        return NO_TIME
    if len(text) == 30 and text[19] == " " and text[20] in "+-":
        if text[20:25] == "+0000" and text[13] == ":" and text[16] == ":":
            # every modern archive: re-ordered as ISO for the C parser (0.5 µs, not 1.6 for the slices
            # below); a zero offset gives the UTC singleton itself
            month = _MONTH_NUMBERS.get(text[4:7])
            if month is not None:
                try:
                    return _from_iso(f"{text[26:30]}-{month}-{text[8:10]}T{text[11:19]}+00:00"), TimeSource.UTC
                except ValueError:
                    pass  # an impossible date or clock: the slices say the same, the general parser decides
        found = _twitter_slices(text)
        if found is not None:
            return found
    return parse_any(text)


def _twitter_slices(text: str) -> TimeResult | None:
    """A 30-character ``created_at`` read by fixed-width slices (~10x faster than strptime), or None
    when they do not hold a time (the general parser decides)."""
    # int() would also take "20_0", "+202", " 202" or other scripts' digits: only ASCII digits here
    if not _TWITTER_NUMBERS.fullmatch(text, 8):
        return None
    try:
        month = _MONTHS[text[4:7]]
        dt = datetime(int(text[26:30]), month, int(text[8:10]), int(text[11:13]),
                      int(text[14:16]), int(text[17:19]), tzinfo=UTC)
        offset = text[20:25]
        if offset != "+0000":
            hours, minutes = int(offset[1:3]), int(offset[3:5])
            if hours > 23 or minutes > 59:
                return NO_TIME  # "+9959", "+2400": no offset a clock has (datetime's own limit is 24 h)
            sign = -1 if offset[0] == "-" else 1
            dt -= sign * timedelta(hours=hours, minutes=minutes)
        return dt, TimeSource.UTC
    except OverflowError:  # the offset takes it past year 1 or 9999 (dateutil would read "0001" as 2001)
        return NO_TIME
    except (KeyError, ValueError):
        return None


def from_iso(text: str | None) -> TimeResult:
    """ISO 8601: zone-aware strings are converted, zone-less ones are *assumed* UTC; anything but text is no time."""
    if not text or not isinstance(text, str):
        return NO_TIME
    text = text.strip()
    try:
        dt = datetime.fromisoformat(text)
    except ValueError:
        return parse_any(text)
    return as_utc(dt)


def as_utc(dt: datetime) -> TimeResult:
    """``dt`` in UTC: a zone-less time is *assumed* UTC; an aware one is converted, and one whose UTC
    instant falls outside the calendar (years 1–9999) gives no time."""
    if dt.tzinfo is None:
        return dt.replace(tzinfo=UTC), TimeSource.ASSUMED_UTC
    try:
        return dt.astimezone(UTC), TimeSource.UTC
    except (OverflowError, ValueError):
        # OverflowError: a UTC instant before year 1 or after 9999; ValueError: an offset of a day or
        # more ("+99:59"), which dateutil accepts and datetime refuses
        return NO_TIME


_OFFSET_TAIL = lazy_compile(r"^(.*\d)\s*([+-]\d{2}):?(\d{2})$")


def parse_any(text: str | None, *, dayfirst: bool = False) -> TimeResult:
    """General fallback: ISO, ``+0000`` tails, zone words, then python-dateutil. Anything but text, and text
    without a year and a month ("5", "2024", "June 6"), is no time: dateutil fills what a text leaves out from the
    day it runs ("5" was the 5th of the current month, the fresh tester), so a timeline changed with the run date.
    A missing day of the month is the 1st (as :func:`from_date_parts`)."""
    if not text or not isinstance(text, str):
        return NO_TIME
    text = text.strip()
    if not text:
        return NO_TIME
    try:
        return as_utc(datetime.fromisoformat(text))
    except ValueError:
        pass
    m = _OFFSET_TAIL.match(text)
    if m and "-" in m.group(1)[:10]:
        try:
            base = datetime.fromisoformat(m.group(1).strip())
            sign = 1 if m.group(2)[0] == "+" else -1
            tz = timezone(timedelta(hours=int(m.group(2)), minutes=sign * int(m.group(3))))
            return as_utc(base.replace(tzinfo=tz))
        except ValueError:
            pass
    if _EARLY_YEAR.search(text):
        return NO_TIME  # a year 0000–0099: dateutil would read "0001" as 2001
    try:
        with warnings.catch_warnings():  # a zone name it does not know: read as assumed UTC, not warned
            warnings.simplefilter("ignore", du_parser.UnknownTimezoneWarning)
            dt = du_parser.parse(text, dayfirst=dayfirst, tzinfos=_ZONE_WORDS, default=_DEFAULT_A)
            other = du_parser.parse(text, dayfirst=dayfirst, tzinfos=_ZONE_WORDS, default=_DEFAULT_B)
    except (ValueError, OverflowError, TypeError):
        return NO_TIME
    if dt.year != other.year or dt.month != other.month:
        return NO_TIME  # the text has no year or no month: whatever dateutil filled in is invented
    if not _has_time_part(text):
        return datetime(dt.year, dt.month, dt.day, tzinfo=UTC), TimeSource.DATE_ONLY
    return as_utc(dt)


# two defaults differing in every date part: what dateutil fills from them differs where the text says nothing
_DEFAULT_A = datetime(2000, 1, 1)
_DEFAULT_B = datetime(2001, 2, 2)


def _has_time_part(text: str) -> bool:
    return ":" in text or "T" in text[8:]


def parse_with_formats(text: str | None, formats: Sequence[str], *, dayfirst: bool = False) -> TimeResult:
    """Try ``strptime`` formats in order, then fall back to :func:`parse_any`.

    A format without ``%H`` yields a date-only time; a format without ``%z``/``%Z`` is read as UTC
    (``assumed-utc``) unless the text says ``UTC``/``GMT``.
    """
    if not text:
        return NO_TIME
    text = text.strip()
    for fmt in formats:
        try:
            dt = datetime.strptime(text, fmt)
        except ValueError:
            continue
        if "%H" not in fmt and "%I" not in fmt:
            return datetime(dt.year, dt.month, dt.day, tzinfo=UTC), TimeSource.DATE_ONLY
        if dt.tzinfo is not None:
            return as_utc(dt)
        if "UTC" in fmt or "GMT" in fmt or "%Z" in fmt:
            return dt.replace(tzinfo=UTC), TimeSource.UTC
        return dt.replace(tzinfo=UTC), TimeSource.ASSUMED_UTC
    return parse_any(text, dayfirst=dayfirst)


def from_date_parts(year: object, month: object = None, day: object = None) -> TimeResult:
    """A calendar date given as parts (Facebook life events, birthdays); missing parts → the 1st."""
    try:
        y = int(year)  # type: ignore[call-overload]
        if y <= 0:
            return NO_TIME
        d = date(y, int(month or 1) or 1, int(day or 1) or 1)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return NO_TIME
    return datetime(d.year, d.month, d.day, tzinfo=UTC), TimeSource.DATE_ONLY


def parse_user_time(text: str) -> datetime:
    """A ``--since``/``--until`` value as UTC; the rules of :func:`dataexam.dates.parse_time_bound`
    (a bare year is the start of that year, never filled in from today). Raises ValueError."""
    from .dates import parse_time_bound

    return parse_time_bound(text)
