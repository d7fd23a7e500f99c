"""T53 1 (on AMZ55), BOUND56 1: a timed and a date-only record on the same day of the home's calendar — the timed one
is kept (it says more), whatever its UTC day: the report writes every bound's day on the home's calendar
(``inputs.first_day`` / ``last_day``), so either gives the Period the same day. T53 kept the order where the post's
UTC day was another (the report then wrote a timed bound's UTC day): the first two tests asserted the order."""

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from dataexam.events import Bounds, When

TOKYO = ZoneInfo("Asia/Tokyo")
LOS_ANGELES = ZoneInfo("America/Los_Angeles")
NEW_YORK = ZoneInfo("America/New_York")


def _bounds(*whens: When) -> Bounds:
    b = Bounds()
    for w in whens:
        b.add(w)
    return b


def _dated(y: int, m: int, d: int) -> When:
    return When(datetime(y, m, d, tzinfo=UTC), date_only=True)


def _timed(local: datetime) -> When:
    return When(local.astimezone(UTC))


def test_a_tokyo_post_on_new_year_morning_is_the_last_record_over_the_order_of_that_day():
    post = _timed(datetime(2023, 1, 1, 8, 0, tzinfo=TOKYO))  # 31 Dec 2022 23:00 UTC
    order = _dated(2023, 1, 1)
    for b in (_bounds(post, order), _bounds(order, post)):
        assert b.last(TOKYO) == post
        assert b.last(TOKYO).day(TOKYO).isoformat() == "2023-01-01"


def test_a_los_angeles_evening_post_on_new_year_s_eve_is_the_first_record_over_the_order_of_that_day():
    post = _timed(datetime(2021, 12, 31, 20, 0, tzinfo=LOS_ANGELES))  # 1 Jan 2022 04:00 UTC
    order = _dated(2021, 12, 31)
    for b in (_bounds(post, order), _bounds(order, post)):
        assert b.first(LOS_ANGELES) == post
        assert b.first(LOS_ANGELES).day(LOS_ANGELES).isoformat() == "2021-12-31"


def test_a_post_whose_utc_day_is_the_order_s_day_is_kept_over_the_order():
    post = _timed(datetime(2023, 1, 1, 14, 0, tzinfo=TOKYO))  # 1 Jan 05:00 UTC
    order = _dated(2023, 1, 1)
    for b in (_bounds(post, order), _bounds(order, post)):
        assert b.last(TOKYO) == post
        assert b.first(TOKYO) == post


def test_a_post_on_the_day_before_the_order_on_the_home_calendar_is_first():
    post = _timed(datetime(2022, 1, 1, 19, 30, tzinfo=NEW_YORK))  # 2 Jan 00:30 UTC
    order = _dated(2022, 1, 2)
    for b in (_bounds(post, order), _bounds(order, post)):
        assert b.first(NEW_YORK) == post
        assert b.last(NEW_YORK) == order
