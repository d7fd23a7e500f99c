"""ART68: an everyday answer is its own question's, never a statement's before it.

"She is in the union\\nAre you in the Teamsters? no." read none: the question's everyday span ended at its words (the
answer was read by a lookahead), so blanking it left its "? no" behind her statement — read then as her answer to
"She is in the union" (shapes.UNION_MEMBER), and Spanish and Italian third persons ("Mi mujer está en el sindicato",
"Mia moglie è iscritta al sindacato") as "¿Está en el sindicato? No" asked of someone. The span now takes its mark and
answer with it (special_terms.everyday_spans, everyday.OWN_ANSWER)."""

from __future__ import annotations

import pytest

from dataexam.categories import keyword_matches, special_category

#: a membership said in each language the lists read, of the person and of others
STATEMENTS = {
    "en": ("I'm in the union", "I am in the union", "She is in the union", "He's in the union", "They are in the union",
           "My wife is in the union", "My husband is a member of the union", "We are in the union",
           "She's in the Teamsters", "I'm a union member", "She joined the union"),
    "es": ("Estoy en el sindicato", "Mi mujer está en el sindicato", "Estoy afiliado a CCOO", "Soy del sindicato"),
    "de": ("Ich bin in der Gewerkschaft", "Meine Frau ist in der Gewerkschaft", "Ich bin Mitglied der IG Metall",
           "Er ist in der Gewerkschaft"),
    "fr": ("Je suis syndiqué", "Je suis adhérent à la CGT"),
    "it": ("Sono iscritto alla CGIL", "Mia moglie è iscritta al sindacato", "Sono iscritto al sindacato"),
    "pt": ("Sou sindicalizado", "Minha esposa é sindicalizada", "Sou filiado à CUT"),
    "nl": ("Ik ben lid van de FNV", "Mijn vrouw is lid van de vakbond", "Ik ben vakbondslid"),
}
#: a question of someone's union answered no, plain and negated, in each language: none alone
QUESTIONS = {
    "en": ("Are you in the Teamsters? no.", "Aren't you in the UAW? no", "Are you in the union? no",
           "Is he in the union? nope", "You're not in the Teamsters? no", "Are you still in the Teamsters lol? no"),
    "es": ("¿Estás en la UGT? No", "¿No estás en el sindicato? No", "¿Estás en la UGT? No. ¿Y tú?"),
    "de": ("Bist du in der IG Metall? Nein", "Bist du nicht in der Gewerkschaft? Nein"),
    "fr": ("Tu es adhérent à la CGT ? Non", "Tu n'es pas syndiqué ? Non"),
    "it": ("Sei iscritto alla CGIL? No", "Non sei iscritto alla CGIL? No"),
    "pt": ("Você é filiado à CUT? Não", "Você não está no sindicato? Não"),
    "nl": ("Ben je lid van de FNV? Nee", "Ben je niet lid van de FNV? Nee"),
}
#: what stands between them: a line, a blank line, a space (no mark at all), a sentence's end
SEPARATORS = ("\n", "\n\n", " ", ". ", "! ", " - ", "\r\n")
_STATEMENTS = [s for group in STATEMENTS.values() for s in group]
_QUESTIONS = [q for group in QUESTIONS.values() for q in group]


@pytest.mark.parametrize("statement", _STATEMENTS)
def test_statement_alone_is_union(statement: str) -> None:
    assert special_category(statement) == "union"


@pytest.mark.parametrize("question", _QUESTIONS)
def test_question_answered_no_alone_is_none(question: str) -> None:
    assert special_category(question) is None


@pytest.mark.parametrize("statement", _STATEMENTS)
def test_membership_then_question_answered_no_stays_union(statement: str) -> None:
    """persons × languages × questions × separators (1,120 texts): the answer takes nothing from the statement."""
    lost = [statement + sep + question for question in _QUESTIONS for sep in SEPARATORS
            if special_category(statement + sep + question) != "union"]
    assert lost == []


@pytest.mark.parametrize("statement", _STATEMENTS)
def test_question_answered_no_then_membership_stays_union(statement: str) -> None:
    """the other order: her answer ends her question; the statement after it is read as written — after a sentence's
    end, and after a line or a space where the statement's first word cannot join her "no" (left as on main: "¿Estás
    en la UGT? No\nEstoy en el sindicato", "… ? Não Sou sindicalizado", "… ? Non\nSono iscritto alla CGIL" read
    none, the "no" and the next line's verb read as one negation, "no estoy en el sindicato")."""
    joins = statement.split()[0] in ("Estoy", "Sono", "Sou")
    lost = [question + sep + statement for question in _QUESTIONS
            for sep in ((". ", "! ") if joins else ("\n", ". ", " ", "! "))
            if special_category(question + sep + statement) != "union"]
    assert lost == []


@pytest.mark.parametrize("sep", SEPARATORS)
@pytest.mark.parametrize("statement", ["She is in the union", "Mi mujer está en el sindicato",
                                       "Mia moglie è iscritta al sindacato", "Meine Frau ist in der Gewerkschaft"])
def test_yes_taken_back_is_its_own_questions_too(statement: str, sep: str) -> None:
    """her yes taken back at once ("… ? yes I am. not anymore") is the question's; the statement before stays."""
    for question in ("Are you in the Teamsters? yes I am. not anymore", "Bist du in der IG Metall? Ja. Nicht mehr",
                     "¿Estás en la UGT? Sí. Ya no"):
        assert special_category(question) is None, question
        assert special_category(statement + sep + question) == "union", statement + sep + question


@pytest.mark.parametrize("text", [
    "I'm not in the union\nAre you in the Teamsters? no",
    "Ich bin nicht in der Gewerkschaft\nBist du in der IG Metall? Nein",
    "No estoy en el sindicato ¿Estás en la UGT? No", "She is in the union? no", "I'm in the union? lol no",
    "Non sono iscritto al sindacato. Sei iscritto alla CGIL? No"])
def test_denials_and_her_own_questions_stay_none(text: str) -> None:
    """look-alikes: a denial before the question, and the membership asked and answered no itself, stay none."""
    assert special_category(text) is None


@pytest.mark.parametrize("text", ["She is in the union Are you in the Teamsters?",
                                  "She is in the union\nAre you in the Teamsters? yes",
                                  "She is in the union Aren't you in the UAW? No. I'm in the Teamsters"])
def test_unanswered_or_answered_yes_stays_union(text: str) -> None:
    assert special_category(text) == "union"


@pytest.mark.parametrize("later", ["My dog is in the union", "ok", "see you tomorrow"])
def test_answer_no_followed_by_another_line_keeps_the_question(later: str) -> None:
    """ART68's look at "Are you in the Teamsters? no.\\nMy dog is in the union" (union): not the dog (a pet is no
    person, shapes._NOT_A_PERSON) but "teamsters" — her answer no holds only to the text's end (everyday._ANSWER_NO:
    its answer items take the line break, then want the text's end), so a later line of anything leaves the question
    read as written, a question naming a union (withheld: "… ? no\\nbut my wife is" must stay union)."""
    text = "Are you in the Teamsters? no.\n" + later
    assert special_category(text) == "union"
    assert dict(keyword_matches(text))["sensitive:union"] == ("teamsters",)
    assert special_category("Are you in the Teamsters? no\nbut my wife is") == "union"
