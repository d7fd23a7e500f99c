"""SWITCH59 (T56C 3 / T56A 8): the records beside a clock switch are judged by the night gate on the clock each was
lived on. A far move's switch may fall on a record of the earlier clock (clock._day_switch: a cut between two
records by day, the earlier read on the earlier clock, the later on the later): Berlin → Tokyo, the last Berlin
record Tue 30 Jun 2026 at 23:00 (Berlin's night), read at the switch as Wed 06:00 on Tokyo's clock, was taken for a
daytime record and the move said "since 1 Jul 2026" without --include-sensitive. Now each record beside the switch is
read on the clock the switch gives it and, where the other period's own bound day holds it on the other clock, on
that clock too; at night on either, the switch is undated as a whole (GATE3) and no output says its day.

People are invented: test_inference_synth.person on each clock, a login a day from the clock's country, the last
record on the earlier clock and the first on the later one planted with quiet hours before and after them."""

from __future__ import annotations

import io
import json
import random
import re
from datetime import UTC, date, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo

import pytest
from test_inference_synth import Stream, local, person

from dataexam import report as report_module
from dataexam.inference import infer
from dataexam.inference.clock import _day_edges
from dataexam.inference.sensitive import is_night_at, month_words
from dataexam.inference.timezone import MovedZone
from dataexam.report import view

IPS = {
    "DE": "91.64.0.1",
    "JP": "133.242.0.1",
    "AU": "1.128.0.1",
    "US": "73.10.0.5",
    "AE": "94.200.0.1",
    "IN": "49.204.0.1",
    "GB": "81.2.69.142",
    "NZ": "203.97.0.1",
}
COUNTRY = {
    "Europe/Berlin": "DE",
    "Asia/Tokyo": "JP",
    "Australia/Sydney": "AU",
    "America/Los_Angeles": "US",
    "Asia/Dubai": "AE",
    "Asia/Kolkata": "IN",
    "America/Chicago": "US",
    "Europe/London": "GB",
    "Pacific/Auckland": "NZ",
    "Pacific/Honolulu": "US",
}
#: the hours (local, the earlier clock's, on the day before the move) of the earlier clock's planted last record
LAST_HOURS = (23.0, 20.5)
#: no other record within this many hours before the last planted record or after the first
QUIET_H = 1.5


def _moved(
    a: str, b: str, moved: date, last_h: float, first_h: float, quiet_h: float = QUIET_H
) -> tuple[list, datetime, datetime]:
    """``a`` until ``last_h`` on the day before ``moved`` (its clock), ``b`` from ``first_h`` on ``moved`` (its
    clock) — or the first day after it that begins ≥ 3 h after that last record (east across the date line,
    Honolulu's Tuesday evening is Auckland's Thursday morning); a login a day from each clock's country, none within
    a day of the move."""
    start, end, s, rng = moved - timedelta(days=484), moved + timedelta(days=270), Stream("x.zip"), random.Random(7)
    last, first = local(ZoneInfo(a), moved - timedelta(days=1), last_h), local(ZoneInfo(b), moved, first_h)
    while first < last + timedelta(hours=3):
        moved += timedelta(days=1)
        first = local(ZoneInfo(b), moved, first_h)
    ev = [
        e
        for e in person(a, days=(moved - start).days + 1, start=start, per_day=8, seed=11)
        if e.time < last - timedelta(hours=quiet_h)
    ]
    ev += [
        e
        for e in person(b, days=(end - moved).days + 2, start=moved - timedelta(days=1), per_day=8, seed=12)
        if e.time > first + timedelta(hours=quiet_h)
    ]
    ev += [s.ev(last, "twitter.tweet", "the last evening here"), s.ev(first, "twitter.tweet", "first day there")]
    for zone, x, y in ((a, start, moved - timedelta(days=2)), (b, moved + timedelta(days=1), end)):
        d = x
        while d <= y:
            ev.append(s.ev(local(ZoneInfo(zone), d, rng.uniform(9, 21)), "twitter.login", None, ip=IPS[COUNTRY[zone]]))
            d += timedelta(days=1)
    return sorted(ev, key=lambda e: e.sort_key), last, first


def _outputs(report: object) -> dict[str, str]:
    outs = {}
    for fmt in ("json", "text", "markdown"):
        buf = io.StringIO()
        report_module.render(report, fmt, buf, detail="full")  # type: ignore[arg-type]
        outs[fmt] = buf.getvalue()
    return outs


def _day_forms(d: date) -> list[str]:
    """The ways a report writes the day ``d``: ISO, "1 Jul 2026", "1 Jul" (whole numbers only)."""
    return [d.isoformat(), rf"(?<!\d){d.day} {d:%b %Y}", rf"(?<!\d){d.day} {d:%b}\b"]


