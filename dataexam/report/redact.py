"""``--redact``: a report that is safe to share — aggregates only.

Applied to the report's dict before any renderer sees it, so every format gets the same report. Each private
value is redacted where it enters the report, never by replacing its text wherever else it occurs (an input
folder named ``Amazon/`` or a contact called "English" blanked those words in every method, caveat and
literature card: the twenty-fifth pass's second tester, M2):

- record texts: evidence keeps its counts (``n_support``, ``n_against``) but no items (excerpt, member path,
  export), and lists of record pairs inside values (impulse buying's ad → order pairs, the trust score's
  per-factor evidence) are dropped;
- third-party names: top contacts become "contact 1", "contact 2" …, in the list and where the social-circle
  finding's summary quotes the top one (the one place the inference quotes a name, ``inference.social``);
- what the platforms list about the person (interests, audiences, advertisers, demographics: free text from the
  export, an advertiser can be a small local firm) becomes ``[redacted]``, one per entry, whatever its category:
  the count stays (X's ad targeting: its types and counts, each value redacted), and so do the tool's own mapping
  (``categories``, ``supported_by_data``) and the count of
  entries in special categories (``withheld_special``). Settings the report sets its own aggregates against stay:
  the account's time zone, the town and country it declares, its languages;
- file names of the inputs: an export is named by the inputs' position and kind (``input-1.zip +
  input-2.zip``, as ``dataexam batch`` names them) beside its source and era, never by its file name
  (Facebook's zips carry the username: ``1of2-facebook-<username>-<date>.zip``); the parse-issue count per
  file is dropped (the per-code count stays);
- the work place's network block (``91.64.0.0/24``) and its 0.01° cell: an employer's own address block is
  finer than the home's town; its country stays;
- identifiers by their shape in every string: ``@handles`` become ``@…`` and paths their last part.

What stays: the findings' aggregate values (zone, sleep window, country, totals per year, shares),
confidence, method, caveats and literature, word for word.
"""

from __future__ import annotations

import re
from typing import Any

from ..input_notes import redacted_message
from .view import base_name

REDACTED = "[redacted]"
_HANDLE = re.compile(r"(?<![\w.])@[A-Za-z0-9_]{1,30}")
_PATHLIKE = re.compile(r"(?<![:/\w.])(?:[A-Za-z]:\\|/)[^\s\"'|]*[/\\][^\s\"'|]*")


def redact(data: dict[str, Any]) -> dict[str, Any]:
    """A redacted copy of a report dict (see the module docstring for what goes and what stays)."""
    out = _walk(data, path=())
    out["redacted"] = True
    out["findings"] = [_finding(f) for f in out.get("findings") or []]
    return _shapes(out)


def _walk(node: Any, path: tuple[str, ...]) -> Any:
    """Record texts, paths and input names out, where they are: evidence items, record pairs, parse issues by
    file, the exports' names."""
    if isinstance(node, dict):
        out: dict[str, Any] = {}
        for key, value in node.items():
            if key == "evidence" and isinstance(value, dict) and "items" in value:
                out[key] = {**{k: v for k, v in value.items() if k != "items"}, "items": []}
            elif key == "evidence" and isinstance(value, list):  # trust-score factors
                out[key] = []
            elif key == "pairs" and isinstance(value, list):  # impulse buying: ad → order records
                out[key] = []
            elif key == "by_file" and isinstance(value, dict):  # parse issues per member: paths may hold names
                out[key] = {}
            elif key == "notes" and isinstance(value, list) and path and path[-1] == "parse_issues":
                out[key] = [_note(n) for n in value]
            elif key == "notes_left_out" and isinstance(value, list) and path and path[-1] == "parse_issues":
                out[key] = [{**n, "export": None} if isinstance(n, dict) else n for n in value]
            elif key == "exports" and isinstance(value, list) and path and path[-1] == "inputs":
                out[key] = [_export(e, n) for n, e in enumerate(value, 1)]
            else:
                out[key] = _walk(value, (*path, str(key)))
        return out
    if isinstance(node, list):
        return [_walk(v, path) for v in node]
    return node


def _note(n: Any) -> Any:
    """An input note without its export's and file's names, and its message only where its code names no file; else
    the code's redacted wording and the encoding hint the message gives (:func:`redacted_message`), or none (the
    code stays)."""
    if not isinstance(n, dict):
        return n
    code = n.get("code")
    message = n.get("message")
    return {"code": code, "export": None, "file": None,
            "message": redacted_message(str(code), message if isinstance(message, str) else None),
            # what the issue says of the reading (a stop, a read-on, a note) names no file: kept
            **{k: n[k] for k in ("kind", "nothing_read") if k in n}}


