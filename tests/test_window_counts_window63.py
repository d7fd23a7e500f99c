"""WINDOW63 (T59D, privacy first): the window about a night-time clock switch (WINDOW62) holds in every count, week
and saved report.

3. A saved JSON report lost its clock where an undated switch whose period dates no instant (``examples_from``
   null) came before a dated one: the re-rendered text said "Your week, in UTC:" where the live report said "on
   Berlin time" (``view.local_zone`` placed the undated switch after every instant, out of order with the dated one
   after it; ``MovedZone.of_periods`` raised). It is now placed at its window's end or just before the next switch.

People are invented (tests/test_inference_synth.person)."""

from __future__ import annotations

import hashlib
import io
import json
import re
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import test_examples_near_switch_example60 as ex60
import test_switch_own_clock_switch59 as switch59
from test_inference_synth import Stream, local, person

from dataexam import report as report_module
from dataexam.inference import infer

NOW = datetime(2027, 4, 2, tzinfo=UTC)
START, END = date(2025, 3, 1), date(2027, 3, 20)


def _h(*key: object) -> float:
    """A stable pseudo-random fraction in [0, 1) of ``key``."""
    return int(hashlib.md5(repr(key).encode()).hexdigest()[:8], 16) / 2**32


def _moves(zones: list[str], moves: list[date], quiet: float = 1.5,  # type: ignore[type-arg]
           fixed: bool = False) -> list:
    """An invented person living on ``zones[0]`` until the night before ``moves[0]`` (the last post at 23:00 there),
    on ``zones[1]`` from 19:00 on ``moves[0]`` and so on; a daily login from each zone's country, none within a day
    of a move. ``quiet``: hours with no post either side of each move's two posts. ``fixed``: each zone's posts drawn
    over the whole history from :data:`START` and cut at the moves, so the posts outside a window about the move are
    the same whichever night in it the move is (WINDOW64); else drawn from the day before the move on."""
    switch59.IPS.update(ex60.IPS)
    switch59.COUNTRY.update(ex60.COUNTRY)
    s = Stream("x.zip")
    bounds = [START - timedelta(days=1), *moves, END + timedelta(days=2)]
    events = []
    for i, zone in enumerate(zones):
        lo = None if i == 0 else local(ZoneInfo(zone), bounds[i], 19.0)
        hi = None if i == len(zones) - 1 else local(ZoneInfo(zone), bounds[i + 1] - timedelta(days=1), 23.0)
        begin = START if i == 0 or fixed else bounds[i] - timedelta(days=1)
        for e in person(zone, days=(bounds[i + 1] - begin).days + 2, start=begin, per_day=8, seed=11 + i):
            if (lo is None or e.time > lo + timedelta(hours=quiet)) \
                    and (hi is None or e.time < hi - timedelta(hours=quiet)):
                events.append(e)
        if lo is not None:
            events.append(s.ev(lo, "twitter.tweet", "first day here"))
        if hi is not None:
            events.append(s.ev(hi, "twitter.tweet", "last evening here"))
    d = START
    while d <= END:
        for i, zone in enumerate(zones):
            first_day = START if i == 0 else bounds[i] + timedelta(days=1)
            last_day = END if i == len(zones) - 1 else bounds[i + 1] - timedelta(days=2)
            if first_day <= d <= last_day:
                events.append(s.ev(local(ZoneInfo(zone), d, 9 + 12 * _h(zone, d)), "twitter.login", None,
                                   ip=switch59.IPS[switch59.COUNTRY[zone]]))
        d += timedelta(days=1)
    events.sort(key=lambda e: e.sort_key)
    return events


def _render(data: object, fmt: str = "text") -> str:
    buf = io.StringIO()
    report_module.render(data, fmt, buf, detail="full")  # type: ignore[arg-type]
    return buf.getvalue()


