"""The terminal report (``-f text``, the default), drawn with rich.

Reading order: **at a glance** (one plain-language line per finding with something to say, its confidence;
findings without enough data folded into one line; then what the platforms say about you against what
your data implies), the run (records, period, exports), then one section per topic. Each finding shows its
headline, its main values, its picture (routine grid, mood chart, spending bars, trip timeline), the top
evidence (export, file, record, local time) and its caveats. ``detail="full"`` adds the method, the
confidence basis, literature, every evidence row, the trust score's formulas and what the tool does not
attempt. Then "what you can do": the settings and download sections that feed each finding.

Nothing from the data is ever read as rich markup or emoji codes: a contact called ``Mia [she/her] Becker``
or ``Anna [/s]``, a declared value ``[red]x[/red]``, an input named ``[bold]notes`` are printed as written.
Every string reaches rich as a :class:`rich.text.Text` (never as a ``str``, which rich parses as markup):
tables are :class:`PlainTable` (its cells, headers and title become ``Text``) and the console goes through
:class:`PlainConsole`, which turns any ``str`` it is given into ``Text`` and prints with markup off.
"""

from __future__ import annotations

from typing import Any

from rich.console import Console, RenderableType
from rich.table import Table
from rich.text import Text

from dataexam.wording import count_phrase

from ..categories import WITHHELD_EXCERPT
from ..inference.platform import SPECIAL_NOTE
from ..inference.trust import SET_ASIDE_NOTE
from . import charts, view
from .view import Detail

CONF_STYLE = {"high": "bold green", "medium": "yellow", "low": "red", "insufficient": "dim"}
DEFAULT_EVIDENCE = 1
#: evidence items looked at beyond the first, for an example not yet given under another finding
_SPARE_EXAMPLES = 4
DEFAULT_CAVEATS = 1
#: caveats printed at every detail wherever a finding has them: the platform comparison's note that declared items in
#: special categories are neither listed nor counted (README: said "in every report" without --include-sensitive;
#: T27D L2: the text report, showing one caveat, never printed it); and the purchase findings' note that purchases in
#: special categories are left out of their figures (T36: "You spent $76.98 (4 orders)" of 6 orders, the other two
#: set aside as Art. 9 with no word of it at the default detail — the note was the spending finding's second caveat)
ALWAYS_SHOWN = frozenset({SPECIAL_NOTE, SET_ASIDE_NOTE})


def plain_text(value: Any, style: str = "") -> Any:
    """``value`` as rich should see it: a ``str`` becomes :class:`Text` (printed as written, never parsed as
    markup or ``:emoji:`` codes); any other renderable (``Text``, a table) is returned as is."""
    return Text(value, style=style) if isinstance(value, str) else value


class PlainTable(Table):
    """A rich Table whose ``str`` cells, column headers and title are :class:`Text`: a table cell given as a
    ``str`` is rich markup (``Mia [bold]B[/bold] [/x] Becker`` raised MarkupError: the twenty-fifth pass's
    tester, H1)."""

    def __init__(self, *args: Any, title: str | Text | None = None, **kwargs: Any) -> None:
        super().__init__(*args, title=plain_text(title) if title is not None else None, **kwargs)

    def add_column(self, header: RenderableType = "", *args: Any, **kwargs: Any) -> None:
        super().add_column(plain_text(header), *args, **kwargs)

    def add_row(self, *renderables: RenderableType | None, **options: Any) -> None:
        super().add_row(*(plain_text(r) for r in renderables), **options)


class PlainConsole:
    """The few console calls the report makes, each with data that cannot be markup: ``str`` arguments become
    :class:`Text`, and rich's markup, emoji and highlighting are off for every print (the pager path renders
    through the same object: ``cli._render_text``)."""

    def __init__(self, console: Console) -> None:
        self.console = console

    def print(self, *objects: Any, **kwargs: Any) -> None:
        kwargs.update(markup=False, emoji=False, highlight=False)
        self.console.print(*(plain_text(o) for o in objects), **kwargs)

    def rule(self, title: str = "") -> None:
        self.console.rule(Text(title, style="bold"))


def render_text(data: dict[str, Any], console: Console, detail: Detail = "default") -> None:
    """Write the report dict ``data`` (see :mod:`dataexam.report.view`) to ``console``."""
    out = PlainConsole(console)
    full = detail == "full"
    zone = view.local_zone(data)
    out.print(Text.assemble(("dataexam report", "bold"), " — what your exports reveal about you"))
    if data.get("redacted"):
        out.print(Text("REDACTED: aggregates only — no record texts, names, handles or paths. Safe to share.",
                       style="bold"))
    if data.get("only"):
        out.print(Text(f"Only: {', '.join(data['only'])}", style="dim"))
    _glance(data, out)
    _platforms(data, out)
    _run(data, out)
    shown: dict[tuple[str, str, str], str] = {}  # an example record given → the finding it was given under
    for _, title, findings in view.ordered(data):
        out.rule(title)
        for f in findings:
            _finding(out, f, zone, full, shown)
    _actions(data, out)
    if full:
        _not_attempted(data, out)
    else:
        out.print(Text("Methods, literature and all evidence: --detail full." +
                       ("" if data.get("redacted") else " To share this report: --redact."), style="dim"))


