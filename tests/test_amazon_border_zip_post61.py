"""POST61: POST60's cross-state-line rule taken back; Dublin's district before its county; umlauts at a word's start.

Tester T58B (probes /work/wt/T58B/.probe):

- 1 (H): POST60's ``gazetteer.us_zip_across_line`` (USPS files the ZIP under the town written, the state written has
  no street ZIP of that town, a ZIP of it within 25 km) read nearly every border town's WRONG neighbour at high:
  "Portland | WA | 97201" → "You most likely live in Portland", high, region WA; 355 of 400 sampled border ZIPs. The
  brief's guard (the town must be a GeoNames place of the state written) leaves one hit in all of USPS' street ZIPs,
  and a wrong one ("Mantua | PA | 08051": Mantua, NJ; GeoNames' Mantua, PA is a Philadelphia neighbourhood), while
  GeoNames (≥ 500 people, as shipped) lists none of the true cross-line towns (Texhoma, TX; New Pine Creek, CA;
  Fort Campbell, TN) — so the rule is gone: every wrong neighbour, and the three, are medium mix-ups again with the
  ZIP's state read and the letters set aside (as at 601498ff).
- 2 (H): six orders "Portland, OR 97201" then six "Portland, WA 97201" invented a move ("Orders ship to Portland, WA
  … / Earlier orders to Portland, OR"): one place now.
- 3 (M): "… Dublin 2 Co. Dublin D02 X285 Ireland" in one cell gave no town (POST60's region-words rule skipped "Dublin"
  of "Co. Dublin" and the district before it was not looked at): Dublin again.
- 4 (L): ae/oe/ue for ä/ö/ü needed a letter before them: "88662 Ueberlingen", "Oehringen", "Uebach-Palenberg" → None.
"""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from test_amazon_address_post60 import _cols, _one, _said
from test_amazon_town_state_zip import HEADER, _home

from dataexam.inference.gazetteer import town
from dataexam_parsers.amazon import _address_place

# (town, the wrong neighbour written, ZIP, the ZIP's own state): T58B's p2 sample (USPS' street ZIPs within 25 km of
# another state) and the brief's big border towns
WRONG_NEIGHBOUR = [
    ("Mc Connell", "WI", "61050", "IL"), ("White Plains", "NC", "23893", "VA"), ("Emelle", "MS", "35459", "AL"),
    ("Elkhart", "MI", "46514", "IN"), ("Philadelphia", "NJ", "19137", "PA"), ("Boring", "WA", "97009", "OR"),
    ("Mears", "MD", "23409", "VA"), ("Grayville", "IN", "62844", "IL"), ("Hollansburg", "IN", "45332", "OH"),
    ("Rulo", "KS", "68431", "NE"), ("Bethany", "TX", "71007", "LA"), ("Elizabeth", "MO", "72531", "AR"),
    ("Tallapoosa", "AL", "30176", "GA"), ("Penrose", "SC", "28766", "NC"), ("Brave", "WV", "15316", "PA"),
    ("Wahpeton", "MN", "58075", "ND"), ("Reads Landing", "WI", "55968", "MN"), ("Muldraugh", "IN", "40155", "KY"),
    ("Kearneysville", "MD", "25430", "WV"), ("Kensett", "MN", "50448", "IA"), ("Hammondsville", "PA", "43930", "OH"),
    ("Annandale", "DC", "22003", "VA"), ("Hyndman", "MD", "15545", "PA"), ("Mindenmines", "KS", "64769", "MO"),
    ("Mill Creek", "MI", "46365", "IN"), ("Smiths Station", "GA", "36877", "AL"), ("Pensacola", "AL", "32505", "FL"),
    ("Evans", "SC", "30809", "GA"), ("Calabash", "SC", "28467", "NC"), ("Port Byron", "IA", "61275", "IL"),
    ("Guston", "IN", "40142", "KY"), ("Gaithersburg", "DC", "20878", "MD"), ("Midlothian", "IN", "60445", "IL"),
    ("Southfield", "CT", "01259", "MA"), ("Union City", "KY", "38261", "TN"), ("Starr", "GA", "29684", "SC"),
    ("Flatwoods", "OH", "41139", "KY"), ("Leavenworth", "KY", "47137", "IN"), ("Little Neck", "NJ", "11362", "NY"),
    ("Philadelphia", "NJ", "19123", "PA"),
    ("Portland", "WA", "97201", "OR"), ("New York", "NJ", "10001", "NY"), ("Chicago", "IN", "60601", "IL"),
    ("Philadelphia", "NJ", "19103", "PA"), ("Saint Louis", "IL", "63101", "MO"), ("Cincinnati", "KY", "45202", "OH"),
    ("Louisville", "IN", "40202", "KY"), ("Memphis", "AR", "38103", "TN"), ("Omaha", "IA", "68102", "NE"),
    ("Jersey City", "NY", "07302", "NJ"), ("Vancouver", "OR", "98660", "WA"), ("Fargo", "MN", "58102", "ND"),
    ("Laughlin", "AZ", "89029", "NV"), ("South Lake Tahoe", "NV", "96150", "CA"), ("Mantua", "PA", "08051", "NJ"),
    # the true cross-line towns GeoNames (≥ 500 people) does not list in the state written: medium, as at 601498ff
    ("Texhoma", "TX", "73949", "OK"), ("New Pine Creek", "CA", "97635", "OR"), ("Fort Campbell", "TN", "42223", "KY"),
    ("Ft Campbell", "TN", "42223", "KY"),
    # twin towns with street ZIPs on both sides stay mix-ups
    ("Kansas City", "KS", "64105", "MO"), ("Texarkana", "AR", "75501", "TX"), ("Bristol", "TN", "24201", "VA"),
]


