"""A region's English name, a US state written the old way and a state's two letters abroad, in both Amazon.com eras
(AMZ46, the T45B tester's findings). Names and streets are invented; the towns, regions and postcodes are real ones
(GeoNames' towns, ISO 3166-2 in ``pycountry``, Google's address data, USPS's ZIP codes).

The old Order History Report writes City / State / Zip in columns of their own ("OLD"); the newer
Retail.OrderHistory writes name, street, town, region and postcode in one "Shipping Address" cell ("CELL"). Before:

* CELL "… Munich BAVARIA 80331" read "You most likely live in United States." (high), "… Athens ATTICA 10552"
  "Attica, United States" (high), "… Warsaw MASOVIA 00-001" no town at all — the OLD columns read them abroad;
* CELL "… Atlanta Georgia" (no ZIP) read the country Georgia (high); "… Paris Tex. 75460" and "… Albany N.Y. 12207"
  "United States" with no town;
* OLD "Pune", "MH", "411001" read "Pune, United States" (high): MH is Maharashtra's ISO 3166-2 code, which Google's
  data for India does not key (it keys India's states by name);
* OLD "Milan", "LOMBARDY" with no ZIP read "Milan, United States" (high).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_amazon_region_in_full import _retail
from test_amazon_town_state_zip import _home, _report

from dataexam.report import view
from dataexam_parsers.amazon_address import (
    Place,
    could_be_us_zip,
    shipping_place,
    us_written_oddly,
    written_region_reading,
)

ENGLISH_REGIONS = [
    # (name and street, town, region, postcode, headline's place)
    ("Lena Vogt Hauptstr 1", "Munich", "BAVARIA", "80331", "Munich, Germany"),
    ("Mario R Via Roma 1", "Milan", "LOMBARDY", "20121", "Milan, Italy"),
    ("Ana Calle 1", "Barcelona", "CATALONIA", "08001", "Barcelona, Spain"),
    ("Jan K ul Nowy 1", "Warsaw", "MASOVIA", "00-001", "Warsaw, Poland"),
    ("Nikos 1 Odos", "Athens", "ATTICA", "10552", "Athens, Greece"),
    ("Ana Rua 1", "Lisbon", "LISBON", "1100-048", "Lisbon, Portugal"),
    ("Mario R Via Roma 1", "Florence", "TUSCANY", "50122", "Florence, Italy"),
    # a region's English name that is also a US town's, the ZIP none of its (T46 H3: "Piedmont, United States", high)
    ("Mario R Via Roma 1", "Turin", "PIEDMONT", "10121", "Turin, Italy"),
    ("Ana Calle 1", "Seville", "ANDALUSIA", "41001", "Seville, Spain"),
    ("Ana Calle 1", "Pamplona", "NAVARRE", "31001", "Pamplona, Spain"),
    ("Nikos 1 Odos", "Thessaloniki", "MACEDONIA", "54621", "Thessaloniki, Greece"),
    ("Nikos 1 Odos", "Heraklion", "CRETE", "71201", "Heraklion, Greece"),
]


@pytest.mark.parametrize(("street", "city", "region", "postcode", "shown"), ENGLISH_REGIONS)
def test_a_one_cell_address_with_a_region_s_english_name_is_read_abroad_as_the_old_columns_are(
        tmp_path: Path, street: str, city: str, region: str, postcode: str, shown: str) -> None:
    cell = _home(_retail(tmp_path / "cell", f"{street} {city} {region} {postcode}"))
    old = _home(_report(_mkdir(tmp_path / "old"), city, region, postcode, street=street))
    for home in (cell, old):
        assert (view.headline(home), home["confidence"]) == (f"You most likely live in {shown}.", "high")
        assert home["value"]["region"] == region


def _mkdir(path: Path) -> Path:
    path.mkdir()
    return path


def test_a_one_cell_region_abroad_by_its_own_name_keeps_it_as_the_old_columns_do(tmp_path: Path) -> None:
    # "Wien WIEN 1010": the region is shown in the summary in both eras ("Wien, Wien, Austria")
    cell = _home(_retail(tmp_path / "cell", "Lena Vogt Ring 1 Wien WIEN 1010"))
    old = _home(_report(_mkdir(tmp_path / "old"), "Wien", "WIEN", "1010", street="Ring 1"))
    for home in (cell, old):
        assert view.headline(home) == "You most likely live in Wien, Austria."
        assert home["confidence"] == "high"
        assert home["summary"].startswith("You most likely live in Wien, Wien, Austria:")


@pytest.mark.parametrize(("address", "place"), [
    # a US state's name that is also a country's, a US town before it: the state (T45B: Georgia, the country, high)
    ("Sam Roe 1 Main St Atlanta Georgia", Place("Atlanta", "GA", None, "US")),
    ("Sam Roe 1 Main St Savannah GEORGIA", Place("Savannah", "GA", None, "US")),
    # the country Georgia with a Georgian town, with its postcode or without
    ("Nino K 1 Rustaveli Ave Tbilisi Georgia 0105", Place("Tbilisi", None, "Georgia", "GE")),
    ("Nino K 1 Rustaveli Ave Tbilisi GEORGIA", Place("Tbilisi", None, "GEORGIA", "GE")),
    # a state abbreviated the old way or with dots, with its ZIP or without (T45B: no town)
    ("Sam Roe 1 Main St Paris Tex. 75460", Place("Paris", "TX", None, "US")),
    ("Sam Roe 1 Main St Paris Tex.", Place("Paris", "TX", None, "US")),
    ("Sam Roe 1 Main St Albany N.Y. 12207", Place("Albany", "NY", None, "US")),
    ("Sam Roe 1 Main St Naples Fla. 34102", Place("Naples", "FL", None, "US")),
    ("Sam Roe 1 Main St Milan Tenn.", Place("Milan", "TN", None, "US")),
    ("Sam Roe 1 Main St Fargo N. Dak. 58102", Place("Fargo", "ND", None, "US")),
    ("Sam Roe 1 Main St Charleston W.Va. 25301", Place("Charleston", "WV", None, "US")),
    ("Sam Roe 1 Main St Los Angeles Calif. 90012", Place("Los Angeles", "CA", None, "US")),
    ("Sam Roe 1 Main St Houston Texs 77002", Place("Houston", "TX", None, "US")),
    ("Sam Roe 1 Main St Washington D.C. 20001", Place("Washington", "DC", None, "US")),
])
def test_a_one_cell_us_state_written_otherwise_is_the_state(address: str, place: Place) -> None:
    assert shipping_place(address, site_country="US") == place


@pytest.mark.parametrize(("address", "shown"), [
    ("Sam Roe 1 Main St Atlanta Georgia", "Atlanta, United States"),
    ("Sam Roe 1 Main St Paris Tex. 75460", "Paris, United States"),
    ("Sam Roe 1 Main St Paris Tex.", "Paris, United States"),
    ("Sam Roe 1 Main St Albany N.Y. 12207", "Albany, United States"),
    ("Nino K 1 Rustaveli Ave Tbilisi Georgia 0105", "Tbilisi, Georgia"),
])
def test_a_retail_home_with_a_state_written_otherwise(tmp_path: Path, address: str, shown: str) -> None:
    home = _home(_retail(tmp_path, address))
    assert (view.headline(home), home["confidence"]) == (f"You most likely live in {shown}.", "high")


OLD_REPORT_HOMES = [
    # (City, State, Zip, the headline's place, confidence)
    # India's states by their ISO 3166-2 letters, which Google's data does not key (MH, TN are also USPS codes: the
    # Marshall Islands, Tennessee); the six-digit PIN is no US ZIP (T45B: "Pune, United States", high)
    ("Pune", "MH", "411001", "Pune, India", "high"),
    ("Mumbai", "MH", "400001", "Mumbai, India", "high"),
    ("Chennai", "TN", "600001", "Chennai, India", "high"),
    ("Bengaluru", "KA", "560001", "Bengaluru, India", "high"),
    ("Kolkata", "WB", "700001", "Kolkata, India", "high"),
    ("Lucknow", "UP", "226001", "Lucknow, India", "high"),
    # China's provinces alike
    ("Guangzhou", "GD", "510000", "Guangzhou, China", "high"),
    # Brazil's and Mexico's, keyed by Google's data already
    ("Belém", "PA", "66010-000", "Belém, Brazil", "high"),
    # US towns with their states' codes stay American
    ("Nashville", "TN", "37201", "Nashville, United States", "high"),
    ("Wilmington", "DE", "19801", "Wilmington, United States", "high"),
    # no ZIP, and a State that is no US state's, shortened or misspelt: the town's size places it abroad, medium (T45B:
    # "Milan, United States", high)
    ("Milan", "LOMBARDY", "", "Milan, Italy", "medium"),
    ("Florence", "TUSCANY", "", "Florence, Italy", "medium"),
    ("Barcelona", "CATALONIA", "", "Barcelona, Spain", "medium"),
    ("Athens", "ATTICA", "", "Athens, Greece", "medium"),
    # … and a US town read so by its name alone is at most medium too (T46C: "Springfield, United States", high)
    ("Springfield", "LOMBARDY", "", "Springfield, United States", "medium"),
    ("Houston", "BAVARIA", "", "Houston, United States", "medium"),
    # a US state shortened or misspelt, no ZIP: the marketplace's, as before
    ("Paris", "Tex.", "", "Paris, United States", "high"),
    ("Athens", "Geogia", "", "Athens, United States", "high"),
    ("Naples", "Fla", "", "Naples, United States", "high"),
    ("Vienna", "Virgina", "", "Vienna, United States", "high"),
    ("Milan", "Tennesee", "", "Milan, United States", "high"),
    # a US state's letters that are also a province's abroad, beside a postcode of no US ZIP's form in its range (T46
    # H4: "Panaji, United States", high)
    ("Panaji", "GA", "403001", "Panaji, India", "high"),
    ("Margao", "GA", "403601", "Margao, India", "high"),
    ("Atlanta", "GA", "30301", "Atlanta, United States", "high"),
    # a ZIP's form still (four digits), but 03030 is New Hampshire's: at most medium since POST59
    ("Atlanta", "GA", "3030", "Atlanta, United States", "medium"),
    ("Savannah", "GA", "31401-1234", "Savannah, United States", "high"),
    # a US ZIP typed with a digit too many stays US: its State is no province abroad whose range the digits are in
    # (T46C: read abroad at high)
    ("Delhi", "NY", "137530", "Delhi, United States", "high"),
    ("Moscow", "ID", "838430", "Moscow, United States", "high"),
    ("Canton", "OH", "447020", "Canton, United States", "high"),
    ("Madras", "OR", "977410", "Madras, United States", "high"),
    ("Delhi", "LA", "712320", "Delhi, United States", "high"),  # Ladakh's letters, a West Bengal PIN
    ("Minsk", "ND", "123456", "Minsk, United States", "high"),
    # AMZ47 (T46C): an Indian PIN written with a space after its third digit (each was "…, United States", high)
    ("Panaji", "GA", "403 001", "Panaji, India", "high"),
    ("Margao", "GA", "403 601", "Margao, India", "high"),
    ("Chennai", "TN", "600 001", "Chennai, India", "high"),
    # India's states by the ISO letters Google's data still has and ISO has since changed (Odisha OR → OD,
    # Chhattisgarh CT → CG, Uttarakhand UT → UK, Telangana TG → TS): Oregon's, Connecticut's, Utah's letters (each was
    # "…, United States", high; "Dehradun", "UK" was "Dehradun, United Kingdom", high)
    ("Bhubaneswar", "OR", "751001", "Bhubaneswar, India", "high"),
    ("Bhubaneswar", "OR", "751 001", "Bhubaneswar, India", "high"),
    ("Cuttack", "OR", "753001", "Cuttack, India", "high"),
    ("Bhubaneswar", "OD", "751001", "Bhubaneswar, India", "high"),
    ("Raipur", "CT", "492001", "Raipur, India", "high"),
    ("Raipur", "CG", "492001", "Raipur, India", "high"),
    ("Dehradun", "UT", "248001", "Dehradun, India", "high"),
    ("Dehradun", "UK", "248001", "Dehradun, India", "high"),
    ("Hyderabad", "TG", "500001", "Hyderabad, India", "high"),
    ("Hyderabad", "TS", "500001", "Hyderabad, India", "high"),
    # … with no postcode, the town of the province so lettered and no place of the US state so called: the province,
    # as "Milano", "MI" is Milano's (AMZ43; "Panaji", "GA" was "Panaji, United States", high: GeoNames calls it Panjim)
    ("Bhubaneswar", "OR", "", "Bhubaneswar, India", "high"),
    ("Raipur", "CT", "", "Raipur, India", "high"),
    ("Dehradun", "UT", "", "Dehradun, India", "high"),
    ("Hyderabad", "TG", "", "Hyderabad, India", "high"),  # was medium: the town's size alone, TG unread
    ("Panaji", "GA", "", "Panaji, India", "high"),
    # the US states so lettered keep their towns
    ("Portland", "OR", "97201", "Portland, United States", "high"),
    ("Portland", "OR", "", "Portland, United States", "high"),
    ("Hartford", "CT", "6103", "Hartford, United States", "high"),
    ("Provo", "UT", "84601", "Provo, United States", "high"),
    ("Salt Lake City", "UT", "", "Salt Lake City, United States", "high"),
    ("London", "UK", "", "London, United Kingdom", "high"),
    # a ZIP of another state's range beside a town the state written has none of, the postcode a Mexican CP of that
    # town's range (T46C: "Colima, United States", high; Colima's ISO letters are COL); a state with a town so called
    # keeps it
    ("Colima", "CO", "28000", "Colima, Mexico", "high"),
    ("Guadalajara", "GA", "44100", "Guadalajara, Mexico", "high"),
    # the ZIP another state's range (NY's 10552, NC's 28000): the state's town, at most medium since POST59
    ("Athens", "GA", "10552", "Athens, United States", "medium"),
    ("Denver", "CO", "28000", "Denver, United States", "medium"),
    # a city-state's own town beside its ISO letters, Virginia's or Missouri's too (T47: "Vatican City, United
    # States", "Macau, United States", high), any ZIP but one of the state's own range (T47C: Missouri's 65201, 65265
    # and Virginia's 22180 keep the US); Singapore's and Hong Kong's with no postcode were medium
    ("Vatican City", "VA", "00120", "Vatican City", "high"),
    ("Vatican City", "VA", "", "Vatican City", "high"),
    ("Macau", "MO", "999078", "Macau", "high"),
    ("Macau", "MO", "", "Macau", "high"),
    ("Macau", "MO", "65201", "Macau, United States", "high"),
    ("Macau", "MO", "65265", "Macau, United States", "high"),
    ("Vatican City", "VA", "22180", "Vatican City, United States", "high"),
    ("Vatican City", "VA", "2218", "Vatican City", "high"),  # 02218 is Massachusetts'
    ("Macao", "MO", "", "Macao", "high"),
    ("Singapore", "SG", "", "Singapore", "high"),
    ("Singapore", "SG", "018956", "Singapore", "high"),
    ("Hong Kong", "HK", "", "Hong Kong", "high"),
    ("Monaco", "MC", "98000", "Monaco", "high"),
    # US towns beside those letters stay; a town named like a city-state in another state too
    ("Mexico", "MO", "65265", "Mexico, United States", "high"),
    ("Richmond", "VA", "23219", "Richmond, United States", "high"),
    ("St. Louis", "MO", "", "St. Louis, United States", "high"),
    ("Singapore", "MI", "", "Singapore, United States", "high"),
]


@pytest.mark.parametrize(("city", "region", "postcode", "shown", "confidence"), OLD_REPORT_HOMES)
def test_an_old_report_s_home(tmp_path: Path, city: str, region: str, postcode: str, shown: str,
                              confidence: str) -> None:
    """The old Order History Report's City / State / Zip columns (T45B, T46 H4, T46C): a region's English name, a US
    state written otherwise, a State of a US state's letters that are also a province's abroad."""
    home = _home(_report(tmp_path, city, region, postcode, street="1 Main St"))
    assert (view.headline(home), home["confidence"]) == (f"You most likely live in {shown}.", confidence)


def test_a_one_cell_indian_address_with_its_state_s_letters(tmp_path: Path) -> None:
    home = _home(_retail(tmp_path, "Raj K 1 MG Road Pune MH 411001"))
    assert (view.headline(home), home["confidence"]) == ("You most likely live in Pune, India.", "high")


@pytest.mark.parametrize(("city", "region", "postcode", "reading"), [
    # ISO 3166-2's two letters of a state abroad that Google's data keys by name only, some also a USPS code
    ("Pune", "MH", "411001", ("MH", "IN", "state")),
    ("Jaipur", "RJ", "302001", ("RJ", "IN", "state")),
    ("Delhi", "DL", "110001", ("DL", "IN", "state")),
    ("Lagos", "LA", "100001", ("LA", "NG", "state")),
    ("Shanghai", "SH", "200000", ("SH", "CN", "state")),
    ("Hanoi", "HN", "100000", ("HN", "VN", "state")),
    # the US state's own town, by its ZIP
    ("New Orleans", "LA", "70112", None),
    ("Houston", "TX", "77002", None),
])
def test_a_state_s_iso_letters_abroad_read_beside_its_postcode(city: str, region: str, postcode: str,
                                                               reading: tuple[str, str, str] | None) -> None:
    assert written_region_reading(city, region, "US", postcode) == reading


@pytest.mark.parametrize(("region", "odd"), [
    ("Tex.", True), ("Calif.", True), ("Penn.", True), ("N. Dak.", True), ("Geogia", True), ("Flordia", True),
    ("Ohaio", True), ("Hawai'i", True), ("Massachusets", True),
    # the country itself, written in the State column
    ("USA", True), ("U.S.A.", True), ("United States", True),
    ("LOMBARDY", False), ("BAVARIA", False), ("ATTICA", False), ("TUSCANY", False), ("CATALONIA", False),
    ("Masovia", False), ("Andalusia", False), ("Geneva", False), ("Piedmont", False),
])
def test_a_us_written_oddly(region: str, odd: bool) -> None:
    assert us_written_oddly(region) is odd


@pytest.mark.parametrize(("address", "town", "state"), [
    ("Jane Doe Seattle 98101", "Seattle", "WA"),
    ("Jane Doe 1 Main St Crete 68333", "Crete", "NE"),  # the US towns the regions' English names are, by their ZIPs
    ("Jane Doe 1 Main St Andalusia 36420", "Andalusia", "AL"),
    ("Jane Doe 1 Main St Piedmont 94611", "Piedmont", "CA"),
    ("Jane Doe 1 Main St Macedonia 44056", "Macedonia", "OH"),
])
def test_a_us_town_named_as_a_region_abroad_stays_the_town_its_zip_is_of(address: str, town: str, state: str) -> None:
    place = shipping_place(address, site_country="US")
    assert (place.city, place.region, place.country_code) == (town, state, "US")


@pytest.mark.parametrize(("postcode", "zip_form"), [
    ("30301", True), ("31401-1234", True), ("31901 1234", True),
    ("6037", True), ("7102-1234", True),  # a ZIP that lost its leading zero in a spreadsheet
    ("403001", False), ("403 001", False), ("SW1A 1AA", False), ("1100-001", False), ("3511 AB", False),
])
def test_could_be_us_zip(postcode: str, zip_form: bool) -> None:
    assert could_be_us_zip(postcode) is zip_form
