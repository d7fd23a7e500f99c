"""A text written in capitals reads as written in lower case (T43: "MIJN COLLEGA'S STAKEN", "ONZE LERAREN STAKEN
MORGEN" read union on ART44's branch, whose ASCII texts were read lower-cased, and none after the merge with PERF20's
one-pass triggers, which find the stems as written: each stem is looked for in capitals too)."""

from __future__ import annotations

import pytest

from dataexam.categories import special_category

UNION = ["mijn collega's staken", "onze leraren staken morgen", "koledzy strajkują", "kollegorna strejkar",
         "kollegaene streiker", "collega's leggen het werk neer", "die Kollegen legen die Arbeit nieder",
         "i miei insegnanti scioperano", "i nostri medici scioperano", "Ich bin dabei: Streik am Flughafen",
         "count me in - rail strike tomorrow", "die Kollegen streiken", "colleagues are striking tomorrow",
         "Streikrecht verteidigen", "joining the rail strikes on Monday"]


@pytest.mark.parametrize("text", UNION)
@pytest.mark.parametrize("case", [str, str.upper, str.title])
def test_a_strike_reads_union_in_any_case(text: str, case) -> None:
    assert special_category(text) == "union"
    assert special_category(case(text)) == "union"
