"""GATE4: one rule for "is this record at night on a clock other than the one the person's clock gives at that
instant?" (``NightGate.night_clock``, asked by a move's bound and by an example beside a switch), the time zone's
remaining bound days (``quiet_hours_shift.from/to``, ``clock_change.on``, the unsettled clock's cut) undated where
their own record is at night, and a report rendered from its saved JSON reading every instant on the clock the live
rendering gives it (``examples_from``)."""

from __future__ import annotations

import io
import json
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from test_inference_synth import Stream, person
from test_timezone_night_switch import NOW as SWITCH_NOW
from test_timezone_night_switch import _events as switch_events

from dataexam import report as report_module
from dataexam.inference import infer
from dataexam.inference.clock import ClockAggregator
from dataexam.inference.sensitive import NightGate, switch_clocks
from dataexam.inference.timezone import MovedZone
from dataexam.report import view

BERLIN, TORONTO = ZoneInfo("Europe/Berlin"), ZoneInfo("America/Toronto")


# -- one method for the candidate clocks ---------------------------------------------------------------------------
def test_night_clock_takes_the_person_s_clock_first_then_the_candidates() -> None:
    gate = NightGate(dated=False)
    t = datetime(2024, 9, 1, 6, 50, tzinfo=UTC)  # 08:50 in Berlin, 02:50 in Toronto
    assert gate.night_clock(t, [BERLIN]) is None
    assert gate.night_clock(t, [BERLIN, TORONTO]) is TORONTO
    assert gate.night_clock("2024-09-01T06:50:00.000Z", [BERLIN, TORONTO]) is TORONTO  # an evidence time alike
    late = datetime(2024, 9, 1, 22, 30, tzinfo=UTC)  # 00:30 in Berlin, 18:30 in Toronto: Berlin's, said first
    assert gate.night_clock(late, [BERLIN, TORONTO]) is BERLIN
    assert gate.night_clock(None, [BERLIN]) is None and gate.night_clock("2024-09-01", [BERLIN]) is None
    # the withheld form is said on the clock found: "withheld Sun 02:50", Toronto's hour, not Berlin's 08:50
    assert gate.day(t, gate.night_clock(t, [BERLIN, TORONTO])) == "withheld Sun 02:50"


def test_an_example_s_candidates_are_both_clocks_beside_a_switch_within_48_hours() -> None:
    clock = MovedZone(BERLIN, TORONTO, datetime(2024, 9, 2, 12, tzinfo=UTC))
    assert switch_clocks("2024-09-01T06:50:00.000Z", clock) == [clock, BERLIN, TORONTO]
    assert switch_clocks("2024-08-20T06:50:00.000Z", clock) == [clock]  # 13 days before: its own clock only
    assert switch_clocks("2024-09-01T06:50:00.000Z", BERLIN) == [BERLIN]


# -- the time zone's bound days --------------------------------------------------------------------------------
def _aggregator(days: dict[date, list[int]]) -> ClockAggregator:
    agg = ClockAggregator.__new__(ClockAggregator)
    agg.days = days
    return agg


def _hist(*quarters: int) -> list[int]:
    h = [0] * 96
    for q in quarters:
        h[q] = 1
    return h


def test_a_bound_day_is_said_by_its_own_record() -> None:
    """A first day by its first record, a last day by its last (UTC 15-minute bins, read on the finding's clock)."""
    d = date(2024, 3, 4)  # a Monday
    agg = _aggregator({d: _hist(5, 40, 93)})  # 01:15, 10:00, 23:15 UTC
    closed, open_ = NightGate(dated=False), NightGate(dated=True)
    assert agg._said_bound(closed, UTC, d) == "withheld Mon 01:15"
    assert agg._said_bound(closed, UTC, d, last=True) == "withheld Mon 23:15"
    assert agg._said_bound(open_, UTC, d) == "2024-03-04" and agg._said_bound(open_, UTC, d, last=True) == "2024-03-04"
    # by day on the finding's clock: 01:15 UTC is 08:15 in Bangkok, 23:15 UTC is 06:15 the next morning there
    bangkok = ZoneInfo("Asia/Bangkok")
    assert agg._said_bound(closed, bangkok, d) == "2024-03-04"
    assert agg._said_bound(closed, bangkok, d, last=True) == "2024-03-04"
    moved = (d, d, d, d, 4.0)
    assert agg._said_shift(closed, UTC, moved) == ["withheld Mon 01:15", "withheld Mon 23:15"] * 2


