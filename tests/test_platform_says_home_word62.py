"""The at-a-glance "platform says" cell of the home row (WORD62, T58D): towns and countries were one and-list, so a
profile's "Singapore, Singapore" said "Singapore and Singapore", "Mumbai, India" "Mumbai and India". Each name now
once, towns apart from their countries."""

from __future__ import annotations

import io
import json
import re
from datetime import UTC, datetime, timedelta

import pytest
from test_inference_synth import Stream

from dataexam.inference import infer
from dataexam.report import render
from dataexam.report.view import home_says, platform_lines

#: city states and territories whose town is called as the country
CITY_STATES = {"Singapore": "SG", "Hong Kong": "HK", "Macao": "MO", "Monaco": "MC", "Luxembourg": "LU",
               "Djibouti": "DJ", "Kuwait": "KW", "Panama": "PA", "Guatemala": "GT"}


@pytest.mark.parametrize(("town", "code"), CITY_STATES.items())
def test_a_town_called_as_its_country_is_said_once(town: str, code: str) -> None:
    said = home_says({"cities": {town: 1}, "countries": {code: 1}})
    assert said.count(town) == 1, said
    assert " and " not in said


@pytest.mark.parametrize(("says", "said"), [
    ({"cities": {"Mumbai": 2}, "countries": {"IN": 2}}, "Mumbai, India"),
    ({"cities": {"Munich": 1}, "countries": {"DE": 1}}, "Munich, Germany"),
    ({"cities": {"Lisbon": 1}, "countries": {"PT": 1}}, "Lisbon, Portugal"),
    ({"cities": {"Munich": 1, "Berlin": 1}, "countries": {"DE": 2}}, "Munich and Berlin (Germany)"),
    ({"cities": {"Lisbon": 1, "Paris": 1}, "countries": {"PT": 1, "FR": 1}}, "Lisbon and Paris (Portugal and France)"),
    ({"cities": {"Singapore": 1, "Johor Bahru": 1}, "countries": {"SG": 1, "MY": 1}},
     "Johor Bahru (Singapore and Malaysia)"),
    ({"cities": {"Mumbai": 1}}, "Mumbai"),
    ({"countries": {"DE": 1}}, "Germany"),
    ({"countries": {"DE": 1, "AT": 1}}, "Germany and Austria"),
    ({"cities": {}, "countries": {}}, ""),
])
def test_towns_are_said_apart_from_their_countries(says: dict, said: str) -> None:
    assert home_says(says) == said


@pytest.mark.parametrize(("profile", "town", "name"), [
    ("Singapore, Singapore", "Singapore", "Singapore"), ("Hong Kong, Hong Kong", "Hong Kong", "Hong Kong"),
    ("Mumbai, India", "Mumbai", "India"), ("Munich, Germany", "Munich", "Germany"),
])
def test_the_glance_row_names_each_once(profile: str, town: str, name: str) -> None:
    s = Stream("facebook.zip")
    start = datetime(2024, 1, 1, 6, tzinfo=UTC)
    events = [s.ev(None, "facebook.profile", profile, fact="current_city"),
              *(s.ev(start + timedelta(days=i, hours=i % 10), "facebook.post", "hello there") for i in range(60))]
    buf = io.StringIO()
    render(infer(events, now=datetime(2024, 6, 1, tzinfo=UTC)), "json", buf, detail="full")
    data = json.loads(buf.getvalue())
    rows = {what: says for what, says, _implied in platform_lines(data)}
    says = rows.get("Home country and city")
    assert says is not None, rows
    assert says.count(town) == 1 and says.count(name) == 1, says
    assert not re.search(rf"\b{re.escape(name)} and {re.escape(name)}\b", says)
