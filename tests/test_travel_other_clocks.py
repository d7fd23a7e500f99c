"""A country's other clocks (T31B Z1): where the activity fits a clock of the IP country's fewer people better than
the one chosen by head count, the time-zone sentence names it — Xinjiang time (Asia/Urumqi, UTC+6) under "Shanghai
time", not only in a caveat the text report does not show.

People are invented: records built directly as events.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from test_inference_synth import Stream, person
from test_timezone_model import with_evidence

from dataexam.inference import Confidence, infer
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
    assert _h_timezone(tz.value) == ("You live on Toronto time (America/Toronto, UTC−5 with summer time), where most "
                                     "of the country lives; your activity fits St. John's time (America/St_Johns, "
                                     "UTC−3:30), its other clock, better.")


def test_no_better_clock_no_words():
    assert _h_timezone({"zone": "Asia/Shanghai", "utc_offset_hours": 8.0, "observes_dst": False,
                        "fits_better": None}) == "You live on Shanghai time (Asia/Shanghai, UTC+8)."
