"""PERF30: moves.country_offsets reads each zone once a UTC day and at the hour itself only on a day one of the
country's clocks changes: the same offsets as reading every zone at every hour."""

import random
from datetime import date

from dataexam.inference import moves
from dataexam.inference.zoneprior import country_zones, offset_hours


def _direct(cc: str, slot: int) -> frozenset[int]:
    t = moves.slot_instant(slot)
    return frozenset(round(offset_hours(z, t) * 4) for z in moves.country_tz(cc))


def _slot(d: date, hour: int) -> int:
    return d.toordinal() * 24 + hour


def test_us_on_its_spring_forward_day():
    # 10 Mar 2024: New York springs forward at 07:00 UTC, Los Angeles at 10:00 UTC; Phoenix and Honolulu never do
    d = date(2024, 3, 10)
    before, after = moves.country_offsets("US", _slot(d, 6)), moves.country_offsets("US", _slot(d, 7))
    assert {-5 * 4, -7 * 4, -8 * 4, -10 * 4} <= before and -4 * 4 not in before  # 06:30 UTC: EST, MST, PST, HST
    assert {-4 * 4, -7 * 4, -8 * 4, -10 * 4} <= after  # 07:30 UTC: New York on EDT, Los Angeles still on PST
    assert moves.country_offsets("US", _slot(d, 0)) == _direct("US", _slot(d, 0))  # 00:30 UTC: the day's reading
    assert moves.country_offsets("DE", _slot(d, 12)) == frozenset({4})
    assert moves.country_offsets("DE", _slot(date(2024, 3, 31), 0)) == frozenset({4})  # CET until 01:00 UTC
    assert moves.country_offsets("DE", _slot(date(2024, 3, 31), 1)) == frozenset({8})  # CEST from 01:00 UTC
    assert moves.country_offsets("IN", _slot(d, 3)) == frozenset({22})  # +05:30
    assert moves.country_offsets("EU", _slot(d, 3)) == frozenset()  # no zone in zone.tab


def test_every_hour_of_clock_change_days_as_read_directly():
    # the days around each change of any zone of a country in 2020–2023, and random days 1900–2045, every hour
    rng = random.Random(30)
    lo, hi = date(2020, 1, 1).toordinal(), date(2024, 1, 1).toordinal()
    checked = 0
    for cc in sorted(country_zones()):
        zones = moves.country_tz(cc)
        changes = {d for z in zones for d in range(lo, hi)
                   if offset_hours(z, moves.slot_instant(d * 24)) != offset_hours(z, moves.slot_instant(d * 24 + 24))}
        days = {d + k for d in changes for k in (-1, 0, 1)}
        days |= {rng.randint(date(1900, 1, 2).toordinal(), date(2045, 12, 31).toordinal()) for _ in range(3)}
        for d in sorted(days):
            for h in range(24):
                assert moves.country_offsets(cc, d * 24 + h) == _direct(cc, d * 24 + h), (cc, date.fromordinal(d), h)
                checked += 1
    assert checked > 20_000
