"""POST57: the postcode's province against the town and the letters written (T54C 1, T54 4, T54C 3, T54 6, T54 7).

- The at-most-medium sentence of a postcode of another province named GeoNames ("lists no Aracaju in the state
  written (SE)"), false of Sergipe's capital: it names the postcode's province against the town and letters now.
- Amazon.es: "… Valencia V 03001" read "Valencia, A" (the postcode's province in the letters' place), "… Alcala de
  Henares M 08001" "…, B" at high: the letters written stay, at most medium.
- "… Se SP 01001-000" (Sé, São Paulo's central district) was read as Sergipe's capital by its letters: the town, high.
- Old reports' City / State / Zip columns had no postcode check: "Lodi", "CA", "09100" on Amazon.it was high.
"""
from __future__ import annotations

import pytest

from dataexam.csvstream import CsvRow, normalise_header
from dataexam.inference.shipping import _unlisted_why
from dataexam_parsers.amazon import _address_place, _place_attrs, _report_place
from dataexam_parsers.amazon_address import one_cell_postcode_province, postcode_province

COLUMNS = ["Website", "Shipping Address Street 1", "Shipping Address City", "Shipping Address State",
           "Shipping Address Zip"]
TAIL = " — the letters written are read, the town unverified (at most medium)"


def _columns(city: str, state: str, postcode: str, site: str) -> tuple[object, ...]:
    cols = {normalise_header(c): i for i, c in enumerate(COLUMNS)}
    return tuple(_report_place(CsvRow(0, 1, cols, [site, "1 Main St", city, state, postcode]), site))


@pytest.mark.parametrize(("address", "site", "place"), [
    # T54 4: the letters written stay, the conflict at most medium
    ("Ana Ruiz Calle Mayor 1 Valencia V 03001", "Amazon.es", ("Valencia", "V", None, "ES", "unlisted")),
    ("Ana Ruiz Calle Mayor 1 Madrid M 08001", "Amazon.es", ("Madrid", "M", None, "ES", "unlisted")),
    ("Ana Ruiz Calle Mayor 1 Alcala de Henares M 08001", "Amazon.es",
     ("Alcala de Henares", "M", None, "ES", "unlisted")),
    ("ana ruiz calle mayor 1 getafe m 41004", "Amazon.es", ("Getafe", "M", None, "ES", "unlisted")),
    ("Ana Ruiz Calle Mayor 1 Badalona B 28013", "Amazon.es", ("Badalona", "B", None, "ES", "unlisted")),
    ("Mario Rossi Via Roma 1 Monza MB 00184", "Amazon.it", ("Monza", "MB", None, "IT", "unlisted")),
    ("Ravi Kumar 12 MG Rd Nagpur MH 110001", "Amazon.in", ("Nagpur", "MH", None, "IN", "unlisted")),
    ("Juan Perez Av Juarez 10 Guadalupe NL 06600", "Amazon.com.mx", ("Guadalupe", "NLE", None, "MX", "unlisted")),
    # agreeing: high as before
    ("Ana Ruiz Calle Mayor 1 Alcala de Henares M 28801", "Amazon.es",
     ("Alcala de Henares", "M", None, "ES", "marketplace")),
    ("Ana Ruiz Calle Mayor 1 Valencia V 46001", "Amazon.es", ("Valencia", "V", None, "ES", "marketplace")),
    ("Ana Ruiz Calle Mayor 1 Elche A 03201", "Amazon.es", ("Elche", "A", None, "ES", "marketplace")),
    ("Mario Rossi Via Roma 1 20900 Monza MB", "Amazon.it", ("Monza", "MB", None, "IT", "marketplace")),
    # T54C 3: Sé beside São Paulo's letters and CEP is the town, not Sergipe's capital
    ("Joao Silva Rua das Flores 10 Se SP 01001-000", "Amazon.com.br", ("Se", "SP", None, "BR", "marketplace")),
    ("joao silva rua das flores 10 se sp 01001-000", "Amazon.com.br", ("Se", "SP", None, "BR", "marketplace")),
])
def test_one_cell_letters_stay_written(address: str, site: str, place: tuple[object, ...]) -> None:
    assert tuple(_address_place(address, site)) == place


