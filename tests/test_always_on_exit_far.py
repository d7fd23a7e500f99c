"""An always-on VPN exit beside a home login once a month, for homes far from Europe (T38 M5).

Every login through a US (or German) exit, one login a month from home: a Berliner, a Londoner, a Madrileño were read
in their own country ("You most likely live in Germany", low, the exit's logins set aside), but a Tokyo, Sydney,
São Paulo or Toronto resident was "Home unclear: your logins come from United States (100 % of the days with a
login), but your activity contradicts its clock …" on "Manila time" or "Caracas time": the clock named the home over
the country of most login days only where all that country's clocks put the quiet hours where a day sleeper's alone
are, and a Tokyo 03:45 is 08:45 on Honolulu's clock (a late sleeper's). Now a country of few login days is the home
where the activity keeps one of its clocks and none of the exit country's (the zones scored by the activity alone);
a US resident on a US clock who logs in from Japan once a month stays in the United States, and so does a Toronto
resident behind a US exit (New York's clock is Toronto's: nothing tells the two apart). A 10-day trip on another
country's clock behind the same exit stays a trip, and the home's "low" (its own 23 login days) is no longer raised to
"high" by the trip's days counted among the home's.

People are invented: records built directly as events (test_move_dates._day: eight tweets a day, awake 07:00–23:30
on weekdays, 09:00–01:30 at weekends), logins from country-level addresses.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from functools import cache

import pytest
from test_clock_exits_weekends import DAYS, FIRST, IPS, NOW, _logins
from test_inference_synth import Stream
from test_move_dates import _day

from dataexam.inference import infer
from dataexam.report import view
from dataexam.wording import in_text

IPS.setdefault("AU", "1.128.0.1")
IPS.setdefault("BR", "177.0.0.1")
IPS.setdefault("NZ", "49.224.0.1")
IPS.setdefault("MX", "189.130.0.4")
IPS.setdefault("SG", "175.156.0.1")
IPS.setdefault("PT", "85.240.0.1")
IPS.setdefault("ES", "83.32.0.1")
IPS.setdefault("SE", "78.64.0.1")
IPS.setdefault("FI", "84.248.0.1")
TRIP = (date(2023, 10, 3), date(2023, 10, 12))


@cache
def _report(zone: str, exit_cc: str, home_cc: str, trip: tuple[str, str] | None = None):
    """Two years at ``zone``: every day's logins (08:48, 14:12, 23:00 on ``zone``'s clock) through ``exit_cc``, and
    one from ``home_cc`` at noon on the first of each month; with ``trip`` (zone, country), 3–12 Oct 2023 there: the
    day on its clock, the exit still on, and the country's own logins at 10:00 and 19:00."""
    rng, s, ev = random.Random(7), Stream("x.zip"), []
    for i in range(DAYS):
        d = FIRST + timedelta(days=i)
        if trip and TRIP[0] <= d <= TRIP[1]:
            ev += _day(rng, s, trip[0], d) + _logins(s, trip[0], d, exit_cc, (8.8, 14.2, 23.0)) + \
                _logins(s, trip[0], d, trip[1], (10.0, 19.0))
            continue
        ev += _day(rng, s, zone, d) + _logins(s, zone, d, exit_cc, (8.8, 14.2, 23.0))
        if d.day == 1:
            ev += _logins(s, zone, d, home_cc, (12.0,))
    return infer(sorted(ev, key=lambda e: e.sort_key), now=NOW)


