"""POST63 (T59C 1, 2, 4, 5): the island of Ireland in an old report's columns, on every Amazon marketplace.

Before: "Belfast" | "Co. Antrim" | "BT1 1AA" on Amazon.ie read "Belfast, Ireland", high, region "CO. ANTRIM" (and a
mover's "Before that … Belfast, Co. Antrim, Ireland"); Irish columns whose Zip was no clean Eircode ("D2", "00000",
"D02-X285", "D02 X285 Ireland", "IE") or whose State was not exactly "Co./County X" ("Co.Meath", "Co, Cork",
"Fingal", "South Dublin", "Dún Laoghaire-Rathdown", "Dublin 15") read "the United Kingdom", high, on Amazon.co.uk;
"London" | "" | "A65F4E2" was "London, Ireland", high, and "Cork" | "County Cork" | "SW1A 1AA" Ireland, high, the
other country unsaid; prose said "Tralee, KY, Ireland" (Kentucky's letters), "Dublin, D, Ireland".

Grids: Ireland's 26 counties × seven ways of writing the county × six Zips that are no postcode of another country ×
four marketplaces; Northern Ireland's six counties (Derry beside Londonderry) × four ways × BT or no postcode × four
marketplaces; Dublin's four council areas and postal districts; conflicts; look-alikes that keep their reading
(British postcodes, Co. Durham, Dublin OH / CA, "Acme Co.").
"""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pycountry
import pytest
from test_amazon_town_state_zip import HEADER, _home

from dataexam.csvstream import CsvRow, normalise_header
from dataexam.inference.gazetteer import region_name
from dataexam.inference.shipping import place_text
from dataexam.report import view
from dataexam_parsers.amazon import _address_place, _report_place
from dataexam_parsers.amazon_address import isles_columns, isles_county

SITES = {"GB": "Amazon.co.uk", "DE": "Amazon.de", "US": "Amazon.com", "IE": "Amazon.ie"}
COLUMNS = ["Website", "Shipping Address Street 1", "Shipping Address City", "Shipping Address State",
           "Shipping Address Zip"]
COUNTIES = {s.code.split("-")[1]: s.name for s in pycountry.subdivisions.get(country_code="IE") if s.type == "County"}
STATE_FORMS = ["Co. {}", "Co.{}", "Co, {}", "Co {}", "County {}", "{}", "CO. {}"]
NO_POSTCODE = ["", "D2", "00000", "IE", "N/A"]
EIRCODES = ["D02-X285", "D02 X285 Ireland", "a65f4e2", "T12 X2F3, IE"]
NI = ["Antrim", "Armagh", "Down", "Fermanagh", "Londonderry", "Derry", "Tyrone"]


def _cols(site: str, city: str, state: str, postcode: str) -> tuple:
    index = {normalise_header(x): i for i, x in enumerate(COLUMNS)}
    return tuple(_report_place(CsvRow(0, 1, index, [SITES[site], "1 Main St", city, state, postcode]), SITES[site]))


def test_the_grid_holds_every_county() -> None:
    assert len(COUNTIES) == 26


@pytest.mark.parametrize("site", sorted(SITES))
def test_every_county_in_every_form_with_no_postcode_or_an_eircode(site: str) -> None:
    wrong = []
    for iso, name in COUNTIES.items():
        for form in STATE_FORMS:
            state = form.format(name.upper() if form.startswith("CO.") else name)
            for postcode in NO_POSTCODE + EIRCODES:
                basis = "postcode" if postcode in EIRCODES else "state"
                got = _cols(site, "Carlow", state, postcode)
                if got != ("Carlow", iso, None, "IE", basis):
                    wrong.append((state, postcode, got))
    assert not wrong, wrong[:10]


@pytest.mark.parametrize("site", sorted(SITES))
@pytest.mark.parametrize("state", ["Fingal", "South Dublin", "Dún Laoghaire-Rathdown", "Dun Laoghaire Rathdown",
                                   "Dublin City", "Dublin 15", "Dublin 6W", "Co. Dublin", "Dublin"])
def test_dublins_council_areas_and_postal_districts(site: str, state: str) -> None:
    for postcode in ("", "D15", "00000", "D15 X2F3"):
        got = _cols(site, "Swords", state, postcode)
        assert got[1:4] == ("D", None, "IE"), (state, postcode, got)


