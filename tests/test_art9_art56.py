"""Art. 9, ART56: the token path and its regex reference on dense mixes of admission look-alikes and the look-alikes
holding a hospital word; what follows "admitted <time> with" as a class; a negated union question's answer read in
English, German, Spanish, French and Portuguese; a hospital's units, a school's fields, a ward's students and sisters.
Every text is invented."""

from __future__ import annotations

import random
import re

import pytest
from test_hot_path import _slow_matches  # the regex reference of the token path

from dataexam import categories as C
from dataexam import special_terms as S
from dataexam.categories import special_category
from dataexam.special_terms import everyday as E


def _paths(text: str) -> tuple[dict, dict]:
    C._analysed.cache_clear()
    return dict(C.keyword_matches(text)), {c: tuple(ts) for c, ts in _slow_matches(text).items()}


# 4. a look-alike blanked leaves another at its clause's end, or an admission without the hospital word that turned
# it down: the rest is read as any text is, on both paths (the reference had read the first kind health)
@pytest.mark.parametrize("text", [
    "admitted this afternoon w/ a sigh surgery has open surgery is fully booked",
    "ward emergency admitted into the icu nursing residency surgery has closing",
    "admitted tonight w/ my new badge admitted into a ward as an hca at the hospital for work",
    "admitted to general surgery training programme admitted today with shame admitted yesterday w/ distinction "
    "café is in the hospital",
])
def test_a_look_alike_after_another_reads_alike_on_both_paths(text: str) -> None:
    fast, slow = _paths(text)
    assert fast == slow == {}


def test_dense_mixes_of_admission_and_hospital_look_alikes_read_alike_on_both_paths() -> None:
    hospital = re.compile(E._HOSPITAL_AFTER[E._HOSPITAL_AFTER.index("(?:hosp"):])
    admissions = [p for p in S.EVERYDAY_PHRASES if p.startswith("admitted")]
    holding = [p for p in S.EVERYDAY_PHRASES if hospital.search(" " + p) and not p.startswith("admitted")]
    terms = [t for t in S.TERMS["health"] if "admitted" in t or "kept" in t]
    extra = ["the", "and", "with", "a", "sepsis", "hospital", "ward", ",", ".", "then", "emergency", "lol"]
    rng = random.Random(5620261206)
    read = 0
    for _ in range(600):
        text = " ".join(rng.choice(rng.choice([admissions, admissions, holding, terms, extra]))
                        for _ in range(rng.randint(2, 5)))
        fast, slow = _paths(text)
        assert fast == slow, text
        read += bool(fast)
    assert 100 < read < 500  # both readings are exercised


# 1. what follows "admitted <time> with" as a class — a ticket, a pass, an ID or a card, the company, a feeling or a
# confession's manner: none
@pytest.mark.parametrize("text", [
    "admitted last night with a VIP ticket", "admitted last night with a VIP ticket to the gig",
    "got admitted last night with a backstage pass", "admitted tonight with a plus one",
    "admitted last night with a hangover", "admitted yesterday with a student card",
    "admitted on saturday with a free pass",
    "admitted last night with a season ticket", "admitted last night with an e-ticket",
    "admitted yesterday with a broken heart", "he admitted last night, with a straight face, that he lied",
    "he admitted last night with some reluctance", "admitted last night with no ID",
    "admitted last night with a fake ticket",
    "admitted last night with my brother's ID", "admitted with my best mates", "admitted with my work colleagues",
    "she admitted with a nervous laugh that she forgot", "admitted with a heavy heart that it was over",
])
def test_admitted_with_a_ticket_a_companion_or_a_feeling_is_none(text: str) -> None:
    assert special_category(text) is None
    fast, slow = _paths(text)
    assert fast == slow
    assert not any(C.is_sensitive(c) for c in fast)


# … an illness, or the hospital's words, beside them: health
@pytest.mark.parametrize("text", [
    "admitted last night with a broken hip", "admitted last night with a UTI", "admitted last night with chest pain",
    "admitted last night with a heart attack", "admitted with a weak heart", "admitted with a heart condition",
    "admitted with a broken heart valve", "admitted last night with a heart murmur",
    "admitted last night with a hangover and dehydration", "admitted last night with a ticket and chest pains",
    "admitted last night with a VIP ticket, then chest pains", "admitted last night with my mates to A&E",
    "admitted last night with a card for my mum in hospital", "admitted last night with alcohol poisoning",
    "admitted with my mates and a broken ankle", "admitted last night with a VIP ticket and a migraine",
    "admitted with group A strep", "admitted with a bad heart", "admitted with a gastric band",
    "admitted with a swollen face",
])
def test_admitted_with_an_illness_beside_them_is_health(text: str) -> None:
    assert special_category(text) == "health"


# 5. a hospital's unit named by what it treats: health; a school's field of study, a ward's student or sister: none
@pytest.mark.parametrize(("text", "expected"), [
    ("admitted to the burns unit with third-degree burns", "health"), ("admitted to the burns unit", "health"),
    ("admitted to the burns ward with burns", "health"), ("admitted to the coronary care unit", "health"),
    ("admitted to the burns unit as a nurse", None), ("admitted to the renal unit as a student", None),
    ("admitted to university for surgery", None), ("admitted to King's College for surgery", None),
    ("admitted to the college for cardiac surgery training", None), ("admitted to the academy for surgery", None),
    ("admitted to the university hospital for surgery", "health"), ("admitted to Stanford for surgery", "health"),
    ("admitted to the ward as a student", None), ("admitted to the ward as a sister", None),
    ("admitted to the ward as a student with my mentor", None),
    ("admitted to the ward as a student with meningitis", "health"), ("admitted to the ward as a sister with sepsis",
                                                                      "health"),
])
def test_units_schools_and_ward_roles(text: str, expected: str | None) -> None:
    assert special_category(text) == expected


