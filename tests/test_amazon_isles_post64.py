"""POST64 (T59C 9, 10): Dublin's postal districts written after the town with no State or county ("Dublin 8" in the
City cell, "… 1 Main St Dublin 6W" in one cell) are County Dublin's, Ireland, on every marketplace; a British postcode
beside a State that is no Irish county ("Durham", "Co. Durham", "DH1 1AA"; "Leeds", "West Yorkshire", "LS1 1AA") or a
county of Great Britain written "Co."/"County" is the United Kingdom's on every marketplace but Amazon.co.uk's own
reading (left as it was) — on Amazon.ie, the county written in the Irish form, with Ireland named beside it."""

from __future__ import annotations

import pytest

from dataexam.csvstream import CsvRow, normalise_header
from dataexam_parsers.amazon import _address_place, _report_place
from dataexam_parsers.amazon_address import CONFLICT_READING, isles_columns

SITES = {"IE": "Amazon.ie", "GB": "Amazon.co.uk", "US": "Amazon.com", "DE": "Amazon.de", "FR": "Amazon.fr",
         "CA": "Amazon.ca", "AU": "Amazon.com.au"}
COLUMNS = ["Website", "Shipping Address Street 1", "Shipping Address City", "Shipping Address State",
           "Shipping Address Zip"]
#: An Post's Dublin postal districts
DISTRICTS = [*(str(n) for n in range(1, 19)), "20", "22", "24", "6W"]
#: English, Welsh and Scottish counties with a town of theirs and a postcode of it
BRITISH = [("Durham", "Durham", "DH1 1AA"), ("Maidstone", "Kent", "ME14 1AA"), ("Truro", "Cornwall", "TR1 1AA"),
           ("Lincoln", "Lincolnshire", "LN1 1AA"), ("Carmarthen", "Carmarthenshire", "SA31 1AA"),
           ("Aberdeen", "Aberdeenshire", "AB10 1AA"), ("Chelmsford", "Essex", "CM1 1AA"),
           ("Norwich", "Norfolk", "NR1 1AA")]


def _columns(site: str, city: str, state: str, postcode: str) -> tuple[object, ...]:
    index = {normalise_header(x): i for i, x in enumerate(COLUMNS)}
    return tuple(_report_place(CsvRow(0, 1, index, [SITES[site], "1 Main Street", city, state, postcode]),
                               SITES[site]))


@pytest.mark.parametrize("site", sorted(SITES))
@pytest.mark.parametrize("district", DISTRICTS)
def test_a_dublin_district_with_no_state(site: str, district: str) -> None:
    city, region, _country, code, basis = _columns(site, f"Dublin {district}", "", "")
    assert (city, region, code, basis) == ("Dublin", "D", "IE", "postcode")
    city, region, _country, code, _basis = _columns(site, f"Dublin {district}", "Dublin", "")
    assert (city, region, code) == ("Dublin", "D", "IE")


@pytest.mark.parametrize("site", sorted(SITES))
@pytest.mark.parametrize("district", DISTRICTS)
def test_a_dublin_district_at_the_end_of_one_cell(site: str, district: str) -> None:
    place = _address_place(f"Jane Example 1 Main Street Dublin {district}", SITES[site])
    assert (place.city, place.region, place.country_code) == ("Dublin", "D", "IE")


@pytest.mark.parametrize("site", sorted(SITES))
def test_no_district_number_is_no_district(site: str) -> None:
    """19, 21 and 23 are no Dublin district: no Irish place read from them alone."""
    for number in ("19", "21", "23", "25"):
        assert _columns(site, f"Dublin {number}", "", "")[3] != "IE" or site == "IE"


@pytest.mark.parametrize("site", sorted(set(SITES) - {"GB"}))
@pytest.mark.parametrize("kind", ["Co. ", "Co ", "County ", "Co.", ""])
@pytest.mark.parametrize(("town", "county", "postcode"), BRITISH)
def test_a_british_county_beside_its_postcode(site: str, kind: str, town: str, county: str, postcode: str) -> None:
    city, region, _country, code, basis = _columns(site, town, f"{kind}{county}", postcode)
    assert (city, region, code) == (town, f"{kind}{county}".strip(), "GB")  # the State as written, as on Amazon.co.uk
    irish_form = bool(kind)
    assert basis == (CONFLICT_READING if site == "IE" and irish_form else "postcode")
    other = isles_columns(town, f"{kind}{county}", postcode, site)
    assert other is not None and other[1] == ("IE" if site == "IE" and irish_form else None)


@pytest.mark.parametrize("site", sorted(set(SITES) - {"GB"}))
@pytest.mark.parametrize("kind", ["Co. ", "County "])
@pytest.mark.parametrize(("town", "county", "_postcode"), BRITISH)
def test_a_british_county_in_the_irish_form_without_postcode(site: str, kind: str, town: str, county: str,
                                                             _postcode: str) -> None:
    city, _region, _country, code, basis = _columns(site, town, f"{kind}{county}", "")
    assert (city, code) == (town, "GB")
    assert basis == (CONFLICT_READING if site == "IE" else "state")


@pytest.mark.parametrize("site", sorted(set(SITES) - {"GB"}))
def test_a_british_postcode_beside_a_ceremonial_county(site: str) -> None:
    assert _columns(site, "Leeds", "West Yorkshire", "LS1 1AA")[3] == "GB"


@pytest.mark.parametrize("site", sorted(SITES))
def test_irish_and_northern_irish_counties_unchanged(site: str) -> None:
    assert _columns(site, "Cork", "Co. Cork", "")[1:4:2] == ("CO", "IE")
    assert _columns(site, "Belfast", "Co. Antrim", "BT1 1AA")[1:4:2] == ("NIR", "GB")
    assert _columns(site, "Navan", "Co. Meath", "C15 X2Y3")[1:4:2] == ("MH", "IE")
