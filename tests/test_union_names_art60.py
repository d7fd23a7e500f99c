"""ART60 (T55B 3, 6, 12): union names and compounds in the question of being in the union; the cap on the union row
alone; affirmations after her yes.

Before: the question ART59 read her answer after was the bare union words only, so a union's name or a compound
("Bist du nicht in der IG Metall? Doch, bin ich. Hab aber gekündigt", "… gewerkschaftlich organisiert?", "You're not in
the Teamsters? yes I am. quit in May", "¿No estás en CCOO? …", "Você não é sindicalizado? Sou sim. Saí …") read union
at high; "unionized", "syndiqué·e", "afiliado a la CNT", "à la CGT", "adhérent à FO", "à CUT", "Força Sindical"
read nothing;
one answer that went on lowered the whole finding (the health row too); "war nie raus", "Até hoje, com orgulho",
"Hasta la victoria siempre" counted as words that may take her yes back; "Estou sim. Não mais" read union (medium) and
"yes I am 💪 solidarity" none. Every text is invented.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from test_inference_synth import Stream

from dataexam.categories import special_category
from dataexam.inference import infer
from dataexam.special_terms import ANSWER_GOES_ON, ANSWER_TAKEN_BACK, union_answer_goes_on

NOW = datetime(2025, 6, 1, tzinfo=UTC)
T0 = datetime(2024, 1, 1, 9, tzinfo=UTC)


def _finding(texts: list[str], n: int = 4):
    s = Stream("x.zip")
    events = [s.ev(T0 + timedelta(days=i, hours=i % 7), "twitter.tweet", f"{texts[i % len(texts)]}")
              for i in range(n)]
    return infer(events, now=NOW, include_sensitive=True).finding("sensitive_signals")


# the question with a union's name or a compound, answered yes then taken back: union capped at medium (were high)
NAMES_TAKEN_BACK = [
    "Bist du nicht in der IG Metall? Doch, bin ich. Hab aber gekündigt",
    "Bist du nicht gewerkschaftlich organisiert? Doch, bin ich. Hab aber gekündigt",
    "Bist du kein Gewerkschaftsmitglied? Doch, bin ich. Hab aber gekündigt",
    "You're not in the Teamsters? yes I am. quit in May",
    "You're not in the UAW? yes I am. cancelled it last year",
    "You're not in the AFL-CIO? yes I am. quit in May",
    "not a union member? yes I am. quit last year",
    "¿No estás en CCOO? Sí, estoy. Lo dejé el año pasado",
    "¿No estás sindicalizada? Sí, lo estoy. Lo dejé el año pasado",
    "Você não é sindicalizado? Sou sim. Saí no ano passado",
    "Você não é filiado à CUT? Sou sim. Saí no ano passado",
    "Você não está na Força Sindical? Estou sim. Cancelei em maio",
]

# the question with a name or a compound in German, Spanish, French or Portuguese answered no, or yes taken back at
# once: none, as the bare union word's question reads (were union at high)
NAMES_NONE = [
    "Bist du nicht bei ver.di? Doch, bin ich. Bin letztes Jahr ausgetreten",
    "Bist du nicht in der IG BCE? Doch, bin ich. Nicht mehr",
    "Bist du nicht in der IG Metall? Nein", "Bist du nicht gewerkschaftlich organisiert? Nein",
    "Bist du kein Gewerkschaftsmitglied? Nein", "Ich bin nicht in der IG Metall",
    "¿No estás en la CNT? Sí, lo estoy. Ya no", "¿No estás sindicado? No", "¿No estás en CCOO? No",
    "¿No estás afiliado al sindicato? No",
    "Tu n'es pas à FO ? Si, je le suis. Plus maintenant", "Tu n'es pas à la CGT ? Non", "Tu n'es pas syndiqué ? Non",
    "Je ne suis pas syndiquée",
    "Você não é sindicalizado? Não", "Você não é filiado à CUT? Não", "Você não é sindicalizado? Sou sim. Não mais",
    # ART61 (T55B 3: English names taken back at once read union at medium, German's none)
    "You're not in SEIU? yes I am. not anymore",
]

# the same question answered yes, ending there: union at high
NAMES_YES = [
    "Bist du nicht in der IG Metall? Doch, bin ich",
    "You're not in the Teamsters? yes I am",
    "Você não é filiado à CUT? Sou sim",
]

# plain statements with the names and compounds now read: union at high (were none)
NEW_PLAIN = [
    "Estoy afiliado a la CNT", "Estoy afiliado a UGT",
    "Je suis adhérent à FO", "Je suis syndiqué", "Sou filiado à CUT", "Estou na Força Sindical",
]

# the names' and participles' other senses: none
NOT_UNION = [
    "Let's unite and win this one", "The choir sang in unison", "watching GMB this morning",
    "Unite against hate rally at noon", "Heute Verdi in der Oper", "Le FO de la pièce", "Fiz um cut no vídeo",
    "prêt syndiqué de 500 M€ signé", "Un crédit syndiqué pour la boîte", "unionized ammonia levels in the pond",
    "my CGT bill is due", "Unite these two tables in SQL", "the director's cut is out",
    # T56B 1–4 (ART60's first names read these as union at high): German's "gew." (gewünscht, gewählt), Ecuador's
    # telephone company CNT, a film's cut in Portuguese, "à FO" in Portuguese
    "Die gew. Ware kam heute nicht an", "Bitte in der gew. Reihenfolge sortieren", "in der gew. Qualität",
    "Sie ist gew. Mitglied des Stadtrats", "Mi internet de la CNT no funciona", "Recargué saldo de la CNT",
    "Llamé a la CNT y nada", "na cut final ficou melhor", "Ficou ótimo na cut", "Estou na cut final do filme",
    "Vou à FO amanhã",
    # names the lists do not read alone (a "gew." or another CNT reads alike): none, as before ART60
    "Ich bin in der GEW", "Ich bin GEW-Mitglied", "Estoy en la CNT", "Bist du nicht in der GEW? Doch, bin ich",
    # T56D 1–7: the participles and the names beside an article read other things at high (a liver enzyme "a UGT",
    # the French Line "la CGT", syndicated lending, "unite members of both parties") and are read no more: these
    # read none, as before ART60 (a miss, said here so a better reading shows)
    "Aren't you unionized? yes I am", "I'm unionized", "I'm unionised at work", "¿No estás sindicado? Sí, lo estoy",
    "Tu n'es pas syndiqué ? Si, je le suis", "Tu n'es pas à la CGT ? Si, je le suis",
    "We need to unite members of both parties behind this bill", "the drug is cleared by a UGT enzyme in the liver",
    "Tengo Gilbert: mutación en la UGT hepática", "Just joined Unite Students for my second year in Leeds",
    "Le marché des crédits bancaires syndiqués", "On doit syndiquer ce prêt avant vendredi",
    "On a mangé chez Fo hier soir, super pho", "Le paquebot Normandie de la CGT, 1935",
]

# T55B 12: affirmations after her yes go on, and are no words that may take it back
AFFIRMATIONS = [
    ("Bist du nicht in der Gewerkschaft? Doch bin ich, war nie raus", ANSWER_GOES_ON),
    ("Você não está no sindicato? Estou sim. Até hoje, com orgulho", None),
    ("¿No estás en el sindicato? Sí, estoy. Hasta la victoria siempre", ANSWER_GOES_ON),
    ("Tu n'es pas au syndicat ? Si, je le suis depuis 2010 et je ne suis jamais sorti", ANSWER_GOES_ON),
    ("not in the union? yes I am, still am, proudly", ANSWER_GOES_ON),
    ("not in the union? yes I am. never quit", ANSWER_GOES_ON),
    ("¿No estás en el sindicato? Sí, estoy. Nunca lo dejé", ANSWER_GOES_ON),
    ("not in the union? yes I am 💪 solidarity", None),
    ("Você não é filiada ao sindicato? Sou sim. Solidariedade!", None),
    # … and what takes it back still does
    ("not in the union? yes I am. quit in May", ANSWER_TAKEN_BACK),
    ("Bist du nicht in der Gewerkschaft? Doch, bin ich. Hab aber gekündigt", ANSWER_TAKEN_BACK),
    ("¿No estás en el sindicato? Sí, estoy. Hasta mayo", ANSWER_TAKEN_BACK),
    ("Você não está no sindicato? Estou sim. Até maio", ANSWER_TAKEN_BACK),
]


@pytest.mark.parametrize("text", NAMES_TAKEN_BACK)
def test_a_name_or_compound_taken_back_is_union_at_medium(text: str) -> None:
    assert union_answer_goes_on(text.lower()) == ANSWER_TAKEN_BACK, text
    f = _finding([text])
    assert f.value["union"]["records"] == 4, text
    assert f.value["union"]["answer_taken_back"] == 4 and f.value["union"]["confidence"] == "medium", text
    assert f.confidence.value == "medium", text  # the union row alone
    assert any("(4 with words that may take it back" in c for c in f.caveats), text


@pytest.mark.parametrize("text", NAMES_NONE)
def test_a_name_or_compound_answered_no_is_none(text: str) -> None:
    assert special_category(text) != "union", text


@pytest.mark.parametrize("text", NAMES_YES)
def test_a_name_or_compound_answered_yes_is_union_at_high(text: str) -> None:
    assert union_answer_goes_on(text.lower()) is None, text
    f = _finding([text])
    assert f.value["union"]["records"] == 4 and "confidence" not in f.value["union"], text
    assert f.confidence.value == "high", text


@pytest.mark.parametrize("text", NEW_PLAIN)
def test_names_and_participles_read_union(text: str) -> None:
    assert special_category(text) == "union", text


@pytest.mark.parametrize("text", NOT_UNION)
def test_their_other_senses_read_none(text: str) -> None:
    assert special_category(text) != "union", text


@pytest.mark.parametrize(("text", "said"), AFFIRMATIONS)
def test_affirmations_are_no_words_that_take_it_back(text: str, said: str | None) -> None:
    assert union_answer_goes_on(text.lower()) == said, text


@pytest.mark.parametrize("text", ["Você não está no sindicato? Estou sim. Não mais",
                                  "Você não está no sindicato? Estou sim, não estou mais"])
def test_nao_mais_takes_her_yes_back(text: str) -> None:
    """T55B 12: "não mais" right after her yes: none (was union at medium)."""
    f = _finding([text])
    assert "union" not in f.value, text


@pytest.mark.parametrize("text", ["not in the union? yes I am 💪 solidarity", "not in the union? yes I am. proud of it",
                                  "Bist du nicht in der Gewerkschaft? Doch, bin ich. Solidarität!"])
def test_solidarity_and_pride_are_her_rows_words(text: str) -> None:
    """T55B 12: "yes I am 💪 solidarity" read none; it is union at high."""
    f = _finding([text])
    assert f.value["union"]["records"] == 4 and f.confidence.value == "high", text
    assert "confidence" not in f.value["union"], text


def test_the_cap_is_on_the_union_row_alone() -> None:
    """T55B 6: one union answer that goes on lowered the whole finding, the health row beside it too. Now the union
    row holds its own confidence (medium, said in the summary) and the finding stays high by its other rows."""
    texts = ["Bist du nicht in der IG Metall? Doch, bin ich. Hab aber gekündigt", "my asthma is worse today",
             "I'm in the union at work"]
    f = _finding(texts, n=9)
    assert f.value["health"]["records"] == 3 and "confidence" not in f.value["health"]
    assert f.value["union"]["records"] == 6 and f.value["union"]["confidence"] == "medium"
    assert f.value["union"]["answer_goes_on"] == 3 and f.value["union"]["answer_taken_back"] == 3
    assert f.confidence.value == "high"
    assert f.summary == ("3 records relate to health; 6 records relate to union (medium: your yes to a question of "
                         "being in the union goes on after it)")
    assert "→ medium at most (the union row alone)" in f.confidence_basis
    assert any(c.startswith("3 union records rest on your yes") for c in f.caveats)
