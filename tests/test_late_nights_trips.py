"""Late nights: nights on a trip abroad are travel, not "late nights awake"; each night is named once.

The twenty-third pass's tester (T23A F-trip-latenights, input ``trip-ny``): a Berliner in New York for three weeks
(logins from a US address on 4 days in 10) got "1 trip abroad: United States 1–10 Aug" and "8 late nights awake
inside your usual sleep time", every one of them on the trip, "2023-08-02" listed twice. Values are invented.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from test_inference_synth import Stream, local

from dataexam.inference import infer
from dataexam.inference.nightspells import LATER_SPELL_LABEL
from dataexam.inference.sleep import TRIP_NIGHTS_MARGIN_DAYS, trip_night_span
from dataexam.report import view

NOW = datetime(2025, 6, 1, tzinfo=UTC)
# include_sensitive=True where a test reads the dates of nights: without it no report gives them, for anyone
# (sensitive.withhold_night_dates; tests/test_night_dates.py)
BERLIN, NEW_YORK = ZoneInfo("Europe/Berlin"), ZoneInfo("America/New_York")
START = date(2023, 1, 2)
DE_IP, US_IP = "5.1.64.1", "23.24.25.26"
TRIP = (START + timedelta(days=200), START + timedelta(days=220))  # 21 days away, first and last day
HOME_LATE = START + timedelta(days=100)  # a real late night at home


def _days(n: int):
    return (START + timedelta(days=i) for i in range(n))


def traveller(days: int = 300, *, trip: bool = True, late_at_home: tuple[date, ...] = (HOME_LATE,),
              extra: tuple[tuple[date, float], ...] = ()) -> list:
    """Awake 07:30–22:30 local every day, 8 tweets a day; on ``TRIP`` on New York time; logins on 4 days in 10
    (a German address at home, a US one on the trip's first 10 days only, as the tester's). ``late_at_home``:
    nights with 3 tweets at 02:00–02:30; ``extra``: (day, local hour) pairs of 2 tweets each."""
    rng = random.Random(23)
    s = Stream("twitter-2024")
    out = []
    for d in _days(days):
        away = trip and TRIP[0] <= d <= TRIP[1]
        zone = NEW_YORK if away else BERLIN
        for _ in range(8):
            out.append(s.ev(local(zone, d, 7.5 + rng.random() * 15), "twitter.tweet", "Coffee and a walk, then work."))
        if rng.random() < 0.4 and (not away or d < TRIP[0] + timedelta(days=10)):
            out.append(s.ev(local(zone, d, 12), "twitter.login", None, ip=US_IP if away else DE_IP))
        if d in late_at_home:
            out += [s.ev(local(BERLIN, d, 2 + k / 4), "twitter.tweet", "cannot sleep again") for k in range(3)]
        for when, hour in extra:
            if when == d:
                out += [s.ev(local(BERLIN, d, hour + k / 12), "twitter.tweet", "still up") for k in range(2)]
    out.sort(key=lambda e: e.sort_key)
    return out


@pytest.fixture(scope="module")
def report():
    return infer(traveller(), now=NOW, include_sensitive=True)


def test_nights_on_a_trip_are_set_aside_not_late_nights(report) -> None:
    trips = report.finding("trips").value
    assert [t["country"] for t in trips] == ["US"]
    trip = trips[0]
    # logins abroad (4 days in 10) stop after 10 days: the trip is seen within 200–209, days at home bracket it
    assert TRIP[0].isoformat() <= trip["start"] and trip["end"] < (TRIP[0] + timedelta(days=10)).isoformat()
    assert trip["last_home_day_before"] < trip["start"] and trip["first_home_day_after"] > TRIP[1].isoformat()
    late = report.finding("late_nights")
    assert late.value["dates"] == [HOME_LATE.isoformat()]
    travel = late.value["travel_dates"]
    assert travel, "New York evenings are inside the Berlin sleep window: the fixture plants them"
    # the nights (named by their morning) from the first day away to the morning after the last
    assert all(TRIP[0].isoformat() <= d <= (TRIP[1] + timedelta(days=1)).isoformat() for d in travel)
    # counted in nights (M6 of the twenty-fourth pass's tester): the nights that fit the list (the one listed and
    # the quiet ones) for, those with a single record inside the window against; the trip's nights in neither
    assert late.evidence.unit == "nights"
    stray = late.value["nights_one_record"]
    assert late.evidence.n_against == stray
    assert late.evidence.n_support == late.value["nights_checked"] - len(travel) - stray > 200
    assert late.evidence.items and all(i.excerpt is None for i in late.evidence.items)  # pointed at, not quoted
    assert [i.time[:10] for i in late.evidence.items] == [HOME_LATE.isoformat()]
    assert late.summary.startswith(f"1 night with activity inside your usual sleep window ({len(travel)} more on a "
                                   "trip abroad set aside)")
    assert any(c.startswith("Nights on a trip abroad") for c in late.caveats)
    said = view.headline(late.to_dict())
    month = view.month_year(HOME_LATE.isoformat())
    assert said == (f"1 late night awake inside your usual sleep time (last in {month}; "
                    f"{len(travel)} nights on a trip abroad set aside).")


def test_without_a_trip_the_same_nights_are_listed() -> None:
    """The control: no logins abroad, no trip; the nights on New York time are not set aside as travel. Three weeks
    asleep hours later every night on the Berlin clock are a spell of later nights (nightspells.later_spell, SLEEP7:
    T31B R1), said with its dates and window; the night awake at home is still listed."""
    events = [e for e in traveller() if not (e.kind == "twitter.login" and e.attrs.get("ip") == US_IP)]
    report = infer(events, now=NOW, include_sensitive=True)
    late = report.finding("late_nights")
    assert late.value["travel_dates"] == []
    assert HOME_LATE.isoformat() in late.value["dates"]
    assert len(set(late.value["dates"])) == len(late.value["dates"])
    (spell,) = report.finding("sleep").value["shift_periods"]
    assert spell["label"] == LATER_SPELL_LABEL
    # the trip's nights, named by their mornings: from the morning after its first day to the one after its last
    assert (spell["from"], spell["to"]) == ((TRIP[0] + timedelta(days=1)).isoformat(),
                                            (TRIP[1] + timedelta(days=1)).isoformat())


def test_a_night_awake_before_and_one_after_midnight_are_two_nights_named_once_each() -> None:
    """Named by the first action's date, 01:00 on a day and 23:15 the same evening both read that day."""
    d = START + timedelta(days=60)
    late = infer(traveller(200, trip=False, late_at_home=(), extra=((d, 1.0), (d, 23.25))),
                 now=NOW, include_sensitive=True).finding("late_nights")
    assert late.value["dates"] == [d.isoformat(), (d + timedelta(days=1)).isoformat()]
    # nights, not records: every night checked fits the list but those with one record inside the window
    assert late.evidence.n_support == late.value["nights_checked"] - late.value["nights_one_record"]
    assert late.evidence.n_against == late.value["nights_one_record"]


