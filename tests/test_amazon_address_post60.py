"""POST60: Amazon address readings, POST59's leftovers (T57C 2–12).

Grid: nine countries (US, CA, AU, MX, IN, IT, JP, DE, IE) × the one-cell ``Shipping Address`` and the old report's
columns × right / mix-up / cross-border / abbreviation: the town, the region (ISO 3166-2 suffix) and whether the
reading is at high (any basis but ``unlisted``) or at most medium (``unlisted``, both readings said).

- "Mexico DF 06600" read "Mexico" as the capital of the state of México (MEX): medium, region "DF" → CMX, high; the
  columns kept "DF" (T57C 2).
- "Toluca Estado de México 50000" lost Toluca to "México"; "Ecatepec Edo Mex 55000" read Ecatepec as Morelos' (GeoNames'
  Ecatepec de Morelos): medium, "GeoNames lists no Ecatepec in the state written" (T57C 3).
- A town across a state line served from the neighbour's post office ("Flin Flon | SK | R8A 1A1") → the province
  written, high; twin towns with their own street ZIPs on each side stay a mix-up (T57C 4). The US' "Texhoma | TX |
  73949", "New Pine Creek | CA | 97635", "Fort Campbell | TN | 42223" are medium mix-ups again since POST61 took the
  US rule back (it read nearly every border town's wrong neighbour at high: tests/test_amazon_border_zip_post61.py).
- "Washington is the capital of the state of Washington" for "Washington | DC | 22201"; "Indiana PA 46204" named IN as
  written; "Pune DL 411 001" lost DL; "New York NY 07302" said no town was read (T57C 5–7).
- Mexican abbreviations (QROO, Q. Roo, DGO, AGS, QRO, N.L., Méx.) kept raw → ISO; "the Northwest Territories" kept
  as written; Japan's prefecture numbers called "letters" (T57C 8–10); "Monza RM 20900" kept Rome's letters (T57C 11);
  any script's digits read once at the reader's entry (T57C 12).
"""
from __future__ import annotations

import json

import pytest
from test_amazon_region_in_full import LEGACY_HEADER, _csv, _item
from test_amazon_town_state_zip import _home

from dataexam.csvstream import CsvRow, normalise_header
from dataexam.inference.gazetteer import capital_there
from dataexam.inference.shipping import _unlisted_why
from dataexam_parsers.amazon import (
    _address_place,
    _place_attrs,
    _report_place,
    _report_postcode_region,
    _report_region_written,
)
from dataexam_parsers.amazon_address import iso_region, one_cell_letters, one_cell_postcode_province

SITES = {"US": "Amazon.com", "CA": "Amazon.ca", "AU": "Amazon.com.au", "DE": "Amazon.de", "IT": "Amazon.it",
         "MX": "Amazon.com.mx", "IN": "Amazon.in", "JP": "Amazon.co.jp", "IE": "Amazon.co.uk"}
STREETS = {"MX": "Av Juarez 10", "IN": "12 MG Rd", "IT": "Via Roma 1", "DE": "Hauptstr 1", "JP": "1-1"}
COLUMNS = ["Website", "Shipping Address Street 1", "Shipping Address City", "Shipping Address State",
           "Shipping Address Zip"]
HIGH, MEDIUM = "high", "medium"


def _one(cc: str, town: str, letters: str, postcode: str) -> tuple[tuple, dict]:
    cell = " ".join(p for p in ("Jane Doe", STREETS.get(cc, "1 Main St"), town, letters, postcode) if p)
    place = _address_place(cell, SITES[cc])
    unlisted = place.country_basis == "unlisted"
    attrs = _place_attrs(place, one_cell_postcode_province(cell, cc) if unlisted else None,
                         one_cell_letters(cell, place, cc) if unlisted else None)
    return tuple(place), attrs


