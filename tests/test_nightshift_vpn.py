"""A night worker's VPN, a lunch-time exit beside real nights next door, and what the trips headline leaves out
(T37 H5, FIX1's and FIX2's leftovers). People are invented: records built directly as events, logins from
country-level addresses (the IPs of test_border_nights).

H5: a Berlin night-shift worker (awake 16:00–07:30, asleep by day on Berlin's clock every day) with a US VPN from
Friday to Sunday had "104 trips abroad" (high): the quiet hours fit New York's night better than Berlin's, so the
exits were read against the US as home, and Germany (as many days) was no exit of it; read against Germany, home's
day sleep was "no night" and the clock rule never asked. A real 10-day New York trip stays one trip.
FIX1 leftover: a Berliner's Austrian exit at lunch (12–13 h, between German logins at 10 and 15) hid a real night
in Vienna every fourth Tuesday: "No trips abroad seen".
FIX2 leftover: the trips headline listed the trips and said nothing of the weekends read as a second home or the
working days read as a commute (the summary said it).
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from functools import cache
from zoneinfo import ZoneInfo

from test_inference_synth import Stream, local, person

from dataexam.inference import infer
from dataexam.inference.proxies import find_exits
from dataexam.report import view

IPS = {"US": "73.10.0.5", "DE": "91.64.0.1", "AT": "80.110.0.1", "PL": "83.0.0.1", "CH": "178.82.0.1",
       "GB": "81.2.69.142"}
FIRST = date(2023, 1, 2)  # a Monday
DAYS = 730
NOW = datetime(2025, 1, 5, tzinfo=UTC)
BERLIN, NEW_YORK = "Europe/Berlin", "America/New_York"
TRIP = (date(2024, 5, 7), date(2024, 5, 16))  # a Tuesday to the next Thursday


def _login(s: Stream, zone: str, d: date, h: float, cc: str):
    return s.ev(local(ZoneInfo(zone), d, h), "twitter.login", None, ip=IPS[cc])


@cache
def _night_worker(case: str):
    """Two years of a Berlin night worker: eight tweets in 16:00–07:30 each day, logins at 16:30, 21:00, 02:00 and
    06:30; ``vpn``: the logins from Friday to Sunday through a US exit; ``trip``: 7–16 May 2024 in New York, the
    same hours on New York's clock, its logins from the US."""
    s, rng, ev = Stream("x.zip"), random.Random(5), []
    for i in range(DAYS):
        d = FIRST + timedelta(days=i)
        away = "trip" in case and TRIP[0] <= d <= TRIP[1]
        zone = NEW_YORK if away else BERLIN
        cc = "US" if away or ("vpn" in case and d.weekday() >= 4) else "DE"
        ev += [s.ev(local(ZoneInfo(zone), d, rng.uniform(16.0, 31.5)), "twitter.tweet",
                    "Long shift tonight at the depot, coffee time") for _ in range(8)]
        ev += [_login(s, zone, d, h, cc) for h in (16.5, 21.0, 26.0, 30.5)]
    return infer(sorted(ev, key=lambda e: e.sort_key), now=NOW)


def _trips(report) -> tuple[list[tuple[str, str, str]], str, str]:
    f = report.finding("trips")
    return [(t["country"], t["start"], t["end"]) for t in f.value], str(f.confidence), view.headline(f.to_dict())


def test_a_night_worker_s_us_exit_at_weekends_is_an_exit_not_104_trips() -> None:
    r = _night_worker("vpn")
    home = r.finding("home")
    assert (home.value["country"], str(home.confidence)) == ("DE", "high")
    assert [(e["country"], e.get("keeps_home_clock"), e["clock_gap_hours"]) for e in home.value["proxy_exits"]] \
        == [("US", True, 6.0)]
    trips, conf, head = _trips(r)
    assert (trips, conf, head) == ([], "high", "No trips abroad seen.")  # was "104 trips abroad: United States …"
    said = r.finding("trips").caveats
    assert any("logins from the United States set aside: your activity on their days keeps Germany's clock" in c
               for c in said)


