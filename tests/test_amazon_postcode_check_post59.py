"""POST59: the postcode check on Amazon shipping addresses, whatever else is written (T56B 6–9, 11–12; POST58's
leftovers).

- Units whose name holds their type were said "the territory of Northwest Territories", "the district of District
  of Columbia": now "the Northwest Territories", "the District of Columbia" (T56B 9).
"""
from __future__ import annotations

import json
from pathlib import Path

import pycountry
import pytest
from test_amazon_region_in_full import LEGACY_HEADER, _csv, _item
from test_amazon_town_state_zip import _home

from dataexam.csvstream import CsvRow, normalise_header
from dataexam.inference.shipping import _the_unit_of, _theirs, _unlisted_why
from dataexam.report import view
from dataexam_parsers.amazon import (
    _address_place,
    _place_attrs,
    _report_place,
    _report_postcode_region,
    _report_region_written,
)
from dataexam_parsers.amazon_address import one_cell_letters, one_cell_postcode_province


@pytest.mark.parametrize(("country", "code", "said"), [
    ("CA", "NT", "the Northwest Territories"),
    ("US", "DC", "the District of Columbia"),
    ("AU", "ACT", "the Australian Capital Territory"),
    ("AU", "NT", "the Northern Territory"),
    ("CA", "ON", "the province of Ontario"),
    ("CA", "YT", "the territory of Yukon"),
    ("AU", "WA", "the state of Western Australia"),
    ("IT", "MI", "the metropolitan city of Milano"),
    ("IN", "DL", "the union territory of Delhi"),
    ("US", "TX", "the state of Texas"),
])
def test_a_unit_named_with_its_type(country: str, code: str, said: str) -> None:
    name = pycountry.subdivisions.get(code=f"{country}-{code}").name
    assert _the_unit_of(country, code, name) == said


def test_no_unit_is_named_twice_over() -> None:
    # every subdivision of the nine countries: its type is never said before a name that holds it
    for country in ("US", "CA", "AU", "GB", "DE", "IT", "FR", "MX", "IN"):
        for sub in pycountry.subdivisions.get(country_code=country) or ():
            code = sub.code.split("-", 1)[1]
            said = _the_unit_of(country, code, sub.name)
            kind = sub.type.lower().split()[-1]
            words = sub.name.lower().split()
            if kind in words or kind[:-1] + "ies" in words:
                assert said == f"the {sub.name}", said
            assert f"{kind} of {sub.name}".lower() not in said.lower() or kind not in words


@pytest.mark.parametrize(("args", "has", "lacks"), [
    (("CA", "ON", "Yellowknife", None, "NT"), "are the Northwest Territories': Yellowknife, ON, or a town of the "
                                              "Northwest Territories (NT)", "territory of Northwest"),
    (("US", "MD", "Bethesda", "DC"), "the postcode written is the District of Columbia's (DC)", "district of District"),
    (("AU", "NSW", "Queanbeyan", None, "ACT"), "or a town of the Australian Capital Territory (ACT)",
     "territory of Australian"),
    (("AU", "WA", "Perth", None, "NSW"), "are New South Wales's: Perth, WA, or a town of the state of New South Wales "
                                         "(NSW)", "the New South Wales"),
])
def test_the_sentences_name_such_units_once(args: tuple[str, ...], has: str, lacks: str) -> None:
    said = _unlisted_why(*args)
    assert has in said and lacks not in said


def test_possessives() -> None:
    assert _theirs("IT", "RM", "Roma") == "Roma's"
    assert _theirs("CA", "NT", "Northwest Territories") == "the Northwest Territories'"
    assert _theirs("US", "DC", "District of Columbia") == "the District of Columbia's"


@pytest.mark.parametrize(("country", "letters", "postcode_region", "has"), [
    ("CA", "QC", "ON", "the postcode written is Ontario's (ON), but the letters written (QC) are Quebec's, and no "
                       "town was read beside them: a town of the province of Quebec (QC) or of the province of Ontario "
                       "(ON)"),
    ("AU", "NSW", "WA", "the postcode written is Western Australia's (WA), but the letters written (NSW) are New South "
                        "Wales's, and no town was read beside them"),
])
def test_no_town_both_readings_said(country: str, letters: str, postcode_region: str, has: str) -> None:
    said = _unlisted_why(country, letters, None, postcode_region)
    assert has in said and said.endswith("(at most medium)")


# --- the grid: nine countries × one cell and columns × right / letters wrong / postcode wrong / town missing ---------