@pytest.mark.parametrize(("city", "state", "postcode", "site", "place"), [
    ("Lodi", "CA", "09100", "Amazon.it", ("Lodi", "CA", None, "IT", "unlisted")),
    ("Monza", "MB", "00184", "Amazon.it", ("Monza", "MB", None, "IT", "unlisted")),
    ("Milano", "MI", "00184", "Amazon.it", ("Milano", "MI", None, "IT", "unlisted")),
    ("Napoli", "NA", "10121", "Amazon.it", ("Napoli", "NA", None, "IT", "unlisted")),  # NA: a sentinel's letters
    ("Aracaju", "SE", "01001-000", "Amazon.com.br", ("Aracaju", "SE", None, "BR", "unlisted")),
    ("Pune", "MH", "110001", "Amazon.in", ("Pune", "MH", None, "IN", "unlisted")),
    ("Monterrey", "NL", "06600", "Amazon.com.mx", ("Monterrey", "NLE", None, "MX", "unlisted")),  # ISO's (POST60)
    ("Valencia", "V", "03001", "Amazon.es", ("Valencia", "V", None, "ES", "unlisted")),
    ("Toledo", "M", "28001", "Amazon.es", ("Toledo", "M", None, "ES", "unlisted")),
    # agreeing, and countries GeoNames tells the states of: as before
    ("Lodi", "LO", "26900", "Amazon.it", ("Lodi", "LO", None, "IT", "state")),
    ("Monza", "MB", "20900", "Amazon.it", ("Monza", "MB", None, "IT", "state")),
    ("Napoli", "NA", "80134", "Amazon.it", ("Napoli", "NA", None, "IT", "postcode")),  # as before
    ("Campinas", "SP", "13010-000", "Amazon.com.br", ("Campinas", "SP", None, "BR", "state")),
    ("Nagpur", "MH", "440001", "Amazon.in", ("Nagpur", "MH", None, "IN", "state")),
    ("Fresno", "CA", "93701", "Amazon.com", ("Fresno", "CA", None, "US", "state")),
    ("Toronto", "ON", "M5V 2T6", "Amazon.ca", ("Toronto", "ON", None, "CA", "state")),
])
def test_the_columns_get_the_postcode_check(city: str, state: str, postcode: str, site: str,
                                            place: tuple[object, ...]) -> None:
    assert _columns(city, state, postcode, site) == place


def test_the_postcode_s_province_is_kept_not_the_postcode() -> None:
    assert one_cell_postcode_province("Joao Silva Rua das Flores 10 Aracaju SE 01001-000", "BR") == "SP"
    assert postcode_province("00184", "IT") == "RM"
    assert postcode_province("09100", "IT") == "CA"  # Cagliari's generic CAP
    assert postcode_province("110001", "IN") == "DL"
    assert postcode_province("10115", "DE") is None  # no ranges by Land in the data
    place = _address_place("Joao Silva Rua das Flores 10 Aracaju SE 01001-000", "Amazon.com.br")
    attrs = _place_attrs(place, "SP")
    assert attrs["shipping_postcode_region"] == "SP"
    assert "01001" not in repr(attrs)
    assert "shipping_postcode_region" not in _place_attrs(
        _address_place("Joao Silva Rua das Flores 10 Aracaju SE 49010-000", "Amazon.com.br"), None)


@pytest.mark.parametrize(("country", "region", "town", "postcode", "said"), [
    ("BR", "SE", "Aracaju", "SP", "; the postcode written is São Paulo's (SP), but the town and letters written are "
                                  "Aracaju, SE: Aracaju, SE or a town of the state of São Paulo (SP)"),
    ("IT", "MI", "Milano", "RM", "; the postcode written is Roma's (RM), but the town and letters written are Milano, "
                                 "MI: Milano, MI or a town of the metropolitan city of Roma (RM)"),
    ("IN", "MH", "Pune", "DL", "; the postcode written is Delhi's (DL), but the town and letters written are Pune, MH: "
                               "Pune, MH or a town of the union territory of Delhi (DL)"),
    ("MX", "NL", "Monterrey", "CMX", "; the postcode written is Ciudad de México's (CMX), but the town and letters "
                                     "written are Monterrey, NL: Monterrey, NL or a town of the federal entity of "
                                     "Ciudad de México (CMX)"),
    ("ES", "M", "Alcala de Henares", "B", "; the postcode written is Barcelona's (B), but the town and letters written "
                                          "are Alcala de Henares, M: Alcala de Henares, M or a town of the province of "
                                          "Barcelona (B)"),
    ("ES", "CM", "Toledo", "AB", "; the postcode written is Albacete's (AB), but the town and letters written are "
                                 "Toledo, CM (Toledo is the capital of the province of Toledo (TO)): Toledo, TO, a "
                                 "town of the autonomous community of Castilla-La Mancha (CM) or a town of the "
                                 "province of Albacete (AB)"),
])
def test_the_reason_names_the_postcode_s_province(country: str, region: str, town: str, postcode: str,
                                                  said: str) -> None:
    text = _unlisted_why(country, region, town, postcode)
    assert text == said + TAIL
    assert "GeoNames lists no" not in text


def test_without_the_postcode_s_province_the_sentences_are_unchanged() -> None:
    assert _unlisted_why("IT", "CA", "Lodi", None).startswith("; Lodi is the capital of the province of Lodi (LO)")
    assert _unlisted_why("IT", "CA", "Lodi", "CA").startswith("; Lodi is the capital of the province of Lodi (LO)")
    assert _unlisted_why("US", "TN", "Salem").startswith("; GeoNames lists no Salem in the state written (TN)")
