"""T53 3 (on ART57): a past-tense verb, "not really", "nah", "nope" after her yes take it back only as an answer of
their own (ending it, or with the union's words after them) — not as the first words of what she goes on to say."""

import pytest

from dataexam.categories import special_category

GOES_ON = [
    "not in the union? yes I am, I was one of the first to join",
    "not in the union? yes I am. I was a rep for years",
    "not in the union? yes I am, not really happy with them though",
    "not in the union? yes I am, nah they're fine",
    "Bist du nicht in der Gewerkschaft? Doch, bin ich. Ich war sogar Vertrauensmann.",
    "Bist du nicht in der Gewerkschaft? Doch, bin ich. War ich schon immer.",
    "¿No estás en el sindicato? Sí, estoy. Era hora",
    "¿No estás en el sindicato? Sí, estoy, era obvio",
    "¿No estás en el sindicato? Sí, estoy. Estaba en otro antes",
    "Você não está no sindicato? Estou sim, era óbvio",
    "Você não está no sindicato? Estou sim, fui eu que organizei a greve",
    "Tu n'es pas au syndicat ? Si, je le suis. J'étais délégué l'an dernier aussi",
    "Tu n'es pas au syndicat ? Si, je le suis, j'ai été élu délégué",
]

TAKEN_BACK = [
    "Tu n'es pas au syndicat ? Si, j'étais",
    "Você não está no sindicato? Sim, estava",
    "Bist du nicht in der Gewerkschaft? Doch, war ich",
    "Bist du nicht in der Gewerkschaft? Doch, bin ich. War ich.",
    "¿No estás en el sindicato? Sí, estoy. Estaba.",
    "not in the union? yes I am (not really)",
    "not in the union? yes I am, not really, lol",
    "not in the union? yes I am. nah",
    "not in the union? yes I am... I was",
]


@pytest.mark.parametrize("text", GOES_ON)
def test_her_yes_then_what_she_goes_on_to_say_is_union(text):
    assert special_category(text) == "union"


@pytest.mark.parametrize("text", TAKEN_BACK)
def test_her_yes_taken_back_by_an_answer_of_its_own_is_none(text):
    assert special_category(text) is None
