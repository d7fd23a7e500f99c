"""The thirtieth pass's second tester (T30B): H3, M2, M5, L1, L3, L4. Invented people, records built as events.

- H3: an all-positive writer's noise dip (weekly medians 0.32–0.35 against 0.38) was "a low spell" at high.
- M2: a new parent's feeds at 02:00–04:30 on ~70 % of nights for five months in twelve made the window
  "04:00–07:00" and "no late nights": the window is now read on the other nights, the spell listed as broken nights.
- M5: a nurse's alternate weeks (05:00–21:30 / 15:00–07:30) read "No clear sleep window" and "spread over the
  week": two weekly patterns taking turns are rotating shift work, said so.
- L1: life events in Japanese were "Not enough data", not "Not read"; L3: "mirrors: None"; L4: "0 records support
  it. For example: …".
"""

from __future__ import annotations

import io
import random
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from rich.console import Console
from test_clock_unusual_nights import sleeper
from test_inference_synth import Stream, local

from dataexam.inference import infer
from dataexam.inference.model import Confidence
from dataexam.inference.rosters import rotating_shifts
from dataexam.report import view
from dataexam.report.html import _trust as html_trust
from dataexam.report.markdown import _finding as md_finding
from dataexam.report.text import PlainConsole
from dataexam.report.text import _finding as text_finding

NOW = datetime(2025, 1, 1, tzinfo=UTC)
BERLIN = ZoneInfo("Europe/Berlin")
SANTIAGO = ZoneInfo("America/Santiago")
CHEERFUL = ["Lovely morning walk by the river", "Work was busy today but fine", "Cooking dinner for friends tonight",
            "Great game of football this afternoon", "Reading a new novel before bed", "Coffee with my sister"]


# -- H3: a low period needs low writing, not only a dip under one's own mean ------------------------------------------
def _cheerful_writer(sad: bool = False) -> list:
    rng = random.Random(16)
    s = Stream("x.zip")
    out = []
    d = date(2022, 1, 1)
    while d < date(2024, 12, 20):
        for _ in range(rng.randint(2, 5)):
            text = rng.choice(CHEERFUL)
            if sad and date(2023, 3, 6) <= d < date(2023, 4, 24) and rng.random() < 0.7:
                text = rng.choice(["I feel so sad and alone today", "Terrible day, everything hurts",
                                   "Crying again, I miss her so much"])
            out.append(s.ev(local(SANTIAGO, d, rng.uniform(7.5, 23.5)), "twitter.tweet", text, lang="en"))
        d += timedelta(days=1)
    return sorted(out, key=lambda e: e.sort_key)


def test_an_all_positive_writer_has_no_low_period() -> None:
    mood = infer(_cheerful_writer(), now=NOW).finding("mood")
    assert mood.value["low_periods"] == [], mood.value["low_periods"]
    assert mood.summary.startswith("No sustained low-mood period")
    assert min(w["median"] for w in mood.value["weekly"]) > 0.05  # every week positive: nothing low in itself


def test_the_same_writer_with_seven_sad_weeks_still_has_them() -> None:
    mood = infer(_cheerful_writer(sad=True), now=NOW).finding("mood")
    (period,) = mood.value["low_periods"]
    assert date(2023, 2, 27) <= date.fromisoformat(period["start"]) <= date(2023, 3, 13), period
    assert period["median"] < 0.05


# -- M2: a spell of broken nights does not make the window ------------------------------------------------------------
def _feeds(d: date, rng: random.Random) -> list[float]:
    """One or two records at 02:00–04:30 on 70 % of the nights after a birth on 10 May 2024, to 30 Sep."""
    if date(2024, 5, 10) <= d <= date(2024, 9, 30) and rng.random() < 0.7:
        return [rng.uniform(26.0, 28.5) for _ in range(rng.randint(1, 2))]
    return []


def test_a_newborns_five_months_of_feeds_leave_the_window_and_are_broken_nights() -> None:
    london = ZoneInfo("Europe/London")
    res = infer(sleeper(london, start=date(2024, 1, 1), days=350, per_day=5, seed=7, weekday=(7.0, 23.0),
                        weekend=(7.0, 23.0), extra=_feeds), now=NOW, include_sensitive=True)
    sleep, late = res.finding("sleep"), res.finding("late_nights")
    for t in ("weekday", "weekend"):
        w = sleep.value[t]
        assert "22:45" <= w["start"] <= "23:30" and "06:45" <= w["end"] <= "07:30", (t, w)
    (span,) = late.value["broken_spans"]
    # May holds three weeks of feeds, under a quarter of its nights listed on two records where the run is young
    assert span["from"] in ("2024-05", "2024-06") and span["to"] == "2024-09", span
    assert span["nights"] >= 50
    assert res.finding("social_jetlag").value["hours"] <= 0.5


# -- M5: rotating shifts ---------------------------------------------------------------------------------------------
def _nurse(rotating: bool = True) -> list:
    rng = random.Random(5)
    s = Stream("x.zip")
    out = []
    d = date(2024, 1, 1)
    while d < date(2024, 12, 20):
        night = rotating and d.isocalendar().week % 2 == 1
        for _ in range(rng.randint(3, 6)):
            h = rng.uniform(15, 31.5) if night else rng.uniform(5, 21.5)
            out.append(s.ev(local(BERLIN, d, h), "twitter.tweet", "Tea and the news"))
        d += timedelta(days=1)
    loc = Stream("declared.zip")
    out += [loc.ev(datetime(2024, 1, 2, 12, tzinfo=UTC), "facebook.location", None, country_code="DE")
            for _ in range(3)]
    return sorted(out, key=lambda e: e.sort_key)


