"""Moves dated alike by the home and the time-zone findings (T35 MOVEDATE): a Chicagoan's London summers before her
move to London no longer date the clock's move to the first summer; a move after such summers with four months there
is a move, not a stay; a move out of Phoenix is dated by the days on which the two clocks differ (the day where the
records show it, else "between" the last day on the old clock and the first on the new); Phoenix → Chicago is a move.
People are invented: records built directly as events (test_inference_synth.person's sleeper, asleep 23:30–07:00 on
weekdays), the synthetic lives of inputs36/synth's move2.py and moves.py."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from test_clock_moves_after_seasons import GB_IP, US_IP, _hists, _lived
from test_inference_synth import Stream, local

from dataexam.batch.columns import declared_type
from dataexam.batch.tables import finding_row
from dataexam.inference import infer
from dataexam.inference.moves import two_runs
from dataexam.inference.periods import ClockChange, date_clock_change, dst_habit_reading
from dataexam.report import view

NOW = datetime(2025, 4, 2, tzinfo=UTC)


def _day(rng: random.Random, s: Stream, zone: str, d: date) -> list:
    """inputs36/synth/h.py's ``std_day``: eight tweets between waking (07:00 weekdays, 09:00 weekends) and bedtime
    (23:30 before a weekday, 01:30 otherwise), mostly none at work 09–17 on weekdays."""
    z, out = ZoneInfo(zone), []
    wake = 7.0 if d.weekday() < 5 else 9.0
    bed = 23.5 if (d + timedelta(days=1)).weekday() < 5 else 25.5
    while len(out) < 8:
        h = rng.uniform(wake, bed)
        if d.weekday() < 5 and 9 <= h < 17 and rng.random() > 0.1:
            continue
        out.append(s.ev(local(z, d, h), "twitter.tweet", "Cooking pasta tonight and planning a bike ride tomorrow"))
    return out


def _summers_then_london(moved: date, login_share: float) -> list:
    """move2.py: Chicago from 1 Sep 2021, June–August in London, London from ``moved`` to 31 Mar 2025; a login at
    12:00–13:00 on ``login_share`` of the days, from the country of the day's zone."""
    rng, s, events, d = random.Random(31), Stream("x.zip"), [], date(2021, 9, 1)
    while d <= date(2025, 3, 31):
        zone, ip = (("Europe/London", GB_IP) if d >= moved or d.month in (6, 7, 8)
                    else ("America/Chicago", US_IP))
        events += _day(rng, s, zone, d)
        if rng.random() < login_share:
            events.append(s.ev(local(ZoneInfo(zone), d, rng.uniform(12, 13)), "twitter.login", None, ip=ip))
        d += timedelta(days=1)
    return sorted(events, key=lambda e: e.sort_key)


def _phoenix_then(zone: str, moved: date) -> list:
    """Phoenix from 1 Sep 2022, ``zone`` from ``moved`` to 31 Mar 2025, a US login on half the days (moves.py)."""
    return _lived([("America/Phoenix", US_IP, date(2022, 9, 1), moved - timedelta(days=1)),
                   (zone, US_IP, moved, date(2025, 3, 31))], login_share=0.5, seed=6)


def _home_period(tz_value: dict) -> dict:
    return next(p for p in tz_value["periods"] if p["kind"] == "home")


def test_london_after_summers_there_is_dated_by_the_last_period_in_both_findings() -> None:
    # move2.py sep: logins on half the days; the clock said "London time since 1 Jun 2022" (the first summer's
    # start: the earlier home's bound was read from the history's first period) while the home said Jun 2024
    events = _summers_then_london(date(2024, 6, 1), 0.5)
    report = infer(events, now=NOW, include_sensitive=True)
    tz, home = report.finding("timezone").value, report.finding("home").value
    assert tz["zone"] == "Europe/London" and tz["earlier_zone"]["zone"] == "America/Chicago"
    assert tz["earlier_zone"]["until"] == "2024-05-31" and _home_period(tz)["from"] == "2024-06-01"
    assert view.headline(report.finding("timezone").to_dict()) == (
        "You live on London time (Europe/London, UTC+0 with summer time) since 1 Jun 2024; before, on Chicago time "
        "(America/Chicago).")
    assert (home["moved"]["from"], home["moved"]["to"], home["moved"]["since"]) == ("US", "GB", "2024-06-01")
    # without --include-sensitive both say the month (the switch's records are at night)
    plain = infer(events, now=NOW)
    said = view.headline(plain.finding("timezone").to_dict())
    # the month said by the withheld move's window (WINDOW62: the month before, its month, the month after)
    assert said.startswith("You live on London time (Europe/London, UTC+0 with summer time) since May–Jul 2024"), said
    assert view.headline(plain.finding("home").to_dict()) == (
        "You most likely live in the United Kingdom since May–Jul 2024 (before: the United States).")


