"""GATE2 (twenty-ninth pass): the bounds GATE left dated — a town's first and last orders, a move read from them,
the life event's move, trips' examples, converted purchase days — and the holy-city geotag's marker.

Without ``--include-sensitive`` no report gives the date of a night-time record (``sensitive.NightGate``). GATE's
report listed the same leak in the shipping bounds (the demo's ``shipping.first`` was the day of the order quoted
"withheld Mon 22:28"), the home's "(last on …)", life events' move, trips and ``conversions.rates[].day``. Each is
given through the gate where it is made; with the flag the values are as before.
"""

from __future__ import annotations

import io
import json
import random
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from test_inference_synth import Stream, local
from test_place_moves_checkins import BERLIN_DAY, DE_IP, LISBON, _logins, _sorted

from dataexam import report as report_module
from dataexam.inference import fx, infer
from dataexam.inference.interests import home_moves
from dataexam.inference.sensitive import spoken

NOW = datetime(2025, 1, 1, tzinfo=UTC)
BERLIN = ZoneInfo("Europe/Berlin")
WITHHELD = "date withheld (night-time; --include-sensitive)"


def _mover() -> list:
    """A Berlin life whose orders ship to Hamburg in 2023 and to Berlin from 2024: the first and last Hamburg
    orders and the first Berlin one are placed at 23:30 Berlin time, every other order at noon."""
    rng = random.Random(5)
    s, az = Stream("x.zip"), Stream("amazon.zip")
    out = []
    nights = (date(2023, 1, 3), date(2023, 12, 17), date(2024, 1, 17))
    d, n = date(2022, 10, 3), 0  # tweets and logins from three months before the orders: no example dates them
    while d < date(2024, 7, 1):
        out += [s.ev(local(BERLIN, d, rng.uniform(8, 21)), "twitter.tweet", "a day out") for _ in range(5)]
        out.append(s.ev(local(BERLIN, d, 9.0), "twitter.login", None, ip="85.214.132.117"))
        if d.year >= 2023 and d.day in (3, 17) and (d.year == 2023 or d.day == 17):
            n += 1
            out.append(az.ev(local(BERLIN, d, 23.5 if d in nights else 12.0), "amazon.order_item", "Paperback",
                             total="12.00", currency="EUR", order_id=f"302-{n}",
                             shipping_city="Hamburg" if d.year == 2023 else "Berlin", shipping_country_code="DE"))
        d += timedelta(days=1)
    return sorted(out, key=lambda e: e.sort_key)


def test_a_towns_first_and_last_orders_at_night_are_not_dated_without_the_flag() -> None:
    events = _mover()
    plain, flagged = infer(events, now=NOW), infer(events, now=NOW, include_sensitive=True)
    ship, dated = plain.finding("home").value["shipping"], flagged.finding("home").value["shipping"]
    assert (ship["first"], ship["last"]) == ("withheld Wed 23:30", "2024-06-17")  # 2024-01-17, Berlin's clock
    assert (dated["first"], dated["last"]) == ("2024-01-17", "2024-06-17")
    assert (ship["earlier"]["first"], ship["earlier"]["last"]) == ("withheld Tue 23:30", "withheld Sun 23:30")
    assert (dated["earlier"]["first"], dated["earlier"]["last"]) == ("2023-01-03", "2023-12-17")
    # everything else in the value is the same
    assert {k: v for k, v in ship.items() if k not in ("first", "earlier")} == \
        {k: v for k, v in dated.items() if k not in ("first", "earlier")}
    assert plain.finding("home").summary.endswith(
        f"Before that most orders went to Hamburg, Germany (last on Sun 23:30, {WITHHELD}): a move, or a second "
        "home.")
    assert flagged.finding("home").summary.endswith(
        "Before that most orders went to Hamburg, Germany (last on 2023-12-17): a move, or a second home.")
    # the life event's move reads the home's days as given; its month and the check for a move already listed read
    # the days themselves
    move = plain.finding("life_events").value
    assert move == [{"type": "move", "month": "2024-01", "start": "withheld Sun 23:30",
                     "completed": "withheld Wed 23:30", "sensitive": None, "basis": "home finding",
                     "from": "Hamburg, Germany", "to": "Berlin, Germany", "seen_in": "shipping addresses",
                     "start_month": "2023-12"}]
    assert flagged.finding("life_events").value == [{k: v for k, v in move[0].items() if k != "start_month"}
                                                    | {"start": "2023-12-17", "completed": "2024-01-17"}]
    # T33B L1: a move's bounds by their months (was "between Sun 23:30, date withheld (…) and Wed 23:30, …")
    assert plain.finding("life_events").summary == (
        "Your records point to a move from Hamburg, Germany to Berlin, Germany between Dec 2023 (day withheld: "
        "night-time; "
        "--include-sensitive) and Jan 2024 (day withheld: night-time; --include-sensitive) (the home finding: "
        "shipping addresses).")
    # every format: the three night-time orders' days appear nowhere without the flag, and in each with it
    days = ("2023-01-03", "2023-12-17", "2024-01-17", "3 Jan 2023", "17 Dec 2023", "17 Jan 2024")
    for fmt in ("json", "text", "markdown", "html"):
        buf, buf_s = io.StringIO(), io.StringIO()
        report_module.render(plain, fmt, buf, detail="full")  # type: ignore[arg-type]
        report_module.render(flagged, fmt, buf_s, detail="full")  # type: ignore[arg-type]
        assert not [d for d in days if d in buf.getvalue()], fmt
        assert "17 Dec 2023" in buf_s.getvalue() or "2023-12-17" in buf_s.getvalue(), fmt
    text = io.StringIO()
    report_module.render(plain, "text", text)
    assert "Earlier orders to  Hamburg, Germany (until Sun 23:30, date withheld (night-time;" in text.getvalue()


