"""The earlier clock of a far move no record places (MOVE52): of the clocks near the later one less the quarters'
shift (clock._earlier_by_shift), the one the earlier days' activity fits best, not the one nearest the head count's
pick. Lima (UTC−5 all year) → Bangkok on Fri 7 Jun 2024 (seed 1, logins from Thailand only) read "before, on New
York time" at high: New York's mean over the earlier year (−4.7 h, summer time) lay within half an hour of the
shift's −5 and nearer the head count's Caracas (UTC−4) than Bogotá's clock. People are invented
(test_move_untold_days._moved)."""

from __future__ import annotations

from datetime import date

import pytest
from test_move_far_dates import NOW
from test_move_untold_days import ADDRESS, COUNTRY, _moved

from dataexam.inference import infer
from dataexam.report import view


@pytest.fixture(autouse=True)
def _countries(monkeypatch: pytest.MonkeyPatch) -> None:
    for zone, cc in (("America/Lima", "PE"), ("Asia/Bangkok", "TH"), ("America/St_Johns", "CA")):
        monkeypatch.setitem(COUNTRY, zone, cc)
    for cc, ip in (("PE", "190.236.0.1"), ("TH", "1.46.0.1"), ("CA", "24.114.0.1")):
        monkeypatch.setitem(ADDRESS, cc, ip)


def test_a_clock_without_summer_time_is_named_where_the_earlier_year_fits_it() -> None:
    # was "… since 7 Jun 2024; before, on New York time (America/New_York)." (high)
    f = infer(_moved("America/Lima", "Asia/Bangkok", date(2024, 6, 7), 1, False), now=NOW,
              include_sensitive=True).finding("timezone")
    assert view.headline(f.to_dict()) == ("You live on Bangkok time (Asia/Bangkok, UTC+7) since 7 Jun 2024; before, "
                                          "on Bogotá time (America/Bogota).")
    assert f.confidence == "high"


def test_an_earlier_half_hour_clock_with_summer_time_is_named() -> None:
    # St John's (UTC−3:30, summer time) → Kolkata on Sun 14 Jul 2024 (logins from India only): was "before, on São
    # Paulo time (America/Sao_Paulo)" — its activity 10.6 nats worse than St John's clock
    f = infer(_moved("America/St_Johns", "Asia/Kolkata", date(2024, 7, 14), 0, False), now=NOW,
              include_sensitive=True).finding("timezone")
    assert view.headline(f.to_dict()) == ("You live on Kolkata time (Asia/Kolkata, UTC+5:30) since 14 Jul 2024; "
                                          "before, on St. John's time (America/St_Johns).")
    assert f.confidence == "high"


@pytest.mark.parametrize("earlier_logins", [False, True])
def test_a_move_11h_east_on_a_sunday_is_read_on_the_later_clock_s_days(monkeypatch: pytest.MonkeyPatch,
                                                                       earlier_logins: bool) -> None:
    # Bogotá → Dhaka on Sun 17 Mar 2024: was "since 16 Mar 2024" at high, read on Bogotá's days (Dhaka's Sunday
    # morning is Bogotá's Saturday evening)
    monkeypatch.setitem(COUNTRY, "Asia/Dhaka", "BD")
    monkeypatch.setitem(ADDRESS, "BD", "103.4.144.1")
    f = infer(_moved("America/Bogota", "Asia/Dhaka", date(2024, 3, 17), 0, earlier_logins), now=NOW,
              include_sensitive=True).finding("timezone")
    assert view.headline(f.to_dict()) == ("You live on Dhaka time (Asia/Dhaka, UTC+6) since 17 Mar 2024; before, on "
                                          "Bogotá time (America/Bogota).")
    assert f.confidence == "medium"
    assert ("The records of a day beside your move fit both clocks: it may have fallen on 16 Mar 2024 or 17 Mar "
            "2024; 17 Mar 2024 is the likeliest.") in f.caveats


@pytest.mark.parametrize(("moved", "seed"), [(date(2024, 3, 11), 0), (date(2024, 3, 12), 1), (date(2024, 3, 13), 2),
                                             (date(2024, 3, 14), 3), (date(2024, 3, 15), 4), (date(2024, 3, 16), 5)])
def test_a_move_11h_east_on_a_weekday_stays_dated_to_it(monkeypatch: pytest.MonkeyPatch, moved: date,
                                                         seed: int) -> None:
    monkeypatch.setitem(COUNTRY, "Asia/Dhaka", "BD")
    monkeypatch.setitem(ADDRESS, "BD", "103.4.144.1")
    f = infer(_moved("America/Bogota", "Asia/Dhaka", moved, seed, False), now=NOW,
              include_sensitive=True).finding("timezone")
    assert view.headline(f.to_dict()) == (f"You live on Dhaka time (Asia/Dhaka, UTC+6) since {moved.day} Mar 2024; "
                                          "before, on Bogotá time (America/Bogota).")


def test_a_12h_move_east_on_a_saturday_whose_first_day_ends_on_the_later_clock() -> None:
    # Lima → Bangkok on Sat 8 Jun 2024 (seed 2, logins from Thailand only): was "since 9 Jun 2024" (medium, "9 Jun
    # 2024 is the likeliest"; MOVE51's busy-day rule kept the Sunday)
    f = infer(_moved("America/Lima", "Asia/Bangkok", date(2024, 6, 8), 2, False), now=NOW,
              include_sensitive=True).finding("timezone")
    assert view.headline(f.to_dict()) == ("You live on Bangkok time (Asia/Bangkok, UTC+7) since 8 Jun 2024; before, "
                                          "on Bogotá time (America/Bogota).")
    assert f.confidence == "medium"
    assert ("The records of a day beside your move fit both clocks: it may have fallen on 8 Jun 2024 or 9 Jun 2024; "
            "8 Jun 2024 is the likeliest.") in f.caveats
