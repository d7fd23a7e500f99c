"""The "at most medium" sentence of a one-cell Amazon address names Spain's provinces once (T54 10).

ISO 3166-2 (pycountry) writes a Spanish province's other official name in brackets — "Barcelona [Barcelona]",
"A Coruña [La Coruña]", "Lleida [Lérida]" — and the sentence AMZ56 added read "the province written (B) is
Barcelona [Barcelona]'s". The first name is said; either names the capital a town is read as.
"""
from __future__ import annotations

import pytest

from dataexam.inference.shipping import _unlisted_why

TAIL = " — the province written is read, the town unverified (at most medium)"


@pytest.mark.parametrize(("region", "town", "said"), [
    ("B", "Madrid", "; Madrid is the capital of the province of Madrid (M), but the province written (B) is "
                    "Barcelona's: Madrid, M, or a town of the province of Barcelona"),
    # the bracketed name ("La Coruña") still names the capital
    ("M", "La Coruña", "; La Coruña is the capital of the province of A Coruña (C), but the province written (M) is "
                       "Madrid's: La Coruña, C, or a town of the province of Madrid"),
    ("L", "Girona", "; Girona is the capital of the province of Girona (GI), but the province written (L) is "
                    "Lleida's: Girona, GI, or a town of the province of Lleida"),
])
def test_a_province_is_named_once(region: str, town: str, said: str) -> None:
    text = _unlisted_why("ES", region, town)
    assert text == said + TAIL
    assert "[" not in text


def test_italy_s_sentence_is_unchanged() -> None:
    assert _unlisted_why("IT", "CA", "Lodi") == (
        "; Lodi is the capital of the province of Lodi (LO), but the metropolitan city written (CA) is Cagliari's: "
        "Lodi, LO, or a town of the metropolitan city of Cagliari, or Lodi, California, in the United States"
        + TAIL.replace("province", "metropolitan city"))  # POST58: Italy's own term for Cagliari
