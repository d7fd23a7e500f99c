"""The earlier clock of a move named on the person's own night (MOVE54).

- Chicago → Phoenix (US logins after the move only): the earlier side's own fit took New York's clock by head
  count, its night an hour late there — "before, on New York time"; on the home's night, Chicago's.
- Darwin → London (no logins): the shift between UTC profiles plus London's mean offset put Darwin's UTC+9:30 at
  UTC+9:54 and named "Brisbane time or Darwin time"; each part read on its own local clock, Darwin's alone.
"""
from array import array
from datetime import date, timedelta

import pytest
from test_move_far_dates import NOW
from test_move_untold_days import ADDRESS, COUNTRY, _moved

from dataexam.inference import infer
from dataexam.inference.clock import _local_lull
from dataexam.report import view


@pytest.fixture()
def places(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(COUNTRY, "America/Phoenix", "US")
    monkeypatch.setitem(COUNTRY, "America/Los_Angeles", "US")
    monkeypatch.setitem(COUNTRY, "Australia/Darwin", "AU")
    monkeypatch.setitem(ADDRESS, "AU", "1.128.0.1")


def _said(a: str, b: str, d: date, seed: int, earlier_logins: bool) -> tuple[str, str]:
    f = infer(_moved(a, b, d, seed, earlier_logins), now=NOW, include_sensitive=True).finding("timezone")
    return view.headline(f.to_dict()), str(f.confidence)


def test_chicago_to_phoenix_earlier_clock_is_chicago(places: None) -> None:
    assert _said("America/Chicago", "America/Phoenix", date(2024, 6, 19), 2, False)[0] == (
        "You live on Phoenix time (America/Phoenix, UTC−7) since 19 Jun 2024; before, on Chicago time "
        "(America/Chicago).")


def test_darwin_to_london_earlier_clock_is_darwin_alone(places: None) -> None:
    assert _said("Australia/Darwin", "Europe/London", date(2024, 7, 13), 0, False) == (
        "You live on London time (Europe/London, UTC+0 with summer time) since 13 Jul 2024; before, on Darwin time "
        "(Australia/Darwin).", "high")


def test_local_lull_reads_each_day_on_its_own_offset() -> None:
    # a London sleeper, quiet 00:00–06:00 local every day, 60 winter and 60 summer days: in UTC the summer nights lie
    # an hour earlier; on London's clock, day by day, one night centred at 03:00
    hists = {}
    for k in range(120):
        d = date(2024, 1, 1) + timedelta(days=k if k < 60 else 120 + k)
        shift = 4 if d.month in (5, 6, 7, 8) else 0
        hists[d] = array("B", (0 if (q + shift) % 96 < 24 else 1 for q in range(96)))
    assert _local_lull(hists, sorted(hists), "Europe/London") == pytest.approx(3.0, abs=0.15)
    assert _local_lull(hists, sorted(hists), "UTC") == pytest.approx(2.5, abs=0.15)
