"""SWITCH62 (T59D 4–6, privacy first): several clock switches and the edges of the window withheld about a
night-time one (WINDOW62's three calendar months, ``clock.month_window``).

1. A switch dated by day inside another switch's withheld window stayed dated — London → New York at night, then
   New York → Berlin by day three weeks later: "to 2026-08-19", "from 2026-08-20", "Berlin time since 20 Aug 2026".
   The night lay before that day, inside the window: any day said inside it narrows it. Every period bound inside a
   window is now said by the window ("withheld (near a night-time move) Jun–Aug 2026"), in every output.
2. A long gap before the switch grew the window by the night's place in its month: Berlin's last evening on 3 Jun
   or on 20 Jun before a first Tokyo day in July gave "May–Aug" or "Jun–Aug". It now grows by the gap's months
   alone.
3. Three periods — an earlier home, a stay on a third clock, the home — and the headline said "London time since 11
   Jul 2026; before, on Berlin time": the stay's first day and the clock before it. It now says the current
   period's first day (its window) and the clock just before it.
5. A login near a switch is said with the hour of the clock it was lived on (a login from the later clock's
   country: that clock's), never the earlier clock's — Sydney → Los Angeles, the first US login at 02:30 was "…
   May–Jul 2024 19:30", Sydney's hour, the switch's day cut lying after it. Inside a withheld window no hour at all
   is said (WINDOW65); the lived clock's hour shows where the switch is dated.

People are invented (tests/test_window_counts_window63._moves: each move's last post at 23:00 on the earlier clock,
the first at 19:00 on the later one)."""

from __future__ import annotations

import io
import json
import re
from datetime import date, timedelta
from zoneinfo import ZoneInfo

import pytest
import test_examples_near_switch_example60 as ex60
import test_window_counts_window63 as w63
from test_inference_synth import Stream, local

from dataexam import report as report_module
from dataexam.inference import infer
from dataexam.inference.clock import month_window
from dataexam.inference.sensitive import MOVE_WITHHELD

_MON = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"


def _outputs(report: object) -> dict[str, str]:
    """Text, Markdown, JSON (both details), HTML, the text re-rendered from the saved JSON, and --redact's text and
    JSON."""
    outs = ex60._outputs(report)
    for fmt in ("text", "json", "markdown"):
        buf = io.StringIO()
        report_module.render(report, fmt, buf, detail="full", redact=True)  # type: ignore[arg-type]
        outs[f"redact/{fmt}"] = buf.getvalue()
    return outs


def _windows(periods: list[dict]) -> list[tuple[date, date]]:  # type: ignore[type-arg]
    """The windows the periods' ``…_month`` fields give ("2026-06/2026-08"), as (first day, last day)."""
    out = []
    for p in periods:
        for key in ("from_month", "to_month"):
            m = p.get(key)
            if isinstance(m, str) and "/" in m:
                a, b = m.split("/")
                y, mo = int(b[:4]), int(b[5:7])
                out.append((date.fromisoformat(f"{a}-01"), date(y + (mo == 12), mo % 12 + 1, 1) - timedelta(days=1)))
    return sorted(set(out))


def _no_day_inside(report: object, windows: list[tuple[date, date]]) -> None:
    """No output names a calendar day inside a window, nor a withheld daytime record by its weekday (the switches'
    own bounds, "withheld Thu 19:00", are the gate's form)."""
    switch = ex60._switch_bounds(report)
    for name, out in _outputs(report).items():
        flat = re.sub(r"\s+", " ", out)
        inside = [(d, ctx) for d, ctx in ex60._said_days(flat) if any(lo <= d <= hi for lo, hi in windows)]
        assert not inside, (name, inside[:3])
        assert not ex60._day_weekdays(flat, switch), (name, ex60._day_weekdays(flat, switch)[:2])


