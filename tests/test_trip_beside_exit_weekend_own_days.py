"""A trip abroad beside a weekly VPN exit's weekend, or a weekend second home's, keeps its own days (TRIP46). People
are invented: test_pacific_edge_short_trips' year at home (each day on its own zone's date), logins from Friday 19:00
to Sunday through an exit abroad, one trip lived on the destination's clock with logins from the exit's own country.

1. Weekends in a country on home's own clock (Lisbon and the UK, Madrid and Germany, Vancouver or Toronto and the
   US) are a weekend second home, not an exit: nothing in the activity tells them apart. A London trip Monday to
   Wednesday right after such a weekend, no record at home between, read "1 trip abroad: United Kingdom 5–10 May
   2023" (every seed); a Berlin trip Tuesday to Thursday before one "Germany 9–14 May". The weekend home's weekend
   at a run's ends is now the weekend's (moves._off_weekend_home); the weekend home is still said.
2. A neighbour's exit, clocks two hours apart (a Sydney or Brisbane resident's New Zealand exit, an Auckland
   resident's Australian one): an Auckland trip Monday to Wednesday read "New Zealand 7–10 May" (Sydney's Sunday
   behind the exit is New Zealand's Sunday too); the exit's weekend before a short stay is now cut as a long one's
   (clock_exits._off_exit_weekend).
3. A Honolulu resident's Berlin or London trip Wednesday to Friday, home on Saturday behind the German or British
   exit at 10:00, read "Germany 10–14 May" on some seeds: the exit's Saturday shares its UTC day with the trip's
   last night. The exit's days after a short stay on a clock apart from home's, on home's clock, are now the exit's
   (clock_exits._exit_days_at_end).
Each time the exit alone (or the weekend home alone) stays "No trips abroad seen."
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from test_pacific_edge_short_trips import IPS, MAY_8, _person, _read

from dataexam.inference.moves import _off_weekend_home
from dataexam.report import view
from dataexam.wording import in_text

for _cc, _ip in (("NZ", "49.224.0.1"), ("PT", "85.240.0.1"), ("ES", "88.1.2.3"), ("CA", "24.114.0.1"),
                 ("AU", "1.120.0.1")):
    IPS.setdefault(_cc, _ip)  # invented addresses, as the shared builders'
NAMES = {"US": "United States", "GB": "United Kingdom", "DE": "Germany", "NZ": "New Zealand", "AU": "Australia"}

#: (home zone, home country, the weekend country, the trip's zone): the weekend country's clock is home's
SAME_CLOCK = [("Europe/Lisbon", "PT", "GB", "Europe/London"), ("Europe/Madrid", "ES", "DE", "Europe/Berlin"),
              ("America/Toronto", "CA", "US", "America/New_York")]
#: Vancouver's US weekends alike; its Los Angeles trip Monday to Wednesday ends "11 May" with no exit at all (the
#: last login, 23:00 there, dated the next day): left out of the trips' dates here
SAME_CLOCK_HOMES = [c[:3] for c in SAME_CLOCK] + [("America/Vancouver", "CA", "US")]
#: (home zone, home country, the exit's country, the trip's zone): clocks two hours apart, too near to tell
NEIGHBOURS = [("Australia/Sydney", "AU", "NZ", "Pacific/Auckland"),
              ("Australia/Brisbane", "AU", "NZ", "Pacific/Auckland"),
              ("Pacific/Auckland", "NZ", "AU", "Australia/Sydney")]
#: (home zone, home country, the exit's country, the trip's zone): clocks twelve hours apart or so
FAR = [("Pacific/Honolulu", "US", "DE", "Europe/Berlin"), ("Pacific/Honolulu", "US", "GB", "Europe/London")]


def _weekend_sentence(cc: str) -> str:
    return f"Your weekends in {in_text(NAMES[cc])} (52 of 52 weekends with a record) are a second home, not trips."


def _headline(r) -> str:
    return view.headline(r.finding("trips").to_dict())


def _assert_exit_trip(r, home: str, exit_cc: str, first: date, last: date) -> None:
    assert _read(r)[:3] == (home, [exit_cc], [(exit_cc, first.isoformat(), last.isoformat())])
    assert _headline(r) == f"1 trip abroad: {in_text(NAMES[exit_cc])} {first.day}–{last.day} May 2023."
    # the exit is still set aside, and said so
    assert any(f"logins from {in_text(NAMES[exit_cc])} set aside" in c for c in r.finding("trips").caveats)


@pytest.mark.parametrize("seed", [1, 2])
@pytest.mark.parametrize(("zone", "home", "cc", "there"), SAME_CLOCK)
def test_a_trip_after_a_weekend_home_s_weekend_keeps_its_own_days(zone: str, home: str, cc: str, there: str,
                                                                 seed: int) -> None:
    # before: "1 trip abroad: United Kingdom 5–10 May 2023." (the weekend's Friday evening to Sunday glued on)
    r = _person(seed, zone, home, cc, (there, cc, MAY_8, MAY_8 + timedelta(days=2)))
    assert _read(r) == (home, [], [(cc, "2023-05-08", "2023-05-10")], "high")
    assert _headline(r) == f"1 trip abroad: {in_text(NAMES[cc])} 8–10 May 2023. {_weekend_sentence(cc)}"


@pytest.mark.parametrize(("zone", "home", "cc", "there", "start"), [(*SAME_CLOCK[1], 1), (*SAME_CLOCK[2], 2)])
def test_a_trip_before_a_weekend_home_s_weekend_keeps_its_own_days(zone: str, home: str, cc: str, there: str,
                                                                  start: int) -> None:
    # Tuesday to Thursday, Wednesday to Friday; before: "1 trip abroad: Germany 9–14 May 2023." (the weekend glued on)
    first, last = MAY_8 + timedelta(days=start), MAY_8 + timedelta(days=start + 2)
    r = _person(1, zone, home, cc, (there, cc, first, last))
    assert _headline(r) == \
        f"1 trip abroad: {in_text(NAMES[cc])} {first.day}–{last.day} May 2023. {_weekend_sentence(cc)}"


@pytest.mark.parametrize("seed", [1, 2])
@pytest.mark.parametrize(("zone", "home", "cc"), SAME_CLOCK_HOMES)
def test_the_weekend_home_alone_stays_no_trip(zone: str, home: str, cc: str, seed: int) -> None:
    r = _person(seed, zone, home, cc, None)
    assert _read(r) == (home, [], [], "high")
    assert _headline(r) == f"No trips abroad seen. {_weekend_sentence(cc)}"


@pytest.mark.parametrize("seed", [1, 2])
@pytest.mark.parametrize(("zone", "home", "exit_cc", "there"), NEIGHBOURS)
def test_a_trip_after_a_neighbour_s_exit_weekend_keeps_its_own_days(zone: str, home: str, exit_cc: str, there: str,
                                                                   seed: int) -> None:
    # before: "1 trip abroad: New Zealand 7–10 May 2023." (Sydney, Brisbane), "Australia 6–10 May" (Auckland)
    first, last = MAY_8, MAY_8 + timedelta(days=2)
    _assert_exit_trip(_person(seed, zone, home, exit_cc, (there, exit_cc, first, last)), home, exit_cc, first, last)


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
@pytest.mark.parametrize(("zone", "home", "exit_cc", "there"), FAR)
def test_a_trip_before_a_far_exit_s_weekend_keeps_its_own_days(zone: str, home: str, exit_cc: str, there: str,
                                                              seed: int) -> None:
    # Wednesday to Friday, home on Saturday behind the exit; before: "Germany 10–14 May" on seeds 2 and 4
    first, last = MAY_8 + timedelta(days=2), MAY_8 + timedelta(days=4)
    _assert_exit_trip(_person(seed, zone, home, exit_cc, (there, exit_cc, first, last)), home, exit_cc, first, last)


@pytest.mark.parametrize("seed", [1, 2])
@pytest.mark.parametrize(("zone", "home", "exit_cc"), [c[:3] for c in NEIGHBOURS + FAR])
def test_the_exit_alone_stays_no_trip(zone: str, home: str, exit_cc: str, seed: int) -> None:
    r = _person(seed, zone, home, exit_cc, None)
    assert _read(r) == (home, [exit_cc], [], "high")
    assert _headline(r) == "No trips abroad seen."
    assert any(f"logins from {in_text(NAMES[exit_cc])} set aside" in c for c in r.finding("trips").caveats)


def _days(first: int, last: int) -> list[date]:
    return [date(2023, 5, d) for d in range(first, last + 1)]


def test_off_weekend_home_cuts_the_weekend_at_either_end() -> None:
    at_home = {date(2023, 5, 5), date(2023, 5, 12)}  # the Fridays: a day at home, the evening there
    # Friday 5 to Wednesday 10: Monday to Wednesday are the trip's
    assert _off_weekend_home(_days(5, 10), at_home.__contains__) == (3, 6)
    # Tuesday 9 to Sunday 14: Tuesday to Thursday
    assert _off_weekend_home(_days(9, 14), at_home.__contains__) == (0, 3)
    # a Friday there alone is the trip's own: Wednesday 10 to Friday 12, the weekend after it cut
    assert _off_weekend_home(_days(10, 14), set().__contains__) == (0, 3)
    # nothing to cut, or no weekday left: None
    assert _off_weekend_home(_days(8, 10), at_home.__contains__) is None
    assert _off_weekend_home(_days(12, 14), at_home.__contains__) is None
