"""Sleep and routine on realistic weeks (T26B's M2–M5, the CLOCK2 brief): free days are the home country's weekend
(CLDR), a weekday-only or weekend-only account is a pattern (not "not enough days"), a quiet stretch longer than any
sleep is said as such, an over-long window is no sleep at high, and three weeks give no routine at high."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from test_inference_synth import Stream, local

from dataexam.inference import infer
from dataexam.inference.model import Confidence
from dataexam.inference.sleep import free_weekdays

NOW = datetime(2025, 1, 1, tzinfo=UTC)
START = date(2023, 1, 2)


def _life(zone: str, days: int, hours: callable, *, ip: str, place: str, per_day: int = 10) -> list:
    """Tweets on the days and hours ``hours(day)`` gives ((wake, bed) local hours, or None: no records that day),
    a login a week from ``ip`` and the declared ``place``."""
    rng = random.Random(3)
    tz = ZoneInfo(zone)
    s = Stream("twitter.zip")
    out = [s.ev(None, "twitter.profile", None, location=place)]
    for i in range(days):
        d = START + timedelta(days=i)
        span = hours(d)
        if span is not None:
            out += [s.ev(local(tz, d, rng.uniform(*span)), "twitter.tweet", "Planning the week and cooking dinner")
                    for _ in range(per_day)]
        if span is not None and d.weekday() in (0, 5):  # a login on an active day each week
            out.append(s.ev(local(tz, d, span[0] + 1), "twitter.login", None, ip=ip))
    return sorted(out, key=lambda e: e.sort_key)


def test_free_days_are_the_country_s_weekend() -> None:
    assert free_weekdays("IR") == (frozenset({4}), "Friday")
    assert free_weekdays("SA") == (frozenset({4, 5}), "Friday and Saturday")
    assert free_weekdays("DE") == (frozenset({5, 6}), "Saturday and Sunday")
    assert free_weekdays(None) == (frozenset({5, 6}), "Saturday and Sunday")


def test_an_iranian_s_friday_lie_in_is_the_free_day_sleep() -> None:
    """Up at 07:00 but on Fridays at 09:00 (bed 23:30, on Thursday nights 01:30): Friday mornings are the free days;
    read on Saturday and Sunday, the social jetlag was a fraction of the real 2 h."""
    def hours(d: date) -> tuple[float, float]:
        wake = 9.0 if d.weekday() == 4 else 7.0
        bed = 25.5 if d.weekday() == 3 else 23.5
        return wake, bed

    res = infer(_life("Asia/Tehran", 400, hours, ip="46.245.24.109", place="Tehran, Iran"), now=NOW)
    sleep, sj = res.finding("sleep"), res.finding("social_jetlag")
    assert res.finding("timezone").value["zone"] == "Asia/Tehran"
    assert sleep.value["weekend"]["end"] == "09:00" and sleep.value["weekday"]["end"] == "07:00"
    assert 1.5 <= sj.value["hours"] <= 2.0
    assert any("Friday" in c and "in Iran" in c for c in sleep.caveats)  # named since WORD58 (was "in IR")
    assert any("Friday" in c for c in sj.caveats)


def test_a_weekday_only_account_is_a_pattern_and_its_long_lull_is_said() -> None:
    """Posts only Mon–Fri 09–17 for a year and a half: the routine is that pattern (was "not enough days"), and the
    sleep's reason names the quiet stretch longer than any sleep (was "no nightly lull of ≥ 3 h")."""
    res = infer(_life("America/Phoenix", 550, lambda d: (9.0, 17.0) if d.weekday() < 5 else None,
                      ip="8.8.8.8", place="Tempe, AZ"), now=NOW)
    routine, sleep = res.finding("routine"), res.finding("sleep")
    assert routine.value["label"] == "weekdays only" and routine.value["days"]["weekend"] == 0
    assert routine.confidence != Confidence.INSUFFICIENT and routine.summary.startswith("Active only on weekdays")
    assert sleep.confidence == Confidence.INSUFFICIENT
    assert "longer than any sleep" in sleep.confidence_basis and "no nightly lull" not in sleep.confidence_basis


