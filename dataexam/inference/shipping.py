"""Home from the shipping addresses of a person's own Amazon orders (the ``home`` finding's second source).

The Amazon parser keeps only the town, the state or province and the country of an order's shipping address
(``shipping_city``, ``shipping_region``, ``shipping_country[_code]``; never the name, street or postcode) and
flags orders sent as gifts (``gift``: Amazon fills the gift message, sender or recipient fields only then, and
old order reports name a recipient other than the buyer). Here each order is counted once (its item rows and
its shipment row share an order id) towards the town it shipped to, per calendar quarter.

State is bounded: at most :data:`MAX_SHIP_PLACES` towns (a later new town is counted as "other", so a long tail
of gift addresses cannot crowd out the home), counts per (town, quarter) of orders and of orders to their billing
town (towns × quarters, never orders), the
first and last day per town (and the instants of its first and last orders, so that a report without
``--include-sensitive`` gives a night-time order's day as it gives the order, withheld: :meth:`ShippingPlaces.home`),
:data:`SHIP_EVIDENCE_CAP` cited records per town and the last
:data:`RECENT_ORDER_IDS` order ids (an order's items and its shipment row come close together in the timeline).

The rule (docs/findings.md, ``home``):

* gifts (flagged) and cancelled orders do not vote; a town needs 2 orders to be a home (one parcel may be a
  gift nobody flagged);
* the current home is the town most of the **latest** orders go to — the latest whole calendar quarters that
  together hold ≥ :data:`SHIP_RECENT_MIN` orders — when it holds at least half of them; otherwise the town most
  orders went to overall. A move (most orders to A, the latest to B) gives B, and the town most of the orders
  before those quarters went to (≥ 3 of them) is named as the earlier home. The latest orders all to one town B,
  the first of them after the last to any other town, ≥ 2 over ≥ :data:`SHIP_TAIL_MIN_DAYS` days (and the billing
  town, if any, B), are a move the window straddles: B is the home, the window's town the earlier one;
* confidence: < 5 orders to the town → low; its share of the latest orders ≥ 70 % with ≥ 10 orders to it in
  all → high; ≥ 50 % → medium; else low. A town whose every order's country was read from the town's size alone
  (a town written with no state, postcode or country: the parser's ``shipping_country_basis`` "town size") is at
  most medium.

The billing address (legacy and 2025 order history; the parser keeps only ``ships_to_billing``, whether the
order's shipping town is the town of its own billing address — never that address or its town) tells the buyer's
own parcels from gifts Amazon did not flag, without keeping an old home when the card's address was not updated:

* an order to its billing town is the buyer's own. In a quarter where the billing town gets orders (and ≥
  :data:`BILLING_MIN_ORDERS` in that quarter and the two beside it: one stray parcel to an old address is not a
  town lived in), an order to any other town counts :data:`GIFT_LIKE_WEIGHT` (gift-like: a grandchild's parcels,
  a workplace). All shares, the latest-quarters rule and the earlier home above use these weights;
* in a quarter where the billing town gets no orders — a billing address not updated after a move, or one no
  parcel goes to — billing says nothing and every order counts 1 (``billing: "silent"``);
* where the weights change the town (``"decided"``) the basis says so and the confidence is at most medium (most
  parcels went elsewhere); ``"agrees"``: the home is the billing town; ``"elsewhere"``: the billing town is another
  one (never named unless it is the second home); ``None``: no billing column (old order reports), the rule as
  above.

Two towns, not a move:

* **alternating** (a term address and the family home, a second home): a quarter belongs to the town holding ≥
  :data:`QUARTER_OWNER_SHARE` of its orders; when the two towns owning most quarters form ≥ 3 runs (A, B, A …)
  spanning more than a year (after a first run of more than :data:`ALTERNATION_RUN_MAX` quarters, the years
  before), no run after the first lasts more than :data:`ALTERNATION_RUN_MAX` quarters and both towns get orders
  in at most :data:`ALTERNATION_SHARED_MAX` of those quarters, the other town is named as ``second`` (no earlier
  home). The home is the one holding ≥ :data:`ALTERNATION_DECIDES`
  of the two's orders over those quarters (at most medium), else the latest quarters decide (low). A for a year,
  then B only, is two runs: a move, as above;
* **in the same quarters** with no billing address to tell them apart (a workplace in another town, a second home,
  a relative getting unflagged gifts): when the runner-up of the latest quarters holds ≥ :data:`SPLIT_MIN_SHARE`
  of the two's orders (≥ 2 of them) and both towns received orders over ≥ :data:`SPLIT_OVERLAP_DAYS` common days
  (a move has none), it is named as ``second`` and the confidence is low; the one with more orders is the home.
  No workplace is inferred from it.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, tzinfo
from decimal import Decimal
from functools import lru_cache
from typing import Any

from ..events import Bounds, Event, When
from ..wording import count_phrase, in_text, possessive
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
GIFT_LIKE_WEIGHT = 1 / 3  # an order to another town in a quarter the billing town gets orders in (gift-like)
BILLING_MIN_ORDERS = 2  # orders to the billing town in a quarter and the two beside it for it to be lived in
QUARTER_OWNER_SHARE = 0.75  # a quarter belongs to the town holding this share of its orders
ALTERNATION_RUN_MAX = 3  # quarters in a row in one town, at most, for two towns to be taking turns
ALTERNATION_DECIDES = 0.6  # the alternating town holding this share of the pair's orders is the home
ALTERNATION_SHARED_MAX = 0.5  # … and taking turns means both get orders in at most this share of the quarters
SPLIT_MIN_SHARE = 1 / 3  # a second town with this share of the two's latest orders is named
SPLIT_OVERLAP_DAYS = 90  # … when both towns received orders over the same quarter or more (not a move)
SHIP_TAIL_MIN_DAYS = 28  # the latest orders all to one town over this many days or more outvote the quarters' window
SHIP_KINDS = frozenset({"amazon.order_item", "amazon.shipment"})
#: the parser's ``shipping_country_basis`` for a country read from the town's size alone (a town written with no
#: state, postcode or country: "Berlin", "Sydney" on Amazon.com → the country of the largest town so called)
TOWN_SIZE_READING = "town size"
#: … and for a town of the marketplace's own country read from its name alone (no state, and no ZIP of that town:
#: "Springfield", "New Berlin" on Amazon.com, none so called abroad)
TOWN_NAME_READING = "town"
#: the readings of a town from its name alone: such a town is read as the place the same export's addresses of that
#: name give by a state or a postcode, and a home of them only is at most medium
NAME_ONLY_READINGS = frozenset({TOWN_SIZE_READING, TOWN_NAME_READING})
#: … and for a town beside letters that are a US state's code and a country's ISO code alike, which may be read either
#: way ("Hamilton", "CA": Ontario's or California's Hamilton City; "Salem", "IN": India's or Indiana's — AMZ51): at
#: most medium, both named
LETTERS_READING = "letters"
#: … and for the marketplace's own state written beside a town GeoNames lists elsewhere in that country but not in the
#: state ("Salem", "TN" on Amazon.com; the parser's ``UNLISTED_READING``): the state's, at most medium (AMZ54: read
#: "Salem, India", high, by Tamil Nadu's letters)
UNLISTED_READING = "unlisted"
#: … and for a place whose postcode and county or town name two countries (the parser's ``CONFLICT_READING``, the
#: other country its ``shipping_country_other``: "London", "", "A65F4E2" — Ireland by the Eircode, GeoNames' London
#: the UK's; POST63, T59C 4, "London, Ireland", high): at most medium, both named
CONFLICT_READING = "conflict"

Place = tuple[str | None, str | None, str | None]  # (country code, region, town)


def _in_country(code: str) -> str:
    """A country's English name as written after "in": "the United States", "the United Kingdom", "India"."""
    from .gazetteer import country_in_text

    return country_in_text(code)


