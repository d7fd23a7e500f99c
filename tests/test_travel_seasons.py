"""Two seasonal homes (T31B S1): Nov–Apr in Romania, May–Oct in the United Kingdom, three years — a return home
is never a stay abroad, and the yearly switches are no moves; each season read on its own clock (T31B S2), in two
hemispheres too, never "a stay abroad?" (T31C N8). People are invented: records built directly as events."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from test_inference_synth import Stream, local, person

from dataexam.inference import infer, sensitive
from dataexam.inference.interests import _period_events
from dataexam.inference.stays import mark_stays, seasonal_homes, seasons_text
from dataexam.report.view import _h_home, _h_timezone, local_time


def _seasonal() -> list[dict[str, str]]:
    return [{"country": "RO", "from": "2022-01-02", "until": "2022-04-30"},
            {"country": "GB", "from": "2022-05-01", "until": "2022-10-31"},
            {"country": "RO", "from": "2022-11-01", "until": "2023-04-30"},
            {"country": "GB", "from": "2023-05-01", "until": "2023-10-31"},
            {"country": "RO", "from": "2023-11-01", "until": "2024-04-30"},
            {"country": "GB", "from": "2024-05-01", "until": "2024-10-31"},
            {"country": "RO", "from": "2024-11-01", "until": "2024-12-20"}]


def test_two_seasonal_homes_with_their_months() -> None:
    assert seasonal_homes(_seasonal()) == [{"country": "RO", "from_month": 11, "until_month": 4},
                                           {"country": "GB", "from_month": 5, "until_month": 10}]
    said = seasons_text(seasonal_homes(_seasonal()) or [], lambda h: h["country"])
    assert said == "two seasonal homes: RO (Nov–Apr) and GB (May–Oct), each year"


def test_a_return_home_is_no_stay_abroad() -> None:
    periods = _seasonal()
    mark_stays(periods)
    assert not any(p.get("stay_abroad") for p in periods)


def test_one_semester_abroad_is_still_a_stay() -> None:
    periods = [{"country": "ES", "from": "2024-01-02", "until": "2024-08-31"},
               {"country": "JP", "from": "2024-09-01", "until": "2025-01-31"},
               {"country": "ES", "from": "2025-02-01", "until": "2025-06-30"}]
    assert seasonal_homes(periods) is None
    mark_stays(periods)
    assert periods[1]["stay_abroad"] == {"from": "2024-09", "until": "2025-01", "months": 5}


def test_stays_that_do_not_recur_in_the_same_months_are_no_seasons() -> None:
    periods = [{"country": "ES", "from": "2022-01-02", "until": "2022-08-31"},
               {"country": "JP", "from": "2022-09-01", "until": "2023-01-31"},
               {"country": "ES", "from": "2023-02-01", "until": "2023-03-31"},
               {"country": "JP", "from": "2023-04-01", "until": "2023-08-31"},
               {"country": "ES", "from": "2023-09-01", "until": "2024-06-30"}]
    assert seasonal_homes(periods) is None


def test_seasonal_switches_are_no_life_events_and_the_home_says_both() -> None:
    periods = _seasonal()
    moved = {"from": "GB", "to": "RO", "until": "2024-10-31", "since": "2024-11-01", "periods": periods,
             "seasonal": seasonal_homes(periods)}
    assert _period_events(moved, periods, {}) == []
    said = _h_home({"country": "RO", "city": "Iasi", "moved": moved})
    assert said == ("You most likely have two seasonal homes: Iasi, Romania (Nov–Apr) and the United Kingdom "
                    "(May–Oct), each year.")  # a country alone with its article (WORD57)


# -- T31B S2 and T31C N8: each season read on its own clock ------------------------------------------------------
RO_IP, GB_IP, NZ_IP, CA_IP = "86.120.0.1", "81.2.69.142", "203.97.0.1", "24.114.0.1"
NOW = datetime(2025, 1, 1, tzinfo=UTC)


def _season_person(zones: dict[str, str], ips: dict[str, str], winter: str, summer: str) -> list:
    """Three years of two seasonal homes: ``winter``'s country Nov–Apr, ``summer``'s May–Oct (2022-01-03 …
    2024-12-20), each season's tweets on its own zone (test_inference_synth.person: asleep 23:30–07:00 on
    weekdays) and a login from there at 12:30 local on 60 % of its days."""
    spans = [(winter, date(2022, 1, 3), date(2022, 4, 30))]
    for y in (2022, 2023, 2024):
        spans += [(summer, date(y, 5, 1), date(y, 10, 31)),
                  (winter, date(y, 11, 1), date(y + 1, 4, 30) if y < 2024 else date(2024, 12, 20))]
    s, rng, events = Stream("facebook.zip"), random.Random(3), []
    for k, (cc, a, b) in enumerate(spans):
        events += person(zones[cc], days=(b - a).days + 1, start=a, per_day=8, seed=1 + k)
        d = a
        while d <= b:
            if rng.random() < 0.6:
                events.append(s.ev(local(ZoneInfo(zones[cc]), d, 12.5), "facebook.login", None, ip=ips[cc]))
            d += timedelta(days=1)
    return sorted(events, key=lambda e: e.sort_key)


def test_a_seasonal_workers_london_summers_are_read_on_london_time() -> None:
    """T31B S2: Iași Nov–Apr, London May–Oct. Both clocks lie under the 2.5 h the daily clock merges, and no one cut
    of three years of seasons leaves one country each side: everything was read on one clock (Bucharest's; on this
    person Africa/Addis_Ababa, UTC+3, with 11 late nights). The logins' seasons now cut the history."""
    report = infer(_season_person({"RO": "Europe/Bucharest", "GB": "Europe/London"}, {"RO": RO_IP, "GB": GB_IP},
                                  "RO", "GB"), now=NOW)
    tz = report.finding("timezone")
    assert [(s["country"], s["zone"], s["from_month"], s["until_month"]) for s in tz.value["seasons"]] == [
        ("RO", "Europe/Bucharest", 11, 4), ("GB", "Europe/London", 5, 10)]
    assert {p["zone"] for p in tz.value["periods"]} == {"Europe/Bucharest", "Europe/London"}
    assert {p["kind"] for p in tz.value["periods"]} == {"home", "season"}
    # each season on its own clock: a London July noon is 13:00, an Iași January noon 14:00
    assert report.clock.utcoffset(datetime(2023, 7, 15, 12)) == timedelta(hours=1)
    assert report.clock.utcoffset(datetime(2023, 1, 15, 12)) == timedelta(hours=2)
    assert _h_timezone(tz.value) == (
        "You live on two clocks by season: Bucharest time (Europe/Bucharest, UTC+2 with summer time) Nov–Apr and "
        "London time (Europe/London, UTC+0 with summer time) May–Oct, each year.")
    assert tz.summary.endswith("Two seasonal homes, each on its own clock: Europe/Bucharest (UTC+2 with summer "
                               "time) Nov–Apr and Europe/London (UTC+0 with summer time) May–Oct, each year.")
    assert not any("stay abroad" in c for c in tz.caveats)
    sleep = report.finding("sleep").value
    assert (sleep["weekday"]["start"], sleep["weekday"]["end"]) == ("23:30", "07:00")
    assert len(report.finding("late_nights").value.get("dates") or []) + \
        int(report.finding("late_nights").value.get("listed") or 0) <= 1


