"""Home from the shipping addresses of a person's own Amazon orders (dataexam/inference/shipping.py).

An Amazon-only export whose orders ship 200 times to one town used to get no home at all ("no Facebook or X
logins or locations"). Now the town most of the latest orders ship to is the home (gifts never outvote it; a
move gives the latest town and names the earlier one); with login IPs too, the orders' town fills in the city
where the countries agree, and a disagreement is said, never combined. Every person, town and street here is
invented.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from test_amazon_records import LEGACY_HEADER, _csv, _item
from test_inference_synth import Stream
from typer.testing import CliRunner

from dataexam import api, cli
from dataexam.inference import Confidence, infer
from dataexam.inference.place import PlaceAggregator
from dataexam.inference.shipping import MAX_SHIP_PLACES, ShippingPlaces, town_name
from helpers import zip_tree

NOW = datetime(2025, 6, 1, tzinfo=UTC)
T0 = datetime(2023, 1, 3, 19, tzinfo=UTC)
US = {"shipping_country": "United States", "shipping_country_code": "US"}
GB_IP, DE_IP = "81.2.69.142", "5.1.64.1"


def _sorted(events):
    return sorted(events, key=lambda e: e.sort_key)


def orders(s: Stream, n: int, city: str | None, region: str | None, *, start: datetime = T0, every: int = 12,
           prefix: str = "o", **attrs: object) -> list:
    """``n`` orders, one every ``every`` days from ``start``, shipped to ``city``/``region``."""
    place = {"shipping_city": city, "shipping_region": region, **(US if city or region else {})}
    return [s.ev(start + timedelta(days=every * i), "amazon.order_item", "Board game", order_id=f"{prefix}{i}",
                 **{**place, **attrs}) for i in range(n)]


def logins(s: Stream, days: int, ip: str) -> list:
    out = []
    for i in range(days):
        d = T0 + timedelta(days=i)
        for h in (1, 3, 20):
            out.append(s.ev(d.replace(hour=h), "facebook.login", None, ip=ip))
    return out


def home_of(events):
    report = infer(_sorted(events), now=NOW)
    return report.finding("home"), report


# -- Amazon only ---------------------------------------------------------------------------------------
def test_amazon_only_orders_to_houston_with_gifts_elsewhere_give_houston():
    s = Stream("amazon.zip")
    events = orders(s, 30, "Houston", "TX")
    # three gifts nobody flagged, each to another town, one of them in the latest quarter
    for i, (city, region) in enumerate([("Austin", "TX"), ("Boise", "ID"), ("Miami", "FL")]):
        events.append(s.ev(T0 + timedelta(days=170 * i + 5), "amazon.order_item", "Gift", order_id=f"g{i}",
                           shipping_city=city, shipping_region=region, **US))
    home, report = home_of(events)
    v = home.value
    assert (v["city"], v["region"], v["country"]) == ("Houston", "TX", "US")
    assert v["lat"] == pytest.approx(29.76, abs=0.05) and v["lon"] == pytest.approx(-95.36, abs=0.05)
    assert v["city_checked"] is True and v["ip_evidence"] == "none" and v["basis"] == "shipping addresses"
    assert v["shipping"]["orders"] == 30 and v["shipping"]["orders_with_address"] == 33
    assert v["shipping"]["earlier"] is None
    assert home.confidence == Confidence.HIGH
    assert "Houston, TX, United States" in home.summary and "shipping addresses only" in home.confidence_basis
    # evidence cites the order records themselves, with the town only
    assert home.evidence.n_support == 30 and home.evidence.n_against == 3
    assert home.evidence.items and all(i.kind == "amazon.order_item" and i.excerpt == "order shipped to Houston, "
                                       "TX, United States" for i in home.evidence.items)
    assert home.platform_says is None
    # gift addresses are not trips, and an Amazon-only export has no weekday network
    trips = report.finding("trips")
    assert trips.confidence == Confidence.INSUFFICIENT and trips.value is None
    assert "no login" in trips.confidence_basis
    assert report.finding("work_location").value is None


def test_flagged_gifts_never_vote_even_when_they_outnumber_own_orders():
    s = Stream("amazon.zip")
    events = orders(s, 6, "Houston", "TX") + orders(s, 12, "Boise", "ID", prefix="g", every=7, gift=True)
    home, _ = home_of(events)
    assert (home.value["city"], home.value["region"]) == ("Houston", "TX")
    assert home.value["shipping"]["gifts"] == 12
    assert home.evidence.n_against == 0


def test_a_move_gives_the_latest_home_and_names_the_earlier_one():
    s = Stream("amazon.zip")
    before = orders(s, 25, "Austin", "TX", every=14)  # 2023-01 … 2023-12
    moved = orders(s, 20, "Seattle", "WA", start=datetime(2024, 2, 1, 19, tzinfo=UTC), every=14, prefix="n")
    home, _ = home_of(before + moved)
    v = home.value
    assert (v["city"], v["region"], v["country"]) == ("Seattle", "WA", "US")
    earlier = v["shipping"]["earlier"]
    assert (earlier["city"], earlier["region"], earlier["orders"]) == ("Austin", "TX", 25)
    assert earlier["last"].startswith("2023-12")
    assert "Before that most orders went to Austin, TX, United States" in home.summary
    assert home.confidence == Confidence.HIGH  # every latest order goes to Seattle, 20 in all
    # more orders to Austin in all do not outvote the latest home
    assert v["shipping"]["orders"] == 20 < earlier["orders"]


def test_a_move_in_the_last_quarter_is_followed():
    s = Stream("amazon.zip")
    events = orders(s, 40, "Austin", "TX", every=10) + orders(
        s, 6, "Denver", "CO", start=T0 + timedelta(days=400), every=5, prefix="n")
    home, _ = home_of(events)
    assert (home.value["city"], home.value["region"]) == ("Denver", "CO")
    assert home.value["shipping"]["earlier"]["city"] == "Austin"
    assert home.confidence == Confidence.MEDIUM  # 6 orders to Denver: not yet ≥ 10


def test_two_moves_name_the_town_before_the_latest():
    """The second tester of the twenty-first pass: Boston, then Chicago, then Denver gave Denver with no earlier
    town named (neither earlier town held half of the orders before the latest quarters)."""
    s = Stream("amazon.zip")
    events = (orders(s, 14, "Boston", "MA", every=14)
              + orders(s, 16, "Chicago", "IL", start=T0 + timedelta(days=200), every=14, prefix="c")
              + orders(s, 12, "Denver", "CO", start=T0 + timedelta(days=450), every=10, prefix="d"))
    home, _ = home_of(events)
    assert (home.value["city"], home.value["region"]) == ("Denver", "CO")
    assert home.value["shipping"]["earlier"]["city"] == "Chicago"


def test_an_amazon_export_without_a_home_says_so_in_its_own_terms():
    """The second tester: an Amazon-only export whose orders were all flagged gifts said only "no Facebook or X
    logins"; it says there was no town the orders ship to."""
    s = Stream("amazon.zip")
    gifts = [s.ev(T0 + timedelta(days=9 * i), "amazon.order_item", "Toy", order_id=f"g{i}", shipping_city="Portland",
                  shipping_region="OR", gift=True, **US) for i in range(30)]
    home, _ = home_of(gifts)
    assert home.confidence == Confidence.INSUFFICIENT
    assert "no Amazon shipping town" in home.summary and "gifts" in home.confidence_basis


