"""Countries in running text carry their CLDR name and, where English uses it, "the" (WORD58; T55B 9–10, L):
the sleep caveat's weekend ("the weekend in DE (CLDR)"), the evidence excerpt ("an address registered in
Netherlands"), the trips summary head ("3 trip(s) abroad: MX …"), the two-part names ("the St. Vincent &
Grenadines") and CLDR's menu names ("Congo - Kinshasa"). JSON values keep their ISO codes."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from dataexam.inference import moves, sleep
from dataexam.inference.gazetteer import country_display, country_in_text
from dataexam.report import view
from dataexam.wording import in_text

#: the grid's 15 countries as a sentence names them (CLDR English names; "the" where English writes it)
SAID = {
    "US": "the United States", "GB": "the United Kingdom", "NL": "the Netherlands", "PH": "the Philippines",
    "AE": "the United Arab Emirates", "CZ": "Czechia", "DE": "Germany", "FR": "France", "JP": "Japan",
    "BR": "Brazil", "MX": "Mexico", "AR": "Argentina", "PT": "Portugal", "VC": "St. Vincent & Grenadines",
    "CD": "the Democratic Republic of the Congo",
}


@pytest.mark.parametrize(("code", "said"), SAID.items())
def test_a_country_in_a_sentence_has_its_name_and_article(code: str, said: str) -> None:
    assert country_in_text(code) == said
    assert view.country_in_text(code) == said
    assert in_text(country_display(code), start=True) == said[:1].upper() + said[1:]


@pytest.mark.parametrize(("name", "said"), [
    ("St. Vincent & Grenadines", "St. Vincent & Grenadines"),  # "Saint Vincent and the Grenadines": no "the" first
    ("Turks & Caicos Islands", "the Turks & Caicos Islands"),
    ("Trinidad & Tobago", "Trinidad & Tobago"),
    ("Heard Island & McDonald Islands", "Heard Island & McDonald Islands"),
    ("South Georgia & South Sandwich Islands", "South Georgia & South Sandwich Islands"),
    ("St. Helena, Ascension & Tristan da Cunha", "St. Helena, Ascension & Tristan da Cunha"),
    ("Congo - Kinshasa", "the Democratic Republic of the Congo"),
    ("Congo - Brazzaville", "the Republic of the Congo"),
    ("British Indian Ocean Territory", "the British Indian Ocean Territory"),
    ("Czech Republic", "the Czech Republic"), ("Gambia", "the Gambia"), ("Germany", "Germany"),
    ("Bosnia & Herzegovina", "Bosnia & Herzegovina"),
])
def test_in_text_reads_the_article_off_a_two_part_name_s_first_part(name: str, said: str) -> None:
    assert in_text(name) == said


def test_a_name_not_of_cldr_with_a_dash_stays_as_it_is() -> None:
    assert in_text("Guinea - Bissau") == "Guinea - Bissau"


@pytest.mark.parametrize(("code", "said"), SAID.items())
def test_the_sleep_caveat_names_the_weekend_s_country(code: str, said: str) -> None:
    assert sleep.weekend_where(SimpleNamespace(zone_placed=True), code) == f"in {said}"


def test_the_sleep_caveat_without_a_country_or_a_placed_zone() -> None:
    assert sleep.weekend_where(SimpleNamespace(zone_placed=True), None) == "in most countries"
    assert sleep.weekend_where(SimpleNamespace(zone_placed=False), "DE") == "where most people on this clock live"


@pytest.mark.parametrize(("code", "said"), SAID.items())
def test_an_evidence_excerpt_names_the_country_and_json_keeps_the_code(code: str, said: str) -> None:
    items = [{"archive": "/x/facebook.zip", "member": "security/logins.json", "index": i, "time": None,
              "excerpt": text, "kind": "facebook.login"}
             for i, text in enumerate((f"login from an address registered in {code}", f"location record in {code}",
                                       f"geotag near Lisbon, {code}"))]
    finding = {"evidence": {"n_support": 3, "items": items}}
    rows = view.evidence_rows(finding, None, None)
    assert [r.what for r in rows] == [f"login from an address registered in {said}", f"location record in {said}",
                                      f"geotag near Lisbon, {country_display(code)}"]  # a town's country bare
    assert items[0]["excerpt"] == f"login from an address registered in {code}"  # the JSON value


def test_the_trips_summary_head_names_the_countries_and_the_value_keeps_codes() -> None:
    trips = [{"country": cc, "start": f"2023-05-0{i + 1}", "end": f"2023-05-0{i + 2}"}
             for i, cc in enumerate(("MX", "US", "NL", "VC", "CD"))]
    assert moves._trips_head(trips) == (
        "5 trip(s) abroad: Mexico 2023-05-01–2023-05-02, the United States 2023-05-02–2023-05-03, the Netherlands "
        "2023-05-03–2023-05-04, St. Vincent & Grenadines 2023-05-04–2023-05-05, the Democratic Republic of the Congo "
        "2023-05-05–2023-05-06")
    assert [t["country"] for t in trips] == ["MX", "US", "NL", "VC", "CD"]


# -- end to end: a Buenos Aires resident (declared city) whose every login goes through an exit -----------------------

EXIT_IPS = {"NL": "62.195.221.102", "CD": "41.243.205.54"}  # registered there (iptocc), invented people


def _exit_life(ip: str) -> list:
    import random
    from datetime import date, timedelta
    from zoneinfo import ZoneInfo

    from test_inference_synth import Stream, local

    rng = random.Random(9)
    s = Stream("facebook-2024")
    tz = ZoneInfo("America/Argentina/Buenos_Aires")
    out = []
    for i in range(300):
        d = date(2023, 1, 1) + timedelta(days=i)
        hours = [rng.uniform(9.25, 24.9) for _ in range(8)]
        out += [s.ev(local(tz, d, h), "facebook.post", "Un café y a trabajar.") for h in hours]
        if rng.random() < 6 / 7:
            out.append(s.ev(local(tz, d, rng.choice(hours)), "facebook.login", None, ip=ip))
    out.append(s.ev(None, "facebook.profile", "Buenos Aires, Argentina", fact="current_city"))
    return sorted(out, key=lambda e: e.sort_key)


@pytest.mark.parametrize("exit_cc", EXIT_IPS)
def test_a_vpn_exit_s_country_and_the_declared_town_s_are_named_in_every_sentence(exit_cc: str) -> None:
    import re
    from datetime import UTC, datetime

    from dataexam.inference import infer

    report = infer(_exit_life(EXIT_IPS[exit_cc]), now=datetime(2025, 6, 1, tzinfo=UTC))
    home, tz = report.finding("home"), report.finding("timezone")
    said = SAID[exit_cc]
    # was "The platform says you live in Buenos Aires, AR, … Your logins come from NL (…)"
    assert home.summary.startswith("The platform says you live in Buenos Aires, Argentina, and your activity keeps "
                                   f"its clock. Your logins come from {said} (100% of the nights with a login)")
    assert f"the place evidence (IP country) points to {said}, but the activity clock fits " \
           "America/Argentina/Buenos_Aires better" in tz.value["disagreement"][0]  # was "points to NL"
    texts = [t for f in report.findings for t in (f.summary or "", f.confidence_basis or "", *(f.caveats or ()))]
    assert not [t for t in texts if re.search(rf"(?<![\w/])({exit_cc}|AR)(?![\w/])", t)]
    assert any("the weekend in Argentina (CLDR)" in t for t in texts)  # was "the weekend in AR (CLDR)"
    assert (home.value["country"], tz.value["place_disagreement"]["country"]) == ("AR", exit_cc)  # JSON: codes


@pytest.mark.parametrize("quoted", [
    "Greetings from LA Poster", "Learning from AI: A Beginner's Guide", "Power Adapter from AC to DC 12V",
    "Got a call from IT", "Camping near Portland, ME", "Flight from NL to PT booked",
    "a login from an address registered in NL, said she"])
def test_a_quoted_title_or_post_is_shown_as_written(quoted: str) -> None:
    # T56B 5: "from XX" anywhere in an excerpt was named — a product title "Greetings from LA Poster" was shown
    # "Greetings from Laos Poster"; only place.py's own excerpts, whole, are named
    assert view._excerpt_text(quoted) == quoted


@pytest.mark.parametrize(("made", "said"), [
    ("search from an address registered in MX", "search from an address registered in Mexico"),
    ("check-in near Porto, PT", "check-in near Porto, Portugal"),
    ("location record near Lisbon, PT", "location record near Lisbon, Portugal")])
def test_place_s_own_excerpts_are_named(made: str, said: str) -> None:
    assert view._excerpt_text(made) == said
