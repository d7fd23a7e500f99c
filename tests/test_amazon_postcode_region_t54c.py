"""A postcode of a province inside the region written agrees with it (T54C 2, new with AMZ56's postcode check).

Spain's one-province autonomous communities are written with the community's letters as often as the province's
("Oviedo AS 33001": 33xxx is the province of Asturias, ISO 3166-2 "ES-O", whose parent is the community "ES-AS").
AMZ56 compared the postcode's province with the letters alone and read these consistent addresses at most medium;
a postcode of another province still lowers the reading.
"""
from __future__ import annotations

import pytest

from dataexam_parsers.amazon_address import shipping_place


@pytest.mark.parametrize(("address", "town", "region"), [
    ("Calle Uria 1 Oviedo AS 33001", "Oviedo", "AS"),
    ("Calle Sol 1 Palma IB 07001", "Palma", "IB"),
    ("Calle Mayor 1 Pamplona NC 31001", "Pamplona", "NC"),
    ("Calle Mayor 1 Logrono RI 26001", "Logrono", "RI"),
    ("Calle Mayor 1 Santander CB 39001", "Santander", "CB"),
    ("Calle Mayor 1 Oviedo O 33001", "Oviedo", "O"),  # the province's own letters: as before
])
def test_a_province_of_the_region_written_agrees(address: str, town: str, region: str) -> None:
    place = shipping_place(address, site_country="ES")
    assert (place.city, place.region, place.country_code, place.country_basis) == (town, region, "ES", None)


@pytest.mark.parametrize(("address", "site", "town", "region"), [
    ("Calle Uria 1 Oviedo AS 28001", "ES", "Oviedo", "AS"),  # 28xxx: Madrid's, not Asturias'
    ("Calle Mayor 1 28001 Toledo M", "ES", "Toledo", "M"),
    ("Calle Mayor 1 Toledo CM 02001", "ES", "Toledo", "CM"),  # Albacete's, in CM too, but Toledo is TO's capital
    ("Via Roma 1 Lodi CA 09100", "IT", "Lodi", "CA"),
    ("Rua das Flores 10 Aracaju SE 01001-000", "BR", "Aracaju", "SE"),
])
def test_a_postcode_of_another_province_still_lowers_it(address: str, site: str, town: str, region: str) -> None:
    place = shipping_place(address, site_country=site)
    assert (place.city, place.region, place.country_basis) == (town, region, "unlisted")