@pytest.mark.parametrize("site", sorted(SITES))
def test_northern_irelands_counties_are_the_uks(site: str) -> None:
    wrong = []
    for name in NI:
        for form in ("Co. {}", "County {}", "Co {}", "{}"):
            for postcode, basis in (("BT1 1AA", "postcode"), ("BT481AA", "postcode"), ("", "state")):
                got = _cols(site, "Belfast", form.format(name), postcode)
                if got != ("Belfast", "NIR", None, "GB", basis):
                    wrong.append((name, form, postcode, got))
    # a BT postcode alone
    assert _cols(site, "Belfast", "", "BT1 1AA") == ("Belfast", "NIR", None, "GB", "postcode")
    assert not wrong, wrong[:10]


@pytest.mark.parametrize("site", sorted(SITES))
@pytest.mark.parametrize(("city", "state", "postcode", "region", "other"), [
    ("London", "", "A65F4E2", None, "GB"),  # an Eircode beside a town GeoNames has in the UK only
    ("Cork", "County Cork", "SW1A 1AA", "CO", "GB"),  # a British postcode beside an Irish county
    ("Belfast", "Co. Antrim", "D02 X285", None, "GB"),  # an Eircode beside a Northern Irish county
])
def test_a_postcode_and_a_county_or_town_of_two_countries_is_a_conflict(site: str, city: str, state: str,
                                                                        postcode: str, region: str | None,
                                                                        other: str) -> None:
    assert _cols(site, city, state, postcode) == (city, region, None, "IE", "conflict")
    assert isles_columns(city, state, postcode)[1] == other


@pytest.mark.parametrize("site", sorted(SITES))
@pytest.mark.parametrize(("city", "state", "postcode", "expected"), [
    ("London", "", "SW1A 1AA", ("London", None, None, "GB")),
    ("Leeds", "", "LS1 1UR", ("Leeds", None, None, "GB")),
    ("Dublin", "OH", "43017", ("Dublin", "OH", None, "US")),
    ("Dublin", "CA", "94568", ("Dublin", "CA", None, "US")),
    ("Louth", "Lincolnshire", "LN11 0AA", ("Louth", "Lincolnshire", None, "GB")),
])
def test_look_alikes_keep_their_reading(site: str, city: str, state: str, postcode: str, expected: tuple) -> None:
    assert _cols(site, city, state, postcode)[:4] == expected


def test_county_reader() -> None:
    assert isles_county("Co.Meath") == ("IE", "MH") and isles_county("Co, Cork") == ("IE", "CO")
    assert isles_county("Fingal") == ("IE", "D") and isles_county("DÚN LAOGHAIRE-RATHDOWN") == ("IE", "D")
    assert isles_county("Co. Londonderry") == ("GB", "NIR") and isles_county("derry") == ("GB", "NIR")
    assert all(isles_county(x) is None for x in ("OH", "Co. Durham", "Acme Co.", "Lincolnshire", "", "Co.", "CA"))
    # Colorado's and Kentucky's letters are no county's name
    assert isles_county("CO") is None and isles_county("KY") is None


def test_counties_and_nations_are_named_in_prose() -> None:
    for iso, name in COUNTIES.items():
        assert region_name("IE", iso) == f"County {name}"
        assert place_text(("IE", iso, "Carlow")) == f"Carlow, County {name}, Ireland"
    assert place_text(("GB", "NIR", "Belfast")) == "Belfast, Northern Ireland, United Kingdom"
    assert region_name("GB", "ENG") == "England" and region_name("GB", "SCT") == "Scotland"
    # other countries' letters and numbers as before
    assert region_name("US", "KY") == "KY" and region_name("US", "CO") == "CO" and region_name("JP", "13") == "Tokyo"


def _report(tmp: Path, rows: list[tuple[str, str, str, str]]) -> Path:
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(HEADER)
    for i, (site, city, state, postcode) in enumerate(rows):
        month = i + 1
        w.writerow([f"{(month - 1) % 12 + 1}/2/{2021 + (month - 1) // 12}", f"113-000000{i:02d}-0000001", "Socks",
                    "APPAREL", f"B00SOCK{i:02d}", site, "$5.00 ", "1", "Jane Example", "1 Main St", city, state,
                    postcode, "Shipped", "$5.00 ", "Jane Example", "USD"])
    (tmp / "01-Jan-2021_to_31-Dec-2022.csv").write_text(out.getvalue(), encoding="utf-8")
    return tmp


