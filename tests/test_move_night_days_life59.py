"""Every sentence that dates a move withholds the day where the clock finding does (LIFE59; testers T56C 2, T55C 1).

The time-zone finding undates a switch as a whole where either record beside it is at night (GATE3:
``clock._said_periods``), but the home finding's ``moved`` (its value, its confidence line), the life event built
from it and the trips' "judged against the home of each period" dated the move by login days: Kolkata → Dubai with the
last Kolkata record on Sun 30 Jun 2024 at 23:30 was "Kolkata … to Jun 2024 (day withheld: night-time)" beside "Move
from India to the United Arab Emirates between 2024-06-30 and 2024-07-01" — the withheld night fixed to 30 Jun.

A grid of invented people (test_inference_synth.person on each clock, a login a day 09:00–21:00 from an address of
each clock's country: test_move_untold_days._moved), moved east and west, across half-hour zones and the date line, on
the 1st of a month and mid-month; around the move either the earlier clock's last record is at night (23:30), or the
later clock's first one is, or both are by day (19:00 / 13:00). Each report in text, Markdown and JSON: no day of a
withheld night record (as "30 Jun", "2024-06-30", "Jun 30", "30 June", weekday and day) anywhere but as the own
timestamp of a daytime example record; and the days that are not withheld still said (no blanket withholding)."""

from __future__ import annotations

import io
import json
import re
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from test_inference_synth import Stream, local
from test_move_far_dates import NOW
from test_move_untold_days import ADDRESS, COUNTRY, _moved

from dataexam import report as report_module
from dataexam.inference import infer
from dataexam.inference.sensitive import TIME_WITHHELD
from dataexam.wording import day_text

COUNTRY.setdefault("Asia/Tokyo", "JP")
ADDRESS.setdefault("JP", "133.242.0.1")

#: (earlier clock, later clock, the later clock's first day): east and west, half-hour zones, the date line, the 1st
#: of a month and mid-month
MOVES = [
    ("Asia/Kolkata", "Asia/Dubai", date(2024, 7, 1)),  # west 1.5 h from a half-hour zone, the 1st (T56C 2)
    ("America/Chicago", "Europe/London", date(2024, 6, 1)),  # east 6 h, the 1st (T55C 1)
    ("Asia/Dubai", "Asia/Kolkata", date(2024, 7, 17)),  # east 1.5 h into a half-hour zone, mid-month
    ("Pacific/Auckland", "Pacific/Honolulu", date(2024, 7, 15)),  # across the date line (UTC+12 → UTC−10)
    ("Europe/London", "America/New_York", date(2024, 9, 12)),  # west 5 h, mid-month
]
#: which record beside the move is at night: the earlier clock's last, the later clock's first, both, neither
NIGHTS = ("earlier", "later", "both", "neither")
#: the cases whose switch the clock finding undates as a whole (GATE3: a record beside it at night); Chicago →
#: London with the later clock's first record at night is dated a day late by the clock, its switch by day on 2 Jun
#: (the travel day read as the earlier clock's), so the gate has nothing to withhold there
WITHHELD = [(a, b, moved, night) for a, b, moved in MOVES for night in ("earlier", "later", "both")
            if (a, night) not in (("America/Chicago", "later"), ("America/Chicago", "both"))]
FORMATS = ("text", "markdown", "json")


