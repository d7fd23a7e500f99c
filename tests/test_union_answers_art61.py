"""ART61 (T55B 3 and 12, ART60's leftover): a union's name or member word said with a negation, and the question of
being in it answered no or taken back, in English, German, French, Spanish, Portuguese, Italian and Dutch.

Before: "You're not in the Teamsters? no", "Aren't you a union member? nope", "Non sei iscritto alla CGIL? No", "Ben
je niet lid van de FNV? Nee", "Tu n'es pas adhérent à FO ? Non", "¿No estás afiliada a la CNT? No" and the statements
("I'm not in the Teamsters", "Non sono iscritto alla CGIL") read union at high — ART54–ART60's "not in a union" read
German, Spanish, Portuguese and French with the names listed then; "You're not in SEIU? yes I am. not anymore" read
union at medium (German's "Doch, bin ich. Nicht mehr" none); "Você não é sindicalizado? Sou sim.\\nNão mais" (her
retraction on the next line, her next message) union at medium while "Sou sim. Não mais" on one line read none.

After: the negation to its clause's end, or the question with nothing after it, answered no or yes taken back at once,
reads none; her yes ("yes", "yes I am", "Doch", "Sì, lo sono", "Jawel" …) keeps it union, at high; anything else after
the name or the question ("I'm not in the Teamsters, I'm in the UAW", "… ? no, but my wife is") reads as written.
Every text is invented.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from test_inference_synth import Stream

from dataexam.categories import special_category
from dataexam.inference import infer
from dataexam.special_terms import ANSWER_GOES_ON, ANSWER_TAKEN_BACK, union_answer_goes_on

NOW = datetime(2025, 6, 1, tzinfo=UTC)
T0 = datetime(2024, 1, 1, 9, tzinfo=UTC)

# the negated question with each union name or member word the lists read, per language
ASKED = {
    "en": [
        "You're not in the Teamsters?",
        "Aren't you in the Teamsters?",
        "You're not in the UAW?",
        "Aren't you in SEIU?",
        "You're not in the AFL-CIO?",
        "Aren't you in Unite the Union?",
        "Aren't you a union member?",
        "You're not a union member?",
        "Aren't you an RMT member?",
        "You're not a Unison member?",
        "Aren't you a GMB member?",
        "You're not a UCU member?",
        "Aren't you in a labor union?",
        "You're not a member of the Teamsters?",
        "Aren't you in the GMB union?",
        "Aren't you a member of the union?",
        "Aren’t you in the Teamsters?",
        "you're never been in the teamsters?",
    ],
    "de": [
        "Bist du nicht in der IG Metall?",
        "Bist du nicht bei ver.di?",
        "Bist du nicht in der Gewerkschaft?",
        "Bist du kein Gewerkschaftsmitglied?",
        "Bist du nicht in der IG BCE?",
        "Bist du nicht gewerkschaftlich organisiert?",
        "Bist du nicht im DGB?",
        "Bist du nicht Mitglied der IG Metall?",
        "Bist du kein Mitglied bei ver.di?",
    ],
    "fr": [
        "Tu n'es pas au syndicat ?",
        "Tu n'es pas adhérent à FO ?",
        "Tu n'es pas à Force ouvrière ?",
        "Tu n'es pas syndicaliste ?",
        "Vous n'êtes pas adhérente à FO ?",
    ],
    "es": [
        "¿No estás en CCOO?",
        "¿No estás en el sindicato?",
        "¿No estás afiliado a UGT?",
        "¿No estás afiliada a la CNT?",
        "¿No estás sindicalizado?",
        "¿No eres afiliado a la UGT?",
    ],
    "pt": [
        "Você não é sindicalizado?",
        "Você não está no sindicato?",
        "Você não é filiado à CUT?",
        "Você não está na Força Sindical?",
        "Você não é filiada a CUT?",
    ],
    "it": [
        "Non sei iscritto alla CGIL?",
        "Non sei nella CISL?",
        "Non sei nel sindacato?",
        "Non sei iscritta al sindacato?",
        "Non sei tesserato della CGIL?",
        "Tu non sei mai stato iscritto a un sindacato?",
    ],
    "nl": [
        "Ben je niet lid van de FNV?",
        "Zit je niet bij de vakbond?",
        "Ben je geen vakbondslid?",
        "Ben je geen lid van de vakbond?",
        "Ben je geen FNV-lid?",
        "Ben je niet aangesloten bij de vakbond?",
    ],
}
# … the person's statement of the same
STATED = {
    "en": [
        "I'm not in the Teamsters",
        "I am not a union member anymore",
        "I'm not in the UAW. And you?",
        "never been a member of the Teamsters",
        "I'm no longer in SEIU",
        "I'm not a member of the union",
    ],
    "de": ["Ich bin nicht in der IG Metall", "Ich bin kein Mitglied der IG Metall", "Ich bin nicht mehr bei ver.di"],
    "fr": ["Je ne suis pas adhérente à FO", "Je ne suis plus syndicaliste", "Je ne suis pas au syndicat"],
    "es": ["No estoy afiliado a la UGT", "No estoy en CCOO", "No estoy afiliada a la CNT. ¿Y tú?"],
    "pt": ["Não sou filiado à CUT", "Não estou na Força Sindical", "Não sou sindicalizada"],
    "it": ["Non sono iscritto alla CGIL", "Non sono nel sindacato", "Io non sono iscritta a nessun sindacato"],
    "nl": ["Ik ben geen lid van de vakbond", "Ik zit niet bij de vakbond", "Ik ben niet meer lid van de FNV"],
}
ANSWERED_NO = {
    "en": ["no", "nope", "not me", "never was", "nah", "no I'm not", "no lol", "nope 🙂"],
    "de": ["Nein", "Nee", "Nein, bin ich nicht", "Nö", "Nee, nie gewesen"],
    "fr": ["Non", "Non, jamais", "Pas du tout", "Non, je ne le suis pas"],
    "es": ["No", "Nunca", "No, no lo estoy", "Para nada"],
    "pt": ["Não", "Nunca fui", "Não sou", "Não, não sou"],
    "it": ["No", "Mai", "No, non lo sono", "Per niente"],
    "nl": ["Nee", "Nooit", "Nee hoor", "Nee, ben ik niet"],
}
ANSWERED_YES = {
    "en": ["yes", "yes I am", "yeah I am", "yep", "yes I am, since 2019", "lol yes"],
    "de": ["Doch", "Doch, bin ich", "Ja, bin ich"],
    "fr": ["Si", "Si, je le suis"],
    "es": ["Sí, lo estoy", "Sí"],
    "pt": ["Sou sim", "Estou sim", "Sim"],
    "it": ["Sì", "Sì, lo sono", "Certo", "Certo che sì"],
    "nl": ["Jawel", "Ja, ben ik wel", "Ja hoor", "Zeker"],
}
# her yes taken back at once, on its line and on the next (her next message)
TAKEN_BACK = {
    "en": ["yes I am. not anymore", "yes I am\nnot anymore", "yes I am jk", "yeah\nnot anymore"],
    "de": ["Doch, bin ich. Nicht mehr", "Doch, bin ich.\nNicht mehr"],
    "fr": ["Si, je le suis. Plus maintenant", "Si, je le suis.\nPlus maintenant"],
    "es": ["Sí, lo estoy. Ya no", "Sí, lo estoy.\nYa no"],
    "pt": ["Sou sim. Não mais", "Sou sim.\nNão mais", "Estou sim\nnão estou mais"],
    "it": ["Sì, lo sono. Non più", "Sì, lo sono.\nNon più"],
    "nl": ["Jawel. Niet meer", "Jawel.\nNiet meer"],
}

GRID_NONE = [
    *(q for qs in ASKED.values() for q in qs),
    *(s for ss in STATED.values() for s in ss),
    *(f"{q} {a}" for lang, qs in ASKED.items() for q in qs for a in ANSWERED_NO[lang]),
    *(f"{q} {a}" for lang, qs in ASKED.items() for q in qs for a in TAKEN_BACK[lang]),
]
GRID_YES = [f"{q} {a}" for lang, qs in ASKED.items() for q in qs for a in ANSWERED_YES[lang]]


def test_the_grid_is_the_whole_class() -> None:
    """Seven languages, every name the lists read in each: 55 questions, 24 statements, 301 answers no, 151 yes taken
    back at once (531 none), 220 yes."""
    assert (
        set(ASKED)
        == set(STATED)
        == set(ANSWERED_NO)
        == set(ANSWERED_YES)
        == set(TAKEN_BACK)
        == {"en", "de", "fr", "es", "pt", "it", "nl"}
    )
    assert len(GRID_NONE) >= 400 and len(GRID_YES) >= 150


@pytest.mark.parametrize("text", GRID_NONE)
def test_not_a_member_reads_none(text: str) -> None:
    assert special_category(text) != "union", text


@pytest.mark.parametrize("text", GRID_YES)
def test_her_yes_is_union_at_high(text: str) -> None:
    assert special_category(text) == "union", text
    assert union_answer_goes_on(text.lower()) is None, text


@pytest.mark.parametrize(
    "text",
    [
        "You're not in the Teamsters? yes",
        "Non sei iscritto alla CGIL? Sì, lo sono",
        "Ben je niet lid van de FNV? Jawel",
        "Aren't you a union member? yep",
    ],
)
def test_her_yes_in_a_report_is_high(text: str) -> None:
    f = _finding([text])
    assert f.value["union"]["records"] == 4 and "confidence" not in f.value["union"], text
    assert f.confidence.value == "high", text


@pytest.mark.parametrize(
    "text",
    [
        "You're not in the Teamsters? yes I am. quit in May",
        "You're not in the Teamsters? yes. quit in May",
        "Aren't you a union member? yeah. cancelled it last year",
    ],
)
def test_a_yes_taken_back_later_stays_medium(text: str) -> None:
    """Only a retraction said at once reads none; a word that may take her yes back later caps it (ART59)."""
    assert union_answer_goes_on(text.lower()) == ANSWER_TAKEN_BACK, text
    f = _finding([text])
    assert f.value["union"]["records"] == 4 and f.value["union"]["confidence"] == "medium", text


@pytest.mark.parametrize(
    "text",
    [
        "You're not in SEIU? yes I am. not anymore",
        "Aren't you in the Teamsters? yes I am. not anymore",
        "Aren't you unionized? yes I am. not anymore",
        "Aren't you unionized? yes I am\nnot anymore",
        "Você não é sindicalizado? Sou sim.\nNão mais",
        "Você não está no sindicato? Estou sim\nnão estou mais",
    ],
)
def test_taken_back_at_once_is_no_union_row(text: str) -> None:
    """T55B 12 / brief 2: were union at medium."""
    assert "union" not in _finding([text]).value, text


# the question asked plainly: none answered no or taken back at once; union answered yes, and asked alone (someone's
# union asked of: as written)
ASKED_PLAINLY = {
    "en": [
        "Are you in the Teamsters?",
        "Are you a union member?",
        "r u in the UAW?",
        "Are you still in SEIU?",
        "Are you a member of the union?",
    ],
    "de": [
        "Bist du in der IG Metall?",
        "Bist du bei ver.di?",
        "Bist du in der Gewerkschaft?",
        "Bist du Gewerkschaftsmitglied?",
    ],
    "fr": ["Tu es au syndicat ?", "Es-tu adhérent à FO ?", "T'es syndicaliste ?"],
    "es": ["¿Estás en el sindicato?", "¿Estás afiliado a la UGT?", "¿Estás en CCOO?"],
    "pt": ["Você está no sindicato?", "Você é filiado à CUT?", "Você é sindicalizada?"],
    "it": ["Sei iscritto alla CGIL?", "Sei nel sindacato?", "Sei iscritta al sindacato?"],
    "nl": ["Ben je lid van de FNV?", "Zit je bij de vakbond?", "Ben je vakbondslid?"],
}
PLAIN_NONE = [
    f"{q} {a}" for lang, qs in ASKED_PLAINLY.items() for q in qs for a in (*ANSWERED_NO[lang], *TAKEN_BACK[lang])
]
PLAIN_UNION = [
    *(q for qs in ASKED_PLAINLY.values() for q in qs),
    *(f"{q} {a}" for lang, qs in ASKED_PLAINLY.items() for q in qs for a in ANSWERED_YES[lang]),
]


@pytest.mark.parametrize("text", PLAIN_NONE)
def test_asked_plainly_and_answered_no_reads_none(text: str) -> None:
    assert special_category(text) != "union", text


@pytest.mark.parametrize("text", PLAIN_UNION)
def test_asked_plainly_alone_or_answered_yes_is_union(text: str) -> None:
    assert special_category(text) == "union", text


# Italian and Dutch in ART59's table too: what follows her yes caps the union row (medium), as in the other languages
ITALIAN_DUTCH_ANSWERS = [
    ("Non sei nel sindacato? Sì, lo sono. Ho lasciato a maggio", ANSWER_TAKEN_BACK),
    ("Non sei iscritto alla CGIL? Sì. Disdetta la tessera a marzo", ANSWER_TAKEN_BACK),
    ("Ben je niet lid van de FNV? Jawel. Opgezegd in mei", ANSWER_TAKEN_BACK),
    ("Zit je niet bij de vakbond? Ja hoor, tot vorig jaar", ANSWER_TAKEN_BACK),
    ("Non sei iscritto alla CGIL? Sì, lo sono. Bel congresso ieri", ANSWER_GOES_ON),
    ("Zit je niet bij de vakbond? Jawel, ik ga morgen naar de vergadering", ANSWER_GOES_ON),
    ("Non sei nel sindacato? Sì, lo sono", None),
    ("Non sei nel sindacato? Sì, lo sono, da 10 anni", None),
    ("Non sei nel sindacato? Certo, con orgoglio", None),
    ("Ben je niet lid van de FNV? Ja, al 10 jaar", None),
    ("Ben je niet lid van de FNV? Jawel, nooit opgezegd", None),
    # (a word that may take it back, negated, goes on: as ART60's "never quit")
    ("Non sei nel sindacato? Sì, lo sono, mai uscito", ANSWER_GOES_ON),
]


@pytest.mark.parametrize(("text", "said"), ITALIAN_DUTCH_ANSWERS)
def test_italian_and_dutch_answers_go_on_or_are_taken_back(text: str, said: str | None) -> None:
    assert special_category(text) == "union", text
    assert union_answer_goes_on(text.lower()) == said, text
    f = _finding([text])
    assert f.value["union"]["records"] == 4, text
    assert f.value["union"].get("confidence") == (None if said is None else "medium"), text


# anything else after the negated name or its question reads as written: union (withheld)
STAYS_UNION = [
    "I'm not in the Teamsters, I'm in the UAW",
    "I'm not in the Teamsters anymore, I joined SEIU",
    "not in the Teamsters but I'm a union member",
    "You're not in the Teamsters? yeah",
    "You're not in the Teamsters? lol yes",
    "You're not in the Teamsters? of course",
    "Aren't you in the UAW? yes I am 💪",
    "Aren't you a union member? yes, shop steward",
    "You're not a member of the Teamsters? yes I am",
    "not only in the Teamsters but also a shop steward",
    "Never in the Teamsters' history has a strike been so big",
    "I'm not in the Teamsters for the money",
    "My dad was never in the Teamsters but my mum is",
    "not a union member yet but joining next week",
    "I'm not in the Teamsters. I'm in the union at work.",
    "Aren't you a union member? I'm the shop steward!",
    "I'm not in the Teamsters? who told you that, I'm a steward",
    "Not in the Teamsters, in the AFL-CIO",
    "you're not in the UAW? yes I am. Best decision ever",
    "aren't you in SEIU? I am, joined in May",
    "aren't you in the AFL-CIO? yes I am",
    "You're not an RMT member? yes I am",
    "aren't you a GMB member? yep, since 2010",
    "You're not a Unison member? of course I am",
    "Aren't you in the GMB union? yes",
    "not in unite the union? yeah I am",
    "Bist du nicht in der IG Metall? Doch, bin ich",
    "Bist du nicht Mitglied der IG Metall? Doch, seit 2015",
    "Bist du kein Mitglied bei ver.di? Doch, bin ich",
    "Ich bin nicht in der IG Metall, aber bei ver.di",
    "Ich bin nicht mehr Mitglied in der IG Metall, sondern im DGB-Vorstand",
    "Tu n'es pas adhérent à FO ? Si, je le suis",
    "Tu n'es pas à Force ouvrière ? Si !",
    "Je ne suis pas syndicaliste, je suis au syndicat depuis 2010",
    "Tu n'es pas syndicaliste ? Si, je le suis depuis 2010",
    "Je ne suis plus adhérent à FO, je suis à la CGT et au syndicat",
    "¿No estás afiliada a la CNT? Sí, lo estoy",
    "¿No estás en CCOO? Sí, estoy",
    "No estoy afiliado a la UGT sino a CCOO",
    "¿No estás afiliado a UGT? Claro que sí",
    "Você não é filiado à CUT? Sou sim",
    "Você não está na Força Sindical? Estou sim, desde 2010",
    "Não sou filiado à CUT, sou da Força Sindical",
    "Non sei iscritto alla CGIL? Sì",
    "Non sei nella CISL? Certo, da 10 anni",
    "Non sei nel sindacato? Certo che sì",
    "Non sono iscritto alla CGIL ma alla CISL",
    "Non sono più nella CGIL, ora sono delegato sindacale",
    "Non sei iscritta al sindacato? Eccome",
    "Ben je niet lid van de FNV? Ja, al 10 jaar",
    "Zit je niet bij de vakbond? Jawel hoor",
    "Ik ben geen FNV-lid maar wel lid van de vakbond",
    "Ik ben niet meer bij de vakbond sinds maart, nu bij de FNV",
    "Ben je geen lid van de vakbond? Natuurlijk wel",
    "Zit je niet bij de vakbond? Tuurlijk",
    "Aren't you in the Teamsters? yeah, I pay my dues",
    "not in the teamsters? yes i am",
    "NOT IN THE TEAMSTERS? YES I AM",
    "You’re not in the Teamsters? yes I am",
    "Aren’t you in the UAW? yeah I am",
    "You're not in the Teamsters?! yes I am!",
    "You're not in the Teamsters? — yes I am",
    "Q: You're not in the Teamsters? A: yes I am",
    "You're not in the Teamsters? well yes",
    "You're not in the Teamsters? um yeah",
    "You're not in the Teamsters? definitely",
    "I was never in the Teamsters until 2019, now I'm a steward",
    "never been in the Teamsters? been a member 20 years",
    "You're not a union member? I am",
    "You're not a union member? I joined last week",
    "not a union member? since 2012 lol yes",
    "I'm not in the Teamsters and proud to be in SEIU",
    "not in the UAW now but still a union member",
    "not in the Teamsters yet, joining the union on Monday",
    "not in the AFL-CIO; my union is",
    "no longer in the Teamsters, still paying union dues",
    "never in the UAW but in the union at work",
    "Non sei iscritto alla CGIL? Sì 💪",
    "Non sei iscritto alla CGIL? ovvio, sì",
    "Ben je niet lid van de FNV? Wel",
    "Ben je niet lid van de FNV? Ja hoor, sinds 2020",
    "Tu n'es pas adhérent à FO ? Si, depuis 2015",
    "¿No estás afiliada a la CNT? Sí, desde 2015",
    "Você não é filiado à CUT? Sim, desde 2015",
    "Bist du nicht Mitglied der IG Metall? Ja, bin ich",
    "Bist du kein Mitglied der Gewerkschaft? Doch, bin ich",
    "not in the Teamsters? 😂 yes I am",
    "Aren't we in the Teamsters? yes we are, all of us",
    "isn't she in the Teamsters? she is, and so am I",
    "I'm not in the teamsters but my husband is, and I go to the union meetings",
    "You're not in SEIU? Yes. Since 2019.",
    "Aren't you in the Teamsters? yes, local 89",
    "Aren't you in the Teamsters? yes and proud",
    "Aren't you in the Teamsters? sure am",
    "You're not in the Teamsters?\nyes I am",
    "You're not in the Teamsters?\nyeah",
    "Non sei nel sindacato?\nSì, lo sono",
    "Ben je niet lid van de FNV?\nJawel",
    "Tu n'es pas syndicaliste ?\nSi, je le suis",
    "Você não é filiado à CUT?\nSou sim",
    "¿No estás afiliado a la UGT?\nSí, lo estoy",
    "You're not in the Teamsters? no, but my wife is",
    "Non sei iscritto alla CGIL? No, ma mio marito sì",
    "Ben je niet lid van de FNV? Nee, maar mijn vrouw wel",
    "Aren't you a union member? nope, I'm the UAW organiser",
    "You're not in the Teamsters?\nsee you at the union meeting",
    "I'm not in the Teamsters lol, I'm in the union at work",
    "Aren't you in the Teamsters? yes I am, quit my second job though",
    "I'm not in the Teamsters yet",
    "I'm not yet in the Teamsters",
    "Are you in the Teamsters? not yet",
    "Aren't you a union member? not yet, joining Monday",
]


def test_stays_union_is_a_hundred() -> None:
    assert len(STAYS_UNION) >= 100 and len(set(STAYS_UNION)) == len(STAYS_UNION)


@pytest.mark.parametrize("text", STAYS_UNION)
def test_anything_else_stays_union(text: str) -> None:
    assert special_category(text) == "union", text


# the same questions and answers of other things: none (her yes reads nothing without a union's word)
_OTHER_QUESTIONS = {
    "en": [
        "Aren't you in the choir?",
        "You're not in the book club?",
        "Aren't you a gym member?",
        "You're not in unison with them?",
        "Aren't you in Unite Students?",
    ],
    "de": ["Bist du nicht im Verein?", "Bist du nicht Mitglied im Chor?"],
    "fr": ["Tu n'es pas au club ?", "Tu n'es pas adhérent à la médiathèque ?"],
    "es": ["¿No estás en el gimnasio?", "¿No estás afiliado al club?"],
    "pt": ["Você não está na academia?", "Você não é filiado ao clube?"],
    "it": ["Non sei nel coro?", "Non sei iscritto alla palestra?"],
    "nl": ["Ben je niet lid van de voetbalclub?", "Zit je niet bij de scouting?"],
}
EVERYDAY = [
    f"{q} {a}"
    for lang, qs in _OTHER_QUESTIONS.items()
    for q in qs
    for a in (*ANSWERED_YES[lang][:3], *ANSWERED_NO[lang][:2], *TAKEN_BACK[lang][:1])
]
EVERYDAY += [
    "The choir was not in unison. no",
    "Not a GMB viewer? yes",
    "not in the cut? yes I am",
    "Non sei alla festa? Sì",
    "Ben je niet bij de FNV-kantine geweest? Jawel",
]


def test_everyday_is_a_hundred() -> None:
    assert len(EVERYDAY) >= 100


@pytest.mark.parametrize("text", EVERYDAY)
def test_other_questions_read_none(text: str) -> None:
    assert special_category(text) is None, text


# DMs: two people, two records — her question's record and his answer's are read each alone (a record's words are
# its own: the gate withholds or quotes each by its own text)
DM_PAIRS = [
    (q, a)
    for lang, qs in ASKED.items()
    for q in qs[:2]
    for a in (ANSWERED_NO[lang][0], ANSWERED_YES[lang][0], TAKEN_BACK[lang][0])
]


@pytest.mark.parametrize(("question", "answer"), DM_PAIRS)
def test_in_two_records_each_reads_alone(question: str, answer: str) -> None:
    """The question alone (nothing after its mark) reads none, as "not in the union?" does; the answer alone names no
    union."""
    assert special_category(question) != "union", question
    assert special_category(answer) is None, answer


@pytest.mark.parametrize("kind", ["twitter.dm", "facebook.message"])
def test_a_dm_thread_quotes_no_union_words_without_the_flag(kind: str) -> None:
    """A thread of the other person's questions and the person's answers (yes, no, taken back), both ways: no union
    row, and no question's words in the report's JSON without --include-sensitive."""
    s = Stream("x.zip")
    events = []
    for i, (question, answer) in enumerate(DM_PAIRS):
        at = T0 + timedelta(days=i % 60, hours=i % 9)
        events.append(s.ev(at, kind, question, actor="other", conversation_id="c1", thread="t1", sender_id="2"))
        events.append(
            s.ev(
                at + timedelta(minutes=2), kind, answer, actor="self", conversation_id="c1", thread="t1", sender_id="1"
            )
        )
    report = infer(events, now=NOW, include_sensitive=False)
    out = json.dumps([f.to_dict() for f in report.findings], default=str, ensure_ascii=False)
    for question, _ in DM_PAIRS:
        assert question not in out, question
    assert report.finding("sensitive_signals") is None or "union" not in report.finding("sensitive_signals").value


def _finding(texts: list[str], n: int = 4):
    s = Stream("x.zip")
    events = [s.ev(T0 + timedelta(days=i, hours=i % 7), "twitter.tweet", texts[i % len(texts)]) for i in range(n)]
    return infer(events, now=NOW, include_sensitive=True).finding("sensitive_signals")
