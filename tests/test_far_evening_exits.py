"""An evening VPN exit in a country a short flight away (T37: a London resident with a German exit).

A London resident logging in from the UK at 08:00 and 13:00 and through a German exit at 19–22 every evening (London's
clock) read "Berlin time" and "You most likely live in Germany" (high): no switch with the UK is too fast for the
flight (13:00 London to 19:00 Berlin), the tie in login days went to the alphabetically first country, and the
evening-only exit rule read only countries next door (no journey between them). A country seen only in the evenings
(or at the edges) of days begun and continued at home is an exit at any distance where the distance finds none;
real weekends in Berlin and a Konstanz sleeper working in Kreuzlingen stay as they were.

People are invented: records built directly as events (test_move_dates._day: eight tweets a day, awake 07:00–23:30
on weekdays, 09:00–01:30 at weekends), logins from country-level addresses.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from functools import cache

import pytest
from test_clock_exits_weekends import IPS, _logins, _part
from test_inference_synth import Stream
from test_move_dates import _day

from dataexam.inference import infer
from dataexam.report import view

IPS.setdefault("NL", "145.53.0.1")
IPS.setdefault("ES", "83.32.0.1")
FIRST = date(2023, 1, 2)  # a Monday
DAYS = 730
NOW = datetime(2025, 1, 5, tzinfo=UTC)
BERLIN = "Europe/Berlin"


@cache
def _report(zone: str, hcc: str, vcc: str, every: int, edges: bool = False):
    """Two years at ``zone``: logins from ``hcc`` at 08:00 and 13:00 (with ``edges``, 12:00 and 14:00 and the exit at
    07:30 and 08:30 too), through ``vcc`` at 19–22 on all days but every ``every``-th (0: none), whose evening
    logins are home's at 20:00 (home's clock throughout)."""
    rng, s, ev = random.Random(7), Stream("x.zip"), []
    for i in range(DAYS):
        d = FIRST + timedelta(days=i)
        ev += _day(rng, s, zone, d) + _logins(s, zone, d, hcc, (12.0, 14.0) if edges else (8.0, 13.0))
        if every and not i % every:
            ev += _logins(s, zone, d, hcc, (20.0,))
        else:
            ev += _logins(s, zone, d, vcc, ((7.5, 8.5) if edges else ()) + (19.0, 20.0, 21.0, 22.0))
    return infer(sorted(ev, key=lambda e: e.sort_key), now=NOW)


def _exits(home) -> dict[str, dict]:
    return {x["country"]: x for x in home.value.get("proxy_exits") or []}


@pytest.mark.parametrize(("zone", "hcc", "vcc", "every"), [
    ("Europe/London", "GB", "DE", 0), ("Europe/London", "GB", "DE", 4), ("Europe/Madrid", "ES", "DE", 4),
    (BERLIN, "DE", "GB", 0), (BERLIN, "DE", "NL", 4), ("Europe/Paris", "FR", "GB", 0), ("Europe/Madrid", "ES", "FR", 0),
])
def test_an_evening_exit_near_or_a_flight_away_is_set_aside(zone: str, hcc: str, vcc: str, every: int) -> None:
    report = _report(zone, hcc, vcc, every)
    tz, home, trips = (report.finding(f) for f in ("timezone", "home", "trips"))
    assert tz.value["zone"] == zone
    assert home.value["country"] == hcc
    assert view.headline(home.to_dict()).startswith("You most likely live in")
    exit_ = _exits(home)[vcc]
    assert exit_["evenings_only"] is True
    assert exit_["logins"] == 4 * (DAYS - (len(range(0, DAYS, every)) if every else 0))
    assert (trips.value, trips.summary) == ([], "No trips abroad seen.")


def test_the_london_resident_s_german_evenings_are_worded_as_an_exit_not_a_border_crossing() -> None:
    home = _report("Europe/London", "GB", "DE", 0).finding("home")
    assert view.headline(home.to_dict()) .startswith("You most likely live in the United Kingdom")
    assert str(home.confidence) == "high"
    said = " ".join([home.summary, *home.caveats])
    # running text names a country with its article (TRIP55, wording.in_text): "in the United Kingdom"
    assert ("2,920 logins from Germany set aside: only in the evenings of days begun and continued in the United "
            "Kingdom, never placing a night (a VPN or proxy exit; not where you sleep).") in said


def test_an_exit_a_flight_away_at_the_edges_of_days_at_home_is_set_aside() -> None:
    """Mornings and evenings through the German exit on 3 days in 4, the UK's logins at midday between."""
    report = _report("Europe/London", "GB", "DE", 4, edges=True)
    tz, home, trips = (report.finding(f) for f in ("timezone", "home", "trips"))
    assert (tz.value["zone"], home.value["country"]) == ("Europe/London", "GB")
    assert _exits(home)["DE"].get("inside_home_days") is True
    assert (trips.value, trips.summary) == ([], "No trips abroad seen.")


def _weekends_in_berlin() -> list:
    """A London resident (UK logins at 08:00, 13:00 and 20:00) spending every fourth weekend in Berlin: the Friday
    evening there after a day at home, Saturday and Sunday on Berlin's clock, home on Sunday night."""
    rng, s, ev = random.Random(7), Stream("x.zip"), []
    london = "Europe/London"
    for i in range(DAYS):
        d = FIRST + timedelta(days=i)
        away = d.isocalendar()[1] % 4 == 0
        if away and d.weekday() == 4:
            ev += (_part(rng, s, london, d, 7.0, 15.0, 4) + _logins(s, london, d, "GB", (8.0, 13.0))
                   + _part(rng, s, BERLIN, d, 19.0, 23.5, 3) + _logins(s, BERLIN, d, "DE", (20.0, 22.0)))
        elif away and d.weekday() in (5, 6):
            ev += _day(rng, s, BERLIN, d) + _logins(s, BERLIN, d, "DE", (10.0, 14.0) + ((19.0, 22.0) if
                                                                                        d.weekday() == 5 else ()))
            if d.weekday() == 6:
                ev += _logins(s, london, d, "GB", (21.0,))
        else:
            ev += _day(rng, s, london, d) + _logins(s, london, d, "GB", (8.0, 13.0, 20.0))
    return sorted(ev, key=lambda e: e.sort_key)


def test_real_weekends_in_berlin_stay_trips() -> None:
    report = infer(_weekends_in_berlin(), now=NOW)
    tz, home, trips = (report.finding(f) for f in ("timezone", "home", "trips"))
    assert (tz.value["zone"], home.value["country"]) == ("Europe/London", "GB")
    assert not home.value.get("proxy_exits")
    spans = [(t["country"], date.fromisoformat(t["start"]), date.fromisoformat(t["end"])) for t in trips.value]
    assert len(spans) == 26
    assert all(cc == "DE" and a.weekday() == 4 and (b - a).days == 2 for cc, a, b in spans)


def test_a_konstanz_sleeper_working_in_kreuzlingen_stays_a_commuter() -> None:
    from test_border_nights import _report as border_report

    report = border_report("konstanz")
    tz, home = report.finding("timezone"), report.finding("home")
    assert (tz.value["zone"], home.value["country"]) == (BERLIN, "DE")
    assert not home.value.get("proxy_exits")
    assert report.finding("work_location").value["country"] == "CH"