def test_the_move_life_event_keeps_its_month_and_tells_moves_apart_by_the_days_themselves() -> None:
    from types import SimpleNamespace

    value = {"shipping": {"city": "Berlin", "region": None, "country": "DE", "first": "withheld Wed 23:30",
                          "earlier": {"city": "Hamburg", "region": None, "country": "DE", "last": "2023-12-17"}}}
    home = SimpleNamespace(value=value)
    (move,) = home_moves(home, {"shipping.first": "2024-01-17"})
    assert (move["month"], move["start"], move["completed"], move["_day"]) == (
        "2024-01", "2023-12-17", "withheld Wed 23:30", "2024-01-17")
    dated = {"shipping": value["shipping"] | {"first": "2024-01-17"}}
    assert home_moves(SimpleNamespace(value=dated), {"shipping.first": "2024-01-17"}) == [
        {k: v for k, v in move.items() if k != "_day"} | {"completed": "2024-01-17"}]
    assert spoken("withheld Wed 23:30") == f"Wed 23:30, {WITHHELD}" and spoken("2024-01-17") == "2024-01-17"


def test_converted_days_with_a_night_time_purchase_are_not_named() -> None:
    fx.preload(["USD", "EUR"])
    days = {date(2023, 3, 6): Decimal("10"), date(2023, 3, 8): Decimal("20"), date(2023, 3, 9): Decimal("5")}
    night = {date(2023, 3, 6), date(2023, 3, 9)}
    every = fx.convert_days(days, "USD", "EUR")
    gated = fx.convert_days(days, "USD", "EUR", listed=lambda d: d not in night)
    assert every is not None and gated is not None
    assert [r["day"] for r in every.rates] == ["2023-03-06", "2023-03-08", "2023-03-09"]
    assert [r["day"] for r in gated.rates] == ["2023-03-08"]
    assert gated.rates[0] == every.rates[1]
    assert every.to_dict()["rate_dates"] == ["2023-03-06", "2023-03-09"]
    assert gated.to_dict()["rate_dates"] == ["withheld", "withheld"]
    assert gated.total == every.total and gated.to_dict()["converted"] == every.to_dict()["converted"]


