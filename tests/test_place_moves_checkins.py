"""Home, trips and devices on the shapes the twenty-fourth pass's tester found wrong (inference/place.py).

- A Facebook check-in (a ≤ 2023 post's ``place`` attachment, a 2024–25 ``posts/check-ins.json`` record: both kept as
  ``attrs.place.latitude/longitude``) and an X geotag are places the person was: a trip source with the country of
  their nearest GeoNames town, and check-ins a geotag for the home (night) and work cells. Before, they were never
  read: a summer of check-ins in Palma gave "No trips abroad" at high (M5).
- A clean move in login IPs (one country until a day, another after) is a move: "United States since Oct 2023
  (before: Germany)",
  the latest country the home, trips judged against each period's home; never "VPN exits" (M3).
- A home from logins on a few days is low at best (a bootstrap over three identical days always agrees) (M4).
- Tweet clients name the operating system ("Twitter for iPhone" → iOS); schedulers are not the person's device.
- Town names: "St. John's" (not "St. John'S"), Munich and München one town, no country's name as a town (L1, L2, L5).

Every person, address and place here is invented.
"""

from __future__ import annotations

import math
import random
from datetime import UTC, date, datetime, timedelta

import pytest
from test_inference_synth import Stream, person

from dataexam.inference import Confidence, gazetteer, infer
from dataexam.inference.clients import client_os, os_family
from dataexam_parsers.amazon_address import shipping_place, title_town

NOW = datetime(2025, 6, 1, tzinfo=UTC)
DE_IP, PT_IP, US_IP, GB_IP = "5.1.64.1", "2.80.0.1", "8.8.8.8", "81.2.69.142"
BERLIN_PUB = (52.5401, 13.4120)
PALMA = (39.5675, 2.6483)
LISBON = (38.7169, -9.1399)


def _sorted(events):
    return sorted(events, key=lambda e: e.sort_key)


def _logins(s: Stream, start: date, days: int, ip, kind: str = "facebook.login", hours=(1, 3, 20)) -> list:
    """Three logins a day (01, 03, 20 UTC) for ``days`` days from ``start``; ``ip`` is an address or a function of
    the day's number."""
    out = []
    for i in range(days):
        d = start + timedelta(days=i)
        addr = ip(i) if callable(ip) else ip
        for h in hours:
            out.append(s.ev(datetime(d.year, d.month, d.day, h, tzinfo=UTC), kind, None, ip=addr))
    return out


# UTC hours of a German day (08/09, 13/14, 20/21 in Berlin): where the logins are all the activity there is, the
# default (1, 3, 20) UTC — 02:00 and 04:00 in Berlin — puts the activity's clock about 8 h from Germany's, and a login
# country nothing else backs on a clock the activity contradicts all year is no home since T26C's H2 (a VPN exit, or
# night work?)
BERLIN_DAY = (7, 12, 19)


def _check_in(s: Stream, t: datetime, where: tuple[float, float], era: str = "2024") -> object:
    """A check-in as the Facebook parser keeps it: a ≤ 2023 post with a place attachment, or a 2024–25
    check-ins.json record (``check_in: true``)."""
    place = {"name": "Somewhere invented", "latitude": where[0], "longitude": where[1]}
    if era == "2024":
        return s.ev(t, "facebook.post", "Here now", place=place, check_in=True)
    return s.ev(t, "facebook.post", "Here now", title="Jo Example was at Somewhere invented.", place=place)


def _countries_ok() -> None:
    import iptocc

    assert [iptocc.country_code(ip) for ip in (DE_IP, PT_IP, US_IP)] == ["DE", "PT", "US"]


# -- M5: check-ins and geotags --------------------------------------------------------------------------------
@pytest.mark.parametrize("era", ["2023", "2024"])
def test_evening_check_ins_give_the_home_cell(era):
    _countries_ok()
    s = Stream()
    events = _logins(s, date(2023, 1, 2), 60, DE_IP)
    events += [_check_in(s, datetime(2023, 1, 2, 22, 30, tzinfo=UTC) + timedelta(days=2 * i), BERLIN_PUB, era)
               for i in range(25)]
    home = infer(_sorted(events), now=NOW).finding("home")
    assert home.value["country"] == "DE"
    assert (home.value["lat"], home.value["lon"]) == (52.54, 13.41)
    # the check-ins name a place, not a country of their own for the home: it rests on the logins
    assert home.value["observations"] == 180 and home.value["share"] == 1.0


