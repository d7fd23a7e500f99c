"""Home from the shipping addresses of a person's own Amazon orders (the ``home`` finding's second source).

The Amazon parser keeps only the town, the state or province and the country of an order's shipping address
(``shipping_city``, ``shipping_region``, ``shipping_country[_code]``; never the name, street or postcode) and
flags orders sent as gifts (``gift``: Amazon fills the gift message, sender or recipient fields only then, and
old order reports name a recipient other than the buyer). Here each order is counted once (its item rows and
its shipment row share an order id) towards the town it shipped to, per calendar quarter.

State is bounded: at most :data:`MAX_SHIP_PLACES` towns (a later new town is counted as "other", so a long tail
of gift addresses cannot crowd out the home), counts per (town, quarter) (towns × quarters, never orders), the
first and last day per town, :data:`SHIP_EVIDENCE_CAP` cited records per town and the last
:data:`RECENT_ORDER_IDS` order ids (an order's items and its shipment row come close together in the timeline).

The rule (docs/findings.md, ``home``):

* gifts (flagged) and cancelled orders do not vote; a town needs 2 orders to be a home (one parcel may be a
  gift nobody flagged);
* the current home is the town most of the **latest** orders go to — the latest whole calendar quarters that
  together hold ≥ :data:`SHIP_RECENT_MIN` orders — when it holds at least half of them; otherwise the town most
  orders went to overall. A move (most orders to A, the latest to B) gives B, and the town most of the orders
  before those quarters went to (≥ 3 of them) is named as the earlier home;
* confidence: < 5 orders to the town → low; its share of the latest orders ≥ 70 % with ≥ 10 orders to it in
  all → high; ≥ 50 % → medium; else low.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

from ..events import Event
from .model import Confidence, EvidenceItem

MAX_SHIP_PLACES = 50  # distinct towns counted; a later new town only adds to `other_orders`
SHIP_EVIDENCE_CAP = 3  # order records cited per town
RECENT_ORDER_IDS = 256  # order ids remembered so that an order's items and shipment row count once
SHIP_RECENT_MIN = 5  # the latest quarters holding at least this many orders name the current home
SHIP_MIN_TOWN_ORDERS = 2  # fewer orders to the top town → no home from shipping (one parcel may be a gift)
SHIP_LOW_BELOW = 5  # fewer orders to the town → low confidence
SHIP_HIGH_SHARE, SHIP_HIGH_ORDERS = 0.7, 10
SHIP_MEDIUM_SHARE = 0.5
EARLIER_MIN_ORDERS = 3
SHIP_KINDS = frozenset({"amazon.order_item", "amazon.shipment"})

Place = tuple[str | None, str | None, str | None]  # (country code, region, town)


@lru_cache(maxsize=256)
def _country_code(name: str) -> str | None:
    from .zoneprior import country_code

    return country_code(name)


def town_name(city: Any) -> str | None:
    """The town as the parser wrote it, or ``None`` when it does not look like a town name alone: a digit or
    more than four words mean the address's street may have run into it, and a street is never shown."""
    if not isinstance(city, str):
        return None
    text = " ".join(city.split())
    if not text or any(ch.isdigit() for ch in text) or len(text.split()) > 4:
        return None
    return text


def place_text(place: Place) -> str:
    """"Houston, TX, US" (the parts known); a region numbered by ISO by its name: "Osaka, Osaka, JP", not "27"."""
    from .gazetteer import region_name

    cc, region, city = place
    return ", ".join(p for p in (city, region_name(cc, region), cc) if p) or "an unknown place"


def _quarter(d: date) -> int:
    return d.year * 4 + (d.month - 1) // 3


def _quarter_text(q: int) -> str:
    return f"{q // 4}-Q{q % 4 + 1}"


