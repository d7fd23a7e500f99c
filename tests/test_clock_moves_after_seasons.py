"""Moves, clocks and unplaced people (CLOCKSB, T34 M6/M9/M8/M3): a move to a country after several seasons there is
a move, dated, not one more season; the Phoenix → Denver rule (a change of summer-time habit) reads the later clock
from the season both sides share, so a move Phoenix → Los Angeles is Los Angeles' and Phoenix → Chicago no Denver;
a late-night UK resident with UK logins stays on London's clock; a Honolulu sleeper without any record that places
her is told the range of clocks, no one clock named as hers and no country. People are invented: records built
directly as events (test_inference_synth.person's sleeper, asleep 23:30–07:00 on weekdays)."""

from __future__ import annotations

import io
import json
import random
import re
from collections import defaultdict
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from rich.console import Console
from test_inference_synth import Stream, local, person
from test_zone_open_clocks import early_sleeper

from dataexam.inference import infer
from dataexam.inference.moves import recurring_edge, two_runs
from dataexam.inference.periods import dst_habit_change, dst_habit_reading
from dataexam.report import render, view

US_IP, GB_IP = "24.56.0.1", "81.2.69.142"


def _lived(spans: list[tuple[str, str | None, date, date]], login_share: float = 1.0, seed: int = 7) -> list:
    """``spans``: ``(zone, login IP or None, first day, last day)``; tweets on that zone's clock (``person``), a login
    at 12:00–13:00 local on ``login_share`` of the days."""
    s, events, rng = Stream("x.zip"), [], random.Random(seed)
    for k, (zone, ip, a, b) in enumerate(spans):
        events += person(zone, days=(b - a).days + 1, start=a, per_day=8, seed=11 + k)
        d = a
        while d <= b:
            if ip is not None and rng.random() < login_share:
                events.append(s.ev(local(ZoneInfo(zone), d, rng.uniform(12.0, 13.0)), "twitter.login", None, ip=ip))
            d += timedelta(days=1)
    return sorted(events, key=lambda e: e.sort_key)


def _rendered(report) -> dict[str, str]:
    out: dict[str, str] = {}
    for fmt in ("text", "markdown", "html", "json"):
        buf = io.StringIO()
        render(report, fmt, Console(file=buf, width=400, force_terminal=False, color_system=None)  # type: ignore[arg-type]
               if fmt == "text" else buf)
        out[fmt] = re.sub(r"\s+", " ", buf.getvalue()) if fmt != "json" else buf.getvalue()
    return out


def _chicago_summers_then_london() -> list:
    """Chicago from 1 Sep 2021, June–August 2022 and 2023 in London, and London from 1 Jun 2024 to the archive's end
    (31 Mar 2025): US logins in Chicago, British in London, every day."""
    spans: list[tuple[str, str | None, date, date]] = []
    d = date(2021, 9, 1)
    while d <= date(2025, 3, 31):
        zone, ip = (("Europe/London", GB_IP) if d >= date(2024, 6, 1) or d.month in (6, 7, 8)
                    else ("America/Chicago", US_IP))
        if spans and spans[-1][0] == zone:
            spans[-1] = (zone, ip, spans[-1][2], d)
        else:
            spans.append((zone, ip, d, d))
        d += timedelta(days=1)
    return _lived(spans)


