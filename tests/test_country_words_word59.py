"""Names, not codes, in every sentence (WORD59; T56B 10, T56D 8–9, T56C 4–5).

CLDR's list forms ("Hong Kong SAR China", "Myanmar (Burma)", "Congo - Kinshasa", "Micronesia") are written as a
sentence writes the territory; codes left in text ("countries: US (2)", "the clock of your home (Springfield, IL,
US)", "days held: DE 548, US 2", "near Misato, Saitama, JP", "login placed by Facebook in Lisbon, PT",
"registered in European Union") are named; sizes have one table of units (PB past TB; "kB", not "KB"). JSON values
keep their ISO codes. Grids over every ISO 3166-1 code. The glance lines: tests/test_glance_word59.py."""

from __future__ import annotations

import re

import pycountry
import pytest
from babel import Locale

from dataexam.describe import size_bucket
from dataexam.inference import gazetteer, homeclock, zoneprior
from dataexam.inference.engine import Context
from dataexam.inference.model import Confidence, Finding
from dataexam.inference.platform import place_words
from dataexam.report import view
from dataexam.tempdirs import size_words
from dataexam.wording import in_text, running_name, size_units

CODES = sorted(c.alpha_2 for c in pycountry.countries)
CLDR = Locale("en").territories
#: a CLDR list form in a name: a menu's " - ", a trailing bracket, a region's "SAR"
LIST_FORM = re.compile(r" - | \([^()]*\)$|\bSAR\b")


# -- 1. CLDR's list forms, over every ISO code -------------------------------------------------------------------
@pytest.mark.parametrize("code", CODES)
def test_no_code_s_name_is_a_cldr_list_form(code: str) -> None:
    for said in (
        gazetteer.country_display(code),
        gazetteer.country_in_text(code),
        view.country(code),
        view.country_in_text(code),
    ):
        assert not LIST_FORM.search(said), (code, said)
        assert said and said != code  # every ISO code has a name
    # the text forms agree: the renderers' and the inference modules'
    assert view.country(code) == gazetteer.country_display(code)
    assert view.country_in_text(code) == gazetteer.country_in_text(code)
    # "the" is the article's only change
    assert re.sub(r"^the ", "", gazetteer.country_in_text(code)) == gazetteer.country_display(code)


@pytest.mark.parametrize(
    ("code", "said"),
    [
        ("HK", "Hong Kong"),
        ("MO", "Macao"),
        ("MM", "Myanmar"),
        ("CD", "the Democratic Republic of the Congo"),
        ("CG", "the Republic of the Congo"),
        ("FM", "the Federated States of Micronesia"),
        # names that read in a sentence stay CLDR's
        ("CI", "Côte d’Ivoire"),
        ("CW", "Curaçao"),
        ("CC", "the Cocos (Keeling) Islands"),
        ("MF", "St. Martin"),
        ("SX", "Sint Maarten"),
        ("VA", "Vatican City"),
        ("US", "the United States"),
        ("DE", "Germany"),
        ("PS", "the Palestinian Territories"),
        ("UM", "the U.S. Outlying Islands"),
    ],
)
def test_the_running_names(code: str, said: str) -> None:
    assert gazetteer.country_in_text(code) == said
    assert f"in {view.country_in_text(code)}" == f"in {said}"


def test_the_names_cldr_writes_as_a_list_form_are_the_ones_changed() -> None:
    changed = {c for c in CODES if running_name(CLDR[c]) != CLDR[c]}
    assert changed == {"HK", "MO", "MM", "CD", "CG", "FM"}
    assert all(running_name(running_name(CLDR[c])) == running_name(CLDR[c]) for c in CODES)  # idempotent


def test_matching_keeps_cldr_s_own_name() -> None:
    assert gazetteer.country_cldr("HK") == "Hong Kong SAR China"
    assert gazetteer.country_code("Hong Kong SAR China") == "HK"
    assert gazetteer.country_code("Hong Kong") == "HK"
    assert gazetteer.country_code("Myanmar (Burma)") == "MM"


def test_a_non_country_region_of_the_registries_takes_its_article() -> None:
    assert in_text("European Union") == "the European Union"
    assert view.country_in_text("EU") == "the European Union"


