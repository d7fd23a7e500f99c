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
* A zone is an offset (``+01:00``), ``UTC``/``GMT``/``UCT``/``Z``, or an IANA name after the time
  (``2024-03-05 18:00 Europe/Berlin``; also one without a slash, ``EST5EDT``, ``Japan``, and the
  country-named ones of capitals, ``GB``, ``NZ``, ``PRC``, ``ROC``, ``ROK``). Any other word of capitals
  only is a zone abbreviation (``PST``, ``CET``, ``IST``, ``EST``, ``MST``, ``HST``, ``WET``, ``EET``)
  and refused with one message, whether or not zoneinfo has a zone of that name: several zones share
  most of them (IST is India, Ireland or Israel), python-dateutil read them as UTC under a warning
  of its own (T28B M2), and people write ``EST`` in July meaning Eastern time. ``UTC+3``/``GMT-05:30`` (also
  ``UT``, ``UCT``) is an offset east (+) or west (−) of Greenwich; any other word followed by an offset
  (``CET+1``, ``Z+3``, ``EST -5``, ``PST+08:00``) is refused with one message: python-dateutil read each the
  POSIX way, sign inverted (``CET+1`` = UTC−1, T30C C2b), people mean UTC+1 or CET plus an hour. A wall time the
  named zone's clock skips or repeats that day is refused, naming by how much and the offsets it
  could have (:func:`_wall_time`); a date without a time whose midnight the clock skips is the
  day's first instant that exists, said in a note (:func:`parse_time_bound`'s ``notes``).
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
_UTC_WORDS = frozenset({"UTC", "GMT", "Z", "UT", "UCT"})  # UCT: zoneinfo's alias of UTC (Etc/UCT)
#: the zoneinfo keys of capitals only that name a country, not a clock (tzdb's "backward" file links them:
#: GB → Europe/London, NZ → Pacific/Auckland, PRC → Asia/Shanghai, ROC → Asia/Taipei, ROK → Asia/Seoul), read
#: as those zones. The other keys of capitals only are abbreviations and refused as every abbreviation is: CET,
#: EET, WET and MET follow summer time as zones while "18:00 CET" written in July means +01:00; EST, MST and HST
#: are fixed offsets as zones (-05:00, -07:00, -10:00, never summer time) while "EST" written in July most often
#: means New York's clock (-04:00), "MST" is also Malaysia's (+08:00) and HST Hawaii-Aleutian time: the person
#: writes the offset or the place.
_COUNTRY_ZONES = frozenset({"GB", "NZ", "PRC", "ROC", "ROK"})
_DATE_WORDS = du_parser.parserinfo()  # AM/PM, month and weekday names: a last word of capitals that is no zone
_RELATIVE = re.compile(r"\s*(\d+)\s*([a-z]+)(?:\s+ago)?\s*", re.IGNORECASE)
#: "UTC+3", "GMT-05:30", "UTC +3" after a time: an offset from UTC as people write it. dateutil reads "UTC+3" the
#: POSIX-TZ way (the sign inverted: UTC−3) and "UTC +3" as UTC, both silently (T30C C2); it is rewritten to
#: the ISO offset ("+03:00") first. A lower-case "utc"/"gmt" at the end is the same word.
_UTC_OFFSET = re.compile(r"(?<=\S)\s*(?<!/)\b(?:UTC|GMT|UT|UCT)\s*([+\-\u2212])\s*(\d{1,2})(?::?(\d{2}))?\s*$",
                         re.IGNORECASE)
#: any other zone word followed by an offset at the end ("CET+1", "Z+3", "EST -5", "cet+01:00"): dateutil reads
#: every such pair the POSIX-TZ way, the sign inverted ("CET+1" = UTC−1, so 18:00 was 19:00 UTC; "Z+3" 21:00 UTC:
#: T30C C2b), while people mean one of two other things ("CET, plus an hour": summer time, UTC+2; or "CET, which
#: is UTC+1"). No reading is safe, so every such pair is refused (:func:`_word_with_offset`). A word right after a
#: "/" is the end of an IANA name ("Etc/GMT+3": tzdb's own POSIX-signed zones, read as tzdb defines them)
_ZONE_WORD_OFFSET = re.compile(r"(?<![A-Za-z/])([A-Za-z]+)\s*([+\-\u2212]\s*\d{1,2}(?::?\d{2})?)\s*$")
_UTC_WORD_END = re.compile(r"(?<=\s)(utc|gmt|uct)\s*$", re.IGNORECASE)


