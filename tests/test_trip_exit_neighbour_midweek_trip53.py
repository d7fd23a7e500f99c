"""A weekly VPN exit in a neighbouring country, and one switched on midweek (TRIP53).

People are invented: test_pacific_edge_short_trips' day builder (8 posts a day awake, a working day's 09–17 mostly
quiet), a year at home with logins at 08:48, 14:12 and 23:00, an exit from Friday 19:00 to Sunday 23:00 on home's
clock every week, and the exit also on all day on a few weekdays, home's clock kept (no trip at all).

1. A Lisbon resident's Spanish exit and a Mexico City resident's US one were no exit: ``near_weekly`` wants every
   clock of the country 1 h or more from home's, and Spain's Canary clock is Lisbon's, US Mountain Mexico City's in
   May (Central in winter). Their weekends read "Your weekends in the United States (52 of 52 weekends with a
   record) are a second home, not trips." and the exit left on Monday and Tuesday "1 trip abroad: United States
   8–9 May 2023." (high). Those clocks are a flight away (the Canaries 1,270 km off Lisbon, Denver 2,300 km off
   Mexico City: ``clock_exits.weekend_shifts``); a Berliner's Polish weekends (Warsaw 520 km) stay a second home.
2. The exit switched on on Tuesday and Wednesday alone, between days at home, read "1 trip abroad: United Kingdom
   9–10 May 2023." at high: its days fit home's clock as well as the country's and no journey lies beside them, so
   the trip is kept (a real midweek trip reads the same) but said at medium with a caveat.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from functools import cache
from zoneinfo import ZoneInfo

import pytest
from test_pacific_edge_short_trips import FIRST, IPS, NOW, Stream, _day, _read

from dataexam.inference import infer
from dataexam.inference.clock_exits import weekend_shifts
from dataexam.report import view

for _cc, _ip in (("GB", "81.2.69.142"), ("ZA", "41.0.0.1"), ("ES", "88.1.2.3"), ("PT", "85.241.0.7"),
                 ("MX", "189.130.0.4"), ("PL", "83.0.0.1")):
    IPS.setdefault(_cc, _ip)  # invented addresses, as the shared builders'


@cache
def _person(zone: str, home: str, cc: str, on: tuple[int, ...] = ()):
    """A year at ``zone`` (home country ``home``), the exit in ``cc`` every weekend and all day on the May ``on``
    days, home's clock kept throughout."""
    rng, s, ev = random.Random(1), Stream("x.zip"), []
    left_on = {date(2023, 5, d) for d in on}
    for i in range(364):
        d = FIRST + timedelta(days=i)
        wd = d.weekday()
        hours = (8.8, 14.2, 23.0) if wd < 5 else (10.0, 14.0, 19.0, 23.0)
        if d in left_on:
            ev += _day(rng, s, zone, d, [(h, cc) for h in hours])
        elif wd == 4:
            ev += _day(rng, s, zone, d, [(8.8, home), (14.2, home), (19.0, cc), (22.5, cc)])
        else:
            ev += _day(rng, s, zone, d, [(h, cc if wd >= 5 else home) for h in hours])
    return infer(sorted(ev, key=lambda e: e.sort_key), now=NOW)


NEIGHBOURS = [("Europe/Lisbon", "PT", "ES", "Spain"), ("America/Mexico_City", "MX", "US", "the United States")]


@pytest.mark.parametrize(("zone", "home", "cc", "in_text"), NEIGHBOURS)
def test_a_neighbouring_country_s_exit_left_on_past_its_weekend_is_no_trip(zone: str, home: str, cc: str,
                                                                           in_text: str) -> None:
    # before: exits [] and "1 trip abroad: … 8–9 May 2023. Your weekends in … are a second home, not trips." (high)
    r = _person(zone, home, cc, (8, 9))
    assert _read(r) == (home, [cc], [], "medium")
    trips = r.finding("trips")
    assert view.headline(trips.to_dict()) == "No trips abroad seen."
    assert "second home" not in trips.summary
    assert [c for c in trips.caveats if c.startswith("Your VPN's exit")] == [
        f"Your VPN's exit in {in_text} was also in use on Mon 8 – Tue 9 May 2023, outside its usual weekend hours; "
        "on a clock this near yours those days may have been a trip."]


