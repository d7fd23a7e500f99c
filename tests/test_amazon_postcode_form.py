"""A country is read from a postcode only where the postcode has that country's form (AMZ42; T41B). Names and streets
are invented; the towns and postcodes are real ones (GeoNames' towns, Google's postcode forms, USPS's ZIP codes).

Before:

* "Kingston", "7050" (Kingston, Tasmania) and "2604" (Kingston, ACT) were "You most likely live in Kingston,
  Jamaica", high, basis postcode: Jamaica has no postcodes, and a country without a postcode form fitted any code;
* "Hamilton", "3204", "Auburn", "2144", "Richmond", "3121" were low, no country, though one country with a town so
  called has postcodes of that form (New Zealand; Australia, by the code's state range);
* one-cell addresses ending in a town and four digits ("… Main St Berlin 6037", "12 Oak St, Vienna 4360") or with
  another country's postcode form before the town ("Rua Augusta 1, 1100-048 Lisboa", "Strøget 1, 1160 København K",
  "Damrak 1, 1012 LG Amsterdam") gave no place at all.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_amazon_town_state_zip import _home, _report

from dataexam_parsers.amazon_address import Place, one_cell_basis, shipping_place, written_town_reading


@pytest.mark.parametrize(("city", "postcode", "reading"), [
    ("Kingston", "7050", ("TAS", "AU", "postcode")),
    ("Kingston", "2604", ("ACT", "AU", "postcode")),
    ("Hamilton", "3204", (None, "NZ", "postcode")),   # NZ's Hamilton 19 times Australia's
    ("Auburn", "2144", ("NSW", "AU", "postcode")),    # 02144 is Somerville, MA's ZIP
    ("Richmond", "3121", ("VIC", "AU", "postcode")),  # South Africa's form fits too; Victoria's range holds Richmond
    # a ZIP that lost its zero, of that very town, beats a foreign form (USPS)
    ("Kingston", "2364", ("MA", "US", "postcode")), ("Hamilton", "1982", ("MA", "US", "postcode")),
    ("Vienna", "4360", ("ME", "US", "postcode")),
    # the town far bigger abroad, its own form: as before
    ("Bern", "3011", (None, "CH", "postcode")), ("Sydney", "2000", (None, "AU", "postcode")),
    # no country's form with a town so called fits: no country (Portugal's postcodes are NNNN-NNN, the Netherlands'
    # NNNN AA; Jamaica has none)
    ("Lisbon", "1100", (None, None, None)), ("Amsterdam", "1012", (None, None, None)),
    # four digits beside a town far bigger at home are no foreign postcode unless a range there holds a town so called
    ("Springfield", "1234", (None, "US", "town")), ("Springfield", "4300", ("QLD", "AU", "postcode")),
])
def test_a_country_is_read_only_from_its_own_postcode_form(city: str, postcode: str, reading: tuple) -> None:
    assert written_town_reading(city, "US", postcode) == reading


@pytest.mark.parametrize(("city", "postcode", "shown"), [
    ("Kingston", "7050", "Kingston, TAS, Australia"), ("Kingston", "2604", "Kingston, ACT, Australia"),
    ("Hamilton", "3204", "Hamilton, New Zealand"), ("Auburn", "2144", "Auburn, NSW, Australia"),
    ("Richmond", "3121", "Richmond, VIC, Australia"),
])
def test_the_home_is_the_town_whose_postcode_form_fits(tmp_path: Path, city: str, postcode: str, shown: str) -> None:
    home = _home(_report(tmp_path, city, "", postcode, street="12 Oak St"))
    assert home["summary"].startswith(f"You most likely live in {shown}:")
    assert home["confidence"] == "high"
    assert "Jamaica" not in json.dumps(home)


@pytest.mark.parametrize(("address", "place", "basis"), [
    # a ZIP without its zero after its town, no state, as the two-cell form reads it
    ("Sam Roe 1 Main St Berlin 6037", Place("Berlin", "CT", None, "US"), "marketplace"),
    ("Sam Roe, 1 Main St, Berlin, 6037", Place("Berlin", "CT", None, "US"), "marketplace"),
    ("Sam Roe 1 Main St 6037 Berlin", Place("Berlin", "CT", None, "US"), "marketplace"),
    ("12 Oak St, Vienna 4360", Place("Vienna", "ME", None, "US"), "marketplace"),
    ("12 Oak St Kingston 7050", Place("Kingston", "TAS", None, "AU"), "postcode"),
    ("12 Oak St, 7050 Kingston", Place("Kingston", "TAS", None, "AU"), "postcode"),
    # another country's postcode form before its town
    ("Rua Augusta 1, 1100-048 Lisboa", Place("Lisboa", None, None, "PT"), "postcode"),
    ("Strøget 1, 1160 København K", Place("København", None, None, "DK"), "postcode"),
    ("Damrak 1, 1012 LG Amsterdam", Place("Amsterdam", None, None, "NL"), "postcode"),
    # words that are no town after four digits stay unread
    ("Jane Roe 1234 Oslo Ave", Place(None, None, None, None), None),
    ("Sam Roe 12 Oak St Springfield 1234", Place(None, None, None, None), None),
])
def test_a_one_cell_address_with_no_state_gives_its_town(address: str, place: Place, basis: str | None) -> None:
    found = shipping_place(address, site_country="US")
    assert found == place
    assert one_cell_basis(found, "US") == basis


@pytest.mark.parametrize(("street", "shown"), [
    ("Sam Roe 1 Main St Berlin 6037", "Berlin, CT, United States"),
    ("12 Oak St, Vienna 4360", "Vienna, ME, United States"),
    ("Rua Augusta 1, 1100-048 Lisboa", "Lisboa, Portugal"),
    ("Strøget 1, 1160 København K", "København, Denmark"),
    ("Damrak 1, 1012 LG Amsterdam", "Amsterdam, Netherlands"),
])
def test_a_whole_address_in_street_1_with_no_state_gives_the_home(tmp_path: Path, street: str, shown: str) -> None:
    home = _home(_report(tmp_path, "", "", "", street=f'"{street}"'))  # quoted: a CSV cell with commas
    assert home["summary"].startswith(f"You most likely live in {shown}:")
    assert home["confidence"] == "high"


@pytest.mark.parametrize(("street", "city", "zip_code", "lat"), [
    ("San Marco 1, 30124 Venezia", "", "", 45.44), ("12 Oak St", "Venezia", "30124", 45.44),
    ("Via Roma 1, 46100 Mantova", "", "", 45.16),
    # local names GeoNames already held for towns of 100,000 people or more: as before
    ("Stephansplatz 1, 1010 Wien", "", "", 48.21), ("Rua Augusta 1, 1100-048 Lisboa", "", "", 38.73),
    ("Strøget 1, 1160 København K", "", "", 55.68), ("Marienplatz 1, 80331 München", "", "", 48.14),
    ("Václavské náměstí 1, 110 00 Praha", "", "", 50.09),
])
def test_a_big_town_s_local_name_is_a_known_town(tmp_path: Path, street: str, city: str, zip_code: str,
                                                 lat: float) -> None:
    """Before: "Venezia" (Venice: 51,000 people in GeoNames, whose alternate names counted from 100,000 only) was shown
    as written with no coordinates; an Italian or Spanish province's own name is its capital's local name."""
    home = _home(_report(tmp_path, city, "", zip_code, street=f'"{street}"'))
    assert home["confidence"] == "high"
    assert round(home["value"]["lat"], 2) == lat
