"""EXAMPLE60 (T57A 2 / T57D 2, privacy): no dated example record near a clock switch the night gate withheld.

The time-zone finding undates a switch whose neighbouring record is at night (GATE3), keeping that record's weekday
and hour ("withheld Tue 23:00"), and LIFE59/T57A 1 withheld every day within ``clock.WEEKDAY_PINS`` of it in the
home's move, the life events and the clock's bracket. The example records were left dated: Berlin → Tokyo, Berlin's
last record Tue 30 Jun 2026 at 23:00, with a daytime login Wed 1 Jul 07:30 on Tokyo's clock, gave the evidence line
"login.json, record 1, 2026-07-01 07:30 local" and the JSON period's ``examples_from`` "2026-06-30T22:30:00Z" — the
withheld night's date by its weekday and the next morning's date (24 rows of T57A's 396-row grid). Sydney → Los
Angeles gave the home "since withheld Thu 14:00" beside the evidence row "2026-07-02 14:01 login from … the United
States".

Now the report's gate (``NightGate.near_move``, from ``Context.move_days_withheld``) withholds every record by day
on those days — evidence lines in text, Markdown and HTML, the JSON ``time`` of examples and quoted records, so the
``examples_from`` written from them, the home's, the clock's and the life events' bounds — by its month and hour
("Jul 2026 07:30, date withheld (near a night-time move; --include-sensitive)"), never its day nor its weekday. A
night-time record keeps its weekday and hour as before, as the switch's own bound does. With --include-sensitive,
and where the switch is dated (both records beside it by day), every record stays dated.

People are invented (tests/test_switch_own_clock_switch59._moved: test_inference_synth.person on each clock, a
login a day from each clock's country, the last record on the earlier clock and the first on the later one planted),
with a daytime login within the week beside the switch: from the later country on its first morning (07:30) or from
the earlier one on its last evening, two hours before the last record."""

from __future__ import annotations

import io
import json
import re
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import test_switch_own_clock_switch59 as switch59
from test_inference_synth import Stream, local

from dataexam import report as report_module
from dataexam.events import When
from dataexam.inference import infer
from dataexam.inference.clock import WEEKDAY_PINS, month_window
from dataexam.inference.model import EvidenceItem
from dataexam.inference.sensitive import (
    MOVE_WITHHELD,
    NightGate,
    withheld_near,
    withheld_words,
)
from dataexam.inference.timezone import MovedZone
from dataexam.report import view

NOW = datetime(2027, 4, 2, tzinfo=UTC)
IPS = {"CA": "24.114.0.1", "NP": "27.34.0.1", "BR": "179.228.136.117"}
COUNTRY = {"America/St_Johns": "CA", "Asia/Kathmandu": "NP", "America/Sao_Paulo": "BR", "America/New_York": "US"}
#: T57A's eleven moves: east and west, half-hour and quarter-hour clocks, across the date line both ways
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
#: (earlier clock's last record, later clock's first record) local hours: the last at night, the first at night, both
#: by day — each with a daytime login on the later side (``early``) or the earlier (``late``)
CASES = [(23.0, 19.0, "early"), (23.0, 19.0, "late"), (20.5, 2.5, "early"), (20.5, 2.5, "late"),
         (20.5, 19.0, "early"), (20.5, 19.0, "late")]
MOVED = date(2026, 7, 1)
_MONTHS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
_WEEKDAYS = "Mon|Tue|Wed|Thu|Fri|Sat|Sun"


def _flat(text: str) -> str:
    """``text`` with its line breaks and runs of spaces as one space (a wrapped sentence whole)."""
    return re.sub(r"\s+", " ", text)


def _said_days(text: str) -> list[tuple[date, str]]:
    """Every calendar day ``text`` names, with its context: ISO days (alone or in an instant, "…T22:30:00Z"), "1 Jul
    2026", "1–3 Jul 2026", "30 Jun – 2 Jul 2026", "Jul 1, 2026", and "1 Jul" / "Jul 1" without a year (taken in
    2026, the grid's year)."""
    out: list[tuple[date, str]] = []

    def add(d: str, mon: str, year: str, at: int) -> None:
        try:
            out.append((datetime.strptime(f"{d} {mon[:3]} {year}", "%d %b %Y").date(), text[max(0, at - 90):at + 40]))
        except ValueError:
            pass

    for m in re.finditer(r"\b(20\d\d)-(\d\d)-(\d\d)", text):
        add(m[3], date(2000, int(m[2]), 1).strftime("%b"), m[1], m.start())
    for m in re.finditer(rf"(?<![\d:–])(\d{{1,2}})(?:–(\d{{1,2}}))? ({_MONTHS})[a-z]*"
                         rf"(?: – (\d{{1,2}}) ({_MONTHS})[a-z]*)?(?: (20\d\d))?(?!\d)", text):
        year = m[6] or "2026"
        for d, mon in ((m[1], m[3]), (m[2], m[3]), (m[4], m[5])):
            if d:
                add(d, mon, year, m.start())
    for m in re.finditer(rf"\b({_MONTHS})[a-z]* (\d{{1,2}})(?![\d:])(?:,? (20\d\d))?", text):
        add(m[2], m[1], m[3] or "2026", m.start())
    return out


