"""A night worker's holiday lived by day beside a VPN at weekends (T38 M1). People are invented: records built
directly as events, logins from country-level addresses (the IPs of test_nightshift_vpn).

M1: a Berlin night worker (awake 16:00–07:30 on Berlin's clock) with a US exit from Friday to Sunday spent 3–12 Oct
2023 in New York as a day person there (awake 07:00–23:30 New York time): "No trips abroad seen". Asleep 23:30–07 in
New York is 2 h off the night worker's 08–16 Berlin sleep, so the holiday "kept home's clock"; on New York's clock
it is a night's sleep, and the holiday is a stay there, 3–12 Oct (pass 40: the exit's Friday right after it, which
shares its last UTC day, no longer joins it: its last days are cut on home's waking days).
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from functools import cache
from zoneinfo import ZoneInfo

from test_inference_synth import Stream, local
from test_nightshift_vpn import BERLIN, DAYS, FIRST, NEW_YORK, NOW, _login, _trips

from dataexam.inference import infer

HOLIDAY = (date(2023, 10, 3), date(2023, 10, 12))  # a Tuesday to the next Thursday


@cache
def _night_worker_by_day_away(vpn: bool, seed: int):
    s, rng, ev = Stream("x.zip"), random.Random(seed), []
    for i in range(DAYS):
        d = FIRST + timedelta(days=i)
        if HOLIDAY[0] <= d <= HOLIDAY[1]:
            wake, bed = (7.0, 23.5) if d.weekday() < 5 else (9.0, 25.5)
            ev += [s.ev(local(ZoneInfo(NEW_YORK), d, rng.uniform(wake, bed)), "twitter.tweet",
                        "Walking around Manhattan today") for _ in range(8)]
            ev += [_login(s, NEW_YORK, d, h, "US") for h in (10.0, 15.0, 21.0)]
            continue
        cc = "US" if vpn and d.weekday() >= 4 else "DE"
        ev += [s.ev(local(ZoneInfo(BERLIN), d, rng.uniform(16.0, 31.5)), "twitter.tweet",
                    "Long shift tonight at the depot, coffee time") for _ in range(8)]
        ev += [_login(s, BERLIN, d, h, cc) for h in (16.5, 21.0, 26.0, 30.5)]
    return infer(sorted(ev, key=lambda e: e.sort_key), now=NOW)


def test_a_night_worker_s_holiday_lived_by_day_is_a_trip_beside_the_weekend_exit() -> None:
    for seed in (11, 12):
        r = _night_worker_by_day_away(True, seed)
        assert r.finding("home").value["country"] == "DE"
        assert [e["country"] for e in r.finding("home").value["proxy_exits"]] == ["US"]
        trips, _conf, head = _trips(r)
        # was "No trips abroad seen.", then "3–13 Oct" (the exit's Friday right after it joined)
        assert trips == [("US", "2023-10-03", "2023-10-12")]
        assert head == "1 trip abroad: the United States 3–12 Oct 2023."


def test_without_the_vpn_the_same_holiday_is_its_own_dates() -> None:
    trips, _conf, head = _trips(_night_worker_by_day_away(False, 11))
    assert (trips, head) == ([("US", "2023-10-03", "2023-10-12")], "1 trip abroad: the United States 3–12 Oct 2023.")