#: (zones, moves): two and three moves, the first at night (undated, no instant dated on its clock), the later ones
#: by day or at night; east and west
MULTI = [
    (["Europe/London", "America/New_York", "Europe/Berlin"], [date(2026, 7, 10), date(2026, 8, 20)]),
    (["Europe/Berlin", "Asia/Tokyo", "Europe/Berlin"], [date(2026, 7, 3), date(2026, 8, 25)]),
    (["Europe/London", "America/New_York", "Europe/Berlin", "Asia/Tokyo"],
     [date(2026, 7, 10), date(2026, 8, 20), date(2026, 11, 5)]),
]


@pytest.mark.parametrize(("zones", "moves"), MULTI)
def test_a_saved_report_reads_on_the_live_clock_after_an_undated_switch(zones: list[str], moves: list[date]) -> None:
    rep = infer(_moves(zones, moves), now=NOW)
    live = _render(rep)
    saved = _render(json.loads(_render(rep, "json")))
    assert "in UTC" not in saved
    assert saved == live


# -- 1. counts of days since (or until) an undated switch --------------------------------------------------------
#: (earlier clock, later clock, two first days on the later clock in one window, Jun–Aug 2026): east and west, the
#: window's first and last weeks and its middle
PAIRS = [("Europe/Berlin", "Asia/Tokyo", date(2026, 7, 3), date(2026, 7, 24)),
         ("Europe/Berlin", "Asia/Tokyo", date(2026, 7, 1), date(2026, 7, 29)),
         ("Europe/London", "America/New_York", date(2026, 7, 3), date(2026, 7, 24)),
         ("Europe/London", "America/New_York", date(2026, 7, 8), date(2026, 7, 29))]


def _counts(rep: object) -> dict[str, object]:
    """Every count of days or records by country the report gives beside the switch: the time-zone finding's
    "fitted to …" and its login IP place evidence, the home finding's country counts and resamples, the text's
    "Countries seen" line (text, JSON, and the text re-rendered from the saved JSON)."""
    data = json.loads(_render(rep, "json"))
    by = {f["id"]: f for f in data["findings"]}
    tz, home = by["timezone"], by["home"]
    text = " ".join(_render(rep).split())
    saved = " ".join(_render(data).split())
    return {
        "fitted": sorted(re.findall(r"fitted to the [^;]*", tz["confidence_basis"])),
        "place": [(p["observations"], p["detail"]) for p in tz["value"]["place_evidence"]
                  if p["source"] == "IP country"],
        "countries": home["value"]["countries"],
        "outside": home["value"].get("countries_outside"),
        "home_basis": re.sub(r"^\d+%", "", home["confidence_basis"]),
        "seen": re.findall(r"Countries seen[^:]*?\) ", text) or re.findall(r"Countries seen.{0,80}", text),
        "seen_saved": re.findall(r"Countries seen.{0,80}", saved)[:1] == re.findall(r"Countries seen.{0,80}", text)[:1],
    }


@pytest.mark.parametrize(("a", "b", "first", "second"), PAIRS)
def test_day_counts_are_the_same_for_every_night_in_the_window(a: str, b: str, first: date, second: date) -> None:
    one = _counts(infer(_moves([a, b], [first], quiet=6.0), now=NOW))
    two = _counts(infer(_moves([a, b], [second], quiet=6.0), now=NOW))
    assert one["place"] and one["countries"] and one["fitted"]
    assert one["outside"] == ["2026-06/2026-08"]
    assert one["seen_saved"] and two["seen_saved"]
    assert one == two
    for counts, night in ((one, first), (two, second)):
        # the days from the night to the archive's end, and from its start to the night, are said nowhere
        said = json.dumps(counts)
        for n in ((END - night).days + k for k in range(-2, 3)):
            assert not re.search(rf"\b{n}\b", said), (n, said)
        for n in ((night - START).days + k for k in range(-2, 3)):
            assert not re.search(rf"\b{n:,}\b|\b{n}\b", said), (n, said)


def test_with_include_sensitive_the_counts_are_exact() -> None:
    night = date(2026, 7, 3)
    rep = infer(_moves(["Europe/Berlin", "Asia/Tokyo"], [night], quiet=6.0), now=NOW, include_sensitive=True)
    counts = _counts(rep)
    assert counts["outside"] is None
    assert "outside" not in json.dumps(counts["fitted"]) + json.dumps(counts["place"])
    assert counts["countries"]["JP"] >= (END - night).days - 2


