"""No record that places the person (no IP, no place, no language hint: T36 M1): the time zone is a set of clocks
the activity alone fits alike (``offsets_open``), the head count naming one. A Denver sleeper (≈23:30–07:15 every
night) read on New York's clock was "late type" and "8.5 % of activity falls 00–05 America/New_York time" as fact,
with ``chronotype_by_clock`` and ``share_00_05_by_clock`` null in findings.parquet. Each is now said on every clock
left open, as where a country's clocks are left open (test_zone_open_clocks)."""

from __future__ import annotations

import json

import pytest
from test_zone_open_clocks import _report, early_sleeper

from dataexam.batch.tables import finding_row
from dataexam.report import view


@pytest.fixture(scope="module")
def report():
    return _report(early_sleeper("America/Denver", days=400))


def test_the_clock_is_one_of_several_no_record_places(report) -> None:
    tz = report.finding("timezone")
    assert tz.value["zone"] == "America/New_York" and tz.value["open_zones"] is None
    assert [o["zone"] for o in tz.value["offsets_open"]] == [
        "America/Los_Angeles", "America/Denver", "America/Chicago", "America/New_York", "America/Halifax",
        "America/St_Johns"]
    # the quiet hours on each clock, not on the head count's alone
    assert "05:15 there, 02:15 on America/Los_Angeles, 03:15 on America/Denver" in tz.summary


def test_the_chronotype_is_said_per_clock_never_as_fact(report) -> None:
    sleep = report.finding("sleep")
    assert sleep.value["chronotype"] is None
    # every clock, the zone chosen's in its place among them, west to east — as share_00_05_by_clock (T37: New
    # York came first)
    assert list(sleep.value["chronotype_by_clock"].items()) == [
        ("America/Los_Angeles", "early type"), ("America/Denver", "early type"), ("America/Chicago",
                                                                                 "intermediate type"),
        ("America/New_York", "late type"), ("America/Halifax", "late type"), ("America/St_Johns", "late type")]
    assert "; late type" not in sleep.summary
    assert ("no chronotype: early type on America/Los_Angeles time, early type on America/Denver time, intermediate "
            "type on America/Chicago time, late type on America/New_York time") in sleep.summary
    # the window on each clock in the summary too, the person's own Denver ≈23:30–07:15 among them
    assert "≈23:30–07:15 on America/Denver time" in sleep.summary
    facts = dict(view.facts(sleep.to_dict()))
    # the facts row names the clocks by their cities, as every other row does (T36 L7: IANA ids there)
    assert facts["Chronotype"].startswith("depends on the clock: early type on Los Angeles time, early type on "
                                          "Denver time, intermediate type on Chicago time, late type on New York time")


def test_the_small_hours_share_is_said_per_clock(report) -> None:
    late = report.finding("late_nights")
    assert late.value["share_00_05"] == 0.0846
    # every clock, the zone chosen's among them, west to east — as chronotype_by_clock and windows_by_clock (T36 L7)
    assert list(late.value["share_00_05_by_clock"].items()) == [
        ("America/Los_Angeles", 0.0), ("America/Denver", 0.0), ("America/Chicago", 0.0217),
        ("America/New_York", 0.0846), ("America/Halifax", 0.1442), ("America/St_Johns", 0.1792)]
    assert late.summary.endswith("8.5% of activity falls 00–05 America/New_York time (0.0% on America/Los_Angeles "
                                 "time, 0.0% on America/Denver time, 2.2% on America/Chicago time, 14.4% on "
                                 "America/Halifax time, and 17.9% on America/St_Johns time; the activity cannot tell "
                                 "these clocks apart).")
    assert dict(view.facts(late.to_dict()))["Share 00–05"] == (
        "8% on New York time; 0% on Los Angeles time, 0% on Denver time, 2% on Chicago time, 14% on Halifax time "
        "and 18% on St. John's time (depends on the clock)")


def test_the_batch_columns_are_filled(report) -> None:
    sleep_row = finding_row("p1", report.finding("sleep").to_dict())
    late_row = finding_row("p1", report.finding("late_nights").to_dict())
    assert json.loads(sleep_row["value__chronotype_by_clock"])["America/Denver"] == "early type"
    assert json.loads(sleep_row["value__chronotype_by_clock"])["America/New_York"] == "late type"
    assert json.loads(late_row["value__share_00_05_by_clock"])["America/Halifax"] == 0.1442
    assert json.loads(late_row["value__share_00_05_by_clock"])["America/New_York"] == 0.0846  # the named clock too
