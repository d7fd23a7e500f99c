"""A season on a clock the logins pin anchors the person's own night (T32B M7). A Vancouver ski instructor (asleep
23:30–07:00 local all year, Canadian logins) spends July and August each year in Queenstown (New Zealand logins).
Canada keeps six clocks and her logins name the country only, so the home was chosen by head count: "most likely
America/Toronto; your quietest hours centre on 06:15 there" (3 h off), her sleep "≈02:15–10:15 … late type", and the
New Zealand months, fitted to that night, "UTC+12:45 Pacific/Chatham" (≈ 600 people). New Zealand's people keep one
clock, so her nights there fix the local hour she sleeps at, and at home the clock that puts her nights at that hour
is Vancouver's. People are invented: records built directly as events.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from test_inference_synth import Stream, local, person

from dataexam.inference import infer
from dataexam.inference.periods import pinned_zone
from dataexam.inference.zoneprior import clock_years

CA_IP, NZ_IP, AU_IP, GB_IP = "24.114.0.1", "203.97.0.1", "1.128.0.1", "81.2.69.142"
NOW = datetime(2025, 1, 1, tzinfo=UTC)


def _home_and_season(home: str, home_ip: str, away: str, away_ip: str, months: tuple[int, ...]) -> list:
    """2022-01-03 … 2024-12-20 at ``home``, the ``months`` of each year at ``away``: tweets on the clock of where she
    is (test_inference_synth.person: asleep 23:30–07:00 on weekdays), a login from there at 12:30 local each day."""
    spans: list[tuple[str, str, date, date]] = []
    d = date(2022, 1, 3)
    while d <= date(2024, 12, 20):
        zone, ip = (away, away_ip) if d.month in months else (home, home_ip)
        if spans and spans[-1][0] == zone:
            spans[-1] = (zone, ip, spans[-1][2], d)
        else:
            spans.append((zone, ip, d, d))
        d += timedelta(days=1)
    s, events = Stream("x.zip"), []
    rng = random.Random(7)
    for k, (zone, ip, a, b) in enumerate(spans):
        events += person(zone, days=(b - a).days + 1, start=a, per_day=8, seed=11 + k)
        day = a
        while day <= b:
            events.append(s.ev(local(ZoneInfo(zone), day, rng.uniform(12.0, 13.0)), "twitter.login", None, ip=ip))
            day += timedelta(days=1)
    return sorted(events, key=lambda e: e.sort_key)


def test_the_clocks_a_country_pins() -> None:
    years = clock_years(date(2022, 1, 1), date(2024, 12, 31))
    # New Zealand: Auckland's clock (Chatham's islanders hold no town of 15,000); one-clock countries pin theirs
    assert pinned_zone("NZ", years) == "Pacific/Auckland"
    assert pinned_zone("GB", years) == "Europe/London"
    assert pinned_zone("AE", years) == "Asia/Dubai"
    # a country of several peopled clocks pins none
    assert pinned_zone("CA", years) is None and pinned_zone("AU", years) is None and pinned_zone("US", years) is None


@pytest.mark.parametrize(("home", "home_ip", "away", "away_ip", "months", "instead_of"), [
    # T32B M7: was America/Toronto (by head count), the NZ seasons Pacific/Chatham
    ("America/Vancouver", CA_IP, "Pacific/Auckland", NZ_IP, (7, 8), "America/Toronto"),
    # Perth with a British summer each year: by head count Brisbane or Sydney (UTC+10), the night at 05:15
    ("Australia/Perth", AU_IP, "Europe/London", GB_IP, (6, 7, 8), None),
])
def test_a_season_on_a_pinned_clock_anchors_the_home_clock(home: str, home_ip: str, away: str, away_ip: str,
                                                          months: tuple[int, ...], instead_of: str | None) -> None:
    report = infer(_home_and_season(home, home_ip, away, away_ip, months), now=NOW)
    tz = report.finding("timezone")
    assert tz.value["zone"] == home
    assert {p["zone"] for p in tz.value["periods"] if p["kind"] != "home"} == {away}
    said = [c for c in tz.caveats if f"{home} is chosen over" in c]
    assert len(said) == 1 and "one person sleeps at much the same local hours in both places" in said[0]
    if instead_of is not None:
        assert f"chosen over {instead_of}" in said[0]
    assert not any("fit the activity about equally; the answer follows where more" in c for c in tz.caveats)
    # her nights at home, read on her own clock: asleep 23:30–07:00 on weekdays (was ≈02:15–10:15 "late type")
    sleep = report.finding("sleep").value
    assert (sleep["weekday"]["start"], sleep["weekday"]["end"]) == ("23:30", "07:00")


# -- T34B M10: a late-sleeping holiday abroad is no anchor -------------------------------------------------------------
IT_IP = "151.38.0.1"


def _with_holidays(season: bool, holidays: bool) -> list:
    """A Vancouver resident (test_inference_synth.person: asleep 23:30–07:00 on weekdays, 01:30–09:00 at weekends,
    Canadian logins) 2022-01-03 … 2024-12-20; with ``season`` July and August in Queenstown each year (the same
    hours, New Zealand logins); with ``holidays`` 1–28 May and 1–28 October each year in Rome, up at 10:00 and asleep
    at 02:00 every day (Italian logins)."""
    spans: list[tuple[str, str, date, date]] = []
    d = date(2022, 1, 3)
    while d <= date(2024, 12, 20):
        if holidays and d.month in (5, 10) and d.day <= 28:
            key = ("Europe/Rome", IT_IP)
        elif season and d.month in (7, 8):
            key = ("Pacific/Auckland", NZ_IP)
        else:
            key = ("America/Vancouver", CA_IP)
        if spans and spans[-1][:2] == key:
            spans[-1] = (*key, spans[-1][2], d)
        else:
            spans.append((*key, d, d))
        d += timedelta(days=1)
    s, events = Stream("x.zip"), []
    rng = random.Random(7)
    for k, (zone, ip, a, b) in enumerate(spans):
        if zone == "Europe/Rome":
            hr = random.Random(100 + k)
            events += [s.ev(local(ZoneInfo(zone), a + timedelta(days=i), hr.uniform(10.0, 26.0)), "twitter.tweet",
                            "Gelato by the river") for i in range((b - a).days + 1) for _ in range(8)]
        else:
            events += person(zone, days=(b - a).days + 1, start=a, per_day=8, seed=11 + k)
        for i in range((b - a).days + 1):
            events.append(s.ev(local(ZoneInfo(zone), a + timedelta(days=i), rng.uniform(12.0, 13.0)), "twitter.login",
                               None, ip=ip))
    return sorted(events, key=lambda e: e.sort_key)


def test_a_late_sleeping_holiday_leaves_the_anchored_home_clock_as_it_was() -> None:
    # before: with the Rome holidays, "America/Edmonton … your nights in Italy and New Zealand … centre on 04:45", her
    # sleep ≈00:30–08:00 / 02:30–10:00; now as without them: Vancouver, 23:30–07:00 / 01:30–09:00, social jetlag 2 h
    from dataexam.report import view

    plain, away = (infer(_with_holidays(True, h), now=NOW) for h in (False, True))
    for report in (plain, away):
        tz = report.finding("timezone")
        assert tz.value["zone"] == "America/Vancouver"
        said = [c for c in tz.caveats if "America/Vancouver is chosen over America/Toronto" in c]
        assert len(said) == 1 and "because your nights in New Zealand, whose clock your logins there fix" in said[0]
        sleep = report.finding("sleep")
        v = sleep.value
        assert (v["weekday"]["start"], v["weekday"]["end"], v["weekend"]["start"], v["weekend"]["end"]) == \
            ("23:30", "07:00", "01:30", "09:00")
        assert report.finding("social_jetlag").value["hours"] == 2.0
        assert view.headline(sleep.to_dict()) == \
            "You are offline (asleep) about 23:30–07:00 on weekdays and 01:30–09:00 at weekends."
    # the holidays are stays on Rome's clock (their logins pin it), their late hours their own (one was
    # "Africa/Abidjan" once the anchor held: fitted to the home's night)
    stays = [p["zone"] for p in away.finding("timezone").value["periods"] if p["kind"] == "stay"]
    assert stays.count("Europe/Rome") == 6 and stays.count("Pacific/Auckland") == 3 and len(stays) == 9


def test_a_late_sleeping_holiday_alone_anchors_no_clock() -> None:
    # without the New Zealand seasons her clock is open among Canada's (Vancouver to Toronto by head count); before,
    # the Rome holidays "anchored" it on Winnipeg's clock ("your nights in Italy … centre on 06:00"), her sleep
    # ≈01:30–09:00 / 03:30–11:00 said as fact; now the same open reading as without the holidays
    from dataexam.report import view

    plain, away = (infer(_with_holidays(False, h), now=NOW) for h in (False, True))
    for report in (plain, away):
        tz = report.finding("timezone")
        assert tz.value["zone"] == "America/Toronto"
        assert not any("is chosen over" in c for c in tz.caveats)
    assert view.headline(away.finding("sleep").to_dict()) == view.headline(plain.finding("sleep").to_dict()) == (
        "You are offline (asleep) about 23:30–07:00 on weekdays and 01:30–09:00 at weekends on Vancouver time, "
        "00:30–08:00 on weekdays and 02:30–10:00 at weekends on Edmonton time, 01:30–09:00 on weekdays and "
        "03:30–11:00 at weekends on Winnipeg time or 02:30–10:00 on weekdays and 04:30–12:00 at weekends on Toronto "
        "time (your activity cannot tell these clocks apart).")
    assert away.finding("sleep").value["weekday"] == plain.finding("sleep").value["weekday"]