# -- 2. codes left in text ---------------------------------------------------------------------------------------
#: a grid of countries: articles, list forms, plural names
GRID = ["US", "GB", "NL", "DE", "JP", "PT", "NO", "HK", "MM", "CD", "FM", "PH", "AE", "VC", "CI", "BR"]


@pytest.mark.parametrize("code", GRID)
def test_the_platform_s_declared_countries_are_named(code: str) -> None:
    says = {"cities": {"Somewhere": 4}, "countries": {code: 2, "ES": 1}}
    text = view.plain(says)
    assert text == f"cities: Somewhere (4); countries: {view.country(code)} (2) and Spain (1)"
    assert not re.search(rf"\b{code}\b", text.replace(view.country(code), ""))
    assert says["countries"] == {code: 2, "ES": 1}  # the JSON value keeps the codes


@pytest.mark.parametrize("code", GRID)
def test_a_home_s_place_names_its_country_and_keeps_a_state_s_letters(code: str) -> None:
    assert place_words(f"Springfield, IL, {code}") == f"Springfield, IL, {gazetteer.country_display(code)}"
    # a home's {city, country}: its country field says the letters are its country (WORD60: "Lisbon, GB" alone is
    # no town of the United Kingdom, and stays as written)
    assert place_words(f"Lisbon, {code}", code) == f"Lisbon, {gazetteer.country_display(code)}"
    assert place_words(code) == gazetteer.country_in_text(code)  # alone: with its article
    assert place_words("Lisbon, Portugal") == "Lisbon, Portugal"


def _ctx(value: dict) -> Context:
    ctx = Context(include_sensitive=False, aggregators={})
    ctx.findings["home"] = Finding(
        id="home", title="Home", value=value, confidence=Confidence.HIGH, confidence_basis="", summary="", method=""
    )
    return ctx


@pytest.mark.parametrize(
    ("value", "place"),
    [
        ({"country": "US", "region": "IL", "city": "Springfield"}, "Springfield, IL, United States"),
        ({"country": "DE", "region": None, "city": "Berlin"}, "Berlin, Germany"),
        ({"country": "NL", "region": None, "city": None}, "the Netherlands"),
        ({"country": "JP", "region": None, "city": None}, "Japan"),
        ({"country": "HK", "region": None, "city": None}, "Hong Kong"),
        ({"country": "GB", "region": None, "city": "Leeds"}, "Leeds, United Kingdom"),
    ],
)
def test_the_home_clock_caveat_names_the_home_s_country(value: dict, place: str, monkeypatch) -> None:
    ctx = _ctx({"basis": "login IPs", "share": 0.9, **value})
    monkeypatch.setattr(homeclock, "home_zone", lambda c: "Europe/Berlin")
    assert homeclock.adopt_home_zone(ctx)
    caveat = homeclock.home_clock_caveat(ctx)
    assert f"the clock of your home ({place}) as" in caveat
    assert not re.search(rf"\b{value['country']}\)", caveat)


def test_counts_by_country_are_said_with_names() -> None:
    assert gazetteer.counts_in_countries([("DE", 548), ("US", 2)]) == "548 in Germany, 2 in the United States"
    assert gazetteer.counts_in_countries([("HK", 1_200), ("CD", 3)]) == (
        "1,200 in Hong Kong, 3 in the Democratic Republic of the Congo"
    )
    assert gazetteer.counts_in_countries([]) == ""


@pytest.mark.parametrize("code", GRID)
def test_the_prior_s_days_held_name_the_countries(code: str) -> None:
    from datetime import date, timedelta

    ev = zoneprior.PlaceEvidence()
    first = date(2024, 1, 1)
    for i in range(30):
        ev.ip_days[(first + timedelta(days=i), code)] += 1
        ev.ip_countries[code] += 1
    ev.ip_days[(first + timedelta(days=40), "DE" if code != "DE" else "FR")] += 1
    _out, _n, detail = zoneprior._ip_days_in(ev, None, undated=False)
    assert f"in {gazetteer.country_in_text(code)}" in detail
    assert not re.search(rf"\b{code}\b", detail.replace(gazetteer.country_in_text(code), "")), detail


