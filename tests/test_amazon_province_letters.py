"""Provinces abroad whose letters or names are also a US state's, "not available", or another country's (AMZ44).
Names and streets are invented; the towns, provinces and postcodes are real ones (GeoNames' towns, Google's address
data).

Before: the Old Order History Report's State "NA" (Napoli's province, as Amazon.it's form asks it) was read as "not
available" — "Via Toledo 1, Napoli" in Street 1 with "NA" and "80134" gave no shipping town, "Napoli", "NA" alone was
Napoli by the town's size (medium); the one-cell "Via Toledo 1, Napoli NA 80134" was Colorado's (80134 is also Parker,
CO's ZIP). "Rho", "MI" and "Monza", "MB" (towns with no province of their own in the shipped GeoNames data) were
"Rho, United States" (high); "Milan", "MI", "20121" Milan, Michigan. "Córdoba", "Córdoba" and "León", "León" (Spain's
and Argentina's, Spain's and Nicaragua's provinces) were "Córdoba, United States" (high) whatever the postcode.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from test_amazon_town_state_zip import HEADER, _home

from dataexam.report import view
from dataexam_parsers.amazon_address import Place, shipping_place, written_region_reading


def _report(folder: Path, street: str, city: str, state: str, zip_code: str) -> Path:
    """An old Order History Report (Amazon.com's items report) of 12 orders to one address, written by the csv module
    (a street with a comma is quoted, as Amazon writes it)."""
    with (folder / "01-Jan-2022_to_31-Dec-2022.csv").open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(HEADER)
        for i in range(12):
            writer.writerow([f"{i + 1}/{i + 2}/2022", f"113-000000{i:02d}-0000001", "Socks", "APPAREL",
                             f"B00SOCK{i:02d}", "Amazon.com", "$5.00 ", "1", "Jane Example", street, city, state,
                             zip_code, "Shipped", "$5.00 ", "Jane Example", "USD"])
    return folder


def _seen(folder: Path) -> tuple[str, str, str | None, str | None]:
    """The headline, the confidence, and the country and town of the home a user sees."""
    home = _home(folder)
    value = home["value"] or {}
    return view.headline(home), home["confidence"], value.get("country"), value.get("city")


# -- 1. "NA" and the other Italian provinces whose letters are a US state's or "not available"; 4. provinces of one
# name in several countries, told by the postcode's form and the province's range ----------------------------------
@pytest.mark.parametrize(("street", "city", "state", "zip_code", "shown", "country"), [
    # the whole address in Street 1, City empty: no shipping town before
    ("Via Toledo 1, Napoli", "", "NA", "80134", "Napoli, Italy", "IT"),
    ("Via Toledo 1, Napoli", "", "NA", "", "Napoli, Italy", "IT"),
    ("Via Roma 1, Pozzuoli", "", "NA", "80078", "Pozzuoli, Italy", "IT"),
    # the town in its column: Napoli by the town's size alone before (medium), Pozzuoli with no postcode no country
    ("Via Toledo 1", "Napoli", "NA", "", "Napoli, Italy", "IT"),
    ("Via Roma 1", "Pozzuoli", "NA", "", "Pozzuoli, Italy", "IT"),
    ("Via Roma 1", "Pozzuoli", "NA", "80078", "Pozzuoli, Italy", "IT"),
    ("Via Roma 1", "Pozzuoli", "na", "80078", "Pozzuoli, Italy", "IT"),
    # Spain's five digits in the province's range; Argentina's CPA, or its four digits of before it
    ("Calle Mayor 1", "Córdoba", "Córdoba", "14001", "Córdoba, Spain", "ES"),
    ("Calle Mayor 1", "Córdoba", "Córdoba", "X5000", "Córdoba, Argentina", "AR"),
    ("Calle Mayor 1", "Córdoba", "Córdoba", "X5000ABC", "Córdoba, Argentina", "AR"),
    ("Calle Mayor 1", "Córdoba", "Córdoba", "5000", "Córdoba, Argentina", "AR"),
    # León: Spain's "24" range, Nicaragua's department León's "21"; Guanajuato's León, Mexico
    ("Calle Mayor 1", "León", "León", "24001", "León, Spain", "ES"),
    ("Calle Mayor 1", "León", "León", "21000", "León, Nicaragua", "NI"),
    ("Calle Mayor 1", "León", "Guanajuato", "37000", "León, Mexico", "MX"),
    ("Calle Mayor 1", "León", "Guanajuato", "", "León, Mexico", "MX"),
    ("Calle Mayor 1", "Córdoba", "Veracruz", "94500", "Córdoba, Mexico", "MX"),
])
def test_the_province_and_postcode_written_give_the_country(tmp_path: Path, street: str, city: str, state: str,
                                                            zip_code: str, shown: str, country: str) -> None:
    headline, confidence, seen_country, _town = _seen(_report(tmp_path, street, city, state, zip_code))
    assert (headline, confidence, seen_country) == (f"You most likely live in {shown}.", "high", country)


@pytest.mark.parametrize(("street", "city", "state", "zip_code", "shown"), [
    # "NA" beside a US town and its ZIP is "not available", as before
    ("1 Main St", "Springfield", "NA", "62701", "Springfield, United States"),
    ("1 Main St Springfield", "", "NA", "62701", "Springfield, United States"),
])
def test_na_beside_a_us_town_stays_not_available(tmp_path: Path, street: str, city: str, state: str,
                                                 zip_code: str, shown: str) -> None:
    headline, confidence, country, _town = _seen(_report(tmp_path, street, city, state, zip_code))
    assert (headline, confidence, country) == (f"You most likely live in {shown}.", "high", "US")


@pytest.mark.parametrize(("address", "place"), [
    # the US order "<town> <ST> <ZIP>" with an Italian province and its CAP: Colorado's, California's, no town before
    ("Via Toledo 1, Napoli NA 80134", Place("Napoli", "NA", None, "IT", "state")),
    ("Via Roma 1, Pozzuoli NA 80078", Place("Pozzuoli", "NA", None, "IT", "state")),
    ("Via Roma 1, Cagliari CA 09124", Place("Cagliari", "CA", None, "IT", "state")),
    ("Via Roma 1, Alessandria AL 15121", Place("Alessandria", "AL", None, "IT", "state")),
    ("Via Roma 1, Cantù CO 22063", Place("Cantù", "CO", None, "IT", "state")),
    ("Via Roma 1, Bagheria PA 90011", Place("Bagheria", "PA", None, "IT", "state")),
    ("Via Roma 1, Moncalieri TO 10024", Place("Moncalieri", "TO", None, "IT", "state")),
    ("Via Roma 1, Rapallo GE 16035", Place("Rapallo", "GE", None, "IT", "state")),
    ("Via Roma 1, Busto Arsizio VA 21052", Place("Busto Arsizio", "VA", None, "IT", "state")),
    ("Via Roma 1, Messina ME 98122", Place("Messina", "ME", None, "IT", "state")),
    ("Via Roma 1, Rho MI 20017", Place("Rho", "MI", None, "IT", "state")),
    # a town of the state written, but the ZIP is another state's and Milano's CAP (Milan, Michigan's are 48xxx)
    ("Via Dante 1, Milan MI 20121", Place("Milan", "MI", None, "IT", "state")),
    # 3. a US town named as a country beside its ZIP without its zero (USPS): before, the Netherlands, Poland, Norway …
    # with no town (the town's name read as the country's)
    ("12 Oak St, 1521 Holland", Place("Holland", "MA", None, "US", "postcode")),
    ("12 Oak St, 01521 Holland", Place("Holland", "MA", None, "US", "postcode")),
    ("12 Oak St, 4274 Poland", Place("Poland", "ME", None, "US", "postcode")),
    ("12 Oak St, 4268 Norway", Place("Norway", "ME", None, "US", "postcode")),
    ("12 Oak St, Norway 4268", Place("Norway", "ME", None, "US", "postcode")),
    ("12 Oak St, 4027 Lebanon", Place("Lebanon", "ME", None, "US", "postcode")),
    ("12 Oak St, 1235 Peru", Place("Peru", "MA", None, "US", "postcode")),
    ("12 Oak St, 4257 Mexico", Place("Mexico", "ME", None, "US", "postcode")),
    ("12 Oak St, 5343 Jamaica", Place("Jamaica", "VT", None, "US", "postcode")),
    ("12 Oak St, 1081 Wales", Place("Wales", "MA", None, "US", "postcode")),
])
def test_a_one_cell_address_gives_the_town_its_state_and_postcode_place(address: str, place: Place) -> None:
    assert shipping_place(address, site_country="US") == place


@pytest.mark.parametrize(("address", "place"), [
    # US towns with their state and ZIP: as before
    ("Sam Roe 1 Main St Milan MI 48160", Place("Milan", "MI", None, "US")),
    ("Sam Roe 1 Main St Venice CA 90291", Place("Venice", "CA", None, "US")),
    ("Sam Roe 1 Main St Columbia PA 17512", Place("Columbia", "PA", None, "US")),
    ("Sam Roe 1 Main St Parker CO 80134", Place("Parker", "CO", None, "US")),
])
def test_a_one_cell_us_town_state_and_zip_stay(address: str, place: Place) -> None:
    assert shipping_place(address, site_country="US") == place


@pytest.mark.parametrize(("city", "state", "zip_code", "reading"), [
    # the province's capital and its CAP (as before), and a town of the province with its CAP
    ("Alessandria", "AL", "15121", ("AL", "IT", "state")), ("Como", "CO", "22100", ("CO", "IT", "state")),
    ("Palermo", "PA", "90133", ("PA", "IT", "state")), ("Cagliari", "CA", "09124", ("CA", "IT", "state")),
    ("Varese", "VA", "21100", ("VA", "IT", "state")), ("Messina", "ME", "98122", ("ME", "IT", "state")),
    ("Genova", "GE", "16121", ("GE", "IT", "state")), ("Torino", "TO", "10121", ("TO", "IT", "state")),
    ("Casale Monferrato", "AL", "15033", ("AL", "IT", "state")), ("Cantù", "CO", "22063", ("CO", "IT", "state")),
    ("Bagheria", "PA", "90011", ("PA", "IT", "state")), ("Busto Arsizio", "VA", "21052", ("VA", "IT", "state")),
    # the CAP in Milano's range, though Michigan has a Milan: its ZIPs are 48xxx-49xxx (20121 is Virginia's)
    ("Milan", "MI", "20121", ("MI", "IT", "state")),
])
def test_a_province_s_letters_and_its_cap_give_italy(city: str, state: str, zip_code: str, reading: tuple) -> None:
    assert written_region_reading(city, state, "US", zip_code) == reading


@pytest.mark.parametrize(("city", "state", "zip_code"), [
    # the state's own town and a ZIP of that state: as before
    ("Milan", "MI", "48160"), ("Venice", "CA", "90291"), ("Columbia", "PA", "17512"), ("Detroit", "MI", "48201"),
    # no postcode: the state's own town (Michigan's Milan), as before
    ("Milan", "MI", ""),
    # a CAP of another province than the letters written: nothing tells of Italy
    ("Rho", "MI", "80134"),
])
def test_a_us_state_s_town_and_zip_stay(city: str, state: str, zip_code: str) -> None:
    assert written_region_reading(city, state, "US", zip_code) is None


# -- 2. towns with no province of their own in the shipped GeoNames data ------------------------------------------
@pytest.mark.parametrize(("city", "state", "zip_code", "shown"), [
    ("Rho", "MI", "", "Rho, MI, Italy"), ("Rho", "MI", "20017", "Rho, MI, Italy"),
    ("Monza", "MB", "", "Monza, MB, Italy"), ("Monza", "MB", "20900", "Monza, MB, Italy"),
    # Monza in Milano's province, as before 2004, with its CAP in Milano's range
    ("Monza", "MI", "", "Monza, MI, Italy"), ("Monza", "MI", "20900", "Monza, MI, Italy"),
    ("Sesto San Giovanni", "MI", "20099", "Sesto San Giovanni, MI, Italy"),
])
def test_a_town_without_a_geonames_province_is_read_abroad(tmp_path: Path, city: str, state: str, zip_code: str,
                                                           shown: str) -> None:
    home = _home(_report(tmp_path, "Via Roma 1", city, state, zip_code))
    assert home["summary"].startswith(f"You most likely live in {shown}:")
    assert home["confidence"] == "high"
    assert home["value"]["country"] == "IT" and home["value"]["lat"] is not None


# -- 4. a province of several countries with no postcode ------------------------------------------------------
@pytest.mark.parametrize(("city", "state"), [("Córdoba", "Córdoba"), ("León", "León"), ("Leon", "Leon")])
def test_a_province_of_several_countries_without_a_postcode_names_no_country(tmp_path: Path, city: str,
                                                                             state: str) -> None:
    home = _home(_report(tmp_path, "Calle Mayor 1", city, state, ""))
    assert view.headline(home) == f"You most likely live in {city}."
    assert home["confidence"] == "low"
    assert home["value"]["country"] is None
    assert home["confidence_basis"].endswith(
        f"no country is read for {city}: the state or province written with it is one of more than one country with "
        "a town so called, and no postcode written tells which (low)")
    assert written_region_reading(city, state, "US") == (None, None, "state")


# -- 3. a ZIP that lost its zero beside a US town named as a country (one-cell: above) --------------------------
@pytest.mark.parametrize(("address", "site", "place"), [
    # the country after its town and postcode: as before
    ("Damrak 1, 1012 Amsterdam, Holland", "US", Place("Amsterdam", None, "Holland", "NL")),
    ("Karl Johans gate 1, 0150 Oslo Norway", "US", Place("Oslo", None, "Norway", "NO")),
    # digits USPS gives to no town so called (01160 is no ZIP) and another marketplace: the country as written
    ("Strøget 1, 1160 Denmark", "US", Place(None, None, "Denmark", "DK")),
    ("12 Oak St, 1521 Holland", "DE", Place(None, None, "Holland", "NL")),
])
def test_a_country_after_a_postcode_of_no_us_town_so_called_stays(address: str, site: str, place: Place) -> None:
    assert shipping_place(address, site_country=site) == place


@pytest.mark.parametrize(("street", "shown"), [
    ("12 Oak St, 1521 Holland", "Holland, MA, United States"), ("12 Oak St, 4274 Poland", "Poland, ME, United States"),
])
def test_a_street_column_ending_in_a_us_town_named_as_a_country_gives_the_us_home(tmp_path: Path, street: str,
                                                                                  shown: str) -> None:
    home = _home(_report(tmp_path, street, "", "", ""))
    assert home["summary"].startswith(f"You most likely live in {shown}:")
    assert home["value"]["country"] == "US"


# -- 5. a postcode of more than one country with a town so called ---------------------------------------------------
@pytest.mark.parametrize(("street", "city", "zip_code"), [
    # Richmond, Tasmania (1,500 people) or Richmond, Tasman, New Zealand (20,000; 7020 and 7025): no NZ postcode
    # ranges offline (AMZ43 → AMZ44: "Richmond, TAS, Australia", high)
    ("12 Oak St", "Richmond", "7025"), ("12 Oak St Richmond 7025", "", ""), ("12 Oak St, 7025 Richmond", "", ""),
])
def test_a_postcode_of_two_countries_richmonds_says_so(tmp_path: Path, street: str, city: str, zip_code: str) -> None:
    home = _home(_report(tmp_path, street, city, "", zip_code))
    assert view.headline(home) == "You most likely live in Richmond."
    assert home["confidence"] == "low"
    assert home["value"]["country"] is None
    assert home["confidence_basis"].endswith(
        "no country is read for Richmond: the postcode written with it has the form of more than one country's with a "
        "town so called, and no postcode ranges at hand tell which (low)")


@pytest.mark.parametrize(("city", "zip_code", "shown"), [
    # a town of ≥ 5,000 people so called in the range's state: as before
    ("Richmond", "3121", "Richmond, VIC, Australia"), ("Kingston", "7050", "Kingston, TAS, Australia"),
])
def test_a_town_of_the_range_s_state_still_tells(tmp_path: Path, city: str, zip_code: str, shown: str) -> None:
    home = _home(_report(tmp_path, "12 Oak St", city, "", zip_code))
    assert home["summary"].startswith(f"You most likely live in {shown}:")
    assert home["confidence"] == "high"
