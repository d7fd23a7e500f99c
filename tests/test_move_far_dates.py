"""Far moves (≥ timezone.MOVE_SHIFT_H) dated to the day, by default too (MOVE44, MOVE45): read by UTC days alone
(timezone.move_day) New York → Los Angeles on Monday 15 Jan 2024 was "since 13 Jan", Los Angeles → New York on
Friday 19 Jan "since 21 Jan"; the move is dated again on its two zones' offsets of that day (clock._move_cut), and
its switch lies between two daytime records of the later clock's first day (clock._day_switch), so the night gate
gives the day without --include-sensitive. A Saturday's records fit both clocks of a far move east of UTC: Sydney →
Perth is dated the Sunday (a day late, low), never the Friday. People are invented:
test_inference_synth.person on each clock, a login at noon every day from an address of the clock's country."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from test_inference_synth import Stream, local, person

from dataexam.inference import infer
from dataexam.report import view

NOW = datetime(2025, 4, 2, tzinfo=UTC)
IPS = {"US": "73.10.0.5", "CA": "24.114.0.1", "GB": "81.2.69.142", "DE": "91.64.0.1", "SG": "175.156.0.1",
       "AU": "1.128.0.1", "NZ": "203.97.0.1", "JP": "133.242.0.1", "IN": "49.204.0.1", "BR": "179.228.136.117",
       "PT": "148.71.235.200"}
ZONES = {"America/New_York": ("US", "New York"), "America/Los_Angeles": ("US", "Los Angeles"),
         "Australia/Sydney": ("AU", "Sydney"), "Australia/Perth": ("AU", "Perth"), "Europe/London": ("GB", "London"),
         "Europe/Berlin": ("DE", "Berlin"), "Asia/Tokyo": ("JP", "Tokyo"), "America/Sao_Paulo": ("BR", "São Paulo"),
         "Europe/Lisbon": ("PT", "Lisbon"), "Asia/Singapore": ("SG", "Singapore"),
         "Pacific/Auckland": ("NZ", "Auckland"), "America/Vancouver": ("CA", "Vancouver"),
         "Asia/Kolkata": ("IN", "Kolkata")}


def _moved(a: str, b: str, moved: date) -> list:
    """``a`` from 6 Mar 2023 to the day before ``moved``, ``b`` from it to 30 Mar 2025."""
    start, end, s, rng = date(2023, 3, 6), date(2025, 3, 30), Stream("x.zip"), random.Random(7)
    ev = [*person(a, days=(moved - start).days, start=start, per_day=8, seed=11),
          *person(b, days=(end - moved).days + 1, start=moved, per_day=8, seed=12)]
    for zone, x, y in ((a, start, moved - timedelta(days=1)), (b, moved, end)):
        d = x
        while d <= y:
            ev.append(s.ev(local(ZoneInfo(zone), d, rng.uniform(12, 13)), "twitter.login", None,
                           ip=IPS[ZONES[zone][0]]))
            d += timedelta(days=1)
    return sorted(ev, key=lambda e: e.sort_key)


@pytest.mark.parametrize(("a", "b", "moved", "confidence"), [
    ("America/New_York", "America/Los_Angeles", date(2024, 1, 15), "low"),  # was "since 13 Jan 2024"
    ("America/New_York", "America/Los_Angeles", date(2024, 1, 17), "low"),
    ("America/New_York", "America/Los_Angeles", date(2024, 7, 9), "low"),
    ("America/Los_Angeles", "America/New_York", date(2024, 1, 19), "low"),  # was "since 21 Jan 2024"
    ("Asia/Tokyo", "America/Los_Angeles", date(2024, 7, 13), "low"),
    ("Asia/Singapore", "America/Los_Angeles", date(2024, 7, 10), "low"),
    ("Asia/Kolkata", "Europe/Berlin", date(2024, 7, 13), "high"),
    ("America/Sao_Paulo", "Europe/Lisbon", date(2024, 2, 6), "high")])
@pytest.mark.parametrize("include", [False, True])
def test_a_far_move_is_dated_to_its_day(a: str, b: str, moved: date, confidence: str, include: bool) -> None:
    f = infer(_moved(a, b, moved), now=NOW, include_sensitive=include).finding("timezone")
    said = view.headline(f.to_dict())
    assert f"{ZONES[b][1]} time ({b}, " in said, said
    assert f"since {moved.day} {moved:%b %Y}; before, on {ZONES[a][1]} time ({a})" in said, said
    assert "withheld" not in said and f.confidence == confidence
    assert f.value["earlier_zone"]["until"] == (moved - timedelta(days=1)).isoformat()


@pytest.mark.parametrize(("a", "b", "moved", "earlier"), [
    ("Australia/Sydney", "Australia/Perth", date(2024, 6, 1), "Sydney time (Australia/Sydney)")])
def test_a_far_move_on_a_saturday_is_never_dated_early(a: str, b: str, moved: date, earlier: str) -> None:
    # the Saturday's records (09:00–22:15 in Perth, 11:00–00:15 in Sydney) fit both clocks: dated the Sunday, a day
    # late and low — never the Friday. Auckland → Vancouver, dated the Sunday here too while the records were read
    # by Auckland's days, is dated to its day since (MOVE46: test_move_far_west_dates)
    f = infer(_moved(a, b, moved), now=NOW).finding("timezone")
    said = view.headline(f.to_dict())
    sunday = moved + timedelta(days=1)
    assert f"{ZONES[b][1]} time ({b}, " in said and f"since {sunday.day} {sunday:%b %Y}; before, on {earlier}" \
        in said, said
    assert f.confidence == "low" and f.value["earlier_zone"]["until"] == moved.isoformat()
