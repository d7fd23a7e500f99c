"""The terminal report never reads data as rich markup (the twenty-fifth pass's second tester, H1 and M1).

A contact called ``Mia [bold]B[/bold] [/x] Becker`` crashed the report ("internal error (MarkupError)"),
``Mia [she/her] Becker`` printed as "Mia  Becker", X's declared language ``[red]Klingon[/red]`` as "Klingon",
and ``--redact``'s own ``[redacted]`` as nothing. Every value from the data now reaches rich as ``Text``.
"""

from __future__ import annotations

import copy
import io
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from report_data import demo_report
from rich.console import Console

from dataexam import report as report_module

# a value with rich markup, a closing tag that matches nothing (MarkupError), a pronoun in brackets (eaten as
# a style) and an emoji code; the brackets ⟦ ⟧ mark where it starts and ends in the output
TAG = "⟦Mia [bold]B[/bold] [/x] [she/her] :smile: [link=https://x.example]Becker[/link]⟧"


def _text(data: Any, *, width: int = 3000, **kw: Any) -> str:
    # wide: no cell wraps, so a value is one run of characters once spaces are taken out
    console = Console(file=io.StringIO(), width=width, color_system=None, force_terminal=False)
    report_module.render(data, "text", console, **kw)
    return console.file.getvalue()  # type: ignore[attr-defined]


def _flat(text: str) -> str:
    return "".join(text.split())


@pytest.fixture(scope="module")
def demo_dict(tmp_path_factory: Any) -> dict[str, Any]:
    rep = demo_report(tmp_path_factory)[0]
    buf = io.StringIO()
    report_module.render(rep, "json", buf)
    data = json.loads(buf.getvalue())
    data.pop("by_id"), data.pop("tool")
    return data


def _tagged(data: dict[str, Any], tag: str = TAG) -> dict[str, Any]:
    """The demo report with ``tag`` in every place a value from the data reaches the report: contact names, the
    platforms' declared values, evidence excerpts, paths and export names, summaries and caveats."""
    data = copy.deepcopy(data)
    for e in data["inputs"]["exports"]:
        e["name"] = e["name"] + tag
    data["inputs"]["parse_issues"] = {"total": 1, "by_code": {"unhandled-file" + tag: 1},
                                      "by_file": {"data/[bold]notes.txt": 1},
                                      "notes": [{"code": "bad-json", "export": "x.zip" + tag,
                                                 "file": "data/[bold]like.js", "message": "cut" + tag}]}
    for f in data["findings"]:
        f["summary"] = f"{f.get('summary') or ''}{tag}"
        f["caveats"] = [f"{c}{tag}" for c in f.get("caveats") or []]
        for item in f["evidence"]["items"]:
            item["excerpt"] = f"{item.get('excerpt') or ''}{tag}"
            item["member"] = f"{item.get('member') or ''}{tag}"
            item["archive"] = f"{item.get('archive') or ''}{tag}"
        v = f.get("value")
        if f["id"] == "social_circle":
            for c in v["top_contacts"]:
                c["name"] = c["name"] + tag
        if f["id"] == "languages":
            f["platform_says"]["x_declared_languages"] = [x + tag for x in f["platform_says"]["x_declared_languages"]]
        if f["id"] == "home" and isinstance(f.get("platform_says"), dict):
            f["platform_says"]["cities"] = {k + tag: n for k, n in f["platform_says"]["cities"].items()}
        if f["id"] == "platform_vs_derived":
            for p in v["platforms"].values():
                for item in p["items"]:
                    item["declared"] = item["declared"] + tag
            for d in v["demographics"]:
                d["value"] = d["value"] + tag
        if f["id"] == "spending":
            v["payment_types"] = {k + tag: n for k, n in (v.get("payment_types") or {"card": 3}).items()}
    return data