def test_a_move_after_seasons_there_is_a_move() -> None:
    # T34 M6: was "You live on Chicago time …; 2 Jun 2024 – Mar 2025 on London time — a stay abroad?" and "Home
    # unclear: login IPs are spread over 2 countries … VPN exits"; the last season outlasts June–August by ten months
    report = infer(_chicago_summers_then_london(), now=datetime(2025, 4, 2, tzinfo=UTC))
    tz = report.finding("timezone")
    assert tz.value["zone"] == "Europe/London"
    periods = [(p["zone"], p["kind"]) for p in tz.value["periods"]]
    assert periods == [("America/Chicago", "earlier home"), ("Europe/London", "stay"),
                       ("America/Chicago", "earlier home"), ("Europe/London", "stay"),
                       ("America/Chicago", "earlier home"), ("Europe/London", "home")]
    # the earlier home is Chicago's (its last day a night-time bound, withheld without --include-sensitive)
    assert tz.value["earlier_zone"]["zone"] == "America/Chicago"
    # since the first day in London (1 Jun; was "since 2 Jun", the switch on UTC midnight, Chicago's evening before).
    # Since MOVE56 the switch is the first login from the later country (Sat 12:15 in London, 06:15 in Chicago: a
    # night-time instant on the earlier clock), so without --include-sensitive its day is withheld, its month said
    # (T55 suite; note69 Not mended: the switch's day is no night-time fact when it falls by day on the later clock)
    # WINDOW62: by the switch's window (May–Jul 2024 about 1 Jun, its first day on London's clock), not its month
    said = ("You live on London time (Europe/London, UTC+0 with summer time) since May–Jul 2024 (day withheld: "
            "near a night-time move; --include-sensitive); before, on Chicago time (America/Chicago).")
    assert view.headline(tz.to_dict()) == said
    said_sensitive = ("You live on London time (Europe/London, UTC+0 with summer time) since 1 Jun 2024; before, on "
                      "Chicago time (America/Chicago).")
    open_report = infer(_chicago_summers_then_london(), now=datetime(2025, 4, 2, tzinfo=UTC), include_sensitive=True)
    assert view.headline(open_report.finding("timezone").to_dict()) == said_sensitive
    home = report.finding("home")
    assert home.value["country"] == "GB"
    # LIFE59 (T55C 1): the home's first day in the United Kingdom is the day the clock withholds, so it is withheld
    # too (was "2024-06-01" beside the headline's "since Jun 2024 (day withheld …)"), its month kept; dated with
    # the flag
    moved = home.value["moved"]
    assert (moved["from"], moved["to"], moved["since_month"]) == ("US", "GB", "2024-05/2024-07")  # the window
    assert moved["since"].startswith("withheld ") and "2024-06-01" not in home.confidence_basis
    assert open_report.finding("home").value["moved"]["since"] == "2024-06-01"
    home_said = "You most likely live in the United Kingdom since May–Jul 2024 (before: the United States)."
    assert view.headline(home.to_dict()) == home_said
    # the two summers before the move are trips from the earlier home; the move is none
    # (the first summer's first day is its clock switch's, undated — its record at night — so, without
    # --include-sensitive, said by its month: EXAMPLE60)
    assert [(t["country"], t["start"][:10]) for t in open_report.finding("trips").value] == [
        ("GB", "2022-06-01"), ("GB", "2023-06-01")]
    assert [(t["country"], t["start"]) for t in report.finding("trips").value] == [
        ("GB", "withheld (near a night-time move) May–Jul 2022"), ("GB", "2023-06-01")]  # the window (WINDOW62)
    sleep = report.finding("sleep").value
    assert (sleep["weekday"]["start"], sleep["weekday"]["end"]) == ("23:30", "07:00")
    out = _rendered(report)
    for fmt in ("text", "markdown", "html"):
        assert out[fmt].count(said) == 2 and out[fmt].count(home_said) == 2, fmt  # at a glance and in the section
    data = json.loads(out["json"])
    assert data["by_id"]["timezone"]["value"]["zone"] == "Europe/London"
    # LIFE59: was "2024-06-01"; EXAMPLE60: the login by day near the undated switch by its month and hour, not
    # "withheld Sat 12:00" (a weekday of a day record within the week pins the night's beside it)
    assert data["by_id"]["home"]["value"]["moved"]["since"] == \
        "withheld (near a night-time move) May–Jul 2024"  # WINDOW62: the window's months
    assert "2024-06-01" not in out["json"]


