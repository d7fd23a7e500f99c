"""WINDOW62 (T58E, privacy first): the days withheld about a night-time clock switch are a window fixed per switch —
the month before, the month and the month after the switch's first local day on the later clock — and every record
inside it says that window once, never its own month, weekday or record number.

T58E found, with NEAR61's window ("1st of the month of night − 6 … last of the month of night + 6"):

1. its reach depended on where the night lay in its month — a record said "Aug 2026 (… near a night-time move)"
   beside a July switch "withheld Mon 23:00" pinned Mon 27 Jul — and records inside it each said their own month, so
   a run of them crossing a month's edge gave the edge;
2. an in-window record's number ("login.json, record 17") counted the days with daily logins;
3. a night-time post inside the window kept its weekday;
4. a trip wholly outside the window was withheld because its home day before lay inside it.

The grid: nights on the 1st, 2nd, 7th, 15th, 24th, 30th and 31st of a month, at a year's end and on a leap day ×
a move east and one west × text, Markdown, JSON (both details), HTML and the text rendered from the saved JSON.
People are invented (tests/test_switch_own_clock_switch59._moved)."""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import test_examples_near_switch_example60 as ex60
import test_switch_own_clock_switch59 as switch59
from test_inference_synth import Stream, local

from dataexam.inference import infer
from dataexam.inference.clock import WEEKDAY_PINS, month_window
from dataexam.inference.sensitive import MOVE_WITHHELD, NightGate, near_months, window_month, window_words

NOW = datetime(2027, 4, 2, tzinfo=UTC)
_MON = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
_WD = "Mon|Tue|Wed|Thu|Fri|Sat|Sun"
#: (earlier clock, later clock, the night: the last record on the earlier clock, at 23:00) — Tuesday nights, which
#: the invented person's records put beside a switch the gate undates: on the 1st, 2nd, 7th, 15th, 24th, 30th and
#: 31st of a month, at a year's end and on a leap day, a move east and one west
NIGHTS = [date(2026, 9, 1), date(2026, 6, 2), date(2026, 7, 7), date(2026, 9, 15), date(2026, 11, 24),
          date(2026, 6, 30), date(2026, 3, 31), date(2024, 12, 31), date(2028, 2, 29)]
GRID = [("Europe/Berlin", "Asia/Tokyo", n) for n in NIGHTS] + \
       [("Europe/London", "America/New_York", n) for n in (date(2026, 9, 1), date(2026, 6, 30), date(2026, 3, 31),
                                                           date(2024, 12, 31), date(2028, 2, 29))]


def _window(anchor: date) -> tuple[date, date]:
    """The month before ``anchor``'s to the month after, built here by hand."""
    first = date(anchor.year - (anchor.month == 1), (anchor.month - 2) % 12 + 1, 1)
    nxt = date(anchor.year + (anchor.month >= 11), (anchor.month + 1) % 12 + 1, 1)
    return first, nxt - timedelta(days=1)


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _case(a: str, b: str, night: date, include_sensitive: bool = False):  # type: ignore[no-untyped-def]
    switch59.IPS.update(ex60.IPS)
    switch59.COUNTRY.update(ex60.COUNTRY)
    events, last, first = switch59._moved(a, b, night + timedelta(days=1), 23.0, 19.0)
    s = Stream("w.zip")
    # a night-time post and a daytime post inside the window, ten days after the switch (T58E 3)
    later = first.astimezone(ZoneInfo(b)).date() + timedelta(days=10)
    events += [s.ev(local(ZoneInfo(b), later, 23.5), "twitter.tweet", "late again"),
               s.ev(local(ZoneInfo(b), later, 12.0), "twitter.tweet", "lunch")]
    events.sort(key=lambda e: e.sort_key)
    now = datetime.combine(night + timedelta(days=300), datetime.min.time(), UTC)
    return infer(events, now=now, include_sensitive=include_sensitive), events, last, first


