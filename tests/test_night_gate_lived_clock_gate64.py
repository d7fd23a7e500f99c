"""GATE64: the night-time gate on the clock the record was lived on.

An Auckland person behind an Australian IP posts at 23:40 Auckland time; the report read the hour on the inferred
(Sydney) clock, 21:40, and dated the posts ("9 Feb 2024", "14 Jun 2024" in JSON, text, Markdown, HTML). Where the
time-zone finding's clock is uncertain, a record is night if it is night on ANY plausible clock
(``sensitive.plausible_clocks``: the activity's own offset, the platform's zone, the alternatives, the IP country's
zones …; set once per report, read by ``sensitive.is_night_at``).

Inputs: invented people (tweets 08:00–21:00 and a 09:00 login daily on their home's clock, 2024) in five homes
behind an IP of a country whose clocks are other: Auckland/AU, Honolulu/US, Kolkata/AE, St John's/CA,
Kathmandu/IN. The grid: the report's own gate (``NightGate.instant`` under the report's plausible clocks) over a
day in every month × every quarter hour of 22:00–05:59 (withheld, all) and 08:00–20:59 (dated unless a plausible
clock makes it night; on the home's own clock 10:00–17:59 dated wherever the inferred clock is not hours off).
End to end: the Auckland person's night posts' days are nowhere in JSON, text, Markdown or HTML.
"""

from __future__ import annotations

import io
import random
import re
from datetime import UTC, date, datetime, timedelta
from functools import cache
from zoneinfo import ZoneInfo

import pytest
from test_inference_synth import Stream, local

from dataexam import report as report_module
from dataexam.inference import infer
from dataexam.inference.sensitive import (
    NIGHT_FROM_H,
    NIGHT_TO_H,
    TIME_WITHHELD,
    NightGate,
    is_night_at,
    other_clocks,
    plausible_clocks,
)

NOW = datetime(2025, 1, 1, tzinfo=UTC)
HOMES = (("Pacific/Auckland", "1.1.1.1"),      # AU: Perth … Sydney, Lord Howe
         ("Pacific/Honolulu", "8.8.8.8"),      # US: New York … Honolulu
         ("Asia/Kolkata", "5.195.0.1"),        # AE: Dubai
         ("America/St_Johns", "142.162.1.1"),  # CA: Vancouver … Halifax
         ("Asia/Kathmandu", "49.36.0.1"))      # IN: Kolkata (a quarter hour off)
DAYS = tuple(date(2024, m, 10) for m in range(1, 13))
NIGHT_QUARTERS = tuple(h + q / 4 for h in (22, 23, 0, 1, 2, 3, 4, 5) for q in range(4))
DAY_QUARTERS = tuple(h + q / 4 for h in range(8, 21) for q in range(4))
POSTS = ((date(2024, 2, 9), 23 + 40 / 60, "Graduated today! So proud, master's degree done"),
         (date(2024, 4, 3), 1 + 10 / 60, "First day at my new job tomorrow, can't sleep"),
         (date(2024, 6, 14), 23 + 55 / 60, "We got engaged tonight 💍"),
         (date(2024, 9, 21), 20 / 60, "My grandfather passed away tonight. RIP Opa"))


def _life(zone: str, ip: str, posts: tuple = ()) -> list:
    home = ZoneInfo(zone)
    rng = random.Random(3)
    s = Stream("x.zip")
    out = []
    d = date(2024, 1, 2)
    while d < date(2024, 12, 15):
        out += [s.ev(local(home, d, rng.uniform(8, 21)), "twitter.tweet", "Long walk in the park") for _ in range(4)]
        out.append(s.ev(local(home, d, 9.0), "twitter.login", None, ip=ip))
        d += timedelta(days=1)
    out += [s.ev(local(home, day, h), "twitter.tweet", text) for day, h, text in posts]
    return sorted(out, key=lambda e: e.sort_key)


@cache
def _clocks(zone: str, ip: str) -> tuple:
    """(the inferred zone, the report's other plausible clocks) of one invented person."""
    rep = infer(_life(zone, ip), now=NOW)
    value = rep.finding("timezone").value
    inferred = ZoneInfo(value["zone"]) if value and value.get("zone") else None
    return inferred, plausible_clocks(value, inferred)


def _night(t: datetime, zone) -> bool:
    hour = t.astimezone(zone).hour
    return hour >= NIGHT_FROM_H or hour < NIGHT_TO_H


@pytest.mark.parametrize(("zone", "ip"), HOMES)
def test_every_night_hour_on_the_home_clock_is_withheld_whatever_the_inferred_clock(zone: str, ip: str) -> None:
    inferred, others = _clocks(zone, ip)
    gate = NightGate(dated=False)
    home = ZoneInfo(zone)
    dated = []
    with other_clocks(others):
        for day in DAYS:
            for h in NIGHT_QUARTERS:
                t = local(home, day if h >= 12 else day + timedelta(days=1), h)
                said = gate.instant(t, inferred)
                if said is None or not said.startswith(TIME_WITHHELD):
                    dated.append((t.astimezone(home).isoformat(), said))
    assert dated == [], (zone, ip, inferred, others, dated[:5])