def test_a_season_is_one_the_run_does_not_outlast() -> None:
    # the rule beneath: a run at the archive's end in the months the other side holds is a season (T33B M6's last
    # British summer); one lasting a month or more past them is a move (T34 M6: June to March, 212 days past August)
    days = [date(2021, 9, 1) + timedelta(days=i) for i in range((date(2025, 4, 1) - date(2021, 9, 1)).days)]
    tops = ["GB" if d >= date(2024, 6, 1) or d.month in (6, 7, 8) else "US" for d in days]
    cut = days.index(date(2024, 6, 1))
    assert not recurring_edge(days[cut:], tops[cut:], "GB", days[:cut], tops[:cut])
    found = two_runs(days, tops)
    assert found is not None and (found["from"], found["to"], found["since"]) == ("US", "GB", "2024-06-01")
    # the same history ending with the third summer (31 Aug 2024) is a season: no move
    end = days.index(date(2024, 8, 31)) + 1
    assert recurring_edge(days[cut:end], tops[cut:end], "GB", days[:cut], tops[:cut])
    assert two_runs(days[:end], tops[:end]) is None
    # a stay of a week in September beyond the season is still the season (under a month past it)
    tops_sep = ["GB" if d.month in (6, 7, 8) or (d >= date(2024, 6, 1) and d <= date(2024, 9, 7)) else "US"
                for d in days[:end + 7]]
    assert recurring_edge(days[cut:end + 7], tops_sep[cut:], "GB", days[:cut], tops_sep[:cut])


def _phoenix_then(zone: str, moved: date) -> list:
    """Phoenix from 2 Jan 2023, ``zone`` from ``moved`` to 30 Mar 2025; one US address on 60 % of the days (T33A M5's
    logins: the country only)."""
    return _lived([("America/Phoenix", "8.8.8.8", date(2023, 1, 2), moved - timedelta(days=1)),
                   (zone, "8.8.8.8", moved, date(2025, 3, 30))], login_share=0.6, seed=5)


def test_a_move_phoenix_to_los_angeles_is_read_on_los_angeles_clock() -> None:
    # T34 M9: Phoenix (UTC−7 all year) and Los Angeles (UTC−8, −7 in summer) keep one clock in summer: the quiet
    # hours stay put through the summers and move an hour in the winter after — read as "Denver time since …"
    # (Denver's winter is Phoenix's, not its summer)
    report = infer(_phoenix_then("America/Los_Angeles", date(2024, 7, 15)), now=datetime(2025, 6, 1, tzinfo=UTC))
    tz = report.finding("timezone")
    assert tz.value["zone"] == "America/Los_Angeles"
    assert [(p["zone"], p["kind"]) for p in tz.value["periods"]] == [("America/Phoenix", "earlier home"),
                                                                    ("America/Los_Angeles", "home")]
    said = view.headline(tz.to_dict())
    assert said.startswith("You live on Los Angeles time (America/Los_Angeles, UTC−8 with summer time) since "), said
    assert said.endswith("; before, on Phoenix time (America/Phoenix).") and "Denver" not in said
    assert report.finding("home").value["country"] == "US"
    assert int(report.finding("late_nights").value.get("listed") or 0) == 0
    out = _rendered(report)
    for fmt in ("text", "markdown", "html"):
        assert out[fmt].count(said) == 2, fmt


