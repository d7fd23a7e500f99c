"""AMZ56: one-cell Amazon addresses whose postcode contradicts the town's province, and the letters' plain forms.

- (T53 9) "… 28001 Toledo M" on Amazon.es (28 is Madrid's; Toledo is the capital of TO, 45xxx) and "… Lodi CA 09100"
  on Amazon.it (09 is Cagliari's; Lodi is LO's) read high: at most medium now (basis "unlisted"), the confidence
  basis naming both readings; where the postcode confirms the town's province, high stays.
- (T53 10) letters in any case and tight forms: "Aracaju Se" read the town "Se", "salem tn" no town, "Sao Paulo-SP" /
  "Sao Paulo/SP" no place, "Aracaju SE CEP 49010-000" no town."""

from __future__ import annotations

import pytest

from dataexam.inference.shipping import _unlisted_why
from dataexam_parsers.amazon_address import shipping_place


@pytest.mark.parametrize(("address", "site", "place"), [
    ("Ana Ruiz Calle Mayor 1 28001 Toledo M", "ES", ("Toledo", "M", "ES", "unlisted")),
    ("Ana Ruiz Calle Mayor 1 Toledo M 28001", "ES", ("Toledo", "M", "ES", "unlisted")),
    ("Mario Rossi Via Roma 1 Lodi CA 09100", "IT", ("Lodi", "CA", "IT", "unlisted")),
    ("Mario Rossi Via Roma 1 Milano MI 00184", "IT", ("Milano", "MI", "IT", "unlisted")),
    ("Joao Silva Rua das Flores 10 Aracaju SE 01001-000", "BR", ("Aracaju", "SE", "BR", "unlisted")),
    # the postcode confirms the town's province: high stays
    ("Ana Ruiz Calle Mayor 1 Toledo M 45001", "ES", ("Toledo", "TO", "ES", "unlisted")),  # POST58: M said, medium
    ("Ana Ruiz Calle Mayor 1 45001 Toledo TO", "ES", ("Toledo", "TO", "ES", None)),
    ("Ana Ruiz Calle Mayor 1 28013 Madrid M", "ES", ("Madrid", "M", "ES", None)),
    ("Mario Rossi Via Roma 1 Lodi LO 26900", "IT", ("Lodi", "LO", "IT", None)),
    ("Mario Rossi Via Roma 1 Cagliari CA 09100", "IT", ("Cagliari", "CA", "IT", None)),
    ("Mario Rossi Via Roma 1 Sesto San Giovanni MI 20099", "IT", ("Sesto San Giovanni", "MI", "IT", None)),
    ("Joao Silva Rua das Flores 10 Aracaju SE 49010-000", "BR", ("Aracaju", "SE", "BR", None)),
    ("Ravi Kumar 12 MG Rd Pune MH 411001", "IN", ("Pune", "MH", "IN", None)),
    # the post's letters where ISO 3166-2 has others: Nuevo León's "NL" (ISO "NLE"), Telangana's "TG" (ISO "TS")
    # … read as ISO's letters since POST60 (T57C 8: JSON keeps ISO 3166-2 codes)
    ("Juan Perez Calle 1 Monterrey NL 64000", "MX", ("Monterrey", "NLE", "MX", None)),
    ("Ravi 1 MG Rd Hyderabad TG 500001", "IN", ("Hyderabad", "TS", "IN", None)),
])
def test_a_postcode_of_another_province_lowers_the_town(address: str, site: str, place: tuple[object, ...]) -> None:
    found = shipping_place(address, site_country=site)
    assert (found.city, found.region, found.country_code, found.country_basis) == place


@pytest.mark.parametrize(("address", "site", "place"), [
    ("Joao Silva Rua das Flores 10 Aracaju Se", "BR", ("Aracaju", "SE", "BR", None)),
    ("Joao Silva Rua das Flores 10 aracaju se", "BR", ("Aracaju", "SE", "BR", None)),
    ("Joao Silva Rua das Flores 10 Porto Alegre rs", "BR", ("Porto Alegre", "RS", "BR", None)),
    ("Joao Silva Rua das Flores 10 Sao Paulo-SP", "BR", ("Sao Paulo", "SP", "BR", None)),
    ("Joao Silva Rua das Flores 10 Sao Paulo/SP", "BR", ("Sao Paulo", "SP", "BR", None)),
    ("Joao Silva Rua das Flores 10 Sao Paulo-SP 01001-000", "BR", ("Sao Paulo", "SP", "BR", None)),
    ("Joao Silva Rua das Flores 10 Aracaju SE CEP 49010-000", "BR", ("Aracaju", "SE", "BR", None)),
    ("Joao Silva Rua das Flores 10 Aracaju - SE CEP: 49010-000", "BR", ("Aracaju", "SE", "BR", None)),
    ("Sam Roe 1 Main St salem tn", "US", ("Salem", "TN", "US", "unlisted")),
    ("sam roe 1 main st salem tn", "US", ("Salem", "TN", "US", "unlisted")),
    ("Sam Roe 1 Main St Salem Tn", "US", ("Salem", "TN", "US", "unlisted")),
    ("Sam Roe 1 Main St cologne mn", "US", ("Cologne", "MN", "US", None)),
    ("Ravi Kumar 12 MG Rd Pune MH PIN 411001", "IN", ("Pune", "MH", "IN", None)),
    ("Juan Perez Av Juarez 10 Puebla PUE C.P. 72000", "MX", ("Puebla", "PUE", "MX", None)),
    # letters alone after a street or a house number stay no town
    ("Sam Roe 1 Main St Hi", "US", (None, "HI", "US", None)),
    ("Sam Roe 1 Main St tn", "US", (None, "TN", "US", None)),
])
def test_letters_in_any_case_and_tight_forms(address: str, site: str, place: tuple[object, ...]) -> None:
    found = shipping_place(address, site_country=site)
    assert (found.city, found.region, found.country_code, found.country_basis) == place


def test_the_confidence_basis_names_both_readings() -> None:
    assert _unlisted_why("ES", "M", "Toledo") == (
        "; Toledo is the capital of the province of Toledo (TO), but the province written (M) is Madrid's: Toledo, "
        "TO, or a town of the province of Madrid — the province written is read, the town unverified (at most "
        "medium)")
    assert _unlisted_why("IT", "CA", "Lodi") == (
        "; Lodi is the capital of the province of Lodi (LO), but the metropolitan city written (CA) is Cagliari's: "
        "Lodi, LO, or a town of the metropolitan city of Cagliari, or Lodi, California, in the United States — the "
        "metropolitan city written is read, the town unverified (at most medium)")  # POST58: Italy's own term
    assert _unlisted_why("US", "TN", "Salem") == (
        "; GeoNames lists no Salem in the state written (TN), only elsewhere in the United States: the state written "
        "is read, the town unverified (at most medium)")
