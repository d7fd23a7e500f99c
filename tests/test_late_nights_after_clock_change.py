"""A move abroad seen only as a clock change and later logins (the thirty-second pass's fresh tester T32A, M5).

A student tweeting 09–23 local every day moved from Moscow to Berlin on 1 September 2024; X kept her logins for the
last months only, all from a German address. The zone stayed Moscow's for the whole history, so her Berlin evenings
(22:00–23:59, 00:00–01:59 in Moscow) became "59 late nights … 1 spell of broken nights" at **high** beside a clock
change the time-zone finding itself names and logins in another country. The move is now read as one
(``periods.split_at_placed_step``: Berlin since the move, 0 late nights); where a clock change and a place elsewhere
are still said together (the split not made), the health-adjacent finding is low at most
(``tripnights.doubt_nights_after_clock_change``). Every record is invented.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from test_inference_synth import Stream, local

from dataexam.inference import infer
from dataexam.inference.model import Confidence

NOW = datetime(2025, 10, 1, tzinfo=UTC)
DE_IP = "5.1.64.1"
MOSCOW, BERLIN = ZoneInfo("Europe/Moscow"), ZoneInfo("Europe/Berlin")


@pytest.fixture(scope="module")
def moved():
    rng = random.Random(7)
    s = Stream("x.zip")
    out = []
    d = date(2022, 9, 1)
    while d < date(2025, 9, 30):
        zone = MOSCOW if d < date(2024, 9, 1) else BERLIN
        out += [s.ev(local(zone, d, rng.uniform(9.0, 23.9)), "twitter.tweet", "Сегодня гуляли по парку")
                for _ in range(4)]
        if d >= date(2025, 4, 1):
            out.append(s.ev(local(BERLIN, d, rng.uniform(10.0, 20.0)), "twitter.login", None, ip=DE_IP))
        d += timedelta(days=1)
    return infer(sorted(out, key=lambda e: e.sort_key), now=NOW)


def test_the_move_is_read_and_her_berlin_evenings_are_no_late_nights(moved):
    tz = moved.finding("timezone")
    late = moved.finding("late_nights")
    assert tz.value["zone"] == "Europe/Berlin" and tz.value["clock_change"] is None
    assert [p["kind"] for p in tz.value["periods"]] == ["earlier home", "home"]
    assert moved.finding("home").value["country"] == "DE"
    assert late.value["listed"] == 0 and late.summary.startswith("0 nights"), late.summary


def _ctx(clock_change, clash, home_cc="DE", conf=Confidence.HIGH):
    from types import SimpleNamespace

    from dataexam.inference.model import Finding

    tz = Finding(id="timezone", title="", value={"zone": "Europe/Moscow", "clock_change": clock_change,
                                                 "place_disagreement": clash}, confidence=Confidence.MEDIUM, method="",
                 confidence_basis="", summary="")
    late = Finding(id="late_nights", title="", value={"listed": 59}, confidence=conf, confidence_basis="b", method="",
                   summary="", caveats=["Health-adjacent."])
    home = Finding(id="home", title="", value={"country": home_cc}, confidence=Confidence.HIGH, method="",
                   confidence_basis="", summary="")
    return SimpleNamespace(findings={"timezone": tz, "late_nights": late, "home": home})


@pytest.mark.parametrize(("change", "clash", "home_cc", "lowered"), [
    ({"on": "2024-09-03", "utc_hours": -1.0}, {"country": "DE"}, "DE", True),
    (None, {"country": "DE"}, "DE", False),  # no clock change: a disagreement alone (a VPN, shift work) as before
    ({"on": "2024-09-03", "utc_hours": -1.0}, None, "DE", False),  # a change of hours at home
    ({"on": "2024-09-03", "utc_hours": 0.0, "law_not_followed": True}, {"country": "DE"}, "DE", False),
    ({"on": "2024-09-03", "utc_hours": -1.0}, {"country": "DE"}, "RU", False),  # the home is the zone's country
])
def test_only_a_clock_change_toward_the_homes_other_clock_lowers_the_late_nights(change, clash, home_cc, lowered):
    from dataexam.inference.tripnights import doubt_nights_after_clock_change

    ctx = _ctx(change, clash, home_cc)
    doubt_nights_after_clock_change(ctx)
    late = ctx.findings["late_nights"]
    assert (late.confidence == Confidence.LOW) is lowered
    assert late.caveats[0].startswith("Your clock moved by 1 h around 2024-09, and the place evidence puts you in "
                                      "Germany") is lowered