def _day_weekdays(text: str, switch: set[str]) -> list[str]:
    """Every withheld record by day named by its weekday ("withheld Wed 07:30", "Wed 07:30, date withheld (…)": a
    wall time 06:00–21:59), with its context; a night-time record's ("Tue 23:00") is its withheld form, and the
    switch's own bounds (``switch``: "Tue 21:15", the time-zone periods' — clock._said_periods undates the switch
    as a whole, each bound by its own record's weekday and hour) are the switch's, said by design."""
    pattern = rf"(?:withheld ({_WEEKDAYS}) (\d\d):(\d\d)\b|\b({_WEEKDAYS}) (\d\d):(\d\d), date withheld)"
    out = []
    for m in re.finditer(pattern, text):
        wd, hh, mm = (m[1], m[2], m[3]) if m[1] else (m[4], m[5], m[6])
        if 6 <= int(hh) < 22 and f"{wd} {hh}:{mm}" not in switch:
            out.append(text[max(0, m.start() - 90):m.end() + 40])
    return out


def _switch_bounds(report) -> set[str]:  # type: ignore[no-untyped-def]
    """The weekday-and-hour forms the time-zone finding gives its undated switch ("Tue 21:15")."""
    value = report.finding("timezone").value
    said = [p.get(k) for p in value.get("periods") or () for k in ("from", "to", "start")]
    said.append((value.get("earlier_zone") or {}).get("until"))
    return {str(x).removeprefix("withheld ") for x in said if str(x).startswith("withheld ")}


def _report(a: str, b: str, last_h: float, first_h: float, login: str, include_sensitive: bool = False):  # type: ignore[no-untyped-def]
    switch59.IPS.update(IPS)
    switch59.COUNTRY.update(COUNTRY)
    events, last, first = switch59._moved(a, b, MOVED, last_h, first_h)
    s = Stream("x.zip")
    if login == "early":  # a daytime login from the later country on its first morning, 07:30
        at = local(ZoneInfo(b), first.astimezone(ZoneInfo(b)).date(), 7.5)
        cc = switch59.COUNTRY[b]
    else:  # … from the earlier one on its last evening, two hours before the last record
        at = (last - timedelta(hours=2)).replace(second=0, microsecond=0)
        cc = switch59.COUNTRY[a]
    events.append(s.ev(at, "twitter.login", None, ip=switch59.IPS[cc]))
    events.sort(key=lambda e: e.sort_key)
    return infer(events, now=NOW, include_sensitive=include_sensitive), events, at


def _outputs(report: object) -> dict[str, str]:
    """Text, Markdown and JSON at default and full detail, HTML at full, and the text rendered again from the saved
    JSON (its ``examples_from`` placing the undated switch: view._placed_switch)."""
    outs = {}
    for fmt in ("json", "text", "markdown", "html"):
        for detail in ("default", "full"):
            if fmt == "html" and detail == "default":
                continue
            buf = io.StringIO()
            report_module.render(report, fmt, buf, detail=detail)  # type: ignore[arg-type]
            outs[f"{fmt}/{detail}"] = buf.getvalue()
    buf = io.StringIO()
    report_module.render(json.loads(outs["json/full"]), "text", buf, detail="full")
    outs["text from saved json"] = buf.getvalue()
    return outs


def _near_days(report, events) -> set[date]:  # type: ignore[no-untyped-def]
    """Every day of the whole calendar months from (the two records beside the switch − WEEKDAY_PINS days) to (them +
    WEEKDAY_PINS days), on either clock beside it and in UTC (NEAR61, T58A 1: a window a fixed width wide was a
    ruler — its first dated day, less seven, was the night). Built here by months, not from clock.month_window."""
    clock = report.clock
    switch = clock.switches[0].replace(tzinfo=UTC)
    before = max(e.time for e in events if e.time is not None and e.time < switch)
    after = min(e.time for e in events if e.time is not None and e.time >= switch)
    days = {t.astimezone(c).date() + timedelta(days=n) for t in (before, after) for c in (*clock.zones, UTC)
            for n in (-WEEKDAY_PINS, WEEKDAY_PINS)}
    months = {(d.year, d.month) for d in days}
    lo, hi = min(months), max(months)
    out, d = set(), date(*lo, 1)
    while (d.year, d.month) <= hi:
        out.add(d)
        d += timedelta(days=1)
    return out