def test_the_spending_finding_names_no_converted_day_of_a_night_time_order() -> None:
    rng = random.Random(7)
    s, az = Stream("x.zip"), Stream("amazon.zip")
    events = []
    d, n = date(2023, 1, 2), 0
    while d < date(2023, 7, 1):
        events += [s.ev(local(BERLIN, d, rng.uniform(8, 21)), "twitter.tweet", "a day out") for _ in range(4)]
        events.append(s.ev(local(BERLIN, d, 9.0), "twitter.login", None, ip="85.214.132.117"))
        if d.day in (5, 20):
            n += 1
            events.append(az.ev(local(BERLIN, d, 13.0), "amazon.order_item", "Paperback", total="12.00",
                                currency="EUR", order_id=f"302-{n}"))
        if d.day == 10 and d.month <= 3:  # three dollar orders, the first at 23:40 Berlin time
            n += 1
            events.append(az.ev(local(BERLIN, d, 23.67 if d.month == 1 else 13.0), "amazon.order_item", "Cable",
                                total="20.00", currency="USD", order_id=f"302-{n}"))
        d += timedelta(days=1)
    events.sort(key=lambda e: e.sort_key)
    plain = infer(events, now=NOW).finding("spending").value["in_main_currency"]["conversions"][0]
    dated = infer(events, now=NOW, include_sensitive=True).finding("spending").value["in_main_currency"][
        "conversions"][0]
    assert [r["day"] for r in dated["rates"]] == ["2023-01-10", "2023-02-10", "2023-03-10"]
    assert [r["day"] for r in plain["rates"]] == ["2023-02-10", "2023-03-10"]
    assert dated["rate_dates"] == ["2023-01-10", "2023-03-10"] and plain["rate_dates"] == ["withheld", "2023-03-10"]
    assert plain["converted"] == dated["converted"] and plain["amount"] == dated["amount"] == "60.00"


def _trip(coords: tuple[float, float], first_hour_utc: float) -> list:
    """Four months of Berlin logins and four days abroad (geotagged tweets and location-history points): the
    first day's only records at ``first_hour_utc``, the others at 13:00 UTC."""
    s = Stream()
    events = _logins(s, date(2023, 1, 2), 120, DE_IP, hours=BERLIN_DAY)
    events += _logins(s, date(2023, 1, 2), 120, DE_IP, kind="twitter.login", hours=BERLIN_DAY)
    for i in range(4):
        t = datetime(2023, 3, 10 + i, 13, tzinfo=UTC)
        if i == 0:
            t = datetime(2023, 3, 10, tzinfo=UTC) + timedelta(hours=first_hour_utc)
        events.append(s.ev(t, "twitter.tweet", "Out and about", coordinates={"lat": coords[0], "lon": coords[1]}))
        events.append(s.ev(t + timedelta(minutes=5), "facebook.location", None, list="history",
                           latitude=coords[0], longitude=coords[1]))
    return _sorted(events)


def test_a_trip_is_dated_and_quotes_no_night_time_record_beside_its_dates() -> None:
    """A trip's start and end are days seen abroad, not a night: given either way. Its examples without the flag
    are its first daytime records, so that no "withheld Fri 23:30" sits beside a trip starting that Friday."""
    events = _trip(LISBON, 22.5)  # 22:30 UTC: 23:30 in Berlin, the chosen zone (night)
    plain, flagged = infer(events, now=NOW).finding("trips"), infer(events, now=NOW,
                                                                      include_sensitive=True).finding("trips")
    assert [(t["country"], t["start"], t["end"]) for t in plain.value] == [("PT", "2023-03-10", "2023-03-13")]
    assert plain.value == flagged.value
    assert [i.time for i in flagged.evidence.items] == ["withheld Fri 23:30", "2023-03-11T13:00:00Z"] or \
        [i.time for i in flagged.evidence.items] == ["2023-03-10T22:30:00Z", "2023-03-11T13:00:00Z"]
    assert [i.time for i in plain.evidence.items] == ["2023-03-11T13:00:00Z", "2023-03-12T13:00:00Z"]
    # a daytime first record is quoted with or without the flag
    day = _trip(LISBON, 12.0)
    assert [i.time for i in infer(day, now=NOW).finding("trips").evidence.items] == \
        ["2023-03-10T12:00:00Z", "2023-03-11T13:00:00Z"]


MAKKAH, MADINAH = (21.4225, 39.8262), (24.4686, 39.6142)