@pytest.mark.parametrize(("a", "b", "night"), GRID)
def test_no_output_narrows_the_night_below_its_window(a: str, b: str, night: date) -> None:
    report, events, last, first = _case(a, b, night)
    periods = report.finding("timezone").value.get("periods") or []
    # the grid's switches are undated (their records at night): the gate's case
    assert len(periods) > 1 and str(periods[1].get("from")).startswith("withheld"), (a, b, night, periods)
    outs = ex60._outputs(report)
    lo, hi = _window(first.astimezone(ZoneInfo(b)).date())
    words = window_words((lo, hi))
    # the switch's bounds say the window's months, never the night's own (at a month's edge they differed)
    assert periods[0]["to_month"] == periods[1]["from_month"] == window_month((lo, hi)), periods
    # the window holds every day within a week of the records beside the switch, on every clock
    days = {t.astimezone(c).date() for t in (last, first) for c in (ZoneInfo(a), ZoneInfo(b), UTC)}
    assert all(lo <= d + timedelta(days=k) <= hi for d in days for k in (-WEEKDAY_PINS, WEEKDAY_PINS))
    index: dict[tuple[str, str, int], list] = {}  # the invented person's two streams share record numbers
    for e in events:
        index.setdefault((e.origin.archive, e.origin.member, e.origin.index), []).append(e)
    switch = ex60._switch_bounds(report)
    for name, out in outs.items():
        flat = _flat(out)
        # no calendar day inside the window
        inside = [(d, ctx) for d, ctx in ex60._said_days(out) if lo <= d <= hi]
        assert not inside, (a, b, night, name, inside[:3])
        # every record said near the move says the window's months, no finer (T58E 1)
        for m in re.finditer(r"withheld \(near a night-time move\) ", flat):
            said = near_months(flat[m.start():m.start() + 80])
            assert said is not None and said[0] == words, (name, flat[m.start():m.start() + 80])
        months = rf"((?:{_MON})(?: \d{{4}})?(?:–(?:{_MON}))? \d{{4}})"
        reason = r"(?: \d\d:\d\d)?,? \(?(?:date|day|days) withheld(?: \(|: )near a night-time move"
        for m in re.finditer(months + reason, flat):
            # (the text table's confidence column may cut a headline's window: "between Dec medium 2024–Feb 2025")
            cut = words.endswith(m[1]) and words.split()[0].split("–")[0] in flat[max(0, m.start() - 30):m.start()]
            assert m[1] == words or cut, (name, flat[max(0, m.start() - 60):m.end()])
        # no record number beside one (T58E 2)
        for pattern in (rf"record \d+, (?:{_MON})", rf"#\d+ ?\| ?(?:{_MON})", rf"#\d+</td>\s*<td[^>]*>(?:{_MON})"):
            assert not re.search(pattern, flat), (name, pattern, re.search(pattern, flat))
    data = json.loads(outs["json/full"])
    for f in data["findings"]:
        for item in (f.get("evidence") or {}).get("items") or ():
            t = str(item.get("time"))
            if t.startswith(MOVE_WITHHELD):
                assert item.get("index") is None, (f["id"], item)
            elif m := re.match(rf"withheld ((?:{_WD}) \d\d:\d\d)$", t):
                # a night-time record keeps its weekday only outside the window, or as the switch's own bound (T58E 3)
                clocks = (ZoneInfo(a), ZoneInfo(b), UTC)
                found = [e for e in index.get((item["archive"], item["member"], item["index"]), ())
                         if any(f"{e.time.astimezone(c):%a %H:%M}" == m[1] for c in clocks)]
                assert found, item
                for e in found:
                    near = {e.time.astimezone(c).date() for c in clocks}
                    assert m[1] in switch or not any(lo <= d <= hi for d in near), (f["id"], item, e.time)


