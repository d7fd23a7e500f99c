"""What the platforms say they inferred, set against what the data implies.

Facebook's ad interests and "other categories", X's personalization interests and demographics,
and Amazon's audiences are already profiling outputs inside the exports (inference.md §3.4). Each
declared item is mapped to dataexam's categories; agreement = share of mappable declared items
whose category is among the tool's derived interests.

Each platform's list keeps the export's order (its records' file, record and ``position`` attribute:
undated records reach the inference in their keys' order). A declared item in a GDPR Art. 9 special
category (``categories.special_category``: X's "Pregnancy", "Christianity", "Gay pride", Facebook's
"other categories" such as a political leaning) is, without ``--include-sensitive``, counted but not
named: ``withheld_special`` says how many and in which categories (inference.md §4 "Art. 9 items are
off by default"; the twenty-third pass's tester found them first in the at-a-glance table, right under
the banner saying sensitive findings are off).
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from ..categories import declared_categories, is_sensitive, special_category
from ..events import Event
from . import literature
from .engine import Aggregator, Context
from .model import EVIDENCE_CAP, Confidence, Evidence, EvidenceItem, Finding, Reservoir

DECLARED = {"facebook.declared_interest": "facebook_interests", "twitter.declared_interest": "twitter_interests",
            "amazon.declared_audience": "amazon_audiences", "twitter.declared_demographic": "twitter_demographics"}
CAP = 200
# Declared items that are no interest the platform ascribes: Facebook's "other categories used to reach you"
# ("Frequent Travelers", "Away from hometown", "Technology early adopters": behaviours and demographics, never
# backed by an interest), and an X interest the person switched off (`isDisabled`: X keeps it, the person unticked
# it). Each is listed apart, outside the mappable and backed counts (the twenty-fifth pass's tester, T25A L5, M6).
APART = {"other_categories": "behaviour_categories", "switched_off": "switched_off"}


class PlatformAggregator(Aggregator):
    """Collects declared interests, audiences and demographics (small lists by nature)."""

    name = "platform"
    kinds = frozenset(DECLARED)

    def __init__(self) -> None:
        # per list: (place in the export, declared name, evidence item, APART key or ""), at most CAP (the earliest
        # in the export)
        self.items: dict[str, list[tuple[tuple[str, str, int, int], str, EvidenceItem, str]]] = defaultdict(list)
        self.demographics: list[dict[str, Any]] = []
        self.ev = Reservoir()

    def consume(self, event: Event) -> None:
        key = DECLARED[event.kind]
        if event.kind == "twitter.declared_demographic":
            if len(self.demographics) < CAP:
                self.demographics.append({"type": event.attrs.get("type"), "value": event.text
                                          if event.text is not None else event.attrs.get("value")})
            self.ev.offer(event)
            return
        if event.text:
            o = event.origin
            attrs = event.attrs or {}
            position = attrs.get("position")
            apart = ("other_categories" if attrs.get("list") == "other_categories" else
                     "switched_off" if attrs.get("is_disabled") is True else "")
            rows = self.items[key]
            rows.append(((o.archive, o.member, o.index, position if isinstance(position, int) else 0),
                         event.text, EvidenceItem.of(event), apart))
            if len(rows) >= 2 * CAP:  # bounded: keep the CAP earliest in the export
                rows.sort(key=lambda r: r[0])
                del rows[CAP:]

    def finish(self, ctx: Context) -> list[Finding]:
        interests = ctx.aggregators.get("interests")
        derived = interests.derived_interests() if interests is not None else []  # type: ignore[attr-defined]
        top = set(derived[:10])
        per_platform: dict[str, Any] = {}
        agree_total = mappable_total = 0
        declared_ev: list[EvidenceItem] = []
        withheld_notes: list[str] = []
        for key, entries in sorted(self.items.items()):
            entries = sorted(entries, key=lambda r: r[0])[:CAP]  # the export's order
            rows = []
            apart: dict[str, list[dict[str, Any]]] = {}
            agree = mappable = 0
            special: dict[str, int] = {}
            for _, name, item, aside in entries:
                declared_ev.append(item)
                category = None if ctx.include_sensitive else special_category(name)
                if category is not None:
                    special[category] = special.get(category, 0) + 1
                    continue
                # plural folded and the platforms' topic words ("Concerts", "Bread": T25A M4)
                cats = [c for c in declared_categories(name) if not is_sensitive(c) or ctx.include_sensitive]
                if aside:  # listed apart, never counted as mappable or backed
                    apart.setdefault(APART[aside], []).append({"declared": name, "categories": cats})
                    continue
                match = sorted(top.intersection(cats))
                if cats:
                    mappable += 1
                    agree += bool(match)
                rows.append({"declared": name, "categories": cats, "supported_by_data": bool(match)})
            per_platform[key] = {"items": rows, "mappable": mappable, "agreeing": agree,
                                 "agreement": round(agree / mappable, 3) if mappable else None, **apart}
            if special:
                n = sum(special.values())
                per_platform[key]["withheld_special"] = {"count": n, "categories": sorted(special)}
                withheld_notes.append(withheld_special_note(key, n, sorted(special)))
            agree_total += agree
            mappable_total += mappable
        # "which no platform lists": no declared item of any list maps to it, those listed apart included (X still
        # holds an interest the person switched off)
        unclaimed = [c for c in derived[:10] if not any(
            c in row["categories"] for p in per_platform.values()
            for row in [*p["items"], *(r for a in APART.values() for r in p.get(a, []))])]
        meta = {
            "id": "platform_vs_derived", "title": "What the platforms say vs what the data implies",
            "method": ("Each declared interest or audience is mapped to dataexam's keyword categories (plurals "
                       "made singular, and the platforms' own topic words: 'Concerts' → music, 'Bread' → cooking); "
                       "it agrees when that category is among the tool's top-10 derived interests. Facebook's "
                       "'other categories' (behaviours and demographics such as 'Frequent Travelers') and X "
                       "interests you switched off are listed apart and not counted. Demographics are listed "
                       "as declared; the tool derives none (no honest offline model; see literature)."),
            "literature": literature.cards("platform_vs_derived"),
            "caveats": ["Declared lists are the platforms' own outputs: the exports omit the models and scores "
                        "behind them (GDPR Art. 15(1)(h) asks for 'meaningful information about the logic')."],
        }
        if not self.items and not self.demographics:
            given = sorted(ctx.sources & {"facebook", "twitter", "amazon"})
            if not given:
                return [Finding(value=None, confidence=Confidence.INSUFFICIENT,
                                confidence_basis="no Facebook, X or Amazon export in the inputs",
                                summary="Not in the inputs: no Facebook, X or Amazon export.", **meta)]
            names = ", ".join({"facebook": "Facebook", "twitter": "X", "amazon": "Amazon"}[g] for g in given)
            return [Finding(value=None, confidence=Confidence.INSUFFICIENT,
                            confidence_basis=f"the exports given ({names}) contain no declared interests, audiences "
                                             "or demographics (those files may not have been requested)",
                            summary=f"No platform declarations in the {names} export(s) given.", **meta)]
        agreement = round(agree_total / mappable_total, 3) if mappable_total else None
        value = {"platforms": per_platform, "demographics": self.demographics, "agreement": agreement,
                 "derived_not_declared": unclaimed}
        conf = Confidence.HIGH if mappable_total >= 5 else Confidence.MEDIUM if mappable_total else Confidence.LOW
        apart_notes = [note for k, p in sorted(per_platform.items()) for note in [apart_note(k, p)] if note]
        summary = (f"{agree_total} of {mappable_total} mappable platform-declared interests are backed by your "
                   f"records" + (f"; the data also implies {', '.join(unclaimed[:3])}, which no platform lists."
                                 if unclaimed else ".")) + "".join(f" {note}" for note in apart_notes) + \
            "".join(f" {note}" for note in withheld_notes)
        # evidence: the demographics, then each list's entries in the export's order (an entry in a special
        # category is quoted as withheld by the sensitive gate, so the counts stay whole)
        return [Finding(value=value, confidence=conf,
                        confidence_basis=f"{mappable_total} declared items map to categories (≥ 5 → high)",
                        evidence=Evidence(items=(list(self.ev.items) + declared_ev)[:EVIDENCE_CAP],
                                          n_support=agree_total, n_against=mappable_total - agree_total),
                        platform_says={k: [r["declared"] for r in [*v["items"], *(
                            r for a in APART.values() for r in v.get(a, []))]] for k, v in per_platform.items()},
                        summary=summary, **meta)]


def apart_note(key: str, p: dict[str, Any]) -> str:
    """The sentence naming a list's items set apart (:data:`APART`): "You switched off X's interest in
    Cryptocurrencies (X keeps it)." / "Facebook's 3 behaviour and demographic categories (Frequent Travelers, …) are
    no interests and are not counted."; ``""`` when none."""
    owner = _LIST_OWNER.get(key, ("The platform", "items"))[0]
    out = []
    off = [str(r["declared"]) for r in p.get("switched_off", [])]
    if off:
        out.append(f"You switched off {owner}'s interest{'s' if len(off) != 1 else ''} in {_names(off)} "
                   f"({owner} keeps {'them' if len(off) != 1 else 'it'}; not counted).")
    behaviour = [str(r["declared"]) for r in p.get("behaviour_categories", [])]
    if behaviour:
        n = len(behaviour)
        out.append(f"{owner}'s {n} behaviour and demographic categor{'ies' if n != 1 else 'y'} ({_names(behaviour)}) "
                   f"{'are' if n != 1 else 'is'} no interest{'s' if n != 1 else ''} and not counted.")
    return " ".join(out)


def _names(names: list[str], limit: int = 4) -> str:
    shown = ", ".join(names[:limit])
    return shown + (f" and {len(names) - limit} more" if len(names) > limit else "")


_LIST_OWNER = {"facebook_interests": ("Facebook", "interests"), "twitter_interests": ("X", "interests"),
               "amazon_audiences": ("Amazon", "audiences")}


def withheld_special_note(key: str, count: int, categories: list[str]) -> str:
    """The sentence that stands for a list's declared items in special categories, counted, not named:
    "X lists 5 interests in special categories (health, religion): --include-sensitive shows them." """
    owner, things = _LIST_OWNER.get(key, ("The platform", "items"))
    noun = things if count != 1 else things[:-1]
    return (f"{owner} lists {count} {noun} in special categories of data (GDPR Art. 9: {', '.join(categories)}): "
            f"--include-sensitive shows {'them' if count != 1 else 'it'}.")
