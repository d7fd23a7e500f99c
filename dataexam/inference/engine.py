"""The single streaming pass: aggregators with bounded state, finished in dependency order.

Each aggregator consumes the events it cares about and keeps only summaries (histograms, counters,
per-day and per-week buckets, capped evidence). After the pass, aggregators are *finished* in a
fixed order; later ones read earlier results from the shared :class:`Context` (the home country
needs the time zone to know what "night" means; the trust score reads nothing sensitive).
"""

from __future__ import annotations

import random
import sys
from array import array
from bisect import bisect_right
from collections import Counter, OrderedDict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, tzinfo
from itertools import compress, repeat, starmap
from math import floor
from typing import TYPE_CHECKING, Any, ClassVar

from ..categories import CACHED_TEXTS, interest_categories, is_sensitive, may_be_special
from ..events import Bounds, Event, TimeSource, When, format_time
from ..parser import RECORD_DAY_MARK, UNDATED_MARK
from .model import Finding
from .textrules import is_retweet

if TYPE_CHECKING:
    from .clock_home import UntoldHomes
    from .proxies import DayEdges

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

BOOTSTRAP_RESAMPLES = 200
BOOTSTRAP_SEED = 20240601
QUARTERS = 96  # 15-minute bins per day

# Times read from a clock; date-only and undated records say nothing about the hour.
CLOCK_SOURCES = frozenset({TimeSource.UTC, TimeSource.ASSUMED_UTC, TimeSource.LOCAL_CONVERTED})

# Records that are the person's own action at the moment stamped on them (docs/kinds.md).
# Received messages, ad impressions and platform facts are excluded: they are someone else's
# clock, or no clock at all. twitter.dm_event: a group rename, an add, leaving or a 2019–20 reaction
# by the owner (actor self) is a timed own action like a sent DM, as Messenger's "You named the
# group …" lines are (facebook.message); others' are someone else's clock (is_activity needs self).
ACTIVITY_KINDS = frozenset({
    "twitter.tweet", "twitter.dm", "twitter.dm_event", "twitter.login", "twitter.grok_chat_item",
    "facebook.post", "facebook.comment", "facebook.reaction", "facebook.message", "facebook.search",
    "facebook.login", "facebook.page_like", "facebook.group",
    "amazon.order_item", "amazon.search", "amazon.browse", "amazon.cart_add", "amazon.digital_order",
    "amazon.video_watch", "amazon.kindle_reading", "amazon.audible_listen",
})

# Texts the person wrote themselves (a Grok chat's prompts too: actor self; Grok's replies are actor grok).
OWN_TEXT_KINDS = frozenset({"twitter.tweet", "twitter.dm", "facebook.post", "facebook.comment",
                            "facebook.message", "twitter.grok_chat_item"})


def is_self(event: Event) -> bool:
    return event.actor == "self"


# Records of an activity kind that the platform writes on its own, while the person may be asleep: no clock finding
# (time zone, sleep, late nights, routine, the trips the clock confirms) may count them (T29D N9: a new phone's
# Facebook app refreshing its session at 02:00-04:00 on 18 of 21 nights read as "18 awake nights … broken nights").
# They still place the person (the phone is where it is): the home and trips read them as before. Every activity
# kind was gone through (docs/kinds.md, the parsers, the shared formats reference); the format facts:
# - facebook.login, account_activity.json `action` "Session updated": the app renewing its session token, written
#   whenever the phone's app refreshes in the background (dataexam's persona writes it for a third of its logins,
#   the tester's export for 18 nights in three weeks). Its "Login", "Logout", "Password change" … are the person's.
# - facebook.login from mobile_devices.json (`devices_v2`) and devices.json (`devices_devices`): their only
#   instant is `update_time` (or a push token's `creation_time`), when Facebook last updated its device record —
#   the app re-registering its push token and version — not a login.
# - amazon.digital_order with `SubscriptionOrderInfoList` filled (Digital Items.csv; the column names the
#   subscription the order belongs to: peer importers read it as "subscription IDs for subscription orders"):
#   Amazon charges a subscription's renewal on its own schedule (attrs.subscription, parsers/amazon.py).
# - amazon.order_item of a Subscribe & Save delivery (attrs.subscription: Retail.OrderHistory's and Your Amazon
#   Orders' `Shipping Option` `std-sns-<marketplace>`, e.g. "std-sns-us", formats.md §3.2's real 2023 row; peer
#   importers detect Subscribe & Save exactly so): Amazon places the order on the subscription's schedule (T34A M1:
#   24 monthly deliveries at 03:30 read as late-night buying). The old Order History Reports have no such column.
# Left counted, since the export gives no field to tell: X's ip-audit.js (items hold only `accountId`, `createdAt`,
# `loginIp`, `loginPortNumber`: formats.md; no action or client, so an app's background contact, if X writes one
# there, reads as a login and nothing tells them apart; no source found says it does), Subscribe & Save
# deliveries in the old Order History Reports (no shipping option column: an order row reads the same), Facebook
# posts (no export marks a scheduled post), browser_cookies.json / device_login_cookies.json (a cookie set by a login).
# Already outside ACTIVITY_KINDS or outside actor self: Prime Video autoplay rows (actor "autoplay"), Audible's other
# profiles, others' messages and calls; scheduled tweets are left out by the clock itself (clients.py), which
# counts them for its caveat.
PLATFORM_SESSION_ACTIONS = frozenset({"session updated"})
PLATFORM_DEVICE_LOGS = frozenset({"mobile_devices", "devices"})
#: the kinds :func:`platform_written` may name (the clock tests the kind first: it runs for every own action)
PLATFORM_WRITTEN_KINDS = frozenset({"facebook.login", "amazon.digital_order", "amazon.order_item"})


