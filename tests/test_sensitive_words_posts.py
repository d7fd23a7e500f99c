"""Posts and a platform's interests of a special category whose words the gate missed (the twenty-seventh pass's
tester T27B H3): a pregnancy without "pregnant" ("Due date in three weeks, nursery ready" was quoted as an
interest's evidence by ``--detail full`` without the flag), care and a mental-health service (Facebook's interest
"Grief counseling" was named in the default report), Ramadan's meals and prayers in English and Arabic. GDPR
Art. 4(15), Art. 9(1). X archive of formats.md §2.4 (the project's fixture), invented values."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest
from test_parser_twitter import TW
from typer.testing import CliRunner

from dataexam.categories import declared_categories, special_category
from dataexam.cli import app

SPECIAL_POSTS = {"Due date in three weeks, nursery ready": "health",
                 "Morning sickness is brutal today": "health",
                 "Midwife appointment went well": "health",
                 "Mum is in hospital again": "health",
                 "Iftar with family tonight": "religion",
                 "Suhoor time, fasting again tomorrow": "religion",
                 "رمضان كريم": "religion",
                 "سحور مع العائلة": "religion"}


@pytest.mark.parametrize(("text", "category"), sorted(SPECIAL_POSTS.items()))
def test_the_testers_posts_are_special(text: str, category: str) -> None:
    assert special_category(text) == category


def test_the_platforms_grief_counseling_interest_is_health() -> None:
    assert declared_categories("Grief counseling") == ["sensitive:health"]


@pytest.mark.parametrize("text", ["Invoice due date: Friday", "The due date for the essay is Monday",
                                  "Intermittent fasting, day 3", "Fasting blood sugar"[:7] + " lunch today",
                                  "Hospitality jobs fair", "Dua Lipa tonight!", "مرحبا بالعالم",
                                  # T27C: a nurse's shift, and breakfast in Arabic
                                  "Night shift at the hospital again", "إفطار مع العائلة"])
def test_everyday_words_near_them_stay_everyday(text: str) -> None:
    assert special_category(text) is None


def _archive(root: Path) -> Path:
    shutil.copytree(TW / "current" / "archive", root)
    texts = [*SPECIAL_POSTS, *[f"Baking sourdough bread again, batch {i}" for i in range(12)]]
    items = [{"tweet": {"id_str": str(1800000000000000000 + i), "id": str(1800000000000000000 + i),
                        "full_text": t, "created_at": f"Sat Jun {6 + i % 20:02d} 1{i % 10}:02:35 +0000 2024",
                        "entities": {"urls": [], "media": []}, "favorite_count": "0", "retweet_count": "0"}}
             for i, t in enumerate(texts)]
    (root / "data" / "tweets.js").write_text("window.YTD.tweets.part0 = " + json.dumps(items), encoding="utf-8")
    return root


@pytest.mark.parametrize("fmt", ["json", "text", "markdown"])
def test_no_special_post_is_quoted_by_default(tmp_path: Path, fmt: str) -> None:
    archive = _archive(tmp_path / "archive")
    result = CliRunner().invoke(app, ["report", "--no-pager", "-f", fmt, "--detail", "full", str(archive)])
    assert result.exit_code == 0, result.stderr
    for text in SPECIAL_POSTS:
        assert text.split(",")[0] not in result.stdout, text
    assert "sourdough" in result.stdout  # the everyday posts are still quoted


def test_with_the_flag_they_count(tmp_path: Path) -> None:
    archive = _archive(tmp_path / "archive")
    result = CliRunner().invoke(app, ["report", "-f", "json", "--detail", "full", "--include-sensitive",
                                      str(archive)])
    assert result.exit_code == 0, result.stderr
    signals = json.loads(result.stdout)["by_id"]["sensitive_signals"]["value"]
    assert signals["health"]["records"] == 4 and signals["religion"]["records"] == 4


PLATFORM_SPECIAL = {"Multicultural affinity: African American (US)": "sensitive:ethnicity",
                    "Hispanic (US - English dominant)": "sensitive:ethnicity",
                    "Black Lives Matter": "sensitive:politics", "Kosher food": "sensitive:religion",
                    "Autism awareness": "sensitive:health", "Gender identity": "sensitive:sexuality",
                    "Latino culture": "sensitive:ethnicity", "Kurdish people": "sensitive:ethnicity",
                    "Roma people": "sensitive:ethnicity", "Uyghurs": "sensitive:ethnicity"}


@pytest.mark.parametrize(("name", "category"), sorted(PLATFORM_SPECIAL.items()))
def test_a_platforms_special_labels_are_special(name: str, category: str) -> None:
    """T27D H4: Facebook's "Multicultural affinity: African American (US)" (ethnic origin, Art. 9(1)) and the
    like were named without the flag; no category held ethnic origin at all."""
    assert category in declared_categories(name)


@pytest.mark.parametrize("name", ["Mexican food", "Spanish language", "Latin music", "Kosher salt", "Lent money"])
def test_a_cuisine_or_a_language_is_no_ethnic_origin(name: str) -> None:
    assert not [c for c in declared_categories(name) if c.startswith("sensitive:")]


def test_no_special_platform_label_is_named_by_default() -> None:
    from dataclasses import replace

    from test_inference_synth import Stream, person

    from dataexam.events import Origin
    from dataexam.inference import infer

    x = Stream("twitter-2024")
    declared = [replace(x.ev(None, "twitter.declared_interest", name, member="data/personalization.js", name=name,
                             source="interests", position=i), origin=Origin("twitter-2024", "data/personalization.js",
                                                                              0))
                for i, name in enumerate([*PLATFORM_SPECIAL, "Cycling"])]
    from datetime import UTC, date, datetime

    timed = sorted(person(days=60, start=date(2024, 1, 1), text="Rode the bike to the lake today."),
                   key=lambda e: e.sort_key)
    now = datetime(2024, 6, 1, tzinfo=UTC)
    from dataexam import report as report_module

    for include in (False, True):
        rep = infer([*timed, *declared], include_sensitive=include, now=now)
        out = io.StringIO()
        report_module.render(rep, "json", out, detail="full")  # type: ignore[arg-type]
        said = out.getvalue()
        assert "Cycling" in said
        for name in PLATFORM_SPECIAL:
            assert (name in said) == include, (include, name)
