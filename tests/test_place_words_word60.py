"""WORD60 (T57B M1): two capital letters after a town are a country only where the record says so.

"Los Angeles, CA" had been said "Los Angeles, Canada", "Atlanta, GA" "Atlanta, Gabon", "Richmond, VA" "Richmond, Vatican
City", "Portland, ME" "Portland, Montenegro" — in the report's login-places sentence, the comparison table, the
evidence excerpts and the place finding's reading of a Facebook session's location. A grid over every US state and DC,
every Canadian province and territory and every Australian state and territory after one of its own towns, against
real country codes after towns ("Lisbon, PT", "Misato, Saitama, JP", "Springfield, IL, US").
"""

from __future__ import annotations

import pytest

from dataexam.inference import gazetteer
from dataexam.inference.place import fb_login_place
from dataexam.inference.platform import login_places_sentence, place_words
from dataexam.report.view import _excerpt_text

#: a town of each US state and DC (GeoNames ≥ 5,000 people), by the state's letters
US_TOWNS = {
    "AL": "Birmingham", "AK": "Anchorage", "AZ": "Phoenix", "AR": "Little Rock", "CA": "Los Angeles",
    "CO": "Denver", "CT": "Hartford", "DE": "Dover", "DC": "Washington", "FL": "Miami", "GA": "Atlanta",
    "HI": "Honolulu", "ID": "Boise", "IL": "Chicago", "IN": "Indianapolis", "IA": "Des Moines", "KS": "Wichita",
    "KY": "Louisville", "LA": "New Orleans", "ME": "Portland", "MD": "Baltimore", "MA": "Boston", "MI": "Detroit",
    "MN": "Minneapolis", "MS": "Jackson", "MO": "Kansas City", "MT": "Billings", "NE": "Omaha", "NV": "Las Vegas",
    "NH": "Manchester", "NJ": "Newark", "NM": "Albuquerque", "NY": "Buffalo", "NC": "Charlotte", "ND": "Fargo",
    "OH": "Columbus", "OK": "Tulsa", "OR": "Salem", "PA": "Pittsburgh", "RI": "Providence", "SC": "Charleston",
    "SD": "Sioux Falls", "TN": "Nashville", "TX": "Houston", "UT": "Provo", "VT": "Burlington", "VA": "Richmond",
    "WA": "Seattle", "WV": "Morgantown", "WI": "Milwaukee", "WY": "Cheyenne",
}
CA_TOWNS = {"AB": "Calgary", "BC": "Vancouver", "MB": "Winnipeg", "NB": "Moncton", "NL": "St. John's",
            "NS": "Halifax", "ON": "Toronto", "PE": "Charlottetown", "QC": "Montreal", "SK": "Regina",
            "YT": "Whitehorse", "NT": "Yellowknife", "NU": "Iqaluit"}
AU_TOWNS = {"NSW": "Sydney", "VIC": "Melbourne", "QLD": "Brisbane", "SA": "Adelaide", "WA": "Perth",
            "TAS": "Hobart", "NT": "Darwin", "ACT": "Canberra"}
REGIONS = [(f"{t}, {s}", "US") for s, t in US_TOWNS.items()] + [(f"{t}, {s}", "CA") for s, t in CA_TOWNS.items()] \
    + [(f"{t}, {s}", "AU") for s, t in AU_TOWNS.items()]
#: a town and its country's code, as Facebook and GeoNames write them, and what a reader is told
COUNTRIES = [("Lisbon, PT", "Lisbon, Portugal"), ("Misato, Saitama, JP", "Misato, Saitama, Japan"),
             ("Springfield, IL, US", "Springfield, IL, United States"), ("Kowloon, HK", "Kowloon, Hong Kong"),
             ("Berlin, DE", "Berlin, Germany"), ("Toronto, CA", "Toronto, Canada"), ("Lima, PE", "Lima, Peru"),
             ("Amsterdam, NL", "Amsterdam, Netherlands"), ("Riyadh, SA", "Riyadh, Saudi Arabia"),
             ("Hyderabad, IN", "Hyderabad, India"), ("Vancouver, BC, CA", "Vancouver, BC, Canada"),
             ("Tirana, AL", "Tirana, Albania"), ("Tbilisi, GE", "Tbilisi, Georgia"),
             ("Bergen, Hordaland, NO", "Bergen, Hordaland, Norway")]


@pytest.mark.parametrize(("place", "country"), REGIONS)
def test_a_state_or_province_after_its_town_stays_as_written(place: str, country: str) -> None:
    assert place_words(place) == place
    assert not gazetteer.code_is_country(place.split(","))
    said = login_places_sentence({"logins": 30, "distinct": 1, "places": [{"place": place, "logins": 25}]})
    assert f"most often {place} (25)." in said
    # the evidence excerpt: the country read from the state's letters said after them, named
    written = (fb_login_place({"location": place}) or ("", ""))[1]
    assert written == f"{place}, {country}"
    assert _excerpt_text(f"login placed by Facebook in {written}") == (
        f"login placed by Facebook in {place}, {gazetteer.country_display(country)}")
    # the record's own country field says the letters are a region of it
    assert place_words(place, country) == place


@pytest.mark.parametrize(("place", "said"), COUNTRIES)
def test_a_country_code_after_a_town_is_named(place: str, said: str) -> None:
    assert place_words(place) == said
    assert _excerpt_text(f"login placed by Facebook in {place}") == f"login placed by Facebook in {said}"
    line = login_places_sentence({"logins": 9, "distinct": 1, "places": [{"place": place, "logins": 9}]})
    assert f"most often {said} (9)." in line


@pytest.mark.parametrize(("place", "country"), REGIONS)
def test_facebook_login_place_reads_the_state_not_a_namesake_country(place: str, country: str) -> None:
    """A session's location "Atlanta, GA" is a login in the United States, never in Gabon."""
    found = fb_login_place({"location": place})
    assert found is not None and found[0] == country, (place, found)


@pytest.mark.parametrize("place", ["Smalltown, CA", "Salem, IN", "Nowhere, GA"])
def test_letters_left_open_are_neither_said_nor_counted_as_a_country(place: str) -> None:
    """A town the gazetteer cannot place, and one in both readings (Salem, Indiana and Salem, India), stay as
    written, and count for no country."""
    assert place_words(place) == place
    assert fb_login_place({"location": place}) is None


def test_a_town_the_country_does_not_hold() -> None:
    """"Mumbai, MH": Maharashtra's letters, no town of the Marshall Islands."""
    assert place_words("Mumbai, MH") == "Mumbai, MH"


def test_home_with_its_country_field() -> None:
    """The home finding's {city, country}: the field is the country, whatever the town."""
    line = login_places_sentence({"logins": 30, "distinct": 2, "places": [{"place": "Los Angeles, CA", "logins": 25}],
                                  "vs_home": {"home": {"city": "Los Angeles", "country": "US"}, "agrees": True}})
    assert line == ("Facebook's login records name a place for 30 logins, most often Los Angeles, CA (25), 2 places in "
                    "all — your home (Los Angeles, United States).")
    assert place_words("Smalltown, PT", "PT") == "Smalltown, Portugal"
    assert place_words("CA") == "Canada" and place_words("NL") == "the Netherlands"
    assert "Canada" not in place_words("Los Angeles, CA") and "Gabon" not in place_words("Atlanta, GA")