@pytest.mark.parametrize("towns,expected", [
    (["Houston", "Houston"], Confidence.LOW),  # two parcels to one town: a guess, said to be one
    (["Houston"], Confidence.INSUFFICIENT),  # one parcel may be a gift
    (["Houston", "Dallas"], Confidence.INSUFFICIENT),  # no town had two orders
])
def test_few_orders_are_low_or_insufficient(towns, expected):
    s = Stream("amazon.zip")
    events = [s.ev(T0 + timedelta(days=9 * i), "amazon.order_item", "Mug", order_id=f"o{i}", shipping_city=town,
                   shipping_region="TX", **US) for i, town in enumerate(towns)]
    home, _ = home_of(events)
    assert home.confidence == expected
    if expected == Confidence.LOW:
        assert home.value["city"] == "Houston" and "only 2 orders" in home.confidence_basis
    else:
        assert home.value is None and "Not in the inputs" in home.summary


def test_items_of_one_order_and_its_shipment_row_count_once():
    s = Stream("amazon.zip")
    events = []
    for i in range(4):
        t = T0 + timedelta(days=20 * i)
        for asin in ("A", "B", "C"):
            events.append(s.ev(t, "amazon.order_item", "Item", order_id=f"o{i}", asin=asin, shipping_city="Houston",
                               shipping_region="TX", **US))
        events.append(s.ev(t + timedelta(days=2), "amazon.shipment", None, order_id=f"o{i}",
                           shipping_city="Houston", shipping_region="TX", **US))
    home, _ = home_of(events)
    assert home.value["shipping"]["orders"] == 4 and home.confidence == Confidence.LOW


def test_order_rows_without_a_shipping_address_are_counted_apart():
    s = Stream("amazon.zip")
    digital = [s.ev(T0 + timedelta(days=3 * i, hours=1), "amazon.order_item", "E-book", order_id=f"d{i}",
                    shipping_city=None, shipping_region=None, shipping_country=None, shipping_country_code=None)
               for i in range(15)]
    home, _ = home_of(orders(s, 12, "Houston", "TX") + digital)
    assert home.value["city"] == "Houston"
    assert home.value["shipping"]["orders_without_address"] == 15
    assert home.value["shipping"]["orders_with_address"] == 12
    # only address-less orders: no home, as before
    home, _ = home_of(digital)
    assert home.value is None and home.confidence == Confidence.INSUFFICIENT


def test_cancelled_orders_do_not_vote():
    s = Stream("amazon.zip")
    events = orders(s, 6, "Houston", "TX") + orders(s, 10, "Austin", "TX", prefix="c", every=5, cancelled=True)
    home, _ = home_of(events)
    assert home.value["city"] == "Houston" and home.value["shipping"]["orders_with_address"] == 6


