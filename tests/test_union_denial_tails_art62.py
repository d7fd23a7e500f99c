"""ART62 (T57B 7–8 on ART61): what may follow the person's denial of a union without undoing it, in English, German,
French, Spanish, Portuguese, Italian and Dutch.

Before: "I'm not in the Teamsters. Are you?" (while "… And you?" read none), "I'm not in the Teamsters 🙂" / ":)"
(while "lol" read none), "Not in the Teamsters, sorry", "I'm not in the Teamsters. Never was.", "Aren't you in the
UAW? no. you?", "… no way", "… no sir", "Ich bin nicht in der IG Metall, sorry" / "… 😂", "No estoy en CCOO. Nunca lo
estuve." / "… ¿Tú sí?", "Non sono nel sindacato. Mai stato.", "Ik zit niet bij de vakbond. Nooit gezeten." and a "😂"
after the denial in FR, ES, PT, IT, NL read union at high; "Você não é sindicalizado? Claro que sim" read none.

After: a denial (stated, a negated question with nothing after it, a question answered no) followed to the text's end
only by marks, emoji, emoticons, a laugh, a "sorry", her "never was" or the question asked back reads none; any other
word after it ("I'm not in the Teamsters. I'm in the UAW.", "… 🙂 I'm in SEIU", "… ? no. my wife is though") reads as
written (union, withheld); "Claro que sim" is her yes (union at high), as "Claro que sí" and "Certo che sì" are.
Every text is invented.
"""

from __future__ import annotations

import pytest
from test_union_answers_art61 import ANSWERED_NO, ASKED, ASKED_PLAINLY, STATED, STAYS_UNION, _finding

from dataexam.categories import special_category
from dataexam.special_terms import union_answer_goes_on

LANGUAGES = ("en", "de", "fr", "es", "pt", "it", "nl")

