"""Two seasonal homes (T31B S1): Nov–Apr in Romania, May–Oct in the United Kingdom, three years — a return home
is never a stay abroad, and the yearly switches are no moves."""

from __future__ import annotations

from dataexam.inference.interests import _period_events
from dataexam.inference.stays import mark_stays, seasonal_homes, seasons_text
from dataexam.report.view import _h_home


def _seasonal() -> list[dict[str, str]]:
    return [{"country": "RO", "from": "2022-01-02", "until": "2022-04-30"},
            {"country": "GB", "from": "2022-05-01", "until": "2022-10-31"},
            {"country": "RO", "from": "2022-11-01", "until": "2023-04-30"},
            {"country": "GB", "from": "2023-05-01", "until": "2023-10-31"},
            {"country": "RO", "from": "2023-11-01", "until": "2024-04-30"},
            {"country": "GB", "from": "2024-05-01", "until": "2024-10-31"},
            {"country": "RO", "from": "2024-11-01", "until": "2024-12-20"}]


def test_two_seasonal_homes_with_their_months() -> None:
    assert seasonal_homes(_seasonal()) == [{"country": "RO", "from_month": 11, "until_month": 4},
                                           {"country": "GB", "from_month": 5, "until_month": 10}]
    said = seasons_text(seasonal_homes(_seasonal()) or [], lambda h: h["country"])
    assert said == "two seasonal homes: RO (Nov–Apr) and GB (May–Oct), each year"


def test_a_return_home_is_no_stay_abroad() -> None:
    periods = _seasonal()
    mark_stays(periods)
    assert not any(p.get("stay_abroad") for p in periods)


def test_one_semester_abroad_is_still_a_stay() -> None:
    periods = [{"country": "ES", "from": "2024-01-02", "until": "2024-08-31"},
               {"country": "JP", "from": "2024-09-01", "until": "2025-01-31"},
               {"country": "ES", "from": "2025-02-01", "until": "2025-06-30"}]
    assert seasonal_homes(periods) is None
    mark_stays(periods)
    assert periods[1]["stay_abroad"] == {"from": "2024-09", "until": "2025-01", "months": 5}


def test_stays_that_do_not_recur_in_the_same_months_are_no_seasons() -> None:
    periods = [{"country": "ES", "from": "2022-01-02", "until": "2022-08-31"},
               {"country": "JP", "from": "2022-09-01", "until": "2023-01-31"},
               {"country": "ES", "from": "2023-02-01", "until": "2023-03-31"},
               {"country": "JP", "from": "2023-04-01", "until": "2023-08-31"},
               {"country": "ES", "from": "2023-09-01", "until": "2024-06-30"}]
    assert seasonal_homes(periods) is None


def test_seasonal_switches_are_no_life_events_and_the_home_says_both() -> None:
    periods = _seasonal()
    moved = {"from": "GB", "to": "RO", "until": "2024-10-31", "since": "2024-11-01", "periods": periods,
             "seasonal": seasonal_homes(periods)}
    assert _period_events(moved, periods, {}) == []
    said = _h_home({"country": "RO", "city": "Iasi", "moved": moved})
    assert said == ("You most likely have two seasonal homes: Iasi, Romania (Nov–Apr) and United Kingdom (May–Oct), "
                    "each year.")
