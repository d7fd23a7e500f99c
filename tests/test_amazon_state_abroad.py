"""A town written with a State that places it abroad (AMZ43). Names and streets are invented; the towns, provinces and
postcodes are real ones (GeoNames' towns, Google's address data).

Amazon.com's address form asks an address abroad for its "State / Province / Region": Italian addresses give the
province's two letters there (as Amazon.it's form asks), Spanish ones the province's name, Canadian ones the
province's code, and some write the country. Before: the Old Order History Report's "Milano" with State "MI" read
"You most likely live in Milano, United States" (high: Michigan's MI), "Milano" with State "Italy", "Torino" with
"TO" and "Toronto" with "ON" the same; the one-cell "Via Roma 1, Milano, MI" read Michigan with no town, "Via Roma 1
Napoli NA" nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_amazon_town_state_zip import _home, _report

from dataexam_parsers.amazon_address import Place, one_cell_basis, shipping_place, written_region_reading


@pytest.mark.parametrize(("city", "state", "reading"), [
    # an Italian province's letters after its capital (Michigan has no place called Milano)
    ("Milano", "MI", ("MI", "IT", "state")), ("Torino", "TO", ("TO", "IT", "state")),
    ("Napoli", "NA", ("NA", "IT", "state")), ("Bologna", "BO", ("BO", "IT", "state")),
    ("Roma", "RM", ("RM", "IT", "state")),
    # a Spanish province's name; a Canadian province's code (its towns told apart by province)
    ("Sevilla", "Sevilla", ("SE", "ES", "state")), ("Valencia", "Valencia", ("V", "ES", "state")),
    ("Toronto", "ON", ("ON", "CA", "state")), ("Vancouver", "BC", ("BC", "CA", "state")),
    ("London", "ON", ("ON", "CA", "state")),    # Ontario's London, not England's: the province holds one
    ("Perth", "WA", ("WA", "AU", "state")),     # Western Australia's; Washington has no Perth
    # the country written in the State, in English or the country's language
    ("Milano", "Italy", (None, "IT", "country")), ("Milano", "Italia", (None, "IT", "country")),
    ("Lisboa", "Portugal", (None, "PT", "country")), ("Tbilisi", "Georgia", (None, "GE", "country")),
    # AMZ45: a Land's ISO 3166-2 letters that are no US state's (Google's address data gives Germany no states, and
    # this read "Berlin, BE, United States", high; until AMZ45 the test kept it as the State written)
    ("Berlin", "BE", ("BE", "DE", "state")),
])
def test_a_state_abroad_gives_its_country(city: str, state: str, reading: tuple) -> None:
    assert written_region_reading(city, state, "US") == reading


@pytest.mark.parametrize(("city", "state"), [
    # the state's own town: as before (Michigan's Milan and Detroit; Texas' Paris; Ontario's London on Amazon.ca)
    ("Milan", "MI"), ("Detroit", "MI"), ("Paris", "TX"), ("Roma", "TX"), ("Springfield", "IL"),
    # no country abroad has both: the State as written
    ("Lansing", "MI"), ("Houston", "TO"),
    # a town of Italy in a province not named after it where the state has a place so called: Venice, California is
    # no Venice in Cagliari's province CA (Rho, with no place so called in Michigan, is Italy's since AMZ44)
    ("Venice", "CA"),
    # the marketplace's own country written; a state named as a country, with its own town (Hahira, Georgia: 2,700
    # people; Tbilisi is read Georgia the country)
    ("Houston", "United States"), ("Hahira", "Georgia"), ("Atlanta", "Georgia"),
])
def test_a_state_of_the_marketplace_s_own_town_stays(city: str, state: str) -> None:
    assert written_region_reading(city, state, "US") is None


def test_on_amazon_ca_ontario_s_london_stays_canadian() -> None:
    assert written_region_reading("London", "ON", "CA") is None


@pytest.mark.parametrize(("city", "state", "zip_code", "shown"), [
    ("Milano", "MI", "", "Milano, MI, Italy"), ("Milano", "MI", "20121", "Milano, MI, Italy"),
    ("Torino", "TO", "", "Torino, TO, Italy"), ("Milano", "Italy", "", "Milano, Italy"),
    ("Sevilla", "Sevilla", "41001", "Sevilla, SE, Spain"), ("Toronto", "ON", "M5V 2T6", "Toronto, ON, Canada"),
    # Michigan's own towns as before
    ("Detroit", "MI", "48201", "Detroit, MI, United States"), ("Milan", "MI", "48160", "Milan, MI, United States"),
])
def test_the_home_is_the_town_the_state_places(tmp_path: Path, city: str, state: str, zip_code: str,
                                               shown: str) -> None:
    home = _home(_report(tmp_path, city, state, zip_code, street="12 Oak St"))
    assert home["summary"].startswith(f"You most likely live in {shown}:")
    assert home["confidence"] == "high"
    assert home["value"]["lat"] is not None


@pytest.mark.parametrize(("address", "place"), [
    ("Via Roma 1, Milano, MI", Place("Milano", "MI", None, "IT", "state")),
    ("Via Roma 1 Napoli NA", Place("Napoli", "NA", None, "IT", "state")),
    ("Via Po 5, Torino, TO", Place("Torino", "TO", None, "IT", "state")),
    ("Calle Sierpes 1, Sevilla, Sevilla", Place("Sevilla", "SE", None, "ES", "state")),
])
def test_a_one_cell_town_and_province_abroad_gives_the_town(address: str, place: Place) -> None:
    found = shipping_place(address, site_country="US")
    assert found == place
    assert one_cell_basis(found, "US") == "state"  # read from the province written after the town


@pytest.mark.parametrize(("address", "place"), [
    # a US town with its state and no ZIP, and words that are no town: as before
    ("Sam Roe 1 Main St Detroit MI", Place("Detroit", "MI", None, "US")),
    ("Sam Roe 1 Main St Jane Doe MI", Place(None, "MI", None, "US")),
])
def test_a_one_cell_us_town_and_state_stays(address: str, place: Place) -> None:
    assert shipping_place(address, site_country="US") == place
