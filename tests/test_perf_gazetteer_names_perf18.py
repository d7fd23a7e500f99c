"""PERF18: a look-up of a town by name (gazetteer._towns_named) reads each row's alternate names as one JSON list
(gazetteer._alternate_names) and does not fold a name that cannot fold to a name in plain letters
(gazetteer._folds_off_ascii): the same towns, in the same order, as reading and folding every name one by one (the
code before, kept here as the reference), on a grid of countries (several scripts, accents, Italy's and Spain's
province names) and names (plain, accented, other scripts, "St", "City")."""

import mmap
import unicodedata

import pytest

from dataexam.inference import gazetteer
from dataexam.inference.gazetteer import (
    STRICT_ALTERNATE_CHARS,
    STRICT_ALTERNATE_POPULATION,
    City,
    _decode,
    _province_names,
    fold_town,
)

COUNTRIES = ("US", "DE", "FR", "IT", "ES", "JP", "CN", "RU", "GR", "TR", "IN", "BR", "TH", "PT", "CA", "KR",
             "IL", "CH", "VN")
KEYS = ("berlin", "rome", "roma", "munchen", "koln", "paris", "moscow", "moskva", "москва", "tokyo", "東京",
        "athens", "athina", "istanbul", "lisbon", "lisboa", "bangkok", "krung thep", "st petersburg",
        "saint petersburg", "st louis", "new york", "sao paulo", "zurich", "wien", "vienna", "warszawa", "seoul",
        "서울", "mexico", "ciudad de mexico", "cologne", "munich", "pt lucie", "venezia", "kobenhavn", "nowhere at all",
        "x", "αθήνα", "tel aviv", "tehran", "ho chi minh", "hanoi")


def _reference(country: str, rows, only):
    """gazetteer._index_rows as it was before PERF18: each alternate name decoded and folded one by one."""
    provinces = _province_names(country)
    out: dict = {}
    for name, lat, lon, pop, a1, alternates in rows:
        people = int(pop)
        own = _decode(name)
        city = City(own, country, float(lat), float(lon), people)
        if people >= STRICT_ALTERNATE_POPULATION:
            alt = [a for a in (_decode(a) for a in gazetteer._QUOTED.findall(alternates))
                   if len(a) >= STRICT_ALTERNATE_CHARS or (len(a) >= 2 and gazetteer._CJK.match(a))]
        elif provinces:
            alt = [a for a in (_decode(a) for a in gazetteer._QUOTED.findall(alternates)) if fold_town(a) in provinces]
        else:
            alt = []
        for n in (own, *alt):
            key = fold_town(n)
            if key and (only is None or key in only):
                out.setdefault(key, {})[f"{own}|{float(lat)}|{float(lon)}"] = (people, a1.decode(), city)
    return {k: tuple(sorted(v.values(), key=lambda r: -r[0])) for k, v in out.items()}


def _rows(country: str) -> list:
    return list(gazetteer._town_rows(country))


@pytest.mark.parametrize("country", COUNTRIES)
def test_index_rows_and_look_up_by_name_are_the_reference(country):
    rows = _rows(country)
    assert rows, country
    # the reference's whole index, read for one name, is its index for that name alone (rows in file order)
    whole = _reference(country, rows, None)
    assert gazetteer._index_rows(country, rows) == whole
    gazetteer._towns_named.cache_clear()
    for key in KEYS:
        k = fold_town(key)
        want = {k: whole[k]} if k in whole else {}
        assert gazetteer._index_rows(country, rows, frozenset((k,))) == want, (country, key)
        assert gazetteer._towns_named(k, country) == want.get(k, ()), (country, key)
    gazetteer._towns_named.cache_clear()
    both = frozenset((fold_town("berlin"), fold_town("москва")))  # one key past ASCII: every name folded
    assert gazetteer._index_rows(country, rows, both) == {k: whole[k] for k in whole if k in both}


@pytest.mark.parametrize("country", ("US", "DE", "RU", "JP", "GR", "IT"))
def test_alternate_names_read_as_one_list(country):
    path = gazetteer._data_file("cities5000.json")
    with path.open("rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as m:
        start, end = gazetteer._country_span(m, country.encode())
        for row in gazetteer._town_rx(country).finditer(m, start, end):
            raw = row.group(6)
            assert gazetteer._alternate_names(raw) == [_decode(a) for a in gazetteer._QUOTED.findall(raw)]


@pytest.mark.parametrize("raw", [b'"a", "b', b'"a", 3', b'"x\\u00e9", "\\"q\\""', b'', b'"\\ud800"'])
def test_alternate_names_of_a_cut_or_odd_list(raw):
    assert gazetteer._alternate_names(raw) == [_decode(a) for a in gazetteer._QUOTED.findall(raw)]


def test_folds_off_ascii_is_the_fold_of_every_character():
    # every character of the Basic Multilingual Plane and the first supplementary one, alone
    for code in range(0x20000):
        if 0xD800 <= code < 0xE000:
            continue
        ch = chr(code)
        assert gazetteer._folds_off_ascii(ch) == (not fold_town(ch).isascii()), hex(code)


@pytest.mark.parametrize("name", ["Bérlin", "München", "Москва", "Sankt-Peterburg", "Ａｔｈｅｎｓ", "ﬁrenze",
                                  "Saint\u2028Paul", "Zu\u0308rich", "İstanbul", "Straße", "Αθήνα", "東京都",
                                  "Kelvin\u212a", "a\u00a0b", "x\u3000y", "St. Louis", "São Paulo", "Ærøskøbing"])
def test_folds_off_ascii_on_names(name):
    assert gazetteer._folds_off_ascii(name) == (not fold_town(name).isascii())
    assert not gazetteer._folds_off_ascii(unicodedata.normalize("NFD", "Zürich"))


def _plain_names() -> list[str]:
    names = ["St. Louis", "SAINT-LOUIS", " st  louis ", "st\tlouis", "st\x1flouis", "Ft Worth", "Fort-Worth",
             "Port Saint Lucie", "pt st lucie", "New\nYork", "new york.", "-new-york-", "newyork", "Mt. Vernon",
             "Ste-Foy", "Sainte Foy", "x", "", " ", "..", "Berlin", "BERLIN", "Ber lin", "Kelvin", "o'fallon",
             "O'Fallon", "100 Mile House", "Ho Chi Minh City"]
    names += [chr(c) for c in range(128)] + [chr(a) + chr(b) for a in range(32, 127, 3) for b in range(0, 128, 5)]
    for country in ("US", "DE", "FR", "GB", "CA"):
        for row in _rows(country):
            if int(row[3]) >= STRICT_ALTERNATE_POPULATION:
                names += [n for n in gazetteer._alternate_names(row[5]) if n.isascii()]
            names.append(_decode(row[0]))
    return [n for n in names if n.isascii()]


def test_plain_names_match_exactly_those_folding_to_the_keys():
    names = _plain_names()
    keys = sorted({fold_town(k) for k in KEYS if fold_town(k).isascii()} | {"st louis", "ft worth", "pt st lucie",
                                                                             "ste foy", "o'fallon", "new york"})
    folds = [fold_town(n) for n in names]
    for key in keys:
        match = gazetteer._plain_names_folding_to(frozenset((key,)))
        assert [n for n in names if match(n) is not None] == [n for n, f in zip(names, folds) if f == key], key
    some = frozenset(keys[:7])
    match = gazetteer._plain_names_folding_to(some)
    assert [n for n in names if match(n) is not None] == [n for n, f in zip(names, folds) if f in some]