def _people(a: str, b: str, moved: date, night: str) -> tuple[list, datetime | None]:
    """:func:`test_move_untold_days._moved` with the move's day a travel day: the earlier clock's last record the day
    before ``moved`` at 23:30 on ``a``'s clock where ``night`` is "earlier" or "both", else at 19:00; on ``moved`` one
    record on ``b``'s clock, at 05:00 where ``night`` is "later" or "both", else at 13:00, and the day's login five
    minutes after it; every other record between them and ``moved``'s end on ``b``'s clock taken out (the earlier
    side's last login an hour before its last record). Returns the events and the night-time one of the two records
    (the later's where both are; None for "neither")."""
    za, zb = ZoneInfo(a), ZoneInfo(b)
    lo = local(za, moved - timedelta(days=1), 23.5 if night in ("earlier", "both") else 19.0)
    hi = local(zb, moved, 5.0 if night in ("later", "both") else 13.0)
    if hi <= lo:  # far east: 05:00 on the later clock is before 23:30 on the earlier one (Chicago → London)
        hi = lo + timedelta(minutes=15)
    end = local(zb, moved, 24.0)
    assert lo < hi < end
    s = Stream("move.zip")
    events = [e if not lo <= e.time < end else
              replace(e, time=lo - timedelta(hours=1) if e.attrs["ip"] == ADDRESS[COUNTRY[a]] else
                      hi + timedelta(minutes=5))
              for e in _moved(a, b, moved) if e.kind == "twitter.login" or not lo <= e.time < end]
    events += [s.ev(lo, "twitter.tweet", "packing the last boxes"), s.ev(hi, "twitter.tweet", "arrived")]
    # the travel day's evening on the later clock, at night there (its bedtime): the day is the later clock's
    events += [s.ev(local(zb, moved, h), "twitter.tweet", "unpacking") for h in (22.25, 22.75, 23.25)
               if local(zb, moved, h) > hi]
    at = hi if night in ("later", "both") else lo if night == "earlier" else None
    return sorted(events, key=lambda e: e.sort_key), at


def _renders(report: object) -> dict[str, str]:
    outs = {}
    for fmt in FORMATS:
        buf = io.StringIO()
        report_module.render(report, fmt, buf, detail="full")  # type: ignore[arg-type]
        outs[fmt] = buf.getvalue()
    return outs


#: an example record's own timestamp as the reports give a dated (daytime) one: "2024-07-01 12:01 UTC+04 local",
#: "2024-07-01 12:01" (text, Markdown), the JSON evidence item's "time": "2024-07-01T08:01:34Z", and the JSON's
#: ``examples_from`` of an undated switch, by construction one of those instants repeated (json._with_examples_from:
#: "an instant of its own, said dated there"; see the report of LIFE59 for what it still lets a reader infer)
RECORD_TIME = re.compile(r'\d{4}-\d\d-\d\d \d\d:\d\d|"(?:time|examples_from)": "\d{4}-\d\d-\d\dT[^"]*"')


def _day_forms(d: date) -> list[str]:
    """The ways a report could say the day ``d``."""
    return [d.isoformat(), f"{d.day} {d:%b}", f"{d:%b} {d.day}", f"{d.day} {d:%B}", f"{d:%B} {d.day}",
            f"{d:%a} {d.day}"]


def _said(out: str, d: date) -> list[str]:
    """Where ``out`` says the day ``d`` other than as an example record's own (daytime) timestamp."""
    text = RECORD_TIME.sub("", out)
    hits = []
    for form in _day_forms(d):
        for m in re.finditer(rf"(?<![\d-]){re.escape(form)}(?![\d])", text):
            hits.append(text[max(0, m.start() - 120):m.end() + 40].replace("\n", " "))
    return hits


@pytest.fixture(scope="module")
def reports() -> dict[tuple[str, str, date, str], tuple[object, datetime | None]]:
    out = {}
    for a, b, moved in MOVES:
        for night in NIGHTS:
            events, at = _people(a, b, moved, night)
            out[(a, b, moved, night)] = (infer(events, now=NOW), at)
    return out


@pytest.mark.parametrize(("a", "b", "moved", "night"), WITHHELD)
def test_no_sentence_field_or_bracket_says_the_withheld_night_s_day(reports, a: str, b: str, moved: date,  # type: ignore[no-untyped-def]
                                                                   night: str) -> None:
    report, at = reports[(a, b, moved, night)]
    assert at is not None
    tz = report.finding("timezone")
    # the clock finding undates the switch (GATE3), as before: the grid's premise
    assert any(str(p.get("from", "")).startswith(TIME_WITHHELD) for p in tz.value["periods"][1:]), tz.value
    # the night record's day on either clock (its weekday and hour stay in the withheld forms)
    days = {at.astimezone(ZoneInfo(z)).date() for z in (a, b)}
    outs = _renders(report)
    for fmt, out in outs.items():
        for d in days:
            assert not _said(out, d), (fmt, d, _said(out, d)[:3])
    # the move's sentences say the months instead, and days far from the move are still said
    home = json.loads(outs["json"])["by_id"]["home"]
    moved_v = home["value"]["moved"]
    assert moved_v["periods"][0]["from"] == "2023-03-06", moved_v
    assert str(moved_v["until"]).startswith(TIME_WITHHELD) or date.fromisoformat(moved_v["until"]) not in days
    assert str(moved_v["since"]).startswith(TIME_WITHHELD) or date.fromisoformat(moved_v["since"]) not in days
    # by its month, the reason said: the night's own record, or (EXAMPLE60) a login by day near it
    assert re.search(r"\(day withheld: (night-time|near a night-time move); --include-sensitive\)",
                     home["confidence_basis"]), home["confidence_basis"]


