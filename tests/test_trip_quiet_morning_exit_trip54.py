"""An ordinary day's silence beside a weekly VPN exit left on read as a journey (TRIP54). People are invented: a
Lisbon resident's year on home's clock, a Spanish exit from Friday evening to Sunday, left on Thursday 11 and Friday
12 May 2023 with home's clock kept; on the Thursday up late (records to 02:30) and a quiet morning, nothing until
15:00 — 12.5 h without a record, 7 of them awake.

Before: TRIP53's journey silence (``clock_exits._journey_silence``) took that silence for a flight, "1 trip abroad:
Spain 11–12 May 2023." (medium). The silence alone is no journey now: it needs another sign, no night slept inside it
(the São Paulo resident's flight to New York, 08:30–18:30 at home, test_trip_beside_exit_weekend_edges, stays a trip)
or the days off fitting the country's clock better than home's.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from test_inference_synth import Stream, local
from test_pacific_edge_short_trips import IPS as DAY_IPS
from test_pacific_edge_short_trips import _day

from dataexam.inference import infer
from dataexam.report import view

IPS = {"PT": "85.241.0.7", "ES": "88.1.2.3"}
DAY_IPS.update(IPS)  # the logins _day writes (adds countries its module lacks)
ZONE = ZoneInfo("Europe/Lisbon")


def _report():
    rng, s, ev = random.Random(1), Stream("x.zip"), []
    left, late = (date(2023, 5, 11), date(2023, 5, 12)), date(2023, 5, 11)
    for i in range(364):
        d = date(2023, 1, 2) + timedelta(days=i)
        wd = d.weekday()
        hours = (8.8, 14.2, 23.0) if wd < 5 else (10.0, 14.0, 19.0, 23.0)
        if d == late:  # up late, then a quiet morning: nothing from 02:30 to 15:00
            ev += [s.ev(local(ZONE, d, h), "twitter.tweet", "x") for h in (0.3, 1.4, 2.5)]
            ev += [s.ev(local(ZONE, d, rng.uniform(15.0, 23.4)), "twitter.tweet", "x") for _ in range(8)]
            ev += [s.ev(local(ZONE, d, 23.0), "twitter.login", None, ip=IPS["ES"])]
        elif d in left:
            ev += _day(rng, s, "Europe/Lisbon", d, [(h, "ES") for h in hours])
        elif wd == 4:
            ev += _day(rng, s, "Europe/Lisbon", d, [(8.8, "PT"), (14.2, "PT"), (19.0, "ES"), (22.5, "ES")])
        else:
            ev += _day(rng, s, "Europe/Lisbon", d, [(h, "ES" if wd >= 5 else "PT") for h in hours])
    return infer(sorted(ev, key=lambda e: e.sort_key), now=datetime(2024, 1, 7, tzinfo=UTC))


def test_a_quiet_morning_beside_the_exit_left_on_is_no_journey() -> None:
    r = _report()
    trips = r.finding("trips")
    assert trips.value == []
    assert view.headline(trips.to_dict()) == "No trips abroad seen."
    assert str(trips.confidence) == "medium"
    assert [c for c in trips.caveats if "outside its usual weekend hours" in c] == [
        "Your VPN's exit in Spain was also in use on Thu 11 – Fri 12 May 2023, outside its usual weekend hours; on a "
        "clock this near yours those days may have been a trip."]
    assert [e["country"] for e in r.finding("home").value["proxy_exits"]] == ["ES"]