PAIRS = [
    ("Europe/Berlin", "Asia/Tokyo"),
    ("Asia/Tokyo", "Europe/Berlin"),
    ("Australia/Sydney", "America/Los_Angeles"),
    ("America/Los_Angeles", "Australia/Sydney"),
    ("Asia/Kolkata", "Asia/Dubai"),
    ("America/Chicago", "Europe/London"),
    ("Europe/London", "America/Chicago"),
    ("Pacific/Auckland", "Pacific/Honolulu"),
    ("Pacific/Honolulu", "Pacific/Auckland"),
]
# Dubai → Kolkata is left out: its switch falls a day late, after Kolkata's first evening (T55A 4, open), and the
# records beside it are Kolkata's read on Dubai's clock by the switch and by Dubai's last said day alike
#: Wednesday 1 Jul 2026 (T56C's Berlin → Tokyo): the first day on the later clock; Tokyo's first record at 19:00, so
#: the switch nearest Tokyo's noon fell on Berlin's last record (23:00, 06:00 in Tokyo) before SWITCH59
MOVED = date(2026, 7, 1)
FIRST_H = 19.0
#: more (last, first) hours: the earlier clock's last record past its midnight (01:30 on the move's day), and a last
#: at 22:15 beside a first at 06:15. (A first record at night on the later clock, 02:30, after a last evening by day
#: is left out: Berlin → Tokyo, Chicago → London and others are then dated a day late, the switch after the later
#: clock's whole first day, whose records it reads on the earlier clock — open, SWITCH59's report)
EDGES = [(25.5, 19.0), (22.25, 6.25)]


