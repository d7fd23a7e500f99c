"""ART63 (issue 16, PERF): the trade-union denial reading without its compile cost and its slow tails.

Before: the first text in a process whose "no …" denial was undone ("No estoy en CCOO 😂 estoy en UGT") compiled the
cut of every phrase of "no" with its 10,000-character check written in (735,000 characters: 3.4–12 s); a cut excerpt's
check compiled the whole everyday regex (3.2 million characters, 46 s); "Aren't you in the UAW? no" and "never" 3,000
times then "x" took 6.4 s ("lol": 3.9 s, "😂": 1.6 s). After: the cut with its long checks as empty groups is read
and, where a check turns a phrase down, the phrases after it are tried alone at that place (the same match as the
compiled cut: :func:`test_exact_search_is_the_compiled_cut`), nothing of the size is compiled
(:func:`test_no_whole_cut_is_compiled`); her answer no is read at most once past a long run of its words (the same
reading on a run of 3 as of 3,000: :func:`test_long_answer_runs_read_as_short_ones`). Times: benchmarks/union_denials.py
(no timed test here). Every text is invented.
"""

from __future__ import annotations

import itertools
import re
import subprocess
import sys

import pytest

from dataexam import special_terms as S
from dataexam.categories import special_category

# denials stated and asked, and the question asked plainly, in the four languages of the listed "not in a union"
# phrases (the long checks) and the three of the patterns
DENIALS = (
    "Ich bin nicht in der Gewerkschaft", "Bist du nicht in der Gewerkschaft?",
    "Ich bin nicht mehr bei der Gewerkschaft", "Ich bin noch nie in einer Gewerkschaft",
    "Ich bin nicht in der IG Metall", "Bist du nicht bei ver.di?",
    "Ich bin kein Gewerkschaftsmitglied", "No estoy en el sindicato", "¿No estás en el sindicato?", "No estoy en CCOO",
    "Não sou sindicalizado", "Você não está no sindicato?", "Je ne suis pas au syndicat", "Tu n'es pas au syndicat ?",
    "Je ne suis plus dans un syndicat", "I'm not in the Teamsters", "Aren't you in the UAW?", "Non sono nel sindacato",
    "Ik zit niet bij de vakbond",
)
# what follows: nothing, her answer, a tail that does not undo it, and words that do
AFTER = (
    "", " Nein", " No", " Não", " Non", " no", " Nee", ". Und du?", " 😂", " 😂 estoy en UGT",
    ", aber meine Frau schon",
    ". Meine Frau ist in der Gewerkschaft.", "? Doch, bin ich", " seit 2019", ". War ich nie.", " lol lol x",
    "\nDu bist in der Gewerkschaft.", " sorry", ". ¿Tú sí?", " Nein, seit 2019 bin ich bei ver.di", " :p", " x",
)
# the keys whose cuts hold a long check (the denials of "nicht", "nie", "ne"; the strike's of "streik") and whose
# compiled cut is cheap enough to compare with (that of "no" was 3.4 s)
KEYS = ("nicht", "nie", "ne", "noch", "streik", "kein")


def _starts(lowered: str) -> list[int]:
    return [0, *(m.start() for m in re.finditer(r"(?<=[\s¿])\S", lowered))]


def _factored_cut(cut: tuple[frozenset[str], frozenset[str]]) -> re.Pattern[str]:
    """The cut with every lookahead inside (``S._exact_rx_of``), each long check written once after the run of
    phrases that share it rather than into each: "p1(?!L)|p2(?!L)" and "(?:p1|p2)(?!L)" match alike (the alternatives
    are tried in the same order, each followed by the check). ART65 (ART63's test compiled the cuts of "nicht", "nie",
    "ne", "noch" with the check in each of their 6–23 phrases: 500,000 characters, 10–20 s; factored 23,000)."""
    order = S._cut_order(*cut)
    assert not cut[1] and order
    parts = []
    for check, run in itertools.groupby(order, key=lambda p: S.EVERYDAY_NOT_BEFORE[p] if S._deferred(p) else None):
        phrases = [S._phrase_pattern(p, defer=True) for p in run]
        if check is None:
            parts += phrases
        else:
            assert all(p.endswith("()") for p in phrases)
            parts.append("(?:" + "|".join(p[:-2] for p in phrases) + ")(?!" + check + ")")
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])")


