"""BOUND56 1: the report's Period is on the home's calendar, the clock its evidence lines are read on.

Before: the text wrote a timed bound's UTC day — a Los Angeles post at 20:00 on 31 Dec 2021 (1 Jan 04:00 UTC) opened
a Period from "1 Jan 2022"; a Tokyo post at 07:00 on 1 Jan 2023 (31 Dec 2022 22:00 UTC) closed it on "31 Dec 2022",
and the trust score's years read 2020–2022. Now the JSON carries each bound's home day (``inputs.first_day`` /
``last_day`` on ``days_on``; the trust score's ``period_days`` on ``period_days_on``), the Period row writes it and the
trust score's years are the home's; without a home zone, UTC's (said: ``days_on`` "UTC")."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from test_amazon_town_state_zip import HEADER, NOW

from dataexam import api
from dataexam.events import Origin, TimeSource, make_event
from dataexam.inference import infer
from dataexam.inference.shipping import ShippingPlaces
from dataexam.inference.trust import TrustAggregator
from dataexam.report.view import run_lines

LOS_ANGELES = ZoneInfo("America/Los_Angeles")
TOKYO = ZoneInfo("Asia/Tokyo")
LATER = datetime(2024, 6, 1, tzinfo=UTC)


def _old_report(tmp_path: Path, city: str, state: str, zipcode: str, site: str) -> Path:
    """An old Order History Report: 12 date-only orders to ``city``, 15 Jan – 15 Dec 2022."""
    lines = [",".join(HEADER)]
    for i in range(12):
        lines.append(f"{i + 1}/15/2022,113-000000{i:02d}-0000001,Socks,APPAREL,B00SOCK{i:02d},{site},"
                     f"$5.00 ,1,Jane Example,1 Main St,{city},{state},{zipcode},Shipped,$5.00 ,Jane Example,USD")
    (tmp_path / "01-Jan-2022_to_31-Dec-2022.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return tmp_path


def _post(t: datetime, n: int = 0, text: str = "lunch") -> object:
    return make_event(t.astimezone(UTC), TimeSource.UTC, "facebook", "facebook.post", "self", text, {},
                      Origin("fb.zip", "posts/your_posts_1.json", n), f"post-{n}")


def _period(report: object) -> str:
    return dict(run_lines(report.to_dict()))["Period"]  # type: ignore[attr-defined]


def test_a_los_angeles_new_year_s_eve_post_opens_the_period_on_31_dec(tmp_path: Path) -> None:
    eve = datetime(2021, 12, 31, 20, 0, tzinfo=LOS_ANGELES)  # 1 Jan 2022 04:00 UTC
    report = infer([_post(eve), *api.timeline([_old_report(tmp_path, "Seattle", "WA", "98101", "Amazon.com")])],
                   now=NOW)
    assert str(report.clock) == "America/Los_Angeles"
    inputs = report.inputs
    assert (inputs["first"], inputs["first_day"], inputs["first_date_only"]) == (
        "2022-01-01T04:00:00Z", "2021-12-31", False)
    assert (inputs["last"], inputs["last_day"], inputs["days_on"]) == ("2022-12-15", "2022-12-15",
                                                                       "America/Los_Angeles")
    assert _period(report) == "31 Dec 2021 – 15 Dec 2022"
    trust = report.finding("trust_score").to_dict()["value"]
    assert trust["period"] == ["2022-01-01T04:00:00Z", "2022-12-15"]
    assert (trust["period_days"], trust["period_days_on"]) == (["2021-12-31", "2022-12-15"], "America/Los_Angeles")


def test_a_tokyo_new_year_morning_post_closes_the_period_on_1_jan_and_the_years_are_tokyo_s(tmp_path: Path) -> None:
    morning = datetime(2023, 1, 1, 7, 0, tzinfo=TOKYO)  # 31 Dec 2022 22:00 UTC
    report = infer([*api.timeline([_old_report(tmp_path, "Tokyo", "", "100-0001", "Amazon.co.jp")]), _post(morning)],
                   now=LATER)
    assert str(report.clock) == "Asia/Tokyo"
    inputs = report.inputs
    assert (inputs["last"], inputs["last_day"]) == ("2022-12-31T22:00:00Z", "2023-01-01")
    assert _period(report) == "15 Jan 2022 – 1 Jan 2023"
    trust = report.finding("trust_score").to_dict()["value"]
    assert trust["period_days"] == ["2022-01-15", "2023-01-01"]
    years = trust["factors"]["behaviour_preferences"]["inputs"]["years_read"]
    assert years == "2021–2023"


def test_a_timed_and_a_date_only_record_of_one_home_day_keep_the_timed_instant(tmp_path: Path) -> None:
    # the 15 Jan order and a post at 20:00 on 14 Jan in Los Angeles (15 Jan 04:00 UTC) are on two home days, so
    # the post is first; a post at 20:00 on 15 Jan (16 Jan 04:00 UTC) shares the order's home day: kept, day 15 Jan
    same_day = datetime(2022, 1, 15, 20, 0, tzinfo=LOS_ANGELES)
    report = infer([*api.timeline([_old_report(tmp_path, "Seattle", "WA", "98101", "Amazon.com")]), _post(same_day)],
                   now=NOW)
    inputs = report.inputs
    assert (inputs["first"], inputs["first_day"], inputs["first_date_only"]) == (
        "2022-01-16T04:00:00Z", "2022-01-15", False)
    assert _period(report).startswith("15 Jan 2022 – ")


def test_without_a_home_zone_the_days_are_utc_s_and_said_so() -> None:
    # 22:30 on 31 Dec in Los Angeles, 1 Jan 06:30 UTC: one post finds no zone, so the day is UTC's
    report = infer([_post(datetime(2021, 12, 31, 22, 30, tzinfo=LOS_ANGELES))], now=NOW)
    assert report.clock is None
    inputs = report.inputs
    assert (inputs["first_day"], inputs["last_day"], inputs["days_on"]) == ("2022-01-01", "2022-01-01", "UTC")
    assert _period(report) == "1 Jan 2022 – 1 Jan 2022"


def test_a_withheld_night_bound_gives_no_day(tmp_path: Path) -> None:
    night = datetime(2021, 12, 31, 23, 30, tzinfo=LOS_ANGELES)  # 1 Jan 07:30 UTC, at night in Los Angeles
    report = infer([_post(night), *api.timeline([_old_report(tmp_path, "Seattle", "WA", "98101", "Amazon.com")])],
                   now=NOW)
    inputs = report.inputs
    assert inputs["first"].startswith("withheld ")
    assert (inputs["first_day"], inputs["first_month"]) == (None, "2021-12")
    assert _period(report).startswith("Dec 2021, ")
    assert report.finding("trust_score").to_dict()["value"]["period_days"] == [None, "2022-12-15"]


def test_a_report_written_before_the_home_days_says_its_first_s_day() -> None:
    data = {"inputs": {"events": 2, "first": "2022-01-01T04:00:00Z", "last": "2022-12-15", "last_date_only": True}}
    assert dict(run_lines(data))["Period"] == "1 Jan 2022 – 15 Dec 2022"


def test_gaming_records_by_a_year_s_turn_are_counted_in_their_home_year() -> None:
    trust = TrustAggregator()
    # 20:00 on 31 Dec 2020 in Los Angeles is 1 Jan 2021 UTC: of 2020 at home, before the years read (2021–2023)
    trust.consume(_post(datetime(2020, 12, 31, 20, 0, tzinfo=LOS_ANGELES), 1, "new PS5 game Elden Ring"))
    # 17:00 on 1 Jan 2021 in Los Angeles (1 Jan 2021 01:00 UTC) is of 2021 either way: read
    trust.consume(_post(datetime(2021, 1, 1, 17, 0, tzinfo=LOS_ANGELES), 2, "xbox game pass"))
    # the last record, 20:00 on 31 Dec 2023 in Los Angeles (1 Jan 2024 UTC): the years read end in 2023 at home
    trust.consume(_post(datetime(2023, 12, 31, 20, 0, tzinfo=LOS_ANGELES), 3, "lunch"))
    trust.zone = LOS_ANGELES
    assert trust.behaviour_years() == (2021, 2023)
    assert trust._recent("gaming") == (1, 1)
    trust.zone = None  # on the UTC calendar: years 2022–2024, both gaming records of 2021, before them
    assert trust.behaviour_years() == (2022, 2024)
    assert trust._recent("gaming") == (0, 2)


def _order(t: datetime, n: int, source: TimeSource) -> object:
    return make_event(t.astimezone(UTC), source, "amazon", "amazon.order_item", "self", "Socks",
                      {"order_id": f"113-{n}", "shipping_city": "Seattle", "shipping_region": "WA",
                       "shipping_country_code": "US"}, Origin("amazon.zip", "orders.csv", n), f"order-{n}")


def test_a_shipping_town_s_first_day_is_its_first_order_s_home_day() -> None:
    eve = datetime(2021, 12, 31, 20, 0, tzinfo=LOS_ANGELES)  # 1 Jan 2022 04:00 UTC
    for with_dated in (False, True):  # the timed order alone, or with a date-only order of its home day
        places = ShippingPlaces()
        places.consume(_order(eve, 1, TimeSource.UTC))
        if with_dated:
            places.consume(_order(datetime(2021, 12, 31, tzinfo=UTC), 2, TimeSource.DATE_ONLY))
        places.consume(_order(datetime(2022, 3, 5, tzinfo=UTC), 3, TimeSource.DATE_ONLY))
        ship = places.home(lambda t: t.date().isoformat() if t else None, LOS_ANGELES)
        assert ship is not None
        assert (ship.first, ship.last) == ("2021-12-31", "2022-03-05")
        assert places.first_at[0].t == eve.astimezone(UTC)
    # no zone known: the UTC calendar, as before — the timed order alone is of 1 Jan
    places = ShippingPlaces()
    for n, when in enumerate((eve, datetime(2022, 3, 5, 12, tzinfo=UTC), datetime(2022, 3, 6, 12, tzinfo=UTC))):
        places.consume(_order(when, n, TimeSource.UTC))
    ship = places.home(None, None)
    assert ship is not None and (ship.first, ship.last) == ("2022-01-01", "2022-03-06")
