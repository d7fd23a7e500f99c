"""How an Amazon.com shipping address's country is read where the address writes none (AMZ40). Names, streets and
postcodes are invented; the towns and ZIP codes are real ones (USPS's ZIP codes, GeoNames' towns).

Before:

* a town with no State and no postcode ("Berlin", "Sydney") was "You most likely live in Berlin, Germany" at high
  confidence: the country came from the town's size alone, and the home finding rated it by the order share;
* a five-digit ZIP code of that very US town with the State empty read abroad ("Berlin", "06037": Berlin, CT →
  Germany, high; "Munich", "58352": Munich, ND → Germany), as did the one-cell "… 30601 Athens" (Greece) and
  "… 39828 Cairo" (Egypt): Athens, GA and Cairo, GA;
* "Manchester", "M1 1AE" and "Vancouver", "V6B 1A1" gave no country (towns of similar size in the US);
* a whole address typed into Street 1 with the City column empty gave no town.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_amazon_records import LEGACY_HEADER, _csv, _item
from test_amazon_town_state_zip import _home, _report
from typer.testing import CliRunner

from dataexam import cli
from dataexam.report import view
from dataexam_parsers.amazon_address import Place, shipping_place, written_town_reading
from helpers import zip_tree


@pytest.mark.parametrize(("city", "postcode", "reading"), [
    # no state, no postcode: the country of the largest town so called, said to be a guess
    ("Berlin", None, (None, "DE", "town size")), ("Sydney", None, (None, "AU", "town size")),
    ("Toledo", None, (None, None, None)), ("Springfield", None, (None, "US", "town")),
    # a ZIP code of that very town, and postcodes abroad
    ("Berlin", "06037", ("CT", "US", "postcode")), ("München", "80331", (None, "DE", "postcode")),
    ("Manchester", "M1 1AE", (None, "GB", "postcode")),
    # five digits that are no ZIP code of the town (30121: Cartersville, GA's) beside a town of similar size abroad
    # whose postcode form they have (Venice's CAP; before: no country)
    ("Venice", "30121", (None, "IT", "postcode")), ("Venice", "34285", ("FL", "US", "postcode")),
])
def test_the_parser_says_how_the_country_was_read(city: str, postcode: str | None, reading: tuple) -> None:
    assert written_town_reading(city, "US", postcode) == reading


@pytest.mark.parametrize(("city", "shown"), [("Berlin", "Berlin, Germany"), ("Sydney", "Sydney, Australia")])
def test_a_country_read_from_the_town_s_size_alone_is_at_most_medium(tmp_path: Path, city: str, shown: str) -> None:
    """Before: high (12 orders, all to one town), though nothing but the town's size named the country."""
    home = _home(_report(tmp_path, city, "", ""))
    assert view.headline(home) == f"You most likely live in {shown}."
    assert home["confidence"] == "medium"
    assert "read from the town's name alone" in home["confidence_basis"]


def test_a_state_keeps_the_confidence(tmp_path: Path) -> None:
    home = _home(_report(tmp_path, "Springfield", "IL", "62701"))
    assert (home["value"]["city"], home["value"]["region"], home["confidence"]) == ("Springfield", "IL", "high")
    assert "name alone" not in home["confidence_basis"]


@pytest.mark.parametrize(("city", "postcode", "shown"), [
    ("Manchester", "M1 1AE", "Manchester, United Kingdom"), ("Vancouver", "V6B 1A1", "Vancouver, BC, Canada"),
    ("Leeds", "LS1 4AP", "Leeds, United Kingdom"), ("Toronto", "M5V 2T6", "Toronto, ON, Canada"),
])
def test_a_uk_or_canadian_postcode_names_the_country(tmp_path: Path, city: str, postcode: str, shown: str) -> None:
    """Before: "Manchester" and "Vancouver" with their postcodes had no country (Manchester, NH and Vancouver, WA are
    not five times smaller than their namesakes), while Leeds and Toronto did."""
    home = _home(_report(tmp_path, city, "", postcode))
    assert home["summary"].startswith(f"You most likely live in {shown}:")
    assert home["confidence"] == "high"


@pytest.mark.parametrize(("address", "place"), [
    ("Jane Roe 1 Main St 30601 Athens", Place("Athens", "GA", None, "US")),
    ("Jane Roe 1 Main St 39828 Cairo", Place("Cairo", "GA", None, "US")),
    ("Sam Roe 1 Main St 06037 Berlin", Place("Berlin", "CT", None, "US")),
    ("Sam Roe 1 Main St 58352 Munich", Place("Munich", "ND", None, "US")),
    # postcodes that are no ZIP code of the town stay abroad
    ("Lena Vogt Hauptstr. 5 10115 Berlin", Place("Berlin", None, None, "DE")),
    ("Lena Vogt Schloßstr. 5 12169 Berlin", Place("Berlin", None, None, "DE")),  # T40B H1: Stephentown, NY's ZIP
    ("Nikos Papas Odos Ermou 5 10563 Athens", Place("Athens", None, None, "GR")),
    # T41 M5: four-digit postcodes before their towns (Belgium, Norway, Denmark, Australia) gave no shipping town at
    # all, and a town abroad GeoNames knows by an alternate name only ("Venezia": Venice) none either
    ("Rue Neuve 1, 1000 Brussels", Place("Brussels", None, None, "BE")),
    ("Karl Johans gate 1, 0150 Oslo", Place("Oslo", None, None, "NO")),
    ("Vesterbrogade 1, 1620 Copenhagen", Place("Copenhagen", None, None, "DK")),
    ("1 George St, 2000 Sydney", Place("Sydney", "NSW", None, "AU")),
    ("San Marco 1, 30124 Venezia", Place("Venezia", "VE", None, "IT")),
    # four digits that are the town's ZIP without its zero (Nelson, NH's 03457), as in a column of their own; four
    # digits before words that are no town stay unread
    ("12 Oak St, 3457 Nelson", Place("Nelson", "NH", None, "US")),
    ("12 Oak St 1234 Main", Place(None, None, None, None)),
    ("Sam Roe 12 Oak St Apt 1234 Springfield", Place(None, None, None, None)),
])
def test_a_zip_code_before_its_own_town_is_that_us_town(address: str, place: Place) -> None:
    assert shipping_place(address, site_country="US") == place


