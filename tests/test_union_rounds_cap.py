"""A text whose everyday union answers free one another is read in one loop, not by recursion (ART67).

"Are you in the Teamsters? no. " 200 times made ``categories._without_exceptions`` read the text again once per
answer, five frames a round, and raised RecursionError (ART66); a 120-round cap then read such a text union (withheld)
past 120 answers, and 2,000 answers took 4–12 s. ART67 blanks the everyday phrases to a fixed point in one loop and
reads the special terms once: any number of answers reads as one does (none), an answer that says yes or a union named
after them still reads union, and no counter or cap is left.
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
@pytest.mark.parametrize("times", [121, 200, 1000, 2000])
def test_many_answers_read_as_one(question: str, times: int) -> None:
    """Past the old cap too, any number of answers no reads as one: none (the cap read union past 120)."""
    assert special_category(question) is None
    assert special_category(question * times) is None


# what follows the answers and keeps the text special: her yes, a union named as hers, her wife's membership
STILL_UNION = ("Are you in the Teamsters? yes", "Are you in the Teamsters? yes I am", "I'm in the UAW",
               "¿Estás en el sindicato? Sí", "Bist du in der Gewerkschaft? Ja",
               "Aren't you in the UAW? no, but my wife is")


@pytest.mark.parametrize("question", QUESTIONS)
@pytest.mark.parametrize("after", STILL_UNION)
@pytest.mark.parametrize("times", [1, 200, 2000])
def test_answers_no_before_a_yes_stay_union(question: str, after: str, times: int) -> None:
    """The answers no do not carry a later yes or a named membership away: union, as the last sentence alone."""
    assert special_category(after) == "union"
    assert special_category(question * times + after) == "union"


def test_no_round_counter_is_left() -> None:
    """The recursion's cap and its thread-local counter are gone with the recursion."""
    assert not hasattr(categories, "_rounds")
    assert not hasattr(categories, "_MAX_ROUNDS")


def test_a_report_on_such_a_message_runs_and_withholds_it(tmp_path: Path) -> None:
    """End to end on an X export: the report runs (exit 0) and without --include-sensitive quotes none of it (300
    answers no, then her yes: union)."""
    text = QUESTIONS[0] * 300 + STILL_UNION[0]
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