@pytest.mark.parametrize(("a", "b", "moved"), MOVES)
def test_a_move_between_daytime_records_keeps_its_days(reports, a: str, b: str, moved: date) -> None:  # type: ignore[no-untyped-def]
    report, _ = reports[(a, b, moved, "neither")]
    tz = report.finding("timezone")
    outs = _renders(report)
    doc = json.loads(outs["json"])
    said_from = doc["by_id"]["timezone"]["value"]["periods"][-1]["from"]
    assert not str(said_from).startswith(TIME_WITHHELD), tz.value
    moved_v = doc["by_id"]["home"]["value"]["moved"]
    assert moved_v["since"] == moved.isoformat(), moved_v
    assert not str(moved_v["until"]).startswith(TIME_WITHHELD), moved_v
    events = [e for e in doc["by_id"]["life_events"]["value"] if e.get("basis") == "home finding"]
    assert [(e["start"], e["completed"]) for e in events] == [(moved_v["until"], moved.isoformat())], events
    for fmt in ("text", "markdown"):
        # the day in words, as every sentence says it (WORD61)
        assert f"and {day_text(moved)} (the home finding" in outs[fmt].replace("\n", " ").replace("  ", " "), fmt


def test_with_the_flag_the_move_is_dated_everywhere() -> None:
    events, _ = _people("Asia/Kolkata", "Asia/Dubai", date(2024, 7, 1), "earlier")
    report = infer(events, now=NOW, include_sensitive=True)
    home = report.finding("home")
    assert (home.value["moved"]["until"], home.value["moved"]["since"]) == ("2024-06-30", "2024-07-01")
    life = [e for e in report.finding("life_events").value if e.get("basis") == "home finding"]
    assert [(e["start"], e["completed"]) for e in life] == [("2024-06-30", "2024-07-01")]


def test_the_clock_s_own_bracket_and_bounds_withhold_a_day_of_an_undated_switch() -> None:
    """The clock finding's move bracket (``earlier_zone.moved_between``: "Your move from … fell between … and …",
    clock.py's caveat and the view's "a move between …") and its other day bounds (``_said_bound``: the quiet hours'
    shift, the habit step, the unsettled cut) say a day of an undated switch (``move_days_withheld``) by its record's
    withheld form, its month kept, though that record be by day; other days as before."""
    from test_night_gate_clocks import _aggregator, _hist

    from dataexam.inference.periods import ClockChange
    from dataexam.inference.sensitive import NightGate

    sat, sun, mon = date(2024, 6, 29), date(2024, 6, 30), date(2024, 7, 1)
    agg = _aggregator({sat: _hist(40), sun: _hist(40, 70), mon: _hist(40)})  # 10:00 and 17:30 UTC
    closed, open_ = NightGate(dated=False), NightGate(dated=True)
    change = ClockChange(first_new=mon, last_old=sun, exact=False)
    london = "Europe/London"
    assert agg._said_between(closed, UTC, change, london, london) == {"from": "2024-06-30", "to": "2024-07-01"}
    agg.move_days_withheld = frozenset({sun})
    # a record by day near the switch by its month, never its weekday (EXAMPLE60) nor its hour (WINDOW65)
    assert agg._said_between(closed, UTC, change, london, london) == {
        "from": "withheld (near a night-time move) Jun 2024", "from_month": "2024-06", "to": "2024-07-01"}
    assert agg._said_between(open_, UTC, change, london, london) == {"from": "2024-06-30", "to": "2024-07-01"}
    assert agg._said_bound(closed, UTC, sun) == "withheld (near a night-time move) Jun 2024"
    assert agg._said_bound(closed, UTC, sat) == "2024-06-29" and agg._said_bound(open_, UTC, sun) == "2024-06-30"
