"""The night a zone's clock changes is read on the offset each record had (T31B D1).

A UTC day's records were read on the zone's offset at noon UTC, except on a day a moved person's clock switched.
America/Denver springs forward at 09:00 UTC and Europe/London at 01:00 UTC, so on the change's UTC day every record
before the change was read an hour late: the 22:32 evening post before the US spring-forward night, and a bar
worker's 00:18 post before the EU one, fell inside the usual sleep window as "1 late night", high, in both zones
(T31B's `border` navajo and `twojobs` people). ``Context.changes_within`` now names every UTC day on which the zone's
offset changes, and such a day is read quarter-hour by quarter-hour, as a moved person's switch day already was.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from test_clock_unusual_nights import NOW, sleeper
from test_inference_synth import Stream

from dataexam.inference import infer
from dataexam.inference.engine import Context

DENVER = ZoneInfo("America/Denver")
LONDON = ZoneInfo("Europe/London")


def _evening(day: date, hours: tuple[float, ...]):
    def extra(d: date, rng: random.Random) -> list[float]:
        return list(hours) if d == day else []
    return extra


@pytest.mark.parametrize(("zone", "country", "city", "bed", "day", "hours"), [
    # the Saturday evening before the US spring-forward night (10 Mar 2024): 22:32 and 22:50 MST
    (DENVER, "US", "Denver, Colorado", 22.9, date(2024, 3, 9), (22.53, 22.83)),
    # and before the US fall-back night (3 Nov 2024): 22:40 MDT, read an hour early before (no harm, but wrong)
    (DENVER, "US", "Denver, Colorado", 22.9, date(2024, 11, 2), (22.67,)),
    # the EU spring-forward night (31 Mar 2024): 00:12 and 00:25 GMT, after a bedtime of 00:30
    (LONDON, "GB", "London, United Kingdom", 24.5, date(2024, 3, 30), (24.2, 24.42)),
])
def test_the_clock_change_night_is_no_late_night(zone, country, city, bed, day, hours):
    events = sleeper(zone, start=date(2023, 6, 5), days=600, weekday=(7.0, bed), weekend=(7.5, bed),
                     extra=_evening(day, hours), country=country)
    # the declared town settles which of the country's clocks (the activity alone fits New York's as well)
    s = Stream("profile.zip")
    events += [s.ev(datetime(2023, 6, 5, 12, tzinfo=UTC), "facebook.profile", city, fact="current_city")]
    events.sort(key=lambda e: e.sort_key)
    report = infer(events, now=NOW, include_sensitive=True)
    assert report.finding("timezone").value["zone"] == zone.key
    late = report.finding("late_nights")
    assert late.value["dates"] == [], late.value


def _ctx(zone: ZoneInfo) -> Context:
    ctx = Context(include_sensitive=False, aggregators={})
    ctx.zone = zone
    return ctx


def test_offsets_on_the_change_day_follow_the_quarter_hour():
    ctx = _ctx(DENVER)
    day = date(2024, 3, 10)  # 2 a.m. MST = 09:00 UTC
    assert ctx.changes_within(day) and not ctx.changes_within(date(2024, 3, 11))
    assert ctx.offset_quarters(day, 8 * 4 + 3) == -7 * 4  # 08:45 UTC: still MST
    assert ctx.offset_quarters(day, 9 * 4) == -6 * 4  # 09:00 UTC: MDT
    assert ctx.offset_quarters(day) == -6 * 4  # the day's (noon UTC)
    # the cache follows the zone: the home's clock may replace the activity's (homeclock.adopt_home_zone)
    ctx.zone = LONDON
    assert ctx.offset_quarters(day) == 0 and not ctx.changes_within(day)
    assert ctx.changes_within(date(2024, 3, 31)) and ctx.offset_quarters(date(2024, 3, 31), 3) == 0
    assert _ctx(ZoneInfo("America/Phoenix")).changes_within(day) is False
    assert datetime(2024, 3, 10, 9, tzinfo=UTC).astimezone(DENVER).hour == 3
