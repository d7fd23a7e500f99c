"""A move of 2.5 h or more is dated to the day its activity first keeps the later clock (MOVE43, T42 finding 1).

The switch was UTC midnight of the day-level cut: UTC midnight is the earlier clock's afternoon in the Americas and
its morning in Asia and Australia, so a 3-hour move New York → Los Angeles on 15 Jan read "since 13 Jan" or
"14 Jan" (the last New York evenings on Los Angeles' clock) and Los Angeles → New York a day late. The switch is now
placed in the night between the last records on the earlier clock and the first on the later
(periods.move_switch), and the period's first day is the later clock's local day of the morning after. People are
invented: test_inference_synth.person's sleeper on each clock (test_clock_moves_after_seasons._lived), a login from
the clock's country on half the days."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from test_clock_moves_after_seasons import _lived

from dataexam.inference import infer
from dataexam.report import view

NOW = datetime(2025, 6, 2, tzinfo=UTC)
IPS = {"US": "24.56.0.1", "DE": "5.1.64.1", "JP": "133.242.0.1", "BR": "179.228.136.117", "PT": "2.80.0.1"}
#: (earlier zone, its login country, later zone, its login country, the later clock's name and spelled UTC offset,
#: the earlier clock's name, the confidence said)
PAIRS = {
    "NY → LA": ("America/New_York", "US", "America/Los_Angeles", "US",
                "Los Angeles time (America/Los_Angeles, UTC−8 with summer time)", "New York time", "low"),
    "LA → NY": ("America/Los_Angeles", "US", "America/New_York", "US",
                "New York time (America/New_York, UTC−5 with summer time)", "Los Angeles time", "low"),
    "Berlin → Tokyo": ("Europe/Berlin", "DE", "Asia/Tokyo", "JP", "Tokyo time (Asia/Tokyo, UTC+9)", "Berlin time",
                       "high"),
    "São Paulo → Lisbon": ("America/Sao_Paulo", "BR", "Europe/Lisbon", "PT",
                           "Lisbon time (Europe/Lisbon, UTC+0 with summer time)", "São Paulo time", "high"),
}


def _moved(pair: str, moved: date) -> list:
    a, ca, b, cb, *_said = PAIRS[pair]
    return _lived([(a, IPS[ca], date(2023, 3, 1), moved - timedelta(days=1)), (b, IPS[cb], moved, date(2025, 5, 31))],
                  login_share=0.5)


@pytest.mark.parametrize(("pair", "moved"), [
    ("NY → LA", date(2024, 1, 15)), ("NY → LA", date(2024, 6, 1)), ("NY → LA", date(2024, 9, 18)),
    ("LA → NY", date(2024, 1, 15)), ("LA → NY", date(2024, 3, 6)), ("LA → NY", date(2024, 11, 2)),
    ("Berlin → Tokyo", date(2024, 1, 15)), ("Berlin → Tokyo", date(2024, 9, 18)),
    ("São Paulo → Lisbon", date(2024, 6, 1)), ("São Paulo → Lisbon", date(2024, 11, 2)),
])
def test_a_far_move_is_dated_to_its_day(pair: str, moved: date) -> None:
    # NY → LA on 15 Jan read "since 14 Jan 2024" (the tester's data: 13 Jan), LA → NY on 15 Jan "since 16 Jan",
    # São Paulo → Lisbon on 1 Jun "since 2 Jun"
    *_zones, later, earlier, conf = PAIRS[pair]
    tz = infer(_moved(pair, moved), now=NOW, include_sensitive=True).finding("timezone")
    assert view.headline(tz.to_dict()) == (
        f"You live on {later} since {moved.day} {moved:%b %Y}; before, on {earlier} ({PAIRS[pair][0]}).")
    assert tz.confidence.value == conf
    v = tz.value
    assert v["earlier_zone"]["until"] == (moved - timedelta(days=1)).isoformat()
    home = next(p for p in v["periods"] if p["kind"] == "home")
    assert home["from"] == moved.isoformat()
    # the switch lies in the night before the later clock's first morning, read on that clock's own day
    start = datetime.fromisoformat(home["start"].replace("Z", "+00:00"))
    assert moved - timedelta(days=1) <= start.date() <= moved


def test_without_the_flag_the_far_move_is_said_by_its_month() -> None:
    """The switch's neighbouring records are the last evening's (23:30, at night) and the first morning's: its day
    stays withheld without --include-sensitive, as every night-time bound (test_timezone_night_switch)."""
    tz = infer(_moved("NY → LA", date(2024, 1, 15)), now=NOW).finding("timezone")
    said = view.headline(tz.to_dict())
    assert said.startswith("You live on Los Angeles time (America/Los_Angeles, UTC−8 with summer time) since Jan 2024 "
                           "(day withheld: night-time; --include-sensitive); before, on New York time"), said
    assert "15 Jan" not in said and "2024-01-1" not in str(tz.value)
