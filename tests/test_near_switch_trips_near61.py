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
from dataexam.report import view

NOW = datetime(2027, 4, 2, tzinfo=UTC)
MOVED = date(2026, 7, 1)


def test_a_trip_crossing_the_window_edge_is_withheld_at_both_ends() -> None:
    """T58A 3 (`python .probe/trip60.py 27 8` after the months): "South Korea from Jul 2026 (day withheld …) to
    2026-08-04", ``days_observed`` 8, ``first_home_day_after`` "2026-08-05" gave 28 Jul by subtraction."""
    switch59.IPS.update(ex60.IPS)
    # WINDOW62: the window is Jun–Aug about the 1 Jul switch; out over the 31 Aug edge, in over the 1 Jun one
    for offset, n in ((58, 8), (-35, 8)):
        report, days = _trip(offset, n)
        trip = report.finding("trips").value[0]
        assert trip["country"] == "KR"
        for key in ("start", "end", "last_home_day_before", "first_home_day_after"):
            assert str(trip[key]).startswith("withheld (near a night-time move) "), (offset, key, trip)
        # the end inside by the window's months, the one outside by its own (no month of the window's)
        months = [f"{d:%Y-%m}" if not date(2026, 6, 1) <= d <= date(2026, 8, 31) else "2026-06/2026-08"
                  for d in (days[0], days[-1])]
        assert "days_observed" not in trip and [trip["start_month"], trip["end_month"]] == months, trip
        # … nor its records' count (three logins a day), nor the dated evidence lines of its days (WINDOW62)
        assert "observations" not in trip, trip
        for i in report.finding("trips").evidence.items:
            assert str(i.time)[:10] not in {d.isoformat() for d in days}, i
        for name, out in ex60._outputs(report).items():
            for d in days:
                assert d.isoformat() not in out, (offset, name, d)
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
    report, _days = _trip(58, 8)
    buf = io.StringIO()
    report_module.render(report, "json", buf, detail="full")
    data = json.loads(buf.getvalue())
    trip = data["by_id"]["trips"]["value"][0]
    assert trip["start_month"] == "2026-06/2026-08" and trip["end_month"] == "2026-09" \
        and "days_observed" not in trip, trip
    said = view.trip_span(trip)  # the saved JSON's trip in words: the window's months, then its own end's
    assert said.startswith("Jun–Aug 2026") and "Sep 2026" in said and "Jul 2026" not in said, said
