"""AMZ55: a town beside its state's / province's letters on every marketplace (ISO 3166-2 / the post's letters).

- Amazon.com.br one-cell "… Aracaju SE" read the UF letters as the town ("Se": GeoNames' Sé) — with no CEP after them
  (with one the town was right); "… Aracaju - SE" (the Correios' "Cidade - UF") read "Aracaju -".
- Amazon.com one-cell "… 1 Main St Salem TN", "… Cologne MN", "… Delhi NY" gave Tennessee, Minnesota, New York and no
  town, where the old report's City / State columns read the town ("Salem, TN" medium: GeoNames lists no Tennessee
  Salem).
- "Lodi" beside "CA" on Amazon.it read "Lodi, CA, Italy" at high: Lodi's province is LO, CA is Cagliari's (or it is
  Lodi, California) — the state as written, the town unverified there (at most medium); "Toledo", "M" on Amazon.es."""

from __future__ import annotations

import pytest

from dataexam.csvstream import CsvRow, normalise_header
from dataexam_parsers.amazon import _address_place, _report_place
from dataexam_parsers.amazon_address import shipping_place, written_region_reading

COLUMNS = ["Website", "Shipping Address Street 1", "Shipping Address City", "Shipping Address State",
           "Shipping Address Zip"]


def _columns(city: str, state: str, postcode: str, site: str) -> tuple[object, ...]:
    cols = {normalise_header(c): i for i, c in enumerate(COLUMNS)}
    return tuple(_report_place(CsvRow(0, 1, cols, [site, "1 Main St", city, state, postcode]), site))


@pytest.mark.parametrize(("address", "place"), [
    ("Joao Silva Rua das Flores 10 Aracaju SE", ("Aracaju", "SE", None, "BR", "marketplace")),
    ("Joao Silva Rua das Flores 10 Aracaju SE 49010-000", ("Aracaju", "SE", None, "BR", "marketplace")),
    ("Joao Silva Rua das Flores 10, Aracaju - SE", ("Aracaju", "SE", None, "BR", "marketplace")),
    ("Joao Silva Rua das Flores 10, Maceio - AL, 57020-000", ("Maceio", "AL", None, "BR", "marketplace")),
    ("Joao Silva Rua das Flores 10 Boa Vista RR", ("Boa Vista", "RR", None, "BR", "marketplace")),
    ("Joao Silva Rua das Flores 10 Sao Paulo SP", ("Sao Paulo", "SP", None, "BR", "marketplace")),
])
def test_brazil_s_uf_letters_after_the_town_are_no_town(address: str, place: tuple[object, ...]) -> None:
    assert tuple(_address_place(address, "Amazon.com.br")) == place


def test_letters_alone_after_the_street_are_no_town() -> None:
    assert shipping_place("Joao Silva Rua das Flores 10 SE", site_country="BR").city is None


@pytest.mark.parametrize(("address", "place"), [
    ("Sam Roe 1 Main St Salem TN", ("Salem", "TN", None, "US", "unlisted")),
    ("Sam Roe 1 Main St Cologne MN", ("Cologne", "MN", None, "US", "marketplace")),
    ("Sam Roe 1 Main St Delhi NY", ("Delhi", "NY", None, "US", "marketplace")),
    ("Sam Roe 1 Main St Cairo IL", ("Cairo", "IL", None, "US", "marketplace")),
    # no street written the US way before the town: nothing read as it (a PO box's number is no street)
    ("Sam Roe PO Box 12 TN", (None, "TN", None, "US", "marketplace")),
])
def test_amazon_com_one_cell_town_and_state_as_the_columns_read_them(address: str, place: tuple[object, ...]) -> None:
    assert tuple(_address_place(address, "Amazon.com")) == place


@pytest.mark.parametrize(("site", "town", "letters", "place"), [
    ("Amazon.it", "Lodi", "CA", ("Lodi", "CA", None, "IT", "unlisted")),
    ("Amazon.it", "Milano", "RM", ("Milano", "RM", None, "IT", "unlisted")),
    ("Amazon.it", "Lodi", "LO", ("Lodi", "LO", None, "IT", "marketplace")),
    ("Amazon.it", "Cagliari", "CA", ("Cagliari", "CA", None, "IT", "marketplace")),
    ("Amazon.es", "Toledo", "M", ("Toledo", "M", None, "ES", "unlisted")),
    ("Amazon.es", "Toledo", "TO", ("Toledo", "TO", None, "ES", "marketplace")),
])
def test_a_province_s_capital_beside_another_province_s_letters_is_not_high(
        site: str, town: str, letters: str, place: tuple[object, ...]) -> None:
    assert tuple(_address_place(f"Mario Rossi Via Roma 1 {town} {letters}", site)) == place
    columns = _columns(town, letters, "", site)
    assert columns == (*place[:4], "unlisted" if place[4] == "unlisted" else "state")


def test_the_columns_read_the_same_with_a_postcode_of_the_town() -> None:
    # since POST58 (T55B 1): the town and its postcode agree against the letters — the town and postcode's province,
    # at most medium (was "Lodi, CA" at high)
    assert _columns("Lodi", "CA", "26900", "Amazon.it") == ("Lodi", "LO", None, "IT", "unlisted")
    assert written_region_reading("Lodi", "CA", "IT", None) == ("CA", "IT", "unlisted")
    assert written_region_reading("Lodi", "LO", "IT", None) is None
