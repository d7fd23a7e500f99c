"""ART68 (issue 16): a language's "not in a union by its name" pattern (some 23,000 characters, 0.07–0.25 s to compile)
is compiled only at the first text holding its words of negation or question (everyday._UNION_FORM_WORDS) — English,
Spanish and Dutch were compiled at the first text naming a union whatever its words. The readings are the same: a
pattern never matches a text without its words (checked here over every language's forms), and a statement naming a
union compiles none (in a fresh process; no timing asserted — benchmarks/union_first_call.py prints the cost)."""

from __future__ import annotations

import itertools
import json
import subprocess
import sys

import pytest

from dataexam.categories import special_category
from dataexam.special_terms.everyday import EVERYDAY_PATTERNS

_PATTERNS = {name[-3:-1]: p for name, p in EVERYDAY_PATTERNS.items() if name.startswith("not in a union by its name")}
NAMES = ("the Teamsters", "the UAW", "CCOO", "la UGT", "la CGIL", "de FNV", "FO", "la CUT", "der IG Metall", "ver.di")
FORMS = ("I'm not in {}", "Aren't you in {}? no", "Are you in {}? no", "r u in {}? nope", "You're never in {}",
         "No estoy en {}", "¿Estás en {}? No", "¿No eres de {}? No", "No soy afiliado a {}",
         "Ich bin nicht Mitglied bei {}", "Bist du in {}? Nein", "Bist du bei {}? Nein",
         "Je ne suis pas adhérent à {}", "Tu es adhérent à {} ? Non", "Non sono iscritto a {}", "Sei iscritto a {}? No",
         "Não sou filiado a {}", "Você é filiado a {}? Não", "Ik ben geen lid van {}", "Ben je lid van {}? Nee",
         "Zit je bij {}? Nee", "Ik ben niet meer lid van {}")
ANSWERS = ("", ". And you?", " lol", "\n", " 😂")


def test_every_language_pattern_is_read_only_beside_its_words() -> None:
    """each English, Spanish, Dutch … pattern that matches a form of the grid (22 forms × 10 names × 5 tails) finds its
    words there too: with the words as its gate, no reading changes."""
    assert all(p.needs is not None for p in _PATTERNS.values())
    matched = 0
    for form, name, tail in itertools.product(FORMS, NAMES, ANSWERS):
        text = (form.format(name) + tail).lower()
        for language, pattern in _PATTERNS.items():
            if pattern.rx.search(text):
                matched += 1
                assert pattern.needs.search(text), (language, text)
    assert matched > 300


@pytest.mark.parametrize("text", ["I'm not in the Teamsters", "Are you in the Teamsters? no", "No estoy en CCOO",
                                  "¿Estás en CCOO? No", "Ik ben geen lid van de FNV", "Ben je lid van de FNV? Nee"])
def test_the_forms_read_as_before(text: str) -> None:
    assert special_category(text) is None
    assert special_category(text.replace("? no", "? yes").replace("? No", "? Sí").replace("? Nee", "? Ja")
                            .replace("not in", "in").replace("No estoy", "Estoy").replace("geen lid", "lid")) == "union"


_CHILD = r"""
import json, sys
from dataexam.categories import special_category
from dataexam.special_terms.everyday import EVERYDAY_PATTERNS
special_category(sys.argv[1])
print(json.dumps(sorted(n[-3:-1] for n, p in EVERYDAY_PATTERNS.items() if n.startswith("not in a union by its name")
                        and getattr(p.rx, "_compiled", None) is not None)))
"""


@pytest.mark.parametrize(("text", "compiled"), [
    ("I'm in the Teamsters", []), ("My wife is in the union", []), ("Estoy en CCOO", []),
    ("Ich bin in der IG Metall", []), ("Sono iscritto alla CGIL", []), ("Ik ben lid van de FNV", ["nl"]),
    ("Are you in the Teamsters? no", ["en"]), ("Bist du in der IG Metall? Nein", ["de"]),
    ("¿Estás en CCOO? No", ["es"])])
def test_a_first_text_compiles_only_its_languages(text: str, compiled: list[str]) -> None:
    out = subprocess.run([sys.executable, "-c", _CHILD, text], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout.strip().splitlines()[-1]) == compiled