@pytest.mark.parametrize("era", ["2023", "2024"])
def test_a_summer_of_check_ins_abroad_beside_roaming_logins_is_a_trip(era):
    """A German SIM roams home-routed: German addresses all summer, a check-in in Palma every fifth day."""
    s = Stream()
    # a day's own posts on Berlin's clock (the local days and hours the report reads), three logins a day
    events = person("Europe/Berlin", days=300, start=date(2023, 1, 2))
    events += _logins(s, date(2023, 1, 2), 300, DE_IP, hours=(7, 12, 17))
    summer = [date(2023, 6, 5) + timedelta(days=5 * i) for i in range(12)]  # 5 June – 30 July
    events += [_check_in(s, datetime(d.year, d.month, d.day, 10, tzinfo=UTC), PALMA, era) for d in summer]
    report = infer(_sorted(events), now=NOW)
    trips = report.finding("trips")
    assert trips.value == [{"country": "ES", "start": "2023-06-05", "end": "2023-07-30", "days_observed": 12,
                            "observations": 12, "sources": ["facebook.check_in"],
                            "last_home_day_before": "2023-06-04", "first_home_day_after": "2023-07-31",
                            # Spain keeps two clocks (the Canaries an hour behind Berlin): not surely the home one
                            "same_clock": False}]
    assert trips.summary == "1 trip(s) abroad: Spain 2023-06-05–2023-07-30"
    assert trips.evidence.items[0].excerpt == "check-in near Palma, ES"
    home = report.finding("home")
    assert home.value["country"] == "DE" and home.value["share"] == 1.0
    assert report.finding("timezone").value["zone"] == "Europe/Berlin"
    assert home.value["lat"] is None  # daytime check-ins abroad are places visited, not a home cell
    assert home.value["disagreements"] is None


def test_single_check_ins_abroad_are_not_vpn_noise():
    """A dozen lone check-ins in other countries, weeks apart: unconfirmed, but never "the IP history is noisy"."""
    s = Stream()
    events = _logins(s, date(2023, 1, 2), 300, DE_IP, hours=BERLIN_DAY)
    events += [_check_in(s, datetime(2023, 2, 1, 12, tzinfo=UTC) + timedelta(days=20 * i),
                         PALMA if i % 2 else LISBON) for i in range(12)]
    trips = infer(_sorted(events), now=NOW).finding("trips")
    assert trips.value == [] and trips.summary == "No trips abroad seen."
    assert "12 unconfirmed foreign sighting(s) not listed" in trips.confidence_basis
    assert "noisy" not in trips.confidence_basis


def test_geotagged_tweets_and_location_history_points_abroad_are_trip_sources():
    s = Stream()
    events = _logins(s, date(2023, 1, 2), 120, DE_IP, hours=BERLIN_DAY)
    events += _logins(s, date(2023, 1, 2), 120, DE_IP, kind="twitter.login", hours=BERLIN_DAY)
    for i in range(4):  # four days in Lisbon: geotagged tweets and Facebook location history (no country field)
        t = datetime(2023, 3, 10 + i, 13, tzinfo=UTC)
        events.append(s.ev(t, "twitter.tweet", "Pastéis", coordinates={"lat": LISBON[0], "lon": LISBON[1]}))
        events.append(s.ev(t + timedelta(minutes=5), "facebook.location", None, list="history",
                           latitude=LISBON[0], longitude=LISBON[1]))
    trips = infer(_sorted(events), now=NOW).finding("trips")
    assert [(t["country"], t["start"], t["end"], t["sources"]) for t in trips.value] == [
        ("PT", "2023-03-10", "2023-03-13", ["facebook.location", "twitter.geotag"])]


