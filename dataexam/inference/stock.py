"""Trade or bulk buying on a personal Amazon account: a business's stock, not the person's own spending.

The thirty-first pass's tester (T31B M1, business/): a candle maker in Poznań buys his supplies on his personal
Amazon.de account — soy wax 10 kg ×2–5, amber jars 48-pack ×2–4, wicks ×5–10, mailer boxes ×3–6, shipping labels
×10–20, every 8–12 days for two years — and the report said "You spent €31,774.20 on Amazon (241 orders)", high,
and the mock trust score's spending band read it as a lifestyle ("excellent"). His own spending was ~€325 of novels.

The rule (this project's own; its basis: EU consumer law tells a consumer from a trader by purpose — "purposes
which are outside his trade, business, craft or profession", Directive 2011/83/EU Art. 2(1) — which an export
cannot see, so the rule reads the buying pattern a trader's purpose leaves and says it as a likelihood):

* a **bulk supply** is a product (its title lower-cased, else its ASIN) bought on at least :data:`MIN_ORDERS` order
  lines (repeated identical supply lines) with a median of :data:`BULK_QUANTITY` or more units a line (bulk
  quantities);
* the account buys **trade stock** when at least :data:`MIN_PRODUCTS` distinct products are bulk supplies (a shop's
  supplies; a household's one repeat consumable — coffee capsules ×3 a month, nappies — is not a business); then
  every product bought on at least :data:`MIN_ORDERS` lines with a median of :data:`STOCK_QUANTITY` or more units
  (the shop's jars ×2–4, bubble wrap ×1–3) is stock too, and the stock must hold at least :data:`MIN_SHARE` of
  the spend in its currency.

Pack sizes in the product name ("48 Pack", "10kg") are not read: a household's 48 rolls of toilet paper or
100 dishwasher tablets are the same words. The cadence (median days between the days stock was bought) is said, not
required. Where it holds, the spending finding says the total is mostly stock and gives the spending apart from it,
and the trust score's spending band reads the rest only (the stock is no lifestyle of the person's).

A household's own consumables (the keyword map's baby, pets, home, food & drink categories: nappies, cat food,
dishwasher tablets, coffee) are never stock, and a stock product's order days recur through the year (mean gap at
most :data:`MAX_GAP_DAYS`): a family's Subscribe & Save and a big family's Christmas gifts are not a trade (T31C N2,
N3). A café's coffee or a pet shop's food is missed so: the rule errs towards the person's own spending.

A product is followed from its first line of :data:`STOCK_QUANTITY` or more units (a single-unit line before it is
not counted: a shop's supplies are bulk from the first order, and single-unit buying leaves no state).

State: per product a handful of counters and its amounts per (currency, UTC day, quarter-hour), at most
:data:`MAX_PRODUCTS` products and :data:`MAX_LINES` dated amounts (further ones are not counted: the verdict then
rests on the first ones).
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections import Counter
from collections.abc import Callable, Collection, Mapping
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from .engine import categories_of

#: order lines of one product needed for it to be a repeated supply line
MIN_ORDERS = 4
#: a product's median units a line that make it a bulk supply, and, once the account buys trade stock, stock
BULK_QUANTITY = 3
STOCK_QUANTITY = 2
#: distinct stock products, and their share of the spend in one currency, for trade stock
MIN_PRODUCTS = 3
MIN_SHARE = 0.25
#: bounds of the state
MAX_PRODUCTS = 20_000
MAX_LINES = 200_000
#: product names kept as examples
EXAMPLES = 3
#: the keyword map's categories of a household's own repeat consumables: never trade stock (T31C N2: a family's
#: monthly nappies ×6, wipes ×4, infant milk ×3 and dishwasher tablets ×3 were "90 % trade stock"; a cat's food ×12
#: and litter ×3 "84 %")
HOUSEHOLD_CATEGORIES = frozenset({"baby", "pets", "home", "food_drink"})
#: the longest mean gap (days) between a stock product's order days: supplies are bought again through the year
MAX_GAP_DAYS = 62

LocalBin = Callable[[date, int], tuple[date, int]]


class _Product:
    __slots__ = ("amounts", "bulk", "household", "lines", "name", "quantities")

    def __init__(self, name: str) -> None:
        self.name = name
        # a household's repeat consumables (nappies, infant milk, cat food, dishwasher tablets, coffee) by the
        # keyword map's categories: a family's Subscribe & Save is no trade (T31C N2)
        self.household = bool(HOUSEHOLD_CATEGORIES.intersection(categories_of(name)))
        self.lines = 0
        self.bulk = 0  # lines with BULK_QUANTITY or more units
        self.quantities: Counter[int] = Counter()  # lines per units on the line
        self.amounts: Counter[tuple[str, date, int]] = Counter()  # (currency, UTC day, quarter) → amount


class TradeStock:
    """Order lines per product, for :meth:`verdict` (module text)."""

    __slots__ = ("_dated", "products")

    def __init__(self) -> None:
        self.products: dict[str, _Product] = {}
        self._dated = 0

    def add(self, name: str | None, attrs: Mapping[str, Any], total: Decimal | None, currency: str,
            when: datetime | None) -> None:
        """One counted order line (not cancelled, not paid from the gift-card balance): its product title, its
        attrs (``quantity``, ``asin``), its line total and currency, its time (UTC; None: undated)."""
        # the product as its title names it (an ASIN differs between a product's variants, and invented exports give
        # each order line its own); else its ASIN
        key = " ".join(str(name or "").casefold().split()) or str(attrs.get("asin") or "").strip().upper()
        if not key:
            return
        try:
            qty = int(Decimal(str(attrs.get("quantity") or 1)))
        except ArithmeticError:
            qty = 1
        product = self.products.get(key)
        if product is None:
            # a product is followed from its first line of STOCK_QUANTITY or more units: stock has a median of 2+
            # units a line, so it has such a line, and most people buy one of a thing (one object per product
            # title grew the state with the order history: tests/test_inference_bounded.py)
            if qty < STOCK_QUANTITY or len(self.products) >= MAX_PRODUCTS:
                return
            product = self.products[key] = _Product(str(name or key))
        product.lines += 1
        product.quantities[qty] += 1
        if qty >= BULK_QUANTITY:
            product.bulk += 1
        if total is not None and when is not None and self._dated < MAX_LINES:
            self._dated += 1
            product.amounts[currency, when.date(), when.hour * 4 + when.minute // 15] += total

    def _median_quantity(self, p: _Product) -> float:
        return float(statistics.median(Counter(p.quantities).elements()))

    @staticmethod
    def _steady(p: _Product) -> bool:
        """Whether a product's dated lines recur through the year: the median gap between its distinct order days is
        at most :data:`MAX_GAP_DAYS` (a family's Christmas gifts ×10 on 5–7 December four years running are bought
        once a year: T31C N3); a product with fewer than two dated days is not judged here."""
        bought = sorted({d for _, d, _ in p.amounts})
        if len(bought) < 2:
            return True
        # the mean gap, not the median: gifts bought in November and December each year have a median gap of 39
        # days and a mean of five months (T31D M1)
        return (bought[-1] - bought[0]).days / (len(bought) - 1) <= MAX_GAP_DAYS

    def _stock(self) -> list[_Product]:
        """The stock products where the account buys trade stock (module text), else ``[]``."""
        repeated = [(p, self._median_quantity(p)) for p in self.products.values()
                    if p.lines >= MIN_ORDERS and not p.household and self._steady(p)]
        if sum(m >= BULK_QUANTITY for _, m in repeated) < MIN_PRODUCTS:
            return []
        return [p for p, m in repeated if m >= STOCK_QUANTITY]

    def verdict(self, totals: Mapping[str, Decimal], local_bin: LocalBin | None = None) -> dict[str, Any] | None:
        """``{products, bulk_products (median ≥ BULK_QUANTITY units a line), lines, bulk_lines (lines of ≥
        BULK_QUANTITY units), amount{CUR: Decimal}, share{CUR: 0–1}, apart{CUR: Decimal}, every_days,
        examples[≤ 3 names, most lines first], days{CUR: {local date: Decimal}}}`` when the account buys trade stock
        (module text), else None. ``totals``: the spend per currency the shares are of (the counted items');
        ``local_bin``: (UTC day, quarter) → (local day, quarter) for ``days`` and the cadence (None: UTC days)."""
        stock = self._stock()
        if not stock:
            return None
        amount: dict[str, Decimal] = {}
        days: dict[str, Counter[date]] = {}
        for p in stock:
            for (cur, d, q), a in p.amounts.items():
                amount[cur] = amount.get(cur, Decimal(0)) + a
                local = local_bin(d, q)[0] if local_bin is not None else d
                days.setdefault(cur, Counter())[local] += a
        share = {cur: float(a / totals[cur]) for cur, a in amount.items() if totals.get(cur)}
        if not share or max(share.values()) < MIN_SHARE:
            return None
        bought = sorted({d for by_day in days.values() for d in by_day})
        gaps = [(b - a).days for a, b in itertools.pairwise(bought)]
        stock.sort(key=lambda p: (-p.lines, p.name))
        bulk = sum(self._median_quantity(p) >= BULK_QUANTITY for p in stock)
        return {"products": len(stock), "bulk_products": bulk, "lines": sum(p.lines for p in stock),
                "bulk_lines": sum(p.bulk for p in stock),
                "amount": amount, "share": {c: round(s, 3) for c, s in share.items()},
                "apart": {c: max(totals.get(c, Decimal(0)) - a, Decimal(0)) for c, a in amount.items()},
                "every_days": statistics.median(gaps) if gaps else None,
                "examples": [p.name for p in stock[:EXAMPLES]], "days": days}


# -- more than one household's use (T31D M2) -------------------------------------------------------------------
# A household's consumables are never stock (above), so a real baby shop's or nursery's nappies bought by the
# thousand were "your own spending" at high, with one child's age read from the five sizes it stocks. The volume
# tells: a newborn uses 10–12 nappies a day, older babies fewer (Pampers UK, "How often should you change a nappy?":
# "most infants need a change 10 to 12 times per day"; NHS trusts' wet/dirty-nappy tables agree in order), so one
# child at the top rate uses NAPPIES_A_DAY × 31 a month; a household buying more than BEYOND_HOUSEHOLD times that in
# one month, or SIZES_AT_ONCE or more sizes in one month (one child wears one size, two in the overlap: the nappy
# table's note), buys for more than one household.

#: a nappy named on an order line (the household finding reads its size only on such a line)
NAPPY = re.compile(r"diaper|napp(?:y|ies)|windel|couche|pañal|panal|pannolin|pampers|huggies", re.IGNORECASE)
#: a nappy's size in the shops' words (Pampers, Huggies … "size 3", "Größe 3", "Gr. 3", "taille 3", "talla 3",
#: "taglia 3"; inference.md #16): read only on a record that names a nappy (:data:`NAPPY`)
NAPPY_SIZE = re.compile(r"\b(?:size|gr(?:ö|oe|o)(?:ß|ss)e|gr\.|taille|talla|taglia|tamaño|t\.)\s*([1-7])\b",
                        re.IGNORECASE)
#: a newborn's nappies named without a number: "Pampers New Baby Nappies", US "Size N" / "Newborn", "Size 0", "Micro"
#: — read as size 1's band (0–2 months: a newborn's; the makers' size 0 and N are the first weeks' nappies: T32B
#: M9, a second baby's run may begin with them)
_NEWBORN_NAPPY = re.compile(r"\b(?:new ?born|new baby|size\s*[0n]|micro|preemie|neugeboren\w*|naissance|"
                            r"recién nacido)\b", re.IGNORECASE)


def nappy_size(text: str) -> int | None:
    """A nappy line's size (:data:`NAPPY_SIZE`: 1–7), 1 for a newborn's nappies named without a number
    (:data:`_NEWBORN_NAPPY`), else None; the caller checks that the line names a nappy (:data:`NAPPY`)."""
    m = NAPPY_SIZE.search(text)
    if m:
        return int(m.group(1))
    return 1 if _NEWBORN_NAPPY.search(text) else None


#: nappies in a pack as the title says it: "44 count", "60 pack", "50 Stück", "2 x 44" (a pack of packs)
_PACK = re.compile(r"\b(?:(\d{1,2})\s*[x×]\s*(\d{2,4})\b|(\d{2,4})\s*(?:-\s*)?(?:count|ct|pack|pk|pcs|pieces|"
                   r"nappies|diapers|stück|stk|st|windeln|couches|pañales|pannolini|unidades|uds)\b)", re.IGNORECASE)
#: a newborn's nappies a day at most (Pampers UK: 10–12) and one child's month at that rate
NAPPIES_A_DAY = 12
CHILD_MONTH = NAPPIES_A_DAY * 31
#: a month's nappies beyond this many children's months is more than one household's use
BEYOND_HOUSEHOLD = 5
#: distinct sizes bought in one month that no one child wears (one size, two in the overlap)
SIZES_AT_ONCE = 3
#: … in at least this many months: one family's month can hold three (a size change, then a pack of the next size
#: for the holidays: T32B M11 called a toddler's family "more than one household's use"); a shop's range recurs
SIZES_AT_ONCE_MONTHS = 2
#: lines whose size is no day nappy's: swim nappies and pants (pull-ups, training pants) are bought beside the day
#: size in their own sizes (T32B M11)
_NOT_DAY_NAPPY = re.compile(r"swim|pants|pull-?ups|training|schwimm|maillot|bañador", re.IGNORECASE)
#: nappies counted for a pack whose title names no count: the smallest packs the makers sell hold about 20–30
#: (an assumption, not a sourced figure: a title without a count counts low)
UNNAMED_PACK = 20
#: months followed (a household's use is read per month: the state grows with the months, not the orders)
MAX_MONTHS = 1_200


def nappies_on_line(name: str | None, quantity: Any) -> int:
    """The nappies an order line holds: its units × the pack's count the title names ("Pampers Size 4, 44 count" ×6
    → 264; "2 x 44" a pack → 88 a unit), :data:`UNNAMED_PACK` a unit where the title names none; 0 for a line that
    names no nappy (:data:`NAPPY`)."""
    text = str(name or "")
    if not NAPPY.search(text):
        return 0
    try:
        units = max(int(Decimal(str(quantity or 1))), 1)
    except ArithmeticError:
        units = 1
    m = _PACK.search(text)
    per = UNNAMED_PACK if m is None else int(m.group(1)) * int(m.group(2)) if m.group(1) else int(m.group(3))
    return units * per


class HouseholdUse:
    """Nappies bought per month (UTC) and the sizes among them, for :meth:`verdict`: whether they are more than one
    household's use (module text). State: two small counters per month, at most :data:`MAX_MONTHS` months."""

    __slots__ = ("nappies", "sizes")

    def __init__(self) -> None:
        self.nappies: Counter[str] = Counter()  # "YYYY-MM" → nappies
        self.sizes: dict[str, set[int]] = {}  # "YYYY-MM" → sizes bought

    def add(self, name: str | None, quantity: Any, when: datetime | None) -> None:
        """One order line (its title, ``quantity``, time); a line naming no nappy, or undated, changes nothing."""
        if when is None:
            return
        n = nappies_on_line(name, quantity)
        if not n:
            return
        month = when.strftime("%Y-%m")
        if month not in self.nappies and len(self.nappies) >= MAX_MONTHS:
            return
        self.nappies[month] += n
        size = nappy_size(str(name or ""))
        if size is not None and not _NOT_DAY_NAPPY.search(str(name or "")):
            self.sizes.setdefault(month, set()).add(size)

    def verdict(self, explained: Collection[str] = ()) -> dict[str, Any] | None:
        """``{months, a_month, most_in_a_month, month, child_months, sizes_at_once, why, reason}`` where the nappies
        are more than one household's use — on average over the months from the first to the last bought more than
        :data:`BEYOND_HOUSEHOLD` × :data:`CHILD_MONTH` a month (a mean: a family's monthly delivery falls twice in
        some calendar months), or :data:`SIZES_AT_ONCE` or more day-nappy sizes in one month in
        :data:`SIZES_AT_ONCE_MONTHS` months or more — else None. ``months``: the months
        spanned; ``a_month``: their mean; ``most_in_a_month``: the largest month's nappies, ``month`` it;
        ``child_months``: the mean ÷ a newborn's month; ``sizes_at_once``: the most sizes in one month; ``why``: the
        figures in words; ``reason``: with the conclusion. ``explained``: months whose sizes the children read from
        the purchases account for (:func:`.household.read_children`: two children bought for, two sizes each at most),
        no range (T32B M9: a toddler's size 5 and a baby's sizes 1 and 2 in the baby's size-change month)."""
        if not self.nappies:
            return None
        first, last = min(self.nappies), max(self.nappies)
        months = (int(last[:4]) - int(first[:4])) * 12 + int(last[5:]) - int(first[5:]) + 1
        mean = sum(self.nappies.values()) / months
        most_sizes = max((len(v) for v in self.sizes.values()), default=0)
        # several sizes at once, month after month: one child's size change is a month, not a range
        ranged = sum(1 for m, v in self.sizes.items() if len(v) >= SIZES_AT_ONCE and m not in explained) \
            >= SIZES_AT_ONCE_MONTHS
        heavy = mean > BEYOND_HOUSEHOLD * CHILD_MONTH
        if not heavy and not ranged:
            return None
        month, most = max(self.nappies.items(), key=lambda kv: (kv[1], kv[0]))
        reasons = []
        if heavy:
            reasons.append(f"{round(mean):,} nappies a month over {months} month{'s' if months != 1 else ''}, "
                           f"{mean / CHILD_MONTH:.0f}× a newborn's month at up to {NAPPIES_A_DAY} a day")
        if ranged:
            reasons.append(f"{most_sizes} sizes bought in one month")
        return {"months": months, "a_month": round(mean), "most_in_a_month": most, "month": month,
                "child_months": round(mean / CHILD_MONTH, 1), "sizes_at_once": most_sizes,
                "why": "; ".join(reasons), "reason": "; ".join(reasons) + ": more than one household's use"}
