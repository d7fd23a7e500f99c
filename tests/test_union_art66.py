"""ART66 (T59B on ART65): the third-person membership rule's over-reads and two leaks of her answer.

Before (main at d114b70a, ART65): "He is in the union government", "She's in the union territory", "He's in the union
of South Africa", "They are in the union of A and B", "She is in the union hall", "My dog is in the union", "My wife
is in the union of two families", "We joined our union at the wedding, my wife and I", "She's in the union? lol no",
"He's in the union lol jk", "She is in the union no more" read union (withheld: wrong counts with
--include-sensitive, texts hidden from other findings); "I'm in the union government" union (the first person too);
"She is not not in the union" none; "Aren't you in the UAW? No? Since 2019!", "… ? Nada. Pago la cuota sindical",
"Estoy en la UGT", "I'm in UGT", "Soy afiliado sindical" none (a leak: a union text quoted without
--include-sensitive); "Non sei nel sindacato? Mai più" union; "Is your wife in the union? yes she is" none.
"""

from __future__ import annotations

import pytest

from dataexam.categories import special_category

# the people whose membership the third-person rule reads, and the first person's
_THIRD = ("He is", "She is", "He's", "She's", "They are", "They're", "You are", "You're", "My wife is",
          "My husband is", "My brother is", "His wife is", "Her sister was", "My wife and I are")
_FIRST = ("I'm", "I am", "We are", "We're", "I was")

# the union's everyday senses after "in the": India's Union, the Union League, the Union navy, a building one is
# in, federations, societies, sets, a marriage
_SENSES = ("union cabinet of India", "union government", "union territory", "union territory of Ladakh",
           "Union Budget team", "union ministry", "union of South Africa", "union of Comoros",
           "union of South American nations", "Union of Concerned Scientists", "union of Soviet writers",
           "Union League Club", "union of sets class", "union of A and B", "union hall", "union navy",
           "union office for a meeting", "union of two families", "union of hearts",
           "union of marriage with my brother", "National Union of Students")


@pytest.mark.parametrize("who", _THIRD)
@pytest.mark.parametrize("sense", _SENSES)
def test_the_unions_everyday_senses_read_none_for_third_persons(who: str, sense: str) -> None:
    assert special_category(f"{who} in the {sense}") is None


# the first person's "I'm in the union" is a term of the lists (latin.py): the union's names are everyday phrases
# (everyday._UNION_NAMES) that take it away; "I'm in the union hall / of A and B / of two families" stayed union here
# (her own words of being in a union: withheld) until ART67 read them none (everyday "in the union, no membership":
# tests/test_union_informal_yes_and_first_person_art67.py)
_NAMED_SENSES = tuple(s for s in _SENSES if not s.startswith(("union of A", "union hall", "union office",
                                                               "union of two", "union of hearts", "union of marr")))


@pytest.mark.parametrize("who", _FIRST)
@pytest.mark.parametrize("sense", _NAMED_SENSES)
def test_the_unions_named_senses_read_none_for_the_first_person(who: str, sense: str) -> None:
    assert special_category(f"{who} in the {sense}") is None


@pytest.mark.parametrize("who", (*_THIRD, *_FIRST))
@pytest.mark.parametrize("union", ("union", "teachers' union", "Union", "union of postal workers",
                                   "union of railway workers", "National Union of Mineworkers",
                                   "National Union of Teachers", "Union of Journalists"))
def test_a_trade_union_stays_union_for_everyone(who: str, union: str) -> None:
    assert special_category(f"{who} in the {union}") == "union"


@pytest.mark.parametrize("pet", (("dog", "dogs"), ("cat", "cats"), ("puppy", "puppies"), ("kitten", "kittens"),
                                 ("horse", "horses"), ("parrot", "parrots"), ("car", "cars"), ("phone", "phones")))
def test_a_pet_or_a_thing_is_no_member(pet: tuple[str, str]) -> None:
    assert special_category(f"My {pet[0]} is in the union") is None
    assert special_category(f"Our {pet[1]} are in the union") is None


@pytest.mark.parametrize("text", (
    "My wife is in the union of two families", "She is in the union of marriage with my brother",
    "My wife is in the union of hearts", "We joined our union at the wedding, my wife and I",
    "She is in the union with my brother, married 2 years",
    "They are in the union now, married last week to my wife's cousin",
    "They're in the union of two families, my wife said at our wedding",
    "My wife and I are in the union of two families now"))
def test_a_marriage_is_no_membership(text: str) -> None:
    assert special_category(text) is None


@pytest.mark.parametrize("text", ("My wife is a member of the union", "My husband is in the union",
                                  "My wife is in the union", "Our union is strong, my husband is in the union too",
                                  "Our marriage is a union; my wife is in the union at work"))
def test_a_spouse_in_the_union_without_a_wedding_stays_union(text: str) -> None:
    assert special_category(text) == "union"