# -- 2. the mood finding's weeks inside the window -------------------------------------------------------------------
HAPPY = ["Lovely sunny day, had a great walk and a wonderful dinner with friends",
         "So happy with the new bike, what a great ride today", "Wonderful evening cooking pasta, feeling grateful"]
SAD = ["I feel so lonely and sad, everything is awful and I miss home",
       "Terrible day again, crying, I hate this, so depressed", "Awful, miserable and hopeless, nothing is good"]


def _moody(a: str, b: str, first: date, weeks: int, include_sensitive: bool = False):  # type: ignore[no-untyped-def]
    """The invented mover, sad for ``weeks`` weeks from the first day on the later clock."""
    from dataclasses import replace

    begin = datetime.combine(first, datetime.min.time(), UTC)
    out = []
    for i, e in enumerate(_moves([a, b], [first], quiet=6.0)):
        if e.kind == "twitter.tweet" and e.text and e.text.startswith("Cooking"):
            sad = begin <= e.time < begin + timedelta(weeks=weeks)
            e = replace(e, text=(SAD if sad else HAPPY)[i % 3])
        out.append(e)
    return infer(out, now=NOW, include_sensitive=include_sensitive)


@pytest.mark.parametrize(("a", "b", "first", "weeks"), [("Europe/Berlin", "Asia/Tokyo", date(2026, 7, 15), 8),
                                                        ("Europe/London", "America/New_York", date(2026, 7, 8), 5)])
def test_mood_weeks_in_the_window_are_said_by_it(a: str, b: str, first: date, weeks: int) -> None:
    rep = _moody(a, b, first, weeks)
    data = json.loads(_render(rep, "json"))
    mood = next(f for f in data["findings"] if f["id"] == "mood")
    window = (date(2026, 6, 1), date(2026, 8, 31))
    for w in mood["value"]["weekly"]:
        w0 = date.fromisoformat(w["week"])
        assert w0 + timedelta(days=6) < window[0] or w0 > window[1], w
    assert mood["value"]["weeks_withheld"] >= 13
    lows = mood["value"]["low_periods"]
    assert lows and lows[0]["start"] == "2026-06/2026-08" and lows[0]["weeks"] is None
    said = json.dumps(mood) + _render(rep) + _render(rep, "markdown") + _render(rep, "html") + _render(data)
    assert not re.search(r"2026-0[678]-\d\d|\b\d{1,2} (?:Jun|Jul|Aug)\b|(?:Jun|Jul|Aug) \d{1,2}\b", json.dumps(mood))
    assert "Jun–Aug 2026" in said
    # with --include-sensitive the weeks and the spell's days are given
    full = json.loads(_render(_moody(a, b, first, weeks, include_sensitive=True), "json"))
    mood = next(f for f in full["findings"] if f["id"] == "mood")
    assert any(w["week"].startswith("2026-07") for w in mood["value"]["weekly"])
    assert mood["value"]["low_periods"][0]["weeks"] is not None


# -- 4. WINDOW64 (T59E 1-4): the evidence counts, the pinned clock's days and the late nights' span ------------------
#: two nights in one window, Jun–Aug 2026: east and west, the window's first and last weeks, and a Sydney sleeper
#: moving to Los Angeles (T59E 3)
PAIRS64 = [*PAIRS, ("Australia/Sydney", "America/Los_Angeles", date(2026, 7, 5), date(2026, 7, 26))]
#: a pinned clock's nights anchor the home's (T59E 2): Auckland to Honolulu, two nights in Jan–Mar 2026
PINNED64 = ("Pacific/Auckland", "Pacific/Honolulu", date(2026, 2, 10), date(2026, 2, 25))


