"""POST58: the town and the postcode written against the letters (T55B 1, 2, 4, 7, 8).

- Columns "Milano | RM | 20121", "Toledo | M | 45001", "Sao Paulo | SE | 01001-000" read the letters' province at
  high; the one-cell "… Milano RM 20121" read MI at high with the letters unsaid. Now the town and postcode's
  province, at most medium, both readings named (``shipping_region_written``).
- Canada and Australia had no postcode check: ".ca … Toronto QC M5V 2T6" was "QC, Canada" high (no town),
  ".com.au … Perth NSW 6000" "Perth, NSW" high (6000 is Western Australia's).
- No letters written ("… Valencia 03001", ".co.jp … Kita-ku Osaka 100-0001") was said "the province written (A)";
  each country's unit is named by its own term (prefecture, autonomous community, metropolitan city).
"""
from __future__ import annotations

import pytest

from dataexam.csvstream import CsvRow, normalise_header
from dataexam.inference.shipping import _unit, _unlisted_why
from dataexam_parsers.amazon import _address_place, _place_attrs, _report_place
from dataexam_parsers.amazon_address import one_cell_letters, town_and_postcode_region

COLUMNS = ["Website", "Shipping Address Street 1", "Shipping Address City", "Shipping Address State",
           "Shipping Address Zip"]


def _columns(city: str, state: str, postcode: str, site: str) -> tuple[object, ...]:
    cols = {normalise_header(c): i for i, c in enumerate(COLUMNS)}
    return tuple(_report_place(CsvRow(0, 1, cols, [site, "1 Main St", city, state, postcode]), site))


@pytest.mark.parametrize(("city", "state", "postcode", "site", "place"), [
    ("Milano", "RM", "20121", "Amazon.it", ("Milano", "MI", None, "IT", "unlisted")),
    ("Como", "MI", "22100", "Amazon.it", ("Como", "CO", None, "IT", "unlisted")),
    ("Toledo", "M", "45001", "Amazon.es", ("Toledo", "TO", None, "ES", "unlisted")),
    ("Sao Paulo", "SE", "01001-000", "Amazon.com.br", ("Sao Paulo", "SP", None, "BR", "unlisted")),
    ("Toronto", "QC", "M5V 2T6", "Amazon.ca", ("Toronto", "ON", None, "CA", "unlisted")),
    ("Perth", "NSW", "6000", "Amazon.com.au", ("Perth", "WA", None, "AU", "unlisted")),
    ("Sydney", "VIC", "2000", "Amazon.com.au", ("Sydney", "NSW", None, "AU", "unlisted")),
    # agreeing: high as before
    ("Milano", "MI", "20121", "Amazon.it", ("Milano", "MI", None, "IT", "state")),
    ("Toronto", "ON", "M5V 2T6", "Amazon.ca", ("Toronto", "ON", None, "CA", "state")),
    ("Perth", "WA", "6000", "Amazon.com.au", ("Perth", "WA", None, "AU", "state")),
    # a town that is no capital: the letters against the postcode, the letters read (POST57)
    ("Rho", "RM", "20017", "Amazon.it", ("Rho", "RM", None, "IT", "unlisted")),
])
def test_columns_town_and_postcode_against_the_letters(city: str, state: str, postcode: str, site: str,
                                                       place: tuple[object, ...]) -> None:
    assert _columns(city, state, postcode, site) == place


@pytest.mark.parametrize(("address", "site", "place"), [
    ("Mario Rossi Via Roma 1 Milano RM 20121", "Amazon.it", ("Milano", "MI", None, "IT", "unlisted")),
    ("Mario Rossi Via Roma 1 20121 Milano RM", "Amazon.it", ("Milano", "MI", None, "IT", "unlisted")),
    ("Mario Rossi Via Roma 1 Como MI 22100", "Amazon.it", ("Como", "CO", None, "IT", "unlisted")),
    ("Ana Ruiz Calle Mayor 1 Toledo M 45001", "Amazon.es", ("Toledo", "TO", None, "ES", "unlisted")),
    ("Ana Rua das Flores 10 Sao Paulo SE 01001-000", "Amazon.com.br", ("Sao Paulo", "SP", None, "BR", "unlisted")),
    ("Jane Doe Av Juarez 10 Colima JAL 28000", "Amazon.com.mx", ("Colima", "COL", None, "MX", "unlisted")),
    ("Jane Doe 1 King St Toronto QC M5V 2T6", "Amazon.ca", ("Toronto", "ON", None, "CA", "unlisted")),
    ("Jane Doe 1 Rue St Montreal ON H2X 1Y4", "Amazon.ca", ("Montreal", "QC", None, "CA", "unlisted")),
    ("Jane Doe 1 Queen St Perth NSW 6000", "Amazon.com.au", ("Perth", "WA", None, "AU", "unlisted")),
    ("Jane Doe 1 Collins St Melbourne NSW 3000", "Amazon.com.au", ("Melbourne", "VIC", None, "AU", "unlisted")),
    # the town and letters against the postcode (Canada, Australia): the letters read, at most medium
    ("Jane Doe 1 King St Toronto ON H2X 1Y4", "Amazon.ca", ("Toronto", "ON", None, "CA", "unlisted")),
    ("Jane Doe 1 Queen St Perth WA 2000", "Amazon.com.au", ("Perth", "WA", None, "AU", "unlisted")),
    # agreeing: high as before
    ("Jane Doe 1 King St Toronto ON M5V 2T6", "Amazon.ca", ("Toronto", "ON", None, "CA", "marketplace")),
    ("Jane Doe 1 Queen St Perth WA 6000", "Amazon.com.au", ("Perth", "WA", None, "AU", "marketplace")),
    ("Mario Rossi Via Roma 1 Milano MI 20121", "Amazon.it", ("Milano", "MI", None, "IT", "marketplace")),
])
def test_one_cell_town_and_postcode_against_the_letters(address: str, site: str, place: tuple[object, ...]) -> None:
    assert tuple(_address_place(address, site)) == place