@pytest.mark.parametrize(("town_", "wrote", "zip_", "state"), WRONG_NEIGHBOUR)
def test_a_wrong_neighbour_written_is_a_medium_mix_up_in_the_columns(town_: str, wrote: str, zip_: str,
                                                                     state: str) -> None:
    place, attrs = _cols("US", town_, wrote, zip_)
    assert place[4] == "unlisted", place  # at most medium
    if place[1] == state:  # the ZIP's state read, the letters written set aside
        assert attrs.get("shipping_region_written") == wrote, attrs
        assert "set aside" in _said("US", attrs), _said("US", attrs)
    else:  # twin towns: the town and letters written read, the ZIP's state said
        assert (place[0], place[1], attrs.get("shipping_postcode_region")) == (town_, wrote, state), (place, attrs)


@pytest.mark.parametrize(("town_", "wrote", "zip_", "state"), WRONG_NEIGHBOUR)
def test_a_wrong_neighbour_written_is_a_medium_mix_up_in_one_cell(town_: str, wrote: str, zip_: str,
                                                                  state: str) -> None:
    place, attrs = _one("US", town_, wrote, zip_)
    assert place[4] == "unlisted", place
    # both states said: the one read and the other beside it
    other = attrs.get("shipping_region_written") or attrs.get("shipping_postcode_region")
    assert {place[1], other} == {state, wrote}, (place, attrs)
    said = _said("US", attrs)
    assert f"({state})" in said and (f"({wrote})" in said or f"{town_}, {wrote}" in said), said


@pytest.mark.parametrize(("town_", "wrote", "zip_", "state"), [row for row in WRONG_NEIGHBOUR
                                                               if row[0] in ("Portland", "Chicago", "Texhoma")])
def test_the_right_state_written_stays_high(town_: str, wrote: str, zip_: str, state: str) -> None:
    for form in (_one, _cols):
        place, _attrs = form("US", town_, state, zip_)
        assert (place[0], place[1]) == (town_, state) and place[4] != "unlisted", place


def _orders(folder: Path, states: list[str], city: str = "Portland", zip_: str = "97201") -> Path:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(HEADER)
    for i, st in enumerate(states):
        writer.writerow([f"{i % 12 + 1}/{i + 2}/2022", f"113-000000{i:02d}-0000001", "Socks", "APPAREL",
                         f"B00SOCK{i:02d}", "Amazon.com", "$5.00 ", "1", "Jane Example", "1 Main St", city, st, zip_,
                         "Shipped", "$5.00 ", "Jane Example", "USD"])
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "01-Jan-2022_to_31-Dec-2022.csv").write_text(out.getvalue(), encoding="utf-8")
    return folder