def platform_written(event: Event) -> str | None:
    """Why ``event`` (of an activity kind) was written by the platform without the person acting — ``"session
    refresh"``, ``"device record"``, ``"subscription renewal"`` — or None where it is the person's action (the
    format facts: the comment above :data:`PLATFORM_SESSION_ACTIONS`)."""
    kind = event.kind
    if kind == "facebook.login":
        attrs = event.attrs
        action = attrs.get("action")
        if isinstance(action, str) and action.strip().casefold() in PLATFORM_SESSION_ACTIONS:
            return "session refresh"
        if attrs.get("log") in PLATFORM_DEVICE_LOGS:
            return "device record"
    elif kind == "amazon.digital_order" and event.attrs.get("subscription"):
        return "subscription renewal"
    elif kind == "amazon.order_item" and event.attrs.get("subscription"):
        return "subscription delivery"
    return None


def is_subscription_order(event: Event) -> bool:
    """An Amazon order item Amazon placed on a subscription's schedule (Subscribe & Save: ``attrs.subscription``,
    :func:`platform_written`): money spent, but no time the person chose."""
    return event.kind == "amazon.order_item" and bool(event.attrs.get("subscription"))


# What the person turned down or undid is no choice for its topic (T34A M2: six fishing groups she LEFT made
# "outdoors (group ×10)", six running events she DECLINED "running (event ×6)"). Facebook's group membership file
# names each record's action (parsers/facebook: "joined", "admin", "left"; None for a title in a UI language not
# read), the event responses file its list (events_joined, events_interested, your_events = hosted; events_declined,
# events_invited: an invitation is someone else's choice). Only a choice counts: a join or administering a group,
# an event joined, marked interested, hosted (or an RSVP "going"/"maybe" where a file says so).
#: Facebook group actions and event responses that are no choice for the topic: a group left, an event declined or
#: only invited to (the file `your_event_responses.json` keys `events_declined`, `events_invited`). A group record's
#: action is read from its title in English and the other UI languages' verbs (`parsers.facebook._group_action`:
#: de, es, fr, it, pt, nl); a title in no wording read there has no action, and the interests read such a group's
#: records by turns, joined, left, joined … in time order (`interests.InterestAggregator._group_turn`, M13 of the
#: thirty-fifth pass: a leave in another language counted as a membership).
GROUP_NOT_CHOSEN = frozenset({"left"})
EVENT_NOT_CHOSEN = frozenset({"declined", "invited"})
#: an action or status, in any kind's attrs, that says the person undid or refused something
UNDONE_WORDS = frozenset({"left", "declined", "unfollowed", "unfollow", "unliked", "unlike", "removed", "cancelled",
                          "canceled", "unsubscribed", "rejected", "not going", "not_going"})


def turned_down(event: Event) -> bool:
    """Whether the record says the person left, declined, unfollowed, removed or cancelled what it names, or was only
    invited (no choice for the topic: :data:`GROUP_NOT_CHOSEN`, :data:`EVENT_NOT_CHOSEN`, :data:`UNDONE_WORDS`); a
    record without such a word (a join, a group title in another language, a bare membership list) is no refusal."""
    attrs = event.attrs
    kind_words = (GROUP_NOT_CHOSEN if event.kind == "facebook.group"
                  else EVENT_NOT_CHOSEN if event.kind == "facebook.event_response" else frozenset())
    for name in ("action", "response", "status"):
        value = attrs.get(name)
        if isinstance(value, str) and (word := value.strip().casefold()) and (word in kind_words
                                                                              or word in UNDONE_WORDS):
            return True
    return False


def is_activity(event: Event) -> bool:
    """A record of the person acting, with a real clock time (none the platform wrote on its own:
    :func:`platform_written`)."""
    return (event.time is not None and event.time_source in CLOCK_SOURCES
            and event.kind in ACTIVITY_KINDS and is_self(event) and platform_written(event) is None)


def own_text(event: Event) -> str | None:
    """The person's own words in this record, or None (retweets are someone else's words)."""
    if event.kind not in OWN_TEXT_KINDS or not is_self(event) or not event.text:
        return None
    if is_retweet(event):
        return None
    return event.text


