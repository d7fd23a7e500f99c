"""Informal yes for third persons as for herself; her "I'm in the union" that is no membership (ART67 3, 4).

3. Before: "is ur wife in the union? ya she is" read none (the question's "your" only as written in full) and "are you
   in the union? yeh / yess / yepp" none (the yes only as "yes", "yeah", "yep", "yup", "ya", "yea"). Now the informal
   "ur", "yr", "ya" and the yes drawn out or shortened read as her yes does: union (withheld).
4. Before: "I'm in the union hall", "I'm in the union of A and B", "I'm in the union? lol no", "I'm in the union? …
   no more" read union (the terms' "i'm in the union" held at its own end). Now the union's building or body after it,
   a union of things, and the question she answers no read none; her membership said otherwise stays union.
"""
from __future__ import annotations

import itertools

import pytest

from dataexam.categories import special_category

YES = ("yes", "yeah", "yep", "yup", "ya", "yea", "yeh", "yah", "yh", "ye", "yas", "yess", "yesss", "yeahh", "yepp",
       "sure", "of course")
NO = ("no", "nope", "nah", "ya no", "yeah no", "yes jk", "yess. not anymore")
# (the question, and what her yes may add: the person's "she is")
QUESTIONS = (("are you in the union?", ""), ("are u in the union?", ""), ("r u in the union?", ""),
             ("is your wife in the union?", ""), ("is ur wife in the union?", ""),
             ("is ur wife in the union?", " she is"),
             ("is yr husband in the union?", " he is"), ("is ya dad in the union?", ""),
             ("r ur parents in the union?", " they are"), ("is he in the union?", " he is"))


@pytest.mark.parametrize(("question", "yes"), list(itertools.product(QUESTIONS, YES)))
def test_each_yes_for_each_person_reads_union(question: tuple[str, str], yes: str) -> None:
    asked, person = question
    assert special_category(f"{asked} {yes}{person}") == "union"


@pytest.mark.parametrize(("question", "no"), list(itertools.product(QUESTIONS, NO)))
def test_each_no_for_each_person_reads_none(question: tuple[str, str], no: str) -> None:
    """The no forms and a yes taken back stay none (their own rules), whoever is asked."""
    assert special_category(f"{question[0]} {no}") is None


NOT_A_MEMBERSHIP = ("I'm in the union hall", "Im in the union hall", "i am in the union hall tonight",
                    "We're in the union office", "I've been in the union government", "I was in the union building",
                    "I'm in the union of A and B", "I'm in the union of two families",
                    "I'm in the union? lol no", "I'm in the union? no", "I'm in the union? … no more",
                    "I'm in the union? no more", "I'm in the union? no longer", "we're in the union? nope")
STILL_UNION = ("I'm in the union", "I'm in the union now", "I'm in the union? yes", "I'm in the union? lol yes",
               "I'm in the union of teachers", "I'm in the union hall, I joined the union last year",
               "I'm in the union hall for my union meeting", "I'm in the union? no. I'm in the UAW",
               "I'm in the union? not yet")


@pytest.mark.parametrize("text", NOT_A_MEMBERSHIP)
def test_her_in_the_union_that_is_no_membership(text: str) -> None:
    assert special_category(text) is None


@pytest.mark.parametrize("text", STILL_UNION)
def test_her_membership_stays(text: str) -> None:
    assert special_category(text) == "union"


@pytest.mark.parametrize("who", ("I'm", "I am", "We are", "We're", "I was"))
@pytest.mark.parametrize("denied", ("{} in the union no more", "{} in the union no longer",
                                    "{} in the union? lol no", "{} in the union? nope", "{} in the union? No way",
                                    "{} in the union?? no, not at all", "{} in the union lol jk",
                                    "{} in the union, just kidding"))
def test_her_membership_denied_reads_none_as_a_third_persons(who: str, denied: str) -> None:
    """The first person as test_union_art66 reads the third: denied or taken back at once, none."""
    assert special_category(denied.format(who)) is None


@pytest.mark.parametrize("who", ("I'm", "I am", "We are", "We're", "I was"))
@pytest.mark.parametrize("kept", ("{} in the union? yes", "{} in the union, since 2019", "{} in the union 😂",
                                  "{} in the union? really?", "{} in the union now"))
def test_her_membership_not_denied_stays_union(who: str, kept: str) -> None:
    assert special_category(kept.format(who)) == "union"


@pytest.mark.parametrize("answer", ("Nein, noch nicht", "not yet", "no, not yet", "Todavía no"))
def test_not_yet_keeps_union(answer: str) -> None:
    """ART61's rule stands: "not yet" says she means to join, read as written (withheld)."""
    assert special_category(f"Bist du in der Gewerkschaft? {answer}") == "union"
    assert special_category(f"Are you in the Teamsters? {answer}") == "union"
