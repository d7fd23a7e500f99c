"""A low spell in the writing (T31B B1): its end is not cut at a lighter week inside it, and one that begins just
after a life event whose date is withheld is said by month, following "a life event", its first weeks out of the
weekly series."""
from datetime import date, timedelta

from dataexam.inference.model import Confidence, Evidence, EvidenceItem, Finding
from dataexam.inference.text import MOOD_BINS, _read_weeks, tie_low_periods


def _hist(compound: float, n: int = 20) -> list[int]:
    h = [0] * MOOD_BINS
    h[min(MOOD_BINS - 1, int((compound + 1) / 2 * MOOD_BINS))] = n
    return h


def test_a_lighter_week_inside_a_spell_of_grief_does_not_end_it() -> None:
    weeks = [date(2024, 1, 1) + timedelta(weeks=i) for i in range(50)]
    # usual 0.45; low -0.35 from week 20 to 33, weeks 26 and 29 lighter (0.2: under the usual by > SD/2, not low)
    tone = {w: 0.45 + (0.03 if i % 3 else -0.03) for i, w in enumerate(weeks)}
    for i in range(20, 34):
        tone[weeks[i]] = 0.2 if i in (26, 29) else -0.35
    read = _read_weeks({w: _hist(t) for w, t in tone.items()}, weeks)
    assert [(r[0], r[-1]) for r in read.runs] == [(weeks[20], weeks[33])]


def test_a_fall_back_to_the_usual_still_ends_the_spell() -> None:
    weeks = [date(2024, 1, 1) + timedelta(weeks=i) for i in range(50)]
    tone = {w: 0.45 + (0.03 if i % 3 else -0.03) for i, w in enumerate(weeks)}
    for i in range(20, 26):
        tone[weeks[i]] = -0.35
    read = _read_weeks({w: _hist(t) for w, t in tone.items()}, weeks)
    assert [(r[0], r[-1]) for r in read.runs] == [(weeks[20], weeks[25])]


def _mood() -> Finding:
    weekly = [{"week": (date(2024, 4, 1) + timedelta(weeks=i)).isoformat(), "median": 0.4, "n": 20}
              for i in range(20)]
    item = EvidenceItem(archive="x", member="tweets.js", index=1, time="2024-05-21T13:00:00Z", kind="twitter.tweet")
    later = EvidenceItem(archive="x", member="tweets.js", index=2, time="2024-07-02T13:00:00Z", kind="twitter.tweet")
    return Finding(id="mood", title="Mood", value={"low_periods": [
        {"start": "2024-05-20", "end": "2024-08-18", "weeks": 13, "median": -0.35, "source": "all"}],
        "weekly": weekly, "sparkline": ""}, confidence=Confidence.HIGH, confidence_basis="", method="",
        evidence=Evidence(items=[item, later]), summary="1 low period(s): 2024-05-20 → 2024-08-18")


def test_spell_after_a_withheld_event_is_said_by_month() -> None:
    mood = _mood()
    tie_low_periods(mood, [(date(2024, 5, 14), "death of someone close", False)], named=False)
    p = mood.value["low_periods"][0]
    assert (p["start"], p["end"], p["follows"]) == ("2024-05", "2024-08", "a life event")
    # the weeks from 1 May to 31 May leave the series (4 Mondays in May 2024 from 6 May; 29 Apr starts in April)
    weeks = [w["week"] for w in mood.value["weekly"]]
    assert mood.value["weeks_withheld"] == 4
    assert not any("2024-05-" in w for w in weeks) and "2024-06-03" in weeks
    assert [it.index for it in mood.evidence.items] == [2]
    assert "2024-05-20" not in mood.summary and "after a life event" in mood.summary


def test_spell_after_a_shown_event_keeps_its_dates_and_names_it_with_the_flag() -> None:
    mood = _mood()
    tie_low_periods(mood, [(date(2024, 5, 14), "death of someone close", True)], named=True)
    p = mood.value["low_periods"][0]
    assert (p["start"], p["follows"]) == ("2024-05-20", "the death of someone close")
    assert len(mood.value["weekly"]) == 20


def test_an_event_weeks_before_the_spell_is_not_tied() -> None:
    mood = _mood()
    tie_low_periods(mood, [(date(2024, 4, 10), "new job", False)], named=False)
    assert mood.value["low_periods"][0]["start"] == "2024-05-20" and "follows" not in mood.value["low_periods"][0]