# categories_of's answers, least recently asked first (at most CACHED_TEXTS): an LRU that special_text can look into
_CATEGORIES: OrderedDict[str, tuple[str, ...]] = OrderedDict()


def categories_of(text: str | None) -> tuple[str, ...]:
    """``categories.interest_categories`` (``categorise`` without idioms: "running late" is no running) with a
    bounded cache (several aggregators ask about one text)."""
    if not text:
        return ()
    cats = _CATEGORIES.get(text)
    if cats is None:
        cats = _CATEGORIES[text] = tuple(interest_categories(text))
    # (a KeyError: another thread calling this evicted the text, or emptied the cache, meanwhile; the answer stands)
    try:
        if len(_CATEGORIES) > CACHED_TEXTS:
            _CATEGORIES.popitem(last=False)
        else:
            _CATEGORIES.move_to_end(text)
    except KeyError:
        pass
    return cats


# Texts special_text's screen ruled out (may_be_special said no), at most SCREENED_TEXTS of at most SCREENED_CHARS
# characters each, emptied when full and at each run's start (:func:`run`). PERF17 (issue 16): the messages a person
# receives repeat ("Sounds good, see you at seven then.", "Happy birthday!!"): the demo's trust score screened 116
# distinct texts 3,239 times (12,640 at --scale 4), each time tokenising the text and asking the Art. 9 terms again.
# The screen is a function of the text alone, so a text ruled out once is ruled out again: the answer is the same.
SCREENED_TEXTS = 4096
SCREENED_CHARS = 280
_NOT_SPECIAL: set[str] = set()


def special_text(text: str | None) -> bool:
    """Whether :func:`categories_of` of ``text`` holds a special (Art. 9) category. A text not categorised yet is
    screened first (:func:`.categories.may_be_special`) and categorised only where the screen cannot rule it out: a
    caller that needs no more than this (the trust score's door) no longer pays the whole keyword match for texts
    nothing else categorises, such as the messages the person received (issue 16). A short text the screen ruled
    out is remembered (:data:`_NOT_SPECIAL`, bounded) and not screened again."""
    if not text:
        return False
    cats = _CATEGORIES.get(text)
    if cats is None:
        if text in _NOT_SPECIAL:
            return False
        if not may_be_special(text):
            if len(text) <= SCREENED_CHARS:
                if len(_NOT_SPECIAL) >= SCREENED_TEXTS:
                    _NOT_SPECIAL.clear()
                _NOT_SPECIAL.add(text)
            return False
        cats = categories_of(text)
    return any(map(is_sensitive, cats))


def quarter_of(dt: datetime) -> int:
    return dt.hour * 4 + dt.minute // 15


def iso_week_start(d: date) -> date:
    return d - timedelta(days=d.weekday())


def bootstrap_weights(n: int, rng: random.Random) -> list[int]:
    """Multinomial resample weights for ``n`` units (how often each was drawn)."""
    weights = [0] * n
    for i in rng.choices(range(n), k=n):
        weights[i] += 1
    return weights


def bootstrap_draws(n: int, rng: random.Random) -> list[int]:
    """The ``n`` unit indexes one resample draws (with replacement): the very draws
    :func:`bootstrap_weights` counts, from the same calls on ``rng``.

    ``rng.choices(range(n), k=n)`` without its Python loop: ``choices`` draws ``floor(random() * n)`` (``n`` as a
    float) once a unit, and a unit of ``range(n)`` is its index; here the ``n`` calls of ``random()``, the products
    and the floors run in C (``starmap``/``map``), the same floats in the same order (issue 16: the clock's and
    the sleep finding's 600 resamples were ~1 % of a report; ``tests/test_bootstrap.py`` compares with ``choices``)."""
    return list(map(floor, map(float(n).__mul__, starmap(rng.random, repeat((), n)))))


def weighted_draws(cum_weights: Sequence[float], k: int, rng: random.Random) -> list[int]:
    """The ``k`` indexes ``rng.choices(range(len(cum_weights)), cum_weights=cum_weights, k=k)`` draws, from the same
    calls on ``rng``: ``choices`` takes ``bisect_right(cum_weights, random() * total, 0, len - 1)`` a draw (``total``
    the last cumulative weight as a float); here the ``k`` calls of ``random()``, the products and the bisections run
    in C (``starmap``/``map``), the same floats in the same order. ``cum_weights``: non-decreasing, last > 0 (as
    ``choices`` needs). PERF32: the language finding's bootstrap drew 1,000 tagged texts a resample, 200 resamples, a
    Python step each (``tests/test_bootstrap_draws_perf32.py`` compares with ``choices``)."""
    total = cum_weights[-1] + 0.0
    hi = len(cum_weights) - 1
    return list(map(bisect_right, repeat(cum_weights, k), map(total.__mul__, starmap(rng.random, repeat((), k))),
                    repeat(0, k), repeat(hi, k)))


