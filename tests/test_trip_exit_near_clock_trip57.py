"""A weekly VPN exit left on past its weekend on a clock near home's, with no journey beside it (TRIP57; T55A 5).

People are invented: an exit-only resident of Auckland (test_weekly_exit_short_trips' ``HOMES``; Kolkata's, whose UK
exit the clock tells, beside it) — eight tweets a day on home's clock all year, home's logins on weekdays, the
exit's (the US, the UK) from Friday evening to Sunday; on four Thursdays (9 Mar, 11 May, 17 Aug, 9 Nov 2023) the
exit is switched on from Thursday evening and kept on all Friday. No flight, no silence, home's clock every day.

Before: "No trips abroad seen." went from high to medium with four caveats "Your VPN's exit in the United States was
also in use on Fri 12 May 2023, outside its usual weekend hours; on a clock this near yours those days may have
been a trip." (moves._exit_off_weekend's near-clock reading of an exit told by distance alone, new with TRIP56). A
trip there has a journey beside it: its flight's silence or its days on the country's clock
(clock_exits.journey_beside); without either that reading now stays silent. The trips beside a journey are still
said (test_trip_near_clock_weekend_trip56). An exit told by the week (São Paulo's, Johannesburg's) keeps TRIP51's
reading of its days left on, "No trips abroad seen." at medium with the days said (test_trip_exit_left_on_trip51).

TRIP57's grid (homes Auckland, Sydney, Tokyo, London, New York × a weekly exit to the trip's country or none × no
trip, this exit left on, trips Thu–Fri, Fri–Sun, Sat–Sun, Tue–Wed, Tue–Fri × a near and a far clock; 74 rows): right
47 → 48 (this one), nothing else moved.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from functools import cache
from zoneinfo import ZoneInfo

import pytest
from test_inference_synth import Stream, local
from test_weekly_exit_short_trips import APART, HOMES, _login

from dataexam.inference import infer
from dataexam.report import view

EARLY = (date(2023, 3, 9), date(2023, 5, 11), date(2023, 8, 17), date(2023, 11, 9))


@cache
def _left_on(zone: str):
    """A year at home in ``zone`` behind a weekly exit, left on from Thursday evening to Friday on ``EARLY``."""
    cc, exit_, _there = (HOMES | APART)[zone]
    home_z = ZoneInfo(zone)
    s, rng, ev = Stream("x.zip"), random.Random(5), []
    for i in range(364):
        d = date(2023, 1, 2) + timedelta(days=i)
        wd = d.weekday()
        if d - timedelta(days=1) in EARLY:  # the whole Friday behind the exit
            hours = [(h, exit_) for h in (10.0, 14.0, 19.0, 23.0)]
        elif wd == 4 or d in EARLY:  # the exit from the evening on
            hours = [(8.8, cc), (14.2, cc), (19.0, exit_), (22.5, exit_)]
        elif wd < 5:
            hours = [(8.8, cc), (14.2, cc), (23.0, cc)]
        else:
            hours = [(h, exit_) for h in (10.0, 14.0, 19.0, 23.0)]
        ev += [s.ev(local(home_z, d, rng.uniform(7.0, 23.5)), "twitter.tweet", "Cooking pasta tonight")
               for _ in range(8)]
        ev += [_login(s, zone, d, h, c) for h, c in hours]
    return infer(sorted(ev, key=lambda e: e.sort_key), now=datetime(2024, 1, 7, tzinfo=UTC))


@pytest.mark.parametrize("zone", ["Pacific/Auckland", "Asia/Kolkata"])
def test_the_exit_left_on_thursday_to_friday_is_no_trip_at_high(zone: str) -> None:
    r = _left_on(zone)
    f = r.finding("trips")
    cc, exit_, _there = (HOMES | APART)[zone]
    assert r.finding("home").value["country"] == cc
    assert [e["country"] for e in r.finding("home").value["proxy_exits"]] == [exit_]
    # before (Auckland): medium, four "… those days may have been a trip."; Kolkata's unchanged
    assert f.value == []
    assert view.headline(f.to_dict()) == "No trips abroad seen."
    assert str(f.confidence) == "high"
    assert not any("may have been a trip" in c for c in f.to_dict().get("caveats") or [])
