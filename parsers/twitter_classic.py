"""Real times for the midnight-truncated tweets of classic X archives (≤ 2013).

Classic "Grailbird" archives produced around 2013 show older tweets (2009–2010 in the archives
surveyed) at ``00:00:00`` both in the root ``tweets.csv`` and in ``data/js/tweets/YYYY_MM.js``, while
the same archive's ``data/csv/YYYY_MM.csv`` (the archive README: "the same Tweets in two formats,
split by month") keeps the real second (``2009-03-28 15:25:15 +0000``). Its columns come in their own
order (``tweet_id, in_reply_to_status_id, in_reply_to_user_id, retweeted_status_id,
retweeted_status_user_id, timestamp, source, text, expanded_urls``) and the last row of a file may
lack the trailing ``expanded_urls`` field; columns are therefore read by header name.

:class:`MonthTimes` answers "the real time of tweet *id* shown at midnight on *date*" by reading only
that month's CSV (and its neighbours, for a tweet near a month boundary), keeping at most a few
months of ``id → time`` in memory: a month file holds one month of one person's tweets, and
``tweets.csv`` / ``data/js`` run month by month, so each month file is read about once.
"""

from __future__ import annotations

import csv
import io
import zipfile
import zlib
from collections import OrderedDict
from datetime import datetime

from dataexam.archive import Archive
from dataexam.events import TimeSource
from dataexam.timeparse import parse_any

_CACHED_MONTHS = 3


def is_midnight(time: datetime) -> bool:
    """True for a time at exactly 00:00:00.000 (what the truncated classic files show)."""
    return not (time.hour or time.minute or time.second or time.microsecond)


def archive_root(path: str) -> str:
    """The classic archive's folder prefix (``""`` or ``"name/"``) for ``tweets.csv`` or a
    ``data/js/tweets/YYYY_MM.js`` member."""
    if path.endswith("tweets.csv"):
        return path[: -len("tweets.csv")]
    cut = path.rfind("data/js/tweets/")
    return path[:cut] if cut >= 0 else ""


class MonthTimes:
    """Look-ups of real tweet times in an archive's ``data/csv/YYYY_MM.csv`` files (bounded cache)."""

    def __init__(self, archive: Archive) -> None:
        self._archive = archive
        self._cache: OrderedDict[str, dict[str, datetime]] = OrderedDict()

    def repair(self, path: str, tweet_id: str, time: datetime | None,
               source: TimeSource) -> tuple[datetime | None, TimeSource]:
        """``(time, source)`` unchanged unless ``time`` is a midnight; then the real time from the
        month CSVs (``utc``), or the midnight marked ``date-only`` when no file gives a real one."""
        if time is None or not is_midnight(time):
            return time, source
        root = archive_root(path)
        year, month = time.year, time.month
        for dy, dm in ((0, 0), (0, -1), (0, 1)):
            y, m = year + dy, month + dm
            if m == 0:
                y, m = y - 1, 12
            elif m == 13:
                y, m = y + 1, 1
            real = self._month(root, y, m).get(tweet_id)
            if real is not None and not is_midnight(real):
                return real, TimeSource.UTC
        return time, TimeSource.DATE_ONLY

    def _month(self, root: str, year: int, month: int) -> dict[str, datetime]:
        path = f"{root}data/csv/{year:04d}_{month:02d}.csv"
        cached = self._cache.get(path)
        if cached is not None:
            self._cache.move_to_end(path)
            return cached
        times = self._read(path)
        self._cache[path] = times
        if len(self._cache) > _CACHED_MONTHS:
            self._cache.popitem(last=False)
        return times

    def _read(self, path: str) -> dict[str, datetime]:
        member = self._archive.get(path)
        if member is None:
            return {}
        times: dict[str, datetime] = {}
        try:
            with member.open() as raw, io.TextIOWrapper(raw, encoding="utf-8-sig", newline="",
                                                        errors="replace") as text:
                for row in csv.DictReader(text):
                    tweet_id = (row.get("tweet_id") or "").strip()
                    when, source = parse_any(row.get("timestamp"))
                    if tweet_id and when is not None and source is TimeSource.UTC:
                        times[tweet_id] = when
        except (OSError, csv.Error, ValueError, EOFError, zipfile.BadZipFile, zlib.error):
            pass  # a damaged month file only means those tweets keep their date (date-only)
        return times
