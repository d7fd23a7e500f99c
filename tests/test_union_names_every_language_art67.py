"""Every union name the seven languages' lists read takes each language's answer forms alike (ART67 2).

Before: "Are you in CCOO? no", "Aren't you in the CGIL? no", "¿Eres de CCOO? No", "Tu es adhérent à l'IG Metall ? Non"
read union (withheld, a membership) while "Are you in the Teamsters? no" and "¿Estás en CCOO? no" read none: each
language's question and denial took only its own list's names. Now every name of
``special_terms.everyday.ANY_UNION_NAME`` stands in each language's forms; her yes still reads union, and so does the
name alone.
"""
from __future__ import annotations

import pytest

from dataexam.categories import special_category

# each name that reads union alone, as each language writes it after its preposition (en es de fr it nl pt)
NAMES = {
    "Teamsters": ("the Teamsters", "los Teamsters", "den Teamsters", "les Teamsters", "Teamsters", "de Teamsters",
                  "Teamsters"),
    "UAW": ("the UAW", "la UAW", "der UAW", "l'UAW", "UAW", "de UAW", "UAW"),
    "CCOO": ("CCOO",) * 7,
    "CGIL": ("the CGIL", "la CGIL", "der CGIL", "la CGIL", "CGIL", "de CGIL", "CGIL"),
    "CISL": ("the CISL", "la CISL", "der CISL", "la CISL", "CISL", "de CISL", "CISL"),
    "Force Ouvrière": ("Force Ouvrière",) * 7,
    "IG Metall": ("the IG Metall", "la IG Metall", "der IG Metall", "l'IG Metall", "IG Metall", "de IG Metall",
                  "IG Metall"),
    "ver.di": ("ver.di",) * 7,
    "DGB": ("the DGB", "el DGB", "dem DGB", "le DGB", "DGB", "de DGB", "DGB"),
}
# (language, asked and answered no, asked and answered yes, her own denial)
FORMS = (("en", "Are you in {}? no", "Are you in {}? yes", "I'm not in {}."),
         ("es", "¿Estás en {}? No", "¿Estás en {}? Sí", "No estoy en {}."),
         ("de", "Bist du bei {}? Nein", "Bist du bei {}? Ja", "Ich bin nicht Mitglied bei {}."),
         ("fr", "Tu es adhérent à {} ? Non", "Tu es adhérent à {} ? Oui", "Je ne suis pas adhérent à {}."),
         ("it", "Sei iscritto a {}? No", "Sei iscritto a {}? Sì", "Non sono iscritto a {}."),
         ("nl", "Ben je lid van {}? Nee", "Ben je lid van {}? Ja", "Ik ben geen lid van {}."),
         ("pt", "Você é filiado a {}? Não", "Você é filiado a {}? Sim", "Não sou filiado a {}."))
CASES = [(name, i) for name in NAMES for i in range(len(FORMS))]


@pytest.mark.parametrize(("name", "i"), CASES, ids=[f"{n}-{FORMS[i][0]}" for n, i in CASES])
def test_each_name_in_each_language(name: str, i: int) -> None:
    """No and her denial read none; her yes reads union, in every language with every name."""
    written = NAMES[name][i]
    _language, no, yes, denial = FORMS[i]
    assert special_category(written) == "union"  # the name alone is a membership's word
    assert special_category(no.format(written)) is None
    assert special_category(yes.format(written)) == "union"
    assert special_category(denial.format(written)) is None


@pytest.mark.parametrize("text", ["Are you in CCOO? no.", "Are you in the CGIL? no", "Aren't you in CCOO? no",
                                  "¿Eres de CCOO? No", "¿Estás en CCOO? no.", "¿Estás afiliado a la CGIL? No",
                                  "Are you a member of the IG Metall? nope", "I'm not in ver.di anymore"])
def test_the_reported_forms(text: str) -> None:
    """The task's cases and their look-alikes: none."""
    assert special_category(text) is None


@pytest.mark.parametrize("text", ["Are you in CCOO? yes", "Are you in CCOO? no, but my wife is",
                                  "¿Eres de CCOO? Sí, desde 2019", "Are you in the CGIL? no. I'm in the UAW",
                                  "Are you in CCOO?", "I'm not in CCOO, I'm in the UGT and CCOO"])
def test_what_stays_union(text: str) -> None:
    """Her yes, a membership named after the answer, the question alone: as written (union)."""
    assert special_category(text) == "union"
