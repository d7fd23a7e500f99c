"""NIGHTLIFE (twenty-ninth pass, T29D N8): life events read from the person's own posts (``lifeposts``) were dated by
night-time posts in every format without ``--include-sensitive``, and a post made after midnight was dated the day
before (its UTC day: 01:10 on 3 April in Berlin is 23:10 UTC on 2 April).

Without the flag a night-time post's event gives the gate's "withheld Fri 23:40" in ``start``/``completed`` and
"Fri 23:40, date withheld (…)" in the sentence, its ``month`` kept — as a move's night-time bounds are
(``interests.home_moves``); with the flag its own local calendar day. Inputs: an invented Berlin person (tweets
and logins by day), four life-event posts at night (T29D's ``nightdates``: 23:40, 01:10, 23:55, 00:20).
"""

from __future__ import annotations

import io
import random
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from test_inference_synth import Stream, local

from dataexam import report as report_module
from dataexam.inference import infer
from dataexam.inference.lifeposts import PostLife
from dataexam.report import view

NOW = datetime(2025, 1, 1, tzinfo=UTC)
BERLIN = ZoneInfo("Europe/Berlin")
WITHHELD = "date withheld (night-time; --include-sensitive)"
NIGHT_POSTS = ((date(2024, 2, 9), 23 + 40 / 60, "Graduated today! So proud, master's degree done"),
               (date(2024, 4, 3), 1 + 10 / 60, "First day at my new job tomorrow, can't sleep"),
               (date(2024, 6, 14), 23 + 55 / 60, "We got engaged tonight 💍"),
               (date(2024, 9, 21), 20 / 60, "My grandfather passed away tonight. RIP Opa"))


def _berlin_life() -> list:
    rng = random.Random(3)
    s = Stream("x.zip")
    out = []
    d = date(2024, 1, 2)
    while d < date(2024, 12, 15):
        out += [s.ev(local(BERLIN, d, rng.uniform(8, 21)), "twitter.tweet", "Long walk in Tiergarten")
                for _ in range(4)]
        out.append(s.ev(local(BERLIN, d, 9.0), "twitter.login", None, ip="85.214.132.117"))
        d += timedelta(days=1)
    out += [s.ev(local(BERLIN, day, h), "twitter.tweet", text) for day, h, text in NIGHT_POSTS]
    return sorted(out, key=lambda e: e.sort_key)


def test_night_time_posts_date_no_life_event_without_the_flag_and_their_own_local_day_with_it() -> None:
    events = _berlin_life()
    plain, flagged = infer(events, now=NOW), infer(events, now=NOW, include_sensitive=True)
    posts = [v for v in plain.finding("life_events").value if v["basis"] == "own posts (first person)"]
    assert [(v["type"], v["month"], v["start"], v["completed"]) for v in posts] == [
        ("graduation", "2024-02", "withheld Fri 23:40", "withheld Fri 23:40"),
        ("new_job", "2024-04", "withheld Wed 01:10", "withheld Wed 01:10"),
        ("engagement", "2024-06", "withheld Fri 23:55", "withheld Fri 23:55"),
        ("bereavement", "2024-09", "withheld Sat 00:20", "withheld Sat 00:20")]
    assert "_day" not in posts[0]
    # with the flag: each post's own local calendar day (the two after midnight were dated the day before)
    dated = [v for v in flagged.finding("life_events").value if v["basis"] == "own posts (first person)"]
    assert [(v["type"], v["month"], v["start"], v["completed"]) for v in dated] == [
        ("graduation", "2024-02", "2024-02-09", "2024-02-09"), ("new_job", "2024-04", "2024-04-03", "2024-04-03"),
        ("engagement", "2024-06", "2024-06-14", "2024-06-14"),
        ("bereavement", "2024-09", "2024-09-21", "2024-09-21")]
    assert plain.finding("life_events").summary == (
        f"Your own posts tell of graduation Fri 23:40, {WITHHELD} (your post); new job Wed 01:10, {WITHHELD} "
        f"(your post); engagement "
        f"Fri 23:55, {WITHHELD} (your post); death of someone close Sat 00:20, {WITHHELD} (your post).")
    assert flagged.finding("life_events").summary == (
        "Your own posts tell of graduation 9 Feb 2024 (your post); new job 3 Apr 2024 (your post); engagement "
        "14 Jun 2024 (your post); "
        "death of someone close 21 Sep 2024 (your post).")
    # every format, default and full: none of the nights' days (nor the day before the two after midnight)
    days = ("2024-02-09", "2024-04-02", "2024-04-03", "2024-06-14", "2024-09-20", "2024-09-21", "9 Feb 2024",
            "2 Apr 2024", "3 Apr 2024", "14 Jun 2024", "20 Sep 2024", "21 Sep 2024")
    for fmt in ("json", "text", "markdown", "html"):
        for detail in ("default", "full"):
            buf, buf_s = io.StringIO(), io.StringIO()
            report_module.render(plain, fmt, buf, detail=detail)  # type: ignore[arg-type]
            report_module.render(flagged, fmt, buf_s, detail=detail)  # type: ignore[arg-type]
            assert not [d for d in days if d in buf.getvalue()], (fmt, detail)
            # with the flag the day is said: ISO in JSON, in words in the readers' formats (WORD61)
            assert ("2024-04-03" if fmt == "json" else "3 Apr 2024") in buf_s.getvalue(), (fmt, detail)


def test_the_reports_row_says_a_withheld_post_day_as_the_sentence_does() -> None:
    value = [{"type": "relationship", "start": "2024-01-20", "declared_in": ["profile"], "basis": "declared"},
             {"type": "new_job", "month": "2024-04", "start": "withheld Wed 01:10", "completed": "withheld Wed 01:10",
              "basis": "own posts (first person)"},
             {"type": "engagement", "month": "2024-06", "start": "2024-06-14", "completed": "2024-06-14",
              "basis": "own posts (first person)"}]
    rows = dict(view.facts({"id": "life_events", "value": value}))
    assert rows["From your records"] == (f"new job Wed 01:10, {WITHHELD} (your post); engagement 14 Jun 2024 "
                                         "(your post)")


def test_a_post_is_dated_by_its_local_day_and_a_declared_event_matches_it_by_that_day() -> None:
    s = Stream()
    life = PostLife()
    life.feed(s.ev(local(BERLIN, date(2024, 4, 3), 1 + 10 / 60), "twitter.tweet", "First day at my new job!"))
    life.feed(s.ev(local(BERLIN, date(2024, 6, 14), 12.0), "twitter.tweet", "We got engaged 💍"))
    (job, engaged), withheld = life.events(False, BERLIN)
    assert withheld == 0
    assert (job["start"], job["month"], job["_day"]) == ("withheld Wed 01:10", "2024-04", "2024-04-03")
    assert (engaged["start"], engaged["_day"]) == ("2024-06-14", "2024-06-14")  # by day: the date stays
    (job_s, _), _ = life.events(True, BERLIN)
    assert (job_s["start"], job_s["completed"]) == ("2024-04-03", "2024-04-03")
    (job_utc, _), _ = life.events(True)  # no zone chosen: the UTC day, as every other finding's
    assert job_utc["start"] == "2024-04-02"
