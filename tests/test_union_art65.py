"""ART65 (T58C, T58E, ART63/64's probes): trade-union answers — everyday no-forms, long tails, slow spots (Art. 9).

Before: "¿No estás en el sindicato? Ni de broma", "… Negativo", "… Nada", "Tu n'es pas au syndicat ? Que nenni", "Non
sei nel sindacato? niente", "I'm not in the Teamsters, not anymore" and "¿No estás en el Sindicato de Estudiantes? No"
read union; her answer no read none with up to 300 characters after it and union past them ("… ? no" then ":p" 100
times); "Are you on strike?" then 4,000 newlines took 3.7–4.9 s; "I'm not not in the union" and "My wife is a member of
the union" read none while "I'm not NOT in the Teamsters" and "She is a member of the union" read union. After: each
reads as the class's test below says. Union readings stay behind --include-sensitive (special_category names the
category that is withheld). Every text is invented.
"""

from __future__ import annotations

import itertools

import pytest

from dataexam.categories import special_category
from dataexam.special_terms import shapes

# the negated question of being in a union, per language, with the names and words each pattern reads
QUESTIONS = {
    "en": ("Aren't you in the UAW?", "You're not in the Teamsters?"),
    "de": ("Bist du nicht in der Gewerkschaft?", "Bist du nicht in der IG Metall?"),
    "es": ("¿No estás en el sindicato?", "¿No estás en CCOO?"),
    "pt": ("Você não está no sindicato?", "Você não é sindicalizado?"),
    "fr": ("Tu n'es pas au syndicat ?", "Tu n'es pas adhérent à FO ?"),
    "it": ("Non sei iscritto alla CGIL?", "Non sei nel sindacato?"),
    "nl": ("Ben je niet lid van de FNV?",),
}
# her everyday no as people write it: drawn-out letters, repeats, an emoji after, the idioms (any answer reads in any
# row: people answer in the language they like)
NO = {
    "en": ("no", "Noo", "Nooooo", "no no", "No no no", "nope", "Nooope", "nah", "Nahhh", "naw", "negative",
           "Negative 😅", "no 👎", "nope 😂😂", "nuh uh", "no thanks", "hell nah", "not once", "Not anymore",
           "no, not anymore", "no more"),
    "de": ("Nein", "Neiiin", "Neeein", "Nee", "Neee", "Nö", "Nööö", "Nein nein", "nix", "Negativ", "Keinesfalls",
           "Nein 🙄", "Bestimmt nicht", "Nein, leider nicht", "Nein, nicht mehr"),
    "es": ("No", "Noo", "No no", "Ni de broma", "Ni de coña", "Ni hablar", "Negativo", "Nada", "Para nada",
           "Nunca", "Jamás", "Nunca más", "No 😂", "Ni loca", "De ninguna manera", "En absoluto", "Ya no"),
    "pt": ("Não", "Nãooo", "Naaao", "Nao", "Não não", "Nada", "Negativo", "Nunca", "Jamais", "Nunca mais",
           "Nem pensar", "Nem a pau", "Não 😂", "Já não", "Não mais"),
    "fr": ("Non", "Nonnn", "Nan", "Nann", "Non non", "Que nenni", "Nenni", "Jamais", "Négatif", "Pas question",
           "Certainement pas", "Même pas", "Non 🙃", "Plus maintenant", "Pas du tout"),
    "it": ("No", "Noo", "No no", "Niente", "Per niente", "Per nulla", "Mai", "Neanche per sogno",
           "Nemmeno per idea", "Manco per niente", "Negativo", "No 😅", "Non più"),
    "nl": ("Nee", "Neee", "Nee nee", "Nooit", "Helemaal niet", "Echt niet", "Negatief", "Nee 😂", "Niet meer"),
}


@pytest.mark.parametrize("language", sorted(NO))
def test_everyday_no_reads_none(language: str) -> None:
    """Her everyday no after the negated question, in its own language and English, to the text's end: none."""
    questions = [q for qs in QUESTIONS.values() for q in qs]
    wrong = [f"{q} {a}" for q in questions for a in NO[language] if special_category(f"{q} {a}") is not None]
    assert wrong == []


