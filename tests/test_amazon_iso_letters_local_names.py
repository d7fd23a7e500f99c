"""A town beside letters that are a US state's code and its country's ISO code, written the way its people or English
write it, and letters that may be read either way (AMZ51). Addresses are invented.

* Old report, no ZIP: a large town by a local form GeoNames' main name lacks — "Fez", "MA"; "Bogota D.C.", "CO";
  "Capital Federal", "AR"; "Jakarta Selatan", "ID"; "Frankfurt a.M.", "DE" read "…, United States" (high), "CABA",
  "AR" "Caba, India" (high) — and by its usual English name — "Frankfurt", "Cologne", "Hanover", "DE"; "Bangalore",
  "IN" (medium, GeoNames' main names "Frankfurt am Main", "Köln", "Hannover", "Bengaluru") — is its country's, high.
* "Hamilton", "CA" (Ontario's Hamilton; California's Hamilton City) read Canada, high; "Salem", "IN" Indiana's
  (high) and the one-cell "… 1 Main St Salem IN" India's (high): medium, both countries named.
* The one cell "… Granada CO" read Colombia, high, where the old report's "Granada", "CO" was medium: both medium.
* "… 12 Mall Rd Haldwani UK" on Amazon.in and Amazon.co.uk read the United Kingdom (high): Uttarakhand's old letters
  after its town, India.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_amazon_region_in_full import _retail
from test_amazon_town_state_zip import _home, _report

from dataexam.report import view
from dataexam_parsers.amazon_address import iso_letters_both, iso_state_abroad, shipping_place, town_name_forms


def _old(tmp_path: Path, city: str, region: str, postcode: str = "") -> dict:
    return _home(_report(tmp_path, city, region, postcode, street="1 Main St"))


def _seen(home: dict) -> tuple[str, str]:
    return view.headline(home), home["confidence"]


@pytest.mark.parametrize(("city", "region", "country"), [
    # local forms GeoNames lists under none of the town's names, or none of four letters or more
    ("Fez", "MA", "Morocco"), ("Bogota D.C.", "CO", "Colombia"), ("Bogotá DC", "CO", "Colombia"),
    ("Capital Federal", "AR", "Argentina"), ("Ciudad de Buenos Aires", "AR", "Argentina"),
    ("C.A.B.A.", "AR", "Argentina"), ("Jakarta Selatan", "ID", "Indonesia"),
    ("Jakarta Utara", "ID", "Indonesia"), ("South Jakarta", "ID", "Indonesia"),
    ("Frankfurt a.M.", "DE", "Germany"), ("Frankfurt/Main", "DE", "Germany"),
    ("Ciudad de Panama", "PA", "Panama"),
    # the usual English name where GeoNames' main name is the local one (or the other way round)
    ("Frankfurt", "DE", "Germany"), ("Cologne", "DE", "Germany"), ("Hanover", "DE", "Germany"),
    ("Bangalore", "IN", "India"), ("Bombay", "IN", "India"), ("Calcutta", "IN", "India"), ("Madras", "IN", "India"),
    ("Koeln", "DE", "Germany"), ("Ulaanbaatar", "MN", "Mongolia"), ("Kishinev", "MD", "Moldova"),
])
def test_a_large_town_by_a_local_or_english_name_beside_its_letters_is_high(tmp_path: Path, city: str, region: str,
                                                                           country: str) -> None:
    headline, confidence = _seen(_old(tmp_path, city, region))
    assert headline.endswith(f", {country}.") and confidence == "high", headline
    assert "United States" not in headline


def test_caba_is_buenos_aires_not_india(tmp_path: Path) -> None:
    # was "You most likely live in Caba, India." (high): the letters AR read as Arunachal Pradesh's
    assert _seen(_old(tmp_path, "CABA", "AR")) == ("You most likely live in Caba, Argentina.", "high")


@pytest.mark.parametrize(("city", "region", "read"), [
    ("Fez", "MA", ("MA", True)), ("Cologne", "DE", ("DE", True)), ("Bangalore", "IN", ("IN", True)),
    ("Jakarta Selatan", "ID", ("ID", True)), ("Capital Federal", "AR", ("AR", True)),
    # Jaffa's old name: a town of 100,000 found by it stays medium (T48C); Ontario's Hamilton beside California's
    # Hamilton City
    ("Joppa", "IL", ("IL", False)), ("Hamilton", "CA", ("CA", False)),
    # a place of the state so called: the state's (Salem, IN both ways: iso_letters_both)
    ("Salem", "IN", None), ("Athens", "GA", None), ("Frankfort", "IN", None),
])
def test_iso_state_abroad_by_any_name(city: str, region: str, read: tuple | None) -> None:
    assert iso_state_abroad(city, region) == read


@pytest.mark.parametrize(("city", "forms"), [
    ("Frankfurt a.M.", ("frankfurt a m", "frankfurt am main")),
    ("Jakarta Selatan", ("jakarta selatan", "jakarta")),
    ("Bogota D.C.", ("bogota d c", "bogota")),
    ("CABA", ("caba", "buenos aires")),
    ("Springfield", ("springfield",)),
])
def test_town_name_forms(city: str, forms: tuple[str, ...]) -> None:
    assert town_name_forms(city) == forms


@pytest.mark.parametrize(("city", "region", "country", "other"), [
    # Ontario's Hamilton (569,000) beside California's Hamilton City: Canada kept, at most medium, both named
    ("Hamilton", "CA", "Canada", "the United States"),
    # smaller towns of the country so lettered (a place of the state GeoNames lacks is possible)
    ("Oakville", "CA", "Canada", "the United States"), ("Granada", "CO", "Colombia", "the United States"),
    ("Valletta", "MT", "Malta", "the United States"),
])
def test_letters_read_abroad_either_way_are_medium_naming_both(tmp_path: Path, city: str, region: str, country: str,
                                                               other: str) -> None:
    home = _old(tmp_path, city, region)
    assert _seen(home) == (f"You most likely live in {city}, {country}.", "medium")
    assert (f"the letters written with {city} are a US state's code and {country}'s ISO code alike: {city} may be "
            f"in {country} or in {other} (at most medium)") in home["confidence_basis"]


@pytest.mark.parametrize(("city", "region", "abroad"), [
    ("Salem", "IN", "India"),  # Indiana's Salem and Tamil Nadu's (917,000)
    ("Hyderabad", "IN", None),  # no Hyderabad in Indiana: India's (iso_state_abroad)
])
def test_a_town_of_the_state_and_of_the_country_so_lettered(tmp_path: Path, city: str, region: str,
                                                            abroad: str | None) -> None:
    home = _old(tmp_path, city, region)
    if abroad is None:
        assert _seen(home) == (f"You most likely live in {city}, India.", "high")
        assert iso_letters_both(city, region) is None
        return
    # was "Salem, IN, United States" (high): the state's, at most medium, the other named
    assert _seen(home) == (f"You most likely live in {city}, United States.", "medium")
    assert (f"{city} may be in the United States or in {abroad} (at most medium)") in home["confidence_basis"]
    assert iso_letters_both(city, region) == region


@pytest.mark.parametrize(("address", "headline", "confidence", "named"), [
    # was "Salem, India" (high): Indiana's Salem as the old report reads it, India named
    ("Sam Roe 1 Main St Salem IN", "You most likely live in Salem, United States.", "medium",
     "Salem may be in the United States or in India"),
    # was Colombia, high; the old report's "Granada", "CO" is medium (68,000 people)
    ("Ana Ruiz Calle 5 Granada CO", "You most likely live in Granada, Colombia.", "medium",
     "Granada may be in Colombia or in the United States"),
    # large towns of no place of the state: high as before
    ("Ravi K 12 MG Road Mumbai IN", "You most likely live in Mumbai, India.", "high", None),
    ("Ion Popa Str 1 Chisinau MD", "You most likely live in Chisinau, Moldova.", "high", None),
])
def test_one_cell_letters_read_as_the_old_report_reads_them(tmp_path: Path, address: str, headline: str,
                                                            confidence: str, named: str | None) -> None:
    home = _home(_retail(tmp_path, address))
    assert _seen(home) == (headline, confidence)
    assert named is None or named in home["confidence_basis"]


@pytest.mark.parametrize("site", ["IN", "GB", "US", "DE"])
@pytest.mark.parametrize(("address", "town"), [
    ("Ravi K 12 Mall Rd Haldwani UK", "Haldwani"),
    ("Ravi K 12 Mall Rd Dehradun UK", "Dehradun"),
    ("Ravi K 12 Station Rd Rudrapur UK", "Rudrapur"),
])
def test_uttarakhand_s_letters_on_every_marketplace(site: str, address: str, town: str) -> None:
    # on Amazon.in and Amazon.co.uk was (None, None, "GB"): "United Kingdom", high
    place = shipping_place(address, site_country=site)
    assert (place.city, place.region, place.country_code) == (town, "UK", "IN")


@pytest.mark.parametrize("site", ["IN", "GB"])
@pytest.mark.parametrize(("address", "city"), [
    ("Sam Roe 1 High St Lansdowne UK", None), ("Sam Roe 12 Park Rd Leeds UK", "Leeds"),
    ("Sam Roe 1 High St Ely UK", "Ely"),
])
def test_british_towns_before_uk_stay_british_on_those_sites(site: str, address: str, city: str | None) -> None:
    place = shipping_place(address, site_country=site)
    assert (place.city, place.country_code) == (city, "GB")
