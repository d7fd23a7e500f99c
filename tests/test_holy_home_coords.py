"""A home in Makkah or Madinah seen by geotags gives no coordinates without --include-sensitive (T29D, GATE2 §7).

GATE made a declared holy town's home its country; GATE2 fixed the note of a cluster abroad, but the home's value
kept the geotag cluster's ``lat``/``lon`` (21.42, 39.83: Makkah itself). Without the flag they are withheld as the
town is, with no note; with it, unchanged.

Every person here is invented.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest
from test_inference_synth import Stream

from dataexam.inference import infer

NOW = datetime(2025, 1, 1, tzinfo=UTC)
SA_IP = "37.224.0.1"
MAKKAH, MADINAH, JEDDAH = (21.4225, 39.8262), (24.4686, 39.6142), (21.5433, 39.1728)


def _home_geotags(coords: tuple[float, float]) -> list:
    """120 days of Saudi logins (06–20 UTC) and a geotagged tweet at 19:30 UTC (22:30 Riyadh) each day at
    ``coords``."""
    s = Stream()
    out = []
    for i in range(120):
        d = date(2023, 1, 2) + timedelta(days=i)
        midnight = datetime(d.year, d.month, d.day, tzinfo=UTC)
        out += [s.ev(midnight + timedelta(hours=h), "facebook.login", None, ip=SA_IP) for h in (6, 10, 14, 20)]
        out.append(s.ev(midnight + timedelta(hours=19.5), "twitter.tweet", "Home at last",
                        coordinates={"lat": coords[0], "lon": coords[1]}))
    return sorted(out, key=lambda e: e.sort_key)


@pytest.mark.parametrize("coords", [MAKKAH, MADINAH], ids=["makkah", "madinah"])
def test_a_holy_city_s_geotag_cluster_gives_the_home_no_coordinates_without_the_flag(coords) -> None:
    events = _home_geotags(coords)
    plain = infer(events, now=NOW).finding("home")
    flagged = infer(events, now=NOW, include_sensitive=True).finding("home")
    assert flagged.value["country"] == plain.value["country"] == "SA"
    assert (flagged.value["lat"], flagged.value["lon"]) == (round(coords[0], 2), round(coords[1], 2))
    assert (plain.value["lat"], plain.value["lon"]) == (None, None)
    assert not plain.value["disagreements"]  # no note: it would tell the town's kind
    said = json.dumps(plain.value)
    assert f"{round(coords[0], 2)}" not in said and f"{round(coords[1], 2)}" not in said


def test_another_saudi_town_s_cluster_keeps_its_coordinates() -> None:
    plain = infer(_home_geotags(JEDDAH), now=NOW).finding("home")
    assert (plain.value["lat"], plain.value["lon"]) == (21.54, 39.17)
