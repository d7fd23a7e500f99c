"""Two seasonal homes whose switch dates differ from year to year, read with sparse logins or none (SEASONS3).

A Berlin/Tenerife person who flies south on 20 Oct one year and 8 Nov the next, and back on 5 Apr and 22 Mar: with a
login a week the home was "unclear … VPN exits" (each season's 22–33 login days were under the 30 a run needed), with
a login every third day the last season was lost in the one before; without logins the rhythm's cuts fell up to two
weeks off the true dates (drawn to the summer-time dates, when both clocks lie at UTC+1) and the winters were named
"Abidjan time". Far seasons with no login (Hamburg/Bangkok) were three "stays abroad" on Jakarta time, Phoenix's
winters "Mexico City time" and a New Yorker's London summer "Berlin time": where no record places the person, the
other clock is said as the home's open range moved by the hours between them. People are invented: records built
directly as events, as in tests/test_seasonal_clocks_near.py."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from test_inference_synth import Stream, local
from test_seasonal_clocks_near import day_hours

from dataexam.inference import infer
from dataexam.inference.moves import moves_and_back
from dataexam.report.view import _h_timezone

NOW = datetime(2025, 1, 5, tzinfo=UTC)
FIRST = date(2023, 1, 2)
DAYS = 730
IPS = {"US": "73.10.0.5", "DE": "91.64.0.1", "ES": "88.1.2.3"}
BERLIN, CANARY = ("Europe/Berlin", "DE"), ("Atlantic/Canary", "ES")
# the winters from 20 Oct 2023 to 22 Mar 2024 and from 8 Nov 2024; the summer from 5 Apr 2023
TENERIFE_WINTERS = [(date(2022, 1, 1), CANARY), (date(2023, 4, 5), BERLIN), (date(2023, 10, 20), CANARY),
                    (date(2024, 3, 22), BERLIN), (date(2024, 11, 8), CANARY)]


def _life(switches: list[tuple[date, tuple[str, str | None]]], login_every: int | None = None,
          login_hours: tuple[float, ...] = (9.0, 21.0), seed: int = 4) -> list:
    """Two years of 8 tweets a day on the clock of the home each day falls in (``switches``: from which local day
    each (zone, login country) holds), asleep 23:30–07:00 on weekdays and 01:30–09:00 at weekends there; with
    ``login_every`` a login at each of ``login_hours`` every that many days."""
    rng, s, out = random.Random(seed), Stream("twitter.zip"), []
    for i in range(DAYS):
        d = FIRST + timedelta(days=i)
        zone, cc = [home for since, home in switches if since <= d][-1]
        out += [s.ev(local(ZoneInfo(zone), d, h), "twitter.tweet",
                     "Cooking pasta tonight and planning a bike ride tomorrow") for h in day_hours(rng, d)]
        if login_every and cc and i % login_every == 0:
            out += [s.ev(local(ZoneInfo(zone), d, h), "twitter.login", None, ip=IPS[cc]) for h in login_hours]
    return sorted(out, key=lambda e: e.sort_key)


def _near(got: list[str], real: list[date], days: int) -> None:
    assert len(got) == len(real), (got, real)
    for g, r in zip(got, real, strict=True):
        assert abs((date.fromisoformat(g) - r).days) <= days, (got, real)


def test_weekly_logins_name_both_homes_and_every_season() -> None:
    """A login a week: each season's run of login days is as long as the calendar days it spans. Was "Home unclear:
    login IPs are spread over 2 countries; the most common (DE) holds only 59% …"."""
    report = infer(_life(TENERIFE_WINTERS, login_every=7), now=NOW, include_sensitive=True)
    home = report.finding("home")
    assert home.summary.startswith("You most likely have two seasonal homes: Spain (Oct–Mar) and Germany (Apr–Oct)")
    periods = home.value["moved"]["periods"]
    assert [p["country"] for p in periods] == ["ES", "DE", "ES", "DE", "ES"]
    # each season from its first login there: within the week between two logins of the true day
    _near([p["from"] for p in periods[1:]], [d for d, _h in TENERIFE_WINTERS[1:]], 7)


