"""The Art. 9 lists' open gaps of the thirtieth pass's closing note (note44, "Art. 9 lists"), mended by SHARED3:

- party leaders of Italy and Spain, and the leaders changed since 2024 elsewhere (sources in special_terms' comment);
  leaders whose names many people bear stay out, as Ken Martin did;
- "Lung cancer zodiac charm" lost its health word with the zodiac phrase: an everyday-sense phrase takes away only
  its own words — a special term reaching past the phrase keeps the text special;
- BABY's nappy size-to-age table: held to its stated basis (WHO medians, the makers' bands it names), and the
  household finding says the ages are rough.
"""

from __future__ import annotations

from itertools import pairwise

import pytest
from test_baby_household import _household as berlin_household
from test_shared_account_household import NOW, _household

from dataexam.categories import special_category
from dataexam.inference import infer
from dataexam.inference.interests import NAPPY_BASIS, NAPPY_CAVEAT, NAPPY_SIZE_MONTHS

LEADERS = [
    # Italy
    "Angelo Bonelli in piazza", "Fratoianni oggi a Roma", "Intervista a Carlo Calenda", "Matteo Renzi alla Leopolda",
    "Giorgia Meloni", "Elly Schlein", "Giuseppe Conte", "Antonio Tajani", "Salvini",
    # Spain (accented and plain)
    "Ione Belarra en el mitin", "Belarra", "Oriol Junqueras", "Junqueras", "Carles Puigdemont", "Puigdemont vuelve",
    "Arnaldo Otegi", "Pedro Sánchez", "Pedro Sanchez discurso", "Feijóo", "Feijoo", "Yolanda Diaz", "Abascal",
    # changed since 2024 elsewhere
    "Fabio De Masi beim Parteitag", "Amira Mohamed Ali", "Nitin Nabin takes charge", "John Swinney at Holyrood",
]


@pytest.mark.parametrize("text", LEADERS)
def test_party_leaders_of_italy_spain_and_the_new_ones_are_politics(text: str) -> None:
    assert special_category(text) == "politics"


@pytest.mark.parametrize("text", ["Lara Hernández", "Carlos Martín", "Aitor Esteban", "Ken Martin", "Matteo Rossi",
                                  "Otegiren", "Carlo's calendar"])
def test_names_many_people_bear_and_look_alikes_stay_ordinary(text: str) -> None:
    assert special_category(text) is None


@pytest.mark.parametrize("text", ["Lung cancer zodiac charm", "Skin cancer zodiac sign bracelet",
                                  "Zodiac cancer lung cancer awareness pin", "Cancer zodiac charm, chemo gift"])
def test_an_everyday_phrase_takes_only_its_own_words(text: str) -> None:
    # the zodiac phrase holds "cancer"; "lung cancer" reaches past it (or another health word stands beside it)
    assert special_category(text) == "health"


@pytest.mark.parametrize("text", ["Cancer zodiac necklace", "Cancer zodiac sign, skin care set", "Tropic of Cancer",
                                  "The Great Depression: a history", "Pride and Prejudice"])
def test_a_special_word_wholly_inside_an_everyday_phrase_stays_everyday(text: str) -> None:
    assert special_category(text) is None


def _month_at(kg: float) -> float:
    """The month at which the median weight of :data:`NAPPY_BASIS` reaches ``kg`` (linear between its months)."""
    medians = sorted(NAPPY_BASIS[1].items())
    if kg <= medians[0][1]:
        return 0.0
    for (m0, w0), (m1, w1) in pairwise(medians):
        if w0 <= kg <= w1:
            return m0 + (kg - w0) / (w1 - w0) * (m1 - m0)
    raise AssertionError(f"{kg} kg beyond the table")


@pytest.mark.parametrize("size", sorted(NAPPY_SIZE_MONTHS))
def test_the_nappy_table_follows_its_stated_basis(size: int) -> None:
    lo_kg, hi_kg = NAPPY_BASIS[0][size]
    lo, hi = NAPPY_SIZE_MONTHS[size]
    # the boys' medians are a little heavier than the mean the table was read at: an end is reached up to two
    # months later than the boys' curve says, never earlier
    assert 0 <= lo - _month_at(lo_kg) <= 2
    if hi_kg is None:
        assert hi is None
    else:
        assert hi is not None and 0 <= hi - _month_at(hi_kg) <= 2


def test_the_household_says_nappy_ages_are_rough() -> None:
    household = infer(_household(7.0, 22.0), now=NOW).finding("household")
    assert household.value["child_signals"]["diaper_sizes"]
    assert NAPPY_CAVEAT in household.caveats
    assert "WHO growth standards" in NAPPY_CAVEAT
    # without nappy sizes there is nothing to say it of
    assert NAPPY_CAVEAT not in infer(berlin_household(7.0, 22.0), now=NOW).finding("household").caveats