@pytest.mark.parametrize(("zone", "moved", "name", "since", "periods"), [
    # CLOCKS2: moved 15 Apr 2024, the last Phoenix winter (10:30 UTC; its thirds 10:23, 10:53, 10:38) and the Los
    # Angeles summer after it (10:53) read 0.38 h apart, over the 0.35 h band of one clock: no change of habit was
    # read, the whole history "You live on Phoenix time (America/Phoenix, UTC−7).", 4 late nights listed. Each
    # band is now widened by the pair's own standard error (0.15 h): flat, then summer time; cut first in the summer
    # both keep (its middle, 17 Jul: "since 17 Jul 2024", three months after the move — T35 MOVEDATE encoded here
    # before); the two clocks agree from 10 Mar to 3 Nov 2024, so the move is bracketed by the last day on Phoenix's
    # clock before (8 Mar) and the first on Los Angeles' after (3 Nov)
    ("America/Los_Angeles", date(2024, 4, 15), "Los Angeles time (America/Los_Angeles, UTC−8 with summer time)",
     "a move between 8 Mar 2024 and 3 Nov 2024", "2024-11-03"),
    # moved 15 Jul 2024, the summer of the move read half on each clock (10:00 UTC, 0.5 h from the Phoenix winter
    # before and the Denver winter after): no pair read, the history "You live on Phoenix time (…)". That summer's
    # change point (its sides 10:23 and 09:45) is a step of one hour, the pairs before it flat and after it moving,
    # the winters alike: cut there, Denver's clock by the winter; dated by the summer's days (two days early: that
    # weekend's records fit either clock)
    ("America/Denver", date(2024, 7, 15), "Denver time (America/Denver, UTC−7 with summer time)", "13 Jul 2024",
     "2024-07-13"),
])
def test_a_move_out_of_phoenix_in_spring_or_inside_the_summer_is_read(zone: str, moved: date, name: str, since: str,
                                                                      periods: str) -> None:
    hists = _hists(_phoenix_then(zone, moved))
    assert dst_habit_change(hists, sorted(hists)) == date(2024, 7, 17)  # the first cut
    report = infer(_phoenix_then(zone, moved), now=datetime(2025, 6, 1, tzinfo=UTC))
    tz = report.finding("timezone")
    assert tz.value["zone"] == zone
    assert [(p["zone"], p["kind"], p["from"]) for p in tz.value["periods"]] == [
        ("America/Phoenix", "earlier home", "2023-01-02"), (zone, "home", periods)]
    said = view.headline(tz.to_dict())
    assert said == f"You live on {name} since {since}; before, on Phoenix time (America/Phoenix)."
    assert int(report.finding("late_nights").value.get("listed") or 0) == 0
    out = _rendered(report)
    for fmt in ("text", "markdown", "html"):
        assert out[fmt].count(said) == 2, fmt


def test_a_move_phoenix_to_new_york_is_new_york() -> None:
    report = infer(_phoenix_then("America/New_York", date(2024, 1, 15)), now=datetime(2025, 6, 1, tzinfo=UTC))
    tz = report.finding("timezone")
    assert tz.value["zone"] == "America/New_York"
    assert [(p["zone"], p["kind"]) for p in tz.value["periods"]] == [("America/Phoenix", "earlier home"),
                                                                    ("America/New_York", "home")]
    assert view.headline(tz.to_dict()) == ("You live on New York time (America/New_York, UTC−5 with summer time) since "
                                           "15 Jan 2024; before, on Phoenix time (America/Phoenix).")


def test_a_move_phoenix_to_new_york_in_spring_is_a_move() -> None:
    # T34 M9's class: moved on 15 Apr 2024, the Phoenix year lies 2 h from New York's winters (under a move's 2.5 h)
    # and 3 h from its summers; read in the winter half alone it was the home's clock, and the whole history
    # "Nuuk time (America/Nuuk, UTC−2 with summer time; UTC−3 until 25 Mar 2023; …)", 8 late nights
    report = infer(_phoenix_then("America/New_York", date(2024, 4, 15)), now=datetime(2025, 6, 1, tzinfo=UTC))
    tz = report.finding("timezone")
    assert tz.value["zone"] == "America/New_York"
    assert [(p["zone"], p["kind"]) for p in tz.value["periods"]] == [("America/Phoenix", "earlier home"),
                                                                    ("America/New_York", "home")]
    # US logins only: Chicago's clock is left open beside New York's (the head count's pick), said as such
    assert {z["zone"] for z in tz.value["open_zones"]} == {"America/Chicago"}
    said = view.headline(tz.to_dict())
    assert said.startswith("You live on Chicago time (America/Chicago, UTC−6) or New York time (America/New_York, "
                           "UTC−5), each with summer time since 15 Apr 2024; before, on Phoenix time "
                           "(America/Phoenix)"), said
    assert int(report.finding("late_nights").value.get("listed") or 0) == 0


