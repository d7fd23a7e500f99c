"""NEAR61 (T58A 3, privacy): a trip crossing the edge of the calendar months withheld about a clock switch the night
gate undated is withheld at both ends (and its home days), with no ``days_observed``: one end dated beside the other
withheld gave it by subtraction. See tests/test_near_switch_months_near61.py for the months."""

from __future__ import annotations

import io
import json
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import test_examples_near_switch_example60 as ex60
import test_switch_own_clock_switch59 as switch59
from test_inference_synth import Stream, local

from dataexam import report as report_module
from dataexam.inference import infer

NOW = datetime(2027, 4, 2, tzinfo=UTC)
MOVED = date(2026, 7, 1)


def test_a_trip_crossing_the_window_edge_is_withheld_at_both_ends() -> None:
    """T58A 3 (`python .probe/trip60.py 27 8` after the months): "South Korea from Jul 2026 (day withheld …) to
    2026-08-04", ``days_observed`` 8, ``first_home_day_after`` "2026-08-05" gave 28 Jul by subtraction."""
    switch59.IPS.update(ex60.IPS)
    for offset, n in ((27, 8), (-35, 8)):  # out over the 31 Jul edge, in over the 1 Jun one
        report, days = _trip(offset, n)
        trip = report.finding("trips").value[0]
        assert trip["country"] == "KR"
        for key in ("start", "end", "last_home_day_before", "first_home_day_after"):
            assert str(trip[key]).startswith("withheld (near a night-time move) "), (offset, key, trip)
        assert "days_observed" not in trip and trip["start_month"] == f"{days[0]:%Y-%m}" \
            and trip["end_month"] == f"{days[-1]:%Y-%m}", trip
        for name, out in ex60._outputs(report).items():
            assert days[0].isoformat() not in out and days[-1].isoformat() not in out, (offset, name)
        dated = _trip(offset, n, include_sensitive=True)[0].finding("trips").value[0]
        assert dated["start"] == days[0].isoformat() and dated["days_observed"] == n, dated


def _trip(offset: int, n: int, include_sensitive: bool = False):  # type: ignore[no-untyped-def]
    events, _last, _first = switch59._moved("Europe/Berlin", "Asia/Tokyo", MOVED, 23.0, 19.0)
    seoul, s = ZoneInfo("Asia/Seoul"), Stream("y.zip")
    days = [MOVED + timedelta(days=offset + k) for k in range(n)]
    events = [e for e in events if not (e.kind == "twitter.login" and e.attrs.get("ip") != "1.208.0.1"
                                        and any(e.time.astimezone(z).date() in days
                                                for z in (ZoneInfo("Asia/Tokyo"), ZoneInfo("Europe/Berlin"))))]
    events += [s.ev(local(seoul, d, h), "twitter.login", None, ip="1.208.0.1")
               for d in days for h in (9.25, 13.5, 18.75)]
    events.sort(key=lambda e: e.sort_key)
    return infer(events, now=NOW, include_sensitive=include_sensitive), days


def test_json_saved_and_rendered_again_keeps_the_months() -> None:
    report, _days = _trip(27, 8)
    buf = io.StringIO()
    report_module.render(report, "json", buf, detail="full")
    trip = json.loads(buf.getvalue())["by_id"]["trips"]["value"][0]
    assert trip["start_month"] == "2026-07" and trip["end_month"] == "2026-08" and "days_observed" not in trip
