"""POST62 (T58B 4): Irish addresses are Ireland's on any Amazon marketplace, in columns as in one cell.

Before: the old report's "Dublin 2" | "Co. Dublin" | "D02 X285" on Amazon.co.uk read "the United Kingdom", region
"CO. DUBLIN", high; "Dublin 2" | "" | "D02X285" read no home; the one cell "… Ennis County Clare" read the town "Ennis
County" and no country, "… Dundalk Co. Louth" Louth in Lincolnshire, "… Clonmel A65 F4E2" nothing.

Grid: Ireland's 26 counties (pycountry's ISO 3166-2:IE counties) × "Co. X" / "Co X" / "County X" / Eircode alone, with
and without the Eircode's space × columns / one cell × Amazon.co.uk / .de / .com. Look-alikes that keep their reading:
British postcodes, Northern Ireland's counties ("Co. Antrim", "Co. Down": the UK's), "Co." in a company name, Dublin in
Ohio and in California.
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
from dataexam.inference.gazetteer import town as gazetteer_town
from dataexam.report import view
from dataexam_parsers.amazon import _address_place, _report_place
from dataexam_parsers.amazon_address import irish_columns, irish_county, is_eircode

SITES = {"GB": "Amazon.co.uk", "DE": "Amazon.de", "US": "Amazon.com", "IE": "Amazon.ie"}
COLUMNS = ["Website", "Shipping Address Street 1", "Shipping Address City", "Shipping Address State",
           "Shipping Address Zip"]
#: a town of each county (its county town, or a large town of it where GeoNames here lacks the county town)
TOWNS = {"CW": "Carlow", "CN": "Cavan", "CE": "Ennis", "CO": "Cork", "DL": "Letterkenny", "D": "Dublin",
         "G": "Galway", "KY": "Tralee", "KE": "Naas", "KK": "Kilkenny", "LS": "Portlaoise", "LM": "Carrick-on-Shannon",
         "LK": "Limerick", "LD": "Longford", "LH": "Dundalk", "MO": "Castlebar", "MH": "Navan", "MN": "Monaghan",
         "OY": "Tullamore", "RN": "Roscommon", "SO": "Sligo", "TA": "Nenagh", "WD": "Waterford", "WH": "Athlone",
         "WX": "Wexford", "WW": "Wicklow"}
COUNTIES = sorted(s.code.split("-")[1] for s in pycountry.subdivisions.get(country_code="IE") if s.type == "County")


def _cols(site: str, city: str, state: str, postcode: str) -> tuple:
    index = {normalise_header(x): i for i, x in enumerate(COLUMNS)}
    return tuple(_report_place(CsvRow(0, 1, index, [SITES[site], "1 Main St", city, state, postcode]), SITES[site]))


def _one(site: str, city: str, state: str, postcode: str) -> tuple:
    cell = " ".join(p for p in ("Jane Doe", "1 Main St", city, state, postcode) if p)
    return tuple(_address_place(cell, SITES[site]))


def test_the_grid_holds_every_county() -> None:
    assert sorted(TOWNS) == COUNTIES and len(COUNTIES) == 26


FORMS = [("Co. {}", "A65 F4E2"), ("Co. {}", "A65F4E2"), ("Co {}", "a65 f4e2"), ("County {}", ""), ("Co. {}", ""),
         ("", "A65 F4E2"), ("", "D6W1234")]


@pytest.mark.parametrize("site", ["GB", "DE", "US", "IE"])
@pytest.mark.parametrize("iso", COUNTIES)
def test_every_irish_county_in_columns_and_one_cell(site: str, iso: str) -> None:
    name = pycountry.subdivisions.get(code=f"IE-{iso}").name
    town = TOWNS[iso]
    known = gazetteer_town(town, "IE") is not None
    for state_form, postcode in FORMS:
        state = state_form.format(name) if state_form else ""
        region = iso if state else None
        basis = "postcode" if postcode else "state"
        case = (site, town, state, postcode)
        # columns: the town as written, the county's ISO 3166-2:IE suffix, Ireland, whatever the marketplace
        assert _cols(site, town, state, postcode) == (town, region, None, "IE", basis), case
        city, read_region, _c, country, one_basis = _one(site, town, state, postcode)
        assert country == "IE", case
        # the one cell keeps a town GeoNames knows (≥ 5,000 people); Carrick-on-Shannon is not in its table
        assert city == (town if known else None), case
        assert read_region in ((region,) if state else (None, iso)), case
        if site != "IE":
            assert one_basis == basis, case


@pytest.mark.parametrize("site", ["GB", "DE", "US", "IE"])
@pytest.mark.parametrize(("city", "district"), [("Dublin", "2"), ("Dublin", "6W"), ("Dublin", "24"), ("Dublin", "D8")])
def test_a_dublin_postal_district_is_no_part_of_the_town(site: str, city: str, district: str) -> None:
    for state in ("Co. Dublin", ""):
        for postcode in ("D02 X285", "D02X285"):
            assert _cols(site, f"{city} {district}", state, postcode)[:4] == (
                "Dublin", "D" if state else None, None, "IE"), (site, district, state, postcode)


@pytest.mark.parametrize(("site", "city", "state", "postcode", "expected"), [
    # British postcodes with and without their space, the outward codes of one letter and two digits among them
    ("GB", "London", "", "SW1A 1AA", ("London", None, None, "GB")),
    ("GB", "London", "", "E14 5AB", ("London", None, None, "GB")),
    ("GB", "London", "", "E145AB", ("London", None, None, "GB")),
    ("GB", "Cardiff", "", "CF10 1AA", ("Cardiff", None, None, "GB")),
    ("DE", "London", "", "SW1A 1AA", ("London", None, None, "GB")),
    ("US", "Leeds", "", "LS1 1UR", ("Leeds", None, None, "GB")),
    # Northern Ireland's counties are the UK's (POST63: region Northern Ireland, ISO 3166-2:GB-NIR)
    ("GB", "Belfast", "Co. Antrim", "BT1 1AA", ("Belfast", "NIR", None, "GB")),
    ("GB", "Newry", "Co. Down", "BT35 6AA", ("Newry", "NIR", None, "GB")),
    ("US", "Belfast", "Co. Antrim", "BT1 1AA", ("Belfast", "NIR", None, "GB")),
    # an English county written "Co." and a county name beside a British postcode
    ("GB", "Durham", "Co. Durham", "DH1 1AA", ("Durham", "Co. Durham", None, "GB")),
    ("GB", "Louth", "Lincolnshire", "LN11 0AA", ("Louth", "Lincolnshire", None, "GB")),
    # Dublin in Ohio and in California
    ("US", "Dublin", "OH", "43017", ("Dublin", "OH", None, "US")),
    ("US", "Dublin", "CA", "94568", ("Dublin", "CA", None, "US")),
    ("GB", "Dublin", "OH", "43017", ("Dublin", "OH", None, "US")),
])
def test_look_alikes_keep_their_reading_in_columns(site: str, city: str, state: str, postcode: str,
                                                   expected: tuple) -> None:
    assert _cols(site, city, state, postcode)[:4] == expected


@pytest.mark.parametrize(("site", "cell", "country"), [
    ("GB", "Acme Co. 1 Main St London SW1A 1AA", "GB"),
    ("GB", "Jane Doe c/o Cork & Co. 1 Main St Leeds LS1 1UR", "GB"),
    ("GB", "Jane Doe 1 Main St Belfast Co. Antrim BT1 1AA", "GB"),
    ("GB", "Jane Doe 1 Main St Louth LN11 0AA", "GB"),
    ("US", "Jane Doe 1 Main St Dublin OH 43017", "US"),
    ("US", "Jane Doe 1 Main St Dublin CA 94568", "US"),
    ("GB", "Jane Doe 1 Main St Dundalk Co. Louth", "IE"),
    ("GB", "Jane Doe 1 Main St Swords County Dublin", "IE"),
])
def test_look_alikes_in_one_cell(site: str, cell: str, country: str) -> None:
    assert _address_place(cell, SITES[site]).country_code == country


def test_the_county_name_after_co_is_not_the_town() -> None:
    # "… Swords County Dublin" read the town Dublin, "… Naas County Kildare" Kildare (both towns too)
    assert _one("IE", "Swords", "County Dublin", "")[:2] == ("Swords", "D")
    assert _one("GB", "Naas", "County Kildare", "")[:2] == ("Naas", "KE")
    assert _one("US", "Swords", "County Dublin", "")[:2] == ("Swords", "D")


def test_eircode_and_county_readers() -> None:
    assert all(is_eircode(c) for c in ("D02 X285", "d02x285", "D6W1234", "A65 F4E2", " T12 X2F3 "))
    assert not any(is_eircode(c) for c in ("SW1A 1AA", "SW1A1AA", "E14 5AB", "E145AB", "CF101AA", "43017",
                                            "V95 AB12", ""))
    assert irish_county("Co. Dublin") == "D" and irish_county("county cork") == "CO"
    assert irish_county("Co Kerry") == "KY" and irish_county("Kerry") is None
    assert irish_county("Kerry", bare=True) == "KY"
    assert irish_county("Co. Antrim") is None and irish_county("Co. Durham") is None
    assert irish_county("Acme Co.") is None
    assert irish_columns("Dublin", "OH", "43017") is None
    assert irish_columns("Belfast", "Co. Antrim", "BT1 1AA") is None
    # "Co. <county>" beside another country's postcode is no Irish reading by the county alone
    assert irish_columns("Cork", "Co. Cork", "SW1A 1AA") is None


def _report(tmp: Path, site: str, city: str, state: str, postcode: str) -> Path:
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(HEADER)
    for i in range(12):
        w.writerow([f"{i % 12 + 1}/{i + 2}/2022", f"113-000000{i:02d}-0000001", "Socks", "APPAREL", f"B00SOCK{i:02d}",
                    site, "$5.00 ", "1", "Jane Example", "1 Main St", city, state, postcode, "Shipped", "$5.00 ",
                    "Jane Example", "USD"])
    (tmp / "01-Jan-2022_to_31-Dec-2022.csv").write_text(out.getvalue(), encoding="utf-8")
    return tmp


@pytest.mark.parametrize(("site", "city", "state", "postcode", "town", "region"), [
    ("Amazon.co.uk", "Dublin 2", "Co. Dublin", "D02 X285", "Dublin", "D"),
    ("Amazon.co.uk", "Dublin 2", "", "D02X285", "Dublin", None),
    ("Amazon.de", "Cork", "Co. Cork", "T12 X2F3", "Cork", "CO"),
    ("Amazon.com", "Galway", "County Galway", "", "Galway", "G"),
])
def test_the_home_finding_says_ireland(tmp_path: Path, site: str, city: str, state: str, postcode: str, town: str,
                                       region: str | None) -> None:
    home = _home(_report(tmp_path, site, city, state, postcode))
    value = home["value"]
    assert (value["city"], value["region"], value["country"]) == (town, region, "IE")
    assert view.headline(home) == f"You most likely live in {town}, Ireland."
    assert home["confidence"] == "high"
    text = json.dumps(home, ensure_ascii=False)
    assert "United Kingdom" not in text and "CO. DUBLIN" not in text.upper()
