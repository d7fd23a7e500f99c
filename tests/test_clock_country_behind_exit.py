"""The country a time zone's clocks are said to be kept in, and the time zone after the orders' turn (T45 M7).

A Tokyo sleeper behind an always-on Australian exit, a Japanese login a month, every order shipped to New York (a
forwarder): the activity leaves Australia's clocks from Perth's to Brisbane's open, and the headline said "one of the
clocks kept in United States from Perth time … to Brisbane time" (the place evidence's top country, the orders'),
the summary "kept in Australia". A range is always one country's clocks: the zone's own country is said. A São Paulo
sleeper behind a US exit with orders to Lisbon was renamed "Manaus time" in the headline (the clock of one of the
logins' countries) but kept "most likely America/Caracas" in the summary and Venezuela as the clock's country.

With the orders shipped to Tokyo instead, the home turns to "Tokyo, Japan" (medium), and the time zone kept "the
place evidence (IP country) points to AU, but the activity clock fits Asia/Tokyo better" and its lowering (low):
the orders tell the Australian logins an exit, so the disagreement is said by the caveat on the two countries, and
the zone is as sure as the home. People are invented: test_untold_exit_orders_home's two years.
"""

from __future__ import annotations

import pytest
from test_untold_exit_orders_home import _report

from dataexam.inference.clock import DISAGREE_LOWERED
from dataexam.inference.exit_caveats import _explained_disagreement
from dataexam.inference.model import Confidence, Finding
from dataexam.inference.zoneprior import zone_countries
from dataexam.report import view


def _tz(zone: str, exit_cc: str, home_cc: str, town: tuple[str, str | None, str]) -> dict:
    return next(f for f in _report(zone, exit_cc, home_cc, town).to_dict()["findings"] if f["id"] == "timezone")


@pytest.mark.parametrize(("zone", "exit_cc", "home_cc", "town", "kept", "west"), [
    ("Asia/Tokyo", "AU", "JP", ("New York", "NY", "US"), "Australia", "Perth"),  # was "kept in United States"
    ("America/Chicago", "CA", "US", ("Madrid", None, "ES"), "Canada", "Edmonton"),  # was "kept in Spain"
])
def test_the_clocks_left_open_are_kept_in_the_zones_country(zone: str, exit_cc: str, home_cc: str,
                                                             town: tuple[str, str | None, str], kept: str,
                                                             west: str) -> None:
    tz = _tz(zone, exit_cc, home_cc, town)
    assert view.headline(tz).startswith(f"You live on one of the clocks kept in {kept} from {west} time (")
    assert f"one of the clocks kept in {kept} from" in tz["summary"]
    assert tz["value"]["place_country"] == zone_countries()[tz["value"]["zone"]] == exit_cc
    assert tz["confidence"] == "low"


def test_a_zone_of_no_logins_country_is_read_on_the_exit_pairs_clocks() -> None:
    # TZX47: "Manaus time (UTC−4)" (Caracas' clock renamed after the fact) was an hour off São Paulo's UTC−3; the
    # clock itself is now read among Brazil's (the logins' other country), São Paulo's named by head count
    tz = _tz("America/Sao_Paulo", "US", "BR", ("Lisbon", None, "PT"))
    zone = tz["value"]["zone"]
    assert view.headline(tz).startswith("You live on São Paulo time (America/Sao_Paulo, UTC−3) or ")
    assert zone == "America/Sao_Paulo" and "most likely America/Sao_Paulo;" in tz["summary"]  # was "America/Caracas"
    assert "Caracas" not in tz["summary"] and tz["value"]["place_country"] == "BR"  # was "VE" (Caracas'), then "PT"


def test_orders_that_tell_the_login_country_an_exit_end_the_disagreement() -> None:
    tz = _tz("Asia/Tokyo", "AU", "JP", ("Tokyo", None, "JP"))
    assert view.headline(tz) == "You live on Tokyo time (Asia/Tokyo, UTC+9)."
    # low: the posterior (52 %) gives low with or without the lowering for the Australian logins, so dropping that
    # lowering leaves it low (the basis's words undone by one level had made it medium, a level never taken)
    assert tz["confidence"] == "low" and tz["value"]["lowered_for"] is None and tz["value"]["lowering"] is None
    assert "posterior probability 52%" in tz["confidence_basis"]
    assert tz["value"]["disagreement"] is None and "Activity and place disagree" not in tz["summary"]
    assert not any("points to Australia" in c for c in tz["caveats"])  # named since WORD58
    assert tz["caveats"][0].startswith("Your logins cannot tell whether you live in Japan or in Australia")
    assert "your orders ship to Japan, so Asia/Tokyo is read" in tz["caveats"][0]
    # already low before the disagreement: nothing lowered to undo (TZX48; was "not lowered for the logins' AU …")
    assert "the logins from Australia are no disagreement: the orders tell them an exit" in tz["confidence_basis"]
    assert "already low" not in tz["confidence_basis"]


