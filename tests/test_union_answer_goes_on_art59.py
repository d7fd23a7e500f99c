"""ART59 (T54; ART58 and pass 53 reverted): the person's yes to a negated question of being in the union ("not in the
union? yes I am", "Bist du nicht in der Gewerkschaft? Doch, bin ich", "¿No estás en el sindicato? Sí, estoy", "Tu n'es
pas au syndicat ? Si, je le suis", "Você não está no sindicato? Estou sim") followed by more words in the same text.

Before: a retraction after her yes that UNION_ANSWERS does not read right after it read union at high ("… yes I am.
cancelled it yesterday though", "Doch, bin ich. Hab aber gekündigt", "Sí, estoy. Lo dejé el año pasado", "Si, je le
suis. J'ai quitté le syndicat l'an dernier", "Estou sim. Saí no ano passado"): 30 of 68 retractions union at high.
After: the reading itself is unchanged (no none made union, no union made none); where her answer goes on past the
words her row reads, the sensitive_signals finding is at most medium, with a caveat saying so (and whether words that
may take it back follow) that quotes nothing. Every text is invented.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from test_inference_synth import Stream
from typer.testing import CliRunner

from dataexam import cli
from dataexam.categories import special_category
from dataexam.inference import infer
from dataexam.special_terms import ANSWER_GOES_ON, ANSWER_TAKEN_BACK, union_answer_goes_on

NOW = datetime(2025, 6, 1, tzinfo=UTC)
T0 = datetime(2024, 1, 1, 9, tzinfo=UTC)

# (a) retractions after her yes, EN DE ES FR PT: union, now at most medium (were high)
RETRACTED_UNION = [
    'not in the union? yes I am — or was, cancelled my membership in May',
    'not in the union? yes I am. wait no, I resigned',
    'not in the union? yes I am, I mean I was until last month',
    'not in the union? yes I am. cancelled it yesterday though',
    "you're not in the union at work? yes I am, well was. left in june",
    'Bist du nicht in der Gewerkschaft? Doch, bin ich. Hab aber gekündigt',
    'Bist du nicht in der Gewerkschaft? Doch, bin ich. Seit März nicht mehr',
    'Bist du nicht in der Gewerkschaft? Doch, bin ich\nwar, bin raus',
    'Bist du nicht in der Gewerkschaft? Doch, bin ich. Oder war, hab die Mitgliedschaft gekündigt',
    'Bist du nicht in der Gewerkschaft? Doch! Inzwischen nicht mehr',
    '¿No estás en el sindicato? Sí, estoy. Lo dejé el año pasado',
    '¿No estás en el sindicato? Sí, estoy. Me di de baja en enero',
    '¿No estás en el sindicato? Sí, estoy\nbueno, ya no',
    '¿No estás en el sindicato? Sí, estoy. Dejé la afiliación en 2022',
    '¿No estás en el sindicato? Sí, estoy, bueno, estuve hasta marzo',
    '¿No estás en el sindicato? Sí, estoy. Hasta el mes pasado, ahora no',
    "Tu n'es pas au syndicat ? Si, je le suis. Enfin j'ai quitté en mars",
    "Tu n'es pas au syndicat ? Si, je le suis. J'ai quitté le syndicat l'an dernier",
    "Tu n'es pas au syndicat ? Si, je le suis\nenfin plus depuis mars",
    "Tu n'es pas au syndicat ? Si, je le suis. Bon, j'y étais, je suis parti",
    "Tu n'es pas au syndicat ? Si, je le suis. Ou plutôt je l'étais, j'ai résilié mon adhésion",
    "Tu n'es pas au syndicat ? Si, je le suis, enfin, je ne le suis plus",
    'Você não está no sindicato? Estou sim. Saí no ano passado',
    'Você não está no sindicato? Estou sim 😅 saí em março',
    'Você não está no sindicato? Estou sim. Cancelei a filiação em janeiro',
    'Você não está no sindicato? Estou sim. Me desfiliei em 2022',
    'Você não está no sindicato? Estou sim, quer dizer, estava até março',
    'Você não está no sindicato? Estou sim. Deixei o sindicato mês passado',
]



# (a) retractions read none already (UNION_ANSWERS' right-after table, _RETRACTED): unchanged
RETRACTED_NONE = [
    # ART60 (T55B 12: "Não mais" takes her yes back, as "not anymore": none, was union at medium)
    'Você não está no sindicato? Estou sim. Não mais',
    # ART61 (T55B 12: the same on the next line, her next message, read union at medium)
    'Você não está no sindicato? Estou sim\nnão estou mais',
    'not in the union? yes I am. nah I cancelled my membership',
    'not in the union? yes I am, nope, resigned in March',
    'not in the union? yes I am. not anymore',
    'not in the union? yes I am... no longer',
    'not in the union? yes I am jk',
    'not in the union? yes I am lol kidding',
    'not in the union? yes I am. well I was, I quit in 2022',
    'not in the union? yes I am 😂 jk',
    'not in the union? yes I am\nnot anymore tho',
    'not in the union? yes I am. used to be anyway',
    'not in the union? yes I am. Actually no, I left last year',
    'not in the union? yes I am! haha no, I left',
    'not in the union? yes I am. Just kidding, I quit',
    'not in the union? yes I am... not since I left the job',
    'not in the union? yes I am 🙃 not really',
    'Bist du nicht in der Gewerkschaft? Doch, bin ich. War ich mal, jetzt nicht mehr',
    'Bist du nicht in der Gewerkschaft? Doch, bin ich. Nicht mehr',
    'Bist du nicht in der Gewerkschaft? Doch, bin ich – bin aber letztes Jahr ausgetreten',
    'Bist du nicht in der Gewerkschaft? Doch, bin ich 😂 Spaß',
    'Bist du nicht in der Gewerkschaft? Doch, bin ich. Naja, war. Bin ausgetreten',
    'Bist du nicht in der Gewerkschaft? Doch, bin ich. Quatsch, bin letztes Jahr raus',
    'Bist du nicht in der Gewerkschaft? Doch, bin ich, nee, ausgetreten',
    '¿No estás en el sindicato? Sí, estoy. Estaba, pero lo dejé',
    '¿No estás en el sindicato? Sí, estoy. Ya no',
    '¿No estás en el sindicato? Sí, estoy. Bueno, estaba, me salí en marzo',
    '¿No estás en el sindicato? Sí, estoy jaja mentira',
    '¿No estás en el sindicato? Sí, estoy 😅 ya no',
    '¿No estás en el sindicato? Sí, estoy. Es broma, me salí',
    "Tu n'es pas au syndicat ? Si, je le suis. J'étais, mais plus maintenant",
    "Tu n'es pas au syndicat ? Si, je le suis. Plus maintenant",
    "Tu n'es pas au syndicat ? Si, je le suis mdr je rigole",
    "Tu n'es pas au syndicat ? Si, je le suis. Non, j'ai démissionné",
    "Tu n'es pas au syndicat ? Si, je le suis 😅 plus maintenant",
    "Tu n'es pas au syndicat ? Si, je le suis. Je plaisante, j'en suis sorti",
    'Você não está no sindicato? Estou sim. Estava, mas saí',
    'Você não está no sindicato? Estou sim. Já não',
    'Você não está no sindicato? Estou sim kkk mentira',
    'Você não está no sindicato? Estou sim. Brincadeira, saí',
]



# (b) her answer goes on to her membership: union kept, at medium (were high)
GOES_ON_UNION = [
    'not in the union? yes I am. Best decision ever',
    'not in the union? yes I am, paid my dues this morning',
    'not in the union? yes I am. shop steward for 3 years',
    'not in the union? yes I am. we won the pay claim last week',
    'not in the union? yes I am! going to the branch meeting tonight',
    'not in the union? yes I am, everyone at work should join',
    'not in the union? yes I am. Unite, local 12',
    'not in the union? yes I am, and I vote in every ballot',
    'not in the union? yes I am. my rep helped me with the grievance',
    'not in the union? yes I am\ndues come out of my pay every month',
    'not in the union? yes I am. Card carrying since uni',
    "you're not in the union at work? yes I am, joined when I started",
    'Bist du nicht in der Gewerkschaft? Doch, bin ich. Seit 2019 im Betriebsrat',
    'Bist du nicht in der Gewerkschaft? Doch, bin ich. Beste Entscheidung',
    'Bist du nicht in der Gewerkschaft? Doch, bin ich, bei ver.di',
    'Bist du nicht in der Gewerkschaft? Doch, bin ich. Zahle jeden Monat Beitrag',
    'Bist du nicht in der Gewerkschaft? Doch, bin ich. Wir streiken morgen',
    'Bist du nicht in der Gewerkschaft? Doch, bin ich! IG Metall',
    'Bist du nicht in der Gewerkschaft? Doch, bin ich. Vertrauensfrau im Betrieb',
    'Bist du nicht in der Gewerkschaft? Doch, bin ich, und zwar gern',
    'Bist du nicht in der Gewerkschaft? Doch, bin ich\nschon lange',
    'Bist du nicht in der Gewerkschaft? Doch, bin ich. Die GEW hat mir beim Vertrag geholfen',
    'Bist du nicht in der Gewerkschaft? Doch, bin ich. Jeder sollte eintreten',
    '¿No estás en el sindicato? Sí, estoy. Somos muchos',
    '¿No estás en el sindicato? Sí, estoy. Desde 2019 en CCOO',
    '¿No estás en el sindicato? Sí, estoy, en UGT',
    '¿No estás en el sindicato? Sí, estoy. Pago la cuota cada mes',
    '¿No estás en el sindicato? Sí, estoy. Soy delegada sindical',
    '¿No estás en el sindicato? Sí, estoy. La mejor decisión',
    '¿No estás en el sindicato? Sí, estoy\ny orgullosa',
    '¿No estás en el sindicato? Sí, estoy. Todos deberían afiliarse',
    '¿No estás en el sindicato? Sí, estoy. Me ayudaron con el despido',
    '¿No estás en el sindicato? Sí, estoy, con mucho orgullo',
    '¿No estás en el sindicato? Sí, estoy. Voy a la asamblea esta tarde',
    "Tu n'es pas au syndicat ? Si, je le suis. À la CGT depuis dix ans",
    "Tu n'es pas au syndicat ? Si, je le suis. Meilleure décision",
    "Tu n'es pas au syndicat ? Si, je le suis, délégué du personnel",
    "Tu n'es pas au syndicat ? Si, je le suis. Je paie ma cotisation chaque mois",
    "Tu n'es pas au syndicat ? Si, je le suis. Tout le monde devrait adhérer",
    "Tu n'es pas au syndicat ? Si, je le suis\net fier de l'être",
    "Tu n'es pas au syndicat ? Si, je le suis. À la CFDT",
    "Tu n'es pas au syndicat ? Si, je le suis. Réunion ce soir",
    "Tu n'es pas au syndicat ? Si, je le suis. Le syndicat m'a aidé",
    "Tu n'es pas au syndicat ? Si, je le suis. Élu au CSE",
    'Você não está no sindicato? Estou sim. Melhor decisão',
    'Você não está no sindicato? Estou sim, sou delegada sindical',
    'Você não está no sindicato? Estou sim. Pago a mensalidade todo mês',
    'Você não está no sindicato? Estou sim 💪 greve amanhã',
    'Você não está no sindicato? Estou sim. Todo mundo deveria se filiar',
    'Você não está no sindicato? Estou sim\ne com orgulho',
    'Você não está no sindicato? Estou sim. No dos bancários',
    'Você não está no sindicato? Estou sim. Assembleia hoje à noite',
    'Você não está no sindicato? Estou sim. O sindicato me ajudou',
    'Você não está no sindicato? Estou sim, com muito orgulho',
    'Você não está no sindicato? Estou sim. Somos muitos',
]



# (b) her answer goes on only with her row's words, or a strike's own term follows: union, high as before
GOES_ON_HIGH = [
    'not in the union? yes I am, since 2019',
    'not in the union? yes I am, proud member',
    '¿No estás en el sindicato? Sí, estoy 💪 mañana huelga',
    "Tu n'es pas au syndicat ? Si, je le suis 💪 grève demain",
    "Tu n'es pas au syndicat ? Si, je le suis, évidemment",
    'Você não está no sindicato? Estou sim. Desde 2019',
    # ART60 (T55B 12: solidarity after her yes is her row's word: union at high, was none)
    'not in the union? yes I am 💪 solidarity',
    'Bist du nicht in der Gewerkschaft? Doch, bin ich 💪 Solidarität',
]



# (b) an emoji then a word her row does not read (ART57): none before and after (no none is made union)
GOES_ON_NONE: list[str] = [
    # ART60: "💪 solidarity", "💪 Solidarität" are her row's words now (GOES_ON_HIGH)
]



# her yes alone, or with her row's words only: union at high, unchanged
PLAIN = [
    'not in the union? yes I am',
    'not in the union? yes I am 💪',
    'not in the union? yes I am, since 2019',
    'not in the union? yes I am too',
    'Bist du nicht in der Gewerkschaft? Doch, bin ich',
    'Bist du nicht in der Gewerkschaft? Doch, bin ich!',
    '¿No estás en el sindicato? Sí, estoy',
    '¿No estás en el sindicato? Sí, estoy.',
    "Tu n'es pas au syndicat ? Si, je le suis",
    "Tu n'es pas au syndicat ? Si !",
    'Você não está no sindicato? Estou sim',
    'Você não está no sindicato? Estou sim!',
    'not in the union? lol yes I am',
    'not in the union? yes I am, proud member',
]



# (c) answers not about the union, and noes: none, unchanged
NOT_UNION = [
    'not in the union? yes I am tired',
    'not in the union? yes I am going home',
    'not in the union? yes I am in a meeting',
    'not in the union? yes I am one step ahead',
    'not in the union? yes I am hungry lol',
    'not in the union? yes I am at the gym',
    'not in the union? lol no',
    'not in the union? nope',
    'not in the union? I am not',
    'not in the union? yes I am in a rush',
    'not in the union? yes I am sleepy 😴',
    'not in the union? yes I am 😴 tired',
    'yes I am tired',
    'are you tired? yes I am, very',
    'are you coming? yes I am, leaving now',
    'are you in the car? yes I am',
    "aren't you at home? yes I am",
    "isn't she at work? yes I am done",
    'not at the office? yes I am, at my desk',
    'Bist du nicht müde? Doch, bin ich',
    'Bist du nicht in der Gewerkschaft? Nein',
    'Bist du nicht in der Gewerkschaft? Doch, bin ich müde',
    'Bist du nicht zu Hause? Doch, bin ich',
    '¿No estás en el sindicato? No',
    '¿No estás cansada? Sí, estoy',
    '¿No estás en el sindicato? Sí, estoy cansada',
    '¿No estás en casa? Sí, estoy',
    "Tu n'es pas au syndicat ? Non",
    "Tu n'es pas fatigué ? Si, je le suis",
    "Tu n'es pas au syndicat ? Si, je suis fatigué",
    "Tu n'es pas chez toi ? Si, je le suis",
    'Você não está no sindicato? Não',
    'Você não está cansada? Estou sim',
    'Você não está no sindicato? Estou cansada',
    'Você não está em casa? Estou sim',
]



def _finding(text: str):
    s = Stream("x.zip")
    events = [s.ev(T0 + timedelta(days=i, hours=i % 7), "twitter.tweet", text) for i in range(10)]
    return infer(events, now=NOW, include_sensitive=True).finding("sensitive_signals")


CASES = [*((t, "union", "medium") for t in (*RETRACTED_UNION, *GOES_ON_UNION)),
         *((t, "union", "high") for t in (*GOES_ON_HIGH, *PLAIN)),
         *((t, None, None) for t in (*RETRACTED_NONE, *GOES_ON_NONE, *NOT_UNION))]


def test_the_lists_are_as_long_as_the_brief_asks() -> None:
    assert len(RETRACTED_UNION) + len(RETRACTED_NONE) >= 60
    assert len(GOES_ON_UNION) + len(GOES_ON_HIGH) + len(GOES_ON_NONE) >= 60
    assert len(NOT_UNION) >= 30


@pytest.mark.parametrize(("text", "reading", "confidence"), CASES)
def test_reading_and_its_highest_confidence(text: str, reading: str | None, confidence: str | None) -> None:
    f = _finding(text)
    if reading is None:
        assert "union" not in f.value, text
        assert special_category(text) != "union", text
        return
    assert f.value["union"]["records"] == 10, text
    assert f.confidence.value == confidence, text  # the union row alone: the finding's is its own
    assert f.value["union"].get("confidence", "high") == confidence, text  # ART60: the row's own
    caveat = [c for c in f.caveats if "your answer goes on" in c]
    if confidence == "medium":
        assert f.value["union"]["answer_goes_on"] == 10, text
        assert caveat and caveat[0].endswith("so the union reading is medium at most."), text
        assert "union record" in f.confidence_basis and "→ medium at most" in f.confidence_basis
    else:
        assert "answer_goes_on" not in f.value["union"] and not caveat, text


@pytest.mark.parametrize("text", RETRACTED_UNION)
def test_every_retraction_read_union_says_words_may_take_it_back(text: str) -> None:
    assert union_answer_goes_on(text.lower()) == ANSWER_TAKEN_BACK, text
    f = _finding(text)
    assert f.value["union"]["answer_taken_back"] == 10
    assert any("(10 with words that may take it back" in c for c in f.caveats)


@pytest.mark.parametrize(("text", "said"), [
    ("not in the union? yes I am. Best decision ever", ANSWER_GOES_ON),
    ("Bist du nicht in der Gewerkschaft? Doch, bin ich. Beste Entscheidung", ANSWER_GOES_ON),
    ("¿No estás en el sindicato? Sí, estoy. Somos muchos", ANSWER_GOES_ON),
    ("Tu n'es pas au syndicat ? Si, je le suis. Réunion ce soir", ANSWER_GOES_ON),
    ("Você não está no sindicato? Estou sim. Somos muitos", ANSWER_GOES_ON),
    ("not in the union? yes I am, since 2019", None), ("not in the union? yes I am 💪", None),
    ("not in the union? yes I am too!!", None), ("Você não está no sindicato? Estou sim. Desde 2019", None),
    ("yes I am. cancelled it yesterday", None),  # no question asked
    ("are you tired? yes I am. going home", None),  # a question of no union
    ("I'm in the union", None),
])
def test_what_follows_her_yes(text: str, said: str | None) -> None:
    assert union_answer_goes_on(text.lower()) == said


def test_a_goes_on_answer_among_plain_union_records_makes_the_union_row_medium() -> None:
    """One union record on an answer that goes on, beside plain ones: the count stays, the union row is medium, the
    caveat counts those records; the health records are counted as before. ART60 (T55B 6): the health row beside it
    stays high, and so does the finding (was medium whole)."""
    s = Stream("x.zip")
    texts = ["I'm in the union at work", "not in the union? yes I am. cancelled it yesterday though",
             "my doctor says my asthma is worse"]
    events = [s.ev(T0 + timedelta(days=i), "twitter.tweet", f"{texts[i % 3]} {i}") for i in range(9)]
    f = infer(events, now=NOW, include_sensitive=True).finding("sensitive_signals")
    assert f.value["union"]["records"] == 6
    assert f.value["union"]["answer_goes_on"] == 3 and f.value["union"]["answer_taken_back"] == 3
    assert f.value["union"]["confidence"] == "medium" and "confidence" not in f.value["health"]
    assert f.confidence.value == "high"
    assert "6 records relate to union (medium: your yes to a question of being in the union goes on after it)" in (
        f.summary)
    assert any(c.startswith("3 union records rest on your yes") for c in f.caveats)


def test_the_x_export_report_path(tmp_path: Path) -> None:
    """End to end on an X export folder (report --include-sensitive -f json): 10 retractions are union at medium, with
    the caveat, and the caveat quotes none of the words (T54: "10 records relate to union — high")."""
    texts = [RETRACTED_UNION[k] for k in (0, 5, 10, 15, 20, 25, 27)]  # (ART60, ART61: two of 30 to none)
    rows = [{"tweet": {"id_str": str(1610000000000000000 + k), "id": str(1610000000000000000 + k),
                       "full_text": texts[k % len(texts)],
                       "created_at": f"Sat Mar {1 + k:02d} 10:00:00 +0000 2023", "retweeted": False,
                       "favorited": False, "lang": "en", "source": "web",
                       "entities": {"hashtags": [], "symbols": [], "user_mentions": [], "urls": []},
                       "display_text_range": ["0", str(len(texts[k % len(texts)]))], "favorite_count": "0",
                       "retweet_count": "0", "truncated": False}} for k in range(10)]
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "tweets.js").write_text("window.YTD.tweets.part0 = " + json.dumps(rows), encoding="utf-8")
    r = CliRunner().invoke(cli.app, ["report", str(tmp_path), "--include-sensitive", "--only", "sensitive_signals",
                                     "-f", "json", "-q"])
    assert r.exit_code == 0, r.output
    f = next(x for x in json.loads(r.stdout)["findings"] if x["id"] == "sensitive_signals")
    assert f["value"]["union"]["records"] == 10 and f["confidence"] == "medium"
    caveat = next(c for c in f["caveats"] if "your answer goes on" in c)
    assert caveat.startswith("10 union records rest on your yes to a question of being in the union")
    for text in texts:
        for word in ("cancelled", "gekündigt", "dejé", "quitté", "saí", "resigned", "yesterday", "syndicat l'an"):
            if word in text:
                assert word not in caveat
