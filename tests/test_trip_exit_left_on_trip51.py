"""A weekly VPN exit left on past its weekend, and trips beside it, on a clock 1–3 h from home's (TRIP51; the last
testers' probes and TRIP51's grid, .probe/grid.py). People are invented (tests/test_pacific_edge_short_trips's
builder): a year at home on its clock, the exit's logins Friday 19:00 and 22:30 and all weekend; either the exit
left on some days of one May week, home's clock and hours kept (tests/test_trip_beside_near_exit_untold's
builder), or one trip lived on the destination's clock with logins from there.

1. The exit left on Monday–Tuesday, Thursday–Friday, Tuesday–Sunday, Wednesday–Sunday read "1 trip abroad: United
   Kingdom 8–9 May 2023" (medium): those days are the exit's where their activity does not fit the country's clock
   (clock_exits.NEAR_RUN_CLOCK_NATS); a trip there lived on home's hours reads the same, so "No trips abroad seen."
   at medium, with a caveat naming the days.
2. Trips whose days do fit the country's clock were lost ("No trips abroad seen.", high): a Johannesburg
   resident's London trip Monday to Wednesday, Sydney / Brisbane → Auckland Tuesday to Friday, Kuala Lumpur →
   Tokyo Wednesday to Friday and Tuesday to Friday. Now found.
3. Friday-to-Sunday trips, lost at high: the same caveat where the days cannot tell (London from Johannesburg,
   Auckland from Sydney), found where they can (Sydney from Auckland).
4. Countries that take "the" in running text have it in the trips' sentences: "Your trip to the United Kingdom".
"""

from __future__ import annotations

from datetime import date

import pytest
from test_pacific_edge_short_trips import IPS, _person, _read
from test_trip_beside_near_exit_untold import _exit_left_on

from dataexam.inference.gazetteer import country_in_text
from dataexam.report import view
from dataexam.wording import in_text

IPS.update({"AU": "1.128.0.1", "NZ": "49.224.0.1", "ZA": "41.0.0.1", "GB": "81.2.69.142", "MY": "175.136.0.1"})
NAMES = {"AU": "Australia", "GB": "United Kingdom", "NZ": "New Zealand", "JP": "Japan"}
JOBURG, AUCKLAND, SYDNEY = "Africa/Johannesburg", "Pacific/Auckland", "Australia/Sydney"
BRISBANE, KL = "Australia/Brisbane", "Asia/Kuala_Lumpur"
THERE = {"GB": "Europe/London", "AU": SYDNEY, "NZ": AUCKLAND, "JP": "Asia/Tokyo"}


def _may(d: int) -> date:
    return date(2023, 5, d)


def _said(cc: str, when: str) -> str:
    return (f"Your VPN's exit in {in_text(NAMES[cc])} was also in use on {when}, outside its usual weekend hours; "
            "on a clock this near yours those days may have been a trip.")


def _assert_told(r, home: str, cc: str, when: str) -> None:
    assert _read(r) == (home, [cc], [], "medium")
    trips = r.finding("trips")
    assert view.headline(trips.to_dict()) == "No trips abroad seen."
    assert [c for c in trips.caveats if c.startswith("Your VPN's exit")] == [_said(cc, when)]


@pytest.mark.parametrize(("zone", "home", "cc", "first", "last", "when"), [
    (JOBURG, "ZA", "GB", 8, 9, "Mon 8 – Tue 9 May 2023"),    # before: "United Kingdom 8–9 May 2023" (medium)
    (AUCKLAND, "NZ", "AU", 11, 12, "Thu 11 – Fri 12 May 2023"),
    (SYDNEY, "AU", "NZ", 9, 14, "Tue 9 – Fri 12 May 2023"),  # its weekend the exit's own: not said
    (KL, "MY", "JP", 10, 14, "Wed 10 – Fri 12 May 2023")])
