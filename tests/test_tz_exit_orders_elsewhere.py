"""The time zone of a person behind an always-on VPN or proxy exit whose orders ship elsewhere (T47B on TZX47).

1. A lowering recorded where nothing was lowered: a Buenos Aires, Bogotá, Johannesburg or Istanbul resident behind an
   always-on exit, orders to Madrid or Paris, read low before the disagreement of place and clock, carried
   ``lowered_for`` and ``lowering {from: low, to: low}`` (and "lowered one level" in the basis). Now only a level
   actually lowered is recorded; a Santiago resident's US exit, orders to Lisbon, still records medium → low.
2. A move the activity never made: a Tokyo resident behind an always-on Australian exit whose orders moved from Tokyo
   to Sydney read "Brisbane time since 3 Jan 2024" (the orders' move cut the history though the person's quiet hours
   stayed on Tokyo's clock). Now a cut at the orders' move needs the activity's clock to follow it
   (``periods._clock_followed``); a New Yorker's late hours that are an Angeleno's ordinary ones (T30B's H1) still
   move with the orders.
3. A Lima resident behind an always-on US exit, orders to Lima (a Nairobi one behind a German exit, orders to
   Nairobi): the orders tell the exit's logins an exit, yet the time zone kept "the place evidence (IP country)
   points to US, but the activity clock fits America/Lima better" and its lowering. Now the disagreement is dropped
   where the clock is the same either way, as it was where the clocks differ.

People are invented: test_untold_exit_orders_home's two years (every day's logins through the exit, one from home
on the first of each month unless ``home_cc`` is None) and invented orders every five days.
"""

from __future__ import annotations

from array import array
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from test_exit_orders_turned_basis import _report  # two years behind the exit, orders every five days
from test_untold_exit_orders_home import IPS, NAMES

from dataexam.inference.gazetteer import country_in_text
from dataexam.inference.periods import _clock_followed
from dataexam.report import view

IPS.setdefault("AR", "181.0.0.1")
IPS.setdefault("CO", "181.48.0.1")
IPS.setdefault("ZA", "41.0.0.1")
IPS.setdefault("TR", "88.230.0.1")
IPS.setdefault("KE", "41.90.0.1")
IPS.setdefault("PE", "190.232.0.1")
IPS.setdefault("KR", "1.208.0.1")
IPS.setdefault("JP", "133.242.0.1")
IPS.setdefault("GB", "81.2.69.1")
IPS.setdefault("DE", "91.0.0.1")
IPS.setdefault("US", "73.10.0.5")
IPS.setdefault("CL", "190.96.0.1")
IPS.setdefault("TH", "1.46.0.1")
NAMES.update({"AR": "Argentina", "CO": "Colombia", "ZA": "South Africa", "TR": "Turkey", "KE": "Kenya", "PE": "Peru",
              "KR": "South Korea", "ES": "Spain", "FR": "France", "CL": "Chile", "PT": "Portugal",
              "TH": "Thailand"})

Orders = tuple[tuple[int, str, str | None, str], ...]


def _shown(report, fid: str = "timezone") -> dict:
    return next(f for f in report.to_dict()["findings"] if f["id"] == fid)


# -- 1. no lowering recorded where the level was already low --------------------------------------------------------
ALREADY_LOW = [
    ("America/Argentina/Buenos_Aires", "US", "AR", ((145, "Madrid", None, "ES"),), "Buenos Aires", "UTC−3"),
    ("Africa/Johannesburg", "GB", "ZA", ((145, "Paris", None, "FR"),), "Johannesburg", "UTC+2"),
    ("Europe/Istanbul", "DE", "TR", ((145, "Madrid", None, "ES"),), "Istanbul", "UTC+3"),
]