@pytest.mark.parametrize(("a", "b", "night"), [GRID[0], GRID[6], GRID[-1]])
def test_with_include_sensitive_every_day_is_dated(a: str, b: str, night: date) -> None:
    report, _events, _last, first = _case(a, b, night, include_sensitive=True)
    outs = ex60._outputs(report)
    for name, out in outs.items():
        assert MOVE_WITHHELD not in out and "near a night-time move" not in out, name
    assert first.astimezone(ZoneInfo(b)).date().isoformat() in outs["json/full"]


def test_the_window_is_the_same_for_every_night_of_a_month() -> None:
    """T58E 1 (`python .probe/monthpos.py`): NEAR61's window reached August only for a night within six days of
    July's end. Now one anchor month, one window, wherever the night lies in it."""
    for month in (date(2026, 7, 1), date(2026, 12, 1), date(2028, 2, 1), date(2026, 1, 1)):
        windows = set()
        d = month
        while d.month == month.month:
            windows.add(month_window(d, {d - timedelta(days=1), d}))
            d += timedelta(days=1)
        assert len(windows) == 1, month
        lo, hi = _window(month)
        assert min(next(iter(windows))) == lo and max(next(iter(windows))) == hi


def test_the_gate_says_every_record_in_a_window_by_the_window() -> None:
    """One form for every writer (NightGate.instant, withheld_near): the window's months and the hour, at night too
    (no weekday), and each of two windows its own."""
    gate = NightGate(dated=False, near_move=month_window(date(2026, 7, 20)) | month_window(date(2027, 1, 3)))
    assert gate.instant(datetime(2026, 8, 30, 22, 30, tzinfo=UTC), UTC) == \
        "withheld (near a night-time move) Jun–Aug 2026"
    assert gate.instant(datetime(2026, 6, 1, 8, 0, tzinfo=UTC), UTC) == \
        "withheld (near a night-time move) Jun–Aug 2026"
    assert gate.instant(datetime(2027, 1, 10, 8, 0, tzinfo=UTC), UTC) == \
        "withheld (near a night-time move) Dec 2026–Feb 2027"
    assert gate.instant(datetime(2026, 9, 15, 8, 0, tzinfo=UTC), UTC) == "2026-09-15T08:00:00Z"
    assert near_months("withheld (near a night-time move) Dec 2026–Feb 2027") == \
        ("Dec 2026–Feb 2027", "2026-12/2027-02")


def test_a_trip_outside_the_window_stays_dated_its_home_day_inside_withheld() -> None:
    """T58E 4: a trip from the 1st of the month after the window was withheld whole because its home day before lay
    inside. Berlin → Tokyo on 15 Jul 2026 (window Jun–Aug), four days in South Korea from 1 Sep."""
    switch59.IPS.update(ex60.IPS)
    switch59.COUNTRY.update(ex60.COUNTRY)
    events, _last, _first = switch59._moved("Europe/Berlin", "Asia/Tokyo", date(2026, 7, 16), 23.0, 19.0)
    seoul, s = ZoneInfo("Asia/Seoul"), Stream("y.zip")
    days = [date(2026, 9, 1) + timedelta(days=k) for k in range(4)]
    events = [e for e in events if not (e.kind == "twitter.login" and any(
        e.time.astimezone(ZoneInfo("Asia/Tokyo")).date() == d for d in days))]
    events += [s.ev(local(seoul, d, h), "twitter.login", None, ip="1.208.0.1") for d in days for h in (9.25, 13.5)]
    events.sort(key=lambda e: e.sort_key)
    report = infer(events, now=NOW)
    assert str(report.finding("timezone").value["periods"][1]["from"]).startswith("withheld")
    trip = next(t for t in report.finding("trips").value if t["country"] == "KR")
    assert trip["start"] == "2026-09-01" and trip["end"] == "2026-09-04", trip
    assert trip["last_home_day_before"] == "withheld (near a night-time move) Jun–Aug 2026", trip
    assert trip["first_home_day_after"] == "2026-09-05" and "start_month" not in trip, trip
    for name, out in ex60._outputs(report).items():
        assert "2026-08-31" not in out and "31 Aug 2026" not in out, name
