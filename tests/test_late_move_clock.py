"""A move to a country of several clocks near the records' end (pass 40, T39's berlin_ny_end95). People are invented:
a Berliner's two years on Berlin's clock with German logins, the last 95–120 days whole days on another country's clock
with its logins.

Before, the clock named the new home's neighbour: New York → "You live on Chicago time since Sep 2024" (low), Chicago
→ Denver, Los Angeles → Anchorage, São Paulo → Manaus. The new home's clock among its country's is chosen by the
person's night in the earlier period, whose German logins pin Berlin's clock (periods._pinned_lull); that night was
read on the period's middle day's offset alone (winter, UTC+1) though most of its days keep summer time (UTC+2): 40
minutes early, which put the head count's rival clock an hour west within reach. Each day is now read on its own
offset (periods._local_presences).
"""

from __future__ import annotations

import random
from datetime import timedelta

import pytest
from test_inference_synth import Stream
from test_southern_vpn_weekends import BERLIN, DAYS, FIRST, NEW_YORK, NOW, _home_day

from dataexam.inference import infer
from dataexam.report import view

LAST = FIRST + timedelta(days=DAYS - 1)  # 31 Dec 2024


@pytest.mark.parametrize(("zone", "cc", "days", "said"), [
    (NEW_YORK, "US", 95, "New York"), (NEW_YORK, "US", 120, "New York"), ("America/Chicago", "US", 100, "Chicago"),
    ("America/Los_Angeles", "US", 100, "Los Angeles"), ("America/Sao_Paulo", "BR", 100, "São Paulo")])
def test_a_late_move_is_read_on_the_new_home_s_own_clock(zone: str, cc: str, days: int, said: str) -> None:
    rng, s, ev = random.Random(7), Stream("x.zip"), []
    since = LAST - timedelta(days=days - 1)
    for i in range(DAYS):
        d = FIRST + timedelta(days=i)
        ev += _home_day(rng, s, zone, d, cc) if d >= since else _home_day(rng, s, BERLIN, d, "DE")
    r = infer(sorted(ev, key=lambda e: e.sort_key), now=NOW)
    tz = r.finding("timezone")
    # before (New York, 95 days): "You live on Chicago time (America/Chicago, UTC−6 with summer time) since Sep 2024
    # (…); before, on Berlin time (Europe/Berlin)."
    assert tz.value["zone"] == zone
    assert view.headline(tz.to_dict()).startswith(f"You live on {said} time ({zone}"), view.headline(tz.to_dict())
    assert [p["zone"] for p in tz.value["periods"]] == [BERLIN, zone]
    assert r.finding("home").value["country"] == cc
