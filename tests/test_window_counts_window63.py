"""WINDOW63 (T59D, privacy first): the window about a night-time clock switch (WINDOW62) holds in every count, week
and saved report.

3. A saved JSON report lost its clock where an undated switch whose period dates no instant (``examples_from``
   null) came before a dated one: the re-rendered text said "Your week, in UTC:" where the live report said "on
   Berlin time" (``view.local_zone`` placed the undated switch after every instant, out of order with the dated one
   after it; ``MovedZone.of_periods`` raised). It is now placed at its window's end or just before the next switch.

People are invented (tests/test_inference_synth.person)."""

from __future__ import annotations

import hashlib
import io
import json
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import test_examples_near_switch_example60 as ex60
import test_switch_own_clock_switch59 as switch59
from test_inference_synth import Stream, local, person

from dataexam import report as report_module
from dataexam.inference import infer

NOW = datetime(2027, 4, 2, tzinfo=UTC)
START, END = date(2025, 3, 1), date(2027, 3, 20)


def _h(*key: object) -> float:
    """A stable pseudo-random fraction in [0, 1) of ``key``."""
    return int(hashlib.md5(repr(key).encode()).hexdigest()[:8], 16) / 2**32


def _moves(zones: list[str], moves: list[date], quiet: float = 1.5) -> list:  # type: ignore[type-arg]
    """An invented person living on ``zones[0]`` until the night before ``moves[0]`` (the last post at 23:00 there),
    on ``zones[1]`` from 19:00 on ``moves[0]`` and so on; a daily login from each zone's country, none within a day
    of a move. ``quiet``: hours with no post either side of each move's two posts."""
    switch59.IPS.update(ex60.IPS)
    switch59.COUNTRY.update(ex60.COUNTRY)
    s = Stream("x.zip")
    bounds = [START - timedelta(days=1), *moves, END + timedelta(days=2)]
    events = []
    for i, zone in enumerate(zones):
        lo = None if i == 0 else local(ZoneInfo(zone), bounds[i], 19.0)
        hi = None if i == len(zones) - 1 else local(ZoneInfo(zone), bounds[i + 1] - timedelta(days=1), 23.0)
        begin = START if i == 0 else bounds[i] - timedelta(days=1)
        for e in person(zone, days=(bounds[i + 1] - begin).days + 2, start=begin, per_day=8, seed=11 + i):
            if (lo is None or e.time > lo + timedelta(hours=quiet)) \
                    and (hi is None or e.time < hi - timedelta(hours=quiet)):
                events.append(e)
        if lo is not None:
            events.append(s.ev(lo, "twitter.tweet", "first day here"))
        if hi is not None:
            events.append(s.ev(hi, "twitter.tweet", "last evening here"))
    d = START
    while d <= END:
        for i, zone in enumerate(zones):
            first_day = START if i == 0 else bounds[i] + timedelta(days=1)
            last_day = END if i == len(zones) - 1 else bounds[i + 1] - timedelta(days=2)
            if first_day <= d <= last_day:
                events.append(s.ev(local(ZoneInfo(zone), d, 9 + 12 * _h(zone, d)), "twitter.login", None,
                                   ip=switch59.IPS[switch59.COUNTRY[zone]]))
        d += timedelta(days=1)
    events.sort(key=lambda e: e.sort_key)
    return events


def _render(data: object, fmt: str = "text") -> str:
    buf = io.StringIO()
    report_module.render(data, fmt, buf, detail="full")  # type: ignore[arg-type]
    return buf.getvalue()


#: (zones, moves): two and three moves, the first at night (undated, no instant dated on its clock), the later ones
#: by day or at night; east and west
MULTI = [
    (["Europe/London", "America/New_York", "Europe/Berlin"], [date(2026, 7, 10), date(2026, 8, 20)]),
    (["Europe/Berlin", "Asia/Tokyo", "Europe/Berlin"], [date(2026, 7, 3), date(2026, 8, 25)]),
    (["Europe/London", "America/New_York", "Europe/Berlin", "Asia/Tokyo"],
     [date(2026, 7, 10), date(2026, 8, 20), date(2026, 11, 5)]),
]


@pytest.mark.parametrize(("zones", "moves"), MULTI)
def test_a_saved_report_reads_on_the_live_clock_after_an_undated_switch(zones: list[str], moves: list[date]) -> None:
    rep = infer(_moves(zones, moves), now=NOW)
    live = _render(rep)
    saved = _render(json.loads(_render(rep, "json")))
    assert "in UTC" not in saved
    assert saved == live
