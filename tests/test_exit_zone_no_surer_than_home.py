"""The time zone beside a home the logins cannot tell from an exit is no surer than that home (EXIT43 3).

A Chicago or New York resident behind an always-on Canadian exit, a US login a month: the home read "You most likely
live in Canada", low (the logins and the clock cannot tell an exit in Canada from days across the border), but the
time zone read "one of the clocks kept in Canada from Edmonton time … to Halifax time", medium, naming Canada's
clocks alone: the same clock either way, so nothing was said, and the zone stood surer than the home it rests on.
Now it is low with the home and says the logins cannot tell the countries apart; the clock it names is unchanged.

Los Angeles or Denver behind an always-on Canadian exit and Toronto or Vancouver behind a US one (HOME44 2): the
zone was already low on the clock alone (a range of the country's clocks), so nothing was said, and the time zone
kept no word of the two countries the logins cannot tell apart; now the same sentence is said wherever the exit's
country and the neighbour share the person's clock, the confidence as before.

People are invented: test_always_on_exit_far's two years (its builder, its country-level addresses).
"""

from __future__ import annotations

import pytest
from test_always_on_exit_far import _report

from dataexam.report import view


@pytest.mark.parametrize(("zone", "first", "last"), [
    ("America/Chicago", "Edmonton time", "Halifax time"), ("America/New_York", "Winnipeg time", "Halifax time")])
def test_a_us_resident_behind_an_always_on_canadian_exit(zone: str, first: str, last: str) -> None:
    report = _report(zone, "CA", "US")
    home, tz = report.finding("home"), report.finding("timezone")
    assert (home.value["country"], str(home.confidence)) == ("CA", "low")
    assert str(tz.confidence) == "low"  # was medium
    said = view.headline(tz.to_dict())
    assert said.startswith(f"You live on one of the clocks kept in Canada from {first}") and last in said
    assert tz.caveats[0] == ("Your logins cannot tell whether you live in Canada or in the United States (one "
                             "of them a "
                             "VPN or proxy exit); your activity keeps the same clock either way.")
    assert "low at most, as the home: CA or US" in tz.confidence_basis


@pytest.mark.parametrize(("zone", "exit_cc", "home_cc", "first", "last"), [
    ("America/Los_Angeles", "CA", "US", "Vancouver time", "Toronto time"),
    ("America/Denver", "CA", "US", "Vancouver time", "Halifax time"),
    ("America/Toronto", "US", "CA", "Chicago time", "New York time"),
    ("America/Vancouver", "US", "CA", "Los Angeles time", "New York time"),
])
def test_the_caveat_is_said_where_the_zone_was_low_already(zone: str, exit_cc: str, home_cc: str, first: str,
                                                            last: str) -> None:
    report = _report(zone, exit_cc, home_cc)
    home, tz = report.finding("home"), report.finding("timezone")
    assert (home.value["country"], str(home.confidence), str(tz.confidence)) == (exit_cc, "low", "low")
    said = view.headline(tz.to_dict())
    assert first in said and last in said
    # running text names a country with its article (TRIP55, wording.in_text): "or in the United States"
    here, there = ("Canada", "the United States") if exit_cc == "CA" else ("the United States", "Canada")
    assert tz.caveats[0] == (f"Your logins cannot tell whether you live in {here} or in {there} (one of them a VPN or "
                             "proxy exit); your activity keeps the same clock either way.")  # was no word of it
    assert f"low at most, as the home: {exit_cc} or {home_cc}" in tz.confidence_basis
