"""A platform's place written with a country's *name* against a home known by its code (the thirty-second pass's
fresh tester T32A, M1).

X's ad targeting "Locations: Germany" was "not your home (Germany)" and Facebook's sessions at "Lisbon, Portugal"
were "not your home (Portugal)": the place's comma parts were compared with the home's values as written (``DE``,
``PT``), so a country's name never met its code, nor "Lisbon" the home city "Lisboa". Every value is invented; the
addresses are registered to Germany and Portugal (iptocc).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from test_inference_synth import Stream

from dataexam import api
from dataexam.inference import infer
from dataexam.inference.platform import _place_meets, targeting_sentence

NOW = datetime(2025, 6, 1, tzinfo=UTC)
DE_IP, PT_IP = "5.1.64.1", "2.80.0.1"


@pytest.mark.parametrize(("place", "home", "meets"), [
    ("Germany", {"country": "DE"}, True),
    ("Deutschland", {"country": "DE"}, True),  # the platform's UI language (CLDR names)
    ("Alemania", {"country": "DE"}, True),
    ("United States", {"country": "US"}, True),
    ("Phoenix, Arizona, United States", {"country": "US"}, True),
    ("Lisbon, Portugal", {"country": "PT"}, True),
    ("Lisbon, Portugal", {"city": "Lisboa", "country": "PT"}, True),
    ("Lisbon", {"city": "Lisboa", "country": "PT"}, True),  # the home city in its native spelling
    ("Lisboa", {"city": "Lisbon", "country": "PT"}, True),
    ("München", {"city": "Munich", "country": "DE"}, True),
    ("Arizona, US", {"country": "US"}, True),  # a code, as before
    # not the home: another country by name or code, another town of the same name abroad
    ("Austria", {"country": "DE"}, False),
    ("Porto", {"city": "Lisbon", "country": "PT"}, False),
    ("Madrid, Spain", {"city": "Lisbon", "country": "PT"}, False),
    ("Phoenix", {"country": "US"}, False),  # a town without its country is no country
    ("India", {"country": "DE"}, False),
])
def test_a_place_by_country_name_or_native_city_spelling_meets_the_home(place, home, meets):
    assert _place_meets(place, home) is meets


def _berlin_x_with_targeting(value: str) -> list:
    s = Stream("x.zip")
    t0 = datetime(2025, 1, 1, 8, tzinfo=UTC)
    lines = ("Heute lange in der Bibliothek gewesen", "Abends noch mit Freunden gekocht")
    events = [s.ev(t0 + timedelta(days=i, hours=h), "twitter.login", None, ip=DE_IP)
              for i in range(60) for h in (0, 10)]
    events += [s.ev(t0 + timedelta(days=i, hours=3), "twitter.tweet", lines[i % 2]) for i in range(25)]
    events += [s.ev(t0 + timedelta(days=30, hours=k), "twitter.ad_impression", None, actor="@shop",
                    member="data/ad-impressions.js", advertiser_name="Shop",
                    targeting=[{"type": "Locations", "value": value}]) for k in range(2)]
    return sorted(events, key=lambda e: e.sort_key)


@pytest.mark.parametrize("value", ["Germany", "Berlin, Germany", "DE"])
def test_x_whole_country_targeting_is_the_home(value):
    f = infer(_berlin_x_with_targeting(value), now=NOW)
    assert f.finding("home").value["country"] == "DE"
    t = f.finding("platform_vs_derived").value["twitter_ad_targeting"]
    assert t["vs_home"]["agrees"] is True
    said = targeting_sentence(t)
    assert "Its targeted places include your home" in said and "are not your home" not in said


def test_x_targeting_another_country_is_still_not_the_home():
    t = infer(_berlin_x_with_targeting("France"), now=NOW).finding("platform_vs_derived").value[
        "twitter_ad_targeting"]
    assert t["vs_home"]["agrees"] is False


def _write(root: Path, path: str, obj: object) -> None:
    target = root / path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(obj), encoding="utf-8")


@pytest.mark.parametrize(("location", "agrees"), [("Lisbon, Portugal", True), ("Lisboa, Portugal", True),
                                                  ("Madrid, Spain", False)])
def test_facebook_sessions_named_by_country_name_meet_a_home_known_by_code(tmp_path: Path, location, agrees):
    epoch = 1_704_000_000
    _write(tmp_path, "personal_information/profile_information/profile_information.json",
           {"profile_v2": {"name": {"full_name": "Ina Invent"}}})
    # logins with addresses registered to Portugal and no place fields: the home is the registry's PT
    _write(tmp_path, "security_and_login_information/account_activity.json", {"account_activity_v2": [
        {"action": "Login", "timestamp": epoch + 43200 * k, "ip_address": PT_IP, "site_name": "Facebook app"}
        for k in range(60)]})
    _write(tmp_path, "security_and_login_information/where_you're_logged_in.json", {"active_sessions_v2": [
        {"created_timestamp": epoch + 3600 * k, "ip_address": PT_IP, "location": location} for k in range(20)]})
    f = infer(api.timeline([tmp_path]), now=datetime(2024, 6, 1, tzinfo=UTC)).finding("platform_vs_derived")
    places = f.value["facebook_login_places"]
    assert places["places"][0] == {"place": location, "logins": 20}
    assert places["vs_home"]["home"]["country"] == "PT"
    assert places["vs_home"]["agrees"] is agrees
    assert ("not your home" in f.summary) is (not agrees)
