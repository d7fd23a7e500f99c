"""Two letters that are a city-state's ISO code or a US state's and a region's abroad (T46 H1, H2, H4).

Retail.OrderHistory's "Shipping Address" holds name, street, town, state and ZIP in one cell; with no ZIP, "… 1 Main St
Richmond VA" ended in Vatican City's code, and a city-state's address that names no town of its own is in its town
(the rule for "<ADDR> 238823 SG"), so Virginia read "You most likely live in Vatican City, Vatican City." (high) and
Missouri's "… St. Louis MO" Macau. Shanghai's "… Shanghai SH" read St Helena, Ho Chi Minh City's "SG" Singapore. A
town named before the code is read first: the US state's in the US order, a province's abroad; a city-state's own
address naming no other town keeps its reading. Addresses are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_amazon_region_in_full import _retail
from test_amazon_town_state_zip import _home

from dataexam.report import view
from dataexam_parsers.amazon_address import shipping_place


@pytest.mark.parametrize(("address", "town", "state"), [
    ("Sam Roe 1 Main St Richmond VA", "Richmond", "VA"),  # was Vatican City, VA
    ("Sam Roe 1 Main St Richmond Va.", "Richmond", "VA"),
    ("Sam Roe 1 Main St, Richmond, VA", "Richmond", "VA"),
    ("Sam Roe 1 Main St Norfolk Va", "Norfolk", "VA"),
    ("Sam Roe 1 Main St Arlington VA", "Arlington", "VA"),
    ("Sam Roe 1 Main St St. Louis MO", "St. Louis", "MO"),  # was Macau, MO
    ("Sam Roe 1 Main St Kansas City MO", "Kansas City", "MO"),
    ("Sam Roe 1 Main St Jefferson City Mo.", "Jefferson City", "MO"),
    ("Sam Roe 1 Main St Richmond VA 23219", "Richmond", "VA"),  # with a ZIP, as before
])
def test_a_us_state_s_letters_that_are_a_city_state_s_code_stay_the_state(address: str, town: str,
                                                                          state: str) -> None:
    place = shipping_place(address, site_country="US")
    assert (place.city, place.region, place.country_code) == (town, state, "US")


@pytest.mark.parametrize(("address", "town", "country"), [
    ("Li Wei 1 Nanjing Rd Shanghai SH", "Shanghai", "CN"),  # was Georgetown, St Helena
    ("Nguyen A 1 Le Loi Ho Chi Minh City SG", "Ho Chi Minh", "VN"),  # was Singapore
])
def test_a_province_s_letters_that_are_a_city_state_s_code_stay_the_province(address: str, town: str,
                                                                             country: str) -> None:
    place = shipping_place(address, site_country="US")
    assert (place.city, place.country_code) == (town, country)


@pytest.mark.parametrize(("address", "town", "country"), [
    ("Tan 1 Orchard Road 238823 SG", "Singapore", "SG"),
    ("Tan 1 Orchard Road Singapore 238823 SG", "Singapore", "SG"),
    ("Chan 1 Queen's Rd HK", "Hong Kong", "HK"),
    ("Lee 1 Av Almeida Ribeiro MO", "Macau", "MO"),
    ("Rossi 1 Av Princesse Grace 98000 MC", "Monaco", "MC"),
    ("Luca 1 Via della Conciliazione 00120 VA", "Vatican City", "VA"),
])
@pytest.mark.parametrize("site", ["US", "GB"])
def test_a_city_state_s_own_address_keeps_its_town(address: str, town: str, country: str, site: str) -> None:
    place = shipping_place(address, site_country=site)
    assert (place.city, place.country_code) == (town, country)


@pytest.mark.parametrize(("address", "shown"), [
    ("Sam Roe 1 Main St Richmond VA", "Richmond, United States"),  # was "Vatican City, Vatican City." (high)
    ("Sam Roe 1 Main St St. Louis MO", "St. Louis, United States"),  # was "Macau, Macao SAR China." (high)
])
def test_the_home_of_a_one_cell_address_without_zip_is_the_us_town(tmp_path: Path, address: str, shown: str) -> None:
    home = _home(_retail(tmp_path, address))
    assert view.headline(home) == f"You most likely live in {shown}."
    assert home["confidence"] == "high"


@pytest.mark.parametrize(("city", "state", "postcode", "shown"), [
    ("Panaji", "GA", "403001", "Panaji, India"),  # Goa's letters are Georgia's: was "Panaji, United States" (high)
    ("Margao", "GA", "403601", "Margao, India"),
    ("Atlanta", "GA", "30301", "Atlanta, United States"),
    ("Atlanta", "GA", "3030", "Atlanta, United States"),  # a ZIP that lost its zero is still a ZIP's form
    ("Savannah", "GA", "31401-1234", "Savannah, United States"),
    ("Pune", "MH", "411001", "Pune, India"),
    # a US ZIP typed with a digit too many stays US: its State is no province abroad whose range the digits are in
    # (T46C: my first cut read these abroad at high)
    ("Delhi", "NY", "137530", "Delhi, United States"),
    ("Moscow", "ID", "838430", "Moscow, United States"),
    ("Canton", "OH", "447020", "Canton, United States"),
    ("Madras", "OR", "977410", "Madras, United States"),
    ("Delhi", "LA", "712320", "Delhi, United States"),  # Ladakh's letters, a West Bengal PIN
    ("Minsk", "ND", "123456", "Minsk, United States"),
])
def test_an_old_report_s_us_state_letters_beside_a_postcode_of_no_zip_s_form(
        tmp_path: Path, city: str, state: str, postcode: str, shown: str) -> None:
    """The old Order History Report's columns (T46 H4): a State of a US state's letters that are also a province's
    abroad, beside a postcode of no US ZIP's form that places the town abroad."""
    from test_amazon_town_state_zip import _report

    folder = tmp_path / "old"
    folder.mkdir()
    home = _home(_report(folder, city, state, postcode))
    assert view.headline(home) == f"You most likely live in {shown}."
    assert home["confidence"] == "high"