@pytest.mark.parametrize(("last_h", "first_h", "login"), CASES)
@pytest.mark.parametrize(("a", "b"), PAIRS)
def test_no_record_is_dated_within_a_week_of_a_withheld_switch(a: str, b: str, last_h: float, first_h: float,
                                                                login: str) -> None:
    report, events, at = _report(a, b, last_h, first_h, login)
    assert isinstance(report.clock, MovedZone), f"{a} → {b}: no move read"
    periods = report.finding("timezone").value["periods"]
    # undated where a record beside the switch is at night (GATE3, SWITCH59); a switch placed between two records
    # by day (the later clock's first day, nearest its noon) is dated though the earlier clock's last was at 23:00
    withheld = str(periods[1]["from"]).startswith("withheld")
    near = _near_days(report, events)
    outs = _outputs(report)
    case = f"{a} → {b} {last_h}/{first_h} {login}"
    if withheld:
        for name, out in outs.items():
            leaks = [(d.isoformat(), ctx) for d, ctx in _said_days(out) if d in near]
            assert not leaks, f"{case}, {name}: a day near the withheld switch: {leaks[:3]}"
            weekdays = _day_weekdays(out, _switch_bounds(report))
            assert not weekdays, f"{case}, {name}: a record by day by its weekday: {weekdays[:3]}"
        # the records near the switch are still examples, by their month and hour, in every format
        for name in ("json/full", "text/full", "markdown/full", "html/full"):
            assert "near a night-time move" in outs[name], f"{case}, {name}: no example near the switch kept"
        examples_from = json.loads(outs["json/full"])["by_id"]["timezone"]["value"]["periods"][1].get("examples_from")
        assert examples_from is None or datetime.fromisoformat(examples_from).date() not in near, examples_from
    else:
        # a switch dated (both records beside it by day): the records near it keep their dates, the login's too
        # where it is an example
        assert MOVE_WITHHELD not in outs["json/full"] and "near a night-time move" not in outs["text/full"], case
        assert any(d in near for d, _ctx in _said_days(outs["text/full"])), case
        items = [i for f in json.loads(outs["json/full"])["findings"] for i in f["evidence"]["items"]
                 if i["member"] == "twitter/login.json" and i["time"].startswith(f"{at:%Y-%m-%dT%H:%M}")]
        day = at.astimezone(report.clock).date().isoformat()
        assert not items or f"{day} {at.astimezone(report.clock):%H:%M}" in outs["markdown/full"], (case, day)


@pytest.mark.parametrize(("a", "b"), [PAIRS[0], PAIRS[5], PAIRS[8], PAIRS[9]])
def test_with_include_sensitive_every_record_near_the_switch_stays_dated(a: str, b: str) -> None:
    report, _events, at = _report(a, b, 23.0, 19.0, "early", include_sensitive=True)
    outs = _outputs(report)
    day = at.astimezone(report.clock).date().isoformat()
    for name, out in outs.items():
        assert "near a night-time move" not in out, (a, b, name)
    assert day in outs["text/full"] and f'"time": "{at:%Y-%m-%dT%H:%M}' in outs["json/full"], (a, b, day)
    assert not str(report.finding("timezone").value["periods"][1]["from"]).startswith("withheld")


def test_berlin_tokyo_first_morning_login_is_said_by_its_month() -> None:
    """T57A 2's own case: before, "login.json, record 1, 2026-07-01 07:30 local" and ``examples_from``
    "2026-06-30T22:30:00Z" beside "withheld Tue 23:00"."""
    report, _events, _at = _report("Europe/Berlin", "Asia/Tokyo", 23.0, 19.0, "early")
    outs = _outputs(report)
    # WINDOW66: the switch's own bound by the window too (was "withheld Tue 23:00": its weekday, one night in seven)
    assert report.finding("timezone").value["periods"][1]["from"] == "withheld (near a night-time move) Jun–Aug 2026"
    assert "2026-07-01" not in "".join(outs.values()) and "2026-06-30T22:30" not in "".join(outs.values())
    # WINDOW62: by the window's months (Jun–Aug 2026, fixed about the 1 Jul switch), no record number (T58E 2: was
    # "record 1, Jul 2026 07:30")
    assert ("x.zip › twitter/login.json, Jun–Aug 2026, date withheld (near a night-time move;"
            in outs["text/full"])
    item = json.loads(outs["json/full"])["by_id"]["home"]["evidence"]["items"][0]
    assert item["time"] == "withheld (near a night-time move) Jun–Aug 2026" and item["index"] is None, item
    examples_from = json.loads(outs["json/full"])["by_id"]["timezone"]["value"]["periods"][1]["examples_from"]
    # the first dated example is past the window (Jun–Aug 2026), not night + 7 (NEAR61, T58A 1); none where the
    # later period ends inside it
    assert examples_from is None or datetime.fromisoformat(examples_from).date() >= date(2026, 9, 1)


