"""Place names in their native spelling (the twenty-seventh pass's fresh tester T27B, M7).

X's profile location "İstanbul, Türkiye" gave no city while "Istanbul, Turkey" did: GeoNames' data file writes
non-ASCII letters as ``\\uXXXX``, so the name scan folded the case of ASCII letters only, and the dotted capital İ
(``"İ".lower()`` is "i" + a combining dot) matched nothing. Every place text goes through the same scan (profile
location, declared city, a shipping address's town): each must find the town whatever its capitals.

Every person and address here is invented; the addresses are registered to Türkiye (iptocc).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from test_inference_synth import Stream

from dataexam.inference import gazetteer, infer

NOW = datetime(2025, 6, 1, tzinfo=UTC)
TR_IP = "88.230.1.1"


@pytest.mark.parametrize(("typed", "country", "zone"), [
    ("İstanbul", "TR", "Europe/Istanbul"),  # GeoNames: "Istanbul", no "İstanbul" among its alternate names
    ("İSTANBUL", "TR", "Europe/Istanbul"),
    ("İzmir", "TR", "Europe/Istanbul"),
    ("İZMİR", "TR", "Europe/Istanbul"),
    ("ŞANLIURFA", "TR", "Europe/Istanbul"),
    ("ŁÓDŹ", "PL", "Europe/Warsaw"),
    ("ZÜRICH", "CH", "Europe/Zurich"),
    ("SÃO PAULO", "BR", "America/Sao_Paulo"),
    ("ÖREBRO", "SE", "Europe/Stockholm"),
    ("i\u0307stanbul", "TR", "Europe/Istanbul"),  # "İ".lower(): the combining dot typed apart
])
def test_a_capitalised_native_spelling_finds_its_town(typed, country, zone):
    assert gazetteer.city_zones(typed)[0][::2] == (country, zone)
    assert gazetteer.city_countries(typed)[:1] == [country]


def test_a_shipping_town_with_a_dotted_capital_is_the_town():
    assert gazetteer.town("İSTANBUL", "TR").name == "Istanbul"
    assert gazetteer.town("İzmir", "TR").name == "İzmir"


def _logins(s: Stream) -> list:
    return [s.ev(datetime(2024, 1, 1, 5, tzinfo=UTC) + timedelta(days=i, hours=h), "twitter.login", None, ip=TR_IP)
            for i in range(60) for h in (0, 9)]


@pytest.mark.parametrize(("typed", "city"), [
    ("İstanbul, Türkiye", "İstanbul"),  # was: no city, home "Türkiye" only
    ("Istanbul, Turkey", "Istanbul"),
    ("İzmir, TÜRKİYE", "İzmir"),
])
def test_x_profile_location_in_the_native_spelling_gives_the_city(typed, city):
    s = Stream("twitter-2024")
    events = [*_logins(s), s.ev(None, "twitter.profile", None, location=typed, bio="invented person")]
    home = infer(sorted(events, key=lambda e: e.sort_key), now=NOW).finding("home")
    assert (home.value["country"], home.value["city"]) == ("TR", city)
    assert home.value["disagreements"] is None


def test_a_declared_city_in_the_native_spelling_names_its_country():
    s = Stream("facebook-2024")
    events = [s.ev(datetime(2024, 1, 1, 5, tzinfo=UTC) + timedelta(days=i, hours=h), "facebook.login", None,
                   ip=TR_IP) for i in range(60) for h in (0, 9)]
    events.append(s.ev(datetime(2023, 1, 1, tzinfo=UTC), "facebook.profile", "İSTANBUL", field="current_city",
                       city="İSTANBUL"))
    home = infer(sorted(events, key=lambda e: e.sort_key), now=NOW).finding("home")
    # shown as GeoNames spells the town (T27D L5: a declaration in capitals was shown in capitals)
    assert (home.value["country"], home.value["city"]) == ("TR", "Istanbul")
    assert home.value["disagreements"] is None


PL_IP = "83.4.120.9"
NO_IP = "84.208.20.1"


@pytest.mark.parametrize(("typed", "ip", "country", "city"), [
    ("ŁÓDŹ", PL_IP, "PL", "Łódź"),  # was "You most likely live in ŁÓDŹ, Poland"
    ("ŁÓDŹ, POLSKA", PL_IP, "PL", "Łódź"),
    ("İZMİR", TR_IP, "TR", "İzmir"),  # was "İZMİR"
    ("ÅLESUND, NORGE", NO_IP, "NO", "Ålesund"),
    ("łódź", PL_IP, "PL", "Łódź"),
    ("Lodz, Poland", PL_IP, "PL", "Lodz"),  # capitalised by the person: theirs to keep
    ("Łódź", PL_IP, "PL", "Łódź"),
])
def test_a_town_declared_in_capitals_is_shown_by_its_proper_name(typed, ip, country, city):
    s = Stream("twitter-2024")
    events = [s.ev(datetime(2024, 1, 1, 5, tzinfo=UTC) + timedelta(days=i, hours=h), "twitter.login", None, ip=ip)
              for i in range(60) for h in (0, 9)]
    events.append(s.ev(None, "twitter.profile", None, location=typed, bio="invented person"))
    home = infer(sorted(events, key=lambda e: e.sort_key), now=NOW).finding("home")
    assert (home.value["country"], home.value["city"]) == (country, city)
    assert f"live in {city}," in home.summary


@pytest.mark.parametrize(("country", "code"), [("Deutschland", "DE"), ("Polska", "PL"), ("Norge", "NO"),
                                               ("Sverige", "SE"), ("Österreich", "AT"), ("Suomi", "FI"),
                                               ("Danmark", "DK"), ("Česko", "CZ"), ("Türkiye", "TR")])
def test_a_country_in_its_own_language_is_read(country: str, code: str) -> None:
    """T27D M2: "Berlin, Deutschland", "Oslo, Norge", "Wien, Österreich" lost the city (the town lookup read
    countries in English only); CLDR's names in the countries' languages now."""
    assert gazetteer.country_code(country) == code
