"""wording.day_text (MOVE54): the one writer of a day as the report's sentences say it ("8 May 2023"), used by the
clock's open-day caveat, the trips' sentences, the law periods and the report's views."""
from datetime import date

from dataexam.inference.clock import _untold_caveat
from dataexam.inference.periods import law_earlier
from dataexam.report import view
from dataexam.wording import day_text


def test_day_text_unpadded_day_english_month() -> None:
    assert day_text(date(2023, 5, 8)) == "8 May 2023"
    assert day_text(date(2024, 12, 31)) == "31 Dec 2024"


def test_views_and_caveats_write_days_alike() -> None:
    assert view.day("2023-05-08") == "8 May 2023"
    assert view.span("2023-05-01", "2023-05-08") == "1–8 May 2023"
    assert view.span("2023-04-30", "2023-05-08") == "30 Apr – 8 May 2023"
    assert _untold_caveat((date(2024, 7, 13), date(2024, 7, 14)), "2024-07-14", date(2024, 7, 14)) == (
        "The records of a day beside your move fit both clocks: it may have fallen on 13 Jul 2024 or 14 Jul 2024; "
        "14 Jul 2024 is the likeliest.")
    assert law_earlier([{"until": "2016-09-06", "utc_offset_hours": 2, "observes_dst": True},
                        {"until": None, "utc_offset_hours": 3, "observes_dst": False}]) == \
        "UTC+2 with summer time until 6 Sep 2016"



def test_trips_medium_at_most_helper() -> None:
    from dataexam.inference.model import Confidence
    from dataexam.inference.moves import _medium_at_most

    kept = ["a"]
    assert _medium_at_most(Confidence.HIGH, "b", kept, [], "1 trip x") == (Confidence.HIGH, "b", ["a"])
    assert _medium_at_most(Confidence.HIGH, "b", kept, ["c"], "1 trip x") == (
        Confidence.MEDIUM, "b; 1 trip x: medium at most", ["a", "c"])
    assert _medium_at_most(Confidence.LOW, "b", kept, ["c"], "2 runs y") == (
        Confidence.LOW, "b; 2 runs y: medium at most", ["a", "c"])
    assert kept == ["a"]