def _counts64(rep: object) -> dict[str, object]:
    """The evidence counts of the home and time-zone findings (JSON, without items), the time zone's pinned-clock
    basis, the late nights' span, and every "… records support it" phrase in the text and Markdown reports."""
    data = json.loads(_render(rep, "json"))
    by = {f["id"]: f for f in data["findings"]}
    text = " ".join(_render(rep).split())
    md = " ".join(_render(rep, "markdown").split())
    late = by["late_nights"]["value"] or {}
    return {
        "home": {k: v for k, v in by["home"]["evidence"].items() if k != "items"},
        "tz": {k: v for k, v in by["timezone"]["evidence"].items() if k != "items"},
        "lull": re.findall(r"its lull falls at the local hour of the [^;]*", by["timezone"]["confidence_basis"]),
        "over": (late.get("over_days"), late.get("over_days_outside")),
        # the home's and the time zone's (the only ones beside the window: the others count every record, which the
        # invented posts cut about the move's quiet hours shift by one or two)
        "said": [re.findall(r"[\d,]+ records? supports? it[^.•|]*\(outside [^)]*\)", x) for x in (text, md)],
        "saved": " ".join(_render(data).split()) == text,
    }


def _no_night_numbers(said: str, night: date) -> None:
    """No number in ``said`` is the days from ``night`` to the archive's end, or from its start to it (± 2)."""
    for n in [*((END - night).days + k for k in range(-2, 3)), *((night - START).days + k for k in range(-2, 3))]:
        assert not re.search(rf"(?<![\d,.]){n:,}(?![\d,])|(?<![\d,.]){n}(?![\d,])", said), (n, said)


@pytest.mark.parametrize(("a", "b", "first", "second"), PAIRS64)
def test_evidence_counts_are_the_same_for_every_night_in_the_window(a: str, b: str, first: date,
                                                                    second: date) -> None:
    one = _counts64(infer(_moves([a, b], [first], quiet=6.0, fixed=True), now=NOW))
    two = _counts64(infer(_moves([a, b], [second], quiet=6.0, fixed=True), now=NOW))
    assert one["home"]["outside"] == one["tz"]["outside"] == ["2026-06/2026-08"]  # type: ignore[index]
    assert one["home"]["n_support"] and one["tz"]["n_support"]  # type: ignore[index]
    assert one["saved"] and two["saved"]
    for said in one["said"]:  # type: ignore[union-attr]
        assert len(said) >= 2 and all(s.endswith("(outside Jun–Aug 2026)") for s in said), said
    assert one == two
    for counts, night in ((one, first), (two, second)):
        _no_night_numbers(json.dumps(counts, ensure_ascii=False), night)


def test_the_pinned_clock_days_are_the_same_for_every_night_in_the_window() -> None:
    a, b, first, second = PINNED64
    one = _counts64(infer(_moves([a, b], [first], quiet=6.0, fixed=True), now=NOW))
    two = _counts64(infer(_moves([a, b], [second], quiet=6.0, fixed=True), now=NOW))
    assert one["lull"] and "outside Jan–Mar 2026" in one["lull"][0]  # type: ignore[index]
    assert one == two
    for counts, night in ((one, first), (two, second)):
        _no_night_numbers(json.dumps(counts, ensure_ascii=False), night)


@pytest.mark.parametrize(("a", "b", "first", "second"), [PAIRS64[0], PAIRS64[-1], PINNED64])
def test_with_include_sensitive_the_evidence_counts_are_exact(a: str, b: str, first: date, second: date) -> None:
    full = _counts64(infer(_moves([a, b], [first], quiet=6.0, fixed=True), now=NOW, include_sensitive=True))
    assert "outside" not in full["home"] and "outside" not in full["tz"]  # type: ignore[operator]
    assert full["over"][1] is None  # type: ignore[index]
    assert "outside" not in json.dumps(full["said"]) + json.dumps(full["lull"])
    gated = _counts64(infer(_moves([a, b], [first], quiet=6.0, fixed=True), now=NOW))
    assert full["tz"]["n_support"] > gated["tz"]["n_support"]  # type: ignore[index, operator]
    if b == "Pacific/Honolulu":
        assert re.search(r"the \d+ active days on a clock", full["lull"][0])  # type: ignore[index]


