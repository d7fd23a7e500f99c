"""NEAR61 (T58A 2, privacy): a life event — a first-person post or a declared one — on a day of the calendar months
withheld about a clock switch the night gate undated is said by its month, as the home's move is (LIFE59). See
tests/test_near_switch_months_near61.py for the months."""

from __future__ import annotations

import tempfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import test_examples_near_switch_example60 as ex60
import test_life_events_declared as declared_fb
import test_switch_own_clock_switch59 as switch59
from test_inference_synth import Stream, local

from dataexam import api
from dataexam.inference import infer

NOW = datetime(2027, 4, 2, tzinfo=UTC)
MOVED = date(2026, 7, 1)


def _with_post(text: str, offset: int, include_sensitive: bool = False):  # type: ignore[no-untyped-def]
    switch59.IPS.update(ex60.IPS)
    events, _last, _first = switch59._moved("Europe/Berlin", "Asia/Tokyo", MOVED, 23.0, 19.0)
    zone = ZoneInfo("Asia/Tokyo" if offset >= 0 else "Europe/Berlin")  # noon where the person is that day
    events.append(Stream("p.zip").ev(local(zone, MOVED + timedelta(days=offset), 12.0),
                                     "twitter.tweet", text))
    events.sort(key=lambda e: e.sort_key)
    return infer(events, now=NOW, include_sensitive=include_sensitive)


@pytest.mark.parametrize("offset", [-25, 2, 20])
def test_a_first_person_post_in_the_withheld_months_is_said_by_its_month(offset: int) -> None:
    """T58A 2: "new job 3 Jul 2026 (your post)", JSON ``start`` "2026-07-03" beside "withheld Tue 23:00"."""
    report = _with_post("First day at my new job at Nordwind Logistics, exciting!", offset)
    day = MOVED + timedelta(days=offset)
    life = report.finding("life_events")
    event = next(v for v in life.value if v["basis"] == "own posts (first person)")
    # WINDOW62: by the window's three months (Jun–Aug about the 1 Jul switch), never the post's own month
    assert event["start"] == event["completed"] == "withheld (near a night-time move) Jun–Aug 2026", event
    assert event["start_month"] == event["month"] == "2026-06/2026-08"
    assert "new job Jun–Aug 2026 (day withheld: near a night-time move; --include-sensitive) (your post)" \
        in life.summary, life.summary
    for name, out in ex60._outputs(report).items():
        assert day.isoformat() not in out and day.strftime("%-d %b %Y") not in out, name
    dated = _with_post("First day at my new job at Nordwind Logistics, exciting!", offset, include_sensitive=True)
    event = next(v for v in dated.finding("life_events").value if v["basis"] == "own posts (first person)")
    assert event["start"] == day.isoformat() and "start_month" not in event, event


def test_a_post_in_a_later_month_keeps_its_day() -> None:
    """Past the window (Jun–Aug about the 1 Jul switch; WINDOW62: 10 Aug, which NEAR61 dated, is inside it now)."""
    report = _with_post("First day at my new job at Nordwind Logistics, exciting!", 40)  # 10 Aug
    event = next(v for v in report.finding("life_events").value if v["basis"] == "own posts (first person)")
    assert event["start"] == "withheld (near a night-time move) Jun–Aug 2026", event
    report = _with_post("First day at my new job at Nordwind Logistics, exciting!", 63)  # 2 Sep
    event = next(v for v in report.finding("life_events").value if v["basis"] == "own posts (first person)")
    assert event["start"] == "2026-09-02", event


def _with_declared(include_sensitive: bool = False):  # type: ignore[no-untyped-def]
    events, _last, _first = switch59._moved("Europe/Berlin", "Asia/Tokyo", MOVED, 23.0, 19.0)
    more = [{"timestamp": int(datetime(2026, 7, 4, 3, 0, tzinfo=UTC).timestamp()),
             "attachments": [declared_fb._life("Moved to Tokyo, Japan", 2026, 7, 2)],
             "title": f"{declared_fb.ME} moved to Tokyo, Japan."},
            {"timestamp": int(datetime(2026, 7, 5, 3, 0, tzinfo=UTC).timestamp()),
             "attachments": [declared_fb._life("Started New Job at Nordwind", 2026, 7, 3)],
             "title": f"{declared_fb.ME} started a new job."},
            {"timestamp": int(datetime(2026, 8, 20, 3, 0, tzinfo=UTC).timestamp()),
             "attachments": [declared_fb._life("Graduated from Tokyo University", 2026, 8, 18)],
             "title": f"{declared_fb.ME} graduated."}]
    root = declared_fb._export(Path(tempfile.mkdtemp()) / "fb", more_posts=more)
    events = sorted(events + list(api.timeline([root])), key=lambda e: e.sort_key)
    return infer(events, now=NOW, include_sensitive=include_sensitive)


def test_declared_events_in_the_withheld_months_are_said_by_their_months(monkeypatch: pytest.MonkeyPatch) -> None:
    """T58A 2 (`python .probe/s4.py`): "move 2 Jul 2026 (Moved to Tokyo, Japan); job 3 Jul 2026" → by month."""
    monkeypatch.setattr(declared_fb, "T0", int(datetime(2026, 6, 1, tzinfo=UTC).timestamp()))  # the export's start
    report = _with_declared()
    life = report.finding("life_events")
    told = {v["title"]: v for v in life.value if v["basis"] == "declared"}
    for title in ("Moved to Tokyo, Japan", "Started New Job at Nordwind"):
        assert told[title]["start"] == "withheld (near a night-time move) Jun–Aug 2026", told[title]
        assert told[title]["start_month"] == told[title]["month"] == "2026-06/2026-08"
    # WINDOW62: 18 Aug lies in the window's third month now (NEAR61 dated it)
    assert told["Graduated from Tokyo University"]["start"] == "withheld (near a night-time move) Jun–Aug 2026"
    assert "job Jun–Aug 2026 (day withheld: near a night-time move; --include-sensitive) (Started New Job at " \
        "Nordwind)" in life.summary, life.summary
    for name, out in ex60._outputs(report).items():
        for said in ("2026-07-02", "2026-07-03", "2 Jul 2026", "3 Jul 2026", "2026-08-18", "18 Aug 2026"):
            assert said not in out, (name, said)
    dated = {v["title"]: v for v in _with_declared(True).finding("life_events").value if v["basis"] == "declared"}
    assert dated["Started New Job at Nordwind"]["start"] == "2026-07-03"