COLUMNS = ["Website", "Shipping Address Street 1", "Shipping Address City", "Shipping Address State",
           "Shipping Address Zip"]
HIGH = {"state", "postcode", "marketplace", None}
SITES = {"US": "Amazon.com", "CA": "Amazon.ca", "AU": "Amazon.com.au", "GB": "Amazon.co.uk", "DE": "Amazon.de",
         "IT": "Amazon.it", "FR": "Amazon.fr", "MX": "Amazon.com.mx", "IN": "Amazon.in"}
#: country, street, town, its province's letters, a postcode of it, another province's letters, a postcode of that one
GRID = [
    ("US", "1 Main St", "Houston", "TX", "77002", "CA", "93701"),
    ("CA", "1 King St", "Toronto", "ON", "M5V 2T6", "QC", "H2X 1Y4"),
    ("AU", "1 Hay St", "Perth", "WA", "6000", "NSW", "2000"),
    ("IT", "Via Roma 1", "Milano", "MI", "20121", "RM", "00184"),
    ("MX", "Av Juarez 10", "Guadalajara", "JAL", "44100", "CMX", "06600"),
    ("IN", "12 MG Rd", "Pune", "MH", "411001", "DL", "110001"),
]
#: no letters written and no postcode ranges offline (Google's address data has none for these): the right address
#: stays high; a mix-up cannot be told (left alone, POST59's report)
NO_RANGES = [("GB", "1 High St", "Manchester", "M1 1AE"), ("DE", "Hauptstr 1", "Berlin", "10115"),
             ("FR", "1 Rue de Rivoli", "Paris", "75001")]


def _one_cell(address: str, cc: str) -> tuple[tuple[object, ...], dict[str, str | None]]:
    place = _address_place(address, SITES[cc])
    unlisted = place.country_basis == "unlisted"
    attrs = _place_attrs(place, one_cell_postcode_province(address, cc) if unlisted else None,
                         one_cell_letters(address, place, cc) if unlisted else None)
    return tuple(place), attrs


def _columns(city: str, state: str, postcode: str, cc: str, street: str = "1 Main St"
             ) -> tuple[tuple[object, ...], dict[str, str | None]]:
    cols = {normalise_header(c): i for i, c in enumerate(COLUMNS)}
    row = CsvRow(0, 1, cols, [SITES[cc], street, city, state, postcode])
    place = _report_place(row, SITES[cc])
    attrs = _place_attrs(place, _report_postcode_region(row, SITES[cc], place),
                         _report_region_written(row, SITES[cc], place))
    return tuple(place), attrs


def _forms(cc: str, street: str, town: str, letters: str, postcode: str
           ) -> list[tuple[str, tuple[object, ...], dict[str, str | None]]]:
    cell = " ".join(p for p in ("Jane Doe", street, town, letters, postcode) if p)
    return [("one cell", *_one_cell(cell, cc)), ("columns", *_columns(town, letters, postcode, cc, street))]


def _said(cc: str, attrs: dict[str, str | None]) -> str:
    return _unlisted_why(cc, attrs["shipping_region"], attrs["shipping_city"],
                         attrs.get("shipping_postcode_region"), attrs.get("shipping_region_written"))


@pytest.mark.parametrize(("cc", "street", "town", "right", "postcode", "_other", "_elsewhere"), GRID)
def test_grid_right_address_stays_high(cc: str, street: str, town: str, right: str, postcode: str, _other: str,
                                       _elsewhere: str) -> None:
    for form, place, attrs in _forms(cc, street, town, right, postcode):
        assert place[:2] == (town, right) and place[3] == cc and place[4] in HIGH, (form, place)
        assert "shipping_postcode_region" not in attrs and "shipping_region_written" not in attrs


@pytest.mark.parametrize(("cc", "street", "town", "right", "postcode", "other", "_elsewhere"), GRID)
def test_grid_letters_wrong_reads_the_town_and_postcode(cc: str, street: str, town: str, right: str, postcode: str,
                                                        other: str, _elsewhere: str) -> None:
    for form, place, attrs in _forms(cc, street, town, other, postcode):
        assert place[:2] == (town, right) and place[3] == cc and place[4] == "unlisted", (form, place)
        assert attrs["shipping_region_written"] == other, (form, attrs)
        said = _said(cc, attrs)
        assert f"({right})" in said and f"({other})" in said and said.endswith("(at most medium)"), (form, said)