def test_the_factored_cut_is_the_compiled_cut() -> None:
    # the identity _factored_cut rests on, on the cuts cheap to compile whole (a long check each; ~20,000 characters)
    texts = [(d + a).lower() for d, a in itertools.product(DENIALS, AFTER)]
    texts += ["wir streiken nicht, ich bin nicht im streik", "der streik ist nicht bei uns", "kein streik heute"]
    for key in ("streik", "kein"):
        cut = (frozenset({key}), frozenset())
        assert any(S._deferred(p) for p in S._cut_order(*cut)), key
        whole, factored = S._exact_rx_of(*cut), _factored_cut(cut)
        assert whole.pattern != factored.pattern
        for text in texts:
            for at in _starts(text):
                want, got = whole.search(text, at), factored.search(text, at)
                assert (got and got.span()) == (want and want.span()), (key, text, at)


def test_exact_search_is_the_compiled_cut() -> None:
    texts = [d + a for d, a in itertools.product(DENIALS, AFTER)]
    texts += ["Wir streiken nicht, ich bin nicht im Streik", "Der Streik ist nicht bei uns", "Ich streike nie wieder"]
    compared = 0
    for key in KEYS:
        cut = (frozenset({key}), frozenset())
        assert any(S._deferred(p) for p in S._cut_order(*cut)), key  # a cut with a long check
        # (ART65: the same regex as S._exact_rx_of(*cut), each long check written once: test above)
        compiled = _factored_cut(cut)
        for text in texts:
            lowered = text.lower()
            for at in _starts(lowered):
                want = compiled.search(lowered, at)
                got = S._exact_search(cut, lowered, at)
                assert (got and got.span()) == (want and want.span()), (key, text, at)
                compared += 1
    assert compared > 3000


def test_everyday_search_is_the_whole_regexs_search() -> None:
    # EVERYDAY_RX.search(text) found a phrase where the cut of one of its keys finds one; the leftmost
    for text in ("pride and prejudice", "ich bin nicht in der gewerkschaft", "nothing everyday here",
                 "no estoy en ccoo 😂 estoy en ugt", "i'm not in the union at work"):
        lowered = text.lower()
        keys = S._cut_keys(lowered)
        cuts = [] if keys is None else [(frozenset({k}), frozenset()) for k in keys[0]]
        found = [m.start() for cut in cuts if (m := S._exact_search(cut, lowered, 0)) is not None]
        got = S.everyday_search(lowered)
        assert (got.start() if got else None) == (min(found) if found else None), text