def _finding(f: Any) -> Any:
    if not isinstance(f, dict):
        return f
    if f.get("id") == "social_circle":
        return _social(f)
    if f.get("id") == "platform_vs_derived":
        return _declared(f)
    if f.get("id") == "work_location":
        return _work(f)
    return f


def _work(f: dict[str, Any]) -> dict[str, Any]:
    """The work place's network block and coordinates out: a /24 is an employer's or a small office's own address
    block and the 0.01° cell a building's neighbourhood, finer than the home finding's town (T33A M4); its country,
    share and commute country stay."""
    v = f.get("value")
    if not isinstance(v, dict):
        return f
    value = {**v, **({"network": REDACTED} if v.get("network") else {}), "lat": None, "lon": None}
    return {**f, "value": value}


def _social(f: dict[str, Any]) -> dict[str, Any]:
    """Top contacts as "contact 1" …, in the value and in the summary, which quotes the top one (``inference.social``:
    "top contact <name> (n messages; 2 different people are called <name>)"): "top contact: contact 1 (…)", as the
    renderers say it (the JSON said "top contact [redacted]": the tester's L3)."""
    from ..inference.social import display_name  # here: the inference package is slow to import

    v = f.get("value")
    if not isinstance(v, dict) or not isinstance(v.get("top_contacts"), list):
        return f
    names: dict[str, str] = {}
    contacts = []
    for i, c in enumerate(v["top_contacts"], 1):
        if isinstance(c, dict):
            if isinstance(c.get("name"), str) and c["name"]:
                names.setdefault(display_name(c["name"]), f"contact {i}")
            contacts.append({**c, "name": f"contact {i}"})
    value = {**v, "top_contacts": contacts}
    sided = v.get("one_sided")
    if isinstance(sided, dict):
        # the one-sided threads' names (T29C M6), numbered on apart: the summary gives their counts only
        n = 0
        value["one_sided"] = {}
        for side, part in sided.items():
            if isinstance(part, dict) and isinstance(part.get("top"), list):
                top = []
                for c in part["top"]:
                    n += 1
                    top.append({**c, "name": f"one-sided contact {n}"} if isinstance(c, dict) else c)
                part = {**part, "top": top}
            value["one_sided"][side] = part
    f = {**f, "value": value}
    summary = f.get("summary")
    if isinstance(summary, str):
        # only where the sentence quotes a name: a contact called "Facebook" must not blank the word elsewhere
        for name in sorted(names, key=len, reverse=True):
            summary = (summary.replace(f"top contact {name} (", f"top contact: {names[name]} (")
                       .replace(f"different people are called {name})", "different people have this name)"))
        f["summary"] = summary
    return f