def test_four_months_in_london_after_three_summers_is_a_move() -> None:
    # move2.py late: moved 1 Dec 2024, four months of records after: "You most likely live in United States", the
    # four months a trip and "a stay abroad?" on London's clock (the three summers held a quarter of the days)
    report = infer(_summers_then_london(date(2024, 12, 1), 1.0), now=NOW, include_sensitive=True)
    home = report.finding("home").value
    assert home["country"] == "GB"
    assert (home["moved"]["from"], home["moved"]["to"], home["moved"]["until"], home["moved"]["since"]) == (
        "US", "GB", "2024-11-30", "2024-12-01")
    assert view.headline(report.finding("home").to_dict()) == (
        "You most likely live in the United Kingdom since Dec 2024 (before: the United States).")
    tz = report.finding("timezone").value
    assert tz["zone"] == "Europe/London" and [p["kind"] for p in tz["periods"]] == [
        "earlier home", "stay", "earlier home", "stay", "earlier home", "stay", "earlier home", "home"]
    assert tz["earlier_zone"]["until"] == "2024-11-30" and _home_period(tz)["from"] == "2024-12-01"
    # the summers are trips from the earlier home; the move is none
    assert [(t["country"], t["start"], t["end"]) for t in report.finding("trips").value] == [
        ("GB", "2022-06-01", "2022-08-31"), ("GB", "2023-06-01", "2023-08-31"), ("GB", "2024-06-01", "2024-08-31")]


def test_the_rule_leaves_out_stays_in_the_later_country_before_the_move() -> None:
    days = [date(2021, 9, 1) + timedelta(days=i) for i in range((date(2025, 4, 1) - date(2021, 9, 1)).days)]
    tops = ["GB" if d >= date(2024, 12, 1) or d.month in (6, 7, 8) else "US" for d in days]
    found = two_runs(days, tops)
    assert found is not None and (found["until"], found["since"]) == ("2024-11-30", "2024-12-01")
    # three months after the summers (under MOVE_BACK_MIN_DAYS) are not yet a move
    tops = ["GB" if d >= date(2025, 1, 1) or d.month in (6, 7, 8) else "US" for d in days]
    assert two_runs(days, tops) is None


def test_phoenix_to_denver_in_june_is_dated_in_june() -> None:
    # moves.py phx_den: "Denver time since 15 Jan 2024" (the shared winter's middle) for a move on 1 Jun 2024
    report = infer(_phoenix_then("America/Denver", date(2024, 6, 1)), now=NOW, include_sensitive=True)
    tz = report.finding("timezone").value
    assert tz["zone"] == "America/Denver" and tz["earlier_zone"]["zone"] == "America/Phoenix"
    assert "moved_between" not in tz["earlier_zone"]
    assert view.headline(report.finding("timezone").to_dict()) == (
        "You live on Denver time (America/Denver, UTC−7 with summer time) since 1 Jun 2024; before, on Phoenix time "
        "(America/Phoenix).")
    # one country: the home names no move
    assert report.finding("home").value["country"] == "US" and not report.finding("home").value.get("moved")


def test_phoenix_to_los_angeles_in_january_is_dated_in_january() -> None:
    # moves.py phx_la: "since 17 Jul 2023" (the shared summer's middle, before the move) for a move on 10 Jan 2024
    report = infer(_phoenix_then("America/Los_Angeles", date(2024, 1, 10)), now=NOW, include_sensitive=True)
    tz = report.finding("timezone").value
    assert tz["zone"] == "America/Los_Angeles" and tz["earlier_zone"]["zone"] == "America/Phoenix"
    assert view.headline(report.finding("timezone").to_dict()) == (
        "You live on Los Angeles time (America/Los_Angeles, UTC−8 with summer time) since 10 Jan 2024; before, on "
        "Phoenix time (America/Phoenix).")
    assert not report.finding("home").value.get("moved")