def _lowered(disagreement: list[str], country: str) -> Finding:
    """A time zone lowered one level (medium → low) for ``disagreement``, its reasons as clock.py keeps them."""
    reasons = [{"reason": "lull_not_night", "zone": "Asia/Tokyo"} if d == LULL else
               {"reason": "place_disagrees", "country": country} for d in disagreement]
    return Finding(id="timezone", title="Time zone", value={
        "zone": "Asia/Tokyo", "disagreement": disagreement, "lowered_for": reasons,
        "lowering": {"from": "medium", "to": "low"},
        "place_disagreement": {"country": country, "sources": ["IP country"], "zone": "Asia/Tokyo"}},
        confidence=Confidence.LOW, method="sleep-lull clock",
        summary="UTC+9 — most likely Asia/Tokyo. Activity and place disagree.",
        confidence_basis="posterior 52%" + DISAGREE_LOWERED, caveats=list(disagreement))


AU = ("the place evidence (IP country) points to Australia, but the activity clock fits Asia/Tokyo better (travel, "
      "shift work or a VPN?)")
LULL = ("in Asia/Tokyo your least active hours centre on 13:00, not a usual sleeping time: the place evidence and the "
        "activity clock disagree (travel, shift work, a VPN, or records stamped by another clock)")


def test_a_disagreement_with_another_country_or_a_second_one_keeps_the_lowering() -> None:
    other = _lowered([AU], "AU")
    _explained_disagreement(other, {"NZ"})  # the orders told another country the exit
    assert (other.confidence, other.value["disagreement"], other.caveats) == (Confidence.LOW, [AU], [AU])
    both = _lowered([LULL, AU], "AU")
    _explained_disagreement(both, {"AU"})  # the lull still disagrees: lowered as before, the AU sentence gone
    assert (both.confidence, both.value["disagreement"], both.caveats) == (Confidence.LOW, [LULL], [LULL])
    assert both.summary.endswith("Activity and place disagree.")
    one = _lowered([AU], "AU")
    _explained_disagreement(one, {"AU"})
    assert (one.confidence, one.value["disagreement"], one.caveats) == (Confidence.MEDIUM, None, [])
    assert one.summary == "UTC+9 — most likely Asia/Tokyo."


def test_a_lowering_a_later_step_deepened_is_kept_when_the_disagreement_goes() -> None:
    # the clock's lowering made medium low; a later step of its own (another exit's caveat) left it low too: the
    # recomputed level is the one without the lowering only where nothing else lowered it
    one = _lowered([AU], "AU")
    one.value["lowering"] = {"from": "high", "to": "medium"}
    _explained_disagreement(one, {"AU"})
    assert one.confidence == Confidence.LOW and one.value["lowered_for"] is None
    assert "not lowered for the logins from Australia: the orders tell them an exit" in one.confidence_basis
    two = _lowered([AU], "AU")
    two.value["lowering"] = {"from": "high", "to": "low"}  # low by the clock's own steps after it
    _explained_disagreement(two, {"AU"})
    assert two.confidence == Confidence.HIGH  # the level the clock's steps give without the lowering


@pytest.mark.parametrize(("start", "steps", "now", "unlowered"), [
    ("high", ["disagree"], "medium", "high"),
    ("high", ["disagree", "cap medium"], "medium", "medium"),  # a head-count pick caps both
    ("high", ["disagree", "down"], "low", "medium"),  # the periods at stake lower both
    ("medium", ["disagree", "cap low"], "low", "low"),
    ("high", ["down", "disagree"], "low", "medium"),
])
def test_the_clock_keeps_the_level_without_the_disagreements_lowering(start: str, steps: list[str], now: str,
                                                                        unlowered: str) -> None:
    from dataexam.inference.clock import _Levels

    level = _Levels(Confidence(start))
    for step in steps:
        if step == "disagree":
            level.down(disagreement=True)
        elif step == "down":
            level.down()
        else:
            level.cap(Confidence(step.split()[1]))
    assert (level.now, level.unlowered) == (Confidence(now), Confidence(unlowered))
