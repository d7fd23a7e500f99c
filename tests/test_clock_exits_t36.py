"""T36 H2, M3, L3: a far country whose days keep home's clock is a VPN exit, not a second home; a night worker's
VPN in their waking day is an exit, worded by the hours it is used.

H2: a Berlin resident with US logins from Friday evening to Sunday night, activity on Berlin's clock throughout,
was "Weekends in United States (104 of 104 weekends) — a second home or family there, not trips (medium)"; one
weekend in three made the trips "unclear". M3: a Dublin night-shift worker (asleep 07:00–15:30) with a UK VPN at
19–22 had trips "unclear — 147 short foreign sightings … against 22 confirmed trip(s)". L3: the same worker's VPN
at 03:00–06:30 was "only in the evenings".
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from functools import cache
from zoneinfo import ZoneInfo

from test_inference_synth import Stream, local
from test_move_dates import _day

from dataexam.inference import infer
from dataexam.inference.clock_exits import hour_span
from dataexam.inference.proxies import exits_sentence, find_exits

IPS = {"US": "73.10.0.5", "DE": "91.64.0.1", "IE": "86.40.0.1", "GB": "81.2.69.142"}
FIRST = date(2023, 1, 2)
DAYS = 730
NOW = datetime(2025, 1, 5, tzinfo=UTC)
BERLIN = "Europe/Berlin"
DUBLIN = "Europe/Dublin"


@cache
def _report(case: str):
    s, rng, ev = Stream("x.zip"), random.Random(7 if case.startswith("we") else 36), []
    for i in range(DAYS):
        d = FIRST + timedelta(days=i)
        wd = d.weekday()
        if case.startswith("we"):  # Berlin on Berlin's clock; a US exit from Friday evening to Sunday night
            on = case == "we_all" or (i // 7) % 3 == 0
            z = ZoneInfo(BERLIN)
            ev += _day(rng, s, BERLIN, d)  # the synth scripts' std_day
            if on and wd == 4:
                plan = [(8.8, "DE"), (14.2, "DE"), (19.0, "US"), (22.5, "US")]
            elif on and wd in (5, 6):
                plan = [(h, "US") for h in (10.0, 14.0, 19.0, 23.0)]
            else:
                plan = [(h, "DE") for h in (8.8, 14.2, 23.0)]
        else:  # a Dublin night worker awake 15:30–07:00; a UK exit at 19–22 or at 03–06:30, three days in four
            z = ZoneInfo(DUBLIN)
            ev += [s.ev(local(z, d, rng.uniform(15.5, 31.0)), "twitter.tweet",
                        "Long shift tonight on the ward, coffee time") for _ in range(8)]
            if case == "night_evening":
                plan = [(h, "IE") for h in (16.0, 26.0, 30.5)] + ([(h, "GB") for h in (19, 20, 21, 22)]
                                                                   if d.day % 4 else [])
            else:
                plan = [(16.0, "IE"), (20.0, "IE")] + ([(h, "GB") for h in (27, 28, 29, 30.5)] if d.day % 4
                                                       else [(30.5, "IE")])
        ev += [s.ev(local(z, d, h), "twitter.login", None, ip=IPS[cc]) for h, cc in plan]
    return infer(sorted(ev, key=lambda e: e.sort_key), now=NOW)


def _findings(case: str):
    r = _report(case)
    return r.finding("timezone"), r.finding("home"), r.finding("trips")


def test_a_us_exit_all_weekend_on_berlin_s_clock_is_an_exit_not_a_second_home() -> None:
    tz, home, trips = _findings("we_all")
    assert (home.value["country"], str(home.confidence)) == ("DE", "high")
    assert home.value["countries"] == {"DE": 1462}
    assert home.value.get("weekend_home") is None
    assert home.value["proxy_exits"] == [{"country": "US", "logins": 1040, "days": 312, "switches_with": "DE",
                                          "keeps_home_clock": True, "clock_gap_hours": 6.0}]
    said = ("1,040 logins from the United States set aside: your activity on their days keeps Germany's clock, "
            "6 h from "
            "theirs (a VPN or proxy exit, not a place you were).")
    assert said in tz.caveats and said in home.caveats and said in trips.caveats
    assert (trips.value, str(trips.confidence)) == ([], "high")
    assert trips.summary == "No trips abroad seen."
    assert tz.value["zone"] == BERLIN


def test_a_us_exit_one_weekend_in_three_is_an_exit_and_the_trips_are_clear() -> None:
    _tz, home, trips = _findings("we_some")
    assert (home.value["country"], home.value["countries"]) == ("DE", {"DE": 1945})
    assert [(e["country"], e["logins"], e["days"], e.get("keeps_home_clock")) for e in home.value["proxy_exits"]] \
        == [("US", 350, 105, True)]
    assert (trips.value, str(trips.confidence), trips.summary) == ([], "high", "No trips abroad seen.")


def test_a_night_worker_s_uk_exit_at_19_22_is_an_exit_in_their_waking_day() -> None:
    tz, home, trips = _findings("night_evening")
    assert (home.value["country"], home.value["countries"]) == ("IE", {"IE": 2190})
    assert home.value["proxy_exits"] == [{"country": "GB", "logins": 2248, "days": 562, "switches_with": "IE",
                                          "evenings_only": True, "local_hours": [19, 23]}]
    said = ("2,248 logins from the United Kingdom set aside: only in the hours 19–23 of days begun and continued in "
            "Ireland, never placing a night (a VPN or proxy exit; not where you sleep).")
    assert said in tz.caveats and said in home.caveats and said in trips.caveats
    assert not any("week after week" in c for c in tz.caveats)
    assert (trips.value, str(trips.confidence), trips.summary) == ([], "high", "No trips abroad seen.")


def test_a_night_worker_s_exit_at_03_07_is_worded_by_its_hours_not_evenings() -> None:
    _tz, home, trips = _findings("night_late")
    assert home.value["proxy_exits"] == [{"country": "GB", "logins": 2248, "days": 562, "switches_with": "IE",
                                          "evenings_only": True, "local_hours": [3, 7]}]
    said = ("2,248 logins from the United Kingdom set aside: only in the hours 03–07 of days begun and continued in "
            "Ireland, never placing a night (a VPN or proxy exit; not where you sleep).")
    assert said in home.caveats and said in trips.caveats
    assert not any("evenings" in c for c in home.caveats)


def _slot(d: date, utc_h: int) -> int:
    return d.toordinal() * 24 + utc_h


def test_a_far_country_is_a_clock_exit_only_where_its_days_keep_home_s_clock() -> None:
    # Berlin (UTC+1 in winter) awake 06–22 UTC every day; US logins on every third day. Asleep 22–06 UTC on the US
    # days too: home's clock (an exit); asleep 04–12 UTC there: New York's (a stay, kept)
    first = date(2024, 1, 8)
    days = [first + timedelta(days=i) for i in range(60)]

    def hists(shift_q: int) -> dict[date, list[int]]:
        out = {}
        for i, d in enumerate(days):
            awake = set(range(24, 88)) if i % 3 else {(q + shift_q) % 96 for q in range(24, 88)}
            out[d] = [1 if q in awake else 0 for q in range(96)]
        return out

    ip = {(_slot(d, 14), "US" if i % 3 == 0 else "DE"): 1 for i, d in enumerate(days)}
    exits = find_exits(ip, day_hists=hists(0))
    assert exits is not None and exits.clock == {"US": 6.0}
    assert (exits.logins, exits.days) == ({"US": 20}, {"US": 20})
    assert exits_sentence(exits) == ("20 logins from the United States set aside: your activity on their days keeps "
                                     "Germany's clock, 6 h from theirs (a VPN or proxy exit, not a place you were).")
    assert find_exits(ip, day_hists=hists(24)) is None  # six hours later: on New York's clock, a place
    assert find_exits(ip) is None  # no activity clock given: nothing told
    # a move: the US days in one run before the German ones, at the same UTC hours, are no exit
    moved = {(_slot(d, 14), "US" if i < 25 else "DE"): 1 for i, d in enumerate(days)}
    assert find_exits(moved, day_hists={d: [1 if 24 <= q < 88 else 0 for q in range(96)] for d in days}) is None


def test_hour_spans_are_the_shortest_run_round_the_clock() -> None:
    d = date(2024, 1, 8)  # Dublin: UTC+0 in winter
    assert hour_span("IE", [_slot(d, h) for h in (19, 20, 21, 22)]) == (19, 23)
    assert hour_span("IE", [_slot(d, h) for h in (23, 0, 1)]) == (23, 2)
    assert hour_span("IE", [_slot(d, 23)]) == (23, 24)


def test_the_weekend_second_home_is_gated_on_the_clock_without_the_exit(monkeypatch) -> None:
    # the exits' clock rule off: the weekend split alone sees the US weekends, and their days kept Berlin's clock
    from dataexam.inference import clock_exits

    monkeypatch.setattr(clock_exits, "read_clock_exits", lambda *a, **k: None)
    _report.cache_clear()
    try:
        r = _report("we_all")
        home, trips = r.finding("home"), r.finding("trips")
        assert (home.value["country"], home.value.get("weekend_home")) == ("DE", None)
        assert not any("second home" in t for t in (home.summary, trips.summary))
    finally:
        _report.cache_clear()