# 2. a negated union question's answer read per language (everyday.UNION_ANSWERS): her yes is her membership, a no, a
# question asked back or a retraction none
@pytest.mark.parametrize(("text", "expected"), [
    ("Bist du nicht in der Gewerkschaft? Nein", None), ("Bist du nicht in der Gewerkschaft? Doch, bin ich", "union"),
    ("Nicht in der Gewerkschaft? Doch!", "union"), ("Du bist nicht in der Gewerkschaft? Ja, bin ich nicht", None),
    ("Du bist nicht in der Gewerkschaft? Doch, nicht mehr", None),
    ("Bist du nicht in der Gewerkschaft? Doch, seit 2019", "union"),
    ("¿No estás en el sindicato? No", None), ("¿No estás en el sindicato? Sí, estoy", "union"),
    ("¿No estás en el sindicato? Claro que sí", "union"), ("¿No estás en el sindicato? No, ya no", None),
    ("Tu n'es pas au syndicat ? Non", None), ("Tu n'es pas au syndicat ? Si !", "union"),
    ("Tu n'es pas au syndicat ? Si, je le suis depuis 2019", "union"), ("Tu n'es pas au syndicat ? Pas du tout", None),
    ("Você não está no sindicato? Não", None), ("Você não está no sindicato? Estou sim", "union"),
    ("Você não está no sindicato? Não, saí", None),
    ("Ich bin nicht in der Gewerkschaft. Und du?", None), ("No estoy en el sindicato. ¿Y tú?", None),
    ("Je ne suis pas au syndicat. Et toi ?", None), ("Não estou no sindicato. E você?", None),
    ("Ich bin nicht in der Gewerkschaft. Und du? Ich schon.", "union"),
    ("not in the union? yes I am", "union"), ("not in the union? yes I am, since 2019", "union"),
    ("not in the union? yes I am — proud member", "union"), ('not in the union? "yes I am"', "union"),
    ("not in the union? sure I am", "union"), ("not in the union? I joined last year", "union"),
    ("not in the union? yes I am, jk", None), ("not in the union? yes I am jk", None),
    ("not in the union? yes I am, I quit last year", None), ("not in the union? yes I am /s", None),
    ("not in the union? yes I am. not.", None), ("not in the union? yes I am no longer", None),
    ('"not in the union?" "yes I am" he said', None), ("not in the union? I joined the gym instead", None),
    # T52 3: a question in German / Spanish / French / Portuguese answered in English (union before ART56)
    ("Bist du nicht in der Gewerkschaft? yes I am", "union"), ("¿No estás en el sindicato? yes I am", "union"),
    ("Tu n'es pas au syndicat ? yes I am", "union"), ("Você não está no sindicato? yes I am", "union"),
    ("Bist du nicht in der Gewerkschaft? yes I am tired", None),
])
def test_a_negated_union_question_s_answer_in_five_languages(text: str, expected: str | None) -> None:
    assert special_category(text) == expected
    fast, slow = _paths(text)
    assert fast == slow


# 3. --help and the flag-off notes name every special category the keyword map reads, from its table
def test_help_and_notes_name_every_special_category_of_the_map() -> None:
    from typer.testing import CliRunner

    from dataexam import cli
    from dataexam.art9 import ART9_CATEGORIES, ART9_WORDS
    from dataexam.inference.trust import SET_ASIDE_NOTE
    from dataexam.report.view import SENSITIVE_OFF

    assert ART9_CATEGORIES == tuple(c.removeprefix(C.SENSITIVE_PREFIX) for c in C.CATEGORIES if C.is_sensitive(c))
    assert ART9_WORDS == "health, religion, politics, sexuality, union membership, ethnicity"
    assert SENSITIVE_OFF == ("Sensitive findings (health, religion, politics, sexuality, union membership, ethnicity) "
                             "are off; --include-sensitive turns them on.")
    assert f"(GDPR Art. 9: {ART9_WORDS})" in SET_ASIDE_NOTE and f"(GDPR Art. 9: {ART9_WORDS})" in cli.SCAN_SET_ASIDE
    for command, said in (("report", f"Include GDPR Art. 9 signals ({ART9_WORDS})."),
                          ("scan", f"Count purchases in GDPR Art. 9 categories ({ART9_WORDS}) too")):
        result = CliRunner().invoke(cli.app, [command, "--help"], env={"COLUMNS": "200", "NO_COLOR": "1"})
        assert result.exit_code == 0
        assert said in " ".join(result.stdout.split())


# PERF: each cut of the phrases' regex is searched again only once the search has passed its next match (each one
# from each phrase found to the text's end had made "Ich bin nicht in der Gewerkschaft. " 2,000 times take 40 s)
def test_a_cut_is_searched_again_only_past_its_next_match(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    search = S._cut_search
    monkeypatch.setattr(S, "_cut_search", lambda *args: calls.append(args[2]) or search(*args))
    lowered = "ich bin nicht in der gewerkschaft. " * 200
    assert len(S.everyday_spans(lowered)) == 200
    assert len(calls) <= 200 + 3  # one search per phrase found and one per cut ("bin", "nicht", "in")
    monkeypatch.undo()
    C._analysed.cache_clear()
    assert special_category("Ich bin nicht in der Gewerkschaft. " * 200) is None
    assert special_category("Bist du nicht in der Gewerkschaft? Nein. " * 200) is None