class PackedColumns:
    """Per-unit rows of counts, each packed into one integer, for bootstrap column sums.

    A resample's column sums ``Σ_draws row[draw][c]`` are then one C-level ``sum`` of integers over
    its draws, unpacked by ``int.to_bytes`` into an array: the same integers as weighting every row
    by how often it was drawn (:func:`bootstrap_weights`), without a Python step per unit and column.
    Each column gets a field wide enough for ``n`` draws of its largest count, so no field carries
    into the next. ``rows``: one sequence of non-negative integers per unit, all of one length.
    """

    # field widths in bytes, narrowest first: one byte where no column's sum can pass 255 (a night's 0/1 bins over a
    # quarter's ≤ 255 nights: the sleep finding's 2 × 96 bins), so a resample's sum adds integers half as long as
    # with 16-bit fields (PERF58: ≈25 % less CPU a sum over 90 nights)
    _CODES = {1: "B", 2: "H", 4: "I", 8: "Q"}

    def __init__(self, rows: Sequence[Sequence[int]], width: int) -> None:
        self.width = width
        top = max((max(row, default=0) for row in rows), default=0)
        need = max(1, (len(rows) * top).bit_length())
        self._size = next((b for b in self._CODES if b * 8 >= need and array(self._CODES[b]).itemsize == b), 0)
        bits = self._size * 8 if self._size else need
        self._bits = bits
        if self._size and sys.byteorder == "little":
            # each row's fields laid out as a native array of the field's width, read as one little-endian integer:
            # field c at bit bits·c, as the sum below (no value is wider than its field: bits ≥ need), one C call
            # a row instead of a Python step a column (PERF29: the sleep finding packs 2 × 192 bins of every night)
            code, order = self._CODES[self._size], sys.byteorder
            self.packed = [int.from_bytes(array(code, row).tobytes(), order) for row in rows]
        else:
            self.packed = [sum(v << (bits * c) for c, v in enumerate(row) if v) for row in rows]

    def sums(self, draws: Iterable[int]) -> list[int]:
        """Column sums over the rows drawn (a row drawn twice counts twice)."""
        total = sum(map(self.packed.__getitem__, draws))
        if self._size:
            return array(self._CODES[self._size], total.to_bytes(self._size * self.width, sys.byteorder)).tolist()
        mask = (1 << self._bits) - 1
        return [(total >> (self._bits * c)) & mask for c in range(self.width)]


def bootstrap_agreement(units: Sequence[Any], statistic, agrees, *, resamples: int = BOOTSTRAP_RESAMPLES,
                        seed: int = BOOTSTRAP_SEED) -> float:
    """Share of seeded resamples (with replacement) of ``units`` whose statistic ``agrees``.

    ``statistic`` takes a resampled list; ``agrees`` takes its result. Deterministic for a given
    input (fixed seed), so reports are reproducible. Each resample's draws are :func:`bootstrap_draws`, the very
    indexes ``rng.choices(range(n), k=n)`` gives, without its Python step a draw (PERF32).
    """
    if not units:
        return 0.0
    rng = random.Random(seed)
    n = len(units)
    pick = units.__getitem__
    hits = 0
    for _ in range(resamples):
        sample = list(map(pick, bootstrap_draws(n, rng)))
        try:
            if agrees(statistic(sample)):
                hits += 1
        except (ValueError, ZeroDivisionError):
            continue
    return hits / resamples


class DayBins:
    """Counts per UTC day and 15-minute bin: one fixed array of :data:`QUARTERS` counters per day that
    has any count (~450 bytes), so the state grows with the days covered — at most one array per
    calendar day — never with the records that fall in them (a dict entry per (day, bin) costs ~70
    bytes each and filled up as a denser archive used more bins of each day)."""

    __slots__ = ("days",)

    def __init__(self) -> None:
        self.days: dict[date, array] = {}

    def add(self, day: date, quarter: int) -> bool:
        """Count one record in (``day``, ``quarter``); True when it is the first in that bin."""
        hist = self.days.get(day)
        if hist is None:
            hist = self.days[day] = array("I", bytes(4 * QUARTERS))
        first = not hist[quarter]
        hist[quarter] += 1
        return first

    def items(self) -> Iterator[tuple[date, int, int]]:
        """(day, quarter, count) of every non-empty bin."""
        for day, hist in self.days.items():
            for q in compress(range(QUARTERS), hist):
                yield day, q, hist[q]

    def total(self) -> int:
        return sum(map(sum, self.days.values()))

    def __len__(self) -> int:
        return len(self.days)


