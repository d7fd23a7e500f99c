"""SWITCH60 (T57A 3–5, T57D 7): every record of a switch's ambiguous span is judged by the night gate on the clock(s)
it may have been lived on, the likelier clock deciding where the activity tells them apart.

Before, only the two records beside the placed switch were judged (SWITCH59: on a second clock where the said days
gave it one). Where the switch was placed after the later clock's first record by day, the earlier clock's last night
record was never read: London → Kathmandu on 1 Jul 2026, London's last record Tue 30 Jun 23:00 (03:45 in Kathmandu),
Kathmandu's first Wed 19:00, the switch at 15:00 UTC after it — "since 1 Jul 2026", the earlier period "to
2026-06-30". And where it was placed after the later clock's first night record, that record was read on the earlier
clock: Tokyo → Berlin, Berlin's first record Wed 02:30 (09:30 in Tokyo) — "since 1 Jul". Now the span runs from the
last record surely on the earlier clock to the first surely on the later (clock._switch_span_nights); a record may be
either clock's unless the said days put it on one and the other clock's period makes it
clock.SWITCH_CLEARLY_NATS likelier; every place the switch may lie reads the record before it on the earlier clock and
the one after on the later, and a night so read withholds the switch.

People are invented (tests/test_switch_own_clock_switch59._moved: test_inference_synth.person on each clock, a login a
day from each clock's country, the earlier clock's last record and the later's first planted with quiet hours
around them)."""

from __future__ import annotations

import io
import json
import re
from datetime import UTC, date, datetime

import pytest
import test_switch_own_clock_switch59 as base

from dataexam import report as report_module
from dataexam.inference import infer
from dataexam.inference.sensitive import is_night_at
from dataexam.inference.timezone import MovedZone

IPS = {"CA": "24.114.0.1", "NP": "27.34.0.1", "BR": "179.228.136.117"}
COUNTRY = {"America/St_Johns": "CA", "Asia/Kathmandu": "NP", "America/Sao_Paulo": "BR", "America/New_York": "US"}


@pytest.fixture(autouse=True)
def _countries(monkeypatch: pytest.MonkeyPatch) -> None:
    for cc, ip in IPS.items():
        monkeypatch.setitem(base.IPS, cc, ip)
    for zone, cc in COUNTRY.items():
        monkeypatch.setitem(base.COUNTRY, zone, cc)


#: T57A's eleven moves: east, west, half-hour clocks, across the date line
PAIRS = [
    ("Europe/Berlin", "Asia/Tokyo"),
    ("Asia/Tokyo", "Europe/Berlin"),
    ("America/Chicago", "Europe/London"),
    ("Europe/London", "America/New_York"),
    ("Asia/Kolkata", "Asia/Dubai"),
    ("America/St_Johns", "Europe/London"),
    ("Europe/London", "Asia/Kathmandu"),
    ("Pacific/Auckland", "Pacific/Honolulu"),
    ("Pacific/Honolulu", "Pacific/Auckland"),
    ("Australia/Sydney", "America/Los_Angeles"),
    ("America/Sao_Paulo", "Europe/Berlin"),
]
#: the 1st of a month and mid-month (the later clock's first day)
MOVES = [date(2026, 7, 1), date(2026, 3, 16)]
#: (the earlier clock's last record, the later's first), local hours: the earlier's last at 23:00 and past its
#: midnight (01:30) before the later's first by day. Open, left out (SWITCH60's report): Berlin → Tokyo and St John's
#: → London mid-March with the earlier's last at 01:30 (dated, or withheld with a dated JSON bound beside it); and
#: the later clock's first record at night (02:30 or 23:00) after a last evening by day where that record is a
#: daytime hour of the earlier clock's period (Berlin → Tokyo, Chicago → London, London → Kathmandu …: the
#: likelier clock reads it as the earlier's, and the move is dated a day late)
NIGHT_HOURS = [(23.0, 19.0), (25.5, 19.0)]
OPEN = {("Europe/Berlin", "Asia/Tokyo", date(2026, 3, 16), 25.5), ("America/St_Johns", "Europe/London",
                                                                     date(2026, 3, 16), 25.5)}
NOW = datetime(2027, 4, 2, tzinfo=UTC)


def _outputs(report: object) -> dict[str, str]:
    outs = {}
    for fmt in ("json", "text", "markdown"):
        buf = io.StringIO()
        report_module.render(report, fmt, buf, detail="full")  # type: ignore[arg-type]
        outs[fmt] = buf.getvalue()
    # (the JSON's examples_from is an instant the report writes dated already: SWITCH59)
    outs["json"] = re.sub(r'"examples_from": "[^"]*"', "", outs["json"])
    return outs