# -- M3: a move ---------------------------------------------------------------------------------------------------
def test_a_clean_move_in_login_ips_is_a_move_not_vpn_exits():
    _countries_ok()
    s = Stream()
    midday = (12, 14, 16)  # UTC: the same date on any clock from UTC−11 to UTC+7
    events = _logins(s, date(2023, 4, 1), 183, DE_IP, hours=midday)  # until 30 September
    events += _logins(s, date(2023, 10, 1), 183, US_IP, hours=midday)
    events += _logins(s, date(2023, 4, 1), 183, DE_IP, kind="twitter.login", hours=midday)
    events += _logins(s, date(2023, 10, 1), 183, US_IP, kind="twitter.login", hours=midday)
    events.append(s.ev(datetime(2023, 1, 1, tzinfo=UTC), "facebook.profile", "New York, New York",
                       field="current_city", city="New York, New York"))
    report = infer(_sorted(events), now=NOW)
    home = report.finding("home")
    assert home.value["country"] == "US" and home.value["city"] == "New York"
    assert home.value["moved"] == {"from": "DE", "to": "US", "until": "2023-09-30", "since": "2023-10-01",
                                   "periods": [{"country": "DE", "from": "2023-04-01", "until": "2023-09-30"},
                                               {"country": "US", "from": "2023-10-01", "until": "2024-03-31"}]}
    assert home.value["ip_evidence"] == "clear" and home.value["disagreements"] is None
    assert home.summary.startswith("You most likely live in New York, United States since Oct 2023 (before: Germany)")
    assert "VPN" not in home.summary and "VPN" not in home.confidence_basis
    assert home.confidence == Confidence.HIGH
    trips = report.finding("trips")
    assert trips.value == [] and trips.confidence == Confidence.HIGH
    assert "judged against the home of each period (Germany until 2023-09-30, the United States from 2023-10-01)" in \
        trips.confidence_basis


def test_after_a_move_a_visit_to_the_earlier_country_is_a_trip_and_the_earlier_years_are_not():
    s = Stream()
    midday = (12, 14, 16)  # UTC: the same date on any clock from UTC−11 to UTC+7
    events = _logins(s, date(2023, 1, 2), 300, lambda i: PT_IP if 100 <= i < 106 else DE_IP, hours=midday)
    events += _logins(s, date(2023, 10, 29), 200, lambda i: DE_IP if 50 <= i < 56 else US_IP, hours=midday)
    trips = infer(_sorted(events), now=NOW).finding("trips")
    assert [(t["country"], t["start"], t["end"]) for t in trips.value] == [
        ("PT", "2023-04-12", "2023-04-17"), ("DE", "2023-12-18", "2023-12-23")]


def test_a_recent_move_names_the_new_country_and_a_short_one_is_low():
    s = Stream()
    events = _logins(s, date(2022, 6, 1), 700, DE_IP) + _logins(s, date(2024, 5, 1), 180, US_IP)
    home = infer(_sorted(events), now=NOW).finding("home")
    assert home.value["country"] == "US" and home.value["moved"]["from"] == "DE"
    assert home.confidence == Confidence.HIGH
    # under MOVE_SHORT_DAYS but a quarter of a short archive: a move, low
    s = Stream()
    events = _logins(s, date(2023, 8, 1), 200, DE_IP) + _logins(s, date(2024, 2, 17), 75, US_IP)
    home = infer(_sorted(events), now=NOW).finding("home")
    assert home.value["country"] == "US" and home.confidence == Confidence.LOW
    assert any("a long stay abroad looks like a move" in c for c in home.caveats)
    # the last 45 days of two years: a stay the records end in, a trip (T38B; was "United States since May 2024", low)
    s = Stream()
    midday = (12, 14, 16)
    events = (_logins(s, date(2022, 6, 1), 700, DE_IP, hours=midday)
              + _logins(s, date(2024, 5, 1), 45, US_IP, hours=midday))
    report = infer(_sorted(events), now=NOW)
    assert report.finding("home").value["country"] == "DE" and report.finding("home").value["moved"] is None
    assert [(t["country"], t["start"]) for t in report.finding("trips").value] == [("US", "2024-05-01")]


@pytest.mark.parametrize(("stay", "abroad_days"), [(US_IP, 125), (US_IP, 150), (US_IP, 185), (US_IP, 365),
                                                   (PT_IP, 200)])
