"""Two Amazon downloads of one customer: the audiences and advertiser lists are the newest download's (M12 of the
thirty-fifth pass).

An Amazon download carries no day of its own (no manifest; its zips are named by category), so two downloads of one
era ranked alike and their snapshot lists were unioned: the audiences Amazon had dropped by the later download were
still "what Amazon says". A download holds no record after the day it was made, and a customer's downloads are
cumulative, so the later one holds the later orders: the newest order date orders them now, and the report names
each list's download by it ("the download whose newest record is of May 2024"). A Facebook download whose name
carries no day is dated by its download request and sessions the same way.

Invented values in the real shapes: formats.md §3.2's legacy ``Retail.OrderHistory.1.csv`` header, §3.4's one-column
``Advertising.*.csv`` files; §1's Facebook ``friends_v2`` and ``account_activity_v2``.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from test_snapshot_newest_download import order_and_days

from dataexam import api
from dataexam.parser import RECORD_DAY_MARK

HEADER = ["Website", "Order ID", "Order Date", "Purchase Order Number", "Currency", "Unit Price", "Unit Price Tax",
          "Shipping Charge", "Total Discounts", "Total Owed", "Shipment Item Subtotal", "Shipment Item Subtotal Tax",
          "ASIN", "Product Condition", "Quantity", "Payment Instrument Type", "Order Status", "Shipment Status",
          "Ship Date", "Shipping Option", "Shipping Address", "Billing Address", "Carrier Name & Tracking Number",
          "Product Name", "Gift Message", "Gift Sender Name", "Gift Recipient Contact Details"]
#: (order id, ISO order date) of the customer's orders, oldest first
ORDERS = [(f"114-{1000000 + n:07d}-{2000000 + n:07d}", f"{2021 + n // 12}-{1 + n % 12:02d}-15T10:00:00Z")
          for n in range(41)]  # 2021-01 … 2024-05


def _row(order_id: str, day: str) -> list[str]:
    return ["Amazon.de", order_id, day, "Not Applicable", "EUR", "12.99", "0", "0", "0", "12.99", "Not Available",
            "Not Available", "B000000001", "New", "1", "Visa - 0001", "Closed", "Shipped", day, "std-de",
            "<ADDR>", "<ADDR>", "Not Available", "Invented Bike Lamp", "Not Available", "Not Available",
            "Not Available"]


def amazon(root: Path, orders: list[tuple[str, str]], audiences: list[str], third_party: list[str]) -> Path:
    table = root / "Retail.OrderHistory.1"
    table.mkdir(parents=True)
    out = io.StringIO()
    writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\n")
    writer.writerow(HEADER)
    writer.writerows(_row(o, d) for o, d in reversed(orders))
    (table / "Retail.OrderHistory.1.csv").write_text("\ufeff" + out.getvalue(), encoding="utf-8")
    (root / "Advertising.1").mkdir()
    for name, header, rows in (("AmazonAudiences", "Amazon Audiences in which you are included", audiences),
                               ("3PAudiences", "Audiences in which you are included via 3rd Parties", third_party)):
        (root / "Advertising.1" / f"Advertising.{name}.csv").write_text(
            "\ufeff" + "\n".join(f'"{v}"' for v in [header, *rows]) + "\n", encoding="utf-8")
    return root


def two(tmp: Path) -> tuple[Path, Path]:
    # the newer download's folder sorts first: the order comes from the orders, not the inputs' names
    new = amazon(tmp / "amazon-a", ORDERS, ["Cycling enthusiasts", "Coffee lovers"], ["Invented Motors"])
    old = amazon(tmp / "amazon-b", ORDERS[:15], ["Cycling enthusiasts", "Video gamers", "Pet owners"],
                 ["Invented Motors", "Invented Travel"])
    return old, new


def _platform(paths: list[Path]) -> dict:
    report = api.report(paths).to_dict()
    return next(f for f in report["findings"] if f["id"] == "platform_vs_derived")


def test_amazon_downloads_are_ordered_by_their_newest_order(tmp_path: Path) -> None:
    old, new = two(tmp_path)
    order, days = order_and_days([new, old])
    assert order is not None and order[str(new)] > order[str(old)]
    assert days == {str(new): "2024-05-15" + RECORD_DAY_MARK, str(old): "2022-03-15" + RECORD_DAY_MARK}
    # one download alone: nothing read for it (no day, as before)
    assert order_and_days([old]) == (None, {})


def test_amazon_says_what_the_newest_download_says(tmp_path: Path) -> None:
    old, new = two(tmp_path)
    f = _platform([old, new])
    value = f["value"]
    items = [i["declared"] for i in value["platforms"]["amazon_audiences"]["items"]]
    assert sorted(items) == ["Coffee lovers", "Cycling enthusiasts"]  # was also Video gamers, Pet owners
    assert value["amazon_advertisers"] == {"third_party_audiences": {"count": 1, "top": ["Invented Motors"]}}
    label = "the download whose newest record is of Mar 2022"
    assert {"list": "amazon_audiences", "download": label, "values": ["Video gamers", "Pet owners"]} in (
        value["older_downloads"])
    assert {"list": "amazon_advertisers.third_party_audiences", "download": label, "values": ["Invented Travel"]} in (
        value["older_downloads"])
    assert ("Amazon's lists here are from the download whose newest record is of May 2024; what only "
            f"{label} listed is no longer its statement (older_downloads).") in f["caveats"]


def test_one_amazon_download_alone_is_unchanged(tmp_path: Path) -> None:
    old, _new = two(tmp_path)
    value = _platform([old])["value"]
    assert sorted(i["declared"] for i in value["platforms"]["amazon_audiences"]["items"]) == [
        "Cycling enthusiasts", "Pet owners", "Video gamers"]
    assert value["older_downloads"] is None


FRIENDS = [f"Friend {i:02d}" for i in range(30)]
#: each friend's friending time, the same in every download
FRIENDED = {n: 1420070400 + i * 86400 for i, n in enumerate(FRIENDS)}


def _fb(root: Path, friends: list[str], last_session: int) -> Path:
    me = {"name": {"full_name": "Ina Invent"}, "username": "ina.invent.1"}
    for rel, obj in (
            ("personal_information/profile_information/profile_information.json", {"profile_v2": me}),
            ("connections/friends/your_friends.json",
             {"friends_v2": [{"name": n, "timestamp": FRIENDED.get(n, 1700000000)} for n in friends]}),
            ("security_and_login_information/account_activity.json",
             {"account_activity_v2": [{"action": "Session updated", "timestamp": last_session,
                                       "ip_address": "192.0.2.1", "user_agent": "Mozilla/5.0", "city": "Lyon",
                                       "region": "ARA", "country": "FR", "site_name": "www.facebook.com"}]})):
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(json.dumps(obj), encoding="utf-8")
    return root


def test_facebook_downloads_without_a_day_in_their_names_count_the_newest(tmp_path: Path) -> None:
    new = _fb(tmp_path / "facebook-a", [*FRIENDS[:20], "Late Friend"], 1715000000)  # 2024-05-06
    old = _fb(tmp_path / "facebook-b", FRIENDS, 1590000000)  # 2020-05-20
    report = api.report([new, old]).to_dict()
    social = next(f for f in report["findings"] if f["id"] == "social_circle")["value"]
    assert social["facebook_friends"] == 21  # was 31: both lists unioned
    assert social["older_downloads_only"] == {
        "facebook_friends": {"count": 10, "download": "the download whose newest record is of May 2020"}}