@pytest.mark.parametrize("seed", [7, 3])
@pytest.mark.parametrize(("zone", "exit_cc", "home_cc", "orders", "city", "offset"), ALREADY_LOW)
def test_no_lowering_is_recorded_where_the_level_was_already_low(zone: str, exit_cc: str, home_cc: str,
                                                                  orders: Orders, city: str, offset: str,
                                                                  seed: int) -> None:
    shown = _shown(_report(zone, exit_cc, home_cc, orders, seed))
    assert view.headline(shown) == f"You live on {city} time ({zone}, {offset})."
    assert (shown["value"]["zone"], shown["confidence"]) == (zone, "low")
    # was [{"reason": "place_disagrees", "country": …}] and {"from": "low", "to": "low"}
    assert shown["value"]["lowered_for"] is None and shown["value"]["lowering"] is None
    assert "lowered one level because activity and place disagree" not in shown["confidence_basis"]
    if shown["value"]["disagreement"]:
        assert "activity and place disagree (already low: not lowered)" in shown["confidence_basis"]


def test_a_lowering_made_is_still_recorded() -> None:
    """A Santiago resident behind an always-on US exit, orders to Lisbon, home logins: medium → low, as before."""
    shown = _shown(_report("America/Santiago", "US", "CL", ((145, "Lisbon", None, "PT"),)))
    assert view.headline(shown) == "You live on Santiago time (America/Santiago, UTC−4 with summer time)."
    assert shown["confidence"] == "low"
    assert shown["value"]["lowered_for"] == [{"reason": "place_disagrees", "country": "PT"}]
    assert shown["value"]["lowering"] == {"from": "medium", "to": "low"}
    assert "lowered one level because activity and place disagree" in shown["confidence_basis"]