@pytest.mark.parametrize(("site", "city", "state", "postcode", "headline"), [
    ("Amazon.ie", "Belfast", "Co. Antrim", "BT1 1AA", "Belfast, United Kingdom"),
    ("Amazon.ie", "Derry", "Co. Londonderry", "BT48 6AA", "Derry, United Kingdom"),
    ("Amazon.co.uk", "Navan", "Co.Meath", "00000", "Navan, Ireland"),
    ("Amazon.co.uk", "Swords", "Fingal", "D2", "Swords, Ireland"),
    ("Amazon.co.uk", "Tralee", "KY", "", "Tralee, Ireland"),
])
def test_the_home_finding(tmp_path: Path, site: str, city: str, state: str, postcode: str, headline: str) -> None:
    home = _home(_report(tmp_path, [(site, city, state, postcode)] * 12))
    assert view.headline(home) == f"You most likely live in {headline}."
    assert home["confidence"] == "high"
    text = json.dumps(home, ensure_ascii=False)
    # the county's letters are never said as a region in prose ("Tralee, KY, Ireland"), nor the State raw
    assert f"{city}, {state}" not in text and state.upper() not in text.upper().replace(f'"{state.upper()}"', "")
    if headline.endswith("United Kingdom"):
        assert "Ireland\"" not in text.replace("Northern Ireland", "") and ", Ireland" not in text


@pytest.mark.parametrize(("site", "city", "state", "postcode", "other"), [
    ("Amazon.co.uk", "London", "", "A65F4E2", "the United Kingdom"),
    ("Amazon.ie", "Cork", "County Cork", "SW1A 1AA", "the United Kingdom"),
])
def test_a_conflict_is_said_at_most_medium(tmp_path: Path, site: str, city: str, state: str, postcode: str,
                                            other: str) -> None:
    home = _home(_report(tmp_path, [(site, city, state, postcode)] * 12))
    assert home["value"]["country"] == "IE"
    assert home["confidence"] == "medium"
    text = json.dumps(home, ensure_ascii=False)
    assert f"two countries, Ireland and {other}" in text
    assert postcode not in text  # the postcode itself is never said


def test_a_mover_from_belfast_to_dublin(tmp_path: Path) -> None:
    rows = [("Amazon.ie", "Belfast", "Co. Antrim", "BT1 1AA")] * 12 + [("Amazon.ie", "Dublin 2", "Co. Dublin",
                                                                        "D02 X285")] * 12
    home = _home(_report(tmp_path, rows))
    assert view.headline(home) == "You most likely live in Dublin, Ireland."
    text = json.dumps(home, ensure_ascii=False)
    assert "Belfast, Northern Ireland, United Kingdom" in text
    assert "Belfast, Co. Antrim" not in text and "Belfast, Ireland" not in text and "CO. ANTRIM" not in text.upper()


def _one(site: str, cell: str) -> tuple:
    return tuple(_address_place(cell, SITES[site]))


@pytest.mark.parametrize("site", sorted(SITES))
def test_northern_irish_one_cells(site: str) -> None:
    wrong = []
    for town, name in (("Belfast", "Antrim"), ("Newry", "Down"), ("Omagh", "Tyrone"), ("Derry", "Londonderry"),
                       ("Armagh", "Armagh"), ("Enniskillen", "Fermanagh"), ("Derry", "Derry")):
        for kind in ("Co.", "Co", "County"):
            for postcode, basis in (("", "state"), (" BT1 1AA", "postcode"), (" BT11AA", "postcode")):
                cell = f"Jane Doe 1 Main St {town} {kind} {name}{postcode}"
                got = _one(site, cell)
                if got != (town, "NIR", None, "GB", basis):
                    wrong.append((cell, got))
    assert not wrong, wrong[:10]


@pytest.mark.parametrize("site", sorted(SITES))
@pytest.mark.parametrize("district", ["2", "D2", "6W", "15"])
def test_dublin_with_its_postal_district_and_county_keeps_its_town(site: str, district: str) -> None:
    assert _one(site, f"Jane Doe 1 Main St Dublin {district} Co. Dublin")[:4] == ("Dublin", "D", None, "IE")


@pytest.mark.parametrize("site", sorted(SITES))
def test_a_street_before_the_county_is_no_town(site: str) -> None:
    assert _one(site, "Jane Doe 1 Main Street Co. Down")[0] != "Street"
