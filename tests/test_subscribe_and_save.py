"""Subscribe & Save deliveries are Amazon's schedule, not the person's buying (T34A M1); a group left or an event
declined is no interest (T34A M2).

M1: a New York customer's 40 own orders (10:00–21:00) and 24 monthly Subscribe & Save deliveries Amazon placed at
03:30 (``Shipping Option`` ``std-sns-us``: formats.md §3.2's real 2023 row; peer importers detect S&S so) read as
"38% of items ordered 23–04", the trust score's late-night rule, and "food & drink (purchase ×24)". M2: six fishing
groups joined and all left made "outdoors (group ×10)", six running events declined "running (event ×6)".
Invented people and values in the real file shapes.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from test_amazon_2025_files import events as amazon_events
from test_inference_synth import Stream

from dataexam import api
from dataexam.inference import infer
from dataexam.inference.engine import is_activity, platform_written, turned_down
from dataexam.inference.interests import InterestAggregator

NOW = datetime(2024, 6, 1, tzinfo=UTC)
NY = ZoneInfo("America/New_York")
LEGACY = ["Website", "Order ID", "Order Date", "Purchase Order Number", "Currency", "Unit Price", "Unit Price Tax",
          "Shipping Charge", "Total Discounts", "Total Owed", "Shipment Item Subtotal", "Shipment Item Subtotal Tax",
          "ASIN", "Product Condition", "Quantity", "Payment Instrument Type", "Order Status", "Shipment Status",
          "Ship Date", "Shipping Option", "Shipping Address", "Billing Address", "Carrier Name & Tracking Number",
          "Product Name", "Gift Message", "Gift Sender Name", "Gift Recipient Contact Details"]
ADDRESS = "Jane Roe 120 EXAMPLE ST BROOKLYN NY 11201-1234 United States"


def _row(order_id: str, when: datetime, price: str, asin: str, name: str, option: str) -> dict[str, str]:
    stamp = when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return {"Website": "Amazon.com", "Order ID": order_id, "Order Date": stamp, "Purchase Order Number":
            "Not Applicable", "Currency": "USD", "Unit Price": price, "Unit Price Tax": "0", "Shipping Charge": "0",
            "Total Discounts": "0", "Total Owed": price, "Shipment Item Subtotal": "Not Available",
            "Shipment Item Subtotal Tax": "Not Available", "ASIN": asin, "Product Condition": "New", "Quantity": "1",
            "Payment Instrument Type": "Visa - 0001", "Order Status": "Closed", "Shipment Status": "Shipped",
            "Ship Date": stamp, "Shipping Option": option, "Shipping Address": ADDRESS, "Billing Address": ADDRESS,
            "Carrier Name & Tracking Number": "Not Available", "Product Name": name, "Gift Message": "Not Available",
            "Gift Sender Name": "Not Available", "Gift Recipient Contact Details": "Not Available"}


def _sns_rows() -> list[dict[str, str]]:
    rows = []
    d0 = datetime(2022, 1, 3, tzinfo=NY)
    for i in range(40):
        rows.append(_row(f"112-{5000000 + i:07d}-0000001", d0 + timedelta(days=18 * i, hours=10 + (i * 7) % 11),
                         "21.60", f"B0{i:08d}", f"Paperback book vol {i}", "std-us-dom"))
    for i in range(24):
        rows.append(_row(f"113-{6000000 + i:07d}-0000001", datetime(2022 + i // 12, i % 12 + 1, 9, 3, 30, tzinfo=NY),
                         "12.89", "B09INVENT1", "Dark Chocolate Almond Snack Nuts, 40oz Bag", "std-sns-us"))
    return rows


def _write_legacy(root: Path, rows: list[dict[str, str]]) -> Path:
    folder = root / "Retail.OrderHistory.1"
    folder.mkdir(parents=True)
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=LEGACY, quoting=csv.QUOTE_ALL, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    (folder / "Retail.OrderHistory.1.csv").write_text("\ufeff" + buf.getvalue(), encoding="utf-8")
    return root


def _report(root: Path):
    return infer(list(api.timeline([root], stats=api.RunStats())), now=NOW)


def test_both_order_history_eras_mark_subscribe_and_save(tmp_path: Path) -> None:
    rows = _sns_rows()[38:42]  # two own orders, two S&S deliveries
    legacy = _write_legacy(tmp_path / "legacy", rows)
    got = amazon_events(legacy, "amazon.order_item", "Retail.OrderHistory")
    # the 2025 era: alphabetical columns, Total Amount, Original Quantity (formats.md §3.2)
    new = tmp_path / "new" / "Your Amazon Orders"
    new.mkdir(parents=True)
    renamed = [{("Total Amount" if k == "Total Owed" else "Original Quantity" if k == "Quantity" else k): v
                for k, v in r.items()} for r in rows]
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=sorted(renamed[0]), lineterminator="\n")
    w.writeheader()
    w.writerows(renamed)
    (new / "Order History.csv").write_text(buf.getvalue(), encoding="utf-8")
    got_new = amazon_events(tmp_path / "new", "amazon.order_item", "Order History")
    for era in (got, got_new):
        assert len(era) == 4
        sns = [e for e in era if e.attrs.get("subscription")]
        assert {e.attrs["order_id"] for e in sns} == {"113-6000000-0000001", "113-6000001-0000001"}
        assert all(platform_written(e) == "subscription delivery" and not is_activity(e) for e in sns)
        own = [e for e in era if not e.attrs.get("subscription")]
        assert len(own) == 2 and all(platform_written(e) is None and is_activity(e) for e in own)


def test_subscribe_and_save_is_no_late_night_buying_and_one_interest(tmp_path: Path) -> None:
    report = _report(_write_legacy(tmp_path / "sns", _sns_rows()))
    impulse = report.finding("impulse_buying")
    assert impulse.value["late_night_share"] == 0.0 and impulse.value["late_night_items"] == 0, impulse.summary
    assert impulse.value["timed_items"] == 40
    assert impulse.summary.startswith("0% of items ordered 23–04"), impulse.summary
    assert any("24 Subscribe & Save deliveries" in c for c in impulse.caveats)
    # their money still counts: 40 × 21.60 + 24 × 12.89 = 1,173.36
    spending = report.finding("spending")
    assert "USD 1,173.36" in spending.summary, spending.summary
    trust = report.finding("trust_score")
    inputs = trust.value["factors"]["behaviour_preferences"]["inputs"]
    assert inputs["late_night_order_share"] == 0.0
    assert not any("23–04" in str(r) for r in trust.value["factors"]["behaviour_preferences"].get("rules", []))
    # one subscription: one purchase signal for food & drink, not 24
    agg_counts = report.finding("interests").value or []
    assert not any(r["category"] == "food & drink" for r in agg_counts)  # 1 record: below the minimum
    assert "×24" not in report.finding("interests").summary


def test_one_subscription_counts_one_interest_signal(tmp_path: Path) -> None:
    rows = _sns_rows()[40:]
    events = list(api.timeline([_write_legacy(tmp_path / "sns", rows)], stats=api.RunStats()))
    agg = InterestAggregator()
    for e in events:
        agg.consume(e)
    assert agg.counts["food_drink"] == 1


def _fb_event(kind: str, text: str, t: datetime, **attrs):
    return Stream("facebook.zip").ev(t, kind, text, **attrs)


def test_left_groups_and_declined_events_are_no_interest() -> None:
    t0 = datetime(2021, 2, 1, tzinfo=UTC)
    fishing = ["Angler Club Lyon", "Fly Fishing France", "Carp Fishing Friends", "Pike Fishing Rhône",
               "Fishing Tackle Swap", "Sea Fishing Brittany"]
    events = []
    for i, g in enumerate(fishing):  # newest first, as the file lists them: the leaves come before the joins
        events.append(_fb_event("facebook.group", g, t0 + timedelta(days=400 + 20 * i), action="left"))
    for i, g in enumerate(fishing):
        events.append(_fb_event("facebook.group", g, t0 + timedelta(days=20 * i), action="joined"))
    for i in range(6):
        events.append(_fb_event("facebook.event_response", f"City Running Race {i}", t0 + timedelta(days=30 * i),
                                response="declined"))
    agg = InterestAggregator()
    for e in events:
        agg.consume(e)
    agg.settle_groups()
    assert agg.counts["outdoors"] == 0, agg.counts
    assert agg.counts["running"] == 0, agg.counts
    # a group joined again after leaving, and groups joined and kept, count; so do events joined or marked
    agg = InterestAggregator()
    for e in events[:6] + events[6:12] + [_fb_event("facebook.group", fishing[1], t0 + timedelta(days=900),
                                                    action="joined")]:
        agg.consume(e)
    for i in range(6):
        agg.consume(_fb_event("facebook.event_response", f"City Running Race {i}", t0 + timedelta(days=30 * i),
                              response="interested" if i % 2 else "joined"))
    agg.settle_groups()
    assert agg.counts["outdoors"] == 1 and agg.counts["running"] == 6, agg.counts


@pytest.mark.parametrize(("kind", "attrs", "down"), [
    ("facebook.group", {"action": "left"}, True), ("facebook.group", {"action": "joined"}, False),
    ("facebook.group", {"action": "admin"}, False), ("facebook.event_response", {"response": "declined"}, True),
    # a title in another UI language reads no action: a membership, as before (a German download's groups count)
    ("facebook.group", {"title": "Lena Vogt ist der Gruppe Angler Lyon beigetreten."}, False),
    ("facebook.event_response", {}, False),
    ("facebook.event_response", {"response": "invited"}, True),
    ("facebook.event_response", {"response": "interested"}, False),
    ("facebook.event_response", {"response": "joined"}, False),
    ("facebook.event_response", {"response": "hosted"}, False),
    ("twitter.list", {"action": "Unfollowed"}, True), ("facebook.page_like", {}, False),
    ("amazon.cart_add", {"status": "removed"}, True),
])
def test_turned_down_reads_every_kind(kind: str, attrs: dict, down: bool) -> None:
    assert turned_down(_fb_event(kind, "x", datetime(2022, 1, 1, tzinfo=UTC), **attrs)) is down


def test_report_of_left_groups_says_no_outdoors(tmp_path: Path) -> None:
    root = tmp_path / "facebook-jdoe-2023-05-12" / "your_activity_across_facebook" / "groups"
    root.mkdir(parents=True)
    items = []
    me = "Jane Doe"
    for i, g in enumerate(["Angler Club Lyon", "Fly Fishing France", "Carp Fishing Friends", "Pike Fishing Rhône",
                           "Fishing Tackle Swap", "Sea Fishing Brittany"]):
        items.append({"timestamp": 1612000000 + i * 86400 * 20, "data": [{"name": g}],
                      "title": f"{me} became a member of {g}."})
        items.append({"timestamp": 1650000000 + i * 86400 * 20, "data": [{"name": g}], "title": f"{me} left {g}."})
    (root / "your_group_membership_activity.json").write_text(
        json.dumps({"groups_joined_v2": sorted(items, key=lambda x: -x["timestamp"])}), encoding="utf-8")
    report = _report(tmp_path / "facebook-jdoe-2023-05-12")
    interests = report.finding("interests")
    assert "outdoors" not in interests.summary, interests.summary
    assert not any(r["category"] == "outdoors" for r in interests.value or [])
