"""Life events declared in another interface language (the twenty-sixth pass's closing note, "still open"): a
German, Spanish, French, Portuguese or Turkish account's life-event titles ("Ehe geschlossen", "Se casó",
"S'est marié(e)", "Casou-se", "Evlendi", moves, new jobs, births …) were typed ``other``.

Inputs are invented values in the 2024–25 layout's real structure (formats.md §1.4: a post's
``attachments[].data[].life_event{title, start_date}``; the export gives no category field, only the title).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from test_life_events_declared import _export, _life

from dataexam import api
from dataexam.inference import infer
from dataexam.inference.lifedeclared import life_event_type

NOW = datetime(2025, 1, 1, tzinfo=UTC)
T0 = 1704067200  # 2024-01-01 UTC
DAY = 86400

# (language, [(title, month), …], the types expected in that order): one account's life events per language
LANGUAGES: dict[str, list[tuple[str, str]]] = {
    "de": [("Neue Arbeitsstelle bei Acme Robotik", "job"), ("Umgezogen nach Leipzig", "move"),
           ("Ehe geschlossen mit Anna Weber", "relationship"), ("Neues Familienmitglied", "family"),
           ("Abschluss an der TU Dresden", "education")],
    "es": [("Empezó a trabajar en Acme Robótica", "job"), ("Se mudó a Valencia", "move"),
           ("Se casó con Lucía Gómez", "relationship"), ("Nuevo miembro de la familia", "family"),
           ("Se graduó en la Universidad de Sevilla", "education")],
    "fr": [("A commencé à travailler chez Acme Robotique", "job"), ("A emménagé à Lyon", "move"),
           ("S'est marié(e) avec Claire Martin", "relationship"), ("Nouveau membre de la famille", "family"),
           ("Diplômé(e) de l'Université de Lille", "education")],
    "pt": [("Começou a trabalhar na Acme Robótica", "job"), ("Mudou-se para Porto", "move"),
           ("Casou-se com Ana Souza", "relationship"), ("Novo membro da família", "family"),
           ("Formou-se na Universidade de Coimbra", "education")],
    "tr": [("Acme Robotik'te çalışmaya başladı", "job"), ("İzmir'e taşındı", "move"),
           ("Evlendi", "relationship"), ("Yeni aile üyesi", "family"),
           ("Ege Üniversitesi'nden mezun oldu", "education")],
}


@pytest.mark.parametrize("lang", sorted(LANGUAGES))
def test_life_events_in_another_interface_language_are_typed(lang: str, tmp_path: Path) -> None:
    more = [{"timestamp": T0 + (250 + 10 * i) * DAY, "attachments": [_life(title, 2024, 9, 1 + 5 * i)],
             "title": title} for i, (title, _) in enumerate(LANGUAGES[lang])]
    root = _export(tmp_path / "fb", more_posts=more)
    f = infer(api.timeline([root]), now=NOW).finding("life_events")
    typed = {v["title"]: v["type"] for v in f.value if v["start"].startswith("2024-09")}
    assert typed == dict(LANGUAGES[lang])


@pytest.mark.parametrize(("title", "kind"), [
    # the brief's own examples, and the composer's gender-neutral and elided forms
    ("Ehe geschlossen", "relationship"), ("Se casó", "relationship"), ("S'est marié(e)", "relationship"),
    ("S’est mariée avec Paul", "relationship"), ("Casou-se", "relationship"), ("Evlendi", "relationship"),
    ("EVLENDİ", "relationship"), ("Verlobt", "relationship"), ("En couple avec Paul", "relationship"),
    ("Em um relacionamento sério com Bia", "relationship"), ("Nişanlandı", "relationship"),
    ("Ist nach Hamburg gezogen", "move"), ("S'est installé(e) à Lille", "move"), ("Taşındı", "move"),
    ("Hat angefangen, bei Acme zu arbeiten", "job"), ("Nuevo empleo en Acme", "job"), ("Nouvel emploi chez Acme",
                                                                                          "job"),
    ("Novo emprego na Acme", "job"), ("Yeni işe başladı", "job"),
    ("Naissance de Léa", "family"), ("Baba oldu", "family"),
    ("Neues Haustier", "pet"), ("Yeni evcil hayvan", "pet"), ("Nueva mascota", "pet"),
    ("Verlust eines geliebten Menschen", "loss"), ("Perte d'un être cher", "loss"),
    # pregnancy before family: "Baby"/"bebé" are family's words too
    ("Erwartet ein Baby", "pregnancy"), ("Esperando un bebé", "pregnancy"), ("Attend un bébé", "pregnancy"),
    ("Esperando um bebê", "pregnancy"), ("Bebek bekliyor", "pregnancy"),
    ("Krankheit überwunden", "health"), ("Superó una enfermedad", "health"), ("A surmonté une maladie", "health"),
    ("Superou uma doença", "health"), ("Bir hastalığı yendi", "health"),
    # English titles keep their types (a foreign word must not take them)
    ("Joined Operation Smile as volunteer", "job"), ("Works at Acme Operations", "job"), ("New Pet", "pet"),
    ("Ran a marathon", "other"), ("Ein Marathon gelaufen", "other"),
])
def test_life_event_title_types(title: str, kind: str) -> None:
    assert life_event_type(title) == kind


def test_a_foreign_health_event_is_art9_withheld_by_default(tmp_path: Path) -> None:
    # typed in German, a health event is Art. 9 like the English one: out of the finding without the flag
    more = [{"timestamp": T0 + 250 * DAY, "attachments": [_life("Krankheit überwunden", 2024, 9, 1)],
             "title": "Jørgen Ødegård hat eine Krankheit überwunden."},
            {"timestamp": T0 + 260 * DAY, "attachments": [_life("Erwartet ein Baby", 2024, 9, 15)],
             "title": "Jørgen Ødegård erwartet ein Baby."}]
    root = _export(tmp_path / "fb", more_posts=more)
    default: Any = infer(api.timeline([root]), now=NOW).finding("life_events")
    assert "Krankheit" not in json.dumps(default.to_dict()) and "Baby" not in json.dumps(default.to_dict())
    shown: Any = infer(api.timeline([root]), include_sensitive=True, now=NOW).finding("life_events")
    assert {(v["type"], v["sensitive"]) for v in shown.value if v["sensitive"]} == {("health", "health"),
                                                                                    ("pregnancy", "health")}


@pytest.mark.parametrize(("men", "title"), [("Männer", "Ehe geschlossen mit Lars Dahl"),
                                            ("Hombres", "Se casó con Lars Dahl"),
                                            ("Hommes", "S'est marié(e) avec Lars Dahl"),
                                            ("Homens", "Casou-se com Lars Dahl"), ("Erkekler", "Evlendi")])
def test_a_same_sex_relationship_in_another_language_is_art9_withheld(men: str, title: str, tmp_path: Path) -> None:
    # gender MALE (structured) and interested in men in the interface's language: the relationship, typed from
    # its foreign title, tells his sexual orientation (before: typed "other" and shown without the flag)
    more = [{"timestamp": T0 + 300 * DAY, "attachments": [_life(title, 2024, 10, 20)], "title": title}]
    root = _export(tmp_path / "fb", profile_extra={"interested_in": [men]}, more_posts=more)
    default: Any = infer(api.timeline([root]), now=NOW).finding("life_events")
    assert title not in json.dumps(default.to_dict(), ensure_ascii=False)
    shown: Any = infer(api.timeline([root]), include_sensitive=True, now=NOW).finding("life_events")
    assert [(v["type"], v["sensitive"]) for v in shown.value if v["title"] == title] == [("relationship", "sexuality")]
