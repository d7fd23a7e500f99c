"""A Dubai-based crew's far layovers (T31C N7): Sydney, Los Angeles and Auckland (7–9 h from Dubai, Auckland and
Los Angeles on either side of the date line), 3–4 days away in every 10–12, logins there from those countries' IPs
on their clocks. The layovers are trips; the home nights are read alone even where the first reading, with the
nights abroad on Dubai's clock, found no lull at all; and a crew-like pattern makes the sleep and the late nights one
level less sure (irregular by the job).

People are invented: records built directly as events.
"""

from __future__ import annotations

import random
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from test_inference_synth import Stream, local

from dataexam.inference import Confidence, infer

NOW = datetime(2025, 1, 1, tzinfo=UTC)
DUBAI = ZoneInfo("Asia/Dubai")
AE_IP = "5.160.0.1"
FAR = [(ZoneInfo("Australia/Sydney"), "1.128.0.1"), (ZoneInfo("America/Los_Angeles"), "23.24.25.26"),
       (ZoneInfo("Pacific/Auckland"), "49.224.0.1")]


def _crew(cycle: int, away: int, days: int = 240, seed: int = 4) -> list:
    """Every ``cycle`` days the last ``away`` in Sydney, Los Angeles or Auckland by turns: 8 tweets a day 07–23 and X
    and Facebook logins at 09, 13, 21 and 22:30 on the clock of where she is (that country's IP); an order shipped
    to Dubai every ten days."""
    rng = random.Random(seed)
    s, fb, az = Stream("x.zip"), Stream("facebook.zip"), Stream("amazon.zip")
    out = []
    for i in range(days):
        d = date(2024, 1, 1) + timedelta(days=i)
        zone, ip = FAR[i // cycle % 3] if i % cycle >= cycle - away else (DUBAI, AE_IP)
        out += [s.ev(local(zone, d, rng.uniform(7.0, 23.0)), "twitter.tweet", "Coffee, then the crew bus")
                for _ in range(8)]
        for h in (9.0, 13.0, 21.0, 22.5):
            out.append(s.ev(local(zone, d, h), "twitter.login", None, ip=ip))
            out.append(fb.ev(local(zone, d, h), "facebook.login", None, ip=ip))
        if i % 10 == 0:
            out.append(az.ev(local(DUBAI, d, 18.0), "amazon.order_item", "Luggage tag", order_id=f"o{i}",
                             shipping_city="Dubai", shipping_country="United Arab Emirates",
                             shipping_country_code="AE"))
    return sorted(out, key=lambda e: e.sort_key)


@pytest.mark.parametrize(("cycle", "away"), [(10, 4), (12, 3)])
def test_far_layovers_are_trips_and_the_home_nights_are_read_alone(cycle: int, away: int) -> None:
    report = infer(_crew(cycle, away), now=NOW)
    trips, sleep = report.finding("trips"), report.finding("sleep")
    assert report.finding("timezone").value["zone"] == "Asia/Dubai"
    assert Counter(t["country"] for t in trips.value) == {"AU": 8, "US": 8, "NZ": 8} if cycle == 10 else \
        {"AU": 7, "US": 7, "NZ": 6}
    # 4 days in 10 away: the first reading, with those nights on Dubai's clock, had "no nightly lull" (insufficient)
    assert (sleep.value["weekday"]["start"], sleep.value["weekday"]["end"]) == ("23:00", "07:00")
    assert sleep.caveats[0].startswith("Nights on a trip abroad (")
    late = report.finding("late_nights")
    assert late.value["listed"] == 0 and late.value["travel_nights"] > 0


@pytest.mark.parametrize(("cycle", "away"), [(10, 4), (12, 3)])
def test_a_crew_like_pattern_makes_the_nights_one_level_less_sure(cycle: int, away: int) -> None:
    # before: 3 days in 12 away, sleep, social jetlag and late nights at high
    report = infer(_crew(cycle, away), now=NOW)
    for fid in ("sleep", "social_jetlag", "late_nights"):
        f = report.finding(fid)
        assert f.confidence == Confidence.MEDIUM, fid
        assert "a crew-like pattern of layovers" in f.confidence_basis
    assert any("crew-like pattern of layovers" in c for c in report.finding("sleep").caveats)
    # her layovers fall on any day of the week, but her nights at home keep one 8-hour window: it stays
    # (test_travel_pilot_roster: a pilot's duty and free nights pooled into a short one)
    assert report.finding("sleep").value["weekend"]["duration_hours"] >= 7.5


def test_a_few_long_trips_are_no_crew() -> None:
    from dataexam.inference.tripnights import crew_nights

    class _Ctx:
        findings: dict = {}

    from dataexam.inference.model import Finding

    f = Finding(id="sleep", title="", value={"weekday": {}}, confidence=Confidence.HIGH, confidence_basis="b",
                summary="", method="")
    _Ctx.findings = {"sleep": f}
    crew_nights(_Ctx, [{"days_observed": 12}] * 5)  # five fortnights abroad
    assert f.confidence == Confidence.HIGH
    crew_nights(_Ctx, [{"days_observed": 3, "same_clock": True}] * 20)  # weekends on home's clock
    assert f.confidence == Confidence.HIGH
    crew_nights(_Ctx, [{"days_observed": 3}] * 20)
    assert f.confidence == Confidence.MEDIUM
