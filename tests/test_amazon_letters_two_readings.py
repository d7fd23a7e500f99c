"""Letters that are two places' (T47C): a country's ISO code and a province's abroad, a city-state's code and a US
state's, a US state's name shortened and a country's code; and Zip cells typed in groups.

* "… 1 High St Lansdowne UK" read Uttarakhand's Lansdowne (India, high) by AMZ48's "… Roorkee UK" rule: a British
  street line before the town keeps the United Kingdom; "… 12 Mall Rd Roorkee UK" stays India.
* "… 1 Main St Macau MO 65265", "… Vatican City VA 22180": a ZIP of the state's own range keeps the US (read Macau,
  Vatican City, high).
* The old report's "Paris", "FR" and "Tbilisi", "GE" (no ZIP) read "…, United States", high: FR shortens Florida, GE
  Georgia; a town of the country so lettered and of no place of that state is the country's.
* Zip cells "28 000", "28000-000" (Colima's CP) and "403-001" (Panaji's PIN) beside Colorado's and Georgia's letters
  read "…, United States", high.

Addresses are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_amazon_region_in_full import _retail
from test_amazon_town_state_zip import _home, _report

from dataexam.report import view
from dataexam_parsers.amazon_address import (
    city_state_named,
    iso_letters_abroad,
    shipping_place,
    unpadded_postcode,
    written_postcode,
)


def _seen(home: dict) -> tuple[str, str]:
    return view.headline(home), home["confidence"]


@pytest.mark.parametrize(("address", "country"), [
    ("Sam Roe 1 High St Lansdowne UK", "GB"),  # was Lansdowne, India (high)
    ("Sam Roe 1 High Street Almora UK", "GB"),
    ("Sam Roe 2 Elm Close Haridwar UK", "GB"),
    ("Sam Roe 4 Rose Mews Mussoorie UK", "GB"),
    ("Sam Roe 1 The Green Ranikhet UK", "GB"),
])
def test_a_british_street_before_an_indian_town_s_name_keeps_the_united_kingdom(address: str, country: str) -> None:
    place = shipping_place(address, site_country="US")
    assert (place.country_code, place.city) == (country, None)


@pytest.mark.parametrize(("address", "town"), [
    ("Ravi K 12 Mall Rd Roorkee UK", "Roorkee"),
    ("Ravi K 12 Mall Rd Lansdowne UK", "Lansdowne"),
    ("Ravi K 12 Station Rd Haridwar UK", "Haridwar"),
    ("Ravi K 12 Mall Rd Nainital UK 263 001", "Nainital"),
])
def test_uttarakhand_s_letters_after_its_town_stay_india(address: str, town: str) -> None:
    place = shipping_place(address, site_country="US")
    assert (place.city, place.region, place.country_code) == (town, "UK", "IN")


@pytest.mark.parametrize(("address", "headline"), [
    ("Sam Roe 1 High St Lansdowne UK", "You most likely live in the United Kingdom."),
    ("Sam Roe 1 High St Ely UK", "You most likely live in Ely, United Kingdom."),
    ("Ravi K 12 Mall Rd Roorkee UK", "You most likely live in Roorkee, India."),
])
def test_the_home_of_letters_that_are_the_uk_s_and_uttarakhand_s(tmp_path: Path, address: str,
                                                                 headline: str) -> None:
    assert _seen(_home(_retail(tmp_path, address))) == (headline, "high")


@pytest.mark.parametrize(("address", "state"), [
    ("Sam Roe 1 Main St Macau MO 65265", "MO"),  # was Macau, Macao SAR China (high)
    ("Sam Roe 1 Main St Macau MO 63101", "MO"),
    ("Sam Roe 1 Main St Vatican City VA 22180", "VA"),  # was Vatican City, Vatican City (high)
    ("Sam Roe 1 Main St Vatican City VA 22101-1234", "VA"),
])
def test_a_city_state_s_town_beside_a_zip_of_the_state_stays_american(address: str, state: str) -> None:
    place = shipping_place(address, site_country="US")
    assert (place.region, place.country_code) == (state, "US")


@pytest.mark.parametrize(("address", "town", "country"), [
    ("Lee 1 Av Almeida Ribeiro Macau MO 999078", "Macau", "MO"),
    ("Sam Roe 1 Main St Vatican City VA 2218", "Vatican City", "VA"),  # 02218 is Massachusetts', not Virginia's
    ("Sam Roe 1 Main St Macau MO", "Macau", "MO"),
])
def test_a_city_state_s_town_beside_another_postcode_stays_its_own(address: str, town: str, country: str) -> None:
    place = shipping_place(address, site_country="US")
    assert (place.city, place.country_code) == (town, country)


@pytest.mark.parametrize(("address", "headline"), [
    ("Sam Roe 1 Main St Macau MO 65265", "You most likely live in the United States."),
    ("Sam Roe 1 Main St Vatican City VA 22180", "You most likely live in the United States."),
    ("Sam Roe 1 Main St Mexico MO 65265", "You most likely live in Mexico, United States."),
    ("Sam Roe 1 Main St Richmond VA", "You most likely live in Richmond, United States."),
])
def test_the_home_of_a_city_state_s_name_beside_a_state_s_zip(tmp_path: Path, address: str, headline: str) -> None:
    assert _seen(_home(_retail(tmp_path, address))) == (headline, "high")


@pytest.mark.parametrize(("city", "region", "postcode", "code"), [
    ("Macau", "MO", "65265", None),
    ("Vatican City", "VA", "22180", None),
    ("Vatican City", "VA", "00120", "VA"),
    ("Macau", "MO", "999078", "MO"),
    ("Macau", "MO", "", "MO"),
])
def test_city_state_named_by_the_zip(city: str, region: str, postcode: str, code: str | None) -> None:
    assert city_state_named(city, region, postcode) == code


@pytest.mark.parametrize(("city", "region", "shown"), [
    ("Paris", "FR", "Paris, France"),  # was Paris, United States (high: FR read as Florida)
    ("Lyon", "FR", "Lyon, France"),
    ("Tbilisi", "GE", "Tbilisi, Georgia"),  # was Tbilisi, United States (high: GE read as Georgia)
    ("Batumi", "GE", "Batumi, Georgia"),
    # a town of the state the letters shorten stays the state's
    ("Tampa", "FR", "Tampa, United States"),
    ("Atlanta", "GE", "Atlanta, United States"),
    ("Athens", "GE", "Athens, United States"),
    ("Paris", "Fla.", "Paris, United States"),
    ("Paris", "TX", "Paris, United States"),
    ("Athens", "GA", "Athens, United States"),
    ("Denver", "CO", "Denver, United States"),
    ("Portland", "OR", "Portland, United States"),
    ("Hartford", "CT", "Hartford, United States"),
    ("Provo", "UT", "Provo, United States"),
    ("Richmond", "VA", "Richmond, United States"),
    ("Delhi", "NY", "Delhi, United States"),
    ("Lansdowne", "PA", "Lansdowne, United States"),
    ("Mexico", "MO", "Mexico, United States"),
])
def test_an_old_report_s_state_of_a_country_s_iso_letters(tmp_path: Path, city: str, region: str, shown: str) -> None:
    home = _home(_report(tmp_path, city, region, "", street="1 Main St"))
    assert _seen(home) == (f"You most likely live in {shown}.", "high")


@pytest.mark.parametrize(("city", "region", "country"), [
    ("Paris", "FR", "FR"), ("Tbilisi", "GE", "GE"), ("Tampa", "FR", None), ("Paris", "TX", None),
    ("Berlin", "DE", None),  # Delaware's own letters: not this reading
    ("Paris", "ZZ", None),
])
def test_iso_letters_abroad(city: str, region: str, country: str | None) -> None:
    assert iso_letters_abroad(city, region) == country


@pytest.mark.parametrize(("city", "region", "postcode", "shown"), [
    ("Colima", "CO", "28 000", "Colima, Mexico"),  # were Colima, United States (high)
    ("Colima", "CO", "28000-000", "Colima, Mexico"),
    ("Panaji", "GA", "403-001", "Panaji, India"),  # was Panaji, United States (high)
    ("Panaji", "GA", "403 001", "Panaji, India"),
    ("Bhubaneswar", "OR", "751-001", "Bhubaneswar, India"),
    # US towns with their ZIPs so typed stay American
    ("Denver", "CO", "80202", "Denver, United States"),
    ("Denver", "CO", "802 02", "Denver, United States"),
    ("Denver", "CO", "80202-000", "Denver, United States"),
    ("Denver", "CO", "80202-1234", "Denver, United States"),
    ("Athens", "GA", "306 01", "Athens, United States"),
    ("Salem", "OR", "973 01", "Salem, United States"),
    ("Moscow", "ID", "83843", "Moscow, United States"),
    ("Mexico", "MO", "65265", "Mexico, United States"),
])
def test_an_old_report_s_zip_typed_in_groups(tmp_path: Path, city: str, region: str, postcode: str,
                                             shown: str) -> None:
    home = _home(_report(tmp_path, city, region, postcode, street="1 Main St"))
    assert _seen(home) == (f"You most likely live in {shown}.", "high")


@pytest.mark.parametrize(("written", "read"), [
    ("403 001", "403001"), ("403-001", "403001"), ("28 000", "28000"), ("306 01", "30601"), ("28000", "28000"),
    ("00-001", "00-001"), ("1100-048", "1100-048"), ("SW1A 1AA", "SW1A 1AA"), ("31901-1234", "31901-1234"), ("", ""),
])
def test_written_postcode(written: str, read: str) -> None:
    assert written_postcode(written) == read


@pytest.mark.parametrize(("written", "five"), [
    ("28000-000", "28000"), ("28000-001", None), ("28000", None), ("28000-0000", None),
])
def test_unpadded_postcode(written: str, five: str | None) -> None:
    assert unpadded_postcode(written) == five


def _retail_on(tmp_path: Path, address: str, website: str, currency: str) -> Path:
    """A Retail.OrderHistory of 12 orders to one one-cell address on another marketplace."""
    from test_amazon_records import LEGACY_HEADER, _csv, _item

    rows = [_item(f"111-0000000-{i:07d}", f"2022-{i % 12 + 1:02d}-05T14:00:00Z", f"B0ITEM{i:04d}", "10.00")
            | {"Shipping Address": address, "Website": website, "Currency": currency} for i in range(12)]
    path = tmp_path / "amazon" / "Retail.OrderHistory.1" / "Retail.OrderHistory.1.csv"
    path.parent.mkdir(parents=True)
    path.write_bytes(_csv(LEGACY_HEADER, rows))
    return tmp_path / "amazon"


@pytest.mark.parametrize("site", ["GB", "CA", "DE"])
@pytest.mark.parametrize(("address", "town", "state"), [
    # a US street line and a town GeoNames lacks before Virginia's or Missouri's letters: the state's on every
    # marketplace (AMZ48's rule was Amazon.com's; T47C: "… 1 High St Small Town VA" on Amazon.co.uk was Vatican City)
    ("Sam Roe 1 High St Small Town VA", None, "VA"),
    ("Sam Roe 12 Elm Rd Smallville MO", None, "MO"),
    ("Sam Roe 12 Oak St Floyd VA", "Floyd", "VA"),
])
def test_a_us_street_before_a_state_s_letters_on_another_marketplace(site: str, address: str, town: str | None,
                                                                     state: str) -> None:
    place = shipping_place(address, site_country=site)
    assert (place.city, place.region, place.country_code) == (town, state, "US")


@pytest.mark.parametrize("site", ["GB", "US"])
@pytest.mark.parametrize(("address", "town", "country"), [
    ("Luca 1 Via della Conciliazione VA", "Vatican City", "VA"),
    ("Lee 1 Av Almeida Ribeiro MO", "Macau", "MO"),
])
def test_a_city_state_s_own_street_on_any_marketplace(site: str, address: str, town: str, country: str) -> None:
    place = shipping_place(address, site_country=site)
    assert (place.city, place.country_code) == (town, country)


def test_a_us_town_after_a_street_on_amazon_co_uk_keeps_its_name() -> None:
    # read as a region abroad first (the US from Britain): the town as written, as before the US street rule ran there
    place = shipping_place("Sam Roe 1 High St Bath MO", site_country="GB")
    assert (place.city, place.region, place.country_code) == ("Bath", "MO", "US")


def test_the_home_of_a_us_address_on_amazon_co_uk(tmp_path: Path) -> None:
    home = _home(_retail_on(tmp_path, "Sam Roe 1 High St Small Town VA", "Amazon.co.uk", "GBP"))
    assert _seen(home) == ("You most likely live in the United States.", "high")  # was Vatican City, Vatican City


_ONCE_LOST = [
    # each was "Not in the inputs: … no Amazon shipping town." (insufficient), or a country with no town
    ("Tan 1 Orchard Rd SG 238823", "You most likely live in Singapore."),
    ("Tan Blk 1 Orchard Rd #01-01 SG 238823", "You most likely live in Singapore."),
    ("Raj K 1 MG Road Mumbai 400 001", "You most likely live in Mumbai, India."),
    ("Raj K 1 MG Road Mumbai 400001", "You most likely live in Mumbai, India."),
    ("Sam Roe 1 Main St Wheeling WVa", "You most likely live in Wheeling, United States."),
    ("Sam Roe 1 Main St Wheeling WVa 26003", "You most likely live in Wheeling, United States."),
    ("Sam Roe 1 Main St Bismarck NDak", "You most likely live in Bismarck, United States."),
    ("Sam Roe 1 Main St Pierre SDak 57501", "You most likely live in Pierre, United States."),
    ("Ana Ruiz Av Juarez 10 Colima CO 28010 Mexico", "You most likely live in Colima, Mexico."),
    ("Ana Ruiz Av Juarez 10 Morelia MI 58000 MEXICO", "You most likely live in Morelia, Mexico."),
    ("Sam Roe 1 Main St Moscow ID 838430", "You most likely live in Moscow, United States."),
    ("Ana Ruiz Av Juarez 10 Monterrey NL", "You most likely live in Monterrey, Mexico."),
    ("Nguyen A 1 Le Loi Da Nang DN", "You most likely live in Da Nang, Vietnam."),
    ("Ali K 1 Sheikh Zayed Rd Dubai DU", "You most likely live in Dubai, United Arab Emirates."),
    ("Sam Roe 1 Main St Salem OR 973 01", "You most likely live in Salem, United States."),
    ("Sam Roe 1 Main St Memphis TN 381 03", "You most likely live in Memphis, United States."),
    ("Ana Ruiz Av Juarez 10 Colima CO 280 10", "You most likely live in Colima, Mexico."),
]
_LOOK_ALIKES = [
    # US look-alikes of those rules stay American
    ("Sam Roe 1 Main St Moscow ID 83843", "You most likely live in Moscow, United States."),
    ("Sam Roe 1 Main St Delhi NY 137530", "You most likely live in Delhi, United States."),
    ("Sam Roe 1 Main St Mexico MO 65265", "You most likely live in Mexico, United States."),
    ("Sam Roe 1 Main St Denver CO 80202 USA", "You most likely live in Denver, United States."),
    ("Sam Roe 1 Main St Athens GA 30601", "You most likely live in Athens, United States."),
    ("Sam Roe 1 Main St Paris TX 75460", "You most likely live in Paris, United States."),
    ("Sam Roe 1 Main St Portland OR 97201", "You most likely live in Portland, United States."),
    ("Sam Roe 1 Main St Hartford CT 06103", "You most likely live in Hartford, United States."),
    ("Sam Roe 1 Main St Provo UT 84601", "You most likely live in Provo, United States."),
    ("Sam Roe 1 Main St Richmond VA", "You most likely live in Richmond, United States."),
    ("Sam Roe 1 Main St Lansdowne PA 19050", "You most likely live in Lansdowne, United States."),
    ("Sam Roe 1 Main St Anytown VA 00120", "You most likely live in the United States."),
    ("Raj K 1 MG Road Pune MH 411001", "You most likely live in Pune, India."),
]


@pytest.mark.parametrize(("address", "headline"), [*_ONCE_LOST, *_LOOK_ALIKES])
def test_a_one_cell_place_once_lost_and_its_look_alikes(tmp_path: Path, address: str, headline: str) -> None:
    assert _seen(_home(_retail(tmp_path, address))) == (headline, "high")


@pytest.mark.parametrize(("address", "place"), [
    ("Ana Ruiz Av Juarez 10 Monterrey NL", ("Monterrey", "NLE", "MX")),
    ("Nguyen A 1 Le Loi Da Nang DN", ("Da Nang", "DN", "VN")),
    ("Ali K 1 Sheikh Zayed Rd Dubai DU", ("Dubai", "DU", "AE")),
    ("Sam Roe 1 Main St Wheeling WVa", ("Wheeling", "WV", "US")),
    ("Sam Roe 1 Main St Moscow ID 838430", ("Moscow", "ID", "US")),
    ("Tan 1 Orchard Rd SG 238823", ("Singapore", None, "SG")),
])
def test_a_one_cell_town_region_and_country(address: str, place: tuple[str, str | None, str]) -> None:
    found = shipping_place(address, site_country="US")
    assert (found.city, found.region, found.country_code) == place
