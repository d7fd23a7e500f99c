"""A resident of a country of several clocks who spends seasons or layovers in a country of one clock (HOMECLK, T33B
M6/M7/L2/L5): the one-clock country's periods anchor the person's night but never become the home's clock where the
login history names another home country; a season at the archive's edge that recurs later is a stay like the later
ones, not an earlier home; an undated login is no held day. People are invented: records built directly as events.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from test_inference_synth import Stream

from dataexam.inference.zoneprior import PlaceEvidence, build_prior

DE_IP = "91.64.0.1"


def test_an_undated_login_is_no_held_day() -> None:
    # T33B L5: 547 days (2023-01-01 … 2024-07-01), a German login every day but one, and one login without a date:
    # "days held: DE 548" — more days than the archive holds
    s = Stream("x.zip")
    ev = PlaceEvidence()
    first = date(2023, 1, 1)
    for i in range(547):
        if i == 200:
            continue
        d = first + timedelta(days=i)
        ev.consume(s.ev(datetime(d.year, d.month, d.day, 12, tzinfo=UTC), "twitter.login", None, ip=DE_IP))
    ev.consume(s.ev(None, "twitter.login", None, ip=DE_IP))
    src = next(x for x in build_prior(ev).sources if x.name == "IP country")
    assert src.detail == "546 days with a login and 1 undated record (days held: DE 547)"
    assert src.observations == 547
