"""WINDOW65: two nights inside one withheld window give the same report.

A night-time switch of clock is withheld and said by its window, three whole months ("Jun–Aug 2026":
``clock.month_window``). The strongest form of that privacy: the outputs for two different nights inside one
window are equal — text, Markdown, JSON (default and ``--redact``) and the batch table's rows — apart from nothing.

The person here has the same records outside the window whatever the night; inside it, posts at the same UTC
instants whatever the night (the two nights either side of the switch left empty) and one login a day from the
country of the clock that day; the switch's two records at 23:00 on the earlier clock and 19:00 the next day on the
later. Before this pass the records inside the window were read on whichever clock the night gave them: the sleep
window at weekends "01:30–08:15" vs "01:30–06:15", the late nights' count, "5947 vs 5948 active 15-minute bins",
the time zone's ``night_share``, the work place's days, the withheld records' hours ("Jun–Aug 2026 07:00" vs
"08:00"). Of the 40 pairs of nights (4 moves × 5 nights) 40 differed before; after, 33 pairs share a window (two
Auckland → Honolulu nights get none) and the readings by hour are equal in all of them (the rule:
:meth:`.engine.Context.hour_read`); Berlin → Tokyo's whole text and Markdown are equal. Left open (docs/findings.md):
the switch's two bounds keep their weekday in the JSON, and the trips finding's counts inside the window move
with the night (12 of the 33 pairs). WINDOW66 closed both: the bounds are said by the window ("withheld (near a
night-time move) Jun–Aug 2026"), the trips leave the window's days out (``evidence.outside``), and all five outputs
are equal for all 33 pairs, on every move (before: the JSON and batch rows differed in 33 of 33 pairs, by the
bounds' weekday, and the trips in 12)."""

from __future__ import annotations

import hashlib
import io
import itertools
import json
import re
from datetime import UTC, date, datetime, timedelta
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import test_examples_near_switch_example60 as ex60
import test_switch_own_clock_switch59 as sw59
from test_inference_synth import Stream, local, person

from dataexam import report as report_module
from dataexam.batch.tables import finding_row
from dataexam.inference import infer
from dataexam.inference.engine import Context

IPS = {**sw59.IPS, **ex60.IPS}
COUNTRY = {**sw59.COUNTRY, **ex60.COUNTRY}
NOW = datetime(2027, 4, 2, tzinfo=UTC)
W0, W1 = date(2026, 6, 1), date(2026, 8, 31)  # the window of a July night (the months before, of and after it)
A0, B1 = date(2025, 3, 1), date(2027, 3, 20)
#: four moves: east, west, across the equator, across the date line
PAIRS = [("Europe/Berlin", "Asia/Tokyo"), ("Europe/London", "America/New_York"),
         ("Australia/Sydney", "America/Los_Angeles"), ("Pacific/Auckland", "Pacific/Honolulu")]
#: five nights of July, its first and last weeks included
NIGHTS = [date(2026, 7, d) for d in (3, 9, 15, 21, 27)]


def _hh(*k: object) -> float:
    """A fixed pseudo-random fraction [0, 1) of ``k``."""
    return int(hashlib.md5(repr(k).encode()).hexdigest()[:8], 16) / 2**32


def build(a: str, b: str, night: date) -> list[Any]:
    """The person's records for a move from zone ``a`` to zone ``b`` on ``night`` (last evening on ``a``'s clock,
    the first day on ``b``'s the next day)."""
    ev = [e for e in person(a, days=(W0 - A0).days, start=A0, per_day=8, seed=11)
          if e.time.date() < W0 - timedelta(days=1)]
    ev += list(person(b, days=(B1 - W1).days + 2, start=W1 + timedelta(days=2), per_day=8, seed=12))
    s = Stream("x.zip")
    d = W0 - timedelta(days=1)
    while d <= W1 + timedelta(days=1):
        for h in (5.0, 6.0, 7.5, 8.0):  # the same UTC instants whatever the night
            t = datetime(d.year, d.month, d.day, tzinfo=UTC) + timedelta(hours=h + 0.37 * _hh(d, h))
            if not (night - timedelta(days=1) <= d <= night + timedelta(days=1)):
                ev.append(s.ev(t, "twitter.tweet", "daytime note"))
        d += timedelta(days=1)
    ev += [s.ev(local(ZoneInfo(a), night, 23.0), "twitter.tweet", "last evening"),
           s.ev(local(ZoneInfo(b), night + timedelta(days=1), 19.0), "twitter.tweet", "first day")]
    d = A0
    while d <= B1:
        z = a if d < night else b if d > night + timedelta(days=1) else None
        if z:
            t = datetime(d.year, d.month, d.day, tzinfo=UTC) + timedelta(hours=4 + 3 * _hh(d))
            ev.append(s.ev(t, "twitter.login", None, ip=IPS[COUNTRY[z]]))
        d += timedelta(days=1)
    ev.sort(key=lambda e: e.sort_key)
    return ev