@pytest.mark.parametrize(("cc", "street", "town", "right", "postcode", "other", "elsewhere"), GRID)
def test_grid_postcode_wrong_keeps_the_letters_at_most_medium(cc: str, street: str, town: str, right: str,
                                                              postcode: str, other: str, elsewhere: str) -> None:
    for form, place, attrs in _forms(cc, street, town, right, elsewhere):
        assert place[:2] == (town, right) and place[3] == cc and place[4] == "unlisted", (form, place)
        assert attrs["shipping_postcode_region"] == other, (form, attrs)
        said = _said(cc, attrs)
        assert f"{town}, {right}" in said and f"({other})" in said and said.endswith("(at most medium)"), (form, said)


@pytest.mark.parametrize(("cc", "street", "town", "right", "postcode", "other", "elsewhere"), GRID)
def test_grid_town_missing(cc: str, street: str, town: str, right: str, postcode: str, other: str,
                           elsewhere: str) -> None:
    # right letters and postcode: high, the region theirs
    for form, place, _attrs in _forms(cc, street, "", right, postcode):
        assert place[1] == right and place[3] == cc and place[4] in HIGH, (form, place)
    # the letters against the postcode, no town: the letters read, at most medium, the postcode's province named
    for form, place, attrs in _forms(cc, street, "", right, elsewhere):
        assert place[1] == right and place[3] == cc and place[4] == "unlisted", (form, place)
        assert attrs["shipping_postcode_region"] == other, (form, attrs)
        said = _said(cc, attrs)
        assert f"({right})" in said and f"({other})" in said and said.endswith("(at most medium)"), (form, said)


@pytest.mark.parametrize(("cc", "street", "town", "postcode"), NO_RANGES)
def test_grid_countries_without_ranges_are_not_lowered(cc: str, street: str, town: str, postcode: str) -> None:
    # the one cell high; the columns as before POST59 (a town with no State beside a postcode no range checks: by its
    # name, "town", where the country has none — left alone, POST59's report)
    for form, place, attrs in _forms(cc, street, town, "", postcode):
        assert place[0] == town and place[3] == cc and place[4] in (HIGH if form == "one cell" else HIGH | {"town"})
        assert "shipping_postcode_region" not in attrs and place[4] != "unlisted", (form, place)


@pytest.mark.parametrize(("cc", "town", "letters", "postcode", "read", "written", "postcode_region"), [
    # T56B 6: the province written out, wrong for the postcode: Toronto and the postcode's Ontario, both said
    ("CA", "Toronto", "Quebec", "M5V 2T6", ("Toronto", "ON"), "QC", None),
    # T56B 7: no town, or letters that fit the postcode beside a town of another province that has it too
    ("AU", "", "NSW", "6000", (None, "NSW"), None, "WA"),
    ("CA", "", "QC", "M5V 2T6", (None, "QC"), None, "ON"),
    ("CA", "Ottawa", "QC", "K1A 0B1", ("Ottawa", "ON"), "QC", None),
    # T56B 11: Kansas City is Kansas' and Missouri's: the letters read, Missouri's ZIP named
    ("US", "Kansas City", "KS", "64105", ("Kansas City", "KS"), None, "MO"),
    # POST58's own: no letters and another province's CAP; a US town and letters beside another state's ZIP; Monza
    # beside Rome's letters and its own CAP (Monza e Brianza's 20900 inside Milano's 20 block)
    ("IT", "Milano", "", "00184", ("Milano", "RM"), None, "RM"),
    ("US", "Houston", "TX", "93701", ("Houston", "TX"), None, "CA"),
    ("IT", "Monza", "RM", "20900", ("Monza", "MB"), "RM", None),  # POST60 (T57C 11): Monza is Monza e Brianza's
    # Mexico and India: the town's state by GeoNames, not only a state capital
    ("IN", "Pune", "DL", "411001", ("Pune", "MH"), "DL", None),
    ("MX", "Zapopan", "CMX", "45100", ("Zapopan", "JAL"), "CMX", None),
])
def test_t56b_mix_ups_at_most_medium_both_said(cc: str, town: str, letters: str, postcode: str,
                                               read: tuple[str | None, str], written: str | None,
                                               postcode_region: str | None) -> None:
    street = {"US": "1 Main St", "CA": "1 King St", "AU": "1 Queen St", "IT": "Via Roma 1", "MX": "Av Juarez 10",
              "IN": "12 MG Rd"}[cc]
    for form, place, attrs in _forms(cc, street, town, letters, postcode):
        assert place[:2] == read and place[3] == cc and place[4] == "unlisted", (form, place)
        if written:
            assert attrs["shipping_region_written"] == written, (form, attrs)
        if postcode_region:
            assert attrs["shipping_postcode_region"] == postcode_region, (form, attrs)
        said = _said(cc, attrs)
        assert f"({written or postcode_region})" in said and said.endswith("(at most medium)"), (form, said)


