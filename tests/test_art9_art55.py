"""Art. 9, ART55: the "admitted <time> with" terms back ("admitted last night with a broken hip") with the token
screen and its regex reference agreeing on an admission's look-alike followed by another's hospital words; the
German "not in the union" said in two sentences, Czech and Slovak union membership, German emergency admissions,
"admitted to <name> Hospital", luck's stroke and things kept in overnight; a negated union question answered yes.
Every text is invented."""

from __future__ import annotations

import pytest
from test_hot_path import _slow_matches  # the regex reference of the token path

from dataexam import categories as C
from dataexam.categories import special_category


# 1. admitted at a time, then with what a stay is for: health (latin.ADMITTED_WHEN terms, back)
@pytest.mark.parametrize("text", [
    "admitted last night with a broken hip", "admitted last night with a UTI", "admitted last night with heart failure",
    "nan admitted again with a chest infection", "admitted yesterday with a broken leg",
    "admitted this morning with a migraine", "admitted on saturday w/ a blood clot",
    "admitted with a ticket, then admitted to hospital with sepsis",
    "admitted to Stanford, later admitted to the ward with a fever",
])
def test_admitted_at_a_time_with_an_illness_is_health(text: str) -> None:
    assert special_category(text) == "health"


# … their look-alikes, a confession's manner among them: none
@pytest.mark.parametrize("text", [
    "admitted last night with a fake ID", "admitted last night with my girlfriend", "admitted again with a scholarship",
    "admitted yesterday with a covid pass", "he admitted last night with tears that he lied",
    "she admitted this morning with a smile that she was wrong", "admitted with a stroke of luck",
    "admitted last night with a stroke of luck",
])
def test_their_look_alikes_read_none(text: str) -> None:
    assert special_category(text) is None


# an admission's look-alike followed by another's: the hospital words of the second are its own, so the first is a
# look-alike too, on the token path and in the regex reference alike
@pytest.mark.parametrize("text", [
    "admitted with a ticket admitted into the emergency ward as a doctor",
    "admitted on monday w/ my badge admitted into the emergency ward as a doctor.",
    "admitted to the psychiatry training programme admitted into the emergency room staff",
])
def test_a_look_alike_before_another_reads_alike_on_both_paths(text: str) -> None:
    C._analysed.cache_clear()
    assert dict(C.keyword_matches(text)) == {c: tuple(ts) for c, ts in _slow_matches(text).items()} == {}
    assert special_category(text) is None


# 3. German "not in the union" in one sentence after another
@pytest.mark.parametrize(("text", "category"), [
    ("Ich bin nicht in der Gewerkschaft.\nDu bist nicht in der Gewerkschaft.", None),
    ("Ich bin nicht in der Gewerkschaft. Er ist nicht in der Gewerkschaft.", None),
    ("No estoy en el sindicato. No estamos en el sindicato.", None),
    ("Ich bin nicht in der Gewerkschaft", None),
    # the next sentence read on its own: in the union
    ("Ich bin nicht in der Gewerkschaft.\nDu bist in der Gewerkschaft.", "union"),
    ("Ich bin nicht in der Gewerkschaft.\nIch bin in der Gewerkschaft.", "union"),
    # … and one naming no union is the first's ellipsis (the wife's membership), a question no end: withheld
    ("Ich bin nicht in der Gewerkschaft. Meine Frau schon.", "union"),
    ("Ich bin nicht in der Gewerkschaft? Doch, bin ich", "union"),
])
def test_not_in_the_union_sentence_by_sentence(text: str, category: str | None) -> None:
    assert special_category(text) == category


# Czech and Slovak union membership; the ministry's department is none
@pytest.mark.parametrize(("text", "category"), [
    ("jsem v odborech", "union"), ("jsme v odborech už deset let", "union"), ("jsem členem odborů", "union"),
    ("jsem clenem odboru", "union"), ("jsem odborář", "union"), ("som v odboroch", "union"),
    ("odborový svaz KOVO", "union"),
    ("pracuji na odboru dopravy", None), ("v odborech ministerstva", None), ("odborný posudek", None),
])
def test_czech_and_slovak_union(text: str, category: str | None) -> None:
    assert special_category(text) == category