# what may follow a denial without undoing it, per language (each after the denial itself)
TAILS: dict[str, list[str]] = {
    "common": [" 🙂", " 😂", " :)", " :-)", " :D", " ;)", " lol", " haha", "!!", "...", " 🙂🙂", " 😂 lol"],
    "en": [
        ". Are you?", ". And you?", ". You?", ", you?", ". What about you?", ". Never was.", ", never was",
        ", never have been", ". Why?", ", sorry", " sorry", ". Sorry to disappoint", " tbh", " 🙂 sorry",
        ". Never was. And you?", " lol. are you?", " mate", ", sorry :(", ". r u?",
    ],
    "de": [
        ", sorry", ". Und du?", ". Du?", ". Bist du?", ". War ich nie.", ", war ich noch nie", ", leider", ". Warum?",
        ". Du schon?", " 😂 und du?", ". Tut mir leid",
    ],
    "fr": [
        ", désolé", ", désolée", ". Et toi ?", ". Toi ?", ". Jamais été.", ", jamais", " mdr", ". Pourquoi ?",
        ". Et toi, oui ?", ". Es-tu ?", " ptdr",
    ],
    "es": [
        ". ¿Y tú?", ". ¿Tú sí?", ". Nunca lo estuve.", ", nunca", ", lo siento", " jaja", " jajaja", ". ¿Por qué?",
        ". Nunca he estado.", ", perdón", ". ¿Y usted?",
    ],
    "pt": [
        ". E você?", ". Você é?", ". Nunca fui.", ", nunca estive", ", desculpa", " kkk", " rsrs", ". Por quê?",
        ". E vc?", ", desculpe",
    ],
    "it": [
        ". E tu?", ". Tu sì?", ". Mai stato.", ", mai stata", ", scusa", " ahah", ". Perché?", ", mi dispiace",
        ". E voi?", ". Non lo sono mai stato.",
    ],
    "nl": [
        ". En jij?", ". Jij wel?", ". Nooit gezeten.", ". Nooit geweest.", ", sorry", ", helaas", ". Waarom?",
        ". Nog nooit lid geweest.", " haha", ". Ben jij?",
    ],
}
# … and what undoes it: another union of hers, someone else's membership said after it (read as written: union)
UNDOING: dict[str, list[str]] = {
    "en": [
        ". I'm in the UAW.", " 🙂 I'm in SEIU", ", sorry, I'm in the UAW", ". Never was. My wife is though",
        " :) my husband is", ". Are you? my wife is", " lol my dad is",
    ],
    "de": [
        " 😂 bin bei ver.di", ". Bin bei ver.di.", ", sorry, aber meine Frau schon", ". War ich nie. Mein Mann schon",
    ],
    "fr": [" 😂 je suis adhérent à FO", ", désolé, mais ma femme est syndiquée à FO", ". Et toi ? Moi je suis à FO"],
    "es": [" 😂 estoy en UGT", ". Nunca lo estuve. Mi mujer sí", ", lo siento, estoy afiliado a la UGT"],
    "pt": [" 😂 sou filiado à CUT", ". Nunca fui. Minha mulher é", ", desculpa, sou da Força Sindical"],
    "it": [" 😂 sono nella CGIL", ". Mai stato. Mia moglie sì", ", scusa, sono iscritto alla CISL"],
    "nl": [" 😂 wel bij de FNV", ". Nooit gezeten. Mijn vrouw wel", ", sorry, ik ben lid van de FNV"],
}
# her answer no, then what may follow it (the answer's line)
NO_THEN: dict[str, list[str]] = {
    "en": ["no. you?", "no. And you?", "no, why?", "no way", "no sir", "no way 😂", "nope. are you?", "no :)",
           "no, sorry", "no. never was.", "not a chance", "no 😂"],
    "de": ["Nein. Du?", "Nein. Und du?", "Nein, sorry", "Nein 😂", "Nee, warum?", "Nein. War ich nie."],
    "fr": ["Non. Et toi ?", "Non, désolé", "Non 😂", "Non, pourquoi ?", "Non. Jamais été."],
    "es": ["No. ¿Y tú?", "No. ¿Tú sí?", "No, lo siento", "No 😂", "No, ¿por qué?", "No. Nunca lo estuve."],
    "pt": ["Não. E você?", "Não, desculpa", "Não 😂", "Não, por quê?", "Não. Nunca fui."],
    "it": ["No. E tu?", "No. Tu sì?", "No, scusa", "No 😂", "No, perché?", "No. Mai stato."],
    "nl": ["Nee. En jij?", "Nee. Jij wel?", "Nee, sorry", "Nee 😂", "Nee, waarom?", "Nee. Nooit gezeten."],
}
NO_THEN_UNDONE: dict[str, list[str]] = {
    "en": ["no. my wife is though", "no 😂 my husband is", "no way, I'm in the UAW for life", "no, sorry, I'm in SEIU",
           "no. you? my wife is"],
    "de": ["Nein 😂 meine Frau schon", "Nein, sorry, bin bei ver.di"],
    "fr": ["Non 😂 ma femme est syndiquée", "Non, désolé, je suis adhérent à FO"],
    "es": ["No 😂 mi mujer sí", "No, lo siento, estoy en UGT"],
    "pt": ["Não 😂 minha mulher é", "Não, desculpa, sou filiado à CUT"],
    "it": ["No 😂 mia moglie sì", "No, scusa, sono nella CGIL"],
    "nl": ["Nee 😂 mijn vrouw wel", "Nee, sorry, ik ben lid van de FNV"],
}


def _tails(lang: str) -> list[str]:
    return [*TAILS["common"], *TAILS[lang]]


GRID_NONE = {
    lang: [
        *(f"{s}{t}" for s in STATED[lang] for t in _tails(lang)),
        *(f"{q} {a}" for q in ASKED[lang] for a in NO_THEN[lang]),
        *(f"{q} {a}" for q in ASKED_PLAINLY[lang] for a in NO_THEN[lang]),
        # the question with nothing after its mark but an emoji or a laugh: asked of her, as ART61's alone
        *(f"{q} {ANSWERED_NO[lang][0]}{t}" for q in ASKED[lang][:3] for t in _tails(lang)),
    ]
    for lang in LANGUAGES
}
# (not "a member of the union" without a name: "My wife is a member of the union" names no union the lists read, so
# "… ? no. my wife is though" reads none by itself — ART62's report, left alone)
_NAMED = "member of the union"
GRID_UNION = {
    lang: [
        *(f"{s}{t}" for s in STATED[lang] if _NAMED not in s for t in UNDOING[lang]),
        # (ART63: the negated question ART54–ART60 read in German, French, Spanish and Portuguese is read alike —
        # "Bist du nicht in der IG Metall? Nein, aber meine Frau schon" was none answered anything but yes)
        *(f"{q} {a}" for q in ASKED[lang] if _NAMED not in q for a in NO_THEN_UNDONE[lang]),
        *(f"{q} {a}" for q in ASKED_PLAINLY[lang] if _NAMED not in q for a in NO_THEN_UNDONE[lang]),
    ]
    for lang in LANGUAGES
}


