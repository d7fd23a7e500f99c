"""The Markdown report (``-f markdown``): a summary table first, then a section per topic.

Values are tables and text pictures, never raw JSON blocks, so nothing is ever cut into invalid JSON;
evidence rows name the export (base name), file, record and local time. For sharing use ``--redact``:
the default report quotes record excerpts and contacts' names.
"""

from __future__ import annotations

import re
from typing import Any

from . import view
from .text import DEFAULT_EVIDENCE, picture
from .view import Detail


def cell(text: Any) -> str:
    """Text safe inside a Markdown table cell: one line, pipes escaped, and ``<`` as ``&lt;`` so record text
    can never become raw HTML (an ``<img src=…>`` in a shared report would fetch from the network); brackets
    escaped (``\\[``) so it can never become a link or an image either (a contact called
    ``![x](https://tracker.example/p.png)`` would be fetched by every viewer: the data is never markup, as in the
    terminal report); backticks escaped so a name's `` `a` `` is no code span; ``*``, ``~`` and a ``_`` at a word's
    edge escaped so a file called ``*draft*.zip`` is no emphasis, and an ``&`` that begins an entity as ``&amp;`` so
    ``&amp;`` in a name shows as written (T43B M1: the input notes showed them as markup)."""
    text = _ENTITY.sub("&amp;", " ".join(str(text).split()))
    text = text.replace("|", "\\|").replace("<", "&lt;").replace("`", "\\`").replace("*", "\\*").replace("~", "\\~")
    return _EDGE_UNDERSCORE.sub(r"\\_", text.replace("[", "\\[").replace("]", "\\]"))


#: an ``&`` a Markdown viewer reads as an entity (``&amp;``, ``&#42;``, ``&#x2A;``)
_ENTITY = re.compile(r"&(?=#?\w+;)")
#: a ``_`` at a word's edge, which may open or close emphasis (``_draft_``); one inside a word (``message_1``) is not
_EDGE_UNDERSCORE = re.compile(r"(?<![^\W_])_|_(?![^\W_])")