def _hists(events: list) -> dict[date, list[int]]:
    hists: dict[date, list[int]] = defaultdict(lambda: [0] * 96)
    for e in events:
        if e.kind == "twitter.tweet":
            hists[e.time.date()][(e.time.hour * 60 + e.time.minute) // 15] += 1
    return hists


def test_a_change_of_summer_time_habit_without_a_season_alike_is_no_denver() -> None:
    # Phoenix → Chicago (an hour off in winter, two in summer) reads "no summer time, then summer time" as well, and
    # was Denver's clock since mid-January (T34 M9); then no change of habit at all, the history one clock (T35
    # MOVEDATE (c), this test encoded it: "no season keeps one UTC night on both sides, so no change of habit").
    # Each side keeps one UTC night in each season: a move, cut first mid-January and dated by the days where the
    # clocks differ, the later clock the one that keeps the person's night at Phoenix's local hour
    hists = _hists(_phoenix_then("America/Chicago", date(2024, 4, 15)))
    assert dst_habit_reading(hists, sorted(hists)) == (date(2024, 1, 15), None)
    report = infer(_phoenix_then("America/Chicago", date(2024, 4, 15)), now=datetime(2025, 6, 1, tzinfo=UTC))
    tz = report.finding("timezone")
    assert tz.value["zone"] == "America/Chicago"
    assert view.headline(tz.to_dict()) == ("You live on Chicago time (America/Chicago, UTC−6 with summer time) since "
                                           "15 Apr 2024; before, on Phoenix time (America/Phoenix).")
    # Phoenix → Los Angeles: the summers alike, the shared block a summer's (cut in it)
    hists = _hists(_phoenix_then("America/Los_Angeles", date(2024, 7, 15)))
    cut = dst_habit_change(hists, sorted(hists))
    assert cut is not None and date(2024, 6, 1) <= cut <= date(2024, 8, 31)


def _late_londoner(days: int = 500, seed: int = 3) -> list:
    """Asleep 02:30–10:30 every night, awake activity mostly in the evening (two in three records 18:00–02:30), on
    London's clock; a British login a day (T34 M8's resident)."""
    rng, s, out = random.Random(seed), Stream("x.zip"), []
    zone = ZoneInfo("Europe/London")
    for i in range(days):
        d = date(2023, 1, 2) + timedelta(days=i)
        n = 0
        while n < 10:
            h = rng.uniform(10.5, 26.5)
            if h < 18 and rng.random() > 0.35:
                continue
            n += 1
            out.append(s.ev(local(zone, d, h), "twitter.tweet", "Cooking pasta tonight"))
        out.append(s.ev(local(zone, d, rng.uniform(12.0, 13.0)), "twitter.login", None, ip=GB_IP))
    return sorted(out, key=lambda e: e.sort_key)


def test_a_late_uk_resident_stays_on_london_s_clock() -> None:
    # T34 M8 (older): a UK resident with UK logins read on a UTC+3 clock; the late hours are her sleep's, not a clock
    report = infer(_late_londoner(), now=datetime(2024, 6, 1, tzinfo=UTC))
    tz = report.finding("timezone")
    assert tz.value["zone"] == "Europe/London" and not tz.value.get("periods") and not tz.value.get("offsets_open")
    said = "You live on London time (Europe/London, UTC+0 with summer time)."
    assert view.headline(tz.to_dict()) == said
    assert report.finding("home").value["country"] == "GB"
    slept = "You are offline (asleep) about 02:30–10:30 on weekdays and 02:30–10:30 at weekends."
    assert view.headline(report.finding("sleep").to_dict()) == slept
    out = _rendered(report)
    for fmt in ("text", "markdown", "html"):
        assert out[fmt].count(said) == 2 and slept in out[fmt], fmt
    assert json.loads(out["json"])["by_id"]["timezone"]["value"]["zone"] == "Europe/London"


def _early_sleeper(zone: str, start: date, days: int = 400, seed: int = 7) -> list:
    """test_zone_open_clocks.early_sleeper from ``start``: six tweets a day 07:12–23:24 local, nothing else."""
    rng, s, out = random.Random(seed), Stream("x.zip"), []
    for i in range(days):
        d = start + timedelta(days=i)
        out += [s.ev(local(ZoneInfo(zone), d, rng.uniform(7.2, 23.4)), "twitter.tweet", "Cooking pasta tonight")
                for _ in range(6)]
    return sorted(out, key=lambda e: e.sort_key)


def test_a_honolulu_sleeper_without_a_place_is_told_the_range_and_no_country() -> None:
    # T34 M3 (older): no login, no city, no address, 2020–21 (Mexico City still kept summer time): the population's
    # weight chose UTC−6 — a clock the activity fits worse than UTC−11 … −7 — and named it "Guatemala time
    # (America/Guatemala, UTC−6)" as hers, "Same clock as America/Monterrey, …" below, "the weekend in GT (CLDR)"
    # in the caveats; the open range was dropped (the pick lay outside it), or said "UTC−11 to UTC+14"
    report = infer(_early_sleeper("Pacific/Honolulu", date(2020, 1, 6)), now=datetime(2022, 1, 1, tzinfo=UTC))
    tz = report.finding("timezone")
    assert tz.value["zone"] == "America/Tegucigalpa"  # the clock's zone not called after its country
    offsets = [o["utc_offset_hours"] for o in tz.value["offsets_open"]]
    assert offsets[0] == -11.0 and offsets[-1] == -6.0 and -10.0 in offsets
    said = view.headline(tz.to_dict())
    assert said == ("You live on one of the clocks from UTC−11 to UTC−6 (no summer time): no record places you, and "
                    "your activity alone cannot tell these clocks apart; Tegucigalpa time (America/Tegucigalpa, "
                    "UTC−6) is named only because more people live on it.")
    assert report.finding("home").value is None
    sleep_said = view.headline(report.finding("sleep").to_dict())
    assert "23:30–07:15 on Honolulu time" in sleep_said and "Guatemala" not in sleep_said
    weekend = [c for f in report.findings for c in f.caveats if "(CLDR)" in c]
    assert weekend and all("the weekend where most people on this clock live (CLDR)" in c for c in weekend)
    out = _rendered(report)
    data = json.loads(out["json"])
    # the JSON keeps every zone of the clock as data (candidate_zones), no sentence names one
    assert "America/Guatemala" in data["by_id"]["timezone"]["value"].pop("candidate_zones")
    for f in data["findings"]:
        if isinstance(f.get("value"), dict):
            f["value"].pop("candidate_zones", None)
    out["json"] = json.dumps(data, ensure_ascii=False)
    for fmt in ("text", "markdown", "html", "json"):
        page = re.sub(r"<script.*?</script>", "", out[fmt])  # the HTML's country table for its map is no finding
        assert "Guatemala" not in page and "weekend in GT" not in page, fmt
        if fmt != "json":
            assert said in page and "Same clock as" not in page, fmt


def test_the_range_of_open_clocks_runs_across_the_date_line() -> None:
    # the 2023 sleeper (Mexico City on UTC−6 without summer time since Oct 2022): said "from UTC−11 to UTC+14" (every
    # clock between), the clocks UTC+13 and +14 lying beside UTC−11 and −10 on the 24-hour dial
    report = infer(sorted(early_sleeper("Pacific/Honolulu", days=400), key=lambda e: e.sort_key),
                   now=datetime(2024, 3, 1, tzinfo=UTC))
    tz = report.finding("timezone")
    offsets = [o["utc_offset_hours"] for o in tz.value["offsets_open"]]
    assert offsets[:4] == [-11.0, 13.0, -10.0, 14.0] and offsets[-1] == -6.0
    assert view.headline(tz.to_dict()).startswith("You live on one of the clocks from UTC−11 to UTC−6 (no summer "
                                                  "time): no record places you")