def test_the_grid_is_seven_languages() -> None:
    assert set(GRID_NONE) == set(GRID_UNION) == set(LANGUAGES)
    assert sum(map(len, GRID_NONE.values())) >= 1500 and sum(map(len, GRID_UNION.values())) >= 150
    assert all(len(GRID_NONE[lang]) >= 100 and len(GRID_UNION[lang]) >= 10 for lang in LANGUAGES)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_denial_with_a_tail_reads_none(lang: str) -> None:
    wrong = [t for t in GRID_NONE[lang] if special_category(t) == "union"]
    assert not wrong, (len(wrong), len(GRID_NONE[lang]), wrong[:20])


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_tail_that_undoes_it_reads_union(lang: str) -> None:
    wrong = [t for t in GRID_UNION[lang] if special_category(t) != "union"]
    assert not wrong, (len(wrong), len(GRID_UNION[lang]), wrong[:20])


# the brief's own look-alikes, and ART61's hundred-odd that stay union
@pytest.mark.parametrize(
    "text",
    [
        "I'm not in the Teamsters. I'm in the UAW.",
        "Aren't you in the UAW? no. my wife is though",
        "not in the Teamsters 🙂 I'm in SEIU",
        "I'm not in the Teamsters, I'm in the UAW",
        "You're not in the Teamsters? no, but my wife is",
        "Aren't you in the Teamsters? no doubt",
        "Aren't you in the Teamsters? no question",
        "I'm not in the Teamsters. Are you? I am in the union",
        "I'm not in the Teamsters, you are",
        "I'm not in the Teamsters 🙂 not yet",
        *STAYS_UNION,
    ],
)
def test_look_alikes_stay_union(text: str) -> None:
    assert special_category(text) == "union", text


# her yes "Claro que sim" / "Com certeza" (as Spanish "Claro que sí", Italian "Certo che sì"): union at high
PT_YES = [
    f"{q} {a}"
    for q in ("Você não é sindicalizado?", "Você não é filiado à CUT?", "Você não está no sindicato?",
              "Você não está na Força Sindical?", "Você não é sindicalizada?")
    for a in ("Claro que sim", "Claro que sim!", "Com certeza", "claro que sim 💪", "Claro que sim, desde 2010")
]


@pytest.mark.parametrize("text", PT_YES)
def test_claro_que_sim_is_her_yes(text: str) -> None:
    assert special_category(text) == "union", text
    assert union_answer_goes_on(text.lower()) is None, text


def test_claro_que_sim_in_a_report_is_high() -> None:
    f = _finding(["Você não é sindicalizado? Claro que sim"])
    assert f.value["union"]["records"] == 4 and "confidence" not in f.value["union"]
    assert f.confidence.value == "high"


@pytest.mark.parametrize(
    "text",
    ["Você não é sindicalizado? Claro que sim. Não mais", "Você não é filiado à CUT? Claro que sim\nnão sou mais"],
)
def test_claro_que_sim_taken_back_at_once_is_none(text: str) -> None:
    assert special_category(text) != "union", text


@pytest.mark.parametrize(
    "texts",
    [
        ["I'm not in the Teamsters. Are you?", "I'm not in the Teamsters 🙂", "Not in the Teamsters, sorry",
         "I'm not in the Teamsters. Never was.", "Aren't you in the UAW? no. you?"],
        ["Ich bin nicht in der IG Metall 😂", "No estoy en CCOO. ¿Tú sí?", "Non sono nel sindacato. Mai stato.",
         "Ik zit niet bij de vakbond. Nooit gezeten.", "Je ne suis pas au syndicat 😂"],
    ],
)
def test_denials_in_a_report_make_no_union_row(texts: list[str]) -> None:
    """T57B's end-to-end case: ten denials made "10 records relate to union" at high."""
    f = _finding(texts, n=10)
    assert f is None or "union" not in f.value
