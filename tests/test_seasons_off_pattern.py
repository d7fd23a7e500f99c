"""Seasonal homes whose history breaks the pattern once (T37 M2): a Chicago snowbird with two Phoenix winters
(Nov–Mar 2022/23 and 2023/24) whose records end on 31 December 2024, still in Chicago. That last December lies on
Chicago's winter clock, an hour from the two Phoenix winters in UTC, and the rhythm read no seasons at all: "one of
the clocks kept in United States from Los Angeles time to New York time; New York time is named", and without logins
"Berlin time", asleep 06:30–14:00. People are invented: records built directly as events."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from test_inference_synth import Stream, local

from dataexam.inference import infer
from dataexam.report.view import _h_timezone

NOW = datetime(2025, 4, 5, tzinfo=UTC)
FIRST, LAST = date(2022, 4, 1), date(2024, 12, 31)
TEXT = "Cooking pasta tonight and planning a bike ride tomorrow"


def _phoenix_winter(d: date) -> bool:
    # Nov–Mar in Phoenix, the last winter's December (2024) still in Chicago: the records end before she leaves
    return d.month in (11, 12, 1, 2, 3) and d < date(2024, 4, 1)


def _snowbird(ip: bool, seed: int = 31) -> list:
    """8 own actions a day on the season's clock, awake 07:00–23:30 on weekdays (mostly quiet 09–17), 09:00–01:30
    at weekends; with ``ip``, a US login at about 12:30 local on half the days."""
    rng, s, out = random.Random(seed), Stream("x.zip"), []
    d = FIRST
    while d <= LAST:
        z = ZoneInfo("America/Phoenix" if _phoenix_winter(d) else "America/Chicago")
        weekday = d.weekday() < 5
        wake, bed = (7.0 if weekday else 9.0), (23.5 if (d + timedelta(days=1)).weekday() < 5 else 25.5)
        n = 0
        while n < 8:
            h = rng.uniform(wake, bed)
            if weekday and 9 <= h < 17 and rng.random() > 0.1:
                continue
            out.append(s.ev(local(z, d, h), "twitter.tweet", TEXT))
            n += 1
        if ip and rng.random() < 0.5:
            out.append(s.ev(local(z, d, rng.uniform(12, 13)), "twitter.login", None, ip="73.10.0.5"))
        d += timedelta(days=1)
    return sorted(out, key=lambda e: e.sort_key)


def test_snowbird_whose_last_december_is_in_chicago_keeps_her_phoenix_winters() -> None:
    """Was "You live on one of the clocks kept in United States from Los Angeles time … to New York time; New York
    time is named", no season; now Chicago's clock with Phoenix's winters as the other home's season (Phoenix keeps
    no summer time from March: the winters are not Chicago's clock at New York's hours)."""
    report = infer(_snowbird(ip=True), now=NOW)
    tz = report.finding("timezone").to_dict()
    assert _h_timezone(tz["value"]) == (
        "You live on two clocks by season: Chicago time (America/Chicago, UTC−6 with summer time) Apr–Oct and "
        "Phoenix time (America/Phoenix, UTC−7) Oct–Mar, each year.")
    periods = tz["value"]["periods"]
    assert [p["zone"] for p in periods] == ["America/Chicago", "America/Phoenix"] * 2 + ["America/Chicago"]
    assert [p["kind"] for p in periods] == ["home", "season", "home", "season", "home"]
    assert report.clock.utcoffset(datetime(2024, 12, 15, 12)) == timedelta(hours=-6)
    assert report.clock.utcoffset(datetime(2024, 1, 15, 12)) == timedelta(hours=-7)
    sleep = report.finding("sleep").value
    assert (sleep["weekday"]["start"], sleep["weekday"]["end"]) == ("23:30", "07:00")


def test_snowbird_without_logins_is_given_a_range_and_her_own_nights() -> None:
    """No record places her: was "one of the clocks from UTC−1 to UTC+1; Berlin time is named", asleep 06:30–14:00
    (the two clocks blended into one far off); now the seasons with a range of clocks each, and her nights 23:30–07:00
    on the Chicago clock of that range."""
    report = infer(_snowbird(ip=False), now=NOW)
    tz = report.finding("timezone").to_dict()
    head = _h_timezone(tz["value"])
    assert head.startswith("You live on two clocks by season: one of the clocks from UTC−7 to UTC−3 (with summer "
                           "time) Apr–Oct and one of the clocks from UTC−8 to UTC−4 Oct–Mar, each year"), head
    assert "Berlin" not in head
    assert [p["kind"] for p in tz["value"]["periods"]] == ["home", "season", "home", "season", "home"]
    sleep = report.finding("sleep").to_dict()
    assert "23:30–07:00 on weekdays and 01:30–09:00 at weekends on Chicago time" in sleep["summary"] \
        or "≈23:30–07:00 / ≈01:30–09:00 on America/Chicago time" in sleep["summary"], sleep["summary"]
