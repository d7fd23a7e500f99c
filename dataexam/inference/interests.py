"""Interests, sensitive signals, life events and household, from what the person liked, searched,
bought and posted (categories.py keyword map; LIFE_EVENT_RULES for life events).

Counters per category and per service, capped evidence per category; life-event rule state is a
handful of records per rule. Nothing here grows with the number of records.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from datetime import datetime
from functools import cache
from typing import Any

from ..categories import LIFE_EVENT_RULES, is_sensitive
from ..events import Event
from . import literature
from .engine import Aggregator, Context, categories_of, is_self
from .model import Confidence, Evidence, EvidenceItem, Finding, Reservoir

# Records that express a choice of the person (docs/kinds.md). Messages are left out on purpose:
# they are conversations with others and would mix in their interests.
INTEREST_KINDS = frozenset({
    "facebook.page_like", "facebook.post", "facebook.comment", "facebook.search", "facebook.group",
    "facebook.event_response", "twitter.tweet", "twitter.like", "twitter.saved_search",
    "amazon.order_item", "amazon.search", "amazon.cart_add", "amazon.wishlist_item", "amazon.digital_order",
    "amazon.video_watch", "amazon.audible_listen",
})
# Life events are dated by purchases, searches and posts.
LIFE_KINDS = frozenset({"amazon.order_item", "amazon.search", "amazon.cart_add", "amazon.wishlist_item",
                        "facebook.post", "facebook.search"})
LIFE_WINDOW_DAYS = {"pregnancy": 300, "move": 120, "new_pet": 120, "wedding": 365}
SENSITIVE_LIFE_EVENTS = {"pregnancy": "health"}
MIN_INTEREST_RECORDS = 5
_DIAPER_SIZE = re.compile(r"\bsize\s*([1-7])\b", re.IGNORECASE)


@cache
def _group_rx(words: tuple[str, ...]) -> re.Pattern[str]:
    alternation = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", re.IGNORECASE)


def _interest_text(event: Event) -> str | None:
    text = event.text or ""
    tags = event.attrs.get("hashtags") if event.attrs else None
    if isinstance(tags, (list, tuple)) and tags:
        text = f"{text} {' '.join(str(t) for t in tags)}"
    return text or None


class _LifeRule:
    """Progress of one LIFE_EVENT_RULES sequence: group 1, then later groups in order, in a window."""

    __slots__ = ("done", "groups", "name", "stage", "start", "trail", "window")

    def __init__(self, name: str, groups: tuple[tuple[str, ...], ...]) -> None:
        self.name = name
        self.groups = [_group_rx(g) for g in groups]
        self.window = LIFE_WINDOW_DAYS.get(name, 365)
        self.stage = 0
        self.start: datetime | None = None
        self.trail: list[EvidenceItem] = []
        self.done: list[dict[str, Any]] = []

    def feed(self, event: Event, text: str) -> None:
        t = event.time
        if t is None:
            return
        if self.start is not None and (t - self.start).days > self.window:
            self.stage, self.start, self.trail = 0, None, []
        if self.stage > 0 and self.stage < len(self.groups) and self.groups[self.stage].search(text):
            self.trail.append(EvidenceItem.of(event))
            self.stage += 1
            if self.stage == len(self.groups):
                self.done.append({"type": self.name, "month": self.start.strftime("%Y-%m"),  # type: ignore[union-attr]
                                  "start": self.start.date().isoformat(),  # type: ignore[union-attr]
                                  "completed": t.date().isoformat(), "_evidence": list(self.trail)})
                self.stage, self.start, self.trail = 0, None, []
            return
        if self.stage == 0 and self.groups[0].search(text):
            if self.done and (t - datetime.fromisoformat(self.done[-1]["completed"]).replace(
                    tzinfo=t.tzinfo)).days < self.window:
                return  # still the same event (e.g. more prenatal vitamins after the baby items)
            self.stage, self.start, self.trail = 1, t, [EvidenceItem.of(event)]
        elif self.stage == 1 and self.groups[0].search(text) and len(self.trail) < 3:
            self.trail.append(EvidenceItem.of(event))


class InterestAggregator(Aggregator):
    """Interests, sensitive-signal inventory, life events and household signals."""

    name = "interests"
    kinds = INTEREST_KINDS | LIFE_KINDS

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.services: dict[str, Counter[str]] = defaultdict(Counter)
        self.kinds_seen: dict[str, Counter[str]] = defaultdict(Counter)
        self.ev: dict[str, Reservoir] = defaultdict(Reservoir)
        self.records = 0
        self.rules = [_LifeRule(name, groups) for name, groups in LIFE_EVENT_RULES.items()]
        self.baby_first: datetime | None = None
        self.baby_last: datetime | None = None
        self.baby_items = 0
        self.diaper_sizes: list[tuple[str, int]] = []  # (month, size), one per month and size
        self.pets: Counter[str] = Counter()
        self.pet_ev = Reservoir()
        self.baby_ev = Reservoir()
        self.addresses: set[str] = set()

    def consume(self, event: Event) -> None:
        if not is_self(event) and event.kind != "twitter.like":
            return
        text = _interest_text(event)
        if not text:
            return
        if event.kind in LIFE_KINDS:
            for rule in self.rules:
                rule.feed(event, text)
        if event.kind not in INTEREST_KINDS:
            return
        cats = categories_of(text)
        if cats:
            self.records += 1
        for c in cats:
            self.counts[c] += 1
            self.services[c][event.source] += 1
            self.kinds_seen[c][event.kind] += 1
            self.ev[c].offer(event)
        if event.kind == "amazon.order_item":
            self._household(event, text, cats)

    def _household(self, event: Event, text: str, cats: list[str]) -> None:
        addr = event.attrs.get("shipping_address") or "|".join(
            str(event.attrs.get(k) or "") for k in ("shipping_city", "shipping_region", "shipping_country")).strip("|")
        if isinstance(addr, str) and addr and len(self.addresses) < 100:
            self.addresses.add(str(hash(addr)))  # kept as a hash only: never the address itself
        t = event.time
        if "baby" in cats and t is not None:
            self.baby_items += 1
            self.baby_ev.offer(event)
            self.baby_first = t if self.baby_first is None else min(self.baby_first, t)
            self.baby_last = t if self.baby_last is None else max(self.baby_last, t)
            m = _DIAPER_SIZE.search(text)
            if m and "diaper" in text.lower():
                entry = (t.strftime("%Y-%m"), int(m.group(1)))
                if entry not in self.diaper_sizes and len(self.diaper_sizes) < 200:
                    self.diaper_sizes.append(entry)
        if "pets" in cats:
            low = text.lower()
            animal = "dog" if ("dog" in low or "puppy" in low) else "cat" if ("cat" in low or "kitten" in low
                                                                              or "litter" in low) else "pet"
            self.pets[animal] += 1
            self.pet_ev.offer(event)

    def finish(self, ctx: Context) -> list[Finding]:
        out = [self._interests(ctx)]
        sens = self._sensitive(ctx)
        if sens is not None:
            out.append(sens)
        out.append(self._life(ctx))
        out.append(self._household_finding())
        return out

    def derived_interests(self) -> list[str]:
        """Non-sensitive categories with ≥ MIN_INTEREST_RECORDS records, most evidence first."""
        return [c for c, n in self.counts.most_common() if not is_sensitive(c) and n >= MIN_INTEREST_RECORDS]

    def _interests(self, ctx: Context) -> Finding:
        ranked = [(c, n) for c, n in self.counts.most_common() if not is_sensitive(c)]
        meta = {
            "id": "interests", "title": "Interests",
            "method": ("Page likes, X likes, searches, purchases, wish lists, posts and tweets are matched to "
                       "dataexam's keyword→category map (whole words); each record counts once per category; "
                       f"categories with ≥ {MIN_INTEREST_RECORDS} records are ranked by record count."),
            "literature": literature.cards("interests"),
            "caveats": ["Gifts, shared accounts and one-off searches look like interests.",
                        "A trained model on Likes would infer far more than these categories (see literature)."],
        }
        kept = [(c, n) for c, n in ranked if n >= MIN_INTEREST_RECORDS]
        if not kept:
            return Finding(value=None, confidence=Confidence.INSUFFICIENT,
                           confidence_basis=f"no category reaches {MIN_INTEREST_RECORDS} records "
                                            f"({self.records} categorised records)",
                           summary="No interest stands out.", **meta)
        value = [{"category": c, "records": n, "services": dict(self.services[c].most_common()),
                  "kinds": dict(self.kinds_seen[c].most_common())} for c, n in kept[:15]]
        ev = Evidence(n_support=sum(n for _, n in kept), n_against=0)
        for c, _ in kept[:5]:
            ev.items.extend(self.ev[c].items[:2])
        ev.items = ev.items[:10]
        top = kept[0][1]
        second = kept[1][1] if len(kept) > 1 else 0
        conf = Confidence.HIGH if top >= 20 and len({s for c, _ in kept[:3] for s in self.services[c]}) >= 2 \
            else Confidence.MEDIUM if top >= 10 else Confidence.LOW
        basis = (f"the top interest rests on {top} records (next {second}); ≥ 20 records from ≥ 2 services → high, "
                 "≥ 10 → medium")
        return Finding(value=value, confidence=conf, confidence_basis=basis, evidence=ev,
                       summary="Your records point to " + ", ".join(c for c, _ in kept[:5]) + ".", **meta)

    def _sensitive(self, ctx: Context) -> Finding | None:
        sens = {c: n for c, n in self.counts.items() if is_sensitive(c)}
        if not ctx.include_sensitive:
            return None
        meta = {
            "id": "sensitive_signals", "title": "Sensitive-signal inventory (GDPR Art. 9)",
            "method": ("Counts of records matching the sensitive: categories of the keyword map (health, religion, "
                       "politics, sexuality, union). Signals present, never labels about you."),
            "literature": literature.cards("sensitive_signals"),
            "caveats": ["A record relating to a topic says nothing about your beliefs, health or identity; "
                        "an unrestricted scorer would still read it.",
                        "Excluded from the trust score (Art. 9, Art. 22(4))."],
            "sensitive": "special categories (Art. 9)",
        }
        value = {c.split(":", 1)[1]: {"records": n, "services": dict(self.services[c])} for c, n in
                 sorted(sens.items())}
        ev = Evidence(n_support=sum(sens.values()))
        for c in sorted(sens):
            ev.items.extend(self.ev[c].items[:3])
        ev.items = ev.items[:10]
        summary = ("; ".join(f"{v['records']} records relate to {k}" for k, v in value.items())
                   if value else "No records relate to special categories.")
        return Finding(value=value, confidence=Confidence.HIGH if value else Confidence.LOW,
                       confidence_basis="exact counts of keyword matches (the count is certain; what it means is not)",
                       evidence=ev, summary=summary, **meta)

    def _life(self, ctx: Context) -> Finding:
        events = [e for r in self.rules for e in r.done]
        withheld = [e for e in events if e["type"] in SENSITIVE_LIFE_EVENTS and not ctx.include_sensitive]
        shown = [e for e in events if e not in withheld]
        ev = Evidence(n_support=sum(len(e["_evidence"]) for e in shown))
        value = []
        for e in sorted(shown, key=lambda x: x["start"]):
            ev.items.extend(e["_evidence"][:5])
            value.append({"type": e["type"], "month": e["month"], "start": e["start"], "completed": e["completed"],
                          "sensitive": SENSITIVE_LIFE_EVENTS.get(e["type"])})
        ev.items = ev.items[:10]
        caveats = ["Gifts for others follow the same sequences.",
                   "Target reportedly used about 25 products; these rules use a handful of keywords."]
        if not ctx.include_sensitive:
            # Say only that sensitive findings are off: whether one was found is itself Art. 9 data (issue 14).
            caveats.append("Sensitive findings are off (--include-sensitive turns them on).")
        sensitive = "health" if any(v["sensitive"] for v in value) else None
        if not value:
            conf, basis = Confidence.LOW, "no rule sequence completed" + (
                "" if ctx.include_sensitive else " (sensitive categories not checked)")
        else:
            conf = Confidence.MEDIUM
            basis = "each event is a completed keyword sequence (ordered, within its window); no labelled data"
        summary = ("; ".join(f"{v['type']} around {v['month']}" for v in value) if value
                   else "No life-event sequence found.")
        return Finding(id="life_events", title="Life events", value=value, confidence=conf, confidence_basis=basis,
                       method=("Ordered keyword rule sets (categories.LIFE_EVENT_RULES) over purchases, searches and "
                               "posts: the first record of group 1 followed, within a window (pregnancy 300 days, "
                               "move and pet 120, wedding 365), by records of each later group dates the event."),
                       evidence=ev, caveats=caveats, literature=literature.cards("life_events"), sensitive=sensitive,
                       summary=summary)

    def _household_finding(self) -> Finding:
        value: dict[str, Any] = {"child_signals": None, "pets": dict(self.pets) or None,
                                 "shipping_addresses": len(self.addresses) or None}
        ev = Evidence()
        if self.baby_items >= 3 and self.baby_first and self.baby_last:
            span = (self.baby_last - self.baby_first).days // 30
            sizes = sorted(self.diaper_sizes)
            value["child_signals"] = {"baby_items": self.baby_items, "first": self.baby_first.strftime("%Y-%m"),
                                      "last": self.baby_last.strftime("%Y-%m"),
                                      "approx_age_months_at_last": span, "diaper_sizes": [list(s) for s in sizes]}
            ev.items.extend(self.baby_ev.items[:5])
            ev.n_support += self.baby_items
        ev.items.extend(self.pet_ev.items[:5])
        ev.n_support += sum(self.pets.values())
        if value["child_signals"] is None and not self.pets and not self.addresses:
            return Finding(id="household", title="Household composition", value=None,
                           confidence=Confidence.INSUFFICIENT,
                           confidence_basis="no baby, pet or address signals in purchases",
                           method="Baby and pet purchases, diaper sizes, distinct shipping addresses.",
                           literature=literature.cards("household"), summary="No household signals.")
        parts = []
        if value["child_signals"]:
            parts.append(f"baby purchases over {value['child_signals']['approx_age_months_at_last']} months")
        if self.pets:
            parts.append(", ".join(f"{k} items ×{v}" for k, v in self.pets.items()))
        conf = Confidence.MEDIUM if ev.n_support >= 10 else Confidence.LOW
        return Finding(id="household", title="Household composition", value=value, confidence=conf,
                       confidence_basis=f"{ev.n_support} purchases (≥ 10 → medium); no labelled data",
                       method=("Baby items (first to last purchase ≈ child's age in months, diaper sizes over time) "
                               "and pet items in Amazon orders; distinct shipping addresses counted as hashes."),
                       evidence=ev, literature=literature.cards("household"),
                       caveats=["Gifts and purchases for relatives look the same.",
                                "Signals about other people in the household: shown as counts only."],
                       summary="; ".join(parts) + "." if parts else "Household signals present.")
