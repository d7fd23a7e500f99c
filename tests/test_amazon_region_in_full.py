"""A foreign region written in full beside its town on Amazon.com (AMZ45). Names and streets are invented; the towns,
regions and postcodes are real ones (GeoNames' towns, ISO 3166-2's names in ``pycountry``, Google's address data).

Amazon.com's address form asks an address abroad for its "State / Province / Region", and people write the region
as they know it: an autonomous community ("COMUNIDAD DE MADRID", "CASTILLA-LA MANCHA"), a Land ("RHEINLAND-PFALZ",
"BAYERN"), a région ("ÎLE-DE-FRANCE"), a province with its joining word ("REGGIO DI CALABRIA"), a capital district
("BOGOTÁ D.C."), a canton's letters ("ZH"). Google's address data lists none of these (it has Spain's and Italy's
provinces by their own names, no regions for Germany, France, Austria or Switzerland). Before: the Old Order History
Report's City "Madrid", State "COMUNIDAD DE MADRID", Zip "28013" read "You most likely live in Madrid, United
States" (high), as did all the others, and the newer Retail.OrderHistory's one-cell "… Madrid COMUNIDAD DE MADRID
28013" read the town "Comunidad" in a region "DE MADRID".
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_amazon_records import LEGACY_HEADER, _csv, _item
from test_amazon_town_state_zip import _home, _report

from dataexam.report import view
from dataexam_parsers.amazon_address import Place, shipping_place, written_region_reading

ABROAD = [
    # (town, region as written, postcode, country, home shown)
    ("Madrid", "COMUNIDAD DE MADRID", "28013", "ES", "Madrid, Comunidad de Madrid, Spain"),
    ("Toledo", "CASTILLA-LA MANCHA", "45001", "ES", "Toledo, Castilla-La Mancha, Spain"),
    ("A Coruña", "A CORUÑA", "15001", "ES", "A Coruña, A Coruña, Spain"),
    ("Reggio Calabria", "REGGIO DI CALABRIA", "89100", "IT", "Reggio Calabria, Reggio di Calabria, Italy"),
    ("Mainz", "RHEINLAND-PFALZ", "55116", "DE", "Mainz, Rheinland-Pfalz, Germany"),
    ("München", "BAYERN", "80331", "DE", "München, Bayern, Germany"),
    ("Paris", "ÎLE-DE-FRANCE", "75001", "FR", "Paris, Île-de-France, France"),
    ("Lyon", "AUVERGNE-RHÔNE-ALPES", "69001", "FR", "Lyon, Auvergne-Rhône-Alpes, France"),
    ("Bogotá", "BOGOTÁ D.C.", "110111", "CO", "Bogotá, Bogotá D.C., Colombia"),
    ("Wien", "WIEN", "1010", "AT", "Wien, Wien, Austria"),
    ("Zürich", "ZH", "8001", "CH", "Zürich, ZH, Switzerland"),
]


@pytest.mark.parametrize(("city", "region", "postcode", "country", "_shown"), ABROAD)
def test_a_region_in_full_abroad_gives_its_country(city: str, region: str, postcode: str, country: str,
                                                   _shown: str) -> None:
    assert written_region_reading(city, region, "US", postcode) == (region, country, "state")


@pytest.mark.parametrize(("city", "region", "postcode", "country"), [
    # any case, the kind of region written or not, the joining word or not; no postcode: the town and region tell
    ("Madrid", "Comunidad de Madrid", "", "ES"), ("Madrid", "Madrid, Comunidad de", "28013", "ES"),
    ("Paris", "Région Île-de-France", "75008", "FR"), ("Paris", "ile de france", "", "FR"),
    ("Reggio Calabria", "Provincia di Reggio Calabria", "89100", "IT"), ("München", "Freistaat Bayern", "", "DE"),
    ("Bogota", "Distrito Capital de Bogotá", "", "CO"),
    # a town GeoNames does not list (under 5,000 people there) with a postcode of the region's form and range
    ("Valdemorillo", "COMUNIDAD DE MADRID", "28210", "ES"),
])
def test_the_region_s_spellings_and_a_small_town(city: str, region: str, postcode: str, country: str) -> None:
    assert written_region_reading(city, region, "US", postcode)[1:] == (country, "state")


@pytest.mark.parametrize(("city", "region", "postcode"), [
    # a US state's letters or name with its own town: the marketplace's state as written
    ("Paris", "TX", "75460"), ("Toledo", "OH", "43604"), ("Madrid", "IA", "50156"), ("Paris", "TEXAS", "75460"),
    ("Toledo", "Ohio", ""), ("Madrid", "IA", ""),
    # letters that name regions abroad but none with the town: as before, the State as written
    ("Houston", "TO", ""), ("Houston", "IDF", ""),
])
def test_a_us_address_stays_american(city: str, region: str, postcode: str) -> None:
    assert written_region_reading(city, region, "US", postcode) is None


@pytest.mark.parametrize(("city", "region", "postcode"), [
    # a region named in full abroad, but the postcode is of another one (Barcelona's "08") or a US town's ZIP
    ("Madrid", "COMUNIDAD DE MADRID", "08001"), ("Springfield", "BAYERN", "65806"),
])
def test_a_region_abroad_that_neither_town_nor_postcode_fits_names_no_country(city: str, region: str,
                                                                              postcode: str) -> None:
    assert written_region_reading(city, region, "US", postcode) == (None, None, "state")


@pytest.mark.parametrize(("city", "region", "postcode", "_country", "shown"),
                         [ABROAD[0], ABROAD[4], ABROAD[6], ABROAD[8], ABROAD[10]])
def test_an_old_report_s_home_is_the_region_s_country(tmp_path: Path, city: str, region: str, postcode: str,
                                                      _country: str, shown: str) -> None:
    home = _home(_report(tmp_path, city, region, postcode, street="Calle Mayor 3"))
    assert view.headline(home) == f"You most likely live in {shown.split(',')[0]}, {shown.rsplit(', ', 1)[1]}."
    assert home["summary"].startswith(f"You most likely live in {shown}:")
    assert home["confidence"] == "high"


@pytest.mark.parametrize(("city", "region", "postcode", "headline", "confidence"), [
    # unsure: no country named, low (before: "Madrid, United States", high)
    ("Madrid", "COMUNIDAD DE MADRID", "08001", "You most likely live in Madrid.", "low"),
    # a true US address keeps its country and confidence
    ("Paris", "TX", "75460", "You most likely live in Paris, United States.", "high"),
    ("Toledo", "OH", "43604", "You most likely live in Toledo, United States.", "high"),
    ("Madrid", "IA", "50156", "You most likely live in Madrid, United States.", "high"),
])
def test_an_old_report_s_unsure_or_american_home(tmp_path: Path, city: str, region: str, postcode: str,
                                                 headline: str, confidence: str) -> None:
    home = _home(_report(tmp_path, city, region, postcode, street="1 Main St"))
    assert (view.headline(home), home["confidence"]) == (headline, confidence)


@pytest.mark.parametrize(("address", "place"), [
    ("Ana Ruiz Calle Mayor 3 Madrid COMUNIDAD DE MADRID 28013",
     Place("Madrid", "COMUNIDAD DE MADRID", None, "ES", "state")),
    ("Ana Ruiz Calle Mayor 3, Madrid, Comunidad de Madrid 28013",
     Place("Madrid", "Comunidad de Madrid", None, "ES", "state")),
    ("Ana Ruiz Calle 1 A Coruña A CORUÑA 15001", Place("A Coruña", "A CORUÑA", None, "ES", "state")),
    ("Mario Rossi Via Roma 1 Reggio Calabria REGGIO DI CALABRIA 89100",
     Place("Reggio Calabria", "REGGIO DI CALABRIA", None, "IT", "state")),
    ("Lena Vogt Hauptstr 1 Mainz RHEINLAND-PFALZ 55116", Place("Mainz", "RHEINLAND-PFALZ", None, "DE", "state")),
    ("Jean Dupont 1 rue X Paris ÎLE-DE-FRANCE 75001", Place("Paris", "ÎLE-DE-FRANCE", None, "FR", "state")),
    ("Ana Ruiz Calle 1 Bogotá BOGOTÁ D.C. 110111", Place("Bogotá", "BOGOTÁ D.C.", None, "CO", "state")),
    ("Lena Vogt Bahnhofstr 1 Zürich ZH 8001", Place("Zürich", "ZH", None, "CH", "state")),
    # US addresses as before
    ("Sam Roe 1 Main St Paris TX 75460", Place("Paris", "TX", None, "US")),
    ("Sam Roe 1 Main St Toledo OH 43604", Place("Toledo", "OH", None, "US")),
    ("Sam Roe 1 Main St Madrid IA 50156", Place("Madrid", "IA", None, "US")),
    # unsure: no country
    ("Sam Roe 1 Main St Springfield BAYERN 65806", Place("Springfield", None, None, None, "state")),
])
def test_a_one_cell_address_with_a_region_in_full(address: str, place: Place) -> None:
    assert shipping_place(address, site_country="US") == place


@pytest.mark.parametrize(("address", "place"), [
    # a town of several words, joining words inside (T45: "de Gran Canaria, Spain", "de los Reyes, Spain", high)
    ("Ana Ruiz Calle Mayor 3 Las Palmas de Gran Canaria CANARIAS 35001",
     Place("Las Palmas de Gran Canaria", "CANARIAS", None, "ES", "state")),
    ("Ana Ruiz Calle 1 San Sebastián de los Reyes COMUNIDAD DE MADRID 28701",
     Place("San Sebastián de los Reyes", "COMUNIDAD DE MADRID", None, "ES", "state")),
    ("Ana Ruiz Calle 1 Santa Cruz de Tenerife CANARIAS 38001",
     Place("Santa Cruz de Tenerife", "CANARIAS", None, "ES", "state")),
    # the street before a small town is no part of it
    ("Ana Ruiz Calle Mayor Valdemorillo COMUNIDAD DE MADRID 28210",
     Place("Valdemorillo", "COMUNIDAD DE MADRID", None, "ES", "state")),
])
def test_a_one_cell_address_keeps_a_town_of_several_words(address: str, place: Place) -> None:
    assert shipping_place(address, site_country="US") == place


@pytest.mark.parametrize(("address", "place"), [
    # a US state whose name ends in a country's (T45: "… Santa Fe NEW MEXICO 87501" read "You most likely live in
    # Mexico.", high)
    ("Sam Roe 1 Main St Santa Fe NEW MEXICO 87501", Place("Santa Fe", "NM", None, "US")),
    ("Sam Roe 1 Main St Albuquerque New Mexico 87102", Place("Albuquerque", "NM", None, "US")),
    ("Sam Roe 1 Main St Las Cruces New Mexico", Place("Las Cruces", "NM", None, "US")),
    ("Sam Roe 1 Main St Trenton NEW JERSEY 08608", Place("Trenton", "NJ", None, "US")),
])
def test_a_us_state_named_after_a_country_stays_american(address: str, place: Place) -> None:
    assert shipping_place(address, site_country="US") == place


def test_mexico_written_as_the_country_stays_mexico() -> None:
    assert shipping_place("Av Reforma 1 Ciudad de Mexico CDMX 06600 MEXICO", site_country="US").country_code == "MX"


def _retail(tmp_path: Path, address: str) -> Path:
    rows = [_item(f"111-0000000-{i:07d}", f"2022-{i % 12 + 1:02d}-05T14:00:00Z", f"B0ITEM{i:04d}", "10.00")
            | {"Shipping Address": address} for i in range(12)]
    path = tmp_path / "amazon" / "Retail.OrderHistory.1" / "Retail.OrderHistory.1.csv"
    path.parent.mkdir(parents=True)
    path.write_bytes(_csv(LEGACY_HEADER, rows))
    return tmp_path / "amazon"


@pytest.mark.parametrize(("address", "headline", "confidence"), [
    ("Ana Ruiz Calle Mayor 3 Madrid COMUNIDAD DE MADRID 28013", "You most likely live in Madrid, Spain.", "high"),
    ("Ana Ruiz Calle 1 Toledo CASTILLA-LA MANCHA 45001", "You most likely live in Toledo, Spain.", "high"),
    ("Lena Vogt Hauptstr 1 München BAYERN 80331", "You most likely live in München, Germany.", "high"),
    ("Jean Dupont 1 rue X Lyon AUVERGNE-RHÔNE-ALPES 69001", "You most likely live in Lyon, France.", "high"),
    ("Ana Ruiz Calle 1 Bogotá BOGOTÁ D.C. 110111", "You most likely live in Bogotá, Colombia.", "high"),
    ("Sam Roe 1 Main St Paris TX 75460", "You most likely live in Paris, United States.", "high"),
    ("Sam Roe 1 Main St Springfield BAYERN 65806", "You most likely live in Springfield.", "low"),
])
def test_a_retail_order_history_home_is_the_region_s_country(tmp_path: Path, address: str, headline: str,
                                                             confidence: str) -> None:
    home = _home(_retail(tmp_path, address))
    assert (view.headline(home), home["confidence"]) == (headline, confidence)


@pytest.mark.parametrize(("city", "region", "postcode", "headline"), [
    # a region's English name, no US state's and no ISO name: the town and postcode read as with no State (T45: each
    # "…, United States", high)
    ("Munich", "BAVARIA", "80331", "You most likely live in Munich, Germany."),
    ("Lisbon", "LISBON", "1100-001", "You most likely live in Lisbon, Portugal."),
    ("Warsaw", "MASOVIA", "00-001", "You most likely live in Warsaw, Poland."),
    ("Seville", "ANDALUSIA", "41001", "You most likely live in Seville, Spain."),
    ("Geneva", "GENEVA", "1201", "You most likely live in Geneva, Switzerland."),
    ("Dublin", "LEINSTER", "D02 X285", "You most likely live in Dublin, Ireland."),
    # a US state written otherwise stays American: dotted codes, full names, a misspelling beside its ZIP
    ("Albany", "N.Y.", "12207", "You most likely live in Albany, United States."),
    ("Washington", "D. C.", "20001", "You most likely live in Washington, United States."),
    ("Springfield", "ILL", "62701", "You most likely live in Springfield, United States."),
    ("Boston", "Mass.", "02108", "You most likely live in Boston, United States."),
    ("Santa Fe", "NEW MEXICO", "87501", "You most likely live in Santa Fe, United States."),
    ("Athens", "GEORGIA", "30601", "You most likely live in Athens, United States."),
])
def test_an_old_report_s_state_in_english_abroad_or_written_otherwise_at_home(
        tmp_path: Path, city: str, region: str, postcode: str, headline: str) -> None:
    home = _home(_report(tmp_path, city, region, postcode, street="Main St 3"))
    assert (view.headline(home), home["confidence"]) == (headline, "high")


@pytest.mark.parametrize(("city", "region"), [
    # a US state abbreviated, misspelt or written as the country, no ZIP: the marketplace's, as before (T45B: the
    # first reading of English regions read these by the towns' sizes: Paris, France; Naples, Italy; Athens, Greece)
    ("Paris", "Tex."), ("Naples", "Fla."), ("Athens", "Ala."), ("Milan", "Tenn."), ("Dublin", "Calif."),
    ("Berlin", "Conn."), ("Vienna", "W.Va."), ("Moscow", "Ida."), ("Athens", "Geogia"), ("Paris", "USA"),
    ("Apo", "Armed Forces Europe"), ("Houston", "Tex."),
])
def test_an_old_report_s_us_state_written_otherwise_without_zip_stays_american(
        tmp_path: Path, city: str, region: str) -> None:
    home = _home(_report(tmp_path, city, region, "", street="Main St 3"))
    assert (view.headline(home), home["confidence"]) == (f"You most likely live in {city}, United States.", "high")