@pytest.mark.parametrize("language", sorted(NO))
def test_everyday_no_then_words_that_undo_it_stay_union(language: str) -> None:
    """… and anything after it that no answer reads — her union, a word — reads as written: union (withheld)."""
    for q, a, rest in itertools.product(QUESTIONS[language], NO[language], (" I'm in the UAW", " but my wife is x")):
        assert special_category(f"{q} {a}{rest}") == "union", (q, a, rest)


# "not yet" says she means to join (ART61: "Are you in the Teamsters? not yet" reads union): the same in each language,
# after a no too ("Nein, noch nicht")
NOT_YET = ("not yet", "no, not yet", "Nein, noch nicht", "Noch nicht", "Todavía no", "No, todavía no", "Ainda não",
           "Pas encore", "Non, pas encore", "Non ancora", "Nog niet", "Nee, nog niet")


@pytest.mark.parametrize("answer", NOT_YET)
def test_not_yet_stays_union(answer: str) -> None:
    for q in (q for qs in QUESTIONS.values() for q in qs):
        assert special_category(f"{q} {answer}") == "union", (q, answer)


# words that look like an answer no but are none: reads as written
@pytest.mark.parametrize("answer", ("Nada mal, estoy en CCOO", "nopal", "Nonna says hi", "Naan bread", "Nixon",
                                    "Negativity is bad", "Niente è impossibile, sono iscritto"))
def test_words_that_begin_like_a_no_stay_union(answer: str) -> None:
    assert special_category(f"Aren't you in the UAW? {answer}") == "union"


# a new no-form then her yes or her union: as written (union, withheld)
@pytest.mark.parametrize("text", ("¿No estás en el sindicato? Nada, sí estoy", "Are you in the Teamsters? nah, the UAW",
                                  "Aren't you in the UAW? Noo I'm in SEIU", "¿No estás en CCOO? Negativo, estoy en UGT",
                                  "Non sei nel sindacato? niente di che, sono iscritto",
                                  "Tu n'es pas au syndicat ? Que nenni, j'y suis",
                                  "Bist du nicht in der IG Metall? Nix da, bin drin",
                                  "Aren't you in the UAW? no :p jk I am"))
def test_a_new_no_then_her_yes_stays_union(text: str) -> None:
    assert special_category(text) == "union"


DENIALS = {"en": "I'm not in the Teamsters", "de": "Ich bin nicht in der IG Metall", "es": "No estoy en CCOO",
           "pt": "Não sou sindicalizado", "fr": "Je ne suis pas au syndicat", "it": "Non sono nel sindacato",
           "nl": "Ik zit niet bij de vakbond"}
NO_MORE = {"en": ("not anymore", "not any more", "no longer", "no more", "not since 2019"),
           "de": ("nicht mehr",), "es": ("ya no", "nunca más"), "pt": ("já não", "não mais", "nunca mais"),
           "fr": ("plus maintenant", "plus depuis 2019"), "it": ("non più", "non piu"), "nl": ("niet meer",)}


@pytest.mark.parametrize("language", sorted(DENIALS))
def test_a_denial_then_her_no_more_reads_none(language: str) -> None:
    """T58C: "I'm not in the Teamsters, not anymore" read union: her "no more" after her denial, in any language."""
    for words, mark in itertools.product((w for ws in NO_MORE.values() for w in ws), (", ", ". ", " — ", " ")):
        assert special_category(f"{DENIALS[language]}{mark}{words}") is None, (language, words, mark)
        assert special_category(f"{DENIALS[language]}{mark}{words}, but my wife is") == "union", (language, words)


# a students' union is no trade union, in each language; the trade union in the same frame stays union
STUDENT_UNIONS = ("Sindicato de Estudiantes", "sindicato estudiantil", "sindicato de estudantes", "syndicat étudiant",
                  "sindacato studentesco", "Studentengewerkschaft", "studentenvakbond", "Students' Union",
                  "student union", "students’ union")
FRAMES = ("Estoy en el {}", "¿No estás en el {}? No", "Je suis au {}", "Sono nel {}", "Ich bin in der {}",
          "Ik ben lid van de {}", "I'm a member of the {}", "Estou no {}", "Aren't you in the {}? no")


def test_a_students_union_is_no_trade_union() -> None:
    wrong = [f.format(u) for f, u in itertools.product(FRAMES, STUDENT_UNIONS) if special_category(f.format(u))]
    assert wrong == []


