"""SLEEP6 (T30B era12 left by ZONE5): twelve years of records whose first three were a student's (awake 10:00–02:30)
and the rest an office worker's (awake 07:00–23:00). The weekend window was "11:30–20:00" and the student years 280
"late nights" inside today's window: the windows are now read on the present era, the student years said as an
earlier period with their own window, and their nights not checked against today's window."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from test_inference_synth import Stream, local

from dataexam.inference import infer
from dataexam.inference.sleep import earlier_sleep_era, merge_sparse_periods
from dataexam.inference.sleepwindow import sleep_window

NOW = datetime(2025, 7, 1, tzinfo=UTC)
BERLIN = ZoneInfo("Europe/Berlin")
STUDENT_END = date(2016, 6, 1)


def _dana(student: bool = True) -> list:
    rng = random.Random(15)
    s = Stream("x.zip")
    out = []
    d = date(2013, 7, 1)
    while d < date(2022, 6, 20):
        if rng.random() >= 0.3:
            late = student and d < STUDENT_END
            for _ in range(rng.randint(1, 3)):
                h = rng.uniform(10, 26.5) if late else rng.uniform(7, 23)
                out.append(s.ev(local(BERLIN, d, h), "twitter.tweet", "Coffee and code this morning", lang="en"))
        d += timedelta(days=1)
    loc = Stream("declared.zip")
    # a declared place every quarter, so that the student years stay on the home's clock (the zone's concern)
    out += [loc.ev(datetime(y, m, 2, 18, tzinfo=UTC), "facebook.location", None, country_code="DE")
            for y in range(2013, 2023) for m in (1, 4, 7, 10) if date(2013, 7, 1) <= date(y, m, 2) < date(2022, 6, 1)]
    return sorted(out, key=lambda e: e.sort_key)


def test_the_student_years_sparse_records_are_found_as_an_earlier_era() -> None:
    """era12's shape on one clock: 1–3 records a day, three student years then six of an office's: the present era
    starts with the second half of 2016 (the student's last months fall in the first half)."""
    rng = random.Random(15)
    nights: dict[date, list[int]] = {}
    d = date(2013, 7, 1)
    while d < date(2022, 6, 20):
        if rng.random() >= 0.3:
            for _ in range(rng.randint(1, 3)):
                h = rng.uniform(10, 26.5) if d < STUDENT_END else rng.uniform(7, 23)
                q = int(h * 4)
                nights.setdefault(d + timedelta(days=(q + 48) // 96), [0] * 96)[(q + 48) % 96] += 1
        d += timedelta(days=1)
    start = earlier_sleep_era(nights, sleep_window)
    assert start is not None and date(2016, 7, 1) <= start <= date(2016, 7, 5), start


def test_one_sleep_throughout_has_no_earlier_period_and_sparse_weekends_keep_the_night() -> None:
    """1–3 records a night: a weekend quarter holds ~36 (night, bin) cells, its share 0 in most bins, so the
    quarters' median was 0 nearly everywhere and the weekend read ≈19:45–07:45 with 29 "late nights"; the sparse
    quarters are now merged (merge_sparse_periods) before the median."""
    res = infer(_dana(student=False), now=NOW)
    sleep = res.finding("sleep")
    assert "earlier_period" not in sleep.value
    for t in ("weekday", "weekend"):  # truth 23:00–07:00
        assert sleep.value[t]["start"] in ("22:30", "22:45", "23:00", "23:15", "23:30"), sleep.value
        assert sleep.value[t]["end"] in ("06:30", "06:45", "07:00", "07:15", "07:30"), sleep.value
    assert res.finding("late_nights").value["listed"] <= 2


def test_sparse_quarters_are_merged_dense_ones_kept() -> None:
    dense = {date(2024, 1, 1) + timedelta(days=i): [1] * 40 + [0] * 56 + [0] * 96 for i in range(40)}
    groups = [sorted(dense)[i:i + 10] for i in range(0, 40, 10)]
    assert merge_sparse_periods(groups, dense) == groups  # 400 cells a quarter: as they were
    sparse = {nd: [1] + [0] * 191 for nd in dense}  # 10 cells a group of 10 nights
    merged = merge_sparse_periods(groups, sparse)
    assert len(merged) == 1 and sorted(merged[0]) == sorted(dense)  # 40 cells in all: one group


def test_a_short_or_noisy_start_is_no_era() -> None:
    """Fewer than two halves of other hours before the present, or too short a present, is no era."""
    rng = random.Random(2)
    nights: dict[date, list[int]] = {}
    d = date(2020, 1, 1)
    while d < date(2023, 1, 1):
        late = d < date(2020, 4, 1)  # one quarter of late hours: under two half-years
        for _ in range(3):
            h = rng.uniform(10, 26.5) if late else rng.uniform(7, 23)
            q = int(h * 4)
            nights.setdefault(d + timedelta(days=(q + 48) // 96), [0] * 96)[(q + 48) % 96] += 1
        d += timedelta(days=1)
    assert earlier_sleep_era(nights, sleep_window) is None
    # two late years, then two years of today's: found, the present from the first night of 2022
    nights = {}
    d = date(2020, 1, 1)
    while d < date(2024, 1, 1):
        late = d < date(2022, 1, 1)
        for _ in range(3):
            h = rng.uniform(10, 26.5) if late else rng.uniform(7, 23)
            q = int(h * 4)
            nights.setdefault(d + timedelta(days=(q + 48) // 96), [0] * 96)[(q + 48) % 96] += 1
        d += timedelta(days=1)
    start = earlier_sleep_era(nights, sleep_window)
    assert start is not None and date(2021, 12, 30) <= start <= date(2022, 1, 2), start
