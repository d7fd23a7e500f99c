"""Login countries weighed by the days they hold, not by logins (T32B M4, FASTING's N7 left open): a Dubai crew
member who logs in rarely at home (about one day in three) and three times a day on her layovers in Sydney, Los
Angeles and Auckland. Counted by logins, each layover country outweighed the home three to one and the time zone
was "Australia/Perth" (UTC+8, between them), with no sleep window, no home and no trips.

People are invented: records built directly as events.
"""

from __future__ import annotations

import random
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from test_inference_synth import Stream, local

from dataexam.inference import infer
from dataexam.inference.addresses import days_per_country
from dataexam.inference.zoneprior import PlaceEvidence, build_prior

NOW = datetime(2025, 6, 1, tzinfo=UTC)
DUBAI = ZoneInfo("Asia/Dubai")
AE_IP = "5.160.0.1"
FAR = [(ZoneInfo("Australia/Sydney"), "1.128.0.1"), (ZoneInfo("America/Los_Angeles"), "23.24.25.26"),
       (ZoneInfo("Pacific/Auckland"), "49.224.0.1")]


def _rare_home_crew(days: int = 360, seed: int = 32) -> list:
    """Every 9 days the last 4 in Sydney, Los Angeles or Auckland by turns (T32B's ``crew_dubai(0.3)``): 5 tweets a
    day 07–23 on the clock of where she is; X logins 3 a day away (that country's IP), at home on the third day of
    each stay and the fifth of every other one (0.3 a day)."""
    rng = random.Random(seed)
    s = Stream("x.zip")
    out = []
    for i in range(days):
        d = date(2024, 1, 1) + timedelta(days=i)
        k, c = i % 9, i // 9
        if k >= 5:
            zone, ip = FAR[c % 3]
            hours = [rng.uniform(8.0, 22.0) for _ in range(3)]
        else:
            zone, ip = DUBAI, AE_IP
            hours = [rng.uniform(8.0, 22.0)] if k == 2 or (k == 4 and c % 2) else []
        out += [s.ev(local(zone, d, rng.uniform(7.0, 23.0)), "twitter.tweet", "Coffee, then the crew bus")
                for _ in range(5)]
        out += [s.ev(local(zone, d, h), "twitter.login", None, ip=ip) for h in hours]
    return sorted(out, key=lambda e: e.sort_key)


def test_days_per_country_gives_each_day_one_vote() -> None:
    d = date(2024, 3, 1)
    by_day = {(d, "AU"): 3, (d + timedelta(days=1), "AE"): 1, (d + timedelta(days=2), "AE"): 1,
              (d + timedelta(days=3), "NZ"): 2, (d + timedelta(days=3), "AE"): 1}
    assert days_per_country(by_day.items()) == Counter({"AE": 2, "AU": 1, "NZ": 1})
    # the per-unit form (the home finding's nights and days) counts alike
    assert days_per_country({d: Counter({"AU": 3}), d + timedelta(days=1): Counter({"AE": 1})}) == \
        Counter({"AU": 1, "AE": 1})


def test_the_zone_prior_weighs_login_countries_by_days() -> None:
    ev = PlaceEvidence()
    for e in _rare_home_crew(days=90):
        ev.consume(e)
    logins = ev.ip_countries
    assert logins["AU"] > 2 * logins["AE"]  # by logins the layovers outweigh the home
    src = next(s for s in build_prior(ev).sources if s.name == "IP country")
    # by the days with a login alone, each layover country holds about as many UTC days as the home
    assert days_per_country(ev.ip_days.items()) == Counter({"AU": 17, "US": 15, "NZ": 15, "AE": 14})
    # and the silent days are held too: the home's between its logins and between two layovers
    days = days_per_country(ev.ip_days.items(), held=True)
    assert days == Counter({"AE": 41, "AU": 17, "US": 15, "NZ": 15})
    # the source weighs by the days with a login (the held days between them are no observations of their own)
    assert src.observations == 61 and src.detail == (  # the countries named since WORD59 ("AE 41, AU 17, …")
        "61 days with a login (days held: 41 in the United Arab Emirates, 17 in Australia, 15 in the United States, "
        "15 in New Zealand)")
    assert src.top_country == "AE"


def test_a_crew_member_rarely_logged_in_at_home_is_on_dubai_time() -> None:
    report = infer(_rare_home_crew(), now=NOW)
    tz = report.finding("timezone")
    # before: "UTC+8 — most likely Australia/Perth" (the logins' three layover countries outweighing the home)
    assert tz.value["zone"] == "Asia/Dubai"
    assert tz.value["utc_offset_hours"] == 4.0
    # before: "Home unclear: … the most common (AE) holds only 50% of the nights", so "Trips need a home country"
    home = report.finding("home")
    assert home.value["country"] == "AE"
    assert "of the days with a login or between two" in home.summary
    trips = report.finding("trips").value
    assert Counter(t["country"] for t in trips) == {"AU": 14, "US": 13, "NZ": 13}
    # before: "No clear sleep window"; her nights at home, read alone, are 23:00–07:00 — on 31 weekday and 12 weekend
    # nights the 22:45 bin holds one weekday record and no weekend one: the two kinds keep it alike, and read on
    # their 43 nights together it is quiet (sleepwindow.KINDS_DIFFER_Z), the same window on both
    sleep = report.finding("sleep").value
    assert sleep["weekday"]["start"] in ("22:45", "23:00") and sleep["weekday"]["end"] == "07:00"
    assert sleep["weekend"] == sleep["weekday"]


def test_the_silent_days_between_layovers_are_held_by_the_home() -> None:
    from dataexam.inference.addresses import held_days

    d0 = date(2024, 3, 1)
    seq = ["AE", None, "AE", None, None, "AU", "AU", "AU", "AU", None, None, None, "US", "US", "US", "US",
           None, "AE", None, None, "NZ", "NZ", "NZ", "NZ", None, "AE"]
    per_day = {d0 + timedelta(days=i): Counter({cc: 3 if cc != "AE" else 1}) for i, cc in enumerate(seq) if cc}
    held = held_days(per_day)
    got = [held.get(d0 + timedelta(days=i)) for i in range(len(seq))]
    # AE's days go silent (1 of 5 between its own logins: (1 + 1) / (1 + 4 + 2) with Laplace's one more of each),
    # the layovers' never (1 / 6): two silent days between home and a layover are shared by those rates, the first
    # the home's; the three between the AU and US layovers are the home's (the country whose days go silent most)
    assert got == ["AE", "AE", "AE", "AE", "AU", "AU", "AU", "AU", "AU", "AE", "AE", "AE", "US", "US", "US", "US",
                   "AE", "AE", "AE", "NZ", "NZ", "NZ", "NZ", "NZ", "AE", "AE"]
    # a week and more without a login holds no country
    far = {d0: Counter({"DE": 1}), d0 + timedelta(days=9): Counter({"DE": 1})}
    assert sorted(held_days(far)) == [d0, d0 + timedelta(days=9)]