def parse_time_bound(text: str, *, now: datetime | None = None, dayfirst: bool | None = None,
                     notes: list[str] | None = None) -> datetime:
    """Read one ``--since``/``--until`` value as an aware UTC datetime (the start of the period named).

    ``now`` (aware) anchors relative forms (default: the current time). ``dayfirst`` True/False
    settles numeric dates such as ``1/2/2024``; None refuses them when ambiguous. ``notes``, when
    given, receives a sentence for a user about a value read otherwise than written (a date whose
    midnight a zone's clock skips starts at the day's first instant that exists). Raises
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
    return _absolute(_offset_written_out(value), text, bool(dayfirst), notes)


#: a time of day in a value ("00:00", "9 am", "T09"): an offset after a bare date is that day's midnight there
_TIME_IN = re.compile(r"\d:\d\d|\d\s*[ap]\.?m\.?(?!\w)|\dT\d", re.IGNORECASE)
#: an ISO offset at the end after a space ("2025-01-01 +05:45")
_ISO_OFFSET_END = re.compile(r"\s+([+\-\u2212])(\d{2}):?(\d{2})\s*$")


def _offset_written_out(value: str) -> str:
    """``value`` with a trailing "UTC+3"/"GMT-05:30" as an ISO offset (" +03:00") and a trailing lower-case UTC word
    in capitals; an offset after a date without a time of day gets that day's midnight (" 00:00 +05:45": python-
    dateutil refused "2025-01-01 UTC+5:45" and "5 March 2024 +01:00" east of Greenwich while reading the minus forms,
    T32A L5); unchanged otherwise. Raises ValueError for an offset beyond ±14 hours."""
    m = _UTC_OFFSET.search(value)
    if m is None and (iso := _ISO_OFFSET_END.search(value)) is not None and not _TIME_IN.search(value[:iso.start()]):
        sign = "-" if iso.group(1) in "-\u2212" else "+"
        return f"{value[:iso.start()]} 00:00 {sign}{iso.group(2)}:{iso.group(3)}"
    if m is None and (w := _ZONE_WORD_OFFSET.search(value)) is not None and not _is_date_word(w.group(1)):
        raise _word_with_offset(value, f"{w.group(1)}{w.group(2).replace(' ', '')}")
    if m is not None:
        hours, minutes = int(m.group(2)), int(m.group(3) or 0)
        if hours > 14 or minutes > 59:
            raise ValueError(f"'{value}': UTC{m.group(1)}{m.group(2)} is no offset of a clock (−12 to +14 hours)")
        sign = "-" if m.group(1) in "-\u2212" else "+"
        head = value[:m.start()]
        midnight = "" if _TIME_IN.search(head) else " 00:00"  # a bare date: its midnight on that clock
        return f"{head}{midnight} {sign}{hours:02d}:{minutes:02d}"
    return _UTC_WORD_END.sub(lambda w: w.group(1).upper(), value)


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
        # dateutil calls this for every value: (None, None) when the text names no zone. A name with an offset is
        # a pair dateutil read the POSIX way (sign inverted); _offset_written_out refused the forms it knows and
        # rewrote "UTC+3", so one that reaches here (a form written otherwise) is refused as those are
        if name is not None and offset is not None and not (name.upper() in _UTC_WORDS and offset == 0):
            raise _word_with_offset(text, name)  # dateutil's own "Z" comes as ("UTC", 0)
        if offset is not None:
            return offset
        if name is None or name.upper() in _UTC_WORDS:
            return UTC if name else None
        raise _abbreviation(text, name)
    return zone


def _abbreviation(text: str, name: str) -> _ZoneWord:
    """The one refusal of a zone abbreviation, whether python-dateutil took it for a zone name (after a time) or
    not (after a bare date)."""
    return _ZoneWord(f"'{text}': the zone abbreviation '{name}' is ambiguous or unknown; write an offset "
                     "(+01:00, -08:00) or an IANA zone name (Europe/Berlin, America/Los_Angeles)")


def _word_with_offset(text: str, form: str) -> _ZoneWord:
    """The one refusal of a zone word followed by an offset ("CET+1", "Z+3"), wherever it is found."""
    return _ZoneWord(f"'{text}': a zone word followed by an offset ('{form}') has no one reading (POSIX reads "
                     "CET+1 as UTC−1; people mean UTC+1, or CET plus an hour: UTC+2); write an offset (+01:00), "
                     "UTC+1 (plus is east of Greenwich) or an IANA zone name (Europe/Berlin)")


def _is_date_word(word: str) -> bool:
    info = _DATE_WORDS
    return (info.ampm(word) is not None or info.month(word) is not None or info.weekday(word) is not None
            or info.jump(word) or info.pertain(word) or info.hms(word) is not None)


def _absolute(value: str, text: str, dayfirst: bool, notes: list[str] | None = None) -> datetime:
    # Parse twice with two different defaults: a field that differs was not in the text. A missing
    # year is refused; a missing month/day/time becomes the start of the period (never "today").
    place: ZoneInfo | None = None
    word = m.group(2) if (m := _WORD_TAIL.fullmatch(value)) is not None else ""
    if word and _ABBREVIATION.fullmatch(word) and not _is_date_word(word):
        # one rule for every word of capitals: a country-named zone, UTC, or an abbreviation refused
        # (T29D L-b: "18:00 GB", "18:00 UCT", "18:00 MST" were "cannot read" while "18:00 CET" was named)
        if word in _COUNTRY_ZONES:
            place = ZoneInfo(word)
        elif word in _UTC_WORDS:
            place = ZoneInfo("UTC")
        else:
            raise _abbreviation(text, word)
        value = m.group(1)  # type: ignore[union-attr]
    elif (m := _IANA_TAIL.fullmatch(value)) is not None:
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
        if a.hour != b.hour:
            return _day_start(start.replace(tzinfo=place), text, notes)  # a date (or month) without a time
        start = _wall_time(start.replace(tzinfo=place), text)
    if start.tzinfo is None:
        start = start.replace(tzinfo=UTC)
    return start.astimezone(UTC)


def _wall_time(local: datetime, text: str) -> datetime:
    """``local`` (a wall time on a zone's clock) when that clock shows it exactly once that day.

    A time the clock skips (02:30 on the spring-forward day in Europe/Berlin) or shows twice (02:30 on the
    autumn day) is refused, naming what it could mean: Python reads the first silently as if the clock
    had not changed, the second as its first occurrence (T28D N4), so a range could start an hour off
    with nothing said. An offset says which is meant. The span skipped or repeated is the difference of
    the two offsets, said as it is (Pacific/Apia skipped 2011-12-30 whole: -10:00 to +14:00, T29D L-b).
    """
    zone = local.tzinfo
    assert zone is not None
    early, late = local.replace(fold=0), local.replace(fold=1)
    if early.utcoffset() == late.utcoffset():
        return local
    shown = f"{local:%Y-%m-%d %H:%M}"
    before, after = early.utcoffset() or timedelta(), late.utcoffset() or timedelta()
    if _skipped(local):
        change = _change(local)
        return _refuse(f"'{text}': {shown} does not exist on that day's clock in {zone} (it skips "
                       f"{_span(after - before)}: the clock went {_jump(change, before, after, local)}); write an "
                       "offset or a time that exists")
    return _refuse(f"'{text}': {shown} occurs twice on that day's clock in {zone} (at {_hhmm(before)} and again "
                   f"at {_hhmm(after)}: the clock went back {_span(before - after)}); write the offset, "
                   f"{shown}{_hhmm(before)} or {shown}{_hhmm(after)}")


def _skipped(local: datetime) -> bool:
    """Whether the zone's clock never shows the wall time ``local`` (fold=0 reads a skipped time with the offset
    before the change, so it comes back from UTC as another wall time)."""
    zone = local.tzinfo
    early = local.replace(fold=0)
    return early.astimezone(UTC).astimezone(zone).replace(tzinfo=None) != local.replace(tzinfo=None, fold=0)


def _change(local: datetime) -> datetime:
    """The UTC instant at which the zone's clock jumped over the skipped wall time ``local``: between ``local`` read
    with the offset after the change (before it in UTC) and with the offset before it, found to the second."""
    zone = local.tzinfo
    lo = int(local.replace(fold=1).timestamp())  # the offset before the change still holds here
    hi = int(local.replace(fold=0).timestamp())  # the offset after the change holds here
    after = local.replace(fold=1).utcoffset()
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if datetime.fromtimestamp(mid, zone).utcoffset() == after:
            hi = mid
        else:
            lo = mid
    return datetime.fromtimestamp(hi, UTC)


def _jump(change: datetime, before: timedelta, after: timedelta, near: datetime) -> str:
    """"from <wall time> <offset> to <wall time> <offset>": the clock's reading just before and at ``change`` (UTC),
    with dates when either is not on ``near``'s day (``from 02:00 +01:00 to 03:00 +02:00``; Pacific/Apia's
    ``from 2011-12-30 00:00 -10:00 to 2011-12-31 00:00 +14:00``: the old clock's last moment shown as the time it
    reached)."""
    walls = [(change + offset).replace(tzinfo=None) for offset in (before, after)]
    dated = any(wall.date() != near.date() for wall in walls)
    shown = [f"{wall.year:04d}-{wall:%m-%d %H:%M}" if dated else f"{wall:%H:%M}" for wall in walls]
    return f"from {shown[0]} {_hhmm(before)} to {shown[1]} {_hhmm(after)}"


def _span(delta: timedelta) -> str:
    """A clock change's size in words: "an hour", "30 minutes", "2 hours 30 minutes", "a whole day, 24 hours"."""
    minutes = abs(int(delta.total_seconds())) // 60
    hours, rest = divmod(minutes, 60)
    if minutes == 24 * 60:
        return "a whole day, 24 hours"
    parts = ([("an hour" if hours == 1 else f"{hours} hours")] if hours else []) + ([f"{rest} minutes"] if rest else [])
    return " ".join(parts) or "0 minutes"