#: windows about an undated switch: one (Jun–Aug 2026), two (Jun–Aug 2026 and Jan–Mar 2027)
WINDOWS = [[(date(2026, 6, 1), date(2026, 8, 31))],
           [(date(2026, 6, 1), date(2026, 8, 31)), (date(2027, 1, 1), date(2027, 3, 31))]]


def _late(rows: list[date], gate: object) -> object:
    from dataexam.inference.model import Confidence, Evidence, Finding
    from dataexam.inference.sleep import set_late_nights

    late = Finding(id="late_nights", title="Late or irregular nights",
                   value={"dates": [], "nights_checked": 700, "share_00_05": 0.05, "zone": "Asia/Tokyo",
                          "travel_dates": [], "nights_one_record": 0, "broken_spans": []},
                   confidence=Confidence.MEDIUM, confidence_basis="b", method="m", evidence=Evidence(), summary="")
    set_late_nights(late, {d: (2, None) for d in rows}, [], "Tokyo", {}, gate)  # type: ignore[arg-type]
    return late


@pytest.mark.parametrize("windows", WINDOWS)
@pytest.mark.parametrize("after", [True, False])
def test_the_late_nights_span_is_the_same_for_every_night_in_the_window(windows: list[tuple[date, date]],
                                                                        after: bool) -> None:
    """Late nights every third night (one grid) from the switch to the archive's end (or from its start to it): the
    span without --include-sensitive is that of the nights outside the windows, the same for every night in the
    first window; the windows said beside it; with the flag the run's own span."""
    from dataexam.inference.sensitive import NightGate
    from dataexam.report import view

    near = frozenset(a + timedelta(days=k) for a, b in windows for k in range((b - a).days + 1))
    gate = NightGate(dated=False, near_move=near)
    said: set[tuple[object, ...]] = set()
    for night in (date(2026, 6, 2), date(2026, 7, 3), date(2026, 7, 24), date(2026, 8, 30)):
        grid = [START + timedelta(days=3 * k) for k in range((END - START).days // 3 + 1)]
        rows = [d for d in grid if (d >= night if after else d <= night)]
        late = _late(rows, gate)
        v = late.value  # type: ignore[attr-defined]
        outside = [d for d in rows if d not in near]
        assert v["over_days"] == (outside[-1] - outside[0]).days + 1
        head = view.headline({"id": "late_nights", "value": v})
        summary = late.summary  # type: ignore[attr-defined]
        # the windows said beside the span, whether or not a night listed lies in them (one wording for every night)
        assert v["over_days_outside"] == [f"{a:%Y-%m}/{b:%Y-%m}" for a, b in windows]
        assert "outside Jun–Aug 2026" in head and "outside Jun–Aug 2026" in summary, (head, summary)
        _no_night_numbers(json.dumps(v) + head + summary, night)
        # the span as said (the nights' count is the listed nights', in the window too: not this test's)
        said.add((v["over_days"], re.findall(r"over [^;).]*", head)[0], re.findall(r"over [^;).]*", summary)[0]))
        exact = _late(rows, NightGate(dated=True)).value  # type: ignore[attr-defined]
        assert "over_days_outside" not in exact and exact["dates"] == [d.isoformat() for d in rows]
    assert len(said) == 1, said


def test_the_late_nights_span_is_as_before_where_no_night_is_in_a_window() -> None:
    """Nights after a window: the same span; marked only where the gate undated a switch."""
    from dataexam.inference.sensitive import NightGate

    rows = [date(2026, 10, 1) + timedelta(days=3 * k) for k in range(40)]
    for gate in (NightGate(dated=False), NightGate(dated=False, near_move=frozenset([date(2026, 7, 3)]))):
        v = _late(rows, gate).value  # type: ignore[attr-defined]
        assert v["over_days"] == (rows[-1] - rows[0]).days + 1
        assert ("over_days_outside" in v) == bool(gate.near_move)
