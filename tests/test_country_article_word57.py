"""Countries that take "the" say it in every sentence that names them alone (WORD57, tester finding T54C 4).

The exit caveats had "logins from the United States set aside" (``wording.in_text``) while the headlines and
summaries beside them wrote the bare name: "You most likely live in United Kingdom.", the zone's "one of the clocks
kept in United States", the trips' "The stay in Netherlands is still open". Now every sentence that names a country
alone writes it via ``in_text`` (``view.country_in_text``, ``gazetteer.country_in_text``, ``shipping.place_said``);
a town's country after the town stays bare ("Leeds, United Kingdom"), and the JSON values keep the codes and the bare
names (they are data).

Values are invented.
"""

from __future__ import annotations

import pytest
from test_always_on_exit_far import _report

from dataexam.inference import interests, shipping, stays
from dataexam.inference.place import _weekend_sentence
from dataexam.report import view
from dataexam.wording import in_text

#: code → the sentence's name, for every kind of name that takes "the" (union, plural, "… Republic", Gambia)
THE = {"US": "the United States", "GB": "the United Kingdom", "NL": "the Netherlands", "PH": "the Philippines",
       "AE": "the United Arab Emirates", "DO": "the Dominican Republic", "BS": "the Bahamas", "GM": "the Gambia",
       "MV": "the Maldives", "IM": "the Isle of Man"}


def test_in_text_at_a_sentence_s_start_is_capitalised() -> None:
    assert in_text("Netherlands", start=True) == "The Netherlands"
    assert in_text("United States", start=True) == "The United States"
    assert in_text("Germany", start=True) == "Germany"
    assert in_text("Netherlands") == "the Netherlands"


@pytest.mark.parametrize(("cc", "said"), sorted(THE.items()))
def test_the_home_headline_says_the_country_with_its_article(cc: str, said: str) -> None:
    assert view._h_home({"country": cc}) == f"You most likely live in {said}."
    # a town's country stays bare after the town
    assert view._h_home({"country": cc, "city": "Townsville"}) == \
        f"You most likely live in Townsville, {view.country(cc)}."


@pytest.mark.parametrize("cc", ["DE", "JP", "TH"])
def test_a_country_without_article_is_unchanged(cc: str) -> None:
    assert view._h_home({"country": cc}) == f"You most likely live in {view.country(cc)}."


def test_the_login_country_whose_clock_is_contradicted() -> None:
    text = view._h_home({"country": "DE", "city": "Berlin",
                         "clock_contradicted": {"country": "NL", "offset_gap_hours": [4, 5]}})
    assert text == ("You most likely live in Berlin, Germany. Your logins come from the Netherlands, whose clock your "
                    "activity contradicts by 4–5 h all year: a VPN exit, not your home.")


def test_the_earlier_home_of_a_move() -> None:
    v = {"country": "DE", "city": "Berlin", "moved": {
        "since": "2023-07-01", "from": "GB",
        "periods": [{"country": "GB", "from": "2020-01-01", "until": "2023-06-30"},
                    {"country": "DE", "from": "2023-07-01", "until": "2024-06-30"}]}}
    assert view._h_home(v) == "You most likely live in Berlin, Germany since Jul 2023 (before: the United Kingdom)."
    v["moved"]["periods"].insert(0, {"country": "PH", "from": "2018-01-01", "until": "2019-12-31"})
    assert view._h_home(v) == ("You most likely live in Berlin, Germany since Jul 2023 (before: the Philippines "
                               "Jan 2018 – Dec 2019; the United Kingdom Jan 2020 – Jun 2023).")


def test_a_move_to_a_country_alone() -> None:
    v = {"country": "NL", "moved": {"since": "2023-07-01", "from": "FR", "periods": [
        {"country": "FR", "from": "2020-01-01", "until": "2023-06-30"},
        {"country": "NL", "from": "2023-07-01", "until": "2024-06-30"}]}}
    assert view._h_home(v) == "You most likely live in the Netherlands since Jul 2023 (before: France)."


def test_the_history_s_earlier_homes() -> None:
    text = stays.history_text("Berlin, Germany", [{"country": "US", "from": "2020-01-01", "until": "2023-06-30"},
                                                  {"country": "DE", "from": "2023-07-01", "until": "2024-06-30"}],
                              view.country, lambda s: s[:7])
    assert text == "Berlin, Germany since 2023-07 (before: the United States 2020-01 – 2023-06)"


def test_trips_and_the_open_stay() -> None:
    text = view._h_trips([{"country": "US", "start": "2024-05-01", "end": "2024-05-05", "open_at_end": True,
                           "new_address_orders": 0}])
    assert text.startswith("1 trip abroad: the United States ")
    assert " The stay in the United States is still open when the records end, 5 days long" in text


def test_the_clocks_kept_in_a_country() -> None:
    text = view._open_range({"place_country": "US", "utc_offset_hours": -5},
                            [("America/Los_Angeles", -3), ("America/Chicago", -1), ("America/New_York", 0)])
    assert text.startswith("one of the clocks kept in the United States from Los Angeles time")


def test_weekends_in_a_login_country_and_a_town() -> None:
    w = {"place": "Netherlands", "country": "NL", "weekends": 40, "of_weekends": 45, "first": "2023-01-07",
         "last": "2024-06-29", "seen_in": "login countries", "confidence": "medium"}
    assert _weekend_sentence(w, "how").startswith("Weekends in the Netherlands (40 of 45 weekends")
    assert w["place"] == "Netherlands"  # the value keeps the bare name
    town = w | {"place": "Leeds, England, United Kingdom", "country": None, "seen_in": "shipping addresses"}
    assert _weekend_sentence(town, "how").startswith("Weekends in Leeds, England, United Kingdom (")


def test_a_shipping_place_said_and_kept() -> None:
    assert shipping.place_text(("GB", None, None)) == "United Kingdom"  # data
    assert shipping.place_said(("GB", None, None)) == "the United Kingdom"  # a sentence
    assert shipping.place_said(("GB", None, "Leeds")) == shipping.place_text(("GB", None, "Leeds"))


def test_a_life_event_s_place() -> None:
    assert interests._place("NL") == "the Netherlands"
    assert interests._place("PT") == "Portugal"
    assert interests._place("Berlin, Germany") == "Berlin, Germany"


def test_an_inferred_home_s_summary_has_the_article_and_its_value_the_code() -> None:
    report = _report("America/New_York", "US", "JP")
    home = report.finding("home").to_dict()
    assert view.headline(home) == "You most likely live in the United States."
    assert home["summary"].startswith("You most likely live in the United States (")
    assert home["value"]["country"] == "US"
    assert "United States" not in str(home["value"])  # the value holds codes only