@pytest.mark.parametrize(("cc", "town", "letters", "postcode", "read"), [
    # T56B 8: a town of New South Wales with Australia Post's Queensland-range postcode across the border (Mingoola,
    # Texas), a Queensland one with New South Wales' (Mungindi); the ACT's and New South Wales' 2620 (Queanbeyan)
    ("AU", "Mingoola", "NSW", "4380", ("Mingoola", "NSW")),
    ("AU", "Texas", "NSW", "4385", ("Texas", "NSW")),
    ("AU", "Mungindi", "QLD", "2406", ("Mungindi", "QLD")),
    ("AU", "Queanbeyan", "NSW", "2620", ("Queanbeyan", "NSW")),
    # T56B 11-12: Darwin's 0800 written without its zero; a state written out, read as its letters in both forms
    ("AU", "Darwin", "NT", "800", ("Darwin", "NT")),
    ("AU", "Perth", "Western Australia", "6000", ("Perth", "WA")),
    ("AU", "Adelaide", "South Australia", "5000", ("Adelaide", "SA")),
    # Mexico's short forms
    ("MX", "Toluca", "Edomex", "50000", ("Toluca", "MEX")),
    ("MX", "Toluca", "Edo. Mex.", "50000", ("Toluca", "MEX")),
    ("MX", "Coyoacan", "CDMX", "04000", ("Coyoacan", "CMX")),
    # K1A is Gatineau's too
    ("CA", "Gatineau", "QC", "K1A 0B1", ("Gatineau", "QC")),
    ("US", "Kansas City", "MO", "64105", ("Kansas City", "MO")),
])
def test_right_addresses_stay_high(cc: str, town: str, letters: str, postcode: str,
                                   read: tuple[str | None, str]) -> None:
    street = {"US": "1 Main St", "CA": "1 King St", "AU": "1 Main Rd", "MX": "Av Juarez 10"}[cc]
    for form, place, attrs in _forms(cc, street, town, letters, postcode):
        if form == "one cell" and town in ("Mingoola", "Texas", "Mungindi"):
            # GeoNames has no place so called in the state written (Mungindi: New South Wales' side only): the one cell
            # reads no town, the state high
            assert place[1:] == (read[1], None, cc, "marketplace"), (form, place)
            continue
        assert place[:2] == read and place[3] == cc and place[4] in HIGH, (form, place)
        assert "shipping_postcode_region" not in attrs and "shipping_region_written" not in attrs


@pytest.mark.parametrize(("site", "address", "headline", "said"), [
    ("Amazon.ca", "Jane Doe 1 King St QC M5V 2T6", "You most likely live in Canada.",
     "the postcode written is Ontario's (ON), but the letters written (QC) are Quebec's, and no town was read"),
    ("Amazon.ca", "Jane Doe 1 King St Toronto Quebec M5V 2T6", "You most likely live in Toronto, Canada.",
     "Toronto, ON, or a town of the province of Quebec (QC)"),
    ("Amazon.ca", "Jane Doe 1 Wellington St Yellowknife ON X1A 2L9", "You most likely live in Yellowknife, Canada.",
     "the town and the postcode written are of the Northwest Territories (NT)"),
    ("Amazon.com", "Sam Roe 1 Main St Houston TX 93701", "You most likely live in Houston, United States.",
     "the postcode written is California's (CA), but the town and letters written are Houston, TX"),
])
def test_the_home_finding_names_both_readings(tmp_path: Path, site: str, address: str, headline: str,
                                              said: str) -> None:
    rows = [_item(f"111-0000000-{i:07d}", f"2022-{i % 12 + 1:02d}-05T14:00:00Z", f"B0ITEM{i:04d}", "10.00")
            | {"Shipping Address": address, "Website": site} for i in range(12)]
    path = tmp_path / "amazon" / "Retail.OrderHistory.1" / "Retail.OrderHistory.1.csv"
    path.parent.mkdir(parents=True)
    path.write_bytes(_csv(LEGACY_HEADER, rows))
    home = _home(tmp_path / "amazon")
    assert (view.headline(home), home["confidence"]) == (headline, "medium")
    text = json.dumps(home, ensure_ascii=False)
    assert said in text and "territory of Northwest" not in text
    assert home["value"]["country"] in ("CA", "US")  # ISO codes in JSON, the country's name in the sentence