def test_a_move_and_a_move_back_is_no_vpn(stay, abroad_days):
    """N10: Germany, half a year or a year in another country, Germany again (logins daily, a VPN-free history):
    was "spread over 2 countries … VPN exits" with no home and trips "unclear". Now: home DE since the return,
    the periods named, the months abroad no trip (that period's home), a visit to Portugal from there a trip."""
    s = Stream()
    back = date(2023, 1, 2) + timedelta(days=200 + abroad_days)
    events = _logins(s, date(2023, 1, 2), 200, DE_IP)
    events += _logins(s, date(2023, 7, 21), abroad_days, lambda i: GB_IP if 60 <= i < 65 else stay)
    events += _logins(s, back, 200, DE_IP)
    report = infer(_sorted(events), now=NOW)
    home = report.finding("home")
    assert home.value["country"] == "DE" and home.confidence != Confidence.INSUFFICIENT
    periods = home.value["moved"]["periods"]
    want = {US_IP: "US", PT_IP: "PT"}[stay]
    assert [p["country"] for p in periods] == ["DE", want, "DE"]
    assert periods[1]["from"][:7] == "2023-07" and home.value["moved"]["since"][:7] == f"{back:%Y-%m}"
    if abroad_days < 365:  # under a year abroad and back: one stay abroad, not two moves (T30B M4, stays.py)
        assert periods[1]["stay_abroad"]["from"] == "2023-07"
        assert f"live in Germany, with a stay abroad in {gazetteer.country_in_text(want)}, Jul 2023 – " in home.summary
    else:
        assert "stay_abroad" not in periods[1]
        assert f"before: Germany Jan 2023 – Jul 2023; {gazetteer.country_in_text(want)} Jul 2023 – " in home.summary
    trips = report.finding("trips").value
    assert [t["country"] for t in trips] == ["GB"]


@pytest.mark.parametrize("abroad_days", [60, 90, 110])
def test_a_stay_of_a_few_months_between_two_homes_is_a_trip(abroad_days):
    """The final tester's N3: three months in New York between two German stretches were a "move" in the home
    finding and "No trips abroad seen" (high). Under four months between two homes is a long trip."""
    s = Stream()
    events = _logins(s, date(2023, 1, 2), 200, DE_IP, hours=BERLIN_DAY)
    events += _logins(s, date(2023, 7, 21), abroad_days, US_IP, hours=BERLIN_DAY)
    events += _logins(s, date(2023, 7, 21) + timedelta(days=abroad_days), 200, DE_IP, hours=BERLIN_DAY)
    report = infer(_sorted(events), now=NOW)
    home = report.finding("home")
    assert home.value["country"] == "DE" and home.value["moved"] is None
    trips = report.finding("trips").value
    assert [t["country"] for t in trips] == ["US"] and trips[0]["days_observed"] >= abroad_days - 2


def test_alternating_countries_are_no_move():
    """A VPN that switches exits day by day: no two runs, so still unclear (and said so)."""
    s = Stream()
    events = _logins(s, date(2023, 1, 2), 200, lambda i: DE_IP if i % 2 else US_IP)
    home = infer(_sorted(events), now=NOW).finding("home")
    assert home.value is None and home.confidence == Confidence.INSUFFICIENT
    assert "VPN exits" in home.confidence_basis


# -- M4: few days --------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("days", "confidence"), [(3, Confidence.LOW), (29, Confidence.LOW),
                                                  (30, Confidence.HIGH)])
def test_a_home_from_few_days_of_logins_is_low_at_best(days, confidence):
    s = Stream()
    events = [s.ev(datetime(2024, 3, 4, 4, tzinfo=UTC) + timedelta(days=i, hours=h), "twitter.login", None, ip=US_IP)
              for i in range(days) for h in (0, 1)]
    home = infer(_sorted(events), now=NOW).finding("home")
    assert home.value["country"] == "US" and home.confidence == confidence
    assert ("fewer than 30, so low at best" in home.confidence_basis) == (days < 30)


def test_three_weeks_of_logins_with_a_declared_city_there_are_medium_at_best():
    s = Stream()
    events = [s.ev(datetime(2024, 3, 4, 4, tzinfo=UTC) + timedelta(days=i, hours=h), "facebook.login", None,
                   ip=DE_IP) for i in range(21) for h in (0, 9)]
    declared = s.ev(datetime(2024, 3, 1, tzinfo=UTC), "facebook.profile", "Köln, Germany", field="current_city",
                    city="Köln, Germany")
    home = infer(_sorted([declared, *events]), now=NOW).finding("home")
    assert (home.value["country"], home.value["city"]) == ("DE", "Köln")
    assert home.confidence == Confidence.MEDIUM and "so medium at best" in home.confidence_basis
    other = s.ev(datetime(2024, 3, 1, tzinfo=UTC), "facebook.profile", "Lisbon, Portugal", field="current_city",
                 city="Lisbon, Portugal")
    home = infer(_sorted([other, *events]), now=NOW).finding("home")
    assert home.value["country"] == "DE" and home.confidence == Confidence.LOW