def test_a_town_gazetteer_does_not_know_has_no_coordinates():
    s = Stream("amazon.zip")
    home, _ = home_of(orders(s, 8, "Nowhereville", "TX"))
    assert (home.value["city"], home.value["country"]) == ("Nowhereville", "US")
    assert home.value["lat"] is None and home.value["lon"] is None and home.value["city_checked"] is False


# -- with login IPs ---------------------------------------------------------------------------------------
def test_gb_logins_and_orders_to_london_agree_and_the_city_is_london():
    s = Stream()
    gb = {"shipping_country": "United Kingdom", "shipping_country_code": "GB"}
    amazon = [s.ev(T0 + timedelta(days=10 * i), "amazon.order_item", "Kettle", order_id=f"o{i}",
                   shipping_city="London", shipping_region=None, **gb) for i in range(15)]
    home, report = home_of(logins(s, 30, GB_IP) + amazon)
    v = home.value
    assert (v["country"], v["city"], v["region"]) == ("GB", "London", None)
    assert v["ip_evidence"] == "clear" and v["disagreements"] is None
    assert v["lat"] == pytest.approx(51.51, abs=0.05)
    assert home.confidence == Confidence.HIGH
    assert "London, United Kingdom" in home.summary and "logins point to the United Kingdom" in home.summary
    # trips still read the login IPs only: none abroad
    assert report.finding("trips").value == []


def test_us_shipping_against_de_logins_is_said_not_combined():
    s = Stream()
    home, _ = home_of(logins(s, 30, DE_IP) + orders(s, 20, "Houston", "TX"))
    v = home.value
    assert v["country"] == "DE" and v["city"] is None  # never "Houston, DE"
    assert v["disagreements"] and "Houston, TX, United States" in v["disagreements"][0]
    assert "Germany" in v["disagreements"][0]
    assert "disagrees" in home.summary and "Houston, DE" not in home.summary
    assert home.confidence == Confidence.MEDIUM  # lowered from high
    assert v["shipping"]["city"] == "Houston"


def test_a_declared_city_abroad_gives_way_to_a_clear_shipping_home_but_is_named():
    s = Stream()
    declared = [s.ev(T0, "facebook.profile", "Berlin", field="current_city", city="Berlin")]
    home, _ = home_of(declared + orders(s, 20, "Houston", "TX"))
    v = home.value
    assert (v["country"], v["city"]) == ("US", "Houston")
    assert v["disagreements"] and "Berlin" in v["disagreements"][0]
    assert home.confidence == Confidence.MEDIUM
    assert home.platform_says == {"cities": {"Berlin": 1}, "countries": {}}


# -- bounded and private --------------------------------------------------------------------------------
def test_state_is_bounded_by_towns_and_quarters_not_orders():
    s = Stream("amazon.zip")
    agg = PlaceAggregator()
    for i in range(3000):  # a shop shipping to a new town every order, plus the person's own 40
        agg.consume(s.ev(T0 + timedelta(hours=3 * i), "amazon.order_item", "X", order_id=f"x{i}",
                         shipping_city=f"Town{chr(65 + i % 26)}{chr(65 + i // 26 % 26)}", shipping_region="TX", **US))
    size = agg.state_size()
    assert len(agg.shipping.places) == MAX_SHIP_PLACES
    for i in range(3000, 6000):
        agg.consume(s.ev(T0 + timedelta(hours=3 * i), "amazon.order_item", "X", order_id=f"x{i}",
                         shipping_city="Brandnew", shipping_region="TX", **US))
    assert agg.state_size() <= size + 40  # a few more quarters, no more towns
    assert agg.shipping.other_orders == 3000 + 3000 - sum(agg.shipping.totals.values())


def test_a_city_the_street_ran_into_is_not_shown():
    assert town_name("Houston") == "Houston"
    assert town_name("742 Evergreen Houston") is None
    assert town_name("Evergreen Terrace North Side Houston") is None
    places = ShippingPlaces()
    s = Stream("amazon.zip")
    for e in orders(s, 6, "12 Quiet Lane Houston", "TX"):
        places.consume(e)
    assert places.places == [("US", "TX", None)]


