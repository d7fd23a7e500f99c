"""The home behind an always-on exit in a neighbour on the same clock, told by the person's own orders (HOME44).

A Madrid resident behind an always-on Portuguese exit, a Spanish login a month, every Amazon order shipped to Madrid:
the logins and the clock cannot tell a home in Spain behind the exit from a Portuguese home's days across the
border, but the orders can. The home still read "You most likely live in Portugal.", low, the orders only a
disagreement ("your orders ship to Madrid, Spain; logins point to Portugal"). Now the orders turn the home to
their country ("You most likely live in Madrid, Spain.", medium: the logins alone still cannot tell), the summary
and a caveat naming the orders and both readings, the trips read as before ("No trips abroad seen.", not a 730-day
"stay in Portugal"). The same for Vienna + German exit, Brussels + Dutch or French exit, Dublin + British exit,
Chicago + Canadian exit, Toronto + US exit; orders to the exit's own country keep it (medium, as before).

People are invented: test_always_on_exit_far's two years (every day's logins through the exit, one from home on
the first of each month), with invented orders every five days to one town.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from functools import cache

import pytest
from test_always_on_exit_far import DAYS, FIRST, IPS, NOW, _logins
from test_inference_synth import Stream
from test_move_dates import _day

from dataexam.inference import infer
from dataexam.report import view
from dataexam.wording import in_text

IPS.setdefault("AT", "80.110.0.1")
IPS.setdefault("IE", "86.40.0.1")
IPS.setdefault("NL", "145.53.0.1")
IPS.setdefault("BE", "81.82.0.1")
IPS.setdefault("AU", "1.128.0.1")
IPS.setdefault("NZ", "49.224.0.1")
IPS.setdefault("MX", "189.130.0.4")
NAMES = {"ES": "Spain", "PT": "Portugal", "AT": "Austria", "DE": "Germany", "BE": "Belgium", "NL": "Netherlands",
         "FR": "France", "IE": "Ireland", "GB": "United Kingdom", "US": "United States", "CA": "Canada",
         "JP": "Japan", "AU": "Australia", "NZ": "New Zealand", "MX": "Mexico"}


@cache
def _report(zone: str, exit_cc: str, home_cc: str, town: tuple[str, str | None, str]):
    """Two years at ``zone``: every day's logins through ``exit_cc``, one from ``home_cc`` on the first of each
    month, and an order every five days shipped to ``town`` (city, region, country code)."""
    rng, s, ev = random.Random(7), Stream("x.zip"), []
    for i in range(DAYS):
        d = FIRST + timedelta(days=i)
        ev += _day(rng, s, zone, d) + _logins(s, zone, d, exit_cc, (8.8, 14.2, 23.0))
        if d.day == 1:
            ev += _logins(s, zone, d, home_cc, (12.0,))
    city, region, cc = town
    t0 = datetime(2023, 1, 10, 19, tzinfo=UTC)
    ev += [s.ev(t0 + timedelta(days=5 * k), "amazon.order_item", "Board game", order_id=f"o{k}", shipping_city=city,
                shipping_region=region, shipping_country=NAMES[cc], shipping_country_code=cc) for k in range(145)]
    return infer(sorted(ev, key=lambda e: e.sort_key), now=NOW)


NEIGHBOURS = [
    ("Europe/Madrid", "PT", "ES", ("Madrid", None, "ES")),
    ("Europe/Vienna", "DE", "AT", ("Vienna", None, "AT")),
    ("Europe/Brussels", "NL", "BE", ("Brussels", None, "BE")),
    ("Europe/Brussels", "FR", "BE", ("Brussels", None, "BE")),
    ("Europe/Dublin", "GB", "IE", ("Dublin", None, "IE")),
    ("America/Chicago", "CA", "US", ("Chicago", "IL", "US")),
    ("America/Toronto", "US", "CA", ("Toronto", "ON", "CA")),
]


@pytest.mark.parametrize(("zone", "exit_cc", "home_cc", "town"), NEIGHBOURS)
def test_orders_to_the_untold_neighbour_turn_the_home_to_it(zone: str, exit_cc: str, home_cc: str,
                                                             town: tuple[str, str | None, str]) -> None:
    report = _report(zone, exit_cc, home_cc, town)
    home, trips = report.finding("home"), report.finding("trips")
    here, there = NAMES[home_cc], NAMES[exit_cc]
    said = report.to_dict()["findings"]
    shown = next(f for f in said if f["id"] == "home")
    where = f"{town[0]}, {town[1]}, {here}" if town[1] else f"{town[0]}, {here}"
    assert view.headline(shown) == f"You most likely live in {town[0]}, {here}."  # was "… in Portugal.", low
    assert (shown["value"]["country"], shown["value"]["untold_exit"], shown["confidence"]) == (home_cc, exit_cc,
                                                                                                 "medium")
    assert shown["value"]["disagreements"] is None
    assert home.summary.startswith(f"You most likely live in {where}: 100% of your ")
    # running text names a country with its article (TRIP55, WORD57: wording.in_text): "shipped to the United States"
    here_t, there_t = in_text(here), in_text(there)
    assert home.summary.endswith(
        f" ship there, and your logins from {here_t} fall on days with logins from {there_t}, whose clock your "
        f"activity keeps too, so the logins from {there_t} are most likely an always-on VPN or proxy exit.")
    days = sum(1 for i in range(DAYS) if (FIRST + timedelta(days=i)).day == 1)
    assert (f"Your {days} login days in {here_t} fall on days with logins in {there_t} too, and your activity keeps "
            f"a clock of both countries: your home's own logins beside an always-on VPN exit in {there_t}, or days "
            f"across the border; the logins and the clock cannot tell which, your orders shipped to {here_t} do."
            ) in home.caveats
    assert "so the orders tell the home; medium at most" in home.confidence_basis
    # the evidence shown first is the orders' (it was the exit's logins, the orders only counted against them)
    assert shown["evidence"]["items"][0]["excerpt"] == f"order shipped to {where}"
    # the exit's logins are on every day at home: no 730-day "stay" in the exit's country
    assert view.headline(trips.to_dict()) == "No trips abroad seen."
    assert not any("still open" in c for c in home.caveats)
    assert str(trips.confidence) in ("low", "medium")


@pytest.mark.parametrize(("zone", "exit_cc", "home_cc", "town", "clock"), [
    ("Europe/Vienna", "DE", "AT", ("Vienna", None, "AT"), "Vienna time"),  # was "Berlin time"
    ("Europe/Brussels", "NL", "BE", ("Brussels", None, "BE"), "Brussels time"),  # was "Amsterdam time"
    ("Europe/Dublin", "GB", "IE", ("Dublin", None, "IE"), "Dublin time"),  # was "London time"
])
def test_the_clock_is_named_for_the_home_the_orders_tell(zone: str, exit_cc: str, home_cc: str,
                                                          town: tuple[str, str | None, str], clock: str) -> None:
    tz = _report(zone, exit_cc, home_cc, town).finding("timezone")
    assert view.headline(tz.to_dict()).startswith(f"You live on {clock} ({zone},")
    assert tz.caveats[0] == (f"Your logins cannot tell whether you live in {in_text(NAMES[home_cc])} or in "
                             f"{in_text(NAMES[exit_cc])} (one of them a VPN or proxy exit); your activity keeps the "
                             "same clock either way.")
    assert str(tz.confidence) == "medium"  # the same clock either way: as sure as the home the orders tell


@pytest.mark.parametrize(("zone", "exit_cc", "home_cc", "town"), [
    ("Europe/Madrid", "PT", "ES", ("Lisbon", None, "PT")),
    ("Europe/Vienna", "DE", "AT", ("Munich", None, "DE")),
    ("America/Chicago", "CA", "US", ("Toronto", "ON", "CA")),
    ("America/Toronto", "US", "CA", ("Buffalo", "NY", "US")),
])
def test_orders_to_the_exit_s_own_country_keep_it(zone: str, exit_cc: str, home_cc: str,
                                                  town: tuple[str, str | None, str]) -> None:
    home = _report(zone, exit_cc, home_cc, town).finding("home")
    there = NAMES[exit_cc]
    assert view.headline(home.to_dict()) == f"You most likely live in {town[0]}, {there}."
    assert (home.value["country"], str(home.confidence)) == (exit_cc, "medium")
    assert home.value.get("untold_exit") is None
    assert any(c.endswith(f"always-on VPN exit in {in_text(there)}; neither the logins nor the clock tell which.")
               for c in home.caveats)


# An exit told by distance whose clock the activity keeps too (proxies.ProxyExits.untold, T39): a Tokyo resident's
# always-on Australian exit, a Japanese login a month. Orders shipped to Tokyo left the home "You most likely live in
# Australia.", low, and the zone "Tokyo time …, or Darwin time … or Brisbane time … if you live in Australia" (the
# orders only a disagreement); now they turn the home as the neighbour's few days' do above.
FAR = [
    ("Asia/Tokyo", "AU", "JP", ("Tokyo", None, "JP"), "Tokyo time (Asia/Tokyo, UTC+9)."),
    ("Australia/Brisbane", "JP", "AU", ("Brisbane", "QLD", "AU"), "Brisbane time (Australia/Brisbane, UTC+10)."),
    ("Australia/Sydney", "NZ", "AU", ("Sydney", "NSW", "AU"), "Sydney time (Australia/Sydney, UTC+10 with summer "
     "time)."),
]


@pytest.mark.parametrize(("zone", "exit_cc", "home_cc", "town", "clock"), FAR)
def test_orders_to_the_far_country_the_clock_cannot_tell_turn_the_home_to_it(
        zone: str, exit_cc: str, home_cc: str, town: tuple[str, str | None, str], clock: str) -> None:
    report = _report(zone, exit_cc, home_cc, town)
    home, tz, trips = report.finding("home"), report.finding("timezone"), report.finding("trips")
    here, there = NAMES[home_cc], NAMES[exit_cc]
    shown = home.to_dict()
    assert view.headline(shown) == f"You most likely live in {town[0]}, {here}."  # was "… in {there}.", low
    assert (shown["value"]["country"], shown["value"]["untold_exit"], shown["confidence"]) == (home_cc, exit_cc,
                                                                                                 "medium")
    days = sum(1 for i in range(DAYS) if (FIRST + timedelta(days=i)).day == 1)
    # far apart: the other reading is an exit in the orders' country, not days across a border
    assert (f"Your {days} login days in {here} fall on days with logins in {there} too, and your activity keeps a "
            f"clock of both countries: your home's own logins beside an always-on VPN exit in {there}, or an exit in "
            f"{here} beside a home in {there}; the logins and the clock cannot tell which, your orders shipped to "
            f"{here} do.") in home.caveats
    # the logins set aside are still said as they are (the data), the home's clock the one read
    (gone,) = shown["value"]["proxy_exits"]
    assert (gone["country"], gone.get("clock_cannot_tell")) == (home_cc, True)
    assert view.headline(tz.to_dict()) == f"You live on {clock}"
    assert view.headline(trips.to_dict()) == "No trips abroad seen."
    assert str(trips.confidence) == "medium"
    assert f"Trips are read with {here} as your home, which your logins cannot tell from {there}: if you live in " \
           f"{there}, a trip to {here} would not show here." in trips.caveats


@pytest.mark.parametrize(("zone", "exit_cc", "home_cc", "town", "clock", "other", "conf"), [
    # was "You live on Madrid time (…), or Lisbon time (Europe/Lisbon, UTC+0 with summer time) if you live in
    # Portugal: your activity fits both, …", low, beside a home of medium the orders told
    ("Europe/Madrid", "PT", "ES", ("Madrid", None, "ES"), "Madrid time (Europe/Madrid, UTC+1 with summer time).",
     {"country": "PT", "zone": "Europe/Lisbon", "utc_offset_hours": 0.0, "observes_dst": True}, "medium"),
    ("America/Mexico_City", "US", "MX", ("Ciudad de México", None, "MX"),
     "Mexico City time (America/Mexico_City, UTC−6).",
     {"country": "US", "zone": "America/Phoenix", "utc_offset_hours": -7.0, "observes_dst": False}, "medium"),
    ("Australia/Brisbane", "JP", "AU", ("Brisbane", "QLD", "AU"), "Brisbane time (Australia/Brisbane, UTC+10).",
     {"country": "JP", "zone": "Asia/Tokyo", "utc_offset_hours": 9.0, "observes_dst": False}, "medium"),
])
def test_the_clock_of_the_home_the_orders_tell_is_read_the_other_said_in_a_caveat(
        zone: str, exit_cc: str, home_cc: str, town: tuple[str, str | None, str], clock: str, other: dict,
        conf: str) -> None:
    report = _report(zone, exit_cc, home_cc, town)
    tz = report.finding("timezone")
    shown = tz.to_dict()
    assert view.headline(shown) == f"You live on {clock}"
    assert shown["value"]["untold_zones"] == [other | {"set_aside_by_orders": True}]
    here, there = in_text(NAMES[home_cc]), in_text(NAMES[exit_cc])  # running text (TRIP55, wording.in_text)
    assert tz.caveats[0] == (f"Your logins cannot tell whether you live in {here} or in {there} (one of them a VPN or "
                             "proxy exit), and your activity fits a clock of each; your orders ship to "
                             f"{here}, so {zone} is read: {other['zone']} if you live in {there}.")
    assert (shown["confidence"], report.finding("home").to_dict()["confidence"]) == (conf, "medium")
    assert f"{conf} at most, as the home: {home_cc} (the orders) or {exit_cc}" in tz.confidence_basis


def test_orders_to_the_far_exit_s_own_country_keep_both_clocks() -> None:
    # a Tokyo sleeper whose orders ship to Sydney: the orders agree with the logins' country, nothing is turned and
    # the zone says both clocks, low (as before)
    report = _report("Asia/Tokyo", "AU", "JP", ("Sydney", "NSW", "AU"))
    home, tz = report.finding("home"), report.finding("timezone")
    assert view.headline(home.to_dict()) == "You most likely live in Sydney, Australia."
    assert (home.value.get("untold_exit"), str(home.confidence)) == (None, "low")
    assert view.headline(tz.to_dict()).endswith(
        "or Tokyo time (Asia/Tokyo, UTC+9) if you live in Japan: your activity fits both, and your logins cannot "
        "tell which country is a VPN exit.")
    assert not any(u.get("set_aside_by_orders") for u in tz.value["untold_zones"])
    assert str(tz.confidence) == "low"