@pytest.mark.parametrize("detail", ["default", "full"])
def test_every_value_from_the_data_is_printed_as_written(demo_dict: dict[str, Any], detail: str) -> None:
    out = _flat(_text(_tagged(demo_dict), detail=detail))
    shown = out.count("⟦")
    assert shown > 40  # the tag reached the report in many places …
    assert out.count(_flat(TAG)) == shown  # … and every time whole: no markup read, no emoji code replaced
    assert "😄" not in out


def test_the_tester_s_names_are_printed_as_written(demo_dict: dict[str, Any]) -> None:
    for name in ("Mia [bold]B[/bold] [/x] Becker", "Mia [she/her] Becker", "Jo [he/him]", "Anna [/s]", "[/]"):
        data = copy.deepcopy(demo_dict)
        circle = next(f for f in data["findings"] if f["id"] == "social_circle")
        circle["value"]["top_contacts"][0]["name"] = name
        out = " ".join(_text(data, width=200).split())
        assert f"message {name} most" in out  # (a sentence of one subject since WORD59)
        assert f"Top contacts {name} (" in out


def test_redacted_values_read_redacted(demo_dict: dict[str, Any]) -> None:
    # M1: "[redacted]" is itself rich markup; the platforms table read "Languages you write in  X:  and"
    out = " ".join(_text(_tagged(demo_dict), redact=True, width=200).split())
    assert "age [redacted], language [redacted]" in out
    assert "Amazon's audiences: [redacted]" in out


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(name=st.text(alphabet="[]/\\ab:=#@ ", min_size=1, max_size=24).filter(lambda s: s.strip()),
       declared=st.text(alphabet="[]/\\ab:=# ", min_size=1, max_size=16).filter(lambda s: s.strip()))
def test_fuzz_bracket_strings(demo_dict: dict[str, Any], name: str, declared: str) -> None:
    data = copy.deepcopy(demo_dict)
    by_id = {f["id"]: f for f in data["findings"]}
    by_id["social_circle"]["value"]["top_contacts"][0]["name"] = name
    by_id["languages"]["platform_says"]["x_declared_languages"] = [declared]
    out = _flat(_text(data))
    assert _flat(f"message {name} most") in out
    assert _flat(f"X: {declared}") in out


def test_evidence_counts_read_as_a_sentence(demo_dict: dict[str, Any]) -> None:
    # L1: "Evidence: 2,118 records for" with nothing after it (text); "… for, 0 against" (Markdown, HTML)
    from dataexam.report import view

    assert view.evidence_counts({"n_support": 2118}) == "2,118 records support it"
    assert view.evidence_counts({"n_support": 1, "n_against": 1, "unit": "nights"}) == \
        "1 night supports it, 1 speaks against it"
    assert view.evidence_counts({"n_support": 0, "n_against": 610}) == "0 records support it, 610 speak against it"
    for redact in (False, True):
        text = _text(demo_dict, width=100, redact=redact)
        lines = [line.rstrip() for line in text.splitlines() if "Evidence:" in line]
        assert lines and not [line for line in lines if line.endswith(" for")], lines[:3]
        assert any(" records support it" in line for line in lines)
    for fmt in ("markdown", "html"):
        buf = io.StringIO()
        report_module.render(demo_dict, fmt, buf, redact=True)
        assert " for, 0 against" not in buf.getvalue() and " records support it" in buf.getvalue()


def test_markdown_never_makes_a_link_or_an_image_of_data(demo_dict: dict[str, Any]) -> None:
    # the same class in Markdown: a contact called "![x](https://…)" was an image every viewer would fetch
    data = copy.deepcopy(demo_dict)
    circle = next(f for f in data["findings"] if f["id"] == "social_circle")
    circle["value"]["top_contacts"][0]["name"] = "![x](https://tracker.example/p.png) [she/her]"
    buf = io.StringIO()
    report_module.render(data, "markdown", buf)
    out = buf.getvalue()
    assert "![x](" not in out and "[she/her]" not in out
    assert "message !\\[x\\](https://tracker.example/p.png) \\[she/her\\] most" in out
