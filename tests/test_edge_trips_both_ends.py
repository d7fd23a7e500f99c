"""Short trips at both ends of an export are trips, never the home (pass 38, T38 H2).

A Berlin resident with 3 days in New York on the export's first days (2–4 Jan 2023) and 3 on its last (29–31 Dec
2024), no VPN, read "You most likely live in United States" (low) and "1 trip abroad: Germany 5 Jan 2023 – 28 Dec
2024", though the logins were DE 2,380 to US 17; a week or a fortnight at each end, and a Tokyo resident's weeks in
Los Angeles, the same. The home's day count sets aside an unbroken stay abroad with one other country's days on both
sides (place._bracketed_stays: six weeks in Portugal are no rival home), and the two years in Germany, between the two
US edges, were such a "stay". A run holding more days than the country around it is the home now. A trip at only the
start or only the end was right before, and stays so; a real move near the export's end (five months in New York to
its last day) stays a move.

People are invented: tests/test_southern_vpn_weekends' two years at home, no VPN, trips to the US on its clock.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from test_inference_synth import Stream
from test_southern_vpn_weekends import (
    BERLIN,
    DAYS,
    FIRST,
    LOS_ANGELES,
    NEW_YORK,
    NOW,
    SYDNEY,
    _home_day,
    _logins,
    _part,
    _trips,
)

from dataexam.inference import infer

TOKYO = "Asia/Tokyo"
LAST = FIRST + timedelta(days=DAYS - 1)  # 31 Dec 2024
#: zone → (home country, its name, where the trips go)
HOME = {BERLIN: ("DE", "Germany", NEW_YORK), TOKYO: ("JP", "Japan", LOS_ANGELES),
        SYDNEY: ("AU", "Australia", LOS_ANGELES)}


def _edges(zone: str, start: int, end: int, first: date = FIRST, days: int = DAYS, include_sensitive: bool = False):
    """Two years (``days`` from ``first``) at ``zone``, ``start`` days in the US from the export's first day and
    ``end`` to its last (0: none), whole days there on its clock (the tester's: no morning at home on the export's
    first day, no flight home on its last); otherwise out after a morning at home and home the day after the last
    there."""
    cc, _name, there = HOME[zone]
    last = first + timedelta(days=days - 1)
    trips = ((first, first + timedelta(days=start - 1)),) if start else ()
    trips += ((last - timedelta(days=end - 1), last),) if end else ()
    rng, s, ev = random.Random(7), Stream("x.zip"), []
    for i in range(days):
        d = first + timedelta(days=i)
        trip = next(((a, b) for a, b in trips if a <= d <= b), None)
        if trip and d == trip[0] != first:
            ev += (_part(rng, s, zone, d, 7.0, 9.5, 2) + _logins(s, zone, d, cc, (7.5,))
                   + _part(rng, s, there, d, 16.0, 23.5, 5) + _logins(s, there, d, "US", (17.0, 22.0)))
        elif trip and d == trip[1] != last:
            ev += _part(rng, s, there, d, 8.0, 19.0, 7) + _logins(s, there, d, "US", (9.0, 13.0, 18.0))
        else:
            ev += _home_day(rng, s, there if trip else zone, d, "US" if trip else cc)
    return infer(sorted(ev, key=lambda e: e.sort_key), now=NOW, include_sensitive=include_sensitive), trips


@pytest.mark.parametrize(("zone", "start", "end"), [
    *((zone, start, end) for zone in (BERLIN, TOKYO, SYDNEY)
      for start, end in ((7, 7), (14, 14), (7, 14), (14, 3), (7, 0), (0, 7), (0, 3))),
    (BERLIN, 3, 3), (BERLIN, 3, 14), (BERLIN, 3, 0)])
def test_short_stays_at_either_or_both_export_edges_are_trips(zone: str, start: int, end: int) -> None:
    # before (Berlin, 3 and 3): "You most likely live in United States." (low) and the trips
    # [("DE", "2023-01-05", "2024-12-28")]; the same for 7 and 14 days at each end and for Tokyo
    r, trips = _edges(zone, start, end)
    home = r.finding("home")
    cc, name, _there = HOME[zone]
    assert (home.value["country"], home.value.get("moved")) == (cc, None)
    assert home.summary.startswith(f"You most likely live in {name} (")
    assert "outside a stay" not in home.summary
    got = _trips(r)
    assert [t[0] for t in got] == ["US"] * len(trips)
    # each trip's first day is the export's first or its planted one; its last may run a day on (a late evening on
    # the Pacific clock is the next day on none, but a login after midnight there is)
    for (first, last), (_cc, a, b) in zip(trips, got, strict=True):
        assert a == first.isoformat()
        assert last.isoformat() <= b <= (last + timedelta(days=1)).isoformat()
    assert "trip" in r.finding("trips").summary and name not in r.finding("trips").summary


def test_a_move_near_the_export_s_end_stays_a_move() -> None:
    # control: Berlin to New York on 1 Aug 2024, five months there to the export's last day — a move, not a trip
    r, _ = _edges(BERLIN, 0, (LAST - date(2024, 8, 1)).days + 1)
    moved = r.finding("home").value.get("moved")
    assert moved is not None and (moved["from"], moved["to"]) == ("DE", "US")
    assert r.finding("home").value["country"] == "US"
