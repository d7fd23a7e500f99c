"""AMZ55: a date-only record (the old Order History Report's "Order Date", M/D/YYYY, stamped 00:00 UTC of its day) is
compared with a timed record by their days on the home's calendar, in every place a first / last record is picked (the
report's inputs, the trust score's period, a shipping town's first / last order, ``scan``).

Before: a date-only 2 Jan order beat a post of 1 Jan 19:30 in New York (2 Jan 00:30 UTC) as the first record — the
order's day was compared as its UTC midnight; ``scan`` wrote "2022-01-02T00:00:00Z" for a date-only bound with no flag;
the shipping towns' first / last orders skipped date-only orders by a check of their own."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from test_amazon_town_state_zip import HEADER, NOW
from typer.testing import CliRunner

from dataexam import api, cli
from dataexam.events import Bounds, Origin, TimeSource, When, earlier, later, make_event
from dataexam.inference import infer
from dataexam.inference.shipping import ShippingPlaces

NEW_YORK = ZoneInfo("America/New_York")
TOKYO = ZoneInfo("Asia/Tokyo")
JAN_2 = When(datetime(2022, 1, 2, tzinfo=UTC), date_only=True)


def _old_report(tmp_path: Path) -> Path:
    """An old report of 12 date-only orders to Boston, 2 Jan – 20 Dec 2022."""
    lines = [",".join(HEADER)]
    for i in range(12):
        day = 2 if i == 0 else (20 if i == 11 else 15)
        lines.append(f"{i + 1}/{day}/2022,113-000000{i:02d}-0000001,Socks,APPAREL,B00SOCK{i:02d},Amazon.com,"
                     f"$5.00 ,1,Jane Example,1 Main St,Boston,MA,02108,Shipped,$5.00 ,Jane Example,USD")
    (tmp_path / "01-Jan-2022_to_31-Dec-2022.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return tmp_path


def _post(t: datetime) -> object:
    return make_event(t, TimeSource.UTC, "facebook", "facebook.post", "self", "lunch", {},
                      Origin("fb.zip", "posts/your_posts_1.json", 0), "post-1")


def _order(t: datetime, n: int, source: TimeSource) -> object:
    return make_event(t, source, "amazon", "amazon.order_item", "self", "Socks",
                      {"order_id": f"113-{n}", "shipping_city": "Boston", "shipping_region": "MA",
                       "shipping_country_code": "US"}, Origin("amazon.zip", "orders.csv", n), f"order-{n}")


def test_a_date_only_day_against_a_timed_record_on_the_homes_calendar() -> None:
    evening = When(datetime(2022, 1, 2, 0, 30, tzinfo=UTC))  # 1 Jan 19:30 in New York, 2 Jan 09:30 in Tokyo
    assert earlier(JAN_2, evening, NEW_YORK) is evening  # 1 Jan before 2 Jan
    assert earlier(JAN_2, evening, TOKYO) is evening  # the same day: the timed record says more
    assert earlier(JAN_2, evening) is evening  # no zone: the UTC calendar, the same day
    late = When(datetime(2022, 1, 2, 15, 30, tzinfo=UTC))  # 2 Jan 10:30 in New York, 3 Jan 00:30 in Tokyo
    assert earlier(late, JAN_2, TOKYO) is JAN_2 and earlier(late, JAN_2, NEW_YORK) is late
    assert later(JAN_2, late, TOKYO) is late and later(late, JAN_2, TOKYO) is late
    eve = When(datetime(2022, 1, 1, 23, tzinfo=UTC))  # 1 Jan 18:00 in New York, 2 Jan 08:00 in Tokyo
    # the same day in Tokyo: the timed record says more, and the report writes its home day, 2 Jan (BOUND56; T53 1
    # kept the order, for the report wrote the post's UTC day, 1 Jan)
    assert later(eve, JAN_2, NEW_YORK) is JAN_2 and later(eve, JAN_2, TOKYO) is eve
    assert (JAN_2.day(NEW_YORK).isoformat(), evening.day(NEW_YORK).isoformat()) == ("2022-01-02", "2022-01-01")


def test_bounds_keep_both_kinds_until_the_zone_is_known() -> None:
    span = Bounds()
    evening = When(datetime(2022, 1, 2, 0, 30, tzinfo=UTC))
    late = When(datetime(2022, 1, 2, 15, 30, tzinfo=UTC))
    for when in (late, JAN_2, None, evening):
        span.add(when)
    assert (span.first(NEW_YORK), span.last(NEW_YORK)) == (evening, late)
    assert (span.first(TOKYO), span.last(TOKYO)) == (evening, late)
    only_late = Bounds()
    only_late.add(late)
    only_late.merge(span)
    assert only_late == span


def test_the_report_and_trust_score_pick_the_timed_first_record_of_1_jan_in_new_york(tmp_path: Path) -> None:
    post = datetime(2022, 1, 1, 19, 30, tzinfo=NEW_YORK).astimezone(UTC)  # 2 Jan 00:30 UTC
    report = infer([*api.timeline([_old_report(tmp_path)]), _post(post)], now=NOW)
    assert str(report.clock) == "America/New_York"
    assert (report.inputs["first"], report.inputs["first_date_only"]) == ("2022-01-02T00:30:00Z", False)
    assert (report.inputs["last"], report.inputs["last_date_only"]) == ("2022-12-20", True)
    trust = report.finding("trust_score").to_dict()["value"]
    assert (trust["period"], trust["period_date_only"]) == (["2022-01-02T00:30:00Z", "2022-12-20"], [False, True])


def test_a_timed_record_of_the_next_local_day_leaves_the_date_only_order_first(tmp_path: Path) -> None:
    post = datetime(2022, 1, 3, 0, 30, tzinfo=NEW_YORK).astimezone(UTC)  # 3 Jan 05:30 UTC
    report = infer([*api.timeline([_old_report(tmp_path)]), _post(post)], now=NOW)
    assert (report.inputs["first"], report.inputs["first_date_only"]) == ("2022-01-02", True)


def test_a_shipping_towns_first_order_is_read_by_when_on_the_homes_calendar() -> None:
    places = ShippingPlaces()
    evening = datetime(2022, 1, 1, 19, 30, tzinfo=NEW_YORK).astimezone(UTC)  # 2 Jan 00:30 UTC
    places.consume(_order(datetime(2022, 1, 2, tzinfo=UTC), 1, TimeSource.DATE_ONLY))
    places.consume(_order(evening, 2, TimeSource.UTC))
    places.consume(_order(datetime(2022, 3, 5, tzinfo=UTC), 3, TimeSource.DATE_ONLY))
    ship = places.home(lambda t: t.date().isoformat() if t else None, NEW_YORK)
    assert ship is not None
    assert places.first_at[0] == When(evening) and places.last_at[0] == When(datetime(2022, 3, 5, tzinfo=UTC), True)
    # the town's first day is that order's day in New York, 1 Jan (BOUND56: its UTC day, 2 Jan, was written)
    assert (ship.first, ship.last) == ("2022-01-01", "2022-03-05")
    # Tokyo: the order's 2 Jan and the timed one (2 Jan 09:30 there) are one day; the timed one says more
    places.home(None, TOKYO)
    assert places.first_at[0] == When(evening)


def test_scan_says_a_date_only_bound_as_its_day_with_the_flag(tmp_path: Path) -> None:
    folder = _old_report(tmp_path)
    result = CliRunner().invoke(cli.app, ["scan", str(folder), "--json"])
    assert result.exit_code == 0, result.output[-300:]
    data = json.loads(result.stdout)
    assert data[0]["date_range"] == {"first": "2022-01-02", "last": "2022-12-20", "first_date_only": True,
                                     "last_date_only": True}
    text = CliRunner().invoke(cli.app, ["scan", str(folder)])
    assert "2022-01-02 → 2022-12-20" in text.stdout