def _day_start(local: datetime, text: str, notes: list[str] | None) -> datetime:
    """The first instant of the day (or month) ``local``'s midnight names on its zone's clock.

    Midnight shown twice is read at its first occurrence (the start of the day). Midnight the clock skips
    (America/Santiago's spring change is at 24:00: 2030-09-08 starts at 01:00 -03:00) is the instant of the
    change, the first of that day that exists, said in ``notes`` (T29D L-b: such a date was refused). A day
    the clock skips whole (Pacific/Apia's 2011-12-30) is refused.
    """
    zone = local.tzinfo
    if not _skipped(local):
        return local.replace(fold=0).astimezone(UTC)
    before, after = local.replace(fold=0).utcoffset() or timedelta(), local.replace(fold=1).utcoffset() or timedelta()
    change = _change(local)
    first = change.astimezone(zone)
    gap = f"the clock went {_jump(change, before, after, local)}, skipping {_span(after - before)}"
    if first.date() != local.date():
        raise ValueError(f"'{text}': {local:%Y-%m-%d} does not exist on the clock in {zone} ({gap}); write a day "
                         "that exists or an offset")
    if notes is not None:
        notes.append(f"'{text}': {local:%Y-%m-%d} 00:00 does not exist on the clock in {zone} ({gap}); read as "
                     f"the day's first instant, {first:%H:%M} {_hhmm(after)} ({change:%Y-%m-%d %H:%M} UTC)")
    return change


def _hhmm(offset: timedelta | None) -> str:
    minutes = int((offset or timedelta()).total_seconds()) // 60
    return f"{'-' if minutes < 0 else '+'}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _refuse(message: str) -> datetime:
    raise ValueError(message)