@pytest.mark.parametrize(("zone", "exit_cc", "home_cc", "country", "clock"), [
    ("Asia/Tokyo", "US", "JP", "Japan", "Tokyo time"),
    ("Australia/Sydney", "US", "AU", "Australia", "Sydney time"),
    ("America/Sao_Paulo", "DE", "BR", "Brazil", "São Paulo time"),
    ("America/Toronto", "DE", "CA", "Canada", "Toronto time"),
    ("Europe/London", "US", "GB", "United Kingdom", "London time"),  # read so before, unchanged
    # Honolulu keeps Auckland's hours of the day 1–2 h off: the month-long runs between two New Zealand logins were
    # left as stays the clock cannot tell, "Home unclear … United States … night work?" (T39)
    ("Pacific/Auckland", "US", "NZ", "New Zealand", "Auckland time"),
])
def test_the_monthly_home_login_names_the_home_behind_an_always_on_exit(zone: str, exit_cc: str, home_cc: str,
                                                                        country: str, clock: str) -> None:
    report = _report(zone, exit_cc, home_cc)
    home, tz, trips = report.finding("home"), report.finding("timezone"), report.finding("trips")
    assert view.headline(home.to_dict()) == f"You most likely live in {in_text(country)}."  # "the United Kingdom"
    assert (home.value["country"], str(home.confidence)) == (home_cc, "low")
    (gone,) = home.value["proxy_exits"]  # its days counted in UTC: 730 or 731
    assert (gone["country"], gone["logins"], gone["switches_with"]) == (exit_cc, 2190, home_cc)
    # running text takes the article (wording.in_text): "the United States", "the United Kingdom"
    exit_name = "the United States" if exit_cc == "US" else "Germany"
    home_name = "the United Kingdom" if home_cc == "GB" else country
    said = (f"2,190 logins from {exit_name} set aside: they switch with {home_name} within hours, farther than travel "
            f"allows (a VPN or proxy exit, not a place you were; your activity keeps the clock of {home_name}, not of "
            f"{exit_name}, though most of your login days are there).")
    assert said in home.caveats and said in tz.caveats and said in trips.caveats
    assert clock in view.headline(tz.to_dict())
    assert tz.value["zone"] == zone
    assert trips.value == [] and view.headline(trips.to_dict()) == "No trips abroad seen."


@pytest.mark.parametrize("zone", ["America/New_York", "Pacific/Honolulu"])
def test_a_us_resident_s_monthly_login_from_japan_leaves_the_us_home(zone: str) -> None:
    # the activity on a US clock (Honolulu's too, the nearest to Tokyo's): Japan's clock does not fit it, the US's does
    report = _report(zone, "US", "JP")
    home, tz = report.finding("home"), report.finding("timezone")
    assert view.headline(home.to_dict()) == "You most likely live in the United States."
    assert home.value["country"] == "US"
    # Honolulu's clock is said beside Phoenix's (the activity cannot tell them apart, more people live on Phoenix's)
    assert zone.split("/")[1].replace("_", " ") + " time" in view.headline(tz.to_dict())
    assert not any("set aside" in c and "from the United States" in c for c in home.caveats)


def test_a_toronto_resident_behind_a_us_exit_stays_in_the_us() -> None:
    # New York's clock is Toronto's: the activity keeps a clock of the exit's country, so the logins' majority stands
    # (no clock can tell a New Yorker's monthly login from Canada from this)
    report = _report("America/Toronto", "US", "CA")
    assert report.finding("home").value["country"] == "US"


@pytest.mark.parametrize(("zone", "home_cc", "country"), [("America/Mexico_City", "MX", "Mexico"),
                                                          ("America/Toronto", "CA", "Canada")])
def test_a_neighbour_s_monthly_login_on_a_clock_of_both_is_no_high_home(zone: str, home_cc: str, country: str) -> None:
    # Mexico City's UTC−6 is US Central's in winter, Toronto's New York's: no distance tells a switch across the
    # border, and the clock keeps both countries', so a day across the border and a home behind an always-on US
    # exit read the same (T39: "You most likely live in United States", high, on Phoenix time; T41 M4: medium, with
    # nothing else to tell, now low, and the trips with it)
    report = _report(zone, "US", home_cc)
    home = report.finding("home")
    assert view.headline(home.to_dict()) == "You most likely live in the United States."
    assert (home.value["country"], str(home.confidence)) == ("US", "low")
    assert str(report.finding("trips").confidence) == "low"
    days = sum(1 for i in range(DAYS) if (FIRST + timedelta(days=i)).day == 1)
    assert (f"Your {days} login days in {country} fall on days with logins in the United States too, and your activity "
            "keeps a clock of both countries: days across the border, or your home's own logins beside an always-on "
            "VPN exit in the United States; neither the logins nor the clock tell which.") in home.caveats


@pytest.mark.parametrize(("zone", "exit_cc", "home_cc", "country", "exit_name"), [
    ("Europe/Madrid", "PT", "ES", "Spain", "Portugal"), ("Europe/Helsinki", "SE", "FI", "Finland", "Sweden")])
def test_an_always_on_exit_an_hour_away_with_nothing_else_to_tell_is_a_low_home(
        zone: str, exit_cc: str, home_cc: str, country: str, exit_name: str) -> None:
    # the clocks an hour apart (Madrid's and Lisbon's): the activity fits both, the neighbours' logins need no
    # journey, and no night, order or place says which is home (T41 M4: "You most likely live in Portugal", medium)
    report = _report(zone, exit_cc, home_cc)
    home, trips = report.finding("home"), report.finding("trips")
    assert (home.value["country"], str(home.confidence), str(trips.confidence)) == (exit_cc, "low", "low")
    assert any(c.startswith("Your 23 login days in " + country) and c.endswith(
        f"always-on VPN exit in {exit_name}; neither the logins nor the clock tell which.") for c in home.caveats)


