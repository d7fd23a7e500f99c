"""``--since`` / ``--until`` values: what a person types, read the way they mean it.

Rules (README "Choosing a time range"):

* A bare year or year-month is the *start* of that period: ``2024`` = 2024-01-01T00:00Z,
  ``2024-03`` = 2024-03-01T00:00Z, so ``--until 2010`` means "before 2010". Parts that are not
  given are never filled from the day of the run (python-dateutil's default would turn ``2024``
  into today's month and day in 2024).
* ISO dates and times (``2024-03-05``, ``2024-03-05T10:00``, ``…+02:00``) and month names
  (``5 March 2024``, ``Mar 2024``) are read as written; a value without a zone is UTC. A value with
  no year (``March 5``) is refused: the year would come from the clock.
* Numeric dates with slashes or dots (``1/2/2024``) are refused when both the first two numbers
  could be a month, unless ``dayfirst`` or ``monthfirst`` says which; ``13/2/2024`` is unambiguous.
* A zone is an offset (``+01:00``), ``UTC``/``GMT``/``Z``, or an IANA name after the time
  (``2024-03-05 18:00 Europe/Berlin``; also one without a slash, ``EST5EDT``, ``Japan``). A zone
  abbreviation (``PST``, ``CET``, ``IST``; any word of capitals only) is refused: several zones
  share most of them (IST is India, Ireland or Israel), and python-dateutil read them as UTC under
  a warning of its own (T28B M2). A wall time the named zone's clock skips or repeats that day is
  refused, naming the offsets it could have (:func:`_wall_time`).
* Relative forms count back from *now* (the moment of the run): ``30d``, ``2w``, ``6mo``, ``1y``,
  ``12h``, ``30 days ago``, ``1 year ago``, ``today``, ``yesterday`` (midnight UTC). Months are
  calendar months and years calendar years (``1y`` on 2024-02-29 is 2023-02-28).

Every function raises :class:`ValueError` with a message fit for a user on a value it cannot read.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dateutil import parser as du_parser
from dateutil.relativedelta import relativedelta

__all__ = ["AmbiguousDate", "parse_time_bound"]


class AmbiguousDate(ValueError):
    """A numeric date whose day and month could be swapped (``1/2/2024``)."""


_YEAR = re.compile(r"\s*(\d{4})\s*")
_YEAR_MONTH = re.compile(r"\s*(\d{4})-(\d{1,2})\s*")
_NUMERIC = re.compile(r"\s*(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})(?=$|[\sT])")
_UNITS = {
    "s": "seconds", "sec": "seconds", "secs": "seconds", "second": "seconds", "seconds": "seconds",
    "min": "minutes", "mins": "minutes", "minute": "minutes", "minutes": "minutes",
    "h": "hours", "hr": "hours", "hrs": "hours", "hour": "hours", "hours": "hours",
    "d": "days", "day": "days", "days": "days",
    "w": "weeks", "wk": "weeks", "week": "weeks", "weeks": "weeks",
    "mo": "months", "month": "months", "months": "months",
    "y": "years", "yr": "years", "yrs": "years", "year": "years", "years": "years",
}
#: a time followed by an IANA zone name ("Europe/Berlin", "America/Argentina/Buenos_Aires")
_IANA_TAIL = re.compile(r"(.*\S)\s+([A-Za-z][A-Za-z0-9_+\-]*(?:/[A-Za-z0-9_+\-]+)+)")
#: a time followed by one word that may be a zone name of the IANA database without a slash (its legacy names:
#: "EST5EDT", "PST8PDT", "Japan", "Egypt", "GMT0"); a word of capitals only ("CET", "EST", "PRC") is read as
#: an abbreviation and refused, even where zoneinfo has a zone of that name: as a zone, CET follows summer
#: time, while "18:00 CET" written in July means +01:00
_WORD_TAIL = re.compile(r"(.*\S)\s+([A-Za-z][A-Za-z0-9_+\-]*)")
_ABBREVIATION = re.compile(r"[A-Z]+")
_MACHINE_ZONES = frozenset({"localtime", "posixrules"})  # files of a system's zoneinfo folder naming its own zone
_UTC_WORDS = frozenset({"UTC", "GMT", "Z", "UT"})
_RELATIVE = re.compile(r"\s*(\d+)\s*([a-z]+)(?:\s+ago)?\s*", re.IGNORECASE)


def parse_time_bound(text: str, *, now: datetime | None = None, dayfirst: bool | None = None) -> datetime:
    """Read one ``--since``/``--until`` value as an aware UTC datetime (the start of the period named).

    ``now`` (aware) anchors relative forms (default: the current time). ``dayfirst`` True/False
    settles numeric dates such as ``1/2/2024``; None refuses them when ambiguous. Raises
    :class:`ValueError` (:class:`AmbiguousDate` for an ambiguous numeric date).
    """
    value = text.strip()
    if not value:
        raise ValueError("an empty value is not a date")
    if (m := _YEAR.fullmatch(value)) is not None:
        return datetime(int(m.group(1)), 1, 1, tzinfo=UTC)
    if (m := _YEAR_MONTH.fullmatch(value)) is not None:
        month = int(m.group(2))
        if not 1 <= month <= 12:
            raise ValueError(f"'{text}': month {month} does not exist")
        return datetime(int(m.group(1)), month, 1, tzinfo=UTC)
    relative = _relative(value, now)
    if relative is not None:
        return relative
    numeric = _NUMERIC.match(value)
    if numeric is not None:
        first, second = int(numeric.group(1)), int(numeric.group(2))
        if dayfirst is None and first <= 12 and second <= 12 and first != second:
            raise AmbiguousDate(f"'{text}' could be day/month or month/day: write it as ISO (YYYY-MM-DD) "
                                "or add --dayfirst or --monthfirst")
        if dayfirst is None:
            dayfirst = first > 12
    return _absolute(value, text, bool(dayfirst))


def _relative(value: str, now: datetime | None) -> datetime | None:
    lowered = value.lower()
    now = (now or datetime.now(UTC)).astimezone(UTC)
    if lowered in ("now",):
        return now
    if lowered in ("today", "yesterday"):
        midnight = now.replace(hour=0, minute=0, second=0, microsecond=0)
        return midnight - timedelta(days=1 if lowered == "yesterday" else 0)
    m = _RELATIVE.fullmatch(value)
    if m is None:
        return None
    unit = _UNITS.get(m.group(2).lower())
    if unit is None:
        return None
    return now - relativedelta(**{unit: int(m.group(1))})  # type: ignore[arg-type]


class _ZoneWord(ValueError):
    """A zone abbreviation in a --since/--until value (raised through dateutil's ``tzinfos`` hook)."""


def _zone_of(text: str) -> Callable[[str | None, int | None], tzinfo | int | None]:
    def zone(name: str | None, offset: int | None) -> tzinfo | int | None:
        # dateutil calls this for every value: (None, None) when the text names no zone
        if offset is not None:
            return offset
        if name is None or name.upper() in _UTC_WORDS:
            return UTC if name else None
        raise _ZoneWord(f"'{text}': the zone abbreviation '{name}' is ambiguous or unknown; write an offset "
                        "(+01:00, -08:00) or an IANA zone name (Europe/Berlin, America/Los_Angeles)")
    return zone


def _absolute(value: str, text: str, dayfirst: bool) -> datetime:
    # Parse twice with two different defaults: a field that differs was not in the text. A missing
    # year is refused; a missing month/day/time becomes the start of the period (never "today").
    place: ZoneInfo | None = None
    if (m := _IANA_TAIL.fullmatch(value)) is not None:
        try:
            place = ZoneInfo(m.group(2))
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"'{text}': '{m.group(2)}' is no IANA zone name (such as Europe/Berlin)") from None
        value = m.group(1)
    elif (m := _WORD_TAIL.fullmatch(value)) is not None and _ABBREVIATION.fullmatch(m.group(2)) is None \
            and m.group(2) not in _MACHINE_ZONES:
        try:
            place = ZoneInfo(m.group(2))  # T28D N4: "18:00 EST5EDT" was "cannot read as a date or time"
        except (ZoneInfoNotFoundError, ValueError, OSError):
            place = None  # not a zone ("5 March", "Mar"): read by dateutil as before
        else:
            value = m.group(1)
    zone = _zone_of(text)
    try:
        a = du_parser.parse(value, default=datetime(2000, 1, 1), dayfirst=dayfirst, tzinfos=zone)
        b = du_parser.parse(value, default=datetime(2001, 2, 2, 1, 1, 1, 1), dayfirst=dayfirst, tzinfos=zone)
    except _ZoneWord:
        raise
    except (ValueError, OverflowError):
        raise ValueError(f"cannot read '{text}' as a date or time") from None
    if a.year != b.year:
        raise ValueError(f"'{text}' has no year; write it as YYYY-MM-DD")
    start = du_parser.parse(value, default=datetime(a.year, 1, 1), dayfirst=dayfirst, tzinfos=zone)
    if place is not None:
        if start.tzinfo is not None:
            raise ValueError(f"'{text}' names two zones; write one")
        start = _wall_time(start.replace(tzinfo=place), text)
    if start.tzinfo is None:
        start = start.replace(tzinfo=UTC)
    return start.astimezone(UTC)