def test_a_night_worker_s_real_new_york_trip_stays_one_trip_beside_the_exit() -> None:
    r = _night_worker("vpn trip")
    assert r.finding("home").value["country"] == "DE"
    trips, _conf, head = _trips(r)
    # one trip (was 103 with the weekends'), ending on its last day on New York's clock: the weekend behind the exit
    # right after it, no login at home between, is the exit's (its clock is Berlin's; VPNB's edge days, T37 M1)
    assert trips == [("US", "2024-05-07", "2024-05-16")]
    assert head == "1 trip abroad: the United States 7–16 May 2024."
    # the weekends behind the exit are still set aside, the holiday's logins are not
    exits = r.finding("home").value["proxy_exits"]
    assert [(e["country"], e.get("keeps_home_clock")) for e in exits] == [("US", True)]


def test_a_night_worker_without_a_vpn_has_no_exit_and_the_same_trip() -> None:
    quiet = _night_worker("home")
    assert quiet.finding("home").value.get("proxy_exits") is None
    assert _trips(quiet)[:2] == ([], "high")
    trips, _conf, _head = _trips(_night_worker("trip"))
    assert [t[0] for t in trips] == ["US"] and trips[0][1] <= "2024-05-07" and trips[0][2] >= "2024-05-16"


@cache
def _vienna(lunch: bool, nights: bool):
    """Two years of a Berliner (tweets as test_inference_synth.person) with German logins at 07:30, 10, 15, 19:30
    and 22:30 on weekdays; ``lunch``: Austrian logins at 12 and 13 on weekdays (an exit next door); ``nights``:
    every fourth Tuesday evening (19:30, 22:30) and the next morning (07:30) in Vienna, no German login between."""
    s = Stream("x.zip")
    ev = list(person(BERLIN, days=DAYS, start=FIRST, per_day=8, seed=21))
    vienna = {FIRST + timedelta(days=i) for i in range(DAYS) if i % 7 == 1 and (i // 7) % 4 == 0} if nights else set()
    for i in range(DAYS):
        d = FIRST + timedelta(days=i)
        plan = [(7.5, "AT" if d - timedelta(days=1) in vienna else "DE")]
        plan += [(10.0, "DE"), (15.0, "DE")] + ([(12.0, "AT"), (13.0, "AT")] if lunch else []) \
            if d.weekday() < 5 else [(13.0, "DE")]
        plan += [(h, "AT" if d in vienna else "DE") for h in (19.5, 22.5)]
        ev += [_login(s, BERLIN, d, h, cc) for h, cc in plan]
    return infer(sorted(ev, key=lambda e: e.sort_key), now=NOW), len(vienna)


def test_nights_in_vienna_beside_a_lunch_time_exit_there_are_trips() -> None:
    r, n = _vienna(lunch=True, nights=True)
    trips, conf, head = _trips(r)
    # was "No trips abroad seen.": the nights' logins were set aside with the lunch-time exit's
    assert n == 27 and len(trips) == 26 and {t[0] for t in trips} == {"AT"} and conf == "high"
    assert all((date.fromisoformat(b) - date.fromisoformat(a)).days == 1 for _, a, b in trips)
    assert head.startswith("26 trips abroad: Austria 3–4 Jan 2023, ")
    # the lunch-time logins are still an exit, inside days at home
    home = r.finding("home")
    assert home.value["country"] == "DE"
    (exit_,) = home.value["proxy_exits"]
    assert (exit_["country"], exit_.get("inside_home_days")) == ("AT", True)
    assert exit_["logins"] >= 2 * 500  # twice a weekday, less the Wednesdays after a night there
    assert home.value["countries"]["AT"] == 3 * 26  # each night's evening and morning: the trips'


def test_the_controls_a_lunch_time_exit_alone_and_the_nights_alone() -> None:
    r, _ = _vienna(lunch=True, nights=False)
    assert _trips(r)[:2] == ([], "high")
    assert [e["country"] for e in r.finding("home").value["proxy_exits"]] == ["AT"]
    r, _ = _vienna(lunch=False, nights=True)
    assert len(_trips(r)[0]) == 26 and r.finding("home").value.get("proxy_exits") is None


@cache
def _second_place(kind: str):
    """Two years of a Berliner (tweets as test_inference_synth.person) and a week in London (5–11 Jun 2023, logins
    at 09, 13 and 21 there) beside ``weekend``: every weekend in Poland (logins at 10, 14 and 22, Berlin's clock),
    weekdays at home at 07:30, 13 and 22:30; or ``commute``: weekdays at work in Switzerland at 10, 13 and 16, at home
    at 06:30 and 22:30 on Mondays and Fridays only, weekends at home."""
    s = Stream("x.zip")
    ev = list(person(BERLIN, days=DAYS, start=FIRST, per_day=8, seed=21))
    for i in range(DAYS):
        d = FIRST + timedelta(days=i)
        if date(2023, 6, 5) <= d <= date(2023, 6, 11):
            ev += [_login(s, "Europe/London", d, h, "GB") for h in (9.0, 13.0, 21.0)]
            continue
        if kind == "weekend":
            plan = [(h, "PL") for h in (10.0, 14.0, 22.0)] if d.weekday() >= 5 else \
                [(h, "DE") for h in (7.5, 13.0, 22.5)]
        else:
            plan = [(10.0, "CH"), (13.0, "CH"), (16.0, "CH")] + ([(6.5, "DE"), (22.5, "DE")] if d.weekday() in (0, 4)
                                                                 else []) if d.weekday() < 5 else \
                [(h, "DE") for h in (9.5, 14.0, 22.5)]
        ev += [_login(s, BERLIN, d, h, cc) for h, cc in plan]
    return infer(sorted(ev, key=lambda e: e.sort_key), now=NOW)


def test_the_trips_headline_says_the_weekends_read_as_a_second_home() -> None:
    r = _second_place("weekend")
    assert r.finding("home").value["weekend_home"]["country"] == "PL"
    trips, _conf, head = _trips(r)
    assert trips == [("GB", "2023-06-05", "2023-06-11")]
    # was "1 trip abroad: United Kingdom 5–11 Jun 2023." alone
    assert head.startswith("1 trip abroad: the United Kingdom 5–11 Jun 2023. Your weekends in Poland (")
    assert head.endswith(" weekends with a record) are a second home, not trips.")
    assert r.finding("trips").summary.endswith(head[head.index(" Your weekends"):])


def test_the_trips_headline_says_the_working_days_read_as_a_commute() -> None:
    r = _second_place("commute")
    trips, _conf, head = _trips(r)
    assert trips == [("GB", "2023-06-05", "2023-06-11")]
    # was "1 trip abroad: United Kingdom 5–11 Jun 2023." alone (the summary's "; your days in CH are …")
    assert head == ("1 trip abroad: the United Kingdom 5–11 Jun 2023. Your days in Switzerland are working days "
                    "(weekdays 06–20 there, between days at home): a commute, not trips.")


def test_without_trips_the_headline_is_the_summary_and_without_a_second_place_the_list_alone() -> None:
    r, _ = _vienna(lunch=False, nights=False)
    assert _trips(r)[2] == "No trips abroad seen."
    assert view.not_trips_said("3 trip(s) abroad: AT 2023-01-03–2023-01-04") == ""


def test_a_vpn_switching_exits_day_by_day_or_week_by_week_stays_no_clock_exit() -> None:
    # the same UTC hours on every day, Germany and the US in turn: either is home, neither an exit, whether the
    # activity is a night sleeper's on Berlin's clock or a day sleeper's (a night worker's: fits_home lets it in)
    first = date(2024, 1, 8)
    days = [first + timedelta(days=i) for i in range(140)]
    for awake in (range(24, 88), range(60, 96)):  # 06–22 UTC; 15–24 UTC (asleep 01–15 Berlin)
        hists = {d: [1 if q in awake else 0 for q in range(96)] for d in days}
        for turn in (1, 7):
            ip = {(d.toordinal() * 24 + 16, "US" if (i // turn) % 2 else "DE"): 1 for i, d in enumerate(days)}
            found = find_exits(ip, lull_utc_h=(awake.stop / 4 + 24 + awake.start / 4) / 2 % 24, day_hists=hists)
            assert found is None or not found.clock, (awake, turn)