def outputs(rep: Any) -> dict[str, str]:
    """Text, Markdown, JSON (default and --redact) and the batch rows of ``rep``."""
    out: dict[str, str] = {}
    for fmt, redact in (("text", False), ("markdown", False), ("json", False), ("json", True)):
        buf = io.StringIO()
        report_module.render(rep, fmt, buf, redact=redact)
        out[f"{fmt}{'.redact' if redact else ''}"] = buf.getvalue()
    data = json.loads(out["json"])
    out["batch"] = json.dumps([finding_row("P1", f) for f in data["findings"]], sort_keys=True, default=str)
    return out


@cache
def run(a: str, b: str, night: date) -> tuple[frozenset[date], dict[str, str]]:
    """(the days withheld about the switch, the outputs) for the move on ``night``."""
    seen: dict[str, frozenset[date]] = {}
    finish = Context.hour_read

    def spy(self: Context, day: date) -> bool:
        seen["w"] = self.move_days_withheld
        return finish(self, day)

    Context.hour_read = spy  # type: ignore[method-assign]
    try:
        rep = infer(build(a, b, night), now=NOW)
    finally:
        Context.hour_read = finish  # type: ignore[method-assign]
    return seen.get("w", frozenset()), outputs(rep)


#: the readings by local hour (WINDOW65's class): each equal for two nights in one window, on every pair of clocks
HOUR_FINDINGS = ("sleep", "social_jetlag", "late_nights", "routine", "work_location", "trust_score")


def _shared(a: str, b: str) -> tuple[dict[date, tuple[frozenset[date], dict[str, str]]], list[tuple[date, date]]]:
    runs = {n: run(a, b, n) for n in NIGHTS}
    pairs = [(x, y) for x, y in itertools.combinations(NIGHTS, 2) if runs[x][0] and runs[x][0] == runs[y][0]]
    assert len(pairs) >= 3, f"{a}→{b}: too few nights share a window ({len(pairs)} pairs)"
    return runs, pairs


def _findings(outs: dict[str, str], key: str = "json") -> dict[str, Any]:
    return {f["id"]: f for f in json.loads(outs[key])["findings"]}


@pytest.mark.parametrize(("a", "b"), PAIRS)
def test_two_nights_in_one_window_read_the_same_hours(a: str, b: str) -> None:
    """Every pair of nights whose windows are one: the findings that read records by local hour are equal in the
    JSON (default and --redact) and the batch rows, and so are the time zone's night share, its basis (the active
    15-minute bins outside the window) and its place evidence."""
    runs, pairs = _shared(a, b)
    differ = []
    for x, y in pairs:
        for key in ("json", "json.redact"):
            fx, fy = _findings(runs[x][1], key), _findings(runs[y][1], key)
            for fid in HOUR_FINDINGS:
                if fx.get(fid) != fy.get(fid):
                    differ.append(f"{x}/{y} {key} {fid}")
            tx, ty = fx["timezone"], fy["timezone"]
            for part in ("confidence_basis", "confidence"):
                if tx[part] != ty[part]:
                    differ.append(f"{x}/{y} {key} timezone {part}")
            for field in ("night_share", "place_evidence", "lull_mid_local"):
                if (tx["value"] or {}).get(field) != (ty["value"] or {}).get(field):
                    differ.append(f"{x}/{y} {key} timezone {field}")
        bx = [r for r in json.loads(runs[x][1]["batch"]) if r["finding_id"] in HOUR_FINDINGS]
        by = [r for r in json.loads(runs[y][1]["batch"]) if r["finding_id"] in HOUR_FINDINGS]
        if bx != by:
            differ.append(f"{x}/{y} batch")
    assert differ == [], differ