@dataclass(slots=True)
class ShipHome:
    """The home the shipping addresses point to (see the module docstring for the rule)."""

    place: Place
    orders: int  # own orders to this town, in all
    votes: int  # own orders with a shipping place, in all
    recent_orders: int  # orders in the latest quarters the rule reads
    recent_share: float  # this town's share of them (of all orders when the rule fell back to the whole history)
    recent_since: str | None  # first quarter of those latest quarters ("2024-Q3")
    first: str | None
    last: str | None
    confidence: Confidence
    basis: str
    evidence: list[EvidenceItem] = field(default_factory=list)
    earlier: dict[str, Any] | None = None
    gifts: int = 0
    unplaced: int = 0
    towns: int = 0

    @property
    def country(self) -> str | None:
        return self.place[0]

    @property
    def region(self) -> str | None:
        return self.place[1]

    @property
    def city(self) -> str | None:
        return self.place[2]

    def value(self) -> dict[str, Any]:
        """The ``shipping`` part of the home finding's value: places only, never a street or postcode."""
        return {"city": self.city, "region": self.region, "country": self.country, "orders": self.orders,
                "orders_with_address": self.votes, "recent_orders": self.recent_orders,
                "recent_share": round(self.recent_share, 3), "recent_since": self.recent_since,
                "first": self.first, "last": self.last, "towns": self.towns, "gifts": self.gifts,
                "orders_without_address": self.unplaced, "earlier": self.earlier}