# -- devices: tweet clients ---------------------------------------------------------------------------------------
def test_tweet_clients_name_the_os_and_schedulers_are_left_out():
    s = Stream()
    t0 = datetime(2024, 1, 1, 9, tzinfo=UTC)
    events = [s.ev(t0 + timedelta(hours=5 * i), "twitter.tweet", f"hello {i}", client="Twitter for iPhone")
              for i in range(30)]
    events += [s.ev(t0 + timedelta(hours=5 * i + 1), "twitter.tweet", f"web {i}", client="Twitter Web App")
               for i in range(10)]
    events += [s.ev(t0 + timedelta(hours=5 * i + 2), "twitter.tweet", f"queued {i}", client="Buffer")
               for i in range(40)]
    events += [s.ev(t0 + timedelta(hours=5 * i + 3), "twitter.tweet", f"droid {i}", client="Twitter for Android")
               for i in range(5)]
    devices = infer(_sorted(events), now=NOW).finding("devices")
    assert devices.value == {"primary_os": "iOS", "shares": {"iOS": 0.857, "Android": 0.143}, "observations": 35}
    assert devices.confidence == Confidence.HIGH


def _clients(s: Stream, counts: dict[str, int]) -> list:
    t0 = datetime(2024, 1, 1, 9, tzinfo=UTC)
    out, i = [], 0
    for client, n in counts.items():
        for _ in range(n):
            out.append(s.ev(t0 + timedelta(hours=5 * i), "twitter.tweet", f"post {i}", client=client))
            i += 1
    return out


def test_a_tie_of_two_systems_names_no_primary_os_at_low():
    # T28A M1: two records from each OS were "Mostly Windows (50%)" at medium (the one counted first won the tie)
    devices = infer(_sorted(_clients(Stream(), {"Twitter for iPhone": 2, "Twitter for Android": 2})),
                    now=NOW).finding("devices")
    assert devices.value == {"primary_os": None, "shares": {"iOS": 0.5, "Android": 0.5}, "observations": 4}
    assert devices.confidence == Confidence.LOW
    assert devices.summary == "No one operating system leads: iOS and Android in 50% of records each."
    from dataexam.report.view import headline

    assert headline(devices.to_dict()) == "No one operating system leads: iOS and Android in 50% of records each."


@pytest.mark.parametrize(("counts", "conf"), [
    ({"Twitter for iPhone": 3, "Twitter for Android": 1}, Confidence.LOW),  # a majority of 4 records: below the floor
    ({"Twitter for iPhone": 5, "Twitter for Android": 3, "Twitter for Mac": 3}, Confidence.LOW),  # 45%: no majority
    ({"Twitter for iPhone": 6, "Twitter for Android": 5}, Confidence.MEDIUM),  # 55% of 11
    ({"Twitter for iPhone": 15, "Twitter for Android": 5}, Confidence.HIGH),  # 75% of 20
])
def test_medium_needs_a_majority_of_at_least_ten_records(counts, conf):
    devices = infer(_sorted(_clients(Stream(), counts)), now=NOW).finding("devices")
    assert devices.value["primary_os"] == "iOS"
    assert devices.confidence == conf


@pytest.mark.parametrize(("client", "family"), [
    ("Twitter for iPhone", "iOS"), ("Twitter for iPad", "iOS"), ("Tweetbot for iΟS", "iOS"),
    ("Twitter for Android", "Android"), ("Twitter for Mac", "macOS"), ("Twitter for Windows", "Windows"),
    ("Twitter Web App", None), ("Twitter Web Client", None), ("TweetDeck", None), ("Buffer", None),
    ("Hootsuite Inc.", None), ("IFTTT", None), ("dlvr.it", None), ("Twitter Media Studio", None),
    ("Instagram", None)])
def test_client_os(client, family):
    assert client_os(client) == family


def test_os_family_of_user_agents_is_unchanged():
    assert os_family("Mozilla/5.0 (iPhone; CPU iPhone OS 16_0 like Mac OS X)") == "iOS"
    assert os_family("Twitter Web App") is None


# -- town names -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("written", "town"), [
    ("ST. JOHN'S", "St. John's"), ("O'FALLON", "O'Fallon"), ("COEUR D'ALENE", "Coeur d'Alene"),
    ("VAL-D'OR", "Val-d'Or"), ("D'IBERVILLE", "D'Iberville"), ("SPRINGFIELD", "Springfield")])
def test_title_town_keeps_apostrophes_right(written, town):
    assert title_town(written) == town


def test_an_address_in_st_johns_gives_st_johns():
    assert shipping_place("Pat Doe 1 Water St ST. JOHN'S NL A1C 1A1 Canada").city == "St. John's"


