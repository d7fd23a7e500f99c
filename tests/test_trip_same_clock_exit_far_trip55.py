"""A weekly VPN exit in a neighbour on home's own clock whose towns on it all lie beyond a weekend's drive (TRIP55 1).

People are invented: test_pacific_edge_short_trips' day builder (8 posts a day awake), a year at home with logins at
08:48, 14:12 and 23:00 carrying the town Facebook writes beside them, and the other country's logins from Friday
19:00 to Sunday 23:00 every week, lived on ``there``'s clock.

Before: a Berlin resident's Swiss exit, a Rome resident's, a Córdoba resident's Uruguayan one read "No trips abroad
seen. Your weekends in Switzerland (52 of 52 weekends with a record) are a second home, not trips." at high, no exit
named: ``weekend_shifts`` left no clock of theirs (Switzerland's nearest town on Berlin's clock lies 600 km off, past
``NEAR_WEEKLY_SAME_CLOCK_KM``), so ``near_weekly`` was never asked. A weekend home every week lies within a drive:
such a country is read by the weeks, the distance telling what the clock cannot. A weekend home across the border on
the same clock (Como and Lugano, Buenos Aires and Colonia, Basel and Freiburg) stays a second home: a town of the
country on home's clock lies within reach of the town Facebook wrote beside home's logins.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from functools import cache
from zoneinfo import ZoneInfo

import pytest
from test_inference_synth import local
from test_pacific_edge_short_trips import FIRST, IPS, NOW, Stream, _day

from dataexam.inference import infer
from dataexam.report import view

for _cc, _ip in (("DE", "91.64.0.1"), ("CH", "178.82.0.1"), ("IT", "79.36.109.215"), ("AR", "181.46.138.1"),
                 ("UY", "179.24.0.1")):
    IPS.setdefault(_cc, _ip)  # invented addresses, as the shared builders'


@cache
def _person(zone: str, home: str, cc: str, there: str, town: str | None):
    """A year at ``zone`` (home country ``home``, ``town`` beside its logins; None: no town), ``cc``'s logins every
    weekend, lived on ``there``'s clock."""
    rng, s, ev = random.Random(1), Stream("x.zip"), []

    def day(z: str, d: date, logins: list[tuple[float, str]]) -> list:
        out = _day(rng, s, z, d, [])
        for h, c in logins:
            kw = {"ip": IPS[c], **({"city": town} if c == home and town else {})}
            out.append(s.ev(local(ZoneInfo(z), d, h), "facebook.login", None, **kw))
        return out

    for i in range(364):
        d = FIRST + timedelta(days=i)
        wd = d.weekday()
        hours = (8.8, 14.2, 23.0) if wd < 5 else (10.0, 14.0, 19.0, 23.0)
        if wd == 4:
            ev += day(zone, d, [(8.8, home), (14.2, home), (19.0, cc), (22.5, cc)])
        elif wd >= 5:
            ev += day(there, d, [(h, cc) for h in hours])
        else:
            ev += day(zone, d, [(h, home) for h in hours])
    return infer(sorted(ev, key=lambda e: e.sort_key), now=NOW)


def _exits(r) -> list[str]:
    return [e["country"] for e in r.finding("home").value.get("proxy_exits") or []]


@pytest.mark.parametrize(("zone", "home", "cc", "town", "name", "weeks"), [
    ("Europe/Berlin", "DE", "CH", "Berlin", "Switzerland", 52),
    ("Europe/Berlin", "DE", "CH", None, "Switzerland", 52),
    ("Europe/Rome", "IT", "CH", "Rome", "Switzerland", 52),
    # Sunday 23:00 at UTC−3 is Monday on UTC's days: the weeks counted on them are 53
    ("America/Argentina/Cordoba", "AR", "UY", "Córdoba", "Uruguay", 53),
])
def test_a_same_clock_exit_with_no_town_in_reach_is_an_exit(zone: str, home: str, cc: str, town: str | None,
                                                            name: str, weeks: int) -> None:
    # before: exits [], "No trips abroad seen. Your weekends in Switzerland (52 of 52 weekends with a record) are a
    # second home, not trips." (high)
    r = _person(zone, home, cc, zone, town)
    assert r.finding("home").value["country"] == home
    assert _exits(r) == [cc]
    trips = r.finding("trips")
    assert (view.headline(trips.to_dict()), str(trips.confidence)) == ("No trips abroad seen.", "high")
    said = [c for c in trips.caveats if "set aside" in c]
    assert said == [f"520 logins from {name} set aside: they come in {weeks} of {weeks} weeks, always at the "
                    f"weekend, on your own clock, which {name}'s towns keep only beyond a weekend's drive (400 km) "
                    "from yours (a VPN or proxy exit, not a second home or a place you were)."]


@pytest.mark.parametrize(("zone", "home", "cc", "there", "town", "name"), [
    ("Europe/Rome", "IT", "CH", "Europe/Zurich", "Como", "Switzerland"),  # Lugano 25 km off; Rome's zone 480 km
    ("America/Argentina/Buenos_Aires", "AR", "UY", "America/Montevideo", "Buenos Aires", "Uruguay"),
    ("Europe/Zurich", "CH", "DE", "Europe/Berlin", "Basel", "Germany"),
])
def test_a_same_clock_weekend_home_in_reach_stays_a_second_home(zone: str, home: str, cc: str, there: str, town: str,
                                                                name: str) -> None:
    r = _person(zone, home, cc, there, town)
    assert _exits(r) == []
    assert view.headline(r.finding("trips").to_dict()) == (
        f"No trips abroad seen. Your weekends in {name} (52 of 52 weekends with a record) are a second home, not "
        "trips.")