# -- 1. a switch by day inside another's window ------------------------------------------------------------------
#: (zones, moves): a night-time switch and a later one by day inside its window (its first, middle and last weeks),
#: east and west; a daytime switch followed by a night-time one whose window holds it; three switches
TWO = [
    (["Europe/London", "America/New_York", "Europe/Berlin"], [date(2026, 7, 10), date(2026, 8, 20)]),
    (["Europe/London", "America/New_York", "Europe/Berlin"], [date(2026, 6, 12), date(2026, 7, 24)]),
    (["Europe/London", "America/New_York", "Europe/Berlin"], [date(2026, 7, 3), date(2026, 8, 28)]),
    (["Europe/Berlin", "Asia/Tokyo", "Europe/London"], [date(2026, 7, 10), date(2026, 8, 20)]),
    (["Europe/Berlin", "Asia/Tokyo", "Europe/Berlin"], [date(2026, 7, 3), date(2026, 8, 25)]),
    (["Europe/London", "America/New_York", "Europe/Berlin", "Asia/Tokyo"],
     [date(2026, 7, 10), date(2026, 8, 20), date(2026, 11, 5)]),
]


@pytest.mark.parametrize(("zones", "moves"), TWO)
def test_a_switch_inside_another_s_window_is_said_by_the_window(zones: list[str], moves: list[date]) -> None:
    report = infer(w63._moves(zones, moves), now=w63.NOW)
    value = report.finding("timezone").value
    periods = value["periods"]
    assert [p["zone"] for p in periods] == zones, periods
    windows = _windows(periods)
    assert windows, periods
    for p in periods:
        for key in ("from", "to"):
            said = str(p[key])
            if re.fullmatch(r"\d{4}-\d\d-\d\d", said):
                # a bound still dated lies outside every window
                assert not any(lo <= date.fromisoformat(said) <= hi for lo, hi in windows), (key, p)
            elif said.startswith(MOVE_WITHHELD):
                # … else it is the window's months, its ``…_month`` the window's interval
                lo, hi = next((lo, hi) for lo, hi in windows if p[f"{key}_month"] == f"{lo:%Y-%m}/{hi:%Y-%m}")
                words = f"{lo:%b}–{hi:%b %Y}" if lo.year == hi.year else f"{lo:%b %Y}–{hi:%b %Y}"
                assert said == f"{MOVE_WITHHELD} {words}", p
        if isinstance(p.get("start"), str) and p["start"].startswith("withheld"):
            assert p["start"] == p["from"], p
    # every switch lies in a window or is dated outside them: here each later switch is in one
    for k in range(1, len(periods)):
        assert str(periods[k]["from"]).startswith("withheld"), periods[k]
    until = (value.get("earlier_zone") or {}).get("until")
    assert until is None or not re.fullmatch(r"\d{4}-\d\d-\d\d", str(until)) or \
        not any(lo <= date.fromisoformat(until) <= hi for lo, hi in windows), until
    _no_day_inside(report, windows)


def test_with_include_sensitive_the_second_switch_is_dated() -> None:
    zones, moves = TWO[0]
    report = infer(w63._moves(zones, moves), now=w63.NOW, include_sensitive=True)
    periods = report.finding("timezone").value["periods"]
    assert periods[2]["from"] == moves[1].isoformat(), periods
    assert not any(MOVE_WITHHELD in str(v) for p in periods for v in p.values()), periods


