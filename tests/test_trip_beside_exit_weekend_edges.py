"""A trip abroad right after a weekly VPN exit's weekend, no home login between (TRIP45). People are invented:
test_pacific_edge_short_trips' year at home (each day on its own zone's date), logins from Friday 19:00 to Sunday
through an exit abroad on home's clock, and one trip Monday to Wednesday lived on the destination's clock with logins
from the exit's own country; test_weekly_exit_short_trips' ``_trip_report`` (a 9-hour flight each way, home and trip
apart in time) for São Paulo.

1. An Auckland resident's US exit beside a Los Angeles trip 8–10 May read "United States 5–10 May 2023" (4 of 4
   seeds), a São Paulo resident's beside a New York trip likewise: the exit's weekend and the trip were one run of
   days there, and a country with a clock near home's (Honolulu's beside Auckland's, New York's beside São Paulo's)
   left a run of more than four days whole as a stay. The exit's own weekend at a run's first end is now the exit's
   (clock_exits._exit_weekend_first).
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from test_pacific_edge_short_trips import IPS, MAY_8, _person, _read
from test_weekly_exit_short_trips import SAO_PAULO, _trip_report, _trips

from dataexam.report import view
from dataexam.wording import in_text

for _cc, _ip in (("NZ", "49.224.0.1"), ("BR", "177.0.0.1"), ("MX", "189.130.0.4"), ("ES", "88.1.2.3")):
    IPS.setdefault(_cc, _ip)  # invented addresses, as the shared builders'
NAMES = {"US": "United States", "GB": "United Kingdom", "ES": "Spain"}
#: (home zone, home country, the weekend exit's country, the trip's zone): each trip to the exit's own country
NEAR = [("Pacific/Auckland", "NZ", "US", "America/Los_Angeles"), ("America/Sao_Paulo", "BR", "US", "America/New_York")]
#: homes whose exit the clock tells, beside whom the exit alone must stay no trip either
APART = [("America/Mexico_City", "MX", "ES", "Europe/Madrid"), ("America/Sao_Paulo", "BR", "GB", "Europe/London")]


def _assert_trip(r, home: str, exit_cc: str, first: date, last: date) -> None:
    assert _read(r)[:3] == (home, [exit_cc], [(exit_cc, first.isoformat(), last.isoformat())])
    trips = r.finding("trips")
    assert view.headline(trips.to_dict()) == \
        f"1 trip abroad: {in_text(NAMES[exit_cc])} {first.day}–{last.day} May 2023."
    # the exit is still set aside, and said so
    assert any(f"logins from {in_text(NAMES[exit_cc])} set aside" in c for c in trips.caveats)


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize(("zone", "home", "exit_cc", "there"), NEAR)
def test_a_trip_right_after_the_exit_s_weekend_keeps_its_own_days(zone: str, home: str, exit_cc: str, there: str,
                                                                  seed: int) -> None:
    # before: "1 trip abroad: United States 5–10 May 2023." (every seed)
    first, last = MAY_8, MAY_8 + timedelta(days=2)
    _assert_trip(_person(seed, zone, home, exit_cc, (there, exit_cc, first, last)), home, exit_cc, first, last)


def test_a_sao_paulo_resident_s_flight_after_the_exit_s_weekend_keeps_the_trip_s_days() -> None:
    # home and trip apart in time, out on a 9-hour flight late on Sunday night; before: "United States 5–10 May"
    r = _trip_report(SAO_PAULO, MAY_8, MAY_8 + timedelta(days=2))
    assert _trips(r) == [("US", "2023-05-08", "2023-05-10")]
    assert [e["country"] for e in r.finding("home").value["proxy_exits"]] == ["US"]
    assert view.headline(r.finding("trips").to_dict()) == "1 trip abroad: the United States 8–10 May 2023."


@pytest.mark.parametrize("seed", [1, 2])
@pytest.mark.parametrize(("zone", "home", "exit_cc"), sorted({c[:3] for c in NEAR + APART}))
def test_the_exit_alone_stays_no_trip(zone: str, home: str, exit_cc: str, seed: int) -> None:
    r = _person(seed, zone, home, exit_cc, None)
    assert _read(r)[:3] == (home, [exit_cc], [])
    trips = r.finding("trips")
    assert view.headline(trips.to_dict()) == "No trips abroad seen."
    assert any(f"logins from {in_text(NAMES[exit_cc])} set aside" in c for c in trips.caveats)
