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
    # no country's form with a town so called fits: no country (a Dutch postcode never begins with 0; Jamaica has
    # no postcodes). AMZ43: "Lisbon", "1100" and "Amsterdam", "1012" read PT and NL now, the forms real orders write
    # (below)
    ("Amsterdam", "0101", (None, None, None)), ("Lisbon", "0100", (None, None, None)),
    # four digits beside a town far bigger at home are no foreign postcode unless a range there holds a town so called
    ("Springfield", "1234", (None, "US", "town")), ("Springfield", "4300", ("QLD", "AU", "postcode")),
    # AMZ43: a place of ≥ 500 people in the state the code's range gives, a Dutch postcode without its letters, a
    # Portuguese one of before 1998. AMZ44: not where another country with a town of ≥ 5,000 so called has the form
    # and no ranges offline ("Richmond", "7025": New Zealand's Richmond, Tasman, has 7020 and 7025): no country, the
    # postcode the reason
    ("Richmond", "7025", (None, None, "postcode")),
    ("Richmond", "2753", ("NSW", "AU", "postcode")),   # Richmond, NSW: 5,400 people, as before
    # the Netherlands' NNNN AA without its letters
    ("Amsterdam", "1012", (None, "NL", "postcode")), ("Amsterdam", "1011", (None, "NL", "postcode")),
    ("Rotterdam", "3011", (None, "NL", "postcode")), ("Den Haag", "2511", (None, "NL", "postcode")),
    ("Utrecht", "3511", (None, "NL", "postcode")),    # was South Africa's Utrecht, whose form fits four digits
    ("Eindhoven", "5611", (None, "NL", "postcode")),
    # Portugal's CP4 of before 1998
    ("Lisboa", "1100", (None, "PT", "postcode")), ("Lisbon", "1100", (None, "PT", "postcode")),
    ("Porto", "4000", (None, "PT", "postcode")),      # a French town's alternate name "Porto" is larger
    ("Braga", "4700", (None, "PT", "postcode")), ("Coimbra", "3000", (None, "PT", "postcode")),
    # other countries' four-digit postcodes read as before
    ("København", "1160", (None, "DK", "postcode")), ("Wien", "1010", (None, "AT", "postcode")),
    ("Zürich", "8001", (None, "CH", "postcode")),
    ("Brussels", "1000", (None, "BE", "postcode")), ("Antwerpen", "2000", (None, "BE", "postcode")),
    ("Oslo", "0150", (None, "NO", "postcode")), ("Auckland", "1010", (None, "NZ", "postcode")),
    # a ZIP that lost its zero, of that very US town (USPS), stays the US town's
    ("Lisbon", "4250", ("ME", "US", "postcode")),
])
def test_a_country_is_read_only_from_its_own_postcode_form(city: str, postcode: str, reading: tuple) -> None:
    assert written_town_reading(city, "US", postcode) == reading


@pytest.mark.parametrize(("city", "postcode", "shown"), [
    ("Kingston", "7050", "Kingston, TAS, Australia"), ("Kingston", "2604", "Kingston, ACT, Australia"),
    ("Hamilton", "3204", "Hamilton, New Zealand"), ("Auburn", "2144", "Auburn, NSW, Australia"),
    ("Richmond", "3121", "Richmond, VIC, Australia"),
    # AMZ43 (low, no country before); "Richmond", "7025" low again since AMZ44 (test_amazon_province_letters)
    ("Amsterdam", "1012", "Amsterdam, Netherlands"),
    ("Den Haag", "2511", "Den Haag, Netherlands"), ("Lisboa", "1100", "Lisboa, Portugal"),
    ("Porto", "4000", "Porto, Portugal"),
])
def test_the_home_is_the_town_whose_postcode_form_fits(tmp_path: Path, city: str, postcode: str, shown: str) -> None:
    home = _home(_report(tmp_path, city, "", postcode, street="12 Oak St"))
    assert home["summary"].startswith(f"You most likely live in {shown}:")
    assert home["confidence"] == "high"
    assert "Jamaica" not in json.dumps(home)
    assert home["value"]["lat"] is not None  # a town GeoNames knows (Richmond, Tasmania among its places of ≥ 500)


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


# AMZ43 — before: "Richmond", "7025" (Richmond, Tasmania: 1,500 people, no town of 5,000 so called in Tasmania, the
# state 7025's range gives) read low with no country; Dutch postcodes written without their two letters and
# Portugal's four-digit postcodes of before 1998 ("Amsterdam", "1012"; "Lisboa", "1100") gave no country, and the
# one-cell "Damrak 1, 1012 Amsterdam", "Rua Augusta 1, 1100 Lisboa" no place at all.


@pytest.mark.parametrize(("address", "site", "place"), [
    ("Damrak 1, 1012 Amsterdam", "US", Place("Amsterdam", None, None, "NL")),
    ("Kalverstraat 1, 1011 Amsterdam", "US", Place("Amsterdam", None, None, "NL")),
    ("Coolsingel 40, 3011 Rotterdam", "US", Place("Rotterdam", None, None, "NL")),
    ("Lange Voorhout 1, 2511 Den Haag", "US", Place("Den Haag", None, None, "NL")),
    ("Rua Augusta 1, 1100 Lisboa", "US", Place("Lisboa", None, None, "PT")),
    ("Rua de Santa Catarina 1, 4000 Porto", "US", Place("Porto", None, None, "PT")),
    ("12 Oak St Richmond 7025", "US", Place("Richmond", None, None, None, "postcode")),  # AMZ44: AU or NZ
    # no country written on another marketplace: the postcode's form after the town, as for the full forms
    ("Damrak 1, 1012 Amsterdam", "DE", Place("Amsterdam", None, None, "NL")),
    ("Rua Augusta 1, 1100 Lisboa", "FR", Place("Lisboa", None, None, "PT")),
    # the full forms and other countries' four digits as before
    ("Damrak 1, 1012 LG Amsterdam", "US", Place("Amsterdam", None, None, "NL")),
    ("Rua Augusta 1, 1100-048 Lisboa", "US", Place("Lisboa", None, None, "PT")),
    ("Stephansplatz 1, 1010 Wien", "US", Place("Wien", None, None, "AT")),
    ("Rue Neuve 1, 1000 Brussels", "US", Place("Brussels", None, None, "BE")),
])
def test_a_one_cell_address_with_a_short_postcode_gives_its_town(address: str, site: str, place: Place) -> None:
    found = shipping_place(address, site_country=site)
    assert found == place
    assert one_cell_basis(found, site) == "postcode"