@pytest.mark.parametrize(("address", "shown"), [
    ("Zyrtha Quill 1 Larkmoor St 30601 Athens", "Athens, GA, United States"),
    ("Zyrtha Quill 1 Larkmoor St 39828 Cairo", "Cairo, GA, United States"),
    ("Zyrtha Quill Rue Neuve 1, 1000 Brussels", "Brussels, Belgium"),  # T41 M5: no shipping town before
    ("Zyrtha Quill Karl Johans gate 1, 0150 Oslo", "Oslo, Norway"),
    ("Zyrtha Quill San Marco 1, 30124 Venezia", "Venezia, VE, Italy"),
])
def test_a_one_cell_zip_code_before_its_town_is_the_home(tmp_path: Path, address: str, shown: str) -> None:
    """Retail.OrderHistory's one-cell address: before, "Athens, Greece" and "Cairo, Egypt" (high)."""
    rows = [_item(f"111-0000000-{i:07d}", f"2022-{i % 12 + 1:02d}-05T14:00:00Z", f"B0ITEM{i:04d}", "10.00")
            | {"Shipping Address": address} for i in range(12)]
    tree = tmp_path / "amazon"
    path = tree / "Retail.OrderHistory.1" / "Retail.OrderHistory.1.csv"
    path.parent.mkdir(parents=True)
    path.write_bytes(_csv(LEGACY_HEADER, rows))
    result = CliRunner().invoke(cli.app, ["report", str(zip_tree(tree, tmp_path / "amazon.zip")), "-f", "json", "-q"])
    assert result.exit_code == 0, result.output
    home = next(f for f in json.loads(result.stdout)["findings"] if f["id"] == "home")
    assert home["summary"].startswith(f"You most likely live in {shown}:")
    assert "Larkmoor" not in result.stdout and "Zyrtha" not in result.stdout


@pytest.mark.parametrize(("address", "place"), [
    ("Jane Roe 1 High St Manchester M1 1AE", Place("Manchester", None, None, "GB")),
    ("Jane Roe 14 Mill Lane LEEDS LS1 4AP", Place("Leeds", None, None, "GB")),
    ("Jane Roe 5 Main St Vancouver V6B 1A1", Place("Vancouver", "BC", None, "CA")),
    # the marketplace's own form is read as before
    ("Sam Roe 1 Main St Berlin CT 06037", Place("Berlin", "CT", None, "US")),
])
def test_a_one_cell_uk_or_canadian_postcode_names_the_country(address: str, place: Place) -> None:
    """No country written on Amazon.com: before, no place at all."""
    assert shipping_place(address, site_country="US") == place


@pytest.mark.parametrize(("city", "postcode", "place"), [
    ("Venice", "30121", Place("Venice", "VE", None, "IT")),   # Cartersville, GA's ZIP; Venice's CAP
    ("Athens", "30601", Place("Athens", "GA", None, "US")),   # Athens, GA's own ZIP
    ("Toledo", "45001", Place("Toledo", "TO", None, "ES")),
])
def test_a_one_cell_town_after_its_postcode_is_read_as_the_city_column_reads_it(city: str, postcode: str,
                                                                              place: Place) -> None:
    """AMZ41: "… 30121 Venice" on Amazon.com was "GA, United States" (no town) while "Venice", "30121" in the City and
    ZIP columns is Venice, Italy: both now ask the same readings in one order (``_TOWN_READINGS``)."""
    assert shipping_place(f"Jane Roe Calle Larga 12 {postcode} {city}", site_country="US") == place
    assert written_town_reading(city, "US", postcode)[1] == place.country_code


@pytest.mark.parametrize(("street", "state", "zip_code", "shown"), [
    ("1 Main St Springfield IL 62701", "", "", "Springfield, IL, United States"),
    ("1 Main St Springfield", "IL", "62701", "Springfield, IL, United States"),
    ("Hauptstr. 5 10115 Berlin Germany", "", "", "Berlin, Germany"),
    ("10 Fleet St London EC4Y 1AA", "", "", "London, United Kingdom"),
])
def test_a_whole_address_in_street_1_gives_the_town(tmp_path: Path, street: str, state: str, zip_code: str,
                                                    shown: str) -> None:
    """Before: the City column empty, no town ("You most likely live in Illinois, United States", or nothing)."""
    home = _home(_report(tmp_path, "", state, zip_code, street=street))
    assert home["summary"].startswith(f"You most likely live in {shown}:")


def test_a_street_alone_in_street_1_gives_no_town(tmp_path: Path) -> None:
    """A street with no town in it (City empty): the State column's region only, never a street word as the town."""
    home = _home(_report(tmp_path, "", "IL", "62701", street="12 Oak Lane"))
    assert (home["value"]["city"], home["value"]["region"], home["value"]["country"]) == (None, "IL", "US")
    assert "Oak" not in json.dumps(home)