@pytest.mark.parametrize(("zone", "home", "cc", "in_text"), NEIGHBOURS)
def test_a_neighbouring_country_s_exit_every_weekend_is_an_exit(zone: str, home: str, cc: str, in_text: str) -> None:
    # before: "No trips abroad seen. Your weekends in … (52 of 52 weekends with a record) are a second home, not trips."
    r = _person(zone, home, cc)
    assert _read(r) == (home, [cc], [], "high")
    assert view.headline(r.finding("trips").to_dict()) == "No trips abroad seen."
    assert "second home" not in r.finding("trips").summary


def test_the_clocks_a_weekend_reaches() -> None:
    mid = date(2023, 5, 10).toordinal() * 24 + 12
    # Lisbon (UTC+1 in May): Spain's mainland +1, the Canaries' 0 an island's, 1,270 km off
    assert weekend_shifts("PT", "ES", ZoneInfo("Europe/Lisbon"), 1.0, [0.0, 1.0], mid) == [1.0]
    # Mexico City (UTC−6): US Mountain's 0 is Denver's, 2,300 km off; Pacific, Central, Eastern … stay
    assert weekend_shifts("MX", "US", ZoneInfo("America/Mexico_City"), -6.0, [-1.0, 0.0, 1.0, 2.0], mid) == [
        -1.0, 1.0, 2.0]
    # Berlin: Poland's one clock, Berlin's, is Warsaw's, 520 km off — a weekend home there stays one
    assert weekend_shifts("DE", "PL", ZoneInfo("Europe/Berlin"), 2.0, [0.0], mid) == [0.0]


def test_a_weekend_home_across_a_border_on_home_s_clock_stays_within_reach() -> None:
    # T52B 1: by the zones' principal places alone, Hong Kong's Chinese clock was Shanghai's (1,231 km) and a
    # Shenzhen weekend home every week read a VPN exit at high; the country's towns on that clock are read instead
    mid = date(2023, 5, 10).toordinal() * 24 + 12
    assert weekend_shifts("HK", "CN", ZoneInfo("Asia/Hong_Kong"), 8.0, [0.0], mid) == [0.0]  # Shenzhen, 30 km
    # Matamoros (UTC−5 in May, US rules): Brownsville's Central clock, across the river
    assert weekend_shifts("MX", "US", ZoneInfo("America/Matamoros"), -5.0, [-1.0, 0.0, 1.0, 2.0], mid) == [
        -1.0, 0.0, 1.0, 2.0]
    # Montevideo (UTC−3): Brazil's southern towns (Chuí's, ≈ 300 km) keep São Paulo's clock
    assert weekend_shifts("UY", "BR", ZoneInfo("America/Montevideo"), -3.0, [0.0, -1.0], mid) == [0.0, -1.0]
    # T52C 1: from Buenos Aires the same towns lie ≈ 480 km off — a weekly Brazilian exit, not a weekend home
    assert weekend_shifts("AR", "BR", ZoneInfo("America/Argentina/Buenos_Aires"), -3.0, [0.0, -1.0], mid) == [-1.0]


def test_the_exit_switched_on_midweek_is_never_a_trip_at_high() -> None:
    # before: "1 trip abroad: United Kingdom 9–10 May 2023." (high), nothing said of the exit
    r = _person("Africa/Johannesburg", "ZA", "GB", (9, 10))
    assert _read(r) == ("ZA", ["GB"], [("GB", "2023-05-09", "2023-05-10")], "medium")
    trips = r.finding("trips")
    assert view.headline(trips.to_dict()) == "1 trip abroad: the United Kingdom 9–10 May 2023."
    assert [c for c in trips.caveats if "switched on" in c] == [
        "Your trip to the United Kingdom (9 May 2023 to 10 May 2023) is seen only through logins from there, in your "
        "usual hours on a clock this near yours and with no journey in the records: it may have been your VPN's exit "
        "there switched on outside its weekends."]