def test_a_weekend_only_account_is_a_pattern_and_its_long_window_no_sleep_at_high() -> None:
    """Posts only on Saturdays and Sundays, 10–23: the routine says so; the 11-h weekend "sleep" is medium at most
    with a caveat that it bounds the sleep."""
    res = infer(_life("Europe/Berlin", 600, lambda d: (10.0, 23.0) if d.weekday() >= 5 else None,
                      ip="85.214.132.117", place="Berlin, Germany", per_day=14), now=NOW)
    routine, sleep = res.finding("routine"), res.finding("sleep")
    assert routine.value["label"] == "weekends only"
    assert sleep.confidence in (Confidence.MEDIUM, Confidence.LOW)
    assert sleep.value["weekend"]["duration_hours"] > 10.25
    assert any("bounds your sleep" in c for c in sleep.caveats)


def test_three_weeks_give_no_routine_at_high() -> None:
    """Three weeks awake 07–23 every day: every resample agrees no block stands out, yet 15 weekdays and 6 weekend
    days are no weekly routine to state at high (T26B's M5: high from 21 days)."""
    res = infer(_life("Europe/Berlin", 21, lambda d: (7.0, 23.0), ip="85.214.132.117", place="Berlin, Germany",
                      per_day=30), now=NOW)
    routine = res.finding("routine")
    assert routine.confidence == Confidence.MEDIUM
    assert "high needs 40 and 12" in routine.confidence_basis
    # a year of the same days: high, as before
    year = infer(_life("Europe/Berlin", 365, lambda d: (7.0, 23.0), ip="85.214.132.117", place="Berlin, Germany"),
                 now=NOW).finding("routine")
    assert year.confidence == Confidence.HIGH


def _twice_a_month(zone: str, months: int, *, ip: str, place: str) -> list:
    """A retiree's records on the 3rd and 18th of each month only (so on every weekday alike), at 09–20 local."""
    rng = random.Random(11)
    tz = ZoneInfo(zone)
    s = Stream("twitter.zip")
    out = [s.ev(None, "twitter.profile", None, location=place)]
    for m in range(months):
        for day in (3, 18):
            d = date(2019 + m // 12, 1 + m % 12, day)
            out += [s.ev(local(tz, d, rng.uniform(9.0, 20.0)), "twitter.tweet", "The roses are out in the garden")
                    for _ in range(rng.randint(1, 3))]
            out.append(s.ev(local(tz, d, 9.5), "twitter.login", None, ip=ip))
    return sorted(out, key=lambda e: e.sort_key)


def test_a_peak_on_noise_is_not_said_at_the_block_s_confidence() -> None:
    """T27B M4: records on the 3rd and 18th of each month for six years have no busiest weekday; the peak cell was
    said ("most active on Sun around 11:00") at the confidence of "no quiet weekday block"."""
    from dataexam.report.view import _h_routine

    routine = infer(_twice_a_month("Europe/Paris", 72, ip="90.84.1.1", place="Lyon, France"),
                    now=NOW).finding("routine")
    assert routine.value["quiet_block"] is None
    assert routine.value["peak"]["agreement"] < 0.7 and routine.value["peak"]["confidence"] == "low"
    assert _h_routine(routine.value) == "No busiest weekday and hour stands out: your activity is spread over the week."
    assert routine.summary.endswith("No busiest weekday and hour stands out either: it changes between resamples of "
                                    "your days.")
    assert "keep the busiest weekday-hour" in routine.confidence_basis


def test_a_steady_peak_is_said_with_its_own_confidence() -> None:
    """Every day 07–23, with an extra hour of records on Saturdays 10–11: that cell is the peak in every resample."""
    rng = random.Random(5)
    tz = ZoneInfo("Europe/Berlin")
    s = Stream("twitter.zip")
    events = [s.ev(None, "twitter.profile", None, location="Berlin, Germany")]
    for i in range(365):
        d = START + timedelta(days=i)
        events += [s.ev(local(tz, d, rng.uniform(7.0, 23.0)), "twitter.tweet", "Planning the week") for _ in range(8)]
        if d.weekday() == 5:
            events += [s.ev(local(tz, d, rng.uniform(10.0, 11.0)), "twitter.tweet", "Market day") for _ in range(6)]
        if d.weekday() in (0, 5):
            events.append(s.ev(local(tz, d, 8.0), "twitter.login", None, ip="85.214.132.117"))
    routine = infer(sorted(events, key=lambda e: e.sort_key), now=NOW).finding("routine")
    assert routine.value["peak"]["weekday"] == "Sat" and routine.value["peak"]["hour"] == 10
    assert routine.value["peak"]["confidence"] == "high"
    assert routine.summary.endswith("You are most active on Sat around 10:00.")