def test_logins_every_third_day_keep_the_last_season() -> None:
    """The last winter (8 Nov – 31 Dec 2024, 18 login days) was folded into the summer before it: the home read as
    Germany since 24 Mar 2024. Now Spain's season is the latest period, from 8–10 Nov."""
    report = infer(_life(TENERIFE_WINTERS, login_every=3, login_hours=(12.0,)), now=NOW, include_sensitive=True)
    moved = report.finding("home").value["moved"]
    assert moved["to"] == "ES" and moved["seasonal"] is not None
    assert [p["country"] for p in moved["periods"]][-2:] == ["DE", "ES"]
    _near([moved["since"]], [date(2024, 11, 8)], 3)


def test_sparse_runs_count_their_calendar_days() -> None:
    """The rule alone: a weekly login's runs of 20–30 days each are seasons, a move and a move back."""
    days, tops = [], []
    for i in range(0, DAYS, 7):
        d = FIRST + timedelta(days=i)
        days.append(d)
        tops.append([home[1] for since, home in TENERIFE_WINTERS if since <= d][-1])
    got = moves_and_back(days, tops)
    assert got is not None and [p["country"] for p in got["periods"]] == ["ES", "DE", "ES", "DE", "ES"]
    assert got.get("seasonal")


def test_irregular_switches_without_logins_are_dated_by_the_nights() -> None:
    """No record places the person: each switch on its own date (was 2 Apr for 5 Apr, 25 Mar for 22 Mar, 1 Nov for
    8 Nov: Berlin's November and Tenerife's October both lie at UTC+1, and went to either season by chance), and
    the winters said as a range, not "Abidjan time (Africa/Abidjan, UTC+0)"."""
    report = infer(_life(TENERIFE_WINTERS), now=NOW, include_sensitive=True)
    tz = report.finding("timezone")
    periods = tz.value["periods"]
    assert [p["kind"] for p in periods] == ["season", "home", "season", "home", "season"]
    _near([p["from"] for p in periods[1:]], [d for d, _h in TENERIFE_WINTERS[1:]], 3)
    said = _h_timezone(tz.value)
    assert said.startswith("You live on two clocks by season: one of the clocks from UTC−1 to UTC+1 Oct–Mar and "
                           "one of the clocks from UTC+0 to UTC+2 (with summer time) Apr–Oct, each year"), said
    assert "Abidjan" not in said and "Abidjan" not in " ".join(tz.caveats)
    assert not any("a stay, or a move too recent" in c for c in (tz.confidence_basis, *tz.caveats))


def test_seasons_with_logins_are_not_lowered_as_a_stay_or_a_move() -> None:
    """The latest period is the other home's season come round again: the zone's confidence was lowered "because the
    latest period is on another clock (a stay, or a move too recent to tell)"."""
    tz = infer(_life(TENERIFE_WINTERS, login_every=1, login_hours=(8.8, 14.2, 23.0)), now=NOW).finding("timezone")
    assert [(s["zone"], s["from_month"], s["until_month"]) for s in tz.value["seasons"]] == [
        ("Atlantic/Canary", 10, 3), ("Europe/Berlin", 4, 10)]
    assert "a stay, or a move too recent" not in tz.confidence_basis
    assert "in your other home's seasons, each read on its own clock" in tz.confidence_basis


def _yearly(summer: str, winter: str) -> list[tuple[date, tuple[str, str | None]]]:
    return [(date(2022, 1, 1), (winter, None)), (date(2023, 4, 1), (summer, None)), (date(2023, 11, 1), (winter, None)),
            (date(2024, 4, 1), (summer, None)), (date(2024, 11, 1), (winter, None))]


