"""An address in which nothing is recognised is no evidence of a country, on every marketplace (the thirty-second
pass's fresh tester T32A, L1: a masked Amazon.co.jp address, "<ADDR>", was Japan and outvoted three later Amazon.in
orders; Amazon.in's, .de's and .com's gave no country). Addresses are invented."""

from __future__ import annotations

import pytest

from dataexam_parsers.amazon_address import shipping_place

SITES = ["JP", "IN", "DE", "US", "GB", "FR", "IT", "ES", "CA", "AU", "MX", "BR", "NL", "SE", "PL", "TR", "AE", "SG"]


@pytest.mark.parametrize("site", SITES)
@pytest.mark.parametrize("address", ["<ADDR>", "REDACTED", "xxxxx", "—"])
def test_a_masked_address_names_no_country_on_any_marketplace(address, site):
    place = shipping_place(address, site_country=site)
    assert place.country_code is None, (address, site, place)
    assert place.city is None and place.region is None


def test_a_recognised_japanese_address_is_still_japan():
    assert shipping_place("山田太郎 〒150-0001 東京都渋谷区神宮前1-2-3", site_country="JP").country_code == "JP"
    assert shipping_place("Taro Yamada 1-2-3 Jingumae Shibuya-ku Tokyo 150-0001",
                          site_country="JP").country_code == "JP"
    assert shipping_place("山田太郎 〒150-0001 東京都渋谷区神宮前1-2-3 日本", site_country="IN").country_code == "JP"