def test_the_gate_says_a_record_near_an_undated_switch_by_its_month_and_hour() -> None:
    """One place (NightGate.near_move) for every writer: instants, date-only days, evidence items and quoted
    records, and how each renderer says them."""
    from dataexam.inference.model import Confidence, Evidence, Finding
    from dataexam.inference.sensitive import withhold_night_dates

    # WINDOW62: the window fixed about the switch's first day on the later clock (1 Jul 2026): Jun–Aug 2026, and
    # every record in it said by those months and its hour, at night too (no weekday), with no record number
    near = month_window(date(2026, 7, 1))
    tokyo = ZoneInfo("Asia/Tokyo")
    gate, open_, plain = NightGate(dated=False, near_move=near), NightGate(dated=True, near_move=near), \
        NightGate(dated=False)
    morning = datetime(2026, 6, 30, 22, 30, tzinfo=UTC)  # Wed 1 Jul 07:30 in Tokyo
    night = datetime(2026, 7, 1, 14, 0, tzinfo=UTC)  # Wed 1 Jul 23:00 in Tokyo
    far = datetime(2026, 9, 8, 3, 0, tzinfo=UTC)  # Tue 8 Sep 12:00 in Tokyo, past the window
    assert gate.instant(morning, tokyo) == "withheld (near a night-time move) Jun–Aug 2026"
    assert gate.instant(night, tokyo) == "withheld (near a night-time move) Jun–Aug 2026"  # was "Wed 23:00"
    assert gate.instant(far, tokyo) == "2026-09-08T03:00:00Z"
    assert open_.instant(morning, tokyo) == "2026-06-30T22:30:00Z" and plain.instant(morning, tokyo) == \
        "2026-06-30T22:30:00Z"
    assert gate.day(morning, tokyo) == "withheld (near a night-time move) Jun–Aug 2026"
    assert gate.home_day(When(morning), tokyo) is None
    # a date-only record (an old Amazon order's day) near the switch: the window alone
    assert gate.instant(When(datetime(2026, 7, 2, tzinfo=UTC), date_only=True), tokyo) == \
        "withheld (near a night-time move) Jun–Aug 2026"
    # its day on the clock said, or in UTC (the JSON's): either near withholds it
    assert gate.near("2026-05-31T20:00:00Z", tokyo) and not gate.near("2026-05-31T20:00:00Z", UTC)  # 1 Jun in Tokyo
    assert gate.near("2026-08-31T16:00:00Z", tokyo)  # 1 Sep 01:00 in Tokyo, 31 Aug in UTC
    assert not gate.near("2026-09-08T03:00:00Z", tokyo) and not open_.near(morning, tokyo)
    # the words every format says
    said = withheld_near("2026-06-30T22:30:00Z", tokyo, gate)
    assert withheld_words(said) == "Jun–Aug 2026, date withheld (near a night-time move; --include-sensitive)"
    assert view.local_time(said, tokyo) == withheld_words(said)
    assert view.bound_day(said, "2026-07") == \
        "Jun–Aug 2026 (day withheld: near a night-time move; --include-sensitive)"
    # evidence items and quoted records, by day near the switch, night-time ones, and far ones
    items = [EvidenceItem("x.zip", "twitter/login.json", i, t, "twitter.login", "login")
             for i, t in enumerate(("2026-06-30T22:30:00Z", "2026-07-01T14:00:00Z", "2026-09-08T03:00:00Z"))]
    quoted = {"archive": "x.zip", "member": "m", "index": 1, "kind": "k", "excerpt": "e",
              "time": "2026-07-02T03:00:00Z"}
    finding = Finding(id="home", title="Home", value={"pair": quoted}, confidence=Confidence.HIGH,
                      confidence_basis="", method="", evidence=Evidence(items=list(items)))
    withhold_night_dates([finding], tokyo, gate)
    assert [(i.time, i.index) for i in finding.evidence.items] == [
        ("withheld (near a night-time move) Jun–Aug 2026", None),
        ("withheld (near a night-time move) Jun–Aug 2026", None), ("2026-09-08T03:00:00Z", 2)]
    assert finding.value["pair"]["time"] == "withheld (near a night-time move) Jun–Aug 2026"
    assert finding.value["pair"]["index"] is None