def test_far_seasons_without_logins_are_seasons_on_an_open_clock() -> None:
    """Hamburg's summers and Bangkok's winters, no login: was "You live on one of the clocks from UTC+0 to UTC+4:30;
    2 Jan – 31 Mar 2023 on Jakarta time (Asia/Jakarta) — a stay abroad?" three times."""
    tz = infer(_life(_yearly("Europe/Berlin", "Asia/Bangkok")), now=NOW).finding("timezone")
    assert {p["kind"] for p in tz.value["periods"]} == {"home", "season"}
    said = _h_timezone(tz.value)
    assert said.startswith("You live on two clocks by season: one of the clocks from UTC+6 to UTC+10:30 Nov–Mar and "
                           "one of the clocks from UTC+0 to UTC+4:30"), said
    assert "Jakarta" not in said and "stay abroad" not in said
    assert "as your daily rhythm shows" in tz.caveats[0] and "Jakarta" not in tz.caveats[0]


def test_phoenix_winters_without_logins_are_no_mexico_city_time() -> None:
    """Chicago's summers and Phoenix's winters, no login: the winters were "Mexico City time (America/Mexico_City,
    UTC−6)", an hour off Phoenix's and a country the data cannot tell; now the home's range moved by their hours."""
    tz = infer(_life(_yearly("America/Chicago", "America/Phoenix")), now=NOW,
               include_sensitive=True).finding("timezone")
    said = _h_timezone(tz.value)
    assert said.startswith("You live on two clocks by season: one of the clocks from UTC−7 to UTC−3 Nov–Mar and "), said
    assert "Mexico" not in said and "Mexico" not in tz.caveats[0]
    _near([p["from"] for p in tz.value["periods"][1:]],
          [date(2023, 4, 1), date(2023, 11, 1), date(2024, 4, 1), date(2024, 11, 1)], 2)


def test_a_stay_without_logins_is_said_by_its_range() -> None:
    """A New Yorker's three London months, no login: was "1 May – 1 Aug 2024 on Berlin time (Europe/Berlin) — a
    stay abroad?"."""
    tz = infer(_life([(date(2022, 1, 1), ("America/New_York", None)), (date(2024, 5, 1), ("Europe/London", None)),
                      (date(2024, 8, 1), ("America/New_York", None))]), now=NOW).finding("timezone")
    said = _h_timezone(tz.value)
    assert "on one of the clocks from UTC+0 to UTC+3 — a stay abroad?" in said, said
    assert "Berlin" not in said and "Berlin" not in tz.caveats[0]


def test_one_phoenix_winter_from_a_chicago_home() -> None:
    """A Chicagoan's one winter in Phoenix (1 Nov 2023 – 31 Mar 2024), every login "US": an hour from her Chicago
    winters in UTC, under the 2.5 h the regimes cut, and the whole history fitted every US clock about equally — was
    "You live on one of the clocks kept in United States from Los Angeles time … to New York time …; New York time
    is named only because more people live on it", no period. Now the winter is a stint on Phoenix's clock, the one
    US clock without summer time at UTC−7, whose nights put the home on Chicago's."""
    life = [(date(2022, 1, 1), ("America/Chicago", "US")), (date(2023, 11, 1), ("America/Phoenix", "US")),
            (date(2024, 4, 1), ("America/Chicago", "US"))]
    report = infer(_life(life, login_every=1, login_hours=(8.8, 14.2, 23.0)), now=NOW, include_sensitive=True)
    tz = report.finding("timezone")
    assert _h_timezone(tz.value) == ("You live on Chicago time (America/Chicago, UTC−6 with summer time); "
                                     "1 Nov 2023 – 31 Mar 2024 on Phoenix time (America/Phoenix) — a stint on "
                                     "another of the country's clocks")
    assert [(p["zone"], p["kind"]) for p in tz.value["periods"]] == [
        ("America/Chicago", "home"), ("America/Phoenix", "stint"), ("America/Chicago", "home")]
    assert "New_York" not in " ".join(p["zone"] for p in tz.value["periods"])
    assert report.clock.utcoffset(datetime(2024, 1, 15, 12)) == timedelta(hours=-7)
    assert report.clock.utcoffset(datetime(2024, 7, 15, 12)) == timedelta(hours=-5)
    assert report.finding("home").value["country"] == "US"
