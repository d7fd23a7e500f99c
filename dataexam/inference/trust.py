"""A MOCK Sesame-style "trust score" (inference.md §2) — to show how such scores are built.

``score = 350 + 600 · Σ wᵢ · fᵢ`` with the *reported, unverified* weights credit history .35,
fulfilment capacity .25, behaviour & preferences .20, identity .15, relationships .05, and
transparent rules for each fᵢ ∈ [0, 1]. The aggregator keeps its own small counters and skips every
record that matches a sensitive (Art. 9) category, so such signals cannot move the score
(Art. 9, Art. 22(4); CJEU C-634/21 SCHUFA).

The score's arithmetic is shown with its inputs (order items, spend, timed orders …), and those inputs are over the
purchases it keeps. Were the rest of the report over every purchase, the difference (spending's 40 items, the
score's 34) would be the number of purchases in special categories — Art. 9 data that a default report must not
give (ART9 fault 2). Decision: without ``--include-sensitive`` the purchase records whose text is special
(:func:`.sensitive.withheld_purchase`) are left out of the whole report where the timeline enters the inference
(:func:`.engine.run`): the inputs' counts, spending, impulse buying, financial stress, the home's shipping
addresses, the clock's timed actions, interests (T26C H3: "100 % of your 6 orders" beside spending's 1) — so every
purchase figure of a default report is over the same purchases as the score's shown inputs, and the score is still
reproducible from them. The report says that purchases in special
categories are left out (:data:`SET_ASIDE_NOTE`), never how many, and says it whether or not there were any. With
``--include-sensitive`` the other findings count every purchase and the score names how many it excluded
(``excluded_sensitive_records``). The other way round — a score over every purchase by default — would let Art. 9
records move an automated decision, which the score exists to show a lawful scorer must not do.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Mapping
from datetime import UTC, date, datetime, timedelta, tzinfo
from decimal import Decimal
from functools import partial
from typing import Any

from ..art9 import ART9_WORDS
from ..csvstream import amount_text
from ..events import Bounds, Event, TimeSource, When
from . import fx, literature, sharedaccount
from .engine import CLOCK_SOURCES, Aggregator, Context, DayBins, categories_of, is_subscription_order, quarter_of
from .latehours import late_hours
from .ledger import SpendLedger, is_cancelled
from .model import Confidence, Evidence, EvidenceItem, Finding, Reservoir
from .sensitive import NightGate, special_record
from .sharedaccount import OwnExamples
from .shipping import OrdersForOthers, OwnAddresses
from .social import SharedThreads, SocialAggregator
from .stock import TradeStock
from .textrules import RECENT_YEARS, is_retweet, recent_from, year_span

#: what the default report says instead of a number (module text), on every purchase finding
SET_ASIDE_NOTE = (f"Purchases in special categories (GDPR Art. 9: {ART9_WORDS}) are "
                  "left out of every purchase figure here; --include-sensitive counts them (the trust score leaves "
                  "them out always).")


#: a timed record this close to its UTC year's start or end may be of the year beside it on the home's calendar
#: (UTC−12 … UTC+14): its instant is kept in its key so that :meth:`TrustAggregator._recent` reads its home year
_YEAR_EDGE = timedelta(hours=14)


def _year(event: Event) -> tuple[int, datetime | None]:
    """The record's calendar year (0 when undated) and, for a timed record within :data:`_YEAR_EDGE` of a UTC
    year's turn, its instant (a Los Angeles post at 20:00 on 31 Dec 2020 is of 2021 in UTC, of 2020 at home;
    BOUND56), else ``None``: the year is read on the home's calendar once the zone is known."""
    t = event.time
    if t is None:
        return 0, None
    if event.time_source == TimeSource.DATE_ONLY:
        return t.year, None  # its own day's year (stamped 00:00 UTC of it)
    u = t.astimezone(UTC)
    edge = (u - datetime(u.year, 1, 1, tzinfo=UTC) < _YEAR_EDGE
            or datetime(u.year + 1, 1, 1, tzinfo=UTC) - u <= _YEAR_EDGE)
    return u.year, (u if edge else None)


def _truthy(value: object) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("true", "yes", "1")
    return bool(value)

BANNER = "MOCK — NOT A CREDIT SCORE"
WEIGHTS = {"credit_history": 0.35, "fulfilment_capacity": 0.25, "behaviour_preferences": 0.20,
           "identity": 0.15, "relationships": 0.05}