@pytest.mark.parametrize(("zone", "home_cc", "trip", "said"), [
    ("Europe/Berlin", "DE", ("Asia/Tokyo", "JP"), "1 trip abroad: Japan 3–12 Oct 2023."),
    ("Asia/Tokyo", "JP", ("Europe/Berlin", "DE"), "1 trip abroad: Germany 3–12 Oct 2023."),
])
def test_a_trip_behind_the_always_on_exit_stays_a_trip(zone: str, home_cc: str, trip: tuple[str, str],
                                                        said: str) -> None:
    # ten days abroad on the country's own clock, its logins beside the exit's: a trip, and the home's confidence
    # still rests on its own 23-24 days (the trip's days made the bootstrap's 34 days "high")
    report = _report(zone, "US", home_cc, trip)
    home, trips = report.finding("home"), report.finding("trips")
    assert view.headline(trips.to_dict()) == said
    assert [(t["country"], t["start"], t["end"]) for t in trips.value] == [(trip[1], "2023-10-03", "2023-10-12")]
    assert (home.value["country"], str(home.confidence)) == (home_cc, "low")
    assert "outside a stay abroad (fewer than 30, so low at best)" in home.confidence_basis


def test_an_always_on_exit_on_the_home_s_clock_leaves_the_home_low_and_says_either() -> None:
    # a Tokyo resident's Australian exit: Perth keeps UTC+8, Brisbane +10, Tokyo +9 between them, so the activity keeps
    # a clock of both countries and cannot tell a Tokyo resident behind an Australian exit from an Australian's monthly
    # Japanese exit; the logins' majority stands, but low, and the Japanese logins are not called the exit outright
    # (T39: "You most likely live in Australia", high, "23 logins from Japan set aside … a VPN or proxy exit")
    report = _report("Asia/Tokyo", "AU", "JP")
    home = report.finding("home")
    assert view.headline(home.to_dict()) == "You most likely live in Australia."
    assert (home.value["country"], str(home.confidence)) == ("AU", "low")
    (gone,) = home.value["proxy_exits"]
    assert (gone["country"], gone["switches_with"], gone.get("clock_cannot_tell")) == ("JP", "AU", True)
    said = (f"{gone['logins']} logins from Japan set aside: they switch with Australia within hours, farther than "
            "travel allows, so one of the two is a VPN or proxy exit; your activity keeps a clock of both countries "
            "and cannot tell which: if you live in Japan, the logins from Australia are the exit.")
    assert said in home.caveats
    assert not any("(a VPN or proxy exit, not a place you were" in c for c in home.caveats)


@pytest.mark.parametrize(("zone", "exit_cc", "home_cc", "headline", "other", "exit_said"), [
    # Sydney keeps Auckland's summer time two hours behind: the activity fits Sydney's clock, not Auckland's
    ("Australia/Sydney", "NZ", "AU",
     "You live on Auckland time (Pacific/Auckland, UTC+12 with summer time), or Sydney time (Australia/Sydney, UTC+10 "
     "with summer time) if you live in Australia: your activity fits Sydney time better, and your logins cannot tell "
     "which country is a VPN exit.",
     {"country": "AU", "zone": "Australia/Sydney", "utc_offset_hours": 10.0, "observes_dst": True,
      "fits_better": True}, True),
    ("Australia/Brisbane", "JP", "AU",
     "You live on Tokyo time (Asia/Tokyo, UTC+9), or Brisbane time (Australia/Brisbane, UTC+10) if you live in "
     "Australia: your activity fits both, and your logins cannot tell which country is a VPN exit.",
     {"country": "AU", "zone": "Australia/Brisbane", "utc_offset_hours": 10.0, "observes_dst": False}, True),
    # a neighbour's monthly login (_near_untold): Mexico City's UTC−6 all year, Phoenix's −7 the US clock that fits;
    # the lull fits Cancún's −5 an hour on as well (0.08 nats), so Mexico's clocks are both said (T40B M3: the one
    # clock named for the other country was an hour or two off for Chicago, Vancouver and Los Angeles sleepers)
    ("America/Mexico_City", "US", "MX",
     "You live on Phoenix time (America/Phoenix, UTC−7), or Mexico City time (America/Mexico_City, UTC−6) or Cancún "
     "time (America/Cancun, UTC−5) if you live in Mexico: your activity fits both, and your logins cannot tell which "
     "country is a VPN exit.",
     {"country": "MX", "zone": "America/Mexico_City", "utc_offset_hours": -6.0, "observes_dst": False,
      "open_zones": [{"zone": "America/Mexico_City", "utc_offset_hours": -6.0, "observes_dst": False},
                     {"zone": "America/Cancun", "utc_offset_hours": -5.0, "observes_dst": False}]}, False),
])
def test_the_time_zone_of_a_home_the_logins_cannot_tell_from_its_exit_names_both_clocks(
        zone: str, exit_cc: str, home_cc: str, headline: str, other: dict, exit_said: bool) -> None:
    # T39: the home was low (or medium) beside "the activity cannot tell which is the exit", but the time zone stayed
    # on the exit country's clock, high ("Auckland time", "Tokyo time") or medium ("Phoenix time")
    report = _report(zone, exit_cc, home_cc)
    tz, home = report.finding("timezone"), report.finding("home")
    assert home.value["country"] == exit_cc and str(home.confidence) in ("low", "medium")
    if exit_said:
        (gone,) = home.value["proxy_exits"]
        assert (gone["country"], gone.get("clock_cannot_tell")) == (home_cc, True)
    assert view.headline(tz.to_dict()) == headline
    assert str(tz.confidence) == "low"
    assert tz.value["untold_zones"] == [other]
    assert tz.caveats[0].startswith("Your logins cannot tell whether you live in ")


