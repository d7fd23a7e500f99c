"""A place in another country meets the home by its town's name alone (the thirty-second pass's tester T32B, L7).

"Birmingham, Alabama, United States" was "your home" for a home in Birmingham, GB; "London, Ontario", "Paris,
Texas", "Perth, Scotland" likewise; a Facebook profile's current city "Birmingham, Alabama" beside British logins
made the home "Birmingham, United Kingdom". A place whose later parts name another country — by its name or code, or
by a US state's, a Canadian province's or an Australian state's name or letters (ISO 3166-2 via pycountry) — is not
the home. Every value is invented; the address is registered to the United Kingdom (iptocc).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from test_inference_synth import Stream

from dataexam.inference import gazetteer, infer
from dataexam.inference.place import fb_login_place
from dataexam.inference.platform import _place_meets

NOW = datetime(2025, 6, 1, tzinfo=UTC)
GB_IP = "81.2.69.142"


@pytest.mark.parametrize(("place", "home", "meets"), [
    # a namesake town abroad: its country is named, by name, code or a state's name or letters
    ("Birmingham, Alabama, United States", {"city": "Birmingham", "country": "GB"}, False),
    ("Birmingham, AL, US", {"city": "Birmingham", "country": "GB"}, False),
    ("Birmingham, AL", {"city": "Birmingham", "country": "GB"}, False),
    ("Birmingham, Alabama", {"city": "Birmingham", "country": "GB"}, False),
    ("London, Ontario, Canada", {"city": "London", "country": "GB"}, False),
    ("London, ON", {"city": "London", "country": "GB"}, False),
    ("Dublin, California", {"city": "Dublin", "country": "IE"}, False),
    ("Paris, Texas", {"city": "Paris", "country": "FR"}, False),
    ("Paris, TX", {"city": "Paris", "country": "FR"}, False),
    ("Perth, Scotland", {"city": "Perth", "country": "AU"}, False),
    ("Perth, Western Australia", {"city": "Perth", "country": "GB"}, False),
    # the home itself, however its country or region is written
    ("Birmingham, United Kingdom", {"city": "Birmingham", "country": "GB"}, True),
    ("Birmingham, England", {"city": "Birmingham", "country": "GB"}, True),
    ("Birmingham, Alabama, United States", {"city": "Birmingham", "country": "US"}, True),
    ("Birmingham, AL", {"city": "Birmingham", "country": "US"}, True),
    ("London, Ontario", {"city": "London", "country": "CA"}, True),
    ("Perth, WA", {"city": "Perth", "country": "AU"}, True),
    ("Perth, Scotland", {"city": "Perth", "country": "GB"}, True),
    ("Paris, France", {"city": "Paris", "country": "FR"}, True),
    ("Paris", {"city": "Paris", "country": "FR"}, True),  # a town alone names no other country
    ("Lisbon, Lisbon, PT", {"city": "Lisbon", "country": "PT"}, True),
    ("Berlin, DE", {"city": "Berlin", "country": "DE"}, True),  # Germany's code, not Delaware's letters
    ("Austin, Texas, United States", {"country": "US"}, True),
])
def test_a_namesake_town_abroad_is_not_the_home(place, home, meets):
    assert _place_meets(place, home) is meets


@pytest.mark.parametrize(("place", "country"), [
    ("Birmingham, Alabama", "US"), ("Birmingham, AL", "US"), ("London, Ontario", "CA"), ("Paris, Texas", "US"),
    ("Perth, Scotland", "GB"), ("Perth, WA", "AU"), ("Perth, Western Australia", "AU"), ("Los Angeles, CA", "US"),
    ("Toronto, CA", "CA"), ("Berlin, DE", "DE"), ("Dover, DE", "US"), ("Lisbon, Portugal", "PT"),
    ("Berlin", None), ("Paris, Mars", None),
])
def test_a_written_place_names_its_country(place, country):
    assert gazetteer.place_country(place) == country


def test_a_facebook_session_in_a_us_state_is_placed_in_the_us():
    # "Birmingham, AL" was Albania's code
    assert fb_login_place({"location": "Birmingham, AL"}) == ("US", "Birmingham, AL, US")  # the country said (WORD60)
    assert fb_login_place({"location": "Lisbon, Portugal"}) == ("PT", "Lisbon, Portugal")


def _declared(typed: str):
    s = Stream("facebook-2024")
    events = [s.ev(datetime(2024, 1, 1, 5, tzinfo=UTC) + timedelta(days=i, hours=h), "facebook.login", None,
                   ip=GB_IP) for i in range(60) for h in (0, 9)]
    events.append(s.ev(datetime(2023, 1, 1, tzinfo=UTC), "facebook.profile", typed, field="current_city",
                       city=typed))
    return infer(sorted(events, key=lambda e: e.sort_key), now=NOW).finding("home")


def test_a_declared_namesake_city_abroad_is_not_the_home_town():
    # British logins and a Facebook current city in Alabama: was "You most likely live in Birmingham, United Kingdom"
    home = _declared("Birmingham, Alabama")
    assert home.value["country"] == "GB"
    assert home.value.get("city") is None
    assert "Birmingham, United States" in " ".join(home.value["disagreements"])


@pytest.mark.parametrize("typed", ["Birmingham, United Kingdom", "Birmingham, England", "Birmingham"])
def test_a_declared_home_town_still_names_the_city(typed):
    home = _declared(typed)
    assert (home.value["country"], home.value["city"]) == ("GB", "Birmingham")
    assert home.value["disagreements"] is None
