"""T33A L1, L2, M5: a country's caveat only where a record names the country; Morocco's Ramadan hour said; a
change of summer-time habit (Phoenix → Denver) split like a change of offset.

tzdb facts (zoneinfo, tzdata): Africa/Casablanca is UTC+1 since 2018-10-28, put back to UTC+0 from the Sunday before
Ramadan to the Sunday after it (2023-03-19 → 04-23, 2024-03-10 → 04-14), filed as a negative summer time of a +01
standard; before that (2013–2018) UTC+0 with summer time. Australia/Lord_Howe is UTC+10:30, +11 in the southern
summer (LHST → LHDT, 30 min).
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from test_inference_synth import Stream, local, person

from dataexam.inference import infer
from dataexam.inference.periods import dst_habit_change
from dataexam.inference.timezone import _dst_rule, clock_back, law_periods
from dataexam.inference.zoneprior import PriorSource, ZonePrior
from dataexam.report import view

NOW = datetime(2025, 7, 1, tzinfo=UTC)
MA_IP = "41.248.0.1"  # Maroc Telecom (an address block of Morocco's; the test reads only its country)


@pytest.mark.parametrize(("zone", "first", "last", "laws"), [
    # the Ramadan hour of 2019 is no summer-time law of its own: one "UTC+1" from 2018-10-28 on
    ("Africa/Casablanca", "2017-01-01", "2020-01-01", [("2018-10-27", 0.0, True), ("2020-01-01", 1.0, False)]),
    ("Africa/Casablanca", "2021-01-01", "2024-12-31", [("2024-12-31", 1.0, False)]),
    ("Africa/El_Aaiun", "2021-01-01", "2024-12-31", [("2024-12-31", 1.0, False)]),
    ("Europe/Dublin", "2021-01-01", "2024-02-01", [("2024-02-01", 1.0, True)]),  # its negative winter, as before
])
def test_a_clock_put_back_for_ramadan_is_no_law_of_its_own(zone: str, first: str, last: str,
                                                           laws: list[tuple[str, float, bool]]) -> None:
    got = law_periods(zone, date.fromisoformat(first), date.fromisoformat(last))
    assert [(p["until"], p["utc_offset_hours"], p["observes_dst"]) for p in got] == laws


@pytest.mark.parametrize(("zone", "first", "last", "want"), [
    ("Africa/Casablanca", date(2021, 1, 1), date(2024, 12, 31), {"utc_offset_hours": 0.0, "ramadan": True}),
    ("Africa/El_Aaiun", date(2023, 1, 1), date(2024, 6, 30), {"utc_offset_hours": 0.0, "ramadan": True}),
    ("Africa/Casablanca", date(2019, 1, 1), date(2019, 12, 31), {"utc_offset_hours": 0.0, "ramadan": True}),
    ("Africa/Casablanca", date(2013, 1, 1), date(2016, 12, 31), None),  # summer time paused for Ramadan: not back
    ("Africa/Casablanca", date(2024, 6, 1), date(2024, 12, 31), None),  # no Ramadan within the days
    ("Europe/Dublin", date(2023, 1, 1), date(2025, 2, 1), None),  # half a year "back": summer time
    ("Europe/Berlin", date(2023, 1, 1), date(2024, 12, 31), None),
    ("Australia/Lord_Howe", date(2023, 1, 1), date(2024, 12, 31), None),
])
def test_clock_back_reads_morocco_s_ramadan_hour(zone: str, first: date, last: date, want: dict | None) -> None:
    assert clock_back(zone, first, last) == want


def test_lord_howe_keeps_a_half_hour_summer_time() -> None:
    assert _dst_rule("Australia/Lord_Howe", 2024, date(2024, 12, 20)) == (42, True)  # UTC+10:30 with summer time


def test_the_headline_says_the_ramadan_hour() -> None:
    value = {"zone": "Africa/Casablanca", "utc_offset_hours": 1.0, "observes_dst": False,
             "clock_back": {"utc_offset_hours": 0.0, "ramadan": True}}
    assert view.headline({"id": "timezone", "value": value}) == (
        "You live on Casablanca time (Africa/Casablanca, UTC+1, UTC+0 during Ramadan).")


def test_a_casablanca_resident_is_told_utc_plus_1_and_utc_0_during_ramadan() -> None:
    s = Stream("twitter.zip")
    start = date(2023, 1, 2)
    logins = [s.ev(datetime(2023, 1, 3, 11, tzinfo=UTC) + timedelta(days=3 * n), "twitter.login", None, ip=MA_IP)
              for n in range(200)]
    events = sorted([*person("Africa/Casablanca", days=560, start=start, per_day=8), *logins],
                    key=lambda e: e.sort_key)
    tz = infer(events, now=NOW).finding("timezone")
    assert tz.value["zone"] == "Africa/Casablanca"
    assert (tz.value["utc_offset_hours"], tz.value["observes_dst"]) == (1.0, False)
    assert tz.value["clock_back"] == {"utc_offset_hours": 0.0, "ramadan": True}
    assert tz.value["law_periods"] is None
    assert tz.summary.startswith("UTC+1, UTC+0 during Ramadan — most likely Africa/Casablanca")


def test_no_country_caveat_for_a_country_no_record_names() -> None:
    """T33A L1: Lord Howe activity without any IP read as Kamchatka (UTC+12, a clock Fiji and Tuvalu keep too), with
    "Within RU, Asia/Kamchatka and Asia/Vladivostok … where more of the country's people live" — no record names
    Russia. The same for a Chicago sleeper without IPs: a US-DST clock Canada and the Bahamas keep too, "Within US,
    America/New_York, America/Chicago …" said though nothing names the US; the caveat on an answer no record places
    names the clocks open instead."""
    tz = infer(person("America/Chicago", days=300, start=date(2023, 1, 2), per_day=8), now=NOW).finding("timezone")
    assert not any(c.startswith("Within ") for c in tz.caveats), tz.caveats
    assert "where more people live decides" not in tz.confidence_basis
    assert any(c.startswith("No record places you") for c in tz.caveats)


def test_the_country_caveat_stays_where_a_record_names_the_country() -> None:
    s = Stream("twitter.zip")
    logins = [s.ev(datetime(2023, 1, 3, 18, tzinfo=UTC) + timedelta(days=3 * n), "twitter.login", None,
                   ip="24.56.0.1") for n in range(100)]  # a US address (Charter; only its country is read)
    events = sorted([*person("America/Chicago", days=300, start=date(2023, 1, 2), per_day=8), *logins],
                    key=lambda e: e.sort_key)
    tz = infer(events, now=NOW).finding("timezone")
    assert any(c.startswith("Within the United States, ") for c in tz.caveats), tz.caveats


def test_a_clock_only_one_country_keeps_names_that_country() -> None:
    """Lord Howe activity without IPs fits a UTC+10 clock with Australia's summer-time dates, which no other
    country keeps: Australia is named by the clock, and its clocks (Lord Howe's among them) are said."""
    tz = infer(person("Australia/Lord_Howe", days=400, start=date(2023, 1, 2), per_day=8), now=NOW).finding(
        "timezone")
    assert tz.value["zone"].startswith("Australia/")
    assert any(c.startswith("Within Australia, ") and "Australia/Lord_Howe" in c for c in tz.caveats), tz.caveats


def test_a_source_names_a_country_by_a_share_of_its_weight() -> None:
    prior = ZonePrior(probs={}, sources=[
        PriorSource("IP country", {"America/New_York": 0.5, "America/Chicago": 0.21, "America/Ciudad_Juarez": 0.29},
                    40, "US 71%, MX 29%", top_country="US")])
    assert prior.evidences("US") and prior.evidences("MX")
    assert not prior.evidences("RU") and not prior.evidences(None)
    assert not ZonePrior(probs={"Asia/Kamchatka": 1.0}).evidences("RU")  # no source: nothing named


def _phoenix_then_denver() -> list:
    """Asleep 23:30–07:00 local every night (test_inference_synth.person) on America/Phoenix 2023-01-02 …
    2024-01-14, on America/Denver from 2024-01-15 to 2025-03-30; a login at 12:30 local on 60 % of the days, every
    one from a US address; X's time-zone setting "Mountain Time (US & Canada)" (formats.md §2.2)."""
    s, rng, events = Stream("facebook.zip"), random.Random(5), []
    events.append(s.ev(None, "twitter.account", None, timezone="Mountain Time (US & Canada)"))
    for k, (zone, a, b) in enumerate([("America/Phoenix", date(2023, 1, 2), date(2024, 1, 14)),
                                      ("America/Denver", date(2024, 1, 15), date(2025, 3, 30))]):
        events += person(zone, days=(b - a).days + 1, start=a, per_day=8, seed=1 + k)
        d = a
        while d <= b:
            if rng.random() < 0.6:
                events.append(s.ev(local(ZoneInfo(zone), d, 12.5), "facebook.login", None, ip="8.8.8.8"))
            d += timedelta(days=1)
    return sorted(events, key=lambda e: e.sort_key)


def test_a_move_phoenix_to_denver_is_two_clocks_and_no_late_nights() -> None:
    """T33A M5: tzdb America/Phoenix keeps MST (UTC−7) all year, America/Denver MST with US summer time (MDT,
    UTC−6): the quiet hours stay put in UTC through the Phoenix summer and move an hour with Denver's. Read as one
    Denver clock (with the setting; "New York" without, T33A's 14), the Phoenix summer's 23:30 bedtimes were late
    nights at 00:30 (15 at high in the tester's export with the setting added)."""
    report = infer(_phoenix_then_denver(), now=datetime(2025, 6, 1, tzinfo=UTC))
    tz, late = report.finding("timezone"), report.finding("late_nights")
    periods = tz.value["periods"]
    assert (periods[0]["zone"], periods[0]["kind"]) == ("America/Phoenix", "earlier home")
    assert (periods[-1]["zone"], periods[-1]["kind"]) == ("America/Denver", "home")
    assert int(late.value.get("listed") or 0) == 0


@pytest.mark.parametrize("zone", ["America/Phoenix", "America/Denver"])
def test_one_clock_all_along_has_no_change_of_summer_time_habit(zone: str) -> None:
    from collections import defaultdict

    hists: dict[date, list[int]] = defaultdict(lambda: [0] * 96)
    for e in person(zone, days=800, start=date(2023, 1, 2), per_day=8):
        hists[e.time.date()][(e.time.hour * 60 + e.time.minute) // 15] += 1
    assert dst_habit_change(hists, sorted(hists)) is None


def test_the_change_of_summer_time_habit_is_found_in_the_winter_between() -> None:
    from collections import defaultdict

    hists: dict[date, list[int]] = defaultdict(lambda: [0] * 96)
    for e in _phoenix_then_denver():
        if e.kind == "twitter.tweet":
            hists[e.time.date()][(e.time.hour * 60 + e.time.minute) // 15] += 1
    cut = dst_habit_change(hists, sorted(hists))
    assert cut is not None and date(2023, 12, 1) <= cut <= date(2024, 2, 29)  # both clocks UTC−7 then


@pytest.mark.parametrize(("zone", "start", "days"), [
    ("America/Mexico_City", date(2021, 1, 4), 1200),  # summer time by law until 30 Oct 2022, none since
    ("America/Denver", date(2022, 1, 3), 900),
])
def test_a_zone_whose_own_law_changed_summer_time_is_no_change_of_habit(zone: str, start: date, days: int) -> None:
    tz = infer(person(zone, days=days, start=start, per_day=8), now=NOW).finding("timezone")
    assert not tz.value.get("periods"), tz.value.get("periods")
