"""A pilot's free days follow a roster, not the week (T31B/T31C: "weekend window 03:00–07:30"): where a crew-like
pattern's layovers fall on the home's weekend days as on the others, the weekend is no MCTQ free day — the weekend
window, mid-sleep on free days and chronotype are withheld and the social jetlag is not computed, each saying why. A
traveller whose short trips keep off the weekend keeps them.

People are invented: records built directly as events.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from test_inference_synth import Stream, local

from dataexam.inference import Confidence, infer

NOW = datetime(2025, 1, 1, tzinfo=UTC)
BERLIN, NEW_YORK = ZoneInfo("Europe/Berlin"), ZoneInfo("America/New_York")
DE_IP, US_IP = "5.1.64.1", "23.24.25.26"


def _person(plan, days: int = 360, seed: int = 2) -> list:
    """``plan(i, d)`` → (where, wake, bed) of day ``i``: "away" (New York's clock and IP, 08:00–23:00), else at
    home in Berlin between ``wake`` and ``bed``; 8 tweets a day and two logins (after waking, at midday)."""
    rng = random.Random(seed)
    s, fb = Stream("x.zip"), Stream("facebook.zip")
    out = []
    for i in range(days):
        d = date(2024, 1, 1) + timedelta(days=i)
        where, wake, bed = plan(i, d)
        zone, ip = (NEW_YORK, US_IP) if where == "away" else (BERLIN, DE_IP)
        out += [s.ev(local(zone, d, rng.uniform(wake, bed)), "twitter.tweet", "Briefing, then coffee")
                for _ in range(8)]
        for h in (wake + 0.5, (wake + bed) / 2):
            out.append(s.ev(local(zone, d, h), "twitter.login", None, ip=ip))
            out.append(fb.ev(local(zone, d, h), "facebook.login", None, ip=ip))
    return sorted(out, key=lambda e: e.sort_key)


def _pilot(i: int, d: date) -> tuple[str, float, float]:
    # a nine-day roster: out to New York on day 0 (up 04:00), two days there, back on day 3, two duty days from home
    # (up 04:00), three days off (up 08:30) — on any weekday
    k = i % 9
    return ("away", 8.0, 23.0) if k in (1, 2) else ("home", 4.0, 21.5) if k in (0, 4, 5) else ("home", 8.5, 23.5)


def _consultant(i: int, d: date) -> tuple[str, float, float]:
    # New York on Tuesday and Wednesday every week, weekends at home (up 09:00)
    wd = d.weekday()
    return ("away", 8.0, 23.0) if wd in (1, 2) else ("home", 9.0, 24.0) if wd >= 5 else ("home", 7.0, 23.0)


def _pilot_wandering(i: int, d: date) -> tuple[str, float, float]:
    # the same trips (days 1 and 2 of every nine), the days at home each an early duty or a day off at random: no
    # blocks nor period for the nights at home to be read as a roster's
    k = i % 9
    early = _DRAWS[i]
    return ("away", 8.0, 23.0) if k in (1, 2) else ("home", 4.0, 21.5) if early else ("home", 8.5, 23.5)


_RNG = random.Random(4)
_DRAWS = [_RNG.random() < 0.5 for _ in range(400)]


def test_a_pilot_s_roster_is_read_from_her_nights_at_home() -> None:
    # before pass 35: "weekdays ≈23:30–04:00 …; no weekend window: your days off follow a roster, not the week", the
    # social jetlag not computed (the crew rule below: the 9-day roster's 2- and 3-day runs at home failed the
    # mornings' blocks test); now read on its 9-day period: duty nights ≈22:00–04:00, free ≈23:30–08:30 (the truth:
    # 21:30–04:00, 23:30–08:30), social jetlag 3 h, one level lower for the layovers
    report = infer(_person(_pilot), now=NOW)
    sleep, sj = report.finding("sleep"), report.finding("social_jetlag")
    assert len(report.finding("trips").value) == 40
    v = sleep.value
    assert v["roster"] == {"duty_nights": 75, "free_nights": 50, "switches": 63, "days_off": None}
    assert (v["weekday"]["start"], v["weekday"]["end"], v["weekend"]["start"], v["weekend"]["end"]) == \
        ("22:00", "04:00", "23:30", "08:30")
    assert "your days off follow a roster on any day of the week, not the weekend" in sleep.summary
    assert sleep.confidence == Confidence.MEDIUM and "a crew-like pattern of layovers" in sleep.confidence_basis
    assert sj.value == {"hours": 3.0, "msf_hours": 4.0, "msw_hours": 1.0, "free_days": "roster"}


def test_a_pilot_s_roster_gives_no_weekend_window_nor_social_jetlag() -> None:
    # the crew rule, where the nights at home show no roster of their own (each day's kind at random)
    report = infer(_person(_pilot_wandering), now=NOW)
    sleep, sj = report.finding("sleep"), report.finding("social_jetlag")
    assert len(report.finding("trips").value) == 40
    assert "roster" not in sleep.value
    # before the crew rule: "weekdays ≈23:30–04:00, weekends ≈23:30–04:30 …; early type", social jetlag 0.25 h
    assert sleep.value["weekend"] is None and sleep.value["msf_hours"] is None and sleep.value["chronotype"] is None
    assert sleep.value["weekday"] is not None
    assert "weekends ≈" not in sleep.summary and "early type" not in sleep.summary
    assert sleep.summary.endswith("; no weekend window: your days off follow a roster, not the week.")
    assert any(c.startswith("Your days off follow a roster, not the week") for c in sleep.caveats)
    assert sj.value is None and sj.confidence == Confidence.INSUFFICIENT
    assert sj.summary.startswith("Not computed: your days off follow a roster")
    assert "Saturday and Sunday are no free days" in sj.confidence_basis


def test_a_traveller_whose_trips_keep_off_the_weekend_keeps_it() -> None:
    report = infer(_person(_consultant), now=NOW)
    sleep, sj = report.finding("sleep"), report.finding("social_jetlag")
    assert len(report.finding("trips").value) >= 40
    assert sleep.value["weekend"] is not None and sleep.value["msf_hours"] is not None
    assert sj.value is not None
    # her short stays are still a crew-like pattern: one level less sure
    assert "a crew-like pattern of layovers" in sleep.confidence_basis