@pytest.mark.parametrize(("a", "b"), PAIRS)
def test_two_nights_in_one_window_give_equal_outputs(a: str, b: str) -> None:
    """Every move, every pair of nights whose windows are one: the whole text, Markdown, JSON (default and
    --redact) and batch rows are equal (Berlin → Tokyo: the sleep window at weekends "01:30–08:15" vs
    "01:30–06:15", the late nights 7 vs 5, "5947 vs 5948 active 15-minute bins" before WINDOW65; the switch's
    bounds "withheld Fri 23:00" vs "withheld Thu 23:00" in ``periods[].to``/``from``/``start`` and
    ``earlier_zone.until`` before WINDOW66; London → New York's trips "748 vs 747" records at home and "1
    unconfirmed foreign sighting(s)" for one night of two)."""
    runs, pairs = _shared(a, b)
    assert len(pairs) == (3 if a == "Pacific/Auckland" else 10)
    for x, y in pairs:
        for key in ("text", "markdown", "json", "json.redact", "batch"):
            assert runs[x][1][key] == runs[y][1][key], (x, y, key)


@pytest.mark.parametrize(("a", "b"), PAIRS)
def test_the_switch_s_bounds_are_said_by_the_window(a: str, b: str) -> None:
    """The switch's two bounds in the JSON and batch rows: the window's months, no weekday nor hour, for every
    night inside a window; no "withheld Fri 23:00" in them (the first period's ``from`` and the last one's ``to``,
    the export's first and last records, keep their own form: no window is about them)."""
    weekday = re.compile(r"withheld (?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d\d:\d\d")
    said = "withheld (near a night-time move) Jun–Aug 2026"
    for n in NIGHTS:
        window, outs = run(a, b, n)
        if not window:
            continue
        tz = _findings(outs)["timezone"]["value"]
        periods = tz["periods"]
        assert [periods[0]["to"], periods[1]["from"], periods[1]["start"], tz["earlier_zone"]["until"]] == [said] * 4
        assert periods[0]["to_month"] == periods[1]["from_month"] == "2026-06/2026-08"
        inner = [periods[0]["to"], periods[1]["from"], periods[1]["start"], tz["earlier_zone"]]
        assert not weekday.search(json.dumps(inner, ensure_ascii=False)), (n, inner)
        row = next(r for r in json.loads(outs["batch"]) if r["finding_id"] == "timezone")
        assert row["value__earlier_zone__until"] == said


@pytest.mark.parametrize(("a", "b"), PAIRS)
def test_the_trips_leave_the_window_out(a: str, b: str) -> None:
    """The trips finding counts the days outside the window alone, said so (``evidence.outside``, "… (outside
    Jun–Aug 2026)"), the same for every night in it; with --include-sensitive it counts every day, the window's
    logins judged against each period's home."""
    runs, pairs = _shared(a, b)
    trips = {n: _findings(runs[n][1])["trips"] for n in NIGHTS if runs[n][0]}
    for x, y in pairs:
        assert trips[x] == trips[y], (x, y)
    for t in trips.values():
        assert t["evidence"]["outside"] == ["2026-06/2026-08"]
        assert "unconfirmed foreign sighting" not in t["confidence_basis"]
    n = pairs[0][0]
    inside = sum(1 for e in build(a, b, n) if e.kind == "twitter.login" and W0 <= e.time.date() <= W1)
    assert inside > 80
    dated = infer(build(a, b, n), now=NOW, include_sensitive=True).finding("trips")
    assert dated.evidence.outside is None
    ev = trips[n]["evidence"]
    assert dated.evidence.n_support + dated.evidence.n_against >= ev["n_support"] + ev["n_against"] + inside


