"""Moves 1.5–3.5 h apart across half-hour zones (MOVE56, tester T54B 9). People are invented:
test_inference_synth.person on each clock, a login a day 09:00–21:00 from an address of each clock's country.

- Kolkata (UTC+5:30) → Singapore (UTC+8) on Sat 13 Jul 2024 was no move, "Singapore time" at high: the regimes cut
  the move, but its sides' quiet hours measured 2.4 h apart on the season's days, under the 2.5 h of a move, and
  periods._fit_periods read both on the home's clock though their logins name India and Singapore.
- Dubai (UTC+4) → Kolkata on Wed 10 Jul 2024 was "since 8 Jul": two clocks 1.5 h apart share most of their night
  and the activity put the switch two days before the last login from the United Arab Emirates
  (periods._switch_between_logins).
- St John's → London on Sun 27 Oct 2024 (London's clock went back that day, St John's a week later) was "before, on
  Halifax time": the later quarter held five weeks still on St John's clock (clock._earlier_by_shift)."""

from __future__ import annotations

from datetime import date

import pytest
from test_move_far_dates import NOW
from test_move_untold_days import COUNTRY, _moved

from dataexam.inference import infer
from dataexam.report import view

COUNTRY.update({"America/St_Johns": "CA", "Asia/Singapore": "SG"})


LONDON = "London time (Europe/London, UTC+0 with summer time)"
ST_JOHNS = "St. John's time (America/St_Johns)"


@pytest.mark.parametrize(("a", "b", "moved", "seed", "later", "earlier", "level"), [
    # was "You live on Singapore time (Asia/Singapore, UTC+8)." at high, no move
    ("Asia/Kolkata", "Asia/Singapore", date(2024, 7, 13), 0, "Singapore time (Asia/Singapore, UTC+8)",
     "Kolkata time (Asia/Kolkata)", "medium"),
    # was "since 8 Jul 2024" (medium)
    ("Asia/Dubai", "Asia/Kolkata", date(2024, 7, 10), 0, "Kolkata time (Asia/Kolkata, UTC+5:30)",
     "Dubai time (Asia/Dubai)", "medium"),
    # was "before, on Halifax time (America/Halifax)" (medium)
    ("America/St_Johns", "Europe/London", date(2024, 10, 27), 0, LONDON, ST_JOHNS, "medium"),
    # the week St John's keeps UTC−2:30 and London UTC+0 (2.5 h, read as 2 h: clock._move_cut): was "since 28 Oct
    # 2024" (medium) once St John's was named, "Halifax time" with the right day before
    ("America/St_Johns", "Europe/London", date(2024, 10, 27), 1, LONDON, ST_JOHNS, "medium"),
    # was "since 30 Oct 2024" (medium) once St John's was named, "before, on Halifax time" at high before
    ("America/St_Johns", "Europe/London", date(2024, 11, 1), 0, LONDON, ST_JOHNS, "high"),
])
def test_a_move_across_a_half_hour_zone_names_both_clocks_and_its_day(a: str, b: str, moved: date, seed: int,
                                                                      later: str, earlier: str, level: str) -> None:
    f = infer(_moved(a, b, moved, seed), now=NOW, include_sensitive=True).finding("timezone")
    said = view.headline(f.to_dict())
    assert said == f"You live on {later} since {moved.day} {moved:%b %Y}; before, on {earlier}.", said
    assert f.confidence == level, said
    assert f.value["earlier_zone"]["zone"] == a
    assert f.value["zone"] == b


def test_a_move_across_a_half_hour_zone_no_login_names_is_a_shift_at_medium() -> None:
    # no login before the move: a move 2.5 h east or a new rhythm 2.4 h earlier in UTC, which the records cannot
    # tell apart — was "Singapore time" at high with no word of the shift; now medium with both readings
    f = infer(_moved("Asia/Kolkata", "Asia/Singapore", date(2024, 7, 13), earlier_logins=False), now=NOW,
              include_sensitive=True).finding("timezone")
    assert view.headline(f.to_dict()) == "You live on Singapore time (Asia/Singapore, UTC+8)."
    assert f.confidence == "medium"
    assert any("a move, a long stay elsewhere or a new rhythm" in c for c in f.caveats), f.caveats
