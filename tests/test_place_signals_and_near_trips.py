"""Home and trips from every place signal the exports give (PLACES2).

- The latest orders all to one town, a month apart and after the last to any other, win over the quarters' window
  (T29C M7's `spender`: London "50% of your 6 latest orders" though the two latest ship to Tokyo).
- Facebook's own place beside a login (account_activity_v2 city/region/country; active_sessions_v2 location) places
  the login where the address registry cannot (PLATX showed it, the home never used it); one place per login.
- A stay on a clock 3 h or less from home's (Dubai from Berlin) seen on one day: a trip when two kinds of record, or
  one and an order shipped there, place it and no record at home is interleaved with them; a VPN exit used in the
  evening at home, home logins before and after it, is none.
- Orders shipped to the earlier country's town while the logins place the person there, before the move the logins
  date, are the earlier home's town, not a disagreement with the new home.

People are invented: records built directly as events.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from test_home_shipping import DE_IP, T0, home_of, orders
from test_home_shipping import NOW as HOME_NOW
from test_inference_synth import Stream, local

from dataexam.inference import Confidence, infer

NOW = datetime(2025, 1, 1, tzinfo=UTC)
BERLIN, DUBAI = ZoneInfo("Europe/Berlin"), ZoneInfo("Asia/Dubai")
AE_IP, US_IP = "5.160.0.1", "23.24.25.26"
START = date(2023, 1, 2)  # a Monday


# -- the latest orders win -------------------------------------------------------------------------------------------

def _order(s: Stream, day: date, city: str, cc: str, country: str, n: int) -> object:
    return s.ev(datetime(day.year, day.month, day.day, 14, tzinfo=UTC), "amazon.order_item", "Notebook",
                order_id=f"t{n}", shipping_city=city, shipping_country=country, shipping_country_code=cc)


def test_the_latest_orders_all_to_one_town_a_month_apart_are_the_home():
    s = Stream("amazon.zip")
    rows = [(date(2024, 2, 3), "Berlin", "DE", "Germany"), (date(2024, 3, 15), "Austin", "US", "United States"),
            (date(2024, 4, 7), "Berlin", "DE", "Germany"), (date(2024, 5, 19), "Austin", "US", "United States"),
            (date(2024, 6, 11), "Berlin", "DE", "Germany"), (date(2024, 7, 2), "London", "GB", "United Kingdom"),
            (date(2024, 7, 13), "Berlin", "DE", "Germany"), (date(2024, 8, 4), "London", "GB", "United Kingdom"),
            (date(2024, 9, 6), "London", "GB", "United Kingdom"), (date(2024, 10, 8), "Tokyo", "JP", "Japan"),
            (date(2024, 11, 10), "Tokyo", "JP", "Japan")]
    home, _ = home_of([_order(s, *row, n) for n, row in enumerate(rows)])
    v = home.value
    assert (v["city"], v["country"]) == ("Tokyo", "JP")
    assert home.confidence == Confidence.LOW  # two orders
    assert v["shipping"]["earlier"]["city"] == "London" and not v["shipping"]["earlier"].get("interleaved")
    assert home.summary.startswith("You most likely live in Tokyo")
    assert "100% of your 2 latest orders" in home.summary and "London" in home.summary
    assert "the latest addresses win" in home.confidence_basis


def test_two_parcels_to_another_town_days_before_the_download_are_no_move():
    s = Stream("amazon.zip")
    events = orders(s, 12, "Houston", "TX")
    last = T0 + timedelta(days=12 * 11)
    for i in (1, 4):
        events.append(s.ev(last + timedelta(days=i), "amazon.order_item", "Gift", order_id=f"b{i}",
                           shipping_city="Boise", shipping_region="ID", shipping_country="United States",
                           shipping_country_code="US"))
    home, _ = home_of(events)
    assert home.value["city"] == "Houston"


def test_the_latest_parcels_to_a_town_never_billed_while_the_rest_are_are_no_move():
    s = Stream("amazon.zip")
    events = orders(s, 12, "Houston", "TX", ships_to_billing=True)
    last = T0 + timedelta(days=12 * 11)
    for i in (10, 50):  # a month and more apart, shipped away from the billing address: a parent's parcels
        events.append(s.ev(last + timedelta(days=i), "amazon.order_item", "Gift", order_id=f"p{i}",
                           shipping_city="Boise", shipping_region="ID", shipping_country="United States",
                           shipping_country_code="US", ships_to_billing=False))
    home, _ = home_of(events)
    assert home.value["city"] == "Houston"
    # billed where they ship, the same two parcels are a move
    for e in events[-2:]:
        e.attrs["ships_to_billing"] = True
    home, _ = home_of(events)
    assert home.value["city"] == "Boise" and home.confidence == Confidence.LOW


# -- Facebook's own place beside a login -----------------------------------------------------------------------------

def _fb_logins(days: int, **attrs: object) -> list:
    s = Stream("facebook.zip")
    return [s.ev(datetime(2024, 1, 1, h, tzinfo=UTC) + timedelta(days=i), "facebook.login", None, **attrs)
            for i in range(days) for h in (1, 3, 20)]


def test_facebook_s_place_beside_a_login_places_it_where_the_registry_cannot():
    # a documentation address the registry does not list, Facebook's city/region/country beside it
    home, _ = home_of(_fb_logins(30, ip="203.0.113.7", city="Lisbon", region="Lisbon", country="PT"))
    assert home.value["country"] == "PT" and home.value["countries"] == {"PT": 90}
    assert home.value["facebook_placed"] == 90  # said, so that Facebook's login places are no check of this home
    assert home.confidence == Confidence.HIGH
    assert any(i.excerpt == "login placed by Facebook in Lisbon, PT" for i in home.evidence.items)
    # a session of active_sessions_v2: no address, its "location"
    home, _ = home_of(_fb_logins(30, location="Porto, Portugal"))
    assert home.value["country"] == "PT"


def test_a_login_s_registry_country_is_its_one_place():
    home, _ = home_of(_fb_logins(30, ip=DE_IP, city="Lisbon", region="Lisbon", country="PT"))
    assert home.value["country"] == "DE" and home.value["countries"] == {"DE": 90}
    assert home.value["facebook_placed"] == 0


# -- stays on a clock near home's, and a VPN exit at home ------------------------------------------------------------

def _life(days: int, stays: dict[date, tuple[bool, bool, bool]], vpn: tuple[date, ...] = ()) -> list:
    """Berlin-based, 8 tweets a day 07–23 local wherever she is; at home an X and a Facebook login at 08:00 and 12:00
    every day. ``stays``: day in Dubai → (X login, Facebook login, an order shipped to Dubai) at 12:00 Dubai time.
    ``vpn``: days at home with four X and four Facebook logins from a Dubai address 19:00–21:00 Berlin time (awake
    in the evening at home, behind a VPN)."""
    s, fb, az = Stream("x.zip"), Stream("facebook.zip"), Stream("amazon.zip")
    out = []
    for i in range(days):
        d = START + timedelta(days=i)
        stay = stays.get(d)
        zone = DUBAI if d in stays else BERLIN
        out += [s.ev(local(zone, d, 7.0 + 2 * k), "twitter.tweet", "Coffee, then work") for k in range(8)]
        if zone is BERLIN:
            for h in (8.0, 12.0):
                out.append(s.ev(local(BERLIN, d, h), "twitter.login", None, ip=DE_IP))
                out.append(fb.ev(local(BERLIN, d, h), "facebook.login", None, ip=DE_IP))
        if stay:
            x_login, fb_login, order = stay
            if x_login:
                out.append(s.ev(local(DUBAI, d, 12.0), "twitter.login", None, ip=AE_IP))
            if fb_login:
                out.append(fb.ev(local(DUBAI, d, 12.0), "facebook.login", None, ip=AE_IP))
            if order:
                out.append(az.ev(local(DUBAI, d, 13.0), "amazon.order_item", "Sun cream", order_id=f"d{i}",
                                 shipping_city="Dubai", shipping_country="United Arab Emirates",
                                 shipping_country_code="AE"))
        if d in vpn:
            for k in range(4):
                out.append(s.ev(local(BERLIN, d, 19.0 + k / 2), "twitter.login", None, ip=AE_IP))
                out.append(fb.ev(local(BERLIN, d, 19.0 + k / 2), "facebook.login", None, ip=AE_IP))
    out.sort(key=lambda e: e.sort_key)
    return out


def test_a_stay_in_dubai_seen_on_one_day_is_a_trip_though_the_clock_cannot_tell():
    stays: dict[date, tuple[bool, bool, bool]] = {}
    firsts = [START + timedelta(days=20 + 30 * k) for k in range(12)]  # winter (3 h) and summer (2 h) alike
    for k, first in enumerate(firsts):
        # two days in Dubai, seen on the first only: by X and Facebook (k % 3 == 0), by Facebook and an order shipped
        # there (1), by Facebook alone (2: one kind of record, not enough)
        stays[first] = ((k % 3 == 0), True, (k % 3 == 1))
        stays[first + timedelta(days=1)] = (False, False, False)
    report = infer(_life(400, stays), now=NOW, include_sensitive=True)
    trips = report.finding("trips")
    starts = {t["start"] for t in trips.value if t["country"] == "AE"}
    expected = {d.isoformat() for k, d in enumerate(firsts) if k % 3 != 2}
    assert starts == expected
    assert "8 trips seen on one day only, on a clock 3 h or less from home's" in trips.confidence_basis
    assert "4 unconfirmed foreign sighting(s) not listed" in trips.confidence_basis


def test_a_vpn_exit_used_in_the_evening_at_home_is_no_trip():
    vpn = tuple(START + timedelta(days=20 + 30 * k) for k in range(8))  # winter and summer evenings
    # and six real stays in Dubai, seen on both days
    stays = {START + timedelta(days=35 + 40 * k + j): (True, True, False) for k in range(6) for j in (0, 1)}
    report = infer(_life(300, stays, vpn), now=NOW, include_sensitive=True)
    trips = report.finding("trips")
    assert sorted(t["start"] for t in trips.value) == sorted(
        (START + timedelta(days=35 + 40 * k)).isoformat() for k in range(6))
    assert "on a clock 3 h or less" not in trips.confidence_basis
    assert "8 unconfirmed foreign sighting(s) not listed" in trips.confidence_basis


# -- orders before a move the logins date ----------------------------------------------------------------------------

def test_orders_to_the_earlier_country_s_town_before_a_login_move_are_its_town_not_against():
    s = Stream()
    start = datetime(2023, 1, 3, tzinfo=UTC)
    logins = [s.ev(start.replace(hour=h) + timedelta(days=i), "facebook.login", None,
                   ip=US_IP if i < 200 else DE_IP) for i in range(400) for h in (4, 6, 20)]
    bought = orders(s, 12, "Houston", "TX", start=start + timedelta(days=20), every=12)  # until day 152
    home, _ = home_of(logins + bought)
    alone, _ = home_of(logins)
    v = home.value
    assert v["country"] == "DE" and v["moved"]["from"] == "US" and v["moved"]["town_before"] == "Houston, TX, " \
        "United States"
    assert home.confidence == alone.confidence and home.evidence.n_against == alone.evidence.n_against
    assert not v["disagreements"]
    assert "the earlier home's town, not a disagreement" in home.summary


# -- a weekend home after a move -------------------------------------------------------------------------------------

SE_IP = "2.0.0.1"  # registered in Sweden


def _moved_with_weekends(friday_from: int) -> list:
    """300 days of logins from the US, then 400 from Germany on weekdays and Sweden at weekends (from ``friday_from``
    o'clock UTC on Friday evenings to Saturday and Sunday daytime), four logins a day."""
    s = Stream("facebook.zip")
    start = datetime(2022, 1, 3, tzinfo=UTC)  # a Monday
    out = []
    for i in range(700):
        d = start + timedelta(days=i)
        for h in (6, 12, 20, 22):
            ip = US_IP if i < 300 else SE_IP if d.weekday() == 5 or (d.weekday() == 6 and h < 20) \
                or (d.weekday() == 4 and h >= friday_from) else DE_IP
            out.append(s.ev(d.replace(hour=h), "facebook.login", None, ip=ip))
    return out


def test_a_weekend_home_after_a_move_is_named_and_its_weekends_are_no_trips():
    home, report = home_of(_moved_with_weekends(22))
    v = home.value
    assert (v["country"], v["moved"]["from"], v["moved"]["to"]) == ("DE", "US", "DE")
    assert v["weekend_home"]["country"] == "SE" and v["weekend_home"]["first"] >= v["moved"]["since"]
    assert (v["weekend_home"]["weekends"], v["weekend_home"]["of_weekends"]) == (57, 58)
    trips = report.finding("trips")  # was "unclear — 57 short foreign sightings"
    assert trips.value == [] and "are a second home, not trips" in trips.summary


def test_a_move_is_found_by_the_weekdays_when_weekends_are_spent_elsewhere():
    home, _ = home_of(_moved_with_weekends(20))  # Fridays split evenly: 5 of 7 days in Germany after the move
    assert home.value is not None and home.value["country"] == "DE"  # was "Home unclear: … spread over 3 countries"
    # the first German login is at 02:00: without --include-sensitive its day is withheld (CLOCK4, T29D N11)
    assert (home.value["moved"]["from"], home.value["moved"]["until"], home.value["moved"]["since"]) == (
        "US", "2022-10-28", "withheld Mon 02:00")
    flagged = infer(sorted(_moved_with_weekends(20), key=lambda e: e.sort_key), now=HOME_NOW, include_sensitive=True)
    assert flagged.finding("home").value["moved"]["since"] == "2022-10-31"