def _cols(cc: str, town: str, letters: str, postcode: str) -> tuple[tuple, dict]:
    index = {normalise_header(x): i for i, x in enumerate(COLUMNS)}
    row = CsvRow(0, 1, index, [SITES[cc], STREETS.get(cc, "1 Main St"), town, letters, postcode])
    place = _report_place(row, SITES[cc])
    attrs = _place_attrs(place, _report_postcode_region(row, SITES[cc], place),
                         _report_region_written(row, SITES[cc], place))
    return tuple(place), attrs


def _said(cc: str, attrs: dict) -> str:
    return _unlisted_why(cc, attrs.get("shipping_region"), attrs.get("shipping_city"),
                         attrs.get("shipping_postcode_region"), attrs.get("shipping_region_written"))


# (country, town, letters, postcode) → (town read, region read, high / medium)
GRID = [
    # the US: right, mix-up, across the state line, abbreviation
    ("US", "New York", "NY", "10001", "New York", "NY", HIGH),
    ("US", "Washington", "DC", "20001", "Washington", "DC", HIGH),
    ("US", "Washington", "D.C.", "20001", "Washington", "DC", HIGH),
    ("US", "Indiana", "PA", "15701", "Indiana", "PA", HIGH),
    ("US", "Washington", "DC", "22201", "Washington", "DC", MEDIUM),
    ("US", "New York", "NY", "07302", "New York", "NY", MEDIUM),
    ("US", "Indiana", "PA", "46204", "Indiana", "PA", MEDIUM),
    ("US", "Kansas City", "MO", "66101", "Kansas City", "MO", MEDIUM),
    ("US", "Texarkana", "AR", "75501", "Texarkana", "AR", MEDIUM),
    ("US", "Bristol", "TN", "24201", "Bristol", "TN", MEDIUM),
    ("US", "Texhoma", "OK", "73949", "Texhoma", "OK", HIGH),
    ("US", "New Pine Creek", "OR", "97635", "New Pine Creek", "OR", HIGH),
    ("US", "Fort Campbell", "KY", "42223", "Fort Campbell", "KY", HIGH),
    # Canada
    ("CA", "Toronto", "ON", "M5V 2T6", "Toronto", "ON", HIGH),
    ("CA", "Toronto", "QC", "M5V 2T6", "Toronto", "ON", MEDIUM),
    ("CA", "Flin Flon", "MB", "R8A 1A1", "Flin Flon", "MB", HIGH),
    ("CA", "Flin Flon", "SK", "R8A 1A1", "Flin Flon", "SK", HIGH),
    ("CA", "Yellowknife", "the Northwest Territories", "X1A 2L9", "Yellowknife", "NT", HIGH),
    ("CA", "Yellowknife", "NT", "X1A 2L9", "Yellowknife", "NT", HIGH),
    # Australia
    ("AU", "Perth", "WA", "6000", "Perth", "WA", HIGH),
    ("AU", "Perth", "NSW", "6000", "Perth", "WA", MEDIUM),
    ("AU", "Canberra", "the Australian Capital Territory", "2600", "Canberra", "ACT", HIGH),
    # Mexico: DF is Ciudad de México's former name; Estado de México's short forms
    ("MX", "Ciudad de México", "CDMX", "06600", "Ciudad de México", "CMX", HIGH),
    ("MX", "Mexico", "DF", "06600", "Ciudad de México", "CMX", HIGH),  # POST62: Mexico City's own name
    ("MX", "Ciudad de Mexico", "DF", "06600", "Ciudad de México", "CMX", HIGH),  # POST64: its own name
    ("MX", "Toluca", "Estado de México", "50000", "Toluca", "MEX", HIGH),
    ("MX", "Toluca", "MEX", "50000", "Toluca", "MEX", HIGH),
    ("MX", "Ecatepec", "Edo Mex", "55000", "Ecatepec", "MEX", HIGH),
    ("MX", "Naucalpan de Juárez", "Méx.", "53000", "Naucalpan de Juárez", "MEX", HIGH),
    ("MX", "Cancún", "QROO", "77500", "Cancún", "ROO", HIGH),
    ("MX", "Cancun", "Q. Roo", "77500", "Cancun", "ROO", HIGH),
    ("MX", "Durango", "DGO", "34000", "Durango", "DUR", HIGH),
    ("MX", "Aguascalientes", "AGS", "20000", "Aguascalientes", "AGU", HIGH),
    ("MX", "Querétaro", "QRO", "76000", "Querétaro", "QUE", HIGH),
    ("MX", "Monterrey", "N.L.", "64000", "Monterrey", "NLE", HIGH),
    ("MX", "Zapopan", "CMX", "45100", "Zapopan", "JAL", MEDIUM),
    ("MX", "Colima", "JAL", "28000", "Colima", "COL", MEDIUM),
    # India
    ("IN", "Pune", "MH", "411001", "Pune", "MH", HIGH),
    ("IN", "Pune", "DL", "411001", "Pune", "MH", MEDIUM),
    ("IN", "Mumbai", "MH", "400001", "Mumbai", "MH", HIGH),
    # Italy: a province named after two towns, the first its capital
    ("IT", "Roma", "RM", "00184", "Roma", "RM", HIGH),
    ("IT", "Milano", "RM", "20121", "Milano", "MI", MEDIUM),
    ("IT", "Monza", "MB", "20900", "Monza", "MB", HIGH),
    ("IT", "Monza", "RM", "20900", "Monza", "MB", MEDIUM),
    ("IT", "Pesaro", "RM", "61121", "Pesaro", "PU", MEDIUM),
    # Japan: prefectures by their ISO numbers
    ("JP", "Osaka", "Osaka", "530-0001", "Osaka", "27", HIGH),
    ("JP", "Osaka", "Tokyo", "530-0001", "Osaka", "27", MEDIUM),
]


