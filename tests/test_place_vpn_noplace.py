"""An always-on VPN with no declared place (the twenty-sixth pass's third tester T26C, H2), and the time-zone
finding's disagreement as data (``timezone.value.place_disagreement``), which the home's VPN rule reads.

- H2: a Buenos Aires resident whose every login went through a Dutch exit, nothing declared: the home was "You most
  likely live in Netherlands", medium (the JSON's "whose clock your activity contradicts by 5–6 h all year" missing
  from the text report), and trips "No trips abroad", medium. Now, where nothing but the logins places the person
  in the login country, the home is unclear with the contradiction said, and trips are unclear.
- The rule read the time-zone finding's *sentence* ("points to NL, but the activity clock"); it reads a structured
  field now, the sentence kept for people.

A login country something else backs (a declared place, a shipping address, a check-in) stays the home with the
contradiction said; a traveller whose logins follow them and a person whose login country keeps their clock are
unchanged (tests below). Every person, address and place here is invented; the addresses are registered to the
countries named (iptocc).
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import iptocc
import pytest
from test_inference_synth import Stream, local

from dataexam.inference import Confidence, infer
from dataexam.report import view

NOW = datetime(2025, 6, 1, tzinfo=UTC)
BUENOS_AIRES, AMSTERDAM, MEXICO_CITY, LA = ("America/Argentina/Buenos_Aires", "Europe/Amsterdam",
                                           "America/Mexico_City", "America/Los_Angeles")
IP = {"NL": "141.176.248.120", "MX": "187.188.10.1", "US": "35.32.130.60", "AR": "181.46.138.1"}
AMSTERDAM_CAFE = (52.37, 4.89)


def _ips_ok() -> None:
    assert {cc: iptocc.country_code(ip) for cc, ip in IP.items()} == {cc: cc for cc in IP}


def _life(zone: str, login_cc, *, days: int = 400, wake: float = 9.25, bed: float = 24.9,
          text: str = "Un café y a trabajar.") -> tuple[Stream, list]:
    """Eight posts a day over [wake, bed) on ``zone``'s clock, a login on 6 days in 7 from ``login_cc(day)`` (a
    country code, or a function of the day)."""
    _ips_ok()
    rng = random.Random(9)
    s = Stream("facebook-2024")
    tz = ZoneInfo(zone)
    out = []
    for i in range(days):
        d = date(2023, 1, 1) + timedelta(days=i)
        hours = [rng.uniform(wake, bed) for _ in range(8)]
        out += [s.ev(local(tz, d, h), "facebook.post", text) for h in hours]
        if rng.random() < 6 / 7:
            cc = login_cc(d) if callable(login_cc) else login_cc
            out.append(s.ev(local(tz, d, rng.choice(hours)), "facebook.login", None, ip=IP[cc]))
    return s, out


def _report(events: list):
    return infer(sorted(events, key=lambda e: e.sort_key), now=NOW)


@pytest.fixture(scope="module")
def vpn_noplace():
    """Buenos Aires hours, every login through a Dutch exit, no declared place (T26C's vpn_noplace)."""
    return _report(_life(BUENOS_AIRES, "NL")[1])


def test_the_time_zone_finding_gives_its_disagreement_as_data(vpn_noplace):
    tz = vpn_noplace.finding("timezone")
    clash = tz.value["place_disagreement"]
    # the zone the activity alone gives is on UTC−4 (no declared city to say Buenos Aires): 5 h from Amsterdam's
    # clock in its summer, 6 h in its winter
    assert clash == {"country": "NL", "sources": ["IP country"], "zone": tz.value["zone"],
                     "offset_gap_hours": [5.0, 6.0]}
    assert tz.value["utc_offset_hours"] == -4.0
    # the sentence stays, for people
    assert any("points to the Netherlands, but the activity clock" in d for d in tz.value["disagreement"])


def test_an_always_on_vpn_with_no_declared_place_is_no_home(vpn_noplace):
    home = vpn_noplace.finding("home")
    # was "You most likely live in Netherlands (100% of the nights with a login)", medium
    assert home.value is None and home.confidence == Confidence.INSUFFICIENT
    assert home.summary == ("Home unclear: your logins come from the Netherlands (100% of the nights with a login), "
                            "but your activity contradicts its clock by 5–6 h all year, and nothing else places you "
                            "there: a VPN exit (then you live elsewhere), or night work?")
    # every format shows the finding's headline: without a value, its summary
    assert view.headline(home.to_dict()) == home.summary


def test_an_always_on_vpn_gives_no_trips(vpn_noplace):
    trips = vpn_noplace.finding("trips")  # was "No trips abroad seen", medium
    assert trips.value is None and trips.confidence == Confidence.INSUFFICIENT
    assert trips.summary.startswith("Trips abroad: unclear — the logins come from a country whose clock your "
                                    "activity contradicts all year (a VPN exit, or night work?)")


def test_a_declared_place_on_the_clock_is_the_home_and_the_headline_says_why():
    """T26B's vpn_ba (Buenos Aires declared) as before, and its headline — which the text, Markdown and HTML reports
    show — now gives the contradiction too (it was "You most likely live in Buenos Aires, Argentina." alone)."""
    s, events = _life(BUENOS_AIRES, "NL")
    events.append(s.ev(None, "facebook.profile", "Buenos Aires, Argentina", fact="current_city"))
    home = _report(events).finding("home")
    assert (home.value["country"], home.value["ip_evidence"], home.confidence) == ("AR", "contradicted",
                                                                                  Confidence.LOW)
    assert home.value["clock_contradicted"] == {"country": "NL", "offset_gap_hours": [4.0, 5.0]}
    assert view.headline(home.to_dict()) == ("You most likely live in Buenos Aires, Argentina. Your logins come from "
                                             "the Netherlands, whose clock your activity contradicts by 4–5 h all "
                                             "year: a VPN exit, not your home.")


def test_a_check_in_in_the_login_country_keeps_it_the_home():
    """Something besides the logins places the person there (a check-in in Amsterdam): a night worker in the
    Netherlands is as likely as a VPN, so the login country stays, one level lower, the contradiction said in the
    headline too."""
    s, events = _life(BUENOS_AIRES, "NL")
    place = {"name": "Somewhere invented", "latitude": AMSTERDAM_CAFE[0], "longitude": AMSTERDAM_CAFE[1]}
    events += [s.ev(datetime(2023, 3, 4, 15, tzinfo=UTC) + timedelta(days=40 * i), "facebook.post", "Aquí",
                    place=place, check_in=True) for i in range(3)]
    home = _report(events).finding("home")
    assert home.value["country"] == "NL" and home.confidence == Confidence.MEDIUM
    assert home.value["clock_contradicted"] == {"country": "NL", "offset_gap_hours": [5.0, 6.0]}
    assert view.headline(home.to_dict()) == ("You most likely live in the Netherlands. Your logins come from "
                                             "the Netherlands, whose clock your activity contradicts by 5–6 h all "
                                             "year (a VPN exit, or night work?).")


def test_a_person_whose_login_country_keeps_their_clock_is_unchanged():
    """Mexico City hours, Mexican logins, nothing declared: home MX at high, no contradiction, no trips."""
    report = _report(_life(MEXICO_CITY, "MX", wake=7.5, bed=23.5)[1])
    assert report.finding("timezone").value["place_disagreement"] is None
    home = report.finding("home")
    assert (home.value["country"], home.confidence, home.value["clock_contradicted"]) == ("MX", Confidence.HIGH,
                                                                                         None)
    assert view.headline(home.to_dict()) == "You most likely live in Mexico."
    trips = report.finding("trips")
    assert trips.value == [] and trips.confidence == Confidence.HIGH


def test_a_traveller_whose_logins_follow_them_is_unchanged():
    """A Mexico City resident's three weeks in Los Angeles, the logins from the US then: one trip, home MX."""
    trip = (date(2023, 9, 4), date(2023, 9, 24))
    _ips_ok()
    rng = random.Random(4)
    s = Stream("facebook-2024")
    events = []
    for i in range(400):
        d = date(2023, 1, 1) + timedelta(days=i)
        away = trip[0] <= d <= trip[1]
        tz = ZoneInfo(LA if away else MEXICO_CITY)
        hours = [rng.uniform(7.5, 23.5) for _ in range(8)]
        events += [s.ev(local(tz, d, h), "facebook.post", "Un café y a trabajar.") for h in hours]
        if away or rng.random() < 5 / 7:
            events.append(s.ev(local(tz, d, rng.choice(hours)), "facebook.login", None, ip=IP["US" if away else "MX"]))
    report = _report(events)
    assert report.finding("timezone").value["place_disagreement"] is None
    home = report.finding("home")
    assert (home.value["country"], home.value["clock_contradicted"]) == ("MX", None)
    trips = report.finding("trips").value
    assert [(t["country"], t["start"], t["end"]) for t in trips] == [("US", "2023-09-04", "2023-09-24")]


def test_a_shipping_address_in_the_login_country_keeps_it_the_home():
    """Orders shipped to Amsterdam back the Dutch logins (the time-zone finding names both sources): the home stays
    there, one level lower, the contradiction said in the summary and the headline."""
    _s, events = _life(BUENOS_AIRES, "NL")
    a = Stream("amazon-2024")
    events += [a.ev(datetime(2023, 1, 5, 15, tzinfo=UTC) + timedelta(days=25 * i), "amazon.order_item", "Boek",
                    order_id=f"o{i}", shipping_city="Amsterdam", shipping_region="Noord-Holland",
                    shipping_country="Netherlands", shipping_country_code="NL") for i in range(12)]
    report = _report(events)
    assert report.finding("timezone").value["place_disagreement"]["sources"] == ["IP country", "shipping country"]
    home = report.finding("home")
    assert (home.value["country"], home.value["city"], home.confidence) == ("NL", "Amsterdam", Confidence.MEDIUM)
    assert home.summary.endswith("your logins come from the Netherlands, whose clock your activity contradicts by "
                                 "5–6 h all year (a VPN exit, or night work?).")
    assert view.headline(home.to_dict()) == ("You most likely live in Amsterdam, Netherlands. Your logins come from "
                                             "the Netherlands, whose clock your activity contradicts by 5–6 h all year "
                                             "(a VPN exit, or night work?).")
