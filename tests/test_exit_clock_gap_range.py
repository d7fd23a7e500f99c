"""A clock exit's gap said over the home's clocks the activity cannot tell apart (EXIT43 4).

A Los Angeles resident's German exit every weekend, the activity on Los Angeles's clock, read "520 logins from
Germany set aside: your activity on their days keeps United States's clock, 6 h from theirs": the gap was read from
New York's clock (the head count's, where the time zone finding leaves Los Angeles to New York open), 9 h from
Berlin's at home's own. Now the gap is said over the clocks of home's country the time zone finding names or leaves
open: "6–9 h" (and "United States' clock", the plural name's possessive); a Chicago resident's "6–8 h"
(Denver's to New York's open); a Berlin resident's US exit keeps "6 h".

An Anchorage resident's Singapore exit (HOME44 3): the time zone read "one of the clocks kept in United States from
Los Angeles time … to Chicago time", Anchorage's clock left out though the activity fits it as well as Los Angeles'
(only 0.2 % of the country's people live on it) and Chicago's, 0.8 nat worse, was open; the gap left out Anchorage's
16 h ("13–15 h"). Now a clock of few people the activity fits as well as the country's best is open too: "from
Anchorage time … to Chicago time", "13–16 h"; a Los Angeles resident's clocks are unchanged.

People are invented: records built directly as events (test_move_dates._day's days, country-level addresses).
"""

from __future__ import annotations

import random
from datetime import timedelta
from functools import cache

import pytest
from test_clock_exits_weekends import FIRST, IPS, NOW, _home_day, _logins
from test_inference_synth import Stream
from test_move_dates import _day

from dataexam.inference import infer
from dataexam.report import view

DAYS = 364
IPS.setdefault("SG", "175.156.0.1")  # test_always_on_exit_far's Singaporean address


@cache
def _report(zone: str, home_cc: str, exit_cc: str):
    """A year at ``zone``, ``home_cc``'s logins on weekdays, ``exit_cc``'s from Friday evening to Sunday night, the
    activity on ``zone``'s clock throughout."""
    rng, s, ev = random.Random(4), Stream("x.zip"), []
    for i in range(DAYS):
        d = FIRST + timedelta(days=i)
        if d.weekday() == 4:
            ev += (_day(rng, s, zone, d) + _logins(s, zone, d, home_cc, (8.8, 14.2))
                   + _logins(s, zone, d, exit_cc, (19.0, 22.5)))
        else:
            ev += _home_day(rng, s, zone, d, exit_cc if d.weekday() >= 5 else home_cc)
    return infer(sorted(ev, key=lambda e: e.sort_key), now=NOW)


@pytest.mark.parametrize(("zone", "home_cc", "exit_cc", "gap", "home_name", "exit_name"), [
    # running text names a country with its article (TRIP55, wording.in_text): "keeps the United States' clock"
    ("America/Los_Angeles", "US", "DE", "6–9 h", "the United States'", "Germany"),  # a plural name's possessive
    ("America/Chicago", "US", "DE", "6–8 h", "the United States'", "Germany"),
    ("Europe/Berlin", "DE", "US", "6 h", "Germany's", "the United States"),  # one clock: unchanged
    ("America/Anchorage", "US", "SG", "13–16 h", "the United States'", "Singapore"),  # was "13–15 h": Anchorage's out
])
def test_the_gap_is_said_over_the_home_s_open_clocks(zone: str, home_cc: str, exit_cc: str, gap: str,
                                                     home_name: str, exit_name: str) -> None:
    r = _report(zone, home_cc, exit_cc)
    home, tz, trips = r.finding("home"), r.finding("timezone"), r.finding("trips")
    (gone,) = home.value["proxy_exits"]
    assert (gone["country"], gone["keeps_home_clock"]) == (exit_cc, True)
    said = (f"{gone['logins']:,} logins from {exit_name} set aside: your activity on their days keeps {home_name} "
            f"clock, {gap} from theirs (a VPN or proxy exit, not a place you were).")
    assert said in home.caveats and said in tz.caveats and said in trips.caveats


@pytest.mark.parametrize(("name", "said"), [
    ("United States", "United States'"), ("Netherlands", "Netherlands'"), ("Philippines", "Philippines'"),
    ("Solomon Islands", "Solomon Islands'"), ("United Arab Emirates", "United Arab Emirates'"),
    ("Germany", "Germany's"), ("Belarus", "Belarus's"), ("Cyprus", "Cyprus's"), ("Honduras", "Honduras's"),
    ("Laos", "Laos's"), ("Mauritius", "Mauritius's")])
def test_a_country_s_possessive(name: str, said: str) -> None:
    from dataexam.wording import possessive

    assert possessive(name) == said


@pytest.mark.parametrize(("zone", "first", "last", "named"), [
    ("America/Anchorage", "Anchorage time (America/Anchorage, UTC−9)", "Chicago time", "Los Angeles time"),
    ("America/Los_Angeles", "Los Angeles time (America/Los_Angeles, UTC−8)", "New York time", "Chicago time"),
])
def test_a_clock_of_few_people_the_activity_fits_as_well_is_left_open(zone: str, first: str, last: str,
                                                                       named: str) -> None:
    tz = _report(zone, "US", "SG").finding("timezone")
    said = view.headline(tz.to_dict())
    assert said.startswith(f"You live on one of the clocks kept in the United States from {first} to {last}")
    assert f"{named} is named only because more people live on it." in said
    opened = [z["zone"] for z in tz.value["open_zones"]]
    assert ("America/Anchorage" in opened) == (zone == "America/Anchorage")
    assert str(tz.confidence) == "low"
