"""Moves exactly 12 h east on a Sunday (MOVE51): Lima / Bogotá → Bangkok / Jakarta (UTC−5 → UTC+7, neither side
keeps summer time) on Sun 17 Mar 2024. With logins from the later country only, the earlier year's clock was read
"Caracas time" (UTC−4: clocks an hour apart fit a sleeper's nights alike, and the head count chose), the move then
11 h east and dated on the earlier clock's days: "since 16 Mar 2024" at high. The earlier clock is now the later one
less the quarters' shift (clock._earlier_by_shift). Read on the later clock's days, the earlier's busy Saturday
(12 records against a median 8, sure of Lima's clock) was taken for two days' records and the move dated to it
(periods.date_clock_change): now said open between the two, the Sunday the likeliest. People are invented
(test_move_untold_days._moved)."""

from __future__ import annotations

from datetime import date

import pytest
from test_move_far_dates import NOW
from test_move_untold_days import ADDRESS, COUNTRY, _moved

from dataexam.inference import infer
from dataexam.report import view

BANGKOK = "You live on Bangkok time (Asia/Bangkok, UTC+7) since 17 Mar 2024; before, on "
JAKARTA = ("You live on one of the clocks kept in Indonesia from Jakarta time (Asia/Jakarta, UTC+7) to Jayapura time "
           "(Asia/Jayapura, UTC+9) since 17 Mar 2024; before, on Bogotá time (America/Bogota): your activity cannot "
           "tell these clocks apart; Jakarta time is named only because more people live on it.")
OPEN = ("The records of a day beside your move fit both clocks: it may have fallen on 16 Mar 2024 or 17 Mar 2024; "
        "17 Mar 2024 is the likeliest.")


@pytest.fixture(autouse=True)
def _countries(monkeypatch: pytest.MonkeyPatch) -> None:
    for zone, cc in (("America/Lima", "PE"), ("America/Bogota", "CO"), ("Asia/Bangkok", "TH"),
                     ("Asia/Jakarta", "ID")):
        monkeypatch.setitem(COUNTRY, zone, cc)
    for cc, ip in (("PE", "190.236.0.1"), ("CO", "181.48.0.1"), ("TH", "1.46.0.1"), ("ID", "36.68.0.1")):
        monkeypatch.setitem(ADDRESS, cc, ip)


@pytest.mark.parametrize(("a", "b", "earlier_logins", "said"), [
    # was "... since 16 Mar 2024; before, on Caracas time (America/Caracas)." (high)
    ("America/Lima", "Asia/Bangkok", False, BANGKOK + "Bogotá time (America/Bogota)."),
    # was "since 16 Mar 2024" (medium, "16 Mar 2024 is the likeliest")
    ("America/Lima", "Asia/Bangkok", True, BANGKOK + "Lima time (America/Lima)."),
    # was "since 16 Mar 2024; before, on Caracas time (America/Caracas)" (medium, no day said open)
    ("America/Bogota", "Asia/Jakarta", False, JAKARTA),
    # was "since 16 Mar 2024" (medium, "16 Mar 2024 is the likeliest")
    ("America/Bogota", "Asia/Jakarta", True, JAKARTA)])
def test_a_12h_move_east_on_a_sunday_is_dated_to_it(a: str, b: str, earlier_logins: bool, said: str) -> None:
    f = infer(_moved(a, b, date(2024, 3, 17), 0, earlier_logins), now=NOW, include_sensitive=True).finding("timezone")
    assert view.headline(f.to_dict()) == said
    assert f.confidence == "medium"
    assert OPEN in f.caveats, f.caveats


def test_an_earlier_clock_no_record_places_is_the_later_one_less_the_shift() -> None:
    # Lima → Bangkok on Fri 15 Mar 2024 (seed 4, logins from Thailand only): was "before, on Caracas time" (high)
    f = infer(_moved("America/Lima", "Asia/Bangkok", date(2024, 3, 15), 4, False), now=NOW,
              include_sensitive=True).finding("timezone")
    assert view.headline(f.to_dict()) == ("You live on Bangkok time (Asia/Bangkok, UTC+7) since 15 Mar 2024; before, "
                                          "on Bogotá time (America/Bogota).")
    assert f.confidence == "high"
