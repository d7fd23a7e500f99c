"""A country's other clocks (T31B Z1): where the activity fits a clock of the IP country's fewer people better than
the one chosen by head count, the time-zone sentence names it — Xinjiang time (Asia/Urumqi, UTC+6) under "Shanghai
time", not only in a caveat the text report does not show.

People are invented: records built directly as events.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from test_inference_synth import Stream, local, person
from test_timezone_model import with_evidence

from dataexam import report as report_module
from dataexam.inference import Confidence, infer
from dataexam.report import view
from dataexam.report.view import _h_timezone

NOW = datetime(2025, 1, 1, tzinfo=UTC)


def test_a_clock_of_the_country_s_fewer_people_that_fits_better_is_said():
    # a Newfoundlander with Canadian IPs only (test_timezone_model's): Toronto by head count, St. John's fits better
    s = Stream("x.zip")
    logins = [s.ev(datetime(2023, 1, 2 + n % 28, 12, tzinfo=UTC) + timedelta(days=30 * (n // 28)), "twitter.login",
                   None, ip=f"142.162.1.{n % 200 + 1}") for n in range(60)]
    tz = infer(with_evidence(person("America/St_Johns", days=300), logins), now=NOW).finding("timezone")
    assert tz.value["place_country"] == "CA" and tz.value["zone"] == "America/Toronto"
    assert tz.confidence == Confidence.LOW
    # best fit first: St. John's, then Halifax (an hour nearer than Toronto)
    assert tz.value["fits_better"] == [{"zone": "America/St_Johns", "utc_offset_hours": -3.5, "observes_dst": True},
                                       {"zone": "America/Halifax", "utc_offset_hours": -4.0, "observes_dst": True}]
    assert tz.summary.endswith("Your activity fits America/St_Johns (UTC-3:30), the country's other clock, better.")
    # the country's clocks stay open (OPENHEAD: never one head-count clock alone); the better fit is still said
    assert _h_timezone(tz.value) == (
        "You live on one of the clocks kept in Canada from Toronto time (America/Toronto, UTC−5) to St. John's time "
        "(America/St_Johns, UTC−3:30), each with summer time: your activity fits St. John's time (America/St_Johns, "
        "UTC−3:30) best of them, but not enough to tell them apart; Toronto time is named only because more people "
        "live on it.")


def test_no_better_clock_no_words():
    assert _h_timezone({"zone": "Asia/Shanghai", "utc_offset_hours": 8.0, "observes_dst": False,
                        "fits_better": None}) == "You live on Shanghai time (Asia/Shanghai, UTC+8)."


def _xinjiang(shift_hours: float) -> object:
    """A person with CN logins, asleep 00:30–08:00 on Ürümqi's clock (``shift_hours`` 1: the persona's night moved so)
    — or, with the same records, a Beijing night owl asleep 02:30–10:00: nothing but the hours tells them apart."""
    s = Stream("x.zip")
    start = datetime(2023, 1, 2, tzinfo=UTC).date()
    logins = [s.ev(local(ZoneInfo("Asia/Urumqi"), start + timedelta(days=2 * i), 12.5), "facebook.login", None,
                   ip="36.108.0.1") for i in range(270)]
    return infer(with_evidence(person("Asia/Urumqi", days=540, start=start, per_day=8, shift_hours=shift_hours),
                               logins), now=datetime(2024, 7, 1, tzinfo=UTC))


def test_a_clock_that_fits_better_is_said_and_the_sleep_read_on_the_zone_named():
    """T31B Z1 named Ürümqi time as fitting better; this pass's SEASONS read the clock findings on it, and T32B M1
    showed why not: a Beijing night owl (asleep 02:30–10:00) is the same records as a Xinjiang person (00:30–08:00 on
    Ürümqi's clock) — a lull alone is a chronotype, not a place — and was made "intermediate type". The sleep is
    read on the zone named (Shanghai), the better clock said in the time zone."""
    report = _xinjiang(1)
    tz = report.finding("timezone")
    assert tz.value["zone"] == "Asia/Shanghai" and tz.value["fits_better"][0]["zone"] == "Asia/Urumqi"
    assert "read_on" not in tz.value
    sleep = report.finding("sleep")
    assert (sleep.value["weekday"]["start"], sleep.value["weekday"]["end"]) == ("02:30", "10:00")
    assert "Asia/Shanghai time" in sleep.summary
    assert not any(c.startswith("Times are read on") for f in report.findings for c in f.caveats)
    assert report.clock.utcoffset(datetime(2024, 1, 1)) == timedelta(hours=8)
    assert view.local_zone(json.loads(report_module.to_json(report))).key == "Asia/Shanghai"


def test_a_legal_clock_that_fits_better_is_said_not_read_on():
    """The one that fits better only puts the night nearer the population's: the Newfoundlander above is read on the
    head count's Toronto (St. John's said, ``fits_better``; the merge of SEASONS and FASTING: a Jakarta early riser
    was read on Jayapura's clock)."""
    s = Stream("x.zip")
    logins = [s.ev(datetime(2023, 1, 2 + n % 28, 12, tzinfo=UTC) + timedelta(days=30 * (n // 28)), "twitter.login",
                   None, ip=f"142.162.1.{n % 200 + 1}") for n in range(60)]
    report = infer(with_evidence(person("America/St_Johns", days=300), logins), now=NOW)
    tz = report.finding("timezone")
    assert tz.value["fits_better"][0]["zone"] == "America/St_Johns" and "read_on" not in tz.value
    assert report.clock.key == "America/Toronto"
    assert not any(c.startswith("Times are read on") for c in report.finding("sleep").caveats)


def test_without_a_better_clock_the_named_zone_is_read():
    # a Torontonian (no better clock) on Toronto, no such caveat
    s = Stream("x.zip")
    logins = [s.ev(datetime(2023, 1, 2 + n % 28, 17, tzinfo=UTC) + timedelta(days=30 * (n // 28)), "twitter.login",
                   None, ip="142.162.1.1") for n in range(60)]
    report = infer(with_evidence(person("America/Toronto", days=300), logins), now=NOW)
    assert report.finding("timezone").value["fits_better"] is None
    assert report.clock.key == "America/Toronto" and "read_on" not in report.finding("timezone").value
    assert not any(c.startswith("Times are read on") for c in report.finding("sleep").caveats)