@pytest.mark.parametrize(("a", "b"), PAIRS)
def test_the_window_is_said_and_no_night_day_is(a: str, b: str) -> None:
    """The window is the months about the night; no output names a day of July 2026 (the nights' month), nor an
    hour of a record inside the window ("withheld (near a night-time move) Jun–Aug 2026" alone)."""
    for n in NIGHTS:
        window, outs = run(a, b, n)
        if not window:
            continue
        assert min(window) == W0 and max(window) == W1, (n, min(window), max(window))
        for k, v in outs.items():
            assert "2026-07-" not in v, (n, k)
            assert "Jun–Aug 2026" in v or "2026-06/2026-08" in v, (n, k)
            assert not re.search(r"near a night-time move\)? Jun–Aug 2026,? \d\d:\d\d", v), (n, k)
            assert not re.search(r"Jun–Aug 2026 \d\d:\d\d, date withheld", v), (n, k)


#: windows of three months about a switch (the month before, of and after its first local day on the later clock),
#: across a year's edge too
WINDOWS = [date(2026, 7, 20), date(2027, 1, 3), date(2025, 3, 31), date(2026, 12, 1)]


@pytest.mark.parametrize("anchor", WINDOWS)
def test_household_months_inside_a_window_are_said_by_it(anchor: date) -> None:
    """T59D 7: a baby purchase's month inside the window is the window's ("2026-06/2026-08"), never its own (the
    first nappies two weeks after the move: "Jul 2026" for one night, "Aug 2026" for another); an age read from
    such a month is not said; months outside stay; with --include-sensitive nothing changes."""
    from dataexam.inference.clock import month_window
    from dataexam.inference.interests import _window_months, household_sentence
    from dataexam.inference.sensitive import NightGate, window_month, window_words

    window = month_window(anchor)
    said = window_month((min(window), max(window)))
    gate = NightGate(dated=False, near_move=window)
    inside = [f"{d:%Y-%m}" for d in sorted(window) if d.day == 1]
    after = max(window) + timedelta(days=40)
    for m in inside:
        child = {"baby_items": 46, "first": m, "last": f"{after:%Y-%m}", "approx_age_months_at_last": 8,
                 "diaper_sizes": [[m, 1], [f"{after:%Y-%m}", 3]]}
        out = _window_months(gate)(child)
        assert out["first"] == said and out["last"] == f"{after:%Y-%m}"
        assert out["diaper_sizes"] == [[said, 1], [f"{after:%Y-%m}", 3]]
        assert out["approx_age_months_at_last"] is None
        sentence = household_sentence({"child_signals": out})
        assert f"({window_words((min(window), max(window)))} – {after:%b %Y})" in sentence, sentence
        assert _window_months(NightGate(dated=True, near_move=frozenset()))(child) == child
        # every month of the window reads alike: one output for every night inside it
        assert out == _window_months(gate)(child | {"first": inside[0], "diaper_sizes": [[inside[0], 1],
                                                                                         [f"{after:%Y-%m}", 3]]})
    outside = {"baby_items": 3, "first": f"{after:%Y-%m}", "last": f"{after:%Y-%m}", "approx_age_months_at_last": 0,
               "diaper_sizes": []}
    assert _window_months(gate)(outside) == outside


def test_batch_rows_say_the_windows_the_counts_leave_out() -> None:
    """The evidence's ``outside`` in the batch table: ``evidence_outside`` ("2026-06/2026-08", two joined by ";"),
    declared a string; null where the counts hold every record."""
    from dataexam.batch.columns import declared_type

    base = {"id": "home", "confidence": "high", "value": None}
    one = finding_row("P1", base | {"evidence": {"n_support": 201, "n_against": 0, "outside": ["2026-06/2026-08"]}})
    two = finding_row("P1", base | {"evidence": {"n_support": 9, "n_against": 1,
                                                 "outside": ["2026-06/2026-08", "2027-01/2027-03"]}})
    none = finding_row("P1", base | {"evidence": {"n_support": 9, "n_against": 1}})
    assert one["evidence_outside"] == "2026-06/2026-08" and one["n_support"] == 201
    assert two["evidence_outside"] == "2026-06/2026-08;2027-01/2027-03"
    assert none["evidence_outside"] is None
    assert str(declared_type("evidence_outside")) == "string"
