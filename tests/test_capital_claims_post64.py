"""POST64 (T59C 11): "the capital of" is said of a town only where a source says so. GeoNames files a town in its state
or province; it tells no state's capital: "New York | NJ" said "New York is the capital of the state of New York"
(Albany is). The capital is said only where the provinces are named after their capitals (Italy's and Spain's,
``gazetteer.CAPITAL_NAMED_PROVINCES``); elsewhere a town GeoNames files in the province named like it is "a town of"
it, else "named like" it."""

from __future__ import annotations

import pycountry
import pytest

from dataexam.inference.gazetteer import CAPITAL_NAMED_PROVINCES
from dataexam.inference.shipping import _unlisted_why

#: countries whose provinces are not named after their capitals; GeoNames files towns by province in the first six
COUNTRIES = ["US", "CA", "AU", "MX", "IN", "JP", "BR", "DE", "AT", "CH", "AR", "IE", "NL"]


def _subdivisions(country: str) -> list[tuple[str, str]]:
    subs = [(s.code.split("-", 1)[1], s.name.split(" [")[0].strip()) for s in
            pycountry.subdivisions.get(country_code=country) or () if not getattr(s, "parent_code", None)]
    return sorted(subs)


@pytest.mark.parametrize("country", COUNTRIES)
def test_no_capital_is_said_where_no_source_tells_it(country: str) -> None:
    subs = _subdivisions(country)
    said = []
    for i, (_code, name) in enumerate(subs):
        other = subs[(i + 1) % len(subs)][0]  # another province written beside the town
        text = _unlisted_why(country, other, name, None)
        if "capital" in text:
            said.append(text)
    assert not said


@pytest.mark.parametrize(("country", "region", "name", "seat"), [
    ("US", "NJ", "New York", "a town of the state of New York (NY)"),
    ("US", "WA", "New York", "a town of the state of New York (NY)"),
    ("CA", "ON", "Quebec", "a town of the province of Quebec (QC)"),
    ("MX", "CMX", "Puebla", "a town of the state of Puebla (PUE)"),
    ("IN", "KA", "Delhi", "a town of the union territory of Delhi (DL)"),
    ("JP", "27", "Tokyo", "a town of the prefecture of Tokyo (13)"),
    ("DE", "BY", "Berlin", "named like the land of Berlin (BE)"),
])
def test_a_town_named_like_a_province_is_said_as_its_source_tells(country: str, region: str, name: str,
                                                                  seat: str) -> None:
    said = _unlisted_why(country, region, name, None)
    assert f"{name} is {seat}" in said and "capital" not in said


@pytest.mark.parametrize(("country", "region", "name", "own"), [
    ("ES", "B", "Madrid", "M"), ("ES", "M", "Toledo", "TO"), ("IT", "RM", "Milano", "MI"), ("IT", "CA", "Lodi", "LO"),
])
def test_italy_and_spain_keep_their_capitals(country: str, region: str, name: str, own: str) -> None:
    assert country in CAPITAL_NAMED_PROVINCES
    assert f"{name} is the capital of" in _unlisted_why(country, region, name, None)
    assert f"({own})" in _unlisted_why(country, region, name, None)
