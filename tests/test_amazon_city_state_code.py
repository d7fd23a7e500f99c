"""Two letters that are a city-state's ISO code or a US state's and a region's abroad (T46 H1, H2; T46C). The old
report's columns with such letters: ``test_amazon_region_english_cell.test_an_old_report_s_home``.

Retail.OrderHistory's "Shipping Address" holds name, street, town, state and ZIP in one cell; with no ZIP, "… 1 Main St
Richmond VA" ended in Vatican City's code, and a city-state's address that names no town of its own is in its town
(the rule for "<ADDR> 238823 SG"), so Virginia read "You most likely live in Vatican City, Vatican City." (high) and
Missouri's "… St. Louis MO" Macau. Shanghai's "… Shanghai SH" read St Helena, Ho Chi Minh City's "SG" Singapore. A
town named before the code is read first: the US state's in the US order, a province's abroad; a city-state's own
address naming no other town keeps its reading. T46C: a town GeoNames' towns lack after a US street ("… 12 Oak St
Floyd VA", "… Smallville MO") and West Virginia's "W. Va." still read Vatican City and Macau (high). T47: "W Va"
without dots read Vatican City; a Mexican CP beside a Mexican state's letters that are a US state's ("… Colima CO
28010"), a city-state's town, letters and postcode ("… Vatican City VA 00120"), Uttarakhand's "UK" after its town and
an Indian PIN in two groups ("… Pune MH 411 001") read the US, the UK or no town. Addresses are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_amazon_region_in_full import _retail
from test_amazon_town_state_zip import _home

from dataexam.report import view
from dataexam_parsers.amazon_address import shipping_place


@pytest.mark.parametrize(("address", "town", "state"), [
    ("Sam Roe 1 Main St Richmond VA", "Richmond", "VA"),  # was Vatican City, VA
    ("Sam Roe 1 Main St Richmond Va.", "Richmond", "VA"),
    ("Sam Roe 1 Main St, Richmond, VA", "Richmond", "VA"),
    ("Sam Roe 1 Main St Norfolk Va", "Norfolk", "VA"),
    ("Sam Roe 1 Main St Arlington VA", "Arlington", "VA"),
    ("Sam Roe 1 Main St St. Louis MO", "St. Louis", "MO"),  # was Macau, MO
    ("Sam Roe 1 Main St Kansas City MO", "Kansas City", "MO"),
    ("Sam Roe 1 Main St Jefferson City Mo.", "Jefferson City", "MO"),
    ("Sam Roe 1 Main St Richmond VA 23219", "Richmond", "VA"),  # with a ZIP, as before
])
def test_a_us_state_s_letters_that_are_a_city_state_s_code_stay_the_state(address: str, town: str,
                                                                          state: str) -> None:
    place = shipping_place(address, site_country="US")
    assert (place.city, place.region, place.country_code) == (town, state, "US")


@pytest.mark.parametrize(("address", "town", "country"), [
    ("Li Wei 1 Nanjing Rd Shanghai SH", "Shanghai", "CN"),  # was Georgetown, St Helena
    # was Singapore; then the town "Ho Chi Minh", the region "City SG" (T46C: the region's first word is the town's)
    ("Nguyen A 1 Le Loi Ho Chi Minh City SG", "Ho Chi Minh City", "VN"),
    ("Nguyen A 1 Le Loi Ho Chi Minh City SG 700000", "Ho Chi Minh City", "VN"),
])
def test_a_province_s_letters_that_are_a_city_state_s_code_stay_the_province(address: str, town: str,
                                                                             country: str) -> None:
    place = shipping_place(address, site_country="US")
    assert (place.city, place.country_code) == (town, country)


@pytest.mark.parametrize(("address", "town"), [
    ("Nguyen A 1 Le Loi Ho Chi Minh City SG", "Ho Chi Minh City"),
    ("Nguyen A 1 Le Loi Ho Chi Minh City SG 700000", "Ho Chi Minh City"),
    ("Ana Ruiz Calle Mayor 3 Madrid COMUNIDAD DE MADRID 28013", "Madrid"),  # a region of three words stays whole
])
def test_a_region_s_first_word_that_ends_the_town_s_name_is_the_town_s(address: str, town: str) -> None:
    place = shipping_place(address, site_country="US")
    assert place.city == town
    assert place.region in ("SG", "COMUNIDAD DE MADRID")


@pytest.mark.parametrize(("address", "town", "country"), [
    ("Tan 1 Orchard Road 238823 SG", "Singapore", "SG"),
    ("Tan 1 Orchard Road Singapore 238823 SG", "Singapore", "SG"),
    ("Chan 1 Queen's Rd HK", "Hong Kong", "HK"),
    ("Lee 1 Av Almeida Ribeiro MO", "Macau", "MO"),
    ("Luca 1 Via della Conciliazione VA", "Vatican City", "VA"),
    ("Lee 1 Av Almeida Ribeiro Macau MO", "Macau", "MO"),
    ("Rossi 1 Av Princesse Grace 98000 MC", "Monaco", "MC"),
    ("Luca 1 Via della Conciliazione 00120 VA", "Vatican City", "VA"),
])
@pytest.mark.parametrize("site", ["US", "GB"])
def test_a_city_state_s_own_address_keeps_its_town(address: str, town: str, country: str, site: str) -> None:
    place = shipping_place(address, site_country=site)
    assert (place.city, place.country_code) == (town, country)


@pytest.mark.parametrize(("address", "town", "state"), [
    # on Amazon.com, a US street line and a town GeoNames' towns of ≥ 5,000 people lack before the state's letters, no
    # ZIP (T46C: each "Vatican City" or "Macau", high): the state, with the town where GeoNames has a place of ≥ 500
    ("Sam Roe 12 Oak St Floyd VA", "Floyd", "VA"),
    ("Sam Roe 1 Main St Tazewell VA", "Tazewell", "VA"),
    ("Sam Roe 1 Main St Chincoteague VA", "Chincoteague", "VA"),
    ("Sam Roe 1 Main St Apt 4 Floyd VA", "Floyd", "VA"),
    ("Sam Roe 1 Main St Rolla MO", "Rolla", "MO"),  # a town of ≥ 5,000, as before
    ("Sam Roe 12 Elm Rd Smallville MO", None, "MO"),
    ("Sam Roe 1 Main St Small Town VA", None, "VA"),
    # West Virginia's old shortening ends in Virginia's letters (T46C: "Vatican City"; with the ZIP, Virginia)
    ("Sam Roe 1 Main St Wheeling W. Va.", "Wheeling", "WV"),
    ("Sam Roe 1 Main St Wheeling W. Va. 26003", "Wheeling", "WV"),
    ("Sam Roe 1 Main St Charleston W.Va. 25301", "Charleston", "WV"),
])
def test_a_us_state_s_letters_after_a_us_street_win_over_a_city_state_s_default(address: str, town: str | None,
                                                                                state: str) -> None:
    place = shipping_place(address, site_country="US")
    assert (place.city, place.region, place.country_code) == (town, state, "US")


@pytest.mark.parametrize(("address", "shown"), [
    ("Sam Roe 1 Main St Richmond VA", "Richmond, United States"),  # was "Vatican City, Vatican City." (high)
    ("Sam Roe 1 Main St St. Louis MO", "St. Louis, United States"),  # was "Macau, Macao SAR China." (high)
    ("Sam Roe 12 Oak St Floyd VA", "Floyd, United States"),  # T46C: was "Vatican City, Vatican City." (high)
    ("Sam Roe 1 Main St Tazewell VA", "Tazewell, United States"),
    ("Sam Roe 1 Main St Wheeling W. Va.", "Wheeling, United States"),
    # T47: "W Va" without dots was "Vatican City, Vatican City." (high); with a ZIP no town; "N Dak", "S Dak" alike
    ("Sam Roe 1 Main St Wheeling W Va", "Wheeling, United States"),
    ("Sam Roe 1 Main St Charleston W Va", "Charleston, United States"),
    ("Sam Roe 1 Main St Wheeling W Va 26003", "Wheeling, United States"),
    ("Sam Roe 1 Main St Fargo N Dak", "Fargo, United States"),
    ("Sam Roe 1 Main St Pierre S Dak", "Pierre, United States"),
    ("Sam Roe 12 Elm Rd Smallville MO", "the United States"),  # was "Macau, Macao SAR China." (high)
])
def test_the_home_of_a_one_cell_address_without_zip_is_the_us_town(tmp_path: Path, address: str, shown: str) -> None:
    home = _home(_retail(tmp_path, address))
    assert view.headline(home) == f"You most likely live in {shown}."
    assert home["confidence"] == "high"


@pytest.mark.parametrize(("address", "shown"), [
    # T46C: the town "Ho Chi Minh", the region "City SG"
    ("Nguyen A 1 Le Loi Ho Chi Minh City SG 700000", "Ho Chi Minh City, Vietnam"),
    # India's states by the ISO letters Google's data still has (Odisha's OR, Chhattisgarh's CT, Uttarakhand's UT,
    # Telangana's TG; ISO's are OD, CG, UK, TS now): no shipping town at all before
    ("Rao 1 MG Rd Bhubaneswar OR 751001", "Bhubaneswar, India"),
    ("Rao 1 MG Rd Raipur CT 492001", "Raipur, India"),
    ("Rao 1 MG Rd Dehradun UT 248001", "Dehradun, India"),
    ("Rao 1 MG Rd Hyderabad TG", "Hyderabad, India"),
    # Goa's letters are Georgia's; Georgia has no Panaji (GeoNames calls it Panjim): was "United States", high
    ("Rao 1 MG Rd Panaji GA", "Panaji, India"),
    # the US states so lettered keep their towns
    ("Sam Roe 1 Main St Portland OR 97201", "Portland, United States"),
    ("Sam Roe 1 Main St Hartford CT 06103", "Hartford, United States"),
    ("Sam Roe 1 Main St Atlanta GA", "Atlanta, United States"),
    # T47: a Mexican CP beside a Mexican state's old letters that are a US state's, the ZIP another state's range
    # and no place of the state so called: "United States" (high, no town)
    ("Ana Ruiz Av Juarez 10 Colima CO 28010", "Colima, Mexico"),
    ("Ana Ruiz Calle Madero 5 Manzanillo CO 28200", "Manzanillo, Mexico"),
    ("Ana Ruiz Av Morelos 3 Morelia MI 58000", "Morelia, Mexico"),
    ("Ana Ruiz Av Morelos 3 Cuernavaca MO 62000", "Cuernavaca, Mexico"),
    ("Ana Ruiz Calle 59 No 12 Campeche CA 24000", "Campeche, Mexico"),
    ("Ana Ruiz Blvd Colosio 4 Pachuca HI 42000", "Pachuca, Mexico"),
    # a city-state's own town beside its letters, Virginia's or Missouri's too, and a postcode: "United States", high
    ("Pio Rossi Via della Conciliazione 1 Vatican City VA 00120", "Vatican City"),
    ("Ana Lei Rua de S. Paulo 5 Macau MO 999078", "Macau"),
    ("Tan Wei 1 Orchard Rd Singapore SG 238823", "Singapore"),
    # US towns so lettered stay (a ZIP of another state's range: at most medium since POST59, below)
    ("Sam Roe 1 Main St Mexico MO 65265", "Mexico, United States"),
    ("Sam Roe 1 Main St Richmond VA 23219", "Richmond, United States"),
    ("Sam Roe 1 Main St Columbia MO 65201", "Columbia, United States"),
    # T47: a country's letters that are a province's too, no town of that country before them: "United Kingdom", high
    # (Uttarakhand's ISO letters are UK; the old report's "Dehradun", "UK" reads India)
    ("Ravi K 12 MG Road Roorkee UK", "Roorkee, India"),
    ("Ravi K 12 MG Road Dehradun UK", "Dehradun, India"),
    ("Jo Bloggs 1 High St Leeds UK", "Leeds, United Kingdom"),
    ("Jo Bloggs 1 High St London UK", "London, United Kingdom"),
    # an Indian PIN in two groups of three: no shipping town at all
    ("Ravi K 12 MG Road Cuttack OR 753 001", "Cuttack, India"),
    ("Ravi K 12 MG Road Pune MH 411 001", "Pune, India"),
    ("Ravi K 12 MG Road Haridwar UK 249 401", "Haridwar, India"),
    ("Ravi K 12 MG Road Pune MH 411001", "Pune, India"),
])
def test_the_home_of_a_one_cell_address_with_a_province_s_letters(tmp_path: Path, address: str, shown: str) -> None:
    home = _home(_retail(tmp_path, address))
    assert (view.headline(home), home["confidence"]) == (f"You most likely live in {shown}.", "high")



@pytest.mark.parametrize(("address", "shown"), [
    # US towns so lettered stay, the ZIP another state's range (NC's 28000, NY's 10552): at most medium since POST59
    # (the postcode check runs whatever else is written: "… Houston TX 93701" was high)
    ("Sam Roe 1 Main St Denver CO 28000", "Denver, United States"),
    ("Sam Roe 1 Main St Athens GA 10552", "Athens, United States"),
])
def test_a_us_town_beside_another_state_s_zip(tmp_path: Path, address: str, shown: str) -> None:
    home = _home(_retail(tmp_path, address))
    assert (view.headline(home), home["confidence"]) == (f"You most likely live in {shown}.", "medium")
