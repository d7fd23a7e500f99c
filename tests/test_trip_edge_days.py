"""A holiday's first and last days beside a weekly VPN exit to the same country (pass 40, T39's WEEKX near misses and
T38 M1). People are invented: test_far_weekend_exit's year at home, a US (or UK) exit from Friday evening to Sunday
night, a holiday there out after a morning at home on its first day and home the day after its last.

1. A Sydney resident's Los Angeles holiday 9–14 May (Tuesday to Sunday) read "9–13 May": the tester's Sunday in Los
   Angeles is followed by a Monday morning login in Sydney too soon for the flight, so its logins were set aside as
   the exit's by distance; a stay's logins within a day of its others, no home login between, are its own
   (proxies._stay_ends).
2. A São Paulo resident's New York holiday 9–14 May read "10–14 May": clocks an hour apart cannot tell a day on home's
   clock from one there, yet its Tuesday and Wednesday were cut as the exit's; with clocks that near the stay runs from
   the last login at home to the next (clock_exits._clock_exit_slots). Since TRIP50 its Saturday and Sunday, which
   read as the exit's weekend does, are said as untold: "9–12 May" at medium, a caveat that it may have lasted to 14.
3. A Berlin night worker's New York holiday 3–12 Oct (a day person there) read "3–13 Oct": the exit's Friday right
   after it shared its last UTC day; the stay's last days are now cut on the waking days home's quiet hours end
   (tests/test_vpn_weekend_regressions).
"""

from __future__ import annotations

from datetime import date

import pytest
from test_far_weekend_exit import PEOPLE, _report, _trips

from dataexam.report import view
from dataexam.wording import in_text

PEOPLE.setdefault("Australia/Sydney", ("AU", "US", "America/Los_Angeles"))  # the shared table, with this person
HOLIDAY = (date(2023, 5, 9), date(2023, 5, 14))  # a Tuesday to the Sunday, the exit's last day of the week
NAME = {"US": "United States", "GB": "United Kingdom"}


@pytest.mark.parametrize("zone", ["Australia/Sydney", "Europe/Berlin"])
def test_a_holiday_ending_on_the_exit_s_sunday_keeps_its_first_and_last_days(zone: str) -> None:
    cc, exit_, _there = PEOPLE[zone]
    r = _report(zone, exit_, HOLIDAY)
    assert r.finding("home").value["country"] == cc
    assert [e["country"] for e in r.finding("home").value["proxy_exits"]] == [exit_]
    # before: Sydney "United States 9–13 May 2023", São Paulo "United States 10–14 May 2023"
    assert _trips(r) == [(exit_, "2023-05-09", "2023-05-14")]
    assert view.headline(r.finding("trips").to_dict()) == f"1 trip abroad: {in_text(NAME[exit_])} 9–14 May 2023."


@pytest.mark.parametrize("zone", ["America/Sao_Paulo", "Africa/Johannesburg"])
def test_a_holiday_ending_on_the_exit_s_sunday_on_a_near_clock_says_its_weekend_is_untold(zone: str) -> None:
    # "9–14 May 2023" (high) until TRIP50: on a clock an hour from home's the holiday's Saturday and Sunday there read
    # as the exit's weekend does, and a trip Tuesday to Friday with the exit's weekend after it read "9–14" too (the
    # Johannesburg resident's London Wednesday to Friday "10–14 May"); the days the records can tell, at medium
    cc, exit_, _there = PEOPLE[zone]
    r = _report(zone, exit_, HOLIDAY)
    assert r.finding("home").value["country"] == cc
    assert _trips(r) == [(exit_, "2023-05-09", "2023-05-12")]
    trips = r.finding("trips")
    assert str(trips.confidence) == "medium"
    assert view.headline(trips.to_dict()) == f"1 trip abroad: {in_text(NAME[exit_])} 9–12 May 2023."
    assert [c for c in trips.caveats if c.startswith("Your trip to")] == [
        f"Your trip to {in_text(NAME[exit_])} (9 May 2023 to 12 May 2023) lies beside the logins of your weekly VPN "
        "exit there, with no record at home between, on a clock too near yours to tell them apart: the days shown are "
        "those the records can tell, and it may have lasted to 14 May 2023."]
