"""A withheld switch's weekday beside a dated day within a week of it (tester T57A 1, on LIFE59 + SWITCH59).

The time-zone finding undates a switch whose neighbouring record is at night (GATE3), but its value keeps that
record's weekday and hour ("withheld Tue 23:00"). LIFE59 withheld the very days of those records in the home's
login move and the life event; the login days beside them stayed: Berlin → Tokyo on 1 Jul 2026, the last Berlin
record Tue 30 Jun at 23:00, said the home's move "until 2026-06-29", "since 2026-07-02" and the life event "Move from
Germany to Japan between 2026-06-29 and 2026-07-02" — the only Tuesday between them the night's. Every day within
:data:`dataexam.inference.clock.WEEKDAY_PINS` days of such a record (on either clock, the named one, UTC) is now
withheld in the home finding, the life events and the clock's own bracket, as the record's own day is.

People are invented (tests/test_switch_own_clock_switch59._moved: test_inference_synth.person on each clock, a
login a day from each clock's country, the last record on the earlier clock planted at 23:00, the first on the later
at 19:00). Dated example records' own timestamps (evidence) are not checked here: T57A 2, open."""

from __future__ import annotations

import io
import json
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from test_switch_own_clock_switch59 import _moved

from dataexam import report as report_module
from dataexam.inference import infer
from dataexam.inference.clock import WEEKDAY_PINS

#: (earlier clock, later clock, the later clock's first day): T57A's Berlin → Tokyo and Honolulu → Auckland (across
#: the date line), and Tokyo → Berlin mid-March (west)
MOVES = [
    ("Europe/Berlin", "Asia/Tokyo", date(2026, 7, 1)),
    ("Pacific/Honolulu", "Pacific/Auckland", date(2026, 7, 1)),
    ("Asia/Tokyo", "Europe/Berlin", date(2026, 3, 16)),
]
# Kolkata → Dubai on 1 Jul at 23:00 / 19:00 is left out: the clock dates that switch a day early on the night record's
# own day (T57A 5, open), so there is no withheld weekday to pin


def _near(night: datetime) -> set[str]:
    """ISO forms of every day within WEEKDAY_PINS of ``night``'s local day on any of the clocks it may be read on."""
    clocks = [UTC, *(ZoneInfo(z) for m in MOVES for z in m[:2])]
    days = {night.astimezone(c).date() + timedelta(days=n) for c in clocks
            for n in range(-WEEKDAY_PINS, WEEKDAY_PINS + 1)}
    return {d.isoformat() for d in days}


@pytest.mark.parametrize(("a", "b", "moved"), MOVES)
def test_no_day_said_within_a_week_of_a_withheld_switch_record(a: str, b: str, moved: date) -> None:
    events, last, _first = _moved(a, b, moved, 23.0, 19.0)
    report = infer(events, now=datetime(2027, 4, 2, tzinfo=UTC))
    periods = report.finding("timezone").value.get("periods") or []
    withheld = [p for p in periods if str(p.get("start", "")).startswith("withheld")]
    assert withheld, f"{a} → {b}: the clock no longer withholds this switch"
    near = _near(last)
    # the home's login move and the life events, as values …
    home = report.finding("home").value or {}
    moved_value = json.dumps(home.get("moved"))
    life = report.finding("life_events")
    said = [moved_value, json.dumps(getattr(life, "value", None)), str(getattr(life, "summary", ""))]
    # … and every rendering's summaries (evidence lines carry dated example records: T57A 2)
    for fmt in ("text", "markdown"):
        buf = io.StringIO()
        report_module.render(report, fmt, buf, detail="default")  # type: ignore[arg-type]
        said.append("\n".join(line for line in buf.getvalue().splitlines()
                              if "move" in line.lower() and "record " not in line))
    leaks = sorted({d for d in near for s in said if d in s})
    assert not leaks, f"{a} → {b}: days within a week of the withheld {last:%a} record said: {leaks}"
    # the home still names its move (by month), not dropped
    assert home.get("moved"), f"{a} → {b}: the login move is gone"


def test_berlin_tokyo_is_withheld_and_its_life_event_says_months() -> None:
    """T57A 1's own case: before, "between 2026-06-29 and 2026-07-02" beside "withheld Tue 23:00"."""
    events, _last, _first = _moved("Europe/Berlin", "Asia/Tokyo", date(2026, 7, 1), 23.0, 19.0)
    report = infer(events, now=datetime(2027, 4, 2, tzinfo=UTC))
    periods = report.finding("timezone").value["periods"]
    assert periods[-1]["start"] == "withheld (near a night-time move) Jun–Aug 2026"  # WINDOW66: was "Tue 23:00"
    summary = str(report.finding("life_events").summary)
    # WINDOW62: by the window's months (Jun–Aug about the 1 Jul switch), never each bound's own month
    assert "a move from Germany to Japan between Jun–Aug 2026 (day withheld" in summary, summary
    assert "2026-06-29" not in summary and "2026-07-02" not in summary
    moved = report.finding("home").value["moved"]
    assert moved["until"].startswith("withheld") and moved["since"].startswith("withheld"), moved
    assert moved["until_month"] == moved["since_month"] == "2026-06/2026-08", moved  # was "2026-06", "2026-07"