@pytest.mark.parametrize("form", ["one cell", "columns"])
@pytest.mark.parametrize(("cc", "town", "letters", "postcode", "city", "region", "level"), GRID)
def test_town_region_and_level(form: str, cc: str, town: str, letters: str, postcode: str, city: str, region: str,
                               level: str) -> None:
    place, attrs = (_one if form == "one cell" else _cols)(cc, town, letters, postcode)
    assert place[0] == city and place[1] == region and place[3] == cc, place
    assert (HIGH if place[4] != "unlisted" else MEDIUM) == level, place
    if level == MEDIUM:
        said = _said(cc, attrs)
        # both readings are said, never a capital a town is not, never "no town" where one was read
        assert "capital" not in said or cc in ("IT", "ES", "MX"), said
        assert "no town was read" not in said, said
        assert "GeoNames lists no" not in said, said


@pytest.mark.parametrize(("cc", "town", "letters", "postcode", "has"), [
    ("US", "Washington", "DC", "22201", "Washington, DC or a town of the state of Virginia (VA)"),
    ("US", "Indiana", "PA", "46204", "Indiana, PA or a town of the state of Indiana (IN)"),
    ("US", "New York", "NY", "07302", "New York, NY or a town of the state of New Jersey (NJ)"),
    ("IT", "Monza", "RM", "20900", "Monza, MB, or a town of the metropolitan city of Roma (RM)"),
    ("JP", "Osaka", "Tokyo", "530-0001", "the prefecture written (13) is Tokyo's: Osaka, 27, or a town of the "
                                         "prefecture of Tokyo (13)"),
])
def test_both_readings_said(cc: str, town: str, letters: str, postcode: str, has: str) -> None:
    for form in (_one, _cols):
        _place, attrs = form(cc, town, letters, postcode)
        said = _said(cc, attrs)
        assert has in said, said
        assert "is the capital of" not in said and "letters written (13)" not in said, said


def test_no_town_beside_prefecture_numbers_is_no_letters() -> None:
    said = _unlisted_why("JP", "13", None, "27")
    assert "the prefecture written (13) is Tokyo's, and no town was read beside it" in said
    assert "letters" not in said
    # letters elsewhere keep their word
    assert "the letters written (QC) are Quebec's, and no town was read beside them" in _unlisted_why("CA", "QC",
                                                                                                     None, "ON")


