"""A near country's exit every weekend, the nights on home's clock (EXIT43).

A Moscow resident's German exit from Friday evening to Sunday night, a Madrid resident's Turkish one, a Lisbon
resident's Spanish one, every weekend for a year with the activity on home's clock throughout, read "No trips abroad
seen. Your weekends in Germany (52 of 52 weekends with a record) are a second home, not trips": the clocks are 1–2 h
apart, under the 3 h the clock rule needs, and the journey short enough for a weekend (the far weekly rule's 3.5 h).
Now a near country logged in every weekend and on weekends alone, whose weekend nights keep home's clock, is the
exit it is, said so (its weekend nights told from a real stay's by the lie-in each clock leaves:
clock_exits.LIE_IN_USUAL_H); a real weekend home across a border, slept in on its own clock with its own logins, stays a
second home.

People are invented: records built directly as events (test_move_dates._day's days, country-level addresses).
"""

from __future__ import annotations

import random
from datetime import timedelta
from functools import cache

import pytest
from test_clock_exits_weekends import AWAY, FIRST, IPS, NOW, _home_day, _logins, _weekend_away
from test_inference_synth import Stream
from test_move_dates import _day

from dataexam.inference import infer
from dataexam.report import view
from dataexam.wording import in_text

for _cc, _ip in (("ES", "83.32.0.1"), ("PT", "85.240.0.1"), ("RU", "95.24.0.1"), ("FI", "84.248.0.1"),
                 ("SE", "78.64.0.1")):
    IPS.setdefault(_cc, _ip)
for _cc, _zone in (("SE", "Europe/Stockholm"), ("ES", "Europe/Madrid"), ("PT", "Europe/Lisbon")):
    AWAY.setdefault(_cc, _zone)
DAYS = 364  # 52 weeks from Monday 2 Jan 2023
SEED = 43


@cache
def _report(zone: str, home_cc: str, exit_cc: str, real: bool = False):
    """A year at ``zone`` with ``home_cc``'s logins; every weekend ``exit_cc``: behind a VPN exit there from Friday
    evening to Sunday night (the activity on ``zone``'s clock), or with ``real`` there in person (its clock, its
    logins, test_clock_exits_weekends._weekend_away)."""
    rng, s, ev = random.Random(SEED), Stream("x.zip"), []
    for i in range(DAYS):
        d = FIRST + timedelta(days=i)
        wd = d.weekday()
        if wd >= 4 and real:
            ev += _weekend_away(rng, s, (zone, home_cc), exit_cc, d)
        elif wd == 4:
            ev += (_day(rng, s, zone, d) + _logins(s, zone, d, home_cc, (8.8, 14.2))
                   + _logins(s, zone, d, exit_cc, (19.0, 22.5)))
        elif wd >= 5:
            ev += _home_day(rng, s, zone, d, exit_cc)
        else:
            ev += _home_day(rng, s, zone, d, home_cc)
    return infer(sorted(ev, key=lambda e: e.sort_key), now=NOW)


@pytest.mark.parametrize(("zone", "home_cc", "exit_cc", "country", "exit_name"), [
    ("Europe/Moscow", "RU", "DE", "Russia", "Germany"),  # Germany 1–2 h behind
    ("Europe/Madrid", "ES", "TR", "Spain", "Türkiye"),  # Türkiye 1–2 h ahead
    ("Europe/London", "GB", "DE", "the United Kingdom", "Germany"),  # an hour ahead
    ("Europe/Madrid", "ES", "PT", "Spain", "Portugal"),  # next door, an hour behind
    ("Europe/Helsinki", "FI", "SE", "Finland", "Sweden"),  # across the Baltic, an hour behind
])
def test_a_near_exit_every_weekend_on_home_s_nights_is_an_exit(zone: str, home_cc: str, exit_cc: str, country: str,
                                                                exit_name: str) -> None:
    r = _report(zone, home_cc, exit_cc)
    home, trips = r.finding("home"), r.finding("trips")
    assert view.headline(home.to_dict()) == f"You most likely live in {country}."
    assert home.value.get("weekend_home") is None
    (gone,) = home.value["proxy_exits"]
    assert (gone["country"], gone["switches_with"], gone["weeks"]) == (exit_cc, home_cc, [52, 52])
    assert view.headline(trips.to_dict()) == "No trips abroad seen."
    assert "second home" not in trips.summary
    said = (f"{gone['logins']:,} logins from {exit_name} set aside: they come in 52 of 52 weeks, always at the "
            f"weekend, and your nights on their days keep your weekdays' clock, not {exit_name}'s (a VPN or proxy "
            "exit, not a second home or a place you were).")
    assert said in home.caveats and said in trips.caveats
    assert r.finding("timezone").value["zone"] == zone
    # (the countries named since WORD58: "on RU's clock: DE" → "on Russia's clock: Germany")
    assert f"every week (far, or near and at weekends alone), on {country}'s clock: {exit_name}" in \
        home.confidence_basis


@pytest.mark.parametrize(("zone", "home_cc", "away_cc", "away_name"), [
    ("Europe/London", "GB", "FR", "France"), ("Europe/Madrid", "ES", "PT", "Portugal"),
    ("Europe/Lisbon", "PT", "ES", "Spain"), ("Europe/Helsinki", "FI", "SE", "Sweden")])
def test_a_real_weekend_home_across_the_border_on_its_clock_stays_a_second_home(zone: str, home_cc: str,
                                                                               away_cc: str, away_name: str) -> None:
    # every weekend in person: its own logins, the activity on its clock an hour from home's
    r = _report(zone, home_cc, away_cc, real=True)
    home, trips = r.finding("home"), r.finding("trips")
    assert home.value["country"] == home_cc
    assert not home.value.get("proxy_exits")
    assert home.value["weekend_home"]["country"] == away_cc
    assert f"Your weekends in {in_text(away_name)} (52 of 52 weekends with a record) are a second home" in trips.summary


def test_a_vladivostok_resident_s_japanese_exit_every_weekend_keeps_vladivostok_s_clock() -> None:
    # EXIT43 2: the zone read "Tokyo time" (medium) beside "Your weekends in Japan … are a second home"; the weekends
    # set aside, the zone is read on Russia's clocks (Vladivostok's named, the ones the activity cannot tell open)
    r = _report("Asia/Vladivostok", "RU", "JP")
    home, tz, trips = r.finding("home"), r.finding("timezone"), r.finding("trips")
    assert home.value["country"] == "RU" and home.value.get("weekend_home") is None
    assert [(e["country"], e["weeks"]) for e in home.value["proxy_exits"]] == [("JP", [52, 52])]
    assert tz.value["zone"] == "Asia/Vladivostok" and "Tokyo time" not in view.headline(tz.to_dict())
    assert view.headline(trips.to_dict()) == "No trips abroad seen."
    # the weekend nights are compared with the weekdays', not with "Russia's clock": Yakutsk's, among those the zone
    # finding leaves open, is Japan's (UTC+9)
    assert any("your nights on their days keep your weekdays' clock, not Japan's" in c for c in home.caveats)
    assert not any("keep Russia's clock" in c for c in home.caveats + trips.caveats)