def test_no_whole_cut_is_compiled() -> None:
    # a fresh process reads denials undone at once, in each language, and a cut excerpt: neither the cut of "no"
    # with its checks inside nor the whole everyday regex is compiled, and the readings are as before ART63
    code = (
        "import dataexam.special_terms as s\n"
        "from dataexam.categories import special_category, special_excerpt\n"
        "texts = ['No estoy en CCOO 😂 estoy en UGT', 'Bist du nicht in der Gewerkschaft? Doch, bin ich',"
        " 'Ich bin nicht in der Gewerkschaft, aber meine Frau schon', 'Não sou sindicalizado, mas estou na CUT',"
        " 'Je ne suis pas au syndicat ? Si', \"I'm not in the Teamsters 🙂 I'm in SEIU\","
        " 'No estoy en el sindicato 😂']\n"
        "print([special_category(t) for t in texts], special_excerpt('Ich habe Pride and Prej…'))\n"
        "print(s._exact_rx_of.cache_info().currsize, s._everyday_rx.cache_info().currsize)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.splitlines()
    assert out == ["['union', 'union', 'union', 'union', 'union', 'union', None] None", "0 0"]


QUESTIONS = {"en": "Aren't you in the UAW?", "de": "Bist du nicht in der IG Metall?", "es": "¿No estás en CCOO?",
             "pt": "Você não é sindicalizado?", "fr": "Tu n'es pas adhérent à FO ?",
             "it": "Non sei iscritto alla CGIL?", "nl": "Ben je niet lid van de FNV?"}
NO = {"en": " no", "de": " Nein", "es": " No", "pt": " Não", "fr": " Non", "it": " No", "nl": " Nee"}
RUNS = (" no,", " lol", " 😂", " never", "!", " haha", " nie", " nope", " no no")
ENDS = ("", " 🙂", ". And you?", " x", " I'm in the UAW")


@pytest.mark.parametrize("language", sorted(QUESTIONS))
def test_long_answer_runs_read_as_short_ones(language: str) -> None:
    # her answer no, a run of 3 or 3,000 of its words (read once, each item taken whole: ART65 dropped ART63's
    # 300-character span), then an end that keeps it ("", "🙂", "And you?") or undoes it ("x", "I'm in the UAW"): the
    # same reading either way
    for run, end in itertools.product(RUNS, ENDS):
        short = special_category(QUESTIONS[language] + NO[language] + run * 3 + end)
        long = special_category(QUESTIONS[language] + NO[language] + run * 3000 + end)
        assert long == short, (language, run, end)
        assert short == ("union" if end in (" x", " I'm in the UAW") else None), (language, run, end)


# ART63 2 (M, old): the negated question ART54–ART60 listed in German, Spanish, Portuguese and French read any answer
# but her yes as none ("Bist du nicht in der Gewerkschaft? Seit 2019", "¿No estás en el sindicato? No, pero desde 2019
# estoy en UGT", "Você não está no sindicato? Não, estou na CUT" none); now as the seven languages' patterns read it
# (ART61): none where nothing follows the mark, her answer is no to the end (a tail that does not undo it allowed:
# ART62), her "I left", her no then a sentence naming the union read on its own, or her yes taken back; her yes and any
# other words union (withheld)
LISTED_ASKED = {
    "de": ("Bist du nicht in der Gewerkschaft?", "Bist du nicht in der IG Metall?", "Du bist nicht bei ver.di?",
           "Bist du kein Gewerkschaftsmitglied?"),
    "es": ("¿No estás en el sindicato?", "¿No estás en CCOO?", "¿No eres sindicalizado?"),
    "pt": ("Você não está no sindicato?", "Você não é sindicalizado?", "Você não está filiado ao sindicato?"),
    "fr": ("Tu n'es pas au syndicat ?", "Vous n'êtes pas dans un syndicat ?", "T'es plus au syndicat ?"),
}
ANSWERS_NONE = {
    "de": ("", " Nein", " Nee", " Nein, nie gewesen", " Nein. Und du?", " Nein 😂", " Nein, bin ausgetreten",
           " Doch, bin ich. Nicht mehr", " Nein. Ich bin nicht in der Gewerkschaft.", " no",
           # (her "ja" to a negated question agrees with it: she is not)
           " Ja", " Ja, seit 2019"),
    "es": ("", " No", " No, nunca lo estuve. ¿Y tú?", " No 😂", " No, me salí", " Sí, estoy. Ya no", " Qué va", " no",
           " Claro"),  # (her "claro" alone, of course — not, or I am: as before, ART56's "Claro que sí" is her yes)
    "pt": ("", " Não", " Não, saí", " Não 😂", " Não. E você?", " Estou sim. Não mais", " Nunca fui", " no"),
    "fr": ("", " Non", " Non. Et toi ?", " Non, jamais été", " Non 😂", " Pas du tout", " Si, je le suis. Plus "
           "maintenant", " no"),
}
ANSWERS_UNION = {
    "de": (" Doch, bin ich", " Seit 2019", " Nein, seit 2019 bin ich bei ver.di", " Nein, aber meine Frau schon",
           " Nein x", " Sì", " yes I am", " Nein\nMeine Frau schon"),
    "es": (" Sí, estoy", " Claro que sí", " Desde 2019", " No, pero desde 2019 estoy en UGT", " No, pero mi mujer sí",
           " No x", " yes I am"),
    "pt": (" Estou sim", " Desde 2019", " Não, mas minha esposa sim", " Não x", " Claro que sim", " yes I am"),
    "fr": (" Si !", " Si, je le suis depuis 2019", " Depuis 2019", " Non, mais ma femme oui", " Non x", " yes I am"),
}


@pytest.mark.parametrize("language", sorted(LISTED_ASKED))
def test_the_listed_questions_answer_as_the_seven_languages(language: str) -> None:
    none = [q + a for q in LISTED_ASKED[language] for a in ANSWERS_NONE[language]]
    union = [q + a for q in LISTED_ASKED[language] for a in ANSWERS_UNION[language]]
    assert [t for t in none if special_category(t) is not None] == []
    assert [t for t in union if special_category(t) != "union"] == []


@pytest.mark.parametrize("language", sorted(QUESTIONS))
def test_answered_no_then_the_same_question_again_reads_none(language: str) -> None:
    # ART57's "Bist du nicht in der Gewerkschaft? Nein. " 400 times, in the seven languages: her no, then a sentence
    # naming the union itself (read on its own); a sentence after her no that names none is read as written
    assert special_category((QUESTIONS[language] + NO[language] + ". ") * 50) is None
    assert special_category(QUESTIONS[language] + NO[language] + ". My wife is though") == "union"


# ART63 4 (L, T57D 4): a doubled "not" says she is ("I'm not NOT in the Teamsters" read as her denial, none): union
# (withheld); the no said twice in Spanish and Portuguese ("No, no estoy …", "Não, não sou …") is still one no; words
# the lists do not read ("un-unionised", "non-union") stay none
@pytest.mark.parametrize(("text", "expected"), [
    ("I'm not NOT in the Teamsters", "union"), ("I'm not not in the Teamsters", "union"),
    ("I'm NOT not a member of the UAW", "union"), ("I'm not NOT in SEIU", "union"),
    ("Ich bin nicht nicht in der Gewerkschaft", "union"), ("Ich bin nicht nicht in der IG Metall", "union"),
    ("I'm not in the Teamsters", None), ("I am NOT in the Teamsters", None),
    ("Ich bin nicht in der Gewerkschaft", None),
    ("Ich bin nie in der Gewerkschaft", None), ("No, no estoy en CCOO", None), ("Não, não sou sindicalizado", None),
    ("Non, je ne suis pas au syndicat", None), ("I'm not un-unionised", None), ("I'm not non-union", None),
])
def test_a_doubled_not(text: str, expected: str | None) -> None:
    assert special_category(text) == expected


# ART63 3 (L): "a member of the union" with no union named is the person's trade union (withheld: the union of her
# work is its everyday sense for a person), and its look-alikes the lists name stay none
@pytest.mark.parametrize(("text", "expected"), [
    ("I'm a member of the union", "union"), ("I am a member of the union", "union"), ("I'm a union member", "union"),
    ("I'm in the union", "union"), ("She is a member of the union", "union"),
    ("I'm a member of the European Union", None), ("I'm a member of the student union", None),
    ("I'm a member of the students' union", None), ("I'm a member of the credit union", None),
    ("I'm a credit union member", None), ("the European Union", None),
])
def test_a_member_of_the_union(text: str, expected: str | None) -> None:
    assert special_category(text) == expected
