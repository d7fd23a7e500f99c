""""Since 2023, you write most about …" for someone with no text from 2020 to June 2024 (the thirty-second pass's
fresh tester T32A, L2): the recent window is said from where its texts really begin ("Since June 2024"), and a
stretch of years without any text is named once (the topics finding's caveat). Texts are invented."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from test_inference_synth import Stream

from dataexam.inference import infer
from dataexam.inference.textrules import YearMonths, month_words
from dataexam.report.view import _h_topics

NOW = datetime(2025, 6, 1, tzinfo=UTC)
LINES = ["Made a big pot of soup and baked fresh bread for dinner tonight",
         "Football training in the rain again, the whole team was soaked",
         "Tried a new pasta recipe with garlic and lemon, the kids loved it"]


def _deleter() -> list:
    """Posts every day through 2019 and from 1 June 2024, nothing between (most posts deleted)."""
    s = Stream("fb.zip")
    days = [date(2019, 1, 1) + timedelta(days=i) for i in range(365)]
    days += [date(2024, 6, 1) + timedelta(days=i) for i in range(300)]
    return [s.ev(datetime(d.year, d.month, d.day, 12 + k, tzinfo=UTC), "facebook.post", f"{LINES[k]} {d}")
            for d in days for k in range(3)]


def test_the_recent_window_is_said_from_where_the_texts_begin_and_the_gap_once():
    res = infer(_deleter(), now=NOW)
    topics = res.finding("topics")
    assert topics.summary.startswith("Since June 2024, you write most about ")  # was "Since 2023"
    assert topics.value[0]["since"] == 2023 and topics.value[0]["since_month"] == "2024-06"
    assert _h_topics(topics.value).startswith("Since June 2024, you write most about ")
    gaps = [c for c in topics.caveats if "nothing from" in c]
    assert gaps == ["Your texts pause for years: nothing from January 2020 to May 2024 (deleted, or not written); "
                    "the topics are read from the texts there are."]
    interests = res.finding("interests")
    assert interests.summary.startswith("Since June 2024, your records point to "), interests.summary
    assert not any("nothing from" in c for c in interests.caveats)  # named once


def test_a_continuous_writer_keeps_the_year():
    s = Stream("fb.zip")
    start = date(2019, 1, 1)
    events = [s.ev(datetime(d.year, d.month, d.day, 12 + k, tzinfo=UTC), "facebook.post", f"{LINES[k]} {d}")
              for i in range(0, 6 * 365, 2) for d in [start + timedelta(days=i)] for k in range(3)]
    topics = infer(events, now=NOW).finding("topics")
    assert topics.summary.startswith(f"Since {topics.value[0]['since']}, you write most about ")
    assert "since_month" not in topics.value[0]
    assert not any("nothing from" in c for c in topics.caveats)


def test_year_months():
    m = YearMonths()
    for y, mo in [(2019, 3), (2019, 11), (2024, 6), (2025, 2)]:
        m.add(y, mo)
    assert m.since(2023) == ("June 2024", "2024-06")
    assert m.since(2019) == ("March 2019", "2019-03")
    assert m.gap() == "nothing from December 2019 to May 2024"
    m.add(2022, 1)
    assert m.gap() == "nothing from February 2022 to May 2024"  # the longer of two (28 months, 25 before)
    m.add(2023, 1)
    assert m.gap() == "nothing from December 2019 to December 2021"
    m.add(2021, 1)
    assert m.gap() is None  # no stretch of 24 months left
    assert month_words("2024-06", 2023) == "June 2024" and month_words(None, 2023) == "2023"
    assert month_words("2024-01", 2023) == "2024"  # a January: the year says it


def test_a_night_workers_period_keeps_the_archives_months():
    """Both bounds at night (a night worker's first and last posts): the Period row gave weekdays and hours only."""
    from dataexam.report.view import run_lines

    s = Stream("fb.zip")
    days = [date(2023, 3, 1) + timedelta(days=i) for i in range(200)]
    events = [s.ev(datetime(d.year, d.month, d.day, h, 30, tzinfo=UTC), "facebook.post", f"{LINES[h % 3]} {d}")
              for d in days[1:-1] for h in (7, 10, 13, 16, 19)]
    events += [s.ev(datetime(d.year, d.month, d.day, 1, 30, tzinfo=UTC), "facebook.post", f"{LINES[0]} {d}")
               for d in (days[0], days[-1])]  # the first and the last at 03:30 on Berlin's summer clock
    loc = Stream("declared.zip")  # place evidence: the clock is Berlin's
    events += [loc.ev(datetime(2023, 3, 2, 12, tzinfo=UTC), "facebook.location", None, country_code="DE")
               for _ in range(3)]
    res = infer(sorted(events, key=lambda e: e.sort_key), now=NOW)
    assert res.inputs["first"].startswith("withheld ") and res.inputs["last"].startswith("withheld ")
    assert (res.inputs["first_month"], res.inputs["last_month"]) == ("2023-03", "2023-09")
    period = dict(run_lines(res.to_dict()))["Period"]
    assert period.startswith("Mar 2023, ") and " – Sep 2023, " in period
    assert "date withheld" in period and "1 Mar 2023" not in period
