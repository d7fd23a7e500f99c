"""Stays at an export's first and last days (pass 39, T38B's findings). People are invented: tests/
test_edge_trips_both_ends' two years at home with whole days in the US on its clock at either edge.

1. A 30–45-day stay abroad at an edge was a move: a Berliner's last 35 days in New York, "You most likely live in
   United States since Dec 2024" (low); with 30 days there at both edges the first was a trip and the last a move,
   and 30 days at the start alone "Germany since Feb 2023 (before: United States)"; the clock's periods said "since 31
   Jan 2023; before, on New York time" and "— a stay, or a move?". A run at an edge is a period of
   its own only from moves.MOVE_SHORT_DAYS calendar days or a quarter of the export's span (moves.edge_stay): a
   shorter one is a stay the records begin or end in, a trip; a move four or five months before the end stays one.
2. A move whose first day's own record is at night said "since Sun 23:00, date withheld (…)" in the report where the
   finding said "since Aug 2024": the value keeps the month of a withheld bound (``since_month``), the report says it.
3. A week in Los Angeles to the export's last day (31 Dec) ended on 1 Jan: the trip's days were read on the US's
   middle clock, where an evening in Los Angeles is past midnight; now on the clock the records there keep
   (moves.MovesMixin._stay_clocks).
4. A one-day trip on the export's first day: a day seen by logins alone, all in daytime on New York's clock (14–01
   on Berlin's), is an unconfirmed sighting there as in mid-export — a VPN exit looks the same; a day that ends in
   New York's evening (home's night) is a trip on the first day as on any other.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from test_edge_trips_both_ends import BERLIN, LAST, SYDNEY, TOKYO
from test_edge_trips_both_ends import _edges as _edges_gated
from test_inference_synth import Stream
from test_southern_vpn_weekends import DAYS, FIRST, NEW_YORK, NOW, _home_day, _logins, _part, _trips

from dataexam.inference import infer
from dataexam.inference.moves import MOVE_SHORT_DAYS
from dataexam.report import view

NAME = {BERLIN: "Germany", TOKYO: "Japan", SYDNEY: "Australia"}


def _edges(zone: str, start: int, end: int, **kw):
    """``test_edge_trips_both_ends._edges`` with --include-sensitive: these tests are about the stays' days; the day
    out ends at 23:30 on the trip's clock, night on the clock switched to, so without it a trip near that switch is
    said by its months (EXAMPLE60, NEAR61: tests/test_near_switch_trips_near61.py)."""
    return _edges_gated(zone, start, end, include_sensitive=True, **kw)


def test_without_the_flag_a_trip_begun_on_a_night_time_switch_is_said_by_its_months() -> None:
    r, _planted = _edges_gated(BERLIN, 0, 35)
    (trip,) = r.finding("trips").value
    assert trip["start"].startswith("withheld") and "days_observed" not in trip, trip


@pytest.mark.parametrize(("zone", "start", "end"), [
    (BERLIN, 0, 35), (BERLIN, 30, 30), (BERLIN, 45, 45), (BERLIN, 30, 0), (BERLIN, 45, 0), (SYDNEY, 0, 45),
    (TOKYO, 40, 0), (BERLIN, 0, 60)])
def test_a_month_or_six_weeks_abroad_at_an_edge_is_a_trip_not_a_move(zone: str, start: int, end: int) -> None:
    # before (Berlin, 0, 35): "You most likely live in United States since Dec 2024 (before: Germany)." (low), no
    # trip; (Berlin, 30, 0): "Germany since Feb 2023 (before: United States)"
    r, planted = _edges(zone, start, end)
    home = r.finding("home").to_dict()
    assert view.headline(home) == f"You most likely live in {NAME[zone]}."
    assert home["value"]["moved"] is None
    # a stay of a month or more the records end in is still open: the home before it, at medium, says so (a move just
    # before the export was made would look the same); one the records begin in leaves the home high
    open_words = "is still open when the records end (last seen there"
    if end:
        assert home["confidence"] == "medium" and any(open_words in c and f"{end} days long" in c
                                                      for c in home["caveats"]), home["caveats"]
        assert f"{end} days long: a trip or a move — too recent to tell" in r.finding("trips").summary
    else:
        assert home["confidence"] == "high" and not any(open_words in c for c in home["caveats"])
    got = _trips(r)
    assert [(cc, a) for cc, a, _b in got] == [("US", a.isoformat()) for a, _b in planted]
    if end:
        assert got[-1][2] >= (LAST - timedelta(days=1)).isoformat()
    # the clock's periods alike (periods.PeriodSplit.describe): before, 30 days at the start were "You live on Berlin
    # time … since 31 Jan 2023; before, on New York time", those at the end "Dec 2024 – Dec 2024 (days withheld …)
    # on New York time … — a stay, or a move?"
    tz = view.headline(r.finding("timezone").to_dict())
    assert "before, on" not in tz and "an earlier home" not in tz and "or a move" not in tz, tz
    assert all(p["kind"] in ("home", "stay") for p in r.finding("timezone").value.get("periods") or ()), tz
    assert "Dec 2024 – Dec 2024" not in tz and "Nov 2024 – Nov 2024" not in tz


@pytest.mark.parametrize("days", [120, 153])
def test_a_move_four_or_five_months_before_the_end_stays_a_move(days: int) -> None:
    r, _ = _edges(BERLIN, 0, days)
    home = r.finding("home").to_dict()
    since = LAST - timedelta(days=days - 1)
    assert view.headline(home) == f"You most likely live in the United States since {since:%b %Y} (before: Germany)."
    assert (home["value"]["moved"]["from"], home["value"]["moved"]["to"]) == ("DE", "US")


def test_a_move_dated_by_a_night_time_record_is_said_by_its_month() -> None:
    # before: "You most likely live in United States since Sun 23:00, date withheld (night-time;
    # --include-sensitive) (before: Germany)." — the finding's own sentence said "since Aug 2024"
    r, _ = _edges_gated(BERLIN, 0, 153)  # without --include-sensitive: the privacy side is this test's
    home = r.finding("home").to_dict()
    moved = home["value"]["moved"]
    assert str(moved["since"]).startswith("withheld ")  # the day itself stays withheld
    # WINDOW62: by the switch's window (Jul–Sep 2024, fixed about its first day on the later clock), both bounds
    # alike — was "since Aug 2024" beside "Germany … – Jul 2024", the two months placing the night at their edge
    assert moved["since_month"] == moved["until_month"] == "2024-07/2024-09"
    assert view.headline(home) == "You most likely live in the United States since Jul–Sep 2024 (before: Germany)."
    assert home["summary"].startswith("You most likely live in the United States since Jul–Sep 2024 (before: "
                                      "Germany)")
    assert view.home_moves(home["value"]) == "Germany Jan 2023 – Jul–Sep 2024; United States since Jul–Sep 2024"
    assert "date withheld" not in view.home_moves(home["value"])


@pytest.mark.parametrize("zone", [SYDNEY, TOKYO])
def test_a_trip_to_los_angeles_ending_on_the_export_s_last_day_ends_that_day(zone: str) -> None:
    # before: [("US", "2024-12-25", "2025-01-01")], "United States 25 Dec 2024 – 1 Jan 2025"
    r, _ = _edges(zone, 0, 7)
    assert _trips(r) == [("US", "2024-12-25", "2024-12-31")]
    assert view.headline(r.finding("trips").to_dict()).startswith("1 trip abroad: the United States 25–31 Dec 2024")


def _one_day(day: int, evening: bool):
    """Two years in Berlin and one day (the ``day``-th) in New York: its evening there after a morning at home
    (``evening``), or a whole day there seen by logins and posts at 08–19 on its clock."""
    rng, s, ev = random.Random(7), Stream("x.zip"), []
    for i in range(DAYS):
        d = FIRST + timedelta(days=i)
        if i == day and evening:
            ev += (_part(rng, s, BERLIN, d, 7.0, 9.5, 2) + _logins(s, BERLIN, d, "DE", (7.5,))
                   + _part(rng, s, NEW_YORK, d, 16.0, 23.5, 5) + _logins(s, NEW_YORK, d, "US", (17.0, 22.0)))
        elif i == day:
            ev += _part(rng, s, NEW_YORK, d, 8.0, 19.0, 7) + _logins(s, NEW_YORK, d, "US", (9.0, 13.0, 18.0))
        else:
            ev += _home_day(rng, s, BERLIN, d, "DE")
    return infer(sorted(ev, key=lambda e: e.sort_key), now=NOW, include_sensitive=True)


@pytest.mark.parametrize("day", [0, 100])
def test_a_one_day_trip_on_the_export_s_first_day_is_read_as_one_mid_export(day: int) -> None:
    when = (FIRST + timedelta(days=day)).isoformat()
    assert _trips(_one_day(day, evening=True)) == [("US", when, when)]
    daytime = _one_day(day, evening=False).finding("trips")
    assert daytime.value == [] and "1 unconfirmed foreign sighting(s) not listed" in daytime.confidence_basis


def _agree(r, zone: str, start: int, end: int, move: bool) -> None:
    """The home's headline, the trips and the clock's periods tell one story: a stay abroad at an edge (a trip; the
    home before it named) or a move (no trip; the clock's periods "since …; before, on …")."""
    home = r.finding("home").to_dict()
    tz = view.headline(r.finding("timezone").to_dict())
    kinds = [p["kind"] for p in r.finding("timezone").value.get("periods") or ()]
    if not move:
        assert view.headline(home) == f"You most likely live in {NAME[zone]}.", tz
        assert [t[0] for t in _trips(r)] == ["US"]
        assert "before, on" not in tz and "or a move" not in tz, tz
        assert set(kinds) <= {"home", "stay"}, kinds
        if end:  # the records end in it: the open-stay note, home at medium
            assert home["confidence"] == "medium"
            said = f"{end} days long: a trip or a move — too recent to tell"
            assert said in r.finding("trips").summary
            # the report's line too: before, "… still open when the records end, with an order to a new address
            # there" where no order was seen
            assert said in view.headline(r.finding("trips").to_dict())
        return
    moved = ("US", "DE") if start else ("DE", "US")
    assert (home["value"]["moved"]["from"], home["value"]["moved"]["to"]) == moved
    name = "Germany" if start else "the United States"
    assert view.headline(home).startswith(f"You most likely live in {name} since "), view.headline(home)
    assert _trips(r) == []
    assert "before, on" in tz, tz


@pytest.mark.parametrize(("start", "end"), [*((0, n) for n in (60, 75, 85, 89, 95)),
                                            *((n, 0) for n in (60, 75, 85, 89, 95))])
def test_an_edge_stay_is_one_story_in_home_trips_and_clock_at_every_length(start: int, end: int) -> None:
    # before, 75–89 days in New York at the end: the clock "Oct 2024 – Dec 2024 … on New York time — a stay
    # abroad?" beside "You most likely live in United States since Oct 2024 (before: Germany)." (low), no trip; at
    # the start "Germany since Mar 2023 (before: United States)" (high): two_runs' cut, moved weeks into the home
    # days (still ≥ 80% abroad after it), stretched the run abroad past MOVE_SHORT_DAYS. Now each side's run is
    # measured from its own country's days: under 90 days a trip, from 90 on a move, in all three findings
    r, _ = _edges(BERLIN, start, end)
    _agree(r, BERLIN, start, end, move=max(start, end) >= MOVE_SHORT_DAYS)


@pytest.mark.parametrize(("start", "end", "move"), [(0, 45, False), (45, 0, False), (0, 60, True)])
def test_a_short_export_s_edge_stay_under_a_quarter_of_it_is_a_trip(start: int, end: int, move: bool) -> None:
    # a 7-month export (Jun–Dec 2024): before, 45 days in New York at the end were "United States since Nov 2024"
    # (low) and the clock "New York time since Nov 2024; before, on Berlin time"; at the start "Germany since Jul
    # 2024 (before: United States)" (high) — the cut's stretch (above) and the clock's quarters (clock.py's
    # quiet_hours_shift, which no edge rule reached). Under a quarter of the span a trip; 60 days (28%) a move
    r, _ = _edges(BERLIN, start, end, first=date(2024, 6, 1), days=214)
    _agree(r, BERLIN, start, end, move=move)
