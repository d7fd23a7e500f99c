"""Homes and clocks behind a VPN exit the logins cannot tell from home (T40B, pass 41).

H2: a Toronto resident whose US exit logs at 09:30/10:00 and 23:00/23:30 every day, Canadian logins at 08:00, 18:00 and
22:30, was "You most likely live in United States", high, with no word of an exit: neither country is alone at both
ends of the day (the both-ends doubt, T37 VPND), the two take turns. L4: the both-ends home's summary said "100 % of
the nights with a login", where the nights are placed by the logins at the ends of the days, the exit's.

People are invented: tweets from test_inference_synth.person, logins from country-level addresses
(test_border_nights' builder).
"""

from __future__ import annotations

from datetime import date

import pytest
from test_border_nights import NOW, _logins, _report

from dataexam.inference import infer
from dataexam.report import view


def _in_turn(late: bool):
    """The US exit at 09:30–10:00 and 23:00–23:30 (and 00:30 with ``late``), Canada's logins at 08:00, 18:00, 22:30."""
    def plan(d: date) -> list[tuple[float, str]]:
        out = [(8.0, "CA"), (9.5, "US"), (10.0, "US"), (18.0, "CA"), (22.5, "CA"), (23.0, "US"), (23.5, "US")]
        return [(0.5, "US"), *out] if late else out
    return plan


@pytest.mark.parametrize("late", [False, True])
def test_an_exit_in_turn_with_home_through_every_day_leaves_the_home_low_and_says_both(late: bool) -> None:
    report = infer(_logins("America/Toronto", _in_turn(late)), now=NOW)
    home, trips = report.finding("home"), report.finding("trips")
    assert view.headline(home.to_dict()) == "You most likely live in the United States."
    assert str(home.confidence) == "low"
    assert any(c.startswith("On 730 of your 730 days with logins, weekends too, your logins switch from the "
                            "United States to Canada and back within the day: a VPN or proxy exit in Canada for "
                            "part of your days at home in the United States, or one in the United States for part "
                            "of your days in Canada") for c in home.caveats), home.caveats
    # the trips are days away from that unclear home: no surer than it
    assert str(trips.confidence) == "low"
    assert any(c.startswith("Trips are read with the United States as your home, which your logins cannot tell from "
                            "Canada") for c in trips.caveats)


def test_the_both_ends_home_says_its_nights_are_placed_by_the_ends_of_the_days() -> None:
    home = _report("toronto_edges_daily").finding("home")
    assert home.summary == ("You most likely live in the United States (100% of the nights, as placed by the logins at "
                            "the ends of your days).")


@pytest.mark.parametrize(("zone", "exit_cc", "home_cc", "wrong"), [
    ("America/Chicago", "MX", "US", "New York"),
    ("America/Los_Angeles", "MX", "US", "Denver"),
    ("America/Vancouver", "US", "CA", "Edmonton"),
])
def test_the_other_reading_s_clock_is_never_an_hour_off(zone: str, exit_cc: str, home_cc: str, wrong: str) -> None:
    # M3: behind an always-on exit next door, the other reading named one clock of the home's country, the one its
    # lull fits best, an hour east of the sleeper's own ("…Or New York time if you live in United States" for a
    # Chicago sleeper); the clocks the time zone's reading leaves open are the other reading's too, so Chicago's
    # (Matamoros') and Vancouver's (Los Angeles') are among them and nothing more is said
    from test_always_on_exit_far import _report as always_on

    tz = always_on(zone, exit_cc, home_cc).finding("timezone")
    assert wrong not in view.headline(tz.to_dict())
    assert not any(wrong in c for c in tz.caveats)
    assert tz.value.get("untold_zones") is None


def test_rival_homes_the_clock_cannot_tell_leave_the_home_low_and_say_both() -> None:
    # H1: a Brisbane resident (no summer time to tell) with a US exit every morning and a 10-day Los Angeles holiday:
    # the US has more login days, Brisbane's 03:00 lull is Honolulu's 07:00, under a nat apart, and a clock of each
    # country fits the activity: "Honolulu time", "You most likely live in United States", high, "1 trip abroad:
    # Australia", high. Either country may be the exit: the home low, both clocks said, the trips no surer
    from test_even_rival_homes import _report as rival

    report = rival("Australia/Brisbane", "AU", "America/Los_Angeles")
    home, tz, trips = report.finding("home"), report.finding("timezone"), report.finding("trips")
    assert str(home.confidence) == "low"
    assert home.value["country"] in ("US", "AU")
    if home.value["country"] == "US":
        (gone,) = home.value["proxy_exits"]
        assert (gone["country"], gone.get("clock_cannot_tell")) == ("AU", True)
        assert any("so one of the two is a VPN or proxy exit; your activity keeps a clock of both countries and "
                   "cannot tell which: if you live in Australia, the logins from the United States are the exit." in c
                   for c in home.caveats)
        assert "Brisbane time (Australia/Brisbane, UTC+10) if you live in Australia" in view.headline(tz.to_dict())
        assert str(tz.confidence) == "low"
        assert str(trips.confidence) == "low"
        assert any(c.startswith("Trips are read with the United States as your home, which your logins cannot tell "
                                "from Australia") for c in trips.caveats)