def code_span(text: Any) -> str:
    """``text`` as a code span inside a table cell: nothing in a code span is markup or HTML, so ``<thread>`` and
    brackets stay as written (``&lt;`` would show literally there); its fence is one backtick longer than any run
    of backticks in the text, so a name holding one cannot end the span early; pipes escaped (GFM tables)."""
    text = " ".join(str(text).split()).replace("|", "\\|")
    longest = max((len(run) for run in re.findall("`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def to_markdown(data: dict[str, Any], detail: Detail = "default") -> str:
    full = detail == "full"
    zone = view.local_zone(data)
    lines = ["# dataexam report", ""]
    if data.get("redacted"):
        lines += ["> **Redacted:** aggregates only — no record texts, names, handles or paths. Safe to share.", ""]
    g = view.glance(data)
    lines += ["## At a glance", "", "| finding | what your data says | confidence |", "|---|---|---|"]
    index = view.by_id(data)
    for fid, line, conf in g.lines:
        lines.append(f"| {cell(view.title(index[fid]))} | {cell(line)} | {conf} |")
    lines.append("")
    if g.insufficient:
        lines += [f"Not enough data for: {view.join(g.insufficient)}.", ""]
    if g.english_only:
        lines += [g.english_only_line(), ""]
    if not data.get("include_sensitive"):
        lines += [view.SENSITIVE_OFF, ""]
    rows = view.platform_lines(data)
    if rows:
        lines += ["### What the platforms say — and what your data implies", "",
                  "| | platform says | your data implies |", "|---|---|---|"]
        lines += [f"| {cell(a)} | {cell(b)} | {cell(c)} |" for a, b, c in rows]
        lines.append("")
    lines += ["### The run", "", "| | |", "|---|---|"]
    lines += [f"| {cell(k)} | {cell(v)} |" for k, v in view.run_lines(data)]
    lines += [f"| Generated | {cell(data.get('generated_at'))} · schema `{data.get('schema')}` |", ""]
    for _, title, findings in view.ordered(data):
        lines += [f"## {title}", ""]
        for f in findings:
            lines += _finding(f, zone, full)
    acts = view.actions(data)
    if acts:
        lines += ["## What you can do", "", "| finding | platform | where |", "|---|---|---|"]
        lines += [f"| {cell(t)} | {cell(p)} | {cell(x)} |" for t, p, x in acts]
        lines.append("")
    if full and data.get("not_attempted"):
        lines += ["## What this tool does not attempt", "", "| trait | why not | what a trained model reached |",
                  "|---|---|---|"]
        for item in data["not_attempted"]:
            if isinstance(item, dict):
                lit = "; ".join(f"{c.get('citation')}: {c.get('claim')}" for c in item.get("literature") or []
                                if isinstance(c, dict))
                lines.append(f"| {cell(item.get('trait'))} | {cell(item.get('why'))} | {cell(lit)} |")
        lines.append("")
    return "\n".join(lines) + "\n"


def _finding(f: dict[str, Any], zone: Any, full: bool) -> list[str]:
    conf = str(f.get("confidence"))
    sens = f" · sensitive: {f['sensitive']}" if f.get("sensitive") else ""
    lines = [f"### {cell(view.title(f))}", "", f"**{cell(view.headline(f))}**", "",
             f"*Confidence: {conf}*{sens}", ""]
    facts = view.facts(f)
    if facts:
        lines += ["| | |", "|---|---|", *(f"| {cell(k)} | {cell(v)} |" for k, v in facts), ""]
    pic = picture(f, zone)
    if pic:
        lines += ["```text", *pic, "```", ""]
    v = f.get("value")
    if f.get("id") == "trust_score" and isinstance(v, dict):
        lines += [f"> **{v.get('banner') or view.BANNER}** — score **{v.get('score')}** on a scale of 350–950 "
                  f"({v.get('band')})",
                  "", "| factor | weight | points | what it means |", "|---|---:|---:|---|"]
        for name, fac in (v.get("factors") or {}).items():
            if isinstance(fac, dict):
                w = float(fac.get("weight") or 0)
                lines.append(f"| {cell(view.label(name))} | {view.percent(w)} | {float(fac.get('points') or 0):.0f} "
                             f"of {600 * w:.0f} | {cell(fac.get('explanation') or '')} |")
        lines.append("")
        for fac in (v.get("factors") or {}).values():
            for rule in (fac.get("rules_applied") or []) if isinstance(fac, dict) else []:
                if isinstance(rule, dict):
                    mirrors = f" — mirrors *{rule.get('quote')}*" if rule.get("quote") else ""  # T30B L3
                    lines.append(f"- Rule: {rule.get('rule')}{mirrors} Why it is wrong: {rule.get('critique')}")
        if full:
            lines.append(f"- Formula: `{v.get('formula')}` ({v.get('weights_note', '')})")
            for name, fac in (v.get("factors") or {}).items():
                if isinstance(fac, dict):
                    lines.append(f"- {view.label(name)}: `{fac.get('rule')}`; inputs: {view.plain(fac.get('inputs'))}")
        lines.append("")
    if f.get("platform_says") and f.get("id") != "platform_vs_derived":
        lines.append(f"- **Platform says:** {cell(view.plain(f['platform_says']))}")
    lines += [f"- **Caveat:** {cell(c)}" for c in f.get("caveats") or [] if str(c).strip(" .") != view.BANNER]
    if full:
        lines.append(f"- **Method:** {cell(f.get('method') or '')}")
        lines.append(f"- **Confidence basis:** {cell(f.get('confidence_basis') or '')}")
        for c in f.get("literature") or []:
            if isinstance(c, dict):
                url = f" <{c['url']}>" if c.get("url") else ""
                lines.append(f"- **Literature:** {cell(c.get('citation'))} — {cell(c.get('claim'))}{url}")
    ev = f.get("evidence") or {}
    if ev.get("n_support") or ev.get("n_against"):
        lines.append(f"- **Evidence:** {view.evidence_counts(ev)}")
    lines.append("")
    rows = view.evidence_rows(f, zone, None if full else DEFAULT_EVIDENCE)
    if rows:
        lines += [f"| export | file | record | {view.zone_label(zone)} | what |", "|---|---|---|---|---|"]
        lines += [f"| {cell(r.export)} | {code_span(r.file)} | {r.record} | {r.when} | "
                  f"{cell(r.what or r.kind)} |" for r in rows]
        lines.append("")
    return lines