class Context:
    """Shared state for finishing: earlier findings, the chosen time zone, options."""

    def __init__(self, *, include_sensitive: bool, aggregators: dict[str, Aggregator]) -> None:
        self.include_sensitive = include_sensitive
        self.aggregators = aggregators
        self.findings: dict[str, Finding] = {}
        self.zone: tzinfo | None = None  # the chosen IANA zone (zoneinfo); None = no zone, times stay UTC
        self.zone_name: str | None = None  # its IANA name, for wording ("23:00–04:00 Europe/Madrid time")
        # the country's other clocks the activity fits about equally, where the head count chose the zone: [(zone,
        # hours from the chosen zone)] (openclocks; T32B M12); [] where a record pins the clock
        self.zone_open: list[tuple[str, float]] = []
        # where no record places the person: the other clocks the activity alone fits about equally, [(zone, hours
        # from the chosen zone)] (clock.open_offsets; T33A M6): the clock findings' headlines give their times on
        # each (openclocks.headline_zones), and their summaries give a time or a label (chronotype, 00–05 share)
        # that flips between them on each (T36)
        self.offsets_open: list[tuple[str, float]] = []
        # whether a record places the person (zoneprior.ZonePrior.located): without one, the zone's country is the
        # head count's, named nowhere (the weekend's country in the sleep caveats; T34 M3)
        self.zone_placed: bool = True
        # the home's place as written when the zone is the home's, not the activity's (homeclock.adopt_home_zone)
        self.zone_from_home: str | None = None
        self._offset_cache: dict[date, tuple[int, bool]] = {}
        self._offset_zone: tzinfo | None = None
        self._switch_cache: tuple[tzinfo | None, frozenset[date]] | None = None
        self.home_country: str | None = None
        # the VPN or proxy exits whose logins were set aside before any place or clock was read (proxies.ProxyExits)
        self.proxy_exits: Any = None
        # a neighbour's few login days the clock cannot tell from the home's own behind an always-on exit
        # (clock_home.UntoldHomes)
        self.untold_homes: UntoldHomes | None = None
        # a home the logins cannot tell from an exit at either end of the day or at midday, or from one used for part
        # of each day (proxies.DayEdges)
        self.day_edges: DayEdges | None = None
        # the zones the activity alone fits (clock_home.ActivityFits), scored once for the exits' readers; dropped once
        # place has finished
        self.activity_fits: Any = None
        # the home's move days as the rule reads them ("moved.since", "shipping.first", "earlier.last": ISO days),
        # where the home's value may give a night-time order's day withheld (place._home; interests.home_moves)
        self.home_days: dict[str, str | None] = {}
        # the days the night gate withholds as a move's day (LIFE59): every local day — on the earlier clock, the
        # later one and UTC — of the two records beside a clock switch the time-zone finding undates as a whole
        # (clock._said_periods, GATE3: either record at night, no --include-sensitive). Every other sentence that
        # dates the move (the home's ``moved``, the life events, the trips' periods, the clock's own bracket) says
        # such a day by its month, as the clock does (T56C 2: "between 2024-06-30 and 2024-07-01" beside "to Jun
        # 2024 (day withheld …)"). Empty with the flag, or where no switch is withheld.
        self.move_days_withheld: frozenset[date] = frozenset()
        self.sources: frozenset[str] = frozenset()  # services with at least one record in the inputs
        self.first_time: datetime | None = None
        self.last_time: datetime | None = None
        # the clock's late nights per local date (records inside the sleep window, the first one's evidence
        # item): the trips finding, known later, sets its nights aside (tripnights.set_aside_trip_nights)
        self.late_night_rows: dict[date, tuple[int, Any]] | None = None
        # and the nights it checked per calendar month ("YYYY-MM" → nights), for the broken-nights spans
        self.late_night_months: dict[str, int] | None = None
        # the clock's latest reading: per night (its morning's local date) the own records inside its sleep window,
        # for nights with any; and the trips finding's one-day sightings abroad they may confirm once the window is
        # final (moves.TRIP_CLOCK_GAP_H, tripnights.set_aside_trip_nights): called once, then released
        self.night_awake: dict[date, int] | None = None
        self.trips_by_clock: Callable[[Any, Mapping[date, int]], int] | None = None
        # the clock's sleep findings read again without given nights (trip nights abroad, once the trips are known:
        # tripnights.set_aside_trip_nights); called once, then released
        self.sleep_reread: Callable[[frozenset[date]], list[Any] | None] | None = None
        # the automation signals of the own posts (automation.Automation), read after every finding is made
        self.automation: Any = None
        # the person's own clock records other than order items, per UTC day and quarter-hour (the clock's, set
        # when it finishes): whether orders fall at hours the person is otherwise never active (sharedaccount)
        self.own_bins: dict[date, array] | None = None
        self._own_hours: tuple[tzinfo | None, list[int]] | None = None
        # sharedaccount.other_goods's verdict per set of quiet hours: one for every finding that reads the rule
        self.shared_goods: dict[frozenset[int], Any] = {}
        # ``origin.archive`` → how new its download is among its source's (higher newer; empty: one download per
        # source, or untold) and → the day it was made: what snapshot lists count from (newest_only, T34A H1/M3)
        self.download_rank: dict[str, int] = {}
        self.download_day: dict[str, str] = {}
        # origin.archive → (its source, its earliest dated record), set by InputStats: where each download's records
        # begin (download_start)
        self.archive_first: dict[str, tuple[str, datetime]] = {}

    def newest_only(self, per_archive: Mapping[str, Any]) -> tuple[set[str], set[str]]:
        """Of the archives holding a snapshot list (``per_archive``: ``origin.archive`` → anything; one source's
        records of one list), ``(the newest download's archives, the older ones')``: a list such as friends or
        followers is the state on its download's day, so only the newest download's is "now" (T34A H1). With one
        download (no ranks) every archive is the newest's. Parts of one download rank alike and count together."""
        if not per_archive:
            return set(), set()
        rank = self.download_rank.get
        top = max(rank(a, 0) for a in per_archive)
        newest = {a for a in per_archive if rank(a, 0) == top}
        return newest, set(per_archive) - newest

    def download_start(self, archives: Iterable[str]) -> datetime | None:
        """The earliest dated record of the downloads these archives belong to (every part of each: the archives of
        their source that rank alike, :attr:`download_rank`), or ``None`` where none is dated or no ranks are known.
        A download of all time begins with the account's oldest records; a download of a date range (Facebook lets
        one choose it: the demo's 2024 download begins on 1 Jul 2020) at the range's start, and lists nothing dated
        before it — friends made before it included (L9 of the thirty-fifth pass)."""
        if not self.download_rank:
            return None
        wanted = {(src, self.download_rank.get(a, 0)) for a in archives
                  if (src := (self.archive_first.get(a) or ("", None))[0])}
        times = [t for a, (src, t) in self.archive_first.items() if (src, self.download_rank.get(a, 0)) in wanted]
        return min(times) if times else None

    def undated_downloads(self, archives: Iterable[str]) -> int:
        """How many downloads these archives belong to that say no day — neither in their names nor by a dated
        record (:data:`~dataexam.parser.UNDATED_MARK`) — beside another download of their source: two or more of
        them among the newest rank alike and their lists are combined (an Amazon download of audiences only)."""
        return len({d for a in archives if (d := self.download_day.get(a, "")).startswith(UNDATED_MARK)})

    def download_label(self, archives: Iterable[str]) -> str:
        """"the download of Jan 2021" for the latest day these archives' downloads were made, "the download whose
        newest record is of Jan 2021" where that day is its newest record's (:data:`~dataexam.parser.RECORD_DAY_MARK`:
        an Amazon download), or "an older download" when none says."""
        days = sorted(d for a in archives if (d := self.download_day.get(a)) and not d.startswith(UNDATED_MARK))
        if not days:
            return "an older download"
        y, m = days[-1][:4], int(days[-1][5:7])
        if days[-1].endswith(RECORD_DAY_MARK):  # no day of its own: named by its newest record (Amazon's; M12)
            return f"the download whose newest record is of {_MONTHS[m - 1]} {y}"
        return f"the download of {_MONTHS[m - 1]} {y}"

    @property
    def clock_label(self) -> str:
        """How to name the clock of local-time findings: the zone's name, or "UTC" when none was chosen."""
        return self.zone_name or "UTC"

    def offset_quarters(self, day: date, quarter: int | None = None) -> int:
        """The chosen zone's UTC offset on ``day`` (at noon UTC), in 15-minute steps; with ``quarter`` (0–95, UTC),
        at that quarter-hour where the person's clock changes within the day (:meth:`changes_within`: a
        ``MovedZone``'s switch, where the last evening abroad and the first morning home fall on one UTC day, or the
        zone's own summer-time change), else the day's."""
        if self.zone is None:
            return 0
        if quarter is not None and self.changes_within(day):
            t = datetime(day.year, day.month, day.day, tzinfo=UTC) + timedelta(minutes=15 * quarter)
            return round((t.astimezone(self.zone).utcoffset() or timedelta(0)).total_seconds() / 900)
        return self._day_offsets(day)[0]

    def changes_within(self, day: date) -> bool:
        """Whether the chosen zone's offset changes within the UTC day ``day``: a ``MovedZone``'s switch, or the
        zone's own clock change (America/Denver springs forward at 09:00 UTC, Europe/London at 01:00 UTC; the
        offset at noon UTC is the day's after the change). A record before the change on such a day is read on the
        offset before it: T31B D1's 22:32 evening before the US spring-forward night was read an hour later, inside
        the 23:00–07:00 sleep window, as "1 late night" (high)."""
        if self.zone is None:
            return False
        return day in self.switch_days() or self._day_offsets(day)[1]

    def _day_offsets(self, day: date) -> tuple[int, bool]:
        """(the offset at noon UTC in quarter-hours, whether the offset at 00:00 UTC differs from the next
        midnight's) for ``day`` on the chosen zone; cached per zone (the home's clock may replace the activity's:
        homeclock.adopt_home_zone)."""
        if self._offset_zone is not self.zone:
            self._offset_cache, self._offset_zone = {}, self.zone
        cached = self._offset_cache.get(day)
        if cached is None:
            zone = self.zone
            midnight = datetime(day.year, day.month, day.day, tzinfo=UTC)

            def off(t: datetime) -> int:
                return round((t.astimezone(zone).utcoffset() or timedelta(0)).total_seconds() / 900)

            cached = (off(midnight + timedelta(hours=12)),
                      off(midnight) != off(midnight + timedelta(days=1)))
            self._offset_cache[day] = cached
        return cached

    def switch_days(self) -> frozenset[date]:
        """The UTC days on which the chosen zone switches between two periods' zones (``MovedZone.switches``)."""
        zone = self.zone
        if self._switch_cache is None or self._switch_cache[0] is not zone:
            self._switch_cache = (zone, frozenset(s.date() for s in getattr(zone, "switches", ())))
        return self._switch_cache[1]

    def hour_read(self, day: date) -> bool:
        """Whether the records of the UTC day ``day`` are read by their local hour (sleep and its late nights,
        the routine's weekday-hour grid, the time zone's active bins, the trust score's and impulse buying's
        late-night orders, the quiet hours of a shared account): False inside a window about a clock switch the
        night gate undated (:attr:`move_days_withheld`, whole months: ``clock.month_window``) unless
        ``--include-sensitive``. WINDOW65: a record inside the window is read on whichever clock the withheld night
        gives it (before the switch on the earlier clock, after it on the later), so any hour-based reading of it
        depends on that night's day — the sleep window at weekends was "01:30–08:15" for a night on 3 Jul and
        "01:30–06:15" for one on 24 Jul, the same records. One rule for every such reading: the window's records
        are left out (said as "outside Jun–Aug 2026" where a count is given), the same UTC days for every night
        in the window (its months are fixed by the window, which the report says already)."""
        return self.include_sensitive or day not in self.move_days_withheld

    def local(self, dt: datetime) -> datetime:
        """``dt`` on the wall clock of the inferred zone (UTC when none was inferred)."""
        if self.zone is None:
            return dt.astimezone(UTC)
        return dt.astimezone(self.zone)

    def own_hours(self) -> list[int] | None:
        """The person's own clock records other than order items per local hour (0–23) on the chosen zone's
        clock (:attr:`own_bins`, read again when the zone changes: the home's clock may replace the activity's);
        None before the clock has finished."""
        if self.own_bins is None:
            return None
        if self._own_hours is None or self._own_hours[0] is not self.zone:
            hours = [0] * 24
            for day, hist in self.own_bins.items():
                if not self.hour_read(day):  # a withheld window's records: no hour (WINDOW65)
                    continue
                for q in compress(range(QUARTERS), hist):
                    hours[self.local_bin(day, q)[1] * 24 // QUARTERS] += hist[q]
            self._own_hours = (self.zone, hours)
        return self._own_hours[1]

    def local_bin(self, day: date, quarter: int) -> tuple[date, int]:
        """(local date, local quarter-hour) of a UTC (date, quarter-hour) bin."""
        q = quarter + self.offset_quarters(day, quarter)
        shift, q = divmod(q, QUARTERS)
        return day + timedelta(days=shift), q


class Aggregator:
    """Consumes events of some kinds, keeps bounded state, produces findings when finished."""

    name: ClassVar[str] = "aggregator"
    kinds: ClassVar[frozenset[str] | None] = None  # None: every kind
    #: the kinds whose ``event.text`` it categorises (:func:`categories_of`) while consuming: where the
    #: main process and the inference worker both do, the main one sends its result (:mod:`.offload`)
    categorised_kinds: ClassVar[frozenset[str]] = frozenset()

    def consume(self, event: Event) -> None:  # pragma: no cover - interface
        raise NotImplementedError

    def reads_others(self, kind: str) -> bool:
        """Whether :meth:`consume` reads a record of ``kind`` (one of :attr:`kinds`) whose actor is not the person (a
        message received, a follower, another account's ad): :func:`run` asks once per kind and gives an aggregator
        that says no only the person's own records of that kind. Say no only where ``consume`` returns at once on
        such a record, so that its state is the same either way."""
        return True

    def finish(self, ctx: Context) -> list[Finding]:  # pragma: no cover - interface
        raise NotImplementedError


class InputStats(Aggregator):
    """Counts per source and kind, the date range, undated records."""

    name = "inputs"

    def __init__(self) -> None:
        self.total = 0
        self.by_source: Counter[str] = Counter()
        self.by_kind: Counter[str] = Counter()
        # the first and last dated records, each with whether it is date-only (an old Amazon report's order day,
        # stamped 00:00 UTC): said as its day, never as a night-time instant withheld (AMZ53: "Sun 00:00, date
        # withheld"); events.When carries that fact to the writers (NightGate.instant). The timed and date-only
        # bounds are kept apart (events.Bounds): which is first is read on the home's calendar, ``zone`` (AMZ55: a
        # date-only 2 Jan order beat a post of 1 Jan 22:00 in New York, 2 Jan 03:00 UTC, compared at UTC midnight)
        self.span = Bounds()
        self.zone: tzinfo | None = None
        self.undated = 0
        self.duplicates_skipped = 0
        # every source read, withheld records included ("not in the inputs": run adds theirs)
        self.sources: set[str] = set()
        # origin.archive → (its source, its earliest dated record): where a download's records begin (a download of
        # a date range begins at the range's start: Context.download_start)
        self.archive_first: dict[str, tuple[str, datetime]] = {}

    def consume(self, event: Event) -> None:
        self.sources.add(event.source)
        self.total += 1
        self.by_source[event.source] += 1
        self.by_kind[event.kind] += 1
        when = When.of(event)
        if when is None:
            self.undated += 1
            return
        self.span.add(when)
        t = when.t
        archive = event.origin.archive
        seen = self.archive_first.get(archive)
        if seen is None or t < seen[1]:
            self.archive_first[archive] = (event.source, t)

    @property
    def bounds(self) -> tuple[When | None, When | None]:
        """(first, last) dated record on the home's calendar (:attr:`zone`: set once the clock is chosen; UTC
        before): :meth:`.Bounds.at`."""
        return self.span.at(self.zone)

    @property
    def first(self) -> When | None:
        """The first of :attr:`bounds`."""
        return self.bounds[0]

    @property
    def last(self) -> When | None:
        """The last of :attr:`bounds`."""
        return self.bounds[1]

    def summary(self) -> dict[str, Any]:
        first, last = self.bounds
        return {
            "events": self.total,
            "by_source": dict(sorted(self.by_source.items())),
            "by_kind": dict(sorted(self.by_kind.items())),
            "first": format_time(first.t if first else None),
            "last": format_time(last.t if last else None),
            "undated": self.undated,
            "duplicates_skipped": self.duplicates_skipped,
        }

    def finish(self, ctx: Context) -> list[Finding]:
        first, last = self.bounds
        ctx.first_time = first.t if first else None
        ctx.last_time = last.t if last else None
        ctx.archive_first = self.archive_first
        return []


#: the instants the inference dates: a fortnight inside datetime's range, room for local zones (±14 h),
#: nights (+1 day) and ISO weeks (±7 days)
_EARLIEST = datetime.min.replace(tzinfo=UTC) + timedelta(days=14)
_LATEST = datetime.max.replace(tzinfo=UTC) - timedelta(days=14)


def run(events: Iterable[Event], aggregators: Sequence[Aggregator], stats: InputStats,
        withhold: Callable[[Event], bool] | None = None) -> None:
    """Feed every event once to the aggregators that want its kind.

    The timeline is de-duplicated upstream; as a cheap second guard, a key seen again at the same
    instant is skipped (this needs only the keys of one timestamp, so memory stays bounded).
    An event ``withhold`` says true of reaches neither ``stats``' counts (only its source is noted) nor any
    aggregator: a report's purchases in special categories without ``--include-sensitive``
    (:func:`.sensitive.withheld_purchase`), left out here once for every finding (T26C H3).
    """
    # per kind, the consumers of the person's own records of it and of anyone else's (Aggregator.reads_others): on an
    # X archive of likes, follows and DMs, the followers and the messages received are a third of the records, and
    # most aggregators read the person's own only (issue 16)
    own_kinds: dict[str, list[Any]] = {}
    others_kinds: dict[str, list[Any]] = {}
    _NOT_SPECIAL.clear()  # the screen's answers are kept for one run (special_text)
    last_time: datetime | None = None
    keys_now: set[str] = set()
    for event in events:
        if not isinstance(event, Event):
            continue  # ParseIssues may travel in the same stream; they are not data
        if event.time is not None and not _EARLIEST <= event.time <= _LATEST:
            # a bogus instant at the calendar's very end (a DM "created" 9999-12-31): its local day, night
            # and week cannot be computed (date + 1 day overflows), so the inference reads it undated
            event = replace(event, time=None, time_source=TimeSource.NONE)
        if event.time != last_time:
            last_time = event.time
            keys_now = set()
        if event.time is not None:  # undated records (likes, followers) are not guarded: unbounded set
            if event.key in keys_now:
                stats.duplicates_skipped += 1
                continue
            keys_now.add(event.key)
        if withhold is not None and withhold(event):
            stats.sources.add(event.source)
            continue
        stats.consume(event)
        own = event.actor == "self"
        by_kind = own_kinds if own else others_kinds
        consumers = by_kind.get(event.kind)
        if consumers is None:
            kind = event.kind
            consumers = [a.consume for a in aggregators if (a.kinds is None or kind in a.kinds)
                         and (own or a.reads_others(kind))]
            by_kind[kind] = consumers
        for consume in consumers:
            consume(event)