# -- 2. the window's growth on a long gap --------------------------------------------------------------------------
def _month_of(d: date, months: int) -> date:
    k = d.year * 12 + d.month - 1 + months
    return date(k // 12, k % 12 + 1, 1)


@pytest.mark.parametrize("anchor", [date(2026, 7, 1), date(2026, 7, 15), date(2026, 7, 31), date(2027, 1, 2),
                                    date(2024, 3, 1), date(2026, 12, 31)])
def test_a_gap_grows_the_window_by_its_months_alone(anchor: date) -> None:
    """Every last record from 1 to 120 days before the anchor (on its clock and a day either side): the window is
    the same for every day of a month — the month before the anchor's (or the record's own month, where earlier)
    to the month after the anchor's."""
    by_month: dict[date, set[frozenset[date]]] = {}
    for k in range(0, 121):
        last = anchor - timedelta(days=k)
        window = month_window(anchor, {last - timedelta(days=1), last, last + timedelta(days=1), anchor})
        by_month.setdefault(_month_of(last - timedelta(days=1), 0), set()).add(window)
        first = min(_month_of(anchor, -1), _month_of(last - timedelta(days=1), 0))
        assert min(window) == first and max(window) == _month_of(anchor, 2) - timedelta(days=1), (anchor, last)
        assert last - timedelta(days=1) in window and anchor in window
    # the width depends on the months alone
    for month, windows in by_month.items():
        assert len(windows) == 1 or month >= _month_of(anchor, -1), (month, len(windows))


def _gapped(a: str, b: str, first_day: date, last_day: date):  # type: ignore[no-untyped-def]
    """The invented mover (``w63._moves``) with nothing between the last evening on ``a`` (23:00 on ``last_day``)
    and the first post on ``b`` (19:00 on ``first_day``)."""
    events = w63._moves([a, b], [first_day])
    last, first = local(ZoneInfo(a), last_day, 23.0), local(ZoneInfo(b), first_day, 19.0)
    events = [e for e in events if not (last - timedelta(hours=1.5) < e.time < first)]
    events.append(Stream("g.zip").ev(last, "twitter.tweet", "the last evening here"))
    events.sort(key=lambda e: e.sort_key)
    return events


@pytest.mark.parametrize(("a", "b", "first_day", "nights", "months"), [
    ("Europe/Berlin", "Asia/Tokyo", date(2026, 7, 10), [date(2026, 5, 2), date(2026, 5, 30)], "2026-05/2026-08"),
    ("Europe/London", "America/New_York", date(2026, 8, 12), [date(2026, 5, 4), date(2026, 5, 29)],
     "2026-05/2026-09"),
    ("Europe/London", "America/New_York", date(2026, 8, 12), [date(2026, 6, 2), date(2026, 6, 23)],
     "2026-06/2026-09"),
])
def test_the_gap_s_window_is_the_same_for_every_night_of_its_month(a: str, b: str, first_day: date,
                                                                   nights: list[date], months: str) -> None:
    """Two last evenings in one month before a gap of weeks (T59D 4: on 2 and 30 May before a first Tokyo day on 10
    Jul, "Apr–Aug" and "May–Aug"): one window, the gap's month to the month after the first day's, said alike."""
    said = []
    for night in nights:
        report = infer(_gapped(a, b, first_day, night), now=w63.NOW)
        periods = report.finding("timezone").value["periods"]
        assert periods[0]["to_month"] == periods[1]["from_month"] == months, (night, periods[:2])
        said.append(periods[0]["to_month"])
        _no_day_inside(report, _windows(periods))
    assert len(set(said)) == 1


# -- 3. the headline after a stay on a third clock ---------------------------------------------------------------
@pytest.mark.parametrize(("zones", "moves", "headline"), [
    (["Europe/Berlin", "Asia/Tokyo", "Europe/London"], [date(2026, 7, 10), date(2026, 8, 20)],
     "You live on London time (Europe/London, UTC+0 with summer time) since Jul–Sep 2026 (day withheld: "
     "near a night-time move; --include-sensitive); before, on Tokyo time (Asia/Tokyo)."),
    (["Europe/London", "America/New_York", "Europe/Berlin", "Asia/Tokyo"],
     [date(2026, 7, 10), date(2026, 8, 20), date(2026, 11, 5)],
     "You live on Tokyo time (Asia/Tokyo, UTC+9) since Oct–Dec 2026 (day withheld: near a night-time move; "
     "--include-sensitive); before, on Berlin time (Europe/Berlin)."),
])
def test_the_headline_names_the_current_period_s_clock_and_the_one_before(zones: list[str], moves: list[date],
                                                                         headline: str) -> None:
    report = infer(w63._moves(zones, moves), now=w63.NOW)
    periods = report.finding("timezone").value["periods"]
    assert [p["kind"] for p in periods][-1] == "home" and periods[-2]["kind"] != "earlier home", periods
    text = " ".join(w63._render(report).split())
    saved = " ".join(w63._render(json.loads(w63._render(report, "json"))).split())
    for out in (text, saved):
        assert headline in out, re.findall(r"You live on [^.]*\.", out)[:1]


# -- 5. the hour of a login in the window: the clock it was lived on -----------------------------------------------
#: (earlier clock, later clock, the later clock's first record: a login from its country at night there, 02:30):
#: west across the date line (Sydney → Los Angeles, SWITCH59's case), east (Berlin → Tokyo), and west over the
#: Atlantic (London → Chicago)
LOGIN_PAIRS = [("Australia/Sydney", "America/Los_Angeles"), ("Europe/Berlin", "Asia/Tokyo"),
               ("Europe/London", "America/Chicago"), ("Pacific/Auckland", "Pacific/Honolulu")]


@pytest.mark.parametrize(("a", "b"), LOGIN_PAIRS)
def test_a_login_in_the_window_gives_the_hour_of_the_clock_it_was_lived_on(a: str, b: str) -> None:
    """The first record on the later clock, a login from its country at 02:30 there: said (by the window where the
    switch is undated, else by its weekday) with its hour on the later clock the report names (Chicago's for a Los
    Angeles login, the activity cannot tell them apart: SWITCH59), never on the earlier clock (was "… May–Jul 2024
    19:30", Sydney's, the switch's day cut being after the login). The hour is the one the login was lived at; the
    window is the one every record in it says."""
    import test_switch_own_clock_switch59 as switch59

    from dataexam.inference.timezone import MovedZone

    switch59.IPS.update(ex60.IPS)
    switch59.COUNTRY.update(ex60.COUNTRY)
    events, _last, first = switch59._moved(a, b, date(2024, 6, 30), 33.0, 2.5)
    ip = switch59.IPS[switch59.COUNTRY[b]]
    events = [e if e.time != first else type(e)(**{**{f: getattr(e, f) for f in e.__dataclass_fields__},
                                                   "kind": "twitter.login", "text": None, "source": "twitter",
                                                   "attrs": {"ip": ip}}) for e in events]
    report = infer(events, now=w63.NOW.replace(year=2025))
    assert isinstance(report.clock, MovedZone)
    later, earlier = report.clock.zones[1], report.clock.zones[0]
    lived, other = f"{first.astimezone(later):%H:%M}", f"{first.astimezone(earlier):%H:%M}"
    assert lived != other
    data = json.loads(w63._render(report, "json"))
    times = [str(i.get("time")) for f in data["findings"] for i in (f.get("evidence") or {}).get("items") or ()
             if i.get("kind") == "twitter.login"]
    withheld = [t for t in times if t.startswith("withheld")]
    near = [t for t in withheld if t.startswith(MOVE_WITHHELD)]
    hours = {t.rsplit(" ", 1)[-1] for t in withheld if not t.startswith(MOVE_WITHHELD)}
    assert other not in hours, (other, sorted(hours))
    if near:  # WINDOW65: a record in the window says the window alone, no hour (its hour moved with the night)
        assert not any(re.search(r"\d\d:\d\d", t) for t in near), near
    else:
        assert lived in hours, (lived, sorted(hours))
    if near:  # the switch undated (the window's case): the window every record in it says, no weekday and no day
        months = {t[len(MOVE_WITHHELD):].rsplit(" ", 1)[0].strip() for t in near}
        assert len(months) == 1 and not re.search(rf"\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b|\d{{1,2}} (?:{_MON})",
                                                  " ".join(near)), months
        _no_day_inside(report, _windows(report.finding("timezone").value["periods"]))
    else:  # a dated switch: the login at night on its own clock, by its weekday and hour there
        assert f"withheld {first.astimezone(later):%a %H:%M}" in withheld, withheld[:5]
