"""Home and trips evidence read in time (the twenty-eighth pass's testers, T28A H1 and T28C M3/M4).

- T28A H1: Italian IPs 2019–21, then 2026 Amazon orders shipped and billed to Shibuya, was "Italy", the Tokyo
  orders its first evidence and counted in its support. Orders shipped and billed abroad, all after the last record
  placing the person in the login country, are now a move; orders abroad that are not speak against the login
  country, never for it. Searches carrying an IP were shown as "login from …".
- T28C M4: "No trips abroad" showed "0 records support it, N speak against it": the records at home support it.
- T28C M3: "No trips abroad" at high for a person with no record at all 2–3 weeks three times a year on the same
  dates: such recurring gaps make it low, and say so.

Every person, town and address here is invented.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from test_home_shipping import DE_IP, T0, home_of, logins, orders
from test_inference_synth import Stream

from dataexam.inference import Confidence

LATER = datetime(2024, 1, 5, 19, tzinfo=UTC)  # ≈ 11 months after the last German login of ``logins(s, 40, DE_IP)``


def test_orders_shipped_and_billed_abroad_after_the_last_login_are_a_move():
    s = Stream()
    events = logins(s, 40, DE_IP) + orders(s, 12, "Houston", "TX", start=LATER, ships_to_billing=True)
    home, report = home_of(events)
    v = home.value
    assert (v["country"], v["city"], v["region"]) == ("US", "Houston", "TX")
    moved = v["moved"]
    assert (moved["from"], moved["to"], moved["seen_in"]) == ("DE", "US", "shipping addresses")
    assert moved["until"] == "2023-02-11" and moved["since"] == "2024-01-05"
    assert [p["country"] for p in moved["periods"]] == ["DE", "US"]
    assert v["basis"] == "shipping addresses" and v["share"] is None  # the logins' share was the earlier home's
    assert home.confidence == Confidence.MEDIUM  # 12 orders, all to Houston (high), at most medium for a move
    assert "since Jan 2024 (before: Germany)" in home.summary and "billed there" in home.summary
    # the support is the orders, which name the home claimed; no German login is shown as its evidence
    assert home.evidence.n_support == 12 and home.evidence.n_against == 0
    assert home.evidence.items and all(i.kind == "amazon.order_item" for i in home.evidence.items)
    # trips judge the German days against the home of their time: no trip
    trips = report.finding("trips")
    assert trips.value == [] and trips.evidence.n_support == 120 and trips.evidence.n_against == 0
    # the life event of that move says where it was seen
    from dataexam.inference.interests import home_moves
    assert [(m["from"], m["to"], m["seen_in"]) for m in home_moves(home)] == [("DE", "US", "shipping addresses")]


def test_orders_abroad_without_billing_speak_against_the_login_country_never_for_it():
    s = Stream()
    events = logins(s, 40, DE_IP) + orders(s, 12, "Houston", "TX", start=LATER)  # no billing column (old reports)
    home, _ = home_of(events)
    v = home.value
    assert v["country"] == "DE" and v["moved"] is None
    assert v["disagreements"] and "Houston, TX, United States" in v["disagreements"][0]
    assert home.evidence.n_support == 120 and home.evidence.n_against == 12
    assert home.evidence.items and all(i.kind == "facebook.login" for i in home.evidence.items)
    assert all("registered in DE" in (i.excerpt or "") for i in home.evidence.items)


def test_billed_orders_abroad_while_the_logins_go_on_are_no_move():
    s = Stream()
    events = logins(s, 40, DE_IP) + orders(s, 12, "Houston", "TX", every=3, ships_to_billing=True)  # same weeks
    home, _ = home_of(events)
    assert home.value["country"] == "DE" and home.value["moved"] is None
    assert home.confidence == Confidence.MEDIUM  # lowered from high: the evidence disagrees
    assert home.evidence.n_support == 120 and home.evidence.n_against == 12


def test_a_search_with_an_ip_is_shown_as_a_search_not_a_login():
    s = Stream()
    events = [s.ev(T0 + timedelta(days=i, hours=h), "amazon.search", "board games", customer_ip=DE_IP)
              for i in range(40) for h in (1, 20)]
    home, _ = home_of(events)
    assert home.value["country"] == "DE"
    assert home.evidence.items and all(i.excerpt == "search from an address registered in DE"
                                       for i in home.evidence.items)


def _daily_logins(s: Stream, first: date, last: date, away) -> list:
    """Logins from a German address at 07, 12 and 20 UTC on every day from ``first`` to ``last`` but those
    ``away(day)`` holds for (no record at all then)."""
    out = []
    d = first
    while d <= last:
        if not away(d):
            for h in (7, 12, 20):
                out.append(s.ev(datetime(d.year, d.month, d.day, h, tzinfo=UTC), "facebook.login", None, ip=DE_IP))
        d += timedelta(days=1)
    return out


def _holidays(d: date) -> bool:  # 11, 21 and 15 days away, every year on the same dates (T28C's traveller)
    return ((d.month == 3 and 10 <= d.day <= 20) or (d.month == 7 and d.day <= 21)
            or (d.month == 12 and d.day >= 20) or (d.month == 1 and d.day <= 3))


def test_recurring_record_free_gaps_make_no_trips_low_and_say_so():
    s = Stream()
    home, report = home_of(_daily_logins(s, date(2022, 1, 4), date(2024, 6, 30), _holidays))
    assert home.value["country"] == "DE" and home.confidence == Confidence.HIGH
    trips = report.finding("trips")
    assert trips.value == [] and trips.confidence == Confidence.LOW
    # Mar 2022, Jul 2022, Dec 2022–Jan 2023, Mar 2023, Jul 2023, Dec 2023–Jan 2024, Mar 2024
    assert "7 gaps of 11–21 days with no records at all (7 on the same dates in another year)" in trips.summary
    assert any("2022-07-01–2022-07-21" in c for c in trips.caveats)
    assert trips.evidence.n_support == home.evidence.n_support and trips.evidence.n_against == 0


def test_no_gaps_or_one_gap_leave_no_trips_as_confident_as_the_home():
    for away in (lambda d: False, lambda d: d.year == 2023 and d.month == 7 and d.day <= 21):
        s = Stream()
        home, report = home_of(_daily_logins(s, date(2022, 1, 4), date(2024, 6, 30), away))
        trips = report.finding("trips")
        assert trips.value == [] and trips.confidence == home.confidence == Confidence.HIGH
        assert trips.summary == "No trips abroad seen."
        # M4: the records at home support "no trips"
        assert trips.evidence.n_support == home.evidence.n_support and trips.evidence.n_against == 0