def _declared(f: dict[str, Any]) -> dict[str, Any]:
    """Every entry of the platforms' lists as ``[redacted]``, sensitive or not (``--include-sensitive`` showed the
    special-category ones in clear beside redacted ordinary ones: the tester's M6); counts and mapping stay."""
    from ..inference.platform import (
        ADVERTISER_WORDS,
        APART,
        advertisers_sentence,
        apart_note,
        demographic_remarks,
        targeting_sentence,
        x_inferences_sentence,
    )

    def entries(items: Any) -> list[Any]:
        return [{**i, "declared": REDACTED} if isinstance(i, dict) else REDACTED for i in items or []]

    v = f.get("value")
    if isinstance(v, dict):
        platforms = {}
        summary = str(f.get("summary") or "")
        for key, p in (v.get("platforms") or {}).items():
            if isinstance(p, dict):
                before = apart_note(key, p)
                p = {**p, "items": entries(p.get("items")),
                     **{apart: entries(p.get(apart)) for apart in APART.values() if apart in p}}
                if before:  # the sentence naming the lists set apart (switched off, behaviour categories)
                    summary = summary.replace(before, apart_note(key, p))
            platforms[key] = p
        # the gender the person typed (`override`) is their own free text: it goes with the value
        demo = [{**d, "value": REDACTED, **({"override": REDACTED} if "override" in d else {})}
                if isinstance(d, dict) else REDACTED for d in v.get("demographics") or []]
        value = {**v, "platforms": platforms, "demographics": demo}
        if v.get("demographic_remarks"):  # X contradicting itself, said without the ages it quotes (T33A H1)
            value["demographic_remarks"] = demographic_remarks(v.get("demographics") or [], quote=False)
            unsaid = value["demographic_remarks"][0]  # one sentence however many ranges contradict
            for said in demographic_remarks(v.get("demographics") or []):
                summary = summary.replace(said, unsaid)
            while f" {unsaid} {unsaid}" in summary:
                summary = summary.replace(f" {unsaid} {unsaid}", f" {unsaid}")
        if isinstance(v.get("older_downloads"), list):  # an older download's declared names and demographics (T34A M3)
            value["older_downloads"] = [
                {**e, "values": [{**d, "value": REDACTED, **({"override": REDACTED} if "override" in d else {})}
                                 if isinstance(d, dict) else REDACTED for d in e.get("values") or []]}
                if isinstance(e, dict) else e for e in v["older_downloads"]]
        x = v.get("twitter_inferences")
        if isinstance(x, dict):  # X's TV shows and advertisers: the names go, the counts stay
            value["twitter_inferences"] = {
                k: {**e, "top": [REDACTED] * len(e.get("top") or [])} if isinstance(e, dict) else e
                for k, e in x.items()}
            summary = summary.replace(x_inferences_sentence(x), x_inferences_sentence(value["twitter_inferences"]))
        for key in ADVERTISER_WORDS:  # Facebook's and Amazon's advertiser lists: the names go, the counts stay
            a = v.get(key)
            if isinstance(a, dict):
                value[key] = {k: {**e, "top": [REDACTED] * len(e.get("top") or [])} if isinstance(e, dict) else e
                              for k, e in a.items()}
                summary = summary.replace(advertisers_sentence(key, a), advertisers_sentence(key, value[key]))
        t = v.get("twitter_ad_targeting")
        if isinstance(t, dict) and isinstance(t.get("types"), dict):  # X's targeting values: free text (keywords,
            # interests, look-alike handles) as the declared lists are; the types and counts stay
            value["twitter_ad_targeting"] = {
                **t, "types": {k: {**e, "top": [{**x, "value": REDACTED} if isinstance(x, dict) else REDACTED
                                                for x in e.get("top") or []]} if isinstance(e, dict) else e
                               for k, e in t["types"].items()},
                **{k: {**t[k], "targeted": [REDACTED] * len(t[k].get("targeted") or [])}
                   for k in ("vs_home", "vs_languages") if isinstance(t.get(k), dict)},
                # the age ranges targeted and the age X holds are demographics: redacted as the list is (T33A H1)
                **({"vs_age": {**t["vs_age"], "targeted": [REDACTED] * len(t["vs_age"].get("targeted") or []),
                               "x_holds": [REDACTED] * len(t["vs_age"].get("x_holds") or [])}}
                   if isinstance(t.get("vs_age"), dict) else {})}
            summary = summary.replace(targeting_sentence(t), targeting_sentence(value["twitter_ad_targeting"]))
        f = {**f, "value": value, "summary": summary}
    says = f.get("platform_says")
    if isinstance(says, dict):
        f["platform_says"] = {k: [REDACTED] * len(x) if isinstance(x, list) else REDACTED if isinstance(x, str)
                              else x for k, x in says.items()}
    return f


def _export(export: Any, n: int) -> Any:
    """An export named by position and kind (its ``label``: ``input-1.zip + input-2.zip``, as ``dataexam
    batch`` names inputs), never by file name: Facebook's zips are ``NofM-facebook-<username>-<date>``,
    X and Amazon downloads can carry a handle. No finding quotes an export's name (only evidence items
    carry it, and they go)."""
    if not isinstance(export, dict):
        return export
    label = export.get("label")
    out = {k: v for k, v in export.items() if k != "archive"}
    out["name"] = label if isinstance(label, str) and label else f"export-{n}"
    out["label"] = out["name"]
    return out


def _scrub(text: str) -> str:
    text = _HANDLE.sub("@…", text)
    return _PATHLIKE.sub(lambda m: base_name(m.group(0)), text)


def _shapes(node: Any) -> Any:
    """Handles and paths out of every string, by their shape (a handle or a path in any value or sentence)."""
    if isinstance(node, str):
        return _scrub(node)
    if isinstance(node, dict):
        return {(_scrub(k) if isinstance(k, str) else k): _shapes(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_shapes(v) for v in node]
    return node
