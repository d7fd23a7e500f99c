"""Two seasonal homes on clocks only 1–2 h apart (SEASONS2): Chicago Apr–Oct / Phoenix Nov–Mar, Berlin summers /
Tenerife winters. Both lie under the 2.5 h the daily clock's regimes cut, and one zone fitted to the whole history
was Antarctica/Troll — a station nobody lives on, whose summer time of 2 h blends the two clocks ("You live on Troll
Station time", asleep 06:30–14:00 for the Chicagoan). Now each season is read on its own clock, named with its
months, from the logins' two countries or, where they name one country or none, from the daily rhythm; no zone of
Antarctica is ever a candidate. People are invented: records built directly as events."""

from __future__ import annotations

import random
from array import array
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from test_inference_synth import Stream, local

from dataexam.inference import infer
from dataexam.inference.periods import rhythm_seasons
from dataexam.inference.timezone import QUARTERS, candidates, regimes
from dataexam.inference.zoneprior import zone_countries
from dataexam.report.view import _h_timezone

NOW = datetime(2025, 1, 5, tzinfo=UTC)
FIRST = date(2023, 1, 2)
DAYS = 730
IPS = {"US": "73.10.0.5", "DE": "91.64.0.1", "ES": "88.1.2.3"}


def _zone_on(day: date, summer: str, winter: str) -> str:
    return summer if 4 <= day.month <= 10 else winter


def _times(summer: str, winter: str, seed: int = 4) -> list[tuple[date, str, datetime]]:
    """Two years (2023-01-02 … 2024-12-31) of 8 own actions a day on the season's clock: ``summer``'s zone April to
    October, ``winter``'s November to March; awake 07:00–23:30 on weekdays (mostly quiet 09–17), 09:00–01:30 at
    weekends — asleep 23:30–07:00 and 01:30–09:00 on each season's own clock."""
    rng, out = random.Random(seed), []
    for i in range(DAYS):
        d = FIRST + timedelta(days=i)
        zone = _zone_on(d, summer, winter)
        out += [(d, zone, local(ZoneInfo(zone), d, h)) for h in day_hours(rng, d)]
    return out


def day_hours(rng: random.Random, d: date) -> list[float]:
    """The local hours (after midnight of ``d``) of one day's 8 own actions: awake 07:00–23:30 on weekdays (mostly
    quiet 09–17), 09:00–01:30 at weekends."""
    weekday = d.weekday() < 5
    wake, bed = (7.0 if weekday else 9.0), (23.5 if (d + timedelta(days=1)).weekday() < 5 else 25.5)
    out: list[float] = []
    while len(out) < 8:
        h = rng.uniform(wake, bed)
        if weekday and 9 <= h < 17 and rng.random() > 0.1:
            continue
        out.append(h)
    return out


def _events(summer: tuple[str, str | None], winter: tuple[str, str | None]) -> list:
    """The tweets of :func:`_times` and, where a season's country is given, three logins a day from it (08:48,
    14:12, 23:00 local)."""
    s = Stream("twitter.zip")
    events = [s.ev(t, "twitter.tweet", "Cooking pasta tonight and planning a bike ride tomorrow")
              for _d, _z, t in _times(summer[0], winter[0])]
    for i in range(DAYS):
        d = FIRST + timedelta(days=i)
        zone, cc = summer if 4 <= d.month <= 10 else winter
        if cc is not None:
            events += [s.ev(local(ZoneInfo(zone), d, h), "twitter.login", None, ip=IPS[cc]) for h in (8.8, 14.2, 23.0)]
    return sorted(events, key=lambda e: e.sort_key)


