"""A country's smaller zones (the twenty-eighth pass's third tester, H1) and a wall time shown twice (L4).

St. John's, the Chatham Islands and Lord Howe Island were declared in the profile and read by the home finding,
but the zone prior spread the country by its people: "Toronto time", medium; Auckland, high; Sydney."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

import pytest

from dataexam.inference.timezone import BETTER_FIT, Candidate, fits_as_well_in_country, law_periods
from dataexam.inference.zoneprior import PlaceEvidence
from dataexam.report import view


def declared(text: str) -> dict[str, float]:
    ev = PlaceEvidence()
    ev._declare_place(text)
    return dict(ev.declared)


@pytest.mark.parametrize(("text", "zone"), [
    ("St. John's, Newfoundland", "America/St_Johns"),  # a province by the first word of its name
    ("Waitangi, Chatham Islands", "Pacific/Chatham"),  # a region zone.tab's comment names
    ("Lord Howe Island, NSW", "Australia/Lord_Howe"),  # no GeoNames town: the island zone.tab names, in NSW
    ("Waitangi, New Zealand", "Pacific/Chatham"),  # a town of 5,000 the 15,000 table lacks
    ("Hanga Roa, Chile", "Pacific/Easter"),
    ("Happy Valley-Goose Bay, Canada", "America/Goose_Bay"),
    # as before
    ("Adelaide, South Australia", "Australia/Adelaide"),
    ("Halifax, Nova Scotia", "America/Halifax"),
    ("Calgary, Alberta", "America/Edmonton"),
    ("Broken Hill, NSW", "Australia/Broken_Hill"),
])
def test_a_declared_town_of_a_minority_zone_names_that_zone(text: str, zone: str) -> None:
    assert declared(text) == {zone: 1}


def test_a_tail_that_names_no_part_of_any_country_places_nothing() -> None:
    assert declared("Springfield, Narnia") == {}
    assert declared("Waitangi, Mordor") == {}


def cand(zone: str, standard_q: int, activity: float) -> Candidate:
    return Candidate(zones=[zone], loglik=activity, standard_q=standard_q, observes_dst=True)


def test_a_minority_clock_that_fits_better_is_named_whatever_its_posterior() -> None:
    # the measured fits of the tester's St. John's records (no city declared): St_Johns 0.66 above Toronto
    toronto, halifax, stjohns = (cand("America/Toronto", -20, -3768.92), cand("America/Halifax", -16, -3768.40),
                                 cand("America/St_Johns", -14, -3768.26))
    toronto.posterior, halifax.posterior, stjohns.posterior = 0.81, 0.11, 0.02
    berlin = cand("Europe/Berlin", 4, -3760.0)  # fits better still, but another country's clock
    got = fits_as_well_in_country([toronto, halifax, stjohns, berlin], toronto)
    assert [(c.zones[0], z) for c, z in got] == [("America/St_Johns", "America/St_Johns"),
                                                ("America/Halifax", "America/Halifax")]


def test_a_minority_clock_within_the_noise_does_not_count() -> None:
    # a true Aucklander's records: Chatham 0.08 above Auckland, under BETTER_FIT
    auckland, chatham = cand("Pacific/Auckland", 48, -3763.26), cand("Pacific/Chatham", 51, -3763.18)
    assert chatham.activity_score - auckland.activity_score < BETTER_FIT
    assert fits_as_well_in_country([auckland, chatham], auckland) == []


def test_the_repeated_autumn_hour_says_which_of_the_two_it_is() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    assert view.local_time("2022-10-30T00:30:00Z", berlin) == "2022-10-30 02:30 CEST"
    assert view.local_time("2022-10-30T01:30:00Z", berlin) == "2022-10-30 02:30 CET"
    assert view.local_time("2022-10-30T02:30:00Z", berlin) == "2022-10-30 03:30"  # once only: as before
    assert view.local_time("2022-03-27T01:30:00Z", berlin) == "2022-03-27 03:30"  # the spring gap: as before
    # a zone whose abbreviations are numbers: the offset (Newfoundland's repeated hour, 01:00-02:00 local)
    stjohns = ZoneInfo("America/St_Johns")
    assert view.local_time("2022-11-06T03:45:00Z", stjohns) == "2022-11-06 01:15 NDT"
    assert view.local_time("2022-11-06T04:45:00Z", stjohns) == "2022-11-06 01:15 NST"
    santiago = ZoneInfo("America/Santiago")  # tzdata writes "-03"/"-04": the offset, in UTC terms
    assert view.local_time("2022-04-03T02:30:00Z", santiago) == "2022-04-02 23:30 UTC-03"
    assert view.local_time("2022-04-03T03:30:00Z", santiago) == "2022-04-02 23:30 UTC-04"


@pytest.mark.parametrize(("zone", "first", "last", "laws"), [
    ("Europe/Istanbul", "2015-01-01", "2018-12-31", [("2016-09-06", 2.0, True), ("2018-12-31", 3.0, False)]),
    ("Pacific/Apia", "2010-01-01", "2013-12-31", [("2011-12-29", -11.0, True), ("2013-12-31", 13.0, True)]),
    ("America/Mexico_City", "2021-01-01", "2024-06-01", [("2022-10-29", -6.0, True), ("2024-06-01", -6.0, False)]),
    ("Asia/Almaty", "2022-01-01", "2025-01-01", [("2024-02-29", 6.0, False), ("2025-01-01", 5.0, False)]),
    ("Europe/Berlin", "2022-01-01", "2024-06-01", [("2024-06-01", 1.0, True)]),  # no change: one law
    # T33A L3: the winter 2010/11 is the summer-time law's own, not a law "UTC+3 until 26 Mar 2011" of its own
    ("Europe/Moscow", "2010-01-01", "2015-12-31", [("2011-03-26", 3.0, True), ("2014-10-25", 4.0, False),
                                                   ("2015-12-31", 3.0, False)]),
    ("Europe/Volgograd", "2017-01-01", "2022-06-01", [("2018-10-27", 3.0, False), ("2020-12-26", 4.0, False),
                                                      ("2022-06-01", 3.0, False)]),
    ("America/Sao_Paulo", "2018-01-01", "2020-06-01", [("2019-02-16", -3.0, True), ("2020-06-01", -3.0, False)]),
])
def test_a_zone_whose_law_changed_has_each_law_with_its_dates(zone: str, first: str, last: str,
                                                              laws: list[tuple[str, float, bool]]) -> None:
    from datetime import date

    from dataexam.inference.timezone import law_periods

    got = law_periods(zone, date.fromisoformat(first), date.fromisoformat(last))
    assert [(p["until"], p["utc_offset_hours"], p["observes_dst"]) for p in got] == laws
    assert got[0]["from"] == first


def test_the_headline_says_the_earlier_law() -> None:
    value = {"zone": "Europe/Istanbul", "utc_offset_hours": 3.0, "observes_dst": False,
             "law_periods": [{"from": "2015-01-01", "until": "2016-09-06", "utc_offset_hours": 2.0,
                              "observes_dst": True},
                             {"from": "2016-09-07", "until": "2018-12-31", "utc_offset_hours": 3.0,
                              "observes_dst": False}]}
    assert view.headline({"id": "timezone", "value": value}) == (
        "You live on Istanbul time (Europe/Istanbul, UTC+3; until 6 Sep 2016, UTC+2 with summer time).")


@pytest.mark.parametrize(("zone", "first", "last"), [
    ("Europe/Berlin", date(2023, 3, 1), date(2025, 2, 15)),  # an export downloaded in February
    ("America/New_York", date(2021, 11, 20), date(2023, 6, 1)),  # one that starts in late November
    ("Australia/Sydney", date(2022, 5, 1), date(2024, 8, 31)),  # southern winter at both ends
])
def test_winter_days_at_an_export_s_ends_are_no_change_of_law(zone: str, first: date, last: date) -> None:
    """An export's first or last year holding only winter days read as a year without summer time: "UTC+1 with
    summer time until 26 Oct 2024" for Berlin (the twenty-eighth pass's last tester, M1). Summer time is read over
    the whole calendar year."""
    periods = law_periods(zone, first, last)
    assert len(periods) == 1 and periods[0]["observes_dst"] is True
    assert (periods[0]["from"], periods[0]["until"]) == (first.isoformat(), last.isoformat())