def _glance(data: dict[str, Any], console: PlainConsole) -> None:
    g = view.glance(data)
    console.rule("At a glance")
    grid = PlainTable.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column(ratio=1)
    grid.add_column(no_wrap=True, justify="right")
    for _, line, conf in g.lines:
        grid.add_row("•", line, Text(conf, style=CONF_STYLE.get(conf, "")))
    console.print(grid)
    if g.insufficient:
        console.print(Text(f"  Not enough data for: {view.join(g.insufficient)}.", style="dim"))
    if g.english_only:
        console.print(Text(f"  {g.english_only_line()}", style="dim"))
    if not data.get("include_sensitive"):
        console.print(Text(f"  {view.SENSITIVE_OFF}", style="dim"))


def _platforms(data: dict[str, Any], console: PlainConsole) -> None:
    rows = view.platform_lines(data)
    if not rows:
        return
    console.print()
    table = PlainTable(title="What the platforms say about you — and what your data implies", title_justify="left",
                  title_style="bold", box=None, header_style="dim", pad_edge=False)
    table.add_column("")
    table.add_column("platform says", ratio=1)
    table.add_column("your data implies", ratio=1)
    for what, says, implies in rows:
        table.add_row(what, says, implies)
    console.print(table)


def _run(data: dict[str, Any], console: PlainConsole) -> None:
    console.print()
    grid = PlainTable.grid(padding=(0, 2))
    grid.add_column(style="dim", no_wrap=True)
    grid.add_column()
    for k, v in view.run_lines(data):
        grid.add_row(k, v)
    console.print(grid)


def _finding(console: PlainConsole, f: dict[str, Any], zone: Any, full: bool,
             shown: dict[tuple[str, str, str], str] | None = None) -> None:
    conf = str(f.get("confidence"))
    console.print()
    title = Text.assemble((view.title(f), "bold"), "  ",
                          (f"{conf} confidence" if conf != "insufficient" else "not enough data",
                           CONF_STYLE.get(conf, "")))
    if f.get("sensitive"):
        title.append(f"  (sensitive: {f['sensitive']})", style="magenta")
    console.print(title)
    console.print(Text("  " + view.headline(f)))
    if not full and conf == "insufficient":
        return  # folded into the at-a-glance line; --detail full says why
    facts = view.facts(f)
    if facts:
        grid = PlainTable.grid(padding=(0, 2))
        grid.add_column(style="dim", no_wrap=True)
        grid.add_column()
        for k, v in facts:
            grid.add_row("  " + k, v)
        console.print(grid)
    for line in picture(f, zone):
        # wrapped, never cut: rich crops a no_wrap line at the console's width even with crop=False, and a pipe to a
        # file (80 columns) lost "…, Video games ✓, Coffee ✓" of a platform's list with no mark (ART9 fault 5); a
        # chart's line fits and prints as it is
        console.print(Text(line), overflow="fold")
    if f.get("id") == "trust_score":
        _trust(console, f, full)
    if full and f.get("platform_says") and f.get("id") not in ("platform_vs_derived",):
        console.print(Text.assemble(("  Platform says: ", "dim"), view.plain(f["platform_says"])))
    _evidence(console, f, zone, full, shown if shown is not None else {})
    caveats = [str(c) for c in f.get("caveats") or [] if str(c).strip(" .") != view.BANNER]
    # at the default detail the first caveat, and the notes every report says (README: "in every report")
    for c in caveats if full else [c for i, c in enumerate(caveats) if i < DEFAULT_CAVEATS or c in ALWAYS_SHOWN]:
        console.print(Text.assemble(("  Caveat: ", "dim"), c))
    if full:
        console.print(Text.assemble(("  Method: ", "dim"), str(f.get("method") or "")))
        console.print(Text.assemble(("  Confidence: ", "dim"), f"{conf} — {f.get('confidence_basis') or ''}"))
        for card in f.get("literature") or []:
            if isinstance(card, dict):
                console.print(Text.assemble(("  Literature: ", "dim"), f"{card.get('citation')}: {card.get('claim')}"))


