"""AMZ54: a State read as the marketplace's own subdivision first.

Amazon.in / Amazon.com.mx one-cell addresses ending in the state's postal letters (T51 8: no place), and old Amazon.com
reports whose State is a US state beside a town GeoNames lists elsewhere in the US but not in that state ("Salem",
"TN": was "Salem, India", high) or beside a town of 100,000 people abroad so lettered ("Waterloo", "CA": high)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_amazon_town_state_zip import _report

from dataexam import api
from dataexam.inference import infer
from dataexam.report import view
from dataexam_parsers.amazon_address import shipping_place, written_region_reading


@pytest.mark.parametrize(("address", "site", "place"), [
    ("Ravi Kumar 12 Gandhi Rd Salem TN 636001", "IN", ("Salem", "TN", "IN")),
    ("Ravi 1 MG Rd Panaji GA", "IN", ("Panaji", "GA", "IN")),
    ("Ravi 1 MG Rd Hyderabad TG", "IN", ("Hyderabad", "TS", "IN")),  # ISO's letters since POST60
    ("Ravi 1 MG Rd Kochi KL", "IN", ("Kochi", "KL", "IN")),
    ("Ravi 1 MG Rd Jaipur RJ", "IN", ("Jaipur", "RJ", "IN")),
    ("Ravi 1 MG Rd Kochi KL 682001", "IN", ("Kochi", "KL", "IN")),
    ("Juan Perez Calle 1 Monterrey NL", "MX", ("Monterrey", "NLE", "MX")),  # ISO's letters since POST60
    ("Juan Perez Calle 1 Campeche CAM", "MX", ("Campeche", "CAM", "MX")),
    # a US address on Amazon.in stays the US state's: no Indian town so called
    ("Sam Roe 1 Main St Carthage TN", "IN", ("Carthage", "TN", "US")),
])
def test_the_marketplace_s_own_state_letters(address: str, site: str, place: tuple[str, str, str]) -> None:
    found = shipping_place(address, site_country=site)
    assert (found.city, found.region, found.country_code) == place


def test_a_us_state_beside_a_town_geonames_lists_elsewhere_in_the_us_stays_the_state_s() -> None:
    assert written_region_reading("Salem", "TN", "US", None) == ("TN", "US", "unlisted")
    assert written_region_reading("Salem", "TN", "US", "37101") is None  # Tennessee's ZIP: the state's
    assert written_region_reading("Madurai", "TN", "US", None) == ("TN", "IN", "state")  # no US Madurai
    assert written_region_reading("Milano", "MI", "US", None) == ("MI", "IT", "state")  # Milano's own province


def test_an_old_report_s_salem_tn_is_tennessee_s_at_medium(tmp_path: Path) -> None:
    home = infer(api.timeline([_report(tmp_path, "Salem", "TN", "", street="1 Main St")])).finding("home").to_dict()
    assert view.headline(home) == "You most likely live in Salem, United States."
    assert home["confidence"] == "medium"
    assert "GeoNames lists no Salem in the state written (TN), only elsewhere in the United States" \
        in home["confidence_basis"]


def test_an_old_report_s_waterloo_ca_names_both_at_medium(tmp_path: Path) -> None:
    home = infer(api.timeline([_report(tmp_path, "Waterloo", "CA", "", street="1 Main St")])).finding("home").to_dict()
    assert view.headline(home) == "You most likely live in Waterloo, United States."
    assert home["confidence"] == "medium"
    assert "Waterloo may be in the United States or in Canada (at most medium)" in home["confidence_basis"]
    cell = shipping_place("Sam Roe 1 Main St Waterloo CA", site_country="US")
    assert (cell.city, cell.region, cell.country_code, cell.country_basis) == ("Waterloo", "CA", "US", "letters")