def _forms(t: datetime, zone: object) -> list[str]:
    """The ways a report may write the night record ``t``'s local day on ``zone``'s clock: ISO, "1 Jul", "Jul 1",
    "Wed 1" (weekday and day), and the record's own UTC instant to the hour."""
    d = t.astimezone(zone).date()  # type: ignore[arg-type]
    return [d.isoformat(), rf"(?<!\d){d.day} {d:%b}\b", rf"\b{d:%b} {d.day}(?!\d)", rf"\b{d:%a} {d.day}(?!\d)",
            f"{t:%Y-%m-%dT%H}"]


GRID = [(a, b, moved, last_h, first_h) for a, b in PAIRS for moved in MOVES for last_h, first_h in NIGHT_HOURS
        if (a, b, moved, last_h) not in OPEN]


@pytest.mark.parametrize(("a", "b", "moved", "last_h", "first_h"), GRID)
def test_no_output_says_the_day_of_a_night_record_the_switch_may_lie_beside(
    a: str, b: str, moved: date, last_h: float, first_h: float
) -> None:
    events, last, first = base._moved(a, b, moved, last_h, first_h)
    report = infer(events, now=NOW)
    clock = report.clock
    if not isinstance(clock, MovedZone):
        pytest.fail(f"{a} → {b}: no move read")
    lived = {last: clock.zones[0], first: clock.zones[1]}
    nights = [(t, z) for t, z in lived.items() if is_night_at(t, z)]
    assert nights, "the grid plants a night record on one side"
    periods = report.finding("timezone").value["periods"]
    # the switch undated as a whole
    assert periods[0]["to"].startswith("withheld") and periods[1]["from"].startswith("withheld"), (
        a, b, moved, last_h, first_h, periods)
    for fmt, out in _outputs(report).items():
        for t, z in nights:
            for form in _forms(t, z):
                hit = re.search(form, out)
                assert hit is None, (a, b, moved, last_h, first_h, fmt, form,
                                     out[max(0, hit.start() - 160): hit.end() + 40])


def test_london_s_last_night_record_before_a_switch_placed_after_kathmandu_s_first_is_judged() -> None:
    """T57A 3's repro: 'since 1 Jul 2026', the earlier period 'to 2026-06-30' → withheld by the month."""
    events, _last, _first = base._moved("Europe/London", "Asia/Kathmandu", date(2026, 7, 1), 23.0, 19.0)
    tz = infer(events, now=NOW).finding("timezone")
    said = json.dumps(tz.value) + tz.summary
    assert "since Jul 2026 (day withheld: night-time; --include-sensitive)" in tz.summary, tz.summary
    assert "2026-06-30" not in said and "2026-07-01" not in said and "1 Jul" not in said


@pytest.mark.parametrize(("a", "b", "moved"), [
    ("Asia/Tokyo", "Europe/Berlin", date(2026, 7, 1)), ("Asia/Tokyo", "Europe/Berlin", date(2026, 3, 16)),
    ("Europe/London", "America/New_York", date(2026, 7, 1)), ("Europe/London", "America/New_York", date(2026, 3, 16))])
def test_the_later_clock_s_first_night_record_before_the_switch_is_judged_on_its_clock(a: str, b: str,
                                                                                      moved: date) -> None:
    """T57A 4: Tokyo → Berlin, Berlin's first record Wed 02:30 (09:30 in Tokyo) — 'since 1 Jul' → withheld; moves
    west alike (London → New York)."""
    events, _last, first = base._moved(a, b, moved, 20.5, 2.5)
    report = infer(events, now=NOW)
    tz = report.finding("timezone")
    assert tz.value["periods"][1]["from"].startswith("withheld"), tz.value["periods"]
    d = first.astimezone(report.clock.zones[1]).date()
    said = tz.summary + json.dumps(tz.value)
    assert f"{d.day} {d:%b}" not in said and d.isoformat() not in said


@pytest.mark.parametrize(("a", "b"), [("Europe/Berlin", "Asia/Tokyo"), ("Asia/Tokyo", "Europe/Berlin"),
                                      ("America/Chicago", "Europe/London"), ("Europe/London", "Asia/Kathmandu")])
def test_a_switch_between_records_by_day_whose_span_holds_no_night_keeps_its_day(a: str, b: str) -> None:
    """The cost's control: the earlier clock's last record at 15:00, the later's first at 19:00 (quiet hours around
    each), every record of the span by day on the clock its period makes likelier — dated as before."""
    events, _last, _first = base._moved(a, b, date(2026, 7, 1), 15.0, 19.0, quiet_h=6.0)
    tz = infer(events, now=NOW).finding("timezone")
    periods = tz.value["periods"]
    assert not periods[1]["from"].startswith("withheld"), (a, b, periods)
    assert re.search(r"since \d+ \w+ 2026", tz.summary), tz.summary