@pytest.mark.parametrize("before,after,span", [
    # bracketed by days at home: away 1–21 Aug, the night into 22 Aug (the morning back home) began away
    ("2023-07-31", "2023-08-22", ("2023-08-01", "2023-08-22")),
    (None, None, (f"2023-07-{32 - TRIP_NIGHTS_MARGIN_DAYS:02d}", f"2023-08-{11 + TRIP_NIGHTS_MARGIN_DAYS}")),
    ("2023-05-01", "2023-12-01", (f"2023-07-{32 - TRIP_NIGHTS_MARGIN_DAYS:02d}",
                                  f"2023-08-{11 + TRIP_NIGHTS_MARGIN_DAYS}")),  # capped
])
def test_trip_night_span(before, after, span) -> None:
    trip = {"country": "US", "start": "2023-08-01", "end": "2023-08-10", "last_home_day_before": before,
            "first_home_day_after": after}
    assert tuple(d.isoformat() for d in trip_night_span(trip)) == span
    assert trip_night_span({"country": "US"}) == (None, None)


def test_sleep_nights_are_said_alike_in_json_and_the_report_formats(report) -> None:
    """The JSON summary said "from 1518 weekday and 609 weekend nights" (every night with a record) while text,
    Markdown and HTML said "Rests on 334 weekday and 146 weekend nights" (those with ≥ 5 actions): one wording,
    two numbers (the twenty-third pass's tester, on the demo). Both are said, the same way, everywhere."""
    sleep = report.finding("sleep")
    used, full = sleep.value["nights_used"], sleep.value["nights"]
    assert used["weekday"] > full["weekday"] > 0  # the fixture has nights with fewer than 5 actions, too
    phrase = (f"{used['weekday']:,} weekday and {used['weekend']:,} weekend nights with records "
              f"({full['weekday']:,} and {full['weekend']:,} with ≥ 5 actions)")
    assert f"— from {phrase}" in sleep.summary
    assert dict(view.facts(sleep.to_dict()))["Rests on"] == phrase
    assert f"{full['weekday'] + full['weekend']} nights with ≥ 5 actions" in sleep.confidence_basis