def test_parser_flags_gifts_and_the_report_never_shows_the_street(tmp_path: Path):
    """End to end: a legacy Amazon export zipped in the test, `dataexam report -f json`."""
    address = "Ada Example 742 EVERGREEN TER HOUSTON TX 77002-1234 United States"
    gift_to = "Bob Sample 9 WILLOW CT BOISE ID 83702 United States"
    rows = []
    for i in range(14):
        day = (datetime(2023, 1, 5) + timedelta(days=25 * i)).strftime("%Y-%m-%dT14:00:00Z")
        rows.append(_item(f"111-0000000-{i:07d}", day, f"B0ITEM{i:04d}", "10.00") | {
            "Shipping Address": address, "Billing Address": address})
    for i in range(5):
        day = (datetime(2023, 3, 5) + timedelta(days=60 * i)).strftime("%Y-%m-%dT14:00:00Z")
        rows.append(_item(f"112-0000000-{i:07d}", day, f"B0GIFT{i:04d}", "20.00", gift="Happy birthday, Bob!") | {
            "Shipping Address": gift_to, "Billing Address": address, "Gift Sender Name": "Ada"})
    tree = tmp_path / "export"
    path = tree / "Retail.OrderHistory.1" / "Retail.OrderHistory.1.csv"
    path.parent.mkdir(parents=True)
    path.write_bytes(_csv(LEGACY_HEADER, rows))
    archive = zip_tree(tree, tmp_path / "amazon.zip")
    gifts = [e for e in api.timeline([archive]) if e.kind == "amazon.order_item" and e.attrs["gift"]]
    assert len(gifts) == 5 and {e.attrs["shipping_city"] for e in gifts} == {"Boise"}
    result = CliRunner().invoke(cli.app, ["report", str(archive), "-f", "json", "-q"])
    assert result.exit_code == 0, result.output
    out = result.stdout
    report = json.loads(out)
    home = next(f for f in report["findings"] if f["id"] == "home")
    assert (home["value"]["city"], home["value"]["region"], home["value"]["country"]) == ("Houston", "TX", "US")
    assert home["value"]["shipping"]["gifts"] == 5 and home["confidence"] == "high"
    assert home["evidence"]["items"] and home["evidence"]["items"][0]["member"].endswith("Retail.OrderHistory.1.csv")
    for secret in ("Evergreen", "EVERGREEN", "742", "77002", "Ada Example", "Bob Sample", "WILLOW", "Willow",
                   "83702", "Happy birthday"):
        assert secret not in out, secret
    trips = next(f for f in report["findings"] if f["id"] == "trips")
    assert trips["value"] is None


