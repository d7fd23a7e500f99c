"""A VPN or proxy exit is no place lived in (CLOCKSA; the thirty-fourth pass's tester, M1 and M2): logins that switch
with home and back within hours, farther apart than anyone travels in that time, are set aside before the clock and
the home read the logins, and said; a life across a border whose nights are on one side is home there, on its
clocks. People are invented: records built directly as events (test_inference_synth.person: tweets on the clock of
where the person is, asleep 23:30–07:00 on weekdays), logins from country-level addresses.

M1: a Madrid resident whose afternoons left through a Portuguese VPN, and a Tui (Spain) resident working in Valença
(Portugal), were "Europe/Lisbon" (the one clock Spain's Canaries and Portugal share, "a life across their border");
a New York resident whose VPN exits in Chicago or Denver has only US addresses: her reading is a plain New Yorker's.
M2: a Berlin resident's lunch-time logins through a Japanese exit made the home "unclear" (a heavier user's: Japan).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from test_inference_synth import Stream, local, person

from dataexam.inference import infer
from dataexam.inference.proxies import country_gap_km, find_exits, travel_hours
from dataexam.report import to_markdown, view
from dataexam.report.html import to_html

IPS = {"US": "73.10.0.5", "ES": "88.1.2.3", "PT": "85.241.0.7", "JP": "60.33.0.9", "MX": "189.130.0.4",
       "DE": "91.64.0.1"}
FIRST = date(2023, 1, 2)
DAYS = 730
NOW = datetime(2025, 1, 5, tzinfo=UTC)
HOME_HOURS = (8.83, 14.17, 23.0)  # home 08:50, 14:10 and 23:00 local
VPN_HOURS = (12.5, 13.2, 15.0, 17.0)  # the exit in use from lunch to the late afternoon (more logins than home's)


def _vpn_day(d: date) -> bool:
    return d.weekday() < 5 and d.day % 3 != 0  # most weekdays: the exit in most weeks


def _life(zone: str, home_cc: str, *, vpn: str | None = None, vpn_hours: tuple[float, ...] = VPN_HOURS,
          commute: str | None = None, trip: tuple[date, date, str, str] | None = None) -> list:
    """Two years at ``zone``: logins from ``home_cc`` at HOME_HOURS every day; ``vpn``: on most weekdays logins
    from that country at ``vpn_hours`` too (the same person at home, behind the exit); ``commute``: on weekdays
    instead a login at home at 07:30 and 22:30, three from ``commute`` at 11:00, 13:00 and 15:30 (a day at work
    across the border); ``trip``: (first, last, zone, country) days spent there, tweets on its clock and logins at
    12:30 and 21:30 there."""
    s, events = Stream("x.zip"), []
    events += person(zone, days=DAYS, start=FIRST, per_day=8, seed=5)
    z = ZoneInfo(zone)
    for i in range(DAYS):
        d = FIRST + timedelta(days=i)
        if trip and trip[0] <= d <= trip[1]:
            continue
        if commute and d.weekday() < 5:
            hours = ((7.5, home_cc), (11.0, commute), (13.0, commute), (15.5, commute), (22.5, home_cc))
        else:
            hours = tuple((h, home_cc) for h in HOME_HOURS) + tuple(
                (h, vpn) for h in (vpn_hours if vpn and _vpn_day(d) else ()))
        events += [s.ev(local(z, d, h), "twitter.login", None, ip=IPS[cc]) for h, cc in hours]  # type: ignore[index]
    if trip:
        first, last, tzone, cc = trip
        events = [e for e in events if not first <= e.time.astimezone(z).date() <= last]
        n = (last - first).days + 1
        events += person(tzone, days=n, start=first, per_day=8, seed=9)
        for i in range(n):
            d = first + timedelta(days=i)
            events += [s.ev(local(ZoneInfo(tzone), d, h), "twitter.login", None, ip=IPS[cc]) for h in (12.5, 21.5)]
    return sorted(events, key=lambda e: e.sort_key)


def _said(report) -> dict[str, str]:
    """Each place finding's headline as the reports give it, and the Markdown and HTML reports' text."""
    data = report.to_dict()
    out = {fid: view.headline(report.finding(fid).to_dict()) for fid in ("timezone", "home", "trips")}
    out["markdown"] = to_markdown(data)
    out["html"] = to_html(data, include_plotly=False)
    return out


# -- M2: an exit far away --------------------------------------------------------------------------------------

def test_a_japanese_vpn_at_lunch_is_set_aside_and_said() -> None:
    report = infer(_life("Europe/Berlin", "DE", vpn="JP"), now=NOW)
    tz, home, trips = report.finding("timezone"), report.finding("home"), report.finding("trips")
    assert (tz.value["zone"], str(tz.confidence)) == ("Europe/Berlin", "high")
    assert (home.value["country"], str(home.confidence)) == ("DE", "high")  # was "Home unclear … 61%"
    assert home.value["countries"] == {"DE": 2190}  # three logins a day at home, the exit's none
    assert trips.value == [] and trips.summary == "No trips abroad seen."
    # the exit's network on weekdays at lunch is no work place in Japan (was "A distinct network …", medium, JP)
    assert report.finding("work_location").value is None
    # 352 weekdays not on a 3rd, 6th … of the month, four exit logins each
    exits = [{"country": "JP", "logins": 1408, "days": 352, "switches_with": "DE"}]
    assert home.value["proxy_exits"] == exits and tz.value["proxy_exits"] == exits
    sentence = ("1,408 logins from Japan set aside: they switch with Germany within hours, farther than travel "
                "allows (a VPN or proxy exit, not a place you were).")
    assert sentence in home.caveats and sentence in tz.caveats and sentence in trips.caveats
    assert "1,408 logins from Japan set aside as a VPN or proxy exit" in home.confidence_basis
    said = _said(report)
    assert said["timezone"] == "You live on Berlin time (Europe/Berlin, UTC+1 with summer time)."
    assert said["home"] == "You most likely live in Germany."
    assert said["trips"] == "No trips abroad seen."
    assert "You live on Berlin time" in said["markdown"] and "1,408 logins from Japan set aside" in said["markdown"]
    assert "You most likely live in Germany." in said["html"]


def test_an_exit_left_on_all_day_between_days_at_home_is_no_day_in_japan() -> None:
    # the exit at any hour (10:00–21:30, interleaved with home's 08:50, 14:10 and 23:00) and on every 11th day all
    # day (09:00, 13:00, 18:00) with no login at home: a day in Tokyo between two days in Berlin is no journey
    z = ZoneInfo("Europe/Berlin")
    whole = {FIRST + timedelta(days=11 * k) for k in range(1, 60)}  # (the first day has no home before it)
    events = [e for e in _life("Europe/Berlin", "DE", vpn="JP", vpn_hours=(10.0, 12.5, 15.0, 17.0, 20.0, 21.5))
              if not (e.kind == "twitter.login" and e.attrs["ip"] == IPS["DE"]
                      and e.time.astimezone(z).date() in whole)]
    s = Stream("y.zip")
    events += [s.ev(local(z, d, h), "twitter.login", None, ip=IPS["JP"]) for d in sorted(whole) for h in (9, 13, 18)]
    report = infer(sorted(events, key=lambda e: e.sort_key), now=NOW)
    assert report.finding("timezone").value["zone"] == "Europe/Berlin"
    home = report.finding("home")
    assert (home.value["country"], str(home.confidence)) == ("DE", "high")
    assert list(home.value["countries"]) == ["DE"]
    assert report.finding("trips").value == []
    [exit_] = home.value["proxy_exits"]
    assert exit_["country"] == "JP" and exit_["logins"] > 2000


def test_a_fortnight_in_japan_stays_a_trip() -> None:
    trip = (date(2024, 4, 1), date(2024, 4, 14), "Asia/Tokyo", "JP")
    report = infer(_life("Europe/Berlin", "DE", trip=trip), now=NOW)
    assert report.finding("timezone").value["zone"] == "Europe/Berlin"
    home = report.finding("home")
    assert (home.value["country"], str(home.confidence)) == ("DE", "high")
    assert "proxy_exits" not in home.value and not any("set aside:" in c for c in home.caveats)
    trips = report.finding("trips")
    assert [(t["country"], t["start"], t["end"]) for t in trips.value] == [("JP", "2024-04-01", "2024-04-14")]
    assert _said(report)["trips"] == "1 trip abroad: Japan 1–14 Apr 2024."


def test_a_trip_to_japan_stays_a_trip_beside_a_japanese_vpn_at_home() -> None:
    trip = (date(2024, 4, 1), date(2024, 4, 14), "Asia/Tokyo", "JP")
    report = infer(_life("Europe/Berlin", "DE", vpn="JP", trip=trip), now=NOW)
    trips = report.finding("trips")
    assert [(t["country"], t["start"], t["end"]) for t in trips.value] == [("JP", "2024-04-01", "2024-04-14")]
    home = report.finding("home")
    assert home.value["country"] == "DE" and home.value["proxy_exits"][0]["country"] == "JP"
    assert report.finding("timezone").value["zone"] == "Europe/Berlin"


# -- M1: near exits and a life across a border -----------------------------------------------------------------

SPAIN_HEADLINE = ("You live on Canaries time (Atlantic/Canary, UTC+0) or Madrid time (Europe/Madrid, UTC+1), each "
                  "with summer time: your activity cannot tell these clocks apart; Madrid time is named only because "
                  "more people live on it.")


@pytest.mark.parametrize("kind", ["vpn", "commute"])
def test_nights_in_spain_keep_spain_s_clocks(kind: str) -> None:
    # a Madrid resident's Portuguese VPN from lunch to the late afternoon on most weekdays, and a Tui resident
    # working in Valença on weekdays (home at 07:30 and 22:30): both were Europe/Lisbon, "a life across their border"
    events = _life("Europe/Madrid", "ES", vpn="PT") if kind == "vpn" else _life("Europe/Madrid", "ES", commute="PT")
    report = infer(events, now=NOW)
    tz, home, trips = report.finding("timezone"), report.finding("home"), report.finding("trips")
    # only Spain's clocks kept within a day's journey of Portugal stay open: the Canaries' no longer (T37, as New
    # York's for a San Diego resident working in Tijuana); a plain Spaniard's reading stays medium (SPAIN_HEADLINE)
    assert tz.value["zone"] == "Europe/Madrid" and str(tz.confidence) == "high"
    assert tz.value["open_zones"] is None
    assert not any("a life across their border" in c for c in tz.caveats)
    said = [c for c in tz.caveats if "those of your nights from Spain" in c]
    assert said == ["Your logins come from Spain and Portugal week after week, but those of your nights from Spain: "
                    "you sleep there, so its clocks are home's (Portugal: work, family or a VPN exit across the "
                    "border)."] if kind == "vpn" else said == [
        "Your logins come from Portugal and Spain week after week, but those of your nights from Spain: you sleep "
        "there, so its clocks are home's (Portugal: work, family or a VPN exit across the border)."]
    assert tz.value["place_disagreement"] is None  # Portugal's logins are no disagreement with Spain's clock
    assert (home.value["country"], str(home.confidence)) == ("ES", "high")
    assert trips.value == []
    # Spain and Portugal share a border: an hour's switch is travel, nothing is set aside by distance
    assert "proxy_exits" not in home.value
    said_all = _said(report)
    assert said_all["timezone"] == "You live on Madrid time (Europe/Madrid, UTC+1 with summer time)."
    assert said_all["home"] == "You most likely live in Spain."
    assert "Canar" not in said_all["markdown"]


def test_a_border_life_logged_in_at_midday_keeps_the_clocks_both_countries_keep() -> None:
    # T33A M2 as before: Ciudad Juárez, El Paso on weekdays, logins at 12:30 only — no night says which side
    s, events = Stream("x.zip"), list(person("America/Ciudad_Juarez", days=DAYS, start=FIRST, per_day=8, seed=5))
    for i in range(DAYS):
        d = FIRST + timedelta(days=i)
        events.append(s.ev(local(ZoneInfo("America/Ciudad_Juarez"), d, 12.5), "twitter.login", None,
                           ip=IPS["US"] if d.weekday() < 5 else IPS["MX"]))
    report = infer(sorted(events, key=lambda e: e.sort_key), now=NOW)
    tz = report.finding("timezone")
    named = {tz.value["zone"], *(z["zone"] for z in tz.value.get("open_zones") or [])}
    assert named == {"America/Los_Angeles", "America/Denver", "America/Chicago"}
    said = [c for c in tz.caveats if "a life across their border" in c]
    assert len(said) == 1 and "America/Denver / America/Ciudad_Juarez" in said[0]
    assert "proxy_exits" not in tz.value
    assert report.finding("home").value["weekend_home"]["country"] == "MX"


def test_a_border_life_sleeping_in_mexico_is_read_on_mexico_s_clocks() -> None:
    # the same life with a login at home at 07:30 and 22:30 (the nights in Mexico): Mexico's clocks, each the
    # activity cannot tell apart open — Juárez's own among them; never New York's or Mexico City's (no summer time)
    report = infer(_life("America/Ciudad_Juarez", "MX", commute="US"), now=NOW)
    tz = report.finding("timezone")
    named = {tz.value["zone"], *(z["zone"] for z in tz.value.get("open_zones") or [])}
    assert named == {"America/Tijuana", "America/Ciudad_Juarez", "America/Matamoros"}
    assert any("those of your nights from Mexico" in c for c in tz.caveats)
    home = report.finding("home")
    assert home.value["country"] == "MX" and report.finding("trips").value == []


def test_a_new_yorker_s_vpn_exits_in_chicago_and_denver_change_nothing() -> None:
    # Facebook writes the exit's town beside the login; the address is a US one: the reading is a plain New
    # Yorker's (the US clocks the activity cannot tell apart, New York's by head count), no move, no border, no trip
    plain = infer(_life("America/New_York", "US"), now=NOW)
    events = _life("America/New_York", "US")
    s, z = Stream("fb.zip"), ZoneInfo("America/New_York")
    for i in range(DAYS):
        d = FIRST + timedelta(days=i)
        if _vpn_day(d):
            city, region = ("Chicago", "Illinois") if d.day % 2 else ("Denver", "Colorado")
            events += [s.ev(local(z, d, h), "facebook.login", None, ip="73.200.1.1", city=city, region=region,
                            country="US") for h in VPN_HOURS]
    report = infer(sorted(events, key=lambda e: e.sort_key), now=NOW)
    tz, was = report.finding("timezone"), plain.finding("timezone")
    assert tz.value["zone"] == was.value["zone"] == "America/New_York"
    assert tz.value["open_zones"] == was.value["open_zones"]
    assert [z["zone"] for z in tz.value["open_zones"]] == ["America/Chicago"]
    assert tz.value["periods"] is None and tz.value["earlier_zone"] is None
    assert not any("border" in c for c in tz.caveats)
    home = report.finding("home")
    assert (home.value["country"], home.value["moved"]) == ("US", None)
    assert report.finding("trips").value == []
    assert _said(report)["timezone"] == _said(plain)["timezone"]


# -- the rule's parts ------------------------------------------------------------------------------------------

def test_distances_are_a_lower_bound_between_countries() -> None:
    assert country_gap_km("ES", "PT") == 0.0 and country_gap_km("US", "MX") == 0.0
    assert 7000 < country_gap_km("DE", "JP") < 9000  # type: ignore[operator]
    assert country_gap_km("DE", "DE") == 0.0 and country_gap_km("DE", "ZZ") is None
    assert travel_hours(80) == 0.0 and travel_hours(900) == pytest.approx(2.0)


def _slot(d: date, hour: int) -> int:
    return d.toordinal() * 24 + hour


def test_an_exit_needs_switches_on_three_days() -> None:
    days = [FIRST + timedelta(days=i) for i in range(30)]
    hours = {(_slot(d, h), "DE"): 1 for d in days for h in (7, 12, 21)}
    # a login from Japan an hour after one at home, on two days: a clock off, or a trip's edge — no exit
    hours.update({(_slot(days[3], 13), "JP"): 1, (_slot(days[9], 13), "JP"): 1})
    assert find_exits(hours) is None
    hours[(_slot(days[15], 13), "JP")] = 2
    found = find_exits(hours)
    assert found is not None and found.home == "DE"
    assert (found.logins, found.days) == ({"JP": 4}, {"JP": 3})
    # a neighbour an hour away is travel: never an exit
    near = {k: v for k, v in hours.items() if k[1] == "DE"}
    near.update({(_slot(d, 13), "AT"): 1 for d in days})
    assert find_exits(near) is None


def _facebook_life(home: tuple[str, str, str], other: tuple[str, str, str], commute: bool) -> list:
    """Two years in Europe/Madrid, every login a Facebook one with the address's country and Facebook's own town
    beside it (account_activity's city/region): ``home``/``other`` are (country, city, region); as :func:`_life`'s
    VPN (lunch to late afternoon on most weekdays) or, with ``commute``, its weekday commute."""
    s, events = Stream("fb.zip"), list(person("Europe/Madrid", days=DAYS, start=FIRST, per_day=8, seed=5))
    z = ZoneInfo("Europe/Madrid")
    for i in range(DAYS):
        d = FIRST + timedelta(days=i)
        if commute and d.weekday() < 5:
            hours = ((7.5, home), (11.0, other), (13.0, other), (15.5, other), (22.5, home))
        else:
            hours = tuple((h, home) for h in HOME_HOURS) + tuple((h, other) for h in (VPN_HOURS if _vpn_day(d) else ()))
        events += [s.ev(local(z, d, h), "facebook.login", None, ip=IPS[cc], city=city, region=region, country=cc)
                   for h, (cc, city, region) in hours]
    return sorted(events, key=lambda e: e.sort_key)


def test_facebook_s_towns_tell_a_lisbon_exit_from_a_commute_to_valenca() -> None:
    # Madrid → Lisbon is 500 km: a switch at lunch and back by 14:10, on 352 days, is no journey (set aside, said);
    # Tui → Valença is across a bridge (GeoNames has no Valença of 15,000: the countries' distance, none, stands)
    vpn = infer(_facebook_life(("ES", "Madrid", "Madrid"), ("PT", "Lisbon", "Lisbon"), False), now=NOW)
    home = vpn.finding("home")
    assert home.value["proxy_exits"] == [{"country": "PT", "logins": 1408, "days": 352, "switches_with": "ES"}]
    assert ("1,408 logins from Portugal set aside: they switch with Spain within hours, farther than travel allows "
            "(a VPN or proxy exit, not a place you were).") in vpn.finding("timezone").caveats
    assert home.value["countries"] == {"ES": 2190} and home.value["country"] == "ES"
    assert vpn.finding("timezone").value["zone"] == "Europe/Madrid" and vpn.finding("trips").value == []
    commuter = infer(_facebook_life(("ES", "Tui", "Galicia"), ("PT", "Valença", "Viana do Castelo"), True), now=NOW)
    assert "proxy_exits" not in commuter.finding("home").value
    assert commuter.finding("timezone").value["zone"] == "Europe/Madrid"
    assert commuter.finding("home").value["country"] == "ES" and commuter.finding("trips").value == []


def test_the_batch_rows_give_the_exits_and_the_home_s_reading() -> None:
    # findings.parquet's rows (dataexam batch): the exits' list is its JSON text in a declared string column
    import json

    from dataexam.batch.columns import declared_type
    from dataexam.batch.tables import finding_row, rows_to_table

    report = infer(_life("Europe/Berlin", "DE", vpn="JP"), now=NOW)
    rows = {fid: finding_row("p1", report.finding(fid).to_dict()) for fid in ("timezone", "home", "trips")}
    assert rows["timezone"]["value__zone"] == "Europe/Berlin" and rows["timezone"]["confidence"] == "high"
    assert rows["home"]["value__country"] == "DE" and rows["home"]["confidence"] == "high"
    exits = [{"country": "JP", "logins": 1408, "days": 352, "switches_with": "DE"}]
    assert json.loads(rows["home"]["value__proxy_exits"]) == exits
    assert json.loads(rows["timezone"]["value__proxy_exits"]) == exits
    assert str(declared_type("value__proxy_exits")) == "string"
    table = rows_to_table(list(rows.values()))
    assert str(table.schema.field("value__proxy_exits").type) == "string"


# -- the export's edges and Facebook's own place (CLOCKS2) -----------------------------------------------------

def test_an_exit_on_the_export_s_first_and_last_day_is_read_by_its_one_side() -> None:
    # the exit all day (09:00, 13:00, 18:00) on the first day and the last, no login at home on either: the first
    # has no home login before it, the last none after; each side's own span to home (09:00 to the next day's 08:50,
    # the day before's 23:00 to 18:00) is shorter than the journey (≈ 10 h) and a day's stay. Was "You most likely
    # live in Japan" and "1 trip abroad: Germany 3 Jan 2023 – 30 Dec 2024" (5 of the 6 logins kept)
    z = ZoneInfo("Europe/Berlin")
    edges = {FIRST, FIRST + timedelta(days=DAYS - 1)}
    events = [e for e in _life("Europe/Berlin", "DE", vpn="JP")
              if not (e.kind == "twitter.login" and e.time.astimezone(z).date() in edges)]
    s = Stream("y.zip")
    events += [s.ev(local(z, d, h), "twitter.login", None, ip=IPS["JP"]) for d in sorted(edges) for h in (9, 13, 18)]
    report = infer(sorted(events, key=lambda e: e.sort_key), now=NOW)
    home, trips = report.finding("home"), report.finding("trips")
    assert (home.value["country"], str(home.confidence)) == ("DE", "high")
    assert home.value["countries"] == {"DE": 2184}  # 728 days at home, three logins each
    # 350 weekday exits of four logins (1,400) and the edges' six
    exits = [{"country": "JP", "logins": 1406, "days": 352, "switches_with": "DE"}]
    assert home.value["proxy_exits"] == exits == report.finding("timezone").value["proxy_exits"]
    assert trips.value == []
    said = _said(report)
    assert said["home"] == "You most likely live in Germany."
    assert said["trips"] == "No trips abroad seen."
    assert said["timezone"] == "You live on Berlin time (Europe/Berlin, UTC+1 with summer time)."
    assert "1,406 logins from Japan set aside" in said["markdown"]


def test_a_fortnight_in_japan_at_the_export_s_start_stays_a_trip_beside_the_exit() -> None:
    # the one-sided reading sets aside only a stay shorter than a day: the export opening on 14 days in Tokyo
    # (its logins from 12:30 on day one to 21:30 on day 14, long before the journey home) keeps them all
    trip = (FIRST, FIRST + timedelta(days=13), "Asia/Tokyo", "JP")
    report = infer(_life("Europe/Berlin", "DE", vpn="JP", trip=trip), now=NOW)
    home = report.finding("home")
    assert home.value["country"] == "DE" and home.value["countries"]["JP"] == 28  # two logins a day there
    assert home.value["proxy_exits"][0]["country"] == "JP"


def test_facebook_s_own_place_without_an_address_joins_the_vpn_reading() -> None:
    # a Berlin resident's lunch-time logins that Facebook placed "Tokyo, Japan" (active_sessions_v2's location, no
    # IP address): read by nothing but the home, they made it "Home unclear … 61% of the nights" (insufficient)
    z, s = ZoneInfo("Europe/Berlin"), Stream("fb.zip")
    events = _life("Europe/Berlin", "DE")
    for i in range(DAYS):
        d = FIRST + timedelta(days=i)
        if _vpn_day(d):
            events += [s.ev(local(z, d, h), "facebook.login", None, location="Tokyo, Japan") for h in VPN_HOURS]
    report = infer(sorted(events, key=lambda e: e.sort_key), now=NOW)
    home, tz = report.finding("home"), report.finding("timezone")
    assert (home.value["country"], str(home.confidence)) == ("DE", "high")
    assert home.value["countries"] == {"DE": 2190}
    exits = [{"country": "JP", "logins": 1408, "days": 352, "switches_with": "DE"}]
    assert home.value["proxy_exits"] == exits == tz.value["proxy_exits"]
    assert (tz.value["zone"], str(tz.confidence)) == ("Europe/Berlin", "high")
    assert report.finding("trips").value == []
    said = _said(report)
    assert said["home"] == "You most likely live in Germany."
    assert said["timezone"] == "You live on Berlin time (Europe/Berlin, UTC+1 with summer time)."
    assert ("1,408 logins from Japan set aside: they switch with Germany within hours, farther than travel allows "
            "(a VPN or proxy exit, not a place you were).") in tz.caveats


def test_facebook_s_towns_without_an_address_tell_a_lisbon_exit() -> None:
    # account_activity_v2's city/region/country with no IP: Madrid at home (its address too), Lisbon at lunch —
    # 500 km in a country pair of no distance; was {"ES": 2190, "PT": 1408} with no exit
    s, events = Stream("fb.zip"), list(person("Europe/Madrid", days=DAYS, start=FIRST, per_day=8, seed=5))
    z = ZoneInfo("Europe/Madrid")
    for i in range(DAYS):
        d = FIRST + timedelta(days=i)
        events += [s.ev(local(z, d, h), "facebook.login", None, ip=IPS["ES"], city="Madrid", region="Madrid",
                        country="ES") for h in HOME_HOURS]
        if _vpn_day(d):
            events += [s.ev(local(z, d, h), "facebook.login", None, city="Lisbon", region="Lisbon", country="PT")
                       for h in VPN_HOURS]
    report = infer(sorted(events, key=lambda e: e.sort_key), now=NOW)
    home = report.finding("home")
    assert home.value["countries"] == {"ES": 2190} and home.value["country"] == "ES"
    assert home.value["proxy_exits"] == [{"country": "PT", "logins": 1408, "days": 352, "switches_with": "ES"}]
    assert report.finding("timezone").value["zone"] == "Europe/Madrid" and report.finding("trips").value == []
    assert _said(report)["timezone"] == SPAIN_HEADLINE


def test_three_exits_are_listed_as_the_sentence_always_listed_them() -> None:
    """PERF14: the exits' sentence joins its countries with the project's list helper (wording.and_list, CLDR's
    English list pattern): "A, B and C", no serial comma, as the hand-written join gave before."""
    from dataexam.inference.proxies import ProxyExits, exits_sentence

    exits = ProxyExits("DE", logins={"JP": 1408, "BR": 30, "US": 30, "NL": 5, "AT": 1},
                       days={"JP": 40, "BR": 3, "US": 3, "NL": 2, "AT": 1}, evening=frozenset({"NL", "AT"}))
    assert exits_sentence(exits) == (
        "1,408 logins from Japan, 30 logins from Brazil and 30 logins from the United States set aside: they switch "
        "with Germany within hours, farther than travel allows (a VPN or proxy exit, not a place you were). "
        "5 logins from the Netherlands and 1 login from Austria set aside: only in the evenings of days begun and "
        "continued in Germany, never placing a night (a VPN or proxy exit, or evenings across the border; not where "
        "you sleep).")