def test_seasons_in_two_hemispheres_are_seasons_not_stays_and_no_special_category() -> None:
    """T31C N8: Whistler Nov–Apr, Queenstown May–Oct — each season was "a stay abroad?" (the first "an earlier
    home?", the last "a stay, or a move?") on the clock, and a season's night-time end "date withheld (special
    category …)": a seasonal move is no special category."""
    report = infer(_season_person({"CA": "America/Vancouver", "NZ": "Pacific/Auckland"}, {"CA": CA_IP, "NZ": NZ_IP},
                                  "CA", "NZ"), now=NOW)
    tz = report.finding("timezone")
    assert [(s["country"], s["zone"]) for s in tz.value["seasons"]] == [("CA", "America/Vancouver"),
                                                                         ("NZ", "Pacific/Auckland")]
    assert {p["kind"] for p in tz.value["periods"]} == {"home", "season"}
    said = " ".join([_h_timezone(tz.value), tz.summary, *tz.caveats])
    assert "stay" not in said and "a move?" not in said and "special category" not in said
    assert _h_timezone(tz.value).startswith("You live on two clocks by season: Vancouver time (America/Vancouver, "
                                            "UTC−8 with summer time) Nov–Apr and Auckland time (Pacific/Auckland, "
                                            "UTC+12 with summer time) May–Oct")


def test_a_withheld_day_says_why() -> None:
    """A night-time record's day is withheld for everyone ("night-time"); a special-category record's for its text
    ("special category"): each said with its own reason (T31C N8)."""
    night = sensitive.withheld_time("2024-03-02T23:30:00Z", None)
    special = sensitive.withheld_time("2024-03-03T10:27:00Z", None, special=True)
    assert (night, special) == ("withheld Sat 23:30", "withheld (special category) Sun 10:27")
    assert sensitive.spoken(night) == "Sat 23:30, date withheld (night-time; --include-sensitive)"
    assert sensitive.spoken(special) == "Sun 10:27, date withheld (special category; --include-sensitive)"
    assert local_time(night, None) == sensitive.spoken(night)
    assert local_time(special, None) == sensitive.spoken(special)
    assert sensitive.spoken("2024-03-02") == "2024-03-02"