@pytest.mark.parametrize("who", _THIRD)
@pytest.mark.parametrize("denied", ("{} in the union no more", "{} in the union no longer",
                                    "{} in the union? lol no", "{} in the union? nope", "{} in the union? No way",
                                    "{} in the union?? no, not at all", "{} in the union lol jk",
                                    "{} in the union, just kidding"))
def test_a_third_persons_membership_denied_or_doubted_reads_none(who: str, denied: str) -> None:
    assert special_category(denied.format(who)) is None


@pytest.mark.parametrize("who", _THIRD)
@pytest.mark.parametrize("kept", ("{} in the union? yes", "{} in the union, since 2019", "{} in the union 😂",
                                  "{} in the union? really?"))
def test_a_third_persons_membership_not_denied_stays_union(who: str, kept: str) -> None:
    assert special_category(kept.format(who)) == "union"


@pytest.mark.parametrize("text", ("She is not not in the union", "He's not not in the union",
                                  "My wife is not not in the union", "They are not not in the union",
                                  "She isn't not in the union", "I'm not not in the union",
                                  "We're not not in the union"))
def test_a_doubled_not_says_the_membership(text: str) -> None:
    assert special_category(text) == "union"


@pytest.mark.parametrize("text", ("She is not in the union", "She isn't in the union", "My wife is not in the union"))
def test_a_single_not_stays_none(text: str) -> None:
    assert special_category(text) is None


_QUESTIONS = ("Aren't you in the UAW?", "¿No estás en el sindicato?", "Non sei nel sindacato?",
              "Bist du nicht in der Gewerkschaft?", "Tu n'es pas au syndicat ?", "Você não está no sindicato?")


@pytest.mark.parametrize("q", _QUESTIONS)
@pytest.mark.parametrize("since", (" No? Since 2019!", " no? since 2019", " Nada? Desde 2019", " No?! Since 2019"))
def test_her_disbelieving_no_then_the_year_reads_union(q: str, since: str) -> None:
    assert special_category(q + since) == "union"


@pytest.mark.parametrize("q", _QUESTIONS)
@pytest.mark.parametrize("no", (" No", " No, since 2019", " No?", " Mai più", " Never again", " Nie mehr",
                                " Plus jamais", " Nunca más", " Nunca mais"))
def test_her_no_and_never_again_read_none(q: str, no: str) -> None:
    assert special_category(q + no) is None


@pytest.mark.parametrize("text", (
    "Pago la cuota sindical", "Pagamos las cuotas sindicales", "Soy afiliado sindical", "Soy afiliada sindical",
    "Estoy en la UGT", "Estoy en UGT", "Soy de la UGT", "Estoy en la CGT", "Soy de CCOO", "Estoy en CCOO",
    "Afiliado a la CGT", "Afiliada a USO", "Estoy en la USO", "I'm in UGT", "I'm in the UGT", "I'm in the CGT",
    "Aren't you in the UAW? Nada. Pago la cuota sindical", "¿No estás en el sindicato? Nada. Pago la cuota sindical",
    "Aren't you in the UAW? No. Estoy en la UGT", "Are you in the union? No, but I'm in UGT"))
def test_spanish_membership_words_and_names_read_union(text: str) -> None:
    assert special_category(text) == "union"


@pytest.mark.parametrize("text", ("No estoy en la UGT", "No estoy en UGT", "No soy de la CGT",
                                  "No soy afiliado sindical", "No pago la cuota sindical", "la UGT hepática",
                                  "Estoy en uso", "I'm in USO", "¿No estás en la UGT? No"))
def test_spanish_names_denied_or_in_other_senses_read_none(text: str) -> None:
    assert special_category(text) is None


@pytest.mark.parametrize("q", ("Is your wife in the union?", "Is he in the union?", "Is she in a union?",
                               "Are you in the union?", "Are they in the union?",
                               "Is your brother still in the union?"))
@pytest.mark.parametrize("yes", (" yes", " yes she is", " Yes, he is", " yep", " she is", " Yes I am", " of course"))
def test_the_plain_question_answered_yes_reads_union(q: str, yes: str) -> None:
    assert special_category(q + yes) == "union"


@pytest.mark.parametrize("q", ("Is your wife in the union?", "Are you in the union?", "Is he in the union?"))
@pytest.mark.parametrize("answer", ("", " no", " nope", " yes no", " yes jk", " yes she is. not anymore",
                                    " yes I am. not anymore", " lol no"))
def test_the_plain_question_answered_no_or_taken_back_reads_none(q: str, answer: str) -> None:
    assert special_category(q + answer) is None


@pytest.mark.parametrize("text", ("Is he in the union government? yes", "Is she in the union of South Africa? yes",
                                  "Is your dog in the union? yes", "Is your wife in the union of two families? yes"))
def test_the_plain_question_of_an_everyday_sense_reads_none(text: str) -> None:
    assert special_category(text) is None