def _unit(country: str, code: str | None) -> str:
    """What ``country`` calls its subdivision ``code`` (ISO 3166-2 suffix), as ISO 3166-2 types it (``pycountry``):
    "province" (Spain's M, Italy's LO, Canada's ON), "metropolitan city" (Italy's MI, RM), "autonomous community"
    (Spain's CM), "prefecture" (Japan's 13), "state" (Brazil's SP, the US's TX), "union territory" (India's DL),
    "territory" (Australia's ACT); "state" where ISO lists none (POST58, T55B 7, 8: Japan's prefectures and Spain's
    autonomous communities were called provinces)."""
    import pycountry

    sub = pycountry.subdivisions.get(code=f"{country}-{code}") if country and code else None
    return sub.type.lower() if sub is not None and getattr(sub, "type", None) else "state"


def _the_unit_of(country: str, code: str | None, name: str) -> str:
    """The words "the <unit> of <name>" for ``country``'s subdivision ``code`` named ``name`` (:func:`_unit`), or
    "the <name>" where the name already holds its unit's type, as English writes it: "the Northwest Territories",
    "the District of Columbia", "the Australian Capital Territory", "the Northern Territory" (POST59, T56B 9: "the
    territory of Northwest Territories"); "the province of Ontario", "the metropolitan city of Milano" otherwise."""
    unit = _unit(country, code)
    kind = unit.split()[-1].casefold()
    words = {w.casefold() for w in re.split(r"[\s\-]+", name)}
    if kind in words or (kind.endswith("y") and kind[:-1] + "ies" in words) or kind + "s" in words:
        return f"the {name}"
    return f"the {unit} of {name}"


def _theirs(country: str, code: str | None, name: str) -> str:
    """``name``'s possessive as :func:`_the_unit_of` writes the name: "Roma's", "New South Wales's", "the Northwest
    Territories'", "the District of Columbia's" (POST59, T56B 9)."""
    said = _the_unit_of(country, code, name)
    said = said if said == f"the {name}" else name
    return f"{said}'" if said.endswith("ies") else f"{said}'s"


def _conflict_why(place: Place, others: set[str]) -> str:
    """Why a place read with :data:`CONFLICT_READING` is at most medium, naming both countries (never the postcode):
    "; the postcode and the town or county written with London are of two countries, Ireland and the United Kingdom:
    Ireland is read (at most medium)"."""
    country, _region, name = place
    other = min(others) if others else None
    if not country:
        return ""
    here = _in_country(country)
    there = f" and {_in_country(other)}" if other and other != country else ""
    return (f"; the postcode and the town or county written with {name or 'it'} are of two countries, {here}{there}: "
            f"{here} is read (at most medium)")


def _unlisted_why(country: str, region: str | None, name: str | None, postcode_region: str | None = None,
                  written: str | None = None) -> str:
    """Why a town read with :data:`UNLISTED_READING` is at most medium, naming both readings: a province's capital
    written with another province's letters (Spain's and Italy's provinces are named after their capitals: "Toledo",
    "M" → "… Toledo is the capital of the province of Toledo (TO), the province written (M) is Madrid's: Toledo, TO
    or a town of Madrid's province …"; AMZ56: "Lodi", "CA" on Amazon.it said nothing of Lodi, California, and
    "28001 Toledo M" nothing at all), else the state written with a town GeoNames lists elsewhere in the country.

    ``postcode_region`` (the parser's ``shipping_postcode_region``: the province whose range holds the postcode
    written, where it is not the one read; never the postcode): the postcode's province against the town and the
    letters written ("Aracaju", "SE" beside a São Paulo CEP: "the postcode written is São Paulo's (SP), the town and
    letters written are Aracaju, SE: …" — POST57, T54C 1: "GeoNames lists no Aracaju in the state written (SE)",
    false of Sergipe's capital). ``postcode_region`` equal to ``region``: no letters were written, the region read is
    the postcode's ("… Valencia 03001": "the postcode written is in the province of Alicante (A)", not "the province
    written (A)" — POST58, T55B 7).

    ``written`` (the parser's ``shipping_region_written``): the province the letters written name where the town and
    the postcode agree on another, the one read ("Milano", "RM", "20121": "the town and the postcode written are the
    metropolitan city of Milano's (MI), but the letters written (RM) are Roma's …" — POST58, T55B 1, 4)."""
    import pycountry

    from .gazetteer import CAPITAL_NAMED_PROVINCES, capital_there, town, town_there, towns_filed

    # ISO 3166-2 writes a province's other official name in brackets ("Barcelona [Barcelona]", "A Coruña [La
    # Coruña]", "Lleida [Lérida]"; T54 10: the sentence read "… is Barcelona [Barcelona]'s"): the first is said, any
    # of them names the capital
    names = {sub.code.split("-", 1)[1]: [n.strip() for n in re.split(r"[\[\]]", sub.name) if n.strip()]
             for sub in pycountry.subdivisions.get(country_code=country) or ()} if country else {}
    subs = {code: written[0] for code, written in names.items() if written}
    # a province named like the town, where GeoNames has the town there (POST60, T57C 5: "Washington | DC | 22201" said
    # "Washington is the capital of the state of Washington"; Mexico City of the state of México's)
    capital = next((code for code, written in names.items() if name and any(_fold(n) == _fold(name)
                                                                            for n in written)
                    and town_there(name, country, code)), None)
    # "the capital of" only where a source says so (POST62, T58B 6: "Ibaraki is the capital of the prefecture of
    # Ibaraki"); a town GeoNames files there is "a town of" it (Japan's: "Osaka is a town of the prefecture of
    # Osaka"), else the town is only named like it. POST64 (T59C 11: "New York is the capital of the state of New
    # York" for "New York | NJ"): GeoNames files a town in its state, it tells no state's capital — the capital only
    # where the provinces are named after their capitals (Italy's, Spain's: CAPITAL_NAMED_PROVINCES)
    seat = ("the capital of" if country.upper() in CAPITAL_NAMED_PROVINCES and capital_there(name, country, capital)
            else "a town of" if towns_filed(country, capital) and town_there(name, country, capital)
            else "named like") if capital else ""
    if name and region and written and written != region:
        return _letters_why(country, region, name, written, subs)
    if name and region and postcode_region and postcode_region != region:
        return _postcode_why(country, region, name, postcode_region, subs, capital, seat)
    if not name and region and postcode_region and postcode_region != region:
        # no town read beside the letters (POST59, T56B 7: "… King St QC M5V 2T6" was "QC" high, Ontario's FSA unsaid)
        theirs, ours = subs.get(postcode_region, postcode_region), subs.get(region, region)
        pc, here = _the_unit_of(country, postcode_region, theirs), _the_unit_of(country, region, ours)
        noun, verb = _written_as(country, region)
        return (f"; the postcode written is {_theirs(country, postcode_region, theirs)} ({postcode_region}), but the "
                f"{noun} written ({region}) {verb} {_theirs(country, region, ours)}, and no town was read beside "
                f"{'it' if noun != 'letters' else 'them'}: a town of {here} ({region}) or of {pc} "
                f"({postcode_region}) — the {noun} written {verb} read (at most medium)")
    by_postcode = bool(postcode_region) and postcode_region == region  # no letters written
    if not name or not region or capital is None or capital == region or region not in subs:
        if by_postcode:
            where = _the_unit_of(country, region, subs.get(region or '', region or ''))
            return (f"; GeoNames lists no {name or 'town'} in {where} ({region}), whose range holds the postcode "
                    "written (no letters written), only elsewhere in "
                    f"{_in_country(country)}: the postcode's {_unit(country, region)} is read, the town unverified "
                    "(at most medium)")
        return (f"; GeoNames lists no {name or 'town'} in the {_unit(country, region)} written ({region}), only "
                f"elsewhere in {_in_country(country)}: the {_unit(country, region)} written is read, the town "
                "unverified (at most medium)")
    us = ""
    if country != "US" and town(name, "US", region) is not None:
        state = pycountry.subdivisions.get(code=f"US-{region}")
        us = f", or {name}, {state.name if state is not None else region}, in the United States"
    kind = _unit(country, region)
    own, theirs = _the_unit_of(country, capital, subs[capital]), _the_unit_of(country, region, subs[region])
    if by_postcode:
        return (f"; {name} is {seat} {own} ({capital}), but the postcode written is in {theirs} ({region}), "
                f"and no letters were written: {name}, {capital}, or a town of {theirs}{us} — the postcode's {kind} "
                "is read, the town unverified (at most medium)")
    return (f"; {name} is {seat} {own} ({capital}), but the {kind} written ({region}) is "
            f"{_theirs(country, region, subs[region])}: "
            f"{name}, {capital}, or a town of {theirs}{us} — the {kind} written is read, the town unverified (at most "
            "medium)")


