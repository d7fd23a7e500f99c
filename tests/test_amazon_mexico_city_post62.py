"""POST62 (T58B 8): Mexico City written with its state's letters or former name is said by its own name.

Before: "… Av Juarez 10 Mexico DF 06600" said "You most likely live in Mexico DF, Mexico."; the old report's "Mexico" |
"DF" | "06600" "Mexico, Mexico". Now "Ciudad de México" (ISO 3166-2 MX-CMX) in every form, one cell and columns.
Look-alikes keep their town: "Mexico" in the state of México (MEX), Mexico, Missouri and Mexico, New York on
Amazon.com, "Ciudad de Mexico" as written.
"""
from __future__ import annotations

import pytest

from dataexam.csvstream import CsvRow, normalise_header
from dataexam_parsers.amazon import _address_place, _report_place
from dataexam_parsers.amazon_address import MEXICO_CITY, mexico_city_named

COLUMNS = ["Website", "Shipping Address Street 1", "Shipping Address City", "Shipping Address State",
           "Shipping Address Zip"]


def _cols(site: str, city: str, state: str, postcode: str) -> tuple:
    index = {normalise_header(x): i for i, x in enumerate(COLUMNS)}
    return tuple(_report_place(CsvRow(0, 1, index, [site, "Av Juarez 10", city, state, postcode]), site))[:4]


@pytest.mark.parametrize(("city", "state"), [
    ("Mexico", "DF"), ("Mexico", "D.F."), ("Mexico", "CDMX"), ("Mexico", "CMX"), ("MEXICO", "DF"),
    ("Mexico DF", ""), ("México D.F.", ""), ("MEXICO D.F.", ""), ("CDMX", ""), ("Mexico City", "CDMX"),
    ("Cd. de México", "CDMX"),
])
@pytest.mark.parametrize("postcode", ["06600", "6600", "11000"])
def test_mexico_city_by_its_own_name_in_columns(city: str, state: str, postcode: str) -> None:
    if postcode == "6600" and not state:
        # a CP that lost its zero with no State reads no country (left as it was: no town of its form)
        postcode = "06600"
    assert _cols("Amazon.com.mx", city, state, postcode) == (MEXICO_CITY, "CMX", None, "MX")


@pytest.mark.parametrize("cell", [
    "Ana Lopez Av Juarez 10 Mexico DF 06600", "Ana Lopez Av Juarez 10 Mexico D.F. 06600",
    "Ana Lopez Av Juarez 10 Mexico CDMX 06600", "Ana Lopez Av Juarez 10 Ciudad de Mexico DF 6600",
    "Ana Lopez Av Juarez 10 06600 Mexico DF",
])
def test_mexico_city_by_its_own_name_in_one_cell(cell: str) -> None:
    place = _address_place(cell, "Amazon.com.mx")
    assert (place.city, place.region, place.country_code) == (MEXICO_CITY, "CMX", "MX")


@pytest.mark.parametrize(("site", "city", "state", "postcode", "want"), [
    ("Amazon.com.mx", "Mexico", "MEX", "50000", "Mexico"),  # the state of México: not Mexico City's
    # POST64 (T59C 6): Mexico City's own name unaccented is its name ("Ciudad de Mexico" was kept as written)
    ("Amazon.com.mx", "Ciudad de Mexico", "CDMX", "06600", MEXICO_CITY),
    ("Amazon.com.mx", "Toluca", "MEX", "50000", "Toluca"),
    ("Amazon.com", "Mexico", "MO", "65265", "Mexico"),
    ("Amazon.com", "Mexico", "NY", "13114", "Mexico"),
    ("Amazon.com", "Mexico", "ME", "04257", "Mexico"),
])
def test_look_alikes_keep_their_town(site: str, city: str, state: str, postcode: str, want: str) -> None:
    assert _cols(site, city, state, postcode)[0] == want


def test_the_namer_only_in_mexico() -> None:
    assert mexico_city_named("Mexico", "US", "MO") == "Mexico"
    assert mexico_city_named("Mexico DF", "US", None) == "Mexico DF"
    assert mexico_city_named("Mexico", "MX", "MEX") == "Mexico"
    assert mexico_city_named("Mexico", "MX", "CMX") == MEXICO_CITY
    assert mexico_city_named(None, "MX", "CMX") is None
    assert mexico_city_named("México, D.F.", "MX", None) == MEXICO_CITY
