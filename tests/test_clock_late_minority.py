"""Occasional late nights do not move the sleep window (the twenty-seventh pass's last tester, T27D M4).

A sparse writer (5 tweets a day, 07:30–23:24) asleep 23:30–07:30 on nine nights in ten, with two tweets between
01:00 and 03:00 on the tenth, was "offline about 03:00–07:30 … 02:30–07:30" at medium, "late type": per bin the
late nights came up to half the mean bin, the quiet cut for a sparse writer. The window is now the typical
night's, and the late nights are listed as late nights. People are invented: records built directly as events.
"""

from __future__ import annotations

import random
from datetime import date

import pytest
from test_clock_unusual_nights import NOW, sleeper

from dataexam.inference import infer
from dataexam.inference.model import Confidence
from dataexam.inference.sleepwindow import NightMasks, extend_over_late_nights

START = date(2022, 1, 3)
DAYS = 1000


def late_tenth(d: date, rng: random.Random) -> list[float]:
    """Two tweets between 01:00 and 03:00 after midnight on about one night in ten."""
    return [24 + rng.uniform(1.0, 3.0) for _ in range(2)] if rng.random() < 0.1 else []


@pytest.fixture(scope="module")
def noisy():
    # (the nights' dates are read with include_sensitive: without it no night is dated, for anyone)
    return infer(sleeper(start=START, days=DAYS, per_day=5, weekday=(7.5, 23.4), weekend=(7.5, 23.4),
                         extra=late_tenth), now=NOW, include_sensitive=True)


def test_a_tenth_of_nights_up_late_leave_the_usual_window(noisy):
    sleep = noisy.finding("sleep")
    for t in ("weekday", "weekend"):
        w = sleep.value[t]
        assert "23:15" <= w["start"] <= "23:45" and "07:15" <= w["end"] <= "07:45", (t, w)
    assert sleep.value["chronotype"] == "intermediate type"
    assert sleep.confidence == Confidence.HIGH, sleep.confidence_basis
    assert noisy.finding("social_jetlag").value["hours"] <= 0.25


def test_the_late_nights_are_listed_as_late_nights(noisy):
    late = noisy.finding("late_nights")
    n = len(late.value["dates"])
    assert 0.07 * DAYS <= n <= 0.12 * DAYS, n  # about one night in ten (two records inside the window)


def test_the_same_writer_without_late_nights_has_the_same_window():
    plain = infer(sleeper(start=START, days=DAYS, per_day=5, weekday=(7.5, 23.4), weekend=(7.5, 23.4)), now=NOW,
                  include_sensitive=True)
    w = plain.finding("sleep").value["weekday"]
    assert "23:15" <= w["start"] <= "23:45" and "07:15" <= w["end"] <= "07:45", w
    assert plain.finding("late_nights").value["dates"] == []


def _masks(nights: list[list[int]]) -> NightMasks:
    return NightMasks([nights])


def test_extend_over_a_minority_stretch():
    """Bins 0–9 awake every night; 10–13 quiet; 14–17 awake on one night in ten; 18–29 quiet; 30–39 awake:
    the window 18–30 grows to 10–30. On half of the nights, it stays."""
    def night(late: bool) -> list[int]:
        return [1] * 10 + [0] * 4 + [1 if late else 0] * 4 + [0] * 12 + [1] * 10
    for share, grown in ((0.1, (10, 30)), (0.5, (18, 30))):
        nights = [night(i < share * 100) for i in range(100)]
        active = [sum(col) for col in zip(*nights, strict=True)]
        flags = [a <= 2 for a in active]
        assert extend_over_late_nights((18, 30), flags, active, _masks(nights).share) == grown, share


def test_the_stretch_must_be_quiet_beside_the_waking_hours():
    """A stretch as busy as the day (a sparse writer's evening: each bin on one night in ten, as the day's) is no
    late night, whatever its share of nights."""
    rng = random.Random(1)
    nights = [[1 if rng.random() < 0.1 else 0 for _ in range(10)] + [0] * 4
              + [1 if rng.random() < 0.1 else 0 for _ in range(4)] + [0] * 12 + [1] * 10 for _ in range(300)]
    active = [sum(col) for col in zip(*nights, strict=True)]
    flags = [a <= 2 for a in active]
    assert extend_over_late_nights((18, 30), flags, active, _masks(nights).share) == (18, 30)


def test_night_masks_share_is_the_median_over_groups():
    a = [[1, 0], [0, 0]]  # half of the nights active in bin 0
    b = [[0, 0], [0, 0]]
    c = [[1, 0], [1, 0]]
    m = NightMasks([a, b, c])
    assert m.share(0, 1) == 0.5
    assert m.share(1, 2) == 0.0
    assert m.share(0, 1, draws=[[0, 0], [0, 1], [0, 0]]) == 1.0  # group a drawn as its first night twice


def test_only_the_onset_moves():
    """A stretch after the window (a sparse morning, then a quiet hour by chance) does not move the waking edge: late
    nights delay sleep, and a sparse writer's window grew to 10:30 in some bootstrap resamples."""
    def night(late: bool) -> list[int]:
        return [1] * 10 + [0] * 12 + [1 if late else 0] * 4 + [0] * 4 + [1] * 10
    nights = [night(i < 10) for i in range(100)]
    active = [sum(col) for col in zip(*nights, strict=True)]
    flags = [a <= 2 for a in active]
    assert extend_over_late_nights((10, 22), flags, active, _masks(nights).share) == (10, 22)
