"""Art. 9, ART56: the token path and its regex reference on dense mixes of admission look-alikes and the look-alikes
holding a hospital word. Every text is invented."""

from __future__ import annotations

import random
import re

import pytest
from test_hot_path import _slow_matches  # the regex reference of the token path

from dataexam import categories as C
from dataexam import special_terms as S
from dataexam.special_terms import everyday as E


def _paths(text: str) -> tuple[dict, dict]:
    C._analysed.cache_clear()
    return dict(C.keyword_matches(text)), {c: tuple(ts) for c, ts in _slow_matches(text).items()}


# 4. a look-alike blanked leaves another at its clause's end, or an admission without the hospital word that turned
# it down: the rest is read as any text is, on both paths (the reference had read the first kind health)
@pytest.mark.parametrize("text", [
    "admitted this afternoon w/ a sigh surgery has open surgery is fully booked",
    "ward emergency admitted into the icu nursing residency surgery has closing",
    "admitted tonight w/ my new badge admitted into a ward as an hca at the hospital for work",
    "admitted to general surgery training programme admitted today with shame admitted yesterday w/ distinction "
    "café is in the hospital",
])
def test_a_look_alike_after_another_reads_alike_on_both_paths(text: str) -> None:
    fast, slow = _paths(text)
    assert fast == slow == {}


def test_dense_mixes_of_admission_and_hospital_look_alikes_read_alike_on_both_paths() -> None:
    hospital = re.compile(E._HOSPITAL_AFTER[E._HOSPITAL_AFTER.index("(?:hosp"):])
    admissions = [p for p in S.EVERYDAY_PHRASES if p.startswith("admitted")]
    holding = [p for p in S.EVERYDAY_PHRASES if hospital.search(" " + p) and not p.startswith("admitted")]
    terms = [t for t in S.TERMS["health"] if "admitted" in t or "kept" in t]
    extra = ["the", "and", "with", "a", "sepsis", "hospital", "ward", ",", ".", "then", "emergency", "lol"]
    rng = random.Random(5620261206)
    read = 0
    for _ in range(600):
        text = " ".join(rng.choice(rng.choice([admissions, admissions, holding, terms, extra]))
                        for _ in range(rng.randint(2, 5)))
        fast, slow = _paths(text)
        assert fast == slow, text
        read += bool(fast)
    assert 100 < read < 500  # both readings are exercised
