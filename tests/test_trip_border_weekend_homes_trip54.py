"""Weekend homes across a border read as weekly VPN exits at high (T52C, TRIP54). People are invented: a year at home
on its clock, logins from the home country with the town Facebook writes beside them, every weekend (Friday 19:00 to
Sunday) lived across the border on that town's clock with logins from there.

1. A Monterrey resident's Laredo weekends: Monterrey keeps no summer time since 2022, so from March to November US
   Central is an hour ahead and only US Mountain (829 km off) keeps Monterrey's clock — "520 logins from the United
   States set aside … a VPN or proxy exit". A clock off home's by summer time alone, its towns within a weekend's
   reach, is home's clock: a second home.
2. Brownsville and El Paso residents' Matamoros and Ciudad Juárez weekends: home's clock read as New York's (the
   activity cannot tell the US clocks apart) and home placed at its zone's principal place, Mexico's towns on that
   clock were never near: exits at high. The town beside home's logins now places home, on its own zone's clock.
3. A Mexico City resident's weekly US exit (TRIP53) stays an exit with the town named: US Mountain is 1,500 km off.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from functools import cache
from zoneinfo import ZoneInfo

from test_inference_synth import Stream, local
from test_pacific_edge_short_trips import _day

from dataexam.inference import infer
from dataexam.report import view

IPS = {"US": "73.10.0.5", "MX": "189.130.0.4"}
FIRST = date(2023, 1, 2)  # a Monday
NOW = datetime(2024, 1, 7, tzinfo=UTC)


@cache
def _person(zone: str, home: str, cc: str, there: str, town: str):
    """A year 2023 at ``zone``, home's logins placed in ``town``; weekends lived on ``there``'s clock, logins from
    ``cc`` (none placed)."""
    rng, s, ev = random.Random(1), Stream("x.zip"), []

    def day(z: str, d: date, logins: list[tuple[float, str]]) -> list:
        out = _day(rng, s, z, d, [])
        for h, c in logins:
            kw = {"ip": IPS[c], **({"city": town} if c == home else {})}
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


def _read(r) -> tuple[list[str], str, str]:
    home, trips = r.finding("home"), r.finding("trips")
    exits = [e["country"] for e in home.value.get("proxy_exits") or []]
    return exits, view.headline(trips.to_dict()), str(trips.confidence)


def test_a_monterrey_resident_s_laredo_weekends_are_a_second_home() -> None:
    r = _person("America/Monterrey", "MX", "US", "America/Chicago", "Monterrey")
    assert _read(r) == ([], "No trips abroad seen. Your weekends in the United States (52 of 52 weekends with a "
                            "record) are a second home, not trips.", "high")


def test_a_brownsville_resident_s_matamoros_weekends_are_a_second_home() -> None:
    r = _person("America/Chicago", "US", "MX", "America/Matamoros", "Brownsville")
    assert _read(r) == ([], "No trips abroad seen. Your weekends in Mexico (52 of 52 weekends with a record) are a "
                            "second home, not trips.", "high")


def test_an_el_paso_resident_s_ciudad_juarez_weekends_are_a_second_home() -> None:
    r = _person("America/Denver", "US", "MX", "America/Ciudad_Juarez", "El Paso")
    assert _read(r) == ([], "No trips abroad seen. Your weekends in Mexico (52 of 52 weekends with a record) are a "
                            "second home, not trips.", "high")


def test_a_mexico_city_resident_s_weekly_us_exit_stays_an_exit() -> None:
    r = _person("America/Mexico_City", "MX", "US", "America/Mexico_City", "Mexico City")
    assert _read(r) == (["US"], "No trips abroad seen.", "high")