def _day_hists(summer: str, winter: str) -> dict[date, array]:
    """The UTC quarter-hours with an action, per UTC day (the clock finding's day histograms)."""
    hists: dict[date, array] = {}
    for _d, _z, t in _times(summer, winter):
        hist = hists.setdefault(t.date(), array("I", bytes(4 * QUARTERS)))
        hist[(t.hour * 60 + t.minute) // 15] += 1
    return hists


def _no_antarctica(value: dict) -> None:
    named = [value["zone"], *(p["zone"] for p in value.get("periods") or ()),
             *(s["zone"] for s in value.get("seasons") or ())]
    assert not [z for z in named if z.startswith("Antarctica/")], named


def test_no_zone_of_antarctica_is_a_candidate() -> None:
    """Antarctica/Troll (UTC+0, +2 in summer) fits Berlin's summers and Tenerife's winters exactly, and nobody lives
    there: no zone of zone.tab's AQ is a candidate on any days, so none can be named."""
    days = [date(2023, 1, 2) + timedelta(days=k) for k in range(0, 730, 3)]
    zones = {z for c in candidates(days) for z in c.zones}
    assert "Europe/Berlin" in zones and "Atlantic/Canary" in zones
    assert not [z for z in zones if zone_countries().get(z) == "AQ"]
    assert "Antarctica/Troll" not in zones and "Antarctica/Vostok" not in zones


def test_the_rhythm_reads_two_clocks_two_hours_apart_as_seasons() -> None:
    """Chicago's summers (UTC−5) and Phoenix's winters (UTC−7): one regime, cut by the rhythm at each switch into
    five seasons with their months; a Berliner all year (summer time's hour) and Hamburg/Bangkok (6 h: the regimes
    cut it) are no such seasons."""
    hists = _day_hists("America/Chicago", "America/Phoenix")
    periods = regimes(hists)
    assert len(periods) == 1
    got = rhythm_seasons(hists, periods)
    assert got is not None
    parts, seasons = got
    assert [p.season for p in parts] == ["W", "S", "W", "S", "W"]
    assert seasons == [{"clock": "W", "country": None, "from_month": 11, "until_month": 3},
                       {"clock": "S", "country": None, "from_month": 4, "until_month": 10}]
    # each switch within two days of the real one (Phoenix → Chicago on 1 April, back on 1 November; the first falls
    # on a weekend, whose late mornings fit either clock)
    for part, real in zip(parts[1:], (date(2023, 4, 1), date(2023, 11, 1), date(2024, 4, 1), date(2024, 11, 1)),
                          strict=True):
        assert part.start is not None and abs((part.start.date() - real).days) <= 2, (part.start, real)
    berlin = _day_hists("Europe/Berlin", "Europe/Berlin")
    assert rhythm_seasons(berlin, regimes(berlin)) is None
    bangkok = _day_hists("Europe/Berlin", "Asia/Bangkok")
    assert rhythm_seasons(bangkok, regimes(bangkok)) is None


def test_chicago_summers_phoenix_winters_with_us_logins() -> None:
    """Every login "US": the IP country cannot split the homes, the rhythm does. Was "You live on Troll Station
    time (Antarctica/Troll, UTC+0 with summer time)", asleep 06:30–14:00."""
    report = infer(_events(("America/Chicago", "US"), ("America/Phoenix", "US")), now=NOW)
    tz = report.finding("timezone")
    _no_antarctica(tz.value)
    assert [(s["zone"], s["from_month"], s["until_month"]) for s in tz.value["seasons"]] == [
        ("America/Phoenix", 11, 3), ("America/Chicago", 4, 10)]
    assert tz.value["zone"] == "America/Chicago"
    assert {p["kind"] for p in tz.value["periods"]} == {"home", "season"}
    assert _h_timezone(tz.value).startswith("You live on two clocks by season: Phoenix time (America/Phoenix, UTC−7) "
                                            "Nov–Mar and ")
    # each season on its own clock: a July noon in Chicago is 17:00 UTC, a January noon in Phoenix 19:00 UTC
    assert report.clock.utcoffset(datetime(2024, 7, 15, 12)) == timedelta(hours=-5)
    assert report.clock.utcoffset(datetime(2024, 1, 15, 12)) == timedelta(hours=-7)
    sleep = report.finding("sleep").value
    assert (sleep["weekday"]["start"], sleep["weekday"]["end"]) == ("23:30", "07:00")
    assert sleep["zone"] == "America/Chicago"


def test_berlin_summers_tenerife_winters_with_their_logins() -> None:
    """German and Spanish logins name the two homes; Tenerife's winters were read on Madrid's clock by head count
    (an hour off the person's nights and Berlin's own clock: no season at all), and the whole on Troll's. The home
    finding's latest season, 61 days at the archive's end, is the season recurring, not "a long stay abroad that
    looks like a move"."""
    report = infer(_events(("Europe/Berlin", "DE"), ("Atlantic/Canary", "ES")), now=NOW)
    tz = report.finding("timezone")
    _no_antarctica(tz.value)
    assert [(s["country"], s["zone"], s["from_month"], s["until_month"]) for s in tz.value["seasons"]] == [
        ("ES", "Atlantic/Canary", 11, 3), ("DE", "Europe/Berlin", 4, 10)]
    assert _h_timezone(tz.value) == (
        "You live on two clocks by season: Canaries time (Atlantic/Canary, UTC+0 with summer time) Nov–Mar and "
        "Berlin time (Europe/Berlin, UTC+1 with summer time) Apr–Oct, each year.")
    assert report.clock.utcoffset(datetime(2024, 7, 15, 12)) == timedelta(hours=2)
    assert report.clock.utcoffset(datetime(2024, 1, 15, 12)) == timedelta(hours=0)
    sleep = report.finding("sleep").value
    assert (sleep["weekday"]["start"], sleep["weekday"]["end"]) == ("23:30", "07:00")
    home = report.finding("home")
    assert home.value["country"] == "ES" and home.value["moved"]["seasonal"]
    assert not any("looks like a move" in c for c in home.caveats), home.caveats
    assert home.confidence.value == "medium"


def test_berlin_summers_tenerife_winters_without_logins() -> None:
    """No record places the person: the rhythm alone cuts the seasons, each on a clock of its own offset (UTC+0 in
    the winters, Berlin's UTC+2 in the summers), never Troll's blend."""
    report = infer(_events(("Europe/Berlin", None), ("Atlantic/Canary", None)), now=NOW)
    tz = report.finding("timezone")
    _no_antarctica(tz.value)
    assert [(s["utc_offset_hours"], s["from_month"], s["until_month"]) for s in tz.value["seasons"]] == [
        (0.0, 11, 3), (1.0, 4, 10)]
    assert [s["observes_dst"] for s in tz.value["seasons"]][1] is True
    assert report.clock.utcoffset(datetime(2024, 7, 15, 12)) == timedelta(hours=2)
    assert report.clock.utcoffset(datetime(2024, 1, 15, 12)) == timedelta(hours=0)
    assert any("as your daily rhythm shows" in c for c in tz.caveats), tz.caveats


def test_winters_an_hour_earlier_than_the_summers_are_seasons_only_where_the_country_keeps_no_southern_dst() -> None:
    """Phoenix's summers (UTC−7) and Chicago's winters (UTC−6): the winters lie an hour earlier in UTC, as southern
    summer time moves them. With every login in the US (no US clock keeps summer time in January) that is two
    seasonal homes; with Australia's it may be Sydney's own summer time and is none; with no login country it is two
    homes where the switches (1 Nov, 1 Apr) fall on no southern zone's change of clock (T37: was none, and the
    history one zone's southern summer time, "Asunción time")."""
    hists = _day_hists("America/Phoenix", "America/Chicago")
    periods = regimes(hists)
    assert rhythm_seasons(hists, periods) is not None
    assert rhythm_seasons(hists, periods, "AU") is None
    got = rhythm_seasons(hists, periods, "US")
    assert got is not None and got[1] == [{"clock": "W", "country": None, "from_month": 11, "until_month": 3},
                                          {"clock": "S", "country": None, "from_month": 4, "until_month": 10}]
    # was "You live on Asunción time (America/Asuncion, UTC−3 …)", asleep 02:30–10:00
    report = infer(_events(("America/Phoenix", "US"), ("America/Chicago", "US")), now=NOW)
    tz = report.finding("timezone")
    _no_antarctica(tz.value)
    winter, summer = tz.value["seasons"]
    assert (winter["zone"], winter["from_month"], winter["until_month"]) == ("America/Chicago", 11, 3)
    # the summers on a clock of UTC−7 then (Phoenix's, or Los Angeles' summer time: the head count's pick)
    assert (summer["from_month"], summer["until_month"]) == (4, 10)
    assert report.clock.utcoffset(datetime(2024, 7, 15, 12)) == timedelta(hours=-7)
    assert report.clock.utcoffset(datetime(2024, 1, 15, 12)) == timedelta(hours=-6)
    assert "America/Asuncion" not in [tz.value["zone"], *(p["zone"] for p in tz.value["periods"])]