def test_alternate_weeks_of_day_and_night_shifts_are_rotating_shift_work() -> None:
    res = infer(_nurse(), now=NOW)
    sleep = res.finding("sleep")
    assert sleep.confidence == Confidence.LOW
    rota = sleep.value["rotating_shifts"]
    mids = sorted(p["mid_hours"] for p in rota["patterns"])
    # day weeks asleep 21:30–05:00 (mid 01:15), night weeks 07:30–15:00 (mid 11:15)
    assert 0.0 <= mids[0] <= 2.5 and 10.0 <= mids[1] <= 12.5, rota
    assert all(p["weeks"] >= 12 for p in rota["patterns"]) and rota["switches"] >= 20
    assert "rotating shift work" in sleep.summary and "No clear sleep window" not in sleep.summary
    assert "rotating shift work" in res.finding("social_jetlag").summary
    routine = res.finding("routine")
    assert routine.value["rotating_shifts"]["patterns"] == 2
    assert view.headline(routine.to_dict()).startswith("Your weeks take turns between 2 shift patterns")


def test_a_day_worker_is_no_rota() -> None:
    res = infer(_nurse(rotating=False), now=NOW)
    assert "rotating_shifts" not in (res.finding("sleep").value or {})
    assert "rotating_shifts" not in res.finding("routine").value


def test_one_change_of_hours_is_no_rota() -> None:
    """Half a year on days, then half on nights: one switch, a change of life, not a rota."""
    nights: dict[date, list[int]] = {}
    rng = random.Random(3)
    d = date(2024, 1, 1)
    while d < date(2024, 12, 20):
        late = d >= date(2024, 7, 1)
        for _ in range(5):
            h = rng.uniform(15, 31.5) if late else rng.uniform(5, 21.5)
            q = int(h * 4)  # quarters from d's midnight; the night (morning date) is d + (q + 48) // 96
            nd = d + timedelta(days=(q + 48) // 96)
            nights.setdefault(nd, [0] * 96)[(q + 48) % 96] += 1
        d += timedelta(days=1)
    assert rotating_shifts(nights) is None


# -- L1: unread life events ------------------------------------------------------------------------------------------
def test_life_events_in_japanese_are_not_read_not_not_enough_data() -> None:
    rng = random.Random(2)
    s = Stream("x.zip")
    texts = ["今日は公園で散歩しました。とても気持ちがいいです", "友達と美味しいラーメンを食べました",
             "結婚しました！これからもよろしくお願いします", "新しい本を読み始めました。面白いです"]
    out = [s.ev(local(ZoneInfo("Asia/Tokyo"), date(2024, 1, 1) + timedelta(days=i), rng.uniform(8, 22)),
                "twitter.tweet", rng.choice(texts), lang="ja") for i in range(200)]
    res = infer(out, now=NOW)
    life = res.finding("life_events")
    assert life.summary.startswith("Not read from your posts: they are mostly Japanese"), life.summary
    g = view.glance({"findings": [life.to_dict()]})
    assert "life events" in g.english_only and "life events" not in g.insufficient
    assert g.english_only_line() == ("Not read: life events (their word lists read English only, life events' "
                                     "English and German; see each finding).")


# -- L3, L4: report wording ------------------------------------------------------------------------------------------
def _text(f: dict[str, Any]) -> str:
    out = io.StringIO()
    console = PlainConsole(Console(file=out, width=3000, color_system=None, force_terminal=False))
    text_finding(console, f, None, False, {})
    return out.getvalue()


def test_a_rule_quoting_nobody_has_no_mirrors_clause() -> None:
    rules = [{"rule": "> 20% of orders 23–04 → −0.10", "quote": None, "critique": "Night owls pay more."},
             {"rule": "≥ 10 gaming records → −0.15", "quote": "someone gaming 10 h a day", "critique": "Prejudice."}]
    f = {"id": "trust_score", "title": "Mock trust score", "confidence": "low", "summary": "A mock score.",
         "value": {"score": 600, "band": "fair", "factors": {"behavior": {"weight": 0.25, "points": 80,
                                                                         "rules_applied": rules}}}}
    text = _text(f)
    assert "mirrors: None" not in text and "→ −0.10 Why it is wrong: Night owls pay more." in text
    assert "mirrors: someone gaming 10 h a day" in text
    md = "\n".join(md_finding(f, None, False))
    assert "mirrors *None*" not in md and "→ −0.10 Why it is wrong" in md and "mirrors *someone gaming" in md
    html = "".join(html_trust(f, False))
    assert "mirrors <em>None</em>" not in html and "mirrors <em>someone gaming 10 h a day</em>" in html


def test_no_example_under_zero_support() -> None:
    item = {"archive": "twitter.zip", "member": "data/personalization.js", "index": 0,
            "time": "2024-01-01T12:00:00Z", "excerpt": "13-99", "kind": "twitter.personalization"}
    f = {"id": "platform_vs_derived", "title": "What the platforms say", "confidence": "low", "value": None,
         "summary": "Platforms.", "evidence": {"n_support": 0, "n_against": 0, "items": [item]}}
    assert view.evidence_rows(f, None, None) == []
    assert "For example" not in _text(f) and "13-99" not in _text(f)
    assert "13-99" not in "\n".join(md_finding(f, None, True))
    supported = {**f, "evidence": {"n_support": 1, "n_against": 0, "items": [item]}}
    assert "For example" in _text(supported)
