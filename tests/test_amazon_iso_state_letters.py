"""An old report's State cell of two letters that are both a US state's code and a country's ISO code (TESTER48).

* No ZIP, a town GeoNames has in the country so lettered and no place so called in that state: the country's
  ("Toronto", "CA"; "Chisinau", "MD"; "Casablanca", "MA" were "…, United States" or Chile's, high), high for a town
  of ≥ 250,000 people written by its own name, medium for a smaller one (a place of the state GeoNames lacks is
  possible: T48C's "Oakville", "CA"). US towns named after foreign ones ("Athens", "GA"; "Berlin", "MD"; "Lima",
  "OH") stay American.
* A six-digit Indian PIN beside "IN" ("Salem", "IN", "636001", were "Salem, United States", high): India.

Addresses are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_amazon_town_state_zip import _home, _report

from dataexam.report import view
from dataexam_parsers.amazon_address import iso_state_abroad


def _seen(tmp_path: Path, city: str, region: str, postcode: str) -> tuple[str, str]:
    home = _home(_report(tmp_path, city, region, postcode, street="1 Main St"))
    return view.headline(home), home["confidence"]


@pytest.mark.parametrize(("city", "region", "shown"), [
    ("Toronto", "CA", "Toronto, Canada"),  # was Toronto, United States (high)
    ("Berlin", "DE", "Berlin, Germany"),
    ("Mumbai", "IN", "Mumbai, India"),
    ("Jakarta", "ID", "Jakarta, Indonesia"),
    ("Tel Aviv", "IL", "Tel Aviv, Israel"),
    ("Chisinau", "MD", "Chisinau, Moldova"),
    ("Niamey", "NE", "Niamey, Niger"),
    ("Tirana", "AL", "Tirana, Albania"),
    ("Buenos Aires", "AR", "Buenos Aires, Argentina"),
    ("Bogota", "CO", "Bogota, Colombia"),
    ("Vientiane", "LA", "Vientiane, Laos"),
    ("Khartoum", "SD", "Khartoum, Sudan"),
    ("Libreville", "GA", "Libreville, Gabon"),
    # H2: the letters were read as another country's province code
    ("Casablanca", "MA", "Casablanca, Morocco"),  # was Casablanca, Chile (high)
    ("Rosario", "AR", "Rosario, Argentina"),  # was Rosario, Uruguay (high)
    # AMZ51: a large town found by another of its GeoNames names ("Ulan Bator", "Panama City") is high too (AMZ50:
    # medium; the rule was for Jaffa's old name "Joppa", a town of 100,000, which stays medium by its size)
    ("Ulaanbaatar", "MN", "Ulaanbaatar, Mongolia"),
    ("Panama", "PA", "Panama, Panama"),
])
def test_a_large_town_beside_its_country_s_iso_letters_that_are_a_state_s(tmp_path: Path, city: str, region: str,
                                                                          shown: str) -> None:
    assert _seen(tmp_path, city, region, "") == (f"You most likely live in {shown}.", "high")


@pytest.mark.parametrize(("city", "region", "shown"), [
    ("Valletta", "MT", "Valletta, Malta"),  # was Valletta, United States (high)
    ("Victoria", "SC", "Victoria, Seychelles"),  # was Victoria, Brazil (high)
    # under 250,000 people
    ("Podgorica", "ME", "Podgorica, Montenegro"),
    # T48C H2: California's hamlets and Illinois' village GeoNames lacks beside Ontario's towns and Jaffa's old name
    # were Canada / Israel at high: medium, their letters' other reading left open
    ("Oakville", "CA", "Oakville, Canada"),
    ("Milton", "CA", "Milton, Canada"),
    ("Orleans", "CA", "Orleans, Canada"),
])
def test_a_small_town_beside_its_country_s_iso_letters_is_medium(tmp_path: Path, city: str, region: str,
                                                                 shown: str) -> None:
    assert _seen(tmp_path, city, region, "") == (f"You most likely live in {shown}.", "medium")


@pytest.mark.parametrize(("city", "region"), [
    ("Athens", "GA"), ("Paris", "TX"), ("Moscow", "ID"), ("Lebanon", "PA"), ("Peru", "IN"), ("Cairo", "IL"),
    ("Mexico", "MO"), ("Berlin", "MD"), ("Toledo", "OH"), ("Delhi", "NY"), ("Dublin", "CA"), ("Florence", "AL"),
    ("Manchester", "NH"), ("Lima", "OH"), ("Dover", "DE"), ("Indianapolis", "IN"), ("Boise", "ID"), ("Columbia", "SC"),
])
def test_us_towns_named_after_foreign_ones_stay_american(tmp_path: Path, city: str, region: str) -> None:
    assert _seen(tmp_path, city, region, "") == (f"You most likely live in {city}, United States.", "high")


@pytest.mark.parametrize(("city", "region", "read"), [
    ("Toronto", "CA", ("CA", True)), ("Chisinau", "md", ("MD", True)), ("Valletta", "MT", ("MT", False)),
    ("Berlin", "MD", None), ("Athens", "GA", None), ("Dover", "DE", None),
    ("Paris", "FR", None),  # FR is no US state's code (iso_letters_abroad's)
    ("Toronto", "ON", None), ("Toronto", "", None),
])
def test_iso_state_abroad(city: str, region: str, read: tuple[str, bool] | None) -> None:
    assert iso_state_abroad(city, region) == read


@pytest.mark.parametrize(("city", "postcode", "shown"), [
    # were Salem, United States (high)
    ("Salem", "636001", "Salem, India"), ("Salem", "636 001", "Salem, India"), ("Salem", "636-001", "Salem, India"),
    ("Madurai", "625001", "Madurai, India"), ("Jaipur", "302 001", "Jaipur, India"),
    # Indiana's own towns and ZIPs
    ("Salem", "47167", "Salem, United States"), ("Indianapolis", "46204", "Indianapolis, United States"),
])
def test_a_six_digit_pin_beside_india_s_letters(tmp_path: Path, city: str, postcode: str, shown: str) -> None:
    assert _seen(tmp_path, city, "IN", postcode) == (f"You most likely live in {shown}.", "high")