# -- 2. orders that move without the person ---------------------------------------------------------------------------
def _hists(zone: str, first: date, last: date, late_q: int = 0) -> dict[date, array]:
    """UTC days (96 quarter-hour bins) of a person on ``zone``'s clock awake 07:00–23:30 local (``late_q`` quarter
    hours later), ``first`` to ``last`` (local days)."""
    z, out = ZoneInfo(zone), {}
    d = first
    while d <= last:
        for q in range(28 + late_q, 94 + late_q):
            t = (datetime(d.year, d.month, d.day, tzinfo=z) + timedelta(minutes=15 * q)).astimezone(UTC)
            out.setdefault(t.date(), array("i", [0] * 96))[t.hour * 4 + t.minute // 15] += 1
        d += timedelta(days=1)
    return out


def _followed(early_zone: str, late_zone: str, before: str, after: str, late_q: int = 0) -> bool:
    """:func:`_clock_followed` of a year on ``early_zone``'s clock then ten months on ``late_zone``'s, cut on 3 Jan
    2024 (the orders' move from ``before`` to ``after``)."""
    cut = date(2024, 1, 3)
    hists = {**{d: h for d, h in _hists(early_zone, date(2023, 1, 2), cut, late_q).items() if d < cut},
             **{d: h for d, h in _hists(late_zone, cut, date(2024, 10, 31), late_q).items() if d >= cut}}
    days = sorted(hists)
    return _clock_followed(hists, [d for d in days if d < cut], [d for d in days if d >= cut], before, after)


@pytest.mark.parametrize(("before", "after"), [
    ("Asia/Tokyo", "Australia/Sydney"),  # T47B: Tokyo's hours kept, the orders to Sydney
    ("Asia/Seoul", "Australia/Melbourne"),
    ("America/Chicago", "America/Denver"),
    ("Australia/Sydney", "Australia/Perth"),
    ("Europe/London", "Europe/Berlin"),
])
@pytest.mark.parametrize("late_q", [0, 2])
def test_a_cut_at_the_orders_move_needs_the_activity_s_clock_to_follow(before: str, after: str, late_q: int) -> None:
    assert _followed(before, before, before, after, late_q) is False  # the person stayed
    assert _followed(before, after, before, after, late_q) is True  # the person moved, their hours kept


def test_hours_that_turn_ordinary_on_the_new_clock_follow_it() -> None:
    """T30B's H1: a New Yorker awake three hours late (07:30–24:00 Los Angeles' time, a lull at 06:45 on New York's
    clock) keeps the UTC hours of an ordinary Angeleno after the move."""
    assert _followed("America/Los_Angeles", "America/Los_Angeles", "America/New_York", "America/Los_Angeles",
                     2) is True


STAYED = [
    ("Asia/Tokyo", "JP", ((72, "Tokyo", None, "JP"), (73, "Sydney", "NSW", "AU")), "Tokyo", "UTC+9"),
    ("Asia/Seoul", "KR", ((72, "Seoul", None, "KR"), (73, "Melbourne", "VIC", "AU")), "Seoul", "UTC+9"),
]


@pytest.mark.parametrize("seed", [7, 3])
@pytest.mark.parametrize(("zone", "home_cc", "orders", "city", "offset"), STAYED)
def test_orders_moving_to_the_exit_s_country_without_the_person_make_no_move(zone: str, home_cc: str,
                                                                             orders: Orders, city: str, offset: str,
                                                                             seed: int) -> None:
    shown = _shown(_report(zone, "AU", home_cc, orders, seed))
    said = view.headline(shown)
    # was "You live on Brisbane time (Australia/Brisbane, UTC+10) since 3 Jan 2024; before, on Tokyo time …"
    assert said.startswith(f"You live on {city} time ({zone}, {offset}), or ")
    assert "since" not in said and "if you live in Australia" in said
    assert shown["value"]["zone"] == zone and shown["value"]["periods"] is None
    assert shown["confidence"] == "low"


# -- 3. the orders tell the exit where the clock is the same either way ---------------------------------------------
@pytest.mark.parametrize("seed", [7, 3])
@pytest.mark.parametrize(("zone", "exit_cc", "home_cc", "city", "offset"), [
    ("America/Lima", "US", "PE", "Lima", "UTC−5"),
    ("Africa/Nairobi", "DE", "KE", "Nairobi", "UTC+3"),
])
def test_orders_to_the_home_drop_the_exit_s_disagreement_on_one_clock(zone: str, exit_cc: str, home_cc: str,
                                                                      city: str, offset: str, seed: int) -> None:
    report = _report(zone, exit_cc, home_cc, ((145, city, None, home_cc),), seed)
    shown = _shown(report)
    assert view.headline(shown) == f"You live on {city} time ({zone}, {offset})."
    assert view.headline(_shown(report, "home")) == f"You most likely live in {city}, {NAMES[home_cc]}."
    assert (shown["value"]["zone"], shown["confidence"]) == (zone, "medium")  # the home's level
    # was "the place evidence (IP country) points to US, but the activity clock fits America/Lima better …"
    exit_said = country_in_text(exit_cc)  # running text names the country since WORD58 (was "points to US")
    assert not any(f"points to {exit_said}" in c for c in shown["caveats"])
    assert shown["value"]["disagreement"] is None and shown["value"]["lowering"] is None
    assert "Activity and place disagree" not in shown["summary"]
    assert f"not lowered for the logins from {exit_said}: the orders tell them an exit" in shown["confidence_basis"]


@pytest.mark.parametrize("seed", [7, 3])
def test_a_clock_less_sure_than_the_home_the_orders_told_says_why(seed: int) -> None:
    """A Bangkok resident behind an always-on Australian exit, orders to Bangkok: "Bangkok time", low, beside "You most
    likely live in Bangkok, Thailand.", medium, with no reason given, and "Activity and place disagree." in the
    summary of a disagreement the orders explained."""
    report = _report("Asia/Bangkok", "AU", "TH", ((145, "Bangkok", None, "TH"),), seed)
    shown = _shown(report)
    assert view.headline(shown) == "You live on Bangkok time (Asia/Bangkok, UTC+7)."
    assert view.headline(_shown(report, "home")) == "You most likely live in Bangkok, Thailand."
    assert (shown["value"]["zone"], shown["confidence"], _shown(report, "home")["confidence"]) == (
        "Asia/Bangkok", "low", "medium")
    why = [c for c in shown["caveats"] if c.startswith("The clock is low, not medium as the home: ")]
    assert len(why) == 1
    assert f"give Asia/Bangkok {shown['value']['posterior']:.0%} of the weight" in why[0]
    assert "Activity and place disagree" not in shown["summary"] and shown["value"]["disagreement"] is None
    assert "already low" not in shown["confidence_basis"]
    assert "the logins from Australia are no disagreement: the orders tell them an exit" in shown["confidence_basis"]
