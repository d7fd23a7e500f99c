"""Art. 9, ART53: the look-alikes that hold only to their clause's end (``EverydaySense.to_clause_end``: a GP's
practice, a shop in the hospital, a squad, work at the hospital, a confession) share one rule — the phrase, then only
the words its sense allows, then the text's end. A sentence of its own after the phrase no longer ends it ("Lékárna
je v nemocnici. Táta tam leží" is her father's stay; ART51 read it none). Every text is invented."""

from __future__ import annotations

import pytest

from dataexam import special_terms
from dataexam.categories import special_category

_CLAUSE_END_SENSES = ("confessions", "practices", "shops in the hospital", "squads", "work at the hospital")


def test_the_four_lookaheads_are_one_option_of_the_senses() -> None:
    """Each phrase of those senses is guarded by the shared clause end, not a lookahead of its own."""
    for name in _CLAUSE_END_SENSES:
        sense = special_terms.EVERYDAY_SENSES[name]
        assert sense.to_clause_end is not None, name
        guard = special_terms.everyday.clause_end_guard(sense.to_clause_end)
        for phrase in sense.phrases:
            assert special_terms.EVERYDAY_NOT_BEFORE[phrase].startswith(guard), phrase
    assert special_terms.EVERYDAY_SENSES["admissions"].to_clause_end is None


# a sentence of its own after the look-alike: health (withheld), the safe side — before ART53 none
@pytest.mark.parametrize("text", [
    "my surgery is closed. The wound is healing", "my surgery is closed on Saturdays. I'm in pain",
    "my surgery was shut again. Stitches out on Monday",
    "Lékárna je v nemocnici. Táta tam leží", "Bankomat je v nemocnici; máma tam leží",
    "the pharmacy is in the hospital. Mum is on the ward", "the cafe is in the hospital. Dad had surgery",
])
def test_a_sentence_after_the_lookalike_is_read(text: str) -> None:
    assert special_category(text) == "health"


# the look-alike alone, or with the words its sense allows, stays none
@pytest.mark.parametrize("text", [
    "my surgery is closed", "my surgery is closed on Saturdays.", "my surgery was shut again!",
    "Lékárna je v nemocnici", "Lékárna je v nemocnici v přízemí.",
    "the pharmacy is in the hospital on the ground floor",
    "ik ben opgenomen in de selectie", "I was at the hospital for work.", "he admitted that he lied",
    "she admitted that the plan failed. Everyone knew",
])
def test_the_lookalike_to_its_clause_end_stays_none(text: str) -> None:
    assert special_category(text) is None
