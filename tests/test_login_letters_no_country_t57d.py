"""A Facebook session's ``location`` "town, XX" whose two letters are a region, not the town's country (tester T57D 1).

WORD60 stopped letters a US state, Canadian province or Australian state also writes ("Salem, IN") placing a login;
other regions' letters still did: "Mumbai, MH" (Maharashtra) was a login in the Marshall Islands and 120 of them made
"You most likely live in the Marshall Islands" at high; "Munich, BY" (Bavaria) Belarus, "Belo Horizonte, MG" (Minas
Gerais) Madagascar, "Ho Chi Minh City, SG" Singapore. Two letters after a town are its country only where
``gazetteer.code_is_country`` takes them so (the town a GeoNames town of that country); a state's letters its own
country's readings take ("Denver, CO", "Toronto, ON", "Perth, WA") are read as before."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from test_inference_synth import Stream

from dataexam.inference import infer
from dataexam.inference.place import fb_login_place

REGION_LETTERS = ["Mumbai, MH", "Pune, MH", "Belo Horizonte, MG", "Munich, BY", "Ho Chi Minh City, SG",
                  "Chennai, TN", "Salem, IN"]
COUNTRY_LETTERS = {"Lisbon, PT": "PT", "Paris, FR": "FR", "Hamburg, DE": "DE", "Bogotá, CO": "CO",
                   "Kowloon, HK": "HK", "Singapore, SG": "SG", "Tokyo, JP": "JP", "Mexico City, MX": "MX",
                   "Lisbon, Portugal": "PT"}
STATE_LETTERS = {"Toronto, ON": "CA", "Los Angeles, CA": "US", "Birmingham, AL": "US", "Denver, CO": "US",
                 "Perth, WA": "AU", "Sydney, NSW": "AU"}


@pytest.mark.parametrize("location", REGION_LETTERS)
def test_a_region_s_letters_place_no_login(location: str) -> None:
    assert fb_login_place({"location": location}) is None


@pytest.mark.parametrize(("location", "cc"), [*COUNTRY_LETTERS.items(), *STATE_LETTERS.items()])
def test_a_country_s_letters_and_a_state_s_of_its_country_still_do(location: str, cc: str) -> None:
    found = fb_login_place({"location": location})
    assert found is not None and found[0] == cc, found


def test_mumbai_logins_make_no_home_in_the_marshall_islands() -> None:
    s = Stream("facebook.zip")
    start = datetime(2024, 1, 1, 6, tzinfo=UTC)
    events = [s.ev(start + timedelta(days=i, hours=i % 10), "facebook.login", None, location="Mumbai, MH")
              for i in range(120)]
    report = infer(events, now=datetime(2024, 6, 1, tzinfo=UTC))
    home = report.finding("home")
    assert "Marshall" not in str(home.summary) and (home.value or {}).get("country") != "MH", home.summary