def test_the_exit_left_on_past_its_weekend_is_no_trip_at_medium_with_its_days(zone: str, home: str, cc: str,
                                                                               first: int, last: int,
                                                                               when: str) -> None:
    r = _exit_left_on(1, zone, home, cc, {_may(d) for d in range(first, last + 1)})
    _assert_told(r, home, cc, when)


@pytest.mark.parametrize(("zone", "home", "cc", "first", "last"), [
    (JOBURG, "ZA", "GB", 8, 10), (SYDNEY, "AU", "NZ", 9, 12), (BRISBANE, "AU", "NZ", 9, 12),
    (KL, "MY", "JP", 10, 12), (KL, "MY", "JP", 9, 12)])
def test_a_trip_on_the_country_s_clock_beside_the_exit_is_found(zone: str, home: str, cc: str, first: int,
                                                                last: int) -> None:
    # before: "No trips abroad seen." (high)
    r = _person(1, zone, home, cc, (THERE[cc], cc, _may(first), _may(last)))
    assert _read(r) == (home, [cc], [(cc, _may(first).isoformat(), _may(last).isoformat())], "medium")
    trips = r.finding("trips")
    assert view.headline(trips.to_dict()) == f"1 trip abroad: {in_text(NAMES[cc])} {first}–{last} May 2023."
    assert not any(c.startswith("Your VPN's exit") for c in trips.caveats)


@pytest.mark.parametrize(("zone", "home", "cc", "when"), [(JOBURG, "ZA", "GB", "Fri 12 – Sun 14 May 2023"),
                                                          (SYDNEY, "AU", "NZ", "Fri 12 May 2023")])
def test_a_friday_to_sunday_trip_the_days_cannot_tell_is_said(zone: str, home: str, cc: str, when: str) -> None:
    # before: "No trips abroad seen." (high), nothing said
    _assert_told(_person(1, zone, home, cc, (THERE[cc], cc, _may(12), _may(14))), home, cc, when)


def test_a_friday_to_sunday_trip_on_the_country_s_clock_is_found() -> None:
    # an Auckland resident's Sydney Friday to Sunday, two hours behind: before "No trips abroad seen." (high)
    r = _person(1, AUCKLAND, "NZ", "AU", (SYDNEY, "AU", _may(12), _may(14)))
    assert _read(r) == ("NZ", ["AU"], [("AU", "2023-05-12", "2023-05-14")], "high")


def test_the_trip_s_sentence_gives_the_united_kingdom_its_article() -> None:
    r = _person(1, JOBURG, "ZA", "GB", (THERE["GB"], "GB", _may(8), _may(10)))
    said = [c for c in r.finding("trips").caveats if c.startswith("Your trip to")]
    # before: "Your trip to United Kingdom (8 May 2023 to 10 May 2023) lies beside …"
    assert said == ["Your trip to the United Kingdom (8 May 2023 to 10 May 2023) lies beside the logins of your "
                    "weekly VPN exit there, with no record at home between, on a clock too near yours to tell them "
                    "apart: the days shown are those the records can tell, and it may have begun as early as 6 May "
                    "2023."]
    assert r.finding("trips").value[0]["country"] == "GB"  # the data field keeps the code


@pytest.mark.parametrize(("code", "said"), [
    ("US", "the United States"), ("GB", "the United Kingdom"), ("NL", "the Netherlands"), ("PH", "the Philippines"),
    ("AE", "the United Arab Emirates"), ("DO", "the Dominican Republic"), ("GM", "the Gambia"),
    ("BS", "the Bahamas"), ("KY", "the Cayman Islands"), ("CZ", "Czechia"), ("DE", "Germany"), ("JP", "Japan"),
    ("NZ", "New Zealand")])
def test_a_country_in_running_text(code: str, said: str) -> None:
    assert country_in_text(code) == said


def test_in_text_takes_the_czech_republic_and_leaves_names_without_it() -> None:
    assert in_text("Czech Republic") == "the Czech Republic"
    assert in_text("Belarus") == "Belarus"
    assert in_text("Ireland") == "Ireland"
