"""Orders at hours the person is otherwise never active: the Amazon account may be shared (inference.md §4).

An Amazon account is often a household's: the twenty-ninth … thirtieth pass's tester (T30B M6, household/) gave
Maria's X activity 07:00–22:00 all year and half her orders at 23:30–01:30 (her partner's games and graphics card);
"49 % ordered late at night", the trust score's "> 20 % of orders 23–04 → −0.10" and "≥ 10 gaming records → −0.15"
all counted them against her, and nothing said that the orders' hours contradict every other record of hers.
inference.md §4 asks to show such a contradiction.

The rule: the person's *own other* records (posts, tweets, messages, logins, searches … — every clock record but
the order items) give a local-hour profile (:meth:`.engine.Context.own_hours` of the clock's
:attr:`.engine.Context.own_bins`, on the chosen zone's clock). An hour holding at most :data:`QUIET_SHARE` of
them (of at least :data:`MIN_OWN_RECORDS`) is a *quiet hour*. When at least :data:`MIN_APART` timed order items,
and at least :data:`APART_SHARE` of them, fall in quiet hours, the orders' hours contradict the person's.

Hours alone are no second person (the thirty-first pass's tester, T31B J1): a man with a day job and a bar shift
posts at 12:30–13:00 and after closing, and his own 13:00 lunchtime orders — the same work shoes he orders at 00:18
— fell in a "quiet" hour, a dead hour between two timetables; an office worker who tweets only from work and orders
only at home in the evening (T30C shared_fp) had all of her orders "apart". So the rule also needs what a second
person leaves: goods of another life. The quiet-hour order items' interest categories (categories.py) are set
against the person's own: a category is theirs where it holds at least :data:`OWN_GOODS_SHARE` of their categorised
order items at their own (not quiet) hours, or of their own categorised records outside Amazon (posts, likes,
follows, searches on Facebook and X: an Amazon search may be the other person's too). At least :data:`MIN_APART`
quiet-hour category matches, and at least :data:`OTHER_GOODS_SHARE` of them, must be in categories not the person's
(T30B household: her running shoes, yoga mat and novels by day, his games and headset at 01:00). Items with no
category, or the same goods at both hours, say nothing of another person: the orders stay the person's. Special
categories (Art. 9) are neither counted nor named here. The basis is this project's reading of inference.md §4 (a
contradiction shown with what contradicts), not a published rule; a second delivery name or payment would be
another sign (the order rows carry no recipient name; a payment type seen only at quiet hours is not read yet).

When both hold, :func:`read` says so, and the night-order rules (impulse buying's late-night share, the trust
score's late-night and gaming rules) leave those orders out. A real night owl — own posts late at night too — has
no quiet hours at night, so nothing changes for them.

One rule for every finding that reads orders (the thirty-first pass, SHARED3; T30C H6): the decision is known only
at the end, on the final zone's clock, so what an order feeds is kept with its UTC day and quarter-hour until then —
counts as :class:`OrderCounts` (per key, per day: bounded by the days covered), examples as :class:`OwnExamples`
(the first few per UTC hour and half-year) — and :func:`is_apart` takes the apart ones out of both. Interests,
household (baby and pet purchases, nappy sizes), life events and the trust score (its late-night, gaming and baby
rules, its spending and behaviour examples) read them so; the money the account spent stays the account's. The
clock reads the rule on the zone it first fitted, takes the apart orders out of its days and evidence and fits the
zone again (``ClockAggregator._leave_out_apart``): the time zone's quiet-hours centre and examples, the sleep window
and late nights are the person's own; interests' terms and distinct records leave them too (SHARED3's leftover).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable, Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any

from ..categories import category_label, is_sensitive
from ..events import Event
from .engine import CLOCK_SOURCES, QUARTERS, Context, DayBins, quarter_of
from .model import EvidenceItem

#: an hour holding at most this share of the person's own other records is one they are not active in
QUIET_SHARE = 0.005
#: own other records needed before any hour can be called quiet (a few tweets say nothing of someone's hours)
MIN_OWN_RECORDS = 200
#: orders in quiet hours needed, in number and as a share of the timed order items, to speak of a shared account
MIN_APART = 5
APART_SHARE = 0.2
#: a category holding at least this share of the person's categorised order items at their own hours, or of their own
#: categorised records outside Amazon, is theirs (3 own Xbox controllers beside 40 running socks are under it)
OWN_GOODS_SHARE = 0.1
#: quiet-hour category matches in categories not the person's needed (with :data:`MIN_APART` of them) to read goods
#: of another person
OTHER_GOODS_SHARE = 0.5
#: the other person's categories named in the finding
OTHER_GOODS_NAMED = 3


def quiet_hours(own_hours: Sequence[int] | None) -> frozenset[int]:
    """Local hours (0–23) holding at most :data:`QUIET_SHARE` of ``own_hours`` (records per local hour); empty
    with fewer than :data:`MIN_OWN_RECORDS` records."""
    if not own_hours or len(own_hours) != 24:
        return frozenset()
    total = sum(own_hours)
    if total < MIN_OWN_RECORDS:
        return frozenset()
    return frozenset(h for h, n in enumerate(own_hours) if n <= QUIET_SHARE * total)


def read(ctx: Context, order_bins: Iterable[tuple[date, int, int]]) -> dict[str, Any] | None:
    """``{orders_apart, timed_orders, share, quiet_hours, own_records}`` when the timed order items ``order_bins``
    ((UTC day, UTC quarter-hour, count), :class:`.engine.DayBins` items) fall in the person's quiet hours often
    enough to contradict their own hours (module text), else None. Needs the zone (hours on the person's clock)."""
    if ctx.zone is None:
        return None
    own = ctx.own_hours()
    quiet = quiet_hours(own)
    if not quiet:
        return None
    apart = total = 0
    for d, q, c in order_bins:
        total += c
        if ctx.local_bin(d, q)[1] * 24 // QUARTERS in quiet:
            apart += c
    if apart < MIN_APART or apart < APART_SHARE * total:
        return None
    goods = other_goods(ctx, quiet)
    if goods is None:
        return None
    return {"orders_apart": apart, "timed_orders": total, "share": round(apart / total, 3),
            "quiet_hours": sorted(quiet), "own_records": sum(own or ()), "other_goods": goods[0],
            "other_goods_items": goods[1]}


def _goods_tallies(ctx: Context, quiet: frozenset[int]) -> tuple[Counter[str], Counter[str], Counter[str]] | None:
    """(quiet-hour order items per category, own-hour order items per category, own records outside Amazon per
    category), non-special categories only, from the interests aggregator's counts (``order_tally``: timed order
    items per (category, signal, service, kind, year) as :class:`.engine.DayBins`; ``tally``: records per the same
    key), before it leaves any order out; None once that aggregator is gone."""
    agg = ctx.aggregators.get("interests")
    settle = getattr(agg, "settle_groups", None)
    if settle is not None:
        settle()  # the Facebook group joins held to the end (interests: T34A M2)
    order_tally = getattr(agg, "order_tally", None)
    tally = getattr(agg, "tally", None)
    if order_tally is None or tally is None:
        return None
    at_quiet: Counter[str] = Counter()
    at_own: Counter[str] = Counter()
    for (c, *_), bins in order_tally.items():
        if is_sensitive(c):
            continue
        for d, q, n in bins.items():
            (at_quiet if ctx.local_bin(d, q)[1] * 24 // QUARTERS in quiet else at_own)[c] += n
    elsewhere: Counter[str] = Counter()
    for (c, _sig, _source, kind, _year), n in tally.items():
        if not is_sensitive(c) and not kind.startswith("amazon."):
            elsewhere[c] += n
    return at_quiet, at_own, elsewhere


def other_goods(ctx: Context, quiet: frozenset[int]) -> tuple[list[str], int] | None:
    """(the labels of up to :data:`OTHER_GOODS_NAMED` categories not the person's, most items first; the quiet-hour
    category matches in categories not theirs) where the order items at the ``quiet`` hours are goods of another
    life (module text), else None. Worked out once per run and quiet hours (the interests aggregator, read here,
    finishes first and is released before the trust score reads the rule): every finding gets one verdict."""
    cache: dict[frozenset[int], tuple[list[str], int] | None] = ctx.shared_goods
    if quiet in cache:
        return cache[quiet]
    tallies = _goods_tallies(ctx, quiet)
    if tallies is None:
        return None
    at_quiet, at_own, elsewhere = tallies
    own_total, elsewhere_total = sum(at_own.values()), sum(elsewhere.values())
    mine = {c for c, n in at_own.items() if n >= OWN_GOODS_SHARE * own_total} | \
        {c for c, n in elsewhere.items() if n >= OWN_GOODS_SHARE * elsewhere_total}
    others = Counter({c: n for c, n in at_quiet.items() if c not in mine})
    n_other, n_quiet = sum(others.values()), sum(at_quiet.values())
    found = None
    if n_other >= MIN_APART and n_other >= OTHER_GOODS_SHARE * n_quiet:
        names = [category_label(c) for c, _ in sorted(others.items(), key=lambda kv: (-kv[1], kv[0]))]
        found = (names[:OTHER_GOODS_NAMED], n_other)
    cache[quiet] = found
    return found


def is_apart(ctx: Context | None, shared: dict[str, Any] | None, day: date, quarter: int) -> bool:
    """Whether an order in UTC (``day``, ``quarter``) lies in the quiet hours of a :func:`read` that found them (never
    without one: ``ctx`` is then not read)."""
    return (bool(shared) and ctx is not None
            and ctx.local_bin(day, quarter)[1] * 24 // QUARTERS in shared["quiet_hours"])  # type: ignore[index]


def order_bin(event: Event) -> tuple[date, int] | None:
    """(UTC day, UTC quarter-hour) of an Amazon order item stamped with a clock time (:data:`.engine.CLOCK_SOURCES`),
    the bin :func:`is_apart` reads; None for any other record or a date only (its hour is unknown: never apart)."""
    t = event.time
    if event.kind != "amazon.order_item" or t is None or event.time_source not in CLOCK_SOURCES:
        return None
    u = t.astimezone(UTC)
    return u.date(), quarter_of(u)


def item_apart(ctx: Context, shared: dict[str, Any] | None, item: EvidenceItem) -> bool:
    """Whether an evidence item is an order item at the quiet hours of a shared account (its ISO ``time``; a
    date-only or withheld time's hour is unknown: kept)."""
    if not shared or item.kind != "amazon.order_item" or not item.time or len(item.time) <= 10:
        return False
    try:
        t = datetime.fromisoformat(item.time).astimezone(UTC)
    except ValueError:
        return False
    return is_apart(ctx, shared, t.date(), quarter_of(t))


class OrderCounts:
    """Records per key — an order item's timed ones per UTC day and quarter-hour (:class:`.engine.DayBins`), any
    other record (a post, a date-only order) as a plain count with its first and last instant — so that a shared
    account's orders, known only at the end, can leave the counts (:meth:`count`, :meth:`span`). Bounded: one
    array per key and day covered, never a list per record."""

    __slots__ = ("bins", "first", "last", "plain")

    def __init__(self) -> None:
        self.bins: dict[Hashable, DayBins] = {}
        self.plain: Counter[Hashable] = Counter()
        self.first: dict[Hashable, datetime] = {}
        self.last: dict[Hashable, datetime] = {}

    def add(self, key: Hashable, event: Event) -> None:
        when = order_bin(event)
        if when is not None:
            bins = self.bins.get(key)
            if bins is None:
                bins = self.bins[key] = DayBins()
            bins.add(*when)
            return
        self.plain[key] += 1
        t = event.time
        if t is not None:
            if key not in self.first or t < self.first[key]:
                self.first[key] = t
            if key not in self.last or t > self.last[key]:
                self.last[key] = t

    def keys(self) -> list[Hashable]:
        """Every key counted, in the order first seen (timed ones first)."""
        return list(dict.fromkeys([*self.bins, *self.plain]))

    def count(self, ctx: Context | None, shared: dict[str, Any] | None, key: Hashable) -> int:
        """Records of ``key``, a shared account's apart orders (:func:`is_apart`) left out."""
        bins = self.bins.get(key)
        own = sum(c for d, q, c in bins.items() if not is_apart(ctx, shared, d, q)) if bins else 0
        return own + self.plain.get(key, 0)

    def span(self, ctx: Context | None, shared: dict[str, Any] | None, key: Hashable
             ) -> tuple[datetime | None, datetime | None]:
        """(first, last) instant of ``key``'s records (UTC; a timed order's to its quarter-hour), apart orders left
        out; (None, None) without any."""
        times = [t for t in (self.first.get(key), self.last.get(key)) if t is not None]
        bins = self.bins.get(key)
        if bins:
            own = [(d, q) for d, q, _c in bins.items() if not is_apart(ctx, shared, d, q)]
            if own:
                for d, q in (min(own), max(own)):
                    times.append(datetime(d.year, d.month, d.day, tzinfo=UTC) + timedelta(minutes=15 * q))
        if not times:
            return None, None
        return min(times), max(times)


class OwnExamples:
    """Evidence items in the order offered, kept so that a shared account's orders can leave them at the end and
    ``cap`` of the others still be listed: an order item with a clock time among the first ``cap`` of its UTC hour
    and half-year (April–October or not: most zones' summer and winter offsets), any other among the first ``cap``
    (bounded: at most 49 × ``cap`` items). Without a shared account :meth:`kept` is exactly the first ``cap``
    offered, as :class:`.model.Reservoir` keeps them. ``count``: every item offered."""

    __slots__ = ("cap", "count", "plain", "settled", "timed")

    def __init__(self, cap: int = 3) -> None:
        self.cap = cap
        self.count = 0
        self.settled: list[EvidenceItem] | None = None
        self.plain: list[tuple[int, EvidenceItem]] = []
        self.timed: dict[tuple[int, bool], list[tuple[int, date, int, EvidenceItem]]] = {}

    def offer(self, event: Event, text: str | None = None) -> None:
        self.offer_at(event, order_bin(event), text)

    def offer_at(self, event: Event, when: tuple[date, int] | None, text: str | None = None) -> None:
        """:meth:`offer` with the event's :func:`order_bin` read already (``when``)."""
        self.count += 1
        if when is None:
            if len(self.plain) < self.cap:
                self.plain.append((self.count, EvidenceItem.of(event, text)))
            return
        d, q = when
        kept = self.timed.setdefault((q // 4, 4 <= d.month <= 10), [])
        if len(kept) < self.cap:
            kept.append((self.count, d, q, EvidenceItem.of(event, text)))

    @staticmethod
    def offer_each(examples: Iterable[OwnExamples], event: Event) -> None:
        """:meth:`offer` one event to each of ``examples`` (a record's categories): its :func:`order_bin` read once,
        and a plain record only counted where ``cap`` items are kept already (a like's categories, mostly)."""
        when = order_bin(event)
        if when is not None:
            for ex in examples:
                ex.offer_at(event, when)
            return
        for ex in examples:
            ex.count += 1
            if len(ex.plain) < ex.cap:
                ex.plain.append((ex.count, EvidenceItem.of(event, None)))

    def kept(self, ctx: Context | None = None, shared: dict[str, Any] | None = None) -> list[EvidenceItem]:
        """The first ``cap`` items offered, a shared account's apart orders (:func:`is_apart`) left out."""
        got = list(self.plain)
        got += [(n, item) for kept in self.timed.values() for n, d, q, item in kept
                if ctx is None or not is_apart(ctx, shared, d, q)]
        return [item for _, item in sorted(got, key=lambda x: x[0])[:self.cap]]

    def settle(self, ctx: Context, shared: dict[str, Any] | None) -> None:
        """Fix :attr:`items` as :meth:`kept` gives them for ``shared``."""
        self.settled = self.kept(ctx, shared)

    @property
    def items(self) -> list[EvidenceItem]:
        """The items :meth:`settle` fixed, else :meth:`kept` without a shared account (a :class:`.model.Reservoir`'s
        ``items``)."""
        return self.settled if self.settled is not None else self.kept()


def hours_text(hours: Sequence[int]) -> str:
    """Quiet hours as runs: ``[0, 1, 2, 22, 23]`` → ``"22:00–03:00"`` (wrapping midnight), ``[3, 4, 10]`` →
    ``"03:00–05:00, 10:00–11:00"``."""
    hs = sorted(set(hours))
    if not hs:
        return ""
    runs: list[list[int]] = []
    for h in hs:
        if runs and h == runs[-1][1]:
            runs[-1][1] = h + 1
        else:
            runs.append([h, h + 1])
    if len(runs) > 1 and runs[0][0] == 0 and runs[-1][1] == 24:
        runs[0][0] = runs[-1][0]
        runs.pop()
    return ", ".join(f"{a:02d}:00–{b % 24:02d}:00" for a, b in runs)


def sentence(shared: dict[str, Any], clock: str) -> str:
    """The contradiction as the findings say it: the hours, and the goods that are not the person's."""
    goods = shared.get("other_goods") or []
    what = (f", and they are goods your own orders and posts hardly show ({_and(goods)})" if goods else "")
    return (f"{shared['orders_apart']:,} of {shared['timed_orders']:,} timed order items "
            f"({shared['share']:.0%}) were placed at hours when your other records almost never are "
            f"({hours_text(shared['quiet_hours'])} {clock} time: each hour under {QUIET_SHARE:.1%} of your "
            f"{shared['own_records']:,} posts, messages, logins and searches){what}: the Amazon account may be "
            "shared (someone else ordering on it). Those orders are left out of what is said about you — the time "
            "zone and sleep, the late-night rules, interests, household, life events, the trust score's gaming and "
            "baby rules and its examples; the money spent stays the account's.")


def _and(names: Sequence[str]) -> str:
    return ", ".join(names[:-1]) + f" and {names[-1]}" if len(names) > 1 else "".join(names)
