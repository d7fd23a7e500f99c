"""Amazon "Request Your Data" exports of a persona, in two layouts (formats.md §3).

* ``legacy`` (requested 2023-07-15): ``Retail.OrderHistory.1/Retail.OrderHistory.1.csv`` (home
  marketplace) and ``.2`` (a second marketplace, other currency), returns, cart, search data,
  region, advertising audiences, wishlist JSON. CSVs start with a UTF-8 BOM, every field quoted,
  ``Not Available``/``Not Applicable`` sentinels, discounts like ``'-0.68'``, ISO dates with and
  without milliseconds in one file (real 2023 rows, PUB [V]; column names AMS [P]); returns, cart
  and refund dates in the older ``MM/dd/yyyy HH:mm:ss UTC`` form (PRV).
* ``2025`` (the 2025+ layout, requested 2025-02-03 with orders since 2023-01-01):
  ``Your Amazon Orders/Order History.csv`` with alphabetical columns, ``Total Amount``,
  ``Original Quantity``, ``Payment Method Type``, minimal quoting, BOM before ``ASIN``; refunds in
  ``Your Returns & Refunds/Refund Details.csv``.

Orders of 2023-01-01…2023-07-14 are in both exports (same order id, ASIN, day and total; some
product names re-worded), so they count once. Money is ``Decimal`` throughout.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from . import texts
from .people import PERIOD_END, PERIOD_START, Persona, days, distinct_seconds
from .writers import CsvFile, Sink, Tally

LEGACY_END = date(2023, 7, 15)  # legacy export: orders before this day
NEW_START = date(2023, 1, 1)  # 2025 export: orders from this day
ORDERS_PER_DAY = 0.1
CENT = Decimal("0.01")
TAX = {"EUR": Decimal("0.19"), "USD": Decimal("0.08875"), "CAD": Decimal("0.13"), "MXN": Decimal("0.16")}
ORDER_PREFIX = {"Amazon.de": "302", "Amazon.com": "114", "Amazon.es": "405", "Amazon.ca": "701",
                "Amazon.com.mx": "701"}
LEGACY_HEADER = ["Website", "Order ID", "Order Date", "Purchase Order Number", "Currency", "Unit Price",
                 "Unit Price Tax", "Shipping Charge", "Total Discounts", "Total Owed", "Shipment Item Subtotal",
                 "Shipment Item Subtotal Tax", "ASIN", "Product Condition", "Quantity", "Payment Instrument Type",
                 "Order Status", "Shipment Status", "Ship Date", "Shipping Option", "Shipping Address",
                 "Billing Address", "Carrier Name & Tracking Number", "Product Name", "Gift Message",
                 "Gift Sender Name", "Gift Recipient Contact Details"]
NEW_HEADER = ["ASIN", "Billing Address", "Carrier Name & Tracking Number", "Currency", "Gift Message",
              "Gift Recipient Contact", "Gift Sender Name", "Item Serial Number", "Order Date", "Order ID",
              "Order Status", "Original Quantity", "Payment Method Type", "Product Condition", "Product Name",
              "Purchase Order Number", "Ship Date", "Shipment Item Subtotal", "Shipment Item Subtotal Tax",
              "Shipment Status", "Shipping Address", "Shipping Charge", "Shipping Option", "Total Amount",
              "Total Discounts", "Unit Price", "Unit Price Tax", "Website"]


@dataclass(frozen=True)
class Item:
    moment: datetime
    order_id: str
    website: str
    currency: str
    asin: str
    name: str
    unit: Decimal
    tax: Decimal
    qty: int
    shipping: Decimal
    discount: Decimal
    total: Decimal
    status: str  # Closed | Cancelled
    returned: bool
    ship: datetime | None
    carrier: str
    payment: str
    address: str
    with_ms: bool

    @property
    def day(self) -> date:
        return self.moment.date()


def asin_for(name: str) -> str:
    digest = hashlib.blake2b(name.encode("utf-8"), digest_size=8).digest()
    alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    n = int.from_bytes(digest, "big")
    out = ""
    for _ in range(8):
        n, r = divmod(n, 36)
        out += alphabet[r]
    return "B0" + out


def _life_schedule(p: Persona) -> dict[date, list[tuple[str, str]]]:
    """Dates of the life-event purchases: stage k some 0–6 weeks after month k (a few small lists)."""
    plan: dict[date, list[tuple[str, str]]] = {}
    if p.life_event is None or p.life_month is None:
        return plan
    rng = p.rng("amazon-life")
    for k, stage in enumerate(texts.LIFE_EVENT_PRODUCTS[p.life_event]):
        month = p.life_month + timedelta(days=31 * k)
        for product in stage:
            day = date(month.year, month.month, 1) + timedelta(days=rng.randrange(3, 27))
            plan.setdefault(day, []).append(product)
    if p.life_event == "new_pet":  # food every month afterwards
        first = p.life_month + timedelta(days=62)
        for m in range(1, 14):
            when = first + timedelta(days=30 * m + rng.randrange(-3, 4))
            plan.setdefault(when, []).append(texts.PET_REPEAT)
    return plan


def _addresses(p: Persona) -> tuple[str, str]:
    rng = p.rng("amazon-address")
    streets = {"DE": ("Lychener Str.", "Kastanienallee"), "AT": ("Neubaugasse", "Zieglergasse"),
               "ES": ("Calle de Fuencarral", "Calle de Toledo"), "MX": ("Calle Durango", "Av. Álvaro Obregón"),
               "US": ("Union St", "7th Ave")}[p.home.country]
    # the one-line shapes of real exports (parsers/amazon_address.py): the town as the post writes it, the
    # country in the marketplace's language
    tail = {"DE": f"{p.home.postal} Berlin Deutschland", "AT": f"{p.home.postal} Wien Österreich",
            "ES": f"{p.home.postal} Madrid Madrid España",
            "MX": f"{p.home.postal} Ciudad de México CDMX México",
            "US": f"{p.home.city.upper()} NY {p.home.postal} United States"}[p.home.country]
    a, b = (f"{p.name} {s} {rng.randrange(2, 120)} {tail}" for s in streets)
    return a, b


def order_items(p: Persona) -> Iterator[Item]:
    """Every order item of the period, oldest first (re-generated identically for each export)."""
    rng = p.rng("amazon-orders")
    life = _life_schedule(p)
    before_move, after_move = _addresses(p)
    card = f"Visa - {rng.randrange(1000, 9999)}"
    flags = {"cancel": date(2022, 2, 1), "return_old": date(2021, 5, 3), "return_new": date(2024, 3, 4)}
    done: set[str] = set()
    for day in days(PERIOD_START, PERIOD_END):
        baskets: list[list[tuple[str, str]]] = []
        for _ in range(p.count(rng, ORDERS_PER_DAY)):
            basket = []
            for _ in range(1 if rng.random() < 0.75 else 2):
                category = p.topic(rng, 1.0) or "tech"
                basket.append(rng.choice(texts.PRODUCTS[category]))
            baskets.append(basket)
        for product in life.get(day, []):
            baskets.append([product])
        for basket in baskets:
            moment = p.when(rng, day)
            alt = rng.random() < 0.08
            website = p.home.alt_website if alt else p.home.website
            currency = p.home.alt_currency if alt else p.home.currency
            order_id = f"{ORDER_PREFIX[website]}-{rng.randrange(10**6, 10**7)}-{rng.randrange(10**6, 10**7)}"
            seen_asins: set[str] = set()
            for name, price in basket:
                asin = asin_for(name)
                if asin in seen_asins:
                    continue
                seen_asins.add(asin)
                unit = (Decimal(price) * Decimal(rng.choice(("1", "1", "0.9", "1.05")))).quantize(CENT)
                tax = (unit * TAX[currency]).quantize(CENT)
                qty = 2 if rng.random() < 0.07 else 1
                shipping = Decimal("3.99") if rng.random() < 0.15 else Decimal("0")
                discount = -(unit * Decimal("0.05")).quantize(CENT) if rng.random() < 0.12 else Decimal("0")
                total = (unit + tax) * qty + shipping + discount
                status, returned = "Closed", False
                for flag in ("cancel", "return_old", "return_new"):
                    if flag not in done and day >= flags[flag] and not alt:
                        done.add(flag)
                        if flag == "cancel":
                            status = "Cancelled"
                        else:
                            returned = True
                        break
                ship = None if status == "Cancelled" else moment + timedelta(hours=rng.randrange(8, 72))
                address = after_move if (p.life_event == "move" and p.life_month and day >= p.life_month
                                         + timedelta(days=31)) else before_move
                if p.control:  # no planted home: Amazon's own sentinel, as on digital orders
                    address = "Not Available"
                carrier = (f"AMZN_{p.home.country}(TBA{rng.randrange(10**11, 10**12)})" if rng.random() < 0.6
                           else f"DHL({rng.randrange(10**11, 10**12)})")
                yield Item(moment, order_id, website, currency, asin, name, unit, tax, qty, shipping, discount,
                           total, status, returned, ship, carrier, card, address, rng.random() < 0.5)


def _iso(moment: datetime, with_ms: bool) -> str:
    if with_ms:
        return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _money(value: Decimal) -> str:
    return f"{value.quantize(CENT)}"


def _legacy_row(item: Item) -> dict[str, str]:
    cancelled = item.status == "Cancelled"
    return {
        "Website": item.website, "Order ID": item.order_id, "Order Date": _iso(item.moment, item.with_ms),
        "Purchase Order Number": "Not Applicable", "Currency": item.currency, "Unit Price": _money(item.unit),
        "Unit Price Tax": _money(item.tax), "Shipping Charge": _money(item.shipping),
        # the legacy export wraps negative discounts in apostrophes: '-0.68'
        "Total Discounts": f"'{_money(item.discount)}'" if item.discount else "0",
        "Total Owed": _money(item.total),
        "Shipment Item Subtotal": "Not Available" if cancelled else _money(item.unit * item.qty),
        "Shipment Item Subtotal Tax": "Not Available" if cancelled or item.with_ms else _money(item.tax * item.qty),
        "ASIN": item.asin, "Product Condition": "New", "Quantity": str(item.qty),
        "Payment Instrument Type": item.payment, "Order Status": item.status,
        "Shipment Status": "Not Available" if cancelled else "Shipped",
        "Ship Date": "Not Available" if item.ship is None else _iso(item.ship, False),
        "Shipping Option": "std-de-dom" if item.currency == "EUR" else "next-1dc",
        "Shipping Address": item.address, "Billing Address": item.address,
        "Carrier Name & Tracking Number": "Not Available" if cancelled else item.carrier,
        "Product Name": item.name, "Gift Message": "Not Available", "Gift Sender Name": "Not Available",
        "Gift Recipient Contact Details": "Not Available",
    }


def _new_row(item: Item, reword: bool) -> dict[str, str]:
    row = _legacy_row(item)
    name = item.name
    if reword:  # Amazon re-words product titles between exports; keywords survive
        name = name.replace(", ", " - ") + " (Renewed Listing)" if ", " in name else name + " - New Edition"
    return {
        "ASIN": item.asin, "Billing Address": item.address, "Carrier Name & Tracking Number":
            row["Carrier Name & Tracking Number"], "Currency": item.currency, "Gift Message": "Not Available",
        "Gift Recipient Contact": "Not Available", "Gift Sender Name": "Not Available",
        "Item Serial Number": "Not Available", "Order Date": row["Order Date"], "Order ID": item.order_id,
        "Order Status": item.status, "Original Quantity": str(item.qty), "Payment Method Type": item.payment,
        "Product Condition": "New", "Product Name": name, "Purchase Order Number": "Not Applicable",
        "Ship Date": row["Ship Date"], "Shipment Item Subtotal": row["Shipment Item Subtotal"],
        "Shipment Item Subtotal Tax": row["Shipment Item Subtotal Tax"], "Shipment Status": row["Shipment Status"],
        "Shipping Address": item.address, "Shipping Charge": row["Shipping Charge"],
        "Shipping Option": row["Shipping Option"], "Total Amount": _money(item.total),
        "Total Discounts": _money(item.discount) if item.discount else "0", "Unit Price": row["Unit Price"],
        "Unit Price Tax": row["Unit Price Tax"], "Website": item.website,
    }


class Money:
    """Per currency, per year: sums of order-item totals and refunds (exact decimals)."""

    def __init__(self) -> None:
        self.spending: dict[str, dict[str, Decimal]] = {}
        self.refunds: dict[str, dict[str, Decimal]] = {}

    def add(self, table: dict[str, dict[str, Decimal]], currency: str, year: int, amount: Decimal) -> None:
        bucket = table.setdefault(currency, {})
        bucket[str(year)] = bucket.get(str(year), Decimal("0")) + amount

    @staticmethod
    def as_json(table: dict[str, dict[str, Decimal]]) -> dict[str, dict[str, str]]:
        return {cur: {year: f"{amount.quantize(CENT)}" for year, amount in sorted(years.items())}
                for cur, years in sorted(table.items())}


def _csv(sink: Sink, tally: Tally, member: str, header: list[str], rows: Iterator[dict[str, str]], kind: str | None,
         *, quote_all: bool = True) -> int:
    key = sink.key(member)
    tally.touch(key)
    with sink.open_text(member, bom=True) as out:
        f = CsvFile(out, header, quote_all=quote_all)
        for row in rows:
            f.row(row)
            if kind is not None:
                tally.add(key, kind)
    return f.count


def write_amazon_legacy(p: Persona, sink: Sink, tally: Tally, money: Money) -> None:
    """The legacy ``Retail.*`` layout: all data until :data:`LEGACY_END`."""
    returned: list[Item] = []
    for n, website in ((1, p.home.website), (2, p.home.alt_website)):
        member = f"Retail.OrderHistory.{n}/Retail.OrderHistory.{n}.csv"
        key = sink.key(member)
        tally.touch(key)
        with sink.open_text(member, bom=True) as out:
            f = CsvFile(out, LEGACY_HEADER, quote_all=True)
            for item in order_items(p):
                if item.day >= LEGACY_END:
                    break
                if item.website != website:
                    continue
                f.row(_legacy_row(item))
                tally.add(key, "amazon.order_item")
                tally.note_text(item.name)
                if item.status != "Cancelled":
                    money.add(money.spending, item.currency, item.moment.year, item.total)
                if item.returned:
                    returned.append(item)
    rng = p.rng("amazon-legacy-returns")
    payments = []
    returns = []
    for item in returned:
        refund_at = (item.ship or item.moment) + timedelta(days=rng.randrange(6, 15))
        reversal = f"R{rng.randrange(10**9, 10**10)}"
        payments.append({"OrderID": item.order_id, "ReversalID": reversal,
                         "RefundCompletionDate": refund_at.strftime("%m/%d/%Y %H:%M:%S UTC"),
                         "Currency": item.currency, "AmountRefunded": _money(item.total), "Status": "Completed",
                         "DisbursementType": "Refund"})
        returns.append({"ReversalID": reversal, "CreationDate": (refund_at - timedelta(days=4)).strftime(
            "%m/%d/%Y %H:%M:%S UTC"), "ReversalStatus": "Completed", "ReversalReason": "CR-DEFECTIVE",
            "ReversalAmountState": "Final"})
        money.add(money.refunds, item.currency, refund_at.year, item.total)
    _csv(sink, tally, "Retail.OrdersReturned.Payments.1/Retail.OrdersReturned.Payments.1.csv",
         ["OrderID", "ReversalID", "RefundCompletionDate", "Currency", "AmountRefunded", "Status", "DisbursementType"],
         iter(payments), "amazon.refund")
    _csv(sink, tally, "Retail.OrdersReturned.1/Retail.OrdersReturned.1.csv",
         ["ReversalID", "CreationDate", "ReversalStatus", "ReversalReason", "ReversalAmountState"],
         iter(returns), "amazon.return")
    _csv(sink, tally, "Retail.CartItems.1/Retail.CartItems.1.csv",
         ["DateAddedToCart", "Source", "CartDomain", "CartList", "ASIN", "Quantity", "OneClickBuyable",
          "ToBeGiftWrapped", "PrimeSubscription", "Pantry", "AddOn"], _cart(p), "amazon.cart_add")
    _csv(sink, tally, "Retail.Search-Data.Retail.Customer-Engagement/Retail.Search-Data.Retail.Customer-Engagement.csv",
         ["First Search Time (GMT)", "Country ID", "Device Model", "Session ID", "Query ID", "Prime Customer (Y/N)",
          "First Search Query String", "Operating System Name", "Customer IP", "Keywords", "Language",
          "Last search Time (GMT)", "Number of Items Ordered"], _searches(p, tally), "amazon.search")
    _csv(sink, tally, "Retail.RegionAuthority.1/Retail.RegionAuthority.1.csv",
         ["Postal Code", "District", "City", "State or Province", "State Code", "Country Code", "Timestamp"],
         iter([{"Postal Code": p.home.postal, "District": "Not Available", "City": p.home.city,
                "State or Province": p.home.region, "State Code": "Not Available", "Country Code": p.home.country,
                "Timestamp": "2019-02-11T08:14:03Z"}]), "amazon.region")
    audiences = declared_audiences(p)
    for stem, header, values, kind in (
        ("Advertising.AmazonAudiences", "Amazon Audiences in which you are included", audiences,
         "amazon.declared_audience"),
        ("Advertising.AdvertiserAudiences", "Advertisers who brought audiences in which you are included",
         list(texts.ADVERTISERS[:2]), "amazon.declared_audience"),
        ("Advertising.AdvertiserClicks", "Advertisers whose ads you clicked", list(texts.ADVERTISERS[4:6]),
         "amazon.ad_click"),
    ):
        _csv(sink, tally, f"Advertising.1/{stem}.csv", [header], ({header: v} for v in values), kind)
    _wishlist(p, sink, tally)


def declared_audiences(p: Persona) -> list[str]:
    if p.control:
        rng = p.rng("amazon-audiences")
        return rng.sample(sorted(texts.AMAZON_AUDIENCES.values()) + list(texts.AMAZON_OTHER), 3)
    return [texts.AMAZON_AUDIENCES[p.interests[0]], texts.AMAZON_AUDIENCES[p.interests[1]], texts.AMAZON_OTHER[0]]


def _cart(p: Persona) -> Iterator[dict[str, str]]:
    rng = p.rng("amazon-cart")
    for day in days(PERIOD_START, LEGACY_END - timedelta(days=1)):
        for moment in distinct_seconds([p.when(rng, day) for _ in range(p.count(rng, 0.05))]):
            name, _ = rng.choice(texts.PRODUCTS[p.topic(rng, 1.0) or "tech"])
            yield {"DateAddedToCart": moment.strftime("%m/%d/%Y %H:%M:%S UTC"), "Source": "Desktop",
                   "CartDomain": p.home.website, "CartList": "active", "ASIN": asin_for(name), "Quantity": "1",
                   "OneClickBuyable": "Yes", "ToBeGiftWrapped": "No", "PrimeSubscription": "Yes", "Pantry": "No",
                   "AddOn": "No"}


def _searches(p: Persona, tally: Tally) -> Iterator[dict[str, str]]:
    rng = p.rng("amazon-search")
    for day in days(PERIOD_START, LEGACY_END - timedelta(days=1)):
        for _ in range(p.count(rng, 0.08)):
            moment = p.when(rng, day)
            query = rng.choice(texts.SEARCHES[p.topic(rng, 1.0) or "tech"])
            os_name = p.os_for(rng)
            tally.note_text(query)
            yield {"First Search Time (GMT)": moment.strftime("%Y-%m-%d %H:%M:%S"),
                   "Country ID": p.home.country, "Device Model": "iPhone" if os_name == "iOS" else "Not Available",
                   "Session ID": "-".join(str(rng.randrange(lo, hi)) for lo, hi in ((100, 999), (10**6, 10**7),
                                                                                    (10**6, 10**7))),
                   "Query ID": str(rng.randrange(10**15, 10**16)), "Prime Customer (Y/N)": "1",
                   "First Search Query String": "/s?k=" + query.replace(" ", "+") + "&ref=nb_sb_noss",
                   "Operating System Name": {"iOS": "iOS", "Android": "Android", "desktop": "Windows"}[os_name],
                   "Customer IP": p.ip_on(rng, day), "Keywords": query,
                   "Language": {"de": "de_DE", "es": "es_ES"}[p.home.second_language],
                   "Last search Time (GMT)": (moment + timedelta(seconds=rng.randrange(5, 300))).strftime(
                       "%Y-%m-%d %H:%M:%S") + ".0",
                   "Number of Items Ordered": "0"}


def _wishlist(p: Persona, sink: Sink, tally: Tally) -> None:
    import json

    member = "Amazon.Lists.Wishlist.2.1/Amazon.Lists.Wishlist.json"
    key = sink.key(member)
    tally.touch(key)
    rng = p.rng("amazon-wishlist")
    cats = list(p.interests) if not p.control else rng.sample(texts.INTEREST_POOL, 3)
    with sink.open_text(member) as out:
        out.write('[{"Shopping List [List]": [{"listName": "Shopping List"}, {"privacy": "PRIVATE"}, '
                  '{"view": "Not Available"}, {"recentActivityDate": "2023-03-01T10:00:00Z"}]}')
        for i, cat in enumerate(cats + cats[:2], start=1):
            name, price = texts.PRODUCTS[cat][-1 - (i // 3)]
            item = {f"Shopping List [Item {i}]": [{"asin": asin_for(name)}, {"quantity": 1},
                                                   {"privacy": "PRIVATE"}, {"deleted": "false"},
                                                   {"fullyPurchased": "false"},
                                                   {"amount": {"value": float(price),
                                                               "currencyUnit": p.home.currency}}]}
            out.write(", " + json.dumps(item, ensure_ascii=False))
            tally.add(key, "amazon.wishlist_item")
        out.write(', {"Shopping List [User]": [{"emailAddress": ' + json.dumps(p.email) +
                  '}, {"roleName": "OWNER"}, {"nodeFlags": "Not Available"}]}]')


def write_amazon_2025(p: Persona, sink: Sink, tally: Tally, money: Money) -> None:
    """The 2025+ layout: orders since :data:`NEW_START` (overlapping the legacy export) and refunds."""
    member = "Your Amazon Orders/Order History.csv"
    key = sink.key(member)
    tally.touch(key)
    rng = random.Random(f"{p.seed}:reword")
    returned: list[Item] = []
    with sink.open_text(member, bom=True) as out:
        f = CsvFile(out, NEW_HEADER, quote_all=False)
        for item in order_items(p):
            if item.day < NEW_START:
                continue
            overlap = item.day < LEGACY_END
            f.row(_new_row(item, reword=overlap and rng.random() < 0.5))
            tally.add(key, "amazon.order_item", unique=not overlap)
            if not overlap:
                tally.note_text(item.name)
                if item.status != "Cancelled":
                    money.add(money.spending, item.currency, item.moment.year, item.total)
                if item.returned:
                    returned.append(item)
    rows = []
    rrng = p.rng("amazon-new-returns")
    for item in returned:
        created = (item.ship or item.moment) + timedelta(days=rrng.randrange(3, 9))
        refunded = created + timedelta(days=rrng.randrange(2, 6))
        rows.append({"Creation Date": _iso(created, False), "Currency": item.currency, "Direct Debit": "Not Applicable",
                     "Disbursement Type": "Refund", "Order ID": item.order_id, "Payment Status": "Completed",
                     "Quantity": str(item.qty), "Refund Amount": _money(item.total),
                     "Refund Date": _iso(refunded, False), "Reversal Action": "Return",
                     "Reversal Reason": "Item not as described", "Reversal Status": "Completed",
                     "Website": item.website})
        money.add(money.refunds, item.currency, refunded.year, item.total)
    _csv(sink, tally, "Your Returns & Refunds/Refund Details.csv",
         ["Creation Date", "Currency", "Direct Debit", "Disbursement Type", "Order ID", "Payment Status", "Quantity",
          "Refund Amount", "Refund Date", "Reversal Action", "Reversal Reason", "Reversal Status", "Website"],
         iter(rows), "amazon.refund", quote_all=False)
