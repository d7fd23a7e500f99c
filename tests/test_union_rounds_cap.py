"""A text whose everyday union answers nest one inside another is read in bounded rounds (ART66's leftover).

"Are you in the Teamsters? no. " 200 times made ``categories._without_exceptions`` read the text again once per
answer, five frames a round, and raised RecursionError (a report on such a message stopped with a traceback). Past
``categories._MAX_ROUNDS`` the special reading stands: the text is withheld (the privacy side), never an error.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dataexam import categories, cli
from dataexam.categories import special_category

QUESTIONS = ("Are you in the Teamsters? no. ", "Aren't you in the UAW? No. ", "¿Estás en el sindicato? No. ",
             "Bist du in der Gewerkschaft? Nein. ")


@pytest.mark.parametrize("question", QUESTIONS)
@pytest.mark.parametrize("times", [1, 3, 40])
def test_a_few_answers_read_as_before(question: str, times: int) -> None:
    """Well inside the cap the answers read as one does: no (none)."""
    assert special_category(question * times) == special_category(question)


@pytest.mark.parametrize("question", QUESTIONS)
@pytest.mark.parametrize("times", [200, 1000, 3000])
def test_many_answers_never_raise_and_stay_withheld(question: str, times: int) -> None:
    """Past the cap no RecursionError; the answer is none or the withheld union, never an error."""
    assert special_category(question * times) in (None, "union")


def test_the_cap_is_on_the_withheld_side_and_counts_back() -> None:
    """The 200-answer text that raised reads union (withheld), and the round count is back at 0 after it, so the
    next text is read whole."""
    assert special_category(QUESTIONS[0] * 200) == "union"
    assert getattr(categories._rounds, "depth", 0) == 0
    assert special_category(QUESTIONS[0] * 3) is None
    assert categories._MAX_ROUNDS * 5 < 1000  # five frames a round inside Python's default recursion limit


def test_a_report_on_such_a_message_runs_and_withholds_it(tmp_path: Path) -> None:
    """End to end on an X export: the report runs (exit 0) and without --include-sensitive quotes none of it."""
    text = QUESTIONS[0] * 300
    rows = [{"tweet": {"id_str": "1610000000000000001", "id": "1610000000000000001", "full_text": text,
                       "created_at": "Sat Mar 04 10:00:00 +0000 2023", "retweeted": False, "favorited": False,
                       "lang": "en", "source": "web",
                       "entities": {"hashtags": [], "symbols": [], "user_mentions": [], "urls": []},
                       "display_text_range": ["0", str(len(text))], "favorite_count": "0", "retweet_count": "0",
                       "truncated": False}},
            {"tweet": {"id_str": "1610000000000000002", "id": "1610000000000000002", "full_text": "Lovely day out",
                       "created_at": "Sun Mar 05 10:00:00 +0000 2023", "retweeted": False, "favorited": False,
                       "lang": "en", "source": "web",
                       "entities": {"hashtags": [], "symbols": [], "user_mentions": [], "urls": []},
                       "display_text_range": ["0", "14"], "favorite_count": "0", "retweet_count": "0",
                       "truncated": False}}]
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "tweets.js").write_text("window.YTD.tweets.part0 = " + json.dumps(rows), encoding="utf-8")
    r = CliRunner().invoke(cli.app, ["report", str(tmp_path), "-f", "json", "-q"])
    assert r.exit_code == 0, r.output
    assert "Teamsters" not in r.stdout
    json.loads(r.stdout)
