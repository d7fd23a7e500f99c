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
from dataexam.report import view
from dataexam.report.view import _h_timezone

NOW = datetime(2025, 4, 5, tzinfo=UTC)
FIRST, LAST = date(2022, 4, 1), date(2024, 12, 31)
TEXT = "Cooking pasta tonight and planning a bike ride tomorrow"


def _phoenix_winter(d: date) -> bool:
    # Nov–Mar in Phoenix, the last winter's December (2024) still in Chicago: the records end before she leaves
    return d.month in (11, 12, 1, 2, 3) and d < date(2024, 4, 1)


def _own_day(rng: random.Random, s: Stream, zone: ZoneInfo, d: date) -> list:
    """8 own actions on ``d`` on ``zone``'s clock: awake 07:00–23:30 on weekdays (mostly quiet 09–17), 09:00–01:30 at
    weekends."""
    weekday, out = d.weekday() < 5, []
    wake, bed = (7.0 if weekday else 9.0), (23.5 if (d + timedelta(days=1)).weekday() < 5 else 25.5)
    while len(out) < 8:
        h = rng.uniform(wake, bed)
        if weekday and 9 <= h < 17 and rng.random() > 0.1:
            continue
        out.append(s.ev(local(zone, d, h), "twitter.tweet", TEXT))
    return out


def _snowbird(ip: bool, seed: int = 31) -> list:
    """8 own actions a day on the season's clock, awake 07:00–23:30 on weekdays (mostly quiet 09–17), 09:00–01:30
    at weekends; with ``ip``, a US login at about 12:30 local on half the days."""
    rng, s, out = random.Random(seed), Stream("x.zip"), []
    d = FIRST
    while d <= LAST:
        z = ZoneInfo("America/Phoenix" if _phoenix_winter(d) else "America/Chicago")
        out += _own_day(rng, s, z, d)
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


def _lived(periods: list[tuple[str, str | None, date, date]], seed: int = 31) -> list:
    """8 own actions a day on the clock of the period holding the day (as :func:`_snowbird`), a login from its
    country at about 12:30 local on half the days."""
    rng, s, out = random.Random(seed), Stream("x.zip"), []
    d = periods[0][2]
    while d <= periods[-1][3]:
        zone, cc = next((ZoneInfo(z), c) for z, c, a, b in periods if a <= d <= b)
        out += _own_day(rng, s, zone, d)
        if cc is not None and rng.random() < 0.5:
            out.append(s.ev(local(zone, d, rng.uniform(12, 13)), "twitter.login", None, ip=IPS[cc]))
        d += timedelta(days=1)
    return sorted(out, key=lambda e: e.sort_key)


IPS = {"US": "73.10.0.5", "DE": "91.64.0.1"}


def test_a_switch_is_dated_by_the_first_morning_on_the_new_clock() -> None:
    """T37 L1: where no record in the core of either night tells the clocks apart, every instant of days fitted
    alike and the switch fell on UTC midnight — New York's evening before, Phoenix's afternoon before: Berlin → New
    York on Friday 1 Sep 2023 read "from 31 Aug", Chicago → Phoenix on 1 Nov "from 31 Oct" (and 29 Oct). Now the
    night before the first morning kept on the new clock."""
    report = infer(_lived([("Europe/Berlin", "DE", date(2022, 9, 1), date(2023, 8, 31)),
                           ("America/New_York", "US", date(2023, 9, 1), date(2024, 5, 31)),
                           ("Europe/Berlin", "DE", date(2024, 6, 1), date(2025, 3, 31))]), now=NOW)
    periods = report.finding("timezone").value["periods"]
    assert [(p["zone"], p["from"]) for p in periods[:2]] == [
        ("Europe/Berlin", "2022-09-01"), ("America/New_York", "2023-09-01")]
    assert periods[0]["to"] == "2023-08-31"
    report = infer(_snowbird(ip=True), now=NOW, include_sensitive=True)
    periods = report.finding("timezone").value["periods"]
    assert [(p["zone"], p["from"]) for p in periods if p["zone"] == "America/Phoenix"] == [
        ("America/Phoenix", "2022-11-01"), ("America/Phoenix", "2023-11-01")]
    assert periods[0]["to"] == "2022-10-31"


def test_winters_an_hour_earlier_without_logins_are_no_southern_zone() -> None:
    """T37: Phoenix's summers and Chicago's winters, no record placing the person, were one southern zone's summer
    time ("Asunción time", or "Sydney time" asleep 16:45–00:00): its switches (1 Nov, 1 Apr) fall on no southern
    zone's change of clock, so they are two homes by season, each a range of clocks; a Santiago resident with no
    logins, whose switches are Santiago's own, keeps Santiago's clock."""
    periods: list[tuple[str, str | None, date, date]] = [
        ("America/Chicago", None, date(2023, 1, 1), date(2023, 3, 31)),
        ("America/Phoenix", None, date(2023, 4, 1), date(2023, 10, 31)),
        ("America/Chicago", None, date(2023, 11, 1), date(2024, 3, 31)),
        ("America/Phoenix", None, date(2024, 4, 1), date(2024, 10, 31)),
        ("America/Chicago", None, date(2024, 11, 1), date(2024, 12, 31))]
    report = infer(_lived(periods), now=datetime(2025, 1, 5, tzinfo=UTC))
    tz = report.finding("timezone").to_dict()
    head = _h_timezone(tz["value"])
    assert head.startswith("You live on two clocks by season: one of the clocks from UTC−6 to UTC−3 Nov–Mar and one "
                           "of the clocks from UTC−8 to UTC−5 Apr–Oct, each year"), head
    named = [tz["value"]["zone"], *(p["zone"] for p in tz["value"]["periods"])]
    assert not [z for z in named if z.startswith(("America/Asuncion", "America/Santiago", "Australia/"))], named
    sleep = report.finding("sleep").to_dict()
    assert "23:30–07:00 on weekdays and 01:30–09:00 at weekends on Los Angeles time" in view.headline(sleep)
    santiago = infer(_lived([("America/Santiago", None, date(2022, 9, 1), date(2024, 12, 31))]),
                     now=datetime(2025, 1, 5, tzinfo=UTC)).finding("timezone").value
    assert santiago["zone"] == "America/Santiago" and not santiago.get("periods")
