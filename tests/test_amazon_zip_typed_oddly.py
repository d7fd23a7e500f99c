"""Postcodes and street lines typed oddly beside letters that are two places' (AMZ51). Addresses are invented.

* Old report: "Tel Aviv", "IL", "61000" (Tel Aviv's old postcode, in Illinois' ZIP range but USPS's ZIP of no town)
  read "Tel Aviv, United States", high; "Paris", "FR", "75OO1" (letters O for zeros) the same.
* One cell: "… 1 Main St Singapore MI 49453" (Michigan's letters and ZIP) on Amazon.com.mx read Mexico; postcodes in
  groups — "… Guadalajara JA 44 100", "… Hauptstr 5 80 331 Muenchen" on Amazon.com — no place; "Sam Roe 1 Small Town
  VA" (no street type, a town GeoNames lacks) Vatican City, high.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_amazon_region_in_full import _retail
from test_amazon_town_state_zip import _home, _report

from dataexam.report import view
from dataexam_parsers.amazon_address import shipping_place, written_postcode


def _seen(home: dict) -> tuple[str, str]:
    return view.headline(home), home["confidence"]


@pytest.mark.parametrize(("city", "region", "postcode", "headline"), [
    ("Tel Aviv", "IL", "61000", "You most likely live in Tel Aviv, Israel."),  # was Tel Aviv, United States (high)
    ("Toronto", "CA", "99999", "You most likely live in Toronto, Canada."),
    ("Chisinau", "MD", "20000", "You most likely live in Chisinau, Moldova."),
    ("Mumbai", "IN", "400001", "You most likely live in Mumbai, India."),
    # a ZIP USPS gives to a town keeps the marketplace's reading
    ("Athens", "GA", "30601", "You most likely live in Athens, United States."),
    ("Salem", "IN", "47167", "You most likely live in Salem, United States."),
])
def test_a_zip_of_no_town_beside_a_large_town_s_letters(tmp_path: Path, city: str, region: str, postcode: str,
                                                        headline: str) -> None:
    assert _seen(_home(_report(tmp_path, city, region, postcode, street="1 Main St"))) == (headline, "high")


@pytest.mark.parametrize(("city", "region", "postcode", "headline"), [
    ("Paris", "FR", "75OO1", "You most likely live in Paris, France."),  # was Paris, United States (high)
    ("Paris", "FR", "75o01", "You most likely live in Paris, France."),
    ("Madrid", "ES", "28O13", "You most likely live in Madrid, Spain."),
])
def test_letters_o_typed_for_zeros(tmp_path: Path, city: str, region: str, postcode: str, headline: str) -> None:
    assert _seen(_home(_report(tmp_path, city, region, postcode, street="1 Main St"))) == (headline, "high")


@pytest.mark.parametrize(("typed", "read"), [
    ("75OO1", "75001"), ("1O115", "10115"), ("OO184", "00184"), ("M5V 2T6", "M5V 2T6"), ("SW1A 1AA", "SW1A 1AA"),
    ("O", "O"),
])
def test_written_postcode_reads_a_typed_o_as_zero(typed: str, read: str) -> None:
    assert written_postcode(typed) == read


@pytest.mark.parametrize("site", ["MX", "DE", "GB", "IN"])
@pytest.mark.parametrize(("address", "state"), [
    ("Jo Smith 1 Main St Singapore MI 49453", "MI"),  # was (None, "JAL", "MX") on Amazon.com.mx
    ("Jo Smith 1 Main St Boston MA 02108", "MA"),
    ("Jo Smith 1 Main St Houston TX 77002", "TX"),
])
def test_a_us_state_and_its_zip_on_another_marketplace(site: str, address: str, state: str) -> None:
    place = shipping_place(address, site_country=site)
    assert (place.region, place.country_code) == (state, "US")


@pytest.mark.parametrize(("address", "site", "place"), [
    # a Mexican CP written as thousands (was no place)
    ("Ana Ruiz Calle 5 Guadalajara JAL 44 100", "MX", ("Guadalajara", "JAL", "MX")),
    ("Ana Ruiz Calle 5 Guadalajara JA 44 100", "MX", (None, "JAL", "MX")),
    ("Ana Ruiz Calle 5 Monterrey NL 64 000", "MX", ("Monterrey", "NLE", "MX")),  # AMZ54: was no town; NLE: POST60
    # a German postcode so written before its town on Amazon.com (was no place)
    ("Lena Vogt Hauptstr 5 80 331 Muenchen", "US", ("Muenchen", None, "DE")),
    ("Lena Vogt Hauptstr 5 10 115 Berlin", "US", ("Berlin", None, "DE")),
    ("Lena Vogt Hauptstr 5 80 331 Muenchen", "DE", ("Muenchen", None, "DE")),
])
def test_a_five_digit_postcode_in_groups_in_one_cell(address: str, site: str, place: tuple) -> None:
    found = shipping_place(address, site_country=site)
    assert (found.city, found.region, found.country_code) == place


@pytest.mark.parametrize(("address", "headline"), [
    ("Sam Roe 1 Small Town VA", "You most likely live in the United States."),  # was Vatican City (high)
    ("Sam Roe 12 Hollow Creek VA", "You most likely live in the United States."),
    ("Sam Roe 1 Small Town MO", "You most likely live in the United States."),  # was Macau
    # a street of the city-state's form keeps it
    ("Jo Roe 1 Av Almeida Ribeiro MO", "You most likely live in Macau."),
    ("Jo Roe Via della Conciliazione 1 VA", "You most likely live in Vatican City."),
])
def test_a_house_number_and_no_street_type_before_va_or_mo(tmp_path: Path, address: str, headline: str) -> None:
    assert _seen(_home(_retail(tmp_path, address))) == (headline, "high")
