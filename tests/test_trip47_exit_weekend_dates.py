"""A trip's dates are its own days beside a weekly exit or a weekend home (TRIP47, TESTER46B's findings 1 and 3).
People are invented with the builder of test_pacific_edge_short_trips: a year at home on its clock, one trip in May
2023 lived on the destination's clock with logins from there.

1. Toronto, Vancouver (read on Toronto's clock) or Mexico City, a Los Angeles trip Monday to Wednesday, with or
   without US weekends (a second home): "1 trip abroad: United States 8–11 May 2023". The US keeps a clock of the
   chosen zone's (Eastern, Mountain), so its records were dated on home's clock, where Los Angeles' 23:00 logins are
   past midnight; the run is now read on the US clock with the fewest records in the night
   (moves._stay_clocks).
2. Tokyo or Seoul + a US exit Friday evening to Sunday, a Los Angeles trip Wednesday to Friday: "United States
   10–13 May" at 3 of 4 seeds; the exit's Saturday 19:00 at home (Los Angeles' 03:00), in the night after the trip's
   last day and no night slept there, joined the stay (clock_exits._clock_exit_slots).
The exit or the weekend home alone stays "No trips abroad seen", the exit still set aside.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_pacific_edge_short_trips import IPS, _person, _read

from dataexam.report import view

IPS.update({"CA": "24.114.0.1", "MX": "189.130.0.4", "KR": "1.208.0.1"})
HOMES = {"America/Toronto": "CA", "America/Vancouver": "CA", "America/Mexico_City": "MX", "Asia/Tokyo": "JP",
         "Asia/Seoul": "KR"}
WEEKENDS = ("Your weekends in the United States (52 of 52 weekends with a record) are a second home, not trips.")


@pytest.mark.parametrize("seed", [1, 2])
@pytest.mark.parametrize(("zone", "weekends"), [("America/Toronto", None), ("America/Toronto", "US"),
                                                ("America/Vancouver", None), ("America/Mexico_City", None)])
def test_a_los_angeles_trip_ends_on_its_own_last_day(zone: str, weekends: str | None, seed: int) -> None:
    r = _person(seed, zone, HOMES[zone], weekends, ("America/Los_Angeles", "US", date(2023, 5, 8), date(2023, 5, 10)))
    # before: [('US', '2023-05-08', '2023-05-11')], "1 trip abroad: United States 8–11 May 2023."
    assert _read(r) == (HOMES[zone], [], [("US", "2023-05-08", "2023-05-10")], "high")
    said = view.headline(r.finding("trips").to_dict())
    assert said == "1 trip abroad: the United States 8–10 May 2023." + (f" {WEEKENDS}" if weekends else "")


@pytest.mark.parametrize("seed", [1, 2])
@pytest.mark.parametrize("zone", ["Asia/Tokyo", "Asia/Seoul"])
def test_a_trip_ending_before_the_exit_s_weekend_keeps_its_last_day(zone: str, seed: int) -> None:
    r = _person(seed, zone, HOMES[zone], "US", ("America/Los_Angeles", "US", date(2023, 5, 10), date(2023, 5, 12)))
    # before: "1 trip abroad: United States 10–13 May 2023."
    assert _read(r) == (HOMES[zone], ["US"], [("US", "2023-05-10", "2023-05-12")], "high")
    assert view.headline(r.finding("trips").to_dict()) == "1 trip abroad: the United States 10–12 May 2023."
    assert any("logins from the United States set aside" in c for c in r.finding("trips").caveats)


@pytest.mark.parametrize("seed", [1, 2])
@pytest.mark.parametrize("zone", ["America/Toronto", "Asia/Tokyo", "Asia/Seoul"])
def test_the_exit_or_the_weekend_home_alone_is_no_trip(zone: str, seed: int) -> None:
    r = _person(seed, zone, HOMES[zone], "US", None)
    exits = [] if zone == "America/Toronto" else ["US"]  # Toronto's US weekends: a second home, no exit
    assert _read(r) == (HOMES[zone], exits, [], "high")
    said = view.headline(r.finding("trips").to_dict())
    assert said == "No trips abroad seen." + (f" {WEEKENDS}" if not exits else "")
    if exits:
        assert any("logins from the United States set aside" in c for c in r.finding("trips").caveats)
