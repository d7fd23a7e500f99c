"""Short trips beside a weekly VPN exit on a clock near home's (TRIP49, after TRIP48's near-clock grid). People are
invented (tests/test_pacific_edge_short_trips's builder): a year at home on its clock, the exit's logins Friday
19:00 and 22:30 and all weekend, one trip in May lived on the destination's clock with logins from there.

1. A Sydney or Melbourne resident's Auckland trip Wednesday to Friday beside a NZ exit read "New Zealand 10–14 May
   2023" (all seeds): the exit's usual days were counted on UTC days (Saturday alone), and UTC Saturday, Sunday on
   Auckland's date at its middle, was joined on as a day lived there; the exit's Friday 22:30 at home (Auckland's
   Saturday 00:30) and its Saturday stayed in the trip. An Auckland resident's Sydney trip beside an AU exit read
   "Australia 10–13 May". The exit's usual days are now counted on home's own days, and the stay ends with home's
   last day before the exit's weekend, on the near clock's date.
   Such a trip is told at medium since TRIP50 (tests/test_trip_beside_near_exit_untold.py): the exit's weekend
   after it may hold the trip's own days, which the records cannot tell from the exit's.
2. The exit alone stays set aside: "No trips abroad seen."
"""

from __future__ import annotations

from datetime import date

import pytest
from test_pacific_edge_short_trips import IPS, _person, _read

from dataexam.report import view
from dataexam.wording import in_text

IPS.update({"AU": "1.128.0.1", "NZ": "49.224.0.1"})
NAMES = {"AU": "Australia", "NZ": "New Zealand"}
AUCKLAND, SYDNEY = "Pacific/Auckland", "Australia/Sydney"

#: (home zone, home country, the exit's and the trip's country, the trip's zone)
NEAR = [(SYDNEY, "AU", "NZ", AUCKLAND), ("Australia/Melbourne", "AU", "NZ", AUCKLAND),
        (AUCKLAND, "NZ", "AU", SYDNEY)]


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize(("zone", "home", "cc", "there"), NEAR)
def test_a_near_trip_wednesday_to_friday_ends_before_the_exit_weekend(zone: str, home: str, cc: str, there: str,
                                                                      seed: int) -> None:
    # before: "New Zealand 10–14 May 2023" (Sydney, Melbourne), "Australia 10–13 May 2023" (Auckland); high until
    # TRIP50: the exit's weekend right after it, no home login between, on a clock too near to tell, may hold the
    # trip's own Saturday and Sunday, so the days told are said to be those, at medium
    r = _person(seed, zone, home, cc, (there, cc, date(2023, 5, 10), date(2023, 5, 12)))
    assert _read(r) == (home, [cc], [(cc, "2023-05-10", "2023-05-12")], "medium")
    assert view.headline(r.finding("trips").to_dict()) == f"1 trip abroad: {in_text(NAMES[cc])} 10–12 May 2023."
    assert [c for c in r.finding("trips").caveats if c.startswith("Your trip to")] == [
        f"Your trip to {in_text(NAMES[cc])} (10 May 2023 to 12 May 2023) lies beside the logins of your weekly VPN "
        "exit there, with no record at home between, on a clock too near yours to tell them apart: the days shown are "
        "those the records can tell, and it may have lasted to 14 May 2023."]


@pytest.mark.parametrize("seed", [1, 2])
@pytest.mark.parametrize(("zone", "home", "cc"), [(z, h, c) for z, h, c, _ in NEAR])
def test_the_near_weekly_exit_alone_is_no_trip(zone: str, home: str, cc: str, seed: int) -> None:
    r = _person(seed, zone, home, cc, None)
    assert _read(r) == (home, [cc], [], "high")
    assert view.headline(r.finding("trips").to_dict()) == "No trips abroad seen."