@pytest.mark.parametrize("address", [
    "Ravi Kumar 12 MG Rd Pune DL 411 001", "Ravi Kumar 12 MG Rd Pune DL 411001", "Ravi Kumar 12 MG Rd Pune DL ४११००१",
])
def test_spaced_pin_keeps_the_letters_written(address: str) -> None:
    place = _address_place(address, "Amazon.in")
    assert (place.city, place.region, place.country_basis) == ("Pune", "MH", "unlisted")
    attrs = _place_attrs(place, one_cell_postcode_province(address, "IN"), one_cell_letters(address, place, "IN"))
    assert attrs.get("shipping_region_written") == "DL"
    assert "Pune, MH, or a town of the union territory of Delhi (DL)" in _said("IN", attrs)


@pytest.mark.parametrize(("cc", "address", "want"), [
    ("US", "Jane Doe 1 Main St Houston TX ７７００２", ("Houston", "TX")),
    ("US", "Jane Doe 1 Main St Houston TX ٧٧٠٠٢", ("Houston", "TX")),
    ("IN", "Ravi 12 MG Rd Pune MH ४११००१", ("Pune", "MH")),
    ("MX", "Ana Calle 5 Toluca MEX ５００００", ("Toluca", "MEX")),
    ("CA", "Jane Doe 1 King St Toronto ON M５V ２T６", ("Toronto", "ON")),
])
def test_any_script_digits_read_at_the_entry(cc: str, address: str, want: tuple[str, str]) -> None:
    place = _address_place(address, SITES[cc])
    assert (place.city, place.region, place.country_basis) == (*want, "marketplace")
    assert one_cell_postcode_province(address, cc) == one_cell_postcode_province(
        address.translate({ord(c): str(int(c)) for c in address if c.isdecimal() and not c.isascii()}), cc)


@pytest.mark.parametrize(("name", "country", "region", "want"), [
    ("Mexico", "MX", "MEX", False), ("Ecatepec", "MX", "MOR", False), ("Colima", "MX", "COL", True),
    ("Toluca", "MX", "MEX", True), ("Washington", "US", "WA", False), ("Indiana", "US", "IN", False),
    ("New York", "US", "NY", True), ("Quebec", "CA", "QC", True), ("Pune", "IN", "MH", True),
    ("Delhi", "IN", "DL", True), ("Milano", "IT", "MI", True), ("Toledo", "ES", "TO", True),
])
def test_capital_there(name: str, country: str, region: str, want: bool) -> None:
    assert capital_there(name, country, region) is want


@pytest.mark.parametrize(("region", "country", "want"), [
    ("DF", "MX", "CMX"), ("D.F.", "MX", "CMX"), ("QROO", "MX", "ROO"), ("Q. Roo", "MX", "ROO"), ("DGO", "MX", "DUR"),
    ("AGS", "MX", "AGU"), ("QRO", "MX", "QUE"), ("N.L.", "MX", "NLE"), ("NL", "MX", "NLE"), ("Méx.", "MX", "MEX"),
    ("Edomex", "MX", "MEX"), ("CMX", "MX", "CMX"), ("JAL", "MX", "JAL"),
    ("the Northwest Territories", "CA", "NT"), ("ON", "CA", "ON"), ("Western Australia", "AU", "WA"),
    ("13", "JP", "13"), ("RM", "IT", "RM"), ("AE", "US", "AE"), ("TX", "US", "TX"), (None, "US", None),
])
def test_iso_region(region: str | None, country: str, want: str | None) -> None:
    assert iso_region(region, country) == want