def test_old_report_rows_to_another_name_are_gifts(tmp_path: Path):
    header = ["Order Date", "Order ID", "Title", "Category", "ASIN/ISBN", "Website", "Purchase Price Per Unit",
              "Quantity", "Shipping Address Name", "Shipping Address Street 1", "Shipping Address City",
              "Shipping Address State", "Shipping Address Zip", "Order Status", "Item Total", "Buyer Name",
              "Currency"]
    lines = [",".join(header)]
    # the buyer's own name written another way ("Jane Q. Example", "JANE EXAMPLE") is the buyer, not a gift: with
    # every order a gift no home was found (the second tester of the twenty-first pass)
    for i, name in enumerate(["Jane Example", "jane  example", "Tom Other", "Jane Q. Example", "Tom Example"]):
        lines.append(f"1/{i + 2}/2022,113-000000{i}-0000001,Socks,APPAREL,B00SOCK{i},Amazon.com,$5.00 ,1,{name},"
                     f"1 Main St,SPRINGFIELD,IL,62704,Shipped,$5.00 ,Jane Example,USD")
    (tmp_path / "01-Jan-2022_to_31-Dec-2022.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = [e for e in api.timeline([tmp_path]) if e.kind == "amazon.order_item"]
    assert [e.attrs["gift"] for e in sorted(items, key=lambda e: e.attrs["order_id"])] == [False, False, True,
                                                                                         False, True]
    assert all("Main St" not in json.dumps(e.to_dict()) for e in items)


def test_a_declared_city_in_the_same_country_stays_and_the_shipping_town_is_named():
    s = Stream()
    declared = [s.ev(T0, "facebook.profile", "Berlin", field="current_city", city="Berlin")]
    de = {"shipping_country": "Deutschland", "shipping_country_code": "DE"}
    amazon = [s.ev(T0 + timedelta(days=10 * i), "amazon.order_item", "Tee", order_id=f"o{i}",
                   shipping_city="Potsdam", shipping_region=None, **de) for i in range(8)]
    home, _ = home_of(declared + logins(s, 30, DE_IP) + amazon)
    assert (home.value["country"], home.value["city"]) == ("DE", "Berlin")
    assert home.value["disagreements"] is None
    assert any("Potsdam" in c for c in home.caveats)
    assert home.value["shipping"]["city"] == "Potsdam"


# -- the billing address, term and holiday homes, a workplace in another town ------------------------------
# (the gift brief: unflagged gifts outvoted home; a student's term and holiday addresses read as a move; the
# office in the city outvoted the home in a suburb)
def interleaved(s: Stream, mine: tuple[str, str], other: tuple[str, str], *, billing: bool) -> list:
    """70 orders over two years, 4 of every 7 to ``other`` and 3 to ``mine``; with ``billing`` the orders carry
    the parser's flag: whether they ship to the order's own billing town (``mine``)."""
    out = []
    for i in range(70):
        t = T0 + timedelta(days=10 * i)
        city, region = other if i % 7 in (0, 2, 4, 6) else mine
        flag = {"ships_to_billing": (city, region) == mine} if billing else {}
        out.append(s.ev(t, "amazon.order_item", "Board game", order_id=f"o{i}", shipping_city=city,
                        shipping_region=region, **US, **flag))
    return out


def test_unflagged_gifts_give_way_to_the_billing_town():
    s = Stream("amazon.zip")
    home, _ = home_of(interleaved(s, ("Houston", "TX"), ("Boise", "ID"), billing=True))
    v = home.value
    assert (v["city"], v["region"]) == ("Houston", "TX")
    assert v["shipping"]["billing"] == "decided" and v["shipping"]["orders"] == 30
    assert v["shipping"]["earlier"] is None  # no move to or from Boise
    # Boise is named beside the home (the twenty-second pass: a second town with 46 % of the parcels went
    # unnamed at high), as another address in use, never as a home
    assert (v["shipping"]["second"]["city"], v["shipping"]["second"]["pattern"]) == ("Boise", "same quarters")
    assert home.confidence == Confidence.MEDIUM  # 40 parcels went to Boise: billing decides, at most medium
    assert "the billing address decided" in home.confidence_basis
    assert ("billing address on your orders is in Houston, TX, United States, so Houston, TX, United States is taken "
            "as home") in home.summary


def test_a_burst_of_christmas_gifts_just_before_the_download_is_no_move():
    """The twenty-second pass's second tester: 20 own orders to Austin over two years, all billed there, then 20
    unflagged gifts to Portland in December and one own order in January: Portland at high, Austin "earlier"
    though it got an order two days before the data ends. The billing town is lived in and got the latest
    quarter's order: it is the home, Portland named beside it, no move."""
    s = Stream("amazon.zip")
    own = orders(s, 20, "Austin", "TX", every=36, ships_to_billing=True)  # 2023-01 … 2024-11
    gifts = orders(s, 20, "Portland", "OR", start=datetime(2024, 12, 1, 19, tzinfo=UTC), every=1, prefix="g",
                   ships_to_billing=False)
    last = orders(s, 1, "Austin", "TX", start=datetime(2025, 1, 13, 19, tzinfo=UTC), prefix="j", ships_to_billing=True)
    home, _ = home_of(own + gifts + last)
    shipping = home.value["shipping"]
    assert (home.value["city"], shipping["billing"], shipping["earlier"]) == ("Austin", "decided", None)
    assert (shipping["second"]["city"], shipping["second"]["pattern"]) == ("Portland", "same quarters")
    assert home.confidence != Confidence.HIGH
    assert "it got orders in the latest quarter and Portland, OR, United States none" in home.confidence_basis


def test_more_unflagged_gifts_than_own_orders_in_the_latest_quarter_do_not_decide_alone():
    """40 gifts to Tampa and 30 own orders to Austin, both in every quarter (the tester's random layouts): the last
    quarter happening to hold 5 Tampa parcels and 1 own order made Tampa the home and Austin an earlier one in 2
    of 7 layouts. Over the latest year, counting gifts as a third, Austin holds more: Austin."""
    s = Stream("amazon.zip")
    events = []
    for i in range(70):
        t = T0 + timedelta(days=12 * i)
        gift = i % 7 in (0, 2, 4, 6) or i >= 65  # the last quarter's orders nearly all to Tampa
        city, region = ("Tampa", "FL") if gift else ("Austin", "TX")
        events.append(s.ev(t, "amazon.order_item", "Board game", order_id=f"o{i}", shipping_city=city,
                           shipping_region=region, **US, ships_to_billing=not gift))
    home, _ = home_of(events)
    shipping = home.value["shipping"]
    assert (home.value["city"], shipping["billing"], shipping["earlier"]) == ("Austin", "decided", None)
    assert shipping["second"]["city"] == "Tampa"
    assert "of the latest year's orders, counting others as a third" in home.confidence_basis


def test_two_towns_with_orders_in_every_quarter_are_not_taking_turns():
    """A couple living apart, one card billed in Chicago: orders to both towns in every quarter, a quarter's
    "owner" flipping by chance (the second tester: "take turns by season … a term address", Chicago at low;
    then, with the billing address, Milwaukee's 46 % unnamed at high). Both are named, the billing town is home."""
    s = Stream("amazon.zip")
    events = []
    for i in range(56):
        t = T0 + timedelta(days=16 * i)
        chicago = i % 15 not in (1, 3, 5, 8, 10, 12, 14)  # 30 : 26, both in every quarter
        city, region = ("Chicago", "IL") if chicago else ("Milwaukee", "WI")
        events.append(s.ev(t, "amazon.order_item", "Board game", order_id=f"o{i}", shipping_city=city,
                           shipping_region=region, **US, ships_to_billing=chicago))
    home, _ = home_of(events)
    shipping = home.value["shipping"]
    assert home.value["city"] == "Chicago" and shipping["billing"] in ("agrees", "decided")
    assert (shipping["second"]["city"], shipping["second"]["pattern"]) == ("Milwaukee", "same quarters")
    assert home.confidence == Confidence.MEDIUM
    assert "take turns" not in home.summary


def test_unflagged_gifts_without_a_billing_column_name_both_towns_at_low():
    """Old order reports have no billing column: nothing tells the gifts apart, so both towns are named, the one
    with more orders is the home and the confidence is low (it was Boise, medium or high, with Houston unnamed)."""
    s = Stream("amazon.zip")
    home, _ = home_of(interleaved(s, ("Houston", "TX"), ("Boise", "ID"), billing=False))
    v = home.value
    assert (v["city"], v["shipping"]["billing"]) == ("Boise", None)
    second = v["shipping"]["second"]
    assert (second["city"], second["pattern"], second["orders"]) == ("Houston", "same quarters", 30)
    assert home.confidence == Confidence.LOW
    assert "Orders also go to Houston, TX, United States in the same quarters" in home.summary
    assert "Boise, ID, United States got more" in home.summary


def test_a_move_with_the_billing_address_never_updated_gives_the_new_town():
    s = Stream("amazon.zip")
    before = orders(s, 25, "Austin", "TX", every=14, ships_to_billing=True)  # 2023
    moved = orders(s, 20, "Seattle", "WA", start=datetime(2024, 2, 1, 19, tzinfo=UTC), every=14, prefix="n",
                   ships_to_billing=False)  # the card still billed to Austin
    home, _ = home_of(before + moved)
    v = home.value
    assert (v["city"], v["region"]) == ("Seattle", "WA")
    assert v["shipping"]["earlier"]["city"] == "Austin" and v["shipping"]["billing"] == "silent"
    assert home.confidence == Confidence.HIGH
    assert "the billing address said nothing" in home.confidence_basis


def test_one_stray_parcel_to_a_stale_billing_town_does_not_make_it_home():
    s = Stream("amazon.zip")
    events = (orders(s, 25, "Austin", "TX", every=14, ships_to_billing=True)
              + orders(s, 20, "Seattle", "WA", start=datetime(2024, 2, 1, 19, tzinfo=UTC), every=14, prefix="n",
                       ships_to_billing=False)
              + orders(s, 1, "Austin", "TX", start=datetime(2024, 10, 20, 19, tzinfo=UTC), prefix="x",
                       ships_to_billing=True))
    home, _ = home_of(events)
    assert home.value["city"] == "Seattle" and home.value["shipping"]["billing"] == "silent"


def student(s: Stream, *, term: tuple[str, str] = ("Ann Arbor", "MI"), family: tuple[str, str] = ("Houston", "TX"),
            holidays: tuple[int, ...] = (7, 8, 9), billing_at_family: bool = False) -> list:
    """Orders every 9 days, Oct 2022 – Sep 2024: to the family home in the holiday months and at Christmas,
    else to the term address."""
    out, d, i = [], datetime(2022, 10, 2, 19, tzinfo=UTC), 0
    while d < datetime(2024, 9, 25, tzinfo=UTC):
        at_family = d.month in holidays or (d.month == 12 and d.day >= 18)
        city, region = family if at_family else term
        flag = {"ships_to_billing": at_family} if billing_at_family else {}
        out.append(s.ev(d, "amazon.order_item", "Notebook", order_id=f"x{i}", shipping_city=city,
                        shipping_region=region, **US, **flag))
        d += timedelta(days=9)
        i += 1
    return out


@pytest.mark.parametrize("billing_at_family", [False, True])
def test_term_and_holiday_addresses_are_two_homes_not_a_move(billing_at_family):
    """The latest quarter is a summer at the family home: it used to be the home, high, after "a move" from the
    university town. Both are named as two homes; the term address holds most of the orders."""
    s = Stream("amazon.zip")
    home, _ = home_of(student(s, billing_at_family=billing_at_family))
    v = home.value
    assert (v["city"], v["region"]) == ("Ann Arbor", "MI")
    assert v["shipping"]["earlier"] is None
    second = v["shipping"]["second"]
    assert (second["city"], second["region"], second["pattern"]) == ("Houston", "TX", "alternating")
    assert second["quarters"] >= 5
    assert "two homes" in home.summary and "not a move" in home.summary and "Before that" not in home.summary
    assert home.confidence == Confidence.MEDIUM
    # the billing town (the family home) is named only as the second home, and never said to be this home
    assert "billing address on your orders" not in home.summary


def test_two_homes_with_as_many_orders_each_let_the_latest_quarters_decide_at_low():
    s = Stream("amazon.zip")
    # half the year each: Jul–Dec at the family home, Jan–Jun at the term address
    home, _ = home_of(student(s, holidays=(7, 8, 9, 10, 11, 12)))
    v = home.value
    assert v["city"] == "Houston" and v["shipping"]["second"]["city"] == "Ann Arbor"
    assert home.confidence == Confidence.LOW and "the latest quarters alone decide" in home.confidence_basis


@pytest.mark.parametrize("billing", [None, True])
def test_a_real_move_is_still_a_move(billing):
    s = Stream("amazon.zip")
    flag = {} if billing is None else {"ships_to_billing": True}  # billing updated with the move
    events = (orders(s, 31, "Ann Arbor", "MI", every=12, **flag)
              + orders(s, 35, "Houston", "TX", start=datetime(2024, 1, 10, 19, tzinfo=UTC), every=12, prefix="h",
                       **flag))
    home, _ = home_of(events)
    v = home.value
    assert v["city"] == "Houston" and v["shipping"]["earlier"]["city"] == "Ann Arbor"
    assert v["shipping"]["second"] is None
    assert "a move, or a second home" in home.summary and home.confidence == Confidence.HIGH


def test_a_workplace_in_the_city_gives_way_to_the_billing_suburb():
    s = Stream("amazon.zip")
    home, _ = home_of(interleaved(s, ("Sugar Land", "TX"), ("Houston", "TX"), billing=True))
    assert home.value["city"] == "Sugar Land" and home.value["shipping"]["billing"] == "decided"
    assert home.confidence == Confidence.MEDIUM
    assert home.value.get("work_location") is None  # no workplace finding is made up from parcels
    # without a billing column both are named, and which got more
    home, report = home_of(interleaved(Stream("amazon.zip"), ("Sugar Land", "TX"), ("Houston", "TX"),
                                       billing=False))
    assert home.value["city"] == "Houston" and home.value["shipping"]["second"]["city"] == "Sugar Land"
    assert home.confidence == Confidence.LOW and "Houston, TX, United States got more" in home.summary
    assert report.finding("work_location").value is None


def test_without_a_billing_column_one_home_reads_as_before(tmp_path: Path):
    """An old order report (no billing column): the flag is null and the rule is the one before the billing
    address was read — 12 orders to one town, all of the latest: that town, high."""
    header = ["Order Date", "Order ID", "Title", "Category", "ASIN/ISBN", "Website", "Purchase Price Per Unit",
              "Quantity", "Shipping Address Name", "Shipping Address Street 1", "Shipping Address City",
              "Shipping Address State", "Shipping Address Zip", "Order Status", "Item Total", "Buyer Name",
              "Currency"]
    lines = [",".join(header)]
    for i in range(12):
        lines.append(f"{i % 12 + 1}/{i + 2}/2022,113-000000{i:02d}-0000001,Socks,APPAREL,B00SOCK{i:02d},Amazon.com,"
                     "$5.00 ,1,Jane Example,1 Main St,SPRINGFIELD,IL,62704,Shipped,$5.00 ,Jane Example,USD")
    (tmp_path / "01-Jan-2022_to_31-Dec-2022.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = [e for e in api.timeline([tmp_path]) if e.kind == "amazon.order_item"]
    assert len(items) == 12 and all(e.attrs["ships_to_billing"] is None for e in items)
    home = infer(_sorted(items), now=NOW).finding("home")
    v = home.value
    assert (v["city"], v["region"], v["shipping"]["billing"], v["shipping"]["second"]) == ("Springfield", "IL",
                                                                                            None, None)
    assert home.confidence == Confidence.HIGH and "billing" not in home.confidence_basis


def _export_with_billing(tmp_path: Path, name: str, rows: list[dict]) -> Path:
    tree = tmp_path / name
    path = tree / "Retail.OrderHistory.1" / "Retail.OrderHistory.1.csv"
    path.parent.mkdir(parents=True)
    path.write_bytes(_csv(LEGACY_HEADER, rows))
    return zip_tree(tree, tmp_path / f"{name}.zip")


def _leaks(out: str, secrets: tuple[str, ...]) -> list[str]:
    """The secrets found in ``out``; a number counts only standing alone (the HTML report's bundled chart code
    holds numbers such as .8123 that are no house number)."""
    return [x for x in secrets if (re.search(rf"(?<![\d.]){x}(?![\d.])", out) if x.isdigit() else x in out)]


def _report(archive: Path, fmt: str) -> str:
    result = CliRunner().invoke(cli.app, ["report", str(archive), "-f", fmt, "-q"])
    assert result.exit_code == 0, result.output
    return result.stdout


OWN = "Ada Example 742 EVERGREEN TER HOUSTON TX 77002-1234 United States"
BILL = "Ada B. Example 8123 PAYMASTER PL HOUSTON TX 77019 United States"  # the card's address: same town
GRANDCHILD = "Kit Sample 9 WILLOW CT BOISE ID 83702 United States"
BILLING_SECRETS = ("Paymaster", "PAYMASTER", "8123", "77019", "Ada B. Example", "Ada B")
STREET_SECRETS = ("Evergreen", "EVERGREEN", "742", "77002", "Ada Example", "Kit Sample", "WILLOW", "Willow", "83702")


def test_report_end_to_end_unflagged_gifts_and_a_billing_address(tmp_path: Path):
    """`dataexam report` on a legacy export whose 40 gifts to a grandchild carry no gift field: the billing
    address (the buyer's, in Houston) makes Houston the home; no street, house number, postcode or name from
    either address column shows in any format."""
    rows = []
    for i in range(70):
        day = (datetime(2023, 1, 5) + timedelta(days=10 * i)).strftime("%Y-%m-%dT14:00:00Z")
        to = GRANDCHILD if i % 7 in (0, 2, 4, 6) else OWN
        rows.append(_item(f"111-0000000-{i:07d}", day, f"B0ITEM{i:04d}", "10.00") | {
            "Shipping Address": to, "Billing Address": BILL})
    archive = _export_with_billing(tmp_path, "amazon", rows)
    items = [e for e in api.timeline([archive]) if e.kind == "amazon.order_item"]
    assert sum(e.attrs["ships_to_billing"] is True for e in items) == 30
    assert not any(e.attrs["gift"] for e in items)
    report = json.loads(_report(archive, "json"))
    home = next(f for f in report["findings"] if f["id"] == "home")
    assert (home["value"]["city"], home["value"]["region"]) == ("Houston", "TX")
    assert home["value"]["shipping"]["billing"] == "decided" and home["confidence"] == "medium"
    assert "the billing address decided" in home["confidence_basis"]
    for fmt in ("json", "html", "markdown", "text"):
        out = _report(archive, fmt)
        assert not _leaks(out, BILLING_SECRETS + STREET_SECRETS), fmt


def test_a_billing_town_parcels_never_go_to_is_never_shown(tmp_path: Path):
    """The billing address is in Plano (a town no order ships to): it says nothing, and Plano — nor its street,
    postcode or name — appears in no report format and not in the timeline."""
    plano = "Ada Q. Example 4471 LAKESIDE RD PLANO TX 75023 United States"
    rows = []
    for i in range(14):
        day = (datetime(2023, 1, 5) + timedelta(days=25 * i)).strftime("%Y-%m-%dT14:00:00Z")
        rows.append(_item(f"111-0000000-{i:07d}", day, f"B0ITEM{i:04d}", "10.00") | {
            "Shipping Address": OWN, "Billing Address": plano})
    archive = _export_with_billing(tmp_path, "amazon", rows)
    home = next(f for f in json.loads(_report(archive, "json"))["findings"] if f["id"] == "home")
    assert home["value"]["city"] == "Houston" and home["value"]["shipping"]["billing"] == "silent"
    outputs = [_report(archive, fmt) for fmt in ("json", "html", "markdown", "text")]
    timeline = CliRunner().invoke(cli.app, ["timeline", str(archive), "-q"])
    assert timeline.exit_code == 0, timeline.output
    for out in [*outputs, timeline.stdout]:
        assert not _leaks(out, ("Plano", "PLANO", "Lakeside", "LAKESIDE", "4471", "75023", "Ada Q. Example", "Ada Q"))


def test_gifts_are_not_the_person_s_addresses_for_the_trust_score_and_the_household(tmp_path: Path) -> None:
    # the twenty-sixth pass's first tester (M2): a flagged gift to Portland and unflagged December parcels to a
    # parent (away from the billing address in a quarter the billing town got orders too) were the user's own
    # addresses (3); a town away from the billing address in quarters of its own (Munich) is kept, as home keeps it
    s = Stream("amazon-legacy")
    events = (orders(s, 8, "Springfield", "IL", ships_to_billing=True, **US)
              + orders(s, 1, "Portland", "OR", start=T0 + timedelta(days=20), prefix="g", gift=True,
                       ships_to_billing=False, **US)
              + orders(s, 1, "Boise", "ID", start=T0 + timedelta(days=30), prefix="b", ships_to_billing=False, **US)
              + orders(s, 2, "München", None, start=T0 + timedelta(days=400), prefix="m", ships_to_billing=False,
                       shipping_country="Germany", shipping_country_code="DE"))
    report = infer(_sorted(events), now=NOW)
    identity = report.finding("trust_score").value["factors"]["identity"]
    assert identity["inputs"]["distinct_shipping_addresses"] == 2
    assert report.finding("household").summary == (
        "No baby or pet purchases; your orders ship to 2 addresses of your own (gifts left out).")


def test_own_addresses_count() -> None:
    from datetime import date

    from dataexam.inference.shipping import OwnAddresses

    own = OwnAddresses()
    own.add({"shipping_city": "Springfield", "ships_to_billing": True}, date(2023, 11, 10))
    own.add({"shipping_city": "Boise", "ships_to_billing": False}, date(2023, 12, 5))  # gift-like: same quarter
    own.add({"shipping_city": "Portland", "gift": True}, date(2024, 5, 1))  # flagged
    assert len(own) == 1
    own.add({"shipping_city": "Boise", "ships_to_billing": False}, date(2024, 5, 5))  # a quarter of its own
    own.add({"shipping_city": "Old report town", "ships_to_billing": None}, None)  # no billing column: own
    assert len(own) == 3


@pytest.mark.parametrize(("place", "said"), [
    (("ES", "MADRID", "Madrid"), "Madrid, Madrid, Spain"),
    (("AU", "NEW SOUTH WALES", "Sydney"), "Sydney, New South Wales, Australia"),
    (("DE", "BADEN-WÜRTTEMBERG", "Ulm"), "Ulm, Baden-Württemberg, Germany"),
    (("ES", "COMUNIDAD DE MADRID", "Madrid"), "Madrid, Comunidad de Madrid, Spain"),
    (("IT", "REGGIO DI CALABRIA", "Reggio Calabria"), "Reggio Calabria, Reggio di Calabria, Italy"),
    (("GB", "ISLE OF WIGHT", "Cowes"), "Cowes, Isle of Wight, United Kingdom"),
    (("US", "TX", "Houston"), "Houston, TX, United States"),
    (("AU", "NSW", "Sydney"), "Sydney, NSW, Australia"),
    (("JP", "27", "Osaka"), "Osaka, Osaka, Japan"),
])
def test_a_region_s_name_is_said_in_its_words_case(place: tuple[str, str, str], said: str) -> None:
    """HOME44: a region written in full, kept in capitals to compare it, was said "Madrid, MADRID, Spain"."""
    from dataexam.inference.shipping import place_text

    assert place_text(place) == said
