"""Render an inference :class:`~dataexam.inference.Report` as terminal text (rich), JSON or Markdown.

The JSON form carries ``"schema": "dataexam.report/1"`` and validates against
``dataexam/schemas/report.schema.json``. The text form is for reading in a terminal: sections, tables,
hour-of-day and weekday charts, a mood sparkline, the mock trust score with factor bars, and for each
finding *why* the tool believes it (method, confidence basis, evidence records, caveats, literature).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, Literal, TextIO

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from .events import json_default
from .inference.model import Finding, Report

Format = Literal["text", "json", "markdown"]

SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Your clock", ("timezone", "sleep", "social_jetlag", "late_nights", "routine")),
    ("Your places and devices", ("home", "work_location", "trips", "devices")),
    ("Your words", ("languages", "mood", "topics", "writing_style")),
    ("Your interests and life", ("interests", "sensitive_signals", "life_events", "household")),
    ("Your money", ("spending", "impulse_buying", "financial_stress")),
    ("Your people", ("social_circle",)),
    ("What the platforms say", ("platform_vs_derived",)),
    ("Scoring you", ("trust_score",)),
)
CONF_STYLE = {"high": "bold green", "medium": "yellow", "low": "red", "insufficient": "dim"}
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
BLOCKS = " ▏▎▍▌▋▊▉█"


def render(report: Report, fmt: Format, out: TextIO | Console) -> None:
    """Write ``report`` to ``out`` (a text stream or a rich Console) as text, JSON or Markdown."""
    if fmt == "json":
        _write(out, to_json(report) + "\n")
    elif fmt == "markdown":
        _write(out, to_markdown(report))
    elif fmt == "text":
        console = out if isinstance(out, Console) else Console(file=out, width=110, force_terminal=False,
                                                               color_system=None, highlight=False)
        render_text(report, console)
    else:
        raise ValueError(f"unknown report format: {fmt!r}")


def to_json(report: Report) -> str:
    """The report as JSON text (schema ``dataexam.report/1``)."""
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2, default=json_default)


def _write(out: TextIO | Console, text: str) -> None:
    if isinstance(out, Console):
        out.file.write(text)
    else:
        out.write(text)


def _ordered(report: Report) -> Iterable[tuple[str, list[Finding]]]:
    seen: set[str] = set()
    for title, ids in SECTIONS:
        items = [f for fid in ids if (f := report.finding(fid)) is not None]
        seen.update(ids)
        if items:
            yield title, items
    rest = [f for f in report.findings if f.id not in seen]
    if rest:
        yield "Other findings", rest


# -- small charts (plain text, shared by the terminal and Markdown) --------------------------------------
def hbar(value: float, maximum: float, width: int = 30) -> str:
    """A horizontal bar of eighth-blocks, ``value`` out of ``maximum`` over ``width`` cells."""
    if maximum <= 0 or value <= 0:
        return ""
    cells = value / maximum * width
    full = int(cells)
    part = int((cells - full) * 8)
    return "█" * full + (BLOCKS[part] if part else "")


def hour_chart(heatmap: list[list[int]]) -> list[str]:
    """Hour-of-day activity (all days), one line per hour."""
    hours = [sum(day[h] for day in heatmap) for h in range(24)]
    top = max(hours) or 1
    return [f"{h:02d}h {hbar(v, top, 40):<41}{v}" for h, v in enumerate(hours)]


def weekday_chart(heatmap: list[list[int]]) -> list[str]:
    days = [sum(row) for row in heatmap]
    top = max(days) or 1
    return [f"{WEEKDAYS[i]} {hbar(v, top, 40):<41}{v}" for i, v in enumerate(days)]


# -- text (rich) -------------------------------------------------------------------------------------------
def render_text(report: Report, console: Console) -> None:
    """The terminal report."""
    inputs = report.inputs
    head = Table.grid(padding=(0, 2))
    head.add_row("Records read", f"{inputs.get('events', 0):,}")
    head.add_row("Period", f"{inputs.get('first') or '?'} → {inputs.get('last') or '?'}")
    head.add_row("By source", ", ".join(f"{k} {v:,}" for k, v in inputs.get("by_source", {}).items()) or "—")
    head.add_row("Undated records", f"{inputs.get('undated', 0):,}")
    head.add_row("Generated", report.to_dict()["generated_at"])
    console.print(Panel(head, title="[bold]dataexam report[/bold] — what your exports reveal",
                        subtitle=f"schema {report.schema}"))
    console.print(Text("Every finding below says how it was computed, how sure it is, and which of your records "
                       "it rests on. Published accuracy of trained models is quoted, never run.", style="italic"))
    for section, findings in _ordered(report):
        console.rule(f"[bold]{section}")
        for finding in findings:
            _text_finding(console, finding)
    if report.withheld_sensitive:
        console.rule("[bold]Withheld")
        console.print(f"Sensitive (GDPR Art. 9) findings withheld: {', '.join(report.withheld_sensitive)}. "
                      "Run with --include-sensitive to see signal counts (never labels).")
    if report.not_attempted:
        console.rule("[bold]What this tool does not attempt")
        table = Table(show_header=True, header_style="bold")
        table.add_column("Trait")
        table.add_column("Why not")
        table.add_column("What a trained model reached")
        for item in report.not_attempted:
            lit = "; ".join(f"{c['citation']}: {c['claim']}" for c in item.get("literature", []))
            table.add_row(str(item["trait"]), str(item["why"]), lit)
        console.print(table)


def _text_finding(console: Console, f: Finding) -> None:
    conf = str(f.confidence)
    title = Text.assemble((f.title, "bold"), "  ", (f"[{conf}]", CONF_STYLE.get(conf, "")))
    if f.sensitive:
        title.append(f"  Art. 9: {f.sensitive}", style="magenta")
    body: list[Any] = [Text(f.summary or "—")]
    body.extend(_text_visual(f))
    why = Table.grid(padding=(0, 1))
    why.add_column(style="dim", no_wrap=True)
    why.add_column()
    why.add_row("Method", f.method)
    why.add_row("Confidence", f"{conf} — {f.confidence_basis}")
    ev = f.evidence
    why.add_row("Evidence", f"{ev.n_support:,} records for, {ev.n_against:,} against")
    if f.platform_says:
        why.add_row("Platform says", _short(f.platform_says))
    for c in f.caveats:
        why.add_row("Caveat", c)
    for card in f.literature[:2]:
        why.add_row("Literature", f"{card.citation}: {card.claim}")
    body.append(why)
    if ev.items:
        table = Table(show_header=True, header_style="dim", box=None, pad_edge=False)
        table.add_column("when", no_wrap=True)
        table.add_column("kind", no_wrap=True)
        table.add_column("record")
        table.add_column("excerpt")
        for item in ev.items[:5]:
            table.add_row(item.time or "—", item.kind, f"{item.member}#{item.index}", item.excerpt or "")
        body.append(table)
    console.print(Panel(Group(*body), title=title, title_align="left"))


def _short(value: Any, limit: int = 300) -> str:
    text = json.dumps(value, ensure_ascii=False, default=json_default)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _text_visual(f: Finding) -> list[Any]:
    v = f.value
    if v is None:
        return []
    out: list[Any] = []
    if f.id == "routine" and isinstance(v, dict) and v.get("heatmap"):
        out.append(Text("Activity by hour of day (local)", style="bold"))
        out.append(Text("\n".join(hour_chart(v["heatmap"]))))
        out.append(Text("Activity by weekday", style="bold"))
        out.append(Text("\n".join(weekday_chart(v["heatmap"]))))
    elif f.id == "mood" and isinstance(v, dict):
        out.append(Text.assemble(("Weekly mood  ", "bold"), (v.get("sparkline") or "", "cyan")))
        for p in v.get("low_periods", []):
            out.append(Text(f"  low: {p['start']} → {p['end']} ({p['weeks']} weeks, median {p['median']})"))
    elif f.id == "languages" and isinstance(v, dict):
        shares = v.get("shares", {})
        out.append(Text("\n".join(f"{k:>8} {hbar(s, 1, 40):<41}{s:.0%}" for k, s in shares.items() if s >= 0.02)))
    elif f.id == "interests" and isinstance(v, list):
        table = Table("interest", "records", "from", box=None, header_style="dim")
        top = max((r["records"] for r in v), default=1)
        for row in v[:10]:
            table.add_row(row["category"], f"{row['records']} {hbar(row['records'], top, 20)}",
                          ", ".join(f"{s} {n}" for s, n in row["services"].items()))
        out.append(table)
    elif f.id == "spending" and isinstance(v, dict):
        table = Table("currency", "year", "total", box=None, header_style="dim")
        for cur, years in v.get("totals", {}).items():
            for year, amount in years.items():
                table.add_row(cur, year, amount)
        out.append(table)
    elif f.id == "trips" and isinstance(v, list) and v:
        table = Table("country", "from", "to", "days seen", box=None, header_style="dim")
        for t in v[:15]:
            table.add_row(t["country"], t["start"], t["end"], str(t["days_observed"]))
        out.append(table)
    elif f.id == "social_circle" and isinstance(v, dict):
        table = Table("top contact", "messages", box=None, header_style="dim")
        for c in v.get("top_contacts", [])[:5]:
            table.add_row(c["name"], str(c["messages"]))
        out.append(table)
    elif f.id == "trust_score" and isinstance(v, dict):
        out.append(Text(f"  {v['banner']}  ", style="bold white on red"))
        out.append(Text.assemble(("Score ", "bold"), (f"{v['score']}", "bold"), f" of 350–950 ({v['band']})"))
        table = Table("factor", "weight", "fᵢ", "points", "", "rule", box=None, header_style="dim")
        for name, fac in v["factors"].items():
            table.add_row(name.replace("_", " "), f"{fac['weight']:.2f}", f"{fac['f']:.2f}", f"{fac['points']:.1f}",
                          hbar(fac["points"], 600 * fac["weight"], 20), fac["rule"])
        out.append(table)
        for name, fac in v["factors"].items():
            out.append(Text(f"  {name.replace('_', ' ')}: {fac['explanation']} Raise: {fac['raise']} "
                            f"Lower: {fac['lower']}", style="dim"))
    return out


# -- Markdown ------------------------------------------------------------------------------------------
def _md_escape(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def to_markdown(report: Report) -> str:
    """The report as Markdown, for sharing (evidence shows file, record index and a short excerpt)."""
    inputs = report.inputs
    lines = ["# dataexam report", "",
             f"Generated {report.to_dict()['generated_at']} · schema `{report.schema}` · "
             f"{inputs.get('events', 0):,} records, {inputs.get('first') or '?'} → {inputs.get('last') or '?'}", ""]
    by_source = inputs.get("by_source", {})
    if by_source:
        lines += ["| source | records |", "|---|---:|"]
        lines += [f"| {k} | {v:,} |" for k, v in by_source.items()]
        lines.append("")
    for section, findings in _ordered(report):
        lines += [f"## {section}", ""]
        for f in findings:
            lines += _md_finding(f)
    if report.withheld_sensitive:
        lines += ["## Withheld", "", f"Sensitive (GDPR Art. 9) findings withheld: "
                  f"{', '.join(report.withheld_sensitive)} (use `--include-sensitive`).", ""]
    if report.not_attempted:
        lines += ["## What this tool does not attempt", "", "| trait | why not | literature |", "|---|---|---|"]
        for item in report.not_attempted:
            lit = "; ".join(f"{c['citation']}: {c['claim']}" for c in item.get("literature", []))
            lines.append(f"| {_md_escape(str(item['trait']))} | {_md_escape(str(item['why']))} | {_md_escape(lit)} |")
        lines.append("")
    return "\n".join(lines) + "\n"


def _md_finding(f: Finding) -> list[str]:
    sens = f" · Art. 9: {f.sensitive}" if f.sensitive else ""
    lines = [f"### {f.title}", "", f"**{f.summary or '—'}**", "",
             f"*Confidence: {f.confidence}* — {f.confidence_basis}{sens}", ""]
    v = f.value
    if f.id == "routine" and isinstance(v, dict) and v.get("heatmap"):
        lines += ["```", *hour_chart(v["heatmap"]), "", *weekday_chart(v["heatmap"]), "```", ""]
    elif f.id == "mood" and isinstance(v, dict) and v.get("sparkline"):
        lines += [f"Weekly mood: `{v['sparkline']}`", ""]
    elif f.id == "trust_score" and isinstance(v, dict):
        lines += [f"> **{v['banner']}** — score **{v['score']}** of 350–950 ({v['band']})", "",
                  "| factor | weight | fᵢ | points | rule |", "|---|---:|---:|---:|---|"]
        lines += [f"| {n.replace('_', ' ')} | {fac['weight']:.2f} | {fac['f']:.2f} | {fac['points']:.1f} | "
                  f"{_md_escape(fac['rule'])} |" for n, fac in v["factors"].items()]
        lines.append("")
    elif v is not None:
        lines += ["<details><summary>Value</summary>", "", "```json",
                  json.dumps(v, ensure_ascii=False, indent=1, default=json_default)[:4000], "```", "", "</details>", ""]
    lines += [f"- **Method:** {f.method}"]
    if f.platform_says:
        lines.append(f"- **Platform says:** {_md_escape(_short(f.platform_says))}")
    lines += [f"- **Caveat:** {c}" for c in f.caveats]
    lines += [f"- **Literature:** {c.citation} — {c.claim}" for c in f.literature[:3]]
    ev = f.evidence
    lines += [f"- **Evidence:** {ev.n_support:,} records for, {ev.n_against:,} against", ""]
    if ev.items:
        lines += ["| when | kind | record | excerpt |", "|---|---|---|---|"]
        lines += [f"| {i.time or '—'} | {i.kind} | `{_md_escape(i.member)}`#{i.index} | {_md_escape(i.excerpt or '')} |"
                  for i in ev.items[:10]]
        lines.append("")
    return lines
