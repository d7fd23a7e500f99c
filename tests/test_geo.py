"""Coordinates (:mod:`dataexam.geo`): every parser keeps a record whose coordinate is odd, without it."""

from __future__ import annotations

import json
import math
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dataexam.archive import open_archive
from dataexam.events import Event, ParseIssue
from dataexam.geo import coordinate_pair, geojson_pair
from dataexam_parsers.facebook.parser import FacebookParser
from dataexam_parsers.twitter import TwitterParser

# (a bare 1e999 or a 400-digit integer still ends a Facebook file as bad JSON, the records before it kept:
# ijson's float mode overflows, ijson issue 153; coordinate_pair itself refuses both, see test_coordinate_pair)
ODD = [None, True, False, "north", "", "NaN", "Infinity", "-inf", float("nan"), float("inf"), [], {}, 91, -90.5]


@pytest.mark.parametrize(("lat", "lon", "expected"), [
    (52.52, 13.4, (52.52, 13.4)), ("37.7749", "-122.4194", (37.7749, -122.4194)),  # X writes strings
    (Decimal("60.39"), Decimal("5.32"), (60.39, 5.32)), (90, -180, (90.0, -180.0)), (0, 0, None),
    ("0.0", "-0.0", None), (0, 9.7, (0.0, 9.7)), (-0.5, 0, (-0.5, 0.0)),  # exactly 0°, 0°: a device without a fix
    (91, 0, None), (0, 180.5, None), (True, 1.0, None), (None, 1.0, None), ("NaN", 1.0, None),
    (1.0, float("inf"), None), (10**400, 1.0, None), ("north", 1.0, None), ([1], 1.0, None),
])
def test_coordinate_pair(lat: object, lon: object, expected: tuple[float, float] | None) -> None:
    assert coordinate_pair(lat, lon) == expected


@pytest.mark.parametrize("text", [" 52.5 ", "+52.5", "52", "5.25e1", ".5", "5.", "-0.25E+2"])
def test_numbers_written_as_text_are_read(text: str) -> None:
    assert coordinate_pair(text, "13.4") == (float(text), 13.4)


@pytest.mark.parametrize("text", ["1_3.4", "\u0661\u0662", "\uff15\uff12", "52.5x", "52,5", "0x1p4", "5 2", "\u200952",
                                  "--5", "e5", "."])
def test_what_float_reads_but_no_export_writes_is_no_coordinate(text: str) -> None:
    """float() reads "1_3.4" as 13.4 and Arabic-Indic or full-width digits as numbers; X writes ASCII."""
    assert coordinate_pair(text, "13.4") is None and coordinate_pair("13.4", text) is None


@pytest.mark.parametrize("text", ["1" * 200_000 + "x", "1" * 200_000, "  " * 100_000 + "1", "." + "1" * 200_000 + "e"])
def test_a_long_run_of_digits_is_no_coordinate_and_costs_nothing(text: str) -> None:
    """A string may be megabytes long (the JSON limit is 8 MiB): the first check's pattern backtracked
    quadratically on a run of digits (~50 s for 50,000 of them; found by a fresh tester)."""
    assert coordinate_pair(text, "13.4") is None
    assert geojson_pair([text, "52.5"], lon_first=True) is None


@given(st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True, allow_infinity=True),
                 st.decimals(allow_nan=True, allow_infinity=True), st.text(max_size=12),
                 st.lists(st.floats(), max_size=3)),
       st.one_of(st.none(), st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=12)))
def test_never_raises_and_gives_finite_degrees_in_range(lat: object, lon: object) -> None:
    pair = coordinate_pair(lat, lon)
    if pair is not None:
        assert all(math.isfinite(v) for v in pair) and abs(pair[0]) <= 90 and abs(pair[1]) <= 180
    for value in ([lat, lon], (lon, lat), lat, "12", [lat]):
        got = geojson_pair(value, lon_first=True)
        assert got is None or got == coordinate_pair(*reversed(list(value)[:2]))  # type: ignore[arg-type]


def _x_archive(tmp_path: Path, geo_values: list[object]) -> Path:
    tweets = []
    for i, value in enumerate(geo_values):
        tweets.append({"tweet": {"id_str": str(100 + i), "full_text": f"tweet {i}",
                                 "created_at": "Sat Jun 06 10:00:00 +0000 2020",
                                 "coordinates": {"type": "Point", "coordinates": value},
                                 "geo": {"type": "Point", "coordinates": value}}})
    tweets.append({"tweet": {"id_str": "99", "full_text": "fine", "created_at": "Sat Jun 06 11:00:00 +0000 2020",
                             "coordinates": {"type": "Point", "coordinates": ["-122.4194", "37.7749"]},
                             "geo": {"type": "Point", "coordinates": ["37.7749", "-122.4194"]}}})
    tweets.append({"tweet": {"id_str": "98", "full_text": "old geo only",
                             "created_at": "Sat Jun 06 12:00:00 +0000 2020",
                             "coordinates": {"type": "Point", "coordinates": [None, None]},
                             "geo": {"type": "Point", "coordinates": ["35.6895", "139.6917"]}}})
    out = tmp_path / "x.zip"
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("data/manifest.js", 'window.__THAR_CONFIG = {"userInfo": {"accountId": "1"}}')
        zf.writestr("data/tweets.js", "window.YTD.tweets.part0 = " + json.dumps(tweets))
    return out


def test_an_odd_tweet_coordinate_costs_the_coordinate_not_the_tweet(tmp_path: Path) -> None:
    odd = [[None, None], [1], [], "37.7,-122.4", [True, False], ["NaN", "1"], [200, 10], [95, 95], 5,
           {"lat": 1}, [["1", "2"], "3"]]
    with open_archive(_x_archive(tmp_path, odd)) as archive:
        items = list(TwitterParser().events(archive))
    assert [i for i in items if isinstance(i, ParseIssue)] == []
    tweets = {e.attrs["id"] if "id" in e.attrs else e.key: e for e in items
              if isinstance(e, Event) and e.kind == "twitter.tweet"}
    assert len(tweets) == len(odd) + 2
    coords = [e.attrs.get("coordinates") for e in tweets.values()]
    assert coords.count(None) == len(odd)
    assert {"lat": 37.7749, "lon": -122.4194} in coords
    assert {"lat": 35.6895, "lon": 139.6917} in coords  # GeoJSON odd: the older geo is read


def test_an_odd_facebook_coordinate_costs_the_coordinate_not_the_record(tmp_path: Path) -> None:
    root = tmp_path / "facebook-x" / "location_history"
    root.mkdir(parents=True)
    records = [{"name": f"place {i}", "coordinate": {"latitude": v, "longitude": 5.32},
                "creation_timestamp": 1521000000 + i} for i, v in enumerate(ODD)]
    records.append({"name": "Bergen", "coordinate": {"latitude": 60.39, "longitude": 5.32},
                    "creation_timestamp": 1521999999})
    text = json.dumps({"location_history": records}) \
        .replace("NaN,", '"NaN",').replace("Infinity,", '"Infinity",')
    (root / "location_history.json").write_text(text)
    with open_archive(tmp_path / "facebook-x") as archive:
        items = list(FacebookParser().events(archive))
    events = [e for e in items if isinstance(e, Event) and e.kind == "facebook.location"]
    assert len(events) == len(ODD) + 1
    placed = [(e.attrs.get("latitude"), e.attrs.get("longitude")) for e in events]
    assert placed.count((None, None)) == len(ODD) and (60.39, 5.32) in placed