def test_a_move_in_the_shared_season_is_bracketed() -> None:
    # Phoenix → Denver on 10 Jan 2024: the clocks agree all winter, so only the last day on Phoenix's clock in the
    # summer half before (4 Nov 2023, the day before Denver's clock went back) and the first on Denver's in the next
    # (10 Mar 2024, when Denver's went forward) date it
    report = infer(_phoenix_then("America/Denver", date(2024, 1, 10)), now=NOW, include_sensitive=True)
    tz = report.finding("timezone").value
    assert tz["zone"] == "America/Denver"
    assert tz["earlier_zone"]["moved_between"] == {"from": "2023-11-04", "to": "2024-03-10"}
    said = ("You live on Denver time (America/Denver, UTC−7 with summer time) since a move between 4 Nov 2023 and "
            "10 Mar 2024; before, on Phoenix time (America/Phoenix).")
    assert view.headline(report.finding("timezone").to_dict()) == said
    assert any(c.startswith("Your move from America/Phoenix to America/Denver fell between 2023-11-04 and "
                            "2024-03-10") for c in report.finding("timezone").caveats)
    assert not report.finding("home").value.get("moved")


def test_phoenix_to_chicago_is_a_move() -> None:
    # an hour off in winter, two in summer: no season alike, so no change of summer-time habit was read and the
    # history was "Phoenix time (America/Phoenix, UTC−7)", high
    events = _phoenix_then("America/Chicago", date(2024, 6, 1))
    hists = _hists(events)
    assert dst_habit_reading(hists, sorted(hists)) == (date(2024, 1, 15), None)  # a first cut, no shared day
    report = infer(events, now=NOW, include_sensitive=True)
    tz = report.finding("timezone").value
    assert tz["zone"] == "America/Chicago" and tz["earlier_zone"]["zone"] == "America/Phoenix"
    assert view.headline(report.finding("timezone").to_dict()) == (
        "You live on Chicago time (America/Chicago, UTC−6 with summer time) since 1 Jun 2024; before, on Phoenix "
        "time (America/Phoenix).")
    assert not report.finding("home").value.get("moved")


def test_the_clock_change_is_dated_where_the_clocks_differ() -> None:
    # the rule beneath, from a wrong first cut (the shared season's middle)
    for zone, moved, cut, want in [
        ("America/Denver", date(2024, 6, 1), date(2024, 1, 15), ClockChange(date(2024, 6, 1), date(2024, 5, 31), True)),
        ("America/Denver", date(2024, 1, 10), date(2024, 1, 15),
         ClockChange(date(2024, 3, 12), date(2023, 11, 4), False)),
        # 3 Nov: the day Los Angeles' clock went back, the first on which the two differ (the offsets were read at
        # the UTC day's noon, and Saturday 2 Nov's last hours, on UTC's 3 Nov, made it "2 Nov"; T36B)
        ("America/Los_Angeles", date(2024, 7, 15), date(2024, 7, 17),
         ClockChange(date(2024, 11, 3), date(2024, 3, 9), False)),
    ]:
        hists = _hists(_phoenix_then(zone, moved))
        assert date_clock_change(hists, sorted(hists), cut, "America/Phoenix", zone) == want, (zone, moved)


def test_the_bracket_is_a_declared_column_of_the_batch_findings_table() -> None:
    """batch's findings table flattens ``earlier_zone.moved_between`` into declared columns (no undeclared column,
    which test_batch_list_columns refuses), with and without --include-sensitive (both its days are daytime here)."""
    for sensitive in (True, False):
        finding = infer(_phoenix_then("America/Denver", date(2024, 1, 10)), now=NOW,
                        include_sensitive=sensitive).finding("timezone")
        row = finding_row("P1", finding.to_dict())
        assert [c for c in row if declared_type(c) is None] == []
        assert {k: v for k, v in row.items() if "moved_between" in k} == {
            "value__earlier_zone__moved_between__from": "2023-11-04",
            "value__earlier_zone__moved_between__to": "2024-03-10"}
