"""``--redact``: a report that is safe to share — aggregates only.

Applied to the report's dict before any renderer sees it, so every format gets the same guarantee:

- no record texts or excerpts: evidence keeps its counts (``n_support``, ``n_against``) but no items, and
  lists of record pairs inside values (impulse buying's ad → order pairs, the trust score's per-factor
  evidence) are dropped;
- no third-party names or handles: top contacts become "contact 1", "contact 2" …; every ``@handle``
  becomes ``@…``; any name, excerpt or path the report held is also removed from every other string
  (summaries, caveats), so a name quoted in a sentence goes too;
- no file names of the inputs: an export is named by the inputs' position and kind (``input-1.zip +
  input-2.zip``, as ``dataexam batch`` names them) beside its source and era, never by its file name
  (Facebook's zips carry the username: ``1of2-facebook-<username>-<date>.zip``), which is also scrubbed
  from every other string; member paths go with the evidence, and the parse-issue count per file is
  dropped (the per-code count stays).

What stays: the findings' aggregate values (zone, sleep window, country, totals per year, shares),
confidence, method, caveats and literature.
"""

from __future__ import annotations

import re
from typing import Any

from ..categories import WITHHELD_EXCERPT
from .view import base_name

REDACTED = "[redacted]"
_HANDLE = re.compile(r"(?<![\w.])@[A-Za-z0-9_]{1,30}")
_FACEBOOK_ZIP = re.compile(r"^(?:\d+of\d+-)?facebook-(.+?)-\d{1,2}_\d{1,2}_\d{4}", re.IGNORECASE)
_PATHLIKE = re.compile(r"(?<![:/\w.])(?:[A-Za-z]:\\|/)[^\s\"'|]*[/\\][^\s\"'|]*")


def redact(data: dict[str, Any]) -> dict[str, Any]:
    """A redacted copy of a report dict (see the module docstring for what goes and what stays)."""
    private: set[str] = set()
    out = _walk(data, private, path=())
    out["redacted"] = True
    return _scrub_all(out, sorted((p for p in private if len(p) >= 3), key=len, reverse=True))


def _collect_item(item: Any, private: set[str]) -> None:
    if not isinstance(item, dict):
        return
    for key in ("excerpt", "member", "archive"):
        text = item.get(key)
        if key == "excerpt" and text == WITHHELD_EXCERPT:
            continue  # the sensitive gate's own words, no record's: not scrubbed from other strings
        if isinstance(text, str) and text:
            private.add(text.rstrip("…"))
            if key == "member":  # folder names of Messenger threads carry people's names
                private.update(part for part in re.split(r"[/\\]", text) if len(part) >= 5 and "_" in part)


def _walk(node: Any, private: set[str], path: tuple[str, ...]) -> Any:
    if isinstance(node, dict):
        out: dict[str, Any] = {}
        for key, value in node.items():
            if key == "evidence" and isinstance(value, dict) and "items" in value:
                for item in value.get("items") or []:
                    _collect_item(item, private)
                out[key] = {**{k: v for k, v in value.items() if k != "items"}, "items": []}
            elif key == "evidence" and isinstance(value, list):  # trust-score factors
                for item in value:
                    _collect_item(item, private)
                out[key] = []
            elif key == "pairs" and isinstance(value, list):  # impulse buying: ad → order records
                for pair in value:
                    if isinstance(pair, dict):
                        for item in pair.values():
                            _collect_item(item, private)
                out[key] = []
            elif key == "top_contacts" and isinstance(value, list):
                contacts = []
                for i, c in enumerate(value, 1):
                    if isinstance(c, dict):
                        if isinstance(c.get("name"), str) and c["name"]:
                            private.add(c["name"])
                        contacts.append({**c, "name": f"contact {i}"})
                out[key] = contacts
            elif key == "by_file" and isinstance(value, dict):  # parse issues per member: paths may hold names
                private.update(k for k in value if isinstance(k, str))
                out[key] = {}
            elif key == "exports" and isinstance(value, list) and path and path[-1] == "inputs":
                out[key] = [_export(e, n, private) for n, e in enumerate(value, 1)]
            else:
                out[key] = _walk(value, private, (*path, str(key)))
        return out
    if isinstance(node, list):
        return [_walk(v, private, path) for v in node]
    return node


def _export(export: Any, n: int, private: set[str]) -> Any:
    """An export named by position and kind (its ``label``: ``input-1.zip + input-2.zip``, as ``dataexam
    batch`` names inputs), never by file name: Facebook's zips are ``NofM-facebook-<username>-<date>``,
    X and Amazon downloads can carry a handle. The names go to ``private``: scrubbed wherever else quoted."""
    if not isinstance(export, dict):
        return export
    names = [export.get(k) for k in ("name", "archive")]
    for name in (x for x in names if isinstance(x, str) and x):
        for part in {name, *name.split(" + ")}:
            part = base_name(part.strip())
            private.add(part)
            stem = re.sub(r"\.zip$", "", part, flags=re.IGNORECASE)
            private.add(stem)
            private.add(re.sub(r"^\d+of\d+-", "", stem, flags=re.IGNORECASE))  # quoted without its part prefix
            user = _FACEBOOK_ZIP.match(stem)
            if user:  # the username alone, wherever else it is quoted
                private.add(user.group(1))
    label = export.get("label")
    out = {k: v for k, v in export.items() if k != "archive"}
    out["name"] = label if isinstance(label, str) and label else f"export-{n}"
    out["label"] = out["name"]
    return out


def _scrub(text: str, private: list[str]) -> str:
    for p in private:
        if p in text:
            text = text.replace(p, REDACTED)
    text = _HANDLE.sub("@…", text)
    return _PATHLIKE.sub(lambda m: base_name(m.group(0)), text)


def _scrub_all(node: Any, private: list[str]) -> Any:
    if isinstance(node, str):
        return _scrub(node, private)
    if isinstance(node, dict):
        return {(_scrub(k, private) if isinstance(k, str) else k): _scrub_all(v, private) for k, v in node.items()}
    if isinstance(node, list):
        return [_scrub_all(v, private) for v in node]
    return node
