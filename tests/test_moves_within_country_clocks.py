"""Moves and returns on one country's clocks, and move days (T36B, MOVES3): a move Phoenix → Chicago → Phoenix (US
logins throughout) was "Los Angeles time since 17 Jul 2023; before, Phoenix" — the change of summer-time habit read
one change only — and is now each period on the clock it was lived on, with its dates (periods.clock_runs); periods
no longer share their switch's day; a Saturday move is dated that Saturday; a move Toronto → Buffalo (one clock)
names the country lived in since. People are invented: records built directly as events
(test_inference_synth.person's sleeper; test_move_dates' std_day), logins from the invented addresses of
test_border_nights' IPS."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from itertools import pairwise
from zoneinfo import ZoneInfo

from test_border_nights import IPS
from test_clock_moves_after_seasons import GB_IP, US_IP, _hists, _lived
from test_inference_synth import Stream, local, person
from test_move_dates import _day

from dataexam.inference import infer
from dataexam.inference.periods import clock_runs, country_clocks
from dataexam.inference.zoneprior import clock_years
from dataexam.report import view

NOW = datetime(2025, 4, 2, tzinfo=UTC)


def _three(first: str, second: str, moved: date, back: date, ip2: str = US_IP) -> list:
    """``first`` from 1 Sep 2022, ``second`` from ``moved``, ``first`` again from ``back`` to 31 Mar 2025; a login
    on half the days (US, or ``ip2`` in the middle period)."""
    return _lived([(first, US_IP, date(2022, 9, 1), moved - timedelta(days=1)),
                   (second, ip2, moved, back - timedelta(days=1)),
                   (first, US_IP, back, date(2025, 3, 31))], login_share=0.5, seed=6)


def _periods(tz: dict) -> list[tuple]:
    return [(p["zone"], p["kind"], p["from"], p["to"], p["utc_offset_hours"]) for p in tz["periods"]]


def test_phoenix_chicago_phoenix_reads_each_period_on_its_clock() -> None:
    # was "You live on Los Angeles time … since 17 Jul 2023; before, on Phoenix time", the home period at UTC−5
    report = infer(_three("America/Phoenix", "America/Chicago", date(2024, 1, 10), date(2024, 10, 1)), now=NOW,
                   include_sensitive=True)
    tz = report.finding("timezone").value
    assert tz["zone"] == "America/Phoenix"
    assert _periods(tz) == [
        ("America/Phoenix", "home", "2022-09-01", "2024-01-09", -7.0),
        ("America/Chicago", "stint", "2024-01-10", "2024-09-30", -6.0),
        ("America/Phoenix", "home", "2024-10-01", "2025-03-31", -7.0)]
    assert view.headline(report.finding("timezone").to_dict()) == (
        "You live on Phoenix time (America/Phoenix, UTC−7); 10 Jan – 30 Sep 2024 on Chicago time (America/Chicago) — "
        "a stint on another of the country's clocks")
    assert view.headline(report.finding("home").to_dict()) == "You most likely live in the United States."


def test_a_year_in_chicago_between_phoenix_spells() -> None:
    # was "You live on Phoenix time … since Jun 2024; before, on New York time"
    report = infer(_three("America/Phoenix", "America/Chicago", date(2023, 6, 1), date(2024, 6, 1)), now=NOW,
                   include_sensitive=True)
    tz = report.finding("timezone").value
    assert _periods(tz) == [
        ("America/Phoenix", "home", "2022-09-01", "2023-05-31", -7.0),
        ("America/Chicago", "stint", "2023-06-01", "2024-05-31", -6.0),
        ("America/Phoenix", "home", "2024-06-01", "2025-03-31", -7.0)]
    assert view.headline(report.finding("timezone").to_dict()) == (
        "You live on Phoenix time (America/Phoenix, UTC−7); 1 Jun 2023 – 31 May 2024 on Chicago time "
        "(America/Chicago) — a stint on another of the country's clocks")


def test_the_runs_rule_reads_any_number_of_periods() -> None:
    hists = _hists(_lived([("America/Phoenix", US_IP, date(2022, 9, 1), date(2023, 5, 31)),
                           ("America/Chicago", US_IP, date(2023, 6, 1), date(2023, 12, 31)),
                           ("America/Phoenix", US_IP, date(2024, 1, 1), date(2024, 6, 30)),
                           ("America/New_York", US_IP, date(2024, 7, 1), date(2025, 3, 31))], seed=4))
    days = sorted(hists)
    runs = clock_runs(hists, days, country_clocks("US", clock_years(days[0], days[-1])))
    assert [z for _a, _b, z in runs] == ["America/Phoenix", "America/Chicago", "America/Phoenix", "America/New_York"]
    # each switch on its day, or the next where that day's records fit both clocks (a Monday on Chicago's clock an
    # hour later, 08:00–00:30, reads as well as on Phoenix's)
    for (a, _b, _z), moved in zip(runs[1:], [date(2023, 6, 1), date(2024, 1, 1), date(2024, 7, 1)], strict=True):
        assert 0 <= (a - moved).days <= 1, (a, moved)
    assert all((b - a).days == 1 for (_x, a, _z), (b, _y, _w) in pairwise(runs))


def test_returns_across_clocks_already_read_keep_their_dates() -> None:
    # Chicago → London → Chicago: the stay ran "10 Jan – 2 Oct 2024", a day into the Chicago period from 1 Oct
    report = infer(_three("America/Chicago", "Europe/London", date(2024, 1, 10), date(2024, 10, 1), GB_IP), now=NOW,
                   include_sensitive=True)
    tz = report.finding("timezone").value
    assert [(z, k, a, b) for z, k, a, b, _o in _periods(tz)] == [
        ("America/Chicago", "home", "2022-09-01", "2024-01-09"),
        ("Europe/London", "stay", "2024-01-10", "2024-09-30"),
        ("America/Chicago", "home", "2024-10-01", "2025-03-31")]
    assert view.headline(report.finding("timezone").to_dict()) == (
        "You live on Chicago time (America/Chicago, UTC−6 with summer time); 10 Jan – 30 Sep 2024 on London time "
        "(Europe/London) — a stay abroad?")
    # New York → Los Angeles → New York
    report = infer(_three("America/New_York", "America/Los_Angeles", date(2024, 1, 10), date(2024, 10, 1)), now=NOW,
                   include_sensitive=True)
    tz = report.finding("timezone").value
    assert [(z, k, a, b) for z, k, a, b, _o in _periods(tz)] == [
        ("America/New_York", "home", "2022-09-01", "2024-01-09"),
        ("America/Los_Angeles", "stint", "2024-01-10", "2024-09-30"),
        ("America/New_York", "home", "2024-10-01", "2025-03-31")]
    assert "; 10 Jan – 30 Sep 2024 on Los Angeles time (America/Los_Angeles) — a stint on another of the country's " \
        "clocks" in view.headline(report.finding("timezone").to_dict())


def _std_phoenix_then_chicago(seed: int) -> list:
    """std_day from 1 Sep 2022, in Chicago from Saturday 1 Jun 2024, a US login on half the days."""
    rng, s, events, d = random.Random(seed), Stream("x.zip"), [], date(2022, 9, 1)
    while d <= date(2025, 3, 31):
        zone = "America/Chicago" if d >= date(2024, 6, 1) else "America/Phoenix"
        events += _day(rng, s, zone, d)
        if rng.random() < 0.5:
            events.append(s.ev(local(ZoneInfo(zone), d, rng.uniform(12, 13)), "twitter.login", None, ip=US_IP))
        d += timedelta(days=1)
    return sorted(events, key=lambda e: e.sort_key)


def test_a_saturday_move_is_dated_that_saturday() -> None:
    # the Saturday's records (15:00–23:40 Chicago time) fit both clocks: the day after was read as the first on
    # Chicago's, "since 2 Jun 2024" (T36B)
    report = infer(_std_phoenix_then_chicago(2), now=NOW, include_sensitive=True)
    tz = report.finding("timezone")
    assert view.headline(tz.to_dict()) == (
        "You live on Chicago time (America/Chicago, UTC−6 with summer time) since 1 Jun 2024; before, on Phoenix time "
        "(America/Phoenix).")
    assert [(p["zone"], p["from"], p["to"], p["utc_offset_hours"]) for p in tz.value["periods"]] == [
        ("America/Phoenix", "2022-09-01", "2024-05-31", -7.0), ("America/Chicago", "2024-06-01", "2025-03-31", -6.0)]


def test_an_eastward_move_begins_on_its_day_in_the_periods() -> None:
    # Phoenix → New York on 15 Apr 2024 (switch at UTC midnight, 20:00 the evening before in New York): the home
    # period was "from 2024-04-14" and the earlier home "to 2024-04-14" though the headline said 15 Apr
    events = _lived([("America/Phoenix", "8.8.8.8", date(2023, 1, 2), date(2024, 4, 14)),
                     ("America/New_York", "8.8.8.8", date(2024, 4, 15), date(2025, 3, 30))], login_share=0.6, seed=5)
    tz = infer(events, now=datetime(2025, 6, 1, tzinfo=UTC), include_sensitive=True).finding("timezone")
    assert [(p["zone"], p["from"], p["to"]) for p in tz.value["periods"]] == [
        ("America/Phoenix", "2023-01-02", "2024-04-14"), ("America/New_York", "2024-04-15", "2025-03-30")]
    assert "since 15 Apr 2024; before, on Phoenix time" in view.headline(tz.to_dict())


def test_a_move_on_one_clock_names_the_country_lived_in_since() -> None:
    # Toronto → Buffalo in April 2024: the home said United States since Apr 2024, the zone "one of the clocks kept in
    # Canada from Winnipeg time … to Halifax time" (the whole history's logins)
    events = _lived([("America/Toronto", IPS["CA"], date(2022, 9, 1), date(2024, 4, 14)),
                     ("America/New_York", IPS["US"], date(2024, 4, 15), date(2025, 3, 31))], login_share=0.5, seed=6)
    report = infer(events, now=NOW)
    assert view.headline(report.finding("home").to_dict()) == (
        "You most likely live in the United States since Apr 2024 (before: Canada).")
    tz = report.finding("timezone")
    assert tz.value["zone"] == "America/New_York"
    said = view.headline(tz.to_dict())
    assert said.startswith("You live on Chicago time (America/Chicago, UTC−6) or New York time (America/New_York, "
                           "UTC−5), each with summer time"), said
    assert "Canada" not in said


def _paris_tuesday_nights(vpn: bool, midday: bool = False) -> list:
    """A Berliner (person's sleeper, two years) with a German login each morning and evening; every other week the
    Tuesday evening's two logins are French (20:00, 22:30 Paris) and so are the next morning's (07:00, 08:30), home's
    again that Wednesday evening. ``vpn``: a French exit used at home — a German login at 21:30 between the French
    ones, and the Wednesday's first login German. ``midday``: a German login at 12:00 on every weekday too."""
    s, berlin, paris = Stream("x.zip"), ZoneInfo("Europe/Berlin"), ZoneInfo("Europe/Paris")
    first, days = date(2023, 1, 2), 730
    events = list(person("Europe/Berlin", days=days, start=first, per_day=8, seed=21))
    for i in range(days):
        d = first + timedelta(days=i)
        away = (i // 7) % 2 == 0
        if away and d.weekday() == 1:
            logins = [(berlin, 7.5, "DE"), (paris, 20.0, "FR"), (paris, 22.5, "FR")]
            logins += [(berlin, 21.5, "DE")] if vpn else []
        elif away and d.weekday() == 2:
            logins = [(paris, 7.0, "DE" if vpn else "FR"), (paris, 8.5, "FR"), (berlin, 21.0, "DE")]
        else:
            logins = [(berlin, 7.5, "DE"), (berlin, 21.0, "DE")]
        logins += [(berlin, 12.0, "DE")] if midday and d.weekday() < 5 else []
        events += [s.ev(local(z, d, h), "twitter.login", None, ip=IPS.get(cc, FR_IP)) for z, h, cc in logins]
    return sorted(events, key=lambda e: e.sort_key)


FR_IP = "90.0.0.1"  # Orange France's block (iptocc: FR)


def test_one_night_stays_abroad_are_trips() -> None:
    # was "Trips abroad: unclear — 53 short foreign sightings in 1 country against 0 confirmed trip(s)"
    trips = infer(_paris_tuesday_nights(False), now=datetime(2025, 1, 5, tzinfo=UTC)).finding("trips")
    assert len(trips.value) == 52
    assert [(t["country"], t["start"], t["end"], t["first_home_day_after"]) for t in trips.value[:2]] == [
        ("FR", "2023-01-03", "2023-01-04", "2023-01-04"), ("FR", "2023-01-17", "2023-01-18", "2023-01-18")]
    assert view.headline(trips.to_dict()).startswith(
        "52 trips abroad: France 3–4 Jan 2023, France 17–18 Jan 2023, France 31 Jan – 1 Feb 2023")
    # a French exit interleaved with the home's logins that evening is no night in France
    trips = infer(_paris_tuesday_nights(True), now=datetime(2025, 1, 5, tzinfo=UTC)).finding("trips")
    assert view.headline(trips.to_dict()) == "No trips abroad seen."


def test_one_night_stays_beside_a_midday_login_at_home_are_trips() -> None:
    # T37 H1: with a German login at noon on weekdays the French evenings and mornings were "edges of days at home":
    # "210 logins from France set aside … a VPN or proxy exit" and "No trips abroad seen"; the Tuesday (German
    # morning and noon, French evening) a German day by its count
    report = infer(_paris_tuesday_nights(False, midday=True), now=datetime(2025, 1, 5, tzinfo=UTC))
    trips = report.finding("trips")
    assert len(trips.value) == 52
    assert [(t["country"], t["start"], t["end"], t["first_home_day_after"]) for t in trips.value[:2]] == [
        ("FR", "2023-01-03", "2023-01-04", "2023-01-04"), ("FR", "2023-01-17", "2023-01-18", "2023-01-18")]
    assert view.headline(trips.to_dict()).startswith("52 trips abroad: France 3–4 Jan 2023")
    assert not report.finding("home").value.get("proxy_exits")
    assert not any("set aside" in c for c in trips.caveats)
    # the exit used at home stays one with the noon login too
    trips = infer(_paris_tuesday_nights(True, midday=True), now=datetime(2025, 1, 5, tzinfo=UTC)).finding("trips")
    assert view.headline(trips.to_dict()) == "No trips abroad seen."


def test_a_night_in_vienna_before_a_late_start_at_home_is_a_trip() -> None:
    # T37 H1 (one_night.py berlin_at_nolunch_late): a Berliner at home 07:30, 10:00, 15:00 on weekdays, every 4th
    # Tuesday evening in Vienna (19:30, 22:30) and the next morning too (07:30, 08:30), home from 15:00: "106 logins
    # from Austria set aside … mornings and evenings of days whose middle is spent in Germany", "No trips abroad
    # seen"; the Tuesday (three German records, two Austrian) was a German day even without the exit
    s, berlin = Stream("x.zip"), ZoneInfo("Europe/Berlin")
    first, days = date(2023, 1, 2), 730
    events = list(person("Europe/Berlin", days=days, start=first, per_day=8, seed=21))
    nights = {first + timedelta(days=i) for i in range(days)
              if (first + timedelta(days=i)).weekday() == 1 and (i // 7) % 4 == 0}
    for i in range(days):
        d = first + timedelta(days=i)
        after = d - timedelta(days=1) in nights
        plan = [(7.5, "AT" if after else "DE")]
        if d.weekday() < 5:
            plan += [(8.5, "AT"), (15.0, "DE")] if after else [(10.0, "DE"), (15.0, "DE")]
        else:
            plan.append((13.0, "DE"))
        plan += [(19.5, "AT"), (22.5, "AT")] if d in nights else [(19.5, "DE"), (22.5, "DE")]
        events += [s.ev(local(berlin, d, h), "twitter.login", None, ip=IPS[cc]) for h, cc in plan]
    report = infer(sorted(events, key=lambda e: e.sort_key), now=datetime(2025, 1, 5, tzinfo=UTC))
    trips = report.finding("trips")
    assert len(trips.value) == 26  # the 27th night's morning after is past the export's last day
    assert [(t["country"], t["start"], t["end"]) for t in trips.value[:2]] == [
        ("AT", "2023-01-03", "2023-01-04"), ("AT", "2023-01-31", "2023-02-01")]
    assert view.headline(trips.to_dict()).startswith("26 trips abroad: Austria 3–4 Jan 2023")
    assert report.finding("home").value["country"] == "DE"
    assert not report.finding("home").value.get("proxy_exits")
