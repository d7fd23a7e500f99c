"""Hand-made event streams for the inference unit tests (no parser involved).

A fictional person's records are built directly as :class:`Event` values, in local time of a
chosen zone, with a known sleep schedule, so each finding's expected answer is known exactly.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from dataexam.events import Event, Origin, TimeSource

START = date(2023, 1, 2)  # a Monday


class Stream:
    """Builds events with unique origins and keys."""

    def __init__(self, archive: str = "synthetic.zip") -> None:
        self.archive = archive
        self.n = 0

    def ev(self, time: datetime | None, kind: str, text: str | None = None, actor: str = "self",
           member: str | None = None, **attrs: object) -> Event:
        self.n += 1
        return Event(time=time, time_source=TimeSource.UTC if time else TimeSource.NONE, source=kind.split(".")[0],
                     kind=kind, actor=actor, text=text, attrs=attrs,
                     origin=Origin(self.archive, member or f"{kind.replace('.', '/')}.json", self.n),
                     key=f"{kind}:{self.n}")


def local(zone: ZoneInfo, day: date, hours: float) -> datetime:
    """``hours`` after local midnight of ``day`` (may pass midnight), as UTC."""
    naive = datetime(day.year, day.month, day.day) + timedelta(hours=hours)
    return naive.replace(tzinfo=zone).astimezone(UTC)


def person(zone: str = "Europe/Berlin", *, days: int = 120, per_day: int = 14, seed: int = 1,
           shift_hours: float = 0.0, late_nights: tuple[date, ...] = (), start: date = START,
           text: str = "Cooking pasta tonight and planning a bike ride tomorrow") -> list[Event]:
    """Tweets in awake hours: weekdays 07:00–23:30 (mostly quiet 09–17), weekends 09:00–01:30.

    Sleep is weekday 23:30–07:00, weekend 01:30–09:00 (MSW 03:15, MSF 05:15, social jetlag 2 h).
    ``shift_hours`` moves every timestamp (the time-zone answer must move with it).
    """
    rng = random.Random(seed)
    tz = ZoneInfo(zone)
    s = Stream()
    out = []
    for i in range(days):
        d = start + timedelta(days=i)
        weekday = d.weekday() < 5
        wake = 7.0 if weekday else 9.0
        bed = 23.5 if (d + timedelta(days=1)).weekday() < 5 else 25.5
        n = 0
        while n < per_day:
            h = rng.uniform(wake, bed)
            if weekday and 9 <= h < 17 and rng.random() > 0.1:
                continue  # at work: a little personal activity
            n += 1
            t = local(tz, d, h) + timedelta(hours=shift_hours)
            out.append(s.ev(t, "twitter.tweet", text))
        if d in late_nights:
            for k in range(3):
                out.append(s.ev(local(tz, d, 3 + k * 0.25) + timedelta(hours=shift_hours), "twitter.tweet",
                                "cannot sleep again"))
    out.sort(key=lambda e: e.sort_key)
    return out


def uniform(days: int = 120, per_day: int = 14, seed: int = 7) -> list[Event]:
    """The control: activity uniformly random over the UTC day, no planted signal."""
    rng = random.Random(seed)
    s = Stream()
    out = []
    for i in range(days):
        d = START + timedelta(days=i)
        base = datetime(d.year, d.month, d.day, tzinfo=UTC)
        for _ in range(per_day):
            out.append(s.ev(base + timedelta(seconds=rng.randrange(86400)), "twitter.tweet",
                            "just some words written at a random hour"))
    out.sort(key=lambda e: e.sort_key)
    return out


def merge(*streams: list[Event]) -> Iterator[Event]:
    """Chronological merge of several streams (as the timeline would give them)."""
    return iter(sorted((e for s in streams for e in s), key=lambda e: e.sort_key))
