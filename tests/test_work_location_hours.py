"""A work place is a place kept to working hours (the twenty-seventh pass's tester T27B H2).

"A distinct network is used on weekday daytimes" came out at medium in 8 of 11 invented lives whose logins drew at
random from two or three networks of their country at all hours (home Wi-Fi and a mobile carrier): the rule took
the top weekday 10–16 network that was not the night's top one and never asked whether it was used at nights and
weekends too; a retiree with no night logins had any daytime network called work. Now a work place must keep to
working hours more than the other places do (`place.WORK_LIFT`). Invented people; addresses of their countries.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from test_inference_synth import Stream, local

from dataexam.inference import Confidence, infer
from dataexam.inference.place import _kept_to_work_hours

NOW = datetime(2025, 6, 1, tzinfo=UTC)
BERLIN = ZoneInfo("Europe/Berlin")
HOME, MOBILE, OFFICE = "79.201.87.86", "79.201.88.10", "79.202.10.5"  # three DE networks (/24 apart)
START = date(2024, 1, 1)


def _life(networks_at: object, days: int = 240, seed: int = 7) -> list:
    """Posts over the waking day; a login at every post, from ``networks_at(day, hour, rng)``."""
    rng = random.Random(seed)
    s = Stream("facebook-2024")
    out = []
    for i in range(days):
        d = START + timedelta(days=i)
        for _ in range(4):
            h = rng.uniform(7.0, 23.5)
            t = local(BERLIN, d, h)
            out.append(s.ev(t, "facebook.post", "Soup again."))
            out.append(s.ev(t, "facebook.login", None, ip=networks_at(d, h, rng)))  # type: ignore[operator]
    out.sort(key=lambda e: e.sort_key)
    return out


def _office_worker(d: date, h: float, rng: random.Random) -> str:
    if d.weekday() < 5 and 9 <= h < 17:
        return OFFICE if rng.random() < 0.8 else MOBILE
    return HOME if rng.random() < 0.8 else MOBILE


def _any_hour(d: date, h: float, rng: random.Random) -> str:
    return rng.choice((HOME, MOBILE, OFFICE))


def test_an_office_kept_to_working_hours_is_the_work_place() -> None:
    work = infer(_life(_office_worker), now=NOW).finding("work_location")
    assert work.value is not None and work.value["network"] == "79.202.10.0/24"
    assert work.confidence == Confidence.MEDIUM


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_networks_used_at_all_hours_are_no_work_place(seed: int) -> None:
    work = infer(_life(_any_hour, seed=seed), now=NOW).finding("work_location")
    assert work.value is None and work.confidence == Confidence.INSUFFICIENT
    assert "as common at nights, evenings and weekends" in work.confidence_basis


def test_no_nights_at_all_is_no_licence() -> None:
    """The tester's retiree: awake 07–21 only, two networks at random — no night network to differ from."""
    rng = random.Random(5)
    s = Stream("facebook-2024")
    events = []
    for i in range(300):
        d = START + timedelta(days=i)
        for _ in range(2):
            t = local(BERLIN, d, rng.uniform(7.5, 21.0))
            events += [s.ev(t, "facebook.post", "Roses."), s.ev(t, "facebook.login", None,
                                                                 ip=rng.choice((HOME, MOBILE)))]
    work = infer(sorted(events, key=lambda e: e.sort_key), now=NOW).finding("work_location")
    assert work.value is None and work.confidence == Confidence.INSUFFICIENT


def test_the_rule_itself() -> None:
    # the office: 100 in working hours, 5 out; the home: 20 in, 200 out
    assert _kept_to_work_hours(100, 5, {1: 100, 2: 20}, {1: 5, 2: 200})  # type: ignore[arg-type]
    # the same odds as the other places: no
    assert not _kept_to_work_hours(30, 60, {1: 30, 2: 30}, {1: 60, 2: 60})  # type: ignore[arg-type]
    # more out of working hours than in them: no
    assert not _kept_to_work_hours(10, 11, {1: 10, 2: 0}, {1: 11, 2: 100})  # type: ignore[arg-type]
    # only ever used at work, the only place: yes
    assert _kept_to_work_hours(40, 0, {1: 40}, {1: 0})  # type: ignore[arg-type]
