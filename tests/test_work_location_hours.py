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
from dataexam.inference.place import _kept_to_work_hours, fisher_greater

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


def test_fisher_greater_matches_the_hypergeometric_tail() -> None:
    # the tester's T28C M5 logins: the network 15 of 23 weekday-daytime logins, 12 of 28 others (p ≈ 0.1);
    # the exact tail Σ_{x ≥ 15} C(27, x)·C(24, 23 − x) / C(51, 23) = 0.09481…
    assert fisher_greater(15, 12, 8, 16) == pytest.approx(0.0948101, abs=1e-6)
    assert fisher_greater(10, 0, 0, 10) == pytest.approx(1 / 184756, rel=1e-6)  # C(20, 10)
    assert fisher_greater(0, 0, 0, 0) == 1.0


def test_a_few_random_logins_make_no_work_place_at_medium() -> None:
    """T28C M5: a sparse writer (a login every ~3 weeks, at random waking hours, from one of two networks at
    random) had one network called "a distinct network on weekday daytimes" at medium: a share of a few dozen
    logins that a coin flip gives. Medium needs ≥ 10 working days in ≥ 4 weeks and a lead beyond chance."""
    rng = random.Random(8)
    s = Stream("facebook-2024")
    events = []
    # the tester's draw, as days: OFFICE seen on 15 weekdays 10–16 and 12 other waking days, MOBILE 8 and 16
    plan = [(OFFICE, True)] * 15 + [(OFFICE, False)] * 12 + [(MOBILE, True)] * 8 + [(MOBILE, False)] * 16
    rng.shuffle(plan)
    d = START
    for ip, working in plan:
        d += timedelta(days=rng.randint(14, 24))
        while (d.weekday() < 5) != working and working:
            d += timedelta(days=1)
        h = rng.uniform(10.5, 15.5) if working else rng.choice((rng.uniform(7.0, 9.5), rng.uniform(19.0, 21.5)))
        t = local(BERLIN, d, h)
        events += [s.ev(t, "facebook.post", "Rain."), s.ev(t, "facebook.login", None, ip=ip),
                   s.ev(t + timedelta(minutes=1), "facebook.login", None, ip=ip)]  # a login leaves two records
    events += [s.ev(local(BERLIN, START + timedelta(days=k * 40), 23.0), "facebook.login", None, ip=HOME)
               for k in range(20)]  # the night network
    work = infer(sorted(events, key=lambda e: e.sort_key), now=NOW).finding("work_location")
    assert work.value is not None and work.value["network"] == "79.202.10.0/24"
    assert work.confidence == Confidence.LOW
    assert "seen in working hours on 15 days in 15 weeks" in work.confidence_basis
    assert "at other waking hours on 12 days" in work.confidence_basis
    assert "p = 0.095" in work.confidence_basis


US_HOME = "24.56.0.1"


@pytest.mark.parametrize("kind,key", [("twitter.login", "ip"), ("facebook.login", "ip"),
                                      ("amazon.search", "ip"), ("facebook.login", "ip_address")])
def test_one_network_every_day_weekends_too_is_no_work_place(kind: str, key: str) -> None:
    """T33B M3: 731 logins, one a day at 12:30 local, weekends too, all from one address (no night logins, so no
    night network to differ from) were "A distinct network is used on weekday daytimes" (low, share 1.0) and the
    batch table's work network. A network used at weekends as on weekdays is the home's (or the only) one."""
    ny = ZoneInfo("America/New_York")
    s = Stream("twitter-2025")
    events = []
    for i in range(731):
        d = date(2023, 1, 1) + timedelta(days=i)
        t = local(ny, d, 12.5)
        events += [s.ev(t, "twitter.tweet", "Lunch by the river."), s.ev(t, kind, None, **{key: US_HOME})]
    work = infer(sorted(events, key=lambda e: e.sort_key), now=NOW).finding("work_location")
    assert work.value is None and work.confidence == Confidence.INSUFFICIENT
    assert work.summary == "No distinct weekday-daytime place."
    assert "the one seen most at evenings and weekends (the home's or the only network" in work.confidence_basis


def test_a_home_network_at_evenings_and_weekends_without_nights_is_no_work_place() -> None:
    """The same with two networks: the home's at lunch every day and in the evenings, and a mobile carrier now and
    then — no night logins. The home network is weekday-daytime's top and not a work place; the mobile one is
    no work place either (as common out of working hours)."""
    rng = random.Random(3)

    def at(d: date, h: float, r: random.Random) -> str:
        return MOBILE if r.random() < 0.15 else HOME

    s = Stream("facebook-2024")
    events = []
    for i in range(300):
        d = START + timedelta(days=i)
        for h in (12.5, rng.uniform(19.0, 21.5)):
            t = local(BERLIN, d, h)
            events += [s.ev(t, "facebook.post", "Tea."), s.ev(t, "facebook.login", None, ip=at(d, h, rng))]
    work = infer(sorted(events, key=lambda e: e.sort_key), now=NOW).finding("work_location")
    assert work.value is None and work.confidence == Confidence.INSUFFICIENT


def test_an_office_beside_a_daytime_home_network_is_still_found() -> None:
    """No night logins: home at weekends and evenings, the office on weekdays at lunch — the office is the work
    place (it differs from the evenings'/weekends' network)."""
    s = Stream("facebook-2024")
    events = []
    for i in range(240):
        d = START + timedelta(days=i)
        hours = (12.5, 20.0) if d.weekday() < 5 else (12.5, 17.0)
        for h in hours:
            ip = OFFICE if d.weekday() < 5 and h == 12.5 else HOME
            t = local(BERLIN, d, h)
            events += [s.ev(t, "facebook.post", "Tea."), s.ev(t, "facebook.login", None, ip=ip)]
    work = infer(sorted(events, key=lambda e: e.sort_key), now=NOW).finding("work_location")
    assert work.value is not None and work.value["network"] == "79.202.10.0/24"
    assert work.confidence == Confidence.MEDIUM


def test_the_rule_without_other_places() -> None:
    # the only place, seen in and out of working hours: no other place to compare, no work place
    assert not _kept_to_work_hours(522, 209, {1: 522}, {1: 209})  # type: ignore[arg-type]