@pytest.mark.parametrize("text", ("Estoy en el sindicato", "Je suis au syndicat", "Sono nel sindacato",
                                  "Ich bin in der Gewerkschaft", "I'm a member of the union",
                                  "Estoy en el Sindicato de Estudiantes y en CCOO",
                                  "Sindicato de Estudiantes: mañana huelga, me sumo"))
def test_a_trade_union_beside_stays_union(text: str) -> None:
    assert special_category(text) == "union"


# the reading of her answer does not depend on its length: tails of 0 to 2,000 characters of each kind
TAIL_QUESTIONS = ("Aren't you in the UAW? no", "Are you in the Teamsters? nope",
                  "Bist du nicht in der Gewerkschaft? Nein", "¿No estás en el sindicato? No",
                  "Você não está no sindicato? Não", "Tu n'es pas au syndicat ? Non",
                  "Non sei iscritto alla CGIL? No", "Ben je niet lid van de FNV? Nee", "I'm not in the Teamsters",
                  "No estoy en CCOO")
TAILS = {" 😂": None, " :p": None, ":p": None, " :D": None, ";)": None, " ": None, "\n": None, "\t": None,
         " lol": None, "!": None, " never": None, " https://t.co/x": "union", " x": "union"}
LENGTHS = (0, 1, 40, 280, 299, 300, 301, 330, 700, 2000)


@pytest.mark.parametrize("tail", sorted(TAILS))
def test_a_tail_reads_the_same_at_any_length(tail: str) -> None:
    """T58C 2: "… ? no :p" read none up to 300 characters and union past them (ART63's span): one reading at every
    length, as the tail's kind says (a URL or a word undoes her no: union, withheld)."""
    for question in TAIL_QUESTIONS:
        got = {n: special_category(question + tail * (n // len(tail) if n else 0)) for n in LENGTHS}
        want = {n: TAILS[tail] if n >= len(tail) else None for n in LENGTHS}
        assert got == want, (question, tail)
        for end in ("", " x", " 🙂"):
            if end:
                assert special_category(question + tail * (2000 // len(tail)) + end) == (
                    "union" if end == " x" else TAILS[tail]), (question, tail, end)


# a sentence's start read after any run of blanks and newlines, as right after its mark (the PERF fix: ART65 3)
SEPARATORS = ("", " ", "\n", " \n  ", "\n\n\t", "\r\n", ".  ", "!\n ", "\n" * 50)


@pytest.mark.parametrize("sep", SEPARATORS)
def test_a_sentence_start_after_blanks_reads_as_before(sep: str) -> None:
    assert special_category(f"Busy day.{sep}wifi on strike, working from the cafe") is None, sep
    assert special_category(f"Busy day.{sep}wifi on strike, on the picket line with the union") == "union", sep
    assert special_category(f"Hallo.{sep}Ich bin dabei: Streik am Flughafen") == "union", sep
    assert special_category(f"Hallo.{sep}Ich bin dabei, umzubuchen: Streik am Flughafen") is None, sep
    assert shapes.PART_THEN_STRIKE.search(f"hallo.{sep}ich bin dabei: streik am flughafen") is not None, sep


# a doubled "not" says she is in it; and one rule for a third person's membership: withheld, whoever's
@pytest.mark.parametrize("who", ("I'm not not", "I am not not", "I wasn't not", "We're not not"))
@pytest.mark.parametrize("what", ("in the union", "a member of the union", "in the Teamsters"))
def test_a_doubled_not_is_membership(who: str, what: str) -> None:
    assert special_category(f"{who} {what}") == "union"


@pytest.mark.parametrize("who", ("She is", "He's", "They are", "You are", "My wife is", "My husband's",
                                 "My brother was", "Our son has been", "My wife and I are"))
@pytest.mark.parametrize("what", ("in the union", "a member of the union", "a union member", "in the Teamsters"))
def test_a_third_persons_membership_is_withheld(who: str, what: str) -> None:
    assert special_category(f"{who} {what}") == "union"


@pytest.mark.parametrize("text", ("I'm not in the union", "She's not in the union", "My wife is not in the union",
                                  "our union was blessed", "our union is strong, my husband says",
                                  "My wife and I, our union of 20 years", "I am in a happy union with my wife",
                                  "They are in the European Union", "We are in a civil union", "in a union with him"))
def test_no_membership_stays_none(text: str) -> None:
    assert special_category(text) is None
