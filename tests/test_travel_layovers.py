"""A crew's layovers (T31B P1): logins spread over countries (home holds too few nights for a clear IP home) come in
clean blocks of days on whose clocks the activity moves — trips, said as a crew-like pattern; the same blocks kept
on home's clock (a VPN exit) stay 'unclear'.

People are invented: records built directly as events.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from test_inference_synth import Stream, local

from dataexam.inference import Confidence, infer

NOW = datetime(2025, 1, 1, tzinfo=UTC)
BERLIN, TOKYO, NEW_YORK = ZoneInfo("Europe/Berlin"), ZoneInfo("Asia/Tokyo"), ZoneInfo("America/New_York")
DE_IP, JP_IP, US_IP = "5.1.64.1", "1.0.16.1", "23.24.25.26"
START = date(2024, 1, 1)


def _crew(days: int, moves_clock: bool) -> list:
    """Frankfurt-based, every five days three in Tokyo or New York, by turns (X and Facebook logins at 09, 13, 21 and
    23:30 there); 8 tweets a day 07–23 on the clock of where she is (on Berlin's throughout where ``moves_clock`` is
    False: a VPN exit); an order shipped to Frankfurt every ten days."""
    s, fb, az = Stream("x.zip"), Stream("facebook.zip"), Stream("amazon.zip")
    out = []
    for i in range(days):
        d = START + timedelta(days=i)
        away = i % 5 >= 2
        there, ip = (TOKYO, JP_IP) if i // 5 % 2 else (NEW_YORK, US_IP)
        zone = there if away and moves_clock else BERLIN
        out += [s.ev(local(zone, d, 7.0 + 2 * k), "twitter.tweet", "Coffee, then the crew bus") for k in range(8)]
        for h in (9.0, 13.0, 21.0, 23.5):
            out.append(s.ev(local(zone, d, h), "twitter.login", None, ip=ip if away else DE_IP))
            out.append(fb.ev(local(zone, d, h), "facebook.login", None, ip=ip if away else DE_IP))
        if i % 10 == 0:
            out.append(az.ev(local(BERLIN, d, 18.0), "amazon.order_item", "Luggage tag", order_id=f"o{i}",
                             shipping_city="Frankfurt am Main", shipping_country="Germany",
                             shipping_country_code="DE"))
    out.sort(key=lambda e: e.sort_key)
    return out


def test_layovers_on_their_own_clock_are_trips_a_crew_like_pattern():
    report = infer(_crew(200, moves_clock=True), now=NOW)
    home, trips = report.finding("home"), report.finding("trips")
    assert home.value["country"] == "DE" and home.value["ip_evidence"] == "unclear"
    assert trips.confidence == Confidence.MEDIUM
    assert len(trips.value) == 40 and {t["country"] for t in trips.value} == {"JP", "US"}
    assert {t["days_observed"] for t in trips.value} == {3}
    # running text names "the United States" (TRIP51's wording.in_text, back with TRIP52)
    assert "Short stays of 3–3 days in Japan, the United States: a crew-like pattern of layovers" in trips.summary


def test_the_same_blocks_on_home_s_clock_stay_unclear():
    report = infer(_crew(200, moves_clock=False), now=NOW)
    trips = report.finding("trips")
    assert trips.confidence == Confidence.INSUFFICIENT
    assert trips.summary.startswith("Trips abroad: unclear — the login IP history is too noisy")