# Yearly spend bands (fixed, published here; no population data): upper bound → fᵢ contribution, in euros
# (BAND_CURRENCY): every currency is converted at the ECB reference rate of each purchase day (fx; offline). Nominal
# bands in whatever currency won read ¥65,520 (≈ €440) and ₹16,226 (≈ €180) a year as the top band (the
# twenty-fourth pass's tester, T24C H2).
BAND_CURRENCY = "EUR"
SPEND_BANDS: tuple[tuple[Decimal, float], ...] = (
    (Decimal(100), 0.1), (Decimal(500), 0.3), (Decimal(1000), 0.5), (Decimal(2500), 0.7), (Decimal(5000), 0.85))
SPEND_TOP = 1.0
#: the band's share of the fulfilment factor where no purchase currency has a rate (the bands' middle)
NO_BAND_F = 0.5
PROFILE_FIELDS = ("name", "birthday", "email", "phone", "city")
#: the examples each factor lists (its evidence)
EVIDENCE_PER_FACTOR = 3
SCORE_KINDS = frozenset({
    "amazon.order_item", "amazon.shipment", "amazon.refund", "amazon.return", "facebook.profile", "twitter.account",
    "facebook.friend", "twitter.follower", "twitter.following", "facebook.message", "twitter.dm",
    "twitter.tweet", "facebook.post", "facebook.page_like", "facebook.login", "twitter.login",
})


def spend_band(yearly: Decimal) -> float:
    for upper, f in SPEND_BANDS:
        if yearly < upper:
            return f
    return SPEND_TOP


def _span_words(years: float) -> str:
    """A span of ``years`` in words: "3.9 years", "5 months", "less than a month" (not "0.0 years": an export of
    a few days' records, the twenty-third pass's tester)."""
    if years >= 1:
        return f"{years:.1f} years"
    months = int(years * 12)
    if months < 1:
        return "less than a month"
    return "1 month" if months == 1 else f"{months} months"


def _clamp(x: float) -> float:
    return max(0.0, min(1.0, x))