@pytest.mark.parametrize(("last_h", "first_h"), [*((h, 19.0) for h in LAST_HOURS), *EDGES])
@pytest.mark.parametrize(("a", "b"), PAIRS)
def test_the_records_beside_a_switch_are_judged_on_the_clock_each_was_lived_on(
    a: str, b: str, last_h: float, first_h: float
) -> None:
    events, last, _first = _moved(a, b, MOVED, last_h, first_h)
    report = infer(events, now=datetime(2027, 4, 2, tzinfo=UTC))
    tz = report.finding("timezone")
    clock = report.clock
    if not isinstance(clock, MovedZone):
        pytest.fail(f"{a} → {b}: no move read ({view.headline(tz.to_dict())})")
    assert str(clock.zones[0]) == a
    switch = clock.switches[0].replace(tzinfo=UTC)
    # the records either side of the switch (15-minute bins, as the clock reads them), each on the clock it was
    # lived on: up to the planted last record on the earlier clock, from the planted first on the later one
    times = sorted({e.time.replace(minute=e.time.minute // 15 * 15, second=0, microsecond=0) for e in events})
    before = max(t for t in times if t < switch)
    after = min(t for t in times if t >= switch)

    def lived(t: datetime) -> tzinfo:  # the report's own clock of each side (Chicago's, where it names the US so)
        return clock.zones[0] if t <= last else clock.zones[1]

    night = [t for t in (before, after) if is_night_at(t, lived(t))]
    periods = tz.value["periods"]
    said = " ".join([tz.summary, *tz.caveats, tz.confidence_basis, json.dumps(tz.value)])
    if night:
        # undated as a whole: no bound of the switch is a day, and no output says the night record's local day or
        # a day beside it (a "since" the day after the earlier clock's last evening dates it)
        assert periods[0]["to"].startswith("withheld") and periods[1]["from"].startswith("withheld"), periods
        assert periods[1]["start"] == periods[1]["from"] and tz.value["earlier_zone"]["until"] == periods[0]["to"]
        # (the night record's own day in every output; the days beside it in the time-zone finding, whose "since"
        # would date it — the home finding's login days are daytime logins' own days)
        # (the JSON's examples_from is an instant the report writes dated already, a daytime record's UTC day)
        outs = {**_outputs(report), "timezone": said}
        outs["json"] = re.sub(r'"examples_from": "[^"]*"', "", outs["json"])
        for t in night:
            d = t.astimezone(lived(t)).date()
            for fmt, out in outs.items():
                for day in (d - timedelta(days=1), d, d + timedelta(days=1)) if fmt == "timezone" else (d,):
                    for form in _day_forms(day):
                        hit = re.search(form, out)
                        assert hit is None, (
                            a,
                            b,
                            last_h,
                            first_h,
                            fmt,
                            out[max(0, hit.start() - 160) : hit.end() + 40],
                        )
        # the switch's bounds are said by its window alone (WINDOW66: they were the night record's weekday and hour,
        # "withheld Tue 23:00", on one of the two clocks — the weekday one night in seven): no weekday, no hour
        for t in night:
            forms = {f"{t.astimezone(z):%a %H:%M}" for z in clock.zones[:2]}
            bounds = json.dumps([periods[0]["to"], periods[1]["from"], tz.value["earlier_zone"]])
            assert not any(f in bounds for f in forms), (a, b, last_h, first_h, forms, bounds)
        window = month_words(periods[0]["to_month"])
        assert periods[0]["to"] == periods[1]["from"] and periods[0]["to"].startswith(
            "withheld (near a night-time move) "), periods
        assert window and periods[0]["to"].endswith(f" {window}"), (periods, window)
    if (last_h, first_h) == (23.0, FIRST_H) and (a, b) == ("Europe/Berlin", "Asia/Tokyo"):
        # T56C 3 itself: the switch fell on Berlin's last record, Tue 23:00 (06:00 on Tokyo's clock)
        assert after == last and night == [last], (switch, before, after)
        assert view.headline(tz.to_dict()).startswith(
            # WINDOW62: by the switch's window (Jun–Aug about 1 Jul, its first day on Tokyo's clock) — "Jun 2026",
            # the night's own month on Berlin's clock, beside a window centred on July placed it on 30 Jun
            "You live on Tokyo time (Asia/Tokyo, UTC+9) since Jun–Aug 2026 (day withheld: near a night-time move; "
            "--include-sensitive); before, on Berlin time"
        ), view.headline(tz.to_dict())
        assert periods[1]["from"] == "withheld (near a night-time move) Jun–Aug 2026"  # WINDOW66: was "Tue 23:00"


def test_the_earlier_clock_s_last_record_after_a_switch_at_utc_midnight_is_read_on_its_own_clock() -> None:
    """London → the US (New York named): London's last record Wed 1 Jul 2026 01:30, four quiet hours before it, the
    switch at UTC midnight before it — read on New York's clock (Tue 20:30, by day) the move was said "since 1 Jul
    2026"; on London's, where the later period's first day has not begun, it is a night's record."""
    events, _last, _first = _moved("Europe/London", "America/Chicago", MOVED, 25.5, FIRST_H, quiet_h=4.0)
    tz = infer(events, now=datetime(2027, 4, 2, tzinfo=UTC)).finding("timezone")
    periods = tz.value["periods"]
    # (said on the switch's clock, New York's: the record lies between London's last day and New York's first)
    assert periods[1]["from"] == periods[1]["start"] == "withheld (near a night-time move) May–Jul 2026", periods
    assert periods[0]["to"].startswith("withheld") and "1 Jul" not in view.headline(tz.to_dict())
    # (WINDOW62: its window's months — the month before to the month after its first record on the later clock,
    # 30 Jun 20:30 in New York: May–Jul 2026 — was "since Jun 2026", the record's own month)
    assert periods[1]["from_month"] == periods[0]["to_month"] == "2026-05/2026-07", periods
    assert "since May–Jul 2026 (day withheld: near a night-time move; --include-sensitive)" in \
        re.sub(r"\s+", " ", view.headline(tz.to_dict()))
    assert "2026-07-01" not in json.dumps(tz.value) and "2026-06-30" not in json.dumps(tz.value)


def test_a_switch_between_daytime_records_keeps_its_day() -> None:
    """The control: Berlin's last record at 20:30, Tokyo's first at 19:00 — the switch lies between records by day
    on every clock that could read them, and the default report dates the move as before."""
    events, _last, _first = _moved("Europe/Berlin", "Asia/Tokyo", MOVED, 20.5, FIRST_H)
    tz = infer(events, now=datetime(2027, 4, 2, tzinfo=UTC)).finding("timezone")
    assert view.headline(tz.to_dict()).startswith(
        "You live on Tokyo time (Asia/Tokyo, UTC+9) since 1 Jul 2026; before, on Berlin time"
    ), view.headline(tz.to_dict())
    assert tz.value["earlier_zone"]["until"] == "2026-06-30"


def test_a_period_s_day_edges_are_its_own_clock_s_midnights() -> None:
    earlier = {"to": "2026-06-30", "zone": "Europe/Berlin"}
    later = {"from": "2026-07-01", "zone": "Asia/Tokyo"}
    assert _day_edges(earlier, later) == (datetime(2026, 6, 30, 22, tzinfo=UTC), datetime(2026, 6, 30, 15, tzinfo=UTC))
    assert _day_edges({"to": "withheld Tue 23:00", "zone": "Europe/Berlin"}, later)[0] is None
    assert _day_edges(earlier, {"from": "2026-07-01", "zone": "Nowhere/Else"})[1] is None
