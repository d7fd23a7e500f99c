"""The dates a place finding states are no night's date without --include-sensitive (T29D N11 and the rest).

T29D N11: a weekend second home seen only by logins at 23:00 and 23:30 on Saturdays and Sundays gave
``weekend_home.first "2023-01-07"``, ``last "2024-06-30"``: the dates of those night-time logins (batch columns
``value__weekend_home__first/last`` too). Like the shipping bounds (GATE2), a bound whose own record is at night is
now withheld ("withheld Sat 23:00"); by day, or with the flag, it is the date as before.

Every person, town and address here is invented.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest
from test_home_shipping import DE_IP
from test_inference_synth import Stream

from dataexam.inference import infer
from dataexam.inference.moves import slot_time
from dataexam.inference.place import gated_weekend
from dataexam.inference.sensitive import NightGate

FR_IP = "90.12.33.4"
MONDAY = date(2023, 1, 2)
NOW = datetime(2025, 1, 1, tzinfo=UTC)
FIRST, LAST = "2023-01-07", "2023-10-08"  # the first Saturday and the last Sunday of 40 weeks from MONDAY


def _logins(*, day_first_weekend: bool = False) -> list:
    """Weekdays: logins in Germany at 07, 11, 16 and 20 UTC; weekends: in France at 21:30 and 22:30 UTC only
    (night on any European clock), plus one at 13:00 on the first weekend's Saturday if ``day_first_weekend``."""
    s = Stream()
    out = []
    for i in range(40 * 7):
        d = MONDAY + timedelta(days=i)
        if d.weekday() < 5:
            hours = [(h, DE_IP) for h in (7.0, 11.0, 16.0, 20.0)]
        else:
            hours = [(21.5, FR_IP), (22.5, FR_IP)] + ([(13.0, FR_IP)] if day_first_weekend and i == 5 else [])
        for h, ip in hours:
            out.append(s.ev(datetime(d.year, d.month, d.day, tzinfo=UTC) + timedelta(hours=h), "facebook.login",
                            None, ip=ip))
    return sorted(out, key=lambda e: e.sort_key)


@pytest.fixture(scope="module")
def night_weekends():
    events = _logins()
    return infer(events, now=NOW), infer(events, now=NOW, include_sensitive=True)


def test_a_weekend_home_seen_only_at_night_withholds_its_bounds(night_weekends):
    default, flagged = night_weekends
    w, wf = default.finding("home").value["weekend_home"], flagged.finding("home").value["weekend_home"]
    assert (wf["first"], wf["last"]) == (FIRST, LAST)  # with the flag: as before
    assert w["first"].startswith("withheld ") and w["last"].startswith("withheld ")
    assert {k: v for k, v in w.items() if k not in ("first", "last")} == \
        {k: v for k, v in wf.items() if k not in ("first", "last")}
    # the sentence keeps its months, the same both ways
    assert default.finding("home").summary == flagged.finding("home").summary
    assert "Jan 2023 – Oct 2023" in default.finding("home").summary
    said = json.dumps(default.finding("home").value)
    assert FIRST not in said and LAST not in said


def test_a_weekend_bound_with_a_daytime_record_keeps_its_date():
    default = infer(_logins(day_first_weekend=True), now=NOW)
    w = default.finding("home").value["weekend_home"]
    assert w["first"] == FIRST  # its first record there is at 13:00
    assert w["last"].startswith("withheld ")  # the last weekend is still seen only at night


def test_gated_weekend_reads_the_bound_s_own_record():
    berlin = __import__("zoneinfo").ZoneInfo("Europe/Berlin")
    w = {"first": "2024-01-06", "last": "2024-03-31"}
    sat, sun = date(2024, 1, 6), date(2024, 3, 31)

    def slot(d: date, hour: int) -> int:
        return d.toordinal() * 24 + hour

    at = {sat: [slot(sat, 22), slot(sat, 10)], sun: [slot(sun, 21)], sun - timedelta(days=1): [slot(sun, 9) - 24]}
    closed, open_ = NightGate(dated=False), NightGate(dated=True)
    # first: the earliest record that weekend is Saturday 10:00 UTC (11:00 Berlin): dated; last: Sunday 21:00 UTC
    # (23:00 Berlin, summer time) is the last: withheld
    assert gated_weekend(w, lambda d: at.get(d, ()), closed, berlin) == ("2024-01-06", "withheld Sun 23:00")
    assert gated_weekend(w, lambda d: at.get(d, ()), open_, berlin) == ("2024-01-06", "2024-03-31")
    assert gated_weekend(w, lambda d: (), closed, berlin) == ("2024-01-06", "2024-03-31")  # no record: as computed
    assert slot_time(slot(sat, 22)) == datetime(2024, 1, 6, 22, tzinfo=UTC)


