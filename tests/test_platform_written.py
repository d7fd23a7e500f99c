"""Records the platform writes without the person acting are no one awake (T29D N9).

A Berlin office worker's new phone refreshed the Facebook app's session at 02:00–04:00 on 18 of 21 nights
(account_activity "Session updated"): the clock read "18 nights with activity inside your usual sleep window … broken
nights in one month" at high. Every activity kind was gone through (``engine.platform_written``): Facebook's
"Session updated", its mobile-device records (``update_time``) and Amazon's subscription renewals (Digital Items'
``SubscriptionOrderInfoList``) are left out of every clock finding; they still place the person.

People are invented: records built directly as events in a known zone with a known schedule (and, for the parsers,
invented values in the real file shapes).
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from test_amazon_2025_files import events as amazon_events
from test_clock_unusual_nights import sleeper
from test_inference_synth import Stream, local

from dataexam import api
from dataexam.inference import infer
from dataexam.inference.engine import is_activity, platform_written

NOW = datetime(2025, 1, 1, tzinfo=UTC)
BERLIN_START = date(2023, 1, 2)
# three weeks of a new phone: one record at 02:00–04:00 on 18 of the 21 nights (the tester's session_nights)
PHONE = [date(2024, 5, 6) + timedelta(days=i) for i in range(21)]
NIGHTS = sorted(random.Random(11).sample(PHONE, 18))

# (kind, attrs) of each record kind the platform writes on its own, and the person's own twin of it
WRITTEN = {
    "session refresh": ("facebook.login", {"log": "account_activity", "action": "Session updated",
                                           "ip": "79.201.87.86", "country": "DE"}),
    "device record": ("facebook.login", {"log": "mobile_devices", "action": "device", "device": "iPhone iOS 17"}),
    "subscription renewal": ("amazon.digital_order", {"order_id": "D01-1111111-2222222", "asin": "B0INVENT01",
                                                      "price": "9.99", "currency": "EUR", "subscription": True}),
    # Subscribe & Save: Shipping Option std-sns-<marketplace> (T34A M1)
    "subscription delivery": ("amazon.order_item", {"order_id": "113-1111111-2222222", "asin": "B0INVENT02",
                                                    "total": "12.89", "currency": "GBP", "subscription": True}),
}
OWN = {
    "session refresh": ("facebook.login", {"log": "account_activity", "action": "Login", "ip": "79.201.87.86",
                                           "country": "DE"}),
    "device record": ("facebook.login", {"log": "account_activity", "action": "Login", "device": "iPhone iOS 17"}),
    "subscription renewal": ("amazon.digital_order", {"order_id": "D01-1111111-2222222", "asin": "B0INVENT01",
                                                      "price": "9.99", "currency": "EUR"}),
    "subscription delivery": ("amazon.order_item", {"order_id": "113-1111111-2222222", "asin": "B0INVENT02",
                                                    "total": "12.89", "currency": "GBP"}),
}


def _life(kind: str, attrs: dict) -> list:
    """A day-only life (07:00–23:00, 23:30 at weekends) in London with one ``kind`` record at 02:00–04:00 on
    :data:`NIGHTS` (the morning's date)."""
    from zoneinfo import ZoneInfo
    zone = ZoneInfo("Europe/London")
    rng = random.Random(5)
    s = Stream("platform.zip")
    extra = [s.ev(local(zone, d, rng.uniform(2.0, 4.0)), kind, None, **attrs) for d in NIGHTS]
    return sorted(sleeper(zone, days=620) + extra, key=lambda e: e.sort_key)


@pytest.mark.parametrize("why", sorted(WRITTEN))
def test_platform_written_names_each_kind_and_is_activity_leaves_it_out(why: str) -> None:
    s = Stream()
    kind, attrs = WRITTEN[why]
    event = s.ev(datetime(2024, 5, 7, 1, 30, tzinfo=UTC), kind, None, **attrs)
    assert platform_written(event) == why
    assert not is_activity(event)
    kind, attrs = OWN[why]
    own = s.ev(datetime(2024, 5, 7, 1, 30, tzinfo=UTC), kind, None, **attrs)
    assert platform_written(own) is None
    assert is_activity(own)


def test_the_spelling_of_the_action_does_not_matter_and_other_actions_are_the_person_s() -> None:
    s = Stream()
    t = datetime(2024, 5, 7, 1, 30, tzinfo=UTC)
    assert platform_written(s.ev(t, "facebook.login", None, action="  SESSION UPDATED ")) == "session refresh"
    for action in ("Login", "Logout", "Password change", "Checkpoint completed", None):
        assert platform_written(s.ev(t, "facebook.login", None, log="account_activity", action=action)) is None
    # X's ip-audit.js gives no field to tell a login from anything else: counted
    assert platform_written(s.ev(t, "twitter.login", None, ip="203.0.113.7")) is None
    assert platform_written(s.ev(t, "amazon.digital_order", None, subscription=None)) is None


@pytest.mark.parametrize("why", sorted(WRITTEN))
def test_nights_of_platform_records_are_no_late_nights(why: str) -> None:
    written = infer(_life(*WRITTEN[why]), now=NOW, include_sensitive=True)
    late = written.finding("late_nights")
    assert late.value["dates"] == [] and late.value["listed_one_record"] == 0, late.summary
    assert late.summary.startswith("0 nights with activity inside your usual sleep window"), late.summary
    assert "broken nights" not in late.summary
    assert not any(c.startswith("Your nights were broken") for c in written.finding("sleep").caveats)
    assert not written.finding("sleep").value.get("shift_periods")
    # the same records as the person's own actions are 18 of 21 nights woken at one hour: the rule is what tells
    # them apart. They were 18 late nights; since FASTING (a short wake at one hour on most nights of two to six
    # weeks is one spell of woken nights, as a Ramadan's suhoor), they are that spell, dated with the flag
    own = infer(_life(*OWN[why]), now=NOW, include_sensitive=True)
    spells = own.finding("sleep").value["shift_periods"]
    assert [(p["from"], p["to"]) for p in spells] == [(min(NIGHTS).isoformat(), max(NIGHTS).isoformat())]
    assert "a short wake" in own.finding("sleep").summary


def test_digital_items_subscription_column_marks_the_renewal(tmp_path: Path) -> None:
    root = tmp_path / "legacy"
    (root / "Digital-Ordering.1").mkdir(parents=True)
    (root / "Digital-Ordering.1" / "Digital Items.csv").write_text(
        "ASIN,Title,OrderId,DigitalOrderItemId,OrderDate,OurPrice,OurPriceCurrencyCode,OurPriceTax,Marketplace,"
        "QuantityOrdered,SubscriptionOrderInfoList\n"
        "B0INVENT01,Invented Unlimited,D01-1111111-2222221,DOI-1,2025-12-15T02:30:00Z,9.99,EUR,0,amazon.de,1,"
        '"[SubscriptionId=amzn1.invented.1111]"\n'
        "B0INVENT02,Invented Novel,D01-1111111-2222222,DOI-2,2025-12-15T10:30:00Z,4.99,EUR,0,amazon.de,1,"
        "Not Applicable\n"
        "B0INVENT03,Invented Essay,D01-1111111-2222223,DOI-3,2025-12-16T10:30:00Z,1.99,EUR,0,amazon.de,1,\n",
        encoding="utf-8")
    items = {e.text: e for e in amazon_events(root, "amazon.digital_order", "Digital Items")}
    assert items["Invented Unlimited"].attrs["subscription"] is True
    assert platform_written(items["Invented Unlimited"]) == "subscription renewal"
    assert "subscription" not in items["Invented Novel"].attrs
    assert "subscription" not in items["Invented Essay"].attrs
    assert platform_written(items["Invented Novel"]) is None


def test_facebook_mobile_devices_records_are_device_records(tmp_path: Path) -> None:
    """mobile_devices.json's only instant is `update_time`: the device record's refresh (fixture 2023)."""
    from helpers import FIXTURES
    root = FIXTURES / "facebook" / "2023" / "archive"
    logins = [e for e in api.timeline([root]) if e.kind == "facebook.login"]
    devices = [e for e in logins if "mobile_devices" in e.origin.member]
    assert devices and all(e.attrs["log"] == "mobile_devices" for e in devices)
    assert {platform_written(e) for e in devices} == {"device record"}
    activity = [e for e in logins if "account_activity" in e.origin.member]
    assert activity and all(platform_written(e) is None for e in activity)  # "Login" records