def picture(f: dict[str, Any], zone: Any) -> list[str]:
    """The finding's terminal picture(s), as lines; [] when it has none or the value is unexpected."""
    v = f.get("value")
    fid = f.get("id")
    try:
        if fid == "routine" and isinstance(v, dict) and v.get("heatmap"):
            # the clock named by its city, as the facts rows name it ("on New York time": view.zone_city; T37, was
            # "in America/New_York"), and the range where the time zone is one (view.week_clock; T37 L2)
            where = view.week_clock(v, zone)
            return [f"  Your week, {where}:", *("  " + line for line in charts.routine_grid(v["heatmap"]))]
        if fid == "mood" and isinstance(v, dict):
            lines = ["  " + line for line in charts.mood_chart(v)]
            lows = v.get("low_periods") or []
            lines += [f"  low: {view.span(p['start'], p['end'])} ({count_phrase(p.get('weeks'), 'week')})"
                      + (f", in your {p['source']}" if p.get("source") in ("posts", "messages") else "")
                      + (f", after {p['follows']}" if p.get("follows") else "")
                      for p in lows[:5]]
            if len(lows) > 5:
                lines.append(f"  and {len(lows) - 5} more (see the JSON report)")
            return lines
        if fid == "spending" and isinstance(v, dict):
            lines = ["  Per year:", *charts.year_bars(view.spending_totals(v))]
            cats = v.get("categories") or []
            main = v.get("main_currency")
            if cats:
                lines.append("  Biggest categories" + (f" ({main})" if main else "") + ":")
                top = max((float(c.get("share") or 0) for c in cats), default=1.0) or 1.0
                for c in cats[:5]:
                    bar = charts.hbar(float(c.get("share") or 0), top, 24)
                    lines.append(f"  {view.label(c['category']):<14} {bar:<25}"
                                 f" {view.money(c.get('amount'), main)} ({view.percent(c.get('share'))})")
            return lines
        if fid == "trips" and isinstance(v, list):
            return charts.trip_timeline(v)
        if fid == "languages" and isinstance(v, dict):
            return charts.share_bars(v.get("shares") or {}, view.language)
        if fid == "devices" and isinstance(v, dict):
            return charts.share_bars(v.get("shares") or {})
        if fid in ("interests", "topics") and isinstance(v, list) and v:
            key = "records" if fid == "interests" else "count"
            top = max((float(r.get(key) or 0) for r in view.chart_rows(fid, v)), default=1.0)
            rows = []
            for r in view.chart_rows(fid, v)[: 8 if fid == "interests" else 5]:
                where = ""
                if isinstance(r.get("services"), dict):
                    where = "  " + ", ".join(f"{view.SOURCE_NAMES.get(s, s)} {n}" for s, n in r["services"].items())
                rows.append(f"  {view.label(r['category']):<14} {charts.hbar(float(r.get(key) or 0), top, 24):<25}"
                            f" {view.number(r.get(key))}{where}")
            return rows
        if fid == "platform_vs_derived" and isinstance(v, dict):
            rows = []
            for name, p in (v.get("platforms") or {}).items():
                items = [i for i in (p.get("items") or []) if isinstance(i, dict)]
                marks = [f"{i.get('declared')}{' ✓' if i.get('supported_by_data') else ''}"
                         f"{' (not checkable)' if i.get('not_checkable') else ''}" for i in items]
                withheld = view.withheld_special(name, p)
                if withheld:  # counted, not named (inference.platform)
                    marks.append(f"[{withheld}]")
                aside = view.set_apart(name, p)
                if aside:  # listed apart, outside the counts (inference.platform.APART)
                    marks.append(f"[{aside}]")
                rows.append(f"  {view.platform_list_name(name)}: {', '.join(marks)}")
            if rows:
                years = v.get("derived_years")  # the platforms' lists are undated: the years of ours read
                rows.append("  ✓ = backed by your own records" + (f" of {years}" if years else ""))
            rows += [f"  X's {line}" for line in view.x_inference_lines(v.get("twitter_inferences"))]
            rows += [f"  {name}: {line}" for name, lines in view.advertiser_list_lines(v, limit=5) for line in lines]
            rows += [f"  {r}" for r in v.get("demographic_remarks") or []]
            return rows
    except (KeyError, TypeError, ValueError, AttributeError):
        return []
    return []


