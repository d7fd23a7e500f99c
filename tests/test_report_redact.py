"""--redact: private strings planted in a persona never survive, in any format; aggregates stay."""

from __future__ import annotations

import io
import json

import pytest
from report_data import PLANTED, demo_report, planted_report

from dataexam import report as report_module

FORMATS = ("text", "json", "markdown", "html")


def _render(rep, fmt: str, **kw) -> str:
    buf = io.StringIO()
    report_module.render(rep, fmt, buf, **kw)
    out = buf.getvalue()
    if fmt == "html":  # the embedded charting library is code, not report content
        from dataexam.report.html import plotly_js

        assert plotly_js() in out
        out = out.replace(plotly_js(), "")
    return out


@pytest.fixture(scope="module")
def planted():
    return planted_report(), planted_report(include_sensitive=True)


def test_planted_strings_are_in_the_unredacted_report(planted):
    # the control: without --redact the names, texts, handles and paths are there to be removed
    text = _render(planted[0], "json")
    for s in ("Zelda Quackenbush", "plum pudding recipe 7731", "secretuser"):
        assert s in text, s
    # a Messenger thread folder's name is masked by the Art. 9 gate without --include-sensitive (T25B M4)
    assert "zeldaquackenbush_4417" not in text and "<thread>_4417" in text
    assert "zeldaquackenbush_4417" in _render(planted[1], "json")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sensitive", [False, True])
@pytest.mark.parametrize("detail", ["default", "full"])
def test_no_planted_string_survives_redact(planted, fmt, sensitive, detail):
    out = _render(planted[sensitive], fmt, redact=True, detail=detail)
    for s in PLANTED:
        assert s.lower() not in out.lower(), (fmt, s)
    assert "Quackenbush" not in out and "7731" not in out
    assert "redacted" in out.lower()


def test_redacted_report_keeps_aggregates(planted):
    data = json.loads(_render(planted[0], "json", redact=True))
    by_id = data["by_id"]
    assert by_id["timezone"]["value"]["zone"] == "Europe/Berlin"
    assert by_id["spending"]["value"]["totals"]["EUR"]
    assert by_id["social_circle"]["value"]["top_contacts"][0]["name"] == "contact 1"
    for f in data["findings"]:
        assert f["evidence"]["items"] == []
    assert by_id["sleep"]["evidence"]["n_support"] > 0  # counts stay


@pytest.mark.parametrize("fmt", FORMATS)
def test_demo_persona_names_texts_and_paths_do_not_survive(tmp_path_factory, fmt):
    rep, paths = demo_report(tmp_path_factory)
    full = json.loads(_render(rep, "json"))
    private = {c["name"] for c in full["by_id"]["social_circle"]["value"]["top_contacts"]}
    private |= {i["excerpt"] for f in full["findings"] for i in f["evidence"]["items"]
                if i["excerpt"] and len(i["excerpt"]) > 25}
    private |= {i["member"].split("/")[2] for f in full["findings"] for i in f["evidence"]["items"]
                if i["member"].startswith("messages/inbox/")}
    private.add(str(paths[0].parent))
    assert len(private) > 15
    out = _render(rep, fmt, redact=True)
    leaked = [p for p in private if p in out]
    assert not leaked, leaked[:5]
