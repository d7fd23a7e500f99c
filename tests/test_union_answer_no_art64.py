"""ART64 (T58C 2 and 3): the answer to the negated union question in DE / ES / PT / FR, as ART63 reads it.

2. Before: the answer's reading was quadratic before a long run of blanks, "?"s, tabs or newlines ("Você não está no
   sindicato?" + 4,000 blanks + " x": 9 s; German + 10,000 blanks: 106 s): a greedy ``\\s*`` before and after the
   question's mark gave each of its places to the answer's reader, which read to the text's end again. After: those runs
   are taken whole (possessive), so the answer is read once: :func:`test_no_backtracking_run_before_the_answer`
   (counted in the patterns' text, not timed) and :func:`test_long_runs_read_as_short_ones`.
3. Before: everyday no answers read union ("Bist du nicht in der Gewerkschaft? Ne", "¿No estás en el sindicato?
   Nel", "Você não está no sindicato? Nem pensar", "Tu n'es pas au syndicat ? Non, je l'ai quitté"). After: none, as
   at 601498ff; the answers that name the union or are no no (ART63's) stay union. Every text is invented.
"""

from __future__ import annotations

import pytest

from dataexam.categories import special_category
from dataexam.special_terms import everyday as E

QUESTIONS = {"de": "Bist du nicht in der Gewerkschaft?", "es": "¿No estás en el sindicato?",
             "pt": "Você não está no sindicato?", "fr": "Tu n'es pas au syndicat ?", "en": "Aren't you in the UAW?"}
# each language's everyday no (unaccented too), thanks, "I left", "not since YEAR": none
NO_ANSWERS = {
    "de": ("Nein", "Ne", "Nee", "Nö", "Nöö", "Neee", "Nein danke", "Nein, leider nicht", "Leider nein",
           "Nein, nicht mehr", "Nein, bin ich nicht", "Nein, war ich nie", "Noch nie", "Niemals", "Nie",
           "Auf keinen Fall", "Keineswegs", "Nein, bin raus", "Nein, ausgetreten", "nein :(", "Nein!!", "Nope",
           "Nein, du?", "Nö, und du?", "Nein, seit 2019 nicht mehr", "Nein, letztes Jahr ausgetreten"),
    "es": ("No", "Nop", "Nel", "Para nada", "Qué va", "Que va", "No, ya no", "No, nunca", "No, lo dejé", "Lo deje",
           "No, me salí", "No, me sali", "No, gracias", "Tampoco", "No, ¿y tú?", "Nope", "Nunca", "Jamás", "Jamas",
           "No jaja", "No, lo dejé en 2019", "No, me fui el año pasado", "Ya no desde 2019"),
    "pt": ("Não", "Nao", "Não, saí", "Não, sai", "Nao, sai", "Não, nunca", "Nunca", "Não, já não", "Ja nao",
           "Não sou", "Nem pensar", "Não, obrigado", "Não, obrigada", "Nops", "Não kkk", "Não, e você?",
           "Claro que não", "De jeito nenhum", "Não, saí em 2019", "Nao, sai em 2019", "Já não desde 2019"),
    "fr": ("Non", "Nan", "Non merci", "Pas du tout", "Non, jamais", "Jamais", "Bah non", "Ben non",
           "Non, plus maintenant", "Non, j'ai quitté", "Non, j'ai quitte", "Non mdr", "Non, et toi ?",
           "Absolument pas", "Pas moi", "Nope", "Non, je l'ai quitté", "Non, je l'ai quitte", "Non, plus depuis 2019",
           "Non, j'ai quitté l'an dernier"),
    "en": ("no", "nope", "nah", "No, I quit", "No, I left", "No, I left in 2019", "never", "not anymore", "no lol",
           "No way", "Nope, never", "Not me", "no, you?", "Hell no", "Nah, quit last year", "no thanks",
           "not since 2019"),
}
# ART63's answers that are no no, or name the union after it: union (withheld)
UNION_ANSWERS = (
    "Bist du nicht in der Gewerkschaft? Seit 2019", "Bist du nicht in der Gewerkschaft? Nein, aber meine Frau schon",
    "Bist du nicht in der Gewerkschaft? Nein x", "Bist du nicht in der Gewerkschaft? Danke",
    "¿No estás en el sindicato? No, pero desde 2019 estoy en UGT", "¿No estás en el sindicato? Desde 2019",
    "Você não está no sindicato? Não, estou na CUT", "Você não está no sindicato? Sai",
    "Você não está no sindicato? Não, saí em 2019. Estou na CUT", "Tu n'es pas au syndicat ? Merci",
    "Tu n'es pas au syndicat ? Depuis 2019", "Aren't you in the UAW? since 2019", "Aren't you in the UAW? thanks",
    # look-alikes of the new words: a year or thanks alone, Italian "nel 2019" (not Spanish "Nel"), Portuguese "Sai"
    "Sei iscritto alla CGIL? Nel 2019", "Non sei iscritto alla CGIL? Nel 2019", "Ben je lid van de FNV? Sinds 2019",
    "Are you in the Teamsters? in 2019", "Are you in the Teamsters? last year", "Bist du in der IG Metall? Seit 2019",
    "Você não está no sindicato? Em 2019", "Você é do sindicato? Sai", "Tu es au syndicat ? Merci",
)