@pytest.mark.parametrize(("zone", "ip"), HOMES)
def test_daytime_records_are_dated_unless_a_plausible_clock_makes_them_night(zone: str, ip: str) -> None:
    inferred, others = _clocks(zone, ip)
    gate = NightGate(dated=False)
    home = ZoneInfo(zone)
    wrong, dated_mid = [], 0
    mid = 0
    with other_clocks(others):
        for day in DAYS:
            for h in DAY_QUARTERS:
                t = local(home, day, h)
                said = gate.instant(t, inferred)
                withheld = said is not None and said.startswith(TIME_WITHHELD)
                expect = _night(t, inferred) or any(_night(t, z) for z in others)
                if withheld != expect:
                    wrong.append((t.astimezone(home).isoformat(), said))
                if 10 <= h < 18:
                    mid += 1
                    dated_mid += not withheld
    assert wrong == [], (zone, ip, wrong[:5])
    # the home's working day is not withheld wholesale: every clock the gate reads is the home's or near it
    # (Honolulu behind a US IP: the inferred clock is Honolulu's, so the US's other clocks are not read)
    assert dated_mid >= 0.5 * mid, (zone, ip, inferred, others, dated_mid, mid)


def test_the_other_clocks_are_the_reports_own_and_cleared_after_it() -> None:
    t = datetime(2024, 2, 9, 10, 40, tzinfo=UTC)  # 23:40 in Auckland (NZDT), 21:40 in Sydney (AEDT)
    sydney = ZoneInfo("Australia/Sydney")
    assert not is_night_at(t, sydney)
    with other_clocks((ZoneInfo("Pacific/Auckland"),)):
        assert is_night_at(t, sydney)
    assert not is_night_at(t, sydney)
    inferred, _ = _clocks("Pacific/Auckland", "1.1.1.1")
    assert not is_night_at(t, inferred)  # infer() left no clock behind


def _forms(d: date) -> set[str]:
    return {d.isoformat(), f"{d.day} {d:%b} {d.year}", f"{d.day} {d:%b}", f"{d:%b} {d.day}", f"{d:%d/%m/%Y}",
            f"{d:%m/%d/%Y}", f"{d.day} {d:%B}", f"{d:%B} {d.day}"}


def test_auckland_behind_an_australian_ip_night_posts_dated_nowhere() -> None:
    rep = infer(_life("Pacific/Auckland", "1.1.1.1", POSTS), now=NOW)
    bad: set[str] = set()
    for day, _, _ in POSTS:
        for k in (-1, 0, 1):
            bad |= _forms(day + timedelta(days=k))
    posts = [v for v in rep.finding("life_events").value if v["basis"] == "own posts (first person)"]
    assert len(posts) == 4 and all(v["start"].startswith(TIME_WITHHELD) for v in posts), posts
    for fmt in ("json", "text", "markdown", "html"):
        for detail in ("default", "full"):
            buf = io.StringIO()
            report_module.render(rep, fmt, buf, detail=detail)
            out = buf.getvalue()
            hits = sorted(b for b in bad if re.search(r"(?<![0-9])" + re.escape(b) + r"(?![0-9])", out))
            assert hits == [], (fmt, detail, hits)
    flagged = infer(_life("Pacific/Auckland", "1.1.1.1", POSTS), now=NOW, include_sensitive=True)
    said = [v for v in flagged.finding("life_events").value if v["basis"] == "own posts (first person)"]
    assert not any(str(v["start"]).startswith(TIME_WITHHELD) for v in said)  # --include-sensitive unchanged


def test_a_sure_clock_reads_no_other_and_its_days_stay_dated() -> None:
    """A Berlin person behind a German IP: the clock is sure, so no other clock is read and every record of
    08:00–21:59 is dated, 22:00–05:59 withheld — as before GATE64."""
    inferred, others = _clocks("Europe/Berlin", "85.214.132.117")
    assert str(inferred) == "Europe/Berlin" and others == ()
    gate = NightGate(dated=False)
    home = ZoneInfo("Europe/Berlin")
    with other_clocks(others):
        for day in DAYS:
            for h in (*NIGHT_QUARTERS, *DAY_QUARTERS, 21.0, 21.75):
                t = local(home, day if h >= 6 else day + timedelta(days=1), h)
                said = gate.instant(t, inferred) or ""
                assert said.startswith(TIME_WITHHELD) == _night(t, home), (t, said)
    assert plausible_clocks(None, None) == () and plausible_clocks([], None) == ()  # type: ignore[arg-type]
