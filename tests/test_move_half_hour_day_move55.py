"""A far move a few hours east dated on the clock halfway between its two (MOVE55). clock._move_cut read the records
by the earlier clock's days, its midnight at the middle of the earlier part's quiet hours over a year: St John's
(UTC−2:30 in summer, UTC−3:30 in winter) → London on Wednesday 10 Jul 2024 put that midnight at 07:00 UTC, St John's
winter night, and London's first morning record (07:45, 06:45 UTC) fell on St John's Tuesday: "since 9 Jul 2024" at
high, a day early. Moving east the night between the earlier's last evening and the later's first morning is shorter
by the hours moved; the days are now named on the clock halfway between, each side keeping half that night. People
are invented: test_inference_synth.person on each clock, a login a day 09:00–21:00 from an address of the later
clock's country."""

from __future__ import annotations

from datetime import date

import pytest
from test_move_far_dates import NOW
from test_move_untold_days import COUNTRY, _moved

from dataexam.inference import infer
from dataexam.report import view

COUNTRY.update({"America/St_Johns": "CA", "America/Halifax": "CA"})


@pytest.mark.parametrize(("a", "b", "moved", "seed", "logins", "earlier", "level"), [
    # was "since 9 Jul 2024" (high): London's first 07:45 on St John's Tuesday; St John's Tuesday evening fits both
    # clocks a little, the day said open (9 or 10 Jul, 10 Jul the likeliest)
    ("America/St_Johns", "Europe/London", date(2024, 7, 10), 0, False, "St. John's time (America/St_Johns)",
     "medium"),
    # with Canadian logins before the move: was "since 9 Jul 2024" (medium)
    ("America/St_Johns", "Europe/London", date(2024, 7, 10), 0, True, "St. John's time (America/St_Johns)",
     "medium"),
    # Halifax (UTC−3) → London on Sunday 14 Jul 2024: was "since 15 Jul 2024" (medium)
    ("America/Halifax", "Europe/London", date(2024, 7, 14), 2, False, "Halifax time (America/Halifax)", "high"),
])
def test_a_move_a_few_hours_east_is_never_dated_a_day_early(a: str, b: str, moved: date, seed: int, logins: bool,
                                                            earlier: str, level: str) -> None:
    f = infer(_moved(a, b, moved, seed, logins), now=NOW, include_sensitive=True).finding("timezone")
    said = view.headline(f.to_dict())
    assert said.endswith(f"since {moved.day} {moved:%b %Y}; before, on {earlier}."), said
    assert f.confidence == level, said
    if level == "medium":
        assert "The records of a day beside your move fit both clocks: it may have fallen on " \
               f"{moved.day - 1} {moved:%b %Y} or {moved.day} {moved:%b %Y}; {moved.day} {moved:%b %Y} is the " \
               "likeliest." in f.caveats, f.caveats
