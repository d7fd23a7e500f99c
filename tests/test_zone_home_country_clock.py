"""A resident of a country of several clocks who spends seasons or layovers in a country of one clock (HOMECLK, T33B
M6/M7/L2/L5): the one-clock country's periods anchor the person's night but never become the home's clock where the
login history names another home country; a season at the archive's edge that recurs later is a stay like the later
ones, not an earlier home; an undated login is no held day. People are invented: records built directly as events.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from test_inference_synth import Stream, local, person

from dataexam.inference import infer
from dataexam.inference.moves import recurring_edge, two_runs
from dataexam.inference.zoneprior import PlaceEvidence, build_prior

DE_IP, US_IP, GB_IP, PT_IP = "91.64.0.1", "24.56.0.1", "81.2.69.142", "2.80.0.1"
CA_IP, NZ_IP, AU_IP = "24.114.0.1", "203.97.0.1", "1.128.0.1"


def _home_and_seasons(home: str, home_ip: str, away: str, away_ip: str, months: tuple[int, ...], first: date,
                      last: date) -> list:
    """``first`` … ``last`` at ``home``, the ``months`` of each year at ``away``: tweets on the clock of where she is
    (test_inference_synth.person: asleep 23:30–07:00 on weekdays), a login from there (country-level IP) at 12:30
    local each day."""
    spans: list[tuple[str, str, date, date]] = []
    d = first
    while d <= last:
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


@pytest.mark.parametrize(("home", "home_ip", "home_cc", "away", "away_ip", "away_cc", "instead_of"), [
    # T33B M6: was "You live on London time", the Chicago years "an earlier home?" / "a stay abroad?"
    ("America/Chicago", US_IP, "US", "Europe/London", GB_IP, "GB", "America/New_York"),
    # the same class: a Vancouverite's Portuguese summers (Portugal: one clock for 99 % of its people)
    ("America/Vancouver", CA_IP, "CA", "Europe/Lisbon", PT_IP, "PT", "America/Toronto"),
])
def test_a_summer_at_the_archive_s_end_in_a_one_clock_country_is_no_home(
        home: str, home_ip: str, home_cc: str, away: str, away_ip: str, away_cc: str, instead_of: str) -> None:
    # the archive ends with the third summer away (1 Jun – 31 Aug, 92 days: a period long enough to be a home's)
    report = infer(_home_and_seasons(home, home_ip, away, away_ip, (6, 7, 8), date(2022, 1, 3), date(2024, 8, 31)),
                   now=datetime(2024, 9, 2, tzinfo=UTC))
    tz = report.finding("timezone")
    assert tz.value["zone"] == home
    kinds = [(p["zone"], p["kind"]) for p in tz.value["periods"]]
    assert {k for z, k in kinds if z == home} == {"home"}
    # every summer away is a stay, the last one too (it recurs: no "a stay abroad, or a move?")
    assert [k for z, k in kinds if z == away] == ["stay", "stay", "stay"]
    said = [c for c in tz.caveats if f"{home} is chosen over {instead_of}" in c]
    assert len(said) == 1
    assert report.finding("home").value["country"] == home_cc
    assert [t["country"] for t in report.finding("trips").value] == [away_cc] * 3
    sleep = report.finding("sleep").value
    assert (sleep["weekday"]["start"], sleep["weekday"]["end"]) == ("23:30", "07:00")


def test_a_season_at_the_archive_s_start_that_recurs_is_a_trip() -> None:
    # T33B L2: Winnipeg, Dec–Feb each year in New Zealand, the archive from 1 Jan 2023: "You most likely live in Canada
    # since Mar 2023 (before: New Zealand)"; the first winter is the same season as the two later ones
    report = infer(_home_and_seasons("America/Winnipeg", CA_IP, "Pacific/Auckland", NZ_IP, (12, 1, 2),
                                     date(2023, 1, 1), date(2025, 8, 31)), now=datetime(2025, 9, 2, tzinfo=UTC),
                   include_sensitive=True)  # the trips' months are this test's; a withheld switch beside a trip
    # says it by its months without the flag (EXAMPLE60, NEAR61)
    home = report.finding("home").value
    assert home["country"] == "CA" and home["moved"] is None
    assert "since" not in report.finding("home").summary
    trips = report.finding("trips").value
    assert [(t["country"], t["start"][:7]) for t in trips] == [("NZ", "2023-01"), ("NZ", "2023-12"), ("NZ", "2024-12")]
    tz = report.finding("timezone")
    # the clock held (T33B's "What held"), and the first winter is a stay as the later ones, no earlier home
    assert tz.value["zone"] == "America/Winnipeg"
    assert [p["kind"] for p in tz.value["periods"] if p["zone"] == "Pacific/Auckland"] == ["stay"] * 3


def test_a_move_is_still_a_move() -> None:
    # the recurring-season rule leaves a move alone: two years in one country, then one in another, and a summer
    # visit back does not make the later years a season
    days, tops = [], []
    d = date(2021, 1, 1)
    while d < date(2024, 1, 1):
        days.append(d)
        tops.append("DE" if d < date(2023, 1, 1) or (d.month == 7 and d.day < 15) else "US")
        d += timedelta(days=1)
    found = two_runs(days, tops)
    assert found is not None and (found["from"], found["to"], found["since"]) == ("DE", "US", "2023-01-01")
    # a season at the start recurring on the other side is none (T33B L2's days: 1 Jan 2023 – 31 Aug 2025, the later
    # side 80.2 % Canadian, enough for a move before)
    days = [date(2023, 1, 1) + timedelta(days=i) for i in range((date(2025, 9, 1) - date(2023, 1, 1)).days)]
    tops = ["NZ" if x.month in (12, 1, 2) else "CA" for x in days]
    cut = days.index(date(2023, 3, 1))
    assert recurring_edge(days[:cut], tops[:cut], "NZ", days[cut:], tops[cut:])
    assert two_runs(days, tops) is None


def test_an_undated_login_is_no_held_day() -> None:
    # T33B L5: 547 days (2023-01-01 … 2024-07-01), a German login every day but one, and one login without a date:
    # "days held: DE 548" — more days than the archive holds
    s = Stream("x.zip")
    ev = PlaceEvidence()
    first = date(2023, 1, 1)
    for i in range(547):
        if i == 200:
            continue
        d = first + timedelta(days=i)
        ev.consume(s.ev(datetime(d.year, d.month, d.day, 12, tzinfo=UTC), "twitter.login", None, ip=DE_IP))
    ev.consume(s.ev(None, "twitter.login", None, ip=DE_IP))
    src = next(x for x in build_prior(ev).sources if x.name == "IP country")
    assert src.detail == "546 days with a login and 1 undated record (days held: 547 in Germany)"
    assert src.observations == 547


def _crew(home: ZoneInfo, home_ip: str, far: list[tuple[ZoneInfo, str]], days: int = 540, seed: int = 91) -> list:
    """A crew member based at ``home``: every 9 days the last 4 away in ``far`` by turns (T33B's ``crew``), 5 tweets a
    day 07–23 on the clock of where she is (asleep 23–07 everywhere); X logins 3 a day away, at home on a day in five
    at random (0.2 a day)."""
    rng = random.Random(seed)
    s = Stream("x.zip")
    out = []
    for i in range(days):
        d = date(2023, 6, 1) + timedelta(days=i)
        k, c = i % 9, i // 9
        if k >= 5:
            zone, ip = far[c % len(far)]
            hours = [rng.uniform(8.0, 22.0) for _ in range(3)]
        else:
            zone, ip = home, home_ip
            hours = [rng.uniform(8.0, 22.0)] if rng.random() < 0.2 else []
        out += [s.ev(local(zone, d, rng.uniform(7.0, 23.0)), "twitter.tweet", "Coffee, then the crew bus")
                for _ in range(5)]
        out += [s.ev(local(zone, d, h), "twitter.login", None, ip=ip) for h in hours]
    return sorted(out, key=lambda e: e.sort_key)


LAYOVERS = [(ZoneInfo("Europe/London"), GB_IP), (ZoneInfo("Europe/Berlin"), DE_IP),
            (ZoneInfo("Asia/Tokyo"), "126.0.0.1")]


def test_a_crew_based_in_a_country_of_several_clocks_is_on_its_home_clock() -> None:
    # T33B M7: Toronto crew with London/Frankfurt/Tokyo layovers was "Europe/London … Activity and place disagree",
    # her home nights a roster's "free nights" (04:00–10:45 London time)
    report = infer(_crew(ZoneInfo("America/Toronto"), CA_IP, LAYOVERS), now=datetime(2025, 1, 1, tzinfo=UTC))
    tz = report.finding("timezone")
    assert tz.value["zone"] == "America/Toronto"
    # the layovers' nights (03:00 local in three one-clock countries) settle Toronto's clock among Canada's: no
    # head-count range left open
    assert not tz.value.get("open_zones")
    said = [c for c in tz.caveats if "America/Toronto is chosen among its clocks" in c]
    assert len(said) == 1 and "(the country's other clocks do not)" in said[0]
    assert any("in other countries (trips): the zone is fitted to your days at home" in c for c in tz.caveats)
    assert report.finding("home").value["country"] == "CA"
    assert {t["country"] for t in report.finding("trips").value} == {"GB", "DE", "JP"}
    sleep = report.finding("sleep").value
    assert sleep.get("roster") is None and sleep.get("free_days") != "roster"
    assert sleep["weekday"]["end"] == "07:00" and sleep["weekday"]["start"] in ("22:30", "22:45", "23:00")


def test_a_crew_based_at_the_head_count_s_other_clock_is_anchored_by_the_layovers() -> None:
    # the same with the base in Vancouver: Canada's head count alone would say Toronto (her lull at 06:00 there); the
    # layovers' nights at 03:00 local put home's at 03:00: Vancouver
    report = infer(_crew(ZoneInfo("America/Vancouver"), CA_IP, LAYOVERS), now=datetime(2025, 1, 1, tzinfo=UTC))
    tz = report.finding("timezone")
    assert tz.value["zone"] == "America/Vancouver"
    assert not tz.value.get("open_zones")


MX_IP = "187.190.0.1"


def test_a_life_across_the_border_keeps_the_clocks_both_countries_keep() -> None:
    # T33A M2: lives in Ciudad Juárez, works in El Paso: US logins on weekdays, Mexican at weekends, all at midday
    # (no login at night). Was "America/New_York" (a clock no Mexican town keeps), home "United States", high
    s, events = Stream("x.zip"), []
    first = date(2023, 1, 2)
    events += person("America/Ciudad_Juarez", days=730, start=first, per_day=8, seed=5)
    for i in range(730):
        d = first + timedelta(days=i)
        ip = US_IP if d.weekday() < 5 else MX_IP
        events.append(s.ev(local(ZoneInfo("America/Ciudad_Juarez"), d, 12.5), "twitter.login", None, ip=ip))
    report = infer(sorted(events, key=lambda e: e.sort_key), now=datetime(2025, 1, 5, tzinfo=UTC))
    tz = report.finding("timezone")
    both = {"America/Los_Angeles", "America/Tijuana", "America/Denver", "America/Ciudad_Juarez", "America/Chicago",
            "America/Matamoros", "America/Phoenix", "America/Hermosillo"}
    named = {tz.value["zone"], *(z["zone"] for z in tz.value.get("open_zones") or [])}
    assert named <= both and "America/New_York" not in named
    # Mountain time (Juárez's and Denver's) is among them: the truth is not shut out by the head count
    assert {"America/Denver", "America/Ciudad_Juarez"} & named
    said = [c for c in tz.caveats if "a life across their border" in c]
    assert len(said) == 1 and "America/Denver / America/Ciudad_Juarez" in said[0]
    home = report.finding("home")
    assert home.confidence != "high"
    assert home.value["weekend_home"]["country"] == "MX" and home.value["weekend_home"]["confidence"] == "low"
    assert "no login at night says on which side you sleep" in home.summary
    assert "a second home, not trips" not in report.finding("trips").summary


def test_a_roster_is_read_again_without_a_short_trip_s_nights() -> None:
    # M7's second half: the roster test runs on no night a trip explains. A Berlin pilot's 10-day roster (5 early
    # duties asleep 21:30–04:00, 5 days off 23:30–08:30; test_sleep_roster) with a fortnight in New York (under 5 % of
    # the nights): the first reading's roster counted those nights too, and a trip that small was never read again
    berlin, new_york = ZoneInfo("Europe/Berlin"), ZoneInfo("America/New_York")
    start, trip = date(2023, 9, 1), (date(2024, 5, 6), date(2024, 5, 19))
    rng = random.Random(5)
    s = Stream("x.zip")
    events = []
    for i in range(480):
        d = start + timedelta(days=i)
        away = trip[0] <= d <= trip[1]
        zone, ip = (new_york, US_IP) if away else (berlin, DE_IP)
        bed, rise = (23.5, 7.5) if away else (21.5, 4.0) if i % 10 < 5 else (23.5, 8.5)
        events += [s.ev(local(zone, d, rng.uniform(rise + 0.2, bed - 0.2)), "twitter.tweet", "Coffee and the news")
                   for _ in range(6)]
        events.append(s.ev(local(zone, d, 12.5), "twitter.login", None, ip=ip))
    report = infer(sorted(events, key=lambda e: e.sort_key), now=datetime(2025, 1, 1, tzinfo=UTC))
    assert [t["country"] for t in report.finding("trips").value] == ["US"]
    sleep = report.finding("sleep")
    assert sleep.value["roster"]["duty_nights"] > 80 and sleep.value["roster"]["free_nights"] > 80
    # read again without the trip's nights (the caveat the second reading gives)
    assert any(c.startswith("Nights on a trip abroad (") for c in sleep.caveats)
    duty, free = sleep.value["weekday"], sleep.value["weekend"]
    assert duty["start"] in ("21:15", "21:30", "21:45") and duty["end"] in ("04:00", "04:15", "04:30")
    assert free["start"] in ("23:15", "23:30", "23:45") and free["end"] in ("08:15", "08:30", "08:45")


def test_two_countries_of_the_same_clocks_tell_no_border_story() -> None:
    # weekdays German, weekends Dutch (a VPN's exit next door, or a weekend across the border): both keep one clock,
    # nothing to restrict, no border caveat
    s, events = Stream("x.zip"), []
    first = date(2024, 1, 1)
    events += person("Europe/Berlin", days=200, start=first, per_day=8, seed=5)
    for i in range(200):
        d = first + timedelta(days=i)
        ip = DE_IP if d.weekday() < 5 else "145.97.0.1"
        events.append(s.ev(local(ZoneInfo("Europe/Berlin"), d, 12.5), "twitter.login", None, ip=ip))
    tz = infer(sorted(events, key=lambda e: e.sort_key), now=datetime(2024, 8, 1, tzinfo=UTC)).finding("timezone")
    assert tz.value["zone"] == "Europe/Berlin"
    assert not any("a life across their border" in c for c in tz.caveats)