@pytest.fixture(scope="module")
def habit() -> dict[bool, object]:
    """A Berlin person who goes to bed an hour earlier from 2023-08-01 (the habit step: ``clock_change``), with one
    tweet at 03:15 Berlin time on the step's first day."""
    change_on = date(2023, 8, 1)
    events = [*person("Europe/Berlin", days=300, start=change_on - timedelta(days=300)),
              *person("Europe/Berlin", days=300, start=change_on, shift_hours=-1.0, seed=3)]
    s = Stream("declared.zip")
    extra = [s.ev(datetime(2023, 1, 2, 12, tzinfo=UTC), "facebook.location", None, country_code="DE")
             for _ in range(3)]
    extra.append(Stream("late.zip").ev(datetime(2023, 8, 1, 1, 15, tzinfo=UTC), "twitter.tweet", "awake at three"))
    events = sorted([*events, *extra], key=lambda e: e.sort_key)
    return {flag: infer(events, now=datetime(2025, 7, 1, tzinfo=UTC), include_sensitive=flag)
            for flag in (False, True)}


def test_the_habit_step_s_first_day_is_undated_where_its_first_record_is_at_night(habit) -> None:  # type: ignore[no-untyped-def]
    dated = habit[True].finding("timezone").value["clock_change"]
    assert dated is not None and dated["on"] == "2023-08-01" and dated["utc_hours"] == -1.0
    tz = habit[False].finding("timezone")
    assert tz.value["clock_change"] == dated | {"on": "withheld Tue 03:15"}
    said = " ".join([*tz.caveats, tz.confidence_basis, tz.summary])
    assert "2023-08-01" not in said and "around August 2023" in said  # the month stays, as the other bounds'


# -- a saved report renders as the live one ----------------------------------------------------------------------
@pytest.fixture(scope="module")
def switched() -> object:
    return infer(switch_events(), now=SWITCH_NOW)


def test_the_saved_json_places_an_undated_switch_at_its_first_instant_on_the_new_clock(switched) -> None:  # type: ignore[no-untyped-def]
    doc = json.loads(report_module.to_json(switched))
    periods = doc["by_id"]["timezone"]["value"]["periods"]
    # the travel night's record on São Paulo's clock — said by its window (WINDOW66; was "withheld Mon 23:45")
    assert periods[1]["start"] == "withheld (near a night-time move) Jan–Mar 2024"
    # the report's first instant at or after the real switch (2024-02-06 00:00 UTC): an example it gives dated — a
    # week or more from the switch's night, as the examples nearer it are said by their month (EXAMPLE60: it was
    # "2024-02-08T15:00:00Z", three days after "withheld Mon 23:45", dating that Monday) — past the whole months
    # withheld about it, Jan–Feb 2024 (NEAR61: was "2024-02-13T15:00:00Z", the night + 7, a ruler). WINDOW62: the
    # window is Jan–Mar 2024 (three months about 6 Feb, the first day on São Paulo's clock), and the report dates no
    # instant after it here (NEAR61's "2024-03-04T15:00:00Z" lies inside): null, and why
    assert periods[1]["examples_from"] is None
    assert periods[1]["examples_from_why"].startswith("no instant this report dates falls in this period")
    assert periods[0]["to_month"] == periods[1]["from_month"] == "2024-01/2024-03"
    assert "2024-03-04" not in json.dumps(doc)
    assert "2024-02-08" not in json.dumps(doc)
    assert "examples_from" not in periods[0]
    assert "2024-02-05" not in json.dumps(doc["by_id"]["timezone"]["value"])
    assert "2024-02-06" not in json.dumps(doc["by_id"]["timezone"]["value"])
    zone = view.local_zone(doc)
    assert isinstance(zone, MovedZone)
    # every instant the report writes reads as in the live report (none dated on São Paulo's clock: the switch is
    # placed after them all, WINDOW62 — before, Lisbon's evening "2024-02-05T20:00:00Z" and São Paulo's noon
    # "2024-03-04T15:00:00Z" were instants it wrote)
    from dataexam.report.json import report_instants

    written = report_instants(doc)
    assert written
    for t in written:
        iso = t.strftime("%Y-%m-%dT%H:%M:%SZ")
        assert view.local_time(iso, zone) == view.local_time(iso, switched.clock), iso


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_a_report_rendered_from_its_json_is_the_live_one(switched, fmt: str) -> None:  # type: ignore[no-untyped-def]
    doc = json.loads(report_module.to_json(switched))
    live, saved, before = io.StringIO(), io.StringIO(), io.StringIO()
    report_module.render(switched, fmt, live, detail="full")  # type: ignore[arg-type]
    report_module.render(doc, fmt, saved, detail="full")  # type: ignore[arg-type]
    assert saved.getvalue() == live.getvalue()
    # without the carried instant (a JSON written before) the undated switch is skipped: São Paulo's examples were
    # read on Lisbon's clock
    for p in doc["by_id"]["timezone"]["value"]["periods"]:
        p.pop("examples_from", None)
    for f in doc["findings"]:
        if f["id"] == "timezone":
            f["value"] = doc["by_id"]["timezone"]["value"]
    report_module.render(doc, fmt, before, detail="full")  # type: ignore[arg-type]
    assert before.getvalue() != live.getvalue()
