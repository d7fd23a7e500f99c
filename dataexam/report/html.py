"""The HTML report (``-f html``): one self-contained file that works offline and makes no network request.

- Charts are drawn by plotly.js, embedded inline from the ``plotly`` Python package
  (``plotly.offline.get_plotlyjs()``, the minified bundle the wheel ships; about 4.8 MB, so a report is
  about 5 MB). Nothing is loaded from a CDN, there are no web fonts (system font stack) and no images
  other than what the charts draw.
- A Content-Security-Policy forbids every connection: ``default-src 'none'``, scripts only by their
  SHA-256 hashes, inline styles allowed (plotly styles its elements inline), ``connect-src 'none'``.
- The structure follows the terminal report: at a glance, what the platforms say against what the data
  implies, the run, a section per topic (headline, values, chart, evidence table with export, file, record
  and local time, caveats; method, confidence basis, literature and all evidence folded in ``<details>``,
  open with ``detail="full"``), what you can do, what the tool does not attempt.
- Readable on a phone (fluid layout, tables scroll sideways, responsive charts) and printable (folded
  parts open when printing, charts do not split across pages).
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
from typing import Any

from . import view
from .text import picture
from .view import Detail

PLOTLY_CONFIG = {"displayModeBar": False, "responsive": True}
COLOURS = {"high": "#1b7f3b", "medium": "#a56a00", "low": "#b3261e", "insufficient": "#6b6b6b"}

CSS = """
:root{--fg:#1d1d1f;--muted:#5f6368;--line:#dadce0;--bg:#fff;--soft:#f5f6f8;--accent:#1a56db}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;
color:var(--fg);background:var(--bg)}
main{max-width:62rem;margin:0 auto;padding:1rem}
h1{font-size:1.7rem;margin:.5rem 0}h2{font-size:1.35rem;margin:2rem 0 .5rem;border-bottom:2px solid var(--line)}
h3{font-size:1.1rem;margin:1.2rem 0 .2rem}
.conf{font-size:.8rem;font-weight:600;padding:.05rem .45rem;border-radius:1rem;color:#fff;white-space:nowrap}
.muted{color:var(--muted)}.headline{font-size:1.05rem;margin:.2rem 0 .4rem}
.glance{list-style:none;padding:0;margin:0}.glance a{color:inherit;text-decoration:none}
.glance .conf{align-self:flex-start}
.glance li{display:flex;gap:.6rem;justify-content:space-between;
padding:.35rem 0;border-bottom:1px solid var(--line)}
.banner{background:#b3261e;color:#fff;font-weight:700;padding:.3rem .6rem;display:inline-block;border-radius:.2rem}
.redacted{background:#e8f0fe;border-left:4px solid var(--accent);padding:.4rem .7rem}
article{border:1px solid var(--line);border-radius:.5rem;padding:.4rem 1rem .8rem;margin:.8rem 0;break-inside:avoid}
.scroll{overflow-x:auto}table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{text-align:left;vertical-align:top;padding:.3rem .5rem;border-bottom:1px solid var(--line)}
th{color:var(--muted);font-weight:600}td.num{text-align:right;white-space:nowrap}
td code{word-break:break-all}
.chart{width:100%;min-height:16rem;break-inside:avoid}
details{margin:.4rem 0}summary{cursor:pointer;color:var(--accent)}
pre{background:var(--soft);padding:.5rem;overflow-x:auto;font-size:.8rem;line-height:1.2}
@media (max-width:40rem){body{font-size:15px}main{padding:.5rem}article{padding:.3rem .6rem}}
@media print{main{max-width:none}summary{color:var(--fg)}article{border:none;padding:0}
a{color:inherit;text-decoration:none}}
"""

BOOT = """
(function(){
  var figs = JSON.parse(document.getElementById('dataexam-figures').textContent);
  Object.keys(figs).forEach(function(id){
    var el = document.getElementById(id);
    if (el && window.Plotly) { Plotly.newPlot(el, figs[id].data, figs[id].layout, figs[id].config); }
  });
  window.addEventListener('beforeprint', function(){
    document.querySelectorAll('details').forEach(function(d){ d.setAttribute('open', ''); });
  });
  document.documentElement.setAttribute('data-charts', String(Object.keys(figs).length));
})();
"""


def _e(text: Any) -> str:
    return html.escape(str(text), quote=True)


def _csp_hash(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii") + "'"


def plotly_js() -> str:
    """The plotly.js bundle shipped inside the ``plotly`` wheel (no network)."""
    from plotly.offline import get_plotlyjs

    return get_plotlyjs()


def to_html(data: dict[str, Any], detail: Detail = "default", *, include_plotly: bool = True) -> str:
    """The report as one HTML document (see the module docstring)."""
    full = detail == "full"
    zone = view.local_zone(data)
    figures: dict[str, dict[str, Any]] = {}
    body: list[str] = ["<main>", '<header><h1>dataexam report</h1><p class="muted">What your exports reveal about '
                       f'you · generated {_e(data.get("generated_at") or "")}</p></header>']
    if data.get("redacted"):
        body.append('<p class="redacted"><strong>Redacted:</strong> aggregates only — no record texts, names, '
                    'handles or paths. Safe to share.</p>')
    body += _glance(data)
    body += _platforms(data)
    body += _run(data)
    for key, title, findings in view.ordered(data):
        body.append(f'<section id="s-{_e(key)}" data-section="{_e(key)}"><h2>{_e(title)}</h2>')
        for f in findings:
            body += _finding(f, zone, full, figures)
        body.append("</section>")
    body += _actions(data)
    body += _not_attempted(data, full)
    body.append('<footer class="muted"><p>Made offline by dataexam; this file loads nothing from the network. '
                'Confidence is ordinal (high, medium, low); nothing here is a diagnosis or a real score.</p>'
                "</footer></main>")
    # "<" escaped as \u003c: no "</script>" or "<!--" can end or confuse the data block
    fig_json = json.dumps(figures, ensure_ascii=False, default=str).replace("<", "\\u003c")
    scripts = [plotly_js() if include_plotly else "", BOOT]
    csp = ("default-src 'none'; script-src " + " ".join(_csp_hash(s) for s in scripts if s) +
           "; style-src 'unsafe-inline'; img-src data:; font-src 'none'; connect-src 'none'; "
           "base-uri 'none'; form-action 'none'")
    head = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
            f'<meta http-equiv="Content-Security-Policy" content="{html.escape(csp, quote=False)}">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            '<meta name="referrer" content="no-referrer">',
            "<title>dataexam report</title>", f"<style>{CSS}</style>", "</head>", "<body>"]
    tail = [f'<script type="application/json" id="dataexam-figures">{fig_json}</script>']
    tail += [f"<script>{s}</script>" for s in scripts if s]
    tail += ["</body>", "</html>"]
    return "\n".join(head + body + tail) + "\n"


def _conf(conf: str) -> str:
    text = f"{conf} confidence" if conf != "insufficient" else "not enough data"
    return f'<span class="conf" style="background:{COLOURS.get(conf, "#6b6b6b")}">{_e(text)}</span>'


def _glance(data: dict[str, Any]) -> list[str]:
    g = view.glance(data)
    out = ['<section id="s-glance" data-section="glance"><h2>At a glance</h2><ul class="glance">']
    for fid, line, conf in g.lines:
        out.append(f'<li><a href="#f-{_e(fid)}">{_e(line)}</a> {_conf(conf)}</li>')
    out.append("</ul>")
    if g.insufficient:
        out.append(f'<p class="muted">Not enough data for: {_e(view.join(g.insufficient))}.</p>')
    if g.english_only:
        out.append(f'<p class="muted">{_e(g.english_only_line())}</p>')
    if not data.get("include_sensitive"):
        out.append(f'<p class="muted">{_e(view.SENSITIVE_OFF)}</p>')
    out.append("</section>")
    return out


def _table(head: list[str], rows: list[list[str]], raw: bool = False) -> str:
    cells = "".join(f"<th>{_e(h)}</th>" for h in head)
    body = "".join("<tr>" + "".join(f"<td>{c if raw else _e(c)}</td>" for c in row) + "</tr>" for row in rows)
    return f'<div class="scroll"><table><thead><tr>{cells}</tr></thead><tbody>{body}</tbody></table></div>'


def _platforms(data: dict[str, Any]) -> list[str]:
    rows = view.platform_lines(data)
    if not rows:
        return []
    return ['<section id="s-compare" data-section="compare"><h2>What the platforms say — and what your data '
            'implies</h2>', _table(["", "platform says", "your data implies"], [list(r) for r in rows]), "</section>"]


def _run(data: dict[str, Any]) -> list[str]:
    rows = [list(r) for r in view.run_lines(data)]
    return ['<section id="s-run" data-section="run"><h2>What was read</h2>', _table(["", ""], rows), "</section>"]


def _finding(f: dict[str, Any], zone: Any, full: bool, figures: dict[str, Any]) -> list[str]:
    fid = str(f.get("id"))
    conf = str(f.get("confidence"))
    sens = f' <span class="muted">(sensitive: {_e(f["sensitive"])})</span>' if f.get("sensitive") else ""
    out = [f'<article id="f-{_e(fid)}" data-finding="{_e(fid)}">', f"<h3>{_e(view.title(f))} {_conf(conf)}{sens}</h3>",
           f'<p class="headline">{_e(view.headline(f))}</p>']
    facts = view.facts(f)
    if facts:
        out.append(_table(["", ""], [[k, v] for k, v in facts]))
    charts = _figures(f, zone)
    for i, fig in enumerate(charts):
        div = f"chart-{fid}-{i}"
        figures[div] = fig
        caption = _e(fig["layout"].get("title", {}).get("text", ""))
        out.append(f'<div class="chart" id="{div}" role="img" aria-label="{caption}"></div>')
    if not charts:
        pic = picture(f, zone)
        if pic and fid not in ("platform_vs_derived",):
            out.append("<pre>" + _e("\n".join(pic)) + "</pre>")
    if fid == "trust_score":
        out += _trust(f, full)
    if fid == "platform_vs_derived":
        out += _declared(f)
    caveats = [str(c) for c in f.get("caveats") or [] if str(c).strip(" .") != view.BANNER]
    if caveats:
        out.append("<ul>" + "".join(f'<li><span class="muted">Caveat:</span> {_e(c)}</li>' for c in caveats) + "</ul>")
    ev = f.get("evidence") or {}
    rows = view.evidence_rows(f, zone, None)
    if ev.get("n_support") or ev.get("n_against") or rows:
        counts = view.evidence_counts(ev)
        out.append(f'<p><span class="muted">Evidence:</span> {_e(counts)}</p>')
        if rows:
            table = _table(["export", "file", "record", view.zone_label(zone), "what"],
                           [[_e(r.export), f"<code>{_e(r.file)}</code>", _e(r.record), _e(r.when),
                             _e(r.what or r.kind)] for r in rows], raw=True)
            out.append(f"<details{' open' if full else ''}><summary>Evidence records ({len(rows)})</summary>"
                       f"{table}</details>")
    how = [f"<p><strong>Method:</strong> {_e(f.get('method') or '')}</p>",
           f"<p><strong>Confidence:</strong> {_e(conf)} — {_e(f.get('confidence_basis') or '')}</p>"]
    if f.get("platform_says") and fid != "platform_vs_derived":
        how.append(f"<p><strong>Platform says:</strong> {_e(view.plain(f['platform_says']))}</p>")
    lit = [c for c in f.get("literature") or [] if isinstance(c, dict)]
    if lit:
        how.append("<ul>" + "".join(f"<li>{_e(c.get('citation'))}: {_e(c.get('claim'))}"
                                    + (f" <span class=\"muted\">({_e(c['url'])})</span>" if c.get("url") else "")
                                    + "</li>" for c in lit) + "</ul>")
    out.append(f"<details{' open' if full else ''}><summary>How this was found, and the literature</summary>"
               + "".join(how) + "</details>")
    out.append("</article>")
    return out


def _trust(f: dict[str, Any], full: bool) -> list[str]:
    v = f.get("value")
    if not isinstance(v, dict):
        return []
    out = [f'<p><span class="banner">{_e(v.get("banner") or view.BANNER)}</span></p>']
    rows = []
    for name, fac in (v.get("factors") or {}).items():
        if isinstance(fac, dict):
            w = float(fac.get("weight") or 0)
            rows.append([view.label(name), view.percent(w), f"{float(fac.get('points') or 0):.0f} of {600 * w:.0f}",
                         str(fac.get("explanation") or ""), str(fac.get("raise") or ""), str(fac.get("lower") or "")])
    out.append(_table(["factor", "weight", "points", "what it means", "raises it", "lowers it"], rows))
    rules = [r for fac in (v.get("factors") or {}).values() if isinstance(fac, dict)
             for r in fac.get("rules_applied") or [] if isinstance(r, dict)]
    if rules:
        out.append("<ul>" + "".join(f"<li><strong>Rule:</strong> {_e(r.get('rule'))}"
                                    # a rule that quotes nobody has no "mirrors" clause (T30B L3)
                                    + (f" — mirrors <em>{_e(r.get('quote'))}</em>" if r.get("quote") else "")
                                    + f" <span class=\"muted\">Why it is wrong: "
                                    f"{_e(r.get('critique'))}</span></li>" for r in rules) + "</ul>")
    formulas = [f"<p><strong>Formula:</strong> <code>{_e(v.get('formula'))}</code> {_e(v.get('weights_note', ''))}</p>"]
    for name, fac in (v.get("factors") or {}).items():
        if isinstance(fac, dict):
            formulas.append(f"<p>{_e(view.label(name))}: <code>{_e(fac.get('rule'))}</code>; inputs: "
                            f"{_e(view.plain(fac.get('inputs')))}</p>")
    out.append(f"<details{' open' if full else ''}><summary>Formulas</summary>{''.join(formulas)}</details>")
    return out


def _declared(f: dict[str, Any]) -> list[str]:
    v = f.get("value")
    if not isinstance(v, dict):
        return []
    rows = []
    for name, p in (v.get("platforms") or {}).items():
        for i in (p.get("items") or []) if isinstance(p, dict) else []:
            if isinstance(i, dict):
                rows.append([view.platform_list_name(name), str(i.get("declared")),
                             "yes" if i.get("supported_by_data") else
                             "not checkable" if i.get("not_checkable") else
                             "not checked" if i.get("supported_by_data") is None else "no",
                             view.join([view.label(c) for c in i.get("categories") or []]) or "—"])
        withheld = view.withheld_special(name, p) if isinstance(p, dict) else ""
        if withheld:  # counted, not named (inference.platform)
            rows.append([view.platform_list_name(name), withheld, "—", "—"])
        for field, why in (("switched_off", "you switched it off: not counted"),
                           ("behaviour_categories", "a behaviour or demographic category, not an interest: not "
                                                    "counted")):
            for i in (p.get(field) or []) if isinstance(p, dict) else []:
                if isinstance(i, dict):  # listed apart, outside the counts (inference.platform.APART)
                    rows.append([view.platform_list_name(name), str(i.get("declared")), why,
                                 view.join([view.label(c) for c in i.get("categories") or []]) or "—"])
    for line in view.x_inference_lines(v.get("twitter_inferences")):  # X's other inferences: not checkable
        rows.append(["X's other inferences", line, "—", "—"])
    for name, lines in view.advertiser_list_lines(v):  # Facebook's and Amazon's advertiser lists: not checkable
        rows += [[name, line, "—", "—"] for line in lines]
    for remark in v.get("demographic_remarks") or []:
        rows.append(["Demographics", str(remark), "—", "—"])
    years = v.get("derived_years")  # the platforms' lists are undated: the years of your records read
    backed = f"backed by your records of {years}" if years else "backed by your records"
    return [_table(["list", "declared", backed, "category"], rows)] if rows else []


def _actions(data: dict[str, Any]) -> list[str]:
    rows = view.actions(data)
    if not rows:
        return []
    grouped: dict[tuple[str, str], list[str]] = {}
    for name, platform, text in rows:
        grouped.setdefault((platform, text), []).append(name)
    return ['<section id="s-actions" data-section="actions"><h2>What you can do</h2>',
            '<p class="muted">Where the platforms keep the data these findings rest on (nothing is fetched).</p>',
            _table(["platform", "findings", "where"], [[p, view.join(n), t] for (p, t), n in grouped.items()]),
            "</section>"]


def _not_attempted(data: dict[str, Any], full: bool) -> list[str]:
    items = [i for i in data.get("not_attempted") or [] if isinstance(i, dict)]
    if not items:
        return []
    rows = [[str(i.get("trait")), str(i.get("why")),
             "; ".join(f"{c.get('citation')}: {c.get('claim')}" for c in i.get("literature") or []
                       if isinstance(c, dict))] for i in items]
    return ['<section id="s-not-attempted" data-section="not-attempted"><h2>What this tool does not attempt</h2>',
            f"<details{' open' if full else ''}><summary>Traits left alone, and what trained models reached</summary>",
            _table(["trait", "why not", "what a trained model reached"], rows), "</details></section>"]


# -- charts (plotly figure specs) ---------------------------------------------------------------------------
def _layout(title: str, **extra: Any) -> dict[str, Any]:
    layout = {"title": {"text": title, "font": {"size": 14}}, "margin": {"l": 60, "r": 10, "t": 40, "b": 40},
              "height": 300, "autosize": True, "font": {"family": "system-ui, sans-serif"},
              "paper_bgcolor": "#fff", "plot_bgcolor": "#fff", "hoverlabel": {"namelength": 0}}
    layout.update(extra)
    return layout


def _fig(data: list[dict[str, Any]], layout: dict[str, Any]) -> dict[str, Any]:
    return {"data": data, "layout": layout, "config": PLOTLY_CONFIG}


def _figures(f: dict[str, Any], zone: Any) -> list[dict[str, Any]]:
    try:
        return _figures_unsafe(f, zone)
    except (KeyError, TypeError, ValueError, AttributeError, IndexError):
        return []


def _figures_unsafe(f: dict[str, Any], zone: Any) -> list[dict[str, Any]]:
    v = f.get("value")
    fid = f.get("id")
    if fid == "routine" and isinstance(v, dict) and v.get("heatmap"):
        where = view.week_clock(v, zone).removeprefix("on ").removeprefix("in ")  # as the text report's
        z = [[int(x) for x in row[:24]] for row in v["heatmap"][:7]]
        return [_fig([{"type": "heatmap", "z": z, "x": [f"{h:02d}" for h in range(24)], "y": list(view.WEEKDAYS),
                       "colorscale": [[0, "#f7fbff"], [0.5, "#6baed6"], [1, "#08306b"]], "showscale": False,
                       "hovertemplate": "%{y} %{x}:00 · %{z} records<extra></extra>"}],
                     _layout(f"Your week: records per weekday and hour ({where})",
                             yaxis={"autorange": "reversed"}, xaxis={"title": {"text": "hour"}}))]
    if fid == "mood" and isinstance(v, dict):
        series = view.mood_series(v)
        if not series:
            return []
        shapes = [{"type": "rect", "xref": "x", "yref": "paper", "x0": p["start"], "x1": p["end"], "y0": 0, "y1": 1,
                   "fillcolor": "#b3261e", "opacity": 0.15, "line": {"width": 0}}
                  for p in v.get("low_periods") or [] if isinstance(p, dict)]
        traces = [{"type": "scatter", "mode": "lines", "x": [d.isoformat() for d, _, _ in series],
                   "y": [m for _, m, _ in series], "customdata": [n for _, _, n in series], "line": {"width": 1.5},
                   "name": "weekly mood",
                   "hovertemplate": "week of %{x}: %{y:.2f} · %{customdata} texts<extra></extra>"}]
        if view.finite(v.get("baseline")):
            ends = [series[0][0].isoformat(), series[-1][0].isoformat()]
            traces.append({"type": "scatter", "mode": "lines", "x": ends,
                           "y": [v["baseline"]] * 2, "line": {"dash": "dot", "color": "#888"}, "name": "your usual",
                           "hovertemplate": "your usual: %{y:.2f}<extra></extra>"})
        return [_fig(traces, _layout("Mood of your writing per week (red: low periods)", shapes=shapes,
                                     showlegend=False, yaxis={"range": [-1, 1], "title": {"text": "tone"}}))]
    if fid == "spending" and isinstance(v, dict):
        out = []
        traces = []
        for cur, _, rows in view.spending_totals(v):
            traces.append({"type": "bar", "name": cur, "x": [y for y, _ in rows], "y": [float(a) for _, a in rows],
                           "customdata": [view.money(a, cur) for _, a in rows],
                           "hovertemplate": "%{x}: %{customdata}<extra>" + cur + "</extra>"})
        if traces:
            out.append(_fig(traces, _layout("Amazon spending per year", barmode="group",
                                             showlegend=len(traces) > 1)))
        cats = [c for c in v.get("categories") or [] if isinstance(c, dict)]
        if cats:
            main = v.get("main_currency")
            out.append(_fig([{"type": "bar", "orientation": "h", "y": [view.label(c["category"]) for c in cats][::-1],
                              "x": [float(c.get("amount") or 0) for c in cats][::-1],
                              "customdata": [[view.money(c.get("amount"), main), c.get("items")] for c in cats][::-1],
                              "hovertemplate": "%{y}: %{customdata[0]} · %{customdata[1]} items<extra></extra>"}],
                            _layout(f"Spending per category ({main})" if main else "Spending per category",
                                    margin={"l": 110, "r": 10, "t": 40, "b": 40})))
        return out
    if fid == "trips" and isinstance(v, list) and v:
        traces = []
        for t in v:
            name = view.country(t.get("country"))
            traces.append({"type": "scatter", "mode": "lines+markers", "x": [t["start"], t["end"]], "y": [name, name],
                           "line": {"width": 10}, "marker": {"size": 12}, "name": name,
                           "customdata": [[view.span(t["start"], t["end"]), t.get("days_observed"),
                                           t.get("observations")]] * 2,
                           "hovertemplate": "%{y} %{customdata[0]} · %{customdata[1]} days seen · "
                                            "%{customdata[2]} records<extra></extra>"})
        return [_fig(traces, _layout("Trips abroad", showlegend=False, xaxis={"type": "date"},
                                     height=max(180, 90 + 45 * len({t.get("country") for t in v})),
                                     margin={"l": 110, "r": 10, "t": 40, "b": 40}))]
    if fid in ("devices", "languages") and isinstance(v, dict):
        shares = {k: s for k, s in (v.get("shares") or {}).items() if view.finite(s)}
        if not shares:
            return []
        names = [view.language(k) if fid == "languages" else str(k) for k in shares]
        total = v.get("observations") if fid == "devices" else v.get("texts_sampled")
        counts = [round(s * total) if isinstance(total, (int, float)) else "" for s in shares.values()]
        return [_fig([{"type": "bar", "x": names, "y": [s * 100 for s in shares.values()], "customdata": counts,
                       "hovertemplate": "%{x}: %{y:.0f}% · about %{customdata} records<extra></extra>"}],
                     _layout("Operating systems (share of logins)" if fid == "devices" else
                             "Languages you write in (share of texts)", yaxis={"ticksuffix": "%"}))]
    if fid in ("interests", "topics") and isinstance(v, list) and v:
        key = "records" if fid == "interests" else "count"
        rows = view.chart_rows(fid, v)[:10][::-1]
        return [_fig([{"type": "bar", "orientation": "h", "y": [view.label(r["category"]) for r in rows],
                       "x": [r.get(key) or 0 for r in rows],
                       "hovertemplate": "%{y}: %{x} records<extra></extra>"}],
                     _layout("Interests (records per category)" if fid == "interests" else "Topics (texts per topic)",
                             margin={"l": 110, "r": 10, "t": 40, "b": 40}))]
    if fid == "trust_score" and isinstance(v, dict):
        factors = [(k, fac) for k, fac in (v.get("factors") or {}).items() if isinstance(fac, dict)]
        names = [view.label(k) for k, _ in factors]
        maxes = [600 * float(fac.get("weight") or 0) for _, fac in factors]
        points = [float(fac.get("points") or 0) for _, fac in factors]
        ev = [len(fac.get("evidence") or []) for _, fac in factors]
        return [_fig([{"type": "bar", "orientation": "h", "y": names, "x": maxes, "name": "possible",
                       "marker": {"color": "#e3e6ea"}, "hovertemplate": "%{y}: up to %{x:.0f} points<extra></extra>"},
                      {"type": "bar", "orientation": "h", "y": names, "x": points, "name": "yours",
                       "customdata": ev, "marker": {"color": "#b3261e"},
                       "hovertemplate": "%{y}: %{x:.0f} points · %{customdata} evidence records shown<extra></extra>"}],
                     _layout(f"Mock score points per factor (total {v.get('score')})", barmode="overlay",
                             showlegend=False, margin={"l": 150, "r": 10, "t": 40, "b": 40}))]
    return []
