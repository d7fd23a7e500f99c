"""A low spell in the writing (T31B B1): its end is not cut at a lighter week inside it, and one that begins just
after a life event whose date is withheld is said by month, following "a life event", its first weeks out of the
weekly series."""
from datetime import date, timedelta
from pathlib import Path

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


# --- a low spell after an event the person declared to Facebook (note45 "Mood: declared life events are not tied")
_HAPPY = ["What a wonderful sunny day with friends, love it!", "Great dinner, so happy and grateful tonight",
          "Amazing hike today, feeling fantastic", "Lovely evening, best week ever"]
_SAD = ["I feel terrible and so sad, everything hurts", "Awful lonely night, crying again",
        "Miserable and exhausted, I hate this pain", "So sad and empty, terrible grief"]


def _declared_then_low(tmp: Path, title: str, when: tuple[int, int, int], first_low_day: int) -> Path:
    """A Facebook export (test_life_events_declared's person) with a post a day for 330 days from 2024-01-01, nine
    low weeks from ``first_low_day``, and a life-event post declaring ``title`` on ``when``."""
    from test_life_events_declared import DAY, ME, T0, _export, _life

    posts: list[dict] = [{"timestamp": T0 + d * DAY + 12 * 3600, "data": [{"post": (
        _SAD if first_low_day <= d < first_low_day + 63 else _HAPPY)[d % 4]}]} for d in range(330)]
    posts.append({"timestamp": T0 + (first_low_day - 3) * DAY, "attachments": [_life(title, *when)],
                  "title": f"{ME} updated their life events."})
    return _export(tmp / "export", more_posts=posts)


def test_a_spell_after_a_declared_loss_follows_it_named_only_with_the_flag(tmp_path: Path) -> None:
    from test_life_events_declared import NOW

    from dataexam import api
    from dataexam.inference import infer

    root = _declared_then_low(tmp_path, "Lost a Loved One", (2024, 6, 10), 162)  # day 162 = 2024-06-11
    plain = infer(api.timeline([root]), now=NOW).finding("mood")
    (p,) = plain.value["low_periods"]
    # the loss is no special category: its date is shown in life events, so the spell keeps its dates
    assert (p["start"], p["follows"]) == ("2024-06-10", "a life event")
    assert plain.summary.endswith("2024-06-10 → 2024-08-11, after a life event")
    named = infer(api.timeline([root]), include_sensitive=True, now=NOW).finding("mood")
    assert named.value["low_periods"][0]["follows"] == "the loss of a loved one"
    assert named.summary.endswith(", after the loss of a loved one")


def test_a_spell_after_a_withheld_declared_event_is_said_by_month(tmp_path: Path) -> None:
    """A declared health event (Art. 9) is withheld without the flag: a spell just after it would date it, so the
    spell is said by month and its first month leaves the weekly series, as for a withheld post."""
    from test_life_events_declared import NOW

    from dataexam import api
    from dataexam.inference import infer

    root = _declared_then_low(tmp_path, "Started Treatment", (2024, 6, 10), 162)
    report = infer(api.timeline([root]), now=NOW)
    assert "Started Treatment" not in str(report.finding("life_events").value)
    mood = report.finding("mood")
    (p,) = mood.value["low_periods"]
    assert (p["start"], p["end"], p["follows"]) == ("2024-06", "2024-08", "a life event")
    assert not any(w["week"].startswith("2024-06-") for w in mood.value["weekly"]) and mood.value["weeks_withheld"]


def test_a_declared_event_months_before_a_spell_is_not_tied(tmp_path: Path) -> None:
    from test_life_events_declared import NOW

    from dataexam import api
    from dataexam.inference import infer

    root = _declared_then_low(tmp_path, "Lost a Loved One", (2024, 2, 1), 162)
    (p,) = infer(api.timeline([root]), now=NOW).finding("mood").value["low_periods"]
    assert "follows" not in p and p["start"] == "2024-06-10"
