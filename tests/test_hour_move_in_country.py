"""A move of an hour between one country's clocks, logins from that country throughout (CLK40, pass 40): a Chicagoan
who moved to Denver on 1 Jan 2024 was "Ittoqqortoormiit time (America/Scoresbysund …)", medium — a Greenland zone
whose own change of law in 2024 mimics an hour's step, against US logins only — and one who moved on 1 Jun 2024 "New
York time", high. The person's change of clock was tried only on the dates of some zone's change of law and dated by
the data for the lead alone, so the lead gained the months between and every other clock of the country, which fits
the same records alike up to a rotation, lost them (timezone._date_habit_steps). Now each such clock is fitted with
the change the data date: the answer is the country's clocks the records cannot tell apart, or the move's periods,
never one wrong zone at high. Moves between countries an hour apart (Berlin → London) keep their periods.

People are invented: a day's records on the home's clock and logins from an invented address of the country
(test_southern_vpn_weekends)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from functools import cache

import test_southern_vpn_weekends as days_of
from test_inference_synth import Stream
from test_southern_vpn_weekends import DAYS, FIRST, NOW, _home_day

from dataexam.inference import infer
from dataexam.inference.model import Confidence
from dataexam.inference.zoneprior import zone_countries
from dataexam.report import view

days_of.IPS.setdefault("MX", "189.130.0.4")
days_of.IPS.setdefault("GB", "81.2.69.142")
days_of.IPS.setdefault("CA", "24.114.0.1")
days_of.IPS.setdefault("PT", "85.240.0.1")
days_of.IPS.setdefault("AU", "1.128.0.1")


@cache
def _moved(first: str, second: str, on: date, cc: str, cc_after: str | None = None) -> dict:
    rng, s, ev = random.Random(3), Stream("x.zip"), []
    for i in range(DAYS):
        d = FIRST + timedelta(days=i)
        ev += _home_day(rng, s, second if d >= on else first, d, (cc_after or cc) if d >= on else cc)
    return infer(sorted(ev, key=lambda e: e.sort_key), now=NOW).finding("timezone").to_dict()


def _country_range(f: dict, cc: str, country: str) -> str:
    """The headline, asserted to be the country's clocks hedged (no one zone at high) and the value's zones all its."""
    said = view.headline(f)
    assert f["confidence"] != Confidence.HIGH.value, said
    assert "cannot tell these clocks apart" in said or "not enough to tell them apart" in said, said
    assert country in said or said.count(" time (") == 2, said
    zones = [f["value"]["zone"], *(o["zone"] for o in f["value"]["open_zones"] or ())]
    assert {zone_countries().get(z) for z in zones} == {cc}, zones
    return said


def test_chicago_to_denver_is_no_greenland_zone_nor_new_york_at_high() -> None:
    # 1 Jan and 1 Feb 2024: "Ittoqqortoormiit time (America/Scoresbysund …)", medium; 1 Jun 2024: "New York time",
    # high. Now the US clocks the records fit alike, Chicago's and Denver's among them
    for on in (date(2024, 1, 1), date(2024, 2, 1), date(2024, 6, 1)):
        f = _moved("America/Chicago", "America/Denver", on, "US")
        said = _country_range(f, "US", "United States")
        assert "Scoresbysund" not in said and "Ittoqqortoormiit" not in said
        open_ = {o["zone"] for o in f["value"]["open_zones"]}
        assert {"America/Chicago", "America/Denver"} <= open_ | {f["value"]["zone"]}, (on, said)


def test_a_move_east_and_other_countries_of_several_clocks_are_hedged() -> None:
    # Denver → Chicago on 1 Jan 2024 was "New York time", high; São Paulo → Manaus "São Paulo time", high; Mexico
    # City → Cancún "Mexico City time", high
    f = _moved("America/Denver", "America/Chicago", date(2024, 1, 1), "US")
    _country_range(f, "US", "United States")
    f = _moved("America/Sao_Paulo", "America/Manaus", date(2024, 1, 1), "BR")
    said = _country_range(f, "BR", "Brazil")
    assert "Manaus time" in said and "São Paulo time" in said
    f = _moved("America/Mexico_City", "America/Cancun", date(2024, 1, 1), "MX")
    said = _country_range(f, "MX", "Mexico")
    # the clock moved to is named, whatever its few people (RIVAL_MIN_PEOPLE left Cancún's 1.5 % out: "Mazatlán
    # time … or Mexico City time")
    assert "Cancún time" in said, said


def test_a_move_between_two_countries_an_hour_apart_keeps_its_periods() -> None:
    for on in (date(2024, 1, 1), date(2024, 6, 1)):
        f = _moved("Europe/Berlin", "Europe/London", on, "DE", "GB")
        assert view.headline(f) == (f"You live on London time (Europe/London, UTC+0 with summer time) since "
                                    f"{on.day} {on:%b %Y}; before, on Berlin time (Europe/Berlin).")
        periods = f["value"]["periods"]
        assert [(p["zone"], p["from"]) for p in periods] == [("Europe/Berlin", FIRST.isoformat()),
                                                             ("Europe/London", on.isoformat())]


def _periods(f: dict) -> list[tuple[str, str]]:
    return [(p["zone"], p["from"]) for p in f["value"]["periods"] or ()]


def _near(said_from: str, on: date, days: int = 7) -> bool:
    return abs((date.fromisoformat(said_from) - on).days) <= days


def test_a_two_hour_move_in_one_country_is_a_move_between_its_clocks() -> None:
    # Chicago → Los Angeles (1 Jan, 1 Feb 2024) and New York → Denver were "Ittoqqortoormiit time
    # (America/Scoresbysund …)", medium: a Greenland zone whose 2024 change of law plus an hour's habit step make two
    # hours, against US logins only. Now a dated move between US clocks; the step of −2 h fits Chicago → Los Angeles
    # and New York → Denver alike, so the later clock is hedged (both named) and the reading is low
    for first, second, on in (("America/Chicago", "America/Los_Angeles", date(2024, 1, 1)),
                              ("America/Chicago", "America/Los_Angeles", date(2024, 2, 1)),
                              ("America/New_York", "America/Denver", date(2024, 1, 1))):
        f = _moved(first, second, on, "US")
        said = view.headline(f)
        assert f["confidence"] in (Confidence.LOW.value, Confidence.MEDIUM.value), said
        periods = _periods(f)
        zones = {f["value"]["zone"], *(o["zone"] for o in f["value"]["open_zones"] or ()), *(z for z, _ in periods)}
        assert {zone_countries().get(z) for z in zones} == {"US"}, (said, zones)
        assert len(periods) == 2 and _near(periods[1][1], on), (said, periods)
        assert "Los Angeles time" in said and "Denver time" in said and " since " in said, said
        # the pairs the step fits alike are both said
        assert any("America/Chicago → America/Los_Angeles and America/New_York → America/Denver" in c
                   for c in f["caveats"]), f["caveats"]


def test_an_hour_between_portugal_s_clocks_is_not_lisbon_at_high() -> None:
    # Lisbon → Azores (1 Jan, 1 Jun 2024) and back were "Lisbon time", high: the Azores' clock (0.3 % of the
    # gazetteer's Portuguese) was no rival. Now both clocks are named, medium at most
    for first, second, on in (("Europe/Lisbon", "Atlantic/Azores", date(2024, 1, 1)),
                              ("Europe/Lisbon", "Atlantic/Azores", date(2024, 6, 1)),
                              ("Atlantic/Azores", "Europe/Lisbon", date(2024, 1, 1))):
        f = _moved(first, second, on, "PT")
        said = _country_range(f, "PT", "Portugal")
        assert "Azores time" in said and "Lisbon time" in said, said


def test_moves_between_us_clocks_an_hour_or_two_apart_read_their_own_clocks() -> None:
    # Los Angeles → Chicago was "New York time since Jan 2024; before, Denver" (low): a move of 2 h on one summer-time
    # rule, now read as a move. Phoenix → Los Angeles and Sydney → Brisbane stay dated periods
    for first, second, on, cc in (("America/Los_Angeles", "America/Chicago", date(2024, 1, 1), "US"),
                                  ("America/Phoenix", "America/Los_Angeles", date(2024, 1, 1), "US"),
                                  ("Australia/Sydney", "Australia/Brisbane", date(2024, 1, 1), "AU")):
        f = _moved(first, second, on, cc)
        periods = _periods(f)
        assert [z for z, _ in periods] == [first, second], (view.headline(f), periods)
        assert periods[0][1] == FIRST.isoformat()
        assert periods[1][1].startswith("withheld") or _near(periods[1][1], on), periods


def test_two_hours_in_a_country_of_one_clock_read_on_its_clock_not_a_foreign_zone_s_law() -> None:
    # a Berliner whose hours moved two hours later on 1 Jan 2024, German logins throughout, was "Ittoqqortoormiit time
    # (America/Scoresbysund …)", medium: that zone's 2024 change of law plus an hour's habit step fit it best. A zone
    # of no country the logins name never wins by a change of law: Berlin's clock, lowered, the zone set aside said
    f = _moved("Europe/Berlin", "Atlantic/Azores", date(2024, 1, 1), "DE")
    said = view.headline(f)
    assert f["value"]["zone"] == "Europe/Berlin" and "Scoresbysund" not in said, said
    assert f["confidence"] != Confidence.HIGH.value
    assert any("America/Scoresbysund's own change of law" in c for c in f["caveats"]), f["caveats"]


def test_a_two_hour_step_that_fits_several_pairs_hedges_both_sides() -> None:
    # Denver → New York on 1 Jul 2024 was "Chicago time since 1 Jul 2024; before, on Los Angeles time" (low), both
    # clocks wrong and none other named; New York → Denver "…; before, on Chicago time". A step of 2 h inside the US
    # fits Los Angeles ↔ Chicago and Denver ↔ New York alike: each side is said as every clock it could be, the
    # person's own among them, in the headline and in the value (open_zones, earlier_zone.open_zones)
    for first, second, on in (("America/Denver", "America/New_York", date(2024, 7, 1)),
                              ("America/New_York", "America/Denver", date(2024, 1, 1)),
                              ("America/Los_Angeles", "America/Chicago", date(2024, 1, 1))):
        f = _moved(first, second, on, "US")
        v = f["value"]
        said = view.headline(f)
        assert f["confidence"] == Confidence.LOW.value, said
        after = {v["zone"], *(o["zone"] for o in v["open_zones"] or ())}
        before = {v["earlier_zone"]["zone"], *(o["zone"] for o in v["earlier_zone"].get("open_zones") or ())}
        assert second in after and first in before and len(after) == len(before) == 2, (said, after, before)
        since, _, earlier = said.partition("; before, on ")
        for z in after:
            assert f"{view.zone_city(z)} time ({z}" in since, said
        for z in before:
            assert f"{view.zone_city(z)} time ({z})" in earlier, said


def test_a_two_hour_move_is_dated_to_the_day() -> None:
    # Chicago → Los Angeles and New York → Denver on 1 Jan 2024 were "… since 30 Dec 2023", on 1 Feb "since 27 Jan
    # 2024": the quarters' change point read by UTC days on one profile put the weekend before on the later clock.
    # Now the move is dated as a change of summer-time habit is, to the day
    for first, second, on in (("America/Chicago", "America/Los_Angeles", date(2024, 1, 1)),
                              ("America/Chicago", "America/Los_Angeles", date(2024, 2, 1)),
                              ("America/New_York", "America/Denver", date(2024, 1, 1))):
        f = _moved(first, second, on, "US")
        said = view.headline(f)
        assert f" since {on.day} {on:%b %Y};" in said, said
        assert _periods(f)[1][1] == on.isoformat(), _periods(f)
        assert f["value"]["earlier_zone"]["until"] == (on - timedelta(days=1)).isoformat(), f["value"]["earlier_zone"]


def test_a_two_hour_move_after_the_autumn_change_is_a_move_not_phoenix_time() -> None:
    # Chicago → Los Angeles and New York → Denver on 15 Oct, 10 Nov or 1 Dec 2023, Toronto → Edmonton and Halifax →
    # Winnipeg on 10 Nov, were "You live on Phoenix time (America/Phoenix, UTC−7)", high (the US pair) or the
    # country's clocks hedged, medium, no move (T42): the regimes cut such a move (its sides' quiet hours two hours
    # apart in UTC at once, CST → PST), and the two sides, under 2.5 h apart, were both read as the home's one clock.
    # The shift is two hours all year after the cut, so it is the move, dated to the day, as one made in summer is
    for first, second, on, cc in (("America/Chicago", "America/Los_Angeles", date(2023, 10, 15), "US"),
                                  ("America/Chicago", "America/Los_Angeles", date(2023, 11, 10), "US"),
                                  ("America/New_York", "America/Denver", date(2023, 12, 1), "US"),
                                  ("America/Toronto", "America/Edmonton", date(2023, 11, 10), "CA"),
                                  ("America/Halifax", "America/Winnipeg", date(2023, 11, 10), "CA")):
        f = _moved(first, second, on, cc)
        v, said = f["value"], view.headline(f)
        assert "Phoenix" not in said and f["confidence"] != Confidence.HIGH.value, said
        assert f" since {on.day} {on:%b %Y};" in said, said
        assert _periods(f)[1][1] == on.isoformat(), _periods(f)
        after = {v["zone"], *(o["zone"] for o in v["open_zones"] or ())}
        before = {v["earlier_zone"]["zone"], *(o["zone"] for o in v["earlier_zone"].get("open_zones") or ())}
        assert second in after and first in before, (said, after, before)
        assert {zone_countries().get(z) for z in after | before} == {cc}, (after, before)


def test_a_change_of_summer_time_habit_is_read_on_the_login_country_s_clocks() -> None:
    # Phoenix → Chicago on 1 Jan 2024 was "Nuuk time (America/Nuuk, UTC−2 …) since Jul 2023" (low): the habit
    # reading's later side, cut in July 2023, fitted with Nuuk's own change of law, a clock of no country the logins
    # name. Now the later side on a US clock, and the move dated to the day
    f = _moved("America/Phoenix", "America/Chicago", date(2024, 1, 1), "US")
    assert view.headline(f) == ("You live on Chicago time (America/Chicago, UTC−6 with summer time) since 1 Jan "
                                "2024; before, on Phoenix time (America/Phoenix)."), view.headline(f)
    assert _periods(f) == [("America/Phoenix", FIRST.isoformat()), ("America/Chicago", "2024-01-01")], _periods(f)


def test_an_hour_s_move_two_months_into_the_records_is_no_change_of_summer_time_habit() -> None:
    # Chicago → Denver on 1 Mar 2023 (the records from 2 Jan 2023) was "Los Angeles time … since 13 Jul 2023; before,
    # on Phoenix time": Chicago's winter and Denver's summer keep one UTC night, read as a clock without summer time;
    # the sides cut on the day so dated keep one clock. Now the US clocks the records fit alike, no Phoenix
    f = _moved("America/Chicago", "America/Denver", date(2023, 3, 1), "US")
    said = _country_range(f, "US", "United States")
    assert "Phoenix" not in said and not _periods(f), said
    zones = {f["value"]["zone"], *(o["zone"] for o in f["value"]["open_zones"] or ())}
    assert {"America/Chicago", "America/Denver"} <= zones, zones