def test_a_country_name_is_a_town_only_where_a_town_is_called_so():
    cancun = shipping_place("Ana Ruiz Av Tulum 20 CANCUN QROO 77500 Mexico")
    assert cancun.city != "Mexico" and (cancun.region, cancun.country_code) == ("ROO", "MX")
    assert shipping_place("Ana Ruiz Av Tulum 20 Centro 77500 Cancún Q.R. México").city == "Cancún"
    assert shipping_place("Jean Dupont 12 rue de la Gare L-1611 Luxembourg").city == "Luxembourg"


def test_a_declared_city_and_its_local_spelling_in_orders_are_one_town():
    s = Stream()
    events = _logins(s, date(2023, 1, 2), 60, DE_IP)
    events.append(s.ev(datetime(2023, 1, 1, tzinfo=UTC), "facebook.profile", "Munich, Germany",
                       field="current_city", city="Munich, Germany"))
    events += [s.ev(datetime(2023, 1, 3, 18, tzinfo=UTC) + timedelta(days=9 * i), "amazon.order_item", "Board game",
                    order_id=f"o{i}", shipping_city="München", shipping_region=None, shipping_country="Germany",
                    shipping_country_code="DE") for i in range(12)]
    home = infer(_sorted(events), now=NOW).finding("home")
    assert home.value["city"] == "Munich" and home.value["country"] == "DE"
    assert not any("another spelling" in c for c in home.caveats)
    s = Stream()  # a different town still is said
    events = [e for e in events if e.kind != "amazon.order_item"]
    events += [s.ev(datetime(2023, 1, 3, 18, tzinfo=UTC) + timedelta(days=9 * i), "amazon.order_item", "Board game",
                    order_id=f"p{i}", shipping_city="Augsburg", shipping_region=None, shipping_country="Germany",
                    shipping_country_code="DE") for i in range(12)]
    home = infer(_sorted(events), now=NOW).finding("home")
    assert any("The platform declares Munich; your orders ship to Augsburg" in c for c in home.caveats)


# -- the gazetteer's cell search ----------------------------------------------------------------------------------
def test_nearest_by_cells_is_the_nearest_of_every_row():
    lats, lons, _ = gazetteer._coordinates()
    rng = random.Random(24)
    points = [(rng.uniform(-75, 75), rng.uniform(-180, 180)) for _ in range(150)]
    points += [(65.0, 179.9), (65.0, -179.9), (-16.5, 179.99), (78.2, 15.6), (-77.8, 166.7), (0.0, 0.01)]
    for lat, lon in points:
        expected = None
        for i, clat in enumerate(lats):
            if abs(clat - lat) <= 10:
                d = gazetteer._km(lat, lon, clat, lons[i])
                if expected is None or d < expected[0]:
                    expected = (d, i)
        got = gazetteer._nearest_row(lat, lon, lats, lons)
        assert got == expected or (got and expected and got[1] == expected[1]
                                   and math.isclose(got[0], expected[0])), (lat, lon)


# -- ART9 fault 3: every format says the move the JSON gives ------------------------------------------------------
@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_every_format_says_the_move_history(fmt):
    import io
    import re

    from dataexam import report as report_module

    s = Stream()
    events = _logins(s, date(2023, 1, 2), 200, DE_IP)
    events += _logins(s, date(2023, 7, 21), 400, US_IP)  # over a year: a move and a move back (a shorter: a stay)
    events += _logins(s, date(2024, 8, 24), 200, DE_IP)
    rep = infer(_sorted(events), now=NOW)
    home = rep.finding("home")
    assert [p["country"] for p in home.value["moved"]["periods"]] == ["DE", "US", "DE"]
    buf = io.StringIO()
    report_module.render(rep, fmt, buf, detail="full")  # type: ignore[arg-type]
    out = " ".join(re.sub(r"<[^>]+>|[*|`\\\\]", " ", buf.getvalue()).split())
    # the headline is the JSON summary's sentence, the periods are listed
    said = "You most likely live in Germany since Aug 2024 (before: Germany Jan 2023 – Jul 2023; the United " \
           "States Jul 2023 – Aug 2024)"  # the country with its article in running text (WORD57)
    assert home.summary.startswith(said)
    assert said in out, fmt
    assert "Germany Jan 2023 – Jul 2023; United States Jul 2023 – Aug 2024; Germany since Aug 2024" in out, fmt
