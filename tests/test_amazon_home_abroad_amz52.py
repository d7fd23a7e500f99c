"""The home country of Amazon orders whose address a US reading took (AMZ52). Addresses are invented.

* Old report, a large town abroad beside its ISO letters (a US state's too) and its own postcode: "Frankfurt a.M.",
  "DE", "60311"; "Medellin", "CO", "05001" (a Vermont ZIP, not Colorado's); "Jakarta Barat", "ID", "11410"; "Capital
  Federal", "AR", "C1425"; "Panama", "PA", "0801" read "…, United States" (high): the country, high.
* One cell on Amazon.co.uk / .de / .in, no ZIP: "… 1 Main St Salem IL" read Israel, "… Carthage TN" Tunisia,
  "… Cologne MN" Italy (Mantova's MN), high: the US town, at most medium.
* One cell on Amazon.com: "… 1 Main St Toronto CA" read the United States with no town (high): Toronto, Canada.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_amazon_letters_two_readings import _retail_on
from test_amazon_town_state_zip import _home, _report

from dataexam.report import view
from dataexam_parsers.amazon import _no_us_zip
from dataexam_parsers.amazon_address import Place, shipping_place


@pytest.mark.parametrize(("city", "region", "postcode", "headline"), [
    ("Frankfurt a.M.", "DE", "60311", "You most likely live in Frankfurt a.M., Germany."),
    ("Medellin", "CO", "05001", "You most likely live in Medellin, Colombia."),
    ("Jakarta Barat", "ID", "11410", "You most likely live in Jakarta Barat, Indonesia."),
    ("Capital Federal", "AR", "C1425", "You most likely live in Capital Federal, Argentina."),
    ("Panama", "PA", "0801", "You most likely live in Panama, Panama."),
])
def test_a_large_town_abroad_with_its_own_postcode_is_its_country(tmp_path: Path, city: str, region: str,
                                                                  postcode: str, headline: str) -> None:
    home = _home(_report(tmp_path, city, region, postcode, street="1 Main St"))
    assert (view.headline(home), home["confidence"]) == (headline, "high")


@pytest.mark.parametrize(("postcode", "city", "region", "none"), [
    # a ZIP of another state's (Vermont's, New York's, the Virgin Islands' once its zero is restored) or none
    ("05001", "Medellin", "CO", True), ("10001", "Frankfurt a.M.", "DE", True), ("0801", "Panama", "PA", True),
    ("11410", "Jakarta Barat", "ID", True), ("", "Toronto", "CA", True),
    # the state's own ZIP confirms it; postcodes of other forms are left to the readings by postcode
    ("90210", "Toronto", "CA", False), ("M5V 2T6", "Toronto", "CA", False), ("C1425", "Capital Federal", "AR", False),
    # no town of the letters' country so called: USPS's table is not read
    ("62881", "Salem", "IL", False), ("30601", "Athens", "GA", False),
])
def test_no_us_zip(postcode: str, city: str, region: str, none: bool) -> None:
    assert _no_us_zip(postcode, city, region) is none


@pytest.mark.parametrize(("city", "region", "postcode", "headline"), [
    ("Salem", "IL", "62881", "You most likely live in Salem, United States."),
    ("Athens", "GA", "30601", "You most likely live in Athens, United States."),
    ("Berlin", "NH", "03570", "You most likely live in Berlin, United States."),
    ("Moscow", "ID", "83843", "You most likely live in Moscow, United States."),
    ("Bogota", "NJ", "07603", "You most likely live in Bogota, United States."),
])
def test_us_towns_named_after_towns_abroad_stay_american(tmp_path: Path, city: str, region: str, postcode: str,
                                                         headline: str) -> None:
    home = _home(_report(tmp_path, city, region, postcode, street="1 Main St"))
    assert (view.headline(home), home["confidence"]) == (headline, "high")


@pytest.mark.parametrize("site", ["GB", "DE", "IN"])
@pytest.mark.parametrize(("address", "place"), [
    ("Sam Roe 1 Main St Salem IL", Place("Salem", "IL", None, "US", "letters")),
    ("Sam Roe 1 Main St Carthage TN", Place("Carthage", "TN", None, "US", "letters")),
    ("Sam Roe 1 Main St Cologne MN", Place("Cologne", "MN", None, "US", "letters")),
    ("Sam Roe 1 Main St Salem IN", Place("Salem", "IN", None, "US", "letters")),
])
def test_a_us_town_and_state_on_another_marketplace_is_american(site: str, address: str, place: Place) -> None:
    assert shipping_place(address, site_country=site) == place


@pytest.mark.parametrize(("address", "site", "place"), [
    # the marketplace's own province so lettered stays its own (Milan, Michigan is a place too); a town of the letters'
    # country none of the state has
    ("Via Roma 1 Milan MI", "IT", Place("Milan", "MI", None, "IT", None)),
    ("Ana Ruiz 1 Main St Mumbai IN", "GB", Place("Mumbai", None, "IN", "IN", None)),
])
def test_the_marketplace_s_own_and_towns_abroad_stay(address: str, site: str, place: Place) -> None:
    assert shipping_place(address, site_country=site) == place


def test_salem_il_on_amazon_co_uk_is_the_us_at_medium(tmp_path: Path) -> None:
    # was "You most likely live in Salem, Israel." (high)
    home = _home(_retail_on(tmp_path, "Sam Roe 1 Main St Salem IL", "Amazon.co.uk", "GBP"))
    assert (view.headline(home), home["confidence"]) == ("You most likely live in Salem, United States.", "medium")


@pytest.mark.parametrize(("address", "place"), [
    ("Sam Roe 1 Main St Toronto CA", Place("Toronto", None, None, "CA", "country")),
    ("1 King St W Toronto CA", Place("Toronto", None, None, "CA", "country")),
    ("Sam Roe 1 Main St Montreal CA", Place("Montreal", None, None, "CA", "country")),
    # California's own towns, and Ontario, California
    ("Sam Roe 1 Main St Los Angeles CA", Place("Los Angeles", "CA", None, "US")),
    ("Sam Roe 1 Main St Ontario CA", Place("Ontario", "CA", None, "US")),
])
def test_a_canadian_town_before_ca_on_amazon_com(address: str, place: Place) -> None:
    assert shipping_place(address, site_country="US") == place


def test_toronto_ca_on_amazon_com_is_toronto_canada(tmp_path: Path) -> None:
    # was "You most likely live in United States." (high), no town
    home = _home(_retail_on(tmp_path, "Sam Roe 1 Main St Toronto CA", "Amazon.com", "USD"))
    assert (view.headline(home), home["confidence"]) == ("You most likely live in Toronto, Canada.", "high")


# T50 (fresh tester on AMZ52): the headline said "Toronto, Canada" while the value row said "Orders ship to  Toronto,
# CA" (read as California): the row names the country as the headline does; the JSON keeps ISO's letters
@pytest.mark.parametrize(("city", "region", "postcode", "row"), [
    ("Frankfurt a.M.", "DE", "60311", "Frankfurt a.M., Germany (12 orders)"),
    ("Capital Federal", "AR", "C1425", "Capital Federal, Argentina (12 orders)"),
    ("Salem", "IL", "62881", "Salem, IL, United States (12 orders)"),
])
def test_orders_ship_to_names_the_country(tmp_path: Path, city: str, region: str, postcode: str, row: str) -> None:
    home = _home(_report(tmp_path, city, region, postcode, street="1 Main St"))
    assert dict(view.facts(home))["Orders ship to"] == row
    assert home["value"]["shipping"]["country"] == home["value"]["country"]


def test_one_cell_toronto_ca_ships_to_canada_by_name(tmp_path: Path) -> None:
    home = _home(_retail_on(tmp_path, "Sam Roe 1 Main St Toronto CA", "Amazon.com", "USD"))
    assert (view.headline(home), dict(view.facts(home))["Orders ship to"]) == (
        "You most likely live in Toronto, Canada.", "Toronto, Canada (12 orders)")
