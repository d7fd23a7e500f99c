"""The sensitive gate on what findings quote: no record text of a GDPR Art. 9 category without ``--include-sensitive``.

Findings that rest on *when* a person acted (time zone, sleep, social jetlag, late nights, routine, late-night
buying) quote no record text at all (:meth:`.model.EvidenceItem.pointer`), so this gate matters for the rest.
Findings that are themselves Art. 9 (``Finding.sensitive``: the sensitive-signal inventory, a pregnancy) are
withheld whole by :func:`dataexam.inference.infer`. This module guards the rest: any finding may quote a record
as an example (the time zone's first night-time order, the spending finding's first purchases, a sleep window's
earliest tweet), and the twenty-third pass's tester found a pregnancy test bought at 01:30, prenatal vitamins,
an antidepressant, condoms, a Bible and "Praying at church …" quoted verbatim as evidence of time zone, sleep,
spending and late-night buying, right under the banner "Sensitive findings … are off". :func:`gate` runs once
on every finding the report keeps, so no aggregator has to remember it:

- every evidence item whose text relates to a special category (``categories.special_category`` of the whole
  text, kept on the item as ``EvidenceItem.special``, or of its excerpt) keeps its pointer (export, file,
  record, time, kind) and its place in the counts, but its excerpt becomes :data:`WITHHELD_EXCERPT`;
- so does every record dict of that shape inside a finding's value (impulse buying's ad → order pairs, the
  trust score's per-factor evidence), which hold the items' dict form.

The platforms' own declared interests in special categories are counted, not named, by
:mod:`.platform`, which knows which list they came from.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..categories import WITHHELD_EXCERPT, special_excerpt
from .model import EvidenceItem, Finding

# the keys of EvidenceItem.to_dict(): a dict holding all of them inside a value is a quoted record
_ITEM_KEYS = frozenset({"archive", "member", "index", "kind", "excerpt"})


def withheld_item(item: EvidenceItem) -> bool:
    """True when ``item``'s excerpt must not be shown without ``--include-sensitive``."""
    return item.excerpt is not None and item.excerpt != WITHHELD_EXCERPT and bool(
        item.special or special_excerpt(item.excerpt))


def gate_item(item: EvidenceItem) -> EvidenceItem:
    """``item`` with its excerpt withheld when it relates to a special category, else ``item`` itself."""
    return replace(item, excerpt=WITHHELD_EXCERPT) if withheld_item(item) else item


def _gate_value(node: Any) -> Any:
    """A finding's value with the excerpt of every quoted record (a dict of an evidence item's keys) that
    relates to a special category withheld; other values unchanged (a new container only where one changed)."""
    if isinstance(node, dict):
        if _ITEM_KEYS <= node.keys() and isinstance(node.get("excerpt"), str) and \
                node["excerpt"] != WITHHELD_EXCERPT and special_excerpt(node["excerpt"]):
            return {**node, "excerpt": WITHHELD_EXCERPT}
        out = {k: _gate_value(v) for k, v in node.items()}
        return node if all(out[k] is v for k, v in node.items()) else out
    if isinstance(node, list):
        items = [_gate_value(v) for v in node]
        return node if all(a is b for a, b in zip(items, node)) else items
    if isinstance(node, EvidenceItem):
        return gate_item(node)
    return node


def gate(finding: Finding) -> int:
    """Withhold, in place, every excerpt of ``finding`` that relates to a special category (evidence items and
    records quoted inside its value); returns how many evidence items were withheld."""
    items = finding.evidence.items
    withheld = 0
    for i, item in enumerate(items):
        if withheld_item(item):
            items[i] = replace(item, excerpt=WITHHELD_EXCERPT)
            withheld += 1
    finding.value = _gate_value(finding.value)
    return withheld


__all__ = ["WITHHELD_EXCERPT", "gate", "gate_item", "withheld_item"]
