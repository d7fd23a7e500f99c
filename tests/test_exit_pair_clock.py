"""The clock of a person the logins cannot tell from an always-on exit, where the place evidence fits none of the
clocks the activity keeps (TZX47, T46's finding 1).

A São Paulo sleeper behind an always-on US exit, a Brazilian login a month, every order shipped to Lisbon: the US
logins and the Portuguese orders fit no clock the activity keeps, the world's head count named Caracas (UTC−4), and
exit_caveats renamed it "Manaus time (America/Manaus, UTC−4)" — an hour off São Paulo's UTC−3 (no summer time since
2019), at every seed, the sleep finding's hours read on it. The clock is now chosen among the exit pair's countries'
(Brazil's, the logins' other reading) where the activity cannot tell them from the head count's, by where more people
live, the others of that country an hour away said beside it: "São Paulo time (UTC−3) or Fernando de Noronha time
(UTC−2)" for the São Paulo sleeper (the lull fits the clock an hour east about as well), "Manaus time (UTC−4) or São
Paulo time (UTC−3)" for a Manaus one, "Buenos Aires time (UTC−3)" for a Buenos Aires one behind a US exit with orders
to Madrid (was "Caracas time", Venezuela's). Nothing changes for a person without an exit (the same people with
their own country's logins) or whose zone is already one of the exit pair's.

People are invented: test_exit_orders_turned_basis's two years.
"""

from __future__ import annotations

import pytest
from test_exit_orders_turned_basis import IPS, _report

from dataexam.report import view

IPS.setdefault("AR", "181.0.0.1")


@pytest.mark.parametrize("seed", [1, 7])
@pytest.mark.parametrize(("zone", "home_cc", "orders", "said", "named", "sleep"), [
    ("America/Sao_Paulo", "BR", ((145, "Lisbon", None, "PT"),),
     "São Paulo time (America/Sao_Paulo, UTC−3) or Fernando de Noronha time (America/Noronha, UTC−2)",
     "America/Sao_Paulo", "23:30–07:00 on weekdays"),
    ("America/Manaus", "BR", ((145, "Lisbon", None, "PT"),),
     "Manaus time (America/Manaus, UTC−4) or São Paulo time (America/Sao_Paulo, UTC−3)", "America/Sao_Paulo",
     "23:30–07:00 on weekdays"),
    ("America/Argentina/Buenos_Aires", "AR", ((145, "Madrid", None, "ES"),),
     "Buenos Aires time (America/Argentina/Buenos_Aires, UTC−3)", "America/Argentina/Buenos_Aires",
     "23:30–07:00 on weekdays"),
])
def test_the_clock_is_read_among_the_exit_pairs(zone: str, home_cc: str, orders: tuple, said: str, named: str,
                                               sleep: str, seed: int) -> None:
    d = {f["id"]: f for f in _report(zone, "US", home_cc, orders, seed).to_dict()["findings"]}
    tz = d["timezone"]
    # was "You live on Manaus time (America/Manaus, UTC−4)." (São Paulo, Manaus) or "Caracas time" (Buenos Aires)
    assert view.headline(tz).startswith(f"You live on {said}")
    assert tz["value"]["zone"] == named and tz["value"]["place_country"] == home_cc and tz["confidence"] == "low"
    assert "Caracas" not in view.headline(tz) and "Caracas" not in tz["summary"]
    assert f"{named} over America/Caracas (a clock of Venezuela, where no reading of the logins places you)" in \
        tz["confidence_basis"]
    assert sleep in view.headline(d["sleep"])  # on the named clock, as the time zone says it


@pytest.mark.parametrize(("zone", "exit_cc", "home_cc", "orders", "said"), [
    # no exit: the person's own country's logins every day (unchanged: the head count among Brazil's clocks)
    ("America/Sao_Paulo", "BR", "BR", ((145, "Lisbon", None, "PT"),),
     "You live on Manaus time (America/Manaus, UTC−4) or São Paulo time (America/Sao_Paulo, UTC−3)"),
    # the zone already the exit pair's (Australia's): unchanged
    ("Asia/Tokyo", "AU", "JP", ((145, "New York", "NY", "US"),),
     "You live on one of the clocks kept in Australia from Perth time"),
])
def test_a_zone_no_exit_pair_question_touches_is_unchanged(zone: str, exit_cc: str, home_cc: str, orders: tuple,
                                                            said: str) -> None:
    tz = _report(zone, exit_cc, home_cc, orders).finding("timezone")
    shown = next(f for f in _report(zone, exit_cc, home_cc, orders).to_dict()["findings"] if f["id"] == "timezone")
    assert view.headline(shown).startswith(said)
    assert "where no reading of the logins places you" not in tz.confidence_basis
