"""One reading of a written "town, XX" (WORD61; T57D 1's class).

Since 1cc82f03 a Facebook session's ``location`` "Mumbai, MH" placed no login in the Marshall Islands, but the same
expression, ungated, read a profile's declared current city: "Mumbai, MH" still declared the Marshall Islands and the
report said "The platform says you live in Mumbai, Marshall Islands."; "Munich, BY" Belarus. The login places'
comparison with the home (``platform._place_meets``) read "Mumbai, MH" as another country than an Indian home too
("… most often Mumbai, MH — not your home (Mumbai, India)"). All three now ask :func:`gazetteer.written_country`.
The grid runs T57D's places over every reader: a login's location, a profile's current city, a Facebook location
record's city, the login-place comparison; as written and in lower case."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
from test_inference_synth import Stream
from test_login_letters_no_country_t57d import COUNTRY_LETTERS, REGION_LETTERS, STATE_LETTERS

from dataexam.inference import gazetteer, infer
from dataexam.inference.place import PlaceAggregator, fb_login_place
from dataexam.inference.platform import _place_meets

#: a region's letters → the country whose region they are (the town's)
REGION_HOME = {"Mumbai, MH": "IN", "Pune, MH": "IN", "Belo Horizonte, MG": "BR", "Munich, BY": "DE",
               "Ho Chi Minh City, SG": "VN", "Chennai, TN": "IN"}


def _lower(place: str) -> str:
    town, _, letters = place.rpartition(", ")
    return f"{town}, {letters.lower()}"


def _declared(city: str, kind: str = "facebook.profile") -> dict[str, int]:
    """The countries a profile's current city (or a location record's city) declares to the place reader."""
    s = Stream("facebook.zip")
    agg = PlaceAggregator()
    if kind == "facebook.profile":
        agg.consume(s.ev(None, kind, city, fact="current_city"))
    else:
        agg.consume(s.ev(datetime(2024, 1, 1, tzinfo=UTC), kind, city, city=city, list="primary"))
    return dict(agg.declared_country)


READERS = ["login", "profile", "location"]


def _read(reader: str, place: str) -> str | None:
    if reader == "login":
        found = fb_login_place({"location": place})
        return found[0] if found else None
    declared = _declared(place, "facebook.profile" if reader == "profile" else "facebook.location")
    assert len(declared) <= 1, declared
    return next(iter(declared), None)


@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize("place", [*REGION_LETTERS, *map(_lower, REGION_LETTERS)])
def test_a_region_s_letters_name_no_country_in_any_reader(reader: str, place: str) -> None:
    assert _read(reader, place) is None


@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize(("place", "cc"), [*COUNTRY_LETTERS.items(), *STATE_LETTERS.items(),
                                           *((_lower(p), c) for p, c in COUNTRY_LETTERS.items() if "," in p
                                             and len(p.rpartition(", ")[2]) == 2),
                                           ("Austin, Texas, United States", "US"), ("London, Ontario", "CA"),
                                           ("Mumbai, Maharashtra, India", "IN"), ("Mumbai, MH, IN", "IN")])
def test_a_country_s_letters_and_a_state_s_still_name_it_in_every_reader(reader: str, place: str, cc: str) -> None:
    assert _read(reader, place) == cc


@pytest.mark.parametrize("place", [*REGION_LETTERS, *COUNTRY_LETTERS, *STATE_LETTERS, "Mumbai, MH, IN"])
def test_every_reader_agrees_with_the_one_reading(place: str) -> None:
    parts = tuple(p.strip() for p in place.split(","))
    one = gazetteer.written_country(parts)
    assert {_read(r, place) for r in READERS} == {one}


@pytest.mark.parametrize(("place", "cc"), REGION_HOME.items())
def test_a_region_s_letters_meet_a_home_in_the_town_s_own_country(place: str, cc: str) -> None:
    town = place.rpartition(", ")[0]
    assert _place_meets(place, {"city": town, "country": cc})
    assert _place_meets(_lower(place), {"city": town, "country": cc})
    letters = place.rpartition(", ")[2]
    if gazetteer.written_countries(letters) == {letters}:
        # … and letters that are only a country's name no home there ("Ho Chi Minh City, SG" is no home in Singapore;
        # "Chennai, TN", Tennessee's letters too, is left as it was)
        assert not _place_meets(place, {"city": "Elsewhere", "country": letters})


@pytest.mark.parametrize(("place", "home", "meets"), [
    ("Lisbon, PT", {"city": "Lisbon", "country": "PT"}, True),
    ("Minsk, BY", {"country": "BY"}, True),
    ("Paris, Texas", {"city": "Paris", "country": "FR"}, False),
    ("Birmingham, AL", {"city": "Birmingham", "country": "GB"}, False),
    ("London, Ontario", {"city": "London", "country": "GB"}, False),
    ("Perth, WA", {"city": "Perth", "country": "GB"}, False),
])
def test_the_login_place_comparison_otherwise_as_before(place: str, home: dict[str, str], meets: bool) -> None:
    assert _place_meets(place, home) is meets


@pytest.mark.parametrize("city", ["Mumbai, MH", "Munich, BY", "Belo Horizonte, MG", "Ho Chi Minh City, SG"])
def test_a_profile_city_with_a_region_s_letters_makes_no_home_in_that_country(city: str) -> None:
    s = Stream("facebook.zip")
    start = datetime(2024, 1, 1, 6, tzinfo=UTC)
    events = [s.ev(None, "facebook.profile", city, fact="current_city"),
              *(s.ev(start + timedelta(days=i, hours=i % 10), "facebook.post", "hello there") for i in range(60))]
    home = infer(events, now=datetime(2024, 6, 1, tzinfo=UTC)).finding("home")
    letters = city.rpartition(", ")[2]
    name = gazetteer.country_display(letters)
    assert name not in str(home.summary) and (home.value or {}).get("country") != letters, home.summary


#: small towns GeoNames does not list (≥ 5,000 people), with their country's letters: WORD60's leftover — since T57D's
#: gate they placed no login and were said with the bare code ("Vila Nova de Cerveira, PT")
#: (letters a US state, Canadian province or Australian state writes too — DE, NL, CA — stay open: WORD60)
SMALL_TOWNS = {"Vila Nova de Cerveira, PT": "PT", "Tinyville, FR": "FR", "Sankt Blasien, AT": "AT", "Ororbia, ES": "ES",
               "Smalltown, SE": "SE"}


@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize(("place", "cc"), SMALL_TOWNS.items())
def test_a_small_town_keeps_its_country_s_letters(reader: str, place: str, cc: str) -> None:
    assert _read(reader, place) == cc


@pytest.mark.parametrize(("place", "cc"), [("Arizona, US", "US"), ("Texas, US", "US"), ("Bavaria, Germany", "DE")])
def test_a_region_before_its_country_s_letters_names_the_country(place: str, cc: str) -> None:
    for reader in READERS:
        assert _read(reader, place) == cc, reader
    assert _place_meets(place, {"country": cc})


@pytest.mark.parametrize(("place", "said"), [
    ("Vila Nova de Cerveira, PT", "Vila Nova de Cerveira, Portugal"),
    ("Lisbon, PT", "Lisbon, Portugal"), ("Kowloon, HK", "Kowloon, Hong Kong"),
    ("Mumbai, MH", "Mumbai, MH"), ("Munich, BY", "Munich, BY"), ("Los Angeles, CA", "Los Angeles, CA"),
    ("Salem, IN", "Salem, IN"), ("Springfield, IL, US", "Springfield, IL, United States"),
])
def test_place_words_says_the_country_the_one_reading_finds(place: str, said: str) -> None:
    from dataexam.inference.platform import place_words

    assert place_words(place) == said


@pytest.mark.parametrize(("place", "home", "meets"), [
    ("Los Angeles, CA", {"country": "US"}, True), ("Toronto, ON", {"country": "CA"}, True),
    ("Los Angeles, CA", {"country": "CA"}, False), ("Atlanta, GA", {"country": "GA"}, False),
    ("Perth, WA", {"country": "AU"}, True), ("Mumbai, MH", {"country": "MH"}, False),
])
def test_a_home_without_a_town_is_met_by_the_place_s_reading(place: str, home: dict[str, str], meets: bool) -> None:
    """"… most often Los Angeles, CA (60) — not your home (the United States)": a state's letters met no home without a
    town; and a home in Canada was met by "CA" as written."""
    assert _place_meets(place, home) is meets


@pytest.mark.parametrize(("excerpt", "said"), [
    ("login placed by Facebook in Los Angeles, CA", "login placed by Facebook in Los Angeles, CA"),
    ("login placed by Facebook in Atlanta, GA", "login placed by Facebook in Atlanta, GA"),
    ("login placed by Facebook in Portland, ME", "login placed by Facebook in Portland, ME"),
    ("login placed by Facebook in Los Angeles, CA, US", "login placed by Facebook in Los Angeles, CA, United States"),
    ("login placed by Facebook in Lisbon, PT", "login placed by Facebook in Lisbon, Portugal"),
    ("login placed by Facebook in Bergen, Hordaland, NO", "login placed by Facebook in Bergen, Hordaland, Norway"),
    ("geotag near Misato, Saitama, JP", "geotag near Misato, Saitama, Japan"),
    ("geotag near Hong Kong, HK", "geotag near Hong Kong"),
    ("check-in near Lisbon, PT", "check-in near Lisbon, Portugal"),
])
def test_an_excerpt_saved_before_reads_its_letters_by_the_one_reading(excerpt: str, said: str) -> None:
    """A report saved as JSON before WORD60 holds "login placed by Facebook in Los Angeles, CA" (no ", US" added):
    re-rendered (``render(json.load(...))``) it said "Los Angeles, Canada"."""
    from dataexam.report.view import _excerpt_text

    assert _excerpt_text(excerpt) == said


def test_a_saved_report_re_rendered_names_no_canada_for_los_angeles() -> None:
    import io
    import json

    from dataexam.report import render

    s = Stream("facebook.zip")
    start = datetime(2024, 1, 1, 6, tzinfo=UTC)
    events = [s.ev(start + timedelta(days=i, hours=i % 10), "facebook.login", None, location="Los Angeles, CA")
              for i in range(60)]
    buf = io.StringIO()
    render(infer(events, now=datetime(2024, 6, 1, tzinfo=UTC)), "json", buf, detail="full")
    saved = json.loads(buf.getvalue().replace("Los Angeles, CA, US", "Los Angeles, CA"))  # as WORD59 wrote it
    assert "login placed by Facebook in Los Angeles, CA" in json.dumps(saved)
    for fmt in ("text", "markdown", "html"):
        out = io.StringIO()
        render(saved, fmt, out, detail="full")
        text = re.sub(r"<script.*?</script>", "", out.getvalue(), flags=re.S)  # the charts' own country tables
        assert "Canada" not in text, fmt
        assert "not your home" not in text, fmt