@pytest.mark.parametrize(("city", "zip_", "right", "wrong"), [
    ("Portland", "97201", "OR", "WA"), ("Laughlin", "89029", "NV", "AZ"), ("Chicago", "60601", "IL", "IN"),
])
def test_the_wrong_neighbour_written_on_half_the_orders_is_no_move(tmp_path: Path, city: str, zip_: str, right: str,
                                                                    wrong: str) -> None:
    # T58B 2: "Orders ship to Portland, WA … / Earlier orders to Portland, OR (until 7 Jun 2022)"
    home = _home(_orders(tmp_path / "mix", [right] * 6 + [wrong] * 6, city, zip_))
    value = home["value"] or {}
    assert (value.get("city"), value.get("region")) == (city, right), value
    text = json.dumps(home, ensure_ascii=False)
    assert f"{city}, {wrong}" not in text, text
    assert (value.get("shipping") or {}).get("earlier") is None, value
    # all twelve to the wrong neighbour: the ZIP's state at medium (POST60: the neighbour at high)
    home = _home(_orders(tmp_path / "wrong", [wrong] * 12, city, zip_))
    value = home["value"] or {}
    assert (value.get("city"), value.get("region"), home["confidence"]) == (city, right, "medium"), (value, home)


@pytest.mark.parametrize("site", ["Amazon.co.uk", "Amazon.com", "Amazon.de", "Amazon.ie"])
@pytest.mark.parametrize("address", [
    "Jane Doe 1 Main St Dublin 2 Co. Dublin D02 X285 Ireland", "Jane Doe 1 Main St Dublin 2 Co. Dublin D02 X285",
    "Jane Doe 1 Main St Dublin 2 Co. Dublin D02X285 Ireland", "Jane Doe 1 Main St Dublin 4 Co. Dublin D04 X285 Ireland",
    "Jane Doe 1 Main St Dublin 6W County Dublin D6W X285 Ireland", "Jane Doe 1 Main St Dublin 15 Dublin D15 X285",
    "Jane Doe 1 Main St Dublin Co. Dublin D02 X285 Ireland", "Jane Doe 1 Main St Dublin 2 D02 X285",
])
def test_dublin_with_its_district_before_the_county_in_one_cell(site: str, address: str) -> None:
    place = _address_place(address, site)
    assert (place.city, place.country_code) == ("Dublin", "IE"), place


@pytest.mark.parametrize(("site", "address", "city"), [
    ("Amazon.co.uk", "Jane Doe 1 Main St Cork City Co. Cork T12 X2F3 Ireland", "Cork City"),
    ("Amazon.co.uk", "Jane Doe 1 Main St Swords Co. Dublin K67 X2F3", "Swords"),
    ("Amazon.com.mx", "Jane Doe Av Juarez 10 Toluca Estado de Mexico 50000", "Toluca"),
    ("Amazon.it", "Jane Doe Via Roma 5 Pesaro Pesaro e Urbino 61121", "Pesaro"),
])
def test_the_region_words_rule_elsewhere_unchanged(site: str, address: str, city: str | None) -> None:
    # look-alikes of item 3 read as POST60 read them (T58B p8 / p6 on 9a03d8e8)
    assert _address_place(address, site).city == city


@pytest.mark.parametrize(("cc", "written", "name"), [
    ("DE", "Ueberlingen", "Überlingen"), ("DE", "Oehringen", "Öhringen"), ("DE", "Uebach-Palenberg",
                                                                             "Übach-Palenberg"),
    ("DE", "Oestringen", "Östringen"), ("DE", "Ueckermuende", "Ueckermünde"), ("DE", "Muenchen", "München"),
    ("DE", "Koeln", "Köln"), ("CH", "Zuerich", "Zürich"),
    # ae / oe / ue of a town's own name stay read as written
    ("DE", "Uelzen", "Uelzen"), ("DE", "Oelde", "Oelde"), ("DE", "Soest", "Soest"), ("DE", "Moers", "Moers"),
    ("DE", "Itzehoe", "Itzehoe"), ("CH", "Uster", "Uster"),
])
def test_umlauts_typed_as_two_letters_at_a_word_s_start(cc: str, written: str, name: str) -> None:
    found = town(written, cc)
    assert found is not None and found == town(name, cc), found


@pytest.mark.parametrize(("address", "city"), [
    ("Max Muster Hauptstr 5 88662 Ueberlingen", "Ueberlingen"), ("Max Muster Hauptstr 5 74613 Oehringen", "Oehringen"),
    ("Max Muster Hauptstr 5 52531 Uebach-Palenberg", "Uebach-Palenberg"),
    ("Max Muster Hauptstr 5 17373 Ueckermuende", "Ueckermuende"), ("Max Muster Hauptstr 5 29525 Uelzen", "Uelzen"),
])
def test_umlauts_at_a_word_s_start_in_one_cell(address: str, city: str) -> None:
    place = _address_place(address, "Amazon.de")
    assert (place.city, place.country_code) == (city, "DE"), place