@pytest.mark.parametrize(("language", "answer"),
                         [(language, answer) for language, answers in NO_ANSWERS.items() for answer in answers])
def test_everyday_no_reads_none(language: str, answer: str) -> None:
    """Her everyday no to the negated question, in each language: none (as at 601498ff; T58C 3)."""
    assert special_category(f"{QUESTIONS[language]} {answer}") is None


@pytest.mark.parametrize("text", UNION_ANSWERS)
def test_answers_that_are_no_no_stay_union(text: str) -> None:
    """An answer that names the union, or is no no (a year, thanks alone): union, as ART63 reads it."""
    assert special_category(text) == "union"


# the patterns that read the answer after the question's mark or the statement's sentence
ANSWER_READERS = ("_NOT_IN_A_UNION_ASKED_END", "_NOT_IN_A_UNION_PAST_END", "_NEGATED_UNION_END", "_ASKED_UNION_END",
                  "_ANSWERED_NO_THEN_UNION")


@pytest.mark.parametrize("name", ANSWER_READERS)
def test_no_backtracking_run_before_the_answer(name: str) -> None:
    """No greedy blank run before or after the question's mark or a sentence's end gives its places to the reader."""
    source = getattr(E, name)
    # the greedy runs that did (each place of the run read the answer to the text's end again)
    for greedy in (r"\s*[?？]+(?:\s*[—–-]+)?\s*(?:a:\s*)?", r"\s*[?？]+\s*(?:", r"|\s*\n\s*)", r"(?:\s*[.!…]+\s*|"):
        assert greedy not in source, (name, greedy)
    # and the possessive ones in their place
    assert r"\s*+[?？]++" in source or r"[^\S\n]*+\n\s*+" in source, name


RUNS = (" ", "?", "\t", "\n", " ?", ".", " 😂")


@pytest.mark.parametrize("question", [*QUESTIONS.values(), "Ich bin nicht in der IG Metall", "No estoy en CCOO"])
def test_long_runs_read_as_short_ones(question: str) -> None:
    """A run of 3 and of 6,000 blanks / marks / tabs / newlines before the answer's end read the same (T58C 2)."""
    for run in RUNS:
        for answer, end in (("", ""), ("", " x"), (" Nein", ""), (" Não", " x"), (" no", " UGT")):
            short = special_category(question + answer + run * 3 + end)
            assert special_category(question + answer + run * 6000 + end) == short, (question, run, answer, end)