def test_a_special_category_record_near_an_undated_switch_keeps_its_month_not_its_weekday() -> None:
    """A record whose text is withheld (Art. 9) keeps its weekday and hour — by day near an undated switch its month
    and hour instead, its own reason said."""
    from dataexam.inference.model import Confidence, Evidence, Finding
    from dataexam.inference.sensitive import gate as art9_gate

    near = NightGate(dated=False, near_move=month_window(date(2026, 7, 1)))
    tokyo = ZoneInfo("Asia/Tokyo")

    def finding() -> Finding:
        item = EvidenceItem("x.zip", "twitter/tweet.json", 1, "2026-06-30T22:30:00Z", "twitter.tweet", "a prayer",
                            special="religion")
        return Finding(id="topics", title="Topics", value=None, confidence=Confidence.LOW, confidence_basis="",
                       method="", evidence=Evidence(items=[item]))

    near_f, far_f = finding(), finding()
    art9_gate(near_f, tokyo, near)
    art9_gate(far_f, tokyo)
    # WINDOW62: the window's months, no record number
    assert near_f.evidence.items[0].time == "withheld (special category) Jun–Aug 2026 07:30"
    assert near_f.evidence.items[0].index is None
    assert far_f.evidence.items[0].time == "withheld (special category) Wed 07:30"  # as before, away from a move
    assert view.local_time(near_f.evidence.items[0].time, tokyo) == \
        "Jun–Aug 2026 07:30, date withheld (special category; --include-sensitive)"


def _with_trip(offset: int, include_sensitive: bool = False):  # type: ignore[no-untyped-def]
    """Berlin → Tokyo (switch withheld), with four days in South Korea from ``offset`` days after 1 Jul 2026 (three
    logins a day from a Korean address, none from Japan those days)."""
    switch59.IPS.update(IPS)
    events, _last, _first = switch59._moved("Europe/Berlin", "Asia/Tokyo", MOVED, 23.0, 19.0)
    seoul, tokyo, s = ZoneInfo("Asia/Seoul"), ZoneInfo("Asia/Tokyo"), Stream("y.zip")
    days = [MOVED + timedelta(days=offset + k) for k in range(4)]
    events = [e for e in events if not (e.kind == "twitter.login" and e.time.astimezone(tokyo).date() in days)]
    events += [s.ev(local(seoul, d, h), "twitter.login", None, ip="1.208.0.1")
               for d in days for h in (9.25, 13.5, 18.75)]
    events.sort(key=lambda e: e.sort_key)
    return infer(events, now=NOW, include_sensitive=include_sensitive), events, days


def test_a_trip_within_a_week_of_a_withheld_switch_is_said_by_its_months() -> None:
    """Before: "1 trip abroad: South Korea 3–6 Jul 2026" (value start "2026-07-03", last_home_day_before
    "2026-07-02") beside "withheld Tue 23:00"."""
    report, events, days = _with_trip(2)
    trips = report.finding("trips")
    assert trips.value and trips.value[0]["country"] == "KR", trips.summary
    trip = trips.value[0]
    # WINDOW62: the window's months (Jun–Aug 2026)
    assert trip["start"] == trip["end"] == "withheld (near a night-time move) Jun–Aug 2026", trip
    assert trip["start_month"] == trip["end_month"] == "2026-06/2026-08"
    assert "South Korea Jun–Aug 2026 (days withheld: near a night-time move; --include-sensitive)" in trips.summary
    near = _near_days(report, events)
    for name, out in _outputs(report).items():
        leaks = [(d.isoformat(), ctx) for d, ctx in _said_days(out) if d in near]
        assert not leaks, (name, leaks[:3])
        if name.startswith("text"):
            assert "South Korea Jun–Aug 2026 (days withheld: near a night-time move" in _flat(out), name
    # with the flag, and for a trip a few weeks on, the days as before
    dated = _with_trip(2, include_sensitive=True)[0].finding("trips")
    assert dated.value[0]["start"] == days[0].isoformat() and days[0].isoformat() in dated.summary, dated.summary
    later, _events, later_days = _with_trip(63)  # 2 Sep: past the window (WINDOW62; NEAR61's 10 Aug is inside)
    assert later.finding("trips").value[0]["start"] == later_days[0].isoformat(), later.finding("trips").value