def test_a_geotag_in_a_holy_city_names_the_nearest_other_town_without_the_flag() -> None:
    """GATE's "geotag near a place withheld (special category; --include-sensitive), SA" was said for Makkah and
    Madinah only, and so told the pilgrimage. Without the flag the nearest other town is named, as for anyone's
    geotag there; with it the town itself."""
    for coords, town in ((MAKKAH, "Makkah"), (MADINAH, "Madinah")):
        events = _trip(coords, 12.0)
        plain = infer(events, now=NOW)
        flagged = infer(events, now=NOW, include_sensitive=True)
        said = [i.excerpt for i in plain.finding("trips").evidence.items]
        named = [i.excerpt for i in flagged.finding("trips").evidence.items]
        other = "Al Jumūm" if town == "Makkah" else "Badr Ḩunayn"  # GeoNames: ≈ 25 km / ≈ 113 km away
        assert said == [f"geotag near {other}, SA"] * 2, town  # the first records of the first two days
        assert named == [f"geotag near {town}, SA"] * 2, town
        assert plain.finding("trips").value == flagged.finding("trips").value
        for fmt in ("json", "text", "markdown", "html"):
            buf = io.StringIO()
            report_module.render(plain, fmt, buf, detail="full")  # type: ignore[arg-type]
            out = buf.getvalue().split("<script")[0]
            assert "place withheld" not in out and town not in out and "Sulţānah" not in out, (town, fmt)
        data = json.loads(_json(plain))
        assert [t["country"] for t in data["findings"][[f["id"] for f in data["findings"]].index("trips")][
            "value"]] == ["SA"]


def _json(report) -> str:  # type: ignore[no-untyped-def]
    buf = io.StringIO()
    report_module.render(report, "json", buf)
    return buf.getvalue()


def test_a_move_dated_by_a_night_time_order_is_not_dated_and_trips_still_read_its_days() -> None:
    """T28A H1's move (German logins, then orders shipped and billed to Houston): its first order at 04:30 UTC —
    22:30 on Houston's clock (the chosen zone), night — gives ``moved.since``; the trips judge the German days
    against the home of their time by the day itself either way."""
    from test_home_shipping import DE_IP, logins, orders

    s = Stream()
    start = datetime(2024, 1, 5, 4, 30, tzinfo=UTC)
    events = _sorted(logins(s, 40, DE_IP) + orders(s, 12, "Houston", "TX", start=start, ships_to_billing=True))
    plain, flagged = infer(events, now=NOW), infer(events, now=NOW, include_sensitive=True)
    moved, dated = plain.finding("home").value["moved"], flagged.finding("home").value["moved"]
    # the order's day on the home's calendar (BOUND56: Houston's Thursday 4 Jan, the withheld "Thu 22:30"; its UTC
    # day, 5 Jan, was said before)
    assert dated["since"] == "2024-01-04" and dated["periods"][-1]["from"] == "2024-01-04"
    assert moved["since"] == "withheld Thu 22:30" and moved["periods"][-1]["from"] == moved["since"]
    # the withheld day keeps its month beside it (T38B: the report said "since Thu 22:30, date withheld (…)")
    assert moved["since_month"] == "2024-01" and moved["periods"][-1]["from_month"] == "2024-01"
    assert {k: v for k, v in moved.items() if k not in ("since", "since_month", "periods")} == \
        {k: v for k, v in dated.items() if k not in ("since", "periods")}
    assert plain.finding("home").summary == flagged.finding("home").summary  # "since Jan 2024": a month
    trips, trips_s = plain.finding("trips"), flagged.finding("trips")
    assert trips.value == trips_s.value == [] and trips.evidence.n_support == trips_s.evidence.n_support == 120
    assert trips_s.confidence_basis.endswith("(Germany until 2023-02-11, the United States from 2024-01-04)")
    # T33B L1: the bound said by its month, not as "Thu 22:30, date withheld (…)"
    assert trips.confidence_basis.endswith(
        "(Germany until 2023-02-11, the United States from Jan 2024 (day withheld: night-time; --include-sensitive))")
    (event,) = [e for e in plain.finding("life_events").value if e["type"] == "move"]
    assert (event["month"], event["start"], event["completed"]) == ("2024-01", "2023-02-11", moved["since"])
    text = io.StringIO()
    report_module.render(plain, "text", text, detail="full")
    for day in ("2024-01-04", "4 Jan 2024", "2024-01-05", "5 Jan 2024"):  # neither the home's day nor UTC's
        assert day not in text.getvalue()