def _trust(console: PlainConsole, f: dict[str, Any], full: bool) -> None:
    v = f.get("value")
    if not isinstance(v, dict):
        return
    console.print(Text(f"  {v.get('banner') or view.BANNER}  ", style="bold white on red"))
    factors = v.get("factors") or {}
    table = PlainTable(box=None, header_style="dim", pad_edge=False)
    for col in ("  factor", "weight", "points", "", "what it means"):
        table.add_column(col, justify="right" if col in ("weight", "points") else "left")
    for name, fac in factors.items():
        if not isinstance(fac, dict):
            continue
        w = float(fac.get("weight") or 0)
        pts = float(fac.get("points") or 0)
        table.add_row("  " + view.label(name), view.percent(w), f"{pts:.0f} of {600 * w:.0f}",
                      charts.hbar(pts, 600 * w, 16), str(fac.get("explanation") or ""))
    console.print(table)
    for fac in factors.values():
        for rule in (fac.get("rules_applied") or []) if isinstance(fac, dict) else []:
            if isinstance(rule, dict):
                why = f" Why it is wrong: {rule.get('critique')}" if rule.get("critique") else ""
                # a rule that quotes nobody has no "mirrors" clause ("mirrors: None": T30B L3)
                mirrors = ((" — mirrors: ", ""), (str(rule.get("quote")), "italic")) if rule.get("quote") else ()
                console.print(Text.assemble(("  Rule: ", "dim"), str(rule.get("rule")), *mirrors, why))
    if full:
        if v.get("formula"):
            console.print(Text.assemble(("  Formula: ", "dim"), str(v["formula"]), f"  ({v.get('weights_note', '')})"))
        for name, fac in factors.items():
            if isinstance(fac, dict):
                console.print(Text.assemble((f"  {view.label(name)}: ", "dim"), f"{fac.get('rule')}; inputs: "
                                            f"{view.plain(fac.get('inputs'))}; raise: {fac.get('raise')}; "
                                            f"lower: {fac.get('lower')}"))


def _evidence(console: PlainConsole, f: dict[str, Any], zone: Any, full: bool,
              shown: dict[tuple[str, str, str], str]) -> None:
    ev = f.get("evidence") or {}
    n_for, n_against = ev.get("n_support", 0), ev.get("n_against", 0)
    # a few candidates: an example already given under another finding is not given twice
    rows = view.evidence_rows(f, zone, None if full else DEFAULT_EVIDENCE + _SPARE_EXAMPLES)
    if not n_for and not n_against and not rows:
        return
    counts = view.evidence_counts(ev)  # late nights count nights
    if not full:
        line = Text.assemble(("  Evidence: ", "dim"), counts)
        fresh = next((r for r in rows if (r.export, r.file, r.record) not in shown), None)
        if fresh is not None:
            shown[(fresh.export, fresh.file, fresh.record)] = view.title(f)
            line.append(". For example: ")
            line.append(evidence_line(fresh, zone))
        elif rows:
            # every candidate was given already: say under which finding ("the example above" pointed at the home
            # finding's, two sections up, from spending: T26A L2, T26C L1)
            line.append(f" (its example is given under “{shown[(rows[0].export, rows[0].file, rows[0].record)]}”)",
                        style="dim")
        console.print(line)
        return
    console.print(Text.assemble(("  Evidence: ", "dim"), counts))
    for r in rows:
        console.print(Text("    • ") + evidence_line(r, zone))


def evidence_line(r: view.EvidenceRow, zone: Any) -> Text:
    """``export › file, record #n, time (local): what`` — the whole path, never cut."""
    plain = r.when == "undated" or r.when.endswith((view.NIGHT_DATE_WITHHELD, view.DATE_WITHHELD_SPECIAL,
                                                     view.DATE_WITHHELD_MOVE, "(date only)"))
    when = r.when if zone is None or plain else f"{r.when} local"
    what = f" — {r.what}" if r.what == WITHHELD_EXCERPT else f" — “{r.what}”" if r.what else f" ({r.kind})"
    # no record number where the finding withheld it (a record near a night-time move: WINDOW62, T58E 2)
    record = f"record {r.record.lstrip('#')}, " if r.record else ""
    return Text(f"{r.export} › {r.file}, {record}{when}{what}")


def _actions(data: dict[str, Any], console: PlainConsole) -> None:
    rows = view.actions(data)
    if not rows:
        return
    console.rule("What you can do")
    console.print(Text("Where the platforms keep the data these findings rest on (nothing is fetched):", style="dim"))
    by_platform: dict[str, dict[str, list[str]]] = {}
    for title, platform, text in rows:
        by_platform.setdefault(platform, {}).setdefault(text, []).append(title)
    for platform, texts in by_platform.items():
        console.print(Text(platform, style="bold"))
        for text, titles in texts.items():
            console.print(Text(f"  • {view.join(titles)}: {text}"))


def _not_attempted(data: dict[str, Any], console: PlainConsole) -> None:
    items = data.get("not_attempted") or []
    if not items:
        return
    console.rule("What this tool does not attempt")
    for item in items:
        if not isinstance(item, dict):
            continue
        console.print(Text.assemble((str(item.get("trait")), "bold"), f" — {item.get('why')}"))
        for c in item.get("literature") or []:
            if isinstance(c, dict):
                console.print(Text(f"  {c.get('citation')}: {c.get('claim')}", style="dim"))
