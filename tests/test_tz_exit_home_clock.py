"""The home's clock behind an always-on VPN exit, where the place prior chose it (TZX50).

1. A Buenos Aires or São Paulo sleeper behind an always-on US (German, British) exit, no Argentine or Brazilian login:
   "Caracas time (America/Caracas, UTC−4)", low — the activity's UTC−3 fitted best, but among clocks no record
   places the person on the prior's only say was "anywhere"'s, every country alike, and UTC−4 is the clock of twenty
   Caribbean countries. Now the clock the activity fits as well or better where more people live:
   "São Paulo time (America/Sao_Paulo, UTC−3)", low, with a caveat naming the countries that keep it.
2. An Auckland resident behind an always-on Australian exit (a New Zealand login a month), orders shipped to
   London or none: "Adelaide or Sydney time", the activity 3.2 nats nearer Auckland's clock and the caveat saying
   so. Between the logins' two readings of the home only the days each country's logins hold weighed, and an
   always-on exit holds them all; now the reading the activity fits by the rival margin or more: "Auckland time",
   low, in either season. A Tokyo resident behind the same exit, whose activity fits a clock of each, is unchanged.

People are invented: test_exit_orders_turned_basis's two years (every day's logins through the exit, one from home on
the first of each month, an order every five days), or half a year of the same from January or July.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from functools import cache

import pytest
from test_exit_orders_turned_basis import _report
from test_inference_synth import Stream
from test_untold_exit_orders_home import IPS, NAMES, NOW, _day, _logins

from dataexam.inference import infer
from dataexam.report import view

IPS.update({"US": "73.10.0.5", "DE": "91.0.0.1", "GB": "81.2.69.1", "AU": "1.120.0.1", "NZ": "121.72.0.1",
            "JP": "133.242.0.1", "AR": "181.0.0.1", "BR": "177.0.0.1"})
NAMES.update({"GB": "United Kingdom", "ES": "Spain", "PT": "Portugal", "AU": "Australia", "NZ": "New Zealand"})


def _shown(report, fid: str = "timezone") -> dict:
    return next(f for f in report.to_dict()["findings"] if f["id"] == fid)


# -- 1. no record of the home's country: the clock the activity fits where more people live -------------------------
SAO_PAULO = "You live on São Paulo time (America/Sao_Paulo, UTC−3)."
KEPT = ("No record places you in a country on this clock (UTC-3 without summer time): it is kept in Brazil "
        "(America/Sao_Paulo), Argentina (America/Argentina/Buenos_Aires), Uruguay (America/Montevideo)")


@pytest.mark.parametrize(("zone", "exit_cc", "orders"), [
    ("America/Argentina/Buenos_Aires", "US", ()),
    ("America/Sao_Paulo", "US", ()),
    ("America/Argentina/Buenos_Aires", "DE", ()),
    ("America/Sao_Paulo", "GB", ()),
    ("America/Argentina/Buenos_Aires", "US", ((145, "Madrid", None, "ES"),)),
    ("America/Sao_Paulo", "US", ((145, "Lisbon", None, "PT"),)),
])
def test_a_clock_no_record_places_is_the_activity_s_where_more_people_live(zone: str, exit_cc: str,
                                                                             orders: tuple) -> None:
    shown = _shown(_report(zone, exit_cc, None, orders))
    assert view.headline(shown) == SAO_PAULO  # was "You live on Caracas time (America/Caracas, UTC−4)."
    assert (shown["value"]["zone"], shown["confidence"]) == ("America/Sao_Paulo", "low")
    assert shown["caveats"][0].startswith(KEPT)
    assert shown["caveats"][0].endswith("others; America/Sao_Paulo is named because more people live on it.")
    assert "America/Sao_Paulo over America/Caracas: no record places you in a country of either clock" \
        in shown["confidence_basis"]
    assert not any("Within BR" in c for c in shown["caveats"])  # Brazil is no country a record names


def test_a_home_login_still_names_the_home_s_own_clock() -> None:
    """An Argentine login a month: the pair of readings (US or Argentina) names Buenos Aires, as before."""
    shown = _shown(_report("America/Argentina/Buenos_Aires", "US", "AR", ()))
    assert view.headline(shown) == "You live on Buenos Aires time (America/Argentina/Buenos_Aires, UTC−3)."
    assert not any(c.startswith("No record places you") for c in shown["caveats"])


# -- 2. the logins' two readings of the home: the one the activity fits ----------------------------------------------
@cache
def _season(zone: str, exit_cc: str, home_cc: str, first: date, orders: tuple, days: int = 183):
    """Half a year from ``first`` at ``zone``: every day's logins through ``exit_cc``, one from ``home_cc`` on the
    first of each month (and on the first day), an order every five days to each of ``orders`` in turn."""
    rng, s, ev = random.Random(7), Stream("x.zip"), []
    for i in range(days):
        d = first + timedelta(days=i)
        ev += _day(rng, s, zone, d) + _logins(s, zone, d, exit_cc, (8.8, 14.2, 23.0))
        if d.day == 1 or i == 0:
            ev += _logins(s, zone, d, home_cc, (12.0,))
    for k in range(0, days - 5, 5):
        for _n, city, region, cc in orders:
            t = first + timedelta(days=k + 2)
            ev.append(s.ev(_logins(s, zone, t, exit_cc, (19.0,))[0].time, "amazon.order_item", "Board game",
                           order_id=f"o{k}{cc}", shipping_city=city, shipping_region=region,
                           shipping_country=NAMES[cc], shipping_country_code=cc))
    return infer(sorted(ev, key=lambda e: e.sort_key), now=NOW)


AUCKLAND = "You live on Auckland time (Pacific/Auckland, UTC+12 with summer time)."
EITHER = ("Your logins cannot tell whether you live in New Zealand or in Australia (one of them a VPN or proxy exit); "
          "your activity keeps a clock of New Zealand, none of Australia's.")
LONDON = ((145, "London", None, "GB"),)


@pytest.mark.parametrize("orders", [LONDON, ()])
def test_an_auckland_home_behind_an_australian_exit_is_on_auckland_s_clock(orders: tuple) -> None:
    shown = _shown(_report("Pacific/Auckland", "AU", "NZ", orders))
    assert view.headline(shown) == AUCKLAND  # was "You live on Adelaide time … or Sydney time …"
    assert (shown["value"]["zone"], shown["confidence"]) == ("Pacific/Auckland", "low")
    assert EITHER in shown["caveats"]
    assert not any("same clock either way" in c for c in shown["caveats"])
    assert "Pacific/Auckland over Australia/Sydney: your logins cannot tell whether you live in NZ or AU" \
        in shown["confidence_basis"]


@pytest.mark.parametrize("first", [date(2023, 1, 2), date(2023, 7, 3)])  # NZ summer time, then standard time
def test_the_auckland_reading_holds_in_either_season(first: date) -> None:
    shown = _shown(_season("Pacific/Auckland", "AU", "NZ", first, (("x", "London", None, "GB"),)))
    assert view.headline(shown) == AUCKLAND
    assert shown["confidence"] == "low"


def test_a_tokyo_home_whose_activity_fits_a_clock_of_each_is_unchanged() -> None:
    shown = _shown(_report("Asia/Tokyo", "AU", "JP", LONDON))
    assert shown["value"]["zone"] == "Australia/Brisbane" and shown["confidence"] == "low"
    assert "Or Tokyo time (Asia/Tokyo, UTC+9) if you live in Japan" in view.headline(shown)