def _wall_time(local: datetime, text: str) -> datetime:
    """``local`` (a wall time on a zone's clock) when that clock shows it exactly once that day.

    A time the clock skips (02:30 on the spring-forward day in Europe/Berlin) or shows twice (02:30 on the
    autumn day) is refused, naming what it could mean: Python reads the first silently as if the clock
    had not changed, the second as its first occurrence (T28D N4), so a range could start an hour off
    with nothing said. An offset says which is meant.
    """
    zone = local.tzinfo
    assert zone is not None
    early, late = local.replace(fold=0), local.replace(fold=1)
    if early.utcoffset() == late.utcoffset():
        return local
    shown = f"{local:%Y-%m-%d %H:%M}"
    if early.astimezone(UTC).astimezone(zone).replace(tzinfo=None) != local.replace(tzinfo=None, fold=0):
        # fold=0 reads a skipped time with the offset before the change (early), fold=1 with the one after
        return _refuse(f"'{text}': {shown} does not exist on that day's clock in {zone} (it skips an hour: the "
                       f"clock went from {_hhmm(early.utcoffset())} to {_hhmm(late.utcoffset())}); write an "
                       "offset or a time that exists")
    return _refuse(f"'{text}': {shown} occurs twice on that day's clock in {zone} (at {_hhmm(early.utcoffset())} "
                   f"and again at {_hhmm(late.utcoffset())}, the hour is repeated); write the offset, "
                   f"{shown}{_hhmm(early.utcoffset())} or {shown}{_hhmm(late.utcoffset())}")


def _hhmm(offset: timedelta | None) -> str:
    minutes = int((offset or timedelta()).total_seconds()) // 60
    return f"{'-' if minutes < 0 else '+'}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _refuse(message: str) -> datetime:
    raise ValueError(message)
