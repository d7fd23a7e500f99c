"""Late-night ordering read on the person's own night (the thirty-second pass's fresh tester T32A, M4).

A baker working nights, asleep ≈07:00–16:00 by the sleep finding, placed her orders at 02:00–03:00 on her break:
"100% ordered late at night (23–04)", and the trust score's behaviour factor took it. Where the sleep window does
not fit the fixed 23:00–04:00, late is the hour before her sleep and its first four hours (06–11 here); a day
sleeper is unchanged. People and orders are invented, built as events in a known zone.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest
from test_clock_unusual_nights import sleeper
from test_inference_synth import Stream, local

from dataexam.inference import infer
from dataexam.inference.latehours import late_hours
from dataexam.inference.model import Confidence
from dataexam.report.view import _h_impulse

NOW = datetime(2025, 1, 1, tzinfo=UTC)
BERLIN = ZoneInfo("Europe/Berlin")


def _orders(hours: list[float], n: int = 40) -> list:
    s = Stream("amazon.zip")
    start = date(2023, 3, 1)
    return [s.ev(local(BERLIN, start + timedelta(days=7 * i), hours[i % len(hours)]), "amazon.order_item",
                 f"Kitchen towel {i}", total="12.00", currency="EUR", order_id=f"302-{i}") for i in range(n)]


def _person(awake: tuple[float, float], order_hours: list[float]):
    events = sleeper(BERLIN, weekday=awake, weekend=awake, days=420, country="DE") + _orders(order_hours)
    return infer(sorted(events, key=lambda e: e.sort_key), now=NOW)


@pytest.fixture(scope="module")
def baker():
    # awake 16:00–07:00 every day, her break orders at 02:00–03:00
    return _person((16.0, 31.0), [2.25, 2.75])


def test_a_night_workers_break_orders_are_not_late_at_night(baker):
    sleep = baker.finding("sleep").value["weekday"]
    assert "06:30" <= sleep["start"] <= "07:30", sleep
    impulse = baker.finding("impulse_buying")
    assert impulse.value["late_night_share"] == 0.0  # was 1.0: 02:00 is the middle of her waking day
    assert impulse.value["late_night_items"] == 0
    assert impulse.value["late_sleep"] == f"{sleep['start']}–{sleep['end']}"
    assert impulse.value["late_hours"] != "23–04"
    assert impulse.summary.startswith(f"0% of items ordered {impulse.value['late_hours']} (Europe/Berlin time")
    assert impulse.caveats[0].startswith(f"Late at night is read on your own night: {impulse.value['late_hours']}")
    beh = baker.finding("trust_score").value["factors"]["behaviour_preferences"]
    assert beh["inputs"]["late_night_order_share"] == 0.0
    assert not any("orders" in r["rule"] and "→ −0.10" in r["rule"] for r in beh.get("rules", []))


def test_her_orders_just_before_her_sleep_are_late_on_her_night():
    res = _person((16.0, 31.0), [6.25, 8.0])  # 06:15 and 08:00: before and in her sleep's first hours
    impulse = res.finding("impulse_buying")
    assert impulse.value["late_night_share"] == 1.0
    assert impulse.value["late_sleep"] is not None
    assert _h_impulse(impulse.value).startswith(f"40 items (100%) ordered late at night "
                                                f"({impulse.value['late_hours']} Europe/Berlin time)")


def test_a_day_sleeper_keeps_the_fixed_hours():
    res = _person((7.0, 23.0), [0.5, 2.0, 14.0, 19.0])  # asleep ≈23:00–07:00: half the orders at 00:30 and 02:00
    impulse = res.finding("impulse_buying")
    assert impulse.value["late_hours"] == "23–04" and impulse.value["late_sleep"] is None
    assert impulse.value["late_night_share"] == 0.5


@pytest.mark.parametrize(("weekday", "weekend", "label", "sleep"), [
    (("00:00", "08:00"), ("01:00", "09:00"), "23–04", None),  # the fixed hours are this night's
    (("02:00", "10:00"), ("02:00", "10:00"), "23–04", None),  # a late type: most of them still fit
    (("07:00", "16:00"), ("07:00", "16:00"), "06–11", "07:00–16:00"),  # the night baker
    (("08:00", "15:30"), ("01:00", "09:00"), "23–04 and 07–12", "08:00–15:30"),  # nights on weekdays only
    (("20:00", "04:00"), ("20:00", "04:00"), "19–00", "20:00–04:00"),  # an early sleeper
])
def test_the_late_hours_follow_a_sleep_window_that_is_elsewhere(weekday, weekend, label, sleep):
    window = {k: {"start": a, "end": b} for k, (a, b) in (("weekday", weekday), ("weekend", weekend))}
    ctx = SimpleNamespace(findings={"sleep": SimpleNamespace(confidence=Confidence.MEDIUM, value=window)})
    late = late_hours(ctx)
    assert (late.label, late.sleep) == (label, sleep)
    assert len(late.quarters) == 20 * label.count("–")


def test_overlapping_own_windows_are_said_once():
    # the tester's baker: weekdays 07:00–16:00, weekends 06:45–16:00 ("05:45–10:45 and 06–11" before)
    window = {"weekday": {"start": "07:00", "end": "16:00"}, "weekend": {"start": "06:45", "end": "16:00"}}
    late = late_hours(SimpleNamespace(findings={"sleep": SimpleNamespace(confidence=Confidence.MEDIUM,
                                                                         value=window)}))
    assert (late.label, late.sleep, len(late.quarters)) == ("05:45–11:00", "07:00–16:00 and 06:45–16:00", 21)


def test_without_a_sleep_finding_the_hours_are_fixed():
    late = late_hours(SimpleNamespace(findings={}))
    assert (late.label, late.sleep, len(late.quarters)) == ("23–04", None, 20)


def test_a_day_sleeper_every_day_has_no_chronotype(baker):
    """T32A L4: the night baker asleep 07:00–16:00 on every day was a "late type" (the MCTQ's chronotype, defined
    for people not on shift work)."""
    sleep = baker.finding("sleep")
    assert sleep.value["chronotype"] is None and sleep.value["msf_hours"] is None
    assert "late type" not in sleep.summary
    assert sleep.summary.endswith("; asleep by day on every kind of day (night or shift work?): no chronotype") or \
        "; asleep by day on every kind of day (night or shift work?): no chronotype" in sleep.summary
    assert baker.finding("social_jetlag").value is None


def test_a_late_sleeper_keeps_the_chronotype():
    res = _person((13.0, 28.0), [14.0])  # asleep ≈04:00–13:00: a late type, no night work
    sleep = res.finding("sleep")
    assert sleep.value["chronotype"] == "late type", sleep.summary
