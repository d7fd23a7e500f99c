"""A written place that is only a country's name is that country, not a town (WORD63; tester T59A's finding 1).

X's profile location "India" was the town Inđija in Serbia — "You most likely live in India, Serbia." (JSON home
country RS) —, "Canada" a Mexican town, "Ukraine" a Spanish one, "Australia" a Cuban one (27 of 89 country names);
Facebook's current city "Mexico" the same. Now a place that is nothing but a country's name (any English name ISO,
CLDR or GeoNames gives, or a common short form) is that country everywhere a written place is read: X's profile
location, Facebook's current city and location records, a Facebook login's location. Grids over every country.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pycountry
import pytest
from babel import Locale
from test_inference_synth import Stream

from dataexam.inference import gazetteer, infer
from dataexam.inference.place import PlaceAggregator, fb_login_place

_DISPLAY = dict(Locale.parse("en").territories.items())
#: (name as written, its country) over every ISO 3166-1 country: ISO's name, its common name, CLDR's English name
NAMES = sorted({(name, c.alpha_2) for c in pycountry.countries
                for name in (c.name, getattr(c, "common_name", None), _DISPLAY.get(c.alpha_2)) if name})
#: a US state's name too: no country on the name alone
OPEN = {"Georgia"}


def _country(name: str) -> str | None:
    return None if name in OPEN else dict(NAMES).get(name)


@pytest.mark.parametrize(("name", "cc"), NAMES)
def test_every_country_name_alone_is_that_country(name: str, cc: str) -> None:
    want = None if name in OPEN else cc
    assert gazetteer.country_alone(name) == want
    assert gazetteer.country_alone(name.upper()) == want
    assert gazetteer.country_alone(f" {name.lower()}. ") == want
    found = fb_login_place({"location": name})
    assert (found[0] if found else None) == want


@pytest.mark.parametrize("text", ["USA", "U.S.A.", "UK", "UAE", "United States", "Holland", "Deutschland",
                                  "Scotland", "ＩＮＤＩＡ", "In\u200bdia", "India\ufe0f"])
def test_short_forms_native_names_and_odd_characters(text: str) -> None:
    assert gazetteer.country_alone(text) is not None


@pytest.mark.parametrize("text", ["IN", "CA", "DE", "DEU", "AL", "Paris", "Mumbai", "Lisbon, Portugal",
                                  "Mexico City", "Mexico, Mexico", "Georgia", "she/her", "", "🌍"])
def test_letters_towns_and_places_of_more_parts_are_no_country_alone(text: str) -> None:
    assert gazetteer.country_alone(text) is None


def _declared(kind: str, name: str) -> tuple[dict[str, int], dict[str, int]]:
    s = Stream("twitter.zip" if kind == "twitter" else "facebook.zip")
    agg = PlaceAggregator()
    if kind == "twitter":
        agg.consume(s.ev(None, "twitter.profile", None, location=name, bio="x"))
    elif kind == "profile":
        agg.consume(s.ev(None, "facebook.profile", name, fact="current_city"))
    else:
        agg.consume(s.ev(datetime(2024, 1, 1, tzinfo=UTC), "facebook.location", name, city=name, list="primary"))
    return dict(agg.declared_city), dict(agg.declared_country)


@pytest.mark.parametrize("kind", ["twitter", "profile", "location"])
def test_every_reader_takes_a_country_name_for_the_country_not_a_town(kind: str) -> None:
    wrong = []
    for name, cc in NAMES:
        if name in OPEN or gazetteer.city_state_town(cc) is not None:
            continue
        cities, countries = _declared(kind, name)
        if cities or countries != {cc: 1}:
            wrong.append((name, cc, cities, countries))
    assert not wrong
    assert len(NAMES) > 280


@pytest.mark.parametrize("kind", ["twitter", "profile"])
@pytest.mark.parametrize(("name", "cc"), [("Singapore", "SG"), ("Hong Kong", "HK"), ("Monaco", "MC")])
def test_a_city_state_keeps_its_town(kind: str, name: str, cc: str) -> None:
    cities, countries = _declared(kind, name)
    assert countries == {cc: 1}
    assert cities


@pytest.mark.parametrize(("kind", "place", "cc"), [
    ("twitter", "Pune, India", "IN"), ("twitter", "Mexico City", "MX"), ("twitter", "Tempe, AZ", "US"),
    ("profile", "Austin, Texas, United States", "US"), ("profile", "Lisbon, Portugal", "PT"),
    ("profile", "Birmingham, AL", "US")])
def test_towns_keep_their_readings(kind: str, place: str, cc: str) -> None:
    cities, countries = _declared(kind, place)
    assert countries == {cc: 1}
    assert cities == {place.split(",")[0]: 1}


@pytest.mark.parametrize("name", ["Georgia"])
@pytest.mark.parametrize("kind", ["twitter", "profile"])
def test_a_state_s_name_too_names_no_country(kind: str, name: str) -> None:
    assert _declared(kind, name)[1] != {"GE": 1}


REPORTED = {"India": "IN", "Canada": "CA", "Ukraine": "UA", "Australia": "AU", "Bangladesh": "BD", "Malta": "MT",
            "Chile": "CL", "Mexico": "MX", "Jordan": "JO", "Brazil": "BR", "Turkey": "TR", "Ireland": "IE",
            "Germany": "DE", "Japan": "JP"}


@pytest.mark.parametrize("kind", ["twitter", "profile"])
@pytest.mark.parametrize(("name", "cc"), REPORTED.items())
def test_the_home_of_a_profile_naming_a_country_only(kind: str, name: str, cc: str) -> None:
    if kind == "twitter":
        s = Stream("twitter.zip")
        ev = s.ev(None, "twitter.profile", None, location=name, bio="x")
    else:
        s = Stream("facebook.zip")
        ev = s.ev(None, "facebook.profile", name, fact="current_city")
    rep = infer(iter([ev]), now=datetime(2024, 6, 1, tzinfo=UTC))
    home = rep.finding("home")
    assert home is not None and home.value is not None
    assert home.value["country"] == cc
    assert home.value["city"] is None
    said = gazetteer.country_in_text(cc)
    assert home.summary == f"The platform says you live in {said}."


# -- the at-a-glance "platform says" cell names each town once (T59A 4) -----------------------------------------------
#: (declared towns, countries, the cell): one town's spellings — case, full width, a format character, an outer space,
#: GeoNames' alternate names — said once, by the first
ONE_TOWN = [
    (["Paris", "paris"], ["FR"], "Paris, France"), (["Paris", "PARIS"], ["FR"], "Paris, France"),
    (["Paris", "Paris "], ["FR"], "Paris, France"), (["Mumbai", "Ｍｕｍｂａｉ"], ["IN"], "Mumbai, India"),
    (["Ｍｕｍｂａｉ"], ["IN"], "Mumbai, India"), (["Mumbai\u200b", "Mumbai"], ["IN"], "Mumbai, India"),
    (["Munich", "München"], ["DE"], "Munich, Germany"), (["München", "Munich"], ["DE"], "München, Germany"),
    (["Kyiv", "Kiev"], ["UA"], "Kyiv, Ukraine"), (["Lisbon", "Lisboa"], ["PT"], "Lisbon, Portugal"),
    (["New York", "NYC"], ["US"], "New York, United States"), (["Cologne", "Köln"], ["DE"], "Cologne, Germany"),
    (["Zürich", "Zurich", "ZURICH"], ["CH"], "Zürich, Switzerland"),
    (["São Paulo", "Sao Paulo"], ["BR"], "São Paulo, Brazil"),
]
#: different towns stay apart
TOWNS_APART = [
    (["Munich", "Berlin"], ["DE"], "Munich and Berlin (Germany)"),
    (["Springfield", "Chicago"], ["US"], "Springfield and Chicago (United States)"),
    (["Lisbon", "Porto"], ["PT"], "Lisbon and Porto (Portugal)"),
    (["Paris"], ["FR", "US"], "Paris (France and United States)"),
    (["Mumbai", "Pune"], ["IN"], "Mumbai and Pune (India)"),
]


@pytest.mark.parametrize(("towns", "codes", "said"), ONE_TOWN + TOWNS_APART)
def test_the_platform_says_cell_names_each_town_once(towns: list[str], codes: list[str], said: str) -> None:
    from dataexam.report.view import home_says

    assert home_says({"cities": dict.fromkeys(towns, 1), "countries": dict.fromkeys(codes, 1)}) == said


# -- a region's letters in the town's own country name no other (T59A 2, 3) ------------------------------------------
#: a town and its region's letters — ISO 3166-2's, a code ISO replaced (India's OR, TG, CT, UT), letters written beside
#: ISO's (Mexico's BC, QR, NL; Northern Ireland's NI; Aosta's AO; KwaZulu-Natal's NL) — and the town's country
REGION_IN_OWN_COUNTRY = {
    "Bhubaneswar, OR": "IN", "Cuttack, OR": "IN", "Hyderabad, TG": "IN", "Warangal, TG": "IN", "Raipur, CT": "IN",
    "Dehradun, UT": "IN", "Mumbai, MH": "IN", "Tijuana, BC": "MX", "Mexicali, BC": "MX", "Ensenada, BC": "MX",
    "Cancún, QR": "MX", "Monterrey, NL": "MX", "Amsterdam, NH": "NL", "Haarlem, NH": "NL", "Belfast, NI": "GB",
    "Aosta, AO": "IT", "Durban, NL": "ZA", "Pietermaritzburg, NL": "ZA"}
#: a US state's, Canadian province's letters after a town there keep their country
STATE_OWN = {"Berlin, NH": "US", "Manchester, NH": "US", "Salem, OR": "US", "Portland, OR": "US",
             "Vancouver, BC": "CA", "Victoria, BC": "CA", "Kingston, ON": "CA", "Delhi, NY": "US",
             "Dublin, CA": "US", "Paris, TX": "US", "Milan, MI": "US", "Amsterdam, NY": "US"}


@pytest.mark.parametrize(("place", "cc"), REGION_IN_OWN_COUNTRY.items())
def test_a_region_s_letters_in_the_town_s_country_name_no_other(place: str, cc: str) -> None:
    from dataexam.inference.platform import _place_meets
    from dataexam.report.view import _excerpt_text

    parts = tuple(p.strip() for p in place.split(","))
    assert gazetteer.written_country(parts) in (None, cc)
    assert _place_meets(place, {"country": cc})
    assert _excerpt_text(f"login placed by Facebook in {place}") == f"login placed by Facebook in {place}"
    found = fb_login_place({"location": place})
    assert found is None or found[0] == cc


@pytest.mark.parametrize(("place", "cc"), STATE_OWN.items())
def test_a_state_s_towns_keep_its_letters(place: str, cc: str) -> None:
    parts = tuple(p.strip() for p in place.split(","))
    assert gazetteer.written_country(parts) == cc


@pytest.mark.parametrize(("place", "kept"), [("Cairo, IL", True), ("Hyderabad, TG", True), ("Aosta, AO", True),
                                             ("Belfast, NI", True), ("Durban, NL", True), ("Lisbon, PT", False),
                                             ("Lisbon, DE", False), ("Tunis, TN", False), ("Salem, IN", False)])
def test_a_saved_excerpt_keeps_region_letters_as_written(place: str, kept: bool) -> None:
    from dataexam.report.view import _excerpt_text

    said = _excerpt_text(f"login placed by Facebook in {place}")
    assert (said == f"login placed by Facebook in {place}") is kept


@pytest.mark.parametrize(("ch", "place", "cc"), [
    ("\ufe0f", "Los Angeles{}, CA", "US"), ("\ufe0e", "Lisbon{}, PT", "PT"), ("\u200b", "Mum{}bai, MH", None),
    ("\ufe0f", "Mumbai, MH{}", None)])
def test_a_variation_selector_is_read_past(ch: str, place: str, cc: str | None) -> None:
    written = place.format(ch)
    assert gazetteer.written_country(tuple(written.split(","))) == cc


@pytest.mark.parametrize(("attrs", "want"), [
    ({"location": "Lisbon， Portugal"}, ("PT", "Lisbon, Portugal")),
    ({"location": "Ｌｉｓｂｏｎ, ＰＴ"}, ("PT", "Lisbon, PT")),
    ({"location": "Ｍｕｍｂａｉ, India"}, ("IN", "Mumbai, India")),
    ({"location": "Mum\u200bbai, India"}, ("IN", "Mumbai, India")),
    ({"location": "Los Angeles\ufe0f, CA"}, ("US", "Los Angeles, CA, US")),
    ({"location": "ＩＮＤＩＡ"}, ("IN", "INDIA")),
    ({"city": "Ｌｉｓｂｏｎ", "country": "ＰＴ"}, ("PT", "Lisbon, PT")),
    ({"city": "Berlin", "country": "Germany"}, ("DE", "Berlin, Germany"))])
def test_a_login_place_is_read_as_its_letters_read(attrs: dict[str, str], want: tuple[str, str]) -> None:
    assert fb_login_place(attrs) == want


@pytest.mark.parametrize("kind", ["twitter", "profile"])
@pytest.mark.parametrize(("text", "town", "cc"), [("Ｌｉｓｂｏｎ， Portugal", "Lisbon", "PT"),
                                                 ("Ｍｕｍｂａｉ, India", "Mumbai", "IN"),
                                                 ("Mum\u200bbai, India", "Mumbai", "IN")])
def test_a_declared_place_is_read_as_its_letters_read(kind: str, text: str, town: str, cc: str) -> None:
    assert _declared(kind, text) == ({town: 1}, {cc: 1})
