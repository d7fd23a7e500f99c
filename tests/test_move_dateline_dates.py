"""Far moves dated on the later clock's calendar (MOVE48). Read by the earlier clock's days across the date line
eastward, a day was named on the earlier clock: Honolulu → Tokyo on Tue 17, Wed 18, Thu 19 and Sun 22 Sep 2024 was
"since 16 / 17 / 18 / 21 Sep" at high, Anchorage → Auckland on Wed 18 Sep "since 17 Sep" (clock._move_cut now names
the day on the later clock, a travel day right before it the later's first: periods.date_clock_change's
travel_first). Read by a far later clock's days, a first day that leans to the later clock without being sure of it
and holds no record past the earlier clock's midnight is the earlier's last evening: Tokyo → London on Sun 31 Mar
2024 was "since 30 Mar" at high, now its day at medium with the two days open. The caveat of a day the records leave
open names the days as the headline does ("2024-04-02" and "a day before or after" where Moscow → London on 31 Mar
was dated two days late). People are invented (test_move_untold_days._moved)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from test_move_far_dates import NOW
from test_move_untold_days import _moved

from dataexam.inference import infer, sensitive
from dataexam.inference.zoneprior import offset_hours, zone_info
from dataexam.report import view

UNTOLD = "The records of a day beside your move fit both clocks: it may have fallen "


@pytest.mark.parametrize(("moved", "earlier_logins"), [
    (date(2024, 9, 17), True),  # was "since 16 Sep 2024" (high)
    (date(2024, 9, 18), True),  # was "since 17 Sep 2024" (high)
    (date(2024, 9, 19), True),  # was "since 18 Sep 2024" (high)
    (date(2024, 9, 22), True),  # was "since 21 Sep 2024" (high)
    (date(2024, 9, 18), False),  # logins from Japan only: was "since 17 Sep 2024" (high)
    (date(2024, 9, 16), True), (date(2024, 9, 20), True), (date(2024, 9, 21), True)])
def test_honolulu_to_tokyo_is_dated_on_tokyo_s_calendar(moved: date, earlier_logins: bool) -> None:
    f = infer(_moved("Pacific/Honolulu", "Asia/Tokyo", moved, 13, earlier_logins), now=NOW,
              include_sensitive=True).finding("timezone")
    said = view.headline(f.to_dict())
    assert said == (f"You live on Tokyo time (Asia/Tokyo, UTC+9) since {moved.day} Sep 2024; before, on Honolulu "
                    "time (Pacific/Honolulu)."), said
    assert f.confidence == "high"
    assert not any(c.startswith(UNTOLD) for c in f.caveats)


@pytest.mark.parametrize(("a", "b", "moved", "seed", "earlier_logins"), [
    ("America/Anchorage", "Pacific/Auckland", date(2024, 9, 18), 13, False),  # was "since 17 Sep 2024" (high)
    # Honolulu's Friday and Tokyo's Saturday on one of Honolulu's days: the day holding both is Tokyo's first
    ("Pacific/Honolulu", "Asia/Tokyo", date(2024, 4, 6), 10, True),
    ("America/Anchorage", "Pacific/Auckland", date(2024, 4, 6), 18, True)])
def test_a_move_across_the_date_line_is_dated_on_the_later_clock_s_calendar(a: str, b: str, moved: date, seed: int,
                                                                             earlier_logins: bool) -> None:
    f = infer(_moved(a, b, moved, seed, earlier_logins), now=NOW, include_sensitive=True).finding("timezone")
    said = view.headline(f.to_dict())
    assert f"since {moved.day} {moved:%b %Y}; before, on " in said, said
    assert said.startswith(f"You live on {b.split('/')[1]} time ({b}"), said
    assert f.confidence == "high"


def test_the_earlier_clock_s_last_evening_leaning_to_the_later_is_the_earlier_s_at_medium() -> None:
    # Tokyo's Saturday afternoon and evening, read on London's days, fit London's a little better: was "since 30 Mar
    # 2024" (high) for a move on Sun 31 Mar (London's clock change)
    f = infer(_moved("Asia/Tokyo", "Europe/London", date(2024, 3, 31), 0), now=NOW).finding("timezone")
    said = view.headline(f.to_dict())
    assert said == ("You live on London time (Europe/London, UTC+0 with summer time) since 31 Mar 2024; before, on "
                    "Tokyo time (Asia/Tokyo)."), said
    assert f.confidence == "medium"
    assert f"{UNTOLD}on 30 Mar 2024 or 31 Mar 2024; 31 Mar 2024 is the likeliest." in f.caveats, f.caveats


def test_the_caveat_names_every_day_the_records_leave_open() -> None:
    # 31 Mar and 1 Apr tell neither clock: was "a day before or after 2024-04-02" for a move on 31 Mar
    f = infer(_moved("Europe/Moscow", "Europe/London", date(2024, 3, 31), 8), now=NOW).finding("timezone")
    assert "since 2 Apr 2024; before, on Moscow time (Europe/Moscow)." in view.headline(f.to_dict())
    assert f.confidence == "medium"
    assert f"{UNTOLD}on any day from 29 Mar 2024 to 2 Apr 2024; 2 Apr 2024 is the likeliest." in f.caveats, \
        f.caveats


@pytest.mark.parametrize(("zone", "at", "hours"), [
    ("Pacific/Honolulu", datetime(2024, 9, 17, 12, tzinfo=UTC), -10.0),
    ("Europe/London", datetime(2024, 3, 31, 0, 59, tzinfo=UTC), 0.0),
    ("Europe/London", datetime(2024, 3, 31, 1, 0, tzinfo=UTC), 1.0),
    ("Asia/Kolkata", datetime(2024, 7, 1, tzinfo=UTC), 5.5),
    ("Pacific/Auckland", datetime(2024, 9, 29, 14, tzinfo=UTC), 13.0)])
def test_one_reading_of_a_zone_s_offset(zone: str, at: datetime, hours: float) -> None:
    assert offset_hours(zone, at) == hours
    assert offset_hours(zone_info(zone), at) == hours


@pytest.mark.parametrize("hour", range(24))
def test_night_at_an_instant_is_night_at_its_iso_text(hour: int) -> None:
    t = datetime(2024, 6, 1, hour, 15, tzinfo=UTC)
    for zone in (zone_info("America/Sao_Paulo"), zone_info("Asia/Tokyo"), None):
        assert sensitive.is_night_at(t, zone) == sensitive.is_night(t.strftime("%Y-%m-%dT%H:%M:%SZ"), zone)


@pytest.mark.parametrize(("moved", "seed", "earlier_logins"), [
    # New York → Tokyo, 13 h east in New York's summer, 14 h in its winter: named a day on, each was "since" the day
    # after at high (pass 47's first rule at 12 h, then T47B on its second at 14 h)
    (date(2024, 6, 17), 0, True), (date(2024, 6, 19), 13, True), (date(2024, 6, 21), 0, True),
    (date(2024, 6, 18), 13, True), (date(2024, 1, 15), 0, True), (date(2024, 1, 16), 0, True),
    (date(2024, 1, 18), 0, False), (date(2024, 1, 21), 0, True)])
def test_a_move_from_new_york_to_tokyo_is_dated_to_its_day(moved: date, seed: int, earlier_logins: bool) -> None:
    f = infer(_moved("America/New_York", "Asia/Tokyo", moved, seed, earlier_logins), now=NOW,
              include_sensitive=True).finding("timezone")
    said = view.headline(f.to_dict())
    since = f"since {moved.day} {moved:%b %Y}; before, on "
    assert said.startswith(f"You live on Tokyo time (Asia/Tokyo, UTC+9) {since}"), said
    assert f.confidence == "high"