def test_orders_placed_at_weekend_nights_withhold_the_weekend_town_s_bounds():
    s = Stream()
    events = []
    for i in range(300):
        d = MONDAY + timedelta(days=i)
        midnight = datetime(d.year, d.month, d.day, tzinfo=UTC)
        events += [s.ev(midnight + timedelta(hours=h), "facebook.login", None, ip=DE_IP) for h in (7, 11, 16, 20)]
        if (i % 2 == 0 and d.weekday() < 5) or d.weekday() == 5:  # every other weekday Munich, Saturdays Lindau
            town = "Lindau" if d.weekday() == 5 else "Munich"
            hour = 21.5 if d.weekday() == 5 else 11.0  # Saturday orders at night
            events.append(s.ev(midnight + timedelta(hours=hour), "amazon.order_item", "Board game", order_id=f"o{i}",
                               shipping_city=town, shipping_region="BY", shipping_country="Germany",
                               shipping_country_code="DE"))
    events.sort(key=lambda e: e.sort_key)
    default, flagged = infer(events, now=NOW), infer(events, now=NOW, include_sensitive=True)
    w, wf = default.finding("home").value["weekend_home"], flagged.finding("home").value["weekend_home"]
    assert w["place"].startswith("Lindau") and w["seen_in"] == "shipping addresses"
    assert (wf["first"], wf["last"]) == ("2023-01-07", "2023-10-29")
    assert w["first"].startswith("withheld ") and w["last"].startswith("withheld ")
    assert default.finding("home").summary == flagged.finding("home").summary


# -- a move dated by logins (GATE2 left it: "the same kind of bound as the others") -----------------------------------

def _move_life() -> list:
    """Germany for 200 days (logins at 07, 11, 16, 19 UTC; the last day also at 21:30), France from the next day,
    whose only login is at 22:30 UTC, then 07–19 UTC again: both days of the move are dated by night records."""
    s = Stream()
    out = []
    for i in range(400):
        d = MONDAY + timedelta(days=i)
        midnight = datetime(d.year, d.month, d.day, tzinfo=UTC)
        if i < 200:
            hours = [(h, DE_IP) for h in (7, 11, 16, 19)] + ([(21.5, DE_IP)] if i == 199 else [])
        else:
            hours = [(22.5, FR_IP)] if i == 200 else [(h, FR_IP) for h in (7, 11, 16, 19)]
        out += [s.ev(midnight + timedelta(hours=h), "facebook.login", None, ip=ip) for h, ip in hours]
    return sorted(out, key=lambda e: e.sort_key)


@pytest.fixture(scope="module")
def mover():
    events = _move_life()
    return infer(events, now=NOW), infer(events, now=NOW, include_sensitive=True)


def test_a_login_move_s_night_time_days_are_withheld_and_the_rule_reads_them_unchanged(mover):
    default, flagged = mover
    m, mf = default.finding("home").value["moved"], flagged.finding("home").value["moved"]
    assert (mf["until"], mf["since"]) == ("2023-07-21", "2023-07-22")
    assert mf["periods"][0] == {"country": "DE", "from": "2023-01-02", "until": "2023-07-21"}
    assert m["until"].startswith("withheld ") and m["since"].startswith("withheld ")
    assert m["periods"][0]["from"] == "2023-01-02"  # a daytime record: given
    assert m["periods"][0]["until"] == m["until"] and m["periods"][1]["from"] == m["since"]
    said = json.dumps(default.finding("home").value)
    assert "2023-07-21" not in said and "2023-07-22" not in said
    assert "2023-07-2" not in default.finding("home").confidence_basis
    assert "day withheld" in default.finding("home").confidence_basis  # said by its month (T33B L1)
    # the months stay; the trips and the life event read the real days either way
    assert default.finding("home").summary == flagged.finding("home").summary
    assert default.finding("trips").value == flagged.finding("trips").value
    [event] = [e for e in default.finding("life_events").value if e["type"] == "move"]
    [event_f] = [e for e in flagged.finding("life_events").value if e["type"] == "move"]
    assert event["month"] == event_f["month"] == "2023-07"
    assert (event["start"], event["completed"]) == (m["until"], m["since"])
    assert (event_f["start"], event_f["completed"]) == ("2023-07-21", "2023-07-22")
