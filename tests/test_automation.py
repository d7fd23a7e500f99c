"""An automated account is not read as a person (T27B L4).

The tester's bot: a price feed posting every 10 minutes day and night through IFTTT (13,248 tweets) got interests and a
trust score read as a person's at medium and high. The findings that read a person now say "this account looks
automated" and stand at low; a person who queues posts in a scheduler is not called automated.

Accounts are invented: records built directly as events.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from test_clock_unusual_nights import sleeper
from test_inference_synth import Stream, local

from dataexam.inference import infer
from dataexam.inference.automation import AutomationAggregator
from dataexam.inference.model import Confidence
from dataexam.report import view

NOW = datetime(2025, 1, 1, tzinfo=UTC)


def feed(*, days: int = 30, every: int = 10, client: str | None = "IFTTT", jitter: int = 20) -> list:
    """A price feed: one tweet every ``every`` minutes around the clock, ``jitter`` seconds late at most."""
    rng = random.Random(10)
    s = Stream("x-bot.zip")
    t = datetime(2024, 3, 1, tzinfo=UTC)
    out = []
    while t < datetime(2024, 3, 1, tzinfo=UTC) + timedelta(days=days):
        attrs = {"client": client} if client else {}
        out.append(s.ev(t + timedelta(seconds=rng.randint(0, jitter)), "twitter.tweet",
                        f"BTC/USD {60000 + rng.randint(-3000, 3000)} #bitcoin #crypto price", **attrs))
        t += timedelta(minutes=every)
    return out


def verdict(events: list):
    agg = AutomationAggregator()
    for e in sorted(events, key=lambda e: e.sort_key):
        agg.consume(e)
    return agg.verdict()


def test_feed_every_ten_minutes_via_ifttt_is_automated_with_its_figures():
    v = verdict(feed())
    assert v.posts == 30 * 144
    assert v.quiet_hour_share == 1.0 and v.interval_minutes == 10 and v.interval_share == 1.0
    assert v.client == "IFTTT" and v.client_share == 1.0
    assert v.automated


def test_round_the_clock_with_either_interval_or_client_suffices():
    # no client named (a home-made script), regular interval: automated
    assert verdict(feed(client=None)).automated
    # an automation client at irregular gaps round the clock: automated
    assert verdict(feed(jitter=400)).interval_share < 0.6
    assert verdict(feed(jitter=400)).automated


def test_person_reading_findings_say_automated_and_stand_at_low():
    res = infer(feed(days=60), now=NOW)
    note = res.finding("interests").caveats[0]
    assert note.startswith("This account looks automated: it posts at every hour of the day (the quietest hour "
                           "holds 100% of an average hour's posts); 100% of its posts follow the previous one after "
                           "10 minutes; 100% were sent by an automation service (IFTTT).")
    for fid in ("interests", "topics", "writing_style"):
        f = res.finding(fid)
        assert f.value is not None, fid
        assert f.caveats[0] == note, fid
        assert f.confidence == Confidence.LOW, fid
    # at a glance and in each section, the headline says it first
    assert view.headline(res.finding("topics").to_dict()) == "Looks automated: you write most about finance."
    # the languages it writes in are the feed's fact, not a reading of a person: untouched
    assert not any("automated" in c for c in res.finding("languages").caveats)


def test_a_person_with_a_scheduler_is_not_called_automated():
    """A Madrid sleeper whose Buffer posts at 03:00 and 05:00 every day (T24B M1's input): two fixed slots and the
    person's own tweets: no round-the-clock hours, no automation."""
    madrid = ZoneInfo("Europe/Madrid")
    own = sleeper(madrid, weekday=(8.0, 24.5), weekend=(9.5, 25.5), days=300, per_day=6, country="ES")
    s = Stream("x-buffer.zip")
    start = date(2023, 1, 2)
    queued = [s.ev(local(madrid, start + timedelta(days=i), h), "twitter.tweet", "Nuevo artículo", client="Buffer")
              for i in range(300) for h in (3.0, 5.0)]
    events = sorted(own + queued, key=lambda e: e.sort_key)
    v = verdict(events)
    assert v.quiet_hour_share < 0.1 and not v.automated
    res = infer(events, now=NOW)
    assert not any("looks automated" in c for f in res.findings for c in f.caveats)


def test_a_person_whose_every_post_is_scheduled_daily_is_not_automated():
    """Every post sent by Buffer at 09:00 each day: fixed interval (a day) and an automation client, but the
    hours are a person's (no round-the-clock posting)."""
    s = Stream("x-daily.zip")
    events = [s.ev(datetime(2024, 1, 1, 9, tzinfo=UTC) + timedelta(days=i, minutes=j), "twitter.tweet",
                   "Morning thread", client="Buffer") for i in range(200) for j in range(2)]
    v = verdict(events)
    assert v.via_client and not v.automated