@pytest.mark.parametrize(("site", "address", "city", "region", "level"), [
    ("Amazon.com.mx", "Juan Perez Av Juarez 10 Mexico DF 06600", "Ciudad de México", "CMX", "high"),
    ("Amazon.com.mx", "Juan Perez Av Juarez 10 Toluca Estado de México 50000", "Toluca", "MEX", "high"),
    ("Amazon.com", "Jane Doe 1 Main St Texhoma TX 73949", "Texhoma", "OK", "medium"),
    ("Amazon.ca", "Jane Doe 1 Main St Flin Flon SK R8A 1A1", "Flin Flon", "SK", "high"),
    ("Amazon.com", "Jane Doe 1 Main St Washington DC 22201", "Washington", "DC", "medium"),
])
def test_home_finding_end_to_end(tmp_path, site: str, address: str, city: str, region: str, level: str) -> None:
    rows = [_item(f"111-0000000-{i:07d}", f"2022-{i % 12 + 1:02d}-05T14:00:00Z", f"B0ITEM{i:04d}", "10.00")
            | {"Shipping Address": address, "Website": site} for i in range(12)]
    path = tmp_path / "amazon" / "Retail.OrderHistory.1" / "Retail.OrderHistory.1.csv"
    path.parent.mkdir(parents=True)
    path.write_bytes(_csv(LEGACY_HEADER, rows))
    home = _home(tmp_path / "amazon")
    value = home["value"] or {}
    assert (value.get("city"), value.get("region"), home["confidence"]) == (city, region, level)
    text = json.dumps(home, ensure_ascii=False)
    assert "is the capital of" not in text and '"DF"' not in text


@pytest.mark.parametrize(("site", "address", "want"), [
    # Ireland's Eircode on another marketplace; a British postcode stays British, with or without its space
    ("Amazon.co.uk", "Sean Murphy 1 Main St Dublin D02 X285", ("Dublin", "IE")),
    ("Amazon.co.uk", "Sean Murphy 1 Main St Cork T12 X70A", ("Cork", "IE")),
    ("Amazon.com", "Sean Murphy 1 Main St Dublin D02 X285", ("Dublin", "IE")),
    ("Amazon.co.uk", "Sean Murphy 1 Main St Dublin D02X285", ("Dublin", "IE")),
    ("Amazon.co.uk", "Sean Murphy 1 Main St Dublin 2 D02X285", ("Dublin", "IE")),
    ("Amazon.co.uk", "Jane Doe 1 High St London E145AB", ("London", "GB")),
    ("Amazon.co.uk", "Jane Doe 1 High St London SW1A 1AA", ("London", "GB")),
    ("Amazon.com", "Jane Doe 1 High St London SW1A1AA", ("London", "GB")),
    ("Amazon.com", "Jane Doe 1 High St Manchester M1 1AE", ("Manchester", "GB")),
    # ä, ö, ü typed as ae, oe, ue
    ("Amazon.de", "Hans Mueller Hauptstr 1 80331 Muenchen", ("Muenchen", "DE")),
    ("Amazon.de", "Hans Mueller Hauptstr 1 50667 Koeln", ("Koeln", "DE")),
    ("Amazon.de", "Hans Meier Hauptstr 1 01067 Dresden", ("Dresden", "DE")),
    ("Amazon.de", "Hans Meier Hauptstr 1 1067 Dresden", ("Dresden", "DE")),
    # a CAP / CP that lost its leading zeros after the province it is of
    ("Amazon.it", "Mario Rossi Via Roma 1 Roma RM 184", ("Roma", "IT")),
    ("Amazon.it", "Mario Rossi Via Roma 1 Roma RM 00184", ("Roma", "IT")),
    ("Amazon.es", "Ana Ruiz Calle Mayor 1 Barcelona B 8001", ("Barcelona", "ES")),
])
def test_postcode_forms_read(site: str, address: str, want: tuple[str, str]) -> None:
    place = _address_place(address, site)
    assert (place.city, place.country_code) == want, place
    assert place.country_basis != "unlisted"


def test_a_lost_zero_is_not_put_back_for_another_province() -> None:
    # "184" after Milano's letters is no CAP of Milano's: not read as 00184, Rome's
    place = _address_place("Mario Rossi Via Roma 1 Milano MI 184", "Amazon.it")
    assert place.region != "RM"