def _written_as(country: str, code: str) -> tuple[str, str]:
    """What the province written as ``code`` is called in a sentence and its verb: "letters", "are" for letters
    ("RM", "QC"); its unit's name, "is" where ISO 3166-2 numbers the unit — Japan's prefectures, written "Tokyo" or
    "東京都", read 13 (POST60, T57C 10: "the letters written (13) are Tokyo's")."""
    return (_unit(country, code), "is") if code.isdigit() else ("letters", "are")


def _letters_why(country: str, region: str, name: str, written: str, subs: Mapping[str, str]) -> str:
    """:func:`_unlisted_why` where the town and the postcode written agree on the province read and the letters written
    are another's (POST58, T55B 1, 4: "Milano", "RM", "20121" read "Milano, RM" high in the columns, "Milano, MI" high
    in one cell): both readings named, the town and postcode's read."""
    def named(code: str) -> str:  # "the province of Ontario (ON)", "the Northwest Territories (NT)"
        return f"{_the_unit_of(country, code, subs[code])} ({code})" if code in subs else \
            f"the {_unit(country, code)} {code}"

    noun, verb = _written_as(country, written)
    return (f"; the town and the postcode written are of {named(region)}, but the {noun} written ({written}) {verb} "
            f"{_theirs(country, written, subs.get(written, written))}: {name}, {region}, or a town of {named(written)} "
            "— the town and postcode "
            f"are read, the {noun} written set aside (at most medium)" if noun != "letters" else
            f"; the town and the postcode written are of {named(region)}, but the letters written ({written}) are "
            f"{_theirs(country, written, subs.get(written, written))}: {name}, {region}, or a town of {named(written)} "
            "— the town and postcode "
            "are read, the letters set aside (at most medium)")


def _postcode_why(country: str, region: str, name: str, postcode_region: str, subs: Mapping[str, str],
                  capital: str | None, seat: str = "the capital of") -> str:
    """:func:`_unlisted_why` where the postcode written is in another province's range than the letters written: the
    postcode's province against the town and the letters, each reading named ("Milano", "MI" beside Rome's CAP:
    "Milano, MI, or a town of the province of Roma"; a province's capital beside another's letters too: "Toledo",
    "CM" beside Albacete's CP — Toledo, TO, a town of Castilla-La Mancha or one of Albacete's)."""
    def named(code: str) -> str:  # "the province of Ontario (ON)", "the Northwest Territories (NT)"
        return f"{_the_unit_of(country, code, subs[code])} ({code})" if code in subs else \
            f"the {_unit(country, code)} {code}"

    readings = [f"{name}, {region}" if capital in (None, region) else f"{name}, {capital}"]
    if capital not in (None, region):
        readings.append(f"a town of {named(region)}")
    if capital != postcode_region:
        readings.append(f"a town of {named(postcode_region)}")
    said = ", ".join(readings[:-1]) + f" or {readings[-1]}" if len(readings) > 1 else readings[0]
    town = f" ({name} is {seat} {named(capital)})" if capital not in (None, region) and capital else ""
    theirs = _theirs(country, postcode_region, subs.get(postcode_region, postcode_region))
    noun, verb = _written_as(country, region)
    return (f"; the postcode written is {theirs} ({postcode_region}), but the "
            f"town and {noun} written are {name}, {region}{town}: {said} — the {noun} written {verb} read, the town "
            "unverified (at most medium)")


def _undecided_why(read: set[str]) -> str:
    """Why a shipping town has no country, by how the parser read its orders (``shipping_country_basis`` without a
    country, AMZ44): the State written is a province of more than one country with a town so called ("Córdoba",
    "Córdoba": Spain's and Argentina's), the postcode written has the form of more than one such country's with no
    ranges offline to tell them apart ("Richmond", "7025": Tasmania's or New Zealand's); else no state or country was
    written (AMZ41: "Toledo" alone)."""
    if "state" in read:
        return ("the state or province written with it is one of more than one country with a town so called, and no "
                "postcode written tells which (low)")
    if "postcode" in read:
        return ("the postcode written with it has the form of more than one country's with a town so called, and no "
                "postcode ranges at hand tell which (low)")
    return "no state or country was written with it, and towns so called in more than one country fit (low)"


class OwnAddresses:
    """The person's own shipping addresses, counted as the home finding counts them (for the trust score's identity
    factor and the household finding; gift recipients were counted as the user's addresses: the twenty-sixth pass's
    first tester, M2, Springfield + a Portland gift + München = 3 where there are 2).

    Left out: a flagged gift (``gift``), and a gift-like order — one the export says ships away from its own billing
    address (``ships_to_billing`` false) in a quarter in which orders also went to the billing address (the home
    finding's :data:`GIFT_LIKE_WEIGHT` orders: December parcels to a parent). An address away from the billing one
    in a quarter without such orders is kept (a second home, or a move the card's address does not show yet).
    Only hashes of the addresses are kept; at most :data:`MAX_OWN_ADDRESSES` addresses, quarters each."""

    __slots__ = ("_away", "_billed", "_own")

    def __init__(self) -> None:
        self._own: set[int] = set()
        self._away: dict[int, set[int | None]] = {}  # address hash → quarters of its orders away from billing
        self._billed: set[int] = set()  # quarters with an order to its billing address

    def add(self, attrs: Mapping[str, Any], when: date | None) -> None:
        """One order (``amazon.order_item`` or ``amazon.shipment`` attrs) placed on ``when``."""
        if attrs.get("gift") is True:
            return
        addr = address_key(attrs)
        if not addr:
            return
        key, quarter = hash(addr), (_quarter(when) if when is not None else None)
        billing = attrs.get("ships_to_billing")
        if billing is True and quarter is not None:
            self._billed.add(quarter)
        if key in self._own or (len(self._own) + len(self._away) >= MAX_OWN_ADDRESSES and key not in self._away):
            return
        if billing is False:
            quarters = self._away.setdefault(key, set())
            if len(quarters) < MAX_OWN_ADDRESSES:
                quarters.add(quarter)
        else:
            self._own.add(key)
            self._away.pop(key, None)

    def __len__(self) -> int:
        """How many distinct own addresses: every address of a non-gift order to its billing address (or of an
        unknown one), and each away address with an order in a quarter none went to the billing address."""
        return len(self._own) + sum(1 for quarters in self._away.values()
                                    if any(q is None or q not in self._billed for q in quarters))

    def __bool__(self) -> bool:
        return len(self) > 0


MAX_OWN_ADDRESSES = 100


def address_key(attrs: Mapping[str, Any]) -> str | None:
    """What makes two orders' shipping places one address: the town (case, accents and spacing folded), the region
    and the country as its ISO 3166 code — "Berlin, Deutschland" on Amazon.de and "Berlin, Germany" on Amazon.com
    are one address, as are the old Order History Report's "NEW YORK, NY" (no country column: the marketplace's)
    and Retail.OrderHistory's "New York, NY, United States" (T30B L2: each counted as an address of one's own, two
    where there is one). The country's name in any language CLDR names it in (:func:`.zoneprior.country_code`).
    A record with a whole address cell (``shipping_address``) is folded the same way, its last words read as a
    country where they name one. None when nothing is known."""
    addr = attrs.get("shipping_address")
    if isinstance(addr, str) and addr.strip():
        words = _fold(addr).split()
        for n in (3, 2, 1):  # "united states of america" … "deutschland"
            if len(words) > n and (code := _country_code(" ".join(words[-n:]))) is not None:
                words = [*words[:-n], code]
                break
        return " ".join(words) or None
    city, region, country = (attrs.get(k) for k in ("shipping_city", "shipping_region", "shipping_country"))
    code = attrs.get("shipping_country_code")
    if not isinstance(code, str) or not code:
        code = _country_code(country) if isinstance(country, str) and country.strip() else None
    if code is None and isinstance(country, str):
        code = _fold(country)
    parts = (_fold(city) if isinstance(city, str) else "", str(region or "").strip().upper(), (code or "").upper())
    return "|".join(parts) if any(parts) else None