def test_the_letters_written_are_kept_as_a_province_code() -> None:
    place = _address_place("Mario Rossi Via Roma 1 Milano RM 20121", "Amazon.it")
    assert one_cell_letters("Mario Rossi Via Roma 1 Milano RM 20121", place, "IT") == "RM"
    assert one_cell_letters("Ana Ruiz Calle Mayor 1 Valencia 03001",
                            _address_place("Ana Ruiz Calle Mayor 1 Valencia 03001", "Amazon.es"), "ES") == ""
    attrs = _place_attrs(place, None, "RM")
    assert attrs["shipping_region"] == "MI" and attrs["shipping_region_written"] == "RM"
    assert "20121" not in repr(attrs)
    assert town_and_postcode_region("Toronto", "QC", "M5V 2T6", "CA") == "ON"
    assert town_and_postcode_region("Perth", "NSW", "6000", "AU") == "WA"
    assert town_and_postcode_region("Perth", "WA", "6000", "AU") is None
    assert town_and_postcode_region("Oviedo", "AS", "33001", "ES") is None  # Asturias' one province


@pytest.mark.parametrize(("country", "region", "town", "written", "said"), [
    ("IT", "MI", "Milano", "RM", "; the town and the postcode written are of the metropolitan city of Milano (MI), "
                                 "but the letters written (RM) are Roma's: Milano, MI, or a town of the metropolitan "
                                 "city of Roma (RM) — the town and postcode are read, the letters set aside (at most "
                                 "medium)"),
    ("CA", "ON", "Toronto", "QC", "; the town and the postcode written are of the province of Ontario (ON), but the "
                                  "letters written (QC) are Quebec's: Toronto, ON, or a town of the province of Quebec "
                                  "(QC) — the town and postcode are read, the letters set aside (at most medium)"),
    ("AU", "WA", "Perth", "NSW", "; the town and the postcode written are of the state of Western Australia (WA), but "
                                 "the letters written (NSW) are New South Wales's: Perth, WA, or a town of the state "
                                 "of New South Wales (NSW) — the town and postcode are read, the letters set aside "
                                 "(at most medium)"),
])
def test_both_readings_are_said(country: str, region: str, town: str, written: str, said: str) -> None:
    assert _unlisted_why(country, region, town, None, written) == said


def test_no_letters_written_is_said_so() -> None:
    said = _unlisted_why("ES", "A", "Valencia", "A")
    assert "province written" not in said
    assert said.startswith("; Valencia is the capital of the province of Valencia (V), but the postcode written is in "
                           "the province of Alicante (A), and no letters were written")
    said = _unlisted_why("JP", "13", "Osaka", "13")
    assert "province" not in said
    assert "the prefecture of Osaka (27)" in said and "the prefecture of Tokyo (13)" in said
    # POST62: no source here tells Japan's capitals; GeoNames files Osaka in its prefecture
    assert said.startswith("; Osaka is a town of the prefecture of Osaka (27), but") and "capital" not in said


def test_each_country_s_own_unit() -> None:
    assert _unit("ES", "CM") == "autonomous community"
    assert _unit("ES", "M") == "province"
    assert _unit("JP", "13") == "prefecture"
    assert _unit("IN", "DL") == "union territory"
    assert _unit("BR", "SP") == "state"
    said = _unlisted_why("ES", "CM", "Toledo", "AB")
    assert "the autonomous community of Castilla-La Mancha (CM)" in said
    assert "the province of Castilla-La Mancha" not in said