# -- 3. the evidence excerpts ------------------------------------------------------------------------------------
@pytest.mark.parametrize("code", GRID)
def test_every_excerpt_of_place_names_its_country(code: str) -> None:
    name, said = gazetteer.country_display(code), gazetteer.country_in_text(code)
    cases = {
        f"geotag near Misato, Saitama, {code}": f"geotag near Misato, Saitama, {name}",  # a town with a comma
        f"check-in near Lisbon, {code}": f"check-in near Lisbon, {name}",
        f"location record near A, B, C, {code}": f"location record near A, B, C, {name}",
        f"login placed by Facebook in Lisbon, {code}": f"login placed by Facebook in Lisbon, {name}",
        f"login placed by Facebook in Bergen, Hordaland, {code}": (
            f"login placed by Facebook in Bergen, Hordaland, {name}"
        ),
        f"login placed by Facebook in {code}": f"login placed by Facebook in {said}",
        f"login from an address registered in {code}": f"login from an address registered in {said}",
        f"location record in {code}": f"location record in {said}",
    }
    items = [
        {
            "archive": "/x/facebook.zip",
            "member": "security/logins.json",
            "index": i,
            "time": None,
            "excerpt": text,
            "kind": "facebook.login",
        }
        for i, text in enumerate(cases)
    ]
    rows = view.evidence_rows({"evidence": {"n_support": len(items), "items": items}}, None, None)
    assert [r.what for r in rows] == list(cases.values())
    assert [i["excerpt"] for i in items] == list(cases)  # the JSON keeps the codes


def test_an_eu_block_and_a_post_s_own_words() -> None:
    items = [
        {
            "archive": "/x/facebook.zip",
            "member": "a.json",
            "index": i,
            "time": None,
            "excerpt": text,
            "kind": "facebook.login",
        }
        for i, text in enumerate(
            (
                "login from an address registered in EU",
                "Greetings from Portland, ME",
                "login placed by Facebook in Springfield, IL, US",
            )
        )
    ]
    rows = view.evidence_rows({"evidence": {"n_support": 3, "items": items}}, None, None)
    assert [r.what for r in rows] == [
        "login from an address registered in the European Union",
        "Greetings from Portland, ME",  # a post's words as written
        "login placed by Facebook in Springfield, IL, United States",
    ]


# -- 4. sizes: one table of units --------------------------------------------------------------------------------
def test_the_size_units_are_cldr_s() -> None:
    assert size_units() == ("bytes", "kB", "MB", "GB", "TB", "PB")


@pytest.mark.parametrize(
    ("n", "said"),
    [
        (0, "0 bytes"),
        (1, "1 byte"),
        (999, "999 bytes"),
        (1000, "1 kB"),
        (999_499, "999 kB"),
        (999_500, "1.0 MB"),
        (999_949_999, "999.9 MB"),
        (999_950_000, "1.0 GB"),
        (2**40, "1.1 TB"),
        (999_949_999_999_999, "999.9 TB"),
        (999_950_000_000_000, "1.0 PB"),
        (10**16, "10.0 PB"),
        (2**60, "1,152.9 PB"),
    ],
)
def test_size_words_go_past_tb_to_pb(n: int, said: str) -> None:
    assert size_words(n) == said


@pytest.mark.parametrize(
    ("n", "bucket"),
    [
        (0, "0 bytes"),
        (7, "1-10 bytes"),
        (999, "100-1000 bytes"),
        (1000, "1-10 kB"),
        (54_321, "10-100 kB"),
        (123_456_789, "100-1000 MB"),
        (5 * 10**9, "1-10 GB"),
        (10**12, "1-10 TB"),
        (10**15, "1-10 PB"),
        (3 * 10**17, "100-1000 PB"),
    ],
)
def test_describe_s_buckets_use_the_same_units(n: int, bucket: str) -> None:
    assert size_bucket(n) == bucket
    unit = bucket.split(" ", 1)[1]
    assert unit in size_units() and "KB" not in bucket
    # the bucket holds the size that size_words says, in the same unit (from 1 kB up)
    if n >= 1000:
        assert size_words(n).split(" ")[1] == unit or float(size_words(n).split(" ")[0].replace(",", "")) >= 999
