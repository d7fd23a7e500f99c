"""PERF30: the home's check for a holy city (place._forget_holy_towns) asks the gazetteer which countries have a town
of the name only for a holy city's name: any other declared town ("Springfield", an X profile's "somewhere over the
rainbow") costs no scan of the GeoNames file, and the towns kept and dropped are the same."""

from collections import Counter

from dataexam.inference import gazetteer
from dataexam.inference.place import PlaceAggregator


def _forget(monkeypatch, cities: dict[str, int], country: Counter[str]) -> tuple[dict[str, int], list[str]]:
    asked: list[str] = []
    real = gazetteer.city_countries

    def counted(name: str) -> list[str]:
        asked.append(name)
        return real(name)

    monkeypatch.setattr(gazetteer, "city_countries", counted)
    agg = PlaceAggregator()
    agg.declared_city = Counter(cities)
    agg.declared_country = country
    agg._forget_holy_towns()
    return dict(agg.declared_city), asked


def test_no_scan_for_towns_that_are_no_holy_city(monkeypatch):
    kept, asked = _forget(monkeypatch, {"Springfield": 3, "somewhere over the rainbow": 1, "Berlin": 2}, Counter())
    assert kept == {"Springfield": 3, "somewhere over the rainbow": 1, "Berlin": 2}
    assert asked == []


def test_a_holy_city_without_a_declared_country_is_still_read_by_its_towns(monkeypatch):
    kept, asked = _forget(monkeypatch, {"Makkah": 2, "Berlin": 1}, Counter())
    assert asked == ["Makkah"]
    assert gazetteer.city_countries("Makkah") == ["SA"]
    assert kept == {"Berlin": 1}  # Makkah, Saudi Arabia's only town of the name: not named


def test_medina_in_the_us_is_kept(monkeypatch):
    kept, asked = _forget(monkeypatch, {"Medina": 4}, Counter({"US": 4}))
    assert kept == {"Medina": 4}
    assert asked == ["Medina"]