# German emergency admissions; the workplace is none
@pytest.mark.parametrize(("text", "category"), [
    ("ich wurde in die Notaufnahme eingeliefert", "health"), ("ich musste in die Notaufnahme", "health"),
    ("Papa kam auf die Intensivstation", "health"), ("ich arbeite in der Notaufnahme", None),
])
def test_german_emergency_admissions(text: str, category: str | None) -> None:
    assert special_category(text) == category


# admitted to a hospital by its name; a doctor's training or a board there is none
@pytest.mark.parametrize(("text", "category"), [
    ("admitted to Stanford Hospital", "health"), ("admitted to Stanford hospital", "health"),
    ("admitted to King's College Hospital", "health"), ("admitted to St Mary's Infirmary", "health"),
    ("admitted to the residency at Stanford Hospital", None), ("admitted as a member of the hospital board", None),
    ("admitted to Stanford", None), ("admitted to Harvard Medical School", None),
])
def test_admitted_to_a_named_hospital(text: str, category: str | None) -> None:
    assert special_category(text) == category


# things kept in overnight; a person stays health
@pytest.mark.parametrize(("text", "category"), [
    ("the bread was kept in overnight", None), ("the dough is kept in overnight to rise", None),
    ("the car was kept in overnight at the garage", None), ("mum was kept in overnight", "health"),
    ("the bread was kept in overnight, mum was kept in overnight", "health"),
])
def test_things_kept_in_overnight(text: str, category: str | None) -> None:
    assert special_category(text) == category


# 4. a negated union question answered yes
@pytest.mark.parametrize(("text", "category"), [
    ("not in the union? lol yes I am", "union"), ("not in the union? yes I'm in", "union"),
    ("you're not in the union at work? yes I am, since 2019", "union"),
    ("are you not in the union at work? I am, joined in May", "union"),
    ("not in the union at work? lol no", None), ("not in the union? lol no", None),
    ("not in the union at work? not anymore", None), ("not in the union? I am not", None),
    ("I'm not in the union at work", None),
    # T51 4: "I am" is the answer only where it ends there or goes on to the membership, not "I am tired / sure"
    ("not in the union? lol yes I am tired", None), ("not in the union? lol yes I am going home", None),
    ("not in the union? yes I am sure", None), ("you not in the union? yes I am leaving", None),
    ("not in the union? yes I am a member", "union"), ("not in the union? yes I am lol", "union"),
    ("not in the union? yes I am in it", "union"), ("not in the union? yes I am!", "union"),
    # T51B 1: her answer goes on with an emoji, a symbol, a line, a stressing word or her membership's words
    ("not in the union? yes I am 💪", "union"), ("not in the union? yes I am…", "union"),
    ("not in the union? yes I am — proud member", "union"), ("not in the union? yes I am (since 2019)", "union"),
    ("not in the union? yes I am\njoined in May", "union"), ("not in the union? yes I am too", "union"),
    ("not in the union? yes I am still", "union"), ("not in the union? yes I am a card-carrying member", "union"),
    ("not in the union? yes I am the rep", "union"), ("not in the union? yes I am since 2019", "union"),
    ("not in the union? yes I am for 10 years now", "union"), ("not in the union? yes I am one", "union"),
    ("you're not in the union at work? yes I am 🙂 since 2019", "union"),
    # T51B 2: … and not where it goes on to something else
    ("not in the union at work? yes I am in a meeting, call you later", None),
    ("not in the union? I'm in the car", None), ("not in the union? I'm a member of the gym", None),
    ("not in the union? yes I am a member... of the gym", None), ("not in the union? yes I am one step ahead", None),
    ("not in the union? yes I am since I quit", None), ("not in the union? I did quit", None),
])
def test_a_negated_union_question_answered(text: str, category: str | None) -> None:
    assert special_category(text) == category
