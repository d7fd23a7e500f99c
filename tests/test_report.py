"""Report renderers: JSON validates against the schema; text and Markdown carry the charts and the why."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import jsonschema
import pytest
from rich.console import Console
from test_inference_synth import START, Stream, person

from dataexam import report as report_module
from dataexam.inference import infer

SCHEMA = json.loads((Path(report_module.__file__).parent.parent / "schemas" / "report.schema.json").read_text("utf-8"))
NOW = datetime(2025, 1, 1, tzinfo=UTC)


def _events() -> list:
    s = Stream("r.zip")
    events = person(days=90)
    for i in range(30):
        d = START + timedelta(days=i)
        events.append(s.ev(datetime(d.year, d.month, d.day, 12, tzinfo=UTC), "amazon.order_item",
                           "Cast iron skillet", total="25.50", currency="EUR", order_id=str(i)))
        events.append(s.ev(datetime(d.year, d.month, d.day, 21, tzinfo=UTC), "twitter.login", ip="85.214.132.117"))
    events.append(s.ev(datetime(2023, 2, 1, tzinfo=UTC), "facebook.page_like", "St. Mary's Parish"))
    events += [s.ev(None, "facebook.declared_interest", "Cooking"), s.ev(None, "facebook.declared_interest", "Golf")]
    return sorted(events, key=lambda e: e.sort_key)


@pytest.fixture(scope="module")
def reports():
    events = _events()
    return infer(events, now=NOW), infer(events, include_sensitive=True, now=NOW)


@pytest.mark.parametrize("sensitive", [False, True])
def test_json_validates_against_schema(reports, sensitive):
    rep = reports[sensitive]
    buf = io.StringIO()
    report_module.render(rep, "json", buf)
    data = json.loads(buf.getvalue())
    jsonschema.validate(data, SCHEMA)
    assert data["schema"] == "dataexam.report/1"
    assert data["generated_at"] == "2025-01-01T00:00:00Z"
    ids = [f["id"] for f in data["findings"]]
    assert ("sensitive_signals" in ids) is sensitive
    assert data["inputs"]["by_source"]["amazon"] == 30


def test_schema_rejects_a_broken_report(reports):
    data = reports[0].to_dict()
    data["findings"][0]["confidence"] = "certain"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, SCHEMA)
    data = reports[0].to_dict()
    data["findings"][0]["evidence"]["items"] = data["findings"][0]["evidence"]["items"] * 11
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, SCHEMA)


def test_text_report_sections_charts_and_why(reports):
    console = Console(file=io.StringIO(), width=120, color_system=None, force_terminal=False)
    report_module.render(reports[0], "text", console)
    out = console.file.getvalue()  # type: ignore[attr-defined]
    for needle in ("dataexam report", "At a glance", "Your clock", "Your week", "MOCK — NOT A CREDIT SCORE",
                   "confidence", "Evidence", "--include-sensitive", "What you can do"):
        assert needle in out, needle
    assert out.count("MOCK — NOT A CREDIT SCORE") == 1  # one banner, not four
    assert "█" in out  # bar charts drawn
    console = Console(file=io.StringIO(), width=120, color_system=None, force_terminal=False)
    report_module.render(reports[0], "text", console, detail="full")
    full = console.file.getvalue()  # type: ignore[attr-defined]
    for needle in ("Method", "Confidence", "Literature", "What this tool does not attempt", "Formula"):
        assert needle in full, needle
    assert "St. Mary" not in out  # sensitive evidence stays out unless asked for


def test_text_report_to_a_plain_file(reports, tmp_path):
    path = tmp_path / "report.txt"
    with path.open("w", encoding="utf-8") as fh:
        report_module.render(reports[1], "text", fh)
    text = path.read_text("utf-8")
    assert "Sensitive-signal inventory" in text
    assert "\x1b[" not in text  # no terminal escapes in files


def test_markdown_report(reports):
    buf = io.StringIO()
    report_module.render(reports[0], "markdown", buf)
    md = buf.getvalue()
    assert md.startswith("# dataexam report")
    assert md.index("## At a glance") < md.index("## Your clock")
    assert "| finding | what your data says | confidence |" in md
    assert "### Time zone (UTC offset)" in md
    assert "| factor | weight | points | what it means |" in md
    assert "**MOCK — NOT A CREDIT SCORE**" in md
    assert "| export | file | record |" in md
    assert "```json" not in md


def test_mood_sparkline_in_text_output():
    s = Stream()
    events = []
    for i in range(7 * 20):
        d = START + timedelta(days=i)
        text = "awful sad terrible week" if 49 <= i < 91 else "happy lovely great day with friends"
        events.append(s.ev(datetime(d.year, d.month, d.day, 19, tzinfo=UTC), "twitter.tweet", text))
    rep = infer(events, now=NOW)
    console = Console(file=io.StringIO(), width=120, color_system=None)
    report_module.render(rep, "text", console)
    out = console.file.getvalue()  # type: ignore[attr-defined]
    assert "Mood trend" in out
    assert "^ = low period" in out
    assert "low: " in out


def test_unknown_format_raises(reports):
    with pytest.raises(ValueError, match="unknown report format"):
        report_module.render(reports[0], "pdf", io.StringIO())  # type: ignore[arg-type]


def test_hbar():
    assert report_module.hbar(0, 10) == ""
    assert report_module.hbar(10, 10, width=5) == "█████"
    assert report_module.hbar(5, 10, width=5).startswith("██")