class TrustAggregator(Aggregator):
    """Inputs of the mock score, sensitive records excluded at the door."""

    name = "trust"
    kinds = SCORE_KINDS
    categorised_kinds = SCORE_KINDS  # every scored record: Art. 9 ones are left out

    def __init__(self, social: SocialAggregator | None = None) -> None:
        # the first and last dated records, each with whether it is date-only (an old Amazon report's order day,
        # stamped 00:00 UTC: events.When): said as its day, never withheld as a night-time instant (AMZ53:
        # "account_since": "withheld Sun 00:00")
        # the first / last timed and date-only records apart (events.Bounds): which of a date-only order and a timed
        # record is first is read on the home's calendar (``zone``, set from ctx.zone when the score is made: AMZ55,
        # a date-only 2 Jan order was first before a post of 1 Jan 22:00 in New York, 2 Jan 03:00 UTC)
        self.span = Bounds()
        # the first and last dated Amazon record: the account age of the credit history when Amazon is given (an
        # empty X archive's account creation date added 3.9 years and 41 points to it: the twenty-third pass)
        self.amazon_span = Bounds()
        self.zone: tzinfo | None = None
        self.items = 0
        self.problems = 0
        self.cancelled = 0
        self.returns = 0
        self.ledger = SpendLedger()  # every purchase record once, per currency (ledger.py)
        # gaming and baby records per calendar year (0: undated): the behaviour rules read the recent years only
        # (textrules.RECENT_YEARS; T29C M4: 786 gaming tweets of 2012–14 cost a 2024 adult −0.15)
        # keyed ("gaming", year) and ("baby", year), timed orders per UTC day and quarter-hour: a shared account's
        # orders (sharedaccount, known only at the end) leave the gaming and baby rules (T30B M6, T30C H6)
        self.beh_counts = sharedaccount.OrderCounts()
        self.categorised = 0
        self.order_bins = DayBins()  # order items per UTC day and quarter-hour
        self.profile_fields: set[str] = set()
        self.verified = 0
        self.addresses = OwnAddresses()
        self.for_others = OrdersForOthers()  # orders shipped to other people (resale stock: T29C L3)
        self.stock = TradeStock()  # a business's supplies bought in bulk (stock.py; T31B M1)
        self.trade_stock: dict[str, Any] | None = None  # its verdict, left out of the spending band (finish)
        self.friends = 0
        self.followers = 0
        # friend / follower entries per origin.archive: each list counts from the newest download (_newest_counts)
        self.friend_lists: Counter[str] = Counter()
        self.follower_lists: Counter[str] = Counter()
        # DM reciprocity on one-to-one exchange only, as the social circle measures it: group chats and
        # notes to oneself are no reciprocity (the twenty-third pass's first tester, F-group)
        # one pass over the DMs with the social circle's (issue 16): this door feeds the shared threads, special
        # messages marked so that the score's view leaves them out (SharedThreads)
        self.messages: SharedThreads = social.share_threads() if social is not None else SharedThreads()
        self.excluded_sensitive = 0
        # a partial, not a lambda: the state is pickled when trust consumes in the inference worker (offload)
        # the first EVIDENCE_PER_FACTOR examples per factor; the spending and behaviour factors' leave a shared
        # account's orders out at the end as their rules do, the person's own still listed (sharedaccount.OwnExamples)
        self.ev: dict[str, Reservoir | OwnExamples] = defaultdict(partial(Reservoir, EVIDENCE_PER_FACTOR))
        self.ev["fulfilment_capacity"] = OwnExamples(EVIDENCE_PER_FACTOR)
        self.ev["behaviour_preferences"] = OwnExamples(EVIDENCE_PER_FACTOR)

    def consume(self, event: Event) -> None:
        # screened: the messages received (half of an archive's DMs) are categorised by nothing else, and the door
        # needs only whether a text is special
        if special_record(event, screened=True):
            self.excluded_sensitive += 1  # Art. 9: the record does not exist for the score
            if event.kind in ("facebook.message", "twitter.dm"):
                self.messages.add(event, special=True)  # for the social circle only
            return
        when = When.of(event)
        if when is not None:
            self.span.add(when)
            if event.source == "amazon":  # the credit history's account age is the Amazon history's
                self.amazon_span.add(when)
        kind = event.kind
        attrs = event.attrs
        if kind == "amazon.order_item":
            self._order(event)
        elif kind == "amazon.shipment":
            if self.ledger.add(event) is None and event.attrs.get("total") is not None:
                self.ev["fulfilment_capacity"].offer(event, "shipment of the order report")
        elif kind in ("amazon.refund", "amazon.return"):
            # counted once per order when the score is built (a request and its payout are one return; a
            # cancelled item's reversal is no second problem: T24C M3)
            if kind == "amazon.refund":
                self.ledger.add_refund(event)
            else:
                self.ledger.add_return(event)
            self.ev["credit_history"].offer(event, "return or refund")
        elif kind == "facebook.profile":
            field = str(attrs.get("field") or attrs.get("type") or attrs.get("fact") or "").lower()
            for name in PROFILE_FIELDS:
                if name in field:
                    self.profile_fields.add(name)
                    self.ev["identity"].offer(event, f"profile field: {name}")
            if _truthy(attrs.get("verified")):
                self.verified += 1
        elif kind == "twitter.account":
            for key, name in (("email", "email"), ("phone", "phone"), ("phone_number", "phone"),
                              ("phoneNumber", "phone")):
                if attrs.get(key):
                    self.profile_fields.add(name)
                    self.ev["identity"].offer(event, f"account field: {name}")
        elif kind == "facebook.friend":
            if str(attrs.get("status") or "friend") == "friend":
                self.friends += 1
                self.friend_lists[event.origin.archive] += 1
                self.ev["relationships"].offer(event, "friend list entry")
        elif kind == "twitter.follower":
            self.followers += 1
            self.follower_lists[event.origin.archive] += 1
        elif kind in ("facebook.message", "twitter.dm"):
            self.messages.add(event, special=False)
        elif kind in ("twitter.tweet", "facebook.post", "facebook.page_like"):
            # a retweet's words are its author's (textrules.is_retweet; T29C M2)
            if not is_retweet(event) and "gaming" in categories_of(event.text):
                self.beh_counts.add(("gaming", *_year(event)), event)
                self.ev["behaviour_preferences"].offer(event, "gaming record")

    def _order(self, event: Event) -> None:
        attrs = event.attrs
        self.items += 1
        if is_cancelled(attrs):
            self.ledger.note_cancelled(attrs)  # its order's refunds reverse a charge: no return (T24C M3)
            self.cancelled += 1
            self.problems += 1
            self.ev["credit_history"].offer(event, "cancelled order item")
            return
        t = event.time
        counted = self.ledger.add(event)
        if counted is not None and not counted.from_balance:
            self.for_others.add(attrs, str(attrs.get("order_id") or event.key), counted.total, counted.currency)
            self.stock.add(event.text, attrs, counted.total, counted.currency, t)
        if counted is not None and t is not None:
            # a date only says nothing about the hour (T24C H4); a Subscribe & Save delivery's hour is Amazon's
            # schedule, not the person's (engine.platform_written; T34A M1)
            if event.time_source in CLOCK_SOURCES and not is_subscription_order(event):
                t = t.astimezone(UTC)
                self.order_bins.add(t.date(), quarter_of(t))
            self.ev["fulfilment_capacity"].offer(event)
        cats = categories_of(event.text)
        if cats:
            self.categorised += 1
        if "gaming" in cats:
            self.beh_counts.add(("gaming", *_year(event)), event)
            self.ev["behaviour_preferences"].offer(event, "gaming purchase")
        if "baby" in cats:
            self.beh_counts.add(("baby", *_year(event)), event)
            self.ev["behaviour_preferences"].offer(event, "baby purchase")
        self.addresses.add(attrs, event.time.date() if event.time else None)  # gifts left out

    @property
    def bounds(self) -> tuple[When | None, When | None]:
        """(first, last) dated scored record on the home's calendar (:attr:`zone`; UTC before it is known):
        :meth:`.Bounds.at`."""
        return self.span.at(self.zone)

    @property
    def amazon_bounds(self) -> tuple[When | None, When | None]:
        """(first, last) dated Amazon record on the home's calendar (:attr:`zone`)."""
        return self.amazon_span.at(self.zone)

    def behaviour_years(self) -> tuple[int | None, int | None]:
        """(first, last) calendar year the behaviour rules read: the :data:`.textrules.RECENT_YEARS` years ending with
        the year of the latest dated scored record on the home's calendar (:attr:`zone`; UTC's where none is known);
        (None, None) without one (every record is read)."""
        last = self.bounds[1]
        if last is None:
            return None, None
        year = last.day(self.zone).year  # on the home's calendar (:attr:`zone`; BOUND56: the UTC year before)
        return recent_from(year), year

    def _recent(self, what: str, ctx: Context | None = None, shared: dict[str, Any] | None = None
                ) -> tuple[int, int]:
        """(``what`` — "gaming" or "baby" — records in the recent years, undated ones included; records before them),
        a shared account's apart orders (:func:`.sharedaccount.is_apart`) left out."""
        since, _ = self.behaviour_years()
        counts = self.beh_counts
        recent = older = 0
        for key in counts.keys():
            if key[0] != what:  # type: ignore[index]
                continue
            n = counts.count(ctx, shared, key)
            year, edge = key[1], key[2]  # type: ignore[index]
            if edge is not None and self.zone is not None:  # by a year's turn: its year on the home's calendar
                year = edge.astimezone(self.zone).year
            if since is not None and year and year < since:
                older += n
            else:
                recent += n
        return recent, older

    @property
    def gaming(self) -> int:
        """Gaming records of the recent years (:meth:`behaviour_years`), every order counted."""
        return self._recent("gaming")[0]

    @property
    def baby(self) -> int:
        """Baby purchases of the recent years (:meth:`behaviour_years`), every order counted."""
        return self._recent("baby")[0]

    # -- factors --------------------------------------------------------------------------------------
    def factors(self, ctx: Context) -> dict[str, dict[str, Any]]:
        """Each factor's fᵢ, inputs, rule and what would move it."""
        self.zone = ctx.zone  # the bounds on the home's calendar (AMZ55)
        # credit history: the Amazon history's length where Amazon is given (orders, their status and payments are
        # what it reads); without Amazon, the span of every record given, as before
        amazon_first, amazon_last = self.amazon_bounds
        if amazon_first and amazon_last:
            first, last, age_from = amazon_first, amazon_last, "Amazon records"
        else:
            (first, last), age_from = self.bounds, "all records (no dated Amazon record)"
        years = ((last.t - first.t).days / 365.25) if first and last else 0.0
        self.ledger.settle()
        self.returns = sum(self.ledger.returns_by_month().values())
        self.problems = self.cancelled + self.returns
        problem_rate = self.problems / self.items if self.items else 0.0
        f_hist = 0.5 * min(years / 10, 1) + 0.5 * (1 - min(problem_rate, 1)) if self.items else 0.5 * min(years / 10, 1)

        # Years on the person's calendar (T24C M4). The band: every currency in euros at dated ECB rates, the
        # yearly mean over the calendar years with purchases; a currency without a rate is left out and named.
        # Regularity: the monthly spend in euros over every currency with a rate (the last tester's N12: the main
        # currency's months alone made a move from yen to dollars "irregular" — months without yen), else the
        # main currency's (a coefficient of variation has no unit).
        self.ledger.localise(ctx.local_bin if ctx.zone is not None else None)
        self._leave_out_stock(ctx)
        main = self.ledger.main_currency()
        others = self.for_others.verdict()
        stock = self.trade_stock
        yearly_eur, no_rate = self.yearly_in_band_currency()
        if main:
            yearly = self.ledger.mean_yearly(main)
            months_eur = self.monthly_in_band_currency()
            regularity = self._regularity(months_eur if months_eur else self.ledger.months[main])
        else:
            yearly, regularity = Decimal(0), 0.0
        band: float | None = spend_band(yearly_eur) if yearly_eur is not None else (None if main else 0.0)
        # no currency with a rate (e.g. EGP only): no band; its half of the factor is the neutral middle, so a
        # currency without a rate neither raises nor lowers the factor (the regularity alone had raised it: N12)
        f_ful = 0.5 * (band if band is not None else NO_BAND_F) + 0.5 * regularity

        # orders at hours the person's other records never are (a shared account: T30B M6) count in no behaviour rule
        shared = sharedaccount.read(ctx, self.order_bins.items())
        hours = late_hours(ctx)
        # a withheld window's orders are read by no hour, in neither count (Context.hour_read, WINDOW65: on the
        # clock the night gives them, the share moved with the night's day)
        late = sum(c for d, q, c in self.order_bins.items()
                   if ctx.hour_read(d) and self._late(ctx, d, q, hours.quarters)
                   and not sharedaccount.is_apart(ctx, shared, d, q))
        # the late-night rule reads the person's clock: with no time zone found the hours are UTC, which are not
        # theirs (T24C M1: New York orders at 20:30 were "late" at 01:30 UTC), so the rule is not applied
        n_timed = (self.order_bins.total() - (shared["orders_apart"] if shared else 0)
                   - sum(c for d, q, c in self.order_bins.items()
                         if not ctx.hour_read(d) and not sharedaccount.is_apart(ctx, shared, d, q)))
        late_share = late / n_timed if n_timed else 0.0
        rules = []
        f_beh = 0.5
        beh_years = self.behaviour_years()
        # the gaming and baby rules and the spending and behaviour examples without a shared account's orders
        gaming, gaming_before = self._recent("gaming", ctx, shared)
        baby, baby_before = self._recent("baby", ctx, shared)
        gaming_apart = self.gaming - gaming
        for factor in ("fulfilment_capacity", "behaviour_preferences"):
            self.ev[factor].settle(ctx, shared)  # type: ignore[union-attr]
        if gaming >= 10:
            f_beh -= 0.15
            rules.append({"rule": "≥ 10 gaming records → −0.15", "quote": "someone gaming 10 h a day 'would be "
                          "considered an idle person' (Li Yingyun)",
                          "critique": "Leisure says nothing about repaying."})
        if baby >= 3:
            f_beh += 0.15
            rules.append({"rule": "≥ 3 baby purchases → +0.15", "quote": "someone who frequently buys diapers is "
                          "'probably a parent, who … is more likely to have a sense of responsibility' (Li Yingyun)",
                          "critique": "Rewards a life stage, penalises the childless."})
        if late_share > 0.2 and n_timed >= 5 and ctx.zone is not None:
            f_beh -= 0.1
            rules.append({"rule": f"> 20% of orders {hours.label} ({ctx.clock_label} time) → −0.10",
                          "quote": None,
                          "critique": "Night shifts and other time zones look like impulsiveness."})
        f_beh = _clamp(f_beh)

        fields_present = len(self.profile_fields) / len(PROFILE_FIELDS)
        stability = 1 / len(self.addresses) if self.addresses else 1.0
        f_id = fields_present * stability

        # a friends or followers list is the state on its download's day: the newest download's counts, as the
        # social_circle finding's (two downloads' lists were unioned: 60 X followers for 40, T34A H1)
        self.friends = sum(self.friend_lists[a] for a in ctx.newest_only(self.friend_lists)[0])
        self.followers = sum(self.follower_lists[a] for a in ctx.newest_only(self.follower_lists)[0])
        contacts = self.friends + self.followers
        recip = self.messages.unspecial.resolve().reciprocity() or 0.0
        f_rel = 0.7 * min(1.0, math.log10(1 + contacts) / 3) + 0.3 * recip

        # Services not given are "not in the inputs", not zero: the inputs say which ones were absent.
        missing = {"amazon": "no Amazon export in the inputs" if "amazon" not in ctx.sources else None,
                   "contacts": ("no Facebook or X export in the inputs"
                                if not ctx.sources & {"facebook", "twitter"} else None)}
        return {
            "credit_history": {
                "f": f_hist, "inputs": {"account_years": round(years, 2), "account_age_from": age_from,
                                        # its day on the home's calendar, the Period's first day (BOUND56)
                                        "account_since": NightGate.of(ctx).home_day(first, ctx.zone)
                                        or NightGate.of(ctx).day(first, ctx.zone),
                                        "order_items": self.items,
                                        "cancelled": self.cancelled, "returns_refunds": self.returns,
                                        "problem_rate": round(problem_rate, 4),
                                        "not_in_inputs": missing["amazon"]},
                "rule": ".5·min(years/10, 1) + .5·(1 − problem-order rate)",
                # the inputs in words, by default in every format (account years were shown only with --detail full)
                "explanation": ("Old accounts and few cancellations look reliable: "
                                + (f"{_span_words(years)} of {age_from.split(' (')[0]} "
                                   f"(since {first.day(ctx.zone):%b %Y})" if first and last else "no dated records")
                                + (f", {problem_rate:.0%} of {self.items:,} order items cancelled, returned or "
                                   "refunded." if self.items else ", no order items.")),
                "raise": "Keep accounts for years; never cancel or return.",
                "lower": "Cancel, return, or start fresh accounts."},
            "fulfilment_capacity": {
                "f": f_ful, "inputs": {"currency": main, "mean_yearly_spend": str(Decimal(yearly).quantize(
                    Decimal("0.01"))), "band_currency": BAND_CURRENCY,
                    "mean_yearly_spend_band_currency": (str(yearly_eur.quantize(Decimal("0.01")))
                                                        if yearly_eur is not None else None),
                    "spend_band_f": band, "regularity": round(regularity, 3),
                    "currencies_without_ecb_rate": no_rate,
                    "orders_for_others": ({k: v for k, v in others.items() if k != "amount"} if others else None),
                    # a trade's stock left out of the band and the steadiness (stock.py; T31B M1)
                    "trade_stock": ({"products": stock["products"], "lines": stock["lines"],
                                     "amount": {c: amount_text(a, c) for c, a in sorted(stock["amount"].items())}}
                                    if stock else None),
                    "not_in_inputs": missing["amazon"]},
                "rule": (".5·band(mean yearly spend in EUR, every currency at the ECB rate of each purchase day: "
                         "<100 .1, <500 .3, <1000 .5, <2500 .7, <5000 .85, else 1) + .5·(1 − CV of monthly spend "
                         "in EUR, or in the main currency where none has a rate); no rate at all: band .5"),
                "explanation": "Spending level and steadiness stand in for income." + (
                    f" Most orders ({others['away_orders']} of {others['orders']}) ship to other people (in at least "
                    f"{others['away_towns']} towns): not your own spending, yet counted as if it were income."
                    if others else "") + (
                    f" {stock['products']} products bought again and again in bulk look like a trade's stock ("
                    + ", ".join(f"{amount_text(a, c)} {c}" for c, a in sorted(stock["amount"].items()))
                    + "): left out of the spending level and its steadiness, which read your own spending only."
                    if stock else ""),
                "raise": "Spend more, and evenly every month.",
                "lower": "Spend less or irregularly (e.g. saving up)."},
            "behaviour_preferences": {
                "f": f_beh, "inputs": {"gaming_records": gaming, "baby_purchases": baby,
                                       "years_read": year_span(*beh_years) if beh_years[0] else None,
                                       "gaming_records_before": gaming_before,
                                       "baby_purchases_before": baby_before,
                                       "late_night_order_share": round(late_share, 3), "clock": ctx.clock_label,
                                       "timed_orders": n_timed,
                                       # orders at the person's quiet hours, left out of both rules (sharedaccount)
                                       "orders_apart": shared["orders_apart"] if shared else None,
                                       "gaming_orders_apart": gaming_apart if shared else None,
                                       "baby_orders_apart": self.baby - baby if shared else None,
                                       "shared_account": (sharedaccount.sentence(shared, ctx.clock_label)
                                                          if shared else None)},
                "rule": ("start at .5; fixed steps mirroring the Li Yingyun rules (listed), over the records of the "
                         f"last {RECENT_YEARS} calendar years of the export (older gaming and baby records are counted "
                         "apart and move nothing); the late-night step only on the time-zone finding's clock (not on "
                         "UTC) and only on orders with a time of day"),
                "rules_applied": rules,
                "explanation": "Each rule is shown verbatim with the quote it mirrors and a critique.",
                "raise": "Buy diapers, stop gaming, shop in daytime.",
                "lower": "Game, shop at night."},
            "identity": {
                "f": f_id, "inputs": {"profile_fields": sorted(self.profile_fields),
                                      "distinct_shipping_addresses": len(self.addresses) or None},
                "rule": ("share of (name, birthday, email, phone, city) present × 1/(distinct shipping addresses; "
                         "gifts left out as the home finding leaves them out: flagged ones, and orders away from "
                         "their billing address in a quarter others went to it)"),
                "explanation": "Stable identity data raise scores.",
                "raise": "Fill in every profile field; never move.",
                "lower": "Withhold profile data; move house."},
            "relationships": {
                "f": f_rel, "inputs": {"friends_and_followers": contacts, "reciprocity": round(recip, 3),
                                       "not_in_inputs": missing["contacts"]},
                "rule": ".7·min(1, log10(1 + friends + followers)/3) + .3·DM reciprocity (one-to-one threads)",
                "explanation": "Who you know moves your score (Wei et al. 2016).",
                "raise": "Collect contacts; answer every message.",
                "lower": "Drop ties (scores like this push people to do exactly that)."},
        }

    def _leave_out_stock(self, ctx: Context) -> None:
        """Take a trade's stock (:class:`.stock.TradeStock`'s verdict: a business's supplies bought in bulk on the
        account, T31B M1) out of the localised ledger's years, months and days, which the spending band and its
        steadiness read: stock is no lifestyle of the person's (a candle maker's €31,449 of wax and jars put him in
        the top band). Sets :attr:`trade_stock`; the credit history (problem rate, account age) still counts every
        order."""
        ledger = self.ledger
        stock = self.stock.verdict({c: sum(y.values(), Decimal(0)) for c, y in ledger.years.items()},
                                   ctx.local_bin if ctx.zone is not None else None)
        self.trade_stock = stock
        if stock is None:
            return
        for cur, by_day in stock["days"].items():
            for day, amount in by_day.items():
                for table, key in ((ledger.days, day), (ledger.years, day.year), (ledger.months, f"{day:%Y-%m}")):
                    left = table[cur].get(key, Decimal(0)) - amount  # type: ignore[attr-defined]
                    if left > 0:
                        table[cur][key] = left  # type: ignore[index]
                    else:
                        table[cur].pop(key, None)  # type: ignore[attr-defined]
        for table in (ledger.days, ledger.years, ledger.months):
            for cur in [c for c, v in table.items() if not v]:
                del table[cur]

    def yearly_in_band_currency(self) -> tuple[Decimal | None, list[str]]:
        """(mean yearly spend in :data:`BAND_CURRENCY` over the calendar years with purchases, every currency
        converted at the ECB rate of each purchase day — None when no currency has a rate; the currencies left
        out for want of a rate)."""
        ledger = self.ledger
        years: set[int] = set()
        total = Decimal(0)
        converted = False
        no_rate: list[str] = []
        fx.preload([*ledger.days, BAND_CURRENCY])
        for cur in sorted(ledger.days):
            conv = fx.convert_days(ledger.days[cur], cur, BAND_CURRENCY)
            if conv is None:
                no_rate.append(cur)
                continue
            converted = True
            total += conv.total
            years.update(y for y, v in ledger.years[cur].items() if v)
        if not converted or not years:
            return None, no_rate
        return total / len(years), no_rate

    def monthly_in_band_currency(self) -> dict[str, Decimal]:
        """Monthly spend (``"YYYY-MM"`` → amount in :data:`BAND_CURRENCY`) over every currency with a rate, each
        day at its own rate (fx); empty when no currency has one."""
        months: dict[str, Decimal] = defaultdict(Decimal)
        for cur, days in self.ledger.days.items():
            if not fx.supported(cur):
                continue
            for day, amount in days.items():
                got = fx.rate_on(day, cur, BAND_CURRENCY)
                if got is not None:
                    months[f"{day:%Y-%m}"] += amount * got[0]
        return dict(months)

    @staticmethod
    def _regularity(months: Mapping[str, Decimal]) -> float:
        if len(months) < 2:
            return 0.0
        keys = sorted(months)
        y, m = int(keys[0][:4]), int(keys[0][5:])
        values = []
        while f"{y:04d}-{m:02d}" <= keys[-1]:
            values.append(float(months.get(f"{y:04d}-{m:02d}", 0)))
            m += 1
            if m > 12:
                y, m = y + 1, 1
        mean = sum(values) / len(values)
        if not mean:
            return 0.0
        sd = math.sqrt(sum((v - mean) ** 2 for v in values) / len(values))
        return _clamp(1 - sd / mean)

    @staticmethod
    def _late(ctx: Context, d: date, q: int, hours: frozenset[int]) -> bool:
        """Whether a UTC (day, quarter-hour) bin falls in ``hours`` (local quarter-hours: 23:00–04:00, or the
        person's own night's late hours where the sleep finding puts it elsewhere: :func:`.latehours.late_hours`,
        as impulse buying reads them)."""
        _, lq = ctx.local_bin(d, q)
        return lq in hours

    def finish(self, ctx: Context) -> list[Finding]:
        factors = self.factors(ctx)
        total = 0.0
        for name, fac in factors.items():
            fac["f"] = round(_clamp(fac["f"]), 4)
            fac["weight"] = WEIGHTS[name]
            fac["points"] = round(600 * WEIGHTS[name] * fac["f"], 1)
            fac["evidence"] = [i.to_dict() for i in self.ev[name].items]
            total += WEIGHTS[name] * fac["f"]
        score = int(Decimal(350 + 600 * total).quantize(Decimal(1), rounding="ROUND_HALF_UP"))
        band = ("poor" if score < 550 else "fair" if score < 600 else "good" if score < 650 else
                "very good" if score < 700 else "excellent")
        ev = Evidence(n_support=self.items + self.friends + self.followers + len(self.profile_fields),
                      n_against=self.problems)
        for name in WEIGHTS:
            ev.items.extend(self.ev[name].items[:2])
        ev.items = ev.items[:10]
        gate = NightGate.of(ctx)
        value = {"banner": BANNER, "score": score, "range": [350, 950], "band": band,
                 "band_note": "bands 350–550 poor … 700–950 excellent are reported, unverified",
                 "formula": "350 + 600 · Σ wᵢ·fᵢ", "weights_note": "reported, unverified (inference.md §2)",
                 "factors": factors,
                 # how many records fell in a special category is itself an Art. 9 signal (T25B H2): the
                 # default report says only that the categories are off, never whether one was found
                 "excluded_sensitive_records": self.excluded_sensitive if ctx.include_sensitive else None,
                 # the bounds as every night-time record is given without --include-sensitive (T28D M2)
                 # a date-only bound is its ISO day, flagged in ``period_date_only`` (NightGate.instant: one shape)
                 "period": [gate.instant(w, ctx.zone) for w in self.bounds],
                 "period_date_only": [gate.date_only(w) for w in self.bounds],
                 # the bounds' days on the home's calendar, as the inputs' first_day / last_day (BOUND56; null where
                 # the instant is withheld), on ``period_days_on``: the time-zone finding's clock, or UTC
                 "period_days": [gate.home_day(w, ctx.zone) for w in self.bounds],
                 "period_days_on": ctx.clock_label}
        has_data = self.items or self.friends or self.followers or self.profile_fields
        conf = Confidence.LOW if has_data else Confidence.INSUFFICIENT
        others = factors["fulfilment_capacity"]["inputs"].get("orders_for_others")
        # a reseller's stock (T29C L3): the spending band reads money through the account as the person's income
        resale = ([f"Most orders ({others['away_orders']} of {others['orders']}) ship to other people in at least "
                   f"{others['away_towns']} towns: resale stock or orders for others, not your own spending, yet the "
                   "fulfilment factor reads them as income — as a real scorer would."] if others else [])
        return [Finding(id="trust_score", title=f"Mock trust score ({BANNER})", value=value if has_data else None,
                        confidence=conf,
                        confidence_basis=("deliberately low: a mock with unverified weights and no outcome data; "
                                          "it shows how such scores are built, not your creditworthiness"
                                          if has_data else "no orders, contacts or profile facts"),
                        method=("score = 350 + 600·Σ wᵢ·fᵢ with reported, unverified Sesame weights (history .35, "
                                "fulfilment .25, behaviour .20, identity .15, relationships .05); each fᵢ from the "
                                "rule shown with its inputs. Records matching a sensitive (Art. 9) category are "
                                "excluded before any counting."),
                        evidence=ev, literature=literature.cards("trust_score"),
                        caveats=[BANNER + ".", "Sesame's real algorithm is confidential; Zhima is not the state "
                                 "Social Credit System.",
                                 "A score like this, used by a lender, would be an Art. 22 automated decision "
                                 "(CJEU C-634/21 SCHUFA).",
                                 "What raises it (more spending, never moving, more contacts) shows the perverse "
                                 "incentives such scores create.", *resale],
                        # no orders, contacts or profile facts: every fᵢ is its empty default, so the number and
                        # its band would be the formula's floor, not a reading of the person (T28A M2) — none is
                        # printed, in any format
                        summary=(f"{BANNER}: {score} on a scale of 350–950 ({band})."
                                 + (" Most orders ship to other people: the spending it scores is not yours."
                                    if others else "")
                                 if has_data else
                                 f"{BANNER}: no score — the exports hold no orders, contacts or profile facts to "
                                 "score."))]


__all__ = ["BANNER", "SET_ASIDE_NOTE", "WEIGHTS", "EvidenceItem", "TrustAggregator", "special_record", "spend_band"]
