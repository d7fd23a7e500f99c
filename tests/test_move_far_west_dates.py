"""Far moves west (MOVE46): a far move is dated again on its two clocks (clock._move_cut), each day running from one
night's middle to the next. Read by the earlier clock's days, a day of a later clock far west of it fell on two of
them, its afternoon and evening on the next, and the move was dated a day late, at high where it used to be exact:
Auckland → London on Monday 22 Apr 2024 "since 23 Apr", Bangkok → Bogotá on 19 Jun "since 20 Jun", Honolulu → New
York on 1 Aug "since 2 Aug" (Honolulu's clock of days named a day ahead of its calendar), Auckland → Vancouver on
Saturday 13 Jul "since 14 Jul". They are now read by the later clock's days. People are invented:
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
CLOCKS = {"Pacific/Auckland": ("203.97.0.1", "Auckland"), "Europe/London": ("81.2.69.142", "London"),
          "Asia/Bangkok": ("1.46.0.1", "Bangkok"), "America/Bogota": ("181.48.0.1", "Bogotá"),
          "Pacific/Honolulu": ("73.10.0.5", "Honolulu"), "America/New_York": ("73.10.0.5", "New York"),
          "America/Vancouver": ("24.114.0.1", "Vancouver"), "Asia/Kolkata": (None, "Kolkata"),
          "Europe/Berlin": ("91.64.0.1", "Berlin"), "Asia/Tokyo": ("133.242.0.1", "Tokyo"),
          "America/Chicago": ("73.10.0.5", "Chicago")}


def _moved(a: str, b: str, moved: date) -> list:
    """``a`` from 6 Mar 2023 to the day before ``moved``, ``b`` from it to 30 Mar 2025; a login at noon each day
    from the clock's address (none where it has none)."""
    start, end, s, rng = date(2023, 3, 6), date(2025, 3, 30), Stream("x.zip"), random.Random(7)
    ev = [*person(a, days=(moved - start).days, start=start, per_day=8, seed=11),
          *person(b, days=(end - moved).days + 1, start=moved, per_day=8, seed=12)]
    for zone, x, y in ((a, start, moved - timedelta(days=1)), (b, moved, end)):
        d = x
        while d <= y:
            when = local(ZoneInfo(zone), d, rng.uniform(12, 13))
            if CLOCKS[zone][0] is not None:
                ev.append(s.ev(when, "twitter.login", None, ip=CLOCKS[zone][0]))
            d += timedelta(days=1)
    return sorted(ev, key=lambda e: e.sort_key)


@pytest.mark.parametrize(("a", "b", "moved", "confidence"), [
    ("Pacific/Auckland", "Europe/London", date(2024, 4, 22), "high"),  # was "since 23 Apr 2024" (high)
    ("Pacific/Auckland", "Europe/London", date(2024, 5, 8), "high"),  # was "since 9 May 2024" (high)
    ("Asia/Bangkok", "America/Bogota", date(2024, 6, 19), "high"),  # was "since 20 Jun 2024" (high)
    ("Asia/Bangkok", "America/Bogota", date(2024, 7, 5), "high"),  # was "since 6 Jul 2024" (high)
    # a Sunday: Bangkok's Saturday evening alone on Bogotá's Saturday tells neither clock — never "since 20 Jul"
    ("Asia/Bangkok", "America/Bogota", date(2024, 7, 21), "high"),
    ("Pacific/Honolulu", "America/New_York", date(2024, 8, 1), "low"),  # was "since 2 Aug 2024"
    ("Asia/Tokyo", "Europe/Berlin", date(2024, 6, 10), "high")])  # 7 h west: read by the earlier clock's days
@pytest.mark.parametrize("include", [False, True])
def test_a_far_move_west_is_dated_to_its_day(a: str, b: str, moved: date, confidence: str, include: bool) -> None:
    f = infer(_moved(a, b, moved), now=NOW, include_sensitive=include).finding("timezone")
    said = view.headline(f.to_dict())
    assert f"You live on {CLOCKS[b][1]} time ({b}, " in said, said
    assert f"since {moved.day} {moved:%b %Y}; before, on " in said and "withheld" not in said, said
    assert f.confidence == confidence, (f.confidence, said)
    assert f.value["earlier_zone"]["until"] == (moved - timedelta(days=1)).isoformat()


@pytest.mark.parametrize(("a", "b", "moved", "country"), [
    ("Asia/Kolkata", "America/Chicago", date(2024, 5, 6), "the United States"),  # was "since 7 May 2024"
    ("Pacific/Auckland", "America/Vancouver", date(2024, 7, 13), "Canada")])  # a Saturday: was "since 14 Jul 2024"
def test_a_far_move_west_to_a_country_of_clocks_is_dated_to_its_day(a: str, b: str, moved: date,
                                                                     country: str) -> None:
    # the logins name the country, the activity none of its clocks alone (low), the day its own
    f = infer(_moved(a, b, moved), now=NOW).finding("timezone")
    said = view.headline(f.to_dict())
    assert said.startswith(f"You live on one of the clocks kept in {country} from ") and "withheld" not in said, said
    assert f" since {moved.day} {moved:%b %Y}; before, on " in said and f.confidence == "low", said
    assert f.value["earlier_zone"]["until"] == (moved - timedelta(days=1)).isoformat()
