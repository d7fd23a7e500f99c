"""A Berlin consultant's Tuesday–Thursday stays abroad every other week, seen by X logins alone (pass 36, TRAVEL).

Before: the trips were "unclear — 52 short foreign sightings … too noisy" (a 3-day login-only stay was an
unconfirmed sighting, and more than five of those per trip void the finding), the sleep window was read as a day
sleeper's (05:45–13:00 on "work nights": the New York nights on Berlin's clock), and the Tokyo hotel's 19:00 logins,
11:00 on a Berlin weekday, were the work location ("a distinct network", JP). A stay spanning two nights with no
login at home between its logins abroad is a trip; a VPN exit, interleaved with home's logins, is not.

People are invented: records built directly as events.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from test_inference_synth import Stream, local

from dataexam.inference import Confidence, infer
from dataexam.inference.moves import MovesMixin

NOW = datetime(2024, 7, 7, tzinfo=UTC)
FIRST = date(2024, 1, 1)  # a Monday
BERLIN = ZoneInfo("Europe/Berlin")
IP = {"DE": "91.64.0.1", "US": "73.10.0.5", "JP": "60.33.0.9", "GB": "81.2.69.142"}
NYC = (ZoneInfo("America/New_York"), "US")


def _tweets(s: Stream, rng: random.Random, zone: ZoneInfo, d: date, per_day: int, work: bool) -> list:
    """``per_day`` tweets between waking (07:00 weekdays, 09:00 weekends) and bed (23:30 before a weekday, 01:30
    before a weekend day), none 09–17 on a working weekday (nine in ten)."""
    wake = 7.0 if d.weekday() < 5 else 9.0
    bed = 23.5 if (d + timedelta(days=1)).weekday() < 5 else 25.5
    out: list = []
    while len(out) < per_day:
        h = rng.uniform(wake, bed)
        if work and d.weekday() < 5 and 9 <= h < 17 and rng.random() > 0.1:
            continue
        out.append(s.ev(local(zone, d, h), "twitter.tweet", "Cooking pasta tonight and planning a bike ride"))
    return out


def _traveller(dests: list[tuple[ZoneInfo, str]], every: int = 2, days: int = 182,
               hours: tuple[float, ...] = (19.0, 21.5), depart: bool = True) -> list:
    """Berlin life (8 tweets a day, logins from a German IP at 08:48, 14:12, 23:00); every ``every``-th week
    Tuesday–Thursday in the next of ``dests`` (with ``depart`` a German login at 05:30 on the way out; 6 tweets a day
    and logins at ``hours`` there, and 08:00 on the Thursday, on that country's clock and IP)."""
    rng, s, out = random.Random(1), Stream("x.zip"), []
    for i in range(days):
        d = FIRST + timedelta(days=i)
        wk = i // 7
        if wk % every == 1 and d.weekday() in (1, 2, 3):
            zone, cc = dests[(wk // every) % len(dests)]
            if d.weekday() == 1 and depart:
                out.append(s.ev(local(BERLIN, d, 5.5), "twitter.login", None, ip=IP["DE"]))
            out += _tweets(s, rng, zone, d, 6, work=False)
            out += [s.ev(local(zone, d, h), "twitter.login", None, ip=IP[cc])
                    for h in (*hours, *((8.0,) if d.weekday() == 3 else ()))]
            continue
        out += _tweets(s, rng, BERLIN, d, 8, work=True)
        out += [s.ev(local(BERLIN, d, h), "twitter.login", None, ip=IP["DE"]) for h in (8.8, 14.2, 23.0)]
    return sorted(out, key=lambda e: e.sort_key)


def _stay_days(every: int = 2, days: int = 182) -> list[tuple[str, str]]:
    """(Tuesday, Thursday) of each stay of :func:`_traveller`, ISO dates."""
    tuesdays = [FIRST + timedelta(days=7 * wk + 1) for wk in range(days // 7) if wk % every == 1]
    return [(t.isoformat(), (t + timedelta(days=2)).isoformat()) for t in tuesdays]


def test_fortnightly_new_york_stays_are_trips_and_the_berlin_nights_the_sleep() -> None:
    # before (730 days): trips "unclear — 52 short foreign sightings", sleep low "05:45–13:00 on work nights"
    report = infer(_traveller([NYC]), now=NOW, include_sensitive=True)
    assert report.finding("timezone").value["zone"] == "Europe/Berlin"
    assert report.finding("home").value["country"] == "DE"
    trips = report.finding("trips")
    assert trips.confidence == Confidence.HIGH
    assert [(t["country"], t["start"], t["end"]) for t in trips.value] == [("US", a, b) for a, b in _stay_days()]
    assert len(trips.value) == 13
    sleep = report.finding("sleep")
    assert sleep.value["zone"] == "Europe/Berlin"
    assert (sleep.value["weekday"]["start"], sleep.value["weekday"]["end"]) == ("23:30", "07:00")
    assert (sleep.value["weekend"]["start"], sleep.value["weekend"]["end"]) == ("01:30", "08:45")
    # 13 short stays on another clock: one level less sure (tripnights.crew_nights; test_travel_pilot_roster keeps
    # a weekly New York consultant's so)
    assert sleep.confidence == Confidence.MEDIUM
    assert "a crew-like pattern of layovers" in sleep.confidence_basis
    assert sleep.caveats[0] == ("Nights on a trip abroad (52) are left out of these windows: they were spent on "
                                "another clock than Europe/Berlin time.")
    # the New York nights (Tuesday, Wednesday and Thursday nights, dated by their mornings) are travel
    late = report.finding("late_nights").value
    want = sorted((date.fromisoformat(a) + timedelta(days=k)).isoformat() for a, _ in _stay_days() for k in (1, 2, 3))
    assert late["travel_dates"] == want
    assert late["dates"] == []


def test_near_clock_stays_are_trips_too() -> None:
    # London (an hour behind Berlin) every other week: before, "unclear — too noisy"
    report = infer(_traveller([(ZoneInfo("Europe/London"), "GB")]), now=NOW)
    trips = report.finding("trips")
    assert [(t["country"], t["start"], t["end"]) for t in trips.value] == [("GB", a, b) for a, b in _stay_days()]


def test_a_tokyo_hotel_network_is_no_work_place() -> None:
    # every 4th week in Tokyo: its 19:00 and 21:30 logins are 11:00 and 13:30 on a Berlin weekday; before, "a
    # distinct network is used on weekday daytimes" with value.country JP
    report = infer(_traveller([(ZoneInfo("Asia/Tokyo"), "JP")], every=4), now=NOW)
    trips = report.finding("trips")
    assert [(t["country"], t["start"], t["end"]) for t in trips.value] == [("JP", a, b) for a, b in _stay_days(4)]
    work = report.finding("work_location")
    assert work.value is None
    assert work.summary == "No distinct weekday-daytime place."


def test_stays_on_a_far_clock_in_working_hours_are_no_commute() -> None:
    # logins in Tokyo only 09–16 on weekdays there: before, "No trips abroad seen. Your days in JP are working days
    # … a commute, not trips" — no one returns home daily across 8 hours of clock
    report = infer(_traveller([(ZoneInfo("Asia/Tokyo"), "JP")], hours=(9.0, 12.0, 16.0), depart=False), now=NOW)
    trips = report.finding("trips")
    assert [(t["country"], t["start"], t["end"]) for t in trips.value] == [("JP", a, b) for a, b in _stay_days()]
    assert "commute" not in trips.summary
    work = report.finding("work_location")
    assert work.value is None or work.value["commute_country"] is None


def _vpn_berliner(cc: str, days: int = 182) -> list:
    """Berlin life as :func:`_traveller`'s at home, every other week Tuesday–Thursday a VPN exit in ``cc`` at 07:00,
    08:00, 21:00 and 22:00 Berlin time with the German IP at 13:00 between (no German login after 18:00 those days;
    the evening logins keep the run from reading as a commute)."""
    rng, s, out = random.Random(2), Stream("x.zip"), []
    for i in range(days):
        d = FIRST + timedelta(days=i)
        out += _tweets(s, rng, BERLIN, d, 8, work=True)
        if (i // 7) % 2 == 1 and d.weekday() in (1, 2, 3):
            out += [s.ev(local(BERLIN, d, h), "twitter.login", None, ip=IP[cc]) for h in (7.0, 8.0, 21.0, 22.0)]
            out.append(s.ev(local(BERLIN, d, 13.0), "twitter.login", None, ip=IP["DE"]))
        else:
            out += [s.ev(local(BERLIN, d, h), "twitter.login", None, ip=IP["DE"]) for h in (8.8, 14.2, 23.0)]
    return sorted(out, key=lambda e: e.sort_key)


@pytest.mark.parametrize("cc", ["US", "GB"])
def test_a_vpn_exit_interleaved_with_home_logins_is_no_trip(cc: str) -> None:
    # three days of a run abroad with two nights between, as a stay's, but a login at home between its logins
    report = infer(_vpn_berliner(cc), now=NOW)
    assert report.finding("home").value["country"] == "DE"
    trips = report.finding("trips")
    assert not trips.value
    assert trips.summary == "No trips abroad seen."
    # New York and back within hours: set aside as a VPN exit (proxies.py) before the trips; London, a flight away,
    # by the hours (VPND): mornings and evenings of days whose middle is in Germany — was "Trips abroad: unclear — 13
    # short foreign sightings … too noisy to list trips"
    # (the country named since WORD58: "156 logins from US set aside" → "from the United States")
    named = {"US": "the United States", "GB": "the United Kingdom"}[cc]
    assert f"156 logins from {named} set aside as a VPN or proxy exit" in trips.confidence_basis
    if cc == "GB":
        assert any("156 logins from the United Kingdom set aside: only in the mornings and evenings of days "
                   "whose middle "
                   "is spent in Germany" in c for c in report.finding("home").caveats)


def test_clear_stay_needs_two_nights_and_no_home_record_between() -> None:
    tue = date(2024, 1, 9)
    days = [tue, tue + timedelta(days=1), tue + timedelta(days=2)]
    h0 = tue.toordinal() * 24
    foreign = {(d, "US"): [h0 + 24 * k + 1, h0 + 24 * k + 3] for k, d in enumerate(days)}
    cand = {"country": "US", "_days": days}
    assert MovesMixin._clear_stay(cand, [h0 - 20, h0 + 100], foreign, {}) == days[-1]  # home before and after only
    assert MovesMixin._clear_stay(cand, [h0 - 20, h0 + 30, h0 + 100], foreign, {}) is None  # a home login between
    short = {"country": "US", "_days": days[:2]}  # one night only: the day after holds no record there …
    two_days = {k: v for k, v in foreign.items() if k[0] in days[:2]}
    assert MovesMixin._clear_stay(short, [h0 - 20, h0 + 100], two_days, {}) is None
    # … a stay where it was slept there (proxies.slept_in: T36B)
    slept = {days[1].toordinal(): "US"}
    assert MovesMixin._clear_stay(short, [h0 - 20, h0 + 100], two_days, slept) == days[1]
    assert MovesMixin._clear_stay(short, [h0 - 20, h0 + 26, h0 + 100], two_days, slept) is None
    # the day back, a day at home by its evening's records, holds the stay's last records there (T36B: Friday
    # evening to Sunday evening in Istanbul): two nights, the days so counted on the candidate
    assert MovesMixin._clear_stay(short, [h0 - 20, h0 + 100], foreign, {}) == days[-1]
    assert short["_stay_days"] == days
    assert MovesMixin._clear_stay({"country": "US", "_days": days[:2]}, [h0 - 20, h0 + 40, h0 + 100], foreign,
                                  {}) is None