def test_a_home_on_the_clock_of_its_untold_neighbour_names_one_clock() -> None:
    # Toronto's clock is New York's: which country is home leaves the clock as it is, so no other clock is named;
    # that the logins cannot tell the two countries is said all the same (HOME44 2: the zone, low on the clock alone,
    # said nothing of it, where Chicago's and New York's behind a Canadian exit said it)
    tz = _report("America/Toronto", "US", "CA").finding("timezone")
    assert tz.value.get("untold_zones") is None
    assert tz.caveats[0] == ("Your logins cannot tell whether you live in the United States or in Canada (one of "
                             "them a VPN or proxy exit); your activity keeps the same clock either way.")


@pytest.mark.parametrize(("zone", "exit_cc", "home_cc", "offset", "wrong"), [
    ("Australia/Perth", "SG", "AU", 8.0, "Brisbane"),
    ("America/Denver", "MX", "US", None, "New York"),
])
def test_the_other_country_s_clock_is_the_one_the_activity_fits_best(
        zone: str, exit_cc: str, home_cc: str, offset: float | None, wrong: str) -> None:
    # T40: the other reading named the most populous of the home country's clocks within the wide margin: "…or
    # Brisbane time (UTC+10) if you live in Australia" for a Perth sleeper (UTC+8), "…or New York time (UTC−5)" for
    # a Denver one; the country's best-fitting clock is Perth's (Singapore's own, so nothing more is said) and a
    # Central or Mountain one
    report = _report(zone, exit_cc, home_cc)
    tz = report.finding("timezone")
    assert wrong not in view.headline(tz.to_dict())
    # and the trips, read from a home the logins cannot tell, are no surer than it ("No trips abroad seen.", high)
    assert str(report.finding("trips").confidence) != "high"
    assert any(c.startswith("Trips are read with ") for c in report.finding("trips").caveats)
    assert not any(wrong in c for c in tz.caveats)
    for other in tz.value.get("untold_zones") or []:
        assert other["utc_offset_hours"] in (-6.0, -7.0)
    if offset is not None:
        assert tz.value.get("untold_zones") is None and tz.value["zone"] == "Asia/Singapore"


def test_the_clock_named_for_a_reading_belongs_to_its_country() -> None:
    # Manaus keeps UTC−4 all year, no US clock does: the zone was named for Venezuela, neither reading's country
    # (T41: "You live on Caracas time (America/Caracas, UTC−4)" beside "the home is United States or Brazil")
    tz = _report("America/Manaus", "US", "BR").finding("timezone")
    head = view.headline(tz.to_dict())
    # TZX47: read among Brazil's clocks before the local-time findings (a São Paulo sleeper's activity is this one an
    # hour on, and was "Manaus time" too): both clocks said, São Paulo's named by head count (was zone Manaus alone)
    assert tz.value["zone"] == "America/Sao_Paulo" and head.startswith(
        "You live on Manaus time (America/Manaus, UTC−4) or São Paulo time (America/Sao_Paulo, UTC−3): your activity "
        "cannot tell these clocks apart")
    assert not any("Caracas" in c for c in [head, *tz.caveats])

