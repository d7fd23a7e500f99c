"""POST64 (T59C, POST63's own): a one-cell address whose postcode and town name the two countries of the isles is
flagged as the columns are (``shipping_country_basis`` "conflict", ``shipping_country_other``): "… London SW1A 1AA
Dublin" on Amazon.ie was "Dublin, Ireland", high; "… Leeds D08 X2Y3" Ireland by the Eircode, Leeds unsaid."""

from __future__ import annotations

import pytest

from dataexam_parsers.amazon import _address_place, _place_attrs
from dataexam_parsers.amazon_address import CONFLICT_READING, one_cell_isles_other

SITES = {"IE": "Amazon.ie", "GB": "Amazon.co.uk", "US": "Amazon.com", "DE": "Amazon.de"}
#: British towns GeoNames has no Irish namesake of, with a postcode of theirs
BRITISH = [("London", "SW1A 1AA"), ("Leeds", "LS1 1UR"), ("Manchester", "M1 1AE"), ("Glasgow", "G1 1AA"),
           ("Cardiff", "CF10 1AA")]
EIRCODES = ["D08 X2Y3", "T12 X2Y3", "H91 X2Y3", "A65 F4E2"]


@pytest.mark.parametrize("site", sorted(SITES))
@pytest.mark.parametrize(("town", "eircode"), [(t, e) for t, _pc in BRITISH for e in EIRCODES])
def test_a_british_town_before_an_eircode(site: str, town: str, eircode: str) -> None:
    address = f"Jane Example 1 Main Street {town} {eircode}"
    place = _address_place(address, SITES[site])
    assert (place.country_code, place.country_basis) == ("IE", CONFLICT_READING)
    assert one_cell_isles_other(address, place) == "GB"
    assert _place_attrs(place, one_cell_isles_other(address, place))["shipping_country_other"] == "GB"


@pytest.mark.parametrize(("town", "postcode"), BRITISH)
def test_a_british_postcode_before_an_irish_town_on_amazon_ie(town: str, postcode: str) -> None:
    address = f"Jane Example 1 Main Street {town} {postcode} Dublin"
    place = _address_place(address, SITES["IE"])
    if place.country_code == "IE":
        assert place.country_basis == CONFLICT_READING
        assert one_cell_isles_other(address, place) == "GB"


@pytest.mark.parametrize("site", sorted(SITES))
@pytest.mark.parametrize("address", [
    "Jane Example 1 Main Street Dublin D02 X285", "Jane Example 1 Main Street London SW1A 1AA",
    "Jane Example 1 Main Street Belfast BT1 1AA", "Jane Example 1 Main Street Dublin 8",
    "Jane Example 1 Main Street, Cork, County Cork, T12 X2Y3, Ireland",
    "Jane Example 1 Main Street Durham Co. Durham DH1 1AA", "Jane Example 1 Main Street Dundalk Co. Louth A65 F4E2",
    "Jane Example 1 Main Street Dundalk Louth A65 F4E2", "Jane Example 1 Main Street Dundalk County Louth A65 F4E2",
])
def test_agreeing_addresses_are_not_flagged(site: str, address: str) -> None:
    place = _address_place(address, SITES[site])
    assert place.country_basis != CONFLICT_READING
    assert one_cell_isles_other(address, place) is None
