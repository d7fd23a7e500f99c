"""PERF31: gazetteer.town looks a name up (C-speed searches of the country's rows in GeoNames cities5000) instead of
building the country's whole index of town names (the US ≈0.38 s of CPU, for "New York" on the persona): the same
towns, in the same order, as the whole index gives."""

import pytest

from dataexam.inference import gazetteer


@pytest.fixture
def no_index(monkeypatch):
    """The look-ups must not build a whole country's index (save Italy's and Spain's province names)."""
    built: list[str] = []
    real = gazetteer._town_index

    def counted(country: str):
        built.append(country)
        return real(country)

    monkeypatch.setattr(gazetteer, "_town_index", counted)
    gazetteer._towns_named.cache_clear()
    yield built
    gazetteer._towns_named.cache_clear()


@pytest.mark.parametrize(("name", "country", "admin1", "want"), [
    ("New York", "US", "NY", ("New York City", 40.71427, -74.00597, 8804190)),  # an alternate name of a large town
    ("PORT ST. LUCIE", "US", "FL", ("Port Saint Lucie", 27.29393, -80.35033, 164603)),  # "st" for "Saint"
    ("St. Paul", "US", "MN", ("Saint Paul", 44.94441, -93.09327, 303176)),
    ("San Juan", "US", "PR", ("San Juan", 18.46633, -66.10572, 418140)),  # a US territory's own country code
    ("München", "DE", None, ("Munich", 48.13743, 11.57549, 1505005)),  # an escaped alternate name
    ("Köln", "DE", None, ("Köln", 50.93333, 6.95, 1024621)),  # an escaped own name
    ("Taipei City", "TW", None, ("Taipei", 25.05306, 121.52639, 7871900)),  # "City" left out
    ("東京", "JP", None, ("Tokyo", 35.6895, 139.69171, 9733276)),  # another script
])
def test_town_by_name(no_index, name, country, admin1, want):
    city = gazetteer.town(name, country, admin1)
    assert city is not None and (city.name, city.lat, city.lon, city.population) == want
    assert no_index == []


def test_province_names_still_read_by_the_index(no_index):
    # Italy's small towns' alternate names count where they name a province ("Venezia"): read from the whole index
    city = gazetteer.town("Venezia", "IT")
    assert city is not None and (city.name, city.population) == ("Venice", 51298)
    assert no_index == ["IT"]


@pytest.mark.parametrize(("key", "country"), [
    ("springfield", "US"), ("st louis", "US"), ("new york", "US"), ("munchen", "DE"), ("frankfurt", "DE"),
    ("san jose", "CR"), ("sao paulo", "BR"), ("koln", "DE"), ("nowhere at all", "FR"), ("x", "GB"),
])
def test_look_up_gives_the_index_rows(key, country):
    gazetteer._towns_named.cache_clear()
    assert gazetteer._towns_named(key, country) == gazetteer._town_index(country).get(key, ())
