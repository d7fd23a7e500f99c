"""The clock behind an always-on VPN exit where no record names the home's country, and the basis's word on a place
whose clock the activity cannot tell from the answer's (TZX51).

1. A Buenos Aires or São Paulo sleeper behind an always-on US exit, no Argentine or Brazilian login: "Caracas time
   (America/Caracas, UTC−4)", low. The activity's lull fits UTC−3 0.4 nats better (03:45 there, 02:45 on UTC−4), but
   among clocks no record places the person on the prior's only say is "anywhere"'s, which counts countries, and
   UTC−4 is the clock of twenty Caribbean ones. Now "São Paulo time (America/Sao_Paulo, UTC−3)", low: an hour away at
   most, towards a clock the activity fits by :data:`~dataexam.inference.clock.PLAIN_FIT_MARGIN` or more and more
   people keep. A Caracas, Lima, Mexico City or La Paz sleeper behind a German exit and a Kolkata, Karachi, Dhaka,
   Kathmandu or Tehran one behind a US exit keep their own clocks (TZX50's people count, weighed against the
   activity across 1–3 h, took them to São Paulo, Manila or Kolkata); Caracas behind a German exit and Kolkata
   behind a US one are tested here.
2. A Perth resident behind an always-on Canadian exit (an Australian login a month), orders to Tokyo: the caveat said
   "the activity cannot tell Asia/Tokyo from Australia/Perth …", the basis "activity and place disagree"; now the
   basis says what the caveat says. Where no clock of the place's country fits, the basis still says they disagree.

People are invented: test_exit_orders_turned_basis's two years (every day's logins through the exit, one from home on
the first of each month where a home country is given, an order every five days).
"""

from __future__ import annotations

import pytest
from test_exit_orders_turned_basis import _report
from test_untold_exit_orders_home import IPS, NAMES

from dataexam.inference.clock import DISAGREE_LOWERED, UNTOLD_NOT_LOWERED
from dataexam.report import view

IPS.setdefault("US", "73.10.0.5")
IPS.setdefault("DE", "91.0.0.1")
IPS.setdefault("CA", "24.48.0.1")
IPS.setdefault("AU", "1.120.0.1")
NAMES.update({"JP": "Japan", "CA": "Canada", "AU": "Australia", "US": "United States"})


def _shown(report, fid: str = "timezone") -> dict:
    return next(f for f in report.to_dict()["findings"] if f["id"] == fid)


@pytest.mark.parametrize("zone", ["America/Argentina/Buenos_Aires", "America/Sao_Paulo"])
def test_a_utc_minus_3_sleeper_behind_a_us_exit_is_on_utc_minus_3(zone: str) -> None:
    shown = _shown(_report(zone, "US", None, ()))
    # was "You live on Caracas time (America/Caracas, UTC−4)."
    assert view.headline(shown) == "You live on São Paulo time (America/Sao_Paulo, UTC−3)."
    assert (shown["value"]["zone"], shown["value"]["utc_offset_hours"], shown["confidence"]) == \
        ("America/Sao_Paulo", -3.0, "low")
    assert ("; America/Sao_Paulo over America/Caracas: no record places you in a country of either clock, and the "
            "activity fits America/Sao_Paulo 0.4 nats better, where more people live (not where more countries keep "
            "the clock)") in shown["confidence_basis"]


@pytest.mark.parametrize(("zone", "exit_cc", "headline"), [
    ("America/Caracas", "DE", "You live on Caracas time (America/Caracas, UTC−4)."),
    ("Asia/Kolkata", "US", "You live on Kolkata time (Asia/Kolkata, UTC+5:30)."),
])
def test_a_sleeper_on_the_clock_the_activity_fits_keeps_it(zone: str, exit_cc: str, headline: str) -> None:
    # the own clock fits within the margin of the one an hour east (the lull 03:45 there, 04:45 an hour east):
    # no reason to leave it for more people
    shown = _shown(_report(zone, exit_cc, None, ()))
    assert view.headline(shown) == headline
    assert "where more people live (not where more countries" not in shown["confidence_basis"]


TOKYO = ((145, "Tokyo", None, "JP"),)


def test_the_basis_says_the_place_s_clock_cannot_be_told_where_the_caveat_does() -> None:
    shown = _shown(_report("Australia/Perth", "CA", "AU", TOKYO))
    assert shown["value"]["zone"] == "Asia/Tokyo" and shown["confidence"] == "low"
    assert any("and the activity cannot tell Asia/Tokyo from" in c for c in shown["caveats"])
    # was "…; activity and place disagree (already low: not lowered)"
    assert UNTOLD_NOT_LOWERED in shown["confidence_basis"]
    assert UNTOLD_NOT_LOWERED == ("; the place evidence points to another country, whose clock the activity cannot "
                                  "tell from this one (already low: not lowered)")
    assert "activity and place disagree" not in shown["confidence_basis"]


def test_the_basis_still_says_they_disagree_where_no_clock_of_the_place_fits() -> None:
    shown = _shown(_report("Australia/Perth", "CA", None, TOKYO))
    assert any("but the activity clock fits Asia/Tokyo better" in c for c in shown["caveats"])
    assert shown["confidence_basis"].endswith(DISAGREE_LOWERED)  # medium → low, said as before
    assert "cannot tell from this one" not in shown["confidence_basis"]