def _fold(text: str) -> str:
    """``text`` lower-cased, unaccented, punctuation as spaces, spaces single ("Münster-Nord " → "munster nord")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^\w]+", " ", plain).split())

#: orders sent for others: at least this many orders away from their own billing address (not flagged as gifts),
#: at least :data:`FOR_OTHERS_SHARE` of the orders whose billing town is known, to at least
#: :data:`FOR_OTHERS_TOWNS` other towns — a reseller shipping stock straight to buyers (the twenty-ninth pass's third
#: tester, L3: €37,637 of LEGO sets to 60 buyers was "You spent" and the trust score's top band); a person sending
#: a few parcels to relatives stays below (1–3 towns, a minority of the orders)
FOR_OTHERS_MIN_ORDERS = 20
FOR_OTHERS_SHARE = 0.5
FOR_OTHERS_TOWNS = 5
MAX_FOR_OTHERS = 100_000  # order ids (hashes) kept


class OrdersForOthers:
    """Orders shipped to other people's addresses: away from the order's own billing address (``ships_to_billing``
    false, the parser's flag; the export keeps no recipient name or street, so other people are counted by their
    towns: at least that many). Flagged gifts are left out (the person's own giving). Hashes only, bounded."""

    __slots__ = ("_away", "_known", "_towns", "amount")

    def __init__(self) -> None:
        self._known: set[int] = set()  # orders whose billing town is known (ships_to_billing True or False)
        self._away: set[int] = set()
        self._towns: set[int] = set()
        self.amount: dict[str, Decimal] = {}  # per currency: the items sent away

    def add(self, attrs: Mapping[str, Any], order_key: str, total: Decimal | None, currency: str) -> None:
        """One counted order item (not cancelled, not balance-paid)."""
        billing = attrs.get("ships_to_billing")
        if billing is None or attrs.get("gift") is True or len(self._known) >= MAX_FOR_OTHERS:
            return
        key = hash(order_key)
        self._known.add(key)
        if billing is False:
            self._away.add(key)
            self._towns.add(hash(tuple(str(attrs.get(k) or "") for k in
                                       ("shipping_city", "shipping_region", "shipping_country"))))
            if total is not None:
                self.amount[currency] = self.amount.get(currency, Decimal(0)) + total

    def verdict(self) -> dict[str, Any] | None:
        """``{orders, away_orders, away_towns, amount{CUR: Decimal}}`` when most orders go to others (the
        thresholds above), else None."""
        away, known = len(self._away), len(self._known)
        if away < FOR_OTHERS_MIN_ORDERS or away < FOR_OTHERS_SHARE * known or len(self._towns) < FOR_OTHERS_TOWNS:
            return None
        return {"orders": known, "away_orders": away, "away_towns": len(self._towns), "amount": dict(self.amount)}


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


#: the words that join a region's name in the languages Amazon ships to, written in lower case inside it ("Comunidad de
#: Madrid", "Reggio di Calabria", "Provence-Alpes-Côte d'Azur" apart), never first
_JOINING_WORDS = frozenset(("de", "del", "di", "da", "dei", "della", "do", "dos", "das", "du", "des", "la",
                            "le", "les", "y", "e", "et", "and", "of", "the", "von", "van", "der", "den", "im", "am"))
#: … and between hyphens ("Île-de-France", "Saint-Denis-de-la-Réunion"; "Castilla-La Mancha" keeps its article)
_HYPHEN_JOINING_WORDS = frozenset(("de", "du", "des", "di", "del", "sur", "en", "et"))


def place_text(place: Place) -> str:
    """"Houston, TX, United States" (the parts known); a region numbered by ISO by its name: "Osaka, Osaka, Japan",
    not "27"; the country by its CLDR English name, as every report format names it (ART9: the JSON sentences said
    "London, GB" where the terminal said "United Kingdom"); a region's name, kept in capitals to compare it, in its
    words' case ("Madrid, Madrid, Spain", not "Madrid, MADRID, Spain": HOME44), a code of letters as it is."""
    from .gazetteer import country_display, region_name, town_and_country

    cc, region, city = place
    if cc == "US" and city is None and region in ("AA", "AE", "AP"):
        # USPS' military "states" (APO / FPO / DPO addresses): no town, no US region (AMZ53: "AE, United States")
        return f"a US military post office abroad (APO / FPO / DPO {region})"
    said = region_name(cc, region)
    if said and said == region and len(said) > 3 and said.isupper():
        # (T44 L: "Comunidad De Madrid", "Reggio Di Calabria": a name's joining words in lower case)
        # (AMZ45: "Île-De-France" → "Île-de-France", the joining words between hyphens too)
        said = re.sub(r"(?<=[ -])([^ -]+)(?=[ -])", lambda m: m.group(1).lower() if m.group(1).lower() in (
            _JOINING_WORDS if m.string[m.start() - 1] == " " else _HYPHEN_JOINING_WORDS) else m.group(1), said.title())
    if city and not said and cc:  # a city state's town says its country once ("Hong Kong", not "Hong Kong, Hong Kong")
        return town_and_country(city, cc)
    return ", ".join(p for p in (city, said, country_display(cc) if cc else None) if p) or "an unknown place"


def place_said(place: Place) -> str:
    """:func:`place_text` as running text writes it: a country alone with "the" where it takes it ("the United
    Kingdom", :func:`~dataexam.wording.in_text`; WORD57), a town's country bare ("Leeds, England, United Kingdom").
    For sentences only; values keep :func:`place_text`."""
    cc, region, city = place
    if cc and not region and not city:
        from .gazetteer import country_in_text

        return country_in_text(cc)
    return place_text(place)


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
    billing: str | None = None  # None (no billing column) | "silent" | "agrees" | "decided" | "elsewhere"
    second: dict[str, Any] | None = None  # the other of two homes (alternating) or of two towns (same quarters)
    pattern: str | None = None  # None | "move" | "alternating" | "same quarters"
    # (first, last) as the report gives them: ``first``/``last``, or "withheld Mon 22:28" for a night-time order's
    # day without --include-sensitive (:meth:`ShippingPlaces.home`'s ``said``); None: as ``first``/``last``
    shown: tuple[str | None, str | None] | None = None
    earlier_last: str | None = None  # ``earlier``'s last day (ISO) as the rule reads it, whatever ``earlier`` gives

    @property
    def country(self) -> str | None:
        return self.place[0]

    @property
    def region(self) -> str | None:
        return self.place[1]

    @property
    def city(self) -> str | None:
        return self.place[2]

    @property
    def said_first(self) -> str | None:
        """The first order's day as the report gives it (``shown``)."""
        return self.shown[0] if self.shown is not None else self.first

    @property
    def said_last(self) -> str | None:
        """The last order's day as the report gives it (``shown``)."""
        return self.shown[1] if self.shown is not None else self.last

    def value(self) -> dict[str, Any]:
        """The ``shipping`` part of the home finding's value: places only, never a street or postcode."""
        return {"city": self.city, "region": self.region, "country": self.country, "orders": self.orders,
                "orders_with_address": self.votes, "recent_orders": self.recent_orders,
                "recent_share": round(self.recent_share, 3), "recent_since": self.recent_since,
                "first": self.said_first, "last": self.said_last, "towns": self.towns, "gifts": self.gifts,
                "orders_without_address": self.unplaced, "earlier": self.earlier, "billing": self.billing,
                "second": self.second}


class ShippingPlaces:
    """Counts own orders per shipping town and calendar quarter (bounded; see the module docstring)."""

    __slots__ = ("_recent", "_said", "billed", "billing_known", "by_hour", "by_quarter", "country_read", "evidence",
                 "first", "first_at", "gifts", "last", "last_at", "letters_read", "other_country", "other_orders",
                 "place_ids", "places", "postcode_read", "spans", "totals", "undated", "unplaced", "zone")

    def __init__(self) -> None:
        self.place_ids: dict[Place, int] = {}
        self.places: list[Place] = []
        self.totals: Counter[int] = Counter()
        self.by_quarter: Counter[tuple[int, int]] = Counter()  # (town id, quarter) → orders
        # (town id, UTC hour: ordinal day × 24 + hour) → orders: the local weekday each order was placed on, read
        # once the zone is known (a town ordered to only at weekends: the weekend home, place.weekend_home)
        self.by_hour: Counter[tuple[int, int]] = Counter()
        # (town id, quarter) → orders shipped to the town of the order's own billing address (the flag only: the
        # parser keeps no billing address, nor its town)
        self.billed: Counter[tuple[int, int]] = Counter()
        self.billing_known = 0  # own orders whose billing address could be compared with the shipping one
        # town id → its first / last timed and date-only orders apart (events.Bounds, as every span's bounds): which of
        # a date-only order (the old Order History Report's "Order Date", M/D/YYYY: formats.md §3) and a timed one is
        # the first is read on the home's calendar (:meth:`home`'s ``zone``; AMZ55: consume kept its own check)
        self.spans: dict[int, Bounds] = {}
        # each town's first and last days and the orders that give them (When: date-only or timed), read off
        # ``spans`` on the home's calendar by :meth:`home` (:meth:`_resolve`)
        self.first: dict[int, date] = {}
        self.last: dict[int, date] = {}
        self.first_at: dict[int, When] = {}
        self.last_at: dict[int, When] = {}
        self.zone: tzinfo | None = None
        self._said: Callable[[datetime | None], str | None] | None = None
        self.evidence: dict[int, list[EvidenceItem]] = {}
        # town id → how its orders' country was read (the parser's ``shipping_country_basis``; "" where the address
        # named it or gave no word: a one-cell address): a town whose every order's country is the town's size alone
        # (TOWN_SIZE_READING) is at most medium
        self.country_read: dict[int, set[str]] = {}
        # town id → the provinces whose postcode ranges hold the postcodes written with it where they are not the
        # letters read (the parser's ``shipping_postcode_region``, beside an "unlisted" reading): named in the basis
        self.postcode_read: dict[int, set[str]] = {}
        # town id → the provinces the letters written name where the town and postcode agree on another (the parser's
        # ``shipping_region_written``, POST58): named in the basis
        self.letters_read: dict[int, set[str]] = {}
        # town id → the other country the postcode, county or town written with it names (the parser's
        # ``shipping_country_other``, beside a "conflict" reading: POST63): named in the basis
        self.other_country: dict[int, set[str]] = {}
        self.gifts = 0
        self.unplaced = 0  # own orders whose row names no shipping place (digital items, "Not Available")
        self.other_orders = 0  # orders to towns past MAX_SHIP_PLACES
        self.undated = 0
        self._recent: dict[str, None] = {}

    def __len__(self) -> int:
        return (len(self.places) + len(self.by_quarter) + len(self.billed) + len(self.by_hour)
                + sum(len(v) for v in self.evidence.values()) + len(self._recent))

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
        read = attrs.get("shipping_country_basis")
        self.country_read.setdefault(pid, set()).add(read if isinstance(read, str) else "")
        if isinstance(postcode := attrs.get("shipping_postcode_region"), str) and postcode \
                and len(self.postcode_read.setdefault(pid, set())) < 4:
            self.postcode_read[pid].add(postcode)  # another province's postcode range (POST57), at most a few
        if isinstance(letters := attrs.get("shipping_region_written"), str) and letters \
                and len(self.letters_read.setdefault(pid, set())) < 4:
            self.letters_read[pid].add(letters)  # the letters written, another province's than the town's (POST58)
        if isinstance(other := attrs.get("shipping_country_other"), str) and len(other) == 2 \
                and len(self.other_country.setdefault(pid, set())) < 4:
            self.other_country[pid].add(other.upper())  # the country the postcode or town says (POST63)
        ev = self.evidence[pid]
        if len(ev) < SHIP_EVIDENCE_CAP:
            ev.append(EvidenceItem.of(event, f"order shipped to {place_said(place)}"))
        t = event.time
        if t is None:
            self.undated += 1
            return
        d = t.date()
        self.by_quarter[(pid, _quarter(d))] += 1
        utc = t.astimezone(UTC) if t.tzinfo is not None else t
        self.by_hour[(pid, utc.toordinal() * 24 + utc.hour)] += 1
        billing = attrs.get("ships_to_billing")
        if isinstance(billing, bool):
            self.billing_known += 1
            if billing:
                self.billed[(pid, _quarter(d))] += 1
        self.spans.setdefault(pid, Bounds()).add(When.of(event))
        self._resolve_town(pid)

    def _resolve_town(self, pid: int) -> None:
        """Town ``pid``'s first / last orders (``first_at`` / ``last_at``: When) and days (``first`` / ``last``) off its
        ``spans`` on the home's calendar (:attr:`zone`): a date-only order's day is its own, a timed order's its date
        on the home's clock (:meth:`.When.day`; UTC where no zone is known), as the report's Period gives its bounds
        (BOUND56: a Los Angeles order at 20:00 on 31 Dec was the town's first of "1 Jan", its UTC day)."""
        span = self.spans.get(pid)
        first, last = span.at(self.zone) if span is not None else (None, None)
        for days, at, when in ((self.first, self.first_at, first), (self.last, self.last_at, last)):
            if when is None:
                days.pop(pid, None)
                at.pop(pid, None)
            else:
                days[pid], at[pid] = when.day(self.zone), when

    def home(self, said: Callable[[datetime | None], str | None] | None = None,
             zone: tzinfo | None = None) -> ShipHome | None:
        """The shipping home, or ``None`` when no town received :data:`SHIP_MIN_TOWN_ORDERS` own orders.

        ``said`` gives an order's instant as the report gives its day: an ISO date, or ``"withheld Mon 22:28"``
        for a night-time order without ``--include-sensitive`` (``sensitive.NightGate.day`` on the chosen zone).
        The towns' first and last days in the value (``shown``, ``earlier``/``second`` ``first``/``last``) are
        given through it, so that a night-time order quoted as "withheld Mon 22:28" is not dated by the town's
        first day (GATE's report: the demo's ``shipping.first`` was that order's day); the rule reads the days
        themselves either way. None: the days as they are."""
        self._said = said
        if zone is not None:
            self.zone = zone
        self._fold_town_size()
        for pid in self.spans:
            self._resolve_town(pid)
        votes = sum(self.totals.values()) + self.other_orders
        if not self.totals:
            return None
        last_seen = self.last.get

        def rank(counter: Mapping[int, float]) -> list[int]:  # most orders first; a tie goes to the latest town
            return sorted(counter, key=lambda p: (counter[p], last_seen(p) or date.min), reverse=True)

        per_quarter: dict[int, Counter[int]] = {}
        for (pid, q), n in self.by_quarter.items():
            per_quarter.setdefault(q, Counter())[pid] += n
        billed: dict[int, Counter[int]] = {}
        for (pid, q), n in self.billed.items():
            billed.setdefault(q, Counter())[pid] += n
        # the billing town's quarters: it gets orders in the quarter and ≥ BILLING_MIN_ORDERS in the quarter and
        # the two beside it (one stray parcel to an old address is not a billing town that is lived in)
        own_towns: dict[int, set[int]] = {
            q: set(b) for q, b in billed.items()
            if sum(sum(billed.get(q + d, Counter()).values()) for d in (-1, 0, 1)) >= BILLING_MIN_ORDERS}
        weighted: dict[int, dict[int, float]] = {
            q: ({p: n if p in own_towns[q] else n * GIFT_LIKE_WEIGHT for p, n in c.items()} if q in own_towns
                else dict(c)) for q, c in per_quarter.items()}
        dated: Counter[int] = Counter()
        for (pid, _q), n in self.by_quarter.items():
            dated[pid] += n
        w_totals: dict[int, float] = {p: n - dated[p] for p, n in self.totals.items()}  # undated orders: full
        for c in weighted.values():
            for p, n in c.items():
                w_totals[p] += n
        recent: Counter[int] = Counter()
        recent_w: dict[int, float] = {}
        since = None
        for q in sorted(per_quarter, reverse=True):
            if sum(recent.values()) >= SHIP_RECENT_MIN:
                break
            recent.update(per_quarter[q])
            for p, n in weighted[q].items():
                recent_w[p] = recent_w.get(p, 0.0) + n
            since = q
        recent_total = sum(recent.values())
        window_quarters = [q for q in per_quarter if since is not None and q >= since]
        # the latest year (the last four calendar quarters with data or without): orders and weighted orders per town,
        # what the billing town's rules below judge on where a few quarters' window may mislead
        latest_q = max(per_quarter, default=0)
        year = [q for q in per_quarter if q > latest_q - 4]
        year_raw: Counter[int] = Counter()
        year_w: dict[int, float] = {}
        for q in year:
            year_raw.update(per_quarter[q])
            for p, n in weighted[q].items():
                year_w[p] = year_w.get(p, 0.0) + n
        billing_in_window = any(q in own_towns for q in window_quarters)

        def pick(recent_c: Mapping[int, float], totals: Mapping[int, float]) -> tuple[int, bool]:
            if recent_c:
                top = rank(recent_c)[0]
                if recent_c[top] >= SHIP_MEDIUM_SHARE * sum(recent_c.values()):
                    return top, True
            return rank(totals)[0], False  # the latest orders are split (or undated): the town most went to

        pid, window = pick(recent_w, w_totals)
        # the latest orders all to one town, after the last to any other (a move the quarters' window straddles:
        # the twenty-ninth pass's third tester's `spender`, London "50% of your 6 latest orders" though the two
        # latest, a month apart, ship to Tokyo and none go to London after them): those latest addresses win
        tail = self._tail(own_towns)
        tail = tail if tail != pid else None
        tail_from: int | None = None
        if tail is not None:
            tail_from, pid, window = pid, tail, True
            since = _quarter(self.first[tail])
            recent = Counter({tail: self.totals[tail]})
            recent_w = {tail: float(self.totals[tail])}
            recent_total = self.totals[tail]
            window_quarters = [q for q in per_quarter if q >= since]
            billing_in_window = any(q in own_towns for q in window_quarters)
        w_pid = pid
        raw_pid, _ = pick(recent, self.totals)
        if self.totals[pid] < SHIP_MIN_TOWN_ORDERS:
            return None
        pattern: str | None = None
        second: dict[str, Any] | None = None
        alternating = self._alternation(per_quarter, weighted, rank) if tail is None else None
        latest_decides = False
        if alternating is not None and pid in alternating[0]:
            pair, span, pair_w = alternating
            top = rank(pair_w)[0]
            if pair_w[top] >= ALTERNATION_DECIDES * sum(pair_w.values()):
                pid = top  # the town that holds most of the alternating quarters' orders: the term address
            else:
                latest_decides = True  # the two are close: the latest quarters decide, and say so
            other = pair[1] if pair[0] == pid else pair[0]
            pattern = "alternating"
            second = self._town(other) | {"pattern": pattern, "quarters": span}
        billing: str | None = None  # what the billing address said (decided after the home is known)
        if self.billing_known:
            billing = "silent"
            if billing_in_window:
                billing = ("decided" if pid == w_pid != raw_pid else "agrees"
                           if any(pid in own_towns[q] for q in window_quarters if q in own_towns) else "elsewhere")
        overruled: str | None = None  # why the billing town was chosen over the latest quarters' town
        overruled_share = 0.0
        billing_rival = False  # the billing town, lived in, is named beside a home it could not overrule
        if billing == "elsewhere" and pattern is None:
            # The billing town is lived in (it gets orders in the latest quarters) and yet another town holds most
            # of them: a burst of unflagged gifts (Christmas shopping just before the download) more than three
            # times the own orders, or a relative getting most parcels (the twenty-second pass's second tester:
            # Portland at high, Austin "earlier" though it got an order two days before the data ends). The
            # billing town is the home when it got orders in the latest quarter and the other did not, or when it
            # holds as many of the latest year's orders (others counting a third); else the other stays, at low.
            # Either way the other is named and it is no move.
            window_billed: Counter[int] = Counter()
            for q in window_quarters:
                for p in own_towns.get(q, ()):
                    window_billed[p] += billed[q][p]
            bt = rank(window_billed)[0]
            year_all = sum(year_w.values())
            last_quarter = per_quarter[latest_q]
            if bt in last_quarter and pid not in last_quarter:
                overruled = "latest quarter"
            elif year_w.get(bt, 0.0) >= year_w.get(pid, 0.0):
                overruled = "latest year"
            other = pid
            if overruled is not None:
                pid, billing = bt, "decided"
                overruled_share = year_w.get(bt, 0.0) / year_all if year_all else 0.0
            else:
                other, billing_rival = bt, True
            pattern = "same quarters"
            second = self._town(other) | {"pattern": pattern, "recent_orders": recent[other]}
        earlier = None
        earlier_last: str | None = None  # the earlier town's last day as the rule reads it
        if tail_from is not None:
            # the town most of the latest orders went to before the tail, not the commonest of all the years
            earlier = self._town(tail_from)
            earlier_last = _iso(self.last.get(tail_from))
            pattern = "move"
        elif pattern is None and window and since is not None:
            before: dict[int, float] = {}
            before_raw: Counter[int] = Counter()
            for q, c in per_quarter.items():
                if q < since:
                    before_raw.update(c)
                    for p, n in weighted[q].items():
                        before[p] = before.get(p, 0.0) + n
            if before:
                prev = rank(before)[0]
                # the commonest town before the latest quarters, whether or not it held half of them: Boston,
                # then Chicago, then Denver named no earlier town (the second tester of the twenty-first pass);
                # one that still gets orders after the quarter the home's began (more than one stray parcel) was
                # not left
                left = self._after(prev, pid) < SHIP_MIN_TOWN_ORDERS
                if prev != pid and before_raw[prev] >= EARLIER_MIN_ORDERS and left:
                    earlier = self._town(prev)
                    earlier_last = _iso(self.last.get(prev))
                    pattern = "move"
                    # the earlier town's last order after the home's first: the addresses interleave (several
                    # marketplaces at once, the twenty-ninth pass's third tester M7: a move "between 2024-07-13 and
                    # 2024-07-02"); the town is still named, but no move is dated from it
                    if earlier_last and self.first.get(pid) and earlier_last >= _iso(self.first[pid]):
                        earlier["interleaved"] = True
        runners = [p for p in rank(recent_w) if p != pid]
        told = billing in ("agrees", "decided")  # the billing address tells the two apart
        if pattern is None and window and billing != "elsewhere" and pid in recent_w and runners:
            # two towns in the same quarters (a workplace in another town, a second home, a relative's home getting
            # unflagged gifts): both are named; with nothing to tell them apart which got more is said, else the
            # billing address decides (a couple's two homes billed to one: the second tester's Milwaukee, 46 % of
            # the parcels, went unnamed at high) — by the orders themselves, not their gift-like weights
            runner = runners[0]
            if told:  # over the latest year: a window of 5 orders may hold one of the second town's by chance
                runner = max((p for p in year_raw if p != pid), key=lambda p: year_raw[p], default=runner)
                near = year_raw[runner] >= SPLIT_MIN_SHARE * (year_raw[pid] + year_raw[runner])
            else:
                near = recent_w[runner] >= SPLIT_MIN_SHARE * (recent_w[pid] + recent_w[runner])
            if (near and (year_raw[runner] if told else recent[runner]) >= SHIP_MIN_TOWN_ORDERS
                    and self._overlap_days(pid, runner) >= SPLIT_OVERLAP_DAYS):
                pattern = "same quarters"
                second = self._town(runner) | {"pattern": pattern, "recent_orders": recent[runner]}
        orders = self.totals[pid]
        if window and pid in recent_w:
            share_w = recent_w[pid] / sum(recent_w.values())
            share = recent[pid] / recent_total
        else:
            window = False
            share_w = w_totals[pid] / (sum(w_totals.values()) + self.other_orders)
            share = orders / votes
        if overruled is not None:
            # the billing town's share is said over the latest year it was judged on, not over the burst's quarters
            # ("5% of your 21 latest orders ship there" argued against the home it gave: the third tester)
            recent_total = sum(year_raw.values())
            share = year_raw[pid] / recent_total if recent_total else share
            share_w, since, window = overruled_share, min(year), True
        town = place_text(self.places[pid])
        of_what = (f"{recent_total} latest orders (since {_quarter_text(since)})" if window and since is not None
                   else f"{count_phrase(votes, 'order')} with a shipping address")
        if orders < SHIP_LOW_BELOW:
            conf = Confidence.LOW
            basis = f"only {count_phrase(orders, 'order')} shipped to {town} (need {SHIP_LOW_BELOW} for more than low)"
        else:
            conf = (Confidence.HIGH if share_w >= SHIP_HIGH_SHARE and orders >= SHIP_HIGH_ORDERS
                    else Confidence.MEDIUM if share_w >= SHIP_MEDIUM_SHARE else Confidence.LOW)
            counted = (f"{share_w:.0%} of the {of_what} counting orders to other towns in the billing town's "
                       f"quarters as {GIFT_LIKE_WEIGHT:.2g} (gift-like)" if share_w != share
                       else f"{share:.0%} of the {of_what}")
            basis = (f"{counted} ship to {town}, {count_phrase(orders, 'order')} in all (≥ {SHIP_HIGH_SHARE:.0%} and ≥ "
                     f"{SHIP_HIGH_ORDERS} → high, ≥ {SHIP_MEDIUM_SHARE:.0%} → medium)")
        if tail_from is not None:
            basis += (f"; every order since {_iso(self.first[pid])} ships to {town} ({count_phrase(orders, 'order')} "
                      f"over {(self.last[pid] - self.first[pid]).days} days), none to another town after it: the "
                      f"latest addresses win over the earlier quarters' {place_said(self.places[tail_from])} (a move)")
        if overruled is not None and second is not None:
            other_town = place_text(_place_of(second))
            conf = Confidence.MEDIUM if overruled_share >= SHIP_MEDIUM_SHARE and orders >= SHIP_LOW_BELOW \
                else Confidence.LOW
            why = (f"it got orders in the latest quarter and {other_town} none" if overruled == "latest quarter"
                   else f"it holds {overruled_share:.0%} of the latest year's orders, counting others as a third")
            basis += (f"; the billing address decided: it is in {town}, which still gets orders ({why}), while more "
                      f"of the latest orders went to {other_town} (unflagged gifts, or someone else's parcels): "
                      f"{town} is the home, {other_town} named (at most medium)")
        elif billing_rival and second is not None:
            conf = _at_most(conf, Confidence.LOW)
            basis += (f"; the billing address is in {place_said(_place_of(second))}, which gets orders in the latest "
                      "quarters too: the two cannot be told apart (low)")
        elif billing == "decided":
            conf = _at_most(conf, Confidence.MEDIUM)
            basis += (f"; the billing address decided: it is in {town}, which still gets orders in the latest "
                      "quarters, so the more orders to another town in those quarters count a third each (unflagged "
                      "gifts, or a workplace; at most medium: most parcels went elsewhere)")
        elif billing == "agrees":
            basis += f"; the billing address on these orders is in {town} too"
        elif billing == "elsewhere":
            basis += "; the billing address is in another town that gets orders in the latest quarters too"
        elif billing == "silent":
            basis += ("; the billing address said nothing (its town gets no orders in the latest quarters: not yet "
                      "updated after a move, or an address parcels never go to)")
        if pattern == "alternating" and second is not None:
            if latest_decides:
                conf = Confidence.LOW
                basis += (f"; orders alternate by quarter between {town} and {place_said(_place_of(second))} "
                          f"over {count_phrase(second['quarters'], 'quarter')}, two homes with about as many "
                          f"orders each: the "
                          "latest quarters alone decide (low)")
            else:
                conf = _at_most(conf, Confidence.MEDIUM)
                basis += (f"; orders alternate by quarter between {town} and {place_said(_place_of(second))} "
                          f"over {count_phrase(second['quarters'], 'quarter')}: two homes, not a move; {town} "
                          f"holds most of "
                          "their orders (at most medium)")
        elif pattern == "same quarters" and second is not None and told and overruled is None:
            conf = _at_most(conf, Confidence.MEDIUM)
            basis += (f"; orders also go to {place_said(_place_of(second))} in the same quarters ({recent[pid]} and "
                      f"{second['recent_orders']} of the latest): the billing address tells {town} is the home (at "
                      "most medium)")
        elif pattern == "same quarters" and second is not None and billing in (None, "silent"):
            conf = _at_most(conf, Confidence.LOW)
            basis += (f"; orders also go to {place_said(_place_of(second))} in the same quarters ({recent[pid]} and "
                      f"{second['recent_orders']} of the latest) and nothing tells the two apart: {town} got more "
                      "(low)")
        read = self.country_read.get(pid) or set()
        if LETTERS_READING in read and read <= NAME_ONLY_READINGS | {LETTERS_READING} and self.places[pid][0]:
            from .gazetteer import country_display

            conf = _at_most(conf, Confidence.MEDIUM)
            country, region, name = self.places[pid]
            abroad = region if country == "US" and region else country
            basis += (f"; the letters written with {name or 'the town'} are a US state's code and "
                      f"{possessive(in_text(country_display(abroad)))} ISO code alike: {name or 'the town'} may be in "
                      f"{_in_country(country)} or in {_in_country('US' if abroad == country else abroad)} (at most "
                      "medium)")
        elif CONFLICT_READING in read and self.places[pid][0]:
            conf = _at_most(conf, Confidence.MEDIUM)
            basis += _conflict_why(self.places[pid], self.other_country.get(pid) or set())
        elif UNLISTED_READING in read and read <= NAME_ONLY_READINGS | {UNLISTED_READING} and self.places[pid][0]:
            conf = _at_most(conf, Confidence.MEDIUM)
            country, region, name = self.places[pid]
            postcodes = self.postcode_read.get(pid) or set()
            letters = self.letters_read.get(pid) or set()
            basis += _unlisted_why(country, region, name, next(iter(postcodes)) if len(postcodes) == 1 else None,
                                   next(iter(letters)) if len(letters) == 1 else None)
        elif read and read <= NAME_ONLY_READINGS and self.places[pid][0]:
            # AMZ40: "Berlin" with no State or ZIP on Amazon.com was "Berlin, Germany" (high) by the order share alone;
            # AMZ41: "Springfield" alone, a US town by its name, was high too
            from .gazetteer import country_display

            conf = _at_most(conf, Confidence.MEDIUM)
            basis += (f"; {in_text(country_display(self.places[pid][0]))} is read from the town's name alone: no "
                      f"state, postcode or country was written with {self.places[pid][2] or 'it'}"
                      + (", and the largest town so called is there" if TOWN_SIZE_READING in read else "")
                      + " (at most medium)")
        elif not self.places[pid][0] and self.places[pid][2]:
            # AMZ41: "Toledo" alone (Ohio's, Spain's, the Philippines' of similar size): no country was read, yet "You
            # most likely live in Toledo" was high by the order share
            conf = _at_most(conf, Confidence.LOW)
            basis += f"; no country is read for {self.places[pid][2]}: " + _undecided_why(read)
        return ShipHome(shown=(self._day(pid, first=True), self._day(pid, first=False)), earlier_last=earlier_last,
                        place=self.places[pid], orders=orders, votes=votes,
                        recent_orders=recent_total if window else votes, recent_share=share,
                        recent_since=_quarter_text(since) if window and since is not None else None,
                        first=_iso(self.first.get(pid)), last=_iso(self.last.get(pid)), confidence=conf,
                        basis=basis, evidence=list(self.evidence[pid]), earlier=earlier, gifts=self.gifts,
                        unplaced=self.unplaced, towns=len(self.places) + (1 if self.other_orders else 0),
                        billing=billing, second=second, pattern=pattern)

    def _fold_town_size(self) -> None:
        """A town written with only its name (the parser's :data:`TOWN_SIZE_READING`: no state, postcode or country,
        the country the largest town so called) is read as the place the same export's addresses with that town name
        are read as by a state or a postcode, where they name one place; where they name several it is left unplaced.
        T40 M: a Berlin, CT resident who left the ZIP empty on some orders got "Orders also go to Berlin, Germany in the
        same quarters", and with half the orders so "You most likely live in Berlin, Germany" (low). The same for a town
        of the marketplace's country read by its name alone (:data:`TOWN_NAME_READING`: "New Berlin", AMZ41)."""
        for pid, read in list(self.country_read.items()):
            if not read or not read <= NAME_ONLY_READINGS or not self.totals.get(pid):
                continue
            name = _fold(self.places[pid][2] or "")
            # AMZ41: "New Berlin" alone beside "New Berlin", "53151" (WI) was another town, "Orders also go to New
            # Berlin, United States" (low): the town read by its name is the one its state or ZIP places, here too
            placed = [(other, place) for other, place in enumerate(self.places) if other != pid
                      and self.totals.get(other) and place[2] and place != self.places[pid]
                      and self.country_read.get(other, set()) & {"state", "postcode"}]
            targets = {other for other, place in placed if _fold(place[2] or "") == name}
            # AMZ41: "Berlin" alone beside New Berlin, WI's ZIP-read orders was "Orders also go to Berlin, Germany": a
            # town read by its size alone whose name is words of a town the export places (New Berlin) is not told
            # from it — and Wisconsin has its own Berlin — so it is left unplaced, as between two Berlins
            within = TOWN_SIZE_READING in read and not targets and any(
                f" {name} " in f" {_fold(place[2] or '')} " for _other, place in placed)
            if not targets and not within:
                continue
            orders = self.totals.pop(pid)
            if len(targets) != 1:
                self.unplaced += orders  # Berlin, CT and Berlin, NH both in the export: which is not said
            else:
                self._merge(pid, targets.pop(), orders)
            for counter in (self.by_quarter, self.by_hour, self.billed):
                for key in [key for key in counter if key[0] == pid]:
                    del counter[key]
            self.evidence[pid] = []
            del self.country_read[pid]
            for days in (self.first, self.last, self.first_at, self.last_at, self.spans):
                days.pop(pid, None)

    def _merge(self, pid: int, into: int, orders: int) -> None:
        """Count town ``pid``'s orders as town ``into``'s (:meth:`_fold_town_size`)."""
        self.totals[into] += orders
        for counter in (self.by_quarter, self.by_hour, self.billed):
            for key in [key for key in counter if key[0] == pid]:
                counter[(into, key[1])] += counter[key]
        if pid in self.spans:
            self.spans.setdefault(into, Bounds()).merge(self.spans[pid])
            self._resolve_town(into)
        shown = f"order shipped to {place_said(self.places[into])}"
        room = SHIP_EVIDENCE_CAP - len(self.evidence[into])
        self.evidence[into].extend(replace(item, excerpt=shown) for item in self.evidence[pid][:max(room, 0)])
        self.country_read[into] |= self.country_read.get(pid, set())

    def _tail(self, own_towns: Mapping[int, set[int]]) -> int | None:
        """The town every own order since its first went to, when that first order comes after the last to any
        other town, it holds ≥ :data:`SHIP_MIN_TOWN_ORDERS` orders over ≥ :data:`SHIP_TAIL_MIN_DAYS` days (a move, not
        one burst of unflagged gifts just before the download), and the billing address, where the orders have one,
        does not stay in another town lived in meanwhile (the twenty-second pass's Portland gifts) nor name another
        town only (orders billed where they ship, the tail's never: parcels for a parent); else None."""
        if len(self.first) < 2 or self.other_orders:
            return None
        latest = max(self.first, key=lambda p: (self.first[p], self.totals[p]))
        start = self.first[latest]
        if any(self.last[p] >= start for p in self.last if p != latest):
            return None
        if self.totals[latest] < SHIP_MIN_TOWN_ORDERS or (self.last[latest] - start).days < SHIP_TAIL_MIN_DAYS:
            return None
        if any(latest not in towns for q, towns in own_towns.items() if q >= _quarter(start)):
            return None  # the billing town, lived in, is another one in the tail's quarters: gifts sent there
        if self.billed and not any(p == latest for p, _q in self.billed):
            return None  # orders ship to their billing town, never the tail's: parcels for someone else
        return latest

    def _day(self, pid: int, *, first: bool) -> str | None:
        """Town ``pid``'s first (or last) day as the report gives it (:meth:`home`'s ``said``): the ISO day, or
        the withheld form of its first (last) order when ``said`` withholds that order's day."""
        d = _iso((self.first if first else self.last).get(pid))
        at = (self.first_at if first else self.last_at).get(pid)
        if self._said is None or d is None or at is None or at.date_only:
            # a date-only order (the old report's "Order Date", stamped 00:00 UTC of its day): that midnight is no
            # record's hour, so no night-time order's (AMZ53: "until Tue 00:00, date withheld"): its day as it is
            return d
        shown = self._said(at.t)
        return d if shown is None or shown[:1].isdigit() else shown

    def _town(self, pid: int) -> dict[str, Any]:
        p = self.places[pid]
        return {"city": p[2], "region": p[1], "country": p[0], "orders": self.totals[pid],
                "first": self._day(pid, first=True), "last": self._day(pid, first=False)}

    def _after(self, a: int, b: int) -> int:
        """Orders to town ``a`` in the quarters after the one town ``b``'s first order fell in."""
        if b not in self.first:
            return 0
        start = _quarter(self.first[b])
        return sum(n for (p, q), n in self.by_quarter.items() if p == a and q > start)

    def _overlap_days(self, a: int, b: int) -> int:
        """Days both towns were receiving orders (first to last order of each): none for a move."""
        if a not in self.first or b not in self.first:
            return 0
        return (min(self.last[a], self.last[b]) - max(self.first[a], self.first[b])).days

    def _alternation(self, per_quarter: dict[int, Counter[int]], weighted: dict[int, dict[int, float]],
                     rank: Callable[[Mapping[int, float]], list[int]]
                     ) -> tuple[tuple[int, int], int, dict[int, float]] | None:
        """Two towns that take turns by quarter — a term address and a family home, or a second home — or
        ``None``. A quarter belongs to the town holding ≥ :data:`QUARTER_OWNER_SHARE` of its orders; the two towns
        owning most quarters alternate when their quarters form ≥ 3 runs (A, B, A …) spanning more than a year
        whose every run after the first lasts ≤ :data:`ALTERNATION_RUN_MAX` quarters (the first may be the years
        before: a student's family home). A for a year, then B only, is two runs: a move."""
        owners: list[tuple[int, int]] = []  # (quarter, town), oldest first
        owned: Counter[int] = Counter()
        for q in sorted(weighted):
            c = weighted[q]
            top = max(c, key=lambda p: c[p])
            if c[top] >= QUARTER_OWNER_SHARE * sum(c.values()):
                owners.append((q, top))
                owned[top] += 1
        if len(owned) < 2:
            return None
        a, b = rank(owned)[:2]
        runs: list[list[int]] = []  # [town, first quarter, last quarter]
        for q, p in owners:
            if p not in (a, b):
                continue
            if runs and runs[-1][0] == p:
                runs[-1][2] = q
            else:
                runs.append([p, q, q])
        if len(runs) < 3 or runs[-1][2] - runs[0][1] + 1 <= 4:
            return None
        if any(last - first + 1 > ALTERNATION_RUN_MAX for _p, first, last in runs[1:]):
            return None  # a year or more in one town after the other: moves, not turns
        first_q = runs[1][1] if runs[0][2] - runs[0][1] + 1 > ALTERNATION_RUN_MAX else runs[0][1]
        if runs[-1][2] - first_q + 1 <= 4:
            # the turns after a long first run span a year or less: one burst elsewhere and back (Christmas gifts
            # just before the download: Portland one quarter, Austin the next), not two homes
            return None
        span = [q for q in per_quarter if q >= first_q]
        if sum(1 for q in span if a in per_quarter[q] and b in per_quarter[q]) > len(span) * ALTERNATION_SHARED_MAX:
            # both towns get orders in most quarters: a quarter's "owner" flips by chance where it holds 2–5
            # orders (the second tester: a couple living apart read as a term address), not turns by season
            return None
        pair_w: dict[int, float] = {a: 0.0, b: 0.0}
        for q in per_quarter:
            if q >= first_q:
                for p in (a, b):
                    pair_w[p] += weighted[q].get(p, 0.0)
        return (a, b), runs[-1][2] - first_q + 1, pair_w


def _place_of(town: dict[str, Any]) -> Place:
    return (town["country"], town["region"], town["city"])


def _at_most(conf: Confidence, cap: Confidence) -> Confidence:
    order = [Confidence.INSUFFICIENT, Confidence.LOW, Confidence.MEDIUM, Confidence.HIGH]
    return conf if order.index(conf) <= order.index(cap) else cap


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


__all__ = ["SHIP_KINDS", "ShipHome", "ShippingPlaces", "place_text", "town_name"]
