"""Amazon shipping towns a US state and ZIP place, and a town written without them (ART939, T37 H6). Names, streets and
postcodes are invented.

Before: the Old Order History Report's ``Shipping Address City`` "Berlin" with no state or ZIP on Amazon.com read
"You most likely live in Berlin, United States"; "… Main St Berlin CT 06037" and "… Main St Madrid IA 50156" found
no town (GeoNames' towns of ≥ 5,000 people hold neither: Berlin, CT is a New England town GeoNames files as a
division, Madrid, IA has 2,588 people).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from test_amazon_records import LEGACY_HEADER, _csv, _item
from typer.testing import CliRunner

from dataexam import api, cli
from dataexam.inference import infer
from dataexam.report import view
from dataexam_parsers.amazon_address import Place, shipping_place, written_town_country
from helpers import zip_tree

NOW = datetime(2023, 6, 1, tzinfo=UTC)


@pytest.mark.parametrize(("address", "place"), [
    ("Sam Roe 1 Main St Berlin CT 06037", Place("Berlin", "CT", None, "US")),
    ("Sam Roe 1 Main St Madrid IA 50156", Place("Madrid", "IA", None, "US")),
    ("Sam Roe 1 MAIN ST MADRID IA 50156-1234 United States", Place("Madrid", "IA", "United States", "US")),
    # as before: a town of ≥ 5,000 people, and words that are no US place's name (the recipient's) stay out
    ("Sam Roe 1 Main St Berlin NH 03570", Place("Berlin", "NH", None, "US")),
    ("Sam Roe 1 Main St Jane Doe CT 06037", Place(None, "CT", None, "US")),
    # the ZIP of another state than the one written: not a whole address, the town not kept; the state at most medium
    # since POST59 (06037 is Connecticut's: the postcode's state named)
    ("Sam Roe 1 Main St Madrid IA 06037", Place(None, "IA", None, "US", "unlisted")),
    # a town of another state, with no house number before it: not kept
    ("Sam Roe Berlin CT 06037", Place(None, "CT", None, "US")),
    # a five-digit postcode before a town far bigger abroad, the European order, on Amazon.com (T38 H1: "ships to NY,
    # US"; München CO, Madrid NC, Paris TX); a US town of that name keeps its state
    ("Lena Vogt Hauptstr. 5 10115 Berlin", Place("Berlin", None, None, "DE")),
    ("Lena Vogt Hauptstr. 5 80331 München", Place("München", None, None, "DE")),
    ("Ana Ruiz Calle Mayor 3 28013 Madrid", Place("Madrid", "M", None, "ES")),
    ("Jean Dupont 3 rue de Rivoli 75002 Paris", Place("Paris", None, None, "FR")),
    ("Sam Roe 1 Main St Paris TX 75460", Place("Paris", "TX", None, "US")),
    # T39: a ZIP that is no postcode of the country whose town is bigger is no European order (was Birmingham, GB)
    ("Jane Roe 1 Main St 35203 Birmingham", Place("Birmingham", "AL", None, "US")),
    # T39B: a postcode in another province's range than the town's abroad is no evidence of it (was "Florence, PC,
    # Italy": 29 is Piacenza's; 29501 is Florence, SC's ZIP); Florence's own range stays Italy
    ("Jane Roe 1 Main St 29501 Florence", Place("Florence", "SC", None, "US")),
    ("Mario Rossi Via Verdi 2 50122 Florence", Place("Florence", "FI", None, "IT")),
    # T38B: a postcode in the range of the Spanish province named after the town, though in Ohio's too (Toledo, OH)
    ("Ana Ruiz Calle Mayor 5 45001 Toledo", Place("Toledo", "TO", None, "ES")),
    ("Ana Ruiz Calle Mayor 5 46001 Valencia", Place("Valencia", "V", None, "ES")),
    ("Mario Rossi Via Po 5 00184 Roma", Place("Roma", "RM", None, "IT")),
    ("Lena Vogt Hauptstr. 5 30159 Hanover", Place("Hanover", None, None, "DE")),
    # a ZIP saved as a number by a spreadsheet lost its leading zero (T38B: no place); a state before it tells
    ("Sam Roe 1 Main St Berlin CT 6037", Place("Berlin", "CT", None, "US")),
    ("Sam Roe 1 MAIN ST BOSTON MA 2108 United States", Place("Boston", "MA", "United States", "US")),
    ("Sam Roe 1 Main St Newark NJ 7102-1234", Place("Newark", "NJ", None, "US")),
    # four digits that are no ZIP of the state written stay no ZIP
    ("Sam Roe 1 Main St Austin TX 7870", Place(None, None, None, None)),
])
def test_a_small_us_town_placed_by_its_state_and_zip(address: str, place: Place) -> None:
    assert shipping_place(address, site_country="US") == place


@pytest.mark.parametrize(("city", "postcode", "said"), [
    # a town far bigger abroad: that country (before: no country, the bare name left to the time-zone reading, which
    # read "Hanover" as a US town; the one-cell address "… 10115 Berlin" already gave Germany)
    ("Berlin", None, (None, "DE")), ("Paris", None, (None, "FR")), ("Madrid", None, (None, "ES")),
    ("London", None, (None, "GB")),
    ("Springfield", None, (None, "US")), ("Houston", None, (None, "US")), ("Portland", None, (None, "US")),
    # five digits beside a town far bigger abroad: a German, French or Spanish postcode as well (T38 H1: "Berlin",
    # "10115" was Berlin, NY); ZIP+4 is the US's alone
    # AMZ40: a US ZIP code of that very town is that town (USPS's ZIP codes, the zipcodes package): Berlin, CT
    # (06037), Berlin, NY (12022), Munich, ND (58352) were Germany, high; 10115 is New York's ZIP, no Berlin's
    ("Berlin", "06037", ("CT", "US")), ("Berlin", "12022", ("NY", "US")), ("Munich", "58352", ("ND", "US")),
    ("Berlin", "10115", (None, "DE")),
    ("München", "80331", (None, "DE")), ("Madrid", "28013", (None, "ES")),
    ("Berlin", "06037-1234", ("CT", "US")), ("Madrid", "50156-0001", ("IA", "US")),
    ("Springfield", "62701", ("IL", "US")),
    # T38B: a US town's namesake abroad beside a postcode in the US ZIP range. The postcode in the range of the
    # Spanish or Italian province named after the town: abroad (Toledo, OH; Roma, United States before), also where
    # the town abroad is no larger (Toledo) or a larger one is elsewhere (Valencia, Venezuela)
    ("Toledo", "45001", (None, "ES")), ("Roma", "00184", (None, "IT")), ("Rome", "00184", (None, "IT")),
    ("Valencia", "46001", (None, "ES")),
    # Hannover is "Hanover" by its alternate name; 30159 is a Georgia ZIP, and Georgia has no Hanover (Hanover, GA)
    ("Hanover", "30159", (None, "DE")),
    # the ZIP's state has the town and nothing tells of the one abroad: an alternate name only (Hanover, PA), a
    # postcode in another province's range there (Rome: 30161 is Venice's; Madrid: 50156 Zaragoza's; before, Madrid
    # gave no country, as the test said: the Zaragoza postcode was taken as evidence for Spain)
    ("Hanover", "17331", ("PA", "US")), ("Rome", "30161", ("GA", "US")), ("Madrid", "50156", ("IA", "US")),
    # namesakes of similar size (Toledo: Ohio 266,000, the Philippines 207,000, Spain 87,000): the ZIP's state where
    # it has the town and the postcode fits no province abroad so named (43604: Tarragona's range), else no country
    ("Toledo", "43604", ("OH", "US")), ("Toledo", None, (None, None)),
    # T39: a ZIP of a state with a town so called that is no postcode of the country abroad is the US town's
    # (before: Birmingham, United Kingdom; Dublin, Ireland; Vienna, Austria … high, from the towns' sizes alone)
    # T39B: four digits with no state are no German or Italian postcode: a ZIP a spreadsheet stripped of its zero
    # (Berlin, NH's 03570; Hanover, NH's 03755; Verona, NJ's 07044), read in full as that town's (AMZ41; T39B: no
    # country, before that Germany / Italy, high); four digits that are the postcode of the far bigger town abroad
    # stay its (Vienna's 1010, Bern's 3011, Sydney's 2000, Copenhagen's 1050: no US ZIP of a town so called)
    ("Berlin", "3570", ("NH", "US")), ("Hanover", "3755", ("NH", "US")), ("Verona", "7044", ("NJ", "US")),
    ("Berlin", "6037", ("CT", "US")), ("Manchester", "3101", ("NH", "US")), ("Vienna", "1010", (None, "AT")),
    ("Bern", "3011", (None, "CH")), ("Sydney", "2000", (None, "AU")), ("Copenhagen", "1050", (None, "DK")),
    # T41 H1: four digits that are the US town's own ZIP without its zero and merely have the form of a bigger town
    # abroad's postcodes (Nelson, NH's 03457; Vienna, ME's 04360; Newcastle, ME's 04553; Salisbury, MA's 01952 —
    # Zimbabwe has no postcodes; Wellington, ME's 04942) were Nelson, New Zealand; Austria; Australia; Zimbabwe;
    # New Zealand, high. The towns abroad's own postcodes stay theirs: USPS gives them to no town so called
    ("Nelson", "3457", ("NH", "US")), ("Vienna", "4360", ("ME", "US")), ("Newcastle", "4553", ("ME", "US")),
    ("Salisbury", "1952", ("MA", "US")), ("Wellington", "4942", ("ME", "US")), ("Nelson", "7010", (None, "NZ")),
    ("Brussels", "1000", (None, "BE")), ("Budapest", "1051", (None, "HU")), ("Auckland", "1010", (None, "NZ")),
    ("Cape Town", "8001", (None, "ZA")), ("Bergen", "5003", (None, "NO")), ("Newcastle", "2300", (None, "AU")),
    # T41 M5: a four-digit postcode beginning with zero saved through a spreadsheet (Oslo's 0150): no country before
    ("Oslo", "150", (None, "NO")), ("Oslo", "0150", (None, "NO")), ("Pretoria", "2", (None, None)),
    ("Birmingham", "35203", ("AL", "US")), ("Dublin", "43016", ("OH", "US")), ("Vienna", "22180", ("VA", "US")),
    ("Melbourne", "32901", ("FL", "US")), ("Moscow", "83843", ("ID", "US")), ("Warsaw", "46580", ("IN", "US")),
    ("Lima", "45801", ("OH", "US")),
    # five digits that fit the postcodes abroad as well (T39: Athens, Greece; Hamburg, Germany; Paris, France, high;
    # then no country): USPS's ZIP codes tell (AMZ40) — 30601 is Athens, GA's, 14075 Hamburg, NY's, 75460 Paris,
    # TX's; 75002 is Allen, TX's, no Paris's: with the State empty, Paris 2e's postcode
    ("Athens", "30601", ("GA", "US")), ("Hamburg", "14075", ("NY", "US")), ("Paris", "75460", ("TX", "US")),
    ("Paris", "75002", (None, "FR")), ("Cairo", "39828", ("GA", "US")),
    # AMZ40: a postcode with letters in the UK's or Canada's form, towns of similar size at home (Manchester, NH;
    # Vancouver, WA): no country before
    ("Manchester", "M1 1AE", (None, "GB")), ("Vancouver", "V6B 1A1", ("BC", "CA")), ("Leeds", "LS1 4AP", (None, "GB")),
    ("Toronto", "M5V 2T6", ("ON", "CA")), ("London", "N6A 1A1", ("ON", "CA")),
    # the postcode abroad where it is no US ZIP at all, or a ZIP of a state without the town
    ("Vienna", "1010", (None, "AT")), ("Melbourne", "3000", (None, "AU")), ("Moscow", "101000", (None, "RU")),
    ("Warsaw", "00-001", (None, "PL")), ("Hamburg", "20095", (None, "DE")),
])
def test_a_town_written_without_its_state(city: str, postcode: str | None, said: tuple) -> None:
    assert written_town_country(city, "US", postcode) == said


HEADER = ["Order Date", "Order ID", "Title", "Category", "ASIN/ISBN", "Website", "Purchase Price Per Unit",
          "Quantity", "Shipping Address Name", "Shipping Address Street 1", "Shipping Address City",
          "Shipping Address State", "Shipping Address Zip", "Order Status", "Item Total", "Buyer Name", "Currency"]


def _report(tmp_path: Path, city: str, state: str, zip_code: str, street: str = "Hauptstr. 5") -> Path:
    """An old Order History Report (Amazon.com's items report) of 12 orders to one address."""
    lines = [",".join(HEADER)]
    for i in range(12):
        lines.append(f"{i % 12 + 1}/{i + 2}/2022,113-000000{i:02d}-0000001,Socks,APPAREL,B00SOCK{i:02d},Amazon.com,"
                     f"$5.00 ,1,Jane Example,{street},{city},{state},{zip_code},Shipped,$5.00 ,Jane Example,USD")
    (tmp_path / "01-Jan-2022_to_31-Dec-2022.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return tmp_path


def _home(folder: Path) -> dict:
    items = sorted((e for e in api.timeline([folder]) if e.kind == "amazon.order_item"), key=lambda e: e.sort_key)
    return infer(items, now=NOW).finding("home").to_dict()


def test_an_old_report_s_berlin_without_a_state_is_not_in_the_us(tmp_path: Path) -> None:
    home = _home(_report(tmp_path, "Berlin", "", ""))
    # Germany, as the one-cell address "… 10115 Berlin" gives it (before T38B: "Berlin" with no country)
    assert view.headline(home) == "You most likely live in Berlin, Germany."
    assert home["value"]["country"] == "DE"
    result = CliRunner().invoke(cli.app, ["report", str(tmp_path), "-q"])
    assert result.exit_code == 0, result.output
    assert "Berlin, United States" not in result.stdout and "Berlin, US" not in result.stdout


def test_an_old_report_s_zip_gives_the_state(tmp_path: Path) -> None:
    home = _home(_report(tmp_path, "BERLIN", "", "06037-1234"))
    assert (home["value"]["city"], home["value"]["region"], home["value"]["country"]) == ("Berlin", "CT", "US")


@pytest.mark.parametrize(("city", "postcode", "country", "shown"), [
    ("Berlin", "10115", "DE", "Germany"), ("Madrid", "28013", "ES", "Spain"),
    # T38B: Toledo, OH; Hanover, GA; Roma, United States
    ("Toledo", "45001", "ES", "Spain"), ("Hanover", "30159", "DE", "Germany"), ("Roma", "00184", "IT", "Italy"),
])
def test_an_old_report_s_foreign_postcode_is_no_us_zip(tmp_path: Path, city: str, postcode: str, country: str,
                                                       shown: str) -> None:
    """T38 H1: "Berlin" with Berlin-Mitte's "10115" on Amazon.com was "Berlin, NY, United States" (high); then
    "Berlin" with no country."""
    home = _home(_report(tmp_path, city, "", postcode))
    assert (home["value"]["city"], home["value"]["region"], home["value"]["country"]) == (city, None, country)
    assert view.headline(home) == f"You most likely live in {city}, {shown}."


@pytest.mark.parametrize(("city", "postcode", "region", "shown"), [
    ("Birmingham", "35203", "AL", "Birmingham, AL, United States"),
    ("Dublin", "43016", "OH", "Dublin, OH, United States"), ("Vienna", "22180", "VA", "Vienna, VA, United States"),
    ("Melbourne", "32901", "FL", "Melbourne, FL, United States"),
    ("Moscow", "83843", "ID", "Moscow, ID, United States"), ("Warsaw", "46580", "IN", "Warsaw, IN, United States"),
    ("Lima", "45801", "OH", "Lima, OH, United States"),
    # kept: the ZIP's state has the town and the postcode is in another province's range abroad, or an alias
    ("Rome", "30161", "GA", "Rome, GA, United States"), ("Hanover", "17331", "PA", "Hanover, PA, United States"),
])
def test_an_old_report_s_us_town_bigger_abroad_keeps_its_zip_s_state(tmp_path: Path, city: str, postcode: str,
                                                                      region: str, shown: str) -> None:
    """T39: "Birmingham", State empty, "35203" on Amazon.com was "Birmingham, United Kingdom" (high): 35203 is no UK
    postcode, and Alabama has a Birmingham."""
    home = _home(_report(tmp_path, city, "", postcode))
    assert (home["value"]["city"], home["value"]["region"], home["value"]["country"]) == (city, region, "US")
    assert home["summary"].startswith(f"You most likely live in {shown}:")


@pytest.mark.parametrize(("city", "postcode", "shown"), [
    ("Athens", "30601", "Athens, GA, United States"), ("Hamburg", "14075", "Hamburg, NY, United States"),
    ("Paris", "75460", "Paris, TX, United States"), ("Paris", "75002", "Paris, France"),
    ("Berlin", "06037", "Berlin, CT, United States"), ("Berlin", "12022", "Berlin, NY, United States"),
    ("Munich", "58352", "Munich, ND, United States"), ("Cairo", "39828", "Cairo, GA, United States"),
    ("München", "80331", "München, Germany"), ("Hanover", "30159", "Hanover, Germany"),
])
def test_an_old_report_s_zip_is_read_by_usps_zip_codes(tmp_path: Path, city: str, postcode: str, shown: str) -> None:
    """T39: "Athens", State empty, "30601" (Athens, GA) was "Athens, Greece" (high), then no country; AMZ40: "Berlin",
    "06037" (Berlin, CT) and "Munich", "58352" (Munich, ND) were Germany, high. USPS's ZIP codes tell a US ZIP code of
    that town from one of another town ("75002": Allen, TX's) or none ("80331", "30159": München's, Hannover's)."""
    home = _home(_report(tmp_path, city, "", postcode))
    assert home["summary"].startswith(f"You most likely live in {shown}:")
    assert home["confidence"] == "high"


@pytest.mark.parametrize(("city", "postcode", "shown"), [
    ("Berlin", "06023", "Berlin, CT, United States"), ("Berlin", "08091", "Berlin, NJ, United States"),
    ("Berlin", "44814", "Berlin, OH, United States"), ("Lisbon", "04252", "Lisbon, ME, United States"),
    ("Berlin", "10115", "Berlin, Germany"), ("Berlin", "53151", "Berlin, Germany"),
    # T40B H1: Berlin-Steglitz's 12169 is Stephentown, NY's ZIP, 10 km from Berlin, NY: a ZIP near a US town so
    # called is no evidence against a postcode of the far bigger town abroad ("Berlin, NY, United States", high)
    ("Berlin", "12169", "Berlin, Germany"),
])
def test_an_old_report_s_zip_of_a_village_named_after_the_town(tmp_path: Path, city: str, postcode: str,
                                                                 shown: str) -> None:
    """T40 H: "Berlin", State empty, "06023" (East Berlin, CT), "08091" (West Berlin, NJ), "44814" (Berlin Heights,
    OH) were "Berlin, Germany" (high, basis "postcode"): a ZIP whose USPS town holds the written name as whole words
    is that town's state. Not after "New" (53151 is New Berlin, WI's ZIP and a Bonn PLZ), nor a ZIP far from any US
    town so called (10115, Manhattan's, 230 km from Berlin, NY)."""
    home = _home(_report(tmp_path, city, "", postcode))
    assert home["summary"].startswith(f"You most likely live in {shown}:")


@pytest.mark.parametrize(("postcode", "name", "state"), [
    ("06023", "Berlin", "CT"), ("08091", "Berlin", "NJ"), ("10115", "Berlin", None), ("53151", "Berlin", None),
    ("10001", "York", None), ("99999", "Berlin", None),
])
def test_a_zip_near_a_us_town_so_called(postcode: str, name: str, state: str | None) -> None:
    from dataexam.inference.gazetteer import us_zip_near_town

    assert us_zip_near_town(postcode, name) == state


@pytest.mark.parametrize(("every", "zips"), [(4, ("06037",)), (2, ("06037",)), (2, ("06037", "03570"))])
def test_an_old_report_s_town_without_a_zip_on_some_orders(tmp_path: Path, every: int, zips: tuple[str, ...]) -> None:
    """T40 M: a Berlin, CT resident who left the ZIP empty on one order in ``every`` got "Orders also go to Berlin,
    Germany in the same quarters" (1 in 4) or "You most likely live in Berlin, Germany" (low, half): the town's name
    alone is read as the Berlin the export's ZIPs place; where they place two (CT and NH), it is left unplaced."""
    lines = [",".join(HEADER)]
    for i in range(16):
        zip_code = "" if i % every == 0 else zips[i % len(zips)]
        lines.append(f"{i % 12 + 1}/{i + 2}/2022,113-000000{i:02d}-0000001,Socks,APPAREL,B00SOCK{i:02d},Amazon.com,"
                     f"$5.00 ,1,Jane Example,1 Main St,Berlin,,{zip_code},Shipped,$5.00 ,Jane Example,USD")
    (tmp_path / "01-Jan-2022_to_31-Dec-2022.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    home = _home(tmp_path)
    assert "Germany" not in home["summary"]
    assert home["value"]["country"] == "US"
    if len(zips) == 1:
        assert home["summary"].startswith("You most likely live in Berlin, CT, United States:")
        assert home["confidence"] == "high"
        assert home["value"]["shipping"]["orders"] == 16


def test_an_old_report_s_toledo_without_a_state_or_zip_has_no_country(tmp_path: Path) -> None:
    """Toledo, OH, Toledo in the Philippines and Toledo, Spain are of similar size: nothing tells — and a home with
    no country is low (AMZ41: "You most likely live in Toledo" was high by the order share)."""
    home = _home(_report(tmp_path, "Toledo", "", ""))
    assert (home["value"]["city"], home["value"]["country"]) == ("Toledo", None)
    assert view.headline(home) == "You most likely live in Toledo."
    assert home["confidence"] == "low"
    assert "no country is read for Toledo" in home["confidence_basis"]


@pytest.mark.parametrize("city", ["Springfield", "New Berlin"])
def test_an_old_report_s_us_town_by_its_name_alone_is_at_most_medium(tmp_path: Path, city: str) -> None:
    """AMZ41: a US town read from its name alone (no state, no ZIP: "Springfield", of some thirty states) was high,
    though a town read abroad so ("Berlin": Germany) is at most medium; the cap is the reading's, whatever country."""
    home = _home(_report(tmp_path, city, "", ""))
    assert home["value"]["country"] == "US"
    assert home["confidence"] == "medium"
    assert "United States is read from the town's name alone" in home["confidence_basis"]


def test_an_old_report_s_zip_without_its_zero_is_the_town_s(tmp_path: Path) -> None:
    """AMZ41: "Berlin", State empty, "6037" (06037 opened in a spreadsheet and saved: the ZIP read as a number) gave
    "Berlin" with no country; read in full it is Berlin, CT's."""
    home = _home(_report(tmp_path, "Berlin", "", "6037"))
    assert home["summary"].startswith("You most likely live in Berlin, CT, United States:")
    assert home["confidence"] == "high"


@pytest.mark.parametrize(("city", "zip_code", "said"), [
    ("Nelson", "3457", "Nelson, NH, United States"), ("Salisbury", "1952", "Salisbury, MA, United States"),
    ("Vienna", "4360", "Vienna, ME, United States"), ("Auckland", "1010", "Auckland, New Zealand"),
    ("Cape Town", "8001", "Cape Town, South Africa"),
])
def test_an_old_report_s_zip_without_its_zero_beats_a_postcode_s_form_abroad(tmp_path: Path, city: str,
                                                                             zip_code: str, said: str) -> None:
    """T41 H1: "Nelson", State empty, "3457" (Nelson, NH's 03457 saved through a spreadsheet) was "Nelson, New
    Zealand", high: four digits have New Zealand's postcode form, but USPS says they are this very town's ZIP and
    nothing says Nelson, NZ's postcode is 3457 (its are 70xx). A town abroad's own postcode stays abroad."""
    home = _home(_report(tmp_path, city, "", zip_code))
    assert home["summary"].startswith(f"You most likely live in {said}:")
    assert home["confidence"] == "high"


@pytest.mark.parametrize(("other", "placed"), [("New Berlin", 16), ("NEW BERLIN", 16), ("Berlin", 12)])
def test_an_old_report_s_us_town_without_a_zip_on_some_orders(tmp_path: Path, other: str, placed: int) -> None:
    """T40B M: a New Berlin, WI resident who left the ZIP empty on one order in four got "Orders also go to New
    Berlin, United States" and low: the name alone is read as the New Berlin the export's ZIPs place, as "Berlin"
    alone is read as Berlin, CT beside 06037 (T40). "Berlin" alone there ("Orders also go to Berlin, Germany") is
    not told from New Berlin (nor from Berlin, WI): unplaced."""
    lines = [",".join(HEADER)]
    for i in range(16):
        city, zip_code = (other, "") if i % 4 == 0 else ("New Berlin", "53151")
        lines.append(f"{i % 12 + 1}/{i + 2}/2022,113-000000{i:02d}-0000001,Socks,APPAREL,B00SOCK{i:02d},Amazon.com,"
                     f"$5.00 ,1,Jane Example,1 Main St,{city},,{zip_code},Shipped,$5.00 ,Jane Example,USD")
    (tmp_path / "01-Jan-2022_to_31-Dec-2022.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    home = _home(tmp_path)
    assert home["summary"].startswith("You most likely live in New Berlin, WI, United States:")
    assert "also go to" not in home["confidence_basis"] and "Germany" not in home["confidence_basis"]
    assert home["confidence"] == "high"
    assert home["value"]["shipping"]["orders"] == placed


def test_an_old_report_s_lower_case_town_shown_as_geonames_names_it(tmp_path: Path) -> None:
    """T38B: the City column's "berlin" (typed so in the address form) was shown "berlin"."""
    home = _home(_report(tmp_path, "berlin", "", "10115"))
    assert (home["value"]["city"], home["value"]["country"]) == ("Berlin", "DE")
    assert view.headline(home) == "You most likely live in Berlin, Germany."
    (tmp_path / "zurich").mkdir()
    home = _home(_report(tmp_path / "zurich", "zurich", "", ""))
    assert (home["value"]["city"], home["value"]["country"]) == ("Zürich", "CH")


def test_a_small_us_town_has_coordinates(tmp_path: Path) -> None:
    """T38B: a town under 5,000 people its state and ZIP placed (GeoNames cities500: Madrid, IA) had no coordinates."""
    home = _home(_report(tmp_path, "MADRID", "IA", "50156"))
    value = home["value"]
    assert (value["city"], value["region"], value["country"]) == ("Madrid", "IA", "US")
    assert value["lat"] == pytest.approx(41.88, abs=0.05) and value["lon"] == pytest.approx(-93.82, abs=0.05)


def test_an_old_report_s_us_town_without_a_state_stays_us(tmp_path: Path) -> None:
    home = _home(_report(tmp_path, "SPRINGFIELD", "", ""))
    assert (home["value"]["city"], home["value"]["country"]) == ("Springfield", "US")


def test_a_legacy_export_s_berlin_ct_is_the_home(tmp_path: Path) -> None:
    """The one-cell address of Retail.OrderHistory: "… Berlin CT 06037 United States" is home in Berlin, CT (before:
    "Connecticut, United States", no town)."""
    rows = [_item(f"111-0000000-{i:07d}", f"2022-{i % 12 + 1:02d}-05T14:00:00Z", f"B0ITEM{i:04d}", "10.00")
            | {"Shipping Address": "Sam Roe 1 MAIN ST BERLIN CT 06037 United States"} for i in range(12)]
    tree = tmp_path / "amazon"
    path = tree / "Retail.OrderHistory.1" / "Retail.OrderHistory.1.csv"
    path.parent.mkdir(parents=True)
    path.write_bytes(_csv(LEGACY_HEADER, rows))
    archive = zip_tree(tree, tmp_path / "amazon.zip")
    result = CliRunner().invoke(cli.app, ["report", str(archive), "-f", "json", "-q"])
    assert result.exit_code == 0, result.output
    home = next(f for f in json.loads(result.stdout)["findings"] if f["id"] == "home")
    assert (home["value"]["city"], home["value"]["region"], home["value"]["country"]) == ("Berlin", "CT", "US")
    assert "MAIN" not in result.stdout and "06037" not in result.stdout


@pytest.mark.parametrize(("address", "basis"), [
    ("Sam Roe 1 MAIN ST BERLIN CT 06037 United States", "country"),
    ("Sam Roe 1 MAIN ST BERLIN CT 06037", "marketplace"),
    ("Hans Roe Hauptstr. 5 10115 Berlin", "postcode"),
])
def test_a_one_cell_address_says_how_its_country_was_read(tmp_path: Path, address: str, basis: str) -> None:
    """T40 L: orders whose address is one cell carried no ``shipping_country_basis`` (a town written in a column of
    its own did): the country written, the marketplace's own by the address's form, or a postcode's abroad."""
    rows = [_item(f"111-0000000-{i:07d}", f"2022-{i % 12 + 1:02d}-05T14:00:00Z", f"B0ITEM{i:04d}", "10.00")
            | {"Shipping Address": address, "Website": "Amazon.com"} for i in range(3)]
    tree = tmp_path / "amazon"
    path = tree / "Retail.OrderHistory.1" / "Retail.OrderHistory.1.csv"
    path.parent.mkdir(parents=True)
    path.write_bytes(_csv(LEGACY_HEADER, rows))
    items = [e for e in api.timeline([zip_tree(tree, tmp_path / "amazon.zip")]) if e.kind == "amazon.order_item"]
    assert items and {e.attrs.get("shipping_country_basis") for e in items} == {basis}