class ShippingPlaces:
    """Counts own orders per shipping town and calendar quarter (bounded; see the module docstring)."""

    __slots__ = ("_recent", "by_quarter", "evidence", "first", "gifts", "last", "other_orders", "place_ids",
                 "places", "totals", "undated", "unplaced")

    def __init__(self) -> None:
        self.place_ids: dict[Place, int] = {}
        self.places: list[Place] = []
        self.totals: Counter[int] = Counter()
        self.by_quarter: Counter[tuple[int, int]] = Counter()  # (town id, quarter) → orders
        self.first: dict[int, date] = {}
        self.last: dict[int, date] = {}
        self.evidence: dict[int, list[EvidenceItem]] = {}
        self.gifts = 0
        self.unplaced = 0  # own orders whose row names no shipping place (digital items, "Not Available")
        self.other_orders = 0  # orders to towns past MAX_SHIP_PLACES
        self.undated = 0
        self._recent: dict[str, None] = {}

    def __len__(self) -> int:
        return len(self.places) + len(self.by_quarter) + sum(len(v) for v in self.evidence.values()) \
            + len(self._recent)

    def consume(self, event: Event) -> None:
        attrs = event.attrs
        if attrs.get("cancelled") is True or (attrs.get("order_status") or "").casefold() in ("cancelled",
                                                                                              "canceled"):
            return  # never shipped
        order_id = attrs.get("order_id")
        if isinstance(order_id, str) and order_id:
            if order_id in self._recent:
                return  # another item (or the shipment row) of an order already counted
            self._recent[order_id] = None
            if len(self._recent) > RECENT_ORDER_IDS:
                del self._recent[next(iter(self._recent))]
        cc = attrs.get("shipping_country_code")
        if not (isinstance(cc, str) and len(cc) == 2):
            name = attrs.get("shipping_country")
            cc = _country_code(name) if isinstance(name, str) else None
        region = attrs.get("shipping_region")
        region = region.strip().upper() if isinstance(region, str) and region.strip() else None
        city = town_name(attrs.get("shipping_city"))
        if cc is None and region is None and city is None:
            self.unplaced += 1
            return
        if attrs.get("gift") is True:
            self.gifts += 1  # someone else's address: never a vote for home
            return
        place: Place = (cc.upper() if cc else None, region, city)
        pid = self.place_ids.get(place)
        if pid is None:
            if len(self.places) >= MAX_SHIP_PLACES:
                self.other_orders += 1
                return
            pid = self.place_ids[place] = len(self.places)
            self.places.append(place)
            self.evidence[pid] = []
        self.totals[pid] += 1
        ev = self.evidence[pid]
        if len(ev) < SHIP_EVIDENCE_CAP:
            ev.append(EvidenceItem.of(event, f"order shipped to {place_text(place)}"))
        t = event.time
        if t is None:
            self.undated += 1
            return
        d = t.date()
        self.by_quarter[(pid, _quarter(d))] += 1
        if pid not in self.first or d < self.first[pid]:
            self.first[pid] = d
        if pid not in self.last or d > self.last[pid]:
            self.last[pid] = d

    def home(self) -> ShipHome | None:
        """The shipping home, or ``None`` when no town received :data:`SHIP_MIN_TOWN_ORDERS` own orders."""
        votes = sum(self.totals.values()) + self.other_orders
        if not self.totals:
            return None
        last_seen = self.last.get

        def rank(counter: Counter[int]) -> list[int]:  # most orders first; a tie goes to the latest town
            return sorted(counter, key=lambda p: (counter[p], last_seen(p) or date.min), reverse=True)

        per_quarter: dict[int, Counter[int]] = {}
        for (pid, q), n in self.by_quarter.items():
            per_quarter.setdefault(q, Counter())[pid] += n
        recent: Counter[int] = Counter()
        since = None
        for q in sorted(per_quarter, reverse=True):
            if sum(recent.values()) >= SHIP_RECENT_MIN:
                break
            recent.update(per_quarter[q])
            since = q
        recent_total = sum(recent.values())
        top_recent = rank(recent)[0] if recent else None
        if top_recent is not None and recent[top_recent] >= SHIP_MEDIUM_SHARE * recent_total:
            pid, share, window = top_recent, recent[top_recent] / recent_total, True
        else:  # the latest orders are split (or undated): the town most orders went to
            pid = rank(self.totals)[0]
            share, window = self.totals[pid] / votes, False
        orders = self.totals[pid]
        if orders < SHIP_MIN_TOWN_ORDERS:
            return None
        earlier = None
        if window and since is not None:
            before: Counter[int] = Counter()
            for q, c in per_quarter.items():
                if q < since:
                    before.update(c)
            if before:
                prev = rank(before)[0]
                # the commonest town before the latest quarters, whether or not it held half of them: Boston,
                # then Chicago, then Denver named no earlier town (the second tester of the twenty-first pass)
                if prev != pid and before[prev] >= EARLIER_MIN_ORDERS:
                    p = self.places[prev]
                    earlier = {"city": p[2], "region": p[1], "country": p[0], "orders": self.totals[prev],
                               "first": _iso(self.first.get(prev)), "last": _iso(self.last.get(prev))}
        town = place_text(self.places[pid])
        of_what = (f"{recent_total} latest orders (since {_quarter_text(since)})" if window and since is not None
                   else f"{votes} orders with a shipping address")
        if orders < SHIP_LOW_BELOW:
            conf = Confidence.LOW
            basis = f"only {orders} orders shipped to {town} (need {SHIP_LOW_BELOW} for more than low)"
        else:
            conf = (Confidence.HIGH if share >= SHIP_HIGH_SHARE and orders >= SHIP_HIGH_ORDERS
                    else Confidence.MEDIUM if share >= SHIP_MEDIUM_SHARE else Confidence.LOW)
            basis = (f"{share:.0%} of the {of_what} ship to {town}, {orders} orders in all (≥ "
                     f"{SHIP_HIGH_SHARE:.0%} and ≥ {SHIP_HIGH_ORDERS} → high, ≥ {SHIP_MEDIUM_SHARE:.0%} → medium)")
        return ShipHome(place=self.places[pid], orders=orders, votes=votes,
                        recent_orders=recent_total if window else votes, recent_share=share,
                        recent_since=_quarter_text(since) if window and since is not None else None,
                        first=_iso(self.first.get(pid)), last=_iso(self.last.get(pid)), confidence=conf,
                        basis=basis, evidence=list(self.evidence[pid]), earlier=earlier, gifts=self.gifts,
                        unplaced=self.unplaced, towns=len(self.places) + (1 if self.other_orders else 0))


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


__all__ = ["SHIP_KINDS", "ShipHome", "ShippingPlaces", "place_text", "town_name"]
