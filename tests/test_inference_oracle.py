"""Oracle tests: planted personas (dataexam.persona) through the real parsers and timeline.

For seeds 1–3 the planted answers in truth.json must come back within the tolerances below, with
evidence pointing at the planted records; the control persona (uniform activity, random IPs)
must yield insufficient or low confidence where nothing was planted. Slow (a few personas are
generated, parsed and inferred): deselect with ``-m "not slow"``.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

persona = pytest.importorskip("dataexam.persona")
api = pytest.importorskip("dataexam.api")

from dataexam.categories import categorise  # noqa: E402
from dataexam.inference import Confidence, infer  # noqa: E402
from dataexam.inference.gazetteer import country_display  # noqa: E402

pytestmark = pytest.mark.slow

CLOCK_TOLERANCE_H = 0.5  # sleep-window edges and mid-sleep
LANGUAGE_TOLERANCE = 0.05  # share per language
TRIP_TOLERANCE_DAYS = 1  # first/last day seen abroad vs planted dates (local-date conversion at night)
MOOD_TOLERANCE_DAYS = 7  # low-period start/end


def _run(tmp_path_factory: pytest.TempPathFactory, seed: int, control: bool = False):
    out = tmp_path_factory.mktemp(f"persona{seed}{'c' if control else ''}")
    truth_path = persona.write_persona(out, seed=seed, control=control)
    truth = json.loads(Path(truth_path).read_text(encoding="utf-8"))
    report = infer(api.timeline(persona.export_paths(truth_path)), include_sensitive=True)
    return truth, report


@pytest.fixture(scope="module", params=[1, 2, 3])
def planted(request, tmp_path_factory):
    return _run(tmp_path_factory, request.param)


@pytest.fixture(scope="module")
def control(tmp_path_factory):
    return _run(tmp_path_factory, 1, control=True)


def _hours(hhmm: str) -> float:
    h, m = hhmm.split(":")
    return int(h) + int(m) / 60


def _clock_diff(a: float, b: float) -> float:
    d = abs(a - b) % 24
    return min(d, 24 - d)


def _local_date(item_time: str, zone: str) -> date:
    return datetime.fromisoformat(item_time.replace("Z", "+00:00")).astimezone(ZoneInfo(zone)).date()


def test_timezone(planted):
    truth, report = planted
    tz = report.finding("timezone")
    assert tz.value["utc_offset_hours"] == truth["timezone"]["utc_offset_hours"]
    assert truth["timezone"]["zone"] in tz.value["candidate_zones"]
    assert tz.confidence in (Confidence.HIGH, Confidence.MEDIUM)


def test_sleep_windows(planted):
    truth, report = planted
    sleep = report.finding("sleep").value
    for part in ("weekday", "weekend"):
        for edge in ("start", "end"):
            got, want = _hours(sleep[part][edge]), _hours(truth["sleep"][part][edge])
            assert _clock_diff(got, want) <= CLOCK_TOLERANCE_H, (part, edge, sleep[part][edge])
    assert _clock_diff(sleep["msf_hours"], truth["sleep"]["msf_hours"]) <= CLOCK_TOLERANCE_H
    assert _clock_diff(sleep["msw_hours"], truth["sleep"]["msw_hours"]) <= CLOCK_TOLERANCE_H
    jetlag = report.finding("social_jetlag").value["hours"]
    assert abs(jetlag - truth["sleep"]["social_jetlag_hours"]) <= CLOCK_TOLERANCE_H


def test_late_nights_and_their_evidence(planted):
    truth, report = planted
    late = report.finding("late_nights")
    assert late.value["dates"] == truth["late_nights"]
    zone = truth["timezone"]["zone"]
    for item in late.evidence.items:
        assert _local_date(item.time, zone).isoformat() in truth["late_nights"]


def test_routine(planted):
    truth, report = planted
    routine = report.finding("routine").value
    assert routine["working_hours"] == truth["routine"]["working_hours"]
    assert routine["weekday_daytime_quiet"] is truth["routine"]["weekday_daytime_quiet"]


def test_home_and_trips(planted):
    truth, report = planted
    home = report.finding("home")
    assert home.value["country"] == truth["home"]["country"]
    assert home.value["city"] == truth["home"]["city"]
    # an excerpt names the country by its code (a login's "IP in DE") or by its name (a night's or a day's vote)
    cc = truth["home"]["country"]
    assert all(cc in (i.excerpt or "") or country_display(cc) in (i.excerpt or "") for i in home.evidence.items)
    trips = report.finding("trips").value
    assert len(trips) == len(truth["trips"])
    for got, want in zip(trips, truth["trips"]):
        assert got["country"] == want["country"]
        for edge in ("start", "end"):
            delta = abs((date.fromisoformat(got[edge]) - date.fromisoformat(want[edge])).days)
            assert delta <= TRIP_TOLERANCE_DAYS, (want, got)
    spans = [(date.fromisoformat(t["start"]) - timedelta(days=1), date.fromisoformat(t["end"]) + timedelta(days=1))
             for t in truth["trips"]]
    for item in report.finding("trips").evidence.items:
        d = datetime.fromisoformat(item.time.replace("Z", "+00:00")).date()
        assert any(a <= d <= b for a, b in spans)


def test_devices(planted):
    truth, report = planted
    assert report.finding("devices").value["primary_os"] == truth["devices"]["primary_os"]


def test_languages(planted):
    truth, report = planted
    shares = report.finding("languages").value["shares"]
    for lang, share in truth["languages"].items():
        assert abs(shares.get(lang, 0) - share) <= LANGUAGE_TOLERANCE, (lang, shares)


def test_interests_ranking_and_evidence(planted):
    truth, report = planted
    interests = report.finding("interests")
    ranked = [row["category"] for row in interests.value]
    assert ranked[: len(truth["interests"])] == truth["interests"]
    assert not any(c.startswith("sensitive:") for c in ranked)
    top = set(truth["interests"])
    matched = [i for i in interests.evidence.items if set(categorise(i.excerpt)) & top]
    assert len(matched) >= len(interests.evidence.items) // 2


def test_life_event(planted):
    truth, report = planted
    events = report.finding("life_events").value
    want = truth["life_event"]
    assert [(e["type"], e["month"]) for e in events] == [(want["type"], want["month"])]


def test_life_event_sensitivity_is_marked(planted):
    # pregnancy is health data (Art. 9); a move or a new pet is not
    truth, report = planted
    expected = "health" if truth["life_event"]["type"] == "pregnancy" else None
    assert report.finding("life_events").sensitive == expected


def test_spending_exact(planted):
    truth, report = planted
    assert report.finding("spending").value["totals"] == truth["spending"]
    assert all(i.kind == "amazon.order_item" for i in report.finding("spending").evidence.items)


def test_social_circle(planted):
    truth, report = planted
    social = report.finding("social_circle").value
    assert [c["name"] for c in social["top_contacts"][:3]] == truth["top_contacts"]
    assert social["facebook_friends"] == truth["social"]["facebook_friends"]
    # followers/following are the union over all exports the timeline de-duplicates (docs/findings.md)
    assert social["twitter_followers"] == truth["counts"]["twitter.follower"] >= truth["social"]["twitter_followers"]
    assert social["twitter_following"] == truth["counts"]["twitter.following"]


def test_low_mood_period(planted):
    truth, report = planted
    mood = report.finding("mood")
    periods = mood.value["low_periods"]
    assert len(periods) == 1
    for edge in ("start", "end"):
        delta = abs((date.fromisoformat(periods[0][edge]) - date.fromisoformat(truth["low_mood"][edge])).days)
        assert delta <= MOOD_TOLERANCE_DAYS
    start = date.fromisoformat(truth["low_mood"]["start"])
    end = date.fromisoformat(truth["low_mood"]["end"])
    for item in mood.evidence.items:
        d = datetime.fromisoformat(item.time.replace("Z", "+00:00")).date()
        assert start - timedelta(days=1) <= d <= end + timedelta(days=1)


def test_sensitive_signal_counts(planted):
    truth, report = planted
    value = report.finding("sensitive_signals").value
    for category, n in truth["sensitive_planted"].items():
        assert value.get(category.split(":", 1)[1], {}).get("records", 0) == n


def test_platform_declarations_are_shown(planted):
    truth, report = planted
    says = report.finding("platform_vs_derived").platform_says
    assert sorted(says["facebook_interests"]) == sorted(truth["platform_declared"]["facebook_interests"])
    # Amazon's audience files also name advertisers' audiences; the planted Amazon audiences are among them
    assert set(truth["platform_declared"]["amazon_audiences"]) <= set(says["amazon_audiences"])


def test_control_yields_no_planted_signal(control):
    truth, report = control
    assert truth["control"] is True
    for fid in ("timezone", "home", "trips"):
        assert report.finding(fid).confidence in (Confidence.LOW, Confidence.INSUFFICIENT), fid
    for fid in ("sleep", "social_jetlag", "late_nights"):
        assert report.finding(fid).confidence == Confidence.INSUFFICIENT, fid
    assert report.finding("routine").value is None or report.finding("routine").value["working_hours"] is None
    assert report.finding("mood").value is None or report.finding("mood").value["low_periods"] == []
    assert not report.finding("life_events").value
    assert report.finding("sensitive_signals").value == {}
    # exact facts are still exact
    assert report.finding("spending").value["totals"] == truth["spending"]
